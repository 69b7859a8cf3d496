// Readability of summaries by a fixed surface rule, for every method, with
// ROUGE recall.
//
//   build/readability_bench [--data-dir DIR] [--sample FILE] [--verbose] [--compress]
//                           [--weights FILE]
//
// --compress summarizes with SummarizeOptions::compress (the rules apply to what is printed).
//
// Data sets: DUC 2004 (100 words, generic), DUC 2006 (250 words, each topic's
// query), both from ../shared/data, and the bundled sample
// (data/sample/stories.jsonl, no references).
//
// The rule is fixed and independent of precis's own classifier
// (summarize/coherence.h), so that the classifier cannot grade itself. A
// summary sentence counts as leaning on missing context when
//   - it opens (after any quote marks) with He, She, It, They, Its, His, Her,
//   Their, Them,
//     Him, These, Those, Such, This or That (not a time phrase such as "This
//     year" or "That day"), But, And, Also, However, Meanwhile, Still, Yet,
//     Moreover, Furthermore, In addition, Nevertheless, Instead, Thus,
//     Therefore, Besides, Otherwise, Likewise or Similarly; or
//   - it is only a quotation; or
//   - it is a quotation followed by "he/she/they said" (or added, told, noted);
// and it is excused only when the sentence before it in the summary is the
// sentence before it in the same article (only white space between the two in
// the article's text). Printed per method: summary sentences, those counted
// (and their share), those among them that are quotations without a named
// speaker, the pairs excused (a sentence that would count, right after its own
// previous sentence), and ROUGE-1/2 recall.
//
// A second fixed rule counts the surname-alone sentences (column "surname"): a summary
// sentence whose speaker is a capitalized word T standing alone ("T said", "T added", "T
// told", "T noted", "T says", or "said T" at the end), when the article names T in full
// before the sentence (a capitalized word other than Mr, Mrs, Ms, Dr or The right before T)
// and neither that sentence nor an earlier summary sentence names T in full.
#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "precis/eval.h"
#include "precis/ingest.h"
#include "precis/weights.h"
#include "precis/summarize.h"

namespace {

bool g_verbose = false;   // --verbose: print every counted sentence
bool g_compress = false;  // --compress: compressive selection
precis::SummaryWeights g_weights;  // --weights FILE: the default method's weights

using precis::Cluster;
using precis::Summary;
using precis::SummarySentence;

constexpr std::array<std::string_view, 34> kOpenings = {
    "He",      "She",       "It",          "They",         "Its",         "His",       "Her",
    "Their",   "Them",      "Him",         "These",        "Those",       "Such",      "This",
    "That",    "But",       "And",         "Also",         "However",     "Meanwhile", "Still",
    "Yet",     "Moreover",  "Furthermore", "Nevertheless", "Instead",     "Thus",      "Therefore",
    "Besides", "Otherwise", "Likewise",    "Similarly",    "In addition", "In"};
constexpr std::array<std::string_view, 24> kTimeWords = {
    "year",    "week",   "month",  "day",    "morning", "afternoon", "evening", "night",
    "weekend", "season", "summer", "winter", "spring",  "fall",      "autumn",  "decade",
    "century", "time",   "days",   "years",  "weeks",   "months",    "quarter", "weekend's"};

// Length of the quote marks and spaces at the start of `s`.
size_t QuotePrefix(std::string_view s) {
  size_t i = 0;
  for (;;) {
    if (s.substr(i, 2) == "``") {
      i += 2;
    } else if (i < s.size() && (s[i] == '"' || s[i] == '\'' || s[i] == ' ')) {
      ++i;
    } else if (s.substr(i, 3) == "\xE2\x80\x9C" || s.substr(i, 3) == "\xE2\x80\x98") {
      i += 3;
    } else {
      return i;
    }
  }
}

std::string_view NextWord(std::string_view s, size_t *at) {
  size_t i = *at;
  while (i < s.size() && (s[i] == ' ' || s[i] == ',')) ++i;
  size_t j = i;
  while (j < s.size() && (std::isalnum(static_cast<unsigned char>(s[j])) || s[j] == '\'')) ++j;
  *at = j;
  return s.substr(i, j - i);
}

bool LeaningOpening(std::string_view s) {
  size_t at = QuotePrefix(s);
  const std::string_view first = NextWord(s, &at);
  if (first == "In") {
    size_t k = at;
    return NextWord(s, &k) == "addition";
  }
  if (std::find(kOpenings.begin(), kOpenings.end(), first) == kOpenings.end()) return false;
  if (first == "This" || first == "That" || first == "These" || first == "Those" ||
      first == "Such") {
    size_t k = at;
    std::string next(NextWord(s, &k));
    for (char &c : next) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (next.size() > 2 && next.ends_with("'s")) next.resize(next.size() - 2);
    if (std::find(kTimeWords.begin(), kTimeWords.end(), next) != kTimeWords.end()) return false;
  }
  return true;
}

// Offset just past the closing quote of a sentence that opens with a quote, or
// npos.
size_t ClosingQuoteEnd(std::string_view s) {
  const size_t open = QuotePrefix(s);
  if (open == 0) return std::string_view::npos;
  size_t best = std::string_view::npos, width = 0;
  for (std::string_view mark : {"''", "\"", "\xE2\x80\x9D"}) {
    const size_t at = s.find(mark, open);
    if (at != std::string_view::npos && at < best) {
      best = at;
      width = mark.size();
    }
  }
  return best == std::string_view::npos ? best : best + width;
}

// A quotation without a named speaker: only a quotation, or one followed by a
// pronoun "said".
bool BareQuote(std::string_view s) {
  if (QuotePrefix(s) == 0 || s.find_first_of("\"`'\xE2") > 0) return false;
  const size_t close = ClosingQuoteEnd(s);
  if (close == std::string_view::npos) return true;  // an unclosed quotation
  std::string_view rest = s.substr(close);
  size_t at = 0;
  const std::string_view who = NextWord(rest, &at);
  if (who.empty()) return true;  // nothing but punctuation after the quotation
  if (who == "he" || who == "she" || who == "they") {
    const std::string_view verb = NextWord(rest, &at);
    return verb == "said" || verb == "added" || verb == "told" || verb == "noted";
  }
  return false;
}

// Words of `s`: runs of letters, digits and apostrophes.
std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> out;
  size_t at = 0;
  while (at < s.size()) {
    const std::string_view w = NextWord(s, &at);
    if (!w.empty()) {
      out.push_back(w);
    } else {
      ++at;
    }
  }
  return out;
}

