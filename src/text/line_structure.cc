#include "text/line_structure.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstring>

#include "text/ascii.h"
#include "text/spaces.h"

namespace precis::text_internal {
namespace {

constexpr uint32_t kMaxBlockBytes = uint32_t{1} << 30;

struct Line {
  uint32_t end = 0;            // where the line terminator starts
  uint32_t term_len = 0;       // bytes of the terminator (0 for the last line)
  uint32_t content_begin = 0;  // content without surrounding white space
  uint32_t content_end = 0;
  uint32_t chars = 0;          // code points of the content
  bool paragraph_end = false;  // terminated by U+2029
  bool indented = false;
  bool list_item = false;
  bool separator = false;  // no letter or digit
  bool ends_open = false;  // ends in a comma, semicolon, colon or dash
  bool starts_lower = false;
  bool blank() const { return content_begin == content_end; }
};

UChar32 DecodeAt(std::string_view s, size_t i, int32_t* next = nullptr) {
  int32_t j = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(s.data(), j, static_cast<int32_t>(s.size()), c);
  if (next != nullptr) *next = j;
  return c;
}

bool IsBullet(UChar32 c) {
  switch (c) {
    case '-':
    case '*':
    case '+':
    case 0x00B7:
    case 0x2013:
    case 0x2014:
    case 0x2022:
    case 0x2023:  // · – — • ‣
    case 0x25A0:
    case 0x25AA:
    case 0x25CB:
    case 0x25CF:
    case 0x25E6:  // ■ ▪ ○ ● ◦
      return true;
    default:
      return false;
  }
}

bool IsListItem(std::string_view s) {
  if (s.empty()) return false;
  int32_t after = 0;
  if (IsBullet(DecodeAt(s, 0, &after))) {
    return static_cast<size_t>(after) < s.size() && (s[after] == ' ' || s[after] == '\t');
  }
  // Enumerators: "1. ", "12) ", "(3) ", "a. ", "b) ", "(iv) ", "IV) ".
  size_t i = 0;
  const bool paren = s[0] == '(';
  if (paren) ++i;
  const size_t start = i;
  while (i < s.size() && i - start < 4 && IsAsciiAlnum(s[i])) ++i;
  const std::string_view label = s.substr(start, i - start);
  if (label.empty() || i + 1 >= s.size() || (s[i + 1] != ' ' && s[i + 1] != '\t')) return false;
  const char close = s[i];
  if (paren ? close != ')' : (close != '.' && close != ')')) return false;
  const bool digits = std::all_of(label.begin(), label.end(), IsAsciiDigit);
  if (digits) return label.size() <= 3;
  if (label.size() == 1 && IsAsciiLower(label[0])) return true;
  // Upper-case letters and Roman numerals only with a parenthesis: "A. Smith" is a name.
  const bool roman = label.find_first_not_of("ivxIVX") == std::string_view::npos;
  if (close == ')' && (roman || label.size() == 1)) return true;
  return roman && IsAsciiLower(label[0]);
}

void Describe(std::string_view text, Line* line, uint32_t begin) {
  size_t b = begin;
  while (b < line->end) {
    const size_t n = SpaceLengthAt(text, b);
    if (n == 0) break;
    b += n;
  }
  size_t e = line->end;
  while (e > b) {
    const size_t n = SpaceLengthBefore(text, e);
    if (n == 0) break;
    e -= n;
  }
  line->content_begin = static_cast<uint32_t>(b);
  line->content_end = static_cast<uint32_t>(e);
  line->indented = b > begin;
  if (b == e) return;
  const std::string_view content = text.substr(b, e - b);
  if (IsAscii(content)) {
    line->chars = static_cast<uint32_t>(content.size());
  } else {
    for (char c : content) line->chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }
  bool alnum = std::any_of(content.begin(), content.end(), IsAsciiAlnum);
  for (size_t i = 0; !alnum && i < content.size();) {  // rare: no ASCII letter or digit
    int32_t next = 0;
    const UChar32 c = DecodeAt(content, i, &next);
    alnum = c >= 0 && u_isalnum(c);
    i = static_cast<size_t>(next);
  }
  line->separator = !alnum;
  line->list_item = IsListItem(content);
  int32_t i = static_cast<int32_t>(content.size());
  UChar32 last;
  U8_PREV(content.data(), 0, i, last);
  line->ends_open = last == ',' || last == ';' || last == ':' || last == '-' || last == 0x2013 ||
                    last == 0x2014 || last == '(' || last == '&';
  size_t first = 0;
  while (first < content.size() &&
         std::string_view("\"'`([").find(content[first]) != std::string_view::npos) {
    ++first;
  }
  line->starts_lower = first < content.size() && u_islower(DecodeAt(content, first));
}

// The first i >= from where s[i] may start a line break (a byte <= '\r' or non-ASCII), or n.
// Eight bytes at a time: line breaks are rare and most news text is ASCII.
size_t SkipPlainBytes(const unsigned char* s, size_t from, size_t n) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  constexpr uint64_t kHighs = 0x8080808080808080ULL;
  size_t i = from;
  for (; i + 8 <= n; i += 8) {
    uint64_t x;
    std::memcpy(&x, s + i, 8);
    const uint64_t below_0e = (x - kOnes * 0x0E) & ~x & kHighs;  // some byte < 0x0E
    if ((below_0e | (x & kHighs)) != 0) break;
  }
  while (i < n && s[i] > '\r' && s[i] < 0x80) ++i;
  return i;
}

// Reads the lines of `text`: terminated by LF, CR LF, CR, NEL, LS or PS.
std::vector<Line> ReadLines(std::string_view text) {
  std::vector<Line> lines;
  uint32_t begin = 0;
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  for (size_t i = SkipPlainBytes(s, 0, n); i <= n; i = SkipPlainBytes(s, i + 1, n)) {
    uint32_t term = 0;
    bool paragraph = false;
    if (i == n) {
      term = 0;
    } else if (s[i] == '\n') {
      term = 1;
    } else if (s[i] == '\r') {
      term = (i + 1 < n && s[i + 1] == '\n') ? 2 : 1;
    } else if (s[i] == 0xC2 && i + 1 < n && s[i + 1] == 0x85) {
      term = 2;
    } else if (s[i] == 0xE2 && i + 2 < n && s[i + 1] == 0x80 &&
               (s[i + 2] == 0xA8 || s[i + 2] == 0xA9)) {
      term = 3;
      paragraph = s[i + 2] == 0xA9;
    } else {
      continue;
    }
    Line line;
    line.end = static_cast<uint32_t>(i);
    line.term_len = term;
    line.paragraph_end = paragraph;
    Describe(text, &line, begin);
    lines.push_back(line);
    if (i == n) break;
    i += term - 1;
    begin = static_cast<uint32_t>(i + 1);
  }
  return lines;
}

// Line lengths at the 90th percentile: the wrap width of wrapped text, the paragraph length
// of unwrapped text.
uint32_t TypicalLength(const std::vector<Line>& lines) {
  std::vector<uint32_t> lengths;
  for (const Line& l : lines) {
    if (!l.blank()) lengths.push_back(l.chars);
  }
  if (lengths.empty()) return 0;
  const size_t k = lengths.size() * 9 / 10;
  std::nth_element(lengths.begin(), lengths.begin() + k, lengths.end());
  return lengths[k];
}

void AddBlock(std::string_view text, uint32_t begin, uint32_t end, std::vector<Span>* blocks) {
  while (end - begin > kMaxBlockBytes) {
    uint32_t cut = begin + kMaxBlockBytes;
    while (cut > begin && SpaceLengthAt(text, cut) == 0) --cut;  // prefer white space
    if (cut == begin) {
      cut = begin + kMaxBlockBytes;
      while ((static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    }
    blocks->push_back(Span{begin, cut});
    begin = cut;
    while (begin < end && SpaceLengthAt(text, begin) > 0) begin += SpaceLengthAt(text, begin);
  }
  if (end > begin) blocks->push_back(Span{begin, end});
}

}  // namespace

void FindBlocks(std::string_view text, bool paragraph_breaks, std::vector<Span>* blocks,
                std::string* flat) {
  flat->assign(text);
  const std::vector<Line> lines = ReadLines(text);
  const uint32_t typical = TypicalLength(lines);
  bool open = false;
  bool in_list = false;
  uint32_t block_begin = 0;
  uint32_t block_end = 0;
  const Line* prev = nullptr;
  for (const Line& cur : lines) {
    if (cur.blank() && paragraph_breaks) {
      if (open) AddBlock(text, block_begin, block_end, blocks);
      open = false;
      in_list = false;
      prev = &cur;
      continue;
    }
    if (open) {
      const bool short_line = uint64_t{prev->chars} * 10 < uint64_t{typical} * 6;
      const bool hard =
          paragraph_breaks && (prev->paragraph_end || cur.list_item || prev->separator ||
                               cur.separator || (in_list && !cur.indented && !cur.starts_lower) ||
                               (short_line && !prev->ends_open && !cur.starts_lower));
      if (hard) {
        AddBlock(text, block_begin, block_end, blocks);
        open = false;
        in_list = false;
      } else {
        for (uint32_t k = 0; k < prev->term_len; ++k) (*flat)[prev->end + k] = ' ';
      }
    }
    if (!cur.blank()) {
      if (!open) block_begin = cur.content_begin;
      open = true;
      block_end = cur.content_end;
      in_list = in_list || cur.list_item;
    } else if (open) {
      // A blank line inside a block (paragraph breaks off) is white space.
      for (uint32_t k = 0; k < cur.term_len; ++k) (*flat)[cur.end + k] = ' ';
    }
    prev = &cur;
  }
  if (open) AddBlock(text, block_begin, block_end, blocks);
}

}  // namespace precis::text_internal
