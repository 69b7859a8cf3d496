#include "summarize/concept_features.h"

#include <algorithm>
#include <cmath>

namespace precis::summarize {
namespace {

// Per concept, over the article sentences.
struct Tally {
  uint32_t df = 0, lead_df = 0, lead3_df = 0;  // article groups
  uint32_t last = UINT32_MAX, last_lead = UINT32_MAX, last_lead3 = UINT32_MAX;
  uint32_t sentences = 0;
  uint32_t first_position = UINT32_MAX;
  double words = 0;  // sum over the sentences holding it
};

constexpr size_t kFeatures = kConceptFeatureCount;

}  // namespace

std::vector<double> ConceptFeatures(const ClusterAnalysis& a, const Concepts& c,
                                    const GenericWeights& w) {
  const std::vector<uint32_t> group = RepeatedArticles(a, w.repeat_containment);
  uint32_t n_groups = 0;
  for (uint32_t x = 0; x < group.size(); ++x) n_groups += group[x] == x;
  std::vector<Tally> t(c.size());
  for (size_t i = 0; i < a.ground(); ++i) {
    const AnalyzedSentence& s = a.sentences[i];
    const uint32_t g = group[s.article];
    c.ForEach(i, [&](uint32_t id) {
      Tally& x = t[id];
      if (x.last != g) x.last = g, ++x.df;
      if (s.position == 0 && x.last_lead != g) x.last_lead = g, ++x.lead_df;
      if (s.position < 3 && x.last_lead3 != g) x.last_lead3 = g, ++x.lead3_df;
      ++x.sentences;
      x.first_position = std::min(x.first_position, s.position);
      x.words += s.words;
    });
  }
  double top = 0;
  for (double v : c.weight) top = std::max(top, v);
  const double groups = std::max<uint32_t>(1, n_groups);
  auto idf = [&](uint32_t word) -> double {
    const uint32_t id = word & ~ClusterAnalysis::kStopWord;
    return id < a.idf.size() ? a.idf[id] : 0.0;
  };
  std::vector<double> out(c.size() * kFeatures, 0.0);
  for (size_t k = 0; k < c.size(); ++k) {
    const Tally& x = t[k];
    double* f = &out[k * kFeatures];
    const bool unigram = c.second[k] == Concepts::kUnigram;
    const bool stop1 = (c.first[k] & ClusterAnalysis::kStopWord) != 0;
    const bool stop2 = !unigram && (c.second[k] & ClusterAnalysis::kStopWord) != 0;
    const double share = x.df / groups;
    double idf_sum = 0;
    int content = 0;
    if (!stop1) idf_sum += idf(c.first[k]), ++content;
    if (!unigram && !stop2) idf_sum += idf(c.second[k]), ++content;
    f[0] = 1;                                                      // bias
    f[1] = share;                                                  // df_share
    f[2] = share * share;                                          // df_share2
    f[3] = x.lead_df / groups;                                     // lead_share
    f[4] = x.lead3_df / groups;                                    // lead3_share
    f[5] = std::log1p(x.sentences);                                // log_tf
    f[6] = x.sentences == 0 ? 0 : 1.0 / (1.0 + x.first_position);  // first_position
    f[7] = content > 0 ? idf_sum / content : 0;                    // idf
    f[8] = stop1 || stop2 ? 1 : 0;                                 // stopword
    f[9] = QueryHit(a, c.first[k]) + QueryHit(a, c.second[k]);     // query
    f[10] = x.sentences == 0 ? 0 : x.words / x.sentences / 25.0;   // sentence_words
    f[11] = top > 0 ? c.weight[k] / top : 0;                       // base
  }
  return out;
}

void ApplyConceptModel(const ClusterAnalysis& a, const ConceptModel& model, const GenericWeights& w,
                       Concepts* c) {
  if (!model.AppliesTo(!a.query.empty()) || c->size() == 0) return;
  const std::vector<double> f = ConceptFeatures(a, *c, w);
  for (size_t k = 0; k < c->size(); ++k) {
    const std::vector<double>& m =
        c->second[k] == Concepts::kUnigram ? model.unigram : model.bigram;
    double v = 0;
    for (size_t j = 0; j < kFeatures && j < m.size(); ++j) v += m[j] * f[k * kFeatures + j];
    v = std::max(0.0, v);
    c->weight[k] = model.power == 1.0 ? v : std::pow(v, model.power);
  }
}

}  // namespace precis::summarize
