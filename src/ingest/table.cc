#include "ingest/table.h"

#include <algorithm>
#include <optional>

#include "ingest/file_io.h"
#include "ingest/lines.h"
#include "precis/text.h"

namespace precis::ingest {
namespace {

// Reads one record (a row of fields) starting at *pos; advances *pos past its line end and
// *line past the line breaks it contains. Returns false on an unterminated quote.
bool NextRecord(std::string_view s, char delimiter, size_t* pos, size_t* line,
                std::vector<std::string>* fields) {
  fields->assign(1, std::string());
  size_t i = *pos;
  while (i < s.size()) {
    const char c = s[i];
    std::string& field = fields->back();
    if (c == '"' && field.empty()) {  // a quoted field
      ++i;
      for (;;) {
        if (i >= s.size()) return false;
        if (s[i] == '"') {
          if (i + 1 < s.size() && s[i + 1] == '"') {
            field += '"';
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        if (s[i] == '\n') ++*line;
        field += s[i++];
      }
      // Text after the closing quote up to the delimiter is kept as written.
      while (i < s.size() && s[i] != delimiter && s[i] != '\n' && s[i] != '\r') field += s[i++];
      continue;
    }
    if (c == delimiter) {
      fields->emplace_back();
      ++i;
      continue;
    }
    if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ++i;
    if (c == '\n' || c == '\r') {
      ++i;
      ++*line;
      break;
    }
    field += c;
    ++i;
  }
  *pos = i;
  return true;
}

std::string Trimmed(const std::string& s) {
  const size_t b = s.find_first_not_of(" \t");
  if (b == std::string::npos) return "";
  const size_t e = s.find_last_not_of(" \t");
  std::string out = s.substr(b, e - b + 1);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

Status ParseTable(std::string_view bytes, std::string_view name, char delimiter,
                  const IngestOptions& options, std::vector<TableRow>* rows, IngestReport* report) {
  bytes = StripBom(bytes);
  const std::string where(name);
  if (LooksBinary(bytes)) return Status::DataError(where + ": looks like binary data");
  size_t bad_at = 0;
  if (!IsValidUtf8(bytes, &bad_at)) {
    const size_t line = 1 + std::count(bytes.begin(), bytes.begin() + bad_at, '\n');
    return Status::DataError(where + ":" + std::to_string(line) + ": invalid UTF-8");
  }
  size_t pos = 0, line = 1;
  std::vector<std::string> header;
  while (pos < bytes.size() && (header.empty() || (header.size() == 1 && header[0].empty()))) {
    if (!NextRecord(bytes, delimiter, &pos, &line, &header)) {
      return Status::DataError(where + ":1: unterminated quote in the header");
    }
  }
  std::optional<size_t> col_text, col_id, col_title, col_date, col_source, col_url;
  std::string columns;
  for (size_t k = 0; k < header.size(); ++k) {
    const std::string h = Trimmed(header[k]);
    columns += (columns.empty() ? "" : ", ") + h;
    if (h == "text") col_text = k;
    if (h == "id") col_id = k;
    if (h == "title") col_title = k;
    if (h == "date") col_date = k;
    if (h == "source") col_source = k;
    if (h == "url") col_url = k;
  }
  if (!col_text) {
    return Status::DataError(
        where + ": the header has no 'text' column (columns: " + columns +
        "); a table of articles needs a header row naming a text column (and optionally id, "
        "title, date, source, url)");
  }
  const std::string stem = FileStem(name);
  std::vector<std::string> fields;
  while (pos < bytes.size()) {
    const size_t start = line;
    if (!NextRecord(bytes, delimiter, &pos, &line, &fields)) {
      return Status::DataError(where + ":" + std::to_string(start) + ": unterminated quote");
    }
    if (fields.size() == 1 && IsBlank(fields[0])) continue;  // blank line
    if (fields.size() != header.size()) {
      std::string msg = where + ":" + std::to_string(start) + ": " + std::to_string(fields.size()) +
                        " fields, the header has " + std::to_string(header.size());
      if (!options.skip_bad_records) return Status::DataError(std::move(msg));
      ++report->skipped_bad;
      report->warnings.push_back(msg + " (row skipped)");
      continue;
    }
    TableRow row;
    row.line = start;
    Article& a = row.article;
    a.text = fields[*col_text];
    if (a.text.size() > options.max_article_bytes) {
      std::string msg = where + ":" + std::to_string(start) + ": article of " +
                        std::to_string(a.text.size()) + " bytes is over the limit of " +
                        std::to_string(options.max_article_bytes) + " bytes (max_article_bytes)";
      if (!options.skip_bad_records) return Status::DataError(std::move(msg));
      ++report->skipped_bad;
      report->warnings.push_back(msg + " (row skipped)");
      continue;
    }
    if (col_id) a.id = fields[*col_id];
    if (a.id.empty()) a.id = stem + ":" + std::to_string(start);
    if (col_title) a.title = fields[*col_title];
    if (col_date) a.date = fields[*col_date];
    if (col_source) a.source = fields[*col_source];
    if (col_url) a.url = fields[*col_url];
    rows->push_back(std::move(row));
  }
  return Status::Ok();
}

}  // namespace precis::ingest
