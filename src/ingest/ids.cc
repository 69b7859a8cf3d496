#include "ingest/ids.h"

namespace precis::ingest {

bool IdRegistry::MakeUnique(std::string* id) {
  if (used_.insert(*id).second) return false;
  // Remembering the next suffix per base keeps n copies of one id O(n), not O(n^2).
  int& n = next_suffix_.try_emplace(*id, 2).first->second;
  std::string candidate;
  for (;; ++n) {
    candidate = *id + "#" + std::to_string(n);
    if (used_.insert(candidate).second) break;
  }
  ++n;
  *id = std::move(candidate);
  return true;
}

void IdRegistry::Clear() {
  used_.clear();
  next_suffix_.clear();
}

}  // namespace precis::ingest
