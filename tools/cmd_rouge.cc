// `precis rouge`: a drop-in for ROUGE-1.5.5.pl. Takes the script's flags (parsed by hand:
// CLI11 cannot take options named -2) and its XML configuration, prints the same lines.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "command.h"
#include "eval/rouge_config.h"
#include "eval/rouge_flags.h"
#include "eval/rouge_math.h"
#include "eval/rouge_report.h"
#include "precis/ingest.h"
#include "precis/rouge.h"

namespace precis::cli {
namespace {

using rouge::RougeCommandLine;
using rouge::RougeConfigEval;

// Peers, models and configs are read whole, bounded, and refused when they are directories
// or binary (/dev/zero) instead of being scored as empty or read until memory runs out.
constexpr size_t kMaxRougeFileBytes = size_t{256} << 20;

Status ReadFile(const std::string& path, std::string* out) {
  Status s = precis::ReadFile(path, kMaxRougeFileBytes, out);
  if (s.code() == Status::Code::kNotFound) return Status::NotFound("cannot read " + s.message());
  if (s.code() == Status::Code::kIoError) return Status::IoError("cannot read " + s.message());
  return s;
}

// The evaluations to run and the systems (peer IDs) to report, in output order.
struct Job {
  std::vector<RougeConfigEval> evals;
  std::vector<std::string> peer_ids;
};

// A ROUGE configuration: named .xml, or starting (after white space and a byte order mark)
// with an XML declaration or the <ROUGE_EVAL> root. A plain summary may start with '<'.
bool LooksLikeXml(const std::string& path, const std::string& bytes) {
  if (path.size() >= 4 && path.compare(path.size() - 4, 4, ".xml") == 0) return true;
  const size_t first = bytes.find_first_not_of(" \t\r\n\xef\xbb\xbf");
  if (first == std::string::npos) return false;
  auto starts = [&](const char* prefix) {
    const size_t n = std::strlen(prefix);
    if (bytes.size() - first < n) return false;
    for (size_t i = 0; i < n; ++i) {
      if (std::toupper(static_cast<unsigned char>(bytes[first + i])) != prefix[i]) return false;
    }
    return true;
  };
  return starts("<?XML") || starts("<ROUGE_EVAL") || starts("<ROUGE-EVAL");
}

// Fills *job from the positional arguments. A usage problem sets *usage and returns Ok.
Status LoadJob(const RougeCommandLine& cl, Job* job, std::string* usage) {
  const std::vector<std::string>& args = cl.positionals;
  if (args.empty()) {
    *usage = "no input: give CONFIG.xml [SYSTEM_ID] or SUMMARY REF [REF...]";
    return Status::Ok();
  }
  if (!cl.file_list_format.empty()) {
    if (args.size() > 2) {
      *usage = "-z takes one file list and an optional system ID";
      return Status::Ok();
    }
    std::string text;
    PRECIS_RETURN_IF_ERROR(ReadFile(args[0], &text));
    rouge::RougeInputFormat format;
    rouge::ParseRougeInputFormat(cl.file_list_format, &format);
    job->peer_ids = {args.size() > 1 ? args[1] : "X"};
    return rouge::ParseRougeFileList(text, args[0], format, job->peer_ids[0], &job->evals);
  }
  std::string first;
  PRECIS_RETURN_IF_ERROR(ReadFile(args[0], &first));
  if (!LooksLikeXml(args[0], first)) {
    if (args.size() < 2) {
      *usage = args[0] + " is not an XML config; to score a summary give SUMMARY REF [REF...]";
      return Status::Ok();
    }
    // A JSON Lines file of summaries would be scored as text, braces and keys included.
    const size_t first_byte = first.find_first_not_of(" \t\r\n");
    if ((args[0].ends_with(".jsonl") || args[0].ends_with(".json")) &&
        first_byte != std::string::npos && first[first_byte] == '{') {
      *usage = args[0] +
               " looks like JSON Lines; precis rouge reads plain-text summaries, one sentence "
               "per line. To score JSON Lines summaries against a clusters file: precis eval "
               "--data CLUSTERS.jsonl --summaries " +
               args[0];
      return Status::Ok();
    }
    RougeConfigEval eval;
    eval.id = "1";
    eval.peers.push_back({"X", args[0]});
    for (size_t i = 1; i < args.size(); ++i) eval.models.push_back({std::to_string(i), args[i]});
    job->evals.push_back(std::move(eval));
    job->peer_ids = {"X"};
    return Status::Ok();
  }
  PRECIS_RETURN_IF_ERROR(rouge::ParseRougeConfig(first, args[0], &job->evals));
  if (args.size() > 2) {
    *usage = "a config takes at most one system ID after it";
  } else if (cl.all_peers) {
    std::set<std::string> ids;
    for (const RougeConfigEval& e : job->evals)
      for (const auto& p : e.peers) ids.insert(p.id);
    job->peer_ids.assign(ids.begin(), ids.end());
  } else if (args.size() == 2) {
    job->peer_ids = {args[1]};
  } else {
    *usage = "give the system ID to evaluate after the config, or -a for all of them";
  }
  return Status::Ok();
}

// One system's evaluations and the first metric any of them could not compute.
struct SystemResults {
  std::vector<RougeEvalResult> evals;
  size_t failed_metric = SIZE_MAX;
  std::string failure;
};

class RougeRun {
 public:
  RougeRun(const RougeCommandLine& cl, CommandContext& ctx) : cl_(cl), ctx_(ctx) {}

