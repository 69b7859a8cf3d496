// The lede GET /stories shows for each story (the first sentence of its latest summary): what
// the summary worker stores beside the body, and what migration 6 computes from the bodies an
// older precis stored.
#include <gtest/gtest.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "server/render.h"
#include "server_process.h"
#include "store/sqlite_db.h"
#include "store/store.h"

namespace precis {
namespace {

using nlohmann::json;

store::StoryRecord Story(uint64_t id) {
  store::StoryRecord r;
  r.story.id = id;
  r.story.headline = "story " + std::to_string(id);
  r.article_count = 1;
  return r;
}

TEST(SummaryLede, IsTheFirstSentenceOfTheBody) {
  const std::string body =
      R"({"method":"auto","sentences":[)"
      R"({"doc_id":"a1","begin":4,"end":26,"text":"The dam held overnight.","char_begin":4,)"
      R"("char_end":26,"lang":"en","spans":[[4,26]]},)"
      R"({"doc_id":"a2","begin":0,"end":9,"text":"Then rain.","char_begin":0,"char_end":9}]})";
  EXPECT_EQ(json::parse(server::SummaryLede(body)),
            json::parse(R"({"text":"The dam held overnight.","doc_id":"a1","char_begin":4,)"
                        R"("char_end":26,"lang":"en"})"));
  // No sentence, or not a summary body: no lede.
  EXPECT_EQ(server::SummaryLede(R"({"sentences":[]})"), "");
  EXPECT_EQ(server::SummaryLede(R"({"sentences":[],"error":"failed"})"), "");
  EXPECT_EQ(server::SummaryLede("summary of 1"), "");
  EXPECT_EQ(server::SummaryLede(R"({"sentences":[{"doc_id":"a1"}]})"), "");

  store::StoryRecord r = Story(1);
  EXPECT_TRUE(server::StoryBrief(r)["lede"].is_null());
  r.lede = server::SummaryLede(body);
  EXPECT_EQ(server::StoryBrief(r)["lede"]["text"], "The dam held overnight.");
}

// A database made before the lede column (schema version 5) gets it filled from the stored
// bodies when it is opened, so the list shows the ledes of stories summarized before (closed
// stories are never summarized again).
TEST(SummaryLede, MigrationFillsItFromStoredBodies) {
  const std::string dir = testing::TempDir("lede_migration");
  const std::string path = dir + "/db.sqlite";
  const std::string with_lang =
      R"({"sentences":[{"doc_id":"a1","begin":0,"end":11,"text":"Text of a1.","char_begin":0,)"
      R"("char_end":11,"lang":"fr"}]})";
  const std::string without_lang =
      R"({"sentences":[{"doc_id":"a2","begin":0,"end":11,"text":"Text of a2.","char_begin":0,)"
      R"("char_end":11}]})";
  const std::string empty = R"({"sentences":[]})";
  {
    std::unique_ptr<store::Store> st;
    ASSERT_TRUE(store::OpenSqliteStore(path, &st).ok());
    store::IngestBatch b;  // stories only: the list does not read their articles
    b.stories = {Story(1), Story(2), Story(3)};
    ASSERT_TRUE(st->Apply(b).ok());
    std::vector<store::SummaryRecord> sums(3);
    const std::string bodies[] = {with_lang, without_lang, empty};
    for (size_t i = 0; i < 3; ++i) {
      sums[i].story = i + 1;
      sums[i].version = 1;
      sums[i].body = bodies[i];  // no lede: as precis wrote summaries before the column
    }
    ASSERT_TRUE(st->PutSummaries(sums).ok());
  }
  {
    // Back to version 5: the table did not exist. (Through precis's connection, which knows
    // the search index's tokenizer that SQLite checks when the schema changes.)
    store::Db db;
    ASSERT_TRUE(db.Open(path, false).ok());
    ASSERT_TRUE(db.Exec("DROP TABLE ledes; PRAGMA user_version = 5").ok());
  }
  std::unique_ptr<store::Store> st;
  ASSERT_TRUE(store::OpenSqliteStore(path, &st).ok());
  std::vector<store::StoryRecord> listed;
  bool more = false;
  ASSERT_TRUE(st->ListStories(store::StoryQuery(), &listed, &more).ok());
  ASSERT_EQ(listed.size(), 3u);
  for (const store::StoryRecord& r : listed) {
    const json lede = server::StoryBrief(r)["lede"];
    if (r.story.id == 1) {
      EXPECT_EQ(lede, json::parse(server::SummaryLede(with_lang)));
      EXPECT_EQ(lede["lang"], "fr");
    } else if (r.story.id == 2) {
      EXPECT_EQ(lede, json::parse(server::SummaryLede(without_lang)));  // no null "lang"
      EXPECT_FALSE(lede.contains("lang"));
    } else {
      EXPECT_TRUE(lede.is_null()) << lede;
    }
  }
  // A summary written now keeps its lede; FindStory reads it too.
  store::SummaryRecord again;
  again.story = 3;
  again.version = 1;
  again.body = with_lang;
  again.lede = server::SummaryLede(with_lang);
  ASSERT_TRUE(st->PutSummaries({again}).ok());
  store::StoryRecord r;
  bool found = false;
  ASSERT_TRUE(st->FindStory(3, &r, &found).ok() && found);
  EXPECT_EQ(r.lede, again.lede);
}

}  // namespace
}  // namespace precis
