// HttpServer: the HTTP shell of the Service (cpp-httplib). Handlers parse the
// request into the service's structs, call it and render JSON; every error is a
// JSON object
// {"error", "detail"} (plus "line" and "field" for a bad body) with its status
// code. The routes and shapes are documented in docs/serve.md.
#ifndef PRECIS_SERVER_HTTP_SERVER_H_
#define PRECIS_SERVER_HTTP_SERVER_H_

#include <memory>
#include <string>

#include "precis/status.h"
#include "server/service.h"

namespace precis::server {

struct HttpOptions {
  std::string host = "127.0.0.1";
  int port = 8080;  // 0: any free port (see HttpServer::port)
  // Bearer token for writes, and for reads unless public_read; "" = no token
  // (only allowed on a loopback address). /health never needs one.
  std::string token;
  bool public_read = false;
  size_t max_body_bytes = size_t{16} << 20;  // larger bodies: 413. Default: 16 MB.
  int read_timeout_seconds = 30;
  int write_timeout_seconds = 30;
  // Worker threads; a keep-alive connection holds one while it is open. Default: 64.
  unsigned threads = 64;
};

// True for 127.0.0.0/8, ::1 and "localhost".
bool IsLoopback(const std::string& host);

class HttpServer {
 public:
  HttpServer(Service* service, const HttpOptions& options);
  ~HttpServer();
  // Binds the address. Errors: kIoError when it cannot be bound.
  Status Bind();
  int port() const;
  // Serves until Stop; in-flight requests are finished before it returns.
  void Serve();
  // Thread-safe (not async-signal-safe).
  void Stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace precis::server

#endif  // PRECIS_SERVER_HTTP_SERVER_H_
