// End-to-end tests of `precis eval` through the built binary.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

#include "testing/run.h"

namespace precis {
namespace {

using testing::RunPrecis;
using testing::RunResult;
using testing::SharedPath;
using testing::SourcePath;

TEST(EvalCli, SampleStoriesTableAndJson) {
  const std::string json = (std::filesystem::temp_directory_path() / "precis_eval_test.json").string();
  const RunResult r = RunPrecis("-q eval --data '" + SourcePath("data/sample/stories.jsonl") +
                                "' --method lead --method oracle -n 2 -m -l 60 -r 50 --json '" + json + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("ROUGE-2 R"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("oracle (UB)"), std::string::npos) << r.out;
  std::ifstream in(json);
  const auto j = nlohmann::json::parse(in);
  ASSERT_EQ(j["methods"].size(), 2u);
  EXPECT_EQ(j["methods"][0]["method"], "lead");
  EXPECT_EQ(j["methods"][0]["per_cluster"].size(), 3u);
  const double r2 = j["methods"][0]["metrics"]["ROUGE-2"]["recall"]["mean"];
  EXPECT_GT(r2, 0.0);

  // Comparing a run with itself: every difference is zero.
  const RunResult c = RunPrecis("-q eval --data '" + SourcePath("data/sample/stories.jsonl") +
                                "' --method lead -n 2 -m -l 60 -r 50 --compare '" + json + "'");
  ASSERT_EQ(c.exit_code, 0) << c.err;
  EXPECT_NE(c.out.find("ROUGE-2 +0.00"), std::string::npos) << c.out;
  std::filesystem::remove(json);
}

TEST(EvalCli, BadArguments) {
  const std::string data = SourcePath("data/sample/stories.jsonl");
  EXPECT_EQ(RunPrecis("eval --data '" + data + "' --method nosuch").exit_code, 2);
  EXPECT_EQ(RunPrecis("eval --data '" + data + "' --method lead -n x").exit_code, 2);
  EXPECT_EQ(RunPrecis("eval --data '" + data + "' --method lead -l 10 -b 10").exit_code, 2);
  EXPECT_EQ(RunPrecis("eval --data '" + data + "' --method lead -n").exit_code, 2);
  RunResult r = RunPrecis("eval --data /nonexistent.jsonl --method lead");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("/nonexistent.jsonl"), std::string::npos) << r.err;
  r = RunPrecis("eval --data '" + data + "' --method lead --compare /nonexistent.json");
  EXPECT_EQ(r.exit_code, 1);
  // A clusters file without references has nothing to score.
  r = RunPrecis("eval --data '" + SourcePath("data/sample/articles.jsonl") + "' --method lead");
  EXPECT_NE(r.exit_code, 0);
}

// The issue's check: lead, lexrank and the oracle over DUC 2004 print a full table.
TEST(EvalCli, Duc2004Table) {
  const std::string data = SharedPath("data/duc2004/clusters.jsonl");
  if (data.empty()) GTEST_SKIP() << "../shared/data/duc2004/clusters.jsonl is missing";
  const RunResult r = RunPrecis("-q eval --data '" + data +
                                "' --method lead --method lexrank --method oracle -n 2 -m -l 100");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("50 clusters"), std::string::npos) << r.out;
  for (const char* row : {"\nlead ", "\nlexrank ", "\noracle (UB) "}) {
    EXPECT_NE(r.out.find(row), std::string::npos) << row << "\n" << r.out;
  }
}

}  // namespace
}  // namespace precis

namespace precis {
namespace {

// -q after the command works like before it, for every command; among eval's ROUGE flags it
// is precis' own and leaves the default metrics alone.
TEST(Cli, QuietAfterTheCommand) {
  const std::string path =
      (std::filesystem::temp_directory_path() / "precis_quiet_test.jsonl").string();
  std::ofstream(path) << R"({"id":"c1","documents":[)"
                         R"({"id":"a","text":"Heavy rain flooded the river town on Friday night."},)"
                         R"({"id":"b","text":"  "},)"
                         R"({"id":"c","text":"Crews used boats to reach families trapped on rooftops."}],)"
                         R"("references":["Rain flooded the town and crews used boats."]})"
                      << "\n";
  const RunResult loud = RunPrecis("summarize '" + path + "'");
  ASSERT_EQ(loud.exit_code, 0) << loud.err;
  EXPECT_NE(loud.err.find("warning"), std::string::npos) << loud.err;
  for (const std::string& cmd :
       {"summarize '" + path + "' -q", "-q summarize '" + path + "'",
        "summarize --quiet '" + path + "'", "cluster '" + path + "' -q",
        "digest '" + path + "' -q"}) {
    const RunResult r = RunPrecis(cmd);
    EXPECT_EQ(r.exit_code, 0) << cmd << ": " << r.err;
    EXPECT_EQ(r.err, "") << cmd;
  }
  RunResult r = RunPrecis("eval --data '" + path + "' --method lead -q");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_NE(r.out.find("ROUGE-SU4"), std::string::npos) << r.out;  // the defaults stay
  r = RunPrecis("eval --data '" + path + "' --method lead -n 1 -r 10 -q");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_NE(r.out.find("ROUGE-1 R"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("ROUGE-2"), std::string::npos) << r.out;
  // An option no command knows is still an error.
  EXPECT_EQ(RunPrecis("summarize '" + path + "' --bogus").exit_code, 2);
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace precis
