// DatelineLength: recognizes "WASHINGTON (AP) -- " and its relatives at the start of text.
//
// Grammar (informal):
//   dateline  := place [", " qualifier]{0,2} [" (" | "(" agency ")"] separator
//   place     := capword (" " capword){0,3}       capword: upper-case letters, ".", "'", "-";
//                                                 at least four letters in all
//   qualifier := word (" " word){0,2}             word: starts with a capital or a digit
//   agency    := one or two words, at most 24 bytes ("AP", "Reuters", "Dow Jones")
//   separator := " -- " | " - " | " _ " | " — " | " – "   (or nothing after an agency)
// and something must follow the separator.
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "precis/text.h"
#include "text/ascii.h"

namespace precis {
namespace {

class Cursor {
 public:
  explicit Cursor(std::string_view s) : s_(s) {}
  size_t pos() const { return pos_; }
  void Reset(size_t pos) { pos_ = pos; }
  bool AtEnd() const { return pos_ >= s_.size(); }
  char Peek() const { return AtEnd() ? '\0' : s_[pos_]; }
  bool Consume(std::string_view lit) {
    if (s_.substr(pos_, lit.size()) != lit) return false;
    pos_ += lit.size();
    return true;
  }
  size_t SkipSpaces() {
    const size_t start = pos_;
    while (!AtEnd() && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\n')) ++pos_;
    return pos_ - start;
  }
  // A run of bytes up to a space, comma, parenthesis, em dash or en dash.
  std::string_view Word() {
    const size_t start = pos_;
    while (!AtEnd() && s_[pos_] != ' ' && s_[pos_] != ',' && s_[pos_] != '(' && s_[pos_] != ')' &&
           s_[pos_] != '\t' && s_[pos_] != '\n' && !AtUnicodeDash()) {
      ++pos_;
    }
    return s_.substr(start, pos_ - start);
  }
  bool AtUnicodeDash() const {
    const std::string_view rest = s_.substr(pos_, 3);
    return rest == "\xE2\x80\x94" || rest == "\xE2\x80\x93";
  }

 private:
  std::string_view s_;
  size_t pos_ = 0;
};

// Counts upper-case letters in `w`; -1 if it has a lower-case letter or a character other
// than letters, '.', '\'' and '-'.
int UpperLetters(std::string_view w) {
  int upper = 0;
  for (int32_t i = 0, n = static_cast<int32_t>(w.size()); i < n;) {
    UChar32 c;
    U8_NEXT(w.data(), i, n, c);
    if (c == '.' || c == '\'' || c == '-') continue;
    if (c < 0 || !u_isupper(c)) return -1;
    ++upper;
  }
  return upper;
}

bool ParsePlace(Cursor* c) {
  int letters = 0;
  for (int words = 0; words < 4; ++words) {
    const size_t start = c->pos();
    if (words > 0 && !c->Consume(" ")) break;
    const int upper = UpperLetters(c->Word());
    if (upper <= 0) {
      c->Reset(start);
      break;
    }
    letters += upper;
  }
  return letters >= 4;  // "ROME"; shorter all-caps words ("US", "UN") are rarely places
}

bool ParseQualifier(Cursor* c) {
  const size_t start = c->pos();
  if (!c->Consume(", ")) return false;
  int words = 0;
  for (; words < 3; ++words) {
    const size_t before = c->pos();
    if (words > 0 && !c->Consume(" ")) break;
    const std::string_view w = c->Word();
    int32_t i = 0;
    UChar32 first = -1;
    if (!w.empty()) U8_NEXT(w.data(), i, static_cast<int32_t>(w.size()), first);
    if (first < 0 || !(u_isupper(first) || text_internal::IsAsciiDigit(w[0]))) {
      c->Reset(before);
      break;
    }
  }
  if (words == 0) c->Reset(start);
  return words > 0;
}

bool ParseAgency(Cursor* c) {
  const size_t start = c->pos();
  // "WASHINGTON(AP) --" (no space) occurs in wire copy too.
  if (!c->Consume(" (") && !c->Consume("(")) return false;
  for (int words = 0; words < 2; ++words) {
    if (words > 0 && !c->Consume(" ")) break;
    if (c->Word().empty()) break;
  }
  if (!c->Consume(")") || c->pos() - start > 28) {
    c->Reset(start);
    return false;
  }
  return true;
}

bool ParseSeparator(Cursor* c, bool after_agency) {
  const size_t start = c->pos();
  const bool space_before = c->SkipSpaces() > 0;
  for (std::string_view dash : {"--", "\xE2\x80\x94", "\xE2\x80\x93", "-", "_"}) {
    if (!c->Consume(dash)) continue;
    const bool space_after = c->SkipSpaces() > 0;
    // "-" and "_" need spaces around them; "KABUL—The" is common with em dashes.
    if ((dash[0] & 0x80) != 0 || (space_before && space_after)) return true;
    c->Reset(start);
    return false;
  }
  // "WASHINGTON (AP) The Senate ...": the agency alone marks the dateline.
  if (after_agency && space_before && text_internal::IsAsciiUpper(c->Peek())) return true;
  c->Reset(start);
  return false;
}

}  // namespace

uint32_t DatelineLength(std::string_view sentence) {
  Cursor c(sentence.substr(0, 200));  // a dateline is short; bound the work
  if (!ParsePlace(&c)) return 0;
  for (int i = 0; i < 2 && ParseQualifier(&c); ++i) {
  }
  const bool agency = ParseAgency(&c);
  if (!ParseSeparator(&c, agency) || c.AtEnd()) return 0;
  return static_cast<uint32_t>(c.pos());
}

}  // namespace precis
