#include "story/off_topic_trial.h"

#include <random>
#include <set>
#include <string>

namespace precis::story {

OffTopicTrial RunOffTopicTrial(const std::vector<Cluster>& clusters, const DigestOptions& options,
                               uint64_t seed) {
  OffTopicTrial trial;
  std::mt19937_64 rng(seed);
  std::vector<std::vector<std::string>> pool(clusters.size());
  for (size_t c = 0; c < clusters.size(); ++c) {
    for (const Article& a : clusters[c].articles) {
      for (const Span& s : SplitSentences(a.text, options.summarize.segment)) {
        if (CountWords(s.of(a.text)) >= 8) pool[c].emplace_back(s.of(a.text));
      }
    }
  }
  std::vector<std::string> texts;
  std::vector<std::set<std::string>> pasted;
  std::vector<std::vector<uint32_t>> stories(clusters.size());
  for (size_t c = 0; c < clusters.size(); ++c) {
    for (const Article& a : clusters[c].articles) {
      std::string text = a.text;
      std::set<std::string> added;
      size_t other = clusters.size() > 1 ? rng() % (clusters.size() - 1) : c;
      if (other >= c) ++other;
      if (rng() % 2 == 0 && other < clusters.size() && !pool[other].empty()) {
        for (int k = 0; k < 2; ++k) {
          const std::string& s = pool[other][rng() % pool[other].size()];
          if (added.insert(s).second) text += "\n\n" + s;
        }
      }
      stories[c].push_back(static_cast<uint32_t>(texts.size()));
      texts.push_back(std::move(text));
      pasted.push_back(std::move(added));
    }
  }
  std::vector<std::string_view> views(texts.begin(), texts.end());
  const auto off = OffTopicSentences(views, stories, options);
  for (size_t i = 0; i < texts.size(); ++i) {
    std::set<std::string> flagged;
    for (const Span& s : off[i]) flagged.emplace(s.of(texts[i]));
    trial.pasted += pasted[i].size();
    trial.original += SplitSentences(texts[i], options.summarize.segment).size() - pasted[i].size();
    for (const std::string& f : flagged) {
      if (pasted[i].count(f)) {
        ++trial.caught;
      } else {
        ++trial.flagged;
      }
    }
  }
  return trial;
}

}  // namespace precis::story
