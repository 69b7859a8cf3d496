// Differential tests of the joint selectors against obviously right references: brute force
// over all subsets for the ILP, a direct KL divergence for KL-Sum.
#include <gtest/gtest.h>

#include <cmath>

#include "summarize/analysis.h"
#include "summarize/concepts.h"
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
    for (uint32_t k = c.offsets[s]; k < c.offsets[s + 1]; ++k) {
      if (!covered[c.ids[k]]) v += c.weight[c.ids[k]];
      covered[c.ids[k]] = true;
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
    const Concepts c = BigramConcepts(a);
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
  for (const TermWeight& w : a.tf) {
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
    for (const TermWeight* w = a.tf_begin(i); w != a.tf_end(i); ++w) counts[w->term] += w->weight;
    EXPECT_NEAR(scores[i], empty - kl(counts), 1e-9) << i;
  }
}

TEST(BigramConcepts, CountsArticlesNotOccurrences) {
  Cluster c;
  c.articles.push_back({"1", "", "", "", "", "Red apples fell. Red apples fell again today."});
  c.articles.push_back({"2", "", "", "", "", "Red apples are sweet."});
  c.articles.push_back({"3", "", "", "", "", "Pears grew well. Green pears are sweet."});
  ClusterAnalysis a;
  ASSERT_TRUE(Analyze(c, SummarizeOptions(), nullptr, &a).ok());
  const Concepts k = BigramConcepts(a, 2);
  // "red appl": articles 1 (twice) and 2, both in the lead: df 2, lead df 2.
  // "are sweet" (a stopword and a content word: kept): articles 2 (lead) and 3 (not lead):
  // df 2, lead df 1. "appl fell" is only in article 1: dropped.
  // Weight = df^2 + 4 * lead df.
  ASSERT_EQ(k.size(), 2u);
  EXPECT_DOUBLE_EQ(k.weight[0], 2.0 * 2.0 + 4.0 * 2);
  EXPECT_DOUBLE_EQ(k.weight[1], 2.0 * 2.0 + 4.0 * 1);
}

}  // namespace
}  // namespace precis::summarize
