// A spool of articles in an unnamed temporary file: a long feed is read once,
// written here, and read back one batch at a time in whatever order the caller
// needs (date order for the story commands), so that memory holds a small index
// per article instead of the articles.
#ifndef PRECIS_INGEST_ARTICLE_SPOOL_H_
#define PRECIS_INGEST_ARTICLE_SPOOL_H_

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include "precis/article.h"
#include "precis/status.h"

namespace precis::ingest {

class ArticleSpool {
public:
  // Where one article is in the spool.
  struct Record {
    uint64_t offset = 0;
    uint64_t bytes = 0;
  };

  ArticleSpool() = default;
  ~ArticleSpool();
  ArticleSpool(const ArticleSpool &) = delete;
  ArticleSpool &operator=(const ArticleSpool &) = delete;

  // Creates the file (in $TMPDIR, else /tmp; removed from the directory at
  // once, so it goes away with the process). Errors: kIoError naming the
  // folder.
  Status Open();
  // Appends every field of `a`. Errors: kIoError (disk full ...).
  Status Append(const Article &a, Record *where);
  // Reads back an article appended earlier. Errors: kIoError; kInternal for a
  // bad record.
  Status Read(const Record &where, Article *a);
  // Appends raw bytes (a caller's own table) and reads them back. Errors as
  // Append and Read.
  Status AppendBytes(std::string_view bytes, Record *where);
  Status ReadBytes(const Record &where, std::string *out);

private:
  int fd_ = -1;
  uint64_t size_ = 0;   // bytes written so far (to the file or `pending_`)
  std::string pending_; // written in blocks
  std::string record_;  // scratch for one record
  Status Flush();
};

} // namespace precis::ingest

#endif // PRECIS_INGEST_ARTICLE_SPOOL_H_
