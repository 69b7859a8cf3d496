// Helpers shared by the story tests: an article from its fields, and the story of each article.
#ifndef PRECIS_TESTS_STORY_STORY_FIXTURES_H_
#define PRECIS_TESTS_STORY_STORY_FIXTURES_H_

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "precis/article.h"
#include "precis/story.h"

namespace precis::testing {

inline Article Make(std::string id, std::string date, std::string text, std::string title = "") {
  Article a;
  a.id = std::move(id);
  a.date = std::move(date);
  a.text = std::move(text);
  a.title = std::move(title);
  return a;
}

// Story id of every article.
inline std::map<std::string, uint64_t> StoryOf(const std::vector<Story>& stories) {
  std::map<std::string, uint64_t> m;
  for (const Story& s : stories) {
    for (const std::string& id : s.articles) m[id] = s.id;
  }
  return m;
}

}  // namespace precis::testing

#endif  // PRECIS_TESTS_STORY_STORY_FIXTURES_H_
