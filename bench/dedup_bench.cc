// Near-duplicate detection: quality on synthetic copies of the DUC 2004 articles, then speed.
//
//   build/dedup_bench                  # prints the detection figures, then the benchmarks
//
// Quality: every article gets one generated near-duplicate (dedup/near_dup_generator.h:
// sentence reordering, sentence deletions and insertions, word edits, entity renaming with
// the alias table); sources and copies are shuffled into one stream and grouped by
// FindDuplicates. Printed: the share of copies grouped with their source, and the share of
// reported pairs that are not related (false positives), with and without the alias table.
#include <benchmark/benchmark.h>

#include <cstdio>

#include "dedup/near_dup_generator.h"
#include "dedup/near_dup_trial.h"
#include "precis/dedup.h"
#include "precis/ingest.h"

namespace {

std::vector<precis::Article> LoadDuc() {
  precis::Input input;
  precis::IngestReport report;
  std::vector<precis::Article> out;
  const std::string path = std::string(PRECIS_SHARED_DIR) + "/data/duc2004/clusters.jsonl";
  if (!precis::ReadPath(path, precis::IngestOptions(), &input, &report).ok()) return out;
  for (auto& c : input.clusters) {
    for (auto& a : c.articles) out.push_back(std::move(a));
  }
  return out;
}

const std::vector<precis::Article>& Duc() {
  static const std::vector<precis::Article> articles = LoadDuc();
  return articles;
}

void PrintTrial(const char* label, const precis::DedupOptions& options,
                const precis::dedup::NearDuplicateEdits& edits) {
  std::vector<std::string_view> sources;
  for (const auto& a : Duc()) sources.push_back(a.text);
  precis::dedup::DetectionTrial t;
  if (!precis::dedup::RunDetectionTrial(sources, edits, options, &t).ok()) return;
  std::printf(
      "%-31s detected %zu/%zu = %6.2f%%, false positives %zu/%zu = %.2f%%, mean Jaccard of a "
      "copy and its source %.3f\n",
      label, t.detected, t.copies, 100 * t.detection_rate(), t.false_pairs, t.reported_pairs,
      100 * t.false_positive_rate(), t.mean_jaccard);
}

// Throughput of FindDuplicates over the sources plus their copies.
void BM_FindDuplicates(benchmark::State& state) {
  std::vector<std::string_view> sources;
  for (const auto& a : Duc()) sources.push_back(a.text);
  const auto copies = precis::dedup::GenerateNearDuplicates(sources, {});
  std::vector<std::string_view> texts = sources;
  size_t bytes = 0;
  for (const auto& c : copies) texts.push_back(c.text);
  for (auto t : texts) bytes += t.size();
  std::vector<precis::DuplicateGroup> groups;
  for (auto _ : state) {
    precis::FindDuplicates(texts, precis::DedupOptions(), &groups);
    benchmark::DoNotOptimize(groups.data());
  }
  state.counters["articles/s"] = benchmark::Counter(
      static_cast<double>(texts.size()) * state.iterations(), benchmark::Counter::kIsRate);
  state.SetBytesProcessed(static_cast<int64_t>(bytes) * state.iterations());
}
BENCHMARK(BM_FindDuplicates)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
  if (Duc().empty()) {
    std::printf("../shared/data/duc2004/clusters.jsonl not found: nothing to measure\n");
    return 0;
  }
  std::printf(
      "%zu DUC 2004 articles, one generated near-duplicate each (seed 2004); false positives "
      "are reported pairs that are neither a copy and its source nor sources the naive oracle "
      "finds to be near-duplicates\n",
      Duc().size());
  precis::DedupOptions options;
  precis::dedup::NearDuplicateEdits edits;
  PrintTrial("default options:", options, edits);
  precis::AliasTable none;
  precis::DedupOptions no_aliases = options;
  no_aliases.aliases = &none;
  PrintTrial("without the alias table:", no_aliases, edits);
  precis::dedup::NearDuplicateEdits renamed;  // entity renaming only
  renamed.shuffle = 0;
  renamed.swaps = 0;
  renamed.delete_sentence = renamed.insert_sentence = 0;
  renamed.delete_word = renamed.insert_word = 0;
  PrintTrial("renaming only:", options, renamed);
  PrintTrial("renaming only, no alias table:", no_aliases, renamed);
  precis::dedup::NearDuplicateEdits heavy = edits;
  heavy.delete_sentence = heavy.insert_sentence = 0.2;
  heavy.delete_word = heavy.insert_word = 0.02;
  PrintTrial("heavier edits (20% / 2%):", options, heavy);
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  return 0;
}
