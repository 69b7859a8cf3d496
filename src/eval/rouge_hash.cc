#include "eval/rouge_hash.h"

#include <algorithm>

namespace precis::rouge {
namespace {

uint64_t MixKey(uint64_t key) { return RougeMixHash(key); }

uint32_t Tag(uint64_t hash) { return static_cast<uint32_t>(hash >> 32); }

}  // namespace

void RougeKeyIds::Clear() {
  for (uint32_t slot : used_) slots_[slot] = Slot{0, 0};
  used_.clear();
  size_ = 0;
}

void RougeKeyIds::Grow() {
  std::vector<Slot> old;
  old.swap(slots_);
  slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot{0, 0});
  mask_ = slots_.size() - 1;
  used_.clear();
  for (const Slot& s : old) {
    if (s.id_plus_1 == 0) continue;
    size_t slot = MixKey(s.key) & mask_;
    while (slots_[slot].id_plus_1 != 0) slot = (slot + 1) & mask_;
    slots_[slot] = s;
    used_.push_back(static_cast<uint32_t>(slot));
  }
}

uint32_t RougeKeyIds::Intern(uint64_t key) {
  if ((size_ + 1) * 2 > slots_.size()) Grow();  // load factor <= 1/2
  size_t slot = MixKey(key) & mask_;
  while (slots_[slot].id_plus_1 != 0) {
    if (slots_[slot].key == key) return slots_[slot].id_plus_1 - 1;
    slot = (slot + 1) & mask_;
  }
  uint32_t id = static_cast<uint32_t>(size_++);
  slots_[slot] = Slot{key, id + 1};
  used_.push_back(static_cast<uint32_t>(slot));
  return id;
}

void RougeKeyCounts::Reset(size_t expected) {
  for (uint32_t slot : used_) keys_[slot] = kEmpty;
  used_.clear();
  size_t capacity = keys_.size();
  while (capacity < 2 * expected) capacity *= 2;
  if (capacity != keys_.size()) {
    keys_.assign(capacity, kEmpty);
    counts_.assign(capacity, 0);
    mask_ = capacity - 1;
    shift_ = 64 - __builtin_ctzll(capacity);
  }
}

void RougeKeyCounts::Grow() {
  std::vector<uint64_t> old_keys(keys_.size() * 2, kEmpty);
  std::vector<uint32_t> old_counts(keys_.size() * 2, 0);
  old_keys.swap(keys_);
  old_counts.swap(counts_);
  mask_ = keys_.size() - 1;
  shift_ = 64 - __builtin_ctzll(keys_.size());
  std::vector<uint32_t> old_used;
  old_used.swap(used_);
  for (uint32_t old_slot : old_used) {  // keeps insertion order
    size_t slot = Slot(old_keys[old_slot]);
    while (keys_[slot] != kEmpty) slot = (slot + 1) & mask_;
    keys_[slot] = old_keys[old_slot];
    counts_[slot] = old_counts[old_slot];
    used_.push_back(static_cast<uint32_t>(slot));
  }
}

void RougeStringIds::Grow() {
  slots_.assign(slots_.empty() ? 1024 : slots_.size() * 2, Slot{0, 0});
  mask_ = slots_.size() - 1;
  for (uint32_t id = 0; id < hashes_.size(); ++id) {
    size_t slot = hashes_[id] & mask_;
    while (slots_[slot].id_plus_1 != 0) slot = (slot + 1) & mask_;
    slots_[slot] = Slot{Tag(hashes_[id]), id + 1};
  }
}

uint32_t RougeStringIds::Intern(std::string_view s, uint64_t hash, bool* inserted) {
  uint32_t found = Find(s, hash);
  *inserted = found == kNoId;
  if (found != kNoId) return found;
  if ((hashes_.size() + 1) * 2 > slots_.size()) Grow();
  const uint64_t h = MixKey(hash);
  size_t slot = h & mask_;
  while (slots_[slot].id_plus_1 != 0) slot = (slot + 1) & mask_;
  uint32_t id = static_cast<uint32_t>(hashes_.size());
  arena_.append(s);
  offsets_.push_back(static_cast<uint32_t>(arena_.size()));
  hashes_.push_back(h);
  slots_[slot] = Slot{Tag(h), id + 1};
  return id;
}

}  // namespace precis::rouge
