#include <gtest/gtest.h>
#include <unicode/uchar.h>

#include <random>
#include <string>

#include "precis/text.h"
#include "text/span_checks.h"

namespace precis {
namespace {

// The obvious definition: decode, and count starts of runs of non-White_Space code points.
uint32_t NaiveCountWords(std::string_view text) {
  uint32_t words = 0;
  bool in_word = false;
  for (const auto& [offset, c] : testing::CodePoints(text)) {
    const bool space = u_isUWhiteSpace(c);
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

TEST(CountWordsTest, Basics) {
  EXPECT_EQ(CountWords(""), 0u);
  EXPECT_EQ(CountWords("   "), 0u);
  EXPECT_EQ(CountWords("one"), 1u);
  EXPECT_EQ(CountWords("  two words  "), 2u);
  EXPECT_EQ(CountWords("U.S.-led, 3.5% (roughly) -- done."), 5u);
  EXPECT_EQ(CountWords("line\nbreaks\tand\r\ntabs"), 4u);
}

TEST(CountWordsTest, UnicodeSpacesSeparateWords) {
  EXPECT_EQ(CountWords("10\xC2\xA0"
                       "km"),
            2u);  // NO-BREAK SPACE
  EXPECT_EQ(CountWords("a\xE2\x80\x83"
                       "b\xE3\x80\x80"
                       "c"),
            3u);  // EM SPACE, IDEOGRAPHIC
  EXPECT_EQ(CountWords("a\xE2\x80\xAF"
                       "b\xE2\x81\x9F"
                       "c"),
            3u);  // NNBSP, MMSP
  EXPECT_EQ(CountWords("a\xE2\x80\x8B"
                       "b"),
            1u);  // ZERO WIDTH SPACE is not white space
  EXPECT_EQ(CountWords("\xE6\x97\xA5\xE6\x9C\xAC"), 1u);
}

TEST(CountWordsTest, AgreesWithNaiveCountOnRandomText) {
  std::mt19937 rng(3);
  const char* const pieces[] = {"a",
                                "bc",
                                " ",
                                "\t",
                                "\n",
                                "\xC2\xA0",
                                "\xC2\x85",
                                "\xE1\x9A\x80",
                                "\xE2\x80\x80",
                                "\xE2\x80\x8A",
                                "\xE2\x80\xA8",
                                "\xE2\x80\xA9",
                                "\xE2\x80\xAF",
                                "\xE2\x81\x9F",
                                "\xE3\x80\x80",
                                "\xE2\x80\x8B",
                                "\xC3\xA9",
                                "\xE2\x80\x8C",
                                "\xF0\x9F\x98\x80",
                                "\xE1\x9A\x81",
                                "\xE2\x80\x8D",
                                "\xC2\xA1",
                                "\xE3\x80\x81"};
  std::uniform_int_distribution<int> pick(0, std::size(pieces) - 1);
  for (int i = 0; i < 2000; ++i) {
    std::string text;
    for (int j = 0; j < 30; ++j) text += pieces[pick(rng)];
    ASSERT_EQ(CountWords(text), NaiveCountWords(text)) << text;
  }
}

}  // namespace
}  // namespace precis
