// Making record ids unique within one input.
//
// The first "x" keeps its id; later ones become "x#2", "x#3", ... (skipping any
// suffixed id that is itself taken, so the result is unique whatever the input
// holds). Both records are kept: two articles sharing an id are usually two
// copies of one story, which dedup handles.
#ifndef PRECIS_INGEST_IDS_H_
#define PRECIS_INGEST_IDS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "precis/ingest.h"

namespace precis::ingest {

class IdRegistry {
public:
  // Registers *id, renaming it when it is taken. Returns true when it was
  // renamed.
  bool MakeUnique(std::string *id);
  // Ids the screen says cannot repeat are passed through unregistered (see
  // IdScreen in precis/ingest.h). Null: every id is registered.
  void set_screen(IdScreen *screen) { screen_ = screen; }
  void Clear();

private:
  // Inserts `id`; false when it was there already.
  bool Insert(std::string_view id);
  void Grow();

  // The ids in use, compactly: a feed of a million articles keeps a million
  // ids, and a node-based set of std::string spends about 70 bytes on each;
  // this spends the id's bytes plus about 12. `arena_` holds the ids back to
  // back; `slots_` is an open-addressing table (linear probing) of (offset <<
  // kLenBits | length) + 1, 0 meaning empty. Ids too long for the length field
  // go to `long_`.
  static constexpr int kLenBits = 20;
  std::string arena_;
  std::vector<uint64_t> slots_;
  size_t count_ = 0;
  std::unordered_set<std::string> long_;
  std::unordered_map<std::string, int> next_suffix_; // base id -> next n to try
  IdScreen *screen_ = nullptr;
};

} // namespace precis::ingest

#endif // PRECIS_INGEST_IDS_H_
