#include "rouge_flags.h"

#include <charconv>
#include <cstdlib>

namespace precis::cli {
namespace {

bool ParseInt(const std::string& s, int64_t* out) {
  const char* end = s.data() + s.size();
  auto [p, ec] = std::from_chars(s.data(), end, *out);
  return ec == std::errc() && p == end;
}

bool ParseDouble(const std::string& s, double* out) {
  if (s.empty()) return false;
  char* end = nullptr;
  *out = std::strtod(s.c_str(), &end);
  return end == s.c_str() + s.size();
}

}  // namespace

bool ParseRougeFlags(const std::vector<std::string>& args, RougeOptions* o,
                     RougeFlagResult* result, std::string* error) {
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&](std::string* v) {
      if (i + 1 >= args.size()) {
        *error = "ROUGE flag " + a + " needs a value";
        return false;
      }
      *v = args[++i];
      return true;
    };
    auto note = [&](const std::string& text) {
      result->canonical += (result->canonical.empty() ? "" : " ") + text;
    };
    std::string v;
    int64_t n = 0;
    double d = 0;
    auto bad = [&](const char* what) {
      *error = "ROUGE flag " + a + ": " + what + ", got '" + v + "'";
      return false;
    };
    if (a == "-a") {
      result->all_peers = true;
    } else if (a == "-d") {
      result->print_evals = true;
    } else if (a == "-m") {
      o->stem = true;
      note(a);
    } else if (a == "-s") {
      o->remove_stopwords = true;
      note(a);
    } else if (a == "-u") {
      o->skip_unigrams = true;
      note(a);
    } else if (a == "-U") {
      o->skip_unigrams = true;
      o->skip_both = true;
      note(a);
    } else if (a == "-x") {
      o->lcs = false;
      note(a);
    } else if (a == "--no-exceptions") {
      o->use_exceptions = false;
      note(a);
    } else if (a == "-e") {
      if (!value(&v)) return false;
      result->data_dir = v;
    } else if (a == "-n" || a == "-l" || a == "-b" || a == "-r" || a == "-t" || a == "-2" ||
               a == "--seed") {
      if (!value(&v)) return false;
      if (!ParseInt(v, &n)) return bad("expected an integer");
      if (a == "-n") {
        if (n < 1 || n > 9) return bad("expected 1 to 9");
        o->max_n = static_cast<int>(n);
      } else if (a == "-l") {
        o->word_limit = n;
      } else if (a == "-b") {
        o->byte_limit = n;
      } else if (a == "-r") {
        o->resamples = static_cast<int>(n);
      } else if (a == "-t") {
        if (n < 0 || n > 2) return bad("expected 0, 1 or 2");
        o->counting = static_cast<RougeCounting>(n);
      } else if (a == "-2") {
        o->skip_bigrams = true;
        o->skip_distance = static_cast<int>(n);
      } else {
        if (n < 0 || n > UINT32_MAX) return bad("expected a non-negative integer");
        o->seed = static_cast<uint32_t>(n);
      }
      note(a + " " + v);
    } else if (a == "-c" || a == "-p" || a == "-w") {
      if (!value(&v)) return false;
      if (!ParseDouble(v, &d)) return bad("expected a number");
      if (a == "-c") o->confidence = d;
      if (a == "-p") o->alpha = d;
      if (a == "-w") {
        o->w_weight = d;
        o->w_label = v;  // the script prints W as typed
      }
      note(a + " " + v);
    } else if (a == "-f") {
      if (!value(&v)) return false;
      if (v != "A" && v != "B") return bad("expected A or B");
      o->combine = v == "A" ? RougeModelCombine::kAverage : RougeModelCombine::kBest;
      note(a + " " + v);
    } else {
      result->rest.push_back(a);
    }
  }
  const Status st = ValidateRougeOptions(*o);
  if (!st.ok()) {
    *error = st.message();
    return false;
  }
  return true;
}

std::string RougeFlagsHelp() {
  return "ROUGE-1.5.5 flags: -n N (ROUGE-1..N), -x (no ROUGE-L), -w W (ROUGE-W), -2 D "
         "(skip-bigrams, max gap D, <0 unlimited), -u (SU, add unigrams), -U (both S and SU), "
         "-m (stem: WordNet exceptions then Porter), -s (drop SMART stopwords), -l L / -b B "
         "(word / byte limit), -f A|B (average / best model), -p ALPHA (F weight), -t 0|1|2 "
         "(averaging unit), -c C (confidence %), -r R (bootstrap resamples), -d (per-evaluation "
         "lines), -a (all peers), -e DIR (accepted, ignored: tables are built in), --seed N, "
         "--no-exceptions (Porter only, as copies with an empty exception table).";
}

}  // namespace precis::cli
