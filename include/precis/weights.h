// The default method's weights, and the versioned file that carries them.
//
// The concept ILP (`auto`; Gillick and Favre 2009) weighs a concept (a bigram, or a content
// word) by its document frequency and position, and steers towards a query by boosting what
// the query names. The numbers below are those weights. Their defaults are the ones shipped in
// data/weights.json (a test checks that the file and these defaults agree). They were chosen
// by hand on DUC 2004 and DUC 2006 halves, then checked by bench/fit_weights.cc, which fits
// them on one data set and reports the other (docs/quality.md, "Learned weights"):
//   generic weights: DUC 2004 against DUC 2006 and the reverse;
//   query weights:   DUC 2006 topics D0601-D0625 against D0626-D0650 and the reverse.
// No fitted set of these numbers helped on its held part in both directions, so they stayed;
// the concept model below did, for queries, and is the default there.
//
// A weights file is JSON:
//   {"format": "precis-weights", "version": 1,
//    "provenance": "free text: how the weights were chosen",      (optional)
//    "generic": {"df_power": 2, "lead_bonus": 16, "unigram_weight": 0.3,
//                "repeat_containment": 0.9},
//    "query": {"concept_boost": 1.2, "sentence_weight": 1.2, "title_weight": 2}}
// Every field of "generic" and "query" must be present (a file states a whole model, so a
// later version's new weight is never silently taken from the defaults); unknown fields,
// another format or version, and values outside their ranges are errors.
//
// Version 2 adds an optional "concept_model" (ConceptModel below): supervised concept weights
// after Li, Qian and Liu (2013), "Using Supervised Bigram-based ILP for Extractive
// Summarization" (ACL), a linear model over each concept's features (kConceptFeatures) fit
// offline to how often the concept appears in reference summaries (bench/concept_dump.cc,
// scripts/fit-concept-model.py):
//   "concept_model": {"power": 2, "bigram": {"bias": -0.01, "df_share": 0.2, ...},
//                     "unigram": {"bias": 0.02, ...}}
// "power" is required, in [0.25, 4]; each of "bigram" and "unigram" names every feature of
// kConceptFeatures once, with a finite value in [-1e6, 1e6]; "use" is optional: "always" (the
// default) or "with_query" (only summaries with a query use the model). Version-1 files
// (without it) still load, with no model; FormatWeights writes version 1 when there is no model.
//
// The built-in weights (data/weights.json) are version 2 with a "with_query" model: summaries
// without a query are weighed by "generic" alone, as before; summaries with a query by the
// model fit on DUC 2006, which helped on the held half of the DUC 2006 topics in both
// directions (docs/quality.md).
// Plain values; safe to share between threads.
#ifndef PRECIS_WEIGHTS_H_
#define PRECIS_WEIGHTS_H_

#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "precis/status.h"

