// IdfTable: document frequencies of stems over a background collection.
#include <cmath>
#include <unordered_map>
#include <unordered_set>

#include "precis/summarize.h"
#include "summarize/term_index.h"

namespace precis {

struct IdfTable::Impl {
  size_t documents = 0;
  std::unordered_map<std::string, uint32_t, summarize::StringHash, std::equal_to<>> df;
};

IdfTable::IdfTable() : impl_(std::make_unique<Impl>()) {}
IdfTable::~IdfTable() = default;
IdfTable::IdfTable(IdfTable&&) noexcept = default;
IdfTable& IdfTable::operator=(IdfTable&&) noexcept = default;

IdfTable IdfTable::Build(const std::vector<Cluster>& clusters, std::string_view language) {
  std::vector<const Article*> all;
  for (const Cluster& c : clusters) {
    for (const Article& a : c.articles) all.push_back(&a);
  }
  return Build(all, language);
}

IdfTable IdfTable::Build(const std::vector<const Article*>& articles, std::string_view language) {
  IdfTable table;
  summarize::TermIndex index(language);
  std::vector<uint32_t> df;
  std::vector<uint32_t> last_seen;  // term -> last article counted + 1
  std::vector<WordToken> tokens;
  for (size_t a = 0; a < articles.size(); ++a) {
    const std::string& text = articles[a]->text;
    tokens.clear();
    TokenizeWords(text, Span{0, static_cast<uint32_t>(text.size())}, &tokens);
    for (const WordToken& t : tokens) {
      const uint32_t id = index.Lookup(t.norm);
      if (id == summarize::TermIndex::kNone) continue;
      if (id >= df.size()) {
        df.resize(id + 1, 0);
        last_seen.resize(id + 1, 0);
      }
      if (last_seen[id] != a + 1) {
        last_seen[id] = static_cast<uint32_t>(a + 1);
        ++df[id];
      }
    }
  }
  table.impl_->documents = articles.size();
  const auto& stems = index.stems();
  table.impl_->df.reserve(stems.size());
  for (size_t i = 0; i < stems.size(); ++i) table.impl_->df.emplace(stems[i], df[i]);
  return table;
}

double IdfTable::Idf(std::string_view stem) const {
  uint32_t df = 0;
  if (auto it = impl_->df.find(stem); it != impl_->df.end()) df = it->second;
  // Smoothed so that a term in every document keeps a small positive weight.
  return std::log((1.0 + static_cast<double>(impl_->documents)) / (1.0 + df)) + 1.0;
}

size_t IdfTable::documents() const { return impl_->documents; }

}  // namespace precis
