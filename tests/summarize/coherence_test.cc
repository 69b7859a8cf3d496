// Referential clarity: a table of invented sentences with the sentence before
// them, and whether each can be read alone (summarize/coherence.h).
#include "summarize/coherence.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

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
    // An attribution tail leans whatever places or groups the reported words name.
    {kPrev, "Mongolia is willing to build friendly ties with China, he added.", kLeans},
    {kPrev, "Studies disagree on whether the warmer Pacific will help, he said Monday.", kLeans},
    {kPrev, "The use of treated nets (ITNs) is key to prevention, he told reporters.", kLeans},
    {kPrev, "Bread prices in Marlow rose by a third, she said in a statement.", kLeans},
    {kPrev, "The Marlow council will vote in May, he said, adding that it was urgent.", kLeans},
    {kPrev, "Suspects fled just before the bombings in Nairobi, it says.", kLeans},
    {kPrev, "Solar power is used as far north as Harbin, it said on Tuesday.", kLeans},
    {kPrev, "The Marlow council, he said, will vote on the budget in May.", kLeans},
    // ... but not a sentence that opens with the name, nor "it" as a main clause's subject.
    {kPrev, "John Smith's plan for the harbour is sound, he said.", kAlone},
    {kPrev, "The agency expects growth of 2 percent, it said the report showed.", kAlone},
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
    // A quotation left open goes on in the next sentence, quote mark or not: its speaker is
    // back there (DUC 2006 printed "Native Americans should come into the (gaming industry)
    // mainstream.''" as the summary's own words).
    {"\"We will rebuild every house.", "Nobody will be left behind.\"", kLeans},
    {"``They should have to disclose information like the rest of us.",
     "Native Americans should come into the gaming mainstream.''", kLeans},
    {"Asked about the timing, Xiang replied, ``Yes, of course.",
     "The anniversary is a time when all of China is celebrating.''", kLeans},
    // Debris before a sentence is no antecedent: a leaning sentence after it has none.
    {"nn", "Still, anti-gay sentiment is less strident this year.", kBare},
    {"&QL;", "We are entering the plague years of computer viruses.", kBare},
    {"He resigned.", "His party named a successor on Monday.", kLeans},
    {"\"We will rebuild every house.", "\"Nobody will be left behind.\"", kLeans},
    {"", "\"We will rebuild every house.\"", kBare},
    // A quotation after a sentence that names its speaker continues that speaker's words.
    {"\"We will rebuild,\" she said.", "\"It will take a year.\"", kLeans},
    {"``We will rebuild,'' Mayor Ana Ruiz said.", "``It will take a year.''", kLeans},
    {"Mayor Ana Ruiz said the bridge would reopen.", "\"We have the money.\"", kLeans},
    {"The bridge over the Lune collapsed on Sunday.", "\"We have the money.\"", kBare},
    {"\"We will rebuild,\" she said.", "The council of Marlow agreed to pay for the new bridge.",
     kAlone},
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
    // Noun phrases that point back: "the" + a shell or event noun with nothing after it
    // saying which, counted people and things, "Others", "Another", "Both".
    {kPrev, "The decision would likely boost construction in the suburbs.", kLeans},
    {kPrev, "The report was greeted skeptically by critics of the council.", kLeans},
    {kPrev, "The move comes a week before the election.", kLeans},
    {kPrev, "The findings suggest the river will rise again in spring.", kLeans},
    {kPrev, "The deal, signed in Geneva, ends a decade of disputes.", kLeans},
    {kPrev, "The two had differed over economic policy for years.", kLeans},
    {kPrev, "The three were sent home on Friday.", kLeans},
    {kPrev, "Others blame the drought for the shortage of water.", kLeans},
    {kPrev, "Another 150 people protested outside the town hall.", kLeans},
    {kPrev, "Both candidates have big plans for the surplus.", kLeans},
    {kPrev, "Both were dominant companies of their day.", kLeans},
    {kPrev, "The decision to close the plant angered the workers of Marlow.", kAlone},
    {kPrev, "The report on police handling of the riot was published on Monday.", kAlone},
    {kPrev, "The findings of the Marlow flood commission were published on Monday.", kAlone},
    {kPrev, "The killing of a teenager in Marlow provoked a national debate.", kAlone},
    {kPrev, "The council approved the plan by a vote of 7 to 2.", kAlone},
    {kPrev, "The Plan Marlow group of residents met on Monday.", kAlone},
    {kPrev, "Both Marlow and Lune County declared an emergency.", kAlone},
    {kPrev, "The river rose two feet overnight in the lower town.", kAlone},
    {kPrev, "The ruling party of Marlow lost its majority on the council.", kAlone},
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

