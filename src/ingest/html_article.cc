// HTML articles: gumbo builds the tree (it decodes entities and repairs bad markup); we find
// the metadata and the main text. Both walks are iterative so deeply nested markup cannot
// exhaust the stack.
#include <gumbo.h>

#include <cctype>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "ingest/extract_charset.h"
#include "ingest/file_io.h"
#include "ingest/lines.h"
#include "ingest/utf8_repair.h"
#include "precis/ingest.h"
#include "precis/text.h"

namespace precis {
namespace {

bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Noise around the article: never read.
bool IsDropped(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_HEAD:
      return true;
    default:
      return false;
  }
}

// Elements whose text is article text.
bool IsContentBlock(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
      return true;
    default:
      return false;
  }
}

// Other elements that start a new paragraph (text around them is never run together).
bool IsBlock(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_CENTER:
      return true;
    default:
      return false;
  }
}

// Builds blank-line separated paragraphs from text fragments, collapsing white space.
class ParagraphWriter {
 public:
  void Text(const char* s) {
    for (; *s != '\0'; ++s) {
      if (IsAsciiSpace(*s)) {
        space_ = !para_.empty() && para_.back() != '\n';
      } else {
        if (space_) para_ += ' ';
        space_ = false;
        para_ += *s;
      }
    }
  }
  void LineBreak() {
    if (!para_.empty() && para_.back() != '\n') para_ += '\n';
    space_ = false;
  }
  void EndParagraph() {
    while (!para_.empty() && para_.back() == '\n') para_.pop_back();
    if (!para_.empty()) {
      if (!out_.empty()) out_ += "\n\n";
      out_ += para_;
    }
    para_.clear();
    space_ = false;
  }
  std::string Take() {
    EndParagraph();
    return std::move(out_);
  }

 private:
  std::string out_, para_;
  bool space_ = false;
};

const GumboVector* Children(const GumboNode* node) {
  if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE) {
    return &node->v.element.children;
  }
  if (node->type == GUMBO_NODE_DOCUMENT) return &node->v.document.children;
  return nullptr;
}

// The text under `root`. With `content_only`, only text inside content blocks counts.
std::string ExtractText(const GumboNode* root, bool content_only) {
  ParagraphWriter writer;
  struct Frame {
    const GumboNode* node;
    unsigned next;
    bool in_content;
    bool block;
  };
  std::vector<Frame> stack;
  stack.push_back({root, 0, !content_only, true});
  while (!stack.empty()) {
    Frame& top = stack.back();
    const GumboVector* kids = Children(top.node);
    if (kids == nullptr || top.next >= kids->length) {
      if (top.block) writer.EndParagraph();
      stack.pop_back();
      continue;
    }
    const auto* child = static_cast<const GumboNode*>(kids->data[top.next++]);
    const bool in_content = top.in_content;  // `top` dies at the next push_back
    switch (child->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_CDATA:
      case GUMBO_NODE_WHITESPACE:
        if (in_content) writer.Text(child->v.text.text);
        break;
      case GUMBO_NODE_ELEMENT: {
        const GumboTag tag = child->v.element.tag;
        if (IsDropped(tag)) break;
        if (tag == GUMBO_TAG_BR) {
          if (in_content) writer.LineBreak();
          break;
        }
        const bool content = IsContentBlock(tag);
        const bool block = content || IsBlock(tag);
        if (block) writer.EndParagraph();
        stack.push_back({child, 0, in_content || content, block});
        break;
      }
      default:  // comments, templates, documents
        break;
    }
  }
  return writer.Take();
}

const char* Attr(const GumboNode* node, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
  return a ? a->value : nullptr;
}

// Collapsed text of one element (for <title>, <h1>).
std::string InlineText(const GumboNode* node) {
  std::string text = ExtractText(node, /*content_only=*/false);
  for (char& c : text) {
    if (c == '\n') c = ' ';
  }
  return text;
}

// What one pass over the whole tree finds.
struct PageParts {
  const GumboNode* title = nullptr;
  const GumboNode* h1 = nullptr;
  const GumboNode* article = nullptr;
  const GumboNode* main = nullptr;
  const GumboNode* body = nullptr;
  std::string published, meta_date, time_datetime, site_name, og_url, canonical;
};

void NoteMeta(const GumboNode* node, PageParts* parts) {
  const char* key = Attr(node, "property");
  if (key == nullptr) key = Attr(node, "name");
  const char* content = Attr(node, "content");
  if (key == nullptr || content == nullptr) return;
  std::string k(key);
  for (char& c : k) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::string* slot = nullptr;
  if (k == "article:published_time") {
    slot = &parts->published;
  } else if (k == "date" || k == "pubdate" || k == "publishdate" || k == "dc.date" ||
             k == "dcterms.date") {
    slot = &parts->meta_date;
  } else if (k == "og:site_name") {
    slot = &parts->site_name;
  } else if (k == "og:url") {
    slot = &parts->og_url;
  }
  if (slot != nullptr && slot->empty()) *slot = content;  // the first one wins
}

