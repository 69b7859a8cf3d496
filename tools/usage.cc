#include "usage.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <iostream>
#include <sstream>

#include "eval/rouge_flags.h"
#include "option_checks.h"

namespace precis::cli {
namespace {

std::vector<std::string> CommandNames(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    names.push_back(sub->get_name());
  }
  return names;
}

std::vector<std::string> OptionNames(const CLI::App* app) {
  std::vector<std::string> names;
  for (const CLI::Option* o : app->get_options()) {
    for (const std::string& l : o->get_lnames()) names.push_back("--" + l);
    for (const std::string& s : o->get_snames()) names.push_back("-" + s);
  }
  return names;
}

std::string Join(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

// CLI11's "Could not convert: --refine = 99999999999" says neither what was expected nor what
// was wrong; say it from the option's type ("UINT", "INT", "FLOAT", ...).
std::string ConversionMessage(const CLI::App* app, const std::string& what) {
  const std::string prefix = "Could not convert: ";
  const size_t eq = what.find(" = ");
  if (what.rfind(prefix, 0) != 0 || eq == std::string::npos) return what;
  const std::string name = what.substr(prefix.size(), eq - prefix.size());
  const std::string value = what.substr(eq + 3);
  std::string type;
  if (const CLI::Option* o = app->get_option_no_throw(name); o != nullptr) {
    type = o->get_type_name();
  }
  const bool whole = type.rfind("UINT", 0) == 0 || type.rfind("INT", 0) == 0;
  const bool digits =
      !value.empty() &&
      value.find_first_not_of("0123456789", value[0] == '-' ? 1 : 0) == std::string::npos &&
      value != "-";
  const std::string got = ", got '" + value + "'";
  if (type.rfind("UINT", 0) == 0 && digits && value[0] == '-') {
    return name + " must be 0 or more" + got;
  }
  if (whole && digits) return name + " is too large" + got;
  if (whole) return name + " needs a whole number" + got;
  if (type.rfind("FLOAT", 0) == 0 || type.rfind("NUMBER", 0) == 0) {
    return name + " needs a number" + got;
  }
  return name + " cannot take the value '" + value + "'";
}

}  // namespace

std::vector<std::string> NormalizeArguments(int argc, char** argv) {
  std::vector<std::string> args;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--rouge" && i + 1 < argc) a += std::string("=") + argv[++i];
    args.push_back(std::move(a));
  }
  return args;
}

bool CheckCommandName(const CLI::App& app, const std::vector<std::string>& args) {
  for (const std::string& a : args) {
    if (!a.empty() && a[0] == '-') continue;
    const std::vector<std::string> names = CommandNames(app);
    for (const std::string& n : names) {
      if (n == a) return true;
    }
    PrintError("unknown command '" + a + "'" + DidYouMean(a, names) + "; commands: " + Join(names) +
               " (precis help COMMAND for one's options)");
    return false;
  }
  return true;
}

void PrintUsageError(const CLI::App& app, const CLI::ParseError& error) {
  const CLI::App* sub = nullptr;
  for (const CLI::App* s : app.get_subcommands()) sub = s;
  const std::string where = sub != nullptr ? sub->get_name() : "";
  const std::string prefix = where.empty() ? "" : where + ": ";
  std::string what = error.what();
  std::string message;
  if (dynamic_cast<const CLI::ExtrasError*>(&error) != nullptr) {
    // "The following argument(s) was/were not expected: A B"
    const size_t colon = what.find(": ");
    std::istringstream rest(colon == std::string::npos ? "" : what.substr(colon + 2));
    std::vector<std::string> known = OptionNames(&app);
    if (sub != nullptr) {
      for (const std::string& n : OptionNames(sub)) known.push_back(n);
    }
    for (std::string arg; rest >> arg;) {
      if (!message.empty()) message += "; ";
      if (arg.size() > 1 && arg[0] == '-') {
        const std::string name = arg.substr(0, arg.find('='));
        std::string hint = DidYouMean(name, known);
        // Names other servers and tools use for what precis calls otherwise.
        static const std::pair<const char*, const char*> kSynonyms[] = {{"--port", "--listen"},
                                                                        {"--host", "--listen"},
                                                                        {"--bind", "--listen"},
                                                                        {"--lang", "--language"},
                                                                        {"--output", "--format"}};
        for (const auto& [other, ours] : kSynonyms) {
          if (hint.empty() && name == other &&
              std::find(known.begin(), known.end(), ours) != known.end()) {
            hint = std::string(" (did you mean '") + ours + "'?)";
          }
        }
        // ROUGE-1.5.5's flags typed straight into eval (where -m, -s, -b, -w and -f are
        // summarize's options): they belong in --rouge.
        static constexpr std::string_view kRougeLetters = "nlu2Ucrptadexzv13EM";
        if (where == "eval" && name.size() == 2 && name[0] == '-' &&
            kRougeLetters.find(name[1]) != std::string_view::npos) {
          hint = " (ROUGE flags go in --rouge, e.g. --rouge '" + arg +
                 " ...'; there -m, -s, -b, -w and -f are summarize's options)";
        }
        message += "unknown option '" + name + "'" + hint;
      } else {
        message += "unexpected argument '" + arg + "'";
      }
    }
  } else if (dynamic_cast<const CLI::ConversionError*>(&error) != nullptr) {
    message = ConversionMessage(sub != nullptr ? sub : &app, what);
  } else if (what.find(": At Most 1 required but received ") != std::string::npos) {
    // CLI11's "--method: At Most 1 required but received 2".
    message = what.substr(0, what.find(": ")) + " is given " + what.substr(what.rfind(' ') + 1) +
              " times; it takes one value";
  } else if (what == "A subcommand is required") {
    message = "no command given; commands: " + Join(CommandNames(app));
  } else {
    // CLI11 writes "--words: must be at least 1"; say "--words must be at least 1".
    const size_t colon = what.find(": ");
    if (colon != std::string::npos &&
        (what.compare(colon + 2, 5, "must ") == 0 || what.compare(colon + 2, 6, "needs ") == 0 ||
         what.compare(colon + 2, 3, "is ") == 0)) {
      what.erase(colon, 1);
    }
    message = what;
  }
  PrintError(prefix + message);
  std::cerr << "Run `precis help" << (where.empty() ? "" : " " + where) << "` for the options.\n";
}

void AddHelpCommand(CLI::App& app, CommandContext& ctx) {
  auto topic = std::make_shared<std::string>();
  CLI::App* cmd = app.add_subcommand("help", "Print the help of precis or of one command");
  cmd->add_option("command", *topic, "The command");
  cmd->callback([&app, &ctx, topic] {
    if (topic->empty()) {
      // app.help() would describe the selected subcommand (this one).
      std::cout << app.get_formatter()->make_help(&app, app.get_name(), CLI::AppFormatMode::Normal);
      return;
    }
    if (*topic == "rouge") {
      std::cout << rouge::kRougeUsage;
      return;
    }
    for (CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
      if (sub->get_name() == *topic) {
        std::cout << sub->help(app.get_name());  // "Usage: precis COMMAND", as COMMAND --help
        return;
      }
    }
    PrintError("help: unknown command '" + *topic + "'" + DidYouMean(*topic, CommandNames(app)) +
               "; commands: " + Join(CommandNames(app)));
    ctx.exit_code = kExitUsage;
  });
}

}  // namespace precis::cli
