#include <gtest/gtest.h>

#include <string>

#include "precis/text.h"

namespace precis {
namespace {

std::string Dateline(std::string_view s) { return std::string(s.substr(0, DatelineLength(s))); }

TEST(DatelineTest, CommonForms) {
  EXPECT_EQ(Dateline("WASHINGTON (AP) -- The Senate voted."), "WASHINGTON (AP) -- ");
  EXPECT_EQ(Dateline("LONDON, March 3 (Reuters) - Britain's economy grew."),
            "LONDON, March 3 (Reuters) - ");
  EXPECT_EQ(Dateline("ST. LOUIS (AP) _ A tornado struck."), "ST. LOUIS (AP) _ ");
  EXPECT_EQ(Dateline("NEW YORK \xE2\x80\x94 Stocks rallied."), "NEW YORK \xE2\x80\x94 ");
  EXPECT_EQ(Dateline("WASHINGTON, D.C. \xE2\x80\x94 The museum reopened."),
            "WASHINGTON, D.C. \xE2\x80\x94 ");
  EXPECT_EQ(Dateline("BAGHDAD, Iraq (AP) _ Iraq said."), "BAGHDAD, Iraq (AP) _ ");
  EXPECT_EQ(Dateline("WASHINGTON (AP) The Senate voted."), "WASHINGTON (AP) ");
  EXPECT_EQ(Dateline("S\xC3\x83O PAULO, Brazil (Reuters) - Coffee rose."),
            "S\xC3\x83O PAULO, Brazil (Reuters) - ");
  EXPECT_EQ(Dateline("KABUL\xE2\x80\x94The talks ended."), "KABUL\xE2\x80\x94");
  // Wire copy without a space before the agency (a DUC 2006 summary began "WASHINGTON(AP) --").
  EXPECT_EQ(Dateline("WASHINGTON(AP) -- Americans won a new drug Friday."), "WASHINGTON(AP) -- ");
}

TEST(DatelineTest, NotDatelines) {
  for (const char* s :
       {"The Senate voted (AP) -- again.", "Washington (AP) -- The Senate.",
        "US - China talks resumed.", "NATO said on Monday it would act.", "WASHINGTON",
        "WASHINGTON (AP) -- ", "", "A - B", "WASHINGTON-based groups protested."}) {
    EXPECT_EQ(DatelineLength(s), 0u) << s;
  }
}

TEST(DatelineTest, StaysInTheFirstSentence) {
  const std::string text = "ST. LOUIS (AP) -- Mr. Smith won. He thanked voters.";
  const std::vector<Span> spans = SplitSentences(text);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0].of(text), "ST. LOUIS (AP) -- Mr. Smith won.");
  // A caller can skip the dateline and keep a span into the original text.
  EXPECT_EQ(DatelineLength(spans[0].of(text)), 18u);
}

}  // namespace
}  // namespace precis
