// Story headlines of articles without titles: a sentence that stands alone, never one that
// leans on a sentence the reader does not see.
#include <gtest/gtest.h>

#include "precis/story.h"

namespace precis {
namespace {

Story OneStory(const std::string& text, const std::string& title = "") {
  Article a;
  a.id = "a";
  a.date = "2024-05-02";
  a.title = title;
  a.text = text;
  StoryOptions options;
  options.detect_duplicates = false;
  std::vector<Story> stories;
  EXPECT_TRUE(ClusterArticles({a}, options, &stories, nullptr).ok());
  EXPECT_EQ(stories.size(), 1u);
  return stories.empty() ? Story() : stories[0];
}

TEST(StoryHeadline, SkipsAnOpeningThatLeansOnMissingContext) {
  const Story s = OneStory(
      "They have concluded that the fire started in the kitchen. Investigators in Marlow said "
      "on Friday that a faulty stove caused the blaze that destroyed the Harbor Inn. The inn "
      "had stood since 1890.");
  EXPECT_EQ(s.headline,
            "Investigators in Marlow said on Friday that a faulty stove caused the blaze that "
            "destroyed the Harbor Inn.");
}

TEST(StoryHeadline, TakesTheLeadSentenceWithoutItsDateline) {
  const Story s = OneStory(
      "MARLOW (AP) -- A fire destroyed the Harbor Inn on Thursday night. It had stood since "
      "1890.");
  EXPECT_EQ(s.headline, "A fire destroyed the Harbor Inn on Thursday night.");
}

TEST(StoryHeadline, PrefersAShortSentence) {
  const std::string long_lead =
      "Investigators from the state fire marshal's office, the county sheriff's department, "
      "the city of Marlow and two insurance companies spent all of Friday and most of Saturday "
      "sifting through the ruins of the Harbor Inn, which had stood on the waterfront since "
      "1890 and burned to the ground on Thursday night.";
  const Story s = OneStory(long_lead + " A faulty stove caused the fire at the Harbor Inn.");
  EXPECT_EQ(s.headline, "A faulty stove caused the fire at the Harbor Inn.");
}

TEST(StoryHeadline, UsesTheTitleWhenThereIsOne) {
  const Story s = OneStory("They have concluded the inquiry into the fire.", "Harbor Inn fire");
  EXPECT_EQ(s.headline, "Harbor Inn fire");
}

// A title that is only a wire code is no headline (DUC 2006 titles "&HT;", "a) &QL").
TEST(StoryHeadline, AWireCodeTitleIsNoHeadline) {
  const std::string text =
      "A fire destroyed the Harbor Inn on Thursday night. It had stood since 1890.";
  for (const char* junk : {"&HT;", "a) &QL", " &QL; ", "--"}) {
    EXPECT_EQ(OneStory(text, junk).headline, "A fire destroyed the Harbor Inn on Thursday night.")
        << junk;
  }
  EXPECT_EQ(OneStory(text, "地震").headline, "地震");  // two characters of Chinese are a title
  EXPECT_EQ(OneStory(text, "AT&T cuts jobs").headline, "AT&T cuts jobs");
}

}  // namespace
}  // namespace precis
