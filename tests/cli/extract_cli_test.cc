// End-to-end tests of `precis extract` through the built binary.
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

constexpr char kPage[] =
    "<html lang=\"fr\"><head><title>Le pont rouvre</title>"
    "<meta name=\"author\" content=\"Ana "
    "Ruiz\"></head><body><nav>Accueil Monde Sport</nav>"
    "<div class=\"article-body\"><h1>Le pont "
    "rouvre</h1><p>Le pont de la rue des Ormes a rouvert "
    "jeudi, deux ans après l'accident, ont annoncé les "
    "autorités de la ville.</p>"
    "<p>Les commerçants de la rive est disent que leur "
    "chiffre d'affaires avait chuté de moitié "
    "pendant les travaux.</p></div><footer>Tous droits "
    "réservés</footer></body></html>";

TEST(ExtractCli, HelpAndExitCodes) {
  const RunResult r = RunPrecis("extract --help");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("--format"), std::string::npos);
  EXPECT_EQ(RunPrecis("extract --format xml x.html").exit_code, 2);
  const RunResult missing = RunPrecis("extract /nonexistent/page.html");
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.err.find("/nonexistent/page.html"), std::string::npos) << missing.err;
}

TEST(ExtractCli, StandardInputToOneJsonLine) {
  const std::string page = kPage;
  const RunResult r = RunPrecis("extract", &page);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto lines = JsonLines(r.out);
  ASSERT_EQ(lines.size(), 1u);
  const auto& j = lines[0];
  EXPECT_EQ(j["id"], "stdin");
  EXPECT_EQ(j["title"], "Le pont rouvre");
  EXPECT_EQ(j["author"], "Ana Ruiz");
  EXPECT_EQ(j["language"], "fr");
  const std::string text = j["text"];
  EXPECT_EQ(text.find("Le pont de la rue des Ormes"), 0u) << text;
  EXPECT_EQ(text.find("Accueil"), std::string::npos);
  EXPECT_EQ(text.find("droits"), std::string::npos);
}

TEST(ExtractCli, SamplePagesFeedSummarize) {
  const RunResult r = RunPrecis("extract '" + SourcePath("data/sample/html") + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto lines = JsonLines(r.out);
  ASSERT_GE(lines.size(), 1u);
  for (const auto& j : lines) EXPECT_FALSE(j["text"].get<std::string>().empty()) << j.dump();
  const RunResult s = RunPrecis("summarize --input-format jsonl --sentences 2", &r.out);
  ASSERT_EQ(s.exit_code, 0) << s.err;
  EXPECT_FALSE(s.out.empty());
}

TEST(ExtractCli, PageWithoutArticleIsSkippedWithAWarning) {
  const std::string page = "<html><body><nav><a href=\"/\">Home</a></nav></body></html>";
  const RunResult r = RunPrecis("extract", &page);
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_TRUE(r.out.empty()) << r.out;
  EXPECT_NE(r.err.find("no article text"), std::string::npos) << r.err;
  const RunResult kept = RunPrecis("extract --keep-empty", &page);
  EXPECT_EQ(JsonLines(kept.out).size(), 1u);
}

// `precis extract` fed its own output (or a text file) is a slip in a pipeline: a clear error,
// not one "page" of raw JSON.
TEST(ExtractCli, JsonLinesAndTextFilesAreNotPages) {
  const RunResult jsonl = RunPrecis("extract '" + SourcePath("data/sample/articles.jsonl") + "'");
  EXPECT_EQ(jsonl.exit_code, 1);
  EXPECT_TRUE(jsonl.out.empty()) << jsonl.out;
  EXPECT_NE(jsonl.err.find("articles.jsonl: looks like JSON, not a web page"), std::string::npos)
      << jsonl.err;
  const std::string line = R"({"id":"a","text":"The river rose overnight."})";
  const RunResult piped = RunPrecis("extract", &line);
  EXPECT_EQ(piped.exit_code, 1);
  EXPECT_NE(piped.err.find("<stdin>: looks like JSON"), std::string::npos) << piped.err;
  const RunResult text =
      RunPrecis("extract '" + SourcePath("data/sample/txt/nws-2024-0311-dam.txt") + "'");
  EXPECT_EQ(text.exit_code, 1);
  EXPECT_NE(text.err.find("nws-2024-0311-dam.txt: is a .txt file, not a web page"),
            std::string::npos)
      << text.err;
  // A page saved under another name is still a page.
  const std::string page = kPage;
  EXPECT_EQ(RunPrecis("extract", &page).exit_code, 0);
}

}  // namespace
}  // namespace precis
