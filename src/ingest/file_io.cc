// POSIX file access: open/read for precise errno messages and to read pipes as well as files.
#include "ingest/file_io.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "precis/ingest.h"
#include "precis/text.h"

namespace precis {
namespace ingest {
namespace {

std::string Errno(std::string_view name, int err) {
  return std::string(name) + ": " + std::strerror(err);
}

Status TooBig(std::string_view name, size_t size, size_t max_bytes, std::string_view limit) {
  return Status::DataError(std::string(name) + ": " + std::to_string(size) +
                           " bytes is over the limit of " + std::to_string(max_bytes) +
                           " bytes (" + std::string(limit) + ")");
}

// Closes a descriptor on every return path.
class FdCloser {
 public:
  explicit FdCloser(int fd) : fd_(fd) {}
  ~FdCloser() { ::close(fd_); }
  FdCloser(const FdCloser&) = delete;
  FdCloser& operator=(const FdCloser&) = delete;

 private:
  int fd_;
};

}  // namespace

bool IsGzip(std::string_view bytes) {
  return bytes.size() >= 2 && bytes[0] == '\x1f' && bytes[1] == '\x8b';
}

Status ReadDescriptor(int fd, std::string_view name, size_t max_bytes, std::string* out,
                      size_t size_hint, std::string_view limit_name) {
  constexpr size_t kChunk = size_t{1} << 20;
  constexpr size_t kSniffBytes = 4096;
  // One byte more than the expected size, so a regular file is read to its end without
  // growing the buffer.
  out->resize(std::max(size_hint + 1, kChunk));
  size_t used = 0;
  for (;;) {
    if (used == out->size()) out->resize(std::max(out->size() * 2, used + kChunk));
    const ssize_t n = ::read(fd, out->data() + used, out->size() - used);
    if (n < 0) {
      if (errno == EINTR) continue;
      const int err = errno;
      out->clear();
      return Status::IoError(Errno(name, err));
    }
    const size_t before = used;
    used += static_cast<size_t>(n);
    // Stop early on binary input (/dev/zero, an image) instead of reading all of it; gzip is
    // left to the caller, which decompresses it.
    if (before < kSniffBytes && (used >= kSniffBytes || n == 0) &&
        !IsGzip(std::string_view(out->data(), used)) &&
        LooksBinary(std::string_view(out->data(), used))) {
      const std::string_view head(out->data(), used);
      const bool utf16 = head.starts_with("\xFF\xFE") || head.starts_with("\xFE\xFF");
      out->clear();
      if (utf16) {  // a text file saved as UTF-16 (Windows "Unicode")
        return Status::DataError(std::string(name) +
                                 ": is UTF-16 text (a byte order mark); precis reads UTF-8: "
                                 "convert it first (iconv -f UTF-16 -t UTF-8)");
      }
      return Status::DataError(std::string(name) + ": looks like binary data");
    }
    if (n == 0) break;
    if (used > max_bytes) {
      out->clear();
      return TooBig(name, used, max_bytes, limit_name);
    }
  }
  out->resize(used);
  return Status::Ok();
}

PathKind StatPath(const std::string& path, std::string* error) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) {
    if (errno == ENOENT || errno == ENOTDIR) return PathKind::kMissing;
    if (error) *error = Errno(path, errno);
    return PathKind::kOther;
  }
  if (S_ISDIR(st.st_mode)) return PathKind::kDirectory;
  if (S_ISREG(st.st_mode)) return PathKind::kFile;
  return PathKind::kOther;  // pipes, devices: readable as a stream
}

Status ListDirectory(const std::string& dir, std::vector<std::string>* files) {
  files->clear();
  DIR* d = ::opendir(dir.c_str());
  if (d == nullptr) {
    if (errno == ENOENT) return Status::NotFound(Errno(dir, errno));
    return Status::IoError(Errno(dir, errno));
  }
  std::string prefix = dir;
  if (!prefix.empty() && prefix.back() != '/') prefix += '/';
  int err = 0;
  for (;;) {
    errno = 0;  // readdir returns null both at the end and on error
    const dirent* e = ::readdir(d);
    if (e == nullptr) {
      err = errno;
      break;
    }
    if (e->d_name[0] == '.') continue;  // ".", ".." and hidden files
    std::string full = prefix + e->d_name;
    struct stat st;
    // A broken symlink is kept: reading it later gives a clear error naming it.
    if (::stat(full.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) continue;
    files->push_back(std::move(full));
  }
  ::closedir(d);
  if (err != 0) return Status::IoError(Errno(dir, err));
  std::sort(files->begin(), files->end());
  return Status::Ok();
}

std::string FileStem(std::string_view path) {
  if (path == "-" || path == "<stdin>") return "stdin";
  while (path.size() > 1 && path.back() == '/') path.remove_suffix(1);
  const size_t slash = path.rfind('/');
  if (slash != std::string_view::npos) path.remove_prefix(slash + 1);
  const size_t dot = path.rfind('.');
  if (dot != std::string_view::npos && dot > 0) path = path.substr(0, dot);
  return std::string(path);
}

std::string FileExtension(std::string_view path) {
  const size_t slash = path.rfind('/');
  if (slash != std::string_view::npos) path.remove_prefix(slash + 1);
  const size_t dot = path.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return "";
  std::string ext(path.substr(dot + 1));
  for (char& c : ext) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return ext;
}

}  // namespace ingest

Status ReadFile(const std::string& path, size_t max_bytes, std::string* out,
                std::string_view limit_name) {
  out->clear();
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    const int err = errno;
    // The words ReadPath uses (docs/ingest.md), so every command says it the same way.
    if (err == ENOENT) return Status::NotFound(path + ": no such file or directory");
    return Status::IoError(ingest::Errno(path, err));
  }
  ingest::FdCloser closer(fd);
  struct stat st;
  if (::fstat(fd, &st) != 0) return Status::IoError(ingest::Errno(path, errno));
  if (S_ISDIR(st.st_mode)) return Status::IoError(path + ": is a directory");
  if (S_ISREG(st.st_mode)) {
    const auto size = static_cast<size_t>(st.st_size);
    if (size > max_bytes) return ingest::TooBig(path, size, max_bytes, limit_name);
    // Read to end of file rather than trusting st_size: the file may be growing.
    return ingest::ReadDescriptor(fd, path, max_bytes, out, size, limit_name);
  }
  return ingest::ReadDescriptor(fd, path, max_bytes, out, 0, limit_name);
}

}  // namespace precis
