// AliasTable: loading TSV entries and rewriting token streams.
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cassert>

#include "dedup/aliases.h"

namespace precis {
namespace dedup {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> fields;
  size_t pos = 0;
  while (true) {
    const size_t tab = line.find('\t', pos);
    fields.push_back(Trim(line.substr(pos, tab == std::string_view::npos ? line.npos : tab - pos)));
    if (tab == std::string_view::npos) break;
    pos = tab + 1;
  }
  return fields;
}

bool StartsUpper(std::string_view s) {
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
  return c >= 0 && (u_isupper(c) || u_istitle(c));
}

// `norm` without a final "'s" or "'" (unchanged when it has none).
std::string_view WithoutPossessive(std::string_view norm) {
  const size_t n = norm.size();
  if (n > 2 && norm[n - 1] == 's' && norm[n - 2] == '\'') return norm.substr(0, n - 2);
  if (n > 1 && norm[n - 1] == '\'') return norm.substr(0, n - 1);
  return norm;
}

// True when `t` may be the first word of a variant (a cheap filter: the bit set of first-word
// hashes, also for the word without a possessive).
bool MayStartAlias(const AliasData& aliases, const MatchTokens& tokens, const MatchToken& t) {
  if (!(t.flags & kHasLetter)) return false;
  if (aliases.MaybeFirstWord(t.hash)) return true;
  const std::string_view base = WithoutPossessive(tokens.norm(t));
  return base.size() < t.norm_size && aliases.MaybeFirstWord(HashBytes(base));
}

// Matches `entry` at tokens[pos...]; returns the number of tokens matched (0
// for none) and sets *possessive to the "'s" or "'" suffix found on the last
// word.
size_t MatchAt(const AliasEntry& entry, std::string_view text, const MatchTokens& tokens,
               size_t pos, std::string_view* possessive) {
  const size_t n = entry.words.size();
  if (pos + n > tokens.tokens.size()) return 0;
  for (size_t k = 0; k < n; ++k) {
    const MatchToken& t = tokens.tokens[pos + k];
    if (k + 1 < n && (t.flags & kSentenceEnd)) return 0;
    std::string_view norm = tokens.norm(t);
    std::string_view suffix;
    if (k + 1 == n && norm != entry.words[k]) {
      for (std::string_view s : {std::string_view("'s"), std::string_view("'")}) {
        if (norm.size() > s.size() && norm.ends_with(s)) {
          suffix = s;
          norm.remove_suffix(s.size());
          break;
        }
      }
    }
    if (norm != entry.words[k]) return 0;
    if (!entry.exact.empty()) {
      std::string_view written = t.span.of(text);
      if (!suffix.empty()) written = written.substr(0, entry.exact[k].size());
      if (written != entry.exact[k]) return 0;
    }
    if (k + 1 == n) {
      if (entry.needs_period && (t.span.end >= text.size() || text[t.span.end] != '.')) return 0;
      *possessive = suffix;
    }
  }
  return n;
}

}  // namespace

void ApplyAliases(const AliasData& aliases, std::string_view text, MatchTokens* tokens,
                  std::vector<MatchToken>* scratch) {
  if (aliases.entries.empty() || tokens->tokens.empty()) return;
  // Most words cannot start a variant: skip ahead to the first that may, and leave the
  // tokens untouched when there is none.
  const size_t count = tokens->tokens.size();
  size_t i = 0;
  while (i < count && !MayStartAlias(aliases, *tokens, tokens->tokens[i])) ++i;
  if (i == count) return;
  scratch->assign(tokens->tokens.begin(), tokens->tokens.begin() + static_cast<ptrdiff_t>(i));
  while (i < count) {
    const MatchToken& t = tokens->tokens[i];
    size_t matched = 0;
    const AliasEntry* hit = nullptr;
    std::string_view possessive;
    if ((t.flags & kHasLetter)) {
      auto it = aliases.by_first_word.end();
      if (aliases.MaybeFirstWord(t.hash)) it = aliases.by_first_word.find(t.hash);
      if (it == aliases.by_first_word.end()) {
        // A one-word variant with a possessive ("Britain's").
        const std::string_view base = WithoutPossessive(tokens->norm(t));
        if (base.size() < t.norm_size) {
          const uint64_t h = HashBytes(base);
          if (aliases.MaybeFirstWord(h)) it = aliases.by_first_word.find(h);
        }
      }
      if (it != aliases.by_first_word.end()) {
        for (uint32_t e : it->second) {
          matched = MatchAt(aliases.entries[e], text, *tokens, i, &possessive);
          if (matched > 0) {
            hit = &aliases.entries[e];
            break;
          }
        }
      }
    }
    if (hit == nullptr) {
      scratch->push_back(t);
      ++i;
      continue;
    }
    MatchToken r;
    r.span = Span{t.span.begin, tokens->tokens[i + matched - 1].span.end};
    r.flags = static_cast<uint8_t>((t.flags & (kSentenceStart | kCapitalized)) |
                                   (tokens->tokens[i + matched - 1].flags & kSentenceEnd) |
                                   kHasLetter | kAlias);
    if (aliases.canonical_is_name[hit->canonical]) r.flags |= kName;
    r.norm_begin = static_cast<uint32_t>(tokens->norms.size());
    tokens->norms += aliases.canonicals[hit->canonical];
    tokens->norms += possessive;
    r.norm_size = static_cast<uint32_t>(tokens->norms.size() - r.norm_begin);
    r.hash =
        possessive.empty() ? aliases.canonical_hashes[hit->canonical] : HashBytes(tokens->norm(r));
    scratch->push_back(r);
    i += matched;
  }
  tokens->tokens.swap(*scratch);
}

}  // namespace dedup

