#include "input.h"

#include <unistd.h>

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>

#include "ingest/id_screen.h"
#include "option_checks.h"

namespace precis::cli {
namespace {

// The library names its limits by field; the user knows them by flag.
std::string WithFlagNames(std::string message) {
  const std::pair<const char*, const char*> names[] = {
      {"(max_article_bytes)", "(raise it with --max-article-mb)"},
      {"(max_input_bytes)", "(raise it with --max-input-mb)"},
  };
  for (const auto& [field, flag] : names) {
    const size_t at = message.find(field);
    if (at != std::string::npos) message.replace(at, std::strlen(field), flag);
  }
  return message;
}

}  // namespace

void AddInputOptions(CLI::App* cmd, InputOptions* options) {
  cmd->add_option("inputs", options->paths,
                  "Input files or directories (.txt, .html, .jsonl, .csv/.tsv with a 'text' "
                  "column, any of them .gz); '-' or none reads stdin");
  cmd->add_option("--input-format", options->format,
                  "Input format: auto (by extension and content), text, jsonl (articles), "
                  "clusters (JSON Lines of clusters), html")
      ->transform(Choice({"auto", "text", "jsonl", "clusters", "html"}))
      ->capture_default_str();
  cmd->add_flag("--skip-bad", options->skip_bad,
                "Skip malformed records with a warning instead of failing");
  cmd->add_option("--max-article-mb", options->max_article_mb,
                  "Refuse an article larger than this many MiB")
      ->check(AtLeast(1))
      ->capture_default_str();
  cmd->add_option("--max-input-mb", options->max_input_mb,
                  "Refuse an input (file, stdin, decompressed .gz) larger than this many MiB")
      ->check(AtLeast(1))
      ->capture_default_str();
  cmd->add_option("--html-text", options->html_text,
                  "A JSON article whose \"text\" is a web page's HTML: extract (its main text, "
                  "as precis extract; the page's title, date, source, author, url and "
                  "language fill empty fields) or keep (as given, tags and all); a warning names "
                  "it either way")
      ->transform(Choice({"extract", "keep"}))
      ->capture_default_str();
}

bool ReadClusters(const CommandContext& ctx, const InputOptions& options,
                  std::vector<Cluster>* clusters) {
  return StreamInputs(ctx, options, nullptr, clusters);
}

size_t SortRunRecords() {
  const char* env = std::getenv("PRECIS_SORT_RUN_RECORDS");
  if (env != nullptr) {
    const long n = std::atol(env);
    if (n > 0) return static_cast<size_t>(n);
  }
  return size_t{1} << 16;
}

bool StreamInputs(const CommandContext& ctx, const InputOptions& options,
                  const ArticleSink* sink, std::vector<Cluster>* clusters, bool screen_ids) {
  IngestOptions ingest;
  ingest.skip_bad_records = options.skip_bad;
  if (options.format == "text") ingest.format = InputFormat::kText;
  if (options.format == "jsonl") ingest.format = InputFormat::kArticlesJsonl;
  if (options.format == "clusters") ingest.format = InputFormat::kClustersJsonl;
  if (options.format == "html") ingest.format = InputFormat::kHtml;
  ingest.html_text = options.html_text == "keep" ? HtmlText::kKeep : HtmlText::kExtract;
  // Saturate rather than overflow for absurd values.
  auto mib = [](size_t n) { return n > (SIZE_MAX >> 20) ? SIZE_MAX : n << 20; };
  ingest.max_article_bytes = mib(options.max_article_mb);
  ingest.max_input_bytes = mib(options.max_input_mb);

  std::vector<std::string> paths = options.paths;
  if (paths.empty()) paths.push_back("-");
  // Usage errors (exit 2): commands call this from their CLI11 callback, so the exception
  // reaches main's handler for bad command lines.
  if (std::count(paths.begin(), paths.end(), "-") > 1) {
    throw CLI::ValidationError("standard input ('-') given more than once");
  }
  if (std::count(paths.begin(), paths.end(), "") > 0) {
    throw CLI::ValidationError("an empty file name was given (use '-' for standard input)");
  }
  Cluster flat;
  size_t flat_sunk = 0;
  for (const std::string& path : paths) {
    if (path == "-" && isatty(STDIN_FILENO) && !ctx.global.quiet) {
      std::cerr << "precis: reading articles from standard input (end with Ctrl-D; "
                   "`precis help` for usage)\n";
    }
    Input input;
    IngestReport report;
    size_t sunk = 0;
    ArticleSink count;
    if (sink != nullptr) {
      count = [&](Article&& a) {
        ++sunk;
        return (*sink)(std::move(a));
      };
    }
    // Standard input and pipes cannot be read twice; they are parsed whole anyway.
    std::error_code ec;
    const bool twice = screen_ids && path != "-" &&
                       (std::filesystem::is_regular_file(path, ec) ||
                        std::filesystem::is_directory(path, ec));
    ingest::TwoPassIdScreen screen(SortRunRecords());
    IngestOptions this_path = ingest;
    Status status;
    if (twice) {
      // First pass: the ids only (articles dropped, clusters kept for a moment).
      this_path.id_screen = &screen;
      const ArticleSink drop = [](Article&&) { return Status::Ok(); };
      status = StreamPath(path, this_path, &drop, &input, &report);
      input = Input();
      if (status.ok()) status = screen.Seal();
      if (status.ok()) report = IngestReport();
    }
    if (status.ok()) status = StreamPath(path, this_path, sink ? &count : nullptr, &input, &report);
    if (status.ok() && twice) status = screen.CheckSecondPass(path);
    for (const std::string& w : report.warnings) PrintWarning(ctx, w);
    if (options.counts != nullptr) {
      options.counts->skipped_bad += report.skipped_bad;
      options.counts->skipped_empty += report.skipped_empty;
    }
    if (!status.ok()) {
      PrintError(WithFlagNames(status.message()));
      return false;
    }
    if (input.is_clusters) {
      for (Cluster& c : input.clusters) clusters->push_back(std::move(c));
    } else if (sink != nullptr) {
      flat_sunk += sunk;
    } else {
      if (flat.id.empty()) {
        flat.id = path == "-" ? "stdin" : std::filesystem::path(path).stem().string();
        if (flat.id.empty()) flat.id = std::filesystem::path(path).parent_path().filename().string();
      }
      // The first flat input's vector is taken whole: moving its articles one by one
      // into a growing vector held two arrays of Article structs at once (the peak of
      // `digest`).
      if (flat.articles.empty()) {
        flat.articles = std::move(input.articles);
      } else {
        flat.articles.reserve(flat.articles.size() + input.articles.size());
        for (Article& a : input.articles) flat.articles.push_back(std::move(a));
      }
    }
  }
  if (!flat.articles.empty()) clusters->push_back(std::move(flat));
  if (clusters->empty() && flat_sunk == 0) {
    PrintError("no articles found in the input");
    return false;
  }
  return true;
}

}  // namespace precis::cli
