// StoryToJson and DigestToJsonLines: one JSON object per line.
#include <nlohmann/json.hpp>

#include "precis/render.h"
#include "precis/story.h"
#include "render/left_out_json.h"

namespace precis {
namespace {

nlohmann::json StoryObject(const Story& s) {
  nlohmann::json j;
  j["id"] = s.id;
  j["articles"] = s.articles;
  j["first_date"] = s.first_date.empty() ? nlohmann::json() : nlohmann::json(s.first_date);
  j["last_date"] = s.last_date.empty() ? nlohmann::json() : nlohmann::json(s.last_date);
  j["terms"] = s.terms;
  j["headline"] = s.headline;
  nlohmann::json dups = nlohmann::json::array();
  for (const auto& [dup, of] : s.duplicates) dups.push_back({dup, of});
  j["duplicates"] = std::move(dups);
  return j;
}

// Invalid UTF-8 cannot reach here (ingest validates), but a headline cut by a
// caller could hold some: replace rather than throw.
std::string Dump(const nlohmann::json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

std::string StoryToJson(const Story& story) { return Dump(StoryObject(story)); }

std::string DigestToJsonLines(const std::vector<StoryDigest>& digests) {
  std::string out;
  for (const StoryDigest& d : digests) {
    nlohmann::json j = StoryObject(d.story);
    j["summary"] = nlohmann::json::parse(SummaryToJson(d.summary))["summary"];
    j["method"] = d.summary.method;
    j["words"] = d.summary.words;
    j["articles_summarized"] = d.articles_summarized;
    j["off_topic_sentences"] = d.off_topic_sentences;
    if (!d.off_topic.empty()) {
      nlohmann::json left_out = nlohmann::json::array();
      for (const LeftOutSentence& s : d.off_topic) {
        left_out.push_back(LeftOutSentenceJson<nlohmann::json>(s));
      }
      j["off_topic"] = std::move(left_out);
    }
    j["duplicate_sentences"] = d.duplicate_sentences;
    nlohmann::json sources = nlohmann::json::array();
    for (const DigestSource& source : d.sources) {
      sources.push_back({{"id", source.id},
                         {"title", source.title},
                         {"source", source.source},
                         {"url", source.url},
                         {"date", source.date},
                         {"language", source.language}});
    }
    j["sources"] = std::move(sources);
    out += Dump(j);
    out += '\n';
  }
  return out;
}

}  // namespace precis
