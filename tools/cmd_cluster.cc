// `precis cluster`: an article stream into stories, as JSON Lines.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <iostream>
#include <span>

#include "command.h"
#include "heap_release.h"
#include "progress.h"
#include "spooled_stream.h"
#include "story_args.h"

namespace precis::cli {
namespace {

int RunCluster(const CommandContext& ctx, StoryArgs args) {
  ReleaseLargeBlocks();  // a long feed: freed buffers leave the process
  AliasTable aliases;
  // The feed waits on disk, not in memory: memory follows the open stories.
  SpooledStream stream;
  if (!stream.Prepare(ctx, &args, &aliases)) return kExitFailure;
  StoryClusterer clusterer(args.options);
  size_t stories = 0;
  // Stories are written as soon as they close, so output keeps pace with a long
  // stream.
  auto write = [&] {
    for (const Story& s : clusterer.TakeStories()) {
      std::cout << StoryToJson(s) << '\n';
      ++stories;
    }
  };
  const unsigned threads = StoryThreads(args);
  constexpr size_t kBatch = 4096;
  Progress progress(ctx, "clustered", "articles");
  std::vector<Article> batch;
  for (size_t i = 0; i < stream.size(); i += kBatch) {
    const size_t n = std::min(kBatch, stream.size() - i);
    const Status read = stream.Read(i, n, &batch);
    if (!read.ok()) {
      PrintError(read.message());
      return kExitFailure;
    }
    clusterer.AddAll(batch, threads);
    write();
    progress.Update(i + n, stream.size());
  }
  clusterer.Flush();
  write();
  PrintStoryReport(ctx, args, clusterer.report(), stories);
  return kExitOk;
}

}  // namespace

void AddClusterCommand(CLI::App& app, CommandContext& ctx) {
  auto args = std::make_shared<StoryArgs>();
  CLI::App* cmd = app.add_subcommand("cluster",
                                     "Group a stream of articles into stories (online "
                                     "clustering, near-duplicates joined to "
                                     "their original). Writes one JSON object per story "
                                     "per line: {\"id\",\"articles\","
                                     "\"first_date\",\"last_date\",\"terms\",\"headline\","
                                     "\"duplicates\":[[dup,of],...]}, in the order the "
                                     "stories close (idle ones as the stream goes, then the "
                                     "rest by id).\n"
                                     "Example: precis cluster data/sample/articles.jsonl");
  AddStoryOptions(cmd, args.get());
  cmd->callback([&ctx, args] { ctx.exit_code = RunCluster(ctx, *args); });
}

}  // namespace precis::cli
