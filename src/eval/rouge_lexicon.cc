#include "eval/rouge_lexicon.h"

#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "eval/rouge_tables.h"

namespace precis::rouge {
namespace {

// Splits a "line\n" blob into lines (views into the constant blob).
std::vector<std::string_view> Lines(const char* text, size_t size) {
  std::vector<std::string_view> lines;
  std::string_view blob(text, size);
  size_t start = 0;
  while (start < blob.size()) {
    size_t end = blob.find('\n', start);
    if (end == std::string_view::npos) end = blob.size();
    if (end > start) lines.push_back(blob.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

// Both tables are built once, on first use (thread-safe static initialization), and never
// change afterwards. Their strings are views into the constant blobs.
const std::unordered_map<std::string_view, std::string_view>& Exceptions() {
  static const auto* table = [] {
    auto* map = new std::unordered_map<std::string_view, std::string_view>();
    for (std::string_view line : Lines(kWordNetExceptionText, kWordNetExceptionTextSize)) {
      size_t tab = line.find('\t');
      map->emplace(line.substr(0, tab), line.substr(tab + 1));
    }
    return map;
  }();
  return *table;
}

const std::unordered_set<std::string_view>& Stopwords() {
  static const auto* words = [] {
    std::vector<std::string_view> lines = Lines(kSmartCommonWordText, kSmartCommonWordTextSize);
    return new std::unordered_set<std::string_view>(lines.begin(), lines.end());
  }();
  return *words;
}

}  // namespace

std::optional<std::string_view> LookupRougeException(std::string_view word) {
  const auto& table = Exceptions();
  auto it = table.find(word);
  if (it == table.end()) return std::nullopt;
  return it->second;
}

bool IsRougeStopword(std::string_view word) { return Stopwords().count(word) != 0; }

}  // namespace precis::rouge
