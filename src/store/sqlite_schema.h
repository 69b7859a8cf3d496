// The SQLite store's schema and its numbered forward migrations
// (sqlite_schema.cc).
#ifndef PRECIS_STORE_SQLITE_SCHEMA_H_
#define PRECIS_STORE_SQLITE_SCHEMA_H_

#include <string>

#include "precis/status.h"
#include "store/sqlite_db.h"

namespace precis::store {

// Brings the schema of `db` to the current version in one transaction. Errors:
// kUnsupported for a newer schema, kDataError for a database that is not a
// precis store.
Status MigrateSchema(Db* db, const std::string& path);

}  // namespace precis::store

#endif  // PRECIS_STORE_SQLITE_SCHEMA_H_
