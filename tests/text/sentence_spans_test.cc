// Properties of SplitSentences that must hold for any input: valid spans, termination on
// garbage and pathological text, the length limit, thread safety.
#include <gtest/gtest.h>
#include <unicode/utf8.h>

#include <cstdlib>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "precis/text.h"
#include "text/span_checks.h"

namespace precis {
namespace {

using testing::CheckSentenceSpans;

std::vector<std::string> Texts(std::string_view text, const std::vector<Span>& spans) {
  std::vector<std::string> out;
  for (const Span& s : spans) out.emplace_back(s.of(text));
  return out;
}

TEST(SentenceSpansTest, EmptyAndBlankInputsGiveNoSentences) {
  for (std::string_view text :
       {std::string_view(""), std::string_view(" "), std::string_view("\n\n\n"),
        std::string_view(" \t\r\n \f\v"), std::string_view("\xC2\xA0\xE3\x80\x80\xE2\x80\xA8")}) {
    EXPECT_TRUE(SplitSentences(text).empty()) << "input: [" << text << "]";
  }
}

TEST(SentenceSpansTest, OnlyPunctuation) {
  for (std::string text : {std::string(10000, '.'), std::string(5000, '!'), std::string("?!?!..."),
                           std::string("\"''``)(")}) {
    const std::vector<Span> spans = SplitSentences(text);
    EXPECT_EQ(CheckSentenceSpans(text, spans, 2000), "");
    EXPECT_FALSE(spans.empty());
  }
}

TEST(SentenceSpansTest, OnlyNewlinesAndSpaces) {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += (i % 3 == 0) ? "\r\n" : (i % 3 == 1 ? " \n" : "\n");
  EXPECT_TRUE(SplitSentences(text).empty());
}

TEST(SentenceSpansTest, MegabyteWithoutPeriodIsCutAtWhiteSpace) {
  std::string text;
  while (text.size() < (1u << 20)) text += "and the river rose again ";
  SegmentOptions options;
  const std::vector<Span> spans = SplitSentences(text, options);
  EXPECT_EQ(CheckSentenceSpans(text, spans, options.max_sentence_bytes), "");
  EXPECT_GE(spans.size(), text.size() / options.max_sentence_bytes);
  for (const Span& s : spans) {
    // Cuts fall between words: each piece starts and ends with a whole word.
    const std::string_view piece = s.of(text);
    EXPECT_TRUE(s.begin == 0 || text[s.begin - 1] == ' ') << piece.substr(0, 20);
    EXPECT_TRUE(s.end == text.size() || text[s.end] == ' ') << piece.substr(0, 20);
  }
}

TEST(SentenceSpansTest, MegabyteWithoutWhiteSpaceIsCutAtCharacterBoundaries) {
  std::string text;
  while (text.size() < (1u << 20)) text += "\xC3\xA9\xE6\x97\xA5\xF0\x9F\x98\x80x";  // é日😀x
  SegmentOptions options;
  options.max_sentence_bytes = 1000;
  const std::vector<Span> spans = SplitSentences(text, options);
  EXPECT_EQ(CheckSentenceSpans(text, spans, options.max_sentence_bytes), "");
}

TEST(SentenceSpansTest, CombiningMarksStayWithTheirBase) {
  std::string text;
  for (int i = 0; i < 300; ++i) text += "e\xCC\x81";  // e + COMBINING ACUTE ACCENT
  SegmentOptions options;
  options.max_sentence_bytes = 100;
  const std::vector<Span> spans = SplitSentences(text, options);
  ASSERT_EQ(CheckSentenceSpans(text, spans, options.max_sentence_bytes), "");
  for (const Span& s : spans) EXPECT_EQ(text[s.begin], 'e') << s.begin;
}

TEST(SentenceSpansTest, LimitZeroMeansNoLimit) {
  std::string text(5000, 'x');
  SegmentOptions options;
  options.max_sentence_bytes = 0;
  const std::vector<Span> spans = SplitSentences(text, options);
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_EQ(spans[0], (Span{0, 5000}));
}

TEST(SentenceSpansTest, LongSentencePrefersClauseBoundaries) {
  const std::string clause = "the committee met again on a cold morning in the capital";
  std::string text = clause + "; " + clause + "; " + clause + ".";
  SegmentOptions options;
  options.max_sentence_bytes = 80;
  const std::vector<std::string> got = Texts(text, SplitSentences(text, options));
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[0], clause + ";");
  EXPECT_EQ(got[2], clause + ".");
}

TEST(SentenceSpansTest, EmojiRtlAndScriptsProduceValidSpans) {
  const std::string text =
      "\xF0\x9F\x98\x80\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD! "                          // 😀👍🏽!
      "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xD7\xA2\xD7\x95\xD7\x9C\xD7\x9D. "         // Hebrew
      "\xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7 \xD8\xA8\xD9\x83\xD9\x85\xD8\x9F "  // Arabic + ؟
      "\xE6\x97\xA5\xE6\x9C\xAC\xE3\x80\x82\xE4\xB8\xAD\xE5\x9B\xBD\xE3\x80\x82";  // 日本。中国。
  const std::vector<Span> spans = SplitSentences(text);
  EXPECT_EQ(CheckSentenceSpans(text, spans), "");
  EXPECT_GE(spans.size(), 4u);
}

TEST(SentenceSpansTest, LineEndingsOfAllKinds) {
  const std::string text =
      "First line.\r\nSecond line.\rThird line.\xC2\x85"
      "Fourth line.\xE2\x80\xA8"
      "Fifth line.\xE2\x80\xA9"
      "Sixth line";
  const std::vector<std::string> got = Texts(text, SplitSentences(text));
  EXPECT_EQ(got, (std::vector<std::string>{"First line.", "Second line.", "Third line.",
                                           "Fourth line.", "Fifth line.", "Sixth line"}));
}

TEST(SentenceSpansTest, ParagraphSeparatorEndsASentence) {
  const std::string text =
      "No period here\xE2\x80\xA9"
      "the next paragraph";
  EXPECT_EQ(SplitSentences(text).size(), 2u);
}

TEST(SentenceSpansTest, WrappedLinesKeepTheirOriginalBytes) {
  const std::string text = "The bill\r\nwould pass. Next.";
  const std::vector<Span> spans = SplitSentences(text);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0].of(text), "The bill\r\nwould pass.");  // spans point into the original
}

