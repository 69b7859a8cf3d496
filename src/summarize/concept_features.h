// Supervised concept weights (Li, Qian and Liu 2013, "Using Supervised
// Bigram-based ILP for Extractive Summarization", ACL): the features of each
// concept of the ILP, and the linear model (precis/weights.h, ConceptModel)
// that turns them into its weight. The model is fit offline on reference
// summaries (bench/concept_dump.cc writes the features and the targets,
// scripts/fit-concept-model.py fits them; docs/quality.md has the figures).
#ifndef PRECIS_SUMMARIZE_CONCEPT_FEATURES_H_
#define PRECIS_SUMMARIZE_CONCEPT_FEATURES_H_

#include <vector>

#include "precis/weights.h"
#include "summarize/analysis.h"
#include "summarize/concepts.h"

namespace precis::summarize {

// The features of every concept of `c` (built by BuildConcepts(a, w), before
// any query boost), kConceptFeatureCount per concept in the order of
// kConceptFeatures, concept after concept. Only the article sentences count
// (joint units repeat them). Article groups are RepeatedArticles(a,
// w.repeat_containment), as in BuildConcepts.
std::vector<double> ConceptFeatures(const ClusterAnalysis& a, const Concepts& c,
                                    const GenericWeights& w);

// Replaces every concept's weight by max(0, model . features)^model.power:
// `bigram` for bigram concepts, `unigram` for content words. No-op when the
// model is empty, or is Use::kWithQuery and `a` has no query. `c` must be as
// BuildConcepts(a, w) left it.
void ApplyConceptModel(const ClusterAnalysis& a, const ConceptModel& model, const GenericWeights& w,
                       Concepts* c);

}  // namespace precis::summarize

#endif  // PRECIS_SUMMARIZE_CONCEPT_FEATURES_H_