PageParts FindParts(const GumboNode* document) {
  PageParts parts;
  std::vector<const GumboNode*> stack{document};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    if (node->type == GUMBO_NODE_ELEMENT) {
      switch (node->v.element.tag) {
        case GUMBO_TAG_TITLE:
          if (!parts.title) parts.title = node;
          break;
        case GUMBO_TAG_H1:
          if (!parts.h1) parts.h1 = node;
          break;
        case GUMBO_TAG_ARTICLE:
          if (!parts.article) parts.article = node;
          break;
        case GUMBO_TAG_MAIN:
          if (!parts.main) parts.main = node;
          break;
        case GUMBO_TAG_BODY:
          if (!parts.body) parts.body = node;
          break;
        case GUMBO_TAG_META:
          NoteMeta(node, &parts);
          break;
        case GUMBO_TAG_TIME:
          if (const char* dt = Attr(node, "datetime"); dt && parts.time_datetime.empty()) {
            parts.time_datetime = dt;
          }
          break;
        case GUMBO_TAG_LINK:
          if (const char* rel = Attr(node, "rel"); rel && std::strcmp(rel, "canonical") == 0) {
            if (const char* href = Attr(node, "href"); href && parts.canonical.empty()) {
              parts.canonical = href;
            }
          }
          break;
        default:
          break;
      }
    }
    // Push children in reverse so they pop in document order ("first" means first in the
    // page).
    if (const GumboVector* kids = Children(node)) {
      for (unsigned i = kids->length; i > 0; --i) {
        stack.push_back(static_cast<const GumboNode*>(kids->data[i - 1]));
      }
    }
  }
  return parts;
}

const std::string& FirstNonEmpty(const std::string& a, const std::string& b, const std::string& c) {
  return !a.empty() ? a : !b.empty() ? b : c;
}

}  // namespace

static Status ParseHtmlArticleFields(std::string_view bytes, std::string_view name,
                                     Article* out) {
  // A page in another charset it declares (a <meta charset>, or a byte order mark) is
  // converted to UTF-8 first, as `precis extract` does (ingest/extract_charset.h).
  std::string converted;
  std::string charset = ingest::SniffCharset(bytes);
  size_t bad = 0;
  // Undeclared and not UTF-8: guessed, as browsers do (GuessCharset); "" when no guess is
  // confident, and the page is refused below.
  if (charset.empty() && !IsValidUtf8(bytes, &bad)) charset = ingest::GuessCharset(bytes);
  if (!charset.empty() && charset != "utf-8" && charset != "utf8") {
    if (!ingest::DecodeToUtf8(bytes, charset, &converted)) {
      return Status::DataError(std::string(name) + ": unknown charset \"" + charset + "\"");
    }
    bytes = converted;
  }
  if (LooksBinary(bytes)) {
    return Status::DataError(std::string(name) + ": looks like binary data");
  }
  if (!IsValidUtf8(bytes, &bad)) {
    return Status::DataError(std::string(name) + ": invalid UTF-8 at byte " + std::to_string(bad) +
                             (charset.empty() ? " (the page declares no charset and its "
                                                "encoding could not be guessed: add a <meta "
                                                "charset> naming it)"
                                              : ""));
  }
  const std::string_view html = ingest::StripBom(bytes);
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // we never look at parse errors; do not collect them
  std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> parsed(
      gumbo_parse_with_options(&options, html.data(), html.size()),
      [](GumboOutput* o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });
  if (parsed == nullptr) return Status::Internal(std::string(name) + ": HTML parser failed");

  const PageParts parts = FindParts(parsed->document);
  *out = Article();
  out->id = ingest::FileStem(name);
  if (parts.title) out->title = InlineText(parts.title);
  if (out->title.empty() && parts.h1) out->title = InlineText(parts.h1);
  out->date = FirstNonEmpty(parts.published, parts.meta_date, parts.time_datetime);
  out->source = parts.site_name;
  out->url = parts.og_url.empty() ? parts.canonical : parts.og_url;

  // The most specific element that holds paragraphs wins; an empty <article> (a teaser, a
  // placeholder) must not hide the text around it. Pages without any paragraph element
  // fall back to all the text of the most specific element that has some.
  const GumboNode* candidates[] = {parts.article, parts.main, parts.body, parsed->root};
  for (const bool content_only : {true, false}) {
    for (const GumboNode* root : candidates) {
      if (root == nullptr) continue;
      out->text = ExtractText(root, content_only);
      if (!out->text.empty()) return Status::Ok();
    }
  }
  return Status::Ok();
}

// gumbo decodes a numeric character reference beyond U+10FFFF ("&#x999999920AC;", found by
// fuzz/html_article_fuzz) into bytes that are not UTF-8. The HTML standard reads such a
// reference as U+FFFD; so does this wrapper, for every invalid sequence in every field.
Status ParseHtmlArticle(std::string_view bytes, std::string_view name, Article* out) {
  PRECIS_RETURN_IF_ERROR(ParseHtmlArticleFields(bytes, name, out));
  for (std::string* field : {&out->text, &out->title, &out->date, &out->source, &out->url}) {
    ingest::ReplaceInvalidUtf8(field);
  }
  return Status::Ok();
}

}  // namespace precis
