// Evaluation harness: runs summarization methods over clusters that carry human reference
// summaries and scores every summary with ROUGE (precis/rouge.h), plus the extractive
// oracle, an upper bound that reads the references.
//
// Thread-safe: Evaluate() uses its own scorers per worker thread.
#ifndef PRECIS_EVAL_H_
#define PRECIS_EVAL_H_

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "precis/article.h"
#include "precis/rouge.h"
#include "precis/status.h"
#include "precis/summarize.h"

namespace precis {

// The name Evaluate() accepts for the oracle.
inline constexpr const char* kOracleMethod = "oracle";

// Summaries written elsewhere (another system, a baseline run), scored as a method is: the
// name is the method column of the results.
struct SystemSummaries {
  std::string name;
  // Cluster id -> the summary's sentences (one string may hold the whole summary; ROUGE
  // splits nothing, it counts tokens). Every scored cluster needs one: a cluster with
  // references and no summary here is a kDataError naming both.
  std::map<std::string, std::vector<std::string>> summaries;
};

struct EvalOptions {
  // Methods to run: MethodNames() entries or kOracleMethod. Default: none.
  std::vector<std::string> methods;
  // Summaries from elsewhere, scored after the methods under the same ROUGE options (the
  // budget does not apply: ROUGE's -l or -b cuts them, as it cut DUC's systems). Default: none.
  std::vector<SystemSummaries> systems;
  // Options for every method (its `method` field is overridden per method). The harness
  // turns budget.truncate_last on by default, as DUC systems fill the budget and ROUGE's
  // -l/-b cuts the rest. Default: 100 words, truncated.
  SummarizeOptions summarize = [] {
    SummarizeOptions o;
    o.budget.truncate_last = true;
    return o;
  }();
  // ROUGE flags. Default: -n 2 -m -2 4 -u -l 100 (ROUGE-1, 2, L, SU4 as DUC 2004 reports).
  RougeOptions rouge = [] {
    RougeOptions r;
    r.max_n = 2;
    r.stem = true;
    r.skip_bigrams = true;
    r.skip_distance = 4;
    r.skip_unigrams = true;
    r.word_limit = 100;
    return r;
  }();
  // IDF weights for every summary: null builds them over the scored clusters' articles (so
  // they change with the clusters scored together); a table over a fixed background keeps
  // them the same for every subset. Not owned. Default: null.
  const IdfTable* idf = nullptr;
  // Worker threads (0: one per core). Results do not depend on it.
  unsigned threads = 0;
  // Called after each (method, cluster) summary is scored with the number done so far and
  // the total (methods x clusters with references). Calls come from worker threads, one at a
  // time. Default: none.
  std::function<void(size_t done, size_t total)> progress;
};

struct ClusterScore {
  std::string cluster_id;
  RougeEvalResult rouge;  // metrics parallel to MethodEval::metrics
  Summary summary;
};

struct MethodEval {
  std::string method;
  std::vector<RougeMetric> metrics;
  std::vector<RougeAverage> averages;     // parallel to metrics
  std::vector<ClusterScore> clusters;     // input order
  double ms_per_cluster = 0;              // mean summarization time
};

// Runs every method on every cluster that has references (clusters without any are skipped
// and counted in *skipped when given) and scores the summaries, then scores every system's
// summaries the same way (one MethodEval each, after the methods').
// Errors: kInvalidArgument for an unknown method, bad ROUGE options or nothing to evaluate;
// kDataError for no cluster with references or a system without a summary of one.
Status Evaluate(const std::vector<Cluster>& clusters, const EvalOptions& options,
                std::vector<MethodEval>* out, size_t* skipped = nullptr);

// The oracle: greedily adds the source sentence that most raises ROUGE-2 recall (with the
// given ROUGE options' stemming, stopwords and limits) against the references, until the
// word budget is reached (the last sentence may overrun; ROUGE's limit cuts it).
Status OracleSummary(const Cluster& cluster, const SummarizeOptions& options,
                     const RougeOptions& rouge, Summary* out);

// Paired bootstrap test (Koehn 2004; Berg-Kirkpatrick et al. 2012) on per-cluster scores:
// the share of `resamples` resampled sets of clusters in which the mean of `a - b` is not
// above 0 (a one-sided p-value for "a is better than b"). Deterministic for a seed.
double PairedBootstrapPValue(const std::vector<double>& a, const std::vector<double>& b,
                             int resamples = 1000, uint32_t seed = 0);

}  // namespace precis

#endif  // PRECIS_EVAL_H_
