// Many exact copies of one text: found once as a group (not pairwise), and the
// group's earliest remaining copy takes over when earlier ones leave the
// window.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "precis/dedup.h"

namespace precis {
namespace {

const char kText[] =
    "Heavy rain pushed the Morrow River over its banks on Friday, flooding the "
    "town of "
    "Elmhurst and forcing hundreds of residents to leave their homes.";
const char kNear[] =
    "Heavy rain pushed the Morrow River over its banks on Friday, flooding the "
    "town of "
    "Elmhurst and forcing hundreds of residents to leave their houses.";

TEST(ExactCopies, ThousandsOfCopiesFormOneGroup) {
  std::vector<std::string> storage(3000, kText);
  storage[1500] = "A different story about a football match on Saturday afternoon in town.";
  std::vector<std::string_view> texts(storage.begin(), storage.end());
  std::vector<DuplicateGroup> groups;
  ASSERT_TRUE(FindDuplicates(texts, DedupOptions(), &groups).ok());
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_EQ(groups[0].representative, 0u);
  EXPECT_EQ(groups[0].members.size(), 2999u);
}

TEST(ExactCopies, RemovingTheHeadPromotesTheNextCopy) {
  NearDuplicateIndex index{DedupOptions()};
  EXPECT_FALSE(index.Add(10, kText).found);
  EXPECT_TRUE(index.Add(11, kText).exact);
  EXPECT_TRUE(index.Add(12, kText).exact);
  index.Remove(10);
  DuplicateMatch m = index.Find(kText);
  ASSERT_TRUE(m.found);
  EXPECT_EQ(m.matched, 11u);
  EXPECT_EQ(m.of, 10u);   // the representative recorded when the copy was added
  m = index.Find(kNear);  // a near copy finds the new head through the LSH bands
  ASSERT_TRUE(m.found);
  EXPECT_FALSE(m.exact);
  EXPECT_EQ(m.matched, 11u);
  index.Remove(12);  // the last copy: the head stays
  EXPECT_EQ(index.Find(kText).matched, 11u);
  index.Remove(11);
  EXPECT_FALSE(index.Find(kText).found);
  EXPECT_FALSE(index.Find(kNear).found);
  EXPECT_EQ(index.size(), 0u);
}

// Random adds and removes of a few texts, many copies each, against a list of
// what is in.
TEST(ExactCopies, AgreesWithANaiveListUnderRandomRemovals) {
  const std::vector<std::string> texts = {
      kText, kNear, "Officials said damage to homes and roads would take months to repair.",
      "The national weather office issued a flood warning for the whole "
      "valley."};
  NearDuplicateIndex index{DedupOptions()};
  std::vector<std::pair<uint64_t, size_t>> in;  // (key, text), in insertion order
  std::mt19937 rng(5);
  uint64_t next = 0;
  for (int step = 0; step < 3000; ++step) {
    if (in.empty() || rng() % 3 != 0) {
      const size_t t = rng() % texts.size();
      index.Add(next, texts[t]);
      in.push_back({next++, t});
    } else {
      const size_t k = rng() % in.size();
      index.Remove(in[k].first);
      in.erase(in.begin() + k);
    }
    const size_t probe = rng() % texts.size();
    const DuplicateMatch m = index.Find(texts[probe]);
    uint64_t earliest = UINT64_MAX;
    for (const auto& [key, t] : in) {
      if (t == probe) {
        earliest = key;
        break;
      }
    }
    if (earliest != UINT64_MAX) {
      ASSERT_TRUE(m.found && m.exact) << step;
      ASSERT_EQ(m.matched, earliest) << step;
    } else {
      ASSERT_FALSE(m.found && m.exact) << step;
    }
  }
}

}  // namespace
}  // namespace precis
