// AnswerCache: rendered GET answers (JSON body and ETag) kept between requests,
// so a read that repeats (far more common than a write) is a lookup and a copy.
//
// Each entry carries the stamp of the data it was rendered from (for GET
// /stories the published list's generation, for GET /stories/{id} the story's
// change stamp, StoryStamps); Get returns it only while the caller's current
// stamp is the same, so a change makes the old answer unreachable at once and a
// newer answer replaces it. The caller reads the stamp *before* it reads the
// data it renders: an answer rendered from data older than its stamp cannot
// exist, because the writer commits first and bumps the stamp after.
//
// Bounded in memory: once the answers (bodies, keys, ETags and a fixed overhead
// each) exceed `capacity_bytes`, entries not used since the last pass are
// dropped, oldest first (the CLOCK or "second chance" approximation of LRU: a
// hit only sets a flag, so lookups share the lock and never reorder). Sharded
// by key, one reader-writer lock per shard (each with 1/16 of the budget).
// Thread-safe.
#ifndef PRECIS_SERVER_ANSWER_CACHE_H_
#define PRECIS_SERVER_ANSWER_CACHE_H_

#include <array>
#include <atomic>
#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <unordered_map>

namespace precis::server {

// A rendered answer: the body and its strong ETag (a quoted hash of the body,
// so an unchanged answer keeps its ETag across data versions).
struct Answer {
  std::string body;
  std::string etag;
  uint64_t redirect = 0;  // a 301 to this story (GET /stories/{id} of a merged story), else 0
};

// `"` + 16 hex digits of the FNV-1a 64-bit hash of `body` + `"`.
std::string BodyEtag(std::string_view body);

// True when an If-None-Match header value (`*`, or a comma-separated list of
// entity tags, weak `W/` ones included: RFC 9110 13.1.2 compares them weakly)
// matches `etag`.
bool EtagMatches(std::string_view if_none_match, std::string_view etag);

class AnswerCache {
 public:
  // At most about `capacity_bytes` of answers (at least one per shard).
  explicit AnswerCache(size_t capacity_bytes);

  // The answer cached for `key` when it was rendered at `stamp`, else null.
  std::shared_ptr<const Answer> Get(const std::string& key, uint64_t stamp);
  // The answer cached for `key` whatever its stamp, which is set in *stamp; null
  // when none. For answers whose stamp is not the key's own (a redirect is valid
  // while its target's stamp is).
  std::shared_ptr<const Answer> Find(const std::string& key, uint64_t* stamp);
  // Caches `answer` for `key` rendered at `stamp`. An answer of an older stamp
  // than the one cached is not kept.
  void Put(const std::string& key, uint64_t stamp, std::shared_ptr<const Answer> answer);

  size_t size() const;   // answers cached
  size_t bytes() const;  // their cost against the capacity
  uint64_t hits() const { return hits_.load(std::memory_order_relaxed); }
  uint64_t misses() const { return misses_.load(std::memory_order_relaxed); }

 private:
  struct Entry {
    Entry(std::string k, uint64_t s, std::shared_ptr<const Answer> a, size_t c)
        : key(std::move(k)), stamp(s), answer(std::move(a)), cost(c) {}
    std::string key;
    uint64_t stamp;
    std::shared_ptr<const Answer> answer;
    size_t cost;
    std::atomic<bool> used{false};  // hit since the last eviction pass looked at it
  };
  struct Shard {
    mutable std::shared_mutex mu;
    std::list<Entry> entries;  // newest (or given a second chance) first
    std::unordered_map<std::string_view, std::list<Entry>::iterator> index;  // keys in `entries`
    size_t bytes = 0;
  };
  static constexpr size_t kShards = 16;
  Shard& ShardOf(const std::string& key);
  static size_t Cost(const std::string& key, const Answer& answer);

  size_t per_shard_;
  std::array<Shard, kShards> shards_;
  std::atomic<uint64_t> hits_{0}, misses_{0};
};

// Change stamps of stories for AnswerCache: a fixed table of slots indexed by
// story id (ids that share a slot share a stamp: a change to one only costs the
// other a cache miss). Bump after the change is committed. Lock-free;
// thread-safe.
class StoryStamps {
 public:
  uint64_t Get(uint64_t story) const {
    return slots_[story % kSlots].load(std::memory_order_acquire);
  }
  void Bump(uint64_t story) {
    slots_[story % kSlots].store(clock_.fetch_add(1) + 1, std::memory_order_release);
  }

 private:
  static constexpr size_t kSlots = 1 << 16;
  std::atomic<uint64_t> clock_{0};
  std::array<std::atomic<uint64_t>, kSlots> slots_{};
};

}  // namespace precis::server

#endif  // PRECIS_SERVER_ANSWER_CACHE_H_
