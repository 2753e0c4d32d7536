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
_BY_ME = (r"(?:annan|annamme|jätän|jätämme|kirjoitan|kirjoitamme|kirjotan|laitan|laitamme|teen|teemme|ansaitsette|saatte|"
          r"ansaitset|saat|ansaitsisitte)")
_ONE_STAR_BY_ME = _BY_ME + r" (?:\w+ ){0,6}?yhden tähden"
_REVIEW_SITE_BY_ME = _BY_ME + r" (?:\w+ ){0,2}(?:google|facebook)-?(?:arvio|arvostelu)\w*"
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
    (r"liian kallii*", 0.4), (r"(?:aivan|ihan|todella|järkyttävän|törkeän|älyttömän|naurettavan) kallii*", 0.35), # the price to be made reasonable; "hinta on kohtuullinen/kohtuullista" (is reasonable) is calm
    (r"(?:hinta|hinnan|hintaa|hinnat|tuntihinta|tuntihinnan|summa|summan|lasku|laskun|veloitus|veloituksen)\w* (?:\w+ ){0,2}"
     r"(?:kohtuullistetaan|kohtuullistettava|kohtuullistaa|kohtuullistamaan|kohtuullistakaa|kohtuullistaisitte)", 0.4),
    (r"(?:haluamme|haluan|vaadimme|vaadin|odotamme|odotan|edellytämme|edellytän) (?:\w+ )?kohtuullis\w* (?:hinta|hintaa|hinnan|"
     r"hinnoittelua|summaa|summan|tuntihintaa|hyvitystä)", 0.4),
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
                 r"nopea|nopeita|helppo|helppoja|pikkujuttu\w*|simppeli\w*|yksinkertai\w*)"
                 r"(?! (?:kirjoitus)?virhe| korjau| bugi| ongelm| vik| kysymy| yksityiskoh)")  # not "nämä ovat vain pieniä kirjoitusvirheitä"
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
        # a one-star review given by the sender is a threat; one received from a customer is news (reported speech)
        (_ONE_STAR, 0.3), (_ONE_STAR_BY_ME, 0.55), (_REVIEW_SITE, 0.35), (_REVIEW_SITE_BY_ME, 0.5), (_PUBLIC, 0.5), (r"(?:kirjoitan|kirjoitamme) teistä", 0.45),
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
        (r"(?:nurin|rikki|alhaalla|jumissa|poissa käytöstä) (?:\w+ ){0,3}(?:viikkoa|viikon|päivää|kuukautta|viikkoja|päiviä|kuukausia|"
         r"viikonlopun|koko päivän|koko yön|koko aamun|koko illan|tuntikausia)", 0.35),
        (r"(?:maksettu|maksoimme|maksanut|maksaneet) [^.!?]{0,60}\bmutta\b[^.!?]{0,40}(?:nurin|rikki|alhaalla|poissa käytöstä|ei toimi|ei ole toiminut|eivät toimi)", 0.4),
        (r"(?:tämä|se|tuo|tää) on (?:ihan |aivan |täysin |kuitenkin )?perusas*", 0.4),
        (r"(?:ihan|täysi|täydellinen|totaalinen|aivan|yhtä) fail*", 0.45), (r"(?:feilas|floppas|floppi)*", 0.4),
        (r"(?:ei|eikä) (?:ole |oo )?(?:toiminut|toiminu|toimineet|toiminu) (?:\w+ )?(?:päivääkään|hetkeäkään|kertaakaan|kunnolla|koskaan|ikinä|alusta asti|alusta saakka)", 0.4),
        (r"(?:tätä|tällaista|jatkuvaa|loputonta|tota|tuota) (?:säätöä|sählinkiä|sähläystä|sekoilua|pelleilyä|sooloilua|hölmöilyä)", 0.4),
        (r"anteeksiantamat*", 0.55), (r"(?:lähellekään|lähelläkään)", 0.35),
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
        (r"(?:väitätte|väität) (?:yhä|edelleen|vieläkin|jatkuvasti|aina vain)", 0.35), (r"jankut*", 0.45), (r"inttä*", 0.4), (r"intät", 0.4),
        (r"vuotta,? (?:\w+ ){0,2}?(?:ja|enkä) (?:\w+ )?(?:tiedän|osaan|ymmärrän|tiedämme|osaamme)", 0.4),
        (r"(?:tiedän|tiedämme) kyllä(?: itse| ihan itse)?,? (?:mitä|miten|mikä|mistä|kenelle|minkä)", 0.35), (r"(?:tiedän|tiedämme|osaan|osaamme|tunnen|tunnemme) (?:\w+ ){0,3}(?:paremmin|parhaiten)", 0.45),
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
         r"huono|huonoja|virheellisi\w*|virheellinen|turhi\w*|turha|hyödyttömi\w*|hyödytön|kalli\w*|ylimitoitet\w*|vanhentun\w*)", 0.5),
        (r"perustelkaa", 0.4), (r"perustele (?:tämä|se|nyt)", 0.35),
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
        (r"(?:ehdotus|ehdotuksenne|ratkaisu|ratkaisunne|rakenne|rakenteenne|suositus|suosituksenne|lähestymistapa|lähestymistapanne|linjaus|strategia|strategianne) on (?:mielestäni |minusta |meistä )?(?:täysin |aivan |ihan |kerta kaikkiaan )?väärä(?=\s*[.!,])", 0.35),
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
        _HANDED_TO_LAWYER, _ONE_STAR_BY_ME, r"yhden tähden arvio\w* (?:tulossa|lähtee|menee|odottaa)", _REVIEW_SITE_BY_ME, _PUBLIC, _GO_PUBLIC,
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


# ============================================================================ round 2
# Families added in the second tuning round.  Most are ways of saying a scenario that the first
# round only knew in standard written Finnish: colloquial forms (oo/ootte, et = että, ku = kuin/kun,
# -nu/-ny participles, mä/sä/tää/toi, kyl = kyllä), verb-first word orders ("annamme asian
# lakimiehen hoidettavaksi"), and scenario cues for wordings that carried heat but no cue.

_SUPPLIER = (r"(?:kuvaaja|kuvaajan|toimisto|toimiston|toimittaja|toimittajan|tekijä|tekijän|firma|firman|yritys|yrityksen|"
             r"koodari|koodarin|kehittäjä|kehittäjän|suunnittelija|suunnittelijan|graafikko|graafikon|freelancer|freelancerin|"
             r"konsultti|konsultin|kumppani|kumppanin|palveluntarjoaja|palveluntarjoajan|urakoitsija|urakoitsijan|tilitoimisto|"
             r"tilitoimiston|kirjanpitäjä|kirjanpitäjän|mainostoimisto|mainostoimiston|studio|studion|tyyppi|tyypin|ammattilainen|"
             r"ammattilaisen|talo|talon|puoti|puodin)")
_PLATFORM = (r"(?:googleen|googlessa|facebookiin|facebookissa|instagramiin|instagramissa|someen|somessa|tiktokiin|linkediniin|"
             r"linkedinissä|twitteriin|trustpilotiin|tripadvisoriin|nettiin|netissä|keskustelupalstoille|palstoille|\w+ryhmiin|"
             r"\w+ryhmään|\w+ryhmissä|\w+palstalle|\w+palstoille|\w+foorumille|\w+foorumeille)")
_MODAL = r"(?:pitää|täytyy|joudun|joudumme|joudutaan|pitäis|pitäisi|täytyis|on pakko|taidan|taidamme)"  # must / I guess I'll
# verb first: "annamme asian lakimiehemme hoidettavaksi", "siirrän asian juristille"
_GIVE_TO_LAWYER = (r"(?:annamme|annan|siirrämme|siirrän|luovutamme|luovutan|viemme|vien|laitamme|laitan) (?:asian|tämän|koko asian|"
                   r"jutun|koko jutun|laskun|asian suoraan) (?:\w+ )?" + _LEGAL_WHO)
_CHARGEBACK = (r"(?:pyydän|pyydämme|pyydetään|pyytää) (?:\w+ )?(?:pankkia|pankkiani|pankkiamme|korttiyhtiötä|luottokorttiyhtiötä|"
               r"pankilta|pankiltani|korttiyhtiöltä) (?:\w+ )?(?:perumaan|palauttamaan|peruuttamaan|mitätöimään|perumista|"
               r"palautusta|oikaisua|takaisinveloitusta|takaisinveloitus\w*)")
_DISPUTE_CARD = (r"(?:kiistän|kiistämme|riitautan|riitautamme|perun|perumme) (?:\w+ )?(?:korttimaksu|veloitu|maksu|veloitukse)\w* "
                 r"(?:\w+ )?(?:pankissa|pankille|pankin kautta|korttiyhtiö\w*|luottokorttiyhtiö\w*)")
_TELL_ONLINE = (r"(?:kirjoitan|kirjoitamme|kirjotan|kerron|kerromme|postaan|postaamme|laitan|laitamme|julkaisen|julkaisemme|jaan|"
                r"jaamme|avaudun) (?:\w+ ){0,5}" + _PLATFORM + r"(?: \w+){0,3}? (?:miten|kuinka|millaista|millainen|minkälaista|"
                r"kaiken|koko jutun|koko tarinan|totuuden|tarkalleen|kokemukse\w*|kokemuksista\w*)")
_REVIEW_ONLINE = (r"(?:kirjoitan|kirjoitamme|kirjotan|jätän|jätämme|laitan|laitamme|teen|teemme|annan|annamme) (?:\w+ ){0,2}"
                  + _PLATFORM + r" (?:\w+ ){0,2}(?:arvio|arvion|arvostelun|arvostelu|arvosanan|tähden|palautteen|postauksen)\w*")
_ALL_GROUPS = (r"kaikki(?:in|lle) (?:\w+ ){0,2}\w*(?:ryhmiin|ryhmille|palstoille|kanaviin|foorumeille|tuttavilleni|tutuilleni|"
               r"kollegoilleni|verkostoilleni|yrittäjäkavereilleni)")
_WALK_TO_OTHER = (_MODAL + r" (?:\w+ )?(?:kattoa|katsoa|kattoo|etsiä|ettiä|hankkia|ottaa|valita|palkata|vaihtaa|etsimään|katsomaan|"
                  r"kattomaan|hankkimaan|vaihtamaan) (?:joku muu|jonkun muun|joku toinen|jonkun toisen|muu|muun) " + _SUPPLIER)
_TAKE_THE_OTHER = (r"(?:otan|otamme|valitsen|valitsemme|palkkaan|palkkaamme|vaihdan|vaihdamme|etsin|etsimme|haen|haemme) "
                   r"(?:sitten |mieluummin |jatkossa |vaan |kyl |kyllä )?(?:jonkun muun|jonkun toisen|sen toisen|halvemman|"
                   r"kilpailevan|sen halvemman) " + _SUPPLIER)  # not "otamme toisen kuvaajan" (a second one)
_TAKE_OTHER_OFFER = (r"(?:otan|otamme|valitsen|valitsemme|hyväksyn|hyväksymme) (?:sitten |mieluummin |vaan |kyl |kyllä )?"
                     r"(?:sen toisen|sen halvemman|toisen tarjouksen|halvemman tarjouksen|kilpailijan tarjouksen|sen kilpailijan)(?=\s*[.!,])")
_END_IT_HERE = (r"(?:lopetan|lopetamme|lopetetaan|lopettaa|lopetan kyl|lopetan kyllä|lopetamme kyllä) (?:\w+ )?(?:tän|tämän|"
                r"tämän homman|koko homman|koko jutun|yhteistyön|yhteistyömme|kaiken|koko projektin|tämän projektin) tähän")
# "or else I'll end it": a bare "tai"/"muuten" is also "or" / "by the way" ("siirrän tai perun palaverin", "muuten
# vaihdamme numeroa"), so those two only count after a comma (", muuten mä lopetan"), read by a lookbehind.
_QUIT_VERBS = (r"(?:lopetamme|lopetan|lopetetaan|vaihdan|vaihdamme|vaihdetaan|siirryn|siirrymme|perun|perumme|peruutan|puran|"
               r"puramme|irtisanon|irtisanomme)")
_OR_ELSE_I = [r"(?:tai muuten|tai sitten|ellei) (?:me |minä |mä )?(?:kyl |kyllä |sitten |vaan |niin )?" + _QUIT_VERBS,
              r"muuten(?<=, muuten) (?:me |minä |mä )?(?:kyl |kyllä |sitten |vaan |niin )?" + _QUIT_VERBS,
              r"tai(?<=, tai) (?:me |minä |mä )?(?:kyl |kyllä |sitten |vaan |niin )?(?:lopetamme|lopetan|lopetetaan|puramme|"
              r"puran|irtisanomme|irtisanon)"]

_INVOICE_WRONG = (r"(?:lasku|laskunne|laskusi|laskutus|laskutuksenne|veloitus|veloituksenne) (?:on|oli) (?:\w+ )?(?:väärin|virheellinen|"
                  r"väärä|perusteeton|aiheeton|kohtuuton|pielessä|täysin väärä|ihan väärä|ihan pielessä)")
_CANCEL_INVOICE = (r"(?:perukaa|peruuttakaa|mitätöikää|poistakaa|hyvittäkää|kuitatkaa|kreditoikaa) (?:\w+ )?(?:lasku|laskut|laskun|"
                   r"veloitus|veloitukset|veloituksen|maksu|maksun|maksut)\w*")
_PAY_ONLY_PART = (r"(?:maksamme|maksan|maksetaan) (?:vain|ainoastaan|ainoastaan vain) (?:\w+ )?(?:puolet|osan|siitä osasta|sen osan|"
                  r"toimitetusta|tehdystä|tehdyistä|valmiista|toimitetuista)")
_NOT_BEING_PAID = (r"(?:laskua|laskuja|tätä laskua|sitä laskua|tuota laskua|loppulaskua|loppuerää|viimeistä erää|erää|laskuanne) "
                   r"(?:\w+ )?(?:ei makseta|ei tulla maksamaan|emme maksa|en maksa|en aio maksaa|emme aio maksaa|ei maksella)")

_MADE_BY_YOU_BROKEN = (r"(?:teidän|sinun|sun) (?:tekemä|tekemänne|toimittama|toimittamanne|rakentama|rakentamanne|asentama|"
                       r"asentamanne|koodaama|ehdottama|ehdottamanne|suosittelema|suosittelemanne|tekemät|tekemä\w*) (?:\w+ ){0,2}"
                       r"(?:ei toimi|eivät toimi|ei oo toiminu|ei toiminut|on rikki|ovat rikki|kaatui|kaatuu|hajosi|meni rikki|lakkasi)")
_YOUR_JOB_IS = (r"(?:teidän|sinun|sun) (?:homma|hommanne|tehtävä|tehtävänne|vastuu|vastuunne|juttu|duuni) (?:on|oli) "
                r"(?:nimenomaan |just |juuri )?(?:huolehtia|varmistaa|pitää huoli|et|että)")
_IT_IS_YOUR_MESS = (r"(?:on|oli|ois) (?:ihan |täysin |kokonaan |puhtaasti |selvästi |100 % )?(?:teidän|sinun|sun|teiän) (?:sotku|moka|"
                    r"mokailu|virhe|vika|syy|mokanne|sotkunne|vikanne|virheenne|syynne|ongelma|ongelmanne|häröily|säätö)")
_YOU_FIX_IT = (r"te (?:sen|ne|tän|tämän|tämä|sen myös|ne myös) (?:myös |itse |sitten |nyt |kans )?(?:korjaatte|selvitätte|maksatte|"
               r"hoidatte|siivoatte|korvaatte|selvittelette)")
_WHO_CHECKED = (r"kuka (?:siellä |teillä |teistä |teidän päässä )?(?:oikein |edes )?(?:tarkisti|testasi|hyväksyi|oikoluki|päästi|"
                r"julkaisi|lähetti|laittoi|ajasti|katsoi|tarkasti|kävi läpi|on tarkistanut|on testannut|on hyväksynyt)"
                r"(?=[^.!]*\?)")
_NOBODY_ASKED = (r"(?:kukaan|ei kukaan|eikä kukaan) (?:\w+ )?(?:ei )?(?:kysynyt|kysyny|pyytänyt|pyytäny|kysyneet) (?:\w+ )?"
                 r"(?:meiltä|minulta|multa|asiakkaalta|meiltä lupaa|minulta lupaa|lupaa|mielipidettämme|mielipidettäni)")
_NOT_MY_FAULT_YOURS = (r"(?:ei|eihän|eikä) (?:se |tää |tämä |toi )?(?:oo|ole) (?:mun|meiän|meidän|minun) (?:vika|syy|moka|virhe|"
                       r"ongelma|mokani|vikani|syyni|vikamme|syymme)\w*,? (?:et|että|jos|kun) (?:teidän|sun|sinun|te|teiän)")
