// Main-text choice: blocks vote for containers, the best container and its like
// siblings are read, and link lists and furniture inside them are dropped.
#include "ingest/extract_main.h"

#include <algorithm>
#include <vector>

namespace precis::ingest {
namespace {

bool IsTextKind(BlockKind k) {
  return k == BlockKind::kParagraph || k == BlockKind::kListItem || k == BlockKind::kQuote ||
         k == BlockKind::kPre || k == BlockKind::kCell || k == BlockKind::kHeading;
}

double LinkDensity(int link_chars, int chars) {
  return chars > 0 ? static_cast<double>(link_chars) / chars : 0.0;
}

// Adds each block's evidence to the containers around it: the text's own
// element (or, for a paragraph-like element, its parent) in full, the next two
// levels in part.
void Vote(PageModel* m) {
  for (const TextBlock& b : m->blocks) {
    if (b.furniture || b.kind == BlockKind::kHeading1 || b.chars < 25) continue;
    if (LinkDensity(b.link_chars, b.chars) > 0.5) continue;
    // List items and table cells vote at half weight: teaser lists and tables
    // of links are made of them far more often than stories are.
    const double kind_weight =
        (b.kind == BlockKind::kListItem || b.kind == BlockKind::kCell) ? 0.5 : 1.0;
    const double v = (1.0 + std::min(b.punct, 10) + std::min(b.chars / 100.0, 3.0)) *
                     (1.0 - LinkDensity(b.link_chars, b.chars)) * kind_weight;
    int e = b.owner;
    if (IsTextKind(m->elements[e].kind) && m->elements[e].parent >= 0) e = m->elements[e].parent;
    const double share[] = {1.0, 0.5, 0.25};
    for (double s : share) {
      if (e < 0) break;
      m->elements[e].score += v * s;
      e = m->elements[e].parent;
    }
  }
}

double Final(const DomElement& e) {
  if (e.score <= 0) return 0;
  return e.score * (1.0 - LinkDensity(e.link_chars, e.chars)) + 10.0 * e.name_weight;
}

bool Inside(const PageModel& m, int element, int root) {
  return element >= root && element < m.elements[root].end;
}

}  // namespace

std::string ChooseMainText(PageModel* m) {
  if (m->elements.empty()) return "";
  Vote(m);
  int top = -1;
  double best = 0;
  for (size_t i = 0; i < m->elements.size(); ++i) {
    const DomElement& e = m->elements[i];
    if (e.furniture || !e.block) continue;
    const double f = Final(e);
    if (f > best) {
      best = f;
      top = static_cast<int>(i);
    }
  }
  // A story cut into several containers (chunks between ads, "read more"
  // halves) is read whole: climb while an ancestor holds clearly more running
  // text than the choice so far.
  while (top > 0) {
    const int up = m->elements[top].parent;
    if (up <= 0 || m->elements[up].furniture) break;
    int a = up;
    while (a > 0 && m->elements[a].prose == m->elements[top].prose) a = m->elements[a].parent;
    if (a <= 0 || m->elements[a].furniture) break;
    if (m->elements[a].prose * 10 < m->elements[top].prose * 13) break;
    top = a;
  }
  std::vector<int> roots;
  if (top < 0) {
    roots.push_back(0);
  } else {
    const int parent = m->elements[top].parent;
    if (parent < 0) {
      roots.push_back(top);
    } else {
      const double threshold = std::max(10.0, best * 0.2);
      for (int c = parent + 1; c < m->elements[parent].end; c = m->elements[c].end) {
        const DomElement& e = m->elements[c];
        if (c == top) {
          roots.push_back(c);
          continue;
        }
        if (e.furniture) continue;
        const double ld = LinkDensity(e.link_chars, e.chars);
        if (Final(e) >= threshold ||
            (e.kind == BlockKind::kParagraph && e.chars > 80 && ld < 0.25)) {
          roots.push_back(c);
        }
      }
    }
  }
  std::string out;
  size_t r = 0;
  for (const TextBlock& b : m->blocks) {
    while (r < roots.size() && b.owner >= m->elements[roots[r]].end) ++r;
    if (r >= roots.size()) break;
    if (!Inside(*m, b.owner, roots[r])) continue;
    if (b.furniture || b.kind == BlockKind::kHeading1) continue;
    if (LinkDensity(b.link_chars, b.chars) > 0.5) continue;
    if (!out.empty()) out += "\n\n";
    out += b.text;
  }
  return out;
}

}  // namespace precis::ingest
