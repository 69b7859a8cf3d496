// StreamPath hands a flat input's articles to a sink as they are read: the same
// articles, in the same order, with the same report and errors as ReadPath.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ingest/temp_dir.h"
#include "precis/ingest.h"

namespace precis {
namespace {

using testing::TempDir;

struct Both {
  Status read_status, stream_status;
  Input read, stream;
  std::vector<Article> sunk;
  IngestReport read_report, stream_report;
};

Both ReadBoth(const std::string &path, IngestOptions options = {}) {
  Both b;
  b.read_status = ReadPath(path, options, &b.read, &b.read_report);
  const ArticleSink sink = [&b](Article &&a) {
    b.sunk.push_back(std::move(a));
    return Status::Ok();
  };
  b.stream_status =
      StreamPath(path, options, &sink, &b.stream, &b.stream_report);
  return b;
}

void ExpectSameArticles(const std::vector<Article> &x,
                        const std::vector<Article> &y) {
  ASSERT_EQ(x.size(), y.size());
  for (size_t i = 0; i < x.size(); ++i) {
    EXPECT_EQ(x[i].id, y[i].id) << i;
    EXPECT_EQ(x[i].title, y[i].title) << i;
    EXPECT_EQ(x[i].date, y[i].date) << i;
    EXPECT_EQ(x[i].text, y[i].text) << i;
    EXPECT_EQ(x[i].file_offset, y[i].file_offset) << i;
  }
}

TEST(StreamPathTest, DirectoryOfEveryKindGivesReadPathsArticles) {
  TempDir dir;
  dir.Write("a.html", "<title>First</title><p>Text a.</p>");
  dir.Write("b.txt", "Second\n\nText b.");
  dir.Write("c.jsonl", "{\"id\":\"b\",\"text\":\"Repeats the id of "
                       "b.txt.\"}\n{\"text\":\"Text c2.\"}\n"
                       "{\"id\":\"e\",\"text\":\"  \"}\n");
  const Both b = ReadBoth(dir.path());
  ASSERT_TRUE(b.read_status.ok()) << b.read_status.ToString();
  ASSERT_TRUE(b.stream_status.ok()) << b.stream_status.ToString();
  EXPECT_TRUE(b.stream.articles.empty());
  EXPECT_FALSE(b.stream.is_clusters);
  ExpectSameArticles(b.read.articles, b.sunk);
  EXPECT_EQ(b.sunk.size(), 4u);
  EXPECT_EQ(b.sunk[2].id, "b#2");
  EXPECT_EQ(b.read_report.warnings, b.stream_report.warnings);
  EXPECT_EQ(b.read_report.articles_read, b.stream_report.articles_read);
}

TEST(StreamPathTest, ErrorsAndClusters) {
  TempDir dir;
  // A bad line: the same error; the articles before it were handed over
  // already.
  const std::string bad =
      dir.Write("bad.jsonl", "{\"id\":\"x\",\"text\":\"Fine.\"}\n{oops\n");
  Both b = ReadBoth(bad);
  EXPECT_FALSE(b.stream_status.ok());
  EXPECT_EQ(b.read_status.ToString(), b.stream_status.ToString());
  EXPECT_EQ(b.sunk.size(), 1u);
  // Clusters stay whole in out->clusters.
  const std::string clusters = dir.Write(
      "c.jsonl",
      "{\"id\":\"c\",\"documents\":[{\"id\":\"d\",\"text\":\"Doc.\"}]}\n");
  b = ReadBoth(clusters);
  ASSERT_TRUE(b.stream_status.ok()) << b.stream_status.ToString();
  EXPECT_TRUE(b.stream.is_clusters);
  EXPECT_TRUE(b.sunk.empty());
  ASSERT_EQ(b.stream.clusters.size(), 1u);
  EXPECT_EQ(b.stream.clusters[0].articles[0].id, "d");
  // Clusters and single articles mixed in one directory: the same error naming
  // both.
  TempDir mixed;
  mixed.Write("a.jsonl", "{\"id\":\"x\",\"text\":\"Fine.\"}\n");
  mixed.Write(
      "b.jsonl",
      "{\"id\":\"c\",\"documents\":[{\"id\":\"d\",\"text\":\"Doc.\"}]}\n");
  b = ReadBoth(mixed.path());
  EXPECT_FALSE(b.stream_status.ok());
  EXPECT_EQ(b.read_status.ToString(), b.stream_status.ToString());
  // An empty input: "no articles found" from both.
  const std::string empty = dir.Write("empty.jsonl", "\n");
  b = ReadBoth(empty);
  EXPECT_FALSE(b.stream_status.ok());
  EXPECT_EQ(b.read_status.ToString(), b.stream_status.ToString());
  // The sink's error stops the reading and is returned.
  const ArticleSink refuse = [](Article &&) {
    return Status::IoError("disk full");
  };
  Input in;
  IngestReport report;
  const Status s =
      StreamPath(dir.path() + "/bad.jsonl", {}, &refuse, &in, &report);
  EXPECT_EQ(s.message(), "disk full");
}

} // namespace
} // namespace precis
