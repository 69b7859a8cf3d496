#include "text/break_cache.h"

#include <unicode/locid.h>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

namespace precis::text_internal {
namespace {

icu::BreakIterator* CreateIterator(BreakKind kind, const icu::Locale& locale) {
  UErrorCode status = U_ZERO_ERROR;
  icu::BreakIterator* it = kind == BreakKind::kSentence
                               ? icu::BreakIterator::createSentenceInstance(locale, status)
                               : icu::BreakIterator::createWordInstance(locale, status);
  if (U_FAILURE(status)) {
    delete it;
    return nullptr;
  }
  return it;
}

// Prototypes are created once per (kind, locale) and only ever cloned afterwards; clone() is
// const on the ICU side but not documented as thread-safe, so it happens under the lock.
icu::BreakIterator* ClonePrototype(BreakKind kind, const std::string& locale) {
  static std::mutex mu;
  static auto* prototypes =
      new std::map<std::pair<BreakKind, std::string>, std::unique_ptr<icu::BreakIterator>>;
  std::lock_guard<std::mutex> lock(mu);
  auto& slot = (*prototypes)[{kind, locale}];
  if (!slot) {
    slot.reset(CreateIterator(kind, icu::Locale::createCanonical(locale.c_str())));
    if (!slot) slot.reset(CreateIterator(kind, icu::Locale::getRoot()));
    if (!slot) {
      std::fprintf(stderr, "precis: ICU break iterator data is missing\n");
      std::abort();
    }
  }
  return slot->clone();
}

struct CacheEntry {
  BreakKind kind;
  std::string locale;
  std::unique_ptr<icu::BreakIterator> iterator;
};

}  // namespace

icu::BreakIterator* ThreadBreakIterator(BreakKind kind, std::string_view locale) {
  // A handful of entries per thread at most (one word iterator, a sentence iterator per
  // language in use), so a linear scan beats a map.
  thread_local std::vector<CacheEntry> cache;
  for (CacheEntry& e : cache) {
    if (e.kind == kind && e.locale == locale) return e.iterator.get();
  }
  std::string key(locale);
  std::unique_ptr<icu::BreakIterator> it(ClonePrototype(kind, key));
  cache.push_back(CacheEntry{kind, std::move(key), std::move(it)});
  return cache.back().iterator.get();
}

Utf8Text::Utf8Text(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  utext_openUTF8(&text_, bytes.data(), static_cast<int64_t>(bytes.size()), &status);
  if (U_FAILURE(status)) {
    std::fprintf(stderr, "precis: utext_openUTF8 failed: %s\n", u_errorName(status));
    std::abort();
  }
}

}  // namespace precis::text_internal
