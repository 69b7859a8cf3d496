// ExtractArticle: main text by evidence, furniture dropped, metadata, charsets.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unicode/ucnv.h>

#include <string>
#include <utility>
#include <vector>

#include "precis/extract.h"
#include "precis/ingest.h"

namespace precis {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::StartsWith;

Article MustExtract(std::string_view html, std::string_view name = "pages/story.html") {
  Article a;
  const Status s = ExtractArticle(html, name, &a);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return a;
}

// Invented page: menus, a teaser <article> before the story, a related list, a
// comment section and share and newsletter blocks around a story told in <p>, a
// <br> run and bare <div> text.
constexpr char kPage[] = R"(<!DOCTYPE html>
<html lang="en-us"><head>
<meta charset="utf-8">
<title>Harbor Bridge Reopens | The Harbor Ledger</title>
<meta property="og:title" content="Harbor Bridge Reopens After Two Years">
<meta property="og:site_name" content="The Harbor Ledger">
<meta property="og:url" content="https://ledger.example/bridge">
<meta name="author" content="Ana Ruiz">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
 "headline":"Harbor Bridge Reopens","datePublished":"2024-05-02T08:00:00Z",
 "author":{"@type":"Person","name":"Ana Ruiz"},"publisher":{"name":"Harbor Ledger Co"}}</script>
</head><body class="menu-type-dropdown">
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<article class="teaser"><a href="/x">Council votes on parking fees tonight</a></article>
<div class="page">
 <div class="story-body">
  <h1>Harbor Bridge Reopens After Two Years</h1>
  <figure><img src="b.jpg"><figcaption>The bridge at dawn. Photo: Staff</figcaption></figure>
  <p>The Elm Street bridge reopened on Thursday, two years after a barge struck one of its
     piers, officials said, and the first cars crossed at noon.</p>
  <p>Commuters had faced a detour of forty minutes, and shops on the east bank said their
     trade had fallen by half while the crossing was closed.</p>
  <blockquote><p>We kept our promise to this town, and we kept it on budget.</p></blockquote>
  The mayor spoke after the ribbon was cut, thanking the crews who worked through two winters.
  <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
  <div>Tolls resume in June, and cyclists get a lane of their own on the south side.<br><br>
  The port authority will inspect the piers every spring from now on, its director said.</div>
  <div class="newsletter-signup"><p>Get the morning briefing in your inbox every day, free.</p></div>
 </div>
 <aside class="related"><h3>Related</h3><ul>
  <li><a href="/a">Barge owner fined over bridge crash in long-running case</a></li>
  <li><a href="/b">Detour adds forty minutes to commutes, drivers complain loudly</a></li>
 </ul></aside>
 <section id="comments"><p>Great news, finally! I drive this way every single day of the week.</p></section>
</div>
<footer><p>Copyright 2024 The Harbor Ledger. All rights reserved worldwide.</p></footer>
</body></html>)";

TEST(ExtractArticleTest, ReadsTheStoryWhereverItSits) {
  const Article a = MustExtract(kPage);
  EXPECT_THAT(a.text, StartsWith("The Elm Street bridge reopened on Thursday"));
  EXPECT_THAT(a.text, HasSubstr("trade had fallen by half"));
  EXPECT_THAT(a.text, HasSubstr("We kept our promise"));
  EXPECT_THAT(a.text,
              HasSubstr("The mayor spoke after the ribbon was cut"));  // after a quote
  EXPECT_THAT(a.text, HasSubstr("Tolls resume in June"));              // bare <div>
  EXPECT_THAT(a.text,
              HasSubstr("The port authority will inspect"));  // after <br><br>
}

TEST(ExtractArticleTest, DropsFurniture) {
  const Article a = MustExtract(kPage);
  for (const char* noise :
       {"Home", "parking fees", "The bridge at dawn", "Share on Facebook", "morning briefing",
        "Barge owner fined", "Great news", "Copyright", "Harbor Bridge Reopens After Two Years"}) {
    EXPECT_THAT(a.text, Not(HasSubstr(noise))) << noise;
  }
}

