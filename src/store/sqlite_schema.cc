// The SQLite schema, versioned by PRAGMA user_version and migrated forward in
// numbered steps. A database from a newer precis (a higher version) is refused,
// never misread; a file that is a SQLite database of something else (tables,
// but not our application_id) is refused too.
#include "store/sqlite_schema.h"

#include <string>

namespace precis::store {
namespace {

// 'PRCS': marks the file as a precis store.
constexpr int kApplicationId = 0x50524353;

// kMigrations[i] takes the schema from version i to version i + 1. Append;
// never edit a step that has shipped.
constexpr const char* kMigrations[] = {
    // 1: articles with full-text search, stories, summaries, dirty marks, the
    // checkpoint.
    R"sql(
CREATE TABLE articles (
  seq INTEGER PRIMARY KEY,          -- arrival order
  id TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL, date TEXT NOT NULL, source TEXT NOT NULL, url TEXT NOT NULL,
  text TEXT NOT NULL,
  story INTEGER NOT NULL,           -- current story (0: not placed)
  duplicate_of TEXT NOT NULL,       -- '' when not a near-duplicate
  ingested_ms INTEGER NOT NULL
);
CREATE INDEX articles_by_story ON articles(story, seq);
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles',
                                             content_rowid='seq');
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text)
    VALUES ('delete', old.seq, old.title, old.text);
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
CREATE TABLE stories (
  id INTEGER PRIMARY KEY,
  open INTEGER NOT NULL,
  version INTEGER NOT NULL,
  redirect INTEGER NOT NULL DEFAULT 0,  -- absorbing story of a merged one
  headline TEXT NOT NULL, first_date TEXT NOT NULL, last_date TEXT NOT NULL,
  first_time INTEGER NOT NULL, last_time INTEGER NOT NULL,
  terms TEXT NOT NULL,                  -- one term per line
  article_count INTEGER NOT NULL
);
CREATE INDEX stories_recent ON stories(redirect, last_time DESC, id DESC);
CREATE TABLE summaries (
  story INTEGER PRIMARY KEY,
  version INTEGER NOT NULL,             -- story version summarized
  body TEXT NOT NULL,
  computed_ms INTEGER NOT NULL
);
CREATE TABLE dirty (story INTEGER PRIMARY KEY, since_ms INTEGER NOT NULL);
CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB NOT NULL);
)sql",
    // 2: the full-text index tokenized by precis's word tokenizer (fts_tokenizer.cc), which
    // finds the words of Chinese, Japanese, Thai ... text; rebuilt from the articles.
    R"sql(
DROP TRIGGER articles_fts_insert;
DROP TRIGGER articles_fts_update;
DROP TABLE articles_fts;
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles',
                                             content_rowid='seq', tokenize='precis');
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text)
    VALUES ('delete', old.seq, old.title, old.text);
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
)sql",
    // 3: articles keep their author and language (the language decides the stemmer when the
    // clusterer's state is rebuilt from the articles and when a story is summarized); the
    // full-text index is rebuilt because its tokenizer now stems each word (fts_tokenizer.cc).
    R"sql(
ALTER TABLE articles ADD COLUMN author TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN language TEXT NOT NULL DEFAULT '';
INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
)sql",
    // 4: the tokenizer folds Latin accents and indexes the parts of words around an
    // apostrophe and of long Chinese words (IndexForms in sqlite_db.h): rebuilt.
    R"sql(
INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
)sql",
    // 5: the tokenizer also indexes Korean nouns without their particles, Hebrew words
    // without their one-letter prefixes and Thai words without "ฯ": rebuilt.
    R"sql(
INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
)sql",
    // 6: a summary's lede (SummaryRecord::lede: what GET /stories shows of it), in a table of
    // its own: a column of `summaries` sits after the body, so reading it for the 1,000 listed
    // stories read every body's overflow pages (the service's POST rate halved). Filled from
    // the bodies stored so far, which the service writes as JSON (server/render.h SummaryBody,
    // SummaryLede).
    R"sql(
CREATE TABLE ledes (story INTEGER PRIMARY KEY, lede TEXT NOT NULL);
INSERT INTO ledes(story, lede)
  SELECT story, json_object(
    'text', json_extract(body, '$.sentences[0].text'),
    'doc_id', json_extract(body, '$.sentences[0].doc_id'),
    'char_begin', json_extract(body, '$.sentences[0].char_begin'),
    'char_end', json_extract(body, '$.sentences[0].char_end'),
    'lang', json_extract(body, '$.sentences[0].lang'))
  FROM summaries
  WHERE json_valid(body) AND json_type(body, '$.sentences[0].text') = 'text';
)sql",
};

constexpr int kVersion = static_cast<int>(std::size(kMigrations));

Status IntPragma(Db* db, const char* sql, int64_t* out) {
  sqlite3_stmt* s;
  PRECIS_RETURN_IF_ERROR(db->Prepare(sql, &s));
  Stmt stmt(s);
  if (stmt.Step() != SQLITE_ROW) return db->Error("read schema");
  *out = stmt.Int(0);
  return Status::Ok();
}

}  // namespace

int SqliteSchemaVersion() { return kVersion; }

Status MigrateSchema(Db* db, const std::string& path) {
  PRECIS_RETURN_IF_ERROR(db->Exec("BEGIN IMMEDIATE"));
  auto fail = [&](Status s) {
    db->Exec("ROLLBACK");
    return s;
  };
  int64_t version = 0, app = 0, tables = 0;
  Status s = IntPragma(db, "PRAGMA user_version", &version);
  if (s.ok()) s = IntPragma(db, "PRAGMA application_id", &app);
  if (s.ok()) s = IntPragma(db, "SELECT count(*) FROM sqlite_master", &tables);
  if (!s.ok()) return fail(s.WithContext(path));
  if ((version == 0 && tables != 0) || (version != 0 && app != kApplicationId)) {
    return fail(Status::DataError(path + ": not a precis database"));
  }
  if (version > kVersion) {
    return fail(Status::Unsupported(path + ": database schema version " + std::to_string(version) +
                                    " is newer than this precis (" + std::to_string(kVersion) +
                                    "); use a newer precis or another --db"));
  }
  for (int64_t v = version; v < kVersion; ++v) {
    s = db->Exec(kMigrations[v]);
    if (!s.ok())
      return fail(s.WithContext(path + ": migration to version " + std::to_string(v + 1)));
  }
  if (version < kVersion) {
    // Constants, not data: PRAGMA takes no parameters.
    const std::string set = "PRAGMA user_version = " + std::to_string(kVersion) +
                            "; PRAGMA application_id = " + std::to_string(kApplicationId) + ";";
    s = db->Exec(set.c_str());
    if (!s.ok()) return fail(s);
  }
  return db->Exec("COMMIT");
}

}  // namespace precis::store
