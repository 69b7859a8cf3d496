#include "eval/rouge_flags.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace precis::rouge {

const char kRougeUsage[] =
    R"(Score summaries with ROUGE, reproducing ROUGE-1.5.5.pl exactly (same flags, same output).

Usage:
  precis rouge [flags] CONFIG.xml [SYSTEM_ID]     evaluations listed in a ROUGE XML config
  precis rouge [flags] -z FORMAT LIST [SYSTEM_ID] one evaluation per line: peer model1 model2...
  precis rouge [flags] SUMMARY REF [REF...]       one summary (sentence per line) against refs

The script's flags (options come before or between the file names; -2 -1 is fine):
  -a         evaluate every system (peer) ID in the config, in ascending order
  -n N       compute ROUGE-1 ... ROUGE-N (no default: without -n there is no ROUGE-N)
  -x         do not compute ROUGE-L
  -w W       compute ROUGE-W with weight W (e.g. 1.2)
  -2 D       compute ROUGE-S with at most D skipped tokens; D < 0: no limit (ROUGE-S*)
  -u         add unigrams to ROUGE-S (ROUGE-SU);  -U  report both ROUGE-S and ROUGE-SU
  -m         stem (WordNet 2.0 exceptions, then ROUGE's Porter variant)
  -s         remove stop words (SMART common words)
  -l L       keep only the first L words (raw, before cleanup) of peers and models
  -b B       keep only the first B bytes of peers and models (not with -l)
  -f A|B     combine models by averaging their counts (A, default) or take the best (B)
  -p ALPHA   F-measure weight: F = PR / ((1-ALPHA) P + ALPHA R); default 0.5
  -t 0|1|2   average over evaluations (0), over tokens (1), or print summed counts (2)
  -c CF      confidence level of the bootstrap interval, 0..100; default 95
  -r R       number of bootstrap resamples; default 1000
  -d         print the score of every evaluation
  -e DIR     ROUGE data directory: accepted for compatibility, tables are built in
  -v         accepted for compatibility, no effect
  -z FORMAT  the positional file is a file list (SPL, SEE or ISI), not XML
  -h         this help

precis additions:
  --json            print JSON instead of the script's text lines
  -q, --quiet       no warnings on stderr (errors are still printed)
  --seed N          bootstrap replicate b is drawn with drand48 seed N+b (default 0, the script's)
  --no-exceptions   stem with Porter alone (like copies of the script with an empty WordNet table)
  --help            this help

Peer and model files are read as bytes (bytes >= 0x80 separate words). In the SUMMARY REF
form the evaluation ID is 1 and the system ID is X. Typical DUC 2004 task 2 flags:
  precis rouge -a -c 95 -r 1000 -n 2 -m -l 100 -2 4 -u -f A -p 0.5 -t 0 -d config.xml

Exit codes: 0 success, 1 a file could not be read or scored, 2 bad command line, 3 output
could not be written.
)";

namespace {

bool TakesValue(char flag) {
  return std::string_view("bceflnprtwz23").find(flag) != std::string_view::npos;
}

// "-x" for a flag letter (built by appending: GCC 12 warns falsely on "-" + std::string).
std::string FlagName(char flag) {
  std::string name = "-";
  name += flag;
  return name;
}

Status BadValue(char flag, const std::string& value, const char* what) {
  std::string message = FlagName(flag);
  message.append(" needs ").append(what).append(", got '").append(value).append("'");
  return Status::InvalidArgument(message);
}

bool ParseInt(const std::string& s, int64_t* out) {
  if (s.empty()) return false;
  char* end = nullptr;
  errno = 0;
  long long v = std::strtoll(s.c_str(), &end, 10);
  if (errno != 0 || *end != '\0') return false;
  *out = v;
  return true;
}

bool ParseDouble(const std::string& s, double* out) {
  if (s.empty()) return false;
  char* end = nullptr;
  errno = 0;
  double v = std::strtod(s.c_str(), &end);
  if (errno != 0 || *end != '\0') return false;
  *out = v;
  return true;
}

Status ApplyValue(char flag, const std::string& value, RougeCommandLine* cl) {
  RougeOptions& o = cl->options;
  int64_t i = 0;
  double d = 0;
  switch (flag) {
    case 'n':
      if (!ParseInt(value, &i) || i < 0 || i > 1000) return BadValue(flag, value, "a size");
      o.max_n = static_cast<int>(i);
      return Status::Ok();
    case 'w':
      if (!ParseDouble(value, &d) || !(d > 0)) return BadValue(flag, value, "a weight > 0");
      o.w_weight = d;
      o.w_label = value;
      return Status::Ok();
    case '2':
      if (!ParseInt(value, &i) || i > 1000000) return BadValue(flag, value, "a distance");
      o.skip_bigrams = true;
      o.skip_distance = i < 0 ? -1 : static_cast<int>(i);
      return Status::Ok();
    case 'l':
      if (!ParseInt(value, &i)) return BadValue(flag, value, "a word count");
      o.word_limit = i;
      return Status::Ok();
    case 'b':
      if (!ParseInt(value, &i)) return BadValue(flag, value, "a byte count");
      o.byte_limit = i;
      return Status::Ok();
    case 'f':
      // The script reads any value but "B" as "A", so "-f b" (meant as B) scored as A without
      // a word; precis refuses what is neither.
      if (value != "A" && value != "B") {
        return BadValue(flag, value, "A (average over the models) or B (the best model)");
      }
      o.combine = value == "B" ? RougeModelCombine::kBest : RougeModelCombine::kAverage;
      return Status::Ok();
    case 'p':
      if (!ParseDouble(value, &d) || d < 0 || d > 1) return BadValue(flag, value, "0..1");
      o.alpha = d;
      return Status::Ok();
    case 't':  // the script reads anything but 1 or 2 as 0; precis refuses other values
      if (value != "0" && value != "1" && value != "2") {
        return BadValue(flag, value, "0 (per evaluation), 1 (token totals) or 2 (sums)");
      }
      o.counting = value == "1"   ? RougeCounting::kTokenTotals
                   : value == "2" ? RougeCounting::kSums
                                  : RougeCounting::kEvaluation;
      return Status::Ok();
    case 'c':
      if (!ParseDouble(value, &d) || d < 0 || d > 100) return BadValue(flag, value, "0..100");
      o.confidence = d;
      cl->confidence_text = value;
      return Status::Ok();
    case 'r':
      if (!ParseInt(value, &i) || i < 1 || i > 100000000)
        return BadValue(flag, value, "a whole number of resamples from 1 to 100000000");
      o.resamples = static_cast<int>(i);
      return Status::Ok();
    case 'e':
      cl->data_dir = value;
      return Status::Ok();
    case 'z':
      if (value != "SPL" && value != "SEE" && value != "ISI")
        return BadValue(flag, value, "SPL, SEE or ISI");
      cl->file_list_format = value;
      return Status::Ok();
    case '3':
      return Status::InvalidArgument("-3 (Basic Elements) is not supported");
  }
  return Status::Internal("unhandled flag");
}

Status ApplyFlag(char flag, RougeCommandLine* cl) {
  switch (flag) {
    case 'a':
      cl->all_peers = true;
      return Status::Ok();
    case 'd':
      cl->options.per_evaluation = true;
      return Status::Ok();
    case 'h':
      cl->help = true;
      return Status::Ok();
    case 'm':
      cl->options.stem = true;
      return Status::Ok();
    case 'q':
      cl->quiet = true;
      return Status::Ok();
    case 's':
      cl->options.remove_stopwords = true;
      return Status::Ok();
    case 'u':
      cl->options.skip_unigrams = true;
      return Status::Ok();
    case 'U':
      cl->options.skip_both = true;
      return Status::Ok();
    case 'v':
      cl->verbose = true;
      return Status::Ok();
    case 'x':
      cl->options.lcs = false;
      return Status::Ok();
    case 'M':
      return Status::InvalidArgument("-M (stem models only) is not supported");
  }
  return Status::InvalidArgument("unknown option " + FlagName(flag) + " (see precis rouge --help)");
}

Status ParseLong(std::span<const std::string> args, size_t* i, RougeCommandLine* cl) {
  std::string arg = args[*i];
  std::string value;
  size_t eq = arg.find('=');
  bool inline_value = eq != std::string::npos;
  if (inline_value) {
    value = arg.substr(eq + 1);
    arg = arg.substr(0, eq);
  }
  if (arg == "--help") {
    cl->help = true;
  } else if (arg == "--quiet") {
    cl->quiet = true;
  } else if (arg == "--json") {
    cl->json = true;
  } else if (arg == "--no-exceptions") {
    cl->options.use_exceptions = false;
  } else if (arg == "--seed") {
    if (!inline_value) {
      if (*i + 1 >= args.size()) return Status::InvalidArgument("--seed needs a value");
      value = args[++*i];
    }
    int64_t seed = 0;
    if (!ParseInt(value, &seed) || seed < 0 || seed > 0xffffffffLL)
      return Status::InvalidArgument("--seed needs an integer in 0..4294967295, got '" + value +
                                     "'");
    cl->options.seed = static_cast<uint32_t>(seed);
    return Status::Ok();
  } else {
    return Status::InvalidArgument("unknown option " + arg + " (see precis rouge --help)");
  }
  if (inline_value) return Status::InvalidArgument(arg + " takes no value");
  return Status::Ok();
}

}  // namespace

Status ParseRougeCommandLine(std::span<const std::string> args, RougeCommandLine* out) {
  *out = RougeCommandLine();
  PRECIS_RETURN_IF_ERROR(ApplyRougeFlags(args, out));
  return ValidateRougeOptions(out->options);
}

std::string RougeFlagsString(const RougeOptions& o) {
  auto number = [](double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return std::string(buf);
  };
  std::string s;
  auto add = [&s](const std::string& part) { s += (s.empty() ? "" : " ") + part; };
  if (o.max_n > 0) add("-n " + std::to_string(o.max_n));
  if (!o.lcs) add("-x");
  if (o.w_weight > 0) add("-w " + (o.w_label.empty() ? number(o.w_weight) : o.w_label));
  if (o.skip_bigrams) add("-2 " + std::to_string(o.skip_distance));
  if (o.skip_unigrams) add("-u");
  if (o.skip_both) add("-U");
  if (o.stem) add("-m");
  if (!o.use_exceptions) add("--no-exceptions");
  if (o.remove_stopwords) add("-s");
  if (o.word_limit > 0) add("-l " + std::to_string(o.word_limit));
  if (o.byte_limit > 0) add("-b " + std::to_string(o.byte_limit));
  add("-c " + number(o.confidence));
  add("-r " + std::to_string(o.resamples));
  add(std::string("-f ") + (o.combine == RougeModelCombine::kBest ? "B" : "A"));
  add("-p " + number(o.alpha));
  add("-t " + std::to_string(o.counting == RougeCounting::kTokenTotals ? 1
                             : o.counting == RougeCounting::kSums      ? 2
                                                                       : 0));
  if (o.seed != 0) add("--seed " + std::to_string(o.seed));
  return s;
}

Status ApplyRougeFlags(std::span<const std::string> args, RougeCommandLine* out) {
  bool options_done = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (options_done || arg.size() < 2 || arg[0] != '-') {
      out->positionals.push_back(arg);
      continue;
    }
    if (arg == "--") {
      options_done = true;
      continue;
    }
    if (arg[1] == '-') {
      PRECIS_RETURN_IF_ERROR(ParseLong(args, &i, out));
      continue;
    }
    // A cluster of single-letter flags; a flag with a value takes the rest of the cluster
    // or, failing that, the next argument whatever it looks like (-2 -1).
    for (size_t k = 1; k < arg.size(); ++k) {
      char flag = arg[k];
      if (!TakesValue(flag)) {
        PRECIS_RETURN_IF_ERROR(ApplyFlag(flag, out));
        continue;
      }
      std::string value;
      if (k + 1 < arg.size()) {
        value = arg.substr(k + 1);
      } else if (i + 1 < args.size()) {
        value = args[++i];
      } else {
        return Status::InvalidArgument(FlagName(flag) + " needs a value");
      }
      PRECIS_RETURN_IF_ERROR(ApplyValue(flag, value, out));
      break;
    }
  }
  return Status::Ok();
}

}  // namespace precis::rouge
