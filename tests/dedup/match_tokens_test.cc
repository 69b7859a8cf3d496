// The matching tokenizer: words, folded forms, sentence flags.
#include "dedup/match_tokens.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace precis::dedup {
namespace {

std::vector<std::string> Norms(std::string_view text) {
  MatchTokens t;
  TokenizeForMatching(text, &t);
  std::vector<std::string> out;
  for (const MatchToken& m : t.tokens) out.emplace_back(t.norm(m));
  return out;
}

// "|" after a word marks a sentence end.
std::string Sentences(std::string_view text) {
  MatchTokens t;
  TokenizeForMatching(text, &t);
  std::string out;
  for (const MatchToken& m : t.tokens) {
    out += t.norm(m);
    out += (m.flags & kSentenceEnd) ? "|" : " ";
  }
  return out;
}

TEST(MatchTokens, WordsAreFoldedAndKeepTheirSpans) {
  const std::string text = "The U.S. envoy didn't pay $1,000 or 3.5%; O\xE2\x80\x99Neill did.";
  MatchTokens t;
  TokenizeForMatching(text, &t);
  std::vector<std::string> norms;
  for (const MatchToken& m : t.tokens) norms.emplace_back(t.norm(m));
  EXPECT_EQ(norms, (std::vector<std::string>{"the", "u.s", "envoy", "didn't", "pay", "1,000", "or",
                                             "3.5", "o'neill", "did"}));
  EXPECT_EQ(t.tokens[1].span.of(text), "U.S.");
  EXPECT_EQ(t.tokens[8].span.of(text), "O\xE2\x80\x99Neill");
  EXPECT_TRUE(t.tokens[0].flags & kCapitalized);
  EXPECT_FALSE(t.tokens[2].flags & kCapitalized);
  EXPECT_FALSE(t.tokens[5].flags & kHasLetter);
  EXPECT_TRUE(t.tokens[4].flags & kHasLetter);
}

TEST(MatchTokens, NonAsciiWordsAreNormalizedAndFolded) {
  EXPECT_EQ(Norms("Stra\xC3\x9F"
                  "e CAF\xC3\x89 na\xC3\xAFve \xEF\xAC\x81le"),
            (std::vector<std::string>{"strasse", "caf\xC3\xA9", "na\xC3\xAFve", "file"}));
  // Punctuation outside ASCII separates words.
  EXPECT_EQ(Norms("war\xE2\x80\x94peace \xC2\xABhello\xC2\xBB"),
            (std::vector<std::string>{"war", "peace", "hello"}));
}

TEST(MatchTokens, SentenceEnds) {
  EXPECT_EQ(Sentences("One two. Three! Four? Five"), "one two|three|four|five|");
  // Titles, initials and abbreviations do not end a sentence; blank lines do.
  EXPECT_EQ(Sentences("Gen. Smith met John F. Kennedy in the U.S. today"),
            "gen smith met john f kennedy in the u.s today|");
  EXPECT_EQ(Sentences("Heading\n\nBody text\nwraps here"), "heading|body text wraps here|");
  MatchTokens t;
  TokenizeForMatching("A cat. The dog", &t);
  EXPECT_TRUE(t.tokens[0].flags & kSentenceStart);
  EXPECT_FALSE(t.tokens[1].flags & kSentenceStart);
  EXPECT_TRUE(t.tokens[2].flags & kSentenceStart);
}

TEST(MatchTokens, EmptyAndPunctuationOnly) {
  EXPECT_TRUE(Norms("").empty());
  EXPECT_TRUE(Norms(" ... -- !? \n\n").empty());
  EXPECT_EQ(Norms("'quoted' words-with-hyphens"),
            (std::vector<std::string>{"quoted", "words", "with", "hyphens"}));
}

TEST(MatchTokens, HashIsStableAndSpread) {
  EXPECT_EQ(HashBytes("abc"), HashBytes(std::string("abc")));
  EXPECT_NE(HashBytes("abc"), HashBytes("abd"));
  EXPECT_NE(HashBytes(""), HashBytes(std::string(1, '\0')));
  EXPECT_NE(HashBytes("abcdefgh"), HashBytes("abcdefgh "));
}

TEST(MatchTokens, UnspacedScriptsAreSplitIntoWords) {
  // Han, kana and Thai runs go to ICU's dictionary word break: words, not whole clauses.
  const std::vector<std::string> zh = Norms("临河市发生6.1级地震，救援队伍已赶赴灾区。");
  EXPECT_NE(std::find(zh.begin(), zh.end(), "地震"), zh.end());
  EXPECT_NE(std::find(zh.begin(), zh.end(), "6.1"), zh.end());  // the number stays whole
  EXPECT_NE(std::find(zh.begin(), zh.end(), "救援"), zh.end());
  for (const std::string& w : zh) EXPECT_LE(w.size(), 12u) << w;  // at most four characters
  const std::vector<std::string> ja = Norms("首相は記者会見で支援を表明した。");
  EXPECT_NE(std::find(ja.begin(), ja.end(), "首相"), ja.end());
  EXPECT_NE(std::find(ja.begin(), ja.end(), "記者"), ja.end());
  const std::vector<std::string> th = Norms("ฝนตกหนักทำให้เกิดน้ำท่วม");
  EXPECT_GE(th.size(), 4u);
  // Spans point at the words; the ideographic full stop ends a sentence.
  const std::string text = "地震发生后。救援队伍赶赴灾区。";
  MatchTokens t;
  TokenizeForMatching(text, &t);
  ASSERT_GE(t.tokens.size(), 4u);
  EXPECT_TRUE(t.tokens[0].flags & kSentenceStart);
  for (const MatchToken& m : t.tokens) {
    EXPECT_EQ(NormalizeAndFold(m.span.of(text)), t.norm(m));
    EXPECT_TRUE(m.flags & kHasLetter);
  }
  size_t ends = 0;
  for (const MatchToken& m : t.tokens) ends += (m.flags & kSentenceEnd) != 0;
  EXPECT_EQ(ends, 2u);
  // Latin words next to Han characters are words of their own.
  const std::vector<std::string> mixed = Norms("与U.S. Steel的高管");
  ASSERT_GE(mixed.size(), 4u);
  EXPECT_EQ(std::vector<std::string>(mixed.begin(), mixed.begin() + 4),
            (std::vector<std::string>{"与", "u.s", "steel", "的"}));
}

}  // namespace
}  // namespace precis::dedup
