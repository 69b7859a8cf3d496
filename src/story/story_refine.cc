// StoryClusterer: refinement of the open stories before they are closed.
// Single-pass clustering places each article with the IDF and centroids of its
// arrival time; by the end, both have changed. A few rounds of batch k-means
// reassignment (each article to the closest centroid, its own story judged
// without it) repair the early decisions.
#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <vector>

#include "story/clusterer_impl.h"

namespace precis {

void StoryClusterer::Impl::RecomputeCentroid(uint32_t slot) {
  OpenStory& s = *slots[slot];
  s.centroid.clear();
  for (StoryMember& m : s.members) {
    if (m.duplicate) continue;
    terms.Weigh(m.counts, &m.vec);
    AddTo(m.vec, &s.centroid, &sum_scratch);
  }
  if (s.centroid.size() > 2 * size_t{options.centroid_terms}) {
    KeepStrongest(&s.centroid, options.centroid_terms);
  }
  s.norm = story::Norm(s.centroid);
  Reindex(slot);
}

// The best open story for `m` (a member of `from`) by the refinement's rule: the cosine with
// each candidate centroid (current IDF, no time decay) against its own story's centroid without
// it, and at least join_threshold. -1 when it stays.
int64_t StoryClusterer::Impl::BestStoryFor(const StoryMember& m, uint32_t from) {
  const OpenStory& own = *slots[from];
  // Cosine with the own centroid without this article (m.vec has unit length).
  const double dot = story::Dot(m.vec, own.centroid);
  const double rest2 = own.norm * own.norm - 2 * dot + 1;
  const double own_sim = rest2 > 1e-9 ? (dot - 1) / std::sqrt(rest2) : 0.0;
  double best_sim = std::max(own_sim, options.join_threshold);
  int64_t best = -1;
  TopTerms(m.vec, options.query_terms, &top_scratch, &top_weights);
  ++query;
  stamp[from] = query;
  for (uint32_t term : top_scratch) {
    if (term >= postings.size()) continue;
    for (uint32_t other : postings[term]) {
      if (stamp[other] == query) continue;
      stamp[other] = query;
      const OpenStory& o = *slots[other];
      if (o.norm <= 0) continue;
      const double sim = story::Dot(m.vec, o.centroid) / o.norm;
      if (sim > best_sim || (sim == best_sim && best >= 0 && o.id < slots[best]->id)) {
        best = other;
        best_sim = sim;
      }
    }
  }
  return best;
}

void StoryClusterer::Impl::ApplyMoves(const std::vector<ArticleMove>& moves) {
  // Each moved article takes its duplicates along.
  std::unordered_map<uint64_t, uint32_t> target;  // seq -> destination slot
  std::vector<uint32_t> touched;
  for (const ArticleMove& mv : moves) {
    target[mv.seq] = mv.to;
    touched.push_back(mv.from);
    touched.push_back(mv.to);
  }
  std::sort(touched.begin(), touched.end());
  touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
  std::unordered_map<uint32_t, uint64_t> first_to;  // slot -> story its first mover joined
  for (uint32_t from : touched) {
    auto& members = slots[from]->members;
    std::vector<StoryMember> stay;
    for (StoryMember& m : members) {
      auto it = target.find(m.duplicate ? m.duplicate_of_seq : m.seq);
      if (it == target.end() || it->second == from) {
        stay.push_back(std::move(m));
        continue;
      }
      first_to.emplace(from, slots[it->second]->id);
      slots[it->second]->members.push_back(std::move(m));
    }
    members.swap(stay);
  }
  for (uint32_t i : touched) {
    OpenStory& s = *slots[i];
    if (s.members.empty()) {  // every article left: the story is gone
      RetireEmptied(i, first_to.at(i));
      continue;
    }
    changed.insert(s.id);
    std::sort(s.members.begin(), s.members.end(),
              [](const StoryMember& x, const StoryMember& y) { return x.seq < y.seq; });
    for (const StoryMember& m : s.members) {
      open_ids[m.id] = i;
      open_seqs[m.seq] = i;
      s.last_time = std::max(s.last_time, m.time);
    }
  }
}

size_t StoryClusterer::Impl::Refine() {
  size_t moved_total = 0;
  // Outside the loop and cleared each round: one allocation, and no -Wuse-after-free false
  // positive from GCC 12 about a vector destroyed at the end of each round.
  std::vector<ArticleMove> moves;
  for (uint32_t iter = 0; iter < options.refine_iterations; ++iter) {
    for (uint32_t i = 0; i < slots.size(); ++i) {
      if (slots[i]) RecomputeCentroid(i);
    }
    // Decide every move against the same centroids (batch k-means:
    // order-independent).
    moves.clear();
    for (uint32_t from = 0; from < slots.size(); ++from) {
      if (!slots[from]) continue;
      for (const StoryMember& m : slots[from]->members) {
        if (m.duplicate || m.vec.empty()) continue;
        const int64_t best = BestStoryFor(m, from);
        if (best >= 0) moves.push_back({m.seq, from, static_cast<uint32_t>(best)});
      }
    }
    if (moves.empty()) break;
    moved_total += moves.size();
    ApplyMoves(moves);
  }
  for (uint32_t i = 0; i < slots.size(); ++i) {
    if (slots[i]) RecomputeCentroid(i);
  }
  return moved_total;
}

uint32_t StoryClusterer::Impl::Settle(uint32_t slot) {
  if (options.refine_iterations == 0 || slots[slot]->norm <= 0) return slot;
  // The candidates: the one-article stories (with any duplicates of that article) that share
  // an index term with the closing story.
  const uint32_t q = ++query;
  stamp[slot] = q;
  std::vector<uint32_t> singles;
  for (uint32_t term : slots[slot]->indexed) {
    for (uint32_t other : postings[term]) {
      if (stamp[other] == q) continue;
      stamp[other] = q;
      const auto& members = slots[other]->members;
      const auto originals = std::count_if(members.begin(), members.end(),
                                           [](const StoryMember& m) { return !m.duplicate; });
      if (originals == 1) singles.push_back(other);
    }
  }
  if (singles.empty()) return slot;
  std::sort(singles.begin(), singles.end());
  // Their article against the closing story's centroid, scattered by term; taken in when the
  // cosine, without time decay, reaches the join threshold and no other open story is closer.
  const OpenStory& closing = *slots[slot];
  for (const story::TermWeight& t : closing.centroid) {
    if (t.term >= settle_dense.size()) settle_dense.resize(t.term + 1, 0.0f);
    settle_dense[t.term] = t.weight;
  }
  std::vector<uint32_t> take;
  for (uint32_t n : singles) {
    const StoryMember& m = *std::find_if(slots[n]->members.begin(), slots[n]->members.end(),
                                         [](const StoryMember& x) { return !x.duplicate; });
    if (m.vec.empty()) continue;
    double dot = 0;
    for (const story::TermWeight& t : m.vec) {
      if (t.term < settle_dense.size()) dot += settle_dense[t.term] * t.weight;
    }
    if (dot / closing.norm <= options.join_threshold) continue;
    if (BestStoryFor(m, n) == static_cast<int64_t>(slot)) take.push_back(n);
  }
  for (const story::TermWeight& t : closing.centroid) settle_dense[t.term] = 0.0f;
  for (uint32_t n : take) slot = Merge(slot, n);
  return slot;
}

}  // namespace precis
