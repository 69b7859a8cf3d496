// Making record ids unique within one input.
//
// The first "x" keeps its id; later ones become "x#2", "x#3", ... (skipping any suffixed id
// that is itself taken, so the result is unique whatever the input holds). Both records are
// kept: two articles sharing an id are usually two copies of one story, which dedup handles.
#ifndef PRECIS_INGEST_IDS_H_
#define PRECIS_INGEST_IDS_H_

#include <string>
#include <unordered_map>
#include <unordered_set>

namespace precis::ingest {

class IdRegistry {
 public:
  // Registers *id, renaming it when it is taken. Returns true when it was renamed.
  bool MakeUnique(std::string* id);
  void Clear();

 private:
  std::unordered_set<std::string> used_;
  std::unordered_map<std::string, int> next_suffix_;  // base id -> next n to try
};

}  // namespace precis::ingest

#endif  // PRECIS_INGEST_IDS_H_
