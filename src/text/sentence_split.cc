// SplitSentences: layout blocks -> ICU sentence boundaries -> news repairs -> length limit.
#include <algorithm>
#include <string>
#include <vector>

#include "precis/text.h"
#include "text/break_cache.h"
#include "text/clause_split.h"
#include "text/language.h"
#include "text/line_structure.h"
#include "text/quotations.h"
#include "text/sentence_rules.h"

namespace precis {
namespace {

// Candidate boundaries inside `block` (offsets relative to it, excluding 0 and the end).
void IcuBoundaries(std::string_view block, const std::string& language,
                   std::vector<uint32_t>* out) {
  icu::BreakIterator* it =
      text_internal::ThreadBreakIterator(text_internal::BreakKind::kSentence, language);
  text_internal::Utf8Text utext(block);
  UErrorCode status = U_ZERO_ERROR;
  it->setText(utext.get(), status);
  if (U_FAILURE(status)) return;
  for (int32_t pos = it->next(); pos != icu::BreakIterator::DONE; pos = it->next()) {
    if (static_cast<size_t>(pos) < block.size()) out->push_back(static_cast<uint32_t>(pos));
  }
}

void SplitBlock(std::string_view text, std::string_view flat, Span block,
                const SegmentOptions& options, std::string_view language,
                std::vector<uint32_t>* candidates, std::vector<Span>* out) {
  const std::string_view b = block.of(flat);
  candidates->clear();
  IcuBoundaries(b, options.language, candidates);
  const size_t icu_count = candidates->size();
  text_internal::FindMissedBreaks(b, candidates);
  text_internal::FindThaiBreaks(b, candidates);
  if (candidates->size() > icu_count) {
    std::sort(candidates->begin(), candidates->end());
    candidates->erase(std::unique(candidates->begin(), candidates->end()), candidates->end());
  }
  // The dateline belongs to the first sentence: no boundary inside "ST. LOUIS (AP) -- ".
  const uint32_t dateline = DatelineLength(b);
  uint32_t start = 0;
  for (uint32_t pos : *candidates) {
    if (pos <= dateline) continue;
    // "…公里。“我们…": the opening mark ICU left at the end belongs to the next sentence.
    pos -= static_cast<uint32_t>(
        text_internal::TrailingOpenerLength(b.substr(start, pos - start), b.substr(pos)));
    if (pos <= start) continue;
    if (text_internal::IsFalseBreak(b.substr(start, pos - start), b.substr(pos), flat, language))
      continue;
    // A quotation stays with its attribution ("We will rebuild." Mayor Ana Ruiz said.).
    if (text_internal::JoinsQuotation(b.substr(start, pos - start), b.substr(pos))) continue;
    if (text_internal::JoinsCjkQuotation(b.substr(start, pos - start), b.substr(pos))) continue;
    text_internal::AppendWithLimit(text, Span{block.begin + start, block.begin + pos},
                                   options.max_sentence_bytes, out);
    start = pos;
  }
  text_internal::AppendWithLimit(text, Span{block.begin + start, block.end},
                                 options.max_sentence_bytes, out);
}

}  // namespace

std::vector<Span> SplitSentences(std::string_view text, const SegmentOptions& options) {
  std::vector<Span> sentences;
  if (text.empty()) return sentences;
  // Scratch buffers reused across calls on this thread: segmentation runs once per article.
  thread_local std::string flat;
  thread_local std::vector<Span> blocks;
  thread_local std::vector<uint32_t> candidates;
  blocks.clear();
  text_internal::FindBlocks(text, options.paragraph_breaks, &blocks, &flat);
  const std::string language = text_internal::SnowballLanguageName(options.language);
  for (const Span& block : blocks) {
    SplitBlock(text, flat, block, options, language, &candidates, &sentences);
  }
  if (flat.capacity() > (size_t{1} << 24)) std::string().swap(flat);  // do not pin huge inputs
  return sentences;
}

}  // namespace precis
