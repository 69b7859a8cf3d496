// Choosing the main text of a page from its text blocks (see precis/extract.h
// for the method).
#ifndef PRECIS_INGEST_EXTRACT_MAIN_H_
#define PRECIS_INGEST_EXTRACT_MAIN_H_

#include <string>

#include "ingest/extract_dom.h"

namespace precis::ingest {

// The article text of `model` (paragraphs separated by a blank line); "" when
// nothing looks like an article. Scores the elements of `model` in place.
std::string ChooseMainText(PageModel* model);

}  // namespace precis::ingest

#endif  // PRECIS_INGEST_EXTRACT_MAIN_H_
