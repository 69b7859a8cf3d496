#include "eval/rouge_report.h"

#include <algorithm>
#include <cstdio>
#include <numeric>

namespace precis::rouge {
namespace {

size_t LeadingDigits(const std::string& s) {
  size_t n = 0;
  while (n < s.size() && s[n] >= '0' && s[n] <= '9') ++n;
  return n;
}

std::string Fixed5(double x) {
  char buf[400];
  std::snprintf(buf, sizeof(buf), "%7.5f", x);
  return buf;
}

}  // namespace

bool RougePrintOrderLess(const std::string& a, const std::string& b) {
  size_t da = LeadingDigits(a), db = LeadingDigits(b);
  if (da > 0 && db > 0) {
    // Compare the leading integers exactly, whatever their length.
    std::string_view x = std::string_view(a).substr(0, da), y = std::string_view(b).substr(0, db);
    while (x.size() > 1 && x[0] == '0') x.remove_prefix(1);
    while (y.size() > 1 && y[0] == '0') y.remove_prefix(1);
    if (x.size() != y.size()) return x.size() < y.size();
    if (x != y) return x < y;
  }
  return a < b;
}

std::string FormatPerlNumber(double x) {
  char buf[64];
  std::snprintf(buf, sizeof(buf), "%.15g", x);
  return buf;
}

void AppendRougeBlock(const std::string& peer_id, const std::string& label,
                      const RougeAverage& average, std::span<const RougeEvalResult> evals,
                      size_t metric, const RougeReportStyle& style, std::string* out) {
  const std::string head = peer_id + " " + label + " ";
  out->append(45, '-').append("\n");
  if (style.counting == RougeCounting::kSums) {
    out->append(head + "M_count: " + std::to_string(average.model_count) +
                " P_count: " + std::to_string(average.peer_count) +
                " H_count: " + std::to_string(average.hit_count) + "\n");
  } else {
    const std::pair<const char*, const RougeInterval*> rows[] = {
        {"R", &average.recall}, {"P", &average.precision}, {"F", &average.f}};
    for (const auto& [name, in] : rows) {
      out->append(head + "Average_" + name + ": " + Fixed5(in->mean) + " (" +
                  style.confidence_text + "%-conf.int. " + Fixed5(in->low) + " - " +
                  Fixed5(in->high) + ")\n");
    }
  }
  if (!style.print_evals) return;
  out->append(45, '.').append("\n");
  std::vector<size_t> order(evals.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return RougePrintOrderLess(evals[a].id, evals[b].id);
  });
  for (size_t i : order) {
    const RougeScore& s = evals[i].metrics[metric];
    out->append(head + "Eval " + evals[i].id);
    if (style.counting == RougeCounting::kEvaluation) {
      out->append(" R:" + Fixed5(s.recall) + " P:" + Fixed5(s.precision) + " F:" + Fixed5(s.f) +
                  "\n");
    } else {
      out->append(" R:" + FormatPerlNumber(s.model_count) + " P:" + FormatPerlNumber(s.peer_count) +
                  " F:" + FormatPerlNumber(s.hit_count) + "\n");
    }
  }
}

}  // namespace precis::rouge
