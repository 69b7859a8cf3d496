// Stop lists. The words are facts about each language; the selection follows the Snowball
// project's stop lists (snowballstem.org, algorithms/<language>/stop.txt), which were made
// for the same Snowball stemmers precis uses. English is the full Snowball list; the others
// keep Snowball's function words and the commonest auxiliary verb forms.
#include "text/stopword_lists.h"

namespace precis::text_internal {
namespace {

constexpr std::string_view kEnglish =
    "i me my myself we our ours ourselves you your yours yourself yourselves he him his "
    "himself she her hers herself it its itself they them their theirs themselves what which "
    "who whom this that these those am is are was were be been being have has had having do "
    "does did doing would should could ought i'm you're he's she's it's we're they're i've "
    "you've we've they've i'd you'd he'd she'd we'd they'd i'll you'll he'll she'll we'll "
    "they'll isn't aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't won't "
    "wouldn't shan't shouldn't can't cannot couldn't mustn't let's that's who's what's here's "
    "there's when's where's why's how's a an the and but if or because as until while of at "
    "by for with about against between into through during before after above below to from "
    "up down in out on off over under again further then once here there when where why how "
    "all any both each few more most other some such no nor not only own same so than too "
    "very";

constexpr std::string_view kGerman =
    "aber alle allem allen aller alles als also am an ander andere anderem anderen anderer "
    "anderes anderm andern anders auch auf aus bei bin bis bist da damit dann der den des dem "
    "die das dass daß derselbe derselben denselben desselben demselben dieselbe dieselben "
    "dasselbe dazu dein deine deinem deinen deiner deines denn derer dessen dich dir du dies "
    "diese diesem diesen dieser dieses doch dort durch ein eine einem einen einer eines einig "
    "einige einigem einigen einiger einiges einmal er ihn ihm es etwas euer eure eurem euren "
    "eurer eures für gegen gewesen hab habe haben hat hatte hatten hier hin hinter ich mich "
    "mir ihr ihre ihrem ihren ihrer ihres euch im in indem ins ist jede jedem jeden jeder "
    "jedes jene jenem jenen jener jenes jetzt kann kein keine keinem keinen keiner keines "
    "können könnte machen man manche manchem manchen mancher manches mein meine meinem meinen "
    "meiner meines mit muss musste nach nicht nichts noch nun nur ob oder ohne sehr sein "
    "seine seinem seinen seiner seines selbst sich sie ihnen sind so solche solchem solchen "
    "solcher solches soll sollte sondern sonst über um und uns unsere unserem unseren unser "
    "unseres unter viel vom von vor während war waren warst was weg weil weiter welche "
    "welchem welchen welcher welches wenn werde werden wie wieder will wir wird wirst wo "
    "wollen wollte würde würden zu zum zur zwar zwischen";

constexpr std::string_view kFrench =
    "au aux avec ce ces dans de des du elle en et eux il ils je la le les leur leurs lui ma "
    "mais me même mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son "
    "sur ta te tes toi ton tu un une vos votre vous c d j l à m n s t y été étant suis es est "
    "sommes êtes sont serai sera serons seront serait seraient étais était étions étaient fut "
    "furent soit soient ayant eu ai as avons avez ont aura auront aurait auraient avais avait "
    "avions avaient ceci cela cet cette ici quel quels quelle quelles sans soi";

constexpr std::string_view kSpanish =
    "de la que el en y a los del se las por un para con no una su al lo como más pero sus le "
    "ya o este sí porque esta entre cuando muy sin sobre también me hasta hay donde quien "
    "desde todo nos durante todos uno les ni contra otros ese eso ante ellos e esto mí antes "
    "algunos qué unos yo otro otras otra él tanto esa estos mucho quienes nada muchos cual "
    "poco ella estar estas algunas algo nosotros mi mis tú te ti tu tus ellas nosotras "
    "vosotros vosotras os mío mía míos mías tuyo tuya tuyos tuyas suyo suya suyos suyas "
    "nuestro nuestra nuestros nuestras vuestro vuestra vuestros vuestras esos esas estoy "
    "estás está estamos estáis están estaba estaban estuvo he has ha hemos habéis han había "
    "habían hubo soy eres es somos sois son era eran fue fueron sea sean sido siendo tengo "
    "tiene tenemos tienen tenía tuvo";

}  // namespace

std::string_view StopwordList(std::string_view name) {
  if (name == "english") return kEnglish;
  if (name == "german") return kGerman;
  if (name == "french") return kFrench;
  if (name == "spanish") return kSpanish;
  return {};
}

}  // namespace precis::text_internal
