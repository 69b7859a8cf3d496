// Service: ingest, recovery and flush. The summary worker is in
// summary_worker.cc.
#include "server/service.h"

#include <pthread.h>

#include <algorithm>
#include <chrono>
#include <unordered_map>
#include <unordered_set>

#include "precis/story.h"
#include "precis/text.h"

namespace precis::server {
namespace {

int64_t NowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

bool SameArticle(const Article& a, const Article& b) {
  return a.title == b.title && a.date == b.date && a.source == b.source && a.url == b.url &&
         a.text == b.text && a.author == b.author && a.language == b.language;
}

store::StoryRecord Record(const Story& s, bool open) {
  store::StoryRecord r;
  r.story = s;
  r.story.articles.clear();
  r.story.duplicates.clear();
  r.open = open;
  r.article_count = s.articles.size();
  if (!s.first_date.empty()) ParseDate(s.first_date, &r.first_time);
  if (!s.last_date.empty()) ParseDate(s.last_date, &r.last_time);
  return r;
}

// A date more than a day after the article reached the service (a source's wrong clock, a
// typo: "2099-01-01") would move the stream's clock past every open story and close them all
// (a trial). Such an article is clustered as an undated one, at the previous article's time,
// and stored as given; a day of slack leaves time zones and embargoed news alone.
constexpr int64_t kFutureSlackSeconds = 24 * 3600;

bool AfterArrival(int64_t time, int64_t arrival_ms) {
  return time > arrival_ms / 1000 + kFutureSlackSeconds;
}

}  // namespace

Status Service::Open(const ServiceOptions& options, std::unique_ptr<Service>* out) {
  PRECIS_RETURN_IF_ERROR(ValidateStoryOptions(options.digest.story));
  std::unique_ptr<Service> s(new Service(options));
  PRECIS_RETURN_IF_ERROR(store::OpenSqliteStore(options.db, &s->store_));
  PRECIS_RETURN_IF_ERROR(s->Recover());
  // After Recover, which refuses a database made for another language: the index's stems.
  PRECIS_RETURN_IF_ERROR(s->store_->SetSearchLanguage(options.digest.story.language));
  {
    std::lock_guard<std::mutex> lock(s->ingest_mu_);
    s->last_added_ = std::chrono::steady_clock::now();
    PRECIS_RETURN_IF_ERROR(s->PublishStories());
  }
  s->pending_ = true;  // dirty marks left by a previous run
  s->worker_ = std::thread([p = s.get()] { p->SummaryLoop(); });
  pthread_setname_np(s->worker_.native_handle(), "precis-summary");  // for top -H and perf
  if (options.flush_seconds > 0) s->flusher_ = std::thread([p = s.get()] { p->FlushLoop(); });
  *out = std::move(s);
  return Status::Ok();
}

Service::~Service() { Shutdown(); }

Status Service::Recover() {
  std::string state;
  PRECIS_RETURN_IF_ERROR(store_->LoadCheckpoint(&state, &checkpoint_seq_));
  if (state.empty()) {
    stream_ = std::make_unique<StoryStream>(options_.digest.story);
    checkpoint_seq_ = 0;
  } else {
    PRECIS_RETURN_IF_ERROR(StoryStream::Restore(options_.digest.story, state, &stream_)
                               .WithContext(options_.db + ": clusterer state"));
  }
  // The batches after the checkpoint are in the store with their effects:
  // replaying them brings the stream to where it was; their story events are
  // already stored.
  std::vector<store::ArticleRecord> after;
  PRECIS_RETURN_IF_ERROR(store_->ArticlesAfter(checkpoint_seq_, &after));
  std::vector<Article> replay;
  replay.reserve(after.size());
  for (store::ArticleRecord& r : after) {
    // As Ingest placed it: a date after its arrival did not move the clock.
    int64_t t;
    if (ParseDate(r.article.date, &t) && AfterArrival(t, r.ingested_ms)) r.article.date.clear();
    replay.push_back(std::move(r.article));
  }
  stream_->AddAll(replay, 1);
  stream_->TakeChanged();
  stream_->TakeClosed();
  stream_->TakeRedirects();
  open_ids_.clear();
  for (const Story& s : stream_->Open()) open_ids_.insert(s.id);
  PublishOpen();
  PRECIS_RETURN_IF_ERROR(store_->LastSeq(&last_seq_));
  return Status::Ok();
}

IngestError Service::Ingest(const std::vector<Article>& articles, bool replace,
                            std::vector<IngestOutcome>* out, std::string* message,
                            IngestNotes* notes) {
  IngestNotes local;
  if (notes == nullptr) notes = &local;
  *notes = IngestNotes();
  std::lock_guard<std::mutex> lock(ingest_mu_);
  out->assign(articles.size(), IngestOutcome());
  store::IngestBatch batch;
  batch.now_ms = NowMs();
  std::vector<Article> fresh;
  std::vector<size_t> fresh_index;
  std::unordered_set<std::string_view> seen;
  // id -> the stored record a replacing article replaces (its story, its old fields)
  std::unordered_map<std::string, store::ArticleRecord> replaced_old;
  for (size_t i = 0; i < articles.size(); ++i) {
    const Article& a = articles[i];
    IngestOutcome& o = (*out)[i];
    o.id = a.id;
    if (!seen.insert(a.id).second) {
      *message = "article " + std::to_string(i + 1) + ": id '" + a.id + "' repeats in the batch";
      return IngestError::kInvalid;
    }
    store::ArticleRecord old;
    bool found = false;
    if (!store_->FindArticle(a.id, &old, &found).ok()) {
      *message = "database read failed";
      return IngestError::kStore;
    }
    if (!found) {
      fresh.push_back(a);
      fresh_index.push_back(i);
      continue;
    }
    o.story = old.story;
    o.duplicate_of = old.duplicate_of;
    if (SameArticle(a, old.article)) {
      o.status = "unchanged";
      continue;
    }
    if (!replace) {
      *message = "article '" + a.id +
                 "' is already stored with other content (add ?replace=1 to "
                 "replace it)";
      return IngestError::kConflict;
    }
    o.status = "replaced";
    if (old.story != 0) replaced_old.emplace(a.id, old);
    store::ArticleRecord r;
    r.article = a;
    r.ingested_ms = batch.now_ms;
    batch.replaced.push_back(std::move(r));
    if (old.story != 0) batch.dirty.push_back(old.story);
  }
  // The batch is accepted (no conflict): a replaced article's story takes its headline from
  // the new title or text (an outlet corrects its headline). An open story through the
  // clusterer; a closed one, which the clusterer no longer holds, when its headline is the
  // one the old article gave it.
  for (size_t k = 0; k < batch.replaced.size(); ++k) {
    const Article& now = batch.replaced[k].article;
    if (stream_->Retitle(now)) continue;
    const auto old = replaced_old.find(now.id);
    if (old == replaced_old.end()) continue;
    store::StoryRecord story;
    bool found = false;
    if (!store_->FindStory(old->second.story, &story, &found).ok() || !found || story.open ||
        story.redirect != 0) {
      continue;
    }
    const std::string headline = stream_->HeadlineOf(now);
    if (story.story.headline != stream_->HeadlineOf(old->second.article) ||
        headline == story.story.headline) {
      continue;
    }
    story.story.headline = headline;
    batch.stories.push_back(std::move(story));
  }
  // Date order within the batch (SortByArrival's rule), and the articles that come after
  // later-dated ones of earlier batches.
  std::vector<int64_t> times(fresh.size(), 0);
  std::vector<bool> dated(fresh.size(), false);
  std::vector<bool> future(fresh.size(), false);
  for (size_t k = 0; k < fresh.size(); ++k) {
    const bool parsed = ParseDate(fresh[k].date, &times[k]);
    future[k] = parsed && AfterArrival(times[k], batch.now_ms);
    dated[k] = parsed && !future[k];
    if (future[k]) {
      notes->future_dates.NoteUnreadable(fresh[k].id);
    } else if (!dated[k] && !fresh[k].date.empty()) {
      notes->unreadable_dates.NoteUnreadable(fresh[k].id);
    }
  }
  for (size_t k = 0; k < fresh.size(); ++k) {
    notes->late += dated[k] && any_date_ && times[k] < latest_date_;
  }
  notes->out_of_order = ArrivalTimes(&times, dated).out_of_order;
  if (notes->out_of_order > 0) {
    std::vector<size_t> order(fresh.size());
    for (size_t k = 0; k < order.size(); ++k) order[k] = k;
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return times[a] < times[b]; });
    std::vector<Article> sorted;
    std::vector<size_t> sorted_index;
    sorted.reserve(fresh.size());
    for (size_t k : order) {
      sorted.push_back(std::move(fresh[k]));
      sorted_index.push_back(fresh_index[k]);
    }
    std::vector<bool> sorted_future;
    for (size_t k : order) sorted_future.push_back(future[k]);
    fresh.swap(sorted);
    fresh_index.swap(sorted_index);
    future.swap(sorted_future);
  }
  int64_t batch_latest = latest_date_;
  bool batch_dated = any_date_;
  for (size_t k = 0; k < times.size(); ++k) {
    if (!dated[k]) continue;
    batch_latest = batch_dated ? std::max(batch_latest, times[k]) : times[k];
    batch_dated = true;
  }
  // The clusterer does not see a date after the arrival; the store keeps it.
  std::vector<std::string> future_dates(fresh.size());
  for (size_t k = 0; k < fresh.size(); ++k) {
    if (future[k]) future_dates[k].swap(fresh[k].date);
  }
  const std::vector<StoryPlacement> placed =
      stream_->AddAll(fresh, std::max(1u, options_.ingest_threads));
  for (size_t k = 0; k < fresh.size(); ++k) {
    if (future[k]) fresh[k].date.swap(future_dates[k]);
  }
  for (size_t k = 0; k < fresh.size(); ++k) {
    store::ArticleRecord r;
    r.article = std::move(fresh[k]);
    r.seq = last_seq_ + k + 1;
    r.story = placed[k].story;
    r.duplicate_of = placed[k].duplicate_of;
    r.ingested_ms = batch.now_ms;
    IngestOutcome& o = (*out)[fresh_index[k]];
    o.status = "added";
    o.story = r.story;
    o.duplicate_of = r.duplicate_of;
    batch.added.push_back(std::move(r));
  }
  for (const Story& s : stream_->TakeChanged()) batch.stories.push_back(Record(s, true));
  for (Story& s : stream_->TakeClosed()) {
    batch.stories.push_back(Record(s, false));
    batch.closed_members.push_back(std::move(s));
  }
  batch.redirects = stream_->TakeRedirects();
  const uint64_t seq = last_seq_ + fresh.size();
  // A replaced text would replay differently: checkpoint with the batch that
  // replaces.
  if (seq - checkpoint_seq_ >= options_.checkpoint_articles || !batch.replaced.empty()) {
    batch.state = stream_->SaveState();
    batch.state_seq = seq;
  }
  const Status st = store_->Apply(batch);
  if (!st.ok()) {
    // The stream is ahead of the store: rebuild it from what is stored.
    *message = st.message();
    Recover();
    return IngestError::kStore;
  }
  // Placements made before a merge in this batch name the absorbed story:
  // report the survivor.
  for (IngestOutcome& o : *out) {
    for (const auto& [from, to] : batch.redirects) {
      if (o.story == from) o.story = to;
    }
  }
  for (const Story& s : batch.closed_members) {
    for (IngestOutcome& o : *out) {
      if (o.status == "added" &&
          std::find(s.articles.begin(), s.articles.end(), o.id) != s.articles.end()) {
        o.story = s.id;
      }
    }
  }
  BumpStamps(batch);
  TrackOpen(batch);
  last_seq_ = seq;
  any_date_ = batch_dated;
  latest_date_ = batch_latest;
  if (!fresh.empty()) last_added_ = std::chrono::steady_clock::now();
  // The batch is committed: a failure to read the list back only delays its
  // publication to the next write.
  PublishStories();
  ++generation;
  if (!batch.state.empty()) checkpoint_seq_ = seq;
  articles_ingested += fresh.size();
  {
    std::lock_guard<std::mutex> wl(worker_mu_);
    pending_ = true;
  }
  worker_cv_.notify_one();
  return IngestError::kNone;
}

