// Query focus: the topic title, question-type cues, the query weight and
// pseudo-relevance feedback (src/summarize/query_terms.h).
#include "summarize/query_terms.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "precis/summarize.h"

namespace precis {
namespace {

using summarize::ClusterAnalysis;
using summarize::TermWeight;

Cluster FloodCluster() {
  Cluster c;
  c.id = "flood";
  c.articles.push_back(
      {"a1", "", "2024-03-02", "", "",
       "Heavy rain pushed the Morrow River over its banks on Friday, flooding "
       "the town of "
       "Elmhurst and forcing hundreds of residents to leave their homes.\n\n"
       "Emergency crews used boats to reach families trapped on rooftops in "
       "the lowest "
       "streets of the town.\n\n"
       "The state asked for federal disaster aid to rebuild the bridges and "
       "roads of Elmhurst."});
  c.articles.push_back({"a2", "", "2024-03-01", "", "",
                        "Forecasters warned on Thursday that days of heavy "
                        "rain could push the Morrow River "
                        "over its banks near Elmhurst.\n\n"
                        "The national weather office issued a flood warning "
                        "for the whole valley and said "
                        "more rain was expected over the weekend.\n\n"
                        "Farmers moved cattle to higher ground as the water "
                        "rose in fields along the river."});
  c.articles.push_back({"a3", "", "2024-03-03", "", "",
                        "Hundreds of Elmhurst residents spent a second night "
                        "in shelters after the Morrow "
                        "River flooded the town on Friday.\n\n"
                        "Emergency crews used boats to reach families trapped "
                        "on rooftops in the lowest "
                        "streets of the town.\n\n"
                        "Officials said federal disaster aid would pay to "
                        "rebuild the bridges of the valley."});
  return c;
}

std::string OneSentence(const Cluster &c, SummarizeOptions o) {
  o.budget.unit = BudgetUnit::kSentences;
  o.budget.limit = 1;
  Summary s;
  EXPECT_TRUE(Summarize(c, o, nullptr, &s).ok());
  return s.sentences.empty() ? "" : s.sentences[0].text;
}

TEST(QueryTerms, QuestionCuesAreInstructionsNotContent) {
  for (const char *cue : {"describe", "discuss", "include", "identify",
                          "information", "specific", "explain", "examples"}) {
    EXPECT_TRUE(summarize::IsQuestionCue(cue)) << cue;
  }
  for (const char *word :
       {"effects", "aid", "flood", "damage", "causes", "reservation"}) {
    EXPECT_FALSE(summarize::IsQuestionCue(word)) << word;
  }
}

TEST(QueryTerms, AQueryOfCuesAloneLeavesTheSummaryAsItWas) {
  Cluster c = FloodCluster();
  const std::string plain = OneSentence(c, SummarizeOptions());
  c.query = "Describe and discuss. Include specific examples.";
  EXPECT_EQ(OneSentence(c, SummarizeOptions()), plain);
}

TEST(QueryTerms, TheTopicTitleFocusesTheSummaryWithEveryMethod) {
  for (const std::string &method : MethodNames()) {
    Cluster c = FloodCluster();
    SummarizeOptions o;
    o.method = method;
    const std::string plain = OneSentence(c, o);
    EXPECT_EQ(plain.find("disaster aid"), std::string::npos) << method;
    c.topic_title = "Federal disaster aid to rebuild bridges";
    c.query = "Describe what is known.";
    EXPECT_NE(OneSentence(c, o).find("disaster aid"), std::string::npos)
        << method;
    // --query replaces both the title and the narrative.
    o.query = "cattle farmers";
    EXPECT_NE(OneSentence(c, o).find("cattle"), std::string::npos) << method;
  }
}

TEST(QueryTerms, QueryWeightZeroIgnoresTheQueryWithEveryMethod) {
  for (const std::string &method : MethodNames()) {
    Cluster c = FloodCluster();
    SummarizeOptions o;
    o.method = method;
    const std::string plain = OneSentence(c, o);
    c.query = "federal disaster aid to rebuild bridges";
    EXPECT_NE(OneSentence(c, o), plain) << method;
    o.query_weight = 0;
    EXPECT_EQ(OneSentence(c, o), plain) << method;
  }
}

TEST(QueryTerms, BadQueryWeightsAreRefused) {
  const Cluster c = FloodCluster();
  Summary s;
  for (double w : {-0.1, 1.5, std::nan("")}) {
    SummarizeOptions o;
    o.query_weight = w;
    EXPECT_EQ(Summarize(c, o, nullptr, &s).code(),
              Status::Code::kInvalidArgument)
        << w;
  }
  SummarizeOptions o;
  o.query_expansion_weight = -1;
  EXPECT_EQ(Summarize(c, o, nullptr, &s).code(),
            Status::Code::kInvalidArgument);
}

ClusterAnalysis Analyzed(const Cluster &c, uint32_t expansion) {
  SummarizeOptions o;
  o.query = "disaster aid";
  o.query_expansion_terms = expansion;
  ClusterAnalysis a;
  EXPECT_TRUE(summarize::Analyze(c, o, nullptr, &a).ok());
  return a;
}

bool HasStem(const ClusterAnalysis &a, const std::vector<TermWeight> &v,
             const std::string &stem) {
  return std::any_of(v.begin(), v.end(), [&](const TermWeight &t) {
    return a.vocab[t.term] == stem;
  });
}

TEST(QueryTerms, FeedbackAddsTheWordsOfTheSentencesClosestToTheQuery) {
  const Cluster c = FloodCluster();
  const ClusterAnalysis plain = Analyzed(c, 0);
  EXPECT_EQ(plain.query.size(), 2u); // "disast", "aid"
  EXPECT_TRUE(plain.query_added.empty());
  const ClusterAnalysis wide = Analyzed(c, 3);
  EXPECT_EQ(wide.query.size(), 5u);
  ASSERT_EQ(wide.query_added.size(), 3u);
  // Both aid sentences say "federal" and "rebuild"; "cattle" is in neither.
  EXPECT_TRUE(HasStem(wide, wide.query_added, "feder"));
  EXPECT_TRUE(HasStem(wide, wide.query_added, "rebuild"));
  EXPECT_FALSE(HasStem(wide, wide.query, "cattl"));
  float q_max = 0;
  for (const TermWeight &q : plain.query)
    q_max = std::max(q_max, q.weight);
  for (const TermWeight &t : wide.query_added) {
    EXPECT_GT(t.weight, 0.0f);
    EXPECT_LE(t.weight, 1.0f);
  }
  EXPECT_TRUE(std::is_sorted(wide.query.begin(), wide.query.end(),
                             [](const TermWeight &x, const TermWeight &y) {
                               return x.term < y.term;
                             }));
  EXPECT_GT(wide.query_norm, plain.query_norm);
  EXPECT_GT(q_max, 0.0f);
}

} // namespace
} // namespace precis
