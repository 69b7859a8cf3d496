#include "story/synthetic_stream.h"

#include <algorithm>
#include <cstdio>

#include "precis/text.h"

namespace precis::story {
namespace {

constexpr int64_t kDay = 86400;
constexpr int64_t kEpoch2000 = 946684800;  // 2000-01-01T00:00:00Z

std::string FormatDate(int64_t t) {
  // Civil date from days since 1970-01-01 (the inverse of ParseDate's day count).
  int64_t z = t / kDay + 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int64_t d = doy - (153 * mp + 2) / 5 + 1;
  const int64_t m = mp < 10 ? mp + 3 : mp - 9;
  const int64_t y = yoe + era * 400 + (m <= 2);
  const int64_t s = t % kDay;
  char buf[96];
  std::snprintf(buf, sizeof buf, "%04lld-%02lld-%02lldT%02lld:%02lld:%02lldZ",
                static_cast<long long>(y), static_cast<long long>(m), static_cast<long long>(d),
                static_cast<long long>(s / 3600), static_cast<long long>(s / 60 % 60),
                static_cast<long long>(s % 60));
  return buf;
}

}  // namespace

SyntheticStream::SyntheticStream(const std::vector<Cluster>& topics,
                                 const SyntheticStreamOptions& options)
    : options_(options), rng_(options.seed) {
  for (const Cluster& c : topics) {
    std::vector<std::string> sentences;
    std::vector<uint32_t> leads;
    for (const Article& a : c.articles) {
      bool first = true;
      for (const Span& s : SplitSentences(a.text)) {
        if (CountWords(s.of(a.text)) < 4) continue;
        if (first) leads.push_back(static_cast<uint32_t>(sentences.size()));
        first = false;
        sentences.emplace_back(s.of(a.text));
      }
    }
    if (sentences.size() < 8) continue;
    sentences_.push_back(std::move(sentences));
    leads_.push_back(std::move(leads));
  }
  PlanEvents();
}

void SyntheticStream::PlanEvents() {
  const int64_t horizon = int64_t{options_.days} * kDay;
  for (uint32_t t = 0; t < sentences_.size(); ++t) {
    int64_t at = static_cast<int64_t>(rng_() % (int64_t{options_.min_gap_days} * 2 * kDay));
    for (uint32_t serial = 0; at < horizon; ++serial) {
      Event e;
      e.topic = t;
      e.serial = serial;
      e.begin = at;
      e.end = at + kDay +
              static_cast<int64_t>(rng_() % (int64_t{options_.max_event_days - 1} * kDay + 1));
      events_.push_back(e);
      const int64_t gap = int64_t{options_.min_gap_days} * kDay;
      at = e.end + gap + static_cast<int64_t>(rng_() % (2 * gap + 1));
    }
  }
  std::sort(events_.begin(), events_.end(), [](const Event& a, const Event& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.topic < b.topic;
  });
}

bool SyntheticStream::Next(Article* article, std::string* gold) {
  if (produced_ >= options_.articles || events_.empty()) return false;
  const int64_t horizon = int64_t{options_.days} * kDay;
  int64_t now = static_cast<int64_t>(static_cast<double>(produced_) * horizon / options_.articles);
  // Advance the set of active events to `now`; skip quiet moments with no active event.
  while (true) {
    while (next_event_ < events_.size() && events_[next_event_].begin <= now) {
      active_.push_back(static_cast<uint32_t>(next_event_++));
    }
    active_.erase(std::remove_if(active_.begin(), active_.end(),
                                 [&](uint32_t e) { return events_[e].end < now; }),
                  active_.end());
    if (!active_.empty()) break;
    if (next_event_ >= events_.size()) return false;
    now = events_[next_event_].begin;
  }
  Event& e = events_[active_[rng_() % active_.size()]];
  article->id = std::to_string(produced_);
  article->id.insert(article->id.begin(), 'a');
  article->title.clear();
  article->source = "synthetic";
  article->url.clear();
  article->date = FormatDate(kEpoch2000 + now);
  article->text.clear();
  if (!e.recent.empty() && static_cast<double>(rng_() >> 11) * 0x1.0p-53 < options_.copies) {
    // A wire copy: an earlier article of the event without its last sentence.
    const std::string& src = e.recent[rng_() % e.recent.size()];
    const size_t cut = src.rfind(". ");
    article->text = cut == std::string::npos ? src : src.substr(0, cut + 1);
  } else {
    const auto& pool = sentences_[e.topic];
    const auto& leads = leads_[e.topic];
    const uint32_t count =
        options_.min_sentences +
        static_cast<uint32_t>(rng_() % (options_.max_sentences - options_.min_sentences + 1));
    article->text = pool[leads.empty() ? rng_() % pool.size() : leads[rng_() % leads.size()]];
    for (uint32_t k = 1; k < count; ++k) {
      article->text += ' ';
      article->text += pool[rng_() % pool.size()];
    }
    if (e.recent.size() >= 4) e.recent.erase(e.recent.begin());
    e.recent.push_back(article->text);
  }
  *gold = std::to_string(e.topic) + "/" + std::to_string(e.serial);
  ++produced_;
  return true;
}

}  // namespace precis::story