// A busy comment thread holds more text than the story; its name is still believed, because
// it does not wrap the story (a name on the wrapper of everything is not believed).
TEST(ExtractArticleTest, DropsACommentThreadLargerThanTheStory) {
  const std::string story =
      "<p>Heavy rain flooded three stations of the Lisle metro early on Saturday, officials "
      "said, after more than a month's rain fell on the city in two hours.</p><p>Trains on the "
      "Cedar line stopped for four hours while crews pumped out the water and checked the "
      "signals.</p><p>The mayor ordered the city's drainage services to report by Monday on why "
      "the storm drains failed again.</p>";
  std::string comments;
  for (int i = 0; i < 6; ++i) {
    comments += "<div class=\"comment-body\"><p>Reader " + std::to_string(i) +
                ": I live next to the station and every year it is the same story, the drains "
                "cannot cope and nothing is done about it, although repairs were promised.</p>"
                "</div>";
  }
  for (const std::string& page :
       {"<html><body><article><h1>Metro flooded</h1>" + story +
            "</article><section id=\"comments\" class=\"comments\"><h3>Comments</h3>" + comments +
            "</section></body></html>",
        "<html><body><div class=\"content\"><h1>Metro flooded</h1>" + story +
            "</div><div id=\"disqus_thread\">" + comments + "</div></body></html>"}) {
    const Article a = MustExtract(page);
    EXPECT_THAT(a.text, HasSubstr("Trains on the Cedar line stopped")) << page;
    EXPECT_THAT(a.text, Not(HasSubstr("Reader"))) << page;
  }
  // A furniture word on the wrapper of everything is still not believed.
  const Article wrapped =
      MustExtract("<html><body><div class=\"comments-enabled\">" + story + "</div></body></html>");
  EXPECT_THAT(wrapped.text, HasSubstr("Trains on the Cedar line stopped"));
}

TEST(ExtractArticleTest, ParagraphsAreSeparatedByBlankLines) {
  const Article a = MustExtract(kPage);
  EXPECT_THAT(a.text, HasSubstr("crossed at noon.\n\nCommuters"));
  EXPECT_THAT(a.text, Not(HasSubstr("  ")));
}

TEST(ExtractArticleTest, ReadsMetadata) {
  const Article a = MustExtract(kPage);
  EXPECT_EQ(a.id, "story");
  EXPECT_EQ(a.title,
            "Harbor Bridge Reopens After Two Years");  // Open Graph first
  EXPECT_EQ(a.date, "2024-05-02T08:00:00Z");           // JSON-LD datePublished
  EXPECT_EQ(a.author, "Ana Ruiz");
  EXPECT_EQ(a.source, "The Harbor Ledger");
  EXPECT_EQ(a.url, "https://ledger.example/bridge");
  EXPECT_EQ(a.language, "en-US");
}

TEST(ExtractArticleTest, FallsBackToTitleAndTimeElements) {
  const Article a = MustExtract(
      "<html><head><title>Plain Page</title><link "
      "rel=\"canonical\" href=\"https://x.example/p\">"
      "</head><body><time datetime=\"2023-01-09\">9 Jan</time>"
      "<p>A plain page with one paragraph of text, long enough to "
      "count as a story here.</p>"
      "</body></html>");
  EXPECT_EQ(a.title, "Plain Page");
  EXPECT_EQ(a.date, "2023-01-09");
  EXPECT_EQ(a.url, "https://x.example/p");
  EXPECT_THAT(a.text, HasSubstr("A plain page with one paragraph"));
}

