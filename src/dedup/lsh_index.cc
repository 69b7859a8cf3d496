#include "dedup/lsh_index.h"

#include <algorithm>

namespace precis::dedup {

uint64_t BandKey(const uint32_t* signature, uint32_t band, uint32_t rows, uint64_t seed) {
  uint64_t h = seed + (uint64_t{band} << 32);
  const uint32_t* row = signature + size_t{band} * rows;
  for (uint32_t r = 0; r < rows; ++r) h = (h ^ row[r]) * 0x9e3779b97f4a7c15ULL;
  return Mix64(h);
}

Fingerprinter::Fingerprinter(const DedupOptions& options)
    : options_(options),
      aliases_(&(options.aliases ? *options.aliases : AliasTable::Default()).data()),
      hasher_(options.bands * options.rows, options.seed) {}

void Fingerprinter::FromTokens(const MatchTokens& tokens, Fingerprint* out) {
  out->empty = tokens.tokens.empty();
  out->signature.resize(hasher_.size());
  if (out->empty) {
    out->exact = 0;
    out->shingles = 0;
    return;
  }
  out->exact = SequenceHash(tokens);
  ShingleHashes(tokens, options_.shingle_size, &shingles_, &word_hashes_);
  out->shingles = static_cast<uint32_t>(shingles_.size());
  hasher_.Sign(shingles_, out->signature.data());
  out->band_keys.resize(options_.bands);
  for (uint32_t band = 0; band < options_.bands; ++band) {
    out->band_keys[band] = BandKey(out->signature.data(), band, options_.rows, options_.seed);
  }
}

void Fingerprinter::FromText(std::string_view text, Fingerprint* out) {
  TokenizeForMatching(text, &tokens_);
  ApplyAliases(*aliases_, text, &tokens_, &alias_scratch_);
  FromTokens(tokens_, out);
}

LshIndex::LshIndex(const DedupOptions& options)
    : options_(options), width_(options.bands * options.rows), bands_(options.bands) {}

DuplicateMatch LshIndex::Find(const Fingerprint& fp) {
  DuplicateMatch best;
  if (fp.empty) return best;
  // The head of a copy list is its earliest text.
  const uint32_t head = HeadOf(fp.exact);
  if (head != kNoSlot) {
    const Slot& first = slots_[head];
    best.found = true;
    best.exact = true;
    best.of = first.representative;
    best.matched = first.key;
    best.jaccard = best.containment = 1.0;
    return best;
  }
  if (fp.shingles < options_.min_shingles) return best;
  ++query_;
  uint64_t best_order = 0;
  for (uint32_t band = 0; band < bands_; ++band) buckets_.Prefetch(fp.band_keys[band]);
  for (uint32_t band = 0; band < options_.bands; ++band) {
    buckets_.ForEach(fp.band_keys[band], [&](uint32_t s) {
      if (stamp_[s] == query_) return;
      stamp_[s] = query_;
      ++candidates_checked_;
      const Slot& slot = slots_[s];
      const double j = EstimateJaccard(fp.signature.data(), SignatureOf(s), width_);
      const double c = ContainmentFromJaccard(j, fp.shingles, slot.shingles);
      if (j < options_.jaccard_threshold && c < options_.containment_threshold) return;
      // Highest Jaccard, then containment, then the earliest text.
      const bool better =
          !best.found || j > best.jaccard ||
          (j == best.jaccard &&
           (c > best.containment || (c == best.containment && slot.order < best_order)));
      if (!better) return;
      best.found = true;
      best.of = slot.representative;
      best.matched = slot.key;
      best.jaccard = j;
      best.containment = c;
      best_order = slot.order;
    });
  }
  return best;
}

void LshIndex::Insert(uint64_t key, uint64_t representative, const Fingerprint& fp) {
  uint32_t s;
  if (!free_.empty()) {
    s = free_.back();
    free_.pop_back();
  } else {
    s = static_cast<uint32_t>(slots_.size());
    slots_.emplace_back();
    stamp_.push_back(0);
    if (s % kBlockSlots == 0) {
      // Not zeroed: a slot's values are written before they are read. A block is 1.6 MB with
      // the default 240 values, and an index of a few hundred sentences (one per story
      // summary) would otherwise spend more time clearing it than hashing.
      signature_blocks_.push_back(
          std::make_unique_for_overwrite<uint32_t[]>(size_t{kBlockSlots} * width_));
      band_key_blocks_.push_back(
          std::make_unique_for_overwrite<uint64_t[]>(size_t{kBlockSlots} * bands_));
    }
  }
  Slot& slot = slots_[s];
  slot.key = key;
  slot.representative = representative;
  slot.order = next_order_++;
  slot.exact = fp.exact;
  slot.shingles = fp.shingles;
  slot.in_lsh = fp.shingles >= options_.min_shingles;
  std::copy(fp.signature.begin(), fp.signature.end(), SignatureOf(s));
  std::copy(fp.band_keys.begin(), fp.band_keys.end(), BandKeysOf(s));
  by_key_.emplace(key, s);
  const uint32_t head = HeadOf(fp.exact);
  if (head == kNoSlot) {
    slot.head = true;
    slot.prev_copy = slot.next_copy = s;
    Link(s);
    return;
  }
  // Append at the end of the head's list.
  slot.head = false;
  const uint32_t last = slots_[head].prev_copy;
  slots_[last].next_copy = s;
  slot.prev_copy = last;
  slot.next_copy = head;
  slots_[head].prev_copy = s;
}

void LshIndex::Reserve(size_t texts) {
  slots_.reserve(texts);
  stamp_.reserve(texts);
  exact_.Reserve(texts);
  buckets_.Reserve(texts * bands_);
}

uint32_t LshIndex::HeadOf(uint64_t exact) const {
  uint32_t head = kNoSlot;
  exact_.ForEach(exact, [&](uint32_t s) {
    if (slots_[s].exact == exact) head = s;
  });
  return head;
}

void LshIndex::Link(uint32_t s) {
  const Slot& slot = slots_[s];
  exact_.Insert(slot.exact, s);
  if (slot.in_lsh) {
    const uint64_t* keys = BandKeysOf(s);
    for (uint32_t band = 0; band < bands_; ++band) buckets_.Prefetch(keys[band]);
    for (uint32_t band = 0; band < bands_; ++band) buckets_.Insert(keys[band], s);
  }
}

void LshIndex::Unlink(uint32_t s) {
  const Slot& slot = slots_[s];
  exact_.Erase(slot.exact, s);
  if (slot.in_lsh) {
    const uint64_t* keys = BandKeysOf(s);
    for (uint32_t band = 0; band < bands_; ++band) buckets_.Prefetch(keys[band]);
    for (uint32_t band = 0; band < bands_; ++band) buckets_.Erase(keys[band], s);
  }
}

void LshIndex::Remove(uint64_t key) {
  auto it = by_key_.find(key);
  if (it == by_key_.end()) return;
  const uint32_t s = it->second;
  by_key_.erase(it);
  Slot& slot = slots_[s];
  if (slot.head) Unlink(s);
  if (slot.next_copy != s) {
    slots_[slot.prev_copy].next_copy = slot.next_copy;
    slots_[slot.next_copy].prev_copy = slot.prev_copy;
    if (slot.head) {
      // The next copy, the earliest left, becomes the head.
      slots_[slot.next_copy].head = true;
      Link(slot.next_copy);
    }
  }
  slot.head = false;
  free_.push_back(s);
}

}  // namespace precis::dedup
