// ScoreClustering: B-cubed (Bagga and Baldwin 1998; Amigó et al. 2009) and the
// adjusted Rand index (Hubert and Arabie 1985), both from the contingency table
// of gold and predicted labels.
#include <map>
#include <unordered_map>

#include "precis/story.h"

namespace precis {
namespace {

double Pairs(double n) { return n * (n - 1) / 2; }

}  // namespace

Status ScoreClustering(const Labelling& gold, const Labelling& predicted, ClusteringScores* out) {
  *out = ClusteringScores();
  if (gold.empty()) return Status::InvalidArgument("the gold labelling is empty");
  // Labels become dense ids; items map to their gold and predicted ids.
  std::unordered_map<std::string, uint32_t> gold_ids, pred_ids;
  std::unordered_map<std::string, uint32_t> item_gold, item_pred;
  for (const auto& [item, label] : gold) {
    const uint32_t id = gold_ids.emplace(label, gold_ids.size()).first->second;
    if (!item_gold.emplace(item, id).second) {
      return Status::DataError("item '" + item + "' is listed twice in the gold labelling");
    }
  }
  for (const auto& [item, label] : predicted) {
    const uint32_t id = pred_ids.emplace(label, pred_ids.size()).first->second;
    if (!item_pred.emplace(item, id).second) {
      return Status::DataError("item '" + item + "' is listed twice in the predicted labelling");
    }
    if (item_gold.count(item) == 0) ++out->extra_in_predicted;
  }
  // Contingency counts n(gold, predicted); a gold item missing from the
  // prediction gets a predicted cluster of its own.
  std::map<std::pair<uint32_t, uint32_t>, double> cells;
  std::unordered_map<uint32_t, double> gold_size, pred_size;
  uint32_t next_singleton = static_cast<uint32_t>(pred_ids.size());
  for (const auto& [item, g] : gold) {
    const uint32_t gid = item_gold[item];
    uint32_t pid;
    if (auto it = item_pred.find(item); it != item_pred.end()) {
      pid = it->second;
    } else {
      pid = next_singleton++;
      ++out->missing_in_predicted;
    }
    cells[{gid, pid}] += 1;
    gold_size[gid] += 1;
    pred_size[pid] += 1;
  }
  const double n = static_cast<double>(gold.size());
  double precision = 0, recall = 0, index = 0, gold_pairs = 0, pred_pairs = 0;
  for (const auto& [key, count] : cells) {
    precision += count * count / pred_size[key.second];
    recall += count * count / gold_size[key.first];
    index += Pairs(count);
  }
  for (const auto& [id, size] : gold_size) gold_pairs += Pairs(size);
  for (const auto& [id, size] : pred_size) pred_pairs += Pairs(size);
  out->items = gold.size();
  out->gold_clusters = gold_size.size();
  out->predicted_clusters = pred_size.size();
  out->bcubed_precision = precision / n;
  out->bcubed_recall = recall / n;
  const double pr = out->bcubed_precision + out->bcubed_recall;
  out->bcubed_f1 = pr > 0 ? 2 * out->bcubed_precision * out->bcubed_recall / pr : 0;
  const double expected = n > 1 ? gold_pairs * pred_pairs / Pairs(n) : 0;
  const double max_index = (gold_pairs + pred_pairs) / 2;
  // Both partitions trivial (all singletons, or one cluster each): they agree
  // perfectly.
  out->adjusted_rand = max_index == expected ? 1.0 : (index - expected) / (max_index - expected);
  return Status::Ok();
}

}  // namespace precis
