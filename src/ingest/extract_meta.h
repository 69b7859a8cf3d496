// Page metadata for main-text extraction: what <head>, Open Graph, <meta>,
// schema.org JSON-LD and microdata say about the article (title, date, author,
// site, url, language, and the JSON-LD `articleBody` when a page carries its
// own text).
#ifndef PRECIS_INGEST_EXTRACT_META_H_
#define PRECIS_INGEST_EXTRACT_META_H_

#include <libxml/HTMLparser.h>

#include <string>

namespace precis::ingest {

struct PageMeta {
  std::string title, date, author, site, url, language;
  std::string ld_body;            // JSON-LD articleBody ("" when absent)
  std::string h1;                 // text of the first <h1>
  const xmlNode* body = nullptr;  // <body>, or nullptr
};

// One walk over the document. Precedence per field: JSON-LD of an Article type,
// then Open Graph / article:* properties, then plain <meta> names, then markup
// (<title>, <time datetime>, <html lang>, rel=canonical).
void ReadPageMeta(const xmlDoc* doc, PageMeta* meta);

}  // namespace precis::ingest

#endif  // PRECIS_INGEST_EXTRACT_META_H_
