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

// The lists a trial with Russian, Greek, Arabic, Hindi, Turkish, Italian, Portuguese and Dutch
// news asked for: function words go, content words stay.
TEST(StopwordsTest, MoreLanguages) {
  EXPECT_TRUE(IsStopword("и", "ru"));
  EXPECT_TRUE(IsStopword("который", "russian"));
  EXPECT_TRUE(IsStopword("г", "ru"));  // of "г." (year, city)
  EXPECT_FALSE(IsStopword("форум", "ru"));
  EXPECT_TRUE(IsStopword("τησ", "el"));  // "της" case-folded: final sigma
  EXPECT_TRUE(IsStopword("και", "el"));
  EXPECT_FALSE(IsStopword("απεργία", "el"));
  EXPECT_TRUE(IsStopword("في", "ar"));
  EXPECT_FALSE(IsStopword("القمة", "ar"));
  EXPECT_TRUE(IsStopword("में", "hi"));
  EXPECT_FALSE(IsStopword("बारिश", "hi"));
  EXPECT_TRUE(IsStopword("için", "tr"));
  EXPECT_FALSE(IsStopword("deprem", "tr"));
  EXPECT_TRUE(IsStopword("della", "it"));
  EXPECT_TRUE(IsStopword("não", "pt"));
  EXPECT_TRUE(IsStopword("niet", "nl"));
  EXPECT_FALSE(IsStopword("regering", "nl"));
  EXPECT_TRUE(IsStopword("och", "sv"));
  EXPECT_FALSE(IsStopword("tunnelbanan", "sv"));
  EXPECT_TRUE(IsStopword("na", "pl"));
  EXPECT_TRUE(IsStopword("się", "polish"));
  EXPECT_FALSE(IsStopword("powódź", "pl"));
  EXPECT_TRUE(IsStopword("та", "uk"));
  EXPECT_FALSE(IsStopword("міст", "uk"));
  EXPECT_TRUE(IsStopword("yang", "id"));
  EXPECT_FALSE(IsStopword("gempa", "id"));
}

TEST(StopwordsTest, LanguagesWithoutAListHaveNoStopwords) {
  EXPECT_FALSE(IsStopword("the", "xx"));
  EXPECT_FALSE(IsStopword("ja", "fi"));
  EXPECT_FALSE(IsStopword("the", ""));
}

}  // namespace
}  // namespace precis
