#include <gtest/gtest.h>

#include "precis/text.h"

namespace precis {
namespace {

TEST(StopwordsTest, English) {
  for (const char* w : {"the", "a", "and", "of", "is", "was", "he", "don't", "itself", "very"}) {
    EXPECT_TRUE(IsStopword(w)) << w;
    EXPECT_TRUE(IsStopword(w, "english")) << w;
    EXPECT_TRUE(IsStopword(w, "en-US")) << w;
  }
  for (const char* w : {"senate", "election", "bank", "", "thee", "th", "the ", "The"}) {
    EXPECT_FALSE(IsStopword(w)) << "[" << w << "]";
  }
}

TEST(StopwordsTest, CurlyApostropheMatchesStraightOne) {
  EXPECT_TRUE(IsStopword("don\xE2\x80\x99t"));
  EXPECT_TRUE(IsStopword("it\xE2\x80\x99s"));
  EXPECT_FALSE(IsStopword("rock\xE2\x80\x99n"));
}

TEST(StopwordsTest, OtherLanguagesAreFolded) {
  EXPECT_TRUE(IsStopword("und", "de"));
  EXPECT_TRUE(IsStopword("dass", "german"));  // "daß" folds to "dass"
  EXPECT_TRUE(
      IsStopword("\xC3\xBC"
                 "ber",
                 "de"));  // über
  EXPECT_FALSE(IsStopword("regierung", "de"));
  EXPECT_TRUE(IsStopword("les", "fr"));
  EXPECT_TRUE(IsStopword("\xC3\xA9t\xC3\xA9", "fr"));  // été
  EXPECT_TRUE(IsStopword("porque", "es"));
  EXPECT_FALSE(IsStopword("the", "de"));
}

TEST(StopwordsTest, LanguagesWithoutAListHaveNoStopwords) {
  EXPECT_FALSE(IsStopword("the", "xx"));
  EXPECT_FALSE(IsStopword("och", "sv"));
  EXPECT_FALSE(IsStopword("the", ""));
}

}  // namespace
}  // namespace precis
