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

}  // namespace
}  // namespace precis
