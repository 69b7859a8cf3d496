// The article stream of `precis cluster`, kept on disk: the inputs are read
// once into an ArticleSpool and handed to the clusterer in PrepareStream's
// order one batch at a time, so memory follows the clusterer's open window
// rather than the length of the feed. Nothing per article stays in memory:
// each article's place, date and origin go to a second temporary file as it is
// read, ids repeated across inputs are found by an external sort of their
// hashes, the date order by an external sort of (time, place), and the readers
// keep only the ids that repeat (two passes, ingest/id_screen.h). What memory
// still holds per article is only for repeated ids: 8 bytes per repeated hash,
// the repeated ids themselves, and 8 bytes per article skipped as a repeat.
#ifndef PRECIS_TOOLS_SPOOLED_STREAM_H_
#define PRECIS_TOOLS_SPOOLED_STREAM_H_

#include <cstdint>
#include <string>
#include <vector>

#include "command.h"
#include "ingest/article_spool.h"
#include "ingest/external_sort.h"
#include "input.h"
#include "story_args.h"

namespace precis::cli {

class SpooledStream {
 public:
  // PrepareStream into the spool: the same order (clusters files flattened
  // first, then the flat inputs; sorted by date unless --arrival-order), the
  // same skipped repeated ids and the same warnings. Returns false after
  // printing an error.
  bool Prepare(const CommandContext& ctx, StoryArgs* args, AliasTable* aliases);
  // Number of articles in the stream.
  size_t size() const { return count_; }
  // Articles [begin, begin + n) of the stream into *out (replacing what it
  // held).
  Status Read(size_t begin, size_t n, std::vector<Article>* out);

  // Per article, in reading order, in entries_ (host byte order).
  struct Entry {
    uint64_t offset = 0;  // of the article in spool_
    int64_t time = 0;     // ParseDate's result
    uint32_t bytes = 0;   // of the article's record
    uint8_t dated = 0;
    uint8_t from_clusters = 0;
    uint8_t unused[2] = {0, 0};
  };
  // An article's id hash and place in the stream's sequence (clusters files'
  // articles first): sorted, equal hashes meet.
  struct IdKey {
    uint64_t hash = 0;
    uint64_t place = 0;
    bool operator<(const IdKey& o) const {
      return hash != o.hash ? hash < o.hash : place < o.place;
    }
  };
  // An article of the stream by arrival time, ties in sequence order.
  struct TimeKey {
    int64_t time = 0;
    uint64_t place = 0;
    uint64_t offset = 0;
    uint64_t bytes = 0;
    bool operator<(const TimeKey& o) const {
      return time != o.time ? time < o.time : place < o.place;
    }
  };

 private:
  Status Add(const Article& a, bool from_clusters);
  // The sequence place of the article read `index`-th.
  uint64_t PlaceOf(uint64_t index, bool from_clusters) const;
  Status ReadEntries(uint64_t first, size_t n, std::vector<Entry>* out);
  // The places of articles whose id an earlier place already has, sorted.
  Status RepeatedIds(std::vector<uint64_t>* dropped);
  // Walks the sequence (skipping `dropped`), sets arrival times as ArrivalTimes
  // does, and writes the stream's (offset, bytes) table to the spool.
  Status Order(const std::vector<uint64_t>& dropped, bool arrival_order,
               ArrivalOrderReport* report);
  Status AppendTableEntry(uint64_t offset, uint64_t bytes);

  ingest::ArticleSpool spool_;    // the articles, then the stream's table
  ingest::ArticleSpool entries_;  // one Entry per article read
  uint64_t read_ = 0;             // articles read
  uint64_t flat_ = 0;             // of which from flat inputs (read first)
  // Articles whose given date ParseDate cannot read, and the first few of their ids (the
  // unreadable fields only).
  ArrivalOrderReport unreadable_;
  bool check_ids_ = false;
  ingest::ExternalSorter<IdKey> ids_{SortRunRecords()};
  size_t count_ = 0;    // articles in the stream
  uint64_t table_ = 0;  // where the table starts in spool_
  std::string scratch_;
};

}  // namespace precis::cli

#endif  // PRECIS_TOOLS_SPOOLED_STREAM_H_
