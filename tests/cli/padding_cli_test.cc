// `--padding-check` and `--off-topic-support` on summarize and digest (the
// padding check of src/summarize/padding.h through
// SummarizeOptions::off_topic_support), and the off_topic_sentences count both
// commands report.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <string>

#include "testing/run.h"

namespace precis {
namespace {

using testing::JsonLines;
using testing::RunPrecis;
using testing::RunResult;
using testing::SharedPath;
using testing::SourcePath;

TEST(PaddingCli, HelpNamesTheOptions) {
  for (const char *command : {"summarize", "digest"}) {
    const RunResult r = RunPrecis(std::string(command) + " --help");
    ASSERT_EQ(r.exit_code, 0) << command;
    EXPECT_NE(r.out.find("--padding-check"), std::string::npos) << command;
    EXPECT_NE(r.out.find("--off-topic-support"), std::string::npos) << command;
  }
}

TEST(PaddingCli, BadValuesAreUsageErrors) {
  const std::string sample =
      " '" + SourcePath("data/sample/stories.jsonl") + "'";
  EXPECT_EQ(RunPrecis("summarize --off-topic-support 1.5" + sample).exit_code,
            2);
  EXPECT_EQ(RunPrecis("summarize --off-topic-support -0.1" + sample).exit_code,
            2);
  EXPECT_EQ(RunPrecis("summarize --off-topic-support nan" + sample).exit_code,
            2);
  // One threshold, given once: the flag is the documented value.
  EXPECT_EQ(
      RunPrecis("summarize --padding-check --off-topic-support 0.3" + sample)
          .exit_code,
      2);
  EXPECT_EQ(RunPrecis("digest --off-topic-support 2" + sample).exit_code, 2);
}

// With the check off (the default) nothing is removed; with it on, the JSON
// counts what it removed, and the summaries never hold a removed sentence.
TEST(PaddingCli, Duc2004CountsRemovedSentences) {
  const std::string data = SharedPath("data/duc2004/clusters.jsonl");
  if (data.empty())
    GTEST_SKIP() << "../shared/data/duc2004/clusters.jsonl is missing";
  size_t off = 0, on = 0, higher = 0;
  for (const char *flags : {"", "--padding-check", "--off-topic-support 0.5"}) {
    const RunResult r = RunPrecis("summarize --format json " +
                                  std::string(flags) + " '" + data + "'");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto lines = JsonLines(r.out);
    ASSERT_EQ(lines.size(), 50u);
    size_t removed = 0;
    for (const auto &j : lines) {
      ASSERT_TRUE(j.contains("off_topic_sentences")) << j.dump();
      removed += j["off_topic_sentences"].get<size_t>();
      EXPECT_FALSE(j["summary"].empty());
    }
    (std::string(flags).empty()     ? off
     : std::string(flags)[2] == 'p' ? on
                                    : higher) = removed;
  }
  EXPECT_EQ(off, 0u);
  // DUC 2004 has no padding: the check removes a few genuine sentences of its
  // 12,272 (about 2% at the documented threshold), more at a higher one.
  EXPECT_GT(on, 0u);
  EXPECT_LT(on, 12272u * 4 / 100);
  EXPECT_GT(higher, on);
}

TEST(PaddingCli, DigestReportsThePaddingCheck) {
  const std::string data = SharedPath("data/duc2004/clusters.jsonl");
  if (data.empty())
    GTEST_SKIP() << "../shared/data/duc2004/clusters.jsonl is missing";
  size_t counted[2] = {0, 0};
  for (int on = 0; on < 2; ++on) {
    const RunResult r = RunPrecis(
        "digest --format json --off-topic 0 " +
        std::string(on ? "--off-topic-support 0.5 " : "") + "'" + data + "'");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    for (const auto& j : JsonLines(r.out)) {
      counted[on] += j["off_topic_sentences"].get<size_t>();
      // Every sentence counted is listed, with its article and bytes.
      const size_t listed = j.contains("off_topic") ? j["off_topic"].size() : 0;
      EXPECT_EQ(listed, j["off_topic_sentences"].get<size_t>()) << j["id"];
      for (const auto& left : j.value("off_topic", nlohmann::json::array())) {
        EXPECT_FALSE(left["doc_id"].get<std::string>().empty());
        EXPECT_EQ(left["end"].get<size_t>() - left["begin"].get<size_t>(),
                  left["text"].get<std::string>().size());
      }
    }
  }
  // --off-topic 0 turns the in-feed filter off: what is counted is the padding
  // check's.
  EXPECT_EQ(counted[0], 0u);
  EXPECT_GT(counted[1], 0u);
}

// `digest --background FILE` weighs words by FILE's articles instead of the feed's: the
// feed itself as background changes nothing; a large collection gives the padding check its
// model (a feed of 12 articles alone only has the cluster-only measure).
TEST(PaddingCli, DigestTakesABackground) {
  const std::string data = SharedPath("data/duc2004/clusters.jsonl");
  if (data.empty()) GTEST_SKIP() << "../shared/data/duc2004/clusters.jsonl is missing";
  const std::string feed = "'" + SourcePath("data/sample/articles.jsonl") + "'";
  const RunResult plain = RunPrecis("-q digest -f json --padding-check " + feed);
  const RunResult same =
      RunPrecis("-q digest -f json --padding-check --background " + feed + " " + feed);
  const RunResult duc =
      RunPrecis("-q digest -f json --padding-check --background '" + data + "' " + feed);
  ASSERT_EQ(plain.exit_code, 0) << plain.err;
  ASSERT_EQ(same.exit_code, 0) << same.err;
  ASSERT_EQ(duc.exit_code, 0) << duc.err;
  auto without_times = [](const std::string& out) {
    std::string lines;
    for (auto j : JsonLines(out)) {
      j.erase("elapsed_ms");
      lines += j.dump() + "\n";
    }
    return lines;
  };
  EXPECT_EQ(without_times(same.out), without_times(plain.out));
  EXPECT_NE(without_times(duc.out), without_times(plain.out));
  const RunResult missing = RunPrecis("-q digest --background /nonexistent/bg.jsonl " + feed);
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.err.find("/nonexistent/bg.jsonl"), std::string::npos) << missing.err;
}

} // namespace
} // namespace precis
