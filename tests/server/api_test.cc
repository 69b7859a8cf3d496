// `precis serve` end to end over HTTP: the sample articles posted, stories and
// summaries read back, idempotent posts, search, pagination, metrics, a clean
// stop on SIGTERM.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <thread>

#include "server_process.h"
#include "testing/run.h"

namespace precis {
namespace {

using nlohmann::json;
using testing::ServerProcess;
using testing::SummariesCaughtUp;

std::string ReadSample() {
  std::ifstream in(std::string(PRECIS_SOURCE_DIR) + "/data/sample/articles.jsonl");
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// UTF-16 code units of a UTF-8 prefix, decoded the long way (the reference for
// char offsets).
size_t Utf16Units(const std::string& s) {
  size_t units = 0;
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    const size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    units += len == 4 ? 2 : 1;
    i += len;
  }
  return units;
}

json Get(ServerProcess& s, const std::string& path, int expect = 200) {
  auto res = s.client().Get(path);
  EXPECT_TRUE(res) << path;
  if (!res) return json();
  EXPECT_EQ(res->status, expect) << path << " " << res->body;
  return json::parse(res->body, nullptr, false);
}

// An article posted again with ?replace=1 and a corrected title gives its story the new
// headline (it kept the old one), in an open story through the clusterer and, with
// `close_first`, in a story the clusterer has closed (POST /flush here; an idle story in a
// feed), whose headline was the old title; also after a restart.
void CheckReplacedTitleBecomesHeadline(const std::string& dir, bool close_first) {
  const std::string text =
      "Engineers found a crack in the spillway of the Brenmoor dam on Monday. The district "
      "ordered the evacuation of two villages below the dam.";
  const json first = {{"id", "dam-1"}, {"title", "Crack found in Brenmor dam"}, {"text", text}};
  json fixed = first;
  fixed["title"] = "Crack found in Brenmoor dam";
  uint64_t story = 0;
  const std::vector<std::string> flags = {"--flush-seconds", "0"};
  {
    ServerProcess s(dir + "/db.sqlite", flags);
    ASSERT_GT(s.port(), 0) << s.log();
    auto res = s.client().Post("/articles", first.dump(), "application/json");
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, 200) << res->body;
    story = json::parse(res->body)["articles"][0]["story"].get<uint64_t>();
    const std::string path = "/stories/" + std::to_string(story);
    if (close_first) {
      res = s.client().Post("/flush", "", "text/plain");
      ASSERT_TRUE(res);
      ASSERT_EQ(res->status, 200) << res->body;
    }
    EXPECT_EQ(Get(s, path)["open"], !close_first);
    EXPECT_EQ(Get(s, path)["headline"], "Crack found in Brenmor dam");
    res = s.client().Post("/articles?replace=1", fixed.dump(), "application/json");
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, 200) << res->body;
    EXPECT_EQ(Get(s, path)["headline"], "Crack found in Brenmoor dam");
    EXPECT_EQ(Get(s, path)["open"], !close_first);
    EXPECT_EQ(Get(s, "/stories")["stories"][0]["headline"], "Crack found in Brenmoor dam");
    EXPECT_EQ(s.Terminate(), 0) << s.log();
  }
  ServerProcess again(dir + "/db.sqlite", flags);
  ASSERT_GT(again.port(), 0) << again.log();
  EXPECT_EQ(Get(again, "/stories/" + std::to_string(story))["headline"],
            "Crack found in Brenmoor dam");
  EXPECT_EQ(again.Terminate(), 0) << again.log();
}

TEST(ServeApi, ReplacedTitleBecomesTheStorysHeadline) {
  CheckReplacedTitleBecomesHeadline(testing::TempDir("retitle"), false);
}

TEST(ServeApi, ReplacedTitleBecomesTheClosedStorysHeadline) {
  CheckReplacedTitleBecomesHeadline(testing::TempDir("retitle_closed"), true);
}

