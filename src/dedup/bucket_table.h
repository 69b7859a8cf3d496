// BucketTable: a flat multimap from 64-bit keys (already well mixed) to 32-bit values, for the
// LSH bands. Open addressing with linear probing and backward-shift deletion; a key's first
// value lives in its cell, further values in a linked list in one node pool. No allocation per
// key once warm, and usually one cache line per lookup, which matters with 80 band keys per
// article. Prefetch lets a caller overlap the cache misses of several keys. Not thread-safe.
#ifndef PRECIS_DEDUP_BUCKET_TABLE_H_
#define PRECIS_DEDUP_BUCKET_TABLE_H_

#include <cstddef>
#include <cstdint>
#include <vector>

namespace precis::dedup {

class BucketTable {
 public:
  BucketTable() : cells_(16) {}

  void Insert(uint64_t key, uint32_t value);
  // Makes room for `keys` keys in all without growing (a hint: lookups and the values under
  // each key do not depend on it).
  void Reserve(size_t keys);
  // Removes one occurrence of `value` under `key` (no effect when absent).
  void Erase(uint64_t key, uint32_t value);
  // Calls f(value) for every value under `key`.
  template <typename F>
  void ForEach(uint64_t key, F&& f) const {
    const Cell& c = cells_[Locate(key)];
    if (c.value == kNil) return;
    f(c.value);
    for (uint32_t n = c.next; n != kNil; n = nodes_[n].next) f(nodes_[n].value);
  }
  // Hints that `key` will be looked up soon.
  void Prefetch(uint64_t key) const { __builtin_prefetch(&cells_[key & Mask()]); }
  size_t keys() const { return used_; }

 private:
  static constexpr uint32_t kNil = UINT32_MAX;
  struct Cell {
    uint64_t key = 0;
    uint32_t value = kNil;  // kNil: empty cell
    uint32_t next = kNil;   // more values, in nodes_
  };
  struct Node {
    uint32_t value;
    uint32_t next;
  };
  size_t Mask() const { return cells_.size() - 1; }
  // The cell holding `key`, or the empty cell where it would go.
  size_t Locate(uint64_t key) const {
    size_t i = key & Mask();
    while (cells_[i].value != kNil && cells_[i].key != key) i = (i + 1) & Mask();
    return i;
  }
  void Grow();
  void FreeNode(uint32_t n) {
    nodes_[n].next = free_;
    free_ = n;
  }

  std::vector<Cell> cells_;
  size_t used_ = 0;
  std::vector<Node> nodes_;
  uint32_t free_ = kNil;
};

}  // namespace precis::dedup

#endif  // PRECIS_DEDUP_BUCKET_TABLE_H_
