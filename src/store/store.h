// Store: where the service keeps articles, stories, the clusterer's state and
// summaries.
//
// One small interface with one implementation per database (SQLite now,
// sqlite_store.cc; PostgreSQL later, beside it). Every SQL statement of precis
// lives in this folder. A write (Apply, PutSummaries) is one transaction: when
// it returns ok the data is durable (the SQLite store commits with WAL and
// synchronous=FULL, so an acknowledged write also survives a power cut); when
// it fails nothing of it is stored.
//
// Stories are stored as the clusterer last described them. A story absorbed by
// a merge keeps its row with `redirect` set to its absorber; its articles move
// to the absorber. Membership is a column of each article, so a story's
// articles are read in arrival order.
//
// Thread-safety: all methods may be called from any thread at the same time;
// writes are serialized inside the store, reads run in parallel on their own
// connections.
#ifndef PRECIS_STORE_STORE_H_
#define PRECIS_STORE_STORE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "precis/article.h"
#include "precis/status.h"
#include "precis/story.h"
#include "precis/story_stream.h"

namespace precis::store {

struct ArticleRecord {
  Article article;
  uint64_t seq = 0;          // arrival order in the store: 1, 2, ... (set by the caller)
  uint64_t story = 0;        // the story holding it now (0: not placed, e.g. no content word)
  std::string duplicate_of;  // the article it is a near-duplicate of, or ""
  int64_t ingested_ms = 0;   // when it was acknowledged (Unix ms)
};

struct StoryRecord {
  // id, headline, dates, terms as the clusterer described the story. `articles`
  // and `duplicates` are filled by FindStory from the articles (arrival order);
  // Apply ignores them.
  Story story;
  bool open = true;          // false once the clusterer closed it (final)
  uint64_t version = 0;      // bumped by the store at every change
  uint64_t redirect = 0;     // the absorbing story for a merged one, else 0
  size_t article_count = 0;  // articles in the story (duplicates included)
  int64_t first_time = 0;    // parsed first_date / last_date (Unix s; 0 when undated)
  int64_t last_time = 0;
  // The lede of the story's latest summary (SummaryRecord::lede), "" before the first one.
  // Read by FindStory and ListStories; Apply ignores it.
  std::string lede;
};

// One atomic write from the ingest path.
struct IngestBatch {
  std::vector<ArticleRecord> added;     // new articles
  std::vector<ArticleRecord> replaced;  // existing ids with new fields (placement kept)
  // Stories to create or update (open snapshots and closed ones). Each is
  // marked dirty: it waits for a new summary.
  std::vector<StoryRecord> stories;
  // Closed stories list their final members: their articles' story column is
  // rewritten.
  std::vector<Story> closed_members;
  std::vector<StoryRedirect> redirects;  // merged -> absorber; articles follow
  std::vector<uint64_t> dirty;           // further stories to mark dirty (replaced articles)
  // The clusterer's saved state after the last added article (checkpoint), or
  // "" to keep the previous one; `state_seq` is the last article seq it covers.
  std::string state;
  uint64_t state_seq = 0;
  int64_t now_ms = 0;
};

struct StoryQuery {
  int64_t from = INT64_MIN;  // stories whose date range overlaps [from, to] (Unix s)
  int64_t to = INT64_MAX;
  std::string text;  // words that one of the story's articles must contain (all)
  size_t limit = 20;
  // Continue after this position (from a previous page's next cursor).
  bool after = false;
  int64_t after_time = 0;
  uint64_t after_id = 0;
  // Read each story's lede (StoryRecord::lede): one lookup per story. The service's published
  // list reads without and keeps the ledes it already holds (Store::FindLedes for the others).
  bool ledes = true;
};

struct SearchHit {
  std::string article;  // article id
  std::string title;
  std::string date;    // as the article gives it
  std::string source;  // the outlet
  uint64_t story = 0;
  std::string snippet;                                // plain text around the match
  std::vector<std::pair<size_t, size_t>> highlights;  // byte ranges of matches in snippet
};

struct SummaryRecord {
  uint64_t story = 0;
  uint64_t version = 0;  // the story version it summarizes
  std::string body;      // JSON, owned by the caller's format
  // What the story list shows of the summary (its first sentence), owned by the caller's format
  // like `body` (the service: a JSON object, server/render.h SummaryLede); "" for none. Kept
  // apart from the body so that a list of stories reads it without reading the bodies.
  std::string lede;
  int64_t computed_ms = 0;
  // When the summarizer read the story. A change after that keeps the story
  // dirty, waiting since no earlier than this (so the summary lag of a story
  // that changes all the time is measured from its latest unsummarized change,
  // not its first).
  int64_t read_ms = 0;
};

struct DirtyStory {
  uint64_t story = 0;
  uint64_t version = 0;
  int64_t since_ms = 0;  // oldest change not yet summarized
};

struct StoreStats {
  uint64_t articles = 0;
  uint64_t stories = 0;
  uint64_t open_stories = 0;
  uint64_t dirty_stories = 0;
  uint64_t database_bytes = 0;
};

class Store {
 public:
  virtual ~Store() = default;

