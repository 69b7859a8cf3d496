// Text processing: UTF-8 checks, Unicode normalization, sentence and word segmentation,
// stemming and stopwords.
//
// Every segment is a byte span into the caller's original text: nothing here copies or
// rewrites the article, so a sentence can always be traced to its exact source bytes.
// Functions are thread-safe. A Stemmer object is not: use one per thread.
#ifndef PRECIS_TEXT_H_
#define PRECIS_TEXT_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "precis/article.h"
#include "precis/status.h"

namespace precis {

// Half-open byte range [begin, end) into some text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  std::string_view of(std::string_view text) const { return text.substr(begin, end - begin); }
  friend bool operator==(const Span&, const Span&) = default;
};

// Returns true when `text` is well-formed UTF-8 (no overlongs, no surrogates, <= U+10FFFF).
// On failure, *error_offset (if given) receives the byte offset of the first bad sequence.
bool IsValidUtf8(std::string_view text, size_t* error_offset = nullptr);

// True when `text` looks like binary data rather than text: a NUL byte or a high share of
// control characters in its first 4 KiB.
bool LooksBinary(std::string_view text);

// NFKC normalization followed by full Unicode case folding (ICU's NFKC_Casefold, which also
// drops default-ignorable characters such as U+00AD SOFT HYPHEN): "ﬁ" -> "fi",
// "Straße" -> "strasse", "１２" -> "12". Idempotent. ASCII input is just lower-cased.
// Input must be valid UTF-8.
std::string NormalizeAndFold(std::string_view text);

struct SegmentOptions {
  // ICU locale for the sentence BreakIterator; an unknown locale falls back to ICU's root
  // rules. The news repairs (abbreviations, quotes, datelines) are English. Default: "en".
  std::string language = "en";
  // Use the layout: a blank line (or U+2029) always ends a sentence, and a single line break
  // ends one only after a heading, byline or caption (a line much shorter than the text's
  // typical line, not ending in ",", ";", ":" or a dash), before or after a list item, or
  // around a separator line ("***"). Any other line break is a space, so hard-wrapped text
  // segments like unwrapped text. When false, every line break is a space. Default: true.
  bool paragraph_breaks = true;
  // Sentences longer than this many bytes are cut so that a run-on "sentence" (tables, lists
  // without punctuation) cannot swallow the article: after the last ";", ":", em dash or
  // " -- " in the second half of the allowed length, else at the last white space, else at a
  // character boundary. 0 means no limit; a limit under 4 bytes cannot always be met (a
  // character is never cut). Default: 2000.
  uint32_t max_sentence_bytes = 2000;
};

// Splits `text` (valid UTF-8, under 4 GiB) into sentence spans, in order, non-overlapping,
// each trimmed of surrounding white space, none empty; together they cover every character
// that is not white space. Uses ICU's sentence BreakIterator over UTF-8 and then repairs the
// breaks news text needs: abbreviations (U.S., Mr., Gen., Jan. 1, a.m., Inc.), initials,
// quotes ("...," he said. / "Stop!" she said.), ellipses, decimals and money, datelines
// (WASHINGTON (AP) --, kept in the first sentence), list items and headings (see
// SegmentOptions). docs/text.md lists every rule; tests/text/sentence_cases.txt shows them.
std::vector<Span> SplitSentences(std::string_view text, const SegmentOptions& options = {});

// Length in bytes of a news dateline at the start of `sentence` ("WASHINGTON (AP) -- ",
// "LONDON, March 3 (Reuters) - ", "NEW YORK — "), including its dash and the spaces after it;
// 0 when there is none. SplitSentences keeps a dateline inside the first sentence of its
// paragraph; a caller that scores or renders sentences can skip this prefix and still point
// at the original bytes.
uint32_t DatelineLength(std::string_view sentence);

// A word token: its span in the original text and its normalized (NFKC + case-folded) form.
struct WordToken {
  Span span;
  std::string norm;
};

// Splits the bytes in `range` of `text` into word tokens with ICU's word BreakIterator, keeping
// only tokens that contain a letter or a digit (punctuation and spaces are dropped). Internal
// apostrophes and hyphens follow ICU's rules ("don't" is one token, "New York-based" gives
// "new", "york", "based", "U.S." gives "u.s", "3.5" and "1,000" stay whole). Appends to *out;
// a range past the end of `text` is clamped. Text made of ASCII and common typographic
// punctuation takes a hand-coded path that gives the same tokens as ICU (tested against it)
// several times faster.
void TokenizeWords(std::string_view text, Span range, std::vector<WordToken>* out);

