// ROUGE: recall-oriented n-gram, LCS and skip-bigram overlap between a system summary (the
// *peer*) and reference summaries (*models*), reproducing the printed numbers of the
// ROUGE-1.5.5.pl script exactly, quirks included (see docs/rouge.md and
// ../shared/rouge/SPEC.md).
//
// Evaluation stands apart from the summarizer: ROUGE has its own byte-level tokenizer and its
// own Porter stemmer variant and never shares text code with the rest of precis.
//
// Texts are given in memory as lists of sentences. Each sentence is treated like the lines an
// SPL file would hold: it is split at '\n' and empty lines are dropped. Bytes are bytes: there
// is no Unicode handling (bytes >= 0x80 separate tokens, as in the script).
//
// Usage:
//   std::unique_ptr<RougeScorer> scorer;
//   PRECIS_RETURN_IF_ERROR(RougeScorer::Create(options, &scorer));
//   scorer->SetModels(models);                             // preprocessed once
//   RougeEvalResult result;
//   PRECIS_RETURN_IF_ERROR(scorer->Score(peer, &result));  // as many peers as you like
//   result.id = "1.S";                                     // sets the bootstrap order
//   ... collect results, then RougeCorpusAverage(results, metric_index, options).
//
// Thread-safety: free functions are thread-safe. A RougeScorer is not (it caches interned
// tokens); use one per thread.
#ifndef PRECIS_ROUGE_H_
#define PRECIS_ROUGE_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "precis/status.h"

namespace precis {

// -f: how the models of one evaluation are combined.
enum class RougeModelCombine {
  kAverage,  // -f A: pool the counts of all models (the peer count is added once per model)
  kBest,     // -f B: take the counts of the best-scoring model (strictly greater wins)
};

// -t: the unit the corpus average is taken over.
enum class RougeCounting {
  kEvaluation = 0,   // -t 0: bootstrap mean of the rounded per-evaluation R, P, F
  kTokenTotals = 1,  // -t 1: bootstrap mean of corpus-level ratios of the summed counts
  kSums = 2,         // -t 2: no bootstrap, print summed counts (M, Pc, H)
};

// The script's flags, one field each. Validate with ValidateRougeOptions().
struct RougeOptions {
  // -n N: ROUGE-1 ... ROUGE-N. Default: 0 (none; the script has no default either).
  int max_n = 0;
  // ROUGE-L; -x turns it off. Default: true.
  bool lcs = true;
  // -w W: ROUGE-W with weight function f(k) = k^W; must be > 0. Default: 0 (off).
  double w_weight = 0;
  // How W appears in the label ROUGE-W-<text> (the script prints W as typed).
  // Default: "" (W printed with %g, e.g. "1.2").
  std::string w_label;
  // -2 D: ROUGE-S with at most D tokens skipped between the pair; D < 0 means no limit
  // (ROUGE-S*). Default: off.
  bool skip_bigrams = false;
  int skip_distance = -1;
  // -u: count unigrams too (ROUGE-SU). -U: report both ROUGE-S and ROUGE-SU.
  // Default: false, false.
  bool skip_unigrams = false;
  bool skip_both = false;
  // -m: stem tokens longer than 3 bytes (WordNet exceptions, then Porter). Default: false.
  bool stem = false;
  // Use the WordNet 2.0 exception table when stemming. Many circulating copies of the script
  // ship an empty table; false reproduces those. Default: true.
  bool use_exceptions = true;
  // -s: remove SMART common words (after the length limit). Default: false.
  bool remove_stopwords = false;
  // -l L / -b B: keep only the first L raw words / B raw bytes of every peer and model
  // (before cleanup; see SPEC 2.1). At most one may be > 0. Default: 0 (no limit).
  int64_t word_limit = 0;
  int64_t byte_limit = 0;
  // -f A|B. Default: kAverage.
  RougeModelCombine combine = RougeModelCombine::kAverage;
  // -p: F = PR / ((1 - alpha) P + alpha R), in [0, 1]. Default: 0.5.
  double alpha = 0.5;
  // -t 0|1|2. Default: kEvaluation.
  RougeCounting counting = RougeCounting::kEvaluation;
  // -c: confidence level of the bootstrap interval, in [0, 100]. Default: 95.
  double confidence = 95;
  // -r: number of bootstrap replicates, >= 1. Default: 1000.
  int resamples = 1000;
  // Replicate b is drawn with drand48 seeded with seed + b. Default: 0 (the script's seeds).
  uint32_t seed = 0;
  // -d: reports list the scores of every evaluation after the averages. Scores are computed
  // per evaluation either way. Default: false.
  bool per_evaluation = false;
};

// Checks ranges and combinations (-l with -b, alpha, confidence, resamples, W).
Status ValidateRougeOptions(const RougeOptions& options);

enum class RougeMetricKind { kN, kL, kW, kS };

// One reported metric ("block" of the script's output).
struct RougeMetric {
  RougeMetricKind kind = RougeMetricKind::kN;
  int n = 0;              // kN: the n-gram size
  bool unigrams = false;  // kS: ROUGE-SU
  std::string label;      // "ROUGE-1", "ROUGE-L", "ROUGE-W-1.2", "ROUGE-SU4", "ROUGE-S*" ...
};

// The metrics `options` asks for, in the script's order: ROUGE-1..N, L, W, S/SU.
std::vector<RougeMetric> RougeMetricsFor(const RougeOptions& options);

// One metric of one evaluation.
struct RougeScore {
  // R, P and F rounded to 5 decimals exactly as the script prints them (F is computed from
  // the rounded R and P).
  double recall = 0;
  double precision = 0;
  double f = 0;
  // The raw totals (M, Pc, H) that -t 1 and -t 2 use: model count, peer count, hits. For
  // ROUGE-W the weighted reals sum f(base), sum f(peer count), sum hit.
  double model_count = 0;
  double peer_count = 0;
  double hit_count = 0;
};

// All metrics of one evaluation (one peer against its models).
struct RougeEvalResult {
  // Test id, "<evalID>.<peerID>" in the script. Score() does not touch it; the corpus average
  // resamples evaluations in byte order of their ids.
  std::string id;
  std::vector<RougeScore> metrics;  // parallel to RougeScorer::metrics()
  uint64_t peer_tokens = 0;         // tokens of the (limited) peer; 0 = empty text
};

// Scores peers against a fixed set of models with fixed options. Models are tokenized and
// counted once by SetModels(); each Score() call only processes the peer.
class RougeScorer {
 public:
  // Validates `options`; on success *out holds a scorer with no models.
  static Status Create(const RougeOptions& options, std::unique_ptr<RougeScorer>* out);
  ~RougeScorer();
  RougeScorer(const RougeScorer&) = delete;
  RougeScorer& operator=(const RougeScorer&) = delete;