TEST(ServeApi, SampleEndToEnd) {
  const std::string dir = testing::TempDir("e2e");
  ServerProcess s(dir + "/db.sqlite");
  ASSERT_GT(s.port(), 0) << s.log();
  const std::string sample = ReadSample();
  auto res = s.client().Post("/articles", sample, "application/x-ndjson");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  const json posted = json::parse(res->body);
  ASSERT_EQ(posted["articles"].size(), 12u);
  EXPECT_EQ(posted["added"], 12);
  size_t duplicates = 0;
  for (const json& a : posted["articles"]) {
    EXPECT_GT(a["story"].get<uint64_t>(), 0u) << a;
    duplicates += a["duplicate"].get<bool>();
  }
  EXPECT_GE(duplicates, 1u);  // the sample has a wire copy

  // The same batch again is a no-op.
  res = s.client().Post("/articles", sample, "application/x-ndjson");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200);
  const json again = json::parse(res->body);  // named: a temporary would die before the loop
  for (const json& a : again["articles"]) EXPECT_EQ(a["status"], "unchanged");

  ASSERT_TRUE(SummariesCaughtUp(s));
  // The list is published again just after the summaries are stored (their ledes).
  json list;
  for (int poll = 0; poll < 100; ++poll) {
    list = Get(s, "/stories?limit=100");
    if (std::all_of(list["stories"].begin(), list["stories"].end(),
                    [](const json& b) { return b["lede"].is_object(); })) {
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  ASSERT_GE(list["stories"].size(), 3u);
  EXPECT_TRUE(list["next_cursor"].is_null());
  // Newest first.
  for (size_t i = 1; i < list["stories"].size(); ++i) {
    EXPECT_GE(list["stories"][i - 1]["last_date"].get<std::string>(),
              list["stories"][i]["last_date"].get<std::string>());
  }
  // Pages of one story cover the same stories, each once.
  std::vector<uint64_t> paged;
  std::string cursor;
  for (int page = 0; page < 50; ++page) {
    const json p = Get(s, "/stories?limit=1" + (cursor.empty() ? "" : "&cursor=" + cursor));
    for (const json& st : p["stories"]) paged.push_back(st["id"]);
    if (p["next_cursor"].is_null()) break;
    cursor = p["next_cursor"];
  }
  std::vector<uint64_t> all;
  for (const json& st : list["stories"]) all.push_back(st["id"]);
  EXPECT_EQ(paged, all);

  // Every story: its articles, and summary sentences that are exactly their
  // source spans, with character offsets for the page.
  size_t sentences_after_non_ascii = 0;
  std::set<std::string> seen_articles;
  for (const json& brief : list["stories"]) {
    const json st = Get(s, "/stories/" + std::to_string(brief["id"].get<uint64_t>()));
    ASSERT_TRUE(st["summary"].is_object()) << st;
    EXPECT_TRUE(st["summary"]["current"].get<bool>());
    EXPECT_FALSE(st["timeline"].empty());
    for (const json& a : st["articles"]) seen_articles.insert(a["id"]);
    // The list shows the summary's first sentence as the story's lede.
    ASSERT_FALSE(st["summary"]["sentences"].empty()) << st;
    const json& first = st["summary"]["sentences"][0];
    json lede = json::object();
    for (const char* key : {"text", "doc_id", "char_begin", "char_end", "lang"}) {
      if (first.contains(key)) lede[key] = first[key];
    }
    EXPECT_EQ(brief["lede"], lede) << brief;
    for (const json& sent : st["summary"]["sentences"]) {
      const json art = Get(s, "/articles/" + sent["doc_id"].get<std::string>());
      const std::string text = art["text"];
      const size_t b = sent["begin"], e = sent["end"];
      ASSERT_LE(e, text.size());
      EXPECT_EQ(text.substr(b, e - b), sent["text"].get<std::string>());
      EXPECT_EQ(sent["char_begin"].get<size_t>(), Utf16Units(text.substr(0, b)));
      EXPECT_EQ(sent["char_end"].get<size_t>(), Utf16Units(text.substr(0, e)));
      // Every sentence carries its spans; the service does not compress, so one span each.
      EXPECT_EQ(sent["spans"], json::array({json::array({b, e})})) << sent;
      EXPECT_EQ(sent["char_spans"], json::array({json::array({sent["char_begin"], sent["char_end"]})}))
          << sent;
      if (Utf16Units(text.substr(0, b)) != b) ++sentences_after_non_ascii;
    }
  }
  EXPECT_EQ(seen_articles.size(), 12u);
  EXPECT_GT(sentences_after_non_ascii, 0u);  // the em-dash datelines

  // A later write publishes the list again: the stories keep their ledes (the list carries
  // over those it holds and reads only new stories'). Dated as the latest story, so that it
  // closes none (a close can merge one story into another).
  res = s.client().Post(
      "/articles",
      R"({"id":"late-1","date":"2024-05-22","text":"Glassblowers in Ormsby opened a new )"
      R"(studio beside the old harbour on Tuesday, with twelve furnaces."})",
      "application/json");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  const json after = Get(s, "/stories?limit=100");
  std::map<uint64_t, json> ledes_before;
  for (const json& b : list["stories"]) ledes_before[b["id"].get<uint64_t>()] = b["lede"];
  size_t kept = 0;
  for (const json& b : after["stories"]) {
    const auto it = ledes_before.find(b["id"].get<uint64_t>());
    if (it == ledes_before.end()) continue;
    EXPECT_EQ(b["lede"], it->second) << b;
    ++kept;
  }
  EXPECT_EQ(kept, ledes_before.size()) << after;

  const json search = Get(s, "/search?q=spillway%20crack");
  ASSERT_FALSE(search["results"].empty());
  for (const json& h : search["results"]) {
    EXPECT_GT(h["story"].get<uint64_t>(), 0u);
    EXPECT_FALSE(h["highlights"].empty());
  }
  const json narrowed = Get(s, "/stories?q=spillway");
  EXPECT_GE(narrowed["stories"].size(), 1u);
  EXPECT_LT(narrowed["stories"].size(), list["stories"].size());
  const json dated = Get(s, "/stories?from=2024-05-01&to=2024-05-31");
  EXPECT_GE(dated["stories"].size(), 1u);
  EXPECT_LT(dated["stories"].size(), list["stories"].size());

  // Same id, other text: 409, unless replaced.
  const std::string changed = R"({"id":"courier-2024-0311-dam","text":"Other text about dams."})";
  res = s.client().Post("/articles", changed, "application/json");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 409);
  EXPECT_EQ(json::parse(res->body)["error"], "conflict");
  res = s.client().Post("/articles?replace=1", changed, "application/json");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_EQ(json::parse(res->body)["articles"][0]["status"], "replaced");
  EXPECT_EQ(Get(s, "/articles/courier-2024-0311-dam")["text"], "Other text about dams.");

  EXPECT_EQ(Get(s, "/health")["status"], "ok");
  res = s.client().Get("/metrics");
  ASSERT_TRUE(res);
  for (const char* name : {"precis_http_requests_total{route=\"post_articles\",code=\"200\"}",
                           "precis_http_request_duration_seconds_bucket", "precis_open_stories",
                           "precis_articles_ingested_total 13", "precis_summary_lag_seconds",
                           "precis_database_bytes"}) {
    EXPECT_NE(res->body.find(name), std::string::npos) << name;
  }
  res = s.client().Get("/");
  ASSERT_TRUE(res);
  EXPECT_NE(res->body.find("<script src=\"app.js\">"), std::string::npos);
  // Each file of the page with its own media type (app.js was once sent as text/css).
  for (const auto& [path, type] : std::vector<std::pair<std::string, std::string>>{
           {"/", "text/html; charset=utf-8"},
           {"/index.html", "text/html; charset=utf-8"},
           {"/app.css", "text/css; charset=utf-8"},
           {"/app.js", "text/javascript; charset=utf-8"}}) {
    res = s.client().Get(path);
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->status, 200) << path;
    EXPECT_EQ(res->get_header_value("Content-Type"), type) << path;
  }
  EXPECT_EQ(s.Terminate(), 0) << s.log();
}

