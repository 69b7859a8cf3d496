// Reading the inputs of a command: paths (files, directories, "-") into clusters, with
// warnings printed and errors turned into messages. Shared by every command that reads
// articles.
#ifndef PRECIS_TOOLS_INPUT_H_
#define PRECIS_TOOLS_INPUT_H_

#include <string>
#include <vector>

#include "command.h"
#include "precis/ingest.h"

namespace precis::cli {

// Records the readers skipped, over every input of a command (its closing counts say them).
struct InputCounts {
  size_t skipped_bad = 0;    // malformed records skipped under --skip-bad
  size_t skipped_empty = 0;  // articles without text
};

struct InputOptions {
  std::vector<std::string> paths;  // empty means standard input
  std::string format = "auto";     // auto|text|jsonl|clusters|html
  bool skip_bad = false;
  size_t max_article_mb = IngestOptions().max_article_bytes >> 20;  // --max-article-mb
  size_t max_input_mb = IngestOptions().max_input_bytes >> 20;      // --max-input-mb
  std::string html_text = "extract";  // --html-text: extract|keep (IngestOptions::html_text)
  InputCounts* counts = nullptr;      // when set, the readers' skips are added to it
};

// Adds --input-format, --skip-bad, --max-article-mb and --max-input-mb to `cmd`, and the
// INPUT... positional.
void AddInputOptions(CLI::App* cmd, InputOptions* options);

// Reads every input. Clusters files give their clusters; all flat articles (text, HTML,
// article JSON Lines) are gathered into one cluster named after the first flat input.
// A hint goes to stderr when standard input is a terminal. Returns false after printing an
// error (unreadable input); throws CLI::ValidationError for "-" given twice or an empty name
// (call it from a command callback: main turns that into exit code 2).
bool ReadClusters(const CommandContext& ctx, const InputOptions& options,
                  std::vector<Cluster>* clusters);

// ReadClusters for long feeds: the articles of flat inputs go to `*sink` as they are read
// (in input order) instead of into a cluster; clusters files still give whole clusters.
// A null sink makes it ReadClusters. With `screen_ids`, each file or folder is read twice
// so that the readers' table of ids holds only the ids that repeat (ingest/id_screen.h):
// memory no longer grows with the feed's ids, and the ids come out the same.
bool StreamInputs(const CommandContext& ctx, const InputOptions& options,
                  const ArticleSink* sink, std::vector<Cluster>* clusters,
                  bool screen_ids = false);

// Records per run of the external sorts behind StreamInputs' screen_ids and `precis
// cluster`'s stream: 65,536, or PRECIS_SORT_RUN_RECORDS when set (tests make runs tiny so
// that small inputs spill to disk).
size_t SortRunRecords();

}  // namespace precis::cli

#endif  // PRECIS_TOOLS_INPUT_H_
