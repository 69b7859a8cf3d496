// precis.rouge and precis.rouge_corpus: ROUGE-1.5.5 with its options as keywords.
#include "precis/rouge.h"

#include <optional>
#include <sstream>

#include "bindings.h"
#include "eval/rouge_flags.h"

namespace precis::python {

namespace {

// Every keyword of rouge(); None means "as the flags (or the script's default) say".
struct RougeKeywords {
  std::optional<int64_t> n;
  std::optional<bool> stem, remove_stopwords;
  std::optional<int64_t> length_limit, byte_limit, skip_distance;
  std::optional<bool> skip_unigrams, skip_both, lcs;
  std::optional<double> wlcs_weight, alpha;
  std::optional<std::string> scoring;
  std::optional<int64_t> counting;
  std::optional<double> confidence;
  std::optional<int64_t> resamples, seed;
  std::optional<bool> exceptions;
  std::optional<std::string> flags;
};

RougeOptions ToOptions(const RougeKeywords& k) {
  RougeOptions o;
  if (k.flags) {
    std::istringstream in(*k.flags);
    std::vector<std::string> args;
    for (std::string word; in >> word;) args.push_back(word);
    rouge::RougeCommandLine cl;
    Status st = rouge::ParseRougeCommandLine(args, &cl);
    if (!st.ok()) RaiseOption("flags: " + st.message());
    if (!cl.positionals.empty())
      RaiseOption("flags: unexpected argument '" + cl.positionals[0] +
                  "' (give only the script's options here, not file names)");
    if (!cl.file_list_format.empty()) RaiseOption("flags: -z has no meaning here");
    o = cl.options;
  }
  auto range = [](int64_t v, int64_t lo, int64_t hi, const char* name) {
    if (v < lo || v > hi)
      RaiseOption(std::string(name) + " must be in " + std::to_string(lo) + ".." +
                  std::to_string(hi) + ", got " + std::to_string(v));
    return v;
  };
  if (k.n) o.max_n = static_cast<int>(range(*k.n, 0, 1000, "n (-n)"));
  if (k.stem) o.stem = *k.stem;
  if (k.remove_stopwords) o.remove_stopwords = *k.remove_stopwords;
  if (k.length_limit) o.word_limit = range(*k.length_limit, 0, INT64_MAX, "length_limit (-l)");
  if (k.byte_limit) o.byte_limit = range(*k.byte_limit, 0, INT64_MAX, "byte_limit (-b)");
  if (k.skip_distance) {
    o.skip_bigrams = true;
    o.skip_distance =
        *k.skip_distance < 0
            ? -1
            : static_cast<int>(range(*k.skip_distance, 0, 1000000, "skip_distance (-2)"));
  }
  if (k.skip_unigrams) o.skip_unigrams = *k.skip_unigrams;
  if (k.skip_both) o.skip_both = *k.skip_both;
  if (k.lcs) o.lcs = *k.lcs;
  if (k.wlcs_weight) {
    if (!(*k.wlcs_weight > 0)) RaiseOption("ROUGE-W weight (-w) must be > 0");
    o.w_weight = *k.wlcs_weight;
    o.w_label.clear();
  }
  if (k.alpha) o.alpha = *k.alpha;
  if (k.scoring) {
    if (*k.scoring == "A") {
      o.combine = RougeModelCombine::kAverage;
    } else if (*k.scoring == "B") {
      o.combine = RougeModelCombine::kBest;
    } else {
      RaiseOption("scoring (-f) must be 'A' or 'B', got '" + *k.scoring + "'");
    }
  }
  if (k.counting)
    o.counting = static_cast<RougeCounting>(range(*k.counting, 0, 2, "counting (-t)"));
  if (k.confidence) o.confidence = *k.confidence;
  if (k.resamples)
    o.resamples = static_cast<int>(range(*k.resamples, 1, 100000000, "resamples (-r)"));
  if (k.seed) o.seed = static_cast<uint32_t>(range(*k.seed, 0, 0xffffffffLL, "seed"));
  if (k.exceptions) o.use_exceptions = *k.exceptions;
  Status st = ValidateRougeOptions(o);
  if (!st.ok()) Raise(st);
  return o;
}

std::string TypeName(py::handle h) {
  return std::string(py::str(py::type::of(h).attr("__name__")));
}

// A summary: a str, a list of str (sentences), a precis.Summary or a list of precis.Sentence
// (what precis.summarize returns: each sentence's text is scored).
std::vector<std::string> ToSentences(py::handle text, const std::string& where) {
  if (py::isinstance<py::str>(text)) return {text.cast<std::string>()};
  if (!IsScalarLike(text) && py::isinstance<PySummary>(text)) {
    std::vector<std::string> out;
    for (const PySentence& s : text.cast<const PySummary&>().sentences) out.push_back(s.text);
    return out;
  }
  if (IsScalarLike(text) || !py::isinstance<py::iterable>(text))
    throw py::type_error(where + ": expected str, a list of str or a precis.Summary, got " +
                         TypeName(text));
  std::vector<std::string> out;
  size_t i = 0;
  for (py::handle s : text) {
    if (py::isinstance<py::str>(s)) {
      out.push_back(s.cast<std::string>());
    } else if (py::isinstance<PySentence>(s)) {
      out.push_back(s.cast<const PySentence&>().text);
    } else {
      throw py::type_error(where + "[" + std::to_string(i) +
                           "]: expected str or precis.Sentence, got " + TypeName(s));
    }
    ++i;
  }
  return out;
}

std::vector<std::vector<std::string>> ToReferences(py::handle refs, const std::string& where) {
  if (IsScalarLike(refs) || !py::isinstance<py::iterable>(refs))
    throw py::type_error(where +
                         ": expected a list of references (each a str or a list of "
                         "str), got " +
                         TypeName(refs));
  std::vector<std::vector<std::string>> out;
  size_t i = 0;
  for (py::handle r : refs) out.push_back(ToSentences(r, where + "[" + std::to_string(i++) + "]"));
  // A score against no reference is 0 whatever the summary (the trial's rouge_corpus averaged
  // such zeros in): refused, as `precis eval` skips a cluster without references.
  if (out.empty()) RaiseInput(where + ": no reference summary to score against");
  return out;
}

py::dict ScoresDict(const std::vector<RougeMetric>& metrics, const RougeEvalResult& result) {
  py::dict d;
  for (size_t m = 0; m < result.metrics.size() && m < metrics.size(); ++m)
    d[py::str(metrics[m].label)] = result.metrics[m];
  return d;
}

struct RougeCorpus {
  py::dict averages;     // label -> RougeAverage
  py::list evaluations;  // per summary: label -> RougeScore
  std::vector<std::string> ids;
};

py::dict RougePy(py::handle summary, py::handle references, const RougeKeywords& k) {
  const RougeOptions options = ToOptions(k);
  const std::vector<std::string> peer = ToSentences(summary, "summary");
  const auto models = ToReferences(references, "references");
  std::unique_ptr<RougeScorer> scorer;
  RougeEvalResult result;
  Status st = RougeScorer::Create(options, &scorer);
  if (st.ok()) {
    py::gil_scoped_release release;
    scorer->SetModels(models);
    st = scorer->Score(peer, &result);
  }
  if (!st.ok()) Raise(st);
  return ScoresDict(scorer->metrics(), result);
}

RougeCorpus RougeCorpusPy(py::handle summaries, py::handle references,
                          std::optional<std::vector<std::string>> ids, const RougeKeywords& k) {
  const RougeOptions options = ToOptions(k);
  if (IsScalarLike(summaries) || !py::isinstance<py::iterable>(summaries))
    throw py::type_error("summaries: expected a list of summaries, got " + TypeName(summaries));
  if (IsScalarLike(references) || !py::isinstance<py::iterable>(references))
    throw py::type_error("references: expected a list (one list of references per summary), got " +
                         TypeName(references));
  std::vector<std::vector<std::string>> peers;
  std::vector<std::vector<std::vector<std::string>>> models;
  size_t i = 0;
  for (py::handle s : summaries)
    peers.push_back(ToSentences(s, "summaries[" + std::to_string(i++) + "]"));
  i = 0;
  for (py::handle r : references)
    models.push_back(ToReferences(r, "references[" + std::to_string(i++) + "]"));
  if (peers.size() != models.size())
    RaiseOption("summaries and references differ in length (" + std::to_string(peers.size()) +
                " and " + std::to_string(models.size()) + ")");
  if (ids && ids->size() != peers.size())
    RaiseOption("ids and summaries differ in length (" + std::to_string(ids->size()) + " and " +
                std::to_string(peers.size()) + ")");
  std::unique_ptr<RougeScorer> scorer;
  Status st = RougeScorer::Create(options, &scorer);
  if (!st.ok()) Raise(st);
  std::vector<RougeEvalResult> results(peers.size());
  std::vector<RougeAverage> averages;
  size_t failed = SIZE_MAX;
  {
    py::gil_scoped_release release;
    for (size_t e = 0; e < peers.size(); ++e) {
      scorer->SetModels(models[e]);
      results[e].id = ids ? (*ids)[e] : std::to_string(e + 1);
      Status s = scorer->Score(peers[e], &results[e]);
      if (!s.ok() && failed == SIZE_MAX) {
        failed = e;
        st = s;
      }
    }
    if (st.ok())
      for (size_t m = 0; m < scorer->metrics().size(); ++m)
        averages.push_back(RougeCorpusAverage(results, m, options));
  }
  if (!st.ok()) Raise(st, "summaries[" + std::to_string(failed) + "]");
  RougeCorpus out;
  for (size_t m = 0; m < averages.size(); ++m)
    out.averages[py::str(scorer->metrics()[m].label)] = averages[m];
  for (const RougeEvalResult& r : results) {
    out.evaluations.append(ScoresDict(scorer->metrics(), r));
    out.ids.push_back(r.id);
  }
  return out;
}

std::string Bool(bool b) { return b ? "True" : "False"; }

// The option table of the docstrings, with the defaults of RougeOptions.
std::string OptionTable() {
  const RougeOptions d;
  char num[64];
  auto g = [&num](double v) {
    std::snprintf(num, sizeof(num), "%g", v);
    return std::string(num);
  };
  std::ostringstream t;
  t << "| keyword | script flag | meaning | default |\n"
       "|---|---|---|---|\n"
       "| n: int | -n N | ROUGE-1 ... ROUGE-N (0: none, as the script) | "
    << d.max_n
    << " |\n"
       "| stem: bool | -m | stem tokens > 3 bytes (WordNet exceptions, then Porter) | "
    << Bool(d.stem)
    << " |\n"
       "| remove_stopwords: bool | -s | drop SMART common words | "
    << Bool(d.remove_stopwords)
    << " |\n"
       "| length_limit: int | -l L | keep the first L words of every text (0: all) | "
    << d.word_limit
    << " |\n"
       "| byte_limit: int | -b B | keep the first B bytes (not with -l; 0: all) | "
    << d.byte_limit
    << " |\n"
       "| skip_distance: int | -2 D | ROUGE-S, at most D words skipped (< 0: any, ROUGE-S*) | "
    << (d.skip_bigrams ? std::to_string(d.skip_distance) : std::string("None (off)"))
    << " |\n"
       "| skip_unigrams: bool | -u | count unigrams too (ROUGE-SU) | "
    << Bool(d.skip_unigrams)
    << " |\n"
       "| skip_both: bool | -U | report both ROUGE-S and ROUGE-SU | "
    << Bool(d.skip_both)
    << " |\n"
       "| lcs: bool | -x (= False) | ROUGE-L | "
    << Bool(d.lcs)
    << " |\n"
       "| wlcs_weight: float | -w W | ROUGE-W with weight W > 0 | "
    << (d.w_weight > 0 ? g(d.w_weight) : std::string("None (off)"))
    << " |\n"
       "| alpha: float | -p A | F = PR / ((1 - A) P + A R), 0..1 | "
    << g(d.alpha)
    << " |\n"
       "| scoring: str | -f A/B | average the references' counts (A) or take the best (B) | '"
    << (d.combine == RougeModelCombine::kBest ? "B" : "A")
    << "' |\n"
       "| counting: int | -t 0/1/2 | corpus average over summaries (0), tokens (1), sums (2) | "
    << static_cast<int>(d.counting)
    << " |\n"
       "| confidence: float | -c CF | bootstrap confidence level in %, 0..100 | "
    << g(d.confidence)
    << " |\n"
       "| resamples: int | -r R | bootstrap resamples, >= 1 | "
    << d.resamples
    << " |\n"
       "| seed: int | --seed N | bootstrap replicate b uses drand48 seed N + b | "
    << d.seed
    << " |\n"
       "| exceptions: bool | --no-exceptions (= False) | WordNet 2.0 exceptions when stemming | "
    << Bool(d.use_exceptions)
    << " |\n"
       "| flags: str | | the script's flags in one string ('-n 2 -m -l 100'); keywords given "
       "as well override them | None |\n";
  return t.str();
}

// Defines `name` with two positional arguments, then the ROUGE keywords (one list, shared by
// rouge and rouge_corpus), then any Extra keyword arguments: `body(a, b, keywords, extra...)`.
template <typename... Extra, typename Body, typename... Args>
void DefRougeWith(py::module_& m, const char* name, const char* doc, Body body, py::arg first,
                  py::arg second, Args... extra_args) {
  m.def(
      name,
      [body](py::handle a, py::handle b, std::optional<Int> n, std::optional<bool> stem,
             std::optional<bool> remove_stopwords, std::optional<Int> length_limit,
             std::optional<Int> byte_limit, std::optional<Int> skip_distance,
             std::optional<bool> skip_unigrams, std::optional<bool> skip_both,
             std::optional<bool> lcs, std::optional<double> wlcs_weight,
             std::optional<double> alpha, std::optional<std::string> scoring,
             std::optional<Int> counting, std::optional<double> confidence,
             std::optional<Int> resamples, std::optional<Int> seed, std::optional<bool> exceptions,
             std::optional<std::string> flags, Extra... extra) {
        const RougeKeywords k{GetInt(n, "n (-n)"),
                              stem,
                              remove_stopwords,
                              GetInt(length_limit, "length_limit (-l)"),
                              GetInt(byte_limit, "byte_limit (-b)"),
                              GetInt(skip_distance, "skip_distance (-2)"),
                              skip_unigrams,
                              skip_both,
                              lcs,
                              wlcs_weight,
                              alpha,
                              scoring,
                              GetInt(counting, "counting (-t)"),
                              confidence,
                              GetInt(resamples, "resamples (-r)"),
                              GetInt(seed, "seed"),
                              exceptions,
                              flags};
        return body(a, b, k, std::move(extra)...);
      },
      doc, first, second, py::kw_only(), py::arg("n") = py::none(), py::arg("stem") = py::none(),
      py::arg("remove_stopwords") = py::none(), py::arg("length_limit") = py::none(),
      py::arg("byte_limit") = py::none(), py::arg("skip_distance") = py::none(),
      py::arg("skip_unigrams") = py::none(), py::arg("skip_both") = py::none(),
      py::arg("lcs") = py::none(), py::arg("wlcs_weight") = py::none(),
      py::arg("alpha") = py::none(), py::arg("scoring") = py::none(),
      py::arg("counting") = py::none(), py::arg("confidence") = py::none(),
      py::arg("resamples") = py::none(), py::arg("seed") = py::none(),
      py::arg("exceptions") = py::none(), py::arg("flags") = py::none(), extra_args...);
}

py::dict ScoreDict(const RougeScore& s) {
  py::dict d;
  d["recall"] = s.recall;
  d["precision"] = s.precision;
  d["f"] = s.f;
  d["model_count"] = s.model_count;
  d["peer_count"] = s.peer_count;
  d["hit_count"] = s.hit_count;
  return d;
}

py::dict IntervalDict(const RougeInterval& i) {
  py::dict d;
  d["mean"] = i.mean;
  d["average"] = i.average;
  d["low"] = i.low;
  d["high"] = i.high;
  return d;
}

py::dict AverageDict(const RougeAverage& a) {
  py::dict d;
  d["recall"] = IntervalDict(a.recall);
  d["precision"] = IntervalDict(a.precision);
  d["f"] = IntervalDict(a.f);
  return d;
}

}  // namespace

void RegisterRouge(py::module_& m) {
  py::class_<RougeScore>(m, "RougeScore",
                         "One ROUGE metric of one summary: recall, precision and F rounded to "
                         "5 decimals as ROUGE-1.5.5 prints them, and the raw counts.")
      .def_readonly("recall", &RougeScore::recall, "float")
      .def_readonly("precision", &RougeScore::precision, "float")
      .def_readonly("f", &RougeScore::f, "float: F-measure with alpha (from rounded R and P)")
      .def_readonly("model_count", &RougeScore::model_count,
                    "float: reference units (n-grams, ...) summed over references")
      .def_readonly("peer_count", &RougeScore::peer_count, "float: summary units")
      .def_readonly("hit_count", &RougeScore::hit_count, "float: matched units")
      .def("to_dict", &ScoreDict, "The fields as a dict (for json.dumps).")
      .def("__repr__", [](const RougeScore& s) {
        char buf[128];
        std::snprintf(buf, sizeof(buf), "RougeScore(recall=%.5f, precision=%.5f, f=%.5f)", s.recall,
                      s.precision, s.f);
        return std::string(buf);
      });
  py::class_<RougeInterval>(m, "RougeInterval", "Bootstrap mean and confidence interval.")
      .def_readonly("mean", &RougeInterval::mean,
                    "float: mean of the bootstrap replicates (what ROUGE-1.5.5 prints)")
      .def_readonly("average", &RougeInterval::average,
                    "float: the plain mean over the summaries (counting=0; the ratio of the "
                    "summed counts with counting=1), what `precis eval` reports as its mean")
      .def_readonly("low", &RougeInterval::low, "float")
      .def_readonly("high", &RougeInterval::high, "float")
      .def("to_dict", &IntervalDict, "The fields as a dict (for json.dumps).")
      .def("__repr__", [](const RougeInterval& s) {
        char buf[128];
        std::snprintf(buf, sizeof(buf), "RougeInterval(mean=%.5f, low=%.5f, high=%.5f)", s.mean,
                      s.low, s.high);
        return std::string(buf);
      });
  py::class_<RougeAverage>(m, "RougeAverage",
                           "Corpus-level ROUGE of one metric, as the script's average lines.")
      .def_readonly("recall", &RougeAverage::recall, "RougeInterval")
      .def_readonly("precision", &RougeAverage::precision, "RougeInterval")
      .def_readonly("f", &RougeAverage::f, "RougeInterval")
      .def_readonly("model_count", &RougeAverage::model_count, "int: counting=2 only")
      .def_readonly("peer_count", &RougeAverage::peer_count, "int: counting=2 only")
      .def_readonly("hit_count", &RougeAverage::hit_count, "int: counting=2 only")
      .def("to_dict", &AverageDict, "The fields as a dict (for json.dumps).")
      .def("__repr__", [](const RougeAverage& a) {
        char buf[160];
        std::snprintf(buf, sizeof(buf), "RougeAverage(recall=%.5f, precision=%.5f, f=%.5f)",
                      a.recall.mean, a.precision.mean, a.f.mean);
        return std::string(buf);
      });
  py::class_<RougeCorpus>(m, "RougeCorpus", "Result of rouge_corpus.")
      .def_readonly("averages", &RougeCorpus::averages,
                    "dict[str, RougeAverage]: per metric label, in the script's order")
      .def_readonly("evaluations", &RougeCorpus::evaluations,
                    "list[dict[str, RougeScore]]: per summary, in input order")
      .def_readonly("ids", &RougeCorpus::ids, "list[str]: the evaluation ids")
      .def(
          "to_dict",
          [](const RougeCorpus& c) {
            py::dict averages;
            for (auto [label, a] : c.averages)
              averages[label] = AverageDict(a.cast<RougeAverage>());
            py::list evaluations;
            for (py::handle e : c.evaluations) {
              py::dict scores;
              for (auto [label, sc] : py::reinterpret_borrow<py::dict>(e)) {
                scores[label] = ScoreDict(sc.cast<const RougeScore&>());
              }
              evaluations.append(scores);
            }
            py::dict d;
            d["averages"] = averages;
            d["evaluations"] = evaluations;
            d["ids"] = c.ids;
            return d;
          },
          "averages (per metric: recall, precision, f as {mean, low, high}), evaluations "
          "(per summary: per metric recall, precision, f and the counts) and ids, as a dict for "
          "json.dumps.");

  const std::string table =
      OptionTable() +
      "The script's -a, -d, -e DIR, -v and -q are accepted in `flags` and change nothing here "
      "(scores of every summary are always returned; the word tables are built in); -z and "
      "file names are refused.\n";
  const std::string rouge_doc =
      "ROUGE of one summary against its references, exactly as ROUGE-1.5.5.pl computes it "
      "(docs/rouge.md).\n\n"
      "summary: str, or list[str] of sentences (a str is split at line breaks), or a "
      "precis.Summary (or its list of precis.Sentence): the sentences' text.\n"
      "references: list of references, each a str or a list[str] of sentences.\n\n"
      "Options (None: the script's default, or what `flags` sets):\n" +
      table +
      "\nReturns dict[str, RougeScore] by metric label ('ROUGE-1', 'ROUGE-2', 'ROUGE-L', "
      "'ROUGE-W-1.2', 'ROUGE-SU4', ...), in the script's order.\n"
      "Raises TypeError for wrong types, precis.OptionError for invalid options, "
      "precis.InputError where the script dies (ROUGE-W with an empty reference).\n"
      "The GIL is released while scoring; safe to call from several threads.";
  const std::string corpus_doc =
      "Corpus-level ROUGE, as `precis rouge` over a configuration: every summary scored "
      "against its own references, then per metric the bootstrap mean and confidence interval "
      "(resamples, confidence, seed; counting as -t).\n\n"
      "summaries: list of summaries (each a str, a list[str] or a precis.Summary).\n"
      "references: list, one entry per summary: a list of references.\n"
      "ids: evaluation ids (default '1', '2', ...). The bootstrap draws evaluations in the "
      "byte order of their ids, so pass the script's '<eval>.<system>' ids to reproduce its "
      "intervals exactly.\n"
      "Other options as for rouge():\n" +
      table +
      "\nReturns RougeCorpus (.averages: dict[str, RougeAverage], .evaluations: "
      "list[dict[str, RougeScore]], .ids).\n"
      "Raises as rouge().";

  DefRougeWith<>(
      m, "rouge", rouge_doc.c_str(),
      [](py::handle summary, py::handle references, const RougeKeywords& k) {
        return RougePy(summary, references, k);
      },
      py::arg("summary"), py::arg("references"));
  DefRougeWith<std::optional<std::vector<std::string>>>(
      m, "rouge_corpus", corpus_doc.c_str(),
      [](py::handle summaries, py::handle references, const RougeKeywords& k,
         std::optional<std::vector<std::string>> ids) {
        return RougeCorpusPy(summaries, references, std::move(ids), k);
      },
      py::arg("summaries"), py::arg("references"), py::arg("ids") = py::none());
}

}  // namespace precis::python