_NOT_ON_US = r"(?:eikä|ei) (?:meissä|meidän päässä|meidän puolella|meidän päässämme|meidän puolellamme|minussa|mussa)(?=\s*[.!,])"
_AFTER_YOUR_THING = (r"teidän (?:\w+ )?(?:päivityksen|muutoksen|muutosten|siirron|julkaisun|asennuksen|korjauksen|toimenpiteen|"
                     r"päivitysten|muokkausten|säätöjen) (?:jälkeen|takia|vuoksi|myötä|seurauksena)")
_YOUR_THING_BROKE = (r"teidän (?:\w+ )?(?:päivitys|muutos|muutokset|järjestelmä|systeemi|sovellus|koodi|palvelin|lisäosa|integraatio|"
                     r"pohja|skripti|botti|automaatio|alusta|työntekijä|kehittäjä|tekijä|kaveri|tyyppi) (?:\w+ )?(?:rikkoi|kaatoi|sotki|"
                     r"pilasi|poisti|hävitti|tuhosi|sekoitti|jumitti|esti|katkaisi|sekoilee|sekoili|kaatuilee|kusi|pimeni)")
_YOU_BROKE_COLLOQUIAL = (r"(?:ootte|olette|oot|olet|te|sä) (?:\w+ )?(?:nyt |taas |jälleen |kyl )?(?:rikkonu|sotkenu|pilannu|mokannu|"
                         r"sössiny|tyriny|ryssiny|möhliny|munannu|unohtanu|hukannu|kadottanu|poistanu)")
_YOU_DIDNT_COLLOQUIAL = (r"(?:ette|et) (?:oo |ole )?(?:edes |ikinä |koskaan |ollenkaan |taaskaan )?(?:testannu|tarkistanu|lukenu|"
                         r"kuunnellu|vaivautunu|välittäny|ilmottanu|ilmoittanu|kertonu|korjannu|vastannu|soittanu|reagoinu)")

_SAY_SOMETHING_ON_PRICE = r"(?:tehdä|tekemään|teettekö|voitteko tehdä) (?:jotain|jotakin|mitään) (?:hinnalle|hinnan suhteen|hinnasta|summalle)"
_PRICE_SURPRISE = (r"(?:hinta|summa|tarjous|lasku|kokonaishinta|loppusumma|hintalappu)\w* (?:\w+ ){0,2}(?:tuli|oli) (?:\w+ ){0,2}"
                   r"(?:yllätyksenä|järkytyksenä|shokkina|melkoisena yllätyksenä|ikävänä yllätyksenä)")
_CHEAPER_BY = (r"(?:on|oli|olisi|ovat|olivat|ois|oisi) (?:jopa |lähes |melkein |noin |yli |reilut |peräti |liki )?"
               r"\d[\d\s.,]*\s?(?:€|e|euroa|tonnia|k€) (?:\w+ )?(?:edullisempi|edullisemman|halvempi|halvemman|halvemmalla|"
               r"edullisemmin|pienempi|pienemmällä|edullisempia|halvempia)")
_CHEAPER_OFFER = (r"(?:edullisempi|edullisemman|halvempi|halvemman|puolet halvempi|paljon halvempi|huomattavasti edullisempi) "
                  r"(?:tarjous|tarjouksen|hinta|hinnan|vaihtoehto|vaihtoehdon)")
# "could it be a grand instead?": an amount, or a comparative with a price word ("fontti voisi olla pienempi" is calm)
_COULD_IT_BE = [r"(?:vois|voisi|voisko|voiskohan|voisiko|voisikohan) (?:se |sen |hinta |summa |hinnan |summan |\w+ )?(?:olla|saada|"
                r"laskea|painaa|pudota) (?:vaikka |esim\. |ennemmin |noin |enintään |max |maksimissaan )?(?:\d[\d\s.,]*\s?"
                r"(?:€|e|euroa|euron|eur|tonnia)|tonni|tonnin|satanen|puolet)(?=\W)",
                r"(?:hinta|summa|hinnan|summan|lasku|laskun|tuntihinta|tuntihinnan) (?:\w+ )?(?:vois|voisi|voisko|voisiko|pitäisi|pitäis) "
                r"(?:\w+ )?(?:olla|saada) (?:\w+ )?(?:pienempi|alempi|halvempi|pienemmäksi|alemmas|matalampi|kohtuullisempi)"]
_STEEP_PRICE = (r"(?:aika|tosi|todella|ihan|turhan|järkyttävän|melkoisen|aivan|aikamoisen|hurjan|kyl aika|kyllä aika) (?:kova|korkea|"
                r"suolainen|tyyris|hurja|raju|paksu|iso|kova kova) (?:hinta|summa|lasku|tuntihinta|hintapyyntö|tuntiveloitus|hintataso)")
_IF_YOU_GET_IT_DOWN = (r"(?:jos|kun|mikäli) (?:te |sä )?(?:saatte|saisitte|pystytte|voitte|saat|pystyt|pystyisitte|voisitte) "
                       r"(?:sen |hinnan |hintaa |summan |sitä |tarjouksen )(?:\w+ )?(?:alas|alemmas|halvemmaksi|"
                       r"\d[\d\s]*\s?(?:€|e|euroon|eurolla|euroa))")
_OTHERS_DO_IT_FOR = (r"(?:tekee|tekisi|tekevät|tekisivät|saa|saisi|saan|saisin|saamme|saisimme|tehdään|tekis) (?:\w+ ){0,3}"
                     r"(?:parilla|muutamalla|kahdella|kolmella|puolella) (?:tonnilla|satasella|sadalla|tuhannella|eurolla|hinnalla)")
_HAGGLE_WORDS = r"(?:vedetty välistä|vedätte välistä|vetää välistä|vedettiin välistä|vedätte meitä välistä|kuppaatte|kuppausta)"

_BIG_TEAM = (r"(?:teillähän|teillä kai|teillä varmasti|teillä on kuitenkin|kyllähän teillä) (?:on )?(?:\w+ )?(?:iso|suuri|"
             r"riittävästi|paljon|monta|tarpeeksi|kokonainen) (?:tiimi|porukkaa|väkeä|resursseja|tekijöitä|ihmisiä|koodareita|"
             r"työntekijöitä)")
_CONFIRM_BY = (r"(?:ilmoittakaa|kertokaa|vahvistakaa|vastatkaa|kuitatkaa) (?:\w+ ){0,2}(?:huomiseen|tänään|viimeistään|heti|"
               r"huomenna|tämän päivän aikana|ennen iltaa)")
_NEED_WHOLE_BY = (r"(?:tarvitsemme|tarvitaan|tarvitsen|haluamme|haluan|pitää saada|täytyy saada) (?:\w+ )?(?:uuden|uusi|koko|"
                  r"kokonaan uuden|valmiin|toimivan|kokonaisen) (?:\w+ ){0,3}\w*(?:sivuston|sivut|kaupan|sovelluksen|järjestelmän|"
                  r"kampanjan|brändin|ilmeen|intranetin|palvelun)\b[^.!?]{0,80}\b(?:huomenna|huomiseksi|ylihuomenna|ensi viikolla|"
                  r"ensi (?:maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai)(?:na|ksi|hin)|tällä viikolla|"
                  r"viikonloppuna|parissa päivässä|kahdessa päivässä|viikossa)")
_FOR_THAT_PRICE = (r"(?:tuohon|tähän|sillä|tällä|sen|tuon) hintaan (?:pitäisi|pitäis|luulisi|luulis|odottaisi|odottais|saisi|sais|"
                   r"kuuluisi|kuuluis) (?:\w+ )?(?:saada|olla|kuulua|sisältyä|tulla)")

_WONT_RAISE_PRICE = (r"(?:eihän|ei kai|eikä|ei) (?:nämä|tämä|ne|se|tää|nää|tämäkään|nekään|tämähän|nämähän) (?:\w+ )?(?:nosta|"
                     r"nostaisi|nostane|vaikuta|vaikuttane|lisää|kasvata|kasvattane) (?:\w+ )?(?:hinta\w*|kustannuk\w*|laskua|"
                     r"budjettia|laskutusta)")
_SINCE_YOU_ANYWAY = (r"kun (?:te )?kerran (?:te )?(?:teette|olette|hoidatte|ootte|teet|rakennatte|päivitätte|koodaatte|"
                     r"tekemässä|olette tekemässä|ootte tekemässä)")
_ALSO_INCLUDED = (r"(?:siihen|tähän|hintaan|sopimukseen|pakettiin|kuukausimaksuun|ylläpitoon|ylläpitosopimukseen|tarjoukseen) "
                  r"(?:\w+ )?(?:sisältyy|sisältyvät|sisältyisi|kuuluu|kuuluvat|kuuluisi|kuuluis|kuulu|sisälly) (?:myös|tietenkin|tietysti|"
                  r"luonnollisesti|kaikki|totta kai|automaattisesti|kai myös)")
_AS_PART_OF_FEE = (r"(?:tehdä|tekemään|tehdään|teette|hoitaa|hoitamaan|hoidatte|hoidetaan) (?:\w+ ){0,2}osana (?:kuukausimaksua|"
                   r"ylläpitoa|ylläpitosopimusta|sopimusta|pakettia|hintaa|kiinteää hintaa)")
_NO_SEPARATE_INVOICE = (r"(?:emme|en) (?:siksi |siis |tietenkään |myöskään |missään nimessä )?(?:hyväksy|halua|maksa|aio maksaa) "
                        r"(?:\w+ )?(?:erillistä laskua|erillisiä laskuja|erillistä veloitusta|lisäveloitusta|lisäveloituksia|"
                        r"ylimääräistä laskua|ylimääräisiä laskuja|lisätyölaskua|lisätyölaskuja|erillistä maksua)")
_SMALL_THINGS = (r"(?:nämä|nää|ne|tämä|tää|se|nämähän|nää nyt) (?:on|ovat|oo) (?:(?:varmaan|varmasti|kai|ihan|vain|vaan|aika|tosi|"
                 r"niin|kuitenkin|teille|nyt) ){1,3}(?:pieniä|pikku\w*|pikkujuttu\w*|nopeita|nopea|helppo|helppoja|simppeleitä|"
                 r"simppeli|yksinkertaisia|minimaalisia|pikkuhommia|näpräyksiä)(?! (?:kirjoitus)?virhe| korjau| bugi| ongelm| vik| kysymy| yksityiskoh)")
_ASSUME_ET = (r"(?:oletan|oletamme|oletin|luotan|ajattelin|ajattelimme|luulen|luulin|mä oletan),? (?:et|että) (?:\w+ ){0,2}"
              r"(?:kuuluu|kuuluvat|kuuluis|kuuluisi|sisältyy|sisältyvät|menee|menevät|mahtuu|mahtuvat) (?:\w+ ){0,3}(?:hintaan|"
              r"hinnassa|pakettiin|budjettiin|tarjoukseen|sopimukseen|samaan)")
_NO_MOOD_TO_PAY = (r"(?:ei|eikä) (?:kyl |kyllä |oikein |yhtään )?(?:huvita|huvittais|huvittaisi|kiinnosta|kiinnostais) (?:\w+ )?"
                   r"(?:maksaa|maksella|pulittaa) (?:\w+ ){0,3}(?:ylimää\w*|lisää|enempää|ekstraa|extraa)")
_DONT_WANT_TO_PAY_EXTRA = (r"(?:en|emme) (?:halua|aio|suostu) (?:enää )?(?:maksaa|maksamaan) (?:\w+ ){0,2}(?:mitään |yhtään |enää )?"
                           r"(?:ylimääräistä|lisää|enempää|ekstraa|lisämaksuja|lisähintaa)")
_CAME_TO_MIND = (r"(?:tuli|tulee|tulikin) (?:vielä |nyt |mieleen )?(?:muutama|pari|yksi|kolme|useampi|pari pientä|muutama pieni) "
                 r"(?:\w+ )?(?:juttu|asia|lisäys|toive|idea|juttua|asiaa|lisäystä|toivetta)\w* (?:\w+ )?mieleen")

_ARE_YOU_PROS = (r"(?:oletteko|ootteko|ootko|oletko|ootteks|ootsä|ootko sä) (?:te |sä |sinä )?(?:oikeasti|oikeesti|ihan oikeesti|"
                 r"ihan oikeasti|edes|ylipäätään|todella|tosissaan) (?:\w+ )?(?:ammattilai\w*|asiantuntij\w*|osaaji\w*|koodarei\w*|"
                 r"graafikkoj\w*|suunnittelijoi\w*|tehneet tätä|tehny tätä|tehnyt tätä|koskaan tehneet)")
_DO_AS_I_SAID = (r"(?:tehkää|toteuttakaa|tee|toteuta|laittakaa|muuttakaa|korjatkaa|rakentakaa|hoitakaa|tehkäät) (?:\w+ ){0,3}"
                 r"(?:sillä tavalla |sillä tavoin |samalla tavalla |niin |just niin |juuri niin )?(?:kuin|kuten|niinku|niinkuin) "
                 r"(?:\w+ ){0,3}(?:sanoin|pyysin|sanoimme|pyysimme|ohjeistin|käskin|määrittelin|halusin|halusimme|sanon|sanomme|"
                 r"haluan|haluamme)")
_BETTER_THAN_YOU = r"paremmin (?:kuin|ku|kun) (?:te|sinä|sä|teidän|te itse|kukaan teistä|teillä)(?=\W)"
# our work in scare quotes: 'teidän "tutkimuksenne"' (a product name in quotes, 'teidän "Pro"-paketti', is not doubt)
_SCARE_QUOTES = (r'(?:teidän|sinun|sun|niiden) ["\u201c\u201d\u00ab\u00bb](?:strategi|tutkimu|analyysi|suositu|ehdotu|asiantuntemu|'
                 r'osaamis|ammattitaito|selity|perustelu|brändi|konsept|suunnitelm|raport|ratkaisu|näkemy|tutkimuks|data|luku)\w*'
                 r'["\u201c\u201d\u00ab\u00bb]')
_SO_CALLED = (r"(?:niin sanottu|niin sanotut|niin sanottujen|niin sanotun|niin sanottua) (?:\w+ )?(?:asiantuntij|ammattilai|"
              r"strategi|analyysi|tutkimu|suositu|osaaj|konsult|ekspert)\w*")
_NOT_INTERESTED_IN_THEORY = (r"(?:eikä|ei) (?:kiinnosta|kiinnostais) (?:yhtään |pätkääkään )?(?:se |teidän |mikään |sun )?(?:\w+ )?"
                             r"\w*(?:selitys|selitykset|strategia|teoria|teoriat|perustelu|perustelut|luennointi|analyysi|"
                             r"saarnat|luennot|tutkimukset)")
_NO_EXCUSES_WANTED = (r"(?:ei|eikä) (?:kiinnosta|kiinnostais) (?:enää |yhtään |pätkääkään )?(?:mitkään |ne |teidän )?(?:selitykset|"
                      r"tekosyyt|selittelyt|syyt|selitykset enää|tekosyyt enää)")
_NO_COMMENTS = (r"ilman (?:mitään |yhtään )?(?:lisäkommentteja|vastaväitteitä|ylimääräisiä ehdotuksia|omia ehdotuksia|"
                r"omia ideoita|luennointia|sen kummempia kommentteja)")  # not "hyväksyimme ilman kommentteja"
_YEARS_IN_TRADE = (r"(?:olen|olemme|oon) (?:tehnyt|tehneet|tehny|ollut|ollu|ollut mukana) (?:tätä |tällä |tässä )?(?:työtä|alaa|"
                   r"alalla|hommaa|bisnestä|bisneksessä|ammattia) (?:\w+ )?\d+ vuotta")
# ...and so I know better (one entry: a partial overlap with a separate "vuotta ja tiedän" would drop the heavier one)
_YEARS_AND_I_KNOW = _YEARS_IN_TRADE + r",? (?:ja|enkä) (?:\w+ )?(?:tiedän|osaan|tunnen|ymmärrän|tiedämme|osaamme|tunnemme)"
_NO_LECTURE = (r"(?:en|emme) (?:tarvitse|kaipaa|halua) (?:teidän |sinun )?(?:neuvojanne|neuvoja|neuvoa|luentoa|luentoja|opetusta|"
               r"oppitunteja|saarnaa|ohjeitanne|mielipidettänne)")
_WONT_USE_YOUR = (r"(?:emme|en) (?:aio |tule )?(?:käyttää|noudattaa|toteuttaa|ottaa käyttöön) (?:\w+ )?(?:suositustanne|ehdotustanne|"
                  r"suosituksianne|ehdotuksianne|ratkaisuanne|ehdottamaanne|suosittelemaanne|tuota värimaailmaa|tuota rakennetta|"
                  r"tuota fonttia|tuota ehdotusta)")

_WHAT_DOES_IT_MEAN = r"mitä (?:tämä|tää|tuo|toi|se|nää|nämä) (?:oikein |nyt |siis )?(?:tarkoittaa|meinaa|tarkottaa|tarkoittavat)"
_ARE_YOU_DOING = (r"(?:oletteko|ootteko|ootko|oletko|aiotteko) (?:te |sä )?(?:siis |nyt |oikeasti |todella |tosiaan |ihan oikeasti )?"
                  r"\w+(?:massa|mässä)\b")
