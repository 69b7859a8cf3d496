// IdRegistry keeps its ids in a compact open-addressing table; it must answer
// exactly as a plain std::unordered_set with the documented renaming rule
// would.
#include "ingest/ids.h"

#include "ingest/id_screen.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace precis::ingest {
namespace {

// The rule of ids.h, on a plain set.
class NaiveRegistry {
public:
  bool MakeUnique(std::string *id) {
    if (used_.insert(*id).second)
      return false;
    for (int n = 2;; ++n) {
      std::string candidate = *id + "#" + std::to_string(n);
      if (used_.insert(candidate).second) {
        *id = candidate;
        return true;
      }
    }
  }

private:
  std::unordered_set<std::string> used_;
};

TEST(IdRegistry, AgreesWithAPlainSet) {
  std::mt19937 rng(3);
  for (int round = 0; round < 4; ++round) {
    IdRegistry fast;
    NaiveRegistry naive;
    const int distinct = 1 + static_cast<int>(rng() % 3000);
    for (int i = 0; i < 20000; ++i) {
      std::string id;
      switch (rng() % 4) {
      case 0:
        id = "a" + std::to_string(rng() % distinct);
        break;
      case 1: // ids that look like renamed ones
        id = "a" + std::to_string(rng() % 50) + "#" +
             std::to_string(2 + rng() % 3);
        break;
      case 2:
        id = std::string(rng() % 3, 'x'); // "" included
        break;
      default:
        id = std::string(1 + rng() % 300, static_cast<char>('a' + rng() % 3));
      }
      std::string f = id, n = id;
      ASSERT_EQ(fast.MakeUnique(&f), naive.MakeUnique(&n)) << id;
      ASSERT_EQ(f, n);
    }
  }
}

TEST(IdRegistry, LongIdsAndClear) {
  IdRegistry r;
  std::string big(size_t{3} << 20, 'q'); // past the table's length field
  std::string id = big;
  EXPECT_FALSE(r.MakeUnique(&id));
  id = big;
  EXPECT_TRUE(r.MakeUnique(&id));
  EXPECT_EQ(id, big + "#2");
  std::string x = "x";
  EXPECT_FALSE(r.MakeUnique(&x));
  x = "x";
  EXPECT_TRUE(r.MakeUnique(&x));
  r.Clear();
  x = "x";
  EXPECT_FALSE(r.MakeUnique(&x));
  id = big;
  EXPECT_FALSE(r.MakeUnique(&id));
}


// Random ids with many repeats and ids that look renamed ("a7#2", "a7#2#3"),
// which is where a screen could go wrong.
std::vector<std::string> RandomIds(std::mt19937 *rng, int n, int distinct) {
  std::vector<std::string> ids;
  for (int i = 0; i < n; ++i) {
    switch ((*rng)() % 5) {
    case 0:
      ids.push_back("a" + std::to_string((*rng)() % distinct));
      break;
    case 1:
      ids.push_back("a" + std::to_string((*rng)() % 50) + "#" +
                    std::to_string(2 + (*rng)() % 3));
      break;
    case 2:
      ids.push_back("a" + std::to_string((*rng)() % 20) + "#2#" +
                    std::to_string(2 + (*rng)() % 2));
      break;
    case 3:
      ids.push_back(std::string((*rng)() % 3, '#')); // "", "#", "##"
      break;
    default: // unique: the ids a screen lets through unregistered
      ids.push_back("u" + std::to_string(i));
    }
  }
  return ids;
}

// Two passes through a registry with a TwoPassIdScreen (whose sorter spills
// runs of 100 hashes) rename exactly as the plain set does.
TEST(TwoPassIdScreen, RenamesAsThePlainSet) {
  std::mt19937 rng(11);
  for (int round = 0; round < 6; ++round) {
    const std::vector<std::string> ids =
        RandomIds(&rng, 1 + static_cast<int>(rng() % 5000), 1 + static_cast<int>(rng() % 400));
    TwoPassIdScreen screen(/*run_records=*/100);
    IdRegistry first;
    first.set_screen(&screen);
    for (std::string id : ids) {
      ASSERT_FALSE(first.MakeUnique(&id)); // the first pass renames nothing
    }
    ASSERT_TRUE(screen.Seal().ok());
    IdRegistry second;
    second.set_screen(&screen);
    NaiveRegistry naive;
    for (const std::string &id : ids) {
      std::string f = id, n = id;
      ASSERT_EQ(second.MakeUnique(&f), naive.MakeUnique(&n)) << id;
      ASSERT_EQ(f, n);
    }
    EXPECT_TRUE(screen.CheckSecondPass("feed").ok());
    EXPECT_LT(screen.repeated(), ids.size());
  }
}

TEST(TwoPassIdScreen, AFeedOfUniqueIdsKeepsNoId) {
  TwoPassIdScreen screen(/*run_records=*/64);
  for (int i = 0; i < 1000; ++i) screen.MayRepeat("id" + std::to_string(i));
  ASSERT_TRUE(screen.Seal().ok());
  EXPECT_EQ(screen.repeated(), 0u);
  for (int i = 0; i < 1000; ++i) EXPECT_FALSE(screen.MayRepeat("id" + std::to_string(i)));
  EXPECT_TRUE(screen.CheckSecondPass("feed").ok());
}

TEST(TwoPassIdScreen, AnInputThatChangedBetweenThePassesIsAnError) {
  for (const std::vector<std::string> &second :
       {std::vector<std::string>{"a", "b"}, std::vector<std::string>{"a", "c", "b"},
        std::vector<std::string>{"b", "a", "c"}}) {
    TwoPassIdScreen screen;
    for (const char *id : {"a", "b", "c"}) screen.MayRepeat(id);
    ASSERT_TRUE(screen.Seal().ok());
    for (const std::string &id : second) screen.MayRepeat(id);
    const Status s = screen.CheckSecondPass("feed.jsonl");
    EXPECT_EQ(s.code(), Status::Code::kDataError);
    EXPECT_NE(s.message().find("feed.jsonl: the input changed"), std::string::npos) << s.message();
  }
}

} // namespace
} // namespace precis::ingest
