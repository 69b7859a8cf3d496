// Word tables of ROUGE-1.5.5, generated into rouge_tables.cc by scripts/gen_rouge_tables.py
// as plain text blobs. Use the lookups in rouge_lexicon.h rather than these directly.
#ifndef PRECIS_EVAL_ROUGE_TABLES_H_
#define PRECIS_EVAL_ROUGE_TABLES_H_

#include <cstddef>

namespace precis::rouge {

// The WordNet 2.0 exception table, "inflected\tbase\n" per entry (5930 entries).
extern const char kWordNetExceptionText[];
extern const size_t kWordNetExceptionTextSize;

// The SMART common-words stop list, "word\n" per entry (598 lines, 596 distinct entries).
extern const char kSmartCommonWordText[];
extern const size_t kSmartCommonWordTextSize;

}  // namespace precis::rouge

#endif  // PRECIS_EVAL_ROUGE_TABLES_H_
