// End-to-end tests of `precis split` through the built binary: the sentences every other
// command sees, each article in its own language.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "testing/run.h"

namespace precis {
namespace {

using testing::JsonLines;
using testing::RunPrecis;
using testing::RunResult;
using testing::SourcePath;

TEST(SplitCli, SentencesWithTheirSpansInEachArticlesLanguage) {
  const std::string feed =
      R"({"id":"de1","language":"de","text":"Der Bundestag hat am 11. März die Reform beschlossen. Die Schäden werden auf ca. 12,5 Mio. Euro geschätzt."})"
      "\n"
      R"({"id":"en1","text":"The council met on Monday. It approved the budget."})"
      "\n";
  const RunResult r = RunPrecis("split", &feed);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto lines = JsonLines(r.out);
  ASSERT_EQ(lines.size(), 4u) << r.out;
  EXPECT_EQ(lines[0]["doc_id"], "de1");
  EXPECT_EQ(lines[0]["index"], 0);
  EXPECT_EQ(lines[0]["language"], "de");
  EXPECT_EQ(lines[0]["text"], "Der Bundestag hat am 11. März die Reform beschlossen.");
  EXPECT_EQ(lines[0]["begin"], 0);
  EXPECT_EQ(lines[0]["end"],
            std::string("Der Bundestag hat am 11. März die Reform beschlossen.").size());
  EXPECT_EQ(lines[1]["text"], "Die Schäden werden auf ca. 12,5 Mio. Euro geschätzt.");
  EXPECT_EQ(lines[2]["doc_id"], "en1");
  EXPECT_EQ(lines[2]["language"], "en");
  EXPECT_EQ(lines[3]["index"], 1);
  EXPECT_EQ(lines[3]["text"], "It approved the budget.");
  // Text: a sentence per line, a blank line after each article.
  const RunResult t = RunPrecis("split -f text", &feed);
  ASSERT_EQ(t.exit_code, 0) << t.err;
  EXPECT_EQ(t.out,
            "Der Bundestag hat am 11. März die Reform beschlossen.\n"
            "Die Schäden werden auf ca. 12,5 Mio. Euro geschätzt.\n\n"
            "The council met on Monday.\nIt approved the budget.\n\n");
  // The sample's files, and bad input named.
  EXPECT_EQ(RunPrecis("split '" + SourcePath("data/sample/articles.jsonl") + "'").exit_code, 0);
  EXPECT_EQ(RunPrecis("split --language klingon x.txt").exit_code, 2);
  const RunResult missing = RunPrecis("split /nonexistent/feed.jsonl");
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.err.find("/nonexistent/feed.jsonl"), std::string::npos) << missing.err;
  const std::string bad = "{\"id\":\"a\",\"text\":\n";
  const RunResult malformed = RunPrecis("split", &bad);
  EXPECT_EQ(malformed.exit_code, 1);
  EXPECT_NE(malformed.err.find("<stdin>:1: malformed JSON"), std::string::npos) << malformed.err;
}

}  // namespace
}  // namespace precis
