// The body of POST /articles (server::ParseArticlesBody: one JSON article, pretty-printed or
// not, or JSON Lines of articles). Accepted: at least one article, each with an id given in the
// body, unique, and valid non-blank UTF-8 text. Refused: a message, and a line inside the body.
#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "fuzz_util.h"
#include "precis/text.h"
#include "server/body.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace precis;
  const std::string_view body = fuzz::Bytes(data, size);
  std::vector<Article> articles;
  server::BodyError error;
  if (!server::ParseArticlesBody(body, &articles, &error)) {
    PRECIS_FUZZ_CHECK(!error.detail.empty());
    const size_t lines = static_cast<size_t>(std::count(body.begin(), body.end(), '\n')) + 1;
    PRECIS_FUZZ_CHECK(error.line <= lines);
    return 0;
  }
  PRECIS_FUZZ_CHECK(!articles.empty());
  std::set<std::string> ids;
  for (const Article& a : articles) {
    PRECIS_FUZZ_CHECK(!a.id.empty());
    PRECIS_FUZZ_CHECK(ids.insert(a.id).second);
    PRECIS_FUZZ_CHECK(IsValidUtf8(a.text));
    PRECIS_FUZZ_CHECK(a.text.find_first_not_of(" \t\r\n\f\v") != std::string::npos);
    // The id came from the body (a made-up "body:<line>" id is refused).
    PRECIS_FUZZ_CHECK(body.find(a.id) != std::string_view::npos || !a.id.starts_with("body:"));
  }
  return 0;
}
