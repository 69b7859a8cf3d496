// A synthetic article stream for benchmarks and tests: articles recombined from the sentences
// of real topic clusters (DUC 2004), with dates, so stories recur over time.
//
// The timeline has `days` days. Each topic (a source cluster) comes back as a sequence of events:
// an event lasts 1 to `max_event_days` days, and the next event of the same topic starts after a
// quiet gap of `min_gap_days` to 3 * `min_gap_days` days. Articles arrive in date order at
// `articles` / `days` a day; each belongs to one event active at its time (uniform over the active
// events) and holds min_sentences to max_sentences (4 to 8) sentences drawn from its topic,
// starting with a sentence that opens one of the topic's articles. A share `copies` of the articles
// are wire copies of an earlier article of the same event (one sentence dropped). The gold story of
// an article is its event. Deterministic for a seed; articles are produced one at a time, so the
// stream itself takes no memory.
#ifndef PRECIS_STORY_SYNTHETIC_STREAM_H_
#define PRECIS_STORY_SYNTHETIC_STREAM_H_

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "precis/article.h"

namespace precis::story {

struct SyntheticStreamOptions {
  uint64_t articles = 200000;   // Default: 200,000
  uint32_t days = 1000;         // Default: 1000 (200 articles a day)
  uint32_t max_event_days = 4;  // Default: 4
  uint32_t min_gap_days = 10;   // Default: 10
  double copies = 0.05;         // Default: 5% wire copies
  uint64_t seed = 42;           // Default: 42
  // Sentences per article (not a wire copy), uniform. REQUIRES: 1 <= min <= max.
  uint32_t min_sentences = 4;  // Default: 4
  uint32_t max_sentences = 8;  // Default: 8
};

class SyntheticStream {
 public:
  // `topics`: the source clusters (articles with text). Empty topics are ignored.
  SyntheticStream(const std::vector<Cluster>& topics, const SyntheticStreamOptions& options);

  // Writes the next article (id "a<N>", date "YYYY-MM-DDTHH:MM:SSZ" from 2000-01-01) and its
  // gold story label; false at the end of the stream.
  bool Next(Article* article, std::string* gold);
  uint64_t produced() const { return produced_; }

 private:
  struct Event {
    uint32_t topic;
    uint32_t serial;                  // n-th event of its topic
    int64_t begin, end;               // seconds from the start of the timeline
    std::vector<std::string> recent;  // last few article texts (for wire copies)
  };
  void PlanEvents();

  SyntheticStreamOptions options_;
  std::vector<std::vector<std::string>> sentences_;  // per topic
  std::vector<std::vector<uint32_t>> leads_;         // per topic: sentences that open an article
  std::vector<Event> events_;                        // sorted by begin
  std::mt19937_64 rng_;
  uint64_t produced_ = 0;
  size_t next_event_ = 0;         // first event not yet started
  std::vector<uint32_t> active_;  // indices of events active at the current time
};

}  // namespace precis::story

#endif  // PRECIS_STORY_SYNTHETIC_STREAM_H_
