// HttpServer: routes, authentication, limits, errors and metrics over
// cpp-httplib. Handlers stay thin: parse, call the Service or the store, render
// (render.h).
#include "server/http_server.h"

#include <httplib.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <initializer_list>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <regex>

#include "server/answer_cache.h"
#include "server/assets.h"
#include "server/body.h"
#include "server/metrics.h"
#include "server/render.h"
#include "text/ascii.h"

namespace precis::server {
namespace {

using nlohmann::json;
using Clock = std::chrono::steady_clock;

// Per request (cpp-httplib answers a request on one worker thread from start to
// end).
thread_local const char* t_route = "other";
thread_local Clock::time_point t_start;
// The request came as a form (curl -d's default type, which the pre-routing handler removes).
thread_local bool t_form = false;

std::string Dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

void SendJson(httplib::Response& res, const json& j, int status = 200) {
  res.status = status;
  res.set_content(Dump(j), "application/json");
}

void SendError(httplib::Response& res, int status, const std::string& error,
               const std::string& detail, size_t line = 0, const std::string& field = "") {
  json j = {{"error", error}, {"detail", detail}};
  if (line > 0) j["line"] = line;
  if (!field.empty()) j["field"] = field;
  SendJson(res, j, status);
}

void StoreError(httplib::Response& res, const Status& s) {
  SendError(res, 500, "internal", s.message());
}

// Every query parameter of `req` is one of `known`; else false after sending 400 naming the
// first other one (`/stories?query=x` answered every story, as if unfiltered).
bool KnownParams(const httplib::Request& req, httplib::Response& res, const char* route,
                 std::initializer_list<std::string_view> known) {
  for (const auto& [name, value] : req.params) {
    if (std::find(known.begin(), known.end(), name) != known.end()) continue;
    std::string takes;
    for (std::string_view k : known) (takes += takes.empty() ? "" : ", ") += k;
    SendError(res, 400, "bad_request",
              "unknown parameter '" + name + "' (" + route +
                  (known.size() == 0 ? " takes none)" : " takes " + takes + ")"),
              0, name);
    return false;
  }
  return true;
}

// An unsigned integer parameter in [lo, hi] (`fallback` when absent); false
// after sending 400.
bool UintParam(const httplib::Request& req, httplib::Response& res, const char* name, uint64_t lo,
               uint64_t hi, uint64_t fallback, uint64_t* out) {
  *out = fallback;
  if (!req.has_param(name)) return true;
  const std::string v = req.get_param_value(name);
  if (v.empty() || v.size() > 19 || v.find_first_not_of("0123456789") != std::string::npos ||
      std::stoull(v) < lo || std::stoull(v) > hi) {
    SendError(res, 400, "bad_request",
              std::string("parameter '") + name + "' must be an integer from " +
                  std::to_string(lo) + " to " + std::to_string(hi),
              0, name);
    return false;
  }
  *out = std::stoull(v);
  return true;
}

// A date parameter ("2024-03-11" or a full ISO 8601 time); a bare day as `to`
// means its end.
bool DateParam(const httplib::Request& req, httplib::Response& res, const char* name,
               bool end_of_day, int64_t* out) {
  if (!req.has_param(name) || req.get_param_value(name).empty()) return true;
  const std::string v = req.get_param_value(name);
  if (!ParseDate(v, out)) {
    SendError(res, 400, "bad_request",
              std::string("parameter '") + name + "' must be an ISO 8601 date", 0, name);
    return false;
  }
  if (end_of_day && v.size() == 10) *out += 86399;
  return true;
}

std::string Cursor(const store::StoryRecord& r) {
  return std::to_string(r.last_time) + "_" + std::to_string(r.story.id);
}

bool ParseCursor(const std::string& c, store::StoryQuery* q) {
  static const std::regex kCursor(R"((-?[0-9]{1,18})_([0-9]{1,19}))");
  std::smatch m;
  if (!std::regex_match(c, m, kCursor)) return false;
  q->after = true;
  q->after_time = std::stoll(m[1].str());
  q->after_id = std::stoull(m[2].str());
  return true;
}

bool ConstantTimeEqual(const std::string& a, const std::string& b) {
  if (a.size() != b.size()) return false;
  unsigned char diff = 0;
  for (size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i]);
  return diff == 0;
}

const char* ReasonError(int status) {
  switch (status) {
    case 400:
      return "bad_request";
    case 401:
      return "unauthorized";
    case 404:
      return "not_found";
    case 405:
      return "method_not_allowed";
    case 408:
      return "timeout";
    case 413:
      return "payload_too_large";
    case 414:
      return "uri_too_long";
    case 415:
      return "unsupported_media_type";
    default:
      return status >= 500 ? "internal" : "error";
  }
}

// Sends a cached or fresh answer with its ETag, or 304 Not Modified (no body) when the
// request's If-None-Match names it. `no-cache`: clients keep the answer but ask again each
// time (a revalidation costs a 304).
void SendAnswer(const httplib::Request& req, httplib::Response& res, const Answer& answer) {
  res.set_header("ETag", answer.etag);
  res.set_header("Cache-Control", "no-cache");
  if (req.has_header("If-None-Match") &&
      EtagMatches(req.get_header_value("If-None-Match"), answer.etag)) {
    res.status = 304;
    return;
  }
  res.set_content(answer.body, "application/json");
}

void SendRedirect(httplib::Response& res, const Answer& answer) {
  res.status = 301;
  res.set_header("Location", "/stories/" + std::to_string(answer.redirect));
  res.set_content(answer.body, "application/json");
}

// Renders `j` as a cacheable answer.
std::shared_ptr<const Answer> MakeAnswer(const json& j) {
  auto a = std::make_shared<Answer>();
  a->body = Dump(j);
  a->etag = BodyEtag(a->body);
  return a;
}

}  // namespace

