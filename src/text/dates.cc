// ParseDate: ISO 8601 and RFC 5322 dates and date-times to seconds since the Unix epoch
// (UTC).
#include <algorithm>
#include <cstdint>
#include <numeric>
#include <string_view>
#include <utility>

#include "precis/text.h"
#include "text/ascii.h"

namespace precis {
namespace {

// Reads exactly `n` digits at *pos.
bool Digits(std::string_view s, size_t* pos, int n, int* value) {
  if (*pos + n > s.size()) return false;
  int v = 0;
  for (int i = 0; i < n; ++i) {
    const char c = s[*pos + i];
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  *pos += n;
  *value = v;
  return true;
}

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeap(y) ? 29 : kDays[m - 1];
}

// Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar: count
// whole 400-year eras from year 0 (shifted to start in March so the leap day
// ends the year).
int64_t DaysFromCivil(int64_t y, int m, int d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t year_of_era = y - era * 400;
  const int64_t day_of_year = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

bool IsSpace(char c) { return c == ' ' || c == '\t'; }

void SkipSpaces(std::string_view s, size_t* pos) {
  while (*pos < s.size() && IsSpace(s[*pos])) ++*pos;
}

// A run of ASCII letters at *pos, lower-cased.
std::string_view Letters(std::string_view s, size_t* pos, char (&buf)[8]) {
  size_t n = 0;
  while (*pos < s.size() && n < sizeof buf && text_internal::IsAsciiAlpha(s[*pos])) {
    buf[n++] = text_internal::AsciiLower(s[(*pos)++]);
  }
  return std::string_view(buf, n);
}

// The date-time of e-mail and RSS (RFC 5322 section 3.3, with RFC 822's two-digit years and
// zone names): "Mon, 11 Mar 2024 09:00:00 GMT", "11 Mar 2024 09:00 +0300",
// "Tue, 1 Oct 24 17:05:33 EDT". The day name is optional and not checked against the date;
// the time is optional (midnight); a missing zone is UTC.
bool ParseRfc5322Date(std::string_view s, int64_t* seconds) {
  size_t pos = 0;
  char buf[8];
  if (pos < s.size() && !(s[pos] >= '0' && s[pos] <= '9')) {
    const std::string_view day_name = Letters(s, &pos, buf);
    if (day_name.size() < 3) return false;
    SkipSpaces(s, &pos);
    if (pos >= s.size() || s[pos++] != ',') return false;
    SkipSpaces(s, &pos);
  }
  int d = 0, y = 0, h = 0, mi = 0, sec = 0;
  if (!Digits(s, &pos, 2, &d) && !Digits(s, &pos, 1, &d)) return false;
  SkipSpaces(s, &pos);
  static constexpr std::string_view kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                                 "jul", "aug", "sep", "oct", "nov", "dec"};
  const std::string_view month = Letters(s, &pos, buf);
  if (month.size() < 3) return false;
  int mo = 0;
  for (int i = 0; i < 12; ++i) {
    if (month.substr(0, 3) == kMonths[i]) mo = i + 1;
  }
  if (mo == 0) return false;
  SkipSpaces(s, &pos);
  if (Digits(s, &pos, 4, &y)) {
  } else if (Digits(s, &pos, 2, &y)) {
    y += y < 50 ? 2000 : 1900;  // RFC 5322 section 4.3
  } else {
    return false;
  }
  if (d < 1 || d > DaysInMonth(y, mo)) return false;
  SkipSpaces(s, &pos);
  int64_t offset = 0;
  if (pos < s.size()) {
    if (!Digits(s, &pos, 2, &h) || pos >= s.size() || s[pos++] != ':' || !Digits(s, &pos, 2, &mi)) {
      return false;
    }
    if (pos < s.size() && s[pos] == ':' && (++pos, !Digits(s, &pos, 2, &sec))) return false;
    if (h > 23 || mi > 59 || sec > 60) return false;
    SkipSpaces(s, &pos);
    if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) {
      const int sign = s[pos++] == '-' ? -1 : 1;
      int oh = 0, om = 0;
      if (!Digits(s, &pos, 2, &oh) || !Digits(s, &pos, 2, &om) || oh > 23 || om > 59) return false;
      offset = sign * (oh * 3600 + om * 60);
    } else if (pos < s.size()) {
      // RFC 822 zone names (North American ones; other abbreviations are ambiguous).
      static constexpr std::pair<std::string_view, int> kZones[] = {
          {"ut", 0},   {"utc", 0},  {"gmt", 0},  {"z", 0},    {"est", -5}, {"edt", -4},
          {"cst", -6}, {"cdt", -5}, {"mst", -7}, {"mdt", -6}, {"pst", -8}, {"pdt", -7}};
      const std::string_view zone = Letters(s, &pos, buf);
      bool known = false;
      for (const auto& [name, hours] : kZones) {
        if (zone == name) {
          offset = hours * 3600;
          known = true;
        }
      }
      if (!known) return false;
    }
    SkipSpaces(s, &pos);
    if (pos != s.size()) return false;
  }
  *seconds = DaysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec - offset;
  return true;
}

}  // namespace

bool ParseDate(std::string_view s, int64_t* seconds) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  // Not ISO 8601 (which opens with a four-digit year): perhaps an RSS date.
  if (s.size() < 5 || !(s[4] == '-' || (s[4] >= '0' && s[4] <= '9'))) {
    return ParseRfc5322Date(s, seconds);
  }
  size_t pos = 0;
  int y, mo, d, h = 0, mi = 0, sec = 0;
  if (!Digits(s, &pos, 4, &y)) return false;
  const bool dashes = pos < s.size() && s[pos] == '-';
  if (dashes) ++pos;
  if (!Digits(s, &pos, 2, &mo)) return false;
  if (dashes && (pos >= s.size() || s[pos++] != '-')) return false;
  if (!Digits(s, &pos, 2, &d)) return false;
  if (mo < 1 || mo > 12 || d < 1 || d > DaysInMonth(y, mo)) return false;
  int64_t offset = 0;
  if (pos < s.size()) {
    if (s[pos] != 'T' && s[pos] != 't' && s[pos] != ' ') return false;
    ++pos;
    if (!Digits(s, &pos, 2, &h) || pos >= s.size() || s[pos++] != ':' || !Digits(s, &pos, 2, &mi)) {
      return false;
    }
    if (pos < s.size() && s[pos] == ':') {
      ++pos;
      if (!Digits(s, &pos, 2, &sec)) return false;
      if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
        ++pos;
        const size_t start = pos;
        while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') ++pos;
        if (pos == start) return false;
      }
    }
    if (h > 24 || mi > 59 || sec > 60 || (h == 24 && (mi != 0 || sec != 0))) return false;
    if (pos < s.size()) {
      if (s[pos] == 'Z' || s[pos] == 'z') {
        ++pos;
      } else if (s[pos] == '+' || s[pos] == '-') {
        const int sign = s[pos++] == '-' ? -1 : 1;
        int oh, om = 0;
        if (!Digits(s, &pos, 2, &oh)) return false;
        if (pos < s.size() && s[pos] == ':') ++pos;
        if (pos < s.size() && !Digits(s, &pos, 2, &om)) return false;
        if (oh > 23 || om > 59) return false;
        offset = sign * (oh * 3600 + om * 60);
      } else {
        return false;
      }
    }
    if (pos != s.size()) return false;
  }
  *seconds = DaysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec - offset;
  return true;
}

}  // namespace precis
