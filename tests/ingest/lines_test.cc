// Line iteration: line ends, byte order marks, and the chunked file reader agreeing with the
// in-memory one on every input.
#include "ingest/lines.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <utility>
#include <vector>

#include "ingest/temp_dir.h"

namespace precis::ingest {
namespace {

using Lines = std::vector<std::pair<size_t, std::string>>;

Lines CollectMemory(std::string_view bytes, Status* status) {
  Lines lines;
  *status = ForEachLine(bytes, "mem", [&](std::string_view line, size_t n) {
    lines.emplace_back(n, std::string(line));
    return Status::Ok();
  });
  return lines;
}

Lines CollectFile(const std::string& path, size_t chunk, Status* status, size_t* bytes) {
  Lines lines;
  *status = ForEachFileLine(
      path,
      [&](std::string_view line, size_t n) {
        lines.emplace_back(n, std::string(line));
        return Status::Ok();
      },
      bytes, chunk);
  return lines;
}

TEST(LinesTest, SplitsOnNewlinesAndKeepsBlankLines) {
  Status s;
  const Lines lines = CollectMemory("a\n\nb\r\nc", &s);
  ASSERT_TRUE(s.ok()) << s.ToString();
  const Lines want = {{1, "a"}, {2, ""}, {3, "b"}, {4, "c"}};
  EXPECT_EQ(lines, want);
}

TEST(LinesTest, FinalNewlineDoesNotAddALine) {
  Status s;
  EXPECT_EQ(CollectMemory("a\nb\n", &s).size(), 2u);
  EXPECT_TRUE(CollectMemory("", &s).empty());
}

TEST(LinesTest, StripsByteOrderMarkAtLineStarts) {
  Status s;
  const Lines lines = CollectMemory("\xEF\xBB\xBF{}\r\n\xEF\xBB\xBFx", &s);
  const Lines want = {{1, "{}"}, {2, "x"}};
  EXPECT_EQ(lines, want);
}

TEST(LinesTest, OnlyOneCarriageReturnIsALineEnd) {
  Status s;
  const Lines lines = CollectMemory("a\r\r\nb\r", &s);
  const Lines want = {{1, "a\r"}, {2, "b"}};
  EXPECT_EQ(lines, want);
}

TEST(LinesTest, StopsAtTheFirstError) {
  size_t calls = 0;
  const Status s = ForEachLine("1\n2\n3\n", "mem", [&](std::string_view, size_t n) {
    ++calls;
    return n == 2 ? Status::DataError("stop") : Status::Ok();
  });
  EXPECT_EQ(s.message(), "stop");
  EXPECT_EQ(calls, 2u);
}

TEST(LinesTest, RefusesBinary) {
  Status s;
  CollectMemory(std::string("{\"a\":1}\n\0\0\0", 11), &s);
  EXPECT_EQ(s.message(), "mem: looks like binary data");
}

TEST(LinesTest, BlankAndStripBom) {
  EXPECT_TRUE(IsBlank(""));
  EXPECT_TRUE(IsBlank(" \t\r\n\f\v"));
  EXPECT_FALSE(IsBlank(" . "));
  EXPECT_FALSE(IsBlank("\xC2\xA0"));  // a no-break space is not ASCII white space
  EXPECT_EQ(StripBom("\xEF\xBB\xBFx"), "x");
  EXPECT_EQ(StripBom("\xEF\xBBx"), "\xEF\xBBx");
}

TEST(LinesTest, MissingFileIsNotFound) {
  const Status s = ForEachFileLine(
      "/nonexistent/precis.jsonl", [](std::string_view, size_t) { return Status::Ok(); }, nullptr);
  EXPECT_EQ(s.code(), Status::Code::kNotFound);
  EXPECT_NE(s.message().find("/nonexistent/precis.jsonl"), std::string::npos);
}

// The file reader, whatever its chunk size, sees exactly what the memory reader sees.
TEST(LinesTest, FileReaderMatchesMemoryReader) {
  testing::TempDir dir;
  std::mt19937 rng(7);
  const std::string alphabet = "ab{}\"\n\n\r \xEF\xBB\xBF";
  for (int round = 0; round < 120; ++round) {
    std::string bytes;
    const size_t n = rng() % 300;
    for (size_t i = 0; i < n; ++i) bytes += alphabet[rng() % alphabet.size()];
    if (round % 10 == 0) {  // a line longer than the 4 KiB binary sniff and many chunks
      std::string longer(5000 + rng() % 3000, 'x');
      longer.append(1, '\n').append(bytes);
      bytes = std::move(longer);
    }
    const std::string path = dir.Write("f.jsonl", bytes);
    Status ms, fs;
    const Lines want = CollectMemory(bytes, &ms);
    for (const size_t chunk : {size_t{1}, size_t{2}, size_t{7}, size_t{64}, size_t{1} << 20}) {
      if (chunk < 7 && bytes.size() > 400) continue;  // one read per byte is slow under ASan
      size_t read = 0;
      const Lines got = CollectFile(path, chunk, &fs, &read);
      ASSERT_EQ(ms.ok(), fs.ok()) << "round " << round << " chunk " << chunk;
      ASSERT_EQ(got, want) << "round " << round << " chunk " << chunk;
      ASSERT_EQ(read, bytes.size());
    }
  }
}

}  // namespace
}  // namespace precis::ingest
