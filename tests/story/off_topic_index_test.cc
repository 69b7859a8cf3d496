// OffTopicIndex against OffTopicSentences, the obviously right version that counts every text
// anew: over a sequence of calls with changing stories, kept texts and a replaced text, every
// call gives the spans OffTopicSentences gives for the same texts and stories, while the
// index tokenizes each unchanged text once.
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "precis/ingest.h"
#include "precis/off_topic.h"
#include "precis/story.h"
#include "testing/run.h"

namespace precis {
namespace {

// One call: the texts (keys and texts), stories as indices into them, the first `judged`
// judged.
struct Call {
  std::vector<std::string> keys, texts;
  std::vector<std::vector<uint32_t>> stories;
  size_t judged = 0;
};

// Runs the calls through one index and checks each against OffTopicSentences. Returns the
// number of spans found over all calls.
size_t CheckCalls(const std::vector<Call>& calls, OffTopicIndex* index) {
  size_t found = 0;
  for (size_t c = 0; c < calls.size(); ++c) {
    const Call& call = calls[c];
    std::vector<std::string_view> keys(call.keys.begin(), call.keys.end());
    std::vector<std::string_view> texts(call.texts.begin(), call.texts.end());
    const auto fresh = OffTopicSentences(texts, call.stories, DigestOptions(), call.judged);
    const auto kept = index->Find(keys, texts, call.stories, call.judged);
    EXPECT_EQ(kept, fresh) << "call " << c;
    for (const auto& spans : fresh) found += spans.size();
  }
  return found;
}

// Every other article of a cluster gets two sentences of another cluster pasted at its end
// (as off_topic_trial.cc does), so the filter has something to find.
std::vector<std::vector<std::string>> PastedClusters(const std::vector<Cluster>& clusters,
                                                     uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::vector<std::vector<std::string>> out(clusters.size());
  for (size_t c = 0; c < clusters.size(); ++c) {
    for (size_t a = 0; a < clusters[c].articles.size(); ++a) {
      std::string text = clusters[c].articles[a].text;
      if (a % 2 == 1) {
        const Cluster& other = clusters[(c + 1 + rng() % (clusters.size() - 1)) % clusters.size()];
        const std::string& from = other.articles[rng() % other.articles.size()].text;
        const std::vector<Span> spans = SplitSentences(from, SegmentOptions());
        for (int k = 0; k < 2 && !spans.empty(); ++k) {
          text += "\n\n" + std::string(spans[rng() % spans.size()].of(from));
        }
      }
      out[c].push_back(std::move(text));
    }
  }
  return out;
}

TEST(OffTopicIndex, EqualsOffTopicSentencesOverRoundsOfAStream) {
  const std::string path = testing::SharedPath("data/duc2004/clusters.jsonl");
  if (path.empty()) GTEST_SKIP() << "../shared/data/duc2004/clusters.jsonl not found";
  Input input;
  IngestReport ingest;
  ASSERT_TRUE(ReadPath(path, IngestOptions(), &input, &ingest).ok());
  input.clusters.resize(16);  // keeps the test fast under sanitizers
  const auto texts = PastedClusters(input.clusters, 11);
  // Round r judges clusters r and r + 1 against clusters r + 2 .. r + 7 (the "open stories"
  // of a stream, newest first), so each call keeps most texts of the one before and brings a
  // few new ones. Clusters grow: cluster c shows its first 3 + r - c articles only, as stories
  // of a stream gain articles between rounds.
  std::vector<Call> calls;
  uint64_t given = 0;
  for (size_t r = 0; r + 8 <= input.clusters.size(); ++r) {
    Call call;
    for (size_t c = r; c < r + 8; ++c) {
      std::vector<uint32_t> story;
      const size_t shown = std::min(texts[c].size(), 3 + (r + 8 - c));
      for (size_t a = 0; a < shown; ++a) {
        story.push_back(static_cast<uint32_t>(call.texts.size()));
        call.keys.push_back(std::to_string(c) + "/" + std::to_string(a));
        call.texts.push_back(texts[c][a]);
      }
      call.stories.push_back(std::move(story));
    }
    call.judged = 2;
    given += call.texts.size();
    calls.push_back(std::move(call));
  }
  // The same again with an article replaced: same key, another text (another cluster's).
  Call replaced = calls.back();
  replaced.texts[1] = texts[0][0];
  calls.push_back(replaced);
  given += replaced.texts.size();

  OffTopicIndex index((DigestOptions()));
  const size_t found = CheckCalls(calls, &index);
  EXPECT_GT(found, 10u);  // the comparison is not between empty answers
  // Each text was tokenized once, the replaced one twice: far fewer than the texts given.
  size_t distinct = 0;
  for (size_t c = 0; c < input.clusters.size(); ++c) {
    distinct += std::min(texts[c].size(), 3 + (input.clusters.size() - c));
  }
  EXPECT_LE(index.tokenized_texts(), distinct + 1);
  EXPECT_LT(index.tokenized_texts() * 3, given);
  EXPECT_EQ(index.kept_texts(), replaced.texts.size());  // the last call's texts only
}

TEST(OffTopicIndex, AReplacedTextIsCountedAgain) {
  const std::string quake =
      "A strong earthquake struck central Chile on Monday, killing twelve people in Valparaiso. "
      "Rescue teams searched collapsed buildings for survivors.";
  const std::string quake2 =
      "Rescue teams in Chile pulled survivors from collapsed buildings after the earthquake. "
      "The death toll in Valparaiso rose to twenty.";
  const std::string pasted =
      "Messi lifted the trophy in Berlin as Barcelona won its fifth European football title.";
  const std::string football =
      "Barcelona won the European football final in Berlin, beating Juventus. Messi lifted the "
      "trophy as the club won its fifth European title.";
  Call plain;
  plain.keys = {"q1", "q2", "f1", "f2"};
  plain.texts = {quake, quake2, football, football};
  plain.stories = {{0, 1}, {2, 3}};
  plain.judged = 1;
  Call with_paste = plain;
  with_paste.texts[0] = pasted + " " + quake;
  OffTopicIndex index((DigestOptions()));
  EXPECT_EQ(CheckCalls({plain}, &index), 0u);
  // Counts kept from the first call would miss the pasted sentence.
  EXPECT_EQ(CheckCalls({with_paste}, &index), 1u);
  EXPECT_EQ(index.tokenized_texts(), 5u);
}

}  // namespace
}  // namespace precis
