// `precis rouge` end to end: runs the built binary (PRECIS_BIN) on files in a temporary
// folder and checks its stdout, stderr and exit code.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "eval/rouge_vectors.h"

namespace precis {
namespace {

namespace fs = std::filesystem;

struct CliRun {
  int exit_code = -1;
  std::string out;  // stdout
  std::string err;  // stderr
};

class RougeCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (access(PRECIS_BIN, X_OK) != 0) GTEST_SKIP() << PRECIS_BIN << " is not built";
    dir_ = fs::temp_directory_path() / ("precis_rouge_cli_" + std::to_string(getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override {
    if (!dir_.empty()) fs::remove_all(dir_);
  }

  void Write(const std::string& name, const std::string& bytes) {
    fs::create_directories((dir_ / name).parent_path());
    std::ofstream(dir_ / name, std::ios::binary) << bytes;
  }

  static std::string Slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
  }

  // Runs `precis rouge ARGS` in the temporary folder.
  CliRun Rouge(const std::string& args) {
    std::string command = "cd '" + dir_.string() + "' && '" PRECIS_BIN "' rouge " + args + " 2>'" +
                          (dir_ / "stderr.txt").string() + "'";
    CliRun run;
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) return run;
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof(buf), pipe)) > 0) run.out.append(buf, n);
    int status = pclose(pipe);
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.err = Slurp(dir_ / "stderr.txt");
    return run;
  }

  std::string EvalXml(const std::string& id, const std::string& peer, const std::string& model,
                      const char* format = "SPL") {
    return "<EVAL ID=\"" + id + "\"><PEER-ROOT>peers</PEER-ROOT><MODEL-ROOT>models</MODEL-ROOT>" +
           "<INPUT-FORMAT TYPE=\"" + format + "\"/><PEERS><P ID=\"S\">" + peer +
           "</P></PEERS><MODELS><M ID=\"A\">" + model + "</M></MODELS></EVAL>\n";
  }

  fs::path dir_;
};

TEST_F(RougeCliTest, ConfigWithThreeEvaluationsE11) {
  Write("peers/1", "the cat sat on the mat\n");
  Write("models/1", "the cat was on the mat\n");
  Write("peers/2", "a quick brown fox\n");
  Write("models/2", "the quick brown fox jumps\n");
  Write("peers/10", "dogs bark\n");
  Write("models/10", "cats meow loudly at night\n");
  Write("config.xml", "<ROUGE_EVAL>\n" + EvalXml("1", "1", "1") + EvalXml("2", "2", "2") +
                          EvalXml("10", "10", "10") + "</ROUGE_EVAL>\n");
  CliRun run = Rouge("-a -n 1 -x -d config.xml");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out,
            "---------------------------------------------\n"
            "S ROUGE-1 Average_R: 0.47833 (95%-conf.int. 0.00000 - 0.83333)\n"
            "S ROUGE-1 Average_P: 0.52833 (95%-conf.int. 0.00000 - 0.83333)\n"
            "S ROUGE-1 Average_F: 0.50056 (95%-conf.int. 0.00000 - 0.83333)\n"
            ".............................................\n"
            "S ROUGE-1 Eval 1.S R:0.83333 P:0.83333 F:0.83333\n"
            "S ROUGE-1 Eval 2.S R:0.60000 P:0.75000 F:0.66667\n"
            "S ROUGE-1 Eval 10.S R:0.00000 P:0.00000 F:0.00000\n");
  CliRun sums = Rouge("-n 1 -x -t 2 config.xml S");
  EXPECT_EQ(sums.out,
            "---------------------------------------------\n"
            "S ROUGE-1 M_count: 16 P_count: 12 H_count: 8\n");
  CliRun json = Rouge("-a -n 1 -x -d --json config.xml");
  ASSERT_EQ(json.exit_code, 0);
  nlohmann::json j = nlohmann::json::parse(json.out);
  EXPECT_EQ(j["systems"][0]["id"], "S");
  EXPECT_EQ(j["systems"][0]["scores"][0]["recall"]["mean"], 0.47833);
  EXPECT_EQ(j["systems"][0]["scores"][0]["evals"][2]["id"], "10.S");
  // Without -a the system ID is required.
  EXPECT_EQ(Rouge("-n 1 config.xml").exit_code, 2);
  // A system that is in no evaluation: a warning per EVAL, then an error (the script prints
  // a table of zeros and exits 0).
  CliRun none = Rouge("-n 1 -x config.xml Z");
  EXPECT_EQ(none.exit_code, 1);
  EXPECT_NE(none.err.find("EVAL 1 has no peer Z"), std::string::npos);
  EXPECT_NE(none.err.find("nothing to score"), std::string::npos);
}

