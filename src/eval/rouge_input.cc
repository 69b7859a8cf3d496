// Peer and model file formats (SPL, SEE, ISI) and the -z file list.
#include "eval/rouge_config.h"
#include "eval/rouge_text.h"

namespace precis::rouge {
namespace {

// A cursor over one line, for the fixed markup of SEE and ISI lines.
class Cursor {
 public:
  explicit Cursor(std::string_view s) : s_(s) {}
  bool Literal(std::string_view lit) {
    if (s_.substr(pos_, lit.size()) != lit) return false;
    pos_ += lit.size();
    return true;
  }
  // One or more bytes of `set`.
  bool Run(std::string_view set) {
    size_t start = pos_;
    while (pos_ < s_.size() && set.find(s_[pos_]) != std::string_view::npos) ++pos_;
    return pos_ > start;
  }
  bool Digits() { return Run("0123456789"); }
  // [^<]+ : the sentence text.
  bool TextUntilTag(std::string* out) {
    size_t end = s_.find('<', pos_);
    if (end == std::string_view::npos) end = s_.size();
    if (end == pos_) return false;
    out->assign(s_.substr(pos_, end - pos_));
    pos_ = end;
    return true;
  }

 private:
  std::string_view s_;
  size_t pos_ = 0;
};

// <a size="N" name="N">[N]</a>\s+<a href="#N" id=N>TEXT   (or without size="N")
bool SeeSentence(std::string_view line, std::string* text) {
  Cursor c(line);
  if (!c.Literal("<a ")) return false;
  if (c.Literal("size=\"") && !(c.Digits() && c.Literal("\" "))) return false;
  return c.Literal("name=\"") && c.Digits() && c.Literal("\">[") && c.Digits() &&
         c.Literal("]</a>") && c.Run(" \t\r\f\v") && c.Literal("<a href=\"#") && c.Digits() &&
         c.Literal("\" id=") && c.Digits() && c.Literal(">") && c.TextUntilTag(text);
}

// <S SNTNO="[0-9a-z,]+">TEXT</S>
bool IsiSentence(std::string_view line, std::string* text) {
  Cursor c(line);
  return c.Literal("<S SNTNO=\"") && c.Run("0123456789abcdefghijklmnopqrstuvwxyz,") &&
         c.Literal("\">") && c.TextUntilTag(text) && c.Literal("</S>");
}

}  // namespace

bool ParseRougeInputFormat(std::string_view name, RougeInputFormat* out) {
  if (name == "SPL") {
    *out = RougeInputFormat::kSpl;
  } else if (name == "SEE") {
    *out = RougeInputFormat::kSee;
  } else if (name == "ISI") {
    *out = RougeInputFormat::kIsi;
  } else if (name == "SIMPLE") {
    *out = RougeInputFormat::kSimple;
  } else {
    return false;
  }
  return true;
}

Status ReadRougeSentences(std::string_view bytes, RougeInputFormat format,
                          std::vector<std::string>* out) {
  out->clear();
  if (format == RougeInputFormat::kSimple)
    return Status::Unsupported("the SIMPLE input format (Basic Elements) is not supported");
  std::vector<std::string_view> lines;
  AppendRougeLines(bytes, &lines);
  std::string text;
  for (std::string_view line : lines) {
    if (format == RougeInputFormat::kSpl) {
      out->emplace_back(line);
    } else if (format == RougeInputFormat::kSee ? SeeSentence(line, &text)
                                                : IsiSentence(line, &text)) {
      out->push_back(text);
    }
  }
  return Status::Ok();
}

Status ParseRougeFileList(std::string_view text, const std::string& name, RougeInputFormat format,
                          const std::string& peer_id, std::vector<RougeConfigEval>* out) {
  out->clear();
  int line_no = 0;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    ++line_no;
    std::vector<std::string> fields;
    size_t i = 0;
    while (i < line.size()) {
      while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r')) ++i;
      size_t j = i;
      while (j < line.size() && line[j] != ' ' && line[j] != '\t' && line[j] != '\r') ++j;
      if (j > i) fields.emplace_back(line.substr(i, j - i));
      i = j;
    }
    if (fields.empty() || fields[0][0] == '#') continue;
    if (fields.size() < 2)
      return Status::DataError(name + ":" + std::to_string(line_no) +
                               ": expected \"peer model1 [model2 ...]\"");
    RougeConfigEval eval;
    eval.id = std::to_string(out->size() + 1);
    eval.line = line_no;
    eval.format = format;
    eval.peers.push_back({peer_id, fields[0]});
    for (size_t k = 1; k < fields.size(); ++k)
      eval.models.push_back({std::to_string(k), fields[k]});
    out->push_back(std::move(eval));
  }
  if (out->empty()) return Status::DataError(name + ": no evaluations in the file list");
  return Status::Ok();
}

}  // namespace precis::rouge
