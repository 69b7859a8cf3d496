// TokenizeWords: ICU word boundaries over UTF-8, keeping tokens with a letter or digit.
#include "text/word_tokenize.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

#include "precis/text.h"
#include "text/ascii.h"
#include "text/break_cache.h"

namespace precis {
namespace {

// ICU gives "___" (connector punctuation only) a letter status, so the status alone does
// not say "has a letter or digit".
bool HasLetterOrDigit(std::string_view token) {
  for (int32_t i = 0, n = static_cast<int32_t>(token.size()); i < n;) {
    const auto b = static_cast<unsigned char>(token[i]);
    if (b < 0x80) {
      if (text_internal::IsAsciiAlnum(static_cast<char>(b))) return true;
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(token.data(), i, n, c);
    if (c >= 0 && (U_GET_GC_MASK(c) & (U_GC_L_MASK | U_GC_N_MASK)) != 0) return true;
  }
  return false;
}

void AppendToken(std::string_view text, uint32_t begin, uint32_t end, std::vector<WordToken>* out) {
  const std::string_view token = text.substr(begin, end - begin);
  WordToken& t = out->emplace_back();
  t.span = Span{begin, end};
  if (text_internal::IsAscii(token)) {
    t.norm.resize(token.size());
    for (size_t i = 0; i < token.size(); ++i) t.norm[i] = text_internal::AsciiLower(token[i]);
  } else {
    t.norm = NormalizeAndFold(token);
  }
}

}  // namespace

void TokenizeWords(std::string_view text, Span range, std::vector<WordToken>* out) {
  const uint32_t size = static_cast<uint32_t>(text.size());
  const uint32_t begin = std::min(range.begin, size);
  const uint32_t end = std::clamp(range.end, begin, size);
  if (begin == end) return;
  if (text_internal::TokenizeWordsFast(text, Span{begin, end}, out)) return;
  text_internal::TokenizeWordsIcu(text, Span{begin, end}, out);
}

namespace text_internal {

void TokenizeWordsIcu(std::string_view text, Span range, std::vector<WordToken>* out) {
  const std::string_view part = range.of(text);
  icu::BreakIterator* it = ThreadBreakIterator(BreakKind::kWord, "");
  Utf8Text utext(part);
  UErrorCode status = U_ZERO_ERROR;
  it->setText(utext.get(), status);
  if (U_FAILURE(status)) return;
  int32_t prev = it->first();
  for (int32_t pos = it->next(); pos != icu::BreakIterator::DONE; prev = pos, pos = it->next()) {
    if (it->getRuleStatus() < UBRK_WORD_NONE_LIMIT) continue;
    if (!HasLetterOrDigit(part.substr(prev, pos - prev))) continue;
    AppendToken(text, range.begin + prev, range.begin + pos, out);
  }
}

}  // namespace text_internal
}  // namespace precis
