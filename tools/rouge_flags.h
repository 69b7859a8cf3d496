// ROUGE-1.5.5.pl's command-line flags (-n 2 -m -l 100 -2 4 -u ...), parsed into RougeOptions
// so a researcher can paste the flags they already use. Shared by `precis rouge` and
// `precis eval`.
#ifndef PRECIS_TOOLS_ROUGE_FLAGS_H_
#define PRECIS_TOOLS_ROUGE_FLAGS_H_

#include <string>
#include <vector>

#include "precis/rouge.h"

namespace precis::cli {

struct RougeFlagResult {
  bool print_evals = false;       // -d
  bool all_peers = false;         // -a
  std::string data_dir;           // -e (accepted for compatibility; tables are built in)
  std::vector<std::string> rest;  // arguments that are not ROUGE flags, in order
  // The flags as given that change scores, e.g. "-n 2 -m -l 100", for reports.
  std::string canonical;
};

// Parses `args` in order. Flags: -a -c N -d -e DIR -f A|B -l N -b N -m -n N -p A -r N -s
// -t 0|1|2 -u -U -w W -x -2 N, plus --seed N and --no-exceptions. Anything else is left in
// result->rest. Returns false with *error set on a bad value or a missing argument.
// The returned options are validated (ValidateRougeOptions).
bool ParseRougeFlags(const std::vector<std::string>& args, RougeOptions* options,
                     RougeFlagResult* result, std::string* error);

// One help paragraph listing the flags above, for --help texts.
std::string RougeFlagsHelp();

}  // namespace precis::cli

#endif  // PRECIS_TOOLS_ROUGE_FLAGS_H_
