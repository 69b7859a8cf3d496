// Ingest speed: JSON Lines (the shared DUC 2004 clusters and a synthetic 20,000-article feed),
// plain text and HTML. Reports MB/s of input and articles/s. Inputs are in memory (or in the
// page cache for ReadPath) so the figures measure parsing, not the disk.
#include <benchmark/benchmark.h>

#include <random>
#include <string>
#include <vector>

#include "precis/ingest.h"

namespace {

const std::string kDucPath = std::string(PRECIS_SHARED_DIR) + "/data/duc2004/clusters.jsonl";

const std::string& DucBytes() {
  static const std::string bytes = [] {
    std::string b;
    if (!precis::ReadFile(kDucPath, size_t{1} << 30, &b).ok()) b.clear();
    return b;
  }();
  return bytes;
}

// Deterministic news-like text: words from a small vocabulary, sentences of 8-30 words.
std::string SyntheticText(std::mt19937& rng, size_t bytes) {
  static const char* kWords[] = {"the",  "council", "said",      "on",      "Tuesday",
                                 "that", "river",   "officials", "percent", "U.S.",
                                 "Mr.",  "water",   "budget",    "about",   "residents",
                                 "of",   "a",       "new",       "plan",    "caf\u00e9"};
  std::string text;
  while (text.size() < bytes) {
    const int n = 8 + static_cast<int>(rng() % 23);
    for (int i = 0; i < n; ++i) {
      if (i > 0) text += ' ';
      text += kWords[rng() % (sizeof(kWords) / sizeof(kWords[0]))];
    }
    text += rng() % 5 == 0 ? ".\\n\\n" : ". ";  // JSON-escaped paragraph breaks
  }
  return text;
}

// A feed of `n` articles of about 3 KB each, as JSON Lines.
const std::string& FeedBytes() {
  static const std::string bytes = [] {
    std::mt19937 rng(1);
    std::string feed;
    for (int i = 0; i < 20000; ++i) {
      feed += "{\"id\":\"feed-" + std::to_string(i) + "\",\"title\":\"Council approves plan " +
              std::to_string(i) +
              "\",\"date\":\"2024-05-01T10:00:00Z\",\"source\":\"Wire\",\"url\":\"https://"
              "wire.example/" +
              std::to_string(i) + "\",\"text\":\"" + SyntheticText(rng, 3000) + "\"}\n";
    }
    return feed;
  }();
  return bytes;
}

void SetRates(benchmark::State& state, size_t bytes, size_t articles) {
  const double it = static_cast<double>(state.iterations());
  state.counters["MB/s"] =
      benchmark::Counter(it * static_cast<double>(bytes) / 1e6, benchmark::Counter::kIsRate);
  state.counters["articles/s"] =
      benchmark::Counter(it * static_cast<double>(articles), benchmark::Counter::kIsRate);
}

void BM_ParseClustersDuc2004(benchmark::State& state) {
  const std::string& bytes = DucBytes();
  if (bytes.empty()) return state.SkipWithError(("missing " + kDucPath).c_str());
  size_t articles = 0;
  for (auto _ : state) {
    std::vector<precis::Cluster> clusters;
    precis::IngestReport report;
    if (!precis::ParseClustersJsonl(bytes, "duc", {}, &clusters, &report).ok()) {
      return state.SkipWithError("parse failed");
    }
    articles = report.articles_read;
    benchmark::DoNotOptimize(clusters.data());
  }
  SetRates(state, bytes.size(), articles);
}
BENCHMARK(BM_ParseClustersDuc2004)->Unit(benchmark::kMillisecond);

void BM_ReadPathDuc2004(benchmark::State& state) {
  if (DucBytes().empty()) return state.SkipWithError(("missing " + kDucPath).c_str());
  size_t articles = 0;
  for (auto _ : state) {
    precis::Input input;
    precis::IngestReport report;
    if (!precis::ReadPath(kDucPath, {}, &input, &report).ok()) {
      return state.SkipWithError("read failed");
    }
    articles = report.articles_read;
  }
  SetRates(state, DucBytes().size(), articles);
}
BENCHMARK(BM_ReadPathDuc2004)->Unit(benchmark::kMillisecond);

void BM_ParseArticlesFeed(benchmark::State& state) {
  const std::string& bytes = FeedBytes();
  size_t articles = 0;
  for (auto _ : state) {
    std::vector<precis::Article> out;
    precis::IngestReport report;
    if (!precis::ParseArticlesJsonl(bytes, "feed", {}, &out, &report).ok()) {
      return state.SkipWithError("parse failed");
    }
    articles = out.size();
  }
  SetRates(state, bytes.size(), articles);
}
BENCHMARK(BM_ParseArticlesFeed)->Unit(benchmark::kMillisecond);

void BM_ParseText(benchmark::State& state) {
  std::mt19937 rng(2);
  const std::string bytes = "A Headline\n\n" + SyntheticText(rng, 4000);
  precis::Article a;
  for (auto _ : state) {
    if (!precis::ParseTextArticle(bytes, "a.txt", &a).ok()) return state.SkipWithError("bad");
  }
  SetRates(state, bytes.size(), 1);
}
BENCHMARK(BM_ParseText);

void BM_ParseHtml(benchmark::State& state) {
  std::mt19937 rng(3);
  std::string page =
      "<!DOCTYPE html><html><head><title>T</title><script>var x = 1;</script>"
      "<style>p{margin:0}</style></head><body><nav><a href='/'>Home</a></nav><article>";
  for (int i = 0; i < 12; ++i) page += "<p>" + SyntheticText(rng, 350) + "</p>\n";
  page += "</article><footer>&copy; 2024</footer></body></html>";
  precis::Article a;
  for (auto _ : state) {
    if (!precis::ParseHtmlArticle(page, "a.html", &a).ok()) return state.SkipWithError("bad");
  }
  SetRates(state, page.size(), 1);
}
BENCHMARK(BM_ParseHtml);

}  // namespace

BENCHMARK_MAIN();
