// Sentence scorers: each returns one value per sentence of a ClusterAnalysis (higher is more
// worth including). Scores are comparable only within one call. Sentences that are not
// eligible still get a score (graph methods need every node) but are never selected.
#ifndef PRECIS_SUMMARIZE_SCORERS_H_
#define PRECIS_SUMMARIZE_SCORERS_H_

#include <vector>

#include "summarize/analysis.h"

namespace precis::summarize {

// Round-robin lead: the first sentence of every article (in date order), then every second
// sentence, and so on.
std::vector<double> LeadScores(const ClusterAnalysis& a);

// MEAD (Radev et al. 2004): centroid value + position value + first-sentence overlap.
std::vector<double> CentroidScores(const ClusterAnalysis& a);

// Continuous LexRank (Erkan and Radev 2004): stationary distribution of a random walk over the
// TF-IDF cosine similarity graph, with teleport probability 1 - damping. The teleport is
// uniform, or proportional to query similarity when the analysis has a query (Otterbacher et
// al. 2005, biased LexRank).
std::vector<double> LexRankScores(const ClusterAnalysis& a, double damping);

// TextRank (Mihalcea and Tarau 2004): weighted PageRank over the graph whose edge weight is
// the number of shared content terms divided by log|Si| + log|Sj|.
std::vector<double> TextRankScores(const ClusterAnalysis& a, double damping);

// Weighted PageRank by power iteration over a dense row-major n x n weight matrix (rows are
// out-edges, need not be normalized). `teleport` (size n, sums to 1) or uniform when empty.
// Stops when the L1 change falls below 1e-7 or after 200 iterations.
std::vector<double> PageRank(const std::vector<float>& weights, size_t n, double damping,
                             const std::vector<double>& teleport);

// Cosine similarity of every pair of sentences as a dense row-major matrix (diagonal 0),
// computed through an inverted index so that cost follows shared terms, not n^2 * length.
std::vector<float> CosineMatrix(const ClusterAnalysis& a);

// Cosine similarity of each sentence to the query (all zero without a query).
std::vector<double> QuerySimilarity(const ClusterAnalysis& a);

// Query focus for sentence scores: each score and each sentence's query cosine are scaled to
// [0, 1] and averaged, so a sentence must be both central and on the query to rank first.
// No-op without a query, or when no sentence shares a word with it.
void MixQuery(const ClusterAnalysis& a, std::vector<double>* scores);

// Query focus for word distributions: *p (a probability per term id, summing to 1) becomes
// (1 - weight) * p + weight * q, where q is the query's TF-IDF vector scaled to sum to 1.
// No-op without a query.
void MixQueryDistribution(const ClusterAnalysis& a, double weight, std::vector<double>* p);

}  // namespace precis::summarize

#endif  // PRECIS_SUMMARIZE_SCORERS_H_
