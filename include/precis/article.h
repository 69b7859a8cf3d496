// Articles and clusters: the plain records every stage of precis reads.
//
// An Article keeps its text exactly as it was read (after UTF-8 validation), so that every
// sentence and token can be referred to by byte offsets into `text` and a summary sentence can
// always be traced back to its source. Plain structs; no invariants beyond what is documented.
#ifndef PRECIS_ARTICLE_H_
#define PRECIS_ARTICLE_H_

#include <cstdint>
#include <string>
#include <vector>

namespace precis {

struct Article {
  std::string id;      // unique within its input; readers synthesise one when absent
  std::string title;   // may be empty
  std::string date;    // as given (ISO 8601 recommended); may be empty
  std::string source;  // publisher or feed name; may be empty
  std::string url;     // may be empty
  std::string text;    // body, valid UTF-8, never modified after reading
  // Where `text` starts in the bytes of the file it was read from, when it is a verbatim
  // slice of that file (.txt articles: after the title line and any byte order mark); -1
  // when it is not (JSON strings with escapes, extracted HTML, tables, .gz, stdin ...).
  int64_t file_offset = -1;
  std::string author;    // may be empty (web pages: from the markup)
  std::string language;  // BCP 47 tag ("en", "ja", "pt-BR"); empty = unknown (detected later)
};

// A set of articles about one event, summarized together. `references` are human summaries
// (for evaluation only); `query` optionally focuses the summary (DUC 2005-2007 style), and
// `topic_title` is the question's title, which focuses it too (JSON "topic_title").
struct Cluster {
  std::string id;
  std::string query;
  std::vector<Article> articles;
  std::vector<std::string> references;
  std::string topic_title;
};

}  // namespace precis

#endif  // PRECIS_ARTICLE_H_
