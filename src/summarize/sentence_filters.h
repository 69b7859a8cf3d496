// Sentence filters: sentences that rarely make a good summary sentence whatever their score.
// The analysis marks them not eligible (they still count for centrality and concepts).
#ifndef PRECIS_SUMMARIZE_SENTENCE_FILTERS_H_
#define PRECIS_SUMMARIZE_SENTENCE_FILTERS_H_

#include <string_view>
#include <vector>

#include "precis/text.h"

namespace precis::summarize {

// A question, or a line that ends without sentence punctuation (a heading or a byline).
bool LooksLikeHeading(std::string_view sentence);

// A question: the sentence's last mark (white space aside) is "?", the full-width "？" of
// Chinese and Japanese, the Arabic "؟" or the Greek question mark U+037E, or ";" in Greek
// (`language` "el" or "greek"), where the semicolon is how the question mark is typed.
bool IsQuestion(std::string_view sentence, std::string_view language);

// Publishing boilerplate rather than news: copyright lines, "contributed to this report",
// "click here", "sign up", "follow us on", reporting and editing credits (ASCII
// case-insensitive phrase match; the list is in sentence_filters.cc).
bool LooksLikeBoilerplate(std::string_view sentence);

// A sentence that opens with a quotation whose words say little ("``I'm very sad,'' said
// the commissioner."): the quoted part, up to its closing mark, holds fewer than
// `min_content` content words (not stopwords, with a letter). `tokens` are the sentence's
// word tokens (TokenizeWords over its span), whose offsets count from `sentence_begin`.
bool IsContentlessQuote(std::string_view sentence, uint32_t sentence_begin,
                        const std::vector<WordToken>& tokens, std::string_view language,
                        size_t min_content);

}  // namespace precis::summarize

#endif  // PRECIS_SUMMARIZE_SENTENCE_FILTERS_H_