  Status Run(const Job& job, std::map<std::string, SystemResults>* results) {
    PRECIS_RETURN_IF_ERROR(RougeScorer::Create(cl_.options, &scorer_));
    for (const RougeConfigEval& eval : job.evals) {
      std::vector<const rouge::RougeConfigFile*> present;
      for (const std::string& id : job.peer_ids) {
        const rouge::RougeConfigFile* peer = nullptr;
        for (const auto& p : eval.peers)
          if (p.id == id) peer = &p;  // the last one wins, as in the script's hash
        if (!peer) {
          PrintWarning(ctx_, "EVAL " + eval.id + " has no peer " + id + ": skipped");
          continue;
        }
        present.push_back(peer);
      }
      if (present.empty()) continue;
      std::vector<std::vector<std::string>> models(eval.models.size());
      for (size_t i = 0; i < eval.models.size(); ++i)
        PRECIS_RETURN_IF_ERROR(Sentences(eval.models[i].path, eval.format, &models[i]));
      scorer_->SetModels(models);
      for (size_t i = 0; i < models.size(); ++i)
        if (scorer_->model_tokens(i) == 0) WarnEmpty(eval.models[i].path);
      for (const rouge::RougeConfigFile* peer : present) {
        std::vector<std::string> sentences;
        PRECIS_RETURN_IF_ERROR(Sentences(peer->path, eval.format, &sentences));
        SystemResults& system = (*results)[peer->id];
        RougeEvalResult result;
        Status st = scorer_->Score(sentences, &result);
        if (result.peer_tokens == 0) WarnEmpty(peer->path);
        result.id = eval.id + "." + peer->id;
        if (!st.ok() && result.metrics.size() < system.failed_metric) {
          system.failed_metric = result.metrics.size();
          system.failure = "EVAL " + eval.id + ": " + st.message();
        }
        system.evals.push_back(std::move(result));
      }
    }
    return Status::Ok();
  }

  const std::vector<RougeMetric>& metrics() const { return scorer_->metrics(); }

 private:
  Status Sentences(const std::string& path, rouge::RougeInputFormat format,
                   std::vector<std::string>* out) {
    auto key = std::make_pair(path, static_cast<int>(format));
    auto it = cache_.find(key);
    if (it == cache_.end()) {
      std::string bytes;
      PRECIS_RETURN_IF_ERROR(ReadFile(path, &bytes));
      std::vector<std::string> sentences;
      Status st = rouge::ReadRougeSentences(bytes, format, &sentences);
      if (!st.ok())
        return Status(st.code() == Status::Code::kUnsupported
                          ? Status::Unsupported(path + ": " + st.message())
                          : Status::DataError(path + ": " + st.message()));
      it = cache_.emplace(key, std::move(sentences)).first;
    }
    *out = it->second;
    return Status::Ok();
  }

  void WarnEmpty(const std::string& path) {
    if (warned_.insert(path).second)
      PrintWarning(ctx_, path + " -> empty text (no tokens: its scores are 0)");
  }

