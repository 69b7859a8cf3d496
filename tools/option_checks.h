// Checks for option values that give short messages and suggest the fix: choices that ignore
// case and propose the nearest name, finite numeric ranges, thread counts, and the edit
// distance behind every "did you mean" the command line prints.
#ifndef PRECIS_TOOLS_OPTION_CHECKS_H_
#define PRECIS_TOOLS_OPTION_CHECKS_H_

#include <cstddef>
#include <string>
#include <vector>

namespace CLI {
class App;
class Option;
class Validator;
}  // namespace CLI

namespace precis::cli {

// Edit distance in bytes: insertions, deletions, substitutions and adjacent transpositions
// (optimal string alignment).
size_t EditDistance(const std::string& a, const std::string& b);

// The candidate closest to `word` (case ignored) when it is close enough to be a likely
// misspelling (distance at most a third of the word, at least 1, or `word` is a prefix of
// exactly that candidate); "" otherwise.
std::string NearestName(const std::string& word, const std::vector<std::string>& candidates);

// " (did you mean 'x'?)" for NearestName, or "".
std::string DidYouMean(const std::string& word, const std::vector<std::string>& candidates);

// A choice among `names`, case ignored; the value is rewritten to the listed spelling.
// Error: "unknown value 'x' (did you mean 'y'? choices: a, b, c)".
CLI::Validator Choice(std::vector<std::string> names);

// A finite number in [lo, hi]; NaN and infinities are refused. Messages are short:
// "must be between 0 and 1".
CLI::Validator FiniteRange(double lo, double hi);

// A finite number in (0, hi]: "must be above 0 and at most 1".
CLI::Validator PositiveRange(double hi);

// A whole number >= lo: "must be at least 1".
CLI::Validator AtLeast(long long lo);

// A language that has a Snowball stemmer ("en", "english", "German", ...).
CLI::Validator Language();

// Most worker threads any command accepts; more only adds overhead and can exhaust the
// process's thread limit.
inline constexpr unsigned kMaxThreads = 1024;

// Adds --threads (0 = one per core, at most kMaxThreads) bound to *threads.
CLI::Option* AddThreadsOption(CLI::App* cmd, unsigned* threads, const std::string& help);

}  // namespace precis::cli

#endif  // PRECIS_TOOLS_OPTION_CHECKS_H_
