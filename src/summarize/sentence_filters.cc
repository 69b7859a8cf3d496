#include "summarize/sentence_filters.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "text/ascii.h"
#include "text/language.h"

namespace precis::summarize {
namespace {

// Phrases of publishing boilerplate (lower case). Each is specific enough not to occur in
// news prose; a sentence with one is left out.
constexpr std::array<std::string_view, 14> kBoilerplate = {
    "all rights reserved", "contributed to this report",
    "click here",          "sign up for",
    "subscribe to our",    "follow us on",
    "reporting by",        "editing by",
    "copyright (c)",       "copyright \xc2\xa9",
    "for reprint",         "this article was",
    "this story has been", "read more:",
};

// Length of the opening quotation mark at the start of `s` (after spaces), 0 when none:
// ASCII " and ``, and the typographic “ and ‘.
size_t OpeningQuote(std::string_view s) {
  if (s.starts_with("``")) return 2;
  if (s.starts_with("\"")) return 1;
  if (s.starts_with("\xe2\x80\x9c") || s.starts_with("\xe2\x80\x98")) return 3;
  return 0;
}

// Offset of the closing mark matching an opening one, or npos.
size_t ClosingQuote(std::string_view s, size_t from) {
  size_t best = std::string_view::npos;
  for (std::string_view mark : {"''", "\"", "\xe2\x80\x9d", "\xe2\x80\x99 "}) {
    const size_t at = s.find(mark, from);
    if (at != std::string_view::npos) best = std::min(best, at);
  }
  return best;
}

}  // namespace

bool LooksLikeHeading(std::string_view s) {
  // Closing quotes and brackets after the sentence end do not count ("...," he said."), nor
  // trailing wire-format codes such as the New York Times wire's "&QL;" ("SMALL BOOKSELLERS
  // TAKE FIGHT TO WEB &QL;" is a headline, not a sentence ending in ';').
  UChar32 c = -1;
  for (;;) {
    while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\t')) {
      s.remove_suffix(1);
    }
    if (s.size() < 3 || s.back() != ';') break;
    size_t amp = s.size() - 1;
    while (amp > 0 && text_internal::IsAsciiAlpha(s[amp - 1])) --amp;
    // A code stands alone: "AT&T;" ends in ';' after a word.
    if (amp == 0 || s[amp - 1] != '&' || amp == s.size() - 1 ||
        (amp >= 2 && s[amp - 2] != ' ' && s[amp - 2] != '\n')) {
      break;
    }
    s = s.substr(0, amp - 1);
  }
  while (!s.empty()) {
    int32_t i = static_cast<int32_t>(s.size());
    U8_PREV(s.data(), 0, i, c);
    const int8_t type = c >= 0 ? u_charType(c) : 0;
    if (c == '"' || c == '\'' || type == U_END_PUNCTUATION || type == U_FINAL_PUNCTUATION) {
      s = s.substr(0, static_cast<size_t>(i));
      continue;
    }
    break;
  }
  if (s.empty()) return true;
  if (c == '.' || c == '!' || c == '?' || c == ';' || c == ':') return false;
  // Sentence ends of other scripts: 。！？ (CJK), । (Devanagari), ؟ (Arabic) ...
  if (c >= 0x80 && u_hasBinaryProperty(c, UCHAR_S_TERM)) return false;
  // Thai, Lao and Khmer sentences end without punctuation (docs/text.md).
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = c >= 0x80 ? uscript_getScript(c, &status) : USCRIPT_COMMON;
  return !(script == USCRIPT_THAI || script == USCRIPT_LAO || script == USCRIPT_KHMER);
}

bool IsQuestion(std::string_view sentence, std::string_view language) {
  while (!sentence.empty() && text_internal::IsAsciiSpace(sentence.back())) {
    sentence.remove_suffix(1);
  }
  if (sentence.empty()) return false;
  if (sentence.back() == '?') return true;
  if (sentence.back() == ';') return text_internal::SnowballLanguageName(language) == "greek";
  int32_t i = static_cast<int32_t>(sentence.size());
  UChar32 c;
  U8_PREV(sentence.data(), 0, i, c);
  return c == 0xFF1F || c == 0x061F || c == 0x037E;
}

bool LooksLikeBoilerplate(std::string_view sentence) {
  // Fold once, then search each phrase with the library's fast find.
  thread_local std::string folded;
  folded.assign(sentence);
  for (char& c : folded) c = text_internal::AsciiLower(c);
  for (std::string_view phrase : kBoilerplate) {
    if (folded.find(phrase) != std::string::npos) return true;
  }
  return false;
}

bool IsContentlessQuote(std::string_view sentence, uint32_t sentence_begin,
                        const std::vector<WordToken>& tokens, std::string_view language,
                        size_t min_content) {
  const size_t open = OpeningQuote(sentence);
  if (open == 0) return false;
  const size_t close = ClosingQuote(sentence, open);
  if (close == std::string_view::npos) return false;
  const uint32_t end = sentence_begin + static_cast<uint32_t>(close);
  size_t content = 0;
  for (const WordToken& t : tokens) {
    if (t.span.begin >= end) break;
    const bool has_letter = std::any_of(t.norm.begin(), t.norm.end(), [](char c) {
      return std::isalpha(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
    });
    if (has_letter && !IsStopword(t.norm, language)) ++content;
  }
  return content < min_content;
}

}  // namespace precis::summarize
