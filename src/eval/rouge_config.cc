// The XML configuration of ROUGE-1.5.5, read with libxml2.
#include "eval/rouge_config.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include <climits>
#include <cstring>
#include <memory>

namespace precis::rouge {
namespace {

std::string Trim(std::string_view s) {
  const char* blanks = " \t\r\n\f\v";
  size_t begin = s.find_first_not_of(blanks);
  if (begin == std::string_view::npos) return "";
  size_t end = s.find_last_not_of(blanks);
  return std::string(s.substr(begin, end - begin + 1));
}

bool Named(const xmlNode* node, const char* name) {
  return node->type == XML_ELEMENT_NODE &&
         std::strcmp(reinterpret_cast<const char*>(node->name), name) == 0;
}

// Entity references are expanded here rather than by libxml2 (which is given neither
// XML_PARSE_NOENT nor XML_PARSE_HUGE): a text may expand to at most kMaxTextBytes, a whole
// configuration to kMaxExpandedBytes, and entities nest at most kMaxEntityDepth deep. A 130 KB file
// with one large entity used thousands of times (the quadratic blowup) is refused with a clear
// error instead of growing to gigabytes. A path is never near these sizes.
constexpr size_t kMaxTextBytes = 64 << 10;
constexpr size_t kMaxExpandedBytes = 16 << 20;
constexpr int kMaxEntityDepth = 16;

class TextReader {
 public:
  // Appends the text under `first` and its siblings to *out; false when a limit is passed.
  bool Append(const xmlNode* first, int depth, std::string* out) {
    if (depth > kMaxEntityDepth) return false;
    for (const xmlNode* n = first; n != nullptr; n = n->next) {
      switch (n->type) {
        case XML_TEXT_NODE:
        case XML_CDATA_SECTION_NODE:
          if (!Add(n->content, out)) return false;
          break;
        case XML_ENTITY_REF_NODE: {
          const xmlEntity* ent = xmlGetDocEntity(n->doc, n->name);
          if (ent == nullptr) break;
          if (ent->children != nullptr) {
            if (!Append(ent->children, depth + 1, out)) return false;
          } else if (!Add(ent->content, out)) {
            return false;
          }
          break;
        }
        case XML_ELEMENT_NODE:
          if (!Append(n->children, depth, out)) return false;
          break;
        default:
          break;
      }
    }
    return true;
  }

 private:
  bool Add(const xmlChar* text, std::string* out) {
    if (text == nullptr) return true;
    const size_t len = std::strlen(reinterpret_cast<const char*>(text));
    if (out->size() + len > kMaxTextBytes) return false;
    total_ += len;
    if (total_ > kMaxExpandedBytes) return false;
    out->append(reinterpret_cast<const char*>(text), len);
    return true;
  }
  size_t total_ = 0;  // bytes expanded over the whole configuration
};

class ConfigReader {
 public:
  explicit ConfigReader(const std::string& name) : name_(name) {}

  Status Error(const xmlNode* node, const std::string& what) const {
    return Status::DataError(name_ + ":" + std::to_string(xmlGetLineNo(node)) + ": " + what);
  }

  // Trimmed text content of an element, entities expanded within the limits.
  Status Text(xmlNode* node, std::string* out) {
    std::string text;
    if (!text_.Append(node->children, 0, &text)) return TooLarge(node);
    *out = Trim(text);
    return Status::Ok();
  }

  // The attribute's value (trimmed) in *out; *found false when absent.
  Status Attribute(xmlNode* node, const char* name, std::string* out, bool* found) {
    const xmlAttr* attr = xmlHasProp(node, reinterpret_cast<const xmlChar*>(name));
    *found = attr != nullptr;
    if (attr == nullptr) return Status::Ok();
    std::string value;
    if (!text_.Append(attr->children, 0, &value)) return TooLarge(node);
    *out = Trim(value);
    return Status::Ok();
  }

  Status TooLarge(const xmlNode* node) const {
    return Error(node, std::string("the text of <") + reinterpret_cast<const char*>(node->name) +
                           "> expands (through entities) past the limit of " +
                           std::to_string(kMaxTextBytes) + " bytes per text or " +
                           std::to_string(kMaxExpandedBytes) + " bytes per file");
  }