TEST_F(RougeCliTest, SummaryAgainstReferences) {
  Write("sum.txt", "The cat sat on the mat.\n");
  Write("ref1.txt", "The cat was on the mat.\n");
  Write("ref2.txt", "A cat on a mat.\n");
  CliRun run = Rouge("-n 2 -2 4 -u sum.txt ref1.txt ref2.txt");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("X ROUGE-2 Average_R: "), std::string::npos);
  EXPECT_NE(run.out.find("X ROUGE-SU4 Average_F: "), std::string::npos);
  EXPECT_EQ(Rouge("sum.txt").exit_code, 2);  // one file that is not XML
}

TEST_F(RougeCliTest, BadInputs) {
  Write("sum.txt", "The cat sat.\n");
  CliRun missing = Rouge("-n 1 sum.txt nowhere.txt");
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.err.find("cannot read nowhere.txt"), std::string::npos) << missing.err;

  Write("bad.xml", "<ROUGE_EVAL>\n<EVAL ID=\"1\">\n<PEERS>\n</EVAL>\n");
  CliRun bad = Rouge("-a -n 1 bad.xml");
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_NE(bad.err.find("bad.xml:"), std::string::npos) << bad.err;
  EXPECT_NE(bad.err.find("malformed XML"), std::string::npos) << bad.err;

  Write("empty.txt", "... !!! ,,,\n");
  CliRun empty = Rouge("-n 2 -d empty.txt sum.txt");
  EXPECT_EQ(empty.exit_code, 0);
  EXPECT_NE(empty.err.find("empty.txt -> empty text"), std::string::npos) << empty.err;
  EXPECT_NE(empty.out.find("X ROUGE-2 Eval 1.X R:0.00000 P:0.00000 F:0.00000"), std::string::npos);
  EXPECT_EQ(Rouge("-q -n 2 empty.txt sum.txt").err, "");

  // An empty model with -w: the script dies after printing the blocks before ROUGE-W.
  CliRun dies = Rouge("-n 1 -w 1.2 sum.txt empty.txt");
  EXPECT_EQ(dies.exit_code, 1);
  EXPECT_NE(dies.out.find("X ROUGE-L Average_R: 0.00000"), std::string::npos);
  EXPECT_EQ(dies.out.find("ROUGE-W"), std::string::npos);
  EXPECT_NE(dies.err.find("Illegal division by zero"), std::string::npos);

  // Invalid UTF-8 is bytes: \xff separates tokens like a space.
  Write("bytes.txt",
        "caf\xc3\xa9 ol\xff"
        "e\n");
  Write("plain.txt", "caf ol e\n");
  CliRun bytes = Rouge("-n 1 -x bytes.txt plain.txt");
  EXPECT_EQ(bytes.exit_code, 0);
  EXPECT_NE(bytes.out.find("X ROUGE-1 Average_R: 1.00000"), std::string::npos) << bytes.out;

  // -f and -t take only the values the script documents (it reads any other as A or 0, so a
  // trial's "-f b", meant as B, scored as A without a word).
  for (const char* flags : {"-f b", "-f C", "-f AB", "-t 5", "-t -1", "-t x"}) {
    CliRun refused = Rouge(std::string("-n 1 ") + flags + " sum.txt sum.txt");
    EXPECT_EQ(refused.exit_code, 2) << flags;
    EXPECT_NE(refused.err.find(std::string(flags).substr(0, 2) + " needs"), std::string::npos)
        << refused.err;
  }
  EXPECT_EQ(Rouge("-n 1 -f B -t 2 sum.txt sum.txt").exit_code, 0);

  // A system ID that no EVAL has: an error, not a table of zeros.
  Write("models/m.txt", "The cat sat.\n");
  Write("peers/p.txt", "The cat sat.\n");
  Write("one.xml", "<ROUGE_EVAL>\n" + EvalXml("1", "p.txt", "m.txt") + "</ROUGE_EVAL>\n");
  EXPECT_EQ(Rouge("-n 1 one.xml S").exit_code, 0);
  CliRun typo = Rouge("-q -n 1 one.xml T");
  EXPECT_EQ(typo.exit_code, 1);
  EXPECT_NE(typo.err.find("no EVAL of the configuration has a peer with ID 'T'"), std::string::npos)
      << typo.err;
  EXPECT_EQ(typo.out, "");

  EXPECT_EQ(Rouge("-l 10 -b 10 sum.txt sum.txt").exit_code, 2);
  EXPECT_EQ(Rouge("--frobnicate sum.txt sum.txt").exit_code, 2);
  CliRun help = Rouge("--help");
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("-2 D"), std::string::npos);
}

