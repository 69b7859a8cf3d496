// Subcommands of the `precis` tool. Each lives in its own cmd_<name>.cc and registers itself
// on the CLI11 app; main.cc only wires them up. Commands call library stage functions and
// turn Status values into messages and exit codes (see exit codes below and in README).
#ifndef PRECIS_TOOLS_COMMAND_H_
#define PRECIS_TOOLS_COMMAND_H_

#include <string>

namespace CLI {
class App;
}

namespace precis::cli {

// Documented exit codes (README "Exit codes").
inline constexpr int kExitOk = 0;       // success (warnings may have been printed)
inline constexpr int kExitFailure = 1;  // input could not be read or processed; message on stderr
inline constexpr int kExitUsage = 2;    // bad command line
inline constexpr int kExitIo = 3;       // output could not be written

// Options every command shares.
struct GlobalOptions {
  bool quiet = false;  // no warnings or progress on stderr (errors are still printed)
};

struct CommandContext {
  GlobalOptions global;
  int exit_code = kExitOk;
};

void AddSummarizeCommand(CLI::App& app, CommandContext& ctx);
void AddEvalCommand(CLI::App& app, CommandContext& ctx);
void AddClusterCommand(CLI::App& app, CommandContext& ctx);      // issue 5 (stories)
void AddDigestCommand(CLI::App& app, CommandContext& ctx);       // issue 5
void AddEvalClusterCommand(CLI::App& app, CommandContext& ctx);  // issue 5
void AddRougeCommand(CLI::App& app, CommandContext& ctx);  // issue 3 (ROUGE-1.5.5)
void AddExtractCommand(CLI::App& app, CommandContext& ctx);  // issue 12 (web pages)
void AddServeCommand(CLI::App& app, CommandContext& ctx);  // issue 9 (the service)
void AddSplitCommand(CLI::App& app, CommandContext& ctx);  // sentences, to check segmentation

// Prints "precis: <message>" on stderr.
void PrintError(const std::string& message);
// Prints "precis: warning: <message>" on stderr unless quiet.
void PrintWarning(const CommandContext& ctx, const std::string& message);

}  // namespace precis::cli

#endif  // PRECIS_TOOLS_COMMAND_H_
