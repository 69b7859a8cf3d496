// A second `precis serve` on the port of a running one must stop with a message, not share
// the port: with SO_REUSEPORT (cpp-httplib's default) it bound the same port and the kernel
// split the requests between the two services and their two databases.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <string>

#include "server_process.h"

namespace precis {
namespace {

using testing::ServerProcess;

// Runs `cmd` (a shell command line) to its end: its wait status, its output in *out.
int RunCommand(const std::string& cmd, std::string* out) {
  FILE* pipe = ::popen(cmd.c_str(), "r");
  if (pipe == nullptr) return -1;
  char buf[4096];
  for (size_t n; (n = std::fread(buf, 1, sizeof buf, pipe)) > 0;) out->append(buf, n);
  return ::pclose(pipe);
}

TEST(ServePortInUse, SecondServerOnTheSamePortExitsWithAMessage) {
  const std::string dir = testing::TempDir("port_in_use");
  ServerProcess first(dir + "/first.db");
  ASSERT_GT(first.port(), 0) << first.log();
  const std::string address = "127.0.0.1:" + std::to_string(first.port());
  // `timeout` bounds the test if the second server comes up (the old behaviour: it served).
  const std::string cmd = "timeout 20 '" + std::string(PRECIS_BIN) + "' serve --db '" + dir +
                          "/second.db' --listen " + address + " 2>&1 < /dev/null";
  std::string out;
  const int status = RunCommand(cmd, &out);
  ASSERT_TRUE(WIFEXITED(status)) << out;
  EXPECT_EQ(WEXITSTATUS(status), 1) << out;  // 124 would mean it served until the timeout
  EXPECT_NE(out.find("cannot listen on " + address), std::string::npos) << out;
  EXPECT_NE(out.find("in use"), std::string::npos) << out;
  EXPECT_EQ(out.find("serving"), std::string::npos) << out;
  // The failed start leaves no empty database behind (it created one before).
  EXPECT_FALSE(std::filesystem::exists(dir + "/second.db")) << out;
  EXPECT_FALSE(std::filesystem::exists(dir + "/second.db-wal")) << out;
  // The first server still answers.
  auto res = first.client().Get("/health");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
}

// A second `precis serve` on the database of a running one (another port) must stop too: the
// two would each go on from their own clusterer state, and a trial's first server then refused
// every post ("UNIQUE constraint failed") and served stale stories.
TEST(ServePortInUse, SecondServerOnTheSameDatabaseExitsWithAMessage) {
  const std::string dir = testing::TempDir("db_in_use");
  ServerProcess first(dir + "/news.db");
  ASSERT_GT(first.port(), 0) << first.log();
  const std::string cmd = "timeout 20 '" + std::string(PRECIS_BIN) + "' serve --db '" + dir +
                          "/news.db' --listen 127.0.0.1:0 2>&1 < /dev/null";
  std::string out;
  const int status = RunCommand(cmd, &out);
  ASSERT_TRUE(WIFEXITED(status)) << out;
  EXPECT_EQ(WEXITSTATUS(status), 1) << out;
  EXPECT_NE(out.find("news.db: the database is open in another precis"), std::string::npos) << out;
  // The first server still takes articles, and its database is whole.
  auto res = first.client().Post("/articles", R"({"id":"a","text":"The dam held on Monday."})",
                                 "application/json");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200) << res->body;
  EXPECT_TRUE(std::filesystem::exists(dir + "/news.db"));
}

}  // namespace
}  // namespace precis
