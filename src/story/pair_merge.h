// Greedy closest-pair merging, as hierarchical agglomerative clustering does it: merge the pair
// with the highest score while it reaches a threshold, ties broken by the pair's ids (lower
// pair first). StoryClusterer's Flush uses it for the centroid merge pass and the
// average-linkage pass (story_close.cc).
//
// A merge changes only the surviving item (and removes the absorbed one), so every other pair
// keeps its score. The pairs at or above the threshold therefore live in a max-heap, each
// scored once; a merge bumps the version of both items, which leaves their old pairs in the
// heap to be dropped when they surface (lazy invalidation), and pushes the survivor's pairs
// with its candidates anew. This is the priority-queue form of agglomerative clustering
// (Day and Edelsbrunner 1984, *Efficient algorithms for agglomerative hierarchical clustering
// methods*; Manning, Raghavan and Schütze 2008, *Introduction to Information Retrieval*,
// 17.2.1): O(P log P) for P scored pairs instead of a search over every pair after each
// merge. It merges the same pairs in the same order as that search (pair_merge_test.cc keeps
// the search as the reference).
#ifndef PRECIS_STORY_PAIR_MERGE_H_
#define PRECIS_STORY_PAIR_MERGE_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <tuple>
#include <vector>

namespace precis::story {

// `Items` provides, for item slots 0 .. slots() - 1:
//   size_t slots() const;                  // slots never grow during the merging
//   bool alive(uint32_t i) const;          // false for free slots and absorbed items
//   uint64_t id(uint32_t i) const;         // distinct among live items; orders ties
//   void candidates(uint32_t i, F visit);  // calls visit(j) once for every live j != i that
//                                          // may pair with i (a symmetric relation)
//   double score(uint32_t i, uint32_t j);  // symmetric
//   uint32_t merge(uint32_t i, uint32_t j);  // merges the two; returns the surviving slot
// Returns the number of merges.
template <typename Items>
size_t MergeClosestPairs(Items& items, double threshold) {
  struct Pair {
    double score;
    uint64_t lo_id, hi_id;  // lower id first
    uint32_t lo, hi;        // their slots
    uint32_t lo_version, hi_version;
  };
  // Heap order: the best pair on top.
  auto worse = [](const Pair& x, const Pair& y) {
    if (x.score != y.score) return x.score < y.score;
    return std::tie(x.lo_id, x.hi_id) > std::tie(y.lo_id, y.hi_id);
  };
  std::vector<uint32_t> version(items.slots(), 0);
  std::vector<Pair> heap;
  // The first scan pushes each pair once, from its lower id, and heapifies afterwards.
  auto push_pairs = [&](uint32_t i, bool first_scan) {
    const uint64_t id = items.id(i);
    items.candidates(i, [&](uint32_t j) {
      const uint64_t other = items.id(j);
      if (first_scan && other < id) return;
      const double score = items.score(i, j);
      if (score < threshold) return;
      heap.push_back(other < id ? Pair{score, other, id, j, i, version[j], version[i]}
                                : Pair{score, id, other, i, j, version[i], version[j]});
      if (!first_scan) std::push_heap(heap.begin(), heap.end(), worse);
    });
  };
  for (uint32_t i = 0; i < items.slots(); ++i) {
    if (items.alive(i)) push_pairs(i, true);
  }
  std::make_heap(heap.begin(), heap.end(), worse);
  size_t merges = 0;
  while (!heap.empty()) {
    std::pop_heap(heap.begin(), heap.end(), worse);
    const Pair p = heap.back();
    heap.pop_back();
    if (!items.alive(p.lo) || !items.alive(p.hi) || version[p.lo] != p.lo_version ||
        version[p.hi] != p.hi_version) {
      continue;  // one of the two has merged since the pair was scored
    }
    ++version[p.lo];
    ++version[p.hi];
    const uint32_t keep = items.merge(p.lo, p.hi);
    ++merges;
    push_pairs(keep, false);
  }
  return merges;
}

}  // namespace precis::story

#endif  // PRECIS_STORY_PAIR_MERGE_H_
