// RougeScorer: per-evaluation scores (SPEC 5-7) over docs built by RougeDocBuilder.
#include <cmath>
#include <string>

#include "eval/rouge_doc.h"
#include "eval/rouge_lcs.h"
#include "eval/rouge_math.h"
#include "precis/rouge.h"

namespace precis {

using rouge::RougeDoc;

struct RougeScorer::Impl {
  explicit Impl(const RougeOptions& o) : options(o), metrics(RougeMetricsFor(o)), builder(o) {}

  RougeOptions options;
  std::vector<RougeMetric> metrics;
  rouge::RougeDocBuilder builder;
  std::vector<RougeDoc> models;
  RougeDoc peer;
  rouge::RougeLcs lcs;
  rouge::RougeClipCounter clip;
  rouge::RougeClipCounter clip_units;  // ROUGE-SU's unigrams
};

namespace {

// What one model contributes: its counts and the score -f B ranks models by.
struct ModelCounts {
  double hit = 0;
  double model_count = 0;
  double peer_count = 0;
  double rank = 0;
};

// Folds per-model counts into the evaluation's (M, Pc, H) the way -f asks for.
class Combiner {
 public:
  explicit Combiner(RougeModelCombine mode) : mode_(mode) {}
  void Add(const ModelCounts& m) {
    if (mode_ == RougeModelCombine::kAverage) {
      score_.hit_count += m.hit;
      score_.model_count += m.model_count;
      score_.peer_count += m.peer_count;  // once per model: quirk 9
    } else if (m.rank > best_) {          // strictly greater: ties keep the earlier model
      best_ = m.rank;
      score_.hit_count = m.hit;
      score_.model_count = m.model_count;
      score_.peer_count = m.peer_count;
    }
  }
  const RougeScore& counts() const { return score_; }

 private:
  RougeModelCombine mode_;
  double best_ = -1;
  RougeScore score_;
};

// Rounded R, P and F from the counts; `inverse` undoes ROUGE-W's weighting (1 otherwise).
RougeScore Finish(RougeScore s, double inverse, double alpha) {
  auto ratio = [&](double num, double den) {
    if (!(den > 0)) return 0.0;
    double x = num / den;
    return rouge::RoundRouge(inverse == 1 ? x : std::pow(x, inverse));
  };
  s.recall = ratio(s.hit_count, s.model_count);
  s.precision = ratio(s.hit_count, s.peer_count);
  s.f = rouge::RoundRouge(rouge::RougeF(s.precision, s.recall, alpha));  // quirk 8
  return s;
}

// Clipped hits of a model against the peer table loaded into `clip`.
ModelCounts GramCounts(const rouge::RougeClipCounter& clip, const rouge::RougeGrams& peer,
                       const rouge::RougeGrams& model) {
  ModelCounts m;
  m.hit = static_cast<double>(clip.Hits(model));
  m.model_count = static_cast<double>(model.total);
  m.peer_count = static_cast<double>(peer.total);
  return m;
}

// -f B ranks ROUGE-N and ROUGE-S models by their rounded recall.
void RankByRoundedRecall(ModelCounts* m) {
  m->rank = m->model_count > 0 ? rouge::RoundRouge(m->hit / m->model_count) : 0;
}

}  // namespace

RougeScorer::RougeScorer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
RougeScorer::~RougeScorer() = default;

Status RougeScorer::Create(const RougeOptions& options, std::unique_ptr<RougeScorer>* out) {
  PRECIS_RETURN_IF_ERROR(ValidateRougeOptions(options));
  out->reset(new RougeScorer(std::make_unique<Impl>(options)));
  return Status::Ok();
}

const RougeOptions& RougeScorer::options() const { return impl_->options; }
const std::vector<RougeMetric>& RougeScorer::metrics() const { return impl_->metrics; }
size_t RougeScorer::model_count() const { return impl_->models.size(); }
uint64_t RougeScorer::model_tokens(size_t i) const { return impl_->models[i].tokens.size(); }

void RougeScorer::SetModels(std::span<const std::vector<std::string>> models) {
  impl_->builder.ForgetGrams();  // keeps the gram table as small as this evaluation
  impl_->models.resize(models.size());
  for (size_t i = 0; i < models.size(); ++i) impl_->builder.Build(models[i], &impl_->models[i]);
}

Status RougeScorer::Score(std::span<const std::string> peer_sentences, RougeEvalResult* out) {
  Impl& s = *impl_;
  const RougeOptions& o = s.options;
  const RougeDoc& peer = s.peer;
  s.builder.Build(peer_sentences, &s.peer);
  out->peer_tokens = peer.tokens.size();
  out->metrics.clear();
  const size_t vocab = s.builder.vocab().size();

  for (const RougeMetric& metric : s.metrics) {
    // The peer's gram table for this metric, loaded once for all models.
    const rouge::RougeGrams* grams = nullptr;
    if (metric.kind == RougeMetricKind::kN) grams = &peer.ngrams[metric.n - 1];
    if (metric.kind == RougeMetricKind::kS) grams = &peer.skip_pairs;
    if (grams) s.clip.Load(*grams);
    const bool units = metric.kind == RougeMetricKind::kS && metric.unigrams;
    if (units) s.clip_units.Load(peer.skip_units);
    Combiner combiner(o.combine);
    Status status = Status::Ok();
    for (size_t i = 0; i < s.models.size(); ++i) {
      const RougeDoc& model = s.models[i];
      ModelCounts m;
      switch (metric.kind) {
        case RougeMetricKind::kN:
          m = GramCounts(s.clip, *grams, model.ngrams[metric.n - 1]);
          RankByRoundedRecall(&m);
          break;
        case RougeMetricKind::kS:
          m = GramCounts(s.clip, *grams, model.skip_pairs);
          if (units) {  // ROUGE-SU: unigrams are keys apart from pairs, so counts add
            ModelCounts u = GramCounts(s.clip_units, peer.skip_units, model.skip_units);
            m.hit += u.hit;
            m.model_count += u.model_count;
            m.peer_count += u.peer_count;
          }
          RankByRoundedRecall(&m);
          break;
        case RougeMetricKind::kL: {
          uint64_t hit = 0, base = 0;
          s.lcs.UnionLcs(model, peer, vocab, &hit, &base);
          m.hit = static_cast<double>(hit);
          m.model_count = static_cast<double>(base);
          m.peer_count = static_cast<double>(peer.ngrams[0].total);
          m.rank = base > 0 ? m.hit / m.model_count : 0;
          break;
        }
        case RougeMetricKind::kW: {
          double hit = 0, base = 0;
          s.lcs.UnionWlcs(model, peer, vocab, o.w_weight, &hit, &base);
          if (!(base > 0)) {
            status = Status::DataError("ROUGE-W: model " + std::to_string(i + 1) +
                                       " has no tokens (ROUGE-1.5.5 dies here with "
                                       "\"Illegal division by zero\")");
            break;
          }
          m.hit = hit;
          // Quirk 12: base is already a sum of f(length), and is weighted again.
          m.model_count = std::pow(base, o.w_weight);
          m.peer_count = std::pow(static_cast<double>(peer.ngrams[0].total), o.w_weight);
          m.rank = std::pow(hit / base, 1 / o.w_weight);
          break;
        }
      }
      if (!status.ok()) break;
      combiner.Add(m);
    }
    if (!status.ok()) return status;
    double inverse = metric.kind == RougeMetricKind::kW ? 1 / o.w_weight : 1;
    out->metrics.push_back(Finish(combiner.counts(), inverse, o.alpha));
  }
  return Status::Ok();
}

}  // namespace precis
