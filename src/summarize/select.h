// Selectors: turn sentence scores into a summary under a Budget without repeating content.
#ifndef PRECIS_SUMMARIZE_SELECT_H_
#define PRECIS_SUMMARIZE_SELECT_H_

#include <unordered_map>
#include <vector>

#include "summarize/analysis.h"

namespace precis::summarize {

struct Selected {
  uint32_t sentence;  // index into ClusterAnalysis::sentences
  Span span;          // the sentence's span, shortened when truncated
  bool truncated = false;
};

// Cosine at or above which two sentences count as the same sentence.
inline constexpr float kDuplicateCosine = 0.98f;

// The sentences chosen so far, with similarity queries against them.
// Candidates that overlap a chosen one (a joint unit and its own sentences) count as repeats
// unless `overlap_is_repeat` is false (the ILP's candidate list, where the program itself
// keeps overlapping candidates apart).
class Chosen {
 public:
  Chosen(const Cluster& cluster, const ClusterAnalysis& a, bool overlap_is_repeat = true)
      : cluster_(cluster), a_(a), overlap_is_repeat_(overlap_is_repeat) {}

  // Largest Similarity of sentence i to any chosen sentence (0 when none is chosen).
  float MaxSimilarity(uint32_t i) const;
  // Cosine of sentences i and j; 2.0 when their texts are identical or they overlap.
  float Similarity(uint32_t i, uint32_t j) const;
  // True when i repeats a chosen sentence (same text, overlap, or cosine >= kDuplicateCosine).
  // Cost: the chosen sentences holding i's heaviest term, not all of them (see select.cc).
  bool Repeats(uint32_t i) const;
  void Add(uint32_t i);
  const std::vector<uint32_t>& ids() const { return ids_; }

 private:
  std::string_view Text(uint32_t i) const;
  const Cluster& cluster_;
  const ClusterAnalysis& a_;
  const bool overlap_is_repeat_;
  std::vector<uint32_t> ids_;
  // Term -> chosen sentences holding it, so that Repeats looks only where a repeat can be.
  std::unordered_map<uint32_t, std::vector<uint32_t>> by_term_;
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

// Appends, when options.budget.truncate_last, the best-ranked candidate (by `scores`) that is
// eligible, not taken and not redundant, cut to the `remaining` budget.
void AppendTruncated(const Cluster& cluster, const ClusterAnalysis& a,
                     const std::vector<double>& scores, const SummarizeOptions& options,
                     size_t remaining, std::vector<Selected>* out);

// The rules every method obeys, applied after its selection (issue 12): a sentence whose
// cosine to one kept before it exceeds options.redundancy_threshold is dropped, and so is a
// lead-in ending in ':' whose next sentence (the list it introduces) was not chosen; freed
// budget is refilled from `scores` (best first) under the same rules, never with a lead-in.
// A truncated last sentence stays last. Selections that already obey the rules are unchanged.
void ApplySelectionRules(const Cluster& cluster, const ClusterAnalysis& a,
                         const std::vector<double>& scores, const SummarizeOptions& options,
                         std::vector<Selected>* chosen);

// Cuts candidate i (of `a`, in `cluster`) to at most `limit` budget units counted on the bytes
// it prints (its compressed pieces, or its span), as TruncateSpan does. Returns the outer span
// [span.begin, cut) in source offsets; ClipPieces(CandidatePieces(a, i), result) are the bytes
// kept. An empty span when not even one word fits.
Span TruncateCandidate(const Cluster& cluster, const ClusterAnalysis& a, uint32_t i,
                       BudgetUnit unit, size_t limit);

// The parts of `pieces` inside `range` (empty parts dropped).
std::vector<Span> ClipPieces(const std::vector<Span>& pieces, Span range);

// Remaining budget after `chosen`.
size_t Remaining(const ClusterAnalysis& a, const std::vector<Selected>& chosen, const Budget& b);

// Cuts `span` of `text` to at most `limit` budget units (words or bytes), never inside a
// UTF-8 character, and trims trailing white space.
Span TruncateSpan(std::string_view text, Span span, BudgetUnit unit, size_t limit);

}  // namespace precis::summarize

#endif  // PRECIS_SUMMARIZE_SELECT_H_
