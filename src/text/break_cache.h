// Per-thread cache of ICU break iterators.
//
// Creating an ICU BreakIterator loads and compiles rule data and costs tens of microseconds;
// cloning a prototype is cheaper, and reusing one is free. Each thread keeps its own iterators
// (a BreakIterator is not thread-safe), cloned from a process-wide prototype per locale.
// The returned iterator stays owned by the cache and valid until the thread exits; callers
// set their own text on it and must not keep it across calls into other code that may use
// the same cache on the same thread with another text (set the text again instead).
#ifndef PRECIS_TEXT_BREAK_CACHE_H_
#define PRECIS_TEXT_BREAK_CACHE_H_

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <string_view>

namespace precis::text_internal {

enum class BreakKind { kSentence, kWord };

// Returns this thread's iterator of `kind` for ICU locale `locale` ("" is the root locale).
// Never null: if ICU cannot build one for `locale` it falls back to the root locale, and
// aborts only if ICU's data is missing altogether (a broken installation, not bad input).
icu::BreakIterator* ThreadBreakIterator(BreakKind kind, std::string_view locale);

// A UText over UTF-8 bytes that lives on the stack and is closed on scope exit, so break
// positions are byte offsets into `bytes`. REQUIRES: bytes.size() < 2^31.
class Utf8Text {
 public:
  explicit Utf8Text(std::string_view bytes);
  ~Utf8Text() { utext_close(&text_); }
  Utf8Text(const Utf8Text&) = delete;
  Utf8Text& operator=(const Utf8Text&) = delete;
  UText* get() { return &text_; }

 private:
  UText text_ = UTEXT_INITIALIZER;
};

}  // namespace precis::text_internal

#endif  // PRECIS_TEXT_BREAK_CACHE_H_
