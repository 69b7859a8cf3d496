// Summarize: composes the stages (analysis -> scores -> selection -> ordering).
#include "precis/summarize.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <numeric>

#include "summarize/analysis.h"
#include "summarize/scorers.h"
#include "summarize/select.h"
#include "summarize/selectors.h"

namespace precis {
namespace summarize {
namespace {

// Graph methods build an n x n matrix; beyond this many sentences they score only the best
// candidates by centroid value (keeps a 50 MB article at a few MB of memory).
constexpr size_t kMaxGraphSentences = 1500;

using Scorer = std::function<std::vector<double>(const ClusterAnalysis&, const SummarizeOptions&)>;

// A method is a scorer used with the shared greedy/MMR selector, or a selector of its own.
struct Method {
  const char* name;
  Scorer scorer;      // null for selector methods
  Selector selector;  // null for scorer methods
  bool quadratic;     // builds an n x n similarity matrix
};

const std::vector<Method>& Methods() {
  static const std::vector<Method> methods = {
      {"lead", [](const ClusterAnalysis& a, const SummarizeOptions&) { return LeadScores(a); },
       nullptr, false},
      {"centroid",
       [](const ClusterAnalysis& a, const SummarizeOptions&) { return CentroidScores(a); }, nullptr,
       false},
      {"lexrank",
       [](const ClusterAnalysis& a, const SummarizeOptions& o) {
         return LexRankScores(a, o.damping);
       },
       nullptr, true},
      {"textrank",
       [](const ClusterAnalysis& a, const SummarizeOptions& o) {
         return TextRankScores(a, o.damping);
       },
       nullptr, true},
      {"sumbasic", nullptr, SelectSumBasic, false},
      {"klsum", nullptr, SelectKlSum, false},
      {"submodular", nullptr, SelectSubmodular, true},
      {"ilp", nullptr, SelectIlp, false},
      {"dpp", nullptr, SelectDpp, false},
      // The default: the best-scoring method on DUC 2004 (docs/quality.md).
      {"auto", nullptr, SelectIlp, false},
  };
  return methods;
}

const Method* FindMethod(std::string_view name) {
  for (const Method& m : Methods()) {
    if (name == m.name) return &m;
  }
  return nullptr;
}

// A copy of `a` holding only the sentences in `keep` (in their original order).
ClusterAnalysis Restrict(const ClusterAnalysis& a, std::vector<uint32_t> keep) {
  std::sort(keep.begin(), keep.end());
  ClusterAnalysis r;
  r.vocab = a.vocab;
  r.idf = a.idf;
  r.article_sentences = a.article_sentences;
  r.chronological = a.chronological;
  r.query = a.query;
  r.query_norm = a.query_norm;
  r.query_weight = a.query_weight;
  r.query_added = a.query_added;
  r.part_spans = a.part_spans;
  r.pieces = a.pieces;
  for (uint32_t i : keep) r.singles += a.sentences[i].parts == 1;  // singles stay a prefix
  for (uint32_t i : keep) {
    AnalyzedSentence s = a.sentences[i];
    const uint32_t begin = static_cast<uint32_t>(r.vectors.size());
    for (uint32_t k = s.vec_begin; k < s.vec_end; ++k) r.counts.push_back(a.counts[k]);
    r.vectors.insert(r.vectors.end(), a.vec_begin(i), a.vec_end(i));
    s.vec_begin = begin;
    s.vec_end = static_cast<uint32_t>(r.vectors.size());
    const uint32_t seq = static_cast<uint32_t>(r.words.size());
    r.words.Append(a.words, s.seq_begin, s.seq_end);
    s.seq_begin = seq;
    s.seq_end = static_cast<uint32_t>(r.words.size());
    r.sentences.push_back(s);
  }
  return r;
}

// Scores and selects with `method`. Quadratic methods on large inputs see only the
// kMaxGraphSentences best eligible sentences by centroid value; the others score 0.
std::vector<Selected> Run(const Method& method, const Cluster& cluster, const ClusterAnalysis& a,
                          const SummarizeOptions& options, std::vector<double>* scores) {
  if (method.quadratic && a.size() > kMaxGraphSentences) {
    const std::vector<double> prior = CentroidScores(a);
    std::vector<uint32_t> keep;
    for (uint32_t i : RankByScore(a, prior)) {
      if (a.sentences[i].eligible) keep.push_back(i);
      if (keep.size() == kMaxGraphSentences) break;
    }
    std::sort(keep.begin(), keep.end());
    std::vector<double> sub_scores;
    std::vector<Selected> chosen = Run(method, cluster, Restrict(a, keep), options, &sub_scores);
    scores->assign(a.size(), 0.0);
    for (size_t k = 0; k < keep.size(); ++k) (*scores)[keep[k]] = sub_scores[k];
    for (Selected& s : chosen) s.sentence = keep[s.sentence];
    return chosen;
  }
  if (method.selector) return method.selector(cluster, a, options, scores);
  if (a.singles > 0 && a.singles < a.size()) {
    // Scorers see the article sentences only (a joint unit would count its sentences twice
    // in a centroid or a graph); each unit then gets the mean of its sentences' scores.
    std::vector<uint32_t> ground(a.singles);
    std::iota(ground.begin(), ground.end(), 0u);
    const std::vector<double> ground_scores = method.scorer(Restrict(a, ground), options);
    scores->assign(a.size(), 0.0);
    std::copy(ground_scores.begin(), ground_scores.end(), scores->begin());
    ScoreJointUnitsFromParts(a, scores);
  } else {
    *scores = method.scorer(a, options);
  }
  MixQuery(a, scores);
  return Select(cluster, a, *scores, options);
}

// The fallback when a method chooses nothing although some sentence is eligible (the ILP with no
// shared concept, a selector whose own rules refuse every candidate): the best eligible sentences
// by centroid value under the greedy redundancy rule; when no whole sentence fits the budget, the
// best one cut to fit. Adds a warning saying which.
std::vector<Selected> Fallback(const Cluster& cluster, const ClusterAnalysis& a,
                               const SummarizeOptions& options, std::vector<double>* scores,
                               std::vector<std::string>* warnings) {
  *scores = CentroidScores(a);
  SummarizeOptions greedy = options;
  greedy.mmr = false;
  greedy.budget.truncate_last = false;
  std::vector<Selected> chosen = Select(cluster, a, *scores, greedy);
  if (!chosen.empty()) {
    warnings->push_back("method " + options.method +
                        " chose no sentence; the best sentences by centroid value were used");
    return chosen;
  }
  for (uint32_t i : RankByScore(a, *scores)) {
    const AnalyzedSentence& s = a.sentences[i];
    if (!s.eligible) continue;
    const BudgetUnit unit =
        options.budget.unit == BudgetUnit::kSentences ? BudgetUnit::kWords : options.budget.unit;
    const size_t limit =
        options.budget.unit == BudgetUnit::kSentences ? s.words : options.budget.limit;
    const Span cut = TruncateCandidate(cluster, a, i, unit, limit);
    if (cut.empty()) continue;
    warnings->push_back("no whole sentence fits the budget; the best sentence was cut to fit");
    chosen.push_back({i, cut, true});
    break;
  }
  return chosen;
}

}  // namespace
}  // namespace summarize

void AppendSentence(const Cluster& cluster, uint32_t article, Span span, double score,
                    bool truncated, Summary* summary) {
  AppendSentence(cluster, article, std::vector<Span>{span}, score, truncated, summary);
}

void AppendSentence(const Cluster& cluster, uint32_t article, const std::vector<Span>& spans,
                    double score, bool truncated, Summary* summary) {
  const Article& source = cluster.articles[article];
  SummarySentence item;
  for (const Span& s : spans) item.text.append(s.of(source.text));
  item.doc_id = source.id;
  item.article = article;
  item.spans = spans;
  if (!spans.empty()) {
    item.begin = spans.front().begin;
    item.end = spans.back().end;
  }
  if (source.file_offset >= 0) {
    item.file_begin = source.file_offset + item.begin;
    item.file_end = source.file_offset + item.end;
  }
  item.score = score;
  item.truncated = truncated;
  summary->words += CountWords(item.text);
  summary->bytes += item.text.size();
  summary->sentences.push_back(std::move(item));
}

std::vector<Span> SentenceSpans(const SummarySentence& s) {
  if (!s.spans.empty()) return s.spans;
  return {Span{s.begin, s.end}};
}

std::vector<std::string> MethodNames() {
  std::vector<std::string> names;
  for (const auto& m : summarize::Methods()) names.emplace_back(m.name);
  return names;
}

namespace {

// A value for a message, to six significant digits ("0.5", "nan", "1.79769e+308"): never the
// 309 digits of a huge double.
std::string ShortNumber(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6g", v);
  return buf;
}

Status OutOfRange(const char* field, const char* range, double value) {
  return Status::InvalidArgument(std::string(field) + " must be in " + range + ", got " +
                                 ShortNumber(value));
}

}  // namespace

Status ValidateSummarizeOptions(const SummarizeOptions& options) {
  if (summarize::FindMethod(options.method) == nullptr) {
    std::string names;
    for (const auto& n : MethodNames()) names += (names.empty() ? "" : ", ") + n;
    return Status::InvalidArgument("method: unknown method '" + options.method +
                                   "' (known: " + names + ")");
  }
  if (options.budget.limit == 0) return Status::InvalidArgument("budget.limit must be positive");
  if (options.max_sentence_words == 0) {
    return Status::InvalidArgument("max_sentence_words must be at least 1, got 0");
  }
  if (options.min_sentence_words > options.max_sentence_words) {
    return Status::InvalidArgument(
        "min_sentence_words (" + std::to_string(options.min_sentence_words) +
        ") is above max_sentence_words (" + std::to_string(options.max_sentence_words) +
        "): no sentence could be chosen");
  }
  // Written as !(in range) so that NaN fails every check.
  const auto in = [](double v, double lo, double hi) { return v >= lo && v <= hi; };
  if (!in(options.redundancy_threshold, 0, 1)) {
    return OutOfRange("redundancy_threshold", "[0, 1]", options.redundancy_threshold);
  }
  if (!in(options.mmr_lambda, 0, 1)) return OutOfRange("mmr_lambda", "[0, 1]", options.mmr_lambda);
  if (!in(options.off_topic_support, 0, 1)) {
    return OutOfRange("off_topic_support", "[0, 1]", options.off_topic_support);
  }
  if (!in(options.query_weight, 0, 1)) {
    return OutOfRange("query_weight", "[0, 1]", options.query_weight);
  }
  if (!in(options.query_expansion_weight, 0, 10)) {
    return OutOfRange("query_expansion_weight", "[0, 10]", options.query_expansion_weight);
  }
  if (!(options.damping > 0 && options.damping < 1)) {
    return OutOfRange("damping", "(0, 1)", options.damping);
  }
  return CheckWeights(options.weights);
}

Status Summarize(const Cluster& cluster, const SummarizeOptions& options, const IdfTable* idf,
                 Summary* out) {
  using namespace summarize;
  const auto start = std::chrono::steady_clock::now();
  PRECIS_RETURN_IF_ERROR(ValidateSummarizeOptions(options));
  const Method* method = FindMethod(options.method);

  ClusterAnalysis analysis;
  PRECIS_RETURN_IF_ERROR(Analyze(cluster, options, idf, &analysis));
  std::vector<double> scores;
  std::vector<Selected> chosen = Run(*method, cluster, analysis, options, &scores);
  // Every selector keeps overlapping candidates apart; this guards the invariant the
  // renderer relies on (each source sentence at most once).
  std::vector<Selected> kept;
  for (const Selected& sel : chosen) {
    bool overlap = false;
    for (const Selected& k : kept) {
      overlap =
          overlap || Overlaps(analysis.sentences[sel.sentence], analysis.sentences[k.sentence]);
    }
    if (!overlap) kept.push_back(sel);
  }
  chosen = std::move(kept);
  ApplySelectionRules(cluster, analysis, scores, options, &chosen);
  std::vector<std::string> warnings = analysis.warnings;
  if (chosen.empty()) chosen = Fallback(cluster, analysis, options, &scores, &warnings);

  if (options.ordering == Ordering::kScore) {
    // Best first; a truncated sentence stays last, where a reader expects a cut.
    std::stable_sort(chosen.begin(), chosen.end(), [&](const Selected& x, const Selected& y) {
      if (x.truncated != y.truncated) return y.truncated;
      return scores[x.sentence] > scores[y.sentence];
    });
  } else if (options.ordering == Ordering::kChronological) {
    // Articles by date (undated last). Articles of the same date (equal date strings) by the
    // earliest position they contribute, so that a story's opening sentence leads whichever
    // copy of the day it came from, then by input order; an article's sentences stay together
    // in their order, which keeps every sentence after the one it leans on.
    const size_t n = cluster.articles.size();
    std::vector<uint32_t> rank(n);  // place in date order (equal dates by input order)
    for (size_t r = 0; r < analysis.chronological.size(); ++r) {
      rank[analysis.chronological[r]] = static_cast<uint32_t>(r);
    }
    std::vector<uint32_t> first(n, UINT32_MAX);  // earliest chosen position per article
    for (const Selected& sel : chosen) {
      if (sel.truncated) continue;  // placed last anyway
      const AnalyzedSentence& s = analysis.sentences[sel.sentence];
      first[s.article] = std::min(first[s.article], s.position);
    }
    // The truncated sentence stays last here too: a cut in the middle reads as an error.
    std::stable_sort(chosen.begin(), chosen.end(), [&](const Selected& x, const Selected& y) {
      if (x.truncated != y.truncated) return y.truncated;
      const AnalyzedSentence& sx = analysis.sentences[x.sentence];
      const AnalyzedSentence& sy = analysis.sentences[y.sentence];
      if (sx.article != sy.article) {
        if (cluster.articles[sx.article].date != cluster.articles[sy.article].date) {
          return rank[sx.article] < rank[sy.article];
        }
        if (first[sx.article] != first[sy.article]) return first[sx.article] < first[sy.article];
        return rank[sx.article] < rank[sy.article];
      }
      return sx.position < sy.position;
    });
  }

  Summary summary;
  summary.id = cluster.id;
  summary.method = method->name;
  summary.warnings = std::move(warnings);
  summary.off_topic_sentences = analysis.off_topic;
  for (const AnalyzedSentence& s : analysis.sentences) {
    if (!s.padding || s.parts != 1) continue;
    const Article& a = cluster.articles[s.article];
    summary.off_topic.push_back({a.id, s.span.begin, s.span.end, std::string(s.span.of(a.text))});
  }
  for (const Selected& sel : chosen) {
    const AnalyzedSentence& s = analysis.sentences[sel.sentence];
    const std::vector<Span> pieces = CandidatePieces(analysis, sel.sentence);
    if (s.parts == 1) {
      AppendSentence(cluster, s.article, ClipPieces(pieces, sel.span), scores[sel.sentence],
                     sel.truncated, &summary);
      continue;
    }
    // A joint unit is rendered as its sentences, in order, each with its own span; a
    // truncated unit keeps the sentences its cut reaches.
    for (uint32_t p = 0; p < s.parts; ++p) {
      Span part = analysis.part_spans[s.part_begin + p];
      if (part.begin >= sel.span.end) break;
      const bool cut = part.end > sel.span.end;
      part.end = std::min(part.end, sel.span.end);
      const bool last = cut || p + 1 == s.parts ||
                        analysis.part_spans[s.part_begin + p + 1].begin >= sel.span.end;
      const std::vector<Span> kept = ClipPieces(pieces, part);
      if (kept.empty()) continue;
      AppendSentence(cluster, s.article, kept, scores[sel.sentence], sel.truncated && last,
                     &summary);
    }
  }
  summary.elapsed_ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  *out = std::move(summary);
  return Status::Ok();
}

}  // namespace precis
