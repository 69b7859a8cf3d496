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

// The text `precis rouge --help` prints.
extern const char kRougeUsage[];

}  // namespace precis::rouge

#endif  // PRECIS_EVAL_ROUGE_FLAGS_H_
