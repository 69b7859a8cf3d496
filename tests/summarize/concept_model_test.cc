// Supervised concept weights (summarize/concept_features.h, ConceptModel in
// precis/weights.h): the features of a concept, the model replacing its weight,
// and the version-2 weights file that carries the model (version-1 files still
// load; bad models are refused naming the field).
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "precis/summarize.h"
#include "precis/weights.h"
#include "summarize/analysis.h"
#include "summarize/concept_features.h"
#include "summarize/concepts.h"

namespace precis {
namespace {

using summarize::ClusterAnalysis;
using summarize::Concepts;

size_t Feature(const char* name) {
  for (size_t j = 0; j < kConceptFeatureCount; ++j) {
    if (std::string(kConceptFeatures[j]) == name) return j;
  }
  ADD_FAILURE() << "no feature " << name;
  return 0;
}

// The id of the unigram concept with stem `stem`, or of the bigram "first
// second".
size_t ConceptId(const ClusterAnalysis& a, const Concepts& k, const std::string& first,
                 const std::string& second = "") {
  auto stem = [&](uint32_t w) { return a.vocab[w & ~ClusterAnalysis::kStopWord]; };
  for (size_t i = 0; i < k.size(); ++i) {
    const bool unigram = k.second[i] == Concepts::kUnigram;
    if (stem(k.first[i]) != first) continue;
    if (second.empty() ? unigram : (!unigram && stem(k.second[i]) == second)) return i;
  }
  ADD_FAILURE() << "no concept " << first << " " << second;
  return 0;
}

Cluster Orchard() {
  Cluster c;
  c.articles.push_back({"1", "", "", "", "", "Red apples fell. Red apples fell again today."});
  c.articles.push_back({"2", "", "", "", "", "Red apples are sweet."});
  c.articles.push_back({"3", "", "", "", "", "Pears grew well. Green pears are sweet."});
  c.articles.push_back({"4", "", "", "", "", "Farmers met. They talked. Red apples are cheap."});
  return c;
}

TEST(ConceptFeatures, CountGroupsPositionsAndWeights) {
  summarize::ClusterAnalysis a;
  ASSERT_TRUE(summarize::Analyze(Orchard(), SummarizeOptions(), nullptr, &a).ok());
  const GenericWeights g;
  const Concepts k = summarize::BuildConcepts(a, g, 2);
  const std::vector<double> f = summarize::ConceptFeatures(a, k, g);
  ASSERT_EQ(f.size(), k.size() * kConceptFeatureCount);
  auto at = [&](size_t id, const char* name) {
    return f[id * kConceptFeatureCount + Feature(name)];
  };

  // "sweet": articles 2 (first sentence) and 3 (second sentence) of 4 groups.
  const size_t sweet = ConceptId(a, k, "sweet");
  EXPECT_DOUBLE_EQ(at(sweet, "bias"), 1);
  EXPECT_DOUBLE_EQ(at(sweet, "df_share"), 0.5);
  EXPECT_DOUBLE_EQ(at(sweet, "df_share2"), 0.25);
  EXPECT_DOUBLE_EQ(at(sweet, "lead_share"), 0.25);
  EXPECT_DOUBLE_EQ(at(sweet, "lead3_share"), 0.5);
  EXPECT_DOUBLE_EQ(at(sweet, "log_tf"), std::log(3.0));
  EXPECT_DOUBLE_EQ(at(sweet, "first_position"), 1.0);
  EXPECT_DOUBLE_EQ(at(sweet, "stopword"), 0);
  EXPECT_DOUBLE_EQ(at(sweet, "query"), 0);
  EXPECT_DOUBLE_EQ(at(sweet, "sentence_words"), (4.0 + 4.0) / 2 / 25);
  EXPECT_GT(at(sweet, "idf"), 0);

  // "red apple": articles 1, 2 and 4; the earliest in article 4 is its third
  // sentence.
  const size_t red = ConceptId(a, k, "red", "appl");
  EXPECT_DOUBLE_EQ(at(red, "df_share"), 0.75);
  EXPECT_DOUBLE_EQ(at(red, "lead_share"), 0.5);
  EXPECT_DOUBLE_EQ(at(red, "lead3_share"), 0.75);
  EXPECT_DOUBLE_EQ(at(red, "log_tf"), std::log(5.0));
  EXPECT_DOUBLE_EQ(at(red, "stopword"), 0);
  // "appl are" holds a stopword.
  EXPECT_DOUBLE_EQ(at(ConceptId(a, k, "appl", "are"), "stopword"), 1);

  // base: the built-in weight over the largest; "red apple" (df 3, lead 2) is
  // the largest.
  double top = 0;
  for (double w : k.weight) top = std::max(top, w);
  EXPECT_DOUBLE_EQ(top, k.weight[red]);
  EXPECT_DOUBLE_EQ(at(red, "base"), 1.0);
  EXPECT_DOUBLE_EQ(at(sweet, "base"), k.weight[sweet] / top);
}

TEST(ConceptFeatures, QueryWordsAreCounted) {
  Cluster c = Orchard();
  c.query = "Which apples are sweet?";
  summarize::ClusterAnalysis a;
  ASSERT_TRUE(summarize::Analyze(c, SummarizeOptions(), nullptr, &a).ok());
  const Concepts k = summarize::BuildConcepts(a, GenericWeights(), 2);
  const std::vector<double> f = summarize::ConceptFeatures(a, k, GenericWeights());
  const size_t q = Feature("query");
  EXPECT_DOUBLE_EQ(f[ConceptId(a, k, "sweet") * kConceptFeatureCount + q], 1);
  EXPECT_GE(f[ConceptId(a, k, "appl", "are") * kConceptFeatureCount + q], 1);
  // Without the query every concept has 0.
  summarize::ClusterAnalysis plain;
  ASSERT_TRUE(summarize::Analyze(Orchard(), SummarizeOptions(), nullptr, &plain).ok());
  const Concepts kp = summarize::BuildConcepts(plain, GenericWeights(), 2);
  const std::vector<double> fp = summarize::ConceptFeatures(plain, kp, GenericWeights());
  for (size_t i = 0; i < kp.size(); ++i) EXPECT_EQ(fp[i * kConceptFeatureCount + q], 0);
}

TEST(ConceptModel, ReplacesTheWeights) {
  summarize::ClusterAnalysis a;
  ASSERT_TRUE(summarize::Analyze(Orchard(), SummarizeOptions(), nullptr, &a).ok());
  const GenericWeights g;
  Concepts k = summarize::BuildConcepts(a, g, 2);
  const Concepts before = k;
  summarize::ApplyConceptModel(a, ConceptModel(), g, &k);  // empty: no change
  EXPECT_EQ(k.weight, before.weight);

  ConceptModel m;
  m.bigram.assign(kConceptFeatureCount, 0.0);
  m.unigram.assign(kConceptFeatureCount, 0.0);
  m.bigram[Feature("df_share")] = 2;
  m.bigram[Feature("bias")] = -0.6;  // below 0 for df_share < 0.3: clamped to 0
  m.unigram[Feature("lead_share")] = 1;
  m.power = 2;
  summarize::ApplyConceptModel(a, m, g, &k);
  const size_t red = ConceptId(a, k, "red", "appl");
  EXPECT_DOUBLE_EQ(k.weight[red], std::pow(2 * 0.75 - 0.6, 2));
  EXPECT_DOUBLE_EQ(k.weight[ConceptId(a, k, "sweet")], std::pow(0.25, 2));
  for (double w : k.weight) EXPECT_GE(w, 0);
}

ConceptModel SomeModel() {
  ConceptModel m;
  for (size_t j = 0; j < kConceptFeatureCount; ++j) {
    m.bigram.push_back(0.125 * static_cast<double>(j) - 0.5);
    m.unigram.push_back(-0.0625 * static_cast<double>(j) + 0.25);
  }
  m.power = 1.5;
  return m;
}

TEST(ConceptModelFile, VersionTwoRoundTripsAndVersionOneStillLoads) {
  SummaryWeights w;
  w.concepts = SomeModel();
  const std::string text = FormatWeights(w, "test");
  EXPECT_NE(text.find("\"version\": 2"), std::string::npos) << text;
  SummaryWeights back;
  ASSERT_TRUE(ParseWeights(text, "m.json", &back).ok()) << text;
  EXPECT_EQ(back, w);
  // "always" is the default and is not written; "with_query" is.
  EXPECT_EQ(text.find("\"use\""), std::string::npos) << text;
  w.concepts.use = ConceptModel::Use::kWithQuery;
  const std::string with_query = FormatWeights(w, "test");
  EXPECT_NE(with_query.find("\"use\": \"with_query\""), std::string::npos) << with_query;
  ASSERT_TRUE(ParseWeights(with_query, "m.json", &back).ok()) << with_query;
  EXPECT_EQ(back, w);
  // Without a model the file is written as version 1, and a version-1 file
  // loads as before: no model.
  SummaryWeights none;
  none.concepts = ConceptModel();
  const std::string v1 = FormatWeights(none);
  EXPECT_NE(v1.find("\"version\": 1"), std::string::npos);
  EXPECT_EQ(v1.find("concept_model"), std::string::npos);
  back = w;
  ASSERT_TRUE(ParseWeights(v1, "v1.json", &back).ok());
  EXPECT_EQ(back, none);
  EXPECT_TRUE(back.concepts.empty());
  // Version 2 without a model has none either.
  std::string v2 = v1;
  v2.replace(v2.find("\"version\": 1"), 12, "\"version\": 2");
  ASSERT_TRUE(ParseWeights(v2, "v2.json", &back).ok());
  EXPECT_EQ(back, none);
}

TEST(ConceptModelFile, BadModelsNameTheField) {
  SummaryWeights w;
  w.concepts = SomeModel();
  const std::string good = FormatWeights(w, "x");
  auto edited = [&](const std::string& from, const std::string& to) {
    std::string text = good;
    const size_t at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    if (at != std::string::npos) text.replace(at, from.size(), to);
    return text;
  };
  struct Case {
    std::string text;
    std::string says;
  };
  const Case cases[] = {
      {edited("\"version\": 2", "\"version\": 1"), "\"concept_model\" needs version 2"},
      {edited("\"power\": 1.5", "\"power\": 9"), "\"concept_model.power\" must be a number"},
      {edited("\"power\": 1.5,", ""), "missing field \"concept_model.power\""},
      {edited("\"power\": 1.5", "\"powr\": 1.5"), "unknown field \"concept_model.powr\""},
      {edited("\"unigram\": {", "\"unigram\": 4, \"u\": {"), "unknown field \"concept_model.u\""},
      {edited("      \"idf\": 0.375,\n", ""), "missing field \"concept_model.bigram.idf\""},
      {edited("\"idf\": 0.375", "\"idf_\": 0.375"), "unknown field \"concept_model.bigram.idf_\""},
      {edited("\"idf\": 0.375", "\"idf\": \"0.375\""),
       "\"concept_model.bigram.idf\" must be a number"},
      {edited("\"idf\": 0.375", "\"idf\": 1e300"), "\"concept_model.bigram.idf\" must be a number"},
      {edited("\"concept_model\": {", "\"concept_model\": [], \"zz\": {"), "unknown field \"zz\""},
      {edited("\"concept_model\": {", "\"concept_model\": 7, \"unused\": {"),
       "unknown field \"unused\""},
      {edited("\"power\": 1.5,", "\"power\": 1.5, \"use\": \"sometimes\","),
       "\"concept_model.use\" must be \"always\" or \"with_query\""},
      {edited("\"power\": 1.5,", "\"power\": 1.5, \"use\": 1,"),
       "\"concept_model.use\" must be \"always\" or \"with_query\""},
  };
  // A model that is not an object, and one without "unigram".
  SummaryWeights none;
  none.concepts = ConceptModel();
  std::string not_object = FormatWeights(none);
  not_object.replace(not_object.find("\"version\": 1,"), 13,
                     "\"version\": 2, \"concept_model\": 7,");
  nlohmann::json no_unigram = nlohmann::json::parse(good);
  no_unigram["concept_model"].erase("unigram");
  std::vector<Case> all(std::begin(cases), std::end(cases));
  all.push_back({not_object, "field \"concept_model\" must be an object"});
  all.push_back({no_unigram.dump(), "missing field \"concept_model.unigram\""});
  for (const Case& c : all) {
    SummaryWeights out;
    const Status s = ParseWeights(c.text, "model.json", &out);
    EXPECT_EQ(s.code(), Status::Code::kDataError) << c.text;
    EXPECT_EQ(s.message().rfind("model.json: ", 0), 0u) << s.message();
    EXPECT_NE(s.message().find(c.says), std::string::npos) << s.message() << "\n" << c.text;
    EXPECT_EQ(out, SummaryWeights()) << "a refused file must leave the output alone";
  }
}

// The built-in model applies only with a query: without one the concepts keep
// their GenericWeights weights; with one the model replaces them.
TEST(ConceptModel, DefaultModelAppliesOnlyWithAQuery) {
  const ConceptModel& m = SummarizeOptions().weights.concepts;
  ASSERT_FALSE(m.empty());
  EXPECT_EQ(m.use, ConceptModel::Use::kWithQuery);
  EXPECT_FALSE(m.AppliesTo(false));
  EXPECT_TRUE(m.AppliesTo(true));
  EXPECT_TRUE(CheckWeights(SummaryWeights()).ok());
  const GenericWeights g;
  for (const bool with_query : {false, true}) {
    SummarizeOptions o;
    if (with_query) o.query = "Why are red apples sweet?";
    summarize::ClusterAnalysis a;
    ASSERT_TRUE(summarize::Analyze(Orchard(), o, nullptr, &a).ok());
    ASSERT_EQ(a.query.empty(), !with_query);
    const Concepts before = summarize::BuildConcepts(a, g);
    Concepts after = before;
    summarize::ApplyConceptModel(a, m, g, &after);
    const std::vector<double> f = summarize::ConceptFeatures(a, before, g);
    size_t changed = 0;
    for (size_t k = 0; k < before.size(); ++k) {
      if (after.weight[k] != before.weight[k]) ++changed;
      if (!with_query) continue;
      const std::vector<double>& c = before.second[k] == Concepts::kUnigram ? m.unigram : m.bigram;
      double v = 0;
      for (size_t j = 0; j < kConceptFeatureCount; ++j) v += c[j] * f[k * kConceptFeatureCount + j];
      EXPECT_DOUBLE_EQ(after.weight[k], std::max(0.0, v)) << k;
    }
    if (with_query) {
      EXPECT_GT(changed, 0u);
    } else {
      EXPECT_EQ(changed, 0u);
    }
  }
  // A model for every summary applies without a query too.
  ConceptModel always = m;
  always.use = ConceptModel::Use::kAlways;
  EXPECT_TRUE(always.AppliesTo(false));
  EXPECT_FALSE(ConceptModel().AppliesTo(true));
}

TEST(ConceptModel, SummarizeChecksTheModel) {
  Cluster c = Orchard();
  SummarizeOptions o;
  o.weights.concepts.bigram = {1, 2};  // too short
  o.weights.concepts.unigram = {1, 2};
  Summary out;
  const Status s = Summarize(c, o, nullptr, &out);
  EXPECT_EQ(s.code(), Status::Code::kInvalidArgument);
  EXPECT_NE(s.message().find("concept_model.bigram"), std::string::npos) << s.message();
  // A whole model is accepted and used by the default method.
  o.weights.concepts = SomeModel();
  EXPECT_TRUE(Summarize(c, o, nullptr, &out).ok());
  EXPECT_FALSE(out.sentences.empty());
}

}  // namespace
}  // namespace precis

