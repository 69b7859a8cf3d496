// concept_dump: the training data of the supervised concept weights (Li, Qian
// and Liu 2013). For every cluster of a clusters JSONL file with references,
// analyses it as `precis eval` does (IDF over the file's articles), builds the
// ILP's concepts with the built-in weights and writes one line per concept: the
// cluster id, "b" (bigram) or "u" (content word), the features of
// kConceptFeatures (precis/weights.h) and the target, the share of the
// cluster's reference summaries whose words hold the concept (stemmed as the
// summarizer stems).
//
//   concept_dump --data clusters.jsonl [--words 100] > concepts.tsv
//
// scripts/fit-concept-model.py fits the model on such files.
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>
#include <vector>

#include "precis/ingest.h"
#include "precis/summarize.h"
#include "precis/text.h"
#include "summarize/analysis.h"
#include "summarize/concept_features.h"
#include "summarize/concepts.h"
#include "summarize/term_index.h"

namespace precis {
namespace {

using summarize::ClusterAnalysis;
using summarize::Concepts;

// A word as text: its stem, with "\x01" after a stopword.
std::string WordKey(const std::vector<std::string>& stems, uint32_t word) {
  const bool stop = (word & ClusterAnalysis::kStopWord) != 0;
  const uint32_t id = word & ~ClusterAnalysis::kStopWord;
  std::string out = id < stems.size() ? stems[id] : "?";
  if (stop) out += '\x01';
  return out;
}

// The bigram and content-word keys (as ConceptKey below) of one reference.
std::set<std::string> ReferenceKeys(const std::string& text, const std::string& language) {
  summarize::TermIndex index(language);
  std::vector<WordToken> tokens;
  TokenizeWords(text, Span{0, static_cast<uint32_t>(text.size())}, &tokens);
  std::vector<uint32_t> words;
  for (const WordToken& t : tokens) {
    const uint32_t w = index.LookupWord(t.norm);
    if (w != summarize::TermIndex::kNone) words.push_back(w);
  }
  const std::vector<std::string>& stems = index.stems();
  std::set<std::string> keys;
  for (size_t k = 0; k < words.size(); ++k) {
    if (!(words[k] & ClusterAnalysis::kStopWord)) keys.insert(WordKey(stems, words[k]));
    if (k + 1 < words.size() &&
        !((words[k] & ClusterAnalysis::kStopWord) && (words[k + 1] & ClusterAnalysis::kStopWord))) {
      keys.insert(WordKey(stems, words[k]) + " " + WordKey(stems, words[k + 1]));
    }
  }
  return keys;
}

int Main(int argc, char** argv) {
  std::string data;
  size_t words = 100;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--data" && i + 1 < argc) {
      data = argv[++i];
    } else if (a == "--words" && i + 1 < argc) {
      words = std::strtoul(argv[++i], nullptr, 10);
    } else {
      std::fprintf(stderr, "usage: concept_dump --data clusters.jsonl [--words N] > out.tsv\n");
      return a == "--help" || a == "-h" ? 0 : 2;
    }
  }
  if (data.empty()) {
    std::fprintf(stderr, "concept_dump: --data is required\n");
    return 2;
  }
  std::string bytes;
  std::vector<Cluster> clusters;
  IngestReport report;
  Status s = ReadFile(data, size_t{1} << 30, &bytes);
  if (s.ok()) s = ParseClustersJsonl(bytes, data, IngestOptions(), &clusters, &report);
  if (!s.ok()) {
    std::fprintf(stderr, "concept_dump: %s\n", s.message().c_str());
    return 1;
  }
  std::vector<const Article*> all;
  for (const Cluster& c : clusters) {
    if (c.references.empty()) continue;
    for (const Article& a : c.articles) all.push_back(&a);
  }
  SummarizeOptions options;
  options.method = "auto";
  options.budget.limit = words;
  const IdfTable idf = IdfTable::Build(all, options.language);
  std::printf("cluster\tkind");
  for (const char* f : kConceptFeatures) std::printf("\t%s", f);
  std::printf("\ttarget\n");
  for (const Cluster& cluster : clusters) {
    if (cluster.references.empty()) continue;
    ClusterAnalysis a;
    s = summarize::Analyze(cluster, options, &idf, &a);
    if (!s.ok()) {
      std::fprintf(stderr, "concept_dump: %s: %s\n", cluster.id.c_str(), s.message().c_str());
      return 1;
    }
    const Concepts c = summarize::BuildConcepts(a, options.weights.generic);
    const std::vector<double> f = summarize::ConceptFeatures(a, c, options.weights.generic);
    std::vector<std::set<std::string>> refs;
    for (const std::string& r : cluster.references)
      refs.push_back(ReferenceKeys(r, options.language));
    for (size_t k = 0; k < c.size(); ++k) {
      const bool unigram = c.second[k] == Concepts::kUnigram;
      std::string key = WordKey(a.vocab, c.first[k]);
      if (!unigram) key += " " + WordKey(a.vocab, c.second[k]);
      size_t held = 0;
      for (const auto& r : refs) held += r.count(key);
      std::printf("%s\t%s", cluster.id.c_str(), unigram ? "u" : "b");
      for (size_t j = 0; j < kConceptFeatureCount; ++j) {
        std::printf("\t%.6g", f[k * kConceptFeatureCount + j]);
      }
      std::printf("\t%.6g\n", static_cast<double>(held) / static_cast<double>(refs.size()));
    }
  }
  return 0;
}

}  // namespace
}  // namespace precis

int main(int argc, char** argv) { return precis::Main(argc, argv); }