Status Service::Flush(size_t* closed) {
  std::lock_guard<std::mutex> lock(ingest_mu_);
  return FlushLocked(closed);
}

Status Service::FlushLocked(size_t* closed) {
  stream_->Flush();
  store::IngestBatch batch;
  batch.now_ms = NowMs();
  for (const Story& s : stream_->TakeChanged()) batch.stories.push_back(Record(s, true));
  for (Story& s : stream_->TakeClosed()) {
    batch.stories.push_back(Record(s, false));
    batch.closed_members.push_back(std::move(s));
  }
  *closed = batch.closed_members.size();
  batch.redirects = stream_->TakeRedirects();
  batch.state = stream_->SaveState();
  batch.state_seq = last_seq_;
  const Status st = store_->Apply(batch);
  if (!st.ok()) {
    Recover();
    return st;
  }
  checkpoint_seq_ = last_seq_;
  BumpStamps(batch);
  TrackOpen(batch);
  PublishStories();
  ++generation;
  ++flushes;
  {
    std::lock_guard<std::mutex> wl(worker_mu_);
    pending_ = true;
  }
  worker_cv_.notify_one();
  return Status::Ok();
}

void Service::BumpStamps(const store::IngestBatch& batch) {
  for (const store::ArticleRecord& a : batch.added) story_stamps.Bump(a.story);
  for (const store::StoryRecord& r : batch.stories) story_stamps.Bump(r.story.id);
  for (const Story& s : batch.closed_members) story_stamps.Bump(s.id);
  for (const auto& [from, to] : batch.redirects) {
    story_stamps.Bump(from);
    story_stamps.Bump(to);
  }
  for (uint64_t id : batch.dirty) story_stamps.Bump(id);
}

