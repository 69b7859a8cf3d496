#include "server/render.h"

#include <chrono>
#include <cstdio>
#include <map>

#include "precis/text.h"
#include "render/left_out_json.h"
#include "text/language.h"

namespace precis::server {

using nlohmann::json;

size_t Utf16Offset(std::string_view text, size_t byte) {
  size_t units = 0;
  for (size_t i = 0; i < byte && i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if ((c & 0xC0) == 0x80) continue;  // continuation byte
    units += c >= 0xF0 ? 2 : 1;        // four-byte sequences are surrogate pairs
  }
  return units;
}

namespace {

// An instant in ISO 8601, UTC: "YYYY-MM-DDTHH:MM:SSZ".
std::string UtcTime(int64_t seconds) {
  const std::chrono::sys_seconds t{std::chrono::seconds(seconds)};
  const std::chrono::sys_days day = std::chrono::floor<std::chrono::days>(t);
  const std::chrono::year_month_day ymd(day);
  const std::chrono::hh_mm_ss hms(t - day);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02dZ", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                static_cast<int>(hms.hours().count()), static_cast<int>(hms.minutes().count()),
                static_cast<int>(hms.seconds().count()));
  return buf;
}

// The UTC day of an instant, "YYYY-MM-DD".
std::string UtcDay(int64_t seconds) { return UtcTime(seconds).substr(0, 10); }

// `lang`: the BCP 47 tag of the language of the digest's article `id`, when known.
void AddLang(const StoryDigest& d, std::string_view id, json* j) {
  const DigestSource* source = FindDigestSource(d, id);
  if (source != nullptr && !source->language.empty()) (*j)["lang"] = source->language;
}

}  // namespace

