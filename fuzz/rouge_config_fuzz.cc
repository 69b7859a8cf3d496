// ROUGE-1.5.5 XML configurations (ParseRougeConfig): success means at least one evaluation, each
// with an id and models whose paths name a file; errors name the file.
#include <string>
#include <vector>

#include "eval/rouge_config.h"
#include "fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace precis;
  std::vector<rouge::RougeConfigEval> evals;
  const Status st = rouge::ParseRougeConfig(fuzz::Bytes(data, size), "fuzz.xml", &evals);
  fuzz::CheckError(st);
  if (!st.ok()) {
    PRECIS_FUZZ_CHECK(st.message().rfind("fuzz.xml", 0) == 0);
    return 0;
  }
  PRECIS_FUZZ_CHECK(!evals.empty());
  for (const auto& e : evals) {
    for (const auto& m : e.models) PRECIS_FUZZ_CHECK(!m.path.empty() && m.path.back() != '/');
  }
  return 0;
}
