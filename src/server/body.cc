#include "server/body.h"

#include <charconv>
#include <nlohmann/json.hpp>
#include <optional>
#include <unordered_map>

#include "precis/ingest.h"

namespace precis::server {
namespace {

constexpr std::string_view kName = "body";

// The number in `digits` (ASCII digits only), or nothing when it is empty or does not fit
// (a poster's id such as "body:18418446744073709551616" is no line number of ours).
std::optional<size_t> LineNumber(std::string_view digits) {
  size_t n = 0;
  const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
  if (digits.empty() || ec != std::errc() || end != digits.data() + digits.size()) {
    return std::nullopt;
  }
  return n;
}

// "body:12: message" -> line 12, message; the first quoted word of the message
// is the field.
void SplitMessage(const std::string& message, BodyError* error) {
  error->detail = message;
  std::string rest = message;
  if (rest.starts_with(std::string(kName) + ":")) {
    rest = rest.substr(kName.size() + 1);
    const size_t colon = rest.find(':');
    const std::optional<size_t> line =
        colon != std::string::npos && rest.find_first_not_of("0123456789") == colon
            ? LineNumber(std::string_view(rest).substr(0, colon))
            : std::nullopt;
    if (line) {
      error->line = *line;
      rest = rest.substr(colon + 1);
      if (rest.starts_with(' ')) rest.erase(0, 1);
    } else {
      // A message about the whole body ("body: looks like binary data").
      if (rest.starts_with(' ')) rest.erase(0, 1);
      rest = "request body: " + rest;
    }
    error->detail = rest;
  }
  const size_t q = error->detail.find('"');
  if (q != std::string::npos) {
    const size_t e = error->detail.find('"', q + 1);
    if (e != std::string::npos) error->field = error->detail.substr(q + 1, e - q - 1);
  }
}

// The lines of `body` whose object has no "id" (the parser then makes one up).
bool HasId(std::string_view line) {
  const nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
  return j.is_object() && j.contains("id") && !j["id"].is_null();
}

}  // namespace

bool ParseArticlesBody(std::string_view body, std::vector<Article>* out, BodyError* error,
                       std::vector<std::string>* notes) {
  out->clear();
  if (notes != nullptr) notes->clear();
  *error = BodyError();
  const size_t first = body.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) {
    error->detail = "empty body: expected a JSON article or JSON Lines of articles";
    return false;
  }
  IngestReport report;
  IngestOptions options;
  options.format = InputFormat::kArticlesJsonl;
  Status s = ParseArticlesJsonl(body, kName, options, out, &report);
  std::string one_line;
  // Only a body of several lines can be one pretty-printed object; a one-line body keeps the
  // reader's own message (nlohmann would turn a huge integer id into a float).
  const bool several_lines = body.find('\n', first) < body.find_last_not_of(" \t\r\n");
  if (!s.ok() && body[first] == '{' && several_lines) {
    // Perhaps one object over several lines (pretty-printed): read it as one
    // line.
    const nlohmann::json j = nlohmann::json::parse(body, nullptr, false);
    if (j.is_object()) {
      one_line = j.dump();
      body = one_line;
      out->clear();
      report = IngestReport();
      s = ParseArticlesJsonl(body, kName, options, out, &report);
    }
  }
  if (!s.ok()) {
    SplitMessage(s.message(), error);
    return false;
  }
  // A page's main text extracted from "text" is a note for the answer, not a refusal.
  std::vector<std::string> refusals;
  for (std::string& w : report.warnings) {
    const bool extracted = w.find(": its main text was extracted (") != std::string::npos ||
                           w.find(": more articles with HTML markup") != std::string::npos;
    if (!extracted) {
      refusals.push_back(std::move(w));
    } else if (notes != nullptr) {
      BodyError where;
      SplitMessage(w, &where);
      notes->push_back(where.line > 0 ? "line " + std::to_string(where.line) + ": " + where.detail
                                      : where.detail);
    }
  }
  report.warnings = std::move(refusals);
  if (!report.warnings.empty()) {  // an empty text, or an id repeated in the body
    // The reader's warnings say what a file reader does (skip, rename); the service refuses
    // the whole post instead, and says so.
    SplitMessage(report.warnings.front(), error);
    const size_t q = error->detail.find('"');
    const size_t e = q == std::string::npos ? q : error->detail.find('"', q + 1);
    const std::string quoted =
        e == std::string::npos ? "" : error->detail.substr(q, e - q + 1);  // the id, quoted
    if (report.skipped_empty > 0 && error->detail.starts_with("empty article")) {
      error->field = "text";
      error->detail = "article " + quoted + " has an empty \"text\"; nothing was stored";
    } else if (report.duplicate_ids > 0 && error->detail.starts_with("duplicate article id")) {
      error->field = "id";
      error->detail = "article id " + quoted +
                      " is repeated in the body (each article needs its own id); nothing was "
                      "stored";
    } else {
      // HTML in "text" (the file readers keep it with a warning): stored, its tags would
      // become story terms, summary text and search hits for good.
      if (error->detail.ends_with("; skipped")) {  // a web page without an article's text
        error->detail.resize(error->detail.size() - 9);
        error->field = "text";
      }
      error->detail += "; nothing was stored";
    }
    return false;
  }
  if (out->empty()) {  // e.g. only a byte-order mark, or only blank lines after one
    error->detail = "no article in the body: expected a JSON article or JSON Lines of articles";
    return false;
  }
  // Made-up ids ("body:<line>") are not stable across requests: an id is
  // required.
  size_t line_no = 0, pos = 0;
  std::unordered_map<size_t, std::string_view> lines;
  while (pos <= body.size()) {
    size_t end = body.find('\n', pos);
    if (end == std::string_view::npos) end = body.size();
    lines[++line_no] = body.substr(pos, end - pos);
    pos = end + 1;
  }
  for (const Article& a : *out) {
    // Given as "" or as white space only ("   " would be stored, and fetched back only as
    // /articles/%20%20%20); a made-up id is never empty.
    if (a.id.find_first_not_of(" \t\r\n\f\v") == std::string::npos) {
      for (const auto& [at, text] : lines) {
        const nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
        if (j.is_object() && j.contains("id") && j["id"] == a.id &&
            (error->line == 0 || at < error->line)) {
          error->line = at;
        }
      }
      error->field = "id";
      error->detail = std::string(a.id.empty() ? "empty" : "blank") +
                      " \"id\" (the service needs one to make posts idempotent)";
      return false;
    }
    if (a.id.size() > kMaxIdBytes) {
      for (const auto& [at, text] : lines) {
        const nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
        if (j.is_object() && j.contains("id") && j["id"] == a.id &&
            (error->line == 0 || at < error->line)) {
          error->line = at;
        }
      }
      error->field = "id";
      error->detail = "\"id\" is " + std::to_string(a.id.size()) + " bytes long; at most " +
                      std::to_string(kMaxIdBytes) + " (it must fit in the URL of " +
                      "GET /articles/{id}); nothing was stored";
      return false;
    }
    if (!a.id.starts_with(std::string(kName) + ":")) continue;
    const std::string n = a.id.substr(kName.size() + 1);
    if (n.find_first_not_of("0123456789") != std::string::npos) continue;
    const std::optional<size_t> at = LineNumber(n);
    if (!at) continue;  // too large for a line of this body: the poster's own id
    auto it = lines.find(*at);
    if (it != lines.end() && !HasId(it->second)) {
      error->line = *at;
      error->field = "id";
      error->detail = "missing \"id\" (the service needs one to make posts idempotent)";
      return false;
    }
  }
  return true;
}

size_t LineOfArticle(std::string_view body, std::string_view id) {
  size_t line_no = 0;
  for (size_t pos = 0; pos <= body.size();) {
    size_t end = body.find('\n', pos);
    if (end == std::string_view::npos) end = body.size();
    ++line_no;
    const std::string_view line = body.substr(pos, end - pos);
    pos = end + 1;
    if (line.find(id) == std::string_view::npos) continue;  // cheap filter before parsing
    const nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (!j.is_object() || !j.contains("id")) continue;
    const nlohmann::json& v = j["id"];
    if ((v.is_string() && v.get<std::string>() == id) ||
        (v.is_number_integer() && v.dump() == id)) {
      return line_no;
    }
  }
  return 0;
}

}  // namespace precis::server
