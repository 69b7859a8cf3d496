// StoryClusterer::AddAll: the per-article text work on worker threads, placement in order.
//
// Placement is sequential by nature (each article sees the stories the previous ones made),
// but tokenizing, alias rewriting, fingerprinting and the headline depend on nothing but the
// article. Workers prepare articles ahead into a ring of slots; this thread places them in
// arrival order, and prepares articles itself instead of waiting. The output is the same as
// calling Add on each article, for any number of threads.
#include <atomic>
#include <thread>

#include "story/clusterer_impl.h"

namespace precis {

void StoryClusterer::Impl::AddBatch(std::span<const Article> articles, unsigned threads) {
  const uint64_t n = articles.size();
  if (threads <= 1 || n < 2) {
    for (const Article& a : articles) Add(a);
    return;
  }
  constexpr uint64_t kRing = 512;  // articles prepared ahead at most
  constexpr uint64_t kNone = UINT64_MAX;
  std::vector<PreparedArticle> ring(kRing);
  std::vector<std::atomic<uint64_t>> ready(kRing);  // 1 + index of the article in the slot
  for (auto& r : ready) r.store(0);
  std::atomic<uint64_t> next{0};    // next article to prepare
  std::atomic<uint64_t> placed{0};  // articles placed so far
  // Claims the next article to prepare if its slot is free; kNone when there is none now.
  auto claim = [&]() -> uint64_t {
    uint64_t k = next.load();
    while (k < n && k < placed.load(std::memory_order_acquire) + kRing) {
      if (next.compare_exchange_weak(k, k + 1)) return k;
    }
    return kNone;
  };
  auto prepare = [&](uint64_t k, PrepareScratch* s) {
    Prepare(articles[k], s, &ring[k % kRing]);
    ready[k % kRing].store(k + 1, std::memory_order_release);
    ready[k % kRing].notify_all();
  };
  // Waiting blocks (futex) instead of spinning: on a busy machine a spinning thread would take
  // time slices from the thread it waits for.
  auto worker = [&] {
    PrepareScratch s(options);
    while (true) {
      const uint64_t k = claim();
      if (k != kNone) {
        prepare(k, &s);
        continue;
      }
      if (next.load() >= n) return;
      const uint64_t p = placed.load(std::memory_order_acquire);
      if (next.load() >= p + kRing) placed.wait(p);  // the ring is full: placement is behind
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(worker);
  for (uint64_t i = 0; i < n; ++i) {
    while (true) {
      const uint64_t r = ready[i % kRing].load(std::memory_order_acquire);
      if (r == i + 1) break;
      const uint64_t k = claim();
      if (k != kNone) {
        prepare(k, &scratch);  // help instead of waiting
      } else {
        ready[i % kRing].wait(r, std::memory_order_acquire);  // a worker is preparing it
      }
    }
    Place(articles[i], &ring[i % kRing]);
    placed.store(i + 1, std::memory_order_release);
    placed.notify_all();
  }
  for (std::thread& t : pool) t.join();
}

}  // namespace precis
