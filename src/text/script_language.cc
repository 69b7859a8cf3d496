// DetectScriptLanguage and the helpers for scripts written without spaces
// between words.
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <array>

#include "precis/text.h"

namespace precis {

bool IsUnspacedScript(UChar32 c) {
  if (c < 0x0E00) return false;  // fast path: Latin, Greek, Cyrillic, Arabic, Indic
  UErrorCode status = U_ZERO_ERROR;
  switch (uscript_getScript(c, &status)) {
    case USCRIPT_HAN:
    case USCRIPT_HIRAGANA:
    case USCRIPT_KATAKANA:
    case USCRIPT_THAI:
    case USCRIPT_LAO:
    case USCRIPT_KHMER:
    case USCRIPT_MYANMAR:
    case USCRIPT_TIBETAN:
      return true;
    default:
      return false;
  }
}

bool HasUnspacedScript(std::string_view text) {
  const int32_t n = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < n;) {
    if (static_cast<unsigned char>(text[i]) < 0xE0) {  // 1- and 2-byte forms are below U+0800
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(text.data(), i, n, c);
    if (c >= 0 && IsUnspacedScript(c)) return true;
  }
  return false;
}

std::string DetectScriptLanguage(std::string_view text) {
  // Letters per script in the first 64 KiB; the most frequent non-Latin script
  // decides.
  enum {
    kLatin,
    kCyrillic,
    kGreek,
    kArabic,
    kHebrew,
    kDevanagari,
    kBengali,
    kTamil,
    kThai,
    kHangul,
    kKana,
    kHan,
    kGeorgian,
    kArmenian,
    kCount
  };
  std::array<size_t, kCount> count{};
  size_t ukrainian = 0;  // letters of the Ukrainian alphabet only
  const int32_t n = static_cast<int32_t>(std::min<size_t>(text.size(), size_t{1} << 16));
  for (int32_t i = 0; i < n;) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {  // ASCII: most of most texts
      count[kLatin] += ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') ? 1 : 0;
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(text.data(), i, n, c);
    if (c < 0 || !u_isalpha(c)) continue;
    UErrorCode status = U_ZERO_ERROR;
    switch (uscript_getScript(c, &status)) {
      case USCRIPT_LATIN:
        ++count[kLatin];
        break;
      case USCRIPT_CYRILLIC:
        ++count[kCyrillic];
        // і ї є ґ are Ukrainian letters Russian does not use.
        ukrainian += c == 0x0456 || c == 0x0457 || c == 0x0454 || c == 0x0491 || c == 0x0406 ||
                     c == 0x0407 || c == 0x0404 || c == 0x0490;
        break;
      case USCRIPT_GREEK:
        ++count[kGreek];
        break;
      case USCRIPT_ARABIC:
        ++count[kArabic];
        break;
      case USCRIPT_HEBREW:
        ++count[kHebrew];
        break;
      case USCRIPT_DEVANAGARI:
        ++count[kDevanagari];
        break;
      case USCRIPT_BENGALI:
        ++count[kBengali];
        break;
      case USCRIPT_TAMIL:
        ++count[kTamil];
        break;
      case USCRIPT_THAI:
        ++count[kThai];
        break;
      case USCRIPT_HANGUL:
        ++count[kHangul];
        break;
      case USCRIPT_HIRAGANA:
      case USCRIPT_KATAKANA:
        ++count[kKana];
        break;
      case USCRIPT_HAN:
        ++count[kHan];
        break;
      case USCRIPT_GEORGIAN:
        ++count[kGeorgian];
        break;
      case USCRIPT_ARMENIAN:
        ++count[kArmenian];
        break;
      default:
        break;
    }
  }
  // Japanese mixes kana with Han; any real share of kana means Japanese, not
  // Chinese.
  if (count[kKana] > 0 && count[kKana] * 10 >= count[kHan]) {
    count[kKana] += count[kHan];
    count[kHan] = 0;
  }
  static constexpr const char* kCodes[kCount] = {"",   "ru", "el", "ar", "he", "hi", "bn",
                                                 "ta", "th", "ko", "ja", "zh", "ka", "hy"};
  size_t best = kLatin;
  for (size_t s = 1; s < kCount; ++s) {
    if (count[s] > count[best]) best = s;
  }
  // Cyrillic is Russian unless Ukrainian's own letters make up a real share (1 in 50 or more
  // Cyrillic letters: і alone is about 1 in 15 in Ukrainian text, 0 in Russian).
  if (best == kCyrillic && ukrainian * 50 >= count[kCyrillic]) return "uk";
  return kCodes[best];
}

std::string ArticleLanguage(const Article& article, std::string_view fallback) {
  if (!article.language.empty() && IsKnownLanguage(article.language)) return article.language;
  std::string detected = DetectScriptLanguage(article.text);
  return detected.empty() ? std::string(fallback) : detected;
}

}  // namespace precis