// Search finds words of scripts written without spaces inside running text (the index uses
// precis's word tokenizer, not FTS5's unicode61, which made a whole clause one token), and
// dotted abbreviations as the articles write them.
TEST(ServeApi, SearchFindsWordsInEveryScript) {
  const std::string dir = testing::TempDir("search_scripts");
  ServerProcess s(dir + "/db.sqlite");
  ASSERT_GT(s.port(), 0) << s.log();
  const std::string body =
      R"({"id":"zh","text":"临河市昨日遭遇特大暴雨，城区多处道路积水严重。市防汛指挥部已启动二级应急响应。"})"
      "\n"
      R"({"id":"ja","text":"大型の台風七号は三日朝、南島市の沖を北へ進んでいる。南島空港では全便が欠航となった。"})"
      "\n"
      R"({"id":"th","text":"ฝนตกหนักทำให้เกิดน้ำท่วมในจังหวัดสมุทรปราการ เจ้าหน้าที่เร่งระบายน้ำ"})"
      "\n"
      R"({"id":"en","text":"The U.S. Army sent engineers to the Brenmoor dam on Monday."})";
  auto res = s.client().Post("/articles", body, "application/x-ndjson");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  for (const auto& [query, id] : std::vector<std::pair<std::string, std::string>>{
           {"%E6%9A%B4%E9%9B%A8", "zh"},                                               // 暴雨
           {"%E7%A9%BA%E6%B8%AF", "ja"},                                               // 空港
           {"%E0%B8%99%E0%B9%89%E0%B8%B3%E0%B8%97%E0%B9%88%E0%B8%A7%E0%B8%A1", "th"},  // น้ำท่วม
           {"U.S.", "en"},
           {"army", "en"}}) {
    SCOPED_TRACE(query);
    const json found = Get(s, "/search?q=" + query);
    ASSERT_EQ(found["results"].size(), 1u) << found.dump();
    EXPECT_EQ(found["results"][0]["article"], id);
    EXPECT_FALSE(found["results"][0]["highlights"].empty());
  }
  EXPECT_TRUE(Get(s, "/search?q=%E5%9C%B0%E9%9C%87")["results"].empty());  // 地震: not there
  // Each article gives the BCP 47 tag of its language for the page's lang attribute (its
  // script's here: none of them has a language field); Latin script alone tells none.
  EXPECT_EQ(Get(s, "/articles/ja")["lang"], "ja");
  EXPECT_EQ(Get(s, "/articles/zh")["lang"], "zh");
  EXPECT_EQ(Get(s, "/articles/th")["lang"], "th");
  EXPECT_FALSE(Get(s, "/articles/en").contains("lang"));
  ASSERT_TRUE(SummariesCaughtUp(s));
  const json story =
      Get(s, "/stories/" + std::to_string(Get(s, "/articles/ja")["story"].get<int>()));
  ASSERT_TRUE(story["summary"].is_object()) << story.dump();
  ASSERT_FALSE(story["summary"]["sentences"].empty()) << story.dump();
  for (const json& sentence : story["summary"]["sentences"]) EXPECT_EQ(sentence["lang"], "ja");
  EXPECT_EQ(s.Terminate(), 0) << s.log();
}

