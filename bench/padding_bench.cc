// The padding check (src/summarize/padding.h) on DUC 2004 padded from outside the input.
//
//   build/padding_bench [--seed N]
//
// Each of the 50 clusters is the whole input once (the single-story setting: no other story
// to compare with). eval::PadFromOutside pastes runs of 1-3 sentences from the other 49
// clusters into every other article, half of the runs opening with a sentence that shares a
// capitalized name with the host. Printed for several thresholds (SummarizeOptions::
// off_topic_support): the share of pasted sentences caught, also among the name-sharing runs,
// the share of genuine sentences removed, and pasted sentences in the default summaries.
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "eval/padding_trial.h"
#include "precis/ingest.h"
#include "precis/summarize.h"
#include "summarize/analysis.h"

namespace {

struct Tally {
  size_t pasted = 0, caught = 0, named = 0, named_caught = 0, genuine = 0, removed = 0;
  size_t summary_sentences = 0, summary_pasted = 0;
};

bool Inside(precis::Span s, const std::vector<precis::Span>& pasted) {
  for (const precis::Span& p : pasted) {
    if (s.begin >= p.begin && s.end <= p.end) return true;
  }
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  uint64_t seed = 2004;
  for (int i = 1; i + 1 < argc; ++i) {
    if (std::strcmp(argv[i], "--seed") == 0) seed = std::stoull(argv[i + 1]);
  }
  precis::Input input;
  const std::string path = PRECIS_SHARED_DIR "/data/duc2004/clusters.jsonl";
  if (!precis::ReadPath(path, precis::IngestOptions(), &input, nullptr).ok()) {
    std::printf("skipped: %s not readable\n", path.c_str());
    return 0;
  }
  const std::vector<precis::Cluster>& clusters = input.clusters;
  std::vector<precis::eval::PaddedCluster> padded;
  for (size_t c = 0; c < clusters.size(); ++c) {
    std::vector<const precis::Cluster*> outside;
    for (size_t o = 0; o < clusters.size(); ++o) {
      if (o != c) outside.push_back(&clusters[o]);
    }
    padded.push_back(precis::eval::PadFromOutside(clusters[c], outside, seed + c));
  }
  // The background a feed gives: IDF over every cluster's articles (unpadded).
  std::vector<const precis::Article*> all;
  for (const precis::Cluster& c : clusters) {
    for (const precis::Article& a : c.articles) all.push_back(&a);
  }
  const precis::IdfTable background = precis::IdfTable::Build(all, "en");
  for (const precis::IdfTable* idf : {static_cast<const precis::IdfTable*>(nullptr), &background}) {
    std::printf("\nIDF: %s\n",
                idf ? "background (all 500 DUC 2004 articles): the background likelihood ratio"
                    : "the cluster's own: the cluster-only support");
    std::printf("DUC 2004, %zu clusters, each padded alone from the other clusters (seed %llu)\n",
                clusters.size(), static_cast<unsigned long long>(seed));
    std::printf("%-9s %8s %8s %14s %10s %9s %16s\n", "support", "pasted", "caught", "caught (name)",
                "genuine", "removed", "pasted in auto");
    for (double threshold : {0.0, 0.2, 0.25, 0.3, 0.35, 0.38, 0.4, 0.42, 0.45, 0.5}) {
      Tally t;
      precis::SummarizeOptions options;
      options.off_topic_support = threshold;
      for (const precis::eval::PaddedCluster& p : padded) {
        precis::summarize::ClusterAnalysis a;
        if (!precis::summarize::Analyze(p.cluster, options, idf, &a).ok()) continue;
        for (size_t i = 0; i < a.ground(); ++i) {
          const precis::summarize::AnalyzedSentence& s = a.sentences[i];
          const std::vector<precis::Span>& pasted = p.pasted[s.article];
          bool is_pasted = false, named = false;
          for (size_t k = 0; k < pasted.size(); ++k) {
            if (s.span.begin >= pasted[k].begin && s.span.end <= pasted[k].end) {
              is_pasted = true;
              named = p.shares_name[s.article][k];
            }
          }
          if (is_pasted) {
            ++t.pasted;
            t.caught += s.padding;
            t.named += named;
            t.named_caught += named && s.padding;
          } else {
            ++t.genuine;
            t.removed += s.padding;
          }
        }
        precis::Summary summary;
        if (!precis::Summarize(p.cluster, options, idf, &summary).ok()) continue;
        for (const precis::SummarySentence& s : summary.sentences) {
          ++t.summary_sentences;
          t.summary_pasted += Inside({s.begin, s.end}, p.pasted[s.article]);
        }
      }
      auto pct = [](size_t a, size_t b) { return b ? 100.0 * a / b : 0.0; };
      std::printf("%-9.2f %8zu %7.1f%% %13.1f%% %10zu %8.2f%% %9zu of %zu\n", threshold, t.pasted,
                  pct(t.caught, t.pasted), pct(t.named_caught, t.named), t.genuine,
                  pct(t.removed, t.genuine), t.summary_pasted, t.summary_sentences);
    }
  }
  return 0;
}
