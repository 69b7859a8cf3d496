// StoryStream: StoryClusterer with placements, open-story snapshots, redirects
// and a saved state (story_state.cc).
#include "precis/story_stream.h"

#include <algorithm>

#include "story/clusterer_impl.h"

namespace precis {

StoryStream::StoryStream(const StoryOptions& options) : clusterer_(options) {}
StoryStream::~StoryStream() = default;

Status StoryStream::Restore(const StoryOptions& options, std::string_view state,
                            std::unique_ptr<StoryStream>* out) {
  PRECIS_RETURN_IF_ERROR(ValidateStoryOptions(options));
  auto stream = std::make_unique<StoryStream>(options);
  PRECIS_RETURN_IF_ERROR(stream->clusterer_.impl_->LoadState(state));
  *out = std::move(stream);
  return Status::Ok();
}

StoryPlacement StoryStream::Add(const Article& article) {
  std::vector<StoryPlacement> placed = AddAll(std::span<const Article>(&article, 1));
  return std::move(placed.front());
}

std::vector<StoryPlacement> StoryStream::AddAll(std::span<const Article> articles,
                                                unsigned threads) {
  std::vector<StoryPlacement> placed;
  placed.reserve(articles.size());
  StoryClusterer::Impl& impl = *clusterer_.impl_;
  impl.placements = &placed;
  impl.AddBatch(articles, threads);
  impl.placements = nullptr;
  return placed;
}

void StoryStream::Flush() { clusterer_.Flush(); }

bool StoryStream::Retitle(const Article& article) {
  StoryClusterer::Impl& impl = *clusterer_.impl_;
  const auto it = impl.open_ids.find(article.id);
  if (it == impl.open_ids.end() || !impl.slots[it->second]) return false;
  OpenStory& story = *impl.slots[it->second];
  for (StoryMember& m : story.members) {
    if (m.id != article.id) continue;
    PrepareScratch scratch(impl.options);
    PreparedArticle prepared;
    impl.Prepare(article, &scratch, &prepared);
    if (prepared.headline != m.headline) {
      m.headline = std::move(prepared.headline);
      impl.changed.insert(story.id);
    }
    return true;
  }
  return false;
}

std::string StoryStream::HeadlineOf(const Article& article) const {
  const StoryClusterer::Impl& impl = *clusterer_.impl_;
  PrepareScratch scratch(impl.options);
  PreparedArticle prepared;
  impl.Prepare(article, &scratch, &prepared);
  return std::move(prepared.headline);
}

std::vector<Story> StoryStream::TakeClosed() { return clusterer_.TakeStories(); }

std::vector<Story> StoryStream::TakeChanged() {
  StoryClusterer::Impl& impl = *clusterer_.impl_;
  std::vector<Story> out;
  if (impl.changed.empty()) return out;
  for (uint32_t slot = 0; slot < impl.slots.size(); ++slot) {
    if (impl.slots[slot] && impl.changed.count(impl.slots[slot]->id)) {
      out.push_back(impl.Describe(slot));
    }
  }
  impl.changed.clear();
  std::sort(out.begin(), out.end(), [](const Story& a, const Story& b) { return a.id < b.id; });
  return out;
}

std::vector<StoryRedirect> StoryStream::TakeRedirects() {
  std::vector<StoryRedirect> out;
  out.swap(clusterer_.impl_->redirects);
  return out;
}

std::vector<Story> StoryStream::Open() {
  StoryClusterer::Impl& impl = *clusterer_.impl_;
  std::vector<Story> out;
  for (uint32_t slot = 0; slot < impl.slots.size(); ++slot) {
    if (impl.slots[slot]) out.push_back(impl.Describe(slot));
  }
  std::sort(out.begin(), out.end(), [](const Story& a, const Story& b) { return a.id < b.id; });
  return out;
}

std::string StoryStream::SaveState() const {
  std::string out;
  clusterer_.impl_->SaveState(&out);
  return out;
}

const StoryReport& StoryStream::report() const { return clusterer_.report(); }
size_t StoryStream::open_stories() const { return clusterer_.open_stories(); }

}  // namespace precis
