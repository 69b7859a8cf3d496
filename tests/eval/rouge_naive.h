// A deliberately naive ROUGE-1.5.5, written line by line from ../shared/rouge/SPEC.md with
// strings, std::map and full dynamic-programming tables: the obviously right reference the
// fast RougeScorer is tested against on random inputs. Slow on purpose; tests only.
#ifndef PRECIS_TESTS_EVAL_ROUGE_NAIVE_H_
#define PRECIS_TESTS_EVAL_ROUGE_NAIVE_H_

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

#include "eval/rouge_lexicon.h"
#include "eval/rouge_vocab.h"
#include "precis/rouge.h"

namespace precis::rouge_naive {

inline bool IsSpace(char ch) {
  return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' || ch == '\v';
}

// Perl's split(/\s+/, s).
inline std::vector<std::string> PerlSplit(const std::string& s) {
  std::vector<std::string> fields;
  std::string cur;
  bool any = false;
  for (size_t i = 0; i < s.size(); ++i) {
    if (IsSpace(s[i])) {
      if (i == 0 || !IsSpace(s[i - 1])) {
        fields.push_back(cur);
        cur.clear();
      }
    } else {
      cur += s[i];
      any = true;
    }
  }
  fields.push_back(cur);
  while (!fields.empty() && fields.back().empty()) fields.pop_back();
  if (!any) fields.clear();
  return fields;
}

struct Views {
  std::string flat;
  std::vector<std::string> sentences;
};

// SPEC 2 and 2.1: lines, lowercasing, then the limits on raw text.
inline Views Read(const std::vector<std::string>& input, const RougeOptions& o) {
  std::vector<std::string> lines;
  for (const std::string& s : input) {
    std::string line;
    for (char ch : s + "\n") {
      if (ch == '\n') {
        if (!line.empty()) lines.push_back(line);
        line.clear();
      } else {
        line += (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
      }
    }
  }
  Views v;
  if (o.word_limit > 0) {
    int64_t n = 0;
    for (const std::string& s : lines) {
      std::vector<std::string> w = PerlSplit(s);
      if (n + static_cast<int64_t>(w.size()) < o.word_limit) {
        if (n != 0) v.flat += " ";
        v.flat += s;
        v.sentences.push_back(s);
        n += static_cast<int64_t>(w.size());
      } else {
        std::string cut;
        for (int64_t k = 0; k < o.word_limit - n; ++k) cut += (k ? " " : "") + w[k];
        if (n > 0) v.flat += " ";
        v.flat += cut;
        v.sentences.push_back(cut);
        break;
      }
    }
  } else if (o.byte_limit > 0) {
    int64_t n = 0;
    for (const std::string& s : lines) {
      int64_t len = static_cast<int64_t>(s.size());
      if (n + len < o.byte_limit) {
        if (n != 0) v.flat += " ";
        v.flat += s;
        n += len;
      } else {
        if (n > 0) v.flat += " ";
        v.flat += s.substr(0, o.byte_limit - n);
        break;
      }
    }
    for (const std::string& s : lines) {  // the bug: the count never moves
      if (static_cast<int64_t>(s.size()) < o.byte_limit) {
        v.sentences.push_back(s);
      } else {
        v.sentences.push_back(s.substr(0, o.byte_limit));
        break;
      }
    }
  } else {
    for (size_t i = 0; i < lines.size(); ++i) v.flat += (i ? " " : "") + lines[i];
    v.sentences = lines;
  }
  return v;
}

// SPEC 3 and 4: cleanup, tokens, stop words, stems.
inline std::vector<std::string> Tokens(const std::string& text, const RougeOptions& o) {
  std::string a;
  for (char ch : text) a += ch == '-' ? std::string(" - ") : std::string(1, ch);
  for (char& ch : a) {
    bool keep = (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') ||
                ch == '-';
    if (!keep) ch = ' ';
  }
  std::vector<std::string> raw;
  std::string cur;
  for (char ch : a + " ") {
    if (ch == ' ') {
      if (!cur.empty()) raw.push_back(cur);
      cur.clear();
    } else {
      cur += ch;
    }
  }
  std::vector<std::string> out;
  for (const std::string& t : raw) {
    if (o.remove_stopwords && rouge::IsRougeStopword(t)) continue;
    char first = t[0];
    if (!((first >= 'a' && first <= 'z') || (first >= '0' && first <= '9') || first == '$'))
      continue;
    out.push_back(o.stem && t.size() > 3 ? rouge::RougeStem(t, o.use_exceptions) : t);
  }
  return out;
}

inline double Round5(double x) {
  char buf[400];
  std::snprintf(buf, sizeof(buf), "%.5f", x);
  return std::strtod(buf, nullptr);
}

using Counts = std::map<std::string, int>;

inline Counts Ngrams(const std::vector<std::string>& t, int n) {
  Counts c;
  for (int i = 0; i + n <= static_cast<int>(t.size()); ++i) {
    std::string g = t[i];
    for (int k = 1; k < n; ++k) g += " " + t[i + k];
    ++c[g];
  }
  return c;
}

inline Counts SkipGrams(const std::vector<std::string>& t, int d, bool units) {
  Counts c;
  int n = static_cast<int>(t.size());
  for (int i = 0; i + 1 < n; ++i) {
    if (units) ++c[t[i]];
    for (int j = i + 1; j < n && (d < 0 || j <= i + d + 1); ++j) ++c[t[i] + " " + t[j]];
  }
  return c;
}

inline int Total(const Counts& c) {
  int s = 0;
  for (auto& [g, k] : c) s += k;
  return s;
}

inline int Hit(const Counts& peer, const Counts& model) {
  int h = 0;
  for (auto& [g, k] : model) {
    auto it = peer.find(g);
    if (it != peer.end()) h += std::min(k, it->second);
  }
  return h;
}

// Union LCS marks of model sentence r over all peer sentences, plain (w = 0) or weighted.
inline std::vector<int> UnionMask(const std::vector<std::string>& r,
                                  const std::vector<std::vector<std::string>>& peer, double w) {
  std::vector<int> mask(r.size(), 0);
  for (const auto& c : peer) {
    size_t R = r.size(), C = c.size();
    std::vector<std::vector<double>> val(R + 1, std::vector<double>(C + 1, 0));
    std::vector<std::vector<int>> run(R + 1, std::vector<int>(C + 1, 0));
    std::vector<std::vector<char>> dir(R + 1, std::vector<char>(C + 1, 0));
    auto f = [&](int k) { return std::pow(static_cast<double>(k), w); };
    for (size_t i = 1; i <= R; ++i) {
      for (size_t j = 1; j <= C; ++j) {
        if (r[i - 1] == c[j - 1]) {
          if (w > 0) {
            int k = run[i - 1][j - 1];
            val[i][j] = (val[i - 1][j - 1] + f(k + 1)) - f(k);
            run[i][j] = k + 1;
          } else {
            val[i][j] = val[i - 1][j - 1] + 1;
          }
          dir[i][j] = 'd';
        } else if (val[i - 1][j] >= val[i][j - 1]) {
          val[i][j] = val[i - 1][j];
          dir[i][j] = 'u';
        } else {
          val[i][j] = val[i][j - 1];
          dir[i][j] = 'l';
        }
      }
    }
    size_t i = R, j = C;
    while (i > 0 && j > 0) {
      if (dir[i][j] == 'd') {
        mask[i - 1] = 1;
        --i;
        --j;
      } else if (dir[i][j] == 'u') {
        --i;
      } else {
        --j;
      }
    }
  }
  return mask;
}

struct Doc {
  std::vector<std::string> flat;
  std::vector<std::vector<std::string>> sentences;
};

inline Doc MakeDoc(const std::vector<std::string>& input, const RougeOptions& o) {
  Views v = Read(input, o);
  Doc d;
  d.flat = Tokens(v.flat, o);
  for (const std::string& s : v.sentences) d.sentences.push_back(Tokens(s, o));
  return d;
}

// Scores like RougeScorer::Score; returns false where the script dies (ROUGE-W, empty model).
inline bool Score(const std::vector<std::string>& peer_text,
                  const std::vector<std::vector<std::string>>& model_texts, const RougeOptions& o,
                  std::vector<RougeScore>* out) {
  Doc peer = MakeDoc(peer_text, o);
  std::vector<Doc> models;
  for (const auto& m : model_texts) models.push_back(MakeDoc(m, o));
  out->clear();
  for (const RougeMetric& metric : RougeMetricsFor(o)) {
    double H = 0, M = 0, P = 0, best = -1;
    bool w = metric.kind == RougeMetricKind::kW;
    for (const Doc& model : models) {
      double hit = 0, mc = 0, pc = 0, rank = 0;
      if (metric.kind == RougeMetricKind::kN || metric.kind == RougeMetricKind::kS) {
        Counts pg = metric.kind == RougeMetricKind::kN
                        ? Ngrams(peer.flat, metric.n)
                        : SkipGrams(peer.flat, o.skip_distance, metric.unigrams);
        Counts mg = metric.kind == RougeMetricKind::kN
                        ? Ngrams(model.flat, metric.n)
                        : SkipGrams(model.flat, o.skip_distance, metric.unigrams);
        hit = Hit(pg, mg);
        mc = Total(mg);
        pc = Total(pg);
        rank = mc > 0 ? Round5(hit / mc) : 0;
      } else {
        Counts peer_left = Ngrams(peer.flat, 1);  // fresh copies per model
        Counts model_left = Ngrams(model.flat, 1);
        double base = 0;
        for (const auto& r : model.sentences) {
          std::vector<int> mask = UnionMask(r, peer.sentences, w ? o.w_weight : 0);
          base += w ? std::pow(static_cast<double>(r.size()), o.w_weight) : r.size();
          int run = 0;
          for (size_t k = 0; k < r.size(); ++k) {
            if (!mask[k] || model_left[r[k]] <= 0 || peer_left[r[k]] <= 0) continue;
            --model_left[r[k]];
            --peer_left[r[k]];
            if (!w) {
              hit += 1;
              continue;
            }
            ++run;
            if ((k + 1 < r.size() && !mask[k + 1]) || k + 1 == r.size()) {
              hit += std::pow(static_cast<double>(run), o.w_weight);
              run = 0;
            }
          }
        }
        double peer_count = Total(Ngrams(peer.flat, 1));
        if (w) {
          if (base == 0) return false;  // "Illegal division by zero"
          rank = std::pow(hit / base, 1 / o.w_weight);
          mc = std::pow(base, o.w_weight);
          pc = std::pow(peer_count, o.w_weight);
        } else {
          rank = base > 0 ? hit / base : 0;
          mc = base;
          pc = peer_count;
        }
      }
      if (o.combine == RougeModelCombine::kAverage) {
        H += hit;
        M += mc;
        P += pc;
      } else if (rank > best) {
        best = rank;
        H = hit;
        M = mc;
        P = pc;
      }
    }
    RougeScore s;
    s.model_count = M;
    s.peer_count = P;
    s.hit_count = H;
    auto inv = [&](double x) { return w ? std::pow(x, 1 / o.w_weight) : x; };
    s.recall = M > 0 ? Round5(inv(H / M)) : 0;
    s.precision = P > 0 ? Round5(inv(H / P)) : 0;
    double den = (1 - o.alpha) * s.precision + o.alpha * s.recall;
    s.f = den > 0 ? Round5(s.precision * s.recall / den) : 0;
    out->push_back(s);
  }
  return true;
}

}  // namespace precis::rouge_naive

#endif  // PRECIS_TESTS_EVAL_ROUGE_NAIVE_H_
