// precis.summarize: the `precis summarize` command as a function.
#include "precis/summarize.h"

#include <algorithm>
#include <atomic>
#include <optional>
#include <sstream>
#include <thread>

#include "bindings.h"
#include "precis/weights.h"
#include "story_args.h"
#include "text/language.h"

namespace precis::python {

namespace {

struct SummarizeArgs {
  std::string method;
  std::optional<int64_t> words, bytes, sentences, chars;
  bool truncate = false;
  double redundancy = 0;
  bool mmr = false;
  double mmr_lambda = 0;
  std::string order;
  std::optional<std::string> query;
  double query_weight = 0, query_expansion_weight = 0;
  int64_t query_expansion = 0, query_feedback = 0;
  std::string language;
  int64_t min_words = 0, max_words = 0;
  int64_t threads = 0;
  bool compress = false;
  double off_topic_support = 0;
  std::optional<std::string> weights;  // a weights file's path
  py::object background = py::none();  // documents, clusters or a path: the IDF collection
};

SummarizeOptions ToOptions(const SummarizeArgs& a) {
  SummarizeOptions o;
  o.method = LowerChoice(a.method);
  SetBudget(a.words, a.bytes, a.sentences, a.chars, &o.budget);
  o.budget.truncate_last = a.truncate;
  o.redundancy_threshold = a.redundancy;
  o.mmr = a.mmr;
  o.mmr_lambda = a.mmr_lambda;
  const std::string order = LowerChoice(a.order);
  if (order == "date") {
    o.ordering = Ordering::kChronological;
  } else if (order == "score") {
    o.ordering = Ordering::kScore;
  } else {
    RaiseOption("order must be 'date' or 'score', got '" + a.order + "'");
  }
  if (a.query) o.query = *a.query;
  if (a.query_expansion < 0 || a.query_feedback < 0)
    RaiseOption("query_expansion and query_feedback must not be negative");
  o.query_weight = a.query_weight;
  o.query_expansion_weight = a.query_expansion_weight;
  o.query_expansion_terms = static_cast<uint32_t>(std::min<int64_t>(a.query_expansion, UINT32_MAX));
  o.query_feedback_sentences =
      static_cast<uint32_t>(std::min<int64_t>(a.query_feedback, UINT32_MAX));
  CheckLanguage(a.language);
  o.language = a.language;
  o.segment.language = a.language;
  if (a.min_words < 0 || a.max_words < 0)
    RaiseOption("min_words and max_words must not be negative");
  o.min_sentence_words = static_cast<uint32_t>(std::min<int64_t>(a.min_words, UINT32_MAX));
  o.max_sentence_words = static_cast<uint32_t>(std::min<int64_t>(a.max_words, UINT32_MAX));
  o.compress = a.compress;
  o.off_topic_support = a.off_topic_support;
  if (a.weights) {
    const Status s = LoadWeights(*a.weights, &o.weights);
    if (!s.ok()) Raise(s, "weights");
  }
  // The method name and the ranges of the numbers: the library's own check, so Python, the CLI
  // and the server refuse the same values. Its messages name the options' fields, which are
  // the keywords here except one.
  const Status valid = ValidateSummarizeOptions(o);
  if (!valid.ok()) {
    std::string message = valid.message();
    for (const auto& [field, keyword] :
         {std::pair<std::string, std::string>{"redundancy_threshold", "redundancy"},
          {"min_sentence_words", "min_words"},
          {"max_sentence_words", "max_words"}}) {
      for (size_t at; (at = message.find(field)) != std::string::npos;) {
        message.replace(at, field.size(), keyword);
      }
    }
    RaiseOption(message);
  }
  return o;
}

bool IsCluster(py::handle obj) { return py::isinstance<Cluster>(obj) || IsClusterDict(obj); }

Cluster AsCluster(py::handle obj, const std::string& where) {
  return py::isinstance<Cluster>(obj) ? obj.cast<Cluster>() : ClusterFromDict(obj, where);
}

// Summarizes every cluster on `threads` threads (at least 1; Threads() resolves 0) with one IDF
// table over all their articles, as the CLI does, or the `background` table when given.
std::vector<Summary> SummarizeAll(const std::vector<Cluster>& clusters,
                                  const SummarizeOptions& options, unsigned threads,
                                  const IdfTable* background) {
  std::vector<Summary> summaries(clusters.size());
  std::vector<Status> statuses(clusters.size());
  {
    py::gil_scoped_release release;
    IdfTable own;
    if (background == nullptr) own = IdfTable::Build(clusters, options.language);
    const IdfTable& idf = background != nullptr ? *background : own;
    std::atomic<size_t> next{0};
    auto worker = [&] {
      for (size_t i; (i = next++) < clusters.size();) {
        // An empty cluster of a list keeps its place with an empty summary (warned about).
        if (clusters[i].articles.empty()) {
          summaries[i].id = clusters[i].id;
          summaries[i].method = options.method;
          continue;
        }
        statuses[i] = Summarize(clusters[i], options, &idf, &summaries[i]);
      }
    };
    threads = std::min<unsigned>(threads, static_cast<unsigned>(clusters.size()));
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t) pool.emplace_back(worker);
    worker();
    for (auto& t : pool) t.join();
  }
  for (size_t i = 0; i < clusters.size(); ++i)
    if (!statuses[i].ok()) Raise(statuses[i], "cluster " + clusters[i].id);
  return summaries;
}

void CheckNotEmpty(const Cluster& c, const std::string& what) {
  if (c.articles.empty()) RaiseInput(what + ": no articles found in the input");
}

py::object SummarizePy(py::handle documents, const SummarizeArgs& args) {
  const SummarizeOptions options = ToOptions(args);
  const unsigned threads = Threads(args.threads);  // cluster()'s check: 0 (one per core) to 1024
  std::vector<Cluster> clusters;
  bool many = false;
  if (IsCluster(documents)) {
    clusters.push_back(AsCluster(documents, "documents"));
    CheckNotEmpty(clusters.back(), "cluster " + clusters.back().id);
  } else {
    if (py::isinstance<py::dict>(documents)) {
      // Not a cluster dict (IsCluster): one article's dict, or a cluster without its list.
      throw py::type_error(
          "documents: a dict is read as a cluster and needs a \"documents\" list (the clusters "
          "JSON Lines layout); this one has no \"documents\" key. Pass one article's dict in "
          "a list: summarize([article])");
    }
    if (IsScalarLike(documents) || !py::isinstance<py::iterable>(documents))
      throw py::type_error(
          "documents: expected a list of documents (str, dict or precis.Article), a "
          "precis.Cluster or a list of precis.Cluster, got " +
          std::string(py::str(py::type::of(documents).attr("__name__"))));
    py::list items(py::reinterpret_borrow<py::object>(documents));
    many = items.size() > 0 && IsCluster(items[0]);
    if (many) {
      size_t i = 0, empty = 0;
      for (py::handle item : items) {
        const std::string where = "documents[" + std::to_string(i) + "]";
        if (!IsCluster(item))
          throw py::type_error(where +
                               ": expected precis.Cluster (or a cluster dict) like documents[0]");
        clusters.push_back(AsCluster(item, where));
        // As the CLI skips an empty cluster of a file with a warning, one empty cluster does
        // not cost the batch: its summary is empty, in its place.
        if (clusters.back().articles.empty()) {
          Warn(where + " (cluster " + clusters.back().id +
               "): no articles found: its summary is empty");
          ++empty;
        }
        ++i;
      }
      if (empty == clusters.size()) RaiseInput("no articles found in the input");
    } else {
      Cluster c;
      c.articles = ToArticles(items, "documents");
      if (c.articles.empty()) RaiseInput("no articles found in the input");
      clusters.push_back(std::move(c));
    }
  }
  std::shared_ptr<const IdfTable> background;
  if (!args.background.is_none()) background = BackgroundIdf(args.background, options.language);
  std::vector<Summary> summaries = SummarizeAll(clusters, options, threads, background.get());
  // As the CLI prints them on stderr: "cluster ID: ..." (the cluster's id when it has one).
  for (const Summary& s : summaries) {
    for (const std::string& w : s.warnings) Warn(s.id.empty() ? w : "cluster " + s.id + ": " + w);
  }
  if (!many) return py::cast(ToPySummary(summaries[0], clusters[0]));
  py::list out;
  for (size_t i = 0; i < summaries.size(); ++i) out.append(ToPySummary(summaries[i], clusters[i]));
  return out;
}

std::string Doc(const SummarizeOptions& d) {
  std::string methods;
  for (const auto& m : MethodNames()) methods += (methods.empty() ? "" : ", ") + m;
  std::ostringstream s;
  s << "Extractive summary of a cluster of documents (`precis summarize`).\n\n"
       "documents: a list of documents, each a str (its text; id = its index as str), a dict "
       "with 'text' and optionally 'id', 'title', 'date', 'source', 'url', or a "
       "precis.Article -> one Summary. Or a precis.Cluster (or a dict in the clusters JSON "
       "Lines layout, with 'documents') -> one Summary, or a list of them (precis.read of a "
       "clusters file, or json.loads of its lines) -> list[Summary], summarized on "
       "`threads` threads with one IDF table over all their articles, as the CLI does.\n"
       "Empty documents are skipped with a precis.Warning; a cluster of a list with no "
       "articles gets an empty Summary in its place, with a precis.Warning (all empty: "
       "precis.InputError).\n\n"
       "Keywords (the CLI's option names; defaults from the C++ SummarizeOptions):\n"
       "  method: str = '"
    << d.method << "'  one of " << methods << " (case ignored)"
    << "\n"
       "  words / bytes / sentences / chars: int  the budget, at most one (chars: code "
       "points; default "
    << d.budget.limit
    << " words)\n"
       "  truncate: bool = False  DUC style: cut one more sentence to fill the budget\n"
       "  redundancy: float = "
    << d.redundancy_threshold
    << "  skip a sentence whose cosine to a chosen one exceeds this (1 = off)\n"
       "  mmr: bool = False, mmr_lambda: float = "
    << d.mmr_lambda
    << "  maximal marginal relevance selection\n"
       "  order: str = 'date'  'date' (article date, then position) or 'score'\n"
       "  query: str | None  focus the summary on a query (None or '': a Cluster's own query "
       "and topic_title, which steer every method, lead included; a query with no content "
       "word in the input steers nothing and is warned about)\n"
       "  query_weight: float = "
    << d.query_weight
    << "  how much the query steers the summary, 0 (not at all: the generic baselines, even "
       "for a cluster with a query) to 1\n"
       "  query_expansion: int = "
    << d.query_expansion_terms
    << "  terms added to the query from the sentences closest to it (pseudo-relevance "
       "feedback; 0: none)\n"
       "  query_feedback: int = "
    << d.query_feedback_sentences
    << "  sentences closest to the query that vote for expansion terms\n"
       "  query_expansion_weight: float = "
    << d.query_expansion_weight
    << "  weight of the best expansion term, relative to the query's heaviest term\n"
       "  language: str = '"
    << d.language
    << "'  ICU locale / Snowball language\n"
       "  min_words: int = "
    << d.min_sentence_words << ", max_words: int = " << d.max_sentence_words
    << "  length limits of selectable units in words (a sentence, or one taken with the "
       "sentence it leans on; adapted, with a warning, when no sentence of the input fits)\n"
       "  threads: int = 0  worker threads for a list of clusters (0: one per core; at most "
       "1024)\n"
       "  compress: bool = False  drop parentheticals, appositives, leading time/place phrases "
       "and attribution tails from candidates (each sentence keeps its source `spans`)\n"
       "  off_topic_support: float = "
    << d.off_topic_support
    << "  padding check: leave out sentences with less support than this in the cluster "
       "(0 to 1; 0: off; the CLI's --padding-check is "
    << kPaddingCheckSupport
    << ")\n"
       "  weights: str | os.PathLike | None = None  a versioned weights file of the default "
       "method (data/weights.json; None: the built-in weights)\n"
       "  background: path | documents | clusters | precis.Background | None = None  IDF over "
       "these articles instead of the summarized ones (the CLI's --background): the same "
       "weights for every subset or call; a precis.Background is built once for a loop\n\n"
       "Returns Summary (sentences with text, doc_id, begin/end UTF-8 byte offsets, "
       "char_begin/char_end character offsets, score).\n"
       "Raises TypeError for documents of the wrong type, precis.InputError when no document "
       "has any text, precis.OptionError for invalid option values.\n"
       "The GIL is released while summarizing; safe to call from several threads.";
  return s.str();
}

}  // namespace

