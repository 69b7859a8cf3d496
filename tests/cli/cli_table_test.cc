// The command line's table of behaviours: every summarizing command parses the summarization
// options the same way, and every usage or input message comes with its documented exit code
// (0 ok, 1 input, 2 usage, 3 output).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "testing/run.h"

namespace precis {
namespace {

using testing::RunPrecis;
using testing::RunResult;
using testing::SourcePath;

namespace fs = std::filesystem;

// Runs a full shell line with $P standing for the precis binary (for redirections that
// RunPrecis cannot express, such as stdin from /dev/zero or stdout to /dev/full).
RunResult RunShell(const std::string& line) {
  const fs::path err =
      fs::temp_directory_path() / ("precis_shell_err_" + std::to_string(::getpid()));
  std::string cmd = "P='" + std::string(PRECIS_BIN) + "'; " + line + " 2> '" + err.string() + "'";
  RunResult r;
  FILE* pipe = ::popen(cmd.c_str(), "r");
  char buf[65536];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, pipe)) > 0) r.out.append(buf, n);
  const int status = ::pclose(pipe);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream in(err, std::ios::binary);
  r.err.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  fs::remove(err);
  return r;
}

// A scratch folder removed at the end of the test.
class Scratch {
 public:
  Scratch()
      : dir_(fs::temp_directory_path() /
             ("precis_cli_" + std::to_string(::getpid()) + "_" + std::to_string(counter_++))) {
    fs::create_directories(dir_);
  }
  ~Scratch() { fs::remove_all(dir_); }
  std::string Write(const std::string& name, const std::string& bytes) {
    const fs::path p = dir_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }
  std::string Path(const std::string& name) const { return (dir_ / name).string(); }

 private:
  static inline int counter_ = 0;
  fs::path dir_;
};

const std::string kStories = "'" + SourcePath("data/sample/stories.jsonl") + "'";
const std::string kArticles = "'" + SourcePath("data/sample/articles.jsonl") + "'";

struct Case {
  std::string args;    // after `precis`
  int exit_code;       // expected
  std::string in_err;  // expected in stderr ("" = nothing checked)
  std::string not_in_err = "";
};

void RunCases(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    const RunResult r = RunPrecis(c.args);
    EXPECT_EQ(r.exit_code, c.exit_code) << "precis " << c.args << "\n" << r.err;
    if (!c.in_err.empty()) {
      EXPECT_NE(r.err.find(c.in_err), std::string::npos) << "precis " << c.args << "\n" << r.err;
    }
    if (!c.not_in_err.empty()) {
      EXPECT_EQ(r.err.find(c.not_in_err), std::string::npos) << "precis " << c.args << "\n"
                                                             << r.err;
    }
    // Messages are short: no 309-digit numbers, no walls of text.
    EXPECT_LT(r.err.size(), 600u) << "precis " << c.args << "\n" << r.err;
  }
}

TEST(CliTable, CommandsAndHelp) {
  RunCases({
      {"summarise " + kStories, 2, "unknown command 'summarise' (did you mean 'summarize'?)"},
      {"sumarize " + kStories, 2, "did you mean 'summarize'?"},
      {"digets " + kArticles, 2, "did you mean 'digest'?"},
      {"", 2, "no command given"},
      {"help", 0, ""},
      {"help summarize", 0, ""},
      {"help rouge", 0, ""},
      {"help sumarize", 2, "did you mean 'summarize'?"},
  });
  EXPECT_NE(RunPrecis("help").out.find("summarize"), std::string::npos);
  EXPECT_NE(RunPrecis("help summarize").out.find("--words"), std::string::npos);
  EXPECT_NE(RunPrecis("help eval").out.find("--rouge"), std::string::npos);
  EXPECT_NE(RunPrecis("help rouge").out.find("ROUGE-1.5.5"), std::string::npos);
  // Every command's help states the exit codes; rouge prints its own help (the script's flags).
  for (const char* command : {"summarize", "rouge", "serve", "eval", "cluster", "digest",
                              "eval-cluster", "extract", "split"}) {
    EXPECT_NE(RunPrecis(std::string(command) + " --help").out.find("Exit codes: 0 success"),
              std::string::npos)
        << command;
  }
}

