// Story clustering throughput and memory on a synthetic stream built from the DUC 2004 text.
//
//   build/story_bench                    # 200,000 articles; figures, then the benchmarks
//   build/story_bench --articles=N       # another stream length
//   build/story_bench --shared-neighbours=N   # StoryOptions::shared_neighbours (0: regrouping
//                                             # off, for an A/B; default automatic)
//   build/story_bench --snn-merge=X      # StoryOptions::shared_neighbour_merge_threshold
//
// The stream (story/synthetic_stream.h) recombines sentences of the 50 DUC topics into
// articles dated over 1000 days; each topic recurs as separate events, so stories open, close
// and come back. Printed: articles/s over wall time and over CPU time (getrusage; the machine
// may be shared), peak resident memory (getrusage ru_maxrss) measured after streams of
// growing length (bounded by the window when it stops growing with the stream), the peak
// number of open stories and articles, and B-cubed F1 against the generated events.
#include <benchmark/benchmark.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <span>
#include <string>

#include "precis/ingest.h"
#include "precis/story.h"
#include "story/synthetic_stream.h"

namespace {

int g_shared_neighbours = -1;  // StoryOptions::shared_neighbours of the stream runs
double g_snn_merge = precis::StoryOptions().shared_neighbour_merge_threshold;

std::vector<precis::Cluster> LoadTopics() {
  precis::Input input;
  precis::IngestReport report;
  const std::string path = std::string(PRECIS_SHARED_DIR) + "/data/duc2004/clusters.jsonl";
  if (!precis::ReadPath(path, precis::IngestOptions(), &input, &report).ok()) return {};
  return input.clusters;
}

// CPU time of this thread (the machine may be shared: wall time then overstates the cost).
double ThreadCpuSeconds() {
  timespec t;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

double WallSeconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// Resident memory now (/proc/self/statm), MB.
double CurrentRssMb() {
  std::ifstream statm("/proc/self/statm");
  long pages = 0, resident = 0;
  statm >> pages >> resident;
  return static_cast<double>(resident) * static_cast<double>(sysconf(_SC_PAGESIZE)) / 1048576.0;
}

double PeakRssMb() {
  rusage u;
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_maxrss) / 1024.0;  // KiB on Linux
}

void RunStream(const std::vector<precis::Cluster>& topics, uint64_t articles, bool dedup,
               bool score, unsigned threads) {
  precis::story::SyntheticStreamOptions so;
  so.articles = articles;
  so.days = static_cast<uint32_t>(std::max<uint64_t>(1, articles / 200));
  precis::story::SyntheticStream stream(topics, so);
  precis::StoryOptions options;
  options.detect_duplicates = dedup;
  options.shared_neighbours = g_shared_neighbours;
  options.shared_neighbour_merge_threshold = g_snn_merge;
  precis::StoryClusterer clusterer(options);
  precis::Labelling gold, predicted;
  size_t stories = 0;
  auto collect = [&] {
    for (const precis::Story& s : clusterer.TakeStories()) {
      ++stories;
      if (score) {
        for (const auto& id : s.articles) predicted.emplace_back(id, std::to_string(s.id));
      }
    }
  };
  // The stream is generated in batches outside the timed part; a batch is all the memory the
  // input takes.
  std::vector<precis::Article> batch(4096);
  std::string label;
  double wall = 0, cpu = 0, peak_rss = CurrentRssMb();
  bool more = true;
  while (more) {
    size_t n = 0;
    while (n < batch.size() && (more = stream.Next(&batch[n], &label))) {
      if (score) gold.emplace_back(batch[n].id, label);
      ++n;
    }
    const double w0 = WallSeconds(), c0 = ThreadCpuSeconds();
    clusterer.AddAll(std::span<const precis::Article>(batch.data(), n), threads);
    collect();
    if (!more) {
      clusterer.Flush();
      collect();
    }
    wall += WallSeconds() - w0;
    cpu += ThreadCpuSeconds() - c0;
    peak_rss = std::max(peak_rss, CurrentRssMb());
  }
  const precis::StoryReport& r = clusterer.report();
  std::printf(
      "%7llu articles, dedup %-3s, %u thread%s: %7.0f articles/s (wall), %7.0f articles/s "
      "(CPU time of the placing thread); "
      "%zu stories, %zu duplicates; peak open %zu stories / %zu articles; peak RSS %.1f MB",
      static_cast<unsigned long long>(stream.produced()), dedup ? "on" : "off", threads,
      threads == 1 ? "" : "s", stream.produced() / wall, stream.produced() / cpu, stories,
      r.duplicates, r.peak_open_stories, r.peak_open_articles, PeakRssMb());
  if (score) {
    precis::ClusteringScores sc;
    precis::ScoreClustering(gold, predicted, &sc);
    std::printf("; B-cubed F1 %.4f (P %.4f R %.4f) over %zu events", sc.bcubed_f1,
                sc.bcubed_precision, sc.bcubed_recall, sc.gold_clusters);
  }
  std::printf("\n");
  std::fflush(stdout);
}

const std::vector<precis::Cluster>& Topics() {
  static const std::vector<precis::Cluster> topics = LoadTopics();
  return topics;
}

// The 20,000 articles over 100 days of the synthetic stream both stream benchmarks read
// (made once, outside the timed loops).
const std::vector<precis::Article>& StreamOf20000() {
  static const std::vector<precis::Article> articles = [] {
    precis::story::SyntheticStreamOptions so;
    so.articles = 20000;
    so.days = 100;
    std::vector<precis::Article> out;
    precis::story::SyntheticStream stream(Topics(), so);
    precis::Article a;
    std::string label;
    while (stream.Next(&a, &label)) out.push_back(a);
    return out;
  }();
  return articles;
}

// Per-article cost of StoryClusterer::Add on a 20,000-article stream (generation included in
// the setup only).
void BM_ClusterStream(benchmark::State& state) {
  const std::vector<precis::Article>& articles = StreamOf20000();
  for (auto _ : state) {
    precis::StoryClusterer clusterer(precis::StoryOptions{});
    for (const auto& a : articles) clusterer.Add(a);
    clusterer.Flush();
    benchmark::DoNotOptimize(clusterer.TakeStories().size());
  }
  state.counters["articles/s"] = benchmark::Counter(
      static_cast<double>(articles.size()) * state.iterations(), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ClusterStream)->Unit(benchmark::kMillisecond);

// Flush in topic mode (every story still open at the end): refinement, the centroid merge
// pass and the average-linkage pass over the open stories of a 20,000-article stream. A join
// threshold above the default leaves more, smaller stories for the two merge passes (the
// argument, in hundredths); the counters give the stories before and after Flush.
void BM_TopicFlush(benchmark::State& state) {
  const std::vector<precis::Article>& articles = StreamOf20000();
  precis::StoryOptions options;
  (void)precis::ApplyStoryMode("topic", &options);
  options.join_threshold = static_cast<double>(state.range(0)) / 100;
  size_t before = 0, after = 0;
  for (auto _ : state) {
    state.PauseTiming();
    precis::StoryClusterer clusterer(options);
    clusterer.AddAll(articles, 1);
    before = clusterer.open_stories();
    state.ResumeTiming();
    clusterer.Flush();
    after = clusterer.TakeStories().size();
  }
  state.counters["open stories"] = static_cast<double>(before);
  state.counters["stories"] = static_cast<double>(after);
}
BENCHMARK(BM_TopicFlush)->Arg(25)->Arg(50)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace

int main(int argc, char** argv) {
  uint64_t articles = 200000;
  for (int i = 1; i < argc; ++i) {
    if (std::strncmp(argv[i], "--articles=", 11) == 0) articles = std::stoull(argv[i] + 11);
    if (std::strncmp(argv[i], "--shared-neighbours=", 20) == 0) {
      g_shared_neighbours = std::stoi(argv[i] + 20);
    }
    if (std::strncmp(argv[i], "--snn-merge=", 12) == 0) g_snn_merge = std::stod(argv[i] + 12);
  }
  if (Topics().empty()) {
    std::printf("../shared/data/duc2004/clusters.jsonl not found: nothing to measure\n");
    return 0;
  }
  std::printf("baseline RSS after loading the DUC text: %.1f MB\n", PeakRssMb());
  std::ifstream loadavg("/proc/loadavg");
  std::string load;
  std::getline(loadavg, load);
  std::printf("load average (1, 5, 15 min): %s\n", load.c_str());
  // Each run in its own process (forked after loading the text), so that its peak RSS is its
  // own. Growing streams: the peak must not grow with the stream once the window is full.
  auto run = [](uint64_t n, bool dedup, bool score, unsigned threads) {
    std::fflush(stdout);
    const pid_t pid = fork();
    if (pid == 0) {
      RunStream(Topics(), n, dedup, score, threads);
      std::printf("%*s(process peak RSS, getrusage: %.1f MB)\n", 9, "", PeakRssMb());
      std::fflush(stdout);
      _exit(0);
    }
    int status = 0;
    waitpid(pid, &status, 0);
  };
  for (uint64_t n : {articles / 8, articles / 4, articles / 2, articles}) {
    if (n > 0) run(n, true, false, 2);
  }
  run(articles, true, true, 2);  // with B-cubed against the generated events
  run(articles, true, false, 1);
  run(articles, false, false, 1);
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  return 0;
}
