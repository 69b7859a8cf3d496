// ParseHtmlArticle: the main text without the page furniture, and the metadata.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "precis/ingest.h"

namespace precis {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

Article MustParse(std::string_view html, std::string_view name = "pages/story.html") {
  Article a;
  const Status s = ParseHtmlArticle(html, name, &a);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return a;
}

constexpr char kPage[] = R"(<!DOCTYPE html>
<html><head>
<title>Bridge Reopens &amp; Traffic Returns</title>
<meta property="article:published_time" content="2024-05-02T08:00:00Z">
<meta property="og:site_name" content="The Harbor Ledger">
<meta property="og:url" content="https://ledger.example/bridge">
<style>p { color: red; }</style>
<script>var tracking = "<p>not text</p>";</script>
</head><body>
<nav><ul><li>Home</li><li>World</li></ul></nav>
<header><h1>Site banner</h1></header>
<div class="layout">
 <aside>Most read: something else</aside>
 <article>
  <h1>Bridge Reopens</h1>
  <p>The   Elm Street bridge
     reopened on <b>Thursday</b>, officials said.</p>
  <p>&ldquo;It&rsquo;s a relief,&rdquo; said Mr. Ruiz.<br>He drives daily.</p>
  <h2>What comes next</h2>
  <ul><li>Tolls resume in June.</li><li>Bikes get a lane.</li></ul>
  <blockquote><p>We kept our promise.</p></blockquote>
  <form><input value="Subscribe"><p>Sign up</p></form>
  <noscript><p>Enable JS</p></noscript>
  <div class="share">Share this</div>
 </article>
</div>
<footer><p>Copyright 2024</p></footer>
</body></html>)";

TEST(HtmlArticleTest, ExtractsArticleParagraphs) {
  const Article a = MustParse(kPage);
  EXPECT_EQ(a.text,
            "The Elm Street bridge reopened on Thursday, officials said.\n\n"
            "\xE2\x80\x9CIt\xE2\x80\x99s a relief,\xE2\x80\x9D said Mr. Ruiz.\nHe drives daily.\n\n"
            "What comes next\n\n"
            "Tolls resume in June.\n\n"
            "Bikes get a lane.\n\n"
            "We kept our promise.");
}

TEST(HtmlArticleTest, ReadsMetadata) {
  const Article a = MustParse(kPage);
  EXPECT_EQ(a.id, "story");
  EXPECT_EQ(a.title, "Bridge Reopens & Traffic Returns");
  EXPECT_EQ(a.date, "2024-05-02T08:00:00Z");
  EXPECT_EQ(a.source, "The Harbor Ledger");
  EXPECT_EQ(a.url, "https://ledger.example/bridge");
}

TEST(HtmlArticleTest, DropsNoise) {
  const Article a = MustParse(kPage);
  for (const char* noise : {"tracking", "color", "Home", "banner", "Most read", "Subscribe",
                            "Sign up", "Enable JS", "Share this", "Copyright"}) {
    EXPECT_THAT(a.text, Not(HasSubstr(noise))) << noise;
  }
}

TEST(HtmlArticleTest, UsesMainThenBody) {
  const Article m = MustParse("<body><p>outside</p><main><p>inside main</p></main></body>");
  EXPECT_EQ(m.text, "inside main");
  const Article b = MustParse("<body><nav><p>menu</p></nav><p>one</p><div><p>two</p></div>");
  EXPECT_EQ(b.text, "one\n\ntwo");
}

TEST(HtmlArticleTest, AnEmptyArticleElementDoesNotHideTheText) {
  const Article a = MustParse("<body><article><img src=x></article><p>The real text.</p>");
  EXPECT_EQ(a.text, "The real text.");
  const Article b = MustParse("<body><article><div>Only divs here.</div></article><p>x</p>");
  EXPECT_EQ(b.text, "x");  // paragraphs anywhere beat bare text in the article
}

TEST(HtmlArticleTest, FallsBackToAllTextWithoutParagraphs) {
  const Article a = MustParse(
      "<html><body><div>First block<br>same block</div><div>Second block</div>"
      "<script>x()</script></body></html>");
  EXPECT_EQ(a.text, "First block\nsame block\n\nSecond block");
}

