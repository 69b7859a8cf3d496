// The body of POST /articles: one JSON article object (pretty-printed or not)
// or JSON Lines of article objects, read with the same parser as `precis
// digest` input files.
#ifndef PRECIS_SERVER_BODY_H_
#define PRECIS_SERVER_BODY_H_

#include <string>
#include <string_view>
#include <vector>

#include "precis/article.h"

namespace precis::server {

struct BodyError {
  size_t line = 0;    // 1-based line of the body (0: the body as a whole)
  std::string field;  // the field at fault, when one is
  std::string detail;
};

// The longest article id the service takes, in bytes: an id must fit in the URL of
// GET /articles/{id} once percent-encoded (up to 3 bytes per byte; the server takes URLs of
// up to 8,192 bytes).
inline constexpr size_t kMaxIdBytes = 1024;

// Fills *out, or returns false with *error. Every article needs an "id" of at most
// kMaxIdBytes bytes and a non-blank "text"; ids must not repeat within the body. A "text" that
// is a web page's HTML has its main text extracted (IngestOptions::html_text), said in
// *notes ("line 2: article \"a\": \"text\" is HTML markup (<p>): its main text was
// extracted (...)"); a page without article text is an error.
bool ParseArticlesBody(std::string_view body, std::vector<Article>* out, BodyError* error,
                       std::vector<std::string>* notes = nullptr);

// The 1-based line of `body` whose article has the id `id` (a string, or an integer written
// in decimal), for the errors found after parsing (a 409); 0 when no line has it on its own
// (a pretty-printed single article).
size_t LineOfArticle(std::string_view body, std::string_view id);

}  // namespace precis::server

#endif  // PRECIS_SERVER_BODY_H_
