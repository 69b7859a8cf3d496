#include "summarize/concepts.h"

#include <algorithm>
#include <unordered_map>

namespace precis::summarize {
namespace {

// Weight = df^2 + kLeadBonus * (articles whose lead sentence has the bigram). Squaring df
// favours the concepts most articles share over the many seen in just min_df articles, and
// the lead bonus follows news' inverted pyramid. Chosen on DUC 2004 (docs/quality.md):
// R-2 8.92 with df alone, 9.77 with df^2, 9.89 with the bonus as well.
constexpr double kLeadBonus = 4.0;

// A concept with one query word counts twice, with two three times.
constexpr double kQueryBoost = 1.0;

}  // namespace

Concepts BigramConcepts(const ClusterAnalysis& a, uint32_t min_df) {
  const uint32_t n_articles = static_cast<uint32_t>(a.article_sentences.size());
  if (min_df == 0) min_df = n_articles >= 6 ? 3 : (n_articles >= 3 ? 2 : 1);
  struct Stat {
    uint32_t df = 0;
    uint32_t last_article = UINT32_MAX;
    uint32_t id = UINT32_MAX;
    uint32_t lead_df = 0;  // articles whose first sentence has the bigram
  };
  std::unordered_map<uint64_t, Stat> stats;
  auto bigram_key = [](uint32_t x, uint32_t y) { return (static_cast<uint64_t>(x) << 32) | y; };
  auto for_each_bigram = [&](size_t i, auto&& fn) {
    const AnalyzedSentence& s = a.sentences[i];
    for (uint32_t k = s.seq_begin; k + 1 < s.seq_end; ++k) {
      const uint32_t x = a.words[k], y = a.words[k + 1];
      if ((x & ClusterAnalysis::kStopWord) && (y & ClusterAnalysis::kStopWord)) continue;
      fn(bigram_key(x, y));
    }
  };
  for (size_t i = 0; i < a.size(); ++i) {
    const uint32_t article = a.sentences[i].article;
    for_each_bigram(i, [&](uint64_t key) {
      Stat& st = stats[key];
      if (st.last_article != article) {
        st.last_article = article;
        ++st.df;
        st.lead_df += a.sentences[i].position == 0;
      }
    });
  }
  // Ids in first-occurrence order keep the result independent of hash-map iteration order.
  Concepts c;
  c.offsets.reserve(a.size() + 1);
  c.offsets.push_back(0);
  std::vector<uint32_t> mine;
  for (size_t i = 0; i < a.size(); ++i) {
    mine.clear();
    for_each_bigram(i, [&](uint64_t key) {
      Stat& st = stats[key];
      if (st.df < min_df) return;
      if (st.id == UINT32_MAX) {
        st.id = static_cast<uint32_t>(c.weight.size());
        c.weight.push_back(static_cast<double>(st.df) * st.df + kLeadBonus * st.lead_df);
        c.first.push_back(static_cast<uint32_t>(key >> 32));
        c.second.push_back(static_cast<uint32_t>(key));
      }
      mine.push_back(st.id);
    });
    std::sort(mine.begin(), mine.end());
    mine.erase(std::unique(mine.begin(), mine.end()), mine.end());
    c.ids.insert(c.ids.end(), mine.begin(), mine.end());
    c.offsets.push_back(static_cast<uint32_t>(c.ids.size()));
  }
  return c;
}

void BoostQueryConcepts(const ClusterAnalysis& a, Concepts* c) {
  if (a.query.empty()) return;
  auto is_query = [&](uint32_t word) {
    if (word & ClusterAnalysis::kStopWord) return false;
    for (const TermWeight& q : a.query) {
      if (q.term == word) return true;
    }
    return false;
  };
  for (size_t k = 0; k < c->size(); ++k) {
    const int hits = is_query(c->first[k]) + is_query(c->second[k]);
    c->weight[k] *= 1.0 + kQueryBoost * hits;
  }
}

}  // namespace precis::summarize
