// Tables of articles: .csv (RFC 4180: comma-separated, "quoted" fields with "" for a quote,
// line breaks allowed inside quotes) and .tsv (tab-separated, same quoting). The first row is
// a header; it must name a `text` column, and may name `id`, `title`, `date`, `source` and
// `url` (any case, surrounding spaces ignored; other columns are ignored). Each later row is
// one article.
#ifndef PRECIS_INGEST_TABLE_H_
#define PRECIS_INGEST_TABLE_H_

#include <string_view>
#include <vector>

#include "precis/article.h"
#include "precis/ingest.h"
#include "precis/status.h"

namespace precis::ingest {

struct TableRow {
  Article article;
  size_t line = 0;  // 1-based line where the row starts
};

// Parses `bytes` (UTF-8; a byte order mark is dropped) into rows. A row whose text is empty
// or blank is returned too (the caller skips it with a warning). A row without an id gets
// "<stem of name>:<line>". Errors (kDataError): no header, no `text` column ("name: the
// header has no 'text' column (columns: a, b); ..."), a row with a different number of
// fields than the header, an unterminated quote, invalid UTF-8, binary data: all as
// "name:line: ...". With options.skip_bad_records a bad row is skipped with a warning in
// *report instead (a missing header or `text` column is always an error).
Status ParseTable(std::string_view bytes, std::string_view name, char delimiter,
                  const IngestOptions& options, std::vector<TableRow>* rows, IngestReport* report);

}  // namespace precis::ingest

#endif  // PRECIS_INGEST_TABLE_H_
