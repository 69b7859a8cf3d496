#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <tuple>
#include <vector>

#include "precis/text.h"
#include "text/language.h"

namespace precis {
namespace {

std::string StemWith(Stemmer* stemmer, std::string_view word) {
  return std::string(stemmer->Stem(word));
}

TEST(StemmerTest, EnglishSnowball) {
  Status status;
  std::unique_ptr<Stemmer> en = Stemmer::Create("en", &status);
  ASSERT_NE(en, nullptr) << status.ToString();
  EXPECT_TRUE(status.ok());
  EXPECT_EQ(StemWith(en.get(), "running"), "run");
  EXPECT_EQ(StemWith(en.get(), "elections"), "elect");
  EXPECT_EQ(StemWith(en.get(), "generously"), "generous");
  EXPECT_EQ(StemWith(en.get(), "the"), "the");
  EXPECT_EQ(StemWith(en.get(), ""), "");
}

TEST(StemmerTest, LanguageNamesAndCodes) {
  for (const char* name : {"english", "English", "en", "EN", "en-US", "en_GB", "eng"}) {
    std::unique_ptr<Stemmer> s = Stemmer::Create(name);
    ASSERT_NE(s, nullptr) << name;
    EXPECT_EQ(StemWith(s.get(), "running"), "run") << name;
  }
}

// Languages by their own names (a trial's "--language Deutsch" was answered "did you mean
// 'dutch'?").
TEST(StemmerTest, LanguagesByTheirOwnNames) {
  for (const auto& [name, word, stem] :
       std::vector<std::tuple<std::string, std::string, std::string>>{
           {"Deutsch", "feuerwehren", "feuerwehr"},
           {"Español", "incendios", "incendi"},
           {"Français", "grèves", "grev"},
           {"русский", "москве", "москв"},
           {"Ελληνικά", "απεργίες", "απεργι"}}) {
    std::unique_ptr<Stemmer> s = Stemmer::Create(name);
    ASSERT_NE(s, nullptr) << name;
    EXPECT_EQ(StemWith(s.get(), word), stem) << name;
    EXPECT_TRUE(IsKnownLanguage(name)) << name;
  }
  for (const char* name : {"polski", "українська", "한국어", "日本語", "Tiếng Việt"}) {
    EXPECT_TRUE(IsKnownLanguage(name)) << name;  // no Snowball stemmer: read unstemmed
  }
  EXPECT_FALSE(IsKnownLanguage("klingon"));
}

// Languages Snowball does not stem by their English names: the ISO code is their name inside
// precis, so "polish" finds the Polish stop list as "pl" does, and "japanese" is a language.
TEST(StemmerTest, UnstemmedLanguagesByTheirEnglishNames) {
  for (const char* name : {"polish", "Ukrainian", "japanese", "Korean", "czech", "Persian"}) {
    EXPECT_TRUE(IsKnownLanguage(name)) << name;
    EXPECT_EQ(Stemmer::Create(name), nullptr) << name;  // still read unstemmed
  }
  EXPECT_TRUE(IsStopword("się", "Polish"));
  EXPECT_TRUE(IsStopword("się", "pl"));
  EXPECT_FALSE(IsKnownLanguage("elvish"));
}

// The BCP 47 tag of a language for HTML's lang attribute.
TEST(StemmerTest, LanguageTags) {
  using text_internal::LanguageTag;
  EXPECT_EQ(LanguageTag("en"), "en");
  EXPECT_EQ(LanguageTag("English"), "en");
  EXPECT_EQ(LanguageTag("Deutsch"), "de");
  EXPECT_EQ(LanguageTag("pt_BR"), "pt-BR");
  EXPECT_EQ(LanguageTag("zh-Hant-TW"), "zh-Hant-TW");
  EXPECT_EQ(LanguageTag("japanese"), "ja");
  EXPECT_EQ(LanguageTag("日本語"), "ja");
  EXPECT_EQ(LanguageTag("eng"), "en");
  EXPECT_EQ(LanguageTag("norwegian"), "nb");
  EXPECT_EQ(LanguageTag("en-\"x"), "en");  // a subtag that is not one is dropped
  EXPECT_EQ(LanguageTag("xx"), "");
  EXPECT_EQ(LanguageTag(""), "");
}

TEST(StemmerTest, OtherLanguages) {
  std::unique_ptr<Stemmer> de = Stemmer::Create("de");
  ASSERT_NE(de, nullptr);
  EXPECT_EQ(StemWith(de.get(), "h\xC3\xA4user"), "haus");  // Häuser -> haus (umlaut removed)
  std::unique_ptr<Stemmer> fr = Stemmer::Create("french");
  ASSERT_NE(fr, nullptr);
  EXPECT_EQ(StemWith(fr.get(), "continuation"), "continu");
  std::unique_ptr<Stemmer> es = Stemmer::Create("es");
  ASSERT_NE(es, nullptr);
  EXPECT_EQ(StemWith(es.get(), "corriendo"), "corr");
  std::unique_ptr<Stemmer> ru = Stemmer::Create("ru");
  ASSERT_NE(ru, nullptr);
  EXPECT_EQ(StemWith(ru.get(), "\xD0\xBA\xD0\xBD\xD0\xB8\xD0\xB3\xD0\xB8"),
            "\xD0\xBA\xD0\xBD\xD0\xB8\xD0\xB3");  // книги -> книг
}

TEST(StemmerTest, UnknownLanguageIsAnError) {
  for (const char* name : {"xx", "", "klingon", "-en", "ja"}) {
    Status status;
    EXPECT_EQ(Stemmer::Create(name, &status), nullptr) << name;
    EXPECT_EQ(status.code(), Status::Code::kInvalidArgument) << name;
    EXPECT_NE(status.message().find("english"), std::string::npos) << status.message();
  }
  EXPECT_EQ(Stemmer::Create("xx"), nullptr);  // status is optional
}

TEST(StemmerTest, LanguagesListsSnowballNames) {
  const std::vector<std::string> langs = StemmerLanguages();
  for (const char* name : {"english", "german", "french", "spanish", "russian", "porter"}) {
    EXPECT_NE(std::find(langs.begin(), langs.end(), name), langs.end()) << name;
  }
  for (const std::string& name : langs) EXPECT_NE(Stemmer::Create(name), nullptr) << name;
}

TEST(StemmerTest, ViewIsStableUntilNextCall) {
  std::unique_ptr<Stemmer> en = Stemmer::Create("en");
  const std::string_view a = en->Stem("connections");
  EXPECT_EQ(std::string(a), "connect");
  const std::string_view b = en->Stem("connected");
  EXPECT_EQ(std::string(b), "connect");
}

}  // namespace
}  // namespace precis
