// Near-duplicate detection of articles and sentences.
//
// Two texts are near-duplicates when the sets of their word shingles (runs of
// `shingle_size` consecutive words, never crossing a sentence end) overlap
// enough: Jaccard similarity at or above `jaccard_threshold`, or the smaller
// set contained in the larger at or above `containment_threshold`. Before
// shingling, words are case-folded and an AliasTable rewrites entity names to
// one canonical form ("Russian Federation" -> "Russia", "U.S." -> "United
// States"), so rewrites that only rename things still match; shingles inside
// sentences make the comparison blind to sentence order.
//
// Candidates come from MinHash signatures (Broder 1997) split into LSH bands:
// two texts are compared only when all rows of at least one band agree. Every
// candidate is then verified with the signature's Jaccard estimate (and the
// containment derived from it and the set sizes). Texts whose normalized words
// are identical are exact duplicates (a 64-bit hash), however short.
//
// Thread-safety: AliasTable is immutable after loading and may be shared. A
// NearDuplicateIndex is not thread-safe. FindDuplicates and
// FindDuplicateSentences are.
#ifndef PRECIS_DEDUP_H_
#define PRECIS_DEDUP_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "precis/article.h"
#include "precis/status.h"
#include "precis/text.h"

namespace precis {

namespace dedup {
struct AliasData;
}  // namespace dedup

// Variant spellings of entities, mapped to one canonical form. Matching is on
// case-folded words (whole words, longest variant first) unless an entry is
// case-sensitive; the canonical form's own spelling is always a variant of
// itself. A canonical form whose first letter is upper case marks a name (it is
// boosted as a name in story clustering).
class AliasTable {
 public:
  AliasTable();  // empty: no rewriting
  ~AliasTable();
  AliasTable(const AliasTable&);
  AliasTable& operator=(const AliasTable&);
  AliasTable(AliasTable&&) noexcept;
  AliasTable& operator=(AliasTable&&) noexcept;

  // The built-in table (the same lines as data/aliases.tsv): countries,
  // organisations, titles.
  static const AliasTable& Default();
  // The text of the built-in table, in the TSV format below.
  static std::string_view DefaultTsv();

  // Adds the entries of a TSV text: one "variant<TAB>canonical" per line,
  // optionally followed by "<TAB>case" to make the variant case-sensitive ("US"
  // but not "us"). Blank lines and lines starting with '#' are skipped. A
  // variant already present is redefined by the later line. Errors (kDataError,
  // "name:line: ..."): a line without exactly two or three fields, an empty
  // field, an unknown flag, invalid UTF-8, a variant or canonical form without
  // a word.
  Status AddTsv(std::string_view tsv, std::string_view name);

  // Number of variants (canonical spellings included).
  size_t size() const;

  // The case-folded words of `text` with every alias replaced by its canonical
  // form, joined by single spaces: Canonicalize("The Russian Federation's U.N.
  // envoy") == "the russia's united nations envoy" with the default table. For
  // tests and debugging.
  std::string Canonicalize(std::string_view text) const;

  const dedup::AliasData& data() const { return *data_; }

 private:
  std::unique_ptr<dedup::AliasData> data_;
};

struct DedupOptions {
  // Words per shingle. Shorter shingles tolerate more editing but match
  // unrelated text more easily. A sentence shorter than this is one shingle.
  // Default: 3.
  uint32_t shingle_size = 3;
  // LSH banding: the MinHash signature has bands * rows values. A pair becomes a candidate
  // when one band agrees in all its rows; with Jaccard s that happens with probability
  // 1 - (1 - s^rows)^bands: with the defaults 0.995 at s = 0.4, 0.6 at s = 0.2 and 0.01 at
  // s = 0.05 (two articles on one story). Default: 80 bands of 3 rows (240 values).
  uint32_t bands = 80;
  uint32_t rows = 3;
  // A candidate pair is a near-duplicate when its estimated Jaccard similarity is at least
  // this. The estimate's standard deviation is sqrt(s (1 - s) / (bands * rows)), 0.03 at
  // s = 0.4 with the defaults. Default: 0.4.
  double jaccard_threshold = 0.4;
  // ...or when the estimated share of the smaller text's shingles found in the larger one is
  // at least this (a short article quoted whole inside a longer one). Values above 1 turn
  // containment off. Default: 0.8.
  double containment_threshold = 0.8;
  // Texts with fewer distinct shingles than this are matched only exactly: a
  // MinHash estimate over two or three shingles says little. Default: 5.
  uint32_t min_shingles = 5;
  // Seed of the hash functions. Results are identical for one seed on every
  // platform. Default: 1.
  uint64_t seed = 1;
  // Alias table applied before shingling. nullptr means AliasTable::Default();
  // pass an empty table to compare the words as written. Not owned; must
  // outlive the users of the options.
  const AliasTable* aliases = nullptr;

