// Measuring the near-duplicate detector: a naive exact oracle (all pairs, exact Jaccard of
// shingle sets, the "obviously right" reference) and a trial over generated copies. Used by
// tests/dedup and bench/dedup_bench.cc.
#ifndef PRECIS_DEDUP_NEAR_DUP_TRIAL_H_
#define PRECIS_DEDUP_NEAR_DUP_TRIAL_H_

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "dedup/near_dup_generator.h"
#include "precis/dedup.h"

namespace precis::dedup {

// The sorted shingle hashes of `text` after tokenizing and alias rewriting, as the detector
// sees them.
std::vector<uint64_t> ShingleSet(std::string_view text, const DedupOptions& options);

// Exact Jaccard and containment (of the smaller set) of two sorted sets.
void ExactSimilarity(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b,
                     double* jaccard, double* containment);

// The pairs (i < j) a perfect detector reports: exact Jaccard >= jaccard_threshold or exact
// containment >= containment_threshold, both sets with at least min_shingles shingles, or
// identical shingle sets. O(n^2).
std::vector<std::pair<uint32_t, uint32_t>> NaiveDuplicatePairs(
    const std::vector<std::string_view>& texts, const DedupOptions& options);

struct DetectionTrial {
  size_t sources = 0;
  size_t copies = 0;
  size_t detected = 0;        // copies in the same group as their source
  size_t reported_pairs = 0;  // (member, representative) pairs reported
  size_t false_pairs = 0;     // reported pairs whose texts are not related
  size_t natural_pairs = 0;   // near-duplicate pairs among the sources (by the oracle)
  double mean_jaccard = 0;    // exact Jaccard of copy and source, averaged over the copies
  double detection_rate() const { return copies ? static_cast<double>(detected) / copies : 0; }
  double false_positive_rate() const {
    return reported_pairs ? static_cast<double>(false_pairs) / reported_pairs : 0;
  }
};

// Generates one copy per source, streams sources and copies in a shuffled order (seed from
// `edits`) through FindDuplicates, and scores the groups. Texts are related when they are a
// copy and its source, or sources the oracle finds to be near-duplicates of each other
// (transitively).
Status RunDetectionTrial(const std::vector<std::string_view>& sources,
                         const NearDuplicateEdits& edits, const DedupOptions& options,
                         DetectionTrial* out);

}  // namespace precis::dedup

#endif  // PRECIS_DEDUP_NEAR_DUP_TRIAL_H_
