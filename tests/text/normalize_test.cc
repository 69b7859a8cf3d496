#include <gtest/gtest.h>

#include <string>

#include "precis/text.h"

namespace precis {
namespace {

TEST(NormalizeAndFoldTest, AsciiIsLowerCased) {
  EXPECT_EQ(NormalizeAndFold("Hello, WORLD 42!"), "hello, world 42!");
  EXPECT_EQ(NormalizeAndFold(""), "");
  EXPECT_EQ(NormalizeAndFold("already lower"), "already lower");
}

TEST(NormalizeAndFoldTest, CompatibilityCharactersDecompose) {
  EXPECT_EQ(NormalizeAndFold("\xEF\xAC\x81nance"), "finance");                 // ﬁ ligature
  EXPECT_EQ(NormalizeAndFold("\xEF\xBC\x91\xEF\xBC\x92\xEF\xBC\x93"), "123");  // full-width
  EXPECT_EQ(NormalizeAndFold("\xEF\xBC\xA1\xEF\xBC\xA2"), "ab");               // full-width ＡＢ
  EXPECT_EQ(NormalizeAndFold("x\xC2\xB2"), "x2");                              // superscript two
  EXPECT_EQ(NormalizeAndFold("\xE2\x85\xA0\xE2\x85\xA1"), "iii");  // Roman numerals Ⅰ Ⅱ
}

TEST(NormalizeAndFoldTest, FullCaseFolding) {
  EXPECT_EQ(NormalizeAndFold("Stra\xC3\x9F"
                             "e"),
            "strasse");  // Straße
  EXPECT_EQ(NormalizeAndFold("\xCE\x9F\xCE\x94\xCE\x9F\xCE\xA3"),
            "\xCE\xBF\xCE\xB4\xCE\xBF\xCF\x83");  // ΟΔΟΣ -> οδοσ (folding has no final sigma)
  EXPECT_EQ(NormalizeAndFold("\xD0\x9C\xD0\x9E\xD0\xA1\xD0\x9A\xD0\x92\xD0\x90"),
            "\xD0\xBC\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0");  // МОСКВА -> москва
}

TEST(NormalizeAndFoldTest, ComposesDecomposedAccents) {
  // "Cafe" + COMBINING ACUTE ACCENT and the precomposed "Café" fold to the same bytes.
  EXPECT_EQ(NormalizeAndFold("Cafe\xCC\x81"), "caf\xC3\xA9");
  EXPECT_EQ(NormalizeAndFold("CAF\xC3\x89"), "caf\xC3\xA9");
}

TEST(NormalizeAndFoldTest, DropsDefaultIgnorables) {
  EXPECT_EQ(NormalizeAndFold("co\xC2\xADoperate"), "cooperate");  // soft hyphen
  EXPECT_EQ(NormalizeAndFold("a\xE2\x80\x8B"
                             "b"),
            "ab");  // zero width space
}

TEST(NormalizeAndFoldTest, IsIdempotent) {
  for (const char* s : {"Stra\xC3\x9F"
                        "e",
                        "\xEF\xAC\x81", "\xC4\xB0stanbul", "Cafe\xCC\x81", "\xE1\xBA\x9E",
                        "\xEF\xBC\xA1\xEF\xBC\xA2", "Hello"}) {
    const std::string once = NormalizeAndFold(s);
    EXPECT_EQ(NormalizeAndFold(once), once) << s;
  }
}

TEST(NormalizeAndFoldTest, AsciiFastPathAgreesWithIcu) {
  // Every printable ASCII character, with one non-ASCII character appended so the ICU path
  // runs, must fold like the fast path does.
  for (int c = 0x20; c < 0x7F; ++c) {
    const std::string ascii(1, static_cast<char>(c));
    const std::string via_icu = NormalizeAndFold(ascii + "\xC3\xA9");
    EXPECT_EQ(via_icu, NormalizeAndFold(ascii) + "\xC3\xA9") << "char " << c;
  }
}

}  // namespace
}  // namespace precis
