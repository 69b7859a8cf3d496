#include "text/quotations.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <string>
#include <unordered_set>
#include <vector>

#include "text/ascii.h"

namespace precis::text_internal {
namespace {

constexpr std::string_view kLeftCurly = "\xE2\x80\x9C";   // U+201C
constexpr std::string_view kRightCurly = "\xE2\x80\x9D";  // U+201D

size_t Count(std::string_view s, std::string_view what) {
  size_t n = 0;
  for (size_t i = s.find(what); i != std::string_view::npos; i = s.find(what, i + what.size())) {
    ++n;
  }
  return n;
}

std::string_view TrimAsciiRight(std::string_view s) {
  while (!s.empty() && IsAsciiSpace(s.back())) s.remove_suffix(1);
  return s;
}

bool HasQuoteMark(std::string_view s) {
  return s.find('"') != std::string_view::npos || s.find("``") != std::string_view::npos ||
         s.find("''") != std::string_view::npos ||
         s.find("\xE2\x80\x9C") != std::string_view::npos ||
         s.find("\xE2\x80\x9D") != std::string_view::npos;
}

// One white-space separated token of an attribution, its trailing punctuation
// removed.
struct Token {
  std::string word;            // lower case, without trailing punctuation
  bool capitalized = false;    // first byte is an ASCII capital
  bool ends_sentence = false;  // the raw token ended in . ! or ?
  bool ends_clause = false;    // the raw token ended in , ; or :
  bool quote = false;          // the raw token holds a quote mark
};

// The first `max` tokens of `s` (fewer when it ends).
std::vector<Token> Tokens(std::string_view s, size_t max) {
  std::vector<Token> out;
  size_t i = 0;
  while (out.size() < max) {
    while (i < s.size() && IsAsciiSpace(s[i])) ++i;
    if (i >= s.size()) break;
    size_t j = i;
    while (j < s.size() && !IsAsciiSpace(s[j])) ++j;
    std::string_view raw = s.substr(i, j - i);
    Token t;
    t.quote = HasQuoteMark(raw);
    t.capitalized = IsAsciiUpper(raw[0]);
    std::string_view core = raw;
    while (!core.empty() && !IsAsciiAlnum(core.back())) {
      const char c = core.back();
      t.ends_sentence = t.ends_sentence || c == '.' || c == '!' || c == '?';
      t.ends_clause = t.ends_clause || c == ',' || c == ';' || c == ':';
      core.remove_suffix(1);
    }
    t.word.reserve(core.size());
    for (char c : core) t.word.push_back(AsciiLower(c));
    out.push_back(std::move(t));
    i = j;
  }
  return out;
}

// "Sen.", "Gov.", "Mr.", "Lt.": a short capitalized word with a period stands
// inside a name.
bool IsTitleAbbreviation(const Token& t) {
  return t.capitalized && t.ends_sentence && !t.word.empty() && t.word.size() <= 4;
}

// Index of the speech verb of an attribution that opens `tokens`: at most
// `max_speaker` words naming the speaker, then the verb ("Mayor Ana Ruiz
// said"), or the verb first ("said Ruiz"). Returns tokens.size() when there is
// none. No token before the verb may hold a quote mark or end a sentence (title
// abbreviations aside), nor a clause unless `commas` ("the union's leader, Tom
// Hale, said").
size_t SpeechVerbAt(const std::vector<Token>& tokens, size_t max_speaker, bool commas) {
  for (size_t k = 0; k < tokens.size() && k <= max_speaker; ++k) {
    const Token& t = tokens[k];
    if (t.quote) break;
    if (IsSpeechVerb(t.word)) return k;
    if ((t.ends_clause && !commas) || (t.ends_sentence && !IsTitleAbbreviation(t)) ||
        t.word.empty()) {
      break;
    }
  }
  return tokens.size();
}

// True when `rest` (what follows a quotation's closing mark) opens with an
// attribution: a speech verb among its first words, before any sentence end
// ("the mayor said Tuesday", "said Ruiz", "she added").
bool AttributionFollows(std::string_view rest) {
  const std::vector<Token> tokens = Tokens(rest, 7);
  return SpeechVerbAt(tokens, 5, true) < tokens.size();
}

// The closing mark matching the quotation left open in `sentence`, and where it
// is in `next` (npos when it does not close there).
size_t ClosingMark(std::string_view sentence, std::string_view next, size_t* width) {
  if (Count(sentence, kLeftCurly) > Count(sentence, kRightCurly)) {
    *width = kRightCurly.size();
    return next.find(kRightCurly);
  }
  if (Count(sentence, "``") > Count(sentence, "''")) {
    *width = 2;
    return next.find("''");
  }
  *width = 1;
  return next.find('"');
}

// IsShortAttribution, with a lower-case first word allowed when
// `require_capital` is false (after a closing mark that ICU did not break at:
// `"No. I quit." the mayor said.`).
bool ShortAttribution(std::string_view next, bool require_capital) {
  const std::vector<Token> tokens = Tokens(next, 10);
  if (tokens.empty() || (require_capital && !tokens[0].capitalized)) return false;
  const size_t verb = SpeechVerbAt(tokens, 4, false);
  if (verb == 0 || verb >= tokens.size()) return false;  // a speaker, then the verb
  constexpr size_t kMaxTail = 4;
  for (size_t k = verb; k < tokens.size() && k <= verb + kMaxTail; ++k) {
    const Token& t = tokens[k];
    if (t.quote || t.word == "that" || (k > verb && t.ends_clause)) return false;
    if (t.ends_sentence) return true;
  }
  return false;
}

}  // namespace

bool IsSpeechVerb(std::string_view w) {
  static const auto* set = new std::unordered_set<std::string_view>{
      "said",      "says",      "asked",     "asks",     "told",     "tells",     "added",
      "adds",      "replied",   "replies",   "wrote",    "writes",   "shouted",   "yelled",
      "cried",     "exclaimed", "recalled",  "insisted", "declared", "continued", "noted",
      "explained", "answered",  "whispered", "screamed", "demanded", "warned",    "joked",
      "countered", "responded", "argued",    "tweeted",  "wondered", "asserted",  "quipped"};
  return set->count(w) > 0;
}

bool QuotationOpenAtEnd(std::string_view s) {
  if (Count(s, kLeftCurly) > Count(s, kRightCurly)) return true;
  if (Count(s, "``") > Count(s, "''")) return true;
  return Count(s, "\"") % 2 == 1;
}

bool IsShortAttribution(std::string_view next) { return ShortAttribution(next, true); }

bool JoinsQuotation(std::string_view sentence, std::string_view next) {
  const std::string_view s = TrimAsciiRight(sentence);
  if (s.empty() || s.size() > kMaxQuotationJoinBytes) return false;
  // Only the bytes a joined sentence may take (and a short attribution after them) are read,
  // so that a text full of unclosed quotations stays linear.
  next = next.substr(0, kMaxQuotationJoinBytes + 200);
  if (QuotationOpenAtEnd(s)) {
    // The quotation runs on past the boundary: keep it whole when it closes
    // soon, after a comma or a sentence end, and an attribution follows the
    // closing mark.
    size_t width = 0;
    const size_t close = ClosingMark(s, next, &width);
    if (close == std::string_view::npos || close == 0) return false;
    if (s.size() + close > kMaxQuotationJoinBytes) return false;
    const char before = next[close - 1];
    if (before != ',' && before != '.' && before != '!' && before != '?') return false;
    const std::string_view inside = next.substr(0, close);
    // A new quotation opening before the close means the marks do not pair up
    // as assumed.
    if (inside.find("``") != std::string_view::npos ||
        inside.find(kLeftCurly) != std::string_view::npos) {
      return false;
    }
    const std::string_view after = next.substr(close + width);
    return before == ',' ? AttributionFollows(after) : ShortAttribution(after, false);
  }
  // A closed quotation ending in a period, then only its attribution.
  std::string_view core = s;
  if (core.ends_with(kRightCurly)) {
    core.remove_suffix(kRightCurly.size());
  } else if (core.ends_with("''")) {
    core.remove_suffix(2);
  } else if (core.ends_with('"')) {
    core.remove_suffix(1);
  } else {
    return false;
  }
  if (core.empty() || core.back() != '.') return false;
  return IsShortAttribution(next);
}

size_t TrailingOpenerLength(std::string_view sentence, std::string_view next) {
  if (next.empty() || sentence.size() < 2) return 0;
  const unsigned char after = static_cast<unsigned char>(next[0]);
  if (after == ' ' || after == '\t' || after == '\n' || after == '\r') return 0;
  int32_t at = static_cast<int32_t>(sentence.size());
  UChar32 open;
  U8_PREV(sentence.data(), 0, at, open);
  const int32_t open_at = at;
  if (open != 0x201C && open != 0x2018 && open != 0x201E && open != 0x00AB && open != 0x300C &&
      open != 0x300E && open != 0xFF08 && open != 0x300A) {
    return 0;
  }
  if (at == 0) return 0;
  UChar32 stop;
  U8_PREV(sentence.data(), 0, at, stop);
  if (stop != 0x3002 && stop != 0xFF01 && stop != 0xFF1F && stop != '.' && stop != '!' &&
      stop != '?') {
    return 0;
  }
  return sentence.size() - static_cast<size_t>(open_at);
}

bool JoinsCjkQuotation(std::string_view sentence, std::string_view next) {
  // The last two code points of the sentence (white space trimmed): a sentence-final mark,
  // then a closing quotation mark.
  std::string_view s = TrimAsciiRight(sentence);
  if (s.size() < 6) return false;
  auto last = [](std::string_view t, int32_t* at) {
    UChar32 c;
    U8_PREV(t.data(), 0, *at, c);
    return c;
  };
  int32_t at = static_cast<int32_t>(s.size());
  const UChar32 close = last(s, &at);
  const UChar32 stop = last(s, &at);
  if (close != 0x300D && close != 0x300F && close != 0x201D && close != 0x2019) return false;
  if (stop != 0x3002 && stop != 0xFF01 && stop != 0xFF1F && stop != '!' && stop != '?') {
    return false;
  }
  int32_t i = 0;
  const auto n = static_cast<int32_t>(std::min<size_t>(next.size(), 400));
  UChar32 first;
  U8_NEXT(next.data(), i, n, first);
  if (first >= 0x3041 && first <= 0x309F) return true;  // hiragana: と, って, として, など
  // Chinese: a short clause up to the next full stop that ends with a verb of saying.
  int32_t end = 0;
  int chars = 0;
  for (int32_t j = 0; j < n && chars <= 30;) {
    const int32_t here = j;
    UChar32 c;
    U8_NEXT(next.data(), j, n, c);
    ++chars;
    if (c == 0x3002 || c == 0xFF01 || c == 0xFF1F) {
      end = here;
      break;
    }
    if (c < 0 || c == 0x201C || c == 0x300C) return false;  // another quotation opens
  }
  if (end == 0) return false;
  const std::string_view clause = next.substr(0, static_cast<size_t>(end));
  for (std::string_view verb :
       {"说", "表示", "称", "指出", "强调", "介绍", "透露", "说道", "问道", "回答", "宣布", "說"}) {
    if (clause.ends_with(verb)) return true;
  }
  return false;
}

}  // namespace precis::text_internal
