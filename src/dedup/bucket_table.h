// BucketTable: a flat multimap from 64-bit keys (already well mixed) to 32-bit values, for the
// LSH bands. Open addressing with linear probing and backward-shift deletion; each key's
// values are a linked list in one node pool. No allocation per key once warm, which matters
// with 80 band keys per article. Not thread-safe.
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
  // Removes one occurrence of `value` under `key` (no effect when absent).
  void Erase(uint64_t key, uint32_t value);
  // Calls f(value) for every value under `key`, most recent first.
  template <typename F>
  void ForEach(uint64_t key, F&& f) const {
    const size_t i = Locate(key);
    if (cells_[i].head == kNil) return;
    for (uint32_t n = cells_[i].head; n != kNil; n = nodes_[n].next) f(nodes_[n].value);
  }
  size_t keys() const { return used_; }

 private:
  static constexpr uint32_t kNil = UINT32_MAX;
  struct Cell {
    uint64_t key = 0;
    uint32_t head = kNil;  // kNil: empty cell
  };
  struct Node {
    uint32_t value;
    uint32_t next;
  };
  size_t Mask() const { return cells_.size() - 1; }
  // The cell holding `key`, or the empty cell where it would go.
  size_t Locate(uint64_t key) const {
    size_t i = key & Mask();
    while (cells_[i].head != kNil && cells_[i].key != key) i = (i + 1) & Mask();
    return i;
  }
  void Grow();

  std::vector<Cell> cells_;
  size_t used_ = 0;
  std::vector<Node> nodes_;
  uint32_t free_ = kNil;
};

}  // namespace precis::dedup

#endif  // PRECIS_DEDUP_BUCKET_TABLE_H_
