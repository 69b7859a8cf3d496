// Throughput of the text stage: sentence segmentation and word tokenization, in bytes per
// second, over the DUC 2004 articles (../shared/data/duc2004/clusters.jsonl) and over a
// synthetic corpus with non-ASCII text that always exists.
//
//   build/text_bench                       all benchmarks
//   build/text_bench --benchmark_filter=Duc
#include <benchmark/benchmark.h>

#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

#include "precis/text.h"

namespace {

struct Corpus {
  std::vector<std::string> texts;
  std::vector<std::vector<precis::Span>> sentences;  // for the tokenizer benchmarks
  size_t bytes = 0;

  void Add(std::string text) {
    bytes += text.size();
    sentences.push_back(precis::SplitSentences(text));
    texts.push_back(std::move(text));
  }
};

const Corpus& Duc() {
  static const Corpus* corpus = [] {
    auto* c = new Corpus;
    const std::string path = std::string(PRECIS_SHARED_DIR) + "/data/duc2004/clusters.jsonl";
    std::ifstream in(path);
    if (!in) {
      std::fprintf(stderr, "text_bench: %s not found; skipping the DUC 2004 benchmarks\n",
                   path.c_str());
      return c;
    }
    std::string line;
    while (std::getline(in, line)) {
      const nlohmann::json cluster = nlohmann::json::parse(line, nullptr, false);
      if (cluster.is_discarded() || !cluster.contains("documents")) continue;
      for (const auto& doc : cluster["documents"]) c->Add(doc.value("text", ""));
    }
    return c;
  }();
  return *corpus;
}

// About 2 MB of news-like text: ASCII sentences with abbreviations, quotes and numbers, and
// one paragraph in five in other scripts or with typographic punctuation.
const Corpus& Synthetic() {
  static const Corpus* corpus = [] {
    auto* c = new Corpus;
    const char* const kSentences[] = {
        "The U.S. Senate voted 52-48 on Tuesday to approve the $3.5 billion bill.",
        "``We will not back down,'' Sen. Ann Whitfield, D-Ore., told reporters.",
        "Shares of Halvorsen Corp. fell 4.2 percent to $18.75 in New York trading.",
        "Mr. Okafor, who arrived at 9 a.m. Monday, declined to comment.",
        "\xE2\x80\x9CIt\xE2\x80\x99s a disaster,\xE2\x80\x9D said M\xC3\xBCller, "
        "the caf\xC3\xA9 owner \xE2\x80\x94 and she meant it.",
        "Die Regierung in M\xC3\xBCnchen k\xC3\xBCndigte am Montag Neuwahlen an.",
        "\xD0\x9F\xD1\x80\xD0\xB5\xD0\xB7\xD0\xB8\xD0\xB4\xD0\xB5\xD0\xBD\xD1\x82 "
        "\xD0\xBF\xD0\xBE\xD0\xB4\xD0\xBF\xD0\xB8\xD1\x81\xD0\xB0\xD0\xBB "
        "\xD0\xB7\xD0\xB0\xD0\xBA\xD0\xBE\xD0\xBD.",
        "Officials said the storm caused damage estimated at $2 billion; power was restored.",
        "WASHINGTON (AP) -- Congress adjourned without passing the spending bill."};
    std::mt19937 rng(42);
    std::uniform_int_distribution<size_t> pick(0, std::size(kSentences) - 1);
    std::uniform_int_distribution<int> length(3, 40);
    while (c->bytes < (2u << 20)) {
      std::string article;
      for (int i = length(rng); i > 0; --i) {
        article += kSentences[pick(rng)];
        article += (i % 7 == 0) ? "\n\n" : " ";
      }
      c->Add(std::move(article));
    }
    return c;
  }();
  return *corpus;
}

void SplitAll(benchmark::State& state, const Corpus& corpus) {
  if (corpus.texts.empty()) {
    state.SkipWithError("corpus not available");
    return;
  }
  size_t sentences = 0;
  for (auto _ : state) {
    for (const std::string& text : corpus.texts) {
      const std::vector<precis::Span> spans = precis::SplitSentences(text);
      sentences += spans.size();
      benchmark::DoNotOptimize(spans.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.bytes));
  state.counters["docs/s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * corpus.texts.size()), benchmark::Counter::kIsRate);
  state.counters["sentences"] = static_cast<double>(sentences / state.iterations());
}

// Tokenizes every sentence, the way the summarizer does (sentences found beforehand).
void TokenizeAll(benchmark::State& state, const Corpus& corpus) {
  if (corpus.texts.empty()) {
    state.SkipWithError("corpus not available");
    return;
  }
  std::vector<precis::WordToken> tokens;
  size_t count = 0;
  for (auto _ : state) {
    for (size_t d = 0; d < corpus.texts.size(); ++d) {
      for (const precis::Span& s : corpus.sentences[d]) {
        tokens.clear();
        precis::TokenizeWords(corpus.texts[d], s, &tokens);
        count += tokens.size();
      }
    }
    benchmark::DoNotOptimize(tokens.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.bytes));
  state.counters["tokens"] = static_cast<double>(count / state.iterations());
}

void CountAll(benchmark::State& state, const Corpus& corpus) {
  if (corpus.texts.empty()) {
    state.SkipWithError("corpus not available");
    return;
  }
  uint64_t words = 0;
  for (auto _ : state) {
    for (const std::string& text : corpus.texts) words += precis::CountWords(text);
  }
  benchmark::DoNotOptimize(words);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.bytes));
}

void BM_SplitSentences_Duc(benchmark::State& state) { SplitAll(state, Duc()); }
void BM_SplitSentences_Synthetic(benchmark::State& state) { SplitAll(state, Synthetic()); }
void BM_TokenizeWords_Duc(benchmark::State& state) { TokenizeAll(state, Duc()); }
void BM_TokenizeWords_Synthetic(benchmark::State& state) { TokenizeAll(state, Synthetic()); }
void BM_CountWords_Duc(benchmark::State& state) { CountAll(state, Duc()); }

BENCHMARK(BM_SplitSentences_Duc)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SplitSentences_Synthetic)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TokenizeWords_Duc)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TokenizeWords_Synthetic)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CountWords_Duc)->Unit(benchmark::kMillisecond);

void BM_Stem(benchmark::State& state) {
  const Corpus& corpus = Duc().texts.empty() ? Synthetic() : Duc();
  std::vector<std::string> words;
  for (size_t d = 0; d < corpus.texts.size() && words.size() < 200000; ++d) {
    std::vector<precis::WordToken> tokens;
    precis::TokenizeWords(corpus.texts[d], precis::Span{0, uint32_t(corpus.texts[d].size())},
                          &tokens);
    for (auto& t : tokens) words.push_back(std::move(t.norm));
  }
  std::unique_ptr<precis::Stemmer> stemmer = precis::Stemmer::Create("en");
  size_t stopwords = 0;
  for (auto _ : state) {
    for (const std::string& w : words) {
      stopwords += precis::IsStopword(w);
      benchmark::DoNotOptimize(stemmer->Stem(w).data());
    }
  }
  benchmark::DoNotOptimize(stopwords);
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * words.size()));
}
BENCHMARK(BM_Stem)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
