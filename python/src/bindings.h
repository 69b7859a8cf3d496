// Shared pieces of the Python module precis._precis: the exception classes, turning Status
// values into them, and converting Python documents into Articles.
//
// Every function here runs with the GIL held. Stage functions run with the GIL released
// (py::gil_scoped_release around the C++ work); results are converted after it is taken back.
#ifndef PRECIS_PYTHON_BINDINGS_H_
#define PRECIS_PYTHON_BINDINGS_H_

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "precis/article.h"
#include "precis/ingest.h"
#include "precis/status.h"
#include "precis/summarize.h"

namespace precis::python {

namespace py = pybind11;

// precis.Error and its subclasses, created by RegisterErrors.
struct Errors {
  py::object error;         // precis.Error (Exception)
  py::object input_error;   // precis.InputError (Error): unreadable or malformed input
  py::object option_error;  // precis.OptionError (Error, ValueError): invalid option values
  py::object warning;       // precis.Warning (UserWarning): skipped records, repeated ids
};
const Errors& GetErrors();
void RegisterErrors(py::module_& m);

// Raises the exception class matching `status` (OptionError for kInvalidArgument and
// kUnsupported, InputError for kNotFound, kIoError and kDataError, Error otherwise) with
// "<context>: <message>" (just the message when context is empty).
[[noreturn]] void Raise(const Status& status, const std::string& context = "");
[[noreturn]] void RaiseOption(const std::string& message);
// A choice in ASCII lower case: choices ignore case, as on the command line ("LexRank").
std::string LowerChoice(std::string value);
// Raises OptionError unless `language` is empty or one --language takes (a Snowball language
// or any ISO 639-1 code), with the CLI's message.
void CheckLanguage(const std::string& language);
// A Cluster from a dict in the clusters JSON Lines layout ('documents' or 'articles', 'id',
// 'references', 'query', 'topic_title'); `where` names it in errors.
Cluster ClusterFromDict(py::handle d, const std::string& where);
// True for a dict in that layout (it has 'documents').
bool IsClusterDict(py::handle obj);
[[noreturn]] void RaiseInput(const std::string& message);
// A file path argument: a str or an os.PathLike of str (os.fspath), as a UTF-8 string.
// Raises TypeError naming `what` for anything else.
std::string PathArg(py::handle path, const char* what);
// Reads `path` as precis.read does (the CLI's readers; `format` one of auto, text, jsonl,
// clusters, html), the GIL released while reading; warnings become precis.Warning, a failed
// read raises. Articles read outside a clusters file come as one cluster.
Input ReadInput(const std::string& path, const std::string& format, bool skip_bad,
                HtmlText html_text = HtmlText::kExtract);
// The clusters of a `background=` keyword: a path (read as precis.read reads it), a list of
// documents (one cluster), a Cluster or cluster dict, or a list of those. TypeError otherwise;
// InputError when they hold no article.
std::vector<Cluster> BackgroundClusters(py::handle background);
// precis.Background: a background collection's IDF table, built once for a language and shared
// by every call it is given to (immutable, so calls on several threads share it).
struct PyBackground {
  std::shared_ptr<const IdfTable> idf;
  std::string language;
};
// The IDF table of a `background=` keyword for `language`: a precis.Background's own (an
// OptionError when it was built for another language), else one built over
// BackgroundClusters(background) with the GIL released.
std::shared_ptr<const IdfTable> BackgroundIdf(py::handle background, const std::string& language);
// Sets *budget from the budget keywords (at most one given; each positive), raising
// OptionError otherwise; leaves it as it is when none is given.
void SetBudget(std::optional<int64_t> words, std::optional<int64_t> bytes,
               std::optional<int64_t> sentences, std::optional<int64_t> chars, Budget* budget);
// Issues a precis.Warning; raises if a warnings filter turned it into an error.
void Warn(const std::string& message);

// Converts one document: a str (the text; id = `default_id`), a dict with "text" and
// optionally "id" (str or int), "title", "date", "source", "url" (str or None; other keys
// ignored), or a precis.Article. `where` names it in errors ("documents[3]").
// Raises TypeError for other types and InputError for a dict without "text".
Article ToArticle(py::handle doc, const std::string& default_id, const std::string& where);

// Converts a list (any iterable but str/bytes/dict) of documents as ToArticle does, with ids
// "0", "1", ... for bare strings. Documents whose text is empty or only white space are
// skipped with a precis.Warning (as the readers do); repeated ids get "#2", "#3", ... with a
// warning. Raises TypeError when `docs` is not such a list.
// `first_id` is the id of the first bare string (a stream numbers on across calls).
std::vector<Article> ToArticles(py::handle docs, const std::string& what, size_t first_id = 0);

// True for a str, bytes or dict (values that are iterable but not a list of items).
bool IsScalarLike(py::handle obj);

// The character (code point) offset of UTF-8 byte offset `byte` in `text`.
size_t CharOffset(std::string_view text, size_t byte);

// A summary as Python sees it: SummarySentence plus character offsets (for slicing the
// Python str of the article), which need the article text to compute.
struct PySentence {
  std::string text;
  std::string doc_id;
  uint32_t article = 0;
  uint32_t begin = 0, end = 0;          // UTF-8 byte offsets into the article text
  size_t char_begin = 0, char_end = 0;  // code point offsets into the same text
  // The source parts `text` is made of (one when nothing was cut by compression): UTF-8 byte
  // offsets and code point offsets into the article text.
  std::vector<std::pair<uint32_t, uint32_t>> spans;
  std::vector<std::pair<size_t, size_t>> char_spans;
  double score = 0;
  bool truncated = false;
};
struct PySummary {
  std::string id;
  std::string method;
  std::vector<PySentence> sentences;
  size_t words = 0, bytes = 0;
  double elapsed_ms = 0;
  size_t off_topic_sentences = 0;  // left out by the padding check (off_topic_support)
  std::vector<LeftOutSentence> off_topic;  // those sentences
  std::vector<std::string> warnings;       // Summary::warnings
};
// A left-out sentence as the CLI's JSON writes it: {"doc_id", "begin", "end", "text"}.
py::list LeftOutList(const std::vector<LeftOutSentence>& left);
// REQUIRES: `summary` was made from `cluster`.
PySummary ToPySummary(const Summary& summary, const Cluster& cluster);

// An int keyword of any size. Python ints have no bound; a value outside 64 bits is kept as
// its decimal text, so that the check reading it can say which keyword is out of range
// ("words is too large, got 100000000000000000000") instead of pybind11's TypeError about
// incompatible arguments. Accepts what pybind11's int64_t does: an int (bool included) or, in
// a converting call, an object with __index__; never a float.
struct Int {
  int64_t value = 0;
  int overflow = 0;  // +1 above INT64_MAX, -1 below INT64_MIN (then `value` is 0)
  std::string text;  // the number in decimal when it overflowed
  Int() = default;
  Int(int64_t v) : value(v) {}  // NOLINT(google-explicit-constructor): defaults read as ints
  // The value. Raises OptionError "<name> is too large, got N" (or "too small") when the
  // number did not fit in 64 bits.
  int64_t Get(const std::string& name) const;
};
// As Int::Get, passing None through.
std::optional<int64_t> GetInt(const std::optional<Int>& v, const std::string& name);

// Module sections, one per file.
void RegisterTypes(py::module_& m);
void RegisterSummarize(py::module_& m);
void RegisterSentences(py::module_& m);
void RegisterRead(py::module_& m);
void RegisterRouge(py::module_& m);
void RegisterStories(py::module_& m);
void RegisterClusterer(py::module_& m);

}  // namespace precis::python

