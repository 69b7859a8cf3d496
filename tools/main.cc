// The `precis` command-line tool: parses the command line and dispatches to a subcommand.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <cstring>
#include <iostream>

#include "command.h"
#include "usage.h"

namespace precis::cli {

void PrintError(const std::string& message) { std::cerr << "precis: " << message << "\n"; }

void PrintWarning(const CommandContext& ctx, const std::string& message) {
  if (!ctx.global.quiet) std::cerr << "precis: warning: " << message << "\n";
}

}  // namespace precis::cli

int main(int argc, char** argv) {
  using namespace precis::cli;
  std::ios::sync_with_stdio(false);
  CLI::App app{
      "precis: fast extractive summaries of news articles, story clustering and ROUGE "
      "evaluation.\nRun `precis help COMMAND` or `precis COMMAND --help` for the options of one "
      "command."};
  app.name("precis");
  app.set_version_flag("--version", std::string("precis ") + PRECIS_VERSION);
  app.require_subcommand(1);
  CommandContext ctx;
  app.add_flag("-q,--quiet", ctx.global.quiet, "No warnings or progress on stderr");
  // Subcommands (created below, so they inherit this) pass options they do not know to this
  // app: `precis summarize FILE -q` works like `precis -q summarize FILE`.
  app.fallthrough();
  app.footer(
      "Exit codes: 0 success, 1 input could not be read or processed, 2 bad command line, "
      "3 output could not be written.");

  AddSummarizeCommand(app, ctx);
  AddRougeCommand(app, ctx);
  AddServeCommand(app, ctx);
  AddEvalCommand(app, ctx);
  AddClusterCommand(app, ctx);
  AddDigestCommand(app, ctx);
  AddEvalClusterCommand(app, ctx);
  AddExtractCommand(app, ctx);
  AddSplitCommand(app, ctx);
  AddHelpCommand(app, ctx);

  std::vector<std::string> args = NormalizeArguments(argc, argv);
  if (!CheckCommandName(app, args)) return kExitUsage;
  int rc = kExitOk;
  try {
    std::vector<std::string> reversed(args.rbegin(), args.rend());  // CLI11 takes them so
    app.parse(reversed);
    rc = ctx.exit_code;
  } catch (const CLI::CallForHelp& e) {
    rc = app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    rc = app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    rc = app.exit(e);
  } catch (const CLI::ParseError& e) {
    PrintUsageError(app, e);
    rc = kExitUsage;
  }
  // No command may exit 0 after failing to write (a full disk, a closed pipe, /dev/full).
  std::cout.flush();
  const bool stdio_failed = std::fflush(stdout) != 0 || std::ferror(stdout);
  if (!std::cout || stdio_failed) {
    PrintError("could not write to standard output");
    return kExitIo;
  }
  return rc;
}
