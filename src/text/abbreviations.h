// Abbreviations that end in a period without ending the sentence, as news text uses them.
#ifndef PRECIS_TEXT_ABBREVIATIONS_H_
#define PRECIS_TEXT_ABBREVIATIONS_H_

#include <string_view>

namespace precis::text_internal {

// What a period after an abbreviation means depends on the abbreviation and on the word that
// follows; each kind names the rule (see IsFalseBreak in sentence_rules.h). Abbreviations that
// ICU's default (end the sentence before a capital, not before a lower-case word) already
// handles well, such as "etc.", "et al.", "Ave." and AP state names ("Ill."), are not listed.
enum class AbbrevKind {
  kNone,
  // Continues the sentence: titles before a name (Mr., Gen., Sen.), e.g., i.e., vs., Mt., Ft.
  // The one exception is a capitalized word before it and a sentence starter after it, as
  // in "... led by Hun Sen. In a letter ...".
  kAlways,
  // Ends a sentence unless a number follows: months (Jan. 1), No. 5, Vol. 2, pp. 10.
  kBeforeNumber,
  // Usually continues a name: the sentence ends only before a word that typically starts a
  // sentence ("Warner Bros. Pictures" but "Warner Bros. The studio ...").
  kInName,
  // Company and name suffixes (Inc., Corp., Co., Ltd., Jr., Sr.): usually end the sentence
  // when a capital follows, except before a title, a name part or a weekday ("Acme Inc. Chief
  // Executive", "King Jr. Day", "Co. Ltd.", "America Online Inc. Tuesday laid out ...").
  kSuffix,
  // a.m. and p.m.: continue before a day or a time zone ("9 p.m. Friday", "10 a.m. EST").
  kTime,
  // St.: Saint before a name ("at St. Mary's") unless it follows a capitalized street name
  // ("on Cedar St. The ...").
  kSaintOrStreet,
};

// Classifies `word`, the token before a period without the period ("Mr", "U.S", "a.m").
// Titles, Latin and business abbreviations match in any case ("MR", "INC"); months, "Mt" and
// "Ft" only as written in news ("Jan"), because "mar" and "ft" mean other things.
AbbrevKind ClassifyAbbreviation(std::string_view word);

// True for "U.S", "a.k.a", "Ph.D", "N.Y": letters in groups of one or two, joined by periods.
bool IsDottedAcronym(std::string_view word);

// Words that continue a name after a kSuffix abbreviation, and days and time zones after
// kTime ones. Case-sensitive.
bool ContinuesAfterSuffix(std::string_view next_word);
bool ContinuesAfterTime(std::string_view next_word);

// Other languages (foreign_abbreviations.cc), by Snowball language name ("german", "spanish",
// "french", "italian", "portuguese", "dutch", "turkish", "greek", "swedish", "indonesian"),
// or ISO code for those Snowball does not stem ("pl", "uk", "vi"); Danish, Norwegian, Finnish,
// Hungarian and Czech for ordinals only. Case-sensitive, as written in news.
enum class ForeignAbbrevKind {
  kNone,
  kTitle,   // before a name: never ends a sentence ("Dr.", "Sra.", "Doç.", "κ.")
  kInside,  // "z. B.", "ca.", "Mio.", "p. ej.", "av.": ends one only before a sentence starter
};
ForeignAbbrevKind ClassifyForeignAbbreviation(std::string_view language, std::string_view word);
// True for a capitalized word that usually opens a sentence in `language` ("Der", "El", "Le").
bool IsForeignStarter(std::string_view language, std::string_view word);
// True for languages that write ordinal numbers with a period ("am 11. März", "1. Lig'de").
bool WritesOrdinalPeriod(std::string_view language);

}  // namespace precis::text_internal

#endif  // PRECIS_TEXT_ABBREVIATIONS_H_
