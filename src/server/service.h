// Service: the news service without HTTP. It owns the store and the story
// stream, runs the digest stages on posted articles (near-duplicates and the
// online clusterer at ingest; off-topic filter and summary in a background
// worker) and answers the reads the HTTP layer renders.
//
// Ingest is serialized (one StoryStream); reads go to the store on their own
// WAL reader connections, never behind the ingest lock, and the newest stories
// are also published as an immutable snapshot after every write (StoryList),
// so the story list is answered without the database. A
// batch is all or nothing: it is checked (ids, conflicts) before anything
// changes, and its articles, the stories they changed and (every
// `checkpoint_articles`) the clusterer's saved state are written in one durable
// transaction before Ingest returns. After a restart the stream is restored
// from the last checkpoint and the articles after it are replayed from the
// store; the clusterer is deterministic, so it reaches the state it had when
// the last batch was acknowledged.
//
// Summaries are recomputed off the request path: a story changed by a batch is
// marked dirty in the same transaction; the worker waits `summary_debounce_ms`
// after a change (so a burst of batches costs one summary), summarizes the
// dirty stories (at most `summary_batch` stories and about
// `summary_round_articles` articles per round, oldest change first) and stores
// their summaries in one transaction. Dirty marks are in the store, so a
// restart catches up.
//
// Refinement and the merge pass (StoryStream::Flush) run on POST /flush and,
// with `flush_seconds` > 0, once the feed has been quiet that long after new
// articles (see ServiceOptions::flush_seconds).
#ifndef PRECIS_SERVER_SERVICE_H_
#define PRECIS_SERVER_SERVICE_H_

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "precis/off_topic.h"
#include "precis/story.h"
#include "precis/story_stream.h"
#include "server/answer_cache.h"
#include "server/story_list.h"
#include "store/store.h"

namespace precis::server {

struct ServiceOptions {
  std::string db;  // SQLite file (created when missing)
  // Clustering and summary options: the same structs and defaults as `precis
  // digest`.
  DigestOptions digest;
  // Save the clusterer's state with the batch that brings this many articles
  // since the last save; a restart replays at most this many. Default: 5000.
  uint64_t checkpoint_articles = 5000;
  // The summary worker waits this long after a change before summarizing.
  // Default: 200.
  int summary_debounce_ms = 200;
  // Stories summarized per worker round (one digest over them). Default: 32.
  size_t summary_batch = 32;
  // A round stops taking stories once they hold this many articles (a round
  // takes at least one story). Bounds the time one round keeps other stories
  // waiting. Default: 2000.
  size_t summary_round_articles = 2000;
  // Threads summarizing a round: its stories are split into this many groups
  // of about equal size, one digest each. Default: 2.
  unsigned summary_threads = 2;
  // The off-topic filter of a round compares each sentence with its own story
  // and with the other stories, as `precis digest` does with every story of its
  // feed: the round's other stories and the open stories of the stream, newest
  // first, up to this many articles of them (0: the round's stories only).
  // Bounds the work a round adds for them (their term counts are kept between
  // rounds, so a round tokenizes only new or replaced texts, but weighs all of
  // them; read from the store only when they changed). Default: 3000.
  size_t off_topic_context_articles = 3000;
  // Flush (refinement, merge pass, every open story closed: the end-of-stream
  // work of `precis cluster`) once no article has arrived for this many seconds
  // after the last new one; 0: only on POST /flush. A flush closes every open
  // story, so it waits for a lull rather than running on a fixed clock: an
  // article after a flush opens a new story. A feed that is posted in rare
  // batches should raise it. Default: 300.
  double flush_seconds = 300;
  // Threads for the text work of an ingest batch (tokens, fingerprints); the
  // placements do not depend on it. Default: 2.
  unsigned ingest_threads = 2;
};

// Per-article outcome of a POST.
struct IngestOutcome {
  std::string id;
  std::string status;        // "added", "unchanged" (same article again) or "replaced"
  uint64_t story = 0;        // its story now (0: not placed: no content word)
  std::string duplicate_of;  // "" unless a near-duplicate
};

enum class IngestError { kNone, kConflict, kInvalid, kStore };

// What Ingest did about the order of a batch (the POST answer's "warnings").
struct IngestNotes {
  size_t out_of_order = 0;  // new articles dated before one earlier in the batch: sorted
  size_t late = 0;          // dated before the latest article this process has placed
  // New articles whose date is given but cannot be read (ParseDate): their number and the first
  // ids (ArrivalOrderReport's unreadable fields; the others are unset). They are clustered at
  // the previous article's time, as undated ones are.
  ArrivalOrderReport unreadable_dates;
  // New articles dated more than a day after they arrived: clustered as undated ones (their
  // date would move the stream's clock past every open story), stored as given.
  ArrivalOrderReport future_dates;
};

class Service {
 public:
  static Status Open(const ServiceOptions& options, std::unique_ptr<Service>* out);
  ~Service();  // stops the worker

  // Adds a batch. On kConflict (an id already stored with other content and
  // !replace) or kInvalid (an id repeated in the batch), *message names the
  // article and nothing is stored. kStore: the write failed; nothing is stored
  // and the stream is rebuilt.
  // The batch's new articles are clustered in date order (stable; an undated one at the
  // previous article's time), as `precis cluster` orders a file: a feed merged from several
  // outlets, grouped by outlet or event, gives the stories it gives in date order. Articles
  // dated before what earlier batches brought cannot be reordered; *notes counts both.
  IngestError Ingest(const std::vector<Article>& articles, bool replace,
                     std::vector<IngestOutcome>* out, std::string* message,
                     IngestNotes* notes = nullptr);
  // End of stream work of `precis cluster` on the open stories (refinement,
  // merge pass, all closed), stored with a checkpoint. Returns the number of
  // stories closed.
  Status Flush(size_t* closed);
  // Writes a checkpoint now and stops the summary worker after its current
  // round.
  Status Shutdown();

