#include "summarize/term_index.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace precis::summarize {
namespace {

bool HasLetter(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c >= 0 && u_isalpha(c)) return true;
  }
  return false;
}

}  // namespace

TermIndex::TermIndex(std::string_view language)
    : language_(language), stemmer_(Stemmer::Create(language)) {
  // A news cluster has a few thousand distinct forms: size for that up front.
  form_to_term_.reserve(4096);
  form_to_word_.reserve(4096);
  stem_to_term_.reserve(4096);
}

void TermIndex::SetLanguage(std::string_view language) {
  if (language == language_) return;
  language_ = std::string(language);
  stemmer_ = Stemmer::Create(language);
  form_to_term_.clear();
  form_to_word_.clear();
}

uint32_t TermIndex::Lookup(std::string_view norm) { return Resolve(norm, true); }
uint32_t TermIndex::Find(std::string_view norm) { return Resolve(norm, false); }

uint32_t TermIndex::Intern(std::string_view stem, bool add) {
  if (auto it = stem_to_term_.find(stem); it != stem_to_term_.end()) return it->second;
  if (!add) return kNone;
  const uint32_t id = static_cast<uint32_t>(stems_.size());
  stems_.emplace_back(stem);
  stem_to_term_.emplace(stems_.back(), id);
  return id;
}

uint32_t TermIndex::Resolve(std::string_view norm, bool add) {
  if (auto it = form_to_term_.find(norm); it != form_to_term_.end()) return it->second;
  uint32_t id = kNone;
  if (HasLetter(norm) && !IsStopword(norm, language_)) {
    id = Intern(stemmer_ ? stemmer_->Stem(norm) : norm, add);
    // An unknown form is not cached when not adding, so a later Lookup can still add it.
    if (id == kNone) return kNone;
  }
  form_to_term_.emplace(std::string(norm), id);
  return id;
}

uint32_t TermIndex::LookupWord(std::string_view norm) {
  if (auto it = form_to_word_.find(norm); it != form_to_word_.end()) return it->second;
  uint32_t id = Lookup(norm);
  if (id == kNone && HasLetter(norm)) {  // a stopword: interned unstemmed, flagged
    id = Intern(norm, true) | kStopBit;
  }
  form_to_word_.emplace(std::string(norm), id);
  return id;
}

}  // namespace precis::summarize
