// Differential tests of the joint selectors against obviously right references: brute force
// over all subsets for the ILP, a direct KL divergence for KL-Sum.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "summarize/analysis.h"
#include "summarize/concepts.h"
#include "summarize/scorers.h"
#include "summarize/selectors.h"

namespace precis::summarize {
namespace {

Cluster ElectionCluster() {
  Cluster c;
  c.id = "vote";
  const char* texts[] = {
      "The national election commission announced the final results on Sunday evening. "
      "Turnout reached a record level in the northern provinces this year. "
      "The ruling party lost its majority in parliament for the first time.",
      "The ruling party lost its majority in parliament after the final results came in. "
      "Opposition leaders called the election commission result a turning point. "
      "Markets fell sharply on Monday as investors weighed a coalition government.",
      "A coalition government now looks likely after the ruling party lost its majority. "
      "The election commission said turnout reached a record level in the north. "
      "Talks between the opposition leaders will begin on Wednesday in the capital.",
      "Investors weighed the chances of a coalition government as markets fell sharply. "
      "The final results gave no party a majority in parliament. "
      "Opposition leaders said talks will begin on Wednesday.",
  };
  int i = 0;
  for (const char* t : texts) c.articles.push_back({"d" + std::to_string(++i), "", "", "", "", t});
  return c;
}

double Coverage(const Concepts& c, const std::vector<uint32_t>& chosen) {
  std::vector<bool> covered(c.size(), false);
  double v = 0;
  for (uint32_t s : chosen) {
    for (uint32_t id : c.Of(s)) {
      if (!covered[id]) v += c.weight[id];
      covered[id] = true;
    }
  }
  return v;
}

TEST(Ilp, MatchesBruteForceOptimum) {
  const Cluster cluster = ElectionCluster();
  for (size_t limit : {15u, 25u, 40u}) {
    SummarizeOptions o;
    o.budget.limit = limit;
    ClusterAnalysis a;
    ASSERT_TRUE(Analyze(cluster, o, nullptr, &a).ok());
    const Concepts c = BuildConcepts(a);
    ASSERT_GT(c.size(), 3u);
    std::vector<double> scores;
    const std::vector<Selected> got = SelectIlp(cluster, a, o, &scores);
    std::vector<uint32_t> got_ids;
    size_t cost = 0;
    for (const Selected& s : got) {
      got_ids.push_back(s.sentence);
      cost += a.sentences[s.sentence].words;
    }
    EXPECT_LE(cost, limit);

    std::vector<uint32_t> cand;
    for (uint32_t i = 0; i < a.size(); ++i) {
      if (a.sentences[i].eligible) cand.push_back(i);
    }
    ASSERT_LE(cand.size(), 20u);
    double best = 0;
    for (uint32_t mask = 0; mask < (1u << cand.size()); ++mask) {
      std::vector<uint32_t> subset;
      size_t w = 0;
      for (size_t k = 0; k < cand.size(); ++k) {
        if (mask & (1u << k)) {
          subset.push_back(cand[k]);
          w += a.sentences[cand[k]].words;
        }
      }
      if (w <= limit) best = std::max(best, Coverage(c, subset));
    }
    EXPECT_DOUBLE_EQ(Coverage(c, got_ids), best) << "limit " << limit;
  }
}

TEST(KlSum, GainMatchesDirectDivergence) {
  const Cluster cluster = ElectionCluster();
  SummarizeOptions o;
  ClusterAnalysis a;
  ASSERT_TRUE(Analyze(cluster, o, nullptr, &a).ok());
  std::vector<double> scores;
  SelectKlSum(cluster, a, o, &scores);
  // Direct KL(P_D || P_S) for S = {i} with the same smoothing (delta 0.1 per term).
  std::vector<double> doc(a.vocab.size(), 0.0);
  double total = 0;
  for (size_t k = 0; k < a.vectors.size(); ++k) {
    const TermWeight w = a.tf_at(k);
    doc[w.term] += w.weight;
    total += w.weight;
  }
  size_t support = 0;
  for (double& d : doc) {
    d /= total;
    support += d > 0;
  }
  auto kl = [&](const std::vector<double>& counts) {
    double n = 0;
    for (double x : counts) n += x;
    const double denom = n + 0.1 * support;
    double d = 0;
    for (size_t t = 0; t < doc.size(); ++t) {
      if (doc[t] > 0) d += doc[t] * std::log(doc[t] / ((counts[t] + 0.1) / denom));
    }
    return d;
  };
  const double empty = kl(std::vector<double>(doc.size(), 0.0));
  for (uint32_t i = 0; i < a.size(); ++i) {
    std::vector<double> counts(doc.size(), 0.0);
    for (auto w = a.tf_begin(i); w != a.tf_end(i); ++w) counts[w->term] += w->weight;
    EXPECT_NEAR(scores[i], empty - kl(counts), 1e-9) << i;
  }
}

// Determinant by Gaussian elimination with partial pivoting: the obviously right reference.
double Determinant(std::vector<std::vector<double>> m) {
  const size_t n = m.size();
  double det = 1;
  for (size_t col = 0; col < n; ++col) {
    size_t pivot = col;
    for (size_t r = col + 1; r < n; ++r) {
      if (std::fabs(m[r][col]) > std::fabs(m[pivot][col])) pivot = r;
    }
    if (m[pivot][col] == 0) return 0;
    if (pivot != col) {
      std::swap(m[pivot], m[col]);
      det = -det;
    }
    det *= m[col][col];
    for (size_t r = col + 1; r < n; ++r) {
      const double f = m[r][col] / m[col][col];
      for (size_t k = col; k < n; ++k) m[r][k] -= f * m[col][k];
    }
  }
  return det;
}

TEST(Dpp, EachStepMaximizesTheDeterminantGainPerWord) {
  const Cluster cluster = ElectionCluster();
  SummarizeOptions o;
  o.budget.limit = 40;
  ClusterAnalysis a;
  ASSERT_TRUE(Analyze(cluster, o, nullptr, &a).ok());
  std::vector<double> scores;
  const std::vector<Selected> got = SelectDpp(cluster, a, o, &scores);
  ASSERT_GE(got.size(), 2u);
  // Quality as documented: (centroid score / best)^2; kernel L_ij = q_i cos(i, j) q_j.
  const std::vector<double> centroid = CentroidScores(a);
  const double top = *std::max_element(centroid.begin(), centroid.end());
  auto q = [&](uint32_t i) { return std::pow(centroid[i] / top, 2.0); };
  auto det_of = [&](const std::vector<uint32_t>& set) {
    std::vector<std::vector<double>> m(set.size(), std::vector<double>(set.size()));
    for (size_t x = 0; x < set.size(); ++x) {
      for (size_t y = 0; y < set.size(); ++y) {
        const double sim = x == y ? 1.0 : Cosine(a, set[x], set[y]);
        m[x][y] = q(set[x]) * sim * q(set[y]);
      }
    }
    return Determinant(m);
  };
  std::vector<uint32_t> chosen;
  size_t used = 0;
  for (const Selected& step : got) {
    const double base = det_of(chosen);
    double best = -1;
    for (uint32_t i = 0; i < a.size(); ++i) {
      if (!a.sentences[i].eligible || used + a.sentences[i].words > o.budget.limit) continue;
      if (std::find(chosen.begin(), chosen.end(), i) != chosen.end()) continue;
      std::vector<uint32_t> with = chosen;
      with.push_back(i);
      best = std::max(best, det_of(with) / base / a.sentences[i].words);
    }
    std::vector<uint32_t> with = chosen;
    with.push_back(step.sentence);
    EXPECT_NEAR(det_of(with) / base / a.sentences[step.sentence].words, best, 1e-9 + 1e-6 * best)
        << "step " << chosen.size();
    chosen.push_back(step.sentence);
    used += a.sentences[step.sentence].words;
  }
  EXPECT_LE(used, o.budget.limit);
}

// Looks a concept up by its words; returns its weight or -1.
double WeightOf(const ClusterAnalysis& a, const Concepts& k, const std::string& first,
                const std::string& second = "") {
  for (size_t i = 0; i < k.size(); ++i) {
    if (a.vocab[k.first[i] & ~ClusterAnalysis::kStopWord] != first) continue;
    if (second.empty() ? k.second[i] == Concepts::kUnigram
                       : k.second[i] != Concepts::kUnigram &&
                             a.vocab[k.second[i] & ~ClusterAnalysis::kStopWord] == second) {
      return k.weight[i];
    }
  }
  return -1;
}

TEST(Concepts, CountsArticlesNotOccurrences) {
  Cluster c;
  c.articles.push_back({"1", "", "", "", "", "Red apples fell. Red apples fell again today."});
  c.articles.push_back({"2", "", "", "", "", "Red apples are sweet."});
  c.articles.push_back({"3", "", "", "", "", "Pears grew well. Green pears are sweet."});
  ClusterAnalysis a;
  ASSERT_TRUE(Analyze(c, SummarizeOptions(), nullptr, &a).ok());
  const Concepts k = BuildConcepts(a, {}, 2);
  // Weight = df^2 + 16 * lead df; unigrams (content words) at 0.3 of that.
  // "red appl": articles 1 (twice) and 2, both in the lead: df 2, lead df 2.
  EXPECT_DOUBLE_EQ(WeightOf(a, k, "red", "appl"), 2.0 * 2.0 + 16.0 * 2);
  EXPECT_DOUBLE_EQ(WeightOf(a, k, "red"), 0.3 * (2.0 * 2.0 + 16.0 * 2));
  EXPECT_DOUBLE_EQ(WeightOf(a, k, "appl"), 0.3 * (2.0 * 2.0 + 16.0 * 2));
  // "sweet": articles 2 (lead) and 3 (not lead): df 2, lead df 1.
  EXPECT_DOUBLE_EQ(WeightOf(a, k, "sweet"), 0.3 * (2.0 * 2.0 + 16.0 * 1));
  // "appl fell" and "pear" are in one article only: below min_df.
  EXPECT_LT(WeightOf(a, k, "appl", "fell"), 0);
  EXPECT_LT(WeightOf(a, k, "pear"), 0);
  // "are sweet" (a stopword and a content word) is kept.
  EXPECT_DOUBLE_EQ(WeightOf(a, k, "are", "sweet"), 2.0 * 2.0 + 16.0 * 1);
  EXPECT_EQ(k.size(), 5u);
}

TEST(Concepts, RepeatedArticlesCountOnce) {
  Cluster c;
  const std::string wire = "Red apples fell in the orchard on Monday. Farmers counted the losses.";
  c.articles.push_back({"1", "", "", "", "", wire});
  c.articles.push_back({"2", "", "", "", "", "Red apples are sweet this autumn."});
  // A copy with one more sentence: all of the shorter one's bigrams are inside it.
  c.articles.push_back({"3", "", "", "", "", wire + " Prices rose at the market."});
  c.articles.push_back({"4", "", "", "", "", wire});
  ClusterAnalysis a;
  ASSERT_TRUE(Analyze(c, SummarizeOptions(), nullptr, &a).ok());
  EXPECT_EQ(RepeatedArticles(a, 0.9), (std::vector<uint32_t>{0, 1, 0, 0}));
  // Containment above 1 never holds: every article is its own.
  EXPECT_EQ(RepeatedArticles(a, 1.01), (std::vector<uint32_t>{0, 1, 2, 3}));
  const Concepts k = BuildConcepts(a, {}, 2);
  // Two article groups have "red appl" in their lead, not four articles.
  EXPECT_DOUBLE_EQ(WeightOf(a, k, "red", "appl"), 2.0 * 2.0 + 16.0 * 2);
  // "farmer count" is only in the one group of copies: below min_df 2.
  EXPECT_LT(WeightOf(a, k, "farmer", "count"), 0);
}

TEST(Concepts, PrefixGainCountsOnlyTheKeptWordsAndUncoveredConcepts) {
  Cluster c;
  const std::string s = "Storm floods hit coastal towns while rescue teams searched the hills.";
  c.articles.push_back({"1", "", "", "", "", s});
  c.articles.push_back({"2", "", "", "", "", s});
  ClusterAnalysis a;
  ASSERT_TRUE(Analyze(c, SummarizeOptions(), nullptr, &a).ok());
  // The two copies count as one article; min_df 1 keeps every concept.
  const Concepts k = BuildConcepts(a, {}, 1);
  const ConceptIndex index = IndexConcepts(k);
  std::vector<bool> covered(k.size(), false);
  double all = 0;
  for (uint32_t id : k.Of(0)) all += k.weight[id];
  EXPECT_DOUBLE_EQ(PrefixGain(a, k, index, 0, 100, covered), all);
  // "Storm floods": the unigrams storm and flood and the bigram "storm flood".
  const double two = WeightOf(a, k, "storm") + WeightOf(a, k, "flood") +
                     WeightOf(a, k, "storm", "flood");
  EXPECT_DOUBLE_EQ(PrefixGain(a, k, index, 0, 2, covered), two);
  for (uint32_t id : k.Of(0)) covered[id] = true;
  EXPECT_DOUBLE_EQ(PrefixGain(a, k, index, 0, 100, covered), 0.0);
  EXPECT_DOUBLE_EQ(PrefixGain(a, k, index, 0, 0, covered), 0.0);
}

}  // namespace
}  // namespace precis::summarize
