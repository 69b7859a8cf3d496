// `precis cluster` reads its feed into a spool on disk and hands it to the
// clusterer batch by batch (tools/spooled_stream.h). Its stories must be
// exactly those of the obvious in-memory pipeline: ReadPath every input,
// flatten (clusters files first), drop ids repeated across inputs,
// SortByArrival, ClusterArticles.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <unordered_set>

#include "precis/dedup.h"
#include "precis/ingest.h"
#include "precis/story.h"
#include "story/synthetic_stream.h"
#include "story_texts.h"
#include "testing/run.h"

namespace precis {
namespace {

namespace fs = std::filesystem;

std::string Reference(const std::vector<std::string> &paths,
                      bool arrival_order) {
  std::vector<Cluster> clusters;
  Cluster flat;
  for (const std::string &path : paths) {
    Input input;
    IngestReport report;
    EXPECT_TRUE(ReadPath(path, IngestOptions(), &input, &report).ok()) << path;
    for (Cluster &c : input.clusters)
      clusters.push_back(std::move(c));
    for (Article &a : input.articles)
      flat.articles.push_back(std::move(a));
  }
  if (!flat.articles.empty())
    clusters.push_back(std::move(flat));
  std::vector<Article> articles;
  std::unordered_set<std::string> seen;
  for (Cluster &c : clusters) {
    for (Article &a : c.articles) {
      if (seen.insert(a.id).second)
        articles.push_back(std::move(a));
    }
  }
  if (!arrival_order)
    SortByArrival(&articles);
  StoryOptions options;
  options.dedup.aliases = &AliasTable::Default();
  std::vector<Story> stories;
  EXPECT_TRUE(ClusterArticles(articles, options, &stories, nullptr, 1).ok());
  std::string out;
  for (const Story &s : stories)
    out += StoryToJson(s) + "\n";
  return out;
}

std::string Line(const std::string &id, const std::string &date,
                 const std::string &text) {
  nlohmann::json j = {{"id", id}, {"text", text}};
  if (!date.empty())
    j["date"] = date;
  return j.dump() + "\n";
}

class SpooledClusterTest : public ::testing::Test {
protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("precis_spool_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Write(const std::string &name, const std::string &content) {
    const fs::path p = dir_ / name;
    std::ofstream(p, std::ios::binary) << content;
    return p.string();
  }
  void ExpectSame(const std::vector<std::string> &paths, bool arrival_order) {
    std::string args =
        arrival_order ? "--quiet cluster --arrival-order" : "--quiet cluster";
    for (const std::string &p : paths)
      args += " '" + p + "'";
    const testing::RunResult r = testing::RunPrecis(args);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, Reference(paths, arrival_order)) << args;
  }
  fs::path dir_;
};

TEST_F(SpooledClusterTest, SeveralInputsOfEveryKindGiveTheInMemoryStories) {
  using story_texts::kFinal;
  using story_texts::kQuake;
  const std::string a =
      Write("a.jsonl", Line("f1", "2010-03-02T10:00Z", kFinal[0]) +
                           Line("q1", "2010-02-27T08:00Z", kQuake[0]) +
                           Line("q2", "", kQuake[1]) +
                           Line("q3", "2010-02-28T08:00Z", kQuake[2]) +
                           Line("q3", "2010-02-28T09:00Z",
                                kQuake[2])); // renamed q3#2 by ingest
  // A second input repeating ids of the first: skipped, the earlier input wins.
  const std::string b =
      Write("b.jsonl", Line("q1", "2010-03-05T08:00Z", kFinal[2]) +
                           Line("f2", "2010-03-02T12:00Z", kFinal[1]) +
                           Line("q4", "", kQuake[3]));
  // A clusters file: its articles come first in the stream, whatever the
  // argument order.
  nlohmann::json cluster = {
      {"id", "c"},
      {"documents",
       {{{"id", "f3"}, {"date", "2010-03-03T00:00Z"}, {"text", kFinal[2]}},
        {{"id", "f1"}, {"date", "2010-03-01T00:00Z"}, {"text", kFinal[0]}}}}};
  const std::string c = Write("c.jsonl", cluster.dump() + "\n");
  const std::string t =
      Write("t.txt", std::string("Quake title\n\n") + kQuake[3]);
  for (bool arrival : {false, true}) {
    ExpectSame({a}, arrival);
    ExpectSame({a, b}, arrival);
    ExpectSame({a, c, b, t}, arrival);
    ExpectSame({c}, arrival);
  }
}

// Thousands of articles, more than one batch, shuffled within days: the date
// sort and the batching of the spooled stream must not change a story.
TEST_F(SpooledClusterTest, ALongShuffledFeed) {
  Input duc;
  IngestReport report;
  const std::string shared = PRECIS_SHARED_DIR;
  if (!ReadPath(shared + "/data/duc2004/clusters.jsonl", IngestOptions(), &duc,
                &report)
           .ok()) {
    GTEST_SKIP()
        << shared
        << "/data/duc2004/clusters.jsonl not found (set PRECIS_SHARED_DIR)";
  }
  story::SyntheticStreamOptions o;
  o.articles = 9000;
  o.days = 30;
  o.min_sentences = 1;
  o.max_sentences = 3;
  story::SyntheticStream stream(duc.clusters, o);
  std::vector<std::string> lines;
  Article art;
  std::string gold;
  std::mt19937 rng(7);
  while (stream.Next(&art, &gold)) {
    // Every 50th article undated; the rest keep the stream's dates.
    lines.push_back(
        Line(art.id, lines.size() % 50 == 7 ? "" : art.date, art.text));
  }
  std::shuffle(lines.begin() + 100, lines.begin() + 600,
               rng); // far out of order
  std::string all;
  for (const std::string &l : lines)
    all += l;
  const std::string path = Write("long.jsonl", all);
  ExpectSame({path}, false);
  ExpectSame({path}, true);
}


// Repeated ids within one input, some equal to the names the renaming gives
// ("q#2"), and across inputs: the readers' id table, screened in two passes,
// must rename exactly as ReadPath does (same stories, same warnings), and an id
// repeated by a later input must still be skipped.
TEST_F(SpooledClusterTest, RepeatedAndRenamedLookingIdsAsInMemory) {
  using story_texts::kFinal;
  using story_texts::kQuake;
  const std::string a = Write(
      "ids-a.jsonl", Line("q", "2010-02-27T08:00Z", kQuake[0]) +
                         Line("q#2", "2010-02-27T09:00Z", kQuake[1]) +
                         Line("q", "2010-02-27T10:00Z", kQuake[2]) +  // q#3: q#2 is taken
                         Line("u1", "2010-03-01T10:00Z", kFinal[0]) +
                         Line("q#3", "2010-02-27T11:00Z", kQuake[3]) +  // q#3#2
                         Line("q", "2010-02-28T08:00Z", kQuake[1]) +    // q#4
                         Line("u2", "2010-03-02T10:00Z", kFinal[1]) +
                         Line("q#2", "2010-02-28T09:00Z", kQuake[2]));  // q#2#2
  // A clusters file repeating two of them: its articles come first, so a's u2
  // and its fourth q (renamed q#4) are the ones skipped.
  nlohmann::json cluster = {
      {"id", "c"},
      {"documents",
       {{{"id", "u2"}, {"date", "2010-03-03T10:00Z"}, {"text", kFinal[2]}},
        {{"id", "q#4"}, {"date", "2010-03-03T11:00Z"}, {"text", kQuake[0]}},
        {{"id", "u3"}, {"date", "2010-03-03T12:00Z"}, {"text", kFinal[2]}}}}};
  const std::string b = Write("ids-c.jsonl", cluster.dump() + "\n");
  ExpectSame({a}, false);
  ExpectSame({a, b}, false);
  ExpectSame({a, b}, true);
  // The warnings name the same renames, in the same order, as ReadPath's.
  Input input;
  IngestReport report;
  ASSERT_TRUE(ReadPath(a, IngestOptions(), &input, &report).ok());
  ASSERT_EQ(report.duplicate_ids, 4u);
  const testing::RunResult r = testing::RunPrecis("cluster '" + a + "' '" + b + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::string want;
  for (const std::string &w : report.warnings) want += "precis: warning: " + w + "\n";
  EXPECT_EQ(r.err.substr(0, want.size()), want) << r.err;
  EXPECT_NE(r.err.find("2 article(s) skipped: id already used by an earlier input"),
            std::string::npos)
      << r.err;
}


// The same inputs with the external sorts' runs cut to a few records (the
// hidden PRECIS_SORT_RUN_RECORDS knob), so the id screen, the check of ids
// across inputs and the date order all go through runs on disk and their merge.
TEST_F(SpooledClusterTest, SpilledSortsGiveTheSameStories) {
  using story_texts::kFinal;
  using story_texts::kQuake;
  std::string lines;
  for (int i = 0; i < 40; ++i) {
    // Ids repeating every 7 articles, dates out of order, some undated.
    lines += Line("id" + std::to_string(i % 7), i % 5 == 3 ? "" : "2010-03-0" + std::to_string(1 + (i * 3) % 9) + "T10:00Z",
                  i % 2 ? kQuake[i % 4] : kFinal[i % 3]);
  }
  const std::string a = Write("spill-a.jsonl", lines);
  nlohmann::json cluster = {
      {"id", "c"},
      {"documents",
       {{{"id", "id3#2"}, {"date", "2010-03-03T10:00Z"}, {"text", kFinal[2]}},
        {{"id", "id0"}, {"date", "2010-03-01T00:00Z"}, {"text", kQuake[1]}}}}};
  const std::string c = Write("spill-c.jsonl", cluster.dump() + "\n");
  const std::string unspilled = testing::RunPrecis("cluster '" + a + "' '" + c + "'").err;
  ::setenv("PRECIS_SORT_RUN_RECORDS", "3", 1);
  ExpectSame({a}, false);
  ExpectSame({a, c}, false);
  ExpectSame({a, c}, true);
  const testing::RunResult r = testing::RunPrecis("cluster '" + a + "' '" + c + "'");
  ::unsetenv("PRECIS_SORT_RUN_RECORDS");
  EXPECT_EQ(r.err, unspilled);
  EXPECT_NE(r.err.find("2 article(s) skipped: id already used by an earlier input"),
            std::string::npos)
      << r.err;
}

} // namespace
} // namespace precis
