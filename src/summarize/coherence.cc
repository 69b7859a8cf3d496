#include "summarize/coherence.h"

#include <algorithm>
#include <array>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "text/ascii.h"
#include "text/language.h"

namespace precis::summarize {
namespace {

// A word of the sentence with what the rules need to know about where it
// stands.
struct Word {
  std::string lower;      // ASCII-lowercased
  bool capitalized;       // first letter upper case
  bool quoted;            // inside a quotation
  bool after_comma;       // a comma (or a closing quote) stands right before it
  bool after_open_quote;  // an opening quote stands right before it
};

// The shape of a sentence: its words and its quotation marks.
struct Shape {
  std::vector<Word> words;
  bool opens_with_quote = false;       // the first thing after spaces and dashes is a quote mark
  bool quote_open_at_end = false;      // a quotation is still open when the sentence ends
  size_t words_after_first_close = 0;  // words after the first closing quote mark
  bool closed_a_quote = false;
  bool ends_with_colon = false;
  bool has_quote_mark = false;  // any opening or closing quote mark
};

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = text_internal::AsciiLower(c);
  return out;
}

bool IsLetter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool IsWordByte(unsigned char c) { return IsLetter(c) || (c >= '0' && c <= '9') || c >= 0x80; }

bool StartsWith(std::string_view s, size_t i, std::string_view p) {
  return s.substr(i, p.size()) == p;
}

Shape Analyze(std::string_view s) {
  Shape shape;
  bool in_quote = false;
  bool comma = false;
  bool open_quote_before = false;
  bool seen_anything = false;
  size_t i = 0;
  auto open = [&](size_t width) {
    shape.has_quote_mark = true;
    if (!seen_anything) shape.opens_with_quote = true;
    in_quote = true;
    open_quote_before = true;
    seen_anything = true;
    i += width;
  };
  auto close = [&](size_t width) {
    shape.has_quote_mark = true;
    in_quote = false;
    if (!shape.closed_a_quote) shape.closed_a_quote = true;
    comma = true;
    seen_anything = true;
    i += width;
  };
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (StartsWith(s, i, "``") || StartsWith(s, i, "\xE2\x80\x9C")) {  // `` or left double
      open(c == '`' ? 2 : 3);
      continue;
    }
    if (StartsWith(s, i, "''") || StartsWith(s, i, "\xE2\x80\x9D")) {  // '' or right double
      // At the very start a closing mark is a misprinted opening one (wire copy
      // does this).
      if (!seen_anything) {
        open(c == '\'' ? 2 : 3);
        continue;
      }
      close(c == '\'' ? 2 : 3);
      continue;
    }
    if (c == '"') {
      const bool at_open_position =
          i == 0 || s[i - 1] == ' ' || s[i - 1] == '(' || s[i - 1] == '\n' || s[i - 1] == '\t';
      if (at_open_position && !in_quote) {
        open(1);
      } else {
        close(1);
      }
      continue;
    }
    if (StartsWith(s, i, "\xE2\x80\x98")) {  // left single quote
      open(3);
      continue;
    }
    if (IsWordByte(c) && !StartsWith(s, i, "\xE2\x80")) {
      size_t j = i;
      while (j < s.size()) {
        const unsigned char d = static_cast<unsigned char>(s[j]);
        if (IsWordByte(d) && !StartsWith(s, j, "\xE2\x80")) {
          ++j;
        } else if ((d == '\'' || d == '-' || d == '.') && j + 1 < s.size() &&
                   IsLetter(static_cast<unsigned char>(s[j + 1]))) {
          j += 1;
        } else if (StartsWith(s, j, "\xE2\x80\x99") && j + 3 < s.size() &&
                   IsLetter(static_cast<unsigned char>(s[j + 3]))) {
          j += 3;  // right single quote used as an apostrophe
        } else {
          break;
        }
      }
      Word w;
      w.lower = Lower(s.substr(i, j - i));
      w.capitalized = c >= 'A' && c <= 'Z';
      w.quoted = in_quote;
      w.after_comma = comma;
      w.after_open_quote = open_quote_before;
      if (shape.closed_a_quote) ++shape.words_after_first_close;
      shape.words.push_back(std::move(w));
      comma = false;
      open_quote_before = false;
      seen_anything = true;
      i = j;
      continue;
    }
    if (c == ',') comma = true;
    if (c != ' ' && c != '-' && c != '\t' && c != '\n' && c != '(' &&
        !StartsWith(s, i, "\xE2\x80\x94") && !StartsWith(s, i, "\xE2\x80\x93")) {
      seen_anything = true;
    }
    if (c != ' ' && c != ',' && c != '\n' && c != '\t') open_quote_before = false;
    if (c >= 0x80) {
      ++i;
      while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
    } else {
      ++i;
    }
  }
  shape.quote_open_at_end = in_quote;
  size_t end = s.size();
  while (end > 0 &&
         (s[end - 1] == ' ' || s[end - 1] == '\n' || s[end - 1] == '"' || s[end - 1] == '\'')) {
    --end;
  }
  shape.ends_with_colon = end > 0 && s[end - 1] == ':';
  return shape;
}

