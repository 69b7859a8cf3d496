#include "summarize/compress.h"

#include <algorithm>
#include <array>
#include <string>

namespace precis::summarize {
namespace {

constexpr size_t kMaxParentheticalBytes = 200;
constexpr size_t kMaxDashAsideWords = 25;
constexpr size_t kMaxAppositiveWords = 12;
constexpr size_t kMaxLeadingPhraseWords = 5;
constexpr size_t kMaxSpeakerWords = 5;
constexpr size_t kMaxAttributionTailWords = 4;
constexpr size_t kMaxAccordingWords = 8;
constexpr size_t kMinKeptWords = 5;

bool IsSpaceByte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

template <size_t N>
bool In(const std::array<std::string_view, N> &set, std::string_view word) {
  return std::find(set.begin(), set.end(), word) != set.end();
}

constexpr std::array<std::string_view, 12> kPronouns = {
    "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "there"};
constexpr std::array<std::string_view, 19> kDaysMonths = {
    "monday",  "tuesday",   "wednesday", "thursday", "friday",  "saturday", "sunday",
    "january", "february",  "march",     "april",    "may",     "june",     "july",
    "august",  "september", "october",   "november", "december"};
constexpr std::array<std::string_view, 18> kPrepositions = {
    "on",    "in",    "at",     "of",   "for",  "to",     "from",    "by",      "with",
    "since", "until", "during", "near", "into", "across", "through", "outside", "inside"};
// Capitalized sentence openers that are not names ("However, the ...").
constexpr std::array<std::string_view, 12> kOpeners = {
    "however", "meanwhile", "still",   "yesterday", "today",   "instead",
    "now",     "later",     "earlier", "also",      "overall", "indeed"};
// Finite verbs that mark a clause, not a noun phrase, inside a would-be appositive.
constexpr std::array<std::string_view, 18> kFiniteVerbs = {
    "said", "says", "told",  "is",  "was",   "are", "were", "has", "have",
    "had",  "will", "would", "can", "could", "did", "does", "do",  "added"};
// Words after an appositive's closing comma that show it was not one (a list, a clause).
constexpr std::array<std::string_view, 17> kNotAfterAppositive = {
    "and",   "or",   "but",   "nor", "who",     "whom", "whose",    "which", "that",
    "where", "when", "while", "as",  "because", "if",   "although", "though"};
constexpr std::array<std::string_view, 15> kLeadOpeners = {
    "on",    "in",        "at",     "last",    "this",      "earlier",  "later", "yesterday",
    "today", "overnight", "monday", "tuesday", "wednesday", "thursday", "friday"};
constexpr std::array<std::string_view, 5> kLoneLeadOpeners = {"yesterday", "today", "overnight",
                                                              "earlier", "later"};
constexpr std::array<std::string_view, 17> kTimeWords = {
    "the",     "this",  "last",    "next", "week",    "month", "year", "morning", "afternoon",
    "evening", "night", "weekend", "day",  "earlier", "later", "of",   "early"};
constexpr std::array<std::string_view, 8> kSayingVerbs = {
    "said", "says", "added", "reported", "announced", "noted", "stated", "told"};
constexpr std::array<std::string_view, 14> kSubordinators = {
    "when",  "if",     "as",    "while",  "although", "though", "because",
    "after", "before", "since", "unless", "until",    "once",   "whether"};
constexpr std::array<std::string_view, 5> kDashes = {"_", "--", "---", "\xE2\x80\x94",
                                                     "\xE2\x80\x93"};

// A white-space separated word; `core` drops leading quotes/brackets and trailing
// punctuation, `lower` is the core in ASCII lower case.
struct Word {
  uint32_t b = 0, e = 0;
  std::string_view raw, core;
  std::string lower;
};

bool StartsWithAny(std::string_view s, std::initializer_list<std::string_view> prefixes,
                   size_t *len) {
  for (std::string_view p : prefixes) {
    if (s.substr(0, p.size()) == p) {
      *len = p.size();
      return true;
    }
  }
  return false;
}

std::string_view Core(std::string_view w) {
  size_t len = 0;
  while (!w.empty() &&
         StartsWithAny(w, {"``", "\xE2\x80\x9C", "\xE2\x80\x98", "\"", "'", "(", "["}, &len)) {
    w.remove_prefix(len);
  }
  while (!w.empty()) {
    const char c = w.back();
    if (c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' ||
        c == ']' || c == '"' || c == '\'') {
      w.remove_suffix(1);
    } else if (w.size() >= 3 && (w.substr(w.size() - 3) == "\xE2\x80\x9D" ||
                                 w.substr(w.size() - 3) == "\xE2\x80\x99")) {
      w.remove_suffix(3);
    } else {
      break;
    }
  }
  return w;
}

class Compressor {
 public:
  Compressor(std::string_view s, unsigned rules) : s_(s), rules_(rules), quoted_(s.size(), false) {
    for (uint32_t i = 0; i < s.size();) {
      while (i < s.size() && IsSpaceByte(s[i])) ++i;
      if (i == s.size()) break;
      Word w;
      w.b = i;
      while (i < s.size() && !IsSpaceByte(s[i])) ++i;
      w.e = i;
      w.raw = s.substr(w.b, w.e - w.b);
      w.core = Core(w.raw);
      for (char c : w.core) w.lower.push_back(IsUpper(c) ? static_cast<char>(c - 'A' + 'a') : c);
      words_.push_back(std::move(w));
    }
    MarkQuotations();
  }

  std::vector<Span> Run() {
    if (rules_ & kParenthetical) Parentheticals();
    if (rules_ & kDashAside) DashAsides();
    if (rules_ & kAppositive) Appositives();
    if (rules_ & kLeadingPhrase) LeadingPhrase();
    if (rules_ & kAttributionTail) AttributionTail();
    std::sort(removed_.begin(), removed_.end(),
              [](const Span &x, const Span &y) { return x.begin < y.begin; });
    std::vector<Span> kept;
    uint32_t at = 0;
    for (const Span &r : removed_) {
      if (r.begin > at) kept.push_back({at, r.begin});
      at = std::max(at, r.end);
    }
    if (at < s_.size()) kept.push_back({at, static_cast<uint32_t>(s_.size())});
    return kept;
  }

 private:
  // Bytes inside a quotation, marks included: ``...'', “...”, "..." (an unclosed one runs to
  // the end).
  void MarkQuotations() {
    bool open = false;
    uint32_t start = 0;
    for (uint32_t i = 0; i < s_.size();) {
      size_t len = 0;
      const std::string_view rest = s_.substr(i);
      const bool opener = StartsWithAny(rest, {"``", "\xE2\x80\x9C"}, &len);
      const bool closer = !opener && StartsWithAny(rest, {"''", "\xE2\x80\x9D"}, &len);
      const bool toggle = !opener && !closer && rest[0] == '"';
      if (toggle) len = 1;
      if (opener || closer || toggle) {
        has_quote_ = true;
        if (!open && (opener || toggle)) {
          open = true;
          start = i;
        } else if (open && (closer || toggle)) {
          std::fill(quoted_.begin() + start, quoted_.begin() + i + len, true);
          open = false;
        } else if (closer) {
          std::fill(quoted_.begin(), quoted_.begin() + i + len,
                    true);  // opened before
        }
        i += static_cast<uint32_t>(len);
        continue;
      }
      ++i;
    }
    if (open) std::fill(quoted_.begin() + start, quoted_.end(), true);
  }

  bool Quoted(uint32_t b, uint32_t e) const {
    return std::any_of(quoted_.begin() + b, quoted_.begin() + e, [](bool q) { return q; });
  }
  bool HasDigit(uint32_t b, uint32_t e) const {
    return std::any_of(s_.begin() + b, s_.begin() + e, IsDigit);
  }
  // An aside with a digit is kept when it holds the sentence's only number.
  bool OnlyNumber(uint32_t b, uint32_t e) const {
    return HasDigit(b, e) && !HasDigit(0, b) && !HasDigit(e, static_cast<uint32_t>(s_.size()));
  }
  bool Capitalized(const Word &w) const { return !w.core.empty() && IsUpper(w.core[0]); }
  uint32_t TrimBack(uint32_t i) const {
    while (i > 0 && IsSpaceByte(s_[i - 1])) --i;
    return i;
  }
  void Remove(uint32_t b, uint32_t e) {
    if (b < e && !Quoted(b, e)) removed_.push_back({b, e});
  }

  // Rule 1: " (...)" after a word, followed by a space, punctuation or the end.
  void Parentheticals() {
    for (uint32_t i = 1; i < s_.size(); ++i) {
      if (s_[i] != '(' || !IsSpaceByte(s_[i - 1])) continue;
      uint32_t j = i, depth = 0;
      for (; j < s_.size() && j - i <= kMaxParentheticalBytes; ++j) {
        if (s_[j] == '(') ++depth;
        if (s_[j] == ')' && --depth == 0) break;
      }
      if (j >= s_.size() || s_[j] != ')' || depth != 0) continue;
      const uint32_t after = j + 1;
      if (after < s_.size() && !IsSpaceByte(s_[after]) &&
          std::string_view(",.;:!?").find(s_[after]) == std::string_view::npos) {
        continue;
      }
      const uint32_t begin = TrimBack(i);
      if (begin == 0 || OnlyNumber(i, after)) continue;
      Remove(begin, after);
      i = j;
    }
  }

  // Rule 2: a pair of spaced dashes with words between them and a word after.
  void DashAsides() {
    const size_t n = words_.size();
    for (size_t k1 = 1; k1 < n; ++k1) {
      if (!In(kDashes, words_[k1].raw)) continue;
      size_t k2 = k1 + 1;
      while (k2 < n && !In(kDashes, words_[k2].raw)) ++k2;
      if (k2 >= n) return;
      const size_t inside = k2 - k1 - 1;
      if (inside >= 1 && inside <= kMaxDashAsideWords && k2 + 1 < n &&
          !OnlyNumber(words_[k1].e, words_[k2].b)) {
        Remove(words_[k1 - 1].e, words_[k2].e);
      }
      k1 = k2;
    }
  }

  // Rule 3: "Name, a/an/the ... , verb" or "Name, 54, verb".
  void Appositives() {
    const size_t n = words_.size();
    for (size_t k = 0; k + 3 < n; ++k) {
      const Word &name = words_[k];
      if (name.raw.back() != ',' || !Capitalized(name) || In(kPronouns, name.lower) ||
          In(kDaysMonths, name.lower)) {
        continue;
      }
      size_t first = k;  // the name's first word
      while (first > 0 && Capitalized(words_[first - 1]) &&
             words_[first - 1].raw == words_[first - 1].core) {
        --first;
      }
      if (first > 0 && In(kPrepositions, words_[first - 1].lower)) continue;
      if (first == 0 && (IsStopword(words_[0].lower) || In(kOpeners, words_[0].lower) ||
                         In(kLeadOpeners, words_[0].lower))) {
        continue;
      }
      const Word &lead = words_[k + 1];
      const bool age = lead.raw.back() == ',' && !lead.core.empty() && lead.core.size() <= 3 &&
                       std::all_of(lead.core.begin(), lead.core.end(), IsDigit);
      if (!age && lead.lower != "a" && lead.lower != "an" && lead.lower != "the") continue;
      size_t m = k + 1;
      bool clause = false;
      while (m < n && words_[m].raw.back() != ',') {
        const char last = words_[m].raw.back();
        clause = clause || In(kFiniteVerbs, words_[m].lower) || last == ';' || last == ':' ||
                 last == '.' || last == '!' || last == '?';
        ++m;
      }
      if (m + 1 >= n || clause || m - k > kMaxAppositiveWords ||
          In(kFiniteVerbs, words_[m].lower)) {
        continue;
      }
      const Word &next = words_[m + 1];
      if (next.raw.empty() || !IsLower(next.raw[0]) || In(kNotAfterAppositive, next.lower)) {
        continue;
      }
      const uint32_t begin = name.e - 1;  // the name's comma
      const uint32_t end = words_[m].e;   // through the closing comma
      if (!age && OnlyNumber(begin, end)) continue;
      Remove(begin, end);
      k = m;
    }
  }

  // Rule 4: "On Tuesday, Name ..." -> "Name ...".
  void LeadingPhrase() {
    const size_t n = words_.size();
    if (n < 3 || !In(kLeadOpeners, words_[0].lower) || !IsUpper(words_[0].raw[0])) return;
    size_t m = 0;
    while (m < n && words_[m].raw.back() != ',') ++m;
    if (m + 1 >= n || m + 1 > kMaxLeadingPhraseWords) return;
    if (m == 0 && !In(kLoneLeadOpeners, words_[0].lower) && !In(kDaysMonths, words_[0].lower)) {
      return;
    }
    for (size_t k = 1; k <= m; ++k) {
      const Word &w = words_[k];
      const bool ok =
          Capitalized(w) || (!w.core.empty() && IsDigit(w.core[0])) || In(kTimeWords, w.lower);
      if (!ok || w.raw.size() - w.core.size() > 1) return;  // one trailing mark at most
    }
    const Word &next = words_[m + 1];
    if (next.raw.empty() || !IsUpper(next.raw[0]) || next.raw.back() == ',' ||
        In(kPronouns, next.lower) || In(kDaysMonths, next.lower)) {
      return;
    }
    Remove(0, next.b);
  }

  // Rule 5: ", SPEAKER said [...]." / ", said Name." / ", according to ...".
  void AttributionTail() {
    const size_t n = words_.size();
    if (has_quote_ || n < 4 || In(kSubordinators, words_[0].lower)) return;
    const char final = s_.back();
    if (final != '.' && final != '!') return;
    size_t k = n - 1;
    while (k > 0 && words_[k - 1].raw.back() != ',') --k;
    if (k == 0) return;  // words_[k] is the first word after the last comma
    const size_t r = n - k;
    auto word = [&](size_t i) -> const Word & { return words_[k + i]; };
    bool match = false;
    if (In(kNotAfterAppositive, word(0).lower)) return;  // ", and ...", ", which ..."
    if (word(0).lower == "according" && r >= 3 && word(1).lower == "to") {
      match = r <= kMaxAccordingWords;
    } else if (In(kSayingVerbs, word(0).lower) && word(0).lower != "told") {
      // ", said Mayor Ana Ruiz." The speaker is a name: capitalized words, "of the" between.
      match = r >= 2 && r - 1 <= kMaxSpeakerWords && Capitalized(word(r - 1));
      for (size_t i = 1; i < r && match; ++i) {
        match = Capitalized(word(i)) || word(i).lower == "of" || word(i).lower == "the";
      }
    } else {
      for (size_t v = 1; v < r && v <= kMaxSpeakerWords; ++v) {
        if (!In(kSayingVerbs, word(v).lower)) continue;
        match = r - v - 1 <= kMaxAttributionTailWords;
        for (size_t i = 0; i < r && match; ++i) {
          match = word(i).lower != "that" && (i >= v || !HasDigit(word(i).b, word(i).e));
        }
        break;
      }
    }
    if (!match) return;
    const uint32_t comma = words_[k - 1].e - 1;
    if (CountWordsBefore(comma) < 4) return;
    // The final period stays, unless the kept part already ends with one ("at 5 a.m.").
    const bool period_before = comma > 0 && s_[comma - 1] == '.';
    Remove(comma, static_cast<uint32_t>(s_.size() - (period_before ? 0 : 1)));
  }

  size_t CountWordsBefore(uint32_t pos) const {
    size_t c = 0;
    for (const Word &w : words_) c += w.e <= pos + 1;
    return c;
  }

  std::string_view s_;
  unsigned rules_;
  std::vector<Word> words_;
  std::vector<bool> quoted_;
  bool has_quote_ = false;
  std::vector<Span> removed_;
};

}  // namespace

std::string JoinPieces(std::string_view text, const std::vector<Span> &pieces) {
  std::string out;
  for (const Span &p : pieces) out.append(p.of(text));
  return out;
}

std::vector<Span> CompressSentence(std::string_view text, Span sentence, std::string_view language,
                                   unsigned rules) {
  if (sentence.empty()) return {};
  if (language.substr(0, 2) != "en" ||
      (language.size() > 2 && language[2] != '-' && language[2] != '_')) {
    return {sentence};
  }
  const std::string_view s = sentence.of(text);
  std::vector<Span> kept = Compressor(s, rules).Run();
  for (Span &p : kept) {
    p.begin += sentence.begin;
    p.end += sentence.begin;
  }
  if (kept.empty() || CountWords(JoinPieces(text, kept)) < kMinKeptWords) return {sentence};
  return kept;
}

}  // namespace precis::summarize
