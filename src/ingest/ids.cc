#include "ingest/ids.h"

#include <functional>

namespace precis::ingest {

bool IdRegistry::Insert(std::string_view id) {
  if (id.size() >= (size_t{1} << kLenBits) - 1)
    return long_.emplace(id).second;
  if (2 * (count_ + 1) > slots_.size())
    Grow(); // load at most 1/2: short probe runs
  const size_t mask = slots_.size() - 1;
  for (size_t at = std::hash<std::string_view>()(id) & mask;;
       at = (at + 1) & mask) {
    const uint64_t slot = slots_[at];
    if (slot == 0) {
      slots_[at] = ((uint64_t{arena_.size()} << kLenBits) | id.size()) + 1;
      arena_.append(id);
      ++count_;
      return true;
    }
    const uint64_t v = slot - 1;
    const size_t len = v & ((uint64_t{1} << kLenBits) - 1);
    if (len == id.size() &&
        std::string_view(arena_).substr(v >> kLenBits, len) == id)
      return false;
  }
}

void IdRegistry::Grow() {
  std::vector<uint64_t> old;
  old.swap(slots_);
  slots_.assign(old.empty() ? 64 : old.size() * 2, 0);
  const size_t mask = slots_.size() - 1;
  for (const uint64_t slot : old) {
    if (slot == 0)
      continue;
    const uint64_t v = slot - 1;
    const std::string_view id = std::string_view(arena_).substr(
        v >> kLenBits, v & ((uint64_t{1} << kLenBits) - 1));
    size_t at = std::hash<std::string_view>()(id) & mask;
    while (slots_[at] != 0)
      at = (at + 1) & mask;
    slots_[at] = slot;
  }
}

bool IdRegistry::MakeUnique(std::string *id) {
  if (screen_ != nullptr && !screen_->MayRepeat(*id))
    return false;
  if (Insert(*id))
    return false;
  // Remembering the next suffix per base keeps n copies of one id O(n), not
  // O(n^2).
  int &n = next_suffix_.try_emplace(*id, 2).first->second;
  std::string candidate;
  for (;; ++n) {
    candidate = *id + "#" + std::to_string(n);
    if (Insert(candidate))
      break;
  }
  ++n;
  *id = std::move(candidate);
  return true;
}

void IdRegistry::Clear() {
  arena_.clear();
  slots_.clear();
  count_ = 0;
  long_.clear();
  next_suffix_.clear();
}

} // namespace precis::ingest