AliasTable::AliasTable() : data_(std::make_unique<dedup::AliasData>()) {}
AliasTable::~AliasTable() = default;
AliasTable::AliasTable(const AliasTable& other)
    : data_(std::make_unique<dedup::AliasData>(*other.data_)) {}
AliasTable& AliasTable::operator=(const AliasTable& other) {
  if (this != &other) data_ = std::make_unique<dedup::AliasData>(*other.data_);
  return *this;
}
AliasTable::AliasTable(AliasTable&&) noexcept = default;
AliasTable& AliasTable::operator=(AliasTable&&) noexcept = default;

size_t AliasTable::size() const { return data_->entries.size(); }

const AliasTable& AliasTable::Default() {
  static const AliasTable* table = [] {
    auto* t = new AliasTable();
    const Status status = t->AddTsv(DefaultTsv(), "default aliases");
    assert(status.ok());
    (void)status;
    return t;
  }();
  return *table;
}

Status AliasTable::AddTsv(std::string_view tsv, std::string_view name) {
  dedup::AliasData& d = *data_;
  dedup::MatchTokens tokens;
  size_t line_no = 0;
  size_t pos = 0;
  auto error = [&](const std::string& msg) {
    return Status::DataError(std::string(name) + ":" + std::to_string(line_no) + ": " + msg);
  };
  // Adds (or redefines) one variant; `field` is the variant as written.
  auto add_variant = [&](std::string_view field, bool case_sensitive, uint32_t canonical) {
    dedup::TokenizeForMatching(field, &tokens);
    dedup::AliasEntry entry;
    std::string key = case_sensitive ? "c" : "i";
    for (const dedup::MatchToken& t : tokens.tokens) {
      entry.words.emplace_back(tokens.norm(t));
      if (case_sensitive) entry.exact.emplace_back(t.span.of(field));
      key += '\x1f';
      key += case_sensitive ? std::string(t.span.of(field)) : entry.words.back();
    }
    entry.needs_period = field.ends_with('.') && tokens.tokens.back().span.end < field.size();
    if (entry.needs_period) key += ".";
    entry.canonical = canonical;
    if (auto it = d.by_key.find(key); it != d.by_key.end()) {
      entry.order = d.entries[it->second].order;
      d.entries[it->second] = std::move(entry);
      return;
    }
    const uint32_t id = static_cast<uint32_t>(d.entries.size());
    entry.order = id;
    const uint64_t first = dedup::HashBytes(entry.words[0]);
    d.first_word_bits[(first >> 6) & 1023] |= uint64_t{1} << (first & 63);
    auto& list = d.by_first_word[first];
    d.entries.push_back(std::move(entry));
    d.by_key.emplace(std::move(key), id);
    list.push_back(id);
    std::stable_sort(list.begin(), list.end(), [&](uint32_t a, uint32_t b) {
      const auto& ea = d.entries[a];
      const auto& eb = d.entries[b];
      if (ea.words.size() != eb.words.size()) return ea.words.size() > eb.words.size();
      return ea.order < eb.order;  // insertion order among equal lengths
    });
  };

  while (pos < tsv.size()) {
    size_t end = tsv.find('\n', pos);
    if (end == std::string_view::npos) end = tsv.size();
    const std::string_view raw = tsv.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (dedup::Trim(raw).empty() || dedup::Trim(raw).front() == '#') continue;
    size_t bad = 0;
    if (!IsValidUtf8(raw, &bad)) return error("invalid UTF-8 at byte " + std::to_string(bad));
    const std::vector<std::string_view> fields = dedup::SplitTabs(raw);
    if (fields.size() < 2 || fields.size() > 3) {
      return error("expected \"variant<TAB>canonical[<TAB>case]\", got " +
                   std::to_string(fields.size()) + " field(s)");
    }
    if (fields[0].empty() || fields[1].empty()) return error("empty field");
    const bool case_sensitive = fields.size() == 3 && fields[2] == "case";
    if (fields.size() == 3 && !case_sensitive) {
      return error("unknown flag '" + std::string(fields[2]) + "' (expected 'case')");
    }
    dedup::TokenizeForMatching(fields[1], &tokens);
    if (tokens.tokens.empty()) return error("canonical form has no word");
    std::string canonical;
    for (const dedup::MatchToken& t : tokens.tokens) {
      if (!canonical.empty()) canonical += ' ';
      canonical += tokens.norm(t);
    }
    const std::string canonical_field(fields[1]);
    dedup::TokenizeForMatching(fields[0], &tokens);
    if (tokens.tokens.empty()) return error("variant has no word");

    uint32_t cid;
    if (auto found = d.canonical_ids.find(canonical); found != d.canonical_ids.end()) {
      cid = found->second;
    } else {
      cid = static_cast<uint32_t>(d.canonicals.size());
      d.canonical_ids.emplace(canonical, cid);
      d.canonicals.push_back(canonical);
      d.canonical_hashes.push_back(dedup::HashBytes(canonical));
      d.canonical_is_name.push_back(dedup::StartsUpper(canonical_field) ? 1 : 0);
      add_variant(canonical_field, false,
                  cid);  // the canonical spelling is its own variant
    }
    add_variant(fields[0], case_sensitive, cid);
  }
  return Status::Ok();
}

std::string AliasTable::Canonicalize(std::string_view text) const {
  dedup::MatchTokens tokens;
  std::vector<dedup::MatchToken> scratch;
  dedup::TokenizeForMatching(text, &tokens);
  dedup::ApplyAliases(*data_, text, &tokens, &scratch);
  std::string out;
  for (const dedup::MatchToken& t : tokens.tokens) {
    if (!out.empty()) out += ' ';
    out += tokens.norm(t);
  }
  return out;
}

}  // namespace precis