namespace precis {

// The newest version ParseWeights accepts (it reads 1 and 2); FormatWeights writes 2 only when
// a concept model is present, else 1.
inline constexpr int kWeightsVersion = 2;

// The features of a concept the concept model reads, in order (summarize/concept_features.h
// computes them; every share is of the cluster's article groups, near-duplicates counted once):
//   bias           1
//   df_share       groups holding the concept / groups
//   df_share2      df_share squared
//   lead_share     groups holding it in an article's first sentence / groups
//   lead3_share    groups holding it in an article's first three sentences / groups
//   log_tf         ln(1 + sentences holding it)
//   first_position 1 / (1 + the earliest position in an article of a sentence holding it)
//   idf            mean IDF of its content words (the background IDF the summarizer is given)
//   stopword       1 when the bigram holds a stopword (0 for content words)
//   query          query words in it (a feedback term counts its share; 0 without a query)
//   sentence_words mean words of the sentences holding it / 25
//   base           its GenericWeights weight / the cluster's largest concept weight
inline constexpr const char* kConceptFeatures[] = {
    "bias",           "df_share", "df_share2", "lead_share", "lead3_share",    "log_tf",
    "first_position", "idf",      "stopword",  "query",      "sentence_words", "base"};
inline constexpr size_t kConceptFeatureCount = std::size(kConceptFeatures);

// Supervised concept weights (Li, Qian and Liu 2013): a concept weighs
// max(0, coefficients . features)^power instead of its GenericWeights weight (bigram concepts
// by `bigram`, content-word concepts by `unigram`); BoostQueryConcepts still applies after.
// Empty (the default): off. When set, both hold kConceptFeatureCount finite numbers.
struct ConceptModel {
  std::vector<double> bigram;
  std::vector<double> unigram;
  // The prediction is raised to this power: like df^2 over df, a convex weight favours what
  // the model is surest of. Range [0.25, 4]. Default: 1.
  double power = 1.0;
  // When the model applies: always, or only to a summary that has a query (file field "use":
  // "always" or "with_query"; optional, default "always"). Without a query a "with_query"
  // model leaves the GenericWeights weights alone.
  enum class Use { kAlways, kWithQuery };
  Use use = Use::kAlways;
  bool empty() const { return bigram.empty() && unigram.empty(); }
  // Whether the model changes the concepts of a summary with (true) or without a query.
  bool AppliesTo(bool has_query) const { return !empty() && (use == Use::kAlways || has_query); }
  bool operator==(const ConceptModel&) const = default;
};

// Weights of the concepts, used with or without a query.
struct GenericWeights {
  // A concept found in df article groups (near-duplicate articles counted once) weighs
  // df^df_power + lead_bonus * (groups that have it in an article's first sentence).
  // Range [0.5, 4]. Default: 2.
  double df_power = 2.0;
  // Range [0, 1000]. Default: 16.
  double lead_bonus = 16.0;
  // Content-word concepts weigh this fraction of a bigram's weight (0: bigrams only).
  // Range [0, 1]. Default: 0.3.
  double unigram_weight = 0.3;
  // Articles whose bigrams are at least this share inside another article's count as one
  // (above 1: never). Range [0.5, 2]. Default: 0.9.
  double repeat_containment = 0.9;
  bool operator==(const GenericWeights&) const = default;
};

// Weights of the query, per unit of SummarizeOptions::query_weight (default 0.5).
struct QueryWeights {
  // A concept weighs 1 + concept_boost * query_weight times more per query word in it
  // (1.6 times at the defaults). Range [0, 100]. Default: 1.2.
  double concept_boost = 1.2;
  // A sentence weighs, beside its concepts, sentence_weight * query_weight * its query cosine
  // * the largest concept weight. Range [0, 100]. Default: 1.2.
  double sentence_weight = 1.2;
  // A topic title's words count this many times the narrative's. Range [0, 100]. Default: 2.
  double title_weight = 2.0;
  bool operator==(const QueryWeights&) const = default;
};

// The built-in concept model: fit on all 50 DUC 2006 topics (with their queries), used only
// when a summary has a query (Use::kWithQuery). The fit and its held figures (each half of the
// DUC 2006 topics scored by the model fit on the other half) are in docs/quality.md,
// "Supervised concept weights"; data/weights.json carries the same numbers.
ConceptModel DefaultConceptModel();

struct SummaryWeights {
  GenericWeights generic;
  QueryWeights query;
  // Version 2 only. Default: DefaultConceptModel() (with a query only); a file without
  // "concept_model" (every version-1 file) has none.
  ConceptModel concepts = DefaultConceptModel();
  bool operator==(const SummaryWeights&) const = default;
};

// Parses a weights file's text. `name` (the file's path) starts every error message.
// Errors: kDataError naming the file and the field: bad JSON, a format other than
// "precis-weights", a version other than 1 or 2, a missing or unknown field, a value that is
// not a number or is outside its range, a "concept_model" in a version-1 file or one without
// every feature.
Status ParseWeights(std::string_view json, std::string_view name, SummaryWeights* out);

// Reads and parses the file at `path`. Errors: kNotFound / kIoError when it cannot be read,
// then as ParseWeights.
Status LoadWeights(const std::string& path, SummaryWeights* out);

// The weights as a file (two-space indented JSON, the fields in the order above, `provenance`
// included when not empty): version 1 without a concept model, version 2 with one.
std::string FormatWeights(const SummaryWeights& w, std::string_view provenance = "");

// The range check of ParseWeights, for weights built in code (Summarize calls it).
// Errors: kInvalidArgument naming the field.
Status CheckWeights(const SummaryWeights& w);

}  // namespace precis

#endif  // PRECIS_WEIGHTS_H_
