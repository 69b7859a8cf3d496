// Measuring the off-topic filter: real stories (clusters) whose articles get sentences pasted
// from other stories, as padded feed articles do. Used by tests/story and
// bench/story_quality_bench.cc.
#ifndef PRECIS_STORY_OFF_TOPIC_TRIAL_H_
#define PRECIS_STORY_OFF_TOPIC_TRIAL_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "precis/story.h"

namespace precis::story {

struct OffTopicTrial {
  size_t pasted = 0;    // sentences pasted into articles
  size_t caught = 0;    // pasted sentences found off-topic
  size_t original = 0;  // sentences of the articles themselves
  size_t flagged = 0;   // original sentences found off-topic (wrongly)
};

// Every other article of every cluster (chosen with `seed`) gets two sentences of at least 8
// words from one other cluster appended as paragraphs; OffTopicSentences then runs with the
// clusters as stories.
OffTopicTrial RunOffTopicTrial(const std::vector<Cluster>& clusters, const DigestOptions& options,
                               uint64_t seed);

}  // namespace precis::story

#endif  // PRECIS_STORY_OFF_TOPIC_TRIAL_H_
