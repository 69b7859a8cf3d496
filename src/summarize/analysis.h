// Analysis: the per-cluster features every scorer and selector reads.
//
// Segments each article into sentences, tokenizes, case-folds, drops stopwords,
// stems, interns stems to dense ids, and stores each sentence's bag of terms as
// a sorted sparse vector with TF-IDF weights. Built once per Summarize call;
// read-only afterwards.
#ifndef PRECIS_SUMMARIZE_ANALYSIS_H_
#define PRECIS_SUMMARIZE_ANALYSIS_H_

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "precis/summarize.h"
#include "summarize/term_counts.h"
#include "summarize/varint_array.h"

namespace precis::summarize {

// One entry of a sparse vector: a term id and its weight. Vectors are sorted by
// term.
struct TermWeight {
  uint32_t term;
  float weight;
};

struct AnalyzedSentence {
  uint32_t article = 0;   // index into Cluster::articles
  uint32_t position = 0;  // 0-based index of the sentence within its article
  Span span;              // bytes in the article's text
  uint32_t words = 0;     // CountWords of the sentence text (what budgets count)
  uint32_t chars = 0;     // CountChars of the sentence text (the kChars budget)
  uint32_t tokens = 0;    // word tokens, stopwords included
  // [vec_begin, vec_end) into ClusterAnalysis::vectors and ::counts: the
  // sentence's content terms (sorted by term id) with TF-IDF weights and raw
  // counts.
  uint32_t vec_begin = 0;
  uint32_t vec_end = 0;
  // [seq_begin, seq_end): the bytes of ClusterAnalysis::words holding the
  // sentence's words in order (ClusterAnalysis::Words reads them).
  uint32_t seq_begin = 0;
  uint32_t seq_end = 0;
  float norm = 0;         // Euclidean norm of the TF-IDF vector
  bool eligible = false;  // may be chosen for a summary (length, content and
                          // clarity filters)
  // A candidate is one sentence, or a joint unit: a sentence that leans on the
  // one before it (summarize/coherence.h) taken together with it, `parts`
  // consecutive sentences of one article starting at `position`. `span` then
  // covers them all and the sentences' own spans are [part_begin, part_begin +
  // parts) in ClusterAnalysis::part_spans. Two candidates overlap when they
  // share a sentence (Overlaps below); no summary holds both.
  bool padding = false;  // pasted from outside the feed (padding.h); never eligible
  uint32_t parts = 1;
  uint32_t part_begin = 0;
  // Compression (SummarizeOptions::compress, compress.h): when piece_begin < piece_end, the
  // candidate prints only ClusterAnalysis::pieces[piece_begin, piece_end) of `span` (a joint
  // unit: its parts' pieces and the space between parts), and words, chars, tokens, terms
  // and the word sequence count those bytes only; cut_bytes is what the cuts removed.
  uint32_t piece_begin = 0;
  uint32_t piece_end = 0;
  uint32_t cut_bytes = 0;
};

struct ClusterAnalysis {
  // The article's sentences in article order, then position (`singles` of
  // them); then the joint units, in the same order of their first sentence.
  std::vector<AnalyzedSentence> sentences;
  uint32_t singles = 0;
  std::vector<Span> part_spans;     // the sentences of joint units
  std::vector<Span> pieces;         // the kept bytes of compressed candidates
  size_t off_topic = 0;  // sentences left out as padding from outside the feed (padding.h)
  // Per sentence, its content terms sorted by id with TF-IDF weights; `counts` holds the raw
  // count of each entry (tf_begin/tf_end read them as TermWeights).
  std::vector<TermWeight> vectors;
  TermCounts counts;
  // Word sequences per sentence: stemmed term ids in text order, stopwords
  // included with kStopWord set (tokens without a letter are left out). Used
  // for bigram concepts. Stored packed (PackWord: the stopword flag in the low
  // bit, so frequent words take a byte or two); read them with Words().
  static constexpr uint32_t kStopWord = 1u << 31;
  VarintArray words;
  static uint32_t PackWord(uint32_t word) { return (word << 1) | (word >> 31); }
  static uint32_t UnpackWord(uint32_t packed) { return (packed >> 1) | (packed << 31); }
  // Sentence i's words (kStopWord set on stopwords), in order, into *out (cleared first).
  void Words(size_t i, std::vector<uint32_t>* out) const {
    out->clear();
    words.ForEach(sentences[i].seq_begin, sentences[i].seq_end,
                  [out](uint32_t packed) { out->push_back(UnpackWord(packed)); });
  }
  std::vector<std::string> vocab;           // term id -> stem
  std::vector<float> idf;                   // term id -> IDF
  std::vector<uint32_t> article_sentences;  // sentences per article
  std::vector<uint32_t> chronological;      // article indices in date order (stable)
  // Query terms as a TF-IDF vector (empty when no query).
  std::vector<TermWeight> query;
  float query_norm = 0;
  double query_weight = 0.5;  // SummarizeOptions::query_weight
  // Terms pseudo-relevance feedback added to `query` (query_terms.h), sorted, each with its
  // share of a question word's standing in (0, 1].
  std::vector<TermWeight> query_added;
  // Rules relaxed so that some sentence is eligible (see Analyze), for Summary::warnings.
  std::vector<std::string> warnings;

