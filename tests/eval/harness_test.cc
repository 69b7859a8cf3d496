// The evaluation harness, the oracle and the paired bootstrap.
#include <gtest/gtest.h>

#include "precis/eval.h"
#include "precis/text.h"

namespace precis {
namespace {

Cluster FloodCluster() {
  Cluster c;
  c.id = "flood";
  c.articles.push_back({"a", "", "2024-03-01", "", "",
                        "Heavy rain flooded the river town of Elmhurst on Friday. Crews used "
                        "boats to rescue families from rooftops. The mayor asked residents to "
                        "stay away from the river until the water falls."});
  c.articles.push_back({"b", "", "2024-03-02", "", "",
                        "Officials said flood damage in Elmhurst would take months to repair. "
                        "The state will ask for federal disaster aid for the town. Schools "
                        "will stay closed for the rest of the week."});
  c.references = {"Heavy rain flooded Elmhurst. Crews rescued families by boat. The state will "
                  "ask for federal disaster aid.",
                  "Elmhurst flooded on Friday; the state will seek federal disaster aid."};
  return c;
}

TEST(Evaluate, ScoresEveryMethodAndTheOracleBoundsThem) {
  EvalOptions o;
  o.methods = {"lead", "centroid", "auto", kOracleMethod};
  o.summarize.budget.limit = 20;
  o.rouge.word_limit = 20;
  o.rouge.resamples = 10;
  std::vector<MethodEval> out;
  size_t skipped = 9;
  Cluster no_refs = FloodCluster();
  no_refs.id = "no-refs";
  no_refs.references.clear();
  ASSERT_TRUE(Evaluate({FloodCluster(), no_refs}, o, &out, &skipped).ok());
  EXPECT_EQ(skipped, 1u);
  ASSERT_EQ(out.size(), 4u);
  const size_t r2 = 1;  // ROUGE-1, ROUGE-2, ROUGE-L, ROUGE-SU4
  ASSERT_EQ(out[0].metrics[r2].label, "ROUGE-2");
  for (const MethodEval& m : out) {
    ASSERT_EQ(m.clusters.size(), 1u);
    EXPECT_EQ(m.clusters[0].cluster_id, "flood");
    EXPECT_GT(m.averages[0].recall.mean, 0.0) << m.method;
    EXPECT_LE(m.clusters[0].summary.words, 40u) << m.method;  // truncated to 20, +1 sentence
  }
  const double oracle = out[3].averages[r2].recall.mean;
  for (size_t i = 0; i < 3; ++i) EXPECT_GE(oracle, out[i].averages[r2].recall.mean) << out[i].method;
}

// A system's summaries score exactly as the method that wrote them; a reference given as the
// summary scores recall 1.
TEST(Evaluate, SummariesFromElsewhereScoreAsTheMethodThatWroteThem) {
  EvalOptions o;
  o.methods = {"lead"};
  o.rouge.resamples = 10;
  std::vector<MethodEval> out;
  ASSERT_TRUE(Evaluate({FloodCluster()}, o, &out).ok());
  SystemSummaries copy{"copy", {}};
  for (const SummarySentence& s : out[0].clusters[0].summary.sentences) {
    copy.summaries["flood"].push_back(s.text);
  }
  o.systems = {copy, {"reference", {{"flood", {FloodCluster().references[0]}}}}};
  std::vector<MethodEval> both;
  ASSERT_TRUE(Evaluate({FloodCluster()}, o, &both).ok());
  ASSERT_EQ(both.size(), 3u);
  EXPECT_EQ(both[1].method, "copy");
  for (size_t k = 0; k < both[0].metrics.size(); ++k) {
    EXPECT_EQ(both[1].clusters[0].rouge.metrics[k].recall,
              both[0].clusters[0].rouge.metrics[k].recall);
  }
  // The reference, short and on point, is more precise than the whole lead.
  EXPECT_GT(both[2].clusters[0].rouge.metrics[0].precision,
            both[0].clusters[0].rouge.metrics[0].precision);
  EXPECT_EQ(both[2].clusters[0].summary.words, CountWords(FloodCluster().references[0]));
  // Systems alone, without a method.
  o.methods.clear();
  ASSERT_TRUE(Evaluate({FloodCluster()}, o, &out).ok());
  EXPECT_EQ(out.size(), 2u);
}

TEST(Evaluate, RejectsBadRequests) {
  std::vector<MethodEval> out;
  EvalOptions o;
  EXPECT_EQ(Evaluate({FloodCluster()}, o, &out).code(), Status::Code::kInvalidArgument);  // no method
  o.methods = {"nosuch"};
  EXPECT_EQ(Evaluate({FloodCluster()}, o, &out).code(), Status::Code::kInvalidArgument);
  o.methods = {"lead"};
  Cluster c = FloodCluster();
  c.references.clear();
  EXPECT_EQ(Evaluate({c}, o, &out).code(), Status::Code::kDataError);  // no references: data
  // Summaries from elsewhere must cover every cluster with references.
  o.systems.push_back({"mine", {{"other", {"A sentence."}}}});
  const Status missing = Evaluate({FloodCluster()}, o, &out);
  EXPECT_EQ(missing.code(), Status::Code::kDataError);
  EXPECT_NE(missing.message().find("summaries 'mine': no summary of cluster"), std::string::npos)
      << missing.message();
  o.systems.clear();
  o.rouge.word_limit = 10;
  o.rouge.byte_limit = 10;  // -l with -b
  EXPECT_EQ(Evaluate({FloodCluster()}, o, &out).code(), Status::Code::kInvalidArgument);
}

TEST(Evaluate, ResultsDoNotDependOnThreads) {
  EvalOptions o;
  o.methods = {"lexrank"};
  o.rouge.resamples = 20;
  std::vector<Cluster> clusters;
  for (int i = 0; i < 6; ++i) {
    clusters.push_back(FloodCluster());
    clusters.back().id = "c" + std::to_string(i);
  }
  std::vector<MethodEval> one, two;
  o.threads = 1;
  ASSERT_TRUE(Evaluate(clusters, o, &one).ok());
  o.threads = 3;
  ASSERT_TRUE(Evaluate(clusters, o, &two).ok());
  for (size_t k = 0; k < one[0].averages.size(); ++k) {
    EXPECT_EQ(one[0].averages[k].recall.mean, two[0].averages[k].recall.mean);
  }
}

TEST(Evaluate, ReportsProgressOncePerSummary) {
  EvalOptions o;
  o.methods = {"lead", "centroid"};
  o.rouge.resamples = 10;
  o.threads = 3;
  std::vector<Cluster> clusters(5, FloodCluster());
  for (size_t i = 0; i < clusters.size(); ++i) clusters[i].id = "c" + std::to_string(i);
  std::vector<size_t> seen;
  size_t total_seen = 0;
  o.progress = [&](size_t done, size_t total) {  // one call at a time, so no lock here
    seen.push_back(done);
    total_seen = total;
  };
  std::vector<MethodEval> out;
  ASSERT_TRUE(Evaluate(clusters, o, &out).ok());
  EXPECT_EQ(total_seen, 10u);
  ASSERT_EQ(seen.size(), 10u);
  for (size_t k = 0; k < seen.size(); ++k) EXPECT_EQ(seen[k], k + 1);
}

TEST(Oracle, PicksTheSentencesTheReferencesShare) {
  SummarizeOptions o;
  o.budget.limit = 12;
  RougeOptions r;
  r.max_n = 2;
  r.stem = true;
  Summary s;
  ASSERT_TRUE(OracleSummary(FloodCluster(), o, r, &s).ok());
  ASSERT_FALSE(s.sentences.empty());
  EXPECT_EQ(s.method, "oracle");
  EXPECT_NE(s.sentences[0].text.find("federal disaster aid"), std::string::npos)
      << s.sentences[0].text;
}

TEST(PairedBootstrap, ClearWinnerLoserAndTie) {
  const std::vector<double> low = {0.1, 0.2, 0.15, 0.12, 0.18, 0.11, 0.16, 0.14};
  std::vector<double> high = low;
  for (double& x : high) x += 0.05;
  EXPECT_EQ(PairedBootstrapPValue(high, low), 0.0);  // better on every cluster
  EXPECT_EQ(PairedBootstrapPValue(low, high), 1.0);
  EXPECT_EQ(PairedBootstrapPValue(low, low), 1.0);   // never strictly better
  // Mixed: better on half by a little, worse on half by a little: not significant.
  std::vector<double> mixed = low;
  for (size_t i = 0; i < mixed.size(); ++i) mixed[i] += (i % 2 ? 0.01 : -0.01);
  const double p = PairedBootstrapPValue(mixed, low, 1000, 7);
  EXPECT_GT(p, 0.2);
  EXPECT_LT(p, 0.8);
  EXPECT_EQ(p, PairedBootstrapPValue(mixed, low, 1000, 7));  // deterministic
  EXPECT_EQ(PairedBootstrapPValue({}, {}), 1.0);
}

}  // namespace
}  // namespace precis
