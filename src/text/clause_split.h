// Cutting over-long sentences at clause boundaries.
#ifndef PRECIS_TEXT_CLAUSE_SPLIT_H_
#define PRECIS_TEXT_CLAUSE_SPLIT_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "precis/text.h"

namespace precis::text_internal {

// Appends `sentence` (a trimmed span of `text`) to *out, first cut into pieces of at most
// `max_bytes` bytes when it is longer. Each cut goes after the last ";", ":", em dash or
// " -- " in the second half of the window, else at the last white space in it, else at the
// last character boundary (never inside a UTF-8 sequence, and not before a combining mark
// when that can be avoided). Pieces are trimmed and never empty. max_bytes == 0: no limit.
void AppendWithLimit(std::string_view text, Span sentence, uint32_t max_bytes,
                     std::vector<Span>* out);

// `span` of `text` without leading and trailing white space (possibly empty).
Span TrimSpan(std::string_view text, Span span);

}  // namespace precis::text_internal

#endif  // PRECIS_TEXT_CLAUSE_SPLIT_H_