bool IsLoopback(const std::string& host) {
  return host == "localhost" || host == "::1" || host == "[::1]" || host.starts_with("127.");
}

struct HttpServer::Impl {
  Impl(Service* s, const HttpOptions& o) : service(s), options(o) {}
  void Routes();
  // Reads a request's body into *body, at most options.max_body_bytes of it (chunked or not).
  // On failure answers 413 (too large) or 400 (unreadable), closing the connection after the
  // answer, and returns false.
  bool ReadBody(const httplib::Request& req, const httplib::ContentReader& reader,
                httplib::Response& res, std::string* body);
  void PostArticles(const httplib::Request& req, const std::string& body, httplib::Response& res);
  void GetStories(const httplib::Request& req, httplib::Response& res);
  void GetStory(const httplib::Request& req, httplib::Response& res);
  void GetArticle(const httplib::Request& req, httplib::Response& res);
  void GetSearch(const httplib::Request& req, httplib::Response& res);
  void GetMetrics(httplib::Response& res);

  // Answers of GET /stories by request target (stamp: the published list's generation) and of
  // GET /stories/{id} by id (stamp: the story's, Service::story_stamps).
  static constexpr size_t kListAnswerBytes = size_t{16} << 20;
  static constexpr size_t kStoryAnswerBytes = size_t{64} << 20;
  AnswerCache list_cache{kListAnswerBytes};
  AnswerCache story_cache{kStoryAnswerBytes};
  AnswerCache redirect_cache{kRedirectAnswerBytes};  // 301s of merged stories, by id
  static constexpr size_t kRedirectAnswerBytes = size_t{4} << 20;

  Service* service;
  HttpOptions options;
  httplib::Server svr;
  Metrics metrics;
  int port = 0;
};

