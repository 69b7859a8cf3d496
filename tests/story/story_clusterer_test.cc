// StoryClusterer on small hand-made streams: placement, closing, decay, merging, duplicates,
// bad input, determinism.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "precis/story.h"
#include "story_fixtures.h"
#include "story_texts.h"

namespace precis {
namespace {

using story_texts::kFinal;
using story_texts::kQuake;

using testing::Make;
using testing::StoryOf;

StoryOptions NoDedup() {
  StoryOptions o;
  o.detect_duplicates = false;
  return o;
}

TEST(StoryClusterer, ReportedTermsSkipWordsEveryStoryUses) {
  const std::vector<Article> stream = {
      Make("a", "2024-03-11", "Officials said Monday the Brenmoor dam spillway cracked. "
                              "Engineers said the crack was found Sunday, officials said."),
      Make("b", "2024-03-11", "The Brenmoor dam spillway crack forced an evacuation, the "
                              "district said Monday. Engineers said this year the dam passed."),
      Make("c", "2024-03-12", "Engineers lowered the Brenmoor reservoir on Tuesday, officials "
                              "said, easing pressure on the cracked spillway."),
  };
  std::vector<Story> stories;
  ASSERT_TRUE(ClusterArticles(stream, NoDedup(), &stories, nullptr).ok());
  ASSERT_EQ(stories.size(), 1u);
  const std::vector<std::string>& terms = stories[0].terms;
  EXPECT_EQ(terms.size(), 10u);
  for (const char* generic : {"said", "monday", "sunday", "tuesday", "year"}) {
    EXPECT_EQ(std::find(terms.begin(), terms.end(), generic), terms.end()) << generic;
  }
  EXPECT_NE(std::find(terms.begin(), terms.end(), "brenmoor"), terms.end());
}

// A term shows its shortest form, whichever the stream saw first: a story about Lyon was
// labelled "lyons" when an earlier article had named a Mr. Lyons (both stem to "lyon"), and
// a strike story "striking" when its first article said "striking workers".
TEST(StoryClusterer, TermsShowTheirShortestFormWhateverTheArrivalOrder) {
  const std::vector<Article> stream = {
      Make("a", "2025-05-02",
           "Striking dockers in Lyon blocked the port of Lyon on Friday. "
           "The dockers said Paul Lyons, their leader, would meet the port."),
      Make("b", "2025-05-02",
           "The dockers' strike closed the port of Lyon. Dockers in Lyon "
           "want the port to keep the night shift, the union said."),
      Make("c", "2025-05-03",
           "Lyon port dockers extended their strike. The strike in Lyon "
           "has stopped barges on the river, the port said."),
  };
  for (bool reversed : {false, true}) {
    std::vector<Article> order = stream;
    if (reversed) {
      std::reverse(order.begin(), order.end());
      for (size_t i = 0; i < order.size(); ++i) order[i].date = stream[i].date;
    }
    std::vector<Story> stories;
    ASSERT_TRUE(ClusterArticles(order, NoDedup(), &stories, nullptr).ok());
    ASSERT_EQ(stories.size(), 1u);
    const std::vector<std::string>& terms = stories[0].terms;
    EXPECT_NE(std::find(terms.begin(), terms.end(), "lyon"), terms.end()) << reversed;
    EXPECT_EQ(std::find(terms.begin(), terms.end(), "lyons"), terms.end()) << reversed;
    EXPECT_NE(std::find(terms.begin(), terms.end(), "strike"), terms.end()) << reversed;
    EXPECT_EQ(std::find(terms.begin(), terms.end(), "striking"), terms.end()) << reversed;
    EXPECT_NE(std::find(terms.begin(), terms.end(), "dockers"), terms.end())
        << reversed;  // only forms seen
  }
}

// A mixed feed under the default (English) options: each article's own language drops its
// stopwords from the story terms ("el, la, de" were terms of a Spanish story), and Greek terms
// end in "ς", not in the folded "σ".
TEST(StoryClusterer, TermsOfAMixedFeedSkipEachArticlesStopwords) {
  std::vector<Article> stream = {
      Make("es1", "2025-03-10",
           "El incendio forestal de Chiva obligó a evacuar a los vecinos. "
           "La Generalitat pidió a la población de la zona que no salga."),
      Make("es2", "2025-03-10",
           "Los bomberos de la Generalitat luchan contra el incendio de "
           "Chiva. Las llamas avanzan por la sierra de la provincia."),
      Make("el1", "2025-03-10",
           "Η Αθήνα έμεινε χωρίς μετρό λόγω της απεργίας. Οι εργαζόμενοι "
           "της απεργίας ζητούν αυξήσεις και τα λεωφορεία δεν κινούνται."),
      Make("el2", "2025-03-10",
           "Η απεργίας στην Αθήνα συνεχίζεται και τα λεωφορεία μένουν στα "
           "αμαξοστάσια της πόλης, χωρίς μετρό."),
  };
  stream[0].language = stream[1].language = "es";
  stream[2].language = stream[3].language = "el";
  std::vector<Story> stories;
  ASSERT_TRUE(ClusterArticles(stream, NoDedup(), &stories, nullptr).ok());
  ASSERT_EQ(stories.size(), 2u);
  for (const Story& story : stories) {
    for (const std::string& t : story.terms) {
      for (const char* stop : {"el", "la", "de", "los", "las", "της", "τησ", "και", "τα", "η"}) {
        EXPECT_NE(t, stop) << story.id;
      }
      EXPECT_FALSE(std::string_view(t).ends_with("\xCF\x83")) << t;  // a final "σ"
    }
  }
  const auto has = [&](const std::string& term) {
    for (const Story& story : stories) {
      if (std::find(story.terms.begin(), story.terms.end(), term) != story.terms.end()) {
        return true;
      }
    }
    return false;
  };
  EXPECT_TRUE(has("chiva"));
  EXPECT_TRUE(has("απεργίας"));
}

TEST(StoryClusterer, ReportedTermsSkipCompanySuffixesAndDatelineStates) {
  const std::vector<Article> stream = {
      Make("a", "2024-04-02",
           "Corvane Inc. recalled Vela batteries after fires in Fenwick, "
           "Wash., and Ridley, Calif. Corvane Inc. said packs overheated."),
      Make("b", "2024-04-02",
           "Corvane Inc. will replace the Vela batteries, the company said "
           "in Fenwick, Wash. Owners in Ridley, Calif., reported fires."),
      Make("c", "2024-04-03",
           "Vela owners in Fenwick, Wash., parked their bicycles after the "
           "Corvane Inc. battery recall."),
  };
  std::vector<Story> stories;
  ASSERT_TRUE(ClusterArticles(stream, NoDedup(), &stories, nullptr).ok());
  ASSERT_EQ(stories.size(), 1u);
  const std::vector<std::string>& terms = stories[0].terms;
  for (const char* generic : {"inc", "wash", "calif", "said"}) {
    EXPECT_EQ(std::find(terms.begin(), terms.end(), generic), terms.end()) << generic;
  }
  EXPECT_NE(std::find(terms.begin(), terms.end(), "corvane"), terms.end());
  EXPECT_NE(std::find(terms.begin(), terms.end(), "fenwick"), terms.end());
}

// Name particles of other languages are no story's subject in an English feed: a story about a
// mountain pass was labelled "de" (from "Col de Vérane").
TEST(StoryClusterer, ReportedTermsSkipNameParticles) {
  const std::vector<Article> stream = {
      Make("a", "2024-06-02",
           "Snow closed the Col de Vérane on Sunday. The road over the Col de Vérane will stay "
           "shut until ploughs clear the drifts, the Col de Vérane patrol said."),
      Make("b", "2024-06-02",
           "Ploughs worked through the night on the Col de Vérane. Drivers were turned back "
           "below the Col de Vérane as snow kept falling."),
      Make("c", "2024-06-03",
           "The Col de Vérane reopened after ploughs cleared the snow drifts from the pass."),
  };
  std::vector<Story> stories;
  ASSERT_TRUE(ClusterArticles(stream, NoDedup(), &stories, nullptr).ok());
  ASSERT_EQ(stories.size(), 1u);
  const std::vector<std::string>& terms = stories[0].terms;
  EXPECT_EQ(std::find(terms.begin(), terms.end(), "de"), terms.end());
  EXPECT_NE(std::find(terms.begin(), terms.end(), "col"), terms.end());
  EXPECT_NE(std::find(terms.begin(), terms.end(), "vérane"), terms.end());
}

TEST(StoryClusterer, SeparatesTopicsAndReportsTermsAndDates) {
  std::vector<Article> stream = {
      Make("q1", "2010-02-27T08:00Z", kQuake[0], "Earthquake hits Chile"),
      Make("f1", "2010-02-27T09:00Z", kFinal[0]),
      Make("q2", "2010-02-27T10:00Z", kQuake[1]),
      Make("f2", "2010-02-27T11:00Z", kFinal[1]),
      Make("q3", "2010-02-28T08:00Z", kQuake[2]),
      Make("f3", "2010-02-28T09:00Z", kFinal[2]),
      Make("q4", "2010-03-01T08:00Z", kQuake[3]),
  };
  std::vector<Story> stories;
  StoryReport report;
  ASSERT_TRUE(ClusterArticles(stream, NoDedup(), &stories, &report).ok());
  ASSERT_EQ(stories.size(), 2u);
  auto of = StoryOf(stories);
  EXPECT_EQ(of["q1"], of["q2"]);
  EXPECT_EQ(of["q1"], of["q3"]);
  EXPECT_EQ(of["q1"], of["q4"]);
  EXPECT_EQ(of["f1"], of["f2"]);
  EXPECT_EQ(of["f1"], of["f3"]);
  EXPECT_NE(of["q1"], of["f1"]);
  const Story& quake = stories[0].id == of["q1"] ? stories[0] : stories[1];
  EXPECT_EQ(quake.articles, (std::vector<std::string>{"q1", "q2", "q3", "q4"}));
  EXPECT_EQ(quake.first_date, "2010-02-27T08:00Z");
  EXPECT_EQ(quake.last_date, "2010-03-01T08:00Z");
  EXPECT_NE(std::find(quake.terms.begin(), quake.terms.end(), "valparaiso"), quake.terms.end());
  EXPECT_NE(std::find(quake.terms.begin(), quake.terms.end(), "chile"), quake.terms.end());
  EXPECT_FALSE(quake.headline.empty());
  EXPECT_EQ(report.articles, 7u);
  EXPECT_EQ(report.clustered, 7u);
  EXPECT_EQ(report.stories_opened, 2u);
}

TEST(StoryClusterer, IdleStoriesCloseAndRecurringTopicsStartAgain) {
  StoryClusterer c(NoDedup());
  c.Add(Make("q1", "2010-02-27", kQuake[0]));
  c.Add(Make("q2", "2010-02-27", kQuake[1]));
  EXPECT_TRUE(c.TakeStories().empty());
  EXPECT_EQ(c.open_stories(), 1u);
  // Five days later (idle limit: four days) the quake story closes before the final arrives.
  c.Add(Make("f1", "2010-03-04", kFinal[0]));
  std::vector<Story> closed = c.TakeStories();
  ASSERT_EQ(closed.size(), 1u);
  EXPECT_EQ(closed[0].articles, (std::vector<std::string>{"q1", "q2"}));
  EXPECT_EQ(c.open_stories(), 1u);
  // The quake comes back weeks later: a new story.
  c.Add(Make("q3", "2010-04-01", kQuake[2]));
  c.Add(Make("q4", "2010-04-01", kQuake[3]));
  c.Flush();
  std::vector<Story> rest = c.TakeStories();
  ASSERT_EQ(rest.size(), 2u);
  EXPECT_EQ(rest[0].articles, (std::vector<std::string>{"f1"}));
  EXPECT_EQ(rest[1].articles, (std::vector<std::string>{"q3", "q4"}));
  EXPECT_GT(rest[1].id, closed[0].id);
  EXPECT_EQ(c.report().stories_emitted, 3u);
  EXPECT_EQ(c.open_stories(), 0u);
}

// A follow-up the time decay kept out of its story on arrival is taken in when the story
// closes, as Flush's refinement takes it in at the end of the input: a much later unrelated
// article (which closes both) does not change how the earlier articles are grouped.
TEST(StoryClusterer, ClosingStoryTakesInTheFollowUpTheDecayKeptOut) {
  StoryOptions o = NoDedup();
  o.decay_half_life_hours = 6;  // a day and a half later: a 64th of the similarity
  const std::vector<Article> event = {
      Make("f1", "2010-02-27", kFinal[0]), Make("q1", "2010-02-27", kQuake[0]),
      Make("f2", "2010-02-27", kFinal[1]), Make("q2", "2010-02-27", kQuake[3]),
      Make("q3", "2010-02-28T12:00Z", kQuake[2])};
  std::vector<Story> flushed;
  ASSERT_TRUE(ClusterArticles(event, o, &flushed, nullptr).ok());
  ASSERT_EQ(flushed.size(), 2u);
  EXPECT_EQ(flushed[1].articles, (std::vector<std::string>{"q1", "q2", "q3"}));

  std::vector<Article> later = event;
  later.push_back(Make("f3", "2010-06-01", kFinal[2]));
  std::vector<Story> closed;
  StoryReport report;
  ASSERT_TRUE(ClusterArticles(later, o, &closed, &report).ok());
  ASSERT_EQ(closed.size(), 3u);
  EXPECT_EQ(closed[0].articles, (std::vector<std::string>{"f1", "f2"}));
  EXPECT_EQ(closed[1].articles, (std::vector<std::string>{"q1", "q2", "q3"}));
  EXPECT_EQ(closed[2].articles, (std::vector<std::string>{"f3"}));
  EXPECT_EQ(report.stories_opened, 4u);  // q3 had opened a story of its own
  EXPECT_EQ(report.stories_merged, 1u);

  // Without refinement neither Flush nor the close takes it in.
  o.refine_iterations = 0;
  ASSERT_TRUE(ClusterArticles(later, o, &closed, nullptr).ok());
  ASSERT_EQ(closed.size(), 4u);
  EXPECT_EQ(closed[2].articles, (std::vector<std::string>{"q3"}));
}

TEST(StoryClusterer, TimeDecayLowersSimilarity) {
  StoryOptions o = NoDedup();
  o.idle_hours = 0;  // never close: only decay separates
  o.merge_threshold = 2;
  o.refine_iterations = 0;
  std::vector<Article> stream = {Make("q1", "2010-02-27", kQuake[0]),
                                 Make("q2", "2010-03-30", kQuake[3])};
  std::vector<Story> stories;
  StoryReport report;
  ASSERT_TRUE(ClusterArticles(stream, o, &stories, &report).ok());
  EXPECT_EQ(stories.size(), 2u);  // a month of decay at a three-day half-life
  o.decay_half_life_hours = 0;
  ASSERT_TRUE(ClusterArticles(stream, o, &stories, &report).ok());
  EXPECT_EQ(stories.size(), 1u);
}

TEST(StoryClusterer, MergePassJoinsFragments) {
  StoryOptions o = NoDedup();
  o.join_threshold = 0.95;  // every article opens a story...
  o.refine_iterations = 0;
  o.merge_threshold = 0.2;  // ...and the merge pass joins those of one event
  std::vector<Article> stream;
  for (int i = 0; i < 4; ++i) stream.push_back(Make("q" + std::to_string(i), "", kQuake[i]));
  for (int i = 0; i < 3; ++i) stream.push_back(Make("f" + std::to_string(i), "", kFinal[i]));
  std::vector<Story> stories;
  StoryReport report;
  ASSERT_TRUE(ClusterArticles(stream, o, &stories, &report).ok());
  EXPECT_EQ(report.stories_opened, 7u);
  EXPECT_EQ(report.stories_merged, 5u);
  ASSERT_EQ(stories.size(), 2u);
  EXPECT_EQ(stories[0].articles, (std::vector<std::string>{"q0", "q1", "q2", "q3"}));
  EXPECT_EQ(stories[0].id, 1u);  // the oldest story absorbs the others
  o.merge_threshold = 2;         // off
  ASSERT_TRUE(ClusterArticles(stream, o, &stories, &report).ok());
  EXPECT_EQ(stories.size(), 7u);
}

TEST(StoryClusterer, NearDuplicatesJoinTheirOriginal) {
  std::vector<Article> stream = {
      Make("q1", "2010-02-27T08:00Z", kQuake[0]),
      Make("f1", "2010-02-27T09:00Z", kFinal[0]),
      // A wire copy, renamed: "Chile" is not in the alias table, but the text is the same.
      Make("q1-copy", "2010-02-27T10:00Z", std::string(kQuake[0]) + " More details to follow."),
      Make("f1-copy", "2010-02-27T11:00Z", kFinal[0]),
  };
  std::vector<Story> stories;
  StoryReport report;
  ASSERT_TRUE(ClusterArticles(stream, StoryOptions(), &stories, &report).ok());
  ASSERT_EQ(stories.size(), 2u);
  EXPECT_EQ(report.duplicates, 2u);
  std::vector<std::pair<std::string, std::string>> dups;
  for (const Story& s : stories) dups.insert(dups.end(), s.duplicates.begin(), s.duplicates.end());
  std::sort(dups.begin(), dups.end());
  EXPECT_EQ(dups, (std::vector<std::pair<std::string, std::string>>{{"f1-copy", "f1"},
                                                                    {"q1-copy", "q1"}}));
}

TEST(StoryClusterer, BadInputIsCountedAndHandledAsDocumented) {
  StoryClusterer c(NoDedup());
  c.Add(Make("u0", "", kQuake[0]));                    // no date before any date
  c.Add(Make("q1", "2010-02-27T08:00Z", kQuake[1]));   // sets the clock
  c.Add(Make("u1", "", kQuake[2]));                    // missing: previous time
  c.Add(Make("bad", "27/02/2010", kQuake[3]));         // invalid: previous time
  c.Add(Make("old", "2010-02-20T08:00Z", kFinal[0]));  // out of order: clock time
  c.Add(Make("q1", "2010-02-27T09:00Z", kFinal[1]));   // repeated id in an open story
  c.Add(Make("empty", "2010-02-27T09:00Z", ""));       // no words
  c.Add(Make("stop", "2010-02-27T09:00Z", "The and of it was, to be."));  // only stopwords
  c.Flush();
  const StoryReport& r = c.report();
  EXPECT_EQ(r.articles, 8u);
  EXPECT_EQ(r.missing_dates, 2u);
  EXPECT_EQ(r.invalid_dates, 1u);
  EXPECT_EQ(r.out_of_order, 1u);
  EXPECT_EQ(r.duplicate_ids, 1u);
  EXPECT_EQ(r.empty, 2u);
  EXPECT_EQ(r.clustered, 5u);
  std::vector<Story> stories = c.TakeStories();
  ASSERT_EQ(stories.size(), 2u);
  auto of = StoryOf(stories);
  EXPECT_EQ(of.count("empty"), 0u);
  EXPECT_EQ(of.count("stop"), 0u);
  EXPECT_EQ(of["u0"], of["q1"]);
  EXPECT_EQ(of["u1"], of["q1"]);
  EXPECT_EQ(of["bad"], of["q1"]);
  // Only real dates are reported; the out-of-order article keeps its own date.
  for (const Story& s : stories) {
    if (s.id == of["old"]) {
      EXPECT_EQ(s.first_date, "2010-02-20T08:00Z");
    } else {
      EXPECT_EQ(s.first_date, "2010-02-27T08:00Z");
      EXPECT_EQ(s.last_date, "2010-02-27T08:00Z");
    }
  }
}

TEST(StoryClusterer, HeadlineFromTitleOrFirstSentence) {
  std::vector<Article> stream = {Make("q1", "", kQuake[0]), Make("q2", "", kQuake[1])};
  std::vector<Story> stories;
  StoryReport report;
  ASSERT_TRUE(ClusterArticles(stream, NoDedup(), &stories, &report).ok());
  ASSERT_EQ(stories.size(), 1u);
  // Untitled: the first sentence of the most central article.
  EXPECT_TRUE(stories[0].headline ==
                  "A strong earthquake struck central Chile on Monday, killing at least twelve "
                  "people and destroying homes in the port city of Valparaiso." ||
              stories[0].headline ==
                  "Rescue teams in Chile pulled survivors from collapsed buildings after the "
                  "earthquake.")
      << stories[0].headline;
  stream[0].title = "Quake kills 12 in Chile";
  stream[1].title = "Quake toll rises";
  ASSERT_TRUE(ClusterArticles(stream, NoDedup(), &stories, &report).ok());
  EXPECT_TRUE(stories[0].headline == "Quake kills 12 in Chile" ||
              stories[0].headline == "Quake toll rises");
}

TEST(StoryClusterer, DeterministicAndValidated) {
  std::vector<Article> stream;
  for (int r = 0; r < 3; ++r) {
    for (int i = 0; i < 4; ++i)
      stream.push_back(Make("q" + std::to_string(r * 4 + i), "", kQuake[i]));
    for (int i = 0; i < 3; ++i)
      stream.push_back(Make("f" + std::to_string(r * 3 + i), "", kFinal[i]));
  }
  std::vector<Story> a, b;
  StoryReport report;
  ASSERT_TRUE(ClusterArticles(stream, StoryOptions(), &a, &report).ok());
  ASSERT_TRUE(ClusterArticles(stream, StoryOptions(), &b, &report).ok());
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) EXPECT_EQ(StoryToJson(a[i]), StoryToJson(b[i]));

