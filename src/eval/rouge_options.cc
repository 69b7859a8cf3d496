// Validation of RougeOptions and the list of metrics they ask for.
#include <cmath>
#include <cstdio>

#include "precis/rouge.h"

namespace precis {

Status ValidateRougeOptions(const RougeOptions& options) {
  if (options.max_n < 0) return Status::InvalidArgument("ROUGE-N size (-n) must be >= 0");
  if (options.word_limit > 0 && options.byte_limit > 0)
    return Status::InvalidArgument("a word limit (-l) and a byte limit (-b) cannot be combined");
  if (!(options.w_weight >= 0) || std::isinf(options.w_weight))
    return Status::InvalidArgument("ROUGE-W weight (-w) must be > 0");
  if (!(options.alpha >= 0 && options.alpha <= 1))
    return Status::InvalidArgument("F-measure alpha (-p) must be in [0, 1]");
  if (!(options.confidence >= 0 && options.confidence <= 100))
    return Status::InvalidArgument("confidence level (-c) must be in [0, 100]");
  if (options.resamples < 1)
    return Status::InvalidArgument("number of bootstrap resamples (-r) must be >= 1");
  return Status::Ok();
}

std::vector<RougeMetric> RougeMetricsFor(const RougeOptions& options) {
  std::vector<RougeMetric> metrics;
  for (int n = 1; n <= options.max_n; ++n)
    metrics.push_back({RougeMetricKind::kN, n, false, "ROUGE-" + std::to_string(n)});
  if (options.lcs) metrics.push_back({RougeMetricKind::kL, 0, false, "ROUGE-L"});
  if (options.w_weight > 0) {
    std::string w = options.w_label;
    if (w.empty()) {
      char buf[64];
      std::snprintf(buf, sizeof(buf), "%g", options.w_weight);
      w = buf;
    }
    metrics.push_back({RougeMetricKind::kW, 0, false, "ROUGE-W-" + w});
  }
  if (options.skip_bigrams) {
    std::string gap =
        options.skip_distance < 0 ? std::string("*") : std::to_string(options.skip_distance);
    if (options.skip_both || !options.skip_unigrams)
      metrics.push_back({RougeMetricKind::kS, 0, false, "ROUGE-S" + gap});
    if (options.skip_both || options.skip_unigrams)
      metrics.push_back({RougeMetricKind::kS, 0, true, "ROUGE-SU" + gap});
  }
  return metrics;
}

}  // namespace precis
