// LooksLikeHtmlMarkup (precis/ingest.h) and the JSON Lines reader's warning for HTML in "text".
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "precis/ingest.h"

namespace precis {
namespace {

TEST(HtmlMarkup, PagesAndFragmentsButNotTextAboutTags) {
  struct Case {
    const char* text;
    bool html;
    const char* example;
  };
  const Case cases[] = {
      {"<!DOCTYPE html><html><body><p>Ferries collided.</p></body></html>", true, "<!DOCTYPE html"},
      {"  \n<html lang=\"en\"><head><title>x</title></head></html>", true, "<html"},
      {"<p>Two ferries collided.</p><p>Fog was thick.</p>", true, "<p>"},
      {"Fog<br>was<br/>thick<BR>", true, "<br>"},
      {"<div class=\"story\">Fog was thick.</div> <span>x</span>", true, "<div class=\"story\">"},
      {"The <p> tag opens a paragraph and </p> closes it.", false, ""},
      {"Sales rose 5% when x < y and y > z; <pre> is not counted.", false, ""},
      {"A brand <brand> and a preview <preview> are not tags we count. <p>", false, ""},
      {"Plain news text with no markup at all.", false, ""},
      // Inline tags count (this was two tags and passed; its headline lost the first '<').
      {"<p>Hello <b>world</b></p>", true, "<p>"},
      {"Read <a href=\"x\">the report</a> and <em>act</em>.", true, "<a href=\"x\">"},
      {"The <b> tag makes text bold; <i> makes it italic.", false, ""},
  };
  for (const Case& c : cases) {
    std::string example;
    EXPECT_EQ(LooksLikeHtmlMarkup(c.text, &example), c.html) << c.text;
    if (c.html) EXPECT_EQ(example, c.example) << c.text;
  }
}

// A raw page in "text" gets its main text extracted, as `precis extract` would, and the page's
// title and date fill the record's empty fields; a warning names it (five by name, then one
// line for the rest). A page with no article text is skipped as empty; kKeep keeps the markup.
TEST(HtmlMarkup, TheReaderExtractsTheMainTextAndNamesIt) {
  std::string body;
  for (int i = 0; i < 8; ++i) {
    body += "{\"id\":\"h" + std::to_string(i) +
            "\",\"text\":\"<p>Ferries collided.</p><p>Fog was thick.</p>\"}\n";
  }
  body += "{\"id\":\"plain\",\"text\":\"Ferries collided in the fog.\"}\n";
  body +=
      "{\"id\":\"page\",\"title\":\"\",\"text\":\"<!doctype html><html><head><title>Ferry "
      "crash</title><meta property='article:published_time' content='2025-03-01'>"
      "<meta property='og:site_name' content='Harbour Post'></head>"
      "<body><nav><a href='/'>Home</a></nav><article><p>Two ferries collided in thick fog off "
      "the harbour on Saturday.</p></article></body></html>\"}\n";
  body +=
      "{\"id\":\"nav\",\"text\":\"<html><body><nav><a href='/'>Home</a></nav></body></html>\"}\n";
  std::vector<Article> articles;
  IngestReport report;
  ASSERT_TRUE(ParseArticlesJsonl(body, "feed.jsonl", IngestOptions(), &articles, &report).ok());
  ASSERT_EQ(articles.size(), 10u);  // the page without article text is skipped
  EXPECT_EQ(articles[0].text, "Ferries collided.\n\nFog was thick.");
  EXPECT_EQ(articles[8].text, "Ferries collided in the fog.");
  EXPECT_EQ(articles[9].text, "Two ferries collided in thick fog off the harbour on Saturday.");
  EXPECT_EQ(articles[9].title, "Ferry crash");
  EXPECT_EQ(articles[9].date, "2025-03-01");
  EXPECT_EQ(articles[9].source, "Harbour Post");
  EXPECT_EQ(report.html_texts, 9u);
  EXPECT_EQ(report.skipped_empty, 1u);
  ASSERT_EQ(report.warnings.size(), 7u);  // five named, one line for the rest, the empty page
  EXPECT_EQ(report.warnings[0],
            "feed.jsonl:1: article \"h0\": \"text\" is HTML markup (<p>): its main text was "
            "extracted (45 -> 33 bytes)");
  EXPECT_NE(report.warnings[5].find("feed.jsonl:6: more articles with HTML markup"),
            std::string::npos)
      << report.warnings[5];
  EXPECT_EQ(report.warnings[6],
            "feed.jsonl:11: article \"nav\": \"text\" is a web page (<html) without an "
            "article's text; skipped");

  IngestOptions keep;
  keep.html_text = HtmlText::kKeep;
  articles.clear();
  report = IngestReport();
  ASSERT_TRUE(ParseArticlesJsonl(body, "feed.jsonl", keep, &articles, &report).ok());
  ASSERT_EQ(articles.size(), 11u);  // kept as given
  EXPECT_EQ(articles[0].text, "<p>Ferries collided.</p><p>Fog was thick.</p>");
  EXPECT_EQ(report.warnings[0],
            "feed.jsonl:1: article \"h0\": \"text\" is HTML markup (<p>): kept as given, its "
            "tags are read as words");
}

}  // namespace
}  // namespace precis