// A "quoted phrase" finds its words next to each other and in order (the service trial: quotes
// had no meaning, so "transit workers" also found workers of a transit agency); the same words
// unquoted find both, in /search and in /stories?q=.
TEST(ServeApi, SearchQuotedPhrase) {
  const std::string dir = testing::TempDir("search_phrase");
  ServerProcess s(dir + "/db.sqlite");
  ASSERT_GT(s.port(), 0) << s.log();
  const std::string body =
      R"({"id":"walkout","text":"The city's transit workers walked out on Tuesday morning."})"
      "\n"
      R"({"id":"vote","text":"Workers at the regional transit agency voted to accept the offer."})";
  auto res = s.client().Post("/articles", body, "application/x-ndjson");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  const json words = Get(s, "/search?q=transit%20workers");
  EXPECT_EQ(words["results"].size(), 2u) << words.dump();
  const json phrase = Get(s, "/search?q=%22transit%20workers%22");
  ASSERT_EQ(phrase["results"].size(), 1u) << phrase.dump();
  EXPECT_EQ(phrase["results"][0]["article"], "walkout");
  // Inflected forms still match inside a phrase ("transit worker" finds "transit workers").
  EXPECT_EQ(Get(s, "/search?q=%22transit%20worker%22")["results"].size(), 1u);
  EXPECT_TRUE(Get(s, "/search?q=%22workers%20transit%22")["results"].empty());
  EXPECT_EQ(Get(s, "/stories?q=%22transit%20workers%22")["stories"].size(), 1u);
  EXPECT_EQ(s.Terminate(), 0) << s.log();
}

// The index stems each word by its script's language: an inflected form finds the others
// (the trial's "Москве" found nothing for "Москва"), in titles as in texts.
TEST(ServeApi, SearchFindsOtherFormsOfAWord) {
  const std::string dir = testing::TempDir("search_stems");
  ServerProcess s(dir + "/db.sqlite");
  ASSERT_GT(s.port(), 0) << s.log();
  const std::string body =
      R"({"id":"ru","text":"В Москве открылась новая станция метро. Пассажиры довольны."})"
      "\n"
      R"({"id":"en","title":"Rivers flooded","text":"Heavy rain caused floods across the valley."})";
  auto res = s.client().Post("/articles", body, "application/x-ndjson");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  for (const auto& [query, id] : std::vector<std::pair<std::string, std::string>>{
           {"%D0%9C%D0%BE%D1%81%D0%BA%D0%B2%D0%B0", "ru"},        // Москва
           {"%D1%81%D1%82%D0%B0%D0%BD%D1%86%D0%B8%D0%B8", "ru"},  // станции
           {"flood", "en"},
           {"flooding", "en"}}) {
    SCOPED_TRACE(query);
    const json found = Get(s, "/search?q=" + query);
    ASSERT_EQ(found["results"].size(), 1u) << found.dump();
    EXPECT_EQ(found["results"][0]["article"], id);
    EXPECT_FALSE(found["results"][0]["highlights"].empty()) << found.dump();
  }
  const json title = Get(s, "/search?q=river");  // "Rivers" is in the title only
  ASSERT_EQ(title["results"].size(), 1u) << title.dump();
  EXPECT_EQ(title["results"][0]["article"], "en");
  EXPECT_TRUE(Get(s, "/search?q=drought")["results"].empty());
  EXPECT_EQ(s.Terminate(), 0) << s.log();
}

