// The cost of a digest on DUC 2004: the 488 non-empty articles, clustered in file order (as
// `precis digest clusters.jsonl` does), then BuildDigest with the default summarizer, with
// and without leaving out duplicate sentences.
//
//   build/story_digest_bench
//
// Printed first: how many sentences each setting leaves out. Then the time of BuildDigest
// alone (clustering is done once, outside the timed loop).
#include <benchmark/benchmark.h>

#include <cstdio>

#include "precis/ingest.h"
#include "precis/story.h"

namespace {

struct Feed {
  std::vector<precis::Article> articles;
  std::vector<precis::Story> stories;
};

const Feed& Duc() {
  static const Feed feed = [] {
    Feed f;
    precis::Input input;
    precis::IngestReport report;
    const std::string path = std::string(PRECIS_SHARED_DIR) + "/data/duc2004/clusters.jsonl";
    if (!precis::ReadPath(path, precis::IngestOptions(), &input, &report).ok()) return f;
    for (auto& c : input.clusters) {
      for (auto& a : c.articles) f.articles.push_back(std::move(a));
    }
    precis::StoryReport sr;
    precis::ClusterArticles(f.articles, precis::StoryOptions(), &f.stories, &sr);
    return f;
  }();
  return feed;
}

precis::DigestOptions Options(bool drop_duplicate_sentences) {
  precis::DigestOptions options;
  options.drop_duplicate_sentences = drop_duplicate_sentences;
  return options;
}

void BM_Digest(benchmark::State& state) {
  const Feed& feed = Duc();
  if (feed.articles.empty()) {
    state.SkipWithError("DUC 2004 not found");
    return;
  }
  const precis::DigestOptions options = Options(state.range(0) != 0);
  std::vector<precis::StoryDigest> digests;
  for (auto _ : state) {
    if (!precis::BuildDigest(feed.articles, feed.stories, options, &digests).ok()) {
      state.SkipWithError("BuildDigest failed");
      return;
    }
    benchmark::DoNotOptimize(digests.data());
  }
  state.counters["articles/s"] = benchmark::Counter(
      static_cast<double>(feed.articles.size() * state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Digest)
    ->ArgName("drop_duplicate_sentences")
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
  const Feed& feed = Duc();
  if (feed.articles.empty()) {
    std::printf("DUC 2004 not found under %s: nothing to measure\n", PRECIS_SHARED_DIR);
    return 0;
  }
  for (bool drop : {false, true}) {
    std::vector<precis::StoryDigest> digests;
    precis::BuildDigest(feed.articles, feed.stories, Options(drop), &digests);
    size_t off = 0, dup = 0, with_dup = 0, summarized = 0;
    for (const auto& d : digests) {
      off += d.off_topic_sentences;
      dup += d.duplicate_sentences;
      with_dup += d.duplicate_sentences > 0;
      summarized += d.articles_summarized;
    }
    std::printf(
        "drop_duplicate_sentences=%d: %zu stories, %zu articles summarized, %zu off-topic and "
        "%zu duplicate sentences left out (duplicates in %zu stories)\n",
        drop, digests.size(), summarized, off, dup, with_dup);
  }
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  return 0;
}