bool Capitalized(std::string_view w) {
  return w.size() >= 2 && std::isupper(static_cast<unsigned char>(w[0])) &&
         std::islower(static_cast<unsigned char>(w[1]));
}

bool Honorific(std::string_view w) {
  return w == "Mr" || w == "Mrs" || w == "Ms" || w == "Dr" || w == "The" || w == "A";
}

// True when `text` names `surname` in full: "<Capitalized> <surname>", the first word not an
// honorific or article.
bool NamesInFull(std::string_view text, std::string_view surname) {
  const std::vector<std::string_view> w = Words(text);
  for (size_t i = 1; i < w.size(); ++i) {
    if (w[i] == surname && Capitalized(w[i - 1]) && !Honorific(w[i - 1]) &&
        w[i - 1].data() + w[i - 1].size() + 1 == w[i].data()) {
      return true;
    }
  }
  return false;
}

// The surname a sentence uses alone as its speaker, or empty.
std::string_view SurnameSpeaker(std::string_view s) {
  const std::vector<std::string_view> w = Words(s);
  for (size_t i = 0; i < w.size(); ++i) {
    if (!Capitalized(w[i]) || Honorific(w[i])) continue;
    if (i > 0 && Capitalized(w[i - 1]) && !Honorific(w[i - 1])) continue;
    if (i + 1 < w.size() && Capitalized(w[i + 1])) continue;
    const bool after = i + 1 < w.size() && (w[i + 1] == "said" || w[i + 1] == "says" ||
                                            w[i + 1] == "added" || w[i + 1] == "told" ||
                                            w[i + 1] == "noted");
    const bool before = i > 0 && i + 1 == w.size() && w[i - 1] == "said";
    if (after || before) return w[i];
  }
  return {};
}

struct Counts {
  size_t sentences = 0, leaning = 0, bare_quotes = 0, pairs = 0, surnames = 0;
  size_t summaries_with_surname = 0;
  void Add(const Cluster &cluster, const Summary &summary) {
    const size_t surnames_before = surnames;
    for (size_t k = 0; k < summary.sentences.size(); ++k) {
      const SummarySentence &s = summary.sentences[k];
      ++sentences;
      const std::string_view surname = SurnameSpeaker(s.text);
      if (!surname.empty() && !NamesInFull(s.text, surname)) {
        const std::string &text = cluster.articles[s.article].text;
        bool named_before = NamesInFull(std::string_view(text).substr(0, s.begin), surname);
        for (size_t j = 0; j < k && named_before; ++j) {
          named_before = !NamesInFull(summary.sentences[j].text, surname);
        }
        if (named_before) {
          ++surnames;
          if (g_verbose) std::printf("  [%s] surname: %s\n", summary.method.c_str(), s.text.c_str());
        }
      }
      const bool bare = BareQuote(s.text);
      if (!bare && !LeaningOpening(s.text)) continue;
      bool excused = false;
      if (k > 0) {
        const SummarySentence &p = summary.sentences[k - 1];
        if (p.article == s.article && p.end <= s.begin) {
          const std::string &text = cluster.articles[s.article].text;
          const std::string_view gap(text.data() + p.end, s.begin - p.end);
          excused = gap.find_first_not_of(" \t\r\n") == std::string_view::npos;
        }
      }
      if (excused) {
        ++pairs;
        continue;
      }
      ++leaning;
      bare_quotes += bare;
      if (g_verbose) std::printf("  [%s] %s\n", summary.method.c_str(), s.text.c_str());
    }
    summaries_with_surname += surnames > surnames_before;
  }
};

