// Synthetic near-duplicates for measuring the detector: rewrites of real articles the way
// copy-and-spin sites produce them. Deterministic for a seed (own integer draws from
// std::mt19937_64, so every platform gives the same texts).
//
// Each copy of a source article applies all of these edits (documented in docs/stories.md):
//   reorder  sentences shuffled (probability `shuffle`, else `swaps` random adjacent swaps)
//   delete   each sentence dropped with probability `delete_sentence` (never all)
//   insert   after each sentence, with probability `insert_sentence`, a sentence taken from
//            another source article
//   words    each word dropped with probability `delete_word`, and a word of the same
//            article inserted after it with probability `insert_word`
//   aliases  every entity of the alias table written as one of its other variants
//            ("United States" -> "USA", "Russia" -> "Russian Federation")
#ifndef PRECIS_DEDUP_NEAR_DUP_GENERATOR_H_
#define PRECIS_DEDUP_NEAR_DUP_GENERATOR_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "precis/dedup.h"

namespace precis::dedup {

struct NearDuplicateEdits {
  double shuffle = 0.5;          // Default: half the copies get a full shuffle
  uint32_t swaps = 2;            // Default: otherwise two adjacent swaps
  double delete_sentence = 0.1;  // Default: 10% of sentences dropped
  double insert_sentence = 0.1;  // Default: 10% foreign sentences inserted
  double delete_word = 0.01;     // Default: 1% of words dropped
  double insert_word = 0.01;     // Default: 1% of words repeated elsewhere
  bool aliases = true;           // Default: rename entities
  uint64_t seed = 2004;          // Default: 2004
};

struct GeneratedCopy {
  uint32_t source = 0;  // index of the source text
  std::string text;
  uint32_t renamed = 0;  // entity mentions rewritten with another alias variant
};

// One near-duplicate of every source text (sources with fewer than two sentences too: their
// copy is then only word-edited and renamed).
std::vector<GeneratedCopy> GenerateNearDuplicates(const std::vector<std::string_view>& sources,
                                                  const NearDuplicateEdits& edits);

// Rewrites every whole-word, case-exact occurrence of a name variant of the alias table `tsv`
// (entries whose canonical form is capitalised; the canonical spelling included) in `text`
// with another variant of the same entity, chosen by `draw` (called with the number of
// choices, returns an index below it). Returns the number of replacements. Exposed for tests.
uint32_t RenameEntities(std::string_view tsv, std::string* text,
                        const std::function<uint32_t(uint32_t)>& draw);

}  // namespace precis::dedup

#endif  // PRECIS_DEDUP_NEAR_DUP_GENERATOR_H_
