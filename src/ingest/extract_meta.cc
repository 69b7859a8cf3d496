// Metadata of a web page, from <meta>, JSON-LD and markup.
#include "ingest/extract_meta.h"

#include <simdjson.h>

#include <cstring>
#include <string_view>
#include <vector>

#include "ingest/extract_dom.h"

namespace precis::ingest {
namespace {

std::string Lower(std::string_view v) {
  std::string s(v);
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

std::string Collapse(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// All text under `n`, white space collapsed.
std::string NodeText(const xmlNode* n) {
  xmlChar* raw = xmlNodeGetContent(n);
  if (raw == nullptr) return "";
  std::string s = Collapse(reinterpret_cast<const char*>(raw));
  xmlFree(raw);
  return s;
}

struct Slots {
  std::string ld_title, ld_date, ld_author, ld_site, ld_url, ld_language, ld_body;
  std::string og_title, og_date, og_author, og_site, og_url, og_locale;
  std::string meta_date, meta_author, meta_language, item_date, item_author;
  std::string title, time, canonical, html_lang, h1, h2;
};

void SetOnce(std::string* slot, std::string_view value) {
  if (slot->empty() && !value.empty()) *slot = Collapse(value);
}

bool IsArticleType(std::string_view t) {
  return t.find("Article") != std::string_view::npos || t == "BlogPosting" || t == "Report" ||
         t == "LiveBlogPosting" || t == "SocialMediaPosting";
}

std::string_view JsonString(simdjson::dom::element e) {
  std::string_view s;
  if (e.get(s) == simdjson::SUCCESS) return s;
  return {};
}

std::string NameOf(simdjson::dom::element e) {
  if (e.is_string()) return std::string(JsonString(e));
  if (e.is_object()) {
    simdjson::dom::element name;
    if (e["name"].get(name) == simdjson::SUCCESS) return std::string(JsonString(name));
  }
  if (e.is_array()) {
    std::string all;
    for (simdjson::dom::element x : e.get_array()) {
      const std::string n = NameOf(x);
      if (n.empty()) continue;
      if (!all.empty()) all += ", ";
      all += n;
    }
    return all;
  }
  return "";
}

void ReadLdObject(simdjson::dom::element e, Slots* s, int depth) {
  if (depth > 8) return;
  if (e.is_array()) {
    for (simdjson::dom::element x : e.get_array()) ReadLdObject(x, s, depth + 1);
    return;
  }
  if (!e.is_object()) return;
  simdjson::dom::element graph;
  if (e["@graph"].get(graph) == simdjson::SUCCESS) ReadLdObject(graph, s, depth + 1);
  simdjson::dom::element type;
  if (e["@type"].get(type) != simdjson::SUCCESS) return;
  bool article = false;
  if (type.is_string()) {
    article = IsArticleType(JsonString(type));
  } else if (type.is_array()) {
    for (simdjson::dom::element t : type.get_array())
      article = article || IsArticleType(JsonString(t));
  }
  if (!article) return;
  simdjson::dom::element v;
  if (e["headline"].get(v) == simdjson::SUCCESS) SetOnce(&s->ld_title, JsonString(v));
  if (e["datePublished"].get(v) == simdjson::SUCCESS) SetOnce(&s->ld_date, JsonString(v));
  if (e["author"].get(v) == simdjson::SUCCESS) SetOnce(&s->ld_author, NameOf(v));
  if (e["publisher"].get(v) == simdjson::SUCCESS) SetOnce(&s->ld_site, NameOf(v));
  if (e["url"].get(v) == simdjson::SUCCESS) SetOnce(&s->ld_url, JsonString(v));
  if (e["inLanguage"].get(v) == simdjson::SUCCESS) SetOnce(&s->ld_language, JsonString(v));
  if (e["articleBody"].get(v) == simdjson::SUCCESS && s->ld_body.empty()) {
    s->ld_body = std::string(JsonString(v));
  }
}

void ReadLdJson(const xmlNode* script, Slots* s, simdjson::dom::parser* parser) {
  xmlChar* raw = xmlNodeGetContent(script);
  if (raw == nullptr) return;
  const std::string text(reinterpret_cast<const char*>(raw));
  xmlFree(raw);
  simdjson::dom::element root;
  if (parser->parse(text).get(root) != simdjson::SUCCESS) return;  // broken JSON-LD is common
  ReadLdObject(root, s, 0);
}

void ReadMetaTag(const xmlNode* n, Slots* s) {
  std::string_view raw_key = Attribute(n, "property");
  if (raw_key.empty()) raw_key = Attribute(n, "name");
  if (raw_key.empty()) raw_key = Attribute(n, "itemprop");
  if (raw_key.empty()) raw_key = Attribute(n, "http-equiv");
  const std::string key = Lower(raw_key);
  const std::string_view content = Attribute(n, "content");
  if (key.empty() || content.empty()) return;
  if (key == "og:title") SetOnce(&s->og_title, content);
  if (key == "article:published_time" || key == "og:published_time") SetOnce(&s->og_date, content);
  if (key == "article:author" && content.find("://") == std::string_view::npos) {
    SetOnce(&s->og_author, content);
  }
  if (key == "og:site_name") SetOnce(&s->og_site, content);
  if (key == "og:url") SetOnce(&s->og_url, content);
  if (key == "og:locale") SetOnce(&s->og_locale, content);
  if (key == "date" || key == "pubdate" || key == "publishdate" || key == "dc.date" ||
      key == "dcterms.date" || key == "datepublished" || key == "sailthru.date" ||
      key == "dc.date.issued" || key == "publish-date" || key == "article.published") {
    SetOnce(&s->meta_date, content);
  }
  if (key == "author" || key == "dc.creator" || key == "sailthru.author" || key == "byl") {
    SetOnce(&s->meta_author, content);
  }
  if (key == "content-language" || key == "language" || key == "dc.language") {
    SetOnce(&s->meta_language, content);
  }
}

// BCP 47 from "en_US" / "en-us" / "EN" / "en-US,en": "en-US", "en"; "" when
// malformed.
std::string NormalizeLanguage(std::string_view tag) {
  const size_t cut = tag.find_first_of(",; ");
  if (cut != std::string_view::npos) tag = tag.substr(0, cut);
  std::string out;
  size_t part = 0, len = 0;
  auto fix_part = [&](size_t begin) {
    // Two-letter region subtags are upper case ("pt-BR"); the language is lower
    // case.
    if (part > 0 && len == 2) {
      for (size_t i = begin; i < out.size(); ++i) {
        if (out[i] >= 'a' && out[i] <= 'z') out[i] = static_cast<char>(out[i] - 'a' + 'A');
      }
    }
  };
  size_t begin = 0;
  for (char c : tag) {
    if (c == '_' || c == '-') {
      if (len == 0) return "";
      fix_part(begin);
      out += '-';
      begin = out.size();
      ++part;
      len = 0;
      continue;
    }
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) return "";
    if (part == 0 && !(c >= 'a' && c <= 'z')) return "";
    out += c;
    ++len;
  }
  fix_part(begin);
  const size_t primary = out.find('-') == std::string::npos ? out.size() : out.find('-');
  if (primary < 2 || primary > 3) return "";
  return out;
}

const std::string& First(std::initializer_list<const std::string*> options) {
  for (const std::string* s : options) {
    if (!s->empty()) return *s;
  }
  return **options.begin();
}

// What sites put between a title and their name: " | ", " - ", " – ", " — ", " · ", " :: ", and
// the full-width "｜" and "_" of Chinese and Japanese sites ("四川发生5.8级地震_新华网").
constexpr std::string_view kTitleSeparators[] = {" | ",  " - ", " \u2013 ", " \u2014 ", " \u00b7 ",
                                                 " :: ", " : ", "\uff5c",   " \uff5c ", "_"};

// A page's <title> often ends with the site's name ("Pumps Lower Brenmoor Reservoir |
// Pacific Ledger"); og:title and JSON-LD headlines do not. Drop " | Site" (also " - ",
// " – ", " — ", " · ", " :: ") when Site is the page's own site name and words remain.
std::string WithoutSiteName(const std::string& title, const std::string& site) {
  if (site.empty() || title.size() <= site.size() || !title.ends_with(site)) return title;
  std::string_view rest(title.data(), title.size() - site.size());
  for (std::string_view sep : kTitleSeparators) {
    if (rest.ends_with(sep) && rest.size() > sep.size()) {
      return std::string(rest.substr(0, rest.size() - sep.size()));
    }
  }
  return title;
}

// The same when the page does not name its site but its <h1> is the title's first part
// ("東京で桜の開花を発表｜NHKニュース" with <h1>東京で桜の開花を発表</h1>, "В Казани открылся
// форум — ТАСС"): the rest, after a separator, is the site's name.
std::string WithoutSuffixAfterHeading(const std::string& title, const std::string& h1) {
  if (h1.empty() || title.size() <= h1.size() || !title.starts_with(h1)) return title;
  const std::string_view rest = std::string_view(title).substr(h1.size());
  for (std::string_view sep : kTitleSeparators) {
    if (rest.starts_with(sep) && rest.size() > sep.size()) return h1;
  }
  return title;
}

}  // namespace

void ReadPageMeta(const xmlDoc* doc, PageMeta* meta) {
  *meta = PageMeta();
  Slots s;
  simdjson::dom::parser parser;
  const xmlNode* root = xmlDocGetRootElement(doc);
  if (root == nullptr) return;
  SetOnce(&s.html_lang, Attribute(root, "lang"));
  std::vector<const xmlNode*> stack{root};
  while (!stack.empty()) {
    const xmlNode* n = stack.back();
    stack.pop_back();
    if (n->type != XML_ELEMENT_NODE) continue;
    const char* name = ElementName(n);
    bool descend = true;
    if (std::strcmp(name, "meta") == 0) {
      ReadMetaTag(n, &s);
    } else if (std::strcmp(name, "title") == 0) {
      if (s.title.empty()) s.title = NodeText(n);
      descend = false;
    } else if (std::strcmp(name, "script") == 0) {
      if (Lower(Attribute(n, "type")) == "application/ld+json") ReadLdJson(n, &s, &parser);
      descend = false;
    } else if (std::strcmp(name, "style") == 0) {
      descend = false;
    } else if (std::strcmp(name, "body") == 0) {
      if (meta->body == nullptr) meta->body = n;
    } else if (std::strcmp(name, "h1") == 0) {
      if (s.h1.empty()) s.h1 = NodeText(n);
    } else if (std::strcmp(name, "h2") == 0) {
      if (s.h2.empty()) s.h2 = NodeText(n);
    } else if (std::strcmp(name, "time") == 0) {
      SetOnce(&s.time, Attribute(n, "datetime"));
    } else if (std::strcmp(name, "link") == 0) {
      if (Lower(Attribute(n, "rel")) == "canonical") SetOnce(&s.canonical, Attribute(n, "href"));
    }
    const std::string_view itemprop = Attribute(n, "itemprop");
    if (itemprop == "datePublished") {
      std::string_view v = Attribute(n, "datetime");
      if (v.empty()) v = Attribute(n, "content");
      SetOnce(&s.item_date, v);
    } else if (itemprop == "author" && std::strcmp(name, "meta") != 0) {
      SetOnce(&s.item_author, NodeText(n));
    }
    if (!descend) continue;
    // Children pushed in reverse so that "first" means first in the page.
    const xmlNode* last = n->last;
    for (const xmlNode* c = last; c != nullptr; c = c->prev) {
      if (c->type == XML_ELEMENT_NODE) stack.push_back(c);
    }
  }
  meta->title = First({&s.og_title, &s.ld_title, &s.title, &s.h1});
  meta->site = First({&s.og_site, &s.ld_site});
  if (s.og_title.empty() && s.ld_title.empty()) {
    // A page without <h1> often has its headline in the first <h2> ("부산 해운대 해수욕장 조기
    // 개장 : 부산매일" with <h2>부산 해운대 해수욕장 조기 개장</h2>).
    meta->title = WithoutSuffixAfterHeading(WithoutSiteName(meta->title, meta->site),
                                            s.h1.empty() ? s.h2 : s.h1);
  }
  meta->date = First({&s.ld_date, &s.og_date, &s.meta_date, &s.item_date, &s.time});
  meta->author = First({&s.ld_author, &s.og_author, &s.meta_author, &s.item_author});
  meta->url = First({&s.og_url, &s.canonical, &s.ld_url});
  meta->language =
      NormalizeLanguage(First({&s.html_lang, &s.ld_language, &s.meta_language, &s.og_locale}));
  meta->ld_body = std::move(s.ld_body);
  meta->h1 = std::move(s.h1);
}

}  // namespace precis::ingest
