// ROUGE's byte-level text handling: lines, the raw-text limits, tokens.
#include "eval/rouge_text.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace precis::rouge {
namespace {

std::vector<std::string> Tokens(std::string_view text) {
  std::vector<std::string> out;
  std::string scratch;
  ForEachRougeToken(text, &scratch, [&](std::string_view t, uint64_t hash) {
    EXPECT_EQ(hash, RougeHashBytes(t));
    out.emplace_back(t);
  });
  return out;
}

using V = std::vector<std::string>;

TEST(RougeTextTest, TokensFollowTheCleanup) {
  EXPECT_EQ(Tokens("U.S."), (V{"u", "s"}));
  EXPECT_EQ(Tokens("3.5%"), (V{"3", "5"}));
  EXPECT_EQ(Tokens("economy's"), (V{"economy", "s"}));
  EXPECT_EQ(Tokens("big-bang"), (V{"big", "bang"}));
  EXPECT_EQ(Tokens("Price: $100"), (V{"price", "100"}));
  EXPECT_EQ(Tokens("caf\xc3\xa9 ol\xff"), (V{"caf", "ol"}));
  EXPECT_EQ(Tokens("<b>x</b>"), (V{"b", "x", "b"}));
  EXPECT_EQ(Tokens("-- ... !!!"), V{});
  EXPECT_EQ(Tokens(""), V{});
  EXPECT_EQ(Tokens("MiXeD\tCASE_42"), (V{"mixed", "case", "42"}));
}

std::vector<std::string_view> Lines(std::string_view text) {
  std::vector<std::string_view> lines;
  AppendRougeLines(text, &lines);
  return lines;
}

TEST(RougeTextTest, LinesAsAnSplFileIsRead) {
  EXPECT_EQ(Lines("a\n\nb\r\n  \n"), (std::vector<std::string_view>{"a", "b\r", "  "}));
  EXPECT_TRUE(Lines("").empty());
  EXPECT_TRUE(Lines("\n\n").empty());
  EXPECT_EQ(Lines("no newline"), std::vector<std::string_view>{"no newline"});
}

// The kept text of each view, pieces joined by " | ".
std::string Kept(const std::vector<std::string_view>& lines, const std::vector<RougePiece>& p) {
  std::string out;
  for (const RougePiece& piece : p) {
    if (!out.empty()) out += " | ";
    out += std::string(lines[piece.line].substr(0, piece.length));
  }
  return out;
}

TEST(RougeTextTest, WordLimitCountsRawWords) {
  std::vector<std::string_view> lines = {"Hello , world -- big-bang !", "second line here"};
  RougeLimitedText t;
  ApplyRougeLimit(lines, 4, 0, &t);
  EXPECT_EQ(Kept(lines, t.flat), "Hello , world --");
  EXPECT_EQ(Kept(lines, t.sentences), "Hello , world --");
  ApplyRougeLimit(lines, 6, 0, &t);  // 6 words fit exactly: the line is taken and ends it
  EXPECT_EQ(Kept(lines, t.flat), "Hello , world -- big-bang !");
  ApplyRougeLimit(lines, 7, 0, &t);
  EXPECT_EQ(Kept(lines, t.flat), "Hello , world -- big-bang ! | second");
  std::vector<std::string_view> blank = {"   alpha beta gamma"};
  ApplyRougeLimit(blank, 2, 0, &t);  // the empty first field counts
  EXPECT_EQ(Kept(blank, t.flat), "   alpha");
  ApplyRougeLimit(blank, 1, 0, &t);
  EXPECT_EQ(Kept(blank, t.flat), "");
  std::vector<std::string_view> spaces = {"   ", "a b"};
  ApplyRougeLimit(spaces, 1, 0, &t);  // a line of blanks has no words
  EXPECT_EQ(Kept(spaces, t.flat), "    | a");
}

TEST(RougeTextTest, ByteLimitAndTheSentenceListBug) {
  std::vector<std::string_view> lines = {"aaa bbb", "ccc ddd", "eeeeeeeee", "f"};
  RougeLimitedText t;
  ApplyRougeLimit(lines, 0, 8, &t);
  EXPECT_EQ(Kept(lines, t.flat), "aaa bbb | c");
  // The sentence list never advances its count: whole lines until one of >= 8 bytes.
  EXPECT_EQ(Kept(lines, t.sentences), "aaa bbb | ccc ddd | eeeeeeee");
  ApplyRougeLimit(lines, 0, 0, &t);
  EXPECT_EQ(t.flat.size(), 4u);
  EXPECT_EQ(Kept(lines, t.sentences), "aaa bbb | ccc ddd | eeeeeeeee | f");
}

}  // namespace
}  // namespace precis::rouge
