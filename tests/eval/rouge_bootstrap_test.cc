// drand48, the bootstrap averages and confidence intervals (SPEC 8): E11 and the corpus
// averages E15 of ../shared/rouge/vectors.jsonl.
#include "eval/rouge_bootstrap.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "eval/rouge_vectors.h"
#include "precis/rouge.h"

namespace precis {
namespace {

std::string F5(double x) {
  char buf[64];
  std::snprintf(buf, sizeof(buf), "%.5f", x);
  return buf;
}

TEST(RougeBootstrapTest, Drand48CheckValues) {
  rouge::Drand48 zero(0);
  EXPECT_EQ(zero.Next(), 0.17082803610628972);
  EXPECT_EQ(zero.Next(), 0.74990198048496381);
  EXPECT_EQ(zero.Next(), 0.09637165562356742);
  rouge::Drand48 one(1);
  EXPECT_EQ(one.Next(), 0.041630344771878214);
  EXPECT_EQ(one.Next(), 0.45449244472862915);
}

TEST(RougeBootstrapTest, IntervalInterpolation) {
  std::vector<double> a(100);
  for (int i = 0; i < 100; ++i) a[i] = i;
  // Rn = 100, c = 95: delta = 2.5, la = 2, ua = 96, rho = 0.5 for both bounds.
  RougeInterval in = rouge::RougeBootstrapInterval(a, 95);
  EXPECT_DOUBLE_EQ(in.low, 2.5);
  EXPECT_DOUBLE_EQ(in.high, 96.5);
  EXPECT_DOUBLE_EQ(in.mean, 49.5);
  // c = 100: the upper bound interpolates towards the index past the end, which reads 0.
  RougeInterval full = rouge::RougeBootstrapInterval(a, 100);
  EXPECT_DOUBLE_EQ(full.low, 0);
  EXPECT_DOUBLE_EQ(full.high, 99);
}

// E11: three evaluations with ids 1, 2, 10 (bootstrap order 1.S, 10.S, 2.S).
std::vector<RougeEvalResult> E11Results(RougeCounting counting) {
  RougeOptions o;
  o.max_n = 1;
  o.lcs = false;
  o.counting = counting;
  std::unique_ptr<RougeScorer> scorer;
  EXPECT_TRUE(RougeScorer::Create(o, &scorer).ok());
  struct Case {
    const char* id;
    std::string peer, model;
  } cases[] = {{"1.S", "the cat sat on the mat", "the cat was on the mat"},
               {"2.S", "a quick brown fox", "the quick brown fox jumps"},
               {"10.S", "dogs bark", "cats meow loudly at night"}};
  std::vector<RougeEvalResult> results;
  for (const Case& c : cases) {
    std::vector<std::vector<std::string>> models = {{c.model}};
    scorer->SetModels(models);
    RougeEvalResult r;
    std::vector<std::string> peer = {c.peer};
    EXPECT_TRUE(scorer->Score(peer, &r).ok());
    r.id = c.id;
    results.push_back(r);
  }
  return results;
}

TEST(RougeBootstrapTest, E11PerEvaluationAverage) {
  RougeOptions o;
  std::vector<RougeEvalResult> results = E11Results(RougeCounting::kEvaluation);
  EXPECT_EQ(F5(results[0].metrics[0].recall), "0.83333");
  EXPECT_EQ(F5(results[1].metrics[0].f), "0.66667");
  RougeAverage avg = RougeCorpusAverage(results, 0, o);
  EXPECT_EQ(F5(avg.recall.mean), "0.47833");  // the plain mean would be 0.47778
  EXPECT_EQ(F5(avg.precision.mean), "0.52833");
  EXPECT_EQ(F5(avg.f.mean), "0.50056");
  for (const RougeInterval* in : {&avg.recall, &avg.precision, &avg.f}) {
    EXPECT_EQ(F5(in->low), "0.00000");
    EXPECT_EQ(F5(in->high), "0.83333");
  }
  // The result does not depend on the order the caller passes evaluations in.
  std::swap(results[0], results[2]);
  EXPECT_EQ(F5(RougeCorpusAverage(results, 0, o).recall.mean), "0.47833");
  // Another seed gives other replicates.
  double mean = RougeCorpusAverage(results, 0, o).recall.mean;
  o.seed = 100000;
  EXPECT_NE(RougeCorpusAverage(results, 0, o).recall.mean, mean);
}

TEST(RougeBootstrapTest, E11TokenTotals) {
  RougeOptions o;
  o.counting = RougeCounting::kTokenTotals;
  std::vector<RougeEvalResult> results = E11Results(o.counting);
  const RougeScore& s = results[0].metrics[0];
  EXPECT_EQ(s.model_count, 6);
  EXPECT_EQ(s.peer_count, 6);
  EXPECT_EQ(s.hit_count, 5);
  EXPECT_EQ(results[2].metrics[0].peer_count, 2);
  RougeAverage avg = RougeCorpusAverage(results, 0, o);
  EXPECT_EQ(F5(avg.recall.mean), "0.49252");
  EXPECT_EQ(F5(avg.precision.mean), "0.62602");
  EXPECT_EQ(F5(avg.f.mean), "0.54781");
  EXPECT_EQ(F5(avg.recall.low), "0.00000");
  EXPECT_EQ(F5(avg.recall.high), "0.83333");
}

TEST(RougeBootstrapTest, E11Sums) {
  RougeOptions o;
  o.counting = RougeCounting::kSums;
  std::vector<RougeEvalResult> results = E11Results(o.counting);
  RougeAverage avg = RougeCorpusAverage(results, 0, o);
  EXPECT_EQ(avg.model_count, 16);
  EXPECT_EQ(avg.peer_count, 12);
  EXPECT_EQ(avg.hit_count, 8);
}

TEST(RougeBootstrapTest, NoEvaluationsGiveZeros) {
  RougeAverage avg = RougeCorpusAverage({}, 0, RougeOptions());
  EXPECT_EQ(avg.recall.mean, 0);
  EXPECT_EQ(avg.f.high, 0);
}

// E15: corpus averages over the 158 cases, ids "0.S" ... "157.S".
class RougeCorpusTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!rouge_testing::LoadVectors(&cases_))
      GTEST_SKIP() << "cannot read " << rouge_testing::VectorsPath()
                   << " (the ../shared folder is missing)";
  }

  // Scores every case under `options` and returns the averages keyed by label.
  std::map<std::string, RougeAverage> Averages(const RougeOptions& options) {
    std::unique_ptr<RougeScorer> scorer;
    EXPECT_TRUE(RougeScorer::Create(options, &scorer).ok());
    std::vector<RougeEvalResult> results(cases_.size());
    for (size_t i = 0; i < cases_.size(); ++i) {
      scorer->SetModels(cases_[i].references);
      EXPECT_TRUE(scorer->Score(cases_[i].summary, &results[i]).ok());
      results[i].id = std::to_string(i) + ".S";
    }
    std::map<std::string, RougeAverage> out;
    for (size_t m = 0; m < scorer->metrics().size(); ++m)
      out[scorer->metrics()[m].label] = RougeCorpusAverage(results, m, options);
    plain_mean_r1_ = 0;
    for (const RougeEvalResult& r : results) plain_mean_r1_ += r.metrics[0].recall;
    plain_mean_r1_ /= static_cast<double>(results.size());
    return out;
  }

  static std::string Rpf(const RougeAverage& a) {
    return F5(a.recall.mean) + " " + F5(a.precision.mean) + " " + F5(a.f.mean);
  }

  std::vector<rouge_testing::VectorCase> cases_;
  double plain_mean_r1_ = 0;
};

