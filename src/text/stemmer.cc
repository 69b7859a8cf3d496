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

bool IsKnownLanguage(std::string_view language) {
  // ISO 639-1 (the two-letter codes of the languages of the world).
  static constexpr std::string_view kIso6391 =
      "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv "
      "cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr "
      "ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw "
      "ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv "
      "ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr "
      "ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi "
      "yo za zh zu";
  const std::string name = text_internal::SnowballLanguageName(language);
  if (name.size() == 2) {
    const size_t at = kIso6391.find(name);
    if (at != std::string_view::npos && at % 3 == 0) return true;
  }
  static const std::vector<std::string>* known = new std::vector<std::string>(StemmerLanguages());
  return std::find(known->begin(), known->end(), name) != known->end();
}

std::vector<std::string> StemmerLanguages() {
  std::vector<std::string> names;
  for (const char** name = sb_stemmer_list(); *name != nullptr; ++name) names.emplace_back(*name);
  return names;
}

}  // namespace precis
