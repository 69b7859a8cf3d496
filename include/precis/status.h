// Status: the result of an operation that can fail on bad input or I/O.
//
// Errors inside the library are values, never exceptions (leveldb style). Exceptions,
// exit codes and HTTP codes appear only at the edges (CLI, server, Python).
// A Status is cheap to copy when ok() and is safe to share between threads once built.
#ifndef PRECIS_STATUS_H_
#define PRECIS_STATUS_H_

#include <string>
#include <utility>

namespace precis {

class Status {
 public:
  enum class Code {
    kOk = 0,
    kInvalidArgument,  // the caller passed an option that makes no sense
    kNotFound,         // a file or id does not exist
    kIoError,          // reading or writing failed
    kDataError,        // input exists but is malformed (bad JSON, bad UTF-8, binary ...)
    kUnsupported,      // valid request the build or the method cannot serve
    kInternal,         // a bug or an exhausted resource
  };

  Status() = default;
  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string msg) { return Status(Code::kInvalidArgument, std::move(msg)); }
  static Status NotFound(std::string msg) { return Status(Code::kNotFound, std::move(msg)); }
  static Status IoError(std::string msg) { return Status(Code::kIoError, std::move(msg)); }
  static Status DataError(std::string msg) { return Status(Code::kDataError, std::move(msg)); }
  static Status Unsupported(std::string msg) { return Status(Code::kUnsupported, std::move(msg)); }
  static Status Internal(std::string msg) { return Status(Code::kInternal, std::move(msg)); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  // The same status with "<context>: " put before the message (ok stays ok).
  Status WithContext(const std::string& context) const {
    return ok() ? *this : Status(code_, context + ": " + message_);
  }
  // "OK" or "<code name>: <message>".
  std::string ToString() const;

 private:
  Status(Code code, std::string msg) : code_(code), message_(std::move(msg)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

}  // namespace precis

// Evaluates `expr` (a Status) and returns it from the calling function if it is not ok.
#define PRECIS_RETURN_IF_ERROR(expr)              \
  do {                                            \
    ::precis::Status _precis_status = (expr);     \
    if (!_precis_status.ok()) return _precis_status; \
  } while (0)

#endif  // PRECIS_STATUS_H_
