// Test helper: runs `precis serve` on a free loopback port as a child process,
// with an HTTP client to it. The server is stopped (SIGKILL) when the helper
// goes away.
#ifndef PRECIS_TESTS_SERVER_SERVER_PROCESS_H_
#define PRECIS_TESTS_SERVER_SERVER_PROCESS_H_

#include <httplib.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <thread>
#include <vector>

namespace precis::testing {

class ServerProcess {
 public:
  // Starts the server on `db` with extra flags; port() is 0 when it did not
  // come up.
  explicit ServerProcess(const std::string& db, std::vector<std::string> flags = {}) {
    int err[2];
    if (::pipe(err) != 0) return;
    pid_ = ::fork();
    if (pid_ == 0) {
      // A test that dies (an assertion under the sanitizers aborts) takes its server with it,
      // so ctest is not left waiting on the server's copy of the output pipe.
      ::prctl(PR_SET_PDEATHSIG, SIGKILL);
      ::dup2(err[1], 2);
      ::close(err[0]);
      std::vector<std::string> args = {PRECIS_BIN, "serve", "--db", db, "--listen", "127.0.0.1:0"};
      args.insert(args.end(), flags.begin(), flags.end());
      std::vector<char*> argv;
      for (std::string& a : args) argv.push_back(a.data());
      argv.push_back(nullptr);
      ::execv(PRECIS_BIN, argv.data());
      ::_exit(127);
    }
    ::close(err[1]);
    stderr_ = ::fdopen(err[0], "r");
    // "precis: serving DB on http://127.0.0.1:PORT/"
    char line[4096];
    while (std::fgets(line, sizeof line, stderr_) != nullptr) {
      log_ += line;
      const std::string s(line);
      const size_t at = s.find("http://127.0.0.1:");
      if (at != std::string::npos) {
        port_ = std::stoi(s.substr(at + 17));
        break;
      }
    }
    if (port_ > 0) {
      client_ = std::make_unique<httplib::Client>("127.0.0.1", port_);
      client_->set_read_timeout(60, 0);
    }
  }
  ~ServerProcess() {
    if (pid_ > 0 && !exited_) Kill();
    if (stderr_ != nullptr) std::fclose(stderr_);
  }

  int port() const { return port_; }
  httplib::Client& client() { return *client_; }
  // The server's stderr so far (startup lines, and the rest once it exited).
  const std::string& log() const { return log_; }

  // SIGTERM, then the exit code (-1 when it did not exit normally).
  int Terminate() {
    ::kill(pid_, SIGTERM);
    return Wait();
  }
  void Kill() {
    ::kill(pid_, SIGKILL);
    Wait();
  }

 private:
  int Wait() {
    int status = 0;
    ::waitpid(pid_, &status, 0);
    exited_ = true;
    char line[4096];
    while (stderr_ != nullptr && std::fgets(line, sizeof line, stderr_) != nullptr) log_ += line;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }

  pid_t pid_ = -1;
  bool exited_ = false;
  int port_ = 0;
  FILE* stderr_ = nullptr;
  std::string log_;
  std::unique_ptr<httplib::Client> client_;
};

// A fresh temporary folder for one test.
inline std::string TempDir(const std::string& name) {
  const std::string dir = "/tmp/precis_server_test_" + std::to_string(::getpid()) + "_" + name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

// Every story the server lists (all pages), each as the sorted list of its article ids; empty
// when a page cannot be read.
inline std::set<std::vector<std::string>> ListedStories(ServerProcess& s) {
  using nlohmann::json;
  std::set<std::vector<std::string>> out;
  std::string cursor;
  for (int page = 0; page < 1000; ++page) {
    auto res = s.client().Get("/stories?limit=100" + (cursor.empty() ? "" : "&cursor=" + cursor));
    if (!res || res->status != 200) return {};
    const json p = json::parse(res->body);
    for (const json& brief : p["stories"]) {
      const json st = json::parse(
          s.client().Get("/stories/" + std::to_string(brief["id"].get<uint64_t>()))->body);
      std::vector<std::string> ids;
      for (const json& a : st["articles"]) ids.push_back(a["id"]);
      std::sort(ids.begin(), ids.end());
      out.insert(ids);
    }
    if (p["next_cursor"].is_null()) break;
    cursor = p["next_cursor"];
  }
  return out;
}

// Waits until every story has a summary of its current version (the /metrics gauge of stories
// waiting reads 0), polling every 50 ms for at most `polls` times; false when it never does.
inline bool SummariesCaughtUp(ServerProcess& s, int polls = 300) {
  for (int i = 0; i < polls; ++i) {
    auto res = s.client().Get("/metrics");
    if (res && res->body.find("\nprecis_stories_waiting_for_summary 0\n") != std::string::npos) {
      return true;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return false;
}

}  // namespace precis::testing

#endif  // PRECIS_TESTS_SERVER_SERVER_PROCESS_H_
