// Found by fuzz/html_article_fuzz: a numeric character reference beyond U+10FFFF made gumbo
// emit bytes that are not UTF-8, breaking the readers' contract (text is valid UTF-8).
#include <gtest/gtest.h>

#include <string>

#include "ingest/utf8_repair.h"
#include "precis/ingest.h"
#include "precis/text.h"

namespace precis {
namespace {

TEST(HtmlUtf8Repair, ReferenceBeyondUnicodeBecomesReplacementCharacter) {
  for (const char* html : {"<p>A &#x999999920AC; b.</p>", "<title>&#x999999920AC;</title><p>x.</p>",
                           "<p>&#99999999999999;&#x110000;&#xD800; c.</p>"}) {
    Article a;
    ASSERT_TRUE(ParseHtmlArticle(html, "t.html", &a).ok()) << html;
    EXPECT_TRUE(IsValidUtf8(a.text)) << html;
    EXPECT_TRUE(IsValidUtf8(a.title)) << html;
  }
  Article a;
  ASSERT_TRUE(ParseHtmlArticle("<p>A &#x999999920AC; b.</p>", "t.html", &a).ok());
  EXPECT_NE(a.text.find("\xEF\xBF\xBD"), std::string::npos) << a.text;
  EXPECT_EQ(a.text.substr(0, 2), "A ");
}

TEST(HtmlUtf8Repair, ReplaceInvalidUtf8) {
  std::string s = "ok \xc3\xa9";
  ingest::ReplaceInvalidUtf8(&s);
  EXPECT_EQ(s, "ok \xc3\xa9");
  s = "a\xff" "b\xc3" "c\xed\xa0\x80";
  ingest::ReplaceInvalidUtf8(&s);
  EXPECT_TRUE(IsValidUtf8(s));
  EXPECT_EQ(s.substr(0, 4), "a\xEF\xBF\xBD");
  EXPECT_NE(s.find("b\xEF\xBF\xBD" "c"), std::string::npos) << s;
}

}  // namespace
}  // namespace precis
