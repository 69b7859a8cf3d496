// Labellings for eval-cluster (ParseLabelling), then scored against themselves: a labelling that
// parses and has no repeated item scores a perfect 1 against itself.
#include <set>
#include <string>

#include "fuzz_util.h"
#include "precis/story.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace precis;
  Labelling labels;
  const Status st = ParseLabelling(fuzz::Bytes(data, size), "fuzz.tsv", &labels);
  fuzz::CheckError(st);
  if (!st.ok() || labels.empty()) return 0;
  ClusteringScores scores;
  const Status scored = ScoreClustering(labels, labels, &scores);
  fuzz::CheckError(scored);
  return 0;
}
