// `precis split`: the sentences of each article, as every other command sees them (the
// article's language, its dateline kept with the first sentence), so that a user can check
// the segmentation of their own text.
#include <CLI/CLI.hpp>
#include <iostream>
#include <nlohmann/json.hpp>

#include "command.h"
#include "input.h"
#include "option_checks.h"
#include "precis/text.h"

namespace precis::cli {
namespace {

struct SplitArgs {
  InputOptions input;
  std::string language = SegmentOptions().language;
  std::string format = "json";
  uint32_t max_sentence_bytes = SegmentOptions().max_sentence_bytes;
};

int RunSplit(const CommandContext& ctx, const SplitArgs& args) {
  std::vector<Cluster> clusters;
  if (!ReadClusters(ctx, args.input, &clusters)) return kExitFailure;
  for (const Cluster& c : clusters) {
    for (const Article& a : c.articles) {
      SegmentOptions options;
      options.language = ArticleLanguage(a, args.language);
      options.max_sentence_bytes = args.max_sentence_bytes;
      const std::vector<Span> spans = SplitSentences(a.text, options);
      for (size_t i = 0; i < spans.size(); ++i) {
        const std::string_view text = spans[i].of(a.text);
        if (args.format == "text") {
          std::cout << FoldWhiteSpace(text) << '\n';
          continue;
        }
        nlohmann::ordered_json j;
        j["doc_id"] = a.id;
        j["index"] = i;
        j["begin"] = spans[i].begin;
        j["end"] = spans[i].end;
        j["language"] = options.language;
        j["text"] = text;
        std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
      }
      if (args.format == "text") std::cout << '\n';  // a blank line between articles
    }
  }
  std::cout.flush();
  if (!std::cout) {
    PrintError("cannot write the output");
    return kExitIo;
  }
  return kExitOk;
}

}  // namespace

void AddSplitCommand(CLI::App& app, CommandContext& ctx) {
  auto args = std::make_shared<SplitArgs>();
  CLI::App* cmd = app.add_subcommand(
      "split",
      "Split articles into sentences as the other commands do (each article in its language).\n"
      "Writes one JSON line per sentence: {\"doc_id\",\"index\",\"begin\",\"end\",\"language\","
      "\"text\"} (begin/end: bytes of the article's text), or with --format text one sentence "
      "per line and a blank line after each article.\n"
      "Example: precis split data/sample/articles.jsonl\n"
      "Example: precis split --language de -f text bericht.txt");
  AddInputOptions(cmd, &args->input);
  cmd->add_option("--language", args->language,
                  "Language of articles without a language field of their own (their script "
                  "decides first)")
      ->check(Language())
      ->capture_default_str();
  cmd->add_option("-f,--format", args->format, "Output: json (a line per sentence) or text")
      ->check(CLI::IsMember({"json", "text"}))
      ->capture_default_str();
  cmd->add_option("--max-sentence-bytes", args->max_sentence_bytes,
                  "Cut longer run-on sentences (0: no limit)")
      ->capture_default_str();
  cmd->callback([&ctx, args] { ctx.exit_code = RunSplit(ctx, *args); });
}

}  // namespace precis::cli
