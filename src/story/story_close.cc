// StoryClusterer: closing idle stories, the merge pass and emitting finished
// stories.
#include <unicode/utf8.h>

#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>
#include <tuple>

#include "story/clusterer_impl.h"
#include "story/pair_merge.h"
#include "text/ascii.h"

namespace precis {
namespace {

// A term as a reader writes it: case folding turns the Greek final sigma into "σ"
// ("απεργίασ"); at the end of a word it is "ς" again.
// One letter alone is an initial or an abbreviation's part ("د." for Dr., "т." of "т.е."):
// it still counts for clustering, but it is not shown as what a story is about.
bool IsOneLetter(std::string_view form) {
  int32_t one = 0;
  U8_FWD_1(form.data(), one, static_cast<int32_t>(form.size()));
  return static_cast<size_t>(one) == form.size();
}

// Turkish "İ" folds to "i" and a combining dot above (U+0307, "i̇stanbul"): the dot goes.
std::string ReadableForm(std::string form) {
  constexpr std::string_view kDotAbove = "i\xCC\x87";
  for (size_t at = form.find(kDotAbove); at != std::string::npos; at = form.find(kDotAbove, at)) {
    form.erase(at + 1, 2);
  }
  constexpr std::string_view kSigma = "\xCF\x83", kFinalSigma = "\xCF\x82";
  if (!std::string_view(form).ends_with(kSigma) || form.size() < 4) return form;
  const unsigned char before = static_cast<unsigned char>(form[form.size() - 4]);
  if (before != 0xCE && before != 0xCF) return form;  // not after a Greek letter
  return form.substr(0, form.size() - kSigma.size()) + std::string(kFinalSigma);
}

// Words every news story uses (reporting verbs, days, time units, honorifics, company
// suffixes such as "Corvane Inc.", and the state abbreviations of wire datelines such as
// "Fenwick, Wash.", after the AP stylebook's list, leaving out those that are also common
// words: Ill., Ind., Mass., Miss., Mo., ...), and the particles of names in other languages
// that an English feed's stopwords do not hold ("Col de Vérane", "Ludwig von Mises"; not "van",
// an English word): they describe no story, so a story's reported terms skip them. They still
// count for clustering.
bool IsGenericNewsWord(std::string_view form) {
  static constexpr std::string_view kWords[] = {
      "said",     "says",   "say",      "told",   "according", "monday",    "tuesday",  "wednesday",
      "thursday", "friday", "saturday", "sunday", "today",     "yesterday", "tomorrow", "week",
      "weeks",    "month",  "months",   "year",   "years",     "day",       "days",     "mr",
      "mrs",      "ms",     "dr",       "inc",    "corp",      "co",        "ltd",      "llc",
      "plc",      "ala",    "ariz",     "ark",    "calif",     "colo",      "conn",     "fla",
      "kan",      "ky",     "md",       "mich",   "minn",      "mont",      "neb",      "nev",
      "okla",     "tenn",   "vt",       "va",     "wash",      "wis",       "wyo",      "de",
      "del",      "della",  "di",       "da",     "du",        "des",       "la",       "le",
      "von",      "der",    "den",      "el",     "al",        "dos",
  };
  std::string folded(form);
  for (char& c : folded) c = text_internal::AsciiLower(c);
  return std::find(std::begin(kWords), std::end(kWords), folded) != std::end(kWords);
}

}  // namespace

std::optional<uint32_t> StoryClusterer::Impl::MergePartner(uint32_t slot, double* similarity) {
  const OpenStory& s = *slots[slot];
  if (options.merge_threshold > 1 || s.norm <= 0) return std::nullopt;
  ++query;
  stamp[slot] = query;
  std::optional<uint32_t> best;
  double best_sim = 0;
  for (uint32_t term : s.indexed) {
    for (uint32_t other : postings[term]) {
      if (stamp[other] == query) continue;
      stamp[other] = query;
      const OpenStory& o = *slots[other];
      if (o.norm <= 0) continue;
      const double sim = story::Dot(s.centroid, o.centroid) / (s.norm * o.norm);
      if (sim < options.merge_threshold) continue;
      if (!best || sim > best_sim || (sim == best_sim && o.id < slots[*best]->id)) {
        best = other;
        best_sim = sim;
      }
    }
  }
  *similarity = best_sim;
  return best;
}

uint32_t StoryClusterer::Impl::Merge(uint32_t a, uint32_t b) {
  // The older story (smaller id) absorbs the younger one.
  if (slots[b]->id < slots[a]->id) std::swap(a, b);
  OpenStory& keep = *slots[a];
  OpenStory& gone = *slots[b];
  Unindex(b);
  AddTo(gone.centroid, &keep.centroid, &sum_scratch);
  if (keep.centroid.size() > 2 * size_t{options.centroid_terms}) {
    KeepStrongest(&keep.centroid, options.centroid_terms);
  }
  keep.norm = story::Norm(keep.centroid);
  keep.last_time = std::max(keep.last_time, gone.last_time);
  for (StoryMember& m : gone.members) {
    open_ids[m.id] = a;
    open_seqs[m.seq] = a;
    keep.members.push_back(std::move(m));
  }
  std::sort(keep.members.begin(), keep.members.end(),
            [](const StoryMember& x, const StoryMember& y) { return x.seq < y.seq; });
  redirects.emplace_back(gone.id, keep.id);
  changed.erase(gone.id);
  changed.insert(keep.id);
  slots[b].reset();
  free_slots.push_back(b);
  --open;
  ++report.stories_merged;
  Reindex(a);
  return a;
}

void StoryClusterer::Impl::CloseIdle() {
  if (idle_seconds <= 0 || !clock_set) return;
  const int64_t limit = clock - idle_seconds;
  std::vector<std::pair<int64_t, uint64_t>> idle;  // (last time, id): oldest first
  std::vector<uint32_t> idle_slots;
  for (uint32_t i = 0; i < slots.size(); ++i) {
    if (slots[i] && slots[i]->last_time < limit) idle.emplace_back(slots[i]->last_time, i);
  }
  if (idle.empty()) return;
  std::sort(idle.begin(), idle.end(), [&](const auto& x, const auto& y) {
    return std::tie(x.first, slots[x.second]->id) < std::tie(y.first, slots[y.second]->id);
  });
  for (const auto& [time, first] : idle) {
    uint32_t slot = static_cast<uint32_t>(first);
    if (!slots[slot]) continue;  // merged into an earlier one of this list
    // What Flush's refinement would give it: a one-article story that belongs with it joins
    // (and may make it active again).
    slot = Settle(slot);
    while (slots[slot]->last_time < limit) {
      double sim;
      const std::optional<uint32_t> partner = MergePartner(slot, &sim);
      if (!partner) {
        Emit(slot);
        break;
      }
      slot = Merge(slot, *partner);  // may now be active again: then it stays open
    }
  }
}

// The open stories as story::MergeClosestPairs sees them: candidates share an index term; the
// score is the centroid cosine (the merge pass) or the mean cosine over the two stories' article
// pairs (the average-linkage pass).
class StoryClusterer::Impl::OpenStoryPairs {
 public:
  OpenStoryPairs(Impl* impl, bool average) : impl_(impl), average_(average) {
    if (!average) return;
    sizes_.assign(impl->slots.size(), 0);
    for (uint32_t i = 0; i < impl->slots.size(); ++i) {
      if (!impl->slots[i]) continue;
      for (const StoryMember& m : impl->slots[i]->members) sizes_[i] += !m.duplicate;
    }
  }
  size_t slots() const { return impl_->slots.size(); }
  bool alive(uint32_t i) const { return impl_->slots[i] != nullptr; }
  uint64_t id(uint32_t i) const { return impl_->slots[i]->id; }
  template <typename Visit>
  void candidates(uint32_t i, Visit visit) {
    const OpenStory& s = *impl_->slots[i];
    if (s.norm <= 0) return;
    const uint32_t query = ++impl_->query;
    std::vector<uint32_t>& stamp = impl_->stamp;
    stamp[i] = query;
    for (uint32_t term : s.indexed) {
      for (uint32_t other : impl_->postings[term]) {
        if (stamp[other] == query) continue;
        stamp[other] = query;
        if (impl_->slots[other]->norm > 0) visit(other);
      }
    }
  }
  double score(uint32_t i, uint32_t j) const {
    const OpenStory& a = *impl_->slots[i];
    const OpenStory& b = *impl_->slots[j];
    const double dot = story::Dot(a.centroid, b.centroid);
    if (!average_) return dot / (a.norm * b.norm);
    // Unit article vectors and a centroid that is their sum: the mean article-pair cosine.
    return dot / (static_cast<double>(std::max<size_t>(sizes_[i], 1)) *
                  static_cast<double>(std::max<size_t>(sizes_[j], 1)));
  }
  uint32_t merge(uint32_t i, uint32_t j) {
    const size_t size = average_ ? sizes_[i] + sizes_[j] : 0;
    const uint32_t keep = impl_->Merge(i, j);
    if (average_) sizes_[keep] = size;
    return keep;
  }

