// The story keywords shared by precis.cluster, precis.digest and precis.StoryClusterer: the
// CLI's `precis cluster` options, with defaults from StoryOptions.
#ifndef PRECIS_PYTHON_STORY_ARGS_H_
#define PRECIS_PYTHON_STORY_ARGS_H_

#include <optional>
#include <string>
#include <vector>

#include "bindings.h"
#include "precis/dedup.h"
#include "precis/story.h"

namespace precis::python {

struct StoryArgs {
  double join = 0, merge = 0, idle_hours = 0, half_life_hours = 0, name_boost = 0;
  int64_t refine = 0;
  std::string language;
  std::optional<std::string> aliases;  // path of an extra alias TSV
  bool no_default_aliases = false;
  bool no_dedup = false;
  double jaccard = 0, containment = 0;
  int64_t shingle = 0;
  int64_t threads = 0;
  bool arrival_order = false;
};

// Adds the story keywords (after py::kw_only) to a binding's argument list, in this order:
// join, merge, idle_hours, half_life_hours, name_boost, refine, language, aliases,
// no_default_aliases, no_dedup, jaccard, containment, shingle, threads, arrival_order.
// Their docstring lines:
std::string StoryKeywordsDoc();

// Loads the alias table into *aliases and fills *options (whose dedup.aliases points at
// *aliases). Raises OptionError for invalid values, InputError for an unreadable alias file.
void ToStoryOptions(const StoryArgs& args, AliasTable* aliases, StoryOptions* options);

// Orders `articles` as `precis cluster` does: by date (stable; an undated article takes the
// previous article's time), unless arrival_order. Issues the CLI's warnings.
void SortByDate(std::vector<Article>* articles);

unsigned Threads(int64_t threads);

}  // namespace precis::python

// The keyword list of StoryArgs for pybind11, defaults from `d` (a StoryOptions).
#define PRECIS_STORY_PY_ARGS(d)                                                                   \
  py::arg("join") = (d).join_threshold, py::arg("merge") = (d).merge_threshold,                   \
  py::arg("idle_hours") = (d).idle_hours, py::arg("half_life_hours") = (d).decay_half_life_hours, \
  py::arg("name_boost") = (d).name_boost, py::arg("refine") = (d).refine_iterations,              \
  py::arg("language") = (d).language, py::arg("aliases") = py::none(),                            \
  py::arg("no_default_aliases") = false, py::arg("no_dedup") = !(d).detect_duplicates,            \
  py::arg("jaccard") = (d).dedup.jaccard_threshold,                                               \
  py::arg("containment") = (d).dedup.containment_threshold,                                       \
  py::arg("shingle") = (d).dedup.shingle_size, py::arg("threads") = 0,                            \
  py::arg("arrival_order") = false

#endif  // PRECIS_PYTHON_STORY_ARGS_H_

// The matching parameter list of a binding lambda, and the StoryArgs built from it.
#define PRECIS_STORY_LAMBDA_PARAMS                                                            \
  double join, double merge, double idle_hours, double half_life_hours, double name_boost,    \
      ::precis::python::Int refine, std::string language, std::optional<std::string> aliases, \
      bool no_default_aliases, bool no_dedup, double jaccard, double containment,             \
      ::precis::python::Int shingle, ::precis::python::Int threads, bool arrival_order
#define PRECIS_STORY_ARGS_FROM_PARAMS                                                   \
  ::precis::python::StoryArgs {                                                         \
    join, merge, idle_hours, half_life_hours, name_boost, refine.Get("refine"),         \
        std::move(language), std::move(aliases), no_default_aliases, no_dedup, jaccard, \
        containment, shingle.Get("shingle"), threads.Get("threads"), arrival_order      \
  }