// Accents, a Turkish suffix after an apostrophe and the parts of a long Chinese word (the
// multilingual trial: "greve" missed "grève", "istanbul" missed "İstanbul'da", "四川" missed
// "四川省"); a query of the whole word still finds only the whole word.
TEST(ServeApi, SearchFoldsAccentsAndFindsPartsOfWords) {
  const std::string dir = testing::TempDir("search_parts");
  ServerProcess s(dir + "/db.sqlite");
  ASSERT_GT(s.port(), 0) << s.log();
  const std::string body =
      R"({"id":"fr","text":"La grève nationale a paralysé les transports mardi."})"
      "\n"
      R"({"id":"tr","text":"İstanbul'da pazartesi sabahı bir deprem oldu."})"
      "\n"
      R"({"id":"zh","text":"3月10日凌晨，四川省甘孜州发生地震。"})"
      "\n"
      R"({"id":"zh2","text":"四川的救援队已经出发。"})"
      "\n"
      R"({"id":"ko","text":"부산에서는 지하철이 멈췄다."})"
      "\n"
      R"({"id":"he","text":"הרכבת בחיפה נעצרה."})"
      "\n"
      R"({"id":"th","text":"ฝนตกหนักในกรุงเทพฯ เมื่อคืนนี้"})";
  auto res = s.client().Post("/articles", body, "application/x-ndjson");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  for (const auto& [query, ids] : std::vector<std::pair<std::string, std::set<std::string>>>{
           {"greve", {"fr"}},
           {"gr%C3%A8ve", {"fr"}},  // grève
           {"paralyse", {"fr"}},
           {"istanbul", {"tr"}},
           {"%C4%B0stanbul", {"tr"}},                                                   // İstanbul
           {"%E5%9B%9B%E5%B7%9D", {"zh", "zh2"}},                                       // 四川
           {"%E5%9B%9B%E5%B7%9D%E7%9C%81", {"zh"}},                                     // 四川省
           {"%EC%A7%80%ED%95%98%EC%B2%A0", {"ko"}},                                     // 지하철
           {"%EB%B6%80%EC%82%B0", {"ko"}},                                              // 부산
           {"%D7%97%D7%99%D7%A4%D7%94", {"he"}},                                        // חיפה
           {"%E0%B8%81%E0%B8%A3%E0%B8%B8%E0%B8%87%E0%B9%80%E0%B8%97%E0%B8%9E", {"th"}}  // กรุงเทพ
       }) {
    SCOPED_TRACE(query);
    const json found = Get(s, "/search?q=" + query);
    std::set<std::string> got;
    for (const json& h : found["results"]) {
      got.insert(h["article"].get<std::string>());
      EXPECT_FALSE(h["highlights"].empty()) << found.dump();
    }
    EXPECT_EQ(got, ids) << found.dump();
  }
  EXPECT_EQ(s.Terminate(), 0) << s.log();
}

// Search results come in pages, as /stories do: next_cursor until the last page.
TEST(ServeApi, SearchPages) {
  const std::string dir = testing::TempDir("search_pages");
  ServerProcess s(dir + "/db.sqlite");
  ASSERT_GT(s.port(), 0) << s.log();
  std::string body;
  for (int i = 0; i < 5; ++i) {
    body += R"({"id":"f)" + std::to_string(i) + R"(","date":"2024-05-0)" + std::to_string(i + 1) +
            R"(","source":"Valley Post","text":"The river flooded the town of )" +
            std::string(1, static_cast<char>('A' + i)) + "ville on Monday.\"}\n";
  }
  auto res = s.client().Post("/articles", body, "application/x-ndjson");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  std::set<std::string> seen;
  std::string cursor;
  std::vector<size_t> sizes;
  for (int page = 0; page < 10; ++page) {
    const json p = Get(s, "/search?q=flood&limit=2" + (cursor.empty() ? "" : "&cursor=" + cursor));
    sizes.push_back(p["results"].size());
    for (const json& h : p["results"]) {
      seen.insert(h["article"].get<std::string>());
      // Each hit says when and where it was published (a trial missed the date).
      EXPECT_EQ(h["source"], "Valley Post");
      EXPECT_EQ(h["date"].get<std::string>().substr(0, 9), "2024-05-0");
    }
    if (p["next_cursor"].is_null()) break;
    cursor = p["next_cursor"].get<std::string>();
  }
  EXPECT_EQ(sizes, (std::vector<size_t>{2, 2, 1}));
  EXPECT_EQ(seen.size(), 5u);
  EXPECT_EQ(Get(s, "/search?q=flood&cursor=abc", 400)["field"], "cursor");
  EXPECT_EQ(Get(s, "/search?q=flood&cursor=99999999", 400)["field"], "cursor");
  EXPECT_EQ(s.Terminate(), 0) << s.log();
}