_SO_YOU_SAY = (r"(?:eli|siis|elikkä|eli siis) (?:te |sä )?(?:väitätte|väität|sanotte|sanot|meinaatte|meinaat|tarkoitatte|tarkoitat|"
               r"haluatte|haluat|olette sitä mieltä|ootte sitä mieltä),? (?:että|et)")
_DO_YOU_CLAIM = (r"(?:väitätkö|sanotteko|sanotko|tarkoitatteko|tarkoitatko|meinaatteko|meinaatko|onko tarkoitus),? (?:että|et|siis)")
_NEVER_ORDERED_COLLOQUIAL = (r"(?:en|emme|mä en|me ei|ei me) (?:oo|ole|oo ikinä|ole ikinä) (?:ikinä |koskaan |missään vaiheessa )?"
                             r"(?:tilannu|pyytäny|sopinu|hyväksyny|sanonu|luvannu|allekirjottanu|tilannut|pyytänyt|tilanneet|"
                             r"pyytäneet|tilattu|pyydetty|sovittu)")
_WE_DIDNT_APPROVE = (r"(?:emme|ei me|en|mä en) (?:ainakaan |koskaan |ikinä )?(?:hyväksyneet|hyväksytty|hyväksyny|hyväksynyt|"
                     r"pyytäneet|pyydetty|tilanneet|tilattu) (?:mitään |ikinä |koskaan )?(?:tällaista|tollasta|tällasta|tuollaista|"
                     r"sellaista|tätä|tota|tuota)")
_WHY_CHARGED = (r"(?:en|emme) (?:ymmärrä|käsitä|tajua),? (?:miksi|mistä|millä perusteella|miten) (?:\w+ ){0,3}(?:laskutetaan|"
                r"laskutatte|veloitatte|veloitetaan|peritään|pitäisi maksaa|perittiin|veloitettiin|laskutettiin)")
_WHY_CHARGED_COLLOQUIAL = r"miks (?:mua|mulle|multa|meitä|meiltä|meille) (?:\w+ )?(?:laskutetaan|veloitetaan|peritään|laitettiin lasku|tuli lasku)"
_JUST_OPENED = r"(?:avasin|kuulin|huomasin|näin|luin|katsoin) (?:\w+ )?juuri(?: \w+){0,4},? (?:ja|että|et|eikä)"

_LOOKS_GENERIC = (r"(?:näyttää|vaikuttaa|tuntuu|näyttävät|vaikuttavat|tuntuvat) (?:\w+ )?(?:geneeriseltä|tylsältä|halvalta|"
                  r"amatöörimäiseltä|keskeneräiseltä|kömpelöltä|sekavalta|vanhanaikaiselta|mitäänsanomattomalta|"
                  r"kotitekoiselta|halpikselta|kopiolta)")
_DONT_KNOW_WHERE_TO_START = r"(?:en|emme) (?:oikein |edes |ihan )?(?:tiedä|tiiä),? mistä (?:aloittaisin|aloittaa|aloittaisimme|lähtisin)"
_NOT_AS_DISCUSSED = (r"(?:ei|eivät|eikä) (?:\w+ )?vastaa (?:\w+ )?(?:keskusteltua|sovittua|tilattua|pyydettyä|briiffiä|briefiä|"
                     r"toiveitamme|toiveitani|suunniteltua|luvattua)")
_VERY_BAD = (r"(?:todella|tosi|erittäin|aivan|ihan|täysin|järjettömän|uskomattoman|käsittämättömän|kamalan|hirveän) "
             r"(?:huono|huonoa|huonosti|huonoja|huonolta|heikko|heikkoa|heikosti)(?=\W)")
_NO_RESULTS_COLLOQUIAL = (r"(?:ei|eikä) (?:oo|ole) (?:tullu|tullut|tulleet|saatu|tullu enää) (?:\w+ )?(?:yhtään|ainuttakaan|"
                          r"ainoatakaan|ensimmäistäkään|yhtä ainoaa) (?:\w+ )?(?:viestiä|yhteydenottoa|tilausta|soittoa|liidiä|"
                          r"asiakasta|varausta|kyselyä|tarjouspyyntöä|kävijää|myyntiä|kauppaa|keikkaa|hakemusta)")
_LOST_GIGS = (r"(?:keikkaa|keikat|keikkoja|kauppaa|kaupat|asiakkaita|asiakasta|tilauksia|tilausta|myyntiä|rahaa|tuloja|"
              r"tarjouspyyntöjä|liidejä) (?:\w+ ){0,2}(?:on |ovat )?(?:menny|mennyt|menneet|mennyt ohi|menny ohi|mennyt sivu|"
              r"menetetty|valunut|valunu) (?:ohi|sivu|sivuun|hukkaan|kilpailijalle|kilpailijoille)")
_REALLY_ANNOYS = [r"(?:todella|tosi|kovasti|ihan|aivan|hirveästi|suunnattomasti|kyllä) harmittaa",
                  r"harmittaa (?:todella|tosi|kovasti|hirveästi|ihan suunnattomasti|aivan suunnattomasti)"]
_MUST_GET_BACK = r"(?:on|ovat|oo) (?:\w+ )?saatava (?:\w+ )?(?:takaisin|takas|palautettua|palautettua heti|ennalleen)"
_WAITED_COLLOQUIAL = (r"(?:oon|olen|ollaan|olemme|mä oon) (?:nyt |jo |tässä |nyt jo )?(?:odottanu|odottanut|odottaneet|oottanu|"
                      r"odotellu|odotellut|odotellu jo|venannu|jonottanu)\b[^.!?]{0,40}\b(?:viikkoa|viikon|viikkoja|kuukautta|"
                      r"kuukauden|kuukausia|päivää|päiviä|vuoden|ikuisuuden|iät ja ajat)")
_ASKED_N_TIMES = (r"(?:oon|olen|ollaan|olemme) (?:nyt |jo )?(?:kaks|kaksi|kolme|neljä|viis|viisi|kuus|monta|useita|sata|miljoona|"
                  r"lukemattomia) (?:kertaa|kertaan) (?:\w+ )?(?:kysyny|kysynyt|kysyneet|pyytäny|pyytänyt|pyytäneet|soittanu|"
                  r"soittanut|laittanu|laittanut|kirjottanu|kirjoittanut|sanonu|sanonut|muistuttanu|muistuttanut|yrittäny|yrittänyt)")
_DO_IT_BY = (r"(?:korjatkaa|hoitakaa|palauttakaa|toimittakaa|korjaa|hoida|palauta) (?:\w+ ){0,3}(?:viimeistään |ennen |huomenna |"
             r"tänään )?(?:\w+ )?(?:klo \d{1,2}|mennessä|huomiseen|tänään|huomenna|ennen iltaa|ennen aamua)(?=\W)")
_WANT_ANSWER_BY = (r"(?:haluan|haluamme|haluun) (?:\w+ )?(?:vastauksen|vastausta|selvityksen|ratkaisun|"
                   r"korjauksen|selityksen) (?:\w+ )?(?:tänään|heti|huomiseen|viimeistään|välittömästi|saman tien|"
                   r"tämän päivän aikana|\w+ mennessä)")
_MESSING_UP = (r"(?:sekoilee|sekoili|sekoilua|sekoilut|sekoillut|sekoillu|kaatuilee|kaatuili|kaatuillut|temppuilee|temppuili|"
               r"reistailee|reistaili)")

SIGNALS["threat"] += [
    (_GIVE_TO_LAWYER, 0.6), (_CHARGEBACK, 0.55), (_DISPUTE_CARD, 0.55), (r"maksukiist\w*", 0.5), (r"kuluttajaoikeusneuvo\w*", 0.5),
    (_TELL_ONLINE, 0.45), (_REVIEW_ONLINE, 0.4), (_ALL_GROUPS, 0.4),
    (_WALK_TO_OTHER, 0.5), (_TAKE_THE_OTHER, 0.45), (_TAKE_OTHER_OFFER, 0.45), (_END_IT_HERE, 0.5),
]
SIGNALS["ultimatum"] += [*[(e, 0.5) for e in _OR_ELSE_I], (_NO_EXCUSES_WANTED, 0.45)]
SIGNALS["demand"] += [
    (_INVOICE_WRONG, 0.35), (_CANCEL_INVOICE, 0.45), (_PAY_ONLY_PART, 0.45), (_NOT_BEING_PAID, 0.5), (_MUST_GET_BACK, 0.4),
    (_CONFIRM_BY, 0.35), (_DO_IT_BY, 0.3), (_WANT_ANSWER_BY, 0.4), (_NO_MOOD_TO_PAY, 0.4), (_DONT_WANT_TO_PAY_EXTRA, 0.4),
]
SIGNALS["blame"] += [
    (_MADE_BY_YOU_BROKEN, 0.45), (_YOUR_JOB_IS, 0.35), (_IT_IS_YOUR_MESS, 0.55), (_YOU_FIX_IT, 0.45), (_WHO_CHECKED, 0.4),
    (_NOBODY_ASKED, 0.45), (_NOT_MY_FAULT_YOURS, 0.45), (_NOT_ON_US, 0.4), (_AFTER_YOUR_THING, 0.35), (_YOUR_THING_BROKE, 0.45),
    (_YOU_BROKE_COLLOQUIAL, 0.5), (_YOU_DIDNT_COLLOQUIAL, 0.45),
]
SIGNALS["haggling"] += [
    (_SAY_SOMETHING_ON_PRICE, 0.45), (_PRICE_SURPRISE, 0.35), (_CHEAPER_BY, 0.45), (_CHEAPER_OFFER, 0.4), *[(e, 0.4) for e in _COULD_IT_BE],
    (_STEEP_PRICE, 0.4), (r"överi\w*", 0.35), (_IF_YOU_GET_IT_DOWN, 0.45), (_OTHERS_DO_IT_FOR, 0.4), (_HAGGLE_WORDS, 0.5),
    (r"(?:tinkiä|tinkimään|tingitään|tingitäänkö|tinkisittekö|tinkiä vähän) (?:\w+ )?(?:hinnasta|hintaa|hinnoista|summasta)", 0.4),
]
SIGNALS["pressure"] += [
    (_BIG_TEAM, 0.4), (_NEED_WHOLE_BY, 0.35), (_FOR_THAT_PRICE, 0.4),
    (_WONT_RAISE_PRICE, 0.45), (_SINCE_YOU_ANYWAY, 0.35), (_ALSO_INCLUDED, 0.3), (_AS_PART_OF_FEE, 0.35), (_NO_SEPARATE_INVOICE, 0.45),
    (_SMALL_THINGS, 0.4), (_ASSUME_ET, 0.45), (_CAME_TO_MIND, 0.25),
]
SIGNALS["doubt"] += [
    (_ARE_YOU_PROS, 0.5), (_DO_AS_I_SAID, 0.45), (_BETTER_THAN_YOU, 0.45), (_SCARE_QUOTES, 0.4), (_SO_CALLED, 0.45),
    (_NOT_INTERESTED_IN_THEORY, 0.45), (_NO_COMMENTS, 0.3), (_YEARS_IN_TRADE, 0.3), (_YEARS_AND_I_KNOW, 0.45), (_NO_LECTURE, 0.45), (_WONT_USE_YOUR, 0.35),
]
SIGNALS["anger"] += [
    (_WHAT_DOES_IT_MEAN + r"(?=\s*[?!]{2})", 0.3), (_NEVER_ORDERED_COLLOQUIAL, 0.35), (_WE_DIDNT_APPROVE, 0.4),
    (_LOOKS_GENERIC, 0.35), (_DONT_KNOW_WHERE_TO_START, 0.3), (_NOT_AS_DISCUSSED, 0.4), (_VERY_BAD, 0.35),
    (_NO_RESULTS_COLLOQUIAL, 0.4), (_LOST_GIGS, 0.4), *[(e, 0.35) for e in _REALLY_ANNOYS], (_MESSING_UP, 0.35),
    (r"(?:väärällä|väärään|väärälle|väärille|väärillä|väärästä) (?:\w+ )?(?:hinnalla|hinnoilla|hintaan|osoitteeseen|osoitteella|"
     r"asiakkaille|henkilölle|vastaanottajille|listalle|päivämäärällä|nimellä|kielellä|tiedoilla|logolla)", 0.3),
]
SIGNALS["repeated_contact"] += [(_WAITED_COLLOQUIAL, 0.4), (_ASKED_N_TIMES, 0.45)]

SCENARIO_CUES["legal_threat"] += [_GIVE_TO_LAWYER, _CHARGEBACK, _DISPUTE_CARD, r"maksukiist\w*", r"kuluttajaoikeusneuvo\w*",
                                  _TELL_ONLINE, _REVIEW_ONLINE, _ALL_GROUPS]
SCENARIO_CUES["refund_demand"] += [_INVOICE_WRONG, _CANCEL_INVOICE, _PAY_ONLY_PART, _NOT_BEING_PAID]
SCENARIO_CUES["blame"] += [
    _MADE_BY_YOU_BROKEN, _YOUR_JOB_IS, _IT_IS_YOUR_MESS, _YOU_FIX_IT, _WHO_CHECKED, _NOBODY_ASKED, _NOT_MY_FAULT_YOURS, _NOT_ON_US,
    _AFTER_YOUR_THING, _YOUR_THING_BROKE, _YOU_BROKE_COLLOQUIAL, _YOU_DIDNT_COLLOQUIAL, r"teidän (?:\w+ )?(?:takia|vuoksi)",
]
SCENARIO_CUES["price_pushback"] += [_WALK_TO_OTHER, _TAKE_OTHER_OFFER]  # walking over price (the haggling entries are copied by __init__)
SCENARIO_CUES["unrealistic_demand"] += [_BIG_TEAM, _NEED_WHOLE_BY, _FOR_THAT_PRICE]
SCENARIO_CUES["scope_creep"] += [
    _WONT_RAISE_PRICE, _SINCE_YOU_ANYWAY, _ALSO_INCLUDED, _AS_PART_OF_FEE, _NO_SEPARATE_INVOICE, _SMALL_THINGS, _ASSUME_ET,
    _NO_MOOD_TO_PAY, _DONT_WANT_TO_PAY_EXTRA, _CAME_TO_MIND,
]
SCENARIO_CUES["misunderstanding"] += [
    _WHAT_DOES_IT_MEAN, _ARE_YOU_DOING, _SO_YOU_SAY, _DO_YOU_CLAIM, _NEVER_ORDERED_COLLOQUIAL, _WE_DIDNT_APPROVE, _WHY_CHARGED,
    _WHY_CHARGED_COLLOQUIAL, _JUST_OPENED,
]
SCENARIO_CUES["general_dissatisfaction"] += [_LOOKS_GENERIC, _NOT_AS_DISCUSSED, _VERY_BAD, _DONT_KNOW_WHERE_TO_START]

POSITIVE += [
    # a go-ahead, a new client choosing us, a formality: calm whatever else the email mentions
    (r"(?:voitte|saatte|voit|saat) (?:hyvin |jo |rauhassa |nyt |sitten )?aloittaa(?! alusta)", 0.3),
    (r"(?:valitsimme|päätimme valita|päädyimme valitsemaan) teidät", 0.35), (r"tulimme teille", 0.35),
    (r"(?:haluaisimme|haluamme|haluaisin|haluan) (?:siirtää|siirtyä|tuoda|keskittää) (?:\w+ ){0,3}teille", 0.35),
    (r"(?:pelkkä|vain|pelkkää|puhdas) muodollisuus", 0.4),
    (r"(?:lähettää|lähettäisittekö|tekisittekö|tehdä) (?:meille |minulle )?tarjouksen", 0.25),
]

# ---------------------------------------------------------------- round 2, second batch of families
_NO_CALLBACK = (r"(?:kaks|kaksi|kolme|neljä|viisi|viis|monta|useita|lukuisia) (?:soittoa|viestiä|sähköpostia|yhteydenottoa|"
                r"muistutusta|meiliä|puhelua)[,;]? (?:eikä|ei|mutta ei|ja ei) (?:yhtään|ainuttakaan|mitään|ainoatakaan) (?:\w+ )?"
                r"(?:paluusoittoa|vastausta|soittoa|reaktiota|kuittausta|yhteydenottoa)")
_NOT_A_SINGLE_REPLY = (r"(?:ei|eikä) (?:yhtään|ainuttakaan|ainoatakaan|yhtäkään) (?:\w+ )?(?:paluusoittoa|vastausta|yhteydenottoa|"
                       r"kuittausta|reaktiota|vastaussoittoa)")
_WHAT_YOU_DESERVE = (r"(?:arvosanan|arvion|arvostelun|palautteen|tähdet|kohtelun|maineen),? (?:\w+ )?(?:jonka|minkä|jotka|mitkä) "
                     r"(?:te )?(?:ansaitsette|ansaitset)")
