// Differential tests: the fast similarity matrix against a naive pairwise cosine, and
// PageRank against closed-form answers.
#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "summarize/analysis.h"
#include "summarize/scorers.h"
#include "summarize/select.h"

namespace precis::summarize {
namespace {

ClusterAnalysis RandomAnalysis(uint32_t seed, size_t n, size_t vocab) {
  std::mt19937 rng(seed);
  ClusterAnalysis a;
  a.vocab.resize(vocab);
  a.idf.assign(vocab, 1.0f);
  a.article_sentences = {static_cast<uint32_t>(n)};
  a.chronological = {0};
  for (size_t i = 0; i < n; ++i) {
    AnalyzedSentence s;
    s.position = static_cast<uint32_t>(i);
    s.vec_begin = static_cast<uint32_t>(a.vectors.size());
    s.tokens = 5;
    double norm2 = 0;
    for (uint32_t t = 0; t < vocab; ++t) {
      if (rng() % 4 == 0) {
        const float w = 0.5f + static_cast<float>(rng() % 100) / 50.0f;
        a.vectors.push_back({t, w});
        a.counts.push_back(1);
        norm2 += w * w;
      }
    }
    s.vec_end = static_cast<uint32_t>(a.vectors.size());
    s.norm = static_cast<float>(std::sqrt(norm2));
    s.eligible = true;
    a.sentences.push_back(s);
  }
  return a;
}

TEST(CosineMatrix, MatchesNaivePairwiseCosine) {
  for (uint32_t seed = 1; seed <= 5; ++seed) {
    const ClusterAnalysis a = RandomAnalysis(seed, 40, 30);
    const std::vector<float> m = CosineMatrix(a);
    for (size_t i = 0; i < a.size(); ++i) {
      EXPECT_EQ(m[i * a.size() + i], 0.0f);
      for (size_t j = 0; j < a.size(); ++j) {
        if (i != j) EXPECT_NEAR(m[i * a.size() + j], Cosine(a, i, j), 1e-5) << i << "," << j;
      }
    }
  }
}

TEST(PageRank, SymmetricCompleteGraphIsUniform) {
  const size_t n = 5;
  std::vector<float> w(n * n, 1.0f);
  for (size_t i = 0; i < n; ++i) w[i * n + i] = 0;
  const std::vector<double> p = PageRank(w, n, 0.85, {});
  for (double x : p) EXPECT_NEAR(x, 0.2, 1e-6);
}

TEST(PageRank, StarCenterWinsAndMassIsConserved) {
  // Node 0 linked to 1..4 both ways; 1..4 not linked to each other.
  const size_t n = 5;
  std::vector<float> w(n * n, 0.0f);
  for (size_t i = 1; i < n; ++i) w[i] = w[i * n] = 1.0f;
  const std::vector<double> p = PageRank(w, n, 0.85, {});
  double total = 0;
  for (double x : p) total += x;
  EXPECT_NEAR(total, 1.0, 1e-6);
  // Closed form: c = (1-d)/n + d * sum(leaf)/1 ... leaves equal l: c + 4l = 1, l = (1-d)/n + d*c/4.
  const double d = 0.85;
  const double l = p[1];
  EXPECT_NEAR(p[0] + 4 * l, 1.0, 1e-6);
  EXPECT_NEAR(l, (1 - d) / n + d * p[0] / 4, 1e-6);
  EXPECT_GT(p[0], l);
}

TEST(PageRank, DanglingNodesDoNotLeakMass) {
  const size_t n = 3;
  std::vector<float> w(n * n, 0.0f);
  w[0 * n + 1] = 1.0f;  // 0 -> 1, 1 and 2 dangle
  const std::vector<double> p = PageRank(w, n, 0.85, {});
  EXPECT_NEAR(p[0] + p[1] + p[2], 1.0, 1e-6);
  EXPECT_GT(p[1], p[0]);
}

TEST(TruncateSpan, CutsAtWordsAndUtf8Boundaries) {
  const std::string text = "  Alpha beta  gamma delta";
  EXPECT_EQ(TruncateSpan(text, Span{2, 25}, BudgetUnit::kWords, 2).of(text), "Alpha beta");
  EXPECT_EQ(TruncateSpan(text, Span{2, 25}, BudgetUnit::kWords, 9).of(text), "Alpha beta  gamma delta");
  EXPECT_EQ(TruncateSpan(text, Span{2, 25}, BudgetUnit::kBytes, 6).of(text), "Alpha");
  const std::string utf = "caf\xC3\xA9 au lait";  // "café au lait"
  EXPECT_EQ(TruncateSpan(utf, Span{0, static_cast<uint32_t>(utf.size())}, BudgetUnit::kBytes, 4).of(utf), "caf");
  EXPECT_EQ(TruncateSpan(utf, Span{0, static_cast<uint32_t>(utf.size())}, BudgetUnit::kBytes, 5).of(utf), "caf\xC3\xA9");
}

TEST(RankByScore, TiesBreakByArticleThenPosition) {
  ClusterAnalysis a;
  for (uint32_t art = 0; art < 2; ++art) {
    for (uint32_t pos = 0; pos < 2; ++pos) {
      AnalyzedSentence s;
      s.article = 1 - art;
      s.position = 1 - pos;
      a.sentences.push_back(s);
    }
  }
  const std::vector<uint32_t> order = RankByScore(a, {1.0, 1.0, 1.0, 1.0});
  // Sentence 3 is article 0 position 0.
  EXPECT_EQ(order, (std::vector<uint32_t>{3, 2, 1, 0}));
}

}  // namespace
}  // namespace precis::summarize
