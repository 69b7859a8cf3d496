// The fast path of TokenizeWords: Unicode word boundaries (UAX #29 as ICU 72 implements them)
// for ASCII and a few punctuation characters, without ICU.
//
// For these characters the rules reduce to: letters, digits and "_" join each other
// (WB5, WB8-WB10, WB13a-b); a letter, "." or an apostrophe (' or U+2018/U+2019), letter
// sequence stays one word (WB6-7: "U.S", "don't"); a digit, "." "," ";" or apostrophe, digit
// sequence stays one number (WB11-12: "3.5", "1,000"). ICU drops ":" from MidLetter, so
// "x:y" is two words, and counts "@" as a letter ("a@b.c" is one word). Everything else
// separates words.
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

// Class and byte length of the character at s[i]; false for a character the fast path does
// not know.
bool Classify(std::string_view s, size_t i, WordClass* cls, size_t* len) {
  const char c = s[i];
  *len = 1;
  if (static_cast<unsigned char>(c) < 0x80) {
    if (IsAsciiAlpha(c)) {
      *cls = WordClass::kLetter;
    } else if (IsAsciiDigit(c)) {
      *cls = WordClass::kDigit;
    } else if (c == '_') {
      *cls = WordClass::kConnector;
    } else if (c == '@') {
      *cls = WordClass::kAt;
    } else if (c == '.' || c == '\'') {
      *cls = WordClass::kMidLetterOrNum;
    } else if (c == ',' || c == ';') {
      *cls = WordClass::kMidNum;
    } else {
      *cls = WordClass::kOther;
    }
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
      t.norm.resize(token.size());
      for (size_t k = 0; k < token.size(); ++k) t.norm[k] = AsciiLower(token[k]);
    } else {
      t.norm = NormalizeAndFold(token);  // "don’t": keep ICU's exact folding
    }
  }
  return true;
}

}  // namespace precis::text_internal
