// The plain records of precis as Python classes: Article, Cluster, Summary, Sentence, Story.
#include <pybind11/stl.h>

#include "bindings.h"
#include "precis/story.h"

namespace precis::python {

namespace {

std::string Quote(const std::string& s) { return std::string(py::repr(py::str(s))); }

std::string Short(const std::string& s, size_t n = 40) {
  if (s.size() <= n) return Quote(s);
  size_t cut = n;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return Quote(s.substr(0, cut) + "...");
}

py::dict ArticleDict(const Article& a) {
  py::dict d;
  d["id"] = a.id;
  d["title"] = a.title;
  d["date"] = a.date;
  d["source"] = a.source;
  d["url"] = a.url;
  if (!a.author.empty()) d["author"] = a.author;
  if (!a.language.empty()) d["language"] = a.language;
  d["text"] = a.text;
  return d;
}

py::dict ClusterDict(const Cluster& c) {
  py::dict d;
  d["id"] = c.id;
  py::list documents;
  for (const Article& a : c.articles) documents.append(ArticleDict(a));
  d["documents"] = documents;
  d["references"] = c.references;
  if (!c.query.empty()) d["query"] = c.query;
  if (!c.topic_title.empty()) d["topic_title"] = c.topic_title;
  return d;
}

py::dict SentenceDict(const PySentence& s) {
  py::dict d;
  d["text"] = s.text;
  d["doc_id"] = s.doc_id;
  d["article"] = s.article;
  d["begin"] = s.begin;
  d["end"] = s.end;
  d["char_begin"] = s.char_begin;
  d["char_end"] = s.char_end;
  d["spans"] = s.spans;
  d["char_spans"] = s.char_spans;
  d["score"] = s.score;
  d["truncated"] = s.truncated;
  return d;
}

py::dict SummaryDict(const PySummary& s) {
  py::dict d;
  d["id"] = s.id;
  d["method"] = s.method;
  py::list sentences;
  for (const PySentence& x : s.sentences) sentences.append(SentenceDict(x));
  d["summary"] = sentences;  // the key of `precis summarize --format json` (Summary.sentences)
  d["words"] = s.words;
  d["bytes"] = s.bytes;
  d["elapsed_ms"] = s.elapsed_ms;
  d["off_topic_sentences"] = s.off_topic_sentences;
  if (!s.off_topic.empty()) d["off_topic"] = LeftOutList(s.off_topic);
  if (!s.warnings.empty()) d["warnings"] = s.warnings;  // as the CLI's JSON
  return d;
}

py::dict StoryDict(const Story& s) {
  py::dict d;
  d["id"] = s.id;
  d["articles"] = s.articles;
  d["duplicates"] = s.duplicates;
  d["first_date"] = s.first_date;
  d["last_date"] = s.last_date;
  d["terms"] = s.terms;
  d["headline"] = s.headline;
  return d;
}

}  // namespace

py::list LeftOutList(const std::vector<LeftOutSentence>& left) {
  py::list out;
  for (const LeftOutSentence& s : left) {
    py::dict d;
    d["doc_id"] = s.article_id;
    d["begin"] = s.begin;
    d["end"] = s.end;
    d["text"] = s.text;
    out.append(std::move(d));
  }
  return out;
}

PySummary ToPySummary(const Summary& summary, const Cluster& cluster) {
  PySummary out;
  out.id = summary.id;
  out.method = summary.method;
  out.words = summary.words;
  out.bytes = summary.bytes;
  out.elapsed_ms = summary.elapsed_ms;
  out.off_topic_sentences = summary.off_topic_sentences;
  out.off_topic = summary.off_topic;
  out.warnings = summary.warnings;
  for (const SummarySentence& s : summary.sentences) {
    PySentence p;
    p.text = s.text;
    p.doc_id = s.doc_id;
    p.article = s.article;
    p.begin = s.begin;
    p.end = s.end;
    p.score = s.score;
    p.truncated = s.truncated;
    const std::string& text = cluster.articles.at(s.article).text;
    p.char_begin = CharOffset(text, s.begin);
    p.char_end = p.char_begin + CharOffset(std::string_view(text).substr(s.begin), s.end - s.begin);
    for (const Span& span : SentenceSpans(s)) {
      p.spans.emplace_back(span.begin, span.end);
      const size_t b = CharOffset(text, span.begin);
      p.char_spans.emplace_back(
          b, b + CharOffset(std::string_view(text).substr(span.begin), span.size()));
    }
    out.sentences.push_back(std::move(p));
  }
  return out;
}

void RegisterTypes(py::module_& m) {
  py::class_<Article>(m, "Article",
                      "A news article: the record every precis stage reads.\n\n"
                      "Only `text` is required. `text` is kept exactly as given; summary "
                      "sentences refer to it by byte offsets (UTF-8) and character offsets.")
      .def(py::init([](std::string text, std::string id, std::string title, std::string date,
                       std::string source, std::string url, std::string author,
                       std::string language) {
             Article a;
             a.id = std::move(id);
             a.title = std::move(title);
             a.date = std::move(date);
             a.source = std::move(source);
             a.url = std::move(url);
             a.text = std::move(text);
             a.author = std::move(author);
             a.language = std::move(language);
             return a;
           }),
           py::arg("text"), py::kw_only(), py::arg("id") = "", py::arg("title") = "",
           py::arg("date") = "", py::arg("source") = "", py::arg("url") = "",
           py::arg("author") = "", py::arg("language") = "",
           "Article(text, *, id='', title='', date='', source='', url='', author='', "
           "language='').\n"
           "date: ISO 8601 ('2004-03-01' or '2004-03-01T12:30Z'), used by stories and the "
           "date order of summaries. language: a Snowball language or ISO 639-1 code that "
           "decides this article's stemmer and stopwords ('' = the call's `language`, else "
           "the script's).")
      .def_readwrite("id", &Article::id, "str: unique within one input")
      .def_readwrite("title", &Article::title, "str: may be empty")
      .def_readwrite("date", &Article::date, "str: as given (ISO 8601 recommended)")
      .def_readwrite("source", &Article::source, "str: publisher or feed name")
      .def_readwrite("url", &Article::url, "str")
      .def_readwrite("text", &Article::text, "str: the body")
      .def_readwrite("author", &Article::author, "str: may be empty")
      .def_readwrite("language", &Article::language,
                     "str: BCP 47 / ISO 639-1 tag ('en', 'pt-BR'); '' = unknown")
      .def("to_dict", &ArticleDict, "The fields as a dict (the JSON Lines article layout).")
      .def("__eq__",
           [](const Article& a, const Article& b) {
             return a.id == b.id && a.title == b.title && a.date == b.date &&
                    a.source == b.source && a.url == b.url && a.text == b.text &&
                    a.author == b.author && a.language == b.language;
           })
      .def("__repr__", [](const Article& a) {
        return "Article(id=" + Quote(a.id) + ", title=" + Short(a.title) +
               ", text=" + Short(a.text) + ")";
      });

  py::class_<Cluster>(m, "Cluster",
                      "Articles about one event, summarized together (a line of a clusters "
                      "JSON Lines file). `references` are human summaries for evaluation; "
                      "`query` (a question) and `topic_title` (its title) optionally focus "
                      "the summary.")
      .def(py::init([](py::handle articles, std::string id, std::string query,
                       std::vector<std::string> references, std::string topic_title) {
             return Cluster{std::move(id), std::move(query), ToArticles(articles, "articles"),
                            std::move(references), std::move(topic_title)};
           }),
           py::arg("articles"), py::kw_only(), py::arg("id") = "", py::arg("query") = "",
           py::arg("references") = std::vector<std::string>(), py::arg("topic_title") = "",
           "Cluster(articles, *, id='', query='', references=[], topic_title='').\n"
           "articles: a list of str, dict or precis.Article, as summarize() takes them.")
      .def_static(
          "from_dict", [](py::handle d) { return ClusterFromDict(d, "cluster"); }, py::arg("d"),
          "A cluster from its JSON Lines layout (a dict as json.loads gives it): 'documents' "
          "(or 'articles'), and optionally 'id', 'references', 'query', 'topic_title'.")
      .def("to_dict", &ClusterDict, "The JSON Lines cluster layout (the reverse of from_dict).")
      .def_readwrite("id", &Cluster::id, "str")
      .def_readwrite("query", &Cluster::query, "str: may be empty")
      .def_readwrite("topic_title", &Cluster::topic_title,
                     "str: the query's title (JSON \"topic_title\"); may be empty")
      .def_readwrite("articles", &Cluster::articles, "list[Article] (a copy; assign to change)")
      .def_readwrite("references", &Cluster::references, "list[str]: reference summaries")
      .def("__repr__", [](const Cluster& c) {
        return "Cluster(id=" + Quote(c.id) + ", articles=" + std::to_string(c.articles.size()) +
               ", references=" + std::to_string(c.references.size()) + ")";
      });

  py::class_<PySentence>(m, "Sentence",
                         "One summary sentence, made of its source article's text: "
                         "''.join(article.text[b:e] for b, e in char_spans) == text (Python "
                         "str), and the same with `spans` over article.text.encode() (UTF-8 "
                         "bytes). Without compression there is one span and "
                         "article.text[char_begin:char_end] == text.")
      .def_readonly("text", &PySentence::text, "str: the sentence")
      .def_readonly("doc_id", &PySentence::doc_id, "str: id of the source article")
      .def_readonly("article", &PySentence::article, "int: index of the source article")
      .def_readonly("begin", &PySentence::begin, "int: UTF-8 byte offset into the article text")
      .def_readonly("end", &PySentence::end, "int: UTF-8 byte offset (exclusive)")
      .def_readonly("char_begin", &PySentence::char_begin,
                    "int: character offset into the article text (for str slicing)")
      .def_readonly("char_end", &PySentence::char_end, "int: character offset (exclusive)")
      .def_readonly("spans", &PySentence::spans,
                    "list[tuple[int, int]]: the UTF-8 byte ranges of the article text the "
                    "sentence is made of, in order (one unless compress=True cut parts)")
      .def_readonly("char_spans", &PySentence::char_spans,
                    "list[tuple[int, int]]: the same ranges as character offsets")
      .def_readonly("score", &PySentence::score, "float: the method's score (higher is better)")
      .def_readonly("truncated", &PySentence::truncated,
                    "bool: cut to fill the budget (truncate=True only)")
      .def("to_dict", &SentenceDict)
      .def("__repr__", [](const PySentence& s) {
        return "Sentence(doc_id=" + Quote(s.doc_id) + ", begin=" + std::to_string(s.begin) +
               ", end=" + std::to_string(s.end) + ", text=" + Short(s.text) + ")";
      });

  py::class_<PySummary>(m, "Summary",
                        "An extractive summary: `sentences` in output order; str(summary) is "
                        "one sentence per line, as `precis summarize` prints it.")
      .def_readonly("id", &PySummary::id, "str: the cluster id")
      .def_readonly("method", &PySummary::method, "str: the method that produced it")
      .def_readonly("sentences", &PySummary::sentences, "list[Sentence]")
      .def_readonly("words", &PySummary::words, "int: words in the summary")
      .def_readonly("bytes", &PySummary::bytes, "int: UTF-8 bytes of the sentences")
      .def_readonly("elapsed_ms", &PySummary::elapsed_ms, "float: time to summarize, in ms")
      .def_readonly("off_topic_sentences", &PySummary::off_topic_sentences,
                    "int: sentences left out as padding from outside the cluster "
                    "(summarize's off_topic_support; 0 when the check is off)")
      .def_readonly("warnings", &PySummary::warnings,
                    "list[str]: what the method had to relax to return sentences (length "
                    "limits adapted to the input, rules set aside, a sentence cut to fit, a "
                    "query without content words); empty when the options were followed as "
                    "given. Each is also issued as a precis.Warning, as the CLI prints it.")
      .def_property_readonly(
          "off_topic", [](const PySummary& s) { return LeftOutList(s.off_topic); },
          "list[dict]: those sentences, each {'doc_id', 'begin', 'end', 'text'} (UTF-8 byte "
          "offsets into the article text), in article order")
      .def_property_readonly(
          "text",
          [](const PySummary& s) {
            std::string out;
            for (const PySentence& x : s.sentences) {
              std::string line = x.text;
              for (char& c : line)
                if (c == '\n' || c == '\r') c = ' ';
              out += line + "\n";
            }
            return out;
          },
          "str: one sentence per line (line breaks inside a sentence become spaces)")
      .def("to_dict", &SummaryDict, "The JSON layout of `precis summarize --format json`.")
      .def("__len__", [](const PySummary& s) { return s.sentences.size(); })
      .def(
          "__iter__",
          [](const PySummary& s) {
            return py::make_iterator(s.sentences.begin(), s.sentences.end());
          },
          py::keep_alive<0, 1>())
      .def("__getitem__",
           [](const PySummary& s, py::ssize_t i) {
             const py::ssize_t n = static_cast<py::ssize_t>(s.sentences.size());
             if (i < 0) i += n;
             if (i < 0 || i >= n) throw py::index_error("summary sentence index out of range");
             return s.sentences[static_cast<size_t>(i)];
           })
      .def("__str__", [](py::object self) { return self.attr("text"); })
      .def("__repr__", [](const PySummary& s) {
        return "Summary(id=" + Quote(s.id) + ", method=" + Quote(s.method) +
               ", sentences=" + std::to_string(s.sentences.size()) +
               ", words=" + std::to_string(s.words) + ")";
      });

  py::class_<Story>(m, "Story",
                    "A story: articles about one event, found by precis.cluster or "
                    "precis.StoryClusterer.")
      .def_readonly("id", &Story::id, "int: 1, 2, ... in the order stories were opened")
      .def_readonly("articles", &Story::articles,
                    "list[str]: article ids in arrival order (duplicates included)")
      .def_readonly("duplicates", &Story::duplicates,
                    "list[tuple[str, str]]: (duplicate, original) pairs")
      .def_readonly("first_date", &Story::first_date, "str: earliest article date ('' if none)")
      .def_readonly("last_date", &Story::last_date, "str: latest article date ('' if none)")
      .def_readonly("terms", &Story::terms, "list[str]: the strongest centroid terms")
      .def_readonly("headline", &Story::headline,
                    "str: title (or first sentence) of the article closest to the centroid")
      .def("to_dict", &StoryDict, "The JSON layout of `precis cluster`.")
      .def("__repr__", [](const Story& s) {
        return "Story(id=" + std::to_string(s.id) +
               ", articles=" + std::to_string(s.articles.size()) +
               ", headline=" + Short(s.headline) + ")";
      });
}

}  // namespace precis::python
