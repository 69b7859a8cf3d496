#include "dedup/minhash.h"

#include <algorithm>

namespace precis::dedup {

void ShingleHashes(const MatchTokens &tokens, uint32_t k,
                   std::vector<uint64_t> *out,
                   std::vector<uint64_t> *word_hashes) {
  out->clear();
  word_hashes->clear();
  const size_t n = tokens.tokens.size();
  for (const MatchToken &t : tokens.tokens)
    word_hashes->push_back(HashBytes(tokens.norm(t)));
  const uint64_t *h = word_hashes->data();
  size_t begin = 0;
  for (size_t i = 0; i < n; ++i) {
    if (!(tokens.tokens[i].flags & kSentenceEnd) && i + 1 < n) continue;
    const size_t len = i + 1 - begin;  // one sentence: [begin, i]
    const size_t width = std::min<size_t>(k, len);
    for (size_t p = begin; p + width <= i + 1; ++p) {
      uint64_t s = 0x51ed270b9a3c4f1dULL + width;
      for (size_t j = 0; j < width; ++j) s = Mix64(s + h[p + j]);
      out->push_back(s);
    }
    begin = i + 1;
  }
  std::sort(out->begin(), out->end());
  out->erase(std::unique(out->begin(), out->end()), out->end());
}

uint64_t SequenceHash(const MatchTokens &tokens) {
  uint64_t s = 0x2545f4914f6cdd1dULL;
  for (const MatchToken &t : tokens.tokens)
    s = Mix64(s ^ HashBytes(tokens.norm(t)));
  return s;
}

MinHasher::MinHasher(uint32_t num_hashes, uint64_t seed) {
  uint64_t state = seed;
  auto next = [&state] {
    state += 0x9e3779b97f4a7c15ULL;
    return Mix64(state);
  };
  for (uint32_t i = 0; i < num_hashes; ++i) {
    a_.push_back(next() | 1);
    b_.push_back(next());
  }
}

void MinHasher::Sign(const std::vector<uint64_t> &shingles,
                     uint32_t *sig) const {
  const uint32_t n = size();
  std::fill(sig, sig + n, UINT32_MAX);
  const uint64_t *a = a_.data();
  const uint64_t *b = b_.data();
  for (const uint64_t x : shingles) {
    for (uint32_t i = 0; i < n; ++i) {
      const uint32_t v = static_cast<uint32_t>((a[i] * x + b[i]) >> 32);
      sig[i] = v < sig[i] ? v : sig[i];
    }
  }
}

double EstimateJaccard(const uint32_t *a, const uint32_t *b, uint32_t n) {
  uint32_t equal = 0;
  for (uint32_t i = 0; i < n; ++i) equal += a[i] == b[i];
  return n == 0 ? 0.0 : static_cast<double>(equal) / n;
}

double ContainmentFromJaccard(double jaccard, uint32_t size_a,
                              uint32_t size_b) {
  const uint32_t smaller = std::min(size_a, size_b);
  if (smaller == 0) return 0;
  const double inter =
      jaccard * (static_cast<double>(size_a) + size_b) / (1.0 + jaccard);
  return std::min(1.0, inter / smaller);
}

}  // namespace precis::dedup
