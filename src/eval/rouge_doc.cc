#include "eval/rouge_doc.h"

#include <algorithm>

namespace precis::rouge {

void RougeGrams::Clear() {
  keys.clear();
  counts.clear();
  total = 0;
}

RougeDocBuilder::RougeDocBuilder(const RougeOptions& options)
    : options_(options),
      ngram_sizes_(static_cast<size_t>(
          std::max(options.max_n, (options.lcs || options.w_weight > 0) ? 1 : 0))),
      vocab_(options.stem, options.use_exceptions, options.remove_stopwords) {}

void RougeDocBuilder::AppendTokens(std::string_view text, std::vector<uint32_t>* out) {
  ForEachRougeToken(text, &token_, [&](std::string_view raw, uint64_t hash) {
    uint32_t id = vocab_.Token(raw, hash);
    if (id != kRougeDropped) out->push_back(id);
  });
}

void RougeDocBuilder::Build(std::span<const std::string> sentences, RougeDoc* doc) {
  lines_.clear();
  for (const std::string& s : sentences) AppendRougeLines(s, &lines_);
  ApplyRougeLimit(lines_, options_.word_limit, options_.byte_limit, &limited_);

  bool need_sentences = options_.lcs || options_.w_weight > 0;
  // Without a byte limit the sentence list has the same pieces as the flat text.
  bool same_views = !(options_.byte_limit > 0 && options_.word_limit <= 0);
  doc->tokens.clear();
  doc->sentence_tokens.clear();
  doc->sentence_ends.clear();
  for (const RougePiece& piece : limited_.flat) {
    AppendTokens(lines_[piece.line].substr(0, piece.length), &doc->tokens);
    if (need_sentences && same_views)
      doc->sentence_ends.push_back(static_cast<uint32_t>(doc->tokens.size()));
  }
  if (need_sentences) {
    if (same_views) {
      doc->sentence_tokens = doc->tokens;
    } else {
      for (const RougePiece& piece : limited_.sentences) {
        AppendTokens(lines_[piece.line].substr(0, piece.length), &doc->sentence_tokens);
        doc->sentence_ends.push_back(static_cast<uint32_t>(doc->sentence_tokens.size()));
      }
    }
  }
  CountNgrams(doc);
  CountSkipGrams(doc);
}

void RougeDocBuilder::Count(RougeGrams* out) {
  counter_.Reset(keys_.size());
  for (uint64_t key : keys_) ++counter_[key];
  out->keys.resize(counter_.size());
  out->counts.resize(counter_.size());
  for (size_t i = 0; i < counter_.size(); ++i) {
    out->keys[i] = counter_.key(i);
    out->counts[i] = counter_.count(i);
  }
  out->total = keys_.size();
}

void RougeDocBuilder::CountTokens(const std::vector<uint32_t>& tokens, size_t end,
                                  RougeGrams* out) {
  out->Clear();
  if (token_counts_.size() < vocab_.size()) token_counts_.resize(vocab_.size(), 0);
  for (size_t i = 0; i < end; ++i)
    if (token_counts_[tokens[i]]++ == 0) out->keys.push_back(tokens[i]);
  out->counts.resize(out->keys.size());
  for (size_t k = 0; k < out->keys.size(); ++k) {
    out->counts[k] = token_counts_[out->keys[k]];
    token_counts_[out->keys[k]] = 0;
  }
  out->total = end;
}

void RougeDocBuilder::CountNgrams(RougeDoc* doc) {
  doc->ngrams.resize(ngram_sizes_);
  if (ngram_sizes_ == 0) return;
  const std::vector<uint32_t>& t = doc->tokens;
  CountTokens(t, t.size(), &doc->ngrams[0]);
  if (ngram_sizes_ >= 2) keys_.assign(t.begin(), t.end());
  for (size_t n = 2; n <= ngram_sizes_; ++n) {
    // An n-gram is its (n-1)-gram prefix, as a 32-bit id, and its last token.
    size_t count = t.size() >= n ? t.size() - n + 1 : 0;
    for (size_t i = 0; i < count; ++i) {
      uint64_t prefix = n == 2 ? keys_[i] : prefixes_.Intern(keys_[i]);
      keys_[i] = (prefix << 32) | t[i + n - 1];
    }
    keys_.resize(count);
    Count(&doc->ngrams[n - 1]);
  }
}

void RougeDocBuilder::CountSkipGrams(RougeDoc* doc) {
  doc->skip_pairs.Clear();
  doc->skip_units.Clear();
  if (!options_.skip_bigrams) return;
  const std::vector<uint32_t>& t = doc->tokens;
  const bool units = options_.skip_unigrams || options_.skip_both;
  keys_.clear();
  // The script never counts the last token's unigram, and a 1-token text counts nothing.
  if (units && t.size() >= 2) CountTokens(t, t.size() - 1, &doc->skip_units);
  for (size_t i = 0; i + 1 < t.size(); ++i) {
    size_t last = t.size() - 1;
    if (options_.skip_distance >= 0)
      last = std::min(last, i + static_cast<size_t>(options_.skip_distance) + 1);
    const uint64_t first = static_cast<uint64_t>(t[i]) << 32;
    for (size_t j = i + 1; j <= last; ++j) keys_.push_back(first | t[j]);
  }
  Count(&doc->skip_pairs);
}

void RougeClipCounter::Load(const RougeGrams& peer) {
  peer_.Reset(peer.keys.size());
  for (size_t k = 0; k < peer.keys.size(); ++k) peer_[peer.keys[k]] = peer.counts[k];
}

uint64_t RougeClipCounter::Hits(const RougeGrams& model) const {
  uint64_t hits = 0;
  for (size_t k = 0; k < model.keys.size(); ++k)
    hits += std::min(peer_.Get(model.keys[k]), model.counts[k]);
  return hits;
}

}  // namespace precis::rouge
