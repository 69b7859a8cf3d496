// ReadPath: directories, detection, standard input, and the file-system errors.
#include <fcntl.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "ingest/temp_dir.h"
#include "precis/extract.h"
#include "precis/ingest.h"

namespace precis {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using testing::TempDir;

struct Read {
  Status status;
  Input input;
  IngestReport report;
};

Read ReadIt(const std::string& path, IngestOptions options = {}) {
  Read r;
  r.status = ReadPath(path, options, &r.input, &r.report);
  return r;
}

std::vector<std::string> Ids(const std::vector<Article>& articles) {
  std::vector<std::string> ids;
  for (const Article& a : articles) ids.push_back(a.id);
  return ids;
}

TEST(ReadPathTest, DirectoryOfMixedArticleFilesInNameOrder) {
  TempDir dir;
  dir.Write("b.txt", "Second\n\nText b.");
  dir.Write("a.html", "<title>First</title><p>Text a.</p>");
  dir.Write("c.jsonl", "{\"id\":\"c1\",\"text\":\"Text c1.\"}\n{\"text\":\"Text c2.\"}\n");
  dir.Write("notes.md", "ignored");
  dir.Write(".hidden.txt", "ignored");
  dir.MakeDir("sub.txt");  // a directory, even with a good extension, is not read
  dir.Write("sub/deeper.txt", "not recursive");
  const Read r = ReadIt(dir.path());
  ASSERT_TRUE(r.status.ok()) << r.status.ToString();
  EXPECT_FALSE(r.input.is_clusters);
  EXPECT_THAT(Ids(r.input.articles), ElementsAre("a", "b", "c1", "c:2"));
  EXPECT_EQ(r.input.articles[0].title, "First");
  EXPECT_EQ(r.input.articles[1].text, "Text b.");
  EXPECT_EQ(r.report.articles_read, 4u);
  EXPECT_GT(r.report.bytes_read, 0u);
}

// A page is read as `precis extract` reads it (the trial: menus and related links were kept,
// the page's language and JSON-LD date lost), and bad bytes no charset explains are said.
TEST(ReadPathTest, PagesAreReadAsExtractReadsThem) {
  TempDir dir;
  const std::string page =
      "<html lang=\"de\"><head><title>Hochwasser in Dresden | Elbe-Zeitung</title>"
      "<meta property=\"og:site_name\" content=\"Elbe-Zeitung\">"
      "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
      "\"datePublished\":\"2025-03-10T08:00:00+01:00\"}</script></head><body>"
      "<nav><ul><li><a href=\"/\">Start</a></li><li><a href=\"/politik\">Politik</a></li>"
      "</ul></nav><article><h1>Hochwasser in Dresden</h1><p>Das Elbe-Hochwasser hat am Montag "
      "in Dresden einen Pegel von 8,76 Metern erreicht, wie die Stadt mitteilte.</p><p>Rund "
      "1.234 Anwohner mussten ihre Wohnungen in der Altstadt verlassen.</p></article>"
      "<aside><h2>Lesen Sie auch</h2><ul><li><a href=\"/a\">Sturm an der Ostsee</a></li></ul>"
      "</aside><footer>Impressum</footer></body></html>";
  dir.Write("elbe.html", page);
  const Read r = ReadIt(dir.path() + "/elbe.html");
  ASSERT_TRUE(r.status.ok()) << r.status.ToString();
  ASSERT_EQ(r.input.articles.size(), 1u);
  Article extracted;
  ASSERT_TRUE(ExtractArticle(page, dir.path() + "/elbe.html", &extracted).ok());
  const Article& a = r.input.articles[0];
  EXPECT_EQ(a.text, extracted.text);
  EXPECT_EQ(a.title, "Hochwasser in Dresden");
  EXPECT_EQ(a.language, "de");
  EXPECT_EQ(a.date, "2025-03-10T08:00:00+01:00");
  EXPECT_THAT(a.text, HasSubstr("1.234 Anwohner"));
  for (const char* furniture : {"Politik", "Lesen Sie auch", "Sturm an der Ostsee", "Impressum"}) {
    EXPECT_THAT(a.text, ::testing::Not(HasSubstr(furniture))) << furniture;
  }
  EXPECT_TRUE(r.report.warnings.empty());
  // A UTF-8 page with a stray byte (read as UTF-8, the byte as U+FFFD): a warning names it.
  dir.Write("stray.html",
            "<p>Le caf\xC3\xA9 de la gare a ferm\xC3\xA9 mardi apr\xC3\xA8s trente ans, "
            "a annonc\xC3\xA9 le propri\xC3\xA9taire.</p><p>Il \xC3\xA9tait le c\x9Cur du "
            "quartier depuis des d\xC3\xA9"
            "cennies enti\xC3\xA8res.</p>");
  const Read bad = ReadIt(dir.path() + "/stray.html");
  ASSERT_TRUE(bad.status.ok()) << bad.status.ToString();
  ASSERT_EQ(bad.report.warnings.size(), 1u);
  EXPECT_THAT(bad.report.warnings[0], HasSubstr("stray.html: not UTF-8"));
  EXPECT_THAT(bad.input.articles[0].text, HasSubstr("\xEF\xBF\xBD"));
}

TEST(ReadPathTest, IdsAreUniqueAcrossTheFilesOfADirectory) {
  TempDir dir;
  dir.Write("a.html", "<p>html</p>");
  dir.Write("a.txt", "text");
  dir.Write("b.jsonl", "{\"id\":\"a\",\"text\":\"json\"}\n");
  const Read r = ReadIt(dir.path());
  ASSERT_TRUE(r.status.ok()) << r.status.ToString();
  EXPECT_THAT(Ids(r.input.articles), ElementsAre("a", "a#2", "a#3"));
  EXPECT_EQ(r.report.duplicate_ids, 2u);
  EXPECT_THAT(r.report.warnings[1], HasSubstr("b.jsonl:1: duplicate article id \"a\""));
}

TEST(ReadPathTest, EmptyDirectoryIsAnError) {
  TempDir dir;
  const Read r = ReadIt(dir.path());
  EXPECT_EQ(r.status.code(), Status::Code::kDataError);
  EXPECT_THAT(r.status.message(), HasSubstr(dir.path() + ": no articles found"));
  dir.Write("README", "not an article");
  EXPECT_THAT(ReadIt(dir.path()).status.message(), HasSubstr("no articles found"));
}

TEST(ReadPathTest, OnlyEmptyArticlesIsAnErrorThatCountsThem) {
  TempDir dir;
  dir.Write("e.txt", "  \n\n");
  dir.Write("f.jsonl", "{\"text\":\"\"}\n");
  const Read r = ReadIt(dir.path());
  EXPECT_EQ(r.status.message(), dir.path() + ": no articles found (2 empty and 0 bad skipped)");
  EXPECT_EQ(r.report.skipped_empty, 2u);
}

TEST(ReadPathTest, EmptyFilesAmongOthersAreWarnings) {
  TempDir dir;
  dir.Write("a.txt", "");
  dir.Write("b.txt", "Body.");
  dir.Write("c.html", "<nav>only a menu</nav>");
  const Read r = ReadIt(dir.path());
  ASSERT_TRUE(r.status.ok()) << r.status.ToString();
  EXPECT_EQ(r.input.articles.size(), 1u);
  EXPECT_EQ(r.report.skipped_empty, 2u);
  EXPECT_THAT(r.report.warnings, ElementsAre(dir.Join("a.txt") + ": empty article skipped",
                                             dir.Join("c.html") + ": empty article skipped"));
}

TEST(ReadPathTest, MissingPathIsNotFound) {
  TempDir dir;
  const std::string missing = dir.Join("nope.jsonl");
  const Read r = ReadIt(missing);
  EXPECT_EQ(r.status.code(), Status::Code::kNotFound);
  EXPECT_EQ(r.status.message(), missing + ": no such file or directory");
  EXPECT_EQ(ReadIt(dir.Join("no/such/dir")).status.code(), Status::Code::kNotFound);
}

TEST(ReadPathTest, BrokenSymlinkInADirectoryIsNamed) {
  TempDir dir;
  dir.Write("a.txt", "fine");
  std::filesystem::create_symlink(dir.Join("gone.txt"), dir.Join("b.txt"));
  const Read r = ReadIt(dir.path());
  EXPECT_EQ(r.status.code(), Status::Code::kNotFound);
  EXPECT_THAT(r.status.message(), HasSubstr(dir.Join("b.txt")));
}

TEST(ReadPathTest, ReadFileErrors) {
  TempDir dir;
  std::string out;
  EXPECT_EQ(ReadFile(dir.Join("missing"), 100, &out).code(), Status::Code::kNotFound);
  const Status d = ReadFile(dir.path(), 100, &out);
  EXPECT_EQ(d.code(), Status::Code::kIoError);
  EXPECT_EQ(d.message(), dir.path() + ": is a directory");
  const std::string big = dir.Write("big.txt", std::string(101, 'x'));
  const Status b = ReadFile(big, 100, &out);
  EXPECT_EQ(b.code(), Status::Code::kDataError);
  EXPECT_THAT(b.message(), HasSubstr("101 bytes is over the limit of 100 bytes"));
  ASSERT_TRUE(ReadFile(big, 101, &out).ok());
  EXPECT_EQ(out.size(), 101u);
}

// Works as root too: reading /proc/self/mem at offset 0 fails with EIO.
TEST(ReadPathTest, ReadFailureIsAnIoError) {
  if (!std::filesystem::exists("/proc/self/mem")) GTEST_SKIP() << "no /proc";
  std::string out;
  const Status s = ReadFile("/proc/self/mem", 1 << 20, &out);
  EXPECT_EQ(s.code(), Status::Code::kIoError);
  EXPECT_THAT(s.message(), HasSubstr("/proc/self/mem: "));
  EXPECT_EQ(ReadIt("/proc/self/mem").status.code(), Status::Code::kIoError);
}

TEST(ReadPathTest, UnreadableFileIsAnIoError) {
  if (geteuid() == 0) GTEST_SKIP() << "running as root: permissions are not enforced";
  TempDir dir;
  const std::string path = dir.Write("locked.txt", "secret");
  const std::string jsonl = dir.Write("locked.jsonl", "{\"text\":\"x\"}");
  ASSERT_EQ(chmod(path.c_str(), 0), 0);
  ASSERT_EQ(chmod(jsonl.c_str(), 0), 0);
  const Read r = ReadIt(path);
  EXPECT_EQ(r.status.code(), Status::Code::kIoError);
  EXPECT_THAT(r.status.message(), HasSubstr("locked.txt: Permission denied"));
  EXPECT_EQ(ReadIt(jsonl).status.code(), Status::Code::kIoError);
  // Not a data problem: skipping bad records does not hide it.
  IngestOptions o;
  o.skip_bad_records = true;
  EXPECT_EQ(ReadIt(dir.path(), o).status.code(), Status::Code::kIoError);
}

TEST(ReadPathTest, ArticleFileOverTheLimit) {
  TempDir dir;
  dir.Write("big.txt", std::string(2000, 'a'));
  dir.Write("small.txt", "ok");
  IngestOptions o;
  o.max_article_bytes = 1000;
  const Read r = ReadIt(dir.path(), o);
  EXPECT_EQ(r.status.code(), Status::Code::kDataError);
  EXPECT_THAT(r.status.message(),
              HasSubstr("big.txt: 2000 bytes is over the limit of 1000 bytes (max_article_bytes)"));
  o.skip_bad_records = true;
  const Read s = ReadIt(dir.path(), o);
  ASSERT_TRUE(s.status.ok()) << s.status.ToString();
  EXPECT_EQ(s.input.articles.size(), 1u);
  EXPECT_EQ(s.report.skipped_bad, 1u);
  EXPECT_THAT(s.report.warnings[0], HasSubstr("(file skipped)"));
}

TEST(ReadPathTest, BadFilesInADirectory) {
  TempDir dir;
  dir.Write("a.txt", "good");
  dir.Write("b.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  dir.Write("c.txt", "caf\xE9");
  const Read r = ReadIt(dir.path());
  EXPECT_EQ(r.status.message(), dir.Join("b.txt") + ": looks like binary data");
  IngestOptions o;
  o.skip_bad_records = true;
  const Read s = ReadIt(dir.path(), o);
  ASSERT_TRUE(s.status.ok()) << s.status.ToString();
  EXPECT_EQ(s.input.articles.size(), 1u);
  EXPECT_EQ(s.report.skipped_bad, 2u);
  EXPECT_EQ(s.report.warnings[1], dir.Join("c.txt") +
                                      ": invalid UTF-8 at byte 3 (precis reads UTF-8 text: convert "
                                      "other encodings first, e.g. iconv -f windows-1251 -t UTF-8) "
                                      "(file skipped)");
}

// A text file saved as UTF-16 (with its byte order mark) is named as such, not as binary data.
TEST(ReadPathTest, Utf16FileSaysSo) {
  TempDir dir;
  std::string utf16 = "\xFF\xFE";
  for (char c : std::string("Rain fell all night in the city.")) utf16 += std::string{c, '\0'};
  dir.Write("win.txt", utf16);
  const Read r = ReadIt(dir.Join("win.txt"));
  EXPECT_EQ(r.status.message(), dir.Join("win.txt") +
                                    ": is UTF-16 text (a byte order mark); precis reads UTF-8: "
                                    "convert it first (iconv -f UTF-16 -t UTF-8)");
}

TEST(ReadPathTest, BinaryJsonlFile) {
  TempDir dir;
  const std::string path = dir.Write("x.jsonl", std::string("\0\0\0\0{}", 6));
  EXPECT_EQ(ReadIt(path).status.message(), path + ": looks like binary data");
}

TEST(ReadPathTest, JsonlKindIsDetectedFromTheFirstRecord) {
  TempDir dir;
  const std::string clusters = dir.Write(
      "c.json", "\n{\"id\":\"k\",\"articles\":[{\"text\":\"a\"}],\"references\":[\"r\"]}\n");
  const Read c = ReadIt(clusters);
  ASSERT_TRUE(c.status.ok()) << c.status.ToString();
  EXPECT_TRUE(c.input.is_clusters);
  ASSERT_EQ(c.input.clusters.size(), 1u);
  EXPECT_TRUE(c.input.articles.empty());

  // "documents" that is not an array does not make a cluster.
  const std::string articles =
      dir.Write("a.ndjson", "{\"text\":\"x\",\"documents\":\"see text\"}\n");
  const Read a = ReadIt(articles);
  ASSERT_TRUE(a.status.ok()) << a.status.ToString();
  EXPECT_FALSE(a.input.is_clusters);
  EXPECT_EQ(a.input.articles.size(), 1u);
}

TEST(ReadPathTest, SkippedBadFirstLineDoesNotDecideTheKind) {
  TempDir dir;
  const std::string path =
      dir.Write("c.jsonl", "{oops\n{\"id\":\"k\",\"documents\":[{\"text\":\"a\"}]}\n");
  IngestOptions o;
  o.skip_bad_records = true;
  const Read r = ReadIt(path, o);
  ASSERT_TRUE(r.status.ok()) << r.status.ToString();
  EXPECT_TRUE(r.input.is_clusters);
  EXPECT_EQ(r.report.skipped_bad, 1u);
}

TEST(ReadPathTest, ForcedFormats) {
  TempDir dir;
  const std::string path = dir.Write("feed.data", "{\"text\":\"looks like json\"}\n");
  const Read sniffed = ReadIt(path);
  ASSERT_TRUE(sniffed.status.ok()) << sniffed.status.ToString();
  EXPECT_EQ(sniffed.input.articles[0].text, "looks like json");
  IngestOptions o;
  o.format = InputFormat::kText;
  const Read text = ReadIt(path, o);
  ASSERT_TRUE(text.status.ok());
  EXPECT_EQ(text.input.articles[0].text, "{\"text\":\"looks like json\"}\n");
  o.format = InputFormat::kClustersJsonl;
  EXPECT_EQ(ReadIt(path, o).status.message(), path + ":1: missing \"documents\"");
  o.format = InputFormat::kHtml;
  const std::string page = dir.Write("page.txt", "<p>markup</p>");
  EXPECT_EQ(ReadIt(page, o).input.articles[0].text, "markup");
}

TEST(ReadPathTest, UnknownExtensionsAreSniffed) {
  TempDir dir;
  EXPECT_EQ(ReadIt(dir.Write("p.xhtml", " <html><p>web</p>")).input.articles[0].text, "web");
  EXPECT_EQ(ReadIt(dir.Write("t.text", "Plain\n\nwords")).input.articles[0].title, "Plain");
  EXPECT_TRUE(ReadIt(dir.Write("c.out", "{\"documents\":[{\"text\":\"a\"}]}")).input.is_clusters);
}

TEST(ReadPathTest, ClustersAndArticlesDoNotMix) {
  TempDir dir;
  dir.Write("a.jsonl", "{\"id\":\"k\",\"documents\":[{\"text\":\"a\"}]}\n");
  dir.Write("b.txt", "an article");
  const Read r = ReadIt(dir.path());
  EXPECT_EQ(r.status.message(), "cannot mix clusters (" + dir.Join("a.jsonl") +
                                    ") and single articles (" + dir.Join("b.txt") +
                                    ") in one input: give one of them, e.g. precis summarize " +
                                    dir.Join("a.jsonl"));
}

TEST(ReadPathTest, DirectoryOfClusterFiles) {
  TempDir dir;
  dir.Write("1.jsonl", "{\"id\":\"k\",\"documents\":[{\"text\":\"a\"}]}\n");
  dir.Write("2.jsonl", "{\"id\":\"k\",\"documents\":[{\"text\":\"b\"}]}\n");
  const Read r = ReadIt(dir.path());
  ASSERT_TRUE(r.status.ok()) << r.status.ToString();
  ASSERT_EQ(r.input.clusters.size(), 2u);
  EXPECT_EQ(r.input.clusters[1].id, "k#2");
}

// Runs ReadPath("-") with `bytes` on standard input.
Read ReadStdin(const std::string& bytes, IngestOptions options = {}) {
  TempDir dir;
  const std::string path = dir.Write("stdin", bytes);
  const int saved = dup(STDIN_FILENO);
  const int fd = open(path.c_str(), O_RDONLY);
  dup2(fd, STDIN_FILENO);
  close(fd);
  Read r = ReadIt("-", options);
  dup2(saved, STDIN_FILENO);
  close(saved);
  return r;
}

TEST(ReadPathTest, StandardInputIsSniffed) {
  const Read j = ReadStdin("\xEF\xBB\xBF\n  {\"text\":\"json\"}\n{\"text\":\"two\"}\n");
  ASSERT_TRUE(j.status.ok()) << j.status.ToString();
  EXPECT_THAT(Ids(j.input.articles), ElementsAre("stdin:2", "stdin:3"));
  const Read h = ReadStdin("<!doctype html><p>page</p>");
  ASSERT_TRUE(h.status.ok()) << h.status.ToString();
  EXPECT_EQ(h.input.articles[0].text, "page");
  const Read t = ReadStdin("Headline\n\nBody.");
  ASSERT_TRUE(t.status.ok()) << t.status.ToString();
  EXPECT_EQ(t.input.articles[0].id, "stdin");
  EXPECT_EQ(t.input.articles[0].title, "Headline");
  const Read c = ReadStdin("{\"documents\":[{\"text\":\"a\"}]}");
  EXPECT_TRUE(c.input.is_clusters);
}

TEST(ReadPathTest, StandardInputErrors) {
  // Empty standard input reads as one empty text article.
  EXPECT_EQ(ReadStdin("").status.message(),
            "<stdin>: no articles found (1 empty and 0 bad skipped)");
  EXPECT_EQ(ReadStdin("{\"text\":1}").status.message(),
            "<stdin>:1: field \"text\" must be a string, got number");
  EXPECT_EQ(ReadStdin("bad \xFF").status.message(),
            "<stdin>: invalid UTF-8 at byte 4 (precis reads UTF-8 text: convert other encodings "
            "first, e.g. iconv -f windows-1251 -t UTF-8)");
}

}  // namespace
}  // namespace precis
