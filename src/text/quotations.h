// Quotations and their attributions across a candidate sentence boundary.
//
// News writes a quotation and the words that say whose it is as one unit, but
// sentence rules see a period before a closing quote as a sentence end:
//   "We will rebuild the bridge by spring." Mayor Ana Ruiz said.
//   "No. I will not resign," the mayor said.
// Split there, the first part is a quotation with no speaker and the second an
// attribution with no quotation, and a summary could take one without the
// other. The splitter asks these functions before it accepts a boundary
// (text/sentence_split.cc), and keeps the two together when the text allows:
// - after a closed quotation, when what follows is only a short attribution
// ("Mayor Ana Ruiz
//   said.", "He told reporters on Monday.");
// - inside a quotation that is still open at the boundary, when the quotation
// closes soon
//   after and an attribution follows its closing mark (`"...," the mayor
//   said`).
// A quotation followed by a new quotation of the same speaker (`"...," she
// said. "It will take a year."`) stays two sentences; the summarizer treats the
// second as leaning on the first (summarize/coherence.h).
//
// Quote marks understood: straight double quotes, `` and '' (wire copy), and
// curly double quotes. English speech verbs only; other languages never match.
#ifndef PRECIS_TEXT_QUOTATIONS_H_
#define PRECIS_TEXT_QUOTATIONS_H_

#include <cstddef>
#include <string_view>

namespace precis::text_internal {

// Joined sentences are at most this long (bytes, from the sentence's first byte
// to the end of the attribution): a quotation that runs on longer is split as
// before.
inline constexpr size_t kMaxQuotationJoinBytes = 600;

// "said", "added", "told", ...: a verb of saying in the past or present tense
// (lower case).
bool IsSpeechVerb(std::string_view word);

// True when a double quotation opened in `sentence` is still open at its end.
bool QuotationOpenAtEnd(std::string_view sentence);

// True when `next` (leading white space allowed) opens with an attribution that
// makes a sentence of its own but says nothing else: one to four words naming
// the speaker (a capitalized first word: "Mayor Ana Ruiz", "He", "The mayor"),
// a speech verb, then at most four words and the sentence end, with no quote
// mark and no "that" ("said on Monday.", "told reporters."). "Ruiz said the
// city would pay." is a sentence of its own.
bool IsShortAttribution(std::string_view next);

// True when the candidate boundary between `sentence` and `next` falls inside
// or right after a quotation that belongs with the attribution that follows
// (the two cases above). `next` runs to the end of the block.
bool JoinsQuotation(std::string_view sentence, std::string_view next);

// The same for Chinese and Japanese, where a quotation ends with its own full stop inside the
// closing mark and the attribution follows with no space: true when `sentence` ends with
// "。」", "！」", "？」" (or 』, ”, ’) and `next` goes on with hiragana (Japanese: 「…。」と
// 述べた。, 「…。」として), or is a short clause (at most 30 characters up to its 。) that ends
// with a Chinese verb of saying (“…。”省长在发布会上说。: 说, 表示, 称, 指出, 强调, 介绍, 透露,
// 说道, 问道, 回答, 宣布).
bool JoinsCjkQuotation(std::string_view sentence, std::string_view next);

// ICU's sentence rules count quotation marks and brackets after a full stop as closing ones,
// so "…10公里。“我们会全力救援。”" breaks after the "“" and "…开幕。「…" after the "「". The length
// in bytes of such an opening mark (“ ‘ „ « 「 『 （ 《) at the end of `sentence`, right after a
// sentence-final mark (。！？ . ! ?), when `next` goes on with no space: the boundary belongs
// before it. 0 otherwise (a German closing “ is followed by a space or ends the text).
size_t TrailingOpenerLength(std::string_view sentence, std::string_view next);

}  // namespace precis::text_internal

#endif  // PRECIS_TEXT_QUOTATIONS_H_
