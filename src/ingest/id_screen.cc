#include "ingest/id_screen.h"

#include <algorithm>
#include <functional>

namespace precis::ingest {
namespace {

uint64_t Hash(std::string_view s) { return std::hash<std::string_view>()(s); }

// `id` without its last "#<digits>" suffix; false when it has none.
bool CutSuffix(std::string_view* id) {
  const size_t hash = id->rfind('#');
  if (hash == std::string_view::npos || hash + 1 == id->size()) return false;
  for (size_t i = hash + 1; i < id->size(); ++i) {
    if ((*id)[i] < '0' || (*id)[i] > '9') return false;
  }
  id->remove_suffix(id->size() - hash);
  return true;
}

}  // namespace

TwoPassIdScreen::TwoPassIdScreen(size_t run_records) : hashes_(run_records) {}

bool TwoPassIdScreen::MayRepeat(std::string_view id) {
  const uint64_t h = Hash(id);
  const int pass = sealed_ ? 1 : 0;
  ++count_[pass];
  digest_[pass] = digest_[pass] * 0x9E3779B97F4A7C15ull + h;
  if (!sealed_) {
    if (error_.ok()) error_ = hashes_.Add(h);
    return false;
  }
  for (std::string_view s = id;;) {
    if (std::binary_search(repeated_.begin(), repeated_.end(), Hash(s))) return true;
    if (!CutSuffix(&s)) return false;
  }
}

Status TwoPassIdScreen::Seal() {
  sealed_ = true;
  PRECIS_RETURN_IF_ERROR(error_);
  bool have = false;
  uint64_t last = 0;
  return hashes_.Merge([&](uint64_t h) {
    if (have && h == last && (repeated_.empty() || repeated_.back() != h)) {
      repeated_.push_back(h);
    }
    have = true;
    last = h;
    return Status::Ok();
  });
}

Status TwoPassIdScreen::CheckSecondPass(const std::string& name) const {
  if (count_[0] == count_[1] && digest_[0] == digest_[1]) return Status::Ok();
  return Status::DataError(name + ": the input changed while it was read (its ids are read twice)");
}

}  // namespace precis::ingest
