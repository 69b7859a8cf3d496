#include "dedup/near_dup_trial.h"

#include <algorithm>
#include <numeric>
#include <random>

#include "dedup/aliases.h"
#include "dedup/minhash.h"

namespace precis::dedup {
namespace {

struct UnionFind {
  explicit UnionFind(size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0u); }
  uint32_t Find(uint32_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void Union(uint32_t a, uint32_t b) {
    a = Find(a);
    b = Find(b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  }
  std::vector<uint32_t> parent;
};

}  // namespace

std::vector<uint64_t> ShingleSet(std::string_view text, const DedupOptions& options) {
  MatchTokens tokens;
  std::vector<MatchToken> scratch;
  TokenizeForMatching(text, &tokens);
  ApplyAliases((options.aliases ? *options.aliases : AliasTable::Default()).data(), text, &tokens,
               &scratch);
  std::vector<uint64_t> set, words;
  ShingleHashes(tokens, options.shingle_size, &set, &words);
  return set;
}

void ExactSimilarity(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b,
                     double* jaccard, double* containment) {
  size_t common = 0;
  auto i = a.begin(), j = b.begin();
  while (i != a.end() && j != b.end()) {
    if (*i < *j) {
      ++i;
    } else if (*j < *i) {
      ++j;
    } else {
      ++common;
      ++i;
      ++j;
    }
  }
  const size_t uni = a.size() + b.size() - common;
  const size_t smaller = std::min(a.size(), b.size());
  *jaccard = uni ? static_cast<double>(common) / uni : 0;
  *containment = smaller ? static_cast<double>(common) / smaller : 0;
}

std::vector<std::pair<uint32_t, uint32_t>> NaiveDuplicatePairs(
    const std::vector<std::string_view>& texts, const DedupOptions& options) {
  std::vector<std::vector<uint64_t>> sets;
  for (std::string_view t : texts) sets.push_back(ShingleSet(t, options));
  std::vector<std::pair<uint32_t, uint32_t>> pairs;
  for (uint32_t i = 0; i < sets.size(); ++i) {
    for (uint32_t j = i + 1; j < sets.size(); ++j) {
      if (sets[i].empty() || sets[j].empty()) continue;
      if (sets[i] == sets[j]) {
        pairs.emplace_back(i, j);
        continue;
      }
      if (sets[i].size() < options.min_shingles || sets[j].size() < options.min_shingles) {
        continue;
      }
      double jac, con;
      ExactSimilarity(sets[i], sets[j], &jac, &con);
      if (jac >= options.jaccard_threshold || con >= options.containment_threshold) {
        pairs.emplace_back(i, j);
      }
    }
  }
  return pairs;
}

Status RunDetectionTrial(const std::vector<std::string_view>& sources,
                         const NearDuplicateEdits& edits, const DedupOptions& options,
                         DetectionTrial* out) {
  *out = DetectionTrial();
  const std::vector<GeneratedCopy> copies = GenerateNearDuplicates(sources, edits);
  const size_t n = sources.size();
  // Text k < n is source k; text n + c is copy c.
  std::vector<std::string_view> texts(sources.begin(), sources.end());
  for (const GeneratedCopy& c : copies) texts.push_back(c.text);
  UnionFind related(texts.size());
  for (size_t c = 0; c < copies.size(); ++c) related.Union(copies[c].source, n + c);
  const auto natural = NaiveDuplicatePairs(sources, options);
  for (const auto& [a, b] : natural) related.Union(a, b);

  std::vector<uint32_t> order(texts.size());
  std::iota(order.begin(), order.end(), 0u);
  std::mt19937_64 rng(edits.seed + 1);
  for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
  std::vector<std::string_view> stream;
  for (uint32_t k : order) stream.push_back(texts[k]);
  std::vector<DuplicateGroup> groups;
  PRECIS_RETURN_IF_ERROR(FindDuplicates(stream, options, &groups));

  std::vector<int64_t> group_of(texts.size(), -1);
  for (size_t g = 0; g < groups.size(); ++g) {
    const uint32_t rep = order[groups[g].representative];
    for (uint32_t m : groups[g].members) {
      const uint32_t text = order[m];
      group_of[text] = static_cast<int64_t>(g);
      if (text == rep) continue;
      ++out->reported_pairs;
      if (related.Find(text) != related.Find(rep)) ++out->false_pairs;
    }
  }
  out->sources = n;
  out->copies = copies.size();
  out->natural_pairs = natural.size();
  double jaccard_sum = 0;
  for (size_t c = 0; c < copies.size(); ++c) {
    double j, containment;
    ExactSimilarity(ShingleSet(sources[copies[c].source], options),
                    ShingleSet(copies[c].text, options), &j, &containment);
    jaccard_sum += j;
    const int64_t g = group_of[n + c];
    if (g >= 0 && g == group_of[copies[c].source]) ++out->detected;
  }
  out->mean_jaccard = copies.empty() ? 0 : jaccard_sum / copies.size();
  return Status::Ok();
}

}  // namespace precis::dedup
