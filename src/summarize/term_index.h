// TermIndex: maps case-folded word forms to interned stem ids, stemming each distinct form
// once. Not thread-safe; one per analysis.
#ifndef PRECIS_SUMMARIZE_TERM_INDEX_H_
#define PRECIS_SUMMARIZE_TERM_INDEX_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "precis/text.h"

namespace precis::summarize {

// FNV-1a: word forms are short, and for them this is several times cheaper than the
// standard library's Murmur-based string hash.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const {
    uint64_t h = 14695981039346656037ull;
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    return static_cast<size_t>(h ^ (h >> 29));
  }
};

class TermIndex {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;  // a stopword or a token without a letter

  // `language` selects the stemmer and stopword list. A language without a stemmer keeps
  // forms unstemmed.
  explicit TermIndex(std::string_view language);

  // The term id of the folded word form `norm`, or kNone when it is not a content word.
  uint32_t Lookup(std::string_view norm);
  // Like Lookup, but stopwords get an id too (they share the id space with content terms),
  // with kStopBit set. Still kNone for tokens without a letter.
  static constexpr uint32_t kStopBit = 1u << 31;  // == ClusterAnalysis::kStopWord
  uint32_t LookupWord(std::string_view norm);
  // Like Lookup but never adds a new term: kNone when the stem was never seen.
  uint32_t Find(std::string_view norm);

  const std::vector<std::string>& stems() const { return stems_; }
  std::vector<std::string> TakeStems() { return std::move(stems_); }
  const std::string& language() const { return language_; }
  // Switches the stemmer and stopword list for the words that follow (term ids stay shared;
  // the per-form caches are cleared). No-op when `language` is the current one.
  void SetLanguage(std::string_view language);

 private:
  uint32_t Resolve(std::string_view norm, bool add);
  uint32_t Intern(std::string_view stem, bool add);

  std::string language_;
  std::unique_ptr<Stemmer> stemmer_;
  std::unordered_map<std::string, uint32_t, StringHash, std::equal_to<>> form_to_term_;
  std::unordered_map<std::string, uint32_t, StringHash, std::equal_to<>> form_to_word_;
  std::unordered_map<std::string, uint32_t, StringHash, std::equal_to<>> stem_to_term_;
  std::vector<std::string> stems_;
};

}  // namespace precis::summarize

#endif  // PRECIS_SUMMARIZE_TERM_INDEX_H_
