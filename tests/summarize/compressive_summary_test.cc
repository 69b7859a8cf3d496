// Compressive selection (SummarizeOptions::compress): every summary sentence, compressed or
// not, is the concatenation of its `spans` of the source article, for every method, budget
// unit and with the DUC-style truncated fill; without the option each sentence is one span.
#include <gtest/gtest.h>

#include <string>

#include "precis/render.h"
#include "precis/summarize.h"

namespace precis {
namespace {

Article MakeArticle(std::string id, std::string date, std::string text) {
  Article a;
  a.id = std::move(id);
  a.date = std::move(date);
  a.text = std::move(text);
  return a;
}

// Invented flood reports full of removable parts.
Cluster FloodCluster() {
  Cluster c;
  c.id = "flood";
  c.articles.push_back(MakeArticle(
      "a1", "2026-03-02",
      "Flood waters (the worst in fifty years) forced thousands of people from their homes in "
      "Marlow on Monday, officials said. On Tuesday, Mayor Ana Ruiz asked the national "
      "government for emergency aid for the flooded homes. The river _ swollen by a week of "
      "heavy rain _ broke through two levees near the old mill. Ana Ruiz, the city's mayor, "
      "said the levee repairs would take months."));
  c.articles.push_back(MakeArticle(
      "a2", "2026-03-03",
      "The flood in Marlow forced thousands of people from their homes, the Red Cross said. "
      "Emergency aid (food, water and blankets) arrived in Marlow on Wednesday, officials "
      "said. The river broke through two levees near the old mill, city engineers said. "
      "Governor Tom Field, a former engineer, promised money for the levee repairs."));
  c.articles.push_back(MakeArticle(
      "a3", "2026-03-04",
      "Marlow was hit by the worst flood in fifty years, residents said. In Marlow, Governor "
      "Tom Field promised emergency aid for the flooded homes. The levees near the old mill "
      "(built long ago) broke on Monday, the engineer said. He said the levee repairs would "
      "take months, according to the city."));
  return c;
}

void ExpectMadeOfSpans(const Cluster& c, const Summary& s) {
  ASSERT_FALSE(s.sentences.empty()) << s.method;
  for (const SummarySentence& item : s.sentences) {
    const std::string& text = c.articles.at(item.article).text;
    ASSERT_FALSE(item.spans.empty()) << s.method << ": " << item.text;
    std::string joined;
    uint32_t last_end = 0;
    for (size_t k = 0; k < item.spans.size(); ++k) {
      const Span span = item.spans[k];
      EXPECT_LT(span.begin, span.end) << item.text;
      EXPECT_LE(span.end, text.size()) << item.text;
      if (k > 0) EXPECT_LT(last_end, span.begin) << item.text;
      last_end = span.end;
      joined += span.of(text);
    }
    EXPECT_EQ(joined, item.text) << s.method;
    EXPECT_EQ(item.begin, item.spans.front().begin);
    EXPECT_EQ(item.end, item.spans.back().end);
  }
}

size_t MultiSpanSentences(const Summary& s) {
  size_t n = 0;
  for (const SummarySentence& item : s.sentences) n += item.spans.size() > 1;
  return n;
}

class CompressiveSummary : public ::testing::TestWithParam<std::string> {};

TEST_P(CompressiveSummary, EverySentenceIsItsSpans) {
  const Cluster c = FloodCluster();
  for (const bool compress : {false, true}) {
    for (const Budget budget :
         {Budget{BudgetUnit::kWords, 40, false}, Budget{BudgetUnit::kWords, 37, true},
          Budget{BudgetUnit::kBytes, 230, true}, Budget{BudgetUnit::kSentences, 3, false}}) {
      SummarizeOptions o;
      o.method = GetParam();
      o.compress = compress;
      o.budget = budget;
      Summary s;
      ASSERT_TRUE(Summarize(c, o, nullptr, &s).ok());
      ExpectMadeOfSpans(c, s);
      if (!compress) EXPECT_EQ(MultiSpanSentences(s), 0u) << GetParam();
      if (budget.unit == BudgetUnit::kWords) {
        EXPECT_LE(s.words, budget.limit) << GetParam() << " compress " << compress << "\n"
                                         << SummaryToJson(s);
      }
      if (budget.unit == BudgetUnit::kBytes) EXPECT_LE(s.bytes, budget.limit) << GetParam();
    }
  }
}

INSTANTIATE_TEST_SUITE_P(AllMethods, CompressiveSummary, ::testing::ValuesIn(MethodNames()));

TEST(CompressiveSummaryDefault, CompressionFitsMoreSentences) {
  const Cluster c = FloodCluster();
  SummarizeOptions o;
  o.budget.limit = 45;
  Summary whole, compressed;
  ASSERT_TRUE(Summarize(c, o, nullptr, &whole).ok());
  o.compress = true;
  ASSERT_TRUE(Summarize(c, o, nullptr, &compressed).ok());
  EXPECT_GE(MultiSpanSentences(compressed), 1u);
  EXPECT_GE(compressed.sentences.size(), whole.sentences.size());
  for (const SummarySentence& item : compressed.sentences) {
    // The rules' cuts read well: no attribution tail, parenthetical or wire aside is left.
    EXPECT_EQ(item.text.find(", officials said."), std::string::npos) << item.text;
    EXPECT_EQ(item.text.find(" _ "), std::string::npos) << item.text;
    EXPECT_EQ(item.text.find('('), std::string::npos) << item.text;
  }
}

TEST(CompressiveSummaryJson, SpansBesideBeginAndEnd) {
  const Cluster c = FloodCluster();
  SummarizeOptions o;
  o.compress = true;
  o.budget.limit = 45;
  Summary s;
  ASSERT_TRUE(Summarize(c, o, nullptr, &s).ok());
  const std::string json = SummaryToJson(s);
  for (const SummarySentence& item : s.sentences) {
    std::string spans = "\"spans\":[";
    for (size_t k = 0; k < item.spans.size(); ++k) {
      spans += (k ? ",[" : "[") + std::to_string(item.spans[k].begin) + "," +
               std::to_string(item.spans[k].end) + "]";
    }
    EXPECT_NE(json.find(spans + "]"), std::string::npos) << json;
  }
  // A sentence built by hand without spans is written with its outer span.
  Summary manual;
  SummarySentence item;
  item.text = "abc";
  item.begin = 4;
  item.end = 7;
  manual.sentences.push_back(item);
  EXPECT_NE(SummaryToJson(manual).find("\"spans\":[[4,7]]"), std::string::npos);
}

}  // namespace
}  // namespace precis
