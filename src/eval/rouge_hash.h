// Small open-addressing hash tables that hand out dense ids, for interning ROUGE tokens and
// grams without a heap allocation per entry. Not thread-safe.
#ifndef PRECIS_EVAL_ROUGE_HASH_H_
#define PRECIS_EVAL_ROUGE_HASH_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace precis::rouge {

// FNV-1a over bytes, fed one byte at a time so a tokenizer can hash while it scans.
inline constexpr uint64_t kRougeHashSeed = 0xcbf29ce484222325ULL;
inline uint64_t RougeHashStep(uint64_t h, unsigned char ch) { return (h ^ ch) * 0x100000001b3ULL; }
inline uint64_t RougeHashBytes(std::string_view s) {
  uint64_t h = kRougeHashSeed;
  for (unsigned char ch : s) h = RougeHashStep(h, ch);
  return h;
}

// The finalizer of MurmurHash3: spreads a hash or key over all 64 bits.
inline uint64_t RougeMixHash(uint64_t key) {
  key ^= key >> 33;
  key *= 0xff51afd7ed558ccdULL;
  key ^= key >> 33;
  return key;
}

// uint64 key -> id, ids 0, 1, 2 ... in insertion order.
class RougeKeyIds {
 public:
  uint32_t Intern(uint64_t key);
  size_t size() const { return size_; }
  // Forgets every key; keeps the capacity.
  void Clear();

 private:
  struct Slot {
    uint64_t key;
    uint32_t id_plus_1;  // 0 = empty
  };
  void Grow();
  std::vector<Slot> slots_;
  std::vector<uint32_t> used_;  // occupied slots, so Clear() costs O(size)
  size_t size_ = 0;
  size_t mask_ = 0;
};

// A small multiset / map of uint64 keys to counts, rebuilt for every text: sized to stay in
// L1/L2 cache, cleared in O(entries). Key ~0 is reserved.
class RougeKeyCounts {
 public:
  static constexpr uint64_t kEmpty = ~uint64_t{0};
  // Empties the table and sizes it for about `expected` distinct keys.
  void Reset(size_t expected);
  // The count of `key`, inserted as 0 when absent.
  uint32_t& operator[](uint64_t key) {
    size_t slot = Slot(key);
    while (keys_[slot] != key) {
      if (keys_[slot] == kEmpty) {
        if ((used_.size() + 1) * 2 > keys_.size()) {
          Grow();
          return (*this)[key];
        }
        keys_[slot] = key;
        counts_[slot] = 0;
        used_.push_back(static_cast<uint32_t>(slot));
        return counts_[slot];
      }
      slot = (slot + 1) & mask_;
    }
    return counts_[slot];
  }
  // The count of `key`, 0 when absent.
  uint32_t Get(uint64_t key) const {
    for (size_t slot = Slot(key);; slot = (slot + 1) & mask_) {
      if (keys_[slot] == key) return counts_[slot];
      if (keys_[slot] == kEmpty) return 0;
    }
  }
  // Distinct keys in insertion order, and their counts.
  size_t size() const { return used_.size(); }
  uint64_t key(size_t i) const { return keys_[used_[i]]; }
  uint32_t count(size_t i) const { return counts_[used_[i]]; }

 private:
  size_t Slot(uint64_t key) const { return (key * 0x9E3779B97F4A7C15ULL) >> shift_; }
  void Grow();
  std::vector<uint64_t> keys_ = std::vector<uint64_t>(16, kEmpty);
  std::vector<uint32_t> counts_ = std::vector<uint32_t>(16, 0);
  std::vector<uint32_t> used_;
  size_t mask_ = 15;
  int shift_ = 60;
};

// Byte string -> id, ids 0, 1, 2 ... in insertion order; strings kept in one arena.
class RougeStringIds {
 public:
  static constexpr uint32_t kNoId = UINT32_MAX;

  // The id of `s`, or kNoId. REQUIRES: hash == RougeHashBytes(s). Inline: it runs once per
  // token of every text.
  uint32_t Find(std::string_view s, uint64_t hash) const {
    if (slots_.empty()) return kNoId;
    const uint64_t h = RougeMixHash(hash);
    const uint32_t tag = static_cast<uint32_t>(h >> 32);
    for (size_t slot = h & mask_; slots_[slot].id_plus_1 != 0; slot = (slot + 1) & mask_) {
      if (slots_[slot].tag != tag) continue;
      uint32_t id = slots_[slot].id_plus_1 - 1;
      std::string_view t = text(id);
      if (t.size() != s.size()) continue;
      size_t i = 0;
      while (i < s.size() && t[i] == s[i]) ++i;  // a few bytes: no memcmp call
      if (i == s.size()) return id;
    }
    return kNoId;
  }
  // Sets *inserted when `s` was new. REQUIRES: hash == RougeHashBytes(s).
  uint32_t Intern(std::string_view s, uint64_t hash, bool* inserted);
  uint32_t Intern(std::string_view s, bool* inserted) {
    return Intern(s, RougeHashBytes(s), inserted);
  }
  size_t size() const { return hashes_.size(); }
  std::string_view text(uint32_t id) const {
    return std::string_view(arena_.data() + offsets_[id], offsets_[id + 1] - offsets_[id]);
  }

 private:
  struct Slot {
    uint32_t tag;        // high bits of the hash, to skip most string compares
    uint32_t id_plus_1;  // 0 = empty
  };
  void Grow();
  std::string arena_;
  std::vector<uint32_t> offsets_{0};  // by id, plus the end
  std::vector<uint64_t> hashes_;      // by id
  std::vector<Slot> slots_;
  size_t mask_ = 0;
};

}  // namespace precis::rouge

#endif  // PRECIS_EVAL_ROUGE_HASH_H_
