// Test helpers: a deliberately naive checker for sentence spans.
#ifndef PRECIS_TESTS_TEXT_SPAN_CHECKS_H_
#define PRECIS_TESTS_TEXT_SPAN_CHECKS_H_

#include <gtest/gtest.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <string>
#include <string_view>
#include <vector>

#include "precis/text.h"

namespace precis::testing {

// Decodes `text` into (offset, code point) pairs. REQUIRES: valid UTF-8.
inline std::vector<std::pair<uint32_t, UChar32>> CodePoints(std::string_view text) {
  std::vector<std::pair<uint32_t, UChar32>> out;
  for (int32_t i = 0, n = static_cast<int32_t>(text.size()); i < n;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(text.data(), i, n, c);
    out.emplace_back(static_cast<uint32_t>(start), c);
  }
  return out;
}

// The contract of SplitSentences, checked the slow and obvious way: spans in range, in order,
// not overlapping, not empty, on code point boundaries, without white space at either end,
// at most `max_bytes` long (0: no limit), and together covering every character of `text`
// that is not white space. Returns "" or a description of the first violation.
inline std::string CheckSentenceSpans(std::string_view text, const std::vector<Span>& spans,
                                      uint32_t max_bytes = 0) {
  std::vector<bool> starts(text.size() + 1, false);
  std::vector<UChar32> at(text.size() + 1, -1);
  for (const auto& [offset, c] : CodePoints(text)) {
    starts[offset] = true;
    at[offset] = c;
  }
  starts[text.size()] = true;
  std::vector<bool> covered(text.size(), false);
  uint32_t prev_end = 0;
  for (size_t k = 0; k < spans.size(); ++k) {
    const Span& s = spans[k];
    const std::string where = "span " + std::to_string(k) + " [" + std::to_string(s.begin) + ", " +
                              std::to_string(s.end) + ")";
    if (s.end > text.size()) return where + " is out of range";
    if (s.begin >= s.end) return where + " is empty";
    if (s.begin < prev_end) return where + " overlaps or precedes the previous span";
    if (!starts[s.begin] || !starts[s.end]) return where + " cuts a UTF-8 sequence";
    if (max_bytes > 0 && s.size() > max_bytes) return where + " is longer than the limit";
    if (u_isUWhiteSpace(at[s.begin])) return where + " starts with white space";
    uint32_t last = s.end - 1;
    while (!starts[last]) --last;
    if (u_isUWhiteSpace(at[last])) return where + " ends with white space";
    for (uint32_t i = s.begin; i < s.end; ++i) covered[i] = true;
    prev_end = s.end;
  }
  for (const auto& [offset, c] : CodePoints(text)) {
    if (!covered[offset] && !u_isUWhiteSpace(c)) {
      return "character at byte " + std::to_string(offset) + " is in no span";
    }
  }
  return "";
}

}  // namespace precis::testing

#endif  // PRECIS_TESTS_TEXT_SPAN_CHECKS_H_
