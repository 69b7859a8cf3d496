// Differential test: the hand-coded fast tokenizer must agree with ICU's word BreakIterator
// on every text it accepts.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "precis/text.h"
#include "text/word_tokenize.h"

namespace precis {
namespace {

std::string Describe(std::string_view text, const std::vector<WordToken>& tokens) {
  std::string out;
  for (const WordToken& t : tokens) {
    out += "[" + std::string(t.span.of(text)) + "|" + t.norm + "]";
  }
  return out;
}

void ExpectSameTokens(std::string_view text) {
  const Span all{0, static_cast<uint32_t>(text.size())};
  std::vector<WordToken> fast;
  std::vector<WordToken> icu;
  ASSERT_TRUE(text_internal::TokenizeWordsFast(text, all, &fast)) << text;
  text_internal::TokenizeWordsIcu(text, all, &icu);
  ASSERT_EQ(Describe(text, fast), Describe(text, icu)) << "text: [" << text << "]";
}

TEST(TokenizeFastTest, HandPickedCases) {
  for (const char* text :
       {"U.S. e.g. 3.5 1,000 don't New York-based a_b ___ x:y foo;bar 1;2 1.a a.1 a'b",
        "'quoted' ab. $5 @ @@ a@b user@example.com @1 1@ A.B.C 1.2.3 1,2,3 a,b 1'000 ''a'' _a a_ "
        "__1__ 1_ _._ a._b",
        "doesn\xE2\x80\x99t \xE2\x80\x98quoted\xE2\x80\x99 \xE2\x80\x9CHi\xE2\x80\x9D "
        "10\xC2\xA0km a\xE2\x80\x94"
        "b 1\xE2\x80\x93"
        "2 wait\xE2\x80\xA6 3\xE2\x80\x99"
        "5",
        "", " ", "a", "1", ".", "a.", ".a", "a..b", "1..2", "a.'b", "1.,2", "a\n\nb", "\r\n"}) {
    ExpectSameTokens(text);
  }
}

// PRECIS_FUZZ_ITERATIONS and PRECIS_FUZZ_SEED widen the search locally.
int EnvInt(const char* name, int fallback) {
  const char* v = std::getenv(name);
  return v != nullptr ? std::atoi(v) : fallback;
}

TEST(TokenizeFastTest, RandomTextsAgreeWithIcu) {
  static const char* const kPieces[] = {"a",
                                        "Z",
                                        "word",
                                        "Mr",
                                        "0",
                                        "9",
                                        "42",
                                        "_",
                                        ".",
                                        "'",
                                        ",",
                                        ";",
                                        ":",
                                        " ",
                                        "\t",
                                        "\n",
                                        "-",
                                        "$",
                                        "%",
                                        "\"",
                                        "(",
                                        ")",
                                        "/",
                                        "@",
                                        "#",
                                        "`",
                                        "&",
                                        "?",
                                        "!",
                                        "\r\n",
                                        "\xC2\xA0",
                                        "\xE2\x80\x93",
                                        "\xE2\x80\x94",
                                        "\xE2\x80\x98",
                                        "\xE2\x80\x99",
                                        "\xE2\x80\x9C",
                                        "\xE2\x80\x9D",
                                        "\xE2\x80\xA6",
                                        "\x7F",
                                        "\x01"};
  std::mt19937 rng(EnvInt("PRECIS_FUZZ_SEED", 1234));
  std::uniform_int_distribution<int> pick(0, std::size(kPieces) - 1);
  std::uniform_int_distribution<int> length(0, 40);
  for (int i = 0, n = EnvInt("PRECIS_FUZZ_ITERATIONS", 20000); i < n; ++i) {
    std::string text;
    for (int j = length(rng); j > 0; --j) text += kPieces[pick(rng)];
    ExpectSameTokens(text);
    if (HasFatalFailure()) return;
  }
}

TEST(TokenizeFastTest, DeclinesOtherCharacters) {
  std::vector<WordToken> tokens;
  for (const char* text : {"caf\xC3\xA9", "\xE6\x97\xA5",
                           "a\xE2\x80\x8B"
                           "b",
                           "\xF0\x9F\x98\x80", "a\xCC\x81", "\xE2\x80\x90"}) {
    EXPECT_FALSE(text_internal::TokenizeWordsFast(
        text, Span{0, static_cast<uint32_t>(std::string_view(text).size())}, &tokens))
        << text;
    EXPECT_TRUE(tokens.empty());
  }
}

TEST(TokenizeFastTest, Duc2004AgreesWithIcu) {
  const std::string path = std::string(PRECIS_SHARED_DIR) + "/data/duc2004/clusters.jsonl";
  std::ifstream in(path);
  if (!in) GTEST_SKIP() << path << " not found (the shared data folder is optional)";
  // The articles are JSON strings; the raw lines hold the same characters with escapes,
  // which is as good a test input (and needs no JSON parser here).
  std::string line;
  int lines = 0;
  while (std::getline(in, line)) {
    ExpectSameTokens(line);
    if (HasFatalFailure()) return;
    ++lines;
  }
  EXPECT_GT(lines, 0);
}

}  // namespace
}  // namespace precis
