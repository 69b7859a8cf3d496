// JsonlReader: turns the lines of one JSON Lines input into articles or clusters.
//
// Fed one line at a time (from memory or a file streamed in chunks, see lines.h), it parses
// each non-blank line with simdjson, converts it (json_records.h) and applies the input-level
// policy: empty articles are skipped with a warning, ids are made unique, articles over
// max_article_bytes and malformed records are errors "name:line: ..." (warnings counted in
// skipped_bad with skip_bad_records). In kDetect mode the first line that parses as an object
// decides the kind: a "documents" or "articles" array means clusters.
// One reader per input and per thread; it reuses its parser and buffers across lines.
#ifndef PRECIS_INGEST_JSONL_READER_H_
#define PRECIS_INGEST_JSONL_READER_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/ids.h"
#include "precis/article.h"
#include "precis/ingest.h"
#include "precis/status.h"

namespace precis::ingest {

enum class JsonlKind { kDetect, kArticles, kClusters };

class JsonlReader {
 public:
  // `name` is used in messages, its stem in synthesised ids. Articles are appended to
  // *articles, clusters to *clusters (either may be null when that kind is not expected; a
  // record of a kind without a destination is an error). *report must outlive the reader.
  // `ids`, when given, holds the ids already used in the input (articles of a flat input,
  // clusters of a clusters input), so several files of one input get unique ids; by default
  // the reader keeps its own.
  JsonlReader(std::string_view name, JsonlKind kind, const IngestOptions& options,
              std::vector<Article>* articles, std::vector<Cluster>* clusters, IngestReport* report,
              IdRegistry* ids = nullptr);
  ~JsonlReader();
  JsonlReader(const JsonlReader&) = delete;
  JsonlReader& operator=(const JsonlReader&) = delete;

  // Handles one line (without its line end). Blank lines are ignored.
  Status Line(std::string_view line, size_t line_no);

  // kDetect until the first object has been seen.
  JsonlKind kind() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace precis::ingest

#endif  // PRECIS_INGEST_JSONL_READER_H_
