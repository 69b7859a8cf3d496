// The `precis` command-line tool: parses the command line and dispatches to a subcommand.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <iostream>

#include "command.h"

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
      "evaluation.\nRun `precis COMMAND --help` for the options of one command."};
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

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitUsage;
  }
  std::cout.flush();
  if (!std::cout) {
    PrintError("could not write to standard output");
    return kExitIo;
  }
  return ctx.exit_code;
}
