// `precis eval`: runs summarization methods over clusters with reference summaries and
// scores them with ROUGE; optionally compares with an earlier run.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string_view>

#include "command.h"
#include "eval/rouge_flags.h"
#include "input.h"
#include "option_checks.h"
#include "precis/eval.h"
#include "precis/text.h"
#include "progress.h"
#include "summarize_args.h"

namespace precis::cli {
namespace {

using Json = nlohmann::ordered_json;

struct EvalArgs {
  std::string data;
  SummarizeArgs summarize;
  std::vector<std::string> rouge;  // --rouge strings, applied in order
  std::string preset;               // --preset
  std::string json_path;
  std::string compare_path;
  std::vector<std::string> summaries;  // --summaries [NAME=]FILE
  std::string format = "text";
  unsigned threads = 0;
  bool skip_bad = false;
};

// The ROUGE flags of each --preset (the DUC tasks' official scoring) and its budget in words.
struct Preset {
  const char* name;
  const char* flags;
  size_t words;
};
constexpr Preset kPresets[] = {
    {"duc2004", "-n 2 -m -l 100 -c 95 -r 1000 -f A -p 0.5 -t 0 -a", 100},
    {"duc2006", "-n 2 -m -2 4 -u -c 95 -r 1000 -f A -p 0.5 -t 0 -a -l 250", 250},
    // No flags: ROUGE-1.5.5's own defaults (ROUGE-L only, no stemming), so --rouge states
    // every flag; the way to score without stemming or without ROUGE-SU4.
    {"none", "", 100},
};

const char* UnitName(BudgetUnit unit) {
  switch (unit) {
    case BudgetUnit::kBytes:
      return "bytes";
    case BudgetUnit::kSentences:
      return "sentences";
    case BudgetUnit::kChars:
      return "chars";
    case BudgetUnit::kWords:
      break;
  }
  return "words";
}

std::vector<std::string> SplitWords(const std::string& s) {
  std::vector<std::string> words;
  std::istringstream in(s);
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

// The mean over clusters of one metric's recall, precision or F. ROUGE-1.5.5 prints the mean
// of its bootstrap replicates instead, which moves with -r and --seed in the fourth digit;
// eval reports this exact mean, so a bootstrap option changes only the intervals. (With -t 1
// or -t 2 the script's own average is kept: it is not a mean over clusters.)
double ExactMean(const MethodEval& e, size_t k, double RougeScore::*part,
                 const RougeInterval& bootstrap, const RougeOptions& options) {
  if (options.counting != RougeCounting::kEvaluation || e.clusters.empty()) {
    return bootstrap.mean;
  }
  double sum = 0;
  for (const ClusterScore& cs : e.clusters) sum += cs.rouge.metrics[k].*part;
  return sum / static_cast<double>(e.clusters.size());
}

Json IntervalJson(const RougeInterval& i, double mean) {
  return Json{{"mean", mean}, {"low", i.low}, {"high", i.high}, {"bootstrap_mean", i.mean}};
}

Json BudgetJson(const Budget& budget) {
  return Json{
      {"limit", budget.limit}, {"unit", UnitName(budget.unit)}, {"truncate", budget.truncate_last}};
}

std::string BudgetText(const Json& budget) {
  return std::to_string(budget.value("limit", size_t{0})) + " " + budget.value("unit", "") +
         (budget.value("truncate", false) ? " (truncated)" : "");
}

// False (after printing why) when the baseline was scored under another budget or other ROUGE
// flags: its differences would measure the setting, not the methods. A baseline without these
// fields (hand-made) is taken as it is.
bool SameSetting(const std::string& path, const Json& base, const std::string& flags,
                 const Budget& budget) {
  const Json now = BudgetJson(budget);
  const bool flags_differ = base.contains("rouge_flags") && base["rouge_flags"].is_string() &&
                            base["rouge_flags"] != flags;
  const bool budget_differs =
      base.contains("budget") && base["budget"].is_object() && base["budget"] != now;
  if (!flags_differ && !budget_differs) return true;
  std::string message = "--compare: " + path + " was scored under another setting, so the " +
                        "differences would measure the setting, not the methods:";
  if (budget_differs) {
    message += " budget " + BudgetText(base["budget"]) + " there, " + BudgetText(now) + " here;";
  }
  if (flags_differ) {
    message +=
        " ROUGE '" + base["rouge_flags"].get<std::string>() + "' there, '" + flags + "' here;";
  }
  message.back() = '.';
  PrintError(message + " Run both with the same --preset, budget and --rouge.");
  return false;
}

Json ToJson(const EvalArgs& args, const std::string& flags, const Budget& budget,
            const RougeOptions& rouge, const std::vector<MethodEval>& evals) {
  Json j;
  j["data"] = args.data;
  j["rouge_flags"] = flags;
  if (!args.preset.empty()) j["preset"] = args.preset;
  j["budget"] = BudgetJson(budget);
  j["clusters"] = evals.empty() ? 0 : evals[0].clusters.size();
  Json methods = Json::array();
  for (const MethodEval& e : evals) {
    Json m;
    m["method"] = e.method;
    m["ms_per_cluster"] = e.ms_per_cluster;
    Json metrics = Json::object();
    for (size_t k = 0; k < e.metrics.size(); ++k) {
      const RougeAverage& a = e.averages[k];
      metrics[e.metrics[k].label] = Json{
          {"recall", IntervalJson(a.recall, ExactMean(e, k, &RougeScore::recall, a.recall, rouge))},
          {"precision", IntervalJson(a.precision, ExactMean(e, k, &RougeScore::precision,
                                                            a.precision, rouge))},
          {"f", IntervalJson(a.f, ExactMean(e, k, &RougeScore::f, a.f, rouge))}};
    }
    m["metrics"] = std::move(metrics);
    Json per = Json::array();
    for (const ClusterScore& cs : e.clusters) {
      Json scores = Json::object();
      for (size_t k = 0; k < e.metrics.size(); ++k) {
        const RougeScore& s = cs.rouge.metrics[k];
        scores[e.metrics[k].label] = Json{{"R", s.recall}, {"P", s.precision}, {"F", s.f}};
      }
      Json sentences = Json::array();
      for (const SummarySentence& sentence : cs.summary.sentences)
        sentences.push_back(sentence.text);
      per.push_back(Json{{"id", cs.cluster_id},
                         {"words", cs.summary.words},
                         {"scores", scores},
                         {"summary", std::move(sentences)}});
    }
    m["per_cluster"] = std::move(per);
    methods.push_back(std::move(m));
  }
  j["methods"] = std::move(methods);
  return j;
}

void PrintTable(const std::vector<MethodEval>& evals, const RougeOptions& rouge) {
  const double confidence = rouge.confidence;
  if (evals.empty()) return;
  const std::vector<RougeMetric>& metrics = evals[0].metrics;
  std::printf("%-11s", "method");
  for (const RougeMetric& m : metrics) {
    std::printf(" %24s %6s", (m.label + " R (" + std::to_string(static_cast<int>(confidence)) + "% CI)").c_str(), "F");
  }
  std::printf(" %10s\n", "ms/cluster");
  for (const MethodEval& e : evals) {
    if (e.method == kOracleMethod) std::printf("%s\n", std::string(11 + metrics.size() * 32 + 11, '-').c_str());
    std::printf("%-11s", e.method == kOracleMethod ? "oracle (UB)" : e.method.c_str());
    for (size_t k = 0; k < e.averages.size(); ++k) {
      const RougeAverage& a = e.averages[k];
      char ci[64];
      std::snprintf(ci, sizeof ci, "%.2f (%.2f-%.2f)",
                    100 * ExactMean(e, k, &RougeScore::recall, a.recall, rouge),
                    100 * a.recall.low, 100 * a.recall.high);
      std::printf(" %24s %6.2f", ci, 100 * ExactMean(e, k, &RougeScore::f, a.f, rouge));
    }
    std::printf(" %10.1f\n", e.ms_per_cluster);
  }
}

// Reads the --compare baseline; false after printing why. Read before the run, so a wrong
// path fails at once rather than after every method has been scored.
bool LoadBaseline(const std::string& path, Json* base) {
  std::ifstream in(path);
  if (!in) {
    PrintError(path + ": cannot open the --compare baseline (" + std::strerror(errno) + ")");
    return false;
  }
  try {
    *base = Json::parse(in);
  } catch (const std::exception& e) {
    PrintError(path + ": malformed JSON: " + e.what());
    return false;
  }
  if (!base->is_object() || !base->contains("methods") || !(*base)["methods"].is_array()) {
    PrintError(path + ": not a precis eval result (no \"methods\" array)");
    return false;
  }
  return true;
}

// False (after printing why) when `path` cannot be written: its folder is missing or not
// writable, or the file is not. Checked before the run, as the baseline is; nothing is created.
bool CanWrite(const std::string& path) {
  const std::filesystem::path p(path);
  std::error_code ec;
  if (std::filesystem::is_directory(p, ec)) {
    PrintError(path + ": cannot write (a directory)");
    return false;
  }
  const std::string target = std::filesystem::exists(p, ec) ? path
                             : p.has_parent_path()          ? p.parent_path().string()
                                                            : ".";
  if (::access(target.c_str(), W_OK) != 0) {
    const int error = errno;
    PrintError(path + ": cannot write (" + std::strerror(error) + ")");
    return false;
  }
  return true;
}

// Per-metric recall differences against a baseline run, with paired bootstrap p-values.
void PrintComparison(const std::string& path, const Json& base,
                     const std::vector<MethodEval>& evals) {
  std::printf("\nCompared with %s (recall; p = paired bootstrap, one-sided, 1000 resamples):\n",
              path.c_str());
  for (const MethodEval& e : evals) {
    const Json* b = nullptr;
    for (const Json& m : base["methods"]) {
      if (m.value("method", "") == e.method) b = &m;
    }
    if (b == nullptr) {
      std::printf("%-11s not in the baseline\n", e.method.c_str());
      continue;
    }
    std::map<std::string, const Json*> base_clusters;
    for (const Json& c : (*b)["per_cluster"]) base_clusters[c.value("id", "")] = &c;
    const bool shared =
        std::any_of(e.clusters.begin(), e.clusters.end(),
                    [&](const ClusterScore& cs) { return base_clusters.count(cs.cluster_id) > 0; });
    if (!shared) {
      std::printf("%-11s no cluster in common with the baseline (another data set?)\n",
                  e.method.c_str());
      continue;
    }
    std::printf("%-11s", e.method.c_str());
    for (size_t k = 0; k < e.metrics.size(); ++k) {
      const std::string& label = e.metrics[k].label;
      std::vector<double> now, then;
      for (const ClusterScore& cs : e.clusters) {
        auto it = base_clusters.find(cs.cluster_id);
        if (it == base_clusters.end()) continue;
        const Json& scores = (*it->second)["scores"];
        if (!scores.contains(label)) continue;
        now.push_back(cs.rouge.metrics[k].recall);
        then.push_back(scores[label].value("R", 0.0));
      }
      if (now.empty()) {
        std::printf("  %s: not in the baseline", label.c_str());
        continue;
      }
      double delta = 0;
      for (size_t i = 0; i < now.size(); ++i) delta += now[i] - then[i];
      delta /= static_cast<double>(now.size());
      const double p_better = PairedBootstrapPValue(now, then);
      const double p_worse = PairedBootstrapPValue(then, now);
      std::printf("  %s %+.2f (p=%.3f)", label.c_str(), 100 * delta,
                  delta >= 0 ? p_better : p_worse);
    }
    std::printf("\n");
  }
}

// True for one line of text with a sentence end before its last word ("It rained. Roads
// closed."): several sentences that ROUGE-L will read as one.
bool LooksLikeSeveralSentences(std::string_view text) {
  if (text.find('\n') != std::string_view::npos) return false;
  for (size_t i = 0; i + 2 < text.size(); ++i) {
    const char c = text[i];
    if ((c == '.' || c == '?' || c == '!') && text[i + 1] == ' ' &&
        std::isupper(static_cast<unsigned char>(text[i + 2]))) {
      return true;
    }
  }
  return false;
}

// One --summaries [NAME=]FILE: JSON Lines of {"id": cluster id, "summary": ...}, the summary a
// string, a list of sentence strings, or a list of {"text": ...} objects (what `precis
// summarize --format json` writes, so its output can be scored). False after printing an
// error that names the file and line. *one_line counts the summaries given as one string of
// one line that holds several sentences (ROUGE-L reads a summary's sentences from its lines).
bool ReadSystemSummaries(const std::string& spec, SystemSummaries* out, size_t* one_line) {
  const size_t eq = spec.find('=');
  const bool named = eq != std::string::npos && eq > 0 && !std::filesystem::exists(spec);
  const std::string path = named ? spec.substr(eq + 1) : spec;
  out->name = named ? spec.substr(0, eq) : std::filesystem::path(path).stem().string();
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    PrintError(path + ": cannot open the --summaries file (" + std::strerror(errno) + ")");
    return false;
  }
  std::string line;
  for (size_t n = 1; std::getline(in, line); ++n) {
    const std::string where = path + ":" + std::to_string(n);
    if (n == 1 && line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    Json j;
    try {
      j = Json::parse(line);
    } catch (const std::exception& e) {
      PrintError(where + ": malformed JSON: " + e.what());
      return false;
    }
    if (!j.is_object()) {
      PrintError(where + ": expected an object {\"id\": ..., \"summary\": ...}");
      return false;
    }
    std::string id;
    if (j.contains("id") && j["id"].is_string()) {
      id = j["id"].get<std::string>();
    } else if (j.contains("id") && j["id"].is_number_integer()) {
      id = j["id"].dump();
    } else {
      PrintError(where + ": field \"id\" (the cluster's id) is missing or not a string");
      return false;
    }
    if (!j.contains("summary")) {
      PrintError(where + ": field \"summary\" is missing");
      return false;
    }
    std::vector<std::string> sentences;
    const Json& summary = j["summary"];
    if (summary.is_string()) {
      sentences.push_back(summary.get<std::string>());
      if (LooksLikeSeveralSentences(sentences.back())) ++*one_line;
    } else if (summary.is_array()) {
      for (const Json& item : summary) {
        if (item.is_string()) {
          sentences.push_back(item.get<std::string>());
        } else if (item.is_object() && item.contains("text") && item["text"].is_string()) {
          sentences.push_back(item["text"].get<std::string>());
        } else {
          PrintError(where + ": field \"summary\" must hold strings or {\"text\": ...} objects");
          return false;
        }
      }
    } else {
      PrintError(where + ": field \"summary\" must be a string or a list of sentences");
      return false;
    }
    for (const std::string& sentence : sentences) {
      size_t bad = 0;
      if (!IsValidUtf8(sentence, &bad)) {
        PrintError(where + ": invalid UTF-8 in \"summary\"");
        return false;
      }
    }
    if (!out->summaries.emplace(id, std::move(sentences)).second) {
      PrintError(where + ": a second summary of cluster \"" + id + "\"");
      return false;
    }
  }
  if (out->summaries.empty()) {
    PrintError(path + ": no summary in the --summaries file");
    return false;
  }
  return true;
}

// The ROUGE options of this run: the default set (or the preset's), with the ROUGE length
// limit following the summary budget unless --rouge gives -l or -b, then each --rouge string
// applied on top. Returns false after printing an error.
bool BuildRougeOptions(const EvalArgs& args, EvalOptions* options) {
  rouge::RougeCommandLine cl;
  cl.options = options->rouge;
  if (!args.preset.empty()) {
    for (const Preset& p : kPresets) {
      if (args.preset != p.name) continue;
      cl.options = RougeOptions();
      const std::vector<std::string> flags = SplitWords(p.flags);
      const Status st = rouge::ApplyRougeFlags(flags, &cl);
      if (!st.ok()) {
        PrintError(st.message());
        return false;
      }
    }
  }
  const Budget& budget = options->summarize.budget;
  cl.options.word_limit = budget.unit == BudgetUnit::kWords ? static_cast<int64_t>(budget.limit) : 0;
  cl.options.byte_limit = budget.unit == BudgetUnit::kBytes ? static_cast<int64_t>(budget.limit) : 0;
  for (const std::string& text : args.rouge) {
    const std::vector<std::string> flags = SplitWords(text);
    // -l and -b replace each other here, so "--rouge '-b 665'" works over the default -l.
    const bool sets_limit = std::any_of(flags.begin(), flags.end(), [](const std::string& f) {
      return f.size() >= 2 && f[0] == '-' && f[1] != '-' &&
             f.find_first_of("lb", 1) != std::string::npos;
    });
    const int64_t words = cl.options.word_limit, bytes = cl.options.byte_limit;
    if (sets_limit) cl.options.word_limit = cl.options.byte_limit = 0;
    Status st = rouge::ApplyRougeFlags(flags, &cl);
    if (st.ok() && !cl.positionals.empty()) {
      st = Status::InvalidArgument("unexpected argument '" + cl.positionals[0] + "'");
    }
    if (st.ok() && (cl.help || cl.json || !cl.file_list_format.empty())) {
      st = Status::InvalidArgument("only scoring flags belong in --rouge (see precis rouge --help)");
    }
    if (!st.ok()) {
      PrintError("--rouge '" + text + "': " + st.message());
      return false;
    }
    // "-l 0" or "-b 0" asks for no length limit; a flag with an l or a b that sets neither
    // keeps the budget's.
    const bool zero_limit = std::any_of(flags.begin(), flags.end(), [&](const std::string& f) {
      const size_t at = static_cast<size_t>(&f - flags.data());
      return (f == "-l" || f == "-b") && at + 1 < flags.size() && flags[at + 1] == "0";
    });
    if (sets_limit && !zero_limit && cl.options.word_limit == 0 && cl.options.byte_limit == 0) {
      cl.options.word_limit = words;
      cl.options.byte_limit = bytes;
    }
  }
  if (cl.options.counting == RougeCounting::kSums) {
    PrintError(
        "--rouge: -t 2 makes ROUGE print raw counts, not scores, so there is nothing to average "
        "or compare; use `precis rouge -t 2` on the summaries (or -t 0, -t 1 here)");
    return false;
  }
  const Status valid = ValidateRougeOptions(cl.options);
  if (!valid.ok()) {
    PrintError("--rouge: " + valid.message());
    return false;
  }
  options->rouge = cl.options;
  return true;
}

int RunEval(const CommandContext& ctx, EvalArgs args) {
  EvalOptions options;
  // A preset sets the budget unless a budget option is given.
  SummarizeArgs& sa = args.summarize;
  for (const Preset& p : kPresets) {
    if (args.preset == p.name && sa.words == 0 && sa.bytes == 0 && sa.sentences == 0 &&
        sa.chars == 0) {
      sa.words = p.words;
    }
  }
  if (const int rc = FinishSummarizeArgs(ctx, &sa); rc != kExitOk) return rc;
  options.summarize = sa.options;
  // With --summaries and no --method, only the given summaries are scored.
  options.methods = !sa.methods.empty()       ? sa.methods
                    : !args.summaries.empty() ? std::vector<std::string>{}
                                              : std::vector<std::string>{sa.options.method};
  for (const std::string& spec : args.summaries) {
    SystemSummaries system;
    size_t one_line = 0;
    if (!ReadSystemSummaries(spec, &system, &one_line)) return kExitFailure;
    if (one_line > 0) {
      PrintWarning(ctx, "--summaries " + spec + ": " + std::to_string(one_line) +
                            " summaries are one line of several sentences; ROUGE-L reads a "
                            "summary's sentences from its lines (give a list of sentences, or "
                            "put each on a line of its own); ROUGE-N and SU are not affected");
    }
    const bool taken = std::find(options.methods.begin(), options.methods.end(), system.name) !=
                           options.methods.end() ||
                       std::any_of(options.systems.begin(), options.systems.end(),
                                   [&](const SystemSummaries& o) { return o.name == system.name; });
    if (taken) {
      PrintError("--summaries: the name '" + system.name + "' is taken; name it: --summaries " +
                 "OTHER=" + spec);
      return kExitUsage;
    }
    options.systems.push_back(std::move(system));
  }
  options.threads = args.threads;
  if (!BuildRougeOptions(args, &options)) return kExitUsage;
  Json baseline;
  if (!args.compare_path.empty() && !LoadBaseline(args.compare_path, &baseline)) {
    return kExitFailure;
  }
  if (!args.json_path.empty() && !CanWrite(args.json_path)) return kExitIo;
  const Budget& budget = options.summarize.budget;
  const std::string flags = rouge::RougeFlagsString(options.rouge);
  if (!args.compare_path.empty() && !SameSetting(args.compare_path, baseline, flags, budget)) {
    return kExitUsage;
  }

  std::vector<Cluster> clusters;
  InputOptions input;
  input.paths = {args.data};
  input.format = "clusters";
  input.skip_bad = args.skip_bad;
  if (!ReadClusters(ctx, input, &clusters)) return kExitFailure;
  // Summaries of clusters the data does not hold are not scored; say so (a typo, or the
  // summaries of another data set, would otherwise pass unnoticed).
  for (const SystemSummaries& system : options.systems) {
    std::set<std::string> known;
    for (const Cluster& c : clusters) known.insert(c.id);
    size_t unknown = 0;
    std::string first;
    for (const auto& [id, sentences] : system.summaries) {
      if (known.count(id) != 0) continue;
      if (unknown++ == 0) first = id;
    }
    if (unknown > 0) {
      PrintWarning(ctx, "summaries '" + system.name + "': " + std::to_string(unknown) +
                            " of its summaries name a cluster that " + args.data +
                            " does not have (first: \"" + first + "\"): not scored");
    }
  }

  IdfTable background;
  if (!args.summarize.background.empty()) {
    if (!BuildIdf(ctx, args.summarize, clusters, &background)) return kExitFailure;
    options.idf = &background;
  }
  std::vector<MethodEval> evals;
  size_t skipped = 0;
  Progress progress(ctx, "evaluated", "summaries");
  options.progress = [&](size_t done, size_t total) { progress.Update(done, total); };
  const Status st = Evaluate(clusters, options, &evals, &skipped);
  if (!st.ok()) {
    const bool no_references = st.message().starts_with("no cluster has reference");
    PrintError(no_references
                   ? args.data + ": " + st.message() + " (each line needs a \"references\" list)"
                   : st.message());
    return st.code() == Status::Code::kInvalidArgument ? kExitUsage : kExitFailure;
  }
  if (skipped > 0) {
    PrintWarning(ctx, std::to_string(skipped) + " cluster(s) without reference summaries skipped");
  }
  // References ROUGE-1.5.5 finds no token in (it keeps ASCII letters and digits: Chinese,
  // Japanese, Russian ... references) score every summary 0, which the mean takes in.
  if (!evals.empty()) {
    std::vector<std::string> tokenless;
    for (const ClusterScore& cs : evals[0].clusters) {
      const auto& m = cs.rouge.metrics;
      if (!m.empty() &&
          std::all_of(m.begin(), m.end(), [](const RougeScore& r) { return r.model_count == 0; })) {
        tokenless.push_back(cs.cluster_id);
      }
    }
    if (!tokenless.empty()) {
      std::string ids;
      for (size_t i = 0; i < tokenless.size() && i < 5; ++i) ids += (i ? ", " : "") + tokenless[i];
      if (tokenless.size() > 5) ids += ", ...";
      PrintWarning(ctx, std::to_string(tokenless.size()) +
                            " cluster(s) have references in which ROUGE-1.5.5 counts no token "
                            "(it reads ASCII letters and digits only, so text in other scripts "
                            "scores 0 and lowers the mean): " +
                            ids);
    }
  }
  const Json json = ToJson(args, flags, budget, options.rouge, evals);
  if (args.format == "json") {
    std::cout << json.dump() << '\n';
  } else {
    std::printf("%zu clusters, budget %zu %s%s, ROUGE %s%s\n", evals[0].clusters.size(),
                budget.limit, UnitName(budget.unit), budget.truncate_last ? " (truncated)" : "",
                flags.c_str(),
                args.preset.empty() ? "" : (" (preset " + args.preset + ")").c_str());
    PrintTable(evals, options.rouge);
    std::fflush(stdout);
  }
  if (!args.compare_path.empty()) PrintComparison(args.compare_path, baseline, evals);
  if (!args.json_path.empty()) {
    std::ofstream out(args.json_path);
    out << json.dump(1) << '\n';
    out.close();
    if (!out) {
      PrintError(args.json_path + ": cannot write");
      return kExitIo;
    }
  }
  return kExitOk;
}

}  // namespace

void AddEvalCommand(CLI::App& app, CommandContext& ctx) {
  auto args = std::make_shared<EvalArgs>();
  CLI::App* cmd = app.add_subcommand(
      "eval",
      "Score summarization methods with ROUGE on clusters that have reference summaries.\n"
      "Takes summarize's options under the same names; ROUGE flags go in --rouge and change "
      "the default set, they do not replace it.\n"
      "Example: precis eval --data data/sample/stories.jsonl --method lead --method lexrank "
      "--method oracle --words 60 --rouge '-r 2000'\n"
      "Example: precis eval --data data/sample/stories.jsonl -m lead --preset duc2004 -f json");
  cmd->add_option("--data", args->data, "JSON Lines of clusters with \"references\"")->required();
  SummarizeFlags flags;
  flags.many_methods = true;
  AddSummarizeOptions(cmd, &args->summarize, flags);
  std::vector<std::string> presets;
  for (const Preset& p : kPresets) presets.push_back(p.name);
  cmd->add_option("--preset", args->preset,
                  "Score as a DUC task did: duc2004 (100 words; -n 2 -m -l 100 -c 95 -r 1000 "
                  "-f A -p 0.5 -t 0 -a), duc2006 (250 words; -n 2 -m -2 4 -u -c 95 -r 1000 "
                  "-f A -p 0.5 -t 0 -a -l 250) or none (no flags but the budget's length "
                  "limit, as ROUGE-1.5.5 run bare: --rouge then gives every flag, e.g. "
                  "--preset none --rouge '-n 2 -c 95 -r 1000 -f A -p 0.5 -t 0' for unstemmed "
                  "scores)")
      ->transform(Choice(presets));
  cmd->add_option("--rouge", args->rouge,
                  "ROUGE-1.5.5 flags (as precis rouge --help lists them) added to the "
                  "default set or the preset's, e.g. --rouge '-r 2000 -w 1.2'; -l 0 or -b 0: "
                  "no length limit; -t 2 (raw counts) is refused; repeatable")
      ->type_name("FLAGS")
      ->allow_extra_args(false);
  cmd->add_option("-f,--format", args->format,
                  "Output: text (a table) or json (the --json document on one line)")
      ->transform(Choice({"text", "json"}))
      ->capture_default_str();
  cmd->add_option("--json", args->json_path, "Also write the results, per cluster, as JSON");
  cmd->add_option("--summaries", args->summaries,
                  "Score summaries made elsewhere, beside or instead of --method: JSON Lines of "
                  "{\"id\": cluster id, \"summary\": text or list of sentences} (precis "
                  "summarize --format json output works); the column is NAME, or the file's "
                  "stem; repeatable")
      ->type_name("[NAME=]FILE");
  cmd->add_option("--compare", args->compare_path,
                  "An earlier --json result: print recall differences with paired bootstrap "
                  "p-values");
  AddThreadsOption(cmd, &args->threads, "Worker threads (default: one per core)");
  cmd->add_flag("--skip-bad", args->skip_bad, "Skip malformed cluster lines with a warning");
  args->summarize.options.budget.truncate_last = true;  // eval's default, as DUC systems did
  if (CLI::Option* truncate = cmd->get_option_no_throw("--truncate")) {
    truncate->description(truncate->get_description() + "; on by default in eval");
  }
  cmd->footer(
      "Default ROUGE set: -n 2 -m -2 4 -u -l <words> -c 95 -r 1000 -f A -p 0.5 -t 0 "
      "(ROUGE-1, 2, L and SU4, stemmed; -b <bytes> with --bytes, no limit with --sentences). "
      "The effective flags are printed above the table and stored in the JSON "
      "(\"rouge_flags\").\nSummaries are truncated to fill the budget (--no-truncate: whole "
      "sentences only).\n\n" +
      app.get_footer());  // the exit codes, which this footer would otherwise replace
  cmd->callback([&ctx, args] { ctx.exit_code = RunEval(ctx, *args); });
}

}  // namespace precis::cli
