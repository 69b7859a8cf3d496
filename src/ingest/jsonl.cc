// The public JSON Lines parsers over bytes in memory.
#include "ingest/jsonl_reader.h"
#include "ingest/lines.h"
#include "precis/ingest.h"

namespace precis {
namespace {

Status ParseJsonl(std::string_view bytes, std::string_view name, ingest::JsonlKind kind,
                  const IngestOptions& options, std::vector<Article>* articles,
                  std::vector<Cluster>* clusters, IngestReport* report) {
  IngestReport scratch;
  if (report == nullptr) report = &scratch;
  report->bytes_read += bytes.size();
  ingest::JsonlReader reader(name, kind, options, articles, clusters, report);
  return ingest::ForEachLine(bytes, name, [&reader](std::string_view line, size_t line_no) {
    return reader.Line(line, line_no);
  });
}

}  // namespace

Status ParseArticlesJsonl(std::string_view bytes, std::string_view name,
                          const IngestOptions& options, std::vector<Article>* out,
                          IngestReport* report) {
  return ParseJsonl(bytes, name, ingest::JsonlKind::kArticles, options, out, nullptr, report);
}

Status ParseClustersJsonl(std::string_view bytes, std::string_view name,
                          const IngestOptions& options, std::vector<Cluster>* out,
                          IngestReport* report) {
  return ParseJsonl(bytes, name, ingest::JsonlKind::kClusters, options, nullptr, out, report);
}

}  // namespace precis
