#include "option_checks.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <sstream>

#include "precis/text.h"

namespace precis::cli {
namespace {

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// "%g" without a 309-digit expansion of large bounds.
std::string Number(double v) {
  std::ostringstream out;
  out << v;
  return out.str();
}

std::string Join(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

}  // namespace

size_t EditDistance(const std::string& a, const std::string& b) {
  // Optimal string alignment: Levenshtein plus adjacent transpositions ("wrods" -> "words"
  // is one edit, the commonest typing slip).
  const size_t n = a.size(), m = b.size();
  std::vector<std::vector<size_t>> d(n + 1, std::vector<size_t>(m + 1));
  for (size_t i = 0; i <= n; ++i) d[i][0] = i;
  for (size_t j = 0; j <= m; ++j) d[0][j] = j;
  for (size_t i = 1; i <= n; ++i) {
    for (size_t j = 1; j <= m; ++j) {
      d[i][j] = std::min(
          {d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[n][m];
}

std::string NearestName(const std::string& word, const std::vector<std::string>& candidates) {
  const std::string w = Lower(word);
  std::string best;
  size_t best_distance = SIZE_MAX;
  std::vector<std::string> prefixed;
  for (const std::string& c : candidates) {
    const std::string lc = Lower(c);
    if (lc.size() > w.size() && lc.compare(0, w.size(), w) == 0) prefixed.push_back(c);
    const size_t d = EditDistance(w, lc);
    if (d < best_distance) {
      best_distance = d;
      best = c;
    }
  }
  // Strip leading dashes when judging how long the word is: "--lang" is a 4-letter word.
  const size_t letters = w.size() - std::min(w.find_first_not_of('-'), w.size());
  if (best_distance <= std::max<size_t>(1, letters / 3)) return best;
  if (prefixed.size() == 1 && letters >= 3) return prefixed[0];
  return "";
}

std::string DidYouMean(const std::string& word, const std::vector<std::string>& candidates) {
  const std::string n = NearestName(word, candidates);
  return n.empty() ? "" : " (did you mean '" + n + "'?)";
}

CLI::Validator Choice(std::vector<std::string> names) {
  const std::string list = Join(names);
  return CLI::Validator(
      [names, list](std::string& value) -> std::string {
        for (const std::string& n : names) {
          if (Lower(n) == Lower(value)) {
            value = n;
            return "";
          }
        }
        const std::string near = NearestName(value, names);
        return "unknown value '" + value + "' (" +
               (near.empty() ? "" : "did you mean '" + near + "'? ") + "choices: " + list + ")";
      },
      "{" + list + "}");
}

CLI::Validator FiniteRange(double lo, double hi) {
  const std::string message = "must be between " + Number(lo) + " and " + Number(hi);
  return CLI::Validator(
      [lo, hi, message](std::string& value) -> std::string {
        char* end = nullptr;
        const double v = std::strtod(value.c_str(), &end);
        if (value.empty() || *end != '\0') return "needs a number, got '" + value + "'";
        if (!std::isfinite(v) || v < lo || v > hi) return message + ", got '" + value + "'";
        return "";
      },
      "NUMBER in [" + Number(lo) + ", " + Number(hi) + "]");
}

CLI::Validator PositiveRange(double hi) {
  const std::string message = "must be above 0 and at most " + Number(hi);
  return CLI::Validator(
      [hi, message](std::string& value) -> std::string {
        char* end = nullptr;
        const double v = std::strtod(value.c_str(), &end);
        if (value.empty() || *end != '\0') return "needs a number, got '" + value + "'";
        if (!std::isfinite(v) || !(v > 0) || v > hi) return message + ", got '" + value + "'";
        return "";
      },
      "NUMBER in (0, " + Number(hi) + "]");
}

CLI::Validator AtLeast(long long lo) {
  return CLI::Validator(
      [lo](std::string& value) -> std::string {
        char* end = nullptr;
        errno = 0;
        const long long v = std::strtoll(value.c_str(), &end, 10);
        if (value.empty() || *end != '\0') return "needs a whole number, got '" + value + "'";
        if (errno == ERANGE && value[0] != '-') return "is too large, got '" + value + "'";
        if (errno == ERANGE || v < lo) {
          return "must be at least " + std::to_string(lo) + ", got '" + value + "'";
        }
        return "";
      },
      "");
}

CLI::Validator Language() {
  return CLI::Validator(
      [](std::string& value) -> std::string {
        if (IsKnownLanguage(value)) return "";
        return "unknown language '" + value + "'" + DidYouMean(value, StemmerLanguages()) +
               " (a Snowball language: " + Join(StemmerLanguages()) +
               "; or any other ISO 639-1 code, such as ja, zh, ko, th, he, read unstemmed)";
      },
      "LANGUAGE");
}

CLI::Option* AddThreadsOption(CLI::App* cmd, unsigned* threads, const std::string& help) {
  return cmd->add_option("--threads", *threads, help)
      ->check(CLI::Validator(
          [](std::string& value) -> std::string {
            char* end = nullptr;
            errno = 0;
            const long long v = std::strtoll(value.c_str(), &end, 10);
            if (value.empty() || *end != '\0' || errno == ERANGE || v < 0 || v > kMaxThreads) {
              return "must be between 0 (one per core) and " + std::to_string(kMaxThreads) +
                     ", got '" + value + "'";
            }
            return "";
          },
          "N"));
}

}  // namespace precis::cli
