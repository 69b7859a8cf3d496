// HTML pages (ParseHtmlArticle): the extracted text and fields are valid UTF-8.
#include "fuzz_util.h"
#include "precis/ingest.h"
#include "precis/text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace precis;
  Article article;
  const Status st = ParseHtmlArticle(fuzz::Bytes(data, size), "fuzz.html", &article);
  fuzz::CheckError(st);
  if (!st.ok()) return 0;
  PRECIS_FUZZ_CHECK(IsValidUtf8(article.text));
  PRECIS_FUZZ_CHECK(IsValidUtf8(article.title));
  PRECIS_FUZZ_CHECK(IsValidUtf8(article.date));
  PRECIS_FUZZ_CHECK(IsValidUtf8(article.source));
  PRECIS_FUZZ_CHECK(IsValidUtf8(article.url));
  return 0;
}
