// The built-in alias table: a copy of data/aliases.tsv (a test checks that they
// agree).
#include "precis/dedup.h"

namespace precis {

std::string_view AliasTable::DefaultTsv() {
  static constexpr std::string_view kTsv =
      R"tsv(# precis default alias table (also compiled into the library: src/dedup/default_aliases.cc).
# One "variant<TAB>canonical" per line, optionally "<TAB>case" for a case-sensitive variant.
# Before near-duplicate shingling and story term weighting, every variant (and the canonical
# form's own spelling) is replaced by the canonical form, so "Russian Federation" and "Russia"
# compare equal. Extend it with `--aliases FILE` (same format; later lines win).
#
# Countries
U.S.	United States
U.S.A.	United States
USA	United States	case
US	United States	case
United States of America	United States
Russian Federation	Russia
U.K.	United Kingdom
UK	United Kingdom	case
Britain	United Kingdom
Great Britain	United Kingdom
People's Republic of China	China
PRC	China	case
Republic of Korea	South Korea
ROK	South Korea	case
Democratic People's Republic of Korea	North Korea
DPRK	North Korea	case
Islamic Republic of Iran	Iran
Syrian Arab Republic	Syria
Kingdom of Saudi Arabia	Saudi Arabia
U.A.E.	United Arab Emirates
UAE	United Arab Emirates	case
Federal Republic of Germany	Germany
French Republic	France
Republic of Turkey	Turkey
Turkiye	Turkey
The Netherlands	Netherlands
Czechia	Czech Republic
Burma	Myanmar
Ivory Coast	Côte d'Ivoire
Cote d'Ivoire	Côte d'Ivoire
Timor-Leste	East Timor
Republic of the Philippines	Philippines
Kampuchea	Cambodia
Kingdom of Cambodia	Cambodia
State of Israel	Israel
Republic of India	India
Republic of Iraq	Iraq
Socialist Republic of Vietnam	Vietnam
Viet Nam	Vietnam
# Organisations
U.N.	United Nations
UN	United Nations	case
E.U.	European Union
EU	European Union	case
North Atlantic Treaty Organization	NATO
North Atlantic Treaty Organisation	NATO
World Health Organisation	World Health Organization
WHO	World Health Organization	case
IMF	International Monetary Fund	case
WTO	World Trade Organization	case
World Trade Organisation	World Trade Organization
IAEA	International Atomic Energy Agency	case
OPEC	Organization of Petroleum Exporting Countries	case
Organisation of Petroleum Exporting Countries	Organization of Petroleum Exporting Countries
ASEAN	Association of Southeast Asian Nations	case
PLO	Palestine Liberation Organization	case
Palestine Liberation Organisation	Palestine Liberation Organization
FBI	Federal Bureau of Investigation	case
CIA	Central Intelligence Agency	case
NASA	National Aeronautics and Space Administration	case
ICRC	International Committee of the Red Cross	case
# Titles
Pres.	president
Sen.	senator
Gov.	governor
Rep.	representative
Gen.	general
Lt.	lieutenant
Col.	colonel
Capt.	captain
Sgt.	sergeant
Maj.	major
Adm.	admiral
Dr.	doctor
Prof.	professor
Rev.	reverend
PM	prime minister	case
)tsv";
  return kTsv;
}

}  // namespace precis
