// Every method respects referential clarity: a sentence that leans on the one before it is
// in a summary only right after that sentence (summarize/coherence.h, analysis.h).
#include <gtest/gtest.h>

#include <string>

#include "precis/summarize.h"
#include "summarize/analysis.h"
#include "summarize/coherence.h"

namespace precis {
namespace {

// Appends one article per text, with ids <id_prefix>0, 1, ... and dates <date_prefix>0, 1, ...
template <size_t N>
void AddArticles(const char* const (&texts)[N], const std::string& id_prefix,
                 const std::string& date_prefix, Cluster* cluster) {
  for (size_t i = 0; i < N; ++i) {
    Article a;
    a.id = id_prefix + std::to_string(i);
    a.date = date_prefix + std::to_string(i);
    a.text = texts[i];
    cluster->articles.push_back(a);
  }
}

Cluster MakeCluster() {
  Cluster c;
  c.id = "dam";
  const char* texts[] = {
      "Engineers found a large crack in the spillway of the Brenmoor Dam on Monday morning. "
      "It was the second crack found in the aging dam this year. "
      "About 4,200 residents of Caldwick were ordered to leave their homes by the county. "
      "They were told to stay with relatives or in two shelters opened at local schools.",
      "The Brenmoor Dam holds back the Lisle River three miles upstream of Caldwick town. "
      "But engineers said the crack in the spillway posed no immediate danger to the dam. "
      "The county opened two shelters at local schools for the residents of Caldwick. "
      "\"We will not take any chances with the dam,\" she said at a news conference.",
      "Residents of Caldwick returned home Wednesday after the evacuation order was lifted. "
      "Those residents had spent two nights in shelters at local schools near the river. "
      "Repairs to the spillway of the Brenmoor Dam will take about six weeks, engineers said.",
  };
  AddArticles(texts, "a", "2024-03-1", &c);
  return c;
}

TEST(JointUnits, EveryMethodKeepsALeaningSentenceAfterItsAntecedent) {
  const Cluster cluster = MakeCluster();
  for (const std::string& method : MethodNames()) {
    for (bool mmr : {false, true}) {
      for (size_t words : {20, 40, 60, 100}) {
        SummarizeOptions options;
        options.method = method;
        options.mmr = mmr;
        options.budget.limit = words;
        Summary summary;
        ASSERT_TRUE(Summarize(cluster, options, nullptr, &summary).ok());
        for (size_t k = 0; k < summary.sentences.size(); ++k) {
          const SummarySentence& s = summary.sentences[k];
          const std::string& text = cluster.articles[s.article].text;
          ASSERT_EQ(s.text, text.substr(s.begin, s.end - s.begin));
          const std::vector<Span> spans = SplitSentences(text);
          size_t index = spans.size();
          for (size_t i = 0; i < spans.size(); ++i) {
            if (spans[i].begin <= s.begin && s.begin < spans[i].end) index = i;
          }
          ASSERT_LT(index, spans.size());
          const std::string_view previous =
              index == 0 ? std::string_view() : spans[index - 1].of(text);
          const summarize::Reliance r =
              summarize::SentenceReliance(spans[index].of(text), previous);
          if (r == summarize::Reliance::kStandsAlone) continue;
          ASSERT_EQ(r, summarize::Reliance::kOnPrevious) << method << ": " << s.text;
          ASSERT_GT(k, 0u) << method << " opens with a leaning sentence: " << s.text;
          const SummarySentence& p = summary.sentences[k - 1];
          EXPECT_EQ(p.article, s.article) << method << ": " << s.text;
          EXPECT_EQ(p.begin, spans[index - 1].begin) << method << ": " << s.text;
        }
      }
    }
  }
}

TEST(JointUnits, AUnitIsOfferedAndRenderedAsItsSentences) {
  const Cluster cluster = MakeCluster();
  summarize::ClusterAnalysis a;
  ASSERT_TRUE(summarize::Analyze(cluster, SummarizeOptions(), nullptr, &a).ok());
  ASSERT_GT(a.size(), a.singles);
  size_t units = 0;
  for (size_t i = a.singles; i < a.size(); ++i) {
    const summarize::AnalyzedSentence& u = a.sentences[i];
    ASSERT_GE(u.parts, 2u);
    // The unit's span runs from its first sentence to its last.
    EXPECT_EQ(u.span.begin, a.part_spans[u.part_begin].begin);
    EXPECT_EQ(u.span.end, a.part_spans[u.part_begin + u.parts - 1].end);
    ++units;
  }
  // "It was the second crack", "They were told", "But engineers", "Those residents"; the
  // quotation with "she said" leans too.
  EXPECT_EQ(units, 5u);
  for (size_t i = 0; i < a.singles; ++i) {
    const std::string_view text =
        a.sentences[i].span.of(cluster.articles[a.sentences[i].article].text);
    if (text.starts_with("It was") || text.starts_with("They") || text.starts_with("But") ||
        text.starts_with("Those")) {
      EXPECT_FALSE(a.sentences[i].eligible) << text;
    }
  }
}

TEST(JointUnits, ASentenceBudgetCountsEverySentenceOfAUnit) {
  const Cluster cluster = MakeCluster();
  for (const std::string& method : MethodNames()) {
    for (size_t limit : {1, 2, 3, 4}) {
      SummarizeOptions options;
      options.method = method;
      options.budget.unit = BudgetUnit::kSentences;
      options.budget.limit = limit;
      Summary summary;
      ASSERT_TRUE(Summarize(cluster, options, nullptr, &summary).ok());
      EXPECT_LE(summary.sentences.size(), limit) << method;
      EXPECT_FALSE(summary.sentences.empty()) << method;
    }
  }
}

// The article-level rules (the surname rule, quotations that continue a named speaker's
// words): a kNamedEarlier sentence is never in a summary, a kOnPrevious one only right after
// its previous sentence, for every method.
TEST(JointUnits, EveryMethodRespectsTheArticleLevelRules) {
  Cluster cluster;
  cluster.id = "bridge";
  const char* texts[] = {
      "The county engineer, Ruth Lindqvist, closed the Ashford bridge over the Lune on Monday. "
      "Heavy trucks had cracked two of the bridge's steel beams during the winter months. "
      "Traffic was sent over the old ferry road, which adds twenty minutes to the trip. "
      "Lindqvist said the bridge would stay closed until both beams were replaced in spring.",
      "Mayor Ana Ruiz promised to rebuild the Ashford bridge over the Lune by the autumn. "
      "\"We will rebuild the bridge, and we will pay for it,\" Ruiz said at the town hall. "
      "\"It will take a year of work on the river.\" "
      "The town council of Ashford voted to borrow the money for the bridge on Tuesday.",
      "Trucks crossing the Lune now use the old ferry road north of the town of Ashford. "
      "Drivers on the ferry road complained about the delays to the county engineer's office. "
      "The bridge carried about 9,000 vehicles a day before it was closed by the county.",
  };
  AddArticles(texts, "b", "2024-05-1", &cluster);
  // The rules the test relies on hold for this text.
  const std::vector<Span> first = SplitSentences(cluster.articles[0].text);
  ASSERT_EQ(first.size(), 4u);
  EXPECT_EQ(summarize::ArticleReliance(cluster.articles[0].text, first, "en")[3],
            summarize::Reliance::kNamedEarlier);
  const std::vector<Span> second = SplitSentences(cluster.articles[1].text);
  ASSERT_EQ(second.size(), 4u);
  EXPECT_EQ(summarize::ArticleReliance(cluster.articles[1].text, second, "en")[2],
            summarize::Reliance::kOnPrevious);

  size_t quotes_seen = 0;
  for (const std::string& method : MethodNames()) {
    for (bool mmr : {false, true}) {
      for (size_t words : {20, 40, 60, 100, 200}) {
        SummarizeOptions options;
        options.method = method;
        options.mmr = mmr;
        options.budget.limit = words;
        Summary summary;
        ASSERT_TRUE(Summarize(cluster, options, nullptr, &summary).ok());
        for (size_t k = 0; k < summary.sentences.size(); ++k) {
          const SummarySentence& s = summary.sentences[k];
          const std::string& text = cluster.articles[s.article].text;
          const std::vector<Span> spans = SplitSentences(text);
          const std::vector<summarize::Reliance> r = summarize::ArticleReliance(text, spans, "en");
          size_t index = spans.size();
          for (size_t i = 0; i < spans.size(); ++i) {
            if (spans[i].begin <= s.begin && s.begin < spans[i].end) index = i;
          }
          ASSERT_LT(index, spans.size());
          ASSERT_NE(r[index], summarize::Reliance::kNamedEarlier) << method << ": " << s.text;
          ASSERT_NE(r[index], summarize::Reliance::kUnsupported) << method << ": " << s.text;
          if (r[index] == summarize::Reliance::kStandsAlone) continue;
          quotes_seen += s.text.starts_with("\"It will take");
          ASSERT_GT(k, 0u) << method << " opens with a leaning sentence: " << s.text;
          const SummarySentence& p = summary.sentences[k - 1];
          EXPECT_EQ(p.article, s.article) << method << ": " << s.text;
          EXPECT_EQ(p.begin, spans[index - 1].begin) << method << ": " << s.text;
        }
      }
    }
  }
  // The continued quotation is offered (with its speaker), not dropped by every method.
  EXPECT_GT(quotes_seen, 0u);
}

}  // namespace
}  // namespace precis
