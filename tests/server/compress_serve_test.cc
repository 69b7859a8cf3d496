// `precis serve --compress`: the service's summaries use compressive selection
// (the same SummarizeOptions::compress as `precis digest --compress`), and the
// API's "spans" and "char_spans" list the source bytes each sentence keeps.
// Without the flag every sentence is one span. Also: `--weights` with a bad
// file stops the server at start, naming the file.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "server_process.h"

namespace precis {
namespace {

using nlohmann::json;
using testing::ServerProcess;

// Three invented reports of one flood, written with the removable parts the
// rules cut: attribution tails (", officials said."), parentheticals.
std::string FloodArticles() {
  const char* texts[][4] = {
      {"flood-1", "2025-04-02", "Tarnby Flood Forces Thousands From Homes",
       "The Velka river rose four meters overnight and flooded the lower town "
       "of Tarnby, "
       "officials said. Rescue teams from three provinces evacuated about "
       "2,000 residents from "
       "the flooded streets, the regional emergency office said on Tuesday. "
       "The flood damaged "
       "the old stone bridge (built in 1820) and cut the main road to the "
       "capital. Schools in "
       "Tarnby will stay closed until the water falls, the mayor said."},
      {"flood-2", "2025-04-02", "Velka River Floods Tarnby",
       "The Velka river flooded the lower town of Tarnby after days of heavy "
       "rain, officials "
       "said. About 2,000 residents were evacuated from the flooded streets by "
       "rescue teams "
       "from three provinces, according to the emergency office. The old stone "
       "bridge (built "
       "in 1820) was damaged and the main road to the capital was cut. Farmers "
       "near Tarnby "
       "lost most of their spring crops to the flood, a farm union said."},
      {"flood-3", "2025-04-03", "Tarnby Counts Flood Damage",
       "Water began to fall in Tarnby on Wednesday after the Velka river "
       "flooded the lower "
       "town, officials said. The rescue teams from three provinces had "
       "evacuated about 2,000 "
       "residents from the flooded streets, the emergency office said. "
       "Engineers inspected the "
       "old stone bridge (built in 1820) and the cut main road to the capital "
       "on Wednesday. "
       "The government promised money to rebuild the lower town of Tarnby, the "
       "finance "
       "minister said."},
  };
  std::string out;
  for (const auto& t : texts) {
    out += json({{"id", t[0]},
                 {"date", t[1]},
                 {"title", t[2]},
                 {"source", "Invented Wire"},
                 {"text", t[3]}})
               .dump() +
           "\n";
  }
  return out;
}

// Posts the flood, waits for its summary and returns the summary's sentences,
// each checked to be the concatenation of its spans of the source article, its
// outer begin/end the first and last span's ends, its char_spans as many as its
// spans.
json SummarySentences(ServerProcess& s) {
  auto res = s.client().Post("/articles", FloodArticles(), "application/x-ndjson");
  EXPECT_TRUE(res && res->status == 200) << (res ? res->body : "no answer");
  EXPECT_TRUE(testing::SummariesCaughtUp(s));
  res = s.client().Get("/stories?limit=100");
  if (!res) return json();
  const json list = json::parse(res->body);
  EXPECT_EQ(list["stories"].size(), 1u) << list;
  if (list["stories"].empty()) return json();
  const std::string id = std::to_string(list["stories"][0]["id"].get<uint64_t>());
  const json story = json::parse(s.client().Get("/stories/" + id)->body);
  const json sentences = story["summary"]["sentences"];
  EXPECT_FALSE(sentences.empty()) << story;
  for (const json& sent : sentences) {
    const json art =
        json::parse(s.client().Get("/articles/" + sent["doc_id"].get<std::string>())->body);
    const std::string text = art["text"];
    std::string joined;
    for (const json& span : sent["spans"]) {
      const size_t b = span[0], e = span[1];
      EXPECT_LT(b, e);
      EXPECT_LE(e, text.size());
      joined += text.substr(b, e - b);
    }
    EXPECT_EQ(joined, sent["text"].get<std::string>()) << sent;
    EXPECT_EQ(sent["begin"], sent["spans"].front()[0]) << sent;
    EXPECT_EQ(sent["end"], sent["spans"].back()[1]) << sent;
    EXPECT_EQ(sent["char_spans"].size(), sent["spans"].size()) << sent;
  }
  return sentences;
}

TEST(ServeCompress, SummariesKeepOnlyTheirSpansWithTheFlag) {
  const std::string dir = testing::TempDir("compress");
  size_t cut = 0, said = 0;
  {
    ServerProcess s(dir + "/on.sqlite", {"--compress", "--summary-debounce-ms", "0"});
    ASSERT_GT(s.port(), 0) << s.log();
    for (const json& sent : SummarySentences(s)) {
      cut += sent["spans"].size() > 1;
      said += sent["text"].get<std::string>().find(" said") != std::string::npos;
    }
  }
  // Attribution tails are what the rules cut from this story: some sentence
  // lost one.
  EXPECT_GT(cut, 0u);
  EXPECT_EQ(said, 0u) << "an attribution tail was left in a compressed summary";
  ServerProcess s(dir + "/off.sqlite", {"--summary-debounce-ms", "0"});
  ASSERT_GT(s.port(), 0) << s.log();
  size_t tails = 0;
  for (const json& sent : SummarySentences(s)) {
    EXPECT_EQ(sent["spans"].size(), 1u) << sent;
    tails += sent["text"].get<std::string>().find(" said") != std::string::npos;
  }
  EXPECT_GT(tails, 0u) << "without --compress the tails stay";
}

TEST(ServeCompress, BadWeightsFileStopsTheServerNamingIt) {
  const std::string dir = testing::TempDir("weights");
  const std::string weights = dir + "/w.json";
  std::ofstream(weights) << R"({"format": "precis-weights", "version": 1, "generic": {}})";
  ServerProcess s(dir + "/db.sqlite", {"--weights", weights});
  EXPECT_EQ(s.port(), 0);
  EXPECT_EQ(s.Terminate(), 1);
  EXPECT_NE(s.log().find(weights), std::string::npos) << s.log();
  EXPECT_NE(s.log().find("generic.df_power"), std::string::npos) << s.log();
}

}  // namespace
}  // namespace precis
