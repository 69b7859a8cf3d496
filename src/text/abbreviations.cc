// The abbreviation tables. Entries follow the Associated Press style for titles and months,
// plus common Latin and business abbreviations.
#include "text/abbreviations.h"

#include <unordered_map>
#include <unordered_set>

#include "text/ascii.h"

namespace precis::text_internal {
namespace {

// Matched case-insensitively (stored lower-case).
constexpr std::string_view kAlwaysAnyCase[] = {
    "mr",    "mrs",  "ms",   "messrs", "mmes", "mme",  "mlle", "dr",    "drs",   "prof",
    "profs", "gen",  "gens", "sen",    "sens", "rep",  "reps", "gov",   "govs",  "lt",
    "col",   "capt", "cmdr", "adm",    "maj",  "brig", "sgt",  "cpl",   "pvt",   "atty",
    "supt",  "det",  "insp", "rev",    "hon",  "pres", "msgr", "fr",    "sgts",  "lts",
    "e.g",   "i.e",  "vs",   "cf",     "viz",  "amb",  "cmdt", "cmndr", "comdr", "cdr"};

// Units and reference words: "approx. 20 people", "5 lbs. 3 oz.", "Apt. 4".
constexpr std::string_view kBeforeNumberAnyCase[] = {
    "no",  "nos", "vol",  "vols", "fig", "figs", "ca",  "art", "sec", "ch",   "approx",
    "pop", "est", "ed",   "eds",  "rs",  "tel",  "ext", "apt", "rm",  "bldg", "hr",
    "hrs", "min", "mins", "oz",   "lb",  "lbs",  "ft",  "mi",  "yd",  "yds"};

constexpr std::string_view kSuffixAnyCase[] = {"inc", "corp", "co", "cos", "ltd",
                                               "llc", "plc",  "jr", "sr"};

// Matched exactly as written.
constexpr std::string_view kAlwaysExact[] = {"v", "Mt", "Ft", "MT", "FT"};  // Roe v. Wade
constexpr std::string_view kBeforeNumberExact[] = {"Jan", "Feb",  "Mar", "Apr", "Jun", "Jul", "Aug",
                                                   "Sep", "Sept", "Oct", "Nov", "Dec", "JAN", "FEB",
                                                   "AUG", "SEPT", "OCT", "NOV", "DEC", "p",   "pp"};

struct Tables {
  std::unordered_map<std::string_view, AbbrevKind> any_case;
  std::unordered_map<std::string_view, AbbrevKind> exact;
  std::unordered_set<std::string_view> after_suffix = {
      "Chief",    "Chairman", "Chairwoman", "President",   "CEO",      "Vice",    "Executive",
      "Director", "Founder",  "Spokesman",  "Spokeswoman", "Managing", "Senior",  "General",
      "Day",      "High",     "Memorial",   "Inc",         "Corp",     "Co",      "Ltd",
      "LLC",      "PLC",      "Group",      "Holdings",    "Monday",   "Tuesday", "Wednesday",
      "Thursday", "Friday",   "Saturday",   "Sunday"};  // "Acme Inc. Tuesday said"
  std::unordered_set<std::string_view> after_time = {
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",   "Saturday", "Sunday",  "Mon",
      "Tue",    "Wed",     "Thu",       "Fri",      "Sat",      "Sun",      "EST",     "EDT",
      "CST",    "CDT",     "MST",       "MDT",      "PST",      "PDT",      "GMT",     "UTC",
      "BST",    "CET",     "CEST",      "JST",      "IST",      "ET",       "PT",      "CT",
      "MT",     "Eastern", "Pacific",   "Central",  "Mountain", "Today",    "Tomorrow"};
  Tables() {
    for (auto w : kAlwaysAnyCase) any_case.emplace(w, AbbrevKind::kAlways);
    for (auto w : kBeforeNumberAnyCase) any_case.emplace(w, AbbrevKind::kBeforeNumber);
    for (auto w : kSuffixAnyCase) any_case.emplace(w, AbbrevKind::kSuffix);
    any_case.emplace("bros", AbbrevKind::kInName);
    any_case.emplace("a.m", AbbrevKind::kTime);
    any_case.emplace("p.m", AbbrevKind::kTime);
    any_case.emplace("st", AbbrevKind::kSaintOrStreet);
    for (auto w : kAlwaysExact) exact.emplace(w, AbbrevKind::kAlways);
    for (auto w : kBeforeNumberExact) exact.emplace(w, AbbrevKind::kBeforeNumber);
  }
};

const Tables& GetTables() {
  static const Tables* tables = new Tables;
  return *tables;
}

}  // namespace

AbbrevKind ClassifyAbbreviation(std::string_view word) {
  if (word.empty() || word.size() > 12) return AbbrevKind::kNone;
  const Tables& t = GetTables();
  if (auto it = t.exact.find(word); it != t.exact.end()) return it->second;
  char lower[12];
  for (size_t i = 0; i < word.size(); ++i) lower[i] = AsciiLower(word[i]);
  if (auto it = t.any_case.find(std::string_view(lower, word.size())); it != t.any_case.end()) {
    return it->second;
  }
  return AbbrevKind::kNone;
}

bool IsDottedAcronym(std::string_view word) {
  size_t groups = 0;
  size_t i = 0;
  while (i < word.size()) {
    size_t letters = 0;
    while (i < word.size() && IsAsciiAlpha(word[i])) ++i, ++letters;
    if (letters == 0 || letters > 2) return false;
    ++groups;
    if (i == word.size()) break;
    if (word[i] != '.') return false;
    ++i;
    if (i == word.size()) return false;  // "U.S." arrives without its final period
  }
  return groups >= 2;
}

bool ContinuesAfterSuffix(std::string_view next_word) {
  return GetTables().after_suffix.count(next_word) > 0;
}

bool ContinuesAfterTime(std::string_view next_word) {
  return GetTables().after_time.count(next_word) > 0;
}

}  // namespace precis::text_internal
