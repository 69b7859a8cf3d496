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
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <memory>
#include <string>
#include <vector>

#include "precis/text.h"
#include "store/sqlite_db.h"
#include "text/ascii.h"
#include "text/language.h"

namespace precis::store {
namespace {

// One per table: the stemmer language of Latin words, the table's tokenizer argument
// (`tokenize='precis german'`; English without one).
struct Tokenizer {
  std::string latin = "english";
};

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

// The script of a word's first letter (digits and marks skipped); USCRIPT_INVALID_CODE for a
// word without a letter or with bad UTF-8.
UScriptCode FirstLetterScript(std::string_view word) {
  const int32_t n = static_cast<int32_t>(word.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(word.data(), i, n, c);
    if (c < 0) return USCRIPT_INVALID_CODE;
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(c, &status);
    if (script != USCRIPT_COMMON && script != USCRIPT_INHERITED) return script;
  }
  return USCRIPT_INVALID_CODE;
}

// The stem of a case-folded word, by the stemmer of its first letter's script (Latin words by
// `latin`'s); the word itself for other scripts and for words without a letter ("2024").
std::string_view StemByScript(std::string_view word, std::string_view latin) {
  thread_local std::array<std::unique_ptr<Stemmer>, kStemScripts.size()> stemmers;
  // Latin words of a feed in another Latin-script language: that language's stemmer.
  thread_local std::string latin_name;
  thread_local std::unique_ptr<Stemmer> latin_stemmer;
  const UScriptCode script = FirstLetterScript(word);
  if (script == USCRIPT_LATIN && latin != "english") {
    if (latin_name != latin) {
      latin_stemmer = Stemmer::Create(latin);
      latin_name = std::string(latin);
    }
    return latin_stemmer == nullptr ? word : latin_stemmer->Stem(word);
  }
  for (size_t k = 0; k < kStemScripts.size(); ++k) {
    if (kStemScripts[k].first != script) continue;
    if (stemmers[k] == nullptr) stemmers[k] = Stemmer::Create(kStemScripts[k].second);
    return stemmers[k] == nullptr ? word : stemmers[k]->Stem(word);
  }
  return word;
}

// A Latin word without its accents ("grève" -> "greve", the case-folded "İstanbul",
// "i̇stanbul", -> "istanbul"): canonical decomposition, then the non-spacing marks dropped;
// and without the stroke of ł, đ, ø, ħ ("wrocław" -> "wroclaw").
std::string WithoutMarks(std::string_view word) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return std::string(word);
  const icu::UnicodeString decomposed =
      nfd->normalize(icu::UnicodeString::fromUTF8(
                         icu::StringPiece(word.data(), static_cast<int32_t>(word.size()))),
                     status);
  if (U_FAILURE(status)) return std::string(word);
  icu::UnicodeString kept;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    // Letters with a stroke do not decompose; people type them without it ("Wroclaw").
    if (c == 0x0142) c = 'l';  // ł
    if (c == 0x0111) c = 'd';  // đ
    if (c == 0x00F8) c = 'o';  // ø
    if (c == 0x0127) c = 'h';  // ħ
    if (u_charType(c) != U_NON_SPACING_MARK) kept.append(c);
    i += U16_LENGTH(c);
  }
  std::string out;
  kept.toUTF8String(out);
  return out;
}

bool IsHanWord(std::string_view word, int32_t* chars) {
  const int32_t n = static_cast<int32_t>(word.size());
  *chars = 0;
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(word.data(), i, n, c);
    UErrorCode status = U_ZERO_ERROR;
    if (c < 0 || uscript_getScript(c, &status) != USCRIPT_HAN) return false;
    ++*chars;
  }
  return *chars > 0;
}

// The letters of `word` (code points), for the scripts below.
std::vector<std::string_view> Letters(std::string_view word) {
  std::vector<std::string_view> out;
  const int32_t n = static_cast<int32_t>(word.size());
  for (int32_t i = 0; i < n;) {
    const int32_t start = i;
    U8_FWD_1(word.data(), i, n);
    out.push_back(word.substr(static_cast<size_t>(start), static_cast<size_t>(i - start)));
  }
  return out;
}

// Korean writes its case particles onto the noun (an eojeol): "지하철이" is "지하철" (subway)
// with the subject particle "이". The common particles, longest first; the noun left must keep
// two syllables or more ("아이", child, is not "아" with "이").
constexpr std::array<std::string_view, 33> kKoreanParticles = {
    "에서는", "에서도", "으로는", "으로도", "에게서", "에서", "으로", "에게", "께서",
    "까지",   "부터",   "처럼",   "보다",   "에는",   "에도", "로는", "이나", "이며",
    "이고",   "과의",   "와의",   "은",     "는",     "이",   "가",   "을",   "를",
    "의",     "에",     "도",     "와",     "과",     "로"};

