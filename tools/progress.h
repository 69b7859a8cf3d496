// Progress on stderr for long commands: "precis: <verb> N/M <noun>", rewritten in place, only
// when stderr is a terminal and --quiet is not given. The line ends when the last item is
// reported (or when the Progress is destroyed early, after an error).
#ifndef PRECIS_TOOLS_PROGRESS_H_
#define PRECIS_TOOLS_PROGRESS_H_

#include <chrono>
#include <cstddef>
#include <mutex>
#include <string>

#include "command.h"

namespace precis::cli {

class Progress {
 public:
  Progress(const CommandContext& ctx, std::string verb, std::string noun);
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  // Reports `done` of `total`. Thread-safe; redraws at most every 100 ms, and always for the
  // last item. Nothing is shown for a total of one.
  void Update(size_t done, size_t total);

 private:
  const bool enabled_;
  const std::string verb_, noun_;
  bool drawn_ = false;     // a line is on screen without its newline
  bool finished_ = false;  // the last item was drawn
  std::chrono::steady_clock::time_point last_{};
  std::mutex mu_;
};

}  // namespace precis::cli

#endif  // PRECIS_TOOLS_PROGRESS_H_
