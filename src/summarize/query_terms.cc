#include "summarize/query_terms.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "summarize/scorers.h"

namespace precis::summarize {
namespace {

// Instruction words of DUC 2005-2007 narratives and of questions people type,
// folded. Words that also name content in news ("effects", "status", "causes")
// are not here: "What are the effects of ..." is answered by sentences about
// effects.
constexpr std::string_view kQuestionCues[] = {
    "account",   "aspect",      "aspects",    "brief",     "briefly",
    "describe",  "described",   "describing", "detail",    "details",
    "discuss",   "discussed",   "discussing", "example",   "examples",
    "explain",   "explained",   "explaining", "give",      "identify",
    "include",   "included",    "includes",   "including", "indicate",
    "info",      "information", "issue",      "issues",    "kind",
    "kinds",     "list",        "mention",    "mentioned", "note",
    "noted",     "provide",     "regarding",  "specific",  "specifically",
    "summarize", "summary",     "tell",       "type",      "types",
    "various",   "way",         "ways",       "well",      "what",
    "whatever",  "when",        "where",      "which",     "who",
    "whom",      "whose",       "why",        "how",       "also",
    "etc",       "known",       "documents",  "document",  "article",
    "articles",  "find",        "discovered", "any",
};

} // namespace

bool IsQuestionCue(std::string_view norm) {
  return std::find(std::begin(kQuestionCues), std::end(kQuestionCues), norm) !=
         std::end(kQuestionCues);
}

QueryText QueryOf(const Cluster &cluster, const SummarizeOptions &options) {
  if (!options.query.empty())
    return {"", options.query};
  return {cluster.topic_title, cluster.query};
}

void ExpandQuery(uint32_t feedback, uint32_t terms, double weight,
                 ClusterAnalysis *a) {
  if (a->query.empty() || a->query_norm <= 0 || feedback == 0 || terms == 0 ||
      weight <= 0) {
    return;
  }
  const std::vector<double> sim = QuerySimilarity(*a);
  std::vector<uint32_t> order;
  for (uint32_t i = 0; i < a->ground(); ++i) {
    if (sim[i] > 0)
      order.push_back(i);
  }
  const size_t k = std::min<size_t>(feedback, order.size());
  // Ties go to the earlier sentence, so the result does not depend on the sort.
  std::partial_sort(order.begin(), order.begin() + k, order.end(),
                    [&](uint32_t x, uint32_t y) {
                      return sim[x] != sim[y] ? sim[x] > sim[y] : x < y;
                    });
  order.resize(k);
  std::vector<double> vote(a->vocab.size(), 0.0);
  for (uint32_t i : order) {
    const float norm = a->sentences[i].norm;
    if (norm <= 0)
      continue;
    for (const TermWeight *t = a->vec_begin(i); t != a->vec_end(i); ++t) {
      vote[t->term] += t->weight / norm;
    }
  }
  float q_max = 0;
  for (const TermWeight &q : a->query) {
    vote[q.term] = 0; // already in the query
    q_max = std::max(q_max, q.weight);
  }
  std::vector<uint32_t> best(vote.size());
  std::iota(best.begin(), best.end(), 0u);
  const size_t m = std::min<size_t>(terms, best.size());
  std::partial_sort(best.begin(), best.begin() + m, best.end(),
                    [&](uint32_t x, uint32_t y) {
                      return vote[x] != vote[y] ? vote[x] > vote[y] : x < y;
                    });
  best.resize(m);
  if (best.empty() || vote[best[0]] <= 0)
    return;
  const double top = vote[best[0]];
  for (uint32_t t : best) {
    if (vote[t] <= 0)
      break;
    a->query.push_back({t, static_cast<float>(weight * q_max * vote[t] / top)});
    a->query_added.push_back(
        {t, static_cast<float>(std::min(1.0, weight * vote[t] / top))});
  }
  std::sort(
      a->query_added.begin(), a->query_added.end(),
      [](const TermWeight &x, const TermWeight &y) { return x.term < y.term; });
  std::sort(
      a->query.begin(), a->query.end(),
      [](const TermWeight &x, const TermWeight &y) { return x.term < y.term; });
  double norm2 = 0;
  for (const TermWeight &q : a->query)
    norm2 += static_cast<double>(q.weight) * q.weight;
  a->query_norm = static_cast<float>(std::sqrt(norm2));
}

} // namespace precis::summarize
