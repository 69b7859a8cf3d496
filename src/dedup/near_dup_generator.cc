#include "dedup/near_dup_generator.h"

#include <algorithm>
#include <map>
#include <random>

namespace precis::dedup {
namespace {

bool IsWordByte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return (u >= '0' && u <= '9') || ((u | 0x20) >= 'a' && (u | 0x20) <= 'z') || u >= 0x80;
}

class Draw {
 public:
  explicit Draw(uint64_t seed) : rng_(seed) {}
  // Uniform in [0, n) (n > 0); modulo bias is irrelevant at these sizes.
  uint32_t Below(uint32_t n) { return static_cast<uint32_t>(rng_() % n); }
  bool Chance(double p) { return static_cast<double>(rng_() >> 11) * 0x1.0p-53 < p; }

 private:
  std::mt19937_64 rng_;
};

// Words (runs of non-space bytes) of a sentence.
std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> words;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t')) ++i;
    const size_t start = i;
    while (i < s.size() && s[i] != ' ' && s[i] != '\n' && s[i] != '\t') ++i;
    if (i > start) words.emplace_back(s.substr(start, i - start));
  }
  return words;
}

}  // namespace

uint32_t RenameEntities(std::string_view tsv, std::string* text,
                        const std::function<uint32_t(uint32_t)>& draw) {
  // canonical -> its variants as written
  std::map<std::string, std::vector<std::string>> groups;
  size_t pos = 0;
  while (pos < tsv.size()) {
    size_t end = tsv.find('\n', pos);
    if (end == std::string_view::npos) end = tsv.size();
    std::string_view line = tsv.substr(pos, end - pos);
    pos = end + 1;
    if (line.empty() || line[0] == '#') continue;
    const size_t tab = line.find('\t');
    if (tab == std::string_view::npos) continue;
    const std::string variant(line.substr(0, tab));
    std::string_view rest = line.substr(tab + 1);
    const std::string canonical(rest.substr(0, rest.find('\t')));
    if (canonical.empty() || !(canonical[0] >= 'A' && canonical[0] <= 'Z')) continue;
    auto& g = groups[canonical];
    if (g.empty()) g.push_back(canonical);
    if (std::find(g.begin(), g.end(), variant) == g.end()) g.push_back(variant);
  }
  struct Pattern {
    std::string text;
    const std::vector<std::string>* group;
  };
  std::vector<Pattern> patterns;
  for (const auto& [canonical, g] : groups) {
    for (const std::string& v : g) patterns.push_back({v, &g});
  }
  std::stable_sort(patterns.begin(), patterns.end(), [](const Pattern& a, const Pattern& b) {
    return a.text.size() > b.text.size();  // longest first: "United States of America"
  });
  std::string out;
  uint32_t renamed = 0;
  const std::string& in = *text;
  size_t i = 0;
  while (i < in.size()) {
    const Pattern* hit = nullptr;
    if (i == 0 || !IsWordByte(in[i - 1])) {
      for (const Pattern& p : patterns) {
        if (in.compare(i, p.text.size(), p.text) != 0) continue;
        const size_t after = i + p.text.size();
        if (after < in.size() && IsWordByte(in[after]) && p.text.back() != '.') continue;
        hit = &p;
        break;
      }
    }
    if (hit == nullptr) {
      out += in[i++];
      continue;
    }
    // Another variant of the same entity.
    const auto& g = *hit->group;
    std::vector<const std::string*> others;
    for (const std::string& v : g) {
      if (v != hit->text) others.push_back(&v);
    }
    out += others.empty() ? hit->text : *others[draw(static_cast<uint32_t>(others.size()))];
    ++renamed;
    i += hit->text.size();
  }
  text->swap(out);
  return renamed;
}

std::vector<GeneratedCopy> GenerateNearDuplicates(const std::vector<std::string_view>& sources,
                                                  const NearDuplicateEdits& edits) {
  Draw draw(edits.seed);
  std::vector<std::vector<std::string>> sentences(sources.size());
  for (size_t i = 0; i < sources.size(); ++i) {
    for (const Span& s : SplitSentences(sources[i])) sentences[i].emplace_back(s.of(sources[i]));
  }
  std::vector<GeneratedCopy> copies;
  for (uint32_t i = 0; i < sources.size(); ++i) {
    std::vector<std::string> order = sentences[i];
    // Reorder.
    if (draw.Chance(edits.shuffle)) {
      for (size_t k = order.size(); k > 1; --k) std::swap(order[k - 1], order[draw.Below(k)]);
    } else if (order.size() > 1) {
      for (uint32_t k = 0; k < edits.swaps; ++k) {
        const uint32_t a = draw.Below(static_cast<uint32_t>(order.size() - 1));
        std::swap(order[a], order[a + 1]);
      }
    }
    // Delete and insert sentences.
    std::vector<std::string> kept;
    for (std::string& s : order) {
      if (!draw.Chance(edits.delete_sentence)) kept.push_back(std::move(s));
      if (sources.size() > 1 && draw.Chance(edits.insert_sentence)) {
        uint32_t other = draw.Below(static_cast<uint32_t>(sources.size() - 1));
        if (other >= i) ++other;
        if (!sentences[other].empty()) {
          kept.push_back(
              sentences[other][draw.Below(static_cast<uint32_t>(sentences[other].size()))]);
        }
      }
    }
    if (kept.empty() && !sentences[i].empty()) kept.push_back(sentences[i][0]);
    // Word edits.
    std::vector<std::string> all_words = Words(sources[i]);
    GeneratedCopy copy;
    copy.source = i;
    for (const std::string& s : kept) {
      std::string rewritten;
      for (const std::string& w : Words(s)) {
        if (draw.Chance(edits.delete_word)) continue;
        rewritten += (rewritten.empty() ? "" : " ") + w;
        if (!all_words.empty() && draw.Chance(edits.insert_word)) {
          rewritten += " " + all_words[draw.Below(static_cast<uint32_t>(all_words.size()))];
        }
      }
      if (rewritten.empty()) continue;
      copy.text += (copy.text.empty() ? "" : " ") + rewritten;
    }
    if (edits.aliases) {
      copy.renamed = RenameEntities(AliasTable::DefaultTsv(), &copy.text,
                                    [&draw](uint32_t n) { return draw.Below(n); });
    }
    copies.push_back(std::move(copy));
  }
  return copies;
}

}  // namespace precis::dedup
