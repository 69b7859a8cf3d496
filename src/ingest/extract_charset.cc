// Charset sniffing and ICU conversion for web pages.
#include "ingest/extract_charset.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <memory>

#include "precis/text.h"

namespace precis::ingest {
namespace {

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool IsNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' ||
         c == ':';
}

// The charset name after "charset" at `pos` in the lower-cased head, or "".
std::string CharsetAfter(const std::string& head, size_t pos) {
  pos += 7;  // "charset"
  while (pos < head.size() && (head[pos] == ' ' || head[pos] == '\t')) ++pos;
  if (pos >= head.size() || head[pos] != '=') return "";
  ++pos;
  while (pos < head.size() && (head[pos] == ' ' || head[pos] == '"' || head[pos] == '\'')) ++pos;
  size_t end = pos;
  while (end < head.size() && IsNameChar(head[end])) ++end;
  return head.substr(pos, end - pos);
}

}  // namespace

std::string SniffCharset(std::string_view html) {
  if (html.size() >= 3 && html.substr(0, 3) == "\xEF\xBB\xBF") return "utf-8";
  if (html.size() >= 2 && (html.substr(0, 2) == "\xFF\xFE")) return "utf-16le";
  if (html.size() >= 2 && (html.substr(0, 2) == "\xFE\xFF")) return "utf-16be";
  std::string head(html.substr(0, 4096));
  std::transform(head.begin(), head.end(), head.begin(), Lower);
  // Only inside <meta ...> tags: "charset" in a script or in the text does not
  // count.
  for (size_t meta = head.find("<meta"); meta != std::string::npos;
       meta = head.find("<meta", meta + 5)) {
    const size_t close = head.find('>', meta);
    const size_t at = head.find("charset", meta);
    if (at == std::string::npos) break;
    if (close != std::string::npos && at > close) continue;
    std::string name = CharsetAfter(head, at);
    if (!name.empty()) return name;
  }
  return "";
}

std::string GuessCharset(std::string_view html) {
  html = html.substr(0, size_t{1} << 16);
  // Valid multi-byte UTF-8 sequences against invalid ones: a UTF-8 page with a few stray
  // bytes stays UTF-8 (a legacy page has hardly any valid sequence: its letters are high
  // bytes next to each other, and continuation bytes rarely follow the right lead byte).
  size_t valid = 0, invalid = 0;
  const int32_t n = static_cast<int32_t>(html.size());
  for (int32_t i = 0; i < n;) {
    if (static_cast<unsigned char>(html[i]) < 0x80) {
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(html.data(), i, n, c);
    ++(c < 0 ? invalid : valid);
  }
  // The last sequence may be cut by the 64 KiB window.
  if (invalid == 0 || (invalid == 1 && html.size() == size_t{1} << 16)) return "";
  if (valid >= 4 * invalid) return "";
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, void (*)(UCharsetDetector*)> detector(ucsdet_open(&status),
                                                                          ucsdet_close);
  if (U_FAILURE(status)) return "";
  ucsdet_enableInputFilter(detector.get(), true);  // skip <tags>: their ASCII says nothing
  ucsdet_setText(detector.get(), html.data(), static_cast<int32_t>(html.size()), &status);
  const UCharsetMatch* match = ucsdet_detect(detector.get(), &status);
  if (U_FAILURE(status) || match == nullptr) return "";
  const int32_t confidence = ucsdet_getConfidence(match, &status);
  const char* name = ucsdet_getName(match, &status);
  if (U_FAILURE(status) || name == nullptr || confidence < 10) return "";
  std::string guess(name);
  std::transform(guess.begin(), guess.end(), guess.begin(), Lower);
  // A page without a byte order mark is not UTF-16 or UTF-32 (the detector says UTF-16BE, at
  // 10, for any run of bytes it cannot place).
  if (guess == "utf-8" || guess.starts_with("utf-16") || guess.starts_with("utf-32")) return "";
  return guess;
}

bool DecodeToUtf8(std::string_view html, const std::string& charset, std::string* out) {
  out->clear();
  std::string cs = charset;
  // Pages that say latin-1 or ascii are, in practice, windows-1252 (as browsers
  // assume).
  if (cs == "iso-8859-1" || cs == "latin1" || cs == "latin-1" || cs == "us-ascii" ||
      cs == "ascii") {
    cs = "windows-1252";
  }
  // A UTF-16 declaration inside an 8-bit page is a lie the HTML standard tells
  // us to ignore.
  const bool utf16_bom =
      html.size() >= 2 && (html.substr(0, 2) == "\xFF\xFE" || html.substr(0, 2) == "\xFE\xFF");
  if (cs.rfind("utf-16", 0) == 0 && !utf16_bom) cs = "utf-8";
  if (cs.empty() || cs == "utf8") cs = "utf-8";
  if (cs == "utf-8") {
    if (html.size() >= 3 && html.substr(0, 3) == "\xEF\xBB\xBF") html.remove_prefix(3);
    size_t bad = 0;
    if (IsValidUtf8(html, &bad)) {  // the common case: no conversion at all
      out->assign(html);
      return true;
    }
  }
  UErrorCode status = U_ZERO_ERROR;
  UConverter* from = ucnv_open(cs.c_str(), &status);
  bool known = U_SUCCESS(status);
  if (!known) {
    status = U_ZERO_ERROR;
    from = ucnv_open("utf-8", &status);
    if (U_FAILURE(status)) return false;
  }
  std::unique_ptr<UConverter, void (*)(UConverter*)> from_guard(from, ucnv_close);
  status = U_ZERO_ERROR;
  UConverter* to = ucnv_open("utf-8", &status);
  if (U_FAILURE(status)) return false;
  std::unique_ptr<UConverter, void (*)(UConverter*)> to_guard(to, ucnv_close);
  out->resize(html.size() * 3 + 16);
  char* target = out->data();
  const char* source = html.data();
  status = U_ZERO_ERROR;
  ucnv_convertEx(to, from, &target, out->data() + out->size(), &source, html.data() + html.size(),
                 nullptr, nullptr, nullptr, nullptr, true, true, &status);
  if (U_FAILURE(status)) {
    out->clear();
    return false;
  }
  out->resize(static_cast<size_t>(target - out->data()));
  if (out->size() >= 3 && out->compare(0, 3, "\xEF\xBB\xBF") == 0) out->erase(0, 3);
  return known;
}

}  // namespace precis::ingest
