// The command line of ROUGE-1.5.5.pl (Getopt::Std flags such as -n 2, -2 4, -amd), plus the
// long options precis adds. Used by `precis rouge`; kept here so it can be unit-tested.
#ifndef PRECIS_EVAL_ROUGE_FLAGS_H_
#define PRECIS_EVAL_ROUGE_FLAGS_H_

#include <span>
#include <string>
#include <vector>

#include "precis/rouge.h"
#include "precis/status.h"

namespace precis::rouge {

struct RougeCommandLine {
  RougeOptions options;
  bool all_peers = false;              // -a
  std::string confidence_text = "95";  // -c as typed (printed in "95%-conf.int.")
  std::string data_dir;                // -e: accepted; the word tables are built in
  bool verbose = false;                // -v: accepted, no effect
  std::string file_list_format;        // -z FORMAT; empty: the positional file is XML
  bool json = false;                   // --json
  bool quiet = false;                  // -q, --quiet: no warnings (as precis -q)
  bool help = false;                   // -h, --help
  std::vector<std::string> positionals;
};

// Parses the arguments that follow "rouge". Options may come before or between positionals;
// "--" ends options. Errors are InvalidArgument with a message for the user.
Status ParseRougeCommandLine(std::span<const std::string> args, RougeCommandLine* out);

// Parses ROUGE flags onto *inout without resetting it first and without validating the
// result: `precis eval --rouge "-r 500"` changes the resamples of the default set and keeps the
// rest. Positionals are appended to inout->positionals. Call ValidateRougeOptions after.
Status ApplyRougeFlags(std::span<const std::string> args, RougeCommandLine* inout);

// `options` as the script's flags, in a fixed order, every value shown:
// "-n 2 -m -2 4 -u -l 100 -c 95 -r 1000 -f A -p 0.5 -t 0". Parsing the string back gives
// the same options (W keeps its label; -d, -a and --json are not options of the scores).
std::string RougeFlagsString(const RougeOptions& options);

// The text `precis rouge --help` prints.
extern const char kRougeUsage[];

}  // namespace precis::rouge

#endif  // PRECIS_EVAL_ROUGE_FLAGS_H_
