// Adversarial inputs that used to take minutes (issue 13), as figures: time per input for the
// stages that must stay near-linear whatever the input.
//
//   build/adversarial_bench                   # the figures below
//   build/adversarial_bench --sentences=N --copies=N
//
// - One article of 100,000 short sentences (six two-letter words each, ~1.9 MB, seeded generator
//   below): Summarize with every method, and the digest of it (cluster + summary). Target: the
//   default method (the ILP) in at most 2 s.
// - 2,500 / 5,000 / 10,000 / 20,000 identical copies of one article clustered: time must grow
//   linearly with the copies. Target: 20,000 copies in at most 1 s. Printed: wall seconds and CPU
//   seconds of this thread (the machine may be shared).
#include <time.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "precis/story.h"
#include "precis/summarize.h"

namespace {

double CpuSeconds() {
  timespec t;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

double WallSeconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

struct Timer {
  double wall = WallSeconds(), cpu = CpuSeconds();
  void Print(const std::string& what) const {
    std::printf("%-44s %8.3f s wall %8.3f s cpu\n", what.c_str(), WallSeconds() - wall,
                CpuSeconds() - cpu);
    std::fflush(stdout);
  }
};

// `n` sentences of six words drawn from 300 random two-letter words (seeded).
std::string ShortSentences(size_t n, uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::vector<std::string> vocab;
  for (int i = 0; i < 300; ++i) {
    vocab.push_back(std::string(1, static_cast<char>('a' + rng() % 26)) +
                    static_cast<char>('a' + rng() % 26));
  }
  std::string text;
  for (size_t i = 0; i < n; ++i) {
    for (int w = 0; w < 6; ++w) {
      std::string word = vocab[rng() % vocab.size()];
      if (w == 0) word[0] = static_cast<char>(word[0] - 'a' + 'A');
      text += word;
      text += w == 5 ? ". " : " ";
    }
  }
  return text;
}

size_t Flag(int argc, char** argv, const char* name, size_t fallback) {
  const size_t len = std::strlen(name);
  for (int i = 1; i < argc; ++i) {
    if (std::strncmp(argv[i], name, len) == 0 && argv[i][len] == '=') {
      return std::strtoull(argv[i] + len + 1, nullptr, 10);
    }
  }
  return fallback;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace precis;
  const size_t n_sentences = Flag(argc, argv, "--sentences", 100000);
  const size_t max_copies = Flag(argc, argv, "--copies", 20000);

  Article big;
  big.id = "short-sentences";
  big.date = "2024-01-02";
  big.text = ShortSentences(n_sentences, 13);
  std::printf("one article of %zu short sentences, %.1f MB\n", n_sentences,
              static_cast<double>(big.text.size()) / 1e6);
  Cluster cluster;
  cluster.id = "big";
  cluster.articles.push_back(big);
  for (const std::string& method : MethodNames()) {
    SummarizeOptions o;
    o.method = method;
    Summary s;
    Timer t;
    const Status st = Summarize(cluster, o, nullptr, &s);
    t.Print("  summarize -m " + method + " (" + std::to_string(s.sentences.size()) + " sentences" +
            (st.ok() ? "" : ", error") + ")");
  }
  {
    Timer t;
    std::vector<Story> stories;
    StoryReport report;
    std::vector<StoryDigest> digests;
    const std::vector<Article> articles = {big};
    Status st = ClusterArticles(articles, StoryOptions(), &stories, &report);
    if (st.ok()) st = BuildDigest(articles, stories, DigestOptions(), &digests);
    t.Print(std::string("  digest (cluster + default summary)") + (st.ok() ? "" : " error"));
  }

  Article copy;
  copy.text =
      "Heavy rain pushed the Morrow River over its banks on Friday, "
      "flooding the town of "
      "Elmhurst and forcing hundreds of residents to leave their "
      "homes. Emergency crews used "
      "boats to reach families trapped on rooftops in the lowest "
      "streets of the town.";
  copy.date = "2024-03-02";
  std::printf("identical copies of one article, clustered (default options)\n");
  for (size_t copies = 2500; copies <= max_copies; copies *= 2) {
    std::vector<Article> articles(copies, copy);
    for (size_t i = 0; i < copies; ++i) articles[i].id = "c" + std::to_string(i);
    std::vector<Story> stories;
    StoryReport report;
    Timer t;
    const Status st = ClusterArticles(articles, StoryOptions(), &stories, &report);
    t.Print("  " + std::to_string(copies) + " copies -> " + std::to_string(stories.size()) +
            " stories" + (st.ok() ? "" : " error"));
  }
  return 0;
}
