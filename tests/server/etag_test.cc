// Cached GET answers over HTTP: ETag and If-None-Match (304), and no stale
// answer after a write: an ingest, a replaced article and a new summary each
// show at once in GET /stories/{id} and GET /stories, however often the
// answers were read (cached) before.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "server_process.h"
#include "testing/run.h"

namespace precis {
namespace {

using nlohmann::json;
using testing::ServerProcess;
using testing::SummariesCaughtUp;

std::vector<json> SampleArticles() {
  std::ifstream in(std::string(PRECIS_SOURCE_DIR) + "/data/sample/articles.jsonl");
  std::vector<json> out;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty()) out.push_back(json::parse(line));
  }
  return out;
}

struct Reply {
  int status = 0;
  std::string body, etag;
};

Reply Get(ServerProcess& s, const std::string& path, const std::string& if_none_match = "") {
  httplib::Headers h;
  if (!if_none_match.empty()) h.emplace("If-None-Match", if_none_match);
  auto res = s.client().Get(path, h);
  Reply r;
  if (!res) return r;
  r.status = res->status;
  r.body = res->body;
  r.etag = res->get_header_value("ETag");
  return r;
}

json Post(ServerProcess& s, const json& article, const std::string& query = "") {
  auto res = s.client().Post("/articles" + query, article.dump(), "application/json");
  EXPECT_TRUE(res);
  if (!res) return json();
  EXPECT_EQ(res->status, 200) << res->body;
  return json::parse(res->body);
}

// Reads `path` a few times (so the answer is cached) and checks it is the same
// each time.
Reply ReadCached(ServerProcess& s, const std::string& path) {
  const Reply first = Get(s, path);
  EXPECT_EQ(first.status, 200) << path << " " << first.body;
  for (int i = 0; i < 3; ++i) {
    const Reply again = Get(s, path);
    EXPECT_EQ(again.body, first.body) << path;
    EXPECT_EQ(again.etag, first.etag) << path;
  }
  return first;
}

// The page's files have an ETag of their bytes: a browser revalidates them with a 304 (a
// trial saw app.js and app.css loaded again on every visit).
TEST(ServeCache, PageFilesAnswer304) {
  const std::string dir = testing::TempDir("asset_etag");
  ServerProcess s(dir + "/db.sqlite");
  ASSERT_GT(s.port(), 0) << s.log();
  for (const char* path : {"/", "/app.js", "/app.css"}) {
    auto res = s.client().Get(path);
    ASSERT_TRUE(res) << path;
    ASSERT_EQ(res->status, 200) << path;
    const std::string etag = res->get_header_value("ETag");
    ASSERT_FALSE(etag.empty()) << path;
    auto again = s.client().Get(path, {{"If-None-Match", etag}});
    ASSERT_TRUE(again) << path;
    EXPECT_EQ(again->status, 304) << path;
    EXPECT_TRUE(again->body.empty()) << path;
  }
  EXPECT_NE(s.client().Get("/app.js")->get_header_value("ETag"),
            s.client().Get("/app.css")->get_header_value("ETag"));
  EXPECT_EQ(s.Terminate(), 0) << s.log();
}

