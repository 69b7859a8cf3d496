#include "progress.h"

#include <unistd.h>

#include <cstdio>

namespace precis::cli {

Progress::Progress(const CommandContext& ctx, std::string verb, std::string noun)
    : enabled_(!ctx.global.quiet && isatty(STDERR_FILENO)),
      verb_(std::move(verb)),
      noun_(std::move(noun)) {}

Progress::~Progress() {
  if (drawn_) std::fputc('\n', stderr);
}

void Progress::Update(size_t done, size_t total) {
  if (!enabled_ || total <= 1) return;
  std::lock_guard<std::mutex> lock(mu_);
  if (finished_) return;
  const auto now = std::chrono::steady_clock::now();
  if (done < total && drawn_ && now - last_ < std::chrono::milliseconds(100)) return;
  last_ = now;
  drawn_ = true;
  std::fprintf(stderr, "\rprecis: %s %zu/%zu %s", verb_.c_str(), done, total, noun_.c_str());
  if (done >= total) {  // finished: end the line now, before the command writes its output
    std::fputc('\n', stderr);
    drawn_ = false;
    finished_ = true;
  }
  std::fflush(stderr);
}

}  // namespace precis::cli
