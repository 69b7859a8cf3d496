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

// "concept_model": {"power": p, "bigram": {feature: coefficient, ...}, "unigram": {...}},
// every feature of kConceptFeatures in each.
Status ParseConceptModel(const nlohmann::json& model, const std::string& where, ConceptModel* out) {
  auto error = [&](const std::string& message) {
    return Status::DataError(where + ": " + message);
  };
  if (!model.is_object()) return error("field \"concept_model\" must be an object");
  for (const auto& [key, value] : model.items()) {
    if (key != "bigram" && key != "unigram" && key != "power" && key != "use") {
      return error("unknown field \"concept_model." + key +
                   "\" (known: power, use, bigram, unigram)");
    }
  }
  out->use = ConceptModel::Use::kAlways;
  if (const auto use = model.find("use"); use != model.end()) {
    if (use->is_string() && *use == "with_query") {
      out->use = ConceptModel::Use::kWithQuery;
    } else if (!use->is_string() || *use != "always") {
      return error("field \"concept_model.use\" must be \"always\" or \"with_query\"");
    }
  }
  const auto power = model.find("power");
  if (power == model.end()) return error("missing field \"concept_model.power\"");
  if (!power->is_number() || !(power->get<double>() >= 0.25 && power->get<double>() <= 4)) {
    return error("field \"concept_model.power\" must be a number in [0.25, 4]");
  }
  out->power = power->get<double>();
  for (const char* kind : {"bigram", "unigram"}) {
    const std::string path = std::string("concept_model.") + kind;
    const auto group = model.find(kind);
    if (group == model.end()) return error("missing field \"" + path + "\"");
    if (!group->is_object()) return error("field \"" + path + "\" must be an object");
    for (const auto& [name, value] : group->items()) {
      bool known = false;
      for (const char* f : kConceptFeatures) known = known || name == f;
      if (!known) return error("unknown field \"" + path + "." + name + "\"");
    }
    std::vector<double>& coefficients =
        std::string_view(kind) == "bigram" ? out->bigram : out->unigram;
    coefficients.clear();
    for (const char* f : kConceptFeatures) {
      const auto value = group->find(f);
      if (value == group->end()) return error("missing field \"" + path + "." + f + "\"");
      if (!value->is_number() || !std::isfinite(value->get<double>()) ||
          std::fabs(value->get<double>()) > 1e6) {
        return error("field \"" + path + "." + f + "\" must be a number in [-1e6, 1e6]");
      }
      coefficients.push_back(value->get<double>());
    }
  }
  return Status::Ok();
}

}  // namespace

ConceptModel DefaultConceptModel() {
  // scripts/fit-concept-model.py --fit d06.tsv --base data/weights.json --power 1
  // --unigram-scale 0.3 --ridge 10, on build/concept_dump --data duc2006/clusters.jsonl
  // --words 250 (all 50 topics); the features in the order of kConceptFeatures.
  ConceptModel m;
  m.power = 1.0;
  m.use = ConceptModel::Use::kWithQuery;
  m.bigram = {-0.1222001, -0.10498007, 0.51846775,  -0.06361713, 0.12728253, 0.06423842,
              0.03308728, 0.01836496,  -0.00494024, 0.05487703,  0.00207883, 0.08759983};
  m.unigram = {-0.08012263, 0.02080998, 0.02910333, -0.0049244, 0.09424458, 0.03189065,
               0.01133004,  0.00902452, 0.0,        0.07207263, 0.00191249, 0.0006124};
  return m;
}

Status CheckWeights(const SummaryWeights& w) {
  SummaryWeights copy = w;
  for (const Field& f : kFields) {
    const double v = *f.get(&copy);
    if (!(v >= f.min && v <= f.max)) return Status::InvalidArgument("weight " + RangeError(f, v));
  }
  const ConceptModel& m = w.concepts;
  if (m.empty()) return Status::Ok();
  if (!(m.power >= 0.25 && m.power <= 4)) {
    return Status::InvalidArgument("weight concept_model.power is " + Number(m.power) +
                                   ", outside [0.25, 4]");
  }
  for (const auto* v : {&m.bigram, &m.unigram}) {
    const std::string kind = v == &m.bigram ? "bigram" : "unigram";
    if (v->size() != kConceptFeatureCount) {
      return Status::InvalidArgument("weight concept_model." + kind + " has " +
                                     std::to_string(v->size()) + " coefficients, not " +
                                     std::to_string(kConceptFeatureCount));
    }
    for (double x : *v) {
      if (!std::isfinite(x)) {
        return Status::InvalidArgument("weight concept_model." + kind +
                                       " holds a value that is not finite");
      }
    }
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
    return error("field \"version\" must be an integer (this precis reads versions 1 to " +
                 std::to_string(kWeightsVersion) + ")");
  }
  const int64_t file_version = version->get<int64_t>();
  if (file_version < 1 || file_version > kWeightsVersion) {
    return error("version " + std::to_string(file_version) +
                 " is not supported (this precis reads versions 1 to " +
                 std::to_string(kWeightsVersion) + ")");
  }
  for (const auto& [key, value] : doc.items()) {
    if (key == "format" || key == "version") continue;
    if (key == "provenance") {
      if (!value.is_string()) return error("field \"provenance\" must be a string");
      continue;
    }
    if (key == "concept_model") {
      if (file_version < 2) return error("field \"concept_model\" needs version 2");
      continue;
    }
    if (key != "generic" && key != "query") {
      return error("unknown field \"" + key +
                   "\" (known: format, version, provenance, generic, query, concept_model)");
    }
    if (!value.is_object()) return error("field \"" + key + "\" must be an object");
    for (const auto& [field, v] : value.items()) {
      if (!IsField(key, field)) return error("unknown field \"" + key + "." + field + "\"");
    }
  }
  SummaryWeights w;
  w.concepts = ConceptModel();  // a file states a whole model: none unless it has one
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
  if (const auto model = doc.find("concept_model"); model != doc.end()) {
    PRECIS_RETURN_IF_ERROR(ParseConceptModel(*model, where, &w.concepts));
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
  const int version = w.concepts.empty() ? 1 : 2;
  std::string out = "{\n  \"format\": \"" + std::string(kFormat) +
                    "\",\n  \"version\": " + std::to_string(version) + ",\n";
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
  out += "\n  }";
  if (!w.concepts.empty()) {
    out += ",\n  \"concept_model\": {\n    \"power\": " + Number(w.concepts.power);
    if (w.concepts.use == ConceptModel::Use::kWithQuery) out += ",\n    \"use\": \"with_query\"";
    for (const auto* v : {&w.concepts.bigram, &w.concepts.unigram}) {
      out += std::string(",\n    \"") + (v == &w.concepts.bigram ? "bigram" : "unigram") + "\": {";
      for (size_t k = 0; k < kConceptFeatureCount && k < v->size(); ++k) {
        out += std::string(k ? "," : "") + "\n      \"" + kConceptFeatures[k] +
               "\": " + Number((*v)[k]);
      }
      out += "\n    }";
    }
    out += "\n  }";
  }
  out += "\n}\n";
  return out;
}

}  // namespace precis
