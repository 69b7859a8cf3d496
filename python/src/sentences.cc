// precis.sentences: the sentence splitter every other function uses, for one text or Article.
#include "bindings.h"
#include "precis/text.h"

namespace precis::python {
namespace {

py::list SentencesPy(py::handle text_or_article, const std::string& language) {
  CheckLanguage(language);
  std::string text;
  SegmentOptions options;
  if (py::isinstance<Article>(text_or_article)) {
    const Article& a = text_or_article.cast<const Article&>();
    text = a.text;
    options.language = ArticleLanguage(a, language);
  } else if (py::isinstance<py::str>(text_or_article)) {
    text = text_or_article.cast<std::string>();
    Article a;
    a.text = text;
    options.language = ArticleLanguage(a, language);
  } else {
    throw py::type_error("sentences: expected str or Article, got " +
                         std::string(py::str(py::type::of(text_or_article).attr("__name__"))));
  }
  std::vector<Span> spans;
  {
    py::gil_scoped_release release;
    spans = SplitSentences(text, options);
  }
  py::list out;
  size_t byte = 0, chars = 0;  // spans are in order: offsets counted incrementally
  for (const Span& s : spans) {
    chars += CharOffset(std::string_view(text).substr(byte), s.begin - byte);
    const size_t begin = chars;
    chars += CharOffset(std::string_view(text).substr(s.begin), s.end - s.begin);
    byte = s.end;
    out.append(py::make_tuple(begin, chars, std::string(s.of(text))));
  }
  return out;
}

}  // namespace

void RegisterSentences(py::module_& m) {
  m.def("sentences", &SentencesPy,
        "Splits a text into sentences as every other function does (the CLI's `precis "
        "split`): ICU's sentence breaks with precis's repairs for news (abbreviations of the "
        "language, quotations, datelines, headings).\n\n"
        "text: str, or an Article (its text, in its language field's language).\n"
        "language: the language of a text whose script does not say it (Latin script); "
        "default 'en'. A language code or name as the CLI's --language takes.\n\n"
        "Returns list[tuple[int, int, str]]: (begin, end, sentence) with begin/end character "
        "offsets into the text (text[begin:end] == sentence), in order.\n"
        "Raises precis.OptionError (unknown language), TypeError (not str or Article).",
        py::arg("text"), py::kw_only(), py::arg("language") = SegmentOptions().language);
}

}  // namespace precis::python
