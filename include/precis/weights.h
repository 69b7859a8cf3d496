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
// No fitted set helped on its held part in both directions, so the defaults stayed.
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
// Plain values; safe to share between threads.
#ifndef PRECIS_WEIGHTS_H_
#define PRECIS_WEIGHTS_H_

#include <string>
#include <string_view>

#include "precis/status.h"

namespace precis {

// The version ParseWeights accepts (and FormatWeights writes).
inline constexpr int kWeightsVersion = 1;

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

struct SummaryWeights {
  GenericWeights generic;
  QueryWeights query;
  bool operator==(const SummaryWeights&) const = default;
};

// Parses a weights file's text. `name` (the file's path) starts every error message.
// Errors: kDataError naming the file and the field: bad JSON, a format other than
// "precis-weights", a version other than kWeightsVersion, a missing or unknown field, a value
// that is not a number or is outside its range.
Status ParseWeights(std::string_view json, std::string_view name, SummaryWeights* out);

// Reads and parses the file at `path`. Errors: kNotFound / kIoError when it cannot be read,
// then as ParseWeights.
Status LoadWeights(const std::string& path, SummaryWeights* out);

// The weights as a version-1 file (two-space indented JSON, the fields in the order above,
// `provenance` included when not empty).
std::string FormatWeights(const SummaryWeights& w, std::string_view provenance = "");

// The range check of ParseWeights, for weights built in code (Summarize calls it).
// Errors: kInvalidArgument naming the field.
Status CheckWeights(const SummaryWeights& w);

}  // namespace precis

#endif  // PRECIS_WEIGHTS_H_
