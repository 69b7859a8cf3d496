// Stop lists. The words are facts about each language; the selection follows the Snowball
// project's stop lists (snowballstem.org, algorithms/<language>/stop.txt), which were made
// for the same Snowball stemmers precis uses. English is the full Snowball list; the others
// keep Snowball's function words and the commonest auxiliary verb forms.
// Russian, Italian, Portuguese and Dutch follow Snowball's lists too (Russian adds the relative
// pronoun который, это, также and the fragments of abbreviations the tokenizer leaves: г, гг,
// т, др, тыс, млн, млрд, руб). Snowball has no stop lists for Greek, Turkish, Arabic and Hindi:
// those are short lists of articles, prepositions, conjunctions, pronouns and auxiliaries
// written for precis, and so are Polish, Ukrainian and Indonesian (Swedish follows Snowball's)
// (after trials found "в, т, г, и", "τα, η, δεν, το", "في, أن" and
// "में, के, हो, ने" among story terms).
#include "text/stopword_lists.h"

#include <vector>

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
    "wollen wollte würde würden zu zum zur zwar zwischen dr prof";

constexpr std::string_view kFrench =
    "au aux avec ce ces dans de des du elle en et eux il ils je la le les leur leurs lui ma "
    "mais me même mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son "
    "sur ta te tes toi ton tu un une vos votre vous c d j l à m n s t y été étant suis es est "
    "sommes êtes sont serai sera serons seront serait seraient étais était étions étaient fut "
    "furent soit soient ayant eu ai as avons avez ont aura auront aurait auraient avais avait "
    "avions avaient ceci cela cet cette ici quel quels quelle quelles sans soi mme mlle";

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
    "tiene tenemos tienen tenía tuvo sr sra srta dr dra";

constexpr std::string_view kRussian =
    "и в во не что он на я с со как а то все она так "
    "его но да ты к у же вы за бы по только ее её "
    "мне было вот от меня еще ещё нет о из ему "
    "теперь когда даже ну вдруг ли если уже или "
    "ни быть был него до вас нибудь опять уж вам "
    "ведь там потом себя ничего ей может они тут "
    "где есть надо ней для мы тебя их чем была сам "
    "чтоб без будто чего раз тоже себе под будет "
    "ж тогда кто этот того потому этого какой "
    "совсем ним здесь этом один почти мой тем "
    "чтобы нее неё сейчас были куда зачем всех "
    "никогда можно при наконец два об другой "
    "хоть после над больше тот через эти нас про "
    "всего них какая много разве три эту моя "
    "впрочем свою этой перед иногда лучше чуть "
    "том нельзя такой им более всегда конечно "
    "всю между это также который которая которое "
    "которые которых которого которой ее года "
    "году г гг т др тыс млн млрд руб";

constexpr std::string_view kItalian =
    "ad al allo ai agli all agl alla alle con col coi da dal dallo dai dagli dall "
    "dagl dalla dalle di del dello dei degli dell degl della delle in nel nello nei "
    "negli nell negl nella nelle su sul sullo sui sugli sull sugl sulla sulle per tra "
    "fra contro io tu lui lei noi voi loro mio mia miei mie tuo tua tuoi tue suo sua "
    "suoi sue nostro nostra nostri nostre vostro vostra vostri vostre mi ti ci vi lo "
    "la li le gli ne il un uno una ma ed se perché anche come dove che chi cui non "
    "più quale quanto quanti quanta quante quello quelli quella quelle questo questi "
    "questa queste si tutto tutti a c e i l o ho hai ha abbiamo avete hanno abbia "
    "avevo aveva avevano sono sei è siamo siete sia era erano fu furono essere stato "
    "stata stati state sig dott";

constexpr std::string_view kPortuguese =
    "de a o que e do da em um para com não uma os no se na por mais as dos como mas "
    "ao ele das à seu sua ou quando muito nos já eu também só pelo pela até isso "
    "ela entre depois sem mesmo aos seus quem nas me esse eles você essa num nem "
    "suas meu às minha numa pelos elas qual nós lhe deles essas esses pelas este "
    "dele tu te vocês vos lhes meus minhas teu tua teus tuas nosso nossa nossos "
    "nossas dela delas esta estes estas aquele aquela aqueles aquelas isto aquilo "
    "estou está estamos estão estava estavam foi foram ser sido é são era eram "
    "tem têm tinha havia há sr sra dr dra";

constexpr std::string_view kDutch =
    "de en van ik te dat die in een hij het niet zijn is was op aan met als voor had "
    "er maar om hem dan zou of wat mijn men dit zo door over ze zich bij ook tot je "
    "mij uit der daar haar naar heb hoe heeft hebben deze u want nog zal me zij nu ge "
    "geen omdat iets worden toch al waren veel meer doen toen moet ben zonder kan hun "
    "dus alles onder ja eens hier wie werd altijd doch wordt wezen kunnen ons zelf "
    "tegen na reeds wil kon niets uw iemand geweest andere";

