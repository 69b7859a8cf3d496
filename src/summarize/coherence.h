// Referential clarity: which sentences cannot be read without the sentence
// before them.
//
// A summary sentence that opens "He also said ...", "But the plan failed",
// "Those areas cover 70 percent of the population" or ends ", he said" with no
// name before it leans on context the summary may not give. Such a sentence is
// a fact about the text, decided once per article here, and every selector
// respects it: the analysis offers it only as a joint unit with the sentence it
// leans on (summarize/analysis.h), never on its own.
//
// The rules are surface rules over the sentence and the one before it, in the
// spirit of the referential-clarity and focus questions of the DUC
// linguistic-quality evaluation (Dang 2005), of the coherence constraints of
// extractive compressors (Clarke and Lapata 2007: a pronoun requires its
// antecedent's sentence) and of the discourse-connective studies of Pitler et
// al. (2010) and Louis and Nenkova (2011), who found these openings the
// strongest surface cues of poor readability in extracts. docs/summarize.md
// lists the rules and what they cost.
//
// English only; for any other language every sentence stands alone (documented
// limit).
#ifndef PRECIS_SUMMARIZE_COHERENCE_H_
#define PRECIS_SUMMARIZE_COHERENCE_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "precis/text.h"

namespace precis::summarize {

enum class Reliance : uint8_t {
  kStandsAlone,   // readable without the sentence before it
  kOnPrevious,    // leans on the sentence right before it in its article
  kUnsupported,   // a bare quotation with no speaker in it or next to it: never
                  // eligible
  kNamedEarlier,  // names a person by surname alone whose full name is in an
                  // earlier sentence that is not right before it: not eligible
                  // on its own (ArticleReliance)
};

// Classifies `sentence` given the sentence before it in the same article
// (`previous` is empty for an article's first sentence). A sentence that leans
// on a previous sentence that does not exist is kUnsupported.
//
// kOnPrevious when, after any opening quote marks:
// - it opens with a personal or possessive pronoun (He, She, It, They, Its,
// His, Her, Their,
//   Them, Him, We, Us, Our), except an extraposed "It" ("It is expected that
//   ...", "It was not clear whether ...");
// - it opens with a demonstrative (This, That, These, Those, Such, The
// latter/former) that is
//   not a time phrase ("This year", "That day", "These days");
// - it opens with a discourse connective (But, And, Also, However, Meanwhile,
// Still, Yet,
//   Moreover, In addition, As a result, ...), or an opening phrase ends in a
//   comma followed by a pronoun subject ("On Monday, he said ...");
// - its speaker is only a pronoun: a closing ", he said" / "'' she added" with
// no capitalized
//   name earlier in the sentence;
// - it is a quotation that continues a quotation left open by the previous
// sentence, or
//   follows a sentence ending in ":".
// kUnsupported when it is only a quotation (or an unclosed opening quotation)
// with no speaker in it, and the previous sentence does not introduce it.
Reliance SentenceReliance(std::string_view sentence, std::string_view previous);

// Classifies every sentence of one article; `spans` are its sentences in order
// (byte spans into `text`). Languages with openings (HasForeignOpenings) get those; other
// non-English languages give kStandsAlone for all.
//
// On top of SentenceReliance, the surname rule: a sentence whose speaker is a
// person named by surname alone ("Okafor said ...", "..., said Okafor.", "Mr.
// Okafor added ...") when an earlier sentence of the article names that person
// in full (a run of two or more capitalized words ending in the surname:
// "Samuel Okafor", "Director Okafor"; not after "the", not led by an honorific)
// leans on that sentence. When it is the sentence right before (or the one
// before that, with the sentence between leaning on it) the sentence is
// kOnPrevious and is offered in a joint unit with it; when it is farther back
// the sentence is kNamedEarlier and not offered at all, so that selectors
// prefer other sentences. A surname never named in full in the article (a
// famous name, or one introduced in the same sentence) is not affected.
std::vector<Reliance> ArticleReliance(std::string_view text, const std::vector<Span>& spans,
                                      std::string_view language);

// German, French, Spanish, Italian, Portuguese, Dutch and Russian (foreign_reliance.cc): true
// when `sentence` opens (after quote marks and dashes) with a word or phrase of that language
// that points back: a personal or possessive pronoun ("Er", "Elle", "Ellos", "Он", "Sein"),
// a demonstrative pronoun ("Dies", "Cela", "Esto", "Это") or a discourse connective ("Aber",
// "Cependant", "Sin embargo", "Однако"); impersonal openings ("Il y a", "Il faut") and time
// phrases ("Dieses Jahr") do not. ArticleReliance uses it for those languages: such a sentence
// leans on the one before (kOnPrevious), or is kUnsupported as an article's first.
bool ForeignOpeningLeans(std::string_view sentence, std::string_view language);
// True for a language ForeignOpeningLeans has openings for.
bool HasForeignOpenings(std::string_view language);

}  // namespace precis::summarize

#endif  // PRECIS_SUMMARIZE_COHERENCE_H_
