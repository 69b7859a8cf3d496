// NearDuplicateIndex, FindDuplicates and FindDuplicateSentences: the public
// face of the fingerprint + LSH core.
#include <algorithm>
#include <map>

#include "dedup/lsh_index.h"
#include "precis/dedup.h"

namespace precis {

DedupOptions DedupOptions::ForSentences() {
  DedupOptions o;
  o.shingle_size = 2;
  o.jaccard_threshold = 0.6;
  o.containment_threshold = 1.01;
  o.min_shingles = 3;
  return o;
}

Status ValidateDedupOptions(const DedupOptions& o) {
  if (o.shingle_size == 0) return Status::InvalidArgument("shingle size must be at least 1");
  if (o.bands == 0 || o.rows == 0)
    return Status::InvalidArgument("bands and rows must be at least 1");
  if (uint64_t{o.bands} * o.rows > 1024) {
    return Status::InvalidArgument("bands * rows must be at most 1024");
  }
  if (!(o.jaccard_threshold > 0 && o.jaccard_threshold <= 1)) {
    return Status::InvalidArgument("Jaccard threshold must be in (0, 1]");
  }
  if (!(o.containment_threshold > 0)) {
    return Status::InvalidArgument("containment threshold must be positive (above 1 = off)");
  }
  return Status::Ok();
}

struct NearDuplicateIndex::Impl {
  explicit Impl(const DedupOptions& o) : fingerprinter(o), index(o) {}
  dedup::Fingerprinter fingerprinter;
  dedup::LshIndex index;
  dedup::Fingerprint fp;
};

NearDuplicateIndex::NearDuplicateIndex(const DedupOptions& options)
    : impl_(std::make_unique<Impl>(options)) {}
NearDuplicateIndex::~NearDuplicateIndex() = default;

DuplicateMatch NearDuplicateIndex::Add(uint64_t key, std::string_view text) {
  impl_->fingerprinter.FromText(text, &impl_->fp);
  const DuplicateMatch match = impl_->index.Find(impl_->fp);
  if (!impl_->fp.empty) impl_->index.Insert(key, match.found ? match.of : key, impl_->fp);
  return match;
}

DuplicateMatch NearDuplicateIndex::Find(std::string_view text) {
  impl_->fingerprinter.FromText(text, &impl_->fp);
  return impl_->index.Find(impl_->fp);
}

void NearDuplicateIndex::Remove(uint64_t key) { impl_->index.Remove(key); }
size_t NearDuplicateIndex::size() const { return impl_->index.size(); }
uint64_t NearDuplicateIndex::candidates_checked() const {
  return impl_->index.candidates_checked();
}

Status FindDuplicates(const std::vector<std::string_view>& texts, const DedupOptions& options,
                      std::vector<DuplicateGroup>* groups) {
  PRECIS_RETURN_IF_ERROR(ValidateDedupOptions(options));
  groups->clear();
  NearDuplicateIndex index(options);
  std::map<uint32_t, std::vector<uint32_t>> by_rep;  // ordered by representative
  for (size_t i = 0; i < texts.size(); ++i) {
    const DuplicateMatch m = index.Add(i, texts[i]);
    if (m.found) by_rep[static_cast<uint32_t>(m.of)].push_back(static_cast<uint32_t>(i));
  }
  for (auto& [rep, dups] : by_rep) {
    DuplicateGroup g;
    g.representative = rep;
    g.members.push_back(rep);
    g.members.insert(g.members.end(), dups.begin(), dups.end());
    groups->push_back(std::move(g));
  }
  return Status::Ok();
}

Status FindDuplicateSentences(const std::vector<const Article*>& articles,
                              const DedupOptions& options, const SegmentOptions& segment,
                              std::vector<SentenceDuplicateGroup>* groups) {
  PRECIS_RETURN_IF_ERROR(ValidateDedupOptions(options));
  groups->clear();
  // NearDuplicateIndex::Add, with the index sized once for all the sentences (one index per
  // call, usually a story's summary: growing its tables sentence by sentence cost more than
  // the lookups).
  std::vector<SentenceRef> refs;
  for (uint32_t a = 0; a < articles.size(); ++a) {
    for (const Span& span : SplitSentences(articles[a]->text, segment)) refs.push_back({a, span});
  }
  dedup::Fingerprinter fingerprinter(options);
  dedup::LshIndex index(options);
  index.Reserve(refs.size());
  dedup::Fingerprint fp;
  std::map<uint64_t, std::vector<uint64_t>> by_rep;
  for (uint64_t key = 0; key < refs.size(); ++key) {
    fingerprinter.FromText(refs[key].span.of(articles[refs[key].article]->text), &fp);
    const DuplicateMatch m = index.Find(fp);
    if (!fp.empty) index.Insert(key, m.found ? m.of : key, fp);
    if (m.found) by_rep[m.of].push_back(key);
  }
  for (auto& [rep, dups] : by_rep) {
    SentenceDuplicateGroup g;
    g.representative = refs[rep];
    g.members.push_back(refs[rep]);
    for (uint64_t d : dups) g.members.push_back(refs[d]);
    groups->push_back(std::move(g));
  }
  return Status::Ok();
}

}  // namespace precis
