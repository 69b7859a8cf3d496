// Plain-text articles (ParseTextArticle), then the text stages every reader feeds: sentence spans
// lie inside the text, in order, and words lie inside their sentence.
#include <vector>

#include "fuzz_util.h"
#include "precis/ingest.h"
#include "precis/text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace precis;
  Article article;
  const Status st = ParseTextArticle(fuzz::Bytes(data, size), "dir/fuzz.txt", &article);
  fuzz::CheckError(st);
  if (!st.ok()) return 0;
  PRECIS_FUZZ_CHECK(article.id == "fuzz");
  PRECIS_FUZZ_CHECK(IsValidUtf8(article.text));
  const std::vector<Span> spans = SplitSentences(article.text);
  uint32_t last_end = 0;
  std::vector<WordToken> words;
  for (const Span& s : spans) {
    PRECIS_FUZZ_CHECK(s.begin >= last_end && s.begin < s.end && s.end <= article.text.size());
    last_end = s.end;
    words.clear();
    TokenizeWords(article.text, s, &words);
    for (const WordToken& w : words) {
      PRECIS_FUZZ_CHECK(w.span.begin >= s.begin && w.span.end <= s.end);
    }
  }
  return 0;
}
