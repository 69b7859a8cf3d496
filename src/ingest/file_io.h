// File-system access for ingest: whole-file reads, standard input, directory listings and
// path helpers. Everything that touches the OS lives here so the parsers stay pure functions
// of their input bytes. (ReadFile itself is public, in precis/ingest.h.)
#ifndef PRECIS_INGEST_FILE_IO_H_
#define PRECIS_INGEST_FILE_IO_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "precis/status.h"

namespace precis::ingest {

// Reads everything from an open file descriptor (a pipe or standard input) into *out,
// refusing more than `max_bytes` (the message names `limit_name`). `name` is used in
// messages. `size_hint` is the expected size when known (saves reallocations). Input whose
// first 4 KiB look binary (LooksBinary) and are not gzip is refused as soon as they are read.
Status ReadDescriptor(int fd, std::string_view name, size_t max_bytes, std::string* out,
                      size_t size_hint = 0, std::string_view limit_name = "max_article_bytes");

// True when `bytes` start with the gzip magic number.
bool IsGzip(std::string_view bytes);

enum class PathKind { kMissing, kFile, kDirectory, kOther };
// What `path` is (following symlinks). *error receives a message when the path cannot be
// examined for a reason other than not existing.
PathKind StatPath(const std::string& path, std::string* error);

// The regular files directly inside `dir` (symlinks followed), sorted by name (bytewise),
// hidden files (".name") skipped. Full paths ("dir/name").
Status ListDirectory(const std::string& dir, std::vector<std::string>* files);

// "dir/a.b.txt" -> "a.b"; "dir/" -> "dir"; "-" / "<stdin>" -> "stdin".
std::string FileStem(std::string_view path);
// Lower-cased extension without the dot: "A.JSONL" -> "jsonl"; "" when there is none.
std::string FileExtension(std::string_view path);

}  // namespace precis::ingest

#endif  // PRECIS_INGEST_FILE_IO_H_
