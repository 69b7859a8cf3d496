// StoryClusterer: arrivals. Each article is timed, checked against
// near-duplicates in open stories, vectorized, compared with the open stories
// that share one of its strongest terms and placed.
#include <algorithm>
#include <cctype>
#include <cmath>

#include "precis/text.h"
#include "story/clusterer_impl.h"
#include "summarize/coherence.h"
#include "text/language.h"

namespace precis {
namespace {

constexpr size_t kHeadlineBytes = 200;

// White space runs become one space; cut at a word boundary near `max` bytes
// with "…".
std::string Headline(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  if (out.size() <= kHeadlineBytes) return out;
  size_t cut = out.rfind(' ', kHeadlineBytes);
  if (cut == std::string::npos || cut < kHeadlineBytes / 2) {
    cut = kHeadlineBytes;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
  }
  out.resize(cut);
  return out + "\xE2\x80\xA6";
}

// False for a title that is only wire codes or debris ("&HT;", "a) &QL": remnants of wire
// markup that a trial found as five DUC stories' headlines): fewer than two letters or digits
// once codes of the form "&XX;" are taken out. The opening sentence is the headline then.
bool IsUsableTitle(std::string_view title) {
  size_t letters = 0;
  for (size_t i = 0; i < title.size();) {
    if (title[i] == '&') {
      size_t j = i + 1;
      while (j < title.size() && std::isalpha(static_cast<unsigned char>(title[j]))) ++j;
      if (j > i + 1 && j - i <= 7) {
        i = j < title.size() && title[j] == ';' ? j + 1 : j;
        continue;
      }
    }
    const auto c = static_cast<unsigned char>(title[i]);
    if (c >= 0x80) {
      letters += (c & 0xC0) != 0x80;  // a code point of another script
    } else {
      letters += std::isalnum(c) != 0;
    }
    ++i;
  }
  return letters >= 2;
}

// Sentences a headline is chosen from: the article's first few, and the longest one that
// still reads as a headline.
constexpr size_t kHeadlineCandidates = 4;
constexpr size_t kHeadlineMaxWords = 40;

// A headline for an article without a title: the first of its opening sentences (found by the
// matching tokens' sentence flags, dateline skipped) that stands alone (summarize/coherence.h:
// no "They have concluded ..." as a headline) and has at most kHeadlineMaxWords words; else
// the shortest of them that stands alone; else the first sentence.
std::string_view HeadlineSentence(std::string_view text, const dedup::MatchTokens& tokens) {
  std::vector<std::string_view> sentences;
  size_t begin = std::string_view::npos;
  for (const dedup::MatchToken& t : tokens.tokens) {
    if (begin == std::string_view::npos) begin = t.span.begin;
    if (!(t.flags & dedup::kSentenceEnd)) continue;
    size_t end = t.span.end;
    while (end < text.size() && (text[end] == '.' || text[end] == '!' || text[end] == '?' ||
                                 text[end] == '"' || text[end] == '\'')) {
      ++end;
    }
    std::string_view sentence = text.substr(begin, end - begin);
    if (sentences.empty()) sentence.remove_prefix(DatelineLength(sentence));
    sentences.push_back(sentence);
    begin = std::string_view::npos;
    if (sentences.size() == kHeadlineCandidates) break;
  }
  if (sentences.empty()) return text;
  std::string_view shortest;
  for (size_t i = 0; i < sentences.size(); ++i) {
    const std::string_view previous = i == 0 ? std::string_view() : sentences[i - 1];
    if (summarize::SentenceReliance(sentences[i], previous) !=
        summarize::Reliance::kStandsAlone) {
      continue;
    }
    const size_t words = CountWords(sentences[i]);
    if (words <= kHeadlineMaxWords) return sentences[i];
    if (shortest.empty() || words < CountWords(shortest)) shortest = sentences[i];
  }
  return shortest.empty() ? sentences.front() : shortest;
}

}  // namespace

Status ValidateStoryOptions(const StoryOptions& o) {
  if (!(o.join_threshold > 0)) return Status::InvalidArgument("join threshold must be positive");
  if (!(o.decay_half_life_hours >= 0) || !(o.idle_hours >= 0)) {
    return Status::InvalidArgument("decay half-life and idle time must not be negative");
  }
  if (!(o.merge_threshold > 0)) return Status::InvalidArgument("merge threshold must be positive");
  if (std::isnan(o.agglomerate_threshold) || o.agglomerate_threshold > 1) {
    return Status::InvalidArgument("agglomerate threshold must be at most 1");
  }
  if (!(o.name_boost == 0 || o.name_boost >= 1)) {
    return Status::InvalidArgument("name boost must be 0 (automatic) or at least 1");
  }
  if (o.query_terms == 0 || o.index_terms == 0 || o.centroid_terms == 0) {
    return Status::InvalidArgument("term counts must be at least 1");
  }
  if (!(o.shared_neighbour_threshold > 0 && o.shared_neighbour_threshold <= 1)) {
    return Status::InvalidArgument("shared-neighbour threshold must be in (0, 1]");
  }
  if (!(o.shared_neighbour_merge_threshold > 0)) {
    return Status::InvalidArgument("shared-neighbour merge threshold must be positive");
  }
  if (!(o.shared_neighbour_name_boost >= 1)) {
    return Status::InvalidArgument("shared-neighbour name boost must be at least 1");
  }
  if (o.shared_neighbours > 1000) {
    return Status::InvalidArgument("shared neighbours must be at most 1000");
  }
  if (o.detect_duplicates) PRECIS_RETURN_IF_ERROR(ValidateDedupOptions(o.dedup));
  return Status::Ok();
}

bool IsTopicMode(const StoryOptions& o) {
  return o.idle_hours == 0 && o.decay_half_life_hours == 0;
}

double EffectiveNameBoost(const StoryOptions& o) {
  if (o.name_boost != 0) return o.name_boost;
  return IsTopicMode(o) ? 1.0 : 2.0;
}

double EffectiveAgglomerate(const StoryOptions& o) {
  if (o.agglomerate_threshold >= 0) return o.agglomerate_threshold;
  return IsTopicMode(o) ? kTopicAgglomerate : 0.0;
}

int EffectiveSharedNeighbours(const StoryOptions& o) {
  if (o.shared_neighbours >= 0) return o.shared_neighbours;
  return IsTopicMode(o) ? 0 : kEventSharedNeighbours;
}

Status ApplyStoryMode(std::string_view mode, StoryOptions* o) {
  if (mode == "event") {
    const StoryOptions d;
    o->idle_hours = d.idle_hours;
    o->decay_half_life_hours = d.decay_half_life_hours;
    return Status::Ok();
  }
  if (mode == "topic") {
    o->idle_hours = 0;
    o->decay_half_life_hours = 0;
    return Status::Ok();
  }
  return Status::InvalidArgument("unknown story mode '" + std::string(mode) +
                                 "' (expected event or topic)");
}

StoryClusterer::Impl::Impl(const StoryOptions& o)
    : options(o),
      stream_language(text_internal::SnowballLanguageName(o.language)),
      terms(o.language, EffectiveNameBoost(o)),
      scratch(o) {
  if (o.decay_half_life_hours > 0)
    decay_per_second = std::log(2.0) / (o.decay_half_life_hours * 3600);
  idle_seconds = static_cast<int64_t>(o.idle_hours * 3600);
  agglomerate = EffectiveAgglomerate(o);
  neighbours = EffectiveSharedNeighbours(o);
  aliases = &(o.dedup.aliases ? *o.dedup.aliases : AliasTable::Default()).data();
  if (o.detect_duplicates) duplicates.emplace(o.dedup);
}

int64_t StoryClusterer::Impl::ArrivalTime(const std::string& date, bool* dated, int64_t* own) {
  int64_t t = 0;
  *dated = false;
  if (date.empty()) {
    ++report.missing_dates;
  } else if (!ParseDate(date, &t)) {
    ++report.invalid_dates;
  } else {
    *dated = true;
  }
  if (*dated) {
    if (!clock_set) {
      // Articles before the first date arrived "at the previous article's
      // time": there was none, so they take the first date seen.
      clock_set = true;
      clock = t;
      for (auto& s : slots) {
        if (!s) continue;
        s->last_time = t;
        for (StoryMember& m : s->members) m.time = t;
      }
    } else if (t < clock) {
      ++report.out_of_order;
    } else {
      clock = t;
    }
  }
  *own = *dated ? t : clock;
  return clock;
}

uint32_t StoryClusterer::Impl::OpenNew() {
  uint32_t slot;
  if (!free_slots.empty()) {
    slot = free_slots.back();
    free_slots.pop_back();
  } else {
    slot = static_cast<uint32_t>(slots.size());
    slots.emplace_back();
    stamp.push_back(0);
  }
  slots[slot] = std::make_unique<OpenStory>();
  slots[slot]->id = next_story_id++;
  ++open;
  ++report.stories_opened;
  report.peak_open_stories = std::max(report.peak_open_stories, open);
  return slot;
}

void StoryClusterer::Impl::Join(uint32_t slot, StoryMember member, int64_t time) {
  OpenStory& s = *slots[slot];
  const bool content = !member.vec.empty();
  if (content) {
    AddTo(member.vec, &s.centroid, &sum_scratch);
    if (s.centroid.size() > size_t{options.centroid_terms} * 3 / 2) {
      KeepStrongest(&s.centroid, options.centroid_terms);
    }
    s.norm = story::Norm(s.centroid);
  }
  s.last_time = std::max(s.last_time, time);
  changed.insert(s.id);
  open_ids[member.id] = slot;
  open_seqs[member.seq] = slot;
  s.members.push_back(std::move(member));
  ++open_articles;
  report.peak_open_articles = std::max(report.peak_open_articles, open_articles);
  // The strongest terms of a grown story change slowly: refresh its index entries on every
  // article while it is young, then on every eighth.
  if (content && (s.members.size() <= 8 || s.members.size() % 8 == 0)) Reindex(slot);
}

void StoryClusterer::Impl::Reindex(uint32_t slot) {
  OpenStory& s = *slots[slot];
  TopTerms(s.centroid, options.index_terms, &top_scratch, &top_weights);
  std::sort(top_scratch.begin(), top_scratch.end());
  // Both lists are sorted: drop the terms that left the top, add the ones that
  // entered.
  auto old_it = s.indexed.begin();
  auto new_it = top_scratch.begin();
  while (old_it != s.indexed.end() || new_it != top_scratch.end()) {
    if (new_it == top_scratch.end() || (old_it != s.indexed.end() && *old_it < *new_it)) {
      auto& p = postings[*old_it];
      p.erase(std::find(p.begin(), p.end(), slot));
      ++old_it;
    } else if (old_it == s.indexed.end() || *new_it < *old_it) {
      if (*new_it >= postings.size()) postings.resize(terms.vocabulary());
      postings[*new_it].push_back(slot);
      ++new_it;
    } else {
      ++old_it;
      ++new_it;
    }
  }
  s.indexed.assign(top_scratch.begin(), top_scratch.end());
}

void StoryClusterer::Impl::Unindex(uint32_t slot) {
  OpenStory& s = *slots[slot];
  for (uint32_t term : s.indexed) {
    auto& p = postings[term];
    p.erase(std::find(p.begin(), p.end(), slot));
  }
  s.indexed.clear();
}

void StoryClusterer::Impl::RetireEmptied(uint32_t slot, uint64_t to) {
  redirects.emplace_back(slots[slot]->id, to);
  changed.erase(slots[slot]->id);
  Unindex(slot);
  slots[slot].reset();
  free_slots.push_back(slot);
  --open;
  ++report.stories_merged;
}

double StoryClusterer::Impl::Similarity(const story::SparseVector& v, const OpenStory& s) const {
  if (s.norm <= 0) return 0;
  // `dense` holds `v` scattered by term: one pass over the centroid, no branches.
  double dot = 0;
  const float* d = dense.data();
  for (const story::TermWeight& t : s.centroid) dot += d[t.term] * t.weight;
  double sim = dot / s.norm;
  if (decay_per_second > 0 && clock > s.last_time) {
    sim *= std::exp(-decay_per_second * static_cast<double>(clock - s.last_time));
  }
  return sim;
}

void StoryClusterer::Impl::Prepare(const Article& article, PrepareScratch* scratch,
                                   PreparedArticle* out) const {
  dedup::TokenizeForMatching(article.text, &out->tokens);
  dedup::ApplyAliases(*aliases, article.text, &out->tokens, &scratch->alias_scratch);
  out->headline.clear();
  out->fingerprint.empty = true;
  if (out->tokens.tokens.empty()) return;
  out->headline =
      Headline(!IsUsableTitle(article.title) ? HeadlineSentence(article.text, out->tokens)
                                             : std::string_view(article.title));
  if (scratch->fingerprinter) scratch->fingerprinter->FromTokens(out->tokens, &out->fingerprint);
  story::CollectForms(out->tokens, &out->forms, &scratch->forms_table);
  // The stream's stopwords are the term space's; an article in another language (its
  // `language` field, or its script) loses its own language's stopwords here, so that a mixed
  // feed's story terms are not "el, la, de" (the stemmer stays the stream's).
  const std::string own = text_internal::SnowballLanguageName(ArticleLanguage(article, ""));
  if (!own.empty() && own != stream_language) {
    std::erase_if(out->forms, [&](const story::FormCount& f) {
      return IsStopword(std::string_view(out->tokens.norms).substr(f.norm_begin, f.norm_size), own);
    });
  }
}

void StoryClusterer::Impl::Add(const Article& article) {
  Prepare(article, &scratch, &prepared);
  Place(article, &prepared);
}

void StoryClusterer::Impl::Place(const Article& article, PreparedArticle* prep) {
  ++report.articles;
  StoryMember member;
  member.seq = next_seq++;
  const int64_t now = ArrivalTime(article.date, &member.dated, &member.time);
  if (member.dated) member.date = article.date;
  CloseIdle();
  if (open_ids.count(article.id) != 0) {
    ++report.duplicate_ids;
    if (placements) placements->push_back({StoryPlacement::Kind::kDuplicateId, 0, ""});
    return;
  }
  const dedup::MatchTokens& tokens = prep->tokens;
  if (tokens.tokens.empty()) {
    ++report.empty;
    if (placements) placements->push_back({StoryPlacement::Kind::kEmpty, 0, ""});
    return;
  }
  member.id = article.id;
  member.headline = std::move(prep->headline);
  const dedup::Fingerprint& fingerprint = prep->fingerprint;
  if (duplicates && placements) {  // a stream keeps it for its saved state
    member.signature = fingerprint.signature;
    member.exact = fingerprint.exact;
    member.shingles = fingerprint.shingles;
  }
  if (duplicates) {
    const DuplicateMatch m = duplicates->Find(fingerprint);
    if (m.found) {
      const uint32_t slot = open_seqs.at(m.of);
      // Members are kept in arrival (seq) order: a binary search, not a scan,
      // so that thousands of copies of one article join in linear time.
      const std::vector<StoryMember>& members = slots[slot]->members;
      const auto other =
          std::lower_bound(members.begin(), members.end(), m.of,
                           [](const StoryMember& x, uint64_t seq) { return x.seq < seq; });
      if (other != members.end() && other->seq == m.of) member.duplicate_of = other->id;
      member.duplicate_of_seq = m.of;
      member.duplicate = true;
      duplicates->Insert(member.seq, m.of, fingerprint);
      if (placements) {
        placements->push_back(
            {StoryPlacement::Kind::kDuplicate, slots[slot]->id, member.duplicate_of});
      }
      Join(slot, std::move(member), now);
      ++report.duplicates;
      ++report.clustered;
      return;
    }
  }
  terms.CountForms(prep->forms, tokens.norms, true, &member.counts);
  terms.Weigh(member.counts, &member.vec);
  if (member.vec.empty()) {
    ++report.empty;
    if (placements) placements->push_back({StoryPlacement::Kind::kEmpty, 0, ""});
    return;
  }
  // Candidates: open stories indexed under one of the article's strongest
  // terms.
  TopTerms(member.vec, options.query_terms, &top_scratch, &top_weights);
  ++query;
  if (dense.size() < terms.vocabulary()) dense.resize(terms.vocabulary(), 0.0f);
  for (const story::TermWeight& t : member.vec) dense[t.term] = t.weight;
  int64_t best_slot = -1;
  double best_sim = 0;
  for (uint32_t term : top_scratch) {
    if (term >= postings.size()) continue;
    for (uint32_t slot : postings[term]) {
      if (stamp[slot] == query) continue;
      stamp[slot] = query;
      const double sim = Similarity(member.vec, *slots[slot]);
      // Highest similarity; the older story on a tie.
      if (best_slot < 0 || sim > best_sim ||
          (sim == best_sim && slots[slot]->id < slots[best_slot]->id)) {
        best_slot = slot;
        best_sim = sim;
      }
    }
  }
  for (const story::TermWeight& t : member.vec) dense[t.term] = 0.0f;
  const uint32_t slot = best_slot >= 0 && best_sim >= options.join_threshold
                            ? static_cast<uint32_t>(best_slot)
                            : OpenNew();
  const uint64_t seq = member.seq;
  if (placements) placements->push_back({StoryPlacement::Kind::kPlaced, slots[slot]->id, ""});
  Join(slot, std::move(member), now);
  if (duplicates) duplicates->Insert(seq, seq, fingerprint);
  ++report.clustered;
}

StoryClusterer::StoryClusterer(const StoryOptions& options)
    : impl_(std::make_unique<Impl>(options)) {}
StoryClusterer::~StoryClusterer() = default;
void StoryClusterer::Add(const Article& article) { impl_->Add(article); }
void StoryClusterer::AddAll(std::span<const Article> articles, unsigned threads) {
  impl_->AddBatch(articles, threads);
}
void StoryClusterer::Flush() { impl_->CloseAll(); }
std::vector<Story> StoryClusterer::TakeStories() {
  std::vector<Story> out;
  out.swap(impl_->emitted);
  return out;
}
const StoryReport& StoryClusterer::report() const { return impl_->report; }
size_t StoryClusterer::open_stories() const { return impl_->open; }

Status ClusterArticles(const std::vector<Article>& articles, const StoryOptions& options,
                       std::vector<Story>* stories, StoryReport* report, unsigned threads) {
  PRECIS_RETURN_IF_ERROR(ValidateStoryOptions(options));
  StoryClusterer clusterer(options);
  clusterer.AddAll(articles, threads);
  clusterer.Flush();
  *stories = clusterer.TakeStories();
  if (report != nullptr) *report = clusterer.report();
  return Status::Ok();
}

}  // namespace precis
