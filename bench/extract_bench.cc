// Main-text extraction on the article-extraction benchmark
// (../shared/data/article-extraction): the benchmark's own metric (evaluate.py:
// 4-token shingles of \w+ tokens, per-page tp/fp/fn normalized to sum 1,
// precision and recall averaged over pages, F1 of the averages), the worst
// pages, and extraction speed in MB/s of (decompressed) HTML on one core.
//
//   extract_bench [--data DIR] [--worst N] [--repeat N] [--write-output FILE]
// --write-output writes {"key": {"articleBody": ...}} for evaluate.py (put it
// in output/).
#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <zlib.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "precis/extract.h"

namespace {

bool Gunzip(const std::string& path, std::string* out) {
  gzFile f = gzopen(path.c_str(), "rb");
  if (f == nullptr) return false;
  char buf[1 << 16];
  int n;
  out->clear();
  while ((n = gzread(f, buf, sizeof buf)) > 0) out->append(buf, static_cast<size_t>(n));
  gzclose(f);
  return n == 0;
}

// Python's re `\w` on str: letters (L*), numbers (N*) and '_'; marks are not
// word characters.
bool IsWordChar(UChar32 c) {
  if (c == '_') return true;
  const int8_t t = u_charType(c);
  return t == U_UPPERCASE_LETTER || t == U_LOWERCASE_LETTER || t == U_TITLECASE_LETTER ||
         t == U_MODIFIER_LETTER || t == U_OTHER_LETTER || t == U_DECIMAL_DIGIT_NUMBER ||
         t == U_LETTER_NUMBER || t == U_OTHER_NUMBER;
}

std::vector<std::string> Tokens(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(s.size());
  while (i < n) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    if (c >= 0 && IsWordChar(c)) {
      cur.append(s, static_cast<size_t>(start), static_cast<size_t>(i - start));
    } else if (!cur.empty()) {
      out.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

std::map<std::string, int> Shingles(const std::string& text) {
  const std::vector<std::string> t = Tokens(text);
  std::map<std::string, int> out;
  const size_t n = 4;
  const size_t count = t.size() >= n ? t.size() - n + 1 : 1;
  for (size_t i = 0; i < count; ++i) {
    std::string key;
    for (size_t j = i; j < std::min(t.size(), i + n); ++j) {
      key += t[j];
      key += '\x1f';
    }
    if (!key.empty()) ++out[key];
  }
  return out;
}

struct Counts {
  double tp = 0, fp = 0, fn = 0;
};

Counts Match(const std::string& gold, const std::string& pred) {
  const auto g = Shingles(gold), p = Shingles(pred);
  Counts c;
  for (const auto& [k, gc] : g) {
    const auto it = p.find(k);
    const int pc = it == p.end() ? 0 : it->second;
    c.tp += std::min(gc, pc);
    c.fn += std::max(0, gc - pc);
  }
  for (const auto& [k, pc] : p) {
    const auto it = g.find(k);
    const int gc = it == g.end() ? 0 : it->second;
    c.fp += std::max(0, pc - gc);
  }
  const double s = c.tp + c.fp + c.fn;
  if (s > 0) c = {c.tp / s, c.fp / s, c.fn / s};
  return c;
}

double Precision(const Counts& c) {
  if (c.fp == 0 && c.fn == 0) return 1;
  if (c.tp == 0 && c.fp == 0) return 0;
  return c.tp / (c.tp + c.fp);
}
double Recall(const Counts& c) {
  if (c.fp == 0 && c.fn == 0) return 1;
  if (c.tp == 0 && c.fn == 0) return 0;
  return c.tp / (c.tp + c.fn);
}

}  // namespace

int main(int argc, char** argv) {
  std::string data = std::string(PRECIS_SHARED_DIR) + "/data/article-extraction";
  std::string write_output;
  int worst = 12, repeat = 3;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--data" && i + 1 < argc) {
      data = argv[++i];
    } else if (a == "--worst" && i + 1 < argc) {
      worst = std::atoi(argv[++i]);
    } else if (a == "--repeat" && i + 1 < argc) {
      repeat = std::max(1, std::atoi(argv[++i]));
    } else if (a == "--write-output" && i + 1 < argc) {
      write_output = argv[++i];
    } else {
      std::cerr << "usage: extract_bench [--data DIR] [--worst N] [--repeat N] "
                   "[--write-output FILE]\n";
      return 2;
    }
  }
  std::ifstream gt_file(data + "/ground-truth.json");
  if (!gt_file) {
    std::cerr << "extract_bench: " << data << "/ground-truth.json not found; skipping\n";
    return 0;
  }
  const nlohmann::json gt = nlohmann::json::parse(gt_file);
  struct Page {
    std::string key, html, gold, pred;
    Counts counts;
  };
  std::vector<Page> pages;
  size_t total_bytes = 0;
  for (const auto& [key, value] : gt.items()) {
    Page p;
    p.key = key;
    p.gold = value.value("articleBody", "");
    if (!Gunzip(data + "/html/" + key + ".html.gz", &p.html)) {
      std::cerr << "extract_bench: cannot read html/" << key << ".html.gz\n";
      return 1;
    }
    total_bytes += p.html.size();
    pages.push_back(std::move(p));
  }
  // CPU time of this process (one thread), so the figure means "on one core"
  // even on a shared machine; wall time is printed beside it.
  double best_seconds = 1e30, best_wall = 1e30;
  for (int r = 0; r < repeat; ++r) {
    const auto t0 = std::chrono::steady_clock::now();
    const std::clock_t c0 = std::clock();
    for (Page& p : pages) {
      precis::Article a;
      if (!precis::ExtractArticle(p.html, p.key + ".html", &a).ok()) a.text.clear();
      p.pred = std::move(a.text);
    }
    const double wall =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    best_wall = std::min(best_wall, wall);
    best_seconds = std::min(best_seconds, static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC);
  }
  double psum = 0, rsum = 0;
  size_t pn = 0, rn = 0;
  for (Page& p : pages) {
    p.counts = Match(p.gold, p.pred);
    if (p.counts.tp + p.counts.fp > 0) psum += Precision(p.counts), ++pn;
    if (p.counts.tp + p.counts.fn > 0) rsum += Recall(p.counts), ++rn;
  }
  const double precision = pn ? psum / pn : 0, recall = rn ? rsum / rn : 0;
  const double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
  auto page_f1 = [](const Counts& c) {
    const double p = Precision(c), r = Recall(c);
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  };
  std::sort(pages.begin(), pages.end(), [&](const Page& a, const Page& b) {
    const double fa = page_f1(a.counts), fb = page_f1(b.counts);
    return fa != fb ? fa < fb : a.key < b.key;  // ties by key: a stable listing
  });
  std::printf("pages %zu  F1 %.3f  precision %.3f  recall %.3f\n", pages.size(), f1, precision,
              recall);
  size_t under = 0;
  for (const Page& p : pages) under += page_f1(p.counts) < 0.5 ? 1 : 0;
  std::printf("pages under F1 0.5: %zu\n", under);
  std::printf(
      "speed %.1f MB/s of CPU time, %.1f MB/s wall (%.2f MB of HTML, "
      "best of %d runs)\n",
      total_bytes / 1e6 / best_seconds, total_bytes / 1e6 / best_wall, total_bytes / 1e6, repeat);
  std::printf("worst pages (F1 precision recall key):\n");
  for (int i = 0; i < worst && i < static_cast<int>(pages.size()); ++i) {
    const Page& p = pages[static_cast<size_t>(i)];
    std::printf("  %.3f %.3f %.3f %s\n", page_f1(p.counts), Precision(p.counts), Recall(p.counts),
                p.key.c_str());
  }
  if (!write_output.empty()) {
    nlohmann::json out = nlohmann::json::object();
    for (const Page& p : pages) out[p.key] = {{"articleBody", p.pred}};
    std::ofstream(write_output) << out.dump();
  }
  return 0;
}
