// precis.cluster and precis.digest: `precis cluster` and `precis digest` as functions.
#include <algorithm>
#include <tuple>

#include "bindings.h"
#include "story_args.h"

namespace precis::python {

namespace {

struct PyDigest {
  Story story;
  PySummary summary;
  size_t articles_summarized = 0;
  size_t off_topic_sentences = 0;
  size_t duplicate_sentences = 0;
  std::vector<LeftOutSentence> off_topic;
  std::vector<DigestSource> sources;
};

py::list ClusterPy(py::handle articles_obj, const StoryArgs& args) {
  AliasTable aliases;
  StoryOptions options;
  ToStoryOptions(args, &aliases, &options);
  const unsigned threads = Threads(args.threads);  // may raise: before the GIL is released
  std::vector<Article> articles = ToArticles(articles_obj, "articles");
  if (!args.arrival_order) SortByDate(&articles);
  std::vector<Story> stories;
  StoryReport report;
  Status st;
  {
    py::gil_scoped_release release;
    st = ClusterArticles(articles, options, &stories, &report, threads);
  }
  if (!st.ok()) Raise(st);
  return py::cast(std::move(stories));
}

py::object DigestPy(py::handle articles_obj, const StoryArgs& args, const std::string& method,
                    std::optional<int64_t> words, std::optional<std::string> format,
                    const std::string& title, int64_t min_articles, double off_topic,
                    bool keep_duplicate_sentences, double off_topic_support, py::handle background,
                    std::optional<int64_t> sentences, std::optional<int64_t> bytes,
                    std::optional<int64_t> chars, bool truncate, std::optional<std::string> query,
                    bool compress, py::handle weights) {
  AliasTable aliases;
  DigestOptions digest;
  ToStoryOptions(args, &aliases, &digest.story);
  const auto methods = MethodNames();
  const std::string name = LowerChoice(method);
  if (std::find(methods.begin(), methods.end(), name) == methods.end())
    RaiseOption("method: '" + method + "' is not a summarization method");
  digest.summarize.method = name;
  // One budget, as the CLI's --words, --sentences, --bytes, --chars.
  SetBudget(words, bytes, sentences, chars, &digest.summarize.budget);
  digest.summarize.budget.truncate_last = truncate;
  if (query) digest.summarize.query = *query;
  digest.summarize.compress = compress;
  if (!weights.is_none()) {
    const Status s = LoadWeights(PathArg(weights, "weights"), &digest.summarize.weights);
    if (!s.ok()) Raise(s, "weights");
  }
  digest.summarize.language = args.language;
  digest.summarize.segment.language = args.language;
  if (min_articles < 0) RaiseOption("min_articles must not be negative");
  digest.min_articles = static_cast<size_t>(min_articles);
  if (!(off_topic >= 0 && off_topic <= 1)) RaiseOption("off_topic must be in [0, 1]");
  digest.off_topic_threshold = off_topic;
  if (off_topic <= 0) digest.unrelated_threshold = 0;
  digest.drop_duplicate_sentences = !keep_duplicate_sentences;
  if (!(off_topic_support >= 0 && off_topic_support <= 1))
    RaiseOption("off_topic_support must be in [0, 1], got " + std::to_string(off_topic_support));
  digest.summarize.off_topic_support = off_topic_support;
  // background=: IDF over those articles instead of the feed's (the CLI's --background).
  std::shared_ptr<const IdfTable> background_idf;
  if (!background.is_none()) {
    background_idf = BackgroundIdf(background, args.language);
    digest.idf = background_idf.get();
  }
  if (format && *format != "text" && *format != "json" && *format != "html")
    RaiseOption("format must be None, 'text', 'json' or 'html', got '" + *format + "'");

  const unsigned threads = Threads(args.threads);
  std::vector<Article> articles = ToArticles(articles_obj, "articles");
  if (!args.arrival_order) SortByDate(&articles);
  std::vector<Story> stories;
  std::vector<StoryDigest> digests;
  StoryReport report;
  std::string rendered;
  Status st;
  {
    py::gil_scoped_release release;
    st = ClusterArticles(articles, digest.story, &stories, &report, threads);
    if (st.ok()) {
      // Largest stories first (then by id), as `precis digest`.
      std::stable_sort(stories.begin(), stories.end(), [](const Story& a, const Story& b) {
        return a.articles.size() > b.articles.size();
      });
      st = BuildDigest(articles, stories, digest, &digests);
    }
    if (st.ok() && format) {
      if (*format == "json")
        rendered = DigestToJsonLines(digests);
      else if (*format == "html")
        rendered = DigestToHtml(digests, title);
      else
        rendered = DigestToText(digests);
    }
  }
  if (!st.ok()) Raise(st);
  if (format) return py::str(rendered);
  // Summary sentences point into the articles by index within each story's own cluster;
  // rebuild those clusters to give character offsets.
  std::unordered_map<std::string, const Article*> by_id;
  for (const Article& a : articles) by_id.emplace(a.id, &a);
  py::list out;
  for (StoryDigest& d : digests) {
    Cluster view;
    view.id = d.summary.id;
    std::unordered_map<std::string, uint32_t> index;
    for (const SummarySentence& s : d.summary.sentences) {
      if (s.article >= view.articles.size()) view.articles.resize(s.article + 1);
      auto it = by_id.find(s.doc_id);
      if (it != by_id.end()) view.articles[s.article] = *it->second;
    }
    PyDigest p;
    p.summary = ToPySummary(d.summary, view);
    p.story = std::move(d.story);
    p.articles_summarized = d.articles_summarized;
    p.off_topic_sentences = d.off_topic_sentences;
    p.duplicate_sentences = d.duplicate_sentences;
    p.off_topic = std::move(d.off_topic);
    p.sources = std::move(d.sources);
    out.append(std::move(p));
  }
  return out;
}

}  // namespace

void RegisterStories(py::module_& m) {
  py::class_<PyDigest>(m, "StoryDigest", "One story of a digest with its summary.")
      .def_readonly("story", &PyDigest::story, "Story")
      .def_readonly("summary", &PyDigest::summary,
                    "Summary (sentence offsets point into the articles' texts)")
      .def_readonly("articles_summarized", &PyDigest::articles_summarized,
                    "int: articles summarized (near-duplicates are not summarized again)")
      .def_readonly("off_topic_sentences", &PyDigest::off_topic_sentences,
                    "int: sentences left out as off-topic")
      .def_readonly("duplicate_sentences", &PyDigest::duplicate_sentences,
                    "int: sentences left out as repeats of an earlier article's")
      .def_property_readonly(
          "off_topic", [](const PyDigest& d) { return LeftOutList(d.off_topic); },
          "list[dict]: the off-topic sentences, each {'doc_id', 'begin', 'end', 'text'} "
          "(UTF-8 byte offsets into the article text): the in-feed filter's, then the "
          "padding check's")
      .def_property_readonly(
          "sources",
          [](const PyDigest& d) {
            py::list out;
            for (const DigestSource& s : d.sources) {
              py::dict x;
              x["id"] = s.id;
              x["title"] = s.title;
              x["source"] = s.source;
              x["url"] = s.url;
              x["date"] = s.date;
              x["language"] = s.language;
              out.append(std::move(x));
            }
            return out;
          },
          "list[dict]: the story's articles (duplicates too) as a reader cites them, each "
          "{'id', 'title', 'source', 'url', 'date', 'language'} (a BCP 47 tag), in the story's "
          "order (the CLI digest's "
          "'sources')")
      .def("__repr__", [](const PyDigest& d) {
        return "StoryDigest(story=" + std::to_string(d.story.id) +
               ", articles=" + std::to_string(d.story.articles.size()) +
               ", sentences=" + std::to_string(d.summary.sentences.size()) + ")";
      });

  const StoryOptions d;
  const std::string articles_doc =
      "articles: list of documents: str, dict ('text' and optionally 'id', 'title', 'date', "
      "'source', 'url') or precis.Article. Dates (ISO 8601) drive the stream clock; articles "
      "are sorted by date first unless arrival_order. Empty documents are skipped with a "
      "precis.Warning.\n\n";
  m.def(
      "cluster",
      [](py::handle articles, PRECIS_STORY_LAMBDA_PARAMS) {
        return ClusterPy(articles, PRECIS_STORY_ARGS_FROM_PARAMS);
      },
      ("Groups articles into stories, as `precis cluster` (online single-pass clustering, "
       "near-duplicates joined to their original; docs/stories.md).\n\n" +
       articles_doc + "Keywords (the CLI's option names; defaults from StoryOptions):\n" +
       StoryKeywordsDoc() +
       "\nReturns list[Story] in the order the stories closed.\n"
       "Raises TypeError for wrong types, precis.OptionError for invalid options, "
       "precis.InputError for an unreadable alias file.\n"
       "The GIL is released while clustering; safe to call from several threads.")
          .c_str(),
      py::arg("articles"), py::kw_only(), PRECIS_STORY_PY_ARGS(d));

  const DigestOptions dd;
  m.def(
      "digest",
      [](py::handle articles, PRECIS_STORY_LAMBDA_PARAMS, std::string method,
         std::optional<Int> words, std::optional<std::string> format, std::string title,
         Int min_articles, double off_topic, bool keep_duplicate_sentences,
         double off_topic_support, py::object background, std::optional<Int> sentences,
         std::optional<Int> bytes, std::optional<Int> chars, bool truncate,
         std::optional<std::string> query, bool compress, py::object weights) {
        return DigestPy(articles, PRECIS_STORY_ARGS_FROM_PARAMS, method, GetInt(words, "words"),
                        format, title, min_articles.Get("min_articles"), off_topic,
                        keep_duplicate_sentences, off_topic_support, background,
                        GetInt(sentences, "sentences"), GetInt(bytes, "bytes"),
                        GetInt(chars, "chars"), truncate, query, compress, weights);
      },
      ("Clusters articles into stories and summarizes each, as `precis digest`: "
       "near-duplicate articles are not summarized twice; sentences repeated from an earlier "
       "article of the story and sentences pasted from other stories are left out. Largest "
       "stories first.\n\n" +
       articles_doc + "Keywords: those of cluster() (" + StoryKeywordsDoc() +
       ") and\n"
       "  method: str = '" +
       dd.summarize.method +
       "'  summarization method (precis.methods())\n"
       "  words: int | None  summary length per story in words (default " +
       std::to_string(dd.summarize.budget.limit) +
       ")\n"
       "  sentences, bytes, chars: int | None  the budget in those units instead (one budget)\n"
       "  truncate: bool = False  cut the last sentence to fill the budget exactly\n"
       "  query: str | None  focus every story's summary on this question\n"
       "  compress: bool = False  compressive summaries (docs/quality.md)\n"
       "  weights: path | None  a versioned weights file of the default method\n"
       "  format: str | None  None: list[StoryDigest]; 'text', 'json' (JSON Lines) or 'html' "
       "(one self-contained page): the CLI's rendering as a str\n"
       "  title: str  title of the HTML page\n"
       "  min_articles: int = " +
       std::to_string(dd.min_articles) +
       "  leave out stories with fewer articles\n"
       "  off_topic: float  a sentence below this cosine with its story, and closer to "
       "another story, is left out (0: keep everything)\n"
       "  keep_duplicate_sentences: bool = False  keep sentences repeating an earlier "
       "article's\n"
       "  off_topic_support: float = 0  the padding check (the CLI's --off-topic-support; "
       "--padding-check is 0.22; 0: off)\n"
       "  background: path | documents | clusters | precis.Background | None = None  IDF over "
       "these articles "
       "instead of the feed's (the CLI's --background), which also gives the padding check "
       "its model on a small feed\n\n"
       "Raises TypeError, precis.OptionError, precis.InputError as cluster().")
          .c_str(),
      py::arg("articles"), py::kw_only(), PRECIS_STORY_PY_ARGS(d),
      py::arg("method") = dd.summarize.method, py::arg("words") = py::none(),
      py::arg("format") = py::none(), py::arg("title") = "precis digest",
      py::arg("min_articles") = dd.min_articles, py::arg("off_topic") = dd.off_topic_threshold,
      py::arg("keep_duplicate_sentences") = !dd.drop_duplicate_sentences,
      py::arg("off_topic_support") = dd.summarize.off_topic_support,
      py::arg("background") = py::none(), py::arg("sentences") = py::none(),
      py::arg("bytes") = py::none(), py::arg("chars") = py::none(),
      py::arg("truncate") = dd.summarize.budget.truncate_last, py::arg("query") = py::none(),
      py::arg("compress") = dd.summarize.compress, py::arg("weights") = py::none());
}

}  // namespace precis::python
