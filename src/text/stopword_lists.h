// Stopword lists as data: one space-separated string per language.
#ifndef PRECIS_TEXT_STOPWORD_LISTS_H_
#define PRECIS_TEXT_STOPWORD_LISTS_H_

#include <string_view>
#include <vector>

namespace precis::text_internal {

// Space-separated, lower-case words of the stop list for Snowball language `name`
// ("english", "german", ...), or an empty view when there is none.
std::string_view StopwordList(std::string_view name);
// The Snowball names StopwordList has a list for.
const std::vector<std::string_view>& StopwordLanguages();

}  // namespace precis::text_internal

#endif  // PRECIS_TEXT_STOPWORD_LISTS_H_
