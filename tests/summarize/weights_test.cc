// The weights file (precis/weights.h): the shipped file is the built-in
// defaults, a file round-trips, every malformed file is refused naming the file
// and the field, and the weights reach the concepts.
#include "precis/weights.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "precis/summarize.h"
#include "summarize/analysis.h"
#include "summarize/concepts.h"

namespace precis {
namespace {

const std::string kShipped = std::string(PRECIS_SOURCE_DIR) + "/data/weights.json";

TEST(Weights, ShippedFileIsTheBuiltInDefault) {
  SummaryWeights w;
  w.generic.lead_bonus = -1;  // overwritten by a successful load
  const Status s = LoadWeights(kShipped, &w);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(w, SummaryWeights());
  EXPECT_EQ(SummarizeOptions().weights, SummaryWeights());
}

TEST(Weights, FormatParsesBack) {
  SummaryWeights w;
  w.generic = {1.5, 8, 0.45, 1.01};
  w.query = {0.6, 2.4, 1};
  const std::string text = FormatWeights(w, "fit on \"A\", checked on B");
  SummaryWeights back;
  const Status s = ParseWeights(text, "round.json", &back);
  ASSERT_TRUE(s.ok()) << s.ToString() << "\n" << text;
  EXPECT_EQ(back, w);
  EXPECT_NE(back, SummaryWeights());
  // Without provenance the text is still a valid file.
  ASSERT_TRUE(ParseWeights(FormatWeights(SummaryWeights()), "d.json", &back).ok());
  EXPECT_EQ(back, SummaryWeights());
}

// The shipped file's text with `from` replaced by `to`.
std::string Edited(const std::string& from, const std::string& to) {
  std::string text = FormatWeights(SummaryWeights(), "x");
  const size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

TEST(Weights, MalformedFilesNameTheFileAndTheField) {
  struct Case {
    std::string text;
    std::string says;
  };
  const Case cases[] = {
      {"{\"format\": ", "not valid JSON"},
      {"[1, 2]", "not a JSON object"},
      {Edited("\"precis-weights\"", "\"other\""), "\"format\""},
      {Edited("\"version\": 2", "\"version\": 3"), "version 3 is not supported"},
      {Edited("\"version\": 2", "\"version\": 0"), "version 0 is not supported"},
      {Edited("\"version\": 2", "\"version\": \"2\""), "\"version\""},
      {Edited("\"version\": 2,", ""), "\"version\""},
      {Edited("    \"lead_bonus\": 16,\n", ""), "missing field \"generic.lead_bonus\""},
      {Edited("\"title_weight\"", "\"title_weigth\""), "unknown field \"query.title_weigth\""},
      {Edited("\"provenance\": \"x\"", "\"comment\": \"x\""), "unknown field \"comment\""},
      {Edited("\"provenance\": \"x\"", "\"provenance\": 3"), "\"provenance\""},
      {Edited("\"unigram_weight\": 0.3", "\"unigram_weight\": \"0.3\""),
       "\"generic.unigram_weight\" must be a number"},
      {Edited("\"unigram_weight\": 0.3", "\"unigram_weight\": 1.5"),
       "generic.unigram_weight is 1.5, outside [0, 1]"},
      {Edited("\"df_power\": 2", "\"df_power\": -2"), "generic.df_power is -2"},
      {Edited("\"query\": {", "\"query\": 5, \"zz\": {"), "\"query\" must be an object"},
  };
  for (const Case& c : cases) {
    SummaryWeights w;
    w.generic.lead_bonus = 3;
    const Status s = ParseWeights(c.text, "my/weights.json", &w);
    EXPECT_EQ(s.code(), Status::Code::kDataError) << c.text;
    EXPECT_EQ(s.message().rfind("my/weights.json: ", 0), 0u) << s.message();
    EXPECT_NE(s.message().find(c.says), std::string::npos) << s.message();
    EXPECT_EQ(w.generic.lead_bonus, 3) << "a refused file must leave the output alone";
  }
}

TEST(Weights, MissingFileIsNotFound) {
  SummaryWeights w;
  const Status s = LoadWeights("/nonexistent/precis-weights.json", &w);
  EXPECT_EQ(s.code(), Status::Code::kNotFound);
  EXPECT_NE(s.message().find("/nonexistent/precis-weights.json"), std::string::npos);
}

TEST(Weights, SummarizeRefusesWeightsOutOfRange) {
  Cluster c;
  c.articles.push_back({"1", "", "", "", "", "Red apples fell in the orchard on a Monday."});
  SummarizeOptions o;
  o.weights.query.concept_boost = -1;
  Summary out;
  const Status s = Summarize(c, o, nullptr, &out);
  EXPECT_EQ(s.code(), Status::Code::kInvalidArgument);
  EXPECT_NE(s.message().find("query.concept_boost"), std::string::npos) << s.message();
}

double WeightOf(const summarize::ClusterAnalysis& a, const summarize::Concepts& k,
                std::string_view stem) {
  for (size_t i = 0; i < k.size(); ++i) {
    if (k.second[i] == summarize::Concepts::kUnigram &&
        a.vocab[k.first[i] & ~summarize::ClusterAnalysis::kStopWord] == stem) {
      return k.weight[i];
    }
  }
  return -1;
}

TEST(Weights, GenericWeightsShapeTheConcepts) {
  Cluster c;
  c.articles.push_back({"1", "", "", "", "", "Red apples fell. Red apples fell again today."});
  c.articles.push_back({"2", "", "", "", "", "Red apples are sweet."});
  c.articles.push_back({"3", "", "", "", "", "Pears grew well. Green pears are sweet."});
  summarize::ClusterAnalysis a;
  ASSERT_TRUE(summarize::Analyze(c, SummarizeOptions(), nullptr, &a).ok());
  GenericWeights g;
  g.df_power = 3;
  g.lead_bonus = 5;
  g.unigram_weight = 0.5;
  const summarize::Concepts k = summarize::BuildConcepts(a, g, 2);
  // "sweet": df 2 (articles 2 and 3), lead df 1 (article 2).
  EXPECT_DOUBLE_EQ(WeightOf(a, k, "sweet"), 0.5 * (8.0 + 5.0 * 1));
  g.unigram_weight = 0;
  EXPECT_DOUBLE_EQ(WeightOf(a, summarize::BuildConcepts(a, g, 2), "sweet"), 0);
}

}  // namespace
}  // namespace precis
