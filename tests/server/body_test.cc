// POST /articles bodies (server::ParseArticlesBody), directly: the cases the HTTP tests do not
// reach cheaply.
#include "server/body.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace precis::server {
namespace {

// Found by request_body_fuzz: an id of the made-up form "body:<n>" whose number does not fit
// in 64 bits threw std::out_of_range out of the parser (a 500 from the service).
TEST(ArticlesBody, MadeUpLookingIdWithAHugeNumberIsThePostersOwnId) {
  for (const std::string id : {"body:1841844674407955161646744073", "body:18446744073709551616",
                               "body:99999999999999999999999999999999999999"}) {
    std::vector<Article> articles;
    BodyError error;
    ASSERT_TRUE(
        ParseArticlesBody(R"({"id":")" + id + R"(","text":"The river rose."})", &articles, &error))
        << id << ": " << error.detail;
    ASSERT_EQ(articles.size(), 1u);
    EXPECT_EQ(articles[0].id, id);
  }
}

TEST(ArticlesBody, MissingIdIsRefusedWithItsLine) {
  std::vector<Article> articles;
  BodyError error;
  EXPECT_FALSE(ParseArticlesBody("{\"id\":\"a\",\"text\":\"One.\"}\n{\"text\":\"Two.\"}\n",
                                 &articles, &error));
  EXPECT_EQ(error.line, 2u);
  EXPECT_EQ(error.field, "id");
}

// An empty or blank id is refused with its line ("   " was stored, and could be fetched only
// as /articles/%20%20%20).
TEST(ArticlesBody, BlankIdIsRefusedWithItsLine) {
  for (const std::string id : {"", "   ", "\\t"}) {
    std::vector<Article> articles;
    BodyError error;
    EXPECT_FALSE(ParseArticlesBody(
        "{\"id\":\"a\",\"text\":\"One.\"}\n{\"id\":\"" + id + "\",\"text\":\"Two.\"}\n", &articles,
        &error))
        << "[" << id << "]";
    EXPECT_EQ(error.line, 2u) << "[" << id << "]";
    EXPECT_EQ(error.field, "id");
    EXPECT_NE(error.detail.find(id.empty() ? "empty \"id\"" : "blank \"id\""), std::string::npos)
        << error.detail;
  }
}

// A raw page or HTML fragments in "text" are refused with the line and field (they were
// stored, and their tags became story terms, summary text and search hits).
// HTML in "text" has its main text extracted (the file readers do the same), said in a note
// with its line; a page without article text is refused with its line and field.
TEST(ArticlesBody, HtmlInTextIsExtractedAndSaid) {
  std::vector<Article> articles;
  BodyError error;
  std::vector<std::string> notes;
  ASSERT_TRUE(ParseArticlesBody(
      "{\"id\":\"a\",\"text\":\"One.\"}\n"
      "{\"id\":\"b\",\"text\":\"<p>Two ferries collided.</p><p>Fog was thick.</p>\"}\n",
      &articles, &error, &notes))
      << error.detail;
  ASSERT_EQ(articles.size(), 2u);
  EXPECT_EQ(articles[1].text, "Two ferries collided.\n\nFog was thick.");
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_EQ(notes[0],
            "line 2: article \"b\": \"text\" is HTML markup (<p>): its main text was extracted "
            "(49 -> 37 bytes)");
  EXPECT_FALSE(ParseArticlesBody(
      "{\"id\":\"a\",\"text\":\"One.\"}\n"
      "{\"id\":\"b\",\"text\":\"<html><body><nav><a href='/'>Home</a></nav></body></html>\"}\n",
      &articles, &error, &notes));
  EXPECT_EQ(error.line, 2u);
  EXPECT_EQ(error.field, "text");
  EXPECT_EQ(error.detail,
            "article \"b\": \"text\" is a web page (<html) without an article's text; nothing "
            "was stored");
  // Plain text that mentions a tag or a comparison is text.
  EXPECT_TRUE(ParseArticlesBody(R"({"id":"c","text":"Use x < y; the <p> tag opens a paragraph."})",
                                &articles, &error, &notes))
      << error.detail;
  EXPECT_TRUE(notes.empty());
}

// A NUL character (JSON "\u0000") in a field is a 400 naming its line and field (it was stored).
TEST(ArticlesBody, NulCharacterIsRefusedWithItsLine) {
  std::vector<Article> articles;
  BodyError error;
  EXPECT_FALSE(ParseArticlesBody(
      "{\"id\":\"a\",\"text\":\"One.\"}\n{\"id\":\"b\",\"text\":\"Two.\\u0000\"}\n", &articles,
      &error));
  EXPECT_EQ(error.line, 2u);
  EXPECT_EQ(error.field, "text");
  EXPECT_NE(error.detail.find("NUL character"), std::string::npos) << error.detail;
}

// An id longer than kMaxIdBytes could be stored but never fetched back (GET /articles/{id}
// answered 414 for a 100 KB id): it is refused with its line, and the longest id is taken.
TEST(ArticlesBody, OverlongIdIsRefusedWithItsLine) {
  const std::string longest(kMaxIdBytes, 'x');
  std::vector<Article> articles;
  BodyError error;
  ASSERT_TRUE(ParseArticlesBody(R"({"id":")" + longest + R"(","text":"One."})", &articles, &error))
      << error.detail;
  const std::string body =
      "{\"id\":\"a\",\"text\":\"One.\"}\n{\"id\":\"" + longest + "y\",\"text\":\"Two.\"}\n";
  EXPECT_FALSE(ParseArticlesBody(body, &articles, &error));
  EXPECT_EQ(error.line, 2u);
  EXPECT_EQ(error.field, "id");
  EXPECT_EQ(error.detail,
            "\"id\" is 1025 bytes long; at most 1024 (it must fit in the URL of GET "
            "/articles/{id}); nothing was stored");
}

TEST(ArticlesBody, AnIdThatLooksMadeUpButIsGivenIsKept) {
  std::vector<Article> articles;
  BodyError error;
  ASSERT_TRUE(ParseArticlesBody("{\"id\":\"body:1\",\"text\":\"One.\"}", &articles, &error))
      << error.detail;
  EXPECT_EQ(articles[0].id, "body:1");
}

// The service refuses a whole post where a file reader skips or renames, and its messages say
// so (a trial found "renamed" and "skipped" for posts of which nothing was stored).
TEST(ArticlesBody, MessagesSayWhatTheServiceDid) {
  struct Case {
    std::string body;
    size_t line;
    std::string field, detail;
  };
  const std::vector<Case> cases = {
      {"{\"id\":\"d1\",\"text\":\"a b c\"}\n{\"id\":\"d1\",\"text\":\"x y z\"}", 2, "id",
       "article id \"d1\" is repeated in the body (each article needs its own id); nothing was "
       "stored"},
      {R"({"id":"w","text":"   "})", 1, "text",
       "article \"w\" has an empty \"text\"; nothing was stored"},
      // The reader's own message, not one about a float made by re-reading the line.
      {R"({"id":123456789012345678901234567890,"text":"a b"})", 1, "id", ""},
      {std::string("\0\1\2binary", 9), 0, "", "request body: looks like binary data"},
  };
  for (const Case& c : cases) {
    std::vector<Article> articles;
    BodyError error;
    EXPECT_FALSE(ParseArticlesBody(c.body, &articles, &error)) << c.body;
    EXPECT_EQ(error.line, c.line) << c.body;
    EXPECT_EQ(error.field, c.field) << c.body;
    if (!c.detail.empty()) {
      EXPECT_EQ(error.detail, c.detail) << c.body;
    } else {
      EXPECT_EQ(error.detail.find("got number"), std::string::npos) << error.detail;
      EXPECT_NE(error.detail.find("string"), std::string::npos) << error.detail;
    }
  }
}

}  // namespace
}  // namespace precis::server
