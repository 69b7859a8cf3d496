// ROUGE's Porter variant: the SPEC's check values, the exception table, and a differential
// test against a reference that runs the SPEC's regular expressions literally (std::regex).
#include "eval/rouge_porter.h"

#include <gtest/gtest.h>

#include <random>
#include <regex>
#include <set>
#include <string>

#include "eval/rouge_lexicon.h"
#include "eval/rouge_vectors.h"
#include "eval/rouge_vocab.h"

namespace precis::rouge {
namespace {

// SPEC 4.1, transcribed with the regexes as written there.
class RegexPorter {
 public:
  RegexPorter() {
    const std::string c = "[^aeiou]", v = "[aeiouy]", C = c + "[^aeiouy]*", V = v + "[aeiou]*";
    mgr0_ = std::regex("^(" + C + ")?" + V + C);
    meq1_ = std::regex("^(" + C + ")?" + V + C + "(" + V + ")?$");
    mgr1_ = std::regex("^(" + C + ")?" + V + C + V + C);
    has_v_ = std::regex("^(" + C + ")?" + v);
    cvc_ = std::regex("^" + C + v + "[^aeiouwxy]$");
  }

  std::string Stem(std::string w) const {
    if (w.size() < 3) return w;
    bool y = w[0] == 'y';
    if (y) w[0] = 'Y';
    std::smatch m;
    // Step 1a.
    if (std::regex_search(w, m, std::regex("(ss|i)es$"))) {
      w = m.prefix().str() + m[1].str();
    } else if (std::regex_search(w, m, std::regex("([^s])s$"))) {
      w = m.prefix().str() + m[1].str();
    }
    // Step 1b.
    if (std::regex_search(w, m, std::regex("eed$"))) {
      if (Match(m.prefix().str(), mgr0_)) w.pop_back();
    } else if (std::regex_search(w, m, std::regex("(ed|ing)$"))) {
      std::string stem = m.prefix().str();
      if (Match(stem, has_v_)) {
        w = stem;
        if (std::regex_search(w, std::regex("(at|bl|iz)$"))) {
          w += "e";
        } else if (std::regex_search(w, std::regex("([^aeiouylsz])\\1$"))) {
          w.pop_back();
        } else if (Match(w, cvc_)) {
          w += "e";
        }
      }
    }
    // Step 1c.
    if (std::regex_search(w, m, std::regex("y$")) && Match(m.prefix().str(), has_v_))
      w = m.prefix().str() + "i";
    Replace(&w,
            "(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|"
            "alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$",
            {{"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"},   {"anci", "ance"},
             {"izer", "ize"},    {"bli", "ble"},     {"alli", "al"},     {"entli", "ent"},
             {"eli", "e"},       {"ousli", "ous"},   {"ization", "ize"}, {"ation", "ate"},
             {"ator", "ate"},    {"alism", "al"},    {"iveness", "ive"}, {"fulness", "ful"},
             {"ousness", "ous"}, {"aliti", "al"},    {"iviti", "ive"},   {"biliti", "ble"},
             {"logi", "log"}},
            mgr0_);
    Replace(&w, "(icate|ative|alize|iciti|ical|ful|ness)$",
            {{"icate", "ic"},
             {"ative", ""},
             {"alize", "al"},
             {"iciti", "ic"},
             {"ical", "ic"},
             {"ful", ""},
             {"ness", ""}},
            mgr0_);
    // Step 4, ROUGE's three sequential sub-steps.
    if (std::regex_search(
            w, m,
            std::regex("(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize)$"))) {
      if (Match(m.prefix().str(), mgr1_)) w = m.prefix().str();
    }
    if (std::regex_search(w, m, std::regex("ment$")) && Match(m.prefix().str(), mgr1_))
      w = m.prefix().str();
    if (std::regex_search(w, m, std::regex("ent$"))) {
      if (Match(m.prefix().str(), mgr1_)) w = m.prefix().str();
    } else if (std::regex_search(w, m, std::regex("(s|t)(ion)$"))) {
      std::string stem = m.prefix().str() + m[1].str();
      if (Match(stem, mgr1_)) w = stem;
    }
    // Step 5.
    if (std::regex_search(w, m, std::regex("e$"))) {
      std::string stem = m.prefix().str();
      if (Match(stem, mgr1_) || (Match(stem, meq1_) && !Match(stem, cvc_))) w = stem;
    }
    if (std::regex_search(w, std::regex("ll$")) && Match(w, mgr1_)) w.pop_back();
    if (y) w[0] = 'y';
    return w;
  }

