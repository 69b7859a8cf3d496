// ROUGE-L and ROUGE-W of one model against a peer: the summary-level union LCS of SPEC 6.1
// and 6.2, with the script's exact backtracking tie-break and unigram clipping. Scratch
// buffers are reused across calls. Not thread-safe.
#ifndef PRECIS_EVAL_ROUGE_LCS_H_
#define PRECIS_EVAL_ROUGE_LCS_H_

#include <cstdint>
#include <span>
#include <vector>

#include "eval/rouge_doc.h"

namespace precis::rouge {

class RougeLcs {
 public:
  // ROUGE-L: *hit = clipped union-LCS hits, *base = tokens in the model's sentences.
  // REQUIRES: both docs have unigram tables (ngrams[0]) and come from one builder, whose
  // vocabulary holds `vocab_size` ids.
  void UnionLcs(const RougeDoc& model, const RougeDoc& peer, size_t vocab_size, uint64_t* hit,
                uint64_t* base);

  // ROUGE-W with f(k) = k^weight: *hit = sum of f(run) over clipped runs of the union mask,
  // *base = sum over model sentences of f(length). Same requirements as UnionLcs.
  void UnionWlcs(const RougeDoc& model, const RougeDoc& peer, size_t vocab_size, double weight,
                 double* hit, double* base);

  // For tests: sets *mask (size |r|) to the positions of r on the LCS the script's
  // backtracking picks against c, plain (weight 0) or weighted. Token ids < vocab_size.
  void MarkForTest(std::span<const uint32_t> r, std::span<const uint32_t> c, double weight,
                   size_t vocab_size, std::vector<uint8_t>* mask);

 private:
  // Loads the unigram counts of both docs into the clip arrays (a fresh copy per model).
  void LoadClip(const RougeDoc& model, const RougeDoc& peer, size_t vocab_size);
  void ClearClip(const RougeDoc& model, const RougeDoc& peer);
  // Consumes one clip count of `token` from both tables if both have one left.
  bool Clip(uint32_t token) {
    if (model_left_[token] == 0 || peer_left_[token] == 0) return false;
    --model_left_[token];
    --peer_left_[token];
    return true;
  }
  // Indexes the model sentence r: its distinct tokens and their bit masks over positions.
  void IndexModelSentence(std::span<const uint32_t> r);
  // True when the peer sentence shares a token with the indexed model sentence.
  bool SharesToken(std::span<const uint32_t> c) const;
  // Adds the LCS of (r, c) to mask_: plain LCS (bit-parallel), ties go up.
  void MarkLcs(std::span<const uint32_t> r, std::span<const uint32_t> c);
  void MarkLcsShort(std::span<const uint32_t> r, std::span<const uint32_t> c);
  // Same with the weighted table of ROUGE-W.
  void MarkWlcs(std::span<const uint32_t> r, std::span<const uint32_t> c, double weight);
  // pow_[k] = k^weight for k <= max_k.
  void PreparePow(size_t max_k, double weight);
  void EnsureIdSpace(size_t vocab_size);

  std::vector<uint32_t> model_left_;  // clip counts by token id
  std::vector<uint32_t> peer_left_;
  std::vector<uint32_t> stamp_of_;  // by token id: == stamp_ when in the indexed sentence
  std::vector<uint32_t> local_of_;  // by token id: index of the token's bit mask
  uint32_t stamp_ = 0;
  size_t words_ = 0;                   // 64-bit words per bit mask (|r| bits)
  std::vector<uint64_t> match_;        // bit masks of the indexed sentence, words_ each
  std::vector<uint64_t> rows_;         // bit-parallel DP rows, words_ each
  std::vector<uint64_t> checkpoints_;  // MarkLcs: every k-th row, words_ each
  std::vector<uint32_t> hit_cols_;     // MarkLcsShort: columns whose token is in r
  std::vector<uint8_t> mask_;
  std::vector<uint32_t> peer_stamp_of_;  // by token id: == peer_stamp_ when in c (ROUGE-W)
  uint32_t peer_stamp_ = 0;
  std::vector<uint32_t> first_col_;  // by token id: its first column in c (ROUGE-W)
  std::vector<uint32_t> next_col_;   // by column: the next column with the same token, or 0
  std::vector<double> wtable_;
  std::vector<size_t> row_at_;  // offset of each ROUGE-W table row in wtable_
  std::vector<double> pow_;
  double pow_weight_ = 0;
};

}  // namespace precis::rouge

#endif  // PRECIS_EVAL_ROUGE_LCS_H_
