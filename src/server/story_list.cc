#include "server/story_list.h"

namespace precis::server {

bool ListFromSnapshot(const StoryList& list, const store::StoryQuery& q,
                      std::vector<store::StoryRecord>* out, bool* more) {
  if (!q.text.empty()) return false;
  out->clear();
  *more = false;
  // The list is in the store's order, so its matches are the store's first
  // matches; the page is complete once one more than `limit` is found (the
  // store's look-ahead for `more`), or when the list holds every story.
  for (const store::StoryRecord& r : list.stories) {
    if (r.last_time < q.from || r.first_time > q.to) continue;
    if (q.after &&
        !(r.last_time < q.after_time || (r.last_time == q.after_time && r.story.id < q.after_id))) {
      continue;
    }
    if (out->size() == q.limit) {
      *more = true;
      return true;
    }
    out->push_back(r);
  }
  return list.complete;
}

}  // namespace precis::server
