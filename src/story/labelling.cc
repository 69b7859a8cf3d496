// ParseLabelling: item -> label lines, or JSON Lines of stories / clusters.
#include <nlohmann/json.hpp>

#include <functional>
#include <unordered_map>

#include "precis/story.h"

namespace precis {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

std::string IdString(const nlohmann::json& j) {
  if (j.is_string()) return j.get<std::string>();
  if (j.is_number_integer()) return std::to_string(j.get<int64_t>());
  return "";
}

Status ParseJsonLine(std::string_view line, size_t line_no, Labelling* out,
                     const std::function<Status(const std::string&)>& error) {
  nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) return error("not a JSON object");
  std::string label = j.contains("id") ? IdString(j["id"]) : "";
  if (label.empty()) label = "line" + std::to_string(line_no);
  const char* key = j.contains("articles") ? "articles" : "documents";
  if (!j.contains(key) || !j[key].is_array()) {
    return error("expected an \"articles\" or \"documents\" array");
  }
  for (const nlohmann::json& item : j[key]) {
    std::string id =
        item.is_object() && item.contains("id") ? IdString(item["id"]) : IdString(item);
    if (id.empty()) return error("an article without a string or integer id");
    out->emplace_back(std::move(id), label);
  }
  return Status::Ok();
}

}  // namespace

Status ParseLabelling(std::string_view text, std::string_view name, Labelling* out) {
  size_t pos = 0, line_no = 0;
  std::unordered_map<std::string, size_t> first_line;  // item -> line that listed it
  // Checks the items the current line added: each item once per labelling.
  auto check_new = [&](size_t from, const std::function<Status(const std::string&)>& error) {
    for (size_t k = from; k < out->size(); ++k) {
      const auto [it, fresh] = first_line.emplace((*out)[k].first, line_no);
      if (!fresh) {
        return error("item '" + (*out)[k].first + "' is listed twice (first on line " +
                     std::to_string(it->second) + ")");
      }
    }
    return Status::Ok();
  };
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = Trim(text.substr(pos, end - pos));
    pos = end + 1;
    ++line_no;
    auto error = [&](const std::string& msg) {
      return Status::DataError(std::string(name) + ":" + std::to_string(line_no) + ": " + msg);
    };
    if (line.empty() || line.front() == '#') continue;
    const size_t before = out->size();
    if (line.front() == '{') {
      PRECIS_RETURN_IF_ERROR(ParseJsonLine(line, line_no, out, error));
      PRECIS_RETURN_IF_ERROR(check_new(before, error));
      continue;
    }
    // JSON that is not one object per line (a JSON array, pretty-printed JSON) would
    // otherwise pass as "item label" lines and score nonsense.
    if (std::string_view("[]}\",").find(line.front()) != std::string_view::npos) {
      return error("looks like JSON but not JSON Lines: give one {\"id\",\"articles\":[...]} "
                   "object per line, or item<TAB>label lines");
    }
    size_t sep = line.find('\t');
    if (sep == std::string_view::npos) sep = line.find_last_of(' ');
    if (sep == std::string_view::npos) return error("expected \"item<TAB>label\"");
    const std::string_view item = Trim(line.substr(0, sep));
    const std::string_view label = Trim(line.substr(sep + 1));
    if (item.empty() || label.empty()) return error("expected \"item<TAB>label\"");
    out->emplace_back(std::string(item), std::string(label));
    PRECIS_RETURN_IF_ERROR(check_new(before, error));
  }
  if (out->empty()) {
    return Status::DataError(std::string(name) +
                             ": no labels (expected item<TAB>label lines or JSON Lines of "
                             "stories or clusters)");
  }
  return Status::Ok();
}

}  // namespace precis
