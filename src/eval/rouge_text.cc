#include "eval/rouge_text.h"

#include <array>

namespace precis::rouge {

namespace {

// Perl's \s on a byte string: TAB, LF, VT, FF, CR and space.
constexpr std::array<bool, 256> kPerlSpace = [] {
  std::array<bool, 256> t{};
  for (char ch : std::string_view("\t\n\v\f\r ")) t[static_cast<unsigned char>(ch)] = true;
  return t;
}();
bool IsPerlSpace(char ch) { return kPerlSpace[static_cast<unsigned char>(ch)]; }

// The number of fields Perl's split(/\s+/, line) returns: the runs of non-blanks, plus an
// empty first field when the line starts with a blank (trailing empty fields are dropped,
// so a line of blanks has none).
uint64_t CountWords(std::string_view line) {
  uint64_t runs = 0;
  bool in_word = false;
  for (char ch : line) {
    bool word = !IsPerlSpace(ch);
    runs += word & !in_word;
    in_word = word;
  }
  if (runs == 0) return 0;
  return runs + (IsPerlSpace(line[0]) ? 1 : 0);
}

// Length of the prefix of `line` that holds its first `k` fields (1 <= k <= CountWords).
// The script joins those fields with single spaces; the tokens are the same.
uint64_t PrefixOfWords(std::string_view line, uint64_t k) {
  if (IsPerlSpace(line[0])) {
    if (k == 1) return 0;  // just the empty first field
    --k;
  }
  uint64_t seen = 0;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && IsPerlSpace(line[i])) ++i;
    while (i < line.size() && !IsPerlSpace(line[i])) ++i;
    if (++seen == k) return i;
  }
  return line.size();
}

void LimitWords(std::span<const std::string_view> lines, uint64_t limit,
                std::vector<RougePiece>* out) {
  uint64_t count = 0;
  for (uint32_t i = 0; i < lines.size(); ++i) {
    uint64_t words = CountWords(lines[i]);
    if (count + words < limit) {
      out->push_back({i, lines[i].size()});
      count += words;
    } else {
      out->push_back({i, PrefixOfWords(lines[i], limit - count)});
      return;
    }
  }
}

void LimitBytes(std::span<const std::string_view> lines, uint64_t limit, bool advance,
                std::vector<RougePiece>* out) {
  uint64_t count = 0;
  for (uint32_t i = 0; i < lines.size(); ++i) {
    uint64_t length = lines[i].size();
    if (count + length < limit) {
      out->push_back({i, length});
      if (advance) count += length;
    } else {
      out->push_back({i, limit - count});
      return;
    }
  }
}

}  // namespace

void AppendRougeLines(std::string_view text, std::vector<std::string_view>* lines) {
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    if (end > start) lines->push_back(text.substr(start, end - start));
    start = end + 1;
  }
}

void ApplyRougeLimit(std::span<const std::string_view> lines, int64_t word_limit,
                     int64_t byte_limit, RougeLimitedText* out) {
  out->flat.clear();
  out->sentences.clear();
  if (word_limit > 0) {
    LimitWords(lines, static_cast<uint64_t>(word_limit), &out->flat);
    out->sentences = out->flat;
  } else if (byte_limit > 0) {
    LimitBytes(lines, static_cast<uint64_t>(byte_limit), /*advance=*/true, &out->flat);
    // The script's sentence-list reader never adds to its byte count (SPEC 2.1).
    LimitBytes(lines, static_cast<uint64_t>(byte_limit), /*advance=*/false, &out->sentences);
  } else {
    for (uint32_t i = 0; i < lines.size(); ++i) out->flat.push_back({i, lines[i].size()});
    out->sentences = out->flat;
  }
}

}  // namespace precis::rouge
