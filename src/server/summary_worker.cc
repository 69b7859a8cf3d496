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
  // Newest first: story ids grow as stories open.
  const std::vector<uint64_t> open = OpenStoryIds();
  std::unordered_set<uint64_t> used;
  // Articles already given (a story copied before a merge and one copied after it could share
  // an article for a moment): a text is given once per round.
  std::unordered_set<std::string_view> taken;
  size_t total = 0;
  for (const uint64_t id : open) {
    if (total >= options_.off_topic_context_articles) break;
    if (skip.count(id)) continue;
    // The stamp is read before the store (as for the answer cache): a copy is reused only
    // while the story has not changed since it was read.
    const uint64_t stamp = story_stamps.Get(id);
    auto it = context_cache_.find(id);
    if (it == context_cache_.end() || it->second.stamp != stamp) {
      std::vector<store::ArticleRecord> records;
      PRECIS_RETURN_IF_ERROR(store_->StoryArticles(id, true, &records));
      ContextStory c;
      c.stamp = stamp;
      c.story.id = id;
      for (store::ArticleRecord& r : records) {
        c.story.articles.push_back(r.article.id);
        if (!r.duplicate_of.empty()) c.story.duplicates.emplace_back(r.article.id, r.duplicate_of);
        c.articles.push_back(std::move(r.article));
      }
      it = context_cache_.insert_or_assign(id, std::move(c)).first;
    }
    bool overlaps = false;  // an article that moved into the round since the story was read
    for (const Article& a : it->second.articles) {
      overlaps |= skip_articles.count(a.id) > 0 || taken.count(a.id) > 0;
    }
    used.insert(id);
    if (overlaps || it->second.articles.empty()) continue;
    for (const Article& a : it->second.articles) taken.insert(a.id);
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
      // The rounds' ledes go into the published list when the worker has caught up, and at
      // most every kLedeIntervalMs while it has not: a copy of the list at every round (a few
      // stories each, under a steady feed) cost the service 10-15% of its ingest rate.
      const auto now = std::chrono::steady_clock::now();
      if (!pending_ledes_.empty() &&
          (!did_work || now - ledes_published_ >= std::chrono::milliseconds(kLedeIntervalMs))) {
        PublishLedes(pending_ledes_);
        pending_ledes_.clear();
        ledes_published_ = now;
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
  // The off-topic sentences of the round's stories, found once for the round: against each
  // other and the context stories, as one digest of all of them would. The index keeps the
  // texts' term counts between rounds, so a round tokenizes only the texts it has not seen
  // (new or replaced articles), not the whole context again.
  std::vector<std::string_view> keys, texts;
  std::vector<std::vector<uint32_t>> members;
  std::vector<size_t> first_text(stories.size());  // story i's articles start there in texts
  auto add_story = [&](const Story& story, const std::vector<Article>& articles) {
    std::unordered_set<std::string_view> duplicate;
    for (const auto& [dup, of] : story.duplicates) duplicate.insert(dup);
    std::vector<uint32_t> m;
    for (const Article& a : articles) {
      if (!duplicate.count(a.id)) m.push_back(static_cast<uint32_t>(texts.size()));
      keys.push_back(a.id);
      texts.push_back(a.text);
    }
    members.push_back(std::move(m));
  };
  for (size_t i = 0; i < stories.size(); ++i) {
    first_text[i] = texts.size();
    add_story(stories[i], own[i]);
  }
  for (const ContextStory* c : context) add_story(c->story, c->articles);
  if (!off_topic_) off_topic_ = std::make_unique<OffTopicIndex>(options_.digest);
  const std::vector<std::vector<Span>> off = off_topic_->Find(keys, texts, members, stories.size());
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
    std::vector<std::vector<Span>> spans;
    std::vector<Story> mine;
    for (size_t i = 0; i < stories.size(); ++i) {
      if (group_of[i] != g) continue;
      articles.insert(articles.end(), own[i].begin(), own[i].end());
      spans.insert(spans.end(), off.begin() + first_text[i],
                   off.begin() + first_text[i] + own[i].size());
      mine.push_back(stories[i]);
    }
    DigestOptions o = options_.digest;
    o.min_articles = 1;
    built[g] = BuildDigestWithOffTopic(articles, mine, spans, o, &digests[g]);
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
    r.lede = SummaryLede(r.body);
    records.push_back(std::move(r));
  }
  // One transaction (one sync) for the round.
  PRECIS_RETURN_IF_ERROR(store_->PutSummaries(records));
  for (const store::SummaryRecord& r : records) story_stamps.Bump(r.story);
  // GET /stories shows each summary's lede: published by SummaryLoop (PublishLedes).
  for (const store::SummaryRecord& r : records) pending_ledes_[r.story] = r.lede;
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
