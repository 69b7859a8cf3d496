// The matching tokenizer: words, folded forms, sentence flags.
#include "dedup/match_tokens.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace precis::dedup
