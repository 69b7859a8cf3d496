// Extractive multi-document summarization.
//
// A summary is a list of sentences taken verbatim from the cluster's articles, each carrying
// the byte span it came from. A method is a scorer (how central or informative a sentence is)
// paired with a selector (which sentences fit the budget without repeating each other):
//
//   lead      round-robin over articles, first sentences first
//   centroid  MEAD-style TF-IDF centroid (Radev et al. 2004)
//   lexrank   continuous LexRank, power iteration (Erkan and Radev 2004)
//   textrank  TextRank with its word-overlap similarity (Mihalcea and Tarau 2004)
//   sumbasic  SumBasic (Nenkova and Vanderwende 2005)
//   klsum     KL-Sum (Haghighi and Vanderwende 2009)
//   submodular  coverage + diversity, budgeted greedy (Lin and Bilmes 2011)
//   ilp       bigram concept coverage, exact ILP with GLPK (Gillick and Favre 2009)
//   auto      the default: the best of these on DUC 2004 (now the ILP)
//
// Every method can use MMR (Carbonell and Goldstein 1998) for redundancy control instead of
// the default greedy threshold. Functions are thread-safe; they share no mutable state.
#ifndef PRECIS_SUMMARIZE_H_
#define PRECIS_SUMMARIZE_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "precis/article.h"
#include "precis/status.h"
#include "precis/text.h"
#include "precis/weights.h"

