// Exceptions and document conversion for the Python module.
#include <unordered_map>

#include "bindings.h"
#include "precis/text.h"
#include "text/ascii.h"

namespace precis::python {

namespace {

Errors* g_errors = nullptr;  // created once at import, alive while the module is

py::object NewException(const char* name, const char* doc, py::handle bases) {
  PyObject* cls = PyErr_NewExceptionWithDoc(name, doc, bases.ptr(), nullptr);
  if (!cls) throw py::error_already_set();
  return py::reinterpret_steal<py::object>(cls);
}

[[noreturn]] void RaiseWith(const py::object& cls, const std::string& message) {
  PyErr_SetString(cls.ptr(), message.c_str());
  throw py::error_already_set();
}

bool IsBlank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos;
}

std::string OptionalString(py::handle value, const std::string& where) {
  if (value.is_none()) return "";
  if (!py::isinstance<py::str>(value))
    throw py::type_error(where + ": expected str or None, got " +
                         std::string(py::str(py::type::of(value).attr("__name__"))));
  return value.cast<std::string>();
}

}  // namespace

const Errors& GetErrors() { return *g_errors; }

void RegisterErrors(py::module_& m) {
  g_errors = new Errors();  // never freed: the classes live as long as the interpreter
  py::handle exception(PyExc_Exception);
  g_errors->error = NewException(
      "precis.Error",
      "Base class of the errors precis raises. The message is the one the precis CLI prints.",
      exception);
  g_errors->input_error = NewException(
      "precis.InputError",
      "An input could not be read or processed: a missing or unreadable file, malformed JSON "
      "Lines (the message names the file and line), binary data, no articles at all.",
      g_errors->error);
  py::tuple option_bases = py::make_tuple(g_errors->error, py::handle(PyExc_ValueError));
  g_errors->option_error = NewException(
      "precis.OptionError",
      "An option value is invalid (unknown method, a zero budget, a threshold out of range, "
      "an unknown ROUGE flag). Also a ValueError.",
      option_bases);
  g_errors->warning = NewException(
      "precis.Warning",
      "Issued (warnings.warn) when precis skips or renames something, as the CLI warns on "
      "stderr: empty documents, repeated ids, malformed records skipped with skip_bad=True.",
      py::handle(PyExc_UserWarning));
  m.attr("Error") = g_errors->error;
  m.attr("InputError") = g_errors->input_error;
  m.attr("OptionError") = g_errors->option_error;
  m.attr("Warning") = g_errors->warning;
}

std::string PathArg(py::handle path, const char* what) {
  py::object p = py::module_::import("os").attr("fspath")(path);  // TypeError for other types
  if (!py::isinstance<py::str>(p)) {
    throw py::type_error(std::string(what) + ": expected str or os.PathLike of str");
  }
  return p.cast<std::string>();
}

void Raise(const Status& status, const std::string& context) {
  const std::string message =
      context.empty() ? status.message() : context + ": " + status.message();
  switch (status.code()) {
    case Status::Code::kInvalidArgument:
    case Status::Code::kUnsupported:
      RaiseWith(g_errors->option_error, message);
    case Status::Code::kNotFound:
    case Status::Code::kIoError:
    case Status::Code::kDataError:
      RaiseWith(g_errors->input_error, message);
    default:
      RaiseWith(g_errors->error, message);
  }
}

void RaiseOption(const std::string& message) { RaiseWith(g_errors->option_error, message); }

int64_t Int::Get(const std::string& name) const {
  if (overflow > 0) RaiseOption(name + " is too large, got " + text);
  if (overflow < 0) RaiseOption(name + " is too small, got " + text);
  return value;
}

std::optional<int64_t> GetInt(const std::optional<Int>& v, const std::string& name) {
  if (!v) return std::nullopt;
  return v->Get(name);
}
std::string LowerChoice(std::string value) {
  for (char& c : value) c = text_internal::AsciiLower(c);
  return value;
}

void CheckLanguage(const std::string& language) {
  if (language.empty() || IsKnownLanguage(language)) return;
  std::string known;
  for (const std::string& l : StemmerLanguages()) known += (known.empty() ? "" : ", ") + l;
  RaiseOption("language: unknown language '" + language + "' (a Snowball language: " + known +
              "; or any other ISO 639-1 code, such as ja, zh, ko, th, he, read unstemmed)");
}

void RaiseInput(const std::string& message) { RaiseWith(g_errors->input_error, message); }

void Warn(const std::string& message) {
  if (PyErr_WarnEx(g_errors->warning.ptr(), message.c_str(), 2) != 0) throw py::error_already_set();
}

bool IsScalarLike(py::handle obj) {
  return py::isinstance<py::str>(obj) || py::isinstance<py::bytes>(obj) ||
         py::isinstance<py::dict>(obj);
}

