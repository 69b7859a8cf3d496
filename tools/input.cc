#include "input.h"

#include <CLI/CLI.hpp>

#include <filesystem>

namespace precis::cli {

void AddInputOptions(CLI::App* cmd, InputOptions* options) {
  cmd->add_option("inputs", options->paths,
                  "Input files or directories (.txt, .html, .jsonl); '-' or none reads stdin");
  cmd->add_option("--input-format", options->format,
                  "Input format: auto (by extension and content), text, jsonl (articles), "
                  "clusters (JSON Lines of clusters), html")
      ->check(CLI::IsMember({"auto", "text", "jsonl", "clusters", "html"}))
      ->capture_default_str();
  cmd->add_flag("--skip-bad", options->skip_bad,
                "Skip malformed records with a warning instead of failing");
}

bool ReadClusters(const CommandContext& ctx, const InputOptions& options,
                  std::vector<Cluster>* clusters) {
  IngestOptions ingest;
  ingest.skip_bad_records = options.skip_bad;
  if (options.format == "text") ingest.format = InputFormat::kText;
  if (options.format == "jsonl") ingest.format = InputFormat::kArticlesJsonl;
  if (options.format == "clusters") ingest.format = InputFormat::kClustersJsonl;
  if (options.format == "html") ingest.format = InputFormat::kHtml;

  std::vector<std::string> paths = options.paths;
  if (paths.empty()) paths.push_back("-");
  Cluster flat;
  for (const std::string& path : paths) {
    Input input;
    IngestReport report;
    Status status = ReadPath(path, ingest, &input, &report);
    for (const std::string& w : report.warnings) PrintWarning(ctx, w);
    if (!status.ok()) {
      PrintError(status.message());
      return false;
    }
    if (input.is_clusters) {
      for (Cluster& c : input.clusters) clusters->push_back(std::move(c));
    } else {
      if (flat.id.empty()) {
        flat.id = path == "-" ? "stdin" : std::filesystem::path(path).stem().string();
        if (flat.id.empty()) flat.id = std::filesystem::path(path).parent_path().filename().string();
      }
      for (Article& a : input.articles) flat.articles.push_back(std::move(a));
    }
  }
  if (!flat.articles.empty()) clusters->push_back(std::move(flat));
  if (clusters->empty()) {
    PrintError("no articles found in the input");
    return false;
  }
  return true;
}

}  // namespace precis::cli
