#include "dedup/minhash.h"

#include <algorithm>
#include <numeric>

namespace precis::dedup {

void ShingleHashes(const MatchTokens& tokens, uint32_t k, std::vector<uint64_t>* out,
                   std::vector<uint64_t>* word_hashes) {
  out->clear();
  word_hashes->clear();
  const size_t n = tokens.tokens.size();
  for (const MatchToken& t : tokens.tokens) word_hashes->push_back(t.hash);
  const uint64_t* h = word_hashes->data();
  size_t begin = 0;
  for (size_t i = 0; i < n; ++i) {
    if (!(tokens.tokens[i].flags & kSentenceEnd) && i + 1 < n) continue;
    const size_t len = i + 1 - begin;  // one sentence: [begin, i]
    const size_t width = std::min<size_t>(k, len);
    for (size_t p = begin; p + width <= i + 1; ++p) {
      uint64_t s = 0x51ed270b9a3c4f1dULL + width;
      // Word hashes are already mixed: an order-dependent multiply-add chain and one final
      // mix are enough to spread the shingle.
      for (size_t j = 0; j < width; ++j) s = (s ^ h[p + j]) * 0x9e3779b97f4a7c15ULL + j;
      s = Mix64(s);
      out->push_back(s);
    }
    begin = i + 1;
  }
  std::sort(out->begin(), out->end());
  out->erase(std::unique(out->begin(), out->end()), out->end());
}

uint64_t SequenceHash(const MatchTokens& tokens) {
  uint64_t s = 0x2545f4914f6cdd1dULL;
  for (const MatchToken& t : tokens.tokens) s = (s ^ t.hash) * 0xff51afd7ed558ccdULL;
  s = Mix64(s ^ tokens.tokens.size());
  return s;
}

MinHasher::MinHasher(uint32_t num_bins, uint64_t seed)
    : bins_(num_bins), seed_(Mix64(seed ^ 0x6a09e667f3bcc909ULL)) {
  uint64_t state = seed_;
  for (uint32_t i = 0; i < bins_; ++i) {
    state = Mix64(state + 0x9e3779b97f4a7c15ULL);
    start_.push_back(static_cast<uint32_t>(state % bins_));
    uint32_t step = bins_ > 1 ? 1 + static_cast<uint32_t>((state >> 32) % (bins_ - 1)) : 1;
    while (std::gcd(step, bins_) != 1) step = step % (bins_ - 1) + 1;
    step_.push_back(step);
  }
}

void MinHasher::Sign(const std::vector<uint64_t>& shingles, uint32_t* sig) const {
  constexpr uint32_t kEmpty = UINT32_MAX;
  const uint32_t n = bins_;
  std::fill(sig, sig + n, kEmpty);
  if (shingles.empty()) return;
  for (const uint64_t x : shingles) {
    const uint64_t y = Mix64(x ^ seed_);
    const auto bin = static_cast<uint32_t>(((y >> 32) * n) >> 32);
    // kEmpty marks an empty bin, so a real value never takes it.
    const uint32_t v = std::min(static_cast<uint32_t>(y), kEmpty - 1);
    if (v < sig[bin]) sig[bin] = v;
  }
  // Optimal densification: each empty bin copies the first filled bin of its probe sequence.
  std::vector<uint8_t> filled(n);
  for (uint32_t k = 0; k < n; ++k) filled[k] = sig[k] != kEmpty;
  for (uint32_t k = 0; k < n; ++k) {
    if (filled[k]) continue;
    uint32_t j = start_[k];
    while (!filled[j]) {
      j += step_[k];
      if (j >= n) j -= n;
    }
    sig[k] = sig[j];
  }
}

double EstimateJaccard(const uint32_t* a, const uint32_t* b, uint32_t n) {
  uint32_t equal = 0;
  for (uint32_t i = 0; i < n; ++i) equal += a[i] == b[i];
  return n == 0 ? 0.0 : static_cast<double>(equal) / n;
}

double ContainmentFromJaccard(double jaccard, uint32_t size_a, uint32_t size_b) {
  const uint32_t smaller = std::min(size_a, size_b);
  if (smaller == 0) return 0;
  const double inter = jaccard * (static_cast<double>(size_a) + size_b) / (1.0 + jaccard);
  return std::min(1.0, inter / smaller);
}

}  // namespace precis::dedup
