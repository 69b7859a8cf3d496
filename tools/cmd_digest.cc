// `precis digest`: stories of an article stream with their summaries, as text,
// JSON or HTML.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <iostream>

#include "command.h"
#include "option_checks.h"
#include "progress.h"
#include "story_args.h"
#include "summarize_args.h"

namespace precis::cli {
namespace {

struct DigestArgs {
  StoryArgs story;
  DigestOptions digest;
  SummarizeArgs summarize;
  std::string format = "text";
  std::string title = "precis digest";
};

int RunDigest(const CommandContext& ctx, DigestArgs args) {
  args.summarize.options.language = args.story.options.language;
  if (const int rc = FinishSummarizeArgs(ctx, &args.summarize); rc != kExitOk) return rc;
  args.digest.summarize = args.summarize.options;
  AliasTable aliases;
  std::vector<Article> articles;
  if (!PrepareStream(ctx, &args.story, &aliases, &articles)) return kExitFailure;
  args.digest.story = args.story.options;
  if (args.digest.off_topic_threshold <= 0) args.digest.unrelated_threshold = 0;

  std::vector<Story> stories;
  StoryReport report;
  Status status =
      ClusterArticles(articles, args.story.options, &stories, &report, StoryThreads(args.story));
  if (!status.ok()) {
    PrintError(status.message());
    return kExitFailure;
  }
  PrintStoryReport(ctx, args.story, report, stories.size());
  // Largest stories first (then by id): a digest reader wants the big events on
  // top.
  std::stable_sort(stories.begin(), stories.end(), [](const Story& a, const Story& b) {
    return a.articles.size() > b.articles.size();
  });
  // --background: IDF over those files' articles, not the feed's (and the padding check's
  // background: a small feed gets the model of a large collection).
  IdfTable background;
  if (!args.summarize.background.empty()) {
    if (!BuildIdf(ctx, args.summarize, {}, &background)) return kExitFailure;
    args.digest.idf = &background;
  }
  std::vector<StoryDigest> digests;
  Progress progress(ctx, "summarized", "stories");
  args.digest.progress = [&](size_t done, size_t total) { progress.Update(done, total); };
  status = BuildDigest(articles, stories, args.digest, &digests);
  if (!status.ok()) {
    PrintError(status.message());
    return status.code() == Status::Code::kInvalidArgument ? kExitUsage : kExitFailure;
  }
  if (args.format == "json") {
    std::cout << DigestToJsonLines(digests);
  } else if (args.format == "html") {
    std::cout << DigestToHtml(digests, args.title);
  } else {
    std::cout << DigestToText(digests);
  }
  return kExitOk;
}

}  // namespace

void AddDigestCommand(CLI::App& app, CommandContext& ctx) {
  auto args = std::make_shared<DigestArgs>();
  CLI::App* cmd =
      app.add_subcommand("digest",
                         "Cluster a stream of articles into stories (as `precis cluster`) and "
                         "summarize each story. Near-duplicate articles are reported, not "
                         "summarized twice; sentences repeated from an earlier article of the "
                         "story and sentences pasted from other stories are left out of a "
                         "story's summary. Largest stories first.\n"
                         "Example: precis digest --sentences 2 data/sample/articles.jsonl");
  AddStoryOptions(cmd, &args->story);
  SummarizeFlags flags;
  flags.language = false;  // the stories' --language serves both
  AddSummarizeOptions(cmd, &args->summarize, flags);
  cmd->add_option("-f,--format", args->format,
                  "Output: text, json (one object per story per line) or html (one "
                  "self-contained page)")
      ->transform(Choice({"text", "json", "html"}))
      ->capture_default_str();
  cmd->add_option("--title", args->title, "Title of the HTML page")->capture_default_str();
  cmd->add_option("--min-articles", args->digest.min_articles,
                  "Leave out stories with fewer articles than this")
      ->capture_default_str();
  cmd->add_option("--off-topic", args->digest.off_topic_threshold,
                  "A sentence below this cosine with its story, and closer to "
                  "another story, is "
                  "left out of the summary (0: keep everything)")
      ->check(FiniteRange(0, 1))
      ->capture_default_str();
  cmd->add_flag("!--keep-duplicate-sentences", args->digest.drop_duplicate_sentences,
                "Do not leave out sentences that repeat (near-duplicates of) a sentence of an "
                "earlier article of the story");
  cmd->callback([&ctx, args] { ctx.exit_code = RunDigest(ctx, *args); });
}

}  // namespace precis::cli