TEST(ServeCache, EtagAnswers304AndNoStaleStoryAfterIngestReplaceOrSummary) {
  const std::string dir = testing::TempDir("etag");
  // Automatic flushes off: the story stays open while the test changes it.
  ServerProcess s(dir + "/db.sqlite", {"--flush-seconds", "0"});
  ASSERT_GT(s.port(), 0) << s.log();
  const std::vector<json> sample = SampleArticles();
  ASSERT_GE(sample.size(), 2u);
  std::string body;
  for (const json& a : sample) body += a.dump() + "\n";
  auto res = s.client().Post("/articles", body, "application/x-ndjson");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  ASSERT_TRUE(SummariesCaughtUp(s));
  // The newest open story (the older ones are closed: the feed's clock moved
  // past them), and its first article, which a copy will join.
  uint64_t story = 0;
  const json listed = json::parse(Get(s, "/stories?limit=100").body);  // named: see the loop
  for (const json& brief : listed["stories"]) {
    if (brief["open"].get<bool>()) {
      story = brief["id"];
      break;
    }
  }
  ASSERT_GT(story, 0u);
  const std::string path = "/stories/" + std::to_string(story);
  const std::string first_id = json::parse(Get(s, path).body)["articles"][0]["id"];
  json original;
  for (const json& a : sample) {
    if (a["id"] == first_id) original = a;
  }
  ASSERT_TRUE(original.is_object()) << first_id;

  // ETag, 304 on a match (exact, weak, in a list, *), 200 otherwise.
  const Reply before = ReadCached(s, path);
  ASSERT_EQ(before.etag.size(), 18u) << before.etag;
  EXPECT_TRUE(json::parse(before.body)["summary"]["current"].get<bool>());
  for (const std::string& tag :
       {before.etag, "W/" + before.etag, "\"zz\", " + before.etag, std::string("*")}) {
    const Reply r = Get(s, path, tag);
    EXPECT_EQ(r.status, 304) << tag;
    EXPECT_EQ(r.body, "") << tag;
    EXPECT_EQ(r.etag, before.etag);
  }
  EXPECT_EQ(Get(s, path, "\"0000000000000000\"").status, 200);
  const Reply list_before = ReadCached(s, "/stories?limit=100");
  EXPECT_EQ(Get(s, "/stories?limit=100", list_before.etag).status, 304);
  EXPECT_EQ(Get(s, "/stories?limit=100", "\"x\"").body, list_before.body);

  // 1. An ingest: a copy of the story's first article under a new id joins it
  // (a duplicate).
  json copy = original;
  copy["id"] = "etag-copy-1";
  const json posted = Post(s, copy);
  EXPECT_EQ(posted["articles"][0]["story"], story);
  const Reply joined = Get(s, path, before.etag);  // right after the acknowledgement
  ASSERT_EQ(joined.status, 200) << "a 304 for an answer that changed";
  const json j = json::parse(joined.body);
  EXPECT_NE(joined.etag, before.etag);
  EXPECT_NE(joined.body.find("etag-copy-1"), std::string::npos);
  EXPECT_EQ(j["article_count"], json::parse(before.body)["article_count"].get<size_t>() + 1);
  const Reply list_joined = Get(s, "/stories?limit=100", list_before.etag);
  EXPECT_EQ(list_joined.status, 200);
  EXPECT_NE(list_joined.body, list_before.body);

  // 2. A new summary of the changed story: shown as soon as it is stored.
  ASSERT_TRUE(SummariesCaughtUp(s));
  const Reply summarized = ReadCached(s, path);
  const json js = json::parse(summarized.body);
  EXPECT_TRUE(js["summary"]["current"].get<bool>()) << js["summary"];
  EXPECT_EQ(js["summary"]["version"], js["version"]);
  EXPECT_GT(js["summary"]["version"].get<uint64_t>(),
            json::parse(before.body)["summary"]["version"].get<uint64_t>());
  EXPECT_NE(summarized.etag, joined.etag);

  // 3. A replaced article: its new title shows in its story at once.
  json retitled = copy;
  retitled["title"] = "A title that was never there before";
  Post(s, retitled, "?replace=1");
  const Reply replaced = Get(s, path, summarized.etag);
  ASSERT_EQ(replaced.status, 200);
  EXPECT_NE(replaced.body.find("A title that was never there before"), std::string::npos);

  // 4. Reads between many small writes: every answer holds every acknowledged
  // article, right after the acknowledgement and once cached. (The cached reads wait for the
  // summary: a summary stored between two of them changes the answer, as it should.)
  for (int i = 2; i <= 6; ++i) {
    json more = original;
    more["id"] = "etag-copy-" + std::to_string(i);
    Post(s, more);
    const Reply at_once = Get(s, path);
    ASSERT_TRUE(SummariesCaughtUp(s));
    const Reply r = ReadCached(s, path);
    for (int k = 1; k <= i; ++k) {
      const std::string id = "\"etag-copy-" + std::to_string(k) + "\"";
      EXPECT_NE(at_once.body.find(id), std::string::npos)
          << "right after copy " << i << ", copy " << k << " is missing";
      EXPECT_NE(r.body.find(id), std::string::npos)
          << "after copy " << i << ", copy " << k << " is missing";
    }
  }
  EXPECT_EQ(s.Terminate(), 0) << s.log();
}

}  // namespace
}  // namespace precis
