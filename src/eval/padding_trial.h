// Measuring the padding check (src/summarize/padding.h): DUC-style clusters whose articles get
// sentences pasted in from clusters that are NOT in the input, as content farms pad articles.
//
// PadFromOutside pads every other article of `host` (which ones, and what, from `seed`) with a
// run of 1-3 consecutive sentences of one article of one `outside` cluster, inserted at a
// sentence boundary after the first sentence. At least half of the runs (every even-numbered
// one, when the outside clusters have such a sentence) open with a sentence that shares a
// capitalized name with the host cluster, the hard case: the padding speaks of the same
// person or place. Deterministic for a seed (std::mt19937_64).
#ifndef PRECIS_EVAL_PADDING_TRIAL_H_
#define PRECIS_EVAL_PADDING_TRIAL_H_

#include <cstdint>
#include <vector>

#include "precis/article.h"
#include "precis/text.h"

namespace precis::eval {

struct PaddedCluster {
  Cluster cluster;  // the host with padded articles
  // Per article: the byte spans of pasted sentences in the padded text, and for each whether
  // its run shares a capitalized name with the host.
  std::vector<std::vector<Span>> pasted;
  std::vector<std::vector<bool>> shares_name;
};

PaddedCluster PadFromOutside(const Cluster& host, const std::vector<const Cluster*>& outside,
                             uint64_t seed);

}  // namespace precis::eval

#endif  // PRECIS_EVAL_PADDING_TRIAL_H_
