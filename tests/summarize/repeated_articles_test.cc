// RepeatedArticles (the ILP's near-duplicate articles) against a plain version of the same
// rule: every article's bigram set kept, each article tested against every one of the 256
// before it with the same anchor test and exact containment. The fast version keeps sets only
// for the window and tests only the articles an anchor index names; the groups must be equal.
#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>
#include <random>
#include <string>
#include <vector>

#include "summarize/analysis.h"
#include "summarize/concepts.h"

namespace precis::summarize {
namespace {

std::vector<uint32_t> PlainRepeatedArticles(const ClusterAnalysis& a, double containment) {
  const uint32_t n = static_cast<uint32_t>(a.article_sentences.size());
  std::vector<std::vector<uint64_t>> sets(n), anchors(n);
  auto mix = [](uint64_t k) {
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdULL;
    k ^= k >> 33;
    return k;
  };
  std::vector<uint32_t> words;
  for (uint32_t x = 0, i = 0; x < n; ++x) {
    for (uint32_t end = i + a.article_sentences[x]; i < end; ++i) {
      a.Words(i, &words);
      for (size_t k = 0; k + 1 < words.size(); ++k) {
        if ((words[k] & words[k + 1] & ClusterAnalysis::kStopWord) != 0) continue;
        sets[x].push_back((static_cast<uint64_t>(words[k]) << 32) | words[k + 1]);
      }
    }
    std::sort(sets[x].begin(), sets[x].end());
    sets[x].erase(std::unique(sets[x].begin(), sets[x].end()), sets[x].end());
    std::vector<uint64_t> by_mix = sets[x];
    std::sort(by_mix.begin(), by_mix.end(),
              [&](uint64_t p, uint64_t q) { return mix(p) < mix(q); });
    by_mix.resize(std::min<size_t>(8, by_mix.size()));
    anchors[x] = by_mix;
  }
  std::vector<uint32_t> root(n);
  std::iota(root.begin(), root.end(), 0u);
  auto find = [&](uint32_t x) {
    while (root[x] != x) x = root[x];
    return x;
  };
  for (uint32_t x = 1; x < n; ++x) {
    for (uint32_t y = x > 256 ? x - 256 : 0; y < x; ++y) {
      if (sets[x].empty() || sets[y].empty()) continue;
      const uint32_t small = sets[x].size() <= sets[y].size() ? x : y;
      const std::vector<uint64_t>& large = sets[small == x ? y : x];
      bool anchored = false;
      for (uint64_t key : anchors[small]) {
        anchored = anchored || std::binary_search(large.begin(), large.end(), key);
      }
      if (!anchored) continue;
      std::vector<uint64_t> shared;
      std::set_intersection(sets[x].begin(), sets[x].end(), sets[y].begin(), sets[y].end(),
                            std::back_inserter(shared));
      if (static_cast<double>(shared.size()) >= containment * sets[small].size()) {
        const uint32_t rx = find(x), ry = find(y);
        root[std::max(rx, ry)] = std::min(rx, ry);
      }
    }
  }
  for (uint32_t x = 0; x < n; ++x) root[x] = find(x);
  return root;
}

// Articles from a small vocabulary; some are copies or near copies (a word changed, a
// sentence added) of an article a few or several hundred places before, so that repeats
// fall inside and outside the 256-article window.
Cluster RandomCluster(uint32_t seed, size_t n) {
  static const char* const kWords[] = {
      "storm", "river", "council", "vote",   "the", "of",     "bank",   "rates", "rose",
      "fell",  "talks", "police",  "said",   "on",  "monday", "market", "city",  "mayor",
      "oil",   "price", "workers", "strike", "and", "in",     "flood",  "rain",  "court"};
  std::mt19937 rng(seed);
  auto sentence = [&] {
    std::string s;
    const int len = 4 + static_cast<int>(rng() % 9);
    for (int w = 0; w < len; ++w) s += std::string(w ? " " : "") + kWords[rng() % 27];
    return s + ". ";
  };
  Cluster c;
  for (size_t i = 0; i < n; ++i) {
    Article a;
    a.id = std::to_string(i);
    const uint32_t kind = rng() % 10;
    if (i > 0 && kind < 4) {
      const size_t back = 1 + (kind < 2 ? rng() % 40 : rng() % 400);
      a.text = c.articles[i - std::min(back, i)].text;
      if (kind == 1) a.text += sentence();
      if (kind == 3 && !a.text.empty()) a.text[a.text.size() / 2] = 'x';
    } else {
      const int sentences = 1 + static_cast<int>(rng() % 3);
      for (int s = 0; s < sentences; ++s) a.text += sentence();
    }
    if (rng() % 50 == 0) a.text = "!!";  // no bigram at all
    c.articles.push_back(a);
  }
  return c;
}

TEST(RepeatedArticles, SameGroupsAsTestingEveryPairInTheWindow) {
  size_t merged = 0;
  for (uint32_t seed = 1; seed <= 4; ++seed) {
    const Cluster c = RandomCluster(seed, 900);
    ClusterAnalysis a;
    ASSERT_TRUE(Analyze(c, SummarizeOptions(), nullptr, &a).ok());
    for (double containment : {0.9, 0.6, 1.0}) {
      const std::vector<uint32_t> fast = RepeatedArticles(a, containment);
      ASSERT_EQ(fast, PlainRepeatedArticles(a, containment)) << seed << " " << containment;
      for (uint32_t x = 0; x < fast.size(); ++x) merged += fast[x] != x;
    }
  }
  EXPECT_GT(merged, 500u);  // the clusters do hold repeats
}

}  // namespace
}  // namespace precis::summarize
