// Inputs of many sentences that used to make the default method quadratic (issue 13): the
// answer stays right. Their time is measured by bench/adversarial_bench, not here.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "precis/summarize.h"

namespace precis {
namespace {

TEST(LargeInput, ThousandsOfRepeatedSentencesGiveEachOnce) {
  const std::string a = "The storm cut power to thousands of homes along the coast on Monday. ";
  const std::string b = "Repair crews from three states worked through the night to restore it. ";
  const std::string c = "Schools across the county stayed closed while roads were cleared. ";
  Article article;
  article.id = "r";
  for (int i = 0; i < 3000; ++i) article.text += a + b + c;
  Cluster cluster;
  cluster.articles.push_back(article);
  for (const char* method : {"auto", "ilp", "lead", "submodular"}) {
    SummarizeOptions o;
    o.method = method;
    Summary s;
    ASSERT_TRUE(Summarize(cluster, o, nullptr, &s).ok()) << method;
    EXPECT_EQ(s.sentences.size(), 3u) << method;
    std::set<std::string> seen;
    for (const SummarySentence& item : s.sentences) {
      EXPECT_TRUE(seen.insert(item.text).second) << method << ": " << item.text;
    }
  }
}

// A cluster too large for the graph methods (over 1,500 sentences: they score the best 1,500
// by centroid value) holding joint units (a sentence that leans on the one before, taken with
// it). The units' scores were read at the full cluster's offsets inside the subset, past the
// end of the scores (LexRank with a query scored sentences 161 and 468, and its summary
// changed from run to run). Scores stay in [0, 1] and the summary is the same every time.
TEST(LargeInput, GraphMethodsOnASubsetScoreJointUnitsFromTheirParts) {
  Cluster cluster;
  for (int x = 0; x < 30; ++x) {
    Article article;
    article.id = "a" + std::to_string(x);
    for (int i = 0; i < 60; ++i) {
      const std::string n = std::to_string(x * 60 + i);
      article.text += "Officials in district " + std::to_string(i % 7) + " counted " + n +
                      " flooded homes after the river rose on day " + std::to_string(i % 11) + ". ";
      if (i % 4 == 3)
        article.text += "It was the worst flood there in " + n + " years, they said. ";
    }
    cluster.articles.push_back(article);
  }
  for (const char* method : {"lexrank", "textrank"}) {
    for (const char* query : {"", "casino gambling revenue", "river flood homes"}) {
      SCOPED_TRACE(std::string(method) + " / " + query);
      SummarizeOptions o;
      o.method = method;
      o.budget.limit = 250;
      o.query = query;
      Summary first;
      ASSERT_TRUE(Summarize(cluster, o, nullptr, &first).ok());
      ASSERT_FALSE(first.sentences.empty());
      for (const SummarySentence& item : first.sentences) {
        EXPECT_GE(item.score, 0.0) << item.text;
        EXPECT_LE(item.score, 1.0 + 1e-9) << item.text;
      }
      Summary again;
      ASSERT_TRUE(Summarize(cluster, o, nullptr, &again).ok());
      ASSERT_EQ(again.sentences.size(), first.sentences.size());
      for (size_t k = 0; k < first.sentences.size(); ++k) {
        EXPECT_EQ(again.sentences[k].begin, first.sentences[k].begin);
        EXPECT_EQ(again.sentences[k].doc_id, first.sentences[k].doc_id);
      }
    }
  }
}

}  // namespace
}  // namespace precis
