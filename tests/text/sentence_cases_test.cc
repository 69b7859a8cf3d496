// Runs the sentence segmentation table in sentence_cases.txt (format described there).
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "precis/text.h"
#include "text/span_checks.h"

namespace precis {
namespace {

struct Case {
  int line = 0;  // where the case starts in the file
  std::string input;
  std::vector<std::string> expected;
  SegmentOptions options;
};

std::string CollapseSpaces(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

std::vector<Case> LoadCases(const std::string& path, std::string* error) {
  std::ifstream in(path);
  if (!in) {
    *error = "cannot open " + path;
    return {};
  }
  std::vector<Case> cases;
  Case current;
  bool has_input = false;
  auto flush = [&] {
    if (has_input) cases.push_back(current);
    current = Case();
    has_input = false;
  };
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (line.empty()) {
      flush();
      continue;
    }
    if (current.line == 0) current.line = number;
    if (line[0] == '#') continue;
    const std::string rest = line.size() > 2 ? line.substr(2) : "";
    if (line[0] == '>') {
      if (has_input) current.input += "\n";
      current.input += rest;
      has_input = true;
    } else if (line[0] == '=') {
      current.expected.push_back(rest);
    } else if (line[0] == '@') {
      const size_t eq = rest.find('=');
      const std::string key = rest.substr(0, eq);
      const std::string value = eq == std::string::npos ? "" : rest.substr(eq + 1);
      if (key == "max_sentence_bytes") {
        current.options.max_sentence_bytes = static_cast<uint32_t>(std::stoul(value));
      } else if (key == "paragraph_breaks") {
        current.options.paragraph_breaks = value == "true";
      } else if (key == "language") {
        current.options.language = value;
      } else {
        *error = "line " + std::to_string(number) + ": unknown option " + key;
        return {};
      }
    } else {
      *error = "line " + std::to_string(number) + ": cannot parse: " + line;
      return {};
    }
  }
  flush();
  return cases;
}

std::string Join(const std::vector<std::string>& v) {
  std::string out;
  for (const std::string& s : v) out += "  [" + s + "]\n";
  return out;
}

TEST(SentenceCasesTest, TableMatches) {
  std::string error;
  const std::vector<Case> cases =
      LoadCases(std::string(PRECIS_SOURCE_DIR) + "/tests/text/sentence_cases.txt", &error);
  ASSERT_TRUE(error.empty()) << error;
  EXPECT_GE(cases.size(), 100u);
  int failures = 0;
  for (const Case& c : cases) {
    ASSERT_FALSE(c.expected.empty()) << "case at line " << c.line << " has no expectation";
    const std::vector<Span> spans = SplitSentences(c.input, c.options);
    const std::string invalid =
        testing::CheckSentenceSpans(c.input, spans, c.options.max_sentence_bytes);
    EXPECT_EQ(invalid, "") << "sentence_cases.txt:" << c.line;
    std::vector<std::string> got;
    for (const Span& s : spans) {
      got.push_back(CollapseSpaces(s.of(c.input)));
    }
    std::vector<std::string> want;
    for (const std::string& e : c.expected) want.push_back(CollapseSpaces(e));
    if (got != want) {
      ++failures;
      ADD_FAILURE() << "sentence_cases.txt:" << c.line << "\nexpected:\n"
                    << Join(want) << "got:\n"
                    << Join(got);
    }
  }
  std::cout << cases.size() << " cases, " << failures << " failing\n";
}

}  // namespace
}  // namespace precis
