// DigestToText and DigestToHtml.
#include <map>
#include <string>

#include "precis/story.h"

namespace precis {
namespace {

std::string Dates(const Story& s) {
  if (s.first_date.empty()) return "";
  if (s.first_date == s.last_date) return s.first_date;
  return s.first_date + " to " + s.last_date;
}

std::string Join(const std::vector<std::string>& items, const char* sep) {
  std::string out;
  for (const std::string& i : items) out += (out.empty() ? "" : sep) + i;
  return out;
}

// One line: line breaks inside a sentence become spaces.
std::string OneLine(std::string s) {
  for (char& c : s) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  return s;
}

std::string Escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

// How a reader cites an article: its outlet, else its id.
std::string Outlet(const StoryDigest& d, std::string_view id) {
  const DigestSource* source = FindDigestSource(d, id);
  return source != nullptr && !source->source.empty() ? source->source : std::string(id);
}

// Only web links become links (no javascript: or data: URLs from an article's url field).
bool IsWebLink(std::string_view url) {
  return url.starts_with("https://") || url.starts_with("http://");
}

std::string Meta(const StoryDigest& d) {
  const Story& s = d.story;
  std::string meta =
      std::to_string(s.articles.size()) + " article" + (s.articles.size() == 1 ? "" : "s");
  if (!s.duplicates.empty())
    meta += " (" + std::to_string(s.duplicates.size()) + " duplicate" +
            (s.duplicates.size() == 1 ? "" : "s") + ")";
  const std::string dates = Dates(s);
  if (!dates.empty()) meta = dates + " · " + meta;
  if (d.off_topic_sentences > 0) {
    meta += " · " + std::to_string(d.off_topic_sentences) + " off-topic sentence" +
            (d.off_topic_sentences == 1 ? "" : "s") + " left out";
  }
  if (d.duplicate_sentences > 0) {
    meta += " · " + std::to_string(d.duplicate_sentences) + " duplicate sentence" +
            (d.duplicate_sentences == 1 ? "" : "s") + " left out";
  }
  return meta;
}

constexpr const char* kStyle = R"css(
body{font:16px/1.5 Georgia,serif;max-width:46em;margin:2em auto;padding:0 1em;color:#222;background:#fdfdfb}
h1{font:bold 1.6em/1.2 Helvetica,Arial,sans-serif;border-bottom:2px solid #222;padding-bottom:.3em}
section{margin:2em 0;padding-bottom:1em;border-bottom:1px solid #ddd}
h2{font:bold 1.2em/1.3 Helvetica,Arial,sans-serif;margin:0 0 .3em}
.meta{font:.85em Helvetica,Arial,sans-serif;color:#666;margin:0 0 .6em}
.terms span{display:inline-block;background:#eef;border-radius:3px;padding:0 .4em;margin:0 .3em .3em 0}
.summary p{margin:.4em 0}
.summary .src{font:.75em Helvetica,Arial,sans-serif;color:#999;margin-left:.4em}
.summary .cut{color:#aaa}
.summary a.src{color:#669;text-decoration:none}
.dups{font:.85em Helvetica,Arial,sans-serif;color:#666}
.sources{font:.85em Helvetica,Arial,sans-serif;color:#444}
.sources ul{margin:.3em 0;padding-left:1.2em}
.sources summary{cursor:pointer;color:#666}
.empty{color:#999;font-style:italic}
)css";

// The sentence's source spans as data-spans="b-e,b-e" (byte offsets into its article), so a
// reader's tools can trace every part of it.
std::string SpansAttribute(const SummarySentence& sentence) {
  std::string out = " data-spans=\"";
  const std::vector<Span> spans = SentenceSpans(sentence);
  for (size_t i = 0; i < spans.size(); ++i) {
    // Appended piece by piece: `"," + std::to_string(...)` made GCC 12 warn (-Wrestrict, a
    // false positive inside std::string) in the quick start's build.
    if (i > 0) out += ',';
    out += std::to_string(spans[i].begin);
    out += '-';
    out += std::to_string(spans[i].end);
  }
  return out + "\"";
}

// The sentence text with an elision mark where compression left words of the source out
// (between two of its spans); nothing added when it is one span.
std::string CompressedHtml(const SummarySentence& sentence) {
  const std::vector<Span> spans = SentenceSpans(sentence);
  if (spans.size() < 2) return Escape(OneLine(sentence.text));
  std::string out;
  size_t at = 0;
  for (size_t i = 0; i < spans.size() && at <= sentence.text.size(); ++i) {
    if (i > 0) out += "<span class=\"cut\" title=\"words of the source left out\">[\u2026]</span>";
    out += Escape(OneLine(sentence.text.substr(at, spans[i].size())));
    at += spans[i].size();
  }
  return out;
}

}  // namespace

std::string DigestToText(const std::vector<StoryDigest>& digests) {
  std::string out;
  for (size_t i = 0; i < digests.size(); ++i) {
    const StoryDigest& d = digests[i];
    const Story& s = d.story;
    if (i > 0) out += '\n';
    out += "# Story " + std::to_string(s.id) + ": " + OneLine(s.headline) + '\n';
    out += Meta(d) + '\n';
    if (!s.terms.empty()) out += "Terms: " + Join(s.terms, ", ") + '\n';
    out += '\n';
    for (const SummarySentence& sentence : d.summary.sentences) {
      out += OneLine(sentence.text) + '\n';
    }
    if (!s.duplicates.empty()) {
      std::vector<std::string> pairs;
      for (const auto& [dup, of] : s.duplicates) pairs.push_back(dup + " (of " + of + ")");
      out += "Duplicates: " + Join(pairs, ", ") + '\n';
    }
    if (!d.sources.empty()) {
      out += "Sources:\n";
      for (const DigestSource& source : d.sources) {
        std::vector<std::string> parts;
        for (const std::string* part : {&source.source, &source.date, &source.url}) {
          if (!part->empty()) parts.push_back(OneLine(*part));
        }
        out += "  " + source.id + ": " +
               (source.title.empty() ? std::string("(untitled)") : OneLine(source.title)) +
               (parts.empty() ? "" : " - " + Join(parts, ", ")) + '\n';
      }
    }
  }
  return out;
}

// ` lang="ja"` for an element holding text of the article `id` when its language is known.
std::string LangAttribute(const StoryDigest& d, std::string_view id) {
  const DigestSource* source = FindDigestSource(d, id);
  if (source == nullptr || source->language.empty()) return "";
  return " lang=\"" + Escape(source->language) + "\"";
}

// The language most of the story's articles are in, for its headline and terms ("" when
// none is known).
std::string StoryLang(const StoryDigest& d) {
  std::map<std::string, size_t> count;
  for (const DigestSource& source : d.sources) {
    if (!source.language.empty()) ++count[source.language];
  }
  std::string best;
  size_t most = 0;
  for (const auto& [tag, n] : count) {
    if (n > most) best = tag, most = n;
  }
  return best.empty() ? "" : " lang=\"" + Escape(best) + "\"";
}

std::string DigestToHtml(const std::vector<StoryDigest>& digests, std::string_view title) {
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, "
      "initial-scale=1\">\n<title>" +
      Escape(title) + "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n<h1>" +
      Escape(title) + "</h1>\n";
  for (const StoryDigest& d : digests) {
    const Story& s = d.story;
    // dir="auto": each headline and sentence takes the direction of its own first strong
    // letter, so Arabic and Hebrew read right to left in an English page.
    // The page's own words are English (lang="en" on <html>); the news keeps its language:
    // lang on the headline, the terms and every sentence (Han characters take Japanese or
    // Chinese glyphs by it, a screen reader its voice).
    const std::string story_lang = StoryLang(d);
    out += "<section id=\"story-" + std::to_string(s.id) + "\">\n<h2 dir=\"auto\"" + story_lang +
           ">" + Escape(OneLine(s.headline)) + "</h2>\n<p class=\"meta\">" + Escape(Meta(d)) +
           "</p>\n";
    if (!s.terms.empty()) {
      out += "<p class=\"meta terms\"" + story_lang + ">";
      for (const std::string& t : s.terms) out += "<span>" + Escape(t) + "</span>";
      out += "</p>\n";
    }
    out += "<div class=\"summary\">\n";
    if (d.summary.sentences.empty()) out += "<p class=\"empty\">No summary sentence.</p>\n";
    for (const SummarySentence& sentence : d.summary.sentences) {
      const DigestSource* source = FindDigestSource(d, sentence.doc_id);
      const std::string label = Escape(Outlet(d, sentence.doc_id));
      const std::string cite =
          "<span class=\"src\" title=\"" + Escape(sentence.doc_id) + "\">" + label + "</span>";
      // A space before the citation, so that copied text and screen readers do not get
      // "town.The Caldwick Courier".
      out += "<p dir=\"auto\"" + LangAttribute(d, sentence.doc_id) + SpansAttribute(sentence) +
             ">" + CompressedHtml(sentence) + " " +
             (source != nullptr && IsWebLink(source->url)
                  ? "<a class=\"src\" title=\"" + Escape(sentence.doc_id) + "\" href=\"" +
                        Escape(source->url) + "\" rel=\"noopener noreferrer\">" + label + "</a>"
                  : cite) +
             "</p>\n";
    }
    out += "</div>\n";
    if (!s.duplicates.empty()) {
      out += "<p class=\"dups\">Duplicates: ";
      for (size_t i = 0; i < s.duplicates.size(); ++i) {
        const auto& [dup, of] = s.duplicates[i];
        out += (i ? ", " : "") + Escape(dup) + " (" + Escape(Outlet(d, dup)) + ", a copy of " +
               Escape(of) + " from " + Escape(Outlet(d, of)) + ")";
      }
      out += "</p>\n";
    }
    if (!d.off_topic.empty()) {
      // What the off-topic filters removed, so that a reader can check them.
      out += "<details class=\"sources\"><summary>Left out as off-topic</summary><ul>\n";
      for (const LeftOutSentence& left : d.off_topic) {
        out += "<li dir=\"auto\"" + LangAttribute(d, left.article_id) + ">" +
               Escape(OneLine(left.text)) + " <span class=\"meta\">" +
               Escape(Outlet(d, left.article_id)) + "</span></li>\n";
      }
      out += "</ul></details>\n";
    }
    if (!d.sources.empty()) {
      out += "<details class=\"sources\"><summary>Sources</summary><ul>\n";
      for (const DigestSource& source : d.sources) {
        const std::string title =
            Escape(source.title.empty() ? "(untitled)" : OneLine(source.title));
        out += "<li dir=\"auto\"" + LangAttribute(d, source.id) + ">" +
               (IsWebLink(source.url) ? "<a href=\"" + Escape(source.url) +
                                            "\" rel=\"noopener noreferrer\">" + title + "</a>"
                                      : title);
        std::vector<std::string> parts;
        for (const std::string* part : {&source.source, &source.date}) {
          if (!part->empty()) parts.push_back(Escape(OneLine(*part)));
        }
        parts.push_back(Escape(source.id));
        out += " <span class=\"meta\">" + Join(parts, ", ") + "</span></li>\n";
      }
      out += "</ul></details>\n";
    }
    out += "</section>\n";
  }
  out += "</body>\n</html>\n";
  return out;
}

}  // namespace precis