void SetBudget(std::optional<int64_t> words, std::optional<int64_t> bytes,
               std::optional<int64_t> sentences, std::optional<int64_t> chars, Budget* budget) {
  int given = 0;
  for (const auto& [value, unit, name] :
       {std::tuple{words, BudgetUnit::kWords, "words"},
        std::tuple{bytes, BudgetUnit::kBytes, "bytes"},
        std::tuple{sentences, BudgetUnit::kSentences, "sentences"},
        std::tuple{chars, BudgetUnit::kChars, "chars"}}) {
    if (!value) continue;
    if (*value <= 0)
      RaiseOption(std::string(name) + " must be positive, got " + std::to_string(*value));
    ++given;
    budget->unit = unit;
    budget->limit = static_cast<size_t>(*value);
  }
  if (given > 1) RaiseOption("give one budget: words, bytes, sentences or chars");
}

// BackgroundClusters for a list of documents or of clusters.
static std::vector<Cluster> BackgroundList(py::handle background) {
  std::vector<Cluster> out;
  if (IsScalarLike(background) || !py::isinstance<py::iterable>(background))
    throw py::type_error("background: expected a path, a list of documents or of clusters, got " +
                         std::string(py::str(py::type::of(background).attr("__name__"))));
  py::list items(py::reinterpret_borrow<py::object>(background));
  if (items.size() > 0 && IsCluster(items[0])) {
    size_t i = 0;
    for (py::handle item : items) {
      out.push_back(AsCluster(item, "background[" + std::to_string(i++) + "]"));
    }
  } else {
    out.emplace_back();
    out.back().articles = ToArticles(items, "background");
  }
  return out;
}

