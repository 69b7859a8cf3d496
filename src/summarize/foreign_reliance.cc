// Sentences of other languages that lean on the one before: the opening words of German,
// French, Spanish, Italian, Portuguese, Dutch, Swedish, Polish, Russian, Ukrainian, Indonesian,
// Vietnamese, Korean, Hebrew and Persian news that point back (personal and
// possessive pronouns, demonstrative pronouns, discourse connectives), as the English rules of
// coherence.cc do for English. The lists are facts of each language's grammar; words with an
// impersonal or calendar use as common as the pointing one ("Es gibt", "Il y a", "Este año",
// "Het") are left out or excepted.
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "summarize/coherence.h"
#include "text/language.h"

namespace precis::summarize {
namespace {

struct Openings {
  std::vector<std::string_view> lean;    // as written at a sentence's start
  std::vector<std::string_view> except;  // longer openings that do not lean ("Il y a")
};

const std::unordered_map<std::string_view, Openings>& Tables() {
  static const auto* tables = new std::unordered_map<std::string_view, Openings>{
      {"german",
       {{"Er",       "Sie",   "Ihr",     "Ihre",        "Sein",           "Seine",
         "Seinen",   "Ihren", "Dies",    "Diese",       "Dieser",         "Dieses",
         "Deshalb",  "Daher", "Dennoch", "Jedoch",      "Aber",           "Doch",
         "Außerdem", "Zudem", "Auch",    "Allerdings",  "Trotzdem",       "Damit",
         "Dabei",    "Dort",  "Danach",  "Stattdessen", "Darüber hinaus", "Dafür",
         "Dagegen"},
        {"Diese Woche", "Dieses Jahr", "Diesen Monat", "Dieser Tage", "Sie sind", "Auch in"}}},
      {"french",
       {{"Il",           "Elle",      "Ils",        "Elles",     "Cela",  "Ceci",   "Ça",
         "C'est",        "C’est",     "Celui",      "Celle",     "Ceux",  "Celles", "Mais",
         "Cependant",    "Pourtant",  "Toutefois",  "Néanmoins", "Ainsi", "Donc",   "En outre",
         "Par ailleurs", "De plus",   "Aussi",      "Sa",        "Son",   "Ses",    "Leur",
         "Leurs",        "Selon lui", "Selon elle", "Selon eux"},
        {"Il y a", "Il faut", "Il s'agit", "Il s’agit", "Il est possible", "Il est probable"}}},
      {"spanish",
       {{"Él",   "Ella",        "Ellos",       "Ellas",    "Esto",       "Eso",        "Aquello",
         "Pero", "Sin embargo", "No obstante", "Además",   "También",    "Por eso",    "Por ello",
         "Así",  "Su",          "Sus",         "Según él", "Según ella", "Según ellos"},
        {}}},
      {"italian",
       {{"Lui", "Lei", "Loro", "Egli", "Essa", "Essi", "Ciò", "Ma", "Però", "Tuttavia", "Inoltre",
         "Anche", "Quindi", "Dunque", "Suo", "Sua", "Suoi", "Sue"},
        {}}},
      {"portuguese",
       {{"Ele", "Ela", "Eles", "Elas", "Isso", "Isto", "Mas", "Porém", "Contudo", "No entanto",
         "Além disso", "Também", "Seu", "Sua", "Seus", "Suas"},
        {}}},
      {"dutch",
       {{"Hij", "Zij", "Ze", "Dit", "Deze", "Maar", "Echter", "Bovendien", "Ook", "Daarom", "Haar",
         "Hun"},
        {"Deze week", "Dit jaar", "Deze maand"}}},
      {"swedish",
       {{"Han", "Hon", "De", "Dess", "Hans", "Hennes", "Deras", "Detta", "Dessa", "Men", "Dock",
         "Därför", "Också", "Dessutom", "Samtidigt", "Ändå", "Enligt honom", "Enligt henne"},
        {"Det här året", "Detta år", "De flesta"}}},
      {"pl",
       {{"On",        "Ona",       "Oni",     "One",          "Jego",       "Jej",
         "Ich",       "To",        "Ten",     "Ta",           "Te",         "Ci",
         "Ale",       "Jednak",    "Także",   "Również",      "Ponadto",    "Dlatego",
         "Natomiast", "Tymczasem", "Zdaniem", "Według niego", "Według niej"},
        {"Ten rok", "W tym roku", "To jest", "Te dni"}}},
      {"uk",
       {{"Він",   "Вона",      "Вони", "Воно",     "Його", "Її",       "Їх",
         "Це",    "Цей",       "Ця",   "Ці",       "Але",  "Проте",    "Однак",
         "Також", "Крім того", "Тому", "Водночас", "Утім", "Натомість"},
        {"Цього року", "Цей рік"}}},
      {"indonesian",
       {{"Ia", "Dia", "Mereka", "Beliau", "Namun", "Tetapi", "Akan tetapi", "Selain itu",
         "Oleh karena itu", "Sementara itu", "Hal ini", "Hal itu", "Ini", "Itu"},
        {}}},
      // "Ông"/"Bà" + a name is a title ("Ông Hưởng nói"); + a verb, a pronoun ("Ông cho biết").
      {"vi",
       {{"Tuy nhiên", "Ông cho", "Bà cho", "Ông nói", "Bà nói", "Ông cũng", "Bà cũng", "Họ",
         "Điều này", "Do đó", "Ngoài ra", "Trong khi đó"},
        {}}},
      {"ko",
       {{"그러나", "하지만", "그는", "그녀는", "그들은", "이는", "이에", "또한", "한편",
         "그러면서"},
        {}}},
      {"he",
       {{"הוא", "היא", "הם", "הן", "אבל", "אולם", "עם זאת", "לדבריו", "לדבריה", "בנוסף"}, {}}},
      {"fa", {{"او", "آنها", "اما", "ولی", "همچنین", "وی", "به گفته او"}, {}}},
      {"russian",
       {{"Он",    "Она",        "Они",     "Оно",          "Его",      "Её",     "Ее",
         "Их",    "Это",        "Этот",    "Эта",          "Эти",      "Но",     "Однако",
         "Также", "Кроме того", "Поэтому", "Тем не менее", "При этом", "Впрочем"},
        {"Этот год", "В этом году"}}},
  };
  return *tables;
}

bool IsAsciiLetterOrDigit(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// `s` opens with `phrase` as whole words: nothing or a non-letter follows it.
bool OpensWith(std::string_view s, std::string_view phrase) {
  if (!s.starts_with(phrase)) return false;
  if (s.size() == phrase.size()) return true;
  const auto next = static_cast<unsigned char>(s[phrase.size()]);
  return !IsAsciiLetterOrDigit(next) && next < 0x80;  // a space, comma or quote mark
}

}  // namespace

bool ForeignOpeningLeans(std::string_view sentence, std::string_view language) {
  const auto& tables = Tables();
  const auto it = tables.find(text_internal::SnowballLanguageName(language));
  if (it == tables.end()) return false;
  // Opening quote marks and dashes aside: „Er ... / « Il ... / — Él ...
  for (bool again = true; again;) {
    again = false;
    while (!sentence.empty() && (sentence.front() == ' ' || sentence.front() == '"' ||
                                 sentence.front() == '\'' || sentence.front() == '-')) {
      sentence.remove_prefix(1);
    }
    for (std::string_view mark : {"„", "“", "«", "»", "‚", "‘", "—", "–", "\u00a0"}) {
      if (sentence.starts_with(mark)) {
        sentence.remove_prefix(mark.size());
        again = true;
      }
    }
  }
  for (std::string_view e : it->second.except) {
    if (OpensWith(sentence, e)) return false;
  }
  for (std::string_view w : it->second.lean) {
    if (OpensWith(sentence, w)) return true;
  }
  return false;
}

bool HasForeignOpenings(std::string_view language) {
  return Tables().count(text_internal::SnowballLanguageName(language)) > 0;
}

}  // namespace precis::summarize
