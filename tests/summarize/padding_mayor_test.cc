// The padding check's model (summarize/padding.h, padding_features.h) in a single-story
// setting: one story about a mayor's remarks on a transit strike, two of its articles padded
// with sentences from stories outside the feed (a sister-city visit, a harbour lease) that name
// the same mayor and city. Invented articles.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "precis/summarize.h"
#include "summarize/analysis.h"
#include "summarize/padding.h"
#include "summarize/padding_features.h"

namespace precis::summarize {
namespace {

const char* const kPasted[] = {
    "Mayor Ruth Okonjo welcomed a delegation from Kestrel Bay, Harlow's sister city, with a "
    "ceremony of folk dancers and a gift of porcelain vases.",
    "The visitors toured the botanical gardens and signed a pledge on student exchanges "
    "between the two universities.",
    "Harlow's harbour board accused the Meridian shipping line of breaking its lease on the "
    "grain terminal, and Okonjo asked an arbitrator to settle the rent dispute."};

Cluster StrikeStory() {
  const std::vector<std::string> texts = {
      "Mayor Ruth Okonjo of Harlow told striking bus drivers on Monday that the city could not "
      "raise wages without cutting routes. The transit strike has shut down every bus line in "
      "Harlow for nine days. Okonjo said the union's demand for a twelve percent raise would "
      "cost the transit authority forty million dollars. " +
          std::string(kPasted[0]) + " " + kPasted[1] +
          " Union leaders said the mayor's offer of four percent was an insult to drivers who "
          "worked through the winter storms. Commuters packed the trains as the strike went on.",
      "Bus drivers in Harlow rejected the mayor's offer on Tuesday and said the strike would "
      "continue. Okonjo repeated that the transit authority had no money for a larger raise. "
      "The drivers' union said its members had voted to stay out until wages rose. " +
          std::string(kPasted[2]) +
          " Shop owners downtown said the strike had cut their sales by a third. The mayor "
          "invited union leaders to meet at city hall on Thursday.",
      "The strike by Harlow's bus drivers entered its second week as talks with Mayor Ruth "
      "Okonjo stalled. Drivers picketed the main bus depot and waved signs demanding higher "
      "wages. The transit authority said the strike was costing it two million dollars a day "
      "in lost fares. Okonjo said she would not break the budget to end the strike.",
      "Union leaders met Mayor Okonjo at city hall on Thursday to discuss the bus strike. Both "
      "sides said the talks on wages and routes were frank. The drivers want a raise of twelve "
      "percent, and the city has offered four. Commuters said they hoped the buses would run "
      "again before the end of the month."};
  Cluster c;
  c.id = "strike";
  for (size_t k = 0; k < texts.size(); ++k) {
    Article a;
    a.id = "s" + std::to_string(k);
    a.text = texts[k];
    c.articles.push_back(a);
  }
  return c;
}

// A feed's background: many invented articles on other topics, plus the story's own.
IdfTable Background(const Cluster& cluster, std::vector<Article>* keep) {
  const char* const topics[] = {
      "The city council approved a budget for schools and roads after a long debate.",
      "The league announced the cup final would be played in the capital in May.",
      "Farmers said the harvest was late because of a cold spring and little sun.",
      "The central bank kept interest rates unchanged as prices rose slowly.",
      "Doctors at the hospital opened a new ward for children with the support of donors.",
      "A delegation of business leaders toured the port and signed a trade pledge.",
      "Voters in the province chose a new governor in an election with a high turnout.",
      "The museum showed paintings and porcelain from a private collection.",
      "The university opened an exchange programme for students from abroad.",
      "A shipping company disputed the rent of a terminal with the port authority."};
  for (int k = 0; k < 150; ++k) {
    Article a;
    a.id = "bg" + std::to_string(k);
    a.text = std::string(topics[k % 10]) + " " + topics[(k * 3 + 1) % 10];
    keep->push_back(a);
  }
  for (const Article& a : cluster.articles) keep->push_back(a);
  std::vector<const Article*> pointers;
  for (const Article& a : *keep) pointers.push_back(&a);
  return IdfTable::Build(pointers, "en");
}

bool IsPasted(const Cluster& c, const AnalyzedSentence& s) {
  const std::string_view text = s.span.of(c.articles[s.article].text);
  for (const char* p : kPasted) {
    if (text == p) return true;
  }
  return false;
}

constexpr double kRecommended = 0.22;  // docs/summarize.md: 1.98% of DUC 2004's genuine removed

// At the threshold docs/summarize.md recommends, fit on DUC 2004, the sentence with no name
// in common is caught and no genuine sentence is removed; the two that name the mayor and the
// city stay above it (support about 0.92 and 0.53 in this short story), the gap to the issue's
// target of catching name-sharing padding (docs/summarize.md).
TEST(PaddingModel, AtTheRecommendedThresholdNoGenuineSentenceIsRemoved) {
  const Cluster cluster = StrikeStory();
  std::vector<Article> keep;
  const IdfTable idf = Background(cluster, &keep);
  SummarizeOptions options;
  options.off_topic_support = kRecommended;
  ClusterAnalysis a;
  ASSERT_TRUE(Analyze(cluster, options, &idf, &a).ok());
  size_t pasted = 0, caught = 0;
  for (size_t i = 0; i < a.ground(); ++i) {
    const bool is_pasted = IsPasted(cluster, a.sentences[i]);
    pasted += is_pasted;
    caught += is_pasted && a.sentences[i].padding;
    if (!is_pasted) {
      EXPECT_FALSE(a.sentences[i].padding)
          << a.sentences[i].span.of(cluster.articles[a.sentences[i].article].text);
    }
  }
  EXPECT_EQ(pasted, 3u);
  EXPECT_GE(caught, 1u);
  EXPECT_EQ(a.off_topic, caught);

  Summary summary;
  options.budget.limit = 120;
  ASSERT_TRUE(Summarize(cluster, options, &idf, &summary).ok());
  EXPECT_EQ(summary.off_topic_sentences, caught);
  EXPECT_FALSE(summary.sentences.empty());
}

// Every pasted sentence, those naming the mayor and the city too, has less support than every
// genuine one: a threshold between them catches all three and keeps the story whole.
TEST(PaddingModel, PastedSentencesHaveLessSupportThanGenuineOnes) {
  const Cluster cluster = StrikeStory();
  std::vector<Article> keep;
  const IdfTable idf = Background(cluster, &keep);
  ClusterAnalysis a;
  ASSERT_TRUE(Analyze(cluster, SummarizeOptions(), &idf, &a).ok());
  const std::vector<double> support =
      PaddingModelSupport(a, ArticleFrequencies(a), cluster.articles.size());
  ASSERT_EQ(support.size(), a.ground());
  double lowest_genuine = 1, highest_pasted = 0;
  for (size_t i = 0; i < a.ground(); ++i) {
    EXPECT_GT(support[i], 0.0);
    EXPECT_LT(support[i], 1.0);
    if (IsPasted(cluster, a.sentences[i])) {
      highest_pasted = std::max(highest_pasted, support[i]);
    } else {
      lowest_genuine = std::min(lowest_genuine, support[i]);
    }
  }
  EXPECT_LT(highest_pasted, lowest_genuine);
  SummarizeOptions options;
  options.off_topic_support = (highest_pasted + lowest_genuine) / 2;
  ASSERT_TRUE(Analyze(cluster, options, &idf, &a).ok());
  for (size_t i = 0; i < a.ground(); ++i) {
    EXPECT_EQ(a.sentences[i].padding, IsPasted(cluster, a.sentences[i]));
  }
}

// A copy of an article is no support: a sentence found only in an article and its copy is as
// unsupported by the other articles as one found nowhere else.
TEST(PaddingFeatures, ANearDuplicateArticleGivesNoSupport) {
  Cluster c;
  const std::string lone = "Falcons nested on the cathedral spire for the first time.";
  const std::string texts[] = {
      "The river flooded the lower town. Sandbags held along the quay. " + lone,
      "The river flooded the lower town. Sandbags held along the quay. " + lone,
      "Floodwater from the river reached the lower town on Sunday. The quay held.",
      "Residents of the lower town cleaned up after the river fell. Sandbags stayed."};
  for (int k = 0; k < 4; ++k) {
    Article a;
    a.id = "f" + std::to_string(k);
    a.text = texts[k];
    c.articles.push_back(a);
  }
  ClusterAnalysis a;
  ASSERT_TRUE(Analyze(c, SummarizeOptions(), nullptr, &a).ok());
  const std::vector<PaddingFeatureRow> rows =
      PaddingFeatures(a, ArticleFrequencies(a), c.articles.size(), false);
  ASSERT_EQ(rows.size(), a.ground());
  for (size_t i = 0; i < a.ground(); ++i) {
    const std::string_view text = a.sentences[i].span.of(c.articles[a.sentences[i].article].text);
    if (text == lone) {
      EXPECT_EQ(rows[i][kMaxSimilar], 0.0);  // its copy's identical sentence does not count
      EXPECT_EQ(rows[i][kCentroid], 0.0);
    }
    if (a.sentences[i].position == 0 && a.sentences[i].article <= 1) {
      EXPECT_GT(rows[i][kMaxSimilar], 0.3);  // "river", "lower town" in the third article
      EXPECT_EQ(rows[i][kPrevious], 0.0);    // no previous sentence
      EXPECT_EQ(rows[i][kBridge], 0.0);
    }
  }
}

}  // namespace
}  // namespace precis::summarize
