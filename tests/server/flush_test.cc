// The automatic flush (--flush-seconds): once the feed has been quiet that
// long, the service runs the end-of-stream work of `precis cluster` by itself,
// so a date-ordered feed ends as the same stories as `precis cluster` on the
// same file, with no POST /flush; with no new article, no further flush runs.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "server_process.h"
#include "testing/run.h"

namespace precis {
namespace {

using nlohmann::json;
using testing::ListedStories;
using testing::ServerProcess;

const std::string kSample = std::string(PRECIS_SOURCE_DIR) + "/data/sample/articles.jsonl";

// A gauge or counter of /metrics (-1 when missing).
double Metric(ServerProcess& s, const std::string& name) {
  auto res = s.client().Get("/metrics");
  if (!res) return -1;
  std::istringstream in(res->body);
  std::string line;
  while (std::getline(in, line)) {
    if (line.starts_with(name + " ")) return std::stod(line.substr(name.size() + 1));
  }
  return -1;
}

bool WaitFor(ServerProcess& s, const std::string& name, double at_least) {
  for (int i = 0; i < 600; ++i) {
    if (Metric(s, name) >= at_least) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return false;
}

TEST(ServeFlush, QuietFeedIsFlushedAsPrecisCluster) {
  const testing::RunResult cluster = testing::RunPrecis("cluster '" + kSample + "'");
  ASSERT_EQ(cluster.exit_code, 0) << cluster.err;
  std::set<std::vector<std::string>> expected;
  std::istringstream lines(cluster.out);
  std::string line;
  while (std::getline(lines, line)) {
    std::vector<std::string> ids = json::parse(line)["articles"];
    std::sort(ids.begin(), ids.end());
    expected.insert(ids);
  }
  ASSERT_GE(expected.size(), 3u);

  std::ifstream in(kSample);
  std::stringstream body;
  body << in.rdbuf();
  const std::string dir = testing::TempDir("flush");
  ServerProcess s(dir + "/db.sqlite", {"--flush-seconds", "1"});
  ASSERT_GT(s.port(), 0) << s.log();
  EXPECT_EQ(Metric(s, "precis_flushes_total"), 0);
  ASSERT_EQ(s.client().Post("/articles", body.str(), "application/x-ndjson")->status, 200);
  ASSERT_TRUE(WaitFor(s, "precis_flushes_total", 1)) << s.log();
  EXPECT_EQ(Metric(s, "precis_open_stories"), 0);
  EXPECT_EQ(ListedStories(s), expected);

  // Nothing new: no further flush.
  std::this_thread::sleep_for(std::chrono::milliseconds(2500));
  EXPECT_EQ(Metric(s, "precis_flushes_total"), 1);
  // A new article opens a story, which the next quiet period closes.
  ASSERT_EQ(s.client()
                .Post("/articles",
                      R"({"id":"late-1","date":"2024-06-01","text":"A late report on the dam."})",
                      "application/json")
                ->status,
            200);
  ASSERT_TRUE(WaitFor(s, "precis_flushes_total", 2)) << s.log();
  EXPECT_EQ(Metric(s, "precis_open_stories"), 0);
  EXPECT_EQ(s.Terminate(), 0) << s.log();
}

TEST(ServeFlush, ZeroTurnsItOff) {
  std::ifstream in(kSample);
  std::stringstream body;
  body << in.rdbuf();
  const std::string dir = testing::TempDir("flush_off");
  ServerProcess s(dir + "/db.sqlite", {"--flush-seconds", "0"});
  ASSERT_GT(s.port(), 0) << s.log();
  ASSERT_EQ(s.client().Post("/articles", body.str(), "application/x-ndjson")->status, 200);
  std::this_thread::sleep_for(std::chrono::milliseconds(2000));
  EXPECT_EQ(Metric(s, "precis_flushes_total"), 0);
  EXPECT_GT(Metric(s, "precis_open_stories"), 0);
  EXPECT_EQ(s.Terminate(), 0) << s.log();
}

}  // namespace
}  // namespace precis
