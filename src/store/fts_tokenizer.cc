// The FTS5 tokenizer "precis": the words of precis's own word tokenizer (TokenizeWords: ICU's
// word break, dictionary-based for Han, kana, Thai and the other scripts written without
// spaces, then NFKC and case folding), so that search finds "地震" or "น้ำท่วม" inside running
// text. FTS5's unicode61 tokenizer makes a whole run of such characters one token, so only a
// query of the same whole clause matched.
//
// Each word is then stemmed by the Snowball stemmer of its script's main language (Latin:
// English, Cyrillic: Russian, Greek, Arabic, Devanagari: Hindi, Tamil, Armenian), so "Москве"
// finds "Москва" and "floods" finds "flooded". The stemmer follows the word's script, not the
// article's language, which the tokenizer never sees (FTS5 hands it one column's text): the
// same word is stemmed the same way in an article and in a query, whatever language either
// is in. A French word is stemmed as English: its plural "-s" still goes, the rest of its
// endings mostly stay. Words of other scripts are left whole.
#include <sqlite3.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <array>
#include <memory>
#include <vector>

#include "precis/text.h"
#include "store/sqlite_db.h"

namespace precis::store {
namespace {

// The tokenizer keeps no state; FTS5 still wants an object per table.
struct Tokenizer {};

// The Snowball language of each script with one (index: kStemScripts).
constexpr std::array<std::pair<UScriptCode, const char*>, 7> kStemScripts = {{
    {USCRIPT_LATIN, "english"},
    {USCRIPT_CYRILLIC, "russian"},
    {USCRIPT_GREEK, "greek"},
    {USCRIPT_ARABIC, "arabic"},
    {USCRIPT_DEVANAGARI, "hindi"},
    {USCRIPT_TAMIL, "tamil"},
    {USCRIPT_ARMENIAN, "armenian"},
}};

// The stem of a case-folded word, by the stemmer of its first letter's script; the word
// itself for other scripts and for words without a letter ("2024").
std::string_view StemByScript(std::string_view word) {
  thread_local std::array<std::unique_ptr<Stemmer>, kStemScripts.size()> stemmers;
  const int32_t n = static_cast<int32_t>(word.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(word.data(), i, n, c);
    if (c < 0) return word;
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(c, &status);
    if (script == USCRIPT_COMMON || script == USCRIPT_INHERITED) continue;  // digits, marks
    for (size_t k = 0; k < kStemScripts.size(); ++k) {
      if (kStemScripts[k].first != script) continue;
      if (stemmers[k] == nullptr) stemmers[k] = Stemmer::Create(kStemScripts[k].second);
      return stemmers[k] == nullptr ? word : stemmers[k]->Stem(word);
    }
    return word;
  }
  return word;
}

int Create(void*, const char**, int, Fts5Tokenizer** out) {
  *out = reinterpret_cast<Fts5Tokenizer*>(new Tokenizer);
  return SQLITE_OK;
}

void Delete(Fts5Tokenizer* t) { delete reinterpret_cast<Tokenizer*>(t); }

int Tokenize(Fts5Tokenizer*, void* context, int, const char* text, int size,
             int (*emit)(void*, int, const char*, int, int, int)) {
  if (size <= 0) return SQLITE_OK;
  const std::string_view view(text, static_cast<size_t>(size));
  // FTS5 hands over what it stored, which precis wrote as valid UTF-8; anything else (a
  // database edited by hand) is not split rather than misread.
  if (!IsValidUtf8(view)) return SQLITE_OK;
  thread_local std::vector<WordToken> words;
  words.clear();
  TokenizeWords(view, Span{0, static_cast<uint32_t>(size)}, &words);
  for (const WordToken& w : words) {
    const std::string_view stem = StemByScript(w.norm);
    if (stem.empty()) continue;  // FTS5 refuses empty tokens
    const int rc = emit(context, 0, stem.data(), static_cast<int>(stem.size()),
                        static_cast<int>(w.span.begin), static_cast<int>(w.span.end));
    if (rc != SQLITE_OK) return rc;
  }
  return SQLITE_OK;
}

}  // namespace

Status RegisterFtsTokenizer(sqlite3* db) {
  // The documented way to reach the FTS5 API: SELECT fts5(?1) with a pointer bound to ?1.
  fts5_api* api = nullptr;
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK) {
    return Status::IoError(std::string("database: FTS5 is not available: ") + sqlite3_errmsg(db));
  }
  sqlite3_bind_pointer(stmt, 1, &api, "fts5_api_ptr", nullptr);
  sqlite3_step(stmt);
  sqlite3_finalize(stmt);
  if (api == nullptr) return Status::IoError("database: FTS5 is not available");
  fts5_tokenizer tokenizer{Create, Delete, Tokenize};
  if (api->xCreateTokenizer(api, kFtsTokenizer, nullptr, &tokenizer, nullptr) != SQLITE_OK) {
    return Status::IoError(std::string("database: cannot register the FTS5 tokenizer: ") +
                           sqlite3_errmsg(db));
  }
  return Status::Ok();
}

}  // namespace precis::store
