// Clusters as JSON Lines (ParseClustersJsonl): every cluster kept has an article, cluster ids are
// unique, document ids unique within their cluster.
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
    std::vector<Cluster> clusters;
    IngestReport report;
    const Status st = ParseClustersJsonl(bytes, "fuzz.jsonl", options, &clusters, &report);
    fuzz::CheckError(st);
    if (!st.ok()) continue;
    std::set<std::string> cluster_ids;
    for (const Cluster& c : clusters) {
      PRECIS_FUZZ_CHECK(!c.articles.empty());
      PRECIS_FUZZ_CHECK(cluster_ids.insert(c.id).second);
      std::set<std::string> ids;
      for (const Article& a : c.articles) {
        PRECIS_FUZZ_CHECK(IsValidUtf8(a.text));
        PRECIS_FUZZ_CHECK(ids.insert(a.id).second);
      }
    }
  }
  return 0;
}