TEST_F(RougeCorpusTest, Duc04Words) {
  auto avg = Averages(rouge_testing::VectorFlagsets().at("duc04_words"));
  EXPECT_EQ(Rpf(avg["ROUGE-1"]), "0.34192 0.34705 0.34154");
  EXPECT_EQ(F5(avg["ROUGE-1"].recall.low), "0.32701");
  EXPECT_EQ(F5(avg["ROUGE-1"].recall.high), "0.35751");
  EXPECT_EQ(F5(plain_mean_r1_), "0.34178");
  EXPECT_EQ(Rpf(avg["ROUGE-2"]), "0.07467 0.07480 0.07471");
  EXPECT_EQ(F5(avg["ROUGE-2"].recall.low), "0.06396");
  EXPECT_EQ(F5(avg["ROUGE-2"].recall.high), "0.08768");
  EXPECT_EQ(Rpf(avg["ROUGE-L"]), "0.30699 0.31206 0.30659");
  EXPECT_EQ(Rpf(avg["ROUGE-SU4"]), "0.11468 0.11455 0.11442");
}

TEST_F(RougeCorpusTest, Duc04Bytes) {
  auto avg = Averages(rouge_testing::VectorFlagsets().at("duc04_bytes"));
  EXPECT_EQ(Rpf(avg["ROUGE-1"]), "0.34790 0.34880 0.34522");
  EXPECT_EQ(Rpf(avg["ROUGE-2"]), "0.07603 0.07552 0.07571");
  EXPECT_EQ(Rpf(avg["ROUGE-L"]), "0.31343 0.31471 0.31097");
  EXPECT_EQ(Rpf(avg["ROUGE-W-1.2"]), "0.11159 0.19791 0.14088");
}

