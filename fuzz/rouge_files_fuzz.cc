// ROUGE peer and model files in SPL, SEE and ISI (ReadRougeSentences) and -z file lists
// (ParseRougeFileList). The first byte picks the format; the rest is the file.
#include <string>
#include <vector>

#include "eval/rouge_config.h"
#include "fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace precis;
  if (size == 0) return 0;
  const rouge::RougeInputFormat formats[] = {
      rouge::RougeInputFormat::kSpl, rouge::RougeInputFormat::kSee, rouge::RougeInputFormat::kIsi};
  const rouge::RougeInputFormat format = formats[data[0] % 3];
  const std::string_view bytes = fuzz::Bytes(data + 1, size - 1);
  std::vector<std::string> sentences;
  const Status st = rouge::ReadRougeSentences(bytes, format, &sentences);
  fuzz::CheckError(st);
  size_t total = 0;
  for (const std::string& s : sentences) total += s.size();
  PRECIS_FUZZ_CHECK(total <= bytes.size());
  std::vector<rouge::RougeConfigEval> evals;
  fuzz::CheckError(rouge::ParseRougeFileList(bytes, "fuzz.lst", format, "1", &evals));
  return 0;
}
