// The Porter stemmer exactly as ROUGE-1.5.5 runs it: Martin Porter's "Release 1" Perl coding
// (regex character classes, bli->ble, logi->log) plus ROUGE's sequential step 4
// (governmental -> govern, settlement -> settlem). It differs from every standard Porter or
// Snowball stemmer, so the summarizer's stemmer must never be used in its place.
// Thread-safe.
#ifndef PRECIS_EVAL_ROUGE_PORTER_H_
#define PRECIS_EVAL_ROUGE_PORTER_H_

#include <string>
#include <string_view>

namespace precis::rouge {

// Stems a lowercase word. Words shorter than 3 bytes are returned unchanged. (The ROUGE
// pipeline only stems tokens longer than 3 bytes and consults the WordNet exceptions first;
// see RougeStem in rouge_vocab.h.)
std::string RougePorterStem(std::string_view word);

}  // namespace precis::rouge

#endif  // PRECIS_EVAL_ROUGE_PORTER_H_