TEST(SentenceSpansTest, UnknownLanguageFallsBackToRootRules) {
  SegmentOptions options;
  for (const char* language : {"de", "fr", "xx", "", "not a locale @#$"}) {
    options.language = language;
    const std::string text = "Eins. Zwei. Drei.";
    EXPECT_EQ(SplitSentences(text, options).size(), 3u) << language;
  }
}

// Random documents built from pieces that stress the rules, plus random code points.
std::string RandomText(std::mt19937* rng) {
  static const char* const kPieces[] = {"word",
                                        "The",
                                        "the",
                                        "Mr.",
                                        "U.S.",
                                        "Inc.",
                                        "a.m.",
                                        "J.",
                                        "No.",
                                        "Jan.",
                                        "St.",
                                        ".",
                                        "!",
                                        "?",
                                        "...",
                                        "\xE2\x80\xA6",
                                        "\"",
                                        "''",
                                        "``",
                                        "(",
                                        ")",
                                        "[",
                                        " ",
                                        "  ",
                                        "\n",
                                        "\n\n",
                                        "\r\n",
                                        "\t",
                                        "\xC2\xA0",
                                        "\xF0\x9F\x98\x80",
                                        "e\xCC\x81",
                                        "\xCC\x81",
                                        "\xD7\xA9\xD7\x9C",
                                        "\xD9\x85\xD8\xB1",
                                        "\xE6\x97\xA5",
                                        "\xE3\x80\x82",
                                        "1.",
                                        "3.5",
                                        "$",
                                        "-",
                                        "--",
                                        "\xE2\x80\x94",
                                        "* ",
                                        "\xE2\x80\xA2 ",
                                        "WASHINGTON (AP) -- ",
                                        "\xE2\x80\xA8",
                                        "\xE2\x80\xA9",
                                        "\xE2\x80\x8B",
                                        "\v",
                                        "\f",
                                        "\xC2\x85",
                                        "A",
                                        ":",
                                        ";",
                                        ",",
                                        "1)",
                                        "(a) ",
                                        "***",
                                        "Stop!",
                                        "said",
                                        "he said."};
  std::uniform_int_distribution<int> piece(0, std::size(kPieces) - 1);
  std::uniform_int_distribution<int> length(0, 200);
  std::uniform_int_distribution<int> kind(0, 9);
  std::uniform_int_distribution<UChar32> bmp(0x20, 0xFFFF);
  std::uniform_int_distribution<UChar32> any(0x20, 0x10FFFF);
  std::string text;
  const int n = length(*rng);
  for (int i = 0; i < n; ++i) {
    const int k = kind(*rng);
    if (k < 8) {
      text += kPieces[piece(*rng)];
      continue;
    }
    UChar32 c = k == 8 ? bmp(*rng) : any(*rng);
    if (U_IS_SURROGATE(c)) c = 0xFFFD;
    char buf[4];
    int32_t len = 0;
    U8_APPEND_UNSAFE(buf, len, c);
    text.append(buf, len);
  }
  return text;
}

// PRECIS_FUZZ_ITERATIONS=200000 runs a deeper search locally; PRECIS_FUZZ_SEED changes it.
int EnvInt(const char* name, int fallback) {
  const char* v = std::getenv(name);
  return v != nullptr ? std::atoi(v) : fallback;
}

TEST(SentenceSpansTest, RandomTextsGiveValidSpans) {
  std::mt19937 rng(EnvInt("PRECIS_FUZZ_SEED", 20240611));
  const int iterations = EnvInt("PRECIS_FUZZ_ITERATIONS", 1500);
  SegmentOptions small;
  small.max_sentence_bytes = 40;
  SegmentOptions flat;
  flat.paragraph_breaks = false;
  for (int i = 0; i < iterations; ++i) {
    const std::string text = RandomText(&rng);
    ASSERT_TRUE(IsValidUtf8(text));
    for (const SegmentOptions* options : {&small, &flat}) {
      const std::vector<Span> spans = SplitSentences(text, *options);
      const std::string error = CheckSentenceSpans(text, spans, options->max_sentence_bytes);
      ASSERT_EQ(error, "") << "case " << i << ": [" << text << "]";
    }
  }
}

TEST(SentenceSpansTest, SameResultOnManyThreads) {
  std::mt19937 rng(7);
  std::vector<std::string> texts;
  for (int i = 0; i < 200; ++i) texts.push_back(RandomText(&rng));
  std::vector<std::vector<Span>> expected;
  for (const std::string& t : texts) expected.push_back(SplitSentences(t));
  std::vector<int> mismatches(4, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (size_t i = 0; i < texts.size(); ++i) {
        if (SplitSentences(texts[i]) != expected[i]) ++mismatches[t];
      }
    });
  }
  for (std::thread& th : threads) th.join();
  for (int t = 0; t < 4; ++t) EXPECT_EQ(mismatches[t], 0) << "thread " << t;
}

}  // namespace
}  // namespace precis
