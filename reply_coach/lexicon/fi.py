"""Finnish phrasing families for the heat detector; merged into the lexicon by lexicon/__init__.py.

Same entry syntax as the lexicon (regex fragments matched case-insensitively at
a word start, * for a stem, (pattern, weight) to override a weight).
Each entry is a *way of saying* something, not a sentence from a corpus, and
tests/test_heat_fi.py pins it with sentences written for the test, calm
look-alikes included.

Notes on Finnish that shape the entries:
- person endings: 1sg -n (vaadin), 1pl -mme (vaadimme), 2pl -tte (lupasitte),
  passive -taan/-tään (korjataan); colloquial forms (mä, sä, tää, haluun, takas)
  are listed next to the standard ones;
- a stem at the very end of an entry is written ``stem*`` (the lexicon turns a
  final ``*`` into ``\\w*``; an entry ending in a literal ``\\w*`` needs one more
  letter than intended, so "meidän tavalla\\w*" never matches "meidän tavalla");
- many everyday words start like heated ones ("huolimatta" despite vs.
  "huolimaton" careless, "valitettavasti" vs. "valitus", "arvio" estimate vs.
  "arvostelu" review, "saatan" I may vs. "saatana", "vahingossa" by accident vs.
  "vahingonkorvaus", "toimisto" office vs. agency): entries spell out the heated
  form;
- leading alternations are plain literals, so the matcher can index them by
  their first letters (see heat._expand / heat._key).
"""

from __future__ import annotations

# Reusable alternations (plain strings, no capturing groups).
_YOU_PAST_PL = (  # "you (pl.) have broken / ruined / ..." as a past participle after olette / te
    r"(?:rikkoneet|pilanneet|mokanneet|sotkeneet|tyrineet|möhlineet|ryssineet|sössineet|munanneet|laiminlyöneet)"
)
_YOU_PAST_SG = r"(?:rikkonut|pilannut|mokannut|sotkenut|tyrinyt|möhlinyt|ryssinyt|sössinyt|munannut|laiminlyönyt)"
_NOT_DONE_PL = (  # "you (pl.) have not (even) tested / read / listened ..."
    r"(?:testanneet|tarkistaneet|lukeneet|kuunnelleet|vaivautuneet|välittäneet|reagoineet|"
    r"ilmoittaneet|kertoneet|korjanneet|noudattaneet)"
)
_NOT_DONE_SG = (
    r"(?:testannut|tarkistanut|lukenut|kuunnellut|vaivautunut|välittänyt|reagoinut|ilmoittanut|"
    r"kertonut|korjannut|noudattanut)"
)
_RESULT_NOUNS = (  # what a campaign or a site was supposed to bring
    r"(?:liidiä|soittoa|yhteydenottoa|asiakasta|kauppaa|tilausta|varausta|kävijää|seuraajaa|"
    r"myyntiä|tulosta|klikkausta|tarjouspyyntöä|ajanvarausta|kyselyä)"
)
_TOMORROW = r"(?:huomenna|huomiseksi|huomiseen|tänään|tänä iltana|illaksi|aamuksi|huomisaamuna|ylihuomenna|ylihuomiseksi)"
_AUTHORITY = (r"(?:olemme|olen|otamme|otan|ollaan|olemme jo|olen jo) (?:\w+ )?(?:yhteydessä|yhteyttä) \w*(?:viranomai\w*|valtuutettu\w*|"
              r"virasto\w*|lautakunta\w*|lautakuntaan|poliisi\w*|kuluttajaneuvon\w*)")
_BAD_REVIEW = (r"(?:jätän|jätämme|kirjoitan|kirjoitamme|annan|annamme|laitan|laitamme|teen) (?:teistä |teille |tästä )?(?:\w+ )?(?:huono\w*|"
               r"negatiivi\w*|kriittise\w*|rehelli\w*|murska\w*) (?:arvio\w*|arvostelu\w*|palaute\w*|arvosteli\w*|arvosan\w*)")
_TO_THE_PRESS = (r"(?:kerron|kerromme|vien|viemme|otan yhteyttä|otamme yhteyttä|vinkkaan|vinkkaamme) (?:\w+ ){0,3}\w*(?:lehdelle|lehteen|lehdistölle|"
                 r"medialle|toimittajalle|toimittajille|lehtiin)")
_LEGAL_WHO = r"(?:asianajaja\w*|lakimie\w*|juristi\w*|lakitoimisto\w*|asianajotoimisto\w*|lakiasiaintoimisto\w*)"
_NOT_CONTRACT = r"(?![^.!?]*(?:sopimu|luonno|läpi|tarkast|kommen))"  # a lawyer next to a contract under review is neutral

_COURT = r"haast(?:aa|amme|an|amaan|etaan|ettu) (?:teidät |teitä |yrityksenne |firmanne |yrityksen )?(?:käräj|oikeu)\w*"
_TAKE_TO = (r"(?:vien|viemme|viedään|viedä|viemään|vie) (?:\w+ ){0,2}(?:käräjille|käräjäoikeuteen|oikeuteen|"
            r"kuluttajariitalautakuntaan|riitalautakuntaan|kuluttajaneuvontaan)")
_DAMAGES = r"korvau\w* (?:\w+ ){0,2}(?:menetety\w*|menetyks\w*|vahing\w*|aiheutuneista|aiheutuneet)"
_BILL_LOSSES = (r"(?:laskutamme|laskutan|laskutetaan|perimme|perin|peritään) (?:\w+ ){0,3}(?:teiltä|teitä)(?: \w+){0,3}?(?: menetyk\w*| menetety\w*| vahing\w*| aiheutune\w*| kulut| kuluista)?")
_HANDED_TO_LAWYER = (r"(?:asia|asian|tämä|koko asia) (?:siirtyy|siirretään|siirrämme|siirrän|annetaan|annan|annamme|"
                     r"luovutan|luovutamme|menee) (?:\w+ )?" + _LEGAL_WHO)
_PUBLIC = (r"(?:kerron|kerromme|kirjoitan|kirjoitamme|jaan|jaamme|julkaisen|julkaisemme|levitän) (?:teistä |tästä |"
           r"kokemukse\w* |kokemuksistani |kokemuksistamme |koko jutun |kaiken |tarinan |tästä kaikesta )(?:\w+ ){0,4}"
           r"(?:somessa|someen|sosiaalisessa mediassa|sosiaaliseen mediaan|googleen|facebookiin|facebookissa|"
           r"facebook-ryhmä\w*|instagramiin|linkediniin|linkedinissä|nettiin|keskustelupalstoille|muille yrittäjille|"
           r"tutuilleni|kaikille tutuille\w*)")
_ONE_STAR = r"yhden tähden (?:arvio|arvostelu|arvosana|palaute)*"
_REVIEW_SITE = r"(?:google|facebook)-?(?:arvio|arvostelu)*"
_GO_PUBLIC = r"(?:vien|viemme|tuon|tuomme) (?:asian |tämän |koko jutun )?julkisuuteen"

_MONEY_BACK = (r"(?:rahat|rahani|rahamme|rahoja|rahojani|rahojamme|rahoni|rahojen) (?:\w+ ){0,3}(?:takaisin|takas|takasin|"
               r"takaisi|tililleni|tilillemme|tilille|palautettua|palautettuna|palautettava|palautettavaksi|palautukse\w*)")
_PAYMENT_BACK = (r"(?:maksu|maksun|maksut|maksuni|maksumme|maksamamme|maksamani|ennakko|ennakon|ennakkomaksun|käsirahan|"
                 r"summa|summan) (?:kokonaan |heti |välittömästi |kokonaisuudessaan |viipymättä )?(?:takaisin|takas|takasin)")
_PAY_IT_BACK = (r"(?:palauttakaa|maksakaa|siirtäkää|hyvittäkää) (?:\w+ ){0,3}(?:tililleni|tilillemme|tilille|takaisin|kokonaan)"
                r"(?: heti| välittömästi| viipymättä| saman tien)?")
_DEMAND_CREDIT = (r"(?:vaadin|vaadimme|vaaditaan|odotan|odotamme|edellytän|edellytämme) (?:\w+ )?(?:täyden |täyttä |koko |"
                  r"täysimääräisen |täysimääräistä )?(?:hyvitystä|hyvityksen|hyvityslaskun|korvausta|korvauksen|korvauksia|"
                  r"palautusta|hinnanalennusta|hinnanalennuksen)")
_REFUSE_PAY = r"kieltäydy\w* (?:\w+ )?maksamasta"
_NOT_A_CENT = r"(?:en|emme) (?:\w+ ){0,3}(?:senttiäkään|penniäkään|euroakaan|markkaakaan)"
_LEFT_UNPAID = r"(?:lasku|laskun|laskut|maksu|maksut) (?:\w+ )?(?:jää|jäävät|jätetään|jätämme|jätän) (?:\w+ )?maksamatta"

_ON_YOUR_SIDE = (r"(?:se|tämä|tää|vika|virhe|ongelma|syy) on (?:\w+ )?(?:teidän|sinun|sun|teiän) (?:\w+ )?(?:päässä|puolella|"
                 r"päässänne|puolellanne|vastuulla|vastuullanne|vastuullasi|syytänne|syy|vika|vikanne|mokanne)")
_YOU_RESPONSIBLE = r"(?:olitte|olit|ootte|oot|olette|olet) (?:itse )?vastuussa"
_FAULT_YOURS = r"syy on (?:\w+ )?(?:teidän|teissä|sinun|sinussa|yksin teidän)"
_NOT_OURS = r"(?:vika|virhe|ongelma|syy) ei (?:ole|oo) (?:\w+ )?(?:meidän|meissä|meidän päässä|meidän puolellamme|minun|minussa)"
_YOU_BROKE = r"(?:olette|olet|te|sä|sinä|oot|ootte) (?:\w+ )?(?:nyt |taas |jälleen |onnistuneet |onnistunut )?" + _YOU_PAST_PL
_YOU_BROKE_SG = r"(?:olet|sä|sinä|oot) (?:\w+ )?(?:nyt |taas |jälleen )?" + _YOU_PAST_SG
_YOU_BROKE_PAST = (r"(?:rikoitte|pilasitte|mokasitte|sotkitte|tyritte|möhlitte|ryssitte|sössitte|munasitte|laiminlöitte|"
                   r"rikoit|pilasit|mokasit|sotkit|tyrit|möhlit|ryssit|sössit|munasit)")
_NOT_EVEN = r"(?:edes |koskaan |kertaakaan |ilmeisesti |selvästikään |taaskaan |ollenkaan |lainkaan )?"
_YOU_DID_NOT = r"(?:ette|et) (?:ole |oo )?" + _NOT_EVEN + _NOT_DONE_PL
_YOU_DID_NOT_SG = r"(?:et|sä et) (?:ole |oo )?" + _NOT_EVEN + _NOT_DONE_SG
_NOBODY_TOLD = r"kukaan (?:\w+ ){0,2}ei (?:\w+ ){0,2}(?:kertonut|ilmoittanut|maininnut|varoittanut|neuvonut|ohjeistanut)"
_HOW_COULD = (r"(?:miten|kuinka) (?:tää|tämä|tällainen|tällaista|näin|se|tuo|toi)(?: \w+)? (?:on |oli )?(?:voinut|voi|päässyt|pääsi|"
              r"pääsee|menee|meni) (?:\w+ )?(?:käydä|tapahtua|käymään|tapahtumaan|unohtua|jäädä|päästä|mennä|läpi)")
_PAID_BROKEN = (r"maksoi\w* [^.!?]{0,80}?\b(?:ja|mutta) (?:nyt |silti |vieläkään |edelleenkään )?(?:se |mikään |mitään |"
                r"sivusto |sivut |järjestelmä |sovellus |kauppa |\w+ )?(?:ei|eivät|ei edes) (?:\w+ )?(?:toimi|toimivat|"
                r"toimineet|toiminut|toimi edes)")
_PAID_BROKEN2 = r"maksoi\w* [^.!?]{0,80}?\beikä (?:\w+ ){0,2}(?:toimi|toimivat|toimineet|toiminut)"
_NEGLECT = r"(?:laiminly|laiminlö)*"
_WHO_IS_RESPONSIBLE = r"(?:kuka|kenen) (?:tästä |tämän |siitä )?(?:on |ottaa |kantaa )?(?:vastaa|vastuussa|vastuun|vastuu|syy|vika)(?=\s*[?!.,])"
_NOBODY_RESPONSIBLE = r"(?:kukaan|ei kukaan|eikä kukaan) (?:\w+ ){0,2}(?:ota|ottavan|ottanut|kanna|kantavan|kantanut) (?:mitään )?vastuuta"
_BECAUSE_YOU_DIDNT = r"koska (?:te |sä |sinä )?(?:ette|et) (?:olleet |ollut |ole )?(?:\w+)"
_YOUR_PROBLEM = r"(?:teidän|sinun|sun) (?:\w+ )?(?:ongelma|ongelmanne|ongelmasi|moka|mokanne|sotku)(?=\s*[.!,])"
_WITHOUT_PERMISSION = r"ilman (?:meidän |minun )?(?:lupaa|lupaamme|lupaani|suostumusta|suostumustamme|hyväksyntää|hyväksyntäämme)"
_WHO_TOUCHED = (r"kuka (?:siellä |teillä |teistä )?(?:on )?(?:oikein )?(?:päivittänyt|muuttanut|poistanut|koskenut|sotkenut|rikkonut|"
                r"vaihtanut|siirtänyt|päivitti|muutti|poisti|sotki|rikkoi)")
_AFTER_YOU_DID = (r"(?:sen )?jälkeen,? kun (?:te |sä |sinä )?(?:siirsitte|päivititte|muutitte|asensitte|vaihdoitte|julkaisitte|korjasitte|"
                  r"poistitte|siirsit|päivitit|muutit|asensit)")
_YOUR_THING_DID = (r"(?:järjestelmänne|sovelluksenne|ohjelmanne|palvelunne|päivityksenne|virheenne|koodinne|sivustonne|palvelimenne|"
                   r"integraationne|työnne|toimintanne|ratkaisunne|mokanne|alustanne|pohjanne|asetuksenne|tiiminne|tekijänne|kuvaajanne|"
                   r"työntekijänne|konsulttinne|kehittäjänne|lisäosanne|skriptinne|botinne|automaationne|työntekijäsi|järjestelmäsi|koodisi) "
                   r"(?:\w+ )?(?:aiheutti|aiheuttivat|aiheuttanut|aiheuttaneet|rikkoi|rikkoivat|sotki|sotkivat|kaatoi|pilasi|pilasivat|"
                   r"poisti|poistivat|tuhosi|hävitti|lähetti|lähettivät|epäonnistui|epäonnistuivat|mokasi|mokasivat|unohti|unohtivat)")
_EVEN_THOUGH_ASKED = (r"vaikka (?:me |minä )?(?:pyysimme|pyysin|sovimme|sovittiin|kerroimme|kerroin|muistutimme|muistutin|korostimme|korostin|"
                      r"painotimme|painotin) (?:sitä |tätä |asiasta |teitä |teiltä )?(?:erikseen|useasti|monta kertaa|kahdesti|nimenomaan|"
                      r"selvästi|moneen kertaan|etukäteen)")
_NOT_DONE_IN_AGES = (r"(?:ettei|ei|eikä) (?:\w+ )?(?:ole )?(?:otettu|tehty|tarkistettu|testattu|päivitetty|hoidettu|varmuuskopioitu) (?:\w+ )?"
                     r"(?:kuukausiin|viikkoihin|koskaan|lainkaan|ollenkaan|aikoihin|vuoteen)")
_NOBODY_CHECKS = r"eikö (?:teillä |siellä |teistä )?kukaan (?:\w+ )?(?:oikolue|testaa|tarkista|tarkasta|lue|katso|kokeile|huomannut|huomaa)"
_YOU_WERE_SUPPOSED = r"(?:teidän|sinun|sun) piti"
_YOU_DID_IT_WRONG = (r"(?:lähetitte|laskutitte|teitte|asensitte|julkaisitte|poistitte|muutitte|päivititte|siirsitte|vaihdoitte|kirjoititte|"
                     r"lisäsitte|valitsitte|käytitte|toimititte|veloititte|laitoitte|asetitte|rakensitte|koodasitte|suunnittelitte|tilasitte|"
                     r"ajastitte|kopioitte|latasitte|määrititte|unohditte|jätitte|lähetit|laskutit|teit|poistit|muutit|päivitit|julkaisit|laitoit) "
                     r"[^.!?]{0,60}?\b(?:väär\w*|virhee\w*|virheellise\w*|ilman (?:lupaa|ilmoitusta|että|mitään|meidän)|vaikka|rikki|pieleen|kesken|"
                     r"kahteen kertaan|kahdesti|liikaa)")
_SOMEONE_ON_YOUR_SIDE = r"joku (?:teillä|teistä|siellä|teidän tiimistänne|teidän puolellanne|teidän päässänne) (?:oli |on |oli jo )?\w+(?:nut|nyt|neet)"
_WHO_PAYS = r"kuka (?:tämän|tästä|ne|sen|nämä|tuon) (?:\w+ )?(?:korvaa|maksaa|hoitaa|vastaa|korjaa|päätti|on päättänyt|hyvittää)"
_PROMISED_TWICE = (r"(?:olette|olet|te|ootte) (?:\w+ )?(?:luvanneet|luvannut|sanoneet|vakuuttaneet) (?:\w+ )?(?:jo )?(?:kahdesti|kolmesti|monesti|useasti|"
                   r"moneen kertaan|monta kertaa|useaan otteeseen|kaksi kertaa|kolme kertaa)")
_MADE_BY_YOU_BAD = (r"(?:lähettämänne|tekemänne|toimittamanne|rakentamanne|asentamanne|kirjoittamanne|suunnittelemanne|julkaisemanne|"
                    r"laatimanne|koodaamanne|tuottamanne|ottamanne|kääntämänne) (?:\w+ ){0,3}(?:ovat|on|oli|olivat|olleet|ollut) "
                    r"(?:\w+ ){0,2}(?:täynnä|virheelli\w*|väär\w*|rikki|keskeneräi\w*|puutteelli\w*|kelvottom\w*|käyttökelvottom\w*|sekava\w*|"
                    r"surke\w*|huono\w*|ala-arvoi\w*)")