 private:
  Impl* impl_;
  bool average_;
  std::vector<size_t> sizes_;  // per slot: articles that are not duplicates
};

size_t StoryClusterer::Impl::Agglomerate() {
  if (agglomerate <= 0) return 0;
  OpenStoryPairs pairs(this, /*average=*/true);
  return story::MergeClosestPairs(pairs, agglomerate);
}

void StoryClusterer::Impl::CloseAll() {
  Refine();
  // Merge pass: the closest pair first until no pair reaches the threshold.
  if (options.merge_threshold <= 1) {
    OpenStoryPairs pairs(this, /*average=*/false);
    story::MergeClosestPairs(pairs, options.merge_threshold);
  }
  // After the regrouping, the merge pass again: the regrouping's average linkage cuts a large
  // event into pieces whose centroids are still close (docs/stories.md).
  if (Regroup() > 0 && options.shared_neighbour_merge_threshold <= 1) {
    OpenStoryPairs pairs(this, /*average=*/false);
    story::MergeClosestPairs(pairs, options.shared_neighbour_merge_threshold);
  }
  Agglomerate();
  std::vector<std::pair<uint64_t, uint32_t>> order;
  for (uint32_t i = 0; i < slots.size(); ++i) {
    if (slots[i]) order.emplace_back(slots[i]->id, i);
  }
  std::sort(order.begin(), order.end());
  for (const auto& [id, slot] : order) Emit(slot);
}

void StoryClusterer::Impl::Emit(uint32_t slot) {
  OpenStory& s = *slots[slot];
  Story story = Describe(slot);
  Unindex(slot);
  for (const StoryMember& m : s.members) {
    open_ids.erase(m.id);
    open_seqs.erase(m.seq);
    if (duplicates) duplicates->Remove(m.seq);
  }
  open_articles -= s.members.size();
  changed.erase(s.id);
  slots[slot].reset();
  free_slots.push_back(slot);
  --open;
  ++report.stories_emitted;
  emitted.push_back(std::move(story));
}

Story StoryClusterer::Impl::Describe(uint32_t slot) {
  OpenStory& s = *slots[slot];
  Story story;
  story.id = s.id;
  const StoryMember* first = nullptr;
  const StoryMember* last = nullptr;
  const StoryMember* central = nullptr;
  double central_sim = -1;
  if (dense.size() < terms.vocabulary()) dense.resize(terms.vocabulary(), 0.0f);
  for (const story::TermWeight& t : s.centroid) dense[t.term] = t.weight;
  for (const StoryMember& m : s.members) {
    story.articles.push_back(m.id);
    if (m.duplicate) story.duplicates.emplace_back(m.id, m.duplicate_of);
    if (m.dated) {
      if (first == nullptr || m.time < first->time) first = &m;
      if (last == nullptr || m.time >= last->time) last = &m;
    }
    if (!m.duplicate && s.norm > 0) {
      double sim = 0;  // the dot product with the centroid scattered into `dense`
      for (const story::TermWeight& t : m.vec) sim += dense[t.term] * t.weight;
      if (sim > central_sim) {  // members are in arrival order: the earliest
                                // wins a tie
        central = &m;
        central_sim = sim;
      }
    }
  }
  for (const story::TermWeight& t : s.centroid) dense[t.term] = 0.0f;
  if (first != nullptr) story.first_date = first->date;
  if (last != nullptr) story.last_date = last->date;
  if (central != nullptr) story.headline = central->headline;
  // A few more than asked for, so that skipping generic words still leaves report_terms.
  TopTerms(s.centroid, options.report_terms + 32, &top_scratch, &top_weights);
  for (uint32_t term : top_scratch) {
    if (story.terms.size() == options.report_terms) break;
    const std::string& form = terms.Form(term);
    if (!IsGenericNewsWord(form) && !IsOneLetter(form)) story.terms.push_back(ReadableForm(form));
  }
  return story;
}

}  // namespace precis
