#include "ingest/article_spool.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace precis::ingest {
namespace {

// Every field of Article is spooled: a field added to Article must be added to
// kFields and to the two loops below, or articles would come back without it.
static_assert(sizeof(Article) == 8 * sizeof(std::string) + sizeof(int64_t),
              "Article changed: spool the new field in article_spool.cc");
constexpr std::string Article::*kFields[] = {
    &Article::id,  &Article::title, &Article::date,   &Article::source,
    &Article::url, &Article::text,  &Article::author, &Article::language};

constexpr size_t kBlock = size_t{1} << 20;

void PutU64(uint64_t v, std::string *out) {
  char b[8];
  for (int i = 0; i < 8; ++i)
    b[i] = static_cast<char>(v >> (8 * i));
  out->append(b, 8);
}

bool GetU64(std::string_view *in, uint64_t *v) {
  if (in->size() < 8)
    return false;
  *v = 0;
  for (int i = 0; i < 8; ++i)
    *v |= uint64_t{static_cast<unsigned char>((*in)[i])} << (8 * i);
  in->remove_prefix(8);
  return true;
}

} // namespace

ArticleSpool::~ArticleSpool() {
  if (fd_ >= 0)
    close(fd_);
}

Status ArticleSpool::Open() {
  const char *env = std::getenv("TMPDIR");
  const std::string dir = env != nullptr && *env != '\0' ? env : "/tmp";
  fd_ = open(dir.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
  if (fd_ <
      0) { // file systems without O_TMPFILE: a named file, unlinked at once
    std::string name = dir + "/precis-spool-XXXXXX";
    fd_ = mkostemp(name.data(), O_CLOEXEC);
    if (fd_ >= 0)
      unlink(name.c_str());
  }
  if (fd_ < 0) {
    return Status::IoError("cannot create a temporary file in " + dir + ": " +
                           std::strerror(errno) +
                           " (set TMPDIR to a writable folder)");
  }
  return Status::Ok();
}

Status ArticleSpool::Append(const Article &a, Record *where) {
  record_.clear();
  for (const auto field : kFields) {
    PutU64((a.*field).size(), &record_);
    record_ += a.*field;
  }
  PutU64(static_cast<uint64_t>(a.file_offset), &record_);
  where->offset = size_;
  where->bytes = record_.size();
  size_ += record_.size();
  pending_ += record_;
  return pending_.size() >= kBlock ? Flush() : Status::Ok();
}

Status ArticleSpool::Flush() {
  size_t done = 0;
  while (done < pending_.size()) {
    const ssize_t n =
        write(fd_, pending_.data() + done, pending_.size() - done);
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0) {
      return Status::IoError(
          std::string("cannot write the temporary spool file: ") +
          std::strerror(n < 0 ? errno : ENOSPC) +
          " (set TMPDIR to a folder with room for a copy of the input)");
    }
    done += static_cast<size_t>(n);
  }
  pending_.clear();
  return Status::Ok();
}

Status ArticleSpool::AppendBytes(std::string_view bytes, Record *where) {
  where->offset = size_;
  where->bytes = bytes.size();
  size_ += bytes.size();
  pending_ += bytes;
  return pending_.size() >= kBlock ? Flush() : Status::Ok();
}

Status ArticleSpool::Read(const Record &where, Article *a) {
  PRECIS_RETURN_IF_ERROR(ReadBytes(where, &record_));
  std::string_view in(record_);
  uint64_t len = 0;
  for (const auto field : kFields) {
    if (!GetU64(&in, &len) || len > in.size())
      return Status::Internal("bad spool record");
    (a->*field).assign(in.data(), len);
    in.remove_prefix(len);
  }
  uint64_t offset = 0;
  if (!GetU64(&in, &offset) || !in.empty())
    return Status::Internal("bad spool record");
  a->file_offset = static_cast<int64_t>(offset);
  return Status::Ok();
}

Status ArticleSpool::ReadBytes(const Record &where, std::string *out) {
  if (!pending_.empty())
    PRECIS_RETURN_IF_ERROR(Flush());
  out->resize(where.bytes);
  size_t done = 0;
  while (done < where.bytes) {
    const ssize_t n = pread(fd_, out->data() + done, where.bytes - done,
                            static_cast<off_t>(where.offset + done));
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0) {
      return Status::IoError(
          std::string("cannot read the temporary spool file: ") +
          (n < 0 ? std::strerror(errno) : "cut short"));
    }
    done += static_cast<size_t>(n);
  }
  return Status::Ok();
}

} // namespace precis::ingest
