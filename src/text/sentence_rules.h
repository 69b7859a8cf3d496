// Repairs to ICU's sentence boundaries for news text.
//
// ICU's sentence rules (UAX #29) break after any period followed by a space and a capital,
// and after "!" or "?" whatever follows. News text needs more judgement: "Mr. Smith",
// "the U.S. Army", "J. R. R. Tolkien", "\"Stop!\" she said." The functions here look at the
// text around one candidate boundary and decide; they know nothing about ICU.
#ifndef PRECIS_TEXT_SENTENCE_RULES_H_
#define PRECIS_TEXT_SENTENCE_RULES_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace precis::text_internal {

// True when a candidate boundary is not a sentence end. `sentence` is the text of the
// sentence so far (from its first byte up to the candidate, trailing white space allowed);
// `next` is the text after the candidate (leading white space allowed), up to the end of the
// block. Checked in order: abbreviations (see abbreviations.h), list enumerators ("1." at
// the start or after a colon), initials and dotted acronyms before a non-sentence-starting
// word, and "!"/"?" followed by a lower-case word or a speech tag ("Stop!" Smith said.).
// `context` (optional) is surrounding text searched for evidence that a title abbreviation
// is a name: "Hun Sen said" elsewhere makes "led by Hun Sen. Hun Sen's party" a break.
// `language` (a Snowball name, SnowballLanguageName) adds that language's abbreviations and
// ordinal numbers (ClassifyForeignAbbreviation, WritesOrdinalPeriod in abbreviations.h) after
// the English ones.
bool IsFalseBreak(std::string_view sentence, std::string_view next, std::string_view context = {},
                  std::string_view language = "english");

// True when `next` (leading white space allowed) opens like a new sentence: an opening quote,
// or a capitalized function word ("The", "He", "But", "In", ...). A single capital followed by
// a period is an initial, and a bracket after an abbreviation is usually an aside
// ("at 3 a.m. (0100 GMT)"), so neither counts.
bool StartsSentence(std::string_view next);

// Appends the boundaries ICU does not see in `block` (offsets relative to it, pointing past
// any spaces; not sorted): after a horizontal ellipsis U+2026 followed by white space and a
// capital (ICU treats "..." as a sentence end but not "…"), after a period with no space
// between a lower-case word and a capitalized one ("prices rose.The dollar"), and after a
// word, a period and a space before a number and a lower-case word ("died. 40 others were")
// or before a camel-case name ("rose. eBay said").
void FindMissedBreaks(std::string_view block, std::vector<uint32_t>* breaks);

// Appends boundaries for Thai text (offsets relative to `block`, pointing past the spaces; not
// sorted): after a run of spaces between two Thai letters, as Thai writing separates clauses
// and sentences with a space (ICU does not split Thai into sentences). Thai sentences found
// this way are often clauses; see docs/text.md.
void FindThaiBreaks(std::string_view block, std::vector<uint32_t>* breaks);

}  // namespace precis::text_internal

#endif  // PRECIS_TEXT_SENTENCE_RULES_H_
