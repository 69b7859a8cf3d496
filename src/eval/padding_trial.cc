#include "eval/padding_trial.h"

#include <random>
#include <set>
#include <string>

namespace precis::eval {
namespace {

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsWordChar(char c) {
  return (c >= 'a' && c <= 'z') || IsUpper(c) || (c >= '0' && c <= '9') || c == '\'';
}

// Capitalized words of `sentence` that do not open it (names, mostly).
std::vector<std::string> Names(std::string_view sentence) {
  std::vector<std::string> out;
  size_t i = 0;
  bool first = true;
  while (i < sentence.size()) {
    if (!IsWordChar(sentence[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < sentence.size() && IsWordChar(sentence[j])) ++j;
    if (!first && IsUpper(sentence[i]) && j - i > 2) out.emplace_back(sentence.substr(i, j - i));
    first = false;
    i = j;
  }
  return out;
}

}  // namespace

PaddedCluster PadFromOutside(const Cluster& host, const std::vector<const Cluster*>& outside,
                             uint64_t seed) {
  std::mt19937_64 rng(seed);
  PaddedCluster out;
  out.cluster = host;
  out.pasted.resize(host.articles.size());
  out.shares_name.resize(host.articles.size());
  if (outside.empty()) return out;

  std::set<std::string> host_names;
  for (const Article& a : host.articles) {
    for (Span s : SplitSentences(a.text)) {
      for (std::string& n : Names(s.of(a.text))) host_names.insert(std::move(n));
    }
  }
  // Candidate runs: (cluster, article, first sentence), split by whether the first sentence
  // shares a name with the host. Sentences of at least 8 words only, as real padding is.
  struct Run {
    const Article* article;
    std::vector<Span> sentences;  // the article's sentences from the run's start on
  };
  std::vector<Run> with_name, without_name;
  for (const Cluster* c : outside) {
    for (const Article& a : c->articles) {
      const std::vector<Span> spans = SplitSentences(a.text);
      for (size_t k = 0; k < spans.size(); ++k) {
        const std::string_view s = spans[k].of(a.text);
        if (CountWords(s) < 8) continue;
        bool shared = false;
        for (const std::string& n : Names(s)) shared = shared || host_names.count(n) > 0;
        Run run{&a, std::vector<Span>(spans.begin() + static_cast<long>(k), spans.end())};
        (shared ? with_name : without_name).push_back(std::move(run));
      }
    }
  }
  size_t padded = 0;
  for (size_t x = 0; x < out.cluster.articles.size(); ++x) {
    if (rng() % 2 != 0) continue;
    Article& a = out.cluster.articles[x];
    const std::vector<Span> spans = SplitSentences(a.text);
    if (spans.size() < 2) continue;
    const bool want_name = padded % 2 == 0 && !with_name.empty();
    const std::vector<Run>& pool = want_name ? with_name : without_name;
    if (pool.empty()) continue;
    const Run& run = pool[rng() % pool.size()];
    const size_t length = std::min<size_t>(1 + rng() % 3, run.sentences.size());
    const size_t after = 1 + rng() % (spans.size() - 1);  // insert after sentence `after - 1`
    const uint32_t at = spans[after - 1].end;
    std::string insert;
    std::vector<Span> pasted;
    for (size_t k = 0; k < length; ++k) {
      insert += ' ';
      const uint32_t begin = at + static_cast<uint32_t>(insert.size());
      insert += run.sentences[k].of(run.article->text);
      pasted.push_back({begin, at + static_cast<uint32_t>(insert.size())});
    }
    a.text.insert(at, insert);
    for (const Span& p : pasted) {
      out.pasted[x].push_back(p);
      out.shares_name[x].push_back(want_name);
    }
    ++padded;
  }
  return out;
}

}  // namespace precis::eval