constexpr std::string_view kGreek =
    "ο η το οι τα του της των τον την τους τις ένας "
    "ενός ένα μία μια μιας και ή να θα δεν μην με "
    "σε στο στη στην στον στα στους στις στης "
    "στου για από προς κατά μετά χωρίς ως που πως "
    "ότι αν αλλά επίσης είναι ήταν είχε έχει "
    "έχουν αυτό αυτή αυτός αυτά αυτές αυτοί "
    "αυτού αυτής αυτών οποίο οποία οποίος οποίοι "
    "οποίες οποίων πιο όπως όταν εάν ενώ μέχρι "
    "έως ακόμη ακόμα πολύ όλα όλοι όλες κάθε σας "
    "μας τη τ";

constexpr std::string_view kTurkish =
    "ve bir bu da de için ile çok daha gibi olarak olan ama ancak en ki ne mi mı "
    "mu mü o şu her kadar sonra göre değil var yok ise veya ya hem diye oldu "
    "olduğu olduğunu tarafından üzere ayrıca bunu buna bunun bundan onun ona onu "
    "ondan biz ben sen siz onlar bizim benim sizin kendi arasında karşı içinde "
    "şey dedi";

constexpr std::string_view kArabic =
    "في من على إلى الى عن أن ان إن مع هذا هذه ذلك "
    "تلك التي التى الذي الذين ما لا لم لن قد كان "
    "كانت وقد كما أو او ثم حتى بعد قبل بين عند هو "
    "هي هم نحن أنا كل أي غير لقد عليه عليها فيه "
    "فيها منه منها به بها له لها لهم وفي ومن وعلى "
    "أنه أنها إنه وأن يكون تكون خلال حيث ولا وهو "
    "وهي أيضا اليوم قال وقال قالت وقالت يقول ويقول";

constexpr std::string_view kHindi =
    "के का की को में से पर और है हैं "
    "था थी थे हो ने भी यह वह ये वे इस "
    "उस इन उन एक लिए तो ही जो कि कर "
    "करने किया गया गई गए रहा रही रहे "
    "होने हुआ हुई हुए साथ बाद तक "
    "अपने अपनी अपना नहीं या लेकिन "
    "कहा जा जाता जाती द्वारा वाले "
    "वाली सकता सकती करते करती होता "
    "होती कुछ सभी बहुत अब जब तब क्या";

constexpr std::string_view kSwedish =
    "och det att i en jag hon som han på den med var sig för så till är men ett "
    "om hade de av icke mig du henne då sin nu har inte hans honom skulle hennes "
    "där min man ej vid kunde något från ut när efter upp vi dem vara vad över "
    "än dig kan sina här ha mot alla under någon eller allt mycket sedan ju denna "
    "själv detta åt utan varit hur ingen mitt ni bli blev oss din dessa några "
    "deras blir mina samma vilken er sådan vår blivit dess inom mellan sådant "
    "varför varje vilka ditt vem vilket sitta sådana vart dina vars vårt våra ert "
    "era vilkas kl ca";

constexpr std::string_view kPolish =
    "a aby ale ani aż bo by był była było byli być będzie co czy dla do gdy "
    "gdzie go i ich ich ile im ja jak jako je jego jej jest jeszcze jeśli jednak "
    "już ją ku lub ma może mu na nad nie nich nim niż o od oraz po pod przez przy "
    "się są ta tak także tam te tego tej ten to tu tylko tym w we według więc "
    "wszystko z za ze że żeby został została zostały r ul ok tys mln mld zł "
    "proc";

constexpr std::string_view kUkrainian =
    "і й та а але в у на з із зі до від по за про при "
    "для що як це цей ця ці той та ті він вона воно "
    "вони його її їх їм їй ним нею нього не ні так "
    "також вже ще же б би бути був була було були "
    "є буде можна має мають який яка яке які "
    "якого якої яких свій своє своя свої р м вул "
    "тис млн млрд грн";

constexpr std::string_view kIndonesian =
    "yang dan di ke dari ini itu dengan untuk pada adalah dalam tidak akan juga oleh "
    "sebagai atau ada bahwa karena telah sudah saat bisa dapat lebih para mereka ia "
    "dia kami kita saya anda namun tetapi hingga masih hal tersebut antara serta "
    "secara agar jika bagi setelah sejak jl dr";

}  // namespace

std::string_view StopwordList(std::string_view name) {
  if (name == "english") return kEnglish;
  if (name == "german") return kGerman;
  if (name == "french") return kFrench;
  if (name == "spanish") return kSpanish;
  if (name == "russian") return kRussian;
  if (name == "italian") return kItalian;
  if (name == "portuguese") return kPortuguese;
  if (name == "dutch") return kDutch;
  if (name == "greek") return kGreek;
  if (name == "turkish") return kTurkish;
  if (name == "arabic") return kArabic;
  if (name == "hindi") return kHindi;
  if (name == "swedish") return kSwedish;
  if (name == "pl") return kPolish;
  if (name == "uk") return kUkrainian;
  if (name == "indonesian") return kIndonesian;
  return {};
}

const std::vector<std::string_view>& StopwordLanguages() {
  static const auto* names = new std::vector<std::string_view>{
      "english", "german",  "french", "spanish", "russian", "italian", "portuguese", "dutch",
      "greek",   "turkish", "arabic", "hindi",   "swedish", "pl",      "uk",         "indonesian"};
  return *names;
}

}  // namespace precis::text_internal