template <size_t N>
bool In(const std::array<std::string_view, N>& list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

constexpr std::array<std::string_view, 13> kPronouns = {
    "he", "she", "it", "they", "its", "his", "her", "their", "them", "him", "we", "us", "our"};
constexpr std::array<std::string_view, 5> kSubjectPronouns = {"he", "she", "they", "it", "we"};
constexpr std::array<std::string_view, 5> kDemonstratives = {"this", "that", "these", "those",
                                                             "such"};
// Time words after which a demonstrative points at the calendar, not at the
// text.
constexpr std::array<std::string_view, 22> kTimeWords = {
    "year",    "years",     "week",    "weeks",  "month",   "months", "day",    "days",
    "morning", "afternoon", "evening", "night",  "weekend", "season", "summer", "winter",
    "spring",  "autumn",    "fall",    "decade", "century", "quarter"};
// Day and month names, time words only when capitalized ("This May", not "This
// may be").
constexpr std::array<std::string_view, 19> kCalendarNames = {
    "monday",  "tuesday",   "wednesday", "thursday", "friday",  "saturday", "sunday",
    "january", "february",  "march",     "april",    "may",     "june",     "july",
    "august",  "september", "october",   "november", "december"};
constexpr std::array<std::string_view, 35> kConnectives = {
    "but",   "and",          "also",        "however",      "meanwhile",   "still",
    "yet",   "moreover",     "furthermore", "nevertheless", "nonetheless", "instead",
    "thus",  "therefore",    "besides",     "otherwise",    "likewise",    "similarly",
    "hence", "consequently", "accordingly", "additionally", "conversely",  "then",
    "or",    "nor",          "so",          "indeed",       "afterward",   "afterwards",
    "later", "again",        "too",         "plus",         "anyway"};
// Two- and three-word connectives, as word sequences.
constexpr std::array<std::string_view, 16> kPhraseConnectives = {
    "in addition",    "as a result",    "on the other hand", "in contrast",
    "by contrast",    "even so",        "at the same time",  "after that",
    "in turn",        "in response",    "for his part",      "for her part",
    "for their part", "in other words", "the latter",        "the former"};
// Verbs of saying in a closing attribution (", he said").
constexpr std::array<std::string_view, 24> kSpeechVerbs = {
    "said",     "says",      "added",     "adds",     "told",     "tells",
    "noted",    "explained", "continued", "insisted", "argued",   "stressed",
    "warned",   "wrote",     "recalled",  "declared", "asserted", "acknowledged",
    "conceded", "replied",   "predicted", "asked",    "remarked", "observed"};
// Words after "It is/was" that make it extraposed ("It is expected that ...").
constexpr std::array<std::string_view, 23> kExtraposed = {
    "expected",   "likely",     "unlikely",  "unclear",  "clear",   "possible",
    "impossible", "important",  "believed",  "reported", "thought", "feared",
    "estimated",  "understood", "known",     "said",     "hoped",   "true",
    "uncertain",  "necessary",  "difficult", "hard",     "easy"};
// Adverbs that may stand between the verb and that word ("It is not yet
// clear").
constexpr std::array<std::string_view, 9> kExtraposedAdverbs = {
    "not", "also", "still", "now", "widely", "generally", "yet", "increasingly", "immediately"};
// Complementizers that open the extraposed clause.
constexpr std::array<std::string_view, 10> kComplementizers = {
    "that", "whether", "to", "if", "how", "who", "what", "where", "when", "why"};

bool MatchesPhrase(const std::vector<Word>& words, size_t at, std::string_view phrase) {
  size_t k = at;
  size_t p = 0;
  while (p < phrase.size()) {
    const size_t space = phrase.find(' ', p);
    const std::string_view part =
        phrase.substr(p, space == std::string_view::npos ? std::string_view::npos : space - p);
    if (k >= words.size() || words[k].lower != part) return false;
    ++k;
    p = space == std::string_view::npos ? phrase.size() : space + 1;
  }
  return true;
}

// "It is/was [not] ADJ that/whether/to ..." ("It has been reported that ...",
// "It's unclear who ..."): the "it" points forward to its own clause. Read
// alone only when the sentence also names something (a capitalized word): "It
// was unclear whether talks were continuing" still leans on the sentence that
// says which talks.
bool ExtraposedIt(const std::vector<Word>& w) {
  if (w.size() < 3) return false;
  size_t k = 0;
  if (w[0].lower == "it's") {
    k = 1;
  } else if (w[0].lower == "it") {
    const std::string& verb = w[1].lower;
    k = 2;
    if (verb == "has" || verb == "had") {
      if (w[2].lower != "been") return false;
      k = 3;
    } else if (verb == "will" || verb == "would" || verb == "may" || verb == "might" ||
               verb == "could") {
      if (w[2].lower != "be") return false;
      k = 3;
    } else if (verb != "is" && verb != "was" && verb != "remains" && verb != "remained" &&
               verb != "seems" && verb != "seemed" && verb != "appears" && verb != "appeared") {
      return false;
    }
  } else {
    return false;
  }
  while (k < w.size() && In(kExtraposedAdverbs, w[k].lower)) ++k;
  if (k >= w.size() || !In(kExtraposed, w[k].lower)) return false;
  bool clause = false, name = false;
  for (size_t j = k + 1; j < w.size(); ++j) {
    clause = clause || In(kComplementizers, w[j].lower);
    name = name || (w[j].capitalized && !w[j].quoted && w[j].lower != "i");
  }
  return clause && name;
}

// The first words of a sentence after "It's" splits: ICU-free, so "it's" stays
// one word.
bool OpensWithPronoun(const std::vector<Word>& w) {
  if (w.empty()) return false;
  const std::string& first = w[0].lower;
  if (first == "it" || first == "it's") return !ExtraposedIt(w);
  return In(kPronouns, first) || first == "he's" || first == "she's" || first == "they're" ||
         first == "we're" || first == "they've" || first == "we've";
}

bool OpensWithDemonstrative(const std::vector<Word>& w) {
  if (w.empty()) return false;
  if (!In(kDemonstratives, w[0].lower)) return false;
  if (w.size() > 1 && In(kTimeWords, w[1].lower)) return false;
  if (w.size() > 1 && w[1].capitalized && In(kCalendarNames, w[1].lower)) return false;
  // "That is, ..." and "Such is life" stay dependent; "This week's" counts as
  // time.
  if (w.size() > 1 && w[1].lower.size() > 2 && w[1].lower.ends_with("'s") &&
      In(kTimeWords, std::string_view(w[1].lower).substr(0, w[1].lower.size() - 2))) {
    return false;
  }
  return true;
}

bool OpensWithConnective(const std::vector<Word>& w) {
  if (w.empty()) return false;
  if (In(kConnectives, w[0].lower)) {
    // "So far" and "Thus far" read alone.
    if ((w[0].lower == "so" || w[0].lower == "thus") && w.size() > 1 && w[1].lower == "far") {
      return false;
    }
    return true;
  }
  for (std::string_view p : kPhraseConnectives) {
    if (MatchesPhrase(w, 0, p)) return true;
  }
  return false;
}

// Nouns that sum up what the text said before them ("shell nouns", Schmid 2000; "the move",
// "the findings") or name an event the text has introduced ("the attack", "the deal"): as a
// sentence's definite subject with nothing after them to say which, they point back.
constexpr std::array<std::string_view, 63> kShellNouns = {
    "move",      "decision",  "findings",      "finding",  "report",  "plan",      "deal",
    "agreement", "accord",    "pact",          "incident", "attack",  "attacks",   "announcement",
    "verdict",   "measure",   "proposal",      "bill",     "change",  "changes",   "comments",
    "remarks",   "statement", "study",         "results",  "problem", "issue",     "idea",
    "effort",    "decline",   "increase",      "rise",     "drop",    "situation", "trip",
    "visit",     "talks",     "attempt",       "offer",    "request", "letter",    "order",
    "warning",   "policy",    "program",       "project",  "scheme",  "strategy",  "step",
    "vote",      "crash",     "explosion",     "blast",    "bombing", "shooting",  "arrest",
    "arrests",   "charges",   "investigation", "probe",    "inquiry", "merger",    "discussions"};
// ("ruling" is left out: "the ruling party".)
// Words that begin a postmodifier naming which one ("The decision to close the plant", "The
// report on police handling ...", "The findings of the commission"): the phrase is complete.
constexpr std::array<std::string_view, 19> kPostmodifiers = {
    "of",    "on", "to",    "by",   "for",  "from", "with",   "between", "against", "over",
    "among", "at", "about", "into", "that", "in",   "across", "under",   "behind"};
// Numbers after "The" that count people or things named before ("The two had differed").
constexpr std::array<std::string_view, 9> kCounts = {"two",  "three", "four",  "five",  "six",
                                                     "both", "same",  "other", "others"};

// A noun phrase that points back (docs/summarize.md, "Referential clarity"):
// - "Others ..." and "Another ..." (one more of something named before);
// - "Both ..." unless a name follows ("Both Israel and Syria ...");
// - "The two / three / same / other ..." ("The two had differed", "The same day");
// - "The" + a shell or event noun followed by a verb, a comma or nothing, not by a
//   postmodifier: "The decision would boost ...", "The report was greeted ...", but not
//   "The decision to close the plant ...".
bool OpensWithAnaphoricNounPhrase(const std::vector<Word>& w) {
  if (w.empty()) return false;
  const std::string& first = w[0].lower;
  if (first == "others" || first == "another") return true;
  if (first == "both") return w.size() < 2 || !w[1].capitalized;
  if (first != "the" || w.size() < 2 || w[1].quoted != w[0].quoted) return false;
  if (In(kCounts, w[1].lower)) return true;
  if (!In(kShellNouns, w[1].lower) || w[1].capitalized) return false;
  return w.size() < 3 || w[2].after_comma || !In(kPostmodifiers, w[2].lower);
}

// "On Monday, he said ...": a short opening phrase closed by a comma, then a
// pronoun subject.
bool PronounAfterOpeningPhrase(const std::vector<Word>& w) {
  for (size_t k = 1; k < std::min<size_t>(w.size(), 7); ++k) {
    if (w[k].quoted) return false;
    if (w[k].after_comma) {
      return In(kSubjectPronouns, w[k].lower) &&
             !(w[k].lower == "it" &&
               ExtraposedIt(std::vector<Word>(w.begin() + static_cast<long>(k), w.end())));
    }
  }
  return false;
}

// A capitalized word outside quotes that is not the sentence's first word nor a
// pronoun: evidence of a name before position `before`.
bool NameBefore(const std::vector<Word>& w, size_t before) {
  for (size_t k = 1; k < before; ++k) {
    if (w[k].quoted || !w[k].capitalized || w[k].after_open_quote) continue;
    if (w[k].lower == "i" || In(kPronouns, w[k].lower) || In(kCalendarNames, w[k].lower)) continue;
    return true;
  }
  // The first word counts when it is a name rather than a function word.
  if (before > 0 && !w[0].quoted && w[0].capitalized && !In(kPronouns, w[0].lower) &&
      !In(kDemonstratives, w[0].lower) && w[0].lower != "the" && w[0].lower != "a" &&
      w[0].lower != "an" && !In(kConnectives, w[0].lower)) {
    // A capitalized first word followed by another capitalized word is a name
    // ("John Smith").
    if (w.size() > 1 && w[1].capitalized && !w[1].quoted) return true;
  }
  return false;
}

// Words that may follow the verb of an attribution tail (", he said Monday.", ", she told
// reporters.", ", he said in a statement."), besides calendar names and capitalized words
// ("he told The Associated Press").
constexpr std::array<std::string_view, 30> kTailWords = {
    "on",      "in",         "at",        "a",         "an",        "the",
    "by",      "to",         "statement", "interview", "reporters", "journalists",
    "news",    "conference", "briefing",  "today",     "yesterday", "tonight",
    "earlier", "later",      "recently",  "last",      "week",      "month",
    "year",    "night",      "morning",   "afternoon", "evening",   "telephone"};
constexpr size_t kMaxTailWords = 6;

// After the verb of saying at w[v]: nothing, a comma (", he said, adding ..."), or a few
// words of time, place or audience only. Then the pronoun is an attribution, not the
// subject of the main clause ("When Smith arrived, he said the talks had failed.").
bool AttributionTail(const std::vector<Word>& w, size_t v) {
  if (v + 1 == w.size() || w[v + 1].after_comma) return true;
  if (w.size() - (v + 1) > kMaxTailWords) return false;
  for (size_t k = v + 1; k < w.size(); ++k) {
    if (w[k].quoted) return false;
    if (!w[k].capitalized && !In(kTailWords, w[k].lower) && !In(kCalendarNames, w[k].lower)) {
      return false;
    }
  }
  return true;
}

// The sentence opens with a name of two or more capitalized words ("Mayor Ana Ruiz expects
// ...", "John Smith's plan ..."): an attribution tail's pronoun may point at it.
bool OpensWithFullName(const std::vector<Word>& w) {
  return w.size() > 1 && !w[0].quoted && !w[1].quoted && w[0].capitalized && w[1].capitalized &&
         !In(kPronouns, w[0].lower) && !In(kDemonstratives, w[0].lower) && w[0].lower != "the" &&
         w[0].lower != "a" && w[0].lower != "an" && !In(kConnectives, w[0].lower);
}

// The speaker is only a pronoun: ", he said" (or "'' she added") with no name before it. At
// the end of a sentence (AttributionTail) the pronoun points at someone named in an earlier
// sentence whatever names the reported words hold ("Mongolia is willing to ... China, he
// added."; ", it said." for a report or an agency), unless the sentence opens with a name.
bool PronounSpeaker(const std::vector<Word>& w) {
  for (size_t k = 0; k + 1 < w.size(); ++k) {
    if (w[k].quoted || !w[k].after_comma) continue;
    const bool it = w[k].lower == "it";
    if (w[k].lower != "he" && w[k].lower != "she" && w[k].lower != "they" && w[k].lower != "we" &&
        !it) {
      continue;
    }
    size_t v = k + 1;
    if (v < w.size() && (w[v].lower == "also" || w[v].lower == "later")) ++v;
    if (v >= w.size() || !In(kSpeechVerbs, w[v].lower)) continue;
    if (AttributionTail(w, v)) return !OpensWithFullName(w);
    if (!it) return !NameBefore(w, k);
  }
  return false;
}

// A short follow-up whose object is a pronoun with nothing in the sentence to
// point at
// ("Members are expected to ratify it on Friday."): at most kShortFollowUpWords
// words, an object pronoun outside quotes, no name anywhere.
constexpr size_t kShortFollowUpWords = 10;
bool ShortFollowUp(const std::vector<Word>& w) {
  if (w.size() > kShortFollowUpWords) return false;
  bool pronoun = false;
  for (size_t k = 1; k < w.size(); ++k) {
    const std::string& x = w[k].lower;
    pronoun = pronoun || (!w[k].quoted && (x == "it" || x == "them" || x == "him"));
  }
  return pronoun && !NameBefore(w, w.size());
}

// The sentence is a quotation and nothing else: it opens with a quote mark and
// no word stands outside the quotation, or its quotation never closes.
bool OnlyQuotation(const Shape& shape) {
  if (!shape.opens_with_quote) return false;
  for (const Word& w : shape.words) {
    if (!w.quoted) return false;
  }
  return true;
}

// The quotation's speaker is named inside the sentence: a quoted part followed
// by unquoted words that include a verb of saying ("...," said Martinez.).
bool HasSpeaker(const Shape& shape) {
  for (const Word& w : shape.words) {
    if (!w.quoted && In(kSpeechVerbs, w.lower)) return true;
  }
  return false;
}

// Honorifics before a surname do not make a full name: "Mr. Okafor" introduces
// nobody.
constexpr std::array<std::string_view, 6> kHonorifics = {"mr", "mrs", "ms", "miss", "dr", "messrs"};
// Capitalized words that open a sentence or a run without naming anyone.
constexpr std::array<std::string_view, 12> kNotNames = {"the", "a",  "an", "in", "on",   "at",
                                                        "for", "by", "of", "to", "from", "i"};

bool NameWord(const Word& w) {
  return w.capitalized && !In(kNotNames, w.lower) && !In(kPronouns, w.lower) &&
         !In(kDemonstratives, w.lower) && !In(kConnectives, w.lower) &&
         !In(kCalendarNames, w.lower) && !In(kSpeechVerbs, w.lower);
}

// A name word without a possessive ending ("Okafor's" -> "okafor").
std::string NameKey(const Word& w) {
  std::string_view x = w.lower;
  if (x.ends_with("'s") || x.ends_with("\xE2\x80\x99s"))
    x.remove_suffix(x[x.size() - 2] == '\'' ? 2 : 4);
  return std::string(x);
}

// The words that can be a surname in the full names of `w` (First Last, Title
// Last: a run of two or more name words, not after "the" and not led by an
// honorific), appended to *out: every word of the run after its first, so that
// "Foreign Minister Tang Jiaxuan" gives "tang" too (family names first).
void FullNameEnds(const std::vector<Word>& w, std::vector<std::string>* out) {
  for (size_t k = 0; k < w.size();) {
    if (!NameWord(w[k]) || In(kHonorifics, w[k].lower) || (k > 0 && w[k - 1].lower == "the")) {
      ++k;
      continue;
    }
    size_t end = k + 1;
    while (end < w.size() && NameWord(w[end]) && !w[end].after_comma &&
           !w[end - 1].lower.ends_with("'s")) {
      ++end;
    }
    for (size_t j = k + 1; j < end; ++j) out->push_back(NameKey(w[j]));
    k = end;
  }
}

// Surnames that stand alone as a speaker in `w`: a name word with no name word
// before it (an honorific aside) nor after it, followed by a speech verb
// ("Okafor said", "Okafor also told") or after one (", said Okafor."), or after
// "according to".
void SurnameSpeakers(const std::vector<Word>& w, std::vector<std::string>* out) {
  for (size_t k = 0; k < w.size(); ++k) {
    if (!NameWord(w[k]) || In(kHonorifics, w[k].lower)) continue;
    const bool name_before =
        k > 0 && NameWord(w[k - 1]) && !In(kHonorifics, w[k - 1].lower) && !w[k].after_comma;
    const bool name_after = k + 1 < w.size() && NameWord(w[k + 1]) && !w[k + 1].after_comma;
    // "the House, said ..." names no person.
    const bool article_before = k > 0 && (w[k - 1].lower == "the" || w[k - 1].lower == "a");
    if (name_before || name_after || article_before || w[k].lower.ends_with("'s")) continue;
    size_t v = k + 1;
    if (v < w.size() && (w[v].lower == "also" || w[v].lower == "later")) ++v;
    // A comma between them puts the verb in another clause ("... in the Senate, said she").
    const bool verb_after = v < w.size() && In(kSpeechVerbs, w[v].lower) && !w[v].after_comma &&
                            (v == k + 1 || !w[k + 1].after_comma);
    // After the verb the surname must close the clause: "said Okafor had
    // warned" names the speaker's subject, not the speaker.
    const bool closes = k + 1 == w.size() || w[k + 1].after_comma;
    const bool verb_before =
        k > 0 && ((In(kSpeechVerbs, w[k - 1].lower) && closes) ||
                  (k > 1 && w[k - 2].lower == "according" && w[k - 1].lower == "to"));
    if (verb_after || verb_before) out->push_back(w[k].lower);
  }
}

// A sentence a following one can lean on: at least two words. A lone token ("nn", the wire
// code "&QL;", a stray headline word) is debris between the sentence and its real context, so
// a sentence after it that leans has nothing to lean on (it was offered joined to the debris).
bool IsAntecedent(const Shape& previous) { return previous.words.size() >= 2; }

// SentenceReliance on analysed sentences: `previous` is null when there is no previous
// sentence (an empty one).
Reliance RelianceOf(const Shape& shape, const Shape* previous) {
  const std::vector<Word>& w = shape.words;
  bool leans = false;
  if (OnlyQuotation(shape) ||
      (shape.opens_with_quote && !HasSpeaker(shape) && shape.quote_open_at_end)) {
    // A bare quotation needs its speaker next to it: the previous sentence
    // introduces it
    // ("He said:") or leaves the same quotation open.
    if (previous == nullptr) return Reliance::kUnsupported;
    const Shape& prev = *previous;
    if (prev.ends_with_colon || prev.quote_open_at_end) return Reliance::kOnPrevious;
    // The previous sentence names a speaker ("...," she said. "It will take a
    // year."; "Ruiz said the bridge would reopen. "We have the money.""): the
    // quotation continues theirs.
    if (HasSpeaker(prev)) return Reliance::kOnPrevious;
    return Reliance::kUnsupported;
  }
  // Words after an opening quote are the quotation's; the rules read the first
  // word of the sentence itself, which is the quotation's first word when it
  // opens with one.
  leans = OpensWithPronoun(w) || OpensWithDemonstrative(w) || OpensWithConnective(w) ||
          OpensWithAnaphoricNounPhrase(w) || PronounAfterOpeningPhrase(w) || PronounSpeaker(w) ||
          ShortFollowUp(w);
  // A quotation left open by the previous sentence goes on in this one, whether or not this
  // one opens with a quote mark (``They should disclose it. / Tribes should join the
  // mainstream.'' ): its speaker is back there.
  if (!leans && previous != nullptr) leans = previous->quote_open_at_end;
  if (!leans) return Reliance::kStandsAlone;
  return previous == nullptr ? Reliance::kUnsupported : Reliance::kOnPrevious;
}

// SentenceReliance of each sentence, then the surname rule (see ArticleReliance in
// coherence.h), with each sentence analysed once for both (and once more for the words
// written in lower case): the surname rule at sentence i reads the reliance of sentences i
// and i - 1 only, which are final by then.
void RelianceWithSurnameRule(std::string_view text, const std::vector<Span>& spans,
                             std::vector<Reliance>* reliance) {
  // Surname -> the last sentence so far that names the person in full.
  std::unordered_map<std::string, size_t> named;
  std::vector<std::string> ends, speakers;
  // Words the article also writes in lower case are common nouns, not surnames
  // ("State Police" ... "Police said").
  // (Two passes over the sentences rather than keeping every sentence's words: memory stays
  // at one sentence's words plus the sets.)
  std::unordered_set<std::string> lower_case;
  for (size_t i = 0; i < spans.size(); ++i) {
    for (const Word& x : Analyze(spans[i].of(text)).words) {
      if (!x.capitalized) lower_case.insert(x.lower);
    }
  }
  Shape shape, previous;
  for (size_t i = 0; i < spans.size(); ++i) {
    std::swap(shape, previous);
    shape = Analyze(spans[i].of(text));
    const bool has_previous = i > 0 && IsAntecedent(previous);
    (*reliance)[i] = RelianceOf(shape, has_previous ? &previous : nullptr);
    // A quotation open before a sentence without any quote mark is still open after it:
    // the third sentence of ``A. B. C.'' is inside it too (Analyze reads one sentence alone).
    if (i > 0 && previous.quote_open_at_end && !shape.has_quote_mark) {
      shape.quote_open_at_end = true;
    }
    const std::vector<Word>& w = shape.words;
    ends.clear();
    speakers.clear();
    FullNameEnds(w, &ends);
    SurnameSpeakers(w, &speakers);
    Reliance& r = (*reliance)[i];
    for (const std::string& surname : speakers) {
      if (r == Reliance::kUnsupported || r == Reliance::kNamedEarlier) break;
      if (std::find(ends.begin(), ends.end(), surname) != ends.end()) continue;
      if (lower_case.count(surname) > 0) continue;
      const auto it = named.find(surname);
      if (it == named.end()) continue;  // never named in full: nothing to lean on
      const size_t k = it->second;
      // The full name is in the unit a leaning sentence is offered in: the
      // sentence right before, or the one before that when the sentence between
      // leans on it too.
      const bool in_unit =
          k + 1 == i || (k + 2 == i && (*reliance)[i - 1] == Reliance::kOnPrevious);
      r = in_unit ? Reliance::kOnPrevious : Reliance::kNamedEarlier;
    }
    for (const std::string& e : ends) named[e] = i;
  }
}

}  // namespace

Reliance SentenceReliance(std::string_view sentence, std::string_view previous) {
  const Shape shape = Analyze(sentence);
  const Shape prev = Analyze(previous);
  return RelianceOf(shape, IsAntecedent(prev) ? &prev : nullptr);
}

std::vector<Reliance> ArticleReliance(std::string_view text, const std::vector<Span>& spans,
                                      std::string_view language) {
  std::vector<Reliance> out(spans.size(), Reliance::kStandsAlone);
  const std::string lang = text_internal::SnowballLanguageName(language);
  if (lang == "english") {
    RelianceWithSurnameRule(text, spans, &out);
  } else if (HasForeignOpenings(lang)) {
    for (size_t i = 0; i < spans.size(); ++i) {
      if (!ForeignOpeningLeans(spans[i].of(text), lang)) continue;
      out[i] = i == 0 ? Reliance::kUnsupported : Reliance::kOnPrevious;
    }
  }
  return out;
}

}  // namespace precis::summarize
