#include "story/term_space.h"

#include <algorithm>
#include <cmath>

namespace precis::story {

TermSpace::TermSpace(std::string_view language, double name_boost)
    : language_(language),
      name_boost_(name_boost),
      stemmer_(Stemmer::Create(language)) {}

uint32_t TermSpace::Lookup(std::string_view norm) {
  if (auto it = by_form_.find(norm); it != by_form_.end()) return it->second;
  uint32_t id = kNone;
  // The possessive adds nothing to the term ("Russia's" is about Russia).
  std::string_view base = norm;
  if (base.ends_with("'s")) base.remove_suffix(2);
  if (base.ends_with('\'')) base.remove_suffix(1);
  if (!base.empty() && !IsStopword(base, language_)) {
    const std::string_view stem = stemmer_ ? stemmer_->Stem(base) : base;
    if (auto it = by_stem_.find(stem); it != by_stem_.end()) {
      id = it->second;
    } else {
      id = static_cast<uint32_t>(forms_.size());
      by_stem_.emplace(std::string(stem), id);
      forms_.emplace_back(base);
      df_.push_back(0);
      count_.push_back(0);
      names_.push_back(0);
    }
  }
  by_form_.emplace(std::string(norm), id);
  return id;
}

double TermSpace::Idf(uint32_t term) const {
  const double df = term < df_.size() ? df_[term] : 0;
  return std::log((1.0 + static_cast<double>(documents_)) / (1.0 + df)) + 1.0;
}

void TermSpace::Count(const dedup::MatchTokens& tokens, bool count_df,
                      TermCounts* out) {
  out->clear();
  touched_.clear();
  for (const dedup::MatchToken& t : tokens.tokens) {
    if (!(t.flags & dedup::kHasLetter)) continue;
    const uint32_t term = Lookup(tokens.norm(t));
    if (term == kNone) continue;
    if (count_[term] == 0) touched_.push_back(term);
    count_[term] += 1;
    const bool name =
        (t.flags & dedup::kName) ||
        ((t.flags & dedup::kCapitalized) && !(t.flags & dedup::kSentenceStart));
    if (name) names_[term] += 1;
  }
  if (count_df) {
    ++documents_;
    for (uint32_t term : touched_) ++df_[term];
  }
  std::sort(touched_.begin(), touched_.end());
  for (uint32_t term : touched_) {
    out->push_back({term, count_[term], names_[term]});
    count_[term] = 0;
    names_[term] = 0;
  }
}

void TermSpace::Weigh(const TermCounts& counts, SparseVector* out) const {
  out->clear();
  double norm2 = 0;
  for (const TermCount& c : counts) {
    const double w = (1.0 + std::log(c.count)) * Idf(c.term) *
                     (1.0 + (name_boost_ - 1.0) * c.names / c.count);
    out->push_back({c.term, static_cast<float>(w)});
    norm2 += w * w;
  }
  if (norm2 > 0) {
    const float inv = static_cast<float>(1.0 / std::sqrt(norm2));
    for (TermWeight& t : *out) t.weight *= inv;
  }
}

void TermSpace::Vectorize(const dedup::MatchTokens& tokens, bool count_df,
                          SparseVector* out) {
  Count(tokens, count_df, &counts_scratch_);
  Weigh(counts_scratch_, out);
}

}  // namespace precis::story