TEST(CliTable, OptionsSuggestTheFix) {
  RunCases({
      {"summarize --lang en " + kStories, 2,
       "unknown option '--lang' (did you mean '--language'?)"},
      {"summarize --wrods 10 " + kStories, 2, "did you mean '--words'?"},
      {"summarize --length 10 " + kStories, 2, "unknown option '--length'"},
      {"summarize -m lexrnk " + kStories, 2, "did you mean 'lexrank'?"},
      {"summarize --format jsn " + kStories, 2, "did you mean 'json'?"},
      {"summarize -m LexRank " + kStories, 0, ""},
      {"summarize --format JSON " + kStories, 0, ""},
      {"summarize --words 0 " + kStories, 2, "--words must be at least 1"},
      {"summarize --sentences -1 " + kStories, 2, "--sentences must be at least 1"},
      {"summarize --min-words 20 --max-words 10 " + kStories, 2, "--min-words (20) is above"},
      {"summarize --redundancy nan " + kStories, 2, "--redundancy must be between 0 and 1"},
      {"summarize --redundancy inf " + kStories, 2, "--redundancy must be between 0 and 1"},
      {"summarize --mmr-lambda nan " + kStories, 2, "--mmr-lambda must be between 0 and 1"},
      {"summarize --mmr-lambda -inf " + kStories, 2, "--mmr-lambda must be between 0 and 1"},
      {"digest --off-topic nan " + kArticles, 2, "--off-topic must be between 0 and 1"},
      {"summarize --language klingon " + kStories, 2, "unknown language 'klingon'"},
      {"cluster --language klingon " + kArticles, 2, "unknown language 'klingon'"},
      {"summarize --language German " + kStories, 0, ""},
      {"summarize --lang ru " + kStories, 2,
       "unknown option '--lang' (did you mean '--language'?)"},
      {"serve --db /nonexistent/x.db --port 9000", 2, "(did you mean '--listen'?)"},
      // Languages without a Snowball stemmer, read unstemmed (the script detection's codes).
      {"summarize --language ja " + kStories, 0, ""},
      {"cluster --language zh-TW " + kArticles, 0, ""},
      {"summarize --threads 100000 " + kStories, 2, "--threads must be between 0"},
      {"cluster --threads 100000 " + kArticles, 2, "--threads must be between 0"},
      {"digest --threads 100000 " + kArticles, 2, "--threads must be between 0"},
      {"cluster --join 0 " + kArticles, 2, "--join must be above 0"},
      {"cluster --join nan " + kArticles, 2, "--join must be above 0"},
      {"summarize --words 10 --bytes 10 " + kStories, 2, "excludes"},
      {"rouge -r 1e9 a b", 2, "from 1 to 100000000"},
      // Numbers too large for the option, negative counts and words where a number goes say
      // which, not "must be at least 1" or CLI11's "Could not convert".
      {"summarize --words 99999999999999999999 " + kStories, 2,
       "--words is too large, got '99999999999999999999'", "at least"},
      {"summarize --bytes 1e3 " + kStories, 2, "--bytes needs a whole number, got '1e3'",
       "--bytes:"},
      {"summarize --min-words 5000000000 " + kStories, 2,
       "--min-words is too large, got '5000000000'", "Could not convert"},
      {"summarize --query-expansion 99999999999999999999 " + kStories, 2,
       "--query-expansion is too large", "Could not convert"},
      {"summarize --query-feedback -1 " + kStories, 2,
       "--query-feedback must be 0 or more, got '-1'", "Could not convert"},
      {"cluster --refine x " + kArticles, 2, "--refine needs a whole number, got 'x'",
       "Could not convert"},
  });
}

