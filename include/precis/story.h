// Stories: online clustering of an article stream into events, digests of the
// stories, and clustering metrics.
//
// StoryClusterer follows the single-pass clustering of Topic Detection and
// Tracking (Allan et al. 1998): articles arrive in date order; each is compared
// with the open stories that share one of its strongest terms (an inverted
// index) by TF-IDF cosine against the story centroid, damped by the time since
// the story last grew; it joins the best story above `join_threshold` or opens
// a new one. A story closes after `idle_hours` without a new article and is
// emitted, with its vectors dropped, so memory follows the open window and not
// the stream. Before a story is emitted, a merge pass joins it to an open story
// whose centroid is within `merge_threshold` (Flush runs the pass over all open
// stories, closest pair first, after a few rounds of k-means refinement with
// the final IDF). Near-duplicates of an article already in an open story
// (dedup.h) join that story directly and are reported as duplicates.
//
// IDF is learnt from the stream: document frequencies are counted as articles
// arrive, and an article's vector uses the counts including itself:
// idf = ln((1 + N) / (1 + df)) + 1. Early articles therefore see flat IDF; by a
// few hundred articles the weights settle. Vocabulary and document frequencies grow
// with the number of distinct words (Heaps' law), not with the number of
// articles.
//
// Everything is deterministic: ties break on story id (older first) and arrival
// order. A StoryClusterer is not thread-safe; the free functions are.
#ifndef PRECIS_STORY_H_
#define PRECIS_STORY_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "precis/article.h"
#include "precis/dedup.h"
#include "precis/status.h"
#include "precis/summarize.h"
#include "precis/text.h"

