#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "precis/text.h"

namespace precis {
namespace {

std::vector<std::string> Norms(std::string_view text) {
  std::vector<WordToken> tokens;
  TokenizeWords(text, Span{0, static_cast<uint32_t>(text.size())}, &tokens);
  std::vector<std::string> out;
  for (const WordToken& t : tokens) out.push_back(t.norm);
  return out;
}

using Words = std::vector<std::string>;

TEST(TokenizeWordsTest, KeepsWordsAndNumbersDropsPunctuation) {
  EXPECT_EQ(Norms("The Senate voted 52-48, on Tuesday!"),
            (Words{"the", "senate", "voted", "52", "48", "on", "tuesday"}));
  EXPECT_EQ(Norms("... -- !!! ``'' ( )"), Words{});
  EXPECT_EQ(Norms(""), Words{});
}

TEST(TokenizeWordsTest, FollowsIcuWordRules) {
  EXPECT_EQ(Norms("don't"), Words{"don't"});
  EXPECT_EQ(Norms("New York-based"), (Words{"new", "york", "based"}));
  EXPECT_EQ(Norms("$3.5 billion, 1,000 people, 2.5%"),
            (Words{"3.5", "billion", "1,000", "people", "2.5"}));
  EXPECT_EQ(Norms("the U.S. Army"), (Words{"the", "u.s", "army"}));
  EXPECT_EQ(Norms("snake_case"), Words{"snake_case"});
  EXPECT_EQ(Norms("doesn\xE2\x80\x99t"), Words{"doesn\xE2\x80\x99t"});  // curly apostrophe
}

TEST(TokenizeWordsTest, ConnectorPunctuationAloneIsNotAWord) {
  EXPECT_EQ(Norms("a ___ b"), (Words{"a", "b"}));  // ICU gives "___" a letter status
}

TEST(TokenizeWordsTest, NormalizesNonAsciiTokens) {
  EXPECT_EQ(Norms("Stra\xC3\x9F"
                  "e \xEF\xAC\x81nal \xEF\xBC\x91\xEF\xBC\x92"),
            (Words{"strasse", "final", "12"}));
  EXPECT_EQ(Norms("Caf\xC3\xA9 CAFE\xCC\x81"), (Words{"caf\xC3\xA9", "caf\xC3\xA9"}));
}

TEST(TokenizeWordsTest, SpansPointIntoTheOriginalText) {
  const std::string text = "\xE2\x80\x9CHello,\xE2\x80\x9D said \xC3\x89milie.";
  std::vector<WordToken> tokens;
  TokenizeWords(text, Span{0, static_cast<uint32_t>(text.size())}, &tokens);
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[0].span.of(text), "Hello");
  EXPECT_EQ(tokens[1].span.of(text), "said");
  EXPECT_EQ(tokens[2].span.of(text), "\xC3\x89milie");
  EXPECT_EQ(tokens[2].norm, "\xC3\xA9milie");
}

TEST(TokenizeWordsTest, RangeLimitsTheTokensAndOffsetsAreAbsolute) {
  const std::string text = "One sentence. Another one here.";
  std::vector<WordToken> tokens;
  TokenizeWords(text, Span{14, 31}, &tokens);
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[0].span, (Span{14, 21}));
  EXPECT_EQ(tokens[0].norm, "another");
  // Appends rather than replaces.
  TokenizeWords(text, Span{0, 3}, &tokens);
  ASSERT_EQ(tokens.size(), 4u);
  EXPECT_EQ(tokens[3].norm, "one");
}

TEST(TokenizeWordsTest, OutOfRangeSpansAreClamped) {
  const std::string text = "short text";
  std::vector<WordToken> tokens;
  TokenizeWords(text, Span{6, 500}, &tokens);
  ASSERT_EQ(tokens.size(), 1u);
  EXPECT_EQ(tokens[0].norm, "text");
  tokens.clear();
  TokenizeWords(text, Span{50, 60}, &tokens);
  TokenizeWords(text, Span{8, 3}, &tokens);
  EXPECT_TRUE(tokens.empty());
}

TEST(TokenizeWordsTest, ScriptsWithoutSpaces) {
  // ICU segments Chinese and Japanese with its dictionary: several words, none empty.
  const std::string text =
      "\xE6\x88\x91\xE4\xBB\xAC\xE5\x9C\xA8\xE5\x8C\x97\xE4\xBA\xAC";  // 我们在北京
  std::vector<WordToken> tokens;
  TokenizeWords(text, Span{0, static_cast<uint32_t>(text.size())}, &tokens);
  EXPECT_GE(tokens.size(), 2u);
  for (const WordToken& t : tokens) EXPECT_FALSE(t.span.empty());
}

TEST(TokenizeWordsTest, EmojiAreNotWords) {
  EXPECT_EQ(Norms("great \xF0\x9F\x98\x80 news \xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD"),
            (Words{"great", "news"}));
}

}  // namespace
}  // namespace precis
