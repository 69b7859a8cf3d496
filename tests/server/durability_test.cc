// Durability: batches posted, the server killed with SIGKILL in the middle of a
// batch, restarted: every acknowledged article and its story are there,
// summaries catch up, and after the rest of the feed and a flush the stories
// equal those of a run without the kill.
#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "server_process.h"
#include "story/story_texts.h"

namespace precis {
namespace {

using nlohmann::json;
using testing::ListedStories;
using testing::ServerProcess;

// 30 days of two recurring topics with wire copies: stories open, close and
// merge.
std::vector<std::string> Feed() {
  std::vector<std::string> lines;
  for (int r = 0; r < 30; ++r) {
    const std::string day =
        "2010-0" + std::to_string(1 + r / 10) + "-" + std::to_string(10 + r % 10) + "T10:00Z";
    for (int i = 0; i < 4; ++i) {
      lines.push_back(json({{"id", "q" + std::to_string(r * 4 + i)},
                            {"date", day},
                            {"text", std::string(story_texts::kQuake[i]) + " Report " +
                                         std::to_string(r % 5) + "."}})
                          .dump());
    }
    for (int i = 0; i < 3; ++i) {
      lines.push_back(json({{"id", "f" + std::to_string(r * 3 + i)},
                            {"date", day},
                            {"text", std::string(story_texts::kFinal[i]) + " Match " +
                                         std::to_string(r % 3) + "."}})
                          .dump());
    }
  }
  return lines;
}

std::string Batch(const std::vector<std::string>& feed, size_t b, size_t size) {
  std::string body;
  for (size_t i = b * size; i < std::min(feed.size(), (b + 1) * size); ++i) body += feed[i] + "\n";
  return body;
}

TEST(ServeDurability, KillMidStreamLosesNothingAndEndsTheSame) {
  const std::vector<std::string> feed = Feed();
  constexpr size_t kBatch = 15;
  const size_t batches = (feed.size() + kBatch - 1) / kBatch;
  const std::vector<std::string> flags = {"--checkpoint-articles", "40"};

  // Run B: no kill.
  const std::string dir = testing::TempDir("durability");
  std::set<std::vector<std::string>> expected;
  {
    ServerProcess s(dir + "/b.sqlite", flags);
    ASSERT_GT(s.port(), 0) << s.log();
    for (size_t b = 0; b < batches; ++b) {
      ASSERT_EQ(
          s.client().Post("/articles", Batch(feed, b, kBatch), "application/x-ndjson")->status,
          200);
    }
    ASSERT_EQ(s.client().Post("/flush", "", "application/json")->status, 200);
    expected = ListedStories(s);
    EXPECT_EQ(s.Terminate(), 0);
  }
  ASSERT_GT(expected.size(), 2u);

  // Run A: killed while a batch is in flight.
  std::map<std::string, uint64_t> acknowledged;  // article -> story in the answer
  const size_t kill_at = batches / 2;
  size_t resume_at = kill_at;
  {
    auto s = std::make_unique<ServerProcess>(dir + "/a.sqlite", flags);
    ASSERT_GT(s->port(), 0) << s->log();
    for (size_t b = 0; b < kill_at; ++b) {
      auto res = s->client().Post("/articles", Batch(feed, b, kBatch), "application/x-ndjson");
      ASSERT_EQ(res->status, 200);
      const json answer = json::parse(res->body);  // named: the loop must not outlive it
      for (const json& a : answer["articles"]) acknowledged[a["id"]] = a["story"];
    }
    std::thread poster([&] {
      s->client().Post("/articles", Batch(feed, kill_at, kBatch), "application/x-ndjson");
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(3));
    s->Kill();
    poster.join();
  }
  {
    ServerProcess s(dir + "/a.sqlite", flags);
    ASSERT_GT(s.port(), 0) << s.log();
    for (const auto& [id, story] : acknowledged) {
      auto res = s.client().Get("/articles/" + id);
      ASSERT_TRUE(res);
      ASSERT_EQ(res->status, 200) << id;
      const uint64_t now = json::parse(res->body)["story"];
      EXPECT_GT(now, 0u);
      EXPECT_EQ(s.client().Get("/stories/" + std::to_string(story))->status == 404, false);
    }
    EXPECT_TRUE(testing::SummariesCaughtUp(s, 400));
    // The client re-posts the batch it got no answer for (idempotent), then the
    // rest.
    for (size_t b = resume_at; b < batches; ++b) {
      auto res = s.client().Post("/articles", Batch(feed, b, kBatch), "application/x-ndjson");
      ASSERT_EQ(res->status, 200) << res->body;
    }
    ASSERT_EQ(s.client().Post("/flush", "", "application/json")->status, 200);
    EXPECT_EQ(ListedStories(s), expected);
    EXPECT_TRUE(testing::SummariesCaughtUp(s, 400));
    EXPECT_EQ(s.Terminate(), 0) << s.log();
  }
}

}  // namespace
}  // namespace precis
