// fit_weights: fits the default method's weights (precis/weights.h) on one data set and
// reports them on another, held out.
//
//   fit_weights --group generic --fit duc2004 --check duc2006 [--out fitted.json]
//   fit_weights --group query --fit duc2006-A --check duc2006-B [--base mA.json]
//
// Data sets (from $PRECIS_SHARED_DIR/data, ../shared by default): duc2004 (50 clusters, the
// `-n 2 -m -l 100` setting of docs/quality.md, 100 words; objective ROUGE-1 + ROUGE-2
// recall), duc2006 (50 topics, the official `--preset duc2006` flags, 250 words; objective
// ROUGE-2 + ROUGE-SU4 recall), duc2006-A (topics D0601-D0625) and duc2006-B (D0626-D0650).
// Every cluster is summarized by `auto` exactly as `precis eval` does, in process.
//
// Procedure: coordinate ascent over a fixed grid per weight (Knobs below), starting from the
// built-in weights (or those of --base FILE, a weights file, e.g. one whose concept model was
// fit on the fit set only: the built-in model was fit on all 50 DUC 2006 topics): each round tries
// every grid value of one weight with the others held, keeps the best (a move needs a gain of more
// than --min-gain points of the objective, so that noise-level differences keep the earlier value),
// and goes on to the next weight; it stops after a round without a move or after --rounds rounds.
// Then the fitted weights and the starting ones are scored on the held set. Only the fit set is
// looked at while fitting. Prints every step on stdout; --out writes the fitted weights as a
// weights file.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "eval/rouge_flags.h"
#include "precis/eval.h"
#include "precis/ingest.h"
#include "precis/weights.h"

