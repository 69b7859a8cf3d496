#include "ingest/utf8_repair.h"

#include <string_view>

#include "precis/text.h"

namespace precis::ingest {

void ReplaceInvalidUtf8(std::string* text) {
  size_t bad = 0;
  if (IsValidUtf8(*text, &bad)) return;
  std::string out(*text, 0, bad);
  std::string_view rest(*text);
  rest.remove_prefix(bad);
  while (!rest.empty()) {
    // `rest` starts with an invalid byte: replace it and take the valid run after it.
    out += "\xEF\xBF\xBD";
    rest.remove_prefix(1);
    if (IsValidUtf8(rest, &bad)) {
      out.append(rest);
      break;
    }
    out.append(rest.substr(0, bad));
    rest.remove_prefix(bad);
  }
  *text = std::move(out);
}

}  // namespace precis::ingest