void HttpServer::Impl::Routes() {
  // Route labels for metrics are set by each handler.
  auto route = [](const char* name, auto fn) {
    return [name, fn](const httplib::Request& req, httplib::Response& res) {
      t_route = name;
      fn(req, res);
    };
  };
  // The page's files change only with the binary: an ETag of their bytes, computed once here,
  // lets a browser revalidate them with a 304 instead of loading them again.
  std::map<std::string, std::string, std::less<>> asset_etags;
  for (const char* path : {"/", "/index.html", "/app.css", "/app.js"}) {
    std::string_view body, type;
    if (FindAsset(path, &body, &type)) asset_etags[path] = BodyEtag(body);
  }
  svr.Get(R"(/|/index\.html|/app\.css|/app\.js)",
          route("asset", [asset_etags = std::move(asset_etags)](const httplib::Request& req,
                                                                httplib::Response& res) {
            std::string_view body, type;
            FindAsset(req.path, &body, &type);
            const auto etag = asset_etags.find(req.path);
            if (etag != asset_etags.end()) {
              res.set_header("ETag", etag->second);
              res.set_header("Cache-Control", "no-cache");
              if (req.has_header("If-None-Match") &&
                  EtagMatches(req.get_header_value("If-None-Match"), etag->second)) {
                res.status = 304;
                return;
              }
            }
            res.set_content(std::string(body), std::string(type));
          }));
  svr.Get("/health", route("health", [](const httplib::Request&, httplib::Response& res) {
            SendJson(res, {{"status", "ok"}});
          }));
  svr.Get("/metrics", route("metrics", [this](const httplib::Request&, httplib::Response& res) {
            GetMetrics(res);
          }));
  // Bodies are read through content readers (ReadBody) rather than by cpp-httplib into
  // req.body: the system cpp-httplib (0.11) applies set_payload_max_length to bodies with a
  // Content-Length only, so it would read a chunked body whole, however large.
  svr.Post("/articles", [this](const httplib::Request& req, httplib::Response& res,
                               const httplib::ContentReader& reader) {
    t_route = "post_articles";
    std::string body;
    if (ReadBody(req, reader, res, &body)) PostArticles(req, body, res);
  });
  auto flush = [this](const httplib::Request& req, httplib::Response& res) {
    t_route = "flush";
    if (!KnownParams(req, res, "POST /flush", {})) return;
    size_t closed = 0;
    const Status s = service->Flush(&closed);
    if (!s.ok()) return StoreError(res, s);
    SendJson(res, {{"closed", closed}});
  };
  svr.Post("/flush", flush);
  svr.Post("/flush", [this, flush](const httplib::Request& req, httplib::Response& res,
                                   const httplib::ContentReader& reader) {
    std::string ignored;  // a body means nothing here, but it is read within the limit
    if (ReadBody(req, reader, res, &ignored)) flush(req, res);
  });
  svr.Get("/stories",
          route("stories", [this](const auto& req, auto& res) { GetStories(req, res); }));
  svr.Get(R"(/stories/([^/]+))",
          route("story", [this](const auto& req, auto& res) { GetStory(req, res); }));
  svr.Get(R"(/articles/(.+))",
          route("article", [this](const auto& req, auto& res) { GetArticle(req, res); }));
  svr.Get("/search", route("search", [this](const auto& req, auto& res) { GetSearch(req, res); }));
  // Anything else: 405 on a known path with another method, else 404.
  auto fallback = [](const httplib::Request& req, httplib::Response& res) {
    t_route = "other";
    static const std::regex kGet(
        R"(/|/index\.html|/app\.css|/app\.js|/health|/metrics|/stories|/stories/[^/]+|/search)");
    static const std::regex kArticles(R"(/articles/.+)");
    std::string allow;
    if (req.path == "/articles" || req.path == "/flush") {
      allow = "POST";
    } else if (std::regex_match(req.path, kArticles)) {
      allow = "GET";
    } else if (std::regex_match(req.path, kGet)) {
      allow = "GET";
    }
    if (allow.empty()) {
      return SendError(res, 404, "not_found", "no route " + req.method + " " + req.path);
    }
    res.set_header("Allow", allow);
    SendError(res, 405, "method_not_allowed",
              req.method + " is not allowed on " + req.path + " (allowed: " + allow + ")");
  };
  svr.Get(".*", fallback);
  svr.Post(".*", fallback);
  svr.Put(".*", fallback);
  svr.Patch(".*", fallback);
  svr.Delete(".*", fallback);
  svr.Options(".*", fallback);
  // The same when the request has a body: read within the limit, then answered.
  auto fallback_with_body = [this, fallback](const httplib::Request& req, httplib::Response& res,
                                             const httplib::ContentReader& reader) {
    std::string ignored;
    if (ReadBody(req, reader, res, &ignored)) fallback(req, res);
  };
  svr.Post(".*", fallback_with_body);
  svr.Put(".*", fallback_with_body);
  svr.Patch(".*", fallback_with_body);
  svr.Delete(".*", fallback_with_body);

  svr.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
    t_start = Clock::now();
    t_route = "other";
    // Bodies are JSON whatever their Content-Type. cpp-httplib would parse
    // a form-encoded body (curl -d's default) as form fields and refuse one
    // over 8 KB; the request object is not const where cpp-httplib owns it,
    // so its type is corrected here, before the body is read.
    const std::string content_type = req.get_header_value("Content-Type");
    auto type = req.headers.find("Content-Type");
    t_form =
        type != req.headers.end() && type->second.starts_with("application/x-www-form-urlencoded");
    if (t_form) const_cast<httplib::Request&>(req).headers.erase(type->first);
    // A request with neither Content-Length nor Transfer-Encoding has an empty body (RFC 9112,
    // 6.3: `curl -X POST URL` sends such a request). cpp-httplib would read it until the
    // client closes or the read timeout passes (30 s); the length is made explicit instead.
    if ((req.method == "POST" || req.method == "PUT" || req.method == "PATCH") &&
        !req.has_header("Content-Length") && !req.has_header("Transfer-Encoding")) {
      const_cast<httplib::Request&>(req).set_header("Content-Length", "0");
    }
    // A body in an encoding the service cannot decode is refused before it is read (RFC
    // 9110, 8.4.1: 415); cpp-httplib would hand over an unknown one (zstd) as it came.
    if (const std::string encoding = req.get_header_value("Content-Encoding");
        !encoding.empty() && encoding != "identity" && encoding != "gzip" && encoding != "x-gzip" &&
        encoding != "deflate") {
      const_cast<httplib::Request&>(req).set_header("Connection", "close");
      SendError(res, 415, "unsupported_media_type",
                "Content-Encoding '" + encoding + "' is not supported (gzip and deflate are)");
      return httplib::Server::HandlerResponse::Handled;
    }
    // A form upload (curl -F, requests.post(files=...)) is not a body of articles; cpp-httplib
    // would parse it as form parts, which the routes' readers refuse with a 500.
    if (content_type.starts_with("multipart/")) {
      const_cast<httplib::Request&>(req).set_header("Connection", "close");
      SendError(res, 415, "unsupported_media_type",
                "a " + content_type.substr(0, content_type.find(';')) +
                    " body is not supported: send the articles as the body itself, JSON or "
                    "JSON Lines (curl --data-binary @file.jsonl)");
      return httplib::Server::HandlerResponse::Handled;
    }
    if (options.token.empty() || req.path == "/health")
      return httplib::Server::HandlerResponse::Unhandled;
    const bool write = req.method != "GET" && req.method != "HEAD";
    if (!write && options.public_read) return httplib::Server::HandlerResponse::Unhandled;
    const std::string auth = req.get_header_value("Authorization");
    // The scheme name is case-insensitive (RFC 9110, 11.1): "bearer" is "Bearer".
    auto is_bearer = [](std::string_view a) {
      if (a.size() < 7 || a[6] != ' ') return false;
      for (size_t i = 0; i < 6; ++i) {
        if (text_internal::AsciiLower(a[i]) != "bearer"[i]) return false;
      }
      return true;
    };
    if (is_bearer(auth) && ConstantTimeEqual(auth.substr(7), options.token)) {
      return httplib::Server::HandlerResponse::Unhandled;
    }
    res.set_header("WWW-Authenticate", "Bearer");
    SendError(res, 401, "unauthorized", "a valid 'Authorization: Bearer <token>' is required");
    return httplib::Server::HandlerResponse::Handled;
  });
  // Errors cpp-httplib answers itself (413, a bad request line, ...) get a JSON
  // body too.
  svr.set_error_handler(httplib::Server::HandlerWithResponse(
      [this](const httplib::Request& req, httplib::Response& res) {
        if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
        std::string detail = "HTTP " + std::to_string(res.status);
        if (res.status == 413) {
          detail = "request body over " + std::to_string(options.max_body_bytes) + " bytes";
        }
        SendError(res, res.status, ReasonError(res.status), detail);
        return httplib::Server::HandlerResponse::Handled;
      }));
  svr.set_logger([this](const httplib::Request&, const httplib::Response& res) {
    const double seconds = t_start == Clock::time_point()
                               ? 0
                               : std::chrono::duration<double>(Clock::now() - t_start).count();
    metrics.Observe(t_route, res.status, seconds);
    t_start = Clock::time_point();
    // A request cpp-httplib refuses before routing (a malformed request line, such as the
    // unread rest of a body over the limit) counts as "other", not as the last route.
    t_route = "other";
  });
}