namespace precis {
namespace {

struct DataSet {
  std::string name;
  std::vector<Cluster> clusters;
  EvalOptions options;
  std::vector<std::string> metrics;  // the objective: the sum of these metrics' recall
};

// One weight the fit may move, and the values it tries.
struct Knob {
  const char* group;
  const char* name;
  double* (*get)(SummaryWeights*);
  std::vector<double> grid;
};

std::vector<Knob> Knobs(const std::string& group) {
  std::vector<Knob> all = {
      {"generic",
       "df_power",
       [](SummaryWeights* w) { return &w->generic.df_power; },
       {1, 1.5, 2, 2.5, 3}},
      {"generic",
       "lead_bonus",
       [](SummaryWeights* w) { return &w->generic.lead_bonus; },
       {0, 4, 8, 12, 16, 24, 32, 48}},
      {"generic",
       "unigram_weight",
       [](SummaryWeights* w) { return &w->generic.unigram_weight; },
       {0, 0.1, 0.2, 0.3, 0.4, 0.5}},
      {"generic",
       "repeat_containment",
       [](SummaryWeights* w) { return &w->generic.repeat_containment; },
       {0.8, 0.85, 0.9, 0.95, 1.01}},
      {"query",
       "concept_boost",
       [](SummaryWeights* w) { return &w->query.concept_boost; },
       {0, 0.3, 0.6, 1.2, 1.8, 2.4, 3.6}},
      {"query",
       "sentence_weight",
       [](SummaryWeights* w) { return &w->query.sentence_weight; },
       {0, 0.3, 0.6, 1.2, 1.8, 2.4, 3.6}},
      {"query",
       "title_weight",
       [](SummaryWeights* w) { return &w->query.title_weight; },
       {0.5, 1, 2, 3, 4}},
  };
  std::vector<Knob> out;
  for (Knob& k : all) {
    if (group == k.group) out.push_back(std::move(k));
  }
  return out;
}

bool Load(const std::string& shared, const std::string& name, DataSet* out) {
  const bool duc2004 = name == "duc2004";
  const bool duc2006 = name.rfind("duc2006", 0) == 0;
  if (!duc2004 && !(duc2006 && (name == "duc2006" || name == "duc2006-A" || name == "duc2006-B"))) {
    std::fprintf(stderr,
                 "fit_weights: unknown data set %s (duc2004, duc2006, "
                 "duc2006-A, duc2006-B)\n",
                 name.c_str());
    return false;
  }
  const std::string path =
      shared + (duc2004 ? "/data/duc2004/clusters.jsonl" : "/data/duc2006/clusters.jsonl");
  std::string bytes;
  Status s = ReadFile(path, size_t{1} << 30, &bytes);
  std::vector<Cluster> all;
  IngestReport report;
  if (s.ok()) s = ParseClustersJsonl(bytes, path, IngestOptions(), &all, &report);
  if (!s.ok()) {
    std::fprintf(stderr, "fit_weights: %s\n", s.message().c_str());
    return false;
  }
  out->name = name;
  for (Cluster& c : all) {
    // DUC 2006 ids are "D06NNX": half A holds topics 01-25, half B 26-50.
    const int topic = c.id.size() >= 5 ? std::atoi(c.id.substr(3, 2).c_str()) : 0;
    if (name == "duc2006-A" && topic > 25) continue;
    if (name == "duc2006-B" && topic <= 25) continue;
    out->clusters.push_back(std::move(c));
  }
  // The flags of `precis eval --preset duc2004 / duc2006`, but one bootstrap
  // replicate: the objective is the exact mean over clusters, computed below.
  rouge::RougeCommandLine cl;
  const std::string flags = duc2004 ? "-n 2 -m -l 100 -c 95 -r 1 -f A -p 0.5 -t 0 -a"
                                    : "-n 2 -m -2 4 -u -c 95 -r 1 -f A -p 0.5 -t 0 -a -l 250";
  std::vector<std::string> args;
  for (size_t at = 0; at < flags.size();) {
    const size_t end = std::min(flags.find(' ', at), flags.size());
    args.push_back(flags.substr(at, end - at));
    at = end + 1;
  }
  s = rouge::ApplyRougeFlags(args, &cl);
  if (!s.ok()) {
    std::fprintf(stderr, "fit_weights: %s\n", s.message().c_str());
    return false;
  }
  out->options.rouge = cl.options;
  out->options.summarize.budget.limit = duc2004 ? 100 : 250;
  out->options.methods = {"auto"};
  out->options.threads = 2;
  out->metrics = duc2004 ? std::vector<std::string>{"ROUGE-1", "ROUGE-2"}
                         : std::vector<std::string>{"ROUGE-2", "ROUGE-SU4"};
  return true;
}

// Mean recall x 100 of each objective metric, and their sum (the objective).
struct Score {
  std::vector<double> recall;
  double objective = 0;
};

bool Run(const DataSet& d, const SummaryWeights& w, Score* out) {
  EvalOptions o = d.options;
  o.summarize.weights = w;
  std::vector<MethodEval> evals;
  const Status s = Evaluate(d.clusters, o, &evals);
  if (!s.ok()) {
    std::fprintf(stderr, "fit_weights: %s\n", s.message().c_str());
    return false;
  }
  const MethodEval& e = evals[0];
  *out = Score();
  for (const std::string& name : d.metrics) {
    size_t k = 0;
    while (k < e.metrics.size() && e.metrics[k].label != name) ++k;
    double sum = 0;
    for (const ClusterScore& c : e.clusters) sum += c.rouge.metrics[k].recall;
    const double mean = 100 * sum / static_cast<double>(e.clusters.size());
    out->recall.push_back(mean);
    out->objective += mean;
  }
  return true;
}

std::string Describe(const std::vector<Knob>& knobs, SummaryWeights w) {
  std::string out;
  char buf[64];
  for (const Knob& k : knobs) {
    std::snprintf(buf, sizeof buf, "%s%s=%g", out.empty() ? "" : " ", k.name, *k.get(&w));
    out += buf;
  }
  return out;
}

std::string Figures(const DataSet& d, const Score& s) {
  std::string out;
  char buf[64];
  for (size_t i = 0; i < s.recall.size(); ++i) {
    std::snprintf(buf, sizeof buf, "%s%s %.2f", i ? " / " : "", d.metrics[i].c_str(), s.recall[i]);
    out += buf;
  }
  return out;
}

int Main(int argc, char** argv) {
  std::string group, fit, check, out_path, base_path;
  int rounds = 3;
  double min_gain = 0.05;
  const char* env = std::getenv("PRECIS_SHARED_DIR");
  std::string shared = env != nullptr ? env : PRECIS_SHARED_DIR;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto value = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
    if (a == "--group")
      group = value();
    else if (a == "--fit")
      fit = value();
    else if (a == "--check")
      check = value();
    else if (a == "--out")
      out_path = value();
    else if (a == "--rounds")
      rounds = std::atoi(value().c_str());
    else if (a == "--min-gain")
      min_gain = std::atof(value().c_str());
    else if (a == "--base")
      base_path = value();
    else if (a == "--shared")
      shared = value();
    else {
      std::fprintf(stderr,
                   "usage: fit_weights --group generic|query --fit SET "
                   "--check SET [--base FILE] [--out FILE] "
                   "[--rounds N] [--min-gain POINTS] [--shared DIR]\n"
                   "SET: duc2004, duc2006, duc2006-A, duc2006-B\n");
      return a == "--help" || a == "-h" ? 0 : 2;
    }
  }
  const std::vector<Knob> knobs = Knobs(group);
  if (knobs.empty() || fit.empty() || check.empty()) {
    std::fprintf(stderr,
                 "fit_weights: --group (generic or query), --fit and "
                 "--check are required\n");
    return 2;
  }
  SummaryWeights base;
  if (!base_path.empty()) {
    const Status s = LoadWeights(base_path, &base);
    if (!s.ok()) {
      std::fprintf(stderr, "fit_weights: %s\n", s.message().c_str());
      return 1;
    }
  }
  DataSet fit_set, check_set;
  if (!Load(shared, fit, &fit_set) || !Load(shared, check, &check_set)) return 1;