// The 158 cases as one SPL config (EVAL 0..157, peer S), as the reference run was made:
// every -d line and the ROUGE-1 average of E15.
TEST_F(RougeCliTest, VectorsThroughTheConfig) {
  std::vector<rouge_testing::VectorCase> cases;
  if (!rouge_testing::LoadVectors(&cases)) GTEST_SKIP() << "no ../shared/rouge/vectors.jsonl";
  std::string config = "<ROUGE_EVAL version=\"1.5.5\">\n";
  for (size_t i = 0; i < cases.size(); ++i) {
    std::string id = std::to_string(i);
    auto join = [](const std::vector<std::string>& lines) {
      std::string s;
      for (const std::string& line : lines) s += line + "\n";
      return s;
    };
    Write("peers/" + id, join(cases[i].summary));
    config += "<EVAL ID=\"" + id + "\"><PEER-ROOT>peers</PEER-ROOT><MODEL-ROOT>models" +
              "</MODEL-ROOT><INPUT-FORMAT TYPE=\"SPL\"/><PEERS><P ID=\"S\">" + id +
              "</P></PEERS><MODELS>";
    for (size_t m = 0; m < cases[i].references.size(); ++m) {
      std::string name = id + "." + std::to_string(m);
      Write("models/" + name, join(cases[i].references[m]));
      config += "<M ID=\"" + std::to_string(m) + "\">" + name + "</M>";
    }
    config += "</MODELS></EVAL>\n";
  }
  Write("config.xml", config + "</ROUGE_EVAL>\n");
  CliRun run = Rouge("-a -c 95 -r 1000 -n 2 -m -l 100 -2 4 -u -f A -p 0.5 -t 0 -d config.xml");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("S ROUGE-1 Average_R: 0.34192 (95%-conf.int. 0.32701 - 0.35751)"),
            std::string::npos);
  size_t checked = 0;
  for (size_t i = 0; i < cases.size(); ++i) {
    for (const auto& [label, s] : cases[i].expected.at("duc04_words")) {
      char line[256];
      std::snprintf(line, sizeof(line), "S %s Eval %zu.S R:%.5f P:%.5f F:%.5f\n", label.c_str(), i,
                    s.r, s.p, s.f);
      EXPECT_NE(run.out.find(line), std::string::npos) << line;
      ++checked;
    }
  }
  EXPECT_EQ(checked, cases.size() * 4);
}

}  // namespace
}  // namespace precis