TEST_F(RougeCorpusTest, Stopwords) {
  auto avg = Averages(rouge_testing::VectorFlagsets().at("stopwords"));
  EXPECT_EQ(Rpf(avg["ROUGE-1"]), "0.24682 0.25826 0.24854");
  EXPECT_EQ(Rpf(avg["ROUGE-2"]), "0.05849 0.05938 0.05859");
  EXPECT_EQ(Rpf(avg["ROUGE-L"]), "0.22900 0.23997 0.23055");
}

TEST_F(RougeCorpusTest, NostemFull) {
  auto avg = Averages(rouge_testing::VectorFlagsets().at("nostem_full"));
  EXPECT_EQ(Rpf(avg["ROUGE-1"]), "0.34594 0.31617 0.32529");
  EXPECT_EQ(Rpf(avg["ROUGE-2"]), "0.07622 0.07003 0.07260");
  EXPECT_EQ(Rpf(avg["ROUGE-3"]), "0.02670 0.02509 0.02575");
  EXPECT_EQ(Rpf(avg["ROUGE-L"]), "0.31318 0.28681 0.29453");
  EXPECT_EQ(Rpf(avg["ROUGE-SU4"]), "0.11500 0.10384 0.10833");
}

TEST_F(RougeCorpusTest, HundredResamples) {  // -r 100 -c 95 -n 3 -2 4 -u -x
  RougeOptions o = rouge_testing::VectorFlagsets().at("nostem_full");
  o.lcs = false;
  o.resamples = 100;
  auto avg = Averages(o);
  EXPECT_EQ(F5(avg["ROUGE-3"].recall.mean), "0.02632");
  EXPECT_EQ(F5(avg["ROUGE-3"].recall.low), "0.01999");
  EXPECT_EQ(F5(avg["ROUGE-3"].recall.high), "0.03473");
  EXPECT_EQ(F5(avg["ROUGE-SU4"].recall.mean), "0.11482");
  EXPECT_EQ(F5(avg["ROUGE-SU4"].recall.low), "0.10638");
  EXPECT_EQ(F5(avg["ROUGE-SU4"].recall.high), "0.12414");
}

}  // namespace
}  // namespace precis
