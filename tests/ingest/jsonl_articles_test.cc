// ParseArticlesJsonl: good records, every kind of bad record, and the skip policy.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "precis/ingest.h"
#include "precis/text.h"

namespace precis {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

struct Parsed {
  Status status;
  std::vector<Article> articles;
  IngestReport report;
};

Parsed Parse(std::string_view bytes, IngestOptions options = {}) {
  Parsed p;
  p.status = ParseArticlesJsonl(bytes, "feed.jsonl", options, &p.articles, &p.report);
  return p;
}

IngestOptions Skipping() {
  IngestOptions o;
  o.skip_bad_records = true;
  return o;
}

TEST(ArticlesJsonlTest, ReadsAllFields) {
  const Parsed p = Parse(
      R"({"id":"a1","title":"T","date":"2024-03-01","source":"Wire","url":"http://x/1","text":"Body one."})"
      "\n");
  ASSERT_TRUE(p.status.ok()) << p.status.ToString();
  ASSERT_EQ(p.articles.size(), 1u);
  const Article& a = p.articles[0];
  EXPECT_EQ(a.id, "a1");
  EXPECT_EQ(a.title, "T");
  EXPECT_EQ(a.date, "2024-03-01");
  EXPECT_EQ(a.source, "Wire");
  EXPECT_EQ(a.url, "http://x/1");
  EXPECT_EQ(a.text, "Body one.");
  EXPECT_EQ(p.report.articles_read, 1u);
  EXPECT_TRUE(p.report.warnings.empty());
}

TEST(ArticlesJsonlTest, ReadsAuthorAndLanguage) {
  const Parsed p = Parse(R"({"text":"t","author":"Ana Ruiz","language":"pt-BR"})");
  ASSERT_TRUE(p.status.ok()) << p.status.ToString();
  ASSERT_EQ(p.articles.size(), 1u);
  EXPECT_EQ(p.articles[0].author, "Ana Ruiz");
  EXPECT_EQ(p.articles[0].language, "pt-BR");
  const Parsed bad = Parse(R"({"text":"t","language":7})");
  EXPECT_FALSE(bad.status.ok());
  EXPECT_THAT(bad.status.message(), HasSubstr("\"language\""));
}

TEST(ArticlesJsonlTest, OnlyTextIsRequiredAndIdsAreSynthesised) {
  const Parsed p = Parse("\n{\"text\":\"one\"}\n\n{\"text\":\"two\"}");
  ASSERT_TRUE(p.status.ok()) << p.status.ToString();
  ASSERT_EQ(p.articles.size(), 2u);
  EXPECT_EQ(p.articles[0].id, "feed:2");  // line numbers count blank lines
  EXPECT_EQ(p.articles[1].id, "feed:4");
  EXPECT_EQ(p.articles[0].title, "");
}

TEST(ArticlesJsonlTest, IgnoresUnknownFieldsAndNulls) {
  const Parsed p = Parse(
      R"({"text":"t","tags":["a",{"b":1}],"score":1.5,"title":null,"id":null,"extra":{"x":[]}})");
  ASSERT_TRUE(p.status.ok()) << p.status.ToString();
  ASSERT_EQ(p.articles.size(), 1u);
  EXPECT_EQ(p.articles[0].title, "");
  EXPECT_EQ(p.articles[0].id, "feed:1");
}

TEST(ArticlesJsonlTest, IntegerIdsAreAccepted) {
  const Parsed p = Parse("{\"id\":42,\"text\":\"t\"}\n{\"id\":-3,\"text\":\"u\"}\n");
  ASSERT_TRUE(p.status.ok()) << p.status.ToString();
  EXPECT_EQ(p.articles[0].id, "42");
  EXPECT_EQ(p.articles[1].id, "-3");
}

TEST(ArticlesJsonlTest, DecodesEscapesAndKeepsUnicode) {
  const Parsed p = Parse(R"({"text":"caf\u00e9 \"quoted\"\nline \ud83d\ude00 na\u00efve"})");
  ASSERT_TRUE(p.status.ok()) << p.status.ToString();
  EXPECT_EQ(p.articles[0].text, "caf\xC3\xA9 \"quoted\"\nline \xF0\x9F\x98\x80 na\xC3\xAFve");
}

TEST(ArticlesJsonlTest, AcceptsCrlfBomAndNoFinalNewline) {
  const Parsed p = Parse("\xEF\xBB\xBF{\"text\":\"a\"}\r\n\r\n{\"text\":\"b\"}");
  ASSERT_TRUE(p.status.ok()) << p.status.ToString();
  ASSERT_EQ(p.articles.size(), 2u);
  EXPECT_EQ(p.articles[1].id, "feed:3");
}

