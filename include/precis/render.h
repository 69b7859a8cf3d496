// Rendering summaries for people and programs. Pure functions; thread-safe.
#ifndef PRECIS_RENDER_H_
#define PRECIS_RENDER_H_

#include <string>

#include "precis/summarize.h"

namespace precis {

// One JSON object on one line (no trailing newline):
// {"id","method","summary":[{"text","doc_id","begin","end","score"[,"truncated"]}],
//  "words","bytes","elapsed_ms"}. `begin`/`end` are byte offsets into the source article.
std::string SummaryToJson(const Summary& summary);

// One sentence per line, each ending in a newline (line breaks inside a sentence become
// spaces).
std::string SummaryToText(const Summary& summary);

}  // namespace precis

#endif  // PRECIS_RENDER_H_
