// Summarizes all DUC 2004 clusters with each method, in one thread, and reports clusters/s
// and MB/s of article text. The whole-process figure (start-up, reading, two threads) is
// measured by scripts/bench-cli.sh.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <filesystem>

#include "precis/ingest.h"
#include "precis/summarize.h"

namespace {

struct Corpus {
  std::vector<precis::Cluster> clusters;
  std::vector<const precis::Article*> articles;  // every article of every cluster
  size_t bytes = 0;
  bool ok = false;
};

const Corpus& Duc2004() {
  static const Corpus corpus = [] {
    Corpus c;
    const std::string path = std::string(PRECIS_SHARED_DIR) + "/data/duc2004/clusters.jsonl";
    precis::Input input;
    precis::IngestReport report;
    precis::IngestOptions options;
    if (!precis::ReadPath(path, options, &input, &report).ok()) return c;
    c.clusters = std::move(input.clusters);
    for (const auto& cl : c.clusters) {
      for (const auto& a : cl.articles) {
        c.bytes += a.text.size();
        c.articles.push_back(&a);
      }
    }
    c.ok = !c.clusters.empty();
    return c;
  }();
  return corpus;
}

void BM_Summarize(benchmark::State& state, std::string method) {
  const Corpus& corpus = Duc2004();
  if (!corpus.ok) {
    state.SkipWithError("../shared/data/duc2004/clusters.jsonl is missing");
    return;
  }
  const precis::IdfTable idf = precis::IdfTable::Build(corpus.articles, "en");
  precis::SummarizeOptions options;
  options.method = method;
  precis::Summary summary;
  for (auto _ : state) {
    for (const auto& c : corpus.clusters) {
      precis::Status s = precis::Summarize(c, options, &idf, &summary);
      benchmark::DoNotOptimize(s);
    }
  }
  const double clusters = static_cast<double>(state.iterations() * corpus.clusters.size());
  state.counters["clusters/s"] = benchmark::Counter(clusters, benchmark::Counter::kIsRate);
  state.counters["MB/s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * corpus.bytes) / 1e6, benchmark::Counter::kIsRate);
}

void BM_BuildIdf(benchmark::State& state) {
  const Corpus& corpus = Duc2004();
  if (!corpus.ok) {
    state.SkipWithError("../shared/data/duc2004/clusters.jsonl is missing");
    return;
  }
  for (auto _ : state) benchmark::DoNotOptimize(precis::IdfTable::Build(corpus.articles, "en"));
  state.counters["MB/s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * corpus.bytes) / 1e6, benchmark::Counter::kIsRate);
}

const bool registered = [] {
  for (const std::string& m : precis::MethodNames()) {
    benchmark::RegisterBenchmark(("Summarize/" + m).c_str(), BM_Summarize, m)
        ->Unit(benchmark::kMillisecond);
  }
  benchmark::RegisterBenchmark("BuildIdf", BM_BuildIdf)->Unit(benchmark::kMillisecond);
  return true;
}();

}  // namespace

BENCHMARK_MAIN();
