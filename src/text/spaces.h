// White space as Unicode defines it (the White_Space property), over UTF-8 bytes.
//
// Used to trim sentence spans and to count words: ASCII white space plus U+0085, U+00A0,
// U+1680, U+2000..U+200A, U+2028, U+2029, U+202F, U+205F and U+3000. Zero-width characters
// (U+200B, U+FEFF) are not white space in Unicode and are not treated as such here.
#ifndef PRECIS_TEXT_SPACES_H_
#define PRECIS_TEXT_SPACES_H_

#include <cstddef>
#include <string_view>

#include "text/ascii.h"

namespace precis::text_internal {

// Length in bytes of the white-space character that starts at s[i], or 0 when s[i] does not
// start one. REQUIRES: i < s.size().
inline size_t SpaceLengthAt(std::string_view s, size_t i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) return IsAsciiSpace(static_cast<char>(b0)) ? 1 : 0;
  const size_t left = s.size() - i;
  if (left < 2) return 0;
  const auto b1 = static_cast<unsigned char>(s[i + 1]);
  if (b0 == 0xC2) return (b1 == 0x85 || b1 == 0xA0) ? 2 : 0;
  if (left < 3) return 0;
  const auto b2 = static_cast<unsigned char>(s[i + 2]);
  switch (b0) {
    case 0xE1:
      return (b1 == 0x9A && b2 == 0x80) ? 3 : 0;
    case 0xE2:
      if (b1 == 0x80) {
        return (b2 <= 0x8A || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF) && b2 >= 0x80 ? 3 : 0;
      }
      return (b1 == 0x81 && b2 == 0x9F) ? 3 : 0;
    case 0xE3:
      return (b1 == 0x80 && b2 == 0x80) ? 3 : 0;
    default:
      return 0;
  }
}

// Length of the white-space character that ends just before s[end], or 0.
// REQUIRES: 0 < end <= s.size().
inline size_t SpaceLengthBefore(std::string_view s, size_t end) {
  if (IsAsciiSpace(s[end - 1])) return 1;
  if (end >= 2 && SpaceLengthAt(s, end - 2) == 2) return 2;
  if (end >= 3 && SpaceLengthAt(s, end - 3) == 3) return 3;
  return 0;
}

}  // namespace precis::text_internal

#endif  // PRECIS_TEXT_SPACES_H_
