// Flattening libxml2's tree into elements and text blocks, in one iterative
// walk.
#include "ingest/extract_dom.h"

#include <cstring>
#include <string_view>

namespace precis::ingest {
namespace {

enum class TagRole : uint8_t { kInline, kBlock, kSkip, kFurniture, kBreak };

struct TagInfo {
  const char* name;
  TagRole role;
  BlockKind kind;
};

// Sorted by name for the binary search below.
constexpr TagInfo kTags[] = {
    {"address", TagRole::kBlock, BlockKind::kOther},
    {"article", TagRole::kBlock, BlockKind::kOther},
    {"aside", TagRole::kFurniture, BlockKind::kOther},
    {"blockquote", TagRole::kBlock, BlockKind::kQuote},
    {"body", TagRole::kBlock, BlockKind::kOther},
    {"br", TagRole::kBreak, BlockKind::kOther},
    {"button", TagRole::kSkip, BlockKind::kOther},
    {"canvas", TagRole::kSkip, BlockKind::kOther},
    {"caption", TagRole::kFurniture, BlockKind::kOther},
    {"center", TagRole::kBlock, BlockKind::kOther},
    {"dd", TagRole::kBlock, BlockKind::kListItem},
    {"details", TagRole::kBlock, BlockKind::kOther},
    {"dialog", TagRole::kSkip, BlockKind::kOther},
    {"div", TagRole::kBlock, BlockKind::kOther},
    {"dl", TagRole::kBlock, BlockKind::kOther},
    {"dt", TagRole::kBlock, BlockKind::kListItem},
    {"embed", TagRole::kSkip, BlockKind::kOther},
    {"fieldset", TagRole::kBlock, BlockKind::kOther},
    {"figcaption", TagRole::kFurniture, BlockKind::kOther},
    {"figure", TagRole::kBlock, BlockKind::kOther},
    {"footer", TagRole::kFurniture, BlockKind::kOther},
    {"form", TagRole::kBlock, BlockKind::kOther},
    {"h1", TagRole::kBlock, BlockKind::kHeading1},
    {"h2", TagRole::kBlock, BlockKind::kHeading},
    {"h3", TagRole::kBlock, BlockKind::kHeading},
    {"h4", TagRole::kBlock, BlockKind::kHeading},
    {"h5", TagRole::kBlock, BlockKind::kHeading},
    {"h6", TagRole::kBlock, BlockKind::kHeading},
    {"head", TagRole::kSkip, BlockKind::kOther},
    {"header", TagRole::kBlock, BlockKind::kOther},
    {"hgroup", TagRole::kBlock, BlockKind::kOther},
    {"hr", TagRole::kBlock, BlockKind::kOther},
    {"iframe", TagRole::kSkip, BlockKind::kOther},
    {"input", TagRole::kSkip, BlockKind::kOther},
    {"label", TagRole::kSkip, BlockKind::kOther},
    {"legend", TagRole::kBlock, BlockKind::kOther},
    {"li", TagRole::kBlock, BlockKind::kListItem},
    {"main", TagRole::kBlock, BlockKind::kOther},
    {"map", TagRole::kSkip, BlockKind::kOther},
    {"math", TagRole::kSkip, BlockKind::kOther},
    {"menu", TagRole::kFurniture, BlockKind::kOther},
    {"nav", TagRole::kFurniture, BlockKind::kOther},
    {"noscript", TagRole::kSkip, BlockKind::kOther},
    {"object", TagRole::kSkip, BlockKind::kOther},
    {"ol", TagRole::kBlock, BlockKind::kOther},
    {"option", TagRole::kSkip, BlockKind::kOther},
    {"p", TagRole::kBlock, BlockKind::kParagraph},
    {"picture", TagRole::kSkip, BlockKind::kOther},
    {"pre", TagRole::kBlock, BlockKind::kPre},
    {"script", TagRole::kSkip, BlockKind::kOther},
    {"section", TagRole::kBlock, BlockKind::kOther},
    {"select", TagRole::kSkip, BlockKind::kOther},
    {"style", TagRole::kSkip, BlockKind::kOther},
    {"summary", TagRole::kBlock, BlockKind::kOther},
    {"svg", TagRole::kSkip, BlockKind::kOther},
    {"table", TagRole::kBlock, BlockKind::kOther},
    {"tbody", TagRole::kBlock, BlockKind::kOther},
    {"td", TagRole::kBlock, BlockKind::kCell},
    {"template", TagRole::kSkip, BlockKind::kOther},
    {"textarea", TagRole::kSkip, BlockKind::kOther},
    {"tfoot", TagRole::kBlock, BlockKind::kOther},
    {"th", TagRole::kBlock, BlockKind::kCell},
    {"thead", TagRole::kBlock, BlockKind::kOther},
    {"title", TagRole::kSkip, BlockKind::kOther},
    {"tr", TagRole::kBlock, BlockKind::kOther},
    {"ul", TagRole::kBlock, BlockKind::kOther},
    {"video", TagRole::kSkip, BlockKind::kOther},
};

const TagInfo* FindTag(const char* name) {
  size_t lo = 0, hi = sizeof(kTags) / sizeof(kTags[0]);
  while (lo < hi) {
    const size_t mid = (lo + hi) / 2;
    const int c = std::strcmp(kTags[mid].name, name);
    if (c == 0) return &kTags[mid];
    if (c < 0) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return nullptr;
}

// Words in class and id names that mark page furniture or an article body.
// Names are cut into lower-case alphanumeric words ("c-share-bar" -> c, share,
// bar); a furniture word must be a whole word or its start ("comments",
// "newsletter-signup"), so "header" never matches "head" and "download" never
// matches "ad".
constexpr std::string_view kFurnitureWords[] = {
    "ad",           "ads",        "advert",      "advertisement", "banner",      "breadcrumb",
    "breadcrumbs",  "byline",     "caption",     "comment",       "comments",    "cookie",
    "disqus",       "footer",     "masthead",    "menu",          "modal",       "nav",
    "navbar",       "navigation", "newsletter",  "outbrain",      "pagination",  "popular",
    "popup",        "promo",      "recommended", "related",       "share",       "sharing",
    "sidebar",      "signup",     "social",      "sponsor",       "sponsored",   "subscribe",
    "subscription", "taboola",    "tags",        "toolbar",       "trending",    "widget",
    "credit",       "credits",    "author",      "bio",           "skip",        "teaser",
    "more",         "recirc",     "rail",        "tools",         "print",       "dateline",
    "timestamp",    "meta",       "infobox",     "sharebar",      "social-links"};
constexpr std::string_view kBodyWords[] = {"article", "articlebody", "body", "content",
                                           "entry",   "main",        "post", "story",
                                           "text",    "prose",       "blog", "richtext"};

bool IsAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

template <size_t N>
bool InList(std::string_view word, const std::string_view (&list)[N]) {
  for (std::string_view w : list) {
    if (w.size() == word.size() && w == word) return true;
  }
  return false;
}

void WeighNames(std::string_view names, bool* furniture, bool* body, bool* comments) {
  char word[24];
  size_t len = 0;
  bool too_long = false;
  for (size_t i = 0; i <= names.size(); ++i) {
    char c = i < names.size() ? names[i] : ' ';
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (IsAlnum(c)) {
      if (len < sizeof word) {
        word[len++] = c;
      } else {
        too_long = true;
      }
      continue;
    }
    if (len > 0 && !too_long) {
      const std::string_view w(word, len);
      if (InList(w, kFurnitureWords)) *furniture = true;
      if (InList(w, kBodyWords)) *body = true;
      if (w == "comment" || w == "comments" || w == "disqus") *comments = true;
    }
    len = 0;
    too_long = false;
  }
}

bool IsHidden(const xmlNode* n) {
  if (xmlHasProp(n, reinterpret_cast<const xmlChar*>("hidden")) != nullptr) return true;
  const std::string_view style = Attribute(n, "style");
  if (style.find("none") == std::string_view::npos &&
      style.find("hidden") == std::string_view::npos) {
    return false;
  }
  std::string compact;
  for (char c : style) {
    if (c != ' ') compact += static_cast<char>((c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c);
  }
  return compact.find("display:none") != std::string::npos ||
         compact.find("visibility:hidden") != std::string::npos;
}

bool IsSpace(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

class BlockWriter {
 public:
  explicit BlockWriter(PageModel* model) : model_(model) {}

  void Text(const char* s, bool in_link) {
    for (const unsigned char* p = reinterpret_cast<const unsigned char*>(s); *p; ++p) {
      if (IsSpace(*p)) {
        pending_space_ = !cur_.text.empty() && cur_.text.back() != '\n';
        continue;
      }
      if (pending_space_) {
        cur_.text += ' ';
        pending_space_ = false;
      }
      cur_.text += static_cast<char>(*p);
      if ((*p & 0xC0) != 0x80) {
        ++cur_.chars;
        if (in_link) ++cur_.link_chars;
      }
      if (*p == ',' || *p == '.' || *p == '!' || *p == '?' || *p == ';') ++cur_.punct;
      // 。 ， 、 (E3 80 82 / EF BC 8C / E3 80 81) and । (E0 A5 A4): count their
      // last byte.
      if ((*p == 0x82 || *p == 0x81) && p[-1] == 0x80 && p[-2] == 0xE3) ++cur_.punct;
      if (*p == 0xA4 && p[-1] == 0xA5 && p[-2] == 0xE0) ++cur_.punct;
    }
  }
  void LineBreak() {
    if (!cur_.text.empty() && cur_.text.back() != '\n') cur_.text += '\n';
    pending_space_ = false;
  }
  // Ends the current block; the next text belongs to element `owner`.
  void Flush(int owner, BlockKind kind, bool furniture) {
    while (!cur_.text.empty() && (cur_.text.back() == '\n' || cur_.text.back() == ' ')) {
      cur_.text.pop_back();
    }
    if (cur_.chars > 0) model_->blocks.push_back(std::move(cur_));
    cur_ = TextBlock();
    cur_.owner = owner;
    cur_.kind = kind;
    cur_.furniture = furniture;
    pending_space_ = false;
  }

 private:
  PageModel* model_;
  TextBlock cur_;
  bool pending_space_ = false;
};

}  // namespace

std::string_view Attribute(const xmlNode* n, const char* name) {
  for (const xmlAttr* a = n->properties; a != nullptr; a = a->next) {
    if (std::strcmp(reinterpret_cast<const char*>(a->name), name) == 0) {
      if (a->children != nullptr && a->children->content != nullptr) {
        return reinterpret_cast<const char*>(a->children->content);
      }
      return "";
    }
  }
  return "";
}

void BuildPageModel(const xmlNode* root, PageModel* model) {
  model->elements.clear();
  model->blocks.clear();
  if (root == nullptr) return;
  BlockWriter writer(model);
  // Iterative pre-order walk: an explicit stack of (element index) for the open
  // elements.
  struct Open {
    int index;
    int link_depth;
  };
  std::vector<Open> open;
  auto enter = [&](const xmlNode* n, int parent) -> int {
    DomElement e;
    e.node = n;
    e.parent = parent;
    const TagInfo* info = FindTag(ElementName(n));
    e.block = info == nullptr || info->role != TagRole::kInline;
    e.kind = info ? info->kind : BlockKind::kOther;
    bool furniture = info != nullptr && info->role == TagRole::kFurniture;
    bool body = false;
    bool named_furniture = false;
    bool named_comments = false;
    for (const xmlAttr* a = n->properties; a != nullptr; a = a->next) {
      const char* an = reinterpret_cast<const char*>(a->name);
      if (std::strcmp(an, "class") != 0 && std::strcmp(an, "id") != 0 &&
          std::strcmp(an, "itemprop") != 0) {
        continue;
      }
      if (a->children != nullptr && a->children->content != nullptr) {
        WeighNames(reinterpret_cast<const char*>(a->children->content), &named_furniture, &body,
                   &named_comments);
      }
    }
    e.name_weight = static_cast<int8_t>((body ? 1 : 0) - (named_furniture ? 1 : 0));
    e.named_furniture = named_furniture && !body;
    e.named_comments = named_comments && !body;
    if (Attribute(n, "role") == "navigation" || Attribute(n, "role") == "complementary") {
      furniture = true;
    }
    e.furniture = furniture;               // its own kind; MarkFurniture adds names and inheritance
    if (info == nullptr) e.block = false;  // unknown tags (span, a, b, custom) are inline
    model->elements.push_back(e);
    return static_cast<int>(model->elements.size()) - 1;
  };
  auto owner_of = [&](int i) {
    // The innermost block element at or above element i.
    while (i >= 0 && !model->elements[i].block) i = model->elements[i].parent;
    return i < 0 ? 0 : i;
  };
  auto flush_for = [&](int i) {
    const int o = owner_of(i);
    writer.Flush(o, model->elements[o].kind, false);
  };

  const int top = enter(root, -1);
  model->elements[top].block = true;
  open.push_back({top, 0});
  flush_for(top);
  const xmlNode* child = root->children;
  int br_run = 0;
  while (!open.empty()) {
    if (child == nullptr) {
      // Close the innermost open element.
      const int closing = open.back().index;
      model->elements[closing].end = static_cast<int>(model->elements.size());
      open.pop_back();
      const xmlNode* n = model->elements[closing].node;
      if (open.empty()) {
        writer.Flush(0, BlockKind::kOther, false);
        break;
      }
      if (model->elements[closing].block) flush_for(open.back().index);
      child = n->next;
      continue;
    }
    const xmlNode* n = child;
    child = n->next;
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      if (n->content != nullptr) {
        const char* s = reinterpret_cast<const char*>(n->content);
        bool blank = true;
        for (const char* p = s; *p; ++p) {
          if (!IsSpace(static_cast<unsigned char>(*p))) {
            blank = false;
            break;
          }
        }
        if (!blank) br_run = 0;
        writer.Text(s, open.back().link_depth > 0);
      }
      continue;
    }
    if (n->type != XML_ELEMENT_NODE) continue;
    const TagInfo* info = FindTag(ElementName(n));
    if (info != nullptr && info->role == TagRole::kSkip) continue;
    if (info != nullptr && info->role == TagRole::kBreak) {
      // A run of two <br> ends a paragraph (text laid out with <br><br>); one
      // is a line break.
      if (++br_run >= 2) {
        flush_for(open.back().index);
      } else {
        writer.LineBreak();
      }
      continue;
    }
    if (IsHidden(n)) continue;
    br_run = 0;
    const int idx = enter(n, open.back().index);
    const bool is_link = std::strcmp(ElementName(n), "a") == 0;
    open.push_back({idx, open.back().link_depth + (is_link ? 1 : 0)});
    if (model->elements[idx].block) flush_for(idx);
    if (n->children == nullptr) {
      child = nullptr;  // closes it at the next turn
    } else {
      child = n->children;
    }
  }
  // Text and link totals per element, from the blocks up the tree; prose counts
  // blocks that read like running text (long, few links).
  std::vector<int> prose(model->elements.size(), 0);
  for (const TextBlock& b : model->blocks) {
    const bool is_prose = b.chars >= 80 && b.link_chars * 4 < b.chars &&
                          b.kind != BlockKind::kListItem && b.kind != BlockKind::kCell &&
                          b.kind != BlockKind::kHeading && b.kind != BlockKind::kHeading1;
    for (int i = b.owner; i >= 0; i = model->elements[i].parent) {
      model->elements[i].chars += b.chars;
      model->elements[i].link_chars += b.link_chars;
      if (is_prose) prose[i] += b.chars;
    }
  }
  // Furniture by name, then inherited. A name is not believed on an element
  // that wraps most of the page's prose: page builders put words like "widget",
  // "menu-type" or "advertisement" on the wrappers of everything
  // ("elementor-widget", <body class="menu-type-dropdown">).
  // The exception to that exception: a large named element is believed when it does not wrap
  // every <article> and <main> with some text, since then it is not the wrapper of
  // everything; and a comment thread (named "comment", "comments", "disqus"), which on a busy
  // story often holds more text than the story, also when it does not wrap every element whose
  // class or id names a body ("content", "story", ...).
  const int page_prose = prose[0];
  std::vector<int> articles, bodies;  // <article> and <main>; and those plus body-named ones
                                      // (with 100 characters or more of text)
  for (size_t i = 0; i < model->elements.size(); ++i) {
    // Some text (not necessarily running text: a short story's paragraphs may all be short).
    if (model->elements[i].chars < 100) continue;
    const char* tag = ElementName(model->elements[i].node);
    const bool article = std::strcmp(tag, "article") == 0 || std::strcmp(tag, "main") == 0;
    const bool named_body = model->elements[i].name_weight > 0 && std::strcmp(tag, "body") != 0 &&
                            std::strcmp(tag, "html") != 0;
    if (article) articles.push_back(static_cast<int>(i));
    if (article || named_body) bodies.push_back(static_cast<int>(i));
  }
  // True when element i wraps every element of `list` (vacuously true for none).
  auto wraps_all = [&](int i, const std::vector<int>& list) {
    for (int a : list) {
      if (a <= i || a >= model->elements[i].end) return false;  // one outside it
    }
    return true;
  };
  for (size_t i = 0; i < model->elements.size(); ++i) {
    DomElement& e = model->elements[i];
    if (e.named_furniture) {
      const int at = static_cast<int>(i);
      const bool large = page_prose > 0 && prose[i] * 2 >= page_prose;
      if (!large || !wraps_all(at, articles) || (e.named_comments && !wraps_all(at, bodies))) {
        e.furniture = true;
      }
    }
    if (e.parent >= 0 && model->elements[e.parent].furniture) e.furniture = true;
  }
  for (TextBlock& b : model->blocks) b.furniture = model->elements[b.owner].furniture;
  for (const TextBlock& b : model->blocks) {
    const bool is_prose = b.chars >= 80 && b.link_chars * 4 < b.chars &&
                          b.kind != BlockKind::kListItem && b.kind != BlockKind::kCell &&
                          b.kind != BlockKind::kHeading && b.kind != BlockKind::kHeading1;
    if (!is_prose || b.furniture) continue;
    for (int i = b.owner; i >= 0; i = model->elements[i].parent)
      model->elements[i].prose += b.chars;
  }
}

}  // namespace precis::ingest
