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

TEST(HtmlMarkup, TheReaderKeepsTheArticleAndNamesIt) {
  std::string body;
  for (int i = 0; i < 8; ++i) {
    body += "{\"id\":\"h" + std::to_string(i) +
            "\",\"text\":\"<p>Ferries collided.</p><p>Fog was thick.</p>\"}\n";
  }
  body += "{\"id\":\"plain\",\"text\":\"Ferries collided in the fog.\"}\n";
  std::vector<Article> articles;
  IngestReport report;
  ASSERT_TRUE(ParseArticlesJsonl(body, "feed.jsonl", IngestOptions(), &articles, &report).ok());
  EXPECT_EQ(articles.size(), 9u);  // kept as given
  EXPECT_EQ(report.html_texts, 8u);
  ASSERT_EQ(report.warnings.size(), 6u);  // five named, then one line for the rest
  EXPECT_EQ(report.warnings[0],
            "feed.jsonl:1: article \"h0\": \"text\" looks like HTML markup (<p>): its tags are "
            "read as words; give pages to precis extract (or its readers) first");
  EXPECT_NE(report.warnings[5].find("feed.jsonl:6: more articles with HTML markup"),
            std::string::npos)
      << report.warnings[5];
}

}  // namespace
}  // namespace precis
