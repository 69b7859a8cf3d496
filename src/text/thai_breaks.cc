// Sentence candidates for Thai, which ICU's sentence rules do not split (Thai
// has no sentence punctuation). Thai writing puts a space between clauses and
// sentences and none between words, so a run of spaces with Thai letters on
// both sides is taken as a boundary. The limit: these are clause boundaries
// more often than sentence boundaries, so Thai "sentences" are clauses; a space
// before a number or a foreign word is not a boundary.
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include "text/sentence_rules.h"

namespace precis::text_internal {
namespace {

bool IsThai(UChar32 c) { return c >= 0x0E01 && c <= 0x0E5B; }

}  // namespace

void FindThaiBreaks(std::string_view block, std::vector<uint32_t>* breaks) {
  // Thai letters are U+0E01..U+0E5B: three bytes starting E0 B8 or E0 B9.
  if (block.find("\xE0\xB8") == std::string_view::npos &&
      block.find("\xE0\xB9") == std::string_view::npos) {
    return;
  }
  const int32_t n = static_cast<int32_t>(block.size());
  UChar32 prev = -1;
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(block.data(), i, n, c);
    if (c != ' ' || !IsThai(prev)) {
      prev = c;
      continue;
    }
    int32_t j = i;
    while (j < n && block[j] == ' ') ++j;
    int32_t k = j;
    UChar32 next = -1;
    if (k < n) U8_NEXT(block.data(), k, n, next);
    if (IsThai(next) && next != 0x0E46 && next != 0x0E2F) {  // not before ๆ or ฯ (repeat marks)
      breaks->push_back(static_cast<uint32_t>(j));
    }
    prev = ' ';
    i = j;
  }
}

}  // namespace precis::text_internal
