// `precis summarize`: extractive summaries of clusters of articles.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <atomic>
#include <iostream>
#include <thread>

#include "command.h"
#include "input.h"
#include "progress.h"
#include "precis/render.h"
#include "precis/summarize.h"

namespace precis::cli {
namespace {

struct SummarizeArgs {
  InputOptions input;
  SummarizeOptions options;
  size_t words = 0, bytes = 0, sentences = 0;
  std::string format = "text";
  std::string order = "date";
  unsigned threads = 0;
};

int RunSummarize(const CommandContext& ctx, SummarizeArgs args) {
  SummarizeOptions& options = args.options;
  if (args.bytes > 0) {
    options.budget.unit = BudgetUnit::kBytes;
    options.budget.limit = args.bytes;
  } else if (args.sentences > 0) {
    options.budget.unit = BudgetUnit::kSentences;
    options.budget.limit = args.sentences;
  } else if (args.words > 0) {
    options.budget.unit = BudgetUnit::kWords;
    options.budget.limit = args.words;
  }
  options.ordering = args.order == "score" ? Ordering::kScore : Ordering::kChronological;

  std::vector<Cluster> clusters;
  if (!ReadClusters(ctx, args.input, &clusters)) return kExitFailure;

  // One IDF table over every input article: IDF from a single cluster is noisy.
  std::vector<const Article*> all;
  for (const Cluster& c : clusters) {
    for (const Article& a : c.articles) all.push_back(&a);
  }
  const IdfTable idf = IdfTable::Build(all, options.language);

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
  auto args = std::make_shared<SummarizeArgs>();
  CLI::App* cmd = app.add_subcommand(
      "summarize",
      "Write an extractive summary of each cluster of articles.\n"
      "Inputs: .txt files or folders of them, .html pages, JSON Lines of articles "
      "({\"id\",\"title\",\"date\",\"source\",\"url\",\"text\"}) or of clusters "
      "({\"id\",\"documents\":[...],\"references\":[...]}). All flat articles form one cluster; "
      "a clusters file gives one summary per line.");
  AddInputOptions(cmd, &args->input);
  std::string methods;
  for (const auto& m : MethodNames()) methods += (methods.empty() ? "" : ", ") + m;
  cmd->add_option("-m,--method", args->options.method, "Summarization method: " + methods)
      ->check(CLI::IsMember(MethodNames()))
      ->capture_default_str();
  auto* words = cmd->add_option("-w,--words", args->words, "Budget in words (default 100)");
  auto* bytes = cmd->add_option("-b,--bytes", args->bytes, "Budget in bytes");
  auto* sentences = cmd->add_option("-s,--sentences", args->sentences, "Budget in sentences");
  words->excludes(bytes)->excludes(sentences);
  bytes->excludes(sentences);
  for (auto* o : {words, bytes, sentences}) o->check(CLI::PositiveNumber);
  cmd->add_flag("--truncate", args->options.budget.truncate_last,
                "DUC-style: fill the budget by cutting one more sentence (marked truncated)");
  cmd->add_option("-f,--format", args->format, "Output: text (one sentence per line) or json "
                  "(one object per cluster per line)")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  cmd->add_option("--redundancy", args->options.redundancy_threshold,
                  "Skip a sentence whose cosine to a chosen one exceeds this (1 = off); "
                  "lead, centroid, lexrank, textrank and every method's truncated last sentence")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  cmd->add_flag("--mmr", args->options.mmr,
                "Select with maximal marginal relevance (lead, centroid, lexrank, textrank)");
  cmd->add_option("--mmr-lambda", args->options.mmr_lambda,
                  "MMR trade-off: 1 = relevance only, 0 = diversity only")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  cmd->add_option("--order", args->order,
                  "Sentence order: date (article date, then position) or score")
      ->check(CLI::IsMember({"date", "score"}))
      ->capture_default_str();
  cmd->add_option("--query", args->options.query, "Focus the summary on this query");
  cmd->add_option("--language", args->options.language,
                  "Language for sentence breaks, stemming and stopwords")
      ->capture_default_str();
  cmd->add_option("--min-words", args->options.min_sentence_words,
                  "Never select sentences shorter than this")
      ->capture_default_str();
  cmd->add_option("--max-words", args->options.max_sentence_words,
                  "Never select sentences longer than this")
      ->capture_default_str();
  cmd->add_option("--threads", args->threads, "Worker threads (default: one per core)");
  cmd->callback([&ctx, args] {
    SummarizeArgs copy = *args;
    copy.options.segment.language = copy.options.language;
    ctx.exit_code = RunSummarize(ctx, std::move(copy));
  });
}

}  // namespace precis::cli
