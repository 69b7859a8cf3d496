// SearchSnippet (src/store/sqlite_db.h): the snippet and highlights of a search hit, made by
// precis's tokenizer and stemmers in one pass up to the first match.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "store/sqlite_db.h"

namespace precis::store {
namespace {

using Ranges = std::vector<std::pair<size_t, size_t>>;

std::vector<std::string> Marked(const std::string& snippet, const Ranges& ranges) {
  std::vector<std::string> out;
  for (const auto& [b, e] : ranges) out.push_back(snippet.substr(b, e - b));
  return out;
}

TEST(SearchSnippet, AWindowAroundTheFirstMatchWithItsHighlights) {
  const std::string text =
      "The council met on Monday to discuss the budget for the coming year. After a long "
      "debate about roads, the river floods of last spring came up, and the mayor said the "
      "flooded streets of the lower town would be rebuilt before the autumn rains.";
  Ranges ranges;
  const std::string s = SearchSnippet(text, "flood", 16, &ranges);
  EXPECT_EQ(s.rfind("\xE2\x80\xA6", 0), 0u) << s;  // cut before
  EXPECT_NE(s.find("the river floods of last spring"), std::string::npos) << s;
  EXPECT_EQ(s.substr(s.size() - 3), "\xE2\x80\xA6") << s;  // cut after
  // Both forms of the word are marked, by their stems.
  EXPECT_EQ(Marked(s, ranges), (std::vector<std::string>{"floods", "flooded"})) << s;
}

TEST(SearchSnippet, PhrasesAndScripts) {
  Ranges ranges;
  std::string s =
      SearchSnippet("Flights to New York resumed. York itself was calm.", "new-york", 16, &ranges);
  EXPECT_EQ(Marked(s, ranges), (std::vector<std::string>{"New York"})) << s;
  s = SearchSnippet("Снег выпал в Москве в понедельник.", "Москва", 16, &ranges);
  EXPECT_EQ(Marked(s, ranges), (std::vector<std::string>{"Москве"})) << s;
  EXPECT_EQ(s, "Снег выпал в Москве в понедельник.");  // nothing cut: no ellipsis
}

// A "quoted phrase" is one part, its words next to each other; words outside quotes are parts
// of their own; a quote without its pair, `*` and words of no letter or digit are dropped.
TEST(SearchQueryParts, QuotedPhrasesAndWords) {
  auto texts = [](std::string_view q) {
    std::vector<std::string> out;
    for (const QueryPart& p : SearchQueryParts(q)) out.push_back(p.text);
    return out;
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(texts("transit workers"), (V{"transit", "workers"}));
  EXPECT_EQ(texts("\"transit workers\" strike"), (V{"transit workers", "strike"}));
  EXPECT_EQ(texts("strike\"transit workers\"mayor"), (V{"strike", "transit workers", "mayor"}));
  EXPECT_EQ(texts("\"Salt Lake City"), (V{"Salt", "Lake", "City"}));  // no closing quote
  EXPECT_EQ(texts("\"\" \" \" - * elect*"), (V{"elect*"}));
  EXPECT_EQ(texts("  \t\n"), V{});
  EXPECT_EQ(texts("\"四川 地震\""), (V{"四川 地震"}));
}

TEST(SearchSnippet, AQuotedPhraseIsMarkedOnlyWhereItsWordsFollowEachOther) {
  const std::string text =
      "Workers at the transit agency voted on Monday. On Tuesday the transit workers walked out.";
  Ranges ranges;
  std::string s = SearchSnippet(text, "\"transit workers\"", 16, &ranges);
  EXPECT_EQ(Marked(s, ranges), (std::vector<std::string>{"transit workers"})) << s;
  s = SearchSnippet(text, "transit workers", 16, &ranges);
  EXPECT_EQ(Marked(s, ranges).front(), "Workers") << s;
}

TEST(SearchSnippet, NoMatchInTheTextGivesItsFirstWords) {
  Ranges ranges;
  const std::string s = SearchSnippet(
      "One two three four five six seven eight nine ten eleven twelve thirteen fourteen "
      "fifteen sixteen seventeen eighteen.",
      "harbour", 16, &ranges);
  EXPECT_TRUE(ranges.empty());
  EXPECT_EQ(s,
            "One two three four five six seven eight nine ten eleven twelve thirteen "
            "fourteen fifteen sixteen\xE2\x80\xA6");
}

// A match far into a long text (past the first chunks, and the token list trimmed on the
// way), and a text with a match in every sentence: the snippet is the one around the first.
TEST(SearchSnippet, LongTextsAndManyMatches) {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "Calm water lay over the bay all day. ";
  text += "Then a crane collapsed at the harbour. ";
  for (int i = 0; i < 1000; ++i) text += "The crane inquiry continues. ";
  Ranges ranges;
  const std::string s = SearchSnippet(text, "crane", 16, &ranges);
  EXPECT_NE(s.find("Then a crane collapsed at the harbour"), std::string::npos) << s;
  ASSERT_FALSE(ranges.empty());
  EXPECT_EQ(Marked(s, ranges)[0], "crane");
  std::string many;
  for (int i = 0; i < 90000; ++i) many += "The crane at the harbour inquiry was discussed. ";
  const std::string m = SearchSnippet(many, "crane harbour", 16, &ranges);
  EXPECT_EQ(m.rfind("The crane at the harbour", 0), 0u) << m;
  EXPECT_GE(ranges.size(), 2u);
}

TEST(IndexForms, StemsFoldsAndParts) {
  std::vector<std::string> f;
  IndexForms("floods", &f);
  EXPECT_EQ(f, (std::vector<std::string>{"flood"}));
  IndexForms("gr\xC3\xA8ve", &f);  // grève
  EXPECT_EQ(f, (std::vector<std::string>{"greve"}));
  IndexForms("i\xCC\x87stanbul'da", &f);  // the case-folded İstanbul'da
  EXPECT_EQ(f, (std::vector<std::string>{"istanbul'da", "istanbul"}));
  IndexForms("l'agriculture", &f);  // an elision: the word after it
  EXPECT_EQ(f, (std::vector<std::string>{"l'agricultur", "agricultur"}));
  IndexForms(
      "wroc\xC5\x82"
      "aw",
      &f);  // wrocław
  EXPECT_EQ(f, (std::vector<std::string>{"wroclaw"}));
  IndexForms("四川省", &f);
  EXPECT_EQ(f, (std::vector<std::string>{"四川省", "四川", "川省"}));
  IndexForms("四川", &f);
  EXPECT_EQ(f, (std::vector<std::string>{"四川"}));
  IndexForms("москве", &f);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0], "москв");
  IndexForms("", &f);
  EXPECT_TRUE(f.empty());
}

// Words that carry what a query leaves off (a trial: "지하철", "חיפה" and "กรุงเทพ" found
// nothing in text holding "지하철이", "בחיפה" and "กรุงเทพฯ").
TEST(IndexForms, ParticlesPrefixesAndMarks) {
  std::vector<std::string> f;
  IndexForms("지하철이", &f);
  EXPECT_EQ(f, (std::vector<std::string>{"지하철이", "지하철"}));
  IndexForms("부산에서는", &f);
  EXPECT_EQ(f, (std::vector<std::string>{"부산에서는", "부산"}));
  IndexForms("아이", &f);  // a two-syllable noun ending like a particle keeps its syllables
  EXPECT_EQ(f, (std::vector<std::string>{"아이"}));
  IndexForms("בחיפה", &f);
  EXPECT_EQ(f, (std::vector<std::string>{"בחיפה", "חיפה"}));
  IndexForms("ובחיפה", &f);
  EXPECT_EQ(f, (std::vector<std::string>{"ובחיפה", "בחיפה", "חיפה"}));
  IndexForms("הבית", &f);  // "the house": the house is left with three letters
  EXPECT_EQ(f, (std::vector<std::string>{"הבית", "בית"}));
  IndexForms("בית", &f);  // three letters: nothing is taken off
  EXPECT_EQ(f, (std::vector<std::string>{"בית"}));
  IndexForms("กรุงเทพฯ", &f);
  EXPECT_EQ(f, (std::vector<std::string>{"กรุงเทพฯ", "กรุงเทพ"}));
}

TEST(SearchSnippet, MarksWordsFoundByTheirParts) {
  Ranges ranges;
  const std::string s =
      SearchSnippet("La grève a commencé à İstanbul'da.", "greve istanbul", 16, &ranges);
  EXPECT_EQ(Marked(s, ranges), (std::vector<std::string>{"grève", "İstanbul'da"})) << s;
}

}  // namespace
}  // namespace precis::store
