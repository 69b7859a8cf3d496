// The state of a StoryClusterer: open stories, their centroids and the inverted
// index from terms to stories. Split over story_clusterer.cc (arrivals) and
// story_close.cc (merging, closing, emitting).
#ifndef PRECIS_STORY_CLUSTERER_IMPL_H_
#define PRECIS_STORY_CLUSTERER_IMPL_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "dedup/lsh_index.h"
#include "precis/story.h"
#include "precis/story_stream.h"
#include "story/sparse.h"
#include "story/term_space.h"

namespace precis {

// An article inside an open story.
struct StoryMember {
  std::string id;
  std::string date;          // as given ("" when missing or invalid)
  bool dated = false;        // `date` parsed
  int64_t time = 0;          // the parsed date, else the clock time at arrival
  uint64_t seq = 0;          // arrival number (0-based, over Add calls)
  std::string headline;      // title, or first sentence
  story::TermCounts counts;  // raw term counts (empty for duplicates)
  story::SparseVector vec;   // unit TF-IDF vector (empty for duplicates)
  bool duplicate = false;
  uint64_t duplicate_of_seq = 0;
  std::string duplicate_of;
  // The near-duplicate fingerprint (without band keys), kept so a saved state can rebuild
  // the duplicate index; empty when duplicates are not detected.
  std::vector<uint32_t> signature;
  uint64_t exact = 0;
  uint32_t shingles = 0;
};

struct OpenStory {
  uint64_t id = 0;
  story::SparseVector centroid;  // sum of member vectors, pruned to the strongest terms
  double norm = 0;               // |centroid|
  int64_t last_time = 0;         // clock time of the latest article
  std::vector<StoryMember> members;
  std::vector<uint32_t> indexed;  // terms under which the story is in the inverted index
};

// The text work on one article that depends on no clusterer state: words (alias-rewritten),
// near-duplicate fingerprint, headline. Prepared on any thread, placed in arrival order.
struct PreparedArticle {
  dedup::MatchTokens tokens;
  std::vector<story::FormCount> forms;  // distinct word forms with their counts
  dedup::Fingerprint fingerprint;
  std::string headline;
};

// Per-thread scratch for Prepare.
struct PrepareScratch {
  explicit PrepareScratch(const StoryOptions& o) {
    if (o.detect_duplicates) fingerprinter.emplace(o.dedup);
  }
  std::optional<dedup::Fingerprinter> fingerprinter;
  std::vector<dedup::MatchToken> alias_scratch;
  std::vector<uint32_t> forms_table;
};

struct StoryClusterer::Impl {
  explicit Impl(const StoryOptions& o);

  // Arrival (story_clusterer.cc).
  void Add(const Article& article);
  // Thread-safe: reads only options and the alias table.
  void Prepare(const Article& article, PrepareScratch* scratch, PreparedArticle* out) const;
  void Place(const Article& article, PreparedArticle* prepared);
  void AddBatch(std::span<const Article> articles, unsigned threads);
  int64_t ArrivalTime(const std::string& date, bool* dated, int64_t* own_time);
  uint32_t OpenNew();
  void Join(uint32_t slot, StoryMember member, int64_t time);
  void Reindex(uint32_t slot);
  void Unindex(uint32_t slot);
  // Frees the slot of a story that lost every article to others (refinement, regrouping): its
  // id redirects to `to`, and it counts as merged.
  void RetireEmptied(uint32_t slot, uint64_t to);
  double Similarity(const story::SparseVector& vec, const OpenStory& s) const;

  // Refinement (story_refine.cc): k-means style reassignment over the open
  // stories with the current IDF; returns the number of articles moved.
  size_t Refine();
  // Before an idle story closes, what Flush's refinement would give it: each one-article
  // story sharing an index term with it whose article's cosine with it, without time decay,
  // exceeds join_threshold and is the highest over the open stories is merged into it.
  // Returns the slot of the merged story (a newer article may make it active again).
  uint32_t Settle(uint32_t slot);
  void RecomputeCentroid(uint32_t slot);
  struct ArticleMove {
    uint64_t seq;
    uint32_t from, to;
  };
  // The open story `m` (a member of slot `from`) would move to under the refinement's rule, or
  // -1 when it stays.
  int64_t BestStoryFor(const StoryMember& m, uint32_t from);
  // Moves the articles (with their duplicates); a story left empty is retired.
  void ApplyMoves(const std::vector<ArticleMove>& moves);

  // Closing (story_close.cc).
  void CloseIdle();
  void CloseAll();
  // Average-linkage agglomeration of the open stories (agglomerate_threshold); returns the
  // number of merges.
  size_t Agglomerate();
  // Shared-nearest-neighbour regrouping of the open articles (story_regroup.cc); returns the
  // number of articles that changed story.
  size_t Regroup();
  class OpenStoryPairs;  // the open stories for story::MergeClosestPairs
  // Merges story `from` into `into` (both open); returns the surviving slot.
  uint32_t Merge(uint32_t a, uint32_t b);
  // The open story (other than `slot`) whose centroid is closest to `slot`'s,
  // at least merge_threshold; nullopt when none.
  std::optional<uint32_t> MergePartner(uint32_t slot, double* similarity);
  void Emit(uint32_t slot);
  // The story of an open slot as Emit would emit it now.
  Story Describe(uint32_t slot);

  // Saved state (story_state.cc): everything below but scratch space.
  void SaveState(std::string* out) const;
  Status LoadState(std::string_view in);

  StoryOptions options;
  std::string stream_language;  // SnowballLanguageName(options.language), for Prepare
  double decay_per_second = 0;  // ln 2 / half-life
  int64_t idle_seconds = 0;
  double agglomerate = 0;  // the effective agglomerate_threshold (0: off)
  int neighbours = 0;      // the effective shared_neighbours (0: off)
  story::TermSpace terms;
  std::optional<dedup::LshIndex> duplicates;
  PrepareScratch scratch;
  PreparedArticle prepared;
  const dedup::AliasData* aliases = nullptr;

  std::vector<std::unique_ptr<OpenStory>> slots;  // null when free
  std::vector<uint32_t> free_slots;
  size_t open = 0;
  size_t open_articles = 0;
  uint64_t next_story_id = 1;
  uint64_t next_seq = 0;
  std::vector<std::vector<uint32_t>> postings;         // term -> slots
  std::unordered_map<std::string, uint32_t> open_ids;  // article id -> slot
  std::unordered_map<uint64_t, uint32_t> open_seqs;    // article seq -> slot (duplicates)

  bool clock_set = false;
  int64_t clock = 0;
  std::vector<uint32_t> stamp;  // per slot: last query that saw it
  uint32_t query = 0;
  std::vector<uint32_t> top_scratch;
  story::SparseVector top_weights;
  std::vector<float> dense;  // the arriving article's weights by term (zero elsewhere)
  story::SparseVector vec, sum_scratch;
  std::vector<float> settle_dense;  // Settle: the closing story's centroid by term (zero elsewhere)

  StoryReport report;
  std::vector<Story> emitted;

  // Stream bookkeeping (StoryStream).
  std::vector<StoryPlacement>* placements = nullptr;  // Place appends one per article when set
  std::vector<StoryRedirect> redirects;               // absorbed story -> its absorber
  std::set<uint64_t> changed;                         // open stories changed since TakeChanged
};

}  // namespace precis

#endif  // PRECIS_STORY_CLUSTERER_IMPL_H_
