// Sentence compression by deletion: which byte ranges of a sentence to keep.
//
// A compressed sentence is the concatenation of some of its own byte ranges, so every summary
// sentence stays a quotation of its source that a reader can trace span by span; nothing is
// rewritten, reordered or re-capitalized. The rules drop only parts that grammar sets off as
// removable and that carry little of a news sentence's point. They follow the deletion-based
// view of compression of Knight and Marcu (2002) and Clarke and Lapata (2008), and the
// hand-written, syntax-motivated cuts that compressive summarizers offer their selector
// (Berg-Kirkpatrick, Gillick and Klein 2011: parentheticals, appositives, leading
// prepositional phrases, attributions; Durrett, Berg-Kirkpatrick and Klein 2016), written
// here as surface rules over words and punctuation, without a parser:
//
//  1. Parenthetical: " (...)" after a word, balanced, at most 200 bytes: "the World Health
//     Organization (WHO) said" -> "the World Health Organization said".
//  2. Dash aside: a pair of spaced dashes (wire copy's " _ ", " -- ", " — ", " – ") with at
//     most 25 words between them and a word after: "The rebels _ who hold the north _ said"
//     -> "The rebels said". A single dash, and dashes written without spaces, stay.
//  3. Appositive after a name: "Name, a/an/the ..., verb" or an age "Name, 54, verb", where
//     Name is capitalized, not a stopword, a day or a month, and not right after a
//     preposition; the aside holds at most 12 words, none of them a finite verb from a short
//     list ("said", "is", "was", "has", ...), and the word after its closing comma is lower
//     case and not a conjunction or relative ("and", "or", "who", "which", ...):
//     "Ana Ruiz, the city's mayor, said" -> "Ana Ruiz said". Lists ("Paris, London and
//     Rome") never match: their items are not led by a determiner.
//  4. Leading time or place phrase: the sentence opens with On / In / At / Last / This /
//     Earlier / Later / Yesterday / Today / Overnight or a weekday, followed by at most four
//     words that are capitalized, numbers, or time words (the, week, month, year, morning,
//     ...), then a comma; dropped only when the next word is capitalized, so the sentence
//     still starts with a capital without any rewriting: "On Tuesday, President Lee signed
//     the bill." -> "President Lee signed the bill."; "In Paris, police ..." stays.
//  5. Attribution tail: ", SPEAKER VERB [up to four words]." with VERB a verb of saying
//     (said, says, added, reported, announced, noted, stated, told) and a speaker of one to
//     five words without digits, ", said Capitalized Name.", or ", according to ..." (at most
//     eight words); the final punctuation is kept: "The bridge will reopen in May, officials
//     said." -> "The bridge will reopen in May.". Only in sentences with no quotation mark (a
//     quotation keeps its speaker), none opening with a subordinating word ("When ...",
//     "If ...", "As ..."), where the attribution may be the main clause, and none whose tail
//     starts with "and", "which", "who" .... This states as plain fact what the source
//     attributed; that is the rule's cost, and one reason compression is an option.
//
// What every rule leaves alone:
//  - anything inside a quotation ("``...''", “...”, "..."): a quotation is never edited;
//  - an aside (rules 1-3) holding a digit when the rest of the sentence holds none: the
//    number may be what the sentence is about ("Sales rose (by 40 percent) last year");
//  - a sentence that would keep fewer than five words: it is kept whole;
//  - languages other than English: kept whole (the rules are English; documented limit).
//
// Deterministic and thread-safe. tests/summarize/compress_test.cc holds the table of
// invented sentences the rules are checked on (what each rule drops, and what it must not).
#ifndef PRECIS_SUMMARIZE_COMPRESS_H_
#define PRECIS_SUMMARIZE_COMPRESS_H_

#include <string>
#include <string_view>
#include <vector>

#include "precis/text.h"

namespace precis::summarize {

// The rules, as bits of a mask.
enum CompressRule : unsigned {
  kParenthetical = 1u << 0,
  kDashAside = 1u << 1,
  kAppositive = 1u << 2,
  kLeadingPhrase = 1u << 3,
  kAttributionTail = 1u << 4,
};
inline constexpr unsigned kAllCompressRules =
    kParenthetical | kDashAside | kAppositive | kLeadingPhrase | kAttributionTail;
// The rules compressive selection uses (SummarizeOptions::compress): all but the appositive,
// chosen on DUC 2004 and checked on DUC 2006 and the reverse (both choose it; docs/quality.md:
// with all five rules DUC 2004 40.27/10.52 and DUC 2006 R-2/SU4 10.10/15.12, without
// the appositive 40.51/10.64 and 10.27/15.26). An appositive often carries the description a
// reference summary keeps ("the European planemaker").
inline constexpr unsigned kSummaryCompressRules = kAllCompressRules & ~kAppositive;

// The parts of `sentence` (a span of `text`, byte offsets) kept by the rules in `rules` (a
// mask of CompressRule bits): sorted, non-empty, non-overlapping spans inside `sentence`.
// Exactly {sentence} when nothing is removed (and {} when `sentence` is empty). `language` is
// a BCP 47 tag; only "en" and "en-..." are compressed.
std::vector<Span> CompressSentence(std::string_view text, Span sentence, std::string_view language,
                                   unsigned rules = kAllCompressRules);

// The concatenation of `pieces` of `text`: the compressed sentence as a reader sees it.
std::string JoinPieces(std::string_view text, const std::vector<Span>& pieces);

}  // namespace precis::summarize

#endif  // PRECIS_SUMMARIZE_COMPRESS_H_
