// OffTopicIndex: the off-topic filter of BuildDigest (OffTopicSentences, story.h) for a caller
// that judges a few changed stories against the same other stories again and again, as the
// service's summary rounds do with the open stories of its stream.
//
// OffTopicSentences tokenizes every text it is given, in every call: for a round that judges
// 30 stories against 3,000 articles of other stories, nearly all of the work is on texts that
// did not change since the last round. An OffTopicIndex keeps each text's term counts (in one
// vocabulary that lives as long as the index) from one call to the next, keyed by the caller's
// id for the text and checked against the text itself, with the counts of its sentences once
// it has been judged: a call tokenizes only the texts it has not seen (or whose text changed),
// and splits into sentences only the texts it judges for the first time. Document frequencies,
// article vectors and story centroids are still computed in every call from the texts of that
// call, so the answer is the one OffTopicSentences gives for the same texts and stories
// (tests/story/off_topic_index_test.cc checks them against each other); only the order in
// which floating-point sums are taken can differ.
//
// Texts not given in a call are forgotten after it (their counts are dropped), so the memory
// held is about that of the last call's texts: a few KB per text. The vocabulary is rebuilt
// from scratch once it exceeds 4 million terms.
//
// Not thread-safe: one index per caller thread.
#ifndef PRECIS_OFF_TOPIC_H_
#define PRECIS_OFF_TOPIC_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "precis/story.h"

namespace precis {

class OffTopicIndex {
 public:
  // Uses options' off-topic thresholds, sentence segmentation and story language, aliases and
  // name boost, as OffTopicSentences does (the aliases table must outlive the index).
  explicit OffTopicIndex(const DigestOptions& options);
  ~OffTopicIndex();
  OffTopicIndex(const OffTopicIndex&) = delete;
  OffTopicIndex& operator=(const OffTopicIndex&) = delete;

  // OffTopicSentences(texts, stories, options, judged), with `keys[i]` naming texts[i] (an
  // article id; REQUIRES: keys.size() == texts.size(), and a key given twice in one call
  // names the same text).
  std::vector<std::vector<Span>> Find(const std::vector<std::string_view>& keys,
                                      const std::vector<std::string_view>& texts,
                                      const std::vector<std::vector<uint32_t>>& stories,
                                      size_t judged = SIZE_MAX);

  // Texts whose counts are kept (those of the last call), and texts tokenized over the
  // index's life (for tests and measurements).
  size_t kept_texts() const;
  uint64_t tokenized_texts() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace precis

#endif  // PRECIS_OFF_TOPIC_H_