namespace precis {

// kChars counts code points (for scripts where words are not what readers count).
enum class BudgetUnit { kWords, kBytes, kSentences, kChars };

struct Budget {
  BudgetUnit unit = BudgetUnit::kWords;
  // Maximum number of units. Default: 100 words (the DUC 2004 Task 2 length).
  size_t limit = 100;
  // DUC-style: after the last whole sentence that fits, add the next best sentence cut to the
  // remaining budget (words or bytes), marked `truncated`. Default: false, so the summary
  // never exceeds the budget and never contains a partial sentence.
  bool truncate_last = false;
};

enum class Ordering {
  kChronological,  // article date (as instants: ParseDate; dates that do not parse after,
                   // undated last); articles of one date string by the earliest position
                   // they give (a story's opening sentence first), then input order; then
                   // position
  kScore,          // best first by the method's sentence score (a truncated sentence last)
};

struct SummarizeOptions {
  // One of MethodNames(). Default: "auto" (currently the concept ILP; docs/quality.md).
  std::string method = "auto";
  Budget budget;
  // Language for segmentation, stemming and stopwords of articles that do not say theirs: an
  // article's own `language` field wins, then the language its script shows (Japanese,
  // Chinese, Hindi, Arabic, Russian, Thai, ...: DetectScriptLanguage), then this. Default: "en".
  std::string language = "en";
  // A candidate whose cosine similarity (stemmed content words, TF-IDF) to an already chosen
  // sentence exceeds this is skipped. 1.0 turns the check off. Applies to every method: the
  // scorer methods (lead, centroid, lexrank, textrank) skip while selecting; the selector
  // methods' choices are checked afterwards and the freed budget refilled. Default: 0.5.
  double redundancy_threshold = 0.5;
  // Use MMR selection: score = lambda * relevance - (1 - lambda) * max similarity to the
  // chosen sentences. Scorer methods only. Default: off (greedy with the threshold above).
  bool mmr = false;
  double mmr_lambda = 0.7;
  Ordering ordering = Ordering::kChronological;
  // Sentences with fewer words than this are never chosen (bylines, fragments). A sentence that
  // leans on the one before it is offered only together with it, as one unit, and the limits
  // apply to the unit's words: a 10-word sentence can be chosen under min 50 inside a unit of 50
  // or more. When no sentence of the input fits, the limits are adapted to it (a
  // Summary::warnings entry says so). Default: 6.
  uint32_t min_sentence_words = 6;
  // Sentences (units, as above) with more words than this are never chosen. At least 1 and at
  // least min_sentence_words (ValidateSummarizeOptions). Default: 60.
  uint32_t max_sentence_words = 60;
  // Optional query; when non-empty, relevance is mixed with similarity to the query.
  // Default: "" (the cluster's own `query`, if it has one, is used instead).
  std::string query;
  // How much the query steers the summary, in [0, 1]: the share of a sentence's relevance that
  // comes from its similarity to the query (scorer methods, DPP, SumBasic, KL-Sum, submodular);
  // the ILP weighs query concepts and query-similar sentences by weights.query (1.2) times
  // query_weight, fit on DUC 2006 halves (bench/fit_weights.cc, docs/quality.md). 0 ignores
  // the query. Default: 0.5.
  double query_weight = 0.5;
  // Pseudo-relevance feedback: the `query_expansion_terms` heaviest content terms of the
  // `query_feedback_sentences` sentences most similar to the query join it, the best at
  // `query_expansion_weight` times the query's heaviest term (src/summarize/query_terms.h).
  // 0 terms turns it off. Default: 0 (off; on DUC 2006 10 or 25 terms did not help on either
  // half, docs/quality.md).
  uint32_t query_feedback_sentences = 10;
  uint32_t query_expansion_terms = 0;
  double query_expansion_weight = 0.5;
  // Padding from outside the feed: a sentence whose support is below this is off-topic and
  // never chosen (src/summarize/padding.h), counted in Summary::off_topic_sentences. With a
  // background IdfTable of 100+ articles, the support is 1 - P(padding) of a logistic model over
  // support across the cluster's articles, a background likelihood ratio and cohesion within
  // its own article (fit on DUC 2004 halves, scripts/fit-padding-weights.py); otherwise the
  // IDF-weighted share of its words the other articles hold. Checked in clusters of three or
  // more articles. 0 turns the check off; kPaddingCheckSupport is the measured setting
  // (`--padding-check`). Default: 0 (off: it misses the 90%-caught-at-2%-removed target and
  // its cost grows with the square of a cluster's sentences; docs/summarize.md has the figures).
  double off_topic_support = 0;
  // Compressive selection: every sentence is offered in the form the deletion rules of
  // src/summarize/compress.h leave (parentheticals, appositives after a name, leading time and
  // place phrases, attribution tails and dash asides dropped), its length counted on what is
  // kept, so the budget holds more content. The output stays made of source bytes
  // (SummarySentence::spans). Default: false (docs/quality.md has the measurements).
  bool compress = false;
  // The default method's concept and query weights (precis/weights.h): the built-in defaults
  // are data/weights.json's; LoadWeights reads another file (CLI --weights FILE).
  SummaryWeights weights;
  // LexRank / TextRank damping factor (probability of following an edge). Default: 0.85.
  double damping = 0.85;
  SegmentOptions segment;
};

// The off_topic_support the padding check is measured at (`precis summarize|digest
// --padding-check`): on DUC 2004 padded from outside the input it removes about 2% of genuine
// sentences (docs/summarize.md has the figures).
inline constexpr double kPaddingCheckSupport = 0.22;

struct SummarySentence {
  // The concatenation of `spans` of the source article's text: exactly
  // text.substr(begin, end - begin) when nothing was cut.
  std::string text;
  std::string doc_id;    // the source article's id
  uint32_t article = 0;  // index of the article in the cluster
  uint32_t begin = 0;    // byte offsets into the source article's text: the outer span
  uint32_t end = 0;      // (spans.front().begin, spans.back().end)
  // The source bytes `text` is made of, in order, non-overlapping: one span {begin, end} when
  // nothing was cut, several when compression (SummarizeOptions::compress) dropped parts.
  std::vector<Span> spans;
  // The same span as byte offsets into the file the article was read from (begin/end plus
  // Article::file_offset); -1 when the text is not a verbatim slice of a file.
  int64_t file_begin = -1;
  int64_t file_end = -1;
  double score = 0;      // the scorer's value for this sentence (higher is better)
  bool truncated = false;  // cut to fit the budget (only with Budget::truncate_last)
};

// A sentence left out of a summary as off-topic, so that a reader can see what was removed and
// why: the article it came from and its bytes there, as a summary sentence is cited.
struct LeftOutSentence {
  std::string article_id;
  size_t begin = 0;  // byte offsets into that article's text, [begin, end)
  size_t end = 0;
  std::string text;  // the sentence as written (its bytes [begin, end))
};

struct Summary {
  std::string id;      // the cluster id
  std::string method;  // the method that produced it
  std::vector<SummarySentence> sentences;
  size_t words = 0;    // CountWords over all sentences
  size_t bytes = 0;    // sum of sentence byte lengths
  // Sentences left out as padding from outside the feed (SummarizeOptions::off_topic_support):
  // their number, and each of them in article order.
  size_t off_topic_sentences = 0;
  std::vector<LeftOutSentence> off_topic;
  double elapsed_ms = 0;
  // What the method had to relax to return sentences: length limits adapted to the input, filters
  // or the method's own rules set aside, a sentence cut to fit the budget. Empty when the options
  // were followed as given. Printed by the CLI on stderr; in JSON output.
  std::vector<std::string> warnings;
};

// Document frequencies over a background collection, for IDF weights. When summarizing many
// clusters, build one table over all their articles: IDF from ten articles alone is noisy.
// Immutable after Build; safe to share between threads.
class IdfTable {
 public:
  IdfTable();
  ~IdfTable();
  IdfTable(IdfTable&&) noexcept;
  IdfTable& operator=(IdfTable&&) noexcept;
  // Counts each stemmed content word once per article.
  static IdfTable Build(const std::vector<const Article*>& articles, std::string_view language);
  // Over every article of `clusters`, in order (their references are not read).
  static IdfTable Build(const std::vector<Cluster>& clusters, std::string_view language);
  // log(N / df) smoothed; words never seen get the largest weight.
  double Idf(std::string_view stem) const;
  size_t documents() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Appends the sentence at `span` of `cluster.articles[article]` to `summary` (text copied
// from the source, offsets kept) and updates its word and byte counts. For selectors that
// live outside this module, such as the evaluation oracle.
void AppendSentence(const Cluster& cluster, uint32_t article, Span span, double score,
                    bool truncated, Summary* summary);
// The same for a sentence made of several spans of one article (sorted, non-overlapping,
// non-empty): its text is their concatenation.
void AppendSentence(const Cluster& cluster, uint32_t article, const std::vector<Span>& spans,
                    double score, bool truncated, Summary* summary);
// The spans of `s`: s.spans, or {begin, end} for a sentence built without them.
std::vector<Span> SentenceSpans(const SummarySentence& s);

// The method names the CLI, server and Python accept.
std::vector<std::string> MethodNames();

// Checks `options` before any work: the method is known, the budget positive, every number in
// its documented range (NaN is out of every range), the weights valid. The message names the
// SummarizeOptions field and the value, e.g. "mmr_lambda must be in [0, 1], got nan". The CLI,
// the server and the Python module call it (through Summarize) so all give the same checks.
// Errors: kInvalidArgument.
Status ValidateSummarizeOptions(const SummarizeOptions& options);

// Summarizes one cluster. `idf` may be null (IDF is then computed over the cluster itself).
// Errors: kInvalidArgument when ValidateSummarizeOptions(options) fails.
// A cluster with sentences always gets a non-empty summary: when the length limits, the filters or
// the method's own rules leave nothing, they are relaxed (see Summary::warnings). Only a cluster
// without any sentence gives an empty summary (not an error).
Status Summarize(const Cluster& cluster, const SummarizeOptions& options, const IdfTable* idf,
                 Summary* out);

}  // namespace precis

#endif  // PRECIS_SUMMARIZE_H_
