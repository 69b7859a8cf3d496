// The store's summary bookkeeping: a story that closes exactly as it was when
// last summarized keeps its summary (no new one is computed), while a story
// that closes with another article set, or was never summarized, waits for one.
#include <gtest/gtest.h>

#include <filesystem>
#include <set>

#include "server_process.h"
#include "store/store.h"

namespace precis {
namespace {

store::ArticleRecord NewArticle(const std::string& id, uint64_t seq, uint64_t story) {
  store::ArticleRecord a;
  a.article.id = id;
  a.article.text = "Text of " + id + ".";
  a.seq = seq;
  a.story = story;
  return a;
}

store::StoryRecord Record(uint64_t id, bool open, size_t count) {
  store::StoryRecord r;
  r.story.id = id;
  r.story.headline = "story " + std::to_string(id);
  r.open = open;
  r.article_count = count;
  return r;
}

Story Members(uint64_t id, std::vector<std::string> articles) {
  Story s;
  s.id = id;
  s.articles = std::move(articles);
  return s;
}

std::set<uint64_t> Dirty(store::Store& st) {
  std::vector<store::DirtyStory> dirty;
  EXPECT_TRUE(st.DirtyStories(100, &dirty).ok());
  std::set<uint64_t> out;
  for (const store::DirtyStory& d : dirty) out.insert(d.story);
  return out;
}

// Summarizes every dirty story with the body "summary of <id>".
void SummarizeAll(store::Store& st) {
  std::vector<store::DirtyStory> dirty;
  ASSERT_TRUE(st.DirtyStories(100, &dirty).ok());
  std::vector<store::SummaryRecord> out;
  for (const store::DirtyStory& d : dirty) {
    store::SummaryRecord r;
    r.story = d.story;
    r.version = d.version;
    r.body = "summary of " + std::to_string(d.story);
    out.push_back(r);
  }
  ASSERT_TRUE(st.PutSummaries(out).ok());
}

TEST(StoreSummaries, ClosingUnchangedKeepsTheSummary) {
  const std::string dir = testing::TempDir("store_summaries");
  std::unique_ptr<store::Store> st;
  ASSERT_TRUE(store::OpenSqliteStore(dir + "/db.sqlite", &st).ok());
  store::IngestBatch b1;
  b1.added = {NewArticle("a1", 1, 1), NewArticle("a2", 2, 1), NewArticle("a3", 3, 2),
              NewArticle("a5", 4, 3), NewArticle("a6", 5, 3), NewArticle("a7", 6, 4)};
  b1.stories = {Record(1, true, 2), Record(2, true, 1), Record(3, true, 2), Record(4, true, 1)};
  ASSERT_TRUE(st->Apply(b1).ok());
  EXPECT_EQ(Dirty(*st), (std::set<uint64_t>{1, 2, 3, 4}));
  SummarizeAll(*st);
  EXPECT_TRUE(Dirty(*st).empty());

  // Story 5 opens and closes before any summary.
  store::IngestBatch b2;
  b2.added = {NewArticle("a4", 7, 2), NewArticle("a8", 8, 5)};
  b2.stories = {Record(1, false, 2), Record(2, false, 2), Record(3, false, 2), Record(5, false, 1)};
  b2.closed_members = {Members(1, {"a1", "a2"}), Members(2, {"a3", "a4"}), Members(3, {"a5", "a7"}),
                       Members(5, {"a8"})};
  ASSERT_TRUE(st->Apply(b2).ok());
  // 1: unchanged; 2: an article joined; 3: an article moved in (a6 left); 5: never summarized.
  EXPECT_EQ(Dirty(*st), (std::set<uint64_t>{2, 3, 5}));
  store::StoryRecord story;
  store::SummaryRecord summary;
  bool found = false;
  ASSERT_TRUE(st->FindStory(1, &story, &found).ok() && found);
  ASSERT_TRUE(st->FindSummary(1, &summary, &found).ok() && found);
  EXPECT_FALSE(story.open);
  EXPECT_EQ(summary.version, story.version);  // current
  EXPECT_EQ(summary.body, "summary of 1");
  ASSERT_TRUE(st->FindStory(2, &story, &found).ok() && found);
  ASSERT_TRUE(st->FindSummary(2, &summary, &found).ok() && found);
  EXPECT_LT(summary.version, story.version);  // stale until the worker redoes it
}

// A story that loses one article and gains another keeps its count but not its summary, which
// may cite the one that left: a trial found a current summary citing an article of another
// story after a flush (the gain came with a merge, the loss went to another story).
TEST(StoreSummaries, AnArticleThatLeftMakesTheSummaryStale) {
  const std::string dir = testing::TempDir("store_summaries_left");
  std::unique_ptr<store::Store> st;
  ASSERT_TRUE(store::OpenSqliteStore(dir + "/db.sqlite", &st).ok());
  store::IngestBatch b1;
  b1.added = {NewArticle("b1", 1, 6), NewArticle("b2", 2, 6), NewArticle("b3", 3, 7)};
  b1.stories = {Record(6, true, 2), Record(7, true, 1)};
  ASSERT_TRUE(st->Apply(b1).ok());
  SummarizeAll(*st);
  ASSERT_TRUE(Dirty(*st).empty());
  // The flush: story 7 merges into 6 (b3 moves by the redirect), b2 goes to a new story 8.
  store::IngestBatch b2;
  b2.redirects = {{7, 6}};
  b2.stories = {Record(6, false, 2), Record(8, false, 1)};
  b2.closed_members = {Members(6, {"b1", "b3"}), Members(8, {"b2"})};
  ASSERT_TRUE(st->Apply(b2).ok());
  EXPECT_EQ(Dirty(*st), (std::set<uint64_t>{6, 8}));
  store::StoryRecord story;
  store::SummaryRecord summary;
  bool found = false;
  ASSERT_TRUE(st->FindStory(6, &story, &found).ok() && found);
  ASSERT_TRUE(st->FindSummary(6, &summary, &found).ok() && found);
  EXPECT_LT(summary.version, story.version);  // not carried over as current
}

}  // namespace
}  // namespace precis
