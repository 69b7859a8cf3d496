// `precis serve`: the news service (HTTP API and web page over a SQLite store).
#include <pthread.h>
#include <signal.h>

#include <CLI/CLI.hpp>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>

#include "command.h"
#include "option_checks.h"
#include "server/http_server.h"
#include "server/service.h"
#include "story_args.h"

namespace precis::cli {
namespace {

// The flags map onto the options structs, and their defaults are the structs' (--help shows
// them with capture_default_str): one source of defaults.
struct ServeArgs {
  server::ServiceOptions service;
  server::HttpOptions http;
  std::string listen = http.host + ":" + std::to_string(http.port);
  std::string token_file;
  std::string weights_path;  // --weights FILE ("": the built-in weights)
  size_t max_body_mb = http.max_body_bytes >> 20;
  ClusteringFlags clustering;  // --mode, --idle-hours, ... as `precis cluster`
};

int RunServe(const CommandContext& ctx, ServeArgs args) {
  const size_t colon = args.listen.rfind(':');
  if (colon == std::string::npos || colon == 0 ||
      args.listen.find_first_not_of("0123456789", colon + 1) != std::string::npos ||
      colon + 1 == args.listen.size() || args.listen.size() - colon > 6) {
    PrintError("--listen must be HOST:PORT, e.g. 127.0.0.1:8080");
    return kExitUsage;
  }
  args.http.host = args.listen.substr(0, colon);
  args.http.port = std::stoi(args.listen.substr(colon + 1));
  if (args.http.port > 65535) {
    PrintError("--listen: port must be at most 65535");
    return kExitUsage;
  }
  args.http.max_body_bytes = args.max_body_mb << 20;
  if (!args.token_file.empty()) {
    std::ifstream in(args.token_file);
    std::stringstream ss;
    ss << in.rdbuf();
    std::string token = ss.str();
    while (!token.empty() && std::isspace(static_cast<unsigned char>(token.back()))) {
      token.pop_back();
    }
    if (!in || token.empty()) {
      PrintError(args.token_file + ": cannot read a token (a non-empty first line)");
      return kExitFailure;
    }
    args.http.token = token;
  }
  if (!server::IsLoopback(args.http.host) && args.http.token.empty()) {
    PrintError("listening on " + args.http.host +
               " (not loopback) requires --token-file (a bearer token for the API)");
    return kExitUsage;
  }
  ApplyClusteringMode(args.clustering, &args.service.digest.story);
  if (const Status valid = ValidateStoryOptions(args.service.digest.story); !valid.ok()) {
    PrintError(valid.message());
    return kExitUsage;
  }
  args.service.digest.summarize.language = args.service.digest.story.language;
  args.service.digest.summarize.segment.language = args.service.digest.story.language;
  if (!args.weights_path.empty()) {
    const Status s = LoadWeights(args.weights_path, &args.service.digest.summarize.weights);
    if (!s.ok()) {
      PrintError("--weights: " + s.message());
      return kExitFailure;
    }
  }
  // SIGTERM and SIGINT are taken by a waiting thread (below), not by a handler,
  // so the server can be stopped cleanly: block them before any thread starts.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  std::error_code ec;
  if (std::filesystem::is_directory(args.service.db, ec)) {
    PrintError(args.service.db + ": is a directory (--db names the database file, e.g. " +
               (std::filesystem::path(args.service.db) / "news.db").string() + ")");
    return kExitFailure;
  }
  // A start that fails (the address in use, a bad database) leaves no new database file
  // behind: only the files this start created are removed, never an existing database.
  const bool db_existed = std::filesystem::exists(args.service.db, ec);
  auto remove_new_db = [&] {
    if (db_existed) return;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
      std::filesystem::remove(args.service.db + suffix, ec);
    }
  };
  std::unique_ptr<server::Service> service;
  const Status s = server::Service::Open(args.service, &service);
  if (!s.ok()) {
    std::string message = s.message();
    // The clusterer's state keeps the story options it was made with; a restart with other
    // ones cannot continue it.
    if (message.find("saved state was made with language") != std::string::npos) {
      message += " (start it with the --language it was made with, or use another --db)";
    } else if (message.find("saved state was made with") != std::string::npos) {
      message +=
          " (start it with the --mode, --join, --merge, --idle-hours and --half-life-hours it "
          "was made with, or use another --db)";
    }
    PrintError(message);
    service.reset();
    remove_new_db();
    return kExitFailure;
  }
  auto http = std::make_unique<server::HttpServer>(service.get(), args.http);
  const Status bound = http->Bind();
  if (!bound.ok()) {
    PrintError(bound.message());
    http.reset();
    service.reset();  // closes the database before its files go
    remove_new_db();
    return kExitFailure;
  }
  std::cerr << "precis: serving " << args.service.db << " on http://" << args.http.host << ":"
            << http->port() << "/" << std::endl;
  std::atomic<bool> served{false};
  std::thread waiter([&] {
    int sig = 0;
    sigwait(&signals, &sig);
    if (served) return;  // woken by the main thread after Serve returned
    if (!ctx.global.quiet) std::cerr << "precis: stopping (signal " << sig << ")" << std::endl;
    // A stop that comes before the server loop has started is lost: repeat until it ends.
    while (!served) {
      http->Stop();
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
  });
  http->Serve();  // returns after Stop, once in-flight requests are answered
  served = true;
  const Status closed = service->Shutdown();
  pthread_kill(waiter.native_handle(), SIGTERM);  // a no-op when it already returned
  waiter.join();
  if (!closed.ok()) {
    PrintError(closed.message());
    return kExitIo;
  }
  return kExitOk;
}

}  // namespace

void AddServeCommand(CLI::App& app, CommandContext& ctx) {
  auto args = std::make_shared<ServeArgs>();
  CLI::App* cmd = app.add_subcommand("serve",
                                     "Run the news service: an HTTP API to post articles (they are "
                                     "clustered into stories "
                                     "as they arrive and summarized in the background) and a web "
                                     "page to read the stories, "
                                     "over a SQLite database. Stops cleanly on SIGTERM or Ctrl-C. "
                                     "See docs/serve.md.");
  cmd->add_option("--db", args->service.db, "SQLite database file (created when missing)")
      ->required();
  cmd->add_option("--listen", args->listen,
                  "HOST:PORT to listen on (port 0: any free port); a non-loopback host requires "
                  "--token-file")
      ->capture_default_str();
  cmd->add_option("--token-file", args->token_file,
                  "File holding a bearer token required for writes, and for reads unless "
                  "--public-read");
  cmd->add_flag("--public-read", args->http.public_read, "Reads need no token");
  cmd->add_option("--max-body-mb", args->max_body_mb, "Largest request body in MB (larger: 413)")
      ->capture_default_str()
      ->check(CLI::Range(1, 1024));
  cmd->add_option("--threads", args->http.threads,
                  "Threads answering requests (one per open keep-alive connection)")
      ->capture_default_str()
      ->check(CLI::Range(1, 256));
  cmd->add_option("--checkpoint-articles", args->service.checkpoint_articles,
                  "Save the clusterer's state every this many articles (a restart replays at most "
                  "this many)")
      ->capture_default_str()
      ->check(CLI::Range(1, 100000000));
  cmd->add_option("--summary-debounce-ms", args->service.summary_debounce_ms,
                  "Wait this long after a change before summarizing")
      ->capture_default_str()
      ->check(CLI::Range(0, 600000));
  cmd->add_option("--summary-threads", args->service.summary_threads,
                  "Threads computing summaries (a round's stories are split among them)")
      ->capture_default_str()
      ->check(CLI::Range(1, 64));
  cmd->add_option("--off-topic-context-articles", args->service.off_topic_context_articles,
                  "The off-topic filter compares a summary's sentences with the other open "
                  "stories too (newest first, up to this many articles; 0: only the stories "
                  "summarized with it)")
      ->capture_default_str()
      ->check(CLI::Range(size_t{0}, size_t{10000000}));
  cmd->add_option("--flush-seconds", args->service.flush_seconds,
                  "Run the end-of-stream work of `precis cluster` (refinement, merge pass; every "
                  "open story is closed) once no article has come for this many seconds after a "
                  "new one; 0: only on POST /flush")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 31536000.0));
  cmd->add_flag("--compress,!--no-compress", args->service.digest.summarize.compress,
                "Compressive summaries: sentences may lose parentheticals, dash asides, a leading "
                "time/place phrase and an attribution tail (the API's \"spans\" lists the "
                "source bytes kept; docs/quality.md)")
      ->capture_default_str();
  cmd->add_option("--weights", args->weights_path,
                  "Versioned JSON file of the summarizer's concept and query weights (default: "
                  "the built-in ones, data/weights.json)")
      ->type_name("FILE");
  AddClusteringOptions(cmd, &args->service.digest.story, &args->clustering);
  cmd->add_option("--language", args->service.digest.story.language,
                  "Language of the feed, for stemming, stopwords (story terms) and sentence "
                  "splitting, as `precis digest --language`; a database keeps the language it "
                  "was started with")
      ->check(Language())
      ->capture_default_str();
  cmd->callback([&ctx, args] { ctx.exit_code = RunServe(ctx, *args); });
}

}  // namespace precis::cli
