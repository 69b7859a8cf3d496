// `precis eval-cluster`: B-cubed and adjusted Rand index of a clustering
// against gold labels.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>
#include <unordered_set>

#include "command.h"
#include "ingest/file_io.h"
#include "option_checks.h"
#include "precis/ingest.h"
#include "precis/story.h"

namespace precis::cli {
namespace {

struct EvalClusterArgs {
  std::string gold, pred;
  std::string format = "text";
  bool ignore_missing = false;
};

// `path` "-" is standard input, as for every command: `precis cluster feed.jsonl |
// precis eval-cluster --gold gold.tsv --pred -`.
bool Load(const std::string& path, Labelling* out) {
  std::string text;
  const bool stdin_input = path == "-";
  Status s = stdin_input ? ingest::ReadDescriptor(STDIN_FILENO, "<stdin>", size_t{1} << 30, &text)
                         : ReadFile(path, size_t{1} << 30, &text);
  if (s.ok()) s = ParseLabelling(text, stdin_input ? "<stdin>" : path, out);
  if (!s.ok()) PrintError(s.message());
  return s.ok();
}

int RunEvalCluster(const CommandContext& ctx, const EvalClusterArgs& args) {
  if (args.gold == "-" && args.pred == "-") {
    PrintError("eval-cluster: --gold and --pred cannot both be standard input ('-')");
    return kExitUsage;
  }
  Labelling gold, pred;
  if (!Load(args.gold, &gold) || !Load(args.pred, &pred)) return kExitFailure;
  if (args.ignore_missing) {
    std::unordered_set<std::string> predicted;
    for (const auto& [item, label] : pred) predicted.insert(item);
    Labelling kept;
    for (auto& entry : gold) {
      if (predicted.count(entry.first)) kept.push_back(std::move(entry));
    }
    if (kept.size() < gold.size()) {
      PrintWarning(ctx, std::to_string(gold.size() - kept.size()) +
                            " gold item(s) not in the prediction left out (--ignore-missing)");
    }
    gold.swap(kept);
  }
  ClusteringScores sc;
  const Status s = ScoreClustering(gold, pred, &sc);
  if (!s.ok()) {
    PrintError(s.message());
    return kExitFailure;
  }
  if (sc.missing_in_predicted > 0) {
    PrintWarning(ctx, std::to_string(sc.missing_in_predicted) +
                          " gold item(s) missing from the prediction: scored as singletons");
  }
  if (sc.extra_in_predicted > 0) {
    PrintWarning(ctx, std::to_string(sc.extra_in_predicted) +
                          " predicted item(s) not in the gold labelling: ignored");
  }
  if (args.format == "json") {
    nlohmann::json j = {{"items", sc.items},
                        {"gold_clusters", sc.gold_clusters},
                        {"predicted_clusters", sc.predicted_clusters},
                        {"bcubed_precision", sc.bcubed_precision},
                        {"bcubed_recall", sc.bcubed_recall},
                        {"bcubed_f1", sc.bcubed_f1},
                        {"adjusted_rand", sc.adjusted_rand},
                        {"missing_in_predicted", sc.missing_in_predicted},
                        {"extra_in_predicted", sc.extra_in_predicted}};
    std::cout << j.dump() << '\n';
    return kExitOk;
  }
  char buf[512];
  std::snprintf(buf, sizeof buf,
                "items               %zu\ngold clusters       %zu\npredicted "
                "clusters  %zu\n"
                "B-cubed precision   %.4f\nB-cubed recall      %.4f\nB-cubed "
                "F1          %.4f\n"
                "adjusted Rand index %.4f\n",
                sc.items, sc.gold_clusters, sc.predicted_clusters, sc.bcubed_precision,
                sc.bcubed_recall, sc.bcubed_f1, sc.adjusted_rand);
  std::cout << buf;
  return kExitOk;
}

}  // namespace

void AddEvalClusterCommand(CLI::App& app, CommandContext& ctx) {
  auto args = std::make_shared<EvalClusterArgs>();
  CLI::App* cmd =
      app.add_subcommand("eval-cluster",
                         "Score a clustering against gold labels: B-cubed precision, recall and "
                         "F1, and the "
                         "adjusted Rand index. Files hold JSON Lines of stories or clusters (the "
                         "output of "
                         "`precis cluster`, or {\"id\",\"documents\":[{\"id\"...}]} clusters) or "
                         "lines "
                         "\"article<TAB>label\". Gold items missing from the prediction count as "
                         "singletons.");
  cmd->add_option("--gold", args->gold, "Gold labelling ('-': standard input)")->required();
  cmd->add_option("--pred", args->pred, "Predicted labelling ('-': standard input)")->required();
  cmd->add_flag("--ignore-missing", args->ignore_missing,
                "Score only the gold items that appear in the prediction (e.g. empty articles "
                "that the clusterer never saw)");
  cmd->add_option("-f,--format", args->format, "Output: text or json")
      ->transform(Choice({"text", "json"}))
      ->capture_default_str();
  cmd->callback([&ctx, args] { ctx.exit_code = RunEvalCluster(ctx, *args); });
}

}  // namespace precis::cli
