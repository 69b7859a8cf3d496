// Concepts for the coverage ILP (Gillick and Favre 2009): pairs of adjacent stemmed words,
// not both stopwords, plus single content words, each found in at least min_df articles.
// The paper weights a bigram by its document frequency df; precis uses df^2 plus a bonus for
// lead sentences, counts near-duplicate articles once, and adds unigram concepts at a
// fraction of that weight: GenericWeights (precis/weights.h; docs/quality.md has the figures).
#ifndef PRECIS_SUMMARIZE_CONCEPTS_H_
#define PRECIS_SUMMARIZE_CONCEPTS_H_

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "precis/weights.h"
#include "summarize/analysis.h"
#include "summarize/varint_array.h"

namespace precis::summarize {

struct Concepts {
  static constexpr uint32_t kNone = UINT32_MAX;
  // `second` of a unigram concept.
  static constexpr uint32_t kUnigram = UINT32_MAX;

  std::vector<double> weight;    // concept -> weight
  std::vector<uint32_t> first;   // concept -> its first word (ClusterAnalysis::Words value)
  std::vector<uint32_t> second;  // concept -> its second word, or kUnigram
  // Sentence i's concepts, ascending and unique: the bytes [offsets[i], offsets[i + 1]) of
  // `ids`, each id stored as its difference from the one before (the first as itself), so
  // that most take one or two bytes. Read them with ForEach or Of.
  std::vector<uint32_t> offsets;
  VarintArray ids;
  size_t size() const { return weight.size(); }
  // Calls fn(id) for each concept of sentence i, ascending.
  template <typename Fn>
  void ForEach(size_t i, Fn&& fn) const {
    uint32_t id = 0;
    ids.ForEach(offsets[i], offsets[i + 1], [&](uint32_t delta) {
      id += delta;
      fn(id);
    });
  }
  // Sentence i's concepts, ascending.
  std::vector<uint32_t> Of(size_t i) const {
    std::vector<uint32_t> out;
    ForEach(i, [&](uint32_t id) { out.push_back(id); });
    return out;
  }
  bool Empty(size_t i) const { return offsets[i] == offsets[i + 1]; }
};

// Concept ids by their words, (first << 32) | second: what PrefixGain looks a sentence's
// words up in. Built on demand (only a cut last sentence needs it), so that the concepts
// keep nothing per word of the cluster.
using ConceptIndex = std::unordered_map<uint64_t, uint32_t>;
ConceptIndex IndexConcepts(const Concepts& c);

// Concepts found in at least `min_df` articles (0: chosen from the number of article groups,
// repeats counted once: 3 for six or more as in the paper, fewer for small clusters), weighted
// by `w`. Articles whose bigrams are nearly all (w.repeat_containment) inside another
// article's count as one article.
Concepts BuildConcepts(const ClusterAnalysis& a, const GenericWeights& w = {},
                       uint32_t min_df = 0);

// For each article, the lowest-numbered article it repeats (itself when none): article y
// repeats x when at least `containment` of the smaller one's bigrams are in the other's.
// Compares each article with the 256 before it, so the cost stays linear in the cluster size.
std::vector<uint32_t> RepeatedArticles(const ClusterAnalysis& a, double containment);

// Weight of the concepts not yet `covered` that the first `words` words of sentence i hold
// (the words are mapped onto the sentence's word sequence in proportion). `index` is
// IndexConcepts(c).
double PrefixGain(const ClusterAnalysis& a, const Concepts& c, const ConceptIndex& index,
                  uint32_t i, size_t words, const std::vector<bool>& covered);

// 1 when `word` (a Words value or Concepts::kUnigram) is a content word of the query, its
// share (ClusterAnalysis::query_added) when the feedback added it, else 0.
double QueryHit(const ClusterAnalysis& a, uint32_t word);

// Query focus: multiplies the weight of every concept by 1 + w.concept_boost * query_weight
// per word of it that is a query term (a feedback term counts its share). No-op without a
// query.
void BoostQueryConcepts(const ClusterAnalysis& a, const QueryWeights& w, Concepts* c);

}  // namespace precis::summarize

#endif  // PRECIS_SUMMARIZE_CONCEPTS_H_
