// ParseDate: ISO 8601 forms, RFC 5322 (RSS) dates, time zones, and refusals.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>

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

// RSS feeds and e-mail date their items as RFC 5322 (RFC 822) does.
TEST(ParseDate, Rfc5322DatesOfRssFeeds) {
  EXPECT_EQ(Parse("Fri, 16 Oct 1998 12:30:00 GMT"), 908541000);
  EXPECT_EQ(Parse("16 Oct 1998 12:30:00 +0000"), 908541000);
  EXPECT_EQ(Parse("Fri, 16 Oct 1998 15:30:00 +0300"), 908541000);
  EXPECT_EQ(Parse("Fri, 16 Oct 1998 08:30 EDT"), 908541000);
  EXPECT_EQ(Parse("fri,  16 oct 98 12:30:00 ut"), 908541000);  // two-digit year, any case
  EXPECT_EQ(Parse("16 October 1998 12:30:00 Z"), 908541000);
  EXPECT_EQ(Parse("16 Oct 1998"), 908496000);  // no time: midnight UTC
  EXPECT_EQ(Parse("Sun, 1 Feb 04 00:00:00 -0000"), 1075593600);
  int64_t t = 5;
  for (const char* bad :
       {"Mon, 30 Feb 2004 10:00:00 GMT", "Mon, 01 Foo 2004 10:00:00 GMT", "Mon 01 Mar 2004",
        "Mon, 01 Mar 2004 10:00:00 XYZ", "Mon, 01 Mar 2004 25:00:00 GMT", "01 Mar 2004 10",
        "Mon, 01 Mar 2004 10:00:00 +03", "Mon, 01 Mar 2004 10:00:00 GMT junk", "01 Mar"}) {
    EXPECT_FALSE(ParseDate(bad, &t)) << bad;
  }
  EXPECT_EQ(t, 5);
}

TEST(ParseDate, Refusals) {
  int64_t t = 5;
  for (const char* bad : {"", "yesterday", "2004-02-30", "2003-02-29", "2004-13-01", "2004-00-10",
                          "2004-1-5", "2004-01-01T25:00", "2004-01-01T12",
                          "2004-01-01T12:00:00+25:00", "2004-01-01X", "2004-01-01T12:00Zjunk"}) {
    EXPECT_FALSE(ParseDate(bad, &t)) << bad;
  }
  EXPECT_EQ(t, 5);  // untouched on failure
}

// SortByArrival permutes in place; the naive reference sorts (index, time) pairs into a new
// vector, with the documented rule for undated articles.
TEST(SortByArrival, MatchesANaiveStableSort) {
  std::mt19937 rng(11);
  for (int round = 0; round < 200; ++round) {
    const size_t n = rng() % 40;
    std::vector<Article> articles(n);
    for (size_t i = 0; i < n; ++i) {
      articles[i].id = "a" + std::to_string(i);
      const unsigned kind = rng() % 5;
      if (kind == 0) continue;                           // no date
      if (kind == 1) articles[i].date = "not a date";  // unusable
      if (kind >= 2) articles[i].date = "2004-01-0" + std::to_string(1 + rng() % 4);
    }
    // Reference: times in input order, undated ones at the previous article's time (the
    // first dated one's before any date), then a stable sort.
    std::vector<std::pair<int64_t, std::string>> expected;
    int64_t previous = 0;
    bool any = false;
    size_t undated = 0;
    for (const Article& a : articles) {
      int64_t t = 0;
      if (ParseDate(a.date, &t)) {
        if (!any) {
          for (auto& e : expected) e.first = t;
        }
        any = true;
        previous = t;
      } else {
        ++undated;
        t = previous;
      }
      expected.emplace_back(t, a.id);
    }
    std::stable_sort(expected.begin(), expected.end(),
                     [](const auto& x, const auto& y) { return x.first < y.first; });
    const ArrivalOrderReport report = SortByArrival(&articles);
    ASSERT_EQ(articles.size(), expected.size());
    for (size_t i = 0; i < n; ++i) EXPECT_EQ(articles[i].id, expected[i].second) << round;
    EXPECT_EQ(report.undated, any ? undated : 0u);
  }
}

TEST(SortByArrival, NamesTheFirstArticlesWithUnreadableDates) {
  std::vector<Article> articles;
  for (int i = 0; i < 8; ++i) {
    Article a;
    a.id = "a" + std::to_string(i);
    a.date = i % 4 == 0 ? "2025-03-0" + std::to_string(i / 4 + 1) : "yesterday";
    articles.push_back(a);
  }
  articles.push_back(Article{});  // no date: undated, not unreadable
  articles.back().id = "none";
  const ArrivalOrderReport report = SortByArrival(&articles);
  EXPECT_EQ(report.unreadable, 6u);
  EXPECT_EQ(report.undated, 7u);
  EXPECT_EQ(report.unreadable_ids, (std::vector<std::string>{"a1", "a2", "a3", "a5", "a6"}));
  EXPECT_EQ(report.UnreadableIds(), "'a1', 'a2', 'a3', 'a5', 'a6' and 1 more");
  ArrivalOrderReport one;
  EXPECT_EQ(one.UnreadableIds(), "");
  one.NoteUnreadable("x");
  EXPECT_EQ(one.UnreadableIds(), "'x'");
}

}  // namespace
}  // namespace precis
