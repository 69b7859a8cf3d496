#include "eval/rouge_vocab.h"

#include "eval/rouge_lexicon.h"
#include "eval/rouge_porter.h"

namespace precis::rouge {
std::string RougeStem(std::string_view token, bool use_exceptions) {
  if (token.size() <= 3) return std::string(token);
  if (use_exceptions) {
    if (auto base = LookupRougeException(token)) return std::string(*base);
  }
  return RougePorterStem(token);
}

RougeVocab::RougeVocab(bool stem, bool use_exceptions, bool remove_stopwords)
    : stem_(stem), use_exceptions_(use_exceptions), remove_stopwords_(remove_stopwords) {}

uint32_t RougeVocab::Intern(std::string_view s, uint64_t hash) {
  bool inserted = false;
  uint32_t id = ids_.Intern(s, hash, &inserted);
  if (inserted) final_.push_back(kUnset);
  return id;
}

uint32_t RougeVocab::FinalForm(uint32_t id) {
  if (final_[id] != kUnset) return final_[id];
  std::string_view raw = ids_.text(id);  // invalidated by the Intern() below
  uint32_t result = id;
  if (remove_stopwords_ && IsRougeStopword(raw)) {
    result = kRougeDropped;
  } else if (stem_ && raw.size() > 3) {
    std::string stem = RougeStem(raw, use_exceptions_);
    result = Intern(stem, RougeHashBytes(stem));
  }
  final_[id] = result;
  return result;
}

}  // namespace precis::rouge
