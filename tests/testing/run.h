// Test helpers: run the precis binary and capture its output; locate shared data.
#ifndef PRECIS_TESTS_TESTING_RUN_H_
#define PRECIS_TESTS_TESTING_RUN_H_

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace precis::testing {

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs `args` (a shell fragment) through /bin/sh with the precis binary prepended, e.g.
// RunPrecis("summarize --help"). `stdin_text`, when given, is fed to standard input.
inline RunResult RunPrecis(const std::string& args, const std::string* stdin_text = nullptr) {
  const auto dir = std::filesystem::temp_directory_path();
  const std::string tag = std::to_string(::getpid()) + "_" + std::to_string(std::rand());
  const auto err_path = dir / ("precis_err_" + tag);
  const auto in_path = dir / ("precis_in_" + tag);
  std::string cmd = std::string("'") + PRECIS_BIN + "' " + args;
  if (stdin_text != nullptr) {
    std::ofstream(in_path, std::ios::binary) << *stdin_text;
    cmd += " < '" + in_path.string() + "'";
  } else {
    cmd += " < /dev/null";
  }
  cmd += " 2> '" + err_path.string() + "'";
  RunResult r;
  FILE* pipe = ::popen(cmd.c_str(), "r");
  if (pipe == nullptr) return r;
  char buf[65536];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, pipe)) > 0) r.out.append(buf, n);
  const int status = ::pclose(pipe);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream err(err_path, std::ios::binary);
  std::stringstream ss;
  ss << err.rdbuf();
  r.err = ss.str();
  std::filesystem::remove(err_path);
  std::filesystem::remove(in_path);
  return r;
}

// The JSON objects of a JSON Lines output, blank lines skipped.
inline std::vector<nlohmann::json> JsonLines(const std::string& out) {
  std::vector<nlohmann::json> lines;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) lines.push_back(nlohmann::json::parse(line));
  }
  return lines;
}

inline std::string SourcePath(const std::string& rel) {
  return std::string(PRECIS_SOURCE_DIR) + "/" + rel;
}

// Path of a file under ../shared, or "" when the shared folder is missing.
inline std::string SharedPath(const std::string& rel) {
  const std::string p = std::string(PRECIS_SHARED_DIR) + "/" + rel;
  return std::filesystem::exists(p) ? p : "";
}

}  // namespace precis::testing

#endif  // PRECIS_TESTS_TESTING_RUN_H_
