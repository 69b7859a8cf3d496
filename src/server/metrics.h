// Request metrics in the Prometheus text format: requests by route and status,
// a latency histogram by route. Thread-safe.
//
// Observe is lock-free (relaxed atomic counters in fixed tables): it runs once per request on
// every HTTP thread, and a lock there is one that 64 threads on 2 cores take in turn, where a
// holder preempted inside it holds up every other request.
#ifndef PRECIS_SERVER_METRICS_H_
#define PRECIS_SERVER_METRICS_H_

#include <array>
#include <atomic>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace precis::server {

class Metrics {
 public:
  // Histogram upper bounds, seconds.
  static constexpr std::array<double, 15> kBuckets = {
      0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30};
  // Upper bounds of the summary lag histogram, seconds: finer in the seconds a lag target is
  // set in (the service aims at a p99 under 5 s).
  static constexpr std::array<double, 15> kLagBuckets = {0.1, 0.25, 0.5, 1,  1.5, 2,  2.5, 3,
                                                         4,   5,    7.5, 10, 15,  20, 30};
  // The route labels, in the order they are rendered; any other name counts as "other".
  static constexpr std::array<std::string_view, 10> kRoutes = {
      "article", "asset",         "flush",  "health",  "metrics",
      "other",   "post_articles", "search", "stories", "story"};
  // `status`: 100-599 (others count as 500).
  void Observe(std::string_view route, int status, double seconds);
  void ObserveLag(double seconds);
  // The request metrics followed by `gauges` ((name with labels, help, value)
  // each).
  std::string Render(const std::vector<std::pair<std::string, double>>& gauges) const;

 private:
  struct Histogram {
    std::array<std::atomic<uint64_t>, kBuckets.size()> counts{};
    std::atomic<uint64_t> count{0};
    std::atomic<uint64_t> sum_ns{0};  // the sum of observations, nanoseconds
    void Add(const std::array<double, 15>& bounds, double seconds);
  };
  static constexpr int kFirstStatus = 100, kStatuses = 500;
  struct Route {
    std::array<std::atomic<uint64_t>, kStatuses> requests{};  // by status - kFirstStatus
    Histogram latency;
  };
  std::array<Route, kRoutes.size()> routes_;
  Histogram lag_;
};

}  // namespace precis::server

#endif  // PRECIS_SERVER_METRICS_H_
