// The service's summaries leave out sentences pasted from another open story, as `precis
// digest` does, also when that story is not summarized in the same round: its articles were
// posted and summarized before the padded article came.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "server_process.h"
#include "testing/run.h"

namespace precis {
namespace {

using nlohmann::json;
using testing::ServerProcess;
using testing::SummariesCaughtUp;

const char* kPasted =
    "Messi lifted the trophy in Berlin as Barcelona won its fifth European football title.";

std::string Article(const std::string& id, const std::string& text) {
  return json({{"id", id}, {"date", "2024-06-01"}, {"text", text}}).dump() + "\n";
}

// Posts the football story, waits for its summary, then the earthquake story whose first
// article starts with a sentence pasted from the football story; returns the earthquake
// story's summary as served by GET /stories/{id}.
json QuakeSummary(const std::vector<std::string>& flags) {
  const std::string dir = testing::TempDir("offtopic");
  ServerProcess s(dir + "/db.sqlite", flags);
  EXPECT_GT(s.port(), 0) << s.log();
  if (s.port() <= 0) return json();
  const std::string football =
      Article("f1",
              "Barcelona won the European football final on Saturday, beating Juventus two "
              "goals to one in Berlin. Messi scored the winning goal in the second half.") +
      Article("f2",
              "Fans of Barcelona celebrated in the streets after the final against Juventus. "
              "Messi lifted the trophy in Berlin as the football club won its fifth European "
              "title.");
  auto res = s.client().Post("/articles", football, "application/x-ndjson");
  EXPECT_TRUE(res && res->status == 200);
  EXPECT_TRUE(SummariesCaughtUp(s));
  const std::string quake =
      Article("q1", std::string(kPasted) +
                        " A strong earthquake struck central Chile on Monday, killing at least "
                        "twelve people in the port city of Valparaiso. Rescue teams searched the "
                        "rubble of collapsed buildings for survivors. The earthquake damaged "
                        "roads and bridges across central Chile. Officials in Valparaiso said the "
                        "death toll could rise as rescue teams reach remote villages. Chile's "
                        "president promised aid for the families left homeless by the "
                        "earthquake.") +
      Article("q2",
              "Rescue teams in Chile pulled survivors from collapsed buildings after the "
              "earthquake. The death toll in Valparaiso rose to twenty, officials said on "
              "Tuesday.") +
      Article("q3",
              "Aftershocks rattled Valparaiso as Chile counted the damage from the earthquake. "
              "Thousands of residents slept outside, fearing their homes would collapse.");
  res = s.client().Post("/articles", quake, "application/x-ndjson");
  EXPECT_TRUE(res && res->status == 200);
  if (!res || res->status != 200) return json();
  const json posted = json::parse(res->body);
  const uint64_t story = posted["articles"][0]["story"];
  EXPECT_EQ(posted["articles"][1]["story"], story);
  EXPECT_EQ(posted["articles"][2]["story"], story);
  EXPECT_TRUE(SummariesCaughtUp(s));
  res = s.client().Get("/stories/" + std::to_string(story));
  EXPECT_TRUE(res && res->status == 200);
  if (!res) return json();
  const json j = json::parse(res->body);
  EXPECT_EQ(j["articles"].size(), 3u);
  EXPECT_TRUE(j["open"].get<bool>());
  return j["summary"];
}

TEST(ServeOffTopic, SentencePastedFromAnotherOpenStoryIsLeftOut) {
  const json summary = QuakeSummary({"--flush-seconds", "0"});
  ASSERT_TRUE(summary.is_object()) << summary;
  EXPECT_EQ(summary["off_topic_sentences"], 1) << summary;
  // The sentence itself is listed, with character offsets for the page's link.
  ASSERT_EQ(summary["off_topic"].size(), 1u) << summary;
  EXPECT_NE(summary["off_topic"][0]["text"].get<std::string>().find("Messi"), std::string::npos);
  EXPECT_TRUE(summary["off_topic"][0].contains("char_begin")) << summary;
  ASSERT_FALSE(summary["sentences"].empty()) << summary;
  for (const json& s : summary["sentences"]) {
    EXPECT_EQ(s["text"].get<std::string>().find("Messi"), std::string::npos) << s;
  }
}

TEST(ServeOffTopic, WithoutTheOpenStoriesTheSentenceIsNotFound) {
  // The setting that compares a round's stories only with each other: the football story was
  // summarized in an earlier round, so nothing marks the pasted sentence.
  const json summary = QuakeSummary({"--flush-seconds", "0", "--off-topic-context-articles", "0"});
  ASSERT_TRUE(summary.is_object()) << summary;
  EXPECT_EQ(summary["off_topic_sentences"], 0) << summary;
  EXPECT_EQ(summary["off_topic"], json::array()) << summary;
}

}  // namespace
}  // namespace precis
