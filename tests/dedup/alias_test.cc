// AliasTable: the default table, TSV loading and errors, rewriting.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "precis/dedup.h"

namespace precis {
namespace {

TEST(AliasTable, DefaultTableMatchesTheDataFile) {
  std::ifstream in(std::string(PRECIS_SOURCE_DIR) + "/data/aliases.tsv", std::ios::binary);
  ASSERT_TRUE(in) << "data/aliases.tsv missing";
  std::stringstream ss;
  ss << in.rdbuf();
  EXPECT_EQ(ss.str(), AliasTable::DefaultTsv());
  EXPECT_GT(AliasTable::Default().size(), 50u);
}

TEST(AliasTable, DefaultRewritesCountriesOrganisationsAndTitles) {
  const AliasTable& t = AliasTable::Default();
  EXPECT_EQ(t.Canonicalize("The Russian Federation's U.N. envoy"),
            "the russia's united nations envoy");
  EXPECT_EQ(t.Canonicalize("USA"), "united states");
  EXPECT_EQ(t.Canonicalize("the U.S. and the United States of America"),
            "the united states and the united states");
  EXPECT_EQ(t.Canonicalize("Pres. Clinton"), "president clinton");
  // Case-sensitive variants: "US" is the country, "us" the pronoun.
  EXPECT_EQ(t.Canonicalize("US troops told us"), "united states troops told us");
  EXPECT_EQ(t.Canonicalize("WHO said who"), "world health organization said who");
  // A title variant needs its period: "Gen Z" is not a general.
  EXPECT_EQ(t.Canonicalize("Gen Z"), "gen z");
  EXPECT_EQ(t.Canonicalize("Britain's"), "united kingdom's");
}

TEST(AliasTable, UserEntriesExtendAndOverride) {
  AliasTable t = AliasTable::Default();
  ASSERT_TRUE(
      t.AddTsv("# comment\n\nBig Apple\tNew York City\nBritain\tGreat Britain\r\n", "user.tsv")
          .ok());
  EXPECT_EQ(t.Canonicalize("the Big Apple and New York City"),
            "the new york city and new york city");
  EXPECT_EQ(t.Canonicalize("Britain"), "great britain");
  // The default table itself is unchanged.
  EXPECT_EQ(AliasTable::Default().Canonicalize("Britain"), "united kingdom");
  // An empty table rewrites nothing.
  EXPECT_EQ(AliasTable().Canonicalize("U.S. Pres."), "u.s pres");
}

TEST(AliasTable, LongestVariantWins) {
  AliasTable t;
  ASSERT_TRUE(t.AddTsv("Korea\tKorea\nNorth Korea\tDPRK\n", "x").ok());
  EXPECT_EQ(t.Canonicalize("North Korea and Korea"), "dprk and korea");
}

TEST(AliasTable, BadLinesAreErrorsWithLineNumbers) {
  AliasTable t;
  Status s = t.AddTsv("a\tb\nno tab here\n", "bad.tsv");
  EXPECT_EQ(s.code(), Status::Code::kDataError);
  EXPECT_NE(s.message().find("bad.tsv:2:"), std::string::npos) << s.message();
  EXPECT_FALSE(t.AddTsv("a\tb\tnocase\n", "x").ok());
  EXPECT_FALSE(t.AddTsv("a\t\n", "x").ok());
  EXPECT_FALSE(t.AddTsv("...\tb\n", "x").ok());
  EXPECT_FALSE(t.AddTsv("a\tb\tcase\textra\n", "x").ok());
  EXPECT_FALSE(t.AddTsv("a\xff\tb\n", "x").ok());
}

}  // namespace
}  // namespace precis
