// ROUGE-L's LCS marks from the checkpointed bit-parallel table against the textbook full table with
// the script's backtracking (rouge_naive.h), on random token sequences long enough to need several
// 64-bit words and several checkpoint blocks.
#include "eval/rouge_lcs.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "eval/rouge_naive.h"

namespace precis::rouge {
namespace {

TEST(RougeLcsTest, CheckpointedMarksMatchTheFullTable) {
  std::mt19937 rng(11);
  RougeLcs lcs;
  for (int trial = 0; trial < 300; ++trial) {
    const uint32_t vocab = 2 + rng() % 12;
    const size_t r_len = trial % 3 == 0 ? 1 + rng() % 64 : 65 + rng() % 300;
    const size_t c_len = rng() % 900;
    std::vector<uint32_t> r(r_len), c(c_len);
    for (uint32_t& t : r) t = rng() % vocab;
    for (uint32_t& t : c) t = rng() % vocab;
    std::vector<std::string> rs, cs;
    for (uint32_t t : r) rs.push_back(std::to_string(t));
    for (uint32_t t : c) cs.push_back(std::to_string(t));
    std::vector<uint8_t> mask;
    lcs.MarkForTest(r, c, 0.0, vocab, &mask);
    const std::vector<int> want = rouge_naive::UnionMask(rs, {cs}, 0.0);
    ASSERT_EQ(mask.size(), want.size());
    for (size_t i = 0; i < mask.size(); ++i) {
      ASSERT_EQ(mask[i], want[i]) << "trial " << trial << " position " << i;
    }
  }
}

}  // namespace
}  // namespace precis::rouge