_WORD_OF_MOUTH = (r"(?:kerron|kerromme|kerrotaan) (?:tästä |teistä |asiasta )?(?:myös |kyllä |varmasti )?(?:naapureille|"
                  r"naapureillekin|tutuille|tutuillekin|kavereille|kavereillekin|sukulaisille|kollegoille|kollegoillekin|"
                  r"kaikille tutuille|kaikille tuttaville)\w*")
_TAKE_IT_FURTHER = (r"(?:vien|viemme|viedään) (?:asian|asiaa|tämän|tätä|asian nyt|jutun|koko asian) (?:\w+ )?(?:eteenpäin|"
                    r"pidemmälle|korkeammalle)")
_TERMS_DONT_SAY = (r"(?:ehdoissa|ehdoissanne|sopimuksessa|sopimuksessamme|sopimuksessanne|tarjouksessa|tarjouksessanne|"
                   r"laskussa|sivuillanne|hinnastossa|hinnastossanne) (?:ei )?(?:\w+ )?(?:lue|mainita|sanota|puhuta|kerrota|ole) "
                   r"(?:\w+ )?(?:mitään|sanaakaan|sanallakaan) (?:tällaista|tällaisesta|tuollaista|sellaista|tästä|siitä)")
_PAY_ONLY_WHEN = r"(?:maksamme|maksan|maksetaan|maksan sen|maksamme sen|maksamme laskun|maksan laskun) (?:\w+ ){0,2}(?:vasta|sitten vasta),? (?:kun|jahka|kunhan)"
_PAY_WHEN_RIGHT = (r"(?:maksamme|maksan) (?:laskun|sen|loput|loppuosan|laskunne),? (?:\w+ )?(?:kun|jahka|kunhan) (?:se|lasku|työ|"
                   r"laskutus|summa) (?:\w+ )?(?:vastaa|on korjattu|on kunnossa|pitää paikkansa|on oikein)")
_BILLED_ALTHOUGH = (r"(?:veloitettu|laskutettu|laskutatte|veloitatte|veloititte|laskutitte|perittiin|peritty) [^.!?]{0,50}?"
                    r"\b(?:vaikka|vaikkei) (?:\w+ ){0,3}(?:itse|emme|ei|en|koskaan|tilattu|tehty|tehneet|irtisanoimme|irtisanoin|"
                    r"peruimme|peruin|lopetimme|lopetin|ilmoitimme|ilmoitin|sovimme|pyysimme|pyysin)\b")
_REMOVE_LINES = (r"(?:poistamaan|poistakaa|poistatte|poistaa|hyvittämään|oikaisemaan|oikaiskaa) (?:\w+ )?(?:rivit|rivin|veloitukset|"
                 r"veloituksen|tunnit|kohdat|kohdan|lisätyöt|lisätunnit|ylimääräiset tunnit)")
_NOT_TESTED_WHICH = (r"(?:jota|joita|mitä|joka|jotka) ei (?:ollut|ole|oltu|oo|ollu) (?:edes |lainkaan |kunnolla |mitenkään |ollenkaan )?"
                     r"(?:testattu|tarkistettu|testattu kunnolla|varmistettu|kokeiltu)")
_FAULT_WAS_YOURS = r"(?:syy|vika|virhe) oli (?:\w+ )?(?:teidän|teissä|sinun|sinussa|teidän puolellanne|teidän päässänne)"
_WHAT_WILL_YOU_DO = r"mitä (?:aiotte|aiot|meinaatte|meinaat|ajattelitte) (?:\w+ )?tehdä,? (?:jotta|ettei|että|asialle|tilanteelle|tämän)"
_EVERY_TIME_YOU = (r"(?:joka kerta|aina|joka ikinen kerta),? (?:kun|ku) (?:te|sä|teillä) (?:\w+ ){0,2}(?:koskette|kosketaan|"
                   r"koskeneet|päivitätte|päivitetään|muutatte|teette|asennatte|julkaisette|siirrätte|korjaatte|koskitte|päivititte)\w*")
_COULD_YOU_EVER = [  # not "voisitteko joskus soittaa" (call me some time) nor "ensi kerralla lähettää"
    r"(?:voisitteko|voisitko|voitteko|voisko|voisitteks) (?:te |sä )?(?:\w+ )?joskus (?:\w+ )?(?:testata|tarkistaa|miettiä|lukea|kuunnella)",
    r"(?:voisitteko|voisitko|voitteko|voisko|voisitteks) (?:te |sä )?(?:\w+ )?(?:edes kerran|kerrankin|edes joskus|vaikka kerran) "
    r"(?:\w+ )?(?:testata|tarkistaa|miettiä|kysyä|lukea|kertoa|vastata|soittaa|ilmoittaa|katsoa|kuunnella)"]
_BEFORE_YOU_PUSH = (r"ennen kuin (?:te )?(?:laitatte|julkaisette|viette|päivitätte|asennatte|lähetätte|ajatte|puskette) "
                    r"(?:\w+ )?(?:tuotantoon|livenä|sivuille|asiakkaille|julki|eteenpäin|ulos)")
_ONLY_CHANGE_YOURS = (r"(?:ainoa|ainut|ainoat) (?:muutos|asia|ero|toimenpide|muutokset|tekijä) (?:\w+ ){0,3}(?:on|oli|ovat|olivat) "
                      r"(?:\w+ )?(?:teidän|te|sinun|sun)")
_PERCENT_OFF = (r"(?:pyytäisimme|pyytäisin|pyydämme|pyydän|toivoisimme|toivomme|haluaisimme|haluaisin|haluamme|haluan|odotamme|"
                r"odotan|vaadimme|vaadin|edellytämme|edellytän|ehdotamme|ehdotan) (?:\w+ )?\d+ ?(?:%|prosentin|prosenttia|"
                r"%:n)(?: \w+)? (?:alennus|hinnanalennus|hyvitys|alennuks|hinnanalennuks)\w*")
_OR_WE_HAVE_TO = (r"(?:tai|muuten|tai muuten|tai sitten) (?:me |minä )?(?:joudumme|joudun|joudutaan) (?:\w+ )?(?:pienentämään|"
                  r"karsimaan|leikkaamaan|supistamaan|perumaan|lopettamaan|keskeyttämään|jäädyttämään|harkitsemaan|etsimään|"
                  r"vaihtamaan|purkamaan|irtisanomaan|miettimään|katsomaan)")
_CANT_COMMIT_TO_SUM = (r"(?:emme|en) (?:pysty|voi|aio|ole valmiita|ole valmis) (?:enää )?(?:sitoutumaan|sitoutua) (?:\w+ )?"
                       r"(?:summaan|hintaan|budjettiin|hinnoitteluun|kustannuksiin|tuntimäärään)")
_OTHER_DID_IT_FOR = (r"(?:teki|tekee|tekisi|tekevät|tekivät|tehtiin|veloitti|veloittaa|veloittavat|otti|ottaa|ottavat|laskutti|"
                     r"laskuttaa|laskuttavat|pyytää|pyytävät|pyysi) (?:\w+ ){0,2}\d[\d\s.,]*\s?(?:eurolla|e:llä|€:lla|euroa tunnilta|"
                     r"euroa tunti|e/h|€/h|euron tuntihinnalla|eurolla tunnilta)")
_DEAL_OFF = (r"(?:ei|eikä) (?:tästä|siitä|tuosta|meidän yhteistyöstä|kaupasta|tästä kaupasta) (?:\w+ )?(?:tuu|tule|synny) "
             r"(?:\w+ )?mitään(?=\s*[.!,])")  # not "ei tästä tule mitään ongelmaa"
_SOMETHING_SANER = (r"jotain (?:järkevämpää|halvempaa|edullisempaa|kohtuullisempaa|realistisempaa|inhimillisempää)"
                    r"(?= *(?:hintaa|hintaa\?|tarjousta|\?|\.|,))")
_PRICES_SKY_HIGH = (r"(?:hinnat|hinta|tuntihinnat|tuntihinta|hintanne|hintataso|tuntihintanne|hinnoittelu|hinnoittelunne) "
                    r"(?:\w+ ){0,3}pilvissä")
_READY_ONLY_LATER = (r"(?:piti|pitäisi|oli tarkoitus|oli määrä|oli sovittu) (?:\w+ )?(?:olla |tulla )?(?:valmis|valmiina|valmiiksi|"
                     r"julki|käyttöön) (?:vasta )?(?:\w+ )?(?:maaliskuussa|huhtikuussa|toukokuussa|kesäkuussa|heinäkuussa|"
                     r"elokuussa|syyskuussa|lokakuussa|marraskuussa|joulukuussa|tammikuussa|helmikuussa|keväällä|syksyllä|"
                     r"kesällä|talvella|ensi kuussa|ensi vuonna|\w+ viikon päästä|kuukauden päästä)[^.!?]{0,20}\b(?:mutta|mut)\b")
_TONIGHT_OVERNIGHT = r"(?:tämän illan|tämän yön|huomisaamun|tämän päivän|iltapäivän) (?:aikana|mennessä)"
_ISNT_IT_POSSIBLE = r"(?:eikö|eiks|eikös|eikö teillä) (?:ole|olis|olisi|oo) (?:mitenkään |mitään |edes )?mahdollista"
_RANK_FIRST = (r"(?:nousemme|nousee|nousta|pääsemme|päästä|nostatte|nostaa|nostamaan|olemme|ollaan) (?:\w+ ){0,2}(?:ensimmäiseksi|"
               r"ykköseksi|kärkeen|ensi sijalle|ykkössijalle|etusivulle)(?: \w+){0,2} (?:tämän|ensi|viikossa|kuukaudessa|heti|"
               r"parissa|huomiseen|viikon|kuun)")
_NO_EXTRA_EXPECTED = (r"(?:en|emme) (?:oleta|odota|usko|ajattele|odottaisi|oleteta) (?:\w+ )?(?:mitään |yhtään )?(?:lisälaskua|"
                      r"lisälaskuja|lisäkuluja|lisähintaa|lisämaksua|erillistä laskua|ylimääräistä laskua|lisäveloitusta|"
                      r"lisäkustannuksia)")
_SAME_PROJECT = (r"(?:liittyy|liittyvät|kuuluu|kuuluvat|liittyyhän|kuuluuhan) (?:\w+ )?(?:samaan|tähän samaan|ihan samaan) "
                 r"(?:projektiin|kokonaisuuteen|pakettiin|tilaukseen|toimeksiantoon|hankkeeseen|juttuun)")
_NOW_THAT_READY = (r"(?:nyt|mut nyt|mutta nyt),? (?:kun|ku) (?:\w+ ){0,3}(?:on|ovat|oo) (?:\w+ )?(?:melkein|lähes|jo|kohta|"
                   r"vihdoin) (?:valmi\w*|maalissa|kasassa|pystyssä)")
_WITHIN_BUDGET = (r"(?:sovitun|nykyisen|alkuperäisen|saman|olemassa olevan|sovitun kokonais|jo sovitun|jo maksetun) ?(?:budjetin|"
                  r"hinnan|tarjouksen|kokonaishinnan|summan|sopimuksen|kustannusarvion) (?:puitteissa|sisällä|rajoissa|raameissa)")
_MUST_DO_WITHIN = (r"(?:on|ovat) (?:toteutettava|tehtävä|hoidettava|saatava|tehtävät|toteutettavat) (?:\w+ ){0,3}(?:budjetin|"
                   r"hinnan|sopimuksen|tarjouksen|kokonaishinnan) (?:puitteissa|sisällä|rajoissa)")
_ESSENTIAL_PART = (r"(?:olennainen|oleellinen|luonteva|luonnollinen|erottamaton|kiinteä|itsestäänselvä|itsestään selvä) osa "
                   r"(?:kokonaisuutta|projektia|toimitusta|sivustoa|palvelua|tilausta|toimeksiantoa|pakettia)")
_JUSTIFY = r"(?:haluan|haluamme|odotan|odotamme|vaadin|vaadimme|edellytän|edellytämme),? (?:että )?(?:te )?perustelette"
_MY_IT_SAYS = (r"(?:it-kumppanimme|it-kumppanini|it-tukemme|it-tukeni|it-osastomme|it-kaverini|it-tyyppimme|it-asiantuntijamme|"
               r"it-konsulttimme|koodarimme|koodarini|kehittäjämme|konsulttimme|konsulttini|ohjelmoijamme|nörttimme|tuttuni|"
               r"tuttavani|kaverini|ystäväni|veljeni|poikani|vävyni|lankoni) (?:\w+ ){0,3}(?:sanoi|sanoo|mukaan|totesi|kertoi|"
               r"arvioi|väittää|väitti|on sitä mieltä|oli sitä mieltä)[^.!?]{0,60}\b(?:turha\w*|väär\w*|ylimitoite\w*|liian|kalli\w*|"
               r"tarpeeto\w*|huono\w*|vanhentun\w*|ei tarvita|saman saa|halvemmalla|itse)")  # doubt, not "IT-tukemme mukaan palomuuri on auki"
_SAME_FOR_LESS = (r"(?:saman|samat|samaa|saman asian|sen) (?:saa|saisi|saisimme|saamme|saan) (?:\w+ )?(?:hoidettua|tehtyä|ratkaistua|"
                  r"toteutettua|korjattua) (?:\w+ )?(?:valmiilla|halvemmalla|itse|ilmaiseksi|murto-osalla|puolella|yhdellä)")
_PUSHING_IT = r"tyrkyt\w*"
_DONT_GET_WHY_YOU = (r"(?:en|mä en|emme) (?:tajua|ymmärrä|käsitä),? (?:miks|miksi) (?:te |teidän |sä |sun |sinun )?(?:aina|jatkuvasti|"
                     r"taas|pitää|pitäis|haluutte|haluatte|yritätte|ehdotatte|suosittelette|jankutatte)")
_AS_I_ASKED = (r"niin kuin (?:mä |minä |me )?(?:jo )?(?:kerran |monesti |useasti |aiemmin |alun perin |alunperin |selvästi |"
               r"nimenomaan )?(?:pyysin|pyysimme|käskin|ohjeistin|ohjeistimme|määrittelin|vaadin|vaadimme)")
_WOULD_HAVE_BEEN_FAIR = (r"(?:olisi|ois|olis) ollut (?:\w+ )?(?:kohtuullista|reilua|asiallista|kohteliasta|ammattimaista|vähintä|"
                         r"vähintäänkin|paikallaan) (?:\w+ ){0,2}(?:kertoa|ilmoittaa|mainita|varoittaa|kysyä|tiedottaa)")
_LEFT_EMPTY_HANDED = r"(?:tyhjän päälle|tyhjän päällä|tyhjin käsin|nuolemaan näppejämme|nuolemaan näppejäni|pulaan|pulassa)"
_STRAIGHT_FEEDBACK = (r"(?:haluan|haluamme|täytyy|pitää|joudun|joudumme) (?:nyt |valitettavasti )?antaa (?:teille )?(?:\w+ )?"
                      r"(?:suoraa|rehellistä|kriittistä|negatiivista|kovaa|tiukkaa|kipakkaa) palautetta")
_SECOND_RATE_CLIENT = (r"(?:olemme|olen|ollaan|oomme|olisimme|olisin) (?:teille |teidän silmissänne )?(?:vain |vaan |pelkkä |"
                       r"jotenkin )?(?:pieni ja vähemmän tärkeä|vähemmän tärkeä|toissijainen|yhdentekevä|yhdentekeviä|"
                       r"toisarvoinen|b-luokan|kakkosluokan|unohdettu|unohdettuja|pikkuasiakas|pikkuasiakkaita|"
                       r"toisen luokan|lypsylehmä)")
_MONTH_TO_MONTH = r"(?:kuukaudesta|viikosta|kerrasta|vuodesta|palaverista|raportista) toiseen"
_REPLIES_LATE = (r"(?:vastaukset|vastaus|viestit|toimitukset|raportit|korjaukset|päivitykset) (?:tulevat|tulee|saapuvat|saapuu) "
                 r"(?:\w+ )?(?:viiveellä|myöhässä|aina myöhässä|viikon viiveellä|päivien viiveellä|viikkojen viiveellä|jälkijunassa)")
_MEETINGS_SLIP = (r"(?:palaverit|tapaamiset|aikataulut|deadlinet|julkaisut|takarajat|toimituspäivät) (?:\w+ )?(?:siirtyvät|"
                  r"peruuntuvat|perutaan|lipsuvat|siirtyy|venyvät)(?: jatkuvasti| aina| taas| kerta toisensa jälkeen)?")
_NOT_WHAT_WE_SOUGHT = (r"(?:ei|eivät) (?:ole|oo|vastaa) (?:sitä|lähellekään sitä),? mitä (?:lähdimme hakemaan|lähdin hakemaan|haimme|"
                       r"hain|tilasimme|tilasin|ostimme|ostin|maksoimme|maksoin|meille myytiin|meille luvattiin)")
