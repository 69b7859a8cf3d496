#include <glpk.h>

#include <algorithm>
#include <cmath>
#include <mutex>

#include "summarize/concepts.h"
#include "summarize/selectors.h"

namespace precis::summarize {
namespace {

// GLPK keeps per-thread environments only when built with thread-local storage; one lock
// keeps any build safe. Solves take milliseconds, so the lock costs little.
std::mutex& GlpkMutex() {
  static std::mutex m;
  return m;
}

constexpr int kTimeLimitMs = 200;  // per cluster; the greedy answer is used past it

// Value of a set of sentences: total weight of the concepts they cover.
double Coverage(const Concepts& c, const std::vector<Selected>& chosen) {
  std::vector<bool> covered(c.size(), false);
  double v = 0;
  for (const Selected& s : chosen) {
    for (uint32_t k = c.offsets[s.sentence]; k < c.offsets[s.sentence + 1]; ++k) {
      if (!covered[c.ids[k]]) {
        covered[c.ids[k]] = true;
        v += c.weight[c.ids[k]];
      }
    }
  }
  return v;
}

// Solves the ILP over `candidates`; returns false when GLPK found no integer solution.
bool SolveIlp(const ClusterAnalysis& a, const Concepts& c, const std::vector<uint32_t>& candidates,
              const Budget& budget, std::vector<uint32_t>* chosen) {
  std::lock_guard<std::mutex> lock(GlpkMutex());
  glp_term_out(GLP_OFF);
  glp_prob* lp = glp_create_prob();
  glp_set_obj_dir(lp, GLP_MAX);
  const int n_concepts = static_cast<int>(c.size());
  const int n_sent = static_cast<int>(candidates.size());
  // Columns 1..n_concepts are concepts, then one per candidate sentence.
  glp_add_cols(lp, n_concepts + n_sent);
  for (int i = 1; i <= n_concepts + n_sent; ++i) {
    glp_set_col_kind(lp, i, GLP_BV);
    glp_set_obj_coef(lp, i, i <= n_concepts ? c.weight[i - 1] : 0.0);
  }
  std::vector<int> ia{0}, ja{0};
  std::vector<double> ar{0.0};
  int row = 0;
  // Length: sum cost_j s_j <= limit.
  glp_add_rows(lp, 1);
  ++row;
  glp_set_row_bnds(lp, row, GLP_UP, 0.0, static_cast<double>(budget.limit));
  for (int j = 0; j < n_sent; ++j) {
    ia.push_back(row);
    ja.push_back(n_concepts + 1 + j);
    ar.push_back(static_cast<double>(Cost(a.sentences[candidates[j]], budget.unit)));
  }
  // A concept counts only when a chosen sentence has it: c_i <= sum_j occ_ij s_j.
  std::vector<std::vector<int>> holders(n_concepts);
  for (int j = 0; j < n_sent; ++j) {
    const uint32_t s = candidates[j];
    for (uint32_t k = c.offsets[s]; k < c.offsets[s + 1]; ++k) holders[c.ids[k]].push_back(j);
  }
  for (int i = 0; i < n_concepts; ++i) {
    glp_add_rows(lp, 1);
    ++row;
    glp_set_row_bnds(lp, row, GLP_LO, 0.0, 0.0);
    ia.push_back(row);
    ja.push_back(i + 1);
    ar.push_back(-1.0);
    for (int j : holders[i]) {
      ia.push_back(row);
      ja.push_back(n_concepts + 1 + j);
      ar.push_back(1.0);
    }
  }
  // (The paper's s_j <= c_i rows are implied at the optimum for positive weights: covering a
  // concept is never worse than not, so they are left out to keep the LP small.)
  glp_load_matrix(lp, static_cast<int>(ia.size()) - 1, ia.data(), ja.data(), ar.data());
  glp_iocp parm;
  glp_init_iocp(&parm);
  parm.presolve = GLP_ON;
  parm.msg_lev = GLP_MSG_OFF;
  parm.tm_lim = kTimeLimitMs;
  const int ret = glp_intopt(lp, &parm);
  const int status = glp_mip_status(lp);
  const bool ok = (ret == 0 || ret == GLP_ETMLIM) && (status == GLP_OPT || status == GLP_FEAS);
  if (ok) {
    for (int j = 0; j < n_sent; ++j) {
      if (glp_mip_col_val(lp, n_concepts + 1 + j) > 0.5) chosen->push_back(candidates[j]);
    }
  }
  glp_delete_prob(lp);
  return ok;
}

}  // namespace

std::vector<Selected> SelectIlp(const Cluster& cluster, const ClusterAnalysis& a,
                                const SummarizeOptions& options, std::vector<double>* scores) {
  const Concepts c = BigramConcepts(a);
  scores->assign(a.size(), 0.0);
  for (uint32_t i = 0; i < a.size(); ++i) {
    for (uint32_t k = c.offsets[i]; k < c.offsets[i + 1]; ++k) (*scores)[i] += c.weight[c.ids[k]];
  }

  // Greedy coverage: the fallback, and a check on the solver's answer.
  std::vector<bool> covered(c.size(), false);
  auto gain = [&](uint32_t i) {
    double g = 0;
    for (uint32_t k = c.offsets[i]; k < c.offsets[i + 1]; ++k) {
      if (!covered[c.ids[k]]) g += c.weight[c.ids[k]];
    }
    return g / std::max<size_t>(1, Cost(a.sentences[i], options.budget.unit));
  };
  auto take = [&](uint32_t i) {
    for (uint32_t k = c.offsets[i]; k < c.offsets[i + 1]; ++k) covered[c.ids[k]] = true;
  };
  std::vector<Selected> greedy = GreedyByGain(cluster, a, options, gain, take);

  // The ILP sees eligible sentences with at least one concept, minus exact repeats (an
  // identical sentence adds no concept, but keep the program small).
  std::vector<uint32_t> candidates;
  {
    Chosen seen(cluster, a);
    for (uint32_t i = 0; i < a.size(); ++i) {
      if (!a.sentences[i].eligible || c.offsets[i] == c.offsets[i + 1]) continue;
      if (Cost(a.sentences[i], options.budget.unit) > options.budget.limit) continue;
      if (seen.Repeats(i)) continue;
      seen.Add(i);
      candidates.push_back(i);
    }
  }
  std::vector<uint32_t> solution;
  std::vector<Selected> out = greedy;
  if (!candidates.empty() && c.size() > 0 && SolveIlp(a, c, candidates, options.budget, &solution)) {
    std::vector<Selected> ilp;
    for (uint32_t i : solution) ilp.push_back({i, a.sentences[i].span, false});
    if (Coverage(c, ilp) >= Coverage(c, greedy)) out = std::move(ilp);
  }
  AppendTruncated(cluster, a, *scores, options, Remaining(a, out, options.budget), &out);
  return out;
}

}  // namespace precis::summarize
