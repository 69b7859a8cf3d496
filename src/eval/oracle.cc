// The extractive oracle: greedy ROUGE-2 recall against the references.
#include <algorithm>
#include <chrono>

#include "precis/eval.h"

namespace precis {

Status OracleSummary(const Cluster& cluster, const SummarizeOptions& options,
                     const RougeOptions& rouge, Summary* out) {
  const auto start = std::chrono::steady_clock::now();
  RougeOptions r = rouge;
  r.max_n = 2;  // the oracle optimizes ROUGE-2 recall only
  r.lcs = false;
  r.w_weight = 0;
  r.skip_bigrams = false;
  std::unique_ptr<RougeScorer> scorer;
  PRECIS_RETURN_IF_ERROR(RougeScorer::Create(r, &scorer));
  std::vector<std::vector<std::string>> models;
  for (const std::string& ref : cluster.references) models.push_back({ref});
  scorer->SetModels(models);
  const size_t metric = 1;  // ROUGE-2

  struct Candidate {
    uint32_t article;
    Span span;
    uint32_t words;
  };
  std::vector<Candidate> candidates;
  for (uint32_t a = 0; a < cluster.articles.size(); ++a) {
    const std::string& text = cluster.articles[a].text;
    for (const Span& s : SplitSentences(text, options.segment)) {
      const uint32_t words = CountWords(s.of(text));
      if (words >= options.min_sentence_words && words <= options.max_sentence_words) {
        candidates.push_back({a, s, words});
      }
    }
  }

  const size_t limit = options.budget.unit == BudgetUnit::kWords ? options.budget.limit : SIZE_MAX;
  const size_t byte_limit = options.budget.unit == BudgetUnit::kBytes ? options.budget.limit : SIZE_MAX;
  const size_t sentence_limit =
      options.budget.unit == BudgetUnit::kSentences ? options.budget.limit : SIZE_MAX;
  std::vector<std::string> peer;
  std::vector<bool> used(candidates.size(), false);
  std::vector<size_t> chosen;
  size_t words = 0, bytes = 0;
  double current = 0;
  RougeEvalResult result;
  while (words < limit && bytes < byte_limit && chosen.size() < sentence_limit) {
    int64_t best = -1;
    double best_recall = current;
    for (size_t k = 0; k < candidates.size(); ++k) {
      if (used[k]) continue;
      peer.emplace_back(candidates[k].span.of(cluster.articles[candidates[k].article].text));
      const Status st = scorer->Score(peer, &result);
      peer.pop_back();
      if (!st.ok()) return st;
      const double recall = result.metrics[metric].recall;
      if (recall > best_recall) {  // strict: ties keep the earlier sentence
        best_recall = recall;
        best = static_cast<int64_t>(k);
      }
    }
    if (best < 0) break;
    used[best] = true;
    chosen.push_back(best);
    const Candidate& c = candidates[best];
    peer.emplace_back(c.span.of(cluster.articles[c.article].text));
    words += c.words;
    bytes += c.span.size();
    current = best_recall;
  }

  Summary summary;
  summary.id = cluster.id;
  summary.method = kOracleMethod;
  for (size_t k : chosen) {
    const Candidate& c = candidates[k];
    AppendSentence(cluster, c.article, c.span, 0.0, false, &summary);
  }
  summary.elapsed_ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  *out = std::move(summary);
  return Status::Ok();
}

}  // namespace precis
