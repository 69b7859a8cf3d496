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
#include "summarize/padding_features.h"

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

// Writes one line per ground sentence of every padded cluster (with the background): the
// cluster, whether it was pasted, whether its run shares a name, PaddingFeatures, the article
// and position, and the text, tab separated, for scripts/fit-padding-weights.py.
int DumpFeatures(const std::vector<precis::eval::PaddedCluster>& padded,
                 const precis::IdfTable& background, const char* path) {
  namespace ps = precis::summarize;
  std::FILE* out = std::fopen(path, "w");
  if (out == nullptr) {
    std::fprintf(stderr, "padding_bench: cannot write %s\n", path);
    return 3;
  }
  std::fprintf(out, "cluster\tpasted\tnamed");
  for (uint32_t f = 0; f < ps::kFeatureCount; ++f) {
    std::fprintf(out, "\t%s", ps::PaddingFeatureName(static_cast<ps::PaddingFeature>(f)));
  }
  std::fprintf(out, "\tdoc\tposition\ttext\n");
  for (size_t c = 0; c < padded.size(); ++c) {
    const precis::eval::PaddedCluster& p = padded[c];
    ps::ClusterAnalysis a;
    if (!ps::Analyze(p.cluster, precis::SummarizeOptions(), &background, &a).ok()) continue;
    const std::vector<ps::PaddingFeatureRow> rows =
        ps::PaddingFeatures(a, ps::ArticleFrequencies(a), p.cluster.articles.size(), true);
    for (size_t i = 0; i < a.ground(); ++i) {
      const ps::AnalyzedSentence& s = a.sentences[i];
      bool is_pasted = false, named = false;
      for (size_t k = 0; k < p.pasted[s.article].size(); ++k) {
        if (s.span.begin >= p.pasted[s.article][k].begin &&
            s.span.end <= p.pasted[s.article][k].end) {
          is_pasted = true;
          named = p.shares_name[s.article][k];
        }
      }
      std::fprintf(out, "%zu\t%d\t%d", c, is_pasted ? 1 : 0, named ? 1 : 0);
      for (double v : rows[i]) std::fprintf(out, "\t%.6g", v);
      std::string text(s.span.of(p.cluster.articles[s.article].text));
      for (char& ch : text) {
        if (ch == '\t' || ch == '\n' || ch == '\r') ch = ' ';
      }
      std::fprintf(out, "\t%u\t%u\t%s\n", s.article, s.position, text.c_str());
    }
  }
  std::fclose(out);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  uint64_t seed = 2004;
  const char* dump = nullptr;
  for (int i = 1; i + 1 < argc; ++i) {
    if (std::strcmp(argv[i], "--seed") == 0) seed = std::stoull(argv[i + 1]);
    if (std::strcmp(argv[i], "--dump") == 0) dump = argv[i + 1];
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
  const precis::IdfTable background = precis::IdfTable::Build(clusters, "en");
  if (dump != nullptr) return DumpFeatures(padded, background, dump);
  for (const precis::IdfTable* idf : {static_cast<const precis::IdfTable*>(nullptr), &background}) {
    std::printf("\nIDF: %s\n",
                idf ? "background (all 500 DUC 2004 articles): the logistic model"
                    : "the cluster's own: the cluster-only support");
    std::printf("DUC 2004, %zu clusters, each padded alone from the other clusters (seed %llu)\n",
                clusters.size(), static_cast<unsigned long long>(seed));
    std::printf("%-9s %8s %8s %14s %10s %9s %16s\n", "support", "pasted", "caught", "caught (name)",
                "genuine", "removed", "pasted in auto");
    for (double threshold : {0.0, 0.1, 0.15, 0.18, 0.2, 0.22, 0.25, 0.3, 0.35, 0.42, 0.5}) {
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
