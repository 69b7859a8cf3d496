// Selectors: turn sentence scores into a summary under a Budget without repeating content.
#ifndef PRECIS_SUMMARIZE_SELECT_H_
#define PRECIS_SUMMARIZE_SELECT_H_

#include <vector>

#include "summarize/analysis.h"

namespace precis::summarize {

struct Selected {
  uint32_t sentence;  // index into ClusterAnalysis::sentences
  Span span;          // the sentence's span, shortened when truncated
  bool truncated = false;
};

// The cost of a sentence in budget units.
size_t Cost(const AnalyzedSentence& s, BudgetUnit unit);

// Candidates in selection order: by score, best first; ties by article index, then position
// (so output never depends on sort stability).
std::vector<uint32_t> RankByScore(const ClusterAnalysis& a, const std::vector<double>& scores);

// Greedy: walks candidates best first and takes each eligible one that fits the remaining
// budget and whose cosine to every chosen sentence is at most options.redundancy_threshold.
// With options.mmr, picks instead at each step the candidate maximizing
// lambda * score/max_score - (1 - lambda) * max cosine to the chosen ones.
// Exact repeats (same text or cosine ~1) are never taken twice, whatever the threshold.
// With budget.truncate_last, the best remaining candidate that did not fit is appended, cut
// at a word (or UTF-8 character, for bytes) boundary to the remaining budget.
std::vector<Selected> Select(const Cluster& cluster, const ClusterAnalysis& a,
                             const std::vector<double>& scores, const SummarizeOptions& options);

// Cuts `span` of `text` to at most `limit` budget units (words or bytes), never inside a
// UTF-8 character, and trims trailing white space.
Span TruncateSpan(std::string_view text, Span span, BudgetUnit unit, size_t limit);

}  // namespace precis::summarize

#endif  // PRECIS_SUMMARIZE_SELECT_H_
