#include "spooled_stream.h"

#include <algorithm>
#include <cstring>
#include <functional>
#include <string>
#include <unordered_map>
#include <utility>

namespace precis::cli {
namespace {

constexpr uint64_t kFlatPlaces = uint64_t{1} << 40;  // flat articles come after the clusters'
constexpr size_t kTableEntry = 12;                   // uint64 offset, uint32 bytes (host order)
constexpr size_t kEntryBatch = 4096;

uint64_t IdHash(std::string_view id) { return std::hash<std::string_view>()(id); }

}  // namespace

uint64_t SpooledStream::PlaceOf(uint64_t index, bool from_clusters) const {
  return from_clusters ? index - flat_ : kFlatPlaces + index;
}

Status SpooledStream::Add(const Article& a, bool from_clusters) {
  ingest::ArticleSpool::Record where;
  PRECIS_RETURN_IF_ERROR(spool_.Append(a, &where));
  if (where.bytes > UINT32_MAX || read_ >= kFlatPlaces) {
    return Status::DataError("article '" + a.id + "' or the feed is too large to spool");
  }
  Entry e;
  e.offset = where.offset;
  e.bytes = static_cast<uint32_t>(where.bytes);
  e.dated = ParseDate(a.date, &e.time) ? 1 : 0;
  if (!e.dated && !a.date.empty()) unreadable_.NoteUnreadable(a.id);
  e.from_clusters = from_clusters ? 1 : 0;
  // The spool writes in blocks: one entry at a time costs no system call.
  PRECIS_RETURN_IF_ERROR(
      entries_.AppendBytes(std::string_view(reinterpret_cast<const char*>(&e), sizeof(e)), &where));
  if (check_ids_) PRECIS_RETURN_IF_ERROR(ids_.Add({IdHash(a.id), PlaceOf(read_, from_clusters)}));
  ++read_;
  return Status::Ok();
}

Status SpooledStream::ReadEntries(uint64_t first, size_t n, std::vector<Entry>* out) {
  PRECIS_RETURN_IF_ERROR(entries_.ReadBytes({first * sizeof(Entry), n * sizeof(Entry)}, &scratch_));
  out->resize(n);
  std::memcpy(out->data(), scratch_.data(), n * sizeof(Entry));
  return Status::Ok();
}

bool SpooledStream::Prepare(const CommandContext& ctx, StoryArgs* args, AliasTable* aliases) {
  if (!PrepareStoryOptions(args, aliases)) return false;
  Status status = spool_.Open();
  if (status.ok()) status = entries_.Open();
  if (!status.ok()) {
    PrintError(status.message());
    return false;
  }
  // Ids are unique within one flat input (the readers rename repeats), so with
  // a single input the flat articles' ids need no check across inputs.
  check_ids_ = args->input.paths.size() > 1;
  const ArticleSink sink = [&](Article&& a) { return Add(a, /*from_clusters=*/false); };
  std::vector<Cluster> clusters;
  args->input.counts = &args->read;
  if (!StreamInputs(ctx, args->input, &sink, &clusters, /*screen_ids=*/true)) return false;
  flat_ = read_;
  // PrepareStream's rule: ids are checked across the clusters and the flat
  // inputs taken together (the flat ones' ids were kept when several inputs).
  const bool check = clusters.size() + (flat_ > 0 ? 1 : 0) > 1;
  check_ids_ = check;
  for (const Cluster& c : clusters) {
    for (const Article& a : c.articles) {
      status = Add(a, /*from_clusters=*/true);
      if (!status.ok()) {
        PrintError(status.message());
        return false;
      }
    }
  }
  clusters.clear();
  std::vector<uint64_t> dropped;
  if (status.ok() && check) {
    status = RepeatedIds(&dropped);
    if (status.ok()) PrintRepeatedIds(ctx, dropped.size());
  }
  ArrivalOrderReport report;
  if (status.ok()) status = Order(dropped, args->arrival_order, &report);
  if (!status.ok()) {
    PrintError(status.message());
    return false;
  }
  report.unreadable = unreadable_.unreadable;
  report.unreadable_ids = std::move(unreadable_.unreadable_ids);
  if (!args->arrival_order) PrintArrivalOrder(ctx, report);
  return true;
}

Status SpooledStream::RepeatedIds(std::vector<uint64_t>* dropped) {
  // Places with one hash, in sequence order; the exact ids decide.
  std::vector<uint64_t> group;
  uint64_t group_hash = 0;
  std::unordered_map<std::string, uint64_t> first;  // id -> its earliest place, in a group
  std::vector<Entry> entry;
  Article a;
  auto settle = [&]() -> Status {
    if (group.size() > 1) {
      first.clear();
      for (const uint64_t place : group) {
        const uint64_t index = place >= kFlatPlaces ? place - kFlatPlaces : flat_ + place;
        PRECIS_RETURN_IF_ERROR(ReadEntries(index, 1, &entry));
        PRECIS_RETURN_IF_ERROR(spool_.Read({entry[0].offset, entry[0].bytes}, &a));
        if (!first.emplace(a.id, place).second) dropped->push_back(place);
      }
    }
    group.clear();
    return Status::Ok();
  };
  PRECIS_RETURN_IF_ERROR(ids_.Merge([&](const IdKey& k) -> Status {
    if (!group.empty() && k.hash != group_hash) PRECIS_RETURN_IF_ERROR(settle());
    group_hash = k.hash;
    group.push_back(k.place);
    return Status::Ok();
  }));
  PRECIS_RETURN_IF_ERROR(settle());
  std::sort(dropped->begin(), dropped->end());
  return Status::Ok();
}

Status SpooledStream::AppendTableEntry(uint64_t offset, uint64_t bytes) {
  char entry[kTableEntry];
  const uint32_t size = static_cast<uint32_t>(bytes);
  std::memcpy(entry, &offset, 8);
  std::memcpy(entry + 8, &size, 4);
  ingest::ArticleSpool::Record where;
  PRECIS_RETURN_IF_ERROR(spool_.AppendBytes(std::string_view(entry, kTableEntry), &where));
  // Entries follow one another: the table starts at the first one.
  if (count_ == 0) table_ = where.offset;
  ++count_;
  return Status::Ok();
}

Status SpooledStream::Order(const std::vector<uint64_t>& dropped, bool arrival_order,
                            ArrivalOrderReport* report) {
  // The sequence: the clusters' articles (read last), then the flat ones.
  const std::pair<uint64_t, uint64_t> ranges[] = {{flat_, read_}, {0, flat_}};
  std::vector<Entry> batch;
  // Calls f(place, entry) along the sequence, skipping dropped places.
  auto walk = [&](const std::function<Status(uint64_t, const Entry&, bool*)>& f) -> Status {
    size_t skip = 0;
    for (const auto& [begin, end] : ranges) {
      for (uint64_t i = begin; i < end; i += kEntryBatch) {
        const size_t n = static_cast<size_t>(std::min<uint64_t>(kEntryBatch, end - i));
        PRECIS_RETURN_IF_ERROR(ReadEntries(i, n, &batch));
        for (size_t k = 0; k < n; ++k) {
          const Entry& e = batch[k];
          const uint64_t place = PlaceOf(i + k, e.from_clusters != 0);
          if (skip < dropped.size() && dropped[skip] == place) {
            ++skip;
            continue;
          }
          bool stop = false;
          PRECIS_RETURN_IF_ERROR(f(place, e, &stop));
          if (stop) return Status::Ok();
        }
      }
    }
    return Status::Ok();
  };
  if (arrival_order) {
    PRECIS_RETURN_IF_ERROR(
        walk([&](uint64_t, const Entry& e, bool*) { return AppendTableEntry(e.offset, e.bytes); }));
    return Status::Ok();
  }
  // ArrivalTimes along the sequence: articles before the first dated one take
  // its time, later undated ones the previous article's.
  bool any_dated = false;
  int64_t first_time = 0;
  PRECIS_RETURN_IF_ERROR(walk([&](uint64_t, const Entry& e, bool* stop) {
    if (e.dated) {
      any_dated = true;
      first_time = e.time;
      *stop = true;
    }
    return Status::Ok();
  }));
  ingest::ExternalSorter<TimeKey> sorter(SortRunRecords());
  bool any = false;
  int64_t previous = 0, latest = 0;
  PRECIS_RETURN_IF_ERROR(walk([&](uint64_t place, const Entry& e, bool*) {
    int64_t t = e.time;
    if (e.dated) {
      if (any && t < latest) ++report->out_of_order;
      latest = any ? std::max(latest, t) : t;
      any = true;
      previous = t;
    } else {
      ++report->undated;
      t = any ? previous : (any_dated ? first_time : 0);
    }
    return sorter.Add({t, place, e.offset, e.bytes});
  }));
  if (!any_dated) report->undated = 0;
  return sorter.Merge([&](const TimeKey& k) { return AppendTableEntry(k.offset, k.bytes); });
}

Status SpooledStream::Read(size_t begin, size_t n, std::vector<Article>* out) {
  out->resize(n);
  PRECIS_RETURN_IF_ERROR(
      spool_.ReadBytes({table_ + begin * kTableEntry, n * kTableEntry}, &scratch_));
  for (size_t k = 0; k < n; ++k) {
    ingest::ArticleSpool::Record where;
    uint32_t bytes = 0;
    std::memcpy(&where.offset, scratch_.data() + k * kTableEntry, 8);
    std::memcpy(&bytes, scratch_.data() + k * kTableEntry + 8, 4);
    where.bytes = bytes;
    PRECIS_RETURN_IF_ERROR(spool_.Read(where, &(*out)[k]));
  }
  return Status::Ok();
}

}  // namespace precis::cli
