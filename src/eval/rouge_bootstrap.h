// The script's random numbers and bootstrap (SPEC 8). Perl's rand() is POSIX drand48, so
// the replicates, and therefore the printed averages, are reproducible exactly.
#ifndef PRECIS_EVAL_ROUGE_BOOTSTRAP_H_
#define PRECIS_EVAL_ROUGE_BOOTSTRAP_H_

#include <cmath>
#include <cstdint>
#include <span>
#include <vector>

#include "precis/rouge.h"

namespace precis::rouge {

// drand48 with its own state (the libc one is global). Not thread-safe; cheap to make.
class Drand48 {
 public:
  // Perl's srand(seed): state = seed << 16 | 0x330E.
  explicit Drand48(uint32_t seed) : state_((static_cast<uint64_t>(seed) << 16) | 0x330E) {}
  // The next value in [0, 1): state = state * 0x5DEECE66D + 0xB mod 2^48, over 2^48.
  double Next() {
    state_ = (state_ * 0x5DEECE66DULL + 0xB) & ((uint64_t{1} << 48) - 1);
    return std::ldexp(static_cast<double>(state_), -48);
  }

 private:
  uint64_t state_;
};

// The mean of sorted replicate values and the interval at `confidence` percent, exactly as
// the script interpolates them. REQUIRES: `sorted` is ascending and not empty.
RougeInterval RougeBootstrapInterval(std::span<const double> sorted, double confidence);

}  // namespace precis::rouge

#endif  // PRECIS_EVAL_ROUGE_BOOTSTRAP_H_
