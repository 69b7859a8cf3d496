// The SQLite Store: one writer connection behind a mutex, a pool of reader
// connections (WAL lets them read while the writer commits), prepared
// statements cached per connection.
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <mutex>
#include <unordered_map>
#include <vector>

#include "store/sqlite_db.h"
#include "store/sqlite_schema.h"
#include "store/store.h"

namespace precis::store {
namespace {

// An exclusive flock(2) on the database file for as long as a store has it open, so that a
// second `precis serve` on the same --db is refused at start: two writers of one database
// would each go on from their own clusterer state (a trial: the first then refused every post
// with "UNIQUE constraint failed" and served stale stories). flock locks are separate from the
// POSIX record locks SQLite takes; the descriptor is closed only after every connection is
// (the member is declared before them), since closing a descriptor of the file while SQLite
// holds its locks would drop them.
class FileLock {
 public:
  FileLock() = default;
  FileLock(const FileLock&) = delete;
  FileLock& operator=(const FileLock&) = delete;
  ~FileLock() {
    if (fd_ >= 0) close(fd_);
  }
  Status Lock(const std::string& path) {
    fd_ = open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd_ < 0) return Status::IoError(path + ": cannot open for locking");
    if (flock(fd_, LOCK_EX | LOCK_NB) != 0) {
      return Status::IoError(path +
                             ": the database is open in another precis (stop it, or use "
                             "another --db)");
    }
    return Status::Ok();
  }

