// The published story list answers GET /stories exactly as the store would: a
// differential test of ListFromSnapshot against Store::ListStories on random
// queries (date ranges, limits, cursors) over a store with ties in time, merged
// stories and more stories than the list holds.
#include "server/story_list.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <random>

#include "server_process.h"
#include "store/store.h"

namespace precis {
namespace {

std::vector<uint64_t> Ids(const std::vector<store::StoryRecord>& v) {
  std::vector<uint64_t> out;
  for (const store::StoryRecord& r : v) out.push_back(r.story.id);
  return out;
}

TEST(StoryList, AnswersAsTheStoreDoes) {
  const std::string dir = testing::TempDir("story_list");
  std::unique_ptr<store::Store> st;
  ASSERT_TRUE(store::OpenSqliteStore(dir + "/db.sqlite", &st).ok());
  std::mt19937 rng(7);
  store::IngestBatch batch;
  for (uint64_t id = 1; id <= 400; ++id) {
    store::StoryRecord r;
    r.story.id = id;
    r.story.headline = "story " + std::to_string(id);
    // Few distinct times, so many stories tie on last_time and the id decides.
    r.first_time = 1000 * static_cast<int64_t>(rng() % 40);
    r.last_time = r.first_time + 1000 * static_cast<int64_t>(rng() % 5);
    r.article_count = 1;
    batch.stories.push_back(r);
  }
  for (uint64_t id = 5; id <= 400; id += 37) batch.redirects.emplace_back(id, id - 1);
  ASSERT_TRUE(st->Apply(batch).ok());

  for (size_t listed : {size_t{30}, size_t{200}, size_t{1000}}) {
    server::StoryList list;
    store::StoryQuery all;
    all.limit = listed;
    bool more = false;
    ASSERT_TRUE(st->ListStories(all, &list.stories, &more).ok());
    list.complete = !more;
    size_t answered = 0;
    for (int trial = 0; trial < 500; ++trial) {
      store::StoryQuery q;
      q.limit = 1 + rng() % 40;
      if (rng() % 2) q.from = 1000 * static_cast<int64_t>(rng() % 45);
      if (rng() % 2) q.to = 1000 * static_cast<int64_t>(rng() % 45);
      if (rng() % 2) {
        q.after = true;
        q.after_time = 1000 * static_cast<int64_t>(rng() % 45);
        q.after_id = rng() % 420;
      }
      std::vector<store::StoryRecord> want, got;
      bool want_more = false, got_more = false;
      ASSERT_TRUE(st->ListStories(q, &want, &want_more).ok());
      if (!server::ListFromSnapshot(list, q, &got, &got_more)) continue;
      ++answered;
      EXPECT_EQ(Ids(got), Ids(want)) << "listed " << listed << " trial " << trial;
      EXPECT_EQ(got_more, want_more) << "listed " << listed << " trial " << trial;
    }
    // The list must answer most pages (else GET /stories would go to the database).
    EXPECT_GT(answered, listed >= 400 ? 499u : 100u) << "listed " << listed;
    EXPECT_EQ(list.complete, listed >= 400);
  }
  // A text query always goes to the store.
  server::StoryList list;
  list.complete = true;
  store::StoryQuery q;
  q.text = "story";
  std::vector<store::StoryRecord> got;
  bool more = false;
  EXPECT_FALSE(server::ListFromSnapshot(list, q, &got, &more));
}

}  // namespace
}  // namespace precis