namespace precis {

// The average-linkage threshold of topic mode (StoryOptions::agglomerate_threshold), chosen on
// the first half of the DUC 2006 topics (docs/stories.md).
inline constexpr double kTopicAgglomerate = 0.09;
// The neighbourhood size and threshold of the shared-neighbour regrouping of event mode
// (StoryOptions::shared_neighbours), chosen on the first half of the DUC 2004 clusters
// (docs/stories.md).
inline constexpr int kEventSharedNeighbours = 5;
inline constexpr double kSharedNeighbourThreshold = 0.25;

struct StoryOptions {
  // Language of stemming and stopwords. Default: "en".
  std::string language = "en";
  // An article joins the best open story when its time-decayed cosine with the
  // story centroid is at least this; otherwise it opens a new story. Lower
  // values make larger stories. Default: 0.25.
  double join_threshold = 0.25;
  // Cosine similarity decays by half for every this many hours between the
  // article and the story's latest article. 0 turns decay off. Default: 72.
  double decay_half_life_hours = 72;
  // A story with no new article for this long (stream time) is closed and
  // emitted. 0 keeps every story open until Flush. Default: 96 (four days).
  double idle_hours = 96;
  // Merge pass: stories whose centroids have at least this cosine are merged.
  // Values above 1 turn merging off. Default: 0.5.
  double merge_threshold = 0.5;
  // Before stories are closed by Flush, up to this many rounds of k-means style
  // refinement move each article to the open story whose centroid (recomputed
  // with the final IDF) is closest. 0 turns it off. Default: 3.
  uint32_t refine_iterations = 3;
  // Flush only, after the merge pass: average-linkage agglomeration of the open stories
  // (Voorhees 1986 on group-average clustering). The pair with the highest mean cosine between
  // their articles (the dot product of the two centroid sums over the product of their sizes)
  // is merged while that mean is at least this. Unlike centroid cosine, the mean over all
  // article pairs falls as a story grows loose, which keeps one broad story from chaining its
  // neighbours in. 0 turns it off; a negative value means automatic: kTopicAgglomerate when
  // the stream has no time window (idle_hours and decay_half_life_hours both 0, topic mode),
  // off otherwise (events of one subject, which it would join, are what event mode separates).
  // Default: -1 (automatic).
  double agglomerate_threshold = -1;
  // Flush only, after the merge pass: the open articles are regrouped by shared nearest
  // neighbours (Jarvis and Patrick 1973; Ertoz, Steinbach and Kumar 2003). Each article lists
  // its this many most similar open articles (cosine, final IDF); two articles are as similar
  // as the share of those lists (each with the article itself) they have in common, and
  // average-linkage agglomeration over that similarity (`shared_neighbour_threshold`) makes
  // the new stories. Related events that share names but not neighbourhoods come apart; the
  // reports of one event, each the others' neighbours, stay together. A new group keeps the
  // id of the open story holding most of its articles; an emptied story redirects to the one
  // that took most of them. Skipped when fewer than 4 (k + 1) articles are open (a
  // neighbourhood needs a population) or more than 5,000 (it costs one cosine per pair of
  // open articles at Flush).
  // 0 turns it off; negative means automatic: kEventSharedNeighbours in event mode, off in
  // topic mode (a subject is broader than a neighbourhood). Default: -1 (automatic).
  int shared_neighbours = -1;
  // The mean shared-neighbour similarity (0 to 1) two groups need to be joined.
  // Default: kSharedNeighbourThreshold (0.25).
  double shared_neighbour_threshold = kSharedNeighbourThreshold;
  // The name boost of the article vectors the regrouping compares (see name_boost). Names
  // shared by related events are what merges them, so the regrouping weighs names like other
  // words. Default: 1.
  double shared_neighbour_name_boost = 1;
  // After a regrouping that moved articles, the merge pass again at this centroid cosine: the
  // average linkage cuts an event of many articles (pairs far apart in it share no neighbour)
  // into pieces whose centroids stay close, while the related events it separated stay apart
  // (their centroids meet at 0.4-0.6 on DUC 2004). Values above 1 turn it off. Default: 0.6.
  double shared_neighbour_merge_threshold = 0.6;
  // Term weight multiplier for name-like words: capitalised words inside a
  // sentence and aliases whose canonical form is a name ("Russia"); 1 weighs
  // them like other words. 0 means automatic: 2 in event mode (names tell
  // events apart and tie short reports of one event together), 1 in topic mode
  // (a subject spans many names: boosting them cost DUC 2006 0.08-0.13 B-cubed
  // F1; docs/stories.md). Default: 0 (automatic).
  double name_boost = 0;
  // An article looks up candidate stories through its this many strongest
  // terms. Default: 12.
  uint32_t query_terms = 12;
  // A story is indexed under its this many strongest centroid terms.
  // Default: 24.
  uint32_t index_terms = 24;
  // A story centroid keeps at most this many terms (the strongest). Default:
  // 300.
  uint32_t centroid_terms = 300;
  // Number of terms reported per story (strongest centroid terms, skipping words every news
  // story uses: "said", weekdays, "year", ...). Default: 10.
  uint32_t report_terms = 10;
  // Detect near-duplicates of articles in open stories (see `dedup`). Default:
  // true.
  bool detect_duplicates = true;
  DedupOptions dedup;
};

// Named presets, setting idle_hours and decay_half_life_hours only. "event" (the defaults: 96
// and 72 hours) groups a live feed into events: stories close when idle and similarity decays
// with time. "topic" (0 and 0) groups an archive by subject across any time span: no idle
// close, no decay, and so (with the automatic agglomerate_threshold) the average-linkage pass
// at Flush. Every topic-mode story stays open until Flush, so memory grows with the stream.
// Errors: kInvalidArgument for another name.
Status ApplyStoryMode(std::string_view mode, StoryOptions* options);

// Topic mode: the stream has no time window (idle_hours and decay_half_life_hours both 0).
bool IsTopicMode(const StoryOptions& options);
// The name boost and the agglomerate threshold in effect, automatic values resolved for the
// mode (0: no agglomeration).
double EffectiveNameBoost(const StoryOptions& options);
double EffectiveAgglomerate(const StoryOptions& options);
// The shared-neighbour list size in effect (0: no regrouping).
int EffectiveSharedNeighbours(const StoryOptions& options);

// Checks ranges: kInvalidArgument for a non-positive join threshold, negative
// hours, a zero term count, or invalid dedup options (when detect_duplicates).
Status ValidateStoryOptions(const StoryOptions& options);

struct Story {
  uint64_t id = 0;                    // 1, 2, ... in the order stories were opened
  std::vector<std::string> articles;  // article ids in arrival order (duplicates included)
  // (duplicate, original) pairs: the original is the earliest article of its
  // duplicate group.
  std::vector<std::pair<std::string, std::string>> duplicates;
  // The date strings of the earliest and latest dated articles ("" when none; JSON null).
  std::string first_date;
  std::string last_date;
  std::vector<std::string> terms;  // the strongest centroid terms (a surface form each)
  // The title of the article closest to the centroid, or its first sentence
  // when untitled.
  std::string headline;
};

// What the clusterer saw in the stream, for reporting.
struct StoryReport {
  size_t articles = 0;       // articles passed to Add
  size_t clustered = 0;      // articles placed in a story (duplicates included)
  size_t duplicates = 0;     // near-duplicates joined to their original's story
  size_t empty = 0;          // articles without any content word: skipped
  size_t duplicate_ids = 0;  // id already used in an open story: skipped
  size_t missing_dates = 0;  // no date: taken to arrive at the previous article's time
  size_t invalid_dates = 0;  // a date that does not parse: handled like a missing date
  size_t out_of_order = 0;   // dated before the stream clock: processed at the clock time
  size_t stories_opened = 0;
  size_t stories_merged = 0;  // stories absorbed by another in a merge pass
  size_t stories_emitted = 0;
  size_t peak_open_stories = 0;
  size_t peak_open_articles = 0;
};

// ParseDate (ISO 8601 and RFC 5322 dates) is in precis/text.h.

// Puts a feed in arrival order for a StoryClusterer, as `precis cluster` does by default:
// stable by date (ParseDate); an article without a usable date keeps its place, taking the
// time of the previous article (or of the first dated one when it comes before any date).
struct ArrivalOrderReport {
  size_t undated = 0;       // articles without a usable date (0 when none is dated)
  size_t out_of_order = 0;  // dated articles earlier than one before them in the input
  // SortByArrival only: articles whose date is given but is not one ParseDate reads ("March
  // 5, 2025", "yesterday"), and the ids of the first kNamedUnreadable of them, so that a
  // warning can say which records to fix.
  size_t unreadable = 0;
  std::vector<std::string> unreadable_ids;
  static constexpr size_t kNamedUnreadable = 5;

