#include "eval/rouge_porter.h"

#include <cstdint>
#include <vector>

namespace precis::rouge {
namespace {

// Porter's Perl coding defines its measure with regexes over these classes; the conditions
// below simulate those regexes (with all their backtracking) as sets of reachable positions
// rather than counting VC pairs, because the two disagree on words with 'y'.
bool InAeiou(char ch) { return ch == 'a' || ch == 'e' || ch == 'i' || ch == 'o' || ch == 'u'; }
bool IsCons(char ch) { return !InAeiou(ch); }               // c = [^aeiou]
bool IsVowel(char ch) { return InAeiou(ch) || ch == 'y'; }  // v = [aeiouy]
bool NotVowel(char ch) { return !IsVowel(ch); }             // [^aeiouy]

// A set of positions 0..n of the word; bit i set when a partial match can end before s[i].
// Words of up to 63 bytes (all real ones) use one machine word; longer ones a vector.
class PosSet {
 public:
  explicit PosSet(size_t n) : n_(n) {
    if (n_ >= 64) big_.assign(n_ + 1, 0);
  }
  void Add(size_t i) {
    if (n_ < 64) {
      small_ |= uint64_t{1} << i;
    } else {
      big_[i] = 1;
    }
  }
  bool Has(size_t i) const { return n_ < 64 ? (small_ >> i) & 1 : big_[i] != 0; }
  void Merge(const PosSet& o) {
    small_ |= o.small_;
    for (size_t i = 0; i < big_.size(); ++i) big_[i] |= o.big_[i];
  }
  bool Any() const {
    if (n_ < 64) return small_ != 0;
    for (uint8_t b : big_)
      if (b) return true;
    return false;
  }
  // Calls fn(i) for every member below n (the only ones a unit can start from).
  template <typename Fn>
  void ForEachBelowEnd(Fn fn) const {
    if (n_ < 64) {
      for (uint64_t m = small_ & ((uint64_t{1} << n_) - 1); m != 0; m &= m - 1)
        fn(static_cast<size_t>(__builtin_ctzll(m)));
    } else {
      for (size_t i = 0; i < n_; ++i)
        if (big_[i]) fn(i);
    }
  }

