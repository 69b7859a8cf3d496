// `--weights FILE` through the built binary: the shipped file changes nothing,
// other weights change the summaries, and a bad file is an input error (exit 1)
// naming the file and field.
#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "precis/weights.h"
#include "testing/run.h"

namespace precis {
namespace {

using testing::RunPrecis;
using testing::RunResult;
using testing::SourcePath;

std::string WriteTemp(const std::string& name, const std::string& text) {
  const std::string path = ::testing::TempDir() + name;
  std::ofstream(path) << text;
  return path;
}

const std::string kArgs = "--format json --words 60 --query-weight 0.5 ";

TEST(WeightsCli, ShippedFileIsTheDefaultAndOtherWeightsChangeSummaries) {
  const std::string data = " '" + SourcePath("data/sample/stories.jsonl") + "'";
  const RunResult plain = RunPrecis("summarize " + kArgs + data);
  ASSERT_EQ(plain.exit_code, 0) << plain.err;
  const RunResult shipped = RunPrecis("summarize " + kArgs + "--weights '" +
                                      SourcePath("data/weights.json") + "'" + data);
  ASSERT_EQ(shipped.exit_code, 0) << shipped.err;
  // elapsed_ms differs between runs: compare the summaries' sentences.
  auto sentences = [](const std::string& out) {
    std::string all;
    for (const auto& j : testing::JsonLines(out)) all += j["summary"].dump() + "\n";
    return all;
  };
  EXPECT_EQ(sentences(shipped.out), sentences(plain.out));
  SummaryWeights w;
  w.generic.lead_bonus = 0;
  w.generic.unigram_weight = 1;
  w.generic.df_power = 1;
  const RunResult other = RunPrecis("summarize " + kArgs + "--weights '" +
                                    WriteTemp("other_weights.json", FormatWeights(w)) + "'" + data);
  ASSERT_EQ(other.exit_code, 0) << other.err;
  EXPECT_NE(sentences(other.out), sentences(plain.out));
}

TEST(WeightsCli, BadFilesAreInputErrorsNamingFileAndField) {
  const std::string data = " '" + SourcePath("data/sample/stories.jsonl") + "'";
  std::string text = FormatWeights(SummaryWeights());
  text.replace(text.find("\"version\": 2"), 12, "\"version\": 7");
  const std::string v7 = WriteTemp("v7_weights.json", text);
  for (const std::string& cmd : {"summarize" + data, "eval --data" + data}) {
    const RunResult r = RunPrecis(cmd + " --weights '" + v7 + "'");
    EXPECT_EQ(r.exit_code, 1) << cmd << r.err;
    EXPECT_NE(r.err.find(v7 + ": version 7 is not supported"), std::string::npos) << r.err;
  }
  text = FormatWeights(SummaryWeights());
  text.replace(text.find("\"sentence_weight\""), 17, "\"sentence_wieght\"");
  const std::string typo = WriteTemp("typo_weights.json", text);
  RunResult r = RunPrecis("digest --weights '" + typo + "' '" +
                          SourcePath("data/sample/articles.jsonl") + "'");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("unknown field \"query.sentence_wieght\""), std::string::npos) << r.err;
  r = RunPrecis("summarize --weights /nonexistent/w.json" + data);
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("/nonexistent/w.json"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace precis
