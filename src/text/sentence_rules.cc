#include "text/sentence_rules.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <optional>
#include <string>
#include <unordered_set>

#include "text/abbreviations.h"
#include "text/ascii.h"
#include "text/quotations.h"
#include "text/spaces.h"

namespace precis::text_internal {
namespace {

std::string_view TrimLeft(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    const size_t n = SpaceLengthAt(s, i);
    if (n == 0) break;
    i += n;
  }
  return s.substr(i);
}

std::string_view TrimRight(std::string_view s) {
  size_t end = s.size();
  while (end > 0) {
    const size_t n = SpaceLengthBefore(s, end);
    if (n == 0) break;
    end -= n;
  }
  return s.substr(0, end);
}

UChar32 FirstCodePoint(std::string_view s, int32_t* length = nullptr) {
  int32_t i = 0;
  UChar32 c = -1;
  if (!s.empty()) U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
  if (length != nullptr) *length = i;
  return c;
}

UChar32 LastCodePoint(std::string_view s, int32_t* length = nullptr) {
  int32_t i = static_cast<int32_t>(s.size());
  UChar32 c = -1;
  if (!s.empty()) U8_PREV(s.data(), 0, i, c);
  if (length != nullptr) *length = static_cast<int32_t>(s.size()) - i;
  return c;
}

bool IsCloser(UChar32 c) {
  switch (c) {
    case ')':
    case ']':
    case '}':
    case '"':
    case '\'':
    case 0x00BB:
    case 0x2019:
    case 0x201D:
    case 0x203A:  // » ’ ” ›
      return true;
    default:
      return false;
  }
}

bool IsOpener(UChar32 c) {
  switch (c) {
    case '(':
    case '[':
    case '{':
    case '"':
    case '\'':
    case '`':
    case 0x00AB:
    case 0x2018:
    case 0x201C:
    case 0x201E:
    case 0x2039:  // « ‘ “ „ ‹
      return true;
    default:
      return false;
  }
}

std::string_view StripClosers(std::string_view s) {
  int32_t len = 0;
  while (!s.empty() && IsCloser(LastCodePoint(s, &len))) s.remove_suffix(len);
  return s;
}

std::string_view StripOpeners(std::string_view s) {
  int32_t len = 0;
  while (!s.empty() && IsOpener(FirstCodePoint(s, &len))) s.remove_prefix(len);
  return s;
}

// The last run of non-space bytes of `s` (which has no trailing space), or its last 64 bytes
// when longer: no abbreviation is that long, and the bound keeps a text without spaces linear.
std::string_view LastToken(std::string_view s) {
  constexpr size_t kMaxToken = 64;
  size_t begin = s.size();
  while (begin > 0 && s.size() - begin < kMaxToken && SpaceLengthBefore(s, begin) == 0) --begin;
  return s.substr(begin);
}

bool IsInitial(std::string_view word) {
  int32_t len = 0;
  const UChar32 c = FirstCodePoint(word, &len);
  return c >= 0 && static_cast<size_t>(len) == word.size() && u_isupper(c);
}

bool IsEnumerator(std::string_view word) {
  static const std::unordered_set<std::string_view>* romans =
      new std::unordered_set<std::string_view>{"i",    "ii", "iii", "iv",   "v",  "vi",  "vii",
                                               "viii", "ix", "x",   "I",    "II", "III", "IV",
                                               "V",    "VI", "VII", "VIII", "IX", "X"};
  if (word.size() == 1 && IsAsciiAlpha(word[0])) return true;
  if (!word.empty() && word.size() <= 3) {
    bool digits = true;
    for (char c : word) digits = digits && IsAsciiDigit(c);
    if (digits) return true;
  }
  return romans->count(word) > 0;
}

// Capitalized words that open sentences far more often than they continue a name after an
// abbreviation ("in the U.S. The ..." vs "the U.S. Army").
const std::unordered_set<std::string_view>& Starters() {
  static const auto* set = new std::unordered_set<std::string_view>{
      "A",       "An",       "The",         "He",           "She",         "It",       "They",
      "We",      "I",        "You",         "His",          "Her",         "Its",      "Their",
      "Our",     "My",       "Your",        "This",         "That",        "These",    "Those",
      "There",   "Here",     "In",          "On",           "At",          "For",      "From",
      "With",    "Without",  "By",          "To",           "Of",          "But",      "And",
      "Or",      "Nor",      "So",          "Yet",          "If",          "When",     "Whenever",
      "While",   "After",    "Before",      "Since",        "As",          "Although", "Though",
      "Because", "Unless",   "Until",       "However",      "Meanwhile",   "Still",    "Also",
      "Then",    "Now",      "Today",       "Yesterday",    "What",        "Who",      "Why",
      "How",     "Where",    "Which",       "Whether",      "Some",        "Many",     "Most",
      "Several", "Both",     "Each",        "Every",        "All",         "Any",      "No",
      "None",    "Neither",  "Either",      "One",          "Such",        "Other",    "Others",
      "Another", "Last",     "Next",        "Earlier",      "Later",       "Instead",  "Indeed",
      "Thus",    "Moreover", "Furthermore", "Nevertheless", "Nonetheless", "Despite",  "During",
      "Under",   "Over",     "Among",       "Between",      "Against",     "Through",  "According",
      "Like",    "Unlike",   "Not",         "Only",         "Even",        "Just",     "More",
      "Much",    "Few",      "I'm",         "It's",         "That's",      "There's",  "He's",
      "She's",   "We're",    "They're",     "Here's",       "What's",      "Let's",    "Don't",
      "Do",      "Does",     "Did",         "Is",           "Are",         "Was",      "Were",
      "Will",    "Would",    "Can",         "Could",        "Should",      "May",      "Yes",
      "Asked",   "Once",     "Nor",         "Later",        "Please"};
  return *set;
}

bool IsStarter(std::string_view word) { return Starters().count(word) > 0; }

// The leading run of ASCII letters, digits, hyphens and apostrophes of `s`.
std::string_view FirstWord(std::string_view s) {
  size_t len = 0;
  while (len < s.size() && (IsAsciiAlnum(s[len]) || s[len] == '-' || s[len] == '\'')) ++len;
  return s.substr(0, len);
}

// "Smith said", "Mary Jones asked", "Gov. Ann Lee added": one to three capitalized words,
// then a speech verb.
bool StartsWithSpeechTag(std::string_view next) {
  std::string_view rest = TrimLeft(next);
  for (int words = 0; words <= 3 && !rest.empty(); ++words) {
    std::string_view token = rest.substr(0, rest.find_first_of(" \t\n\r"));
    rest = TrimLeft(rest.substr(token.size()));
    while (!token.empty() && (token.back() == '.' || token.back() == ',')) token.remove_suffix(1);
    if (words > 0 && IsSpeechVerb(token)) return true;
    if (!u_isupper(FirstCodePoint(token))) return false;
  }
  return false;
}

// "VB-36", "A4", "12B", "IV", "XII": what follows "No.", "Vol.", "Art.", "Fig.": a code with a
// digit that opens with a capital, or a Roman numeral of two letters or more ("No. I will"
// stays a break: "I" is a pronoun far more often than a number).
bool IsNumberOrCode(std::string_view n) {
  size_t len = 0;
  while (len < n.size() && (IsAsciiAlnum(n[len]) || n[len] == '-' || n[len] == '/')) ++len;
  const std::string_view word = n.substr(0, len);
  if (word.empty() || !IsAsciiUpper(word[0])) return false;
  bool digit = false, roman = true;
  for (char c : word) {
    digit = digit || IsAsciiDigit(c);
    roman = roman && (c == 'I' || c == 'V' || c == 'X' || c == 'L' || c == 'C');
  }
  if (len < n.size() && IsAsciiLower(n[len])) return false;
  return digit || (roman && word.size() >= 2);
}

// True when the period at `dot` sits inside one word that is an address rather than two
// sentences run together: the word (between white space, without the punctuation that may end
// a sentence after it) holds an "@" (e-mail), "://" or "www." (URL), or another period after
// this one (host and file names: "news.County.gov", "budget.Final.pdf"), or, in a word with a
// digit, another period before it (versions: "v4.2.Beta").
bool InsideAddress(std::string_view block, size_t dot) {
  size_t begin = dot, end = dot + 1;
  while (begin > 0 && !IsAsciiSpace(block[begin - 1])) --begin;
  while (end < block.size() && !IsAsciiSpace(block[end])) ++end;
  std::string_view word = block.substr(begin, end - begin);
  while (!word.empty() && (word.back() == '.' || word.back() == ',' || word.back() == ';' ||
                           word.back() == ':' || word.back() == '!' || word.back() == '?' ||
                           word.back() == ')' || word.back() == '"' || word.back() == '\'')) {
    word.remove_suffix(1);
  }
  const size_t at = dot - begin;
  if (word.find('@') != std::string_view::npos || word.find("://") != std::string_view::npos ||
      word.find("www.") != std::string_view::npos) {
    return true;
  }
  if (at + 1 < word.size() && word.find('.', at + 1) != std::string_view::npos) return true;
  // A version: an earlier period and a digit ("v4.2.Beta", "2.10.Final").
  const bool digit = word.find_first_of("0123456789") != std::string_view::npos;
  return digit && word.substr(0, at).find('.') != std::string_view::npos;
}

// Code points of `s` in order (invalid bytes give negative values).
std::u32string CodePoints(std::string_view s) {
  std::u32string out;
  for (int32_t i = 0; i < static_cast<int32_t>(s.size());) {
    UChar32 c;
    U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
    out.push_back(static_cast<char32_t>(c));
  }
  return out;
}

bool IsScript(UChar32 c, UScriptCode script) {
  UErrorCode status = U_ZERO_ERROR;
  return c >= 0 && uscript_getScript(c, &status) == script;
}

// Russian abbreviations whose period rarely ends a sentence, by what must follow (lower case,
// as written in news): place and address words before a name ("в г. Казань", "через р. Волга",
// "на ул. Тверская"), titles before a name ("акад. Павлов"), and those before a number
// ("д. 13", "корп. 2", "ст. 105", "ч. 2"). Words that are also common sentence ends ("им", the
// pronoun) or follow a number as units ("2024 г." the year, "100 р." roubles) are handled in
// RussianAbbreviation or left out.
enum class RuAbbrev { kNone, kBeforeName, kBeforeNumber };
RuAbbrev ClassifyRussian(std::u32string_view w) {
  static const std::unordered_set<std::u32string_view>* before_name =
      new std::unordered_set<std::u32string_view>{
          U"г",   U"р",   U"ул",  U"пр",   U"просп", U"пер", U"пл",   U"наб",
          U"бул", U"пос", U"дер", U"акад", U"проф",  U"доц", U"ген",  U"св",
          U"тов", U"гр",  U"оз",  U"о",    U"пгт",   U"мкр", U"ст-ца"};
  static const std::unordered_set<std::u32string_view>* before_number =
      new std::unordered_set<std::u32string_view>{U"д", U"корп", U"стр", U"кв", U"ст",
                                                  U"ч", U"п",    U"рис", U"см", U"т",
                                                  U"№", U"тел",  U"вып", U"гл"};
  if (before_name->count(w) > 0) return RuAbbrev::kBeforeName;
  if (before_number->count(w) > 0) return RuAbbrev::kBeforeNumber;
  return RuAbbrev::kNone;
}

// True for "А.С", "Н.Е", "А": single upper-case letters of any script joined by periods
// (initials; IsDottedAcronym reads ASCII only).
bool IsDottedInitials(std::u32string_view w) {
  if (w.empty()) return false;
  for (size_t i = 0; i < w.size(); i += 2) {
    if (!u_isupper(static_cast<UChar32>(w[i]))) return false;
    if (i + 1 < w.size() && w[i + 1] != U'.') return false;
  }
  return w.size() % 2 == 1;
}

// Periods after words of other scripts that do not end a sentence (see IsFalseBreak):
// - Cyrillic initials ("А.С. Иванова") and Russian abbreviations (ClassifyRussian);
// - a word in Devanagari, Bengali or Gurmukhi: those languages end sentences with the danda
//   "।", so a period there marks an abbreviation ("डॉ. मनमोहन सिंह", "प्रो. शर्मा"); so does a
//   Thai word, since Thai ends sentences with a space ("17 มี.ค. 2568", "กทม.");
// - a single letter of a script without case (Arabic, Hebrew: "د. أحمد", Dr. Ahmed), which
//   is an abbreviation or an initial, not a word that ends a sentence;
// - the numbers of a Korean-style date, "2024. 3. 10. 새로운 ...": a number before a number
//   and a period, or the day of such a date before a Hangul word.
bool IsOtherScriptFalseBreak(std::string_view word, std::string_view before, std::string_view n) {
  const std::u32string w = CodePoints(word);
  if (w.empty()) return false;
  const auto first = static_cast<UChar32>(w.front());
  const auto last = static_cast<UChar32>(w.back());
  const UChar32 next = FirstCodePoint(n);
  if (first >= 0x80 && IsDottedInitials(w)) return true;
  if (IsScript(first, USCRIPT_CYRILLIC)) {
    std::u32string lower;
    for (char32_t c : w) lower.push_back(static_cast<char32_t>(u_tolower(static_cast<UChar32>(c))));
    if (lower != w) return false;  // "Москве." ends a sentence; only lower-case abbreviations
    const UChar32 prev_char = LastCodePoint(TrimRight(before));
    // "им." is the pronoun ("помогли им.") or "named after" before initials ("МГУ им. М.В.
    // Ломоносова"): initials decide.
    if (lower == U"им") {
      int32_t len = 0;
      FirstCodePoint(n, &len);
      return u_isupper(next) && static_cast<size_t>(len) < n.size() && n[len] == '.';
    }
    switch (ClassifyRussian(lower)) {
      case RuAbbrev::kBeforeName:
        // "в 2024 г. Мэр ..." is the year, "100 р." roubles: after a number they end.
        return u_isupper(next) && !(prev_char >= '0' && prev_char <= '9');
      case RuAbbrev::kBeforeNumber:
        return next >= '0' && next <= '9';
      case RuAbbrev::kNone:
        return false;
    }
  }
  if (IsScript(last, USCRIPT_DEVANAGARI) || IsScript(last, USCRIPT_BENGALI) ||
      IsScript(last, USCRIPT_GURMUKHI) || IsScript(last, USCRIPT_THAI)) {
    return true;
  }
  if (w.size() == 1 && (IsScript(first, USCRIPT_ARABIC) || IsScript(first, USCRIPT_HEBREW))) {
    return true;
  }
  // Korean dates: "2024." or "3." before "10." / "3."; "10." after "2024. 3." before Hangul.
  auto all_digits = [](std::string_view t) {
    if (t.empty() || t.size() > 4) return false;
    for (char c : t) {
      if (c < '0' || c > '9') return false;
    }
    return true;
  };
  if (all_digits(word)) {
    size_t d = 0;
    while (d < n.size() && n[d] >= '0' && n[d] <= '9') ++d;
    if (d > 0 && d <= 2 && d < n.size() && n[d] == '.') return true;
    if (word.size() <= 2 && IsScript(next, USCRIPT_HANGUL)) {
      // The day of a date: the two tokens before it are numbers with periods.
      std::string_view b = TrimRight(before);
      for (int k = 0; k < 2; ++k) {
        const std::string_view t = LastToken(b);
        if (t.size() < 2 || t.back() != '.' || !all_digits(t.substr(0, t.size() - 1))) {
          return false;
        }
        b = TrimRight(b.substr(0, b.size() - t.size()));
      }
      return true;
    }
  }
  return false;
}

}  // namespace

