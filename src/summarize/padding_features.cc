#include "summarize/padding_features.h"

#include <algorithm>
#include <cmath>

#include "summarize/padding.h"

namespace precis::summarize {
namespace {

// Articles this similar (cosine of their TF-IDF vectors) are copies of one
// another: they would copy padding too, so they give each other no support.
constexpr double kNearDuplicateArticles = 0.8;
// Sentences within this distance in their own article are a sentence's
// neighbourhood (a pasted run of up to three sentences would support itself);
// runs are at most kMaxRun long.
constexpr size_t kNear = 2;
constexpr size_t kMaxRun = 3;
// A term is rare when its IDF is above this (with a background: in fewer than
// about 5% of its articles).
constexpr double kRareIdf = 3.0;

using Vec = std::vector<TermWeight>;

double DotOf(const Vec& x, const Vec& y) {
  return Dot(x.data(), x.data() + x.size(), y.data(), y.data() + y.size());
}

void Normalize(Vec* v) {
  double n2 = 0;
  for (const TermWeight& w : *v) n2 += static_cast<double>(w.weight) * w.weight;
  if (n2 <= 0) return;
  const double inv = 1.0 / std::sqrt(n2);
  for (TermWeight& w : *v) w.weight = static_cast<float>(w.weight * inv);
}

// Cosine of the unit vector `v` with the dense sum of the unit vectors `parts`.
double CosineWithSum(const Vec& v, const std::vector<const Vec*>& parts,
                     std::vector<double>* dense) {
  for (const Vec* p : parts) {
    for (const TermWeight& w : *p) (*dense)[w.term] += w.weight;
  }
  double dot = 0, n2 = 0;
  for (const TermWeight& w : v) dot += w.weight * (*dense)[w.term];
  for (const Vec* p : parts) {
    for (const TermWeight& w : *p) {
      n2 += (*dense)[w.term] * (*dense)[w.term];
      (*dense)[w.term] = 0;  // each term counted once, and the buffer left clean
    }
  }
  return n2 > 0 ? dot / std::sqrt(n2) : 0;
}

// Features of one article's sentences [b, e) from within the article.
void ArticleFeatures(size_t b, size_t e, const std::vector<Vec>& vec, const ClusterAnalysis& a,
                     const std::vector<uint32_t>& df, std::vector<double>* dense,
                     std::vector<PaddingFeatureRow>* rows) {
  auto cos = [&](size_t i, size_t j) { return DotOf(vec[i], vec[j]); };
  auto near = [](size_t i, size_t j) { return j + kNear >= i && j <= i + kNear; };
  std::vector<const Vec*> far_parts;
  for (size_t i = b; i < e; ++i) {
    PaddingFeatureRow& r = (*rows)[i];
    const bool has_prev = i > b, has_next = i + 1 < e;
    r[kPrevious] = has_prev ? cos(i, i - 1) : 0;
    r[kNext] = has_next ? cos(i, i + 1) : 0;
    r[kBridge] = has_prev && has_next ? cos(i - 1, i + 1) : 0;
    r[kFar] = 0;
    far_parts.clear();
    for (size_t j = b; j < e; ++j) {
      if (near(i, j)) continue;
      r[kFar] = std::max(r[kFar], cos(i, j));
      far_parts.push_back(&vec[j]);
    }
    r[kArticle] = CosineWithSum(vec[i], far_parts, dense);
    // The most suspicious run holding i: the lowest mean log ratio.
    double best = 1e300;
    for (size_t len = 1; len <= kMaxRun; ++len) {
      for (size_t s = i + 1 >= b + len ? i + 1 - len : b; s <= i && s + len <= e; ++s) {
        double mean = 0;
        for (size_t k = s; k < s + len; ++k) mean += (*rows)[k][kLogRatio];
        mean /= static_cast<double>(len);
        if (mean >= best) continue;
        best = mean;
        r[kRunEdges] = r[kRunOutside] = 0;
        for (size_t k = s; k < s + len; ++k) {
          if (s > b) r[kRunEdges] = std::max(r[kRunEdges], cos(k, s - 1));
          if (s + len < e) r[kRunEdges] = std::max(r[kRunEdges], cos(k, s + len));
        }
        for (size_t j = b; j < e; ++j) {
          if (j < s || j >= s + len) r[kRunOutside] = std::max(r[kRunOutside], cos(i, j));
        }
      }
    }
    r[kRunRatio] = best;
    // Rare terms that neither another article nor a far sentence of its own
    // holds.
    r[kRareAlone] = 0;
    for (auto w = a.tf_begin(i); w != a.tf_end(i); ++w) {
      if (w->term >= a.idf.size() || a.idf[w->term] <= kRareIdf) continue;
      bool held = w->term < df.size() && df[w->term] >= 2;
      for (size_t j = b; j < e && !held; ++j) {
        if (near(i, j)) continue;
        for (auto v = a.tf_begin(j); v != a.tf_end(j) && !held; ++v) {
          held = v->term == w->term;
        }
      }
      r[kRareAlone] += held ? 0 : 1;
    }
  }
}

}  // namespace

std::vector<uint32_t> ArticleFrequencies(const ClusterAnalysis& a) {
  std::vector<uint32_t> df(a.idf.size(), 0), last(a.idf.size(), UINT32_MAX);
  for (size_t i = 0; i < a.ground(); ++i) {
    for (auto w = a.tf_begin(i); w != a.tf_end(i); ++w) {
      if (w->term >= df.size()) {
        df.resize(w->term + 1, 0);
        last.resize(w->term + 1, UINT32_MAX);
      }
      if (last[w->term] != a.sentences[i].article) ++df[w->term];
      last[w->term] = a.sentences[i].article;
    }
  }
  return df;
}

const char* PaddingFeatureName(PaddingFeature f) {
  static const char* const kNames[kFeatureCount] = {
      "log_ratio", "supported", "max_similar", "centroid",  "previous",    "next",    "bridge",
      "far",       "terms",     "run_ratio",   "run_edges", "run_outside", "article", "rare_alone"};
  return kNames[f];
}

std::vector<PaddingFeatureRow> PaddingFeatures(const ClusterAnalysis& a,
                                               const std::vector<uint32_t>& df, size_t articles,
                                               bool background) {
  const size_t n = a.ground();
  std::vector<PaddingFeatureRow> rows(n);
  if (n == 0) return rows;
  const size_t vocab = std::max(a.idf.size(), df.size());
  auto idf_of = [&](uint32_t t) { return t < a.idf.size() ? static_cast<double>(a.idf[t]) : 1.0; };

  // Unit TF-IDF vectors of the sentences and of the articles.
  std::vector<Vec> vec(n);
  for (size_t i = 0; i < n; ++i) {
    for (auto w = a.tf_begin(i); w != a.tf_end(i); ++w) {
      vec[i].push_back({w->term, static_cast<float>(w->weight * idf_of(w->term))});
    }
    Normalize(&vec[i]);
  }
  const size_t n_articles = a.article_sentences.size();
  std::vector<size_t> first(n_articles + 1, 0);
  for (size_t x = 0; x < n_articles; ++x) {
    first[x + 1] = std::min(n, first[x] + a.article_sentences[x]);
  }
  std::vector<double> dense(vocab, 0.0);
  std::vector<Vec> article_vec(n_articles);
  for (size_t x = 0; x < n_articles; ++x) {
    for (size_t i = first[x]; i < first[x + 1]; ++i) {
      for (const TermWeight& w : vec[i]) dense[w.term] += w.weight;
    }
    for (size_t i = first[x]; i < first[x + 1]; ++i) {
      for (const TermWeight& w : vec[i]) {
        if (dense[w.term] == 0) continue;
        article_vec[x].push_back({w.term, static_cast<float>(dense[w.term])});
        dense[w.term] = 0;
      }
    }
    std::sort(article_vec[x].begin(), article_vec[x].end(),
              [](const TermWeight& p, const TermWeight& q) { return p.term < q.term; });
    Normalize(&article_vec[x]);
  }
  // Which articles support which: not itself, not its near-duplicates.
  std::vector<std::vector<bool>> supports(n_articles, std::vector<bool>(n_articles, false));
  for (size_t x = 0; x < n_articles; ++x) {
    for (size_t y = 0; y < n_articles; ++y) {
      supports[x][y] = x != y && DotOf(article_vec[x], article_vec[y]) < kNearDuplicateArticles;
    }
  }

  // The ratio (as its mean log, or the cluster-only share) and the supported
  // share.
  const std::vector<double> ratio = PaddingSupport(a, df, articles, background);
  for (size_t i = 0; i < n; ++i) {
    const double p = std::clamp(ratio[i], 1e-9, 1 - 1e-9);
    rows[i][kLogRatio] = background ? std::log(p / (1 - p)) : p;
    double total = 0, supported = 0;
    for (auto w = a.tf_begin(i); w != a.tf_end(i); ++w) {
      const double weight = idf_of(w->term);
      total += weight;
      if (w->term < df.size() && df[w->term] >= 2) supported += weight;
    }
    rows[i][kSupported] = total > 0 ? supported / total : 1.0;
    rows[i][kTerms] = std::log1p(static_cast<double>(a.sentences[i].vec_end - a.sentences[i].vec_begin));
  }

  // Similarity to the other articles' sentences and to their centroid.
  std::vector<const Vec*> others;
  for (size_t x = 0; x < n_articles; ++x) {
    others.clear();
    for (size_t y = 0; y < n_articles; ++y) {
      if (supports[x][y]) others.push_back(&article_vec[y]);
    }
    for (size_t i = first[x]; i < first[x + 1]; ++i) {
      rows[i][kCentroid] = CosineWithSum(vec[i], others, &dense);
      double best = 0;
      for (size_t y = 0; y < n_articles; ++y) {
        if (!supports[x][y]) continue;
        for (size_t j = first[y]; j < first[y + 1]; ++j)
          best = std::max(best, DotOf(vec[i], vec[j]));
      }
      rows[i][kMaxSimilar] = best;
    }
  }
  for (size_t x = 0; x < n_articles; ++x)
    ArticleFeatures(first[x], first[x + 1], vec, a, df, &dense, &rows);
  return rows;
}

}  // namespace precis::summarize