_IN_QUOTES_ONLY = r'(?:eikä|ei) vain ["\u201c\u201d]\w+["\u201c\u201d]'  # "...korjataan kunnolla eikä vain "tarkisteta""

SIGNALS["threat"] += [(_WHAT_YOU_DESERVE, 0.5), (_WORD_OF_MOUTH, 0.35), (_TAKE_IT_FURTHER, 0.5)]
SIGNALS["ultimatum"] += [(_OR_WE_HAVE_TO, 0.45), (_DEAL_OFF, 0.45)]
SIGNALS["demand"] += [(_PAY_ONLY_WHEN, 0.45), (_PAY_WHEN_RIGHT, 0.4), (_BILLED_ALTHOUGH, 0.5), (_REMOVE_LINES, 0.35),
                      (_WHAT_WILL_YOU_DO, 0.35), (_MUST_DO_WITHIN, 0.45), (_NO_EXTRA_EXPECTED, 0.4)]
SIGNALS["blame"] += [(_NOT_TESTED_WHICH, 0.45), (_FAULT_WAS_YOURS, 0.55), (_EVERY_TIME_YOU, 0.5), (_BEFORE_YOU_PUSH, 0.35),
                     (_ONLY_CHANGE_YOURS, 0.45)]
SIGNALS["icy_politeness"] += [*[(e, 0.4) for e in _COULD_YOU_EVER], (_WOULD_HAVE_BEEN_FAIR, 0.4), (_IN_QUOTES_ONLY, 0.35)]
SIGNALS["haggling"] += [(_PERCENT_OFF, 0.45), (_CANT_COMMIT_TO_SUM, 0.45), (_OTHER_DID_IT_FOR, 0.4), (_SOMETHING_SANER, 0.4),
                        (_PRICES_SKY_HIGH, 0.45)]
SIGNALS["pressure"] += [(_READY_ONLY_LATER, 0.4), (_TONIGHT_OVERNIGHT, 0.3), (_ISNT_IT_POSSIBLE, 0.3), (r"elintärke\w*", 0.3),
                        (_RANK_FIRST, 0.3), (_SAME_PROJECT, 0.35), (_NOW_THAT_READY, 0.3), (_WITHIN_BUDGET, 0.4), (_ESSENTIAL_PART, 0.35)]
SIGNALS["doubt"] += [(_JUSTIFY, 0.4), (_MY_IT_SAYS, 0.4), (_SAME_FOR_LESS, 0.35), (_PUSHING_IT, 0.4), (_AS_I_ASKED, 0.45)]
SIGNALS["anger"] += [(_TERMS_DONT_SAY, 0.4), (_DONT_GET_WHY_YOU, 0.35), (_LEFT_EMPTY_HANDED, 0.35), (_STRAIGHT_FEEDBACK, 0.3),
                     (_SECOND_RATE_CLIENT, 0.45), (_REPLIES_LATE, 0.35), (_MEETINGS_SLIP, 0.3), (_NOT_WHAT_WE_SOUGHT, 0.4)]
SIGNALS["repeated_contact"] += [(_NO_CALLBACK, 0.45), (_NOT_A_SINGLE_REPLY, 0.4), (_MONTH_TO_MONTH, 0.3)]

SCENARIO_CUES["legal_threat"] += [_WHAT_YOU_DESERVE, _TAKE_IT_FURTHER]
SCENARIO_CUES["refund_demand"] += [_PAY_ONLY_WHEN, _PAY_WHEN_RIGHT, _BILLED_ALTHOUGH, _REMOVE_LINES]
SCENARIO_CUES["blame"] += [_NOT_TESTED_WHICH, _FAULT_WAS_YOURS, _EVERY_TIME_YOU, _BEFORE_YOU_PUSH, _ONLY_CHANGE_YOURS, *_COULD_YOU_EVER]
SCENARIO_CUES["unrealistic_demand"] += [_READY_ONLY_LATER, _TONIGHT_OVERNIGHT, _RANK_FIRST]
SCENARIO_CUES["scope_creep"] += [_NO_EXTRA_EXPECTED, _SAME_PROJECT, _NOW_THAT_READY, _WITHIN_BUDGET, _MUST_DO_WITHIN, _ESSENTIAL_PART]
SCENARIO_CUES["misunderstanding"] += [_TERMS_DONT_SAY, _WOULD_HAVE_BEEN_FAIR, _LEFT_EMPTY_HANDED]
SCENARIO_CUES["general_dissatisfaction"] += [_STRAIGHT_FEEDBACK, _SECOND_RATE_CLIENT, _REPLIES_LATE, _MEETINGS_SLIP, _NOT_WHAT_WE_SOUGHT]

# ---------------------------------------------------------------- round 2, breadth: ways of saying each scenario
# (written from the scenario contract, not from an email: exasperation idioms, "you should have", "your side forgot",
# liability, "where does this sum come from", "worth it" in colloquial forms, last reminders)
_HAD_ENOUGH = r"(?:tarpeekseni|tarpeeksemme|tarpeeksi tästä|tarpeeks tästä)(?=\W)"  # not "tarpeeks aikaa" (enough time)
_FED_UP_IDIOMS = [r"(?:menee|meni|mennyt) (?:\w+ )?yli (?:ymmärryksen|ymmärrykseni|hilseen|käsityskyvyn|kaiken)",
                  r"en (?:enää )?kestä (?:tätä|tällaista|enää|tota|tuota)"]
_HOW_HARD_CAN_IT_BE = [r"(?:mikä|mitä) (?:tässä|siinä|tässä nyt|tuossa) (?:on|oo) (?:niin |noin |muka )?(?:vaikeaa|vaikeeta|hankalaa|"
                       r"ihmeellistä|monimutkaista)", r"(?:ei|eihän) (?:tää|tämä|se|sen) (?:voi|pitäisi|pitäis) olla (?:näin|noin|niin) "
                       r"(?:vaikeaa|vaikeeta|hankalaa|monimutkaista)", r"kuinka (?:vaikeaa|vaikeeta|hankalaa) (?:se|tämä|tää) (?:nyt )?voi olla"]
_AWFUL = (r"(?:ihan|aivan|todella|täysin|tosi|kerrassaan) (?:kamala|kamalaa|hirveä|hirveää|hirvee|hirveetä|karmea|karmeaa|karmeeta|"
          r"kauhea|kauheaa|kauheeta|järkyttävä|järkyttävää|onneton|onnetonta|susi|kökkö|kököö|kuraa|kelvoton)(?=\W)")
_UPSET = r"(?:tuohtu|kiukuissa|kiukustu|vihoissa|raivostu|raivona|harmistu|mielipaha)\w*"
_YOU_DONT_DO_YOUR_JOB = (r"(?:ette|et) (?:ole |oo )?(?:\w+ )?(?:hoitaneet|hoida|hoitanut|hoitanu|tehneet|tee|tehny|tehnyt) "
                         r"(?:\w+ )?(?:hommaanne|työtänne|tehtäväänne|osuuttanne|hommaas|työtäs|duunianne|hommianne|osaanne)")
_DO_YOUR_JOB = r"(?:hoitakaa|tehkää|hoida|tee) (?:nyt |vihdoin |edes )?(?:hommanne|työnne|tehtävänne|osuutenne|hommas|työs|duuninne)"
_DIDNT_GET_PROMISED = (r"(?:emme|en) (?:saaneet|saanut|saanu|saa) (?:sitä,? )?(?:mitä|minkä|jota) (?:\w+ )?(?:luvattiin|luvattu|"
                       r"lupasitte|tilasimme|tilasin|maksoimme|maksoin|sovittiin)")
_YOU_FORGOT = (r"teiltä (?:on )?(?:\w+ )?(?:unohtunut|unohtui|unohtuneet|jäänyt|jäi|jääneet|puuttui|mennyt ohi|meni ohi|"
               r"jäänyt huomaamatta|jäi huomaamatta|mennyt ihan ohi)")
_YOU_SHOULD_HAVE = [r"(?:teidän|sinun|sun) (?:olisi|ois|olis) (?:pitänyt|kuulunut|täytynyt)", r"olisitte (?:voineet|voinut) "
                    r"(?:edes )?(?:kertoa|ilmoittaa|testata|tarkistaa|varmistaa|huomata|kysyä|mainita|varoittaa|soittaa)"]
_HOW_DIDNT_YOU = (r"(?:miten|kuinka|miksi) (?:te |sä )?(?:ette|et) (?:ole |oo )?(?:\w+ )?(?:huomanneet|huomannut|huomannu|tajunneet|"
                  r"nähneet|testanneet|tarkistaneet|ymmärtäneet|reagoineet)")
_DUE_TO_YOU = (r"(?:johtuu|johtui|johtuvat|johtuivat|on seurausta|oli seurausta|seurasi) (?:\w+ )?(?:teistä|teidän|sinusta|sinun|"
               r"sun|teiän)")
_YOU_ARE_LIABLE = (r"(?:te )?(?:vastaatte|vastaat) (?:\w+ )?(?:tästä|siitä|näistä|vahingoista|kuluista|seurauksista|menetyksistä)"
                   r"(?=\W)")
_YOU_WILL_COMPENSATE = (r"(?:te )?(?:korvaatte|korvaat|korvatkaa|korvaisitte) (?:\w+ )?(?:kulut|kuluja|vahingot|vahingon|"
                        r"menetykset|menetetyn|aiheutuneet|aiheutuneen|aiheuttamanne)")
_NOT_WORTH = (r"(?:ei|eivät) (?:oo|ole) (?:\w+ )?(?:sen|tuon|tän|tämän|hintansa|rahan|rahojen|rahojensa) (?:\w+ )?väärti")
_GET_PRICE_DOWN = (r"(?:saatteko|saisitteko|saatko|saisitko|voitteko|voisitteko|pystyttekö|pystyisittekö|voisitko|pystytkö) "
                   r"(?:\w+ )?(?:hintaa|hinnan|summaa|summan|sitä|tuntihintaa|tuntihinnan) (?:\w+ )?(?:alas|alemmas|alaspäin|"
                   r"pienemmäksi|pudotettua|laskettua|joustamaan|kohtuullisemmaksi)")
_GET_IT_ELSEWHERE = (r"(?:saa|saisi|saisin|saisimme|saatais|saadaan|saan|saamme) (?:\w+ )?(?:saman|samat|vastaavan|vastaavat|"
                     r"saman palvelun|saman työn|paremman) (?:\w+ )?(?:muualta|halvemmalla|edullisemmin|puoleen hintaan|"
                     r"puolella hinnalla)")
_COSTS_A_FORTUNE = r"(?:maksaa|maksoi|maksaisi|maksaa ihan) (?:\w+ )?(?:maltaita|omaisuuden|itsensä kipeäksi|älyttömästi)"
_READY_BY_WEEKEND = (r"(?:valmiiksi|valmiina|valmis|kuntoon|julki|livenä) (?:\w+ )?(?:viikonlopuksi|viikonlopun aikana|"
                     r"maanantaiaamuksi|aamuun mennessä|aamupäiväksi|iltapäiväksi|lounaaseen mennessä)")
_PROS_SHOULD_MANAGE = [r"(?:ammattilaisina|ammattilaisille|teille ammattilaisille|ammattilaisena|teidän kokoiselle) (?:\w+ ){0,2}"
                       r"(?:tämän|tää|tämä|se|sen) (?:\w+ )?(?:pitäisi|pitäis|luulisi|on|ois|olisi) (?:\w+ )?(?:helppo|nopea|"
                       r"pikkujuttu|läpihuutojuttu|rutiinia|rutiini|helppoa|nopeaa)", r"läpihuuto\w*"]
_EXPECT_READY_TOMORROW = (r"(?:odotan|odotamme|haluan|haluamme|edellytän|edellytämme),? (?:että )?(?:\w+ ){0,3}(?:on|ovat|olisi|"
                          r"olisivat|oo) (?:\w+ )?(?:valmiina|valmiit|valmis|kunnossa|julki|livenä) (?:\w+ )?" + _TOMORROW)
_SAME_EFFORT = r"samalla vaivalla"
_WE_ALREADY_PAY = (r"(?:mehän|me kuitenkin|mehän jo|maksammehan|mehän maksetaan|me jo maksetaan|maksamme jo) (?:maksetaan |maksamme )?"
                   r"(?:teille )?(?:jo )?(?:\w+ )?(?:kuukausimaksua|ylläpitomaksua|ylläpidosta|kuukausittain|joka kuukausi|"
                   r"kuukausiveloitusta|palvelumaksua)")
_FOR_FREE = (r"(?:tehdä|tekisitte|teette|hoidatte|laitatte|lisäätte|hoitaa|lisätä|laittaa|teettekö|lisäättekö|hoidattekö) "
             r"(?:\w+ ){0,3}(?:ilmaiseksi|kaupanpäällisiksi|kaupanpäällisenä|bonuksena|ekstrana|kylkiäisenä|pyyteettömästi)")
_NO_EXTRA_FEE_COLLOQUIAL = (r"(?:ei|eihän|eiks) (?:kai |nyt |kait )?(?:tästä |siitä |näistä |noista )?(?:mitään |yhtään )?"
                            r"(?:lisälaskua|lisähintaa|lisäkuluja|ekstraa|extraa|lisämaksua) (?:tuu|tule|oo|tulis)")
_LISTEN_TO_ME = r"kuunnelkaa (?:nyt |edes |vihdoin |mua |minua |meitä )?(?:mitä|kun|mua|minua|meitä|edes)"
_BEGINNER_ERROR = r"aloittelija(?:n (?:virhe|moka|työ|tasoa|tason|virheitä|mokia)|mai\w*)"
_MORE_EXPERIENCED = (r"(?:kokeneempi|pätevämpi|osaavampi|ammattitaitoisempi) (?:\w+ )?(?:toimisto|tekijä|toimittaja|koodari|kehittäjä|"
                     r"suunnittelija|kumppani|firma) (?:\w+ )?(?:olisi|ois|tietäisi|tekisi|osaisi|huomaisi|olis)")
_WHERE_DID_YOU_GET = (r"mistä (?:\w+ )?(?:olette|ootte|oot|olet) (?:\w+ )?(?:saaneet|saanut|saanu|keksineet|keksinyt|keksiny) "
                      r"(?:\w+ )?(?:käsityksen|ajatuksen|idean|tiedon|päähänne|päähäsi)")
_NOT_TRUE = r"(?:ei|eivät|tuo ei|tämä ei|se ei) pidä (?:lainkaan |ollenkaan |yhtään |alkuunkaan |mitenkään )?paikkaansa"
_WHO_SAID = r"kuka (?:on |teille |sulle |teillä )?(?:sanonut|sanonu|väittänyt|luvannut|kertonut|päättänyt),? (?:että|et)"
_WHAT_IS_THIS_BASED_ON = (r"mihin (?:tämä |tää |se |tuo |toi )?(?:summa|veloitus|lasku|maksu|hinta|laskutus|lisäveloitus|"
                          r"tuntimäärä) (?:oikein |ylipäätään )?(?:perustuu|pohjautuu)")
_FUSS = (r"(?:nostan|nostamme|pistän|pistämme|teen|teemme|saatte) (?:tästä |asiasta |teistä )?(?:ison |kunnon |aikamoisen |melkoisen )?"
         r"(?:metelin|meteliä|hälyn|haloon|kohun|äläkän|somekohun|myrskyn)")
_LEGAL_PAPERS = r"(?:haastehakemu|oikeusturvavakuutu|oikeusturva-vakuutu|oikeusapu)\w*"
_LAST_MESSAGE = (r"(?:tämä on |tää on )?(?:viimeinen|viimeisin) (?:viestini|muistutukseni|yhteydenottoni|yritykseni|"
                 r"viestimme|muistutuksemme|pyyntöni|pyyntömme)(?=\W)")
_IF_NOTHING_HEARD = (r"(?:jos|mikäli|ellei) (?:\w+ ){0,2}(?:ei|mitään ei|vastausta ei|teistä ei) (?:\w+ )?(?:kuulu|ala kuulua|"
                     r"tapahdu|ala tapahtua|ilmesty|kuulu mitään)")
_NOT_ONE_MORE = (r"(?:ei|emme hyväksy|en hyväksy|en suostu|emme suostu) (?:enää )?(?:yhtään|ainuttakaan) (?:uutta )?(?:päivää|"
                 r"viikkoa|viivästystä|viivettä|lykkäystä|tekosyytä|selitystä|siirtoa)")
_REMIND_AGAIN = (r"muistutan (?:teitä )?(?:nyt )?(?:taas|jälleen|vielä kerran|uudelleen|kolmatta kertaa|kolmannen kerran|"
                 r"toistamiseen|jo toistamiseen)")
