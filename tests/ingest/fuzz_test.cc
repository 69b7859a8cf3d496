// Fuzz-ish robustness: random bytes, truncations and mutations of good input fed to every
// parser. Whatever the input, a parser must return (no crash, no hang) and, when it succeeds,
// produce records that keep the documented invariants. Seeds are fixed: failures reproduce.
#include <gtest/gtest.h>

#include <random>
#include <set>
#include <string>
#include <vector>

#include "ingest/lines.h"
#include "ingest/temp_dir.h"
#include "precis/ingest.h"
#include "precis/text.h"

namespace precis {
namespace {

constexpr char kArticles[] =
    "{\"id\":\"a1\",\"title\":\"Dam \\u00e9 Opens\",\"date\":\"2024-01-02\",\"source\":\"Wire\","
    "\"url\":\"http://x\",\"text\":\"First \\\"quoted\\\" line.\\nSecond line \\ud83d\\ude00.\"}\n"
    "{\"id\":7,\"text\":\"Another story.\",\"tags\":[1,2,{\"x\":null}]}\r\n"
    "\n"
    "{\"text\":\"  \"}\n";

constexpr char kClusters[] =
    "{\"id\":\"c1\",\"query\":\"q?\",\"documents\":[{\"id\":\"d1\",\"text\":\"One.\"},"
    "{\"text\":\"Two \\u00fc.\"}],\"references\":[\"Ref.\"]}\n"
    "{\"articles\":[{\"id\":\"d1\",\"text\":\"Three.\"},{\"id\":\"d1\",\"text\":\"\"}]}\n";

constexpr char kHtml[] =
    "<html><head><title>T &amp; t</title><meta property=\"og:site_name\" content=\"S\">"
    "<script>x<y</script></head><body><nav>menu</nav><article><h1>H</h1><p>One &eacute; "
    "<b>two</b></p><ul><li>three</li></ul><blockquote>four<br>five</blockquote></article>"
    "<footer>f</footer></body></html>";

constexpr char kText[] = "A Headline\r\n\r\nBody \xC3\xA9 text.\nMore.\n";

void CheckArticle(const Article& a) {
  for (const std::string* s : {&a.id, &a.title, &a.date, &a.source, &a.url, &a.text}) {
    ASSERT_TRUE(IsValidUtf8(*s));
  }
}

void CheckArticles(const std::vector<Article>& articles) {
  std::set<std::string> ids;
  for (const Article& a : articles) {
    CheckArticle(a);
    ASSERT_FALSE(ingest::IsBlank(a.text)) << "empty articles must be skipped";
    ASSERT_TRUE(ids.insert(a.id).second) << "duplicate id " << a.id;
  }
}

// Runs every parser over `bytes` and checks what comes back.
void FeedAll(const std::string& bytes) {
  for (const bool skip : {false, true}) {
    IngestOptions options;
    options.skip_bad_records = skip;
    std::vector<Article> articles;
    IngestReport report;
    if (ParseArticlesJsonl(bytes, "f.jsonl", options, &articles, &report).ok()) {
      CheckArticles(articles);
      ASSERT_EQ(report.articles_read, articles.size());
    }
    std::vector<Cluster> clusters;
    IngestReport creport;
    if (ParseClustersJsonl(bytes, "c.jsonl", options, &clusters, &creport).ok()) {
      std::set<std::string> ids;
      for (const Cluster& c : clusters) {
        ASSERT_FALSE(c.articles.empty());
        ASSERT_TRUE(ids.insert(c.id).second);
        CheckArticles(c.articles);
        for (const std::string& r : c.references) ASSERT_TRUE(IsValidUtf8(r));
      }
    }
  }
  Article a;
  if (ParseTextArticle(bytes, "t.txt", &a).ok()) CheckArticle(a);
  if (ParseHtmlArticle(bytes, "h.html", &a).ok()) CheckArticle(a);
}

std::string RandomBytes(std::mt19937& rng, size_t n, bool ascii) {
  std::string s(n, '\0');
  for (char& c : s) c = static_cast<char>(ascii ? 0x20 + rng() % 95 : rng() % 256);
  return s;
}

TEST(FuzzTest, RandomBytes) {
  std::mt19937 rng(20240501);
  for (int i = 0; i < 300; ++i) {
    FeedAll(RandomBytes(rng, rng() % 200, i % 2 == 0));
    if (HasFatalFailure()) return;
  }
}

TEST(FuzzTest, EveryTruncation) {
  for (const std::string& good :
       {std::string(kArticles), std::string(kClusters), std::string(kHtml), std::string(kText)}) {
    for (size_t n = 0; n <= good.size(); ++n) {
      FeedAll(good.substr(0, n));
      if (HasFatalFailure()) return;
    }
  }
}

TEST(FuzzTest, Mutations) {
  std::mt19937 rng(99);
  using std::string_literals::operator""s;
  const std::string specials = "{}[]\":,\\\n\r\x00\xFF\xC3\xED<>&;/ u"s;  // keeps the NUL
  const std::vector<std::string> seeds = {kArticles, kClusters, kHtml, kText};
  for (int i = 0; i < 1500; ++i) {
    std::string s = seeds[static_cast<size_t>(i) % seeds.size()];
    const int edits = 1 + static_cast<int>(rng() % 4);
    for (int e = 0; e < edits && !s.empty(); ++e) {
      const size_t pos = rng() % s.size();
      const char c = specials[rng() % specials.size()];
      switch (rng() % 4) {
        case 0:
          s[pos] = c;
          break;  // replace
        case 1:
          s.insert(s.begin() + static_cast<long>(pos), c);
          break;  // insert
        case 2:
          s.erase(pos, 1 + rng() % 8);
          break;  // delete a run
        case 3:
          s.insert(pos, s.substr(rng() % s.size(), rng() % 16));
          break;  // duplicate
      }
    }
    FeedAll(s);
    if (HasFatalFailure()) return;
  }
}

TEST(FuzzTest, DeepNesting) {
  std::string json = "{\"text\":\"t\",\"x\":";
  json += std::string(20000, '[');
  FeedAll(json);
  json += std::string(20000, ']') + "}";
  FeedAll(json);
  std::vector<Article> out;
  const Status s = ParseArticlesJsonl(json, "deep.jsonl", {}, &out, nullptr);
  EXPECT_EQ(s.code(), Status::Code::kDataError);  // deeper than simdjson's limit
  FeedAll(std::string(20000, '<') + "p>" + std::string(3000, '{'));
}

TEST(FuzzTest, ReadPathOnRandomFiles) {
  testing::TempDir dir;
  std::mt19937 rng(5);
  for (const char* name : {"x.txt", "x.html", "x.jsonl", "x.bin"}) {
    for (int i = 0; i < 20; ++i) {
      const std::string path = dir.Write(name, RandomBytes(rng, rng() % 120, i % 2 == 0));
      Input input;
      IngestReport report;
      if (ReadPath(path, {}, &input, &report).ok()) {
        CheckArticles(input.articles);
        ASSERT_FALSE(input.articles.empty() && input.clusters.empty());
      }
    }
  }
}

}  // namespace
}  // namespace precis
