// Query terms: what a question asks about, as a weighted term vector.
//
// A DUC 2005-2007 topic is a title ("Native American Reservation System - pros
// and cons") and a narrative of instructions ("Discuss conditions on ...
// Include the benefits and drawbacks
// ..."). The narrative's instruction words (Discuss, Include, Describe, What,
// information,
// ...) say what kind of answer is wanted, not what it is about; they are
// question-type cues and are left out of the term vector. The title's words
// count QueryWeights::title_weight times. The vector is then widened by pseudo-relevance
// feedback (Rocchio 1971; Xu and Croft 1996): the heaviest content terms of the
// cluster sentences closest to the query join it at a fraction of its weight,
// so that a question's words find the cluster's own words for the same thing.
#ifndef PRECIS_SUMMARIZE_QUERY_TERMS_H_
#define PRECIS_SUMMARIZE_QUERY_TERMS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "summarize/analysis.h"

namespace precis::summarize {

// True for a folded word that states the question's type or asks for an answer
// ("describe", "include", "discuss", "information", "specific", ...), which the
// summary need not contain.
bool IsQuestionCue(std::string_view norm);

// The query text and the part of it that is a title: options.query when given
// (all narrative), otherwise the cluster's topic title and its query.
struct QueryText {
  std::string title;
  std::string narrative;
};
QueryText QueryOf(const Cluster &cluster, const SummarizeOptions &options);

// Pseudo-relevance feedback on a->query (TF-IDF weighted, sorted by term): the
// `feedback` ground sentences with the highest query cosine vote with their
// unit-length TF-IDF vectors; the `terms` best-voted terms not in the query
// join it, the best at `weight` times the query's heaviest term and the others
// in proportion to their votes. Updates query_norm. No-op without a query or
// with terms == 0.
void ExpandQuery(uint32_t feedback, uint32_t terms, double weight,
                 ClusterAnalysis *a);

} // namespace precis::summarize

#endif // PRECIS_SUMMARIZE_QUERY_TERMS_H_