TEST(HtmlArticleTest, TitleFromH1AndOtherDates) {
  const Article a = MustParse(
      "<html><head><meta name=\"date\" content=\"2023-01-09\">"
      "<link rel=\"canonical\" href=\"https://x.example/a\"></head>"
      "<body><h1> Quake  Shakes Town </h1><p>Text.</p><time datetime=\"2020\">x</time>");
  EXPECT_EQ(a.title, "Quake Shakes Town");
  EXPECT_EQ(a.date, "2023-01-09");
  EXPECT_EQ(a.url, "https://x.example/a");
  const Article t = MustParse("<p>Text.</p><time datetime=\"2021-06-01\">June 1</time>");
  EXPECT_EQ(t.date, "2021-06-01");
  EXPECT_EQ(t.title, "");
}

TEST(HtmlArticleTest, EntitiesAndNumericReferencesAreDecoded) {
  EXPECT_EQ(MustParse("<p>caf&eacute; &#8212; &#x41;&lt;b&gt; &nbsp;x</p>").text,
            "caf\xC3\xA9 \xE2\x80\x94 A<b> \xC2\xA0x");
}

TEST(HtmlArticleTest, EmptyPagesAreNotErrors) {
  EXPECT_EQ(MustParse("").text, "");
  EXPECT_EQ(MustParse("<html><body><nav>menu</nav></body></html>").text, "");
}

TEST(HtmlArticleTest, BadBytesAreErrors) {
  Article a;
  // Bytes no charset explains (the detector's guess is refused) are an error naming the file.
  EXPECT_EQ(
      ParseHtmlArticle("<p>\x80\x81\x82\x83\x84\x85\x86\x87\x88\x89</p>", "odd-bytes.html", &a)
          .message(),
      "odd-bytes.html: invalid UTF-8 at byte 3 (the page declares no charset and its "
      "encoding could not be guessed: add a <meta charset> naming it)");
  // A guessable one is read (extract_article_test.cc has pages in four charsets).
  ASSERT_TRUE(ParseHtmlArticle("<p>caf\xE9</p>", "latin1.html", &a).ok());
  EXPECT_EQ(a.text, "caf\xC3\xA9");
  EXPECT_EQ(
      ParseHtmlArticle("<meta charset=\"x-no-such-charset\"><p>a</p>", "odd.html", &a).message(),
      "odd.html: unknown charset \"x-no-such-charset\"");
  EXPECT_EQ(ParseHtmlArticle(std::string("<p>\0\0\0</p>", 10), "b.html", &a).message(),
            "b.html: looks like binary data");
}

// A page in the charset it declares is read as `precis extract` reads it (windows-1251,
// Shift_JIS and a UTF-16 byte order mark here); a page that declares UTF-8 is read as before.
TEST(HtmlArticleTest, DeclaredCharsetsAreConverted) {
  // "Ливень в Москве." in windows-1251.
  const std::string cp1251 =
      "<html><head><meta charset=\"windows-1251\"></head><body><article><p>"
      "\xCB\xE8\xE2\xE5\xED\xFC \xE2 \xCC\xEE\xF1\xEA\xE2\xE5.</p></article></body></html>";
  EXPECT_EQ(MustParse(cp1251).text, "Ливень в Москве.");
  // "台風" in Shift_JIS, declared the old way.
  const std::string sjis =
      "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">"
      "</head><body><p>\x91\xE4\x95\x97</p></body></html>";
  EXPECT_EQ(MustParse(sjis).text, "台風");
  std::string utf16 = "\xFF\xFE";
  for (char c : std::string("<p>Hi.</p>")) utf16 += std::string{c, '\0'};
  EXPECT_EQ(MustParse(utf16).text, "Hi.");
}

TEST(HtmlArticleTest, DeepNestingDoesNotCrash) {
  std::string html = "<body>";
  for (int i = 0; i < 5000; ++i) html += "<div><span>";
  html += "<p>deep</p>";
  const Article a = MustParse(html);
  EXPECT_EQ(a.text, "deep");
}

TEST(HtmlArticleTest, BrokenMarkupIsRepaired) {
  const Article a = MustParse("<article><p>one<p>two <i>three</article> <p>after");
  EXPECT_EQ(a.text, "one\n\ntwo three");
}

}  // namespace
}  // namespace precis
