// The article stream of `precis cluster`, kept on disk: the inputs are read
// once into an ArticleSpool and handed to the clusterer in PrepareStream's
// order one batch at a time, so memory follows the clusterer's open window
// rather than the length of the feed. While the inputs are read and ordered,
// about 24 bytes an article are in memory; the order is then written to the
// spool too (12 bytes an article) and read back a batch at a time.
#ifndef PRECIS_TOOLS_SPOOLED_STREAM_H_
#define PRECIS_TOOLS_SPOOLED_STREAM_H_

#include <cstdint>
#include <string>
#include <vector>

#include "article_spool.h"
#include "command.h"
#include "story_args.h"

namespace precis::cli {

class SpooledStream {
public:
  // PrepareStream into the spool: the same order (clusters files flattened
  // first, then the flat inputs; sorted by date unless --arrival-order), the
  // same skipped repeated ids and the same warnings. Returns false after
  // printing an error.
  bool Prepare(const CommandContext &ctx, StoryArgs *args, AliasTable *aliases);
  // Number of articles in the stream.
  size_t size() const { return count_; }
  // Articles [begin, begin + n) of the stream into *out (replacing what it
  // held).
  Status Read(size_t begin, size_t n, std::vector<Article> *out);

private:
  Status Add(const Article &a, bool from_clusters);
  // Writes the stream's (offset, bytes) in order to the spool and frees the
  // per-article vectors.
  Status SpoolOrder();

  ArticleSpool spool_;
  // Per article, in reading order.
  std::vector<uint64_t> offset_;
  uint64_t end_ = 0; // where the last article's record ends
  std::vector<int64_t> time_;
  std::vector<bool> dated_;
  std::vector<bool> from_clusters_;
  std::vector<uint32_t> order_; // the stream: indexes into the vectors above
  size_t count_ = 0;            // articles in the stream
  uint64_t table_ = 0;          // where SpoolOrder wrote the order
  std::string scratch_;
};

} // namespace precis::cli

#endif // PRECIS_TOOLS_SPOOLED_STREAM_H_
