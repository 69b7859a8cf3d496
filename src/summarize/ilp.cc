#include <glpk.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "summarize/concept_features.h"
#include "summarize/concepts.h"
#include "summarize/scorers.h"
#include "summarize/selectors.h"

namespace precis::summarize {
namespace {

// Branch-and-bound subproblems per cluster; past it the best of GLPK's incumbent and the
// greedy answer is used. A count, not a clock, so that the summary never depends on the
// machine's load. On DUC 2004 the largest search takes 114 subproblems (docs/quality.md).
constexpr int kNodeLimit = 1000;
// A safety net for pathological programs only (the node limit binds long before it on every
// input measured); when it does bind, the answer can depend on the machine's speed.
constexpr int kTimeLimitMs = 2000;

// Sentences the program sees at most (docs/quality.md: on DUC 2004, all candidates took
// 2.12 s of CPU for 50 clusters at 39.99/10.66; 60 took 1.25 s at 39.86/10.65; 40
// took 0.87 s at 40.09/10.76; 30 took 0.82 s at 39.95/10.63).
constexpr size_t kIlpCandidates = 40;

// Value of a set of sentences: total weight of the concepts they cover plus their own.
double Value(const Concepts& c, const std::vector<double>& extra,
             const std::vector<Selected>& chosen) {
  std::vector<bool> covered(c.size(), false);
  double v = 0;
  for (const Selected& s : chosen) {
    v += extra[s.sentence];
    c.ForEach(s.sentence, [&](uint32_t id) {
      if (!covered[id]) {
        covered[id] = true;
        v += c.weight[id];
      }
    });
  }
  return v;
}

// The program GLPK sees, after reductions that keep the optimum exactly:
// - a sentence whose concepts are a subset of a no more costly sentence's, with no more
//   weight of its own, is dropped (any solution using it can swap it for the other without
//   losing weight);
// - a concept held by a single sentence becomes part of that sentence's own objective
//   weight (no variable, no row);
// - concepts held by exactly the same sentences are merged, weights added.
struct Program {
  std::vector<uint32_t> sentences;             // sentence ids: the sentence columns
  std::vector<double> own;                     // objective weight of each sentence column
  std::vector<double> concept_weight;          // merged shared concepts: concept columns
  std::vector<std::vector<uint32_t>> holders;  // per merged concept: sentence columns
};

Program Reduce(const ClusterAnalysis& a, const Concepts& c, const std::vector<double>& extra,
               const std::vector<uint32_t>& candidates, BudgetUnit unit) {
  std::vector<std::vector<uint32_t>> held(candidates.size());
  for (size_t x = 0; x < candidates.size(); ++x) held[x] = c.Of(candidates[x]);
  Program p;
  for (size_t x = 0; x < candidates.size(); ++x) {
    const uint32_t j = candidates[x];
    const auto jb = held[x].begin(), je = held[x].end();
    const size_t cost_j = Cost(a.sentences[j], unit);
    bool dominated = false;
    for (size_t y = 0; y < candidates.size() && !dominated; ++y) {
      if (y == x) continue;
      const uint32_t k = candidates[y];
      const size_t cost_k = Cost(a.sentences[k], unit);
      if (cost_k > cost_j || extra[k] < extra[j]) continue;
      const auto kb = held[y].begin(), ke = held[y].end();
      if ((ke - kb) < (je - jb) || !std::includes(kb, ke, jb, je)) continue;
      // Identical concepts, cost and weight of its own: keep the earlier sentence.
      const bool same = cost_k == cost_j && (ke - kb) == (je - jb) && extra[k] == extra[j];
      dominated = !same || y < x;
    }
    if (!dominated) p.sentences.push_back(j);
  }
  for (uint32_t j : p.sentences) p.own.push_back(extra[j]);
  std::vector<std::vector<uint32_t>> holders(c.size());
  for (uint32_t col = 0; col < p.sentences.size(); ++col) {
    c.ForEach(p.sentences[col], [&](uint32_t id) { holders[id].push_back(col); });
  }
  std::map<std::vector<uint32_t>, uint32_t> merged;
  for (uint32_t k = 0; k < c.size(); ++k) {
    if (holders[k].empty()) continue;
    if (holders[k].size() == 1) {
      p.own[holders[k][0]] += c.weight[k];
      continue;
    }
    auto [it, fresh] = merged.emplace(holders[k], static_cast<uint32_t>(p.concept_weight.size()));
    if (fresh) {
      p.concept_weight.push_back(c.weight[k]);
      p.holders.push_back(holders[k]);
    } else {
      p.concept_weight[it->second] += c.weight[k];
    }
  }
  return p;
}

// Hands GLPK a feasible solution as its first incumbent so branch-and-bound prunes early.
// Also counts subproblems and stops the search at kNodeLimit.
struct Incumbent {
  std::vector<double> x;  // 1-based column values
  bool given = false;
  int nodes = 0;
};

void OnSearchEvent(glp_tree* tree, void* info) {
  auto* inc = static_cast<Incumbent*>(info);
  switch (glp_ios_reason(tree)) {
    case GLP_IHEUR:
      if (!inc->given) {
        inc->given = true;
        glp_ios_heur_sol(tree, inc->x.data());
      }
      break;
    case GLP_IPREPRO:
      if (++inc->nodes > kNodeLimit) glp_ios_terminate(tree);
      break;
    default:
      break;
  }
}

// Solves `p`; returns false when GLPK found no integer solution. `start` (sentence ids) is a
// feasible solution to begin from.
bool Solve(const ClusterAnalysis& a, const Program& p, const std::vector<uint32_t>& start,
           const Budget& budget, std::vector<uint32_t>* chosen) {
  glp_term_out(GLP_OFF);
  glp_prob* lp = glp_create_prob();
  glp_set_obj_dir(lp, GLP_MAX);
  const int n_concepts = static_cast<int>(p.concept_weight.size());
  const int n_sent = static_cast<int>(p.sentences.size());
  auto sentence_col = [n_concepts](int j) { return n_concepts + 1 + j; };
  glp_add_cols(lp, n_concepts + n_sent);
  // Concept columns may be continuous in [0, 1]: once the sentence columns are integral, an
  // optimal c_i is min(1, sum of its holders) and so integral too. GLPK then branches on
  // sentences only: 1,668 subproblems over DUC 2004 instead of 3,021 (docs/quality.md).
  for (int i = 0; i < n_concepts; ++i) {
    glp_set_col_kind(lp, i + 1, GLP_CV);
    glp_set_col_bnds(lp, i + 1, GLP_DB, 0.0, 1.0);
    glp_set_obj_coef(lp, i + 1, p.concept_weight[i]);
  }
  for (int j = 0; j < n_sent; ++j) {
    glp_set_col_kind(lp, sentence_col(j), GLP_BV);
    glp_set_obj_coef(lp, sentence_col(j), p.own[j]);
  }
  std::vector<int> ia{0}, ja{0};
  std::vector<double> ar{0.0};
  // Budget: sum cost_j s_j <= limit.
  glp_add_rows(lp, 1 + n_concepts);
  glp_set_row_bnds(lp, 1, GLP_UP, 0.0, static_cast<double>(budget.limit));
  for (int j = 0; j < n_sent; ++j) {
    ia.push_back(1);
    ja.push_back(sentence_col(j));
    ar.push_back(static_cast<double>(Cost(a.sentences[p.sentences[j]], budget.unit)));
  }
  // A concept counts only when a chosen sentence holds it: c_i <= sum_j s_j. (The paper's
  // s_j <= c_i rows hold at every optimum for positive weights and are left out.)
  for (int i = 0; i < n_concepts; ++i) {
    const int row = 2 + i;
    glp_set_row_bnds(lp, row, GLP_LO, 0.0, 0.0);
    ia.push_back(row);
    ja.push_back(i + 1);
    ar.push_back(-1.0);
    for (uint32_t j : p.holders[i]) {
      ia.push_back(row);
      ja.push_back(sentence_col(static_cast<int>(j)));
      ar.push_back(1.0);
    }
  }
  // A joint unit and the sentences it shares with another candidate exclude each other:
  // s_j + s_k <= 1 for each overlapping pair (summarize/analysis.h).
  for (int j = 0; j < n_sent; ++j) {
    for (int k = j + 1; k < n_sent; ++k) {
      if (!Overlaps(a.sentences[p.sentences[j]], a.sentences[p.sentences[k]])) continue;
      const int row = glp_add_rows(lp, 1);
      glp_set_row_bnds(lp, row, GLP_UP, 0.0, 1.0);
      for (int col : {j, k}) {
        ia.push_back(row);
        ja.push_back(sentence_col(col));
        ar.push_back(1.0);
      }
    }
  }
  glp_load_matrix(lp, static_cast<int>(ia.size()) - 1, ia.data(), ja.data(), ar.data());

  Incumbent incumbent;
  incumbent.x.assign(n_concepts + n_sent + 1, 0.0);
  std::vector<bool> on(n_sent, false);
  for (int j = 0; j < n_sent; ++j) {
    if (std::find(start.begin(), start.end(), p.sentences[j]) != start.end()) {
      on[j] = true;
      incumbent.x[sentence_col(j)] = 1.0;
    }
  }
  for (int i = 0; i < n_concepts; ++i) {
    for (uint32_t j : p.holders[i]) {
      if (on[j]) incumbent.x[i + 1] = 1.0;
    }
  }
  glp_iocp parm;
  glp_init_iocp(&parm);
  parm.presolve = GLP_ON;
  parm.msg_lev = GLP_MSG_OFF;
  parm.tm_lim = kTimeLimitMs;
  // Measured on DUC 2004 (docs/quality.md): most-fractional branching with MIR cuts on the
  // budget row closes these programs in a fraction of the time of GLPK's defaults.
  parm.br_tech = GLP_BR_MFV;
  parm.mir_cuts = GLP_ON;
  parm.cov_cuts = GLP_ON;
  parm.cb_func = OnSearchEvent;
  parm.cb_info = &incumbent;
  const int ret = glp_intopt(lp, &parm);
  const int status = glp_mip_status(lp);
  const bool ok = (ret == 0 || ret == GLP_ETMLIM || ret == GLP_ESTOP) &&
                  (status == GLP_OPT || status == GLP_FEAS);
  if (ok) {
    for (int j = 0; j < n_sent; ++j) {
      if (glp_mip_col_val(lp, sentence_col(j)) > 0.5) chosen->push_back(p.sentences[j]);
    }
  }
  glp_delete_prob(lp);
  // GLPK keeps an environment per thread until glp_free_env(); free it here so worker threads
  // that end leak nothing (re-creating it costs microseconds).
  glp_free_env();
  return ok;
}

}  // namespace

std::vector<Selected> SelectIlp(const Cluster& cluster, const ClusterAnalysis& a,
                                const SummarizeOptions& options, std::vector<double>* scores) {
  Concepts c = BuildConcepts(a, options.weights.generic);
  ApplyConceptModel(a, options.weights.concepts, options.weights.generic, &c);
  BoostQueryConcepts(a, options.weights.query, &c);
  scores->assign(a.size(), 0.0);
  for (uint32_t i = 0; i < a.size(); ++i) {
    c.ForEach(i, [&](uint32_t id) { (*scores)[i] += c.weight[id]; });
  }

  // Query focus: when the sentences that share a word with the query can fill the budget,
  // only they are candidates (the relevance filter of query-focused DUC systems). Each
  // sentence also carries a weight of its own, its query cosine times the largest concept
  // weight, so that a relevant sentence counts even when its words are rare; and concepts
  // with query words weigh more (BoostQueryConcepts).
  std::vector<bool> relevant(a.size(), true);
  std::vector<double> extra(a.size(), 0.0);
  if (!a.query.empty()) {
    const std::vector<double> sim = QuerySimilarity(a);
    double top = 1.0;
    for (double w : c.weight) top = std::max(top, w);
    size_t relevant_cost = 0;
    for (uint32_t i = 0; i < a.size(); ++i) {
      extra[i] = options.weights.query.sentence_weight * a.query_weight * sim[i] * top;
      if (sim[i] > 0 && a.sentences[i].eligible)
        relevant_cost += Cost(a.sentences[i], options.budget.unit);
    }
    if (relevant_cost >= options.budget.limit) {
      for (uint32_t i = 0; i < a.size(); ++i) relevant[i] = sim[i] > 0;
    }
  }

  // Greedy coverage: the fallback, the solver's first incumbent and a check on its answer.
  std::vector<bool> covered(c.size(), false);
  auto gain = [&](uint32_t i) {
    if (!relevant[i]) return 0.0;
    double g = extra[i];
    c.ForEach(i, [&](uint32_t id) {
      if (!covered[id]) g += c.weight[id];
    });
    return g / static_cast<double>(std::max<size_t>(1, Cost(a.sentences[i], options.budget.unit)));
  };
  auto take = [&](uint32_t i) { c.ForEach(i, [&](uint32_t id) { covered[id] = true; }); };
  std::vector<Selected> out = GreedyByGain(cluster, a, options, gain, take);

  // The program sees the kIlpCandidates eligible sentences that fit and hold a concept with the
  // most weight per budget unit, without exact repeats; the greedy pass above still saw them all
  // and wins if it is better. Repeats are looked for only among the sentences taken, so that
  // 100,000 sentences cost 100,000 checks against at most kIlpCandidates.
  std::vector<uint32_t> candidates;
  {
    std::vector<uint32_t> order;
    std::vector<double> density(a.size(), 0.0);
    for (uint32_t i = 0; i < a.size(); ++i) {
      if (!a.sentences[i].eligible || !relevant[i]) continue;
      if (c.Empty(i) && extra[i] <= 0) continue;
      const size_t cost = Cost(a.sentences[i], options.budget.unit);
      if (cost > options.budget.limit) continue;
      density[i] = ((*scores)[i] + extra[i]) / static_cast<double>(std::max<size_t>(1, cost));
      order.push_back(i);
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](uint32_t x, uint32_t y) { return density[x] > density[y]; });
    Chosen seen(cluster, a, /*overlap_is_repeat=*/false);
    for (uint32_t i : order) {
      if (candidates.size() == kIlpCandidates) break;
      if (seen.Repeats(i)) continue;
      seen.Add(i);
      candidates.push_back(i);
    }
    std::sort(candidates.begin(), candidates.end());
  }
  std::vector<uint32_t> start, solution;
  for (const Selected& g : out) start.push_back(g.sentence);
  if (!candidates.empty() && (c.size() > 0 || !a.query.empty()) &&
      Solve(a, Reduce(a, c, extra, candidates, options.budget.unit), start, options.budget,
            &solution)) {
    std::vector<Selected> ilp;
    for (uint32_t i : solution) ilp.push_back({i, a.sentences[i].span, false});
    if (Value(c, extra, ilp) > Value(c, extra, out)) out = std::move(ilp);
  }
  // The budget left is filled with the prefix of the sentence whose first words add the most
  // concept weight not yet covered (the whole-sentence score breaks ties): 39.11/10.04 against
  // 38.99/9.96 for the best whole-sentence score (docs/quality.md).
  const size_t remaining = Remaining(a, out, options.budget);
  if (remaining == 0 || !options.budget.truncate_last) return out;
  // With a byte budget the kept words are estimated from the sentence's bytes per word.
  std::fill(covered.begin(), covered.end(), false);
  for (const Selected& s : out) take(s.sentence);
  double top = 0;
  for (double v : *scores) top = std::max(top, v);
  const ConceptIndex index = IndexConcepts(c);
  std::vector<double> fill(a.size());
  for (uint32_t i = 0; i < a.size(); ++i) {
    const AnalyzedSentence& s = a.sentences[i];
    const size_t words = options.budget.unit == BudgetUnit::kWords
                             ? remaining
                             : remaining * s.words / std::max<size_t>(1, s.span.size());
    fill[i] = PrefixGain(a, c, index, i, words, covered) + 1e-6 * (*scores)[i] / std::max(top, 1.0);
  }
  AppendTruncated(cluster, a, fill, options, remaining, &out);
  return out;
}

}  // namespace precis::summarize
