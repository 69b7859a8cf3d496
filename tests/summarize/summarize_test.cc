#include "precis/summarize.h"

#include <gtest/gtest.h>

#include <functional>
#include <limits>
#include <set>

namespace precis {
namespace {

Cluster SampleCluster() {
  Cluster c;
  c.id = "flood";
  c.articles.push_back(
      {"a1", "River floods town", "2024-03-02", "Daily Ledger", "",
       "Heavy rain pushed the Morrow River over its banks on Friday, flooding the town of "
       "Elmhurst and forcing hundreds of residents to leave their homes.\n\n"
       "Emergency crews used boats to reach families trapped on rooftops in the lowest "
       "streets of the town.\n\n"
       "The mayor said the water had reached the highest level recorded since 1962 and "
       "asked residents to stay away from the river."});
  c.articles.push_back(
      {"a2", "", "2024-03-01", "Valley Wire", "",
       "Forecasters warned on Thursday that days of heavy rain could push the Morrow River "
       "over its banks near Elmhurst.\n\n"
       "The national weather office issued a flood warning for the whole valley and said "
       "more rain was expected over the weekend.\n\n"
       "Farmers moved cattle to higher ground as the water rose in fields along the river."});
  c.articles.push_back(
      {"a3", "", "2024-03-03", "Coast Herald", "",
       "Hundreds of Elmhurst residents spent a second night in shelters after the Morrow "
       "River flooded the town on Friday.\n\n"
       "Emergency crews used boats to reach families trapped on rooftops in the lowest "
       "streets of the town.\n\n"
       "Officials said damage to homes and roads would take months to repair and that the "
       "state would ask for federal disaster aid."});
  return c;
}

void ExpectFaithful(const Cluster& c, const Summary& s) {
  std::set<std::string> seen;
  for (const SummarySentence& item : s.sentences) {
    ASSERT_LT(item.article, c.articles.size());
    const Article& a = c.articles[item.article];
    EXPECT_EQ(item.doc_id, a.id);
    ASSERT_LE(item.end, a.text.size());
    ASSERT_LT(item.begin, item.end);
    EXPECT_EQ(a.text.substr(item.begin, item.end - item.begin), item.text);
    EXPECT_TRUE(seen.insert(item.text).second) << "repeated: " << item.text;
  }
}

class MethodTest : public ::testing::TestWithParam<std::string> {};

TEST_P(MethodTest, StaysInBudgetAndPointsAtSource) {
  const Cluster c = SampleCluster();
  SummarizeOptions o;
  o.method = GetParam();
  o.budget.limit = 45;
  Summary s;
  ASSERT_TRUE(Summarize(c, o, nullptr, &s).ok());
  EXPECT_EQ(s.id, "flood");
  EXPECT_EQ(s.method, GetParam());
  EXPECT_FALSE(s.sentences.empty());
  EXPECT_LE(s.words, 45u);
  size_t words = 0;
  for (const auto& item : s.sentences) words += CountWords(item.text);
  EXPECT_EQ(words, s.words);
  ExpectFaithful(c, s);
}

TEST_P(MethodTest, NeverRepeatsTheWireCopy) {
  // Articles a1 and a3 share one sentence word for word; it may appear at most once.
  const Cluster c = SampleCluster();
  SummarizeOptions o;
  o.method = GetParam();
  o.budget.limit = 200;
  o.redundancy_threshold = 1.0;  // even with the threshold off
  Summary s;
  ASSERT_TRUE(Summarize(c, o, nullptr, &s).ok());
  ExpectFaithful(c, s);
}

TEST_P(MethodTest, IsDeterministic) {
  const Cluster c = SampleCluster();
  SummarizeOptions o;
  o.method = GetParam();
  Summary x, y;
  ASSERT_TRUE(Summarize(c, o, nullptr, &x).ok());
  ASSERT_TRUE(Summarize(c, o, nullptr, &y).ok());
  ASSERT_EQ(x.sentences.size(), y.sentences.size());
  for (size_t i = 0; i < x.sentences.size(); ++i) {
    EXPECT_EQ(x.sentences[i].begin, y.sentences[i].begin);
    EXPECT_EQ(x.sentences[i].doc_id, y.sentences[i].doc_id);
  }
}

TEST_P(MethodTest, MmrStaysInBudget) {
  const Cluster c = SampleCluster();
  SummarizeOptions o;
  o.method = GetParam();
  o.mmr = true;
  o.budget.limit = 60;
  Summary s;
  ASSERT_TRUE(Summarize(c, o, nullptr, &s).ok());
  EXPECT_FALSE(s.sentences.empty());
  EXPECT_LE(s.words, 60u);
  ExpectFaithful(c, s);
}

INSTANTIATE_TEST_SUITE_P(AllMethods, MethodTest, ::testing::ValuesIn(MethodNames()));

TEST(Summarize, RejectsBadOptions) {
  const Cluster c = SampleCluster();
  Summary s;
  SummarizeOptions o;
  o.method = "nope";
  Status st = Summarize(c, o, nullptr, &s);
  EXPECT_EQ(st.code(), Status::Code::kInvalidArgument);
  EXPECT_NE(st.message().find("lexrank"), std::string::npos) << "lists known methods";
  o = SummarizeOptions();
  o.budget.limit = 0;
  EXPECT_EQ(Summarize(c, o, nullptr, &s).code(), Status::Code::kInvalidArgument);
  o = SummarizeOptions();
  o.redundancy_threshold = 1.5;
  EXPECT_EQ(Summarize(c, o, nullptr, &s).code(), Status::Code::kInvalidArgument);
  o = SummarizeOptions();
  o.damping = 1.0;
  EXPECT_EQ(Summarize(c, o, nullptr, &s).code(), Status::Code::kInvalidArgument);
}

TEST(Summarize, ValidateNamesTheFieldAndTheValue) {
  EXPECT_TRUE(ValidateSummarizeOptions(SummarizeOptions()).ok());
  struct Case {
    std::function<void(SummarizeOptions*)> set;
    std::string message;
  };
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const std::vector<Case> cases = {
      {[](SummarizeOptions* o) { o->method = "nope"; }, "method: unknown method 'nope'"},
      {[](SummarizeOptions* o) { o->budget.limit = 0; }, "budget.limit must be positive"},
      {[](SummarizeOptions* o) { o->redundancy_threshold = 1.5; },
       "redundancy_threshold must be in [0, 1], got 1.5"},
      {[&](SummarizeOptions* o) { o->mmr_lambda = nan; }, "mmr_lambda must be in [0, 1], got nan"},
      {[](SummarizeOptions* o) { o->off_topic_support = -0.25; },
       "off_topic_support must be in [0, 1], got -0.25"},
      {[](SummarizeOptions* o) { o->query_weight = std::numeric_limits<double>::infinity(); },
       "query_weight must be in [0, 1], got inf"},
      {[](SummarizeOptions* o) { o->query_expansion_weight = 11; },
       "query_expansion_weight must be in [0, 10], got 11"},
      {[](SummarizeOptions* o) { o->max_sentence_words = 0; },
       "max_sentence_words must be at least 1, got 0"},
      {[](SummarizeOptions* o) {
         o->min_sentence_words = 50;
         o->max_sentence_words = 10;
       },
       "min_sentence_words (50) is above max_sentence_words (10): no sentence could be chosen"},
      // No 309 digits for the largest double.
      {[](SummarizeOptions* o) { o->damping = std::numeric_limits<double>::max(); },
       "damping must be in (0, 1), got 1.79769e+308"},
  };
  for (const Case& c : cases) {
    SummarizeOptions o;
    c.set(&o);
    const Status st = ValidateSummarizeOptions(o);
    EXPECT_EQ(st.code(), Status::Code::kInvalidArgument) << c.message;
    EXPECT_EQ(st.message().rfind(c.message, 0), 0u) << st.message();
  }
}

TEST(Summarize, EmptyClusterGivesEmptySummary) {
  Cluster c;
  c.id = "empty";
  c.articles.push_back({"x", "", "", "", "", ""});
  c.articles.push_back({"y", "", "", "", "", "!!! ... ???"});
  for (const std::string& m : MethodNames()) {
    SummarizeOptions o;
    o.method = m;
    Summary s;
    ASSERT_TRUE(Summarize(c, o, nullptr, &s).ok()) << m;
    EXPECT_TRUE(s.sentences.empty()) << m;
  }
}

TEST(Summarize, SentenceAndByteBudgets) {
  const Cluster c = SampleCluster();
  SummarizeOptions o;
  o.budget.unit = BudgetUnit::kSentences;
  o.budget.limit = 2;
  Summary s;
  ASSERT_TRUE(Summarize(c, o, nullptr, &s).ok());
  EXPECT_EQ(s.sentences.size(), 2u);
  o.budget.unit = BudgetUnit::kBytes;
  o.budget.limit = 300;
  ASSERT_TRUE(Summarize(c, o, nullptr, &s).ok());
  EXPECT_FALSE(s.sentences.empty());
  EXPECT_LE(s.bytes, 300u);
}

TEST(Summarize, TruncateFillsTheWordBudgetExactly) {
  const Cluster c = SampleCluster();
  SummarizeOptions o;
  o.budget.limit = 50;
  o.budget.truncate_last = true;
  Summary s;
  ASSERT_TRUE(Summarize(c, o, nullptr, &s).ok());
  EXPECT_EQ(s.words, 50u);
  int truncated = 0;
  for (const auto& item : s.sentences) truncated += item.truncated;
  EXPECT_EQ(truncated, 1);
  ExpectFaithful(c, s);
}

TEST(Summarize, ChronologicalOrderFollowsDates) {
  const Cluster c = SampleCluster();
  SummarizeOptions o;
  o.method = "lead";
  o.budget.unit = BudgetUnit::kSentences;
  o.budget.limit = 3;
  Summary s;
  ASSERT_TRUE(Summarize(c, o, nullptr, &s).ok());
  ASSERT_EQ(s.sentences.size(), 3u);
  // Round-robin lead takes each article's first sentence; dates order them a2, a1, a3.
  EXPECT_EQ(s.sentences[0].doc_id, "a2");
  EXPECT_EQ(s.sentences[1].doc_id, "a1");
  EXPECT_EQ(s.sentences[2].doc_id, "a3");
  for (const auto& item : s.sentences) EXPECT_EQ(item.begin, 0u);
}

// Dates are compared as instants, not as strings: time zones and RSS dates order right.
TEST(Summarize, ChronologicalOrderReadsZonesAndRssDates) {
  Cluster c;
  c.id = "c";
  // In time: tokyo (2024-07-31 21:00 UTC), rss (22:00 UTC), utc (23:00 UTC); undated last.
  c.articles.push_back({"undated", "", "", "", "",
                        "Officials said the flood barrier held through the night in the city."});
  c.articles.push_back({"utc", "", "2024-07-31T23:00:00Z", "", "",
                        "Engineers inspected the flood barrier again late on Wednesday night."});
  c.articles.push_back({"rss", "", "Wed, 31 Jul 2024 22:00:00 GMT", "", "",
                        "The river crested a metre below the top of the new flood barrier."});
  c.articles.push_back({"tokyo", "", "2024-08-01T06:00:00+09:00", "", "",
                        "Heavy rain raised the river to its highest level in thirty years."});
  SummarizeOptions o;
  o.method = "lead";
  o.budget.unit = BudgetUnit::kSentences;
  o.budget.limit = 4;
  Summary s;
  ASSERT_TRUE(Summarize(c, o, nullptr, &s).ok());
  std::vector<std::string> docs;
  for (const auto& item : s.sentences) docs.push_back(item.doc_id);
  EXPECT_EQ(docs, (std::vector<std::string>{"tokyo", "rss", "utc", "undated"}));
}

// Articles of the same date: the one whose chosen sentences start earliest in it comes first
// (a story's opening sentence leads), whatever the input order; an earlier date still comes
// first, and a tie keeps input order.
TEST(Summarize, SameDateArticlesLeadWithTheirOpeningSentence) {
  Cluster c;
  c.id = "c";
  // Only the long sentences are eligible (min_sentence_words 6): b gives its third sentence,
  // a its first, late its first.
  c.articles.push_back({"late", "", "2024-05-02", "", "",
                        "Crews reopened the river bridge on Thursday morning after two days."});
  c.articles.push_back({"b", "", "2024-05-01", "", "",
                        "Bolts failed. Traffic stopped. Inspectors said the river bridge needed "
                        "new bolts on two of its piers."});
  c.articles.push_back({"a", "", "2024-05-01", "", "",
                        "The city closed the river bridge on Wednesday after inspectors found "
                        "cracked bolts."});
  SummarizeOptions o;
  o.method = "centroid";
  o.budget.unit = BudgetUnit::kSentences;
  o.budget.limit = 3;
  o.min_sentence_words = 6;
  auto order = [&] {
    Summary s;
    EXPECT_TRUE(Summarize(c, o, nullptr, &s).ok());
    std::vector<std::string> docs;
    for (const auto& item : s.sentences) docs.push_back(item.doc_id);
    return docs;
  };
  EXPECT_EQ(order(), (std::vector<std::string>{"a", "b", "late"}));
  // The same positions (both openings): input order within the day.
  c.articles[1].text = "Inspectors said the river bridge needed new bolts on two of its piers.";
  EXPECT_EQ(order(), (std::vector<std::string>{"b", "a", "late"}));
  // Different dates: the date decides, not the position.
  c.articles[1].date = "2024-05-03";
  c.articles[1].text =
      "Bolts failed. Traffic stopped. Inspectors said the river bridge needed "
      "new bolts on two of its piers.";
  EXPECT_EQ(order(), (std::vector<std::string>{"a", "late", "b"}));
}

TEST(Summarize, ScoreOrderIsDescending) {
  const Cluster c = SampleCluster();
  SummarizeOptions o;
  o.ordering = Ordering::kScore;
  o.budget.limit = 80;
  Summary s;
  ASSERT_TRUE(Summarize(c, o, nullptr, &s).ok());
  for (size_t i = 1; i < s.sentences.size(); ++i) {
    EXPECT_GE(s.sentences[i - 1].score, s.sentences[i].score);
  }
}

TEST(Summarize, QueryPullsInMatchingSentencesWithEveryMethod) {
  const Cluster c = SampleCluster();
  for (const std::string& method : MethodNames()) {
    SummarizeOptions o;
    o.method = method;
    o.budget.unit = BudgetUnit::kSentences;
    o.budget.limit = 1;
    Summary plain;
    ASSERT_TRUE(Summarize(c, o, nullptr, &plain).ok());
    ASSERT_EQ(plain.sentences.size(), 1u);
    // Without the query no method picks the aid sentence, so the query is what moves it.
    EXPECT_EQ(plain.sentences[0].text.find("federal disaster aid"), std::string::npos) << method;
    o.query = "federal disaster aid for repairs";
    Summary s;
    ASSERT_TRUE(Summarize(c, o, nullptr, &s).ok());
    ASSERT_EQ(s.sentences.size(), 1u);
    EXPECT_NE(s.sentences[0].text.find("federal disaster aid"), std::string::npos)
        << method << ": " << s.sentences[0].text;
  }
}

// A query that can steer nothing (stopwords and question words only, or words the input does
// not hold) gives the generic summary with a warning; one that steers gives none; an empty or
// blank query is no query (the cluster's own, if any), with no warning.
TEST(Summarize, QueryWithoutContentWordsIsWarnedAbout) {
  const Cluster c = SampleCluster();
  SummarizeOptions o;
  Summary plain;
  ASSERT_TRUE(Summarize(c, o, nullptr, &plain).ok());
  EXPECT_TRUE(plain.warnings.empty());
  for (const std::string query : {"What were the, and of which?", "xylophone quasar"}) {
    o.query = query;
    Summary s;
    ASSERT_TRUE(Summarize(c, o, nullptr, &s).ok());
    ASSERT_EQ(s.warnings.size(), 1u) << query;
    EXPECT_NE(s.warnings[0].find("the query has no content word"), std::string::npos);
    ASSERT_EQ(s.sentences.size(), plain.sentences.size()) << query;
    for (size_t i = 0; i < s.sentences.size(); ++i) {
      EXPECT_EQ(s.sentences[i].text, plain.sentences[i].text) << query;
    }
  }
  for (const std::string query : {"federal disaster aid", "   "}) {
    o.query = query;
    Summary s;
    ASSERT_TRUE(Summarize(c, o, nullptr, &s).ok());
    EXPECT_TRUE(s.warnings.empty()) << query << ": " << s.warnings[0];
  }
}

TEST(Summarize, BackgroundIdfIsUsed) {
  const Cluster c = SampleCluster();
  std::vector<const Article*> all;
  for (const Article& a : c.articles) all.push_back(&a);
  IdfTable idf = IdfTable::Build(all, "en");
  EXPECT_EQ(idf.documents(), 3u);
  // "river" (stem "river") is in every article; "cattl" in one.
  EXPECT_LT(idf.Idf("river"), idf.Idf("cattl"));
  EXPECT_GT(idf.Idf("neverseen"), idf.Idf("cattl"));
  Summary s;
  ASSERT_TRUE(Summarize(c, SummarizeOptions(), &idf, &s).ok());
  EXPECT_FALSE(s.sentences.empty());
}

TEST(Summarize, IdfOverClustersCountsEveryArticleOfEach) {
  const Cluster c = SampleCluster();
  Cluster second;
  second.articles.push_back(c.articles[0]);
  second.articles.back().id = "copy";
  const IdfTable idf = IdfTable::Build(std::vector<Cluster>{c, second}, "en");
  EXPECT_EQ(idf.documents(), 4u);
  std::vector<const Article*> all;
  for (const Article& a : c.articles) all.push_back(&a);
  all.push_back(&second.articles[0]);
  const IdfTable same = IdfTable::Build(all, "en");
  for (const char* stem : {"river", "cattl", "neverseen"}) {
    EXPECT_DOUBLE_EQ(idf.Idf(stem), same.Idf(stem)) << stem;
  }
  EXPECT_EQ(IdfTable::Build(std::vector<Cluster>{}, "en").documents(), 0u);
}

}  // namespace
}  // namespace precis
