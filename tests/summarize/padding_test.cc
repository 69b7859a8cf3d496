// Padding from outside the feed (summarize/padding.h): a pasted sentence on another topic is
// found with a background, genuine sentences are kept, and nothing changes when the check is
// off. Invented articles.
#include "summarize/padding.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "precis/summarize.h"
#include "summarize/analysis.h"

namespace precis::summarize {
namespace {

constexpr const char* kPasted =
    "The striker scored twice as the league champions beat their rivals in the cup final.";

Cluster DamCluster() {
  Cluster c;
  c.id = "dam";
  const std::string texts[] = {
      "Engineers inspected the Marlow dam after heavy rain raised the reservoir. The dam's "
      "spillway carried water over the wall for the first time in a decade. Officials said "
      "the dam was sound and the reservoir would fall by Friday.",
      "Heavy rain pushed the Marlow reservoir to a record level on Monday. Water poured over "
      "the dam's spillway as engineers watched the wall. " +
          std::string(kPasted) +
          " Residents below the dam were told to stay alert until the reservoir fell.",
      "The Marlow reservoir began to fall on Tuesday after a week of rain. Engineers said the "
      "dam wall showed no cracks. The spillway will be repaired before the autumn rain."};
  for (int k = 0; k < 3; ++k) {
    Article a;
    a.id = "a" + std::to_string(k);
    a.text = texts[k];
    c.articles.push_back(a);
  }
  return c;
}

// A background of many invented articles on several topics, sport among them, plus the
// cluster's own articles.
std::vector<Article> Background(const Cluster& cluster) {
  const char* const topics[] = {
      "The city council approved a budget for schools and roads after a long debate.",
      "The league announced the cup final would be played in the capital in May.",
      "Farmers said the harvest was late because of a cold spring and little sun.",
      "The central bank kept interest rates unchanged as prices rose slowly.",
      "Doctors at the hospital opened a new ward for children with the support of donors.",
      "The striker signed a contract with the champions after a season of goals.",
      "Voters in the province chose a new governor in an election with a high turnout.",
      "The museum showed paintings from a private collection for the first time."};
  std::vector<Article> out;
  for (int k = 0; k < 120; ++k) {
    Article a;
    a.id = "bg" + std::to_string(k);
    a.text = std::string(topics[k % 8]) + " " + topics[(k * 3 + 1) % 8];
    out.push_back(a);
  }
  for (const Article& a : cluster.articles) out.push_back(a);
  return out;
}

bool IsPasted(const Cluster& c, const AnalyzedSentence& s) {
  return s.span.of(c.articles[s.article].text) == kPasted;
}

TEST(Padding, ThePastedSentenceIsFoundWithABackground) {
  const Cluster cluster = DamCluster();
  const std::vector<Article> background = Background(cluster);
  std::vector<const Article*> pointers;
  for (const Article& a : background) pointers.push_back(&a);
  const IdfTable idf = IdfTable::Build(pointers, "en");
  ASSERT_GE(idf.documents(), kMinBackgroundDocuments);

  SummarizeOptions options;
  options.off_topic_support = 0.22;  // the figure docs/summarize.md recommends
  ClusterAnalysis a;
  ASSERT_TRUE(Analyze(cluster, options, &idf, &a).ok());
  size_t pasted = 0, genuine_removed = 0;
  for (size_t i = 0; i < a.ground(); ++i) {
    if (IsPasted(cluster, a.sentences[i])) {
      ++pasted;
      EXPECT_TRUE(a.sentences[i].padding);
      EXPECT_FALSE(a.sentences[i].eligible);
    } else {
      genuine_removed += a.sentences[i].padding;
    }
  }
  EXPECT_EQ(pasted, 1u);
  EXPECT_EQ(genuine_removed, 0u);
  EXPECT_EQ(a.off_topic, 1u);

  // The summary never holds it, whatever the budget.
  for (uint32_t words : {20u, 60u, 200u}) {
    options.budget.limit = words;
    Summary summary;
    ASSERT_TRUE(Summarize(cluster, options, &idf, &summary).ok());
    for (const SummarySentence& s : summary.sentences) EXPECT_NE(s.text, kPasted);
  }
}

TEST(Padding, TheBackgroundRatioRanksThePastedSentenceLowest) {
  const Cluster cluster = DamCluster();
  const std::vector<Article> background = Background(cluster);
  std::vector<const Article*> pointers;
  for (const Article& a : background) pointers.push_back(&a);
  const IdfTable idf = IdfTable::Build(pointers, "en");
  ClusterAnalysis a;
  ASSERT_TRUE(Analyze(cluster, SummarizeOptions(), &idf, &a).ok());
  // Document frequencies within the cluster, as Analyze counts them.
  std::vector<uint32_t> df(a.idf.size(), 0);
  for (uint32_t art = 0; art < cluster.articles.size(); ++art) {
    std::vector<bool> seen(a.idf.size(), false);
    for (size_t i = 0; i < a.ground(); ++i) {
      if (a.sentences[i].article != art) continue;
      for (auto w = a.tf_begin(i); w != a.tf_end(i); ++w) {
        if (!seen[w->term]) ++df[w->term];
        seen[w->term] = true;
      }
    }
  }
  const std::vector<double> support = PaddingSupport(a, df, cluster.articles.size(), true);
  size_t lowest = 0;
  for (size_t i = 0; i < support.size(); ++i) {
    EXPECT_GT(support[i], 0.0);
    EXPECT_LT(support[i], 1.0);
    if (support[i] < support[lowest]) lowest = i;
  }
  EXPECT_TRUE(IsPasted(cluster, a.sentences[lowest]));
}

TEST(Padding, OffByDefault) {
  const Cluster cluster = DamCluster();
  ClusterAnalysis a;
  ASSERT_TRUE(Analyze(cluster, SummarizeOptions(), nullptr, &a).ok());
  EXPECT_EQ(a.off_topic, 0u);
  for (size_t i = 0; i < a.ground(); ++i) EXPECT_FALSE(a.sentences[i].padding);
}

}  // namespace
}  // namespace precis::summarize