// The "id" of a document or cluster dict: a str, or an int written in decimal (ids in JSON
// files are often numbers); `fallback` when absent or None. TypeError naming `where.id`
// for anything else.
std::string IdField(const py::dict& d, const std::string& fallback, const std::string& where) {
  if (!d.contains("id") || d["id"].is_none()) return fallback;
  py::handle id = d["id"];
  if (py::isinstance<py::int_>(id) && !py::isinstance<py::bool_>(id)) return py::str(id);
  return OptionalString(id, where + ".id");
}

Article ToArticle(py::handle doc, const std::string& default_id, const std::string& where) {
  if (py::isinstance<Article>(doc)) return doc.cast<Article>();
  Article a;
  if (py::isinstance<py::str>(doc)) {
    a.id = default_id;
    a.text = doc.cast<std::string>();
    return a;
  }
  if (!py::isinstance<py::dict>(doc))
    throw py::type_error(where + ": expected str, dict or precis.Article, got " +
                         std::string(py::str(py::type::of(doc).attr("__name__"))));
  py::dict d = py::reinterpret_borrow<py::dict>(doc);
  if (!d.contains("text")) RaiseInput(where + ": missing \"text\"");
  py::handle text = d["text"];
  if (!py::isinstance<py::str>(text))
    throw py::type_error(where + ".text: expected str, got " +
                         std::string(py::str(py::type::of(text).attr("__name__"))));
  a.text = text.cast<std::string>();
  a.id = IdField(d, default_id, where);
  if (d.contains("title")) a.title = OptionalString(d["title"], where + ".title");
  if (d.contains("date")) a.date = OptionalString(d["date"], where + ".date");
  if (d.contains("source")) a.source = OptionalString(d["source"], where + ".source");
  if (d.contains("url")) a.url = OptionalString(d["url"], where + ".url");
  if (d.contains("author")) a.author = OptionalString(d["author"], where + ".author");
  if (d.contains("language")) a.language = OptionalString(d["language"], where + ".language");
  return a;
}

std::vector<Article> ToArticles(py::handle docs, const std::string& what, size_t first_id) {
  if (IsScalarLike(docs) || py::isinstance<Article>(docs) || !py::isinstance<py::iterable>(docs))
    throw py::type_error(what +
                         ": expected a list of documents (str, dict or precis.Article), "
                         "got " +
                         std::string(py::str(py::type::of(docs).attr("__name__"))));
  std::vector<Article> out;
  std::unordered_map<std::string, int> seen;
  size_t index = 0;
  for (py::handle doc : docs) {
    const std::string where = what + "[" + std::to_string(index) + "]";
    Article a = ToArticle(doc, std::to_string(first_id + index), where);
    ++index;
    if (IsBlank(a.text)) {
      Warn(where + " (id " + a.id + "): empty text, skipped");
      continue;
    }
    int& count = seen[a.id];
    if (++count > 1) {
      std::string renamed = a.id + "#" + std::to_string(count);
      while (seen.count(renamed)) renamed = a.id + "#" + std::to_string(++count);
      seen[renamed] = 1;
      Warn(where + ": id " + a.id + " repeats an earlier one, renamed " + renamed);
      a.id = renamed;
    }
    out.push_back(std::move(a));
  }
  return out;
}

bool IsClusterDict(py::handle obj) {
  return py::isinstance<py::dict>(obj) &&
         py::reinterpret_borrow<py::dict>(obj).contains("documents");
}

Cluster ClusterFromDict(py::handle obj, const std::string& where) {
  if (!py::isinstance<py::dict>(obj))
    throw py::type_error(where + ": expected a dict, got " +
                         std::string(py::str(py::type::of(obj).attr("__name__"))));
  py::dict d = py::reinterpret_borrow<py::dict>(obj);
  Cluster c;
  c.id = IdField(d, "", where);
  const char* key = d.contains("documents") ? "documents" : "articles";
  if (!d.contains(key)) RaiseInput(where + ": missing \"documents\"");
  c.articles = ToArticles(d[key], where + "." + key);
  if (d.contains("references") && !d["references"].is_none()) {
    py::handle refs = d["references"];
    if (IsScalarLike(refs) || !py::isinstance<py::iterable>(refs))
      throw py::type_error(where + ".references: expected a list of str");
    size_t i = 0;
    for (py::handle r : refs) {
      c.references.push_back(OptionalString(r, where + ".references[" + std::to_string(i++) + "]"));
    }
  }
  if (d.contains("query")) c.query = OptionalString(d["query"], where + ".query");
  if (d.contains("topic_title"))
    c.topic_title = OptionalString(d["topic_title"], where + ".topic_title");
  return c;
}

size_t CharOffset(std::string_view text, size_t byte) {
  size_t chars = 0;
  const size_t end = std::min(byte, text.size());
  for (size_t i = 0; i < end; ++i) chars += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
  return chars;
}

}  // namespace precis::python
