// The fast path of TokenizeWords: Unicode word boundaries (UAX #29 as ICU 72 implements them)
// for ASCII and a few punctuation characters, without ICU.
//
// For these characters the rules reduce to: letters, digits and "_" join each other
// (WB5, WB8-WB10, WB13a-b); a letter, "." or an apostrophe (' or U+2018/U+2019), letter
// sequence stays one word (WB6-7: "U.S", "don't"); a digit, "." "," ";" or apostrophe, digit
// sequence stays one number (WB11-12: "3.5", "1,000"). ICU drops ":" from MidLetter, so
// "x:y" is two words, and counts "@" as a letter ("a@b.c" is one word). Everything else
// separates words.
#include <array>

#include "precis/text.h"
#include "text/ascii.h"
#include "text/word_tokenize.h"

namespace precis::text_internal {
namespace {

// kAt: ICU 72 counts "@" as a letter for joining ("a@b" is one word) but "@" alone is no
// word for TokenizeWords, which wants a letter or digit.
enum class WordClass : uint8_t {
  kLetter,
  kAt,
  kDigit,
  kConnector,
  kMidLetterOrNum,
  kMidNum,
  kOther
};

constexpr std::array<WordClass, 128> kAsciiClasses = [] {
  std::array<WordClass, 128> t{};
  for (int c = 0; c < 128; ++c) {
    const char ch = static_cast<char>(c);
    t[c] = IsAsciiAlpha(ch)          ? WordClass::kLetter
           : IsAsciiDigit(ch)        ? WordClass::kDigit
           : ch == '_'               ? WordClass::kConnector
           : ch == '@'               ? WordClass::kAt
           : ch == '.' || ch == '\'' ? WordClass::kMidLetterOrNum
           : ch == ',' || ch == ';'  ? WordClass::kMidNum
                                     : WordClass::kOther;
  }
  return t;
}();

// Class and byte length of the character at s[i]; false for a character the fast path does
// not know.
bool Classify(std::string_view s, size_t i, WordClass* cls, size_t* len) {
  const auto c = static_cast<unsigned char>(s[i]);
  *len = 1;
  if (c < 0x80) {
    *cls = kAsciiClasses[c];
    return true;
  }
  const std::string_view rest = s.substr(i, 3);
  if (rest.size() >= 2 && rest[0] == '\xC2' && rest[1] == '\xA0') {  // NO-BREAK SPACE
    *len = 2;
    *cls = WordClass::kOther;
    return true;
  }
  if (rest.size() < 3 || rest[0] != '\xE2' || rest[1] != '\x80') return false;
  *len = 3;
  switch (static_cast<unsigned char>(rest[2])) {
    case 0x98:  // ‘
    case 0x99:  // ’
      *cls = WordClass::kMidLetterOrNum;
      return true;
    case 0x93:  // –
    case 0x94:  // —
    case 0x9C:  // “
    case 0x9D:  // ”
    case 0xA6:  // …
      *cls = WordClass::kOther;
      return true;
    default:
      return false;
  }
}

bool IsWordChar(WordClass c) {
  return c == WordClass::kLetter || c == WordClass::kAt || c == WordClass::kDigit ||
         c == WordClass::kConnector;
}

bool IsLetter(WordClass c) { return c == WordClass::kLetter || c == WordClass::kAt; }
bool IsAlnum(WordClass c) { return c == WordClass::kLetter || c == WordClass::kDigit; }

bool AllKnown(std::string_view s) {
  if (IsAscii(s)) return true;
  WordClass cls;
  size_t len;
  for (size_t i = 0; i < s.size(); i += len) {
    if (!Classify(s, i, &cls, &len)) return false;
  }
  return true;
}

}  // namespace

bool TokenizeWordsFast(std::string_view text, Span range, std::vector<WordToken>* out) {
  const std::string_view s = range.of(text);
  if (!AllKnown(s)) return false;
  WordClass cls;
  size_t len;
  size_t i = 0;
  while (i < s.size()) {
    Classify(s, i, &cls, &len);
    if (!IsWordChar(cls)) {
      i += len;
      continue;
    }
    const size_t begin = i;
    bool alnum = IsAlnum(cls);
    bool ascii = true;
    WordClass last = cls;
    i += len;
    while (i < s.size()) {
      Classify(s, i, &cls, &len);
      if (IsWordChar(cls)) {
        alnum = alnum || IsAlnum(cls);
        last = cls;
        i += len;
        continue;
      }
      if (cls != WordClass::kMidLetterOrNum && cls != WordClass::kMidNum) break;
      if (i + len >= s.size()) break;
      WordClass next;
      size_t next_len;
      Classify(s, i + len, &next, &next_len);
      const bool letters = IsLetter(last) && IsLetter(next) && cls == WordClass::kMidLetterOrNum;
      const bool digits = last == WordClass::kDigit && next == WordClass::kDigit;
      if (!letters && !digits) break;
      ascii = ascii && len == 1;
      alnum = alnum || IsAlnum(next);
      last = next;
      i += len + next_len;
    }
    if (!alnum) continue;  // "___", "@": no letter or digit
    WordToken& t = out->emplace_back();
    t.span =
        Span{range.begin + static_cast<uint32_t>(begin), range.begin + static_cast<uint32_t>(i)};
    const std::string_view token = s.substr(begin, i - begin);
    if (ascii) {
      t.norm.assign(token);
      for (char& ch : t.norm) ch = AsciiLower(ch);
    } else {
      t.norm = NormalizeAndFold(token);  // "don’t": keep ICU's exact folding
    }
  }
  return true;
}

}  // namespace precis::text_internal