 private:
  static bool Match(const std::string& s, const std::regex& re) { return std::regex_search(s, re); }
  static void Replace(std::string* w, const char* pattern, std::map<std::string, std::string> table,
                      const std::regex& cond) {
    std::smatch m;
    if (std::regex_search(*w, m, std::regex(pattern)) && Match(m.prefix().str(), cond))
      *w = m.prefix().str() + table.at(m[1].str());
  }
  std::regex mgr0_, meq1_, mgr1_, has_v_, cvc_;
};

TEST(RougePorterTest, SpecCheckValues) {
  const std::pair<const char*, const char*> cases[] = {
      {"hopping", "hop"},         {"hoping", "hope"},         {"yelled", "yell"},
      {"yesterday", "yesterdai"}, {"skies", "ski"},           {"quickly", "quickli"},
      {"electricity", "electr"},  {"formality", "formal"},    {"relational", "relat"},
      {"conditional", "condit"},  {"sensational", "sensat"},  {"exceptional", "except"},
      {"rational", "ration"},     {"generously", "gener"},    {"enjoyment", "enjoy"},
      {"different", "differ"},    {"implemental", "implem"},  {"runners", "runner"},
      {"others", "other"},        {"1990s", "1990"},          {"governmental", "govern"},
      {"occasional", "occas"},    {"provisional", "provis"},  {"settlement", "settlem"},
      {"agreement", "agreem"},    {"argument", "argum"},      {"movement", "movem"},
      {"replacement", "replac"},  {"departmental", "depart"}, {"running", "run"},
      {"caresses", "caress"},     {"ponies", "poni"},         {"agreed", "agre"},
      {"hopeful", "hope"},        {"goodness", "good"},       {"triplicate", "triplic"}};
  for (const auto& [word, stem] : cases) EXPECT_EQ(RougePorterStem(word), stem) << word;
  EXPECT_EQ(RougePorterStem("is"), "is");  // under 3 bytes: unchanged
}

TEST(RougePorterTest, ExceptionsWinAndShortTokensStay) {
  EXPECT_EQ(RougeStem("were", true), "be");
  EXPECT_EQ(RougeStem("best", true), "good");
  EXPECT_EQ(RougeStem("better", true), "good");
  EXPECT_EQ(RougeStem("children", true), "child");
  EXPECT_EQ(RougeStem("ran", true), "ran");  // 3 bytes: never looked up
  EXPECT_EQ(RougeStem("running", true), "run");
  EXPECT_EQ(RougeStem("were", false), "were");  // Porter alone
  EXPECT_EQ(RougeStem("children", false), "children");
  EXPECT_EQ(LookupRougeException("is").value_or(""), "be");
  EXPECT_EQ(LookupRougeException("testes").value_or(""), "testes");
  EXPECT_FALSE(LookupRougeException("runner").has_value());
}

TEST(RougePorterTest, StopWords) {
  EXPECT_TRUE(IsRougeStopword("the"));
  EXPECT_TRUE(IsRougeStopword("reuters"));
  EXPECT_TRUE(IsRougeStopword("jan"));
  EXPECT_TRUE(IsRougeStopword("x"));
  EXPECT_TRUE(IsRougeStopword("don't"));  // in the list, though no token can match it
  EXPECT_FALSE(IsRougeStopword("runner"));
  EXPECT_FALSE(IsRougeStopword("The"));
  EXPECT_FALSE(IsRougeStopword(""));
}

TEST(RougePorterTest, MatchesTheRegexReference) {
  RegexPorter reference;
  std::set<std::string> words = {"yyyy", "yay", "sky", "syzygy", "abysses", "toying", "eyeing"};
  std::mt19937 rng(1980);
  const std::string alphabet = "aeiouyybcdlmnrstgzwx";
  for (int i = 0; i < 600; ++i) {
    std::string w;
    int n = 3 + static_cast<int>(rng() % 10);
    for (int k = 0; k < n; ++k) w += alphabet[rng() % alphabet.size()];
    words.insert(w);
  }
  std::vector<rouge_testing::VectorCase> cases;
  if (rouge_testing::LoadVectors(&cases)) {  // every long token of the test vectors
    for (size_t c = 0; c < cases.size(); c += 4) {
      for (const std::string& s : cases[c].summary) {
        std::string w;
        for (char ch : s + " ") {
          ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
          if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
            w += ch;
          } else {
            if (w.size() > 3) words.insert(w);
            w.clear();
          }
        }
      }
    }
  }
  int checked = 0;
  for (const std::string& w : words) {
    ASSERT_EQ(RougePorterStem(w), reference.Stem(w)) << w;
    ++checked;
  }
  EXPECT_GT(checked, 500);
  // Long words take the non-bitmask path of the position sets.
  std::string long_word(70, 'b');
  long_word += "ational";
  EXPECT_EQ(RougePorterStem(long_word), reference.Stem(long_word));
}

}  // namespace
}  // namespace precis::rouge
