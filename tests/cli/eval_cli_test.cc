// End-to-end tests of `precis eval` through the built binary.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

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
                                "' --method lead --method oracle --words 60 --rouge '-r 50' --json '" + json + "'");
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
                                "' --method lead --words 60 --rouge '-r 50' --compare '" + json + "'");
  ASSERT_EQ(c.exit_code, 0) << c.err;
  EXPECT_NE(c.out.find("ROUGE-2 +0.00"), std::string::npos) << c.out;
  std::filesystem::remove(json);
}

TEST(EvalCli, BadArguments) {
  const std::string data = SourcePath("data/sample/stories.jsonl");
  EXPECT_EQ(RunPrecis("eval --data '" + data + "' --method nosuch").exit_code, 2);
  EXPECT_EQ(RunPrecis("eval --data '" + data + "' --method lead --rouge '-n x'").exit_code, 2);
  EXPECT_EQ(RunPrecis("eval --data '" + data + "' --method lead --rouge '-l 10 -b 10'").exit_code,
            2);
  EXPECT_EQ(RunPrecis("eval --data '" + data + "' --method lead --rouge -n").exit_code, 2);
  EXPECT_EQ(RunPrecis("eval --data '" + data + "' --method lead -n 2").exit_code, 2);
  EXPECT_EQ(RunPrecis("eval --data '" + data + "' --rouge 'x.xml'").exit_code, 2);
  EXPECT_EQ(RunPrecis("eval --data '" + data + "' --preset duc2005").exit_code, 2);
  RunResult r = RunPrecis("eval --data /nonexistent.jsonl --method lead");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("/nonexistent.jsonl"), std::string::npos) << r.err;
  // A baseline that cannot be read, or a --json that cannot be written, is found before the
  // run (a DUC run takes minutes): nothing is scored, nothing printed on stdout.
  r = RunPrecis("eval --data '" + data + "' --method lead --compare /nonexistent.json");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(r.out.empty()) << r.out;
  EXPECT_NE(r.err.find("/nonexistent.json: cannot open the --compare baseline"),
            std::string::npos)
      << r.err;
  r = RunPrecis("eval --data '" + data + "' --method lead --compare '" + data + "'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(r.out.empty()) << r.out;
  r = RunPrecis("eval --data '" + data + "' --method lead --json /nonexistent/dir/run.json");
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_TRUE(r.out.empty()) << r.out;
  EXPECT_NE(r.err.find("/nonexistent/dir/run.json: cannot write"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists("/nonexistent/dir"));
  // A clusters file without references has nothing to score.
  r = RunPrecis("eval --data '" + SourcePath("data/sample/articles.jsonl") + "' --method lead");
  EXPECT_NE(r.exit_code, 0);
}

// The issue's check: lead, lexrank and the oracle over DUC 2004 print a full table.
TEST(EvalCli, Duc2004Table) {
  const std::string data = SharedPath("data/duc2004/clusters.jsonl");
  if (data.empty()) GTEST_SKIP() << "../shared/data/duc2004/clusters.jsonl is missing";
  const RunResult r = RunPrecis("-q eval --data '" + data +
                                "' --method lead --method lexrank --method oracle --words 100");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("50 clusters"), std::string::npos) << r.out;
  for (const char* row : {"\nlead ", "\nlexrank ", "\noracle (UB) "}) {
    EXPECT_NE(r.out.find(row), std::string::npos) << row << "\n" << r.out;
  }
}

