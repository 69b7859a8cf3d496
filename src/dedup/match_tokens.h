// Fast word tokens for matching (near-duplicates, story term vectors).
//
// The summarizer's TokenizeWords runs ICU's word BreakIterator and allocates
// one string per token, which is right for a few clusters but far too slow for
// a stream of 20,000 articles a second. This tokenizer scans bytes once,
// handles ASCII inline and asks ICU only about the class of non-ASCII code
// points (and NFKC + case folding for non-ASCII words). It keeps the things
// matching needs: "U.S." and "a.m." are one word, "don't" and "O'Neill" too,
// "3.5" and "1,000" stay whole; a word is flagged when it starts a sentence, is
// capitalised, or ends one (shingles never cross a sentence end, so reordering
// sentences changes nothing). Sentence ends are '.', '!', '?' and '…' after a
// word (but not after a title abbreviation such as "Mr." or "Gen.") and blank
// lines. Not thread-safe per object; use one per thread.
#ifndef PRECIS_DEDUP_MATCH_TOKENS_H_
#define PRECIS_DEDUP_MATCH_TOKENS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "precis/text.h"

namespace precis::dedup {

enum TokenFlag : uint8_t {
  kSentenceStart = 1,  // first word of the text or of a sentence
  kSentenceEnd = 2,    // a sentence end follows this word
  kCapitalized = 4,    // first letter upper case (or title case)
  kHasLetter = 8,      // contains a letter (not a number)
  kAlias = 16,         // a canonical alias form (set by ApplyAliases)
  kName = 32,          // a name-like alias (canonical form capitalised in the table)
};

struct MatchToken {
  Span span;                // bytes of the original text
  uint32_t norm_begin = 0;  // the folded form, in MatchTokens::norms (or the alias table)
  uint32_t norm_size = 0;
  uint8_t flags = 0;
  uint64_t hash = 0;  // HashBytes of the folded form
};

// Tokens of one text, their folded forms packed in one buffer (no allocation
// per token).
struct MatchTokens {
  std::vector<MatchToken> tokens;
  std::string norms;

  void clear() {
    tokens.clear();
    norms.clear();
  }
  std::string_view norm(const MatchToken& t) const {
    return std::string_view(norms).substr(t.norm_begin, t.norm_size);
  }
};

// Tokenizes `text` (valid UTF-8) into *out, which is cleared first.
void TokenizeForMatching(std::string_view text, MatchTokens* out);

// A strong 64-bit mixer (the SplitMix64 finalizer).
inline uint64_t Mix64(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

// 64-bit hash of a byte string: FNV-1a over the bytes, then Mix64 (deterministic across
// platforms). HashStep is one FNV-1a step, so a caller can hash while it writes the bytes.
inline constexpr uint64_t kHashSeed = 0xcbf29ce484222325ULL;
inline uint64_t HashStep(uint64_t h, uint8_t byte) { return (h ^ byte) * 0x100000001b3ULL; }
uint64_t HashBytes(std::string_view s);

}  // namespace precis::dedup

#endif  // PRECIS_DEDUP_MATCH_TOKENS_H_