TEST(CliTable, IgnoredOptionsWarn) {
  RunCases({
      {"summarize --mmr " + kStories, 0,
       "--mmr has no effect with --method auto (it applies to lead, centroid, lexrank, textrank)"},
      {"summarize --mmr-lambda 0.3 -m ilp " + kStories, 0, "--mmr-lambda has no effect"},
      // --redundancy applies to every method (src/summarize/post_select.cc): no warning.
      {"summarize --redundancy 0.1 " + kStories, 0, "", "no effect"},
      {"summarize --redundancy 0.1 --truncate " + kStories, 0, "", "no effect"},
      {"summarize -m lexrank --mmr --mmr-lambda 0.3 " + kStories, 0, "", "no effect"},
      {"-q summarize --mmr " + kStories, 0, "", "no effect"},
      {"digest --mmr " + kArticles, 0, "--mmr has no effect with --method auto"},
  });
}

// summarize, digest and eval take the summarization options under the same names, with the
// same checks and messages.
TEST(CliTable, OneVocabularyAcrossCommands) {
  for (const std::string& command : {"summarize " + kStories, "digest " + kArticles,
                                     "eval --data " + kStories + " --rouge '-r 10'"}) {
    RunCases({
        {command + " -m LEAD --words 40", 0, ""},
        {command + " --method lead --sentences 2", 0, ""},
        {command + " -m lead -b 300", 0, ""},
        {command + " -m lead -s 2 --query 'dam spillway'", 0, ""},
        {command + " -m lead --truncate --order score", 0, ""},
        {command + " -m lead --no-truncate --min-words 5 --max-words 50", 0, ""},
        {command + " --words 0", 2, "--words must be at least 1"},
        {command + " -m lexrnk", 2, "did you mean 'lexrank'?"},
        {command + " --min-words 20 --max-words 10", 2, "--min-words (20) is above"},
        {command + " --mmr-lambda nan", 2, "--mmr-lambda must be between 0 and 1"},
        {command + " --threads 100000", 2, "--threads must be between 0"},
        {command + " -w 10 -b 10", 2, "excludes"},
    });
  }
}

TEST(CliTable, BudgetsReachDigest) {
  RunResult r = RunPrecis("digest -q -f json -m lead --sentences 1 " + kArticles);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const auto& j : testing::JsonLines(r.out)) {
    EXPECT_LE(j["summary"].size(), 1u) << j.dump();
  }
  r = RunPrecis("digest -q -f json -m lead --bytes 120 " + kArticles);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const auto& j : testing::JsonLines(r.out)) {
    size_t bytes = 0;
    for (const auto& s : j["summary"]) bytes += s["text"].get<std::string>().size();
    EXPECT_LE(bytes, 120u) << j.dump();
  }
}

