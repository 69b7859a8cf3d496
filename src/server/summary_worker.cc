// The summary worker: off the request path, summarizes the stories marked dirty
// (the digest stages: off-topic filter, duplicate sentences, summary) and
// stores each summary with the story version it covers.
#include <algorithm>
#include <chrono>
#include <thread>

#include "server/render.h"
#include "server/service.h"

namespace precis::server {
namespace {

int64_t NowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace

Status Service::ContextStories(const std::unordered_set<uint64_t>& skip,
                               const std::unordered_set<std::string_view>& skip_articles,
                               std::vector<const ContextStory*>* out) {
  out->clear();
  if (options_.off_topic_context_articles == 0) {
    context_cache_.clear();
    return Status::Ok();
  }
  std::vector<Story> open;
  {
    std::lock_guard<std::mutex> lock(ingest_mu_);
    open = stream_->Open();
  }
  // Newest first: story ids grow as stories open.
  std::sort(open.begin(), open.end(), [](const Story& a, const Story& b) { return a.id > b.id; });
  std::unordered_set<uint64_t> used;
  size_t total = 0;
  for (const Story& s : open) {
    if (total >= options_.off_topic_context_articles) break;
    if (skip.count(s.id)) continue;
    // The stamp is read before the store (as for the answer cache): a copy is reused only
    // while the story has not changed since it was read.
    const uint64_t stamp = story_stamps.Get(s.id);
    auto it = context_cache_.find(s.id);
    if (it == context_cache_.end() || it->second.stamp != stamp) {
      std::vector<store::ArticleRecord> records;
      PRECIS_RETURN_IF_ERROR(store_->StoryArticles(s.id, true, &records));
      ContextStory c;
      c.stamp = stamp;
      c.story.id = s.id;
      for (store::ArticleRecord& r : records) {
        c.story.articles.push_back(r.article.id);
        if (!r.duplicate_of.empty()) c.story.duplicates.emplace_back(r.article.id, r.duplicate_of);
        c.articles.push_back(std::move(r.article));
      }
      it = context_cache_.insert_or_assign(s.id, std::move(c)).first;
    }
    bool overlaps = false;  // an article that moved into the round since the story was read
    for (const Article& a : it->second.articles) overlaps |= skip_articles.count(a.id) > 0;
    used.insert(s.id);
    if (overlaps || it->second.articles.empty()) continue;
    total += it->second.articles.size();
    out->push_back(&it->second);
  }
  std::erase_if(context_cache_, [&](const auto& entry) { return !used.count(entry.first); });
  return Status::Ok();
}

void Service::SummaryLoop() {
  std::unique_lock<std::mutex> lock(worker_mu_);
  while (!stop_) {
    worker_cv_.wait_for(lock, std::chrono::seconds(1), [&] { return pending_ || stop_; });
    if (stop_) break;
    if (!pending_) continue;
    // Debounce: let a burst of batches settle, then summarize once.
    worker_cv_.wait_for(lock, std::chrono::milliseconds(options_.summary_debounce_ms),
                        [&] { return stop_; });
    if (stop_) break;
    pending_ = false;
    lock.unlock();
    bool did_work = true;
    while (did_work) {
      if (!SummarizeRound(&did_work).ok()) {
        did_work = false;
        lock.lock();
        pending_ = true;  // try again on the next wake-up
        lock.unlock();
      }
      std::lock_guard<std::mutex> peek(worker_mu_);
      if (stop_) did_work = false;
    }
    lock.lock();
  }
}

Status Service::SummarizeRound(bool* did_work) {
  *did_work = false;
  const int64_t read_ms = NowMs();
  std::vector<store::DirtyStory> dirty;
  PRECIS_RETURN_IF_ERROR(store_->DirtyStories(options_.summary_batch, &dirty));
  if (dirty.empty()) return Status::Ok();
  *did_work = true;
  std::vector<Story> stories;
  std::vector<std::vector<Article>> own;  // each story's articles
  size_t total = 0;
  for (const store::DirtyStory& d : dirty) {
    // Bounded work per round: later stories wait for the next round (they are
    // the newer changes: DirtyStories lists the oldest first).
    if (!stories.empty() && total >= options_.summary_round_articles) break;
    std::vector<store::ArticleRecord> records;
    PRECIS_RETURN_IF_ERROR(store_->StoryArticles(d.story, true, &records));
    Story s;
    s.id = d.story;
    std::vector<Article> mine;
    for (store::ArticleRecord& r : records) {
      s.articles.push_back(r.article.id);
      if (!r.duplicate_of.empty()) s.duplicates.emplace_back(r.article.id, r.duplicate_of);
      mine.push_back(std::move(r.article));
    }
    total += mine.size();
    stories.push_back(std::move(s));
    own.push_back(std::move(mine));
  }
  dirty.resize(stories.size());
  // The other stories for the off-topic filter: the round's stories of the other groups and
  // the open stories of the stream (ContextStories).
  std::unordered_set<uint64_t> round_ids;
  std::unordered_set<std::string_view> round_articles;
  for (size_t i = 0; i < stories.size(); ++i) {
    round_ids.insert(stories[i].id);
    for (const Article& a : own[i]) round_articles.insert(a.id);
  }
  std::vector<const ContextStory*> context;
  PRECIS_RETURN_IF_ERROR(ContextStories(round_ids, round_articles, &context));
  // The stories are split into `summary_threads` groups of about equal article counts, one
  // digest each.
  const size_t groups =
      std::max<size_t>(1, std::min<size_t>(options_.summary_threads, stories.size()));
  std::vector<size_t> group_of(stories.size());
  {
    size_t seen = 0;
    for (size_t i = 0; i < stories.size(); ++i) {
      group_of[i] = std::min(groups - 1, seen * groups / std::max<size_t>(total, 1));
      seen += own[i].size();
    }
  }
  std::vector<std::vector<StoryDigest>> digests(groups);
  std::vector<Status> built(groups);
  auto digest = [&](size_t g) {
    std::vector<Article> articles;
    std::vector<Story> mine, others;
    for (size_t i = 0; i < stories.size(); ++i) {
      articles.insert(articles.end(), own[i].begin(), own[i].end());
      (group_of[i] == g ? mine : others).push_back(stories[i]);
    }
    for (const ContextStory* c : context) {
      articles.insert(articles.end(), c->articles.begin(), c->articles.end());
      others.push_back(c->story);
    }
    DigestOptions o = options_.digest;
    o.min_articles = 1;
    built[g] = BuildDigest(articles, mine, others, o, &digests[g]);
  };
  std::vector<std::thread> helpers;
  for (size_t g = 1; g < groups; ++g) helpers.emplace_back(digest, g);
  digest(0);
  for (std::thread& t : helpers) t.join();
  const int64_t now = NowMs();
  std::vector<store::SummaryRecord> records;
  for (size_t i = 0; i < dirty.size(); ++i) {
    store::SummaryRecord r;
    r.story = dirty[i].story;
    r.version = dirty[i].version;
    r.computed_ms = now;
    r.read_ms = read_ms;
    const Status& st = built[group_of[i]];
    const StoryDigest* d = nullptr;
    for (const StoryDigest& x : digests[group_of[i]]) {
      if (x.story.id == dirty[i].story) d = &x;
    }
    if (st.ok() && d != nullptr) {
      r.body = SummaryBody(*d, own[i]);
    } else {
      // An empty story (every article left in a merge) or a failed digest: an
      // empty summary, so the mark is cleared and the error is visible.
      r.body =
          st.ok()
              ? R"({"sentences":[]})"
              : nlohmann::json({{"sentences", nlohmann::json::array()}, {"error", st.message()}})
                    .dump();
    }
    records.push_back(std::move(r));
  }
  // One transaction (one sync) for the round.
  PRECIS_RETURN_IF_ERROR(store_->PutSummaries(records));
  for (const store::SummaryRecord& r : records) story_stamps.Bump(r.story);
  ++generation;
  summaries_computed += records.size();
  const int64_t stored = NowMs();
  std::lock_guard<std::mutex> lock(lag_mu_);
  for (const store::DirtyStory& d : dirty) {
    const double lag = static_cast<double>(stored - d.since_ms);
    last_lag_ms_ = lag;
    if (lag_samples_.size() < 100000) lag_samples_.push_back(lag);
  }
  return Status::Ok();
}

}  // namespace precis::server
