// Rendering summaries for people and programs. Pure functions; thread-safe.
#ifndef PRECIS_RENDER_H_
#define PRECIS_RENDER_H_

#include <string>

#include "precis/summarize.h"

namespace precis {

// One JSON object on one line (no trailing newline):
// {"id","method","summary":[{"text","doc_id","begin","end"[,"file_begin","file_end"],"score"
//  [,"truncated"]}],"words","bytes","elapsed_ms"}. `begin`/`end` are byte offsets into the
// source article's text; `file_begin`/`file_end`, present when the text is a verbatim slice of
// the input (.txt files, text on standard input), are byte offsets into those input bytes.
std::string SummaryToJson(const Summary& summary);

// One sentence per line, each ending in a newline (line breaks inside a sentence become
// spaces). A truncated sentence (always the last one) ends in "...".
std::string SummaryToText(const Summary& summary);

}  // namespace precis

#endif  // PRECIS_RENDER_H_
