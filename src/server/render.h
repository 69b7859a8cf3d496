// JSON renderings of the service's records (the shapes are documented in
// docs/serve.md).
#ifndef PRECIS_SERVER_RENDER_H_
#define PRECIS_SERVER_RENDER_H_

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "precis/story.h"
#include "store/store.h"

namespace precis::server {

// UTF-16 code units in text[0, byte): the character offset a JavaScript string
// uses.
size_t Utf16Offset(std::string_view text, size_t byte);

// The stored summary of a story: sentences with doc_id, byte and character
// offsets, text.
std::string SummaryBody(const StoryDigest& digest, const std::vector<Article>& articles);
// What GET /stories shows of a stored summary body (SummaryRecord::lede): its first sentence
// as a JSON object with `text`, `doc_id`, `char_begin`/`char_end` (UTF-16 offsets into the
// article) and `lang` (when the body has it); "" when the summary has no sentence. The
// schema's migration 6 (store/sqlite_schema.cc) computes the same from bodies stored before.
std::string SummaryLede(std::string_view body);
// GET /stories' entry for a story: id, headline, dates, terms, counts and `lede` (the object
// above, null before the first summary).
nlohmann::json StoryBrief(const store::StoryRecord& r);
nlohmann::json ArticleBrief(const store::ArticleRecord& a);
nlohmann::json ArticleFull(const store::ArticleRecord& a);
// GET /stories/{id}: the story, its articles, duplicates, a timeline (articles
// per day) and the latest summary (null while none is computed).
nlohmann::json StoryFull(const store::StoryRecord& r,
                         const std::vector<store::ArticleRecord>& articles,
                         const store::SummaryRecord* summary);

}  // namespace precis::server

#endif  // PRECIS_SERVER_RENDER_H_