// An article's author and language are stored and given back, also after a restart (the
// language chooses the stemmer when the service rebuilds its stories and summarizes them).
TEST(ServeApi, AuthorAndLanguageAreKept) {
  const std::string dir = testing::TempDir("author_language");
  const std::string body =
      R"({"id":"a1","author":"Ana Ruiz","language":"es","text":"El río Tajo se desbordó el lunes en Toledo."})";
  {
    ServerProcess s(dir + "/db.sqlite");
    ASSERT_GT(s.port(), 0) << s.log();
    auto res = s.client().Post("/articles", body, "application/json");
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, 200) << res->body;
    // The same article with another author is other content.
    std::string other = body;
    other.replace(other.find("Ana Ruiz"), 8, "Luis Gil");
    res = s.client().Post("/articles", other, "application/json");
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 409) << res->body;
    EXPECT_EQ(s.Terminate(), 0) << s.log();
  }
  ServerProcess s(dir + "/db.sqlite");
  ASSERT_GT(s.port(), 0) << s.log();
  const json a = Get(s, "/articles/a1");
  EXPECT_EQ(a["author"], "Ana Ruiz") << a.dump();
  EXPECT_EQ(a["language"], "es") << a.dump();
  auto res = s.client().Post("/articles", body, "application/json");
  ASSERT_TRUE(res);
  EXPECT_NE(res->body.find("unchanged"), std::string::npos) << res->body;
  EXPECT_EQ(s.Terminate(), 0) << s.log();
}

// The stories of one post do not depend on the order of its lines: a feed grouped by
// outlet or event is clustered in date order, as `precis cluster` sorts a file (the trial's
// strike split into four stories when posted grouped by event), and the answer says so. An
// article dated before earlier posts' articles is placed as it comes, with a warning.
TEST(ServeApi, APostIsClusteredInDateOrder) {
  const std::string dir = testing::TempDir("post_order");
  std::vector<std::string> lines;
  {
    std::istringstream in(ReadSample());
    for (std::string line; std::getline(in, line);) {
      if (!line.empty()) lines.push_back(line);
    }
  }
  std::string reversed;
  for (auto it = lines.rbegin(); it != lines.rend(); ++it) reversed += *it + "\n";
  auto stories = [](ServerProcess& s) {
    auto res = s.client().Post("/flush", "", "text/plain");
    EXPECT_TRUE(res && res->status == 200);
    std::set<std::set<std::string>> out;
    const json list = Get(s, "/stories?limit=100");
    EXPECT_FALSE(list["stories"].empty()) << list.dump();
    for (const json& brief : list["stories"]) {
      std::set<std::string> ids;
      const json story = Get(s, "/stories/" + std::to_string(brief["id"].get<uint64_t>()));
      for (const json& a : story["articles"]) ids.insert(a["id"].get<std::string>());
      out.insert(ids);
    }
    return out;
  };
  ServerProcess in_order(dir + "/in_order.sqlite");
  ServerProcess backwards(dir + "/backwards.sqlite");
  ASSERT_GT(in_order.port(), 0) << in_order.log();
  ASSERT_GT(backwards.port(), 0) << backwards.log();
  auto res = in_order.client().Post("/articles", ReadSample(), "application/x-ndjson");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_FALSE(json::parse(res->body).contains("warnings")) << res->body;
  res = backwards.client().Post("/articles", reversed, "application/x-ndjson");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  const json answer = json::parse(res->body);
  ASSERT_TRUE(answer.contains("warnings")) << res->body;
  EXPECT_NE(answer["warnings"][0].get<std::string>().find("out of date order in this post"),
            std::string::npos);
  // The answer stays in the posted order.
  const json first = json::parse(lines.back());
  EXPECT_EQ(answer["articles"][0]["id"], first["id"]);
  const auto expected = stories(in_order);
  EXPECT_GT(expected.size(), 1u);
  EXPECT_EQ(stories(backwards), expected);
  // An article older than what is stored comes late: placed, with a warning.
  res = in_order.client().Post(
      "/articles",
      R"({"id":"late-1","date":"2001-01-01","text":"An old report about the river and the dam."})",
      "application/json");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_NE(res->body.find("dated before articles of earlier posts"), std::string::npos)
      << res->body;
  EXPECT_EQ(in_order.Terminate(), 0) << in_order.log();
  EXPECT_EQ(backwards.Terminate(), 0) << backwards.log();
}

