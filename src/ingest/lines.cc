#include "ingest/lines.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>

#include "precis/text.h"

namespace precis::ingest {
namespace {

// Trims the line end and a BOM, then hands the line on.
Status Deliver(std::string_view line, size_t line_no, const LineFn& fn) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return fn(StripBom(line), line_no);
}

Status TooLong(const std::string& path, size_t line_no, size_t max_bytes) {
  return Status::DataError(path + ":" + std::to_string(line_no) +
                           ": line longer than the limit of " + std::to_string(max_bytes) +
                           " bytes (max_input_bytes)");
}

Status Binary(std::string_view name) {
  return Status::DataError(std::string(name) + ": looks like binary data");
}

}  // namespace

std::string_view StripBom(std::string_view s) {
  if (s.size() >= 3 && s[0] == '\xEF' && s[1] == '\xBB' && s[2] == '\xBF') s.remove_prefix(3);
  return s;
}

bool IsBlank(std::string_view s) {
  for (const char c : s) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r') return false;
  }
  return true;
}

Status ForEachLine(std::string_view bytes, std::string_view name, const LineFn& fn) {
  if (LooksBinary(bytes)) return Binary(name);
  size_t line_no = 0;
  size_t pos = 0;
  while (pos < bytes.size()) {
    const void* nl = std::memchr(bytes.data() + pos, '\n', bytes.size() - pos);
    const size_t end =
        nl ? static_cast<size_t>(static_cast<const char*>(nl) - bytes.data()) : bytes.size();
    PRECIS_RETURN_IF_ERROR(Deliver(bytes.substr(pos, end - pos), ++line_no, fn));
    pos = end + 1;
  }
  return Status::Ok();
}

Status ForEachFileLine(const std::string& path, const LineFn& fn, size_t* bytes_read,
                       size_t chunk_bytes, size_t max_line_bytes) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    const int err = errno;
    std::string msg = path + ": " + std::strerror(err);
    return err == ENOENT ? Status::NotFound(std::move(msg)) : Status::IoError(std::move(msg));
  }
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};
  chunk_bytes = std::max<size_t>(chunk_bytes, 1);

  // buf[begin, end) holds bytes read but not yet delivered; it always starts at a line start.
  // Uninitialized storage: a fresh std::string would zero-fill megabytes for every file.
  std::unique_ptr<char[]> buf;
  size_t capacity = 0;
  size_t begin = 0, end = 0, scanned = 0;  // scanned: bytes after begin known to hold no '\n'
  size_t line_no = 0;
  bool sniffed = false;  // LooksBinary looks at the first 4 KiB, as for input in memory
  bool eof = false;
  while (!eof) {
    // Make room for one more chunk, moving the pending partial line to the front.
    if (begin > 0) {
      std::memmove(buf.get(), buf.get() + begin, end - begin);
      end -= begin;
      begin = 0;
    }
    if (capacity < end + chunk_bytes) {
      // Doubling keeps a line spanning many chunks amortized O(1) per byte.
      const size_t grown = std::max(end + chunk_bytes, capacity * 2);
      std::unique_ptr<char[]> bigger(new char[grown]);
      if (end > 0) std::memcpy(bigger.get(), buf.get(), end);
      buf = std::move(bigger);
      capacity = grown;
    }
    ssize_t n;
    do {
      n = ::read(fd, buf.get() + end, chunk_bytes);
    } while (n < 0 && errno == EINTR);
    if (n < 0) return Status::IoError(path + ": " + std::strerror(errno));
    eof = n == 0;
    if (bytes_read) *bytes_read += static_cast<size_t>(n);
    end += static_cast<size_t>(n);
    if (!sniffed) {
      if (!eof && end < 4096) continue;
      sniffed = true;
      if (LooksBinary(std::string_view(buf.get(), end))) return Binary(path);
    }
    for (;;) {
      const char* base = buf.get();
      const void* nl = std::memchr(base + begin + scanned, '\n', end - begin - scanned);
      if (nl == nullptr) {
        scanned = end - begin;
        // A line that never ends (a huge file without newlines) stops here, not when memory
        // runs out.
        if (scanned > max_line_bytes) return TooLong(path, line_no + 1, max_line_bytes);
        break;
      }
      const size_t stop = static_cast<size_t>(static_cast<const char*>(nl) - base);
      if (stop - begin > max_line_bytes) return TooLong(path, line_no + 1, max_line_bytes);
      PRECIS_RETURN_IF_ERROR(Deliver(std::string_view(base + begin, stop - begin), ++line_no, fn));
      begin = stop + 1;
      scanned = 0;
    }
  }
  if (end > begin) {
    PRECIS_RETURN_IF_ERROR(
        Deliver(std::string_view(buf.get() + begin, end - begin), ++line_no, fn));
  }
  return Status::Ok();
}

}  // namespace precis::ingest
