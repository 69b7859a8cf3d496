#include <gtest/gtest.h>

#include <string>

#include "precis/text.h"

namespace precis {
namespace {

TEST(Utf8Test, AcceptsWellFormedText) {
  EXPECT_TRUE(IsValidUtf8(""));
  EXPECT_TRUE(IsValidUtf8("plain ascii"));
  EXPECT_TRUE(IsValidUtf8("caf\xC3\xA9 \xE6\x97\xA5\xE6\x9C\xAC \xF0\x9F\x98\x80"));
  EXPECT_TRUE(IsValidUtf8("\xF4\x8F\xBF\xBF"));  // U+10FFFF
}

TEST(Utf8Test, RejectsMalformedTextAndReportsTheOffset) {
  struct Bad {
    std::string text;
    size_t offset;
  };
  for (const Bad& bad : {Bad{"ab\xC3", 2}, Bad{"ab\x80", 2}, Bad{"\xC0\xAF", 0},  // overlong
                         Bad{"x\xED\xA0\x80", 1},                                 // surrogate
                         Bad{"xy\xF4\x90\x80\x80", 2},                            // > U+10FFFF
                         Bad{"ok \xE6\x97", 3}, Bad{"\xFF", 0}}) {
    size_t offset = 99;
    EXPECT_FALSE(IsValidUtf8(bad.text, &offset)) << bad.offset;
    EXPECT_EQ(offset, bad.offset);
  }
}

TEST(Utf8Test, LooksBinary) {
  EXPECT_FALSE(LooksBinary("Just some text.\nWith lines.\r\n\tAnd tabs."));
  EXPECT_FALSE(LooksBinary(""));
  EXPECT_TRUE(LooksBinary(std::string("abc\0def", 7)));
  EXPECT_TRUE(LooksBinary("\x01\x02\x03\x04\x05 abc"));
}

}  // namespace
}  // namespace precis
