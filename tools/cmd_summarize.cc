// `precis summarize`: extractive summaries of clusters of articles.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <atomic>
#include <iostream>
#include <thread>

#include "command.h"
#include "heap_release.h"
#include "input.h"
#include "option_checks.h"
#include "progress.h"
#include "summarize_args.h"
#include "precis/render.h"
#include "precis/summarize.h"

namespace precis::cli {
namespace {

struct SummarizeCommandArgs {
  InputOptions input;
  SummarizeArgs summarize;
  std::string format = "text";
  unsigned threads = 0;
};

int RunSummarize(const CommandContext& ctx, SummarizeCommandArgs args) {
  if (const int rc = FinishSummarizeArgs(ctx, &args.summarize); rc != kExitOk) return rc;
  ReleaseLargeBlocks();  // a million articles: freed buffers leave the process
  const SummarizeOptions& options = args.summarize.options;

  std::vector<Cluster> clusters;
  if (!ReadClusters(ctx, args.input, &clusters)) return kExitFailure;

  // One IDF table over every input article (IDF from a single cluster is noisy), or over
  // the --background articles.
  IdfTable idf;
  if (!BuildIdf(ctx, args.summarize, clusters, &idf)) return kExitFailure;

  std::vector<Summary> summaries(clusters.size());
  std::vector<Status> statuses(clusters.size());
  std::atomic<size_t> next{0}, done{0};
  Progress progress(ctx, "summarized", "clusters");
  unsigned threads = args.threads ? args.threads : std::max(1u, std::thread::hardware_concurrency());
  threads = std::min<unsigned>(threads, static_cast<unsigned>(clusters.size()));
  auto worker = [&] {
    for (size_t i; (i = next++) < clusters.size();) {
      statuses[i] = Summarize(clusters[i], options, &idf, &summaries[i]);
      progress.Update(++done, clusters.size());
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  for (auto& t : pool) t.join();

  for (size_t i = 0; i < clusters.size(); ++i) {
    if (!statuses[i].ok()) {
      PrintError("cluster " + clusters[i].id + ": " + statuses[i].message());
      return statuses[i].code() == Status::Code::kInvalidArgument ? kExitUsage : kExitFailure;
    }
    if (args.format == "json") {
      std::cout << SummaryToJson(summaries[i]) << '\n';
    } else {
      if (clusters.size() > 1) std::cout << (i ? "\n" : "") << "# " << summaries[i].id << '\n';
      std::cout << SummaryToText(summaries[i]);
    }
    for (const std::string& w : summaries[i].warnings) {
      PrintWarning(ctx, "cluster " + clusters[i].id + ": " + w);
    }
    if (summaries[i].sentences.empty()) {
      PrintWarning(ctx, "cluster " + clusters[i].id + ": no sentence could be selected");
    }
  }
  return kExitOk;
}

}  // namespace

void AddSummarizeCommand(CLI::App& app, CommandContext& ctx) {
  auto args = std::make_shared<SummarizeCommandArgs>();
  CLI::App* cmd = app.add_subcommand(
      "summarize",
      "Write an extractive summary of each cluster of articles.\n"
      "Inputs: .txt files or folders of them, .html pages, JSON Lines of articles "
      "({\"id\",\"title\",\"date\",\"source\",\"url\",\"text\"}) or of clusters "
      "({\"id\",\"documents\":[...],\"references\":[...]}). All flat articles form one cluster; "
      "a clusters file gives one summary per line.\n"
      "Example: precis summarize --words 60 data/sample/stories.jsonl\n"
      "Example: precis summarize -m lexrank --sentences 3 --format json data/sample/txt");
  AddInputOptions(cmd, &args->input);
  AddSummarizeOptions(cmd, &args->summarize);
  cmd->add_option("-f,--format", args->format,
                  "Output: text (one sentence per line) or json (one object per cluster per "
                  "line)")
      ->transform(Choice({"text", "json"}))
      ->capture_default_str();
  AddThreadsOption(cmd, &args->threads, "Worker threads (default: one per core)");
  cmd->callback([&ctx, args] { ctx.exit_code = RunSummarize(ctx, *args); });
}

}  // namespace precis::cli