_WHEN_YOU_DID = r"(?:heti )?kun (?:te )?(?:siirsitte|päivititte|muutitte|asensitte|vaihdoitte|julkaisitte|poistitte|teitte|koskitte|sammutitte)"
_ERROR_IS_YOURS = r"(?:virhe|vika|moka|syy) on (?:kokonaan |täysin |yksin |selvästi |ihan )?(?:teidän|sinun|sun)(?=\s*[.!,])"
_AFTER_YOUR_CHANGE = (r"(?:päivityksenne|päivityksesi|muutoksenne|muutostenne|muutoksesi|julkaisunne|asennuksenne|siirronne|"
                      r"korjauksenne|toimenpiteenne|päivitystenne) (?:jälkeen|takia|vuoksi|myötä|seurauksena)")
_NOT_KEEPING = (r"(?:ette|et) (?:\w+ )?(?:pidä|pitäneet|pitänyt|ole pitäneet) kiinni (?:\w+ )?(?:aikataulu\w*|lupaukse\w*|sovitusta|"
                r"sopimukse\w*|deadline\w*|sovituista)")

_HAGGLING = [
    (r"(?:euroa|hinta|hinnan|hintaa|hinnoittelu|laskutus|veloitus|tarjous|tarjouksenne)\w* (?:\w+ ){0,4}(?:kohtuuttom\w*|"
     r"kohtuuton\w*|liian suuri|liian kova|liian korkea|ylihinnoitel\w*|törkeä\w*|pöyristyttävä\w*|järjetön|naurettava\w*)", 0.45),
    (r"(?:jos|ellei|mikäli) (?:hinta|hintaa|hinnasta|hinnoittelu) (?:\w+ )?(?:ei )?(?:laske|jousta|tule alas|putoa|pudoteta|lasketa|muutu|"
     r"palauteta|alenneta|kohtuullisteta|korjata)", 0.45),
    (r"(?:siirrymme|siirryn|vaihdamme|vaihdan|menemme|menen) (?:kilpailijalle|kilpailijaan|kilpailevalle toimittajalle|kilpailijan asiakkaaksi)", 0.5),
    (r"euroa (?:\w+ ){0,5}(?:aivan |ihan |selvästi |reilusti |aivan liian |ihan liian |järjettömän )?liikaa", 0.45),
    (r"(?:pudottaa|pudottamaan|laskea|laskemaan|alentaa|alentamaan|joustamaan|joustaa) (?:\w+ )?(?:hinta\w*|hintaa)", 0.4),
    (r"(?:hinta|hinnoittelu|summa|lasku|veloitus)\w* (?:ei|eivät) (?:\w+ )?(?:ole )?(?:perusteltu|perusteltua|kohtuullinen|"
     r"oikeudenmukainen|reilu|järkevä)", 0.45),
    (r"neuvotella (?:\w+ )?(?:hinnasta|hinna\w*|sopimukse\w*|ehdoista)? ?uudelleen", 0.4),
    (r"(?:hyväksyimme|hyväksyin|allekirjoitimme|allekirjoitin|sovimme|kuittasimme) (?:\w+ ){0,3}(?:tarjouksen|sopimuksen|hinnan)"
     r"[^.!?]{0,60}\bmutta\b", 0.4),
    (r"(?:meillä|minulla) ei ole (?:\w+ )?varaa", 0.35), (r"yläkanttiin", 0.4),
    (r"(?:samaa|saman|sama) (?:\w+ ){0,2}(?:puolella hinnalla|puoleen hintaan|puolet halvemmalla|halvemmalla|edullisemmin|noin puolella)", 0.4),
    (r"(?:hinta|tarjous|summa|lasku)\w* (?:\w+ ){0,2}(?:ei )?(?:mene|käy) (?:\w+ )?läpi", 0.4),
    (r"tehkää (?:uusi|parempi|halvempi|edullisempi) tarjous", 0.45),
    (r"(?:sovimme|sovittiin|sovittu|hyväksyimme|sovin|hyväksyin) (?:\w+ )?\d[\d\s.,]*\s?(?:euro\w*|€)?,? mutta\b", 0.45),
    (r"(?:ehdotan|ehdotamme|tarjoan|tarjoamme|olemme valmiita maksamaan|olen valmis maksamaan|maksamme korkeintaan|maksan korkeintaan) "
     r"(?:\w+ )?\d[\d\s.,]*\s?(?:euroa|€|e)\b", 0.4),
    (r"liian kallii*", 0.4), (r"(?:aivan|ihan|todella|järkyttävän|törkeän|älyttömän|naurettavan) kallii*", 0.35), (r"kohtuullist*", 0.4),
    (r"siihen nähden,? mitä (?:saamme|saan|saadaan|olemme saaneet|saatiin)", 0.3), (r"(?:joko )?hinta alas", 0.5),
    (r"(?:emme|en) ole valmi(?:ita|s) maksamaan (?:\w+ ){0,3}(?:tuntihinta\w*|hinta\w*|euro\w*|summaa|noin paljon|tuota|tätä)", 0.45),
    (r"(?:kova|iso|valtava|kohtuuton|törkeä|järjetön|huima|raju|rankka|käsittämätön) (?:hinnan)?korotus", 0.4),
    (r"(?:halvempi|halvemman|edullisempi|edullisemman) kuin (?:teidän|teillä|te|teiltä)", 0.4), (r"(?:ero|hintaero) on (?:aivan |ihan )?liian suuri", 0.35),
    (r"(?:ei|eivät) (?:\w+ )?(?:ole )?(?:tuon|sen|tämän|hintansa|rahan|rahojen) (?:\w+ )?arvoi*", 0.45),
    (r"(?:ei|eivät) ole (?:\w+ )?kilpailukykyi*", 0.4), (r"hinta on pilvissä", 0.45),
    (r"(?:paljonko|kuinka paljon) (?:voitte |voisitte )?(?:antaa |tarjota )?alennu*", 0.35),
    (r"ylihinnoitel*", 0.45), (r"ylihinta*", 0.45), (r"kiskonta*", 0.5), (r"(?:kiskotte|kiskoa|kiskomaan)", 0.5), (r"kiskur*", 0.5),
    (r"rahastu*", 0.45), (r"(?:rahastatte|rahastaa|rahastetaan|rahastaminen|rahastamista|rahastitte)", 0.5),
    (r"(?:toiselta|toisesta|eräältä|yhdeltä|kilpailevalta|muulta) (?:\w+ )?(?:toimistolta|toimittajalta|yritykseltä|firmalta|"
     r"tekijältä|freelancerilta|toimijalta|mainostoimistolta)", 0.35),
    (r"(?:muut|toiset|muutkin) (?:\w+ )?(?:toimistot|toimittajat|firmat|yritykset|tekijät|freelancerit|toimijat|tarjoajat|palveluntarjoajat|kilpailijat) (?:\w+ )?"
     r"(?:tekevät|tekisivät|veloittavat|pyytävät|laskuttavat|ottavat|tarjoavat|tarjonneet|veloittaneet|tehneet|pyytäneet|laskuttaneet)", 0.45),
    (r"(?:haluamme|haluan|vaadimme|vaadin|odotamme|odotan|pyydämme|edellytämme) (?:\w+ ){0,3}(?:alennusta|alennuksen|"
     r"hinnanalennusta|hinnanalennuksen|hinnan alennusta|hinnan laskua|hinnan pudotusta|parempaa hintaa|alempaa hintaa)", 0.45),
    (r"(?:hinna|hinta)\w* (?:on joustettava|on pakko joustaa|täytyy joustaa|pitää joustaa|pitäisi joustaa|tulee joustaa)", 0.45),
    (r"(?:joustakaa|joustatteko|joustaa) (?:\w+ )?(?:hinna\w*|hinnasta)", 0.45),
    (r"(?:tulla|tulemaan|tulette|tulisitte|tuletteko|tulkaa) (?:meitä |minua )?vastaan", 0.3),
    (r"vaikka (?:sopimus|tarjous|hinta|sopimus on|tarjous on) (?:onkin |on )?(?:jo )?(?:allekirjoitettu|hyväksytty|sovittu|kuitattu)", 0.45),
    (r"(?:sovittu|sovitun|sovittua|allekirjoitettu|hyväksytty)\w* (?:\w+ ){0,3}(?:hinta|hinnan|hintaa|tarjous|tarjouksen|"
     r"summa|summan)\w*[^.!?]{0,80}\bmutta\b", 0.4),
    (r"(?:maksaa|maksamme|maksan|maksoimme|maksettiin) (?:\w+ )?(?:aivan |ihan |aivan liian |ihan liian |selvästi )?liikaa", 0.45),
    (r"puolet (?:halvemmalla|vähemmällä|pienemmällä|edullisemmin)", 0.45),
    (r"(?:aivan|ihan|todella|järkyttävän|törkeän|älyttömän|naurettavan) kallis*", 0.35),
    (r"pudottakaa (?:\w+ )?(?:hinta\w*|hintaa)", 0.45), (r"(?:laskekaa|laskisitteko) (?:\w+ )?hinta*", 0.4),
]

_INCLUDED = (r"(?:kuuluu|kuuluvat|kuuluisi|kuuluisivat|kuuluuhan|kuuluvathan|sisältyy|sisältyvät|sisältyisi|sisältyyhän) "
             r"(?:\w+ ){0,4}(?:hintaan|hintaamme|pakettiin|sopimukseen|tarjoukseen|budjettiin|kokonaishintaan|projektiin|kokonaisuuteen)")
_NO_EXTRA_COST = (r"ilman (?:lisä)?(?:kustannuksia|veloitusta|lisähintaa|lisälaskua|erillistä laskua|ylimääräisiä kuluja|"
                  r"lisäkuluja|erillistä veloitusta)")
_SHOULDNT_BE_HARD = (r"(?:ei|eihän|eikä) (?:sen|tämän|tuon|sitä) (?:nyt )?(?:pitäisi|pitäis|luulisi|pitäs|pitäisikään) "
                     r"(?:olla|viedä) (?:\w+ )?(?:iso|vaikea|työläs|kallis|kauan|paljon|kuin|montaa|ongelma|kummoinen|vaikeaa)")
_STILL_NEEDED = r"(?:tarvitaan|tarvitsemme|tarvitsisimme) (?:\w+ )?(?:vielä|lisäksi|myös)"
_NO_SEPARATE_BILL = (r"(?:ei|eihän) (?:kai |kait |nyt )?(?:niistä|tästä|siitä|näistä|noista|sitä|tätä) (?:\w+ )?(?:tarvitse|tarvi|pidä|pitäisi) "
                     r"(?:erikseen |erikseen enää )?(?:laskuttaa|maksaa|veloittaa)")
_SURELY_SMALL = (r"(?:nämähän|tämähän|sehän|nehän|tuohan|noihan|tääkin|nää on|ne on|ne ovat|nämä ovat|nämä on) (?:on |ovat )?(?:vain |vaan |ihan |varmasti |varmaan |kai )?(?:pieniä|pieni|pikku\w*|"
                 r"nopea|nopeita|helppo|helppoja|pikkujuttu\w*|simppeli\w*|yksinkertai\w*)")
_ASSUME_INCLUDED = (r"(?:oletan|oletamme|oletin|luotan|ymmärrän),? että (?:nämä|tämä|ne|se|tää|nää) (?:\w+ )?(?:menevät|menee|kuuluvat|kuuluu|"
                    r"sisältyvät|sisältyy|mahtuvat|mahtuu|tehdään|hoidetaan|ovat) (?:\w+ ){0,3}(?:sisällä|sisään|hintaan|tarjoukseen|budjettiin|"
                    r"pakettiin|veloituksetta|ilmaiseksi|samaan)")
_SAME_QUOTE = r"saman (?:tarjouksen|budjetin|hinnan|sopimuksen|paketin|laskun) (?:sisällä|sisään|puitteissa|piirissä)"
_SHOULD_BE_EASY = r"(?:tämän|sen|tuon|tään) (?:pitäisi|pitäis|luulisi|pitäs) olla (?:teille |sinulle |teidän kaltaisille )?(?:helppo\w*|nopea\w*|yksinkertai\w*|pikkujuttu|simppeli\w*)"
_DROP_EVERYTHING = r"(?:laittakaa|jättäkää|siirtäkää|pankaa) (?:\w+ )?(?:kaikki )?(?:muu|muut|muut työt|muut projektit) (?:\w+ )?(?:sivuun|odottamaan|syrjään|tauolle)"
_FITS_BUDGET = (r"(?:mahtuvat|mahtuu|menevät|menee|sisältyvät|sisältyy) (?:varmasti |kyllä |hyvin |helposti |ihan )?(?:nykyiseen|samaan|sovittuun|"
                r"alkuperäiseen|olemassa olevaan) (?:budjettiin|hintaan|pakettiin|tarjoukseen|aikatauluun)")
_NO_FUSS = r"(?:ei|älkää|turha) (?:tästä |siitä |nyt )?(?:kannata |tarvitse )?tehdä (?:mitään |isoa )?numeroa"
_BEYOND_AGREED = r"(?:sovitun|sovittujen|alkuperäisen|tilatun|sovittujen) (?:\w+ ){0,3}lisäksi"
_NOT_A_BIG_JOB = (r"(?:se|tämä|tää|ne|nämä) ei (?:varmaan|kai|varmasti|nyt) (?:ole )?(?:kovin |mikään |niin )?(?:iso|suuri|vaikea|työläs) "
                  r"(?:työ|juttu|homma|asia|vaiva|urakka)")
_NO_EXTRA_FEE_Q = (r"(?:ei|eihän) (?:kai |kait |nyt )?(?:niistä |tästä |siitä |näistä )?(?:mitään |yhtään )?(?:lisähintaa|lisälaskua|lisäkuluja|"
                   r"ylimääräistä|lisämaksua|erillistä laskua) (?:tule|synny|tarvitse|peritä)")
_SHOULDNT_BE_BIG = (r"(?:ei|eihän) (?:pitäisi|pitäis|luulisi|pitäs) olla (?:teille |sinulle )?(?:mikään |kovin |niin )?(?:iso|suuri|vaikea|työläs|ongelma) "
                    r"?(?:juttu|homma|työ|asia|urakka|teille)?")
_NO_EXTRA_BILLS = r"(?:lisälaskuja|lisälaskua|lisäkuluja|lisälaskutusta) (?:\w+ )?(?:emme|en) (?:halua|hyväksy|maksa)"
_NO_EXTRA_BILLS2 = r"(?:emme|en) (?:halua|hyväksy) (?:\w+ )?(?:lisälaskuja|lisälaskua|lisäkuluja|lisälaskutusta|ylimääräisiä laskuja)"
_NOTHING_SPECIAL = (r"(?:eihän|ei) (?:niissä|siinä|tässä|tuossa|näissä) (?:nyt )?(?:ole )?(?:mitään )?(?:ihmeellistä|vaikeaa|isoa|erikoista|kummallista|"
                    r"monimutkaista|ihmeempää)")
_SAME_BUDGET = r"(?:samalla|nykyisellä|sovitulla|alkuperäisellä) (?:budjetilla|hinnalla|summalla)"
_YOU_SURELY_MANAGE = r"kyllähän (?:te |sä |sinä )?(?:sen |ne |tämän |nämä )?(?:ehditte|ehdit|kerkeätte|osaatte|pystytte|hoidatte|teette)"
_READY_ON_DAY = (r"(?:haluan|haluamme|tarvitsen|tarvitsemme|odotan|odotamme) (?:sen |ne |kaiken |kaikki |\w+ )?(?:valmiina|valmiiksi|julki|livenä) "
                 r"(?:\w+ )?(?:maanantaina|tiistaina|keskiviikkona|torstaina|perjantaina|lauantaina|sunnuntaina|huomenna|tänään|ylihuomenna|"
                 r"huomiseksi|maanantaiksi|tiistaiksi|keskiviikoksi|torstaiksi|perjantaiksi)")
_GIVE_MONEY_BACK = (r"(?:palautatte|palautat|palauttakaa|palauta|palauttaa|palauttamaan|maksatte takaisin|maksakaa takaisin|hyvittäkää|"
                    r"hyvitätte) (?:\w+ ){0,2}(?:rahat|rahani|rahamme|rahoja|rahojamme|maksun|maksut|summan|summa|ennakon|ennakko|ennakkomaksun|"
                    r"koko summan|erotus|erotuksen|\w*maksu\w*|\d+ euroa|laskutus|laskutuksen|veloitus|veloituksen)")
_WANT_FEE_BACK = (r"(?:haluan|haluamme|haluun|vaadin|vaadimme|odotan|odotamme) (?:\w+ ){0,2}\w*(?:maksu|maksun|maksut|summa|summan|rahat|hinnan) "
                  r"(?:kokonaan |heti |välittömästi )?(?:takaisin|takas|takasin)")
_UNAGREED_CHARGES = (r"(?:joista|joita|jota|mistä|mitä) (?:ei|emme|en) (?:ole )?(?:\w+ )?(?:sovittu|sopineet|sopinut|tilattu|tilanneet|tilannut|pyydetty|"
                     r"pyytäneet|hyväksytty|hyväksyneet|hyväksynyt)")
_NOT_RETURNED = (r"(?:rahoja|rahat|rahojamme|rahojani|maksua|summaa|hyvitystä|palautusta|hyvityslaskua) (?:\w+ )?(?:ei|eivät) (?:ole )?"
                 r"(?:vieläkään |edelleenkään |vielä )?(?:palautettu|maksettu|tullut|näkynyt|saapunut|kuulunut)")
