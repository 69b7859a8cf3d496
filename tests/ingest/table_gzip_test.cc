// Tables (.csv/.tsv), gzip input, unknown file kinds in a folder, input limits and file
// offsets, through ReadPath and the parsers.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <zlib.h>

#include <string>

#include "ingest/gzip.h"
#include "ingest/table.h"
#include "precis/ingest.h"
#include "temp_dir.h"

namespace precis {
namespace {

using ::testing::HasSubstr;
using testing::TempDir;

// gzip of `text` with zlib's own writer (an independent path from the reader under test).
std::string Gzip(const std::string& text) {
  z_stream zs{};
  deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&zs, text.size()) + 64, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data()));
  zs.avail_in = static_cast<uInt>(text.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

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

TEST(TableTest, CsvWithHeaderQuotesAndLineBreaks) {
  TempDir dir;
  const Read r = ReadIt(
      dir.Write("feed.csv",
                "ID, Title ,text,extra\r\n"
                "a1,Dam cracks,\"Engineers found a crack, a long one.\nResidents left.\",x\r\n"
                ",No id,\"He said \"\"leave now\"\".\",y\n"
                "\n"));
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  ASSERT_EQ(r.input.articles.size(), 2u);
  EXPECT_EQ(r.input.articles[0].id, "a1");
  EXPECT_EQ(r.input.articles[0].title, "Dam cracks");
  EXPECT_EQ(r.input.articles[0].text, "Engineers found a crack, a long one.\nResidents left.");
  EXPECT_EQ(r.input.articles[1].id, "feed:4");  // the row starts on line 4
  EXPECT_EQ(r.input.articles[1].text, "He said \"leave now\".");
  EXPECT_EQ(r.input.articles[0].file_offset, -1);
}

TEST(TableTest, TsvAndErrors) {
  TempDir dir;
  Read r = ReadIt(dir.Write("a.tsv", "id\ttext\nx\tOne article here.\ny\tAnother one.\n"));
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  EXPECT_EQ(r.input.articles.size(), 2u);
  r = ReadIt(dir.Write("b.csv", "title,body\nA,Some text\n"));
  EXPECT_EQ(r.status.code(), Status::Code::kDataError);
  EXPECT_THAT(r.status.message(), HasSubstr("b.csv: the header has no 'text' column (columns: "
                                            "title, body)"));
  r = ReadIt(dir.Write("c.csv", "id,text\nx,fine\ny,too,many\n"));
  EXPECT_THAT(r.status.message(), HasSubstr("c.csv:3: 3 fields, the header has 2"));
  IngestOptions skip;
  skip.skip_bad_records = true;
  r = ReadIt(dir.Join("c.csv"), skip);
  ASSERT_TRUE(r.status.ok());
  EXPECT_EQ(r.input.articles.size(), 1u);
  EXPECT_EQ(r.report.skipped_bad, 1u);
  r = ReadIt(dir.Write("d.csv", "id,text\nx,\"unterminated\n"));
  EXPECT_THAT(r.status.message(), HasSubstr("d.csv:2: unterminated quote"));
}

TEST(GzipTest, FilesByInnerNameAndStdinSniffing) {
  TempDir dir;
  const std::string jsonl =
      "{\"id\":\"a\",\"text\":\"Rain fell.\"}\n{\"id\":\"b\",\"text\":\"Wind.\"}\n";
  Read r = ReadIt(dir.Write("feed.jsonl.gz", Gzip(jsonl)));
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  ASSERT_EQ(r.input.articles.size(), 2u);
  EXPECT_EQ(r.input.articles[1].text, "Wind.");
  r = ReadIt(dir.Write("story.txt.gz", Gzip("A Title\n\nThe body of the story.")));
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  EXPECT_EQ(r.input.articles[0].title, "A Title");
  EXPECT_EQ(r.input.articles[0].file_offset, -1);  // not an offset into the .gz file
  // Two members concatenated, as `cat a.gz b.gz` gives.
  r = ReadIt(
      dir.Write("two.jsonl.gz", Gzip("{\"text\":\"One.\"}\n") + Gzip("{\"text\":\"Two.\"}\n")));
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  EXPECT_EQ(r.input.articles.size(), 2u);
  // Corrupt and truncated data name the file.
  std::string bad = Gzip(jsonl);
  r = ReadIt(dir.Write("cut.jsonl.gz", bad.substr(0, bad.size() / 2)));
  EXPECT_THAT(r.status.message(), HasSubstr("cut.jsonl.gz: not valid gzip data"));
}

TEST(GzipTest, DecompressedSizeIsBounded) {
  const std::string zeros_text(1 << 20, 'a');
  const std::string gz = Gzip(zeros_text);
  std::string out;
  Status s = ingest::Gunzip(gz, "bomb.gz", 1000, &out);
  EXPECT_THAT(s.message(), HasSubstr("bomb.gz: over the limit of 1000 bytes once decompressed"));
  EXPECT_TRUE(out.empty());
  ASSERT_TRUE(ingest::Gunzip(gz, "ok.gz", 1 << 20, &out).ok());
  EXPECT_EQ(out, zeros_text);
}

TEST(ReadPathLimits, UnknownKindsAreListedOnce) {
  TempDir dir;
  dir.Write("a.txt", "Some text of an article.");
  dir.Write("notes.md", "# notes");
  dir.Write("report.pdf", "%PDF");
  const Read r = ReadIt(dir.path());
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  ASSERT_EQ(r.report.warnings.size(), 1u);
  EXPECT_THAT(r.report.warnings[0],
              HasSubstr("2 file(s) of unknown kind skipped (notes.md, report.pdf)"));
}

TEST(ReadPathLimits, InputLimitAndBinaryStopEarly) {
  TempDir dir;
  IngestOptions small;
  small.max_input_bytes = 1000;
  const Read r = ReadIt(dir.Write("blob", std::string(5000, 'x')), small);
  EXPECT_THAT(r.status.message(), HasSubstr("over the limit of 1000 bytes (max_input_bytes)"));
  const Read line =
      ReadIt(dir.Write("long.jsonl", "{\"text\":\"" + std::string(5000, 'y') + "\"}\n"), small);
  EXPECT_THAT(line.status.message(),
              HasSubstr("long.jsonl:1: line longer than the limit of 1000 bytes"));
  const Read z = ReadIt("/dev/zero");
  EXPECT_EQ(z.status.message(), "/dev/zero: looks like binary data");
}

TEST(ReadPathLimits, TextFileOffsets) {
  TempDir dir;
  const std::string file = "\xEF\xBB\xBFStorm Hits Coast\n\n\nThe storm hit the coast.";
  const Read r = ReadIt(dir.Write("s.txt", file));
  ASSERT_TRUE(r.status.ok());
  const Article& a = r.input.articles[0];
  ASSERT_GE(a.file_offset, 0);
  EXPECT_EQ(file.substr(a.file_offset), a.text);
  const Read plain = ReadIt(dir.Write("p.txt", "No title here. Just text."));
  EXPECT_EQ(plain.input.articles[0].file_offset, 0);
  const Read json = ReadIt(dir.Write("j.jsonl", "{\"text\":\"x\"}\n"));
  EXPECT_EQ(json.input.articles[0].file_offset, -1);
}

}  // namespace
}  // namespace precis
