#include "dedup/bucket_table.h"

namespace precis::dedup {

void BucketTable::Grow() {
  std::vector<Cell> old(cells_.size() * 2);
  old.swap(cells_);
  for (const Cell& c : old) {
    if (c.value != kNil) cells_[Locate(c.key)] = c;
  }
}

void BucketTable::Reserve(size_t keys) {
  size_t cells = cells_.size();
  while (keys * 2 > cells) cells *= 2;
  if (cells == cells_.size()) return;
  if (used_ == 0) {
    cells_.assign(cells, Cell());
    return;
  }
  while (cells_.size() < cells) Grow();
}

void BucketTable::Insert(uint64_t key, uint32_t value) {
  if ((used_ + 1) * 2 > cells_.size()) Grow();
  Cell& cell = cells_[Locate(key)];
  if (cell.value == kNil) {
    cell.key = key;
    cell.value = value;
    cell.next = kNil;
    ++used_;
    return;
  }
  uint32_t node;
  if (free_ != kNil) {
    node = free_;
    free_ = nodes_[node].next;
  } else {
    node = static_cast<uint32_t>(nodes_.size());
    nodes_.emplace_back();
  }
  nodes_[node] = {value, cell.next};
  cell.next = node;
}

void BucketTable::Erase(uint64_t key, uint32_t value) {
  size_t i = Locate(key);
  Cell& cell = cells_[i];
  if (cell.value == kNil) return;
  if (cell.value != value) {
    for (uint32_t* link = &cell.next; *link != kNil; link = &nodes_[*link].next) {
      if (nodes_[*link].value != value) continue;
      const uint32_t n = *link;
      *link = nodes_[n].next;
      FreeNode(n);
      return;
    }
    return;
  }
  if (cell.next != kNil) {  // promote the first listed value into the cell
    const uint32_t n = cell.next;
    cell.value = nodes_[n].value;
    cell.next = nodes_[n].next;
    FreeNode(n);
    return;
  }
  // The key has no value left: delete its cell and shift back the cells of its probe run
  // that may not stay behind the hole.
  --used_;
  size_t j = i;
  while (true) {
    j = (j + 1) & Mask();
    if (cells_[j].value == kNil) break;
    const size_t home = cells_[j].key & Mask();
    const bool reachable = i <= j ? (i < home && home <= j) : (i < home || home <= j);
    if (reachable) continue;  // reachable from its home without crossing the hole
    cells_[i] = cells_[j];
    i = j;
  }
  cells_[i] = Cell();
}

}  // namespace precis::dedup