 private:
  size_t n_;
  uint64_t small_ = 0;
  std::vector<uint8_t> big_;
};

// One unit "first star*": from every reachable position, one `first` char then any number
// of `star` chars.
template <typename First, typename Star>
PosSet Unit(std::string_view s, const PosSet& in, First first, Star star) {
  PosSet out(s.size());
  in.ForEachBelowEnd([&](size_t p) {
    if (!first(s[p])) return;
    size_t q = p + 1;
    out.Add(q);
    while (q < s.size() && star(s[q])) out.Add(++q);
  });
  return out;
}

PosSet UnitC(std::string_view s, const PosSet& in) { return Unit(s, in, IsCons, NotVowel); }
PosSet UnitV(std::string_view s, const PosSet& in) { return Unit(s, in, IsVowel, InAeiou); }

// ^(C)?
PosSet OptionalC(std::string_view s) {
  PosSet start(s.size());
  start.Add(0);
  start.Merge(UnitC(s, start));
  return start;
}

// ^(C)?VC  -- "m > 0", a prefix match.
PosSet AfterVC(std::string_view s) { return UnitC(s, UnitV(s, OptionalC(s))); }
bool MeasureAbove0(std::string_view s) { return AfterVC(s).Any(); }

// ^(C)?VCVC  -- "m > 1", a prefix match.
bool MeasureAbove1(std::string_view s) { return UnitC(s, UnitV(s, AfterVC(s))).Any(); }

// ^(C)?VC(V)?$  -- "m = 1".
bool MeasureIs1(std::string_view s) {
  PosSet end = AfterVC(s);
  end.Merge(UnitV(s, end));
  return end.Has(s.size());
}

// ^(C)?v  -- the stem has a vowel.
bool HasVowel(std::string_view s) {
  bool found = false;
  OptionalC(s).ForEachBelowEnd([&](size_t p) { found = found || IsVowel(s[p]); });
  return found;
}

// ^Cv[^aeiouwxy]$ over the whole word.
bool IsCvc(std::string_view s) {
  size_t n = s.size();
  if (n < 3 || !IsCons(s[0]) || !IsVowel(s[n - 2])) return false;
  char last = s[n - 1];
  if (InAeiou(last) || last == 'w' || last == 'x' || last == 'y') return false;
  for (size_t i = 1; i + 2 < n; ++i)
    if (!NotVowel(s[i])) return false;
  return true;
}

// Compares from the last byte, inline: most rules fail on it, cheaper than a memcmp call.
bool EndsWith(const std::string& w, std::string_view suffix) {
  if (w.size() < suffix.size()) return false;
  const char* tail = w.data() + w.size() - suffix.size();
  for (size_t i = suffix.size(); i-- > 0;)
    if (tail[i] != suffix[i]) return false;
  return true;
}

struct Rule {
  std::string_view suffix;
  std::string_view replacement;
};

// Among `rules`, the longest suffix `w` ends with (the leftmost match of Perl's alternation).
const Rule* LongestSuffix(const std::string& w, const Rule* rules, size_t count) {
  const Rule* best = nullptr;
  for (size_t i = 0; i < count; ++i)
    if (EndsWith(w, rules[i].suffix) && (!best || rules[i].suffix.size() > best->suffix.size()))
      best = &rules[i];
  return best;
}

constexpr Rule kStep2[] = {
    {"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"}, {"izer", "ize"},
    {"bli", "ble"},     {"alli", "al"},     {"entli", "ent"}, {"eli", "e"},     {"ousli", "ous"},
    {"ization", "ize"}, {"ation", "ate"},   {"ator", "ate"},  {"alism", "al"},  {"iveness", "ive"},
    {"fulness", "ful"}, {"ousness", "ous"}, {"aliti", "al"},  {"iviti", "ive"}, {"biliti", "ble"},
    {"logi", "log"},
};
constexpr Rule kStep3[] = {
    {"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"},
    {"ical", "ic"},  {"ful", ""},   {"ness", ""},
};
// ROUGE's step 4(a): note "ement" and the absence of "ment" and "ent" (handled after).
constexpr Rule kStep4[] = {
    {"al", ""},   {"ance", ""}, {"ence", ""},  {"er", ""},  {"ic", ""},  {"able", ""},
    {"ible", ""}, {"ant", ""},  {"ement", ""}, {"ou", ""},  {"ism", ""}, {"ate", ""},
    {"iti", ""},  {"ous", ""},  {"ive", ""},   {"ize", ""},
};

// Replaces the longest listed suffix when the remaining stem satisfies `condition`.
template <size_t N, typename Condition>
void ApplyRules(std::string& w, const Rule (&rules)[N], Condition condition) {
  const Rule* rule = LongestSuffix(w, rules, N);
  if (!rule) return;
  std::string_view stem = std::string_view(w).substr(0, w.size() - rule->suffix.size());
  if (condition(stem)) w = std::string(stem) + std::string(rule->replacement);
}

// Removes `suffix` when the word ends with it and the stem has m > 1.
void RemoveIfMeasureAbove1(std::string& w, std::string_view suffix) {
  if (!EndsWith(w, suffix)) return;
  std::string_view stem = std::string_view(w).substr(0, w.size() - suffix.size());
  if (MeasureAbove1(stem)) w.resize(stem.size());
}

void Step1ab(std::string& w) {
  if (EndsWith(w, "sses") || EndsWith(w, "ies")) {
    w.resize(w.size() - 2);
  } else if (w.size() >= 2 && w.back() == 's' && w[w.size() - 2] != 's') {
    w.pop_back();
  }

  if (EndsWith(w, "eed")) {
    if (MeasureAbove0(std::string_view(w).substr(0, w.size() - 3))) w.pop_back();
    return;
  }
  size_t cut = EndsWith(w, "ed") ? 2 : EndsWith(w, "ing") ? 3 : 0;
  if (cut == 0 || !HasVowel(std::string_view(w).substr(0, w.size() - cut))) return;
  w.erase(w.size() - cut);
  if (EndsWith(w, "at") || EndsWith(w, "bl") || EndsWith(w, "iz")) {
    w.push_back('e');
  } else if (w.size() >= 2 && w.back() == w[w.size() - 2] &&
             std::string_view("aeiouylsz").find(w.back()) == std::string_view::npos) {
    w.pop_back();
  } else if (IsCvc(w)) {
    w.push_back('e');
  }
}

}  // namespace

std::string RougePorterStem(std::string_view word) {
  std::string w(word);
  if (w.size() < 3) return w;
  bool capital_y = w[0] == 'y';
  if (capital_y) w[0] = 'Y';

  Step1ab(w);
  if (w.size() >= 1 && w.back() == 'y' && HasVowel(std::string_view(w).substr(0, w.size() - 1)))
    w.back() = 'i';
  ApplyRules(w, kStep2, MeasureAbove0);
  ApplyRules(w, kStep3, MeasureAbove0);

  // Step 4, ROUGE's variant: three sub-steps, each on the result of the previous one.
  ApplyRules(w, kStep4, MeasureAbove1);
  RemoveIfMeasureAbove1(w, "ment");
  if (EndsWith(w, "ent")) {
    RemoveIfMeasureAbove1(w, "ent");
  } else if (EndsWith(w, "sion") || EndsWith(w, "tion")) {
    RemoveIfMeasureAbove1(w, "ion");
  }

  // Step 5.
  if (!w.empty() && w.back() == 'e') {
    std::string_view stem = std::string_view(w).substr(0, w.size() - 1);
    if (MeasureAbove1(stem) || (MeasureIs1(stem) && !IsCvc(stem))) w.pop_back();
  }
  if (EndsWith(w, "ll") && MeasureAbove1(w)) w.pop_back();

  if (capital_y && !w.empty() && w[0] == 'Y') w[0] = 'y';
  return w;
}

}  // namespace precis::rouge
