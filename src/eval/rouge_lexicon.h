// Lookups in ROUGE-1.5.5's word tables (WordNet 2.0 exceptions, SMART stop words).
// Thread-safe: the tables are constant.
#ifndef PRECIS_EVAL_ROUGE_LEXICON_H_
#define PRECIS_EVAL_ROUGE_LEXICON_H_

#include <optional>
#include <string_view>

namespace precis::rouge {

// The base form the WordNet 2.0 exception table gives for `word` (compared exactly), if any.
std::optional<std::string_view> LookupRougeException(std::string_view word);

// True when `word` is exactly an entry of the SMART common-words list.
bool IsRougeStopword(std::string_view word);

}  // namespace precis::rouge

#endif  // PRECIS_EVAL_ROUGE_LEXICON_H_