TEST(ArticlesJsonlTest, MalformedJsonNamesFileAndLine) {
  const Parsed p = Parse("{\"text\":\"ok\"}\n{\"text\":\"unterminated}\n");
  EXPECT_EQ(p.status.code(), Status::Code::kDataError);
  EXPECT_THAT(p.status.message(), HasSubstr("feed.jsonl:2: malformed JSON: "));
  // Where the line stops being JSON: its end (22 bytes), inside the unterminated string.
  EXPECT_THAT(p.status.message(), HasSubstr("(at byte 22)"));
}

// Found by articles_jsonl_fuzz: finding the error's byte with nlohmann's DOM parser threw
// out_of_range on a number too large for a double, and the process ended.
TEST(ArticlesJsonlTest, MalformedLineWithAHugeNumberIsAnError) {
  for (const std::string line :
       {"1e400d\":\"x\",\"text\":\" \"-0}", "[1e400, }", "{\"text\": 1e400 x}"}) {
    const Parsed p = Parse("{\"text\":\"ok\"}\n" + line + "\n");
    EXPECT_EQ(p.status.code(), Status::Code::kDataError) << line;
    EXPECT_THAT(p.status.message(), HasSubstr("feed.jsonl:2: ")) << line;
  }
}

TEST(ArticlesJsonlTest, TrailingGarbageIsMalformed) {
  const Parsed p = Parse("{\"text\":\"ok\"} {\"text\":\"two on a line\"}\n");
  EXPECT_THAT(p.status.message(), HasSubstr("feed.jsonl:1: malformed JSON"));
  EXPECT_THAT(p.status.message(), HasSubstr("(at byte 14)"));  // the second object
}

TEST(ArticlesJsonlTest, PrettyPrintedJsonGetsAHint) {
  const Parsed p = Parse("{\n  \"text\": \"x\"\n}\n");
  EXPECT_THAT(p.status.message(), HasSubstr("feed.jsonl:1: malformed JSON"));
  EXPECT_THAT(p.status.message(), HasSubstr("one whole object per line"));
}

TEST(ArticlesJsonlTest, NonObjectIsAnError) {
  EXPECT_EQ(Parse("[1,2]\n").status.message(), "feed.jsonl:1: expected a JSON object, got array");
  EXPECT_EQ(Parse("\"text\"\n").status.message(),
            "feed.jsonl:1: expected a JSON object, got string");
  EXPECT_EQ(Parse("{\"text\":\"a\"}\n42\n").status.message(),
            "feed.jsonl:2: expected a JSON object, got number");
}

TEST(ArticlesJsonlTest, MissingTextIsAnError) {
  EXPECT_EQ(Parse("{\"title\":\"no body\"}\n").status.message(), "feed.jsonl:1: missing \"text\"");
  EXPECT_EQ(Parse("{\"text\":null}\n").status.message(), "feed.jsonl:1: missing \"text\"");
}

TEST(ArticlesJsonlTest, WrongTypeNamesTheField) {
  EXPECT_EQ(Parse(R"({"text":5})").status.message(),
            "feed.jsonl:1: field \"text\" must be a string, got number");
  EXPECT_EQ(Parse(R"({"text":"t","title":["a"]})").status.message(),
            "feed.jsonl:1: field \"title\" must be a string, got array");
  EXPECT_EQ(Parse(R"({"text":"t","date":20240101})").status.message(),
            "feed.jsonl:1: field \"date\" must be a string, got number");
  EXPECT_EQ(Parse(R"({"text":"t","source":true})").status.message(),
            "feed.jsonl:1: field \"source\" must be a string, got boolean");
  EXPECT_EQ(Parse(R"({"text":"t","url":{}})").status.message(),
            "feed.jsonl:1: field \"url\" must be a string, got object");
  EXPECT_EQ(Parse(R"({"text":"t","id":1.5})").status.message(),
            "feed.jsonl:1: field \"id\" must be a string or an integer, got number");
}