  const RougeOptions& options() const;
  const std::vector<RougeMetric>& metrics() const;

  // Replaces the models. Each model is a list of sentences. Zero models are allowed (all
  // scores are then 0).
  void SetModels(std::span<const std::vector<std::string>> models);
  size_t model_count() const;
  // Tokens of model i after limits, stop words and stemming; 0 means an empty text.
  uint64_t model_tokens(size_t i) const;

  // Scores `peer` against the models. Fills out->metrics and out->peer_tokens; leaves out->id.
  // Fails only where the script dies: ROUGE-W with a model that has no tokens ("Illegal
  // division by zero"). out->metrics then holds the metrics before ROUGE-W.
  Status Score(std::span<const std::string> peer, RougeEvalResult* out);

 private:
  struct Impl;
  explicit RougeScorer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Mean and bootstrap confidence interval of one component.
struct RougeInterval {
  double mean = 0;  // the mean of the bootstrap replicates (what ROUGE-1.5.5 prints)
  double low = 0;
  double high = 0;
  // Without resampling: -t 0, the plain mean over the evaluations (what `precis eval` reports as
  // `mean`; it differs from `mean` in the fourth digit); -t 1, the ratio of the summed counts.
  double average = 0;
};

// Corpus-level result of one metric.
struct RougeAverage {
  // -t 0 and -t 1: the mean of the bootstrap replicates (not the plain mean) and the interval.
  RougeInterval recall;
  RougeInterval precision;
  RougeInterval f;
  // -t 2: the sums of (M, Pc, H) over evaluations, truncated to integers.
  int64_t model_count = 0;
  int64_t peer_count = 0;
  int64_t hit_count = 0;
};

// Averages metric `metric` over `evals` as the script does (SPEC 8): evaluations sorted by id
// as byte strings, options.resamples replicates with drand48 seeds seed .. seed+R-1, the mean
// of the sorted replicates, and the interval at options.confidence. Uses options.counting,
// alpha, confidence, resamples and seed. With no evaluations everything is 0.
// REQUIRES: every eval has more than `metric` metrics; options are valid.
RougeAverage RougeCorpusAverage(std::span<const RougeEvalResult> evals, size_t metric,
                                const RougeOptions& options);

}  // namespace precis

#endif  // PRECIS_ROUGE_H_