// What a crawler's odd records and a client's odd parameters get: a date the service cannot
// read is named in the answer's warnings; the timeline counts UTC days of the parsed dates
// (an RFC 5322 date used to make a day "Fri, 07 Ma"); ?replace=yes and an inverted date range
// are 400s, not a silent no.
TEST(ServeApi, DatesAndParametersAreChecked) {
  const std::string dir = testing::TempDir("dates_params");
  ServerProcess s(dir + "/db.sqlite");
  ASSERT_GT(s.port(), 0) << s.log();
  const std::string body =
      R"({"id":"d1","date":"2025-03-07T14:30:00+02:00","text":"A crane collapsed at the Marston harbour on Friday, the port authority said."})"
      "\n"
      R"({"id":"d2","date":"Fri, 07 Mar 2025 10:00:00 GMT","text":"The port authority of Marston opened an inquiry into the crane collapse at the harbour."})"
      "\n"
      R"({"id":"d3","date":"March 5, 2025","text":"Marston harbour workers said the crane had been inspected in January before the collapse."})"
      "\n";
  auto res = s.client().Post("/articles", body, "application/x-ndjson");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  const json answer = json::parse(res->body);
  ASSERT_TRUE(answer.contains("warnings")) << answer.dump();
  bool named = false;
  for (const json& w : answer["warnings"]) {
    named = named || (w.get<std::string>().find("'d3'") != std::string::npos &&
                      w.get<std::string>().find("ISO 8601") != std::string::npos);
  }
  EXPECT_TRUE(named) << answer.dump();
  const uint64_t story = answer["articles"][0]["story"];
  EXPECT_EQ(answer["articles"][1]["story"], story) << answer.dump();
  const json st = Get(s, "/stories/" + std::to_string(story));
  EXPECT_EQ(st["timeline"], json::parse(R"([{"date":"2025-03-07","articles":2}])")) << st.dump();
  // The first and last dates as given, and the same instants in one form (UTC).
  EXPECT_EQ(st["first_date"], "Fri, 07 Mar 2025 10:00:00 GMT") << st.dump();
  EXPECT_EQ(st["first_utc"], "2025-03-07T10:00:00Z") << st.dump();
  EXPECT_EQ(st["last_utc"], "2025-03-07T12:30:00Z") << st.dump();

  res = s.client().Post("/articles?replace=yes", body, "application/x-ndjson");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 400) << res->body;
  EXPECT_NE(res->body.find("parameter 'replace'"), std::string::npos) << res->body;
  // A conflict inside a batch names its line, as a 400 about the body does.
  res = s.client().Post("/articles",
                        R"({"id":"new","text":"Another crane was checked at the harbour."})"
                        "\n"
                        R"({"id":"d1","text":"Other text under an id already stored."})"
                        "\n",
                        "application/x-ndjson");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 409) << res->body;
  EXPECT_EQ(json::parse(res->body)["line"], 2) << res->body;
  const json inverted = Get(s, "/stories?from=2025-03-10&to=2025-03-01", 400);
  EXPECT_EQ(inverted["field"], "from") << inverted.dump();
  Get(s, "/stories?from=2025-03-07&to=2025-03-07");  // one day is a range
  EXPECT_EQ(s.Terminate(), 0) << s.log();
}

// --language: a German feed's story terms are words, not German stopwords ("die", "der" were
// terms under the English default); the database keeps its language across restarts.
TEST(ServeApi, LanguageOfTheFeed) {
  const std::string dir = testing::TempDir("language");
  const std::string body =
      R"({"id":"de1","date":"2025-03-01","text":"Die Feuerwehr der Stadt Lindau hat in der Nacht die Flut am Bodensee bekämpft. Die Helfer der Feuerwehr arbeiteten bis zum Morgen."})"
      "\n"
      R"({"id":"de2","date":"2025-03-01T09:00","text":"In Lindau am Bodensee hat die Feuerwehr die Flut der Nacht eingedämmt. Der Pegel des Sees sank am Morgen."})"
      "\n";
  {
    ServerProcess s(dir + "/db.sqlite", {"--language", "de"});
    ASSERT_GT(s.port(), 0) << s.log();
    auto res = s.client().Post("/articles", body, "application/x-ndjson");
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, 200) << res->body;
    const json answer = json::parse(res->body);
    const json st = Get(s, "/stories/" + std::to_string(answer["articles"][0]["story"].get<int>()));
    ASSERT_FALSE(st["terms"].empty()) << st.dump();
    for (const json& t : st["terms"]) {
      EXPECT_NE(t, "die") << st.dump();
      EXPECT_NE(t, "der") << st.dump();
    }
    // The index stems German words as German: "Feuerwehren" and "Helfers" find the articles,
    // "Bodensees" both of them (English stems left "feuerwehren" whole).
    for (const auto& [query, hits] : std::vector<std::pair<std::string, size_t>>{
             {"Feuerwehren", 2}, {"Helfers", 1}, {"Bodensees", 2}, {"Fluten", 2}}) {
      const json found = Get(s, "/search?q=" + query);
      EXPECT_EQ(found["results"].size(), hits) << query << ": " << found.dump();
      for (const json& h : found["results"]) EXPECT_FALSE(h["highlights"].empty()) << query;
    }
    EXPECT_EQ(s.Terminate(), 0) << s.log();
  }
  {
    // Restarted with its language: the index is not made again, and search still works.
    ServerProcess s(dir + "/db.sqlite", {"--language", "de"});
    ASSERT_GT(s.port(), 0) << s.log();
    EXPECT_EQ(Get(s, "/search?q=Feuerwehren")["results"].size(), 2u);
    EXPECT_EQ(s.Terminate(), 0) << s.log();
  }
  const testing::RunResult r =
      testing::RunPrecis("serve --db " + dir + "/db.sqlite --listen 127.0.0.1:0");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("language = de, not en"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("--language"), std::string::npos) << r.err;
}

