// Ingest: reading articles and clusters from files, directories and streams.
//
// Readers are pure functions of their input bytes: file access goes through small wrappers
// so tests can feed in-memory text. Every problem is reported with the file name and, for
// line-based formats, the 1-based line number. Problems a user would want skipped (an empty
// article, one line of bad JSON in a large feed when `skip_bad_records` is on) become
// warnings in the IngestReport; anything else is an error Status. Thread-safe.
#ifndef PRECIS_INGEST_H_
#define PRECIS_INGEST_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "precis/article.h"
#include "precis/status.h"

namespace precis {

enum class InputFormat {
  kAuto,           // decided from the path (.jsonl/.json/.txt/.html/.htm, directory) and content
  kText,           // one article per file; see ReadTextArticle for the title rule
  kArticlesJsonl,  // one article object per line
  kClustersJsonl,  // one cluster object per line (DUC style: id, documents, references)
  kHtml,           // one article per file; main text extracted with gumbo
};

struct IngestOptions {
  InputFormat format = InputFormat::kAuto;
  // Skip (with a warning) records that are malformed instead of failing the whole input.
  // Default: false: the first malformed record is an error naming the file and line.
  bool skip_bad_records = false;
  // Articles larger than this are refused with an error naming them. Default: 64 MiB.
  size_t max_article_bytes = size_t{64} << 20;
};

// What a reader noticed without failing: skipped empty articles, skipped bad lines.
struct IngestReport {
  size_t articles_read = 0;
  size_t skipped_empty = 0;
  size_t skipped_bad = 0;
  std::vector<std::string> warnings;  // "file:line: message"
};

// A parsed input: either clusters (from a clusters file) or a flat list of articles.
// Articles from flat inputs are gathered into one cluster by the caller (or the story stage).
struct Input {
  bool is_clusters = false;
  std::vector<Cluster> clusters;   // when is_clusters
  std::vector<Article> articles;   // otherwise
};

// Reads one path: a file of any supported format, or a directory (every .txt/.html/.htm/.jsonl
// file in it, sorted by name, not recursive). "-" is standard input (format auto-detected from
// the content: a line starting with '{' means JSON Lines, '<' means HTML, else text).
Status ReadPath(const std::string& path, const IngestOptions& options, Input* out,
                IngestReport* report);

// Parsers over bytes already in memory. `name` is used in messages ("file.jsonl:12: ...").
Status ParseArticlesJsonl(std::string_view bytes, std::string_view name,
                          const IngestOptions& options, std::vector<Article>* out,
                          IngestReport* report);
Status ParseClustersJsonl(std::string_view bytes, std::string_view name,
                          const IngestOptions& options, std::vector<Cluster>* out,
                          IngestReport* report);
// Plain text: if the first line is followed by a blank line and is at most 200 bytes without
// a final period, it is the title; the rest is the text. `id` defaults to the file stem.
Status ParseTextArticle(std::string_view bytes, std::string_view name, Article* out);
// HTML: title from <title> (or the first <h1>), date from <meta> article:published_time / date
// / <time datetime>, source from og:site_name; text from <p>, <h2>-<h6>, <li>, <blockquote>
// inside <article> or <main> when present, else the body; script, style, nav, header, footer,
// aside, form are dropped. Paragraphs are separated by a blank line.
Status ParseHtmlArticle(std::string_view bytes, std::string_view name, Article* out);

// Reads a whole file into *out, refusing files over `max_bytes`.
Status ReadFile(const std::string& path, size_t max_bytes, std::string* out);

}  // namespace precis

#endif  // PRECIS_INGEST_H_
