// AnswerCache, ETags and StoryStamps, in process (the HTTP behaviour is in
// etag_test.cc).
#include "server/answer_cache.h"

#include <gtest/gtest.h>

#include <thread>
#include <vector>

namespace precis::server {
namespace {

std::shared_ptr<const Answer> Make(const std::string& body) {
  return std::make_shared<Answer>(Answer{body, BodyEtag(body)});
}

TEST(BodyEtag, QuotedHashOfTheBody) {
  const std::string a = BodyEtag("{\"id\":1}");
  EXPECT_EQ(a.size(), 18u);
  EXPECT_EQ(a.front(), '"');
  EXPECT_EQ(a.back(), '"');
  EXPECT_EQ(a, BodyEtag("{\"id\":1}"));
  EXPECT_NE(a, BodyEtag("{\"id\":2}"));
  EXPECT_NE(BodyEtag(""), BodyEtag(" "));
  // FNV-1a 64 of the empty string is its offset basis.
  EXPECT_EQ(BodyEtag(""), "\"cbf29ce484222325\"");
}

TEST(EtagMatches, ListsWeakTagsAndStar) {
  const std::string tag = "\"0123456789abcdef\"";
  EXPECT_TRUE(EtagMatches(tag, tag));
  EXPECT_TRUE(EtagMatches("W/" + tag, tag));  // If-None-Match compares weakly
  EXPECT_TRUE(EtagMatches("\"x\", " + tag, tag));
  EXPECT_TRUE(EtagMatches("\"x\"," + tag + " ,\"y\"", tag));
  EXPECT_TRUE(EtagMatches("*", tag));
  EXPECT_FALSE(EtagMatches("", tag));
  EXPECT_FALSE(EtagMatches("\"0123456789abcdee\"", tag));
  EXPECT_FALSE(EtagMatches("0123456789abcdef", tag));  // unquoted: another tag
  EXPECT_FALSE(EtagMatches(" , ", tag));
}

TEST(AnswerCache, AnswersOnlyForTheStampTheyWereRenderedAt) {
  AnswerCache cache(1 << 20);
  EXPECT_EQ(cache.Get("/stories/1", 5), nullptr);
  cache.Put("/stories/1", 5, Make("five"));
  ASSERT_NE(cache.Get("/stories/1", 5), nullptr);
  EXPECT_EQ(cache.Get("/stories/1", 5)->body, "five");
  EXPECT_EQ(cache.Get("/stories/1", 6), nullptr);  // the story changed since
  EXPECT_EQ(cache.Get("/stories/2", 5), nullptr);
  // A newer rendering replaces it; a late one from older data does not.
  cache.Put("/stories/1", 6, Make("six"));
  cache.Put("/stories/1", 5, Make("five again"));
  EXPECT_EQ(cache.Get("/stories/1", 5), nullptr);
  EXPECT_EQ(cache.Get("/stories/1", 6)->body, "six");
  EXPECT_EQ(cache.size(), 1u);
  EXPECT_EQ(cache.hits(), 3u);
  EXPECT_EQ(cache.misses(), 4u);
}

TEST(AnswerCache, BoundedInBytesAnUnusedEntryGoesFirst) {
  const std::string body(1000, 'x');
  // 16 shards of 2 answers each at most (an answer costs a bit over 1,000
  // bytes).
  AnswerCache cache(16 * 2500);
  for (int i = 0; i < 2000; ++i) cache.Put("k" + std::to_string(i), 1, Make(body));
  EXPECT_LE(cache.bytes(), 16u * 2500);
  EXPECT_LE(cache.size(), 32u);
  EXPECT_GE(cache.size(), 16u);
  EXPECT_NE(cache.Get("k1999", 1), nullptr);  // the newest stays
  EXPECT_EQ(cache.Get("k0", 1), nullptr);

  // Within one shard, an entry used since it was put survives the next insertion (a second
  // chance), the unused one does not.
  AnswerCache one(16 * 2500);
  std::vector<std::string> same_shard;  // keys of the shard of "a"
  for (int i = 0; same_shard.size() < 3; ++i) {
    const std::string k = "a" + std::to_string(i);
    if (std::hash<std::string>()(k) % 16 == std::hash<std::string>()("a0") % 16) {
      same_shard.push_back(k);
    }
  }
  one.Put(same_shard[0], 1, Make(body));
  one.Put(same_shard[1], 1, Make(body));
  ASSERT_NE(one.Get(same_shard[0], 1), nullptr);  // used
  one.Put(same_shard[2], 1, Make(body));
  EXPECT_NE(one.Get(same_shard[0], 1), nullptr);
  EXPECT_EQ(one.Get(same_shard[1], 1), nullptr);
  EXPECT_NE(one.Get(same_shard[2], 1), nullptr);

  // An answer over the whole budget is still kept (alone).
  AnswerCache tiny(16);
  tiny.Put("big", 1, Make(body));
  EXPECT_NE(tiny.Get("big", 1), nullptr);
}

TEST(StoryStamps, ABumpChangesTheStoryStampAndOnlyItsSlot) {
  auto stamps = std::make_unique<StoryStamps>();
  const uint64_t a = stamps->Get(7), b = stamps->Get(8);
  stamps->Bump(7);
  EXPECT_NE(stamps->Get(7), a);
  EXPECT_EQ(stamps->Get(8), b);
  const uint64_t after_first = stamps->Get(7);
  stamps->Bump(7);
  EXPECT_GT(stamps->Get(7),
            after_first);  // stamps only grow (Put keeps the newest)
}

TEST(AnswerCache, ConcurrentReadersAndWritersNeverSeeAnotherStamp) {
  AnswerCache cache(1 << 16);
  std::vector<std::thread> threads;
  std::atomic<int> wrong{0};
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 5000; ++i) {
        const std::string key = "k" + std::to_string(i % 50);
        const uint64_t stamp = static_cast<uint64_t>(i % 7);
        if (auto a = cache.Get(key, stamp)) {
          if (a->body != key + "@" + std::to_string(stamp)) ++wrong;
        } else {
          cache.Put(key, stamp, Make(key + "@" + std::to_string(stamp)));
        }
        (void)t;
      }
    });
  }
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(wrong.load(), 0);
  EXPECT_LE(cache.bytes(), size_t{1} << 16);
}

}  // namespace
}  // namespace precis::server
