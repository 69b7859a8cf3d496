#include "summarize_args.h"

#include <CLI/CLI.hpp>
#include <algorithm>

#include "input.h"
#include "option_checks.h"
#include "precis/eval.h"

namespace precis::cli {
namespace {

std::string Join(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

}  // namespace

const std::vector<std::string>& RedundancyMethods() {
  // The scorer methods share the greedy/MMR selector (src/summarize/select.cc); the others
  // control redundancy in their own objective.
  static const std::vector<std::string> names = {"lead", "centroid", "lexrank", "textrank"};
  return names;
}

void AddSummarizeOptions(CLI::App* cmd, SummarizeArgs* args, SummarizeFlags flags) {
  std::vector<std::string> names = MethodNames();
  if (flags.many_methods) {
    names.push_back(kOracleMethod);
    cmd->add_option("-m,--method", args->methods,
                    "Method to evaluate, repeatable (default: auto): " + Join(names))
        ->transform(Choice(names))
        ->type_name("METHOD");
  } else {
    cmd->add_option("-m,--method", args->options.method, "Summarization method: " + Join(names))
        ->transform(Choice(names))
        ->type_name("METHOD")
        ->capture_default_str();
  }
  auto* words =
      cmd->add_option("-w,--words", args->words, "Budget in words (default 100)")->type_name("N");
  auto* bytes = cmd->add_option("-b,--bytes", args->bytes, "Budget in bytes")->type_name("N");
  auto* sentences =
      cmd->add_option("-s,--sentences", args->sentences, "Budget in sentences")->type_name("N");
  auto* chars = cmd->add_option("--chars", args->chars,
                                "Budget in characters (code points; for Chinese, Japanese, Thai)")
                    ->type_name("N");
  words->excludes(bytes)->excludes(sentences)->excludes(chars);
  bytes->excludes(sentences)->excludes(chars);
  sentences->excludes(chars);
  for (auto* o : {words, bytes, sentences, chars}) o->check(AtLeast(1));
  cmd->add_flag("--truncate,!--no-truncate", args->options.budget.truncate_last,
                "DUC-style: fill the budget by cutting one more sentence, placed last and "
                "marked (text: a trailing '...'; JSON: \"truncated\")");
  cmd->add_option("--query", args->options.query, "Focus the summary on this query");
  cmd->add_option("--query-weight", args->options.query_weight,
                  "How much the query steers the summary, 0 (not at all) to 1")
      ->capture_default_str()
      ->check(FiniteRange(0, 1));
  cmd->add_option("--query-expansion", args->options.query_expansion_terms,
                  "Terms added to the query from the sentences closest to it (0: none)")
      ->capture_default_str();
  cmd->add_option("--query-feedback", args->options.query_feedback_sentences,
                  "Sentences closest to the query that vote for expansion terms")
      ->capture_default_str();
  cmd->add_option("--query-expansion-weight", args->options.query_expansion_weight,
                  "Weight of the best expansion term, relative to the query's heaviest term")
      ->capture_default_str()
      ->check(FiniteRange(0, 10));
  cmd->add_option("--order", args->order,
                  "Sentence order: date (article date, then position) or score")
      ->transform(Choice({"date", "score"}))
      ->capture_default_str();
  const std::string scorers = Join(RedundancyMethods());
  args->redundancy =
      cmd->add_option("--redundancy", args->options.redundancy_threshold,
                      "Skip a sentence whose cosine (stemmed content words) to a chosen one "
                      "exceeds this (1 = off; every method)")
          ->check(FiniteRange(0, 1))
          ->capture_default_str();
  args->mmr = cmd->add_flag("--mmr", args->options.mmr,
                            "Select with maximal marginal relevance (" + scorers + ")");
  args->mmr_lambda =
      cmd->add_option("--mmr-lambda", args->options.mmr_lambda,
                      "MMR trade-off: 1 = relevance only, 0 = diversity only (" + scorers + ")")
          ->check(FiniteRange(0, 1))
          ->capture_default_str();
  cmd->add_option("--min-words", args->options.min_sentence_words,
                  "Never select sentences shorter than this")
      ->check(AtLeast(0))
      ->capture_default_str();
  cmd->add_option("--max-words", args->options.max_sentence_words,
                  "Never select sentences longer than this")
      ->check(AtLeast(1))
      ->capture_default_str();
  cmd->add_flag("--compress,!--no-compress", args->options.compress,
                "Compressive selection: offer each sentence without its parentheticals, "
                "appositives, leading time/place phrase and attribution tail (JSON \"spans\" "
                "lists the source bytes kept)")
      ->capture_default_str();
  auto* padding =
      cmd->add_flag("--padding-check", args->padding_check,
                    "Leave out sentences pasted in from a story outside the input (padding), "
                    "judged by their support in the cluster's other articles and in their own "
                    "article; same as --off-topic-support " +
                        std::to_string(kPaddingCheckSupport).substr(0, 4));
  args->off_topic_support =
      cmd->add_option("--off-topic-support", args->options.off_topic_support,
                      "Padding check's threshold: a sentence with less support than this (0 to "
                      "1) is left out (0: off; higher removes more)")
          ->check(FiniteRange(0, 1))
          ->capture_default_str();
  padding->excludes(args->off_topic_support);
  if (flags.background) {
    cmd->add_option("--background", args->background,
                    "Articles or clusters (files or folders, any input format) whose articles "
                    "give the IDF weights instead of the input's own: the same weights for "
                    "every subset, fold or run (the default, IDF over the input, changes with "
                    "what else is in it); repeatable")
        ->type_name("FILE")
        ->allow_extra_args(false);  // one path per --background: the inputs after it stay inputs
  }
  cmd->add_option("--weights", args->weights_path,
                  "Versioned JSON file of the default method's concept and query weights "
                  "(default: the built-in ones, data/weights.json; docs/quality.md)")
      ->type_name("FILE");
  if (flags.language) {
    cmd->add_option("--language", args->options.language,
                    "Language for sentence breaks, stemming and stopwords")
        ->check(Language())
        ->capture_default_str();
  }
}

int FinishSummarizeArgs(const CommandContext& ctx, SummarizeArgs* args) {
  SummarizeOptions& o = args->options;
  if (!args->weights_path.empty()) {
    const Status s = LoadWeights(args->weights_path, &o.weights);
    if (!s.ok()) {
      PrintError("--weights: " + s.message());
      return kExitFailure;
    }
  }
  if (args->bytes > 0) {
    o.budget.unit = BudgetUnit::kBytes;
    o.budget.limit = args->bytes;
  } else if (args->chars > 0) {
    o.budget.unit = BudgetUnit::kChars;
    o.budget.limit = args->chars;
  } else if (args->sentences > 0) {
    o.budget.unit = BudgetUnit::kSentences;
    o.budget.limit = args->sentences;
  } else if (args->words > 0) {
    o.budget.unit = BudgetUnit::kWords;
    o.budget.limit = args->words;
  }
  o.ordering = args->order == "score" ? Ordering::kScore : Ordering::kChronological;
  o.segment.language = o.language;
  if (args->padding_check) o.off_topic_support = kPaddingCheckSupport;
  if (o.min_sentence_words > o.max_sentence_words) {
    PrintError("--min-words (" + std::to_string(o.min_sentence_words) + ") is above --max-words (" +
               std::to_string(o.max_sentence_words) + "): no sentence could be chosen");
    return kExitUsage;
  }
  std::vector<std::string> methods = args->methods;
  if (methods.empty()) methods.push_back(o.method);
  const auto& honour = RedundancyMethods();
  std::vector<std::string> ignoring;
  for (const std::string& m : methods) {
    if (m != kOracleMethod && std::find(honour.begin(), honour.end(), m) == honour.end()) {
      ignoring.push_back(m);
    }
  }
  if (ignoring.empty()) return kExitOk;
  std::vector<std::string> given;
  if (args->mmr != nullptr && args->mmr->count() > 0) given.push_back("--mmr");
  if (args->mmr_lambda != nullptr && args->mmr_lambda->count() > 0) given.push_back("--mmr-lambda");
  // --redundancy applies to every method (src/summarize/post_select.cc).
  for (const std::string& g : given) {
    PrintWarning(ctx, g + " has no effect with --method " + Join(ignoring) + " (it applies to " +
                          Join(honour) + ")");
  }
  return kExitOk;
}

bool BuildIdf(const CommandContext& ctx, const SummarizeArgs& args,
              const std::vector<Cluster>& clusters, IdfTable* out) {
  std::vector<Cluster> background;
  if (!args.background.empty()) {
    InputOptions input;
    input.paths = args.background;
    if (!ReadClusters(ctx, input, &background)) return false;
  }
  *out = IdfTable::Build(args.background.empty() ? clusters : background, args.options.language);
  return true;
}

}  // namespace precis::cli