bool HttpServer::Impl::ReadBody(const httplib::Request& req, const httplib::ContentReader& reader,
                                httplib::Response& res, std::string* body) {
  // Past the limit the body is read on and dropped, up to kDiscardBytes more, so that the
  // client, still sending, gets the 413 rather than a reset connection; a body longer than
  // that is cut off (no memory is held for it either way).
  constexpr size_t kDiscardBytes = size_t{64} << 20;
  bool over = false;
  size_t discarded = 0;
  const bool read = reader([&](const char* data, size_t size) {
    if (over || size > options.max_body_bytes - body->size()) {
      over = true;
      discarded += size;
      return discarded <= kDiscardBytes;
    }
    body->append(data, size);
    return true;
  });
  if (over) body->clear();
  if (read && !over) return true;
  // Close the connection after the answer: the rest of a body may be left unread (the
  // request's header is what cpp-httplib reads to decide).
  const_cast<httplib::Request&>(req).set_header("Connection", "close");
  if (over || res.status == 413) {
    SendError(res, 413, "payload_too_large",
              "request body over " + std::to_string(options.max_body_bytes) + " bytes");
  } else if (const std::string encoding = req.get_header_value("Content-Encoding");
             !encoding.empty() && encoding != "identity") {
    // Only gzip and deflate get here (the pre-routing handler refuses other encodings, and
    // gives a body without a length a length of 0).
    SendError(res, 400, "bad_request",
              "the body could not be decompressed: not valid " + encoding + " data");
  } else {
    SendError(res, 400, "bad_request", "the request body could not be read");
  }
  return false;
}

