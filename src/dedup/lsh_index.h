// The core of near-duplicate lookups: fingerprints of normalized texts (exact
// hash, shingle count, MinHash signature) and an LSH index over them.
// NearDuplicateIndex wraps these for raw texts; the story clusterer uses them
// directly on tokens it has already normalized. Not thread-safe.
#ifndef PRECIS_DEDUP_LSH_INDEX_H_
#define PRECIS_DEDUP_LSH_INDEX_H_

#include <cstdint>
#include <memory>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dedup/aliases.h"
#include "dedup/bucket_table.h"
#include "dedup/match_tokens.h"
#include "dedup/minhash.h"
#include "precis/dedup.h"

namespace precis::dedup {

struct Fingerprint {
  bool empty = true;                // no word at all: never matched, never indexed
  uint64_t exact = 0;               // SequenceHash of the normalized words
  uint32_t shingles = 0;            // distinct shingles
  std::vector<uint32_t> signature;  // bands * rows values
  std::vector<uint64_t> band_keys;  // one hash per band of the signature (LSH bucket keys)
};

// Computes fingerprints. Holds scratch buffers, so one per thread.
// The LSH bucket key of one band of a signature.
uint64_t BandKey(const uint32_t* signature, uint32_t band, uint32_t rows, uint64_t seed);

class Fingerprinter {
 public:
  // REQUIRES: ValidateDedupOptions(options).ok().
  explicit Fingerprinter(const DedupOptions& options);
  // From tokens already rewritten with the alias table.
  void FromTokens(const MatchTokens& tokens, Fingerprint* out);
  // Tokenizes `text`, applies the aliases, then FromTokens.
  void FromText(std::string_view text, Fingerprint* out);
  const AliasData& aliases() const { return *aliases_; }

 private:
  DedupOptions options_;
  const AliasData* aliases_;
  MinHasher hasher_;
  MatchTokens tokens_;
  std::vector<MatchToken> alias_scratch_;
  std::vector<uint64_t> shingles_, word_hashes_;
};

class LshIndex {
 public:
  explicit LshIndex(const DedupOptions& options);

  DuplicateMatch Find(const Fingerprint& fp);
  // Indexes `fp` under `key`, whose group representative is `representative`.
  // REQUIRES: !fp.empty, key not present.
  void Insert(uint64_t key, uint64_t representative, const Fingerprint& fp);
  void Remove(uint64_t key);
  // Makes room for `texts` texts without regrowing the tables (a hint for a caller that knows
  // how many it will insert; results do not depend on it).
  void Reserve(size_t texts);
  size_t size() const { return by_key_.size(); }
  uint64_t candidates_checked() const { return candidates_checked_; }

 private:
  struct Slot {
    uint64_t key = 0;
    uint64_t representative = 0;
    uint64_t order = 0;  // insertion counter: earlier texts win ties
    uint64_t exact = 0;
    uint32_t shingles = 0;
    bool in_lsh = false;  // enough shingles to be in the band buckets
    // Exact copies (same `exact` hash) form one circular list in insertion
    // order. Only its head, the earliest, is in exact_ and the band buckets: a
    // copy can never beat it (same signature, later order), so lookups and
    // inserts cost the same with 1 or 20,000 copies.
    bool head = false;
    uint32_t prev_copy = 0;  // the head's prev_copy is the list's last slot
    uint32_t next_copy = 0;
  };
  static constexpr uint32_t kNoSlot = UINT32_MAX;
  // The head slot of the copies of `exact`, or kNoSlot.
  uint32_t HeadOf(uint64_t exact) const;
  // Puts head slot `s` into exact_ and, when in_lsh, the band buckets; Unlink
  // takes it out.
  void Link(uint32_t s);
  void Unlink(uint32_t s);
  // The per-slot arrays grow in blocks of kBlockSlots slots: never copied nor
  // doubled, so they follow the most texts ever indexed at once (a story
  // window), not the next power of two above it.
  static constexpr uint32_t kBlockSlots = 1024;
  uint64_t* BandKeysOf(uint32_t slot) const {
    return &band_key_blocks_[slot / kBlockSlots][size_t{slot % kBlockSlots} * bands_];
  }
  uint32_t* SignatureOf(uint32_t slot) const {
    return &signature_blocks_[slot / kBlockSlots][size_t{slot % kBlockSlots} * width_];
  }

  DedupOptions options_;
  uint32_t width_;
  std::vector<Slot> slots_;
  std::vector<std::unique_ptr<uint32_t[]>> signature_blocks_;  // width_ values per slot
  std::vector<std::unique_ptr<uint64_t[]>> band_key_blocks_;   // bands_ keys per slot (Remove)
  uint32_t bands_;
  std::vector<uint32_t> free_;
  std::vector<uint32_t> stamp_;  // per slot: last query that saw it (dedupes candidates)
  uint32_t query_ = 0;
  std::unordered_map<uint64_t, uint32_t> by_key_;
  BucketTable exact_;    // exact hash -> slots
  BucketTable buckets_;  // band key -> slots
  uint64_t next_order_ = 0;
  uint64_t candidates_checked_ = 0;
};

}  // namespace precis::dedup

#endif  // PRECIS_DEDUP_LSH_INDEX_H_
