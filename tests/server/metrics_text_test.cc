// The Prometheus text of Metrics: bucket bounds as written (le="0.0005"), cumulative counts.
#include <gtest/gtest.h>

#include <string>

#include "server/metrics.h"

namespace precis::server {
namespace {

TEST(MetricsText, BucketBoundsPrintAsWritten) {
  Metrics m;
  m.Observe("story", 200, 0.0003);
  m.Observe("story", 200, 0.02);
  m.ObserveLag(1.2);
  const std::string text = m.Render({});
  EXPECT_NE(
      text.find("precis_http_request_duration_seconds_bucket{route=\"story\",le=\"0.0005\"} 1\n"),
      std::string::npos)
      << text;
  EXPECT_NE(
      text.find("precis_http_request_duration_seconds_bucket{route=\"story\",le=\"0.025\"} 2\n"),
      std::string::npos)
      << text;
  EXPECT_NE(text.find("le=\"2.5\""), std::string::npos) << text;
  EXPECT_NE(text.find("le=\"+Inf\"} 2\n"), std::string::npos) << text;
  // No bound carries float noise such as 0.00050000000000000001 or 0.10000000000000001.
  EXPECT_EQ(text.find("0000000"), std::string::npos) << text;
}

}  // namespace
}  // namespace precis::server
