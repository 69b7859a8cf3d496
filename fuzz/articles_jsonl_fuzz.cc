// Articles as JSON Lines (ParseArticlesJsonl), strict and with skip_bad_records: every article kept
// has valid UTF-8 text that is not blank and an id unique in the input.
#include <set>
#include <string>
#include <vector>

#include "fuzz_util.h"
#include "precis/ingest.h"
#include "precis/text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace precis;
  const std::string_view bytes = fuzz::Bytes(data, size);
  for (bool skip : {false, true}) {
    IngestOptions options;
    options.skip_bad_records = skip;
    options.max_article_bytes = 4096;
    std::vector<Article> articles;
    IngestReport report;
    const Status st = ParseArticlesJsonl(bytes, "fuzz.jsonl", options, &articles, &report);
    fuzz::CheckError(st);
    if (!st.ok()) continue;
    std::set<std::string> ids;
    for (const Article& a : articles) {
      PRECIS_FUZZ_CHECK(IsValidUtf8(a.text));
      PRECIS_FUZZ_CHECK(a.text.size() <= options.max_article_bytes);
      PRECIS_FUZZ_CHECK(a.text.find_first_not_of(" \t\r\n\f\v") != std::string::npos);
      PRECIS_FUZZ_CHECK(ids.insert(a.id).second);
    }
  }
  return 0;
}
