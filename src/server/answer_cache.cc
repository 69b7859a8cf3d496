#include "server/answer_cache.h"

#include <algorithm>
#include <functional>

namespace precis::server {

std::string BodyEtag(std::string_view body) {
  uint64_t h = 14695981039346656037ull;
  for (const char c : body) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string tag(18, '"');
  for (int i = 0; i < 16; ++i) tag[16 - i] = kHex[(h >> (4 * i)) & 15];
  return tag;
}

bool EtagMatches(std::string_view header, std::string_view etag) {
  auto opaque = [](std::string_view t) {
    if (t.starts_with("W/")) t.remove_prefix(2);
    return t;
  };
  const std::string_view want = opaque(etag);
  while (!header.empty()) {
    const size_t comma = header.find(',');
    std::string_view tag = header.substr(0, comma);
    header = comma == std::string_view::npos ? std::string_view() : header.substr(comma + 1);
    while (!tag.empty() && (tag.front() == ' ' || tag.front() == '\t')) tag.remove_prefix(1);
    while (!tag.empty() && (tag.back() == ' ' || tag.back() == '\t')) tag.remove_suffix(1);
    if (tag == "*" || (!tag.empty() && opaque(tag) == want)) return true;
  }
  return false;
}

AnswerCache::AnswerCache(size_t capacity_bytes) : per_shard_(capacity_bytes / kShards) {}

size_t AnswerCache::Cost(const std::string& key, const Answer& answer) {
  // The list node, the index slot and the answer's control block: about 160
  // bytes.
  return 2 * key.size() + answer.body.size() + answer.etag.size() + 160;
}

AnswerCache::Shard& AnswerCache::ShardOf(const std::string& key) {
  return shards_[std::hash<std::string>()(key) % kShards];
}

std::shared_ptr<const Answer> AnswerCache::Get(const std::string& key, uint64_t stamp) {
  Shard& shard = ShardOf(key);
  std::shared_lock<std::shared_mutex> lock(shard.mu);
  auto it = shard.index.find(key);
  if (it == shard.index.end() || it->second->stamp != stamp) {
    misses_.fetch_add(1, std::memory_order_relaxed);
    return nullptr;
  }
  Entry& e = *it->second;
  // Read first: a hot entry's flag is already set, and its cache line stays shared.
  if (!e.used.load(std::memory_order_relaxed)) e.used.store(true, std::memory_order_relaxed);
  hits_.fetch_add(1, std::memory_order_relaxed);
  return e.answer;
}

std::shared_ptr<const Answer> AnswerCache::Find(const std::string& key, uint64_t* stamp) {
  Shard& shard = ShardOf(key);
  std::shared_lock<std::shared_mutex> lock(shard.mu);
  auto it = shard.index.find(key);
  if (it == shard.index.end()) return nullptr;
  Entry& e = *it->second;
  if (!e.used.load(std::memory_order_relaxed)) e.used.store(true, std::memory_order_relaxed);
  *stamp = e.stamp;
  return e.answer;
}

void AnswerCache::Put(const std::string& key, uint64_t stamp,
                      std::shared_ptr<const Answer> answer) {
  Shard& shard = ShardOf(key);
  const size_t cost = Cost(key, *answer);
  std::unique_lock<std::shared_mutex> lock(shard.mu);
  auto it = shard.index.find(key);
  std::list<Entry>::iterator fresh;
  if (it != shard.index.end()) {
    Entry& e = *it->second;
    if (e.stamp > stamp) return;  // rendered from older data than the cached one
    shard.bytes = shard.bytes - e.cost + cost;
    e.stamp = stamp;
    e.answer = std::move(answer);
    e.cost = cost;
    fresh = it->second;
  } else {
    shard.entries.emplace_front(key, stamp, std::move(answer), cost);
    shard.index.emplace(shard.entries.front().key, shard.entries.begin());
    shard.bytes += cost;
    fresh = shard.entries.begin();
  }
  // Evict from the back; a used entry gets a second chance at the front, its flag cleared,
  // and the entry just put is never the one evicted. Ends: every entry but the fresh one
  // is evicted or loses its flag within one turn.
  while (shard.bytes > per_shard_ && shard.entries.size() > 1) {
    auto last = std::prev(shard.entries.end());
    if (last == fresh || last->used.exchange(false, std::memory_order_relaxed)) {
      shard.entries.splice(shard.entries.begin(), shard.entries, last);
      continue;
    }
    shard.bytes -= last->cost;
    shard.index.erase(last->key);
    shard.entries.erase(last);
  }
}

size_t AnswerCache::size() const {
  size_t n = 0;
  for (const Shard& s : shards_) {
    std::shared_lock<std::shared_mutex> lock(s.mu);
    n += s.entries.size();
  }
  return n;
}

size_t AnswerCache::bytes() const {
  size_t n = 0;
  for (const Shard& s : shards_) {
    std::shared_lock<std::shared_mutex> lock(s.mu);
    n += s.bytes;
  }
  return n;
}

}  // namespace precis::server