void Service::TrackOpen(const store::IngestBatch& batch) {
  for (const store::StoryRecord& r : batch.stories) {
    if (r.open) {
      open_ids_.insert(r.story.id);
    } else {
      open_ids_.erase(r.story.id);
    }
  }
  for (const auto& [from, to] : batch.redirects) open_ids_.erase(from);
  PublishOpen();
}

void Service::PublishOpen() {
  std::vector<uint64_t> ids(open_ids_.rbegin(), open_ids_.rend());
  std::lock_guard<std::mutex> lock(open_mu_);
  open_published_.swap(ids);
}

std::vector<uint64_t> Service::OpenStoryIds() {
  std::lock_guard<std::mutex> lock(open_mu_);
  return open_published_;
}

void Service::FlushLoop() {
  using Clock = std::chrono::steady_clock;
  const auto quiet = std::chrono::duration_cast<Clock::duration>(
      std::chrono::duration<double>(options_.flush_seconds));
  const auto poll =
      std::min<Clock::duration>(std::chrono::seconds(1), quiet / 4 + Clock::duration(1));
  while (true) {
    {
      std::unique_lock<std::mutex> lock(worker_mu_);
      if (flush_cv_.wait_for(lock, poll, [&] { return stop_; })) return;
    }
    // Not under worker_mu_: Ingest takes ingest_mu_ before worker_mu_.
    std::lock_guard<std::mutex> lock(ingest_mu_);
    if (stream_->open_stories() == 0 || Clock::now() - last_added_ < quiet) continue;
    size_t closed = 0;
    FlushLocked(&closed);  // a failed flush leaves the stories open: tried again
                           // at the next poll
  }
}

