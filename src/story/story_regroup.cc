// StoryClusterer: regrouping the open articles by shared nearest neighbours at
// Flush.
//
// Single-pass clustering compares an article with story centroids. A family of
// related events (four Israeli-Palestinian stories of one month, four of one US
// political season) shares the names that dominate those centroids, so the
// families merge. Shared-nearest-neighbour similarity (Jarvis and Patrick 1973,
// "Clustering using a similarity measure based on shared near neighbors";
// Ertoz, Steinbach and Kumar 2003, "Finding clusters of different sizes,
// shapes, and densities in noisy, high dimensional data") asks instead whether
// two articles have the same closest articles: reports of one event are each
// other's neighbours, while reports of two related events each have their own
// event's reports closest. The open articles (final IDF, after refinement) are
// regrouped by average-linkage agglomeration over that similarity, and the
// groups are mapped back onto the open stories' ids.
#include <algorithm>
#include <cstdint>
#include <map>
#include <queue>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "story/clusterer_impl.h"

namespace precis {
namespace {

constexpr size_t kRegroupMaxArticles = 5000;

// An open article that has a vector: where it is and its arrival number.
struct Node {
  uint32_t slot;
  uint32_t member;
  uint64_t seq;
};

// The `k` most similar other nodes of every node (cosine > 0; ties: earlier
// arrival), each list sorted by node index. Each pair is scored once (a dense
// scatter of node i, a sparse pass over every later node j) and offered to both
// lists, each kept as its best k so far.
std::vector<std::vector<uint32_t>> NearestNeighbours(
    const std::vector<const story::SparseVector*>& vecs, size_t k, size_t vocabulary,
    std::vector<float>* dense) {
  const size_t n = vecs.size();
  if (dense->size() < vocabulary) dense->resize(vocabulary, 0.0f);
  using Scored = std::pair<float, uint32_t>;  // (cosine, node)
  auto better = [](const Scored& a, const Scored& b) {
    return a.first > b.first || (a.first == b.first && a.second < b.second);
  };
  std::vector<std::vector<Scored>> best(n);  // per node: at most k, best first
  auto offer = [&](uint32_t to, Scored s) {
    std::vector<Scored>& list = best[to];
    if (list.size() == k && !better(s, list.back())) return;
    if (list.size() == k) list.pop_back();
    list.insert(std::upper_bound(list.begin(), list.end(), s, better), s);
  };
  for (size_t i = 0; i < n; ++i) {
    for (const story::TermWeight& t : *vecs[i]) (*dense)[t.term] = t.weight;
    for (size_t j = i + 1; j < n; ++j) {
      float dot = 0;
      for (const story::TermWeight& t : *vecs[j]) dot += (*dense)[t.term] * t.weight;
      if (dot <= 0) continue;
      offer(static_cast<uint32_t>(i), {dot, static_cast<uint32_t>(j)});
      offer(static_cast<uint32_t>(j), {dot, static_cast<uint32_t>(i)});
    }
    for (const story::TermWeight& t : *vecs[i]) (*dense)[t.term] = 0.0f;
  }
  std::vector<std::vector<uint32_t>> out(n);
  for (size_t i = 0; i < n; ++i) {
    for (const Scored& s : best[i]) out[i].push_back(s.second);
    std::sort(out[i].begin(), out[i].end());
  }
  return out;
}

// Average-linkage agglomeration over a sparse similarity graph (`edges[i]`: (j,
// sim) with j != i, symmetric). The pair of groups with the highest mean
// similarity over their node pairs (absent pairs count 0) is merged while that
// mean is at least `threshold`; ties go to the pair with the lower (first node,
// second node). Returns each node's group, numbered by the group's first node.
std::vector<uint32_t> AverageLinkage(const std::vector<std::map<uint32_t, double>>& edges,
                                     double threshold) {
  const uint32_t n = static_cast<uint32_t>(edges.size());
  // Groups are named by their first (lowest) node; a merged group keeps the
  // lower name.
  std::vector<uint32_t> parent(n), size(n, 1), version(n, 0);
  std::vector<std::map<uint32_t, double>> sums = edges;  // group -> summed similarity
  for (uint32_t i = 0; i < n; ++i) parent[i] = i;
  struct Pair {
    double score;
    uint32_t a, b, va, vb;
    bool operator<(const Pair& o) const {  // max-heap: higher score, then lower (a, b)
      if (score != o.score) return score < o.score;
      return std::tie(a, b) > std::tie(o.a, o.b);
    }
  };
  std::priority_queue<Pair> heap;
  auto score = [&](uint32_t a, uint32_t b, double sum) {
    return sum / (static_cast<double>(size[a]) * size[b]);
  };
  for (uint32_t a = 0; a < n; ++a) {
    for (const auto& [b, sum] : sums[a]) {
      if (a < b && score(a, b, sum) >= threshold) heap.push({score(a, b, sum), a, b, 0, 0});
    }
  }
  std::vector<bool> alive(n, true);
  while (!heap.empty()) {
    const Pair top = heap.top();
    heap.pop();
    if (!alive[top.a] || !alive[top.b] || top.va != version[top.a] || top.vb != version[top.b]) {
      continue;
    }
    const uint32_t keep = top.a, gone = top.b;  // a < b
    alive[gone] = false;
    parent[gone] = keep;
    size[keep] += size[gone];
    ++version[keep];
    // keep's sums absorb gone's; every neighbour's entry for gone moves to
    // keep.
    for (const auto& [c, sum] : sums[gone]) {
      if (c == keep) continue;
      sums[keep][c] += sum;
      auto& other = sums[c];
      other.erase(gone);
      other[keep] += sum;
    }
    sums[keep].erase(gone);
    sums[gone].clear();
    for (const auto& [c, sum] : sums[keep]) {
      const double s = score(keep, c, sum);
      if (s < threshold) continue;
      const uint32_t a = std::min(keep, c), b = std::max(keep, c);
      heap.push({s, a, b, version[a], version[b]});
    }
  }
  std::vector<uint32_t> group(n);
  for (uint32_t i = 0; i < n; ++i) {
    uint32_t g = i;
    while (parent[g] != g) g = parent[g];
    group[i] = g;
  }
  return group;
}

}  // namespace

size_t StoryClusterer::Impl::Regroup() {
  if (neighbours <= 0) return 0;
  const size_t k = static_cast<size_t>(neighbours);
  std::vector<Node> nodes;
  std::vector<const story::SparseVector*> vecs;
  for (uint32_t s = 0; s < slots.size(); ++s) {
    if (!slots[s]) continue;
    const auto& members = slots[s]->members;
    for (uint32_t m = 0; m < members.size(); ++m) {
      if (members[m].duplicate || members[m].vec.empty()) continue;
      nodes.push_back({s, m, members[m].seq});
    }
  }
  // A neighbourhood needs a population; and the neighbour search compares every pair, so a
  // window of more than kRegroupMaxArticles open articles is left as it is.
  if (nodes.size() < 4 * (k + 1) || nodes.size() > kRegroupMaxArticles) return 0;
  std::sort(nodes.begin(), nodes.end(), [](const Node& a, const Node& b) { return a.seq < b.seq; });
  const size_t n = nodes.size();
  // The vectors compared: the members' own (the final IDF after refinement), or weighed again
  // with the regrouping's name boost.
  const bool reweigh = options.shared_neighbour_name_boost != EffectiveNameBoost(options);
  std::vector<story::SparseVector> own(reweigh ? n : 0);
  for (size_t i = 0; i < n; ++i) {
    const StoryMember& m = slots[nodes[i].slot]->members[nodes[i].member];
    if (!reweigh) {
      vecs.push_back(&m.vec);
      continue;
    }
    terms.Weigh(m.counts, options.shared_neighbour_name_boost, &own[i]);
    vecs.push_back(&own[i]);
  }
  const auto near = NearestNeighbours(vecs, k, terms.vocabulary(), &dense);

  // Shared-neighbour counts: lists include the node itself; holders[m] = nodes
  // listing m.
  std::vector<std::vector<uint32_t>> holders(n);
  for (uint32_t i = 0; i < n; ++i) {
    holders[i].push_back(i);
    for (uint32_t j : near[i]) holders[j].push_back(i);
  }
  std::vector<std::map<uint32_t, double>> edges(n);
  std::vector<uint32_t> shared(n, 0), touched;
  const double scale = 1.0 / static_cast<double>(k + 1);
  for (uint32_t i = 0; i < n; ++i) {
    touched.clear();
    auto count = [&](uint32_t m) {
      for (uint32_t j : holders[m]) {
        if (j <= i) continue;
        if (shared[j]++ == 0) touched.push_back(j);
      }
    };
    count(i);
    for (uint32_t m : near[i]) count(m);
    for (uint32_t j : touched) {
      const double sim = shared[j] * scale;
      edges[i][j] = sim;
      edges[j][i] = sim;
      shared[j] = 0;
    }
  }
  const std::vector<uint32_t> group = AverageLinkage(edges, options.shared_neighbour_threshold);

  // Map the groups onto story ids: the largest group first (ties: the earlier
  // first node) takes the id of the story holding most of its articles (ties:
  // the older story), unless a larger group took it already; otherwise it opens
  // a new story.
  std::map<uint32_t, std::vector<uint32_t>> groups;  // first node -> nodes
  for (uint32_t i = 0; i < n; ++i) groups[group[i]].push_back(i);
  std::vector<const std::vector<uint32_t>*> order;
  for (const auto& [first, members] : groups) order.push_back(&members);
  std::stable_sort(order.begin(), order.end(),
                   [](const auto* a, const auto* b) { return a->size() > b->size(); });
  std::vector<uint32_t> target(n);  // node -> destination slot
  std::vector<bool> claimed(slots.size(), false);
  std::vector<std::vector<uint32_t>> fresh;  // groups that need a new story
  for (const std::vector<uint32_t>* g : order) {
    std::map<std::pair<int64_t, uint64_t>, uint32_t> votes;  // (-count, id) -> slot
    std::unordered_map<uint32_t, int64_t> count;
    for (uint32_t i : *g) ++count[nodes[i].slot];
    for (const auto& [slot, c] : count) votes.emplace(std::make_pair(-c, slots[slot]->id), slot);
    const uint32_t slot = votes.begin()->second;
    if (!claimed[slot]) {
      claimed[slot] = true;
      for (uint32_t i : *g) target[i] = slot;
    } else {
      fresh.push_back(*g);
    }
  }
  for (const std::vector<uint32_t>& g : fresh) {
    const uint32_t slot = OpenNew();  // may grow slots
    for (uint32_t i : g) target[i] = slot;
  }
  claimed.resize(slots.size(), true);

  // Move the articles (each with its duplicates), story by story.
  std::unordered_map<uint64_t, uint32_t> destination;  // seq -> slot, for moved articles
  size_t moved = 0;
  for (uint32_t i = 0; i < n; ++i) {
    if (target[i] != nodes[i].slot) {
      destination[nodes[i].seq] = target[i];
      ++moved;
    }
  }
  if (moved == 0) return 0;
  std::map<uint32_t, std::map<uint64_t, int64_t>> took;  // emptied slot -> (id -> articles)
  std::vector<uint32_t> sources;
  for (uint32_t s = 0; s < slots.size(); ++s) {
    if (slots[s] && !slots[s]->members.empty()) sources.push_back(s);
  }
  for (uint32_t from : sources) {
    auto& members = slots[from]->members;
    std::vector<StoryMember> stay;
    for (StoryMember& m : members) {
      auto it = destination.find(m.duplicate ? m.duplicate_of_seq : m.seq);
      if (it == destination.end() || it->second == from) {  // not moved, or moved here
        stay.push_back(std::move(m));
        continue;
      }
      --took[from][static_cast<int64_t>(slots[it->second]->id)];
      slots[it->second]->members.push_back(std::move(m));
    }
    members.swap(stay);
  }
  for (uint32_t i = 0; i < slots.size(); ++i) {
    if (!slots[i]) continue;
    OpenStory& s = *slots[i];
    if (s.members.empty()) {  // every article left: redirect to the story that
                              // took most
      uint64_t to = 0;
      int64_t best = 0;
      for (const auto& [id, negative] : took[i]) {
        if (to == 0 || negative < best) {
          to = static_cast<uint64_t>(id);
          best = negative;
        }
      }
      RetireEmptied(i, to);
      continue;
    }
    changed.insert(s.id);
    std::sort(s.members.begin(), s.members.end(),
              [](const StoryMember& x, const StoryMember& y) { return x.seq < y.seq; });
    s.last_time = 0;
    for (const StoryMember& m : s.members) {
      open_ids[m.id] = i;
      open_seqs[m.seq] = i;
      s.last_time = std::max(s.last_time, m.time);
    }
    RecomputeCentroid(i);
  }
  return moved;
}

}  // namespace precis
