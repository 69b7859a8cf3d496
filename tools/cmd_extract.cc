// `precis extract`: the article of each web page, as the JSON Lines records
// `summarize` reads.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cctype>
#include <iostream>
#include <nlohmann/json.hpp>

#include "command.h"
#include "ingest/file_io.h"
#include "ingest/ids.h"
#include "precis/extract.h"
#include "precis/ingest.h"

namespace precis::cli {
namespace {

struct ExtractArgs {
  std::vector<std::string> paths;  // empty: standard input
  std::string format = "json";
  bool keep_empty = false;
};

bool IsPage(const std::string& path) {
  const std::string ext = ingest::FileExtension(path);
  return ext == "html" || ext == "htm" || ext == "xhtml";
}

// Why `bytes` read from `path` cannot be a web page, or "" when it may be one. Feeding
// `extract` the JSON Lines it writes (or a text file) is an easy slip in a pipeline, and gumbo
// would turn it into one "page" of raw JSON without a word of warning.
std::string NotAPage(const std::string& path, const std::string& bytes) {
  size_t i = bytes.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  while (i < bytes.size() && std::isspace(static_cast<unsigned char>(bytes[i]))) ++i;
  if (i == bytes.size() || bytes[i] == '<') return "";
  if (bytes[i] == '{' || bytes[i] == '[') {
    return "looks like JSON, not a web page (JSON Lines of articles go to precis summarize, "
           "cluster or digest as they are)";
  }
  const std::string ext = ingest::FileExtension(path);
  if (ext == "txt" || ext == "csv" || ext == "tsv") {
    return "is a ." + ext +
           " file, not a web page (precis summarize, cluster and digest read it "
           "as it is)";
  }
  return "";
}

void Write(const Article& a, const std::string& format) {
  if (format == "text") {
    if (!a.title.empty()) std::cout << a.title << "\n\n";
    std::cout << a.text << "\n\f\n";  // a form feed line between pages
    return;
  }
  nlohmann::ordered_json j;
  j["id"] = a.id;
  j["title"] = a.title;
  j["date"] = a.date;
  j["source"] = a.source;
  j["url"] = a.url;
  if (!a.author.empty()) j["author"] = a.author;
  if (!a.language.empty()) j["language"] = a.language;
  j["text"] = a.text;
  std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

int RunExtract(const CommandContext& ctx, const ExtractArgs& args) {
  std::vector<std::string> files;
  std::vector<std::string> paths = args.paths;
  if (paths.empty()) paths.push_back("-");
  for (const std::string& p : paths) {
    if (p == "-") {
      files.push_back(p);
      continue;
    }
    std::string error;
    switch (ingest::StatPath(p, &error)) {
      case ingest::PathKind::kMissing:
        PrintError(p + ": no such file or directory");
        return kExitFailure;
      case ingest::PathKind::kDirectory: {
        std::vector<std::string> listed;
        if (const Status s = ingest::ListDirectory(p, &listed); !s.ok()) {
          PrintError(s.message());
          return kExitFailure;
        }
        size_t pages = 0;
        for (const std::string& f : listed) {
          if (IsPage(f)) files.push_back(f), ++pages;
        }
        if (pages == 0) PrintWarning(ctx, p + ": no .html or .htm files");
        break;
      }
      case ingest::PathKind::kFile:
        files.push_back(p);
        break;
      default:
        PrintError(p + ": " + (error.empty() ? "not a file or directory" : error));
        return kExitFailure;
    }
  }
  ingest::IdRegistry ids;
  for (const std::string& f : files) {
    std::string bytes;
    Status s = f == "-" ? ingest::ReadDescriptor(STDIN_FILENO, "<stdin>", size_t{64} << 20, &bytes)
                        : ReadFile(f, size_t{64} << 20, &bytes);
    if (s.ok()) {
      if (const std::string why = NotAPage(f, bytes); !why.empty()) {
        s = Status::DataError((f == "-" ? "<stdin>" : f) + ": " + why);
      }
    }
    Article a;
    if (s.ok()) s = ExtractArticle(bytes, f == "-" ? "stdin" : f, &a);
    if (!s.ok()) {
      PrintError(s.message());
      return kExitFailure;
    }
    if (ids.MakeUnique(&a.id)) PrintWarning(ctx, f + ": duplicate id, renamed to " + a.id);
    if (a.text.empty()) {
      PrintWarning(ctx, f + ": no article text found" +
                            std::string(args.keep_empty ? "" : "; page skipped"));
      if (!args.keep_empty) continue;
    }
    Write(a, args.format);
  }
  return kExitOk;
}

}  // namespace

void AddExtractCommand(CLI::App& app, CommandContext& ctx) {
  auto args = std::make_shared<ExtractArgs>();
  CLI::App* cmd = app.add_subcommand("extract",
                                     "Extract the article (main text and metadata) of web pages.\n"
                                     "Writes one JSON line per page: "
                                     "{\"id\",\"title\",\"date\",\"source\",\"url\",\"author\"?,"
                                     "\"language\"?,\"text\"}, the records `precis summarize` "
                                     "reads. Pages in any charset "
                                     "ICU knows; navigation, related links, comments, captions and "
                                     "share blocks are dropped.");
  cmd->add_option("INPUT", args->paths,
                  "HTML files or folders of .html/.htm files (\"-\" or none: "
                  "standard input)");
  cmd->add_option("-f,--format", args->format,
                  "Output: json (one article per line) or text (title, text, a "
                  "form feed line)")
      ->check(CLI::IsMember({"json", "text"}))
      ->capture_default_str();
  cmd->add_flag("--keep-empty", args->keep_empty,
                "Also write pages where no article text was found (default: "
                "warn and skip)");
  cmd->callback([&ctx, args] { ctx.exit_code = RunExtract(ctx, *args); });
}

}  // namespace precis::cli
