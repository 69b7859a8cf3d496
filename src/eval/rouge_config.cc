// The XML configuration of ROUGE-1.5.5, read with libxml2.
#include "eval/rouge_config.h"

#include <libxml/parser.h>
#include <libxml/tree.h>

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

// Trimmed text content of an element.
std::string Text(xmlNode* node) {
  xmlChar* content = xmlNodeGetContent(node);
  std::string text = content ? Trim(reinterpret_cast<const char*>(content)) : "";
  xmlFree(content);
  return text;
}

// The attribute's value, or false when absent.
bool Attribute(xmlNode* node, const char* name, std::string* out) {
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (!value) return false;
  *out = Trim(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return true;
}

class ConfigReader {
 public:
  explicit ConfigReader(const std::string& name) : name_(name) {}

  Status Error(const xmlNode* node, const std::string& what) const {
    return Status::DataError(name_ + ":" + std::to_string(xmlGetLineNo(node)) + ": " + what);
  }

  // Lists the files of a PEERS or MODELS element.
  Status ReadFiles(xmlNode* list, const char* tag, const std::string& root, bool need_id,
                   std::vector<RougeConfigFile>* out) {
    for (xmlNode* child = list->children; child; child = child->next) {
      if (!Named(child, tag)) continue;
      RougeConfigFile file;
      if (!Attribute(child, "ID", &file.id) && need_id)
        return Error(child, std::string("<") + tag + "> has no ID attribute");
      file.path = root + "/" + Text(child);
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
    if (!Attribute(node, "ID", &eval->id)) return Error(node, "<EVAL> has no ID attribute");
    std::string peer_root, model_root, format;
    bool has_peer_root = false, has_model_root = false, has_format = false;
    xmlNode* peers = nullptr;
    xmlNode* models = nullptr;
    for (xmlNode* child = node->children; child; child = child->next) {
      if (Named(child, "PEER-ROOT")) {
        peer_root = Text(child);
        has_peer_root = true;
      } else if (Named(child, "MODEL-ROOT")) {
        model_root = Text(child);
        has_model_root = true;
      } else if (Named(child, "INPUT-FORMAT")) {
        if (!Attribute(child, "TYPE", &format))
          return Error(child, "<INPUT-FORMAT> has no TYPE attribute");
        has_format = true;
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
};

struct DocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};

}  // namespace

Status ParseRougeConfig(std::string_view xml, const std::string& name,
                        std::vector<RougeConfigEval>* out) {
  out->clear();
  if (xml.size() > INT_MAX) return Status::DataError(name + ": configuration file too large");
  xmlResetLastError();
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
