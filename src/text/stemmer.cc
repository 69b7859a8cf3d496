// Stemmer: a thin owner of one libstemmer (Snowball) stemmer, UTF-8.
#include <libstemmer.h>

#include <algorithm>
#include <string>

#include "precis/text.h"
#include "text/language.h"

namespace precis {

std::unique_ptr<Stemmer> Stemmer::Create(std::string_view language, Status* status) {
  const std::string name = text_internal::SnowballLanguageName(language);
  const std::vector<std::string> known = StemmerLanguages();
  sb_stemmer* impl = nullptr;
  // sb_stemmer_new also takes some ISO codes of its own; only names we list are accepted so
  // the set of valid inputs does not depend on the libstemmer build.
  if (std::find(known.begin(), known.end(), name) != known.end()) {
    impl = sb_stemmer_new(name.c_str(), "UTF_8");
  }
  if (impl == nullptr) {
    if (status != nullptr) {
      std::string list;
      for (const std::string& k : known) list += (list.empty() ? "" : ", ") + k;
      *status = Status::InvalidArgument("no Snowball stemmer for language '" +
                                        std::string(language) + "' (available: " + list + ")");
    }
    return nullptr;
  }
  if (status != nullptr) *status = Status::Ok();
  return std::unique_ptr<Stemmer>(new Stemmer(impl));
}

Stemmer::~Stemmer() { sb_stemmer_delete(static_cast<sb_stemmer*>(impl_)); }

std::string_view Stemmer::Stem(std::string_view word) {
  auto* impl = static_cast<sb_stemmer*>(impl_);
  const sb_symbol* out = sb_stemmer_stem(impl, reinterpret_cast<const sb_symbol*>(word.data()),
                                         static_cast<int>(word.size()));
  if (out == nullptr) return word;  // out of memory inside libstemmer: leave the word unstemmed
  return std::string_view(reinterpret_cast<const char*>(out),
                          static_cast<size_t>(sb_stemmer_length(impl)));
}

std::vector<std::string> StemmerLanguages() {
  std::vector<std::string> names;
  for (const char** name = sb_stemmer_list(); *name != nullptr; ++name) names.emplace_back(*name);
  return names;
}

}  // namespace precis
