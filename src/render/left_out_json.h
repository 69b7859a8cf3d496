// The JSON object of a sentence an off-topic filter left out: doc_id, begin and end (bytes of
// its article's text) and text. One shape for `summarize` and `digest` JSON and the service's
// summaries (docs/summarize.md, docs/serve.md).
#ifndef PRECIS_RENDER_LEFT_OUT_JSON_H_
#define PRECIS_RENDER_LEFT_OUT_JSON_H_

#include "precis/summarize.h"

namespace precis {

// Json: nlohmann::json or nlohmann::ordered_json.
template <class Json>
Json LeftOutSentenceJson(const LeftOutSentence& s) {
  return Json{{"doc_id", s.article_id}, {"begin", s.begin}, {"end", s.end}, {"text", s.text}};
}

}  // namespace precis

#endif  // PRECIS_RENDER_LEFT_OUT_JSON_H_