bool StartsSentence(std::string_view next) {
  const std::string_view n = TrimLeft(next);
  if (n.empty()) return true;
  const UChar32 first = FirstCodePoint(n);
  // A quote opens a sentence; a bracket after an abbreviation is usually an aside:
  // "at 3 a.m. (0100 GMT)", "Rep. W.J. (Billy) Tauzin".
  if (first == '(' || first == '[') return false;
  if (IsOpener(first)) return true;
  size_t len = 0;
  while (len < n.size() && (IsAsciiAlpha(n[len]) || (len > 0 && n[len] == '\''))) ++len;
  const std::string_view word = n.substr(0, len);
  if (word.size() == 1 && len < n.size() && n[len] == '.') return false;  // an initial
  return IsStarter(word);
}

// True when `word` (a title such as "Sen") occurs in `context` as a capitalized word not
// followed by a period: then it is a name ("Hun Sen said") in this text.
bool UsedAsName(std::string_view word, std::string_view context) {
  constexpr size_t kMaxScan = size_t{1} << 17;  // bounded work per candidate boundary
  if (context.size() > kMaxScan) context = context.substr(0, kMaxScan);
  for (size_t i = context.find(word); i != std::string_view::npos;
       i = context.find(word, i + 1)) {
    const size_t end = i + word.size();
    const bool starts = i == 0 || !IsAsciiAlpha(context[i - 1]);
    const bool ends = end < context.size() && !IsAsciiAlpha(context[end]) && context[end] != '.';
    if (starts && ends) return true;
  }
  return false;
}