// ArticleReliance analyses each sentence once for the sentence rules and the surname rule
// together: on an article of all the table's sentences in a row, it must agree with
// SentenceReliance on each sentence and the one before it, except where the surname rule
// moves a sentence that reads alone or leans on the previous one (it never makes or
// removes a bare quotation). ArticleReliance also carries an open quotation through
// sentences without quote marks, which a pair cannot see: a sentence that closes a quote
// separates the cases, so that no quotation runs from one case into the next.
TEST(CoherenceTest, ArticleRelianceAgreesWithSentenceRelianceInARow) {
  std::string text;
  std::vector<Span> spans;
  for (const Case& c : kCases) {
    for (const char* s : {"The day ended.''", c.previous, c.sentence}) {
      if (std::string_view(s).empty()) continue;
      if (!text.empty()) text += ' ';
      spans.push_back({static_cast<uint32_t>(text.size()),
                       static_cast<uint32_t>(text.size() + std::string_view(s).size())});
      text += s;
    }
  }
  const std::vector<Reliance> got = ArticleReliance(text, spans, "en");
  ASSERT_EQ(got.size(), spans.size());
  int bare = 0, leaning = 0;
  for (size_t i = 0; i < spans.size(); ++i) {
    const Reliance want =
        SentenceReliance(spans[i].of(text), i == 0 ? std::string_view() : spans[i - 1].of(text));
    bare += want == kBare;
    leaning += want == kLeans;
    EXPECT_EQ(got[i] == kBare, want == kBare) << spans[i].of(text);
    if (want == kLeans) EXPECT_NE(got[i], kAlone) << spans[i].of(text);
  }
  EXPECT_GT(bare, 0);
  EXPECT_GT(leaning, 5);
}

// A quotation of several sentences: every sentence after the one that opens it is inside it,
// also those without a quote mark (the last one, ending ".''", was printed alone, as the
// summary's own words).
TEST(CoherenceTest, EverySentenceOfALongQuotationLeansOnTheOneBefore) {
  const std::vector<std::string> sentences = {
      "``Some say the surplus means Washington has more to spend,'' the governor said.",
      "``But they have it backwards.", "The surplus is not the government's money.",
      "The surplus is the people's money.''", "The governor spoke for an hour."};
  std::string text;
  std::vector<Span> spans;
  for (const std::string& s : sentences) {
    if (!text.empty()) text += ' ';
    spans.push_back(
        {static_cast<uint32_t>(text.size()), static_cast<uint32_t>(text.size() + s.size())});
    text += s;
  }
  EXPECT_EQ(ArticleReliance(text, spans, "en"),
            (std::vector<Reliance>{kAlone, kLeans, kLeans, kLeans, kAlone}));
}

// The surname rule: articles of invented sentences, one sentence per line, and the reliance
// expected for each.
struct ArticleCase {
  std::vector<std::string> sentences;
  std::vector<Reliance> expected;
};

constexpr Reliance kNamed = Reliance::kNamedEarlier;

std::vector<Reliance> ClassifyArticle(const std::vector<std::string> &sentences) {
  std::string text;
  std::vector<Span> spans;
  for (const std::string &s : sentences) {
    if (!text.empty()) text += ' ';
    spans.push_back({static_cast<uint32_t>(text.size()),
                     static_cast<uint32_t>(text.size() + s.size())});
    text += s;
  }
  return ArticleReliance(text, spans, "en");
}

