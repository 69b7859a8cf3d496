// The summarization options, added under the same names to every command that summarizes
// (summarize, digest, eval): --method, --words, --bytes, --sentences, --truncate, --query,
// --order, --redundancy, --mmr, --mmr-lambda, --min-words, --max-words, --language, --compress,
// --weights. They all
// land in one SummarizeOptions, so the library's defaults are the command line's defaults.
#ifndef PRECIS_TOOLS_SUMMARIZE_ARGS_H_
#define PRECIS_TOOLS_SUMMARIZE_ARGS_H_

#include <string>
#include <vector>

#include "command.h"
#include "precis/summarize.h"

namespace CLI {
class App;
class Option;
}  // namespace CLI

namespace precis::cli {

struct SummarizeArgs {
  SummarizeOptions options;
  // eval takes --method more than once (and "oracle"); the others take it once.
  std::vector<std::string> methods;
  size_t words = 0, bytes = 0, sentences = 0, chars = 0;  // 0: not given
  std::string order = "date";
  std::string weights_path;  // --weights FILE ("": the built-in weights)
  // --background FILE...: IDF over these files' articles instead of the input's.
  std::vector<std::string> background;
  // Set by AddSummarizeOptions, read by FinishSummarizeArgs (were they given?).
  CLI::Option* redundancy = nullptr;
  CLI::Option* mmr = nullptr;
  CLI::Option* mmr_lambda = nullptr;
  bool padding_check = false;  // --padding-check: off_topic_support = kPaddingCheckSupport
  CLI::Option* off_topic_support = nullptr;
};

struct SummarizeFlags {
  bool many_methods = false;  // --method repeatable, "oracle" allowed (eval)
  bool language = true;       // add --language (digest takes cluster's)
  bool background = true;     // add --background
};

// Adds the summarization options to `cmd`, bound to *args (which must outlive the parse).
void AddSummarizeOptions(CLI::App* cmd, SummarizeArgs* args, SummarizeFlags flags = {});

// Turns the parsed flags into args->options (budget, ordering, language, the --weights file)
// and checks them together. Returns kExitOk, or after printing the error kExitUsage for
// contradictions and kExitFailure for a weights file that cannot be read or is malformed.
// Options the method ignores get a warning naming the methods they apply to.
int FinishSummarizeArgs(const CommandContext& ctx, SummarizeArgs* args);

// The IDF table of a run: over the --background files' articles when given (read as inputs
// are, any format), else over every article of `clusters` (IDF from one cluster alone is
// noisy). False after printing an error when a background file cannot be read.
bool BuildIdf(const CommandContext& ctx, const SummarizeArgs& args,
              const std::vector<Cluster>& clusters, IdfTable* out);

// The methods that honour --redundancy (beyond a truncated sentence), --mmr and --mmr-lambda.
const std::vector<std::string>& RedundancyMethods();

}  // namespace precis::cli

#endif  // PRECIS_TOOLS_SUMMARIZE_ARGS_H_