Status Service::PublishStories() {
  std::lock_guard<std::mutex> publishing(publish_mu_);
  store::StoryQuery q;
  q.limit = kListedStories;
  // The ledes: those the published list holds (the summary worker keeps them current,
  // PublishLedes), read only for the stories new to it: a lookup for each of the 1,000
  // listed stories at every write cost a third of the POST rate.
  q.ledes = false;
  auto list = std::make_shared<StoryList>();
  bool more = false;
  PRECIS_RETURN_IF_ERROR(store_->ListStories(q, &list->stories, &more));
  list->complete = !more;
  const std::shared_ptr<const StoryList> current = Published();
  std::unordered_map<uint64_t, const std::string*> held;
  if (current) {
    for (const store::StoryRecord& r : current->stories) held[r.story.id] = &r.lede;
  }
  std::vector<uint64_t> unknown;
  std::unordered_map<uint64_t, size_t> at;
  for (size_t i = 0; i < list->stories.size(); ++i) {
    store::StoryRecord& r = list->stories[i];
    if (const auto it = held.find(r.story.id); it != held.end()) {
      r.lede = *it->second;
    } else {
      unknown.push_back(r.story.id);
      at[r.story.id] = i;
    }
  }
  std::vector<std::pair<uint64_t, std::string>> found;
  PRECIS_RETURN_IF_ERROR(store_->FindLedes(unknown, &found));
  for (auto& [id, lede] : found) list->stories[at[id]].lede = std::move(lede);
  Publish(std::move(list));
  return Status::Ok();
}