TEST(CoherenceTest, SurnameAloneLeansOnTheSentenceThatNamesThePerson) {
  const char *const kFull = "The dam's director, Samuel Okafor, inspected the wall on Monday.";
  const char *const kOther = "Heavy rain had raised the reservoir of Marlow to a record level.";
  const char *const kThird = "Engineers from the county checked the spillway of the dam.";
  const ArticleCase cases[] = {
      // Right after the full name: a joint unit.
      {{kFull, "Okafor said the dam itself was sound."}, {kAlone, kLeans}},
      {{kFull, "The wall is sound, said Okafor."}, {kAlone, kLeans}},
      {{kFull, "Mr. Okafor added that repairs would start soon."}, {kAlone, kLeans}},
      {{kFull, "According to Okafor, the wall is sound."}, {kAlone, kLeans}},
      // Farther back: not offered on its own.
      {{kFull, kOther, "Okafor said the dam itself was sound."}, {kAlone, kAlone, kNamed}},
      {{kFull, kOther, kThird, "Okafor also told reporters the wall held."},
       {kAlone, kAlone, kAlone, kNamed}},
      // Two back, with the sentence between leaning on the first: one unit of three.
      {{kFull, "He walked the crest with two engineers.", "Okafor said the wall held."},
       {kAlone, kLeans, kLeans}},
      // Named in full in the same sentence, or again just before: reads alone / leans there.
      {{kFull, kOther, "Samuel Okafor said the dam itself was sound."}, {kAlone, kAlone, kAlone}},
      {{kFull, kOther, "Director Samuel Okafor arrived.", "Okafor said the wall held."},
       {kAlone, kAlone, kAlone, kLeans}},
      // A title with the surname is a name a reader can place.
      {{kFull, kOther, "Director Okafor said the dam itself was sound."}, {kAlone, kAlone, kAlone}},
      // Never named in full in the article: nothing to lean on.
      {{kOther, kThird, "Okafor said the dam itself was sound."}, {kAlone, kAlone, kAlone}},
      {{"Mr. Okafor runs the dam.", kOther, "Okafor said the wall held."},
       {kAlone, kAlone, kAlone}},
      // A place or an organization is not a person's full name.
      {{"Floods hit Salt Lake City on Monday.", kOther, "City officials said the dam held."},
       {kAlone, kAlone, kAlone}},
      {{"The United Nations sent a team to Marlow.", kOther, "Nations said nothing."},
       {kAlone, kAlone, kAlone}},
      // A capitalized noun before ", said" is not a speaker, nor is one after "the".
      {{"The Senate Budget Committee met.", kOther,
        "A plan drafted by Committee, said Rep. Ann Lee, would fail."},
       {kAlone, kAlone, kAlone}},
      {{"The Senate Budget Committee met.", kOther, "The Committee said the plan would fail."},
       {kAlone, kAlone, kAlone}},
      // A surname that is not the speaker is left alone.
      {{kFull, kOther, "A state report praised Okafor for his work."}, {kAlone, kAlone, kAlone}},
      // A pronoun opening still leans on the sentence before.
      {{kFull, kOther, "He said Okafor had warned them."}, {kAlone, kAlone, kLeans}},
      {{kFull, kOther, "But Okafor said the wall held."}, {kAlone, kAlone, kNamed}},
      // A possessive full name, and a family name written first.
      {{"Ruth Okafor's report on the dam came out in May.", kOther, "Okafor said the wall held."},
       {kAlone, kAlone, kNamed}},
      {{"Foreign Minister Tang Jiaxuan met the envoy today.", kOther,
        "Tang said the talks went well."},
       {kAlone, kAlone, kNamed}},
      // A word the article also writes in lower case is a common noun.
      {{"Officers of the State Police closed the road.", "The police then opened a second road.",
        kOther, "Police said the dam held."},
       {kAlone, kAlone, kAlone, kAlone}},
  };
  for (const ArticleCase &c : cases) {
    const std::vector<Reliance> got = ClassifyArticle(c.sentences);
    ASSERT_EQ(got.size(), c.expected.size());
    for (size_t i = 0; i < got.size(); ++i) {
      EXPECT_EQ(got[i], c.expected[i]) << "sentence " << i << ": " << c.sentences[i];
    }
  }
}