std::string SummaryBody(const StoryDigest& d, const std::vector<Article>& articles) {
  json sentences = json::array();
  for (const SummarySentence& s : d.summary.sentences) {
    const Article* a = nullptr;
    for (const Article& x : articles) {
      if (x.id == s.doc_id) a = &x;
    }
    json j = {{"doc_id", s.doc_id}, {"begin", s.begin}, {"end", s.end}, {"text", s.text}};
    AddLang(d, s.doc_id, &j);
    json spans = json::array(), char_spans = json::array();
    for (const Span& span : SentenceSpans(s)) {
      spans.push_back({span.begin, span.end});
      if (a != nullptr) {
        char_spans.push_back({Utf16Offset(a->text, span.begin), Utf16Offset(a->text, span.end)});
      }
    }
    j["spans"] = std::move(spans);
    if (a != nullptr) {
      j["char_begin"] = Utf16Offset(a->text, s.begin);
      j["char_end"] = Utf16Offset(a->text, s.end);
      j["char_spans"] = std::move(char_spans);
    }
    sentences.push_back(std::move(j));
  }
  // What the off-topic filters removed, cited as summary sentences are, for readers to check.
  json off_topic = json::array();
  for (const LeftOutSentence& s : d.off_topic) {
    json j = LeftOutSentenceJson<json>(s);
    AddLang(d, s.article_id, &j);
    for (const Article& x : articles) {
      if (x.id != s.article_id) continue;
      j["char_begin"] = Utf16Offset(x.text, s.begin);
      j["char_end"] = Utf16Offset(x.text, s.end);
      break;
    }
    off_topic.push_back(std::move(j));
  }
  return json({{"method", d.summary.method},
               {"sentences", std::move(sentences)},
               {"articles_summarized", d.articles_summarized},
               {"off_topic_sentences", d.off_topic_sentences},
               {"off_topic", std::move(off_topic)},
               {"duplicate_sentences", d.duplicate_sentences}})
      .dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string SummaryLede(std::string_view body) {
  const json b = json::parse(body, nullptr, false);
  if (!b.is_object() || !b.contains("sentences") || !b["sentences"].is_array() ||
      b["sentences"].empty()) {
    return "";
  }
  const json& first = b["sentences"][0];
  if (!first.is_object() || !first.contains("text") || !first["text"].is_string()) return "";
  json lede = json::object();
  for (const char* key : {"text", "doc_id", "char_begin", "char_end", "lang"}) {
    if (first.contains(key)) lede[key] = first[key];
  }
  return lede.dump(-1, ' ', false, json::error_handler_t::replace);
}

json StoryBrief(const store::StoryRecord& r) {
  json j = {{"id", r.story.id},
            {"headline", r.story.headline},
            {"first_date", r.story.first_date},
            {"last_date", r.story.last_date},
            {"terms", r.story.terms},
            {"articles", r.article_count},
            {"open", r.open},
            {"version", r.version}};
  // The first sentence of the latest summary; a key the migration filled with null (a body
  // without it) is left out, as SummaryLede leaves it out.
  json lede = r.lede.empty() ? json(nullptr) : json::parse(r.lede, nullptr, false);
  if (lede.is_object()) {
    for (auto it = lede.begin(); it != lede.end();) it = it->is_null() ? lede.erase(it) : ++it;
  }
  j["lede"] = lede.is_object() && lede.contains("text") ? std::move(lede) : json(nullptr);
  // The dates above are the articles' strings as given (any ISO 8601 or RFC 5322 form); the
  // same instants in one form, UTC, for clients that sort or compare them.
  int64_t t;
  if (ParseDate(r.story.first_date, &t)) j["first_utc"] = UtcTime(t);
  if (ParseDate(r.story.last_date, &t)) j["last_utc"] = UtcTime(t);
  return j;
}

json ArticleBrief(const store::ArticleRecord& a) {
  json j = {{"id", a.article.id},         {"title", a.article.title}, {"date", a.article.date},
            {"source", a.article.source}, {"url", a.article.url},     {"story", a.story}};
  if (!a.article.author.empty()) j["author"] = a.article.author;
  if (!a.article.language.empty()) j["language"] = a.article.language;
  // The tag for HTML's lang attribute: the language field's, else the script's.
  const std::string lang = text_internal::LanguageTag(ArticleLanguage(a.article, ""));
  if (!lang.empty()) j["lang"] = lang;
  if (!a.duplicate_of.empty()) j["duplicate_of"] = a.duplicate_of;
  return j;
}

json ArticleFull(const store::ArticleRecord& a) {
  json j = ArticleBrief(a);
  j["text"] = a.article.text;
  return j;
}

json StoryFull(const store::StoryRecord& r, const std::vector<store::ArticleRecord>& articles,
               const store::SummaryRecord* summary) {
  json j = StoryBrief(r);
  json list = json::array(), duplicates = json::array();
  std::map<std::string, size_t> per_day;
  for (const store::ArticleRecord& a : articles) {
    list.push_back(ArticleBrief(a));
    if (!a.duplicate_of.empty()) duplicates.push_back({a.article.id, a.duplicate_of});
    int64_t t;
    // The UTC day of the instant, as the date filters count days ("Fri, 07 Mar 2025 10:00:00
    // GMT" and "2025-03-07T14:30:00+02:00" both fall on 2025-03-07).
    if (ParseDate(a.article.date, &t)) ++per_day[UtcDay(t)];
  }
  json timeline = json::array();
  for (const auto& [day, n] : per_day) timeline.push_back({{"date", day}, {"articles", n}});
  j["articles"] = std::move(list);
  j["article_count"] = r.article_count;
  j["duplicates"] = std::move(duplicates);
  j["timeline"] = std::move(timeline);
  if (summary != nullptr) {
    json body = json::parse(summary->body, nullptr, false);
    if (body.is_discarded()) body = json::object();
    body["version"] = summary->version;
    body["current"] = summary->version >= r.version;
    j["summary"] = std::move(body);
  } else {
    j["summary"] = nullptr;
  }
  return j;
}

}  // namespace precis::server
