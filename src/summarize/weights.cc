#include "precis/weights.h"

#include <cmath>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace precis {
namespace {

constexpr std::string_view kFormat = "precis-weights";

// One weight of the file: its group and name, where it lives, and its range.
struct Field {
  const char* group;
  const char* name;
  double* (*get)(SummaryWeights*);
  double min, max;
};

// The file's fields, in the order FormatWeights writes them.
constexpr Field kFields[] = {
    {"generic", "df_power", [](SummaryWeights* w) { return &w->generic.df_power; }, 0.5, 4},
    {"generic", "lead_bonus", [](SummaryWeights* w) { return &w->generic.lead_bonus; }, 0, 1000},
    {"generic", "unigram_weight", [](SummaryWeights* w) { return &w->generic.unigram_weight; }, 0,
     1},
    {"generic", "repeat_containment",
     [](SummaryWeights* w) { return &w->generic.repeat_containment; }, 0.5, 2},
    {"query", "concept_boost", [](SummaryWeights* w) { return &w->query.concept_boost; }, 0, 100},
    {"query", "sentence_weight", [](SummaryWeights* w) { return &w->query.sentence_weight; }, 0,
     100},
    {"query", "title_weight", [](SummaryWeights* w) { return &w->query.title_weight; }, 0, 100},
};

bool IsField(std::string_view group, std::string_view name) {
  for (const Field& f : kFields) {
    if (group == f.group && name == f.name) return true;
  }
  return false;
}

std::string Number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.10g", v);
  return buf;
}

std::string RangeError(const Field& f, double v) {
  return std::string(f.group) + "." + f.name + " is " + Number(v) + ", outside [" + Number(f.min) +
         ", " + Number(f.max) + "]";
}

}  // namespace

Status CheckWeights(const SummaryWeights& w) {
  SummaryWeights copy = w;
  for (const Field& f : kFields) {
    const double v = *f.get(&copy);
    if (!(v >= f.min && v <= f.max)) return Status::InvalidArgument("weight " + RangeError(f, v));
  }
  return Status::Ok();
}

Status ParseWeights(std::string_view json, std::string_view name, SummaryWeights* out) {
  const std::string where(name);
  auto error = [&](const std::string& message) {
    return Status::DataError(where + ": " + message);
  };
  const nlohmann::json doc = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded()) return error("not valid JSON");
  if (!doc.is_object()) return error("not a JSON object");
  const auto format = doc.find("format");
  if (format == doc.end() || !format->is_string() || *format != kFormat) {
    return error("field \"format\" must be \"" + std::string(kFormat) + "\"");
  }
  const auto version = doc.find("version");
  if (version == doc.end() || !version->is_number_integer()) {
    return error("field \"version\" must be an integer (this precis reads version " +
                 std::to_string(kWeightsVersion) + ")");
  }
  if (version->get<int64_t>() != kWeightsVersion) {
    return error("version " + std::to_string(version->get<int64_t>()) +
                 " is not supported (this precis reads version " + std::to_string(kWeightsVersion) +
                 ")");
  }
  for (const auto& [key, value] : doc.items()) {
    if (key == "format" || key == "version") continue;
    if (key == "provenance") {
      if (!value.is_string()) return error("field \"provenance\" must be a string");
      continue;
    }
    if (key != "generic" && key != "query") {
      return error("unknown field \"" + key +
                   "\" (known: format, version, provenance, generic, query)");
    }
    if (!value.is_object()) return error("field \"" + key + "\" must be an object");
    for (const auto& [field, v] : value.items()) {
      if (!IsField(key, field)) return error("unknown field \"" + key + "." + field + "\"");
    }
  }
  SummaryWeights w;
  for (const Field& f : kFields) {
    const std::string path = std::string(f.group) + "." + f.name;
    const auto group = doc.find(f.group);
    if (group == doc.end()) return error("missing field \"" + std::string(f.group) + "\"");
    const auto value = group->find(f.name);
    if (value == group->end()) return error("missing field \"" + path + "\"");
    if (!value->is_number()) return error("field \"" + path + "\" must be a number");
    const double v = value->get<double>();
    if (!(v >= f.min && v <= f.max)) return error("field " + RangeError(f, v));
    *f.get(&w) = v;
  }
  *out = w;
  return Status::Ok();
}

Status LoadWeights(const std::string& path, SummaryWeights* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open the weights file");
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return Status::IoError(path + ": cannot read the weights file");
  return ParseWeights(text.str(), path, out);
}

std::string FormatWeights(const SummaryWeights& w, std::string_view provenance) {
  SummaryWeights copy = w;
  std::string out = "{\n  \"format\": \"" + std::string(kFormat) +
                    "\",\n  \"version\": " + std::to_string(kWeightsVersion) + ",\n";
  if (!provenance.empty()) {
    out += "  \"provenance\": " + nlohmann::json(std::string(provenance)).dump() + ",\n";
  }
  std::string group;
  for (const Field& f : kFields) {
    if (group != f.group) {
      if (!group.empty()) out += "\n  },\n";
      group = f.group;
      out += "  \"" + group + "\": {\n";
    } else {
      out += ",\n";
    }
    out += "    \"" + std::string(f.name) + "\": " + Number(*f.get(&copy));
  }
  out += "\n  }\n}\n";
  return out;
}

}  // namespace precis
