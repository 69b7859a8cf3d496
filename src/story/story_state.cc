// The saved state of a StoryStream: magic, format version, the clustering
// options it was made with, then the clusterer's state field by field
// (story/state_io.h encoding). Scratch space is not saved; derived maps
// (article id -> slot, the near-duplicate index) are rebuilt.
#include <algorithm>
#include <cstdio>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

#include "dedup/lsh_index.h"
#include "story/clusterer_impl.h"
#include "story/state_io.h"
#include "text/language.h"

namespace precis {
namespace {

using story::StateReader;
using story::StateWriter;

constexpr std::string_view kMagic = "PRECISST";

// The options that change clustering, as (name, value) pairs in a fixed order, as a state of
// format `version` lists them (version 2 added agglomerate_threshold, version 3 the
// shared-neighbour regrouping's four). Automatic values are
// saved resolved, so a state saved when event mode's name boost was the default 2 still loads
// with today's automatic default.
std::vector<std::pair<std::string, std::string>> OptionFields(const StoryOptions& o,
                                                              uint32_t version) {
  auto num = [](double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    return std::string(buf);
  };
  std::vector<std::pair<std::string, std::string>> fields = {
      {"language", o.language},
      {"join_threshold", num(o.join_threshold)},
      {"decay_half_life_hours", num(o.decay_half_life_hours)},
      {"idle_hours", num(o.idle_hours)},
      {"merge_threshold", num(o.merge_threshold)},
      {"refine_iterations", num(o.refine_iterations)},
      {"name_boost", num(EffectiveNameBoost(o))},
      {"query_terms", num(o.query_terms)},
      {"index_terms", num(o.index_terms)},
      {"centroid_terms", num(o.centroid_terms)},
      {"report_terms", num(o.report_terms)},
      {"detect_duplicates", num(o.detect_duplicates)},
      {"dedup.shingle_size", num(o.dedup.shingle_size)},
      {"dedup.bands", num(o.dedup.bands)},
      {"dedup.rows", num(o.dedup.rows)},
      {"dedup.jaccard_threshold", num(o.dedup.jaccard_threshold)},
      {"dedup.containment_threshold", num(o.dedup.containment_threshold)},
      {"dedup.min_shingles", num(o.dedup.min_shingles)},
      {"dedup.seed", num(static_cast<double>(o.dedup.seed))}};
  if (version >= 2) fields.emplace_back("agglomerate_threshold", num(EffectiveAgglomerate(o)));
  if (version >= 3) {
    fields.emplace_back("shared_neighbours", num(EffectiveSharedNeighbours(o)));
    fields.emplace_back("shared_neighbour_threshold", num(o.shared_neighbour_threshold));
    fields.emplace_back("shared_neighbour_name_boost", num(o.shared_neighbour_name_boost));
    fields.emplace_back("shared_neighbour_merge_threshold",
                        num(o.shared_neighbour_merge_threshold));
  }
  return fields;
}

// The report's counters, in the saved order.
constexpr size_t StoryReport::*kReportFields[] = {
    &StoryReport::articles,          &StoryReport::clustered,
    &StoryReport::duplicates,        &StoryReport::empty,
    &StoryReport::duplicate_ids,     &StoryReport::missing_dates,
    &StoryReport::invalid_dates,     &StoryReport::out_of_order,
    &StoryReport::stories_opened,    &StoryReport::stories_merged,
    &StoryReport::stories_emitted,   &StoryReport::peak_open_stories,
    &StoryReport::peak_open_articles};
static_assert(sizeof(StoryReport) == std::size(kReportFields) * sizeof(size_t),
              "a StoryReport field is missing from the saved state");

void PutStory(const Story& s, StateWriter* w) {
  w->Put<uint64_t>(s.id);
  w->Put<uint64_t>(s.articles.size());
  for (const std::string& a : s.articles) w->PutString(a);
  w->Put<uint64_t>(s.duplicates.size());
  for (const auto& [dup, of] : s.duplicates) {
    w->PutString(dup);
    w->PutString(of);
  }
  w->PutString(s.first_date);
  w->PutString(s.last_date);
  w->Put<uint64_t>(s.terms.size());
  for (const std::string& t : s.terms) w->PutString(t);
  w->PutString(s.headline);
}

bool GetStrings(StateReader* r, std::vector<std::string>* out) {
  uint64_t n;
  if (!r->GetCount(&n, 8)) return false;
  out->resize(n);
  for (std::string& s : *out) {
    if (!r->GetString(&s)) return false;
  }
  return true;
}

bool GetStory(StateReader* r, Story* s) {
  uint64_t n;
  if (!r->Get(&s->id) || !GetStrings(r, &s->articles) || !r->GetCount(&n, 16)) return false;
  s->duplicates.resize(n);
  for (auto& [dup, of] : s->duplicates) {
    if (!r->GetString(&dup) || !r->GetString(&of)) return false;
  }
  return r->GetString(&s->first_date) && r->GetString(&s->last_date) && GetStrings(r, &s->terms) &&
         r->GetString(&s->headline);
}

}  // namespace

namespace story {

void TermSpace::Save(StateWriter* w) const {
  std::vector<const std::string*> stems(forms_.size());
  for (const auto& [stem, id] : by_stem_) stems[id] = &stem;
  w->Put<uint64_t>(documents_);
  w->Put<uint64_t>(forms_.size());
  for (size_t t = 0; t < forms_.size(); ++t) {
    w->PutString(forms_[t]);
    w->PutString(*stems[t]);
  }
  w->PutArray(df_);
}

bool TermSpace::Load(StateReader* r) {
  uint64_t n;
  if (!r->Get(&documents_) || !r->GetCount(&n, 16)) return false;
  forms_.assign(n, std::string());
  by_stem_.clear();
  for (uint64_t t = 0; t < n; ++t) {
    std::string stem;
    if (!r->GetString(&forms_[t]) || !r->GetString(&stem)) return false;
    if (!by_stem_.emplace(std::move(stem), static_cast<uint32_t>(t)).second) return false;
  }
  if (!r->GetArray(&df_) || df_.size() != n) return false;
  count_.assign(n, 0);
  names_.assign(n, 0);
  form_slots_.assign(1024, FormSlot());
  forms_used_ = 0;
  form_arena_.clear();
  form_begin_.clear();
  return true;
}

}  // namespace story

void StoryClusterer::Impl::SaveState(std::string* out) const {
  out->clear();
  out->append(kMagic);
  StateWriter w(out);
  w.Put<uint32_t>(StoryStream::kStateVersion);
  const auto fields = OptionFields(options, StoryStream::kStateVersion);
  w.Put<uint64_t>(fields.size());
  for (const auto& [name, value] : fields) {
    w.PutString(name);
    w.PutString(value);
  }
  terms.Save(&w);
  w.Put<uint8_t>(clock_set);
  w.Put<int64_t>(clock);
  w.Put<uint64_t>(next_story_id);
  w.Put<uint64_t>(next_seq);
  for (auto field : kReportFields) w.Put<uint64_t>(report.*field);
  w.Put<uint64_t>(slots.size());
  for (const auto& slot : slots) {
    w.Put<uint8_t>(slot != nullptr);
    if (!slot) continue;
    const OpenStory& s = *slot;
    w.Put<uint64_t>(s.id);
    w.PutArray(s.centroid);
    w.Put<double>(s.norm);
    w.Put<int64_t>(s.last_time);
    w.PutArray(s.indexed);
    w.Put<uint64_t>(s.members.size());
    for (const StoryMember& m : s.members) {
      w.PutString(m.id);
      w.PutString(m.date);
      w.Put<uint8_t>(m.dated);
      w.Put<int64_t>(m.time);
      w.Put<uint64_t>(m.seq);
      w.PutString(m.headline);
      w.PutArray(m.counts);
      w.PutArray(m.vec);
      w.Put<uint8_t>(m.duplicate);
      w.Put<uint64_t>(m.duplicate_of_seq);
      w.PutString(m.duplicate_of);
      w.PutArray(m.signature);
      w.Put<uint64_t>(m.exact);
      w.Put<uint32_t>(m.shingles);
    }
  }
  w.PutArray(free_slots);
  w.Put<uint64_t>(postings.size());
  for (const auto& p : postings) w.PutArray(p);
  w.Put<uint64_t>(emitted.size());
  for (const Story& s : emitted) PutStory(s, &w);
  w.Put<uint64_t>(redirects.size());
  for (const auto& [from, to] : redirects) {
    w.Put<uint64_t>(from);
    w.Put<uint64_t>(to);
  }
  w.PutArray(std::vector<uint64_t>(changed.begin(), changed.end()));
}

Status StoryClusterer::Impl::LoadState(std::string_view in) {
  const Status bad = Status::DataError("not a saved story stream state (or cut short)");
  if (!in.starts_with(kMagic)) return bad;
  StateReader r(in.substr(kMagic.size()));
  uint32_t version;
  if (!r.Get(&version)) return bad;
  if (version > StoryStream::kStateVersion) {
    return Status::Unsupported("saved story stream state has format version " +
                               std::to_string(version) + ", newer than this precis reads (" +
                               std::to_string(StoryStream::kStateVersion) + "); upgrade precis");
  }
  if (version == 0) return bad;
  uint64_t nf;
  if (!r.GetCount(&nf, 16)) return bad;
  const auto fields = OptionFields(options, version);
  if (nf != fields.size()) return Status::InvalidArgument("saved state has other story options");
  for (const auto& [name, value] : fields) {
    std::string n, v;
    if (!r.GetString(&n) || !r.GetString(&v)) return bad;
    // A language is the same under any of its names ("en", "english", "English").
    const bool same = v == value || (n == "language" && n == name &&
                                     text_internal::SnowballLanguageName(v) ==
                                         text_internal::SnowballLanguageName(value));
    if (n != name || !same) {
      return Status::InvalidArgument("saved state was made with " + n + " = " + v + ", not " +
                                     value);
    }
  }
  if (!terms.Load(&r)) return bad;
  uint8_t flag;
  if (!r.Get(&flag) || !r.Get(&clock) || !r.Get(&next_story_id) || !r.Get(&next_seq)) {
    return bad;
  }
  clock_set = flag != 0;
  for (auto field : kReportFields) {
    uint64_t v;
    if (!r.Get(&v)) return bad;
    report.*field = v;
  }
  uint64_t nslots;
  if (!r.GetCount(&nslots, 1)) return bad;
  slots.clear();
  slots.resize(nslots);
  open = open_articles = 0;
  open_ids.clear();
  open_seqs.clear();
  std::vector<const StoryMember*> members;
  const size_t vocabulary = terms.vocabulary();
  auto terms_ok = [&](const auto& v) {
    return std::all_of(v.begin(), v.end(), [&](const auto& t) { return t.term < vocabulary; });
  };
  for (uint32_t i = 0; i < nslots; ++i) {
    if (!r.Get(&flag)) return bad;
    if (!flag) continue;
    auto s = std::make_unique<OpenStory>();
    uint64_t nm;
    if (!r.Get(&s->id) || !r.GetArray(&s->centroid) || !r.Get(&s->norm) || !r.Get(&s->last_time) ||
        !r.GetArray(&s->indexed) || !r.GetCount(&nm, 64)) {
      return bad;
    }
    if (!terms_ok(s->centroid)) return bad;
    s->members.resize(nm);
    for (StoryMember& m : s->members) {
      uint8_t dated, dup;
      if (!r.GetString(&m.id) || !r.GetString(&m.date) || !r.Get(&dated) || !r.Get(&m.time) ||
          !r.Get(&m.seq) || !r.GetString(&m.headline) || !r.GetArray(&m.counts) ||
          !r.GetArray(&m.vec) || !r.Get(&dup) || !r.Get(&m.duplicate_of_seq) ||
          !r.GetString(&m.duplicate_of) || !r.GetArray(&m.signature) || !r.Get(&m.exact) ||
          !r.Get(&m.shingles)) {
        return bad;
      }
      if (!terms_ok(m.counts) || !terms_ok(m.vec)) return bad;
      m.dated = dated != 0;
      m.duplicate = dup != 0;
      open_ids[m.id] = i;
      open_seqs[m.seq] = i;
    }
    open_articles += nm;
    ++open;
    slots[i] = std::move(s);
    for (const StoryMember& m : slots[i]->members) members.push_back(&m);
  }
  uint64_t np;
  if (!r.GetArray(&free_slots) || !r.GetCount(&np, 8)) return bad;
  postings.assign(np, {});
  for (auto& p : postings) {
    if (!r.GetArray(&p)) return bad;
    for (uint32_t slot : p) {
      if (slot >= slots.size() || !slots[slot]) return bad;
    }
  }
  for (uint32_t slot : free_slots) {
    if (slot >= slots.size() || slots[slot]) return bad;
  }
  uint64_t ne;
  if (!r.GetCount(&ne, 8)) return bad;
  emitted.assign(ne, Story());
  for (Story& s : emitted) {
    if (!GetStory(&r, &s)) return bad;
  }
  uint64_t nredirects;
  if (!r.GetCount(&nredirects, 16)) return bad;
  redirects.resize(nredirects);
  for (auto& [from, to] : redirects) {
    if (!r.Get(&from) || !r.Get(&to)) return bad;
  }
  std::vector<uint64_t> changed_ids;
  if (!r.GetArray(&changed_ids) || !r.done()) return bad;
  changed = std::set<uint64_t>(changed_ids.begin(), changed_ids.end());
  for (const auto& slot : slots) {
    if (!slot) continue;
    for (uint32_t t : slot->indexed) {
      if (t >= postings.size()) return bad;
    }
  }
  stamp.assign(slots.size(), 0);
  query = 0;
  // The near-duplicate index, in arrival order so earlier texts still win ties.
  if (duplicates) {
    std::sort(members.begin(), members.end(),
              [](const StoryMember* a, const StoryMember* b) { return a->seq < b->seq; });
    const uint32_t width = options.dedup.bands * options.dedup.rows;
    dedup::Fingerprint fp;
    for (const StoryMember* m : members) {
      if (m->signature.size() != width) continue;  // saved without fingerprints
      fp.empty = false;
      fp.exact = m->exact;
      fp.shingles = m->shingles;
      fp.signature = m->signature;
      fp.band_keys.resize(options.dedup.bands);
      for (uint32_t b = 0; b < options.dedup.bands; ++b) {
        fp.band_keys[b] =
            dedup::BandKey(fp.signature.data(), b, options.dedup.rows, options.dedup.seed);
      }
      duplicates->Insert(m->seq, m->duplicate ? m->duplicate_of_seq : m->seq, fp);
    }
  }
  return Status::Ok();
}

}  // namespace precis
