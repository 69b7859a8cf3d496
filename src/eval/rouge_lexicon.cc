#include "eval/rouge_lexicon.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "eval/rouge_tables.h"

namespace precis::rouge {
namespace {

using Entry = std::pair<std::string_view, std::string_view>;

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

// Both tables are built once, on first use (thread-safe static initialization), and sorted
// here rather than trusting the generator's order.
const std::vector<Entry>& Exceptions() {
  static const std::vector<Entry> table = [] {
    std::vector<Entry> entries;
    for (std::string_view line : Lines(kWordNetExceptionText, kWordNetExceptionTextSize)) {
      size_t tab = line.find('\t');
      entries.emplace_back(line.substr(0, tab), line.substr(tab + 1));
    }
    std::sort(entries.begin(), entries.end());
    return entries;
  }();
  return table;
}

const std::vector<std::string_view>& Stopwords() {
  static const std::vector<std::string_view> words = [] {
    std::vector<std::string_view> w = Lines(kSmartCommonWordText, kSmartCommonWordTextSize);
    std::sort(w.begin(), w.end());
    return w;
  }();
  return words;
}

}  // namespace

std::optional<std::string_view> LookupRougeException(std::string_view word) {
  const std::vector<Entry>& table = Exceptions();
  auto it = std::lower_bound(table.begin(), table.end(), word,
                             [](const Entry& e, std::string_view w) { return e.first < w; });
  if (it == table.end() || it->first != word) return std::nullopt;
  return it->second;
}

bool IsRougeStopword(std::string_view word) {
  return std::binary_search(Stopwords().begin(), Stopwords().end(), word);
}

}  // namespace precis::rouge
