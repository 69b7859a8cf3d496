// StoryStream: placements, open stories, redirects, flush equal to
// ClusterArticles, and the saved state (round trip continues exactly; newer
// versions and garbage refused).
#include "precis/story_stream.h"

#include <gtest/gtest.h>

#include <cstring>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "precis/ingest.h"
#include "story/synthetic_stream.h"
#include "story_fixtures.h"
#include "story_texts.h"
#include "testing/run.h"

namespace precis {
namespace {

using story_texts::kFinal;
using story_texts::kQuake;

using testing::Make;

// A stream in date order over three months: two recurring topics with wire
// copies, so stories close on idle time, duplicates are found and the merge
// pass has work.
std::vector<Article> HandStream() {
  std::vector<Article> stream;
  for (int r = 0; r < 40; ++r) {
    const std::string day = "2010-0" + std::to_string(1 + r / 14) + "-" +
                            std::to_string(10 + r % 14) + "T" + std::to_string(10 + r % 9) + ":00Z";
    for (int i = 0; i < 4; ++i) {
      stream.push_back(Make("q" + std::to_string(r * 4 + i), day,
                            std::string(kQuake[i]) + " Report " + std::to_string(r % 7) + "."));
    }
    for (int i = 0; i < 3; ++i) {
      stream.push_back(Make("f" + std::to_string(r * 3 + i), day,
                            std::string(kFinal[i]) + " Match " + std::to_string(r % 3) + "."));
    }
  }
  return stream;
}

// The synthetic stream over DUC 2004 when the shared data is there, else empty.
std::vector<Article> DucStream(uint64_t n) {
  Input input;
  IngestReport report;
  const std::string path = std::string(PRECIS_SHARED_DIR) + "/data/duc2004/clusters.jsonl";
  if (!ReadPath(path, IngestOptions(), &input, &report).ok()) return {};
  story::SyntheticStreamOptions so;
  so.articles = n;
  so.days = static_cast<uint32_t>(n / 50);
  story::SyntheticStream gen(input.clusters, so);
  std::vector<Article> out;
  Article a;
  std::string gold;
  while (gen.Next(&a, &gold)) out.push_back(a);
  return out;
}

std::vector<std::string> Json(const std::vector<Story>& stories) {
  std::vector<std::string> out;
  for (const Story& s : stories) out.push_back(StoryToJson(s));
  return out;
}

// Feeds `stream` through a StoryStream in batches of `batch`, saving and
// restoring the state after every batch when `restore`; returns every closed
// story after Flush.
std::vector<Story> RunStream(const std::vector<Article>& stream, const StoryOptions& o,
                             size_t batch, bool restore) {
  auto s = std::make_unique<StoryStream>(o);
  std::vector<Story> closed;
  for (size_t i = 0; i < stream.size(); i += batch) {
    const size_t n = std::min(batch, stream.size() - i);
    s->AddAll(std::span<const Article>(stream.data() + i, n), 1);
    for (Story& st : s->TakeClosed()) closed.push_back(std::move(st));
    if (restore) {
      const std::string state = s->SaveState();
      std::unique_ptr<StoryStream> next;
      const Status st = StoryStream::Restore(o, state, &next);
      EXPECT_TRUE(st.ok()) << st.ToString();
      if (!st.ok()) return {};
      EXPECT_EQ(next->SaveState(),
                state);  // a restored state saves to the same bytes
      s = std::move(next);
    }
  }
  s->Flush();
  for (Story& st : s->TakeClosed()) closed.push_back(std::move(st));
  return closed;
}

TEST(StoryStream, FlushedStreamEqualsClusterArticles) {
  for (const std::vector<Article>& stream : {HandStream(), DucStream(3000)}) {
    if (stream.empty()) {
      std::printf(
          "DUC 2004 not found under PRECIS_SHARED_DIR: synthetic "
          "stream skipped\n");
      continue;
    }
    std::vector<Story> expected;
    StoryReport report;
    ASSERT_TRUE(ClusterArticles(stream, StoryOptions(), &expected, &report).ok());
    ASSERT_GT(expected.size(), 2u);
    EXPECT_EQ(Json(RunStream(stream, StoryOptions(), 1, false)), Json(expected));
    EXPECT_EQ(Json(RunStream(stream, StoryOptions(), 37, false)), Json(expected));
  }
}

TEST(StoryStream, FlushedStreamEqualsPrecisCluster) {
  // The same feed through the built `precis cluster` (a JSON Lines file in date
  // order).
  const std::vector<Article> stream = HandStream();
  std::string feed;
  for (const Article& a : stream) {
    feed += nlohmann::json({{"id", a.id}, {"date", a.date}, {"text", a.text}}).dump() + "\n";
  }
  const testing::RunResult r = testing::RunPrecis("cluster -q", &feed);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<std::string> cli;
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) cli.push_back(line);
  EXPECT_EQ(Json(RunStream(stream, StoryOptions(), 25, true)), cli);
}

TEST(StoryStream, SavedAndRestoredStreamContinuesExactly) {
  for (const std::vector<Article>& stream : {HandStream(), DucStream(3000)}) {
    if (stream.empty()) continue;
    std::vector<Story> expected;
    ASSERT_TRUE(ClusterArticles(stream, StoryOptions(), &expected, nullptr).ok());
    EXPECT_EQ(Json(RunStream(stream, StoryOptions(), 100, true)), Json(expected));
    StoryOptions no_dedup;
    no_dedup.detect_duplicates = false;
    ASSERT_TRUE(ClusterArticles(stream, no_dedup, &expected, nullptr).ok());
    EXPECT_EQ(Json(RunStream(stream, no_dedup, 53, true)), Json(expected));
  }
}

TEST(StoryStream, PlacementsDuplicatesAndOpenStories) {
  StoryStream s{StoryOptions()};
  const StoryPlacement a = s.Add(Make("a", "2010-01-01", kQuake[0]));
  EXPECT_EQ(a.kind, StoryPlacement::Kind::kPlaced);
  EXPECT_EQ(a.story, 1u);
  const StoryPlacement b = s.Add(Make("b", "2010-01-01", kFinal[0]));
  EXPECT_EQ(b.story, 2u);
  const StoryPlacement c = s.Add(Make("c", "2010-01-02", kQuake[0]));  // a wire copy
  EXPECT_EQ(c.kind, StoryPlacement::Kind::kDuplicate);
  EXPECT_EQ(c.duplicate_of, "a");
  EXPECT_EQ(c.story, 1u);
  EXPECT_EQ(s.Add(Make("a", "2010-01-02", kFinal[1])).kind, StoryPlacement::Kind::kDuplicateId);
  EXPECT_EQ(s.Add(Make("e", "2010-01-02", "the of and")).kind, StoryPlacement::Kind::kEmpty);
  const StoryPlacement d = s.Add(Make("d", "2010-01-02", kQuake[1]));
  EXPECT_EQ(d.story, 1u);

  const std::vector<Story> open = s.Open();
  ASSERT_EQ(open.size(), 2u);
  EXPECT_EQ(open[0].articles, (std::vector<std::string>{"a", "c", "d"}));
  EXPECT_EQ(open[0].duplicates.size(), 1u);
  EXPECT_EQ(open[0].first_date, "2010-01-01");
  EXPECT_FALSE(open[0].headline.empty());
  const std::vector<Story> changed = s.TakeChanged();
  EXPECT_EQ(changed.size(), 2u);
  EXPECT_TRUE(s.TakeChanged().empty());
  s.Add(Make("g", "2010-01-03", kFinal[1]));
  ASSERT_EQ(s.TakeChanged().size(), 1u);
  EXPECT_TRUE(s.TakeClosed().empty());
  // Ten days later both stories are idle: they close as the next article
  // arrives.
  s.Add(Make("h", "2010-01-20", kFinal[2]));
  const std::vector<Story> closed = s.TakeClosed();
  ASSERT_EQ(closed.size(), 2u);
  EXPECT_EQ(s.open_stories(), 1u);
}

// An outlet corrects its headline (the service's ?replace=1): the story's headline follows the
// new title, or the new opening sentence when the title is unusable; the placement and vector
// do not move, and a closed story or an unknown id is not touched.
TEST(StoryStream, RetitledArticleGivesItsStoryTheNewHeadline) {
  StoryStream stream{StoryOptions()};
  const Article first = Make("q0", "2010-02-27T08:00Z", kQuake[0], "Quake hits Chille");
  const StoryPlacement placed = stream.Add(first);
  ASSERT_EQ(stream.TakeChanged().front().headline, "Quake hits Chille");

  Article fixed = first;
  fixed.title = "Quake hits Chile";
  EXPECT_TRUE(stream.Retitle(fixed));
  std::vector<Story> changed = stream.TakeChanged();
  ASSERT_EQ(changed.size(), 1u);
  EXPECT_EQ(changed[0].id, placed.story);
  EXPECT_EQ(changed[0].headline, "Quake hits Chile");
  EXPECT_EQ(changed[0].articles, std::vector<std::string>{"q0"});
  // The same title again changes nothing.
  EXPECT_TRUE(stream.Retitle(fixed));
  EXPECT_TRUE(stream.TakeChanged().empty());
  // A wire code is no title: the opening sentence is the headline.
  Article coded = fixed;
  coded.title = "&HT;";
  EXPECT_TRUE(stream.Retitle(coded));
  changed = stream.TakeChanged();
  ASSERT_EQ(changed.size(), 1u);
  EXPECT_NE(changed[0].headline, "&HT;");
  EXPECT_NE(std::string(kQuake[0]).find(changed[0].headline.substr(0, 20)), std::string::npos)
      << changed[0].headline;

  Article unknown = fixed;
  unknown.id = "nosuch";
  EXPECT_FALSE(stream.Retitle(unknown));
  stream.Flush();
  EXPECT_FALSE(stream.Retitle(fixed));
  const std::vector<Story> closed = stream.TakeClosed();
  ASSERT_EQ(closed.size(), 1u);
  EXPECT_EQ(closed[0].headline, changed[0].headline);
}

TEST(StoryStream, MergedStoryRedirectsToItsAbsorber) {
  // Fragments of one event opened as separate stories (high join threshold) are
  // merged by Flush; every absorbed id redirects to a story that is emitted
  // (following the chain).
  StoryOptions o;
  o.detect_duplicates = false;
  o.join_threshold = 0.9;
  o.merge_threshold = 0.2;
  o.refine_iterations = 0;
  StoryStream s(o);
  for (int i = 0; i < 4; ++i) s.Add(Make("q" + std::to_string(i), "2010-01-01", kQuake[i]));
  EXPECT_GT(s.open_stories(), 1u);
  s.Flush();
  const std::vector<Story> closed = s.TakeClosed();
  ASSERT_EQ(closed.size(), 1u);
  const std::vector<StoryRedirect> redirects = s.TakeRedirects();
  ASSERT_FALSE(redirects.empty());
  std::map<uint64_t, uint64_t> to(redirects.begin(), redirects.end());
  for (const auto& [from, into] : redirects) {
    uint64_t id = from;
    while (to.count(id)) id = to[id];
    EXPECT_EQ(id, closed[0].id);
  }
  EXPECT_TRUE(s.TakeRedirects().empty());
}

// A follow-up the time decay kept out is placed in a story of its own; when its event's story
// closes it is taken in, and the stream says where it went.
TEST(StoryStream, FollowUpTakenInAtCloseRedirectsToItsStory) {
  StoryOptions o;
  o.detect_duplicates = false;
  o.decay_half_life_hours = 6;
  StoryStream s(o);
  s.Add(Make("f1", "2010-02-27", kFinal[0]));
  const uint64_t quake = s.Add(Make("q1", "2010-02-27", kQuake[0])).story;
  s.Add(Make("f2", "2010-02-27", kFinal[1]));
  EXPECT_EQ(s.Add(Make("q2", "2010-02-27", kQuake[3])).story, quake);
  const uint64_t follow_up = s.Add(Make("q3", "2010-02-28T12:00Z", kQuake[2])).story;
  ASSERT_NE(follow_up, quake);
  s.TakeRedirects();
  s.Add(Make("f3", "2010-06-01", kFinal[2]));  // closes both
  const std::vector<Story> closed = s.TakeClosed();
  ASSERT_EQ(closed.size(), 2u);
  EXPECT_EQ(closed[1].id, quake);
  EXPECT_EQ(closed[1].articles, (std::vector<std::string>{"q1", "q2", "q3"}));
  EXPECT_EQ(s.TakeRedirects(), (std::vector<StoryRedirect>{{follow_up, quake}}));
}

TEST(StoryStream, BadStatesAreRefused) {
  StoryStream s{StoryOptions()};
  s.Add(Make("a", "2010-01-01", kQuake[0]));
  const std::string state = s.SaveState();
  std::unique_ptr<StoryStream> out;
  EXPECT_EQ(StoryStream::Restore(StoryOptions(), "", &out).code(), Status::Code::kDataError);
  EXPECT_EQ(StoryStream::Restore(StoryOptions(), "hello world", &out).code(),
            Status::Code::kDataError);
  for (size_t cut : {state.size() - 1, state.size() / 2, size_t{12}}) {
    EXPECT_EQ(StoryStream::Restore(StoryOptions(), state.substr(0, cut), &out).code(),
              Status::Code::kDataError)
        << cut;
  }
  std::string newer = state;
  newer[8] = static_cast<char>(StoryStream::kStateVersion + 1);  // version follows the magic
  const Status st = StoryStream::Restore(StoryOptions(), newer, &out);
  EXPECT_EQ(st.code(), Status::Code::kUnsupported);
  EXPECT_NE(st.message().find("newer"), std::string::npos);
  StoryOptions other;
  other.join_threshold = 0.3;
  const Status opt = StoryStream::Restore(other, state, &out);
  EXPECT_EQ(opt.code(), Status::Code::kInvalidArgument);
  EXPECT_NE(opt.message().find("join_threshold"), std::string::npos);
  ASSERT_TRUE(StoryStream::Restore(StoryOptions(), state, &out).ok());
  EXPECT_EQ(out->open_stories(), 1u);
  StoryOptions agglomerate;
  agglomerate.agglomerate_threshold = 0.2;
  const Status agg = StoryStream::Restore(agglomerate, state, &out);
  EXPECT_EQ(agg.code(), Status::Code::kInvalidArgument);
  EXPECT_NE(agg.message().find("agglomerate_threshold"), std::string::npos);
  // The language under another of its names is the same language (a trial's `serve --language
  // english` on a database made with the default "en" was refused); another one is not.
  for (const char* same : {"english", "English", "en-US"}) {
    StoryOptions named;
    named.language = same;
    EXPECT_TRUE(StoryStream::Restore(named, state, &out).ok()) << same;
  }
  StoryOptions german;
  german.language = "de";
  const Status de = StoryStream::Restore(german, state, &out);
  EXPECT_EQ(de.code(), Status::Code::kInvalidArgument);
  EXPECT_NE(de.message().find("saved state was made with language = en, not de"), std::string::npos)
      << de.message();
}

// The saved state of an older format version, made from today's by taking out the option
// pairs that version did not have (the rest of the layout is the same).
std::string Encode(std::string_view text) {  // a saved string: 8-byte length, then the bytes
  std::string out(sizeof(uint64_t), '\0');
  const uint64_t n = text.size();
  std::memcpy(out.data(), &n, sizeof n);
  return out + std::string(text);
}

std::string Downgrade(const std::string& state, uint32_t version) {
  const auto encode = Encode;
  // Resolved values of the default (event mode) options.
  std::vector<std::pair<uint32_t, std::string>> added = {
      {2, encode("agglomerate_threshold") + encode("0")},
      {3, encode("shared_neighbours") + encode(std::to_string(kEventSharedNeighbours))},
      {3, encode("shared_neighbour_threshold") + encode("0.25")},
      {3, encode("shared_neighbour_name_boost") + encode("1")},
      {3, encode("shared_neighbour_merge_threshold") + encode("0.59999999999999998")}};
  std::string out = state;
  uint64_t fields;
  std::memcpy(&fields, out.data() + 12, sizeof fields);  // after the magic and the version
  for (const auto& [since, pair] : added) {
    if (since <= version) continue;
    const size_t at = out.find(pair);
    EXPECT_NE(at, std::string::npos) << pair;
    if (at == std::string::npos) return "";
    out.erase(at, pair.size());
    --fields;
  }
  std::memcpy(out.data() + 12, &fields, sizeof fields);
  out[8] = static_cast<char>(version);  // the version follows the 8-byte magic
  return out;
}

// Version 1 states (before agglomerate_threshold was saved with the options) and version 2
// states (before the shared-neighbour options) still load, and are saved again as today's.
TEST(StoryStream, OlderStateVersionsLoad) {
  StoryStream s{StoryOptions()};
  s.Add(Make("a", "2010-01-01", kQuake[0]));
  s.Add(Make("b", "2010-01-01T05:00Z", kQuake[1]));
  const std::string state = s.SaveState();
  ASSERT_EQ(StoryStream::kStateVersion, 3u);
  for (uint32_t version : {1u, 2u}) {
    const std::string old = Downgrade(state, version);
    ASSERT_FALSE(old.empty());
    std::unique_ptr<StoryStream> out;
    ASSERT_TRUE(StoryStream::Restore(StoryOptions(), old, &out).ok()) << version;
    EXPECT_EQ(out->open_stories(), s.open_stories());
    EXPECT_EQ(out->SaveState(), state);  // saved again, it is a version 3 state
  }
  // A version 1 state saved name_boost 2, the event-mode default then and now.
  EXPECT_NE(Downgrade(state, 1).find(Encode("name_boost") + Encode("2")), std::string::npos);
  // A state saved with other shared-neighbour options is refused under today's defaults.
  StoryOptions other;
  other.shared_neighbours = 8;
  StoryStream t{other};
  t.Add(Make("a", "2010-01-01", kQuake[0]));
  std::unique_ptr<StoryStream> out;
  const Status st = StoryStream::Restore(StoryOptions(), t.SaveState(), &out);
  EXPECT_EQ(st.code(), Status::Code::kInvalidArgument);
  EXPECT_NE(st.message().find("shared_neighbours"), std::string::npos);
}

}  // namespace
}  // namespace precis