// Hebrew writes its one-letter prepositions, article and conjunctions onto the word: ו (and),
// ה (the), ב (in), ל (to), מ (from), ש (that), כ (as); "בחיפה" is "in Haifa", "ובתל" "and in
// Tel". Up to two are taken off while three letters or more remain.
bool IsHebrewPrefix(std::string_view letter) {
  for (std::string_view p : {"ו", "ה", "ב", "ל", "מ", "ש", "כ"}) {
    if (letter == p) return true;
  }
  return false;
}

void AddForm(std::string form, std::vector<std::string>* forms) {
  if (form.empty() || std::find(forms->begin(), forms->end(), form) != forms->end()) return;
  forms->push_back(std::move(form));
}

// The forms of a word of a script whose words carry what a query leaves off: a Korean noun
// without its particle, a Hebrew word without its prefixes, a Thai word without the
// abbreviation mark "ฯ" ("กรุงเทพฯ", Bangkok, is found by "กรุงเทพ").
void AddAffixForms(std::string_view norm, UScriptCode script, std::vector<std::string>* forms) {
  if (script == USCRIPT_HANGUL) {
    for (std::string_view particle : kKoreanParticles) {
      if (!norm.ends_with(particle)) continue;
      const std::string_view noun = norm.substr(0, norm.size() - particle.size());
      if (Letters(noun).size() >= 2) AddForm(std::string(noun), forms);
      break;
    }
  } else if (script == USCRIPT_HEBREW) {
    const std::vector<std::string_view> letters = Letters(norm);
    size_t bytes = 0;
    for (size_t k = 0; k < 2 && k < letters.size() && IsHebrewPrefix(letters[k]); ++k) {
      if (letters.size() - (k + 1) < 3) break;
      bytes += letters[k].size();
      AddForm(std::string(norm.substr(bytes)), forms);
    }
  } else if (script == USCRIPT_THAI && norm.ends_with("ฯ") && norm.size() > 3) {
    AddForm(std::string(norm.substr(0, norm.size() - 3)), forms);
  }
}

}  // namespace

