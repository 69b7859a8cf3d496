// CountWords: runs of characters that are not Unicode white space; ICU word
// break for scripts written without spaces. CountChars: code points.
#include <unicode/rbbi.h>

#include "precis/text.h"
#include "text/break_cache.h"
#include "text/spaces.h"

namespace precis {
namespace {

uint32_t CountIcuWords(std::string_view text) {
  icu::BreakIterator* it = text_internal::ThreadBreakIterator(text_internal::BreakKind::kWord, "");
  text_internal::Utf8Text utext(text);
  UErrorCode status = U_ZERO_ERROR;
  it->setText(utext.get(), status);
  if (U_FAILURE(status)) return 0;
  uint32_t words = 0;
  for (int32_t pos = it->next(); pos != icu::BreakIterator::DONE; pos = it->next()) {
    // UBRK_WORD_NONE marks spaces and punctuation; numbers, letters, kana and
    // ideographs count.
    if (it->getRuleStatus() >= UBRK_WORD_NUMBER) ++words;
  }
  return words;
}

}  // namespace

uint32_t CountWords(std::string_view text) {
  if (text.size() < (size_t{1} << 31) && HasUnspacedScript(text)) return CountIcuWords(text);
  uint32_t words = 0;
  bool in_word = false;
  size_t i = 0;
  while (i < text.size()) {
    const size_t space = text_internal::SpaceLengthAt(text, i);
    if (space > 0) {
      in_word = false;
      i += space;
      continue;
    }
    if (!in_word) ++words;
    in_word = true;
    ++i;  // continuation bytes are never white space, so stepping bytewise is
          // safe
  }
  return words;
}

std::string FoldWhiteSpace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (size_t i = 0; i < text.size();) {
    const size_t n = text_internal::SpaceLengthAt(text, i);
    if (n > 0) {
      space = !out.empty();
      i += n;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += text[i++];
  }
  return out;
}

uint32_t CountChars(std::string_view text) {
  uint32_t n = 0;
  for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

}  // namespace precis