// A <title> that ends with the page's own site name loses it; og:title is taken as it is, and
// a title that only contains the site name elsewhere keeps it.
TEST(ExtractArticleTest, TitleWithoutTheSiteName) {
  const std::string body =
      "<body><article><p>Engineers lowered the reservoir by nearly four feet on Tuesday, easing "
      "pressure on a cracked spillway that forced people from their homes.</p></article></body>";
  auto page = [&](const std::string& head) {
    return MustExtract("<html><head>" + head + "</head>" + body + "</html>");
  };
  const std::string site = "<meta property=\"og:site_name\" content=\"Pacific Ledger\">";
  EXPECT_EQ(page("<title>Pumps Lower Reservoir | Pacific Ledger</title>" + site).title,
            "Pumps Lower Reservoir");
  EXPECT_EQ(page("<title>Pumps Lower Reservoir \u2014 Pacific Ledger</title>" + site).title,
            "Pumps Lower Reservoir");
  EXPECT_EQ(page("<title>Pumps Lower Reservoir - Pacific Ledger</title>" + site).title,
            "Pumps Lower Reservoir");
  // No site name, another site's name, or only the site name: unchanged.
  EXPECT_EQ(page("<title>Pumps Lower Reservoir | Pacific Ledger</title>").title,
            "Pumps Lower Reservoir | Pacific Ledger");
  EXPECT_EQ(page("<title>Pumps Lower Reservoir | Harbor Ledger</title>" + site).title,
            "Pumps Lower Reservoir | Harbor Ledger");
  EXPECT_EQ(page("<title>Pacific Ledger</title>" + site).title, "Pacific Ledger");
  EXPECT_EQ(page("<title>News from the Pacific Ledger</title>" + site).title,
            "News from the Pacific Ledger");
  // og:title wins and is not cut.
  EXPECT_EQ(page("<title>X | Pacific Ledger</title><meta property=\"og:title\" content=\"Pumps | "
                 "Pacific Ledger\">" +
                 site)
                .title,
            "Pumps | Pacific Ledger");
}

// With no site name in the page, a <title> whose first part is the page's <h1> loses the rest
// after a separator (the trial's NHK, TASS and Xinhua pages).
TEST(ExtractArticleTest, TitleWithoutTheSuffixAfterTheHeading) {
  auto page = [](const std::string& title, const std::string& h1) {
    return MustExtract("<html><head><title>" + title + "</title></head><body><article><h1>" + h1 +
                       "</h1><p>Engineers lowered the reservoir by nearly four feet on Tuesday, "
                       "easing pressure on a cracked spillway.</p></article></body></html>");
  };
  EXPECT_EQ(page("東京で桜の開花を発表｜NHKニュース", "東京で桜の開花を発表").title,
            "東京で桜の開花を発表");
  EXPECT_EQ(page("В Казани открылся форум — ТАСС", "В Казани открылся форум").title,
            "В Казани открылся форум");
  EXPECT_EQ(page("四川发生5.8级地震_新华网", "四川发生5.8级地震").title, "四川发生5.8级地震");
  EXPECT_EQ(page("Pumps Lower Reservoir | Pacific Ledger", "Pumps Lower Reservoir").title,
            "Pumps Lower Reservoir");
  // The heading is not the title's first part, or no separator follows it: unchanged.
  EXPECT_EQ(page("Pumps Lower Reservoir | Pacific Ledger", "Reservoir news").title,
            "Pumps Lower Reservoir | Pacific Ledger");
  EXPECT_EQ(page("Pumps Lower Reservoir Again", "Pumps Lower Reservoir").title,
            "Pumps Lower Reservoir Again");
  // " : " separates a Korean site's name; a colon inside a headline stays.
  EXPECT_EQ(
      page("부산 해운대 해수욕장 조기 개장 : 부산매일", "부산 해운대 해수욕장 조기 개장").title,
      "부산 해운대 해수욕장 조기 개장");
  EXPECT_EQ(page("Brexit: what happens next", "Brexit").title, "Brexit: what happens next");
}

// A page without <h1> whose headline is its first <h2> (the trial's Korean page).
TEST(ExtractArticleTest, TitleWithoutTheSuffixAfterAnH2Headline) {
  const Article a = MustExtract(
      "<html><head><title>부산 해운대 해수욕장 조기 개장 : 부산매일</title></head><body>"
      "<div id=\"content\"><h2 class=\"title\">부산 해운대 해수욕장 조기 개장</h2>"
      "<div id=\"articleBody\">부산 해운대 해수욕장이 올해 처음으로 5월 1일 조기 개장한다.<br><br>"
      "부산시는 21일 안전요원을 200명으로 늘리겠다고 밝혔다.<br><br>그러나 일부 상인들은 인력 "
      "부족을 우려하고 있다.</div></div></body></html>");
  EXPECT_EQ(a.title, "부산 해운대 해수욕장 조기 개장");
}