TEST(CliTable, InputMessages) {
  Scratch dir;
  const std::string list = dir.Write("list.json", "[\n\"a\",\n\"b\"\n]\n");
  const std::string twice = dir.Write("twice.tsv", "a\tx\nb\ty\na\tz\n");
  const std::string empty = dir.Write("empty.tsv", "# nothing\n\n");
  const std::string good = dir.Write("good.tsv", "a\tx\nb\tx\n");
  const std::string big_id = dir.Write(
      "big.jsonl", "{\"id\": 123456789012345678901234567890, \"text\": \"Some text here.\"}\n");
  const std::string big_date =
      dir.Write("date.jsonl", "{\"id\": \"a\", \"date\": 1e400, \"text\": \"Some text here.\"}\n");
  const std::string docs_object =
      dir.Write("obj.jsonl", "{\"id\": \"c\", \"documents\": {\"text\": \"Some text.\"}}\n");
  const std::string lt = dir.Write("peer.txt", "<b> rain fell on the town\n");
  const std::string ref = dir.Write("ref.txt", "rain fell on the town today\n");
  fs::create_directories(dir.Path("peerdir"));
  RunCases({
      {"summarize ''", 2, "empty file name"},
      {"summarize - -", 2, "standard input ('-') given more than once"},
      {"summarize /dev/zero", 1, "/dev/zero: looks like binary data"},
      {"cluster /dev/zero", 1, "/dev/zero: looks like binary data"},
      {"digest /dev/zero", 1, "/dev/zero: looks like binary data"},
      {"rouge /dev/zero /dev/zero", 1, "looks like binary data"},
      {"eval-cluster --gold '" + list + "' --pred '" + good + "'", 1,
       "list.json:1: looks like JSON"},
      {"eval-cluster --gold '" + twice + "' --pred '" + good + "'", 1,
       "twice.tsv:3: item 'a' is listed twice (first on line 1)"},
      {"eval-cluster --gold '" + good + "' --pred '" + twice + "'", 1, "twice.tsv:3:"},
      {"eval-cluster --gold '" + empty + "' --pred '" + good + "'", 1, "empty.tsv: no labels"},
      {"summarize '" + big_id + "'", 1, "big.jsonl:1: field \"id\" is out of range"},
      {"summarize '" + docs_object + "'", 1, "\"documents\" must be an array, got object"},
      {"summarize '" + big_date + "'", 1, "date.jsonl:1: field \"date\" is out of range",
       "an id that large"},
      {"rouge -n 1 '" + lt + "' '" + ref + "'", 0, ""},
      {"rouge -n 1 '" + dir.Path("peerdir") + "' '" + ref + "'", 1, "is a directory"},
      {"rouge -n 1 '" + ref + "' '" + dir.Path("peerdir") + "'", 1, "is a directory"},
  });
  // eval-cluster reads '-' as standard input, as every command does: cluster | eval-cluster.
  RunResult r = RunShell("\"$P\" -q cluster " + kArticles +
                         " | \"$P\" eval-cluster -f json --gold " + kStories + " --pred -");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"bcubed_f1\":1.0"), std::string::npos) << r.out;
  r = RunShell("\"$P\" eval-cluster --gold - --pred '" + good + "' < '" + twice + "'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("<stdin>:3: item 'a' is listed twice"), std::string::npos) << r.err;
  r = RunShell("\"$P\" eval-cluster --gold - --pred - < '" + good + "'");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("cannot both be standard input"), std::string::npos) << r.err;
  // The stories of `precis cluster` piped into summarize or digest: say what to give instead.
  for (const char* command : {"summarize", "digest"}) {
    r = RunShell("\"$P\" -q cluster " + kArticles + " | \"$P\" " + command);
    EXPECT_EQ(r.exit_code, 1) << command;
    EXPECT_NE(r.err.find("<stdin>:1: \"articles[0]\" must be an object, got string (a story of "
                         "precis cluster lists article ids"),
              std::string::npos)
        << r.err;
  }
  // Standard input from /dev/zero stops at once with a message.
  r = RunShell("\"$P\" summarize < /dev/zero");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("<stdin>: looks like binary data"), std::string::npos) << r.err;
  r = RunShell("\"$P\" cluster - < /dev/zero");
  EXPECT_EQ(r.exit_code, 1);
  // The size limit is checked on the stream and can be raised.
  const std::string big = std::string(3 << 20, 'a');
  const std::string blob = dir.Write("blob", big);
  r = RunPrecis("summarize --max-input-mb 2 '" + blob + "'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("over the limit of 2097152 bytes (raise it with --max-input-mb)"),
            std::string::npos)
      << r.err;
  r = RunShell("\"$P\" summarize --max-input-mb 2 < '" + blob + "'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("raise it with --max-input-mb"), std::string::npos) << r.err;
}

// A 50 MB article passes the default limits. Under AddressSanitizer this takes a minute of
// the CI's 30, so it runs in the optimized build only (the sanitized run still reads the
// 3 MB blob above through the same code).
TEST(CliTable, FiftyMegabyteArticlePassesTheDefaultLimits) {
#if defined(__SANITIZE_ADDRESS__)  // GCC
  GTEST_SKIP() << "optimized build only (minutes under AddressSanitizer)";
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)  // clang
  GTEST_SKIP() << "optimized build only (minutes under AddressSanitizer)";