// --mode topic (and the other clustering flags of `precis cluster`): an archive's articles on
// one subject a month apart make one story, where event mode closes the first story before
// the second article comes; the database keeps the options it was made with.
TEST(ServeApi, ClusteringModeOfTheFeed) {
  const std::string dir = testing::TempDir("mode");
  const std::string body =
      R"({"id":"m1","date":"2025-03-01","text":"Floodwater from the Lisle River covered the lower town of Caldwick on Saturday. The Lisle River crested at nine metres and Caldwick closed its bridges."})"
      "\n"
      R"({"id":"m2","date":"2025-04-02","text":"A month after the Lisle River flood, Caldwick reopened its bridges. The river flood had closed the lower town of Caldwick for weeks."})"
      "\n";
  for (const char* mode : {"event", "topic"}) {
    ServerProcess s(dir + "/" + mode + ".db", {"--mode", mode});
    ASSERT_GT(s.port(), 0) << s.log();
    auto res = s.client().Post("/articles", body, "application/x-ndjson");
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, 200) << res->body;
    const json answer = json::parse(res->body);
    const bool one_story = answer["articles"][0]["story"] == answer["articles"][1]["story"];
    EXPECT_EQ(one_story, std::string(mode) == "topic") << mode << ": " << answer.dump();
    EXPECT_EQ(s.Terminate(), 0) << s.log();
  }
  const testing::RunResult r =
      testing::RunPrecis("serve --db " + dir + "/topic.db --listen 127.0.0.1:0");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("decay_half_life_hours = 0, not 72"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("--mode"), std::string::npos) << r.err;
  ServerProcess again(dir + "/topic.db", {"--mode", "topic"});
  EXPECT_GT(again.port(), 0) << again.log();
  EXPECT_EQ(again.Terminate(), 0) << again.log();
}

TEST(ServeApi, TokenGuardsWritesAndReads) {
  const std::string dir = testing::TempDir("token");
  std::ofstream(dir + "/token") << "s3cret\n";
  ServerProcess s(dir + "/db.sqlite", {"--token-file", dir + "/token"});
  ASSERT_GT(s.port(), 0) << s.log();
  const std::string one = R"({"id":"a","text":"The dam held."})";
  auto res = s.client().Post("/articles", one, "application/json");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 401);
  EXPECT_EQ(json::parse(res->body)["error"], "unauthorized");
  EXPECT_EQ(s.client().Get("/stories")->status, 401);
  EXPECT_EQ(s.client().Get("/health")->status, 200);
  httplib::Headers auth = {{"Authorization", "Bearer s3cret"}};
  EXPECT_EQ(s.client().Post("/articles", auth, one, "application/json")->status, 200);
  EXPECT_EQ(s.client().Get("/stories", auth)->status, 200);
  // The scheme name is case-insensitive; the token is not.
  EXPECT_EQ(s.client().Get("/stories", {{"Authorization", "bearer s3cret"}})->status, 200);
  EXPECT_EQ(s.client().Get("/stories", {{"Authorization", "BEARER s3cret"}})->status, 200);
  EXPECT_EQ(s.client().Get("/stories", {{"Authorization", "Bearer S3CRET"}})->status, 401);
  EXPECT_EQ(s.client().Get("/stories", {{"Authorization", "Bearers3cret"}})->status, 401);
  EXPECT_EQ(s.Terminate(), 0);

  // A non-loopback address without a token is refused at start (a usage error).
  const testing::RunResult r = testing::RunPrecis("serve --db " + dir + "/x.db --listen 0.0.0.0:0");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--token-file"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace precis
