#include "summarize/analysis.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "summarize/chunked_array.h"
#include "summarize/coherence.h"
#include "summarize/compress.h"
#include "summarize/padding.h"
#include "summarize/query_terms.h"
#include "summarize/sentence_filters.h"
#include "summarize/term_index.h"
#include "text/language.h"

namespace precis::summarize {
namespace {

// A sentence opening with a quotation of fewer content words than this is not
// eligible
// ("``It's the World Series,'' said Martinez."). On DUC 2004 (docs/quality.md)
// it removes three such quotes from the 50 default summaries;
// 40.13/10.78 without the filter, 40.03/10.77 with 3, 39.88/10.74 with
// 4, 39.73/10.71 with 5.
constexpr size_t kMinQuoteContent = 3;

// Sorts a bag of term ids and collapses it into (term, count) pairs appended to
// *out.
void AppendCounts(std::vector<uint32_t>* ids, std::vector<TermWeight>* out) {
  std::sort(ids->begin(), ids->end());
  for (size_t i = 0; i < ids->size();) {
    size_t j = i;
    while (j < ids->size() && (*ids)[j] == (*ids)[i]) ++j;
    out->push_back({(*ids)[i], static_cast<float>(j - i)});
    i = j;
  }
}

// The same into the analysis (or a SinglesBuilder): each term's entry in `vectors` (its count
// as the weight until the TF-IDF weights are set) and its count in `counts`.
template <typename Out>
void AppendCounts(std::vector<uint32_t>* ids, Out* out) {
  std::sort(ids->begin(), ids->end());
  for (size_t i = 0; i < ids->size();) {
    size_t j = i;
    while (j < ids->size() && (*ids)[j] == (*ids)[i]) ++j;
    out->vectors.push_back({(*ids)[i], static_cast<float>(j - i)});
    out->counts.push_back(static_cast<uint32_t>(j - i));
    i = j;
  }
}

// The articles' own sentences (the singles) are built in chunks and moved into the analysis
// once their number is known, with room for the joint units: the arrays of a million
// sentences are never reallocated while growing, which held up to three times them at once.
struct SinglesBuilder {
  struct Counts {  // TermCounts' encoding, in chunks
    void push_back(uint32_t count) {
      if (count >= TermCounts::kLarge) large[small.size()] = count;
      small.push_back(
          static_cast<uint8_t>(count < TermCounts::kLarge ? count : TermCounts::kLarge));
    }
    ChunkedArray<uint8_t> small;
    std::unordered_map<size_t, uint32_t> large;
  };
  ChunkedArray<AnalyzedSentence> sentences;
  ChunkedArray<TermWeight> vectors;
  Counts counts;
  ChunkedArray<uint8_t> words;  // VarintArray bytes
};

// Per sentence: what a joint unit needs to know when it is built after the
// first pass.
struct SentenceFacts {
  Reliance reliance = Reliance::kStandsAlone;
  bool can_open = false;   // may open a unit: not boilerplate, not a contentless quote
  bool can_close = false;  // may close a unit: not boilerplate, not a heading or question
};

// Appends joint units for the article whose singles are [first, first + count)
// in out->sentences: for each sentence that leans on the one before it, the
// shortest run of sentences back to one that stands alone, when that run has at
// most kMaxJointSentences.
template <typename Fn>
void ForEachJointRun(const std::vector<SentenceFacts>& facts, uint32_t first, uint32_t count,
                     Fn&& fn) {
  for (uint32_t i = 1; i < count; ++i) {
    if (facts[first + i].reliance != Reliance::kOnPrevious) continue;
    uint32_t k = i - 1;
    while (k > 0 && facts[first + k].reliance == Reliance::kOnPrevious &&
           i - k + 1 < kMaxJointSentences)
      --k;
    if (facts[first + k].reliance != Reliance::kStandsAlone || i - k + 1 > kMaxJointSentences)
      continue;
    fn(k, i);
  }
}

void AddJointUnits(const Cluster& cluster, const SummarizeOptions& options, uint32_t first,
                   uint32_t count, const std::vector<SentenceFacts>& facts, ClusterAnalysis* out) {
  const uint32_t max_words = static_cast<uint32_t>(options.max_sentence_words * kJointWordsFactor);
  std::vector<uint32_t> ids;
  ForEachJointRun(facts, first, count, [&](uint32_t k, uint32_t i) {
    AnalyzedSentence u = out->sentences[first + k];
    const AnalyzedSentence& last = out->sentences[first + i];
    u.parts = i - k + 1;
    u.part_begin = static_cast<uint32_t>(out->part_spans.size());
    u.span.end = last.span.end;
    u.words = 0;
    u.chars = 0;
    u.tokens = 0;
    u.cut_bytes = 0;
    u.piece_begin = u.piece_end = 0;
    bool compressed = false;
    for (uint32_t p = k; p <= i; ++p) {
      const AnalyzedSentence& part = out->sentences[first + p];
      compressed = compressed || part.piece_end > part.piece_begin;
    }
    if (compressed) {
      // The unit's pieces: each part's kept bytes and the space between parts, so that a cut
      // of the unit and its rendering part by part both read them in order.
      u.piece_begin = static_cast<uint32_t>(out->pieces.size());
      for (uint32_t p = k; p <= i; ++p) {
        if (p > k) {
          const Span gap{out->sentences[first + p - 1].span.end,
                         out->sentences[first + p].span.begin};
          if (!gap.empty()) out->pieces.push_back(gap);
        }
        for (const Span& piece : CandidatePieces(*out, first + p)) out->pieces.push_back(piece);
      }
      u.piece_end = static_cast<uint32_t>(out->pieces.size());
    }
    ids.clear();
    bool ok = facts[first + k].can_open && facts[first + i].can_close;
    const uint32_t seq_begin = static_cast<uint32_t>(out->words.size());
    for (uint32_t p = k; p <= i; ++p) {
      const AnalyzedSentence part = out->sentences[first + p];
      out->part_spans.push_back(part.span);
      u.words += part.words;
      u.chars += part.chars;
      u.tokens += part.tokens;
      u.cut_bytes += part.cut_bytes;
      out->words.AppendOwn(part.seq_begin, part.seq_end);
      for (uint32_t t = part.vec_begin; t < part.vec_end; ++t) {
        for (uint32_t c = 0; c < out->counts[t]; ++c) ids.push_back(out->vectors[t].term);
      }
      ok = ok && (p == k || p == i || (facts[first + p].can_open && facts[first + p].can_close));
    }
    u.seq_begin = seq_begin;
    u.seq_end = static_cast<uint32_t>(out->words.size());
    u.vec_begin = static_cast<uint32_t>(out->vectors.size());
    AppendCounts(&ids, out);
    u.vec_end = static_cast<uint32_t>(out->vectors.size());
    const std::string_view text = u.span.of(cluster.articles[u.article].text);
    u.eligible = ok && u.words >= options.min_sentence_words && u.words <= max_words &&
                 u.vec_end > u.vec_begin && !text.empty();
    out->sentences.push_back(u);
  });
}

// Median of the word counts of the sentences with `in[i]` set (0 when none).
uint32_t MedianWords(const std::vector<AnalyzedSentence>& sentences, const std::vector<bool>& in) {
  std::vector<uint32_t> words;
  for (size_t i = 0; i < sentences.size(); ++i) {
    if (in[i]) words.push_back(sentences[i].words);
  }
  if (words.empty()) return 0;
  std::nth_element(words.begin(), words.begin() + words.size() / 2, words.end());
  return words[words.size() / 2];
}

// When the options' rules leave no sentence eligible, relaxes them so that a cluster with sentences
// never gets an empty summary (each step with a warning):
// 1. the length limits widen to the input's own lengths, [min(min, ceil(m / 2)), max(max, 2m)] for
//    the median length m of the sentences that pass the other filters, which always admits that
//    median sentence;
// 2. when the filters (headings, questions, boilerplate, empty quotes) leave nothing, every
//    sentence with a content word is eligible; failing that, every sentence with a word token (a
//    line of punctuation alone is no sentence to summarize).
void AdaptEligibility(const SummarizeOptions& options, const std::vector<bool>& filtered_in,
                      ClusterAnalysis* out) {
  std::vector<AnalyzedSentence>& sentences = out->sentences;
  auto any_eligible = [&] {
    return std::any_of(sentences.begin(), sentences.end(),
                       [](const AnalyzedSentence& s) { return s.eligible; });
  };
  if (sentences.empty() || any_eligible()) return;
  const uint32_t median = MedianWords(sentences, filtered_in);
  if (median > 0) {
    const uint32_t lo = std::min(options.min_sentence_words, std::max(1u, (median + 1) / 2));
    const uint32_t hi = std::max(options.max_sentence_words, 2 * median);
    for (size_t i = 0; i < sentences.size(); ++i) {
      sentences[i].eligible =
          filtered_in[i] && sentences[i].words >= lo && sentences[i].words <= hi;
    }
    out->warnings.push_back("no sentence has " + std::to_string(options.min_sentence_words) + "-" +
                            std::to_string(options.max_sentence_words) +
                            " words; the length limits were adapted to this input's sentences (" +
                            std::to_string(lo) + "-" + std::to_string(hi) + " words)");
    return;
  }
  for (AnalyzedSentence& s : sentences) s.eligible = s.vec_end > s.vec_begin;
  if (!any_eligible()) {
    for (AnalyzedSentence& s : sentences) s.eligible = s.tokens > 0;
  }
  if (any_eligible()) {
    out->warnings.push_back(
        "every sentence looks like a heading, question, byline or boilerplate; chosen from "
        "them anyway");
  }
}

}  // namespace

void ContentStems(std::string_view text, Span range, std::string_view language,
                  std::vector<std::string>* out) {
  TermIndex index(language);
  std::vector<WordToken> tokens;
  TokenizeWords(text, range, &tokens);
  for (const WordToken& t : tokens) {
    const uint32_t id = index.Lookup(t.norm);
    if (id != TermIndex::kNone) out->push_back(index.stems()[id]);
  }
}

std::vector<Span> CandidatePieces(const ClusterAnalysis& a, size_t i) {
  const AnalyzedSentence& s = a.sentences[i];
  if (s.piece_begin == s.piece_end) return {s.span};
  return std::vector<Span>(a.pieces.begin() + s.piece_begin, a.pieces.begin() + s.piece_end);
}

void ScoreJointUnitsFromParts(const ClusterAnalysis& a, std::vector<double>* scores) {
  if (a.singles == 0 || a.singles == a.size()) return;
  // The single sentences are a prefix ordered by (article, position), in a full analysis as in
  // a subset of one; the position arithmetic of a full analysis read past `scores` in a subset
  // (LexRank on a large query-focused cluster gave scores of 161 and different summaries from
  // run to run).
  const auto key = [](uint32_t article, uint32_t position) {
    return (uint64_t{article} << 32) | position;
  };
  std::vector<uint64_t> singles(a.singles);
  for (size_t i = 0; i < a.singles; ++i) {
    singles[i] = key(a.sentences[i].article, a.sentences[i].position);
  }
  for (size_t i = a.singles; i < a.size(); ++i) {
    const AnalyzedSentence& u = a.sentences[i];
    double sum = 0;
    for (uint32_t p = 0; p < u.parts; ++p) {
      const uint64_t k = key(u.article, u.position + p);
      const auto at = std::lower_bound(singles.begin(), singles.end(), k);
      if (at != singles.end() && *at == k)
        sum += (*scores)[static_cast<size_t>(at - singles.begin())];
    }
    (*scores)[i] = u.parts > 0 ? sum / u.parts : 0.0;
  }
}

float Dot(const TermWeight* a, const TermWeight* a_end, const TermWeight* b,
          const TermWeight* b_end) {
  float sum = 0;
  while (a != a_end && b != b_end) {
    if (a->term < b->term) {
      ++a;
    } else if (b->term < a->term) {
      ++b;
    } else {
      sum += a->weight * b->weight;
      ++a;
      ++b;
    }
  }
  return sum;
}

float Cosine(const ClusterAnalysis& a, size_t i, size_t j) {
  const float denom = a.sentences[i].norm * a.sentences[j].norm;
  if (denom <= 0) return 0;
  return Dot(a.vec_begin(i), a.vec_end(i), a.vec_begin(j), a.vec_end(j)) / denom;
}

std::string ClusterLanguage(const Cluster& cluster, std::string_view fallback) {
  // Per language (by Snowball name, so "sv" and "sv-SE" count together): the first field as
  // written, which is what ICU's locales and the tables read, and the count.
  struct Count {
    std::string name, as_written;
    size_t n = 0;
  };
  std::vector<Count> counts;  // a few languages at most
  for (const Article& a : cluster.articles) {
    if (a.language.empty() || !IsKnownLanguage(a.language)) continue;
    const std::string name = text_internal::SnowballLanguageName(a.language);
    auto it =
        std::find_if(counts.begin(), counts.end(), [&](const Count& c) { return c.name == name; });
    if (it == counts.end()) it = counts.insert(counts.end(), Count{name, a.language, 0});
    ++it->n;
  }
  const auto best = std::max_element(counts.begin(), counts.end(),
                                     [](const Count& x, const Count& y) { return x.n < y.n; });
  return best == counts.end() ? std::string(fallback) : best->as_written;
}

Status Analyze(const Cluster& cluster, const SummarizeOptions& options, const IdfTable* idf,
               ClusterAnalysis* out) {
  *out = ClusterAnalysis();
  TermIndex index(options.language);
  std::vector<WordToken> tokens;
  std::vector<uint32_t> ids;
  // Document frequency within the cluster, used when no background table is
  // given.
  std::vector<uint32_t> local_df;
  std::vector<uint32_t> last_article;
  std::vector<bool> filtered_in;  // per sentence: passes every filter but the length limits

  out->article_sentences.assign(cluster.articles.size(), 0);
  SinglesBuilder singles;
  std::vector<SentenceFacts> facts;
  std::vector<Span> kept;
  std::vector<Span> pieces;
  const std::string fallback = ClusterLanguage(cluster, options.language);
  for (size_t a = 0; a < cluster.articles.size(); ++a) {
    const std::string& text = cluster.articles[a].text;
    if (text.size() > UINT32_MAX) {
      return Status::InvalidArgument("article " + cluster.articles[a].id + " is larger than 4 GiB");
    }
    // Each article in its own language (a mixed feed needs no --language).
    SegmentOptions segment = options.segment;
    segment.language = ArticleLanguage(cluster.articles[a], fallback);
    index.SetLanguage(segment.language);
    // A dateline ("WASHINGTON (AP) -- ") is not part of the news: the summary
    // sentence starts after it, still pointing at the original bytes.
    kept.clear();
    for (Span span : SplitSentences(text, segment)) {
      span.begin += DatelineLength(span.of(text));
      if (!span.empty()) kept.push_back(span);
    }
    const std::vector<Reliance> reliance = ArticleReliance(text, kept, segment.language);
    for (size_t k = 0; k < kept.size(); ++k) {
      const Span span = kept[k];
      AnalyzedSentence s;
      s.article = static_cast<uint32_t>(a);
      s.position = out->article_sentences[a]++;
      s.span = span;
      const std::string_view sentence = span.of(text);
      s.words = CountWords(sentence);
      s.chars = CountChars(sentence);
      tokens.clear();
      // With compression the candidate is what the deletion rules keep (compress.h): its
      // lengths, tokens and terms count those bytes; filters and coherence read the whole.
      pieces.clear();
      if (options.compress) {
        pieces = CompressSentence(text, span, segment.language, kSummaryCompressRules);
      }
      if (!pieces.empty() && !(pieces.size() == 1 && pieces[0] == span)) {
        s.piece_begin = static_cast<uint32_t>(out->pieces.size());
        out->pieces.insert(out->pieces.end(), pieces.begin(), pieces.end());
        s.piece_end = static_cast<uint32_t>(out->pieces.size());
        const std::string kept_text = JoinPieces(text, pieces);
        s.words = CountWords(kept_text);
        s.chars = CountChars(kept_text);
        s.cut_bytes = static_cast<uint32_t>(span.size() - kept_text.size());
        for (const Span& piece : pieces) TokenizeWords(text, piece, &tokens);
      } else {
        TokenizeWords(text, span, &tokens);
      }
      s.tokens = static_cast<uint32_t>(tokens.size());
      ids.clear();
      s.seq_begin = static_cast<uint32_t>(singles.words.size());
      for (const WordToken& t : tokens) {
        const uint32_t word = index.LookupWord(t.norm);
        if (word == TermIndex::kNone) continue;
        AppendVarint(ClusterAnalysis::PackWord(word), &singles.words);
        if (word & TermIndex::kStopBit) continue;
        const uint32_t id = word;
        ids.push_back(id);
        if (id >= local_df.size()) {
          local_df.resize(id + 1, 0);
          last_article.resize(id + 1, 0);
        }
        if (last_article[id] != a + 1) {
          last_article[id] = static_cast<uint32_t>(a + 1);
          ++local_df[id];
        }
      }
      s.seq_end = static_cast<uint32_t>(singles.words.size());
      s.vec_begin = static_cast<uint32_t>(singles.vectors.size());
      AppendCounts(&ids, &singles);
      s.vec_end = static_cast<uint32_t>(singles.vectors.size());
      SentenceFacts f;
      f.reliance = reliance[k];
      const bool boilerplate = LooksLikeBoilerplate(sentence);
      f.can_open = !boilerplate && !IsContentlessQuote(sentence, span.begin, tokens,
                                                       segment.language, kMinQuoteContent);
      f.can_close =
          !boilerplate && !LooksLikeHeading(sentence) && !IsQuestion(sentence, segment.language);
      // The filters without the length limits; AdaptEligibility widens the limits when
      // nothing passes them.
      const bool passes_filters = s.vec_end > s.vec_begin && f.can_open && f.can_close &&
                                  f.reliance == Reliance::kStandsAlone;
      s.eligible = passes_filters && s.words >= options.min_sentence_words &&
                   s.words <= options.max_sentence_words;
      filtered_in.push_back(passes_filters);
      facts.push_back(f);
      singles.sentences.push_back(s);
    }
  }
  {
    // The joint units' room: which units exist depends only on the sentences' reliance, so
    // they are counted now; a unit's terms are at most its sentences' terms together.
    size_t units = 0, unit_entries = 0, unit_bytes = 0;
    for (uint32_t a = 0, first = 0; a < cluster.articles.size();
         first += out->article_sentences[a++]) {
      ForEachJointRun(facts, first, out->article_sentences[a], [&](uint32_t k, uint32_t i) {
        ++units;
        for (uint32_t p = k; p <= i; ++p) {
          const AnalyzedSentence& part = singles.sentences[first + p];
          unit_entries += part.vec_end - part.vec_begin;
          unit_bytes += part.seq_end - part.seq_begin;
        }
      });
    }
    if (singles.vectors.size() + unit_entries > UINT32_MAX ||
        singles.words.size() + unit_bytes > UINT32_MAX) {
      return Status::InvalidArgument("the cluster has too many words to summarize at once");
    }
    out->sentences = singles.sentences.TakeVector(units);
    out->vectors = singles.vectors.TakeVector(unit_entries);
    out->counts =
        TermCounts(singles.counts.small.TakeVector(unit_entries), std::move(singles.counts.large));
    out->words = VarintArray(singles.words.TakeVector(unit_bytes));
  }
  out->singles = static_cast<uint32_t>(out->sentences.size());

  AdaptEligibility(options, filtered_in, out);

  // Query terms join the vocabulary before IDF is computed so they get weights too.
  // Question-type cues ("Describe", "Include") are left out; title words count more.
  std::vector<TermWeight> query_tf;
  // A query weight of 0 ignores the query: no method sees one.
  const QueryText query =
      options.query_weight > 0 ? QueryOf(cluster, options) : QueryText{};
  for (const auto& [part, weight] :
       {std::pair{&query.title, static_cast<float>(options.weights.query.title_weight)},
        std::pair{&query.narrative, 1.0f}}) {
    tokens.clear();
    TokenizeWords(*part, Span{0, static_cast<uint32_t>(part->size())}, &tokens);
    ids.clear();
    for (const WordToken& t : tokens) {
      if (IsQuestionCue(t.norm)) continue;
      const uint32_t id = index.Lookup(t.norm);
      if (id != TermIndex::kNone) ids.push_back(id);
    }
    std::vector<TermWeight> counts;
    AppendCounts(&ids, &counts);
    for (TermWeight c : counts) query_tf.push_back({c.term, c.weight * weight});
  }
  std::sort(query_tf.begin(), query_tf.end(),
            [](const TermWeight& x, const TermWeight& y) { return x.term < y.term; });
  size_t unique = 0;  // one entry per term
  for (size_t i = 0; i < query_tf.size(); ++i) {
    if (unique > 0 && query_tf[unique - 1].term == query_tf[i].term) {
      query_tf[unique - 1].weight += query_tf[i].weight;
    } else {
      query_tf[unique++] = query_tf[i];
    }
  }
  query_tf.resize(unique);

  out->vocab = index.TakeStems();
  const size_t vocab_size = out->vocab.size();
  local_df.resize(vocab_size, 0);
  const auto blank = [](const std::string& t) {
    return t.find_first_not_of(" \t\r\n") == std::string::npos;
  };
  if (!(blank(query.title) && blank(query.narrative)) &&
      std::none_of(query_tf.begin(), query_tf.end(),
                   [&](const TermWeight& w) { return local_df[w.term] > 0; })) {
    // A query of stopwords and question words only, or of words the input does not hold, steers
    // nothing: say so rather than give a generic summary as if it were the query's.
    out->warnings.push_back(
        "the query has no content word that occurs in the input (stopwords and question words "
        "aside): summarized without it");
  }
  out->idf.resize(vocab_size);
  const double n_docs = static_cast<double>(cluster.articles.size());
  for (size_t t = 0; t < vocab_size; ++t) {
    out->idf[t] = idf != nullptr
                      ? static_cast<float>(idf->Idf(out->vocab[t]))
                      : static_cast<float>(std::log((1.0 + n_docs) / (1.0 + local_df[t])) + 1.0);
  }

  // Padding from outside the feed (padding.h), weighed with the IDF just computed: a
  // background table's when the caller gives one, so that words every story uses count little.
  if (options.off_topic_support > 0) {
    PaddingOptions padding_options;
    padding_options.min_support = options.off_topic_support;
    padding_options.background = idf != nullptr && idf->documents() >= kMinBackgroundDocuments;
    const std::vector<bool> padding =
        FindPadding(*out, local_df, cluster.articles.size(), padding_options);
    for (size_t i = 0; i < padding.size(); ++i) {
      if (!padding[i]) continue;
      ++out->off_topic;
      out->sentences[i].padding = true;
      out->sentences[i].eligible = false;
      facts[i].can_open = facts[i].can_close = false;
    }
  }
  for (uint32_t a = 0, first = 0; a < cluster.articles.size();
       first += out->article_sentences[a++]) {
    AddJointUnits(cluster, options, first, out->article_sentences[a], facts, out);
  }

  // `vectors` holds raw counts so far: weigh them.
  for (AnalyzedSentence& s : out->sentences) {
    double norm2 = 0;
    for (uint32_t k = s.vec_begin; k < s.vec_end; ++k) {
      TermWeight& w = out->vectors[k];
      w.weight = w.weight * out->idf[w.term];
      norm2 += static_cast<double>(w.weight) * w.weight;
    }
    s.norm = static_cast<float>(std::sqrt(norm2));
  }
  double qnorm2 = 0;
  for (TermWeight w : query_tf) {
    w.weight *= out->idf[w.term];
    qnorm2 += static_cast<double>(w.weight) * w.weight;
    out->query.push_back(w);
  }
  out->query_norm = static_cast<float>(std::sqrt(qnorm2));
  out->query_weight = options.query_weight;
  ExpandQuery(options.query_feedback_sentences, options.query_expansion_terms,
              options.query_expansion_weight, out);

  // Chronological article order: by the instant of the date (ParseDate: ISO 8601 with any
  // zone, RSS dates), then dates that do not parse by their text, undated last; then input
  // order (stable sort keeps it). Comparing the strings alone misorders zones
  // ("2024-08-01T06:00+09:00" is before "2024-07-31T23:00Z") and RSS dates.
  const size_t n_articles = cluster.articles.size();
  std::vector<int64_t> instant(n_articles, 0);
  std::vector<uint8_t> kind(n_articles, 0);  // 0 parsed, 1 a date that does not parse, 2 none
  for (size_t i = 0; i < n_articles; ++i) {
    const std::string& date = cluster.articles[i].date;
    kind[i] = date.empty() ? 2 : ParseDate(date, &instant[i]) ? 0 : 1;
  }
  out->chronological.resize(n_articles);
  std::iota(out->chronological.begin(), out->chronological.end(), 0u);
  std::stable_sort(out->chronological.begin(), out->chronological.end(),
                   [&](uint32_t x, uint32_t y) {
                     if (kind[x] != kind[y]) return kind[x] < kind[y];
                     if (kind[x] == 0) return instant[x] < instant[y];
                     return cluster.articles[x].date < cluster.articles[y].date;
                   });
  // The arrays were sized once, after the singles (SinglesBuilder): no growth slack stays with
  // the analysis through selection beyond the few repeated terms of joint units.
  return Status::Ok();
}

}  // namespace precis::summarize