  store::Store& store() { return *store_; }
  // Follows merge redirects; *found false when the id was never a story.
  Status ResolveStory(uint64_t id, uint64_t* final_id, bool* found);
  const ServiceOptions& options() const { return options_; }

  // Bumped after every committed change (articles, stories, summaries): cached answers of an
  // older generation are stale.
  std::atomic<uint64_t> generation{0};
  // Per story: bumped after every committed change to the story's answer (its articles, fields,
  // redirect or summary), for the cache of GET /stories/{id}.
  StoryStamps story_stamps;
  // The story list as of the last write (never null after Open). Thread-safe.
  std::shared_ptr<const StoryList> Stories() const;
  // Stories kept in the published list.
  static constexpr size_t kListedStories = 1000;
  std::atomic<uint64_t> flushes{0};  // flushes run (explicit and automatic)
  // Counters for /metrics.
  std::atomic<uint64_t> articles_ingested{0};
  std::atomic<uint64_t> summaries_computed{0};
  // Summary lag (ms from the first unsummarized change to the summary) of
  // recent summaries.
  std::vector<double> TakeLagSamples();
  double last_lag_ms() const { return last_lag_ms_.load(); }

 private:
  explicit Service(const ServiceOptions& options) : options_(options) {}
  Status Recover();
  Status Checkpoint();
  // Rebuilds the published story list from the store. Reading and publishing happen under
  // publish_mu_, so a later publication never holds an older state than an earlier one: the
  // ingest path publishes after each committed batch (under ingest_mu_), the summary worker
  // the ledes of each round of summaries (PublishLedes), without ingest_mu_.
  Status PublishStories();
  // After rounds of summaries: publishes the list with the new ledes (story id -> lede) of the
  // listed stories (in memory: the stories' other fields did not change), under publish_mu_
  // too. Only the summary worker calls it.
  void PublishLedes(const std::unordered_map<uint64_t, std::string>& ledes);
  // The list published last (null before the first), and the publication of `list` as the
  // next generation. REQUIRES for Publish: publish_mu_ held.
  std::shared_ptr<const StoryList> Published() const;
  void Publish(std::shared_ptr<StoryList> list);
  Status FlushLocked(size_t* closed);
  // Bumps the stamps of every story a committed batch touched.
  void BumpStamps(const store::IngestBatch& batch);
  // Keeps open_ids_ after a committed batch and publishes them (REQUIRES: ingest_mu_ held, or
  // no other thread yet).
  void TrackOpen(const store::IngestBatch& batch);
  void PublishOpen();
  // The open stories' ids, newest (highest) first, as of the last committed write. The
  // summary worker reads them without ingest_mu_: waiting for that lock behind a steady feed
  // of batches, and listing the stream's open stories under it, held up both rounds and ingest.
  std::vector<uint64_t> OpenStoryIds();
  void FlushLoop();
  void SummaryLoop();
  Status SummarizeRound(bool* did_work);
  // The open stories other than `skip` with their articles (newest stories
  // first, up to off_topic_context_articles articles in all), for the off-topic
  // filter of a round. Articles whose id is in `skip_articles` are left out.
  struct ContextStory {
    uint64_t stamp = 0;  // story_stamps when read
    Story story;
    std::vector<Article> articles;
  };
  Status ContextStories(const std::unordered_set<uint64_t>& skip,
                        const std::unordered_set<std::string_view>& skip_articles,
                        std::vector<const ContextStory*>* out);

  ServiceOptions options_;
  std::unique_ptr<store::Store> store_;
  std::mutex ingest_mu_;
  std::unique_ptr<StoryStream> stream_;
  uint64_t last_seq_ = 0;
  // The latest date (ParseDate seconds) of the articles placed since start; guarded by
  // ingest_mu_.
  bool any_date_ = false;
  int64_t latest_date_ = 0;
  std::set<uint64_t> open_ids_;  // under ingest_mu_
  std::mutex open_mu_;
  std::vector<uint64_t> open_published_;  // open_ids_, newest first (under open_mu_)
  uint64_t checkpoint_seq_ = 0;
  // When the last new article came (under ingest_mu_).
  std::chrono::steady_clock::time_point last_added_;

  std::mutex publish_mu_;  // taken after ingest_mu_ when both are held
  // The summary worker's ledes not yet published (worker thread only), and when it last
  // published some.
  static constexpr int kLedeIntervalMs = 500;
  std::unordered_map<uint64_t, std::string> pending_ledes_;
  std::chrono::steady_clock::time_point ledes_published_;
  mutable std::mutex list_mu_;
  std::shared_ptr<const StoryList> list_;
  uint64_t list_generation_ = 0;
  std::atomic<uint64_t> published_{0};  // list_generation_, read without list_mu_
  static inline std::atomic<uint64_t> instances_{0};
  const uint64_t instance_ = ++instances_;  // tells services apart in Stories()

  std::mutex worker_mu_;
  std::condition_variable worker_cv_;
  std::condition_variable flush_cv_;
  bool pending_ = false;
  bool stop_ = false;
  std::thread worker_;
  std::thread flusher_;
  // The summary worker's copies of context stories, by id (worker thread only).
  std::unordered_map<uint64_t, ContextStory> context_cache_;
  // The off-topic filter of the rounds, with the term counts of the last round's texts
  // (worker thread only; made by the first round).
  std::unique_ptr<OffTopicIndex> off_topic_;
  std::mutex lag_mu_;
  std::vector<double> lag_samples_;
  std::atomic<double> last_lag_ms_{0};
};

}  // namespace precis::server

#endif  // PRECIS_SERVER_SERVICE_H_
