// The two engines behind TokenizeWords, exposed for differential tests and benchmarks.
//
// TokenizeWords runs the fast path when it can and ICU otherwise; both must give the same
// tokens for any text the fast path accepts (tests/text/tokenize_fast_test.cc checks this on
// random text).
#ifndef PRECIS_TEXT_WORD_TOKENIZE_H_
#define PRECIS_TEXT_WORD_TOKENIZE_H_

#include <string_view>
#include <vector>

#include "precis/text.h"

namespace precis::text_internal {

// ICU's word BreakIterator over `range` of `text` (REQUIRES: a valid, in-range span).
void TokenizeWordsIcu(std::string_view text, Span range, std::vector<WordToken>* out);

// The UAX #29 word rules hand-coded for ASCII plus the typographic punctuation of news text
// (U+00A0, U+2013, U+2014, U+2018, U+2019, U+201C, U+201D, U+2026). Returns false without
// appending anything when `range` holds any other character; the caller then uses ICU.
bool TokenizeWordsFast(std::string_view text, Span range, std::vector<WordToken>* out);

}  // namespace precis::text_internal

#endif  // PRECIS_TEXT_WORD_TOKENIZE_H_
