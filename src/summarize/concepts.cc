#include "summarize/concepts.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>

#include "summarize/chunked_array.h"

namespace precis::summarize {
namespace {

// The weights (GenericWeights) were first chosen by hand on DUC 2004 (docs/quality.md has
// every figure), then refit by bench/fit_weights.cc:
// - df^df_power + lead_bonus * (article groups whose lead sentence has the concept). Squaring
//   df favours what most articles share over what only min_df of them say; the lead bonus
//   follows news' inverted pyramid.
// - Unigram concepts (content words) at unigram_weight of a bigram's weight: they reward
//   sentences that carry the cluster's key words in other combinations, which ROUGE-1 counts.
// - Near-duplicate articles (the same wire story filed twice, or a short version inside a
//   long one) count once.
// Articles compared with each new one when looking for repeats.
constexpr uint32_t kRepeatWindow = 256;

constexpr uint64_t Key(uint32_t x, uint32_t y) { return (static_cast<uint64_t>(x) << 32) | y; }
// Unigram keys use a second word no term can have (stopword bit set and every id bit).
constexpr uint32_t kUnigramKey = UINT32_MAX;

// Calls fn(key) for each bigram of `words` (a sentence's, from ClusterAnalysis::Words) that
// is not two stopwords, in order.
template <typename Fn>
void ForEachBigram(const std::vector<uint32_t>& words, Fn&& fn) {
  for (size_t k = 0; k + 1 < words.size(); ++k) {
    const uint32_t x = words[k], y = words[k + 1];
    if ((x & ClusterAnalysis::kStopWord) && (y & ClusterAnalysis::kStopWord)) continue;
    fn(Key(x, y));
  }
}

// Calls fn(key) for each content word of `words`, in order.
template <typename Fn>
void ForEachUnigram(const std::vector<uint32_t>& words, Fn&& fn) {
  for (uint32_t x : words) {
    if (!(x & ClusterAnalysis::kStopWord)) fn(Key(x, kUnigramKey));
  }
}

// Sentence ranges per article: sentences of article x are [begin[x], begin[x + 1]).
std::vector<uint32_t> ArticleBegins(const ClusterAnalysis& a) {
  std::vector<uint32_t> begin(a.article_sentences.size() + 1, 0);
  for (size_t x = 0; x < a.article_sentences.size(); ++x) {
    begin[x + 1] = begin[x] + a.article_sentences[x];
  }
  return begin;
}

}  // namespace

std::vector<uint32_t> RepeatedArticles(const ClusterAnalysis& a, double containment) {
  const uint32_t n = static_cast<uint32_t>(a.article_sentences.size());
  const std::vector<uint32_t> begin = ArticleBegins(a);
  // Anchors: the kAnchors bigrams of each article with the smallest mixed hash. When 90% of
  // the smaller article is inside the larger, each anchor is in the larger with probability
  // at least 0.9, so requiring one of them before the exact count misses a repeat with
  // probability at most 0.1^kAnchors; it skips the exact count for almost every other pair.
  constexpr size_t kAnchors = 8;
  auto mix = [](uint64_t k) {
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdULL;
    k ^= k >> 33;
    return k;
  };
  // An article is compared only with the kRepeatWindow before it, so the bigram sets and
  // anchors of the last kRepeatWindow + 1 articles are kept, in a ring, rather than one per
  // article (a million one-line articles held 400 MB of them).
  constexpr uint32_t kRing = kRepeatWindow + 1;
  std::vector<std::vector<uint64_t>> sets(std::min(n, kRing));
  std::vector<std::vector<uint64_t>> anchors(sets.size());
  // The window's articles by bigram and by anchor. A pair can pass the anchor test only when
  // one of the smaller article's anchors is in the larger one's set: either an anchor of x is
  // in y's set (y in holders[anchor]) or an anchor of y is in x's set (y in anchored_by[key]).
  // Only those y are tested, instead of every article in the window; the test is the same.
  std::unordered_map<uint64_t, std::vector<uint32_t>> holders, anchored_by;
  auto index = [](std::unordered_map<uint64_t, std::vector<uint32_t>>* map,
                  const std::vector<uint64_t>& keys, uint32_t x, bool add) {
    for (uint64_t key : keys) {
      if (add) {
        (*map)[key].push_back(x);
        continue;
      }
      // Articles leave the window oldest first, so x is at the front of each list.
      const auto it = map->find(key);
      it->second.erase(it->second.begin());
      if (it->second.empty()) map->erase(it);
    }
  };
  std::vector<uint64_t> scratch;
  std::vector<uint32_t> words, candidates;
  std::vector<uint32_t> root(n);
  std::iota(root.begin(), root.end(), 0u);
  auto find = [&](uint32_t x) {
    while (root[x] != x) x = root[x] = root[root[x]];
    return x;
  };
  for (uint32_t x = 0; x < n; ++x) {
    std::vector<uint64_t>& set_x = sets[x % kRing];
    std::vector<uint64_t>& anchors_x = anchors[x % kRing];
    if (x >= kRing) {  // the slot's article, x - kRing, leaves the window
      index(&holders, set_x, x - kRing, false);
      index(&anchored_by, anchors_x, x - kRing, false);
    }
    scratch.clear();
    for (uint32_t i = begin[x]; i < begin[x + 1]; ++i) {
      a.Words(i, &words);
      ForEachBigram(words, [&](uint64_t key) { scratch.push_back(key); });
    }
    std::sort(scratch.begin(), scratch.end());
    scratch.erase(std::unique(scratch.begin(), scratch.end()), scratch.end());
    set_x.assign(scratch.begin(), scratch.end());
    const size_t k = std::min(kAnchors, scratch.size());
    std::partial_sort(scratch.begin(), scratch.begin() + k, scratch.end(),
                      [&](uint64_t p, uint64_t q) { return mix(p) < mix(q); });
    anchors_x.assign(scratch.begin(), scratch.begin() + k);
    candidates.clear();
    for (uint64_t key : anchors_x) {
      if (const auto it = holders.find(key); it != holders.end()) {
        candidates.insert(candidates.end(), it->second.begin(), it->second.end());
      }
    }
    for (uint64_t key : set_x) {
      if (const auto it = anchored_by.find(key); it != anchored_by.end()) {
        candidates.insert(candidates.end(), it->second.begin(), it->second.end());
      }
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    for (uint32_t y : candidates) {
      const std::vector<uint64_t>& set_y = sets[y % kRing];
      const uint32_t small = set_x.size() <= set_y.size() ? x : y;
      const std::vector<uint64_t>& large = small == x ? set_y : set_x;
      const std::vector<uint64_t>& small_anchors = anchors[small % kRing];
      const bool anchored = std::any_of(
          small_anchors.begin(), small_anchors.end(),
          [&](uint64_t key) { return std::binary_search(large.begin(), large.end(), key); });
      if (!anchored) continue;
      size_t shared = 0;
      for (size_t p = 0, q = 0; p < set_x.size() && q < set_y.size();) {
        if (set_x[p] < set_y[q]) {
          ++p;
        } else if (set_y[q] < set_x[p]) {
          ++q;
        } else {
          ++shared, ++p, ++q;
        }
      }
      const size_t small_size = small == x ? set_x.size() : set_y.size();
      if (static_cast<double>(shared) >= containment * static_cast<double>(small_size)) {
        const uint32_t rx = find(x), ry = find(y);
        root[std::max(rx, ry)] = std::min(rx, ry);  // the lowest article represents a group
      }
    }
    index(&holders, set_x, x, true);
    index(&anchored_by, anchors_x, x, true);
  }
  for (uint32_t x = 0; x < n; ++x) root[x] = find(x);
  return root;
}

Concepts BuildConcepts(const ClusterAnalysis& a, const GenericWeights& weights, uint32_t min_df) {
  const uint32_t n_articles = static_cast<uint32_t>(a.article_sentences.size());
  const std::vector<uint32_t> group = RepeatedArticles(a, weights.repeat_containment);
  // df counts groups of repeated articles, so the threshold follows the number of groups: three
  // copies of one article are one group, and a threshold of 2 would leave no concept.
  uint32_t n_groups = 0;
  for (uint32_t x = 0; x < n_articles; ++x) n_groups += group[x] == x;
  if (min_df == 0) min_df = n_groups >= 6 ? 3 : (n_groups >= 3 ? 2 : 1);
  struct Stat {
    uint32_t df = 0;       // article groups with the concept
    uint32_t lead_df = 0;  // article groups with it in an article's first sentence
    uint32_t last_group = UINT32_MAX;
    uint32_t last_lead_group = UINT32_MAX;
    uint32_t id = UINT32_MAX;
  };
  std::unordered_map<uint64_t, Stat> stats;
  const std::vector<uint32_t> begin = ArticleBegins(a);
  // Articles are visited group by group so that "seen in this group" is one comparison.
  std::vector<uint32_t> order(n_articles);
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(),
                   [&](uint32_t x, uint32_t y) { return group[x] < group[y]; });
  std::vector<uint32_t> words;
  for (uint32_t article : order) {
    const uint32_t g = group[article];
    for (uint32_t i = begin[article]; i < begin[article + 1]; ++i) {
      const bool lead = a.sentences[i].position == 0;
      auto count = [&](uint64_t key) {
        Stat& st = stats[key];
        if (st.last_group != g) {
          st.last_group = g;
          ++st.df;
        }
        if (lead && st.last_lead_group != g) {
          st.last_lead_group = g;
          ++st.lead_df;
        }
      };
      a.Words(i, &words);
      ForEachBigram(words, count);
      ForEachUnigram(words, count);
    }
  }
  // Ids in first-occurrence order keep the result independent of hash-map iteration order.
  Concepts c;
  c.offsets.reserve(a.size() + 1);
  c.offsets.push_back(0);
  // The ids are built in chunks and copied once at their final size: a growing vector would
  // hold up to three times them while it reallocates (a million sentences hold 160 MB).
  ChunkedArray<uint8_t> ids;
  std::vector<uint32_t> mine;
  for (size_t i = 0; i < a.size(); ++i) {
    mine.clear();
    auto take = [&](uint64_t key) {
      Stat& st = stats[key];
      if (st.df < min_df) return;
      if (st.id == UINT32_MAX) {
        st.id = static_cast<uint32_t>(c.weight.size());
        const bool unigram = static_cast<uint32_t>(key) == kUnigramKey;
        const double df = static_cast<double>(st.df);
        const double w = (weights.df_power == 2.0 ? df * df : std::pow(df, weights.df_power)) +
                         weights.lead_bonus * st.lead_df;
        c.weight.push_back(unigram ? weights.unigram_weight * w : w);
        c.first.push_back(static_cast<uint32_t>(key >> 32));
        c.second.push_back(unigram ? Concepts::kUnigram : static_cast<uint32_t>(key));
      }
      mine.push_back(st.id);
    };
    a.Words(i, &words);
    ForEachBigram(words, take);
    ForEachUnigram(words, take);
    std::sort(mine.begin(), mine.end());
    mine.erase(std::unique(mine.begin(), mine.end()), mine.end());
    for (size_t k = 0; k < mine.size(); ++k) {
      AppendVarint(k == 0 ? mine[0] : mine[k] - mine[k - 1], &ids);
    }
    c.offsets.push_back(static_cast<uint32_t>(ids.size()));
  }
  stats = {};
  c.ids = VarintArray(ids.TakeVector());
  return c;
}

ConceptIndex IndexConcepts(const Concepts& c) {
  ConceptIndex index;
  index.reserve(c.size());
  for (uint32_t k = 0; k < c.size(); ++k) index.emplace(Key(c.first[k], c.second[k]), k);
  return index;
}

double PrefixGain(const ClusterAnalysis& a, const Concepts& c, const ConceptIndex& index,
                  uint32_t i, size_t words, const std::vector<bool>& covered) {
  const AnalyzedSentence& s = a.sentences[i];
  std::vector<uint32_t> seq;
  a.Words(i, &seq);
  const uint32_t n = static_cast<uint32_t>(seq.size());
  const uint32_t m =
      s.words <= words ? n : static_cast<uint32_t>(static_cast<uint64_t>(n) * words / s.words);
  std::vector<uint32_t> counted;
  double gain = 0;
  auto add = [&](uint64_t key) {
    const auto it = index.find(key);
    if (it == index.end()) return;
    const uint32_t id = it->second;
    if (covered[id]) return;
    if (std::find(counted.begin(), counted.end(), id) != counted.end()) return;
    counted.push_back(id);
    gain += c.weight[id];
  };
  for (uint32_t k = 0; k < m; ++k) {
    const uint32_t x = seq[k];
    if (!(x & ClusterAnalysis::kStopWord)) add(Key(x, kUnigramKey));
    if (k + 1 < m) {
      const uint32_t y = seq[k + 1];
      if (!((x & ClusterAnalysis::kStopWord) && (y & ClusterAnalysis::kStopWord))) add(Key(x, y));
    }
  }
  return gain;
}

double QueryHit(const ClusterAnalysis& a, uint32_t word) {
  if (word == Concepts::kUnigram || (word & ClusterAnalysis::kStopWord)) return 0;
  auto find = [](const std::vector<TermWeight>& v, uint32_t word) {
    const auto it = std::lower_bound(v.begin(), v.end(), word,
                                     [](const TermWeight& q, uint32_t w) { return q.term < w; });
    return it != v.end() && it->term == word ? &*it : nullptr;
  };
  if (find(a.query, word) == nullptr) return 0;
  const TermWeight* added = find(a.query_added, word);
  return added != nullptr ? added->weight : 1.0;
}

void BoostQueryConcepts(const ClusterAnalysis& a, const QueryWeights& w, Concepts* c) {
  if (a.query.empty()) return;
  for (size_t k = 0; k < c->size(); ++k) {
    const double hits = QueryHit(a, c->first[k]) + QueryHit(a, c->second[k]);
    c->weight[k] *= 1.0 + w.concept_boost * a.query_weight * hits;
  }
}

}  // namespace precis::summarize
