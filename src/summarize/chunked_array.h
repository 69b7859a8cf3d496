// ChunkedArray: an append-only array built in fixed-size chunks and then moved into one
// vector of exactly its size.
//
// A std::vector grown by push_back holds up to twice its size, and while it reallocates it
// holds the old and the new buffer at once: three times the data at the worst moment. For
// arrays whose length is known only once they are built (a million sentences' concept ids)
// this builds them in chunks (no copy while growing, at most one partly filled chunk of
// slack) and TakeVector() copies them into an exact-size vector, freeing each chunk as soon
// as it is copied, so the peak is the data plus one chunk.
#ifndef PRECIS_SUMMARIZE_CHUNKED_ARRAY_H_
#define PRECIS_SUMMARIZE_CHUNKED_ARRAY_H_

#include <algorithm>
#include <bit>
#include <cstddef>
#include <memory>
#include <vector>

namespace precis::summarize {

// Chunks start at kFirst elements and double up to kChunk, so that a small array (a story of
// ten sentences) costs no more than a vector would. REQUIRES: powers of two, kFirst <= kChunk.
template <typename T, size_t kChunk = size_t{1} << 18, size_t kFirst = 256>
class ChunkedArray {
  static_assert(kFirst > 0 && kFirst <= kChunk && (kFirst & (kFirst - 1)) == 0 &&
                (kChunk & (kChunk - 1)) == 0);
  // Elements in the doubling chunks: kFirst + 2 kFirst + ... + kChunk / 2.
  static constexpr size_t kGrowing = kChunk - kFirst;
  static constexpr size_t kGrowingChunks = std::bit_width(kChunk / kFirst) - 1;
  static constexpr size_t ChunkSize(size_t c) { return c < kGrowingChunks ? kFirst << c : kChunk; }

 public:
  void push_back(const T& value) {
    if (chunks_.empty() || chunks_.back().size() == ChunkSize(chunks_.size() - 1)) {
      chunks_.emplace_back();
      chunks_.back().reserve(ChunkSize(chunks_.size() - 1));
    }
    chunks_.back().push_back(value);
    ++size_;
  }
  template <typename It>
  void append(It first, It last) {
    for (; first != last; ++first) push_back(*first);
  }
  size_t size() const { return size_; }
  const T& operator[](size_t i) const {
    if (i < kGrowing) {
      const size_t c = std::bit_width(i / kFirst + 1) - 1;
      return chunks_[c][i - kFirst * ((size_t{1} << c) - 1)];
    }
    i -= kGrowing;
    return chunks_[kGrowingChunks + i / kChunk][i % kChunk];
  }

  // The elements in order, in a vector whose capacity is its size plus `room` (for elements
  // the caller appends later). Leaves this array empty.
  std::vector<T> TakeVector(size_t room = 0) {
    std::vector<T> out;
    out.reserve(size_ + room);
    for (std::vector<T>& chunk : chunks_) {
      out.insert(out.end(), chunk.begin(), chunk.end());
      std::vector<T>().swap(chunk);
    }
    chunks_.clear();
    size_ = 0;
    return out;
  }

 private:
  std::vector<std::vector<T>> chunks_;
  size_t size_ = 0;
};

}  // namespace precis::summarize

#endif  // PRECIS_SUMMARIZE_CHUNKED_ARRAY_H_
