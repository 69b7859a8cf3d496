// ROUGE-1.5.5's inputs: the XML configuration that lists evaluations (peer and model files
// per <EVAL>), the -z file list, and the sentence formats of peer and model files (SPL, SEE,
// ISI). Parsing only: callers read the files (no file access here). Thread-safe.
#ifndef PRECIS_EVAL_ROUGE_CONFIG_H_
#define PRECIS_EVAL_ROUGE_CONFIG_H_

#include <string>
#include <string_view>
#include <vector>

#include "precis/status.h"

namespace precis::rouge {

enum class RougeInputFormat { kSpl, kSee, kIsi, kSimple };

// Parses "SPL", "SEE", "ISI" or "SIMPLE" (as the config spells it).
bool ParseRougeInputFormat(std::string_view name, RougeInputFormat* out);

struct RougeConfigFile {
  std::string id;    // the P or M element's ID
  std::string path;  // root + "/" + file name, as the script builds it
};

struct RougeConfigEval {
  std::string id;  // <EVAL ID=...>
  int line = 0;    // where the EVAL element starts, for messages
  RougeInputFormat format = RougeInputFormat::kSpl;
  std::vector<RougeConfigFile> peers;
  std::vector<RougeConfigFile> models;  // in document order
};

// Parses the XML text of a configuration. Evaluations come in document order; element text
// is trimmed of surrounding white space. Errors (malformed XML, a missing ID, root or
// INPUT-FORMAT) are DataError "<name>:<line>: <what>".
Status ParseRougeConfig(std::string_view xml, const std::string& name,
                        std::vector<RougeConfigEval>* out);

// Parses a -z file list: one evaluation per line, "peer model1 model2 ...", blank lines and
// lines starting with '#' skipped. Evaluations get IDs 1, 2, ... and peer ID `peer_id`.
Status ParseRougeFileList(std::string_view text, const std::string& name, RougeInputFormat format,
                          const std::string& peer_id, std::vector<RougeConfigEval>* out);

// The sentences of a peer or model file in `format` (SPEC 2): SPL keeps every non-empty
// line; SEE and ISI keep the text of the lines that match their markup, other lines are
// ignored. Bytes are kept as they are (lowercasing and cleanup happen in the scorer).
// SIMPLE (Basic Elements) is Unsupported.
Status ReadRougeSentences(std::string_view bytes, RougeInputFormat format,
                          std::vector<std::string>* out);

}  // namespace precis::rouge

#endif  // PRECIS_EVAL_ROUGE_CONFIG_H_
