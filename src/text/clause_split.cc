#include "text/clause_split.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "text/spaces.h"

namespace precis::text_internal {
namespace {

bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The best cut in (begin, limit]: an offset where the next piece starts.
uint32_t FindCut(std::string_view text, uint32_t begin, uint32_t limit) {
  const uint32_t half = begin + (limit - begin) / 2;
  // Clause punctuation, latest first; the cut goes right after it.
  for (uint32_t i = limit; i > half; --i) {
    const char c = text[i - 1];
    if ((c == ';' || c == ':') && i < text.size() && SpaceLengthAt(text, i) > 0) return i;
    if (i >= 3 && text.compare(i - 3, 3, "\xE2\x80\x94") == 0) return i;  // em dash
    if (c == '-' && i >= 2 && text[i - 2] == '-') return i;               // " -- "
  }
  for (uint32_t i = limit; i > begin; --i) {
    // Cut after the whole space character (the trimmed piece still fits the limit).
    if (const size_t n = SpaceLengthAt(text, i - 1); n > 0) return i - 1 + static_cast<uint32_t>(n);
  }
  // No white space at all: cut at a character boundary, keeping combining marks with their
  // base when there is one before them.
  uint32_t cut = limit;
  while (cut > begin && IsContinuation(text[cut])) --cut;
  uint32_t mark_free = cut;
  while (mark_free > begin) {
    int32_t j = static_cast<int32_t>(mark_free);
    UChar32 c;
    U8_NEXT(text.data(), j, static_cast<int32_t>(text.size()), c);
    if (c < 0 || (U_GET_GC_MASK(c) & U_GC_M_MASK) == 0) break;
    --mark_free;
    while (mark_free > begin && IsContinuation(text[mark_free])) --mark_free;
  }
  if (mark_free > begin) cut = mark_free;
  if (cut == begin) {  // one character longer than the limit: take it whole
    cut = begin + 1;
    while (cut < text.size() && IsContinuation(text[cut])) ++cut;
  }
  return cut;
}

}  // namespace

Span TrimSpan(std::string_view text, Span span) {
  uint32_t b = span.begin;
  uint32_t e = span.end;
  while (b < e) {
    const size_t n = SpaceLengthAt(text.substr(0, e), b);
    if (n == 0) break;
    b += static_cast<uint32_t>(n);
  }
  while (e > b) {
    const size_t n = SpaceLengthBefore(text.substr(b, e - b), e - b);
    if (n == 0) break;
    e -= static_cast<uint32_t>(n);
  }
  return Span{b, e};
}

void AppendWithLimit(std::string_view text, Span sentence, uint32_t max_bytes,
                     std::vector<Span>* out) {
  Span rest = TrimSpan(text, sentence);
  while (!rest.empty()) {
    if (max_bytes == 0 || rest.size() <= max_bytes) {
      out->push_back(rest);
      return;
    }
    const uint32_t cut = FindCut(text, rest.begin, rest.begin + max_bytes);
    const Span piece = TrimSpan(text, Span{rest.begin, cut});
    if (!piece.empty()) out->push_back(piece);
    rest = TrimSpan(text, Span{cut, rest.end});
  }
}

}  // namespace precis::text_internal
