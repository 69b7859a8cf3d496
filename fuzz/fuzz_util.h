// Helpers shared by the libFuzzer targets in fuzz/. Each target feeds the fuzzer's bytes to one
// parser that reads outside input and checks the invariants the parser documents; a violated
// invariant aborts (libFuzzer then saves the input as a crash).
#ifndef PRECIS_FUZZ_FUZZ_UTIL_H_
#define PRECIS_FUZZ_FUZZ_UTIL_H_

#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "precis/status.h"

#define PRECIS_FUZZ_CHECK(cond)                                                     \
  do {                                                                              \
    if (!(cond)) {                                                                  \
      std::fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
      std::abort();                                                                 \
    }                                                                               \
  } while (0)

namespace precis::fuzz {

inline std::string_view Bytes(const uint8_t* data, size_t size) {
  return std::string_view(reinterpret_cast<const char*>(data), size);
}

// An error must carry a message naming what went wrong.
inline void CheckError(const Status& st) {
  if (!st.ok()) PRECIS_FUZZ_CHECK(!st.message().empty());
}

}  // namespace precis::fuzz

#endif  // PRECIS_FUZZ_FUZZ_UTIL_H_
