// The worked examples E1-E14 of ../shared/rouge/SPEC.md section 12: exact script output.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "precis/rouge.h"

namespace precis {
namespace {

using Text = std::vector<std::string>;

std::string F5(double x) {
  char buf[64];
  std::snprintf(buf, sizeof(buf), "%.5f", x);
  return buf;
}

std::string G15(double x) {
  char buf[64];
  std::snprintf(buf, sizeof(buf), "%.15g", x);
  return buf;
}

// Scores one evaluation and returns its result; fails the test on error.
RougeEvalResult ScoreOne(const RougeOptions& options, const Text& peer,
                         const std::vector<Text>& models) {
  std::unique_ptr<RougeScorer> scorer;
  Status st = RougeScorer::Create(options, &scorer);
  EXPECT_TRUE(st.ok()) << st.ToString();
  RougeEvalResult result;
  if (!st.ok()) return result;
  scorer->SetModels(models);
  st = scorer->Score(peer, &result);
  EXPECT_TRUE(st.ok()) << st.ToString();
  return result;
}

std::vector<std::string> Labels(const RougeOptions& options) {
  std::vector<std::string> labels;
  for (const RougeMetric& m : RougeMetricsFor(options)) labels.push_back(m.label);
  return labels;
}

// "R P F" as the script prints them.
std::string Rpf(const RougeScore& s) {
  return F5(s.recall) + " " + F5(s.precision) + " " + F5(s.f);
}

TEST(RougeExamplesTest, E1Basic) {
  RougeOptions o;
  o.max_n = 2;
  EXPECT_EQ(Labels(o), (std::vector<std::string>{"ROUGE-1", "ROUGE-2", "ROUGE-L"}));
  RougeEvalResult r = ScoreOne(o, {"The cat sat on the mat."}, {{"The cat was on the mat."}});
  ASSERT_EQ(r.metrics.size(), 3u);
  EXPECT_EQ(Rpf(r.metrics[0]), "0.83333 0.83333 0.83333");
  EXPECT_EQ(Rpf(r.metrics[1]), "0.60000 0.60000 0.60000");
  EXPECT_EQ(Rpf(r.metrics[2]), "0.83333 0.83333 0.83333");
  EXPECT_EQ(r.peer_tokens, 6u);
}

TEST(RougeExamplesTest, E2ClippingAverageAndBest) {
  RougeOptions o;
  o.max_n = 1;
  o.lcs = false;
  const Text peer = {"the the the cat"};
  const std::vector<Text> models = {{"the cat sat"}, {"a dog barked loudly"}};
  RougeEvalResult a = ScoreOne(o, peer, models);
  ASSERT_EQ(a.metrics.size(), 1u);
  EXPECT_EQ(Rpf(a.metrics[0]), "0.28571 0.25000 0.26666");  // F from rounded R and P
  EXPECT_EQ(a.metrics[0].peer_count, 8);                    // peer count once per model
  o.combine = RougeModelCombine::kBest;
  RougeEvalResult b = ScoreOne(o, peer, models);
  EXPECT_EQ(Rpf(b.metrics[0]), "0.66667 0.50000 0.57143");
}

TEST(RougeExamplesTest, E3Alpha) {
  RougeOptions o;
  o.max_n = 1;
  o.lcs = false;
  o.alpha = 0.8;
  RougeEvalResult r = ScoreOne(o, {"the the the cat"}, {{"the cat sat"}, {"a dog barked loudly"}});
  EXPECT_EQ(Rpf(r.metrics[0]), "0.28571 0.25000 0.25641");
}

TEST(RougeExamplesTest, E4StemmingAndStopwords) {
  const Text peer = {"The runners were running quickly; the best runner ran."};
  const std::vector<Text> model = {{"A runner runs quick, better than the others."}};
  RougeOptions o;
  o.max_n = 1;
  o.lcs = false;
  EXPECT_EQ(Rpf(ScoreOne(o, peer, model).metrics[0]), "0.25000 0.22222 0.23529");
  o.stem = true;
  EXPECT_EQ(Rpf(ScoreOne(o, peer, model).metrics[0]), "0.50000 0.44444 0.47059");
  o.remove_stopwords = true;
  RougeEvalResult r = ScoreOne(o, peer, model);
  EXPECT_EQ(Rpf(r.metrics[0]), "0.66667 0.40000 0.50000");
  EXPECT_EQ(r.peer_tokens, 5u);  // runner run quickli runner ran
}

TEST(RougeExamplesTest, E5WordLimitCountsPunctuation) {
  const Text peer = {"Hello , world -- big-bang !", "second line here"};
  const std::vector<Text> model = {{"hello world big bang second line"}};
  RougeOptions o;
  o.max_n = 1;
  o.word_limit = 4;
  RougeEvalResult r4 = ScoreOne(o, peer, model);
  EXPECT_EQ(Rpf(r4.metrics[0]), "0.50000 1.00000 0.66667");
  EXPECT_EQ(Rpf(r4.metrics[1]), "0.50000 1.00000 0.66667");
  o.word_limit = 6;
  RougeEvalResult r6 = ScoreOne(o, peer, model);
  EXPECT_EQ(Rpf(r6.metrics[0]), "0.66667 1.00000 0.80000");
  EXPECT_EQ(Rpf(r6.metrics[1]), "0.66667 1.00000 0.80000");
}

TEST(RougeExamplesTest, E6LeadingWhitespaceIsAWord) {
  RougeOptions o;
  o.max_n = 1;
  o.lcs = false;
  o.word_limit = 2;
  RougeEvalResult r = ScoreOne(o, {"   alpha beta gamma"}, {{"alpha beta gamma"}});
  EXPECT_EQ(Rpf(r.metrics[0]), "0.50000 1.00000 0.66667");
}

TEST(RougeExamplesTest, E7ByteLimitBugInLcs) {
  RougeOptions o;
  o.max_n = 1;
  o.byte_limit = 8;
  const Text text = {"aaa bbb", "ccc ddd"};
  RougeEvalResult r = ScoreOne(o, text, {text});
  EXPECT_EQ(Rpf(r.metrics[0]), "1.00000 1.00000 1.00000");
  EXPECT_EQ(Rpf(r.metrics[1]), "0.50000 0.66667 0.57143");
}

TEST(RougeExamplesTest, E8SkipBigrams) {
  const Text peer = {"police killed the gunman"};
  const std::vector<Text> model = {{"police kill the gunman"}};
  RougeOptions o;
  o.lcs = false;
  o.skip_bigrams = true;
  o.skip_distance = -1;
  EXPECT_EQ(Labels(o), std::vector<std::string>{"ROUGE-S*"});
  EXPECT_EQ(Rpf(ScoreOne(o, peer, model).metrics[0]), "0.50000 0.50000 0.50000");
  o.skip_unigrams = true;
  EXPECT_EQ(Labels(o), std::vector<std::string>{"ROUGE-SU*"});
  EXPECT_EQ(Rpf(ScoreOne(o, peer, model).metrics[0]), "0.55556 0.55556 0.55556");
  o.skip_unigrams = false;
  o.skip_both = true;
  o.skip_distance = 0;
  EXPECT_EQ(Labels(o), (std::vector<std::string>{"ROUGE-S0", "ROUGE-SU0"}));
  RougeEvalResult r = ScoreOne(o, peer, model);
  EXPECT_EQ(Rpf(r.metrics[0]), "0.33333 0.33333 0.33333");
  EXPECT_EQ(Rpf(r.metrics[1]), "0.50000 0.50000 0.50000");
}

TEST(RougeExamplesTest, E8OneTokenCountsNothingEvenWithUnigrams) {
  RougeOptions o;
  o.lcs = false;
  o.skip_bigrams = true;
  o.skip_distance = 4;
  o.skip_unigrams = true;
  RougeEvalResult r = ScoreOne(o, {"police"}, {{"police"}});
  EXPECT_EQ(r.metrics[0].peer_count, 0);
  EXPECT_EQ(r.metrics[0].model_count, 0);
  EXPECT_EQ(Rpf(r.metrics[0]), "0.00000 0.00000 0.00000");
}

TEST(RougeExamplesTest, E9RougeWDoubleWeighting) {
  RougeOptions o;
  o.w_weight = 1.2;
  EXPECT_EQ(Labels(o), (std::vector<std::string>{"ROUGE-L", "ROUGE-W-1.2"}));
  RougeEvalResult r = ScoreOne(o, {"w1 w2 w3 w4 x y z"}, {{"w1 w2 w3 w4 w5 w6 w7"}});
  EXPECT_EQ(Rpf(r.metrics[0]), "0.57143 0.57143 0.57143");
  EXPECT_EQ(Rpf(r.metrics[1]), "0.38721 0.57143 0.46162");
}

TEST(RougeExamplesTest, E10UnionLcs) {
  RougeOptions o;
  o.w_weight = 1.2;
  RougeEvalResult r = ScoreOne(o, {"w1 w2 w6 w7 w8", "w1 w3 w8 w9 w5"}, {{"w1 w2 w3 w4 w5"}});
  EXPECT_EQ(Rpf(r.metrics[0]), "0.80000 0.40000 0.53333");
  EXPECT_EQ(Rpf(r.metrics[1]), "0.52987 0.36554 0.43263");
}

TEST(RougeExamplesTest, E12EmptyPeer) {
  RougeOptions o;
  o.max_n = 2;
  o.w_weight = 1.2;
  o.skip_bigrams = true;
  o.skip_distance = 4;
  o.skip_unigrams = true;
  RougeEvalResult r = ScoreOne(o, {"... !!! ,,,"}, {{"the cat sat"}});
  ASSERT_EQ(r.metrics.size(), 5u);
  EXPECT_EQ(r.peer_tokens, 0u);
  for (const RougeScore& s : r.metrics) EXPECT_EQ(Rpf(s), "0.00000 0.00000 0.00000");
}

TEST(RougeExamplesTest, E12EmptyModelAbortsRougeW) {
  RougeOptions o;
  o.max_n = 1;
  o.w_weight = 1.2;
  std::unique_ptr<RougeScorer> scorer;
  ASSERT_TRUE(RougeScorer::Create(o, &scorer).ok());
  std::vector<Text> models = {{"... !!! ,,,"}};
  scorer->SetModels(models);
  EXPECT_EQ(scorer->model_tokens(0), 0u);
  RougeEvalResult r;
  const Text peer = {"the cat sat"};
  Status st = scorer->Score(peer, &r);
  EXPECT_EQ(st.code(), Status::Code::kDataError);
  EXPECT_NE(st.message().find("Illegal division by zero"), std::string::npos);
  ASSERT_EQ(r.metrics.size(), 2u);  // ROUGE-1 and ROUGE-L were computed, as zeros
  EXPECT_EQ(Rpf(r.metrics[0]), "0.00000 0.00000 0.00000");
  EXPECT_EQ(Rpf(r.metrics[1]), "0.00000 0.00000 0.00000");
}

TEST(RougeExamplesTest, E12NoLinesAtAllAndNoModels) {
  RougeOptions o;
  o.max_n = 1;
  RougeEvalResult r = ScoreOne(o, {}, {{}, {""}});
  for (const RougeScore& s : r.metrics) EXPECT_EQ(Rpf(s), "0.00000 0.00000 0.00000");
  RougeEvalResult none = ScoreOne(o, {"the cat"}, {});
  for (const RougeScore& s : none.metrics) EXPECT_EQ(Rpf(s), "0.00000 0.00000 0.00000");
}

TEST(RougeExamplesTest, E13BestModelPerMetric) {
  RougeOptions o;
  o.max_n = 1;
  o.combine = RougeModelCombine::kBest;
  RougeEvalResult r =
      ScoreOne(o, {"alpha beta gamma"}, {{"alpha beta delta"}, {"gamma beta alpha"}});
  EXPECT_EQ(Rpf(r.metrics[0]), "1.00000 1.00000 1.00000");
  EXPECT_EQ(Rpf(r.metrics[1]), "0.66667 0.66667 0.66667");
}

TEST(RougeExamplesTest, E14RougeWTotals) {
  RougeOptions o;
  o.lcs = false;
  o.w_weight = 1.2;
  o.counting = RougeCounting::kTokenTotals;
  RougeEvalResult r = ScoreOne(o, {"x1 x2 x3"}, {{"x1 x2", "x3 x4 x5 x6"}});
  ASSERT_EQ(r.metrics.size(), 1u);
  EXPECT_EQ(G15(r.metrics[0].model_count), "11.3576539976035");
  EXPECT_EQ(G15(r.metrics[0].peer_count), "3.73719281884655");
  EXPECT_EQ(G15(r.metrics[0].hit_count), "3.29739670999407");
  r.id = "1.S";
  RougeAverage avg = RougeCorpusAverage(std::span<const RougeEvalResult>(&r, 1), 0, o);
  EXPECT_EQ(F5(avg.recall.mean), "0.29032");  // no inverse weighting under -t 1
  EXPECT_EQ(F5(avg.precision.mean), "0.88232");
  EXPECT_EQ(F5(avg.f.mean), "0.43689");
  EXPECT_EQ(F5(avg.recall.low), "0.29032");
  EXPECT_EQ(F5(avg.recall.high), "0.29032");
}

TEST(RougeExamplesTest, InvalidOptionsAreRejected) {
  std::unique_ptr<RougeScorer> scorer;
  RougeOptions o;
  o.word_limit = 10;
  o.byte_limit = 10;
  EXPECT_EQ(RougeScorer::Create(o, &scorer).code(), Status::Code::kInvalidArgument);
  o = RougeOptions();
  o.alpha = 1.5;
  EXPECT_FALSE(ValidateRougeOptions(o).ok());
  o = RougeOptions();
  o.confidence = 101;
  EXPECT_FALSE(ValidateRougeOptions(o).ok());
  o = RougeOptions();
  o.resamples = 0;
  EXPECT_FALSE(ValidateRougeOptions(o).ok());
  o = RougeOptions();
  o.w_weight = -1;
  EXPECT_FALSE(ValidateRougeOptions(o).ok());
  EXPECT_TRUE(ValidateRougeOptions(RougeOptions()).ok());
}

TEST(RougeExamplesTest, InvalidUtf8IsJustBytes) {
  RougeOptions o;
  o.max_n = 1;
  o.lcs = false;
  // \xff and a truncated sequence separate tokens like any other non-alphanumeric byte.
  RougeEvalResult r = ScoreOne(o,
                               {"caf\xc3\xa9 ol\xff"
                                "e \xe2\x82"},
                               {{"caf ol e"}});
  EXPECT_EQ(Rpf(r.metrics[0]), "1.00000 1.00000 1.00000");
  EXPECT_EQ(r.peer_tokens, 3u);
}

}  // namespace
}  // namespace precis