 private:
  int fd_ = -1;
};

// Declares `var`, the cached statement `sql` of connection `db`, reset when it
// goes out of scope.
#define PRECIS_STMT(db, var, sql)                         \
  sqlite3_stmt* var##_raw = nullptr;                      \
  PRECIS_RETURN_IF_ERROR((db)->Prepare(sql, &var##_raw)); \
  Stmt var(var##_raw)

std::string JoinLines(const std::vector<std::string>& v) {
  std::string out;
  for (const std::string& s : v) {
    if (!out.empty()) out += '\n';
    out += s;
  }
  return out;
}

std::vector<std::string> SplitLines(const std::string& s) {
  std::vector<std::string> out;
  size_t b = 0;
  while (b < s.size()) {
    size_t e = s.find('\n', b);
    if (e == std::string::npos) e = s.size();
    out.push_back(s.substr(b, e - b));
    b = e + 1;
  }
  return out;
}

// The FTS5 query for a search (SearchQueryParts): each part a quoted FTS5 phrase (a part holds
// no quote, so no user text is FTS syntax), all required. FTS5 splits each phrase with the
// index's tokenizer, so "U.S." is the word u.s, "四川地震" the words 四川 and 地震 in a row, and
// "transit workers" the two words in a row.
std::string FtsQuery(std::string_view text) {
  std::string out;
  for (const QueryPart& part : SearchQueryParts(text)) {
    if (!out.empty()) out += ' ';
    (out += '"') += part.text;
    out += '"';
  }
  return out;
}

void ReadArticle(const Stmt& s, ArticleRecord* a) {
  a->seq = static_cast<uint64_t>(s.Int(0));
  a->article.id = s.Text(1);
  a->article.title = s.Text(2);
  a->article.date = s.Text(3);
  a->article.source = s.Text(4);
  a->article.url = s.Text(5);
  a->article.text = s.Text(6);
  a->story = static_cast<uint64_t>(s.Int(7));
  a->duplicate_of = s.Text(8);
  a->ingested_ms = s.Int(9);
  a->article.author = s.Text(10);
  a->article.language = s.Text(11);
}

constexpr const char* kArticleColumns =
    "seq, id, title, date, source, url, text, story, duplicate_of, ingested_ms, author, "
    "language";

void ReadStory(const Stmt& s, StoryRecord* r) {
  r->story = Story();
  r->story.id = static_cast<uint64_t>(s.Int(0));
  r->open = s.Int(1) != 0;
  r->version = static_cast<uint64_t>(s.Int(2));
  r->redirect = static_cast<uint64_t>(s.Int(3));
  r->story.headline = s.Text(4);
  r->story.first_date = s.Text(5);
  r->story.last_date = s.Text(6);
  r->first_time = s.Int(7);
  r->last_time = s.Int(8);
  r->story.terms = SplitLines(s.Text(9));
  r->article_count = static_cast<size_t>(s.Int(10));
  r->lede = s.Text(11);
}

// The summary's lede comes from its own small table (not the summaries' rows, whose bodies
// span overflow pages).
#define PRECIS_STORY_FIELDS                                                    \
  "id, open, version, redirect, headline, first_date, last_date, first_time, " \
  "last_time, terms, article_count, "
#define PRECIS_STORY_COLUMNS \
  PRECIS_STORY_FIELDS "coalesce((SELECT lede FROM ledes WHERE story = stories.id), '')"
// The same without the lede (one lookup per story fewer): '' in its place.
#define PRECIS_STORY_COLUMNS_NO_LEDE PRECIS_STORY_FIELDS "''"

class SqliteStore final : public Store {
 public:
  explicit SqliteStore(std::string path) : path_(std::move(path)) {}

  Status Init() {
    PRECIS_RETURN_IF_ERROR(writer_.Open(path_, false));
    // The first statement reads the file: a file that is not SQLite (a --db pointing at a
    // feed or a folder's file by mistake) fails here, and the message names it.
    if (const Status s = writer_.Exec("PRAGMA journal_mode=WAL"); !s.ok()) {
      if ((sqlite3_errcode(writer_.handle()) & 0xff) == SQLITE_NOTADB) {
        return Status::DataError(path_ + ": not a SQLite database (is --db the right file?)");
      }
      return s.WithContext(path_);
    }
    PRECIS_RETURN_IF_ERROR(lock_.Lock(path_));
    // FULL: the WAL is synced at every commit, so an acknowledged write
    // survives a power cut.
    PRECIS_RETURN_IF_ERROR(writer_.Exec("PRAGMA synchronous=FULL"));
    PRECIS_RETURN_IF_ERROR(MigrateSchema(&writer_, path_));
    return ReadSearchLanguage(&search_latin_);
  }

  Status SetSearchLanguage(std::string_view language) override {
    const std::string latin = SearchLatinLanguage(language);
    std::lock_guard<std::mutex> lock(write_mu_);
    std::string current;
    PRECIS_RETURN_IF_ERROR(ReadSearchLanguage(&current));
    if (current == latin) return Status::Ok();
    // The index is made again with the feed's stemmer; its triggers stay on `articles`.
    const std::string create =
        "CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', "
        "content_rowid='seq', tokenize='precis " +
        latin + "')";
    PRECIS_RETURN_IF_ERROR(writer_.Exec("BEGIN IMMEDIATE"));
    Status st = writer_.Exec("DROP TABLE articles_fts");
    if (st.ok()) st = writer_.Exec(create.c_str());
    if (st.ok()) st = writer_.Exec("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')");
    if (st.ok()) st = writer_.Exec("COMMIT");
    if (!st.ok()) {
      writer_.Exec("ROLLBACK");
      return st.WithContext(path_ + ": search index for language " + latin);
    }
    search_latin_ = latin;
    return Status::Ok();
  }

  Status Apply(const IngestBatch& b) override {
    std::lock_guard<std::mutex> lock(write_mu_);
    PRECIS_RETURN_IF_ERROR(writer_.Exec("BEGIN IMMEDIATE"));
    Status s = ApplyLocked(b);
    if (s.ok()) s = writer_.Exec("COMMIT");
    if (!s.ok()) writer_.Exec("ROLLBACK");
    return s;
  }

  Status PutSummaries(const std::vector<SummaryRecord>& summaries) override {
    if (summaries.empty()) return Status::Ok();
    std::lock_guard<std::mutex> lock(write_mu_);
    PRECIS_RETURN_IF_ERROR(writer_.Exec("BEGIN IMMEDIATE"));
    Status s;
    for (const SummaryRecord& r : summaries) {
      s = PutSummaryLocked(r);
      if (!s.ok()) break;
    }
    if (s.ok()) s = writer_.Exec("COMMIT");
    if (!s.ok()) writer_.Exec("ROLLBACK");
    return s;
  }

  Status FindArticle(std::string_view id, ArticleRecord* out, bool* found) override {
    Reader r(this);
    PRECIS_RETURN_IF_ERROR(r.status);
    static const std::string sql =
        std::string("SELECT ") + kArticleColumns + " FROM articles WHERE id = ?1";
    PRECIS_STMT(r.db, s, sql.c_str());
    s.Bind(1, id);
    const int rc = s.Step();
    *found = rc == SQLITE_ROW;
    if (rc == SQLITE_ROW) ReadArticle(s, out);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? Status::Ok() : r.db->Error("read article");
  }

  Status StoryArticles(uint64_t story, bool with_text, std::vector<ArticleRecord>* out) override {
    Reader r(this);
    PRECIS_RETURN_IF_ERROR(r.status);
    static const std::string sql =
        std::string("SELECT ") + kArticleColumns + " FROM articles WHERE story = ?1 ORDER BY seq";
    static const std::string brief_sql =
        "SELECT seq, id, title, date, source, url, '', story, duplicate_of, "
        "ingested_ms, author, language "
        "FROM articles WHERE story = ?1 ORDER BY seq";
    PRECIS_STMT(r.db, s, with_text ? sql.c_str() : brief_sql.c_str());
    s.Bind(1, static_cast<int64_t>(story));
    return ReadArticles(r.db, &s, out);
  }

  Status ArticlesAfter(uint64_t after, std::vector<ArticleRecord>* out) override {
    Reader r(this);
    PRECIS_RETURN_IF_ERROR(r.status);
    static const std::string sql =
        std::string("SELECT ") + kArticleColumns + " FROM articles WHERE seq > ?1 ORDER BY seq";
    PRECIS_STMT(r.db, s, sql.c_str());
    s.Bind(1, static_cast<int64_t>(after));
    return ReadArticles(r.db, &s, out);
  }

  Status LastSeq(uint64_t* seq) override {
    Reader r(this);
    PRECIS_RETURN_IF_ERROR(r.status);
    PRECIS_STMT(r.db, s, "SELECT coalesce(max(seq), 0) FROM articles");
    if (s.Step() != SQLITE_ROW) return r.db->Error("read last seq");
    *seq = static_cast<uint64_t>(s.Int(0));
    return Status::Ok();
  }

  Status FindStory(uint64_t id, StoryRecord* out, bool* found) override {
    Reader r(this);
    PRECIS_RETURN_IF_ERROR(r.status);
    PRECIS_STMT(r.db, s, "SELECT " PRECIS_STORY_COLUMNS " FROM stories WHERE id = ?1");
    s.Bind(1, static_cast<int64_t>(id));
    const int rc = s.Step();
    *found = rc == SQLITE_ROW;
    if (rc == SQLITE_DONE) return Status::Ok();
    if (rc != SQLITE_ROW) return r.db->Error("read story");
    ReadStory(s, out);
    return Status::Ok();
  }

  Status ListStories(const StoryQuery& q, std::vector<StoryRecord>* out, bool* more) override {
    Reader r(this);
    PRECIS_RETURN_IF_ERROR(r.status);
    out->clear();
    *more = false;
    const std::string fts = FtsQuery(q.text);
    if (!q.text.empty() && fts.empty()) return Status::Ok();  // no word: nothing matches
      // Newest first; the cursor is the (last_time, id) of the previous page's
      // last story.
#define PRECIS_LIST_WHERE                                            \
  "WHERE redirect = 0 AND last_time >= ?1 AND first_time <= ?2 AND " \
  "(?3 = 0 OR last_time < ?4 OR (last_time = ?4 AND id < ?5)) "
#define PRECIS_LIST_SQL(COLUMNS)                       \
  "SELECT " COLUMNS " FROM stories " PRECIS_LIST_WHERE \
  "ORDER BY last_time DESC, id DESC "                  \
  "LIMIT ?6"
#define PRECIS_LIST_TEXT_SQL(COLUMNS)                              \
  "SELECT " COLUMNS " FROM stories " PRECIS_LIST_WHERE             \
  "AND id IN (SELECT a.story FROM articles_fts f JOIN articles a " \
  "ON a.seq = f.rowid WHERE articles_fts MATCH ?7) ORDER BY last_time DESC, id DESC LIMIT ?6"
    const char* sql = fts.empty() ? (q.ledes ? PRECIS_LIST_SQL(PRECIS_STORY_COLUMNS)
                                             : PRECIS_LIST_SQL(PRECIS_STORY_COLUMNS_NO_LEDE))
                                  : (q.ledes ? PRECIS_LIST_TEXT_SQL(PRECIS_STORY_COLUMNS)
                                             : PRECIS_LIST_TEXT_SQL(PRECIS_STORY_COLUMNS_NO_LEDE));
#undef PRECIS_LIST_SQL
#undef PRECIS_LIST_TEXT_SQL
#undef PRECIS_LIST_WHERE
    PRECIS_STMT(r.db, s, sql);
    s.Bind(1, q.from).Bind(2, q.to).Bind(3, int64_t{q.after}).Bind(4, q.after_time);
    s.Bind(5, static_cast<int64_t>(q.after_id)).Bind(6, static_cast<int64_t>(q.limit + 1));
    if (!fts.empty()) s.Bind(7, fts);
    int rc;
    while ((rc = s.Step()) == SQLITE_ROW) {
      if (out->size() == q.limit) {
        *more = true;
        break;
      }
      out->emplace_back();
      ReadStory(s, &out->back());
    }
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? Status::Ok() : r.db->Error("list stories");
  }

  Status Search(std::string_view text, size_t offset, size_t limit, std::vector<SearchHit>* out,
                bool* more) override {
    if (more != nullptr) *more = false;
    Reader r(this);
    PRECIS_RETURN_IF_ERROR(r.status);
    out->clear();
    const std::string fts = FtsQuery(text);
    if (fts.empty()) return Status::Ok();
    PRECIS_STMT(r.db, s,
                "SELECT a.id, a.title, a.story, a.text, a.date, a.source "
                "FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid "
                "WHERE articles_fts MATCH ?1 ORDER BY rank, a.seq LIMIT ?2 OFFSET ?3");
    s.Bind(1, fts).Bind(2, static_cast<int64_t>(limit + 1)).Bind(3, static_cast<int64_t>(offset));
    int rc;
    while ((rc = s.Step()) == SQLITE_ROW) {
      if (out->size() == limit) {
        if (more != nullptr) *more = true;
        rc = SQLITE_DONE;
        break;
      }
      SearchHit h;
      h.article = s.Text(0);
      h.title = s.Text(1);
      h.story = static_cast<uint64_t>(s.Int(2));
      h.date = s.Text(4);
      h.source = s.Text(5);
      // The snippet is made here, not by FTS5's snippet(), whose cost grows with the square
      // of the matches in an article (SearchSnippet).
      h.snippet = SearchSnippet(s.Text(3), text, 16, &h.highlights, search_latin_);
      out->push_back(std::move(h));
    }
    return rc == SQLITE_DONE ? Status::Ok() : r.db->Error("search");
  }

  Status LoadCheckpoint(std::string* state, uint64_t* seq) override {
    Reader r(this);
    PRECIS_RETURN_IF_ERROR(r.status);
    state->clear();
    *seq = 0;
    PRECIS_STMT(r.db, s, "SELECT key, value FROM meta WHERE key IN ('state', 'state_seq')");
    int rc;
    while ((rc = s.Step()) == SQLITE_ROW) {
      if (s.Text(0) == "state") {
        *state = s.Text(1);
      } else {
        *seq = static_cast<uint64_t>(s.Int(1));
      }
    }
    return rc == SQLITE_DONE ? Status::Ok() : r.db->Error("read checkpoint");
  }

  Status DirtyStories(size_t limit, std::vector<DirtyStory>* out) override {
    Reader r(this);
    PRECIS_RETURN_IF_ERROR(r.status);
    out->clear();
    PRECIS_STMT(r.db, s,
                "SELECT d.story, s.version, d.since_ms FROM dirty d JOIN stories s "
                "ON s.id = d.story ORDER BY d.since_ms, d.story LIMIT ?1");
    s.Bind(1, static_cast<int64_t>(limit));
    int rc;
    while ((rc = s.Step()) == SQLITE_ROW) {
      out->push_back({static_cast<uint64_t>(s.Int(0)), static_cast<uint64_t>(s.Int(1)), s.Int(2)});
    }
    return rc == SQLITE_DONE ? Status::Ok() : r.db->Error("read dirty stories");
  }

  Status FindSummary(uint64_t story, SummaryRecord* out, bool* found) override {
    Reader r(this);
    PRECIS_RETURN_IF_ERROR(r.status);
    PRECIS_STMT(r.db, s,
                "SELECT version, body, computed_ms, "
                "coalesce((SELECT lede FROM ledes WHERE story = ?1), '') "
                "FROM summaries WHERE story = ?1");
    s.Bind(1, static_cast<int64_t>(story));
    const int rc = s.Step();
    *found = rc == SQLITE_ROW;
    if (rc == SQLITE_DONE) return Status::Ok();
    if (rc != SQLITE_ROW) return r.db->Error("read summary");
    out->story = story;
    out->version = static_cast<uint64_t>(s.Int(0));
    out->body = s.Text(1);
    out->computed_ms = s.Int(2);
    out->lede = s.Text(3);
    return Status::Ok();
  }

  Status FindLedes(const std::vector<uint64_t>& stories,
                   std::vector<std::pair<uint64_t, std::string>>* out) override {
    out->clear();
    if (stories.empty()) return Status::Ok();
    Reader r(this);
    PRECIS_RETURN_IF_ERROR(r.status);
    PRECIS_STMT(r.db, s, "SELECT lede FROM ledes WHERE story = ?1");
    for (uint64_t id : stories) {
      s.Reset();
      s.Bind(1, static_cast<int64_t>(id));
      const int rc = s.Step();
      if (rc == SQLITE_ROW) {
        out->emplace_back(id, s.Text(0));
      } else if (rc != SQLITE_DONE) {
        return r.db->Error("read ledes");
      }
    }
    return Status::Ok();
  }

  Status Stats(StoreStats* out) override {
    Reader r(this);
    PRECIS_RETURN_IF_ERROR(r.status);
    PRECIS_STMT(r.db, s,
                "SELECT (SELECT coalesce(max(seq), 0) FROM articles), "
                "(SELECT count(*) FROM stories WHERE redirect = 0), "
                "(SELECT count(*) FROM stories WHERE redirect = 0 AND open = 1), "
                "(SELECT count(*) FROM dirty)");
    if (s.Step() != SQLITE_ROW) return r.db->Error("read stats");
    out->articles = static_cast<uint64_t>(s.Int(0));
    out->stories = static_cast<uint64_t>(s.Int(1));
    out->open_stories = static_cast<uint64_t>(s.Int(2));
    out->dirty_stories = static_cast<uint64_t>(s.Int(3));
    out->database_bytes = 0;
    struct stat st;
    for (const char* suffix : {"", "-wal"}) {
      if (::stat((path_ + suffix).c_str(), &st) == 0) out->database_bytes += st.st_size;
    }
    return Status::Ok();
  }

 private:
  // A reader connection from the pool for the scope of one call.
  struct Reader {
    explicit Reader(SqliteStore* s) : store(s) {
      std::lock_guard<std::mutex> lock(store->pool_mu_);
      if (!store->pool_.empty()) {
        db = store->pool_.back().release();
        store->pool_.pop_back();
        return;
      }
      fresh = std::make_unique<Db>();
      status = fresh->Open(store->path_, true);
      db = fresh.get();
    }
    ~Reader() {
      if (!status.ok()) return;  // a connection that failed to open is dropped
      std::lock_guard<std::mutex> lock(store->pool_mu_);
      store->pool_.emplace_back(fresh ? fresh.release() : db);
    }
    SqliteStore* store;
    std::unique_ptr<Db> fresh;
    Db* db = nullptr;
    Status status;
  };

  static Status ReadArticles(Db* db, Stmt* s, std::vector<ArticleRecord>* out) {
    out->clear();
    int rc;
    while ((rc = s->Step()) == SQLITE_ROW) {
      out->emplace_back();
      ReadArticle(*s, &out->back());
    }
    return rc == SQLITE_DONE ? Status::Ok() : db->Error("read articles");
  }

  Status Done(int rc, const char* what) {
    return rc == SQLITE_DONE || rc == SQLITE_ROW ? Status::Ok() : writer_.Error(what);
  }

  Status MarkDirty(uint64_t story, int64_t now_ms) {
    PRECIS_STMT(&writer_, s,
                "INSERT INTO dirty(story, since_ms) VALUES (?1, ?2) ON "
                "CONFLICT DO NOTHING");
    s.Bind(1, static_cast<int64_t>(story)).Bind(2, now_ms);
    return Done(s.Step(), "mark dirty");
  }

  Status ApplyLocked(const IngestBatch& b) {
    for (const ArticleRecord& a : b.added) {
      PRECIS_STMT(&writer_, s,
                  "INSERT INTO articles(seq, id, title, date, source, url, text, story, "
                  "duplicate_of, ingested_ms, author, language) VALUES (?1, ?2, ?3, ?4, ?5, "
                  "?6, ?7, ?8, ?9, ?10, ?11, ?12)");
      s.Bind(1, static_cast<int64_t>(a.seq)).Bind(2, a.article.id).Bind(3, a.article.title);
      s.Bind(4, a.article.date).Bind(5, a.article.source).Bind(6, a.article.url);
      s.Bind(7, a.article.text).Bind(8, static_cast<int64_t>(a.story));
      s.Bind(9, a.duplicate_of).Bind(10, a.ingested_ms);
      s.Bind(11, a.article.author).Bind(12, a.article.language);
      PRECIS_RETURN_IF_ERROR(Done(s.Step(), "insert article"));
    }
    for (const ArticleRecord& a : b.replaced) {
      PRECIS_STMT(&writer_, s,
                  "UPDATE articles SET title = ?2, date = ?3, source = ?4, url = ?5, "
                  "text = ?6, ingested_ms = ?7, author = ?8, language = ?9 WHERE id = ?1");
      s.Bind(1, a.article.id).Bind(2, a.article.title).Bind(3, a.article.date);
      s.Bind(4, a.article.source).Bind(5, a.article.url).Bind(6, a.article.text);
      s.Bind(7, a.ingested_ms).Bind(8, a.article.author).Bind(9, a.article.language);
      PRECIS_RETURN_IF_ERROR(Done(s.Step(), "replace article"));
    }
    for (const auto& [from, to] : b.redirects) {
      {
        PRECIS_STMT(&writer_, s, "UPDATE articles SET story = ?2 WHERE story = ?1");
        s.Bind(1, static_cast<int64_t>(from)).Bind(2, static_cast<int64_t>(to));
        PRECIS_RETURN_IF_ERROR(Done(s.Step(), "redirect articles"));
      }
      {
        PRECIS_STMT(&writer_, s,
                    "INSERT INTO stories(id, open, version, redirect, "
                    "headline, first_date, "
                    "last_date, first_time, last_time, terms, article_count) "
                    "VALUES (?1, 0, 1, ?2, '', '', '', 0, 0, '', 0) ON "
                    "CONFLICT(id) DO UPDATE "
                    "SET open = 0, version = version + 1, redirect = ?2, "
                    "article_count = 0");
        s.Bind(1, static_cast<int64_t>(from)).Bind(2, static_cast<int64_t>(to));
        PRECIS_RETURN_IF_ERROR(Done(s.Step(), "redirect story"));
      }
      {
        PRECIS_STMT(&writer_, s, "DELETE FROM dirty WHERE story = ?1");
        s.Bind(1, static_cast<int64_t>(from));
        PRECIS_RETURN_IF_ERROR(Done(s.Step(), "redirect story"));
      }
    }
    // Closed stories whose members moved in this batch, in or out (their summary must be
    // redone): a story that lost one article and gained another keeps its count, and its
    // summary cited the one that left (a trial found such a sentence after a flush).
    std::unordered_map<uint64_t, int64_t> moved;
    for (const Story& st : b.closed_members) {
      for (const std::string& id : st.articles) {
        int64_t from = 0;
        {
          PRECIS_STMT(&writer_, s, "SELECT story FROM articles WHERE id = ?1");
          s.Bind(1, id);
          const int rc = s.Step();
          PRECIS_RETURN_IF_ERROR(Done(rc, "read story members"));
          if (rc == SQLITE_ROW) from = s.Int(0);
        }
        if (from == static_cast<int64_t>(st.id)) continue;
        PRECIS_STMT(&writer_, s, "UPDATE articles SET story = ?2 WHERE id = ?1");
        s.Bind(1, id).Bind(2, static_cast<int64_t>(st.id));
        PRECIS_RETURN_IF_ERROR(Done(s.Step(), "update story members"));
        ++moved[st.id];
        ++moved[static_cast<uint64_t>(from)];
      }
    }
    for (const StoryRecord& r : b.stories) {
      // A story that closes as it was when last summarized keeps its summary: the summary
      // follows the story's new version and no new one is computed.
      bool keep_summary = false;
      if (!r.open && moved[r.story.id] == 0) {
        PRECIS_STMT(&writer_, s,
                    "SELECT 1 FROM stories st JOIN summaries su ON su.story = st.id "
                    "WHERE st.id = ?1 AND st.open = 1 AND st.article_count = ?2 "
                    "AND su.version = st.version");
        s.Bind(1, static_cast<int64_t>(r.story.id)).Bind(2, static_cast<int64_t>(r.article_count));
        const int rc = s.Step();
        PRECIS_RETURN_IF_ERROR(Done(rc, "read summary version"));
        keep_summary = rc == SQLITE_ROW;
      }
      {
        PRECIS_STMT(&writer_, s,
                    "INSERT INTO stories(id, open, version, redirect, headline, "
                    "first_date, "
                    "last_date, first_time, last_time, terms, article_count) "
                    "VALUES (?1, ?2, 1, 0, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT(id) "
                    "DO UPDATE "
                    "SET open = ?2, version = version + 1, headline = ?3, first_date = "
                    "?4, "
                    "last_date = ?5, first_time = ?6, last_time = ?7, terms = ?8, "
                    "article_count = ?9");
        s.Bind(1, static_cast<int64_t>(r.story.id)).Bind(2, int64_t{r.open});
        s.Bind(3, r.story.headline).Bind(4, r.story.first_date).Bind(5, r.story.last_date);
        s.Bind(6, r.first_time).Bind(7, r.last_time).Bind(8, JoinLines(r.story.terms));
        s.Bind(9, static_cast<int64_t>(r.article_count));
        PRECIS_RETURN_IF_ERROR(Done(s.Step(), "write story"));
      }
      if (keep_summary) {
        PRECIS_STMT(&writer_, s,
                    "UPDATE summaries SET version = (SELECT version FROM stories WHERE id = ?1) "
                    "WHERE story = ?1");
        s.Bind(1, static_cast<int64_t>(r.story.id));
        PRECIS_RETURN_IF_ERROR(Done(s.Step(), "carry summary"));
      } else {
        PRECIS_RETURN_IF_ERROR(MarkDirty(r.story.id, b.now_ms));
      }
    }
    for (uint64_t id : b.dirty) {
      PRECIS_STMT(&writer_, s, "UPDATE stories SET version = version + 1 WHERE id = ?1");
      s.Bind(1, static_cast<int64_t>(id));
      PRECIS_RETURN_IF_ERROR(Done(s.Step(), "mark story changed"));
      PRECIS_RETURN_IF_ERROR(MarkDirty(id, b.now_ms));
    }
    if (!b.state.empty()) {
      PRECIS_STMT(&writer_, s,
                  "INSERT INTO meta(key, value) VALUES ('state', ?1), "
                  "('state_seq', ?2) "
                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
      s.BindBlob(1, b.state).Bind(2, static_cast<int64_t>(b.state_seq));
      PRECIS_RETURN_IF_ERROR(Done(s.Step(), "write checkpoint"));
    }
    return Status::Ok();
  }

  Status PutSummaryLocked(const SummaryRecord& r) {
    {
      PRECIS_STMT(&writer_, s,
                  "INSERT INTO summaries(story, version, body, computed_ms) VALUES "
                  "(?1, ?2, ?3, ?4) ON CONFLICT(story) DO UPDATE SET version = ?2, "
                  "body = ?3, computed_ms = ?4");
      s.Bind(1, static_cast<int64_t>(r.story)).Bind(2, static_cast<int64_t>(r.version));
      s.Bind(3, r.body).Bind(4, r.computed_ms);
      PRECIS_RETURN_IF_ERROR(Done(s.Step(), "write summary"));
    }
    {
      PRECIS_STMT(&writer_, s,
                  "INSERT INTO ledes(story, lede) VALUES (?1, ?2) "
                  "ON CONFLICT(story) DO UPDATE SET lede = ?2");
      s.Bind(1, static_cast<int64_t>(r.story)).Bind(2, r.lede);
      PRECIS_RETURN_IF_ERROR(Done(s.Step(), "write lede"));
    }
    {
      PRECIS_STMT(&writer_, s,
                  "DELETE FROM dirty WHERE story = ?1 AND "
                  "(SELECT version FROM stories WHERE id = ?1) <= ?2");
      s.Bind(1, static_cast<int64_t>(r.story)).Bind(2, static_cast<int64_t>(r.version));
      PRECIS_RETURN_IF_ERROR(Done(s.Step(), "clear dirty mark"));
    }
    PRECIS_STMT(&writer_, s, "UPDATE dirty SET since_ms = ?2 WHERE story = ?1 AND since_ms < ?2");
    s.Bind(1, static_cast<int64_t>(r.story)).Bind(2, r.read_ms);
    return Done(s.Step(), "update dirty mark");
  }

  // The stemmer language of the index's Latin words: the tokenizer argument its table was
  // made with ("english" for `tokenize='precis'`).
  Status ReadSearchLanguage(std::string* out) {
    PRECIS_STMT(&writer_, s, "SELECT sql FROM sqlite_master WHERE name = 'articles_fts'");
    if (s.Step() != SQLITE_ROW) return writer_.Error("read the search index");
    const std::string sql = s.Text(0);
    constexpr std::string_view kArg = "tokenize='precis";
    const size_t at = sql.find(kArg);
    *out = "english";
    if (at == std::string::npos) return Status::Ok();
    const size_t begin = at + kArg.size();
    const size_t end = sql.find('\'', begin);
    std::string arg = sql.substr(begin, end == std::string::npos ? std::string::npos : end - begin);
    while (!arg.empty() && arg.front() == ' ') arg.erase(arg.begin());
    if (!arg.empty()) *out = arg;
    return Status::Ok();
  }

  std::string path_;
  std::string search_latin_ = "english";  // set before readers run; not changed after
  std::mutex write_mu_;
  FileLock lock_;  // before the connections: released after they are closed
  Db writer_;
  std::mutex pool_mu_;
  std::vector<std::unique_ptr<Db>> pool_;
};

}  // namespace

Status OpenSqliteStore(const std::string& path, std::unique_ptr<Store>* out) {
  auto store = std::make_unique<SqliteStore>(path);
  PRECIS_RETURN_IF_ERROR(store->Init());
  *out = std::move(store);
  return Status::Ok();
}

}  // namespace precis::store
