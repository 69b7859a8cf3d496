// POST /articles bodies (server::ParseArticlesBody), directly: the cases the HTTP tests do not
// reach cheaply.
#include "server/body.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace precis::server {
namespace {

// Found by request_body_fuzz: an id of the made-up form "body:<n>" whose number does not fit
// in 64 bits threw std::out_of_range out of the parser (a 500 from the service).
TEST(ArticlesBody, MadeUpLookingIdWithAHugeNumberIsThePostersOwnId) {
  for (const std::string id : {"body:1841844674407955161646744073", "body:18446744073709551616",
                               "body:99999999999999999999999999999999999999"}) {
    std::vector<Article> articles;
    BodyError error;
    ASSERT_TRUE(
        ParseArticlesBody(R"({"id":")" + id + R"(","text":"The river rose."})", &articles, &error))
        << id << ": " << error.detail;
    ASSERT_EQ(articles.size(), 1u);
    EXPECT_EQ(articles[0].id, id);
  }
}

TEST(ArticlesBody, MissingIdIsRefusedWithItsLine) {
  std::vector<Article> articles;
  BodyError error;
  EXPECT_FALSE(ParseArticlesBody("{\"id\":\"a\",\"text\":\"One.\"}\n{\"text\":\"Two.\"}\n",
                                 &articles, &error));
  EXPECT_EQ(error.line, 2u);
  EXPECT_EQ(error.field, "id");
}

TEST(ArticlesBody, AnIdThatLooksMadeUpButIsGivenIsKept) {
  std::vector<Article> articles;
  BodyError error;
  ASSERT_TRUE(ParseArticlesBody("{\"id\":\"body:1\",\"text\":\"One.\"}", &articles, &error))
      << error.detail;
  EXPECT_EQ(articles[0].id, "body:1");
}

}  // namespace
}  // namespace precis::server
