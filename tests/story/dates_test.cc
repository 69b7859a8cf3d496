// ParseDate: ISO 8601 forms, time zones, and refusals.
#include <gtest/gtest.h>

#include "precis/story.h"

namespace precis {
namespace {

int64_t Parse(const char* s) {
  int64_t t = -1;
  EXPECT_TRUE(ParseDate(s, &t)) << s;
  return t;
}

TEST(ParseDate, AcceptedForms) {
  EXPECT_EQ(Parse("1970-01-01"), 0);
  EXPECT_EQ(Parse("1970-01-02"), 86400);
  EXPECT_EQ(Parse("2000-03-01"), 951868800);  // after a leap day in a century leap year
  EXPECT_EQ(Parse("1998-10-16T12:30"), 908541000);
  EXPECT_EQ(Parse("1998-10-16T12:30:00Z"), 908541000);
  EXPECT_EQ(Parse("1998-10-16 12:30:00"), 908541000);
  EXPECT_EQ(Parse("1998-10-16T14:30:00+02:00"), 908541000);
  EXPECT_EQ(Parse("1998-10-16T07:30:00-0500"), 908541000);
  EXPECT_EQ(Parse("1998-10-16T12:30:00.250Z"), 908541000);
  EXPECT_EQ(Parse("19981016"), 908496000);
  EXPECT_EQ(Parse("  2004-02-29 "), 1078012800);
  EXPECT_EQ(Parse("1969-12-31"), -86400);
}

TEST(ParseDate, Refusals) {
  int64_t t = 5;
  for (const char* bad :
       {"", "yesterday", "2004-02-30", "2003-02-29", "2004-13-01", "2004-00-10", "2004-1-5",
        "2004-01-01T25:00", "2004-01-01T12", "2004-01-01T12:00:00+25:00", "2004-01-01X",
        "2004-01-01T12:00Zjunk", "Mon, 01 Mar 2004 10:00:00 GMT"}) {
    EXPECT_FALSE(ParseDate(bad, &t)) << bad;
  }
  EXPECT_EQ(t, 5);  // untouched on failure
}

}  // namespace
}  // namespace precis