  // Defaults for single sentences: 2-word shingles, Jaccard 0.6, no
  // containment, at least 3 shingles (shorter sentences match only exactly).
  static DedupOptions ForSentences();
};

// Checks the options: kInvalidArgument when shingle_size, bands or rows is 0,
// bands * rows is over 1024, or a threshold is outside (0, 1] (containment may
// exceed 1 to turn it off).
Status ValidateDedupOptions(const DedupOptions& options);

// The outcome of looking a text up in a NearDuplicateIndex.
struct DuplicateMatch {
  bool found = false;
  uint64_t of = 0;         // key of the earliest text of the matched group (its representative)
  uint64_t matched = 0;    // key of the text that actually matched (may differ from `of`)
  bool exact = false;      // identical after normalization
  double jaccard = 0;      // estimated Jaccard similarity with `matched` (1 when exact)
  double containment = 0;  // estimated share of the smaller text inside the larger one
};

// An online index of texts for near-duplicate lookups, for a stream: Add each
// text in time order; a text that matches an earlier one joins that one's
// group, whose representative is the group's first text. Remove drops texts
// that left the window so memory follows the window rather than the stream.
// Keys are chosen by the caller and must be unique.
class NearDuplicateIndex {
 public:
  // REQUIRES: ValidateDedupOptions(options).ok(). `options.aliases` must
  // outlive the index.
  explicit NearDuplicateIndex(const DedupOptions& options);
  ~NearDuplicateIndex();
  NearDuplicateIndex(const NearDuplicateIndex&) = delete;
  NearDuplicateIndex& operator=(const NearDuplicateIndex&) = delete;

  // Looks `text` up among the indexed texts and then indexes it under `key`.
  // The best match is the exact duplicate if there is one, else the verified
  // candidate with the highest estimated Jaccard (then containment, then the
  // earliest key added). A text without any word is neither matched nor
  // indexed. REQUIRES: `key` not already in the index.
  DuplicateMatch Add(uint64_t key, std::string_view text);
  // Looks `text` up without indexing it.
  DuplicateMatch Find(std::string_view text);
  // Forgets `key` (no effect when absent). Other texts keep the representative
  // they had.
  void Remove(uint64_t key);
  // Number of texts indexed.
  size_t size() const;
  // Verified candidate pairs so far (the cost of verification; for benchmarks).
  uint64_t candidates_checked() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// A group of near-duplicates: `members` ascending, `members[0] ==
// representative`, the earliest text of the group.
struct DuplicateGroup {
  uint32_t representative = 0;
  std::vector<uint32_t> members;
};

// Near-duplicate groups among `texts`, taken to be in time order (index 0 is
// the earliest): each text joins the group of its best match among the earlier
// texts (NearDuplicateIndex::Add order), so a group's representative is its
// earliest text. Only groups with two or more members are returned, ordered by
// representative. Errors: invalid options.
Status FindDuplicates(const std::vector<std::string_view>& texts, const DedupOptions& options,
                      std::vector<DuplicateGroup>* groups);

// A sentence of one article: `article` indexes the caller's vector, `span` is
// into its text.
struct SentenceRef {
  uint32_t article = 0;
  Span span;
  friend bool operator==(const SentenceRef&, const SentenceRef&) = default;
};

struct SentenceDuplicateGroup {
  SentenceRef representative;        // the first occurrence (article order, then position)
  std::vector<SentenceRef> members;  // representative first, then in article/position order
};

// Splits every article into sentences (SplitSentences with `segment`) and
// groups near-duplicate sentences across and within articles, in article order
// then position. Use DedupOptions::ForSentences() for sensible thresholds.
// Errors: invalid options.
Status FindDuplicateSentences(const std::vector<const Article*>& articles,
                              const DedupOptions& options, const SegmentOptions& segment,
                              std::vector<SentenceDuplicateGroup>* groups);

}  // namespace precis

#endif  // PRECIS_DEDUP_H_
