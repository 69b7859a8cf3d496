// OffTopicSentences and OffTopicIndex: sentences of a story's articles that belong elsewhere.
//
// Every article gets a unit TF-IDF vector (IDF over all the texts given) and
// every story a centroid. A sentence is compared with its own story's centroid
// *without its own article* (otherwise a pasted paragraph would partly vouch
// for itself) and with the other stories' centroids. It is off-topic when it is
// unrelated to its story (below unrelated_threshold), or weakly related (below
// off_topic_threshold) and closer to another story.
//
// Both entry points share everything after the term counts: OffTopicSentences counts every
// text in a vocabulary of its own; an OffTopicIndex keeps the counts of the texts it has seen
// in a vocabulary that outlives the call (precis/off_topic.h).
#include "precis/off_topic.h"

#include <algorithm>
#include <functional>
#include <string>
#include <unordered_map>

#include "dedup/aliases.h"
#include "precis/story.h"
#include "story/sparse.h"
#include "story/term_space.h"

namespace precis {
namespace {

bool FilterOff(const DigestOptions& options) {
  return options.off_topic_threshold <= 0 && options.unrelated_threshold <= 0;
}

// Matching tokens of a text with the alias table applied, as the story clusterer sees them.
class Tokenizer {
 public:
  explicit Tokenizer(const StoryOptions& so)
      : aliases_((so.dedup.aliases ? *so.dedup.aliases : AliasTable::Default()).data()) {}
  const dedup::MatchTokens& operator()(std::string_view text) {
    dedup::TokenizeForMatching(text, &tokens_);
    dedup::ApplyAliases(aliases_, text, &tokens_, &scratch_);
    return tokens_;
  }