// The articles of `background`: a path (read as precis.read reads it), a list of documents, a
// Cluster or cluster dict, or a list of those.
std::vector<Cluster> BackgroundClusters(py::handle background) {
  std::vector<Cluster> out;
  if (py::isinstance<py::str>(background) || py::hasattr(background, "__fspath__")) {
    Input input = ReadInput(PathArg(background, "background"), "auto", false);
    if (input.is_clusters) {
      out = std::move(input.clusters);
    } else {
      out.emplace_back();
      out.back().articles = std::move(input.articles);
    }
  } else if (IsCluster(background)) {
    out.push_back(AsCluster(background, "background"));
  } else {
    out = BackgroundList(background);
  }
  size_t n = 0;
  for (const Cluster& c : out) n += c.articles.size();
  if (n == 0) RaiseInput("background: no articles");
  return out;
}

std::shared_ptr<const IdfTable> BackgroundIdf(py::handle background, const std::string& language) {
  if (py::isinstance<PyBackground>(background)) {
    const PyBackground& bg = background.cast<const PyBackground&>();
    if (text_internal::SnowballLanguageName(bg.language) !=
        text_internal::SnowballLanguageName(language)) {
      RaiseOption("background: built for language '" + bg.language + "', used with '" + language +
                  "' (build precis.Background with the same language=)");
    }
    return bg.idf;
  }
  std::vector<Cluster> clusters = BackgroundClusters(background);
  py::gil_scoped_release release;
  return std::make_shared<const IdfTable>(IdfTable::Build(clusters, language));
}

