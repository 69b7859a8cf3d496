// Bigram concepts (Gillick and Favre 2009): pairs of adjacent stemmed words, not both
// stopwords, found in at least min_df articles. The paper weights a concept by its document
// frequency df; precis uses df^2 plus a bonus for lead sentences (see concepts.cc).
#ifndef PRECIS_SUMMARIZE_CONCEPTS_H_
#define PRECIS_SUMMARIZE_CONCEPTS_H_

#include <cstdint>
#include <vector>

#include "summarize/analysis.h"

namespace precis::summarize {

struct Concepts {
  std::vector<double> weight;     // concept -> weight
  std::vector<uint32_t> first;    // concept -> its first word (ClusterAnalysis::words value)
  std::vector<uint32_t> second;   // concept -> its second word
  std::vector<uint32_t> offsets;  // sentence i's concepts are ids[offsets[i], offsets[i+1])
  std::vector<uint32_t> ids;      // sorted, unique within a sentence
  size_t size() const { return weight.size(); }
};

// Concepts found in at least `min_df` articles (0: chosen from the cluster size: 3 for ten
// or more articles as in the paper, fewer for small clusters).
Concepts BigramConcepts(const ClusterAnalysis& a, uint32_t min_df = 0);

// Query focus: multiplies the weight of every concept by 1 + kQueryBoost per word of it that
// is a query term. No-op without a query.
void BoostQueryConcepts(const ClusterAnalysis& a, Concepts* c);

}  // namespace precis::summarize

#endif  // PRECIS_SUMMARIZE_CONCEPTS_H_
