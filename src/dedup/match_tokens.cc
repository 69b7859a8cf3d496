#include "dedup/match_tokens.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>

namespace precis::dedup {
namespace {

bool IsAsciiAlpha(uint8_t c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

// ASCII byte classes for the fast path: 1 = digit, 2 = lower-case letter, 3 = upper-case
// letter, 0 = anything else.
constexpr std::array<uint8_t, 128> kAsciiClass = [] {
  std::array<uint8_t, 128> t{};
  for (int c = '0'; c <= '9'; ++c) t[c] = 1;
  for (int c = 'a'; c <= 'z'; ++c) t[c] = 2;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = 3;
  return t;
}();
bool IsAsciiDigit(uint8_t c) { return c >= '0' && c <= '9'; }
bool IsAsciiAlnum(uint8_t c) { return IsAsciiAlpha(c) || IsAsciiDigit(c); }

// Titles and month abbreviations whose period does not end a sentence ("Gen.
// Smith said"). Lower case, sorted for binary search.
constexpr std::array<std::string_view, 35> kNoBreakAbbreviations = {
    "adm", "apr", "aug", "capt", "cmdr", "col", "dec", "dr",  "feb",  "fr",  "ft",  "gen",
    "gov", "hon", "jan", "jr",   "jul",  "jun", "lt",  "maj", "mar",  "mr",  "mrs", "ms",
    "mt",  "nov", "oct", "pres", "prof", "rep", "rev", "sen", "sept", "sgt", "st"};

bool IsNoBreakAbbreviation(std::string_view norm) {
  if (norm.size() > 4) return false;  // the longest is four letters
  return std::binary_search(kNoBreakAbbreviations.begin(), kNoBreakAbbreviations.end(), norm);
}

// Decodes the code point at `i` (ASCII inline); *len receives its byte length.
// Invalid sequences decode to a negative value of length 1.
UChar32 Decode(std::string_view text, size_t i, int32_t* len) {
  const auto b = static_cast<uint8_t>(text[i]);
  if (b < 0x80) {
    *len = 1;
    return b;
  }
  int32_t pos = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(text.data(), pos, static_cast<int32_t>(text.size()), c);
  *len = pos - static_cast<int32_t>(i);
  return c;
}

bool IsWordChar(UChar32 c) {
  if (c < 0x80) return c >= 0 && IsAsciiAlnum(static_cast<uint8_t>(c));
  if (u_isalnum(c)) return true;
  const int32_t mask = U_GET_GC_MASK(c);
  return (mask & (U_GC_MN_MASK | U_GC_MC_MASK)) != 0;  // combining marks inside a word
}

bool IsLetter(UChar32 c) {
  if (c < 0x80) return c >= 0 && IsAsciiAlpha(static_cast<uint8_t>(c));
  return u_isalpha(c);
}

bool IsApostrophe(UChar32 c) { return c == '\'' || c == 0x2019; }

// A character of a run that ICU's dictionary word break segments: a script written without
// spaces, or the kana length mark (U+30FC, U+FF70; script Common) that such words hold.
bool IsUnspacedRunChar(UChar32 c) {
  return c >= 0x0E00 && (IsUnspacedScript(c) || c == 0x30FC || c == 0xFF70);
}

// Sentence-final punctuation: ASCII, the ellipsis, and the ideographic and full-width forms.
bool IsSentenceEndChar(UChar32 c) {
  return c == '.' || c == '!' || c == '?' || c == 0x2026 || c == 0x3002 || c == 0xFF01 ||
         c == 0xFF1F || c == 0xFF61;
}

}  // namespace

uint64_t HashBytes(std::string_view s) {
  uint64_t h = kHashSeed;
  for (const char c : s) h = HashStep(h, static_cast<uint8_t>(c));
  return Mix64(h);
}

void TokenizeForMatching(std::string_view text, MatchTokens* out) {
  out->clear();
  out->norms.reserve(text.size());
  const size_t n = text.size();
  bool pending_break = true;  // the first word starts a sentence
  int newlines = 0;
  size_t i = 0;
  while (i < n) {
    const auto b = static_cast<uint8_t>(text[i]);
    if (b < 0x80 && kAsciiClass[b] == 0 && b != '\n' && b != '.' && b != '!' && b != '?') {
      // Space or punctuation that ends nothing: the common case between words.
      if (b != ' ' && b != '\t' && b != '\r') newlines = 0;
      ++i;
      continue;
    }
    int32_t len = 1;
    const bool ascii_word = b < 0x80 && kAsciiClass[b] != 0;
    const UChar32 c = b < 0x80 ? b : Decode(text, i, &len);
    if (!ascii_word && !IsWordChar(c)) {
      // Between words: look for sentence ends.
      if (c == '\n') {
        if (++newlines >= 2) pending_break = true;
      } else if (IsSentenceEndChar(c)) {
        bool is_break = true;
        if (c == '.' && !out->tokens.empty()) {
          const MatchToken& prev = out->tokens.back();
          // A title right before the period ("Gen. Smith"), or a single capital
          // (an initial).
          if (prev.span.end == i && (IsNoBreakAbbreviation(out->norm(prev)) ||
                                     (prev.span.size() == 1 && (prev.flags & kCapitalized)))) {
            is_break = false;
          }
        }
        if (is_break) pending_break = true;
      } else if (c != ' ' && c != '\t' && c != '\r') {
        newlines = 0;
      }
      i += len;
      continue;
    }
    // A word starts here.
    if (pending_break && !out->tokens.empty()) out->tokens.back().flags |= kSentenceEnd;
    if (IsUnspacedRunChar(c)) {
      // Han, kana, Thai, ...: no spaces mark the words, so the run goes to ICU's dictionary
      // word break (TokenizeWords), one token per word it finds ("四川省雅安市发生地震" is
      // several words, not one). Only such runs pay for a BreakIterator.
      size_t end = i + static_cast<size_t>(len);
      while (end < n) {
        int32_t l = 1;
        const UChar32 d = Decode(text, end, &l);
        if (!IsUnspacedRunChar(d)) break;
        end += static_cast<size_t>(l);
      }
      thread_local std::vector<WordToken> words;
      words.clear();
      TokenizeWords(text, Span{static_cast<uint32_t>(i), static_cast<uint32_t>(end)}, &words);
      for (const WordToken& w : words) {
        MatchToken token;
        token.span = w.span;
        token.norm_begin = static_cast<uint32_t>(out->norms.size());
        token.norm_size = static_cast<uint32_t>(w.norm.size());
        out->norms += w.norm;
        if (pending_break) token.flags |= kSentenceStart;
        pending_break = false;
        for (int32_t k = 0; k < static_cast<int32_t>(w.norm.size());) {
          UChar32 d;
          U8_NEXT(w.norm.data(), k, static_cast<int32_t>(w.norm.size()), d);
          if (d >= 0 && IsLetter(d)) {
            token.flags |= kHasLetter;
            break;
          }
        }
        token.hash = HashBytes(w.norm);
        out->tokens.push_back(token);
      }
      newlines = 0;
      i = end;
      continue;
    }
    MatchToken token;
    token.span.begin = static_cast<uint32_t>(i);
    token.norm_begin = static_cast<uint32_t>(out->norms.size());
    if (pending_break) token.flags |= kSentenceStart;
    if ((c < 0x80 && c >= 'A' && c <= 'Z') || (c >= 0x80 && (u_isupper(c) || u_istitle(c)))) {
      token.flags |= kCapitalized;
    }
    pending_break = false;
    newlines = 0;
    bool ascii = true;
    bool dotted = false;  // an abbreviation of single letters ("U.S")
    int seg_letters = 0;  // characters since the token start or the last internal period
    UChar32 last = -1;
    uint64_t hash = kHashSeed;  // HashBytes of the bytes the fast path appended
    uint32_t fast_bytes = 0;
    size_t j = i;
    while (j < n) {
      const auto a = static_cast<uint8_t>(text[j]);
      if (a < 0x80 && kAsciiClass[a] != 0) {
        // Fast path: a run of ASCII letters and digits, lowered and hashed in one pass
        // through a small stack buffer (no per-byte string growth).
        char buf[64];
        size_t used = 0;
        uint8_t classes = 0;
        size_t end = j;
        while (end < n) {
          const auto c = static_cast<uint8_t>(text[end]);
          const uint8_t cls = c < 0x80 ? kAsciiClass[c] : 0;
          if (cls == 0) break;
          classes |= cls;
          const auto lower = static_cast<uint8_t>(c | (cls & 2 ? 0x20 : 0));
          buf[used++] = static_cast<char>(lower);
          hash = HashStep(hash, lower);
          ++end;
          if (used == sizeof buf) {
            out->norms.append(buf, used);
            used = 0;
          }
        }
        out->norms.append(buf, used);
        if (classes & 2) token.flags |= kHasLetter;
        last = static_cast<uint8_t>(text[end - 1]);
        seg_letters += static_cast<int>(end - j);
        fast_bytes += static_cast<uint32_t>(end - j);
        j = end;
        continue;
      }
      int32_t l = 1;
      UChar32 d = a;
      if (a >= 0x80) {
        d = Decode(text, j, &l);
        if (IsUnspacedRunChar(d)) break;  // "6.1级": the run is tokenized on its own
        if (IsWordChar(d)) {
          out->norms.append(text.substr(j, l));
          ascii = false;
          if (IsLetter(d)) token.flags |= kHasLetter;
          last = d;
          ++seg_letters;
          j += l;
          continue;
        }
      }
      const uint8_t next = j + l < n ? static_cast<uint8_t>(text[j + l]) : 0;
      if (d != '\'' && d != 0x2019 && d != '.' && d != ',') break;  // ends the word
      if (IsApostrophe(d) && IsLetter(last) && j + l < n) {
        int32_t nl = 1;
        if (IsLetter(Decode(text, j + l, &nl))) {
          out->norms.push_back('\'');
          last = '\'';
          j += l;
          continue;
        }
      }
      if (d == '.' || d == ',') {
        if (last >= 0 && last < 0x80 && IsAsciiDigit(static_cast<uint8_t>(last)) &&
            IsAsciiDigit(next)) {
          out->norms.push_back(static_cast<char>(d));
          last = d;
          seg_letters = 0;
          j += 1;
          continue;
        }
      }
      if (d == '.' && seg_letters == 1 && IsLetter(last) && last < 0x80) {
        const uint8_t after = j + 2 < n ? static_cast<uint8_t>(text[j + 2]) : 0;
        if (IsAsciiAlpha(next) && (after == '.' || after == 0) && j + 2 <= n) {
          out->norms.push_back('.');
          dotted = true;
          seg_letters = 0;
          last = '.';
          j += 1;
          continue;
        }
        if (dotted) ++j;  // the final period of "U.S." belongs to the word
      }
      break;
    }
    token.span.end = static_cast<uint32_t>(j);
    token.norm_size = static_cast<uint32_t>(out->norms.size() - token.norm_begin);
    if (!ascii) {
      const std::string folded =
          NormalizeAndFold(std::string_view(out->norms).substr(token.norm_begin));
      out->norms.resize(token.norm_begin);
      out->norms += folded;
      token.norm_size = static_cast<uint32_t>(folded.size());
    }
    // When only the fast path wrote the norm, its running hash is the norm's hash.
    token.hash =
        ascii && fast_bytes == token.norm_size
            ? Mix64(hash)
            : HashBytes(std::string_view(out->norms).substr(token.norm_begin, token.norm_size));
    out->tokens.push_back(token);
    i = j;
  }
  if (!out->tokens.empty()) out->tokens.back().flags |= kSentenceEnd;
}

}  // namespace precis::dedup
