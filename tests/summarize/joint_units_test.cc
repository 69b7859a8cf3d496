// Every method respects referential clarity: a sentence that leans on the one before it is
// in a summary only right after that sentence (summarize/coherence.h, analysis.h).
#include <gtest/gtest.h>

#include <string>

#include "precis/summarize.h"
#include "summarize/analysis.h"
#include "summarize/coherence.h"

namespace precis {
namespace {

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
  for (int i = 0; i < 3; ++i) {
    Article a;
    a.id = "a" + std::to_string(i);
    a.date = "2024-03-1" + std::to_string(i);
    a.text = texts[i];
    c.articles.push_back(a);
  }
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
    const std::string_view text = a.sentences[i].span.of(cluster.articles[a.sentences[i].article].text);
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

}  // namespace
}  // namespace precis
