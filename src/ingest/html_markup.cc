// LooksLikeHtmlMarkup (precis/ingest.h): HTML where plain text is expected.
#include <array>
#include <string>
#include <string_view>

#include "precis/ingest.h"
#include "text/ascii.h"

namespace precis {
namespace {

// Case-insensitive: does `text` hold `lower` (ASCII, lower case) at `at`?
bool MatchesAt(std::string_view text, size_t at, std::string_view lower) {
  if (at + lower.size() > text.size()) return false;
  for (size_t i = 0; i < lower.size(); ++i) {
    if (text_internal::AsciiLower(text[at + i]) != lower[i]) return false;
  }
  return true;
}

// The openings of the tags that hold an article's text, and of the inline ones inside it
// (a trial's "<p>Hello <b>world</b></p>" was two tags and passed). Each ends where the tag name
// does ('>' or ' '), so "<p" does not match "<pre" nor "<br" "<brand".
constexpr std::array<std::string_view, 30> kTags = {
    "<p>",   "<p ",     "</p>",    "<div",     "</div>",    "<br>",  "<br/", "<br ",
    "<span", "</span>", "<a href", "</a>",     "<li>",      "</li>", "<ul>", "<ol>",
    "<img ", "<h1",     "<h2",     "<h3",      "</h",       "<b>",   "</b>", "<i>",
    "</i>",  "<em>",    "</em>",   "<strong>", "</strong>", "<td"};

}  // namespace

bool LooksLikeHtmlMarkup(std::string_view text, std::string* example) {
  size_t start = 0;
  while (start < text.size() && text_internal::IsAsciiSpace(text[start])) ++start;
  for (std::string_view page : {std::string_view("<!doctype html"), std::string_view("<html")}) {
    if (MatchesAt(text, start, page)) {
      if (example != nullptr) *example = std::string(text.substr(start, page.size()));
      return true;
    }
  }
  size_t found = 0;
  for (size_t at = text.find('<'); at != std::string_view::npos; at = text.find('<', at + 1)) {
    for (std::string_view tag : kTags) {
      if (!MatchesAt(text, at, tag)) continue;
      if (found++ == 0 && example != nullptr) {
        const size_t end = text.find('>', at);
        *example = std::string(text.substr(
            at, end == std::string_view::npos || end - at > 40 ? tag.size() : end - at + 1));
      }
      if (found == 3) return true;
      break;
    }
  }
  return false;
}

}  // namespace precis