// Languages without opening tables (Finnish, Japanese ...) stand alone.
TEST(CoherenceTest, OtherLanguagesStandAlone) {
  const std::string text = "Mutta hallitus kieltäytyi. Se ei kommentoinut.";
  const std::vector<Span> spans = {{0, 26}, {27, static_cast<uint32_t>(text.size())}};
  for (Reliance r : ArticleReliance(text, spans, "fi")) EXPECT_EQ(r, kAlone);
}

// Openings of other languages that point back (German, French, ..., Korean, Hebrew, Persian).
TEST(CoherenceTest, OpeningsOfOtherLanguages) {
  struct Case {
    const char* language;
    const char* sentence;
    bool leans;
  };
  const Case cases[] = {
      {"de", "Er sagte, die Lage sei ernst.", true},
      {"de", "„Sie wird weiter steigen“, sagte Weber.", true},
      {"de", "Dies betrifft vor allem die Altstadt.", true},
      {"de", "Außerdem bleiben die Schulen geschlossen.", true},
      {"de", "Darüber hinaus fehlen Helfer.", true},
      {"de", "Dieses Jahr fiel der Pegel schneller.", false},
      {"de", "Die Feuerwehr arbeitete bis zum Morgen.", false},
      {"de", "Erst am Morgen sank der Pegel.", false},  // "Er" as a prefix only
      {"german", "Seine Partei lehnte den Plan ab.", true},
      {"fr", "Il a démissionné mardi.", true},
      {"fr", "Il y a eu trois blessés.", false},
      {"fr", "Cependant, la grève continue.", true},
      {"fr", "« Elle n'a rien dit », a ajouté le maire.", true},
      {"fr", "La grève a paralysé Paris.", false},
      {"es", "Él no quiso comentar la decisión.", true},
      {"es", "Sin embargo, el fuego sigue activo.", true},
      {"es", "El fuego sigue activo.", false},
      {"it", "Tuttavia il governo resiste.", true},
      {"pt", "No entanto, o governo resiste.", true},
      {"nl", "Hij wilde niet reageren.", true},
      {"nl", "Dit jaar was het droog.", false},
      {"ru", "Он отказался от комментариев.", true},
      {"ru", "Однако власти не согласились.", true},
      {"ru", "Форум продлится до 13 марта.", false},
      {"sv", "Men SL:s presschef kallar strejken oansvarig.", true},
      {"sv", "Tunnelbanan stod still.", false},
      {"pl", "Ale władze miasta zapewniają, że wały wytrzymają.", true},
      {"pl", "On także ostrzegł przed falą.", true},
      {"pl", "Ostatnia fala przyszła w nocy.", false},  // "On" as a prefix only
      {"uk", "Він зазначив, що міст коштував 1,2 млрд грн.", true},
      {"uk", "Але частина експертів критикує проєкт.", true},
      {"id", "Namun, sedikitnya 40 rumah rusak berat.", true},
      {"vi", "Tuy nhiên, nhiều tàu cá vẫn chưa về bờ.", true},
      {"vi", "Ông cho biết hơn 1.200 hộ dân đã được sơ tán.", true},
      {"vi", "Ông Hưởng nhấn mạnh an toàn.", false},
      {"ko", "그러나 일부 승객들은 안내 방송이 부족했다고 말했다.", true},
      {"he", "הוא הוסיף כי השביתה תימשך.", true},
      {"fa", "اما مقامات این را رد کردند.", true},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(ForeignOpeningLeans(c.sentence, c.language), c.leans)
        << c.language << ": " << c.sentence;
  }
  // In an article: the second sentence leans on the first; a leaning first one has nothing.
  const std::string text = "Der Bundestag beschloss die Reform. Er stimmte knapp zu.";
  const std::vector<Span> spans = {{0, 35}, {36, 56}};
  EXPECT_EQ(ArticleReliance(text, spans, "de"), (std::vector<Reliance>{kAlone, kLeans}));
  const std::string first = "Er stimmte knapp zu. Der Bundestag tagte lange.";
  EXPECT_EQ(ArticleReliance(first, {{0, 20}, {21, 47}}, "de"),
            (std::vector<Reliance>{Reliance::kUnsupported, kAlone}));
}

}  // namespace
}  // namespace precis::summarize
