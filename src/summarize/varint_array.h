// VarintArray: lists of unsigned 32-bit values stored as LEB128 bytes (7 bits a byte, the
// high bit set on every byte but a value's last), read in order from a byte offset.
//
// For arrays read front to back in short runs (a sentence's words, a sentence's concept
// ids) and dominated by small values: term ids are given in order of first use, so the
// frequent words have small ids and take one or two bytes instead of four. A list is the
// byte range [begin, end) between two size() calls; its values are decoded in order.
#ifndef PRECIS_SUMMARIZE_VARINT_ARRAY_H_
#define PRECIS_SUMMARIZE_VARINT_ARRAY_H_

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace precis::summarize {

// Appends the LEB128 bytes of `value` to *out (a std::vector<uint8_t> or any container
// with push_back).
template <typename Bytes>
void AppendVarint(uint32_t value, Bytes* out) {
  while (value >= 0x80) {
    out->push_back(static_cast<uint8_t>(value | 0x80));
    value >>= 7;
  }
  out->push_back(static_cast<uint8_t>(value));
}

class VarintArray {
 public:
  VarintArray() = default;
  // Takes bytes written by AppendVarint.
  explicit VarintArray(std::vector<uint8_t> bytes) : bytes_(std::move(bytes)) {}

  void push_back(uint32_t value) { AppendVarint(value, &bytes_); }
  // Bytes so far: the offset the next value starts at.
  uint32_t size() const { return static_cast<uint32_t>(bytes_.size()); }
  // Calls fn(value) for each value in the byte range [begin, end), in order.
  template <typename Fn>
  void ForEach(uint32_t begin, uint32_t end, Fn&& fn) const {
    const uint8_t* p = bytes_.data() + begin;
    const uint8_t* stop = bytes_.data() + end;
    while (p < stop) {
      uint32_t value = 0;
      for (int shift = 0;; shift += 7) {
        const uint8_t b = *p++;
        value |= static_cast<uint32_t>(b & 0x7F) << shift;
        if (b < 0x80) break;
      }
      fn(value);
    }
  }
  // The values in [begin, end), appended to *out.
  void Decode(uint32_t begin, uint32_t end, std::vector<uint32_t>* out) const {
    ForEach(begin, end, [out](uint32_t v) { out->push_back(v); });
  }
  // Appends the bytes [begin, end) of this array (whole values) to its end.
  void AppendOwn(uint32_t begin, uint32_t end) {
    for (uint32_t k = begin; k < end; ++k) {
      const uint8_t b = bytes_[k];
      bytes_.push_back(b);
    }
  }
  // Appends the bytes [begin, end) of `other` (whole values).
  void Append(const VarintArray& other, uint32_t begin, uint32_t end) {
    bytes_.insert(bytes_.end(), other.bytes_.begin() + begin, other.bytes_.begin() + end);
  }
  void reserve(size_t bytes) { bytes_.reserve(bytes); }
  void shrink_to_fit() { bytes_.shrink_to_fit(); }
  void clear() { bytes_.clear(); }

 private:
  std::vector<uint8_t> bytes_;
};

}  // namespace precis::summarize

#endif  // PRECIS_SUMMARIZE_VARINT_ARRAY_H_
