// Web pages in any declared charset, turned into UTF-8 before parsing.
//
// The charset is taken the way browsers take it (WHATWG "encoding sniffing",
// simplified): a byte order mark, else a `<meta charset>` or `<meta
// http-equiv="Content-Type" content="...; charset=...">` in the first 4 KiB,
// else UTF-8. Conversion uses ICU's converters, so every charset ICU knows
// works (windows-1251, gb18030, shift_jis, euc-kr, iso-8859-*, koi8-r ...).
// Bytes that are invalid in the charset become U+FFFD, so the result is always
// valid UTF-8.
#ifndef PRECIS_INGEST_EXTRACT_CHARSET_H_
#define PRECIS_INGEST_EXTRACT_CHARSET_H_

#include <string>
#include <string_view>

namespace precis::ingest {

// The charset a page declares, lower-cased ("utf-8", "windows-1251"); "" when
// none.
std::string SniffCharset(std::string_view html);

// The charset of a page that declares none and is not UTF-8, guessed by ICU's charset
// detector (ucsdet: byte n-gram statistics of the legacy encodings, markup filtered out), as
// browsers guess; "" when the bytes are valid UTF-8, when they are mostly UTF-8 with a few
// stray bytes (at least four valid multi-byte sequences per invalid one: read as UTF-8 with
// U+FFFD for the strays), when the detector is not confident (below 10 of 100), and when it
// says UTF-16 or UTF-32 (a page in those has a byte order mark, which SniffCharset reads).
// Looks at the first 64 KiB. Lower-cased ICU names ("windows-1251", "shift_jis", "gb18030").
std::string GuessCharset(std::string_view html);

// `html` as UTF-8 in *out (without a byte order mark). `charset` "" means
// UTF-8. Returns false (and leaves *out as the UTF-8 repair of the input) when
// ICU does not know the charset.
bool DecodeToUtf8(std::string_view html, const std::string& charset, std::string* out);

}  // namespace precis::ingest

#endif  // PRECIS_INGEST_EXTRACT_CHARSET_H_