namespace pybind11::detail {

template <>
struct type_caster<precis::python::Int> {
  PYBIND11_TYPE_CASTER(precis::python::Int, const_name("int"));

  bool load(handle src, bool convert) {
    if (!src || PyFloat_Check(src.ptr())) return false;
    if (!PyLong_Check(src.ptr()) && !(convert && PyIndex_Check(src.ptr()))) return false;
    object number = reinterpret_steal<object>(PyNumber_Index(src.ptr()));
    if (!number) {
      PyErr_Clear();
      return false;
    }
    int overflow = 0;
    const long long v = PyLong_AsLongLongAndOverflow(number.ptr(), &overflow);
    if (v == -1 && PyErr_Occurred()) {
      PyErr_Clear();
      return false;
    }
    value = precis::python::Int();
    value.overflow = overflow;
    if (overflow == 0) {
      value.value = static_cast<int64_t>(v);
    } else {
      value.text = str(number).cast<std::string>();
    }
    return true;
  }

  static handle cast(const precis::python::Int& src, return_value_policy, handle) {
    if (src.overflow != 0) return PyLong_FromString(src.text.c_str(), nullptr, 10);
    return PyLong_FromLongLong(src.value);
  }
};

}  // namespace pybind11::detail

#endif  // PRECIS_PYTHON_BINDINGS_H_