  const RougeCommandLine& cl_;
  CommandContext& ctx_;
  std::unique_ptr<RougeScorer> scorer_;
  std::map<std::pair<std::string, int>, std::vector<std::string>> cache_;
  std::set<std::string> warned_;
};

nlohmann::ordered_json IntervalJson(const RougeInterval& in) {
  return {{"mean", rouge::RoundRouge(in.mean)},
          {"low", rouge::RoundRouge(in.low)},
          {"high", rouge::RoundRouge(in.high)}};
}

nlohmann::ordered_json BlockJson(const RougeMetric& metric, const RougeAverage& avg,
                                 const std::vector<RougeEvalResult>& evals, size_t m,
                                 const RougeCommandLine& cl) {
  nlohmann::ordered_json block = {{"metric", metric.label}};
  if (cl.options.counting == RougeCounting::kSums) {
    block["counts"] = {{"M", avg.model_count}, {"P", avg.peer_count}, {"H", avg.hit_count}};
  } else {
    block["recall"] = IntervalJson(avg.recall);
    block["precision"] = IntervalJson(avg.precision);
    block["f"] = IntervalJson(avg.f);
    block["confidence"] = cl.options.confidence;
  }
  if (!cl.options.per_evaluation) return block;
  std::vector<const RougeEvalResult*> order;
  for (const RougeEvalResult& e : evals) order.push_back(&e);
  std::stable_sort(order.begin(), order.end(), [](const auto* a, const auto* b) {
    return rouge::RougePrintOrderLess(a->id, b->id);
  });
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const RougeEvalResult* e : order) {
    const RougeScore& s = e->metrics[m];
    if (cl.options.counting == RougeCounting::kEvaluation) {
      list.push_back({{"id", e->id}, {"R", s.recall}, {"P", s.precision}, {"F", s.f}});
    } else {
      list.push_back(
          {{"id", e->id}, {"M", s.model_count}, {"P", s.peer_count}, {"H", s.hit_count}});
    }
  }
  block["evals"] = std::move(list);
  return block;
}

int RunRouge(const std::vector<std::string>& args, CommandContext& ctx) {
  RougeCommandLine cl;
  Status st = rouge::ParseRougeCommandLine(args, &cl);
  if (cl.help) {
    std::cout << rouge::kRougeUsage;
    return kExitOk;
  }
  if (!st.ok()) {
    PrintError("rouge: " + st.message());
    return kExitUsage;
  }
  if (cl.quiet) ctx.global.quiet = true;
  Job job;
  std::string usage;
  st = LoadJob(cl, &job, &usage);
  if (!st.ok()) {
    PrintError("rouge: " + st.message());
    return kExitFailure;
  }
  if (!usage.empty()) {
    PrintError("rouge: " + usage + " (see precis rouge --help)");
    return kExitUsage;
  }
  RougeRun run(cl, ctx);
  std::map<std::string, SystemResults> results;
  st = run.Run(job, &results);
  if (!st.ok()) {
    PrintError("rouge: " + st.message());
    return kExitFailure;
  }
  // A system ID that no EVAL has (a typo, or the config of another run) would print a table of
  // zeros with exit 0; the script would too, but a run with nothing scored is an error here.
  for (const std::string& id : job.peer_ids) {
    if (results[id].evals.empty()) {
      PrintError("rouge: no EVAL of the configuration has a peer with ID '" + id +
                 "': nothing to score");
      return kExitFailure;
    }
  }
  rouge::RougeReportStyle style;
  style.counting = cl.options.counting;
  style.confidence_text = cl.confidence_text;
  style.print_evals = cl.options.per_evaluation;
  nlohmann::ordered_json systems = nlohmann::ordered_json::array();
  for (const std::string& id : job.peer_ids) {
    const SystemResults& system = results[id];
    std::string text;
    nlohmann::ordered_json blocks = nlohmann::ordered_json::array();
    size_t count = std::min(system.failed_metric, run.metrics().size());
    for (size_t m = 0; m < count; ++m) {
      RougeAverage avg = RougeCorpusAverage(system.evals, m, cl.options);
      if (cl.json) {
        blocks.push_back(BlockJson(run.metrics()[m], avg, system.evals, m, cl));
      } else {
        rouge::AppendRougeBlock(id, run.metrics()[m].label, avg, system.evals, m, style, &text);
      }
    }
    std::cout << text;
    if (count < run.metrics().size()) {  // where the script dies
      PrintError("rouge: " + system.failure);
      return kExitFailure;
    }
    systems.push_back({{"id", id}, {"evaluations", system.evals.size()}, {"scores", blocks}});
  }
  if (cl.json) std::cout << nlohmann::ordered_json{{"systems", systems}}.dump(2) << "\n";
  return kExitOk;
}

}  // namespace

void AddRougeCommand(CLI::App& app, CommandContext& ctx) {
  CLI::App* cmd = app.add_subcommand(
      "rouge",
      "Score summaries with ROUGE, exactly as ROUGE-1.5.5.pl (same flags and output; "
      "run `precis rouge --help`)");
  // Everything after "rouge" is ours: the script's flags (-2 -1, -n2, -amd) are parsed in
  // rouge_flags.cc, and --help prints that parser's text.
  cmd->prefix_command();
  cmd->fallthrough(false);  // every argument is ROUGE-1.5.5's (its -q included)
  cmd->set_help_flag();
  cmd->callback([cmd, &ctx] { ctx.exit_code = RunRouge(cmd->remaining(), ctx); });
}

}  // namespace precis::cli
