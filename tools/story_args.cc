#include "story_args.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <numeric>
#include <thread>
#include <unistd.h>
#include <iostream>
#include <unordered_set>

#include "option_checks.h"

namespace precis::cli {

void AddClusteringOptions(CLI::App* cmd, StoryOptions* options, ClusteringFlags* flags) {
  StoryOptions& o = *options;
  cmd->add_option("--join", o.join_threshold,
                  "Minimum (time-decayed) cosine for an article to join an open story")
      ->check(PositiveRange(1))
      ->capture_default_str();
  cmd->add_option("--merge", o.merge_threshold,
                  "Merge stories whose centroids have at least this cosine "
                  "(above 1: never)")
      ->check(PositiveRange(1e9))
      ->capture_default_str();
  cmd->add_option("--mode", flags->mode,
                  "Preset: event (live feeds: stories close when idle, similarity decays with "
                  "time; the default) or topic (archives grouped by subject across any time: "
                  "the same as --idle-hours 0 --half-life-hours 0, which also turns on "
                  "--agglomerate)")
      ->transform(Choice({"event", "topic"}));
  flags->idle_option =
      cmd->add_option("--idle-hours", o.idle_hours,
                      "Close a story after this many hours without a new article (0: never)")
          ->check(FiniteRange(0, 1e9))
          ->capture_default_str();
  flags->half_life_option = cmd->add_option("--half-life-hours", o.decay_half_life_hours,
                                            "Similarity halves for every this many hours since "
                                            "a story's last article (0: no decay)")
                                ->check(FiniteRange(0, 1e9))
                                ->capture_default_str();
}

void ApplyClusteringMode(const ClusteringFlags& flags, StoryOptions* options) {
  if (flags.mode.empty()) return;
  StoryOptions preset = *options;
  (void)ApplyStoryMode(flags.mode, &preset);  // the flag's Choice admits known modes only
  if (flags.idle_option->count() == 0) options->idle_hours = preset.idle_hours;
  if (flags.half_life_option->count() == 0) {
    options->decay_half_life_hours = preset.decay_half_life_hours;
  }
}

void AddStoryOptions(CLI::App* cmd, StoryArgs* args) {
  AddInputOptions(cmd, &args->input);
  StoryOptions& o = args->options;
  AddClusteringOptions(cmd, &o, &args->clustering);
  cmd->add_option("--agglomerate", o.agglomerate_threshold,
                  "At the end, merge the pair of stories with the highest mean cosine between "
                  "their articles while it is at least this (0: off; negative: automatic, " +
                      std::to_string(kTopicAgglomerate).substr(0, 4) +
                      " when --idle-hours and --half-life-hours are both 0, else off)")
      ->check(FiniteRange(-1, 1))
      ->capture_default_str();
  cmd->add_option("--name-boost", o.name_boost,
                  "Weight multiplier for name-like words (0: automatic, 2 in event mode and 1 "
                  "in topic mode; else at least 1)")
      ->check(FiniteRange(0, 100))
      ->capture_default_str();
  cmd->add_option("--refine", o.refine_iterations,
                  "Rounds of k-means refinement of the open stories at the end (0: off)")
      ->capture_default_str();
  cmd->add_option("--language", o.language, "Language for stemming and stopwords")
      ->check(Language())
      ->capture_default_str();
  cmd->add_option("--aliases", args->aliases_path,
                  "Extra alias table (TSV: variant<TAB>canonical[<TAB>case]) on top of the "
                  "default one");
  cmd->add_flag("--no-default-aliases", args->no_default_aliases,
                "Do not load the built-in alias table");
  cmd->add_flag("--no-dedup", args->no_dedup, "Do not detect near-duplicate articles");
  cmd->add_option("--jaccard", o.dedup.jaccard_threshold,
                  "Near-duplicates: minimum estimated Jaccard similarity of "
                  "word shingles")
      ->check(FiniteRange(0.01, 1))
      ->capture_default_str();
  cmd->add_option("--containment", o.dedup.containment_threshold,
                  "Near-duplicates: minimum containment of the shorter text "
                  "(above 1: off)")
      ->check(FiniteRange(0, 1e9))
      ->capture_default_str();
  cmd->add_option("--shingle", o.dedup.shingle_size, "Near-duplicates: words per shingle")
      ->check(CLI::Range(1, 16))
      ->capture_default_str();
  AddThreadsOption(cmd, &args->threads,
                  "Threads for tokenizing and fingerprinting (default: one per core); the "
                  "stories do not depend on it");
  cmd->add_flag("--stats", args->stats,
                "Print the closing counts (articles, stories, duplicates) on stderr even when "
                "it is not a terminal");
  cmd->add_flag("--arrival-order", args->arrival_order,
                "Process articles in input order instead of sorting them by date "
                "(articles "
                "dated before the stream clock are counted and placed at the clock)");
}

unsigned StoryThreads(const StoryArgs& args) {
  return args.threads ? args.threads : std::max(1u, std::thread::hardware_concurrency());
}

bool PrepareStoryOptions(StoryArgs* args, AliasTable* aliases) {
  *aliases = args->no_default_aliases ? AliasTable() : AliasTable::Default();
  if (!args->aliases_path.empty()) {
    std::string tsv;
    Status s = ReadFile(args->aliases_path, size_t{64} << 20, &tsv);
    if (s.ok()) s = aliases->AddTsv(tsv, args->aliases_path);
    if (!s.ok()) {
      PrintError(s.message());
      return false;
    }
  }
  ApplyClusteringMode(args->clustering, &args->options);
  args->options.dedup.aliases = aliases;
  args->options.detect_duplicates = !args->no_dedup;
  const Status valid = ValidateStoryOptions(args->options);
  if (!valid.ok()) {
    PrintError(valid.message());
    return false;
  }
  return true;
}

bool PrepareStream(const CommandContext& ctx, StoryArgs* args, AliasTable* aliases,
                   std::vector<Article>* articles) {
  if (!PrepareStoryOptions(args, aliases)) return false;

  std::vector<Cluster> clusters;
  args->input.counts = &args->read;
  if (!ReadClusters(ctx, args->input, &clusters)) return false;
  std::unordered_set<std::string> seen;
  size_t repeated = 0;
  // Ids are unique within one flat input (the readers rename repeats): it needs no check.
  const bool check_ids = clusters.size() > 1;
  if (clusters.size() == 1 && articles->empty()) {
    // One input: its vector is the stream, with no second array of Article structs.
    *articles = std::move(clusters.front().articles);
    clusters.clear();
  }
  size_t total = articles->size();
  for (const Cluster& c : clusters) total += c.articles.size();
  articles->reserve(total);
  for (Cluster& c : clusters) {
    for (Article& a : c.articles) {
      if (check_ids && !seen.insert(a.id).second) {
        ++repeated;
        continue;
      }
      articles->push_back(std::move(a));
    }
    std::vector<Article>().swap(c.articles);  // no second set of Article structs
  }
  PrintRepeatedIds(ctx, repeated);
  if (args->arrival_order) return true;
  PrintArrivalOrder(ctx, SortByArrival(articles));
  return true;
}

void PrintRepeatedIds(const CommandContext& ctx, size_t repeated) {
  if (repeated > 0) {
    PrintWarning(
        ctx, std::to_string(repeated) + " article(s) skipped: id already used by an earlier input");
  }
}

void PrintArrivalOrder(const CommandContext& ctx, const ArrivalOrderReport& order) {
  if (order.undated > 0) {
    std::string which;
    if (order.unreadable > 0) {
      // Name the records whose date was given but could not be read: those can be fixed.
      which = " (" + std::to_string(order.unreadable) +
              " with a date that is not ISO 8601 or RFC 5322: " + order.UnreadableIds() + ")";
    }
    PrintWarning(ctx, std::to_string(order.undated) + " article(s) without a usable date" + which +
                          ": placed at the previous article's time");
  }
  if (order.out_of_order > 0) {
    PrintWarning(ctx, std::to_string(order.out_of_order) +
                          " article(s) out of date order in the input: sorted by date");
  }
}

void PrintStoryReport(const CommandContext& ctx, const StoryArgs& args, const StoryReport& r,
                      size_t stories) {
  if (args.arrival_order) {
    // Without the sort, the dates are only seen as the clusterer meets them: the warnings the
    // sort gives come from its counts.
    if (r.missing_dates + r.invalid_dates > 0) {
      PrintWarning(ctx, std::to_string(r.missing_dates + r.invalid_dates) +
                            " article(s) without a usable date: placed at the previous "
                            "article's time");
    }
    if (r.out_of_order > 0) {
      PrintWarning(ctx, std::to_string(r.out_of_order) +
                            " article(s) dated before an earlier article of the input "
                            "(--arrival-order): placed at the later time; without "
                            "--arrival-order the input is sorted by date");
    }
  }
  std::string msg = "clustered " + std::to_string(r.clustered) + " of " +
                    std::to_string(r.articles) + " articles into " + std::to_string(stories) +
                    " stories";
  std::string details;
  auto add = [&details](size_t n, const char* what) {
    if (n == 0) return;
    details += (details.empty() ? "" : ", ") + std::to_string(n) + " " + what;
  };
  add(args.read.skipped_bad, "malformed records (skipped)");
  add(args.read.skipped_empty, "empty articles (skipped)");
  add(r.duplicates, "near-duplicates");
  add(r.empty, "without content words (skipped)");
  add(r.duplicate_ids, "repeated ids (skipped)");
  add(r.missing_dates, "without a date");
  add(r.invalid_dates, "with an invalid date");
  add(r.out_of_order, "out of date order");
  add(r.stories_merged, "stories merged");
  if (!details.empty()) msg += " (" + details + ")";
  if (args.stats || (!ctx.global.quiet && isatty(STDERR_FILENO))) {
    std::cerr << "precis: " << msg << "\n";
  }
}

}  // namespace precis::cli
