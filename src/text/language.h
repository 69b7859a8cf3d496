// Language names: ISO 639 codes and Snowball algorithm names onto one canonical name.
#ifndef PRECIS_TEXT_LANGUAGE_H_
#define PRECIS_TEXT_LANGUAGE_H_

#include <string>
#include <string_view>

namespace precis::text_internal {

// Lower-cases `language`, drops any region or variant ("en-US", "pt_BR", "en@x" -> "en",
// "pt") and maps ISO 639-1 codes (and "eng", "deu", "fra") to Snowball names ("english",
// "portuguese"). Languages Snowball does not stem keep their ISO 639-1 code as their name, and
// their English names map onto it ("polish" -> "pl", "japanese" -> "ja", "czech" -> "cs").
// Anything else comes back lower-cased, so "English" -> "english" and an unknown "xx" -> "xx"
// (callers decide whether they support it). Languages' own names map too ("Deutsch" ->
// "german", "Español", "русский", "Ελληνικά", "हिन्दी", "polski" -> "pl").
std::string SnowballLanguageName(std::string_view language);

// The BCP 47 tag of `language` for HTML's lang attribute: an ISO 639 code with its region
// as written ("de", "pt_BR" -> "pt-BR", "zh-Hant-TW"), a Snowball, English or own name as its
// ISO 639-1 code ("english" -> "en", "Deutsch" -> "de", "polish" -> "pl"); "" for anything
// that is none of these ("xx-yy" passes as a tag would: two or three letters, then subtags of
// letters and digits).
std::string LanguageTag(std::string_view language);

}  // namespace precis::text_internal

#endif  // PRECIS_TEXT_LANGUAGE_H_