  size_t size() const { return sentences.size(); }
  // The sentences that make up the text, joint units left out: the ground set
  // for cluster statistics (centroids, word distributions, coverage), which
  // must not count a sentence twice. (An analysis built by hand without
  // `singles` has no units.)
  size_t ground() const { return singles > 0 ? singles : sentences.size(); }
  // End of the ground sentences' entries in `vectors` and `counts`.
  size_t ground_tf_end() const { return ground() == 0 ? 0 : sentences[ground() - 1].vec_end; }
  const TermWeight* vec_begin(size_t i) const { return vectors.data() + sentences[i].vec_begin; }
  const TermWeight* vec_end(size_t i) const { return vectors.data() + sentences[i].vec_end; }
  // Entry k of `vectors` with its raw count as the weight.
  TermWeight tf_at(size_t k) const { return {vectors[k].term, static_cast<float>(counts[k])}; }
  // Sentence i's terms with raw counts, as TermWeights made on the fly.
  class TfIterator;
  TfIterator tf_begin(size_t i) const;
  TfIterator tf_end(size_t i) const;
};

// Walks entries of ClusterAnalysis::vectors yielding {term, raw count}.
class ClusterAnalysis::TfIterator {
 public:
  struct Arrow {
    TermWeight w;
    const TermWeight* operator->() const { return &w; }
  };
  TfIterator(const ClusterAnalysis* a, size_t k) : a_(a), k_(k) {}
  TermWeight operator*() const { return a_->tf_at(k_); }
  Arrow operator->() const { return {a_->tf_at(k_)}; }
  TfIterator& operator++() {
    ++k_;
    return *this;
  }
  bool operator==(const TfIterator& o) const { return k_ == o.k_; }
  bool operator!=(const TfIterator& o) const { return k_ != o.k_; }

 private:
  const ClusterAnalysis* a_;
  size_t k_;
};

inline ClusterAnalysis::TfIterator ClusterAnalysis::tf_begin(size_t i) const {
  return TfIterator(this, sentences[i].vec_begin);
}
inline ClusterAnalysis::TfIterator ClusterAnalysis::tf_end(size_t i) const {
  return TfIterator(this, sentences[i].vec_end);
}

// Joint units: a sentence that leans on the one before it is offered with at
// most this many sentences in all (itself and the sentences it leans on), and
// with at most max_sentence_words * kJointWordsFactor words.
inline constexpr uint32_t kMaxJointSentences = 3;
inline constexpr double kJointWordsFactor = 1.5;

// True when candidates x and y share a sentence (same article, overlapping
// positions).
inline bool Overlaps(const AnalyzedSentence& x, const AnalyzedSentence& y) {
  return x.article == y.article && x.position < y.position + y.parts &&
         y.position < x.position + x.parts;
}

// The source bytes candidate i prints, in order: its pieces when compressed, else {span}.
std::vector<Span> CandidatePieces(const ClusterAnalysis& a, size_t i);

// Gives every joint unit the mean of its sentences' scores, so that a unit is
// not worth more than what it holds because it is longer. `scores` has a.size()
// entries. The parts are found by (article, position) among the single sentences, so `a` may
// hold a subset of a cluster's sentences (summarize.cc's Restrict); a part that is not in it
// counts as 0, the score of a sentence a scorer did not see.
void ScoreJointUnitsFromParts(const ClusterAnalysis& a, std::vector<double>* scores);

// Content-term stems of `text` in `range`: tokenized, folded, stopwords and
// tokens without a letter dropped, stemmed. Appends to *out. Shared by the
// analysis, the IDF table and queries.
void ContentStems(std::string_view text, Span range, std::string_view language,
                  std::vector<std::string>* out);

// The language of a cluster's articles that give none and whose script does not say it: the
// one most of its articles with a `language` field give, as the first of them writes it ("sv"
// and "sv-SE" count as one; a mixed feed's unlabeled copy of a Polish story is Polish), else
// `fallback` (--language).
std::string ClusterLanguage(const Cluster& cluster, std::string_view fallback);

// Builds the analysis of `cluster`. `idf` may be null: IDF is then computed over the
// cluster's own articles. When the length limits and filters leave no sentence eligible, they are
// relaxed to the input (adapted limits first) and a warning says so.
Status Analyze(const Cluster& cluster, const SummarizeOptions& options, const IdfTable* idf,
               ClusterAnalysis* out);

// Cosine similarity of sentences i and j (TF-IDF).
float Cosine(const ClusterAnalysis& a, size_t i, size_t j);
// Dot product of two sorted sparse vectors.
float Dot(const TermWeight* a, const TermWeight* a_end, const TermWeight* b,
          const TermWeight* b_end);

}  // namespace precis::summarize

#endif  // PRECIS_SUMMARIZE_ANALYSIS_H_