_OVERCHARGED = r"liikaa (?:peritty|laskutettu|veloitettu)*"
_OVERCHARGED2 = r"(?:perittiin|laskutitte|veloititte|laskutettiin|veloitettiin) (?:\w+ )?liikaa"
_EXPECT_REFUND = (r"(?:odotamme|odotan|vaadimme|vaadin|pyydämme|pyydän|edellytämme|edellytän) (?:\w+ ){0,2}(?:palauttamista|palautusta|"
                  r"hyvittämistä|hyvitystä|takaisinmaksua)")
_WHOLE_THING_BY = (r"(?:koko|kokonaisen|koko uuden|uuden|kokonaan uuden|täysin uuden) (?:\w+ )?(?:sivuston|verkkokaupan|sovelluksen|järjestelmän|intranetin|palvelun|"
                   r"kampanjan|sivut|ilmeen|brändin|logon|brändikirjan)\b[^.!?]{0,60}?\b(?:maanantaiksi|tiistaiksi|keskiviikoksi|torstaiksi|perjantaiksi|lauantaiksi|sunnuntaiksi|"
                   r"huomiseksi|ylihuomiseksi|viikonlopuksi|ensi viikoksi|aamuksi|illaksi)")

# signal name (a key of lexicon.SIGNAL_WEIGHTS) -> entries
SIGNALS: dict[str, list] = {
    # ------------------------------------------------------------------ threat
    "threat": [
        # court, consumer disputes board, legal action, damages
        (_COURT, 0.6), (_TAKE_TO, 0.6), (r"käräjille", 0.55), (r"käräjäoikeuteen", 0.55),
        (r"kuluttajariitalautakun*", 0.55), (r"riitalautakun*", 0.5), (r"kuluttajaneuvo*", 0.45), (r"kuluttaja-asiamie*", 0.5),
        (r"oikeustoim*", 0.55), (r"oikeudelli\w* (?:toimi\w*|toimenpite\w*|seuraamu\w*)", 0.55),
        (r"juridi\w* (?:toimi\w*|toimenpite\w*|seuraamu\w*)", 0.55), (r"rikosilmoitu*", 0.55), (r"aiheutune\w* vahing*", 0.5),
        (_DAMAGES, 0.55), (_BILL_LOSSES, 0.55),
        # the matter handed to a lawyer, said outright (heat.py reads only "jos"/"muuten" as a condition)
        (_HANDED_TO_LAWYER, 0.6),
        (r"(?:olen|olemme) (?:jo |nyt )?(?:ollut|olleet) yhteydessä (?:\w+ )?" + _LEGAL_WHO + _NOT_CONTRACT, 0.5),
        (r"(?:keskustellut|keskustelleet|konsultoinut|konsultoineet|jutellut|puhunut|puhuneet) (?:asiasta )?(?:\w+ ){0,2}" + _LEGAL_WHO + _NOT_CONTRACT, 0.45),
        # public reviews, warning others
        (_ONE_STAR, 0.55), (_REVIEW_SITE, 0.5), (_PUBLIC, 0.5), (r"(?:kirjoitan|kirjoitamme) teistä", 0.45),
        (r"(?:varoitan|varoitamme|varoittaa|varoitella) (?:\w+ )?(?:muita|kaikkia|tuttu\w*|kollego\w*|muitakin)", 0.5),
        (_GO_PUBLIC, 0.55),
        (r"(?:en|emme) (?:voi |tule |aio )?(?:suosittele|suositella) (?:teitä|palvelujanne|palveluitanne|yritystänne|toimistoanne)", 0.45),
        # switching supplier, ending the relationship
        (r"(?:siirrymme|siirryn|vaihdamme|vaihdan|vaihdetaan) (?:\w+ )?(?:toiseen|toiselle|uuteen|uudelle|kilpailevaan|kilpailevalle|"
         r"kilpailijalle|kilpailijaan) (?:toimittaja\w*|kumppani\w*|palveluntarjoaja\w*|mainostoimisto\w*|kilpailija\w*)", 0.5),
        (r"(?:viemme|vien|siirrämme|siirrän) (?:\w+ )?(?:bisnekse\w*|liiketoimin\w*|asiakkuu\w*|rahamme|rahani|työt|projekti\w*|"
         r"tilaukse\w*|kaupat) muualle", 0.5),
        (r"(?:otamme|otan|käytämme|palkkaamme|valitsemme) (?:jatkossa |ensi kerralla |tästä eteenpäin )?(?:jonkun muun "
         r"(?:toimittajan|tekijän|toimiston)|toisen toimittajan|toisen toimiston|toisen tekijän|kilpailija\w*)", 0.5),
        (r"joudu(?:mme|n) (?:valitettavasti |ikävä kyllä |siis |nyt )?(?:ryhtymään (?:\w+ )?(?:toimiin|toimenpiteisiin|oikeustoimiin|"
         r"jatkotoimiin)|viemään asian|etsimään (?:toisen|uuden|muun|toista)|vaihtamaan (?:toimittaja\w*|toimisto\w*|kumppani\w*)|"
         r"purkamaan (?:sopimuksen|kaupan)|irtisanomaan (?:sopimuksen|yhteistyön|palvelun)|turvautumaan)", 0.5),
        (r"joudu(?:mme|n) (?:\w+ )?harkitsemaan (?:\w+ )?(?:muita|toisia|toista|uudelleen|yhteistyö\w*|jatko\w*|sopimukse\w*|vaihtoehto\w*)", 0.45),
        (r"(?:ryhdymme|ryhdyn) (?:\w+ )?(?:toimiin|toimenpiteisiin|jatkotoimiin)", 0.35),
        (r"(?:lopetamme|lopetan|puramme|puran) (?:\w+ )?(?:asiakkuu\w*|yhteistyö\w*|kaupan|sopimuksemme|sopimuksen)", 0.5),
        (r"(?:päätämme|päätän) (?:\w+ )?asiakkuu*", 0.5),
        (r"(?:irtisanomme|irtisanon) (?:\w+ )?(?:palvelu\w*|ylläpitosopimu\w*|sopimukse\w*|asiakkuu\w*|tilaukse\w*)", 0.4),
        (r"(?:emme|en) (?:enää )?(?:jatka|aio jatkaa|tule jatkamaan|halua jatkaa) (?:\w+ )?(?:yhteistyötä|sopimusta|asiakkuutta|"
         r"kanssanne|teidän kanssanne)", 0.5),
        (r"yhteistyö\w* (?:\w+ )?(?:on tiensä päässä|on vaakalaudalla|on katkolla|loppuu tähän|päättyy tähän)", 0.5),
        (r"(?:en ole|emme ole) (?:enää )?(?:varma|varmoja|vakuuttunut|vakuuttuneita),? (?:jatkammeko|jatkanko|haluammeko jatkaa|"
         r"kannattaako jatkaa|jatketaanko)", 0.35),
        (r"(?:mietimme|mietin|harkitsemme|harkitsen|pohdimme|pohdin) vakavasti (?:\w+ )?(?:yhteistyö\w*|sopimukse\w*|asiakkuu\w*|"
         r"jatko\w*|toimittaja\w*)", 0.45),
        (r"(?:mietimme|mietin|harkitsemme|harkitsen|pohdimme|pohdin) (?:\w+ )?(?:yhteistyön|sopimuksen|asiakkuuden|palvelun) "
         r"(?:lopettamista|päättämistä|purkamista|irtisanomista)", 0.45),
        (r"(?:tämä|asia|tää|juttu) ei jää tähän", 0.55),
        (r"(?:en|emme) (?:tilaa|osta|asioi|käytä) (?:\w+ )?(?:teiltä|kanssanne|teitä|palvelujanne|palveluitanne) (?:\w+ )?(?:enää|ikinä|koskaan)", 0.5),
        (r"(?:en|emme) (?:(?:enää|ikinä|koskaan|tule|aio) ){1,3}(?:asioi|tilaa|osta|käytä|asioida|tilata|ostaa|käyttää|asioimaan|"
         r"tilaamaan|ostamaan|käyttämään) (?:\w+ )?(?:kanssanne|kanssasi|teiltä|sinulta|teitä|palvelujanne|palveluitanne|"
         r"teidän palvelujanne)", 0.5),
        (r"(?:ikinä|koskaan) enää", 0.35), (r"enää (?:ikinä|koskaan)", 0.35),
        (r"virallise\w* (?:valitukse\w*|reklamaatio\w*|huomautukse\w*)", 0.45),
        (r"(?:teemme|teen|jätämme|jätän) (?:\w+ )?(?:valituksen|reklamaation)", 0.4),
        (r"kaupan purk*", 0.5),
        (r"(?:joudumme|joudun|mietimme|mietin|harkitsemme|pohdimme)(?: \w+)?(?: miettimään| harkitsemaan| pohtimaan)?,? "
         r"(?:kannattaako|jatkammeko|jatketaanko|onko järkeä jatkaa|onko mitään järkeä jatkaa)", 0.45),
        (r"(?:emme|en) voi (?:enää )?jatkaa (?:näin|tällä tavalla|yhteistyötä|tätä|tällaista)", 0.5),
        (r"(?:valitsemme|valitsen|otamme|otan|palkkaamme|palkkaan|etsimme|etsin) (?:sitten |mieluummin |jatkossa )?jonkun (?:toisen|muun)(?=\s*[.!,])", 0.5),
        (r"(?:haemme|haen|hakea|haetaan) (?:\w+ )?korvau*", 0.4),
        (r"(?:vai|tai) (?:pitääkö|täytyykö|joudummeko|joudunko) (?:meidän |mun |minun )?(?:vaihtaa|etsiä|katsoa muualta|siirtyä|hakea|kilpailuttaa)", 0.45),
        (r"sopimusrikko*", 0.45), (_BAD_REVIEW, 0.55), (_TO_THE_PRESS, 0.5),
        (r"(?:emme|en) voi (?:enää )?jatkaa(?=\s*[.!])", 0.45), (r"oikeudelli\w* käsittely*", 0.55), (r"perintään", 0.45),
        (r"(?:ratkaista|ratkaisemaan|ratkaistaan|sopia) (?:asia |tämä )?sovinnollisesti", 0.35), (r"viimeinen yritys", 0.4), (r"oikeusteitse", 0.6), (r"oikeuden kautta", 0.5), (r"sopimussak*", 0.5), (r"viivästyssak*", 0.5),
        (_AUTHORITY, 0.5), (r"tietosuojaviranomai*", 0.5),
        (r"(?:jos|mikäli|ellei) [^.!?]{0,40}\b(?:mietimme|harkitsemme|etsimme|katsomme|mietitään|katsotaan) (?:\w+ )?(?:muita vaihtoehtoja|toista|toisen|muualta|muuta)", 0.45),
        (r"(?:asia|tämä|juttu) (?:etenee|menee|siirtyy|jatkuu) (?:\w+ )?(?:oikeuteen|oikeusteitse|juristille|lakimiehelle|asianajajalle|eteenpäin)", 0.5),
        (r"(?:emme|en) (?:aio |tule )?(?:uusi|uusia|jatka|jatkaa) (?:\w+ )?(?:sopimusta|lisenssiä|tilausta|ylläpitoa|asiakkuutta|ylläpitosopimusta)", 0.45), (r"(?:purkaa|purkamaan|purkamisen|purkamista|purkamiseen) (?:\w+ )?sopimu*", 0.45),
        (r"(?:selvitämme|selvitän|tutkimme|tutkin|tutkitamme|selvitytämme|arvioimme) (?:\w+ ){0,2}" + _LEGAL_WHO + r" kanssa", 0.45),
        (r"kilpailu- ja kuluttajavira*", 0.55), (r"tietosuojavaltuute*", 0.5), (r"tekijänoikeusrikko*", 0.5), (r"kuluttajaviranomai*", 0.5), (r"kantelu*", 0.45),
        (r"(?:teen|teemme|tehdään) (?:asiasta |tästä |teistä )?(?:virallisen )?(?:ilmoituksen|kantelun) (?:\w+ ){0,3}(?:\w+lle|\w+viranomaisille)", 0.5),
        (r"(?:kilpailutamme|kilpailutan|kilpailutetaan|kilpailuttaa|kilpailuttamaan)", 0.4),
        (r"(?:katsoa|katsomaan|katsomme|katson|etsiä|etsimään|hakea|hakemaan|kysyä|kysymään|ostaa|ostamaan|tilata|tilaamaan) "
         r"(?:\w+ )?(?:palvelu\w* |tekijä\w* |toimittaja\w* )?muualta", 0.4),
        (r"(?:kerron|kerromme|levitän|levitämme) (?:tästä |teistä |asiasta )?(?:koko |kaikille )?\w*(?:piirille|yhdistykselle|"
         r"tuttavilleni|tutuilleni|verkostolleni|verkostollemme)", 0.4),
    ],
    "legal_party": ["lakitoimisto*", "asianajotoimisto*", "lakiasiaintoimisto*", "oikeusavustaja*"],
    # --------------------------------------------------------------- ultimatum
    "ultimatum": [
        (r"muussa tapauksessa", 0.45), (r"tällä menolla", 0.4),
        (r"(?:jos|ellei|mikäli) (?:ette|te|sä|et) (?:\w+ )?(?:laske|pudota|alenna|jousta|korjaa|hoida|palauta|vastaa)", 0.45),
        (r"annan (?:teille |sinulle )?(?:vielä )?(?:aikaa|viikon|vuorokauden|kaksi päivää|kolme päivää|\d+ päivää|\d+ tuntia)", 0.45),
        (r"(?:ei ole muuta vaihtoehtoa|muuta vaihtoehtoa ei ole)", 0.4), (r"(?:tämän|sen|tään|tän) on (?:nyt )?pakko onnistua", 0.4), (r"ei tule kuulonkaan", 0.45),
        (r"älkää (?:nyt )?kysykö (?:miksi|mitään|turhia)", 0.4), (r"tehkää (?:nyt )?(?:vain|vaan)(?=\s*[.!])", 0.35), (r"ei (?:ole|oo) (?:muita )?vaihtoehtoja", 0.4),
        (r"(?:muuten|tai|ellei|tai muuten) (?:emme|en) (?:\w+ )?(?:uusi|jatka|tilaa|allekirjoita|maksa|suosittele|hyväksy)", 0.45),
        (r"joko (?:\w+ ){1,6}tai (?:\w+ ){0,3}(?:loppuu|päättyy|lopetamme|lopetan|vaihdamme|siirrymme|etsimme|haemme)", 0.45), (r"(?:tämä|tää|se|aikataulu|päivä|hinta) ei (?:nyt )?jousta", 0.35),
        (r"(?:tai|muuten|tai muuten|tai sitten) (?:me |minä |mä )?(?:lopetamme|lopetan|puramme|puran|irtisanomme|irtisanon|"
         r"siirrymme toiseen|vaihdamme toimittajaa|vaihdamme toiseen|vaihdan toimittajaa|perumme koko|perumme sopimuksen|"
         r"perumme tilauksen|joudumme ryhtymään|joudun ryhtymään)", 0.5),
        (r"ellei (?:\w+ ){0,4}(?:korjata|korjaannu|korjaantuu|ratkea|ratkaista|hoideta|toimi|tule|saada|parane|parannu|muutu)", 0.45),
        (r"ellette (?:\w+ ){0,3}(?:korjaa|hoida|toimita|palauta|vastaa|maksa|tee|saa)", 0.4),
        (r"jos (?:\w+ ){0,4}(?:ei|eivät) (?:saada |ole |tule |löydy )?(?:korjattu|korjattua|korjata|kuntoon|ratkaista|ratkaistu|"
         r"hoideta|hoidettu|ratkaisua|muutosta|korjausta|vastausta)", 0.4),
        (r"(?:jos|mikäli|ellei) (?:\w+ ){0,4}(?:ei|eivät|ole) (?:ole )?(?:tilillä|tililläni|tilillämme|palautettu|maksettu takaisin)", 0.4),
        (r"mikäli (?:\w+ ){0,5}(?:ei|eivät) (?:\w+ )?(?:korjaannu|toimi|ole korjattu|ole kunnossa|ratkea|tule)", 0.4),
        (r"(?:tämä|tää|se) on (?:nyt )?viimeinen kerta", 0.45), (r"viimeistä kertaa", 0.35), (r"viimeinen kerta,? kun", 0.4),
        (r"emme hyväksy (?:tätä|tällaista|tuollaista|enää|tällaisia|näitä)", 0.5),
        (r"(?:tällaista|tällaisia|tätä) (?:ei|emme|en) (?:\w+ )?(?:hyväksytä|hyväksy|voi hyväksyä|siedä|suvaita)", 0.5),
        (r"(?:en|emme) (?:aio |voi )?(?:siedä|sietää|suvaitse|suvaita) (?:\w+ )?(?:tällaista|tätä|enää)", 0.5),
        (r"(?:en|emme) siedä", 0.5), (r"sormien läpi", 0.4),
        (r"(?:ei|eivät) (?:ole )?neuvoteltavissa", 0.5), (r"tästä ei neuvotella", 0.5),
        (r"piste(?=\s*[.!])", 0.3),
        (r"(?:en|emme) halua (?:kuulla |mitään )?(?:selityksiä|tekosyitä|selittelyjä|selittelyä|verukkeita)", 0.5),
        (r"selittely*", 0.35), (r"verukke*", 0.35), (r"tekosyi*", 0.35),
        (r"ottakaa (?:minuun |meihin )?(?:yhteyttä )?(?:heti|välittömästi|viipymättä|saman tien)", 0.45),
        (r"(?:soittakaa|soita|vastatkaa) (?:minulle |meille )?(?:heti|välittömästi|viipymättä|saman tien|nyt)", 0.5),
    ],
    # ------------------------------------------------------------------ demand
    "demand": [
        (_MONEY_BACK, 0.5), (_PAYMENT_BACK, 0.5), (_PAY_IT_BACK, 0.5), (_DEMAND_CREDIT, 0.5),
        (r"(?:rahojen|rahan|maksun|maksujen|summan|ennakon|ennakkomaksun) palautu*", 0.3),
        (r"euroa (?:\w+ ){0,2}(?:takaisin|takas|takasin)", 0.5),
        (r"(?:en|emme|enkä|emmekä) (?:aio |suostu |tule |enää )?(?:maksa|maksaa) (?:\w+ ){0,2}\w*(?:lasku|laskua|laskuja|laskun|erää|summaa|osuutta|kuluja|kulut)\b", 0.5),
        (r"(?:enkä|emmekä) (?:aio |suostu |tule )?(?:maksa|maksaa)", 0.45),
        (r"(?:pidätämme|pidätän|jäädytämme|jäädytän|keskeytämme|keskeytän|pysäytämme|pysäytän) (?:\w+ )?\w*(?:maksu\w*|maksa\w*|laskun|erän)", 0.5),
        (r"(?:maksut|maksun|summan|rahat|laskut|laskun|kuukausimaksut|kuukausimaksun) (?:\w+ )?(?:hyvitettäväksi|palautettavaksi|hyvitettynä)", 0.5),
        (r"hyvitettäv*", 0.4),
        (r"(?:pyydämme|pyydän|vaadimme|vaadin|edellytämme) (?:teitä )?(?:palauttamaan|hyvittämään|maksamaan takaisin) (?:\w+ ){0,3}"
         r"(?:ennakko\w*|maksu\w*|summa\w*|rahat|rahamme|euroa|osuu\w*|laskun)", 0.45),
        (r"(?:odotan|odotamme|vaadin|vaadimme) (?:\w+ )?(?:korjausta|korjauksen|ratkaisua|ratkaisun|vastausta|toimenpiteitä) (?:\w+ )?"
         r"(?:tänään|heti|välittömästi|huomiseen|viimeistään)", 0.4),
        (r"(?:tililläni|tilillämme|tililleni|tilillemme|mun tilillä|minun tilillä|meidän tilillä|meiän tilillä) (?:\w+ ){0,3}mennessä", 0.4),
        (_REFUSE_PAY, 0.5), (_NOT_A_CENT, 0.5), (_LEFT_UNPAID, 0.5), (r"riitaut*", 0.5),
        (r"(?:emme|en) (?:ole )?(?:missään vaiheessa |koskaan |ikinä )?(?:tilannut|tilanneet|hyväksynyt|hyväksyneet) "
         r"(?:tätä|tällaista|mitään|näitä|sellaista|tuota)", 0.4),
        # demanding an explanation, an answer, an apology, a fix
        (r"(?:haluan|haluamme|haluun|vaadin|vaadimme|odotan|odotamme) (?:\w+ )?(?:kirjallisen |tarkan |perusteellisen |"
         r"välittömän |kunnon |selvän )?(?:selvityksen|selvitystä|selityksen|selitystä|anteeksipyynnön|anteeksipyyntöä)", 0.4),
        (r"selittäkää", 0.45), (r"(?:vastatkaa|vastaatte) (?:heti|välittömästi|nyt|tänään|viipymättä|kysymykseeni|kysymykseen)", 0.4),
        (r"(?:odotan|odotamme|edellytän|edellytämme|vaadin|vaadimme),? että (?:te |asia |tämä |tähän |ne |se |sivut |vika |"
         r"virhe |sovellus |järjestelmä )?(?:\w+ ){0,3}(?:korjaatte|korjataan|hoidatte|hoidetaan|tulee|saadaan|toimitatte|"
         r"teette|palautatte|maksatte|vastaatte|tehdään|korjaantuu|muutetaan|ratkaistaan|ratkaisette|kerrotte|selvitätte|ilmoitatte|"
         r"hyvitätte|korvaatte)", 0.4),
        (r"(?:vaadin|vaadimme|odotan|odotamme|edellytän|edellytämme) (?:välitöntä|välittömiä|pikaista|pikaisia|nopeaa|nopeita|"
         r"konkreettisia|konkreettista) (?:toimenpiteitä|toimia|korjausta|korjauksia|vastausta|ratkaisua|reagointia)", 0.45),
        (r"(?:korjatkaa|hoitakaa|toimittakaa|poistakaa|laittakaa|tehkää|oikaiskaa|perukaa|peruuttakaa) (?:\w+ ){0,3}(?:heti|välittömästi|viipymättä|"
         r"pikimmiten|saman tien|kuntoon)", 0.4),
        (r"(?:on|ovat) (?:korjattava|hoidettava|saatava|toimitettava|palautettava) (?:\w+ ){0,2}(?:heti|välittömästi|viipymättä|"
         r"kuntoon|tänään|huomiseen)", 0.4),
        (r"viipymättä", 0.3), (r"heti paikalla", 0.35), (_WHOLE_THING_BY, 0.35),
        (r"(?:pitää|täytyy|on oltava|tulee olla) olla (?:\w+ )?(?:valmis|valmiina|valmiit|uusittu|tehty|kunnossa|julkaistu|käännetty|"
         r"käännettynä|livenä) (?:\w+ )?ennen (?:maanantaita|tiistaita|keskiviikkoa|torstaita|perjantaita|lauantaita|sunnuntaita|huomista|iltaa|aamua)", 0.4),
        (r"(?:pitää|täytyy|on oltava|tulee olla) (?:olla )?valmi\w* (?:\w+ )?(?:kuukaudessa|viikossa|päivässä|parissa viikossa|kahdessa viikossa|parissa päivässä)", 0.35),
        (r"miten (?:aiotte|aiot|ajattelitte|meinaatte) (?:\w+ )?(?:hoitaa|korjata|hyvittää|ratkaista|selvittää|paikata|korvata)", 0.35),
        (r"haluan (?:nyt )?tietää,? (?:miksi|kuka|miten tämä)", 0.3), (r"(?:hoidathan|hoidattehan|teettehän|korjaattehan|toimitattehan)", 0.3),
        (_READY_ON_DAY, 0.4), (_GIVE_MONEY_BACK, 0.5), (_EXPECT_REFUND, 0.5), (_NOT_RETURNED, 0.45), (_OVERCHARGED, 0.4), (_OVERCHARGED2, 0.4),
        (_WANT_FEE_BACK, 0.5), (_UNAGREED_CHARGES, 0.4), (r"(?:en|emme) (?:halua |huoli )?(?:lahjakorttia|hyvityskuponkia|alennuskoodia|lahjakortteja)", 0.35),
        (r"tarvitaan (?:\w+ )?(?:toimiva|valmis|valmiin|valmiit|valmiina) (?:\w+ ){0,2}(?:siihen mennessä|huomiseksi|huomiseen mennessä|aamuksi)", 0.35),
        (r"(?:sitä ennen|siihen mennessä|huomiseen mennessä|huomiseksi|tänään|tänä iltana) (?:\w+ )?(?:pitää|täytyy|on pakko|on saatava|pitäisi) (?:\w+ ){0,2}"
         r"(?:muuttaa|vaihtaa|tehdä|uusia|korjata|kääntää|päivittää|saada)", 0.35),
        (r"(?:hoida|hoitakaa|tehkää|tee|korjatkaa|korjaa) (?:se|ne|tämä|asia)(?: nyt)?(?: vaan| vain| kuntoon| pois)?(?=\s*[.!])", 0.4),
        (r"(?:mihin|minne) (?:on|ovat) (?:\w+ )?(?:kadonnut|kadonneet|jäänyt|jääneet|hävinnyt|hävinneet)", 0.35),
        (r"(?:24|48|72|vuorokauden) (?:tunnin )?(?:sisällä|kuluessa)", 0.2),
    ],
    # ------------------------------------------------------------------- blame
    "blame": [
        (_ON_YOUR_SIDE, 0.5), (r"(?:teidän|sinun|sun) vastuulla*", 0.45), (r"vastuullanne", 0.45), (_YOU_RESPONSIBLE, 0.45),
        (_FAULT_YOURS, 0.55), (r"syyp(?:ää|äitä|äät)*", 0.45), (r"(?:takianne|takiasi|takias)", 0.45), (_NOT_OURS, 0.42),
        (_YOU_BROKE, 0.5), (_YOU_BROKE_SG, 0.5), (_YOU_BROKE_PAST, 0.45),
        (r"(?:olette|ootte|te) (?:\w+ )?(?:nyt |taas |jälleen )?(?:unohtaneet|hukanneet|kadottaneet)", 0.3),
        (r"(?:unohditte|unohdit|hukkasitte|kadotitte)", 0.3),
        (r"(?:joudumme|joudun) (?:nyt |itse |taas )?(?:selvittämään|korjaamaan|siivoamaan|paikkaamaan|selvittelemään|paikkailemaan) "
         r"(?:\w+ ){0,2}(?:itse|sotkun|sotkuja|sotkunne|sotkujanne|jälkiänne|jälkenne|virheitänne|virheenne)", 0.4),
        (r"(?:teidän |sinun )?(?:sotkunne|sotkuanne|sotkujanne|sotkusi)", 0.45),
        (_YOU_DID_NOT, 0.45), (_YOU_DID_NOT_SG, 0.45),
        (_NOBODY_TOLD, 0.4), (r"kukaan (?:teiltä|teistä|teillä|siellä) ei", 0.4),
        (_HOW_COULD, 0.45),
        (r"mitä (?:ihmettä|ihmeessä|oikein|helvettiä|hittoa|ihmeen|nyt taas|taas) (?:te )?(?:olette|ootte|olet|oot) (?:\w+ )?"
         r"(?:tehneet|tehnyt|tekemässä|touhunneet|touhunnut|säätäneet|säätänyt|sotkeneet)", 0.45),
        (_PAID_BROKEN, 0.45), (_PAID_BROKEN2, 0.45), (_NEGLECT, 0.45),
        (r"lupasit(?:te)?", 0.3), (r"te lupasitte", 0.35), (_AFTER_YOUR_CHANGE, 0.45), (_NOT_KEEPING, 0.45),
        (_WHO_IS_RESPONSIBLE, 0.45), (_NOBODY_RESPONSIBLE, 0.45), (_BECAUSE_YOU_DIDNT, 0.4), (_YOUR_PROBLEM, 0.5), (_ERROR_IS_YOURS, 0.5),
        (r"(?:eikä|ei) (?:meidän|minun|mun|meiän)(?=\s*[.!,])", 0.35), (_YOU_WERE_SUPPOSED, 0.35), (_MADE_BY_YOU_BAD, 0.45), (_WHEN_YOU_DID, 0.35), (r"teidän toimesta*", 0.35), (_YOU_DID_IT_WRONG, 0.45), (_SOMEONE_ON_YOUR_SIDE, 0.45), (_WHO_PAYS, 0.45), (_PROMISED_TWICE, 0.45), (_NOT_DONE_IN_AGES, 0.45), (_NOBODY_CHECKS, 0.45),
        (r"(?:olimme|olemme|oltiin) (?:nimenomaan |erikseen |selvästi )?sopineet,? että", 0.3), (r"sovi(?:mme|ttiin) nimenomaan,? että", 0.3),
        (r"vaikka (?:se |tämä |tää |ne )?(?:luvattiin|luvattu|sovittiin|sovittu) (?:\w+ )?(?:kirjallisesti|sopimuksessa|erikseen|nimenomaan|selvästi)", 0.35),
        (r"sovit(?:tiin|imme),? että (?:sä|sinä|te)(?= \w)", 0.3),
        (_WITHOUT_PERMISSION, 0.4), (_WHO_TOUCHED, 0.45), (_YOUR_THING_DID, 0.45), (_EVEN_THOUGH_ASKED, 0.4), (_AFTER_YOU_DID, 0.45), (r"(?:teidän |sinun )?aiheuttama(?:nne|si)", 0.5),
        (r"mitä (?:te )?(?:oikein|edes|ylipäätään|ihmettä) (?:te )?(?:testaatte|teette|tarkistatte|koodaatte|ajattelette|ajattelitte|touhuatte|puuhaatte)", 0.45), (r"(?:teidän|sinun) (?:tekemä\w*|toimittama\w*) (?:\w+ )?(?:virhe\w*|moka\w*)", 0.45),
    ],
    # ------------------------------------------------------------------ insult
    "insult": [
        "kelvottom*", "ammattitaidoton*", "ammattitaidottom*", "epäpätevyy*", (r"osaamaton*", 0.5), (r"osaamattom*", 0.5),
        (r"tunar*", 0.55), (r"pellejä", 0.45), (r"pelleil*", 0.45), (r"idioot*", 0.55),
        (r"typerä*", 0.35), (r"älytön(?:tä)?", 0.4),
        (r"sekasotku*", 0.5), (r"(?:täydellinen|totaalinen|aivan|ihan|yhtä|melkoinen|kamala|hirveä) sotku*", 0.45),
        (r"roskaa", 0.55), (r"paska*", 0.55), (r"skeida*", 0.5), (r"kuraa", 0.5), (r"sontaa", 0.5),
        (r"vasemmalla kädellä", 0.5), (r"puolivillai*", 0.5), (r"hutiloi*", 0.5), (r"surke*", 0.55),
        (r"ala-arvoi*", 0.5), (r"kehno*", 0.4), (r"heikkotasoi*", 0.45), (r"huonotasoi*", 0.45), (r"luokaton*", 0.5), (r"luokattom*", 0.5),
        (r"säälittäv*", 0.55), (r"kammottav*", 0.5),
        (r"kehtaatte", 0.5), (r"kehtasitte", 0.5), (r"kehtaat", 0.45),
        (r"häpeällis*", 0.5), (r"hävetkää", 0.55), (r"häpeäksi", 0.45), (r"häpeämätön*", 0.5), (r"häpeämättöm*", 0.5),
        (r"valehtel*", 0.55), (r"valehditte", 0.55), (r"valehdit", 0.5), (r"harhaanjohta*", 0.4),
        (r"huijar*", 0.55), (r"(?:huijasitte|huijaatte|huijanneet|huijannut|huijattu|huijattiin)", 0.5),
        (r"(?:silkkaa|puhdasta|pelkkää) huijausta", 0.55),
        (r"kuset*", 0.55), (r"röyhke*", 0.5), (r"ylimieli*", 0.45), (r"alentuv*", 0.35), (r"nenäkä*", 0.4),
        (r"käyttökelvoton*", 0.5), (r"käyttökelvottom*", 0.5), (r"toimimaton*", 0.35), (r"toimimattom*", 0.35),
        (r"huolimaton*", 0.4), (r"huolimattom*", 0.4), (r"välinpitämätön*", 0.45), (r"välinpitämättöm*", 0.45),
        (r"(?:ammattitaido|osaamise|asiantuntemukse)\w* (?:\w+ )?(?:puute|puutetta|puuttuu|puutteellis\w*|riittämät\w*|"
         r"on hukassa|on kadoksissa)", 0.5),
    ],
    # ----------------------------------------------------------------- sarcasm
    "sarcasm": [
        (r"mikä yllätys", 0.4), (r"yllätys,? yllätys", 0.5),
        (r"(?:kuinka|miten) (?:yllättävää|odottamatonta)", 0.4), (r"(?:kuinka|miten) tyypillistä", 0.5),
        (r"(?:hyvää|hienoa|mahtavaa|loistavaa|upeaa) (?:työtä|palvelua)[.!]+ (?:todella|oikeasti)(?=\s*[.!])", 0.5),
        (r"kiva (?:tietää|kuulla) (?:näin )?(?:jälkikäteen|vasta nyt)", 0.45), (r"(?:hyvä|mukava) (?:tietää|kuulla) (?:näin )?jälkikäteen", 0.45),
    ],
    # ------------------------------------------------------------------- anger
    "anger": [
        (r"kohtuuttom*", 0.4), (r"pettymy*", 0.4), (r"turhauttav*", 0.4), (r"epätyydyttäv*", 0.4),
        (r"(?:aika|melko|varsin|kovasti|pahasti|suuresti|perin|kerrassaan|kyllä|aivan|ihan|täysin) pettyny*", 0.45),
        (r"(?:emme|en) ole (?:\w+ )?(?:tyytyväisiä|tyytyväinen)", 0.4),
        (r"pöyristyttäv*", 0.5), (r"pöyristyn*", 0.5), (r"tyrmisty*", 0.5), (r"närkästyny*", 0.45), (r"suuttu*", 0.45), (r"suututta*", 0.45),
        (r"ärsyttä*", 0.35), (r"ärsyynty*", 0.35), (r"kyllästy*", 0.45), (r"tympii", 0.4),
        (r"(?:ottaa|otti) (?:todella |tosi |ihan |niin )?(?:päähän|aivoon|pannuun)", 0.45),
        (r"vitu*", 0.55), (r"vittu*", 0.55), (r"perkele*", 0.45), (r"saatana(?:n)?", 0.45), (r"helvet*", 0.45), (r"hemmetin", 0.35),
        (r"mitta (?:on )?(?:nyt )?(?:täynnä|täys)", 0.5), (r"kuppi (?:meni |on )?nurin", 0.5),
        (r"(?:nyt|tämä|tää) saa (?:jo )?riittää", 0.5), (r"nyt riittää(?=\s*[.!])", 0.5),
        (r"pinna (?:on )?(?:kireällä|katkeamassa|katkesi|palaa)", 0.45),
        (r"hermo\w* (?:\w+ )?(?:menee|menevät|meni|menivät|menneet|kireällä|pinnalla|loppu\w*)", 0.45),
        (r"kärsivällisyy\w* (?:\w+ ){0,2}(?:loppu\w*|lopussa|koetuksella|kortilla)", 0.5),
        (r"usko (?:\w+ ){0,2}(?:loppu\w*|mennyt|menee)", 0.4),
        (r"luottamu\w* (?:\w+ ){0,2}(?:loppu\w*|mennyt|kadonnut|horjunut|romahtanut|on koetuksella|on mennyttä|on menetetty)", 0.45),
        (r"(?:menetimme|menetämme|menetin|menettäneet|menettänyt|menetettiin|menetetään) (?:\w+ ){0,2}(?:asiakkai\w*|asiakas\w*|myyn\w*|"
         r"sesongi\w*|kauden|kampanja\w*|tilaisuude\w*|päivän|viikon|kuukauden|"
         r"tilau\w*|rahaa|tulo\w*|kauppo\w*|liikevaihto\w*|tuhan\w*|sato\w*|euro\w*|kassavirta\w*|maine\w*)", 0.4),
        (r"(?:meni|menivät|on mennyt|ovat menneet|valui|valuivat|heitettiin|heitetty) (?:\w+ ){0,2}(?:hukkaan|kankkulan kaivoon|taivaan tuuliin)", 0.45),
        (r"(?:ihan|täysin|aivan|kokonaan|suoraan) (?:hukkaan|kankkulan kaivoon|taivaan tuuliin)", 0.4),
        (r"hukkaan (?:heitet\w*|mennyt\w*|menneet)", 0.45), (r"ajanhukka*", 0.4),
        (r"(?:meni|mennyt|menivät|menneet|on mennyt|ovat menneet) (?:ihan |täysin |totaalisesti |aivan |taas |jälleen |kokonaan |"
         r"taas kerran )?(?:pieleen|pilalle|penkin alle|mönkään|puihin|reisille|vituiksi|päin mäntyä|metsään|plörinäksi)", 0.4),
        (r"pilalla", 0.4), (r"pieleen", 0.3),
        (r"en (?:oikein |edes |enää )?(?:tiedä|osaa sanoa|tiiä),? mitä (?:sanoa|ajatella|sanoisin|tästä ajattelisin)", 0.3),
        (r"en (?:kertakaikkiaan|yksinkertaisesti|todellakaan|kerta kaikkiaan) ymmärrä", 0.4),
        (r"en (?:ymmärrä|käsitä|tajua),? (?:miten|miksi|kuinka) (?:\w+ )?(?:tää|tämä|tällainen|tällaista|näin|te|teillä|on voinut|"
         r"on mahdollista|jatkuvasti)", 0.35),
        (r"miten (?:ihmeessä|ihmeen|kummassa|hemmetissä|helvetissä|hitossa)", 0.4), (r"mitä ihmettä", 0.35),
        (r"(?:miten|kuinka) (?:tämä |tää |tällainen |näin )?(?:on|voi olla) (?:taas |jälleen |edes |ylipäätään )?mahdollista(?=\s*[?!,.])", 0.4),
        (r"ennenkuulumat*", 0.5), (r"skandaali*", 0.45), (r"kestämätön*", 0.45), (r"kestämättöm*", 0.45), (r"sietämätön*", 0.45),
        (r"sietämättöm*", 0.45), (r"kaaoks*", 0.3), (r"kaaos", 0.3),
        (r"en (?:enää )?jaksa (?:enää|tätä|tällaista|odottaa|kuunnella|selittää|vääntää)", 0.4),
        (r"ei (?:ole |oo )?(?:lainkaan|yhtään|ollenkaan|mitenkään|millään tavalla|missään nimessä) (?:hyväksyttävää|hyväksyttävä|"
         r"kohtuullista|ammattimaista|asiallista|toimivaa|kunnossa|sitä,? mitä)", 0.45),
        (r"(?:ei|eivät) (?:voi|voida) olla (?:totta|tosissaan|tosissanne)", 0.45), (r"oletteko (?:te )?(?:tosissanne|tosissaan)", 0.5),
        (r"(?:ihan )?oikeasti\?", 0.35), (r"tosissanne\?", 0.45),
        (r"(?:tämä |tää |se )?(?:ei|eivät) (?:ole|oo|vastaa|vastaa lainkaan|ole lainkaan|ole yhtään|ole ollenkaan|vastannut|vastannut lainkaan|vastanneet|ollut) (?:sitä|"
         r"lähellekään sitä|lainkaan sitä),? mitä (?:sovittiin|luvattiin|lupasitte|lupasit|tilattiin|tilasimme|tilasin|myitte|"
         r"markkinoitte|mainostitte)", 0.45),
        (r"(?:tämä |tää |se )?(?:ei|eivät) (?:ole|oo|vastaa) (?:sitä|lähellekään sitä),? mitä (?:pyysimme|pyysin|odotimme|odotin|"
         r"halusimme|halusin)", 0.35),
        (r"(?:ei|eivät) (?:\w+ ){0,2}mennyt (?:niin kuin|kuten|niinku) (?:\w+ )?(?:sovittiin|puhuttiin|luvattiin|piti|oli tarkoitus|suunniteltiin)", 0.4),
        (r"mikään ei (?:\w+ ){0,2}(?:mennyt|toiminut|onnistunut|sujunut|pelannut|mene|onnistu|suju|pelaa)", 0.4),
        (r"(?:ei|eivät) (?:oikein |vain |vaan |yhtään |ollenkaan |kyllä )?(?:tunnu|näytä|vaikuta|kuulosta) (?:\w+ )?(?:hyvältä|"
         r"hyvälle|hyviltä|oikealta|ammattimaiselta|valmiilta|toimivalta|järkevältä)", 0.35),
        (r"(?:ei|ei ole|ei oo) (?:kovin |yhtään |lainkaan |ollenkaan |mitenkään |erityisen |oikein )?(?:hyvä|hyvää|hyvin|hieno|"
         r"hienoa|kiva|kivaa|mahtava|loistava)(?=\s*[.!,])", 0.3),
        (r"(?:alkaa|tuntuu|vaikuttaa) (?:\w+ ){0,2}siltä,? että (?:te|ette|olette|teillä|teitä|kukaan|minua|meitä|meille|teille)", 0.25),
        (r"(?:käytetty|käytätte|käytitte|käyttäneet|käyttänyt) (?:\w+ ){0,3}hyväksi,? (?:sitä|meitä|minua|meidän|minun|"
         r"tietämättömyyt\w*|kokemattomuut\w*|tilannetta)", 0.45),
        (r"(?:hyväksenne|hyväksesi)", 0.4),
        (r"(?:ei|eivät|eikä) (?:\w+ ){0,3}(?:tuonut|tuoneet|tullut|tuottanut|tuottaneet|saanut|saaneet|saatu) (?:\w+ )?(?:yhtään|"
         r"ainuttakaan|ainoatakaan|yhtäkään|mitään) (?:ainoaa |ainutta |uutta )?" + _RESULT_NOUNS, 0.45),
        (r"(?:yhtään|ainuttakaan|ainoatakaan|yhtäkään) (?:ainoaa |ainutta |uutta )?" + _RESULT_NOUNS, 0.3),
        (r"yksikään (?:\w+ )?(?:asiakas|asiakkaista|kävijä|tilaus|varaus|liidi|soitto|ihminen) (?:ei|ole)", 0.4),
        (r"(?:sitä|sivustoa|sovellusta|järjestelmää|tätä|niitä|kauppaa) ei voi (?:\w+ )?käyttää", 0.35),
        (r"(?:ei|eivät) (?:muuta|auta|ratkaise) (?:yhtään |mitenkään )?(?:mitään|asiaa|tilannetta)", 0.3),
        (r"(?:täysin|aivan|ihan|totaalisen) turha*", 0.35),
        (r"järkyttäv*", 0.4), (r"reklamaatio*", 0.3),
        (r"(?:rahan|ajan) ?haaskau*", 0.45), (r"rahanhaaskau*", 0.45), (r"ajanhaaskau*", 0.4),
        (r"(?:ilmoittamatta|varoittamatta|kysymättä)(?: meille| meiltä| meitä| minulta| minulle)?(?: etukäteen| mitään)?", 0.3),
        (r"(?:emme|en) ole (?:lainkaan|ollenkaan|yhtään|millään tavalla|kovin) tyytyväi*", 0.5),
        (r"(?:viestintä|tiedottaminen|yhteydenpito|palvelu|laatu|työnjälki|jälki|asiakaspalvelu|tuki|toiminta) (?:\w+ )?(?:on|oli) "
         r"(?:ollut )?(?:\w+ )?(?:heikkoa|huonoa|puutteellista|olematonta|kehnoa|surkeaa|ala-arvoista|retuperällä|onnetonta|lepsua)", 0.4),
        (r"(?:aikataulu|aikataulut|toimitus|toimitukset|projekti|julkaisu) (?:\w+ )?(?:venyvät|venyy|venynyt|venyneet|pettävät|pettää|"
         r"lipsuvat|lipsuu|lipsunut|ylittyvät|ylittyy|ylittyi|viivästyy|viivästyvät|viivästyi)(?: jatkuvasti| taas| aina| jälleen)?", 0.35),
        (r"viimeinen pisara", 0.5), (r"(?:täynnä|täynnään|pullollaan) (?:\w+ )?(?:virheitä|kirjoitusvirheitä|bugeja|vikoja|puutteita|kämmejä)", 0.4),
        (r"(?:taas|jälleen|taaskin|jälleenkin) (?:\w+ ){0,3}myöhässä", 0.4),
        (r"(?:ei|eivät) ole (?:\w+ )?(?:edennyt|edenneet|sujunut|toteutunut|toteutuneet) (?:sovitusti|sovitulla tavalla|suunnitellusti|"
         r"suunnitelmien mukaan|aikataulussa|luvatusti|luvatulla tavalla)", 0.35),
        (r"(?:jota|joita|mitä|joka|jotka) ei (?:ole )?(?:koskaan |ikinä |vieläkään )?(?:toimitettu|tehty|saatu|saatu valmiiksi|"
         r"toteutettu|aloitettu)", 0.4),
        (r"(?:eikä|ei) mitään (?:ole )?tapahtunut", 0.35), (r"mitään ei ole tapahtunut", 0.35),
        (r"(?:ei|eivät) (?:\w+ )?(?:vastannut|vastaa|vastanneet|vastaa lainkaan) (?:lainkaan |ollenkaan |yhtään )?(?:kuvausta|tilausta|"
         r"sopimusta|tarjousta|lupauksia|lupauksianne|markkinointia|mainontaa|odotuksia|odotuksiamme)", 0.4),
        (r"harmissa*", 0.4), (r"(?:tosi|todella|kovasti|hyvin|erittäin) harmissa*", 0.45),
        (r"(?:en|emme) (?:voi|meinaa|pysty) uskoa", 0.4), (r"en usko silmiäni", 0.45), (r"vaikea uskoa", 0.3),
        (r"(?:ei|eikä) (?:ole )?(?:ok|okei|ookoo|oikein)(?=\s*[.!])", 0.35), (r"ei käy päinsä", 0.45), (r"järkytty*", 0.45),
        (r"(?:tämä|tää) on jo liikaa", 0.45), (r"ihmeissä*", 0.3),
        (r"mitä (?:teillä|siellä|teillä siellä) (?:oikein |nyt )?(?:tapahtuu|tehdään|touhutaan|puuhataan)", 0.45),
        (r"(?:perseest|hanurist)*", 0.55), (r"päin persettä", 0.55), (r"(?:ihan|aivan|täysin) syvältä", 0.45),
        (r"ihan sairasta", 0.4), (r"pilvissä", 0.3),
        (r"(?:laatu|palvelu|taso|työnjälki|palvelutaso|viestintä) (?:\w+ )?(?:on |ovat )?(?:heikentynyt|huonontunut|romahtanut|heikkenee|"
         r"huononee|heikentyneet|huonontuneet)", 0.4),
        (r"missä (?:kohtaa|vaiheessa) (?:on |olemme |me )?(?:sovittu|sovittiin|sovimme|luvattu|luvattiin|sanottu|päätetty|hyväksytty)", 0.4),
        (r"mistä (?:me |minä )?(?:teille |sinulle )?(?:oikein )?(?:maksamme|maksan|maksetaan)", 0.45),
        (r"(?:haluatte|haluat|yritätte|yrität) (?:vain |vaan |ainoastaan )?(?:laskuttaa|rahastaa|veloittaa|myydä) (?:\w+ )?(?:enemmän|lisää|turhaan)", 0.45),
        (r"ylimalkai*", 0.3), (r"mietityttää", 0.2), (r"pettynei*", 0.4),
        (r"(?:me )?(?:kärsimme|kärsivät|kärsii|joudumme kärsimään) (?:\w+ )?(?:siitä|tästä|seuraukset|seurauksista)", 0.35),
        (r"(?:tällä|tuolla|näillä|noilla|sillä) (?:en|emme|ei) (?:\w+ )?(?:tee|tehdä) (?:yhtään )?mitään", 0.45),
        (r"odotukse\w* (?:eivät|ei) (?:ole )?(?:\w+ )?(?:täyttyneet|täyttynyt|toteutuneet|toteutunut|täyty)", 0.45),
        (r"(?:tulokset|tulos|myynti|kävijämäärät|liidit|yhteydenotot) (?:ovat |on )?(?:jääneet|jäänyt|olleet|ollut) (?:\w+ )?(?:laihoiksi|laihaksi|"
         r"vaatimattomiksi|heikoiksi|heikoksi|olemattomiksi|pieniksi|nollassa|laihoja|heikkoja|surkeita|olemattomia)", 0.4),
        (r"miksi (?:tämä|tää|tässä|se|tuo|toi|kaikki) (?:\w+ )?kestää (?:näin|niin|noin|aina näin) kauan", 0.4),
        (r"(?:tätä|tästä|sitä|siitä) ei (?:meille |minulle )?(?:kerrottu|mainittu|sanottu|ilmoitettu|kerrottu etukäteen) (?:missään vaiheessa|etukäteen|koskaan|ollenkaan)", 0.4),
        (r"(?:nurin|rikki|alhaalla|jumissa|poissa käytöstä) (?:\w+ ){0,3}(?:viikkoa|viikon|päivää|kuukautta|viikkoja|päiviä|kuukausia)", 0.35),
        (r"(?:maksettu|maksoimme|maksanut|maksaneet) [^.!?]{0,60}\bmutta\b[^.!?]{0,40}(?:nurin|rikki|alhaalla|poissa käytöstä|ei toimi|ei ole toiminut|eivät toimi)", 0.4),
        (r"(?:tämä|se|tuo|tää) on (?:ihan |aivan |täysin |kuitenkin )?perusas*", 0.4),
        (r"(?:ihan|täysi|täydellinen|totaalinen|aivan|yhtä) fail*", 0.45), (r"(?:feilas|floppas|floppi)*", 0.4),
        (r"(?:ei|eikä) (?:ole |oo )?(?:toiminut|toiminu|toimineet|toiminu) (?:\w+ )?(?:päivääkään|hetkeäkään|kertaakaan|kunnolla|koskaan|ikinä|alusta asti|alusta saakka)", 0.4),
        (r"(?:tätä|tällaista|jatkuvaa|loputonta|tota|tuota) (?:säätöä|sählinkiä|sähläystä|sekoilua|pelleilyä|sooloilua|hölmöilyä)", 0.4),
        (r"anteeksiantamat*", 0.55), (r"lähellekään|lähelläkään", 0.35),
        (r"(?:näyttää|näyttäisi|alkaa näyttää|näyttää jo) (?:\w+ )?(?:huonolta|pahalta|amatöörimäiseltä|epäammattimaiselta)", 0.35),
        (r"mitä (?:teiltä|teistä|tästä|teihin) (?:enää )?(?:odottaa|ajatella|pitäisi ajatella|voi odottaa|luottaa)", 0.4),
        (r"onko (?:tämä|tää|tällainen) (?:teillä |teidän mielestänne )?(?:normaalia|tavallista|ok|hyväksyttävää)", 0.4),
        (r"(?:nyt )?joudumme (?:\w+ )?(?:korjaamaan|selvittämään|tekemään|käymään läpi|lähettämään|soittamaan) (?:\w+ ){0,2}(?:satoja|kymmeniä|tuhansia|kaikki|jokaisen)", 0.35),
        (r"(?:ei|eivät) täytä (?:\w+ )?(?:vaatimuksia|vaatimuksi\w*|sopimuksen|kriteerejä|ehtoja|lupauksia)", 0.4),
        (r"(?:kuin|ikään kuin) (?:se |ne )?(?:olisi|olisivat|ois) tehty (?:\w+ ){0,3}(?:illan aikana|hätäisesti|pikaisesti|vasemmalla kädellä|kiireessä|puolivillaisesti|hutiloiden)", 0.45),
        (r"väär(?:ä|ät|än|ällä|älle|ältä|iä|iin|illä|ille|is)\w* (?:\w+ )?(?:tieto|tiedot|tietoa|hinta|hinnat|hinnoilla|luvut|lukuja|numero|kohderyhm\w*|lista\w*|"
         r"värit|väreillä|osoite|osoitteella|asetukset|asetuksilla|versio|versiolla|kuvat|kuvilla|tekstit|teksteillä|päivämäärä|ALV\w*)", 0.25),
        (r"(?:tämäkö|tääkö|tuoko|sekö) (?:on|oli) (?:se|sitä|kaikki|nyt)(?= )", 0.4),
        (r"(?:josta|mistä|tästäkö|tästä) (?:me )?(?:maksoimme|maksettiin|maksamme|olemme maksaneet|maksoin)(?=\s*[?!.])", 0.4),
        (r"ei (?:\w+ )?vakuuta(?: yhtään| ollenkaan| lainkaan| pätkääkään)?", 0.4),
        (r"(?:ei ole|eikä ole|ei oo) (?:mitään|yhtään|minkäänlaista) järkeä", 0.45),
        (r"(?:asiakkaat|asiakkaamme|asiakkaita|vieraat) (?:ovat |on |olivat )?(?:\w+ )?(?:vihaisia|raivoissaan|suuttuneita|ihmeissään)", 0.3),
        (r"(?:kymmeniä|satoja|paljon|useita) (?:vihaisia|suuttuneita|pettyneitä|tyytymättömiä) (?:asiakkaita|asiakasta|soittoja|viestejä)", 0.4),
        (r"kuka on päättänyt (?:tästä|näin|tämän|sen)", 0.4), (r"(?:emme|en) ole missään vaiheessa", 0.4),
        (r"(?:hyvin|suuri|iso|melkoinen|todellinen|aika|täysi|karvas|valtava) pettymy*", 0.45),
        (r"(?:ei|eivät) (?:ole|vastaa) (?:sitä |lähellekään sitä )?(?:tasoa|laatua|luokkaa),? (?:jota|mitä) (?:odotimme|odotin|odottaisi|voisi odottaa|luvattiin|maksoimme)", 0.45),
        (r"vaikea uskoa (?:enää )?mitään,? mitä (?:sanotte|lupaatte|väitätte|kerrotte)", 0.45),
        (r"alkaa (?:jo )?riittää", 0.45),
        (r"(?:tätä|tästä|sitä|siitä) ei (?:ole )?(?:koskaan|ikinä|missään vaiheessa) (?:sovittu|puhuttu|luvattu|sovittu mitään|päätetty)", 0.45),
        (r"miksi (?:meiltä|minulta|meitä|minua) (?:\w+ )?(?:veloitetaan|laskutetaan|peritään|veloitettiin|laskutettiin)", 0.35),
        (r"(?:asiat|projekti|työ|homma|kaikki|toimitus) (?:\w+ )?(?:etenevät|etenee|edistyvät|edistyy|liikkuvat|liikkuu) (?:\w+ )?"
         r"(?:hitaasti|tuskallisen hitaasti|etanan vauhtia|kuin tervassa)", 0.35),
        (r"(?:ei|eikä) (?:\w+ )?noudata (?:\w+ )?(?:mitään |minkäänlaisia )?(?:hyviä käytäntöjä|standardeja|ohjeita|sovittua|sopimusta)", 0.4),
        (r"koko budjetti (?:on )?(?:nyt )?(?:käytetty|hukattu|mennyt|palanut|poltettu|hukassa)", 0.4), (r"nolo*", 0.35),
        (r"(?:ei|eivät) (?:koskaan |edes |ikinä )?(?:tullut|saapunut|ilmestynyt|tulleet|saapuneet) (?:\w+ )?paikalle", 0.4),
        (r"(?:emme|en) (?:saaneet|saanut) (?:mitään |minkäänlaista |edes )?(?:ilmoitusta|tietoa|varoitusta|selitystä|pahoittelua|anteeksipyyntöä)", 0.35),
        (r"(?:emme|en) ole (?:\w+ )?(?:sopineet|sopinut|luvanneet|luvannut) (?:mistään|mitään|tällaista|tällaisesta|tuollaisesta)", 0.4),
        (r"yhtä (?:odottelua|odottamista|jahkailua|viivyttelyä|venkoilua|takkuamista|sähläystä|sählintää|säätöä|tuskaa|painajaista|katastrofia|kaaosta|sotkua|tappelua|vääntöä)", 0.45),
        (r"kuinka kauan (?:vielä )?(?:jaksan|jaksamme|jaksetaan|jaksaa|kestän|kestämme|siedän|siedämme|tätä jatkuu)", 0.45),
        (r"(?:löytyy|tulee|ilmenee) (?:taas |aina |jälleen )?(?:uusi|joku uusi) (?:ongelma|vika|virhe|bugi)", 0.35),
        (r"toivoisin (?:hieman |vähän |paljon |edes )?(?:enemmän|parempaa) (?:sitoutumista|vastuuta|panostusta|huolellisuutta|"
         r"ammattimaisuutta|tarkkuutta|ammattitaitoa|vastuullisuutta)", 0.35),
        (r"ilman (?:mitään |minkäänlaisia |minkäänlaista )?(?:perusteluja|perustelua|selitystä|ilmoitusta|varoitusta)", 0.35),
        (r"ihan oikeasti(?=\s*[.!])", 0.35),
        (r"(?:kuin|ikään kuin) (?:joku |jokin )?(?:harjoittelija|amatööri|lapsi|koululainen|ekaluokkalainen|kesätyöntekijä|apina)\w* "
         r"(?:olisi|ois) (?:sen |ne |tämän )?(?:tehnyt|piirtänyt|koodannut|suunnitellut|kirjoittanut)", 0.5),
        (r"(?:odotin|odotimme|toivoin|toivoimme) (?:\w+ ){0,3}(?:paljon |huomattavasti |aivan |ihan |selvästi )?(?:enemmän|parempaa|"
         r"parempia|muuta|laadukkaampaa|ammattimaisempaa)", 0.4),
        (r"(?:vanhat|entiset|aiemmat|vanha|entinen|aiempi) (?:\w+ ){0,4}(?:toimi|toimivat|toimii) (?:\w+ )?paremmin", 0.35),
        (r"mitä (?:tämä|tää|tuo|toi|se) (?:oikein |nyt )?tarkoittaa(?=\s*[?!]{2})", 0.3),
        (r"(?:en|emme) ole (?:\w+ ){0,2}(?:antanut|antaneet) (?:kenellekään |teille |kellekään )?(?:lupaa|valtuuksia|suostumusta)", 0.4),
        (r"kuka (?:on )?(?:antanut|antoi) (?:siihen |teille |tähän )?(?:luvan|lupaa)", 0.45), (r"kenen luvalla", 0.4),
        (r"(?:joudun|joudumme|pitää|täytyy) (?:taas |jälleen |vielä |uudelleen |nyt )?(?:valittaa|valittamaan|reklamoida|reklamoimaan)", 0.4),
    ],
    # ---------------------------------------------------------------- absolute
    "absolute": [
        (r"kertaakaan", 0.3), (r"ei kertaakaan", 0.35), (r"joka kerta", 0.2), (r"jatkuvasti", 0.2), (r"aina vain", 0.2),
        (r"yhtään ainoaa", 0.3), (r"ainoatakaan", 0.3), (r"ainuttakaan", 0.3), (r"ei yhtään(?=\s*[.!])", 0.3),
        (r"kaikki (?:on |ovat )?(?:\w+ )?(?:pielessä|rikki|väärin|sekaisin|hukassa|retuperällä|levällään|kuralla)", 0.35),
        (r"koko \w+ (?:on |ovat )?(?:\w+ )?(?:pielessä|rikki|väärin|sekaisin|hukassa|retuperällä|levällään|kuralla)", 0.35),
        (r"(?:täysin|aivan|totaalisen|kokonaan|pahasti|ihan) (?:rikki|pielessä|sekaisin|väärin|hukassa|levällään|kuralla|retuperällä)", 0.3),
        (r"(?:kuralla|retuperällä)", 0.35),
        (r"(?:ei|eivät) (?:\w+ )?(?:toimi|toimivat|vastaa|kelpaa|näy|käy|toiminut) (?:lainkaan|ollenkaan|yhtään|mitenkään|millään|missään)", 0.35),
    ],
    # -------------------------------------------------------- repeated contact
    "repeated_contact": [
        (r"(?:viidennen|kuudennen|monennen|monetta|monennetta|viidettä|kuudetta|sadannen|sadatta) (?:kerran|kertaa)", 0.45),
        (r"(?:jo )?(?:kolmas|neljäs|viides|kuudes|monesko|kolmatta|neljättä) (?:kerta|viesti|sähköposti|meili|muistutus|yhteydenotto|soitto)*", 0.45),
        (r"toinen (?:viesti|muistutus|yhteydenotto|sähköposti) (?:samasta|tästä|saman)", 0.4),
        (r"(?:yrittänyt|yrittäneet|soittanut|soittaneet|kirjoittanut|kirjoittaneet|lähettänyt|lähettäneet|muistuttanut|muistuttaneet|"
         r"kysynyt|kysyneet|pyytänyt|pyytäneet|laittanut|laittaneet) (?:\w+ ){0,4}(?:kolme|neljä|viisi|kuusi|useita|monta|lukuisia|"
         r"useamman|monia|moneen|\d+) (?:kertaa|kerran|viestiä|sähköpostia|kertaan|meiliä)", 0.4),
        (r"(?:yrittänyt|yrittäneet|yritin|yritimme|yritän|yritämme|koittanut) (?:\w+ )?tavoittaa (?:teitä|sinua|ketään)", 0.35),
        (r"(?:en|emme) (?:ole )?(?:saanut|saaneet|tavoittanut|tavoittaneet) (?:teitä|ketään|sinua) kiinni", 0.3),
        (r"(?:en|emme) ole (?:vielä |vieläkään |edelleenkään )?(?:saanut|saaneet) (?:mitään |minkäänlaista )?(?:vastausta|kuittausta|reaktiota)", 0.3),
        (r"(?:viikko|viikon|viikkoja|kaksi viikkoa|kuukausi|kuukauden|kuukausia|päiviä|päivää) (?:\w+ )?(?:ilman|vailla) (?:\w+ )?"
         r"(?:vastausta|reaktiota|yhteydenottoa|kuittausta)", 0.4),
        (r"ilman (?:minkäänlaista |mitään )?vastausta", 0.35), (r"vastauksetta", 0.35),
        (r"(?:eikä|ei) kukaan (?:\w+ )?(?:vastaa|reagoi|soita|ole vastannut|ole reagoinut|ole soittanut|ole ottanut yhteyttä)", 0.35),
        (r"vieläkin", 0.25), (r"yhä edelleen", 0.3), (r"yhä vieläkin", 0.35), (r"taaskaan", 0.35), (r"jälleenkään", 0.35),
        (r"yhä (?:uudestaan|uudelleen)", 0.3), (r"(?:kerta|kerran) toisensa jälkeen", 0.35),
        (r"(?:kuten|niin kuin) (?:olen |olemme )?(?:jo )?(?:aiemmin|edellisessä viestissäni|edellisessä viestissämme|viimeksi|useasti|"
         r"moneen kertaan|monta kertaa|useaan otteeseen) (?:totesin|kirjoitin|mainitsin|sanoin|pyysin|kerroin|totesimme|kirjoitimme|"
         r"mainitsimme|sanoimme|pyysimme|kerroimme|todennut|kirjoittanut|maininnut|sanonut|pyytänyt|kertonut)", 0.35),
        (r"(?:edellisessä|aiemmassa|viime|viimeisimmässä|aiemmissa|edellisissä) (?:viestissäni|sähköpostissani|viestissämme|"
         r"viesteissäni|sähköposteissani|meilissäni)", 0.25),
        (r"(?:ei|eikä) (?:tämä )?(?:ole )?(?:ensimmäinen|ensimmäistä) kert*", 0.45),
        (r"(?:joudun|joudumme|joudutaan|joutuu) (?:(?:aina|jatkuvasti|taas|jälleen|itse|koko ajan|ylipäätään|edes|vielä|uudelleen|kerran|"
         r"vaan|vain|nyt) ){0,3}(?:kyselemään|kysymään|muistuttamaan|karhuamaan|jahtaamaan|vahtimaan|soittelemaan|patistamaan|"
         r"hoputtamaan|kirjoittamaan|huomauttamaan|perään)", 0.45),
        (r"(?:kyselemään|kysymään|soittelemaan|huutelemaan) perään", 0.4),
        (r"(?:olen|olemme) (?:\w+ )?(?:sanonut|sanoneet|pyytänyt|pyytäneet|kirjoittanut|kirjoittaneet|maininnut|maininneet|kertonut|"
         r"kertoneet|huomauttanut|huomauttaneet) (?:\w+ ){0,2}(?:jo )?(?:kahdesti|kolmesti|monesti|useasti|moneen kertaan|monta kertaa|"
         r"useaan otteeseen|kaksi kertaa|kolme kertaa|useamman kerran)", 0.4),
        (r"milloin (?:\w+ )?(?:vihdoin|viimein|vihdoinkin|viimeinkin)", 0.4), (r"koska (?:vihdoin|viimein)", 0.4),
        (r"pyydän (?:nyt )?(?:vielä kerran|jälleen|taas|uudelleen)", 0.35),
        (r"kuten jo (?:\w+ )?(?:totesin|kirjoitin|mainitsin|sanoin|pyysin|kerroin|totesimme|kirjoitimme|mainitsimme|sanoimme|pyysimme|kerroimme)", 0.35),
        (r"(?:lähetin|kirjoitin|laitoin|soitin|lähetimme|kirjoitimme|soitimme) (?:\w+ ){0,3}jo (?:viime viikolla|viikko sitten|kaksi viikkoa sitten|"
         r"eilen|kuukausi sitten|\w+ viikkoa sitten|\w+ päivää sitten)", 0.35),
        (r"(?:ei|mitään ei|eikä) (?:\w+ )?(?:ole )?kuulunut (?:mitään|yhtään mitään|mitään vastausta)", 0.35),
        (r"(?:toinen|kolmas|neljäs|viides|toista|kolmatta|neljättä) (?:\w+ )?putkeen", 0.4), (r"(?:kerta|viikko|päivä|kuukausi) putkeen", 0.4),
        (r"(?:alkaa olla|on|on jo|onkin) (?:jo )?(?:tapa|tavaksi)(?=\s*[.!,])", 0.4), (r"tästä on tullut tapa", 0.4),
        (r"sama (?:bugi|vika|virhe|ongelma) (?:\w+ )?(?:palaa|toistuu|on taas|tuli taas|uusiutuu|uusiutui|palasi|ilmeni taas)", 0.4),
        (r"(?:onko|onks) (?:siellä|teillä|kukaan|ketään) (?:ketään|kukaan|siellä|paikalla|hengissä|kotona)(?=\s*[?!])", 0.45),
        (r"(?:olen|olemme) (?:\w+ ){0,3}(?:joutunut|joutuneet) (?:\w+ )?(?:huomauttamaan|muistuttamaan|kysymään|kyselemään|pyytämään|kirjoittamaan|valittamaan|soittamaan|karhuamaan)", 0.4),
        (r"(?:mitään|ketään|mitään vastausta|yhtään mitään) (?:\w+ )?(?:kahteen|kolmeen|moneen) (?:viikkoon|päivään|kuukauteen)", 0.35),
        (r"(?:mitään|ketään|mitään vastausta) (?:\w+ )?(?:viikkoon|kuukauteen|päiviin|aikoihin)", 0.35),
        (r"sama (?:selitys|tekosyy|vastaus|lupaus|juttu|virsi) (?:\w+ )?(?:kuultiin|kuulin|saatiin|sain|tuli|kuului)", 0.4),
        (r"vaivautu\w* (?:edes )?(?:vastaamaan|soittamaan|kertomaan|ilmoittamaan|korjaamaan|reagoimaan|kuittaamaan)", 0.45),
    ],
    # -------------------------------------------------------------- escalation
    "escalation": [
        (r"toimitusjohtaj\w*nne", 0.45), (r"johto(?:nne|onne)", 0.45), (r"johdo\w*nne", 0.45), (r"omistaj\w*nne", 0.4),
        (r"(?:yrityksenne|firmanne|toimistonne|yrityksesi) (?:johto\w*|johdo\w*|johtaj\w*|omistaj\w*|hallitu\w*)", 0.45),
        (r"(?:ylemmälle|ylemmän|korkeammalle|korkeamman|ylimmälle|ylimmän|ylempi) (?:taholle|johdolle|tasolle|johdon|johto\w*|portaalle)", 0.45),
        (r"(?:vien|viemme) (?:asian |tämän )?(?:ylemmäs|johdolle|johdollenne|hallitukselle|korkeammalle)", 0.45),
        (r"jonkun (?:vastuullisen|päättävän|ylemmän|korkeamman|esimiesasemassa)", 0.4),
    ],
    # ---------------------------------------------------------- icy politeness
    "icy_politeness": [
        (r"luotan siihen,? että (?:asia|tämä|virhe|vika|ongelma|tilanne|se|te) (?:\w+ )?(?:korjataan|hoidetaan|ratkaistaan|"
         r"korjaantuu|ei toistu|hoidatte|korjaatte|ratkaisette)", 0.35),
        (r"toivottavasti (?:\w+ ){0,2}(?:vihdoin|viimein|tällä kertaa|edes nyt|edes tällä kertaa|nyt vihdoin)", 0.35),
        (r"(?:ihmettelemme|ihmettelen)(?: suuresti| kovasti| todella)?,? (?:että|miksi|miten|sitä)", 0.4),
        (r"(?:ihmettelemme|ihmettelen) (?:suuresti|kovasti)", 0.4),
        (r"(?:kiitos|kiitoksia) (?:\w+,? ){0,2}(?:mutta|vaan) (?:se |tämä |tuo )?(?:ei|eivät) (?:muuta|auta|ratkaise|korjaa)", 0.35),
        (r"edes (?:kerran|tällä kertaa|joskus)", 0.3),
        (r"(?:ystävällisesti )?muistuttaen", 0.3), (r"(?:otetaan|ottaisitte|otatte|ottaisit) (?:tämän |asian )?(?:nyt |vihdoin |edes )?vakavasti", 0.4),
        (r"vihdoin(?:kin)? kuntoon", 0.4),
        (r"arvostaisin,? jos (?:\w+ )?(?:vihdoin|edes|joku|kerrankin|viimein|kukaan)", 0.4),
        (r"(?:ihmettelemme|ihmettelen),? (?:mihin|mistä|kuinka|millä perusteella)", 0.4),
    ],
    # ------------------------------------------------------------------- doubt
    "doubt": [
        (r"(?:osaatteko|osaatko) (?:te |sä |sinä )?(?:oikeasti|ollenkaan|yhtään|lainkaan|edes|ihan oikeasti)", 0.5),
        (r"osaako (?:kukaan|joku|yksikään) (?:teillä|teistä|siellä)", 0.5),
        (r"onko (?:teillä|sinulla|sulla) (?:\w+ )?(?:oikeasti|edes|ylipäätään|lainkaan|yhtään|ollenkaan|mitään) (?:mitään |"
         r"minkäänlaista |yhtään )?(?:kokemusta|osaamista|ymmärrystä|ammattitaitoa|tietoa|käsitystä|aavistustakaan|hajua)", 0.5),
        (r"(?:ettekö|etkö) (?:te |sä |sinä )?(?:oikeasti |edes |ihan oikeasti |todellakaan )?(?:osaa|tiedä|ymmärrä|tajua|hallitse)", 0.4),
        (r"(?:ette|et) (?:näytä |selvästi |selvästikään |ilmeisesti |edes |taida |tunnu )?(?:osaa|tiedä|ymmärrä|tajua|hallitse|"
         r"osanneet|tienneet|ymmärtäneet|tajunneet),? (?:mitä|mistä|miten|yhtään|ollenkaan|lainkaan|edes|asiasta|alasta|alaa|perusasioita)", 0.5),
        (r"(?:kyseenalaista|epäile|epäilyttä)\w* (?:\w+ )?(?:ammattitaito\w*|osaamis\w*|asiantuntemus\w*|asiantuntemukse\w*|"
         r"pätevyy\w*|kykyänne|kyvyt\w*|osaamistanne)", 0.5),
        (r"(?:alan|alamme) (?:epäillä|miettiä|ihmetellä|kyseenalaistaa),? (?:onko|osaatteko|pystyttekö|tiedättekö|ymmärrättekö|"
         r"kykenettekö|osaamis\w*|ammattitaito\w*)", 0.45),
        (r"(?:en|emme) (?:enää |oikein )?(?:luota|voi luottaa|pysty luottamaan) (?:teihin|sinuun|suosituksiinne|arvioonne|"
         r"arvioihinne|osaamiseenne|neuvoihinne|ammattitaitoonne|teidän)", 0.5),
        (r"(?:miksi|mihin perustuen) (?:\w+ )?(?:väität|väitätte|inttäätte|intät|jankutatte|jankutat|toistelette|toistelet)", 0.45),
        (r"(?:väitätte|väität)", 0.3), (r"jankut*", 0.45), (r"inttä*", 0.4), (r"intät", 0.4),
        (r"vuotta,? (?:\w+ ){0,2}?(?:ja|enkä) (?:\w+ )?(?:tiedän|osaan|ymmärrän|tiedämme|osaamme)", 0.4),
        (r"(?:tiedän|tiedämme) kyllä", 0.3), (r"(?:tiedän|tiedämme|osaan|osaamme|tunnen|tunnemme) (?:\w+ ){0,3}(?:paremmin|parhaiten)", 0.45),
        (r"niin kuin (?:olen|olemme) (?:\w+ )?(?:pyytänyt|pyytäneet|sanonut|sanoneet|ohjeistanut|ohjeistaneet|käskenyt|"
         r"määritellyt|määritelleet|neuvonut|toivonut)", 0.5),
        (r"(?:kuten|niin kuin|niinku) (?:minä |me |mä )?(?:haluan|haluamme|sanon|sanomme|käsken|määrään|päätän|päätämme)", 0.4),
        (r"(?:minun|meidän|mun|meiän) tavalla(?:ni|mme)?", 0.45),
        (r"(?:älä|älkää|äläkä|älkääkä) (?:enää |turhaan |jatkuvasti |yrittäkö |yritä )?(?:ehdota|ehdottako|suosittele|suositelko|"
         r"opeta|opettako|neuvo|neuvoko|tyrkytä|tyrkyttäkö|kyseenalaista|kyseenalaistako|selitä minulle|selittäkö meille|väitä)", 0.45),
        (r"(?:älä|älkää|äläkä|älkääkä) (?:enää )?(?:lähetä|lähettäkö) (?:minulle |meille )?(?:enää )?(?:linkkejä|ohjeita|ehdotuksia|"
         r"suosituksia|artikkeleita|selityksiä|lisää ohjeita|mitään ohjeita)", 0.45),
        (r"päätös on (?:minun|meidän|mun)", 0.4), (r"asiakas on aina oikeassa", 0.45), (r"(?:minä|me|mä) (?:olen|olemme|oon) (?:se )?asiakas", 0.4),
        (r"(?:lapsikin|koululainenkin|harjoittelijakin|ekaluokkalainenkin|kesätyöntekijäkin|kuka tahansa amatööri) (?:\w+ )?"
         r"(?:osaisi|tekisi|pystyisi|olisi tehnyt)", 0.5),
        (r"kuka tahansa (?:olisi|oisi) (?:\w+ )?(?:tehnyt|osannut|huomannut|tajunnut)", 0.4),
        (r"(?:olisin|olisimme|oisin|oltais) (?:\w+ )?(?:tehnyt|tehneet|tehty) (?:\w+ ){0,2}(?:itse )?paremmin", 0.4),
        (r"(?:tuttu|tuttuni|tuttava|tuttavani|eräs|yksi|kaverin|kaverini) (?:\w+ )?(?:koodari|ohjelmoija|kehittäjä|devaaja|konsultti|"
         r"asiantuntija|ammattilainen|graafikko|markkinoija|nörtti|it-\w+)\w* (?:\w+ ){0,4}(?:sanoo|sanoi|sanovat|mukaan|"
         r"on sitä mieltä|kertoi|arvioi|osaisi|tekisi|teki|sanoivat)", 0.4),
        (r"(?:täysin |aivan |ihan |ilmiselvästi |selvästi )?väärä ratkaisu", 0.35),
        (r"(?:suosituksenne|suosituksesi|ehdotuksenne|ratkaisunne|neuvonne) (?:\w+ )?(?:ovat|olivat|on|oli) (?:\w+ )?(?:vääriä|väärä|"
         r"huono|huonoja|virheellisi\w*|virheellinen|turhi\w*|turha|hyödyttömi\w*|hyödytön|kalli\w*|ylimitoitet\w*)", 0.5),
        (r"perustelkaa", 0.4), (r"perustele (?:tämä|se|nyt)", 0.35),
        (r"vanhentunei*", 0.35), (r"vanhentunut", 0.35),
        (r"onko (?:\w+ ){0,3}ketään (?:oikeasti )?(?:kokenutta|osaavaa|pätevää|ammattitaitoista|oikeaa ammattilaista)", 0.5),
        (r"ulkopuoli\w* (?:konsult\w*|asiantuntij\w*|kehittäj\w*|arvioij\w*|tarkastaj\w*|koodar\w*) (?:\w+ ){0,6}(?:mukaan|sanoi|totesi|arvioi|kertoi)", 0.35),
        (r"kuka tahansa (?:\w+ )?(?:näkee|ymmärtää|tajuaa|huomaa|näkisi|ymmärtäisi|tajuaisi)", 0.4),
        (r"(?:alan|alamme) (?:jo )?(?:uskoa|olla sitä mieltä|olla varma|olla vakuuttunut),? (?:että|ettette|ettei|että te)", 0.35),
        (r"(?:ymmärrättekö|ymmärrätkö|tajuatteko|tajuatko|tiedättekö|osaatteko|ymmärsittekö|tajusitteko) (?:te |sä )?(?:ollenkaan|lainkaan|yhtään|edes|oikeasti|ihan oikeasti)", 0.5),
        (r"(?:meidän|minun|mun|meiän) (?:pitää|täytyy|pitäisi|täytyykö|pitääkö) (?:\w+ )?itse (?:piirtää|tehdä|kirjoittaa|suunnitella|koodata|näyttää|selittää)", 0.4),
        (r"(?:onko|oliko) (?:tämä|tää|tuo|se) (?:oikeasti |todella |ihan oikeasti |tosiaan )?(?:parasta|paras|parhaanne|kaikki),? (?:mihin|mitä|minkä) (?:te )?(?:pystytte|osaatte|kykenette|saatte aikaan|pystyt|osaat)", 0.5),
        (r"luulin,? että (?:maksamme|maksan|palkkasimme|palkkasin|tilasimme|tilasin|valitsimme) (?:\w+ )?(?:ammattilai\w*|asiantuntij\w*|osaaji\w*|tekijöi\w*)", 0.45),
        (r"(?:aletaan|alkaa|alan|alamme) (?:jo |vähän |hieman )?(?:miettiä|epäillä|ihmetellä),? (?:ymmärrättekö|osaatteko|tiedättekö|onko teillä|pystyttekö)", 0.45),
        (r"(?:suositukset|suosituksista|suositusten|ehdotukset|ehdotuksista|ratkaisut|neuvot|analyysi|analyysin) (?:\w+ ){0,4}(?:vääriä|virheellisiä|"
         r"vanhentuneita|turhia|hyödyttömiä|kalliita|väärin|virheellinen|vanhentunut)", 0.45),
        (r"(?:onko|oletteko|oletko) (?:\w+ )?(?:oikeasti |edes |ollenkaan |yhtään |lainkaan )(?:perehtynyt|perehtyneet|pätevä|päteviä|kokenut|kokeneita|ammattilai\w*|asiantuntija\w*)", 0.5),
        (r"(?:alan|alamme|aloin|aloimme|olen alkanut|olemme alkaneet) (?:vähän |hieman |jo |pikkuhiljaa |vakavasti |kyllä )?(?:epäillä|epäilemään)", 0.4),
        (r"kuka (?:siellä|teillä|teistä) (?:oikeasti|oikein|edes) (?:koodaa|tekee|suunnittelee|vastaa|tietää|osaa|ymmärtää)", 0.45),
        (r"(?:meidän|mun|oma|meiän|minun) (?:it-\w+|tuttu|kaveri|nörtti|koodari|ohjelmoija|kehittäjä|konsultti)\w* (?:\w+ ){0,6}(?:sanoi|sanoo|mukaan|totesi|kertoi|arvioi)", 0.4),
        (r"(?:ihmettelen|ihmettelemme|mietin|epäilen|epäilemme),? (?:onko|osaatteko|tiedättekö|ymmärrättekö) (?:teillä |te )?(?:\w+ ){0,3}"
         r"(?:kokemusta|osaamista|ymmärrystä|ammattitaitoa|tietoa|hajua|käsitystä)", 0.5),
        (r"onko (?:teillä|sinulla|sulla) (?:\w+ )?(?:kokemusta|osaamista|ymmärrystä|ammattitaitoa|tietoa|käsitystä) (?:\w+ ){0,3}(?:ollenkaan|lainkaan|yhtään|edes)", 0.5),
        (r"onko (?:teillä |siellä |teillä siellä )?(?:oikeasti |edes |ollenkaan |yhtään )(?:graafikkoja|koodareita|ammattilaisia|osaajia|"
         r"kehittäjiä|suunnittelijoita|asiantuntijoita|ketään osaavaa)", 0.5),
        (r"(?:toteuttakaa|tehkää|tee|toteuta|laittakaa|muuttakaa|korjatkaa|rakentakaa) (?:\w+ ){0,3}niin kuin (?:\w+ ){0,3}(?:sanoin|pyysin|sanoimme|"
         r"pyysimme|ohjeistin|käskin|määrittelin|määrittelimme|halusin|halusimme)", 0.5),
        (r"(?:se|tämä|tää|ehdotus|ratkaisu|rakenne) on (?:mielestäni |minusta |meistä )?(?:täysin |aivan |ihan |kerta kaikkiaan )?väärä(?=\s*[.!,])", 0.35),
        (r"en ymmärrä,? miksi (?:te |sä |sinä )?(?:suosittelette|ehdotatte|väitätte|haluatte|vaaditte|tyrkytätte|suosittelet|ehdotat|väität)", 0.4),
        (r"(?:olen|olemme) (?:jo )?alka(?:nut|neet) (?:epäillä|epäilemään|miettimään,? (?:onko|osaatteko|tiedättekö))", 0.45),
        (r"(?:ajatteletteko|ajatteletko|mietittekö|katsotteko) (?:te )?(?:oikeasti |todella |ollenkaan )?(?:meidän|asiakkaan|minun) (?:etuamme|parastamme|etua|parasta|etuani)", 0.45),
        (r"(?:meidän|oma|omakin|meidänkin) (?:harjoittelija|kesätyöntekijä|kesäharjoittelija|it-tuki|harjoittelijamme|it-tukemme)\w* (?:\w+ ){0,3}"
         r"(?:sai|osasi|teki|korjasi|onnistui|tekisi|osaisi|hoiti)", 0.45), (r"harjoittelija*", 0.3),
        (r"ettette (?:\w+ )?(?:tiedä|osaa|ymmärrä|tajua|hallitse)", 0.45),
        (r"(?:teillä|sulla|sinulla) ei (?:\w+ )?(?:ole )?(?:mitään |minkäänlaista |yhtään |tarpeeksi |riittävästi )?(?:kokemusta|osaamista|"
         r"ammattitaitoa|ymmärrystä|käsitystä|hajua|aavistustakaan)", 0.5),
        (r"(?:en|emme) (?:pyytänyt|pyytäneet|kysynyt|kysyneet) (?:teidän |sinun )?(?:mielipidettä\w*|neuvoa\w*|ehdotuksia\w*|näkemystä\w*)", 0.5),
        (r"tehkää (?:vain|vaan|nyt vain|nyt vaan) (?:se,? )?mitä (?:pyydän|pyydetään|pyysin|pyydämme|sanon|sanotaan|käsketään)", 0.5),
        (r"(?:mihin|mistä) (?:\w+ )?(?:suosituksenne|ehdotuksenne|väitteenne|arvionne|neuvonne|näkemyksenne|suosituksesi|väitteesi) "
         r"(?:oikein |edes )?(?:perustu\w*|tule\w*)", 0.5),
        (r"kukaan muu (?:ei )?(?:suosittele|tee|väitä|ehdota|neuvo|toimi)", 0.4),
        (r"(?:haluan|haluamme) (?:nähdä )?(?:lähteet|lähteitä|perustelut|perusteluja|näyttöä|todisteita)", 0.4),
        (r"(?:onko|onks|onkohan|onkos) (?:teillä |siellä |sielä |teillä siellä )?(?:ketään|kukaan|yhtään ketään),? (?:joka|ken) (?:\w+ )?"
         r"(?:tietää|osaa|ymmärtää|tajuaa|tietäisi|osaisi)", 0.5),
        (r"(?:tietää|tiedätte|tiedät|tiedätkö|tiedättekö) (?:\w+ )?mitä (?:tekee|teette|teet|tekevät)", 0.4),
        (r"(?:mun|minun|meidän|meiän) (?:veli|sisko|poika|tyttö|tytär|serkku|kaveri|naapuri|lanko|mies|vaimo|isä|äiti|tuttu)\w* "
         r"(?:\w+ )?(?:teki|tekisi|osaisi|sanoo|sanoi|mukaan|tekee|sanoi|tietää)", 0.4),
        (r"(?:veljeni|siskoni|serkkuni|mieheni|vaimoni|isäni|poikani|tyttäreni|naapurini|kaverini|ystäväni|lankoni) (?:\w+ )?"
         r"(?:teki|tekisi|osaisi|sanoo|sanoi|mukaan|tekee|tietää)", 0.4),
        (r"(?:oikea|oikeat|kunnon|oikeasti osaava|oikeasti osaavat|pätevä|pätevät) ammattilai*", 0.35),
    ],
    # ---------------------------------------------------------------- haggling
    "haggling": _HAGGLING,
    # ---------------------------------------------------------------- pressure
    "pressure": [
        (_INCLUDED, 0.35), (_NO_EXTRA_COST, 0.35), (r"kaupan päälle", 0.35), (r"veloituksetta", 0.25), (r"itsestään ?selvä*", 0.3),
        (_SHOULDNT_BE_HARD, 0.4),
        (r"(?:vartin|tunnin|hetken|viiden minuutin|minuutin|pikku) (?:homma|juttu|työ|nakki|operaatio)*", 0.3),
        (r"(?:nopea|helppo) (?:homma|juttu|nakki|lisäys)*", 0.3),
        (r"kyse on (?:vain |vaan |ainoastaan |pelkästään |nyt )?(?:yhdestä|kahdesta|kolmesta|parista|muutamasta|pienestä|ihan pienestä)", 0.3),
        (r"voitte (?:\w+ )?(?:tehdä|kirjoittaa|keksiä|hoitaa|kääntää|suunnitella) (?:ne |sen |nekin |senkin |tekstit |käännökset )?itse", 0.3),
        (r"(?:pitää|täytyy|on pakko|on oltava|tulee olla|on saatava|pitäis|täytyis|pitäisi|pitäs) (?:\w+ ){0,5}(?:valmi\w*|kunnossa|"
         r"julki|livenä|sivuilla|näkyvillä|tehtynä|tuotannossa) (?:\w+ ){0,2}" + _TOMORROW, 0.35),
        (_STILL_NEEDED, 0.2), (_BEYOND_AGREED, 0.3), (_NO_SEPARATE_BILL, 0.45), (_SURELY_SMALL, 0.4), (_SAME_BUDGET, 0.35), (r"budjetti on mikä on", 0.35),
        (_YOU_SURELY_MANAGE, 0.4), (_ASSUME_INCLUDED, 0.45), (_SAME_QUOTE, 0.4), (_SHOULD_BE_EASY, 0.4), (_DROP_EVERYTHING, 0.45),
        (r"kyse on kuitenkin (?:samasta|vain|pienestä)", 0.25), (_NO_EXTRA_BILLS, 0.45), (_NO_EXTRA_BILLS2, 0.45), (_NOTHING_SPECIAL, 0.4),
        (r"voisitteko (?:samassa yhteydessä|saman tien|siinä samalla|samaan syssyyn)", 0.35), (_NOT_A_BIG_JOB, 0.4), (_NO_EXTRA_FEE_Q, 0.45), (_SHOULDNT_BE_BIG, 0.4),
        (r"(?:tunnin|parin tunnin|puolen tunnin|muutaman tunnin) (?:sisällä|kuluessa|päästä)", 0.35),
        (r"(?:kun|koska) (?:te )?(?:teette|olette|hoidatte|käytte|ootte) (?:\w+ )?kerran", 0.3), (r"on jo maksettu", 0.25),
        (r"tiedän,? (?:että|et) [^.!?]{1,60}\b(?:mutta|mut)\b", 0.35), (r"tehkää (?:nyt )?mitä (?:pitää|tarvitsee|ikinä pitää|täytyy)", 0.4),
        (r"(?:vähintään|ainakin|minimissään) (?:\d[\d\s]*|sata|tuhat|tuhansia) (?:uutta |uusia )?(?:seuraajaa|seuraajia|asiakasta|asiakkaita|kävijää|tilausta|liidiä)", 0.35), (_FITS_BUDGET, 0.45), (_NO_FUSS, 0.4),
        (r"(?:niin|ihan|aika|nämä ovat|ne ovat|nämä on) (?:niin |vain |ihan )?(?:pieniä|pikku) (?:asioita|juttuja|muutoksia|lisäyksiä)", 0.3),
        (r"(?:muutama|pari|yksi|kaksi) (?:päivä|tunti|ilta|viikko|päivää|tuntia) (?:\w+ )?(?:luulisi|pitäisi|kai|varmaan) riittä*", 0.4),
        (r"kyse on (?:vain|vaan|ainoastaan|pelkästään) \w+", 0.3),
        (r"tehkää (?:vaikka |sitten |tarvittaessa )?(?:ylitöitä|yötä päivää|viikonloppuna|iltaisin)", 0.45), (r"onhan (?:se|tämä|tää) mahdollista", 0.35),

    ],
}

