// TermSpace: the vocabulary, stream document frequencies and TF-IDF vectors of
// story clustering. Words arrive as matching tokens already rewritten with the
// alias table; each distinct folded form is looked up (stopword?) and stemmed
// once, then cached.
//
// Weight of term t in an article: (1 + ln count) * idf(t) * (1 + (boost - 1) *
// names / count), where `names` counts the occurrences that look like names
// (capitalised inside a sentence, or a name alias), idf(t) = ln((1 + N) / (1 +
// df)) + 1 over the articles counted so far; the vector is then scaled to unit
// length. Not thread-safe.
#ifndef PRECIS_STORY_TERM_SPACE_H_
#define PRECIS_STORY_TERM_SPACE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dedup/aliases.h"
#include "dedup/match_tokens.h"
#include "precis/text.h"
#include "story/sparse.h"

namespace precis::story {

class StateWriter;
class StateReader;

// Raw counts of one term in one article: all occurrences and the name-like
// ones.
struct TermCount {
  uint32_t term;
  float count;
  float names;
};
using TermCounts = std::vector<TermCount>;  // sorted by term

// One distinct word form of an article with its occurrences (see CollectForms).
struct FormCount {
  uint64_t hash;        // HashBytes of the form
  uint32_t norm_begin;  // the form, in the tokens' norms buffer
  uint32_t norm_size;
  float count;
  float names;  // occurrences that look like names
};

// The distinct word forms (with a letter) of `tokens`, in first-occurrence order. Pure: needs
// no TermSpace, so it can run on any thread. `table` is scratch space.
void CollectForms(const dedup::MatchTokens& tokens, std::vector<FormCount>* out,
                  std::vector<uint32_t>* table);

class TermSpace {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;

  TermSpace(std::string_view language, double name_boost);

  // The unit TF-IDF vector of `tokens`. With `count_df`, the article is first
  // added to the document frequencies (so its own terms are known). Empty when
  // no content word.
  void Vectorize(const dedup::MatchTokens& tokens, bool count_df, SparseVector* out);
  // The same in two steps: the counts (with `count_df`, added to the document
  // frequencies) and their unit vector under the current IDF. Weigh can be
  // called again later, when the document frequencies have grown.
  void Count(const dedup::MatchTokens& tokens, bool count_df, TermCounts* out);
  // The same from forms already collected (`norms`: the tokens' norms buffer).
  void CountForms(const std::vector<FormCount>& forms, std::string_view norms, bool count_df,
                  TermCounts* out);
  void Weigh(const TermCounts& counts, SparseVector* out) const;
  // Document frequencies from counts kept elsewhere (Count without `count_df`): ClearFrequencies,
  // then AddDocument for every article of the collection. The vocabulary is kept.
  void ClearFrequencies();
  void AddDocument(const TermCounts& counts);
  // The same with another name boost than the space's.
  void Weigh(const TermCounts& counts, double name_boost, SparseVector* out) const;

  double Idf(uint32_t term) const;
  // The surface form shown for the term: the shortest folded form that produced it (of equal
  // lengths, the lexicographically first), so it does not depend on arrival order.
  const std::string& Form(uint32_t term) const { return forms_[term]; }
  size_t vocabulary() const { return forms_.size(); }
  uint64_t documents() const { return documents_; }

  // Saved state (story_state.cc): vocabulary, stems and document frequencies (the form
  // cache is rebuilt as words arrive). Load returns false on malformed bytes.
  void Save(StateWriter* out) const;
  bool Load(StateReader* in);

 private:
  // The term of a folded form (kNone for stopwords); `hash` is HashBytes(norm).
  uint32_t Lookup(std::string_view norm, uint64_t hash);
  uint32_t Resolve(std::string_view norm);  // the slow path: stopword check and stemming
  void GrowForms();

  std::string language_;
  double name_boost_;
  std::unique_ptr<Stemmer> stemmer_;
  // Folded form -> term, open addressing on the token hash (the form is compared too, so a
  // hash collision cannot merge two words). The forms live in one arena.
  struct FormSlot {
    uint64_t hash = 0;
    uint32_t term = kNone;
    uint32_t form = UINT32_MAX;  // index into form_begin_; UINT32_MAX: empty slot
  };
  std::vector<FormSlot> form_slots_ = std::vector<FormSlot>(1024);
  size_t forms_used_ = 0;
  std::string form_arena_;
  std::vector<uint32_t> form_begin_;  // form i is form_arena_[form_begin_[i], form_begin_[i+1])
  std::unordered_map<std::string, uint32_t, dedup::StringViewHash, std::equal_to<>> by_stem_;
  std::vector<std::string> forms_;
  std::vector<uint32_t> df_;
  uint64_t documents_ = 0;
  // Per-article scratch, indexed by term.
  std::vector<float> count_, names_;
  std::vector<uint32_t> touched_;
  TermCounts counts_scratch_;
  std::vector<FormCount> forms_scratch_;
  std::vector<uint32_t> forms_table_;
};

}  // namespace precis::story

#endif  // PRECIS_STORY_TERM_SPACE_H_
