#include "eval/rouge_bootstrap.h"

#include <algorithm>
#include <array>
#include <numeric>

#include "eval/rouge_math.h"

namespace precis {
namespace rouge {

RougeInterval RougeBootstrapInterval(std::span<const double> sorted, double confidence) {
  const double rn = static_cast<double>(sorted.size());
  const int64_t size = static_cast<int64_t>(sorted.size());
  // Indexing as Perl does: past the end reads as 0 (undef), negative counts from the end.
  auto at = [&](int64_t i) {
    if (i < 0) i += size;
    return i >= 0 && i < size ? sorted[static_cast<size_t>(i)] : 0.0;
  };
  RougeInterval out;
  double sum = 0;
  for (double v : sorted) sum += v;  // in ascending order, as the script sums
  out.mean = sum / rn;
  const double delta = rn * ((100 - confidence) / 2) / 100;
  const double upper = std::floor(rn - delta - 1);
  const double lower = std::floor(delta);
  const double rho = rn - delta - 1 - upper;  // the same fraction for both bounds
  const int64_t ua = static_cast<int64_t>(upper), la = static_cast<int64_t>(lower);
  out.low = at(la) + (at(la + 1) - at(la)) * rho;
  out.high = at(ua) + (at(ua + 1) - at(ua)) * rho;
  return out;
}

}  // namespace rouge

RougeAverage RougeCorpusAverage(std::span<const RougeEvalResult> evals, size_t metric,
                                const RougeOptions& options) {
  RougeAverage out;
  const size_t n = evals.size();
  if (n == 0) return out;
  // Evaluations in byte order of their test ids ("1.S" < "10.S" < "2.S").
  std::vector<size_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return evals[a].id < evals[b].id; });
  const bool counts = options.counting != RougeCounting::kEvaluation;
  std::vector<std::array<double, 3>> items(n);
  for (size_t i = 0; i < n; ++i) {
    const RougeScore& s = evals[order[i]].metrics[metric];
    items[i] = counts ? std::array<double, 3>{s.model_count, s.peer_count, s.hit_count}
                      : std::array<double, 3>{s.recall, s.precision, s.f};
  }

  if (options.counting == RougeCounting::kSums) {
    std::array<double, 3> sum{0, 0, 0};
    for (const auto& item : items)
      for (int c = 0; c < 3; ++c) sum[c] += item[c];
    out.model_count = static_cast<int64_t>(sum[0]);  // Perl int(): truncation
    out.peer_count = static_cast<int64_t>(sum[1]);
    out.hit_count = static_cast<int64_t>(sum[2]);
    return out;
  }

  const size_t replicates = static_cast<size_t>(options.resamples);
  std::array<std::vector<double>, 3> values;
  for (auto& v : values) v.resize(replicates);
  for (size_t b = 0; b < replicates; ++b) {
    rouge::Drand48 rng(options.seed + static_cast<uint32_t>(b));
    std::array<double, 3> sum{0, 0, 0};
    for (size_t k = 0; k < n; ++k) {
      size_t idx = static_cast<size_t>(static_cast<double>(n) * rng.Next());
      for (int c = 0; c < 3; ++c) sum[c] += items[idx][c];
    }
    if (!counts) {
      for (int c = 0; c < 3; ++c) values[c][b] = sum[c] / static_cast<double>(n);
    } else {
      // Corpus-level ratios of the summed counts, unrounded; no ROUGE-W inverse (quirk 15).
      double r = sum[0] > 0 ? sum[2] / sum[0] : 0;
      double p = sum[1] > 0 ? sum[2] / sum[1] : 0;
      values[0][b] = r;
      values[1][b] = p;
      values[2][b] = rouge::RougeF(p, r, options.alpha);
    }
  }
  RougeInterval* targets[3] = {&out.recall, &out.precision, &out.f};
  std::array<double, 3> whole{0, 0, 0};
  for (const auto& item : items)
    for (int c = 0; c < 3; ++c) whole[c] += item[c];
  std::array<double, 3> average;
  if (!counts) {
    for (int c = 0; c < 3; ++c) average[c] = whole[c] / static_cast<double>(n);
  } else {
    average[0] = whole[0] > 0 ? whole[2] / whole[0] : 0;
    average[1] = whole[1] > 0 ? whole[2] / whole[1] : 0;
    average[2] = rouge::RougeF(average[1], average[0], options.alpha);
  }
  for (int c = 0; c < 3; ++c) {
    std::sort(values[c].begin(), values[c].end());
    *targets[c] = rouge::RougeBootstrapInterval(values[c], options.confidence);
    targets[c]->average = average[c];
  }
  return out;
}

}  // namespace precis
