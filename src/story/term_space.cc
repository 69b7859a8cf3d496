#include "story/term_space.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <cmath>

namespace precis::story {
namespace {

// Function words of Chinese and Japanese, which no stop list covers here (the clusterer has
// one language for the whole stream): one character alone of a script written without spaces
// (的, 了, 在, は, が; content words are mostly two characters or more), and words written in
// hiragana only (として, では, いる: Japanese writes its content words mostly in kanji or
// katakana).
bool IsCjkFunctionWord(std::string_view word) {
  const auto n = static_cast<int32_t>(word.size());
  if (n < 3) return false;  // every Han or kana character takes 3 bytes or more in UTF-8
  int32_t i = 0;
  int chars = 0;
  bool hiragana = true;
  bool unspaced = true;
  while (i < n) {
    UChar32 c;
    U8_NEXT(word.data(), i, n, c);
    ++chars;
    if (c < 0 || !IsUnspacedScript(c)) unspaced = false;
    if (!(c >= 0x3041 && c <= 0x309F) && c != 0x30FC) hiragana = false;
  }
  return (chars == 1 && unspaced) || hiragana;
}

}  // namespace

TermSpace::TermSpace(std::string_view language, double name_boost)
    : language_(language), name_boost_(name_boost), stemmer_(Stemmer::Create(language)) {}

uint32_t TermSpace::Resolve(std::string_view norm) {
  // The possessive adds nothing to the term ("Russia's" is about Russia).
  std::string_view base = norm;
  if (base.ends_with("'s")) base.remove_suffix(2);
  if (base.ends_with('\'')) base.remove_suffix(1);
  if (base.empty() || IsStopword(base, language_) || IsCjkFunctionWord(base)) return kNone;

  const std::string_view stem = stemmer_ ? stemmer_->Stem(base) : base;
  if (auto it = by_stem_.find(stem); it != by_stem_.end()) {
    // The term shows its shortest form ("lyon", not "lyons"; "strike", not "striking"), the
    // lexicographically first of equal length: a choice that does not depend on which form the
    // stream saw first, and that a restored stream reaches again as its forms come back.
    std::string& shown = forms_[it->second];
    if (base.size() < shown.size() || (base.size() == shown.size() && base < shown)) {
      shown.assign(base);
    }
    return it->second;
  }
  const auto id = static_cast<uint32_t>(forms_.size());
  by_stem_.emplace(std::string(stem), id);
  forms_.emplace_back(base);
  df_.push_back(0);
  count_.push_back(0);
  names_.push_back(0);
  return id;
}

void TermSpace::GrowForms() {
  std::vector<FormSlot> old(form_slots_.size() * 2);
  old.swap(form_slots_);
  const size_t mask = form_slots_.size() - 1;
  for (const FormSlot& f : old) {
    if (f.form == UINT32_MAX) continue;
    size_t i = f.hash & mask;
    while (form_slots_[i].form != UINT32_MAX) i = (i + 1) & mask;
    form_slots_[i] = f;
  }
}

uint32_t TermSpace::Lookup(std::string_view norm, uint64_t hash) {
  size_t mask = form_slots_.size() - 1;
  size_t i = hash & mask;
  for (; form_slots_[i].form != UINT32_MAX; i = (i + 1) & mask) {
    const FormSlot& f = form_slots_[i];
    if (f.hash != hash) continue;
    const uint32_t begin = form_begin_[f.form];
    const uint32_t end = f.form + 1 < form_begin_.size()
                             ? form_begin_[f.form + 1]
                             : static_cast<uint32_t>(form_arena_.size());
    if (std::string_view(form_arena_).substr(begin, end - begin) == norm) return f.term;
  }
  const uint32_t term = Resolve(norm);
  if ((forms_used_ + 1) * 2 > form_slots_.size()) {
    GrowForms();
    mask = form_slots_.size() - 1;
    for (i = hash & mask; form_slots_[i].form != UINT32_MAX;) i = (i + 1) & mask;
  }
  form_slots_[i] = {hash, term, static_cast<uint32_t>(form_begin_.size())};
  form_begin_.push_back(static_cast<uint32_t>(form_arena_.size()));
  form_arena_ += norm;
  ++forms_used_;
  return term;
}

double TermSpace::Idf(uint32_t term) const {
  const double df = term < df_.size() ? df_[term] : 0;
  return std::log((1.0 + static_cast<double>(documents_)) / (1.0 + df)) + 1.0;
}

void CollectForms(const dedup::MatchTokens& tokens, std::vector<FormCount>* out,
                  std::vector<uint32_t>* table) {
  out->clear();
  // Open addressing on the form hash, at most half full; entries are 1 + index into *out.
  size_t cap = 64;
  while (cap < tokens.tokens.size() * 2) cap *= 2;
  table->assign(cap, 0);
  const size_t mask = cap - 1;
  for (const dedup::MatchToken& t : tokens.tokens) {
    if (!(t.flags & dedup::kHasLetter)) continue;
    const bool name = (t.flags & dedup::kName) ||
                      ((t.flags & dedup::kCapitalized) && !(t.flags & dedup::kSentenceStart));
    size_t i = t.hash & mask;
    while (true) {
      const uint32_t e = (*table)[i];
      if (e == 0) {
        (*table)[i] = static_cast<uint32_t>(out->size() + 1);
        out->push_back({t.hash, t.norm_begin, t.norm_size, 1.0f, name ? 1.0f : 0.0f});
        break;
      }
      FormCount& f = (*out)[e - 1];
      if (f.hash == t.hash && f.norm_size == t.norm_size &&
          tokens.norms.compare(f.norm_begin, f.norm_size, tokens.norm(t)) == 0) {
        f.count += 1;
        if (name) f.names += 1;
        break;
      }
      i = (i + 1) & mask;
    }
  }
}

void TermSpace::Count(const dedup::MatchTokens& tokens, bool count_df, TermCounts* out) {
  CollectForms(tokens, &forms_scratch_, &forms_table_);
  CountForms(forms_scratch_, tokens.norms, count_df, out);
}

void TermSpace::CountForms(const std::vector<FormCount>& forms, std::string_view norms,
                           bool count_df, TermCounts* out) {
  out->clear();
  touched_.clear();
  for (const FormCount& f : forms) {
    const uint32_t term = Lookup(norms.substr(f.norm_begin, f.norm_size), f.hash);
    if (term == kNone) continue;
    if (count_[term] == 0) touched_.push_back(term);
    count_[term] += f.count;
    names_[term] += f.names;
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
  Weigh(counts, name_boost_, out);
}

void TermSpace::Weigh(const TermCounts& counts, double name_boost, SparseVector* out) const {
  out->clear();
  double norm2 = 0;
  for (const TermCount& c : counts) {
    const double w =
        (1.0 + std::log(c.count)) * Idf(c.term) * (1.0 + (name_boost - 1.0) * c.names / c.count);
    out->push_back({c.term, static_cast<float>(w)});
    norm2 += w * w;
  }
  if (norm2 > 0) {
    const float inv = static_cast<float>(1.0 / std::sqrt(norm2));
    for (TermWeight& t : *out) t.weight *= inv;
  }
}

void TermSpace::ClearFrequencies() {
  std::fill(df_.begin(), df_.end(), 0);
  documents_ = 0;
}

void TermSpace::AddDocument(const TermCounts& counts) {
  ++documents_;
  for (const TermCount& c : counts) ++df_[c.term];
}

void TermSpace::Vectorize(const dedup::MatchTokens& tokens, bool count_df, SparseVector* out) {
  Count(tokens, count_df, &counts_scratch_);
  Weigh(counts_scratch_, out);
}

}  // namespace precis::story
