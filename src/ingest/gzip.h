// gzip decompression of whole inputs (zlib), bounded so a small file cannot expand without
// limit.
#ifndef PRECIS_INGEST_GZIP_H_
#define PRECIS_INGEST_GZIP_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "precis/status.h"

namespace precis::ingest {

// Decompresses gzip `bytes` (one or more concatenated members, as `cat a.gz b.gz` gives) into
// *out. Errors (kDataError, naming `name`): corrupt or truncated data; output over
// `max_bytes` ("... once decompressed (max_input_bytes)"), checked as it is produced.
Status Gunzip(std::string_view bytes, std::string_view name, size_t max_bytes, std::string* out);

}  // namespace precis::ingest

#endif  // PRECIS_INGEST_GZIP_H_
