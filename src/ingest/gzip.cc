#include "ingest/gzip.h"

#include <zlib.h>

#include <algorithm>
#include <climits>

namespace precis::ingest {

Status Gunzip(std::string_view bytes, std::string_view name, size_t max_bytes, std::string* out) {
  out->clear();
  z_stream zs{};
  // 15 + 16: gzip framing only (zlib's automatic header detection would also take raw zlib).
  if (inflateInit2(&zs, 15 + 16) != Z_OK) return Status::Internal("zlib: inflateInit2 failed");
  struct Ender {
    z_stream* zs;
    ~Ender() { inflateEnd(zs); }
  } ender{&zs};
  size_t in_pos = 0;
  size_t used = 0;
  auto fail = [&](const std::string& why) {
    out->clear();
    return Status::DataError(std::string(name) + ": not valid gzip data (" + why + ")");
  };
  for (;;) {
    if (zs.avail_in == 0 && in_pos < bytes.size()) {
      const size_t n = std::min<size_t>(bytes.size() - in_pos, UINT_MAX);
      zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data() + in_pos));
      zs.avail_in = static_cast<uInt>(n);
      in_pos += n;
    }
    if (used == out->size()) {
      const size_t grown = std::max<size_t>(out->size() * 2, size_t{1} << 20);
      out->resize(std::min(grown, max_bytes + 1));
      if (used == out->size()) {  // already holds max_bytes + 1 bytes
        out->clear();
        return Status::DataError(std::string(name) + ": over the limit of " +
                                 std::to_string(max_bytes) +
                                 " bytes once decompressed (max_input_bytes)");
      }
    }
    const size_t room = std::min<size_t>(out->size() - used, UINT_MAX);
    zs.next_out = reinterpret_cast<Bytef*>(out->data() + used);
    zs.avail_out = static_cast<uInt>(room);
    const int rc = inflate(&zs, Z_NO_FLUSH);
    used += room - zs.avail_out;
    if (used > max_bytes) {
      out->clear();
      return Status::DataError(std::string(name) + ": over the limit of " +
                               std::to_string(max_bytes) +
                               " bytes once decompressed (max_input_bytes)");
    }
    if (rc == Z_STREAM_END) {
      if (zs.avail_in == 0 && in_pos == bytes.size()) break;
      if (inflateReset(&zs) != Z_OK) return fail("reset failed");  // next member
      continue;
    }
    if (rc == Z_BUF_ERROR) {
      if (zs.avail_in == 0 && in_pos == bytes.size()) return fail("truncated");
      continue;  // needs more output room
    }
    if (rc != Z_OK) return fail(zs.msg != nullptr ? zs.msg : "corrupt data");
  }
  out->resize(used);
  return Status::Ok();
}

}  // namespace precis::ingest
