// TermCounts: small non-negative counts (how often a sentence uses a term) in one byte each.
//
// A sentence rarely uses a term more than a few times, so a count below kLarge takes one
// byte and a larger one is kept exactly in a side table. The analysis of a million
// sentences holds some twenty million of these; as floats beside their terms they took
// 160 MB, as bytes 20 MB.
#ifndef PRECIS_SUMMARIZE_TERM_COUNTS_H_
#define PRECIS_SUMMARIZE_TERM_COUNTS_H_

#include <cstddef>
#include <cstdint>
#include <unordered_map>
#include <utility>
#include <vector>

namespace precis::summarize {

class TermCounts {
 public:
  // Counts of kLarge or more live in the side table.
  static constexpr uint8_t kLarge = 255;

  TermCounts() = default;
  // Adopts counts already encoded: a byte per entry, kLarge for an entry whose count is in
  // `large` (entry -> count).
  TermCounts(std::vector<uint8_t> small, std::unordered_map<size_t, uint32_t> large)
      : small_(std::move(small)), large_(std::move(large)) {}

  void push_back(uint32_t count) {
    if (count >= kLarge) large_[small_.size()] = count;
    small_.push_back(static_cast<uint8_t>(count < kLarge ? count : kLarge));
  }
  uint32_t operator[](size_t k) const {
    const uint8_t c = small_[k];
    return c != kLarge ? c : large_.at(k);
  }
  size_t size() const { return small_.size(); }
  bool empty() const { return small_.empty(); }
  void reserve(size_t n) { small_.reserve(n); }
  void shrink_to_fit() { small_.shrink_to_fit(); }
  void clear() {
    small_.clear();
    large_.clear();
  }

 private:
  std::vector<uint8_t> small_;
  std::unordered_map<size_t, uint32_t> large_;  // entry -> count, for counts >= kLarge
};

}  // namespace precis::summarize

#endif  // PRECIS_SUMMARIZE_TERM_COUNTS_H_
