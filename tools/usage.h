// Command-line usage errors that suggest the fix: unknown commands and options get the nearest
// name, validation messages are shortened, and `precis help [COMMAND]` prints a command's help.
#ifndef PRECIS_TOOLS_USAGE_H_
#define PRECIS_TOOLS_USAGE_H_

#include <string>
#include <vector>

#include "command.h"

namespace CLI {
class App;
class ParseError;
}  // namespace CLI

namespace precis::cli {

// argv without the program name, in order, with option values CLI11 would mistake for
// options joined to their option ("--rouge" "-r 500" becomes "--rouge=-r 500").
std::vector<std::string> NormalizeArguments(int argc, char** argv);

// False, after printing "unknown command 'x' (did you mean 'y'?)", when the first argument
// that is not an option names no command.
bool CheckCommandName(const CLI::App& app, const std::vector<std::string>& args);

// Prints a parse error as "precis: COMMAND: message" with a suggestion where one helps.
void PrintUsageError(const CLI::App& app, const CLI::ParseError& error);

// `precis help [COMMAND]`.
void AddHelpCommand(CLI::App& app, CommandContext& ctx);

}  // namespace precis::cli

#endif  // PRECIS_TOOLS_USAGE_H_