 private:
  const dedup::AliasData& aliases_;
  dedup::MatchTokens tokens_;
  std::vector<dedup::MatchToken> scratch_;
};

std::unique_ptr<story::TermSpace> NewSpace(const StoryOptions& so) {
  return std::make_unique<story::TermSpace>(so.language, EffectiveNameBoost(so));
}

// Keeps the terms of `v` weighing at least its k-th largest weight: every term tied at the cut
// stays, so the set does not depend on term ids (an OffTopicIndex numbers terms in the order
// of its whole history, a fresh vocabulary in the order of one call).
void KeepStrongestWithTies(story::SparseVector* v, size_t k, std::vector<float>* weights) {
  if (v->size() <= k) return;
  weights->clear();
  for (const story::TermWeight& t : *v) weights->push_back(t.weight);
  std::nth_element(weights->begin(), weights->begin() + (k - 1), weights->end(),
                   std::greater<float>());
  const float cut = (*weights)[k - 1];
  std::erase_if(*v, [cut](const story::TermWeight& t) { return t.weight < cut; });
}

// A text's sentences (SplitSentences) with the term counts of each.
struct SentenceCounts {
  std::vector<Span> spans;
  std::vector<story::TermCounts> counts;
};

void CountSentences(story::TermSpace& space, Tokenizer& tokenize, std::string_view text,
                    const SegmentOptions& segment, SentenceCounts* out) {
  out->spans = SplitSentences(text, segment);
  out->counts.resize(out->spans.size());
  for (size_t k = 0; k < out->spans.size(); ++k) {
    space.Count(tokenize(out->spans[k].of(text)), false, &out->counts[k]);
  }
}

// The judging half: `vectors[i]` is the unit vector of member text i under the document
// frequencies of the call (every text of it counted once), already set in `space`;
// `sentences(i)` gives text i's sentences with their counts in `space`.
std::vector<std::vector<Span>> Judge(
    story::TermSpace& space, const std::vector<std::string_view>& texts,
    const std::vector<story::SparseVector>& vectors,
    const std::vector<std::vector<uint32_t>>& stories,
    const std::function<const SentenceCounts&(uint32_t)>& sentences, const DigestOptions& options,
    size_t judged) {
  std::vector<std::vector<Span>> off(texts.size());
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
  std::vector<float> weights;
  for (size_t s = 0; s < stories.size(); ++s) {
    pruned[s] = centroids[s];
    KeepStrongestWithTies(&pruned[s], kOtherTerms, &weights);
    pruned_norms[s] = story::Norm(pruned[s]);
    for (const story::TermWeight& t : pruned[s])
      postings[t.term].push_back(static_cast<uint32_t>(s));
  }
  std::vector<uint32_t> seen(stories.size(), UINT32_MAX);
  uint32_t sentence_no = 0;

  story::SparseVector sentence, rest;
  for (size_t s = 0; s < std::min(judged, stories.size()); ++s) {
    if (stories[s].size() < 2) continue;  // a single article has nothing to be measured against
    // Another story about the same subject (a report the clusterer kept apart) is not
    // "elsewhere": the cosine of its centroid with this story's, once per pair.
    std::unordered_map<uint32_t, bool> same_subject;
    const double own_norm = story::Norm(centroids[s]);
    auto SameSubject = [&](uint32_t o) {
      auto [it, fresh] = same_subject.emplace(o, false);
      if (fresh && own_norm > 0) {
        it->second = story::Dot(centroids[s], pruned[o]) / (own_norm * pruned_norms[o]) >=
                     options.same_subject_threshold;
      }
      return it->second;
    };
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
      const SentenceCounts& split = sentences(i);
      for (size_t k = 0; k < split.spans.size(); ++k) {
        const Span& span = split.spans[k];
        space.Weigh(split.counts[k], &sentence);
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
              if (SameSubject(o)) continue;
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

std::vector<bool> Members(size_t texts, const std::vector<std::vector<uint32_t>>& stories) {
  std::vector<bool> member(texts, false);
  for (const std::vector<uint32_t>& story : stories) {
    for (uint32_t i : story) member[i] = true;
  }
  return member;
}

}  // namespace

std::vector<std::vector<Span>> OffTopicSentences(const std::vector<std::string_view>& texts,
                                                 const std::vector<std::vector<uint32_t>>& stories,
                                                 const DigestOptions& options, size_t judged) {
  if (FilterOff(options)) return std::vector<std::vector<Span>>(texts.size());
  std::unique_ptr<story::TermSpace> space = NewSpace(options.story);
  Tokenizer tokenize(options.story);
  // Document frequencies over every text first, then the vectors. Only the stories' members
  // need counts and vectors (duplicates count for the frequencies only), and counts are
  // released once weighed: a feed of a million articles holds one set of vectors, not two.
  const std::vector<bool> member = Members(texts.size(), stories);
  std::vector<story::TermCounts> counts(texts.size());
  story::TermCounts unused;
  for (size_t i = 0; i < texts.size(); ++i) {
    space->Count(tokenize(texts[i]), true, member[i] ? &counts[i] : &unused);
  }
  std::vector<story::SparseVector> vectors(texts.size());
  for (size_t i = 0; i < texts.size(); ++i) {
    if (!member[i]) continue;
    space->Weigh(counts[i], &vectors[i]);
    story::TermCounts().swap(counts[i]);
  }
  std::vector<story::TermCounts>().swap(counts);
  SentenceCounts scratch;
  auto sentences = [&](uint32_t i) -> const SentenceCounts& {
    CountSentences(*space, tokenize, texts[i], options.summarize.segment, &scratch);
    return scratch;
  };
  return Judge(*space, texts, vectors, stories, sentences, options, judged);
}

struct OffTopicIndex::Impl {
  explicit Impl(const DigestOptions& o) : options(o), tokenize(o.story), space(NewSpace(o.story)) {}
  // A text's counts in `space`, with what identifies the text they were made from.
  struct Kept {
    size_t size = 0;
    size_t hash = 0;
    uint64_t call = 0;  // the last call that gave the text
    story::TermCounts counts;
    bool split = false;  // `sentences` is filled (the first time the text is judged)
    SentenceCounts sentences;
  };
  static constexpr size_t kMaxVocabulary = size_t{4} << 20;
  DigestOptions options;
  Tokenizer tokenize;
  std::unique_ptr<story::TermSpace> space;
  std::unordered_map<std::string, Kept, dedup::StringViewHash, std::equal_to<>> kept;
  uint64_t calls = 0;
  uint64_t tokenized = 0;
};

OffTopicIndex::OffTopicIndex(const DigestOptions& options)
    : impl_(std::make_unique<Impl>(options)) {}
OffTopicIndex::~OffTopicIndex() = default;
size_t OffTopicIndex::kept_texts() const { return impl_->kept.size(); }
uint64_t OffTopicIndex::tokenized_texts() const { return impl_->tokenized; }

std::vector<std::vector<Span>> OffTopicIndex::Find(
    const std::vector<std::string_view>& keys, const std::vector<std::string_view>& texts,
    const std::vector<std::vector<uint32_t>>& stories, size_t judged) {
  Impl& m = *impl_;
  if (FilterOff(m.options)) return std::vector<std::vector<Span>>(texts.size());
  if (m.space->vocabulary() > Impl::kMaxVocabulary) {
    m.space = NewSpace(m.options.story);
    m.kept.clear();
  }
  const uint64_t call = ++m.calls;
  std::vector<Impl::Kept*> entries(texts.size());
  std::vector<const story::TermCounts*> counts(texts.size());
  for (size_t i = 0; i < texts.size(); ++i) {
    const size_t hash = std::hash<std::string_view>()(texts[i]);
    auto it = m.kept.find(keys[i]);
    if (it == m.kept.end()) it = m.kept.emplace(std::string(keys[i]), Impl::Kept()).first;
    Impl::Kept& k = it->second;
    if (k.call == 0 || k.size != texts[i].size() || k.hash != hash) {
      m.space->Count(m.tokenize(texts[i]), false, &k.counts);
      k.split = false;
      k.size = texts[i].size();
      k.hash = hash;
      ++m.tokenized;
    }
    k.call = call;
    counts[i] = &k.counts;
    entries[i] = &k;
  }
  std::erase_if(m.kept, [call](const auto& entry) { return entry.second.call != call; });
  m.space->ClearFrequencies();
  for (const story::TermCounts* c : counts) m.space->AddDocument(*c);
  const std::vector<bool> member = Members(texts.size(), stories);
  std::vector<story::SparseVector> vectors(texts.size());
  for (size_t i = 0; i < texts.size(); ++i) {
    if (member[i]) m.space->Weigh(*counts[i], &vectors[i]);
  }
  // A text's sentences are split and counted once, the first time it is judged: a story
  // summarized again after a new article judges its older articles from the kept counts.
  auto sentences = [&](uint32_t i) -> const SentenceCounts& {
    Impl::Kept& k = *entries[i];
    if (!k.split) {
      CountSentences(*m.space, m.tokenize, texts[i], m.options.summarize.segment, &k.sentences);
      k.split = true;
    }
    return k.sentences;
  };
  return Judge(*m.space, texts, vectors, stories, sentences, m.options, judged);
}

}  // namespace precis
