// precis.StoryClusterer: a story stream held by Python (precis/story_stream.h).
#include <algorithm>
#include <map>
#include <mutex>

#include "bindings.h"
#include "precis/story_stream.h"
#include "story_args.h"

namespace precis::python {

namespace {

struct PyPlacement {
  std::string kind;    // "placed", "duplicate", "empty", "duplicate_id"
  uint64_t story = 0;  // 0 when not placed
  std::optional<std::string> duplicate_of;
  std::string article;  // the article's id
};

const char* KindName(StoryPlacement::Kind k) {
  switch (k) {
    case StoryPlacement::Kind::kPlaced:
      return "placed";
    case StoryPlacement::Kind::kDuplicate:
      return "duplicate";
    case StoryPlacement::Kind::kEmpty:
      return "empty";
    case StoryPlacement::Kind::kDuplicateId:
      return "duplicate_id";
  }
  return "placed";
}

// One stream, its alias table (which the options point at) and the closed stories taken so
// far. A mutex makes calls from several Python threads safe: it is taken with the GIL
// released, so a long add() in one thread never blocks the interpreter.
class PyStoryClusterer {
 public:
  PyStoryClusterer(const StoryArgs& args, std::optional<py::bytes> state) {
    ToStoryOptions(args, &aliases_, &options_);
    threads_ = Threads(args.threads);
    if (state) {
      const std::string bytes = *state;
      std::unique_ptr<StoryStream> restored;
      Status st;
      {
        py::gil_scoped_release release;
        st = StoryStream::Restore(options_, bytes, &restored);
      }
      if (!st.ok()) Raise(st, "state");
      stream_ = std::move(restored);
    } else {
      stream_ = std::make_unique<StoryStream>(options_);
    }
  }

  py::object Add(py::handle docs) {
    const bool single = py::isinstance<py::str>(docs) || py::isinstance<py::dict>(docs) ||
                        py::isinstance<Article>(docs);
    std::vector<Article> articles;
    if (single) {
      articles.push_back(ToArticle(docs, std::to_string(next_id_++), "article"));
    } else {
      if (IsScalarLike(docs) || !py::isinstance<py::iterable>(docs))
        throw py::type_error("articles: expected a document or a list of documents, got " +
                             std::string(py::str(py::type::of(docs).attr("__name__"))));
      size_t i = 0;
      for (py::handle d : docs) {
        articles.push_back(
            ToArticle(d, std::to_string(next_id_ + i), "articles[" + std::to_string(i) + "]"));
        ++i;
      }
      next_id_ += i;
    }
    std::vector<StoryPlacement> placements;
    {
      py::gil_scoped_release release;
      std::lock_guard<std::mutex> lock(mu_);
      placements = stream_->AddAll(articles, threads_);
      Collect();
    }
    py::list out;
    for (size_t i = 0; i < placements.size(); ++i) {
      PyPlacement p;
      p.kind = KindName(placements[i].kind);
      p.story = placements[i].story;
      if (!placements[i].duplicate_of.empty()) p.duplicate_of = placements[i].duplicate_of;
      p.article = articles[i].id;
      out.append(std::move(p));
    }
    if (single) return out[0];
    return out;
  }

  void Flush() {
    py::gil_scoped_release release;
    std::lock_guard<std::mutex> lock(mu_);
    stream_->Flush();
    Collect();
  }

  // Closed stories (kept since creation or restore) and the open ones, by id.
  std::vector<Story> Stories() {
    py::gil_scoped_release release;
    std::lock_guard<std::mutex> lock(mu_);
    Collect();
    std::vector<Story> all = closed_;
    for (Story& s : stream_->Open()) all.push_back(std::move(s));
    std::stable_sort(all.begin(), all.end(),
                     [](const Story& a, const Story& b) { return a.id < b.id; });
    return all;
  }

  std::vector<Story> Open() {
    py::gil_scoped_release release;
    std::lock_guard<std::mutex> lock(mu_);
    return stream_->Open();
  }

  std::vector<Story> TakeClosed() {
    py::gil_scoped_release release;
    std::lock_guard<std::mutex> lock(mu_);
    Collect();
    std::vector<Story> out;
    out.swap(fresh_closed_);
    return out;
  }

  std::vector<Story> TakeChanged() {
    py::gil_scoped_release release;
    std::lock_guard<std::mutex> lock(mu_);
    return stream_->TakeChanged();
  }

  std::map<uint64_t, uint64_t> Redirects() {
    py::gil_scoped_release release;
    std::lock_guard<std::mutex> lock(mu_);
    Collect();
    return redirects_;
  }

  uint64_t Resolve(uint64_t id) {
    py::gil_scoped_release release;
    std::lock_guard<std::mutex> lock(mu_);
    Collect();
    for (size_t hops = 0; hops <= redirects_.size(); ++hops) {
      auto it = redirects_.find(id);
      if (it == redirects_.end()) break;
      id = it->second;
    }
    return id;
  }

  py::bytes SaveState() {
    std::string state;
    {
      py::gil_scoped_release release;
      std::lock_guard<std::mutex> lock(mu_);
      state = stream_->SaveState();
    }
    return py::bytes(state);
  }

