// ROUGE-1.5.5's text handling, byte for byte: sentences (lines), the 1.5.5 length limits on
// raw text, and the cleanup that turns text into tokens. No Unicode: bytes >= 0x80 are
// separators, like every other byte outside [A-Za-z0-9]. Thread-safe.
#ifndef PRECIS_EVAL_ROUGE_TEXT_H_
#define PRECIS_EVAL_ROUGE_TEXT_H_

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "eval/rouge_hash.h"

namespace precis::rouge {

// Appends the lines of `text` to *lines as an SPL file is read: split at LF, a CR before the
// LF stays, empty lines are dropped (a line of blanks is kept).
void AppendRougeLines(std::string_view text, std::vector<std::string_view>* lines);

// A kept part of the text: the first `length` bytes of line `line`.
struct RougePiece {
  uint32_t line = 0;
  uint64_t length = 0;
};

// The two views of a text after the length limit (SPEC 2.1).
struct RougeLimitedText {
  // Pieces of the flat text (joined by spaces in the script): used by ROUGE-N, ROUGE-S and
  // the unigram tables of ROUGE-L/W.
  std::vector<RougePiece> flat;
  // Pieces of the sentence list: used by the LCS part of ROUGE-L/W. Equal to `flat` except
  // under a byte limit, where the script never advances its byte count (a copied bug).
  std::vector<RougePiece> sentences;
};

// Applies -l word_limit or -b byte_limit (0 = no limit; at most one > 0) to `lines`.
void ApplyRougeLimit(std::span<const std::string_view> lines, int64_t word_limit,
                     int64_t byte_limit, RougeLimitedText* out);

// Byte classes of the tokenizer: 0 separates tokens, 1 is kept, 2 is A-Z (lowercased).
inline constexpr std::array<uint8_t, 256> kRougeByteClass = [] {
  std::array<uint8_t, 256> t{};
  for (int ch = '0'; ch <= '9'; ++ch) t[ch] = 1;
  for (int ch = 'a'; ch <= 'z'; ++ch) t[ch] = 1;
  for (int ch = 'A'; ch <= 'Z'; ++ch) t[ch] = 2;
  return t;
}();

// Calls fn(std::string_view token, uint64_t hash) for every token of `text` in order: each
// maximal run of [A-Za-z0-9], lowercased (ASCII only), with hash == RougeHashBytes(token).
// This equals the script's cleanup (hyphens split words, other bytes become spaces, "-"
// tokens are dropped) applied to lowercased text. Stop words and stemming come later, in
// RougeVocab. The view is valid during the call only.
template <typename Fn>
void ForEachRougeToken(std::string_view text, std::string* scratch, Fn&& fn) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(text.data());
  const unsigned char* end = p + text.size();
  while (p < end) {
    while (p < end && kRougeByteClass[*p] == 0) ++p;
    if (p == end) break;
    const unsigned char* start = p;
    uint8_t classes = 0;
    uint64_t hash = kRougeHashSeed;
    for (; p < end; ++p) {
      uint8_t c = kRougeByteClass[*p];
      if (c == 0) break;
      classes |= c;
      hash = RougeHashStep(hash, c == 2 ? static_cast<unsigned char>(*p + ('a' - 'A')) : *p);
    }
    std::string_view token(reinterpret_cast<const char*>(start), static_cast<size_t>(p - start));
    if (classes & 2) {  // lowercase a copy; most tokens are passed as views into `text`
      scratch->assign(token);
      for (char& ch : *scratch)
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
      token = *scratch;
    }
    fn(token, hash);
  }
}

}  // namespace precis::rouge

#endif  // PRECIS_EVAL_ROUGE_TEXT_H_
