// An article dated far after its arrival (a source's wrong clock: "2099-01-01") must not move
// the live stream's clock past every open story: a trial's one such post closed them all, and
// every later article was "dated before articles of earlier posts" and started a story of its
// own. It is clustered as an undated article, stored with its date, and named in a warning;
// a restart replays it the same way.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "server_process.h"

namespace precis {
namespace {

using nlohmann::json;
using testing::ServerProcess;

json Post(ServerProcess& s, const std::string& body) {
  auto res = s.client().Post("/articles", body, "application/x-ndjson");
  EXPECT_TRUE(res);
  if (!res) return json();
  EXPECT_EQ(res->status, 200) << res->body;
  return json::parse(res->body);
}

TEST(ServeFutureDate, AnArticleFromTheFutureDoesNotMoveTheClock) {
  const std::string dir = testing::TempDir("future_date");
  const std::string strike =
      "Transit workers in Port Averly walked off the job on Monday, halting buses and trams "
      "across the city as talks over pay and split shifts broke down.";
  const std::string strike2 =
      "The Port Averly transit strike entered its second day on Tuesday with buses and trams "
      "idle and talks over pay and split shifts still stalled.";
  uint64_t story = 0;
  {
    ServerProcess s(dir + "/db.sqlite");
    ASSERT_GT(s.port(), 0) << s.log();
    const json first =
        Post(s, json({{"id", "s1"}, {"date", "2024-05-20T08:00:00Z"}, {"text", strike}}).dump());
    story = first["articles"][0]["story"].get<uint64_t>();
    const json future = Post(s, json({{"id", "f1"},
                                      {"date", "2099-01-01"},
                                      {"text",
                                       "An article from the far future about flying cars "
                                       "in the city of Lumen."}})
                                    .dump());
    ASSERT_TRUE(future.contains("warnings")) << future.dump();
    EXPECT_NE(future["warnings"][0].get<std::string>().find(
                  "1 article(s) dated more than a day after they arrived ('f1')"),
              std::string::npos)
        << future.dump();
    const json second =
        Post(s, json({{"id", "s2"}, {"date", "2024-05-21T09:00:00Z"}, {"text", strike2}}).dump());
    EXPECT_FALSE(second.contains("warnings")) << second.dump();  // not "dated before"
    EXPECT_EQ(second["articles"][0]["story"].get<uint64_t>(), story) << second.dump();
    // The article keeps its date as given.
    auto res = s.client().Get("/articles/f1");
    ASSERT_TRUE(res);
    EXPECT_EQ(json::parse(res->body)["date"], "2099-01-01");
    s.Kill();  // no checkpoint at exit: the restart replays the three posts
  }
  // The replay places them as the live run did.
  ServerProcess s(dir + "/db.sqlite");
  ASSERT_GT(s.port(), 0) << s.log();
  const json third = Post(s, json({{"id", "s3"},
                                   {"date", "2024-05-22T09:00:00Z"},
                                   {"text", strike2 + " Riders walked to work again."}})
                                 .dump());
  EXPECT_FALSE(third.contains("warnings")) << third.dump();
  EXPECT_EQ(third["articles"][0]["story"].get<uint64_t>(), story) << third.dump();
  EXPECT_EQ(s.Terminate(), 0) << s.log();
}

}  // namespace
}  // namespace precis