// The issue's check: one more ROUGE option changes only what it controls. Bootstrap
// resamples move the confidence intervals, never the means; the printed and recorded flags
// show the change.
TEST(EvalCli, RougeOptionModifiesTheDefaults) {
  std::string data = SharedPath("data/duc2004/clusters.jsonl");
  const bool duc = !data.empty();
  if (!duc) data = SourcePath("data/sample/stories.jsonl");
  const std::string base = "-q eval --data '" + data + "' --method lead --words 100 -f json";
  const RunResult a = RunPrecis(base);
  const RunResult b = RunPrecis(base + " --rouge '-r 200'");
  ASSERT_EQ(a.exit_code, 0) << a.err;
  ASSERT_EQ(b.exit_code, 0) << b.err;
  const auto ja = nlohmann::json::parse(a.out), jb = nlohmann::json::parse(b.out);
  EXPECT_EQ(ja["rouge_flags"], "-n 2 -2 4 -u -m -l 100 -c 95 -r 1000 -f A -p 0.5 -t 0");
  EXPECT_EQ(jb["rouge_flags"], "-n 2 -2 4 -u -m -l 100 -c 95 -r 200 -f A -p 0.5 -t 0");
  const auto& ma = ja["methods"][0]["metrics"];
  const auto& mb = jb["methods"][0]["metrics"];
  ASSERT_EQ(ma.size(), 4u);
  for (const char* metric : {"ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-SU4"}) {
    ASSERT_TRUE(mb.contains(metric)) << metric;
    for (const char* part : {"recall", "precision", "f"}) {
      EXPECT_EQ(ma[metric][part]["mean"], mb[metric][part]["mean"]) << metric << " " << part;
    }
  }
  // The text table prints the effective flags too.
  const RunResult t = RunPrecis("-q eval --data '" + data + "' -m lead --rouge '-r 200 -w 1.2'");
  ASSERT_EQ(t.exit_code, 0) << t.err;
  EXPECT_NE(t.out.find("ROUGE -n 2 -w 1.2 -2 4 -u -m -l 100 -c 95 -r 200"), std::string::npos)
      << t.out;
  EXPECT_NE(t.out.find("ROUGE-W-1.2 R"), std::string::npos) << t.out;
  EXPECT_NE(t.out.find("ROUGE-SU4 R"), std::string::npos) << t.out;
  if (!duc) GTEST_SKIP() << "checked on the sample only: ../shared/data/duc2004 is missing";
}

