// The compact arrays the analysis and the ILP's concepts keep (ChunkedArray, TermCounts,
// VarintArray), each against a plain std::vector holding the same values.
#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <vector>

#include "summarize/analysis.h"
#include "summarize/chunked_array.h"
#include "summarize/term_counts.h"
#include "summarize/varint_array.h"

namespace precis::summarize {
namespace {

TEST(ChunkedArray, KeepsOrderAcrossChunksAndTakesAnExactVector) {
  // Chunks of 2, 4, then 8: the doubling chunks end at 6 elements.
  for (size_t n : {0u, 1u, 2u, 3u, 5u, 6u, 7u, 13u, 14u, 15u, 100u, 1000u}) {
    ChunkedArray<uint32_t, 8, 2> a;
    std::vector<uint32_t> plain;
    std::mt19937 rng(static_cast<uint32_t>(n));
    for (size_t i = 0; i < n; ++i) {
      const uint32_t v = rng();
      a.push_back(v);
      plain.push_back(v);
    }
    ASSERT_EQ(a.size(), n);
    for (size_t i = 0; i < n; ++i) ASSERT_EQ(a[i], plain[i]) << n << " " << i;
    const std::vector<uint32_t> taken = a.TakeVector();
    EXPECT_EQ(taken, plain);
    EXPECT_EQ(taken.capacity(), n);
    EXPECT_EQ(a.size(), 0u);
    a.push_back(5);  // usable again after TakeVector
    EXPECT_EQ(a.TakeVector(), std::vector<uint32_t>{5});
  }
  // The default sizes: doubling from 256 to 2^18, then fixed.
  ChunkedArray<uint32_t> big;
  const size_t n = (size_t{1} << 19) + 1000;
  for (size_t i = 0; i < n; ++i) big.push_back(static_cast<uint32_t>(i * 7));
  for (size_t i : {size_t{0}, size_t{255}, size_t{256}, size_t{767}, size_t{768},
                   (size_t{1} << 18) - 257, (size_t{1} << 18) - 256, (size_t{1} << 18), n - 1}) {
    ASSERT_EQ(big[i], static_cast<uint32_t>(i * 7)) << i;
  }
  const std::vector<uint32_t> all = big.TakeVector();
  for (size_t i = 0; i < n; ++i) ASSERT_EQ(all[i], static_cast<uint32_t>(i * 7)) << i;
}

TEST(ChunkedArray, AppendsARange) {
  ChunkedArray<uint8_t, 4, 4> a;
  const std::vector<uint8_t> v = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
  a.append(v.begin(), v.begin() + 3);
  a.append(v.begin() + 3, v.end());
  EXPECT_EQ(a.TakeVector(), v);
}

TEST(TermCounts, SmallAndLargeCountsReadBackExactly) {
  TermCounts counts;
  std::vector<uint32_t> plain;
  std::mt19937 rng(7);
  for (int i = 0; i < 5000; ++i) {
    // Mostly small, some at and around the one-byte limit, a few huge.
    const uint32_t kind = rng() % 10;
    const uint32_t v = kind < 7 ? rng() % 5 : kind < 9 ? 250 + rng() % 10 : rng();
    counts.push_back(v);
    plain.push_back(v);
  }
  counts.shrink_to_fit();
  ASSERT_EQ(counts.size(), plain.size());
  for (size_t k = 0; k < plain.size(); ++k) ASSERT_EQ(counts[k], plain[k]) << k;
  counts.clear();
  EXPECT_TRUE(counts.empty());
  counts.push_back(255);
  counts.push_back(254);
  EXPECT_EQ(counts[0], 255u);
  EXPECT_EQ(counts[1], 254u);
}

TEST(VarintArray, ListsDecodeToWhatWasWritten) {
  VarintArray a;
  std::vector<std::vector<uint32_t>> lists;
  std::vector<uint32_t> begin;
  std::mt19937 rng(11);
  const uint32_t edges[] = {0, 1, 127, 128, 16383, 16384, 2097151, 2097152, UINT32_MAX};
  for (int l = 0; l < 300; ++l) {
    begin.push_back(a.size());
    std::vector<uint32_t> list;
    const int n = static_cast<int>(rng() % 12);
    for (int i = 0; i < n; ++i) {
      const uint32_t v = rng() % 3 == 0 ? edges[rng() % 9] : rng() >> (rng() % 32);
      a.push_back(v);
      list.push_back(v);
    }
    lists.push_back(list);
  }
  begin.push_back(a.size());
  for (size_t l = 0; l < lists.size(); ++l) {
    std::vector<uint32_t> got;
    a.Decode(begin[l], begin[l + 1], &got);
    ASSERT_EQ(got, lists[l]) << l;
  }
  // Small values take one byte each.
  VarintArray small;
  for (uint32_t v = 0; v < 128; ++v) small.push_back(v);
  EXPECT_EQ(small.size(), 128u);
  small.push_back(128);
  EXPECT_EQ(small.size(), 130u);
}

TEST(VarintArray, CopiesRangesOfItselfAndOfOthers) {
  VarintArray a;
  for (uint32_t v : {3u, 300u, 70000u}) a.push_back(v);
  const uint32_t mid = a.size();
  for (uint32_t v : {1u, 2u}) a.push_back(v);
  const uint32_t end = a.size();
  a.AppendOwn(0, mid);  // a joint unit copying its sentences' words
  std::vector<uint32_t> got;
  a.Decode(end, a.size(), &got);
  EXPECT_EQ(got, (std::vector<uint32_t>{3, 300, 70000}));
  VarintArray b;
  b.push_back(9);
  b.Append(a, mid, end);
  got.clear();
  b.Decode(0, b.size(), &got);
  EXPECT_EQ(got, (std::vector<uint32_t>{9, 1, 2}));
}

TEST(VarintArray, PackedWordsKeepTheStopwordFlag) {
  for (uint32_t w : {0u, 1u, 5u, 1u << 20, (1u << 31) - 1}) {
    for (uint32_t flag : {0u, ClusterAnalysis::kStopWord}) {
      const uint32_t word = w | flag;
      EXPECT_EQ(ClusterAnalysis::UnpackWord(ClusterAnalysis::PackWord(word)), word);
    }
  }
  // A frequent stopword (small id) takes one byte.
  VarintArray a;
  a.push_back(ClusterAnalysis::PackWord(3 | ClusterAnalysis::kStopWord));
  EXPECT_EQ(a.size(), 1u);
}

}  // namespace
}  // namespace precis::summarize
