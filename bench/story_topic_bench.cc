// Story clustering by subject ("topic mode") on DUC 2006, and the shuffled DUC 2004 stream, with
// B-cubed precision, recall and F1 overall and for each half of the gold topics.
//
//   build/story_topic_bench [duc2006|duc2004] [name=value ...]
//
// DUC 2006: the 50 topics as one stream in date order, exactly as
//   precis cluster ../shared/data/duc2006/clusters.jsonl --mode topic
// reads it: an article listed under several topics counts once, under the first (the CLI skips
// the later copies); the articles are put in arrival order with SortByArrival. The halves are
// the topics D0601-D0625 and D0626-D0650. A half's figure averages the per-item B-cubed values
// of its items over the whole clustering (a story mixing both halves costs precision in both).
//
// DUC 2004: the 488 non-empty articles shuffled with seeds 1 to 10 (the shuffle of
// story_quality_bench), event mode (the defaults); halves are the first and the second 25
// clusters of the file.
//
// name=value pairs override StoryOptions fields for experiments: join, merge, idle, half_life,
// name_boost, refine, agglomerate, centroid_terms, index_terms, query_terms, neighbours,
// snn (the shared-neighbour threshold), snn_boost (its name boost),
// snn_merge (the merge pass after it), mode
// (topic|event; applied first).
#include <cstdio>
#include <cstdlib>
#include <map>
#include <random>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "precis/ingest.h"
#include "precis/story.h"

namespace {

using precis::Article;
using precis::StoryOptions;

struct Scores {
  double p = 0, r = 0, n = 0;
  double F1() const {
    const double pp = p / n, rr = r / n;
    return pp + rr > 0 ? 2 * pp * rr / (pp + rr) : 0;
  }
};

// Per-item B-cubed: precision = |pred ∩ gold| / |pred|, recall = |pred ∩ gold| / |gold|,
// summed into the item's half.
void Score(const std::vector<std::string>& ids, const std::vector<std::string>& gold,
           const std::vector<int>& half, const std::vector<precis::Story>& stories, Scores out[3],
           size_t* clusters) {
  std::unordered_map<std::string, size_t> index;
  for (size_t i = 0; i < ids.size(); ++i) index[ids[i]] = i;
  std::vector<int64_t> pred(ids.size(), -1);
  *clusters = 0;
  for (const precis::Story& s : stories) {
    bool any = false;
    for (const std::string& a : s.articles) {
      auto it = index.find(a);
      if (it == index.end()) continue;
      pred[it->second] = static_cast<int64_t>(s.id);
      any = true;
    }
    *clusters += any;
  }
  int64_t singleton = -2;
  for (int64_t& p : pred) {
    if (p == -1) p = singleton--;  // missing from the prediction: a singleton
  }
  std::map<std::pair<std::string, int64_t>, double> cell;
  std::unordered_map<std::string, double> gold_size;
  std::unordered_map<int64_t, double> pred_size;
  for (size_t i = 0; i < ids.size(); ++i) {
    cell[{gold[i], pred[i]}] += 1;
    gold_size[gold[i]] += 1;
    pred_size[pred[i]] += 1;
  }
  for (size_t i = 0; i < ids.size(); ++i) {
    const double c = cell[{gold[i], pred[i]}];
    for (int h : {0, half[i]}) {
      out[h].p += c / pred_size[pred[i]];
      out[h].r += c / gold_size[gold[i]];
      out[h].n += 1;
    }
  }
}

bool Override(StoryOptions* o, const std::string& arg) {
  const size_t eq = arg.find('=');
  if (eq == std::string::npos) return false;
  const std::string k = arg.substr(0, eq), v = arg.substr(eq + 1);
  if (k == "mode") return precis::ApplyStoryMode(v, o).ok();
  const double x = std::atof(v.c_str());
  if (k == "join") {
    o->join_threshold = x;
  } else if (k == "merge") {
    o->merge_threshold = x;
  } else if (k == "idle") {
    o->idle_hours = x;
  } else if (k == "half_life") {
    o->decay_half_life_hours = x;
  } else if (k == "name_boost") {
    o->name_boost = x;
  } else if (k == "refine") {
    o->refine_iterations = static_cast<uint32_t>(x);
  } else if (k == "agglomerate") {
    o->agglomerate_threshold = x;
  } else if (k == "centroid_terms") {
    o->centroid_terms = static_cast<uint32_t>(x);
  } else if (k == "index_terms") {
    o->index_terms = static_cast<uint32_t>(x);
  } else if (k == "query_terms") {
    o->query_terms = static_cast<uint32_t>(x);
  } else if (k == "neighbours") {
    o->shared_neighbours = static_cast<int>(x);
  } else if (k == "snn_merge") {
    o->shared_neighbour_merge_threshold = x;
  } else if (k == "snn_boost") {
    o->shared_neighbour_name_boost = x;
  } else if (k == "snn") {
    o->shared_neighbour_threshold = x;
  } else {
    return false;
  }
  return true;
}

void PrintLine(const char* label, const Scores& s, size_t clusters) {
  std::printf("%-34s %4zu stories  B-cubed P %.4f R %.4f F1 %.4f  (%g articles)\n", label, clusters,
              s.p / s.n, s.r / s.n, s.F1(), s.n);
}

}  // namespace

