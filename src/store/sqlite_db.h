// A thin RAII layer over the SQLite C API for the store: a connection with a
// cache of prepared statements, and a statement with typed binds and columns.
// Every value reaches SQL through a bind: no statement is built from data.
#ifndef PRECIS_STORE_SQLITE_DB_H_
#define PRECIS_STORE_SQLITE_DB_H_

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "precis/status.h"

namespace precis::store {

class Stmt {
 public:
  explicit Stmt(sqlite3_stmt* s) : s_(s) {}
  ~Stmt() {
    sqlite3_reset(s_);
    sqlite3_clear_bindings(s_);
  }
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  Stmt& Bind(int i, int64_t v) {
    sqlite3_bind_int64(s_, i, v);
    return *this;
  }
  Stmt& Bind(int i, std::string_view v) {
    sqlite3_bind_text(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Stmt& BindBlob(int i, std::string_view v) {
    sqlite3_bind_blob(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Stmt& BindNull(int i) {
    sqlite3_bind_null(s_, i);
    return *this;
  }
  // SQLITE_ROW, SQLITE_DONE or an error code.
  int Step() { return sqlite3_step(s_); }
  // Ready to step again from the start, with new bindings.
  void Reset() { sqlite3_reset(s_); }
  int64_t Int(int col) const { return sqlite3_column_int64(s_, col); }
  bool IsNull(int col) const { return sqlite3_column_type(s_, col) == SQLITE_NULL; }
  std::string Text(int col) const {
    const void* p = sqlite3_column_blob(s_, col);
    const int n = sqlite3_column_bytes(s_, col);
    return p ? std::string(static_cast<const char*>(p), static_cast<size_t>(n)) : std::string();
  }

 private:
  sqlite3_stmt* s_;
};

// The name of the FTS5 tokenizer of the articles' full-text index (fts_tokenizer.cc): precis's
// word tokenizer, so that words of scripts written without spaces are found.
inline constexpr const char* kFtsTokenizer = "precis";
// Registers it on `db`; Db::Open does, since every connection that reads or writes the index
// needs it. Errors: kIoError when SQLite has no FTS5.
Status RegisterFtsTokenizer(sqlite3* db);

// The index forms of one case-folded word (a WordToken's norm), the first being what a query
// word matches: the word stemmed by the Snowball stemmer of its script (Latin: English,
// Cyrillic: Russian, Greek, Arabic, Devanagari: Hindi, Tamil, Armenian), Latin words without
// their accents first ("grève" and "greve" are one form). The others are indexed at the same
// position (FTS5 colocated tokens) so that a query finds them too: the part of a word before an
// apostrophe ("istanbul'da" -> "istanbul"; after it for an elision, "l'agriculture" ->
// "agriculture"), and every two-character part of a Chinese word of three or more ("四川省" ->
// "四川", "川省"); a Korean noun without its particle ("지하철이" -> "지하철"), a Hebrew word
// without up to two one-letter prefixes ("ובחיפה" -> "בחיפה", "חיפה"), a Thai word without
// "ฯ" ("กรุงเทพฯ" -> "กรุงเทพ"). Empty for a word with nothing to index.
// `latin`: the Snowball language of Latin words (SearchLatinLanguage), English by default.
void IndexForms(std::string_view norm, std::vector<std::string>* forms,
                std::string_view latin = "english");
// The stemmer language of the index's Latin words for a feed in `language` (ISO code or
// Snowball name): that language when it is written in Latin script and Snowball stems it
// ("de" -> "german", "tr" -> "turkish"), else "english" (also for Russian or Chinese feeds,
// whose Latin words are mostly English names).
std::string SearchLatinLanguage(std::string_view language);

// One part of a search query: a word, or the words of a "quoted phrase" (matched next to each
// other, in order).
struct QueryPart {
  std::string text;
};
// The parts of a search query, all required: "quoted phrases" (between two double quotes) and
// the white-space separated words outside them. A quote without its pair is ignored, and a
// part without a letter, digit or non-ASCII byte is dropped. No other syntax: `*`, OR, NOT,
// NEAR and parentheses are not operators (a `*` is no word character; the others are words).
std::vector<QueryPart> SearchQueryParts(std::string_view query);

// The search snippet of `text` for `query` (SearchQueryParts; each part matched as the
// tokenizer above splits and stems it; a part of several tokens is a phrase): about `tokens`
// words of `text` from a few words before the first match, with "…" where text is cut, and
// the byte ranges of the matches inside the snippet in *highlights. The text is tokenized
// in chunks only as far as the first match, so the cost is linear in the text before it and
// never in the number of matches (FTS5's snippet() is quadratic in them: an 8.9 MB article
// with 90,000 matches took 51 s per query). No match in `text` (the title matched): its
// first words, no highlight.
std::string SearchSnippet(std::string_view text, std::string_view query, size_t tokens,
                          std::vector<std::pair<size_t, size_t>>* highlights,
                          std::string_view latin = "english");

class Db {
 public:
  Db() = default;
  ~Db();
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;

  Status Open(const std::string& path, bool read_only);
  // Runs statements without parameters (schema, pragmas, BEGIN/COMMIT).
  Status Exec(const char* sql);
  // The cached prepared statement for `sql` (a string literal: cached by
  // address).
  Status Prepare(const char* sql, sqlite3_stmt** out);
  Status Error(const char* what) const;
  sqlite3* handle() const { return db_; }

 private:
  sqlite3* db_ = nullptr;
  std::unordered_map<const char*, sqlite3_stmt*> cache_;
};

}  // namespace precis::store

#endif  // PRECIS_STORE_SQLITE_DB_H_
