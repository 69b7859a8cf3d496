// Options and input handling shared by `precis cluster` and `precis digest`.
#ifndef PRECIS_TOOLS_STORY_ARGS_H_
#define PRECIS_TOOLS_STORY_ARGS_H_

#include <string>
#include <vector>

#include "command.h"
#include "input.h"
#include "precis/dedup.h"
#include "precis/story.h"

namespace CLI {
class Option;
}  // namespace CLI

namespace precis::cli {

// The flags that shape stories, shared by `precis cluster`, `digest` and `serve`: --join,
// --merge, --mode, --idle-hours, --half-life-hours.
struct ClusteringFlags {
  std::string mode;  // --mode: a StoryOptions preset (ApplyStoryMode); "" when not given
  // The flags a mode sets: a value given on the command line wins over the mode's.
  const CLI::Option* idle_option = nullptr;
  const CLI::Option* half_life_option = nullptr;
};
void AddClusteringOptions(CLI::App* cmd, StoryOptions* options, ClusteringFlags* flags);
// Applies --mode to `options`, leaving the fields given on the command line.
void ApplyClusteringMode(const ClusteringFlags& flags, StoryOptions* options);

struct StoryArgs {
  InputOptions input;
  StoryOptions options;
  std::string aliases_path;  // extra alias TSV on top of the default table
  bool no_default_aliases = false;
  bool arrival_order = false;  // do not sort by date
  bool no_dedup = false;
  bool stats = false;    // --stats: closing counts even when stderr is not a terminal
  unsigned threads = 0;  // 0: one per core
  ClusteringFlags clustering;
  InputCounts read;  // what the readers skipped (the closing counts report it)
};

// The number of threads to use: args.threads, or one per core.
unsigned StoryThreads(const StoryArgs& args);

// Adds the clustering and near-duplicate flags (and the inputs) to `cmd`.
void AddStoryOptions(CLI::App* cmd, StoryArgs* args);

// Reads every input into one stream of articles (clusters files are flattened
// in order), drops articles whose id repeats an earlier input's, and sorts by
// date unless
// --arrival-order (stable; an article without a usable date takes the previous
// article's time). Loads the alias table into *aliases and points args->options
// at it. Prints warnings with the counts; returns false after printing an
// error.
bool PrepareStream(const CommandContext& ctx, StoryArgs* args, AliasTable* aliases,
                   std::vector<Article>* articles);
// The first part of PrepareStream: loads the alias table into *aliases, points
// args->options at it and validates the options. Returns false after printing an error.
bool PrepareStoryOptions(StoryArgs* args, AliasTable* aliases);
// PrepareStream's warnings: articles skipped for a repeated id, and the date order.
void PrintRepeatedIds(const CommandContext& ctx, size_t repeated);
void PrintArrivalOrder(const CommandContext& ctx, const ArrivalOrderReport& order);

// "clustered N articles into M stories (...)" on stderr, like progress: only on a terminal
// and not with --quiet; --stats prints it anyway.
void PrintStoryReport(const CommandContext& ctx, const StoryArgs& args, const StoryReport& report,
                      size_t stories);

}  // namespace precis::cli

#endif  // PRECIS_TOOLS_STORY_ARGS_H_