# scenario id -> entries that are evidence of that scenario
SCENARIO_CUES: dict[str, list] = {
    "legal_threat": [
        _COURT, _TAKE_TO, r"käräjille", r"käräjäoikeuteen", "kuluttajariitalautakun*", "riitalautakun*", "kuluttajaneuvo*",
        "kuluttaja-asiamie*", "oikeustoim*", r"oikeudelli\w* (?:toimi\w*|toimenpite\w*|seuraamu\w*)",
        r"juridi\w* (?:toimi\w*|toimenpite\w*|seuraamu\w*)", "rikosilmoitu*", _DAMAGES, _BILL_LOSSES, r"aiheutune\w* vahing*",
        _HANDED_TO_LAWYER, _ONE_STAR, _REVIEW_SITE, _PUBLIC, _GO_PUBLIC,
        r"(?:kerron|kerromme|levitän|levitämme) (?:tästä |teistä |asiasta )?(?:koko |kaikille )?\w*(?:piirille|yhdistykselle|tuttavilleni|tutuilleni)",
        r"riitaut\w* (?:\w+ )?(?:korttimaksu\w*|veloitukse\w*|maksun pankissa|pankille|pankin kautta|luottokorttiyhtiö\w*)",
        # the whole thing redone ("tehdään kokonaan uudestaan")
        r"(?:tehdään|tehtävä|teette|tehdä|tekemään|tehtäisiin|rakennetaan|rakennatte|toteutetaan) (?:\w+ ){0,2}(?:alusta|kokonaan|"
        r"täysin|koko) (?:\w+ )?(?:uudelleen|uudestaan|uusiksi|alusta asti|alusta loppuun)",
        r"(?:kokonaan|alusta|täysin) uusiksi", "kilpailu- ja kuluttajavira*", "kuluttajaviranomai*", "kantelu*", "sopimusrikko*", r"oikeusteitse", r"oikeuden kautta",
        "sopimussak*", "viivästyssak*", _AUTHORITY, _BAD_REVIEW, _TO_THE_PRESS, "tietosuojaviranomai*", r"oikeudelli\w* käsittely*",
        r"(?:asia|tämä|juttu) (?:etenee|menee|siirtyy|jatkuu) (?:\w+ )?(?:oikeuteen|oikeusteitse|juristille|lakimiehelle|asianajajalle)",
        r"(?:selvitämme|selvitän|tutkimme|tutkin|tutkitamme|selvitytämme|arvioimme) (?:\w+ ){0,2}" + _LEGAL_WHO + r" kanssa",
        r"(?:purkaa|purkamaan|purkamisen|purkamista|purkamiseen) (?:\w+ )?sopimu*",
        r"(?:haemme|haen|hakea|haetaan) (?:\w+ )?korvau*", "tietosuojavaltuute*", "tekijänoikeusrikko*",
        r"(?:teen|teemme|tehdään) (?:asiasta |tästä |teistä )?(?:virallisen )?(?:ilmoituksen|kantelun) (?:\w+ ){0,3}(?:\w+lle|\w+viranomaisille)",
    ],
    "refund_demand": [
        _MONEY_BACK, _PAYMENT_BACK, _PAY_IT_BACK, _DEMAND_CREDIT, _REFUSE_PAY, _NOT_A_CENT, _LEFT_UNPAID, "riitaut*", "kaupan purk*",
        r"(?:jos|mikäli|ellei) (?:\w+ ){0,4}(?:ei|eivät|ole) (?:ole )?(?:tilillä|tililläni|tilillämme|palautettu|maksettu takaisin)",
        r"(?:pidätämme|pidätän|jäädytämme|jäädytän|keskeytämme|keskeytän|pysäytämme|pysäytän) (?:\w+ )?\w*(?:maksu\w*|maksa\w*|laskun|erän)",
        r"(?:maksut|maksun|summan|rahat|laskut|laskun|kuukausimaksut|kuukausimaksun) (?:\w+ )?(?:hyvitettäväksi|palautettavaksi|hyvitettynä)",
        _GIVE_MONEY_BACK, _EXPECT_REFUND, _NOT_RETURNED, _OVERCHARGED, _OVERCHARGED2,
        _WANT_FEE_BACK, _UNAGREED_CHARGES,
        r"(?:enkä|emmekä) (?:aio |suostu |tule )?(?:maksa|maksaa)",
        r"euroa (?:\w+ ){0,2}(?:takaisin|takas|takasin)",
        r"(?:en|emme) (?:aio |suostu |tule |enää )?(?:maksa|maksaa) (?:\w+ ){0,2}\w*(?:lasku|laskua|laskuja|laskun|erää|summaa|osuutta)\b",
        r"(?:pyydämme|pyydän|vaadimme|vaadin|edellytämme) (?:teitä )?(?:palauttamaan|hyvittämään|maksamaan takaisin) (?:\w+ ){0,3}"
        r"(?:ennakko\w*|maksu\w*|summa\w*|rahat|rahamme|euroa|osuu\w*|laskun)",
    ],
    "blame": [
        _ON_YOUR_SIDE, r"(?:teidän|sinun|sun) vastuulla*", r"vastuullanne", _YOU_RESPONSIBLE, _FAULT_YOURS,
        r"(?:takianne|takiasi|takias)", _NOT_OURS, _YOU_BROKE, _YOU_BROKE_SG, _YOU_BROKE_PAST, _YOU_DID_NOT, _YOU_DID_NOT_SG,
        _NOBODY_TOLD + r",? (?:että|etukäteen|siitä|asiasta|meille,? että)", _HOW_COULD, _PAID_BROKEN, _PAID_BROKEN2, _NEGLECT,
        _AFTER_YOUR_CHANGE, _NOT_KEEPING,
        _WHO_IS_RESPONSIBLE, _BECAUSE_YOU_DIDNT, _YOUR_PROBLEM, _ERROR_IS_YOURS, _WITHOUT_PERMISSION, _WHO_TOUCHED, _AFTER_YOU_DID,
        _YOUR_THING_DID, _EVEN_THOUGH_ASKED, _NOT_DONE_IN_AGES, _NOBODY_CHECKS, _YOU_WERE_SUPPOSED, _YOU_DID_IT_WRONG,
        _SOMEONE_ON_YOUR_SIDE, _WHO_PAYS, _PROMISED_TWICE, _MADE_BY_YOU_BAD, _WHEN_YOU_DID,
        _NOBODY_TOLD + r"(?: meitä| meille| asiakkaita)?(?=\s*[.!])",
        r"(?:teidän |sinun )?aiheuttama(?:nne|si)",
    ],
    # Every haggling phrase is also evidence of price_pushback.
    "price_pushback": [e[0] if isinstance(e, tuple) else e for e in _HAGGLING] + ["hinnanalennu*"],
    "unrealistic_demand": [
        r"(?:valmiiksi|valmiina|valmis|valmiit|kunnossa|julkaistuna|livenä|tuotannossa) (?:\w+ )?" + _TOMORROW,
        r"(?:yhdessä yössä|yön yli|yhdessä illassa|parissa tunnissa|muutamassa tunnissa)",
        r"(?:oletin|oletimme|odotin|odotimme|luulin|luulimme),? että (?:\w+ ){0,4}(?:saadaan|saisimme|saisin|tulee|tulisi|alkaa|"
        r"alkaisi|nousee|nousisi|tuplaantuu|kasvaa|kasvaisi|saataisiin|toisi|tuo|tuottaa|tuottaisi|näkyy|näkyisi)",
        r"(?:sata|satoja|tuhat|tuhansia|kymmeniä|muutama tuhat|muutaman tuhannen|kymmeniätuhansia) (?:uusia |uutta )?(?:seuraajia|"
        r"seuraajaa|asiakkaita|asiakasta|kävijöitä|kävijää|tilauksia|tilausta|liidejä|liidiä|myyntiä)",
        r"(?:ensi sijalle|ensimmäiseksi|ykköseksi|kärkeen) (?:googlessa|googleen|hakutuloksissa|hakutuloksiin)",
        _YOU_SURELY_MANAGE, _WHOLE_THING_BY, _SHOULD_BE_EASY, _DROP_EVERYTHING, _READY_ON_DAY,
        r"(?:muutama|pari|yksi|kaksi) (?:päivä|tunti|ilta|viikko|päivää|tuntia) (?:\w+ )?(?:luulisi|pitäisi|kai|varmaan) riittä*",
        r"(?:pitää|täytyy|on oltava|tulee olla) (?:olla )?valmi\w* (?:\w+ )?(?:kuukaudessa|viikossa|päivässä|parissa viikossa|kahdessa viikossa|parissa päivässä)",
        r"tiedän,? (?:että|et) (?:\w+ ){0,3}(?:sovimme|sovittiin|sovittu|puhuimme|puhuttiin|aikatauluksi|arvioitte|arvioimme|arvioitiin|arvio oli)",
        r"(?:tämän|sen|tään|tän) on (?:nyt )?pakko onnistua", r"huomenna klo \d", _SHOULDNT_BE_BIG,
        r"(?:tunnin|parin tunnin|puolen tunnin|muutaman tunnin) (?:sisällä|kuluessa)",
        r"(?:huomenna|huomiseen|huomiseksi|tänään|tänä iltana|ylihuomenna)[^.!?]{0,60}\b(?:koko|kaikki)\b",
        r"(?:vähintään|ainakin|minimissään) (?:\d[\d\s]*|sata|tuhat|tuhansia) (?:uutta |uusia )?(?:seuraajaa|seuraajia|asiakasta|asiakkaita|kävijää|tilausta|liidiä)",
        r"tarvitaan (?:\w+ )?(?:toimiva|valmis|valmiin|valmiit|valmiina) (?:\w+ ){0,2}(?:siihen mennessä|huomiseksi|huomiseen mennessä|aamuksi)",
        r"(?:pitää|täytyy|on oltava|tulee olla) olla (?:\w+ )?(?:valmis|valmiina|valmiit|uusittu|tehty|kunnossa|julkaistu|käännetty|käännettynä|livenä) (?:\w+ )?ennen (?:maanantaita|tiistaita|keskiviikkoa|torstaita|perjantaita|lauantaita|sunnuntaita|huomista|iltaa|aamua)",
        r"tehkää (?:vaikka |sitten |tarvittaessa )?(?:ylitöitä|yötä päivää)",
        r"tiedän,? että (?:tämä|tää) tulee (?:\w+ )?(?:yllättäen|lyhyellä varoitusajalla|nopealla aikataululla|äkkiä|puskista)", r"tiedän,? että (?:aikaa|aikataulu|aika) (?:on |oli )?(?:vähän|tiukka|lyhyt|kireä)",
    ],
    "scope_creep": [
        _INCLUDED, _NO_EXTRA_COST, r"kaupan päälle", r"veloituksetta", _SHOULDNT_BE_HARD, _STILL_NEEDED, r"(?:vielä|lisäksi|myös) tarvitaan",
        r"(?:lisätkää|lisäisittekö|tehkää myös|voisitteko myös|voitteko vielä|voisitteko vielä|laittakaa myös)",
        r"(?:muutama|pari|pari pientä|muutama pieni) (?:lisäystä|lisäys|juttua|muutosta)",
        _NO_SEPARATE_BILL, _SURELY_SMALL, _SAME_BUDGET, r"budjetti on mikä on", r"lisätään (?:vielä|myös|samalla)", _ASSUME_INCLUDED, _SAME_QUOTE,
        _FITS_BUDGET, _NO_FUSS, _BEYOND_AGREED, _NOT_A_BIG_JOB, _NO_EXTRA_FEE_Q, _NO_EXTRA_BILLS, _NO_EXTRA_BILLS2, _NOTHING_SPECIAL,
        r"voisitteko (?:samassa yhteydessä|saman tien|siinä samalla|samaan syssyyn)",
    ],
    "misunderstanding": [
        r"(?:sain|saimme) (?:\w+ ){0,2}(?:tiedon|viestin|sähköpostin|ilmoituksen|kirjeen|tekstiviestin|"
        r"laskun)(?:,| jonka| jossa| että)",
        r"(?:viestissä|ilmoituksessa|sähköpostissa|kirjeessä|blogissa|uutiskirjeessä|tiedotteessa|postauksessa) (?:\w+ )?(?:lukee|luki|"
        r"sanotaan|sanottiin|väitetään|kerrotaan|todetaan|kirjoitetaan)",
        r"(?:aiotteko|meinaatteko|yritättekö|oletteko) (?:siis |nyt |todella |oikeasti )?(?:jättää|hylätä|lopettaa|siirtää|myydä|"
        r"nostaa|veloittaa|laskuttaa|periä|poistaa|luovuttaa|sulkea)",
        r"(?:väitättekö|tarkoittaako tämä|tarkoittaako se|onko tämä siis|ymmärränkö oikein|ymmärsinkö oikein|ymmärränkö siis)",
        r"(?:en|emme) ole (?:koskaan |ikinä |missään vaiheessa )?(?:pyytänyt|pyytäneet|sopinut|sopineet|sanonut|sanoneet|luvannut|"
        r"luvanneet|allekirjoittanut|allekirjoittaneet|hyväksynyt|hyväksyneet)",
        r"mitä (?:tämä|tää|tuo|toi|se) (?:oikein |nyt )?tarkoittaa",
        r"kun (?:me )?(?:sovimme|sovittiin|puhuimme|puhuttiin|nimenomaan sovittiin),? että", r"kuka on päättänyt (?:tästä|näin|tämän|sen)",
        r"vaikka (?:me )?(?:sovimme|sovittiin|puhuimme|puhuttiin)",
        r"(?:tätä|tästä|sitä|siitä) ei (?:ole )?(?:koskaan|ikinä|missään vaiheessa) (?:sovittu|puhuttu|luvattu|päätetty)",
        r"miksi (?:meiltä|minulta|meitä|minua) (?:\w+ )?(?:veloitetaan|laskutetaan|peritään|veloitettiin|laskutettiin)",
        r"luin (?:\w+ ){0,2}(?:sopimuksesta|laskusta|blogista|blogistanne|uutiskirjeestä|uutiskirjeestänne|sivuiltanne|viestistä|viestistänne|ehdoista|ehdoistanne|tiedotteesta),? että",
        r"eli (?:te|siis te) (?:\w+ )?(?:voitte|aiotte|meinaatte|saatte|olette|veloitatte|laskutatte)",
        r"miksi (?:laskussa|laskulla|sopimuksessa|tarjouksessa|tililläni|tiliotteella) on",
        r"missä (?:kohtaa|vaiheessa) (?:on |olemme |me )?(?:sovittu|sovittiin|sovimme|luvattu|luvattiin|sanottu|päätetty|hyväksytty)",
        r"(?:en|emme) ole (?:\w+ ){0,2}(?:antanut|antaneet) (?:kenellekään |teille |kellekään )?(?:lupaa|valtuuksia|suostumusta)",
        r"kuka (?:on )?(?:antanut|antoi) (?:siihen |teille |tähän )?(?:luvan|lupaa)", r"kenen luvalla",
    ],
    "general_dissatisfaction": [
        "pettymy*", "epätyydyttäv*", r"(?:aika|melko|varsin|kovasti|pahasti|suuresti|perin|kerrassaan|kyllä) pettyny*",
        r"(?:emme|en) ole (?:\w+ )?(?:tyytyväisiä|tyytyväinen)", "harmissa*", "pettynei*", r"(?:hyvin|suuri|iso|melkoinen|todellinen|aika|täysi|karvas|valtava) pettymy*",
        r"odotukse\w* (?:eivät|ei) (?:ole )?(?:\w+ )?(?:täyttyneet|täyttynyt|toteutuneet|toteutunut)",
        r"(?:odotin|odotimme|toivoin|toivoimme) (?:\w+ ){0,3}(?:paljon |huomattavasti )?enemmän",
        r"(?:odotin|odotimme) (?:\w+ )?(?:paljon |huomattavasti |aivan |ihan |selvästi )?(?:enemmän|parempaa|parempia|laadukkaampaa)",
    ],
}

