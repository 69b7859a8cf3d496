// `precis eval`: runs summarization methods over clusters with reference summaries and
// scores them with ROUGE; optionally compares with an earlier run.
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>

#include "command.h"
#include "input.h"
#include "progress.h"
#include "precis/eval.h"
#include "eval/rouge_flags.h"

namespace precis::cli {
namespace {

using Json = nlohmann::ordered_json;

struct EvalArgs {
  std::string data;
  std::vector<std::string> methods;
  std::string json_path;
  std::string compare_path;
  size_t words = 0;
  bool no_truncate = false;
  unsigned threads = 0;
  bool skip_bad = false;
};

Json IntervalJson(const RougeInterval& i) {
  return Json{{"mean", i.mean}, {"low", i.low}, {"high", i.high}};
}

Json ToJson(const EvalArgs& args, const std::string& flags, const std::vector<MethodEval>& evals) {
  Json j;
  j["data"] = args.data;
  j["rouge_flags"] = flags;
  j["clusters"] = evals.empty() ? 0 : evals[0].clusters.size();
  Json methods = Json::array();
  for (const MethodEval& e : evals) {
    Json m;
    m["method"] = e.method;
    m["ms_per_cluster"] = e.ms_per_cluster;
    Json metrics = Json::object();
    for (size_t k = 0; k < e.metrics.size(); ++k) {
      metrics[e.metrics[k].label] = Json{{"recall", IntervalJson(e.averages[k].recall)},
                                         {"precision", IntervalJson(e.averages[k].precision)},
                                         {"f", IntervalJson(e.averages[k].f)}};
    }
    m["metrics"] = std::move(metrics);
    Json per = Json::array();
    for (const ClusterScore& cs : e.clusters) {
      Json scores = Json::object();
      for (size_t k = 0; k < e.metrics.size(); ++k) {
        const RougeScore& s = cs.rouge.metrics[k];
        scores[e.metrics[k].label] = Json{{"R", s.recall}, {"P", s.precision}, {"F", s.f}};
      }
      per.push_back(Json{{"id", cs.cluster_id}, {"words", cs.summary.words}, {"scores", scores}});
    }
    m["per_cluster"] = std::move(per);
    methods.push_back(std::move(m));
  }
  j["methods"] = std::move(methods);
  return j;
}

void PrintTable(const std::vector<MethodEval>& evals, double confidence) {
  if (evals.empty()) return;
  const std::vector<RougeMetric>& metrics = evals[0].metrics;
  std::printf("%-11s", "method");
  for (const RougeMetric& m : metrics) {
    std::printf(" %24s %6s", (m.label + " R (" + std::to_string(static_cast<int>(confidence)) + "% CI)").c_str(), "F");
  }
  std::printf(" %10s\n", "ms/cluster");
  for (const MethodEval& e : evals) {
    if (e.method == kOracleMethod) std::printf("%s\n", std::string(11 + metrics.size() * 32 + 11, '-').c_str());
    std::printf("%-11s", e.method == kOracleMethod ? "oracle (UB)" : e.method.c_str());
    for (const RougeAverage& a : e.averages) {
      char ci[64];
      std::snprintf(ci, sizeof ci, "%.2f (%.2f-%.2f)", 100 * a.recall.mean, 100 * a.recall.low,
                    100 * a.recall.high);
      std::printf(" %24s %6.2f", ci, 100 * a.f.mean);
    }
    std::printf(" %10.1f\n", e.ms_per_cluster);
  }
}

// Per-metric recall differences against a baseline run, with paired bootstrap p-values.
bool PrintComparison(const std::string& path, const std::vector<MethodEval>& evals) {
  std::ifstream in(path);
  if (!in) {
    PrintError(path + ": cannot open the baseline");
    return false;
  }
  Json base;
  try {
    base = Json::parse(in);
  } catch (const std::exception& e) {
    PrintError(path + ": malformed JSON: " + e.what());
    return false;
  }
  if (!base.contains("methods") || !base["methods"].is_array()) {
    PrintError(path + ": not a precis eval result (no \"methods\" array)");
    return false;
  }
  std::printf("\nCompared with %s (recall; p = paired bootstrap, one-sided, 1000 resamples):\n",
              path.c_str());
  for (const MethodEval& e : evals) {
    const Json* b = nullptr;
    for (const Json& m : base["methods"]) {
      if (m.value("method", "") == e.method) b = &m;
    }
    if (b == nullptr) {
      std::printf("%-11s not in the baseline\n", e.method.c_str());
      continue;
    }
    std::map<std::string, const Json*> base_clusters;
    for (const Json& c : (*b)["per_cluster"]) base_clusters[c.value("id", "")] = &c;
    std::printf("%-11s", e.method.c_str());
    for (size_t k = 0; k < e.metrics.size(); ++k) {
      const std::string& label = e.metrics[k].label;
      std::vector<double> now, then;
      for (const ClusterScore& cs : e.clusters) {
        auto it = base_clusters.find(cs.cluster_id);
        if (it == base_clusters.end()) continue;
        const Json& scores = (*it->second)["scores"];
        if (!scores.contains(label)) continue;
        now.push_back(cs.rouge.metrics[k].recall);
        then.push_back(scores[label].value("R", 0.0));
      }
      if (now.empty()) {
        std::printf("  %s: not in the baseline", label.c_str());
        continue;
      }
      double delta = 0;
      for (size_t i = 0; i < now.size(); ++i) delta += now[i] - then[i];
      delta /= static_cast<double>(now.size());
      const double p_better = PairedBootstrapPValue(now, then);
      const double p_worse = PairedBootstrapPValue(then, now);
      std::printf("  %s %+.2f (p=%.3f)", label.c_str(), 100 * delta,
                  delta >= 0 ? p_better : p_worse);
    }
    std::printf("\n");
  }
  return true;
}

int RunEval(const CommandContext& outer, const EvalArgs& args,
            const std::vector<std::string>& all_extras) {
  // -q/--quiet among the ROUGE flags is precis' own, as after any other command.
  CommandContext ctx = outer;
  std::vector<std::string> extras;
  for (const std::string& e : all_extras) {
    if (e == "-q" || e == "--quiet") {
      ctx.global.quiet = true;
    } else {
      extras.push_back(e);
    }
  }
  EvalOptions options;
  std::string flags = "-n 2 -m -2 4 -u -l 100";  // EvalOptions' default ROUGE options
  if (!extras.empty()) {
    rouge::RougeCommandLine cl;
    const Status parsed = rouge::ParseRougeCommandLine(extras, &cl);
    if (!parsed.ok()) {
      PrintError(parsed.message());
      return kExitUsage;
    }
    if (!cl.positionals.empty()) {
      PrintError("unexpected argument '" + cl.positionals[0] + "' (ROUGE flags: see --help)");
      return kExitUsage;
    }
    options.rouge = cl.options;
    flags.clear();
    for (const std::string& e : extras) flags += (flags.empty() ? "" : " ") + e;
  }
  options.methods = args.methods;
  options.threads = args.threads;
  Budget& budget = options.summarize.budget;
  if (options.rouge.byte_limit > 0) {
    budget.unit = BudgetUnit::kBytes;
    budget.limit = static_cast<size_t>(options.rouge.byte_limit);
  } else if (options.rouge.word_limit > 0) {
    budget.limit = static_cast<size_t>(options.rouge.word_limit);
  }
  if (args.words > 0) {
    budget.unit = BudgetUnit::kWords;
    budget.limit = args.words;
  }
  budget.truncate_last = !args.no_truncate;

  std::vector<Cluster> clusters;
  InputOptions input;
  input.paths = {args.data};
  input.format = "clusters";
  input.skip_bad = args.skip_bad;
  if (!ReadClusters(ctx, input, &clusters)) return kExitFailure;

  std::vector<MethodEval> evals;
  size_t skipped = 0;
  Progress progress(ctx, "evaluated", "summaries");
  options.progress = [&](size_t done, size_t total) { progress.Update(done, total); };
  const Status st = Evaluate(clusters, options, &evals, &skipped);
  if (!st.ok()) {
    PrintError(st.message());
    return st.code() == Status::Code::kInvalidArgument ? kExitUsage : kExitFailure;
  }
  if (skipped > 0) {
    PrintWarning(ctx, std::to_string(skipped) + " cluster(s) without reference summaries skipped");
  }
  std::printf("%zu clusters, ROUGE %s, budget %zu %s\n", evals[0].clusters.size(),
              flags.c_str(), budget.limit,
              budget.unit == BudgetUnit::kBytes ? "bytes" : "words");
  PrintTable(evals, options.rouge.confidence);
  if (!args.compare_path.empty() && !PrintComparison(args.compare_path, evals)) return kExitFailure;
  if (!args.json_path.empty()) {
    std::ofstream out(args.json_path);
    out << ToJson(args, flags, evals).dump(1) << '\n';
    if (!out) {
      PrintError(args.json_path + ": cannot write");
      return kExitIo;
    }
  }
  return kExitOk;
}

}  // namespace

void AddEvalCommand(CLI::App& app, CommandContext& ctx) {
  auto args = std::make_shared<EvalArgs>();
  CLI::App* cmd = app.add_subcommand(
      "eval",
      "Score summarization methods with ROUGE on clusters that have reference summaries.\n"
      "Example: precis eval --data clusters.jsonl --method lead --method lexrank "
      "--method oracle -n 2 -m -l 100");
  cmd->allow_extras();
  cmd->fallthrough(false);  // unknown options are ROUGE flags, not the parent's
  cmd->add_option("--data", args->data, "JSON Lines of clusters with \"references\"")->required();
  std::vector<std::string> names = MethodNames();
  names.push_back(kOracleMethod);
  std::string list;
  for (const auto& n : names) list += (list.empty() ? "" : ", ") + n;
  cmd->add_option("--method", args->methods, "Method to evaluate (repeatable): " + list)
      ->required()
      ->check(CLI::IsMember(names));
  cmd->add_option("--json", args->json_path, "Also write the results, per cluster, as JSON");
  cmd->add_option("--compare", args->compare_path,
                  "An earlier --json result: print recall differences with paired bootstrap "
                  "p-values");
  cmd->add_option("--words", args->words, "Summary budget in words (default: -l, else 100)");
  cmd->add_flag("--no-truncate", args->no_truncate,
                "Keep summaries to whole sentences (default: cut one more sentence to fill the "
                "budget, as DUC systems do; ROUGE's -l cuts at the limit anyway)");
  cmd->add_option("--threads", args->threads, "Worker threads (default: one per core)");
  cmd->add_flag("--skip-bad", args->skip_bad, "Skip malformed cluster lines with a warning");
  cmd->footer(
      "ROUGE-1.5.5 flags may follow, as `precis rouge --help` lists them (-n N -m -s -l L -b B "
      "-2 D -u -U -w W -x -f A|B -p ALPHA -t 0|1|2 -c C -r R, --seed N, --no-exceptions).\n"
      "Without ROUGE flags: -n 2 -m -2 4 -u -l 100 (ROUGE-1, 2, L, SU4), -c 95 -r 1000 -f A "
      "-p 0.5 -t 0.");
  cmd->callback([&ctx, args, cmd] { ctx.exit_code = RunEval(ctx, *args, cmd->remaining()); });
}

}  // namespace precis::cli
