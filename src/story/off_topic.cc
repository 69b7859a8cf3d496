// OffTopicSentences: sentences of a story's articles that belong elsewhere.
//
// Every article gets a unit TF-IDF vector (IDF over all the texts given) and
// every story a centroid. A sentence is compared with its own story's centroid
// *without its own article* (otherwise a pasted paragraph would partly vouch
// for itself) and with the other stories' centroids. It is off-topic when it is
// unrelated to its story (below unrelated_threshold), or weakly related (below
// off_topic_threshold) and closer to another story.
#include <algorithm>

#include "dedup/aliases.h"
#include "precis/story.h"
#include "story/sparse.h"
#include "story/term_space.h"

namespace precis {

std::vector<std::vector<Span>> OffTopicSentences(const std::vector<std::string_view>& texts,
                                                 const std::vector<std::vector<uint32_t>>& stories,
                                                 const DigestOptions& options, size_t judged) {
  std::vector<std::vector<Span>> off(texts.size());
  if (options.off_topic_threshold <= 0 && options.unrelated_threshold <= 0) return off;
  const StoryOptions& so = options.story;
  const dedup::AliasData& aliases =
      (so.dedup.aliases ? *so.dedup.aliases : AliasTable::Default()).data();
  story::TermSpace space(so.language, EffectiveNameBoost(so));
  dedup::MatchTokens tokens;
  std::vector<dedup::MatchToken> scratch;
  auto tokenize = [&](std::string_view text) {
    dedup::TokenizeForMatching(text, &tokens);
    dedup::ApplyAliases(aliases, text, &tokens, &scratch);
  };
  // Document frequencies over every text first, then the vectors. Only the stories' members
  // need counts and vectors (duplicates count for the frequencies only), and counts are
  // released once weighed: a feed of a million articles holds one set of vectors, not two.
  std::vector<bool> member(texts.size(), false);
  for (const std::vector<uint32_t>& story : stories) {
    for (uint32_t i : story) member[i] = true;
  }
  std::vector<story::TermCounts> counts(texts.size());
  story::TermCounts unused;
  for (size_t i = 0; i < texts.size(); ++i) {
    tokenize(texts[i]);
    space.Count(tokens, true, member[i] ? &counts[i] : &unused);
  }
  std::vector<story::SparseVector> vectors(texts.size());
  for (size_t i = 0; i < texts.size(); ++i) {
    if (!member[i]) continue;
    space.Weigh(counts[i], &vectors[i]);
    story::TermCounts().swap(counts[i]);
  }
  std::vector<story::TermCounts>().swap(counts);
  std::vector<story::SparseVector> centroids(stories.size());
  story::SparseVector sum_scratch;
  for (size_t s = 0; s < stories.size(); ++s) {
    for (uint32_t i : stories[s]) story::AddTo(vectors[i], &centroids[s], &sum_scratch);
  }
  // Other stories are compared through their strongest terms: pruned centroids and an
  // inverted index from terms to the stories holding them, so a sentence only meets the
  // stories it shares a word with (the others have cosine 0, which never beats its own).
  constexpr size_t kOtherTerms = 300;
  std::vector<story::SparseVector> pruned(stories.size());
  std::vector<double> pruned_norms(stories.size());
  std::vector<std::vector<uint32_t>> postings(space.vocabulary());
  for (size_t s = 0; s < stories.size(); ++s) {
    pruned[s] = centroids[s];
    story::KeepStrongest(&pruned[s], kOtherTerms);
    pruned_norms[s] = story::Norm(pruned[s]);
    for (const story::TermWeight& t : pruned[s])
      postings[t.term].push_back(static_cast<uint32_t>(s));
  }
  std::vector<uint32_t> seen(stories.size(), UINT32_MAX);
  uint32_t sentence_no = 0;

  story::TermCounts sentence_counts;
  story::SparseVector sentence, rest;
  for (size_t s = 0; s < std::min(judged, stories.size()); ++s) {
    if (stories[s].size() < 2) continue;  // a single article has nothing to be measured against
    for (uint32_t i : stories[s]) {
      // The story without this article.
      rest = centroids[s];
      auto r = rest.begin();
      for (const story::TermWeight& t : vectors[i]) {
        while (r != rest.end() && r->term < t.term) ++r;
        if (r != rest.end() && r->term == t.term) r->weight -= t.weight;
      }
      const double rest_norm = story::Norm(rest);
      if (rest_norm <= 0) continue;
      for (const Span& span : SplitSentences(texts[i], options.summarize.segment)) {
        tokenize(span.of(texts[i]));
        space.Count(tokens, false, &sentence_counts);
        space.Weigh(sentence_counts, &sentence);
        if (sentence.empty()) continue;  // no content word: nothing to judge
        const double own = story::Dot(sentence, rest) / rest_norm;
        bool is_off = own < options.unrelated_threshold;
        if (!is_off && own < options.off_topic_threshold) {
          ++sentence_no;
          for (const story::TermWeight& t : sentence) {
            if (t.term >= postings.size()) continue;  // a word first seen in this sentence
            for (uint32_t o : postings[t.term]) {
              if (o == s || seen[o] == sentence_no || pruned_norms[o] <= 0) continue;
              seen[o] = sentence_no;
              const double other = story::Dot(sentence, pruned[o]) / pruned_norms[o];
              if (other >= std::max(options.other_ratio * own, options.other_min)) is_off = true;
            }
            if (is_off) break;
          }
        }
        if (is_off) off[i].push_back(span);
      }
    }
  }
  return off;
}

}  // namespace precis
