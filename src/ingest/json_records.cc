#include "ingest/json_records.h"

#include <cstdint>
#include <string>

namespace precis::ingest {
namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

bool WrongType(std::string_view prefix, std::string_view key, const char* expected, element value,
               std::string* error) {
  *error = "field \"" + std::string(prefix) + std::string(key) + "\" must be " + expected +
           ", got " + JsonTypeName(value);
  return false;
}

// A string field; null leaves *out unchanged.
bool ReadString(element value, std::string_view prefix, std::string_view key, std::string* out,
                std::string* error) {
  switch (value.type()) {
    case element_type::STRING: {
      const std::string_view v = value.get_string().value_unsafe();
      // JSON can write U+0000 ("\u0000"), which no news text holds: it would be stored and
      // printed as part of a sentence, and ends the string for C APIs (SQLite's text functions).
      if (const size_t nul = v.find('\0'); nul != std::string_view::npos) {
        *error = "field \"" + std::string(prefix) + std::string(key) +
                 "\" holds a NUL character (\\u0000) at byte " + std::to_string(nul);
        return false;
      }
      out->assign(v);
      return true;
    }
    case element_type::NULL_VALUE:
      return true;
    default:
      return WrongType(prefix, key, "a string", value, error);
  }
}

// An id: a string, or an integer written in decimal (feeds often number their items).
bool ReadId(element value, std::string_view prefix, std::string* out, bool* present,
            std::string* error) {
  switch (value.type()) {
    case element_type::STRING:
      if (!ReadString(value, prefix, "id", out, error)) return false;
      *present = true;
      return true;
    case element_type::INT64:
      *out = std::to_string(value.get_int64().value_unsafe());
      *present = true;
      return true;
    case element_type::UINT64:
      *out = std::to_string(value.get_uint64().value_unsafe());
      *present = true;
      return true;
    case element_type::NULL_VALUE:
      return true;
    default:
      return WrongType(prefix, "id", "a string or an integer", value, error);
  }
}

}  // namespace

const char* JsonTypeName(element value) {
  switch (value.type()) {
    case element_type::ARRAY:
      return "array";
    case element_type::OBJECT:
      return "object";
    case element_type::STRING:
      return "string";
    case element_type::INT64:
    case element_type::UINT64:
    case element_type::DOUBLE:
      return "number";
    case element_type::BOOL:
      return "boolean";
    case element_type::NULL_VALUE:
      return "null";
  }
  return "unknown";
}

bool LooksLikeCluster(element value) {
  simdjson::dom::object obj;
  if (value.get_object().get(obj) != simdjson::SUCCESS) return false;
  bool has_text = false, docs_other_type = false;
  for (const auto field : obj) {
    if ((field.key == "documents" || field.key == "articles") &&
        field.value.type() == element_type::ARRAY) {
      return true;
    }
    if (field.key == "documents") docs_other_type = true;
    if (field.key == "text") has_text = true;
  }
  // "documents" of another type without a "text" is a broken cluster rather than an article:
  // its error then names "documents" instead of a missing "text".
  return docs_other_type && !has_text;
}

bool ArticleFromJson(element value, std::string_view prefix, std::string_view default_id,
                     Article* out, std::string* error) {
  simdjson::dom::object obj;
  if (value.get_object().get(obj) != simdjson::SUCCESS) {
    // "documents[2]." names the document as "documents[2]".
    const std::string_view where =
        prefix.empty() ? std::string_view() : prefix.substr(0, prefix.size() - 1);
    if (where.empty()) {
      *error = "expected a JSON object";
    } else {
      error->assign(1, '"').append(where).append("\" must be an object");
    }
    error->append(", got ").append(JsonTypeName(value));
    // A story line of `precis cluster` lists its articles by id: piping cluster into summarize
    // or digest is a natural slip, and the type alone does not say what to do instead.
    if (value.type() == element_type::STRING && where.starts_with("articles[")) {
      error->append(
          " (a story of precis cluster lists article ids, not articles: give the "
          "articles themselves, or use precis digest on them)");
    }
    return false;
  }
  *out = Article();
  bool has_id = false, has_text = false;
  for (const auto field : obj) {
    const std::string_view key = field.key;
    bool ok = true;
    if (key == "text") {
      ok = ReadString(field.value, prefix, key, &out->text, error);
      has_text = field.value.type() == element_type::STRING;
    } else if (key == "id") {
      ok = ReadId(field.value, prefix, &out->id, &has_id, error);
    } else if (key == "title") {
      ok = ReadString(field.value, prefix, key, &out->title, error);
    } else if (key == "date") {
      ok = ReadString(field.value, prefix, key, &out->date, error);
    } else if (key == "source") {
      ok = ReadString(field.value, prefix, key, &out->source, error);
    } else if (key == "url") {
      ok = ReadString(field.value, prefix, key, &out->url, error);
    } else if (key == "author") {
      ok = ReadString(field.value, prefix, key, &out->author, error);
    } else if (key == "language") {
      ok = ReadString(field.value, prefix, key, &out->language, error);
    }
    if (!ok) return false;
  }
  if (!has_text) {
    *error = "missing \"" + std::string(prefix) + "text\"";
    return false;
  }
  if (!has_id) out->id.assign(default_id);
  return true;
}

bool ClusterFromJson(element value, std::string_view default_id, Cluster* out, std::string* error) {
  simdjson::dom::object obj;
  if (value.get_object().get(obj) != simdjson::SUCCESS) {
    *error = std::string("expected a JSON object, got ") + JsonTypeName(value);
    return false;
  }
  *out = Cluster();
  bool has_id = false;
  std::string_view docs_key;
  simdjson::dom::array docs, refs;
  bool has_refs = false;
  for (const auto field : obj) {
    const std::string_view key = field.key;
    const element v = field.value;
    if (key == "id") {
      if (!ReadId(v, "", &out->id, &has_id, error)) return false;
    } else if (key == "query") {
      if (!ReadString(v, "", key, &out->query, error)) return false;
    } else if (key == "topic_title") {
      if (!ReadString(v, "", key, &out->topic_title, error)) return false;
    } else if (key == "documents" || key == "articles") {
      if (!docs_key.empty() && docs_key != key) {
        *error = "both \"documents\" and \"articles\" given";
        return false;
      }
      if (v.get_array().get(docs) != simdjson::SUCCESS) {
        return WrongType("", key, "an array", v, error);
      }
      docs_key = key;
    } else if (key == "references") {
      if (v.type() == element_type::NULL_VALUE) continue;
      if (v.get_array().get(refs) != simdjson::SUCCESS) {
        return WrongType("", key, "an array of strings", v, error);
      }
      has_refs = true;
    }
  }
  if (docs_key.empty()) {
    *error = "missing \"documents\"";
    return false;
  }
  if (!has_id) out->id.assign(default_id);
  out->articles.reserve(docs.size());
  size_t index = 0;
  for (const element doc : docs) {
    const std::string prefix = std::string(docs_key) + "[" + std::to_string(index) + "].";
    ++index;
    out->articles.emplace_back();
    const std::string doc_id = out->id + "/" + std::to_string(index);
    if (!ArticleFromJson(doc, prefix, doc_id, &out->articles.back(), error)) return false;
  }
  if (has_refs) {
    size_t i = 0;
    for (const element ref : refs) {
      std::string_view text;
      if (ref.get_string().get(text) != simdjson::SUCCESS) {
        return WrongType("", "references[" + std::to_string(i) + "]", "a string", ref, error);
      }
      out->references.emplace_back(text);
      ++i;
    }
  }
  return true;
}

}  // namespace precis::ingest