#endif
#endif
  Scratch dir;
  std::string article = "Fifty megabytes of news. ";
  while (article.size() < (50u << 20)) article += article;
  article.resize(50u << 20);
  const std::string huge = dir.Write("huge.txt", "A title\n\n" + article);
  RunResult r = RunPrecis("summarize -m lead -s 1 '" + huge + "'");
  EXPECT_EQ(r.exit_code, 0) << r.err;
}

TEST(CliTable, WriteFailuresExit3) {
  for (const std::string& line : std::vector<std::string>{
           "\"$P\" summarize " + kStories + " > /dev/full",
           "\"$P\" -q eval --data " + kStories + " -m lead --rouge '-r 10' > /dev/full",
           "\"$P\" -q cluster " + kArticles + " > /dev/full",
           "\"$P\" -q digest " + kArticles + " > /dev/full",
           "\"$P\" rouge -n 1 " + SourcePath("data/sample/rouge/system.txt") + " " +
               SourcePath("data/sample/rouge/ref1.txt") + " > /dev/full",
           "\"$P\" help > /dev/full"}) {
    const RunResult r = RunShell(line);
    EXPECT_EQ(r.exit_code, 3) << line << "\n" << r.err;
    EXPECT_NE(r.err.find("could not write"), std::string::npos) << line << "\n" << r.err;
  }
}

// --truncate: the cut sentence is the last line, marked "..." in text and "truncated" in JSON,
// whatever the order.
TEST(CliInputs, TruncatedSentenceIsLastAndMarked) {
  for (const std::string order : {"date", "score"}) {
    const std::string base = "-q summarize -m lead --truncate --words 45 --order " + order + " ";
    RunResult r = RunPrecis(base + "-f json " + kStories);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    size_t truncated = 0;
    for (const auto& j : testing::JsonLines(r.out)) {
      const auto& items = j["summary"];
      for (size_t i = 0; i < items.size(); ++i) {
        if (items[i].value("truncated", false)) {
          ++truncated;
          EXPECT_EQ(i + 1, items.size()) << "truncated sentence not last: " << j.dump();
        }
      }
    }
    EXPECT_GT(truncated, 0u);
    r = RunPrecis(base + kStories);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    std::istringstream lines(r.out);
    std::string previous, line;
    size_t marked = 0;
    while (std::getline(lines, line)) {
      if (line.size() >= 3 && line.compare(line.size() - 3, 3, "...") == 0) {
        ++marked;
        EXPECT_TRUE(lines.peek() == EOF || lines.peek() == '\n') << "marked line not last";
      }
    }
    EXPECT_EQ(marked, truncated);
  }
}