std::shared_ptr<const StoryList> Service::Published() const {
  std::lock_guard<std::mutex> lock(list_mu_);
  return list_;
}

void Service::Publish(std::shared_ptr<StoryList> list) {
  std::lock_guard<std::mutex> lock(list_mu_);
  list->generation = ++list_generation_;
  list_ = std::move(list);
  published_.store(list_generation_, std::memory_order_release);
}

void Service::PublishLedes(const std::unordered_map<uint64_t, std::string>& ledes) {
  std::lock_guard<std::mutex> publishing(publish_mu_);
  const std::shared_ptr<const StoryList> current = Published();
  if (!current) return;
  // A copy only when a listed story's lede changed: a new generation empties the answer caches.
  std::shared_ptr<StoryList> list;
  for (size_t i = 0; i < current->stories.size(); ++i) {
    const auto it = ledes.find(current->stories[i].story.id);
    if (it == ledes.end() || it->second == current->stories[i].lede) continue;
    if (!list) list = std::make_shared<StoryList>(*current);
    list->stories[i].lede = it->second;
  }
  if (list) Publish(std::move(list));
}

std::shared_ptr<const StoryList> Service::Stories() const {
  // Each thread keeps the list it took last: while no write has published a newer one (nearly
  // always, for a reader), taking it is one atomic load and no lock. A lock here would be
  // taken in turn by every HTTP thread, and a holder preempted inside it (64 threads on 2
  // cores) would hold up every other GET /stories. The price: a thread keeps an old list
  // alive until its next read.
  struct Taken {
    uint64_t service = 0;  // instance, not address: a new Service may reuse an address
    uint64_t generation = 0;
    std::shared_ptr<const StoryList> list;
  };
  thread_local Taken taken;
  const uint64_t published = published_.load(std::memory_order_acquire);
  if (taken.service == instance_ && taken.generation == published && taken.list) {
    return taken.list;
  }
  std::lock_guard<std::mutex> lock(list_mu_);
  taken = {instance_, list_generation_, list_};
  return list_;
}

Status Service::Checkpoint() {
  std::lock_guard<std::mutex> lock(ingest_mu_);
  if (!stream_ || checkpoint_seq_ == last_seq_) return Status::Ok();
  store::IngestBatch batch;
  batch.now_ms = NowMs();
  batch.state = stream_->SaveState();
  batch.state_seq = last_seq_;
  PRECIS_RETURN_IF_ERROR(store_->Apply(batch));
  checkpoint_seq_ = last_seq_;
  return Status::Ok();
}

Status Service::Shutdown() {
  {
    std::lock_guard<std::mutex> wl(worker_mu_);
    stop_ = true;
  }
  worker_cv_.notify_all();
  flush_cv_.notify_all();
  if (worker_.joinable()) worker_.join();
  if (flusher_.joinable()) flusher_.join();
  return store_ ? Checkpoint() : Status::Ok();
}

Status Service::ResolveStory(uint64_t id, uint64_t* final_id, bool* found) {
  *found = false;
  for (int hops = 0; hops < 10000; ++hops) {
    store::StoryRecord r;
    bool f = false;
    PRECIS_RETURN_IF_ERROR(store_->FindStory(id, &r, &f));
    if (!f) return Status::Ok();
    if (r.redirect == 0) {
      *found = true;
      *final_id = id;
      return Status::Ok();
    }
    id = r.redirect;
  }
  return Status::Internal("redirect loop at story " + std::to_string(id));
}

std::vector<double> Service::TakeLagSamples() {
  std::lock_guard<std::mutex> lock(lag_mu_);
  std::vector<double> out;
  out.swap(lag_samples_);
  return out;
}

}  // namespace precis::server
