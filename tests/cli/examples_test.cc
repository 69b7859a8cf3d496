// The examples users copy: every command line in the README's command-line reference and
// every "Example:" in `precis help COMMAND` runs as written and exits 0. They run in a scratch
// folder where data/ points at the repository's data/ and ../shared at the shared data.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "testing/run.h"

namespace precis {
namespace {

namespace fs = std::filesystem;
using testing::RunPrecis;
using testing::SourcePath;

class ExampleRunner {
 public:
  ExampleRunner()
      : root_(fs::temp_directory_path() / ("precis_examples_" + std::to_string(::getpid()))) {
    fs::remove_all(root_);
    fs::create_directories(root_ / "repo");
    fs::create_directory_symlink(SourcePath("data"), root_ / "repo" / "data");
    shared_ = fs::exists(PRECIS_SHARED_DIR);
    if (shared_) fs::create_directory_symlink(fs::absolute(PRECIS_SHARED_DIR), root_ / "shared");
  }
  ~ExampleRunner() { fs::remove_all(root_); }

  bool has_shared() const { return shared_; }

  // Runs `line` with every command word `precis` replaced by the built binary.
  int Run(const std::string& line, std::string* err) {
    std::string cmd;
    for (size_t i = 0; i < line.size();) {
      const bool word_start = i == 0 || line[i - 1] == ' ' || line[i - 1] == '|';
      if (word_start && line.compare(i, 7, "precis ") == 0) {
        cmd += std::string("'") + PRECIS_BIN + "' ";
        i += 7;
      } else {
        cmd += line[i++];
      }
    }
    const fs::path err_path = root_ / "stderr";
    const std::string full = "cd '" + (root_ / "repo").string() + "' && { " + cmd + "; } > '" +
                             (root_ / "stdout").string() + "' 2> '" + err_path.string() + "'";
    const int status = std::system(full.c_str());
    std::ifstream in(err_path);
    err->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }

 private:
  fs::path root_;
  bool shared_ = false;
};

// The shell command lines of the README's command-line reference (comments dropped,
// backslash continuations joined).
std::vector<std::string> ReadmeCommands() {
  std::ifstream in(SourcePath("README.md"));
  std::vector<std::string> commands;
  bool in_reference = false, in_block = false;
  std::string pending;
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("## ", 0) == 0) in_reference = line == "## Command-line reference";
    if (!in_reference) continue;
    if (line.rfind("```", 0) == 0) {
      in_block = !in_block && line == "```sh";
      continue;
    }
    if (!in_block || line.empty() || line[0] == '#') continue;
    if (!pending.empty()) line = pending + " " + line;
    if (line.back() == '\\') {
      pending = line.substr(0, line.size() - 1);
      continue;
    }
    pending.clear();
    // A trailing "# comment" is not part of the command.
    const size_t comment = line.find("   #");
    if (comment != std::string::npos) line.resize(comment);
    commands.push_back(line);
  }
  return commands;
}

TEST(Examples, ReadmeCommandLinesRun) {
  ExampleRunner runner;
  const std::vector<std::string> commands = ReadmeCommands();
  ASSERT_GE(commands.size(), 10u);
  size_t ran = 0;
  for (const std::string& c : commands) {
    if (c.find("../shared") != std::string::npos && !runner.has_shared()) continue;
    std::string err;
    EXPECT_EQ(runner.Run(c, &err), 0) << c << "\n" << err;
    ++ran;
  }
  EXPECT_GE(ran, 10u);
}

// Every `precis ...` line in a code block of docs/*.md and README.md (except `precis serve`,
// which would keep running), with ../shared pointed at a folder that does not exist so the
// long DUC runs stop at once.
std::vector<std::string> DocsCommands() {
  std::vector<fs::path> files = {SourcePath("README.md")};
  for (const auto& entry : fs::directory_iterator(SourcePath("docs"))) {
    if (entry.path().extension() == ".md") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<std::string> commands;
  for (const fs::path& file : files) {
    std::ifstream in(file);
    bool open = false, shell = false;  // inside a fenced block; a shell one (``` or ```sh)
    std::string pending;
    for (std::string line; std::getline(in, line);) {
      if (line.rfind("```", 0) == 0) {
        shell = !open && (line == "```" || line == "```sh");
        open = !open;
        continue;
      }
      if (!shell) continue;
      if (!pending.empty()) line = pending + " " + line;
      if (!line.empty() && line.back() == '\\') {
        pending = line.substr(0, line.size() - 1);
        continue;
      }
      pending.clear();
      const bool piped = line.rfind("cat ", 0) == 0 && line.find(" | precis ") != std::string::npos;
      // The synopsis `precis [--quiet] COMMAND [OPTIONS] [INPUT...]` is not a command.
      if ((line.rfind("precis ", 0) != 0 && !piped) ||
          line.find("precis serve") != std::string::npos ||
          line.find("COMMAND") != std::string::npos) {
        continue;
      }
      // A trailing "# comment" is not part of the command (the runner wraps it in { ...; }).
      if (const size_t comment = line.find(" #"); comment != std::string::npos) {
        line.resize(comment);
      }
      for (size_t at; (at = line.find("../shared/")) != std::string::npos;) {
        line.replace(at, 10, "/nonexistent-precis-shared/");
      }
      commands.push_back(file.filename().string() + ": " + line);
    }
  }
  return commands;
}

// Documented command lines parse: none is a usage error (exit 2) or a crash. A missing input
// (the docs' feed.jsonl, gold.tsv, the shared data) is exit 1 and fine here; docs/quality.md
// once showed ROUGE flags straight on the eval command line, where -m is --method.
TEST(Examples, DocsCommandLinesParse) {
  ExampleRunner runner;
  const std::vector<std::string> commands = DocsCommands();
  ASSERT_GE(commands.size(), 25u);
  for (const std::string& c : commands) {
    std::string err;
    const int code = runner.Run(c.substr(c.find(": ") + 2), &err);
    EXPECT_TRUE(code == 0 || code == 1) << c << "\nexit " << code << "\n" << err;
  }
}

// `precis help X` and `precis X --help` print the same text (the first said "Usage: X" and
// the second "Usage: precis X": a trial).
TEST(Examples, HelpCommandPrintsWhatDashDashHelpPrints) {
  for (const char* command :
       {"summarize", "eval", "cluster", "digest", "eval-cluster", "split", "extract", "serve"}) {
    const testing::RunResult help = RunPrecis(std::string("help ") + command);
    const testing::RunResult dash = RunPrecis(std::string(command) + " --help");
    ASSERT_EQ(help.exit_code, 0) << command;
    EXPECT_EQ(help.out, dash.out) << command;
    EXPECT_NE(help.out.find(std::string("Usage: precis ") + command), std::string::npos)
        << help.out;
  }
}

TEST(Examples, HelpExamplesRun) {
  ExampleRunner runner;
  size_t ran = 0;
  for (const char* command : {"summarize", "eval", "cluster", "digest", "eval-cluster"}) {
    const testing::RunResult help = RunPrecis(std::string("help ") + command);
    ASSERT_EQ(help.exit_code, 0) << command;
    std::istringstream lines(help.out);
    for (std::string line; std::getline(lines, line);) {
      const size_t at = line.find("Example: ");
      if (at == std::string::npos) continue;
      const std::string example = line.substr(at + 9);
      std::string err;
      EXPECT_EQ(runner.Run(example, &err), 0) << example << "\n" << err;
      ++ran;
    }
  }
  EXPECT_GE(ran, 4u);
}

}  // namespace
}  // namespace precis
