// Story keywords -> StoryOptions, and the date order of `precis cluster`.
#include "story_args.h"

#include <algorithm>
#include <numeric>
#include <sstream>
#include <thread>

#include "precis/ingest.h"

namespace precis::python {

std::string StoryKeywordsDoc() {
  const StoryOptions d;
  std::ostringstream s;
  s << "  join: float = " << d.join_threshold
    << "  minimum (time-decayed) cosine for an article to join an open story\n"
       "  merge: float = "
    << d.merge_threshold
    << "  merge stories whose centroids have at least this cosine (above 1: never)\n"
       "  idle_hours: float = "
    << d.idle_hours
    << "  close a story after this many hours without a new article (0: never)\n"
       "  half_life_hours: float = "
    << d.decay_half_life_hours
    << "  similarity halves per this many hours since a story's last article (0: no decay)\n"
       "  name_boost: float = "
    << d.name_boost
    << "  weight multiplier for name-like words (0: automatic, 2 for events, 1 for topics)\n"
       "  refine: int = "
    << d.refine_iterations
    << "  rounds of k-means refinement of the open stories at the end (0: off)\n"
       "  language: str = '"
    << d.language
    << "'  language for stemming and stopwords\n"
       "  aliases: str | None  path of an extra alias table (TSV "
       "variant<TAB>canonical[<TAB>case])\n"
       "  no_default_aliases: bool = False  do not load the built-in alias table\n"
       "  no_dedup: bool = "
    << (d.detect_duplicates ? "False" : "True")
    << "  do not detect near-duplicate articles\n"
       "  jaccard: float = "
    << d.dedup.jaccard_threshold
    << "  near-duplicates: minimum estimated Jaccard similarity of word shingles\n"
       "  containment: float = "
    << d.dedup.containment_threshold
    << "  near-duplicates: minimum containment of the shorter text (above 1: off)\n"
       "  shingle: int = "
    << d.dedup.shingle_size
    << "  near-duplicates: words per shingle\n"
       "  threads: int = 0  threads for tokenizing and fingerprinting (0: one per core); "
       "results do not depend on it\n"
       "  arrival_order: bool = False  keep the given order instead of sorting by date\n";
  return s.str();
}

unsigned Threads(int64_t threads) {
  if (threads < 0 || threads > 1024) {
    RaiseOption("threads must be between 0 (one per core) and 1024, got " +
                std::to_string(threads));
  }
  if (threads == 0) return std::max(1u, std::thread::hardware_concurrency());
  return static_cast<unsigned>(threads);
}

void ToStoryOptions(const StoryArgs& a, AliasTable* aliases, StoryOptions* o) {
  // The CLI's ranges (its option checks), then the library's validation.
  if (!(a.join >= 0 && a.join <= 1)) RaiseOption("join must be in [0, 1]");
  if (!(a.name_boost == 0 || (a.name_boost >= 1 && a.name_boost <= 100))) {
    RaiseOption("name_boost must be 0 (automatic) or in [1, 100]");
  }
  if (!(a.jaccard >= 0.01 && a.jaccard <= 1)) RaiseOption("jaccard must be in [0.01, 1]");
  if (a.shingle < 1 || a.shingle > 16) RaiseOption("shingle must be in [1, 16]");
  if (a.refine < 0 || a.refine > 1000) RaiseOption("refine must be in [0, 1000]");
  *aliases = a.no_default_aliases ? AliasTable() : AliasTable::Default();
  if (a.aliases) {
    std::string tsv;
    Status s = ReadFile(*a.aliases, size_t{64} << 20, &tsv);
    if (s.ok()) s = aliases->AddTsv(tsv, *a.aliases);
    if (!s.ok())
      Raise(s.code() == Status::Code::kInvalidArgument ? Status::DataError(s.message()) : s);
  }
  o->join_threshold = a.join;
  o->merge_threshold = a.merge;
  o->idle_hours = a.idle_hours;
  o->decay_half_life_hours = a.half_life_hours;
  o->name_boost = a.name_boost;
  o->refine_iterations = static_cast<uint32_t>(a.refine);
  CheckLanguage(a.language);
  o->language = a.language;
  o->detect_duplicates = !a.no_dedup;
  o->dedup.jaccard_threshold = a.jaccard;
  o->dedup.containment_threshold = a.containment;
  o->dedup.shingle_size = static_cast<uint32_t>(a.shingle);
  o->dedup.aliases = aliases;
  Status valid = ValidateStoryOptions(*o);
  if (!valid.ok()) Raise(valid);
}

void SortByDate(std::vector<Article>* articles) {
  // As `precis cluster` (SortByArrival in precis/story.h), with its warnings.
  const ArrivalOrderReport order = SortByArrival(articles);
  if (order.undated > 0)
    Warn(std::to_string(order.undated) +
         " article(s) without a usable date: placed at the previous article's time");
  if (order.out_of_order > 0)
    Warn(std::to_string(order.out_of_order) +
         " article(s) out of date order in the input: sorted by date");
}

}  // namespace precis::python