  StoryOptions o;
  o.join_threshold = 0;
  EXPECT_EQ(ClusterArticles(stream, o, &a, &report).code(), Status::Code::kInvalidArgument);
  o = StoryOptions();
  o.idle_hours = -1;
  EXPECT_FALSE(ValidateStoryOptions(o).ok());
  o = StoryOptions();
  o.index_terms = 0;
  EXPECT_FALSE(ValidateStoryOptions(o).ok());
  o = StoryOptions();
  o.dedup.rows = 0;
  EXPECT_FALSE(ValidateStoryOptions(o).ok());
  o.detect_duplicates = false;
  EXPECT_TRUE(ValidateStoryOptions(o).ok());
}

TEST(StoryClusterer, SameStoriesWithAnyNumberOfThreads) {
  std::vector<Article> stream;
  for (int r = 0; r < 60; ++r) {
    const std::string day =
        "2010-0" + std::to_string(1 + r / 20) + "-" + std::to_string(10 + r % 20) + "T10:00Z";
    for (int i = 0; i < 4; ++i) {
      stream.push_back(Make("q" + std::to_string(r * 4 + i), day,
                            std::string(kQuake[i]) + " Report " + std::to_string(r % 7) + "."));
    }
    for (int i = 0; i < 3; ++i) {
      stream.push_back(Make("f" + std::to_string(r * 3 + i), r % 5 ? day : "",
                            std::string(kFinal[i]) + " Match " + std::to_string(r % 3) + "."));
    }
  }
  std::vector<Story> one, many;
  StoryReport r1, r3;
  ASSERT_TRUE(ClusterArticles(stream, StoryOptions(), &one, &r1, 1).ok());
  ASSERT_TRUE(ClusterArticles(stream, StoryOptions(), &many, &r3, 3).ok());
  ASSERT_EQ(one.size(), many.size());
  for (size_t i = 0; i < one.size(); ++i) EXPECT_EQ(StoryToJson(one[i]), StoryToJson(many[i]));
  EXPECT_EQ(r1.duplicates, r3.duplicates);
  EXPECT_GT(r1.duplicates, 0u);
  EXPECT_EQ(r1.missing_dates, r3.missing_dates);
}

TEST(StoryClusterer, JsonOfAStory) {
  Story s;
  s.id = 3;
  s.articles = {"a", "b\"c"};
  s.duplicates = {{"b\"c", "a"}};
  s.terms = {"chile"};
  s.headline = "Quake <hits>";
  EXPECT_EQ(StoryToJson(s),
            "{\"articles\":[\"a\",\"b\\\"c\"],\"duplicates\":[[\"b\\\"c\",\"a\"]],"
            "\"first_date\":null,\"headline\":\"Quake <hits>\",\"id\":3,\"last_date\":null,"
            "\"terms\":[\"chile\"]}");
}

}  // namespace
}  // namespace precis
