// Alias tables (AliasTable::AddTsv), then used: the table canonicalizes a fixed text and the part
// of the input after the first line break without crashing.
#include <string>

#include "fuzz_util.h"
#include "precis/dedup.h"
#include "precis/text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace precis;
  const std::string_view bytes = fuzz::Bytes(data, size);
  AliasTable table;
  const Status st = table.AddTsv(bytes, "fuzz.tsv");
  fuzz::CheckError(st);
  if (!st.ok()) return 0;
  (void)table.Canonicalize("The Russian Federation's U.N. envoy met U.S. officials.");
  const size_t nl = bytes.find('\n');
  // Callers pass text that ingest has checked to be UTF-8.
  if (nl != std::string_view::npos && IsValidUtf8(bytes.substr(nl + 1))) {
    (void)table.Canonicalize(bytes.substr(nl + 1));
  }
  return 0;
}