int main(int argc, char** argv) {
  std::string set = "duc2006";
  int first = 1;
  if (argc > 1 && std::string(argv[1]).find('=') == std::string::npos) {
    set = argv[1];
    first = 2;
  }
  StoryOptions options;
  if (set == "duc2006") (void)precis::ApplyStoryMode("topic", &options);
  for (int i = first; i < argc; ++i) {
    if (!Override(&options, argv[i])) {
      std::fprintf(stderr, "story_topic_bench: bad argument '%s'\n", argv[i]);
      return 2;
    }
  }
  if (!precis::ValidateStoryOptions(options).ok()) {
    std::fprintf(stderr, "story_topic_bench: invalid options\n");
    return 2;
  }
  const std::string path = std::string(PRECIS_SHARED_DIR) + "/data/" + set + "/clusters.jsonl";
  precis::Input input;
  precis::IngestReport report;
  if (!precis::ReadPath(path, precis::IngestOptions(), &input, &report).ok()) {
    std::printf("%s not found: nothing to measure\n", path.c_str());
    return 0;
  }
  std::vector<Article> stream;
  std::vector<std::string> ids, gold;
  std::vector<int> half;
  std::unordered_set<std::string> seen;
  const size_t topics = input.clusters.size();
  for (size_t c = 0; c < topics; ++c) {
    for (const Article& a : input.clusters[c].articles) {
      if (!seen.insert(a.id).second) continue;  // counted under its first topic
      stream.push_back(a);
      ids.push_back(a.id);
      gold.push_back(input.clusters[c].id);
      half.push_back(c < (topics + 1) / 2 ? 1 : 2);
    }
  }
  std::printf(
      "%s: %zu articles in %zu topics; options: join %g merge %g agglomerate %g "
      "idle %g h half-life %g h name boost %g refine %u shared neighbours %d (threshold %g)\n",
      set.c_str(), stream.size(), topics, options.join_threshold, options.merge_threshold,
      precis::EffectiveAgglomerate(options), options.idle_hours, options.decay_half_life_hours,
      precis::EffectiveNameBoost(options), options.refine_iterations,
      precis::EffectiveSharedNeighbours(options), options.shared_neighbour_threshold);
  const std::string first_half =
      input.clusters.front().id + "-" + input.clusters[(topics + 1) / 2 - 1].id;
  const std::string second_half =
      input.clusters[(topics + 1) / 2].id + "-" + input.clusters.back().id;
  const int runs = set == "duc2006" ? 1 : 10;
  double mean[3] = {0, 0, 0}, mean_p = 0, low = 1;
  for (int run = 1; run <= runs; ++run) {
    std::vector<Article> order = stream;
    if (set == "duc2006") {
      precis::SortByArrival(&order);
    } else {
      std::mt19937_64 rng(run);
      for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
    }
    std::vector<precis::Story> stories;
    precis::StoryReport sr;
    if (!precis::ClusterArticles(order, options, &stories, &sr).ok()) return 1;
    Scores s[3];
    size_t clusters = 0;
    Score(ids, gold, half, stories, s, &clusters);
    if (runs > 1) {
      char label[64];
      std::snprintf(label, sizeof label, "seed %d:", run);
      PrintLine(label, s[0], clusters);
    } else {
      PrintLine("all topics:", s[0], clusters);
      PrintLine(("first half " + first_half + ":").c_str(), s[1], clusters);
      PrintLine(("second half " + second_half + ":").c_str(), s[2], clusters);
    }
    for (int h = 0; h < 3; ++h) mean[h] += s[h].F1() / runs;
    mean_p += s[0].p / s[0].n / runs;
    low = std::min(low, s[0].F1());
  }
  if (runs > 1) {
    std::printf("mean over %d shuffles: F1 %.4f (lowest %.4f), P %.4f; halves F1 %.4f / %.4f\n",
                runs, mean[0], low, mean_p, mean[1], mean[2]);
  }
  return 0;
}