_NO_WORD = [r"(?:vastausta|mitään|ketään|korjausta|tietoa|ilmoitusta|paluusoittoa) ei (?:\w+ )?(?:kuulu|kuulunut|kuulu vieläkään|"
            r"ole kuulunut|näy|ole näkynyt|oo kuulunu)", r"(?:ei|eikä) (?:oo|ole) (?:kuulunu|kuulunut|näkyny|näkynyt) "
            r"(?:\w+ )?(?:mitään|yhtään mitään|ketään)"]
_DAY_AFTER_DAY = r"(?:päivä|viikko|kuukausi|vuosi|palaveri|lupaus) toisensa jälkeen"

SIGNALS["anger"] += [
    (_HAD_ENOUGH, 0.5), *[(e, 0.45) for e in _FED_UP_IDIOMS + _HOW_HARD_CAN_IT_BE], (_AWFUL, 0.4), (_UPSET, 0.45),
    (_DIDNT_GET_PROMISED, 0.45), (r"farssi\w*", 0.45), (r"(?:ihan |täyttä |silkkaa |pelkkää )sirkus\w*", 0.4),
    (_WHERE_DID_YOU_GET, 0.4), (_NOT_TRUE, 0.35), (_WHO_SAID, 0.35), (_WHAT_IS_THIS_BASED_ON, 0.3),
]
SIGNALS["blame"] += [
    (_YOU_DONT_DO_YOUR_JOB, 0.5), (_YOU_FORGOT, 0.45), *[(e, 0.45) for e in _YOU_SHOULD_HAVE], (_HOW_DIDNT_YOU, 0.45), (_DUE_TO_YOU, 0.45),
    (_YOU_ARE_LIABLE, 0.45),
]
SIGNALS["demand"] += [(_DO_YOUR_JOB, 0.45), (_YOU_WILL_COMPENSATE, 0.5), (_EXPECT_READY_TOMORROW, 0.4)]
SIGNALS["threat"] += [(_FUSS, 0.45), (_LEGAL_PAPERS, 0.55)]
SIGNALS["ultimatum"] += [(_LAST_MESSAGE, 0.45), (_IF_NOTHING_HEARD, 0.35), (_NOT_ONE_MORE, 0.45)]
SIGNALS["haggling"] += [(_NOT_WORTH, 0.45), (_GET_PRICE_DOWN, 0.45), (_GET_IT_ELSEWHERE, 0.4), (_COSTS_A_FORTUNE, 0.35)]
SIGNALS["pressure"] += [(_READY_BY_WEEKEND, 0.35), *[(e, 0.4) for e in _PROS_SHOULD_MANAGE], (_SAME_EFFORT, 0.35), (_WE_ALREADY_PAY, 0.4),
                        (_FOR_FREE, 0.45), (_NO_EXTRA_FEE_COLLOQUIAL, 0.45)]
SIGNALS["doubt"] += [(_LISTEN_TO_ME, 0.45), (_BEGINNER_ERROR, 0.5), (_MORE_EXPERIENCED, 0.45)]
SIGNALS["repeated_contact"] += [(_REMIND_AGAIN, 0.4), (r"karhua\w*", 0.4), *[(e, 0.35) for e in _NO_WORD], (_DAY_AFTER_DAY, 0.35)]

SCENARIO_CUES["legal_threat"] += [_YOU_WILL_COMPENSATE, _FUSS, _LEGAL_PAPERS]
SCENARIO_CUES["blame"] += [_YOU_DONT_DO_YOUR_JOB, _YOU_FORGOT, *_YOU_SHOULD_HAVE, _HOW_DIDNT_YOU, _DUE_TO_YOU, _YOU_ARE_LIABLE]
SCENARIO_CUES["unrealistic_demand"] += [_READY_BY_WEEKEND, *_PROS_SHOULD_MANAGE, _EXPECT_READY_TOMORROW]
SCENARIO_CUES["scope_creep"] += [_SAME_EFFORT, _WE_ALREADY_PAY, _FOR_FREE, _NO_EXTRA_FEE_COLLOQUIAL,
                                 r"(?:tämänkin|senkin|nämäkin|nekin|tuonkin) (?:voisitte|voitte|voisi|voi|pystytte|voisitteko|voitteko) "
                                 r"(?:\w+ )?(?:tehdä|hoitaa|lisätä|laittaa|päivittää)"]
SCENARIO_CUES["misunderstanding"] += [_WHERE_DID_YOU_GET, _NOT_TRUE, _WHO_SAID, _WHAT_IS_THIS_BASED_ON, "väärinkäsity*",
                                      "väärinymmärry*"]
SCENARIO_CUES["general_dissatisfaction"] += [_DIDNT_GET_PROMISED, _AWFUL]

# ---------------------------------------------------------------- round 2, third batch of families
# demanded, not planned: "koko ilme tehdään uusiksi keväällä" is a calm plan
_REDO_WHAT = (r"(?:koko|kaikki) (?:\w+ ){0,2}(?:puretaan|tehdään|rakennetaan|uusitaan|asennetaan|laatoitetaan|maalataan|koodataan|"
              r"toteutetaan) (?:\w+ ){0,3}(?:uudestaan|uudelleen|uusiksi|alusta)")
_TEAR_DOWN_REDO = [r"(?:vaadimme|vaadin|edellytämme|edellytän|odotamme|odotan),? (?:että )?" + _REDO_WHAT,
                   r"(?:koko|kaikki) (?:\w+ ){0,2}(?:on |ovat )?(?:purettava|tehtävä|uusittava|rakennettava|toteutettava) (?:\w+ ){0,2}"
                   r"(?:uudestaan|uudelleen|uusiksi|alusta)"]
_NOT_BILLED_A_CENT = (r"(?:laskuteta|laskutetaan|veloiteta|veloitetaan|makseta) (?:\w+ ){0,2}(?:senttiäkään|penniäkään|euroakaan|"
                      r"mitään lisää|euron senttiäkään)")
_BEYOND_REPAIR = (r"(?:ei|eivät) (?:ole|oo) (?:enää |mitenkään |millään )?(?:korjattavissa|paikattavissa|pelastettavissa|"
                  r"paikkailtavissa|käyttökelpoinen|käyttökelpoisia)")
_REFUNDED = r"(?:\w+ ){0,3}(?:palautetaan|hyvitetään|maksetaan takaisin|palautatte|hyvitätte|korvataan)"
# demanded (vaadimme) is heat; asked (pyydämme) is often a polite refund under the terms, so weaker
_WE_ASK_IT_BE_REFUNDED = [r"(?:vaadimme|vaadin|odotamme|odotan|edellytämme|edellytän),? (?:että )?" + _REFUNDED,
                          r"(?:pyydämme|pyydän),? (?:että )?" + _REFUNDED]
_PAY_FOR_WHAT_WE_DIDNT_GET = (r"(?:maksaa|maksamaan|maksettava|maksamme|maksan|maksettiin) (?:\w+,? ){0,2}(?:jota|mitä|josta|mistä|jonka|"
                              r"minkä) (?:emme|en|ei) (?:ole )?(?:\w+ )?(?:saaneet|saanut|saatu|tilanneet|tilannut|käyttäneet|"
                              r"käyttänyt|saaneetkaan|saanu)")
_TAKEN_FROM_CARD = (r"(?:kortilta|kortiltani|tililtä|tililtäni|tililtämme|kortiltamme) (?:\w+ )?(?:lähti|veloitettiin|otettiin|"
                    r"vietiin|nostettiin|meni|on veloitettu|veloitetaan)")
_AND_STILL_CHARGED = r"(?:ja|mutta) silti (?:\w+ ){0,2}(?:veloitettiin|laskutettiin|lähti|perittiin|tuli lasku|veloitetaan|laskutetaan)"
_GIVE_THEM_BACK = r"palauttakaa (?:ne|se|rahat|rahani|rahamme|summa|maksu)(?:\s*(?:takaisin|heti|nyt|välittömästi))?(?=\s*[.!])"
_SOMEWHERE_ON_YOUR_END = (r"(?:jossain|jossakin) (?:\w+ )?(?:teidän|teiän|sun|sinun) (?:päässä|päässänne|puolella|"
                          r"puolellanne)")  # not "onko jokin teidän järjestelmässä muuttunut?"
_ON_YOUR_END_WENT = (r"teidän (?:päässä|päässänne|puolella|puolellanne) (?:on|oli) (?:\w+ )?(?:mennyt|menny|tapahtunut|tapahtunu|"
                     r"sattunut|tehty|jotain)")
_WE_APPROVED_OK = (r"(?:jonka|minkä|joka|jotka) (?:me )?(?:hyväksyimme|hyväksyin|tarkistimme|tarkistin|testasimme|testasin),? "
                   r"(?:oli|on|olivat|ovat) (?:\w+ )?(?:kunnossa|oikein|ok|virheetön|virheettömiä|moitteeton)")
_SECOND_TIME = r"(?:jo )?toinen kerta (?:tällä|tässä|tänä|saman|jo|kun|putkeen|lyhyen|parin|viikon|kuukauden)"
_WHO_MESSED = (r"kuka (?:siellä |teillä |teistä )?(?:on )?(?:oikein )?(?:säätänyt|säätäny|sorkkinut|sorkkiny|räpeltänyt|näpelöinyt|"
               r"räplännyt|koskenu|muuttanu|päivittäny|poistanu|sotkenu|rikkonu|säätäny|sörkkinyt|sörkkiny)")
_NOTHING_WORKED = r"mikään ei (?:\w+ ){0,2}(?:toiminu|toimi|pelannu|pelittäny|toiminut kunnolla)"
_BEFORE_YOU = r"ennen (?:teitä|teidän aikaanne|teidän tuloanne|teidän tuloa|kuin te tulitte)(?=\W)"
_WAS_YOUR_CONTRACT = (r"(?:kuului|kuuluu|kuuluivat|kuuluvat) (?:\w+ )?\w*(?:sopimuksenne|vastuullenne|tehtäviinne|"
                      r"vastuualueellenne|vastuualueeseenne|sopimukseenne)")  # not "mitä sisältyy palveluunne?"
_NOT_DONE_FOR_MONTHS = (r"(?:ei|eikä|ettei) (?:ole |ollut |oltu |oo )?(?:otettu|tehty|tarkistettu|testattu|päivitetty|hoidettu|"
                        r"varmuuskopioitu|huollettu) (?:\w+ )?(?:\w+ )?(?:kuukauteen|viikkoon|vuoteen|kuukausiin|viikkoihin|aikoihin)")
_WHY_AGREED_NOT_DONE = (r"miksi (?:\w+ ){0,3}(?:sovittuja|sovittua|luvattuja|luvattua|sovitut|luvatut|sovittu|luvattu) (?:\w+ )?"
                        r"(?:ei ole|ei ollut|ei ole vieläkään|eivät ole|ei oo) (?:tehty|toimitettu|hoidettu|tehneet|tullut|tehty ajallaan)")
_WHAT_OTHERS_PAY = (r"verrattuna siihen,? (?:mitä|kuinka paljon) (?:muut|toiset|kilpailijat|vastaavat) (?:\w+ ){0,2}(?:ovat "
                    r"maksaneet|maksavat|veloittavat|pyytävät|tarjoavat|ovat veloittaneet|ottavat)")
_GET_TO_HALF = (r"(?:päästä|päästäisiin|päästäiskö|pääsisimme|päästään|päästäisikö|pääsisikö) (?:\w+ )?(?:puoleen|puolikkaaseen|"
                r"puoleen hintaan|alle \d|kohtuullisempaan hintaan)")
_OR_WE_CONSIDER = (r"(?:muuten|tai muuten|tai) (?:me )?(?:joudumme|joudun|joudutaan|pitää|täytyy) (?:\w+ )?(?:miettimään|harkitsemaan|"
                   r"katsomaan|etsimään|selvittämään) (?:\w+ )?(?:muita|toisia|muuta|toista|muualta|muiden)")
_NOBODY_PAYS_THAT = (r"(?:ei|eikä) (?:\w+ )?(?:kukaan|ikinä kukaan|yksikään asiakas|kukaan järkevä) (?:\w+ )?(?:maksa|maksais|maksaisi) "
                     r"(?:\w+ )?(?:\d|noin|tuollaista|tollasta|sellaista|tuota|tota|niin paljon|noin paljon)")
_GIVE_A_SANE_PRICE = (r"(?:laita|laittakaa|anna|antakaa|tehkää|tee|heitä|heittäkää) (?:joku |jokin |nyt |edes )?(?:järkevä|järkevämpi|"
                      r"kohtuullinen|kohtuullisempi|parempi|realistinen|inhimillinen|järkevää|oikea) (?:hinta|tarjous|summa|hintaa|"
                      r"tarjousta)")
_YOU_SAID_IT_WOULD = (r"(?:sanoitte|väititte|lupasitte|vakuutitte|kerroitte|sanoit|väitit|lupasit|vakuutit),? (?:että|et) (?:\w+ ){0,4}"
                      r"(?:toimii|toimisi|tulee|tulisi|onnistuu|onnistuisi|nousee|nousisi|riittää|riittäisi|kasvaa|kasvaisi|tuo|"
                      r"toisi|on valmis|olisi valmis|tuplaantuu|moninkertaistuu)")
_FITS_THE_SUM = (r"(?:mahtuu|mahtuvat|menee|menevät|sisältyy|sisältyvät|kuuluu|kuuluvat) (?:\w+ ){0,2}(?:siihen |tähän |samaan |"
                 r"sovittuun |alkuperäiseen |nykyiseen |jo sovittuun |jo maksettuun )+(?:summaan|hintaan|budjettiin|pakettiin|"
                 r"tarjoukseen|kokonaishintaan|laskuun|kuukausimaksuun)")
_ONE_SMALL_THING = (r"(?:pieni|pikku|yks|yksi|yksi pieni|vielä yksi|vielä pari|pari pientä) (?:juttu|asia|lisäys|toive|pyyntö|"
                    r"juttua|asiaa) vielä")
_ALSO_CAN = r"samalla (?:voisi|voisitte|vois|voitte|voisitteko|voitteko|voisit|voit)"
_INCLUDED_Q = (r"(?:eiks|eikö|eikös|eihän) (?:\w+ )?(?:siihen|tähän|hintaan|ylläpitoon|pakettiin|kuukausimaksuun|sopimukseen) "
               r"(?:\w+ )?(?:kuulu|sisälly)")
_WONT_PAY_SEPARATELY = (r"(?:en|emme) (?:aio |suostu |halua |tule )?(?:maksaa|maksa|maksamaan) (?:\w+ ){0,2}(?:erikseen|"
                        r"erillistä|ylimääräistä|lisää)")
_YOU_LISTEN_TO_US = (r"(?:te )?(?:kuuntelette|kuuntelisitte|kuuntelisitte edes|kuunteletteko|kuuntelisitteko) (?:\w+ )?(?:meitä|"
                     r"minua|mua|asiakasta|asiakastanne|asiakkaitanne)")
_NOT_THE_OTHER_WAY = r"(?:eikä|ei) (?:toisin päin|toisinpäin|päinvastoin)(?=\s*[.!,])"
_STOP_RAISING_IT = (r"(?:ettei|älkää|ei|älä) (?:tätä |asiaa |tästä |sitä )?(?:asiaa )?(?:enää )?(?:nosteta|nostako|nosta|oteta|ottako|"
                    r"ehdoteta|ehdottako|puhuta|puhuko|tuoda|tuoko) (?:\w+ )?(?:esiin|puheeksi|esille)")  # not "ei oteta enää tilauksia"
_AS_WE_ASKED = (r"(?:toteuttakaa|tehkää|tee|toteuta|muuttakaa|korjatkaa|rakentakaa|hoitakaa) (?:\w+ ){0,3}(?:sen mukaan|siten|"
                r"sillä tavalla|sillä tavoin),? (?:mitä|miten|kuten|kuin) (?:\w+ ){0,2}(?:pyytäneet|pyytänyt|pyysimme|pyysin|"
                r"sanoneet|sanonut|määritelleet|määritellyt|ohjeistaneet|ohjeistanut|sanoin|sanoimme|sovimme)")
_WHAT_MEANS_THIS = r"mitä (?:oikein |ihmettä |siis )?(?:tarkoittaa|meinaa|tarkottaa) (?:tämä|tää|tuo|toi|se|nämä|tämä kohta|tämä rivi)"
_CONTRACT_SAYS_ONLY = (r"(?:sopimuksessa|tarjouksessa|sopimuksessamme|tarjouksessanne|sopimuksessanne|tilausvahvistuksessa) "
                       r"(?:\w+ )?(?:puhutaan|mainitaan|sanotaan|lukee|on) (?:vain|ainoastaan|pelkästään|selvästi|nimenomaan|"
                       r"yksiselitteisesti)")
_SNEAKING_IN = [r"(?:yritättekö|yritätte|yritätkö|yrität) (?:\w+ ){0,3}(?:huomaamatta|salaa|vaivihkaa|ohi|kysymättä|meiltä)",
                r"(?:salaa|vaivihkaa|huomaamatta|kysymättä|ilmoittamatta) (?:\w+ )?(?:lisätä|lisätty|lisäsitte|veloittaa|"
                r"veloitettu|laskuttaa|laskutettu|nostaa|nostettu|nostitte|lisätään)"]