// JSON can write U+0000; no news text holds one. It was stored, printed at the start of a
// sentence ("\u0000 The river rose.") and kept by the service's store: refused with its field
// (skipped with a warning under skip_bad_records), in every string field and in a string id.
TEST(ArticlesJsonlTest, NulCharacterIsRefusedWithItsField) {
  Parsed p = Parse("{\"text\":\"fine\"}\n{\"text\":\"Flood hits town.\\u0000 The river rose.\"}\n");
  EXPECT_EQ(p.status.code(), Status::Code::kDataError);
  EXPECT_EQ(p.status.message(),
            "feed.jsonl:2: field \"text\" holds a NUL character (\\u0000) at byte 16");
  EXPECT_THAT(Parse(R"({"text":"t","title":"A\u0000"})").status.message(),
              HasSubstr("field \"title\" holds a NUL character"));
  EXPECT_THAT(Parse(R"({"text":"t","id":"a\u0000b"})").status.message(),
              HasSubstr("field \"id\" holds a NUL character (\\u0000) at byte 1"));
  p = Parse("{\"text\":\"fine\"}\n{\"text\":\"bad\\u0000\"}\n", Skipping());
  ASSERT_TRUE(p.status.ok()) << p.status.message();
  EXPECT_EQ(p.articles.size(), 1u);
  ASSERT_EQ(p.report.warnings.size(), 1u);
  EXPECT_THAT(p.report.warnings[0], HasSubstr("NUL character"));
  // Other escapes are text.
  p = Parse(R"({"text":"Tab\there, \u00e9t\u00e9."})");
  ASSERT_TRUE(p.status.ok()) << p.status.message();
  EXPECT_EQ(p.articles[0].text, "Tab\there, \xC3\xA9t\xC3\xA9.");
}

TEST(ArticlesJsonlTest, InvalidUtf8GivesTheByteOffsetInTheLine) {
  //                  0123456789012
  const std::string line = "{\"text\":\"ab\xFF\"}";
  const Parsed p = Parse("{\"text\":\"fine\"}\n" + line + "\n");
  EXPECT_EQ(p.status.code(), Status::Code::kDataError);
  EXPECT_EQ(p.status.message(), "feed.jsonl:2: invalid UTF-8 at byte 11");
}

TEST(ArticlesJsonlTest, InvalidUtf8InAnIgnoredFieldIsStillAnError) {
  const Parsed p = Parse("{\"text\":\"ok\",\"junk\":\"\xC0\xAF\"}");
  EXPECT_EQ(p.status.message(), "feed.jsonl:1: invalid UTF-8 at byte 21");
}

TEST(ArticlesJsonlTest, EscapedSurrogatesNeverYieldInvalidUtf8) {
  for (const char* line : {R"({"text":"\udc00"})", R"({"text":"\ud800"})", R"({"text":"\ud800x"})",
                           R"({"text":"\ud800\u0041"})"}) {
    const Parsed p = Parse(line);
    if (p.status.ok()) {
      ASSERT_EQ(p.articles.size(), 1u) << line;
      EXPECT_TRUE(IsValidUtf8(p.articles[0].text)) << line;
    } else {
      EXPECT_THAT(p.status.message(), HasSubstr("feed.jsonl:1:")) << line;
    }
  }
}

TEST(ArticlesJsonlTest, SkipBadRecordsWarnsAndCounts) {
  const Parsed p = Parse(
      "{\"text\":\"one\"}\n"
      "{broken\n"
      "[]\n"
      "{\"title\":\"x\"}\n"
      "{\"text\":\"\xFF\"}\n"
      "{\"text\":7}\n"
      "{\"text\":\"two\"}\n",
      Skipping());
  ASSERT_TRUE(p.status.ok()) << p.status.ToString();
  ASSERT_EQ(p.articles.size(), 2u);
  EXPECT_EQ(p.articles[1].text, "two");
  EXPECT_EQ(p.articles[1].id, "feed:7");
  EXPECT_EQ(p.report.skipped_bad, 5u);
  ASSERT_EQ(p.report.warnings.size(), 5u);
  EXPECT_THAT(p.report.warnings[0], HasSubstr("feed.jsonl:2: malformed JSON"));
  EXPECT_THAT(p.report.warnings[3], HasSubstr("feed.jsonl:5: invalid UTF-8 at byte 9"));
  EXPECT_THAT(p.report.warnings[4], HasSubstr("record skipped"));
}

TEST(ArticlesJsonlTest, EmptyArticlesAreSkippedNeverAnError) {
  const Parsed p = Parse(
      "{\"id\":\"e1\",\"text\":\"\"}\n{\"id\":\"e2\",\"text\":\" \\n\\t "
      "\"}\n{\"text\":\"kept\"}\n");
  ASSERT_TRUE(p.status.ok()) << p.status.ToString();
  ASSERT_EQ(p.articles.size(), 1u);
  EXPECT_EQ(p.report.skipped_empty, 2u);
  EXPECT_THAT(p.report.warnings, ElementsAre("feed.jsonl:1: empty article \"e1\" skipped",
                                             "feed.jsonl:2: empty article \"e2\" skipped"));
}

