// Abbreviations of languages other than English whose period rarely ends a sentence. The
// entries are facts of each language's usage, checked against the Unicode CLDR sentence-break
// suppression lists (common/segments/*.xml) where those exist and against news style (Duden for
// German, the RAE's list of abbreviations for Spanish); the English ones are in
// abbreviations.cc.
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "text/abbreviations.h"

namespace precis::text_internal {
namespace {

using WordSet = std::unordered_set<std::string_view>;

struct LanguageTable {
  WordSet titles;               // before a name: always continue ("Dr.", "Sra.", "κ.")
  WordSet inside;               // inside a sentence: continue unless a sentence starter follows
  WordSet starters;             // capitalized words that usually open a sentence
  bool ordinal_period = false;  // "am 11. März", "1. Lig": a number's period is an ordinal
};

const std::unordered_map<std::string_view, LanguageTable>& Tables() {
  static const auto* tables = new std::unordered_map<std::string_view, LanguageTable>{
      {"german",
       {{"Dr", "Prof", "Hr", "Hrn", "Fr", "St", "Nr", "Abs", "Art", "Bd", "Pf"},
        {"ca",   "bzw",  "vgl",  "ggf",  "evtl", "inkl", "zzgl", "exkl", "sog", "Mio",
         "Mrd",  "Tsd",  "Jh",   "Jhd",  "Str",  "z",    "u",    "d",    "o",   "s",
         "v",    "i",    "a",    "f",    "geb",  "gest", "verh", "Tel",  "max", "min",
         "ehem", "allg", "bzgl", "insb", "Std",  "Min",  "Sek"},
        {"Der",   "Die",   "Das",     "Den",        "Dem",      "Des",    "Ein",   "Eine",
         "Einer", "Es",    "Er",      "Sie",        "Wir",      "Ich",    "Man",   "Im",
         "In",    "Am",    "Auf",     "Nach",       "Bei",      "Mit",    "Für",   "Von",
         "Vor",   "Seit",  "Doch",    "Aber",       "Auch",     "Dies",   "Diese", "Dieser",
         "Dann",  "Damit", "Danach",  "Zudem",      "Außerdem", "Laut",   "Wie",   "Was",
         "Wer",   "Wo",    "Nun",     "Heute",      "Gestern",  "So",     "Als",   "Wenn",
         "Da",    "Dabei", "Deshalb", "Allerdings", "Zuvor",    "Bereits"},
        true}},
      {"spanish",
       {{"Sr",    "Sra",   "Srta", "Sres", "Sras", "Dña", "Dr",  "Dra",
         "Lic",   "Ing",   "Prof", "Gral", "Cnel", "Tte", "Sto", "Sta",
         "Excmo", "Excma", "Ilmo", "Ilma", "Ud",   "Uds", "EE"},
        {"Av", "Avda", "núm", "pág", "págs", "aprox", "p", "ej", "art", "arts", "tel", "vol"},
        {"El", "La",  "Los",  "Las",  "Un",  "Una",  "En",  "Según", "Por",     "Para",   "Con",
         "Al", "Del", "Este", "Esta", "Ese", "Esa",  "Eso", "Pero",  "También", "Además", "Sin",
         "Ya", "No",  "Se",   "Le",   "Lo",  "Ella", "Él",  "Hoy",   "Ayer",    "Desde",  "Tras"},
        false}},
      {"french",
       {{"Mme", "Mlle", "Me", "Pr", "Dr", "St", "Ste", "Mgr"},
        {"av", "bd", "boul", "p", "ex", "cf", "env", "art", "vol", "chap", "tél", "éd"},
        {"Le",    "La",    "Les",  "Un",   "Une",  "Des",   "Il",       "Elle",
         "Ils",   "Elles", "On",   "Nous", "Ce",   "Cette", "Ces",      "En",
         "Dans",  "Selon", "Pour", "Par",  "Mais", "Aussi", "Depuis",   "Après",
         "Avant", "Au",    "Aux",  "Du",   "De",   "Lors",  "Pourtant", "Cependant"},
        false}},
      {"italian",
       {{"Sig", "Sigg", "Sig.ra", "Dott", "Dott.ssa", "Prof", "Prof.ssa", "Avv", "Ing", "Arch",
         "Geom", "On", "Gen", "Mons", "Dr"},
        {"pag", "art", "ca", "n", "p", "es", "cfr", "vol", "tel"},
        {"Il",     "Lo",  "La",      "I",   "Gli",   "Le",  "Un",    "Una",
         "Uno",    "In",  "Secondo", "Per", "Con",   "Ma",  "Anche", "Questo",
         "Questa", "Nel", "Nella",   "Dal", "Dalla", "Non", "Si"},
        false}},
      {"portuguese",
       {{"Sr", "Sra", "Srta", "Dr", "Dra", "Prof", "Profa", "Eng", "Exmo", "Exma"},
        {"Av", "pág", "núm", "aprox", "p", "ex", "art", "tel", "vol"},
        {"O",   "A",   "Os",  "As",     "Um",   "Uma",  "Em",  "No",  "Na",   "Segundo", "Para",
         "Por", "Com", "Mas", "Também", "Este", "Esta", "Ele", "Ela", "Eles", "Não",     "Se"},
        false}},
      {"dutch",
       {{"dhr", "Dhr", "mevr", "Mevr", "mw", "drs", "Drs", "ir", "Ir", "mr", "Mr", "prof", "Prof",
         "dr", "Dr", "ing"},
        {"bijv", "ca", "nr", "blz", "art", "jl", "tel", "max", "min"},
        {"De",   "Het", "Een", "In",  "Op", "Volgens", "Voor", "Met", "Maar", "Ook", "Dit",
         "Deze", "Dat", "Hij", "Zij", "Ze", "Wij",     "We",   "Er",  "Na",   "Bij"},
        false}},
      {"turkish",
       {{"Doç", "Dr", "Prof", "Av", "Yrd", "Öğr", "Gör", "Sn", "Alb", "Gen", "Org", "Korg", "Tuğg",
         "Uzm", "Op", "Hz"},
        {"Cad", "Sok", "Mah", "Blv", "No", "Tel"},
        {"Bu", "Bir", "O", "Ancak", "Ama", "Ve", "Bunun", "Şu", "Daha", "Öte", "Türkiye",
         "Açıklamada", "Ayrıca", "Ardından", "Böylece"},
        true}},
      {"greek",
       {{"κ", "κα", "Δρ", "δρ", "καθ", "Καθ", "στρ", "υπ", "Αγ", "αγ"},
        {"οδ", "αρ", "βλ", "περ", "εκατ", "δισ", "τηλ", "χλμ"},
        {"Ο",    "Η",       "Το",   "Οι",     "Τα",   "Ένας", "Μία",   "Μια", "Ένα", "Στην", "Στο",
         "Στον", "Σύμφωνα", "Αλλά", "Επίσης", "Αυτό", "Αυτή", "Αυτός", "Δεν", "Με",  "Για"},
        false}},
      {"pl",
       {{"dr", "Dr", "prof", "Prof", "mgr", "inż", "hab", "ks", "gen", "płk", "mjr", "kpt", "bryg",
         "mł", "red", "św"},
        // "im." is also the pronoun ("pomogliśmy im."): a sentence starter after it decides.
        // "r." (rok) after a year ends many sentences ("do 2030 r."): left to ICU.
        {"ul",   "al", "pl",  "os", "ok", "tys", "mln", "mld",  "im",   "dn",  "min",
         "godz", "nr", "tzw", "np", "wg", "ws",  "ds",  "zł",   "proc", "woj", "pow",
         "gm",   "tj", "tzn", "cd", "ww", "ur",  "zm",  "m.in", "Ul",   "Al"},
        {"W",       "We",   "Na",  "Po",  "Do",    "Od",   "Z",      "Ze",     "Za",     "Przez",
         "Jak",     "Nie",  "To",  "Ten", "Ta",    "Te",   "Tym",    "Jednak", "Ale",    "Także",
         "Również", "Jego", "Jej", "Ich", "On",    "Ona",  "Oni",    "Według", "Dzięki", "Przy",
         "Czy",     "Co",   "Kto", "Gdy", "Jeśli", "Dziś", "Wczoraj"},
        true}},
      {"swedish",
       {{"dr", "Dr", "prof", "Prof", "doc"},
        {"kl", "ca", "kr", "milj", "mdr", "st", "resp", "jfr", "tel", "nr", "s", "bl.a", "t.ex",
         "m.m", "f.d", "d.v.s", "o.s.v"},
        {"Det",   "Den",    "De",    "Han", "Hon", "Vi",  "Jag",   "Men",   "Och", "I",    "På",
         "Efter", "Enligt", "Under", "Som", "Nu",  "Där", "Detta", "Dessa", "Vid", "Till", "Från"},
        true}},
      {"uk",
       {{"проф", "акад", "ім", "д-р", "св"},
        {"м", "вул", "просп", "пл", "с", "смт", "р", "обл", "тис", "млн", "млрд", "грн", "напр",
         "див", "т", "зв", "ст", "пров", "бул"},
        {"У",  "В",  "На",  "Це", "Він",   "Вона", "Вони",  "Але",   "Та", "І",
         "Як", "За", "Від", "До", "Після", "Крім", "Проте", "Також", "Ми", "Я"},
        false}},
      {"indonesian",
       {{"Dr", "Prof", "Ir", "Hj", "Drs", "Dra", "KH", "Bpk", "Sdr", "dr"},
        {"Jl", "No", "Kec", "Kab", "Rp", "kg", "km", "Kel", "Prov", "Gg"},
        {"Ia",        "Dia",    "Mereka",     "Namun", "Tetapi", "Dan",     "Di",
         "Pada",      "Dalam",  "Menurut",    "Hal",   "Ini",    "Itu",     "Saat",
         "Sementara", "Selain", "Sebelumnya", "Kami",  "Kita",   "Sejumlah"},
        false}},
      {"vi",
       {{"TS", "ThS", "PGS", "GS", "PGS.TS", "GS.TS", "BS", "KS", "Th.S", "NSƯT", "NSND"},
        {"TP", "TT", "Tp"},
        {"Theo", "Tuy", "Ông", "Bà", "Trong", "Tại", "Các", "Những", "Đây", "Hiện", "Sau", "Khi"},
        false}},
      // Ordinals with a period only: the other abbreviations are left to ICU.
      {"danish", {{}, {}, {"Den", "Det", "De", "En", "Et", "Han", "Hun", "Vi", "Jeg"}, true}},
      {"norwegian", {{}, {}, {"Den", "Det", "De", "En", "Et", "Han", "Hun", "Vi", "Jeg"}, true}},
      {"finnish", {{}, {}, {"Se", "He", "Hän", "Me", "Tämä", "Nämä"}, true}},
      {"hungarian", {{}, {}, {"A", "Az", "Egy", "Ez", "Ő", "Mi"}, true}},
      {"cs", {{}, {}, {"To", "Ten", "Ta", "V", "Na", "Je", "Se"}, true}},
  };
  return *tables;
}

const LanguageTable* Table(std::string_view language) {
  const auto& tables = Tables();
  const auto it = tables.find(language);
  return it == tables.end() ? nullptr : &it->second;
}

}  // namespace

ForeignAbbrevKind ClassifyForeignAbbreviation(std::string_view language, std::string_view word) {
  const LanguageTable* t = Table(language);
  if (t == nullptr) return ForeignAbbrevKind::kNone;
  if (t->titles.count(word) > 0) return ForeignAbbrevKind::kTitle;
  if (t->inside.count(word) > 0) return ForeignAbbrevKind::kInside;
  // German street names: "Hauptstr. 5", "in der Bahnhofstr. und".
  if (language == "german" && word.size() > 4 && word.substr(word.size() - 3) == "str") {
    return ForeignAbbrevKind::kInside;
  }
  return ForeignAbbrevKind::kNone;
}

bool IsForeignStarter(std::string_view language, std::string_view word) {
  const LanguageTable* t = Table(language);
  return t != nullptr && t->starters.count(word) > 0;
}

bool WritesOrdinalPeriod(std::string_view language) {
  const LanguageTable* t = Table(language);
  return t != nullptr && t->ordinal_period;
}

}  // namespace precis::text_internal
