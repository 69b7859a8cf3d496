// ROUGE speed: the 158 cases of ../shared/rouge/vectors.jsonl under the four flag sets of
// the reference run (plus the three no-exception variants), the bootstrap, and the
// `precis eval` pattern (models preprocessed once, many peers).
// Run: build/rouge_bench   (figures: cases/s and seconds per pass; see docs/rouge.md)
#include <benchmark/benchmark.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "precis/rouge.h"

namespace {

using precis::RougeOptions;

struct Case {
  std::vector<std::string> summary;
  std::vector<std::vector<std::string>> references;
};

const std::vector<Case>& Cases() {
  static const std::vector<Case> cases = [] {
    std::vector<Case> out;
    std::ifstream in(std::string(PRECIS_SHARED_DIR) + "/rouge/vectors.jsonl");
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty()) continue;
      nlohmann::json j = nlohmann::json::parse(line);
      out.push_back({j.at("summary").get<std::vector<std::string>>(),
                     j.at("references").get<std::vector<std::vector<std::string>>>()});
    }
    return out;
  }();
  return cases;
}

// The reference run's flag sets (SPEC section 0).
std::vector<std::pair<std::string, RougeOptions>> Flagsets(bool with_no_exceptions) {
  RougeOptions words;
  words.max_n = 2, words.stem = true, words.word_limit = 100;
  words.skip_bigrams = true, words.skip_distance = 4, words.skip_unigrams = true;
  RougeOptions bytes;
  bytes.max_n = 2, bytes.stem = true, bytes.byte_limit = 665, bytes.w_weight = 1.2;
  RougeOptions stop;
  stop.max_n = 2, stop.stem = true, stop.remove_stopwords = true, stop.word_limit = 100;
  RougeOptions full;
  full.max_n = 3, full.skip_bigrams = true, full.skip_distance = 4, full.skip_unigrams = true;
  std::vector<std::pair<std::string, RougeOptions>> sets = {
      {"duc04_words", words}, {"duc04_bytes", bytes}, {"stopwords", stop}, {"nostem_full", full}};
  if (with_no_exceptions) {
    for (size_t i = 0; i < 3; ++i) {
      RougeOptions o = sets[i].second;
      o.use_exceptions = false;
      sets.push_back({sets[i].first + "_noexc", o});
    }
  }
  return sets;
}

// Scores every case once (a fresh scorer, as a new run of the script would be).
std::vector<precis::RougeEvalResult> ScoreAll(const RougeOptions& options) {
  std::unique_ptr<precis::RougeScorer> scorer;
  if (!precis::RougeScorer::Create(options, &scorer).ok()) std::abort();
  std::vector<precis::RougeEvalResult> results(Cases().size());
  for (size_t i = 0; i < Cases().size(); ++i) {
    scorer->SetModels(Cases()[i].references);
    if (!scorer->Score(Cases()[i].summary, &results[i]).ok()) std::abort();
    results[i].id = std::to_string(i) + ".S";
  }
  return results;
}

bool HaveData(benchmark::State& state) {
  if (!Cases().empty()) return true;
  state.SkipWithError("../shared/rouge/vectors.jsonl not found");
  return false;
}

// Every case under every flag set and no-exception variant: the figure the issue asks for.
void BM_RougeAllFlagsets(benchmark::State& state) {
  if (!HaveData(state)) return;
  auto sets = Flagsets(true);
  size_t scored = 0;
  for (auto _ : state) {
    for (const auto& [name, options] : sets) {
      auto results = ScoreAll(options);
      benchmark::DoNotOptimize(results.data());
      scored += results.size();
    }
  }
  state.counters["cases/s"] =
      benchmark::Counter(static_cast<double>(scored), benchmark::Counter::kIsRate);
  state.counters["evals_per_pass"] = static_cast<double>(Cases().size() * sets.size());
}
BENCHMARK(BM_RougeAllFlagsets)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_RougeFlagset(benchmark::State& state) {
  if (!HaveData(state)) return;
  const auto [name, options] = Flagsets(false)[static_cast<size_t>(state.range(0))];
  state.SetLabel(name);
  size_t scored = 0;
  for (auto _ : state) {
    auto results = ScoreAll(options);
    benchmark::DoNotOptimize(results.data());
    scored += results.size();
  }
  state.counters["cases/s"] =
      benchmark::Counter(static_cast<double>(scored), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_RougeFlagset)->DenseRange(0, 3)->Unit(benchmark::kMillisecond);

// The corpus averages of all metrics of duc04_words: -r 1000 over 158 evaluations.
void BM_RougeBootstrap(benchmark::State& state) {
  if (!HaveData(state)) return;
  RougeOptions options = Flagsets(false)[0].second;
  auto results = ScoreAll(options);
  for (auto _ : state) {
    for (size_t m = 0; m < results[0].metrics.size(); ++m) {
      precis::RougeAverage avg = precis::RougeCorpusAverage(results, m, options);
      benchmark::DoNotOptimize(avg.recall.mean);
    }
  }
}
BENCHMARK(BM_RougeBootstrap)->Unit(benchmark::kMillisecond);

// `precis eval`'s pattern: one cluster's models set once, many candidate summaries scored.
void BM_RougeManyPeers(benchmark::State& state) {
  if (!HaveData(state)) return;
  std::unique_ptr<precis::RougeScorer> scorer;
  if (!precis::RougeScorer::Create(Flagsets(false)[0].second, &scorer).ok()) std::abort();
  scorer->SetModels(Cases()[0].references);
  precis::RougeEvalResult result;
  size_t scored = 0;
  for (auto _ : state) {
    for (const Case& c : Cases()) {
      if (!scorer->Score(c.summary, &result).ok()) std::abort();
      ++scored;
    }
  }
  state.counters["peers/s"] =
      benchmark::Counter(static_cast<double>(scored), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_RougeManyPeers)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