// Counts white-space separated words in `text` the way a reader (and the DUC budget) counts
// them: runs of characters that are not Unicode White_Space (ASCII white space, U+00A0
// NO-BREAK SPACE, U+2000..U+200A, U+3000 and the rest of the property; not U+200B).
// Text that holds a script written without spaces (Han, kana, Thai, Lao, Khmer, Myanmar,
// Tibetan) is counted with ICU's word break instead (dictionary-based for those scripts): the
// segments that are words, numbers, kana or ideographs, so "選挙は五月に行われる" is 6 words.
uint32_t CountWords(std::string_view text);

// `text` with every run of Unicode white space (as CountWords sees it) replaced by one ASCII
// space and none at either end: how a sentence is printed on one line.
std::string FoldWhiteSpace(std::string_view text);

// Counts code points (what a `--chars` budget counts); invalid bytes count one each.
uint32_t CountChars(std::string_view text);

// True when `text` holds a character of a script written without spaces between words.
bool HasUnspacedScript(std::string_view text);
// True when code point `c` belongs to such a script: Han, Hiragana, Katakana, Thai, Lao,
// Khmer, Myanmar or Tibetan (ICU's script property).
bool IsUnspacedScript(int32_t c);

// The language a text's letters say, from their script alone (no dictionary): "ja" (kana,
// with or without Han), "zh" (Han without kana), "ko", "th", "hi" (Devanagari), "ar", "he",
// "ru" (Cyrillic; "uk" when і, ї, є, ґ are 1 in 50 of its letters or more), "el", "bn", "ta",
// "ka", "hy"; "" when Latin letters dominate or there are
// none (Latin script does not tell English from French). Reads at most the first 64 KiB.
std::string DetectScriptLanguage(std::string_view text);

// Parses an ISO 8601 date or date-time ("2004-03-01", "2004-03-01T12:30",
// "2004-03-01 12:30:05Z", "2004-03-01T12:30:05.123+02:00") or the RFC 5322 date-time of RSS
// feeds and e-mail ("Mon, 11 Mar 2024 09:00:00 GMT", "11 Mar 2024 09:00 +0300", two-digit
// years and the North American zone names of RFC 822 too) into seconds since 1970-01-01 UTC.
// Times without a zone are UTC. Returns false for anything else (including impossible dates).
bool ParseDate(std::string_view date, int64_t* seconds);

// The language to process `article` in: its `language` field when it names a language
// (IsKnownLanguage: "ru", "en-US", "ja", "japanese"; "xx" is not one), else the language its
// script says, else `fallback` (the caller's --language).
std::string ArticleLanguage(const Article& article, std::string_view fallback);

// Snowball (libstemmer) stemmer for one language, UTF-8. Not thread-safe: one per thread.
class Stemmer {
 public:
  // `language` is a Snowball name or ISO 639 code, any case, region ignored ("english", "en",
  // "en-US", "de", "pt_BR", ...). Returns nullptr and sets *status to InvalidArgument (its
  // message lists the available languages) when there is no stemmer for it.
  static std::unique_ptr<Stemmer> Create(std::string_view language, Status* status = nullptr);
  ~Stemmer();
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;

  // Stems one case-folded word. The view stays valid until the next call.
  std::string_view Stem(std::string_view word);

 private:
  explicit Stemmer(void* impl) : impl_(impl) {}
  void* impl_;  // sb_stemmer*
};

// The languages Stemmer::Create accepts, as Snowball names.
std::vector<std::string> StemmerLanguages();

// True for a language precis can process: one with a Snowball stemmer (a name or code
// Stemmer::Create accepts), or any other ISO 639-1 code ("ja", "zh", "ko", "th", "he", ...),
// whose words are used unstemmed, or such a language by its English or its own name
// ("polish", "japanese", "polski"). Region and variant subtags are ignored ("pt-BR",
// "zh_TW"). False for anything else ("klingon", "xx").
bool IsKnownLanguage(std::string_view language);

// True when the case-folded `word` is a stopword of `language` ("en" or "english", ...).
// Lists (after Snowball's): English, German, French, Spanish; languages without a list have no
// stopwords. "don’t" with U+2019 matches "don't". A hash lookup, no allocation for ASCII.
bool IsStopword(std::string_view word, std::string_view language = "en");

}  // namespace precis

#endif  // PRECIS_TEXT_H_