  // Counts article `id` as one with an unreadable date, keeping its id among the first
  // kNamedUnreadable.
  void NoteUnreadable(const std::string& id);
  // The unreadable ones for a warning: "'a', 'b', 'c', 'd', 'e' and 2 more"; empty when none.
  std::string UnreadableIds() const;
};
ArrivalOrderReport SortByArrival(std::vector<Article>* articles);
// SortByArrival's times without the articles: (*times)[i] is article i's parsed date when
// dated[i]; the others get the time SortByArrival gives them. A stable sort by the result is
// SortByArrival's order.
ArrivalOrderReport ArrivalTimes(std::vector<int64_t>* times, const std::vector<bool>& dated);

class StoryStream;  // story_stream.h

class StoryClusterer {
 public:
  // REQUIRES: ValidateStoryOptions(options).ok(). options.dedup.aliases (if
  // set) must outlive the clusterer.
  explicit StoryClusterer(const StoryOptions& options);
  ~StoryClusterer();
  StoryClusterer(const StoryClusterer&) = delete;
  StoryClusterer& operator=(const StoryClusterer&) = delete;

  // Adds the next article of the stream. Its date sets the stream clock (it
  // never goes backwards; see StoryReport for missing, invalid and out-of-order
  // dates). Stories idle for longer than idle_hours at the new clock are closed
  // first (merge pass, then emitted). The article's text is read during the
  // call only.
  void Add(const Article& article);
  // Adds `articles` in order, exactly as calling Add on each. With threads > 1, the text work
  // that depends on no clusterer state (tokenizing, aliases, fingerprints) runs on that many
  // threads while this one places the articles; the results do not depend on `threads`.
  void AddAll(std::span<const Article> articles, unsigned threads = 1);
  // Closes every open story: merge pass over all of them, then emits them by id.
  void Flush();
  // Moves out the stories emitted so far, in emission order.
  std::vector<Story> TakeStories();

  const StoryReport& report() const;
  size_t open_stories() const;

