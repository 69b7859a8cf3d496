// BuildDigest: a summary per story, without duplicate articles, off-topic
// sentences or duplicate sentences.
#include <algorithm>
#include <unordered_map>

#include "precis/story.h"
#include "precis/text.h"
#include "text/language.h"

namespace precis {
namespace {

// Replaces the bytes of `span` by spaces (line breaks are kept, so paragraphs
// stay paragraphs): offsets into the text stay valid, and the summarizer sees
// only white space there.
void Blank(const Span& span, std::string* text) {
  for (uint32_t b = span.begin; b < span.end; ++b) {
    if ((*text)[b] != '\n') (*text)[b] = ' ';
  }
}

// Blanks every sentence of `cluster` that is a near-duplicate of a sentence of
// an earlier article: a group's representative is its earliest sentence, so a
// member in another article than the representative's comes later. A sentence
// repeated within its own article is kept: that is not a second source.
Status BlankDuplicateSentences(const DedupOptions& dedup, const SegmentOptions& segment,
                               Cluster* cluster, size_t* blanked) {
  *blanked = 0;
  std::vector<const Article*> texts;
  for (const Article& a : cluster->articles) texts.push_back(&a);
  // Off-topic sentences are already blank: without words they neither match nor
  // serve as the earlier copy of anything.
  std::vector<SentenceDuplicateGroup> groups;
  PRECIS_RETURN_IF_ERROR(FindDuplicateSentences(texts, dedup, segment, &groups));
  for (const SentenceDuplicateGroup& g : groups) {
    for (const SentenceRef& m : g.members) {
      if (m.article == g.representative.article) continue;
      Blank(m.span, &cluster->articles[m.article].text);
      ++*blanked;
    }
  }
  return Status::Ok();
}

// The articles each story summarizes (indices into `articles`): its members that are not
// duplicates. `by_id` maps ids to indices.
Status StoryMembers(const std::unordered_map<std::string_view, uint32_t>& by_id, const Story& story,
                    std::vector<uint32_t>* members, std::vector<uint32_t>* listed = nullptr) {
  std::unordered_map<std::string_view, bool> duplicate;
  for (const auto& [dup, of] : story.duplicates) duplicate[dup] = true;
  for (const std::string& id : story.articles) {
    auto it = by_id.find(id);
    if (it == by_id.end()) {
      return Status::InvalidArgument("story " + std::to_string(story.id) +
                                     " names an unknown article '" + id + "'");
    }
    if (!duplicate.count(id)) members->push_back(it->second);
    if (listed != nullptr) listed->push_back(it->second);  // duplicates too
  }
  return Status::Ok();
}

std::unordered_map<std::string_view, uint32_t> ById(const std::vector<Article>& articles) {
  std::unordered_map<std::string_view, uint32_t> by_id;
  for (uint32_t i = 0; i < articles.size(); ++i) by_id.emplace(articles[i].id, i);
  return by_id;
}

// The summaries of `stories` (members[s]: story s's articles without duplicates; listed[s]:
// all of them, for the digest's sources) with the off-topic sentences `off` and then duplicate
// sentences blanked, under `idf`. Each story's lists are freed once its summary is made, so a
// long feed's lists do not outlive their use.
Status SummarizeStories(const std::vector<Article>& articles, const std::vector<Story>& stories,
                        std::vector<std::vector<uint32_t>> members,
                        std::vector<std::vector<uint32_t>> listed,
                        const std::vector<std::vector<Span>>& off, const IdfTable& idf,
                        const DigestOptions& options, std::vector<StoryDigest>* digests) {
  DedupOptions sentence_dedup = options.sentence_dedup;
  if (sentence_dedup.aliases == nullptr) sentence_dedup.aliases = options.story.dedup.aliases;
  size_t to_summarize = 0, summarized = 0;
  for (const Story& story : stories) to_summarize += story.articles.size() >= options.min_articles;
  for (size_t s = 0; s < stories.size(); ++s) {
    if (stories[s].articles.size() < options.min_articles) continue;
    StoryDigest d;
    d.story = stories[s];
    for (uint32_t i : listed[s]) {
      const Article& a = articles[i];
      d.sources.push_back({a.id, a.title, a.source, a.url, a.date,
                           text_internal::LanguageTag(ArticleLanguage(a, options.story.language))});
    }
    std::vector<uint32_t>().swap(listed[s]);
    Cluster cluster;
    cluster.id = std::to_string(stories[s].id);
    for (uint32_t i : members[s]) {
      Article a = articles[i];
      for (const Span& span : off[i]) {
        d.off_topic.push_back({a.id, span.begin, span.end, std::string(span.of(a.text))});
        Blank(span, &a.text);
      }
      d.off_topic_sentences += off[i].size();
      cluster.articles.push_back(std::move(a));
    }
    std::vector<uint32_t>().swap(members[s]);
    if (options.drop_duplicate_sentences && cluster.articles.size() > 1) {
      PRECIS_RETURN_IF_ERROR(BlankDuplicateSentences(sentence_dedup, options.summarize.segment,
                                                     &cluster, &d.duplicate_sentences));
    }
    d.articles_summarized = cluster.articles.size();
    PRECIS_RETURN_IF_ERROR(Summarize(cluster, options.summarize, &idf, &d.summary));
    d.off_topic_sentences += d.summary.off_topic_sentences;  // padding from outside the feed
    d.off_topic.insert(d.off_topic.end(), d.summary.off_topic.begin(), d.summary.off_topic.end());
    digests->push_back(std::move(d));
    if (options.progress) options.progress(++summarized, to_summarize);
  }
  return Status::Ok();
}

Status ValidateDigestOptions(const DigestOptions& options) {
  DedupOptions sentence_dedup = options.sentence_dedup;
  if (sentence_dedup.aliases == nullptr) sentence_dedup.aliases = options.story.dedup.aliases;
  if (options.drop_duplicate_sentences) {
    PRECIS_RETURN_IF_ERROR(ValidateDedupOptions(sentence_dedup));
  }
  return Status::Ok();
}

}  // namespace

const DigestSource* FindDigestSource(const StoryDigest& digest, std::string_view id) {
  for (const DigestSource& source : digest.sources) {
    if (source.id == id) return &source;
  }
  return nullptr;
}

Status BuildDigest(const std::vector<Article>& articles, const std::vector<Story>& stories,
                   const DigestOptions& options, std::vector<StoryDigest>* digests) {
  return BuildDigest(articles, stories, {}, options, digests);
}

Status BuildDigest(const std::vector<Article>& articles, const std::vector<Story>& stories,
                   const std::vector<Story>& context, const DigestOptions& options,
                   std::vector<StoryDigest>* digests) {
  digests->clear();
  PRECIS_RETURN_IF_ERROR(ValidateDigestOptions(options));
  auto by_id = ById(articles);
  // The context stories follow the summarized ones.
  std::vector<std::vector<uint32_t>> members(stories.size() + context.size());
  std::vector<std::vector<uint32_t>> listed(stories.size());
  for (size_t s = 0; s < members.size(); ++s) {
    const bool summarized = s < stories.size();
    const Story& story = summarized ? stories[s] : context[s - stories.size()];
    PRECIS_RETURN_IF_ERROR(
        StoryMembers(by_id, story, &members[s], summarized ? &listed[s] : nullptr));
  }
  std::vector<std::string_view> texts;
  for (const Article& a : articles) texts.push_back(a.text);
  const std::vector<std::vector<Span>> off =
      OffTopicSentences(texts, members, options, stories.size());
  std::vector<std::string_view>().swap(texts);

  // The summaries' IDF table: every article given, or with context stories, the articles of
  // the summarized stories (a context story only serves the off-topic filter, so a caller that
  // passes the same context in every call does not pay for a second table over it).
  std::vector<const Article*> all;
  if (context.empty()) {
    for (const Article& a : articles) all.push_back(&a);
  } else {
    for (const Story& story : stories) {
      for (const std::string& id : story.articles) all.push_back(&articles[by_id.at(id)]);
    }
  }
  const IdfTable feed_idf =
      options.idf != nullptr ? IdfTable() : IdfTable::Build(all, options.summarize.language);
  // The lookups are done: a long feed's per-article tables go before the summaries grow.
  std::vector<const Article*>().swap(all);
  std::unordered_map<std::string_view, uint32_t>().swap(by_id);
  members.resize(stories.size());
  return SummarizeStories(articles, stories, std::move(members), std::move(listed), off,
                          options.idf != nullptr ? *options.idf : feed_idf, options, digests);
}

Status BuildDigestWithOffTopic(const std::vector<Article>& articles,
                               const std::vector<Story>& stories,
                               const std::vector<std::vector<Span>>& off_topic,
                               const DigestOptions& options, std::vector<StoryDigest>* digests) {
  digests->clear();
  PRECIS_RETURN_IF_ERROR(ValidateDigestOptions(options));
  if (off_topic.size() != articles.size()) {
    return Status::InvalidArgument("off-topic spans for " + std::to_string(off_topic.size()) +
                                   " articles, " + std::to_string(articles.size()) + " given");
  }
  const auto by_id = ById(articles);
  std::vector<std::vector<uint32_t>> members(stories.size());
  std::vector<std::vector<uint32_t>> listed(stories.size());
  for (size_t s = 0; s < stories.size(); ++s) {
    PRECIS_RETURN_IF_ERROR(StoryMembers(by_id, stories[s], &members[s], &listed[s]));
  }
  IdfTable feed_idf;
  if (options.idf == nullptr) {
    std::vector<const Article*> all;
    for (const Article& a : articles) all.push_back(&a);
    feed_idf = IdfTable::Build(all, options.summarize.language);
  }
  return SummarizeStories(articles, stories, std::move(members), std::move(listed), off_topic,
                          options.idf != nullptr ? *options.idf : feed_idf, options, digests);
}

}  // namespace precis
