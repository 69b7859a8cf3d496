// Repairing text that should be UTF-8 but is not, for readers whose parser can produce
// invalid bytes from valid input (gumbo on out-of-range character references).
#ifndef PRECIS_INGEST_UTF8_REPAIR_H_
#define PRECIS_INGEST_UTF8_REPAIR_H_

#include <string>

namespace precis::ingest {

// Replaces each byte that does not start a valid UTF-8 sequence with U+FFFD (EF BF BD).
// Valid text is left unchanged (one pass, no copy).
void ReplaceInvalidUtf8(std::string* text);

}  // namespace precis::ingest

#endif  // PRECIS_INGEST_UTF8_REPAIR_H_