// Summarize's short options mean the same in eval: -m method, -w words, -s sentences, -f
// format; --words sets ROUGE's -l with it.
TEST(EvalCli, SummarizeVocabulary) {
  const std::string data = SourcePath("data/sample/stories.jsonl");
  RunResult r = RunPrecis("-q eval --data '" + data + "' -m lead -w 50 -f json --rouge '-r 10'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["methods"][0]["method"], "lead");
  EXPECT_EQ(j["budget"]["limit"], 50);
  EXPECT_NE(j["rouge_flags"].get<std::string>().find("-l 50"), std::string::npos) << j.dump();
  for (const auto& c : j["methods"][0]["per_cluster"]) EXPECT_LE(c["words"].get<int>(), 50);
  r = RunPrecis("-q eval --data '" + data + "' -m lexrank -s 2 -f json --rouge '-r 10'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["budget"]["unit"], "sentences");
  EXPECT_EQ(j["rouge_flags"].get<std::string>().find("-l "), std::string::npos) << j.dump();
  r = RunPrecis("-q eval --data '" + data + "' -m lead -b 300 -f json --rouge '-r 10'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(nlohmann::json::parse(r.out)["rouge_flags"].get<std::string>().find("-b 300"),
            std::string::npos);
  // An explicit -l in --rouge wins over the one that follows the budget.
  r = RunPrecis("-q eval --data '" + data + "' -m lead -w 50 -f json --rouge '-l 40 -r 10'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(nlohmann::json::parse(r.out)["rouge_flags"].get<std::string>().find("-l 40"),
            std::string::npos);
}

TEST(EvalCli, Presets) {
  const std::string data = SourcePath("data/sample/stories.jsonl");
  RunResult r = RunPrecis("-q eval --data '" + data + "' -m lead --preset duc2004 -f json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["preset"], "duc2004");
  EXPECT_EQ(j["budget"]["limit"], 100);
  EXPECT_EQ(j["rouge_flags"], "-n 2 -m -l 100 -c 95 -r 1000 -f A -p 0.5 -t 0");
  EXPECT_EQ(j["methods"][0]["metrics"].size(), 3u);  // ROUGE-1, 2, L
  r = RunPrecis("-q eval --data '" + data + "' -m lead --preset DUC2006 -f json --rouge '-r 20'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["budget"]["limit"], 250);
  EXPECT_EQ(j["rouge_flags"], "-n 2 -2 4 -u -m -l 250 -c 95 -r 20 -f A -p 0.5 -t 0");
  // "none": the bare script's defaults, so stemming and SU4 can be left out.
  r = RunPrecis("-q eval --data '" + data +
                "' -m lead --preset none -f json --rouge '-n 2 -r 20 -f A -p 0.5 -t 0'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["rouge_flags"], "-n 2 -l 100 -c 95 -r 20 -f A -p 0.5 -t 0");
  EXPECT_EQ(j["methods"][0]["metrics"].size(), 3u);  // ROUGE-1, 2, L
}

// What a new user's trial met: a --chars budget labelled as words, "-l 0" ignored, -t 2
// printing a table of zeros, a preset overriding --chars.
TEST(EvalCli, BudgetUnitsAndLengthFlagsAreWhatWasAsked) {
  const std::string data = SourcePath("data/sample/stories.jsonl");
  RunResult r =
      RunPrecis("-q eval --data '" + data + "' -m lead --chars 120 -f json --rouge '-r 10'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["budget"]["unit"], "chars");
  EXPECT_EQ(j["budget"]["limit"], 120);
  r = RunPrecis("-q eval --data '" + data + "' -m lead --chars 120 --preset duc2004 -f json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(nlohmann::json::parse(r.out)["budget"]["unit"], "chars");
  r = RunPrecis("-q eval --data '" + data + "' -m lead --chars 120 --rouge '-r 10'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("budget 120 chars (truncated)"), std::string::npos) << r.out;
  for (const char* zero : {"-l 0", "-b 0"}) {
    r = RunPrecis("-q eval --data '" + data + "' -m lead -f json --rouge '" + zero + " -r 10'");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const std::string flags = nlohmann::json::parse(r.out)["rouge_flags"];
    EXPECT_EQ(flags.find("-l "), std::string::npos) << zero << ": " << flags;
    EXPECT_EQ(flags.find("-b "), std::string::npos) << zero << ": " << flags;
  }
  r = RunPrecis("-q eval --data '" + data + "' -m lead --rouge '-t 2'");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("-t 2 makes ROUGE print raw counts"), std::string::npos) << r.err;
}

// ROUGE flags typed straight into eval point to --rouge; a file without references is a data
// error (exit 1) naming the file; an option given twice says so in plain words.
TEST(EvalCli, MessagesForCommonMistakes) {
  const std::string data = SourcePath("data/sample/stories.jsonl");
  RunResult r = RunPrecis("eval --data '" + data + "' -m lead -n 2");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("unknown option '-n' (ROUGE flags go in --rouge"), std::string::npos)
      << r.err;
  const std::string bare =
      (std::filesystem::temp_directory_path() / "precis_eval_noref.jsonl").string();
  std::ofstream(bare) << R"({"id":"c","documents":[{"id":"d","text":"The river rose."}]})"
                      << "\n";
  r = RunPrecis("eval --data '" + bare + "' -m lead");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(bare + ": no cluster has reference summaries"), std::string::npos) << r.err;
  // References in a script ROUGE-1.5.5 does not read score 0: said, not averaged in unseen.
  const std::string ja = (std::filesystem::temp_directory_path() / "precis_eval_ja.jsonl").string();
  std::ofstream(ja)
      << R"({"id":"ja1","documents":[{"id":"a","text":"台風七号は南島市の沖を北へ進んでいる。)"
         R"(南島空港では全便が欠航となった。"}],"references":["南島空港の全便が欠航した。"]})"
      << "\n";
  r = RunPrecis("eval --data '" + ja + "' -m lead --rouge '-r 10'");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("1 cluster(s) have references in which ROUGE-1.5.5 counts no token"),
            std::string::npos)
      << r.err;
  r = RunPrecis("summarize -m lexrank -m auto '" + data + "'");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--method is given 2 times; it takes one value"), std::string::npos)
      << r.err;
}