void HttpServer::Impl::PostArticles(const httplib::Request& req, const std::string& body,
                                    httplib::Response& res) {
  if (!KnownParams(req, res, "POST /articles", {"replace"})) return;
  std::vector<Article> articles;
  BodyError err;
  std::vector<std::string> body_notes;
  if (!ParseArticlesBody(body, &articles, &err, &body_notes)) {
    // `curl -d @feed.jsonl` sends a form and drops the file's newlines, so a JSON Lines feed
    // arrives as one line of objects: say so, as the cause is not in the file.
    if (t_form && err.line == 1 && body.find('\n') == std::string::npos) {
      err.detail +=
          " (the body came as a form without newlines, as `curl -d` sends a file: "
          "post JSON Lines with `curl --data-binary @FILE`)";
    }
    return SendError(res, 400, "bad_request", err.detail, err.line, err.field);
  }
  const std::string replace_param = req.get_param_value("replace");
  if (!replace_param.empty() && replace_param != "1" && replace_param != "true" &&
      replace_param != "0" && replace_param != "false") {
    return SendError(
        res, 400, "bad_request",
        "parameter 'replace' must be 1, true, 0 or false, got '" + replace_param + "'");
  }
  const bool replace = replace_param == "1" || replace_param == "true";
  std::vector<IngestOutcome> outcomes;
  std::string message;
  IngestNotes notes;
  switch (service->Ingest(articles, replace, &outcomes, &message, &notes)) {
    case IngestError::kNone:
      break;
    case IngestError::kConflict: {
      // The line of the article at fault, as a 400 about the body gives.
      const size_t q = message.find('\'');
      const size_t e = q == std::string::npos ? q : message.find('\'', q + 1);
      const size_t line =
          e == std::string::npos ? 0 : LineOfArticle(body, message.substr(q + 1, e - q - 1));
      return SendError(res, 409, "conflict", message, line, "id");
    }
    case IngestError::kInvalid:
      return SendError(res, 400, "bad_request", message, 0, "id");
    case IngestError::kStore:
      return SendError(res, 503, "unavailable", "nothing stored: " + message);
  }
  json list = json::array();
  size_t added = 0;
  for (const IngestOutcome& o : outcomes) {
    json j = {{"id", o.id},
              {"status", o.status},
              {"story", o.story},
              {"duplicate", !o.duplicate_of.empty()}};
    if (!o.duplicate_of.empty()) j["duplicate_of"] = o.duplicate_of;
    added += o.status == "added";
    list.push_back(std::move(j));
  }
  json answer = {{"articles", std::move(list)}, {"added", added}};
  json warnings = json::array();
  for (std::string& n : body_notes) warnings.push_back(std::move(n));
  if (notes.out_of_order > 0) {
    warnings.push_back(std::to_string(notes.out_of_order) +
                       " article(s) out of date order in this post: clustered in date order");
  }
  if (notes.late > 0) {
    warnings.push_back(std::to_string(notes.late) +
                       " article(s) dated before articles of earlier posts: placed as they "
                       "came (post a feed in date order for the stories `precis cluster` "
                       "gives)");
  }
  if (notes.unreadable_dates.unreadable > 0) {
    // Name the first few, so that a crawler's log says which records to fix.
    warnings.push_back(std::to_string(notes.unreadable_dates.unreadable) +
                       " article(s) with a date that is not ISO 8601 or RFC 5322 (" +
                       notes.unreadable_dates.UnreadableIds() +
                       "): stored as given, clustered at the previous article's time");
  }
  if (notes.future_dates.unreadable > 0) {
    warnings.push_back(std::to_string(notes.future_dates.unreadable) +
                       " article(s) dated more than a day after they arrived (" +
                       notes.future_dates.UnreadableIds() +
                       "): stored as given, clustered at the previous article's time");
  }
  if (!warnings.empty()) answer["warnings"] = std::move(warnings);
  SendJson(res, answer);
}

