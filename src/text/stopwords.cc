// IsStopword: lookups in a per-language open-addressing hash set built once.
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "precis/text.h"
#include "text/language.h"
#include "text/stopword_lists.h"

namespace precis {
namespace {

uint64_t Fnv1a(std::string_view s) {
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ULL;
  return h;
}

// An immutable set of short strings: linear probing in a power-of-two table at most half
// full, so a miss (the common case for content words) usually ends at the first empty slot.
class WordSet {
 public:
  explicit WordSet(std::string_view list) {
    std::vector<std::string> words;
    size_t pos = 0;
    while (pos < list.size()) {
      size_t end = list.find(' ', pos);
      if (end == std::string_view::npos) end = list.size();
      // Stored folded, because callers look up case-folded words ("daß" folds to "dass").
      if (end > pos) words.push_back(NormalizeAndFold(list.substr(pos, end - pos)));
      pos = end + 1;
    }
    size_t cap = 16;
    while (cap < words.size() * 2) cap *= 2;
    mask_ = cap - 1;
    slots_.assign(cap, -1);
    for (std::string& w : words) {
      if (Contains(w)) continue;
      size_t i = Fnv1a(w) & mask_;
      while (slots_[i] >= 0) i = (i + 1) & mask_;
      slots_[i] = static_cast<int32_t>(words_.size());
      words_.push_back(std::move(w));
    }
  }

  bool Contains(std::string_view w) const {
    for (size_t i = Fnv1a(w) & mask_;; i = (i + 1) & mask_) {
      if (slots_[i] < 0) return false;
      if (words_[slots_[i]] == w) return true;
    }
  }

 private:
  std::vector<std::string> words_;
  std::vector<int32_t> slots_;
  size_t mask_ = 0;
};

const WordSet* SetFor(std::string_view language) {
  // Built on first use; function-local statics make this thread-safe. Leaked on purpose
  // (no destruction-order issues at exit).
  static const WordSet* english = new WordSet(text_internal::StopwordList("english"));
  if (language == "en" || language == "english") return english;  // the hot case: no copy
  static const auto* sets = [] {
    auto* m = new std::unordered_map<std::string_view, WordSet>;
    for (std::string_view name : text_internal::StopwordLanguages()) {
      m->emplace(name, WordSet(text_internal::StopwordList(name)));
    }
    return m;
  }();
  const auto it = sets->find(text_internal::SnowballLanguageName(language));
  return it == sets->end() ? nullptr : &it->second;
}

}  // namespace

bool IsStopword(std::string_view word, std::string_view language) {
  const WordSet* set = SetFor(language);
  if (set == nullptr || word.empty() || word.size() > 32) return false;
  // News text writes "don’t" with U+2019 as often as "don't"; the lists use U+0027.
  if (word.find("\xE2\x80\x99") != std::string_view::npos) {
    std::string ascii;
    for (size_t i = 0; i < word.size(); ++i) {
      if (word.compare(i, 3, "\xE2\x80\x99") == 0) {
        ascii.push_back('\'');
        i += 2;
      } else {
        ascii.push_back(word[i]);
      }
    }
    return set->Contains(ascii);
  }
  return set->Contains(word);
}

}  // namespace precis
