// BuildDigest with context stories: they are not summarized, but serve as other stories for
// the off-topic filter, so a digest of one story finds a sentence pasted from a story given as
// context, as a digest of both stories does.
#include <gtest/gtest.h>

#include "precis/story.h"
#include "story_fixtures.h"

namespace precis {
namespace {

using testing::Make;

const char* kPasted =
    "Messi lifted the trophy in Berlin as Barcelona won its fifth European football title.";

std::vector<Article> Feed() {
  return {
      Make("q1", "",
           std::string(kPasted) +
               " A strong earthquake struck central Chile on Monday, killing at least twelve "
               "people in the port city of Valparaiso. Rescue teams searched the rubble of "
               "collapsed buildings for survivors. The earthquake damaged roads and bridges "
               "across central Chile."),
      Make("q2", "",
           "Rescue teams in Chile pulled survivors from collapsed buildings after the "
           "earthquake. The death toll in Valparaiso rose to twenty, officials said."),
      Make("q3", "",
           "Aftershocks rattled Valparaiso as Chile counted the damage from the earthquake. "
           "Thousands of residents slept outside, fearing their homes would collapse."),
      Make("f1", "",
           "Barcelona won the European football final on Saturday, beating Juventus two goals "
           "to one in Berlin. Messi scored the winning goal in the second half."),
      Make("f2", "",
           "Fans of Barcelona celebrated in the streets after the final against Juventus. "
           "Messi lifted the trophy in Berlin as the football club won its fifth European "
           "title."),
  };
}

Story StoryOf(uint64_t id, std::vector<std::string> articles) {
  Story s;
  s.id = id;
  s.articles = std::move(articles);
  return s;
}

TEST(DigestContext, ContextStoriesCountAsOtherStoriesButAreNotSummarized) {
  const std::vector<Article> feed = Feed();
  const Story quake = StoryOf(1, {"q1", "q2", "q3"});
  const Story football = StoryOf(2, {"f1", "f2"});
  std::vector<StoryDigest> both, alone, with_context;
  ASSERT_TRUE(BuildDigest(feed, {quake, football}, DigestOptions(), &both).ok());
  ASSERT_EQ(both.size(), 2u);
  EXPECT_EQ(both[0].off_topic_sentences, 1u);

  // The quake story alone has no other story to find the pasted sentence closer to.
  ASSERT_TRUE(BuildDigest(feed, {quake}, DigestOptions(), &alone).ok());
  ASSERT_EQ(alone.size(), 1u);
  EXPECT_EQ(alone[0].off_topic_sentences, 0u);

  // With the football story as context: one digest, the sentence left out, the same summary
  // as in the digest of both.
  ASSERT_TRUE(BuildDigest(feed, {quake}, {football}, DigestOptions(), &with_context).ok());
  ASSERT_EQ(with_context.size(), 1u);
  EXPECT_EQ(with_context[0].story.id, 1u);
  EXPECT_EQ(with_context[0].off_topic_sentences, 1u);
  ASSERT_EQ(with_context[0].summary.sentences.size(), both[0].summary.sentences.size());
  for (size_t i = 0; i < both[0].summary.sentences.size(); ++i) {
    EXPECT_EQ(with_context[0].summary.sentences[i].text, both[0].summary.sentences[i].text);
    EXPECT_EQ(with_context[0].summary.sentences[i].text.find("Messi"), std::string::npos);
  }

  // A context story naming an unknown article is an error, as for a summarized one.
  EXPECT_EQ(
      BuildDigest(feed, {quake}, {StoryOf(3, {"nope"})}, DigestOptions(), &with_context).code(),
      Status::Code::kInvalidArgument);
}

TEST(DigestContext, OffTopicFoundBeforehandGivesTheSameDigest) {
  // The service's way: the off-topic sentences of the judged story found over every story,
  // then a digest of the judged story's own articles with those spans.
  const std::vector<Article> feed = Feed();
  const Story quake = StoryOf(1, {"q1", "q2", "q3"});
  const Story football = StoryOf(2, {"f1", "f2"});
  std::vector<StoryDigest> with_context, found_before;
  ASSERT_TRUE(BuildDigest(feed, {quake}, {football}, DigestOptions(), &with_context).ok());
  std::vector<std::string_view> texts;
  for (const Article& a : feed) texts.push_back(a.text);
  const auto off = OffTopicSentences(texts, {{0, 1, 2}, {3, 4}}, DigestOptions(), 1);
  const std::vector<Article> own(feed.begin(), feed.begin() + 3);
  const std::vector<std::vector<Span>> own_off(off.begin(), off.begin() + 3);
  ASSERT_TRUE(BuildDigestWithOffTopic(own, {quake}, own_off, DigestOptions(), &found_before).ok());
  ASSERT_EQ(found_before.size(), 1u);
  EXPECT_EQ(found_before[0].off_topic_sentences, 1u);
  ASSERT_EQ(found_before[0].summary.sentences.size(), with_context[0].summary.sentences.size());
  for (size_t i = 0; i < found_before[0].summary.sentences.size(); ++i) {
    EXPECT_EQ(found_before[0].summary.sentences[i].text, with_context[0].summary.sentences[i].text);
  }
  // Spans for another number of articles than given: an error, not a guess.
  EXPECT_EQ(BuildDigestWithOffTopic(own, {quake}, off, DigestOptions(), &found_before).code(),
            Status::Code::kInvalidArgument);
}

TEST(OffTopic, OnlyTheJudgedStoriesAreJudged) {
  const std::vector<Article> feed = Feed();
  std::vector<std::string_view> texts;
  for (const Article& a : feed) texts.push_back(a.text);
  const std::vector<std::vector<uint32_t>> stories = {{0, 1, 2}, {3, 4}};
  const auto all = OffTopicSentences(texts, stories, DigestOptions());
  ASSERT_EQ(all[0].size(), 1u);
  EXPECT_EQ(all[0][0].of(texts[0]), kPasted);
  // Judging the football story only: the quake article's spans are left empty.
  const auto football_only = OffTopicSentences(texts, {{3, 4}, {0, 1, 2}}, DigestOptions(), 1);
  EXPECT_TRUE(football_only[0].empty());
  const auto quake_only = OffTopicSentences(texts, stories, DigestOptions(), 1);
  EXPECT_EQ(quake_only[0], all[0]);
}

}  // namespace
}  // namespace precis
