// Turning parsed JSON objects (simdjson DOM) into Article and Cluster records.
//
// These functions only convert and type-check: they do not skip empty articles, check sizes
// or make ids unique (JsonlReader does, because it owns the report). A JSON null counts as an
// absent field. Unknown fields are ignored. On a bad record they return false and set
// *error to a message that names the field, e.g. `field "documents[2].title" must be a
// string, got number` or `missing "text"`.
#ifndef PRECIS_INGEST_JSON_RECORDS_H_
#define PRECIS_INGEST_JSON_RECORDS_H_

#include <simdjson.h>

#include <string>
#include <string_view>

#include "precis/article.h"

namespace precis::ingest {

// JSON's name for the type of `value`: "object", "array", "string", "number", "boolean",
// "null".
const char* JsonTypeName(simdjson::dom::element value);

// True when `value` is an object holding a "documents" or "articles" array (the first record
// of a clusters file), or a "documents" field of another type and no "text" (a broken cluster).
bool LooksLikeCluster(simdjson::dom::element value);

// Reads {"id","title","date","source","url","text"}. `prefix` is put before field names in
// messages ("documents[2]."); `default_id` is used when "id" is absent.
bool ArticleFromJson(simdjson::dom::element value, std::string_view prefix,
                     std::string_view default_id, Article* out, std::string* error);

// Reads {"id","query","documents"|"articles","references"}: every document, empty or not,
// in order; a document without an id gets "<cluster id>/<n>" (n 1-based).
bool ClusterFromJson(simdjson::dom::element value, std::string_view default_id, Cluster* out,
                     std::string* error);

}  // namespace precis::ingest

#endif  // PRECIS_INGEST_JSON_RECORDS_H_
