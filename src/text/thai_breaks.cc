// Sentence candidates for Thai, which ICU's sentence rules do not split (Thai
// has no sentence punctuation). Thai writing puts a space between clauses and
// sentences and none between words, so a run of spaces with Thai letters on
// both sides is taken as a boundary. The limit: these are clause boundaries
// more often than sentence boundaries, so Thai "sentences" are clauses; a space
// before a number or a foreign word is not a boundary.
//
// Spaces also stand between a title and a name and between a first name and a
// surname ("นายกรัฐมนตรี เศรษฐา ทวีสิน เดินทาง...": "Prime Minister Srettha
// Thavisin travelled ..."), and before a clause that continues the one before
// ("... เพื่อตรวจน้ำท่วม", "in order to inspect the flooding"). So a unit of
// fewer than kMinUnitLetters letters is no sentence: it is joined to the unit
// after it (the last one of a run, to the unit before); and a unit opening with
// a conjunction that continues a clause (และ "and", ซึ่ง "which", หรือ "or",
// เพื่อ "in order to", โดย "by", รวมถึง/รวมทั้ง "including", ตั้งแต่ "since",
// จนถึง "until") is joined to the unit before.
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <string_view>

#include "text/sentence_rules.h"

namespace precis::text_internal {
namespace {

bool IsThai(UChar32 c) { return c >= 0x0E01 && c <= 0x0E5B; }

// A Thai clause of a few words has a dozen letters or more ("ชาวบ้านต้องอพยพ", "villagers
// had to leave", 13); a title, a first name or a surname has fewer ("เศรษฐา" 6, "ใจดี" 3).
constexpr int kMinUnitLetters = 12;

// Letters and digits of `unit`, vowel and tone marks (which sit on a letter) not counted.
int BaseLetters(std::string_view unit) {
  int count = 0;
  const int32_t n = static_cast<int32_t>(unit.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(unit.data(), i, n, c);
    if (c >= 0 && u_isalnum(c) && u_charType(c) != U_NON_SPACING_MARK) ++count;
  }
  return count;
}

// True when `rest` opens with a conjunction that continues the clause before it. Thai writes
// no space between words, so a word that merely begins with the same letters is excluded by
// name (เพื่อน "friend", โดยสาร "passenger").
bool OpensWithContinuation(std::string_view rest) {
  static constexpr std::array<std::string_view, 9> kContinuations = {
      "และ", "ซึ่ง", "หรือ", "เพื่อ", "โดย", "รวมถึง", "รวมทั้ง", "ตั้งแต่", "จนถึง"};
  static constexpr std::array<std::string_view, 2> kLookAlikes = {"เพื่อน", "โดยสาร"};
  for (std::string_view w : kLookAlikes) {
    if (rest.starts_with(w)) return false;
  }
  for (std::string_view w : kContinuations) {
    if (rest.starts_with(w)) return true;
  }
  return false;
}

}  // namespace

void FindThaiBreaks(std::string_view block, std::vector<uint32_t>* breaks) {
  // Thai letters are U+0E01..U+0E5B: three bytes starting E0 B8 or E0 B9.
  if (block.find("\xE0\xB8") == std::string_view::npos &&
      block.find("\xE0\xB9") == std::string_view::npos) {
    return;
  }
  const int32_t n = static_cast<int32_t>(block.size());
  std::vector<uint32_t> found;  // every space between Thai letters
  UChar32 prev = -1;
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(block.data(), i, n, c);
    if (c != ' ' || !IsThai(prev)) {
      prev = c;
      continue;
    }
    int32_t j = i;
    while (j < n && block[j] == ' ') ++j;
    int32_t k = j;
    UChar32 next = -1;
    if (k < n) U8_NEXT(block.data(), k, n, next);
    if (IsThai(next) && next != 0x0E46 && next != 0x0E2F) {  // not before ๆ or ฯ (repeat marks)
      found.push_back(static_cast<uint32_t>(j));
    }
    prev = ' ';
    i = j;
  }
  if (found.empty()) return;
  // The boundaries already found (ICU's, other rules') start a unit too.
  std::vector<uint32_t> others(*breaks);
  std::sort(others.begin(), others.end());
  // The unit before `pos` starts at the space before it or at a boundary already found.
  auto unit_start = [&](uint32_t previous, uint32_t pos) {
    auto it = std::lower_bound(others.begin(), others.end(), pos);
    uint32_t start = previous;
    if (it != others.begin() && *(it - 1) > start) start = *(it - 1);
    return start;
  };
  std::vector<uint32_t> kept;
  uint32_t previous = 0;
  for (uint32_t pos : found) {
    const uint32_t start = unit_start(previous, pos);
    previous = pos;
    // A short unit (a title, a name) joins the unit after it.
    if (BaseLetters(block.substr(start, pos - start)) < kMinUnitLetters) continue;
    if (OpensWithContinuation(block.substr(pos))) continue;
    kept.push_back(pos);
  }
  // The last unit of the run, up to the next boundary already found or the block's end.
  if (!kept.empty()) {
    const auto next = std::upper_bound(others.begin(), others.end(), kept.back());
    const uint32_t end = next == others.end() ? static_cast<uint32_t>(n) : *next;
    if (BaseLetters(block.substr(kept.back(), end - kept.back())) < kMinUnitLetters) {
      kept.pop_back();
    }
  }
  breaks->insert(breaks->end(), kept.begin(), kept.end());
}

}  // namespace precis::text_internal
