#include <nlohmann/json.hpp>

#include "precis/render.h"
#include "precis/text.h"
#include "render/left_out_json.h"

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
    nlohmann::ordered_json spans = nlohmann::ordered_json::array();
    for (const Span& span : SentenceSpans(s)) spans.push_back({span.begin, span.end});
    item["spans"] = std::move(spans);
    if (s.file_begin >= 0) {
      item["file_begin"] = s.file_begin;
      item["file_end"] = s.file_end;
    }
    item["score"] = s.score;
    if (s.truncated) item["truncated"] = true;
    items.push_back(std::move(item));
  }
  j["summary"] = std::move(items);
  j["words"] = summary.words;
  j["bytes"] = summary.bytes;
  j["off_topic_sentences"] = summary.off_topic_sentences;
  if (!summary.off_topic.empty()) {
    nlohmann::ordered_json left_out = nlohmann::ordered_json::array();
    for (const LeftOutSentence& s : summary.off_topic) {
      left_out.push_back(LeftOutSentenceJson<nlohmann::ordered_json>(s));
    }
    j["off_topic"] = std::move(left_out);
  }
  j["elapsed_ms"] = summary.elapsed_ms;
  if (!summary.warnings.empty()) j["warnings"] = summary.warnings;
  // Input is valid UTF-8 by the ingest contract; replace rather than throw if a caller
  // built a Summary by hand with bad bytes.
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string SummaryToText(const Summary& summary) {
  std::string out;
  for (const SummarySentence& s : summary.sentences) {
    // One sentence per line: every run of white space inside it (line breaks and tabs from
    // the article, U+00A0, U+3000 ...) becomes one space. JSON keeps the exact text.
    out += FoldWhiteSpace(s.text);
    if (s.truncated) out += "...";  // cut to fit the budget: always the last line
    out += '\n';
  }
  return out;
}

}  // namespace precis
