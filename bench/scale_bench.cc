// Scale: one million small dated articles through `precis summarize`, `cluster` and
// `digest`, each as a whole process: wall time and peak resident memory (wait4's
// ru_maxrss), as a user would see them.
//
//   build/scale_bench                 # 1,000,000 articles, then 250,000
//   build/scale_bench --articles=N[,N...] --out=DIR --precis=PATH --commands=summarize,cluster
//                     --keep=yes   # leave the generated input in DIR
//
// The input is written once per size by a seeded generator: the synthetic stream of
// story/synthetic_stream.h (DUC 2004 sentences, recurring events, 5% wire copies) with one
// sentence per article (about 245 MB for a million), as JSON Lines in DIR (default /tmp).
// Targets (issue 13): each command under 60 s; summarize and digest under 4x the input size
// in peak memory; cluster's peak memory the same at 250,000 and 1,000,000 articles (it
// follows the window).
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "precis/ingest.h"
#include "story/synthetic_stream.h"

namespace {

std::string Flag(int argc, char** argv, const char* name, const std::string& fallback) {
  const size_t len = std::strlen(name);
  for (int i = 1; i < argc; ++i) {
    if (std::strncmp(argv[i], name, len) == 0 && argv[i][len] == '=') return argv[i] + len + 1;
  }
  return fallback;
}

// Writes `n` articles; returns the file size in bytes, 0 on failure.
size_t Generate(const std::vector<precis::Cluster>& topics, uint64_t n, const std::string& path) {
  precis::story::SyntheticStreamOptions o;
  o.articles = n;
  o.days = static_cast<uint32_t>(n / 1000 > 30 ? n / 1000 : 30);  // 1,000 articles a day
  o.min_sentences = 1;  // small articles: about 220 bytes of JSON each
  o.max_sentences = 1;
  o.seed = 2026;
  precis::story::SyntheticStream stream(topics, o);
  std::ofstream out(path, std::ios::binary);
  precis::Article a;
  std::string gold;
  size_t bytes = 0;
  while (stream.Next(&a, &gold)) {
    nlohmann::ordered_json j;
    j["id"] = a.id;
    j["date"] = a.date;
    j["text"] = a.text;
    const std::string line = j.dump() + "\n";
    out << line;
    bytes += line.size();
  }
  return out.good() ? bytes : 0;
}

// Runs argv with stdout to /dev/null; prints wall seconds and peak RSS.
void Measure(const std::vector<std::string>& args, size_t input_bytes) {
  std::vector<char*> argv;
  for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  std::fflush(stdout);  // or the child flushes our buffered lines a second time
  const auto start = std::chrono::steady_clock::now();
  const pid_t pid = fork();
  if (pid == 0) {
    if (!freopen("/dev/null", "w", stdout)) _exit(127);
    execv(argv[0], argv.data());
    _exit(127);
  }
  int status = 0;
  rusage usage{};
  wait4(pid, &status, 0, &usage);
  const double wall =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const double cpu = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                     static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) * 1e-6;
  const double peak_mb = static_cast<double>(usage.ru_maxrss) / 1024.0;
  std::string cmd;
  for (size_t i = 2; i < args.size() - 1; ++i) cmd += (i > 2 ? " " : "") + args[i];
  std::printf(
      "  %-40s exit %d  %7.1f s wall %7.1f s cpu  peak %7.0f MB (%.1fx "
      "input)\n",
      cmd.c_str(), WIFEXITED(status) ? WEXITSTATUS(status) : -1, wall, cpu, peak_mb,
      peak_mb * 1048576.0 / static_cast<double>(input_bytes));
  std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) {
  const std::string shared = Flag(argc, argv, "--shared", PRECIS_SHARED_DIR);
  const std::string dir = Flag(argc, argv, "--out", "/tmp");
  const std::string precis = Flag(argc, argv, "--precis", PRECIS_BIN);
  const std::string sizes = Flag(argc, argv, "--articles", "1000000,250000");
  const std::string commands = Flag(argc, argv, "--commands", "summarize,cluster,digest");
  const bool keep = Flag(argc, argv, "--keep", "no") != "no";

  precis::Input input;
  precis::IngestReport report;
  if (!precis::ReadPath(shared + "/data/duc2004/clusters.jsonl", precis::IngestOptions(), &input,
                        &report)
           .ok()) {
    std::printf("%s/data/duc2004/clusters.jsonl not found: nothing to measure\n", shared.c_str());
    return 0;
  }
  size_t pos = 0;
  while (pos < sizes.size()) {
    size_t comma = sizes.find(',', pos);
    if (comma == std::string::npos) comma = sizes.size();
    const uint64_t n = std::strtoull(sizes.substr(pos, comma - pos).c_str(), nullptr, 10);
    pos = comma + 1;
    const std::string path = dir + "/precis-scale-" + std::to_string(n) + ".jsonl";
    const size_t bytes = Generate(input.clusters, n, path);
    if (bytes == 0) {
      std::printf("cannot write %s\n", path.c_str());
      return 1;
    }
    std::printf("%llu articles, %.1f MB of JSON Lines (%s)\n", static_cast<unsigned long long>(n),
                static_cast<double>(bytes) / 1e6, path.c_str());
    size_t c = 0;
    while (c < commands.size()) {
      size_t end = commands.find(',', c);
      if (end == std::string::npos) end = commands.size();
      const std::string command = commands.substr(c, end - c);
      c = end + 1;
      Measure({precis, "--quiet", command, path}, bytes);
    }
    if (!keep) std::remove(path.c_str());
  }
  return 0;
}
