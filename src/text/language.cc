#include "text/language.h"

#include <array>
#include <utility>

#include "precis/text.h"
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

// English names of languages Snowball does not stem, onto their ISO 639-1 code, the name
// precis keeps for them ("--language polish" reads as "pl", whose stop list and abbreviations
// are under "pl").
constexpr std::array<std::pair<std::string_view, std::string_view>, 17> kUnstemmedByName = {{
    {"polish", "pl"},
    {"ukrainian", "uk"},
    {"vietnamese", "vi"},
    {"korean", "ko"},
    {"hebrew", "he"},
    {"persian", "fa"},
    {"farsi", "fa"},
    {"thai", "th"},
    {"japanese", "ja"},
    {"chinese", "zh"},
    {"czech", "cs"},
    {"slovak", "sk"},
    {"croatian", "hr"},
    {"bulgarian", "bg"},
    {"malay", "ms"},
    {"bengali", "bn"},
    {"urdu", "ur"},
}};

// Languages by their own names ("--language Deutsch" was answered "did you mean 'dutch'?"),
// lower case as SnowballLanguageName folds ASCII; names in other scripts as they are written.
constexpr std::array<std::pair<std::string_view, std::string_view>, 56> kEndonyms = {{
    {"deutsch", "german"},
    {"français", "french"},
    {"francais", "french"},
    {"español", "spanish"},
    {"espanol", "spanish"},
    {"castellano", "spanish"},
    {"italiano", "italian"},
    {"português", "portuguese"},
    {"portugues", "portuguese"},
    {"nederlands", "dutch"},
    {"svenska", "swedish"},
    {"dansk", "danish"},
    {"norsk", "norwegian"},
    {"suomi", "finnish"},
    {"magyar", "hungarian"},
    {"română", "romanian"},
    {"romana", "romanian"},
    {"català", "catalan"},
    {"catala", "catalan"},
    {"euskara", "basque"},
    {"gaeilge", "irish"},
    {"lietuvių", "lithuanian"},
    {"türkçe", "turkish"},
    {"turkce", "turkish"},
    {"bahasa indonesia", "indonesian"},
    {"русский", "russian"},
    {"Русский", "russian"},
    {"српски", "serbian"},
    {"Српски", "serbian"},
    {"ελληνικά", "greek"},
    {"Ελληνικά", "greek"},
    {"العربية", "arabic"},
    {"हिन्दी", "hindi"},
    {"हिंदी", "hindi"},
    {"नेपाली", "nepali"},
    {"தமிழ்", "tamil"},
    {"հայերեն", "armenian"},
    {"Հայերեն", "armenian"},
    {"ייִדיש", "yiddish"},
    {"english", "english"},
    {"polski", "pl"},
    {"українська", "uk"},
    {"Українська", "uk"},
    {"čeština", "cs"},
    {"slovenčina", "sk"},
    {"hrvatski", "hr"},
    {"български", "bg"},
    {"Български", "bg"},
    {"tiếng việt", "vi"},
    {"한국어", "ko"},
    {"עברית", "he"},
    {"فارسی", "fa"},
    {"ไทย", "th"},
    {"日本語", "ja"},
    {"中文", "zh"},
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
  for (const auto& [own, name] : kEndonyms) {
    if (lower == own) return std::string(name);
  }
  for (const auto& [english, iso] : kUnstemmedByName) {
    if (lower == english) return std::string(iso);
  }
  return lower;
}

std::string LanguageTag(std::string_view language) {
  if (!IsKnownLanguage(language)) return "";
  // Region, script and variant subtags as written ("pt_BR" -> "-BR", "zh-Hant-TW").
  std::string rest;
  const size_t cut = language.find_first_of("-_");
  if (cut != std::string_view::npos) {
    for (char c : language.substr(cut)) {
      const bool ok = c == '-' || c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                      (c >= '0' && c <= '9');
      if (!ok) {
        rest.clear();
        break;
      }
      rest.push_back(c == '_' ? '-' : c);
    }
    if (rest.size() < 2 || rest.back() == '-') rest.clear();
  }
  const std::string name = SnowballLanguageName(language);
  if (name.size() == 2) return name + rest;
  for (const auto& [iso, snowball] : kIsoToSnowball) {
    if (iso.size() == 2 && name == snowball) return std::string(iso) + rest;
  }
  return "";
}

}  // namespace precis::text_internal
