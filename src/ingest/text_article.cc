// Plain-text articles: one file, an optional title line, the rest verbatim.
#include <string>

#include "ingest/file_io.h"
#include "ingest/lines.h"
#include "precis/ingest.h"
#include "precis/text.h"

namespace precis {
namespace {

constexpr size_t kMaxTitleBytes = 200;

// The line starting at `pos` (without its "\n"), and in *next the start of the next line
// (text.size() when there is none).
std::string_view LineAt(std::string_view text, size_t pos, size_t* next) {
  const size_t nl = text.find('\n', pos);
  if (nl == std::string_view::npos) {
    *next = text.size();
    return text.substr(pos);
  }
  *next = nl + 1;
  return text.substr(pos, nl - pos);
}

// Start of the first non-blank line at or after `pos` (text.size() when none).
size_t SkipBlankLines(std::string_view text, size_t pos) {
  while (pos < text.size()) {
    size_t next;
    if (!ingest::IsBlank(LineAt(text, pos, &next))) break;
    pos = next;
  }
  return pos;
}

std::string_view TrimAscii(std::string_view s) {
  while (!s.empty() && ingest::IsBlank(s.substr(0, 1))) s.remove_prefix(1);
  while (!s.empty() && ingest::IsBlank(s.substr(s.size() - 1))) s.remove_suffix(1);
  return s;
}

}  // namespace

Status ParseTextArticle(std::string_view bytes, std::string_view name, Article* out) {
  if (LooksBinary(bytes)) {
    return Status::DataError(std::string(name) + ": looks like binary data");
  }
  size_t bad = 0;
  if (!IsValidUtf8(bytes, &bad)) {
    return Status::DataError(std::string(name) + ": invalid UTF-8 at byte " + std::to_string(bad) +
                             " (precis reads UTF-8 text: convert other encodings first, e.g. "
                             "iconv -f windows-1251 -t UTF-8)");
  }
  *out = Article();
  out->id = ingest::FileStem(name);
  const std::string_view body = ingest::StripBom(bytes);

  const size_t first = SkipBlankLines(body, 0);
  size_t after_first = 0;
  const std::string_view title = TrimAscii(LineAt(body, first, &after_first));
  size_t after_second = 0;
  const bool followed_by_blank =
      after_first < body.size() && ingest::IsBlank(LineAt(body, after_first, &after_second));
  if (followed_by_blank && !title.empty() && title.size() <= kMaxTitleBytes &&
      title.back() != '.') {
    out->title.assign(title);
    const size_t start = SkipBlankLines(body, after_first);
    out->text.assign(body.substr(start));
    out->file_offset = static_cast<int64_t>(bytes.size() - body.size() + start);
  } else {
    out->text.assign(body);
    out->file_offset = static_cast<int64_t>(bytes.size() - body.size());
  }
  return Status::Ok();
}

}  // namespace precis