TEST(ExtractArticleTest, UsesJsonLdBodyWhenTheMarkupHasLittle) {
  const Article a = MustExtract(
      "<html><head><script "
      "type=\"application/ld+json\">[{\"@type\":\"WebSite\"},{\"@graph\":"
      "[{\"@type\":\"NewsArticle\",\"articleBody\":\"The full story is only "
      "here. It has many "
      "words that the page renders with scripts later, so the markup holds a "
      "stub and nothing "
      "else at all, which readers of the page never notice because the browser "
      "fills it in.\"}]}]"
      "</script></head><body><div id=\"app\"><p>Loading the story, please "
      "wait.</p></div>"
      "</body></html>");
  EXPECT_THAT(a.text, StartsWith("The full story is only here."));
}

TEST(ExtractArticleTest, DecodesTheDeclaredCharset) {
  // windows-1251: "Президент подписал закон." and windows-1252 "café".
  const std::string cyr =
      "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
      "charset=windows-1251\">"
      "</head><body><p>\xCF\xF0\xE5\xE7\xE8\xE4\xE5\xED\xF2 "
      "\xEF\xEE\xE4\xEF\xE8\xF1\xE0\xEB "
      "\xE7\xE0\xEA\xEE\xED.</p></body></html>";
  EXPECT_EQ(MustExtract(cyr).text,
            "\xD0\x9F\xD1\x80\xD0\xB5\xD0\xB7\xD0\xB8\xD0\xB4\xD0\xB5\xD0\xBD"
            "\xD1\x82 "
            "\xD0\xBF\xD0\xBE\xD0\xB4\xD0\xBF\xD0\xB8\xD1\x81\xD0\xB0\xD0\xBB "
            "\xD0\xB7\xD0\xB0\xD0\xBA\xD0\xBE\xD0\xBD.");
  const std::string latin = "<meta charset=\"iso-8859-1\"><p>Un caf\xE9 cr\xE8me.</p>";
  EXPECT_EQ(MustExtract(latin).text, "Un caf\xC3\xA9 cr\xC3\xA8me.");
}

// `utf8` in `charset`, by ICU.
std::string Encode(const std::string& utf8, const char* charset) {
  std::string out(utf8.size() * 4 + 16, '\0');
  UErrorCode status = U_ZERO_ERROR;
  const int32_t n = ucnv_convert(charset, "UTF-8", out.data(), static_cast<int32_t>(out.size()),
                                 utf8.data(), static_cast<int32_t>(utf8.size()), &status);
  EXPECT_TRUE(U_SUCCESS(status)) << charset;
  out.resize(U_SUCCESS(status) ? static_cast<size_t>(n) : 0);
  return out;
}

