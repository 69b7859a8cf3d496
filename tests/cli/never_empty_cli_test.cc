// `precis summarize` on inputs whose sentences all fall outside the length limits: a summary
// on stdout, the adapted limits as a warning on stderr and in JSON, exit 0.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <string>

#include "testing/run.h"

namespace precis {
namespace {

using testing::RunPrecis;
using testing::RunResult;

TEST(NeverEmptyCli, ShortSentencesGetASummaryAndAWarning) {
  const std::string input = "Stocks fell on Monday. Oil rose. Gold slipped.\n";
  RunResult r = RunPrecis("summarize -", &input);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Stocks fell on Monday."), std::string::npos) << r.out;
  EXPECT_NE(r.err.find("warning"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("adapted"), std::string::npos) << r.err;

  r = RunPrecis("summarize --format json -", &input);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const nlohmann::json j = nlohmann::json::parse(r.out);
  EXPECT_FALSE(j["summary"].empty());
  ASSERT_TRUE(j.contains("warnings"));
  EXPECT_EQ(j["warnings"].size(), 1u);

  r = RunPrecis("--quiet summarize -", &input);
  ASSERT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.err, "");
}

TEST(NeverEmptyCli, ThreeIdenticalArticlesWithTheDefaultMethod) {
  const std::string article =
      "{\"text\":\"The storm hit the coast on Monday and cut power to thousands of homes. "
      "Officials said repairs would take a week.\"}\n";
  const std::string input = article + article + article;
  const RunResult r = RunPrecis("summarize -", &input);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("The storm hit the coast"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace precis
