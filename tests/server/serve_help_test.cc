// `precis serve --help` shows the defaults of the options structs (one source of defaults):
// each flag's default is read from ServiceOptions and HttpOptions here, never written twice.
#include <gtest/gtest.h>

#include <sstream>

#include "server/http_server.h"
#include "server/service.h"
#include "testing/run.h"

namespace precis {
namespace {

// The help text of `flag`: its line and the next (CLI11 puts a long type on a line of its own).
std::string HelpOf(const std::string& help, const std::string& flag) {
  std::istringstream in(help);
  std::string line, next;
  while (std::getline(in, line)) {
    if (line.find("  " + flag + " ") == 0 || line.find("  " + flag + "=") != std::string::npos) {
      std::getline(in, next);
      return line + "\n" + next;
    }
  }
  return "";
}

template <typename T>
std::string Str(T v) {
  std::ostringstream s;
  s << v;
  return s.str();
}

TEST(ServeHelp, DefaultsComeFromTheOptionsStructs) {
  const testing::RunResult r = testing::RunPrecis("serve --help");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string help = r.out + r.err;
  EXPECT_EQ(help.find("Default: "), std::string::npos) << "a default written in a help text";
  const server::ServiceOptions service;
  const server::HttpOptions http;
  const std::pair<std::string, std::string> flags[] = {
      {"--listen", http.host + ":" + Str(http.port)},
      {"--max-body-mb", Str(http.max_body_bytes >> 20)},
      {"--threads", Str(http.threads)},
      {"--checkpoint-articles", Str(service.checkpoint_articles)},
      {"--summary-debounce-ms", Str(service.summary_debounce_ms)},
      {"--summary-threads", Str(service.summary_threads)},
      {"--off-topic-context-articles", Str(service.off_topic_context_articles)},
      {"--flush-seconds", Str(service.flush_seconds)},
  };
  for (const auto& [flag, value] : flags) {
    const std::string text = HelpOf(help, flag);
    ASSERT_FALSE(text.empty()) << flag << " is not in\n" << help;
    EXPECT_NE(text.find("=" + value + "\n"), std::string::npos)
        << flag << " should show =" << value << ":\n"
        << text;
  }
}

}  // namespace
}  // namespace precis
