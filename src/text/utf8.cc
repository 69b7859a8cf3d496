// UTF-8 validation and binary sniffing.
#include <unicode/utf8.h>

#include <algorithm>
#include <climits>

#include "precis/text.h"

namespace precis {

bool IsValidUtf8(std::string_view text, size_t* error_offset) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n = static_cast<int32_t>(text.size());
  // ICU's U8_NEXT works on int32_t lengths; validate huge inputs in chunks that end on a
  // character boundary.
  if (text.size() > static_cast<size_t>(INT32_MAX)) {
    size_t pos = 0;
    while (pos < text.size()) {
      size_t len = std::min<size_t>(text.size() - pos, size_t{1} << 30);
      // Back off to a lead byte so no sequence straddles chunks.
      while (pos + len < text.size() && len > 0 && (s[pos + len] & 0xC0) == 0x80) --len;
      size_t off = 0;
      if (!IsValidUtf8(text.substr(pos, len), &off)) {
        if (error_offset) *error_offset = pos + off;
        return false;
      }
      pos += len;
    }
    return true;
  }
  int32_t i = 0;
  while (i < n) {
    if (s[i] < 0x80) {  // fast path for ASCII
      ++i;
      continue;
    }
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) {
      if (error_offset) *error_offset = static_cast<size_t>(start);
      return false;
    }
  }
  return true;
}

bool LooksBinary(std::string_view text) {
  const size_t n = std::min<size_t>(text.size(), 4096);
  size_t control = 0;
  for (size_t i = 0; i < n; ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == 0) return true;
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++control;
  }
  return n > 0 && control * 10 > n;  // more than 10% control bytes
}

}  // namespace precis
