#include "server/metrics.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <system_error>

namespace precis::server {
namespace {

// The shortest text that reads back as `v`: bucket bounds print as written in metrics.h
// (le="0.0005", not "%.17g"'s le="0.00050000000000000001").
std::string Num(double v) {
  char buf[64];
  const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed);
  return ec == std::errc() ? std::string(buf, end) : std::to_string(v);
}

void RenderHistogram(const std::string& name, const std::string& labels, uint64_t count, double sum,
                     const std::array<double, 15>& bounds,
                     const std::array<uint64_t, Metrics::kBuckets.size()>& counts,
                     std::string* out) {
  const std::string sep = labels.empty() ? "" : ",";
  uint64_t cumulative = 0;
  for (size_t i = 0; i < bounds.size(); ++i) {
    cumulative += counts[i];
    *out += name + "_bucket{" + labels + sep + "le=\"" + Num(bounds[i]) + "\"} " +
            std::to_string(cumulative) + "\n";
  }
  *out += name + "_bucket{" + labels + sep + "le=\"+Inf\"} " + std::to_string(count) + "\n";
  const std::string braces = labels.empty() ? "" : "{" + labels + "}";
  *out += name + "_sum" + braces + " " + Num(sum) + "\n";
  *out += name + "_count" + braces + " " + std::to_string(count) + "\n";
}

}  // namespace

void Metrics::Histogram::Add(const std::array<double, 15>& bounds, double seconds) {
  for (size_t i = 0; i < bounds.size(); ++i) {
    if (seconds <= bounds[i]) {
      counts[i].fetch_add(1, std::memory_order_relaxed);
      break;
    }
  }
  count.fetch_add(1, std::memory_order_relaxed);
  sum_ns.fetch_add(static_cast<uint64_t>(std::max(0.0, seconds) * 1e9), std::memory_order_relaxed);
}

void Metrics::Observe(std::string_view route, int status, double seconds) {
  size_t r = 0;
  while (r < kRoutes.size() && kRoutes[r] != route) ++r;
  if (r == kRoutes.size()) r = std::find(kRoutes.begin(), kRoutes.end(), "other") - kRoutes.begin();
  if (status < kFirstStatus || status >= kFirstStatus + kStatuses) status = 500;
  routes_[r].requests[status - kFirstStatus].fetch_add(1, std::memory_order_relaxed);
  routes_[r].latency.Add(kBuckets, seconds);
}

void Metrics::ObserveLag(double seconds) { lag_.Add(kLagBuckets, seconds); }

std::string Metrics::Render(const std::vector<std::pair<std::string, double>>& gauges) const {
  // A snapshot of a histogram (the counters are read one by one while requests go on, so a
  // scrape may be off by the requests in flight, as with any lock-free counters).
  auto snapshot = [](const Histogram& h, std::array<uint64_t, kBuckets.size()>* counts,
                     uint64_t* count, double* sum) {
    for (size_t i = 0; i < kBuckets.size(); ++i) {
      (*counts)[i] = h.counts[i].load(std::memory_order_relaxed);
    }
    *count = h.count.load(std::memory_order_relaxed);
    *sum = static_cast<double>(h.sum_ns.load(std::memory_order_relaxed)) / 1e9;
  };
  std::string out;
  out +=
      "# HELP precis_http_requests_total HTTP requests by route and status "
      "code.\n";
  out += "# TYPE precis_http_requests_total counter\n";
  for (size_t r = 0; r < kRoutes.size(); ++r) {
    for (int s = 0; s < kStatuses; ++s) {
      const uint64_t n = routes_[r].requests[s].load(std::memory_order_relaxed);
      if (n == 0) continue;
      out += "precis_http_requests_total{route=\"" + std::string(kRoutes[r]) + "\",code=\"" +
             std::to_string(s + kFirstStatus) + "\"} " + std::to_string(n) + "\n";
    }
  }
  out +=
      "# HELP precis_http_request_duration_seconds Time to answer a "
      "request, by route.\n";
  out += "# TYPE precis_http_request_duration_seconds histogram\n";
  std::array<uint64_t, kBuckets.size()> counts;
  uint64_t count;
  double sum;
  for (size_t r = 0; r < kRoutes.size(); ++r) {
    snapshot(routes_[r].latency, &counts, &count, &sum);
    if (count == 0) continue;
    RenderHistogram("precis_http_request_duration_seconds",
                    "route=\"" + std::string(kRoutes[r]) + "\"", count, sum, kBuckets, counts,
                    &out);
  }
  out +=
      "# HELP precis_summary_lag_seconds From a story's first unsummarized "
      "change to its "
      "new summary.\n";
  out += "# TYPE precis_summary_lag_seconds histogram\n";
  snapshot(lag_, &counts, &count, &sum);
  RenderHistogram("precis_summary_lag_seconds", "", count, sum, kLagBuckets, counts, &out);
  for (const auto& [name, value] : gauges) {
    const std::string base = name.substr(0, name.find('{'));
    out += "# TYPE " + base + (base.ends_with("_total") ? " counter\n" : " gauge\n");
    out += name + " " + Num(value) + "\n";
  }
  return out;
}

}  // namespace precis::server
