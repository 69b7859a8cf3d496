#include "summarize/scorers.h"

namespace precis::summarize {

std::vector<double> LeadScores(const ClusterAnalysis& a) {
  const size_t n_articles = a.article_sentences.size();
  std::vector<uint32_t> rank(n_articles, 0);  // chronological rank of each article
  for (size_t r = 0; r < a.chronological.size(); ++r) rank[a.chronological[r]] = r;
  std::vector<double> scores(a.size());
  for (size_t i = 0; i < a.size(); ++i) {
    const AnalyzedSentence& s = a.sentences[i];
    // Position first, then the article's rank: a strict order that walks round-robin.
    const double order = s.position + static_cast<double>(rank[s.article]) / (n_articles + 1.0);
    scores[i] = 1.0 / (1.0 + order);
  }
  return scores;
}

}  // namespace precis::summarize
