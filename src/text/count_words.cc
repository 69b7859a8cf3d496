// CountWords: runs of characters that are not Unicode white space.
#include "precis/text.h"
#include "text/spaces.h"

namespace precis {

uint32_t CountWords(std::string_view text) {
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
    ++i;  // continuation bytes are never white space, so stepping bytewise is safe
  }
  return words;
}

}  // namespace precis
