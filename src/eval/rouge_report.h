// The script's output lines (SPEC 9): one block per metric, averages then, with -d, one line
// per evaluation. Thread-safe.
#ifndef PRECIS_EVAL_ROUGE_REPORT_H_
#define PRECIS_EVAL_ROUGE_REPORT_H_

#include <span>
#include <string>
#include <vector>

#include "precis/rouge.h"

namespace precis::rouge {

// The order of -d lines: when both ids start with digits, by those leading integers, else
// as byte strings (1, 2, 10). Ties fall back to byte order, so the order is total.
bool RougePrintOrderLess(const std::string& a, const std::string& b);

// Perl's default number format: %.15g (integers print as integers).
std::string FormatPerlNumber(double x);

struct RougeReportStyle {
  RougeCounting counting = RougeCounting::kEvaluation;
  std::string confidence_text = "95";  // as typed after -c
  bool print_evals = false;            // -d
};

// Appends the block of metric `metric` for system `peer_id` to *out: a line of 45 '-', the
// averages (or counts for -t 2) and, with -d, a line of 45 '.' and the evaluations in
// RougePrintOrderLess order of their ids.
void AppendRougeBlock(const std::string& peer_id, const std::string& label,
                      const RougeAverage& average, std::span<const RougeEvalResult> evals,
                      size_t metric, const RougeReportStyle& style, std::string* out);

}  // namespace precis::rouge

#endif  // PRECIS_EVAL_ROUGE_REPORT_H_