# polite or positive wording that dampens the weaker signals
POSITIVE: list = [
    r"kiitti", (r"(?:ei|eipä) (?:mitään|mikään) (?:kiire|kiirettä|hätää)", 0.6), (r"(?:ei|eipä) hätää", 0.6), (r"eipä kiirettä", 0.6),
    (r"(?:katsokaa|katso|miettikää) (?:\w+ )?rauhassa", 0.4), (r"kun (?:ehditte|ehdit|kerkeätte|kerkiät|teille sopii)", 0.4),
    r"upea*", r"erinomai*", (r"pahoittel*", 0.2), (r"arvost(?:an|amme) (?:kovasti|suuresti|todella|paljon|teidän|työtänne)", 0.35),
    (r"mukavaa (?:päivää|viikkoa|viikonloppua|viikon jatkoa|joulua|kesää|syksyn jatkoa)", 0.3),
    (r"tyytyväi*", 0.35), (r"kiitolli*", 0.35), (r"kiitel*", 0.35),
    (r"(?:olisiko|olisikohan|olisko) (?:\w+ )?mahdollista", 0.3), (r"(?:ehtisittekö|ehtisitkö|ehtisitte|ehtisit|voisimmeko|saisinko|saisimmeko|muistaisitko|muistaisitteko|tarkistaisitteko|tarkistaisitko)", 0.3),
    (r"jos (?:se )?ei (?:onnistu|ehdi|ole mahdollista)", 0.4), (r"(?:viisi|täydet) (?:tähteä|pistettä|pisteet)", 0.5), (r"jos ei,", 0.4), (r"ei haittaa", 0.5), (r"ymmärrän kyllä", 0.3),
]
