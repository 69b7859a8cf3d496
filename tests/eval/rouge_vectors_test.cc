// Every per-evaluation score of ../shared/rouge/vectors.jsonl (printed by the reference
// script with -d), under every flag set, with and without the WordNet exception table,
// compared digit for digit as the script prints them (%.5f).
#include "eval/rouge_vectors.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "precis/rouge.h"

namespace precis {
namespace {

using rouge_testing::ExpectedTable;
using rouge_testing::VectorCase;

std::string Fixed5(double x) {
  char buf[64];
  std::snprintf(buf, sizeof(buf), "%.5f", x);
  return buf;
}

class RougeVectorsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!rouge_testing::LoadVectors(&cases_))
      GTEST_SKIP() << "cannot read " << rouge_testing::VectorsPath()
                   << " (the ../shared folder is missing)";
    ASSERT_EQ(cases_.size(), 158u);
  }

  // Scores every case under `flagset` and returns the mismatches as readable lines; *checked
  // counts the compared numbers.
  std::vector<std::string> Compare(const std::string& flagset, bool exceptions, size_t* checked) {
    RougeOptions options = rouge_testing::VectorFlagsets().at(flagset);
    options.use_exceptions = exceptions;
    std::unique_ptr<RougeScorer> scorer;
    Status st = RougeScorer::Create(options, &scorer);
    EXPECT_TRUE(st.ok()) << st.ToString();
    std::vector<std::string> errors;
    if (!st.ok()) return errors;
    const auto& metrics = scorer->metrics();
    for (const VectorCase& c : cases_) {
      const ExpectedTable& table = exceptions ? c.expected : c.expected_no_exceptions;
      auto expected = table.find(flagset);
      if (expected == table.end()) {
        errors.push_back(c.name + ": no expected scores for " + flagset);
        continue;
      }
      scorer->SetModels(c.references);
      RougeEvalResult result;
      st = scorer->Score(c.summary, &result);
      if (!st.ok()) {
        errors.push_back(c.name + ": " + st.ToString());
        continue;
      }
      if (expected->second.size() != metrics.size())
        errors.push_back(c.name + ": expected " + std::to_string(expected->second.size()) +
                         " metrics, computed " + std::to_string(metrics.size()));
      for (size_t m = 0; m < metrics.size(); ++m) {
        auto want = expected->second.find(metrics[m].label);
        if (want == expected->second.end()) {
          errors.push_back(c.name + ": unexpected metric " + metrics[m].label);
          continue;
        }
        const RougeScore& got = result.metrics[m];
        const std::pair<double, double> parts[] = {
            {want->second.r, got.recall}, {want->second.p, got.precision}, {want->second.f, got.f}};
        const char* names[] = {"R", "P", "F"};
        for (int k = 0; k < 3; ++k) {
          ++*checked;
          if (Fixed5(parts[k].first) != Fixed5(parts[k].second))
            errors.push_back(c.name + " " + flagset + (exceptions ? "" : " (no exceptions) ") +
                             " " + metrics[m].label + " " + names[k] + ": expected " +
                             Fixed5(parts[k].first) + ", got " + Fixed5(parts[k].second));
        }
      }
    }
    return errors;
  }

  void ExpectAllMatch(const std::string& flagset, bool exceptions) {
    size_t checked = 0;
    std::vector<std::string> errors = Compare(flagset, exceptions, &checked);
    std::string report;
    for (size_t i = 0; i < errors.size() && i < 30; ++i) report += "\n  " + errors[i];
    EXPECT_TRUE(errors.empty()) << errors.size() << " mismatches of " << checked << ":" << report;
    EXPECT_GE(checked, 158u * 3 * 3);
  }

  std::vector<VectorCase> cases_;
};

TEST_F(RougeVectorsTest, Duc04Words) { ExpectAllMatch("duc04_words", true); }
TEST_F(RougeVectorsTest, Duc04Bytes) { ExpectAllMatch("duc04_bytes", true); }
TEST_F(RougeVectorsTest, Stopwords) { ExpectAllMatch("stopwords", true); }
TEST_F(RougeVectorsTest, NostemFull) { ExpectAllMatch("nostem_full", true); }
TEST_F(RougeVectorsTest, Duc04WordsNoExceptions) { ExpectAllMatch("duc04_words", false); }
TEST_F(RougeVectorsTest, Duc04BytesNoExceptions) { ExpectAllMatch("duc04_bytes", false); }
TEST_F(RougeVectorsTest, StopwordsNoExceptions) { ExpectAllMatch("stopwords", false); }

// The comparison itself must be able to fail: one wrong option shows up as mismatches.
TEST_F(RougeVectorsTest, DetectsAWrongOption) {
  size_t checked = 0;
  // Scoring the duc04_words expectations without the exception table must differ somewhere.
  RougeOptions options = rouge_testing::VectorFlagsets().at("duc04_words");
  options.use_exceptions = false;
  std::unique_ptr<RougeScorer> scorer;
  ASSERT_TRUE(RougeScorer::Create(options, &scorer).ok());
  size_t differing = 0;
  for (const VectorCase& c : cases_) {
    scorer->SetModels(c.references);
    RougeEvalResult result;
    ASSERT_TRUE(scorer->Score(c.summary, &result).ok());
    const auto& want = c.expected.at("duc04_words").at("ROUGE-1");
    ++checked;
    if (Fixed5(want.r) != Fixed5(result.metrics[0].recall)) ++differing;
  }
  EXPECT_GT(differing, 0u) << "of " << checked;
}

}  // namespace
}  // namespace precis
