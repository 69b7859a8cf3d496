// BuildDigest: a summary per story, without duplicates and without off-topic
// sentences.
#include <unordered_map>

#include "precis/story.h"

namespace precis {

Status BuildDigest(const std::vector<Article>& articles, const std::vector<Story>& stories,
                   const DigestOptions& options, std::vector<StoryDigest>* digests) {
  digests->clear();
  std::unordered_map<std::string_view, uint32_t> by_id;
  for (uint32_t i = 0; i < articles.size(); ++i) by_id.emplace(articles[i].id, i);

  // The articles each story summarizes: its members that are not duplicates.
  std::vector<std::vector<uint32_t>> members(stories.size());
  for (size_t s = 0; s < stories.size(); ++s) {
    std::unordered_map<std::string_view, bool> duplicate;
    for (const auto& [dup, of] : stories[s].duplicates) duplicate[dup] = true;
    for (const std::string& id : stories[s].articles) {
      auto it = by_id.find(id);
      if (it == by_id.end()) {
        return Status::InvalidArgument("story " + std::to_string(stories[s].id) +
                                       " names an unknown article '" + id + "'");
      }
      if (!duplicate.count(id)) members[s].push_back(it->second);
    }
  }
  std::vector<std::string_view> texts;
  for (const Article& a : articles) texts.push_back(a.text);
  const std::vector<std::vector<Span>> off = OffTopicSentences(texts, members, options);

  std::vector<const Article*> all;
  for (const Article& a : articles) all.push_back(&a);
  const IdfTable idf = IdfTable::Build(all, options.summarize.language);

  for (size_t s = 0; s < stories.size(); ++s) {
    if (stories[s].articles.size() < options.min_articles) continue;
    StoryDigest d;
    d.story = stories[s];
    Cluster cluster;
    cluster.id = std::to_string(stories[s].id);
    for (uint32_t i : members[s]) {
      Article a = articles[i];
      // Blank the off-topic sentences byte for byte: offsets into the text stay
      // valid, and the summarizer sees only white space there.
      for (const Span& span : off[i]) {
        for (uint32_t b = span.begin; b < span.end; ++b) {
          if (a.text[b] != '\n') a.text[b] = ' ';
        }
        ++d.off_topic_sentences;
      }
      cluster.articles.push_back(std::move(a));
    }
    d.articles_summarized = cluster.articles.size();
    PRECIS_RETURN_IF_ERROR(Summarize(cluster, options.summarize, &idf, &d.summary));
    digests->push_back(std::move(d));
  }
  return Status::Ok();
}

}  // namespace precis
