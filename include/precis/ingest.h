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
#include <functional>
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
  kHtml,           // one article per file; main text by ExtractArticle (precis/extract.h)
};

// Lets a caller narrow the readers' renaming of repeated ids (article ids of a flat input,
// cluster ids of a clusters input; see IngestOptions::id_screen): an id for which MayRepeat
// returns false is neither checked against nor remembered by the input's table of ids.
// REQUIRES: MayRepeat returns false only for ids that occur once in the input and that no
// renamed id ("x#2") can equal; then ids come out exactly as without a screen.
class IdScreen {
 public:
  virtual ~IdScreen() = default;
  virtual bool MayRepeat(std::string_view id) = 0;
};

// What a JSON reader does with a "text" that is HTML markup (LooksLikeHtmlMarkup).
enum class HtmlText {
  kExtract,  // the page's main text (ExtractArticle), its metadata filling empty fields
  kKeep,     // kept as given (its tags are read as words)
};

struct IngestOptions {
  InputFormat format = InputFormat::kAuto;
  // Skip (with a warning) records that are malformed instead of failing the whole input.
  // Default: false: the first malformed record is an error naming the file and line.
  bool skip_bad_records = false;
  // Articles larger than this are refused with an error naming them. Default: 64 MiB (a
  // 50 MB article passes).
  size_t max_article_bytes = size_t{64} << 20;
  // One input (a file, standard input, a .gz file once decompressed) larger than this is
  // refused with an error naming it, before memory runs out. JSON Lines files are streamed:
  // for them this bounds the longest line. Default: 1 GiB.
  size_t max_input_bytes = size_t{1} << 30;
  // When set, every id goes through id_screen->MayRepeat before the input's table of ids
  // (`precis cluster` reads a long feed twice so that the table keeps only repeated ids:
  // tools/input.cc). Default: none; the table holds every id of the input.
  IdScreen* id_screen = nullptr;
  // A JSON article whose "text" is HTML markup: its main text is extracted, with a warning
  // (a page without article text is skipped as empty), or kept as given. Default: kExtract.
  HtmlText html_text = HtmlText::kExtract;
};

// What a reader noticed without failing: skipped empty articles, skipped bad lines, renamed
// duplicate ids. Readers add to the counts (they never reset them), so one report can
// accumulate over several inputs.
struct IngestReport {
  size_t articles_read = 0;           // articles kept (including those inside clusters)
  size_t clusters_read = 0;           // clusters kept
  size_t bytes_read = 0;              // input bytes consumed (for MB/s figures)
  size_t skipped_empty = 0;           // articles whose text was empty or only white space
  size_t skipped_empty_clusters = 0;  // clusters left without any article
  size_t skipped_bad = 0;             // malformed records skipped because of skip_bad_records
  size_t duplicate_ids = 0;           // ids made unique by suffixing "#2", "#3", ...
  size_t html_texts = 0;              // JSON articles whose "text" is HTML markup
  std::vector<std::string> warnings;  // "file:line: message" or "file: message"
};

// True when `text` is HTML markup rather than plain text: a whole page (it opens with
// "<!doctype html" or "<html", any case, after white space), or at least 3 tags of the
// elements that hold an article's text (<p>, </p>, <div, </div>, <br, <span, <a href=, <li>,
// <img, <h1>-<h6>). *example (optional) gets the first of them, for a message. Crawlers
// sometimes put the raw page in a JSON "text" field; its tags would be read as words.
bool LooksLikeHtmlMarkup(std::string_view text, std::string* example = nullptr);

// A parsed input: either clusters (from a clusters file) or a flat list of articles.
// Articles from flat inputs are gathered into one cluster by the caller (or the story stage).
struct Input {
  bool is_clusters = false;
  std::vector<Cluster> clusters;  // when is_clusters
  std::vector<Article> articles;  // otherwise
};

// Reads one path: a file of any supported format, or a directory (every .txt, .html, .htm,
// .jsonl, .ndjson and .json file in it, sorted by name, not recursive, hidden files ignored).
// "-" is standard input (format auto-detected from the content: a first non-blank character
// '{' means JSON Lines, '<' means HTML, else text). With format kAuto a file's format comes
// from its extension (.txt, .html/.htm, .jsonl/.ndjson/.json; JSON Lines files are clusters
// when the first record has a "documents" or "articles" array, else articles); a file with
// another extension is sniffed like standard input. A format other than kAuto overrides the
// detection for every file. Files of one input are all clusters or all articles (a directory
// mixing them is an error).
//
// Empty articles are skipped with a warning; ids are made unique within one input (the second
// "x" becomes "x#2", with a warning). Reading nothing at all is an error ("no articles found").
// Errors: kNotFound for a missing path, kIoError for unreadable files, kDataError for bad
// content (invalid UTF-8, binary data, malformed JSON, an article over max_article_bytes).
Status ReadPath(const std::string& path, const IngestOptions& options, Input* out,
                IngestReport* report);

