// IdRegistry keeps its ids in a compact open-addressing table; it must answer
// exactly as a plain std::unordered_set with the documented renaming rule
// would.
#include "ingest/ids.h"

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

} // namespace
} // namespace precis::ingest
