// TwoPassIdScreen: exact renaming of repeated ids with a table that holds only
// the ids that may repeat, for feeds too long to remember every id.
//
// The input is read twice. In the first pass MayRepeat notes a 64-bit hash of
// every id (on disk, in an ExternalSorter) and answers false; Seal then keeps
// the hashes seen more than once. In the second pass MayRepeat answers true
// for an id when the hash of the id, or of the id with one or more "#<digits>"
// suffixes cut off, is among them. That is exact: an id that is renamed was
// seen before, so it repeats in the first pass, or it equals an earlier
// renamed id "x#n" whose base x is screened in; an id equal to a renamed id
// "x#n" cuts down to x. Ids screened out thus never meet a screened-in one,
// and the table of screened-in ids renames them as it would have with every id
// in it. Hash collisions only screen in more ids. Memory: the run of the
// sorter (about 0.5 MB) and 8 bytes per repeated hash.
#ifndef PRECIS_INGEST_ID_SCREEN_H_
#define PRECIS_INGEST_ID_SCREEN_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/external_sort.h"
#include "precis/ingest.h"

namespace precis::ingest {

class TwoPassIdScreen : public IdScreen {
 public:
  // `run_records`: the sorter's run (tests make it small to spill).
  explicit TwoPassIdScreen(size_t run_records = size_t{1} << 16);

  bool MayRepeat(std::string_view id) override;
  // Ends the first pass. Errors: kIoError from the temporary file.
  Status Seal();
  // After the second pass: kDataError when it did not see the first pass's ids
  // in the same order (the input changed between the two reads).
  Status CheckSecondPass(const std::string& name) const;
  // Distinct hashes seen more than once in the first pass.
  size_t repeated() const { return repeated_.size(); }

 private:
  bool sealed_ = false;
  ExternalSorter<uint64_t> hashes_;
  Status error_;
  std::vector<uint64_t> repeated_;  // sorted
  uint64_t count_[2] = {0, 0};      // ids seen in each pass
  uint64_t digest_[2] = {0, 0};     // an order-dependent hash of them
};

}  // namespace precis::ingest

#endif  // PRECIS_INGEST_ID_SCREEN_H_