namespace {

// The word `next` opens with: up to a space or an ASCII punctuation mark (letters of any script).
std::string_view NextWord(std::string_view next) {
  size_t len = 0;
  while (len < next.size()) {
    const unsigned char c = static_cast<unsigned char>(next[len]);
    if (c < 0x80 && !IsAsciiAlnum(static_cast<char>(c)) && c != '-' && c != '\'') break;
    ++len;
  }
  return next.substr(0, len);
}

// The period after `word` in a language other than English (a Snowball name): an abbreviation
// of ForeignAbbreviation's tables, or an ordinal number ("am 11. März", "Der 1. FC Köln", "1.
// Lig'de") in a language that writes them with a period. Empty when neither applies.
std::optional<bool> ForeignFalseBreak(std::string_view language, std::string_view word,
                                      std::string_view n) {
  const std::string_view next_word = NextWord(n);
  // An elided article before it: Italian "l'On.", French "l'av." read as "On", "av".
  if (const size_t apostrophe = word.find('\'');
      apostrophe != std::string_view::npos && apostrophe + 1 < word.size()) {
    word.remove_prefix(apostrophe + 1);
  }
  switch (ClassifyForeignAbbreviation(language, word)) {
    case ForeignAbbrevKind::kTitle:
      return true;
    case ForeignAbbrevKind::kInside:
      return !IsForeignStarter(language, next_word);
    case ForeignAbbrevKind::kNone:
      break;
  }
  if (WritesOrdinalPeriod(language) && !word.empty() && word.size() <= 3 &&
      word.find_first_not_of("0123456789") == std::string_view::npos) {
    // A number then a number is a date or a count ("14. 3.", "auf 12. 500 ..."): left as is.
    return !next_word.empty() && !IsAsciiDigit(next_word[0]) &&
           !IsForeignStarter(language, next_word);
  }
  return std::nullopt;
}

}  // namespace

