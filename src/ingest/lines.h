// Line iteration for JSON Lines input, in memory or streamed from a file in chunks.
//
// Both produce the same lines: numbered from 1, without their "\n" or "\r\n" end, without a
// UTF-8 byte order mark at the start of a line (so concatenated files work), and including a
// last line that has no newline. Blank lines are delivered too (the caller decides), so line
// numbers always match what an editor shows. Both refuse input whose first 4 KiB look binary.
#ifndef PRECIS_INGEST_LINES_H_
#define PRECIS_INGEST_LINES_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "precis/status.h"

namespace precis::ingest {

// Called once per line; a non-ok Status stops the iteration and is returned.
using LineFn = std::function<Status(std::string_view line, size_t line_no)>;

// Lines of `bytes`. `name` is used in messages.
Status ForEachLine(std::string_view bytes, std::string_view name, const LineFn& fn);

// Lines of the file at `path`, read `chunk_bytes` at a time so only the current chunk and the
// current line are held in memory. Adds the bytes read to *bytes_read. Missing file:
// kNotFound; unreadable: kIoError. A line longer than `max_line_bytes` is a kDataError
// "path:line: line longer than the limit ... (max_input_bytes)", raised once that many bytes
// are held. `chunk_bytes` is exposed for tests.
Status ForEachFileLine(const std::string& path, const LineFn& fn, size_t* bytes_read,
                       size_t chunk_bytes = size_t{4} << 20, size_t max_line_bytes = SIZE_MAX);

// Removes a UTF-8 byte order mark at the start of `s`, if any.
std::string_view StripBom(std::string_view s);

// True when `s` has only ASCII white space (space, \t, \n, \v, \f, \r), or is empty.
bool IsBlank(std::string_view s);

}  // namespace precis::ingest

#endif  // PRECIS_INGEST_LINES_H_
