// The rules every method obeys after selecting (issue 12): no two chosen
// sentences above the redundancy threshold, no lead-in ending in ':' without
// the list it introduces.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "precis/render.h"
#include "precis/summarize.h"
#include "precis/text.h"
#include "summarize/analysis.h"

namespace precis {
namespace {

Cluster Paraphrases() {
  Cluster c;
  c.id = "plan";
  Article a;
  a.id = "a";
  a.text =
      "The minister said rural development will remain the top priority "
      "for the decade. "
      "Rural development will remain the top priority for the whole "
      "decade, the minister said. "
      "For the decade, the top priority will remain rural development, "
      "said the minister. "
      "New roads will link two hundred villages to regional markets by "
      "next spring. "
      "Farmers in the north welcomed the promise of cheaper loans for "
      "irrigation pumps. "
      "The budget also doubles spending on village clinics and rural "
      "schools this year.";
  c.articles.push_back(a);
  Article b;
  b.id = "b";
  b.text =
      "Rural development will remain the top priority of the government for "
      "the decade. "
      "Critics said the plan lacked money for teachers and nurses in remote "
      "districts. "
      "The opposition will table its own budget for rural areas next week.";
  c.articles.push_back(b);
  return c;
}

TEST(SelectionRulesTest, EveryMethodRefusesRedundantSentences) {
  const Cluster c = Paraphrases();
  for (const std::string& method : MethodNames()) {
    SummarizeOptions options;
    options.method = method;
    options.budget.limit = 80;
    Summary summary;
    ASSERT_TRUE(Summarize(c, options, nullptr, &summary).ok()) << method;
    int priority = 0;
    for (const SummarySentence& s : summary.sentences) {
      if (s.text.find("priority") != std::string::npos) ++priority;
    }
    EXPECT_LE(priority, 1) << method << " took the same point " << priority << " times";
    EXPECT_GE(summary.sentences.size(), 2u) << method;  // freed budget is refilled
  }
}

TEST(SelectionRulesTest, ThresholdOneKeepsParaphrases) {
  // The rule is the threshold: at 1.0 (off) a method may take two paraphrases
  // again.
  const Cluster c = Paraphrases();
  SummarizeOptions options;
  options.method = "lead";
  options.redundancy_threshold = 1.0;
  options.budget.limit = 40;
  Summary summary;
  ASSERT_TRUE(Summarize(c, options, nullptr, &summary).ok());
  int priority = 0;
  for (const SummarySentence& s : summary.sentences) {
    if (s.text.find("priority") != std::string::npos) ++priority;
  }
  EXPECT_GE(priority, 2);
}

TEST(SelectionRulesTest, LeadInIsTakenWithItsListOrNotAtAll) {
  Cluster c;
  c.id = "list";
  Article a;
  a.id = "a";
  a.text =
      "The council approved a flood plan for the river district on Monday "
      "night.\n\n"
      "The plan has three main parts that residents should know about:\n\n"
      "New levees will be built along the eastern bank of the river "
      "before next winter.\n\n"
      "Families in the lowest streets will get grants to raise their "
      "houses by a metre.\n\n"
      "The council will publish flood maps for every street in the "
      "district next month.";
  c.articles.push_back(a);
  for (const std::string& method : MethodNames()) {
    for (size_t limit : {15u, 30u, 60u}) {
      SummarizeOptions options;
      options.method = method;
      options.budget.limit = limit;
      options.ordering = Ordering::kChronological;
      Summary summary;
      ASSERT_TRUE(Summarize(c, options, nullptr, &summary).ok());
      for (size_t i = 0; i < summary.sentences.size(); ++i) {
        if (summary.sentences[i].text.back() != ':') continue;
        ASSERT_LT(i + 1, summary.sentences.size()) << method << " " << limit;
        EXPECT_THAT(summary.sentences[i + 1].text, ::testing::StartsWith("New levees"))
            << method << " " << limit;
      }
    }
  }
}

TEST(SelectionRulesTest, TextOutputFoldsWhiteSpace) {
  EXPECT_EQ(FoldWhiteSpace("  Rain\tfell\n\nall \xC2\xA0 week.\r\n"), "Rain fell all week.");
  EXPECT_EQ(FoldWhiteSpace(""), "");
}

TEST(SelectionRulesTest, TextOutputPrintsOneLinePerSentenceJsonKeepsTheText) {
  Summary summary;
  summary.id = "x";
  SummarySentence s;
  s.text = "The bridge\treopened on\n  Thursday.";
  s.begin = 0;
  s.end = static_cast<uint32_t>(s.text.size());
  summary.sentences.push_back(s);
  EXPECT_EQ(SummaryToText(summary), "The bridge reopened on Thursday.\n");
  EXPECT_THAT(SummaryToJson(summary),
              ::testing::HasSubstr("The bridge\\treopened on\\n  Thursday."));
}

}  // namespace
}  // namespace precis