  // Writes `batch` in one durable transaction.
  virtual Status Apply(const IngestBatch& batch) = 0;
  // Stores summaries in one transaction; clears a story's dirty mark when its
  // summary's `version` is the story's current version (a later change keeps it
  // dirty).
  virtual Status PutSummaries(const std::vector<SummaryRecord>& summaries) = 0;

  virtual Status FindArticle(std::string_view id, ArticleRecord* out, bool* found) = 0;
  // Articles of a story in arrival order; without `with_text` their text is
  // left empty.
  virtual Status StoryArticles(uint64_t story, bool with_text, std::vector<ArticleRecord>* out) = 0;
  // Articles with seq > `after`, in arrival order (replay after the
  // checkpoint).
  virtual Status ArticlesAfter(uint64_t after, std::vector<ArticleRecord>* out) = 0;
  virtual Status LastSeq(uint64_t* seq) = 0;
  virtual Status FindStory(uint64_t id, StoryRecord* out, bool* found) = 0;
  // Newest first (latest article date, then id); `next` is set when more may
  // follow.
  virtual Status ListStories(const StoryQuery& query, std::vector<StoryRecord>* out,
                             bool* more) = 0;
  // Best first (FTS5's bm25 rank, then the order stored); the hits from `offset` on, at most
  // `limit`; *more (optional) is set when more follow.
  virtual Status Search(std::string_view text, size_t offset, size_t limit,
                        std::vector<SearchHit>* out, bool* more = nullptr) = 0;
  virtual Status LoadCheckpoint(std::string* state, uint64_t* seq) = 0;
  virtual Status DirtyStories(size_t limit, std::vector<DirtyStory>* out) = 0;
  virtual Status FindSummary(uint64_t story, SummaryRecord* out, bool* found) = 0;
  // The ledes (SummaryRecord::lede) of `stories` that have one, as (story, lede) pairs.
  virtual Status FindLedes(const std::vector<uint64_t>& stories,
                           std::vector<std::pair<uint64_t, std::string>>* out) = 0;
  virtual Status Stats(StoreStats* out) = 0;
  // Stems the search index's Latin words as `language` (an ISO code or Snowball name) when it
  // is written in Latin script, else as English (SearchLatinLanguage in sqlite_db.h); rebuilds
  // the index when it was made with another. Called once at start, before searches.
  virtual Status SetSearchLanguage(std::string_view language) = 0;
};

// Opens (creating when missing) a SQLite store at `path`: WAL,
// synchronous=FULL, schema migrated forward to the current version. Errors:
// kIoError when the file cannot be opened, kUnsupported for a database written
// by a newer precis (schema version above this one), kDataError for a file that
// is not a precis database.
Status OpenSqliteStore(const std::string& path, std::unique_ptr<Store>* out);

// The schema version this build writes.
int SqliteSchemaVersion();

}  // namespace precis::store

#endif  // PRECIS_STORE_STORE_H_
