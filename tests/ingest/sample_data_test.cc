// The bundled sample data (data/sample/) reads cleanly in all four forms, and the forms agree:
// the text extracted from each HTML page and .txt file equals that article's text in
// articles.jsonl, which equals the copy in stories.jsonl.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "precis/ingest.h"

namespace precis {
namespace {

using ::testing::HasSubstr;

const std::string kSample = std::string(PRECIS_SOURCE_DIR) + "/data/sample";

Input MustRead(const std::string& path) {
  Input input;
  IngestReport report;
  const Status s = ReadPath(path, {}, &input, &report);
  EXPECT_TRUE(s.ok()) << s.ToString();
  EXPECT_TRUE(report.warnings.empty()) << report.warnings.front();
  return input;
}

std::map<std::string, Article> ById(const std::vector<Article>& articles) {
  std::map<std::string, Article> m;
  for (const Article& a : articles) m[a.id] = a;
  return m;
}

TEST(SampleDataTest, StoriesAreClustersWithReferences) {
  const Input in = MustRead(kSample + "/stories.jsonl");
  ASSERT_TRUE(in.is_clusters);
  ASSERT_GE(in.clusters.size(), 3u);
  for (const Cluster& c : in.clusters) {
    EXPECT_GE(c.articles.size(), 3u) << c.id;
    EXPECT_LE(c.articles.size(), 5u) << c.id;
    EXPECT_FALSE(c.references.empty()) << c.id;
    EXPECT_FALSE(c.query.empty()) << c.id;
  }
}

TEST(SampleDataTest, FlatArticlesHaveEveryFieldAndMatchTheStories) {
  const Input flat = MustRead(kSample + "/articles.jsonl");
  const Input stories = MustRead(kSample + "/stories.jsonl");
  ASSERT_FALSE(flat.is_clusters);
  const auto by_id = ById(flat.articles);
  size_t in_stories = 0;
  for (const Cluster& c : stories.clusters) {
    for (const Article& a : c.articles) {
      ++in_stories;
      ASSERT_EQ(by_id.count(a.id), 1u) << a.id;
      EXPECT_EQ(by_id.at(a.id).text, a.text) << a.id;
    }
  }
  EXPECT_EQ(flat.articles.size(), in_stories);
  for (const Article& a : flat.articles) {
    EXPECT_FALSE(a.title.empty()) << a.id;
    EXPECT_FALSE(a.date.empty()) << a.id;
    EXPECT_FALSE(a.source.empty()) << a.id;
    EXPECT_THAT(a.url, HasSubstr("https://")) << a.id;
  }
}

TEST(SampleDataTest, TextFilesMatchTheFeed) {
  const auto feed = ById(MustRead(kSample + "/articles.jsonl").articles);
  const Input txt = MustRead(kSample + "/txt");
  ASSERT_GE(txt.articles.size(), 3u);
  size_t titled = 0;
  for (const Article& a : txt.articles) {
    ASSERT_EQ(feed.count(a.id), 1u) << a.id;
    const Article& f = feed.at(a.id);
    EXPECT_EQ(a.text, f.text + "\n") << a.id;
    if (!a.title.empty()) {
      EXPECT_EQ(a.title, f.title);
      ++titled;
    }
  }
  EXPECT_EQ(titled, txt.articles.size() - 1);  // one file starts with a sentence, no title
}

TEST(SampleDataTest, HtmlPagesYieldTheArticleWithoutNoise) {
  const auto feed = ById(MustRead(kSample + "/articles.jsonl").articles);
  const Input html = MustRead(kSample + "/html");
  ASSERT_EQ(html.articles.size(), 2u);
  for (const Article& a : html.articles) {
    ASSERT_EQ(feed.count(a.id), 1u) << a.id;
    const Article& f = feed.at(a.id);
    EXPECT_EQ(a.text, f.text) << a.id;
    EXPECT_EQ(a.title, f.title);  // the site name after the title is dropped
    EXPECT_EQ(a.source, f.source);
    EXPECT_EQ(a.url, f.url);
    EXPECT_EQ(a.date.substr(0, 10), f.date);
  }
}

}  // namespace
}  // namespace precis
