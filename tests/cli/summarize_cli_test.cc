// End-to-end tests of `precis summarize` through the built binary.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "precis/text.h"
#include "testing/run.h"

namespace precis {
namespace {

using testing::JsonLines;
using testing::RunPrecis;
using testing::RunResult;
using testing::SharedPath;
using testing::SourcePath;

TEST(SummarizeCli, HelpAndExitCodes) {
  RunResult r = RunPrecis("summarize --help");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("--words"), std::string::npos);
  EXPECT_NE(r.out.find("lexrank"), std::string::npos);
  EXPECT_EQ(RunPrecis("--help").exit_code, 0);
  EXPECT_EQ(RunPrecis("summarize --method nosuch x.jsonl").exit_code, 2);
  EXPECT_EQ(RunPrecis("summarize --words 10 --bytes 10 x.jsonl").exit_code, 2);
  EXPECT_EQ(RunPrecis("nosuchcommand").exit_code, 2);
  r = RunPrecis("summarize /nonexistent/file.jsonl");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("/nonexistent/file.jsonl"), std::string::npos) << r.err;
}

TEST(SummarizeCli, SampleStoriesAsJson) {
  const RunResult r = RunPrecis("summarize --format json --words 60 '" +
                          SourcePath("data/sample/stories.jsonl") + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto lines = JsonLines(r.out);
  ASSERT_GE(lines.size(), 3u);
  for (const auto& j : lines) {
    EXPECT_LE(j["words"].get<int>(), 60);
    EXPECT_FALSE(j["summary"].empty()) << j.dump();
  }
}

TEST(SummarizeCli, ReadsStandardInput) {
  const std::string text =
      "{\"id\":\"x1\",\"text\":\"The city council approved a new budget for public parks on "
      "Monday after a long debate. Council members said the parks need new playgrounds.\"}\n"
      "{\"id\":\"x2\",\"text\":\"A new budget for public parks was approved by the city "
      "council on Monday. The vote was seven to two.\"}\n";
  const RunResult r = RunPrecis("summarize --sentences 1 --input-format jsonl", &text);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("budget"), std::string::npos);
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 1);
}

TEST(SummarizeCli, MalformedJsonNamesFileAndLine) {
  const std::string text = "{\"id\":\"x1\",\"text\":\"Fine article text here.\"}\n{\"id\": oops}\n";
  const RunResult r = RunPrecis("summarize --input-format jsonl", &text);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(":2"), std::string::npos) << r.err;
}

// Every document's text in a clusters JSON Lines file, by document id.
std::map<std::string, std::string> DocumentTexts(const std::string& clusters_path) {
  std::map<std::string, std::string> source;
  std::ifstream in(clusters_path);
  for (std::string line; std::getline(in, line);) {
    const auto j = nlohmann::json::parse(line);
    for (const auto& d : j["documents"]) source[d["id"]] = d["text"];
  }
  return source;
}

// The acceptance check: one line per DUC 2004 cluster, each within 100 words, no
// empty or repeated sentence, and offsets that reproduce every sentence from its source.
TEST(SummarizeCli, Duc2004JsonIsFaithful) {
  const std::string data = SharedPath("data/duc2004/clusters.jsonl");
  if (data.empty()) GTEST_SKIP() << "../shared/data/duc2004/clusters.jsonl is missing";
  const std::map<std::string, std::string> source = DocumentTexts(data);
  for (const std::string method : {"lead", "centroid", "lexrank", "textrank"}) {
    const RunResult r = RunPrecis("summarize --format json --words 100 --method " + method + " '" + data + "'");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto lines = JsonLines(r.out);
    ASSERT_EQ(lines.size(), 50u) << method;
    for (const auto& j : lines) {
      EXPECT_EQ(j["method"], method);
      EXPECT_LE(j["words"].get<int>(), 100);
      EXPECT_GT(j["words"].get<int>(), 50) << "budget badly underused: " << j.dump();
      std::set<std::string> seen;
      int words = 0;
      for (const auto& s : j["summary"]) {
        const std::string text = s["text"];
        EXPECT_FALSE(text.empty());
        EXPECT_TRUE(seen.insert(text).second) << "repeated sentence in " << j["id"];
        const std::string& doc = source.at(s["doc_id"]);
        const size_t begin = s["begin"], end = s["end"];
        ASSERT_LE(end, doc.size());
        EXPECT_EQ(doc.substr(begin, end - begin), text);
        words += CountWords(text);
      }
      EXPECT_EQ(words, j["words"].get<int>());
    }
  }
}

// --compress: every sentence is the concatenation of its "spans" of the source, within the
// truncated budget; some sentences are cut, and each cut reads as a sentence (no double space,
// no dangling comma before the final period).
TEST(SummarizeCli, Duc2004CompressedJsonIsMadeOfSpans) {
  const std::string data = SharedPath("data/duc2004/clusters.jsonl");
  if (data.empty()) GTEST_SKIP() << "../shared/data/duc2004/clusters.jsonl is missing";
  const std::map<std::string, std::string> source = DocumentTexts(data);
  const RunResult r =
      RunPrecis("summarize --format json --words 100 --truncate --compress '" + data + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto lines = JsonLines(r.out);
  ASSERT_EQ(lines.size(), 50u);
  size_t cut = 0;
  for (const auto& j : lines) {
    EXPECT_LE(j["words"].get<int>(), 100);
    for (const auto& s : j["summary"]) {
      const std::string& doc = source.at(s["doc_id"]);
      std::string joined;
      for (const auto& span : s["spans"]) {
        const size_t b = span[0], e = span[1];
        ASSERT_LT(b, e);
        ASSERT_LE(e, doc.size());
        joined += doc.substr(b, e - b);
      }
      const std::string text = s["text"];
      EXPECT_EQ(joined, text);
      EXPECT_EQ(s["begin"], s["spans"].front()[0]);
      EXPECT_EQ(s["end"], s["spans"].back()[1]);
      if (s["spans"].size() > 1) {
        ++cut;
        EXPECT_EQ(text.find("  "), std::string::npos) << text;
        EXPECT_EQ(text.find(",."), std::string::npos) << text;
      }
    }
  }
  EXPECT_GT(cut, 10u);
}

}  // namespace
}  // namespace precis
