// Loads ../shared/rouge/vectors.jsonl and the four flag sets it was made with, for the ROUGE
// tests and the benchmark.
#ifndef PRECIS_TESTS_EVAL_ROUGE_VECTORS_H_
#define PRECIS_TESTS_EVAL_ROUGE_VECTORS_H_

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "precis/rouge.h"

namespace precis::rouge_testing {

struct ExpectedScore {
  double r = 0, p = 0, f = 0;
};
// flag set -> metric label -> scores
using ExpectedTable = std::map<std::string, std::map<std::string, ExpectedScore>>;

struct VectorCase {
  std::string name;
  std::vector<std::string> summary;
  std::vector<std::vector<std::string>> references;
  ExpectedTable expected;
  ExpectedTable expected_no_exceptions;
};

inline std::string VectorsPath() { return std::string(PRECIS_SHARED_DIR) + "/rouge/vectors.jsonl"; }

inline ExpectedTable ParseExpected(const nlohmann::json& j) {
  ExpectedTable table;
  for (auto& [flagset, metrics] : j.items())
    for (auto& [label, s] : metrics.items())
      table[flagset][label] = {s.at("R").get<double>(), s.at("P").get<double>(),
                               s.at("F").get<double>()};
  return table;
}

// Returns false when the file cannot be opened.
inline bool LoadVectors(std::vector<VectorCase>* cases) {
  std::ifstream in(VectorsPath());
  if (!in) return false;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    nlohmann::json j = nlohmann::json::parse(line);
    VectorCase c;
    c.name = j.at("case").get<std::string>();
    c.summary = j.at("summary").get<std::vector<std::string>>();
    c.references = j.at("references").get<std::vector<std::vector<std::string>>>();
    c.expected = ParseExpected(j.at("expected"));
    if (j.contains("expected_no_exceptions"))
      c.expected_no_exceptions = ParseExpected(j.at("expected_no_exceptions"));
    cases->push_back(std::move(c));
  }
  return true;
}

// The flag sets of SPEC section 0 (all with -a -c 95 -r 1000 -f A -p 0.5 -t 0 -d).
inline std::map<std::string, RougeOptions> VectorFlagsets() {
  std::map<std::string, RougeOptions> sets;
  RougeOptions words;  // -n 2 -m -l 100 -2 4 -u
  words.max_n = 2;
  words.stem = true;
  words.word_limit = 100;
  words.skip_bigrams = true;
  words.skip_distance = 4;
  words.skip_unigrams = true;
  sets["duc04_words"] = words;
  RougeOptions bytes;  // -n 2 -m -b 665 -w 1.2
  bytes.max_n = 2;
  bytes.stem = true;
  bytes.byte_limit = 665;
  bytes.w_weight = 1.2;
  sets["duc04_bytes"] = bytes;
  RougeOptions stop;  // -n 2 -m -s -l 100
  stop.max_n = 2;
  stop.stem = true;
  stop.remove_stopwords = true;
  stop.word_limit = 100;
  sets["stopwords"] = stop;
  RougeOptions full;  // -n 3 -2 4 -u
  full.max_n = 3;
  full.skip_bigrams = true;
  full.skip_distance = 4;
  full.skip_unigrams = true;
  sets["nostem_full"] = full;
  return sets;
}

}  // namespace precis::rouge_testing

#endif  // PRECIS_TESTS_EVAL_ROUGE_VECTORS_H_