void IndexForms(std::string_view norm, std::vector<std::string>* forms, std::string_view latin) {
  forms->clear();
  if (norm.empty()) return;
  const UScriptCode script = FirstLetterScript(norm);
  const bool latin_word = script == USCRIPT_LATIN;
  const bool ascii = std::all_of(norm.begin(), norm.end(),
                                 [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  const std::string folded = latin_word && !ascii ? WithoutMarks(norm) : std::string(norm);
  forms->emplace_back(StemByScript(folded, latin));
  if (forms->back().empty()) {
    forms->clear();
    return;
  }
  // "istanbul'da" is found by "istanbul", "l'agriculture" by "agriculture"... the part before
  // the apostrophe, and after it when the part before is a French or Italian elision.
  const size_t apostrophe = folded.find('\'');
  if (apostrophe != std::string::npos && apostrophe > 0 && apostrophe + 1 < folded.size()) {
    const std::string_view before = std::string_view(folded).substr(0, apostrophe);
    const std::string_view after = std::string_view(folded).substr(apostrophe + 1);
    const std::string_view part = before.size() <= 2 ? after : before;
    if (part.size() >= 2) {
      const std::string stem(StemByScript(part, latin));
      if (!stem.empty() && stem != forms->front()) forms->push_back(stem);
    }
  }
  AddAffixForms(norm, script, forms);
  // A Chinese word of three characters or more ("四川省") is found by its two-character parts
  // ("四川"): ICU's dictionary makes "四川省" one word in a text and "四川" one in a query.
  int32_t chars = 0;
  if (IsHanWord(norm, &chars) && chars >= 3) {
    int32_t i = 0;
    const auto n = static_cast<int32_t>(norm.size());
    while (i < n) {
      int32_t j = i;
      U8_FWD_1(norm.data(), j, n);
      int32_t k = j;
      if (k >= n) break;
      U8_FWD_1(norm.data(), k, n);
      forms->emplace_back(norm.substr(static_cast<size_t>(i), static_cast<size_t>(k - i)));
      i = j;
    }
  }
}

namespace {

int Create(void*, const char** args, int count, Fts5Tokenizer** out) {
  auto* t = new Tokenizer;
  if (count > 0 && args[0] != nullptr && args[0][0] != '\0') t->latin = args[0];
  *out = reinterpret_cast<Fts5Tokenizer*>(t);
  return SQLITE_OK;
}

void Delete(Fts5Tokenizer* t) { delete reinterpret_cast<Tokenizer*>(t); }

int Tokenize(Fts5Tokenizer* tokenizer, void* context, int flags, const char* text, int size,
             int (*emit)(void*, int, const char*, int, int, int)) {
  if (size <= 0) return SQLITE_OK;
  const std::string_view view(text, static_cast<size_t>(size));
  // FTS5 hands over what it stored, which precis wrote as valid UTF-8; anything else (a
  // database edited by hand) is not split rather than misread.
  if (!IsValidUtf8(view)) return SQLITE_OK;
  thread_local std::vector<WordToken> words;
  words.clear();
  TokenizeWords(view, Span{0, static_cast<uint32_t>(size)}, &words);
  // A query is its words' first forms only: the other forms are indexed with the text
  // (colocated), so "四川" finds "四川省" but "四川省" does not find every "四川".
  const bool query = (flags & FTS5_TOKENIZE_QUERY) != 0;
  thread_local std::vector<std::string> forms;
  for (const WordToken& w : words) {
    // None: FTS5 refuses empty tokens.
    IndexForms(w.norm, &forms, reinterpret_cast<Tokenizer*>(tokenizer)->latin);
    for (size_t k = 0; k < forms.size() && (k == 0 || !query); ++k) {
      const int rc = emit(context, k == 0 ? 0 : FTS5_TOKEN_COLOCATED, forms[k].data(),
                          static_cast<int>(forms[k].size()), static_cast<int>(w.span.begin),
                          static_cast<int>(w.span.end));
      if (rc != SQLITE_OK) return rc;
    }
  }
  return SQLITE_OK;
}

}  // namespace

namespace {

// True when `joined` (forms ended by NUL bytes) holds `form`.
bool HasForm(std::string_view joined, std::string_view form) {
  for (size_t at = 0; at < joined.size();) {
    const size_t end = joined.find('\0', at);
    if (joined.substr(at, end - at) == form) return true;
    at = end + 1;
  }
  return false;
}

bool HasWordByte(std::string_view part) {
  return std::any_of(part.begin(), part.end(), [](char c) {
    return static_cast<unsigned char>(c) >= 0x80 || text_internal::IsAsciiAlnum(c);
  });
}

}  // namespace

std::vector<QueryPart> SearchQueryParts(std::string_view query) {
  std::vector<QueryPart> parts;
  auto add = [&](std::string_view text) {
    if (HasWordByte(text)) parts.push_back({std::string(text)});
  };
  for (size_t i = 0; i < query.size();) {
    if (text_internal::IsAsciiSpace(query[i])) {
      ++i;
      continue;
    }
    if (query[i] == '"') {
      const size_t close = query.find('"', i + 1);
      if (close == std::string_view::npos) {  // a quote without its pair
        ++i;
        continue;
      }
      add(query.substr(i + 1, close - i - 1));
      i = close + 1;
      continue;
    }
    size_t end = i;
    while (end < query.size() && !text_internal::IsAsciiSpace(query[end]) && query[end] != '"')
      ++end;
    add(query.substr(i, end - i));
    i = end;
  }
  return parts;
}

std::string SearchSnippet(std::string_view text, std::string_view query, size_t tokens,
                          std::vector<std::pair<size_t, size_t>>* highlights,
                          std::string_view latin) {
  highlights->clear();
  // The query's phrases: each part as stems.
  std::vector<std::vector<std::string>> phrases;
  std::vector<WordToken> words;
  std::vector<std::string> forms;
  for (const QueryPart& part : SearchQueryParts(query)) {
    if (!IsValidUtf8(part.text)) continue;
    words.clear();
    TokenizeWords(part.text, Span{0, static_cast<uint32_t>(part.text.size())}, &words);
    std::vector<std::string> phrase;
    for (const WordToken& w : words) {
      IndexForms(w.norm, &forms, latin);
      if (!forms.empty()) phrase.push_back(std::move(forms.front()));
    }
    if (phrase.empty()) continue;
    phrases.push_back(std::move(phrase));
  }
  if (!IsValidUtf8(text)) return "";
  // Tokens with their stems, chunk by chunk (chunks end at a space, so no word is split),
  // until a match is found and the window after it is complete.
  constexpr size_t kChunk = 16 << 10;
  constexpr size_t kBefore = 4;  // words shown before the first match
  std::vector<WordToken> toks;
  std::vector<std::string> stems;
  size_t at = 0;
  size_t match = SIZE_MAX;
  auto matches_at = [&](size_t k) -> size_t {  // the matching phrase's length, or 0
    for (const auto& phrase : phrases) {
      if (k + phrase.size() > stems.size()) continue;
      bool all = true;
      for (size_t j = 0; j < phrase.size() && all; ++j) all = HasForm(stems[k + j], phrase[j]);
      if (all) return phrase.size();
    }
    return 0;
  };
  size_t scanned = 0;  // tokens checked for a match
  size_t longest = 1;  // tokens of the longest phrase
  for (const auto& phrase : phrases) longest = std::max(longest, phrase.size());
  while (at < text.size() && (match == SIZE_MAX ? true : toks.size() < match + tokens)) {
    size_t end = std::min(text.size(), at + kChunk);
    while (end < text.size() && text[end] != ' ' && text[end] != '\n' && end - at < 2 * kChunk)
      ++end;
    // A chunk may only end between UTF-8 sequences.
    while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
    const size_t first = toks.size();
    TokenizeWords(text, Span{static_cast<uint32_t>(at), static_cast<uint32_t>(end)}, &toks);
    for (size_t k = first; k < toks.size(); ++k) {
      // A token's forms as IndexForms gives them, joined by NUL bytes.
      IndexForms(toks[k].norm, &forms, latin);
      std::string joined;
      for (const std::string& f : forms) (joined += f) += '\0';
      stems.push_back(std::move(joined));
    }
    at = end;
    // A phrase may run into the next chunk: check only starts whose phrase fits, unless the
    // text is done.
    const size_t checkable = at >= text.size()        ? toks.size()
                             : toks.size() >= longest ? toks.size() - longest + 1
                                                      : 0;
    for (; match == SIZE_MAX && scanned < checkable; ++scanned) {
      if (matches_at(scanned) > 0) match = scanned;
    }
    if (match == SIZE_MAX && scanned >= tokens * 64 && toks.size() > tokens) {
      // Keep the token list short while no match is found: only the window before the
      // current position can still be shown.
      const size_t drop = scanned - kBefore;
      toks.erase(toks.begin(), toks.begin() + static_cast<long>(drop));
      stems.erase(stems.begin(), stems.begin() + static_cast<long>(drop));
      scanned -= drop;
    }
  }
  if (toks.empty()) return "";
  size_t start = 0;
  if (match != SIZE_MAX) {
    start = match > kBefore ? match - kBefore : 0;
  } else {
    // No match in the text (the title matched): its first words, tokenized again since the
    // list may have been trimmed.
    toks.clear();
    size_t head = std::min(text.size(), kChunk);
    while (head < text.size() && (static_cast<unsigned char>(text[head]) & 0xC0) == 0x80) ++head;
    TokenizeWords(text, Span{0, static_cast<uint32_t>(head)}, &toks);
    stems.clear();
    if (toks.empty()) return "";
  }
  const size_t stop = std::min(toks.size(), start + tokens);
  const size_t begin = toks[start].span.begin;
  size_t end = toks[stop - 1].span.end;
  // The punctuation that closes the last word ("understood." not "understood…").
  while (end < text.size() &&
         std::string_view(".,;:!?)]\"'").find(text[end]) != std::string_view::npos)
    ++end;
  std::string out;
  const bool cut_before =
      begin > 0 && text.substr(0, begin).find_first_not_of(" \t\n\r\f\v") != std::string_view::npos;
  if (cut_before) out += "\xE2\x80\xA6";
  const size_t offset = out.size();
  out += text.substr(begin, end - begin);
  if (match != SIZE_MAX) {
    for (size_t k = start; k < stop;) {
      const size_t n = k < stems.size() ? matches_at(k) : 0;
      if (n == 0) {
        ++k;
        continue;
      }
      const size_t last = std::min(stop, k + n) - 1;
      highlights->emplace_back(offset + toks[k].span.begin - begin,
                               offset + toks[last].span.end - begin);
      k += n;
    }
  }
  if (text.substr(end).find_first_not_of(" \t\n\r\f\v") != std::string_view::npos)
    out += "\xE2\x80\xA6";
  return out;
}

std::string SearchLatinLanguage(std::string_view language) {
  static const char* const kLatinScript[] = {
      "basque",     "catalan",   "danish",     "dutch",   "english", "finnish",    "french",
      "german",     "hungarian", "indonesian", "irish",   "italian", "lithuanian", "norwegian",
      "portuguese", "romanian",  "spanish",    "swedish", "turkish"};
  const std::string name = text_internal::SnowballLanguageName(language);
  for (const char* l : kLatinScript) {
    if (name == l) return name;
  }
  return "english";
}

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
