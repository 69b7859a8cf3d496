// NormalizeAndFold: NFKC + full case folding, with an ASCII fast path.
#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>

#include "precis/text.h"
#include "text/ascii.h"

namespace precis {

std::string NormalizeAndFold(std::string_view text) {
  std::string out;
  if (text_internal::IsAscii(text)) {
    // NFKC leaves ASCII alone and case folding maps only A-Z there.
    out.resize(text.size());
    for (size_t i = 0; i < text.size(); ++i) out[i] = text_internal::AsciiLower(text[i]);
    return out;
  }
  // ICU's NFKC_Casefold is NFKC with full case folding (U+00DF -> "ss") that also drops
  // default-ignorable code points such as U+00AD SOFT HYPHEN and U+200B ZERO WIDTH SPACE, and
  // is closed under itself, so folding a folded string changes nothing.
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_FAILURE(status)) return std::string(text);  // ICU data missing: leave text as is
  out.reserve(text.size() + text.size() / 8);
  icu::StringByteSink<std::string> sink(&out);
  nfkc_cf->normalizeUTF8(0, icu::StringPiece(text.data(), static_cast<int32_t>(text.size())), sink,
                         nullptr, status);
  if (U_FAILURE(status)) return std::string(text);
  return out;
}

}  // namespace precis
