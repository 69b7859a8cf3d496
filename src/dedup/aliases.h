// The data behind AliasTable and the rewriting of token streams with it.
#ifndef PRECIS_DEDUP_ALIASES_H_
#define PRECIS_DEDUP_ALIASES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dedup/match_tokens.h"
#include "precis/dedup.h"

namespace precis::dedup {

struct StringViewHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

struct AliasEntry {
  std::vector<std::string> words;  // folded words of the variant
  std::vector<std::string> exact;  // the words as written, when case-sensitive; else empty
  bool needs_period = false;       // "Gen.": the last word must be followed by a period
  uint32_t canonical = 0;          // index into AliasData::canonicals
  uint32_t order = 0;              // insertion order, the tie-break between equal lengths
};

struct AliasData {
  std::vector<std::string> canonicals;     // folded canonical forms ("united states")
  std::vector<uint64_t> canonical_hashes;  // HashBytes of each canonical form
  std::vector<uint8_t> canonical_is_name;
  std::unordered_map<std::string, uint32_t> canonical_ids;  // folded form -> index
  std::vector<AliasEntry> entries;
  // HashBytes of the first folded word -> entries starting with it, longest first, then by
  // `order` (MatchAt compares the words themselves, so a hash collision cannot match).
  std::unordered_map<uint64_t, std::vector<uint32_t>> by_first_word;
  // One bit per first-word hash mod 2^16: most words are rejected without a map lookup.
  std::vector<uint64_t> first_word_bits = std::vector<uint64_t>(1024, 0);
  // Variant key (words and case) -> entry, to let later lines redefine a variant.
  std::unordered_map<std::string, uint32_t> by_key;

  bool MaybeFirstWord(uint64_t hash) const {
    return (first_word_bits[(hash >> 6) & 1023] >> (hash & 63)) & 1;
  }
};

// Rewrites `tokens` (of `text`) in place: each alias match becomes one token
// whose norm is the canonical form (appended to tokens->norms; a possessive
// "'s" on the last matched word is kept), flagged kAlias (and kName for names),
// spanning the matched words and carrying the sentence flags of the first and
// last of them. Longest match first, left to right. `scratch` is reused between
// calls to avoid allocation.
void ApplyAliases(const AliasData& aliases, std::string_view text, MatchTokens* tokens,
                  std::vector<MatchToken>* scratch);

}  // namespace precis::dedup

#endif  // PRECIS_DEDUP_ALIASES_H_
