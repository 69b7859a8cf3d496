#include <nlohmann/json.hpp>

#include "precis/render.h"

namespace precis {

std::string SummaryToJson(const Summary& summary) {
  nlohmann::ordered_json j;
  j["id"] = summary.id;
  j["method"] = summary.method;
  nlohmann::ordered_json items = nlohmann::ordered_json::array();
  for (const SummarySentence& s : summary.sentences) {
    nlohmann::ordered_json item;
    item["text"] = s.text;
    item["doc_id"] = s.doc_id;
    item["begin"] = s.begin;
    item["end"] = s.end;
    item["score"] = s.score;
    if (s.truncated) item["truncated"] = true;
    items.push_back(std::move(item));
  }
  j["summary"] = std::move(items);
  j["words"] = summary.words;
  j["bytes"] = summary.bytes;
  j["elapsed_ms"] = summary.elapsed_ms;
  if (!summary.warnings.empty()) j["warnings"] = summary.warnings;
  // Input is valid UTF-8 by the ingest contract; replace rather than throw if a caller
  // built a Summary by hand with bad bytes.
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string SummaryToText(const Summary& summary) {
  std::string out;
  for (const SummarySentence& s : summary.sentences) {
    // A sentence may span a line break in its article; keep one sentence per line.
    for (char c : s.text) out += (c == '\n' || c == '\r') ? ' ' : c;
    out += '\n';
  }
  return out;
}

}  // namespace precis
