// The page model main-text extraction works on: libxml2's HTML tree flattened
// into elements (pre-order, with subtree ranges) and text blocks (runs of text
// between block boundaries).
//
// A text block is what Kohlschuetter et al. (2010) call a block: the text
// between two block-level tags (or a run of two <br>), with its word count and
// the share of its text inside links. Each block belongs to the innermost
// block-level element around it (its owner), so evidence can be added up the
// tree the way readability scores containers.
#ifndef PRECIS_INGEST_EXTRACT_DOM_H_
#define PRECIS_INGEST_EXTRACT_DOM_H_

#include <libxml/HTMLparser.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace precis::ingest {

enum class BlockKind : uint8_t {
  kOther,
  kParagraph,
  kHeading1,
  kHeading,
  kListItem,
  kQuote,
  kCell,
  kPre
};

struct DomElement {
  const xmlNode* node = nullptr;
  int parent = -1;               // index into PageModel::elements; -1 for the root
  int end = 0;                   // one past the index of the last element inside this one
  int8_t name_weight = 0;        // +1 class/id names an article body, -1 page furniture, 0 neither
  bool furniture = false;        // this element or one around it is navigation,
                                 // comments, sharing ...
  bool named_furniture = false;  // its class or id names furniture (believed when small)
  bool named_comments = false;   // ... and names comments ("comment", "comments", "disqus")
  bool block = false;            // a block-level element (starts a new text block)
  BlockKind kind = BlockKind::kOther;
  // Filled by the extractor.
  double score = 0;
  int chars = 0, link_chars = 0;
  int prose = 0;  // chars of running-text blocks (long, few links, not lists)
                  // outside furniture
};

struct TextBlock {
  std::string text;  // white space collapsed; <br> is "\n"
  int owner = 0;     // element index
  int chars = 0;     // code points
  int link_chars = 0;
  int punct = 0;  // commas and sentence ends (any script)
  BlockKind kind = BlockKind::kOther;
  bool furniture = false;
};

struct PageModel {
  std::vector<DomElement> elements;
  std::vector<TextBlock> blocks;
};

// Flattens the subtree of `root` (normally <body>). Scripts, styles, forms
// controls, hidden elements (hidden attribute, display:none) and the like are
// left out entirely.
void BuildPageModel(const xmlNode* root, PageModel* model);

// Lower-case ASCII name of an element ("div"); libxml2 already lower-cases HTML
// names.
inline const char* ElementName(const xmlNode* n) { return reinterpret_cast<const char*>(n->name); }

// The value of attribute `name` of `n`, or "" (no allocation: libxml2 keeps the
// value as the attribute's one text child).
std::string_view Attribute(const xmlNode* n, const char* name);

}  // namespace precis::ingest

#endif  // PRECIS_INGEST_EXTRACT_DOM_H_