// JSON gives offsets into the article text and, for .txt files, into the file's bytes.
TEST(CliInputs, FileOffsets) {
  const RunResult r =
      RunPrecis("-q summarize -f json -m lead -s 4 '" + SourcePath("data/sample/txt") + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto lines = testing::JsonLines(r.out);
  ASSERT_EQ(lines.size(), 1u);
  size_t checked = 0;
  for (const auto& s : lines[0]["summary"]) {
    std::ifstream in(SourcePath("data/sample/txt/" + s["doc_id"].get<std::string>() + ".txt"),
                     std::ios::binary);
    const std::string file((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    ASSERT_TRUE(s.contains("file_begin")) << s.dump();
    const size_t b = s["file_begin"], e = s["file_end"];
    EXPECT_EQ(file.substr(b, e - b), s["text"].get<std::string>());
    EXPECT_EQ(e - b, s["end"].get<size_t>() - s["begin"].get<size_t>());
    ++checked;
  }
  EXPECT_GT(checked, 0u);
  // JSON input has no file offsets (its text is unescaped).
  const RunResult j = RunPrecis("-q summarize -f json " + kStories);
  EXPECT_EQ(j.out.find("file_begin"), std::string::npos);
}

TEST(CliInputs, TablesGzipFoldersAndTheSampleFolder) {
  Scratch dir;
  const std::string csv = dir.Write(
      "feed.csv",
      "id,title,text\n"
      "a,Dam,\"Engineers found a long crack in the spillway of the Brenmoor Dam on Monday.\"\n"
      "b,Town,\"About 4,200 residents of Caldwick were ordered to leave their homes at once.\"\n");
  RunResult r = RunPrecis("-q summarize -f json -m lead '" + csv + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Brenmoor"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("id,title,text"), std::string::npos) << r.out;  // not raw lines
  const std::string bad = dir.Write("raw.csv", "just,some,values\n1,2,3\n");
  r = RunPrecis("summarize '" + bad + "'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("raw.csv: the header has no 'text' column"), std::string::npos) << r.err;
  // .gz through the command line, written by gzip(1) when it is there.
  const std::string plain = dir.Write(
      "feed.jsonl", "{\"id\":\"g\",\"text\":\"Gzip works for feeds of news articles too.\"}\n");
  if (std::system(("gzip -k '" + plain + "' 2>/dev/null").c_str()) == 0) {
    r = RunPrecis("-q summarize -m lead '" + plain + ".gz'");
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("Gzip works"), std::string::npos) << r.out;
    r = RunShell("\"$P\" -q summarize -m lead < '" + plain + ".gz'");
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("Gzip works"), std::string::npos) << r.out;
  }
  // A folder with files of other kinds: one warning with the count.
  dir.Write("folder/a.txt", "An article about the dam and the town of Caldwick in spring.");
  dir.Write("folder/b.pdf", "%PDF-1.4");
  dir.Write("folder/c.md", "# notes");
  r = RunPrecis("summarize -m lead '" + dir.Path("folder") + "'");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("2 file(s) of unknown kind skipped (b.pdf, c.md)"), std::string::npos)
      << r.err;
  // The bundled sample folder mixes a clusters file and a feed: the message says what to give.
  r = RunPrecis("summarize '" + SourcePath("data/sample") + "'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("e.g. precis summarize " + SourcePath("data/sample") + "/stories.jsonl"),
            std::string::npos)
      << r.err;
}

// Closing counts follow the progress rule: a terminal only, unless --stats.
TEST(CliInputs, ClosingCountsFollowTheTerminalRule) {
  for (const std::string command : {"cluster", "digest"}) {
    RunResult r = RunPrecis(command + " " + kArticles);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.err.find("clustered"), std::string::npos) << r.err;
    r = RunPrecis(command + " --stats " + kArticles);
    EXPECT_NE(r.err.find("clustered 12 of 12 articles"), std::string::npos) << r.err;
  }
}

// The closing counts say what the readers skipped, so that --quiet --stats still accounts for
// every record (a trial: "clustered 2 of 2" for a file of 5 bad records and 2 good ones). Both
// the in-memory path (stdin) and the spooled one (a file) count them.
TEST(CliInputs, ClosingCountsIncludeSkippedRecords) {
  const std::string feed =
      "{\"id\":\"a\",\"date\":\"2025-03-01\",\"text\":\"Rain fell on the town.\"}\n"
      "{\"id\":\"b\",\"text\":\"Snow\n"
      "{\"id\":\"c\",\"date\":\"2025-03-01\",\"text\":\"  \"}\n"
      "{\"id\":\"d\",\"date\":17,\"text\":\"Hail fell.\"}\n"
      "{\"id\":\"e\",\"date\":\"2025-03-02\",\"text\":\"Wind rose over the town.\"}\n";
  Scratch scratch;
  const std::string path = scratch.Write("feed.jsonl", feed);
  for (const std::string command : {"cluster", "digest"}) {
    for (const std::string input : {std::string("--input-format jsonl -"), path}) {
      const RunResult r = RunPrecis("-q " + command + " --skip-bad --stats " + input, &feed);
      ASSERT_EQ(r.exit_code, 0) << r.err;
      EXPECT_NE(r.err.find("clustered 2 of 2 articles into"), std::string::npos) << r.err;
      EXPECT_NE(r.err.find("2 malformed records (skipped), 1 empty articles (skipped)"),
                std::string::npos)
          << command << " " << input << ": " << r.err;
    }
  }
}

}  // namespace
}  // namespace precis
