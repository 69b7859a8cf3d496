// SortByArrival and ArrivalTimes: a feed in arrival order by ParseDate (precis/text.h).
#include <algorithm>
#include <cstdint>
#include <numeric>
#include <string_view>

#include "precis/story.h"
#include "precis/text.h"

namespace precis {

ArrivalOrderReport ArrivalTimes(std::vector<int64_t>* times, const std::vector<bool>& dated) {
  ArrivalOrderReport report;
  bool any = false;
  int64_t previous = 0, latest = 0;
  for (size_t i = 0; i < times->size(); ++i) {
    int64_t& t = (*times)[i];
    if (dated[i]) {
      if (!any) std::fill(times->begin(), times->begin() + static_cast<long>(i), t);
      if (any && t < latest) ++report.out_of_order;
      latest = any ? std::max(latest, t) : t;
      any = true;
      previous = t;
    } else {
      ++report.undated;
      t = previous;
    }
  }
  if (!any) report.undated = 0;
  return report;
}

void ArrivalOrderReport::NoteUnreadable(const std::string& id) {
  if (unreadable++ < kNamedUnreadable) unreadable_ids.push_back(id);
}

std::string ArrivalOrderReport::UnreadableIds() const {
  std::string out;
  for (size_t k = 0; k < unreadable_ids.size(); ++k) {
    out += (k ? ", '" : "'") + unreadable_ids[k] + "'";
  }
  if (unreadable > unreadable_ids.size()) {
    out += " and " + std::to_string(unreadable - unreadable_ids.size()) + " more";
  }
  return out;
}

ArrivalOrderReport SortByArrival(std::vector<Article>* articles) {
  std::vector<int64_t> times(articles->size(), 0);
  std::vector<bool> dated(articles->size(), false);
  ArrivalOrderReport unreadable;
  for (size_t i = 0; i < articles->size(); ++i) {
    dated[i] = ParseDate((*articles)[i].date, &times[i]);
    if (!dated[i] && !(*articles)[i].date.empty()) unreadable.NoteUnreadable((*articles)[i].id);
  }
  ArrivalOrderReport report = ArrivalTimes(&times, dated);
  report.unreadable = unreadable.unreadable;
  report.unreadable_ids = std::move(unreadable.unreadable_ids);
  std::vector<size_t> order(articles->size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return times[a] < times[b]; });
  // Permute in place, cycle by cycle, rather than into a second vector: a feed of a million
  // articles holds no second copy of its Article structs.
  for (size_t i = 0; i < order.size(); ++i) {
    if (order[i] == i) continue;
    Article held = std::move((*articles)[i]);
    size_t at = i;
    while (order[at] != i) {
      const size_t from = order[at];
      (*articles)[at] = std::move((*articles)[from]);
      order[at] = at;
      at = from;
    }
    (*articles)[at] = std::move(held);
    order[at] = at;
  }
  return report;
}

}  // namespace precis
