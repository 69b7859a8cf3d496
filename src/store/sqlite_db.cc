#include "store/sqlite_db.h"

namespace precis::store {

Db::~Db() {
  for (auto& [sql, stmt] : cache_) sqlite3_finalize(stmt);
  if (db_ != nullptr) sqlite3_close(db_);
}

Status Db::Open(const std::string& path, bool read_only) {
  const int flags =
      (read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
      SQLITE_OPEN_NOMUTEX;
  if (sqlite3_open_v2(path.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
    Status s = Status::IoError(path + ": " + (db_ ? sqlite3_errmsg(db_) : "cannot open"));
    return s;
  }
  sqlite3_extended_result_codes(db_, 1);
  PRECIS_RETURN_IF_ERROR(RegisterFtsTokenizer(db_));
  // Readers wait for a checkpoint or the writer instead of failing at once.
  sqlite3_busy_timeout(db_, 10000);
  return Status::Ok();
}

Status Db::Exec(const char* sql) {
  char* err = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err ? err : "unknown error";
    sqlite3_free(err);
    return Status::IoError("database: " + msg);
  }
  return Status::Ok();
}

Status Db::Prepare(const char* sql, sqlite3_stmt** out) {
  auto it = cache_.find(sql);
  if (it != cache_.end()) {
    *out = it->second;
    return Status::Ok();
  }
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v3(db_, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK) {
    return Error("prepare");
  }
  cache_.emplace(sql, stmt);
  *out = stmt;
  return Status::Ok();
}

Status Db::Error(const char* what) const {
  const int code = sqlite3_errcode(db_);
  std::string msg = std::string("database ") + what + ": " + sqlite3_errmsg(db_);
  if ((code & 0xff) == SQLITE_NOTADB || (code & 0xff) == SQLITE_CORRUPT) {
    return Status::DataError(msg);
  }
  return Status::IoError(msg);
}

}  // namespace precis::store
