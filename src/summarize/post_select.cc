// The rules every method's selection obeys (select.h: ApplySelectionRules).
#include <algorithm>

#include "summarize/compress.h"
#include "summarize/select.h"

namespace precis::summarize {
namespace {

// A lead-in ("The plan has three parts:") announces what follows; alone it says
// nothing.
bool IsLeadIn(const Cluster& cluster, const AnalyzedSentence& s) {
  std::string_view t = s.span.of(cluster.articles[s.article].text);
  while (!t.empty() &&
         (t.back() == ' ' || t.back() == '\n' || t.back() == '\t' || t.back() == '\r')) {
    t.remove_suffix(1);
  }
  return !t.empty() && t.back() == ':';
}

}  // namespace

void ApplySelectionRules(const Cluster& cluster, const ClusterAnalysis& a,
                         const std::vector<double>& scores, const SummarizeOptions& options,
                         std::vector<Selected>* chosen) {
  const float threshold = static_cast<float>(options.redundancy_threshold);
  // Which sentence follows which in its article, to keep a lead-in with the
  // first item of its list (the list is the sentence after it).
  auto next_of = [&](uint32_t i) -> int64_t {
    return i + 1 < a.size() && a.sentences[i + 1].article == a.sentences[i].article &&
                   a.sentences[i + 1].position == a.sentences[i].position + 1
               ? static_cast<int64_t>(i) + 1
               : -1;
  };
  std::vector<bool> picked(a.size(), false);
  for (const Selected& s : *chosen) picked[s.sentence] = true;

  Chosen kept_set(cluster, a);
  std::vector<Selected> kept;
  bool dropped = false;
  for (const Selected& s : *chosen) {
    const int64_t next = next_of(s.sentence);
    const bool orphan_lead_in =
        IsLeadIn(cluster, a.sentences[s.sentence]) && (next < 0 || !picked[next]);
    if (orphan_lead_in || (!s.truncated && kept_set.MaxSimilarity(s.sentence) > threshold)) {
      picked[s.sentence] = false;
      dropped = true;
      continue;
    }
    kept_set.Add(s.sentence);
    kept.push_back(s);
  }
  if (!dropped) return;
  // Refill the freed budget from the method's own ranking under the same rules,
  // before any truncated last sentence (which stays last).
  std::vector<Selected> tail;
  if (!kept.empty() && kept.back().truncated) {
    tail.push_back(kept.back());
    kept.pop_back();
  }
  size_t remaining = Remaining(a, kept, options.budget);
  // The truncated tail keeps its cut: what it prints is not free for the refill.
  for (const Selected& t : tail) {
    const std::string printed = JoinPieces(cluster.articles[a.sentences[t.sentence].article].text,
                                           ClipPieces(CandidatePieces(a, t.sentence), t.span));
    size_t cost = 1;
    switch (options.budget.unit) {
      case BudgetUnit::kWords: cost = CountWords(printed); break;
      case BudgetUnit::kBytes: cost = printed.size(); break;
      case BudgetUnit::kChars: cost = CountChars(printed); break;
      case BudgetUnit::kSentences: cost = 1; break;
    }
    remaining -= std::min(remaining, cost);
  }
  for (uint32_t i : RankByScore(a, scores)) {
    if (remaining == 0) break;
    const AnalyzedSentence& s = a.sentences[i];
    if (picked[i] || !s.eligible || IsLeadIn(cluster, s)) continue;
    const size_t cost = Cost(s, options.budget.unit);
    if (cost > remaining || kept_set.Repeats(i) || kept_set.MaxSimilarity(i) > threshold) continue;
    kept_set.Add(i);
    picked[i] = true;
    kept.push_back({i, s.span, false});
    remaining -= cost;
  }
  kept.insert(kept.end(), tail.begin(), tail.end());
  *chosen = std::move(kept);
}

}  // namespace precis::summarize
