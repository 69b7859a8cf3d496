// Clustering metrics against hand-computed examples, and labelling files.
#include <gtest/gtest.h>

#include "precis/story.h"

namespace precis {
namespace {

Labelling L(std::vector<std::pair<std::string, std::string>> v) { return v; }

TEST(ClusteringScores, PerfectAndWorst) {
  const Labelling gold = L({{"a", "1"}, {"b", "1"}, {"c", "2"}, {"d", "2"}});
  ClusteringScores s;
  ASSERT_TRUE(ScoreClustering(gold, gold, &s).ok());
  EXPECT_DOUBLE_EQ(s.bcubed_precision, 1);
  EXPECT_DOUBLE_EQ(s.bcubed_recall, 1);
  EXPECT_DOUBLE_EQ(s.bcubed_f1, 1);
  EXPECT_DOUBLE_EQ(s.adjusted_rand, 1);
  // Labels are names only: renaming them changes nothing.
  ASSERT_TRUE(ScoreClustering(gold, L({{"d", "x"}, {"c", "x"}, {"b", "y"}, {"a", "y"}}), &s).ok());
  EXPECT_DOUBLE_EQ(s.bcubed_f1, 1);
  EXPECT_DOUBLE_EQ(s.adjusted_rand, 1);
  // Everything in one cluster: precision 1/2 for every item, recall 1.
  ASSERT_TRUE(ScoreClustering(gold, L({{"a", "z"}, {"b", "z"}, {"c", "z"}, {"d", "z"}}), &s).ok());
  EXPECT_DOUBLE_EQ(s.bcubed_precision, 0.5);
  EXPECT_DOUBLE_EQ(s.bcubed_recall, 1);
  EXPECT_DOUBLE_EQ(s.bcubed_f1, 2 * 0.5 / 1.5);
  EXPECT_DOUBLE_EQ(s.adjusted_rand, 0);
  // All singletons: precision 1, recall 1/2.
  ASSERT_TRUE(ScoreClustering(gold, L({{"a", "1"}, {"b", "2"}, {"c", "3"}, {"d", "4"}}), &s).ok());
  EXPECT_DOUBLE_EQ(s.bcubed_precision, 1);
  EXPECT_DOUBLE_EQ(s.bcubed_recall, 0.5);
  EXPECT_DOUBLE_EQ(s.adjusted_rand, 0);
}

// The example of Amigó et al. worked by hand: gold {a,b,c} {d,e}; predicted {a,b} {c,d,e}.
//   precision: a 2/2, b 2/2, c 1/3, d 2/3, e 2/3 -> (1 + 1 + 1/3 + 2/3 + 2/3) / 5 = 11/15
//   recall:    a 2/3, b 2/3, c 1/3, d 2/2, e 2/2 -> (2/3 + 2/3 + 1/3 + 1 + 1) / 5 = 11/15
// ARI: contingency [[2,1],[0,2]]: index = C(2,2)+C(1,2)+C(2,2) = 2; rows 3,2 -> 3+1 = 4;
// columns 2,3 -> 1+3 = 4; C(5,2) = 10; expected = 4*4/10 = 1.6; max = 4;
// ARI = (2 - 1.6) / (4 - 1.6) = 1/6.
TEST(ClusteringScores, HandComputedExample) {
  const Labelling gold = L({{"a", "G1"}, {"b", "G1"}, {"c", "G1"}, {"d", "G2"}, {"e", "G2"}});
  const Labelling pred = L({{"a", "P1"}, {"b", "P1"}, {"c", "P2"}, {"d", "P2"}, {"e", "P2"}});
  ClusteringScores s;
  ASSERT_TRUE(ScoreClustering(gold, pred, &s).ok());
  EXPECT_NEAR(s.bcubed_precision, 11.0 / 15, 1e-12);
  EXPECT_NEAR(s.bcubed_recall, 11.0 / 15, 1e-12);
  EXPECT_NEAR(s.bcubed_f1, 11.0 / 15, 1e-12);
  EXPECT_NEAR(s.adjusted_rand, 1.0 / 6, 1e-12);
  EXPECT_EQ(s.items, 5u);
  EXPECT_EQ(s.gold_clusters, 2u);
  EXPECT_EQ(s.predicted_clusters, 2u);
}

TEST(ClusteringScores, MissingExtraAndRepeatedItems) {
  const Labelling gold = L({{"a", "1"}, {"b", "1"}, {"c", "2"}});
  ClusteringScores s;
  // "b" missing from the prediction: it becomes a singleton; "x" is ignored.
  ASSERT_TRUE(ScoreClustering(gold, L({{"a", "p"}, {"c", "q"}, {"x", "p"}}), &s).ok());
  EXPECT_EQ(s.missing_in_predicted, 1u);
  EXPECT_EQ(s.extra_in_predicted, 1u);
  EXPECT_DOUBLE_EQ(s.bcubed_precision, 1);
  EXPECT_NEAR(s.bcubed_recall, (0.5 + 0.5 + 1) / 3, 1e-12);
  EXPECT_EQ(ScoreClustering(gold, L({{"a", "p"}, {"a", "q"}}), &s).code(),
            Status::Code::kDataError);
  EXPECT_EQ(ScoreClustering(L({{"a", "1"}, {"a", "2"}}), gold, &s).code(),
            Status::Code::kDataError);
  EXPECT_EQ(ScoreClustering({}, gold, &s).code(), Status::Code::kInvalidArgument);
}

TEST(Labelling, FormatsAndErrors) {
  Labelling l;
  ASSERT_TRUE(ParseLabelling("# comment\n\na1\tx\na2 y\n"
                             "{\"id\": 7, \"articles\": [\"b1\", \"b2\"]}\n"
                             "{\"id\": \"d1\", \"documents\": [{\"id\": \"c1\"}, {\"id\": 3}]}\n"
                             "{\"articles\": [\"e1\"]}\r\n",
                             "f", &l)
                  .ok());
  EXPECT_EQ(l, L({{"a1", "x"},
                  {"a2", "y"},
                  {"b1", "7"},
                  {"b2", "7"},
                  {"c1", "d1"},
                  {"3", "d1"},
                  {"e1", "line7"}}));
  Status s = ParseLabelling("a\tb\nlonely\n", "g.tsv", &l);
  EXPECT_EQ(s.code(), Status::Code::kDataError);
  EXPECT_NE(s.message().find("g.tsv:2:"), std::string::npos) << s.message();
  EXPECT_FALSE(ParseLabelling("{\"id\": 1}\n", "x", &l).ok());
  EXPECT_FALSE(ParseLabelling("{not json\n", "x", &l).ok());
  EXPECT_FALSE(ParseLabelling("{\"articles\": [null]}\n", "x", &l).ok());
}

}  // namespace
}  // namespace precis