  py::dict Report() {
    StoryReport r;
    size_t open = 0;
    {
      py::gil_scoped_release release;
      std::lock_guard<std::mutex> lock(mu_);
      r = stream_->report();
      open = stream_->open_stories();
    }
    py::dict d;
    d["articles"] = r.articles;
    d["clustered"] = r.clustered;
    d["duplicates"] = r.duplicates;
    d["empty"] = r.empty;
    d["duplicate_ids"] = r.duplicate_ids;
    d["missing_dates"] = r.missing_dates;
    d["invalid_dates"] = r.invalid_dates;
    d["out_of_order"] = r.out_of_order;
    d["stories_opened"] = r.stories_opened;
    d["stories_merged"] = r.stories_merged;
    d["stories_emitted"] = r.stories_emitted;
    d["open_stories"] = open;
    return d;
  }

 private:
  // REQUIRES: mu_ held. Moves newly closed stories and redirects into this object.
  void Collect() {
    for (Story& s : stream_->TakeClosed()) {
      closed_.push_back(s);
      fresh_closed_.push_back(std::move(s));
    }
    for (const auto& [from, to] : stream_->TakeRedirects()) redirects_[from] = to;
  }

  AliasTable aliases_;
  StoryOptions options_;
  unsigned threads_ = 1;
  std::mutex mu_;
  std::unique_ptr<StoryStream> stream_;
  std::vector<Story> closed_;        // every story closed so far
  std::vector<Story> fresh_closed_;  // closed since the last take_closed()
  std::map<uint64_t, uint64_t> redirects_;
  size_t next_id_ = 0;  // ids of bare strings: "0", "1", ... across calls
};

}  // namespace

void RegisterClusterer(py::module_& m) {
  py::class_<PyPlacement>(m, "Placement", "Where StoryClusterer.add put one article.")
      .def_readonly("kind", &PyPlacement::kind,
                    "str: 'placed' (joined or opened `story`), 'duplicate' (a near-duplicate "
                    "of `duplicate_of`, joined its story), 'empty' (no content word: not "
                    "placed), 'duplicate_id' (id already in an open story: not placed)")
      .def_readonly("story", &PyPlacement::story,
                    "int: the story id at placement (0 when not placed); a later merge may "
                    "redirect it: StoryClusterer.resolve(story)")
      .def_readonly("duplicate_of", &PyPlacement::duplicate_of,
                    "str | None: id of the article this one duplicates")
      .def_readonly("article", &PyPlacement::article, "str: the article's id")
      .def("__repr__", [](const PyPlacement& p) {
        return "Placement(article='" + p.article + "', kind='" + p.kind +
               "', story=" + std::to_string(p.story) +
               (p.duplicate_of ? ", duplicate_of='" + *p.duplicate_of + "'" : "") + ")";
      });

  const StoryOptions d;
  py::class_<PyStoryClusterer>(
      m, "StoryClusterer",
      ("Online story clustering of a stream of articles, for feeds that arrive over time "
       "(docs/stories.md). Add articles in date order as they come; each add() says which "
       "story each article joined (or which article it duplicates); stories() lists every "
       "story so far, open ones included; flush() ends the stream as `precis cluster` does "
       "(a feed added in date order and flushed gives the same stories as precis.cluster). "
       "save_state() / StoryClusterer(state=...) keep a stream across processes.\n\n"
       "Keywords: those of precis.cluster (arrival_order has no effect: a stream takes "
       "articles in the order they are added), plus state: bytes from save_state() (the "
       "same options required).\n" +
       StoryKeywordsDoc() +
       "Raises precis.OptionError for invalid options or options that differ from the "
       "saved state's, precis.InputError for state bytes that do not parse.\n"
       "Thread-safe: calls from several threads are serialized (the GIL is released while "
       "waiting and while clustering).")
          .c_str())
      .def(py::init([](PRECIS_STORY_LAMBDA_PARAMS, std::optional<py::bytes> state) {
             StoryArgs args = PRECIS_STORY_ARGS_FROM_PARAMS;
             return std::make_unique<PyStoryClusterer>(args, std::move(state));
           }),
           py::kw_only(), PRECIS_STORY_PY_ARGS(d), py::arg("state") = py::none())
      .def("add", &PyStoryClusterer::Add, py::arg("articles"),
           "Adds one document (str, dict or Article) -> Placement, or a list of them -> "
           "list[Placement], in order. Bare strings get ids '0', '1', ... counted across "
           "calls. Articles without a date take the previous article's time.\n"
           "Raises TypeError for wrong types, precis.InputError for a dict without 'text'.")
      .def("flush", &PyStoryClusterer::Flush,
           "End of stream: refinement, merge pass, every open story closed. Adding may go on "
           "afterwards (new stories).")
      .def("stories", &PyStoryClusterer::Stories,
           "list[Story]: every story so far, closed and open, by id (closed ones since this "
           "object was created or restored; stories merged into another are gone: see "
           "redirects()).")
      .def("open_stories", &PyStoryClusterer::Open, "list[Story]: the open stories, by id.")
      .def("take_closed", &PyStoryClusterer::TakeClosed,
           "list[Story]: stories closed since the last call, in closing order.")
      .def("take_changed", &PyStoryClusterer::TakeChanged,
           "list[Story]: open stories changed since the last call, by id.")
      .def("redirects", &PyStoryClusterer::Redirects,
           "dict[int, int]: absorbed story id -> id of the story that took its articles.")
      .def("resolve", &PyStoryClusterer::Resolve, py::arg("story"),
           "The id a story id refers to now, following redirects().")
      .def("save_state", &PyStoryClusterer::SaveState,
           "bytes: the whole stream state (versioned; restore with "
           "StoryClusterer(state=..., same options)).")
      .def_property_readonly("report", &PyStoryClusterer::Report,
                             "dict: counts of what the stream saw (articles, duplicates, "
                             "stories opened, merged, emitted, open_stories ...)");
}

}  // namespace precis::python
