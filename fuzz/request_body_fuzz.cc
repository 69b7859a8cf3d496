// The body of POST /articles (server::ParseArticlesBody: one JSON article, pretty-printed or
// not, or JSON Lines of articles). Accepted: at least one article, each with an id given in the
// body, unique, and valid non-blank UTF-8 text. Refused: a message, and a line inside the body.
#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "fuzz_util.h"
#include "precis/text.h"
#include "server/body.h"

namespace {

// Every string value of an "id" key (repeated keys included) of the objects that the body's
// lines, or the whole body, parse as.
std::set<std::string> IdsGiven(std::string_view body) {
  std::set<std::string> ids;
  auto collect = [&](std::string_view text) {
    bool id_key = false;
    std::set<std::string> found;
    const nlohmann::json::parser_callback_t cb = [&](int depth, nlohmann::json::parse_event_t event,
                                                     nlohmann::json& parsed) {
      if (event == nlohmann::json::parse_event_t::key) {
        id_key = depth == 1 && parsed == "id";
      } else if (event == nlohmann::json::parse_event_t::value) {
        if (id_key && depth == 1 && parsed.is_string()) found.insert(parsed.get<std::string>());
        id_key = false;
      }
      return true;
    };
    const nlohmann::json j = nlohmann::json::parse(text, cb, false);
    if (j.is_object()) ids.insert(found.begin(), found.end());
  };
  collect(body);
  size_t pos = 0;
  while (pos <= body.size()) {
    size_t end = body.find('\n', pos);
    if (end == std::string_view::npos) end = body.size();
    collect(body.substr(pos, end - pos));
    pos = end + 1;
  }
  return ids;
}

}  // namespace

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
  }
  // An id in the made-up form "body:..." came from the body itself (a made-up one is refused).
  std::set<std::string> given;
  for (const Article& a : articles) {
    if (!a.id.starts_with("body:")) continue;
    if (given.empty()) given = IdsGiven(body);
    PRECIS_FUZZ_CHECK(given.count(a.id) == 1);
  }
  return 0;
}
