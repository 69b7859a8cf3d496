// Evaluate: methods x clusters -> summaries -> ROUGE -> corpus averages.
#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>

#include "precis/eval.h"
#include "precis/text.h"

namespace precis {
namespace {

bool KnownMethod(const std::string& m) {
  if (m == kOracleMethod) return true;
  const std::vector<std::string> names = MethodNames();
  return std::find(names.begin(), names.end(), m) != names.end();
}

}  // namespace

Status Evaluate(const std::vector<Cluster>& clusters, const EvalOptions& options,
                std::vector<MethodEval>* out, size_t* skipped) {
  PRECIS_RETURN_IF_ERROR(ValidateRougeOptions(options.rouge));
  if (options.methods.empty() && options.systems.empty()) {
    return Status::InvalidArgument("no method to evaluate");
  }
  for (const std::string& m : options.methods) {
    if (!KnownMethod(m)) return Status::InvalidArgument("unknown method '" + m + "'");
  }
  std::vector<const Cluster*> scored;
  for (const Cluster& c : clusters) {
    if (!c.references.empty()) scored.push_back(&c);
  }
  if (skipped != nullptr) *skipped = clusters.size() - scored.size();
  if (scored.empty()) return Status::DataError("no cluster has reference summaries");

  IdfTable own;
  if (options.idf == nullptr) {
    std::vector<const Article*> all;
    for (const Cluster* c : scored) {
      for (const Article& a : c->articles) all.push_back(&a);
    }
    own = IdfTable::Build(all, options.summarize.language);
  }
  const IdfTable& idf = options.idf != nullptr ? *options.idf : own;

  out->clear();
  std::mutex progress_mu;
  size_t done = 0;
  const size_t total = (options.methods.size() + options.systems.size()) * scored.size();
  auto report = [&] {
    if (!options.progress) return;
    std::lock_guard<std::mutex> lock(progress_mu);
    options.progress(++done, total);
  };
  for (const SystemSummaries& system : options.systems) {
    for (const Cluster* c : scored) {
      if (system.summaries.count(c->id) == 0) {
        return Status::DataError("summaries '" + system.name + "': no summary of cluster \"" +
                                 c->id + "\", which has references");
      }
    }
  }
  // The runs: each method, then each system (the summary looked up instead of computed).
  struct Run {
    std::string name;
    const SystemSummaries* system;
  };
  std::vector<Run> runs;
  for (const std::string& m : options.methods) runs.push_back({m, nullptr});
  for (const SystemSummaries& s : options.systems) runs.push_back({s.name, &s});
  for (const Run& run : runs) {
    const std::string& method = run.name;
    const SystemSummaries* system = run.system;
    MethodEval eval;
    eval.method = method;
    eval.metrics = RougeMetricsFor(options.rouge);
    eval.clusters.resize(scored.size());
    std::vector<Status> statuses(scored.size());
    SummarizeOptions so = options.summarize;
    so.method = method;
    std::atomic<size_t> next{0};
    auto worker = [&] {
      std::unique_ptr<RougeScorer> scorer;
      Status created = RougeScorer::Create(options.rouge, &scorer);
      for (size_t i; (i = next++) < scored.size();) {
        if (!created.ok()) {
          statuses[i] = created;
          continue;
        }
        const Cluster& c = *scored[i];
        ClusterScore& cs = eval.clusters[i];
        cs.cluster_id = c.id;
        if (system != nullptr) {
          cs.summary = Summary();
          cs.summary.id = c.id;
          cs.summary.method = method;
          for (const std::string& text : system->summaries.at(c.id)) {
            SummarySentence sentence;
            sentence.text = text;
            cs.summary.words += CountWords(text);
            cs.summary.bytes += text.size();
            cs.summary.sentences.push_back(std::move(sentence));
          }
          statuses[i] = Status::Ok();
        } else {
          statuses[i] = method == kOracleMethod ? OracleSummary(c, so, options.rouge, &cs.summary)
                                                : Summarize(c, so, &idf, &cs.summary);
        }
        if (!statuses[i].ok()) continue;
        std::vector<std::vector<std::string>> models;
        for (const std::string& ref : c.references) models.push_back({ref});
        scorer->SetModels(models);
        std::vector<std::string> peer;
        for (const SummarySentence& s : cs.summary.sentences) peer.push_back(s.text);
        statuses[i] = scorer->Score(peer, &cs.rouge);
        cs.rouge.id = c.id;
        report();
      }
    };
    unsigned threads = options.threads ? options.threads : std::thread::hardware_concurrency();
    threads = std::max(1u, std::min<unsigned>(threads, static_cast<unsigned>(scored.size())));
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t) pool.emplace_back(worker);
    worker();
    for (auto& t : pool) t.join();
    for (size_t i = 0; i < scored.size(); ++i) {
      if (!statuses[i].ok()) {
        return statuses[i].WithContext("cluster " + scored[i]->id + ", method " + method);
      }
    }
    std::vector<RougeEvalResult> results;
    double ms = 0;
    for (const ClusterScore& cs : eval.clusters) {
      results.push_back(cs.rouge);
      ms += cs.summary.elapsed_ms;
    }
    eval.ms_per_cluster = ms / static_cast<double>(scored.size());
    for (size_t m = 0; m < eval.metrics.size(); ++m) {
      eval.averages.push_back(RougeCorpusAverage(results, m, options.rouge));
    }
    out->push_back(std::move(eval));
  }
  return Status::Ok();
}

double PairedBootstrapPValue(const std::vector<double>& a, const std::vector<double>& b,
                             int resamples, uint32_t seed) {
  const size_t n = std::min(a.size(), b.size());
  if (n == 0 || resamples <= 0) return 1.0;
  // drand48-style generator: deterministic and independent of the C library.
  uint64_t state = (static_cast<uint64_t>(seed) << 16) | 0x330E;
  auto draw = [&state] {
    state = (state * 0x5DEECE66DULL + 0xB) & ((1ULL << 48) - 1);
    return static_cast<double>(state) / static_cast<double>(1ULL << 48);
  };
  int not_better = 0;
  for (int r = 0; r < resamples; ++r) {
    double sum = 0;
    for (size_t k = 0; k < n; ++k) {
      const size_t i = std::min(n - 1, static_cast<size_t>(draw() * static_cast<double>(n)));
      sum += a[i] - b[i];
    }
    if (sum <= 0) ++not_better;
  }
  return static_cast<double>(not_better) / resamples;
}

}  // namespace precis
