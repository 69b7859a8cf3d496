#include "spooled_stream.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <unordered_set>
#include <utility>

namespace precis::cli {

Status SpooledStream::Add(const Article &a, bool from_clusters) {
  ArticleSpool::Record where;
  PRECIS_RETURN_IF_ERROR(spool_.Append(a, &where));
  if (where.bytes > UINT32_MAX || offset_.size() >= UINT32_MAX) {
    return Status::DataError("article '" + a.id +
                             "' or the feed is too large to spool");
  }
  // Records follow one another in the spool: an article's size is the distance
  // to the next one's offset (or to end_ for the last).
  offset_.push_back(where.offset);
  end_ = where.offset + where.bytes;
  int64_t t = 0;
  dated_.push_back(ParseDate(a.date, &t));
  time_.push_back(t);
  from_clusters_.push_back(from_clusters);
  return Status::Ok();
}

bool SpooledStream::Prepare(const CommandContext &ctx, StoryArgs *args,
                            AliasTable *aliases) {
  if (!PrepareStoryOptions(args, aliases))
    return false;
  Status status = spool_.Open();
  if (!status.ok()) {
    PrintError(status.message());
    return false;
  }
  // Ids are unique within one flat input (the readers rename repeats), so with
  // a single input the flat articles' ids need not be kept for the repeated-id
  // check.
  const bool several = args->input.paths.size() > 1;
  std::vector<std::string> ids; // per article when the check may be needed
  const ArticleSink sink = [&](Article &&a) {
    if (several)
      ids.push_back(a.id);
    return Add(a, /*from_clusters=*/false);
  };
  std::vector<Cluster> clusters;
  if (!StreamInputs(ctx, args->input, &sink, &clusters))
    return false;
  const size_t flat = offset_.size();
  for (const Cluster &c : clusters) {
    for (const Article &a : c.articles) {
      ids.push_back(a.id);
      status = Add(a, /*from_clusters=*/true);
      if (!status.ok()) {
        PrintError(status.message());
        return false;
      }
    }
  }
  const bool check_ids = clusters.size() + (flat > 0 ? 1 : 0) > 1;
  clusters.clear();

  // PrepareStream's order: the clusters files' articles, then the flat inputs'
  // ones.
  order_.resize(offset_.size());
  for (size_t i = 0; i < order_.size(); ++i)
    order_[i] = static_cast<uint32_t>(i);
  std::stable_partition(order_.begin(), order_.end(), [&](uint32_t i) {
    return static_cast<bool>(from_clusters_[i]);
  });
  if (check_ids) {
    // `ids` holds the flat articles first (when several inputs), then the
    // clusters' ones.
    auto id_of = [&](uint32_t i) -> const std::string & {
      return from_clusters_[i] ? ids[(several ? flat : 0) + (i - flat)]
                               : ids[i];
    };
    std::unordered_set<std::string_view> seen;
    size_t repeated = 0;
    auto kept = std::remove_if(order_.begin(), order_.end(), [&](uint32_t i) {
      if (seen.insert(id_of(i)).second)
        return false;
      ++repeated;
      return true;
    });
    order_.erase(kept, order_.end());
    PrintRepeatedIds(ctx, repeated);
  }
  std::vector<std::string>().swap(ids);
  std::vector<bool>().swap(from_clusters_);
  if (!args->arrival_order) {
    // ArrivalTimes over the stream's sequence, written back by article, then a
    // stable sort of the order by time: no per-article copies beyond `times`
    // while it runs.
    std::vector<int64_t> times(order_.size());
    std::vector<bool> dated(order_.size());
    for (size_t k = 0; k < order_.size(); ++k) {
      times[k] = time_[order_[k]];
      dated[k] = dated_[order_[k]];
    }
    const ArrivalOrderReport report = ArrivalTimes(&times, dated);
    for (size_t k = 0; k < order_.size(); ++k)
      time_[order_[k]] = times[k];
    std::vector<int64_t>().swap(times);
    std::stable_sort(order_.begin(), order_.end(), [&](uint32_t x, uint32_t y) {
      return time_[x] < time_[y];
    });
    PrintArrivalOrder(ctx, report);
  }
  std::vector<int64_t>().swap(time_);
  std::vector<bool>().swap(dated_);
  status = SpoolOrder();
  if (!status.ok()) {
    PrintError(status.message());
    return false;
  }
  return true;
}

namespace {
constexpr size_t kEntryBytes = 12;  // uint64 offset, uint32 bytes (host order)
} // namespace

Status SpooledStream::SpoolOrder() {
  count_ = order_.size();
  std::string block;
  for (size_t k = 0; k < order_.size(); ++k) {
    const uint32_t i = order_[k];
    char entry[kEntryBytes];
    const uint32_t bytes = static_cast<uint32_t>(
        (i + 1 < offset_.size() ? offset_[i + 1] : end_) - offset_[i]);
    std::memcpy(entry, &offset_[i], 8);
    std::memcpy(entry + 8, &bytes, 4);
    block.append(entry, kEntryBytes);
    if (block.size() >= (1u << 20) || k + 1 == order_.size()) {
      ArticleSpool::Record where;
      PRECIS_RETURN_IF_ERROR(spool_.AppendBytes(block, &where));
      // Blocks follow one another: the table starts at the first one.
      if (k + 1 == block.size() / kEntryBytes)
        table_ = where.offset;
      block.clear();
    }
  }
  // From here on memory holds no per-article state: the clusterer's window only.
  std::vector<uint64_t>().swap(offset_);
  std::vector<uint32_t>().swap(order_);
  return Status::Ok();
}

Status SpooledStream::Read(size_t begin, size_t n, std::vector<Article> *out) {
  out->resize(n);
  PRECIS_RETURN_IF_ERROR(spool_.ReadBytes(
      {table_ + begin * kEntryBytes, n * kEntryBytes}, &scratch_));
  for (size_t k = 0; k < n; ++k) {
    ArticleSpool::Record where;
    uint32_t bytes = 0;
    std::memcpy(&where.offset, scratch_.data() + k * kEntryBytes, 8);
    std::memcpy(&bytes, scratch_.data() + k * kEntryBytes + 8, 4);
    where.bytes = bytes;
    PRECIS_RETURN_IF_ERROR(spool_.Read(where, &(*out)[k]));
  }
  return Status::Ok();
}

} // namespace precis::cli
