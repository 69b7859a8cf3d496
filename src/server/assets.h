// The web page's files (web/), embedded into the binary at build time
// (embed_assets.cmake writes their bytes into a generated source), so `precis
// serve` works from any folder.
#ifndef PRECIS_SERVER_ASSETS_H_
#define PRECIS_SERVER_ASSETS_H_

#include <string_view>

namespace precis::server {

// The file served at `path` ("/" is index.html) and its content type; false
// when none.
bool FindAsset(std::string_view path, std::string_view* body, std::string_view* content_type);

}  // namespace precis::server

#endif  // PRECIS_SERVER_ASSETS_H_
