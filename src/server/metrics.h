// Request metrics in the Prometheus text format: requests by route and status,
// a latency histogram by route. Thread-safe.
#ifndef PRECIS_SERVER_METRICS_H_
#define PRECIS_SERVER_METRICS_H_

#include <array>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

namespace precis::server {

class Metrics {
 public:
  // Histogram upper bounds, seconds.
  static constexpr std::array<double, 15> kBuckets = {
      0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30};
  void Observe(const std::string& route, int status, double seconds);
  void ObserveLag(double seconds);
  // The request metrics followed by `gauges` ((name with labels, help, value)
  // each).
  std::string Render(const std::vector<std::pair<std::string, double>>& gauges) const;

 private:
  struct Histogram {
    std::array<uint64_t, kBuckets.size()> counts{};
    uint64_t count = 0;
    double sum = 0;
    void Add(double v);
  };
  mutable std::mutex mu_;
  std::map<std::pair<std::string, int>, uint64_t> requests_;
  std::map<std::string, Histogram> latency_;
  Histogram lag_;
};

}  // namespace precis::server

#endif  // PRECIS_SERVER_METRICS_H_