 private:
  friend class StoryStream;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Convenience: clusters `articles` in the given order with one StoryClusterer (AddAll with
// `threads`, then Flush) and returns every story (emission order: as stories close, then the
// rest by id). `precis cluster` sorts by date first: call SortByArrival on the articles to get
// its stories. Errors: invalid options.
Status ClusterArticles(const std::vector<Article>& articles, const StoryOptions& options,
                       std::vector<Story>* stories, StoryReport* report, unsigned threads = 1);

// Off-topic filtering and story summaries.
struct DigestOptions {
  SummarizeOptions summarize;
  // A sentence whose TF-IDF cosine with its story's centroid (without the sentence's own
  // article) is below off_topic_threshold, while another story's centroid has a cosine of at
  // least max(other_ratio * own cosine, other_min) with it, is off-topic: it is not used in
  // the story's summary. Defaults: 0.15, 3, 0.1 (measured on DUC 2004 with pasted sentences:
  // 75% of pasted sentences caught, 1.8% of the others left out; docs/stories.md).
  double off_topic_threshold = 0.15;
  double other_ratio = 3.0;
  double other_min = 0.1;
  // Another story whose centroid has at least this cosine with the sentence's own story is
  // about the same subject (a report the clusterer kept apart, such as an undated one placed
  // late), not elsewhere: it never makes a sentence off-topic. Above 1: every story counts.
  // Default: 0.4 (DUC 2004 with pasted sentences: 79.1% caught, 1.6% of the others left out,
  // against 79.5% and 1.8% with every story counted; docs/stories.md).
  double same_subject_threshold = 0.4;
  // A sentence is also off-topic when its cosine with its own story is below this (text
  // pasted from a story that is not in the feed). Sentence vectors are noisy: 0.02 catches
  // 90% of pasted sentences but leaves out 9.5% of the others. Default: 0 (off).
  double unrelated_threshold = 0;
  // Only stories with at least this many articles are summarized (all of them still serve
  // as "other stories" for off-topic filtering). Default: 1.
  size_t min_articles = 1;
  // Leave out every sentence that is a near-duplicate of an earlier sentence of another
  // article of the same story (earlier: an earlier article in the story's order, then an
  // earlier position), so a fact repeated by several sources is offered to the summarizer
  // once. Default: true.
  bool drop_duplicate_sentences = true;
  // Thresholds for duplicate sentences. When `aliases` is null, story.dedup.aliases is used
  // (the default table when that is null too). Default: DedupOptions::ForSentences() (2-word
  // shingles, Jaccard 0.6, shorter sentences only when identical).
  DedupOptions sentence_dedup = DedupOptions::ForSentences();
  StoryOptions story;  // language, aliases and name boost for the sentence vectors
  // The summaries' IDF table (and the padding check's background). Default: null, a table over
  // the articles given (the feed), built per call; set it to weigh words by a fixed collection
  // (the CLI's --background), the same in every call. Not owned; must outlive the call.
  const IdfTable* idf = nullptr;
  // Called after each story is summarized with the number done and the number to summarize.
  // Default: none.
  std::function<void(size_t done, size_t total)> progress;
};

// An article of a digested story as a reader cites it.
struct DigestSource {
  std::string id, title, source, url, date;
  // The BCP 47 tag of the language the article was read in (its `language` field, else its
  // script's, else the feed's): "en", "pt-BR", "ja"; "" when none is known. The HTML digest
  // marks the article's sentences with it (lang="ja"), so that a browser picks Japanese
  // glyphs for Han characters and a screen reader the right voice.
  std::string language;
};

struct StoryDigest {
  Story story;
  Summary summary;
  // The story's articles (duplicates too), in the story's order: what the renderers name a
  // summary sentence's source and a duplicate's outlet by.
  std::vector<DigestSource> sources;
  size_t articles_summarized = 0;  // duplicates are not summarized again
  // Sentences left out of the summary as off-topic: the in-feed filter above plus the padding
  // check (SummarizeOptions::off_topic_support, Summary::off_topic_sentences).
  size_t off_topic_sentences = 0;
  // Those sentences, each with its article and bytes: the in-feed filter's in story order,
  // then the padding check's (Summary::off_topic).
  std::vector<LeftOutSentence> off_topic;
  // Sentences left out as near-duplicates of an earlier sentence of another article (an
  // off-topic sentence is counted once, as off-topic).
  size_t duplicate_sentences = 0;
};

// The digest's record of its article `id` (a summary sentence's doc_id), or null when the
// digest has none. Linear in the story's articles.
const DigestSource* FindDigestSource(const StoryDigest& digest, std::string_view id);

// Summarizes every story with at least options.min_articles articles, in the
// order given: the story's articles (found by id in `articles`; duplicates
// left out) with off-topic sentences and then duplicate sentences blanked out
// (replaced by spaces byte for byte), so byte offsets in the summary still
// point into the original texts. One IDF table over all `articles` is shared.
// Errors: invalid summarize or sentence_dedup options; a story naming an id
// that is not in `articles` (kInvalidArgument).
Status BuildDigest(const std::vector<Article>& articles, const std::vector<Story>& stories,
                   const DigestOptions& options, std::vector<StoryDigest>* digests);
// The same, with `context`: stories (their articles are in `articles` too) that are not
// summarized but serve as "other stories" for the off-topic filter (centroids and document
// frequencies), as they would in a digest of the whole feed. The summaries' IDF table is then
// built over the summarized stories' articles only. A caller that summarizes a few changed
// stories of a stream (the service) passes the other open stories here.
Status BuildDigest(const std::vector<Article>& articles, const std::vector<Story>& stories,
                   const std::vector<Story>& context, const DigestOptions& options,
                   std::vector<StoryDigest>* digests);
// The same with the off-topic sentences already found: `off_topic[i]` are the spans of
// `articles[i]` to leave out (from OffTopicSentences or an OffTopicIndex, over these articles
// and any other stories), so no off-topic work is done here. The IDF table is over `articles`.
// A caller that splits many stories over threads finds their off-topic sentences once, then
// summarizes each part with its own articles. Errors: those of BuildDigest, and
// off_topic.size() != articles.size() (kInvalidArgument).
Status BuildDigestWithOffTopic(const std::vector<Article>& articles,
                               const std::vector<Story>& stories,
                               const std::vector<std::vector<Span>>& off_topic,
                               const DigestOptions& options, std::vector<StoryDigest>* digests);

// Indices of the sentences of `texts[i]` (SplitSentences with `segment`) that
// are off-topic for story `story` of `texts`: the shared routine behind
// BuildDigest, exposed for tests. `stories[i]` lists the indices into `texts`
// of story i. Only the articles of the first `judged` stories are judged (the others' spans are
// empty): the rest serve as other stories only.
std::vector<std::vector<Span>> OffTopicSentences(const std::vector<std::string_view>& texts,
                                                 const std::vector<std::vector<uint32_t>>& stories,
                                                 const DigestOptions& options,
                                                 size_t judged = SIZE_MAX);

// Renderings of a digest. Text: a heading per story (headline, dates, article
// count), its summary sentences, duplicates reported. JSON: one object per
// story per line. HTML: one self-contained page (inline CSS, no scripts, no
// external resources, all text escaped).
std::string StoryToJson(const Story& story);
std::string DigestToText(const std::vector<StoryDigest>& digests);
std::string DigestToJsonLines(const std::vector<StoryDigest>& digests);
std::string DigestToHtml(const std::vector<StoryDigest>& digests, std::string_view title);

// Clustering quality against a gold labelling. Items are article ids; every id
// is in exactly one cluster of each side.
struct ClusteringScores {
  double bcubed_precision = 0;  // Bagga and Baldwin 1998, averaged over items
  double bcubed_recall = 0;
  double bcubed_f1 = 0;      // harmonic mean of the two averages
  double adjusted_rand = 0;  // Hubert and Arabie 1985
  size_t items = 0;          // items scored
  size_t gold_clusters = 0;
  size_t predicted_clusters = 0;
  size_t missing_in_predicted = 0;  // gold items absent from the prediction: scored as singletons
  size_t extra_in_predicted = 0;    // predicted items absent from gold: ignored
};

// A labelling: item id -> cluster label.
using Labelling = std::vector<std::pair<std::string, std::string>>;

// Scores `predicted` against `gold`. Items only in `gold` count as singletons
// of the prediction; items only in `predicted` are ignored (both counted).
// Errors: an id listed twice on one side (kDataError), an empty gold labelling
// (kInvalidArgument).
Status ScoreClustering(const Labelling& gold, const Labelling& predicted, ClusteringScores* out);

// Reads a labelling from text: JSON Lines of stories or clusters (each line an
// object whose "articles" or "documents" array lists ids as strings or as
// objects with an "id"; the label is the line's "id", else its line number), or
// lines "item<TAB>label" (also "item label"; blank lines and '#' comments
// skipped). The format is decided per line. Errors: kDataError "name:line: ..."
// for malformed lines (JSON that is not one object per line included) and for an
// item listed twice; "name: no labels" when nothing is found.
Status ParseLabelling(std::string_view text, std::string_view name, Labelling* out);

}  // namespace precis

#endif  // PRECIS_STORY_H_
