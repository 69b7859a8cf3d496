// Referential clarity: a table of invented sentences with the sentence before
// them, and whether each can be read alone (summarize/coherence.h).
#include "summarize/coherence.h"

#include <gtest/gtest.h>

#include <string>

namespace precis::summarize {
namespace {

constexpr Reliance kAlone = Reliance::kStandsAlone;
constexpr Reliance kLeans = Reliance::kOnPrevious;
constexpr Reliance kBare = Reliance::kUnsupported;

struct Case {
  const char *previous;
  const char *sentence;
  Reliance expected;
};

const char *const kPrev = "The city council of Marlow approved a new budget on Tuesday.";

const Case kCases[] = {
    // Pronoun openings.
    {kPrev, "He said the vote was close.", kLeans},
    {kPrev, "She voted against the plan.", kLeans},
    {kPrev, "They have concluded that the plan works.", kLeans},
    {kPrev, "Its director, Mr. Samuel Okafor, said the dam itself was sound.", kLeans},
    {kPrev, "His office did not comment.", kLeans},
    {kPrev, "Her remarks drew applause.", kLeans},
    {kPrev, "Their lawyers filed an appeal.", kLeans},
    {kPrev, "We will keep the libraries open, the mayor promised.", kLeans},
    {kPrev, "It was the third such attack in a month.", kLeans},
    {kPrev, "It passed by a vote of 7 to 2.", kLeans},
    {kPrev, "He also said the library would stay open.", kLeans},
    {kPrev, "He's expected to sign it on Friday.", kLeans},
    // Extraposed "it" reads alone.
    {kPrev, "It is expected that the Marlow budget will pass.", kAlone},
    {kPrev, "It was not immediately clear how many people were hurt in Marlow.", kAlone},
    {kPrev, "It is unclear whether Mayor Ruiz will sign the bill.", kAlone},
    {kPrev, "It has been reported that two ministers of Norland resigned.", kAlone},
    {kPrev, "It's unlikely that the strike at Marlow Steel will end this week.", kAlone},
    {kPrev, "It remains unclear who fired the first shot in Marlow.", kAlone},
    // ... but an extraposed "it" whose clause names nothing still leans on what
    // came before.
    {kPrev, "It was unclear whether talks were continuing.", kLeans},
    {kPrev, "It was the first time the government posted a surplus in July.", kLeans},
    {kPrev, "It has also said two of the jet's tires exploded.", kLeans},
    {kPrev, "This may be an advantage for the booksellers.", kLeans},
    {kPrev, "This May the council of Marlow meets in the new hall.", kAlone},
    {kPrev, "''The choice is not between two parties.", kBare},
    // Demonstratives.
    {kPrev, "This was the first increase in a decade.", kLeans},
    {kPrev, "That decision angered residents.", kLeans},
    {kPrev, "These measures take effect in May.", kLeans},
    {kPrev, "Those areas cover around 70 percent of the population.", kLeans},
    {kPrev, "Such attacks are rare in the region.", kLeans},
    {kPrev, "The latter has denied any wrongdoing.", kLeans},
    // Demonstratives that point at the calendar.
    {kPrev, "This year the council expects a surplus of $2 million.", kAlone},
    {kPrev, "That day, heavy rain flooded the lower town of Marlow.", kAlone},
    {kPrev, "These days the ferry runs only twice a week.", kAlone},
    {kPrev, "This week's storm closed three schools in Marlow.", kAlone},
    {kPrev, "This morning the river crested at 9 meters near Marlow.", kAlone},
    {kPrev, "Those weeks of rain left the fields under water, farmers said.", kAlone},
    // Discourse connectives.
    {kPrev, "But the mayor vetoed the plan a day later.", kLeans},
    {kPrev, "And the opposition promised to fight on.", kLeans},
    {kPrev, "Also, the council cut funding for parks.", kLeans},
    {kPrev, "However, the vote must be repeated.", kLeans},
    {kPrev, "Meanwhile, prices kept rising across the region.", kLeans},
    {kPrev, "Still, the deficit remains large.", kLeans},
    {kPrev, "Yet few residents attended the meeting.", kLeans},
    {kPrev, "Moreover, the plan raises taxes on fuel.", kLeans},
    {kPrev, "In addition, two new schools will be built.", kLeans},
    {kPrev, "As a result, bus fares will rise in March.", kLeans},
    {kPrev, "Nevertheless, officials called the session a success.", kLeans},
    {kPrev, "Instead, the money will go to road repairs.", kLeans},
    {kPrev, "Therefore the council must meet again.", kLeans},
    {kPrev, "Similarly, the county trimmed its payroll.", kLeans},
    {kPrev, "On the other hand, hospitals get more money.", kLeans},
    {kPrev, "Then the lights went out in the chamber.", kLeans},
    {kPrev, "So far, no one has claimed responsibility for the fire in Marlow.", kAlone},
    // A pronoun subject after a short opening phrase.
    {kPrev, "On Monday, he said the talks had failed.", kLeans},
    {kPrev, "After the vote, they left the chamber in protest.", kLeans},
    {kPrev, "On Monday, the talks between Marlow and its unions failed.", kAlone},
    // A pronoun speaker with no name before it.
    {kPrev,
     "The daily exchange rates would include the single currency, too, he "
     "said.",
     kLeans},
    {kPrev, "The repairs will take two years, she added.", kLeans},
    {kPrev, "The river is still rising, they said on Sunday.", kLeans},
    {kPrev, "Mayor Ana Ruiz expects the repairs to take two years, she said.", kAlone},
    {kPrev, "The repairs will take two years, Mayor Ana Ruiz said.", kAlone},
    {kPrev, "The repairs will take two years, said Ana Ruiz, the mayor.", kAlone},
    // Quotations.
    {kPrev, "\"Nobody blames the city,\" he said.", kLeans},
    {kPrev, "``Nobody blames Salt Lake City,'' he said.", kLeans},
    {kPrev, "\"Nobody blames the city,\" said Mayor Ana Ruiz.", kAlone},
    {kPrev, "\"Nobody blames the city,\" Mayor Ana Ruiz said.", kAlone},
    {kPrev,
     "\xE2\x80\x9CThe levee held,\xE2\x80\x9D said Tom Baker, the county "
     "engineer.",
     kAlone},
    {kPrev, "\"Modern technology makes that easy\".", kBare},
    {kPrev, "\"I ride it to work every day.", kBare},
    {kPrev, "``We will rebuild every house.''", kBare},
    {"The mayor said:", "\"We will rebuild every house.\"", kLeans},
    {"\"We will rebuild every house.", "Nobody will be left behind.\"", kAlone},
    {"\"We will rebuild every house.", "\"Nobody will be left behind.\"", kLeans},
    {"", "\"We will rebuild every house.\"", kBare},
    // A short follow-up whose object pronoun points outside it.
    {kPrev, "Members are expected to ratify it on Friday.", kLeans},
    {kPrev, "The union will vote on it next week.", kLeans},
    {kPrev, "Mayor Ruiz will sign it on Friday.", kAlone},
    {kPrev, "The council of Marlow approved the new budget and sent it to the mayor on Friday.",
     kAlone},
    // Sentences that read alone.
    {kPrev, "The council of Marlow approved the budget by a vote of 7 to 2.", kAlone},
    {kPrev, "Heavy rain flooded the lower town on Tuesday.", kAlone},
    {kPrev, "Mayor Ana Ruiz said the budget would cut the deficit by half.", kAlone},
    {kPrev, "Officials said they expected the river to crest on Friday.", kAlone},
    {kPrev, "The mayor said she would sign the budget on Friday.", kAlone},
    {kPrev, "Residents of Marlow packed the hall to hear the vote.", kAlone},
    {kPrev, "Andersen, a former judge, chairs the panel that drafted the plan.", kAlone},
    {kPrev, "Thousands of people marched through the capital on Sunday.", kAlone},
    {kPrev, "Stocks fell sharply in Tokyo after the announcement.", kAlone},
    {kPrev, "Theresa Holm won the race for mayor with 54 percent of the vote.", kAlone},
    {kPrev, "Hesitant investors sold bonds on Monday.", kAlone},
    {kPrev, "Itself a former mill town, Marlow has grown quickly.", kAlone},
    {kPrev, "Butler County reported no damage from the storm.", kAlone},
    {kPrev, "Thus far the fund has raised $3 million for the victims of the flood.", kAlone},
    {kPrev, "Andrea Kim, who leads the union, called the offer an insult.", kAlone},
    // First sentence of an article.
    {"", "He said the vote was close.", kBare},
    {"", "But the mayor vetoed the plan a day later.", kBare},
    {"", "The council approved a new budget on Tuesday.", kAlone},
};

TEST(CoherenceTest, SentenceTable) {
  int failures = 0;
  for (const Case &c : kCases) {
    const Reliance got = SentenceReliance(c.sentence, c.previous);
    if (got != c.expected) {
      ++failures;
      ADD_FAILURE() << "sentence: " << c.sentence << "\nprevious: " << c.previous << "\nexpected "
                    << static_cast<int>(c.expected) << ", got " << static_cast<int>(got);
    }
  }
  EXPECT_GE(sizeof(kCases) / sizeof(kCases[0]), 80u);
  EXPECT_EQ(failures, 0);
}

TEST(CoherenceTest, ArticleRelianceUsesThePreviousSentence) {
  const std::string text =
      "The mayor of Marlow spoke on Monday. She said the "
      "dam was sound. The river rose.";
  const std::vector<Span> spans = {{0, 36}, {37, 64}, {65, 80}};
  const std::vector<Reliance> r = ArticleReliance(text, spans, "en");
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[0], kAlone);
  EXPECT_EQ(r[1], kLeans);
  EXPECT_EQ(r[2], kAlone);
}

TEST(CoherenceTest, OtherLanguagesStandAlone) {
  const std::string text = "Er sagte nichts. Sie lachte.";
  const std::vector<Span> spans = {{0, 16}, {17, 28}};
  for (Reliance r : ArticleReliance(text, spans, "de")) EXPECT_EQ(r, kAlone);
}

}  // namespace
}  // namespace precis::summarize
