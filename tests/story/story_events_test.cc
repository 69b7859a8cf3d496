// Event-level behaviour of StoryClusterer on invented articles (issue 14): one event reported
// by four outlets in their own words is one story beside unrelated stories of the same day, and
// two events that share a country and a politician's name stay two stories.
#include <gtest/gtest.h>

#include <map>

#include "precis/story.h"
#include "story_fixtures.h"

namespace precis {
namespace {

using testing::Make;
using testing::StoryOf;

// Four outlets on one hillside wildfire, each leading with another fact and wording it its own
// way, published within a few hours; and five unrelated stories of the same day.
std::vector<Article> WildfireDay() {
  return {
      Make("courier-fire", "2025-08-14T06:10Z",
           "Flames forced about 2,000 residents of Marrowby from their homes overnight as a "
           "wildfire raced down the Tolland Hills. Evacuation centres opened in two school "
           "gyms, and residents described packing photographs and pets as the glow of the fire "
           "reached the edge of town. Fire officials said the blaze had burned 4,300 acres by "
           "dawn."),
      Make("metro-wire", "2025-08-14T07:25Z",
           "Crews battled a blaze fanned by gusty winds in the Tolland Hills on Thursday, "
           "dropping retardant from aircraft as the fire jumped two ridgelines above Marrowby. "
           "Gusts of 50 miles an hour pushed embers ahead of the fire line, and firefighters "
           "said the wildfire was not contained. About 2,000 people have been evacuated."),
      Make("coast-daily", "2025-08-14T08:40Z",
           "Smoke closed the coastal highway between Marrowby and Port Ellis on Thursday "
           "morning, stranding drivers as the Tolland Hills fire sent a brown haze over the "
           "shore. The highway patrol said visibility fell to a few metres and the road would "
           "stay shut while the wildfire burned near it. Residents were told to keep windows "
           "closed."),
      Make("state-news", "2025-08-14T10:05Z",
           "The governor declared a state of emergency for the county on Thursday as the "
           "Tolland Hills wildfire grew, freeing state money and National Guard crews for the "
           "fight. Speaking near Marrowby, where thousands left their homes, the governor said "
           "the fire was the largest the county had seen in a decade."),
      Make("sport-1", "2025-08-14T06:30Z",
           "Harbor City beat Lakeside 3-1 in the cup semifinal on Wednesday night, with "
           "striker Dana Okafor scoring twice in the second half. The coach praised the "
           "defence, and the club will play the final at the national stadium next month."),
      Make("bank-1", "2025-08-14T07:00Z",
           "The central bank raised its benchmark interest rate by a quarter point on Thursday "
           "to 4.5 percent, citing stubborn inflation in housing and services. Economists had "
           "expected the move, and mortgage lenders said they would raise their rates."),
      Make("tech-1", "2025-08-14T08:00Z",
           "Shares of the chipmaker Veltrix rose 9 percent after it reported quarterly revenue "
           "above forecasts, driven by demand for data centre processors. The company raised "
           "its outlook for the year and announced a new factory."),
      Make("health-1", "2025-08-14T09:00Z",
           "Health officials reported a rise in measles cases among children in three northern "
           "districts and urged parents to check vaccination records. Clinics will open on "
           "weekends to offer free shots, the health ministry said."),
      Make("arts-1", "2025-08-14T09:30Z",
           "The city museum opened an exhibition of early photographs of the harbor, with 200 "
           "prints lent by families of dock workers. Curators spent two years restoring the "
           "glass negatives, and the show runs until the spring."),
  };
}

TEST(StoryEvents, OneEventWordedFourWaysByFourOutletsIsOneStory) {
  for (bool dedup : {true, false}) {
    StoryOptions o;
    o.detect_duplicates = dedup;
    std::vector<Story> stories;
    ASSERT_TRUE(ClusterArticles(WildfireDay(), o, &stories, nullptr).ok());
    auto of = StoryOf(stories);
    EXPECT_EQ(of["courier-fire"], of["metro-wire"]) << "dedup " << dedup;
    EXPECT_EQ(of["courier-fire"], of["coast-daily"]) << "dedup " << dedup;
    EXPECT_EQ(of["courier-fire"], of["state-news"]) << "dedup " << dedup;
    // Nothing else joins it, and the unrelated stories stay apart from each other.
    EXPECT_EQ(stories.size(), 6u) << "dedup " << dedup;
    for (const char* other : {"sport-1", "bank-1", "tech-1", "health-1", "arts-1"}) {
      EXPECT_NE(of[other], of["courier-fire"]) << other;
    }
  }
}

// Two events in Norland on consecutive days, both naming President Halvorsen: a trade agreement
// signed in the capital, and floods in the north that he visits. Each has three reports.
std::vector<Article> NorlandDays() {
  return {
      Make("trade-1", "2025-03-03T09:00Z",
           "Norland President Ivo Halvorsen signed a trade agreement with Castavia in the "
           "capital on Monday, cutting tariffs on steel, grain and machinery over five years. "
           "Halvorsen said the pact would open Castavian markets to Norland's exporters."),
      Make("flood-1", "2025-03-04T07:00Z",
           "Floods swept through villages in northern Norland after three days of rain, "
           "drowning at least eleven people and cutting off roads and bridges. Rescuers used "
           "boats to reach families stranded on rooftops as the Vessa river burst its banks."),
      Make("trade-2", "2025-03-03T12:00Z",
           "Under the agreement signed by Halvorsen, Castavia will lower duties on Norland "
           "grain and machinery, while Norland opens its market to Castavian cars. Business "
           "groups welcomed the tariff cuts; farmers' unions said they feared cheaper imports."),
      Make("flood-2", "2025-03-04T11:00Z",
           "President Halvorsen visited flooded villages along the Vessa river on Tuesday and "
           "promised emergency aid to families who lost their homes. Soldiers filled sandbags "
           "as the water kept rising, and the death toll from the floods in Norland rose to "
           "fourteen."),
      Make("trade-3", "2025-03-03T15:00Z",
           "Economists said the Norland-Castavia trade pact could add half a point to growth as "
           "tariffs on machinery and steel fall. Halvorsen's government must still win a vote "
           "in parliament to ratify the agreement."),
      Make("flood-3", "2025-03-04T16:00Z",
           "Rain eased over northern Norland on Tuesday evening, but rescuers warned that the "
           "Vessa river would stay high for days. Thousands of villagers whose homes were "
           "flooded slept in schools, and aid convoys reached two cut-off towns."),
  };
}

TEST(StoryEvents, TwoEventsSharingACountryAndAPoliticianStayApart) {
  for (bool topic : {false, true}) {
    StoryOptions o;
    if (topic) {
      ASSERT_TRUE(ApplyStoryMode("topic", &o).ok());
    }
    std::vector<Article> stream = NorlandDays();
    SortByArrival(&stream);
    std::vector<Story> stories;
    ASSERT_TRUE(ClusterArticles(stream, o, &stories, nullptr).ok());
    auto of = StoryOf(stories);
    EXPECT_EQ(stories.size(), 2u) << "topic " << topic;
    EXPECT_EQ(of["trade-1"], of["trade-2"]) << "topic " << topic;
    EXPECT_EQ(of["trade-1"], of["trade-3"]) << "topic " << topic;
    EXPECT_EQ(of["flood-1"], of["flood-2"]) << "topic " << topic;
    EXPECT_EQ(of["flood-1"], of["flood-3"]) << "topic " << topic;
    EXPECT_NE(of["trade-1"], of["flood-1"]) << "topic " << topic;
  }
}

TEST(StoryEvents, TopicModeIsTheFlagsItNames) {
  StoryOptions o;
  ASSERT_TRUE(ApplyStoryMode("topic", &o).ok());
  EXPECT_EQ(o.idle_hours, 0);
  EXPECT_EQ(o.decay_half_life_hours, 0);
  EXPECT_TRUE(IsTopicMode(o));
  EXPECT_EQ(EffectiveNameBoost(o), 1.0);
  EXPECT_EQ(EffectiveAgglomerate(o), kTopicAgglomerate);
  ASSERT_TRUE(ApplyStoryMode("event", &o).ok());
  EXPECT_EQ(o.idle_hours, StoryOptions().idle_hours);
  EXPECT_FALSE(IsTopicMode(o));
  EXPECT_EQ(EffectiveNameBoost(o), 2.0);
  EXPECT_EQ(EffectiveAgglomerate(o), 0.0);
  o.name_boost = 3;
  o.agglomerate_threshold = 0.2;
  EXPECT_EQ(EffectiveNameBoost(o), 3.0);
  EXPECT_EQ(EffectiveAgglomerate(o), 0.2);
  EXPECT_FALSE(ApplyStoryMode("weekly", &o).ok());
  o.name_boost = 0.5;
  EXPECT_FALSE(ValidateStoryOptions(o).ok());
}

}  // namespace
}  // namespace precis
