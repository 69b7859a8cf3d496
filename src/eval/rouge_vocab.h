// Interning of ROUGE tokens, with the per-token part of the pipeline (stop words, stemming)
// done once per distinct token and cached. Not thread-safe.
#ifndef PRECIS_EVAL_ROUGE_VOCAB_H_
#define PRECIS_EVAL_ROUGE_VOCAB_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "eval/rouge_hash.h"

namespace precis::rouge {

inline constexpr uint32_t kRougeDropped = UINT32_MAX;

// -m for one token: tokens of at most 3 bytes are kept; otherwise the WordNet exception
// value if `use_exceptions` and the token is a key (not stemmed further), else Porter.
std::string RougeStem(std::string_view token, bool use_exceptions);

class RougeVocab {
 public:
  RougeVocab(bool stem, bool use_exceptions, bool remove_stopwords);

  // The id of the final form of `raw` (a lowercase [a-z0-9]+ token): kRougeDropped when -s
  // removes it, else the id of its stem (-m) or of itself. Equal final strings share an id.
  uint32_t Token(std::string_view raw) { return Token(raw, RougeHashBytes(raw)); }
  // Same, with hash == RougeHashBytes(raw) computed by the caller. Inline fast path for a
  // token seen before.
  uint32_t Token(std::string_view raw, uint64_t hash) {
    uint32_t id = ids_.Find(raw, hash);
    if (id != RougeStringIds::kNoId && final_[id] != kUnset) return final_[id];
    return FinalForm(Intern(raw, hash));
  }

  // Number of ids handed out so far; every id is below it.
  size_t size() const { return ids_.size(); }
  // The string of an id; valid until the next Token() call.
  std::string_view text(uint32_t id) const { return ids_.text(id); }

 private:
  static constexpr uint32_t kUnset = UINT32_MAX - 1;  // final form not computed yet
  uint32_t Intern(std::string_view s, uint64_t hash);
  uint32_t FinalForm(uint32_t id);

  bool stem_;
  bool use_exceptions_;
  bool remove_stopwords_;
  RougeStringIds ids_;
  std::vector<uint32_t> final_;  // per id; kUnset until computed
};

}  // namespace precis::rouge

#endif  // PRECIS_EVAL_ROUGE_VOCAB_H_
