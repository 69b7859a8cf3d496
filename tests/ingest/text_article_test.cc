// ParseTextArticle: the title rule, byte order marks and line ends, bad bytes.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "precis/ingest.h"

namespace precis {
namespace {

Article MustParse(std::string_view bytes, std::string_view name = "dir/story.txt") {
  Article a;
  const Status s = ParseTextArticle(bytes, name, &a);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return a;
}

TEST(TextArticleTest, FirstLineBeforeABlankLineIsTheTitle) {
  const Article a = MustParse("Storm Hits Coast\n\nThe storm hit.\nIt rained.\n");
  EXPECT_EQ(a.id, "story");
  EXPECT_EQ(a.title, "Storm Hits Coast");
  EXPECT_EQ(a.text, "The storm hit.\nIt rained.\n");
}

TEST(TextArticleTest, NoBlankLineMeansNoTitle) {
  const Article a = MustParse("Storm Hits Coast\nThe storm hit.\n");
  EXPECT_EQ(a.title, "");
  EXPECT_EQ(a.text, "Storm Hits Coast\nThe storm hit.\n");
}

TEST(TextArticleTest, AFirstLineEndingInAPeriodIsASentence) {
  const Article a = MustParse("The storm hit the coast.\n\nIt rained.\n");
  EXPECT_EQ(a.title, "");
  EXPECT_EQ(a.text, "The storm hit the coast.\n\nIt rained.\n");
  EXPECT_EQ(MustParse("Ends with spaces.  \n\nx").title, "");
}

TEST(TextArticleTest, TitleLengthLimitIs200Bytes) {
  const std::string ok(200, 'T');
  EXPECT_EQ(MustParse(ok + "\n\nbody").title, ok);
  const std::string long_line(201, 'T');
  EXPECT_EQ(MustParse(long_line + "\n\nbody").title, "");
  // The limit applies after trimming surrounding white space.
  EXPECT_EQ(MustParse("  " + ok + "  \n\nbody").title, ok);
}

TEST(TextArticleTest, QuestionsAndExclamationsCanBeTitles) {
  EXPECT_EQ(MustParse("Who Pays for the Bridge?\n\nbody").title, "Who Pays for the Bridge?");
}

TEST(TextArticleTest, CrlfBomAndLeadingBlankLines) {
  const Article a = MustParse("\xEF\xBB\xBF\r\n  \r\nTitle Here \r\n \r\n\r\nBody line.\r\n");
  EXPECT_EQ(a.title, "Title Here");
  EXPECT_EQ(a.text, "Body line.\r\n");  // kept verbatim
}

TEST(TextArticleTest, WithoutATitleTheWholeTextIsKeptVerbatim) {
  const Article a = MustParse("\xEF\xBB\xBF  one line only");
  EXPECT_EQ(a.title, "");
  EXPECT_EQ(a.text, "  one line only");
}

TEST(TextArticleTest, TitleOnlyGivesAnEmptyText) {
  const Article a = MustParse("Just a Headline\n\n\n");
  EXPECT_EQ(a.title, "Just a Headline");
  EXPECT_EQ(a.text, "");
}

TEST(TextArticleTest, EmptyAndWhitespaceInputsAreNotErrors) {
  EXPECT_EQ(MustParse("").text, "");
  EXPECT_EQ(MustParse(" \n\t\n").title, "");
}

TEST(TextArticleTest, IdIsTheFileStem) {
  EXPECT_EQ(MustParse("x", "a/b/2024-01-02.wire.txt").id, "2024-01-02.wire");
  EXPECT_EQ(MustParse("x", "plain").id, "plain");
  EXPECT_EQ(MustParse("x", "<stdin>").id, "stdin");
}

TEST(TextArticleTest, InvalidUtf8IsAnErrorWithTheOffset) {
  Article a;
  const Status s = ParseTextArticle("Title\n\nabc \xE2\x82 def", "bad.txt", &a);
  EXPECT_EQ(s.code(), Status::Code::kDataError);
  EXPECT_EQ(s.message(),
            "bad.txt: invalid UTF-8 at byte 11 (precis reads UTF-8 text: convert other encodings "
            "first, e.g. iconv -f windows-1251 -t UTF-8)");
  // Overlong encodings and surrogates are invalid too.
  EXPECT_FALSE(ParseTextArticle("\xC0\xAF", "x", &a).ok());
  EXPECT_FALSE(ParseTextArticle("\xED\xA0\x80", "x", &a).ok());
}

TEST(TextArticleTest, BinaryIsAnError) {
  Article a;
  const Status s = ParseTextArticle(std::string("GIF89a\0\0\x01\x02", 10), "pic.txt", &a);
  EXPECT_EQ(s.message(), "pic.txt: looks like binary data");
}

TEST(TextArticleTest, FiftyMegabyteArticle) {
  std::string bytes = "Big Report\n\n";
  const std::string para = "Officials said the figures were revised.\n\n";
  while (bytes.size() < (50u << 20)) bytes += para;
  Article a;
  ASSERT_TRUE(ParseTextArticle(bytes, "big.txt", &a).ok());
  EXPECT_EQ(a.title, "Big Report");
  EXPECT_EQ(a.text.size(), bytes.size() - 12);
}

}  // namespace
}  // namespace precis
