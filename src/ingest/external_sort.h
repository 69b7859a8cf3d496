// ExternalSorter: sorts fixed-size records in bounded memory, however many are
// added. Records are gathered in runs of `run_records`; a full run is sorted
// and written to an unnamed temporary file (an ArticleSpool used as raw bytes),
// and Merge reads the runs back through one small buffer each (together about
// `merge_bytes`), a heap picking the least head. A feed of a million records
// thus holds one run and the merge buffers, not the million. Input that fits
// in one run is sorted in memory and never written.
//
// T must be trivially copyable; `Less` must be a strict weak order, and equal
// records come out in no particular order: put a sequence number in T when
// the order of ties matters. Not thread-safe.
#ifndef PRECIS_INGEST_EXTERNAL_SORT_H_
#define PRECIS_INGEST_EXTERNAL_SORT_H_

#include <algorithm>
#include <cstring>
#include <functional>
#include <queue>
#include <string>
#include <type_traits>
#include <vector>

#include "ingest/article_spool.h"
#include "precis/status.h"

namespace precis::ingest {

template <typename T, typename Less = std::less<T>>
class ExternalSorter {
  static_assert(std::is_trivially_copyable_v<T>);

 public:
  // Defaults: runs of 65,536 records, 1 MiB of merge buffers.
  explicit ExternalSorter(size_t run_records = size_t{1} << 16,
                          size_t merge_bytes = size_t{1} << 20, Less less = Less())
      : run_records_(std::max<size_t>(run_records, 1)), merge_bytes_(merge_bytes), less_(less) {}

  // Errors: kIoError when the temporary file cannot be created or written.
  Status Add(const T& record) {
    run_.push_back(record);
    ++size_;
    return run_.size() >= run_records_ ? Spill() : Status::Ok();
  }
  size_t size() const { return size_; }
  // Records written to the temporary file so far (0 while everything fits in
  // one run). For tests.
  size_t runs() const { return runs_.size(); }

  // Calls f(const T&) -> Status for every record, least first; stops at the
  // first error. Call once, after the last Add.
  template <typename F>
  Status Merge(F&& f) {
    if (runs_.empty()) {
      std::sort(run_.begin(), run_.end(), less_);
      for (const T& r : run_) PRECIS_RETURN_IF_ERROR(f(r));
      std::vector<T>().swap(run_);
      return Status::Ok();
    }
    if (!run_.empty()) PRECIS_RETURN_IF_ERROR(Spill());
    std::vector<T>().swap(run_);
    const size_t per_run =
        std::max<size_t>(64, merge_bytes_ / sizeof(T) / std::max<size_t>(runs_.size(), 1));
    std::vector<Cursor> cursors(runs_.size());
    auto greater = [&](size_t a, size_t b) { return less_(cursors[b].Head(), cursors[a].Head()); };
    std::priority_queue<size_t, std::vector<size_t>, decltype(greater)> heap(greater);
    for (size_t i = 0; i < runs_.size(); ++i) {
      cursors[i].run = runs_[i];
      PRECIS_RETURN_IF_ERROR(Refill(&cursors[i], per_run));
      if (!cursors[i].Done()) heap.push(i);
    }
    while (!heap.empty()) {
      const size_t i = heap.top();
      heap.pop();
      Cursor& c = cursors[i];
      PRECIS_RETURN_IF_ERROR(f(c.Head()));
      if (++c.at == c.buffer.size()) PRECIS_RETURN_IF_ERROR(Refill(&c, per_run));
      if (!c.Done()) heap.push(i);
    }
    return Status::Ok();
  }

 private:
  struct Run {
    uint64_t offset = 0;  // in file_
    size_t count = 0;     // records
  };
  struct Cursor {
    Run run;
    size_t read = 0;  // records of the run read into buffers so far
    std::vector<T> buffer;
    size_t at = 0;
    bool Done() const { return at == buffer.size(); }
    const T& Head() const { return buffer[at]; }
  };

  Status Spill() {
    if (runs_.empty()) PRECIS_RETURN_IF_ERROR(file_.Open());
    std::sort(run_.begin(), run_.end(), less_);
    ArticleSpool::Record where;
    PRECIS_RETURN_IF_ERROR(file_.AppendBytes(
        std::string_view(reinterpret_cast<const char*>(run_.data()), run_.size() * sizeof(T)),
        &where));
    runs_.push_back({where.offset, run_.size()});
    run_.clear();
    return Status::Ok();
  }

  Status Refill(Cursor* c, size_t per_run) {
    const size_t n = std::min(per_run, c->run.count - c->read);
    c->buffer.resize(n);
    c->at = 0;
    if (n == 0) return Status::Ok();
    PRECIS_RETURN_IF_ERROR(
        file_.ReadBytes({c->run.offset + c->read * sizeof(T), n * sizeof(T)}, &scratch_));
    std::memcpy(c->buffer.data(), scratch_.data(), n * sizeof(T));
    c->read += n;
    return Status::Ok();
  }

  size_t run_records_;
  size_t merge_bytes_;
  Less less_;
  std::vector<T> run_;
  std::vector<Run> runs_;
  size_t size_ = 0;
  ArticleSpool file_;
  std::string scratch_;
};

}  // namespace precis::ingest

#endif  // PRECIS_INGEST_EXTERNAL_SORT_H_