TEST(ArticlesJsonlTest, PunctuationOnlyArticlesAreKept) {
  const Parsed p = Parse("{\"text\":\"... !!! --- \"}\n{\"text\":\"\xC2\xA0\"}\n");
  ASSERT_TRUE(p.status.ok()) << p.status.ToString();
  EXPECT_EQ(p.articles.size(), 2u);
  EXPECT_EQ(p.report.skipped_empty, 0u);
}

TEST(ArticlesJsonlTest, DuplicateIdsAreSuffixed) {
  const Parsed p = Parse(
      "{\"id\":\"x\",\"text\":\"1\"}\n{\"id\":\"x\",\"text\":\"2\"}\n"
      "{\"id\":\"x#2\",\"text\":\"3\"}\n{\"id\":\"x\",\"text\":\"4\"}\n");
  ASSERT_TRUE(p.status.ok()) << p.status.ToString();
  std::vector<std::string> ids;
  for (const Article& a : p.articles) ids.push_back(a.id);
  // "x#2" was taken by the renamed second record, so the literal "x#2" becomes "x#2#2".
  EXPECT_THAT(ids, ElementsAre("x", "x#2", "x#2#2", "x#3"));
  EXPECT_EQ(p.report.duplicate_ids, 3u);
  EXPECT_EQ(p.report.warnings[0], "feed.jsonl:2: duplicate article id \"x\" renamed \"x#2\"");
}

TEST(ArticlesJsonlTest, ArticleOverTheLimitIsAnError) {
  IngestOptions o;
  o.max_article_bytes = 10;
  const Parsed p = Parse("{\"id\":\"big\",\"text\":\"01234567890\"}\n", o);
  EXPECT_EQ(p.status.message(),
            "feed.jsonl:1: article \"big\" is 11 bytes, over max_article_bytes (10)");
  o.skip_bad_records = true;
  const Parsed q = Parse("{\"id\":\"big\",\"text\":\"01234567890\"}\n{\"text\":\"small\"}", o);
  ASSERT_TRUE(q.status.ok());
  EXPECT_EQ(q.articles.size(), 1u);
  EXPECT_EQ(q.report.skipped_bad, 1u);
}

TEST(ArticlesJsonlTest, FiftyMegabyteArticle) {
  std::string text;
  text.reserve(50u << 20);
  const std::string sentence = "The council met on Tuesday and approved the budget. ";
  while (text.size() + sentence.size() <= (50u << 20)) text += sentence;
  std::string line = "{\"id\":\"huge\",\"text\":\"";
  line += text;
  line += "\"}\n";
  const Parsed p = Parse(line);
  ASSERT_TRUE(p.status.ok()) << p.status.ToString();
  ASSERT_EQ(p.articles.size(), 1u);
  EXPECT_EQ(p.articles[0].text.size(), text.size());
  EXPECT_EQ(p.articles[0].text, text);
}

TEST(ArticlesJsonlTest, BinaryInputIsRefused) {
  const std::string bytes(
      "\x7F"
      "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0",
      16);
  EXPECT_EQ(Parse(bytes).status.message(), "feed.jsonl: looks like binary data");
  // Binary is about the whole input, not a record: skipping bad records does not hide it.
  EXPECT_FALSE(Parse(bytes, Skipping()).status.ok());
}

TEST(ArticlesJsonlTest, AppendsAndAccumulatesTheReport) {
  std::vector<Article> out;
  IngestReport report;
  ASSERT_TRUE(ParseArticlesJsonl("{\"text\":\"a\"}", "one.jsonl", {}, &out, &report).ok());
  ASSERT_TRUE(ParseArticlesJsonl("{\"text\":\"b\"}", "two.jsonl", {}, &out, &report).ok());
  EXPECT_EQ(out.size(), 2u);
  EXPECT_EQ(out[1].id, "two:1");
  EXPECT_EQ(report.articles_read, 2u);
  EXPECT_EQ(report.bytes_read, 24u);
}

TEST(ArticlesJsonlTest, ANullReportIsAllowed) {
  std::vector<Article> out;
  EXPECT_TRUE(ParseArticlesJsonl("{\"text\":\"\"}\n{\"text\":\"a\"}", "x", {}, &out, nullptr).ok());
  EXPECT_EQ(out.size(), 1u);
}

}  // namespace
}  // namespace precis
