#include "summarize/sentence_filters.h"

#include <gtest/gtest.h>

#include "summarize/analysis.h"

namespace precis::summarize {
namespace {

bool Contentless(const std::string& s, size_t min_content = 3) {
  std::vector<WordToken> tokens;
  TokenizeWords(s, Span{0, static_cast<uint32_t>(s.size())}, &tokens);
  return IsContentlessQuote(s, 0, tokens, "en", min_content);
}

TEST(SentenceFilters, ContentlessQuotes) {
  EXPECT_TRUE(Contentless("``It's the World Series,'' said Martinez."));
  EXPECT_TRUE(Contentless("\"I don't want to talk about that,\" Williams said."));
  EXPECT_TRUE(Contentless("\xe2\x80\x9cWe are very happy,\xe2\x80\x9d she said."));
  // The quote says something: three content words or more before the closing mark.
  EXPECT_FALSE(Contentless("``We refuse any political agreement with them,'' he said."));
  EXPECT_FALSE(Contentless("\"Rescue teams reached the village,\" the governor said."));
  // Not a sentence that opens with a quote, or a quote that never closes.
  EXPECT_FALSE(Contentless("He said: ``It's over.''"));
  EXPECT_FALSE(Contentless("``It is over and the season is lost"));
  EXPECT_FALSE(Contentless(""));
  // The threshold is the caller's.
  EXPECT_FALSE(Contentless("``It's the World Series,'' said Martinez.", 2));
}

TEST(SentenceFilters, QuestionsInEveryScript) {
  EXPECT_TRUE(IsQuestion("Will the river flood?", "en"));
  EXPECT_TRUE(IsQuestion("Will the river flood?  \n", "en"));
  EXPECT_TRUE(IsQuestion("\xc2\xbf Cu\xc3\xa1ndo podr\xc3\xa1n volver a casa?", "es"));
  EXPECT_TRUE(IsQuestion("专家表示，未来几天可能发生余震？", "zh"));
  EXPECT_TRUE(IsQuestion("都は警戒を呼びかけている？", "ja"));
  EXPECT_TRUE(IsQuestion("هل ستنجح القمة في توحيد المواقف؟", "ar"));
  EXPECT_TRUE(IsQuestion("Θα υπάρξει νέα απεργία;", "el"));
  EXPECT_TRUE(IsQuestion("Θα υπάρξει νέα απεργία\xcd\xbe", "greek"));  // U+037E
  // A semicolon ends a question in Greek only.
  EXPECT_FALSE(IsQuestion("The river rose; the town held;", "en"));
  EXPECT_FALSE(IsQuestion("The river rose.", "en"));
  EXPECT_FALSE(IsQuestion("「観測史上最も早い開花です。」と担当者は語った。", "ja"));
  EXPECT_FALSE(IsQuestion("", "en"));
}

TEST(SentenceFilters, Boilerplate) {
  EXPECT_TRUE(LooksLikeBoilerplate("Copyright (c) 2024 Valley Wire. All Rights Reserved."));
  EXPECT_TRUE(LooksLikeBoilerplate("Jane Doe in Elmhurst contributed to this report."));
  EXPECT_TRUE(LooksLikeBoilerplate("Click here to read the full forecast."));
  EXPECT_TRUE(LooksLikeBoilerplate("Reporting by Ann Lee; Editing by Tom Gray."));
  EXPECT_FALSE(LooksLikeBoilerplate("The mayor asked residents to stay away from the river."));
  EXPECT_FALSE(LooksLikeBoilerplate("Officials said the copyright dispute would go to court."));
  EXPECT_FALSE(LooksLikeBoilerplate(""));
}

TEST(SentenceFilters, Headings) {
  EXPECT_TRUE(LooksLikeHeading("River floods town"));
  // A wire-format code after a headline is not its punctuation.
  EXPECT_TRUE(LooksLikeHeading("SMALL BOOKSELLERS TAKE FIGHT TO WEB &QL;"));
  EXPECT_TRUE(LooksLikeHeading("River floods town &QL; &UR;"));
  EXPECT_TRUE(LooksLikeHeading("&QL;"));
  EXPECT_FALSE(LooksLikeHeading("Prices rose at AT&T;"));
  EXPECT_FALSE(LooksLikeHeading("The river flooded the town. &QL;"));
  EXPECT_TRUE(LooksLikeHeading(""));
  EXPECT_FALSE(LooksLikeHeading("The river flooded the town."));
  EXPECT_FALSE(LooksLikeHeading("\"The river flooded the town.\""));
  EXPECT_FALSE(LooksLikeHeading("The river flooded the town.\xE2\x80\x9D"));  // .”
  EXPECT_TRUE(LooksLikeHeading("River floods town\xE2\x80\x9D"));
  // Sentence ends of other scripts (issue 12): 。 । ؟ 」 after 。, and Thai without any.
  EXPECT_FALSE(LooksLikeHeading("選挙は五月に行われる。"));
  EXPECT_FALSE(LooksLikeHeading("「選挙は五月に行われる。」"));
  EXPECT_FALSE(LooksLikeHeading("किसान इससे खुश हैं।"));
  EXPECT_FALSE(LooksLikeHeading("هل ستنجح الخطة؟"));
  EXPECT_FALSE(LooksLikeHeading("ชาวนาพอใจกับแผนนี้มาก"));
  EXPECT_TRUE(LooksLikeHeading("Президент подписал закон"));
}

TEST(SentenceFilters, FilteredSentencesAreNotEligible) {
  Cluster c;
  c.articles.push_back({"a", "", "", "", "",
                        "Heavy rain flooded the river town of Elmhurst on Friday night. "
                        "``It's terrible,'' said one resident of the town. "
                        "Copyright (c) 2024 Valley Wire, all rights reserved by the owners."});
  ClusterAnalysis a;
  ASSERT_TRUE(Analyze(c, SummarizeOptions(), nullptr, &a).ok());
  // Three sentences, then the joint unit of the quote ("It's ...") with the sentence before it.
  ASSERT_EQ(a.singles, 3u);
  ASSERT_EQ(a.size(), 4u);
  EXPECT_EQ(a.sentences[3].parts, 2u);
  EXPECT_TRUE(a.sentences[0].eligible);
  EXPECT_FALSE(a.sentences[1].eligible);
  EXPECT_FALSE(a.sentences[2].eligible);
}

}  // namespace
}  // namespace precis::summarize
