// Shingling and MinHash signatures (Broder 1997) over normalized word tokens.
#ifndef PRECIS_DEDUP_MINHASH_H_
#define PRECIS_DEDUP_MINHASH_H_

#include <cstdint>
#include <vector>

#include "dedup/match_tokens.h"

namespace precis::dedup {

// Hashes of the `k`-word shingles of `tokens`, sorted and unique: runs of k
// consecutive words inside one sentence (a sentence shorter than k words is one
// shingle). Order-sensitive within a shingle, blind to the order of sentences.
// `word_hashes` is scratch space.
void ShingleHashes(const MatchTokens &tokens, uint32_t k,
                   std::vector<uint64_t> *out,
                   std::vector<uint64_t> *word_hashes);

// A 64-bit hash of the whole normalized word sequence (exact-duplicate
// detection).
uint64_t SequenceHash(const MatchTokens &tokens);

// `num_hashes` hash functions h_i(x) = high 32 bits of (a_i * x + b_i) mod
// 2^64, with odd multipliers a_i and offsets b_i drawn from SplitMix64(seed): a
// multiply-shift family (Dietzfelbinger et al. 1997) applied to already
// well-mixed 64-bit shingle hashes.
class MinHasher {
 public:
  MinHasher(uint32_t num_hashes, uint64_t seed);
  uint32_t size() const { return static_cast<uint32_t>(a_.size()); }
  // sig[i] = min over shingles of h_i(shingle); all ones when `shingles` is
  // empty.
  void Sign(const std::vector<uint64_t> &shingles, uint32_t *sig) const;

 private:
  std::vector<uint64_t> a_, b_;
};

// Fraction of equal positions of two signatures of length n: the Jaccard
// estimate.
double EstimateJaccard(const uint32_t *a, const uint32_t *b, uint32_t n);

// The containment of the smaller set in the larger implied by a Jaccard value
// and the set sizes: |A ∩ B| = J (|A| + |B|) / (1 + J), divided by min(|A|,
// |B|), at most 1.
double ContainmentFromJaccard(double jaccard, uint32_t size_a, uint32_t size_b);

}  // namespace precis::dedup

#endif  // PRECIS_DEDUP_MINHASH_H_