namespace precis {
namespace {

// The shipped "always" model (an option, docs/quality.md) loads and keeps the built-in generic
// and query weights; it holds the same coefficients as the default model, which data/weights.json
// uses only with a query.
TEST(ConceptModelFile, ShippedModelsAreTheDefaultModel) {
  SummaryWeights w;
  const Status s =
      LoadWeights(std::string(PRECIS_SOURCE_DIR) + "/data/weights-concepts-duc2006.json", &w);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(w.generic, GenericWeights());
  EXPECT_EQ(w.query, QueryWeights());
  EXPECT_EQ(w.concepts.use, ConceptModel::Use::kAlways);
  EXPECT_EQ(w.concepts.bigram, DefaultConceptModel().bigram);
  EXPECT_EQ(w.concepts.unigram, DefaultConceptModel().unigram);
  EXPECT_EQ(w.concepts.power, DefaultConceptModel().power);
  SummaryWeights shipped;
  ASSERT_TRUE(LoadWeights(std::string(PRECIS_SOURCE_DIR) + "/data/weights.json", &shipped).ok());
  EXPECT_EQ(shipped.concepts.use, ConceptModel::Use::kWithQuery);
  EXPECT_EQ(shipped.concepts, DefaultConceptModel());
}

}  // namespace
}  // namespace precis
