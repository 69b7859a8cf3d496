// A peer or model text turned into what the ROUGE metrics count: interned tokens in the two
// views of SPEC 2.1 and gram tables over dense ids. Built once per text and reused by every
// metric (the script re-reads the files per metric, with the same result).
#ifndef PRECIS_EVAL_ROUGE_DOC_H_
#define PRECIS_EVAL_ROUGE_DOC_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "eval/rouge_hash.h"
#include "eval/rouge_text.h"
#include "eval/rouge_vocab.h"
#include "precis/rouge.h"

namespace precis::rouge {

// A multiset of grams: distinct 64-bit gram keys (in first-seen order) with their counts.
// A unigram's key is its token id, a pair's is (first << 32 | second), an n-gram's (n >= 3)
// is (id of its (n-1)-gram prefix << 32 | last token). Keys are exact: no hash collisions.
struct RougeGrams {
  std::vector<uint64_t> keys;
  std::vector<uint32_t> counts;
  uint64_t total = 0;  // sum of counts
  void Clear();
};

struct RougeDoc {
  std::vector<uint32_t> tokens;           // flat view, in order
  std::vector<uint32_t> sentence_tokens;  // sentence-list view, all sentences concatenated
  std::vector<uint32_t> sentence_ends;    // end offset of each sentence in sentence_tokens
  std::vector<RougeGrams> ngrams;         // ngrams[n - 1]; unigrams whenever L or W is on
  RougeGrams skip_pairs;                  // ROUGE-S pairs (with -2)
  RougeGrams skip_units;                  // the unigrams ROUGE-SU adds (with -u or -U)

  size_t sentence_count() const { return sentence_ends.size(); }
  std::span<const uint32_t> sentence(size_t i) const {
    uint32_t begin = i == 0 ? 0 : sentence_ends[i - 1];
    return std::span<const uint32_t>(sentence_tokens).subspan(begin, sentence_ends[i] - begin);
  }
};

// Builds RougeDocs under fixed options. Owns the vocabulary and the gram ids, so only docs
// built by one builder, since its last ForgetGrams(), can be compared. Not thread-safe.
class RougeDocBuilder {
 public:
  explicit RougeDocBuilder(const RougeOptions& options);

  // Builds *doc from `sentences` (each split into lines at '\n', empty lines dropped).
  void Build(std::span<const std::string> sentences, RougeDoc* doc);

  // Drops the ids of n-gram prefixes (keeps the token vocabulary and its stem cache). Docs
  // built before must not be compared with docs built after.
  void ForgetGrams() { prefixes_.Clear(); }

  const RougeVocab& vocab() const { return vocab_; }

 private:
  void AppendTokens(std::string_view text, std::vector<uint32_t>* out);
  void CountNgrams(RougeDoc* doc);
  void CountSkipGrams(RougeDoc* doc);
  // Fills *out with the multiset of keys_ (which it leaves unchanged).
  void Count(RougeGrams* out);
  // Same for keys that are token ids, with a dense array instead of a hash table.
  void CountTokens(const std::vector<uint32_t>& tokens, size_t end, RougeGrams* out);

  const RougeOptions options_;
  size_t ngram_sizes_;  // how many n-gram tables to build
  RougeVocab vocab_;
  RougeKeyIds prefixes_;  // (n-1)-gram key -> 32-bit id, for n >= 3
  // Scratch reused across Build() calls.
  std::vector<std::string_view> lines_;
  RougeLimitedText limited_;
  std::string token_;
  std::vector<uint64_t> keys_;
  RougeKeyCounts counter_;
  std::vector<uint32_t> token_counts_;  // by token id; all zero between calls
};

// Clipped hit counts, sum over grams of min(peer count, model count), against one loaded
// peer table. Not thread-safe.
class RougeClipCounter {
 public:
  void Load(const RougeGrams& peer);
  uint64_t Hits(const RougeGrams& model) const;

 private:
  RougeKeyCounts peer_;
};

}  // namespace precis::rouge

#endif  // PRECIS_EVAL_ROUGE_DOC_H_
