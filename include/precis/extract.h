// Main-text extraction from web pages: the article a person would read, without
// the page furniture (menus, related links, comments, captions, share and
// newsletter blocks), plus the metadata the page declares about it.
//
// Method (docs/ingest.md "Main-text extraction"): the page is decoded from its
// declared charset with ICU, parsed with libxml2's HTML parser, and cut into
// text blocks with their link density and punctuation (Kohlschuetter et al.,
// "Boilerplate detection using shallow text features", WSDM 2010). Blocks vote
// for the containers around them (readability's content score), discounted by
// link density and weighted by class and id names; the best container and the
// siblings that carry the same kind of text are read, block by block, dropping
// link lists and furniture. A schema.org JSON-LD `articleBody` replaces the
// markup text when the markup yields clearly less. Title, date, author, site,
// url and language come from JSON-LD, Open Graph, <meta> and markup. Pure
// function of the bytes; thread-safe.
#ifndef PRECIS_EXTRACT_H_
#define PRECIS_EXTRACT_H_

#include <string_view>

#include "precis/article.h"
#include "precis/status.h"

namespace precis {

// `language` is the page's declared language (<html lang>, JSON-LD inLanguage, ...) or, when
// it declares none, DetectScriptLanguage of the text ("" for Latin script).
//
// Extracts one page. `name` gives the id (its file stem, as for the other
// readers) and is used in messages. The result's text may be empty (a page with
// no article); fields the page does not declare stay empty. Any charset ICU
// knows is decoded; a page that declares none and is not UTF-8 has it guessed by ICU's
// charset detector (ucsdet); bytes invalid in the charset become U+FFFD. Errors: kDataError
// "name: looks like binary data".
Status ExtractArticle(std::string_view html, std::string_view name, Article* out);

}  // namespace precis

#endif  // PRECIS_EXTRACT_H_