void PrintHeader(const char *title) {
  std::printf("\n%s\n%-11s %9s %8s %7s %11s %6s %8s %7s %7s\n", title, "method", "sentences",
              "leaning", "share", "bare quotes", "pairs", "surname", "R-1", "R-2");
  std::printf("(surname: sentences, and in parentheses the summaries holding one)\n");
}

void PrintRow(const std::string &method, const Counts &c, double r1, double r2) {
  const std::string surname =
      std::to_string(c.surnames) + " (" + std::to_string(c.summaries_with_surname) + ")";
  std::printf("%-11s %9zu %8zu %6.1f%% %11zu %6zu %8s %7.2f %7.2f\n", method.c_str(),
              c.sentences, c.leaning, c.sentences ? 100.0 * c.leaning / c.sentences : 0.0,
              c.bare_quotes, c.pairs, surname.c_str(), 100 * r1, 100 * r2);
}

bool ReadClusters(const std::string &path, std::vector<Cluster> *out) {
  precis::Input input;
  const precis::Status st = precis::ReadPath(path, precis::IngestOptions(), &input, nullptr);
  if (!st.ok() || !input.is_clusters) {
    std::printf("skipped %s: %s\n", path.c_str(), st.ok() ? "not clusters" : st.ToString().c_str());
    return false;
  }
  *out = std::move(input.clusters);
  return true;
}

void RunData(const char *title, const std::vector<Cluster> &clusters, size_t words) {
  precis::EvalOptions options;
  options.methods = precis::MethodNames();
  options.summarize.budget.limit = words;
  options.summarize.compress = g_compress;
  options.summarize.weights = g_weights;
  options.rouge.word_limit = static_cast<int>(words);
  std::vector<precis::MethodEval> results;
  const precis::Status st = precis::Evaluate(clusters, options, &results);
  if (!st.ok()) {
    std::printf("%s: %s\n", title, st.ToString().c_str());
    return;
  }
  PrintHeader(title);
  for (const precis::MethodEval &m : results) {
    Counts c;
    for (size_t i = 0; i < m.clusters.size(); ++i) {
      const auto it = std::find_if(clusters.begin(), clusters.end(), [&](const Cluster &x) {
        return x.id == m.clusters[i].cluster_id;
      });
      c.Add(*it, m.clusters[i].summary);
    }
    PrintRow(m.method, c, m.averages[0].recall.mean, m.averages[1].recall.mean);
  }
}

}  // namespace

int main(int argc, char **argv) {
  std::string data_dir = PRECIS_SHARED_DIR "/data";
  std::string sample = PRECIS_SOURCE_DIR "/data/sample/stories.jsonl";
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--verbose") == 0) g_verbose = true;
    if (std::strcmp(argv[i], "--compress") == 0) g_compress = true;
    if (i + 1 < argc && std::strcmp(argv[i], "--data-dir") == 0) data_dir = argv[++i];
    if (i + 1 < argc && std::strcmp(argv[i], "--sample") == 0) sample = argv[++i];
    if (i + 1 < argc && std::strcmp(argv[i], "--weights") == 0) {
      const precis::Status s = precis::LoadWeights(argv[++i], &g_weights);
      if (!s.ok()) {
        std::fprintf(stderr, "readability_bench: %s\n", s.message().c_str());
        return 1;
      }
    }
  }
  std::vector<Cluster> clusters;
  if (ReadClusters(data_dir + "/duc2004/clusters.jsonl", &clusters)) {
    RunData("DUC 2004, 100 words", clusters, 100);
  }
  if (ReadClusters(data_dir + "/duc2006/clusters.jsonl", &clusters)) {
    RunData("DUC 2006, 250 words, with queries", clusters, 250);
  }
  if (ReadClusters(sample, &clusters)) {
    PrintHeader("Bundled sample (README command: default options, no references)");
    for (const std::string &method : precis::MethodNames()) {
      Counts c;
      for (const Cluster &cluster : clusters) {
        precis::SummarizeOptions options;
        options.compress = g_compress;
        options.weights = g_weights;
        options.method = method;
        Summary summary;
        if (precis::Summarize(cluster, options, nullptr, &summary).ok()) c.Add(cluster, summary);
      }
      PrintRow(method, c, 0, 0);
    }
  }
  return 0;
}
