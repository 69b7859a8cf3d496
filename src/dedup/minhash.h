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
void ShingleHashes(const MatchTokens& tokens, uint32_t k, std::vector<uint64_t>* out,
                   std::vector<uint64_t>* word_hashes);

// A 64-bit hash of the whole normalized word sequence (exact-duplicate
// detection).
uint64_t SequenceHash(const MatchTokens& tokens);

// MinHash signatures by one permutation hashing (Li, Owen and Zhang 2012): each shingle hash,
// re-mixed with the seed, falls into one of `num_bins` bins by its high bits and competes for
// the bin's minimum with its low 32 bits. One hash per shingle instead of one per shingle and
// bin, so a 240-value signature costs little more than reading the shingles. Empty bins (short
// texts) are filled by optimal densification (Shrivastava 2017): an empty bin walks its own
// fixed pseudo-random probe sequence over the bins (the same for every text) and copies the
// first filled bin it meets. Two texts then agree on an empty bin with probability close to
// their Jaccard similarity, and, unlike rotation densification, the bins of a short text are
// nearly independent, so a sentence of five shingles still gets a usable estimate. Equal
// positions estimate the Jaccard similarity as in Broder's MinHash.
class MinHasher {
 public:
  MinHasher(uint32_t num_bins, uint64_t seed);
  uint32_t size() const { return bins_; }
  // Fills sig[0, size()); all ones when `shingles` is empty.
  void Sign(const std::vector<uint64_t>& shingles, uint32_t* sig) const;

 private:
  uint32_t bins_;
  uint64_t seed_;
  // Probe sequence of bin i: start_[i], start_[i] + step_[i], ... (mod bins_); each step is
  // coprime with bins_, so the sequence visits every bin.
  std::vector<uint32_t> start_, step_;
};

// Fraction of equal positions of two signatures of length n: the Jaccard
// estimate.
double EstimateJaccard(const uint32_t* a, const uint32_t* b, uint32_t n);

// The containment of the smaller set in the larger implied by a Jaccard value
// and the set sizes: |A ∩ B| = J (|A| + |B|) / (1 + J), divided by min(|A|,
// |B|), at most 1.
double ContainmentFromJaccard(double jaccard, uint32_t size_a, uint32_t size_b);

}  // namespace precis::dedup

#endif  // PRECIS_DEDUP_MINHASH_H_