void HttpServer::Impl::GetStories(const httplib::Request& req, httplib::Response& res) {
  // Answered from the published list (no database read, no lock held by a
  // writer) unless the page needs the store.
  if (!KnownParams(req, res, "GET /stories", {"q", "from", "to", "limit", "cursor"})) return;
  const std::shared_ptr<const StoryList> list = service->Stories();
  if (auto cached = list_cache.Get(req.target, list->generation)) {
    return SendAnswer(req, res, *cached);
  }
  store::StoryQuery q;
  uint64_t limit;
  if (!UintParam(req, res, "limit", 1, 100, 20, &limit)) return;
  q.limit = limit;
  if (!DateParam(req, res, "from", false, &q.from) || !DateParam(req, res, "to", true, &q.to)) {
    return;
  }
  if (!req.get_param_value("from").empty() && !req.get_param_value("to").empty() && q.from > q.to) {
    return SendError(res, 400, "bad_request",
                     "parameter 'from' (" + req.get_param_value("from") + ") is after 'to' (" +
                         req.get_param_value("to") + ")",
                     0, "from");
  }
  q.text = req.get_param_value("q");
  const std::string cursor = req.get_param_value("cursor");
  if (!cursor.empty() && !ParseCursor(cursor, &q)) {
    return SendError(res, 400, "bad_request", "invalid cursor (use next_cursor of a page)", 0,
                     "cursor");
  }
  std::vector<store::StoryRecord> stories;
  bool more = false;
  if (!ListFromSnapshot(*list, q, &stories, &more)) {
    const Status s = service->store().ListStories(q, &stories, &more);
    if (!s.ok()) return StoreError(res, s);
  }
  json briefs = json::array();
  for (const store::StoryRecord& r : stories) briefs.push_back(StoryBrief(r));
  json j = {{"stories", std::move(briefs)}};
  j["next_cursor"] = more && !stories.empty() ? json(Cursor(stories.back())) : json(nullptr);
  auto answer = MakeAnswer(j);
  SendAnswer(req, res, *answer);
  list_cache.Put(req.target, list->generation, std::move(answer));
}

