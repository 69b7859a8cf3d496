// StoryStream: the story clusterer (story.h) as a long-lived stream for a
// service or a notebook. It adds to StoryClusterer what a caller that outlives
// one run needs:
//
// - Add returns where each article went: its story id, or the article it
// duplicates.
// - Open stories can be read at any time (Open, TakeChanged); closed ones are
// taken as they
//   close (TakeClosed), exactly as StoryClusterer::TakeStories.
// - A story absorbed by a merge (or emptied by refinement) keeps its id as a
// redirect to the
//   story that took its articles (TakeRedirects). Redirects chain: follow them
//   to the end.
// - The whole state is saved to bytes and restored from them (SaveState,
// Restore): a
//   restored stream continues exactly as the saved one would have. The bytes
//   start with the magic "PRECISST" and a format version; a newer version is
//   refused with kUnsupported, bytes that do not parse with kDataError, and a
//   state saved under other clustering options with kInvalidArgument.
// - Flush is the end-of-stream work of `precis cluster`: k-means refinement of
// the open
//   stories with the final IDF, the merge pass over all of them, in event mode the
//   shared-neighbour regrouping of the open articles (a group takes the id of the story
//   holding most of its articles, or a new id; an emptied story redirects), then every
//   open story is closed. A feed added in date order and flushed yields the
//   same stories as `precis cluster` (ClusterArticles) on the same articles.
//   After Flush the stream goes on: new articles open new stories (story ids
//   keep increasing; document frequencies keep their counts).
//
// Not thread-safe; one StoryStream per stream.
#ifndef PRECIS_STORY_STREAM_H_
#define PRECIS_STORY_STREAM_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "precis/article.h"
#include "precis/status.h"
#include "precis/story.h"

namespace precis {

// Where one added article went.
struct StoryPlacement {
  enum class Kind {
    kPlaced,       // joined or opened story `story`
    kDuplicate,    // a near-duplicate of `duplicate_of`; joined its story `story`
    kEmpty,        // no content word: not placed (story 0)
    kDuplicateId,  // its id is already in an open story: not placed (story 0)
  };
  Kind kind = Kind::kPlaced;
  uint64_t story = 0;        // the story id at the time of placement (0 when not placed)
  std::string duplicate_of;  // the original's article id for kDuplicate, else ""
};

// (absorbed story id, id of the story that took its articles).
using StoryRedirect = std::pair<uint64_t, uint64_t>;

class StoryStream {
 public:
  // REQUIRES: ValidateStoryOptions(options).ok(). options.dedup.aliases (if
  // set) must outlive the stream.
  explicit StoryStream(const StoryOptions& options);
  ~StoryStream();
  StoryStream(const StoryStream&) = delete;
  StoryStream& operator=(const StoryStream&) = delete;

  // Creates a stream from SaveState bytes. `options` must be the options the
  // state was saved with (the clustering fields are compared; language,
  // thresholds, term counts, dedup). Errors: kUnsupported for a newer format
  // version, kDataError for bytes that are not a saved state (or are cut
  // short), kInvalidArgument for invalid or different options.
  static Status Restore(const StoryOptions& options, std::string_view state,
                        std::unique_ptr<StoryStream>* out);

  // Adds the next article (as StoryClusterer::Add) and says where it went.
  StoryPlacement Add(const Article& article);
  // Adds `articles` in order (as StoryClusterer::AddAll with `threads`); one
  // placement each.
  std::vector<StoryPlacement> AddAll(std::span<const Article> articles, unsigned threads = 1);
  // End of stream: refinement, merge pass, every open story closed (see above).
  void Flush();
  // An article already added came again with another title or text (the service's
  // ?replace=1): its headline (the title, or the opening sentence when the title is unusable)
  // is taken from it again, and its story is changed (TakeChanged) when that moves the
  // story's headline candidate. Its story and vector stay those of the text it was placed
  // with. False when the article is in no open story (unknown, or its story has closed).
  bool Retitle(const Article& article);
  // The headline the stream gives `article` as a story's headline candidate: its title, or
  // its opening sentence when the title is unusable (what Story::headline is made of).
  std::string HeadlineOf(const Article& article) const;

  // Stories closed since the last call, in closing order (their final form).
  std::vector<Story> TakeClosed();
  // Open stories changed since the last call (an article joined, a merge,
  // refinement), by id; a story that closed in the meantime is in TakeClosed
  // instead.
  std::vector<Story> TakeChanged();
  // Redirects created since the last call, in the order the merges happened.
  std::vector<StoryRedirect> TakeRedirects();
  // Every open story, by id.
  std::vector<Story> Open();

  // The state as bytes (the pending Take* lists are included).
  std::string SaveState() const;

  const StoryReport& report() const;
  size_t open_stories() const;

  // The format version SaveState writes. 2 added agglomerate_threshold to the saved options,
  // 3 the shared-neighbour regrouping's (shared_neighbours, shared_neighbour_threshold,
  // shared_neighbour_name_boost); older states still load (they were made without those
  // options, and the rest of the layout is unchanged).
  static constexpr uint32_t kStateVersion = 3;

 private:
  StoryClusterer clusterer_;
};

}  // namespace precis

#endif  // PRECIS_STORY_STREAM_H_
