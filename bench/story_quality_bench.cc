// Story clustering quality on DUC 2004: the 500 articles (empty ones dropped) shuffled into
// one stream, clustered, and scored against the cluster ids with B-cubed and ARI.
//
//   build/story_quality_bench
//
// Also printed, to put the figure in context (see docs/stories.md):
//   - the same gold with the five pairs of DUC clusters that share identical articles merged
//     (what a clustering that is perfect except on those pairs would score);
//   - the nearest gold centroid: every article given the label of the gold cluster whose
//     centroid (without the article) is closest under the clusterer's own TF-IDF weighting,
//     a supervised upper bound for centroid-based clustering with these vectors.
#include <algorithm>
#include <cstdio>
#include <map>
#include <random>
#include <set>

#include "dedup/aliases.h"
#include "dedup/match_tokens.h"
#include "precis/ingest.h"
#include "precis/story.h"
#include "story/off_topic_trial.h"
#include "story/sparse.h"
#include "story/term_space.h"

namespace {

using precis::Article;
using precis::ClusteringScores;
using precis::Labelling;

void Print(const char* label, const ClusteringScores& s) {
  std::printf("%-44s %3zu clusters  B-cubed P %.4f R %.4f F1 %.4f  ARI %.4f\n", label,
              s.predicted_clusters, s.bcubed_precision, s.bcubed_recall, s.bcubed_f1,
              s.adjusted_rand);
}

// Gold clusters that share an article text with another gold cluster, as pairs of labels.
std::set<std::pair<std::string, std::string>> SharingPairs(const std::vector<Article>& stream,
                                                           const Labelling& gold) {
  std::map<std::string, std::string> first_label;  // text -> label of its first copy
  std::set<std::pair<std::string, std::string>> pairs;
  for (size_t i = 0; i < stream.size(); ++i) {
    auto [it, fresh] = first_label.emplace(stream[i].text, gold[i].second);
    if (!fresh && it->second != gold[i].second) {
      pairs.insert(std::minmax(it->second, gold[i].second));
    }
  }
  return pairs;
}

Labelling NearestGoldCentroid(const std::vector<Article>& stream, const Labelling& gold) {
  precis::story::TermSpace space("en", precis::EffectiveNameBoost(precis::StoryOptions()));
  precis::dedup::MatchTokens tokens;
  std::vector<precis::dedup::MatchToken> scratch;
  const auto& aliases = precis::AliasTable::Default().data();
  std::vector<precis::story::TermCounts> counts(stream.size());
  for (size_t i = 0; i < stream.size(); ++i) {
    precis::dedup::TokenizeForMatching(stream[i].text, &tokens);
    precis::dedup::ApplyAliases(aliases, stream[i].text, &tokens, &scratch);
    space.Count(tokens, true, &counts[i]);
  }
  std::vector<precis::story::SparseVector> v(stream.size());
  std::map<std::string, precis::story::SparseVector> centroid;
  precis::story::SparseVector sum;
  for (size_t i = 0; i < stream.size(); ++i) {
    space.Weigh(counts[i], &v[i]);
    precis::story::AddTo(v[i], &centroid[gold[i].second], &sum);
  }
  Labelling out;
  for (size_t i = 0; i < stream.size(); ++i) {
    double best = -1;
    std::string label;
    for (const auto& [l, c] : centroid) {
      precis::story::SparseVector rest = c;
      if (l == gold[i].second) {
        auto r = rest.begin();
        for (const auto& t : v[i]) {
          while (r != rest.end() && r->term < t.term) ++r;
          if (r != rest.end() && r->term == t.term) r->weight -= t.weight;
        }
      }
      const double sim = precis::story::Cosine(v[i], rest);
      if (sim > best) {
        best = sim;
        label = l;
      }
    }
    out.emplace_back(stream[i].id, label);
  }
  return out;
}

}  // namespace

int main() {
  precis::Input input;
  precis::IngestReport report;
  const std::string path = std::string(PRECIS_SHARED_DIR) + "/data/duc2004/clusters.jsonl";
  if (!precis::ReadPath(path, precis::IngestOptions(), &input, &report).ok()) {
    std::printf("%s not found: nothing to measure\n", path.c_str());
    return 0;
  }
  std::vector<Article> stream;
  Labelling gold;
  for (const auto& c : input.clusters) {
    for (const auto& a : c.articles) {
      stream.push_back(a);
      gold.emplace_back(a.id, c.id);
    }
  }
  std::printf("%zu articles (%zu empty ones dropped) in %zu gold clusters\n", stream.size(),
              report.skipped_empty, input.clusters.size());
  double sum = 0, low = 1;
  const int kSeeds = 10;
  for (uint64_t seed = 1; seed <= kSeeds; ++seed) {
    // The same shuffle as tests/story/duc_stream_test.cc.
    std::vector<Article> shuffled = stream;
    std::mt19937_64 rng(seed);
    for (size_t i = shuffled.size(); i > 1; --i) std::swap(shuffled[i - 1], shuffled[rng() % i]);
    std::vector<precis::Story> stories;
    precis::StoryReport sr;
    precis::ClusterArticles(shuffled, precis::StoryOptions(), &stories, &sr);
    Labelling predicted;
    for (const auto& s : stories) {
      for (const auto& id : s.articles) predicted.emplace_back(id, std::to_string(s.id));
    }
    ClusteringScores sc;
    precis::ScoreClustering(gold, predicted, &sc);
    char label[64];
    std::snprintf(label, sizeof label, "shuffle seed %llu:", static_cast<unsigned long long>(seed));
    Print(label, sc);
    sum += sc.bcubed_f1;
    low = std::min(low, sc.bcubed_f1);
  }
  std::printf("B-cubed F1 over %d shuffles: mean %.4f, lowest %.4f\n\n", kSeeds, sum / kSeeds, low);

  const auto pairs = SharingPairs(stream, gold);
  std::printf("gold cluster pairs sharing identical article texts: %zu\n", pairs.size());
  Labelling merged = gold;
  for (auto& [id, label] : merged) {
    for (const auto& [a, b] : pairs) {
      if (label == b) label = a;
    }
  }
  ClusteringScores sc;
  precis::ScoreClustering(gold, merged, &sc);
  Print("reference: gold with those pairs merged", sc);
  precis::ScoreClustering(gold, NearestGoldCentroid(stream, gold), &sc);
  Print("reference: nearest gold centroid (supervised)", sc);

  // Off-topic filtering: half the articles get two sentences pasted from another cluster.
  std::printf(
      "\noff-topic filter (two sentences of another cluster pasted into half the "
      "articles; DUC clusters as stories):\n");
  for (int variant = 0; variant < 3; ++variant) {
    precis::DigestOptions options;
    const char* label = "defaults";
    if (variant == 1) {
      options.unrelated_threshold = 0.02;
      label = "with unrelated_threshold 0.02";
    } else if (variant == 2) {
      options.other_ratio = 1;
      options.other_min = 0;
      label = "any closer story (ratio 1, min 0)";
    }
    const auto t = precis::story::RunOffTopicTrial(input.clusters, options, 7);
    std::printf(
        "  %-34s pasted sentences caught %zu/%zu = %.1f%%, other sentences left out "
        "%zu/%zu = %.1f%%\n",
        label, t.caught, t.pasted, 100.0 * t.caught / t.pasted, t.flagged, t.original,
        100.0 * t.flagged / t.original);
  }
  return 0;
}
