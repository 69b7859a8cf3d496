#include "story/sparse.h"

#include <algorithm>

namespace precis::story {
namespace {

// Strongest first; the term id breaks ties so the order is total (determinism).
bool Stronger(const TermWeight& a, const TermWeight& b) {
  return a.weight != b.weight ? a.weight > b.weight : a.term < b.term;
}

}  // namespace

void AddTo(const SparseVector& v, SparseVector* sum, SparseVector* scratch) {
  scratch->clear();
  scratch->reserve(v.size() + sum->size());
  auto i = v.cbegin();
  auto j = sum->cbegin();
  while (i != v.end() || j != sum->end()) {
    if (j == sum->cend() || (i != v.cend() && i->term < j->term)) {
      scratch->push_back(*i++);
    } else if (i == v.end() || j->term < i->term) {
      scratch->push_back(*j++);
    } else {
      scratch->push_back({i->term, i->weight + j->weight});
      ++i;
      ++j;
    }
  }
  sum->swap(*scratch);
}

void TopTerms(const SparseVector& v, size_t k, std::vector<uint32_t>* terms,
              SparseVector* scratch) {
  terms->clear();
  if (v.empty() || k == 0) return;
  scratch->assign(v.begin(), v.end());
  k = std::min(k, scratch->size());
  std::nth_element(scratch->begin(), scratch->begin() + (k - 1), scratch->end(), Stronger);
  std::sort(scratch->begin(), scratch->begin() + k, Stronger);
  for (size_t i = 0; i < k; ++i) terms->push_back((*scratch)[i].term);
}

void KeepStrongest(SparseVector* v, size_t k) {
  if (v->size() <= k) return;
  std::nth_element(v->begin(), v->begin() + k, v->end(), Stronger);
  v->resize(k);
  std::sort(v->begin(), v->end(),
            [](const TermWeight& a, const TermWeight& b) { return a.term < b.term; });
}

}  // namespace precis::story
