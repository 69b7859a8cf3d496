// ParseClustersJsonl, and the real DUC 2004 file when ../shared is present.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "precis/ingest.h"
#include "precis/text.h"

namespace precis {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

struct Parsed {
  Status status;
  std::vector<Cluster> clusters;
  IngestReport report;
};

Parsed Parse(std::string_view bytes, IngestOptions options = {}) {
  Parsed p;
  p.status = ParseClustersJsonl(bytes, "data/c.jsonl", options, &p.clusters, &p.report);
  return p;
}

TEST(ClustersJsonlTest, ReadsDucStyleRecords) {
  const Parsed p = Parse(
      R"({"id":"d1","topic_title":"Floods","query":"What happened?","documents":[{"id":"d1/A","title":"T","date":"1998-10-01","text":"One."},{"id":"d1/B","text":"Two."}],"references":["Ref one.","Ref two."],"reference_ids":["A","B"]})"
      "\n");
  ASSERT_TRUE(p.status.ok()) << p.status.ToString();
  ASSERT_EQ(p.clusters.size(), 1u);
  const Cluster& c = p.clusters[0];
  EXPECT_EQ(c.id, "d1");
  EXPECT_EQ(c.query, "What happened?");
  EXPECT_EQ(c.topic_title, "Floods");
  ASSERT_EQ(c.articles.size(), 2u);
  EXPECT_EQ(c.articles[0].id, "d1/A");
  EXPECT_EQ(c.articles[0].date, "1998-10-01");
  EXPECT_EQ(c.articles[1].text, "Two.");
  EXPECT_THAT(c.references, ElementsAre("Ref one.", "Ref two."));
  EXPECT_EQ(p.report.clusters_read, 1u);
  EXPECT_EQ(p.report.articles_read, 2u);
}

TEST(ClustersJsonlTest, ArticlesIsAnAliasAndIdsAreSynthesised) {
  const Parsed p = Parse("\n{\"articles\":[{\"text\":\"a\"},{\"text\":\"b\"}]}\n");
  ASSERT_TRUE(p.status.ok()) << p.status.ToString();
  const Cluster& c = p.clusters[0];
  EXPECT_EQ(c.id, "c:2");
  EXPECT_EQ(c.articles[0].id, "c:2/1");
  EXPECT_EQ(c.articles[1].id, "c:2/2");
  EXPECT_TRUE(c.references.empty());
  EXPECT_TRUE(c.query.empty());
  EXPECT_TRUE(c.topic_title.empty());
}

TEST(ClustersJsonlTest, ErrorsNameTheNestedField) {
  EXPECT_EQ(
      Parse(R"({"id":"x","documents":[{"text":"a"},{"text":"b","title":3}]})").status.message(),
      "data/c.jsonl:1: field \"documents[1].title\" must be a string, got number");
  EXPECT_EQ(Parse(R"({"id":"x","articles":[{"title":"b"}]})").status.message(),
            "data/c.jsonl:1: missing \"articles[0].text\"");
  EXPECT_EQ(Parse(R"({"id":"x","documents":["just text"]})").status.message(),
            "data/c.jsonl:1: \"documents[0]\" must be an object, got string");
  EXPECT_EQ(Parse(R"({"id":"x","documents":{"text":"a"}})").status.message(),
            "data/c.jsonl:1: field \"documents\" must be an array, got object");
  EXPECT_EQ(Parse(R"({"id":"x"})").status.message(), "data/c.jsonl:1: missing \"documents\"");
  EXPECT_EQ(
      Parse(R"({"id":"x","documents":[{"text":"a"}],"references":["ok",5]})").status.message(),
      "data/c.jsonl:1: field \"references[1]\" must be a string, got number");
  EXPECT_EQ(Parse(R"({"id":"x","documents":[{"text":"a"}],"references":"one"})").status.message(),
            "data/c.jsonl:1: field \"references\" must be an array of strings, got string");
  EXPECT_EQ(Parse(R"({"id":"x","documents":[],"articles":[]})").status.message(),
            "data/c.jsonl:1: both \"documents\" and \"articles\" given");
  EXPECT_EQ(Parse(R"({"id":"x","query":1,"documents":[]})").status.message(),
            "data/c.jsonl:1: field \"query\" must be a string, got number");
  EXPECT_EQ(Parse("[]").status.message(), "data/c.jsonl:1: expected a JSON object, got array");
}

TEST(ClustersJsonlTest, EmptyDocumentsAreSkippedAndEmptyClustersToo) {
  const Parsed p =
      Parse(R"({"id":"a","documents":[{"id":"a1","text":""},{"id":"a2","text":"kept"}]})"
            "\n"
            R"({"id":"b","documents":[{"id":"b1","text":"  "}]})"
            "\n"
            R"({"id":"c","documents":[]})");
  ASSERT_TRUE(p.status.ok()) << p.status.ToString();
  ASSERT_EQ(p.clusters.size(), 1u);
  EXPECT_EQ(p.clusters[0].articles.size(), 1u);
  EXPECT_EQ(p.clusters[0].articles[0].id, "a2");
  EXPECT_EQ(p.report.skipped_empty, 2u);
  EXPECT_EQ(p.report.skipped_empty_clusters, 2u);
  EXPECT_THAT(p.report.warnings,
              ElementsAre("data/c.jsonl:1: empty article \"a1\" skipped",
                          "data/c.jsonl:2: empty article \"b1\" skipped",
                          "data/c.jsonl:2: cluster \"b\" has no non-empty article; skipped",
                          "data/c.jsonl:3: cluster \"c\" has no non-empty article; skipped"));
}

TEST(ClustersJsonlTest, DocumentIdsAreUniquePerClusterAndClusterIdsPerInput) {
  const Parsed p = Parse(R"({"id":"s","documents":[{"id":"1","text":"a"},{"id":"1","text":"b"}]})"
                         "\n"
                         R"({"id":"s","documents":[{"id":"1","text":"c"}]})");
  ASSERT_TRUE(p.status.ok()) << p.status.ToString();
  ASSERT_EQ(p.clusters.size(), 2u);
  EXPECT_EQ(p.clusters[0].articles[1].id, "1#2");
  EXPECT_EQ(p.clusters[1].id, "s#2");
  EXPECT_EQ(p.clusters[1].articles[0].id, "1");  // another cluster: no clash
  EXPECT_EQ(p.report.duplicate_ids, 2u);
}

TEST(ClustersJsonlTest, SkipBadRecordsSkipsTheWholeLine) {
  IngestOptions o;
  o.skip_bad_records = true;
  o.max_article_bytes = 8;
  const Parsed p = Parse(R"({"id":"a","documents":[{"text":"fine"},{"text":"far too long"}]})"
                         "\n"
                         R"({"id":"b","documents":[{"text":"fine"}]})"
                         "\n{\n",
                         o);
  ASSERT_TRUE(p.status.ok()) << p.status.ToString();
  ASSERT_EQ(p.clusters.size(), 1u);
  EXPECT_EQ(p.clusters[0].id, "b");
  EXPECT_EQ(p.report.skipped_bad, 2u);
  EXPECT_EQ(p.report.articles_read, 1u);
  EXPECT_THAT(p.report.warnings[0],
              HasSubstr("data/c.jsonl:1: article \"a/2\" is 12 bytes, over max_article_bytes"));
}

TEST(ClustersJsonlTest, AnArticleLineIsNotACluster) {
  EXPECT_EQ(Parse(R"({"id":"x","text":"an article"})").status.message(),
            "data/c.jsonl:1: missing \"documents\"");
}

// The shared DUC 2004 file: 50 clusters, every one with documents and four references.
TEST(ClustersJsonlTest, ReadsSharedDuc2004) {
  const std::string path = std::string(PRECIS_SHARED_DIR) + "/data/duc2004/clusters.jsonl";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "no shared data at " << path;
  Input input;
  IngestReport report;
  const Status s = ReadPath(path, {}, &input, &report);
  ASSERT_TRUE(s.ok()) << s.ToString();
  ASSERT_TRUE(input.is_clusters);
  ASSERT_EQ(input.clusters.size(), 50u);
  EXPECT_EQ(input.clusters[0].id, "d30001t");
  EXPECT_EQ(input.clusters[0].articles[0].id, "d30001t/C1");
  size_t articles = 0;
  for (const Cluster& c : input.clusters) {
    EXPECT_GE(c.articles.size(), 1u) << c.id;
    EXPECT_EQ(c.references.size(), 4u) << c.id;
    articles += c.articles.size();
    for (const Article& a : c.articles) ASSERT_TRUE(IsValidUtf8(a.text)) << a.id;
  }
  EXPECT_EQ(report.articles_read, articles);
  EXPECT_EQ(report.clusters_read, 50u);
  EXPECT_EQ(report.skipped_bad, 0u);
}

}  // namespace
}  // namespace precis