  // Scores on the fit set, by the weights' description (a point is never scored
  // twice).
  std::map<std::string, Score> seen;
  auto score = [&](const SummaryWeights& w, Score* s) {
    const std::string key = Describe(knobs, w);
    if (auto it = seen.find(key); it != seen.end()) {
      *s = it->second;
      return true;
    }
    if (!Run(fit_set, w, s)) return false;
    seen[key] = *s;
    std::printf("  fit %-10s %-70s %s  (sum %.2f)\n", fit.c_str(), key.c_str(),
                Figures(fit_set, *s).c_str(), s->objective);
    std::fflush(stdout);
    return true;
  };
  SummaryWeights best = base;
  Score best_score;
  if (!score(best, &best_score)) return 1;
  for (int round = 1; round <= rounds; ++round) {
    bool moved = false;
    for (const Knob& k : knobs) {
      SummaryWeights trial = best;
      for (double v : k.grid) {
        *k.get(&trial) = v;
        Score s;
        if (!score(trial, &s)) return 1;
        if (s.objective > best_score.objective + min_gain) {
          best = trial;
          best_score = s;
          moved = true;
        }
      }
      trial = best;
    }
    std::printf("round %d: %s -> %s (sum %.2f)\n", round, Describe(knobs, best).c_str(),
                Figures(fit_set, best_score).c_str(), best_score.objective);
    if (!moved) break;
  }
  Score fitted, builtin;
  if (!Run(check_set, best, &fitted) || !Run(check_set, base, &builtin)) return 1;
  Score builtin_fit;
  score(base, &builtin_fit);
  std::printf("fit on %s: %s\n", fit.c_str(), Describe(knobs, best).c_str());
  std::printf("  on %s (fit):  fitted %s | start %s\n", fit.c_str(),
              Figures(fit_set, best_score).c_str(), Figures(fit_set, builtin_fit).c_str());
  std::printf("  on %s (held): fitted %s | start %s\n", check.c_str(),
              Figures(check_set, fitted).c_str(), Figures(check_set, builtin).c_str());
  if (!out_path.empty()) {
    std::ofstream out(out_path);
    out << FormatWeights(best, "bench/fit_weights --group " + group + " --fit " + fit +
                                   " --check " + check +
                                   (base_path.empty() ? "" : " --base " + base_path));
    if (!out) {
      std::fprintf(stderr, "fit_weights: cannot write %s\n", out_path.c_str());
      return 3;
    }
  }
  return 0;
}

}  // namespace
}  // namespace precis

int main(int argc, char** argv) { return precis::Main(argc, argv); }