  // Lists the files of a PEERS or MODELS element.
  Status ReadFiles(xmlNode* list, const char* tag, const std::string& root, bool need_id,
                   std::vector<RougeConfigFile>* out) {
    for (xmlNode* child = list->children; child; child = child->next) {
      if (!Named(child, tag)) continue;
      RougeConfigFile file;
      bool has_id = false;
      PRECIS_RETURN_IF_ERROR(Attribute(child, "ID", &file.id, &has_id));
      if (!has_id && need_id) return Error(child, std::string("<") + tag + "> has no ID attribute");
      std::string file_name;
      PRECIS_RETURN_IF_ERROR(Text(child, &file_name));
      if (file_name.empty()) return Error(child, std::string("<") + tag + "> names no file");
      if (file_name.back() == '/') {
        return Error(child, std::string("<") + tag + "> names a folder ('" + file_name +
                                "'), not a file");
      }
      file.path = root + "/" + file_name;
      // The script keeps peers in a hash: a repeated ID replaces the earlier file.
      bool replaced = false;
      for (RougeConfigFile& f : *out) {
        if (need_id && f.id == file.id) {
          f = file;
          replaced = true;
        }
      }
      if (!replaced) out->push_back(std::move(file));
    }
    return Status::Ok();
  }

  Status ReadEval(xmlNode* node, RougeConfigEval* eval) {
    eval->line = static_cast<int>(xmlGetLineNo(node));
    bool has_id = false;
    PRECIS_RETURN_IF_ERROR(Attribute(node, "ID", &eval->id, &has_id));
    if (!has_id) return Error(node, "<EVAL> has no ID attribute");
    std::string peer_root, model_root, format;
    bool has_peer_root = false, has_model_root = false, has_format = false;
    xmlNode* peers = nullptr;
    xmlNode* models = nullptr;
    for (xmlNode* child = node->children; child; child = child->next) {
      if (Named(child, "PEER-ROOT")) {
        PRECIS_RETURN_IF_ERROR(Text(child, &peer_root));
        has_peer_root = true;
      } else if (Named(child, "MODEL-ROOT")) {
        PRECIS_RETURN_IF_ERROR(Text(child, &model_root));
        has_model_root = true;
      } else if (Named(child, "INPUT-FORMAT")) {
        PRECIS_RETURN_IF_ERROR(Attribute(child, "TYPE", &format, &has_format));
        if (!has_format) return Error(child, "<INPUT-FORMAT> has no TYPE attribute");
      } else if (Named(child, "PEERS")) {
        peers = child;
      } else if (Named(child, "MODELS")) {
        models = child;
      }
    }
    const std::string where = "EVAL " + eval->id + ": ";
    if (!has_format) return Error(node, where + "no <INPUT-FORMAT TYPE=...>");
    if (!ParseRougeInputFormat(format, &eval->format))
      return Error(node, where + "unknown INPUT-FORMAT \"" + format + "\" (SPL, SEE or ISI)");
    if (peers && !has_peer_root) return Error(node, where + "no <PEER-ROOT>");
    if (!has_model_root) return Error(node, where + "no <MODEL-ROOT>");
    if (!models) return Error(node, where + "no <MODELS>");
    if (peers) PRECIS_RETURN_IF_ERROR(ReadFiles(peers, "P", peer_root, true, &eval->peers));
    return ReadFiles(models, "M", model_root, false, &eval->models);
  }

  // Every EVAL element, in document order, at any depth.
  Status Walk(xmlNode* node, std::vector<RougeConfigEval>* out) {
    for (xmlNode* child = node; child; child = child->next) {
      if (Named(child, "EVAL")) {
        RougeConfigEval eval;
        PRECIS_RETURN_IF_ERROR(ReadEval(child, &eval));
        out->push_back(std::move(eval));
      } else if (child->type == XML_ELEMENT_NODE) {
        PRECIS_RETURN_IF_ERROR(Walk(child->children, out));
      }
    }
    return Status::Ok();
  }

 private:
  const std::string& name_;
  TextReader text_;
};

struct DocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};

// libxml2 (2.9) reports encoding and I/O errors on stderr even with XML_PARSE_NOERROR; the
// error that matters comes back through xmlGetLastError and into our message.
void IgnoreXmlMessage(void*, const char*, ...) {}

}  // namespace

Status ParseRougeConfig(std::string_view xml, const std::string& name,
                        std::vector<RougeConfigEval>* out) {
  out->clear();
  if (xml.size() > INT_MAX) return Status::DataError(name + ": configuration file too large");
  xmlResetLastError();
  xmlSetGenericErrorFunc(nullptr, IgnoreXmlMessage);  // per thread in libxml2
  std::unique_ptr<xmlDoc, DocFree> doc(
      xmlReadMemory(xml.data(), static_cast<int>(xml.size()), name.c_str(), nullptr,
                    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
  if (!doc) {
    const xmlError* error = xmlGetLastError();
    std::string message = error && error->message ? Trim(error->message) : "not well-formed XML";
    int line = error ? error->line : 0;
    return Status::DataError(name + ":" + std::to_string(line) + ": malformed XML: " + message);
  }
  ConfigReader reader(name);
  PRECIS_RETURN_IF_ERROR(reader.Walk(xmlDocGetRootElement(doc.get()), out));
  if (out->empty()) return Status::DataError(name + ": no <EVAL> elements");
  return Status::Ok();
}

}  // namespace precis::rouge