_IS_THIS_A_MISTAKE = r"onko (?:tämä|tää|se) (?:nyt )?(?:joku|jokin|vain|vaan) (?:virhe|vitsi|erehdys|huijaus|moka)"
_NOT_ANY_BETTER = (r"(?:eikä|ei) (?:vieläkään |yhtään |edes |juurikaan |ollenkaan |taaskaan )+(?:yhtään |lainkaan |ollenkaan )?"
                   r"(?:parempi|parempaa|parempia|lähempänä|edistystä|parannusta)")
_WHAT_TO_DO_WITH_YOU = (r"en (?:oikein |enää |edes )?(?:tiedä|tiiä),? mitä (?:tässä|tästä|teidän kanssa|teidän kanssanne|teille) "
                        r"(?:enää )?(?:tehdään|tehdä|pitäisi tehdä|ajatella|sanoa)")
_NTH_DRAFT = (r"(?:jo )?(?:kolmas|neljäs|viides|kuudes|seitsemäs|kolmas peräkkäinen) (?:luonnos|versio|yritys|kierros|"
              r"korjauskierros|ehdotus|toimitus)")

SIGNALS["demand"] += [*[(e, 0.45) for e in _TEAR_DOWN_REDO], (_NOT_BILLED_A_CENT, 0.5), (_WE_ASK_IT_BE_REFUNDED[0], 0.45), (_WE_ASK_IT_BE_REFUNDED[1], 0.3),
                      (_PAY_FOR_WHAT_WE_DIDNT_GET, 0.5), (_TAKEN_FROM_CARD, 0.3), (_GIVE_THEM_BACK, 0.45),
                      (_WONT_PAY_SEPARATELY, 0.45)]
SIGNALS["anger"] += [(_BEYOND_REPAIR, 0.4), (_AND_STILL_CHARGED, 0.4), (_NOTHING_WORKED, 0.4), *[(e, 0.45) for e in _SNEAKING_IN], (_IS_THIS_A_MISTAKE, 0.35), (_NOT_ANY_BETTER, 0.4),
                     (_WHAT_TO_DO_WITH_YOU, 0.4), (_CONTRACT_SAYS_ONLY, 0.3)]
SIGNALS["blame"] += [(_SOMEWHERE_ON_YOUR_END, 0.45), (_ON_YOUR_END_WENT, 0.45), (_WE_APPROVED_OK, 0.4), (_WHO_MESSED, 0.45),
                     (_BEFORE_YOU, 0.3), (_WAS_YOUR_CONTRACT, 0.45), (_NOT_DONE_FOR_MONTHS, 0.45), (_WHY_AGREED_NOT_DONE, 0.45),
                     (_YOU_SAID_IT_WOULD, 0.35)]
SIGNALS["repeated_contact"] += [(_SECOND_TIME, 0.4), (_NTH_DRAFT, 0.35)]
SIGNALS["haggling"] += [(_WHAT_OTHERS_PAY, 0.45), (_GET_TO_HALF, 0.4), (_NOBODY_PAYS_THAT, 0.45), (_GIVE_A_SANE_PRICE, 0.45)]
SIGNALS["ultimatum"] += [(_OR_WE_CONSIDER, 0.45)]
SIGNALS["pressure"] += [(_FITS_THE_SUM, 0.45), (_INCLUDED_Q, 0.35), (_ALSO_CAN, 0.2)]
SIGNALS["doubt"] += [(_YOU_LISTEN_TO_US, 0.45), (_NOT_THE_OTHER_WAY, 0.35), (_STOP_RAISING_IT, 0.45), (_AS_WE_ASKED, 0.45)]

SCENARIO_CUES["legal_threat"] += [*_TEAR_DOWN_REDO]
SCENARIO_CUES["refund_demand"] += [_NOT_BILLED_A_CENT, *_WE_ASK_IT_BE_REFUNDED, _PAY_FOR_WHAT_WE_DIDNT_GET, _TAKEN_FROM_CARD,
                                   _AND_STILL_CHARGED, _GIVE_THEM_BACK]
SCENARIO_CUES["blame"] += [_SOMEWHERE_ON_YOUR_END, _ON_YOUR_END_WENT, _WE_APPROVED_OK, _WHO_MESSED, _BEFORE_YOU, _WAS_YOUR_CONTRACT,
                           _NOT_DONE_FOR_MONTHS, _WHY_AGREED_NOT_DONE, _YOU_SAID_IT_WOULD]
SCENARIO_CUES["scope_creep"] += [_FITS_THE_SUM, _ONE_SMALL_THING, _ALSO_CAN, _INCLUDED_Q, _WONT_PAY_SEPARATELY]
SCENARIO_CUES["misunderstanding"] += [_WHAT_MEANS_THIS, _CONTRACT_SAYS_ONLY, *_SNEAKING_IN, _IS_THIS_A_MISTAKE]
SCENARIO_CUES["general_dissatisfaction"] += [_NOT_ANY_BETTER, _WHAT_TO_DO_WITH_YOU]

# ---------------------------------------------------------------- round 2, fourth batch of families
_KEPT_QUIET = (r"(?:tähän asti|tähän saakka|toistaiseksi|vielä) (?:olen|olemme|oon|ollaan) (?:\w+ )?(?:ollut|olleet|ollu|pysynyt|"
               r"pysyneet) (?:\w+ )?(?:hiljaa|hiljaisia|vaiti|hiljaisena)")
_NOT_AS_ADVERTISED = (r"(?:ihan|täysin|aivan|jotain ihan|jotain aivan|kokonaan) (?:eri|muuta) (?:kuin |ku |mitä |mikä )?"
                      r"(?:mainostitte|mainostettiin|luvattiin|lupasitte|markkinoitte|markkinoitiin|sanoitte|sovittiin|tilasin|"
                      r"tilasimme|myitte|esititte|näytitte)")
_FREE_ELSEWHERE = r"(?:löytyy|saa|löytää|saisi) (?:\w+ ){0,2}(?:ilmaiseksi|ilmaseks|ilmatteeks|maksutta) (?:\w+ )?(?:netistä|youtubesta|googlesta|muualta)"
_APPARENTLY_NOT_DONE = (r"(?:ilmeisesti|näköjään|selvästikään|tietenkään|eipä) (?:sitä |tätä |mitään |niitä |sitäkään )?(?:ei|ette|ei ole|"
                        r"ette ole|eivät|ollut) ?(?:\w+ )?(?:tehty|tehneet|tehnyt|hoidettu|korjattu|otettu käyttöön|tehty koskaan)")
_BACK_THEN_YOU_PROMISED = (r"(?:silloin|viimeksi|tuolloin|jo keväällä|jo syksyllä|aiemmin|edellisellä kerralla) (?:te )?(?:lupasitte|"
                           r"lupasit|sanoitte|vakuutitte|kerroitte|vannoitte)")
_SAME_ERROR_AGAIN = (r"(?:vastaava|sama|samanlainen|täsmälleen sama) (?:virhe|vika|ongelma|moka|katkos|bugi) (?:\w+ )?(?:tapahtui|sattui|"
                     r"oli|ilmeni|tuli) (?:\w+ )?(?:jo|myös|viimeksi)")
_FAILURE_WORDS = (r"(?:alhaalla|rikki|myöhässä|pielessä|väärin|kaatui|kaatunut|kadonnut|kadonneet|poissa|jumissa|nurin|vanhentunu|"
                  r"vanhentunut|virheitä|virheellinen|hukassa|puuttuu|puuttuivat)")
# ...unless the failure is over: "sivu oli alhaalla, mutta nyt toimii taas. Hienoa työtä!" is thanks for a fix
_NOT_FIXED = r"(?:(?!\bnyt\b|korja|toimii|toimi taas|kiito|ratke|saitte|onneksi|pelasti)[^.!?\n])"
_SARCASTIC_PRAISE = (_FAILURE_WORDS + r"\b" + _NOT_FIXED + r"{0,80}[.!?]+\s+(?:" + _NOT_FIXED + r"{0,80}[.!?]+\s+)?(?:\w+ )?(?:hieno|hienoa|loistava|loistavaa|mahtava|mahtavaa|upea|upeaa|"
                     r"kiva|kivaa|mainio|mainiota|erinomaista|täydellistä|nappiin|bravo|onnittelut)(?: homma| työ| työtä| suoritus| "
                     r"juttu| palvelu| meininki)?(?=\s*[.!])")
_THANKS_AGAIN = r"(?:no )?kiitos vaan (?:taas|jälleen|kovasti taas|tästäkin|tästä taas)"
_PRICES_ROSE = (r"(?:hinta|hinnat|hinnasto|hintanne|hinnastonne|tuntihinta|tuntihinnat|kuukausimaksu|kuukausimaksut|maksut|lisenssi)\w* "
                r"(?:on |ovat )?(?:noussut|nousseet|nousi|nousivat|nostettu) (?:\w+ ){0,3}(?:\d+ ?%|\d+ prosenttia|reilusti|rajusti|"
                r"kohtuuttomasti|huimasti|taas|jälleen|moninkertaiseksi|tuplaten)")
_BACK_TO_OLD_PRICES = (r"(?:palatkaa|palaatte|palaisitte|palautatte|palauttakaa) (?:\w+ )?(?:vanhoihin|entisiin|viime vuoden|aiempiin|"
                       r"alkuperäisiin|sovittuihin) (?:hintoihin|hintaan|hinnoitteluun|hinnastoon)")
_MUST_GET_READY_BY = (r"(?:pitää|täytyy|on pakko|on saatava|pitäisi) saada (?:\w+ ){0,2}(?:valmiiksi|kuntoon|julki|tuotantoon) "
                      r"(?:\w+ )?(?:tällä viikolla|huomenna|tänään|perjantaina|viikonloppuna|ylihuomenna|huomiseksi|tämän viikon aikana)")
_ALL_RESOURCES = (r"(?:laittakaa|pankaa|siirtäkää|ohjatkaa|laitatte|laittaisitte) (?:\w+ )?(?:kaikki|koko) (?:resurssit|resurssinne|"
                  r"tiimi|tiiminne|väki|väkenne|porukka|porukkanne|voimat|voimavarat|paukut|tekijät|tekijänne)")
_WHO_DOES_IT_WITHOUT = r"kuka (?:nykyään|enää|tänä päivänä|ihan oikeasti) (?:\w+ ){0,3}ilman"
_EXPECT_YOU_ADD = (r"(?:odotan|odotamme|oletan|oletamme|edellytän|edellytämme),? että (?:te )?(?:lisäätte|sisällytätte|teette|hoidatte|"
                   r"liitätte|toimitatte) (?:ne|nämä|sen|tämän|nekin|senkin) (?:\w+ )?(?:pakettiin|hintaan|tarjoukseen|sopimukseen|"
                   r"veloituksetta|ilmaiseksi|samaan hintaan|mukaan)")
_COULD_YOU_ALSO = r"(?:voisko|voisiko|voisitteko|voitteko|voiks|vois|voisitko) (?:\w+ )?samalla"
_NO_BIG_DEAL = (r"(?:ei|eihän|eikä) (?:se |tää |tämä |ne |nää )?(?:varmaan|kai|varmasti|nyt|oo|ole) (?:mikään |kovin |niin |ihan )?"
                r"(?:iso|suuri|vaikea|työläs|ihmeellinen) (?:homma|juttu|työ|asia|vaiva|urakka)")
_SINCE_YOU_HAVE = r"kun (?:teillä|sulla|sinulla) on (?:jo|valmiiksi|kuitenkin) (?:\w+ )?(?:kaikki|ne|valmiina|valmiit|pohjat|kuvat)"
_WE_READ_IT_AS = (r"(?:katsomme|katson|tulkitsemme|tulkitsen|oletamme|oletan) (?:sen|tämän|sopimuksen|tarjouksen|hinnan|sen siis) "
                  r"(?:\w+ )?(?:kattavan|sisältävän|pitävän sisällään|koskevan|tarkoittavan) (?:myös|kaiken|kaikki)")
_WE_INTERPRET = r"(?:tulkitsemme|tulkitsen|katsomme|katson) (?:tämän|sen|sopimuksen|tarjouksen|kohdan) (?:niin|siten),? että"
_WONT_ORDER_SEPARATELY = r"(?:emme|en) (?:aio )?(?:tilaa|maksa|osta|hyväksy) (?:näitä|niitä|tätä|sitä|mitään|noita) (?:\w+ )?erikseen"
_I_PAY_I_DECIDE = [r"(?:minä|mä|me) (?:maksan|maksamme|maksetaan),? (?:joten |ja )?(?:minä|mä|me) (?:päätän|päätämme|päätetään)",
                   r"(?:minä|mä|me) (?:olen|oon|olemme|ollaan) (?:se|ne),? (?:joka|jotka|ken) (?:maksaa|maksavat|päättää|päättävät)"]
_ASKED_N_TIMES_ADV = (r"(?:olen|olemme|oon|ollaan) (?:nyt |jo )?(?:kahdesti|kolmesti|monesti|useasti|moneen kertaan|monta kertaa|"
                      r"useaan otteeseen|kaksi kertaa|kolme kertaa|kaks kertaa) (?:\w+ )?(?:pyytänyt|pyytäneet|sanonut|sanoneet|"
                      r"kertonut|kertoneet|muistuttanut|kysynyt|kysyneet|pyytäny|sanonu|kysyny)")
_JUSTIFY_WITH_QUOTES = (r'(?:perustelette|perustelitte|selitätte|selititte|vetoatte|vetositte|perustelet|perustelit) (?:sitä |tätä |sen |'
                        r'kaiken |aina )?(?:\w+ )?["\u201c\u201d\u00ab\u00bb]\w+')
_ON_WHAT_GROUNDS = (r"millä perusteella (?:te )?(?:suosittelette|ehdotatte|väitätte|arvioitte|päädyitte|suosittelit|ehdotit|väität|"
                    r"olette päätyneet|teitte)")
_OTHER_CONSULTANT_DISAGREES = (r"(?:toisen|toinen|ulkopuolisen|ulkopuolinen|eräs|eräs toinen) (?:konsultin|konsultti|asiantuntijan|"
                               r"asiantuntija|toimiston|toimisto|kehittäjän|kehittäjä) (?:\w+ ){0,6}(?:päinvastainen|eri mieltä|"
                               r"toista mieltä|täysin eri|aivan eri|päinvastaista)")
_HOW_CAN_I_KNOW = (r"mistä (?:voin|voimme|voisin|voisimme|mä voin) tietää,? (?:kumpi|kuka|onko) (?:\w+ ){0,3}(?:on |olette )?"
                   r"(?:oikeassa|totta|pitää paikkansa|osaa|tietää)")  # not "mistä voin tietää, kumpi paketti sopii"
_ALTHOUGH_I_UNDERSTOOD = (r"vaikka (?:olen|olemme|oon) (?:\w+ )?(?:ymmärtänyt|ymmärtäneet|käsittänyt|käsittäneet|luullut|luulleet|"
                          r"olettanut|olettaneet|saanut sen käsityksen|saaneet sen käsityksen|ymmärtäny)")
_YOUR_SALES_SAID = (r"(?:myyjänne|myyjäsi|edustajanne|asiakaspalvelijanne|asiakaspalvelunne|työntekijänne|konsulttinne|projektipäällikkönne) "
                    r"(?:\w+ ){0,3}(?:sanoi|lupasi|kertoi|vakuutti|väitti|sanoivat|lupasivat|kertoivat)")
_HOW_CAN_YOU_CLAIM = (r"(?:miten|kuinka) (?:te |sä |sinä )?(?:voitte|voit|kehtaatte|kehtaat|uskallatte) (?:\w+ )?(?:väittää|sanoa|"
                      r"kirjoittaa|laskuttaa|pyytää|olla sitä mieltä|kutsua)")
_CERTAINLY_NOT = r"(?:ei|eikä) (?:todellakaan|todellakin|varmasti|missään nimessä|hitossa) (?:ole|oo|ollut|ollu|ole valmis|oo valmis)(?=\s*[.!])"
_HALF_MISSING = (r"(?:puolet|osa|suurin osa|kaikki|monet) (?:\w+ )?(?:sivuista|kuvista|tuotteista|tiedoista|teksteistä|ominaisuuksista|"
                 r"sivuistamme|tuotteistamme) (?:\w+ )?(?:puuttuu|puuttuvat|on poissa|ovat poissa|kateissa|hukassa)")
_SAY_IT_STRAIGHT = (r"(?:sanon|sanomme) (?:sen |asian |tämän )?(?:nyt )?(?:suoraan|kaunistelematta|niin kuin se on|suoraan sanottuna)"
                    r"(?=\W)")
