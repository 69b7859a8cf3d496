// Sentence compression: a table of invented sentences with what the rules must
// drop and what they must leave alone (summarize/compress.h).
#include "summarize/compress.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace precis::summarize {
namespace {

struct Case {
  const char *sentence;
  // The compressed sentence; nullptr when the sentence must stay whole.
  const char *expected;
};

const Case kCases[] = {
    // 1. Parentheticals.
    {"The World Health Organization (WHO) said the outbreak was contained.",
     "The World Health Organization said the outbreak was contained."},
    {"Shares of Acme Corp. (ACME) fell 12 percent on Monday in New York.",
     "Shares of Acme Corp. fell 12 percent on Monday in New York."},
    {"The fund grew to $5 billion (about 4 billion euros) last year.",
     "The fund grew to $5 billion last year."},
    {"The senator (a Democrat from Ohio) voted against the bill on Friday.",
     "The senator voted against the bill on Friday."},
    {"The agency (known as the ICC (International Criminal Court) abroad) "
     "opened a new case.",
     "The agency opened a new case."},
    {"The court fined the company heavily for the spill (Reuters).",
     "The court fined the company heavily for the spill."},
    // ... not when it holds the sentence's only number, opens the sentence, or
    // is glued to a
    // word.
    {"Sales of the new model rose sharply (up 40 percent) in the first "
     "quarter.",
     nullptr},
    {"(AP) The storm hit the coast early on Friday morning.", nullptr},
    {"Every friend(s) of the team were invited to the final match.", nullptr},
    // 2. Dash asides in pairs, wire copy's "_" included.
    {"The rebels _ who control most of the north _ said they would attend the "
     "talks.",
     "The rebels said they would attend the talks."},
    {"The company -- once the largest employer in town -- closed its last "
     "plant.",
     "The company closed its last plant."},
    {"The minister \xE2\x80\x94 a former general \xE2\x80\x94 resigned on "
     "Friday after the vote.",
     "The minister resigned on Friday after the vote."},
    // ... not a single dash, not the only number, never inside a quotation.
    {"Three people died in the fire _ two of them children of the owner.", nullptr},
    {"Turnout was low _ 31 percent _ in the northern provinces this year.", nullptr},
    {"``The plan _ if it works _ will save lives,'' Mayor Ana Ruiz said.", nullptr},
    // 3. Appositives after a name, and ages.
    {"Ana Ruiz, the city's mayor, said the bridge would reopen in May.",
     "Ana Ruiz said the bridge would reopen in May."},
    {"Airbus, the European planemaker, announced a new order from a Gulf "
     "carrier.",
     "Airbus announced a new order from a Gulf carrier."},
    {"John Smith, 54, was arrested at his home near the border.",
     "John Smith was arrested at his home near the border."},
    {"Acme Corp., a unit of Global Holdings, reported a loss for the quarter.",
     "Acme Corp. reported a loss for the quarter."},
    {"Voters chose Maria Lopez, a mother of three, over the incumbent mayor.",
     "Voters chose Maria Lopez over the incumbent mayor."},
    // ... not commas in a list, not a clause, not a time or place phrase, not
    // the only number.
    {"Delegates from France, Germany, Italy and Spain signed the accord.", nullptr},
    {"He visited Paris, the capital, and Lyon on the same day.", nullptr},
    {"On Tuesday, the ministry said the toll, now 40, would rise.", nullptr},
    {"Mr. Smith, the man who was elected in March, said he would resign.", nullptr},
    {"Vostok Oil, a firm with 12,000 workers, filed for bankruptcy on Monday.", nullptr},
    {"In Paris, France, the president met the prime minister.", nullptr},
    {"However, the plan, the third this year, failed to pass the senate.", nullptr},
    // 4. Leading time and place phrases before a capitalized word.
    {"On Tuesday, President Lee signed the bill into law.",
     "President Lee signed the bill into law."},
    {"In Paris, Foreign Minister Hubert Vedrine called for a cease-fire.",
     "Foreign Minister Hubert Vedrine called for a cease-fire."},
    {"Last week, Acme Corp. cut 300 jobs at its plant in Ohio.",
     "Acme Corp. cut 300 jobs at its plant in Ohio."},
    {"In April 1998, Russia defaulted on its foreign debt payments.",
     "Russia defaulted on its foreign debt payments."},
    {"Yesterday, Chancellor Schroeder met the union leaders in Berlin.",
     "Chancellor Schroeder met the union leaders in Berlin."},
    // ... not before a lower-case word (no re-capitalizing), not other openers.
    {"In Paris, police arrested three men after the attack.", nullptr},
    {"In a statement, Acme denied the reports of fighting.", nullptr},
    {"In addition, Smith will lead the new committee next year.", nullptr},
    {"At least, Smith said, the talks had begun in earnest.", nullptr},
    {"On Tuesday, ``We will rebuild,'' the mayor told a crowd in the square.", nullptr},
    // 5. Attribution tails; the final punctuation stays.
    {"The bridge will reopen in May, officials said.", "The bridge will reopen in May."},
    {"The storm killed at least 40 people, the ministry said on Tuesday.",
     "The storm killed at least 40 people."},
    {"The talks will resume next week, according to the Foreign Ministry.",
     "The talks will resume next week."},
    {"The plant will close by the end of the year, said Mayor Ana Ruiz.",
     "The plant will close by the end of the year."},
    {"Prices will keep rising through the winter, he told reporters.",
     "Prices will keep rising through the winter."},
    {"The deal is dead for now, he said.", "The deal is dead for now."},
    {"Buses and trams will run a full schedule starting at 5 a.m., the transit authority said.",
     "Buses and trams will run a full schedule starting at 5 a.m."},
    // ... not a quotation's speaker, not "said" as the main verb, not a clause
    // that goes on.
    {"``We will rebuild the bridge by spring,'' she said.", nullptr},
    {"The ministry said the toll had risen to 40 people.", nullptr},
    {"Smith said the plan, which costs $5 billion, would fail.", nullptr},
    {"The vote was delayed again, and Smith said the bill would fail.", nullptr},
    {"If the deal fails, thousands of jobs will be lost, union leaders said.", nullptr},
    {"Japan's economy shrank, the government reported on Friday in its "
     "quarterly survey.",
     nullptr},
    {"Parliament passed the law, said the vote was fair and adjourned.", nullptr},
    {"Rescuers found the boat, 12 survivors said.", nullptr},
    // Several rules in one sentence.
    {"On Monday, Mayor Ana Ruiz (a Democrat) said the bridge would reopen in "
     "May, aides said.",
     "Mayor Ana Ruiz said the bridge would reopen in May."},
    {"Airbus, the European planemaker, will build the plant in Mobile "
     "(Alabama), it said.",
     "Airbus will build the plant in Mobile."},
    // Too little would be left: kept whole.
    {"The plan failed, he said.", nullptr},
    {"Acme (ACME) fell sharply.", nullptr},
    // Curly and unclosed quotations are never edited.
    {"\xE2\x80\x9CThe plan (if it works) will save lives,\xE2\x80\x9D Ruiz "
     "said.",
     nullptr},
    {"``The plan (if it works) will save lives, the mayor said.", nullptr},
};

TEST(CompressSentence, Table) {
  // The sentence sits inside an article, so the spans are checked as article
  // offsets.
  const std::string before = "An earlier sentence of the article. ";
  size_t compressed = 0;
  for (const Case &c : kCases) {
    const std::string sentence = c.sentence;
    const std::string text = before + sentence + " A later one.";
    const Span span{static_cast<uint32_t>(before.size()),
                    static_cast<uint32_t>(before.size() + sentence.size())};
    const std::vector<Span> pieces = CompressSentence(text, span, "en");
    ASSERT_FALSE(pieces.empty()) << c.sentence;
    for (size_t i = 0; i < pieces.size(); ++i) {
      EXPECT_FALSE(pieces[i].empty()) << c.sentence;
      EXPECT_GE(pieces[i].begin, span.begin) << c.sentence;
      EXPECT_LE(pieces[i].end, span.end) << c.sentence;
      if (i > 0) {
        EXPECT_LT(pieces[i - 1].end, pieces[i].begin) << c.sentence;
      }
    }
    if (c.expected == nullptr) {
      EXPECT_EQ(pieces, std::vector<Span>{span})
          << c.sentence << "\n  became: " << JoinPieces(text, pieces);
    } else {
      ++compressed;
      EXPECT_EQ(JoinPieces(text, pieces), c.expected) << c.sentence;
    }
  }
  EXPECT_GE(std::size(kCases), 40u);
  EXPECT_GE(compressed, 20u);
}

TEST(CompressSentence, RulesCanBeLeftOut) {
  const std::string text =
      "On Monday, Mayor Ana Ruiz (a Democrat) said the bridge _ closed since the storm _ would "
      "reopen, aides said. Ana Ruiz, the city's mayor, said the bridge would reopen in May.";
  const Span first{0, static_cast<uint32_t>(text.find(" Ana Ruiz,"))};
  const Span second{first.end + 1, static_cast<uint32_t>(text.size())};
  auto compressed = [&](Span s, unsigned rules) {
    return JoinPieces(text, CompressSentence(text, s, "en", rules));
  };
  EXPECT_EQ(compressed(first, kAllCompressRules), "Mayor Ana Ruiz said the bridge would reopen.");
  EXPECT_EQ(compressed(first, kAllCompressRules & ~kParenthetical),
            "Mayor Ana Ruiz (a Democrat) said the bridge would reopen.");
  EXPECT_EQ(compressed(first, kAllCompressRules & ~kDashAside),
            "Mayor Ana Ruiz said the bridge _ closed since the storm _ would reopen.");
  EXPECT_EQ(compressed(first, kAllCompressRules & ~kLeadingPhrase),
            "On Monday, Mayor Ana Ruiz said the bridge would reopen.");
  EXPECT_EQ(compressed(first, kAllCompressRules & ~kAttributionTail),
            "Mayor Ana Ruiz said the bridge would reopen, aides said.");
  EXPECT_EQ(compressed(first, 0), first.of(text));
  EXPECT_EQ(compressed(second, kAllCompressRules), "Ana Ruiz said the bridge would reopen in May.");
  // Summaries use every rule but the appositive (compress.h has the figures).
  EXPECT_EQ(compressed(second, kSummaryCompressRules), second.of(text));
  EXPECT_EQ(compressed(first, kSummaryCompressRules),
            "Mayor Ana Ruiz said the bridge would reopen.");
}

TEST(CompressSentence, OtherLanguagesStayWhole) {
  const std::string text =
      "Le ministre (un ancien g\xC3\xA9n\xC3\xA9ral) a "
      "d\xC3\xA9missionn\xC3\xA9 mardi.";
  const Span span{0, static_cast<uint32_t>(text.size())};
  EXPECT_EQ(CompressSentence(text, span, "fr"), std::vector<Span>{span});
  const std::string en = "The senator (a Democrat) voted against the bill.";
  const Span all{0, static_cast<uint32_t>(en.size())};
  EXPECT_EQ(JoinPieces(en, CompressSentence(en, all, "en-US")),
            "The senator voted against the bill.");
}

TEST(CompressSentence, EmptyAndTinySpans) {
  EXPECT_TRUE(CompressSentence("abc", Span{1, 1}, "en").empty());
  EXPECT_EQ(CompressSentence("(", Span{0, 1}, "en"), std::vector<Span>{(Span{0, 1})});
  EXPECT_EQ(CompressSentence(" _ _ ", Span{0, 5}, "en"), std::vector<Span>{(Span{0, 5})});
  const std::string commas = ", , , , , said.";
  EXPECT_EQ(CompressSentence(commas, Span{0, static_cast<uint32_t>(commas.size())}, "en").size(),
            1u);
}

}  // namespace
}  // namespace precis::summarize
