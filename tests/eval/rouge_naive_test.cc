// Differential test: the fast RougeScorer (interned ids, hash tables, bit-parallel LCS, row
// sharing in ROUGE-W, fast rounding) against the naive string implementation in
// rouge_naive.h, on random texts under random flag combinations.
#include "eval/rouge_naive.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "precis/rouge.h"

namespace precis {
namespace {

// Words chosen to hit the tokenizer and stemmer paths: stop words, exception-table keys,
// Porter suffixes, hyphens, punctuation-only words, digits, uppercase and non-ASCII bytes.
const char* const kWords[] = {
    "the",        "cat",        "sat",       "on",        "mat",         "The",
    "runners",    "running",    "were",      "better",    "best",        "children",
    "ran",        "quickly",    "big-bang",  "--",        ",",           "...",
    "U.S.",       "3.5%",       "economy's", "$100",      "caf\xc3\xa9", "governmental",
    "settlement", "a",          "of",        "police",    "killed",      "kill",
    "gunman",     "relational", "hopping",   "yesterday", "x",           "x",
    "y",          "z",          "w1",        "w2",        "w3",          "-",
    "don't",      "e.g.",       "MR.",       "\t",        "1990s",       "agreement",
    "is"};

std::string RandomSentence(std::mt19937& rng, int max_words) {
  std::uniform_int_distribution<int> count(0, max_words);
  std::uniform_int_distribution<size_t> word(0, std::size(kWords) - 1);
  std::uniform_int_distribution<int> coin(0, 9);
  std::string s;
  if (coin(rng) == 0) s += "  ";  // leading blanks count as a word under -l
  int n = count(rng);
  for (int i = 0; i < n; ++i) {
    if (i) s += coin(rng) == 0 ? "   " : " ";
    s += kWords[word(rng)];
  }
  if (coin(rng) == 0) s += "\r";
  if (coin(rng) == 0) s += "\nsecond line";  // a sentence holding two lines
  return s;
}

std::vector<std::string> RandomText(std::mt19937& rng, int max_sentences, int max_words) {
  std::uniform_int_distribution<int> count(0, max_sentences);
  std::vector<std::string> text;
  for (int i = count(rng); i > 0; --i) text.push_back(RandomSentence(rng, max_words));
  return text;
}

RougeOptions RandomOptions(std::mt19937& rng) {
  auto pick = [&](int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); };
  RougeOptions o;
  o.max_n = pick(5);
  o.lcs = pick(3) != 0;
  if (pick(3) == 0) o.w_weight = pick(2) ? 1.2 : 1.5;
  if (pick(2)) {
    o.skip_bigrams = true;
    const int gaps[] = {-1, 0, 1, 4};
    o.skip_distance = gaps[pick(4)];
    o.skip_unigrams = pick(2);
    o.skip_both = pick(4) == 0;
  }
  o.stem = pick(2);
  o.use_exceptions = pick(3) != 0;
  o.remove_stopwords = pick(3) == 0;
  int limit = pick(3);
  if (limit == 1) o.word_limit = 1 + pick(30);
  if (limit == 2) o.byte_limit = 1 + pick(150);
  o.combine = pick(2) ? RougeModelCombine::kBest : RougeModelCombine::kAverage;
  const double alphas[] = {0, 0.3, 0.5, 0.8, 1};
  o.alpha = alphas[pick(5)];
  return o;
}

TEST(RougeNaiveTest, FastScorerMatchesNaiveOnRandomInputs) {
  std::mt19937 rng(20050607);
  int compared = 0, died = 0;
  for (int trial = 0; trial < 250; ++trial) {
    RougeOptions options = RandomOptions(rng);
    std::unique_ptr<RougeScorer> scorer;
    ASSERT_TRUE(RougeScorer::Create(options, &scorer).ok());
    std::vector<std::vector<std::string>> models;
    for (int m = std::uniform_int_distribution<int>(0, 3)(rng); m > 0; --m)
      models.push_back(RandomText(rng, 5, 14));
    scorer->SetModels(models);
    for (int peer_round = 0; peer_round < 3; ++peer_round) {  // one model set, many peers
      std::vector<std::string> peer = RandomText(rng, 5, 14);
      std::vector<RougeScore> want;
      bool naive_ok = rouge_naive::Score(peer, models, options, &want);
      RougeEvalResult got;
      Status status = scorer->Score(peer, &got);
      ASSERT_EQ(naive_ok, status.ok()) << "trial " << trial << ": " << status.ToString();
      if (!naive_ok) {
        ++died;
        continue;
      }
      ASSERT_EQ(want.size(), got.metrics.size());
      for (size_t k = 0; k < want.size(); ++k) {
        SCOPED_TRACE("trial " + std::to_string(trial) + " metric " + scorer->metrics()[k].label);
        EXPECT_EQ(want[k].recall, got.metrics[k].recall);
        EXPECT_EQ(want[k].precision, got.metrics[k].precision);
        EXPECT_EQ(want[k].f, got.metrics[k].f);
        EXPECT_EQ(want[k].model_count, got.metrics[k].model_count);
        EXPECT_EQ(want[k].peer_count, got.metrics[k].peer_count);
        EXPECT_EQ(want[k].hit_count, got.metrics[k].hit_count);
        ++compared;
      }
    }
  }
  EXPECT_GT(compared, 1000);
  EXPECT_GT(died, 0);  // the ROUGE-W empty-model abort was exercised too
}

// The naive reference itself must be able to disagree: a different option changes scores.
TEST(RougeNaiveTest, ReferenceNoticesAnOptionChange) {
  RougeOptions a;
  a.max_n = 1;
  RougeOptions b = a;
  b.stem = true;
  std::vector<RougeScore> sa, sb;
  std::vector<std::vector<std::string>> models = {{"a runner runs"}};
  ASSERT_TRUE(rouge_naive::Score({"the runners ran"}, models, a, &sa));
  ASSERT_TRUE(rouge_naive::Score({"the runners ran"}, models, b, &sb));
  EXPECT_NE(sa[0].recall, sb[0].recall);
}

}  // namespace
}  // namespace precis
