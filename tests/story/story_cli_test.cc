// `precis cluster`, `precis digest` and `precis eval-cluster` through the built binary.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "story_texts.h"
#include "testing/run.h"

namespace precis {
namespace {

using testing::JsonLines;
using testing::RunPrecis;
using testing::RunResult;

std::string Line(const std::string& id, const std::string& date, const std::string& text) {
  nlohmann::json j = {{"id", id}, {"text", text}};
  if (!date.empty()) j["date"] = date;
  return j.dump() + "\n";
}

using story_texts::kFinal;
using story_texts::kQuake;

std::string Feed() {
  return Line("f1", "2010-03-02T10:00Z", kFinal[0]) +  // out of order: sorted by date
         Line("q1", "2010-02-27T08:00Z", kQuake[0]) + Line("q2", "", kQuake[1]) +  // no date
         Line("q3", "2010-02-28T08:00Z", kQuake[2]) +
         Line("q3", "2010-02-28T09:00Z", kQuake[2]) +  // repeated id: ingest renames it
         Line("e", "2010-02-28T09:00Z", "   ") +       // empty: skipped by ingest
         Line("f2", "2010-03-02T12:00Z", kFinal[1]);
}

TEST(StoryCli, HelpAndExitCodes) {
  for (const char* cmd : {"cluster", "digest", "eval-cluster"}) {
    EXPECT_EQ(RunPrecis(std::string(cmd) + " --help").exit_code, 0) << cmd;
  }
  EXPECT_EQ(RunPrecis("cluster --join 2 x.jsonl").exit_code, 2);
  EXPECT_EQ(RunPrecis("digest --format pdf x.jsonl").exit_code, 2);
  EXPECT_EQ(RunPrecis("eval-cluster --gold x").exit_code, 2);
  const RunResult r = RunPrecis("cluster /nonexistent/feed.jsonl");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("/nonexistent/feed.jsonl"), std::string::npos) << r.err;
  EXPECT_EQ(RunPrecis("eval-cluster --gold /nonexistent/g --pred /nonexistent/p").exit_code, 1);
}

TEST(StoryCli, ClusterReportsBadInputAndWritesStories) {
  const std::string feed = Feed();
  const RunResult r = RunPrecis("cluster --stats --input-format jsonl -", &feed);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto stories = JsonLines(r.out);
  ASSERT_EQ(stories.size(), 2u) << r.out;
  // Sorted by date: the quake (from Feb 27) comes first; q2 has no date and takes the time
  // of the article before it in the input (q1).
  EXPECT_EQ(stories[0]["articles"], nlohmann::json({"q1", "q2", "q3", "q3#2"}));
  EXPECT_EQ(stories[0]["first_date"], "2010-02-27T08:00Z");
  EXPECT_EQ(stories[0]["last_date"], "2010-02-28T09:00Z");
  EXPECT_EQ(stories[0]["duplicates"], nlohmann::json::parse("[[\"q3#2\",\"q3\"]]"));
  EXPECT_EQ(stories[1]["articles"], nlohmann::json({"f1", "f2"}));
  for (const auto& s : stories) {
    for (const char* key : {"id", "articles", "first_date", "last_date", "terms", "headline"}) {
      EXPECT_TRUE(s.contains(key)) << key;
    }
  }
  EXPECT_NE(r.err.find("empty article"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("duplicate"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("1 article(s) without a usable date"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("out of date order"), std::string::npos) << r.err;
  // A date given but unreadable names its article, in both the in-memory and spooled paths.
  const std::string odd =
      "{\"id\":\"a\",\"date\":\"2025-03-01\",\"text\":\"Rain fell on the town.\"}\n"
      "{\"id\":\"odd-1\",\"date\":\"March 5, 2025\",\"text\":\"Snow fell on the town.\"}\n";
  for (const char* command : {"cluster", "digest"}) {
    const RunResult w = RunPrecis(std::string(command) + " --input-format jsonl -", &odd);
    EXPECT_NE(w.err.find("1 article(s) without a usable date (1 with a date that is not ISO "
                         "8601 or RFC 5322: 'odd-1')"),
              std::string::npos)
        << command << ": " << w.err;
  }
  EXPECT_NE(r.err.find("clustered 6 of 6 articles into 2 stories"), std::string::npos) << r.err;
  // Quiet: no warnings at all.
  EXPECT_EQ(RunPrecis("-q cluster --input-format jsonl -", &feed).err, "");
  // In arrival order the stream clock sees f1 first, then older articles.
  const RunResult arrival = RunPrecis("cluster --stats --arrival-order --input-format jsonl -", &feed);
  ASSERT_EQ(arrival.exit_code, 0);
  EXPECT_NE(arrival.err.find("out of date order"), std::string::npos) << arrival.err;
  // ... and a warning says so without --stats (it gave none: a trial).
  const RunResult warned = RunPrecis("cluster --arrival-order --input-format jsonl -", &feed);
  EXPECT_NE(warned.err.find("dated before an earlier article of the input (--arrival-order)"),
            std::string::npos)
      << warned.err;
  EXPECT_NE(warned.err.find("1 article(s) without a usable date"), std::string::npos) << warned.err;
}

TEST(StoryCli, TopicModeIsNoIdleCloseAndNoDecay) {
  const std::string feed = Feed();
  const RunResult topic = RunPrecis("cluster --mode topic --input-format jsonl -", &feed);
  const RunResult flags =
      RunPrecis("cluster --idle-hours 0 --half-life-hours 0 --input-format jsonl -", &feed);
  ASSERT_EQ(topic.exit_code, 0) << topic.err;
  EXPECT_EQ(topic.out, flags.out);
  EXPECT_FALSE(topic.out.empty());
  EXPECT_EQ(RunPrecis("cluster --mode weekly --input-format jsonl -", &feed).exit_code, 2);
  const RunResult boost = RunPrecis("cluster --name-boost 0.5 --input-format jsonl -", &feed);
  EXPECT_EQ(boost.exit_code, 1);
  EXPECT_NE(boost.err.find("name boost"), std::string::npos) << boost.err;
}

TEST(StoryCli, AliasesFromAFile) {
  const auto dir = std::filesystem::temp_directory_path();
  const auto good = dir / "precis_story_aliases.tsv";
  const auto bad = dir / "precis_story_aliases_bad.tsv";
  std::ofstream(good) << "Big Apple\tNew York City\n";
  std::ofstream(bad) << "no tab on this line\n";
  const std::string feed = Feed();
  EXPECT_EQ(RunPrecis("cluster --aliases '" + good.string() + "' --input-format jsonl -", &feed)
                .exit_code,
            0);
  const RunResult r =
      RunPrecis("cluster --aliases '" + bad.string() + "' --input-format jsonl -", &feed);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(":1:"), std::string::npos) << r.err;
  std::filesystem::remove(good);
  std::filesystem::remove(bad);
}

TEST(StoryCli, DigestFormats) {
  const std::string feed = Feed();
  RunResult r = RunPrecis("digest --words 40 --input-format jsonl -", &feed);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("# Story 1:"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Duplicates: q3#2 (of q3)"), std::string::npos) << r.out;
  r = RunPrecis("digest --format json --method centroid --input-format jsonl -", &feed);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto lines = JsonLines(r.out);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0]["method"], "centroid");
  EXPECT_EQ(lines[0]["articles_summarized"], 3);  // the duplicate is not summarized
  EXPECT_FALSE(lines[0]["summary"].empty());
  r = RunPrecis("digest --format html --title 'Feed <1>' --input-format jsonl -", &feed);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(r.out.find("<title>Feed &lt;1&gt;</title>"), std::string::npos);
  EXPECT_EQ(r.out.find("<script"), std::string::npos);
  EXPECT_EQ(r.out.find("http"), std::string::npos);  // no external resources
  r = RunPrecis("digest --min-articles 3 --format json --input-format jsonl -", &feed);
  EXPECT_EQ(JsonLines(r.out).size(), 1u);
}

TEST(StoryCli, DigestLeavesOutRepeatedSentences) {
  // q4 repeats the second sentence of q2 with a longer ending: one story, one duplicate
  // sentence, unless --keep-duplicate-sentences.
  const std::string feed =
      Line("q1", "2010-02-27T08:00Z", kQuake[0]) + Line("q2", "2010-02-27T09:00Z", kQuake[1]) +
      Line("q4", "2010-02-27T10:00Z",
           "Aftershocks shook Chile again as the government sent troops to Valparaiso to keep "
           "order. The death toll in Valparaiso rose to twenty, officials said on Tuesday. Power "
           "was cut across the south of the country for most of the night after the "
           "earthquake.");
  RunResult r = RunPrecis("digest --format json --input-format jsonl -", &feed);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto lines = JsonLines(r.out);
  ASSERT_EQ(lines.size(), 1u) << r.out;
  EXPECT_EQ(lines[0]["duplicate_sentences"], 1);
  for (const auto& s : lines[0]["summary"]) {
    EXPECT_NE(s["text"], "The death toll in Valparaiso rose to twenty, officials said on Tuesday.");
  }
  r = RunPrecis("digest --format json --keep-duplicate-sentences --input-format jsonl -", &feed);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  lines = JsonLines(r.out);
  ASSERT_EQ(lines.size(), 1u) << r.out;
  EXPECT_EQ(lines[0]["duplicate_sentences"], 0);
  r = RunPrecis("digest --input-format jsonl -", &feed);
  EXPECT_NE(r.out.find("1 duplicate sentence left out"), std::string::npos) << r.out;
}

TEST(StoryCli, EvalClusterScoresPredictions) {
  const auto dir = std::filesystem::temp_directory_path();
  const auto gold = dir / "precis_story_gold.tsv";
  const auto pred = dir / "precis_story_pred.jsonl";
  std::ofstream(gold) << "q1\tquake\nq2\tquake\nq3\tquake\nq3#2\tquake\nf1\tfinal\nf2\tfinal\n"
                         "missing\tother\n";
  const std::string feed = Feed();
  std::ofstream(pred) << RunPrecis("-q cluster --input-format jsonl -", &feed).out;
  RunResult r =
      RunPrecis("eval-cluster --gold '" + gold.string() + "' --pred '" + pred.string() + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("B-cubed F1"), std::string::npos);
  EXPECT_NE(r.out.find("adjusted Rand index"), std::string::npos);
  EXPECT_NE(r.err.find("1 gold item(s) missing"), std::string::npos) << r.err;
  r = RunPrecis("eval-cluster --format json --gold '" + gold.string() + "' --pred '" +
                pred.string() + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_DOUBLE_EQ(j["bcubed_precision"].get<double>(), 1.0);
  EXPECT_NEAR(j["bcubed_recall"].get<double>(), 1.0, 1e-12);  // "missing" is its own cluster
  EXPECT_EQ(j["items"], 7);
  r = RunPrecis("eval-cluster --ignore-missing --format json --gold '" + gold.string() +
                "' --pred '" + pred.string() + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(nlohmann::json::parse(r.out)["items"], 6);
  EXPECT_NE(r.err.find("left out"), std::string::npos) << r.err;
  std::ofstream(pred) << "q1\tx\nq1\ty\n";
  r = RunPrecis("eval-cluster --gold '" + gold.string() + "' --pred '" + pred.string() + "'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("twice"), std::string::npos) << r.err;
  std::filesystem::remove(gold);
  std::filesystem::remove(pred);
}

}  // namespace
}  // namespace precis
