// StateWriter / StateReader: the little-endian binary encoding of a saved
// StoryStream (story_state.cc). Plain values and length-prefixed arrays; a
// reader fails (and stays failed) instead of reading past the end.
#ifndef PRECIS_STORY_STATE_IO_H_
#define PRECIS_STORY_STATE_IO_H_

#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace precis::story {

static_assert(std::endian::native == std::endian::little, "saved states are little-endian");

class StateWriter {
 public:
  explicit StateWriter(std::string* out) : out_(out) {}
  template <typename T>
  void Put(T v) {
    static_assert(std::is_trivially_copyable_v<T>);
    out_->append(reinterpret_cast<const char*>(&v), sizeof v);
  }
  void PutString(std::string_view s) {
    Put<uint64_t>(s.size());
    out_->append(s);
  }
  template <typename T>
  void PutArray(const std::vector<T>& v) {
    static_assert(std::is_trivially_copyable_v<T>);
    Put<uint64_t>(v.size());
    out_->append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
  }

 private:
  std::string* out_;
};

class StateReader {
 public:
  explicit StateReader(std::string_view in) : in_(in) {}
  template <typename T>
  bool Get(T* v) {
    static_assert(std::is_trivially_copyable_v<T>);
    if (!Take(sizeof(T))) return false;
    std::memcpy(v, in_.data() + pos_ - sizeof(T), sizeof(T));
    return true;
  }
  bool GetString(std::string* s) {
    uint64_t n;
    if (!Get(&n) || !Take(n)) return false;
    s->assign(in_.data() + pos_ - n, n);
    return true;
  }
  template <typename T>
  bool GetArray(std::vector<T>* v) {
    uint64_t n;
    if (!Get(&n) || n > (in_.size() - pos_) / sizeof(T) || !Take(n * sizeof(T))) return false;
    v->resize(n);
    if (n != 0) std::memcpy(v->data(), in_.data() + pos_ - n * sizeof(T), n * sizeof(T));
    return true;
  }
  // A count of items each at least `min_bytes` long: false when the rest cannot
  // hold them.
  bool GetCount(uint64_t* n, size_t min_bytes) {
    return Get(n) && *n <= (in_.size() - pos_) / (min_bytes ? min_bytes : 1);
  }
  bool done() const { return ok_ && pos_ == in_.size(); }
  bool ok() const { return ok_; }

 private:
  bool Take(uint64_t n) {
    if (!ok_ || n > in_.size() - pos_) return ok_ = false;
    pos_ += n;
    return true;
  }
  std::string_view in_;
  size_t pos_ = 0;
  bool ok_ = true;
};

}  // namespace precis::story

#endif  // PRECIS_STORY_STATE_IO_H_