// Receives articles from StreamPath, in input order; an error stops the reading and is
// returned by StreamPath.
using ArticleSink = std::function<Status(Article&&)>;

// ReadPath for long feeds: the articles of a flat input go to `*sink` as they are read
// instead of into out->articles (JSON Lines files line by line, so memory does not grow with
// the file; any other file once it is parsed). The same checks, warnings, unique ids and
// errors as ReadPath (articles handed over before an error stay handed over). Clusters inputs
// are kept whole in out->clusters; out->articles stays empty. A null sink makes it ReadPath.
Status StreamPath(const std::string& path, const IngestOptions& options, const ArticleSink* sink,
                  Input* out, IngestReport* report);

// Parsers over bytes already in memory. `name` is used in messages ("file.jsonl:12: ...")
// and, through its stem, in synthesised ids. Results are appended to *out. Here and in
// ReadPath, `report` may be null.
//
// JSON Lines: one object per line; blank lines are skipped; CRLF line ends, a UTF-8 byte order
// mark and a last line without a newline are accepted. Article fields: "id", "title", "date",
// "source", "url" (strings, null = absent; "id" may also be an integer) and "text" (string,
// required); other fields are ignored. A missing id becomes "<file stem>:<line>". A record
// that is malformed (bad JSON, not an object, missing "text", a field of the wrong type,
// invalid UTF-8, an article over max_article_bytes) is an error "file:line: ...", or with
// skip_bad_records a warning counted in skipped_bad. Byte offsets in "invalid UTF-8 at byte N"
// messages are 0-based, from the start of the line. Empty articles (text empty or only white
// space) are skipped with a warning and counted in skipped_empty. Duplicate ids get "#2", ...
Status ParseArticlesJsonl(std::string_view bytes, std::string_view name,
                          const IngestOptions& options, std::vector<Article>* out,
                          IngestReport* report);
// Clusters: {"id", "query"?, "documents" (or "articles"): [article objects as above],
// "references"?: [strings]}. A missing cluster id becomes "<file stem>:<line>", a missing
// document id "<cluster id>/<n>" (1-based). Document ids are made unique within their
// cluster, cluster ids within the input. A cluster left with no article after skipping empty
// ones is skipped with a warning (skipped_empty_clusters).
Status ParseClustersJsonl(std::string_view bytes, std::string_view name,
                          const IngestOptions& options, std::vector<Cluster>* out,
                          IngestReport* report);
// Plain text: if the first non-blank line is followed by a blank line and is at most 200 bytes
// without a final period (after trimming white space), it is the title and the text starts at
// the next non-blank line; otherwise the whole input is the text. A UTF-8 byte order mark is
// dropped. `id` is the stem of `name` ("dir/a.txt" -> "a"). Errors: "name: looks like binary
// data", "name: invalid UTF-8 at byte N" (0-based offset into `bytes`). ReadPath refuses
// files over max_article_bytes before parsing them, and with skip_bad_records turns a bad
// file inside a directory into a warning. An empty text is not an error here: ReadPath skips
// it with a warning.
Status ParseTextArticle(std::string_view bytes, std::string_view name, Article* out);
// HTML in the charset it declares (a byte order mark, <meta charset>, http-equiv), else UTF-8,
// else the charset ICU's detector guesses (kDataError "invalid UTF-8 at byte N" naming the
// file when it cannot): title from <title> (or the first <h1>), date from <meta>
// article:published_time / date / <time datetime>, source from og:site_name, url from og:url or
// <link rel=canonical>; text from <p>, <h2>-<h6>, <li>, <blockquote>, <pre> inside the first
// <article>, else <main>, else the body (the first of these that holds such text; when none
// does, all text of the first that has any); script, style, nav, header, footer, aside, form,
// noscript, template are dropped. Entities are decoded, white space is collapsed, paragraphs
// are separated by a blank line. Errors as for ParseTextArticle.
// ReadPath does not use this reader since 2026-12-02: it reads pages with ExtractArticle
// (precis/extract.h), as `precis extract` does.
Status ParseHtmlArticle(std::string_view bytes, std::string_view name, Article* out);

// Reads a whole file into *out, refusing files over `max_bytes` (kDataError; the message
// names `limit_name`) and, as soon as their first 4 KiB are read, files that look binary
// (kDataError "path: looks like binary data"; gzip excepted). kNotFound when the file does
// not exist, kIoError when it cannot be read (permissions, a directory).
Status ReadFile(const std::string& path, size_t max_bytes, std::string* out,
                std::string_view limit_name = "max_article_bytes");

}  // namespace precis

#endif  // PRECIS_INGEST_H_
