#include "text/language.h"

#include <array>
#include <utility>

#include "text/ascii.h"

namespace precis::text_internal {
namespace {

constexpr std::array<std::pair<std::string_view, std::string_view>, 33> kIsoToSnowball = {{
    {"ar", "arabic"},     {"ca", "catalan"},   {"da", "danish"},     {"de", "german"},
    {"el", "greek"},      {"en", "english"},   {"es", "spanish"},    {"eu", "basque"},
    {"fi", "finnish"},    {"fr", "french"},    {"ga", "irish"},      {"hi", "hindi"},
    {"hu", "hungarian"},  {"hy", "armenian"},  {"id", "indonesian"}, {"it", "italian"},
    {"lt", "lithuanian"}, {"nb", "norwegian"}, {"ne", "nepali"},     {"nl", "dutch"},
    {"nn", "norwegian"},  {"no", "norwegian"}, {"pt", "portuguese"}, {"ro", "romanian"},
    {"ru", "russian"},    {"sr", "serbian"},   {"sv", "swedish"},    {"ta", "tamil"},
    {"tr", "turkish"},    {"yi", "yiddish"},   {"eng", "english"},   {"deu", "german"},
    {"fra", "french"},
}};

}  // namespace

std::string SnowballLanguageName(std::string_view language) {
  std::string lower;
  for (char c : language) {
    if (c == '-' || c == '_' || c == '@' || c == '.') break;
    lower.push_back(AsciiLower(c));
  }
  for (const auto& [iso, name] : kIsoToSnowball) {
    if (lower == iso) return std::string(name);
  }
  return lower;
}

}  // namespace precis::text_internal
