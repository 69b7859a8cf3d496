#include "server/metrics.h"

#include <cstdio>

namespace precis::server {
namespace {

std::string Num(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.17g", v);
  return buf;
}

void RenderHistogram(const std::string& name, const std::string& labels, uint64_t count, double sum,
                     const uint64_t* counts, std::string* out) {
  const std::string sep = labels.empty() ? "" : ",";
  uint64_t cumulative = 0;
  for (size_t i = 0; i < Metrics::kBuckets.size(); ++i) {
    cumulative += counts[i];
    *out += name + "_bucket{" + labels + sep + "le=\"" + Num(Metrics::kBuckets[i]) + "\"} " +
            std::to_string(cumulative) + "\n";
  }
  *out += name + "_bucket{" + labels + sep + "le=\"+Inf\"} " + std::to_string(count) + "\n";
  const std::string braces = labels.empty() ? "" : "{" + labels + "}";
  *out += name + "_sum" + braces + " " + Num(sum) + "\n";
  *out += name + "_count" + braces + " " + std::to_string(count) + "\n";
}

}  // namespace

void Metrics::Histogram::Add(double v) {
  for (size_t i = 0; i < kBuckets.size(); ++i) {
    if (v <= kBuckets[i]) {
      ++counts[i];
      break;
    }
  }
  ++count;
  sum += v;
}

void Metrics::Observe(const std::string& route, int status, double seconds) {
  std::lock_guard<std::mutex> lock(mu_);
  ++requests_[{route, status}];
  latency_[route].Add(seconds);
}

void Metrics::ObserveLag(double seconds) {
  std::lock_guard<std::mutex> lock(mu_);
  lag_.Add(seconds);
}

std::string Metrics::Render(const std::vector<std::pair<std::string, double>>& gauges) const {
  std::lock_guard<std::mutex> lock(mu_);
  std::string out;
  out +=
      "# HELP precis_http_requests_total HTTP requests by route and status "
      "code.\n";
  out += "# TYPE precis_http_requests_total counter\n";
  for (const auto& [key, n] : requests_) {
    out += "precis_http_requests_total{route=\"" + key.first + "\",code=\"" +
           std::to_string(key.second) + "\"} " + std::to_string(n) + "\n";
  }
  out +=
      "# HELP precis_http_request_duration_seconds Time to answer a "
      "request, by route.\n";
  out += "# TYPE precis_http_request_duration_seconds histogram\n";
  for (const auto& [route, h] : latency_) {
    RenderHistogram("precis_http_request_duration_seconds", "route=\"" + route + "\"", h.count,
                    h.sum, h.counts.data(), &out);
  }
  out +=
      "# HELP precis_summary_lag_seconds From a story's first unsummarized "
      "change to its "
      "new summary.\n";
  out += "# TYPE precis_summary_lag_seconds histogram\n";
  RenderHistogram("precis_summary_lag_seconds", "", lag_.count, lag_.sum, lag_.counts.data(), &out);
  for (const auto& [name, value] : gauges) {
    const std::string base = name.substr(0, name.find('{'));
    out += "# TYPE " + base + (base.ends_with("_total") ? " counter\n" : " gauge\n");
    out += name + " " + Num(value) + "\n";
  }
  return out;
}

}  // namespace precis::server
