// story::MergeClosestPairs (the heap with lazy invalidation behind Flush's merge passes) against
// the search it replaced: after every merge, score every candidate pair again and merge the best
// (highest score; ties: the lower pair of ids).
#include "story/pair_merge.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <random>
#include <utility>
#include <vector>

namespace precis::story {
namespace {

// Items are small count vectors; a merge adds the absorbed item into the survivor (the lower
// id). Small integer counts make ties in the score common, which is what the tie-break is for.
struct CountItems {
  std::vector<std::vector<int>> sums;  // per slot; empty when not alive
  std::vector<int> sizes;
  std::vector<uint64_t> ids;
  bool average = true;
  std::vector<std::pair<uint64_t, uint64_t>> merged;  // (survivor id, absorbed id) in order

  size_t slots() const { return sums.size(); }
  bool alive(uint32_t i) const { return !sums[i].empty(); }
  uint64_t id(uint32_t i) const { return ids[i]; }
  // Candidates share a feature (like stories sharing an index term).
  bool Candidates(uint32_t i, uint32_t j) const {
    for (size_t f = 0; f < sums[i].size(); ++f) {
      if (sums[i][f] > 0 && sums[j][f] > 0) return true;
    }
    return false;
  }
  template <typename Visit>
  void candidates(uint32_t i, Visit visit) const {
    for (uint32_t j = 0; j < slots(); ++j) {
      if (j != i && alive(j) && Candidates(i, j)) visit(j);
    }
  }
  double score(uint32_t i, uint32_t j) const {
    double dot = 0, ni = 0, nj = 0;
    for (size_t f = 0; f < sums[i].size(); ++f) {
      dot += sums[i][f] * sums[j][f];
      ni += sums[i][f] * sums[i][f];
      nj += sums[j][f] * sums[j][f];
    }
    return average ? dot / (static_cast<double>(sizes[i]) * sizes[j])
                   : dot / (std::sqrt(ni) * std::sqrt(nj));
  }
  uint32_t merge(uint32_t i, uint32_t j) {
    if (ids[j] < ids[i]) std::swap(i, j);
    for (size_t f = 0; f < sums[i].size(); ++f) sums[i][f] += sums[j][f];
    sizes[i] += sizes[j];
    sums[j].clear();
    merged.emplace_back(ids[i], ids[j]);
    return i;
  }
};

size_t NaiveMergeClosestPairs(CountItems& items, double threshold) {
  size_t merges = 0;
  while (true) {
    std::optional<std::pair<uint32_t, uint32_t>> best;
    double best_score = 0;
    std::pair<uint64_t, uint64_t> best_ids;
    for (uint32_t i = 0; i < items.slots(); ++i) {
      if (!items.alive(i)) continue;
      for (uint32_t j = 0; j < items.slots(); ++j) {
        if (!items.alive(j) || items.id(j) <= items.id(i) || !items.Candidates(i, j)) continue;
        const double score = items.score(i, j);
        if (score < threshold) continue;
        const std::pair<uint64_t, uint64_t> ids(items.id(i), items.id(j));
        if (!best || score > best_score || (score == best_score && ids < best_ids)) {
          best = std::make_pair(i, j);
          best_score = score;
          best_ids = ids;
        }
      }
    }
    if (!best) return merges;
    items.merge(best->first, best->second);
    ++merges;
  }
}

CountItems RandomItems(std::mt19937* rng, size_t n, size_t features, int max_count) {
  CountItems items;
  std::uniform_int_distribution<int> count(0, max_count);
  std::vector<uint64_t> ids(n);
  for (size_t i = 0; i < n; ++i) ids[i] = 3 * i + 1;
  std::shuffle(ids.begin(), ids.end(), *rng);  // slot order is not id order
  for (size_t i = 0; i < n; ++i) {
    std::vector<int> v(features, 0);
    while (std::all_of(v.begin(), v.end(), [](int c) { return c == 0; })) {
      for (int& c : v) c = count(*rng) > max_count / 2 ? count(*rng) : 0;
    }
    items.sums.push_back(v);
    items.sizes.push_back(1);
    items.ids.push_back(ids[i]);
  }
  // A few free slots, as a clusterer has after stories closed.
  for (size_t i = 0; i < n / 10; ++i) {
    const size_t at = std::uniform_int_distribution<size_t>(0, items.slots())(*rng);
    items.sums.insert(items.sums.begin() + static_cast<std::ptrdiff_t>(at), std::vector<int>{});
    items.sizes.insert(items.sizes.begin() + static_cast<std::ptrdiff_t>(at), 0);
    items.ids.insert(items.ids.begin() + static_cast<std::ptrdiff_t>(at), 0);
  }
  return items;
}

TEST(MergeClosestPairs, MergesWhatTheNaiveSearchMergesInTheSameOrder) {
  std::mt19937 rng(14);
  size_t total_merges = 0, runs_with_merges = 0;
  for (int run = 0; run < 300; ++run) {
    const size_t n = 2 + static_cast<size_t>(run % 60);
    CountItems items = RandomItems(&rng, n, 3 + run % 7, 1 + run % 4);
    items.average = run % 2 == 0;
    const double threshold = items.average ? 0.2 + 0.1 * (run % 13) : 0.3 + 0.05 * (run % 13);
    CountItems naive = items;
    const size_t merges = MergeClosestPairs(items, threshold);
    const size_t naive_merges = NaiveMergeClosestPairs(naive, threshold);
    ASSERT_EQ(merges, naive_merges) << "run " << run;
    ASSERT_EQ(items.merged, naive.merged) << "run " << run;
    ASSERT_EQ(items.sums, naive.sums) << "run " << run;
    total_merges += merges;
    runs_with_merges += merges > 0;
  }
  // The instances are not trivial: most runs merge, some many times.
  EXPECT_GT(runs_with_merges, 200u);
  EXPECT_GT(total_merges, 2000u);
}

TEST(MergeClosestPairs, TiesGoToTheLowerPairOfIds) {
  // Four identical items: every pair has mean pair score 2, before and after merges, so the ids
  // decide: (5, 7) first, then (5, 9) before (9, 11), then (5, 11).
  CountItems items;
  items.sums = {{1, 1}, {1, 1}, {1, 1}, {1, 1}};
  items.sizes = {1, 1, 1, 1};
  items.ids = {11, 7, 9, 5};
  items.average = true;
  EXPECT_EQ(MergeClosestPairs(items, 2.0), 3u);
  const std::vector<std::pair<uint64_t, uint64_t>> expected = {{5, 7}, {5, 9}, {5, 11}};
  EXPECT_EQ(items.merged, expected);
}

TEST(MergeClosestPairs, NothingBelowTheThresholdAndNoCandidatesNoMerge) {
  CountItems items;
  items.sums = {{1, 0}, {0, 1}, {1, 0}};
  items.sizes = {1, 1, 1};
  items.ids = {1, 2, 3};
  items.average = false;
  EXPECT_EQ(MergeClosestPairs(items, 1.5), 0u);  // cosine never reaches 1.5
  EXPECT_EQ(MergeClosestPairs(items, 0.5), 1u);  // 1 and 3; 2 shares no feature
  const std::vector<std::pair<uint64_t, uint64_t>> expected = {{1, 3}};
  EXPECT_EQ(items.merged, expected);
}

}  // namespace
}  // namespace precis::story
