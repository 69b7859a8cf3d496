// precis.read: the CLI's input formats (text, HTML, JSON Lines of articles or clusters).
#include "bindings.h"
#include "precis/ingest.h"

namespace precis::python {

namespace {

InputFormat ParseFormat(const std::string& name) {
  if (name == "auto") return InputFormat::kAuto;
  if (name == "text") return InputFormat::kText;
  if (name == "jsonl") return InputFormat::kArticlesJsonl;
  if (name == "clusters") return InputFormat::kClustersJsonl;
  if (name == "html") return InputFormat::kHtml;
  RaiseOption("input_format must be one of auto, text, jsonl, clusters, html, got '" + name + "'");
}

py::object ReadPy(py::handle path_obj, const std::string& input_format, bool skip_bad,
                  const std::string& html_text) {
  if (html_text != "extract" && html_text != "keep") {
    RaiseOption("html_text must be 'extract' or 'keep', got '" + html_text + "'");
  }
  Input input = ReadInput(PathArg(path_obj, "path"), input_format, skip_bad,
                          html_text == "keep" ? HtmlText::kKeep : HtmlText::kExtract);
  if (input.is_clusters) return py::cast(std::move(input.clusters));
  return py::cast(std::move(input.articles));
}

}  // namespace

Input ReadInput(const std::string& path, const std::string& format, bool skip_bad,
                HtmlText html_text) {
  IngestOptions options;
  options.format = ParseFormat(format);
  options.skip_bad_records = skip_bad;
  options.html_text = html_text;
  Input input;
  IngestReport report;
  Status status;
  {
    py::gil_scoped_release release;
    status = ReadPath(path, options, &input, &report);
  }
  for (const std::string& w : report.warnings) Warn(w);
  if (!status.ok()) Raise(status);
  return input;
}

void RegisterRead(py::module_& m) {
  m.def("read", &ReadPy,
        "Reads a file or folder as the CLI does (docs/ingest.md).\n\n"
        "path: str or os.PathLike: a .txt, .html/.htm or .jsonl file, '-' for standard "
        "input, or a folder (every such file in it, sorted by name).\n"
        "input_format: 'auto' (by extension and content), 'text', 'jsonl' (articles), "
        "'clusters' (JSON Lines of clusters), 'html'.\n"
        "skip_bad: skip malformed records with a precis.Warning instead of failing.\n"
        "html_text: a JSON article whose text is a web page's HTML: 'extract' its main text "
        "(the page's title, date, source, author, url and language fill empty fields) or 'keep' it "
        "as "
        "given; a precis.Warning names it either way.\n\n"
        "Returns list[Article], or list[Cluster] for a clusters file. Empty articles are "
        "skipped and repeated ids renamed, each with a precis.Warning.\n"
        "Raises precis.InputError (missing or unreadable file, malformed record: the message "
        "names the file and line, no articles at all), precis.OptionError (unknown "
        "input_format).",
        py::arg("path"), py::kw_only(), py::arg("input_format") = "auto",
        py::arg("skip_bad") = IngestOptions().skip_bad_records, py::arg("html_text") = "extract");
}

}  // namespace precis::python
