// The arithmetic the script does on its way to a printed number. Thread-safe.
#ifndef PRECIS_EVAL_ROUGE_MATH_H_
#define PRECIS_EVAL_ROUGE_MATH_H_

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace precis::rouge {

// The double Perl gets back from sprintf("%.5f", x): correctly rounded to 5 decimals on the
// binary value, then parsed.
inline double RoundRouge(double x) {
  // Fast path: away from a tie, rounding the product is rounding the exact value (the
  // product's error is ~1e-16 relative), and integer / 1e5 is exactly what strtod returns
  // for the printed decimal (both are the double nearest to that rational).
  double y = x * 100000.0;
  if (y >= 0 && y < 1e9) {
    double floor_y = std::floor(y);
    double frac = y - floor_y;
    if (frac < 0.5 - 1e-6) return floor_y / 100000.0;
    if (frac > 0.5 + 1e-6) return (floor_y + 1) / 100000.0;
  }
  char buf[400];  // %.5f of the largest double needs ~316 bytes
  std::snprintf(buf, sizeof(buf), "%.5f", x);
  return std::strtod(buf, nullptr);
}

// F = P R / ((1 - alpha) P + alpha R), 0 when the denominator is <= 0.
inline double RougeF(double precision, double recall, double alpha) {
  double denominator = (1 - alpha) * precision + alpha * recall;
  if (!(denominator > 0)) return 0;
  return precision * recall / denominator;
}

}  // namespace precis::rouge

#endif  // PRECIS_EVAL_ROUGE_MATH_H_