// A page in a legacy charset that declares none (the trial's: read as UTF-8, every letter
// U+FFFD, silently) has its charset guessed by ICU's detector, as browsers guess, by both
// readers: `precis extract` and the HTML reader of `summarize`/`digest`.
TEST(ExtractArticleTest, GuessesTheCharsetOfAnUndeclaredPage) {
  const std::vector<std::pair<std::string, const char*>> stories = {
      {"Президент подписал закон о бюджете на следующий год. Депутаты Государственной думы "
       "приняли документ во втором и третьем чтении в среду. Расходы на образование вырастут.",
       "windows-1251"},
      {"大型の台風七号は三日朝、南島市の沖を北へ進んでいる。南島空港では全便が欠航となり、"
       "市は避難所を開設した。気象台によると、台風は今夜遅くに本土へ最も近づく見込みだ。",
       "Shift_JIS"},
      {"临河市昨日遭遇特大暴雨，城区多处道路积水严重。市防汛指挥部已启动二级应急响应，"
       "并组织人员疏散低洼地区的居民。气象部门预计，降雨将持续到周末。",
       "GB18030"},
      {"Le conseil municipal a voté mardi soir la création d'une piste cyclable sur le quai. "
       "Les commerçants du quartier craignent une baisse de fréquentation, a déclaré leur "
       "président à la sortie de la séance.",
       "windows-1252"},
  };
  for (const auto& [text, charset] : stories) {
    SCOPED_TRACE(charset);
    const std::string page =
        Encode("<html><head><title>Nouvelles</title></head><body><article><p>" + text +
                   "</p></article></body></html>",
               charset);
    EXPECT_EQ(MustExtract(page).text, text);
    Article a;
    ASSERT_TRUE(ParseHtmlArticle(page, "page.html", &a).ok());
    EXPECT_EQ(a.text, text);
  }
}

// A UTF-8 page with a stray byte stays UTF-8: the stray becomes U+FFFD, the rest is kept.
TEST(ExtractArticleTest, RepairsInvalidUtf8) {
  const Article a = MustExtract(
      "<p>Caf\xC3\xA9 r\xC3\xA9sum\xC3\xA9s, d\xC3\xA9j\xC3\xA0 vu: a bad byte \xFF "
      "here.</p>");
  EXPECT_EQ(a.text,
            "Caf\xC3\xA9 r\xC3\xA9sum\xC3\xA9s, d\xC3\xA9j\xC3\xA0 vu: a bad byte "
            "\xEF\xBF\xBD here.");
}

TEST(ExtractArticleTest, PicksTheLongStoryOverTheFirstArticleElement) {
  std::string page =
      "<body><article><p>Short teaser about the game, read "
      "on.</p></article><div>";
  for (int i = 0; i < 6; ++i) {
    page += "<p>Paragraph " + std::to_string(i) +
            " of the report, with a clause, another clause, and a full stop at "
            "the end.</p>";
  }
  page += "</div></body>";
  const Article a = MustExtract(page);
  EXPECT_THAT(a.text, StartsWith("Paragraph 0"));
  EXPECT_THAT(a.text, HasSubstr("Paragraph 5"));
  EXPECT_THAT(a.text, Not(HasSubstr("teaser")));
}

TEST(ExtractArticleTest, ReadsAStoryCutIntoChunks) {
  // Chunks between ad slots: each chunk alone is a container; together they are
  // the story.
  std::string page = "<body><main>";
  for (int c = 0; c < 3; ++c) {
    page += "<div class=\"grid\"><div class=\"chunk\">";
    for (int i = 0; i < 3; ++i) {
      page += "<p>Chunk " + std::to_string(c) + " paragraph " + std::to_string(i) +
              ", told at length and in full, with commas, detail, quotes, and "
              "a proper ending.</p>";
    }
    page += "</div><div class=\"ad-slot\">Advertisement</div></div>";
  }
  page += "</main></body>";
  const Article a = MustExtract(page);
  EXPECT_THAT(a.text, StartsWith("Chunk 0 paragraph 0"));
  EXPECT_THAT(a.text, HasSubstr("Chunk 2 paragraph 2"));
  EXPECT_THAT(a.text, Not(HasSubstr("Advertisement")));
}

TEST(ExtractArticleTest, EmptyAndOddInputs) {
  EXPECT_EQ(MustExtract("").text, "");
  EXPECT_EQ(MustExtract("<html><body></body></html>").text, "");
  EXPECT_EQ(MustExtract("just some words, no markup").text, "just some words, no markup");
  Article a;
  EXPECT_FALSE(ExtractArticle(std::string("<p>a\0b</p>", 10), "bin.html", &a).ok());
  // Deep nesting must not exhaust the stack.
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += "<div>";
  deep += "<p>Deep text.</p>";
  EXPECT_THAT(MustExtract(deep).text, HasSubstr("Deep text."));
}

}  // namespace
}  // namespace precis