// Summaries made elsewhere are scored as a method is: precis summarize's own JSON output scores
// exactly as the method run by eval; plain strings and sentence lists are read too; a missing
// cluster, a bad line or a name taken are errors naming the file, line or cluster. eval --json
// keeps the summaries it scored.
TEST(EvalCli, SummariesFromElsewhere) {
  const std::string data = SourcePath("data/sample/stories.jsonl");
  const std::filesystem::path dir = std::filesystem::temp_directory_path();
  const std::string own = (dir / "precis_own_lexrank.jsonl").string();
  RunResult r =
      RunPrecis("-q summarize -f json --truncate -m lexrank '" + data + "' > '" + own + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = RunPrecis("-q eval --data '" + data + "' -m lexrank --summaries mine='" + own +
                "' -f json --rouge '-r 10'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j["methods"].size(), 2u);
  EXPECT_EQ(j["methods"][1]["method"], "mine");
  EXPECT_EQ(j["methods"][0]["per_cluster"], j["methods"][1]["per_cluster"]);
  EXPECT_FALSE(j["methods"][0]["per_cluster"][0]["summary"].empty());
  EXPECT_EQ(j["methods"][0]["metrics"]["ROUGE-2"]["recall"],
            j["methods"][1]["metrics"]["ROUGE-2"]["recall"]);

  // A summary as one string or a list of strings; the column is the file's stem; no --method:
  // only the file is scored.
  std::ifstream in(data);
  const std::string plain = (dir / "precis_plain.jsonl").string();
  {
    std::ofstream out(plain);
    for (std::string line; std::getline(in, line);) {
      const auto c = nlohmann::json::parse(line);
      out << nlohmann::json{{"id", c["id"]}, {"summary", c["references"][0]}}.dump() << "\n";
    }
  }
  r = RunPrecis("-q eval --data '" + data + "' --summaries '" + plain +
                "' -f json --rouge '-r 10'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j["methods"].size(), 1u);
  EXPECT_EQ(j["methods"][0]["method"], "precis_plain");
  EXPECT_GT(j["methods"][0]["metrics"]["ROUGE-1"]["recall"]["mean"].get<double>(), 0.5);

  const std::string bad = (dir / "precis_bad_summaries.jsonl").string();
  std::ofstream(bad) << R"({"id":"caldwick-dam","summary":["fine."]})"
                     << "\n"
                     << R"({"id":"x","summary":42})"
                     << "\n";
  r = RunPrecis("-q eval --data '" + data + "' --summaries '" + bad + "'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(bad + ":2: field \"summary\" must be a string or a list"), std::string::npos)
      << r.err;
  std::ofstream(bad) << R"({"id":"caldwick-dam","summary":"One sentence."})"
                     << "\n";
  r = RunPrecis("-q eval --data '" + data + "' --summaries '" + bad + "'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("summaries 'precis_bad_summaries': no summary of cluster"),
            std::string::npos)
      << r.err;
  // A summary of a cluster the data does not have is not scored, with a warning; so is a
  // summary written as one line of several sentences (ROUGE-L reads sentences from lines).
  {
    std::ofstream out(bad);
    std::ifstream again(data);
    for (std::string line; std::getline(again, line);) {
      const auto c = nlohmann::json::parse(line);
      out << nlohmann::json{{"id", c["id"]}, {"summary", "The dam held. Crews worked."}}.dump()
          << "\n";
    }
    out << R"({"id":"no-such-story","summary":["Elsewhere."]})"
        << "\n";
  }
  r = RunPrecis("eval --data '" + data + "' --summaries '" + bad + "' --rouge '-r 10'");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("1 of its summaries name a cluster that " + data +
                       " does not have (first: \"no-such-story\"): not scored"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("summaries are one line of several sentences"), std::string::npos) << r.err;
  r = RunPrecis("-q eval --data '" + data + "' -m lead --summaries lead='" + own + "'");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("the name 'lead' is taken"), std::string::npos) << r.err;
  // precis rouge does not read JSON Lines as a plain-text summary.
  r = RunPrecis("rouge -n 1 '" + own + "' '" + SourcePath("data/sample/rouge/ref1.txt") + "'");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("looks like JSON Lines"), std::string::npos) << r.err;
}

