// Padding from outside the feed: sentences of a cluster's article that were pasted in from a
// story the cluster does not contain (content farms pad articles this way). With no other
// story to compare against, the evidence is support: a genuine sentence shares its specific
// words with the cluster's other articles, a pasted one does not (beyond a shared name or two
// and words every story uses).
//
// Support of sentence s of article x: the share of s's content-term weight carried by terms
// that also occur in another article of the cluster, each term weighted by its IDF within the
// cluster (log((1 + N) / (1 + df)) + 1), so that a word every article uses counts little and a
// word only s's article uses counts most. A sentence with at least min_terms content terms
// and support below min_support is padding, unless a neighbour in its own article that is
// itself supported shares one of its rarer words (a detail the other outlets left out, told
// over two sentences). Clusters of fewer than min_articles articles are not checked.
//
// The idea follows the "support from other documents" signal of multi-document summarizers
// (the document-frequency features of Hong and Nenkova 2014) and the lexical-cohesion view of
// topic segmentation (Hearst 1997): text about another topic shares neither the cluster's
// words nor its neighbours'. Measured with bench/padding_bench (docs/summarize.md).
#ifndef PRECIS_SUMMARIZE_PADDING_H_
#define PRECIS_SUMMARIZE_PADDING_H_

#include <cstdint>
#include <vector>

#include "summarize/analysis.h"

namespace precis::summarize {

struct PaddingOptions {
  double min_support = 0.35;  // callers pass SummarizeOptions::off_topic_support
  uint32_t min_terms = 4;
  uint32_t min_articles = 3;
};

// Per sentence of a.sentences[0, a.ground()): true when it looks pasted from outside the
// cluster. `df` gives, per term id, the number of the cluster's articles holding it.
std::vector<bool> FindPadding(const ClusterAnalysis& a, const std::vector<uint32_t>& df,
                              size_t articles, const PaddingOptions& options);

// The support of every ground sentence (see above), for measurement.
std::vector<double> PaddingSupport(const ClusterAnalysis& a, const std::vector<uint32_t>& df,
                                   size_t articles);

}  // namespace precis::summarize

#endif  // PRECIS_SUMMARIZE_PADDING_H_