_HOW_TO_SAY_NICELY = r"(?:miten|kuinka) (?:tämän|tän|sen) (?:nyt )?(?:sanoisi|sanoisin|sanoisimme) (?:kauniisti|kohteliaasti|nätisti|diplomaattisesti)"
_QUALITY_PATCHY = (r"(?:laatu|viestintä|yhteydenpito|tiedottaminen|palvelu|työnjälki|raportointi|toimitus|tuki) (?:\w+ )?(?:on|oli) "
                   r"(?:ollut )?(?:\w+ )?(?:vaihtelevaa|satunnaista|epäsäännöllistä|hajanaista|sekavaa|epätasaista|ailahtelevaa|kirjavaa)")
_SOMETHING_MUST_CHANGE = (r"(?:jotain|jonkin|asioiden|tämän|tilanteen|meiningin|toiminnan) (?:on|täytyy|pitää) (?:nyt |nopeasti |heti )?"
                          r"(?:muututtava|muuttua|korjaantua|parantua|parannuttava)")

_PEOPLE_ASK_ME = (r"(?:kysynyt|kysyneet|kyselleet|kysellyt|kysyi|kysyivät|kyselee|kyselevät) (?:\w+ )?(?:minulta|meiltä|multa) (?:\w+ )?"
                  r"(?:kokemuksia|kokemuksistani|kokemuksistamme|mielipidettä|suositusta|suosituksia) (?:teistä|teidän)")
SIGNALS["threat"] += [(_KEPT_QUIET, 0.45), (_PEOPLE_ASK_ME, 0.3)]
SIGNALS["sarcasm"] += [(_SARCASTIC_PRAISE, 0.5), (_THANKS_AGAIN, 0.5)]
SIGNALS["anger"] += [(_NOT_AS_ADVERTISED, 0.45), (_FREE_ELSEWHERE, 0.35), (_WHO_DOES_IT_WITHOUT, 0.4), (_ALTHOUGH_I_UNDERSTOOD, 0.35),
                     (_YOUR_SALES_SAID, 0.3), (_HOW_CAN_YOU_CLAIM, 0.45), (_CERTAINLY_NOT, 0.4), (_HALF_MISSING, 0.35),
                     (_SAY_IT_STRAIGHT, 0.3), (_HOW_TO_SAY_NICELY, 0.35), (_QUALITY_PATCHY, 0.4)]
SIGNALS["blame"] += [(_APPARENTLY_NOT_DONE, 0.45), (_BACK_THEN_YOU_PROMISED, 0.4)]
SIGNALS["repeated_contact"] += [(_SAME_ERROR_AGAIN, 0.4), (_ASKED_N_TIMES_ADV, 0.45)]
SIGNALS["haggling"] += [(_PRICES_ROSE, 0.4), (_BACK_TO_OLD_PRICES, 0.45)]
SIGNALS["pressure"] += [(_MUST_GET_READY_BY, 0.4), (_ALL_RESOURCES, 0.45), (_EXPECT_YOU_ADD, 0.45), (_COULD_YOU_ALSO, 0.2),
                        (_NO_BIG_DEAL, 0.4), (_SINCE_YOU_HAVE, 0.3), (_WE_READ_IT_AS, 0.45), (_WE_INTERPRET, 0.35),
                        (_WONT_ORDER_SEPARATELY, 0.45)]
SIGNALS["doubt"] += [*[(e, 0.5) for e in _I_PAY_I_DECIDE], (_JUSTIFY_WITH_QUOTES, 0.45), (_ON_WHAT_GROUNDS, 0.35),
                     (_OTHER_CONSULTANT_DISAGREES, 0.4), (_HOW_CAN_I_KNOW, 0.4)]
SIGNALS["ultimatum"] += [(_SOMETHING_MUST_CHANGE, 0.4)]

SCENARIO_CUES["legal_threat"] += [_KEPT_QUIET]
SCENARIO_CUES["blame"] += [_APPARENTLY_NOT_DONE, _BACK_THEN_YOU_PROMISED]
SCENARIO_CUES["unrealistic_demand"] += [_MUST_GET_READY_BY, _ALL_RESOURCES, _EXPECT_YOU_ADD]
SCENARIO_CUES["scope_creep"] += [_COULD_YOU_ALSO, _NO_BIG_DEAL, _SINCE_YOU_HAVE, _WE_READ_IT_AS, _WE_INTERPRET, _WONT_ORDER_SEPARATELY]
SCENARIO_CUES["misunderstanding"] += [_ALTHOUGH_I_UNDERSTOOD, _YOUR_SALES_SAID, _HOW_CAN_YOU_CLAIM, _CERTAINLY_NOT]
SCENARIO_CUES["general_dissatisfaction"] += [_NOT_AS_ADVERTISED, _QUALITY_PATCHY, _SARCASTIC_PRAISE, _THANKS_AGAIN]

# ---------------------------------------------------------------- round 2, breadth: common complaint idioms
_IMPOSSIBLE_TO_WORK = (r"(?:on|oli|ois|olisi) (?:ihan |aivan |täysin |yksinkertaisesti |suorastaan )?mahdotonta (?:toimia|tehdä yhteistyötä|"
                       r"asioida|saada|luottaa|työskennellä|tehdä töitä)")
_BETRAYED_TRUST = r"(?:pettäneet|pettänyt|petitte|petit|rikkoneet|rikoitte|menetitte|menettäneet|horjuttaneet) (?:\w+ )?luottamu\w*"
_BROKEN_PROMISES = (r"(?:ette|et) (?:ole |oo )?(?:pitäneet|pitänyt|pidä|pitäny|pitäneet kiinni) (?:\w+ )?(?:lupauksianne|lupaustanne|sanaanne|"
                    r"lupauksia|lupaustasi|sanaasi|lupauksistanne|sanastanne|lupauksista)")
_CONSIDERING_OTHERS = (r"(?:harkitsemme|mietimme|selvitämme|kartoitamme|tutkimme|harkitsen|mietin|selvitän) (?:vakavasti|jo nyt|nyt jo|jo|"
                       r"nyt) (?:muita|toisia|muiden|toisten) (?:vaihtoehtoja|toimittajia|kumppaneita|palveluntarjoajia|tekijöitä|"
                       r"toimistoja)")  # not "harkitsemme vielä muita vaihtoehtoja" (a prospect comparing)
_NTH_WEEK = (r"(?:jo )?(?:toinen|kolmas|neljäs|viides|kuudes) (?:viikko|kuukausi|päivä|vuosi|peräkkäinen viikko) (?:ilman|peräkkäin|"
             r"putkeen|kun|jolloin)")
# no value for money (not "saimme hyvää vastinetta rahoillemme")
_NO_VALUE = [r"(?:mitään|yhtään|minkäänlaista|lainkaan|ollenkaan) vastinetta",
             r"(?:ei|emme|en|eikä) (?:\w+ ){0,2}(?:juuri |riittävästi |tarpeeksi )?vastinetta"]
_CANT_ACT_LIKE_THIS = r"(?:ei näin voi|näin ei voi|näin ei saa|ei näin saa|näin ei voida|ei näin voida) (?:toimia|jatkaa|tehdä|kohdella|hoitaa)"
_LAST_ORDER = (r"(?:viimeinen|viimeiseksi) (?:tilaukseni|tilauksemme|ostokseni|ostoksemme|projektimme|projektini|kauppamme|kertamme|"
               r"kertani) (?:teiltä|kanssanne|teidän kanssanne|teillä)")
_WILL_YOU_DO_SOMETHING = (r"aiotteko (?:\w+ )?(?:tehdä|reagoida|korjata|hoitaa|tehdä asialle) (?:\w+ )?(?:jotain|mitään|asialle|tälle|"
                          r"tilanteelle)")
_MUST_BE_SOLVED = (r"(?:tähän|asiaan|tilanteeseen|tälle) on (?:nyt |heti )?(?:saatava|löydyttävä|tultava) (?:\w+ )?(?:ratkaisu|korjaus|"
                   r"muutos|selvyys|parannus|loppu)")
_YOU_MUST_COMPENSATE = (r"(?:teidän|sinun|sun) (?:pitää|täytyy|tulee|on|pitäisi) (?:\w+ )?(?:korvata|hyvittää|maksaa takaisin|palauttaa "
                        r"rahat|palauttaa maksu)")
_OUT_OF_HAND = (r"(?:mennyt|on|karannut|karkasi|lähti|lähtenyt|menee|meni) (?:täysin |ihan |aivan |kokonaan |nyt )?(?:käsistä|"
                r"lapasesta|käsistänne)(?=\W)")  # not "homma on pois käsistä" (off our hands, done)
_NOTHING_DONE = (r"(?:mitään|yhtään mitään) ei ole (?:\w+ )?(?:tehty|korjattu|hoidettu|toimitettu|edistynyt|saatu aikaan|saatu|"
                 r"tapahtunut)")
_WAITED_ENOUGH = (r"(?:olen|olemme|oon|ollaan) (?:nyt |jo )?(?:odottanut|odottaneet|odottanu|odotellut|odotellu) (?:jo )?(?:tarpeeksi|"
                  r"riittävästi|liian kauan|aivan liian kauan|ihan tarpeeksi|kyllin kauan)")
# what you promised was left undone; a bare "jäi tekemättä" is also how we own a mistake (templates/fi/own_the_mistake)
_LEFT_UNDONE = (r"(?:lupasitte|lupaukset|lupauksenne|lupauksistanne|luvattu|luvatut|luvattiin|lupaamanne|lupasit)\b[^.!?]{0,30}\b"
                r"(?:jäi|jäivät|jääneet|jäänyt|jää|jäävät) (?:\w+ )?(?:toteutumatta|tekemättä|toimittamatta|hoitamatta|"
                r"pitämättä|täyttämättä)")
_STILL_NOT_DONE = (r"(?:ei|eivät|ette|et) (?:ole|oo) (?:vieläkään|edelleenkään|yhä|vielä tänäkään päivänä) (?:\w+ )?(?:korjattu|hoidettu|"
                   r"toimitettu|tehty|palautettu|vastattu|korjannu|toimittaneet|korjanneet|vastanneet|hoitaneet|palauttaneet)")
_SUFFER_YOUR_ERRORS = (r"(?:joutuneet|joutunut|joudumme|joudun|joudutaan) (?:\w+ )?kärsimään (?:\w+ )?(?:teidän|virheistänne|virheistäsi|"
                       r"mokistanne|laiminlyönneistänne|huolimattomuudestanne)")
_WHO_ANSWERS_FOR = (r"kuka (?:\w+ )?vastaa (?:\w+ )?(?:sotkusta|mokasta|vahingo\w*|kuluista|virheestä|seurauksista|menetyksistä|"
                    r"tästäkin)")
_WHY_ASK_TWICE = (r"(?:miksi|miks) (?:aina |taas |jatkuvasti |joka kerta |teille )?(?:pitää|täytyy|joutuu|joudun|joudumme) (?:\w+ )?"
                  r"(?:kysyä|pyytää|muistuttaa|soittaa|kirjoittaa|sanoa|selittää|vääntää) (?:\w+ )?(?:kahteen|kolmeen|moneen|"
                  r"monta|kahdesti|kolmesti|uudelleen|aina|erikseen|rautalangasta)")
_NOT_HAPPY_COLLOQUIAL = (r"(?:me ei|mä en|ei me|en mä) (?:kyllä |kyl )?(?:olla|oo|ole) (?:\w+ )?(?:tyytyväisiä|tyytyväinen|tyytyväisii|"
                         r"tyytyväisiä ollenkaan)")
_BAD_SERVICE = (r"(?:hirveää|hirveetä|kamalaa|surkeaa|surkeeta|karmeaa|karmeeta|kauheaa|kauheeta|ala-arvoista|kehnoa|huonoa|kelvotonta|"
                r"onnetonta|järkyttävää) (?:palvelua|työtä|laatua|jälkeä|asiakaspalvelua|viestintää|toimintaa|meininkiä|"
                r"työnjälkeä|tukea)")
_TREATED_BADLY = (r"(?:meitä|minua|asiakasta|asiakkaita|mua) on (?:\w+ )?(?:kohdeltu|kohdellaan|kohdeltiin|palveltu) (?:\w+ )?"
                  r"(?:huonosti|kaltoin|epäasiallisesti|ylimielisesti|töykeästi|alentuvasti|kuin)")
_HOW_COMPENSATED = (r"(?:miten|kuinka) (?:tämä|tää|tämä vahinko|nämä kulut|menetykset|menetetty myynti|aiheutuneet kulut) (?:\w+ )?"
                    r"(?:korvataan|hyvitetään|maksetaan)")
_PAID_NOTHING_GOT = (r"(?:rahat|maksu|ennakko|summa|kaikki) (?:on|ovat) (?:nyt |jo )?(?:maksettu|mennyt|siirretty|maksettu jo)[^.!?]{0,40}"
                     r"\b(?:mitään ei|ei mitään|eikä mitään) (?:ole )?(?:saatu|tullut|kuulu|näy|toimitettu|saatu vastineeksi)")
_SHEER_MADNESS = (r"(?:sulaa|silkkaa|puhdasta|täyttä|pelkkää) (?:hulluutta|hölmöyttä|järjettömyyttä|typeryyttä|amatöörimäisyyttä|"
                  r"välinpitämättömyyttä|piittaamattomuutta|huijausta)")
_YOU_BETTER = r"saatte luvan (?:hoitaa|korjata|tehdä|palauttaa|maksaa|selvittää|hyvittää|korvata)"
_DID_THE_OPPOSITE = (r"(?:teitte|teit|toimititte|toteutitte|rakensitte|tehtiin|olette tehneet) (?:\w+ )?(?:täsmälleen |täysin |juuri |"
                     r"aivan )?(?:päinvastoin|päinvastaisen|päinvastaista|toisin|ihan muuta|aivan muuta|jotain ihan muuta) (?:kuin|mitä) "
                     r"(?:\w+ )?(?:pyysin|pyysimme|sovittiin|sovimme|sanoin|sanoimme|tilasin|tilasimme|ohjeistin)")
_REALLY_NOT_AGREED = (r"(?:ei|eivät) (?:todellakaan|kyllä|missään nimessä|lainkaan|alkuunkaan) (?:ole|oo|vastaa) (?:sitä|lähellekään sitä)?,? ?"
                      r"(?:mitä|mistä) (?:\w+ )?(?:sovittiin|luvattiin|lupasitte|tilasimme|tilasin|pyysimme|pyysin|sovimme)")
_TOO_FAR = r"(?:menee|meni|mennyt) (?:nyt |jo |kyllä )?(?:liian pitkälle|yli rajan|yli kaikkien rajojen|överiksi|yli äyräiden)"

SIGNALS["anger"] += [(_IMPOSSIBLE_TO_WORK, 0.45), *[(e, 0.45) for e in _NO_VALUE], (_CANT_ACT_LIKE_THIS, 0.45), (_OUT_OF_HAND, 0.4),
                     (_NOTHING_DONE, 0.4), (_WAITED_ENOUGH, 0.45), (_LEFT_UNDONE, 0.35), (r"viimeinen niitti", 0.5),
                     (_NOT_HAPPY_COLLOQUIAL, 0.4), (_BAD_SERVICE, 0.45), (_TREATED_BADLY, 0.45), (_PAID_NOTHING_GOT, 0.45),
                     (_SHEER_MADNESS, 0.5), (_REALLY_NOT_AGREED, 0.45), (_TOO_FAR, 0.45)]
SIGNALS["blame"] += [(_BETRAYED_TRUST, 0.5), (_BROKEN_PROMISES, 0.5), (_SUFFER_YOUR_ERRORS, 0.5), (_WHO_ANSWERS_FOR, 0.45),
                     (_DID_THE_OPPOSITE, 0.5)]
SIGNALS["threat"] += [(_CONSIDERING_OTHERS, 0.45), (_LAST_ORDER, 0.5)]
SIGNALS["repeated_contact"] += [(_NTH_WEEK, 0.4), (_STILL_NOT_DONE, 0.4), (_WHY_ASK_TWICE, 0.45)]
SIGNALS["demand"] += [(_WILL_YOU_DO_SOMETHING, 0.4), (_MUST_BE_SOLVED, 0.4), (_YOU_MUST_COMPENSATE, 0.5), (_HOW_COMPENSATED, 0.45),
                      (_YOU_BETTER, 0.45)]

SCENARIO_CUES["refund_demand"] += [_YOU_MUST_COMPENSATE]  # "miten tämä korvataan?" asks, it does not demand: no cue
SCENARIO_CUES["blame"] += [_BETRAYED_TRUST, _BROKEN_PROMISES, _SUFFER_YOUR_ERRORS, _WHO_ANSWERS_FOR, _DID_THE_OPPOSITE]
SCENARIO_CUES["general_dissatisfaction"] += [_NOT_HAPPY_COLLOQUIAL, _BAD_SERVICE, *_NO_VALUE, _LEFT_UNDONE]
