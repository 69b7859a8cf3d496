// Line structure: which line breaks end sentences.
//
// ICU treats every line break as a paragraph end, which cuts hard-wrapped text ("the bill\n
// would pass") into pieces. Here a line break ends a sentence only when the layout says so:
//  - a blank line (white space only) or U+2029 PARAGRAPH SEPARATOR: a paragraph break;
//  - the next line is a list item ("- ", "* ", "• ", "1. ", "2) ", "(a) ") or a list item
//    ends and the next line is neither indented nor starts in lower case;
//  - either line is a separator with no letter or digit ("***", "---");
//  - the line is short for this text (under 60% of the 90th-percentile line length, so a
//    heading, byline or caption rather than a wrapped line), does not end in ",", ";", ":",
//    or a dash, and the next line does not start in lower case.
// Every other line break is soft: the sentence splitter sees it as a space.
#ifndef PRECIS_TEXT_LINE_STRUCTURE_H_
#define PRECIS_TEXT_LINE_STRUCTURE_H_

#include <string>
#include <string_view>
#include <vector>

#include "precis/text.h"

namespace precis::text_internal {

// Appends to *blocks the spans of `text` that no sentence may cross, in order, trimmed,
// none empty. Writes to *flat a copy of `text` of the same length in which every soft line
// break is replaced by spaces (byte for byte, so offsets agree). With `paragraph_breaks`
// false every line break is soft and the text is one block. Blocks never exceed 1 GiB
// (a longer run is cut at white space), so ICU's 32-bit offsets suffice.
void FindBlocks(std::string_view text, bool paragraph_breaks, std::vector<Span>* blocks,
                std::string* flat);

}  // namespace precis::text_internal

#endif  // PRECIS_TEXT_LINE_STRUCTURE_H_
