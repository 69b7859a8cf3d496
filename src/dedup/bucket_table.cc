#include "dedup/bucket_table.h"

#include <utility>

namespace precis::dedup {

void BucketTable::Grow() {
  std::vector<Cell> old(cells_.size() * 2);
  old.swap(cells_);
  for (const Cell& c : old) {
    if (c.head != kNil) cells_[Locate(c.key)] = c;
  }
}

void BucketTable::Insert(uint64_t key, uint32_t value) {
  if ((used_ + 1) * 2 > cells_.size()) Grow();
  uint32_t node;
  if (free_ != kNil) {
    node = free_;
    free_ = nodes_[node].next;
  } else {
    node = static_cast<uint32_t>(nodes_.size());
    nodes_.emplace_back();
  }
  Cell& cell = cells_[Locate(key)];
  if (cell.head == kNil) {
    cell.key = key;
    ++used_;
  }
  nodes_[node] = {value, cell.head};
  cell.head = node;
}

void BucketTable::Erase(uint64_t key, uint32_t value) {
  size_t i = Locate(key);
  if (cells_[i].head == kNil) return;
  uint32_t* link = &cells_[i].head;
  while (*link != kNil && nodes_[*link].value != value) link = &nodes_[*link].next;
  if (*link == kNil) return;
  const uint32_t node = *link;
  *link = nodes_[node].next;
  nodes_[node].next = free_;
  free_ = node;
  if (cells_[i].head != kNil) return;
  // The key has no value left: delete its cell and shift back the cells of its probe run
  // that may not stay behind the hole.
  --used_;
  size_t j = i;
  while (true) {
    j = (j + 1) & Mask();
    if (cells_[j].head == kNil) break;
    const size_t home = cells_[j].key & Mask();
    const bool between = i <= j ? (i < home && home <= j) : (i < home || home <= j);
    if (between) continue;  // already reachable from its home without crossing the hole
    cells_[i] = cells_[j];
    i = j;
  }
  cells_[i] = Cell();
}

}  // namespace precis::dedup