// --background fixes the IDF: a part of DUC 2004 summarized with the whole file as background
// gets the whole file's summaries (without it, most LexRank summaries change); the input after
// --background FILE stays an input; eval takes it too.
TEST(EvalCli, BackgroundFixesTheIdfOfAPart) {
  const std::string data = SharedPath("data/duc2004/clusters.jsonl");
  if (data.empty()) GTEST_SKIP() << "../shared/data/duc2004/clusters.jsonl is missing";
  const std::string part =
      (std::filesystem::temp_directory_path() / "precis_background_part.jsonl").string();
  {
    std::ifstream in(data);
    std::ofstream out(part);
    std::string line;
    for (int i = 0; i < 10 && std::getline(in, line); ++i) out << line << "\n";
  }
  auto summaries = [](const std::string& out, size_t n) {
    std::vector<std::string> texts;
    std::istringstream lines(out);
    for (std::string line; texts.size() < n && std::getline(lines, line);) {
      texts.push_back(nlohmann::json::parse(line)["summary"].dump());
    }
    return texts;
  };
  const RunResult whole = RunPrecis("-q summarize -f json -m lexrank '" + data + "'");
  const RunResult alone = RunPrecis("-q summarize -f json -m lexrank '" + part + "'");
  const RunResult fixed =
      RunPrecis("-q summarize -f json -m lexrank --background '" + data + "' '" + part + "'");
  ASSERT_EQ(whole.exit_code, 0) << whole.err;
  ASSERT_EQ(alone.exit_code, 0) << alone.err;
  ASSERT_EQ(fixed.exit_code, 0) << fixed.err;
  EXPECT_NE(summaries(alone.out, 10), summaries(whole.out, 10));
  EXPECT_EQ(summaries(fixed.out, 10), summaries(whole.out, 10));
  // eval: the part's per-cluster scores are the whole file's.
  const RunResult eval_part = RunPrecis("-q eval --data '" + part + "' -m lexrank --background '" +
                                        data + "' -f json --rouge '-r 10'");
  const RunResult eval_whole =
      RunPrecis("-q eval --data '" + data + "' -m lexrank -f json --rouge '-r 10'");
  ASSERT_EQ(eval_part.exit_code, 0) << eval_part.err;
  ASSERT_EQ(eval_whole.exit_code, 0) << eval_whole.err;
  const auto p = nlohmann::json::parse(eval_part.out)["methods"][0]["per_cluster"];
  const auto w = nlohmann::json::parse(eval_whole.out)["methods"][0]["per_cluster"];
  ASSERT_EQ(p.size(), 10u);
  for (size_t i = 0; i < p.size(); ++i) EXPECT_EQ(p[i], w[i]) << i;
  const RunResult missing = RunPrecis("-q summarize --background /nonexistent '" + part + "'");
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.err.find("/nonexistent"), std::string::npos) << missing.err;
}

// --compare refuses a baseline scored under another budget or other ROUGE flags (the trial's
// "ROUGE-1 -6.27 (p=0.000)" compared 50 words against 100), and says so when no cluster is
// shared.
TEST(EvalCli, CompareNeedsTheSameSetting) {
  const std::string data = SourcePath("data/sample/stories.jsonl");
  const std::string base =
      (std::filesystem::temp_directory_path() / "precis_compare_base.json").string();
  RunResult r = RunPrecis("-q eval --data '" + data + "' -m lead --preset duc2004 --json '" + base +
                          "' --rouge '-r 10'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = RunPrecis("-q eval --data '" + data + "' -m lead --preset duc2004 --words 50 --compare '" +
                base + "' --rouge '-r 10'");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("budget 100 words (truncated) there, 50 words (truncated) here"),
            std::string::npos)
      << r.err;
  r = RunPrecis("-q eval --data '" + data + "' -m lead --preset duc2004 --compare '" + base +
                "' --rouge '-r 10 -s'");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("ROUGE '-n 2 -m -l 100 -c 95 -r 10 -f A -p 0.5 -t 0' there"),
            std::string::npos)
      << r.err;
  r = RunPrecis("-q eval --data '" + data + "' -m lead --preset duc2004 --compare '" + base +
                "' --rouge '-r 10'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("ROUGE-1 +0.00"), std::string::npos) << r.out;
  // Another data set under the same setting: nothing in common.
  const std::string other =
      (std::filesystem::temp_directory_path() / "precis_compare_other.jsonl").string();
  std::ofstream(other) << R"({"id":"x1","documents":[{"id":"d","text":"The river rose. Crews )"
                          R"(worked all night."}],"references":["The river rose."]})"
                       << "\n";
  r = RunPrecis("-q eval --data '" + other + "' -m lead --preset duc2004 --compare '" + base +
                "' --rouge '-r 10'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("no cluster in common with the baseline"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace precis

namespace precis {
namespace {

// -q after the command works like before it, for every command; in eval it leaves the
// default metrics alone.
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
  r = RunPrecis("eval --data '" + path + "' --method lead --rouge '-n 1 -r 10' -q");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_NE(r.out.find("ROUGE-1 R"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("ROUGE-2 "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("ROUGE-SU4"), std::string::npos) << r.out;  // -n 1 changes only -n
  // An option no command knows is still an error.
  EXPECT_EQ(RunPrecis("summarize '" + path + "' --bogus").exit_code, 2);
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace precis