void RegisterSummarize(py::module_& m) {
  py::class_<PyBackground>(
      m, "Background",
      "Background(background, *, language='en'): the IDF weights of a background "
      "collection, built once. `background` is what summarize's and digest's background= "
      "takes: a path (read as precis.read reads it), a list of documents, a Cluster or cluster "
      "dict, or a list of those. Pass the object as background= in a loop of calls: the table "
      "is not read or built again (a path or a list is, at every call). Its `language` must be "
      "the calls' (OptionError otherwise). Immutable: calls on several threads share it.")
      .def(py::init([](py::handle background, std::string language) {
             CheckLanguage(language);
             if (py::isinstance<PyBackground>(background)) {
               throw py::type_error("background: already a precis.Background");
             }
             PyBackground bg;
             bg.idf = BackgroundIdf(background, language);
             bg.language = std::move(language);
             return bg;
           }),
           py::arg("background"), py::kw_only(), py::arg("language") = SummarizeOptions().language)
      .def_property_readonly(
          "articles", [](const PyBackground& b) { return b.idf->documents(); },
          "int: articles the weights were counted over")
      .def_readonly("language", &PyBackground::language, "str: the language it was built for")
      .def("__repr__", [](const PyBackground& b) {
        return "Background(articles=" + std::to_string(b.idf->documents()) +
               ", language=" + std::string(py::repr(py::str(b.language))) + ")";
      });
  const SummarizeOptions d;
  m.def(
      "summarize",
      [](py::handle documents, std::string method, std::optional<Int> words,
         std::optional<Int> bytes, std::optional<Int> sentences, std::optional<Int> chars,
         bool truncate, double redundancy, bool mmr, double mmr_lambda, std::string order,
         std::optional<std::string> query, double query_weight, Int query_expansion,
         Int query_feedback, double query_expansion_weight, std::string language, Int min_words,
         Int max_words, Int threads, bool compress, double off_topic_support, py::object weights,
         py::object background) {
        SummarizeArgs a;
        a.method = std::move(method);
        a.words = GetInt(words, "words");
        a.bytes = GetInt(bytes, "bytes");
        a.sentences = GetInt(sentences, "sentences");
        a.chars = GetInt(chars, "chars");
        a.truncate = truncate;
        a.redundancy = redundancy;
        a.mmr = mmr;
        a.mmr_lambda = mmr_lambda;
        a.order = std::move(order);
        a.query = std::move(query);
        a.query_weight = query_weight;
        a.query_expansion = query_expansion.Get("query_expansion");
        a.query_feedback = query_feedback.Get("query_feedback");
        a.query_expansion_weight = query_expansion_weight;
        a.language = std::move(language);
        a.min_words = min_words.Get("min_words");
        a.max_words = max_words.Get("max_words");
        a.threads = threads.Get("threads");
        a.compress = compress;
        a.off_topic_support = off_topic_support;
        if (!weights.is_none()) a.weights = PathArg(weights, "weights");
        a.background = std::move(background);
        return SummarizePy(documents, a);
      },
      Doc(d).c_str(), py::arg("documents"), py::kw_only(), py::arg("method") = d.method,
      py::arg("words") = py::none(), py::arg("bytes") = py::none(),
      py::arg("sentences") = py::none(), py::arg("chars") = py::none(),
      py::arg("truncate") = d.budget.truncate_last, py::arg("redundancy") = d.redundancy_threshold,
      py::arg("mmr") = d.mmr, py::arg("mmr_lambda") = d.mmr_lambda,
      py::arg("order") = d.ordering == Ordering::kScore ? "score" : "date",
      py::arg("query") = py::none(), py::arg("query_weight") = d.query_weight,
      py::arg("query_expansion") = d.query_expansion_terms,
      py::arg("query_feedback") = d.query_feedback_sentences,
      py::arg("query_expansion_weight") = d.query_expansion_weight,
      py::arg("language") = d.language, py::arg("min_words") = d.min_sentence_words,
      py::arg("max_words") = d.max_sentence_words, py::arg("threads") = 0,
      py::arg("compress") = d.compress, py::arg("off_topic_support") = d.off_topic_support,
      py::arg("weights") = py::none(), py::arg("background") = py::none());
  m.def("methods", &MethodNames, "The method names summarize() accepts.");
}

}  // namespace precis::python
