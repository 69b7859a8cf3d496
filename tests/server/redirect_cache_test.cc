// Cached 301 answers of merged stories: a merged story's id leads to the story that absorbed
// it, and still to the last one after that story is merged in turn (a cached redirect is
// dropped when its target changes). Uses the synthetic stream of DUC 2004 topics, whose
// recurring events make the clusterer merge stories.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "precis/ingest.h"
#include "server_process.h"
#include "story/synthetic_stream.h"
#include "testing/run.h"

namespace precis {
namespace {

using nlohmann::json;
using testing::ServerProcess;

TEST(ServeRedirectCache, MergedStoriesLeadToTheLastSurvivorAfterFurtherMerges) {
  const std::string clusters = std::string(PRECIS_SHARED_DIR) + "/data/duc2004/clusters.jsonl";
  if (!std::filesystem::exists(clusters)) GTEST_SKIP() << "no DUC 2004 data at " << clusters;
  Input input;
  IngestReport report;
  ASSERT_TRUE(ReadPath(clusters, IngestOptions(), &input, &report).ok());
  // The first articles of the benchmark's stream (bench/serve_read.sh: 60 articles a day).
  story::SyntheticStreamOptions o;
  o.articles = 70000;
  o.days = o.articles / 60;
  story::SyntheticStream stream(input.clusters, o);
  constexpr size_t kArticles = 2000;
  std::vector<std::string> batches(20);
  Article a;
  std::string gold;
  for (size_t i = 0; i < kArticles && stream.Next(&a, &gold); ++i) {
    batches[i * batches.size() / kArticles] +=
        json({{"id", a.id}, {"date", a.date}, {"title", a.title}, {"text", a.text}}).dump() + "\n";
  }
  const std::string dir = testing::TempDir("redirects");
  ServerProcess s(dir + "/db.sqlite", {"--flush-seconds", "0"});
  ASSERT_GT(s.port(), 0) << s.log();
  size_t redirects_seen = 0, moved_on = 0;
  std::map<uint64_t, std::string> first_target;
  uint64_t max_id = 0;
  for (const std::string& batch : batches) {
    auto res = s.client().Post("/articles", batch, "application/x-ndjson");
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, 200) << res->body;
    const json posted = json::parse(res->body);  // named: it must outlive the loop
    for (const json& art : posted["articles"]) {
      max_id = std::max(max_id, art["story"].get<uint64_t>());
    }
    // Every id twice (the second answer comes from the cache): a 301 leads to a story that
    // answers 200, never to another redirect.
    for (uint64_t id = 1; id <= max_id; ++id) {
      const std::string path = "/stories/" + std::to_string(id);
      for (int round = 0; round < 2; ++round) {
        auto r = s.client().Get(path);
        ASSERT_TRUE(r);
        if (r->status != 301) continue;
        ++redirects_seen;
        const std::string to = r->get_header_value("Location");
        auto target = s.client().Get(to);
        ASSERT_TRUE(target);
        EXPECT_EQ(target->status, 200) << path << " -> " << to << " (a stale redirect)";
        EXPECT_EQ(json::parse(r->body)["redirect"], std::stoull(to.substr(9)));
        auto [it, added] = first_target.emplace(id, to);
        if (!added && it->second != to) {
          ++moved_on;
          it->second = to;
        }
      }
    }
  }
  EXPECT_GT(redirects_seen, 0u) << "the feed made no merged story: the test checks nothing";
  // A redirect whose target was merged later, answered after that: the case the cache must
  // not get wrong (the stream is deterministic, so it is there every time).
  EXPECT_GT(moved_on, 0u) << "no redirect moved on to a newer survivor: the test checks less";
}

}  // namespace
}  // namespace precis