bool IsFalseBreak(std::string_view sentence, std::string_view next, std::string_view context,
                  std::string_view language) {
  const std::string_view s = TrimRight(sentence);
  const std::string_view n = TrimLeft(next.substr(0, 256));  // a few words are enough
  if (s.empty()) return true;                                // nothing to end yet
  if (n.empty()) return false;
  // A period with no space after it, inside an address or a version ("v4.2.Beta").
  if (s.size() == sentence.size() && n.size() == next.substr(0, 256).size() && s.back() == '.') {
    const std::string_view left = LastToken(s);
    const std::string word =
        std::string(left) + std::string(n.substr(0, n.find_first_of(" \t\n\r")));
    if (InsideAddress(word, left.size() - 1)) return true;
  }
  const std::string_view core = StripClosers(s);
  const bool quoted = core.size() != s.size();
  if (core.empty()) return false;
  const char last = core.back();
  if (last == '?' || last == '!') {
    // "Stop!" she said. / "Why?" asked Jones. / "Run!" Smith shouted.
    if (u_islower(FirstCodePoint(n))) return true;
    return quoted && StartsWithSpeechTag(n);
  }
  if (last != '.') return false;
  // A period inside closing quotes or brackets ends the sentence; so does an ellipsis,
  // where ICU only breaks before a capital.
  if (quoted || (core.size() >= 2 && core[core.size() - 2] == '.')) return false;
  const std::string_view token = LastToken(core);
  std::string_view word = StripOpeners(token);
  word.remove_suffix(1);  // the period
  if (word.empty()) return false;
  if (static_cast<unsigned char>(word[0]) >= 0x80 && IsAsciiAlpha(word.back())) {
    // Latin letters right after Han or kana, with no space between ("拜登与U.S. Steel"): the
    // word is the Latin part.
    size_t k = word.size();
    while (k > 0 && (IsAsciiAlpha(word[k - 1]) || word[k - 1] == '.')) --k;
    word.remove_prefix(k);
  }
  const std::string_view before = TrimRight(core.substr(0, core.size() - token.size()));
  if (IsEnumerator(word) && (before.empty() || before.back() == ':')) return true;
  // A dash run glued to the word, as wire copy writes a dateline: "MOSCOW --Aug. 12. --".
  while (word.size() > 1 && word[0] == '-' && (word[1] == '-' || IsAsciiAlpha(word[1]))) {
    word.remove_prefix(1);
  }
  // A time written with a space inside, as some wire services do: "at 1 p. m. Saturday" (after
  // a number: "A. M. Rahman" is a name's initials).
  if ((word == "m" || word == "M") && !before.empty()) {
    const std::string_view prev = LastToken(before);
    const std::string_view number =
        LastToken(TrimRight(before.substr(0, before.size() - prev.size())));
    if (prev.size() == 2 && prev[1] == '.' &&
        (AsciiLower(prev[0]) == 'a' || AsciiLower(prev[0]) == 'p') && !number.empty() &&
        IsAsciiDigit(number.back())) {
      word = "p.m";
    }
  }
  // The article's own language first: Portuguese "o Sr. Ricardo" is a title, not the English
  // company suffix "Sr.".
  if (language != "english") {
    if (const std::optional<bool> r = ForeignFalseBreak(language, word, n)) return *r;
  }
  switch (ClassifyAbbreviation(word)) {
    case AbbrevKind::kAlways: {
      // Titles precede names, but a name can end in one: "... led by Hun Sen. In a letter".
      const std::string_view prev = StripOpeners(LastToken(before));
      const bool after_name = !prev.empty() && IsAsciiUpper(prev[0]) && !IsStarter(prev);
      return !(after_name && (StartsSentence(n) || UsedAsName(word, context)));
    }
    case AbbrevKind::kBeforeNumber:
      return IsAsciiDigit(n[0]) || IsNumberOrCode(n);
    case AbbrevKind::kInName:
      return !StartsSentence(n);
    case AbbrevKind::kSuffix:
      return n[0] == '(' || ContinuesAfterSuffix(FirstWord(n));
    case AbbrevKind::kTime:
      return n[0] == '(' || ContinuesAfterTime(FirstWord(n));
    case AbbrevKind::kSaintOrStreet: {
      // "on Cedar St. The fire ..." is a street; "at St. Mary's", "In St. Louis" a saint.
      const std::string_view prev = StripOpeners(LastToken(before));
      const bool street = !prev.empty() && IsAsciiUpper(prev[0]) && !IsStarter(prev);
      return !street;
    }
    case AbbrevKind::kNone:
      break;
  }
  if (IsInitial(word) || IsDottedAcronym(word)) return !StartsSentence(n);
  if (static_cast<unsigned char>(word[0]) >= 0x80 || IsAsciiDigit(word[0])) {
    return IsOtherScriptFalseBreak(word, before, n);
  }
  return false;
}

