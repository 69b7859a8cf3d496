#include "summarize/select.h"

#include <algorithm>
#include <numeric>

namespace precis::summarize {
namespace {

bool IsSpace(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// The sentence opens with a quotation mark (ASCII, TeX-style or typographic).
bool OpensWithQuote(std::string_view s) {
  return s.starts_with('"') || s.starts_with("``") || s.starts_with("''") ||
         s.starts_with('\'') || s.starts_with("\xE2\x80\x9C") || s.starts_with("\xE2\x80\x98");
}

}  // namespace

float Chosen::MaxSimilarity(uint32_t i) const {
  float best = 0;
  for (uint32_t j : ids_) best = std::max(best, Similarity(i, j));
  return best;
}

bool Chosen::Repeats(uint32_t i) const {
  if (overlap_is_repeat_) {
    for (uint32_t j : ids_) {
      if (Overlaps(a_.sentences[i], a_.sentences[j])) return true;
    }
  }
  // If i's heaviest term carries more than 1 - 0.98^2 of its squared norm, a sentence without
  // that term has cosine below 0.98 with it (u.v <= |u without the term| |v|), so only the
  // chosen sentences holding the term can repeat i. Otherwise (a flat vector, or none) all
  // of them are checked.
  const TermWeight* top = nullptr;
  for (const TermWeight* t = a_.vec_begin(i); t != a_.vec_end(i); ++t) {
    if (top == nullptr || t->weight > top->weight) top = t;
  }
  const float norm = a_.sentences[i].norm;
  const bool prune = top != nullptr && norm > 0 &&
                     top->weight * top->weight >
                         (1.0f - kDuplicateCosine * kDuplicateCosine) * norm * norm * 1.001f;
  if (prune) {
    const auto it = by_term_.find(top->term);
    if (it == by_term_.end()) return false;
    for (uint32_t j : it->second) {
      if (Similarity(i, j) >= kDuplicateCosine) return true;
    }
    return false;
  }
  for (uint32_t j : ids_) {
    if (Similarity(i, j) >= kDuplicateCosine) return true;
  }
  return false;
}

void Chosen::Add(uint32_t i) {
  ids_.push_back(i);
  for (const TermWeight* t = a_.vec_begin(i); t != a_.vec_end(i); ++t) {
    by_term_[t->term].push_back(i);
  }
}

float Chosen::Similarity(uint32_t i, uint32_t j) const {
  if (overlap_is_repeat_ && Overlaps(a_.sentences[i], a_.sentences[j])) return 2.0f;
  return Text(i) == Text(j) ? 2.0f : Cosine(a_, i, j);
}

std::string_view Chosen::Text(uint32_t i) const {
  const AnalyzedSentence& s = a_.sentences[i];
  return s.span.of(cluster_.articles[s.article].text);
}

size_t Remaining(const ClusterAnalysis& a, const std::vector<Selected>& chosen, const Budget& b) {
  size_t used = 0;
  for (const Selected& s : chosen) used += Cost(a.sentences[s.sentence], b.unit);
  return used >= b.limit ? 0 : b.limit - used;
}

void AppendTruncated(const Cluster& cluster, const ClusterAnalysis& a,
                     const std::vector<double>& scores, const SummarizeOptions& options,
                     size_t remaining, std::vector<Selected>* out) {
  if (!options.budget.truncate_last || remaining == 0 ||
      options.budget.unit == BudgetUnit::kSentences) {
    return;
  }
  Chosen chosen(cluster, a);
  std::vector<bool> taken(a.size(), false);
  for (const Selected& s : *out) {
    chosen.Add(s.sentence);
    taken[s.sentence] = true;
  }
  for (uint32_t i : RankByScore(a, scores)) {
    const AnalyzedSentence& s = a.sentences[i];
    if (taken[i] || !s.eligible) continue;
    const float sim = chosen.MaxSimilarity(i);
    if (sim >= kDuplicateCosine || sim > options.redundancy_threshold) continue;
    const Span cut = TruncateCandidate(cluster, a, i, options.budget.unit, remaining);
    // A quotation cut short loses its speaker, which comes after it: not a fill.
    if (cut.end < s.span.end && OpensWithQuote(s.span.of(cluster.articles[s.article].text))) {
      continue;
    }
    if (!cut.empty()) out->push_back({i, cut, true});
    return;
  }
}

size_t Cost(const AnalyzedSentence& s, BudgetUnit unit) {
  switch (unit) {
    case BudgetUnit::kWords: return s.words;
    case BudgetUnit::kBytes: return s.span.size() - s.cut_bytes;
    case BudgetUnit::kSentences: return s.parts;  // a joint unit prints all its sentences
    case BudgetUnit::kChars: return s.chars;
  }
  return 1;
}

std::vector<uint32_t> RankByScore(const ClusterAnalysis& a, const std::vector<double>& scores) {
  std::vector<uint32_t> order(a.size());
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(), [&](uint32_t x, uint32_t y) {
    if (scores[x] != scores[y]) return scores[x] > scores[y];
    const AnalyzedSentence& sx = a.sentences[x];
    const AnalyzedSentence& sy = a.sentences[y];
    if (sx.article != sy.article) return sx.article < sy.article;
    return sx.position < sy.position;
  });
  return order;
}

Span TruncateCandidate(const Cluster& cluster, const ClusterAnalysis& a, uint32_t i,
                       BudgetUnit unit, size_t limit) {
  const AnalyzedSentence& s = a.sentences[i];
  const std::string_view text = cluster.articles[s.article].text;
  if (s.piece_begin == s.piece_end) return TruncateSpan(text, s.span, unit, limit);
  // Cut the printed text, then map the cut back into the source.
  std::string joined;
  std::vector<uint32_t> starts;
  const std::vector<Span> pieces = CandidatePieces(a, i);
  for (const Span& p : pieces) {
    starts.push_back(static_cast<uint32_t>(joined.size()));
    joined.append(p.of(text));
  }
  const Span cut =
      TruncateSpan(joined, Span{0, static_cast<uint32_t>(joined.size())}, unit, limit);
  if (cut.end == 0) return Span{s.span.begin, s.span.begin};
  if (cut.end == joined.size()) return s.span;
  for (size_t k = 0; k < pieces.size(); ++k) {
    if (cut.end <= starts[k] + pieces[k].size()) {
      return Span{s.span.begin, pieces[k].begin + (cut.end - starts[k])};
    }
  }
  return s.span;
}

std::vector<Span> ClipPieces(const std::vector<Span>& pieces, Span range) {
  std::vector<Span> out;
  for (const Span& p : pieces) {
    const Span c{std::max(p.begin, range.begin), std::min(p.end, range.end)};
    if (!c.empty()) out.push_back(c);
  }
  return out;
}

Span TruncateSpan(std::string_view text, Span span, BudgetUnit unit, size_t limit) {
  uint32_t end = span.begin;
  if (unit == BudgetUnit::kBytes) {
    end = span.begin + static_cast<uint32_t>(std::min<size_t>(limit, span.size()));
    // Back off to the start of a UTF-8 character.
    while (end > span.begin && end < span.end &&
           (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) {
      --end;
    }
  } else if (unit == BudgetUnit::kChars) {
    size_t chars = 0;
    end = span.begin;
    while (end < span.end) {
      uint32_t next = end + 1;
      while (next < span.end && (static_cast<unsigned char>(text[next]) & 0xC0) == 0x80) ++next;
      if (++chars > limit) break;
      end = next;
    }
  } else {
    size_t words = 0;
    uint32_t i = span.begin;
    while (i < span.end && words < limit) {
      while (i < span.end && IsSpace(static_cast<unsigned char>(text[i]))) ++i;
      if (i == span.end) break;
      while (i < span.end && !IsSpace(static_cast<unsigned char>(text[i]))) ++i;
      ++words;
      end = i;
    }
  }
  while (end > span.begin && IsSpace(static_cast<unsigned char>(text[end - 1]))) --end;
  return Span{span.begin, end};
}

std::vector<Selected> Select(const Cluster& cluster, const ClusterAnalysis& a,
                             const std::vector<double>& scores, const SummarizeOptions& options) {
  const Budget& budget = options.budget;
  std::vector<Selected> out;
  size_t remaining = budget.limit;
  Chosen chosen(cluster, a);
  const std::vector<uint32_t> ranked = RankByScore(a, scores);
  std::vector<bool> taken(a.size(), false);

  auto take = [&](uint32_t i) {
    out.push_back({i, a.sentences[i].span, false});
    taken[i] = true;
    chosen.Add(i);
    remaining -= Cost(a.sentences[i], budget.unit);
  };

  if (!options.mmr) {
    for (uint32_t i : ranked) {
      if (remaining == 0) break;
      const AnalyzedSentence& s = a.sentences[i];
      if (!s.eligible || Cost(s, budget.unit) > remaining) continue;
      const float sim = chosen.MaxSimilarity(i);
      if (sim >= kDuplicateCosine || sim > options.redundancy_threshold) continue;
      take(i);
    }
  } else {
    double max_score = 0;
    for (double s : scores) max_score = std::max(max_score, s);
    if (max_score <= 0) max_score = 1;
    std::vector<float> max_sim(a.size(), 0.0f);
    while (remaining > 0) {
      double best_value = 0;
      int64_t best = -1;
      for (uint32_t i : ranked) {  // ranked order makes ties deterministic
        const AnalyzedSentence& s = a.sentences[i];
        if (taken[i] || !s.eligible || Cost(s, budget.unit) > remaining) continue;
        if (max_sim[i] >= kDuplicateCosine) continue;
        const double value = options.mmr_lambda * scores[i] / max_score -
                             (1.0 - options.mmr_lambda) * max_sim[i];
        if (best < 0 || value > best_value) {
          best = i;
          best_value = value;
        }
      }
      if (best < 0) break;
      take(static_cast<uint32_t>(best));
      for (uint32_t i = 0; i < a.size(); ++i) {
        if (!taken[i]) max_sim[i] = std::max(max_sim[i], chosen.Similarity(i, static_cast<uint32_t>(best)));
      }
    }
  }

  AppendTruncated(cluster, a, scores, options, remaining, &out);
  return out;
}

}  // namespace precis::summarize
