"""Finnish phrasing families of reply_coach/lexicon/fi.py, pinned on sentences written for this test.

Each heated case names the family it exercises; each family with a calm look-alike
has a calm case too (an everyday Finnish sentence that shares words with the heated
way of saying it and must stay below the threshold).  None of these sentences comes
from a corpus.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from builders import CALM_CEILING, text_message
from reply_coach.heat import DEFAULT_THRESHOLD, analyze
from reply_coach.message import Message
from reply_coach.scenarios import SCENARIOS

MONDAY = datetime(2026, 11, 23, 9, 30, tzinfo=timezone(timedelta(hours=2)))


def msg(text: str, subject: str = "Projekti", lang: str = "fi", **extra) -> Message:
    return text_message(text, subject=subject, lang=lang, date=MONDAY, **extra)


ANY = None  # heated, scenario not pinned down

# (family, subject, new text, acceptable scenarios)
HEATED = [
    # ---------------------------------------------------------------- threat / legal_threat
    ("court-district", "Lomake", "Jos vikaa ei korjata tällä viikolla, haastamme yrityksenne käräjäoikeuteen.", ("legal_threat",)),
    ("consumer-board", "Kotisivut", "Olen täysin pettynyt. Teen valituksen kuluttajariitalautakunnalle, ellei asiaa hoideta kuntoon.", ("legal_threat",)),
    ("legal-action", "Summa", "Ryhdymme oikeustoimiin, jos summaa ei palauteta kuun loppuun mennessä.", ("legal_threat", "refund_demand")),
    ("bill-our-losses", "Katko", "Sivusto oli alhaalla koko viikonlopun. Laskutamme teitä menetetystä myynnistä ja aiheutuneista vahingoista.", ("legal_threat",)),
    ("handed-to-lawyer", "Vastaus", "Asia siirtyy lakitoimistomme hoidettavaksi, mikäli emme saa vastausta perjantaihin mennessä.", ("legal_threat",)),
    ("in-touch-with-lawyer", "Maksut", "Ilmoitan, että olemme jo olleet yhteydessä juristiimme. Maksusivu on ollut rikki viisi päivää.", ("legal_threat",)),
    ("one-star-review", "Palvelu", "Kirjoitan teistä yhden tähden arvion Googleen ja varoitan muita yrittäjiä.", ("legal_threat",)),
    ("tell-on-social-media", "Ajanvaraus", "Jos tämä jatkuu, kerron kokemuksistani LinkedInissä ja yrittäjäyhdistyksen Facebook-ryhmässä. Olen todella pettynyt.", ("legal_threat",)),
    ("go-public", "Julkaisu", "Vien koko jutun julkisuuteen, jos tätä ei hoideta.", ("legal_threat",)),
    ("redo-everything", "Sivusto", "Vaadin, että koko sivusto rakennetaan alusta uudelleen teidän kustannuksellanne. Nykyinen on käyttökelvoton.", ("legal_threat",)),
    ("wont-end-here", "Kampanja", "Tämä ei jää tähän. Olen erittäin pettynyt palveluunne.", ANY),
    ("switch-supplier", "Laatu", "Siirrymme toiseen toimittajaan heti sopimuskauden päätyttyä, ellei laatu parane.", ANY),
    ("end-cooperation", "Yhteistyö", "Lopetamme yhteistyön tähän, koska mikään ei ole toiminut niin kuin luvattiin.", ANY),
    ("forced-to-look-elsewhere", "Tarjous", "Hinta on kohtuuton. Joudumme valitettavasti etsimään toisen kumppanin, jos hinta ei laske.", ("price_pushback",)),
    ("wont-recommend", "Toteutus", "En voi suositella teitä kenellekään tämän jälkeen. Täysin ala-arvoista työtä.", ANY),
    ("not-sure-we-continue", "Tilanne", "Olen ollut melko pettynyt koko vuoteen. En ole varma, jatkammeko ensi vuonna.", ("general_dissatisfaction",)),
    # ---------------------------------------------------------------- ultimatum
    ("otherwise-dissolve", "Aikataulu", "Sivujen on oltava valmiit perjantaina. Muussa tapauksessa puramme sopimuksen.", ANY),
    ("last-time", "Myöhästyminen", "Tämä on viimeinen kerta, kun katson tällaista sormien läpi.", ANY),
    ("we-dont-accept-this", "Virheet", "Emme hyväksy tällaista enää. Korjatkaa virheet välittömästi.", ANY),
    ("not-negotiable", "Julkaisu", "Julkaisupäivä ei ole neuvoteltavissa. En halua kuulla selityksiä.", ANY),
    ("unless-you-fix", "Lomake", "Ellette korjaa lomaketta huomiseen mennessä, joudumme ryhtymään jatkotoimiin.", ANY),
    ("answer-now", "Vastatkaa", "Vastatkaa heti. En jaksa enää odottaa.", ANY),
    ("full-stop", "Sovellus", "Sovellus kaatuu joka kerta. Sitä ei voi käyttää. Piste.", ANY),
    # ---------------------------------------------------------------- demand / refund_demand
    ("money-back", "Kampanja", "Haluan rahani takaisin, koko summan, viikon sisällä.", ("refund_demand",)),
    ("money-back-colloquial", "rahat", "Ei toiminut yhtään. Mä haluun rahat takas ja heti.", ("refund_demand",)),
    ("pay-it-back-to-my-account", "Ennakko", "Palauttakaa ennakkomaksu tililleni välittömästi.", ("refund_demand",)),
    ("money-on-my-account-by", "Hyvitys", "Työ jäi kesken. Summa on oltava mun tilillä ensi viikon perjantaihin mennessä, tai en enää asioi kanssanne.", ("refund_demand",)),
    ("refuse-to-pay", "Lasku", "Kieltäydymme maksamasta laskua, koska työ on keskeneräinen.", ("refund_demand",)),
    ("not-a-cent", "Lasku", "Emme maksa senttiäkään ennen kuin sivusto toimii.", ("refund_demand",)),
    ("dispute-invoice", "Lasku 118", "Riitautan laskun kokonaisuudessaan. Tunteja on laskutettu kaksinkertaisesti.", ("refund_demand",)),
    ("demand-full-credit", "Kampanja", "Vaadin täyden hyvityksen epäonnistuneesta kampanjasta.", ("refund_demand",)),
    ("left-unpaid", "Lasku", "Lasku jää maksamatta, kunnes virheet on korjattu.", ("refund_demand",)),
    ("demand-explanation", "Katko", "Odotan kirjallista selvitystä heti. Tämä on täysin kestämätöntä.", ANY),
    ("explain-yourselves", "Tilaukset", "Selittäkää, miten tämä on mahdollista!", ANY),
    ("fix-it-now", "Kassa", "Korjatkaa kassa välittömästi. Tämä on kolmas kerta tässä kuussa.", ANY),
    ("i-expect-you-fix", "Raportti", "Odotan, että korjaatte raportin huomiseen mennessä. Kukaan ei kertonut meille, että tiedot pitää syöttää itse.", ("blame",)),
    # ---------------------------------------------------------------- blame
    ("on-your-side", "Vika", "Vika on selvästi teidän päässänne, ei meidän. Korjatkaa se heti.", ("blame",)),
    ("you-broke-it", "Kassa", "Te olette rikkoneet koko kassan päivityksellänne. Tämä on teidän vastuullanne.", ("blame",)),
    ("you-messed-up-past", "Rekisteri", "Sotkitte asiakasrekisterin, ja nyt joudumme selvittämään sotkun itse.", ("blame",)),
    ("you-didnt-even-test", "Lomake", "Ette ole edes testanneet lomaketta ennen julkaisua. Kukaan ei kertonut meille, että se ei toimi puhelimella.", ("blame",)),
    ("how-could-this-happen", "Virhe", "Miten tällainen virhe on voinut tapahtua? Menetimme kaksi päivää myyntiä.", ("blame",)),
    ("paid-and-it-doesnt-work", "Verkkokauppa", "Maksoimme teille 8000 euroa uudesta verkkokaupasta, eikä se vieläkään toimi.", ("blame",)),
    ("because-of-you", "Asiakkaat", "Menetimme kolme isoa asiakasta teidän takianne.", ("blame",)),
    ("you-were-responsible", "Julkaisu", "Sä olit vastuussa julkaisusta, ja nyt kaikki meni pieleen.", ("blame",)),
    ("not-our-fault", "Raportti", "Ongelma ei ole meidän päässä, vaan teidän. Tämä on jo toinen viesti samasta asiasta.", ("blame",)),
    # ---------------------------------------------------------------- insult
    ("unprofessional", "Työ", "Tämä on täysin ammattitaidotonta työtä.", ANY),
    ("substandard", "Lopputulos", "Lopputulos on ala-arvoinen ja kehno.", ANY),
    ("bunglers", "Tiimi", "Olette pelkkiä tunareita.", ANY),
    ("you-lied", "Aikataulu", "Valehtelitte meille aikataulusta alusta asti.", ANY),
    ("scam", "Paketti", "Tämä on silkkaa huijausta.", ANY),
    ("pathetic-unusable", "Sivusto", "Säälittävää. Sivusto on käyttökelvoton.", ANY),
    ("careless-indifferent", "Virheet", "Olette huolimattomia ja välinpitämättömiä.", ANY),
    ("shame", "Kuvat", "Käytitte kuviamme ilman lupaa. Hävetkää!", ANY),
    ("lack-of-skill", "Toteutus", "Ammattitaidon puute näkyy joka sivulla.", ANY),
    # ---------------------------------------------------------------- sarcasm
    ("what-a-surprise", "Sivusto", "Mikä yllätys, sivusto on taas alhaalla.", ANY),
    ("surprise-surprise", "Raportti", "Yllätys yllätys, raportti myöhästyi jälleen.", ANY),
    ("how-typical", "Aikataulu", "Kuinka tyypillistä. Lupasitte maanantain, nyt on torstai.", ANY),
    ("nice-to-hear-afterwards", "Kampanja", "Kiva kuulla näin jälkikäteen, että kampanja peruttiin. Olisi ollut kiva kuulla tästä etukäteen.", ANY),
    ("great-work-really", "Uutiskirje", "Hienoa työtä. Todella. Uutiskirje lähti väärillä hinnoilla.", ANY),
    # ---------------------------------------------------------------- anger
    ("measure-is-full", "Virheet", "Nyt on mitta täynnä. Olen kyllästynyt jatkuviin virheisiin.", ANY),
    ("patience-running-out", "Odotus", "Kärsivällisyyteni alkaa olla lopussa. Milloin vihdoin saamme toimivan version?", ANY),
    ("appalling", "Laskutus", "Tämä on pöyristyttävää.", ANY),
    ("it-really-annoys", "Muistutus", "Ottaa todella päähän, että joudun taas muistuttamaan samasta asiasta.", ANY),
    ("went-down-the-drain", "Kampanja", "Koko kampanja meni päin mäntyä. Olen todella pettynyt.", ANY),
    ("are-you-serious", "Lasku", "Ei voi olla totta! Oletteko tosissanne?", ANY),
    ("cannot-understand", "Sivut", "En kertakaikkiaan ymmärrä, miksi tämä on niin vaikeaa. Tämä on täysin kestämätöntä.", ANY),
    ("trust-is-gone", "Yhteistyö", "Luottamukseni teihin on mennyt. Olen pettynyt.", ANY),
    ("not-what-was-ordered", "Logo", "Ei kelpaa. Tämä ei vastaa lainkaan sitä, mitä tilasimme.", ANY),
    ("nothing-went-as-agreed", "Projekti", "Olen ollut varsin pettynyt yhteistyöhömme. Mikään ei ole sujunut niin kuin alussa puhuttiin.", ("general_dissatisfaction",)),
    ("not-a-single-lead", "Mainonta", "Kolme kuukautta mainontaa eikä se ole tuonut yhtään ainoaa liidiä. Rahat meni suoraan hukkaan.", ANY),
    ("taken-advantage", "Hinnoittelu", "Tuntuu, että hinnoittelussa on käytetty hyväksi sitä, ettemme tunne alaa. Hinta on aivan kohtuuton.", ("price_pushback",)),
    ("doesnt-feel-good", "Päivitys", "Kiitos päivityksestä, mutta kokonaisuus ei vain tunnu hyvältä. Olen aika pettynyt, ja joudun jatkuvasti kyselemään perään.", ("general_dissatisfaction",)),
    ("swearing", "Palvelin", "Palvelin on taas nurin, perkele.", ANY),
    # ---------------------------------------------------------------- absolute
    ("everything-broken", "Sivusto", "Mikään ei toimi, ja kaikki on ihan sekaisin. Tämä on täysin kestämätöntä.", ANY),
    ("not-once-on-time", "Raportit", "Raportti ei ole tullut kertaakaan ajallaan. Tämä ei ole lainkaan hyväksyttävää.", ANY),
    # ---------------------------------------------------------------- repeated contact
    ("umpteenth-time", "Lasku", "Kirjoitan nyt monennetta kertaa samasta asiasta, eikä kukaan vastaa.", ANY),
    ("tried-to-call-times", "Tavoittaminen", "Olen yrittänyt soittaa teille viisi kertaa tällä viikolla. Kaksi viikkoa ilman vastausta.", ANY),
    ("not-the-first-time", "Laskut", "Laskussa on taas virhe. Tämä ei ole ensimmäinen kerta.", ANY),
    ("have-to-remind-again", "Lasku", "Joudun taas kerran muistuttamaan teitä laskun korjaamisesta. Kuten edellisessä viestissäni totesin, summa on väärä.", ANY),
    # ---------------------------------------------------------------- escalation
    ("your-ceo", "Palvelu", "Haluan puhua toimitusjohtajanne kanssa. Tämä on kestämätöntä.", ANY),
    ("to-your-management", "Laatu", "Vien asian yrityksenne johdolle, jos tähän ei tule muutosta.", ANY),
    # ---------------------------------------------------------------- icy politeness
    ("we-are-greatly-surprised", "Aikataulu", "Ihmettelemme suuresti, että sovittu aikataulu on jälleen ylittynyt. Luotan siihen, että asia korjataan viipymättä.", ANY),
    ("thanks-but-changes-nothing", "Vastaus", "Kiitos vastauksesta, mutta se ei muuta mitään. Sovellus kaatuu edelleen joka kerta.", ANY),
    # ---------------------------------------------------------------- doubt / doubts_expertise
    ("can-you-even", "Verkkokauppa", "Osaatteko te ollenkaan tehdä verkkokauppoja?", ("doubts_expertise",)),
    ("any-real-experience", "Kokemus", "Onko teillä oikeasti mitään kokemusta tällaisista projekteista? Alan epäillä, osaatteko hoitaa tätä.", ("doubts_expertise",)),
    ("you-clearly-dont-understand", "SEO", "Ette selvästikään ymmärrä, mitä hakukoneoptimointi tarkoittaa.", ("doubts_expertise",)),
    ("no-longer-trust-advice", "Suositukset", "En enää luota suosituksiinne. Suosituksenne ovat olleet kalliita ja turhia.", ("doubts_expertise",)),
    ("do-as-instructed", "Ulkoasu", "Tehkää niin kuin olen ohjeistanut, älkääkä ehdottako muuta.", ("doubts_expertise",)),
    ("decades-and-i-know", "Markkinointi", "Olen ollut alalla 30 vuotta ja tiedän paremmin, mikä asiakkaitamme palvelee. Päätös on minun.", ("doubts_expertise",)),
    ("a-child-could", "Logo", "Lapsikin osaisi tehdä paremman logon.", ("doubts_expertise",)),
    ("outsider-says-wrong", "Alusta", "Tuttu ohjelmoija sanoo, että ehdottamanne alusta on täysin väärä ratkaisu. Perustelkaa tämä.", ("doubts_expertise",)),
    ("stop-sending-links", "Saavutettavuus", "Miksi jatkuvasti väitätte, että fontin pitää olla isompi? Älkää enää lähettäkö minulle linkkejä ohjeisiin.", ("doubts_expertise",)),
    ("our-way", "Rakenne", "Tehdään tämä nyt meidän tavallamme. Tiedän kyllä, miltä hyvä sivu näyttää, ja olen sanonut sen jo kahdesti.", ("doubts_expertise",)),
    # ---------------------------------------------------------------- haggling / price_pushback
    ("price-unreasonable", "Tarjous", "Hinta on aivan kohtuuton tällaisesta työstä.", ("price_pushback",)),
    ("others-do-it-half-price", "Tarjous", "Muut toimistot tekevät saman puoleen hintaan. Maksamme ihan liikaa.", ("price_pushback",)),
    ("ripping-off", "Lasku", "Rahastatte meitä ihan surutta.", ("price_pushback",)),
    ("discount-or-competitor", "Sopimus", "Haluamme 30 prosentin alennuksen, tai siirrymme kilpailijalle.", ("price_pushback",)),
    ("agreed-but-overpriced", "Hinta", "Sovittu hinta oli 5000 euroa, mutta se on selvästi ylihinnoiteltu.", ("price_pushback",)),
    ("price-must-flex", "Hinta", "Hinnasta on joustettava tai siirrymme toiseen toimittajaan.", ("price_pushback",)),
    ("although-signed", "Sopimus", "Tiedän, että sopimus on jo allekirjoitettu, mutta vaikka sopimus onkin jo allekirjoitettu, hinnan on joustettava.", ("price_pushback",)),
    # ---------------------------------------------------------------- pressure / scope_creep
    ("included-same-price", "Lisäykset", "Lisätkää vielä blogi ja uutiskirje. Ne kuuluvat tietysti sovittuun hintaan, eihän sen pitäisi olla iso työ. Itsestään selvää.", ("scope_creep",)),
    ("no-extra-cost", "Lisäykset", "Lisäksi tarvitaan vielä verkkokauppa ja ajanvaraus, ilman lisäkustannuksia tietenkin. Eihän tämän pitäisi viedä kuin tunnin.", ("scope_creep",)),
    ("throw-it-in", "Logo", "Kaupan päälle voisitte tehdä myös logon. Se on teille vartin homma, ja kuuluuhan se pakettiin.", ("scope_creep",)),
    # ---------------------------------------------------------------- unrealistic_demand
    ("ready-tomorrow", "Messut", "Koko sivuston pitää olla valmiina huomenna aamulla, koska messut alkavat. En halua kuulla tekosyitä.", ("unrealistic_demand",)),
    ("expected-results", "Tulokset", "Oletimme, että kampanja tuo ainakin sata uutta asiakasta viikossa. Nyt niitä on tullut kaksi. Tämä ei ole sitä, mitä lupasitte!", ("unrealistic_demand", "blame")),
    # ---------------------------------------------------------------- misunderstanding
    ("got-a-bill-that", "Lasku", "Mitä ihmettä?! Sain juuri laskun, jossa veloitatte ylläpidosta kaksinkertaisesti. En ole koskaan hyväksynyt tällaista hinnoittelua.", ("misunderstanding",)),
    ("does-this-mean", "Ylläpito", "Luin uutiskirjeestänne, että lopetatte ylläpitopalvelun. Tarkoittaako tämä, että jäämme ilman tukea?? Olisi ollut kiva kuulla tästä suoraan.", ("misunderstanding",)),
    ("no-permission", "Verkkotunnus", "En ole antanut kenellekään lupaa siirtää verkkotunnustamme! Kuka on antanut teille luvan?", ("misunderstanding",)),
]

# (family it looks like, subject, new text)
CALM = [
    ("bug-report", "Lomake", "Voisitteko korjata yhteydenottolomakkeen? Se ei toimi mobiilissa. Kiitos!"),
    ("lawyer-reviews-contract", "Sopimus", "Lakimiehemme käy sopimuksen läpi ensi viikolla, palaamme asiaan sen jälkeen."),
    ("lawyer-suggested-edits", "Sopimus", "Olemme olleet yhteydessä lakimieheemme sopimusluonnoksen osalta, ja hän ehdotti pari muutosta."),
    ("refund-under-policy", "Peruutus", "Ehtojen mukaan voin perua ylläpidon 30 päivän kuluessa. Voisitteko palauttaa maksun tililleni? Kiitos."),
    ("cancel-meeting", "Palaveri", "Joudumme valitettavasti perumaan huomisen palaverin. Sopisiko torstai?"),
    ("moving-office", "Osoite", "Siirrymme uuteen toimistoon ensi kuussa, päivittäkää osoite sivuille."),
    ("new-logo", "Logo", "Vaihdamme uuteen logoon ensi kuussa, voisitteko päivittää sen sivuille?"),
    ("share-on-social", "Uutinen", "Jaamme uutisen somessa ensi viikolla. Kiitos hienosta työstä!"),
    ("thanks-fast-reply", "Kiitos", "Kiitos nopeasta vastauksesta!"),
    ("last-time-this-year", "Joulukortit", "Tämä on viimeinen kerta, kun tilaamme joulukortteja tänä vuonna, joten tehdään niistä hienot."),
    ("suspect-cache", "Välimuisti", "Epäilen, että vika on selaimen välimuistissa. Voisitko tarkistaa?"),
    ("can-you-tell-when", "Versio", "Osaatteko sanoa, milloin uusi versio julkaistaan?"),
    ("do-you-have-experience", "Shopify", "Onko teillä kokemusta Shopifysta? Harkitsemme siirtoa."),
    ("still-considering-options", "Tarjous", "Harkitsemme vielä muita vaihtoehtoja ja palaamme asiaan ensi viikolla."),
    ("reuse-old-photos", "Kuvat", "Käytetään hyväksi vanhoja kuvia, niin säästetään aikaa."),
    ("not-to-waste-time", "Aineisto", "Jotta aikaa ei menisi hukkaan, lähetän aineiston jo tänään."),
    ("reply-within-24h", "Asiakaspalvelu", "Lisätkää etusivulle teksti: vastaamme 24 tunnin sisällä kaikkiin viesteihin."),
    ("deleted-by-accident", "Tiedosto", "Poistin tiedoston vahingossa, voisitteko palauttaa sen varmuuskopiosta?"),
    ("how-lovely", "Sivut", "Kuinka ihanaa, sivut näyttävät upeilta!"),
    ("small-change", "Etusivu", "Pieni muutos: voisitteko vaihtaa etusivun kuvan?"),
    ("your-responsibility-by-contract", "Katko", "Olette vastuussa palvelimen ylläpidosta sopimuksen mukaan, joten ilmoitan tästä katkoksesta teille. Ei kiirettä."),
    ("payment-on-your-account", "Lasku", "Lähetin maksun tänään. Se on tilillänne perjantaihin mennessä."),
    ("third-time-lucky", "Testi", "Kolmas kerta toden sanoo, kokeillaan vielä uutta versiota! Kiitos kärsivällisyydestä."),
    ("not-quite-what-we-sought", "Värit", "Tämä ei ole ihan sitä, mitä haimme. Voisitteko kokeilla toista värisävyä?"),
    ("if-not-fixed-reschedule", "Aikataulu", "Jos lomaketta ei saada korjattua tällä viikolla, voimmeko sopia uuden aikataulun?"),
    ("no-problem", "Muutos", "Ei mikään ongelma, hoidetaan ensi viikolla."),
    ("already-paid-check", "Lasku", "Tämä lasku on maksettu jo, voisitteko tarkistaa? Ei mitään kiirettä."),
    ("price-feels-high", "Tarjous", "Hinta tuntuu hieman korkealta. Voisimmeko keskustella, mitä siihen sisältyy?"),
    ("is-it-included", "Lisäsivu", "Kuuluuko tämä hintaan, vai laskutetaanko erikseen?"),
    ("what-have-you-done-so-far", "Tilanne", "Mitä olette tehneet tähän mennessä? Haluaisin päivityksen johtoryhmälle."),
    ("contract-ends-as-agreed", "Sopimus", "Yhteistyömme päättyy sopimuksen mukaisesti vuoden lopussa. Kiitos kaikesta!"),
    ("got-a-notice", "Verkkotunnus", "Kiitos paljon! Sain viestin, että verkkotunnus on uusittu."),
    ("we-expect-material", "Aineisto", "Odotamme, että toimitatte aineiston perjantaina, jotta pysymme aikataulussa. Kiitos!"),
    ("hopefully-weather", "Kuvaukset", "Toivottavasti tällä kertaa sää suosii kuvauksia!"),
    ("flex-before-agreement", "Tarjous", "Voisitteko joustaa hinnassa hieman, jos tilaamme kaksi sivustoa?"),
    ("cant-attend", "Palaveri", "Valitettavasti en pääse palaveriin, pahoittelut."),
    ("despite-the-rush", "Kiitos", "Kiireistä huolimatta saitte sivut valmiiksi ajallaan, kiitos!"),
    ("i-may-be-late", "Palaveri", "Saatan olla hieman myöhässä huomisesta palaverista."),
    ("spam-folder", "Viesti", "Roskapostikansiosta löytyi viestinne, pahoittelen viivettä."),
    ("numbers-doubled", "Tulokset", "Sivusto on ollut huippu, kävijämäärät ovat tuplaantuneet!"),
    ("you-promised-a-quote", "Tarjous", "Lupasitte lähettää tarjouksen tällä viikolla. Onko se vielä tulossa?"),
    ("no-reply-yet", "Tarjouspyyntö", "Emme ole vielä saaneet vastausta tarjouspyyntöön, ehtisittekö katsoa sitä?"),
    ("acquaintance-recommended", "Yhteydenotto", "Tuttu koodari suositteli meille teitä, joten otin yhteyttä."),
    ("how-is-it-possible-to-add", "Käyttäjät", "Miten on mahdollista lisätä uusia käyttäjiä hallintapaneeliin"),
    ("star-in-logo", "Logo", "Logosta puuttui yksi tähti, voisitteko lisätä sen?"),
    ("campaign-went-well", "Kampanja", "Uusi kampanja meni hienosti, kiitos!"),
    ("honestly-not-yet", "Luonnos", "Rehellisesti sanottuna en ole vielä ehtinyt katsoa luonnosta, palaan asiaan huomenna."),
    ("translations-tomorrow", "Käännökset", "Käännösten pitäisi olla sivuilla huomenna klo 12 mennessä, koska lehti-ilmoitus ohjaa sinne. Kiitos tosi paljon!"),
    ("terminate-politely", "Ylläpito", "Irtisanon ylläpitosopimuksen päättymään vuoden lopussa. Kiitos hyvästä yhteistyöstä!"),
    ("remind-meeting", "Muistutus", "Muistutan vielä huomisesta palaverista klo 10. Mukavaa päivää!"),
    ("wrong-decision-ours", "Kuvat", "Valitsimme itse väärät kuvat, pahoittelut. Voisitteko vaihtaa ne?"),
    ("no-hurry-tomorrow", "Hinnasto", "Hinnasto pitäisi saada sivuille huomenna, mutta ei hätää, jos se menee ylihuomiseen."),
    ("we-decide-next-week", "Sopimus", "Päätämme sopimuksen jatkosta ensi viikolla, palaan asiaan silloin."),
    ("even-better", "Versio", "Uusi versio on vieläkin parempi, kiitos!"),
    ("someone-else-photo", "Kuvat", "Otamme jonkun muun kuvan etusivulle, tämä on liian tumma."),
]


# Whole emails written for this test (several registers: formal, colloquial, loanwords, signatures),
# (id, subject, new text, acceptable scenarios).
HEATED_EMAILS = [
    ('email1-01', 'Projekti', 'Hei, verkkokauppamme kassasivu lakkasi toimimasta heti eilisen päivityksenne jälkeen. Asiakkaat eivät pysty maksamaan, ja puhelimet soivat koko ajan. Päivitys tehtiin ilmoittamatta meille etukäteen. Tällainen toiminta ei ole hyväksyttävää. Odotan korjausta vielä tänään.', ('blame',)),
    ('email1-02', 'Projekti', 'Moi, se some-kampanja oli ihan rahan haaskausta. Ei yhtään uutta asiakasta. Mä en aio maksaa sitä loppulaskua, ja haluun ne ekat 500 euroa myös takasin.', ('refund_demand',)),
    ('email1-03', 'Projekti', 'Arvoisa vastaanottaja, sopimuksen kohdan 4.2 mukaan toimituksen piti olla valmis 1.10. Toimitus on nyt kuusi viikkoa myöhässä. Mikäli toimitusta ei saada valmiiksi 30.11. mennessä, vaadimme sopimuksen mukaista viivästyssakkoa ja varaamme oikeuden purkaa sopimuksen. Lisäksi selvitämme mahdollisuudet vahingonkorvausvaatimukseen.', ('legal_threat',)),
    ('email1-04', 'Projekti', 'Hei Jamie, katsoin tarjouksenne uudelleen. 14 000 euroa on meidän kokoiselle yritykselle aivan liikaa, varsinkin kun kilpailijanne tarjoaa saman alle kymppitonnilla. Pystyttekö pudottamaan hintaa vai pitääkö meidän katsoa muualta?', ('price_pushback',)),
    ('email1-05', 'Projekti', 'Jamie, hallitus kokoontuu torstaina ja tarvitsen sinne valmiin mobiilisovelluksen demon. Tiedän että aikaa on vähän, mutta tämä on nyt tärkeintä. Hoida se.', ('unrealistic_demand',)),
    ('email1-06', 'Projekti', 'Moikka! Lisätään vielä samaan projektiin englanninkielinen versio, uutiskirjetyökalu ja integraatio kirjanpito-ohjelmaan. Nämähän on pieniä juttuja, eli ei kai niistä tarvitse erikseen laskuttaa? Budjetti on mikä on.', ('scope_creep',)),
    ('email1-07', 'Projekti', 'Hei, olen lukenut paljon hakukoneoptimoinnista, eikä kukaan muu suosittele sitä mitä te. Ihmettelen, mihin suosituksenne oikein perustuvat. Haluan nähdä lähteet ennen kuin teemme mitään.', ('doubts_expertise',)),
    ('email1-08', 'Projekti', 'Mitä tämä tarkoittaa?? Saimme teiltä kirjeen, jonka mukaan palvelu hinnoitellaan uudelleen ensi vuonna. Emme ole hyväksyneet mitään hinnankorotusta!', ('misunderstanding',)),
    ('email1-09', 'Projekti', 'Hei. En ole ollenkaan tyytyväinen siihen, miten projekti on edennyt. Viestintä on ollut heikkoa ja aikataulut venyvät. Toivoisin, että jotain muuttuisi.', ('general_dissatisfaction',)),
    ('email1-10', 'Projekti', 'Hei, tämä on jo neljäs viestini asiasta. Odotan edelleen vastausta kysymykseeni laskun erittelystä. Arvostaisin, jos joku vaivautuisi vastaamaan.', ('general_dissatisfaction',)),
    ('email1-11', 'Projekti', 'Mitä hittoa? Sivut on ollu alhaalla koko aamun ja kukaan ei vastaa puhelimeen. Te ootte vastuussa tästä. Korjatkaa se NYT.', ('blame',)),
    ('email1-12', 'Projekti', 'Tämä oli viimeinen pisara. Kilpailutamme ylläpidon ensi kuussa.', ('general_dissatisfaction',)),
    ('email1-13', 'Projekti', 'Rehellisesti sanottuna en ole ikinä nähnyt näin huonoa työtä. Sivusto näyttää kuin se olisi tehty 90-luvulla.', ('general_dissatisfaction',)),
    ('email1-15', 'Projekti', 'Pyydämme palauttamaan ennakkomaksun 2 400 euroa, koska projekti ei ole edennyt sovitusti. Emme myöskään maksa avoinna olevaa laskua ennen kuin asia on selvitetty.', ('refund_demand',)),
    ('email1-16', 'Projekti', 'Teen asiasta ilmoituksen Kilpailu- ja kuluttajavirastolle. Olette myyneet minulle palvelun, jota ei ole koskaan toimitettu.', ('legal_threat',)),
    ('email1-17', 'Projekti', 'Haluan, että tämä viesti välitetään esimiehellesi. En aio enää asioida kanssasi.', ('general_dissatisfaction',)),
    ('email1-18', 'Projekti', 'Tarvitsemme koko verkkokaupan ensi maanantaiksi. Kyllähän te sen ehditte, teitä on siellä monta.', ('unrealistic_demand',)),
    ('email1-19', 'Projekti', 'Onks teillä siellä ketään joka oikeesti tietää mitä tekee? Mun veli teki meidän vanhat sivut viikonlopussa ja ne toimi paremmin.', ('doubts_expertise',)),
    ('email1-20', 'Projekti', 'Lupasitte, että kampanja on käynnissä maanantaina. Nyt on keskiviikko eikä mitään ole tapahtunut. Menetämme joka päivä rahaa, koska ette pidä kiinni aikatauluista.', ('blame',)),
    ('email1-21', 'Projekti', 'Vaadimme koko summan palautusta. Palvelu ei vastannut lainkaan kuvausta.', ('refund_demand',)),
    ('email1-22', 'Projekti', 'Hei, hyväksyimme tarjouksen kiireessä, mutta nyt kun katsoimme tarkemmin, hinta ei mitenkään ole perusteltu. Haluamme neuvotella hinnasta uudelleen.', ('price_pushback',)),
    ('email1-23', 'Projekti', 'Jos rahat eivät ole tilillä perjantaina, kerron tästä koko yrittäjäpiirille.', ('legal_threat', 'refund_demand')),
    ('email1-24', 'Projekti', 'TÄMÄ ON TÄYSIN KÄSITTÄMÄTÖNTÄ!!! Kolmas katko tällä viikolla.', ('general_dissatisfaction',)),
    ('email1-25', 'Projekti', 'Olen tosi harmissani. Odotin paljon enemmän.', ('general_dissatisfaction',)),
    ('email2-01', 'Projekti', 'Hei Jamie,\n\nuutiskirje lähti eilen 3 000 asiakkaallemme väärällä alennuskoodilla. Koodi oli teidän tekemässä pohjassa, ja me hyväksyimme vain tekstit. Nyt asiakkaat vaativat alennusta, jota ei ole olemassa. Tämä on teidän mokanne, ja odotan, että kerrotte, miten aiotte hoitaa asian.\n\nTerveisin\nJaana Leinonen\ntoimitusjohtaja\nLeinonen Catering Oy\npuh. 040 111 2233', ('blame',)),
    ('email2-02', 'Projekti', 'Hei,\n\nperuutimme verkkokurssin jo kaksi viikkoa sitten, mutta tililtämme veloitettiin silti koko vuoden maksu. Haluan veloituksen peruttavaksi ja rahat palautettavaksi välittömästi. En ole ikinä kokenut tällaista.\n\nTerveisin\nJaana Leinonen\ntoimitusjohtaja\nLeinonen Catering Oy\npuh. 040 111 2233', ('refund_demand',)),
    ('email2-03', 'Projekti', 'Hyvä Jamie Rivera,\n\nsivustollanne käytetään edelleen valokuviamme, vaikka yhteistyömme päättyi kesäkuussa. Olemme pyytäneet poistamaan kuvat kahdesti. Mikäli kuvia ei poisteta viikon kuluessa, ryhdymme tekijänoikeusrikkomusta koskeviin oikeudellisiin toimenpiteisiin.\n\nTerveisin\nJaana Leinonen\ntoimitusjohtaja\nLeinonen Catering Oy\npuh. 040 111 2233', ('legal_threat',)),
    ('email2-04', 'Projekti', 'Moi,\n\nkävin laskun läpi ja tuntihinta on noussut viime vuodesta 15 %. Kukaan ei kertonut korotuksesta etukäteen. Meillä ei ole varaa tällaiseen, ja jos hintaa ei palauteta entiselle tasolle, joudumme miettimään, kannattaako tätä jatkaa.\n\nPete', ('price_pushback', 'blame')),
    ('email2-05', 'Projekti', 'Jamie,\n\nmeidän uusi tuotelanseeraus on ensi viikon tiistaina. Tarvitsemme siihen kokonaan uuden kampanjasivuston, videon ja somemainokset. Tiedän että tämä tulee vähän yllättäen, mutta muuta vaihtoehtoa ei ole. Laittakaa kaikki muu sivuun.\n\nTerveisin\nJaana Leinonen\ntoimitusjohtaja\nLeinonen Catering Oy\npuh. 040 111 2233', ('unrealistic_demand',)),
    ('email2-07', 'Projekti', 'Hei,\n\nen ymmärrä, miksi suosittelette meille kallista räätälöityä ratkaisua, kun valmis WordPress-pohja riittäisi mainiosti. Tuntuu, että haluatte vain laskuttaa enemmän. Olen alkanut epäillä, ajatteletteko oikeasti meidän etuamme.\n\nKimmo', ('doubts_expertise',)),
    ('email2-08', 'Projekti', 'Hei!\n\nMiksi laskussa on ylläpitomaksu, kun sovimme, että ensimmäinen vuosi on ilmainen?! Tämä on aika törkeää. Korjatkaa lasku heti.\n\nRiikka', ('misunderstanding',)),
    ('email2-09', 'Projekti', 'Hei Jamie,\n\ntoivoin tältä yhteistyöltä paljon enemmän. Tapaamiset venyvät, raportit ovat ylimalkaisia eikä kukaan tunnu ottavan vastuuta. Tällä menolla emme voi jatkaa.\n\nTerveisin\nJaana Leinonen\ntoimitusjohtaja\nLeinonen Catering Oy\npuh. 040 111 2233', ('general_dissatisfaction',)),
    ('email2-10', 'Projekti', 'Jamie.\n\nVastatkaa nyt edes jotain. Viestini on ollut lukematta viikon.', ('general_dissatisfaction',)),
    ('email2-11', 'Projekti', 'Moi,\n\nnettisivut on taas ihan jumissa ja asiakkaat soittelee mulle. Tää on teidän palvelimen vika eikä meidän, joten hoitakaa se kuntoon tänään.\n\nJanne', ('blame',)),
    ('email2-12', 'Projekti', 'Hei,\n\ntoimittamanne sovellus ei täytä sopimuksen vaatimuksia millään osa-alueella. Vaadimme, että sovellus toteutetaan kokonaan uudestaan ilman lisäkustannuksia, tai viemme asian käräjille.\n\nTerveisin\nJaana Leinonen\ntoimitusjohtaja\nLeinonen Catering Oy\npuh. 040 111 2233', ('legal_threat',)),
    ('email2-13', 'Projekti', 'Hei,\n\nettekö te oikeasti tiedä, miten Google Analytics asennetaan? Meidän harjoittelija sai sen toimimaan puolessa tunnissa. Alkaa kyllä mietityttää, mistä me teille maksamme.', ('doubts_expertise',)),
    ('email2-14', 'Projekti', 'Hei,\n\nse logo, jonka teitte, on lähes identtinen erään kilpailijamme logon kanssa. Emme voi käyttää sitä. Haluamme maksetut 1 200 euroa takaisin.\n\nTerveisin\nJaana Leinonen\ntoimitusjohtaja\nLeinonen Catering Oy\npuh. 040 111 2233', ('refund_demand',)),
    ('email2-15', 'Projekti', 'Hei Jamie,\n\nkiitos tarjouksesta, mutta 8 500 euroa pienestä kotisivuprojektista on ihan järjetön hinta. Tiedän, että tuttavani sai vastaavat sivut puoleen hintaan. Jos ette laske hintaa, valitsemme jonkun toisen.\n\nOlli', ('price_pushback',)),
    ('email2-16', 'Projekti', 'Hei,\n\nkampanja ei käynnistynyt sovittuna päivänä, koska te ette olleet ladanneet mainoksia ajoissa. Menetimme koko joulusesongin alun. Kuka tästä vastaa?\n\nTerveisin\nJaana Leinonen\ntoimitusjohtaja\nLeinonen Catering Oy\npuh. 040 111 2233', ('blame',)),
    ('email2-17', 'Projekti', 'Huh huh. Taas yksi viikko mennyt ilman että mitään konkreettista olisi valmista. En jaksa tätä enää.', ('general_dissatisfaction',)),
    ('email2-18', 'Projekti', 'Hei,\n\ntarvitsemme uuden verkkokaupan, jossa on 2 000 tuotetta, integraatio varastojärjestelmään ja kolme kieliversiota. Budjetti on 3 000 euroa ja sen pitää olla valmis kuukaudessa. Tämän pitäisi olla teille helppoa.\n\nMarkus', ('unrealistic_demand',)),
    ('email2-19', 'Projekti', 'Hei,\n\nsähköpostilistamme vuoti ulkopuolisille teidän järjestelmänne kautta. Olemme tehneet asiasta ilmoituksen tietosuojavaltuutetulle ja harkitsemme vahingonkorvauskannetta.\n\nTerveisin\nJaana Leinonen\ntoimitusjohtaja\nLeinonen Catering Oy\npuh. 040 111 2233', ('legal_threat',)),
    ('email2-20', 'Projekti', 'Moi Jamie,\n\nsovittiin, että sä tarkistat tekstit ennen julkaisua. Nyt etusivulla lukee väärä puhelinnumero ja asiakkaat soittaa ihan muualle. Miten tällaista voi tapahtua?\n\nTiina', ('blame',)),
    ('email3-01', 'Projekti', 'Hei,\n\nkirjanpito-ohjelman integraatio, jonka rakensitte, on kirjannut kaikki marraskuun myynnit kahteen kertaan. Tilitoimisto huomasi asian vasta nyt. Joudumme maksamaan ylimääräistä työtä heille teidän virheenne takia. Odotan, että korvaatte tämän.\n\nTerveisin\nHannu', ('blame',)),
    ('email3-02', 'Projekti', 'Hei Jamie,\n\nvalokuvaus oli sovittu lauantaiksi, mutta kuvaajanne ei koskaan tullut paikalle. Emme saaneet mitään ilmoitusta. Haluan ennakkomaksun kokonaan takaisin, enkä aio maksaa mitään peruutuskuluja.\n\nLaura', ('refund_demand',)),
    ('email3-03', 'Projekti', 'Hei,\n\nolen yrittänyt saada teidät korjaamaan verkkokaupan maksuvirheen jo kuukauden ajan. Jos ongelma ei ole ratkaistu perjantaihin mennessä, annan asian lakimiehemme hoidettavaksi ja vaadimme korvausta menetetyistä tuloista.\n\nAntti Mäkelä', ('legal_threat',)),
    ('email3-04', 'Projekti', 'Moi Jamie,\n\nsain toiselta toimistolta tarjouksen, joka on 40 % halvempi kuin teidän. Ymmärrän, että laatu maksaa, mutta tuo ero on liian suuri. Pystyttekö vastaamaan tarjoukseen vai pitääkö meidän vaihtaa?\n\nEero', ('price_pushback',)),
    ('email3-05', 'Projekti', 'Hei,\n\nsivuston pitää olla kokonaan uusittu ennen maanantaita, koska meillä on silloin lehdistötilaisuus. Tiedän, että sovimme alun perin helmikuusta, mutta tämä ei nyt joustaa. Tehkää vaikka ylitöitä.\n\nMinna', ('unrealistic_demand',)),
    ('email3-07', 'Projekti', 'Hei,\n\nolen käynyt läpi ehdottamanne sivurakenteen, ja se on mielestäni täysin väärä. Meidän asiakkaat eivät etsi tietoa noin. Ihmettelen, onko teillä kokemusta meidän alasta ollenkaan. Toteuttakaa rakenne niin kuin alun perin sanoin.\n\nSirpa', ('doubts_expertise',)),
    ('email3-08', 'Projekti', 'Hei,\n\nnäin juuri LinkedInissä, että esittelette meidän sivustoamme referenssinä. Kuka antoi siihen luvan? Emme ole sopineet mistään tällaisesta. Poistakaa se heti.\n\nKari', ('misunderstanding',)),
    ('email3-09', 'Projekti', 'Hei Jamie,\n\nrehellisesti sanottuna tämä projekti on ollut yhtä takkuamista alusta asti. Joka kerta kun luulen, että asiat ovat kunnossa, löytyy uusi ongelma. En tiedä, kuinka kauan jaksan tätä.\n\nPäivi', ('general_dissatisfaction',)),
    ('email3-10', 'Projekti', 'Jamie,\n\nkolmas viikko putkeen raportti on myöhässä. Tämä alkaa olla jo tapa. Toivoisin hieman enemmän sitoutumista.\n\nMarkku', ('general_dissatisfaction',)),
    ('email3-12', 'Projekti', 'Hyvä vastaanottaja,\n\nilmoitamme, että pidätämme loppumaksun ja selvitämme juristimme kanssa mahdollisuudet purkaa sopimus sopimusrikkomuksen perusteella.\n\nTalousjohtaja\nRakennus Oy', ('legal_threat',)),
    ('email3-13', 'Projekti', 'Hei,\n\nnäin tuon uuden ulkoasuehdotuksen. Näyttää siltä kuin joku harjoittelija olisi tehnyt sen. Onko teillä siellä oikeasti graafikkoja?\n\nTapio', ('doubts_expertise',)),
    ('email3-14', 'Projekti', 'Hei,\n\npalvelu ei toiminut kertaakaan sinä aikana, kun olimme asiakkaananne. Vaadimme kolmen kuukauden maksut hyvitettäväksi.\n\nTerveisin\nKirsi', ('refund_demand',)),
    ('email3-15', 'Projekti', 'Hei,\n\nmiksi ylläpito maksaa nyt 300 euroa kuussa, kun ennen se oli 180? Tämä on aika kova korotus ilman mitään perusteluja. En ole valmis maksamaan tuota.\n\nRisto', ('price_pushback',)),
    ('email3-16', 'Projekti', 'Ihan oikeasti. Tää on jo neljäs kerta kun sama bugi palaa. Mitä te oikein testaatte?', ('general_dissatisfaction',)),
    ('email3-17', 'Projekti', 'Hei,\n\ntarvitsisimme koko sivuston käännettynä saksaksi, ranskaksi ja espanjaksi ylihuomiseksi. Käännökset pitää tietysti tarkistaa natiivin toimesta. Onhan se mahdollista?\n\nLeena', ('unrealistic_demand',)),
    ('email3-18', 'Projekti', 'Hei,\n\nsivustomme putosi Googlen hakutuloksista kokonaan sen jälkeen kun siirsitte sen uudelle palvelimelle. Kävijämäärät ovat pudonneet 80 %. Tämä on teidän aiheuttamanne ongelma.\n\nOlli', ('blame',)),
    ('email4-01', 'Projekti', 'Hei,\n\ntilasimme 500 esitettä, ja ne tulivat väärällä värillä ja osittain sumeina. Emme voi jakaa tällaisia messuilla. Haluamme joko uudet esitteet veloituksetta tai rahat takaisin tämän viikon aikana.\n\nTerveisin\nIlkka', ('refund_demand',)),
    ('email4-02', 'Projekti', 'Hei Jamie,\n\najanvaraussovellus lähetti eilen kaikille asiakkaillemme peruutusviestin, vaikka mitään ei ollut peruttu. Puolet asiakkaista ei tullut paikalle. Teidän järjestelmänne aiheutti tämän, ja me kärsimme siitä.\n\nNina', ('blame',)),
    ('email4-03', 'Projekti', 'Hei,\n\nolemme odottaneet sovittua käännöstä kolme viikkoa. Jos emme saa sitä huomiseen mennessä, emme maksa laskua ja joudumme harkitsemaan oikeudellisia toimia.\n\nLakiasiainjohtaja\nMetsä & Kivi Oy', ('legal_threat',)),
    ('email4-04', 'Projekti', 'Hei,\n\ntapahtuman järjestelyt menivät ihan pieleen. Catering oli myöhässä, äänentoisto ei toiminut ja juontaja ei tiennyt ohjelmasta mitään. Vieraat olivat pettyneitä ja niin olen minäkin.\n\nSanna', ('general_dissatisfaction',)),
    ('email4-05', 'Projekti', 'Moi,\n\nvuosilisenssin hinta tuntuu nyt jälkikäteen aivan liian kalliilta siihen nähden, mitä saamme. Haluaisin, että hinta kohtuullistetaan, muuten emme uusi sopimusta.\n\nPetri', ('price_pushback',)),
    ('email4-06', 'Projekti', 'Hei Jamie,\n\nkävin läpi tekemänne hakukoneanalyysin. Suurin osa suosituksista on mielestäni vanhentuneita tai suoraan vääriä. Onko tekijä oikeasti perehtynyt alaan? Tällä en tee mitään.\n\nVille', ('doubts_expertise',)),
    ('email4-07', 'Projekti', 'Hei,\n\nasiakkaamme haluaa nähdä kolme eri logovaihtoehtoa ja koko brändikirjan jo huomenna iltapäivällä. Tiedän, että aikaa on vähän, mutta tämä on pakko onnistua. Ei mitään selittelyjä.\n\nTuula', ('unrealistic_demand',)),
    ('email4-08', 'Projekti', 'Hei,\n\nsovitun kymmenen sivun lisäksi tarvitsemme vielä viisi uutta alasivua, blogin ja monikielisyyden. Nämä ovat niin pieniä asioita, että ne varmasti mahtuvat nykyiseen budjettiin. Ei tästä kannata tehdä numeroa.\n\nArto', ('scope_creep',)),
    ('email4-09', 'Projekti', 'Hei!\n\nSain teiltä laskun, jossa on 600 euroa lisätöitä. Mitä lisätöitä? En ole tilannut mitään ylimääräistä! Selittäkää tämä.\n\nMaija', ('misunderstanding',)),
    ('email4-10', 'Projekti', 'Moi,\n\nkampanjan raportissa oli ihan väärät luvut, ja esitin ne johtoryhmälle. Nolasin itseni täysin teidän virheenne takia. Kuka tarkistaa teidän raporttinne ennen lähettämistä?\n\nHeikki', ('blame',)),
    ('email4-11', 'Projekti', 'Hei,\n\njoudun taas kirjoittamaan samasta asiasta. Asiakaspalvelunne ei vastaa, tikettiin ei reagoida ja tilanne on edelleen sama. Tämä on turhauttavaa.\n\nKatja', ('general_dissatisfaction',)),
    ('email4-12', 'Projekti', 'Hei,\n\nkäytitte mainoksessa valokuvaani ilman lupaa. Vaadin kuvan välitöntä poistamista ja korvausta käytöstä. Muussa tapauksessa asia etenee oikeusteitse.\n\nTimo Laine', ('legal_threat',)),
    ('email4-13', 'Projekti', 'Moi,\n\nmeidän IT-kaveri katsoi teidän tekemää koodia ja sanoi, että se on ihan sotkua. Alan vähän epäillä koko projektia. Kuka siellä oikeasti koodaa?\n\nJari', ('doubts_expertise',)),
    ('email4-14', 'Projekti', 'Hei,\n\nsivuston ylläpito on maksettu koko vuodeksi etukäteen, mutta sivusto on ollut nurin yhteensä yli kaksi viikkoa tänä vuonna. Vaadimme hyvitystä katkoksista.\n\nTerveisin\nEeva', ('refund_demand',)),
    ('email4-15', 'Projekti', 'Hei,\n\nollaan oltu asiakkaana nyt vuosi, ja täytyy sanoa, että odotukset eivät ole täyttyneet. Tulokset ovat jääneet laihoiksi ja raportointi on epäselvää.\n\nJuha', ('general_dissatisfaction',)),
    ('email4-16', 'Projekti', 'Jamie,\n\nmiksi tämä kestää niin kauan? Kyse on vain verkkokaupasta. Muutama päivä luulisi riittävän. Haluan sen valmiina perjantaina.\n\nMika', ('unrealistic_demand',)),
    ('email4-17', 'Projekti', 'Hei,\n\nuutiskirjeemme meni roskapostiin lähes kaikilla vastaanottajilla, koska ette olleet asettaneet lähetysasetuksia oikein, vaikka pyysimme sitä erikseen. Tämä on ihan perusasia.\n\nMarja', ('blame',)),
    ('email4-18', 'Projekti', 'Hei,\n\nemme ole valmiita maksamaan 120 euron tuntihintaa. Kaikki muut tarjoajat veloittavat 70–80 euroa. Joko hinta alas tai yhteistyö loppuu tähän.\n\nRauno', ('price_pushback',)),
    ('email4-19', 'Projekti', 'Onko siellä ketään? Olen lähettänyt kolme viestiä eikä kukaan vastaa.', ('general_dissatisfaction',)),
    ('email4-20', 'Projekti', 'Hei,\n\nluin sopimuksesta, että omistusoikeus sivustoon jää teille. Eli te voitte käytännössä sulkea meidän sivumme milloin tahansa?? Tätä ei meille kerrottu missään vaiheessa.\n\nAnne', ('misunderstanding',)),
    ('email5-01', 'Projekti', 'Arvoisa Jamie Rivera,\n\nolen pettymyksekseni joutunut toteamaan, että kotisivuillamme on ollut jo kuukauden ajan virheellinen aukioloaikatieto. Asia oli teidän vastuullanne sopimuksen mukaan. Toivon, että tällaista ei enää tapahdu.\n\nKunnioittavasti\nEsko Lindroos', ('blame',)),
    ('email5-02', 'Projekti', 'Hei,\n\nrehellisesti sanottuna koko launch oli ihan fail. Landing page latasi hitaasti, tracking ei toiminut ja CTA-napit oli rikki mobiilissa. Meidän investorit näki tän kaiken. Ei hyvä.\n\nAleksi', ('general_dissatisfaction',)),
    ('email5-03', 'Projekti', 'Hyvä toimittaja,\n\nhankintasopimuksen mukainen toimitus on viivästynyt yli kuusi viikkoa. Kaupunki tulee perimään sopimussakon ja harkitsee sopimuksen purkamista. Pyydämme kirjallista selvitystä viivästyksen syistä viikon kuluessa.\n\nHankintapäällikkö\nKaupungin hankintapalvelut', ('legal_threat',)),
    ('email5-04', 'Projekti', 'Moi\n\nse kassajärjestelmä minkä te asensitte ei oo toiminu päivääkään kunnolla. Mä haluun että te tuutte hakemaan sen pois ja palautatte rahat. En jaksa enää tätä säätöä.\n\nRaimo', ('refund_demand',)),
    ('email5-05', 'Projekti', 'Hei,\n\nlapsemme kuvia on julkaistu päiväkodin sivuilla, vaikka emme ole antaneet siihen lupaa. Vaadimme kuvien poistamista välittömästi. Olemme yhteydessä tietosuojaviranomaiseen, jos asiaa ei korjata tänään.\n\nMatti ja Laura', ('legal_threat',)),
    ('email5-06', 'Projekti', 'Hei,\n\nteidän tarjous on kyllä ihan älytön. 25 000 euroa muutaman sivun uudistamisesta? Ei tule kuulonkaan. Saatte laskea hintaa reilusti jos haluatte tämän projektin.\n\nReijo', ('price_pushback',)),
    ('email5-07', 'Projekti', 'Moi!\n\nInvestoridemo on huomenna klo 9 ja tarvitaan toimiva MVP siihen mennessä. Tiedän et alun perin puhuttiin kuudesta viikosta, mut nyt ei oo vaihtoehtoja. Tehkää mitä pitää.\n\nAleksi', ('unrealistic_demand',)),
    ('email5-08', 'Projekti', 'Hei,\n\nkun teette kerran ylläpitoa, niin voisitteko samalla päivittää myös meidän kaikki tuotekuvaukset ja kääntää ne englanniksi? Se ei varmaan ole kovin iso työ, ja ylläpitomaksuhan on jo maksettu.\n\nKaija', ('scope_creep',)),
    ('email5-09', 'Projekti', 'Hei,\n\nnäitä teidän ehdotuksia on nyt ollut jo kolme, eikä yksikään ole osunut lähellekään. Aletaan miettiä, ymmärrättekö ollenkaan, mitä me haetaan. Ehkä meidän pitää itse piirtää tää teille.\n\nJenni', ('doubts_expertise',)),
    ('email5-10', 'Projekti', 'Hei,\n\nsain juuri ilmoituksen, että domainimme on vanhenemassa ja sivut menevät kiinni. Miten tämä on mahdollista, kun maksoimme kolmen vuoden ylläpidon?! Vastatkaa heti.\n\nKaija', ('misunderstanding',)),
    ('email5-11', 'Projekti', 'Hei,\n\nolimme sopineet, että varmuuskopiot otetaan päivittäin. Nyt kun palvelin hajosi, selvisi, ettei varmuuskopioita ole otettu kuukausiin. Olemme menettäneet koko asiakasrekisterin. Tämä on anteeksiantamatonta.\n\nToimitusjohtaja\nMetallityö Oy', ('blame',)),
    ('email5-12', 'Projekti', 'Hei Jamie,\n\nolen nyt kolmatta kertaa joutunut huomauttamaan samoista kirjoitusvirheistä. Eikö teillä kukaan oikolue tekstejä? Tämä alkaa näyttää huonolta meidän asiakkaiden silmissä.\n\nMerja', ('general_dissatisfaction', 'blame')),
    ('email5-13', 'Projekti', 'Hei,\n\nluulin, että maksamme ammattilaisille, mutta tämä lopputulos näyttää siltä kuin se olisi tehty pikaisesti illan aikana. Onko tämä oikeasti parasta, mihin pystytte?\n\nKalle', ('doubts_expertise',)),
    ('email5-14', 'Projekti', 'Hei,\n\nkoulutus, johon osallistuimme, ei vastannut lainkaan sitä, mitä mainostitte. Puolet ajasta käytettiin teknisiin ongelmiin. Odotamme osallistumismaksujen palauttamista.\n\nTerveisin\nHenna', ('refund_demand',)),
    ('email5-15', 'Projekti', 'Hei,\n\ntarvitsemme somekampanjan, joka tuo vähintään 10 000 uutta seuraajaa kuukaudessa. Budjettimme on 500 euroa. Jos tämä ei onnistu, mietimme muita vaihtoehtoja.\n\nPaula', ('unrealistic_demand',)),
    ('email5-16', 'Projekti', 'Hei,\n\nmaksusivulla on ollut väärä ALV-kanta koko syksyn. Nyt joudumme korjaamaan satoja laskuja. Kuinka tällainen pääsee läpi teidän testauksestanne?\n\nTalousjohtaja', ('blame',)),
    ('email5-17', 'Projekti', 'Hei,\n\nen oikein tiedä, mitä teiltä enää odottaa. Joka ikinen toimitus on vaatinut useita korjauskierroksia. Onko tämä normaalia teillä?\n\nKirsi', ('general_dissatisfaction',)),
    ('email5-18', 'Projekti', 'Hei Jamie,\n\nlasku oli 40 % suurempi kuin tarjous. Emme hyväksyneet mitään lisätöitä. Maksamme tarjouksen mukaisen summan, emme senttiäkään enempää.\n\nVesa', ('refund_demand', 'price_pushback')),
    ('email5-19', 'Projekti', 'Hei,\n\nmyitte meille verkkokaupan, joka ei täytä saavutettavuusvaatimuksia, vaikka se luvattiin kirjallisesti. Jos saamme tästä sanktioita, laskutamme ne teiltä.\n\nPekka', ('legal_threat',)),
    ('email5-20', 'Projekti', 'Moi,\n\nsun piti lähettää ne kuvat painoon maanantaina. Nyt on torstai ja painosta soitettiin että mitään ei oo tullut. Miten tää on taas mahdollista?\n\nTeemu', ('blame',)),
    ('email6-01', 'Reklamaatio', 'Hei,\n\nteemme täten reklamaation toimittamastanne esitemateriaalista. Värit poikkeavat hyväksytystä vedoksesta selvästi, eikä materiaali ole käyttökelpoista.\n\nTerveisin\nOsto', ('general_dissatisfaction',)),
    ('email6-02', 'Tilaukset kadonneet', 'Hei,\n\nverkkokaupasta on kadonnut viikonlopun kaikki tilaukset. Te teitte perjantaina jonkin päivityksen ilman että kukaan kertoi siitä meille. Nyt meillä on kymmeniä vihaisia asiakkaita.\n\nJonna', ('blame',)),
    ('email6-03', 'Peruutus', 'Hei,\n\nperuin tilauksen heti seuraavana päivänä, mutta rahoja ei ole vieläkään palautettu. Nyt on kulunut kuusi viikkoa. Haluan rahani tilille tällä viikolla.\n\nSeppo', ('refund_demand',)),
    ('email6-04', 'Viimeinen muistutus', 'Hei,\n\ntämä on viimeinen yritys ratkaista asia sovinnollisesti. Ellei virhettä korjata viikon kuluessa, siirrämme asian perintään ja oikeudelliseen käsittelyyn.\n\nToimitusjohtaja', ('legal_threat',)),
    ('email6-05', 'Tarjous', 'Moi,\n\nei tuo hinta kyllä mene meillä läpi. Johtoryhmä ei hyväksy yli 5 000 euron kuluja tähän. Tehkää uusi tarjous tai etsimme toisen tekijän.\n\nHarri', ('price_pushback',)),
    ('email6-06', 'HETI', 'Tarvitsen uuden bannerin sivuille tunnin sisällä. Älkää kysykö miksi, tehkää vain.', ('unrealistic_demand',)),
    ('email6-07', 'Pari juttua', 'Moi,\n\nkatsoin sivut ja ne näyttää hyviltä. Lisätkää vielä hinnasto, galleria ja yhteydenottolomake, ne on varmasti nopeita. Ei kai niistä mitään lisähintaa tule?\n\nTero', ('scope_creep',)),
    ('email6-08', 'Ehdotus', 'Hei,\n\nteidän ehdotuksessa ei ole mitään järkeä. Kuka tahansa näkee, että tuo ratkaisu ei toimi meidän käyttäjille. Tehdään tämä minun tavallani.\n\nAnnika', ('doubts_expertise',)),
    ('email6-09', 'Mitä ihmettä?', 'Hei,\n\nsaimme tiedon, että poistatte vanhat sivumme ensi viikolla. Kuka on päättänyt tästä? Emme ole missään vaiheessa sanoneet, että vanhat sivut saa poistaa.\n\nJuho', ('misunderstanding',)),
    ('email6-10', 'Palaute', 'Hei,\n\nhalusin antaa palautetta: yhteistyö on ollut hyvin pettymys. Vastaukset tulevat hitaasti ja laatu vaihtelee. Tämä ei ole sitä tasoa, jota odotimme.\n\nSaara', ('general_dissatisfaction',)),
    ('email6-11', 'Re: Sivuston kaatuminen', 'Jamie,\n\nsivusto kaatui taas kesken kampanjan. Olette luvanneet jo kahdesti, että tämä on korjattu. Alkaa olla aika vaikea uskoa mitään mitä sanotte.\n\nPetteri', ('blame',)),
    ('email6-12', 'Lasku 4402', 'Hei,\n\nlaskutitte meitä kahdesta kuukaudesta, vaikka palvelu lopetettiin jo syyskuussa. Hyvittäkää virheellinen laskutus ja palauttakaa liikaa peritty summa.\n\nTaloushallinto', ('refund_demand',)),
    ('email6-13', 'Mikä tilanne?', 'Mikä on tilanne? Kukaan ei ole kertonut mitään kahteen viikkoon. Alkaa riittää.', ('general_dissatisfaction',)),
    ('email6-14', 'Re: SEO', 'Hei,\n\nsanotte, että tulokset näkyvät vasta puolen vuoden päästä. Sama selitys kuultiin jo keväällä. Alan uskoa, ettette oikeasti osaa hakukoneoptimointia.\n\nMikko', ('doubts_expertise',)),
    ('email6-15', 'Arvostelu', 'Hei,\n\njos ette vastaa tähän viestiin huomiseen mennessä, kirjoitan Googleen rehellisen arvostelun kokemuksistani teidän kanssanne.\n\nMervi', ('legal_threat',)),
    ('email6-16', 'Muutokset', 'Hei,\n\nhallituksen kokous on huomenna aamulla, ja sitä ennen pitää muuttaa koko sivuston värimaailma, kaikki kuvat ja tekstit. Ei pitäisi olla iso juttu teille.\n\nSirkka', ('unrealistic_demand',)),
    ('email6-17', 'Uutiskirje', 'Hei,\n\nlähetitte uutiskirjeen väärälle listalle, ja nyt entiset asiakkaamme saivat viestin, jossa heitä kiitetään tilauksesta. Tämä on erittäin nolo tilanne meille.\n\nAino', ('blame',)),
    ('email6-18', 'Hinta', 'Hei,\n\nmuistaakseni sovimme 4 000 eurosta, mutta nyt kun katson työn määrää, se tuntuu ylimitoitetulta. Ehdotan 2 500 euroa.\n\nKalevi', ('price_pushback',)),
    ('email6-19', 'Sivut', 'No huh huh. Tämäkö on se lopputulos, josta maksoimme? Ei vakuuta yhtään.', ('general_dissatisfaction',)),
    ('email6-20', 'Kampanja', 'Hei,\n\nmainoskampanja pyöri viikon väärällä kohderyhmällä, koska joku teillä oli valinnut väärät asetukset. Koko budjetti on nyt käytetty. Kuka tämän korvaa?\n\nJoonas', ('blame',)),
    ('email7-01', 'Kassa', 'Hei,\n\nkassajärjestelmä laskee alennukset väärin jo toista viikkoa. Olemme menettäneet satoja euroja, koska te ette ole saaneet vikaa korjattua. Tämä on teidän vastuullanne, ei meidän.\n\nHelena', ('blame',)),
    ('email7-02', 'Kurssimaksu', 'Hei,\n\nkurssi peruttiin teidän toimestanne kaksi päivää ennen alkua. Haluan koko kurssimaksun takaisin, en lahjakorttia.\n\nPirjo', ('refund_demand',)),
    ('email7-03', 'Tekijänoikeudet', 'Hei,\n\nkäytätte edelleen meidän suunnittelemaamme logoa omassa markkinoinnissanne ilman sopimusta. Jos käyttö ei lopu tällä viikolla, annamme asian asianajajamme hoidettavaksi.\n\nStudio Kuu', ('legal_threat',)),
    ('email7-04', 'Hinta', 'Hei,\n\nolemme miettineet tarjoustanne, ja rehellisesti sanottuna se on selvästi yläkanttiin. Muut toimistot ovat tarjonneet samaa noin puolella. Jos tähän ei tule muutosta, emme voi jatkaa.\n\nLasse', ('price_pushback',)),
    ('email7-05', 'Kiire', 'Hei,\n\ntarvitsemme uuden verkkokaupan valmiiksi ennen joulusesonkia eli kahden viikon päästä. Tiedän, että arvioitte aiemmin kolme kuukautta, mutta tämän on pakko onnistua.\n\nJari', ('unrealistic_demand',)),
    ('email7-06', 'Lisää', 'Moi,\n\nvoisitteko samassa yhteydessä tehdä meille vielä asiakasportaalin ja mobiilisovelluksen? Eihän niissä ole mitään ihmeellistä, ja meidän budjetti on jo aika tiukka, joten lisälaskuja emme halua.\n\nOskari', ('scope_creep',)),
    ('email7-07', 'Suunnitelma', 'Hei,\n\nlukiessani markkinointisuunnitelmaanne en voinut olla miettimättä, onko teillä ollenkaan kokemusta B2B-puolelta. Suurin osa ehdotuksista sopisi paremmin kuluttajabrändille. Haluan, että joku kokeneempi käy tämän läpi.\n\nMarjo', ('doubts_expertise',)),
    ('email7-08', 'Laskutus', 'Hei!!\n\nMiksi meiltä veloitetaan nyt kuukausimaksua, vaikka sovimme kertamaksusta? Tätä ei ole koskaan sovittu. Oikaiskaa tämä heti.\n\nIrma', ('misunderstanding',)),
    ('email7-09', 'Projekti', 'Hei,\n\nkoko projekti on ollut yhtä odottelua. Asiat etenevät hitaasti ja joka vaiheessa joutuu muistuttamaan. En ole tyytyväinen tähän.\n\nVeikko', ('general_dissatisfaction',)),
    ('email7-10', 'Sähköpostit', 'Hei,\n\nkaikki meidän sähköpostit lakkasivat toimimasta eilen illalla, kun vaihdoitte DNS-asetukset. Kukaan ei varoittanut meitä. Korjatkaa tämä välittömästi.\n\nToimitusjohtaja', ('blame',)),
    ('email7-11', 'Re: Re: Raportti', 'No niin. Taas myöhässä. Mitä tekosyytä tällä kertaa?', ('general_dissatisfaction',)),
    ('email7-12', 'Vahingot', 'Hei,\n\nsivuston tietoturva-aukon takia asiakkaidemme tiedot vuotivat. Vaadimme teiltä korvausta kaikista aiheutuneista kuluista ja harkitsemme kanteen nostamista.\n\nJohto\nLogistiikka Oy', ('legal_threat',)),
    ('email7-13', 'Koodi', 'Hei,\n\nkävimme koodin läpi ulkopuolisen konsultin kanssa, ja hänen mukaansa rakenne on sekava eikä noudata mitään hyviä käytäntöjä. Onko teidän tiimissä ketään kokenutta kehittäjää?\n\nTommi', ('doubts_expertise',)),
    ('email7-14', 'Vuosimaksu', 'Hei,\n\nirtisanoimme sopimuksen ajoissa, mutta teitte silti uuden vuosiveloituksen. Tämä on väärin. Vaadin rahojen palauttamista viipymättä.\n\nKaisa', ('refund_demand',)),
    ('email7-15', 'Julkaisu', 'Hei,\n\nuusi sivu julkaistiin ilman meidän hyväksyntäämme ja siinä oli keskeneräisiä tekstejä. Asiakkaat ehtivät nähdä ne. Miten tämä on voinut päästä läpi?\n\nLotta', ('blame',)),
    ('email7-16', 'Palvelu', 'Olen todella pettynyt palveluunne. Tämä ei ollut sitä, mitä lupasitte.', ('general_dissatisfaction',)),
    ('email7-17', 'Lasku', 'Hei,\n\nlaskussa on 12 tuntia suunnittelua, vaikka arvio oli 6 tuntia. Emme ole valmiita maksamaan ylimääräisiä tunteja, joista ei sovittu.\n\nJukka', ('refund_demand', 'price_pushback')),
    ('email7-18', 'Huomiseksi', 'Jamie,\n\ntoimitusjohtaja haluaa nähdä kokonaan uuden ilmeen huomiseksi. Tiedän, että tämä on tiukka, mutta kyse on vain muutamasta luonnoksesta. Hoidathan tämän?\n\nElina', ('unrealistic_demand',)),
    ('email7-19', 'Raportit', 'Hei,\n\nlähettämänne kuukausiraportit ovat olleet täynnä virheitä jo kolme kuukautta. Olemme tehneet päätöksiä väärien lukujen perusteella. Tämä ei ole hyväksyttävää.\n\nKari', ('blame',)),
    ('email7-20', 'Arvio', 'Jos en saa asiaan ratkaisua huomiseen mennessä, jätän teistä huonon arvion kaikkiin mahdollisiin palveluihin ja kerron kokemuksestani myös paikallislehdelle.', ('legal_threat',)),
]

# (id, subject, new text): calm look-alikes of the emails above, same topics, no heat.
CALM_EMAILS = [
    ('calm1-01', 'Projekti', 'Hei Jamie, kiitos tarjouksesta. Hinta on meille hieman budjettia korkeampi – olisiko mahdollista jakaa projekti kahteen vaiheeseen?'),
    ('calm1-02', 'Projekti', 'Moi! Huomasin että yhteystietosivulla on vanha puhelinnumero. Voisitko vaihtaa sen? Kiitos!'),
    ('calm1-03', 'Projekti', 'Hei, laskussa 2041 on ilmeisesti vanha viitenumero. Voisitteko lähettää korjatun? Maksamme sen heti kun saamme uuden.'),
    ('calm1-04', 'Projekti', 'Hei Jamie, olemme päättäneet siirtää julkaisua viikolla, koska tuotekuvat eivät ole vielä valmiita. Meidän puolestamme viivästys, ei teidän.'),
    ('calm1-05', 'Projekti', 'Kiitos viime viikon palaverista! Kuten sovittiin, lähetän tekstit perjantaihin mennessä.'),
    ('calm1-06', 'Projekti', 'Hei, asiakas valitti meille, että tilausvahvistus ei tullut perille. Voisitko katsoa, onko sähköpostiasetuksissa vikaa? Ei mitään kiirettä.'),
    ('calm1-07', 'Projekti', 'Moi, valitettavasti joudumme lopettamaan some-kampanjan budjettisyistä maaliskuun lopussa. Kiitos hyvästä yhteistyöstä tähän asti!'),
    ('calm1-08', 'Projekti', 'Hei, voisitteko lähettää tarjouksen myös englanninkielisestä versiosta? Se ei kuulu nykyiseen sopimukseen, joten laskuttakaa erikseen.'),
    ('calm1-09', 'Projekti', 'Hei, sopimuksen mukaan irtisanomisaika on kolme kuukautta. Haluaisin tietää, milloin sopimus päättyy, jos irtisanon sen nyt.'),
    ('calm1-10', 'Projekti', 'Hei Jamie, kävin sivuston läpi ja se näyttää tosi hyvältä. Pari pientä korjausta: logo vähän isommaksi ja alatunnisteeseen Y-tunnus.'),
    ('calm1-11', 'Projekti', 'Hei, tiimimme oli tosi tyytyväinen koulutukseen. Voisimmeko sopia jatkokoulutuksen keväälle?'),
    ('calm1-12', 'Projekti', 'Kiitos kun korjasitte virheen niin nopeasti! Kaikki toimii nyt.'),
    ('calm1-13', 'Projekti', 'Hei, lakimiehemme pyysi vielä tarkennusta sopimuksen vastuunrajoituslausekkeeseen. Voisitteko lähettää päivitetyn version?'),
    ('calm1-14', 'Projekti', 'Hei! Olisiko mahdollista saada sivut valmiiksi jo ensi perjantaiksi? Jos ei onnistu, ei hätää.'),
    ('calm1-15', 'Projekti', 'Moi Jamie, mä en oo vielä ehtinyt katsoo luonnosta, mut katson huomenna. Sori viive!'),
    ('calm1-16', 'Projekti', 'Hei, halusin vain kertoa, että asiakkaamme ovat kehuneet uutta ajanvarausta. Hieno homma!'),
    ('calm1-17', 'Projekti', 'Hei, tarvitsemme vielä yhden lisäsivun rekrytointia varten. Voisitteko arvioida, paljonko se maksaa?'),
    ('calm1-18', 'Projekti', 'Hei, valitettavasti en pääse huomiseen palaveriin. Voisimmeko siirtää sen torstaille? Pahoittelen lyhyellä varoitusajalla.'),
    ('calm1-22', 'Projekti', 'Upeaa! Todella hieno sivusto, kiitos.'),
    ('calm1-23', 'Projekti', 'Hei, olemme olleet erittäin tyytyväisiä, mutta joudumme valitettavasti siirtymään toiseen järjestelmään, koska emoyhtiö vaatii sitä. Kiitos yhteistyöstä.'),
    ('calm1-24', 'Projekti', 'Hei, en ole vielä saanut laskua marraskuulta. Voisitteko lähettää sen? Kiitos.'),
    ('calm1-25', 'Projekti', 'Hei, mitä mieltä olette: kannattaako meidän vaihtaa uuteen julkaisujärjestelmään? Nykyinen on aika hidas.'),
    ('calm1-26', 'Projekti', 'Hei Jamie, voisitko laittaa uuden hinnaston sivuille heti kun ehdit? Kiitos!'),
    ('calm1-27', 'Projekti', 'Hei! Kampanja toi jo ensimmäisellä viikolla 40 uutta asiakasta. Mahtavaa työtä!'),
    ('calm2-01', 'Projekti', 'Hei Jamie,\n\nkiitos eilisestä. Sovitaanko seuraava palaveri ensi viikon keskiviikolle? Tuon mukanani myös uuden markkinointipäällikkömme.\n\nTerveisin\nJaana Leinonen\ntoimitusjohtaja\nLeinonen Catering Oy\npuh. 040 111 2233'),
    ('calm2-02', 'Projekti', 'Hei,\n\nlaskussa 2211 on pieni virhe: Y-tunnuksemme puuttuu. Voisitteko lähettää korjatun version? Maksamme sen heti perään.\n\nKiitos!\nLaskutus'),
    ('calm2-03', 'Projekti', 'Moi Jamie!\n\nMeidän asiakas oli tosi vihainen viime viikolla toimitusviiveestä, mutta se johtui kuljetusliikkeestä. Voisitteko lisätä sivulle tiedotteen, että toimitukset voivat viivästyä joulun alla?\n\nTerkuin Sini'),
    ('calm2-04', 'Projekti', 'Hei,\n\nolemme päättäneet siirtää verkkokaupan uudistuksen ensi vuoteen budjettisyistä. Palataan asiaan tammikuussa. Kiitos joustavuudesta!\n\nTerveisin\nJaana Leinonen\ntoimitusjohtaja\nLeinonen Catering Oy\npuh. 040 111 2233'),
    ('calm2-05', 'Projekti', 'Hei Jamie,\n\nlakiasiaintoimistomme tarkistaa vielä sopimuksen vastuunrajoitusehdot. Saamme kommentit todennäköisesti perjantaina.\n\nTerveisin\nJaana Leinonen\ntoimitusjohtaja\nLeinonen Catering Oy\npuh. 040 111 2233'),
    ('calm2-06', 'Projekti', 'Hei,\n\nvoisitteko arvioida, kuinka paljon ruotsinkielinen versio maksaisi? Se ei kuulunut alkuperäiseen tarjoukseen, joten tarvitsemme siitä erillisen tarjouksen.\n\nSatu'),
    ('calm2-07', 'Projekti', 'Hei!\n\nSivusto on toiminut hienosti ja asiakkaamme ovat kiitelleet uutta ulkoasua. Ainoa toive olisi, että uutiset-osio päivittyisi etusivulle automaattisesti. Onnistuuko?\n\nRiikka'),
    ('calm2-08', 'Projekti', 'Hei,\n\nmeillä on huomenna aamulla tärkeä esittely, ja huomasin, että hinnastosivulla on vanhat hinnat. Ehtisitkö vaihtaa ne tänään? Jos et ehdi, ei haittaa, näytän vanhan version.\n\nKimmo'),
    ('calm2-09', 'Projekti', 'Hei Jamie,\n\nirtisanon ylläpitosopimuksemme päättymään maaliskuun lopussa, koska yritys siirtyy konsernin yhteiseen järjestelmään. Olemme olleet palveluunne erittäin tyytyväisiä.\n\nTerveisin\nJaana Leinonen\ntoimitusjohtaja\nLeinonen Catering Oy\npuh. 040 111 2233'),
    ('calm2-10', 'Projekti', 'Moi,\n\nkiitos kun otit yhteyttä. Meillä on tänä vuonna tiukka budjetti, joten emme valitettavasti voi tilata uutta kampanjaa. Palataan asiaan ensi vuonna.\n\nPete'),
    ('calm2-11', 'Projekti', 'Hei,\n\nhuomasin, että yhteydenottolomakkeen kautta ei tule enää viestejä. Voisitteko tarkistaa asian? Kiitos paljon!\n\nTiina'),
    ('calm2-12', 'Projekti', 'Hei,\n\ntässä vielä ne kuvat, joista puhuttiin. Jos tarvitset isompia versioita, kerro vain.\n\nJanne'),
    ('calm2-13', 'Projekti', 'Hei Jamie,\n\nolemme miettineet, kannattaisiko meidän vaihtaa uuteen verkkokauppa-alustaan. Mitä suosittelisit? Nykyinen on vähän kankea.\n\nMarkus'),
    ('calm2-14', 'Projekti', 'Hei,\n\npahoittelen, että vastaukseni viivästyi. Olin koko viime viikon sairaslomalla. Hyväksymme tarjouksen, ja voimme aloittaa ensi kuussa.\n\nTerveisin\nJaana Leinonen\ntoimitusjohtaja\nLeinonen Catering Oy\npuh. 040 111 2233'),
    ('calm2-15', 'Projekti', 'Moikka!\n\nSaatiinko jo se ruotsinkielinen käännös? Ei mitään kiirettä, halusin vain tarkistaa aikataulun.\n\nSatu'),
    ('calm3-01', 'Projekti', 'Hei Jamie,\n\nkävimme luonnoksen läpi. Värimaailma on hieno, mutta fontti on vähän liian pieni mobiilissa ja kuvat lataavat hitaasti. Voisitteko katsoa nämä ensi viikolla?\n\nKiitos!\nHannu'),
    ('calm3-02', 'Projekti', 'Hei,\n\nhuomasin, että maksusivu ei toimi Safarilla. Chromella toimii. Ehtisittekö katsoa asiaa tänään tai huomenna?\n\nLaura'),
    ('calm3-03', 'Projekti', 'Hei Jamie,\n\npahoittelen eilistä viestiäni, se oli turhan tiukkasanainen. Vika olikin meidän päässämme, palomuuri esti yhteyden. Kiitos avusta!\n\nAntti'),
    ('calm3-04', 'Projekti', 'Moi,\n\nsaimme toiselta toimistolta tarjouksen, joka on hieman edullisempi, mutta haluaisimme silti jatkaa teidän kanssanne. Voisimmeko käydä läpi, mitä teidän tarjoukseenne sisältyy?\n\nEero'),
    ('calm3-05', 'Projekti', 'Hei,\n\nlehdistötilaisuus siirtyi, joten sivuston julkaisussa ei ole enää kiire. Katsotaan uusi aikataulu ensi viikolla.\n\nMinna'),
    ('calm3-06', 'Projekti', 'Hei,\n\nvoisitteko tehdä meille tarjouksen logosta ja käyntikorteista? Ne eivät kuulu nykyiseen projektiin, joten erillinen lasku on ihan ok.\n\nJukka'),
    ('calm3-07', 'Projekti', 'Hei,\n\nmietin vielä sivurakennetta. Voisimmeko keskustella siitä, miksi päädyitte tähän ratkaisuun? Haluan ymmärtää perustelut ennen kuin hyväksymme sen.\n\nSirpa'),
    ('calm3-08', 'Projekti', 'Hei,\n\nnäin, että käytätte sivustoamme referenssinä LinkedInissä. Kiva! Voisitteko lisätä mukaan myös linkin meidän verkkokauppaan?\n\nKari'),
    ('calm3-09', 'Projekti', 'Hei Jamie,\n\nprojekti on edennyt hyvin, vaikka alussa oli vähän takkuamista. Kiitos kärsivällisyydestä.\n\nPäivi'),
    ('calm3-10', 'Projekti', 'Hei,\n\nilmoitamme, että talousjohtajamme vaihtuu vuodenvaihteessa. Jatkossa laskut pyydetään lähettämään osoitteeseen lasku@rakennus.example.\n\nTalousosasto'),
    ('calm3-11', 'Projekti', 'Moi!\n\nLähetin eilen viestin, mutta en ole varma, menikö se perille. Saitteko kuvat?\n\nTapio'),
    ('calm3-12', 'Projekti', 'Hei,\n\nvahingossa maksoimme laskun kahteen kertaan. Voisitteko palauttaa toisen maksun tilillemme? Kiitos!\n\nKirsi'),
    ('calm3-13', 'Projekti', 'Hei,\n\nkiitos ylläpitosopimuksen uudistuksesta. Huomasin, että hinta nousee ensi vuonna – voisitteko kertoa, mitä uuteen hintaan sisältyy?\n\nRisto'),
    ('calm3-14', 'Projekti', 'Hei,\n\ntarvitsisimme sivuston käännettynä saksaksi. Aikataulu on joustava, mutta olisi kiva saada se kevään aikana. Voitteko tehdä tarjouksen?\n\nLeena'),
    ('calm3-15', 'Projekti', 'Hei Jamie,\n\nkävijämäärät ovat pudonneet hieman syksyllä. Onko teillä ideoita, miten voisimme parantaa hakukonenäkyvyyttä?\n\nOlli'),
    ('calm3-16', 'Projekti', 'Hei,\n\nemme valitettavasti pysty jatkamaan yhteistyötä ensi vuonna, koska yrityksemme yhdistyy toiseen konserniin. Kiitos hyvästä yhteistyöstä!\n\nJaana'),
    ('calm4-01', 'Projekti', 'Hei,\n\ntilasimme 500 esitettä. Olisiko mahdollista saada lisäksi 200 kappaletta samalla hinnalla per kappale? Kiitos!\n\nIlkka'),
    ('calm4-02', 'Projekti', 'Hei Jamie,\n\najanvaraussovellus toimii hienosti! Yksi toive: voisiko peruutusviestiin lisätä linkin uuden ajan varaamiseen?\n\nNina'),
    ('calm4-03', 'Projekti', 'Hei,\n\nkäännös saapui, kiitos. Lasku maksetaan eräpäivään mennessä.\n\nLakiasiainjohtaja\nMetsä & Kivi Oy'),
    ('calm4-04', 'Projekti', 'Hei,\n\ntapahtuma meni kokonaisuutena hyvin. Catering oli hieman myöhässä, mutta vieraat eivät sitä huomanneet. Kiitos järjestelyistä!\n\nSanna'),
    ('calm4-05', 'Projekti', 'Moi,\n\nvuosilisenssi on uusittavana maaliskuussa. Voisitteko lähettää tarjouksen ensi vuodelle? Harkitsemme myös suurempaa pakettia.\n\nPetri'),
    ('calm4-06', 'Projekti', 'Hei Jamie,\n\nkiitos hakukoneanalyysistä. Osa suosituksista oli minulle uusia – voisitko selittää tarkemmin, mitä tarkoitat rakenteellisella datalla?\n\nVille'),
    ('calm4-07', 'Projekti', 'Hei,\n\nasiakkaamme haluaisi nähdä logoluonnokset ensi viikon aikana. Onnistuuko se teidän aikataulussa?\n\nTuula'),
    ('calm4-08', 'Projekti', 'Hei,\n\ntarvitsisimme sivustolle viisi uutta alasivua. Voisitteko arvioida työmäärän ja hinnan?\n\nArto'),
    ('calm4-09', 'Projekti', 'Hei!\n\nSain laskun, kiitos. Voisitteko vielä eritellä lisätyöt riveittäin kirjanpitoa varten?\n\nMaija'),
    ('calm4-10', 'Projekti', 'Moi,\n\nkampanjan raportissa taisi olla pieni virhe konversioissa. Voisitko tarkistaa luvut ennen kuin esitän ne johtoryhmälle?\n\nHeikki'),
    ('calm4-11', 'Projekti', 'Hei,\n\navasin tiketin eilen, mutta en ole vielä saanut vastausta. Onko tiketti mennyt oikeaan paikkaan?\n\nKatja'),
    ('calm4-12', 'Projekti', 'Hei,\n\nhaluaisimme käyttää mainoksessa yhtä teidän ottamaanne valokuvaa. Sopiiko se?\n\nTimo'),
    ('calm4-13', 'Projekti', 'Moi,\n\nmeidän IT-kaveri haluaisi päästä katsomaan koodia. Voisitteko antaa hänelle lukuoikeudet?\n\nJari'),
    ('calm4-14', 'Projekti', 'Hei,\n\nsivusto oli eilen hetken nurin, mutta nyt toimii taas. Mistä katkos johtui?\n\nEeva'),
    ('calm4-15', 'Projekti', 'Hei,\n\nensimmäinen vuosi on takana, ja olemme tyytyväisiä. Voisimmeko käydä läpi ensi vuoden tavoitteet?\n\nJuha'),
    ('calm4-16', 'Projekti', 'Hei,\n\nmuistutan vielä, että emme ole vielä saaneet tarjousta. Ei kiirettä, mutta tarvitsemme sen ennen kuun loppua.\n\nRauno'),
    ('calm4-17', 'Projekti', 'Hei Anne,\n\nluin sopimuksen ja siinä on kohta omistusoikeudesta. Voisitteko selventää, mitä se tarkoittaa käytännössä?\n\nAnne'),
    ('calm4-18', 'Projekti', 'Moikka! Kiitos tästä vuodesta, hyvää joulua koko tiimille!'),
    ('calm4-19', 'Projekti', 'Hei,\n\nvalitettavasti joudumme perumaan ensi viikon työpajan sairastumisen vuoksi. Sopisiko uusi aika tammikuussa?\n\nMarja'),
    ('calm4-20', 'Projekti', 'Hei,\n\nolen lähettänyt laskun kolmesti, koska osoite vaihtui välissä. Pahoittelut sekaannuksesta!\n\nMika'),
    ('calm5-01', 'Projekti', 'Arvoisa Jamie Rivera,\n\nkiitän teitä kotisivujemme uudistuksesta. Yksi pieni huomio: aukioloajat kaipaisivat päivitystä joulun ajaksi.\n\nKunnioittavasti\nEsko Lindroos'),
    ('calm5-02', 'Projekti', 'Hei,\n\nlaunch meni tosi hyvin! Pari bugia löytyi mobiilista, listasin ne tikettiin. Kiitos tiimille!\n\nAleksi'),
    ('calm5-03', 'Projekti', 'Hyvä toimittaja,\n\npyydämme tarjousta verkkosivujen ylläpidosta ajalle 1.1.–31.12.2027. Tarjoukset tulee jättää viimeistään 15.1. klo 12.\n\nHankintapäällikkö\nKaupungin hankintapalvelut'),
    ('calm5-04', 'Projekti', 'Moi\n\nkassajärjestelmä toimii nyt hyvin, kiitos kun kävitte säätämässä. Laitan laskun maksuun.\n\nRaimo'),
    ('calm5-05', 'Projekti', 'Hei,\n\nsaako päiväkodin sivuille laittaa lasten kuvia, jos vanhemmat ovat antaneet luvan? Haluaisimme varmistaa asian ennen julkaisua.\n\nLaura'),
    ('calm5-06', 'Projekti', 'Hei,\n\ntarjous on meille vähän suurempi kuin odotimme. Voisimmeko miettiä kevyemmän version?\n\nReijo'),
    ('calm5-07', 'Projekti', 'Hei,\n\ntiedän, että aikataulu on tiukka, mutta olisiko mahdollista saada demo valmiiksi ensi viikon loppuun mennessä? Jos ei, ymmärrän täysin.\n\nAleksi'),
    ('calm5-08', 'Projekti', 'Hei,\n\nvoisitteko tehdä tarjouksen tuotekuvausten kääntämisestä englanniksi? Se ei kuulu ylläpitoon, joten laskuttakaa erikseen.\n\nKaija'),
    ('calm5-09', 'Projekti', 'Hei,\n\nkiitos ehdotuksista. Mikään niistä ei vielä ihan osunut, mutta kolmas oli lähimpänä. Voisitteko jatkaa siitä?\n\nJenni'),
    ('calm5-10', 'Projekti', 'Hei,\n\nsain ilmoituksen domainin vanhenemisesta. Hoidattehan te uusimisen, vai pitääkö meidän tehdä jotain?\n\nKaija'),
    ('calm5-11', 'Projekti', 'Hei,\n\ntarkistaisitteko, että varmuuskopiot otetaan päivittäin? Halusin varmistaa asian ennen vuodenvaihdetta.\n\nToimitusjohtaja\nMetallityö Oy'),
    ('calm5-12', 'Projekti', 'Hei Jamie,\n\nlöysin tekstistä pari kirjoitusvirhettä, merkitsin ne liitteeseen. Muuten näyttää hyvältä!\n\nMerja'),
    ('calm5-13', 'Projekti', 'Hei,\n\nkoulutus oli hyödyllinen, vaikka alussa oli teknisiä ongelmia. Kiitos!\n\nHenna'),
    ('calm5-14', 'Projekti', 'Hei,\n\nhaluaisimme kasvattaa seuraajamääräämme. Millaisia tuloksia 500 euron budjetilla voi realistisesti odottaa?\n\nPaula'),
    ('calm5-15', 'Projekti', 'Hei,\n\nmaksusivulla näyttää olevan väärä ALV-kanta. Voisitteko korjata sen? Kiitos.\n\nTalousjohtaja'),
    ('calm5-16', 'Projekti', 'Hei,\n\nlasku oli hieman suurempi kuin tarjous. Voisitteko kertoa, mistä ero johtuu?\n\nVesa'),
    ('calm5-17', 'Projekti', 'Hei,\n\nonko verkkokauppamme saavutettavuusvaatimusten mukainen? Haluaisimme tarkistuttaa sen ennen kesää.\n\nPekka'),
    ('calm5-18', 'Projekti', 'Moi,\n\nmuistaisitko lähettää ne kuvat painoon maanantaina? Kiitti!\n\nTeemu'),
    ('calm5-19', 'Projekti', 'Hei,\n\nmeillä on ollut kiireinen syksy, joten pahoittelut hitaista vastauksista. Palataan asiaan ensi viikolla.\n\nKirsi'),
    ('calm5-20', 'Projekti', 'Hei,\n\nvarmistan vielä, että sopimuksen mukaan lopullinen maksu erääntyy vasta hyväksynnän jälkeen? Lakimiehemme kysyi asiaa.\n\nVesa'),
    ('calm6-01', 'Reklamaatio asiakkaalta', 'Hei,\n\nsaimme asiakkaalta reklamaation toimitusajasta. Voisitteko lisätä tilausvahvistukseen arvion toimitusajasta?\n\nOsto'),
    ('calm6-02', 'Päivitys', 'Hei,\n\nhuomasin, että teitte perjantaina päivityksen. Kaikki näyttää toimivan hyvin, kiitos!\n\nJonna'),
    ('calm6-03', 'Peruutus', 'Hei,\n\nperuin tilauksen eilen. Milloin voin odottaa palautusta tililleni? Kiitos.\n\nSeppo'),
    ('calm6-04', 'Muistutus', 'Hei,\n\nystävällinen muistutus huomisesta palaverista klo 14. Nähdään!\n\nToimitusjohtaja'),
    ('calm6-05', 'Tarjous', 'Moi,\n\njohtoryhmä hyväksyi tarjouksen. Aloitetaan ensi kuussa!\n\nHarri'),
    ('calm6-06', 'Banneri', 'Hei, olisiko mahdollista saada uusi banneri sivuille tällä viikolla? Kiitos!'),
    ('calm6-07', 'Lisäykset', 'Moi,\n\nsivut näyttää hyviltä! Voisitteko tehdä tarjouksen hinnastosta ja galleriasta lisätöinä?\n\nTero'),
    ('calm6-08', 'Ehdotus', 'Hei,\n\nkiitos ehdotuksesta. Meillä on vähän eri näkemys käyttäjien tarpeista – voisimmeko keskustella siitä palaverissa?\n\nAnnika'),
    ('calm6-09', 'Vanhat sivut', 'Hei,\n\nvoiko vanhat sivut poistaa nyt, kun uudet ovat julki? Kertokaa, jos teidän pitää tehdä jotain ennen sitä.\n\nJuho'),
    ('calm6-10', 'Palaute', 'Hei,\n\nhalusin antaa palautetta: yhteistyö on ollut sujuvaa ja vastaukset nopeita. Kiitos!\n\nSaara'),
    ('calm6-11', 'Sivusto', 'Jamie,\n\nsivusto toimi koko kampanjan ajan moitteettomasti. Hyvää työtä!\n\nPetteri'),
    ('calm6-12', 'Lasku 4402', 'Hei,\n\nlaskussa on mukana syyskuu, vaikka palvelu lopetettiin elokuun lopussa. Voisitteko tarkistaa ja tarvittaessa hyvittää? Kiitos!\n\nTaloushallinto'),
    ('calm6-13', 'Tilanne', 'Hei! Mikä on projektin tilanne? Ei kiirettä, halusin vain tietää aikataulun.'),
    ('calm6-14', 'SEO', 'Hei,\n\nkiitos SEO-raportista. Tulokset näyttävät lupaavilta, vaikka kesti tovin.\n\nMikko'),
    ('calm6-15', 'Arvostelu', 'Hei,\n\nkirjoitin teistä Googleen arvostelun, viisi tähteä! Kiitos hienosta yhteistyöstä.\n\nMervi'),
    ('calm6-16', 'Kokous', 'Hei,\n\nhallituksen kokous siirtyi, joten värimaailman muutoksilla ei ole kiire.\n\nSirkka'),
    ('calm6-17', 'Uutiskirje', 'Hei,\n\nvoisitteko lähettää ensi kuun uutiskirjeen myös entisille asiakkaille? Lista on liitteenä.\n\nAino'),
    ('calm6-18', 'Hinta', 'Hei,\n\nmuistaakseni sovimme 4 000 eurosta. Voisitko vahvistaa, sisältyykö siihen myös ylläpito ensimmäiseltä kuukaudelta?\n\nKalevi'),
    ('calm6-19', 'Sivut', 'No huh huh, kylläpä näyttää hienolta! Tätä odotimme.'),
    ('calm6-20', 'Kampanja', 'Hei,\n\nkampanjan budjetti on käytetty ja tulokset olivat hyviä. Aloitetaanko seuraava kampanja joulukuussa?\n\nJoonas'),
    ('calm7-01', 'Kassa', 'Hei,\n\nkassajärjestelmä toimii nyt hyvin. Voisitteko vielä lisätä mahdollisuuden antaa prosenttialennuksia?\n\nHelena'),
    ('calm7-02', 'Kurssi', 'Hei,\n\nharmi, että kurssi jouduttiin perumaan. Voinko siirtää ilmoittautumisen kevään kurssille?\n\nPirjo'),
    ('calm7-03', 'Logo', 'Hei,\n\nsaako teidän suunnittelemaanne logoa käyttää myös messuosastolla? Haluamme varmistaa, että se on sopimuksen mukaista.\n\nStudio Kuu'),
    ('calm7-04', 'Tarjous', 'Hei,\n\nolemme miettineet tarjoustanne. Se on vähän yli budjetin – olisiko mahdollista jakaa toteutus kahteen vaiheeseen?\n\nLasse'),
    ('calm7-05', 'Aikataulu', 'Hei,\n\nolisi hienoa, jos verkkokauppa saataisiin auki ennen joulusesonkia. Onko se realistista, vai siirretäänkö julkaisu tammikuulle?\n\nJari'),
    ('calm7-06', 'Portaali', 'Moi,\n\nolemme miettineet asiakasportaalia. Voisitteko tehdä siitä erillisen tarjouksen?\n\nOskari'),
    ('calm7-07', 'Suunnitelma', 'Hei,\n\nkiitos markkinointisuunnitelmasta. Meidän asiakkaat ovat pääasiassa yrityksiä, joten voisimmeko painottaa B2B-kanavia enemmän?\n\nMarjo'),
    ('calm7-08', 'Laskutus', 'Hei,\n\nsiirrymmekö nyt kuukausilaskutukseen vai jatketaanko kertamaksulla? Haluaisin varmistaa asian kirjanpitoa varten.\n\nIrma'),
    ('calm7-09', 'Projekti', 'Hei,\n\nprojekti etenee mukavasti. Muistutan vielä, että tarvitsemme tekstit tarkistettavaksi perjantaihin mennessä.\n\nVeikko'),
    ('calm7-10', 'DNS', 'Hei,\n\nvaihdatteko DNS-asetukset tänä iltana, kuten sovittiin? Ilmoitan henkilöstölle, että sähköpostissa voi olla katkoksia.\n\nToimitusjohtaja'),
    ('calm7-11', 'Raportti', 'Raportti tuli, kiitos! Näyttää hyvältä.'),
    ('calm7-12', 'Tietoturva', 'Hei,\n\nhaluaisimme tilata sivustolle tietoturva-auditoinnin. Voitteko tehdä tarjouksen?\n\nJohto\nLogistiikka Oy'),
    ('calm7-13', 'Koodi', 'Hei,\n\nulkopuolinen konsultti kävi koodin läpi ja antoi pari parannusehdotusta. Välitän ne teille, katsotaanko yhdessä?\n\nTommi'),
    ('calm7-14', 'Vuosimaksu', 'Hei,\n\nirtisanoimme sopimuksen, mutta näyttää siltä, että vuosimaksu veloitettiin silti. Voisitteko tarkistaa ja palauttaa maksun, jos kyseessä on virhe? Kiitos!\n\nKaisa'),
    ('calm7-15', 'Julkaisu', 'Hei,\n\nnäin, että uusi sivu julkaistiin. Muutama teksti on vielä keskeneräinen – voisitteko piilottaa sivun, kunnes ne on viimeistelty?\n\nLotta'),
    ('calm7-16', 'Palvelu', 'Olen todella tyytyväinen palveluunne. Juuri sitä, mitä lupasitte!'),
    ('calm7-17', 'Lasku', 'Hei,\n\nlaskussa on 12 tuntia suunnittelua, arvio oli 6. Voisitko kertoa, mistä ero johtuu?\n\nJukka'),
    ('calm7-18', 'Ilme', 'Jamie,\n\ntoimitusjohtaja haluaisi nähdä uuden ilmeen luonnoksia ensi viikolla. Sopiiko aikataulu?\n\nElina'),
    ('calm7-19', 'Raportit', 'Hei,\n\nkuukausiraporteissa on pari pientä virhettä. Korjasin ne itse, mutta huomioittehan jatkossa.\n\nKari'),
    ('calm7-20', 'Arvio', 'Jätin teistä juuri arvion Googleen. Kiitos vielä kerran hienosta työstä!'),
]

# Known limits that only a change to heat.py or lexicon/__init__.py can fix (see the report):
# (id, subject, new text, acceptable scenarios, reason).
KNOWN_HEATED_LIMITS = [
    ('email3-06', 'Projekti', 'Moi,\n\nnyt kun sivut on melkein valmiit, voisitteko samalla tehdä meille myös uuden logon, käyntikortit ja esitteen? Ne nyt kuuluu luontevasti samaan kokonaisuuteen, joten en näe syytä erilliselle laskulle.\n\nJukka', ('scope_creep',), "any sentence with 'en' and a bill word ('en näe syytä erilliselle laskulle') is refund evidence (lexicon WITHHELD_PAYMENT)"),
]
# (id, subject, new text, reason).
KNOWN_CALM_LIMITS = [
    ('calm-r2-competitor', 'Kampanja', 'Kilpailijamme uusi kampanja on aika surkea, meidän omamme on paljon parempi teidän ansiostanne. Kiitos!', "'kilpailija*' is haggling in lexicon/__init__.py, but a competitor named in praise of us is not haggling"),
    ('calm1-19', 'Projekti', 'Hei, jos tulee ongelmia julkaisun kanssa, soittakaa minulle heti, niin selvitetään yhdessä.', "'soittakaa minulle heti' is an ultimatum in lexicon/__init__.py even after 'jos tulee ongelmia' (a calm offer of help)"),
]

# One or two sentences per phrasing family (several families share a sentence where that is natural);
# with its follow-up it must come out heated, and alone it must fire at least one signal or cue.  test_every_finnish_entry_is_exercised checks that every entry of
# lexicon/fi.py matches at least one heated text of this file.
FAMILY_SENTENCES = [  # (family sentence, follow-up that makes the message heated when the family alone is weak)
    ('Teen asiasta valituksen riitalautakunnalle, jos ette vastaa.', ''),
    ('Olen jo ollut yhteydessä kuluttajaneuvontaan, ja he neuvoivat vaatimaan hyvitystä.', ''),
    ('Vien asian kuluttaja-asiamiehelle. Tämä on täysin kestämätöntä.', ''),
    ('Harkitsemme juridisia toimenpiteitä, jos vikaa ei korjata.', ''),
    ('Teen rikosilmoituksen, jos tietojamme on käytetty luvatta.', ''),
    ('Olen keskustellut asiasta lakimiehemme kanssa, ja hän pitää toimintaanne moitittavana. Olen todella pettynyt.', ''),
    ('Kirjoitan tästä Google-arvion heti, kun ehdin. Tämä on täysin ala-arvoista.', ''),
    ('Viemme bisneksemme muualle, jos tämä jatkuu.', ''),
    ('Otamme jatkossa toisen toimittajan, koska tämä ei toimi.', ''),
    ('Joudumme harkitsemaan yhteistyön jatkoa, jos laatu ei parane.', 'Olen todella pettynyt.'),
    ('Ryhdymme toimenpiteisiin, ellei asia ratkea tällä viikolla.', ''),
    ('Päätämme asiakkuuden tähän. Olemme täysin kyllästyneitä.', ''),
    ('Irtisanomme sopimuksen välittömästi, koska palvelu ei toimi.', ''),
    ('Emme enää jatka yhteistyötä teidän kanssanne.', ''),
    ('Mietimme vakavasti toimittajan vaihtoa. Tämä ei ole hyväksyttävää.', ''),
    ('Harkitsemme sopimuksen irtisanomista. Olen todella pettynyt.', ''),
    ('En tilaa teiltä ikinä enää mitään.', ''),
    ('Tämä oli ensimmäinen ja viimeinen kerta, en tule enää koskaan asioimaan kanssanne.', ''),
    ('Teemme virallisen valituksen. Toimitus on ollut täysin kelvoton.', ''),
    ('Vaadin kaupan purkua, koska laite ei toiminut päivääkään.', ''),
    ('Emme voi jatkaa näin. Virheitä tulee joka viikko.', ''),
    ('Haemme korvausta kaikista kuluista, jotka tämä on aiheuttanut.', 'Tämä on täysin kestämätöntä.'),
    ('Asia ratkaistaan oikeuden kautta, jos ette vastaa.', ''),
    ('Olemme ilmoittaneet kuluttajaviranomaisille, ja teen lisäksi kantelun.', ''),
    ('Teemme asiasta ilmoituksen poliisille. Tämä on petos.', ''),
    ('Annan asian asianajotoimistolle, jos maksua ei palauteta.', ''),
    ('Muuten käännyn lakiasiaintoimiston puoleen. Tämä on kestämätöntä.', ''),
    ('Jos ette vastaa, otan yhteyttä oikeusavustajaan.', ''),
    ('Riitautan veloituksen pankin kautta ja vaadin rahat takaisin.', ''),
    ('Logo on tehtävä kokonaan uusiksi, tämä on ala-arvoinen.', ''),
    ('Jos tätä ei korjata, jätän teistä huonon arvion.', ''),
    ('Annan teille aikaa perjantaihin, sitten lopetamme yhteistyön.', ''),
    ('Aikataulu ei jousta. Sivujen on oltava valmiit huomenna, tai puramme sopimuksen.', ''),
    ('Mikäli vika ei korjaannu, joudumme ryhtymään jatkotoimiin.', ''),
    ('Pyydän viimeistä kertaa, että korjaatte laskun. Tämä on kestämätöntä.', ''),
    ('Tällaista ei hyväksytä. Korjatkaa tämä heti.', ''),
    ('En aio sietää tällaista enää. Tämä on viimeinen kerta.', ''),
    ('Emme siedä enää yhtään viivästystä.', ''),
    ('Tästä ei neuvotella. Sivut julki perjantaina.', ''),
    ('En halua kuulla mitään verukkeita. Korjatkaa se heti.', ''),
    ('Ottakaa minuun yhteyttä välittömästi. Tämä on kestämätöntä.', ''),
    ('Vaadimme välittömiä toimenpiteitä. Verkkokauppa on ollut kiinni koko päivän.', 'Tämä ei ole hyväksyttävää.'),
    ('Virhe on korjattava heti. Asiakkaat eivät pääse maksamaan.', 'Olen erittäin tyytymätön.'),
    ('Laskutitte meitä liikaa. Haluan rahat takaisin heti paikalla.', ''),
    ('Haluan nyt tietää, miksi lasku on kaksinkertainen. Tämä on käsittämätöntä.', ''),
    ('Mihin ovat kadonneet kaikki tilaukset? Tämä on kestämätöntä.', ''),
    ('Korjatkaa tämä 48 tunnin sisällä, tai irtisanomme sopimuksen.', ''),
    ('Syy on yksin teidän. Te rikoitte kaiken.', ''),
    ('Te olette tämän sotkun syypäitä.', 'Tämä on jo kolmas kerta.'),
    ('Olet taas mokannut koko julkaisun.', ''),
    ('Olette taas unohtaneet päivittää hinnat, ja asiakkaat valittavat.', ''),
    ('Unohditte koko kampanjan, ja nyt se on myöhässä. Uskomatonta.', ''),
    ('Meidän pitää nyt siivota teidän sotkunne.', 'Vaadin selityksen heti.'),
    ('Et ole edes testannut lomaketta. Nyt se on rikki.', 'Olen todella pettynyt.'),
    ('Kukaan teiltä ei ole vastannut viikkoon.', 'Tämä on täysin kestämätöntä.'),
    ('Mitä ihmettä te olette tehneet sivustolle? Kaikki on rikki.', ''),
    ('Maksoimme teille koko vuodesta, mutta mikään ei toimi.', ''),
    ('Tämä on selvä laiminlyönti teidän puolelta.', 'Tämä ei ole hyväksyttävää.'),
    ('Te lupasitte, että tämä on korjattu. Nyt se on taas rikki.', ''),
    ('Virhe on teidän. Korjatkaa se heti.', ''),
    ('Sovimme nimenomaan, että te tarkistatte tekstit. Nyt niissä on virheitä.', 'Olen erittäin tyytymätön.'),
    ('Kuka siellä on poistanut meidän tuotekuvat? Tämä on käsittämätöntä.', ''),
    ('Teidän tekemänne virhe maksoi meille tuhansia euroja.', 'Tämä on jo kolmas kerta.'),
    ('Tämä työ on kelvotonta ja kelvottomasti, ammattitaidottomasti tehty.', ''),
    ('Teidän epäpätevyytenne on hämmästyttävää.', ''),
    ('Osaamaton tiimi ja osaamattomasti tehty sivusto.', ''),
    ('Olette pellejä. Tämä pelleily saa loppua.', ''),
    ('Idioottimainen ratkaisu.', ''),
    ('Typerä virhe teiltä, ja taas.', ''),
    ('Koko sivusto on yhtä sekasotkua.', ''),
    ('Tämä on roskaa.', ''),
    ('Ihan paskaa työtä.', ''),
    ('Tää on ihan skeidaa.', ''),
    ('Ihan kuraa koko raportti.', ''),
    ('Tämä analyysi on sontaa.', ''),
    ('Heikkotasoista ja huonotasoista työtä.', ''),
    ('Luokaton lopputulos, ihan luokattoman huono.', ''),
    ('Kammottava ulkoasu.', ''),
    ('Miten kehtaatte laskuttaa tästä? Kehtasitte vielä väittää sitä valmiiksi.', ''),
    ('Kehtaat vielä pyytää lisää rahaa.', 'Vaadin selityksen heti.'),
    ('Häpeällistä toimintaa, ja teille häpeäksi.', ''),
    ('Häpeämätön lasku ja häpeämättömät perustelut.', ''),
    ('Valehditte meille aikataulusta. Valehdit myös puhelimessa.', ''),
    ('Markkinointinne on harhaanjohtavaa.', 'Olen todella pettynyt.'),
    ('Olette huijareita. Meitä on huijattu.', ''),
    ('Te kusetatte asiakkaitanne.', ''),
    ('Röyhkeää laskuttaa tällaisesta.', ''),
    ('Ylimielinen vastauksenne ei auta yhtään.', 'Tämä on täysin kestämätöntä.'),
    ('Alentuva sävynne on loukkaava.', ''),
    ('Nenäkäs vastaus ja olematon apu.', 'Tämä ei ole hyväksyttävää.'),
    ('Sovellus on käyttökelvottomassa kunnossa.', ''),
    ('Toimimaton sivusto ja toimimattomat lomakkeet.', 'Olen erittäin tyytymätön.'),
    ('Huolimaton työ ja välinpitämätön asenne.', ''),
    ('Kuinka yllättävää, raportti on taas myöhässä.', ''),
    ('Hyvä tietää näin jälkikäteen. Olisi ollut kiva kuulla tästä ajoissa.', ''),
    ('Kohtuuttoman huonoa palvelua.', 'Tämä on jo kolmas kerta.'),
    ('Palvelunne on ollut epätyydyttävää koko vuoden.', 'Vaadin selityksen heti.'),
    ('Olen pöyristynyt tästä laskusta.', ''),
    ('Olemme tyrmistyneitä tästä.', ''),
    ('Olen närkästynyt vastauksestanne.', 'Olen todella pettynyt.'),
    ('Olen todella suuttunut.', 'Tämä on täysin kestämätöntä.'),
    ('Tämä suututtaa minua suunnattomasti.', 'Tämä ei ole hyväksyttävää.'),
    ('Ärsyttää, että joudun taas kysymään samaa.', ''),
    ('Olen ärsyyntynyt jatkuviin virheisiin.', 'Vaadin selityksen heti.'),
    ('Tympii koko projekti.', 'Tämä on jo kolmas kerta.'),
    ('Vitun kauan kestää.', ''),
    ('Vittu mitä touhua.', ''),
    ('Saatanan sähläystä koko homma.', 'Vaadin selityksen heti.'),
    ('Helvetin huonoa palvelua.', 'Olen todella pettynyt.'),
    ('Hemmetin hidasta toimintaa taas.', ''),
    ('Nyt meni kuppi nurin.', ''),
    ('Tämä saa jo riittää.', ''),
    ('Nyt riittää. Lopetamme yhteistyön.', ''),
    ('Pinna on kireällä, kun mikään ei toimi.', ''),
    ('Hermot menee tämän kanssa.', 'Tämä on täysin kestämätöntä.'),
    ('Usko alkaa loppua koko projektiin.', 'Tämä ei ole hyväksyttävää.'),
    ('Rahat ovat hukkaan heitettyjä.', 'Olen erittäin tyytymätön.'),
    ('Tämä on pelkkää ajanhukkaa.', 'Tämä on jo kolmas kerta.'),
    ('Sivusto on pilalla.', 'Vaadin selityksen heti.'),
    ('En edes tiedä, mitä sanoa. Tämä on käsittämätöntä.', ''),
    ('En ymmärrä, miten tällainen on mahdollista. Olen todella pettynyt.', ''),
    ('Miten ihmeessä tämä on taas rikki?', ''),
    ('Ennenkuulumatonta toimintaa.', ''),
    ('Tämä on skandaali.', 'Olen todella pettynyt.'),
    ('Kestämättömät viiveet ja sietämätön palvelu.', ''),
    ('Tilanne on sietämättömän huono.', 'Tämä on täysin kestämätöntä.'),
    ('Projekti on täydessä kaaoksessa.', 'Vaadin selityksen heti.'),
    ('Tämä on yhtä kaaos.', 'Vaadin selityksen heti.'),
    ('Ihan oikeasti? Taas sama virhe.', ''),
    ('Tämä ei ole sitä, mitä pyysimme. Tämä on kolmas kerta.', ''),
    ('Mikään ei ole mennyt niin kuin sovittiin, ja projekti ei ole mennyt kuten luvattiin.', ''),
    ('Alkaa tuntua siltä, että te ette välitä meistä yhtään. Olen todella pettynyt.', ''),
    ('Käytätte tilannetta hyväksenne. Tämä on törkeää.', ''),
    ('Yksikään asiakas ei ole löytänyt sivuille. Täysin turhaa rahaa.', ''),
    ('Järkyttävää palvelua.', 'Tämä on jo kolmas kerta.'),
    ('Tämä on rahanhaaskausta ja ajanhaaskausta.', ''),
    ('Kuukausi on mennyt, eikä mitään ole tapahtunut. Mitään ei ole tapahtunut!', 'Vaadin selityksen heti.'),
    ('En voi uskoa, että tämä on taas rikki.', ''),
    ('En usko silmiäni. Lasku on tuplat.', 'Olen todella pettynyt.'),
    ('Ei ole ok. Lasku on väärin taas.', ''),
    ('Tämä ei käy päinsä.', 'Tämä on täysin kestämätöntä.'),
    ('Olen järkyttynyt tästä.', 'Tämä ei ole hyväksyttävää.'),
    ('Tämä on jo liikaa.', 'Olen erittäin tyytymätön.'),
    ('Olen ihmeissäni, miten tämä on mahdollista.', 'Tämä on jo kolmas kerta.'),
    ('Mitä teillä siellä oikein tapahtuu? Kukaan ei vastaa.', ''),
    ('Ihan perseestä koko palvelu.', ''),
    ('Meni päin persettä koko julkaisu.', ''),
    ('Ihan syvältä tämä palvelu.', 'Vaadin selityksen heti.'),
    ('Surkeeta työtä.', ''),
    ('Ihan sairasta tämä laskutus.', 'Olen todella pettynyt.'),
    ('Hinta on pilvissä.', ''),
    ('Palvelun laatu on heikentynyt selvästi.', 'Tämä on täysin kestämätöntä.'),
    ('Missä kohtaa on sovittu tällaisesta? Tätä ei ole koskaan sovittu.', ''),
    ('Kampanja feilasi täysin.', ''),
    ('Tämä on tehty vasemmalla kädellä.', ''),
    ('Puolivillaista työtä.', ''),
    ('Hutiloitu toteutus.', ''),
    ('Tämäkö on se lopputulos, josta maksoimme?', ''),
    ('Asiakkaamme ovat raivoissaan tästä katkoksesta.', 'Vaadin selityksen heti.'),
    ('Kenen luvalla kuvamme on julkaistu?', 'Olen erittäin tyytymätön.'),
    ('Joudun taas valittamaan samasta asiasta.', ''),
    ('Raportti ei ole tullut ei kertaakaan ajallaan.', 'Tämä on jo kolmas kerta.'),
    ('Ongelmia tulee aina vain lisää. Tämä on kestämätöntä.', ''),
    ('Ainoatakaan toimivaa versiota ei ole tullut.', 'Vaadin selityksen heti.'),
    ('Ainuttakaan liidiä ei ole tullut. Ei yhtään.', ''),
    ('Koko sivusto on ihan sekaisin.', 'Olen todella pettynyt.'),
    ('Kaikki on kuralla.', 'Tämä on täysin kestämätöntä.'),
    ('Projekti on täysin retuperällä.', 'Tämä ei ole hyväksyttävää.'),
    ('Olen yrittänyt tavoittaa teitä koko viikon.', 'Olen erittäin tyytymätön.'),
    ('En ole saanut teitä kiinni, eikä kukaan vastaa.', 'Tämä on jo kolmas kerta.'),
    ('En ole vieläkään saanut vastausta, ja laskussa on yhä edelleen virhe.', 'Vaadin selityksen heti.'),
    ('Viestini ovat jääneet vastauksetta.', 'Olen todella pettynyt.'),
    ('Vieläkin sama vika, ja yhä vieläkin sama tilanne.', 'Tämä on täysin kestämätöntä.'),
    ('Ette ole taaskaan vastanneet.', 'Tämä ei ole hyväksyttävää.'),
    ('Ette ole jälleenkään toimittaneet ajoissa.', 'Olen erittäin tyytymätön.'),
    ('Virhe toistuu yhä uudelleen.', 'Tämä on jo kolmas kerta.'),
    ('Kerta toisensa jälkeen sama ongelma.', 'Vaadin selityksen heti.'),
    ('Koska viimein saamme korjauksen?', 'Olen todella pettynyt.'),
    ('Pyydän vielä kerran, että korjaatte tämän.', 'Vaadin selityksen heti.'),
    ('Kuten jo kerroin, lasku on väärin.', 'Tämä ei ole hyväksyttävää.'),
    ('Lähetin asiasta viestin jo viime viikolla. Ei ole kuulunut mitään.', 'Olen erittäin tyytymätön.'),
    ('Tästä on tullut tapa.', 'Tämä on jo kolmas kerta.'),
    ('Haluan puhua johtonne kanssa.', 'Vaadin selityksen heti.'),
    ('Vien asian johdollenne.', 'Olen todella pettynyt.'),
    ('Ilmoitan tästä omistajallenne.', 'Tämä on täysin kestämätöntä.'),
    ('Vien tämän ylemmälle taholle.', 'Tämä ei ole hyväksyttävää.'),
    ('Vien asian hallitukselle.', 'Olen erittäin tyytymätön.'),
    ('Haluan puhua jonkun vastuullisen kanssa.', 'Tämä on jo kolmas kerta.'),
    ('Toivottavasti tällä kertaa saatte tämän kuntoon.', 'Vaadin selityksen heti.'),
    ('Voisitteko edes kerran vastata ajoissa?', 'Olen todella pettynyt.'),
    ('Ystävällisesti muistuttaen: lasku on yhä väärin jo kolmatta kertaa.', ''),
    ('Toivon, että asia otetaan nyt vakavasti.', 'Tämä on täysin kestämätöntä.'),
    ('Saisiko tämän vihdoin kuntoon?', 'Tämä ei ole hyväksyttävää.'),
    ('Osaako kukaan teillä tehdä tätä?', ''),
    ('Kyseenalaistan ammattitaitonne.', ''),
    ('Lopettakaa jankuttaminen saavutettavuudesta.', 'Olen erittäin tyytymätön.'),
    ('Miksi inttätte tästä fontista?', 'Tämä on jo kolmas kerta.'),
    ('Intät samaa asiaa.', 'Vaadin selityksen heti.'),
    ('Tehkää kuten sanon.', 'Olen todella pettynyt.'),
    ('Asiakas on aina oikeassa.', ''),
    ('Minä olen asiakas, ja minä päätän.', 'Tämä on täysin kestämätöntä.'),
    ('Kuka tahansa olisi huomannut tämän virheen.', 'Tämä ei ole hyväksyttävää.'),
    ('Olisin tehnyt tämän itse paremmin.', 'Olen erittäin tyytymätön.'),
    ('Perustele tämä.', 'Tämä on jo kolmas kerta.'),
    ('Ratkaisunne on vanhentunut.', 'Vaadin selityksen heti.'),
    ('Ulkopuolinen konsultti sanoi, että koko rakenne on väärin.', ''),
    ('Teillä ei ole mitään kokemusta tällaisesta.', ''),
    ('En pyytänyt mielipidettänne.', ''),
    ('Tehkää vain se, mitä pyydän.', ''),
    ('Veljeni sanoi, että tämä on ihan väärin tehty.', ''),
    ('Oikea ammattilainen olisi huomannut tämän.', 'Olen todella pettynyt.'),
    ('Hinta on aivan kalliimpi kuin muilla, ihan kalliimpi.', 'Tämä on täysin kestämätöntä.'),
    ('Ei se ole tuon hinnan arvoinen.', 'Tämä ei ole hyväksyttävää.'),
    ('Tarjouksenne ei ole lainkaan kilpailukykyinen.', 'Olen erittäin tyytymätön.'),
    ('Paljonko voitte antaa alennusta?', 'Tämä on jo kolmas kerta.'),
    ('Tämä on ylihintaa.', 'Vaadin selityksen heti.'),
    ('Tämä on silkkaa kiskontaa. Kiskotte asiakkaita.', ''),
    ('Olette kiskureita.', ''),
    ('Tämä on rahastusta.', 'Olen todella pettynyt.'),
    ('Joustatteko hinnasta, vai etsimmekö toisen toimittajan?', ''),
    ('Jos ette pysty tulemaan vastaan, etsimme toisen tekijän.', ''),
    ('Sama palvelu saa puolet halvemmalla muualta.', 'Tämä on täysin kestämätöntä.'),
    ('Tämä on ihan kallis pienestä työstä.', 'Tämä ei ole hyväksyttävää.'),
    ('Pudottakaa hintaa tai lopetamme.', ''),
    ('Laskekaa hintaa, tämä on liikaa.', 'Olen erittäin tyytymätön.'),
    ('Hinnanalennus on ainoa vaihtoehto.', 'Muussa tapauksessa puramme sopimuksen.'),
    ('Tää on nopea homma teille, eikä se maksa mitään.', 'Vaadin selityksen heti.'),
    ('Voitte kirjoittaa tekstit itse, meillä ei ole aikaa.', 'Olen todella pettynyt.'),
    ('Tehkää se samalla budjetilla.', 'Tämä on täysin kestämätöntä.'),
    ('Oletan, että nämä kuuluvat tarjoukseen.', 'Tämä ei ole hyväksyttävää.'),
    ('Nämä pitää tehdä saman tarjouksen sisällä.', 'Olen erittäin tyytymätön.'),
    ('Kyse on kuitenkin samasta projektista, joten ilman lisäkustannuksia.', 'Tämä on jo kolmas kerta.'),
    ('Emme hyväksy lisälaskuja tästä.', 'Vaadin selityksen heti.'),
    ('Tee se yhdessä yössä, meillä ei ole aikaa odottaa.', 'Olen todella pettynyt.'),
    ('Sivuston pitää nousta ykköseksi Googlessa kuukaudessa.', 'Tämä on täysin kestämätöntä.'),
    ('Viestissä lukee, että palvelu lopetetaan! Aiotteko siis sulkea sivumme??', 'Tämä ei ole hyväksyttävää.'),
]

# ---------------------------------------------------------------------------------------------- round 2
# Second tuning round: colloquial Finnish (oo/ootte, et, ku, -nu participles), verb-first word orders and
# scenario cues for wordings that carried heat but no cue.  Sentences written for this test; the follow-up
# (one of these) makes a message heated when the family alone is a weak signal.
_P, _K, _H, _E, _S = ("Olen todella pettynyt.", "Tämä on täysin kestämätöntä.", "Tämä ei ole hyväksyttävää.",
                      "Olen erittäin tyytymätön.", "Vaadin selityksen heti.")
FAMILY_SENTENCES += [
    # threat / legal_threat
    ("Jos hinta ei jousta, pitää varmaan katsoa joku muu toimisto.", _P),
    ("Valitsemme sitten jonkun muun toimittajan.", _K),
    ("Ellei hinta laske, valitsemme sen toisen.", _E),
    ("Lopetan kyllä koko homman tähän.", ""),
    ("Annan asian suoraan asianajajallemme.", ""),
    ("Pyydän pankkiani perumaan korttimaksun.", ""),
    ("Kiistän veloituksen luottokorttiyhtiölläni.", ""),
    ("Aloitan maksukiistan, jos rahoja ei palauteta.", ""),
    ("Olen yhteydessä kuluttajaoikeusneuvojaan.", _P),
    ("Kirjoitan Facebookiin tarkalleen, miten meitä kohdeltiin.", _P),
    ("Jätän Googleen arvion tästä palvelusta.", _K),
    ("Kerron tästä kaikkiin yrittäjäryhmiin.", _K),
    ("Annan teille yhden tähden.", _P),
    ("Teen teistä Google-arvion.", _K),
    ("Yhden tähden arvio lähtee tänään.", _K),
    ("Saatte palautteen, jonka ansaitsette.", _P),
    ("Kerron tästä myös naapureille.", _K),
    ("Vien asian eteenpäin.", _P),
    ("Nostan tästä kunnon metelin.", _P),
    ("Käytämme oikeusturvavakuutusta.", _P),
    ("Korvaatte meille aiheutuneet kulut.", ""),
    ("Vaadimme, että koko katto tehdään uudestaan.", _P),
    ("Koko sivusto on tehtävä uudelleen.", _K),
    # ultimatum
    ("Korjatkaa tämä tai sitten lopetamme.", ""),
    ("Hinta alas, muuten me vaihdamme.", ""),
    ("Tämä hoidetaan nyt, tai puramme sopimuksen.", ""),
    ("Ei kiinnosta enää mitkään selitykset.", _P),
    ("Hinta alas, tai muuten joudumme karsimaan projektia.", _P),
    ("Tuolla hinnalla ei tästä tule mitään.", _P),
    ("Hinta alas, muuten joudumme miettimään muita vaihtoehtoja.", _P),
    ("Tämä on viimeinen muistutukseni.", _P),
    ("Jos teistä ei kuulu mitään, toimimme.", _P),
    ("Emme hyväksy enää yhtään viivästystä.", _P),
    # demand / refund_demand
    ("Laskunne on täysin väärä.", _P),
    ("Perukaa koko lasku.", _P),
    ("Maksamme vain toimitetusta osuudesta.", _P),
    ("Loppulaskua ei makseta ennen kuin sivut toimivat.", ""),
    ("Tiedostot on saatava takaisin.", _P),
    ("Vahvistakaa korjaus viimeistään tänään.", _P),
    ("Korjatkaa lomake huomenna klo 10 mennessä.", _P),
    ("Haluan vastauksen tänään.", _P),
    ("Ei kyllä huvita maksaa mitään ylimääräistä.", _P),
    ("Emme halua maksaa enää mitään ylimääräistä.", _P),
    ("Maksamme laskun vasta, kun kaikki toimii.", _P),
    ("Maksan laskun, kun se on korjattu.", _P),
    ("Meiltä on laskutettu kaksi tuntia, vaikka emme tilanneet mitään.", _P),
    ("Poistakaa lisätunnit laskulta.", _P),
    ("Mitä aiotte tehdä, jotta tämä ei toistu?", _P),
    ("Nämä on tehtävä sovitun budjetin puitteissa.", _P),
    ("En oleta mitään lisälaskua tästä.", _P),
    ("Hoitakaa hommanne.", _P),
    ("Odotan, että kaikki on valmiina huomenna.", _P),
    ("Tästä ei laskuteta meiltä senttiäkään.", _P),
    ("Vaadimme, että vuokra palautetaan.", _P),
    ("Emme aio maksaa palvelusta, jota emme saaneet.", ""),
    ("Kortiltani veloitettiin 59 euroa.", _P),
    ("Palauttakaa rahat heti.", _P),
    ("En aio maksaa niistä erikseen.", _P),
    ("Haluamme kohtuullisen hinnan.", _P),
    # blame
    ("Teidän tekemä lomake ei toimi.", _P),
    ("Teidän homma on huolehtia, että varmuuskopiot toimivat.", _P),
    ("Tämä on ihan teidän sotku.", ""),
    ("Te sen myös korjaatte.", _P),
    ("Kuka teillä tarkisti tämän ennen julkaisua?", _P),
    ("Kukaan ei kysynyt meiltä lupaa.", _P),
    ("Ei se oo mun vika, että teidän sovellus kaatuu.", _P),
    ("Vika on teidän koodissa eikä meissä.", _P),
    ("Kaikki hajosi teidän eilisen päivityksen jälkeen.", _P),
    ("Teidän uusi lisäosa kaatoi koko kaupan.", _P),
    ("Ootte taas sotkenu koko jutun.", _P),
    ("Ette oo edes testannu sitä.", _P),
    ("Myynti jäi teidän takia.", _P),
    ("Julkaisitte version, jota ei ollut edes testattu.", _P),
    ("Syy oli selvästi teidän.", _P),
    ("Joka kerta kun te päivitätte jotain, kassa kaatuu.", _P),
    ("Testatkaa ennen kuin laitatte tuotantoon.", _P),
    ("Ainoa muutos on teidän tekemänne asennus.", _P),
    ("Voisitteko joskus testata ennen julkaisua?", _P),
    ("Voisitteko kerrankin soittaa takaisin?", _P),
    ("Ette hoida hommaanne.", _P),
    ("Teiltä on unohtunut koko käännös.", _P),
    ("Teidän olisi pitänyt ilmoittaa tästä.", _P),
    ("Olisitte voineet edes kertoa.", _P),
    ("Miten ette huomanneet tätä?", _P),
    ("Katkos johtui teidän virheestä.", _P),
    ("Te vastaatte tästä.", _P),
    ("Vika on jossain teidän päässä.", _P),
    ("Teidän päässä on mennyt jotain pieleen.", _P),
    ("Versio, jonka hyväksyimme, oli kunnossa.", _P),
    ("Kuka teillä on sorkkinut asetuksia?", _P),
    ("Ennen teitä tällaista ei tapahtunut.", _P),
    ("Päivitykset kuuluivat ylläpitosopimukseenne.", _P),
    ("Varmuuskopioita ei ollut otettu kuukausiin.", _P),
    ("Miksi sovittuja korjauksia ei ole tehty?", _P),
    ("Lupasitte, että sivusto toimii jouluun mennessä.", _P),
    # haggling / price_pushback
    ("Voitteko tehdä jotain hinnalle?", _P),
    ("Kokonaishinta tuli meille ikävänä yllätyksenä.", _P),
    ("Toinen tarjous oli lähes 4 000 euroa edullisempi.", _P),
    ("Meillä on pöydällä huomattavasti edullisempi tarjous.", _P),
    ("Voisiko se olla vaikka 800 euroa?", _P),
    ("Hinta voisi olla selvästi alempi.", _P),
    ("Onpa aika kova hinta tällaisesta.", _P),
    ("Hinta on ihan överi.", _P),
    ("Jos saatte hinnan alemmas, jatketaan.", _P),
    ("Naapurin firma tekee saman parilla tonnilla.", _P),
    ("Tuntuu, että meitä on vedetty välistä.", _P),
    ("Pitää vähän tinkiä hinnasta.", _P),
    ("Odotamme 15 % alennusta.", _P),
    ("Emme pysty sitoutumaan tähän summaan.", _P),
    ("Edellinen koodari teki saman 50 eurolla.", _P),
    ("Onko teillä jotain järkevämpää?", _P),
    ("Tuntihintanne ovat aivan pilvissä.", _P),
    ("Hinta on kohtuuton verrattuna siihen, mitä muut ovat maksaneet.", _P),
    ("Voisimmeko päästä puoleen hintaan?", _P),
    ("Ei kukaan maksa tollasta summaa.", _P),
    ("Antakaa joku järkevä hinta.", _P),
    ("Tää ei oo sen hinnan väärti.", _P),
    ("Saatteko hintaa alemmas?", _P),
    ("Saisimme saman palvelun muualta halvemmalla.", _P),
    ("Tämä maksaa ihan maltaita.", _P),
    # pressure / unrealistic_demand / scope_creep
    ("Teillähän on iso tiimi.", _P),
    ("Tarvitsemme uuden verkkokaupan ensi viikolla.", _P),
    ("Tuohon hintaan pitäisi saada kunnon sivut.", _P),
    ("Sovelluksen piti olla valmis vasta keväällä, mutta tarvitsemme sen nyt.", _P),
    ("Saatteko sen valmiiksi tämän illan aikana?", _P),
    ("Eikö ole mitenkään mahdollista?", _P),
    ("Tämä on meille elintärkeää.", _P),
    ("Odotan, että nousemme ensimmäiseksi tämän kuun aikana.", _P),
    ("Sivut pitää saada valmiiksi viikonlopuksi.", _P),
    ("Ammattilaisille tämän pitäisi olla helppo.", _P),
    ("Tämä on läpihuutojuttu.", _P),
    ("Eihän nämä muutokset nosta hintaa?", _P),
    ("Kun kerran teette sivut, tehkää myös esite.", _P),
    ("Hintaan kuuluu tietenkin myös ylläpito.", _P),
    ("Tämä hoidetaan osana kuukausimaksua.", _P),
    ("Emme hyväksy erillistä laskua lisäsivuista.", _P),
    ("Nää on varmaan ihan pikkujuttuja teille.", _P),
    ("Oletan et nämä kuuluu siihen hintaan.", _P),
    ("Tuli vielä muutama juttu mieleen.", _P),
    ("Nämä liittyvät samaan projektiin.", _P),
    ("Nyt kun sivut on melkein valmiit, lisätään vielä blogi.", _P),
    ("Tehkää se sovitun budjetin puitteissa.", _P),
    ("Verkkokauppa on olennainen osa kokonaisuutta.", _P),
    ("Tehkää samalla vaivalla myös esite.", _P),
    ("Mehän maksetaan teille jo kuukausimaksua.", _P),
    ("Lisäättekö tämän kaupanpäällisiksi?", _P),
    ("Eihän tästä mitään lisähintaa tuu?", _P),
    ("Tämänkin voisitte hoitaa samalla.", _P),
    ("Tämä mahtuu varmaan siihen alkuperäiseen summaan.", _P),
    ("Pieni juttu vielä: lisätkää blogi.", _P),
    ("Samalla voisitte päivittää esitteen.", _P),
    ("Eiks siihen kuulu myös somepäivitykset?", _P),
    # doubt / doubts_expertise
    ("Ootteko te oikeesti ammattilaisia?", _P),
    ("Tehkää logo niinku mä sanoin.", _P),
    ("Tunnen asiakkaani paremmin kuin te.", _P),
    ('Teidän "strategianne" ei toimi.', _P),
    ("Niin sanotut asiantuntijanne eivät tiedä mitään.", _P),
    ("Eikä kiinnosta teidän brändiselitykset.", _P),
    ("Tehkää muutokset ilman lisäkommentteja.", _P),
    ("Olen tehnyt tätä työtä 30 vuotta.", _P),
    ("En tarvitse teidän luentoa markkinoinnista.", _P),
    ("Emme aio käyttää ehdotustanne.", _P),
    ("Väitätte yhä, että sivu toimii.", _P),
    ("Tiedän kyllä itse, mitä asiakkaani haluavat.", _P),
    ("Ehdotuksenne on mielestäni täysin väärä.", _P),
    ("Haluan, että perustelette tämän ratkaisun.", _P),
    ("IT-tukemme mukaan ratkaisu on turha.", _P),
    ("Saman saa tehtyä valmiilla lisäosalla.", _P),
    ("Lopettakaa tyrkyttäminen.", _P),
    ("Tehkää se niin kuin jo kerran pyysin.", ""),
    ("Kuunnelkaa nyt mitä sanon.", _P),
    ("Tämä on aloittelijan virhe.", _P),
    ("Kokeneempi toimisto olisi huomannut tämän.", _P),
    ("Olisi parempi, että te kuuntelette meitä.", _P),
    ("Me päätämme eikä toisin päin.", _P),
    ("Älkää enää ottako asiaa esille.", _P),
    ("Toteuttakaa muutokset sen mukaan, mitä olemme pyytäneet.", _P),
    # misunderstanding
    ("Mitä tää meinaa??", _P),
    ("Oletteko siis sulkemassa palvelun?", _P),
    ("Eli väitätte, että vika on meissä?", _P),
    ("Tarkoitatteko, että meidän pitää maksaa lisää?", _P),
    ("Mä en oo ikinä tilannu tällasta.", _P),
    ("Emme hyväksyneet mitään tällaista.", _P),
    ("En ymmärrä, miksi meitä laskutetaan tästä.", _P),
    ("Miks mulle tuli lasku tästä?", _P),
    ("Avasin juuri sivut, ja kaikki kuvat ovat poissa.", _P),
    ("Sopimuksessa ei mainita mitään tällaista.", _P),
    ("Olisi ollut reilua kertoa tästä etukäteen.", _P),
    ("Jäämmekö nyt tyhjän päälle?", _P),
    ("Mistä olette saaneet sellaisen käsityksen?", _P),
    ("Tuo ei pidä lainkaan paikkaansa.", _P),
    ("Kuka on sanonut, että aikataulu venyy?", _P),
    ("Mihin tämä summa oikein perustuu?", _P),
    ("Tämä on joku väärinkäsitys.", _P),
    ("Tämä on väärinymmärrys.", _P),
    ("Mitä tarkoittaa tämä rivi?", _P),
    ("Sopimuksessa puhutaan vain kertamaksusta.", _P),
    ("Yritättekö lisätä kuluja huomaamatta?", _P),
    ("Hintaa on salaa nostettu.", _P),
    ("Onko tämä joku vitsi?", _P),
    # anger / general_dissatisfaction
    ("Ilme näyttää aika geneeriseltä.", _P),
    ("En oikein tiedä, mistä aloittaisin.", _P),
    ("Luonnos ei vastaa sovittua.", _P),
    ("Tosi huono lopputulos.", _P),
    ("Ei oo tullu yhtään tilausta koko kuussa.", _P),
    ("Tilauksia on mennyt ohi kilpailijoille.", _P),
    ("Todella harmittaa tämä viivästys.", _P),
    ("Harmittaa todella paljon.", _P),
    ("Systeemi sekoilee taas.", _P),
    ("Kirje lähti väärällä nimellä.", _P),
    ("En tajua, miks te aina ehdotatte samaa.", _P),
    ("Haluan antaa teille suoraa palautetta.", _P),
    ("Tuntuu, että olemme teille vain toissijainen asiakas.", _P),
    ("Vastaukset tulevat aina viikon viiveellä.", _P),
    ("Palaverit siirtyvät jatkuvasti.", _P),
    ("Tämä ei ole sitä, mitä tilasimme.", _P),
    ("Olen saanut tarpeekseni.", ""),
    ("Tämä menee yli ymmärryksen.", _P),
    ("En enää kestä tätä.", _P),
    ("Mikä tässä on niin vaikeaa?", _P),
    ("Ei tää voi olla näin vaikeeta.", _P),
    ("Kuinka vaikeaa se nyt voi olla?", _P),
    ("Lopputulos on ihan kamala.", _P),
    ("Olemme todella tuohtuneita.", _P),
    ("Emme saaneet sitä, mitä luvattiin.", _P),
    ("Koko projekti on farssi.", _P),
    ("Tämä on ihan sirkusta.", _P),
    ("Sivusto ei ole enää korjattavissa.", _P),
    ("Peruin tilauksen ja silti veloitettiin.", _P),
    ("Mikään ei toiminu aamulla.", _P),
    ("Eikä vieläkään yhtään parempi.", _P),
    ("En tiedä, mitä tässä enää tehdään.", _P),
    # repeated contact
    ("Oon odottanu kuvia jo kuus viikkoa.", _P),
    ("Oon jo kolme kertaa kysyny tätä.", _P),
    ("Neljä soittoa, eikä yhtään paluusoittoa.", _P),
    ("Ei ainuttakaan vastausta.", _P),
    ("Raporteissa on samat virheet kuukaudesta toiseen.", _P),
    ("Muistutan teitä jälleen laskusta.", _P),
    ("Karhuan jo kolmatta kertaa.", _P),
    ("Vastausta ei kuulu.", _P),
    ("Ei oo kuulunu mitään.", _P),
    ("Päivä toisensa jälkeen sama tilanne.", _P),
    ("Tämä on jo toinen kerta tällä viikolla.", _P),
    ("Jo neljäs luonnos.", _P),
    ('Korjatkaa se kunnolla eikä vain "katsota".', _P),
    # fourth round of families
    ("Tähän asti olen ollut hiljaa.", _P),
    ("Moni on kysynyt minulta kokemuksia teistä.", _K),
    ("Jotain on muututtava.", _P),
    ("Pyydän, että summa hyvitetään.", _K),
    ("Ilmeisesti sitä ei tehty.", _P),
    ("Silloin lupasitte korjata tämän.", _P),
    ("Sivut olivat alhaalla koko päivän. Hieno homma.", ""),
    ("Kiitos vaan taas.", _P),
    ("Kurssi oli ihan eri mitä mainostitte.", _P),
    ("Sama tieto löytyy ilmaiseksi netistä.", _P),
    ("Kuka nykyään tekee sivuja ilman mobiiliversiota?", _P),
    ("Sain laskun, vaikka olen ymmärtänyt, että palvelu on ilmainen.", _P),
    ("Myyjänne lupasi meille ilmaisen kuukauden.", _P),
    ("Miten te voitte väittää, että sivu on valmis?", _P),
    ("Ei todellakaan ole!", _P),
    ("Puolet sivuista puuttuu.", _P),
    ("Sanon sen suoraan.", _P),
    ("En tiedä, miten tämän sanoisi kauniisti.", _P),
    ("Yhteydenpito on ollut satunnaista.", _P),
    ("Sama virhe tapahtui jo keväällä.", _P),
    ("Minä maksan, minä päätän.", _P),
    ("Minä olen se, joka maksaa.", _P),
    ('Perustelette sitä aina "tunnistettavuudella".', _P),
    ("Millä perusteella suosittelette tätä?", _P),
    ("Toisen konsultin näkemys on täysin päinvastainen.", _P),
    ("Mistä voin tietää, kumpi on oikeassa?", _P),
    ("Palatkaa viime vuoden hintoihin.", _P),
    ("Hinnasto on noussut 18 % vuodessa.", _P),
    ("Nyt pitää saada kaikki valmiiksi tällä viikolla.", _P),
    ("Laittakaa kaikki resurssit tähän.", _P),
    ("Odotan, että lisäätte ne pakettiin.", _P),
    ("Ei varmaan iso homma.", _P),
    ("Kun teillä on jo kaikki kuvat, tehkää myös esite.", _P),
    ("Katsomme sen kattavan myös käännökset.", _P),
    ("Tulkitsemme tämän niin, että ylläpito sisältyy.", _P),
    ("Emme tilaa näitä erikseen.", _P),
    ("Voisko samalla tehdä bannerin?", _P),
    ("Olen tehnyt tätä alaa 25 vuotta ja tiedän, mikä toimii.", _P),
    # common complaint idioms
    ("Teidän kanssanne on täysin mahdotonta toimia.", _P),
    ("Olette pettäneet luottamuksemme.", _P),
    ("Ette ole pitäneet lupauksianne.", _P),
    ("Harkitsemme vakavasti muita vaihtoehtoja.", _P),
    ("Tämä on jo kolmas viikko ilman toimivaa kassaa.", _P),
    ("Emme ole saaneet mitään vastinetta rahoillemme.", _P),
    ("Emme saaneet riittävästi vastinetta.", _P),
    ("Ei näin voi toimia.", _P),
    ("Tämä on viimeinen tilaukseni teiltä.", _P),
    ("Aiotteko tehdä asialle jotain?", _P),
    ("Tähän on saatava ratkaisu nyt.", _P),
    ("Teidän pitää korvata tämä.", _P),
    ("Tilanne on täysin käsistä.", _P),
    ("Mitään ei ole tehty.", _P),
    ("Olen odottanut tarpeeksi.", _P),
    ("Kaikki mitä lupasitte jäi toteutumatta.", _P),
    ("Laskua ei ole vieläkään korjattu.", _P),
    ("Tämä on viimeinen niitti.", _P),
    ("Olemme joutuneet kärsimään teidän virheistänne.", _P),
    ("Kuka vastaa tästä sotkusta?", _P),
    ("Miksi aina pitää kysyä kahteen kertaan?", _P),
    ("Me ei olla tyytyväisiä.", _P),
    ("Ihan hirveetä palvelua.", _P),
    ("Meitä on kohdeltu huonosti.", _P),
    ("Miten tämä korvataan meille?", _P),
    ("Rahat on nyt maksettu ja mitään ei ole saatu.", _P),
    ("Tämä on sulaa hulluutta.", _P),
    ("Saatte luvan hoitaa tämän kuntoon.", _P),
    ("Teitte täsmälleen päinvastoin kuin pyysin.", _P),
    ("Tämä ei todellakaan ole sitä, mitä sovittiin.", _P),
    ("Tämä menee nyt liian pitkälle.", _P),
]

# Calm look-alikes of the round-2 families: the same words in an everyday request, an own mistake, a new client
# choosing us, a go-ahead, a third party's problem.
CALM += [
    ("or-meeting", "Palaveri", "Siirrän tai perun palaverin, kumpi teille sopii?"),
    ("call-sometime", "Soitto", "Voisitteko joskus soittaa, kun ehditte?"),
    ("font-smaller", "Fontti", "Fontti voisi olla vähän pienempi."),
    ("planned-redesign", "Ilme", "Koko ilme tehdään uusiksi ensi keväänä, palataan siihen myöhemmin."),
    ("enough-time", "Aikataulu", "Onko teillä tarpeeks aikaa tähän ennen joulua?"),
    ("second-photographer", "Häät", "Otamme toisen kuvaajan mukaan isoihin häihin."),
    ("hiring-designer", "Rekry", "Alamme etsiä uuden graafikon tiimiimme, tiedättekö hyviä?"),
    ("no-problem-coming", "Muutos", "Ei tästä tule mitään ongelmaa, hoidetaan ensi viikolla."),
    ("approved-without-comments", "Luonnos", "Hyväksyimme luonnoksen ilman kommentteja. Kiitos!"),
    ("product-in-quotes", "Paketti", 'Teidän "Pro"-paketti kiinnostaa meitä.'),
    ("one-small-thing", "Kuva", "Yks pikkujuttu vielä: voisitteko vaihtaa etusivun kuvan?"),
    ("review-received", "Arvio", "Asiakkaamme jätti meille yhden tähden arvion. Voisitteko auttaa vastaamaan siihen?"),
    ("refund-by-policy", "Ennakko", "Pyydämme, että ennakkomaksu palautetaan ehtojen mukaisesti. Kiitos!"),
    ("pay-when-corrected", "Lasku", "Maksamme laskun heti, kun saamme korjatun version."),
    ("card-receipt", "Kuitti", "Kortilta veloitettiin 49 euroa, kuitti on liitteenä."),
    ("invoice-wrong-polite", "Lasku", "Lasku on väärin, voisitteko korjata sen? Kiitos!"),
    ("tender-next-year", "Ylläpito", "Kilpailutamme ensi vuoden ylläpidon, toivottavasti osallistutte!"),
    ("ask-for-quote", "Tarjous", "Lähetättekö meille tarjouksen ruotsinkielisestä versiosta?"),
    ("go-ahead", "Aloitus", "Sillä välin voitte hyvin aloittaa sisältösuunnittelun."),
    ("formality", "Sopimus", "Lakimiehemme käy sen läpi ensi viikolla, tämä on pelkkä muodollisuus."),
    ("chose-you", "Aloitus", "Valitsimme teidät, koska tarjouksenne oli selkein. Voitte aloittaa maanantaina."),
    ("new-client-old-agency", "Taustaa", "Tulimme teille, koska edellinen toimistomme lopetti. Juuri teidän kaltaista kumppania haimme."),
    ("you-said-spring", "Kampanja", "Sanoitte, että kampanja toimii parhaiten keväällä, joten siirretään se maaliskuulle."),
    ("came-to-mind-later", "Ideat", "Tuli vielä pari ideaa mieleen, katsotaan niitä ensi viikolla."),
    ("almost-ready-plan", "Julkaisu", "Nyt kun sivut on melkein valmiit, voisimme suunnitella julkaisua yhdessä."),
    ("share-experience", "Suositus", "Kerron mielelläni LinkedInissä kokemuksistani teidän kanssanne. Kiitos!"),
    ("thanks-for-listening", "Kiitos", "Kiitos, että kuuntelette meitä aina niin tarkasti."),
    ("before-you-other-agency", "Taustaa", "Ennen teitä meillä oli toinen toimisto, mutta tämä yhteistyö sujuu paremmin."),
    ("meeting-date", "Palaveri", "Voisiko palaveri olla 5.12.?"),
    ("smaller-images", "Kuvat", "Saatteko kuvat pienemmäksi, jotta sivu latautuu nopeammin?"),
    ("terms-vat", "Ehdot", "Ehdoissa ei lue mitään ALV:stä, voisitteko tarkistaa?"),
    ("fixed-great-work", "Sivu", "Sivu oli hetken alhaalla, mutta nyt toimii taas. Hienoa työtä!"),
    ("thanks-we-manage", "Apu", "Kiitos vaan, pärjätään nyt hyvin!"),
    ("which-package", "Paketti", "Mistä voin tietää, kumpi paketti sopii meille paremmin?"),
    ("grounds-question", "Alusta", "Millä perusteella suosittelette tätä alustaa? Haluaisin ymmärtää vaihtoehdot. Kiitos!"),
    ("years-praise", "Kiitos", "Olen tehnyt tätä työtä 20 vuotta, ja teidän tiiminne on parhaita, joiden kanssa olen työskennellyt."),
    ("small-typos", "Tekstit", "Nämä ovat vain pieniä kirjoitusvirheitä, korjaan ne itse."),
    ("refund-asked-politely", "Ennakko", "Pyydämme, että ennakkomaksu palautetaan ehtojen mukaisesti."),
    ("association-asked", "Suositus", "Yrittäjäyhdistyksemme kysyi kokemuksia teistä, ja kerroin pelkkää hyvää!"),
    ("straight-praise", "Palaute", "Sanon suoraan: olemme tosi tyytyväisiä!"),
    ("price-list-rose-question", "Hinnasto", "Hinnastonne nousi tänä vuonna. Voisitteko kertoa, mitä uutta hintaan sisältyy?"),
    ("we-own-the-miss", "Pahoittelut", "Tässä emme onnistuneet: osa sovitusta työstä jäi tekemättä, ja minun olisi pitänyt huomata se aiemmin."),
    ("good-value", "Kiitos", "Saimme hyvää vastinetta rahoillemme, kiitos!"),
    ("off-our-hands", "Valmis", "Homma on nyt pois käsistä, kiitos avusta."),
    ("still-comparing", "Tarjous", "Harkitsemme vielä muita vaihtoehtoja ja palaamme asiaan ensi viikolla. Kiitos tarjouksesta!"),
    ("easy-to-work-with", "Kiitos", "Teidän kanssanne on ollut helppo toimia."),
    ("competitor-not-us", "Kilpailija", "Kilpailijan uudet sivut ovat aika tylsät, teidän työnne on paljon parempaa. Kiitos!"),
]

# Whole emails for round 2, several registers (id, subject, new text, acceptable scenarios).
HEATED_EMAILS += [
    ('r2-01', 'Kuvat', 'Moi,\n\nmä oon nyt odottanu niitä tuotekuvia kohta kaks kuukautta ja joka kerta kun kysyn, tulee joku uus selitys. '
     'Jos ne ei oo perjantaina täällä, niin kirjotan kyllä Facebookiin ihan tarkalleen miten tää on menny.\n\nMinna', ('legal_threat',)),
    ('r2-02', 'Lasku 1042', 'Hei,\n\nlaskussa on veloitettu kuuden kuukauden ylläpito, vaikka irtisanoimme sopimuksen jo kesäkuussa. '
     'Emme maksa tätä laskua. Perukaa se ja lähettäkää hyvityslasku jo maksetuista kuukausista.\n\nTerveisin\nPaula', ('refund_demand',)),
    ('r2-03', 'Kassa', 'Moro. Joka kerta kun te ootte päivittäny jotain, meidän kassa kaatuu. Nyt taas koko lauantai mennyt ohi. '
     'Tää on teidän sotku ja te sen myös korjaatte, tänään.\nJari', ('blame',)),
    ('r2-04', 'Hinta', 'Terve,\n\nmietin vielä sitä sovittua hintaa. Kaverin firma tekee vastaavat sivut parilla tonnilla, joten '
     'tää teidän hinta on kyllä ihan överi. Jos saatte hinnan alemmas, jatketaan, muuten mä kyl lopetan tän tähän.\n\nKalle', ('price_pushback',)),
    ('r2-05', 'Lanseeraus', 'Hei!\n\nLanseeraus siirtyi yllättäen, ja tarvitsemme koko uuden verkkokaupan jo ensi tiistaina. Tiedän, '
     'että aikataulu on tiukka, mutta teillähän on iso tiimi. Ammattilaisille tämän pitäisi olla helppo.\n\nSara', ('unrealistic_demand',)),
    ('r2-06', 'Lisäykset', 'Moikka,\n\nnyt kun sivut on melkein valmiit, tuli vielä muutama juttu mieleen: ajanvaraus, blogi ja englanninkielinen '
     'versio. Nää on varmaan ihan pikkujuttuja teille, ja oletan et ne kuuluu siihen hintaan. En aio maksaa niistä erikseen.\n\nIida', ('scope_creep',)),
    ('r2-07', 'Logot', 'ootteko te oikeesti ammattilaisia? kaikki kolme ehdotusta on ihan vääriä. eikä kiinnosta teidän '
     '"brändiselitykset", mä tunnen mun asiakkaat paremmin ku te. tehkää niinku mä sanoin.\nTeemu', ('doubts_expertise',)),
    ('r2-08', 'Ylläpito??', 'Hei,\n\nmitä tää meinaa, että ylläpito "siirtyy uuteen hinnoitteluun"? Mä en oo ikinä tilannu mitään uutta '
     'pakettia. Ootteko te siis nostamassa hintoja kysymättä? Soittakaa heti.\n\nHanna', ('misunderstanding',)),
    ('r2-09', 'Palautetta', 'Hei Jamie,\n\nhaluan antaa suoraa palautetta. Vastaukset tulevat aina viikon viiveellä, palaverit siirtyvät '
     'jatkuvasti ja raporteissa on samat virheet kuukaudesta toiseen. Tämä ei ole sitä, mitä tilasimme.\n\nRiikka', ('general_dissatisfaction',)),
    ('r2-10', 'Tietoturva', 'Hei,\n\ntietomurron syy oli päivittämätön lisäosa. Päivitykset kuuluivat ylläpitosopimukseenne, mutta niitä ei '
     'ollut tehty kuukausiin. Odotamme selvitystä siitä, miksi sovittuja päivityksiä ei ole tehty.\n\nJuhani Laakso\ntietohallintojohtaja', ('blame',)),
    ('r2-11', 'Remontti', 'Hei.\n\nParketti on asennettu vinoon koko olohuoneen matkalta, eikä tämä ole enää korjattavissa. Vaadimme, että '
     'koko lattia puretaan ja asennetaan uudestaan, eikä siitä laskuteta meiltä senttiäkään.\n\nAsunto Oy Rantala, hallitus', ('legal_threat', 'refund_demand')),
    ('r2-12', 'Tarjous', 'Hei,\n\nallekirjoitimme sopimuksen viime kuussa, mutta kilpailijanne tarjoaa nyt saman 25 % halvemmalla. Emme pysty '
     'sitoutumaan tähän summaan. Odotamme 20 % alennusta, tai muuten joudumme miettimään muita vaihtoehtoja.\n\nLeena', ('price_pushback',)),
]

CALM_EMAILS += [
    ('r2-calm-01', 'Kuvat', 'Moi,\n\nkuvat tuli perille, kiitos! Kirjotan Facebookiin ensi viikolla, miten hienosti kuvaus meni.\n\nMinna'),
    ('r2-calm-02', 'Lasku 1042', 'Hei,\n\nirtisanoimme ylläpidon kesäkuussa, joten voisitteko tarkistaa, onko laskulla vielä vanhoja kuukausia? '
     'Kiitos!\n\nPaula'),
    ('r2-calm-03', 'Hinta', 'Terve,\n\nkiitos tarjouksesta. Voisimmeko katsoa yhdessä, mitä siitä voisi karsia, jotta päästään budjettiin?\n\nKalle'),
    ('r2-calm-04', 'Lanseeraus', 'Hei!\n\nLanseeraus siirtyi kevääseen, joten aikataulu väljenee. Kiitos joustavuudesta!\n\nSara'),
    ('r2-calm-05', 'Lisäykset', 'Moikka,\n\ntuli vielä pari ideaa mieleen: ajanvaraus ja blogi. Voisitteko tehdä niistä erillisen tarjouksen?\n\nIida'),
    ('r2-calm-06', 'Aloitus', 'Hei Jamie,\n\nvalitsimme teidät, koska edellinen toimistomme ei ehtinyt hoitaa meitä. Voitte aloittaa ensi '
     'viikolla, aikataulu on kuvattu liitteessä.\n\nTerveisin\nOlli'),
    ('r2-calm-07', 'Sopimus', 'Hei,\n\nlakimiehemme käy luonnoksen vielä läpi, tämä on pelkkä muodollisuus. Sillä välin voitte hyvin '
     'aloittaa suunnittelun. Palaan asiaan heti, kun kommentit ovat tulleet.\n\nTuula'),
    ('r2-calm-08', 'Arvio', 'Hei,\n\nyksi asiakkaamme jätti meille yhden tähden Google-arvion viivästyneestä toimituksesta. Voisitteko auttaa '
     'muotoilemaan asiallisen vastauksen? Kiitos!\n\nKati'),
]

@pytest.mark.parametrize("family, subject, text, scenarios", HEATED, ids=[c[0] for c in HEATED])
def test_heated_family(family, subject, text, scenarios):
    a = analyze(msg(text, subject=subject))
    explain = f"heat={a.heat:.2f} signals={[(s.name, s.words, round(s.weight, 2)) for s in a.signals]} scenarios={a.scenarios}"
    assert a.heated, explain
    assert a.scenario in SCENARIOS, explain
    if scenarios:
        assert a.scenario in scenarios, explain


@pytest.mark.parametrize("family, subject, text", CALM, ids=[c[0] for c in CALM])
def test_calm_look_alike(family, subject, text):
    a = analyze(msg(text, subject=subject), CALM_CEILING)
    explain = f"heat={a.heat:.2f} signals={[(s.name, s.words, round(s.weight, 2)) for s in a.signals]}"
    assert a.heat < CALM_CEILING, explain
    assert not a.heated and a.scenario is None, explain


@pytest.mark.parametrize("family, subject, text, scenarios", HEATED, ids=[c[0] for c in HEATED])
def test_signals_name_words_from_the_text(family, subject, text, scenarios):
    a = analyze(msg(text, subject=subject))
    for s in a.signals:
        for w in s.words:
            assert w in text or w in subject, (s.name, w)


def test_finnish_entries_do_not_fire_on_other_languages():
    # Finnish stems must not be common words elsewhere: a calm English, Danish and German line stays at zero.
    for text, lang in (
        ("Thanks for the update, the new pages look great and we will pay the invoice on Friday.", "en"),
        ("Tak for opdateringen, siderne ser fine ud, og vi betaler fakturaen på fredag.", "da"),
        ("Danke für das Update, die Seiten sehen gut aus und wir zahlen die Rechnung am Freitag.", "de"),
    ):
        a = analyze(msg(text, subject="Update", lang=lang))
        assert not any(s.name not in ("shouting", "punctuation") and s.weight > 0.2 for s in a.signals), a.signals


def test_the_lawyer_next_to_a_contract_stays_neutral_but_a_handover_is_a_threat():
    calm = analyze(msg("Asianajajamme tarkastaa sopimusluonnoksen tällä viikolla."))
    assert not calm.heated
    hot = analyze(msg("Asia siirtyy asianajajamme hoidettavaksi. Olen erittäin pettynyt."))
    assert hot.heated and hot.scenario == "legal_threat"


def test_a_negated_compliment_is_not_politeness():
    # "ei tunnu hyvältä" carries heat; the "hyvältä" inside it must not count as a kind word.
    a = analyze(msg("Kokonaisuus ei vain tunnu hyvältä. Olen aika pettynyt."))
    b = analyze(msg("Kokonaisuus tuntuu hyvältä. Olen aika pettynyt."))
    assert a.heat > b.heat


@pytest.mark.parametrize("sentence, follow_up", FAMILY_SENTENCES, ids=[f"family-{i:03d}" for i in range(len(FAMILY_SENTENCES))])
def test_family_sentence(sentence, follow_up):
    alone = analyze(msg(sentence, subject="Asia"))
    assert alone.signals or alone.scenarios, sentence
    a = analyze(msg((sentence + " " + follow_up).strip(), subject="Asia"))
    explain = f"heat={a.heat:.2f} signals={[(s.name, s.words, round(s.weight, 2)) for s in a.signals]}"
    assert a.heated and a.scenario in SCENARIOS, explain


@pytest.mark.parametrize("case_id, subject, text, scenarios", HEATED_EMAILS, ids=[c[0] for c in HEATED_EMAILS])
def test_heated_email(case_id, subject, text, scenarios):
    a = analyze(msg(text, subject=subject))
    explain = f"heat={a.heat:.2f} signals={[(s.name, s.words, round(s.weight, 2)) for s in a.signals]} scenarios={a.scenarios}"
    assert a.heated, explain
    assert a.scenario in scenarios, explain
    for s in a.signals:
        for w in s.words:
            assert w in text or w in subject, (s.name, w)


@pytest.mark.parametrize("case_id, subject, text", CALM_EMAILS, ids=[c[0] for c in CALM_EMAILS])
def test_calm_email(case_id, subject, text):
    a = analyze(msg(text, subject=subject))
    explain = f"heat={a.heat:.2f} signals={[(s.name, s.words, round(s.weight, 2)) for s in a.signals]}"
    assert a.heat < DEFAULT_THRESHOLD and a.scenario is None, explain


# Former limits, fixed in the lexicon: kept as ordinary cases.
FIXED_HEATED = [
    ('r2-limit-backup-restore', 'Tilaukset', 'Varmuuskopion palautus teidän puolellanne poisti kaikki tilaukset, eikä kukaan kertonut meille mitään. Tämä on teidän sotku.', ('blame',)),
    ('r2-limit-denied-own-fault', 'Järjestelmä', 'Eihän se ole minun vika, että teidän järjestelmä sekoilee. Tämä on täysin kestämätöntä.', ('blame',)),
    # fixed by heat.py after round 2 (a lawyer named in passing is no legal threat): a quoted search keyword no longer routes to legal_threat
    ('r2-limit-keyword-in-quotes', 'Näkyvyys', 'Emme näy vieläkään hakusanalla "asianajaja Tampere", vaikka lupasitte kärkipaikan kuukaudessa. Mistä me oikein maksamme?', ('unrealistic_demand', 'general_dissatisfaction', 'blame')),
    # round 2: "kiitos vaan taas" and praise right after a failure are sarcasm (fi.py), so their "kiitos"/"mahtavaa" no longer count as politeness
    ('email1-14', 'Projekti', 'No kiitos vaan taas. Raportti tuli jälleen viikon myöhässä ja täynnä virheitä. Mahtavaa.', ('general_dissatisfaction',)),
    ('email3-11', 'Projekti', 'Moi,\n\nkuka siellä on oikein päivittänyt meidän lisäosat ilman lupaa? Koko lomake on nyt rikki ja yhteydenotot eivät tule perille. Palauttakaa vanha versio heti.\n\nJussi', ('blame',)),
]
FIXED_CALM = [
    ('calm-r2-our-director', 'Tapaaminen', 'Johtajamme haluaa tavata teidät ensi viikolla. Palaan asiaan heti, kun olen sopinut ajan hänen kanssaan.'),
    ('calm-r2-by-the-way', 'Numero', 'Muuten vaihdamme ensi viikolla puhelinnumeroa, päivitättekö sen sivuille?'),
    ('calm1-20', 'Projekti', 'Hei, kiitos taas kerran avusta, olette pelastaneet meidät monta kertaa!'),
    ('calm1-21', 'Projekti', 'Hienoa työtä, todella hyvä lopputulos! Kiitos koko tiimille.'),
]


@pytest.mark.parametrize("case_id, subject, text, scenarios", FIXED_HEATED, ids=[c[0] for c in FIXED_HEATED])
def test_former_heated_limit_now_routed(case_id, subject, text, scenarios):
    a = analyze(msg(text, subject=subject))
    assert a.heated and a.scenario in scenarios


@pytest.mark.parametrize("case_id, subject, text", FIXED_CALM, ids=[c[0] for c in FIXED_CALM])
def test_former_calm_limit_now_calm(case_id, subject, text):
    assert not analyze(msg(text, subject=subject)).heated


@pytest.mark.xfail(reason="needs a change to heat.py or lexicon/__init__.py (see the reason in each case)", strict=False)
@pytest.mark.parametrize("case_id, subject, text, scenarios, reason", KNOWN_HEATED_LIMITS, ids=[c[0] for c in KNOWN_HEATED_LIMITS])
def test_known_heated_limit(case_id, subject, text, scenarios, reason):
    a = analyze(msg(text, subject=subject))
    assert a.heated and a.scenario in scenarios, reason


@pytest.mark.xfail(reason="needs a change to lexicon/__init__.py (see the reason in each case)", strict=False)
@pytest.mark.parametrize("case_id, subject, text, reason", KNOWN_CALM_LIMITS, ids=[c[0] for c in KNOWN_CALM_LIMITS])
def test_known_calm_limit(case_id, subject, text, reason):
    assert not analyze(msg(text, subject=subject)).heated, reason


def test_every_finnish_entry_is_exercised():
    """Each entry of lexicon/fi.py matches at least one heated text of this file (no dead or mistyped pattern)."""
    import re

    from reply_coach import heat
    from reply_coach.lexicon import fi

    texts = [f"{s} {f}" for s, f in FAMILY_SENTENCES] + [c[2] for c in HEATED] + [c[1] for c in HEATED]
    texts += [c[2] for c in HEATED_EMAILS] + [c[1] for c in HEATED_EMAILS]
    low = [heat._lower_same_length(t) for t in texts]
    dead = []
    for kind, table in (("signal", fi.SIGNALS), ("scenario", fi.SCENARIO_CUES)):
        for name, entries in table.items():
            for entry in entries:
                pattern = entry[0] if isinstance(entry, tuple) else entry
                frags = heat._expand(heat._lower_regex(heat._fragment(pattern)))
                rxs = [re.compile(r"(?<!\w)(?:" + f + r")(?!\w)") for f in frags]
                if not any(rx.search(t) for rx in rxs for t in low):
                    dead.append((kind, name, pattern))
    assert not dead, dead


def test_finnish_entries_are_indexed_by_their_first_letters():
    """No fi entry starts with a wildcard or a nested group: those are tried at every word and cost speed."""
    from reply_coach import heat
    from reply_coach.lexicon import fi

    unkeyed = []
    tables = [("signal", n, e) for n, es in fi.SIGNALS.items() for e in es]
    tables += [("scenario", n, e) for n, es in fi.SCENARIO_CUES.items() for e in es] + [("positive", "", e) for e in fi.POSITIVE]
    for kind, name, entry in tables:
        pattern = entry[0] if isinstance(entry, tuple) else entry
        for frag in heat._expand(heat._lower_regex(heat._fragment(pattern))):
            if not heat._key(frag)[0]:
                unkeyed.append((kind, name, pattern))
    assert not unkeyed, unkeyed
