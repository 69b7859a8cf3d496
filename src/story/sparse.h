// Sparse term vectors: sorted (term, weight) arrays, as the design note asks.
#ifndef PRECIS_STORY_SPARSE_H_
#define PRECIS_STORY_SPARSE_H_

#include <cmath>
#include <cstdint>
#include <vector>

namespace precis::story {

struct TermWeight {
  uint32_t term;
  float weight;
};

// Sorted by term, no repeated term.
using SparseVector = std::vector<TermWeight>;

inline double Dot(const SparseVector& a, const SparseVector& b) {
  double sum = 0;
  auto i = a.begin(), j = b.begin();
  while (i != a.end() && j != b.end()) {
    if (i->term < j->term) {
      ++i;
    } else if (j->term < i->term) {
      ++j;
    } else {
      sum += static_cast<double>(i->weight) * j->weight;
      ++i;
      ++j;
    }
  }
  return sum;
}

inline double Norm(const SparseVector& v) {
  double sum = 0;
  for (const TermWeight& t : v) sum += static_cast<double>(t.weight) * t.weight;
  return std::sqrt(sum);
}

inline double Cosine(const SparseVector& a, const SparseVector& b) {
  const double na = Norm(a), nb = Norm(b);
  return na > 0 && nb > 0 ? Dot(a, b) / (na * nb) : 0.0;
}

// *sum += v (both sorted); `scratch` is reused.
void AddTo(const SparseVector& v, SparseVector* sum, SparseVector* scratch);

// The terms of the `k` largest weights of `v`, largest first (ties: lower term first).
// `scratch` is reused between calls.
void TopTerms(const SparseVector& v, size_t k, std::vector<uint32_t>* terms, SparseVector* scratch);

// Keeps the `k` largest weights of `v` (ties: lower term), still sorted by
// term.
void KeepStrongest(SparseVector* v, size_t k);

}  // namespace precis::story

#endif  // PRECIS_STORY_SPARSE_H_