void HttpServer::Impl::GetStory(const httplib::Request& req, httplib::Response& res) {
  if (!KnownParams(req, res, "GET /stories/{id}", {})) return;
  const std::string id_text = req.matches[1];
  if (id_text.empty() || id_text.size() > 19 ||
      id_text.find_first_not_of("0123456789") != std::string::npos) {
    return SendError(res, 404, "not_found", "no story '" + id_text + "'");
  }
  const uint64_t id = std::stoull(id_text);
  // The stamp is read before the store: an answer is never cached under a stamp newer than
  // the data it was rendered from (answer_cache.h).
  const uint64_t stamp = service->story_stamps.Get(id);
  if (auto cached = story_cache.Get(id_text, stamp)) return SendAnswer(req, res, *cached);
  // A merged story's redirect is final, but its target may be merged later (the chain grows):
  // a cached 301 holds while the target's stamp is the one read when it was cached.
  uint64_t target_stamp = 0;
  if (auto moved = redirect_cache.Find(id_text, &target_stamp);
      moved != nullptr && service->story_stamps.Get(moved->redirect) == target_stamp) {
    return SendRedirect(res, *moved);
  }
  uint64_t final_id = 0;
  bool found = false;
  Status s = service->ResolveStory(id, &final_id, &found);
  if (!s.ok()) return StoreError(res, s);
  if (!found) return SendError(res, 404, "not_found", "no story " + id_text);
  if (final_id != id) {
    // A merged story: its id redirects to the story that absorbed it. Cached when the
    // target, read again after its stamp, is still not merged itself.
    auto moved = std::make_shared<Answer>();
    moved->body = Dump({{"redirect", final_id}});
    moved->redirect = final_id;
    SendRedirect(res, *moved);
    const uint64_t target = service->story_stamps.Get(final_id);
    store::StoryRecord r;
    if (service->store().FindStory(final_id, &r, &found).ok() && found && r.redirect == 0) {
      redirect_cache.Put(id_text, target, std::move(moved));
    }
    return;
  }
  store::StoryRecord r;
  s = service->store().FindStory(id, &r, &found);
  std::vector<store::ArticleRecord> articles;
  if (s.ok()) s = service->store().StoryArticles(id, false, &articles);
  store::SummaryRecord summary;
  bool has_summary = false;
  if (s.ok()) s = service->store().FindSummary(id, &summary, &has_summary);
  if (!s.ok()) return StoreError(res, s);
  auto answer = MakeAnswer(StoryFull(r, articles, has_summary ? &summary : nullptr));
  SendAnswer(req, res, *answer);
  story_cache.Put(id_text, stamp, std::move(answer));
}

void HttpServer::Impl::GetArticle(const httplib::Request& req, httplib::Response& res) {
  if (!KnownParams(req, res, "GET /articles/{id}", {})) return;
  const std::string id = req.matches[1];
  store::ArticleRecord a;
  bool found = false;
  const Status s = service->store().FindArticle(id, &a, &found);
  if (!s.ok()) return StoreError(res, s);
  if (!found) return SendError(res, 404, "not_found", "no article '" + id + "'");
  SendJson(res, ArticleFull(a));
}

void HttpServer::Impl::GetSearch(const httplib::Request& req, httplib::Response& res) {
  if (!KnownParams(req, res, "GET /search", {"q", "limit", "cursor"})) return;
  const std::string q = req.get_param_value("q");
  if (q.empty()) return SendError(res, 400, "bad_request", "parameter 'q' is required", 0, "q");
  uint64_t limit;
  if (!UintParam(req, res, "limit", 1, 100, 20, &limit)) return;
  // Pages: the cursor is the number of hits before the page (the previous page's
  // next_cursor), up to kMaxSearchOffset (deeper pages would rank the whole result again).
  constexpr uint64_t kMaxSearchOffset = 10000;
  uint64_t offset = 0;
  if (const std::string cursor = req.get_param_value("cursor"); !cursor.empty()) {
    if (cursor.size() > 6 || cursor.find_first_not_of("0123456789") != std::string::npos ||
        std::stoull(cursor) > kMaxSearchOffset) {
      return SendError(res, 400, "bad_request",
                       "invalid cursor (use next_cursor of a page; at most " +
                           std::to_string(kMaxSearchOffset) + " hits are paged)",
                       0, "cursor");
    }
    offset = std::stoull(cursor);
  }
  std::vector<store::SearchHit> hits;
  bool more = false;
  const Status s = service->store().Search(q, offset, limit, &hits, &more);
  if (!s.ok()) return StoreError(res, s);
  json list = json::array();
  for (const store::SearchHit& h : hits) {
    json marks = json::array();
    for (const auto& [b, e] : h.highlights) {
      marks.push_back({Utf16Offset(h.snippet, b), Utf16Offset(h.snippet, e)});
    }
    list.push_back({{"article", h.article},
                    {"title", h.title},
                    {"date", h.date},
                    {"source", h.source},
                    {"story", h.story},
                    {"snippet", h.snippet},
                    {"highlights", std::move(marks)}});
  }
  json next = nullptr;
  if (more && offset + limit <= kMaxSearchOffset) next = std::to_string(offset + limit);
  SendJson(res, {{"results", std::move(list)}, {"next_cursor", std::move(next)}});
}

