// ExternalSorter must give what std::sort gives, whether everything fits in
// one run or the records spill to many runs merged through small buffers.
#include "ingest/external_sort.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <tuple>
#include <vector>

namespace precis::ingest {
namespace {

struct Key {
  int64_t time;
  uint64_t seq;
  uint32_t payload;
  bool operator<(const Key& o) const { return std::tie(time, seq) < std::tie(o.time, o.seq); }
};

std::vector<Key> Sorted(const std::vector<Key>& keys, size_t run, size_t merge_bytes,
                        size_t* runs) {
  ExternalSorter<Key> sorter(run, merge_bytes);
  for (const Key& k : keys) EXPECT_TRUE(sorter.Add(k).ok());
  EXPECT_EQ(sorter.size(), keys.size());
  *runs = sorter.runs();
  std::vector<Key> out;
  EXPECT_TRUE(sorter
                  .Merge([&](const Key& k) {
                    out.push_back(k);
                    return Status::Ok();
                  })
                  .ok());
  return out;
}

TEST(ExternalSorter, AgreesWithStdSortInOneRunAndInMany) {
  std::mt19937 rng(5);
  for (const size_t n : {0, 1, 7, 1000, 25000}) {
    std::vector<Key> keys;
    for (size_t i = 0; i < n; ++i) {
      // Few distinct times, so the sequence number decides many pairs.
      keys.push_back({static_cast<int64_t>(rng() % 50) - 25, i, static_cast<uint32_t>(rng())});
    }
    std::vector<Key> want = keys;
    std::sort(want.begin(), want.end());
    for (const size_t run : {size_t{1} << 16, size_t{1000}, size_t{3}}) {
      size_t runs = 0;
      // A merge budget of 0 bytes: each run still reads 64 records at a time.
      const std::vector<Key> got = Sorted(keys, run, 0, &runs);
      ASSERT_EQ(got.size(), want.size());
      for (size_t i = 0; i < got.size(); ++i) {
        ASSERT_EQ(got[i].seq, want[i].seq) << "n " << n << " run " << run << " at " << i;
        ASSERT_EQ(got[i].payload, want[i].payload);
      }
      EXPECT_EQ(runs, n / run) << n << " " << run;  // the runs spilled while adding
    }
  }
}

TEST(ExternalSorter, AnErrorFromTheCallbackStopsTheMerge) {
  ExternalSorter<uint64_t> sorter(4);
  for (uint64_t v = 0; v < 20; ++v) ASSERT_TRUE(sorter.Add(19 - v).ok());
  size_t seen = 0;
  const Status s = sorter.Merge([&](uint64_t v) {
    ++seen;
    return v == 5 ? Status::DataError("stop") : Status::Ok();
  });
  EXPECT_EQ(s.code(), Status::Code::kDataError);
  EXPECT_EQ(seen, 6u);
}

}  // namespace
}  // namespace precis::ingest
