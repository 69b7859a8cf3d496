#include "eval/rouge_lcs.h"

#include <algorithm>
#include <cmath>

namespace precis::rouge {

void RougeLcs::EnsureIdSpace(size_t vocab_size) {
  if (model_left_.size() >= vocab_size) return;
  model_left_.resize(vocab_size, 0);
  peer_left_.resize(vocab_size, 0);
  stamp_of_.resize(vocab_size, 0);
  local_of_.resize(vocab_size, 0);
  peer_stamp_of_.resize(vocab_size, 0);
  first_col_.resize(vocab_size, 0);
}

void RougeLcs::LoadClip(const RougeDoc& model, const RougeDoc& peer, size_t vocab_size) {
  EnsureIdSpace(vocab_size);
  const RougeGrams& m = model.ngrams[0];
  for (size_t k = 0; k < m.keys.size(); ++k) model_left_[m.keys[k]] = m.counts[k];
  const RougeGrams& p = peer.ngrams[0];
  for (size_t k = 0; k < p.keys.size(); ++k) peer_left_[p.keys[k]] = p.counts[k];
}

void RougeLcs::ClearClip(const RougeDoc& model, const RougeDoc& peer) {
  for (uint64_t id : model.ngrams[0].keys) model_left_[id] = 0;
  for (uint64_t id : peer.ngrams[0].keys) peer_left_[id] = 0;
}

void RougeLcs::IndexModelSentence(std::span<const uint32_t> r) {
  if (++stamp_ == 0) {  // wrapped: forget every old stamp
    std::fill(stamp_of_.begin(), stamp_of_.end(), 0);
    stamp_ = 1;
  }
  words_ = std::max<size_t>(1, (r.size() + 63) / 64);
  if (match_.size() < r.size() * words_) match_.resize(r.size() * words_);
  std::fill(match_.begin(), match_.begin() + r.size() * words_, 0);
  uint32_t distinct = 0;
  for (size_t i = 0; i < r.size(); ++i) {
    uint32_t token = r[i];
    if (stamp_of_[token] != stamp_) {
      stamp_of_[token] = stamp_;
      local_of_[token] = distinct++;
    }
    match_[local_of_[token] * words_ + i / 64] |= uint64_t{1} << (i % 64);
  }
}

bool RougeLcs::SharesToken(std::span<const uint32_t> c) const {
  for (uint32_t token : c)
    if (stamp_of_[token] == stamp_) return true;
  return false;
}

void RougeLcs::MarkLcs(std::span<const uint32_t> r, std::span<const uint32_t> c) {
  if (words_ == 1) {
    MarkLcsShort(r, c);
    return;
  }
  // Bit-parallel LCS (Allison-Dix, Hyyro) with the bits along r: after j tokens of c, bit i
  // of row j is 0 exactly when LCS(r[0..i], c[0..j)) = LCS(r[0..i), c[0..j)) + 1.
  //
  // Memory: the backtracking below visits columns cols, cols - 1, ..., so it needs every
  // row, but not all at once. The forward pass keeps only every k-th row (checkpoints,
  // k ~ sqrt(cols)); the backtracking recomputes one block of k rows at a time from its
  // checkpoint. The rows, and so the marks, are exactly those of the full table; memory is
  // O(sqrt(cols) |r| / 64) words instead of O(cols |r| / 64), for at most twice the work.
  const size_t words = words_, cols = c.size();
  auto step = [&](const uint64_t* prev, uint64_t* cur, uint32_t token) {
    if (stamp_of_[token] != stamp_) {
      std::copy(prev, prev + words, cur);
      return;
    }
    const uint64_t* match = &match_[local_of_[token] * words];
    uint64_t carry = 0, borrow = 0;
    for (size_t w = 0; w < words; ++w) {
      uint64_t v = prev[w], u = v & match[w];
      uint64_t sum = v + u;
      uint64_t carry_out = sum < v;
      sum += carry;
      carry_out |= sum < carry;
      uint64_t diff = v - u;
      uint64_t borrow_out = v < u;
      borrow_out |= diff < borrow;
      diff -= borrow;
      cur[w] = sum | diff;
      carry = carry_out;
      borrow = borrow_out;
    }
  };
  size_t k = 1;
  while (k * k < cols) ++k;
  const size_t checkpoints = cols / k + 1;  // rows 0, k, 2k, ... <= cols
  if (checkpoints_.size() < checkpoints * words) checkpoints_.resize(checkpoints * words);
  if (rows_.size() < (k + 1) * words) rows_.resize((k + 1) * words);
  {
    uint64_t* prev = &rows_[0];
    uint64_t* cur = &rows_[words];
    std::fill(prev, prev + words, ~uint64_t{0});
    std::copy(prev, prev + words, &checkpoints_[0]);
    for (size_t j = 1; j <= cols; ++j) {
      step(prev, cur, c[j - 1]);
      if (j % k == 0) std::copy(cur, cur + words, &checkpoints_[(j / k) * words]);
      std::swap(prev, cur);
    }
  }
  // rows_ holds rows block_begin .. block_begin + k - 1 (those <= cols) of the block loaded.
  size_t block_begin = SIZE_MAX;
  auto row = [&](size_t j) -> const uint64_t* {
    const size_t begin = j / k * k;
    if (begin != block_begin) {
      block_begin = begin;
      std::copy(&checkpoints_[(begin / k) * words], &checkpoints_[(begin / k + 1) * words],
                &rows_[0]);
      for (size_t x = begin + 1; x < begin + k && x <= cols; ++x) {
        step(&rows_[(x - begin - 1) * words], &rows_[(x - begin) * words], c[x - 1]);
      }
    }
    return &rows_[(j - begin) * words];
  };
  // The script's backtracking: diagonal on equal tokens, else up when the cell above is at
  // least the cell to the left, i.e. when the LCS does not grow with r[i-1] (bit is 1).
  // A run of up steps in column j ends at the highest row p < i where r[p] == c[j-1] (then
  // diagonal) or bit p is 0 (then left): found a word at a time instead of a row at a time.
  size_t i = r.size(), j = cols;
  while (i > 0 && j > 0) {
    const uint64_t* v = row(j);
    const uint32_t token = c[j - 1];
    const uint64_t* m = stamp_of_[token] == stamp_ ? &match_[local_of_[token] * words] : nullptr;
    size_t w = (i - 1) / 64;
    size_t top = (i - 1) % 64;
    uint64_t below_i = top == 63 ? ~uint64_t{0} : (uint64_t{1} << (top + 1)) - 1;
    uint64_t stops = ((m ? m[w] : 0) | ~v[w]) & below_i;
    while (stops == 0 && w > 0) {
      --w;
      stops = (m ? m[w] : 0) | ~v[w];
    }
    if (stops == 0) break;  // up to row 0: nothing more to mark
    size_t p = w * 64 + 63 - static_cast<size_t>(__builtin_clzll(stops));
    i = p + 1;
    if (m && ((m[w] >> (p % 64)) & 1)) {
      mask_[p] = 1;
      --i;
    }
    --j;
  }
}

// MarkLcs for |r| <= 64 (nearly every sentence): one machine word per row. A column whose
// token is not in r leaves the row unchanged, so rows are kept only for the columns whose
// token is in r ("hit" columns), and the backtracking jumps over the others at once.
void RougeLcs::MarkLcsShort(std::span<const uint32_t> r, std::span<const uint32_t> c) {
  const size_t cols = c.size();
  if (rows_.size() < cols + 1) rows_.resize(cols + 1);
  if (hit_cols_.size() < cols + 1) hit_cols_.resize(cols + 1);
  uint64_t* rows = rows_.data();         // rows[h]: the row after hit column h (h = 0: none)
  uint32_t* hit_col = hit_cols_.data();  // hit_col[h]: the column (1-based) of hit h
  uint64_t v = ~uint64_t{0};
  rows[0] = v;
  hit_col[0] = 0;
  size_t hits = 0;
  for (size_t j = 1; j <= cols; ++j) {
    uint32_t token = c[j - 1];
    if (stamp_of_[token] != stamp_) continue;
    uint64_t u = v & match_[local_of_[token]];
    v = (v + u) | (v - u);
    rows[++hits] = v;
    hit_col[hits] = static_cast<uint32_t>(j);
  }
  // Backtracking over columns: at a hit column, diagonal or left as in MarkLcs; a run of
  // non-hit columns has the row of the hit before it and no equal token, so the up steps
  // end at its highest 0 bit below i and every further column of the run stays there.
  size_t i = r.size(), h = hits;
  size_t j = cols;
  while (i > 0 && j > 0) {
    const uint64_t below_i = i == 64 ? ~uint64_t{0} : (uint64_t{1} << i) - 1;
    if (hit_col[h] != j) {  // a run of non-hit columns (h + 1 .. j] with the row of hit h
      const uint64_t stops = ~rows[h] & below_i;
      if (stops == 0) break;
      i = 64 - static_cast<size_t>(__builtin_clzll(stops));  // highest 0 bit, plus 1
      j = hit_col[h];
      continue;
    }
    const uint64_t m = match_[local_of_[c[j - 1]]];
    const uint64_t stops = (m | ~rows[h]) & below_i;
    if (stops == 0) break;
    const size_t p = 63 - static_cast<size_t>(__builtin_clzll(stops));
    i = p + 1;
    if ((m >> p) & 1) {
      mask_[p] = 1;
      --i;
    }
    --j;
    --h;
  }
}

void RougeLcs::PreparePow(size_t max_k, double weight) {
  if (weight != pow_weight_) {
    pow_.clear();
    pow_weight_ = weight;
  }
  while (pow_.size() <= max_k) pow_.push_back(std::pow(static_cast<double>(pow_.size()), weight));
}

namespace {

// cur[j] = max(up[j], cur[j - 1]) for j in [from, to], given cur[from - 1]: the cells of a
// row that are not a diagonal step (the script takes up when up >= left, which is the same
// value). Blocks of four take their own running maximum first, so the chain that carries
// from cell to cell costs one comparison per block instead of one per cell.
void RunningMax(const double* up, double* cur, size_t from, size_t to) {
  double carry = cur[from - 1];
  size_t j = from;
  for (; j + 3 <= to; j += 4) {
    double a0 = up[j];
    double a1 = std::max(a0, up[j + 1]);
    double a2 = std::max(a1, up[j + 2]);
    double a3 = std::max(a2, up[j + 3]);
    cur[j] = std::max(carry, a0);
    cur[j + 1] = std::max(carry, a1);
    cur[j + 2] = std::max(carry, a2);
    cur[j + 3] = std::max(carry, a3);
    carry = cur[j + 3];
  }
  for (; j <= to; ++j) carry = cur[j] = std::max(carry, up[j]);
}

}  // namespace

void RougeLcs::MarkWlcs(std::span<const uint32_t> r, std::span<const uint32_t> c, double weight) {
  const size_t rows = r.size(), cols = c.size(), w = cols + 1;
  PreparePow(std::min(rows, cols) + 1, weight);
  const double* f = pow_.data();
  if (++peer_stamp_ == 0) {
    std::fill(peer_stamp_of_.begin(), peer_stamp_of_.end(), 0);
    peer_stamp_ = 1;
  }
  // The columns of each token of c, as linked lists: first_col_[token], then next_col_[j].
  if (next_col_.size() < w) next_col_.resize(w);
  for (size_t j = cols; j >= 1; --j) {
    uint32_t token = c[j - 1];
    next_col_[j] = peer_stamp_of_[token] == peer_stamp_ ? first_col_[token] : 0;
    first_col_[token] = static_cast<uint32_t>(j);
    peer_stamp_of_[token] = peer_stamp_;
  }

  // Row i of the table lives at wtable_[row_at_[i]]. A row whose token is not in c has no
  // diagonal step, so it is the running maximum of the row above, which is that row itself
  // when it never decreases: such rows share storage instead of being recomputed.
  // Grown, never shrunk: resize() would zero-fill the tail again on every call.
  if (wtable_.size() < (rows + 1) * w) wtable_.resize((rows + 1) * w);
  if (row_at_.size() < rows + 1) row_at_.resize(rows + 1);
  row_at_[0] = 0;
  std::fill(wtable_.begin(), wtable_.begin() + w, 0.0);
  size_t next_row = w;
  bool monotone = true;
  for (size_t i = 1; i <= rows; ++i) {
    const uint32_t token = r[i - 1];
    const double* up = &wtable_[row_at_[i - 1]];
    const bool matches = peer_stamp_of_[token] == peer_stamp_;
    if (!matches && monotone) {
      row_at_[i] = row_at_[i - 1];
      continue;
    }
    row_at_[i] = next_row;
    double* cur = &wtable_[next_row];
    next_row += w;
    cur[0] = 0;
    // Between the diagonal steps of this row (the columns of `token` in c), running maxima.
    // Only a diagonal step can be lower than the cell on its left.
    bool rising = true;
    size_t done = 0;
    for (size_t j = matches ? first_col_[token] : 0; j != 0; j = next_col_[j]) {
      if (j > done + 1) RunningMax(up, cur, done + 1, j - 1);
      // The run length k of the cell up-left is its streak of equal tokens along the
      // diagonal: the script's l[i-1][j-1], without storing an l table.
      size_t k = 0;
      while (k + 1 < i && k + 1 < j && r[i - 2 - k] == c[j - 2 - k]) ++k;
      cur[j] = (up[j - 1] + f[k + 1]) - f[k];  // in this order, as the script evaluates
      rising &= cur[j] >= cur[j - 1];
      done = j;
    }
    if (done < cols) RunningMax(up, cur, done + 1, cols);
    monotone = rising;
  }
  size_t i = rows, j = cols;
  while (i > 0 && j > 0) {
    if (r[i - 1] == c[j - 1]) {
      mask_[i - 1] = 1;
      --i;
      --j;
    } else if (wtable_[row_at_[i - 1] + j] >= wtable_[row_at_[i] + j - 1]) {
      --i;
    } else {
      --j;
    }
  }
}

void RougeLcs::UnionLcs(const RougeDoc& model, const RougeDoc& peer, size_t vocab_size,
                        uint64_t* hit, uint64_t* base) {
  LoadClip(model, peer, vocab_size);
  *hit = 0;
  *base = 0;
  for (size_t s = 0; s < model.sentence_count(); ++s) {
    std::span<const uint32_t> r = model.sentence(s);
    *base += r.size();
    if (r.empty()) continue;
    IndexModelSentence(r);
    mask_.assign(r.size(), 0);
    for (size_t p = 0; p < peer.sentence_count(); ++p) {
      std::span<const uint32_t> c = peer.sentence(p);
      if (SharesToken(c)) MarkLcs(r, c);  // else the LCS is empty
    }
    for (size_t k = 0; k < r.size(); ++k)
      if (mask_[k] && Clip(r[k])) ++*hit;
  }
  ClearClip(model, peer);
}

void RougeLcs::UnionWlcs(const RougeDoc& model, const RougeDoc& peer, size_t vocab_size,
                         double weight, double* hit, double* base) {
  LoadClip(model, peer, vocab_size);
  *hit = 0;
  *base = 0;
  for (size_t s = 0; s < model.sentence_count(); ++s) {
    std::span<const uint32_t> r = model.sentence(s);
    PreparePow(r.size(), weight);
    *base += pow_[r.size()];
    if (r.empty()) continue;
    IndexModelSentence(r);
    mask_.assign(r.size(), 0);
    for (size_t p = 0; p < peer.sentence_count(); ++p) {
      std::span<const uint32_t> c = peer.sentence(p);
      if (SharesToken(c)) MarkWlcs(r, c, weight);
    }
    // Runs come from the union mask; a masked token that fails the clip neither extends
    // nor ends a run (SPEC 6.2).
    uint32_t run = 0;
    for (size_t k = 0; k < r.size(); ++k) {
      if (!mask_[k] || !Clip(r[k])) continue;
      ++run;
      if ((k + 1 < r.size() && !mask_[k + 1]) || k + 1 == r.size()) {
        *hit += pow_[run];
        run = 0;
      }
    }
  }
  ClearClip(model, peer);
}

void RougeLcs::MarkForTest(std::span<const uint32_t> r, std::span<const uint32_t> c, double weight,
                           size_t vocab_size, std::vector<uint8_t>* mask) {
  EnsureIdSpace(vocab_size);
  mask_.assign(r.size(), 0);
  if (!r.empty()) {
    IndexModelSentence(r);
    if (weight > 0) {
      MarkWlcs(r, c, weight);
    } else {
      MarkLcs(r, c);
    }
  }
  *mask = mask_;
}

}  // namespace precis::rouge
