// The story list the service publishes after every write: the newest stories,
// immutable once published, so GET /stories is answered from memory while
// ingest and the summary worker write. A page the list cannot answer (a text
// query, or one that reaches past the list's end while the store holds more
// stories) goes to the store.
#ifndef PRECIS_SERVER_STORY_LIST_H_
#define PRECIS_SERVER_STORY_LIST_H_

#include <cstdint>
#include <vector>

#include "store/store.h"

namespace precis::server {

// The newest listable stories (not merged away), newest first (latest article
// time, then id), as stored after a write: the first `limit` rows of
// Store::ListStories with a default query.
struct StoryList {
  uint64_t generation = 0;  // bumped at every publication
  std::vector<store::StoryRecord> stories;
  bool complete = false;  // `stories` holds every listable story
};

// Fills *out and *more as Store::ListStories(query) would on the store the
// list was read from, and returns true; returns false (and leaves *out
// unspecified) when the list cannot answer `query`.
bool ListFromSnapshot(const StoryList& list, const store::StoryQuery& query,
                      std::vector<store::StoryRecord>* out, bool* more);

}  // namespace precis::server

#endif  // PRECIS_SERVER_STORY_LIST_H_
