// ExtractArticle: decode, parse, read the metadata, choose the main text.
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include <memory>
#include <mutex>

#include "ingest/extract_charset.h"
#include "ingest/extract_dom.h"
#include "ingest/extract_main.h"
#include "ingest/extract_meta.h"
#include "ingest/file_io.h"
#include "precis/extract.h"
#include "precis/text.h"

namespace precis {
namespace {

size_t Words(std::string_view s) {
  size_t n = 0;
  bool in = false;
  for (char c : s) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (!space && !in) ++n;
    in = !space;
  }
  return n;
}

// libxml2 (2.9) reports encoding and I/O errors on stderr even with HTML_PARSE_NOERROR; a page
// is read as well as it can be, without messages.
void IgnoreXmlMessage(void*, const char*, ...) {}

}  // namespace

Status ExtractArticle(std::string_view html, std::string_view name, Article* out) {
  static std::once_flag init;
  std::call_once(init, [] { xmlInitParser(); });
  if (LooksBinary(html)) {
    return Status::DataError(std::string(name) + ": looks like binary data");
  }
  // Valid UTF-8 (most pages) is parsed in place; anything else is converted
  // first.
  std::string converted;
  std::string_view utf8 = html;
  std::string charset = ingest::SniffCharset(html);
  size_t bad = 0;
  // Undeclared and not UTF-8: guessed, as browsers do (GuessCharset).
  if (charset.empty() && !IsValidUtf8(html, &bad)) charset = ingest::GuessCharset(html);
  const bool is_utf8 = charset.empty() || charset == "utf-8" || charset == "utf8";
  if (!is_utf8 || !IsValidUtf8(html, &bad)) {
    ingest::DecodeToUtf8(html, charset, &converted);
    utf8 = converted;
  } else if (utf8.size() >= 3 && utf8.substr(0, 3) == "\xEF\xBB\xBF") {
    utf8.remove_prefix(3);
  }
  const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                      HTML_PARSE_NONET | HTML_PARSE_COMPACT | XML_PARSE_HUGE;
  xmlSetGenericErrorFunc(nullptr, IgnoreXmlMessage);  // per thread in libxml2
  std::unique_ptr<xmlDoc, void (*)(xmlDoc*)> doc(
      htmlReadMemory(utf8.data(), static_cast<int>(utf8.size()), nullptr, "UTF-8", options),
      xmlFreeDoc);
  *out = Article();
  out->id = ingest::FileStem(name);
  if (doc == nullptr) return Status::Ok();  // nothing parseable: an empty page
  ingest::PageMeta meta;
  ingest::ReadPageMeta(doc.get(), &meta);
  ingest::PageModel model;
  ingest::BuildPageModel(meta.body ? meta.body : xmlDocGetRootElement(doc.get()), &model);
  out->text = ingest::ChooseMainText(&model);
  // A page that states its own body in JSON-LD is believed when the markup gave
  // clearly less (paywalled or script-rendered pages keep the text only there).
  if (!meta.ld_body.empty() && Words(meta.ld_body) > 2 * Words(out->text) + 20) {
    out->text = meta.ld_body;
  }
  out->title = meta.title;
  out->date = meta.date;
  out->author = meta.author;
  out->source = meta.site;
  out->url = meta.url;
  // Undeclared: what the script says (Latin script stays unknown; see
  // DetectScriptLanguage).
  out->language = meta.language.empty() ? DetectScriptLanguage(out->text) : meta.language;
  return Status::Ok();
}

}  // namespace precis