void HttpServer::Impl::GetMetrics(httplib::Response& res) {
  store::StoreStats stats;
  const Status s = service->store().Stats(&stats);
  if (!s.ok()) return StoreError(res, s);
  for (double lag : service->TakeLagSamples()) metrics.ObserveLag(lag / 1000.0);
  const std::string text = metrics.Render({
      {"precis_articles_ingested_total", static_cast<double>(service->articles_ingested.load())},
      {"precis_articles_stored", static_cast<double>(stats.articles)},
      {"precis_stories", static_cast<double>(stats.stories)},
      {"precis_open_stories", static_cast<double>(stats.open_stories)},
      {"precis_stories_waiting_for_summary", static_cast<double>(stats.dirty_stories)},
      {"precis_summaries_computed_total", static_cast<double>(service->summaries_computed.load())},
      {"precis_summary_last_lag_seconds", service->last_lag_ms() / 1000.0},
      {"precis_flushes_total", static_cast<double>(service->flushes.load())},
      {"precis_database_bytes", static_cast<double>(stats.database_bytes)},
  });
  res.set_content(text, "text/plain; version=0.0.4");
}

HttpServer::HttpServer(Service* service, const HttpOptions& options)
    : impl_(std::make_unique<Impl>(service, options)) {
  httplib::Server& svr = impl_->svr;
  svr.set_payload_max_length(options.max_body_bytes);
  svr.set_read_timeout(options.read_timeout_seconds, 0);
  svr.set_write_timeout(options.write_timeout_seconds, 0);
  svr.set_tcp_nodelay(true);  // small JSON answers: no Nagle delay behind a delayed ACK
  svr.set_keep_alive_max_count(100000);
  svr.set_keep_alive_timeout(30);
  // cpp-httplib's default also sets SO_REUSEPORT, which lets a second `precis serve` bind the
  // same port: the kernel then splits the requests between two services and two databases.
  // SO_REUSEADDR alone still allows a quick restart (TIME_WAIT) but refuses a port in use.
  svr.set_socket_options([](socket_t sock) {
    int yes = 1;
    ::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
  });
  const unsigned threads = options.threads;
  svr.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  impl_->Routes();
}

HttpServer::~HttpServer() = default;

Status HttpServer::Bind() {
  const std::string host = impl_->options.host.starts_with('[')
                               ? impl_->options.host.substr(1, impl_->options.host.size() - 2)
                               : impl_->options.host;
  errno = 0;
  if (impl_->options.port == 0) {
    impl_->port = impl_->svr.bind_to_any_port(host);
  } else if (impl_->svr.bind_to_port(host, impl_->options.port)) {
    impl_->port = impl_->options.port;
  } else {
    impl_->port = -1;
  }
  if (impl_->port <= 0) {
    const int error = errno;
    std::string why;
    if (error == EADDRINUSE) {
      why = ": the address is in use (another precis serve, or another program, listens there)";
    } else if (error != 0) {
      why = std::string(": ") + std::strerror(error);
    }
    return Status::IoError("cannot listen on " + impl_->options.host + ":" +
                           std::to_string(impl_->options.port) + why);
  }
  return Status::Ok();
}

int HttpServer::port() const { return impl_->port; }
void HttpServer::Serve() { impl_->svr.listen_after_bind(); }
void HttpServer::Stop() { impl_->svr.stop(); }

}  // namespace precis::server