void FindMissedBreaks(std::string_view block, std::vector<uint32_t>* breaks) {
  // "prices rose.The dollar": a missing space after a period. ICU keeps "U.S" together with
  // the same rule, so require a lower-case word of three letters or more before the period
  // and a capitalized word after it.
  for (size_t i = block.find('.', 3); i != std::string_view::npos && i + 2 < block.size();
       i = block.find('.', i + 1)) {
    if (!IsAsciiUpper(block[i + 1]) || !IsAsciiLower(block[i + 2])) continue;
    size_t w = i;
    while (w > 0 && IsAsciiLower(block[w - 1])) --w;
    if (i - w < 3 || (w > 0 && IsAsciiAlnum(block[w - 1]))) continue;  // "Agency.Com"
    if (InsideAddress(block, i)) continue;  // "john.Smith@county.gov", "budget.Final.pdf"
    const std::string_view tld = block.substr(i + 1, 3);
    const bool word_ends = i + 4 >= block.size() || !IsAsciiAlpha(block[i + 4]);
    if (word_ends && (tld == "Com" || tld == "Net" || tld == "Org")) continue;
    breaks->push_back(static_cast<uint32_t>(i + 1));
  }
  // ". 40 others were hurt", ". eBay said": ICU does not end a sentence before a number or a
  // lower-case letter, but after a plain word a number followed by a lower-case word, or a
  // camel-case name, starts a new one. IsFalseBreak still vetoes abbreviations ("No. 5 seed").
  for (size_t i = block.find(". "); i != std::string_view::npos; i = block.find(". ", i + 1)) {
    size_t w = i;
    while (w > 0 && IsAsciiAlpha(block[w - 1])) --w;
    if (i - w < 2 || (w > 0 && !IsAsciiSpace(block[w - 1]))) continue;  // a plain word only
    size_t p = i + 1;
    while (p < block.size() && block[p] == ' ') ++p;
    size_t q = p;
    if (q < block.size() && IsAsciiDigit(block[q])) {
      while (q < block.size() && (IsAsciiDigit(block[q]) || block[q] == ',' || block[q] == '.'))
        ++q;
      if (q < block.size() && block[q] == '%') ++q;
      if (q + 1 < block.size() && block[q] == ' ' && IsAsciiLower(block[q + 1])) {
        breaks->push_back(static_cast<uint32_t>(p));
      }
      continue;
    }
    while (q < block.size() && q - p < 2 && IsAsciiLower(block[q])) ++q;
    if (q > p && q + 1 < block.size() && IsAsciiUpper(block[q]) && IsAsciiLower(block[q + 1])) {
      breaks->push_back(static_cast<uint32_t>(p));
    }
  }
  constexpr std::string_view kEllipsis = "\xE2\x80\xA6";
  for (size_t pos = block.find(kEllipsis); pos != std::string_view::npos;
       pos = block.find(kEllipsis, pos + kEllipsis.size())) {
    const size_t after = pos + kEllipsis.size();
    const std::string_view rest = TrimLeft(block.substr(after));
    if (rest.size() == block.size() - after || rest.empty()) continue;  // no space, or end
    const UChar32 c = FirstCodePoint(rest);
    if (u_isupper(c) || IsOpener(c))
      breaks->push_back(static_cast<uint32_t>(block.size() - rest.size()));
  }
}

}  // namespace precis::text_internal
