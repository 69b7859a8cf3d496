// No method returns an empty summary for a cluster that has sentences: the inputs that used to get
// one (identical articles, a shared lead sentence, sentences all too long or all too short for the
// default limits, headings only, a budget below every sentence).
#include <gtest/gtest.h>

#include <string>

#include "precis/summarize.h"

namespace precis {
namespace {

Article MakeArticle(std::string id, std::string text) {
  Article a;
  a.id = std::move(id);
  a.text = std::move(text);
  return a;
}

// Words of the form w0 w1 ... so sentences of an exact length are easy to build.
std::string Sentence(const std::string& stem, int words) {
  std::string s = "The";
  for (int i = 1; i < words; ++i) s += " " + stem + std::to_string(i % 17);
  return s + ".";
}

void ExpectNonEmptyFromSource(const Cluster& c, const Summary& s) {
  ASSERT_FALSE(s.sentences.empty()) << s.method;
  for (const SummarySentence& item : s.sentences) {
    const Article& a = c.articles[item.article];
    EXPECT_EQ(a.text.substr(item.begin, item.end - item.begin), item.text);
  }
}

class NeverEmpty : public ::testing::TestWithParam<std::string> {
 protected:
  Summary Run(const Cluster& c, SummarizeOptions o = {}) {
    o.method = GetParam();
    Summary s;
    const Status st = Summarize(c, o, nullptr, &s);
    EXPECT_TRUE(st.ok()) << st.message();
    return s;
  }
};

TEST_P(NeverEmpty, ThreeIdenticalArticles) {
  Cluster c;
  const std::string text =
      "The storm hit the coast on Monday and cut power to "
      "thousands of homes. Officials "
      "said repairs to the lines would take at least a "
      "week. Schools stayed closed across "
      "the county while crews cleared fallen trees.";
  for (int i = 0; i < 3; ++i) c.articles.push_back(MakeArticle("d" + std::to_string(i), text));
  ExpectNonEmptyFromSource(c, Run(c));
}

TEST_P(NeverEmpty, ArticlesSharingTheirLeadSentence) {
  Cluster c;
  const std::string lead =
      "The storm hit the coast on Monday and cut power to thousands of homes. ";
  c.articles.push_back(MakeArticle(
      "x1", lead + "Officials said repairs would take a week or more to finish. Schools "
                   "stayed closed across the whole county on Tuesday."));
  c.articles.push_back(
      MakeArticle("x2", lead + "Fishermen tied up their boats in the harbour for the "
                               "night. The mayor "
                               "asked residents to stay indoors until the wind dropped."));
  c.articles.push_back(
      MakeArticle("x3", lead + "Insurance companies expect claims to rise sharply this "
                               "year. Emergency "
                               "crews worked through the night to reopen the roads."));
  ExpectNonEmptyFromSource(c, Run(c));
}

TEST_P(NeverEmpty, AllSentencesLongerThanTheLimitAdaptWithAWarning) {
  Cluster c;
  c.articles.push_back(MakeArticle("court", Sentence("ruling", 72) + " " + Sentence("appeal", 66) +
                                                " " + Sentence("verdict", 79) + " " +
                                                Sentence("judge", 75)));
  SummarizeOptions o;
  o.budget.limit = 200;
  const Summary s = Run(c, o);
  ExpectNonEmptyFromSource(c, s);
  ASSERT_FALSE(s.warnings.empty());
  EXPECT_NE(s.warnings[0].find("adapted"), std::string::npos) << s.warnings[0];
  EXPECT_LE(s.words, 200u);
}

TEST_P(NeverEmpty, AllSentencesShorterThanTheLimitAdaptWithAWarning) {
  Cluster c;
  c.articles.push_back(MakeArticle("m", "Stocks fell on Monday. Oil rose. Gold slipped."));
  const Summary s = Run(c);
  ExpectNonEmptyFromSource(c, s);
  ASSERT_FALSE(s.warnings.empty());
  EXPECT_NE(s.warnings[0].find("1-60 words"), std::string::npos) << s.warnings[0];
}

TEST_P(NeverEmpty, HeadingsOnlyAreUsedWithAWarning) {
  Cluster c;
  c.articles.push_back(MakeArticle("h",
                                   "Markets rally as oil prices climb sharply again\n\n"
                                   "Gold slips against a stronger dollar in Asian trade"));
  const Summary s = Run(c);
  ExpectNonEmptyFromSource(c, s);
  EXPECT_FALSE(s.warnings.empty());
}

TEST_P(NeverEmpty, BudgetBelowEverySentenceCutsTheBestOne) {
  Cluster c;
  c.articles.push_back(
      MakeArticle("b",
                  "Heavy rain pushed the river over its banks on Friday and flooded the "
                  "town. "
                  "Emergency crews used boats to reach families trapped on the rooftops."));
  SummarizeOptions o;
  o.budget.limit = 5;
  const Summary s = Run(c, o);
  ExpectNonEmptyFromSource(c, s);
  EXPECT_LE(s.words, 5u);
  EXPECT_TRUE(s.sentences[0].truncated);
  EXPECT_FALSE(s.warnings.empty());
}

TEST_P(NeverEmpty, OrdinaryInputHasNoWarning) {
  Cluster c;
  c.articles.push_back(
      MakeArticle("o",
                  "Heavy rain pushed the river over its banks on Friday and flooded the "
                  "town. "
                  "Emergency crews used boats to reach families trapped on the rooftops."));
  const Summary s = Run(c);
  ExpectNonEmptyFromSource(c, s);
  EXPECT_TRUE(s.warnings.empty()) << s.warnings[0];
}

INSTANTIATE_TEST_SUITE_P(EveryMethod, NeverEmpty, ::testing::ValuesIn(MethodNames()));

TEST(NeverEmpty, NoSentenceAtAllStaysEmpty) {
  Cluster c;
  c.articles.push_back(MakeArticle("e", "   \n\n "));
  Summary s;
  ASSERT_TRUE(Summarize(c, SummarizeOptions(), nullptr, &s).ok());
  EXPECT_TRUE(s.sentences.empty());
}

}  // namespace
}  // namespace precis
