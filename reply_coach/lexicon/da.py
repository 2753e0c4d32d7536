"""Danish phrasing families for the heat detector; merged into the lexicon by lexicon/__init__.py.

Same entry syntax as the lexicon (regex fragments matched case-insensitively at
a word start, * for a stem, (pattern, weight) to override a weight).
Each entry is a *way of saying* something, not a sentence from a corpus, and
tests/test_heat_da.py pins it with sentences written for the test, calm
look-alikes included.

Notes for whoever tunes this next:
- every entry is applied to every message, whatever its language, so each one
  starts with a Danish word ("ikke", "jeres", "hvis") rather than a word that
  is also English ("for", "men", "I" on its own), German ("er", "die") or
  Finnish ("en", "et");
- "I" is Danish "you (plural)" but the matcher lower-cases, so "I har" also
  reads "i har"; entries with "I" are kept to verb phrases where "i" (in)
  cannot occur;
- Danish numbers carry dots ("45.000 kr."), so a gap that must cross an
  amount uses [^!?\\n] rather than [^.!?];
- every haggling entry is also a price_pushback cue and every doubt entry a
  doubts_expertise cue (lexicon/__init__.py copies them after this module is
  merged), while doubts_expertise cues listed here are *not* doubt signals;
  so a doubt or haggling entry must be specific to expertise or price (round
  2 narrowed "I har styr på", "spekulerer på, om I", "været kunder i fem år",
  "kan I overhovedet nå det" for that reason).  A weak cue for a severe
  scenario steals emails from the right one, so phrases that also describe
  plain slowness or silence ("alt for lang tid", "på to uger") are heat, not
  cues;
- Danish modal particles ("det er *altså* ikke vores job", "det er *trods alt*
  min forretning") and amounts with dots ("de 32.000 kr.") break entries that
  expect plain words: use _PRT and _MONEY (round 2) where they occur;
- an entry whose leading group holds a backslash ("(?:konkurrent\\w*|...)",
  "(?:\\d+|to|tre)") cannot be split into keyed branches and is tried at every
  word: spell the branches out, or start with the noun;
- a pattern that ends in a space ("men (?:nu |vi )") never matches, because
  heat.py appends (?!\\w);
- never end an entry in \\w*: the stem rule turns a trailing * into \\w*, so
  "word\\w*" becomes "word\\w\\w*" and misses the bare word; write "word*".

Layout: the first-pass tables (SIGNALS, SCENARIO_CUES, POSITIVE) hold one
family per line per signal; the later passes (_MORE_*, _THIRD_* ... _SEVENTH_*,
then round 2's _ROUND2*_) each extend them with the ways of saying that a fresh set of test emails in
another register exposed, and say in a comment what that set was.
tests/test_heat_da.py checks that every entry here is exercised by a sentence.
"""

from __future__ import annotations

# Weekdays and near deadlines, shared by the pressure and scenario families.
_DAY = r"(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|weekenden|i morgen|i aften|i dag|i nat)"
_READY = r"(?:klar|færdig|færdige|færdigt|online|live|oppe|på plads|leveret|lagt ind|rettet|løst)"
_PRICE = r"(?:pris|prisen|den aftalte pris|aftalen|tilbuddet|budgettet|den pris)"
_AGENCY = r"(?:leverandør|bureau|webbureau|reklamebureau|partner|samarbejdspartner|udvikler|firma|udbyder|freelancer|konsulent)"

# signal name (a key of lexicon.SIGNAL_WEIGHTS) -> entries
SIGNALS: dict[str, list] = {
    # ------------------------------------------------------------------ threat
    "threat": [
        # complaint bodies and authorities a consumer or firm turns to
        (r"forbrugerklagenævn*", 0.6), (r"ankenævn*", 0.5), (r"forbrugerombudsmand*", 0.55), (r"nævnenes hus", 0.55),
        (r"(?:klager|klage) (?:jeg |vi )?(?:over jer )?til [^.!?]{0,40}?(?:forbruger\w*|\w*nævn\w*|\w*styrelse\w*|\w*ombudsmand\w*|myndighed\w*|brancheforening\w*)", 0.5),
        (r"(?:klage|klager) over jer", 0.45),
        (r"(?:indgive|indgiver|indgiv|sende|sender) (?:en )?(?:officiel |formel |skriftlig )?klage (?:over|til|mod)", 0.45),
        (r"(?:officiel|formel) klage", 0.5),
        (r"politianmeld*", 0.6), (r"anmelde\w* (?:jer|det|sagen|forholdet) til politiet", 0.6),
        # courts and legal steps
        (r"stævning*", 0.6), (r"stævne(?:r)? jer", 0.6), (r"(?:ses|mødes|ender|havner|ende|havne) (?:vi |det |sagen |det her )?i retten", 0.6), (r"i retten", 0.3), (r"(?:sagen|jer|det) for retten", 0.55),
        (r"domstol*", 0.5), (r"fogedret*", 0.5),
        (r"(?:retslige|juridiske|retlige) (?:skridt|konsekvenser|efterspil)", 0.6), (r"juridisk efterspil", 0.55),
        (r"(?:gå|går) juridisk til værks", 0.6),
        # damages and liability
        (r"erstatningskrav*", 0.6), (r"krav om erstatning", 0.6), (r"erstatningsansvar*", 0.5),
        (r"erstatning for (?:\w+ )?(?:tabt|det tabte|tabet|vores tab|mistet|mistede|tab)", 0.55),
        (r"(?:holde|holder|gøre|gør) (?:jer|jeres firma|dig|jer personligt) (?:\w+ )?(?:erstatnings)?ansvarlig*", 0.55),
        (r"(?:opgøre|opgør|gøre op|gør op) (?:vores |mit |hele )?tab(?:et)?", 0.45),
        (r"hvem der (?:får|har) ret", 0.4),
        # a lawyer brought in, with the verb that makes it a threat
        (r"(?:høre|hører) fra (?:min|vores) (?:\w+ )?(?:advokat|jurist)", 0.6),
        (r"(?:involvere|involverer|inddrage|inddrager|koble|kobler) (?:min|vores) (?:advokat|jurist)\w*(?![^.!?]{0,60}(?:kontrakt|udkast|gennemg|kommentar|bemærkning))", 0.5),
        # going public
        (r"(?:gå|går) (?:jeg |vi )?(?:til|ud i) (?:pressen|medierne)", 0.55), (r"kontakte\w* (?:pressen|medierne|en journalist|journalister)", 0.55),
        (r"(?:dele|deler|fortælle|fortæller|skrive|skriver|beskrive|beskriver) (?:om )?(?:min|vores) (?:oplevelse|erfaring)\w* (?:med jer (?:på|offentligt|med andre|online)|offentligt|på)", 0.5),
        (r"(?:hvordan|hvor) det er at (?:være|have været) kunde hos jer", 0.45),
        (r"(?:én|1)[ -]stjerne(?:r|t|s)?", 0.5),
        # writing a review is a threat when the review is announced as critical or as a warning to others
        # ("vi giver jer gerne en anmeldelse" is praise, so the bare verb is not an entry)
        (r"(?:som|så) andre (?:\w+ )?(?:kan lære af|kan blive advaret|ved,? hvad de går ind til|kan undgå)", 0.45),
        (r"(?:give|giver|skrive|skriver|lægge|lægger|poste|poster|skrevet|skrev|lagt|lagde|postet|sende|sender) (?:jer |dig )?(?:en |nogle )?(?:meget |lang |lange |helt )?(?:ærlig|ærlige|dårlig|dårlige|negativ|negative|sønderlemmende|kritisk|kritiske|lang|lange|detaljeret|detaljerede|grundig|enstjernet|en-stjernet) (?:anmeldelse|anmeldelser)", 0.55),
        (r"fraråde\w* (?:andre|alle|folk|mit netværk)", 0.5),
        (r"(?:ikke|aldrig) (?:kunne )?anbefale jer(?! nok| varmt| højt)", 0.45),
        # ending the relationship, taking the work elsewhere
        # finite verbs ("vi opsiger", "så annullerer jeg"); a bare infinitive is an option offered
        # ("vil I hellere annullere ordren, er det muligt"), so it needs its subject (round 2)
        (r"opsiger (?:vi |jeg )?(?:hermed )?(?:aftalen|kontrakten|samarbejdet|abonnementet|serviceaftalen|retaineren)", 0.4),
        (r"(?:ophæver|afbryder|stopper|annullerer) (?:vi |jeg )?(?:hermed )?(?:aftalen|kontrakten|samarbejdet|abonnementet|ordren|bestillingen|serviceaftalen|retaineren)", 0.45),
        (r"(?:vi|jeg) (?:vil|skal|må|kommer til at|agter at|har valgt at|har besluttet at|er nødt til at) (?:\w+ )?(?:opsige|ophæve|afbryde|stoppe|annullere) (?:hermed )?(?:aftalen|kontrakten|samarbejdet|abonnementet|ordren|bestillingen|serviceaftalen|retaineren)", 0.45),
        (r"(?:hæver|hæve) (?:vi |jeg )?købet", 0.5),
        (r"(?:gå|går) (?:vi |jeg )?(?:en|den) anden vej", 0.5),
        (r"(?:se|ser|kigge|kigger) (?:vi |jeg )?(?:os|mig) om efter (?:en anden|et andet|andre|nye|en ny|et nyt)", 0.55),
        (r"(?:finde|finder|vælge|vælger|skifte|skifter|bruge|bruger) (?:vi |jeg )?(?:til )?(?:en|et) (?:anden|andet|ny|nyt) (?:\w+ )?" + _AGENCY + r"*", 0.5),
        (r"andre " + _AGENCY + r"\w*,? (?:der|som) (?:gerne )?(?:vil|kan|står klar)", 0.5),
        (r"andre,? (?:der|som) (?:gerne )?(?:vil|kan) (?:have|tage|overtage|løse|lave) (?:opgaven|jobbet|projektet|arbejdet|vores forretning)", 0.5),
        (r"(?:tage|tager|flytte|flytter|trække|trækker) (?:vi |jeg )?(?:vores |min )?(?:opgaven|opgaverne|forretning\w*|projektet|kontoen|arbejdet|hosting\w*) (?:\w+ )?(?:et andet sted hen|andetsteds|hjem igen|væk fra jer|til en anden|til et andet)", 0.5),
        (r"andetsteds", 0.3),
        (r"(?:sidste|den sidste) gang,? (?:vi|jeg) (?:bruger|handler|arbejder|køber|benytter)", 0.55),
        (r"aldrig (?:mere|igen) (?:\w+ ){0,2}(?:bruge|handle|arbejde|benytte|købe) (?:jer|hos jer|med jer|jeres)", 0.5),
        (r"overvejer (?:\w+ ){0,2}(?:at opsige|at skifte (?:leverandør|bureau|udbyder|jer ud)|at finde en anden|at finde et andet|at gå videre|andre muligheder|vores muligheder|samarbejdet)", 0.45),
        (r"skift\w* (?:\w+ )?(?:leverandør|bureau|udbyder|hostingudbyder|samarbejdspartner)", 0.4),
        (r"forbeholder (?:os|mig) (?:retten|ret) til", 0.35),
        (r"(?:får|vil få|kommer til at få) (?:\w+ )?(?:konsekvenser|et efterspil)", 0.5),
        (r"ender (?:\w+ ){0,2}(?:i retten|hos (?:en|vores|min) advokat|med en (?:rets)?sag)", 0.55),
    ],
    # A lawyer or legal department: a threat only with a condition (heat.py checks the sentence).
    "legal_party": [r"juridisk(?:e)? (?:afdeling|rådgiver|bistand)", r"inkassofirma*"],
    # --------------------------------------------------------------- ultimatum
    "ultimatum": [
        (r"ellers (?:må|bliver|tager|ser|er) (?:vi|jeg|der) (?:\w+ ){0,3}(?:andre|nødt|nødsaget|videre|konsekvenser|skridt|slut)", 0.5),
        (r"(?:senest|inden) [^.!?]{1,40}?,? (?:ellers|eller også) (?:\w+ )?(?:vi|jeg|går|finder|skifter|må)", 0.4),
        (r"hvis (?:jeg|vi) ikke (?:\w+ ){0,4}(?:har|hører|får|ser|modtager) [^.!?]{0,60}(?:inden|senest|i løbet af)", 0.35),
        (r"hvis (?:I|siden|fejlen|problemet|systemet|shoppen|webshoppen|det) ikke (?:er|bliver) (?:\w+ )?(?:løst|rettet|ordnet|fikset|klar|oppe|færdig\w*|på plads|i orden)", 0.45),
        (r"(?:virker|er|ligger|står|kommer) (?:den|det|siden|rettelsen|rettelserne|løsningen|pengene|beløbet) ikke [^.!?]{0,40}(?:inden|senest)", 0.4),
        (r"(?:min|vores) tålmodighed", 0.45),
        (r"nu er det nok", 0.5), (r"nok er nok", 0.5), (r"nu må det (?:stoppe|høre op|være slut|være nok)", 0.5),
        (r"det må (?:høre op|stoppe)", 0.45), (r"nu har (?:jeg|vi) fået nok", 0.55), (r"(?:jeg|vi) har fået nok", 0.5),
        (r"(?:jeg|vi) finder (?:mig|os) ikke i", 0.55), (r"(?:vil|kan) ikke finde (?:mig|os) i", 0.55),
        (r"(?:det|dette|sådan noget) (?:accepterer|tolererer|godtager) (?:jeg|vi) ikke", 0.55),
        (r"vi accepterer ikke", 0.35),
        (r"(?:kan|vil) (?:jeg|vi) ikke (?:acceptere|tolerere|leve med|godtage)", 0.45),
        (r"(?:ikke|er ikke) til (?:forhandling|diskussion)", 0.5),
        (r"(?:jeg|vi) venter ikke (?:længere|mere)", 0.5), (r"ventet længe nok", 0.45),
        (r"(?:færdig|færdige|træt|trætte) (?:med|af) at vente", 0.45),
        (r"eller lad (?:være|vær)", 0.4),
        (r"(?:jeg|vi) (?:gider|orker) (?:\w+ ){1,3}ikke", 0.45), (r"orker ikke", 0.45),
        (r"(?:jeg|vi) (?:vil|skal) ikke (?:høre|have) (?:flere|mere|om) (?:forklaringer|undskyldninger|bortforklaringer|snak|udenomssnak)", 0.5),
        (r"(?:jeg|vi) er ikke interesseret i (?:flere |jeres |dine |nogen )?(?:forklaringer|undskyldninger|bortforklaringer)", 0.5),
        (r"(?:jeg|vi) (?:forventer|kræver),? at (?:I|jeres|den|det|siden|fejlen|fejlene|problemet|problemerne|sagen|rettelserne|løsningen|pengene|beløbet|systemet|webshoppen|shoppen) (?:\w+ ){0,3}(?:virker|løser|retter|ordner|laver|bliver|får|kommer|ligger|står|sørger|tager|betaler|refunderer|leverer)", 0.3),
        (r"her og nu", 0.3), (r"nu og her", 0.3),
        (r"(?:det bliver|det er|dette er|dette bliver) (?:den )?sidste gang,? (?:jeg|vi)", 0.45),
        (r"(?:dette er|det her er|det er) (?:min|vores) sidste (?:mail|henvendelse|rykker|besked|advarsel)", 0.5),
        (r"(?:sidste|endelig|endelige) frist", 0.35),
        (r"(?:vi|jeg) giver jer (?:\w+ )?(?:en frist|frist|indtil|til (?:mandag|tirsdag|onsdag|torsdag|fredag|i morgen)|en uge|\d+ timer|et døgn)", 0.45),
        (r"(?:så|ellers) er det slut", 0.45),
        (r"(?:miste|mister|tabe|taber|mistet|tabt) tålmodigheden", 0.5),
    ],
    # ------------------------------------------------------------------ demand
    "demand": [
        (r"(?:vil|skal) have (?:\w+ ){0,2}(?:pengene|beløbet|betalingen|depositummet|forudbetalingen|mine penge|vores penge|det fulde beløb|hele beløbet) (?:\w+ ){0,5}?(?:tilbage|retur)", 0.5),
        (r"(?:pengene|beløbet|betalingen|depositummet|forudbetalingen) (?:\w+ ){1,5}(?:tilbage|retur)", 0.35),
        (r"(?:kræver|forlanger) (?:\w+ ){0,2}(?:refusion|tilbagebetaling|pengene|beløbet|kreditering)", 0.5),
        (r"(?:skal|være) (?:\w+ )?på (?:vores|min) konto", 0.35),
        (r"betaler (?:jeg|vi) (?:\w+ ){0,3}ikke(?! ekstra| mere| oveni| tillæg)", 0.5),
        (r"(?:ikke|aldrig) (?:\w+ ){0,3}betale (?!ekstra|mere|oveni|tillæg)(?:\w+ ){0,2}(?:en krone|en øre|en eneste krone|noget som helst|en rød reje|for (?:det|dette|noget|arbejdet|en løsning|en side|en webshop))", 0.5),
        (r"ikke tænkt (?:mig|os) at (?:betale|acceptere|godtage|vente|finde (?:mig|os) i)", 0.45),
        (r"nægter (?:at|pure)", 0.45),
        (r"(?:jeg|vi) forlanger", 0.5), (r"(?:jeg|vi) insisterer på", 0.4),
        (r"(?:skal|vil|kræver|skal altså|må) have (?:en )?(?:skriftlig |ordentlig |fuld |klar )?(?:forklaring|redegørelse|undskyldning|begrundelse)", 0.45),
        (r"skriftlig (?:forklaring|redegørelse|undskyldning|begrundelse)", 0.35),
        (r"(?:giv|giver|skylder) (?:mig|os) (?:en )?(?:forklaring|undskyldning|svar)", 0.4),
        (r"forklar (?:mig|os)(?: lige| venligst)?,? (?:hvorfor|hvordan|hvad)", 0.3),
        (r"(?:jeg|vi) (?:vil|skal) have (?:et )?(?:svar|besked|en løsning|en tilbagemelding) (?:\w+ ){0,2}(?:i dag|nu|senest|inden|med det samme|omgående|i morgen)", 0.45),
        (r"straks", 0.25), (r"øjeblikkelig(?:t)?", 0.3), (r"uden (?:yderligere )?(?:ophold|forsinkelse)", 0.35),
        (r"(?:kreditere|krediter|kreditnota) (?:for |på )?(?:hele|det fulde|den fulde|fuld)", 0.45),
        (r"modregn*", 0.4),
        (r"(?:sende|sender|send) (?:den|sagen|det|regningen|fakturaen|kravet) til inkasso", 0.4),
        # redo the whole thing
        (r"(?:laver|lave|lav|gør|gøre|bygger|bygge|byg|tager|tage|tag) (?:\w+ ){0,4}om fra bunden", 0.45),
        (r"(?:laver|lave|lav|gør|gøre|gøres|laves|bygger|bygge|byg) (?:det hele|hele (?:\w+ ){0,2}?(?:siden|løsningen|webshoppen|shoppen|sitet|designet|projektet|appen|logoet|kampagnen|systemet)) om", 0.45),
        (r"(?:starte|starter|begynde|begynder) (?:helt )?forfra", 0.3),
        (r"(?:jeg|vi) skal have (?:det|fejlen|problemet|sagen|siden) (?:løst|rettet|ordnet|op at køre) (?:nu|i dag|med det samme|senest|inden|omgående)", 0.45),
        (r"ring (?:til )?(?:mig|os) (?:i dag|hurtigst muligt|snarest|straks)", 0.3),
    ],
    # ------------------------------------------------------------------- blame
    "blame": [
        (r"det er (?:jeres|dit|din) (?:\w+ )?(?:ansvar|problem|rod)", 0.45), (r"jeres ansvar", 0.35),
        (r"(?:skylden|skyld) (?:ligger|er) (?:\w+ )?hos jer", 0.5), (r"I har skyld(?:en)?", 0.5), (r"(?:jeres|din) egen skyld", 0.5),
        (r"(?:jeres|din|dit) (?:gratis )?(?:testperson|testpersoner|tester|testere|forsøgskanin|forsøgskaniner|prøvekanin|prøveklud|kvalitetskontrol|betatester\w*)", 0.5),
        (r"I har (?:\w+ ){0,2}(?:ødelagt|slettet|overskrevet|smadret|svigtet|brudt|lavet rod|sjusket|rodet|lavet (?:en )?(?:kæmpe|stor|grov) fejl)", 0.5),
        (r"I har (?:\w+ ){0,2}(?:glemt|overset|misset|ignoreret|misforstået|droppet|fjernet)", 0.3),
        (r"I (?:ødelagde|slettede|smadrede|svigtede|overskrev)", 0.45), (r"I (?:glemte|overså|ignorerede|droppede)", 0.3),
        (r"I (?:lovede|garanterede|har lovet|har garanteret)", 0.3),
        (r"fordi I (?:ikke|aldrig|glemte|overså|ignorerede|har glemt|har overset)", 0.42),
        (r"takket være jer(?:es \w+)?,? (?:har|er|kan|mistede|gik|ligger|står|mangler) [^.!?]{0,60}(?:mistet|nede|ødelagt|forsinket|tabt|ikke|intet|ingen|aldrig|galt|forkert)", 0.45),
        (r"(?:mistet|nede|ødelagt|forsinket|tabt|galt|forkert)\b[^.!?]{0,60}\btakket være jer(?:es)?", 0.45),
        (r"jeres (?:manglende|dårlige|elendige|sjuskede|sløsede|mangelfulde) \w+", 0.4),
        (r"I har ikke (?:\w+ ){0,2}(?:overholdt|holdt|fulgt|svaret|gjort|reageret|rettet|løst|lyttet|meldt)", 0.35),
        (r"I (?:lever|levede|har levet) (?:\w+ )?ikke op til", 0.45),
        (r"(?:I|jer) (?:har )?(?:brudt|overtrådt|misligholdt) (?:aftalen|kontrakten|jeres løfte|jeres aftale|vores aftale)", 0.5),
        (r"(?:i strid med|stik imod|i modstrid med) (?:vores |den |det )?(?:aftale\w*|kontrakt\w*|tilbud\w*|aftalte)", 0.3),
        (r"(?:tester|tjekker|læser|lytter|kigger) I (?:overhovedet|aldrig|ikke engang|slet ikke)", 0.45),
        (r"(?:er der|har) (?:overhovedet )?(?:nogen|ingen) (?:hos jer|af jer|i jeres team),? (?:der|som) (?:tester|tjekker|læser|kigger|har testet|har tjekket|har læst|gider|tager ansvar)", 0.45),
        (r"(?:hvem|ingen) (?:hos jer )?(?:har|har overhovedet) (?:testet|tjekket|godkendt|kigget på|læst)", 0.3),
        (r"(?:det er|er) ikke (?:mit|vores|min) (?:problem|ansvar|opgave|job|bord)", 0.4),
        (r"(?:rydde|rydder|ryd) op (?:efter jer|i jeres|i det rod|i rodet)", 0.45),
        (r"I må (?:selv )?(?:rydde op|løse det|finde ud af det|tage ansvaret|stå på mål)", 0.45),
        (r"(?:tage|tag|tager) (?:jer )?(?:ansvar|ansvaret) for", 0.3), (r"stå på mål for", 0.35),
        (r"jeres \w+ har (?:ødelagt|slettet|smadret|lagt \w+ ned|væltet|taget \w+ ned)", 0.45),
        (r"(?:hvis|havde) I (?:bare|blot) (?:havde |har )?(?:lyttet|testet|tjekket|læst|gjort|fulgt|spurgt)", 0.45),
        (r"I burde (?:have |da have |jo have )?(?:testet|tjekket|opdaget|vidst|sagt|advaret|fanget|set)", 0.42),
        (r"pga\.? jer(?:es)?", 0.42),
        (r"(?:som følge af|på grund af|grundet) jeres (?:fejl|forsinkelse\w*|sjusk|manglende|mangler|opdatering|ændring\w*)", 0.45),
        (r"det er jeres (?:opgave|job) at(?! levere)", 0.4),
    ],
    # ------------------------------------------------------------------ insult
    "insult": [
        (r"makværk", 0.55), (r"lappeløsning*", 0.4), (r"sløse*", 0.45), (r"hjemmestrik*", 0.45), (r"børnehaveniveau", 0.5),
        (r"værdiløs*", 0.5), (r"(?:noget|rent|det rene|det pure) (?:bras|skrammel|lort|møg|pjat|sludder|vrøvl|juks)", 0.5),
        (r"lort*", 0.55), (r"møg*", 0.45), (r"skod*", 0.45), (r"tåbelig*", 0.5), (r"dilettant*", 0.55),
        (r"ynkelig*", 0.5), (r"patetisk*", 0.5), (r"under al kritik", 0.6), (r"under lavmålet", 0.55), (r"(?:helt )?til grin", 0.45),
        (r"en (?:skandale|farce|vittighed|parodi)", 0.5),
        (r"(?:dårligt|ringe|elendigt|sjusket) (?:håndværk|arbejde|udført)", 0.45), (r"ringe (?:kvalitet|service|kommunikation)", 0.45),
        (r"(?:hvem|hvad) tror I(?: lige| egentlig| efterhånden)?,? (?:at )?I er", 0.5),
        (r"(?:tror|tager) I (?:mig|os) for (?:en )?(?:idiot\w*|dum\w*|nar\w*|fjols\w*)", 0.55),
        (r"tror I,? (?:at )?(?:jeg|vi) er (?:dum|dumme|idioter|en idiot|naiv|naive)", 0.55),
        (r"holde\w* (?:mig|os) for nar", 0.55), (r"løbe\w* om hjørner med (?:mig|os)", 0.5),
        (r"frækhed*", 0.5), (r"(?:simpelthen for|for|ret|temmelig|utroligt) frækt", 0.45),
        (r"uforskammet*", 0.55), (r"respektløs*", 0.5), (r"useriøs*", 0.5), (r"uhøflig*", 0.4), (r"arrogan*", 0.45), (r"nedladende", 0.45),
        (r"(?:I|du) lyver", 0.55), (r"løgn(?:e|en|ene|agtig\w*)?", 0.5),
        (r"(?:det er|er) (?:\w+ )?(?:svindel|fup|bedrageri|plattenslageri|humbug)", 0.55), (r"svindel*", 0.35), (r"fupnummer", 0.55),
        (r"(?:ikke|slet ikke|langt fra|ikke særlig|ikke just) (?:professionel|professionelt|kompetent)(?!e)", 0.45),
        (r"(?:en|ren) hån", 0.5),
    ],
    # ----------------------------------------------------------------- sarcasm
    "sarcasm": [
        (r"(?:så|nå,?) må det (?:vel )?(?:være|blive) verdens (?:mest|bedste|dyreste|flotteste|smarteste)", 0.5),
        (r"verdens (?:dyreste|mest avancerede|langsomste|længste|mest komplicerede)", 0.35),
        (r"sikke en overraskelse", 0.35), (r"hvem skulle have troet (?:det)?", 0.35),
        (r"så (?:meget|langt) for (?:det|den|jeres|jeres \w+)", 0.4),
        (r"(?:jeres |den |det |de )?såkaldt(?:e)? (?:færdige|eksperter|professionelle|løsning|garanti|support|ekspertise|strategi|rapport|optimering|fagfolk|test|kvalitetssikring|specialister)", 0.45),
        (r"(?:betalt|betaler|betale) [^!?\n]{0,60}?for [\"“»„][\w -]{2,30}[\"”«“]", 0.3),
        (r"tak for (?:intet|absolut ingenting)", 0.5),
        (r"(?:godt|flot) gået,? virkelig", 0.45),
        (r"(?:endnu|atter) en (?:genial|fantastisk|brillant|flot) (?:idé|ide|løsning|plan)", 0.4),
    ],
    # ------------------------------------------------------------------- anger
    "anger": [
        (r"målløs*", 0.45), (r"chokere(?:t|de)", 0.4), (r"forarge(?:t|de)", 0.45), (r"oprørt(?:e)?", 0.45), (r"harm(?:e|es)", 0.45),
        (r"ophidse(?:t|de)", 0.4), (r"irritere(?:t|de)", 0.35), (r"irriterende", 0.35), (r"ryste(?:t|de)", 0.4), (r"lamslå(?:et|ede)", 0.45), (r"fortørne(?:t|de)", 0.45),
        (r"(?:jeg|vi) føler (?:mig|os) (?:\w+ )?(?:snydt|svigtet|ført bag lyset|til grin|overset|ignoreret|holdt for nar|taget ved næsen|glemt)", 0.45),
        (r"snydt", 0.4), (r"ført bag lyset", 0.5), (r"taget ved næsen", 0.5), (r"svigte*", 0.4),
        (r"ude af proportioner", 0.35), (r"helt (?:hen )?i skoven", 0.4), (r"ude i hampen", 0.4),
        (r"uforståelig*", 0.35), (r"ubegribelig*", 0.4),
        (r"der sker (?:ingenting|intet|ikke (?:rigtig |en skid|en dyt|det store|noget))", 0.4),
        (r"ikke (?:\w+ )?(?:en skid|en dyt|en tøddel|et hak)", 0.4), (r"(?:stadig|fortsat) intet", 0.4),
        (r"ikke rykket (?:sig )?(?:en millimeter|ud af stedet|en tøddel)", 0.45),
        (r"(?:jagte|jage) jer", 0.4), (r"hive (?:svar|noget|en status) ud af jer", 0.45),
        (r"(?:står|ligger) (?:\w+ ){0,2}(?:højt|lavt|nederst) på jeres (?:\w+)?liste", 0.35),
        (r"(?:bliver|blive|er) (?:\w+ )?nedprioritere*", 0.4), (r"ikke (?:bliver )?prioriteret", 0.35),
        (r"(?:andenrangs|b-kunde)*", 0.45),
        (r"det er (?:simpelthen |bare )?for dårligt", 0.45),
        (r"ikke acceptabel*", 0.45), (r"ikke (?:\w+ )?rimelig(?:t)?", 0.35), (r"(?:er|det er) ikke ok(?:ay)?", 0.35),
        (r"hvad (?:fanden|pokker|søren|helvede|i alverden)", 0.4), (r"for (?:fanden|helvede|pokker|søren)", 0.5),
        (r"fandens", 0.45), (r"satans", 0.45), (r"fandme", 0.5), (r"sgu", 0.25),
        (r"(?:hvor|hvor pokker|hvor fanden) svært kan det (?:være|gå)", 0.4), (r"så svært kan det (?:vel |da )?(?:ikke|da ikke) være", 0.35),
        (r"(?:ikke|næppe) (?:ligefrem )?raketvidenskab", 0.3),
        (r"(?:det er|er) (?:simpelthen |helt )?(?:for galt|ikke til at holde ud|ikke til at bære)", 0.45),
        (r"(?:har|havde) (?:nu )?været (?:mere end |meget |utrolig |ekstremt )?tålmodig*", 0.35),
        (r"tomme løfter", 0.45), (r"løfte efter løfte", 0.45), (r"brudte løfter", 0.45), (r"brudt (?:jeres|dit|et) løfte", 0.45),
        (r"(?:et )?mareridt", 0.45), (r"kaos", 0.35), (r"kaotisk*", 0.35), (r"(?:et|noget) (?:stort |totalt )?rod", 0.35),
        (r"(?:mistet|tabt) (?:\w+ ){0,3}(?:kunder|salg|omsætning|penge|ordrer|indtægt\w*|tusind\w*|bookinger)", 0.45),
        (r"(?:koster|kostet|kostede) (?:os|mig) (?:\w+ ){0,3}(?:penge|kunder|salg|omsætning|tusind\w*|kroner|ordrer)", 0.4),
        (r"ingen (?:hos jer )?(?:gider|reagerer|vender tilbage)", 0.4),
        (r"uden at (?:høre|få|modtage) (?:noget|et ord|en lyd|nogen reaktion)", 0.35),
        (r"(?:ikke|aldrig) (?:hørt|fået|modtaget) (?:et ord|en lyd|noget svar|svar|besked)", 0.35), (r"radiotavshed", 0.45),
        (r"(?:havde|har) (?:\w+ )?(?:forventet|troet|regnet med|forestillet mig) (?:\w+ ){0,4}(?:mere|bedre|længere)", 0.4),
        (r"(?:havde |har )?troet bedre om (?:jer|dig|jeres \w+)", 0.45),
        (r"hvad foregår der (?:\w+ )?(?:hos jer|egentlig|derovre)", 0.4),
        (r"det kan (?:simpelthen |da |bare )?ikke passe", 0.45), (r"hvordan kan det (?:\w+ )?passe", 0.4),
        (r"hvordan (?:i alverden|pokker|fanden|søren) (?:kan|er|har)", 0.45),
        (r"hvorfor (?:skal|skulle) (?:jeg|vi) (?:\w+ )?(?:betale|acceptere|finde (?:mig|os) i|vente)", 0.4),
        (r"hvorfor (?:tager|skal) det (?:\w+ )?(?:så )?lang tid", 0.4),
        (r"ikke (?:\w+ ){0,2}(?:pengene|en krone|prisen) værd", 0.45),
        (r"(?:ifølge|i) jeres (?:eget|egne|egen) (?:tilbud|kontrakt|aftale|betingelser|mail|ord|tidsplan)", 0.3),
        (r"bortforklaring*", 0.4),
        (r"(?:betalt|betaler|betale) for (?:en|et) (?:moderne|professionel|professionelt|ordentlig|ordentligt|rigtig|rigtigt|fungerende)", 0.35),
        (r"hvad skal (?:det|dét|det her|dette) (?:betyde|forestille)", 0.4),
        (r"(?:pinlig|vanvittig|sjusk)", 0.35), (r"håbløs", 0.4),
        # trust gone: the relationship, not only the expertise (so anger, not a doubts_expertise cue)
        (r"(?:stoler|tror) (?:ikke|ikke længere) på (?:jer|jeres|at I|dig)", 0.45),
        (r"(?:mistet|tabt) (?:al |hele |enhver )?(?:tillid\w*|troen) (?:til|på) (?:jer|jeres|at I)", 0.5),
        (r"tilliden (?:er|til jer er) (?:\w+ )?(?:væk|brudt|tabt|borte|forsvundet)", 0.5),
        # plural and definite forms the shared list lacks ("vi er utilfredse", "trætte af")
        (r"utilfredse", 0.4), (r"ikke (?:\w+ )?tilfredse", 0.4), (r"trætte af", 0.4), (r"uacceptable", 0.4), (r"urimelige", 0.35),
        (r"(?:dybt|meget|virkelig|utrolig|enormt) skuffede", 0.5),
        (r"spildt (?:\w+ ){0,2}(?:tid|penge|timer|dage|uger|kroner)", 0.4),
        (r"(?:betalt|betaler|brugt) [^!?\n]{0,40}?(?:for|på) (?:ingenting|intet|noget,? der ikke virker)", 0.4),
        (r"hvad (?:har|laver) I (?:egentlig|overhovedet) (?:lavet|gang i|brugt tiden på)?", 0.45),
        (r"mildest talt", 0.35), (r"for at sige det mildt", 0.35),
        (r"hvad er det for (?:en service|en måde|en behandling|et arbejde|en kundeservice)", 0.4),
        (r"ikke (?:det|hvad),? (?:vi|jeg) (?:aftalte|bad om|bestilte|betalte for|havde aftalt|har betalt for|har bestilt)", 0.4),
        (r"hvordan kan det være,? at", 0.25),
    ],
    # ---------------------------------------------------------------- absolute
    "absolute": [
        (r"hele tiden", 0.2), (r"gang på gang", 0.35), (r"igen og igen", 0.35), (r"aldrig nogensinde", 0.3), (r"i et væk", 0.3),
        (r"(?:intet|ingenting|ikke noget|intet af det|ingen af delene|ingen af dem) (?:\w+ )?(?:virker|fungerer|duer|holder|er brugbar\w*|kan bruges)", 0.35),
        (r"(?:alt|det hele|alting) (?:er|var) (?:\w+ )?(?:forkert|galt|i stykker|ødelagt|nede|et rod|fejlbehæftet|ubrugelig\w*)", 0.35),
        (r"(?:hele|alle) (?:siden|systemet|webshoppen|shoppen|løsningen|projektet|appen|sitet|platformen|kampagnen) (?:er|var) (?:\w+ )?(?:nede|i stykker|ubrugelig\w*|ødelagt|forkert|et rod|en katastrofe)", 0.35),
        (r"fra ende til anden", 0.3),
        (r"(?:ikke|ingen|intet) (?:\w+ ){0,2}(?:én|ét) eneste", 0.3), (r"(?:ikke|ingen|intet) (?:\w+ ){0,2}(?:en|et) eneste", 0.25),
        (r"nul og niks", 0.35), (r"absolut (?:ingenting|intet|ikke)", 0.3),
        (r"komplet (?:ubrugelig\w*|uacceptabel\w*|elendig\w*|håbløs\w*|umulig\w*|forkert)", 0.35),
        (r"fuldkommen (?:ubrugelig\w*|uacceptabel\w*|forkert|umulig\w*|håbløs\w*|latterlig\w*)", 0.35),
        (r"(?:virker|fungerer|duer) (?:stadig |fortsat |stadigvæk )?(?:overhovedet|slet|absolut) ikke", 0.35),
    ],
    # -------------------------------------------------------- repeated_contact
    "repeated_contact": [
        (r"(?:anden|tredje|fjerde|femte|sjette|syvende) gang,? (?:at )?(?:jeg|vi) (?:nu )?(?:skriver|spørger|rykker|beder|henvender|ringer|kontakter|nævner|påpeger|gør opmærksom|melder|efterlyser|minder)", 0.45),
        (r"(?:det er|nu er det|dette er) (?:nu )?(?:\w+ )?(?:anden|tredje|fjerde|femte|sjette) gang", 0.35),
        (r"(?:to|tre|fire|fem|seks) gange", 0.2), (r"flere gange", 0.3), (r"(?:utallige|gentagne|adskillige|mange) gange", 0.4),
        (r"(?:jeg|vi) har (?:nu |allerede |tidligere |gentagne gange |flere gange |adskillige gange ){1,2}(?:bedt om|spurgt|skrevet|rykket|efterlyst|påpeget|gjort (?:jer )?opmærksom på|nævnt|ringet)", 0.35),
        (r"(?:som|hvilket) (?:jeg|vi) (?:allerede|tidligere|før|flere gange|gentagne gange) har (?:skrevet|nævnt|sagt|bedt om|påpeget|gjort opmærksom på|forklaret)", 0.35),
        (r"(?:rykker|rykke|rykket) (?:jer|igen|endnu en gang|atter)", 0.35), (r"rykker for (?:svar|en tilbagemelding|en løsning|en status)", 0.3),
        (r"stadigvæk", 0.3), (r"(?:stadig|fortsat|stadigvæk) (?:ingen|intet|ikke noget)", 0.35),
        (r"venter (?:stadig|fortsat|stadigvæk|endnu|nu) på", 0.35),
        (r"(?:har )?ventet (?:\w+ ){0,2}(?:i ugevis|i dagevis|i månedsvis|en evighed|alt for længe|i flere uger|i over|i mere end)", 0.4),
        (r"i (?:ugevis|dagevis|månedsvis)", 0.3),
        (r"ikke (?:den )?første gang", 0.35),
        (r"(?:samme|den samme) (?:fejl|problem|sag|mangel) (?:igen|som sidst|som før|endnu en gang)", 0.35),
        (r"(?:ingen|intet) (?:svar|respons|reaktion|tilbagemelding|livstegn) (?:endnu|fra jer|overhovedet|på (?:min|mine|vores))", 0.4),
        (r"(?:jeg|vi) (?:har|har nu) (?:skrevet|ringet|rykket|mailet) (?:\w+ ){0,3}(?:gange|uden)", 0.45),
        (r"endnu en gang", 0.3), (r"atter", 0.25), (r"(?:gentager|gentage) (?:jeg|mig)", 0.3),
    ],
    # -------------------------------------------------------------- escalation
    "escalation": [
        (r"(?:din|jeres) (?:nærmeste )?(?:overordnede|ledelse|direktion|ejer|ejere|indehaver|administrerende direktør|adm\. direktør|bestyrelse|afdelingsleder|teamleder)", 0.4),
        (r"(?:tale|snakke|tage det|tage sagen) (?:op )?med (?:en|nogen|den|én),? (?:der|som) (?:bestemmer|har ansvaret|kan træffe|har beføjelse|har mandat)", 0.45),
        (r"(?:højere|længere) op i (?:systemet|organisationen|hierarkiet|fødekæden)", 0.45),
        (r"(?:min|vores) (?:chef|direktør|bestyrelse|ledelse|ejer|økonomichef|adm\. direktør) (?:er|bliver) (?:nu |hermed )?(?:orienteret|informeret|involveret|sat ind|sat på|på kopi|cc)", 0.35),
        (r"(?:sætter|sat|sætte) (?:min|vores|jeres) (?:chef|direktør|bestyrelse|ledelse|ejer|advokat|leder) på (?:kopi|cc)", 0.45),
        (r"(?:forklare|forklaret|forklarer) (?:min|vores) (?:chef|direktør|ledelse|bestyrelse)", 0.25),
    ],
    # ---------------------------------------------------------- icy_politeness
    "icy_politeness": [
        (r"med al (?:respekt|mulig respekt|skyldig respekt)", 0.4),
        (r"(?:jeg|vi) (?:må|skal) (?:hermed )?(?:endnu en gang|atter|igen) (?:bede|minde|gøre opmærksom)", 0.45),
        (r"håber,? (?:at )?(?:det|dette) (?:er|bliver) (?:den )?sidste gang", 0.45),
        (r"(?:gik|går) ud fra,? at (?:I|jeres|et professionelt|et bureau|man) (?:var|er|kunne|kan|havde|har|ville|vil) [^.!?]{0,40}(?:professionel\w*|i stand til|styr på|kompetent\w*|erfaring)", 0.45),
        (r"(?:løst|rettet|ordnet|gjort|lavet|leveret) (?:ordentligt |korrekt |rigtigt )?denne gang", 0.35),
        (r"hvis det (?:altså )?ikke er for meget (?:forlangt|at bede om)", 0.5), (r"hvis I altså (?:kan|har tid|gider|vil)", 0.4),
        (r"(?:jeg|vi) noterer (?:os|mig),? at", 0.3),
        (r"imødeser (?:jeres |en |et )?(?:redegørelse|forklaring|snarlige svar)", 0.35),
        (r"(?:det )?mindste (?:I|man) kan (?:gøre|forvente)", 0.4),
        (r"(?:jeg|vi) forventer (?:mig )?som (?:minimum|mindst)", 0.35),
        (r"(?:jeg )?skal (?:bare )?lige forstå (?:det )?(?:rigtigt|korrekt)", 0.3), (r"lad mig (?:lige )?forstå (?:det )?(?:rigtigt|korrekt)", 0.35),
    ],
    # ------------------------------------------------------------------- doubt
    # Every entry is also a doubts_expertise cue (that cue table *is* this table).
    "doubt": [
        (r"ligeglad med,? hvad [^.!?]{1,40}?(?:siger|mener|anbefaler|synes|foreslår|skriver|tror|kalder)", 0.5),
        (r"ligeglad med (?:jeres|dine|din|jeres \w+) (?:anbefaling\w*|forslag|råd|mening\w*|ekspertise|faglighed|best practice|teori\w*|regler|principper|data|analyse\w*)", 0.5),
        (r"jeres [\"“»„][\w-]*(?:folk|eksperter|ekspert|specialister|specialist|fagfolk|rådgivere|konsulenter|designere|udviklere|professionelle|guruer|ekspertise|faglighed|strategi|analyse)[\"”«“]", 0.4),
        (r"det er (?:mig|os),? (?:der|som) (?:kender|ved|bestemmer|har ret|er kunden|har forstand)", 0.45),
        (r"(?:lav|gør|byg|ret|skriv|lave|gøre|bygge|rette|skrive|laver) (?:\w+ ){0,2}?(?:det|den|dem|siden|logoet|teksten|det hele),? (?:præcis |bare |nu )?(?:som|sådan(?:,? som)?) jeg (?:siger|beder om|har bedt om|skriver|vil have det|sagde|har sagt|skrev|har skrevet|bestemmer)", 0.4),
        (r"(?:gør|gøre|gøres|laves) (?:det |tingene )?på min måde", 0.4),
        (r"(?:jeg|vi) er ikke interesseret i (?:jeres|dine|flere|nogen) (?:anbefalinger|forslag|holdninger|meninger|teorier|argumenter|ekspertise)", 0.45),
        (r"(?:tvivler|tvivlede) (?:jeg|vi) (?:\w+ )?på", 0.4), (r"(?:jeg|vi) tvivler (?:\w+ )?på,? (?:om|at) (?:I|jeres|du)", 0.45),
        (r"(?:begynder|er begyndt|begyndte) at tvivle", 0.45), (r"(?:i|stærkt i|meget i) tvivl om,? (?:om|hvorvidt) (?:I|jeres|du)", 0.45),
        (r"har I (?:overhovedet|egentlig overhovedet) (?:prøvet|lavet|arbejdet med|bygget|set)", 0.45),
        (r"har I nogensinde (?:prøvet|lavet|arbejdet med|bygget)", 0.3),
        (r"(?:forstår|evner|magter) I (?:overhovedet|egentlig overhovedet|i det hele taget)", 0.45),
        (r"kan I (?:overhovedet|egentlig overhovedet|i det hele taget) (?:finde ud af|kode|programmere|designe|skrive|lave (?:en|et|noget))", 0.45),
        (r"er I (?:overhovedet|egentlig|virkelig) (?:i stand til|kvalificerede|kompetente|klædt på|de rette|eksperter)", 0.45),
        (r"(?:hvilken|hvad) (?:erfaring|uddannelse|baggrund|kompetence\w*|ekspertise) har I (?:egentlig|overhovedet|reelt)", 0.45),
        (r"kunne (?:jeg|vi|min \w+) (?:sgu |da |jo |nemt |sagtens )?(?:selv )?have (?:lavet|gjort|klaret|kodet)", 0.4),
        (r"(?:lave|lavet|gøre|gjort|klaret|klare) (?:det )?bedre selv", 0.4),
        (r"(?:et barn|et femårigt barn|en skoleelev|en gymnasieelev|en praktikant|en førsteårsstuderende|en studerende) (?:kunne|ville) (?:have )?(?:lave|lavet|gøre|gjort|klare|klaret|tegne|tegnet|kode|kodet)", 0.5),
        (r"(?:en|et) (?:anden|andet) (?:bureau|ekspert|konsulent|udvikler|designer|rådgiver|firma) (?:\w+ )?(?:siger|mener|sagde|har sagt|vurderer|har vurderet|påstår)", 0.35),
        (r"jeres (?:\w+ ){0,2}(?:er|virker|føles|ser) (?:\w+ )?(?:forældet|forældede|gammeldags|oldnordisk|oldnordiske|fra stenalderen)", 0.4),
        (r"(?:man|de|folk) brugte for (?:\w+ ){0,2}år siden", 0.3),
        (r"(?:et |ethvert )?(?:professionelt|seriøst|ordentligt|rigtigt) (?:bureau|firma|webbureau) (?:ville|burde|skulle)", 0.45),
        (r"burde (?:da |jo )?(?:vide|kunne) bedre", 0.45),
        (r"(?:vi|jeg) (?:ved|kender) (?:altså |jo |godt )?(?:bedre|mere) end (?:jer|I)", 0.45),
        (r"(?:vi|jeg) (?:kender|ved) (?:min|mine|vores) (?:kunder|branche|marked\w*|målgruppe) (?:\w+ )?bedre", 0.4),
        (r"(?:er|var) det (?:virkelig |seriøst )?det bedste,? (?:I|du) kan", 0.45),
        (r"(?:jeg|vi) har ikke bedt om (?:jeres|din|dine|en) (?:mening|råd|forslag|anbefaling\w*|vurdering)", 0.5),
        (r"(?:jeg|vi) (?:har|havde) ikke brug for (?:jeres|dine|flere) (?:\w+ )?(?:forslag|anbefalinger|råd|meninger|holdninger)", 0.45),
        (r"(?:stop|hold op|lad være) med at (?:foreslå|anbefale|komme med (?:forslag|anbefalinger)|argumentere)", 0.45),
    ],
    # ---------------------------------------------------------------- haggling
    # Not picked up by __init__.py's price_pushback loop: repeated in SCENARIO_CUES below.
    "haggling": [
        (r"prisen (?:skal|må) (?:\w+ )?ned", 0.45),
        (r"(?:sætte|sætter|sæt|skære|skærer|skær|barbere|hugge) (?:prisen|beløbet|regningen|timeprisen|tilbuddet) (?:\w+ )?ned", 0.45),
        (r"ned i pris(?:en)?", 0.4), (r"(?:afslag|nedslag) i prisen", 0.45), (r"prisnedslag", 0.45),
        (r"(?:kan|vil) I (?:ikke )?(?:matche|slå) (?:det|den|deres|prisen|tilbuddet|de)", 0.45),
        (r"(?:fået|modtaget|har) (?:et )?(?:tilbud|bud) (?:fra|hos) (?:et|en) (?:\w+ ){0,2}(?:bureau|firma|leverandør|konkurrent|freelancer|udvikler|udbyder)", 0.4),
        (r"(?:et|en) (?:andet|anden|billigere) " + _AGENCY + r" (?:\w+ ){0,3}(?:kan|vil|tilbyder|gør|laver|tager)", 0.4),
        (r"(?:hænger|står) ikke (?:\w+ )?(?:sammen|mål) med", 0.35),
        (r"ikke,? (?:at )?[^!?\n]{0,40}(?:hænger|står) (?:\w+ )?(?:sammen|mål) med", 0.35),
        (r"ude af proportioner", 0.35),
        (r"(?:alt )?for mange penge", 0.4),
        (r"(?:alt )?for (?:høj|høje|højt) (?:pris|beløb|regning|timepris)", 0.4),
        (r"(?:timeprisen|prisen|beløbet|regningen|tilbuddet) er (?:\w+ )?(?:alt for|helt|for) (?:høj|højt|stort|meget|vild|vildt|urealistisk|urimelig|urimeligt)", 0.45),
        (r"(?:helt )?(?:vild|vilde|vildt|svimlende|skyhøj|skyhøje|vanvittig|vanvittige|vanvittigt) (?:pris|priser|beløb|regning)", 0.45),
        (r"(?:et tal|en pris|et beløb|et tilbud),? (?:der|som) (?:afspejler|matcher|står mål med)", 0.35),
        (r"(?:lagt|brugt|handlet for|betalt) (?:over |mere end |næsten |omkring )?[\d.,]+(?: ?(?:kr|kroner|tusind|mio))?\.? (?:\w+ )?hos jer", 0.3),
        (r"som (?:fast|trofast|loyal|mangeårig|gammel) kunde", 0.3),
        (r"(?:forventer|regner med|vil have|skal have) (?:en )?(?:rabat|mængderabat|loyalitetsrabat|kunderabat)", 0.4),
        (r"(?:gå|komme|gøre|møde os) (?:lidt )?(?:ned|i møde) (?:på|i|med) (?:prisen|pris)", 0.4),
        (r"(?:kan|vil) I (?:ikke )?(?:komme|gå) os i møde", 0.35),
        (r"(?:billigere|lavere pris|halv pris|halvdelen af prisen) (?:andre steder|andetsteds|hos (?:andre|konkurrenten|konkurrenterne))", 0.45),
        (r"andre (?:kan|vil) (?:gøre|lave) det (?:billigere|for)", 0.45),
        (r"(?:kan|vil) (?:vi|jeg) ikke (?:gå med til|betale|acceptere) (?:den pris|det beløb|den timepris|de priser)", 0.4),
        (r"(?:den pris|det beløb|den timepris|de priser|det tilbud) (?:kan|vil) (?:vi|jeg) ikke (?:gå med til|betale|acceptere|forsvare)", 0.45),
        (r"(?:gøre|lave|levere|klare|gør|laver|leverer) (?:det|den|siden|opgaven) (?:for|til) (?:halvdelen|halv pris|den halve pris)", 0.4),
        (r"(?:røverpris|ågerpris|åger)*", 0.55), (r"flå (?:os|mig|kunderne|jeres kunder)", 0.5), (r"(?:blive|bliver|blevet) flået", 0.5),
        (r"(?:jeg ved godt|selvom|selv om),? (?:at )?(?:vi|jeg) har (?:skrevet under|underskrevet|accepteret|godkendt|sagt ja)", 0.35),
        (r"(?:betaler|betale|giver|give) (?:vi |jeg )?(?:max|maks|maksimalt|højst|ikke mere end|ikke over) [\d.,]+", 0.45),
        (r"(?:rabat|afslag|nedslag) på (?:\d+ ?(?:%|procent)|[\d.,]+ ?kr)", 0.35),
        (r"fundet (?:en|et|nogen)(?: \w+){0,3},? (?:der|som) (?:kan|vil) (?:gøre|lave|klare) det (?:for|billigere)", 0.45),
        (r"(?:urimeligt|vanvittigt|sindssygt|latterligt|absurd|helt vildt) dyrt", 0.45),
        (r"dyrt for (?:så lidt|det lidt)", 0.4),
    ],
    # ---------------------------------------------------------------- pressure
    "pressure": [
        (r"(?:går|regner) (?:jeg |vi )?(?:ud fra|med),? at [^.!?]{0,40}?(?:med|inkluderet|indeholdt|indregnet|dækket) (?:i|af) (?:den aftalte |den |vores |jeres )?" + _PRICE, 0.45),
        (r"(?:er|var) (?:\w+ )?(?:med|inkluderet|indeholdt|indregnet) i (?:den aftalte |vores |jeres )?(?:pris|prisen|aftalen|tilbuddet)", 0.3),
        (r"(?:burde|bør|skulle) (?:\w+ )?være en selvfølge", 0.4), (r"en selvfølge", 0.2),
        (r"ikke (?:\w+ ){0,3}betale (?:\w+ )?(?:ekstra|mere|tillæg|oveni)", 0.45),
        (r"(?:ikke|ingen) (?:\w+ )?(?:ekstra|ny|flere|endnu en) (?:regning|regninger|tillægsregning\w*|faktura|fakturaer)", 0.45),
        (r"tillægsregning*", 0.3), (r"ekstraregning*", 0.3),
        (r"(?:koster|koste) (?:mig|os) (?:en krone|en øre|noget|en eneste krone) (?:mere|ekstra)", 0.35),
        (r"(?:det er|er|det) (?:vel |jo |da )?(?:bare|kun|blot) (?:et par|en|nogle|lige|to) (?:\w+ )?(?:plugins?|klik|linjer|minutter|timer|små|rettelser|ændringer|sider|tekster)", 0.35),
        (r"det er (?:vel |jo |da )?bare at", 0.35),
        (r"(?:tager|tage) (?:vel |jo |kun |da )?(?:fem|ti|\d+|et par) (?:minutter|sekunder)", 0.4), (r"(?:fem|ti|to) minutters arbejde", 0.45),
        (r"(?:det|dette) (?:må|burde|skulle) (?:vel |da )?(?:være|kunne gøres) (?:hurtigt|nemt|let|en hurtig|en nem)", 0.4),
        (r"(?:sæt|sætte|sætter) (?:nogle )?(?:flere|ekstra) (?:folk|mennesker|udviklere|hænder|ressourcer) på", 0.4),
        (r"(?:skal|må) (?:\w+ ){0,6}(?:være )?" + _READY + r" (?:på|til|inden|senest|før) " + _DAY, 0.3),
        (r"(?:og )?det skal være (?:snart|hurtigt|nu)", 0.3),
        (r"når I (?:nu )?alligevel (?:sidder|arbejder|er inde|har fingrene|roder|pusler)", 0.4),
        (r"(?:et par|nogle|en|et) (?:\w+ )?(?:ting|småting|sider|undersider|funktioner|features|rettelser|tilføjelser) (?:mere|ekstra|oveni)", 0.25),
        (r"(?:ligger|ligge) (?:\w+ )?(?:på forsiden|øverst|i toppen|nummer (?:et|ét|1)) (?:af |på |i )?(?:google|søgeresultaterne|når man søger)", 0.3),
        (r"fra dag (?:ét|et|1|én)", 0.3),
        (r"(?:sagtens|godt|vel|da) (?:kan )?nås", 0.35),
        (r"(?:det var|er) (?:da |jo )?(?:en )?del af (?:aftalen|pakken|tilbuddet|opgaven)", 0.4),
        (r"(?:smide|smid) (?:\w+ ){0,4}(?:med|ind|oveni)", 0.3),
        (r"uden (?:\w+ )?beregning", 0.35),
        (r"(?:burde|skulle) (?:have )?været (?:med|inkluderet|indeholdt|en del af det) (?:fra starten|fra begyndelsen)", 0.4),
        (r"(?:skulle|skal) (?:have )?været (?:klar|færdig\w*|oppe|online) i går", 0.45),
    ],
}

# scenario id -> entries that are evidence of that scenario
SCENARIO_CUES: dict[str, list] = {
    "legal_threat": [
        r"forbrugerklagenævn*", r"ankenævn*", r"forbrugerombudsmand*", r"nævnenes hus", r"politianmeld*", r"anmelde\w* (?:jer|det|sagen|forholdet) til politiet",
        r"(?:klager|klage) (?:jeg |vi )?(?:over jer )?til [^.!?]{0,40}?(?:forbruger\w*|\w*nævn\w*|\w*styrelse\w*|\w*ombudsmand\w*|myndighed\w*)",
        r"stævning*", r"stævne(?:r)? jer", r"i retten", r"(?:sagen|jer|det) for retten", r"domstol*", r"fogedret*",
        r"(?:retslige|juridiske|retlige) (?:skridt|konsekvenser|efterspil)", r"juridisk efterspil", r"(?:gå|går) juridisk til værks",
        r"erstatningskrav*", r"krav om erstatning", r"erstatningsansvar*", r"erstatning for (?:\w+ )?(?:tabt|det tabte|tabet|vores tab|mistet|mistede|tab)",
        r"(?:holde|holder|gøre|gør) (?:jer|jeres firma|dig|jer personligt) (?:\w+ )?(?:erstatnings)?ansvarlig*",
        r"hvem der (?:får|har) ret", r"(?:høre|hører) fra (?:min|vores) (?:\w+ )?(?:advokat|jurist)",
        r"(?:gå|går) (?:jeg |vi )?(?:til|ud i) (?:pressen|medierne)", r"kontakte\w* (?:pressen|medierne|en journalist|journalister)",
        r"(?:dele|deler|fortælle|fortæller|skrive|skriver|beskrive|beskriver) (?:om )?(?:min|vores) (?:oplevelse|erfaring)\w* (?:med jer (?:på|offentligt|med andre|online)|offentligt|på)",
        r"(?:hvordan|hvor) det er at (?:være|have været) kunde hos jer", r"(?:én|1)[ -]stjerne(?:r|t|s)?",
        r"(?:give|giver|skrive|skriver|lægge|lægger|poste|poster|skrevet|skrev|lagt|lagde|postet|sende|sender) (?:jer |dig )?(?:en |nogle )?(?:meget |lang |lange |helt )?(?:ærlig|ærlige|dårlig|dårlige|negativ|negative|sønderlemmende|kritisk|kritiske|lang|lange|detaljeret|detaljerede|grundig|enstjernet|en-stjernet) (?:anmeldelse|anmeldelser)",
        r"(?:som|så) andre (?:\w+ )?(?:kan lære af|kan blive advaret|ved,? hvad de går ind til|kan undgå)", r"(?:ses|mødes|ender|havner|ende|havne) (?:vi |det |sagen |det her )?i retten", r"fraråde\w* (?:andre|alle|folk|mit netværk)",
        r"ender (?:\w+ ){0,2}(?:i retten|hos (?:en|vores|min) advokat|med en (?:rets)?sag)",
        # the whole thing redone
        r"(?:laver|lave|lav|gør|gøre|bygger|bygge|byg|tager|tage|tag) (?:\w+ ){0,4}om fra bunden",
        r"(?:laver|lave|lav|gør|gøre|gøres|laves|bygger|bygge|byg) (?:det hele|hele (?:\w+ ){0,2}?(?:siden|løsningen|webshoppen|shoppen|sitet|designet|projektet|appen|systemet)) om",
    ],
    "refund_demand": [
        r"(?:vil|skal) have (?:\w+ ){0,2}(?:pengene|beløbet|betalingen|depositummet|forudbetalingen|mine penge|vores penge|det fulde beløb|hele beløbet) (?:\w+ ){0,5}?(?:tilbage|retur)",
        r"(?:pengene|beløbet|betalingen|depositummet|forudbetalingen) (?:\w+ ){1,5}(?:tilbage|retur)",
        r"(?:kræver|forlanger) (?:\w+ ){0,2}(?:refusion|tilbagebetaling|pengene|beløbet|kreditering)",
        r"(?:skal|være) (?:\w+ )?på (?:vores|min) konto", r"betaler (?:jeg|vi) (?:\w+ ){0,3}ikke(?! ekstra| mere| oveni| tillæg)",
        r"(?:ikke|aldrig) (?:\w+ ){0,3}betale (?!ekstra|mere|oveni|tillæg)(?:\w+ ){0,2}(?:en krone|en øre|en eneste krone|noget som helst|en rød reje|for (?:det|dette|noget|arbejdet|en løsning|en side|en webshop))",
        r"(?:kreditere|krediter|kreditnota) (?:for |på )?(?:hele|det fulde|den fulde|fuld)", r"modregn*",
        r"(?:sende|sender|send) (?:den|sagen|det|regningen|fakturaen|kravet) til inkasso",
    ],
    "blame": [
        r"det er (?:jeres|dit|din) (?:\w+ )?(?:ansvar|problem|rod)", r"jeres ansvar", r"(?:jeres|din) egen skyld", r"(?:skylden|skyld) (?:ligger|er) (?:\w+ )?hos jer", r"I har skyld(?:en)?",
        r"(?:jeres|din|dit) (?:gratis )?(?:testperson|testpersoner|tester|testere|forsøgskanin|forsøgskaniner|prøvekanin|prøveklud|betatester\w*)",
        r"I har (?:\w+ ){0,2}(?:ødelagt|slettet|overskrevet|smadret|svigtet|brudt|lavet rod|sjusket|rodet)",
        r"I (?:ødelagde|slettede|smadrede|svigtede|overskrev)", r"fordi I (?:ikke|aldrig|glemte|overså|ignorerede|har glemt|har overset)",
        r"takket være jer(?:es \w+)?,? (?:har|er|kan|mistede|gik|ligger|står|mangler) [^.!?]{0,60}(?:mistet|nede|ødelagt|forsinket|tabt|ikke|intet|ingen|aldrig|galt|forkert)",
        r"(?:mistet|nede|ødelagt|forsinket|tabt|galt|forkert)\b[^.!?]{0,60}\btakket være jer(?:es)?",
        r"jeres (?:manglende|sjuskede|sløsede|mangelfulde) (?:test|kontrol|opfølgning|kvalitetssikring|arbejde|opsætning)",
        r"(?:I|jer) (?:har )?(?:brudt|overtrådt|misligholdt) (?:aftalen|kontrakten|jeres løfte|jeres aftale|vores aftale)",
        r"(?:tester|tjekker|læser) I (?:overhovedet|aldrig|ikke engang|slet ikke)",
        r"(?:er der|har) (?:overhovedet )?(?:nogen|ingen) (?:hos jer|af jer|i jeres team),? (?:der|som) (?:tester|tjekker|læser|kigger|har testet|har tjekket|har læst|tager ansvar)", r"(?:rydde|rydder|ryd) op (?:efter jer|i jeres|i det rod|i rodet)",
        r"I må (?:selv )?(?:rydde op|tage ansvaret|stå på mål)", r"jeres \w+ har (?:ødelagt|slettet|smadret|lagt \w+ ned|væltet|taget \w+ ned)",
        r"(?:hvis|havde) I (?:bare|blot) (?:havde |har )?(?:lyttet|testet|tjekket|læst|gjort|fulgt|spurgt)",
        r"I burde (?:have |da have |jo have )?(?:testet|tjekket|opdaget|vidst|sagt|advaret|fanget|set)", r"pga\.? jer(?:es)?",
        r"(?:som følge af|på grund af|grundet) jeres (?:fejl|forsinkelse\w*|sjusk|manglende|mangler|opdatering|ændring\w*)",
    ],
    "price_pushback": [
        r"prisen (?:skal|må) (?:\w+ )?ned", r"(?:sætte|sætter|sæt|skære|skærer|skær|barbere|hugge) (?:prisen|beløbet|regningen|timeprisen|tilbuddet) (?:\w+ )?ned",
        r"ned i pris(?:en)?", r"(?:afslag|nedslag) i prisen", r"prisnedslag", r"(?:kan|vil) I (?:ikke )?(?:matche|slå) (?:det|den|deres|prisen|tilbuddet|de)",
        r"(?:fået|modtaget|har) (?:et )?(?:tilbud|bud) (?:fra|hos) (?:et|en) (?:\w+ ){0,2}(?:bureau|firma|leverandør|konkurrent|freelancer|udvikler|udbyder)",
        r"(?:et|en) (?:andet|anden|billigere) " + _AGENCY + r" (?:\w+ ){0,3}(?:kan|vil|tilbyder|gør|laver|tager)",
        r"(?:hænger|står) ikke (?:\w+ )?(?:sammen|mål) med", r"ikke,? (?:at )?[^!?\n]{0,40}(?:hænger|står) (?:\w+ )?(?:sammen|mål) med", r"ude af proportioner",
        r"(?:alt )?for mange penge", r"(?:alt )?for (?:høj|høje|højt) (?:pris|beløb|regning|timepris)",
        r"(?:timeprisen|prisen|beløbet|regningen|tilbuddet) er (?:\w+ )?(?:alt for|helt|for) (?:høj|højt|stort|meget|vild|vildt|urealistisk|urimelig|urimeligt)",
        r"(?:helt )?(?:vild|vilde|vildt|svimlende|skyhøj|skyhøje|vanvittig|vanvittige|vanvittigt) (?:pris|priser|beløb|regning)",
        r"(?:et tal|en pris|et beløb|et tilbud),? (?:der|som) (?:afspejler|matcher|står mål med)",
        r"(?:forventer|regner med|vil have|skal have) (?:en )?(?:rabat|mængderabat|loyalitetsrabat|kunderabat)",
        r"(?:gå|komme|gøre|møde os) (?:lidt )?(?:ned|i møde) (?:på|i|med) (?:prisen|pris)", r"(?:kan|vil) I (?:ikke )?(?:komme|gå) os i møde",
        r"(?:billigere|lavere pris|halv pris|halvdelen af prisen) (?:andre steder|andetsteds|hos (?:andre|konkurrenten|konkurrenterne))",
        r"andre (?:kan|vil) (?:gøre|lave) det (?:billigere|for)", r"(?:kan|vil) (?:vi|jeg) ikke (?:gå med til|betale|acceptere) (?:den pris|det beløb|den timepris|de priser)",
        r"(?:den pris|det beløb|den timepris|de priser|det tilbud) (?:kan|vil) (?:vi|jeg) ikke (?:gå med til|betale|acceptere|forsvare)", r"(?:gøre|lave|levere|klare|gør|laver|leverer) (?:det|den|siden|opgaven) (?:for|til) (?:halvdelen|halv pris|den halve pris)",
        r"(?:røverpris|ågerpris|åger)*", r"flå (?:os|mig|kunderne|jeres kunder)", r"(?:blive|bliver|blevet) flået",
        r"(?:så|nå,?) må det (?:vel )?(?:være|blive) verdens (?:dyreste|mest)", r"verdens dyreste",
        r"(?:jeg ved godt|selvom|selv om),? (?:at )?(?:vi|jeg) har (?:skrevet under|underskrevet|accepteret|godkendt|sagt ja)",
        r"(?:betaler|betale|giver|give) (?:vi |jeg )?(?:max|maks|maksimalt|højst|ikke mere end|ikke over) [\d.,]+",
        r"(?:rabat|afslag|nedslag) på (?:\d+ ?(?:%|procent)|[\d.,]+ ?kr)",
        r"fundet (?:en|et|nogen)(?: \w+){0,3},? (?:der|som) (?:kan|vil) (?:gøre|lave|klare) det (?:for|billigere)",
        r"(?:urimeligt|vanvittigt|sindssygt|latterligt|absurd|helt vildt) dyrt", r"dyrt for (?:så lidt|det lidt)",
    ],
    "unrealistic_demand": [
        r"(?:ligger|ligge) (?:\w+ )?(?:på forsiden|øverst|i toppen|nummer (?:et|ét|1)) (?:af |på |i )?(?:google|søgeresultaterne|når man søger)",
        r"(?:i toppen|øverst|på forsiden|nummer et|nummer ét|nummer 1) (?:af|på|i) google", r"fra dag (?:ét|et|1|én)",
        r"(?:sagtens|godt|vel|da) (?:kan )?nås", r"ikke kan nås",
        r"(?:sæt|sætte|sætter) (?:nogle )?(?:flere|ekstra) (?:folk|mennesker|udviklere|hænder|ressourcer) på",
        r"(?:tager|tage) (?:vel |jo |kun |da )?(?:fem|ti|\d+|et par) (?:minutter|sekunder)", r"(?:fem|ti|to) minutters arbejde",
        r"(?:over|i løbet af) natten", r"allerede (?:i morgen|i aften|i dag)",
        r"(?:skulle|skal) (?:have )?været (?:klar|færdig\w*|oppe|online) i går",
    ],
    "scope_creep": [
        r"(?:går|regner) (?:jeg |vi )?(?:ud fra|med),? at [^.!?]{0,40}?(?:med|inkluderet|indeholdt|indregnet|dækket) (?:i|af) (?:den aftalte |den |vores |jeres )?" + _PRICE,
        r"(?:er|var) (?:\w+ )?(?:med|inkluderet|indeholdt|indregnet) i (?:den aftalte |vores |jeres )?(?:pris|prisen|aftalen|tilbuddet)",
        r"ikke (?:\w+ ){0,3}betale (?:\w+ )?(?:ekstra|mere|tillæg|oveni)", r"betaler (?:vi|jeg) (?:\w+ ){0,2}ikke (?:ekstra|mere|oveni|tillæg)",
        r"(?:ikke|ingen) (?:\w+ )?(?:ekstra|ny|flere|endnu en) (?:regning|regninger|tillægsregning\w*|faktura|fakturaer)", r"tillægsregning*", r"ekstraregning*",
        r"(?:koster|koste) (?:mig|os) (?:en krone|en øre|noget|en eneste krone) (?:mere|ekstra)",
        r"(?:det er|er|det) (?:vel |jo |da )?(?:bare|kun|blot) (?:et par|nogle) (?:\w+ )?(?:plugins?|klik|linjer|sider|tekster|rettelser|ændringer)",
        r"når I (?:nu )?alligevel (?:sidder|arbejder|er inde|har fingrene|roder|pusler)",
        r"(?:et par|nogle|en|et) (?:\w+ )?(?:ting|småting|sider|undersider|funktioner|features|rettelser|tilføjelser) (?:mere|ekstra|oveni)",
        r"(?:det var|er) (?:da |jo )?(?:en )?del af (?:aftalen|pakken|tilbuddet|opgaven)", r"(?:smide|smid) (?:\w+ ){0,4}(?:med|ind|oveni)",
        r"uden (?:\w+ )?beregning", r"(?:burde|skulle) (?:have )?været (?:med|inkluderet|indeholdt|en del af det) (?:fra starten|fra begyndelsen)",
    ],
    "misunderstanding": [
        r"(?:antyder|insinuerer|påstår|mener) I,? at", r"hvordan (?:kan|tør) I (?:påstå|skrive|sige|antyde|insinuere)",
        r"(?:det|dét) har (?:jeg|vi) (?:aldrig|ikke) (?:sagt|skrevet|bedt om|bestilt|godkendt|accepteret|sagt ja til)",
        r"(?:hvor|hvornår) har (?:jeg|vi) (?:sagt|skrevet|bedt om|godkendt|bestilt)", r"(?:det|dét) står (?:ingen steder|ikke nogen steder|intetsteds)",
        r"jeres (?:opslag|indlæg|blogindlæg|artikel|case|annonce|reklame|video|nyhedsbrev)", r"I skriver (?:jo |selv )?(?:i|at)",
        r"hvad skal (?:det|dét|det her|dette) (?:betyde|forestille)",
        r"ikke (?:det|hvad),? (?:jeg|vi) (?:skrev|sagde|mente)", r"hvor har I det fra",
    ],
}

# polite or positive wording that dampens the weaker signals
POSITIVE: list = [
    (r"det haster ikke", 0.6), (r"ingen stress", 0.5), (r"(?:helt )?i (?:jeres|dit|eget) (?:eget )?tempo", 0.5),
    (r"når (?:I|du) (?:får|har) tid", 0.5), (r"når det passer (?:jer|dig)", 0.5),
    (r"(?:ingen|intet) problem(?:er)?", 0.4), (r"ser (?:rigtig |virkelig |super )?(?:godt|flot|fint) ud", 0.35),
    (r"lyder (?:rigtig |super )?(?:godt|fint|spændende)", 0.35), (r"helt fint", 0.3), (r"det er helt i orden", 0.35),
    (r"(?:rigtig )?god (?:weekend|jul|dag|aften)", 0.3), (r"godt nytår", 0.3), (r"glædelig jul", 0.3),
    (r"(?:vi|jeg) er (?:rigtig |meget |super |så |virkelig )?(?:glade|glad|tilfredse|tilfreds)(?! med at)", 0.4),
]


# ----------------------------------------------------------------------------
# Second pass: how Danish clients say the same things in ordinary prose, found
# by writing varied emails for each scenario and listing what the first pass
# missed (passive refusals, past-tense blame, "vil gerne vide, hvorfor",
# "nu hvor I er i gang", "langt over, hvad vi havde forventet"...).  Kept as
# extensions so each family's first-pass entry stays readable above.
_READY2 = r"(?:klar|færdig|færdige|færdigt|online|live|oppe|på plads|leveret|lagt ind|omlagt|opdateret|lanceret|sat op|implementeret|i luften)"
_DAY2 = r"(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|weekenden|i morgen|i overmorgen|i aften|i dag|i nat|den tid|det tidspunkt|lanceringen|messen)"
_MORE_SIGNALS: dict[str, list] = {
    "threat": [
        (r"(?:advokat|jurist)\w* (?:vil )?(?:kontakter|kontakte|skriver til|henvender sig til|sender) (?:jer|et krav|et brev)", 0.6),
        (r"kræve\w* (?:\w+ ){0,4}(?:dækket|erstattet|kompenseret)", 0.5),
        (r"(?:ønsker|vil) (?:ikke|ikke længere) (?:at )?fortsætte (?:samarbejdet|med jer|aftalen)?", 0.4),
        (r"(?:se|ser) (?:vi |jeg )?(?:os|mig) om (?:andre steder|andetsteds|efter alternativer|efter noget andet)", 0.5),
        (r"(?:tage|tager|drage|drager) (?:de nødvendige )?konsekvens(?:en|erne)?", 0.5),
        (r"(?:genoverveje|genovervejer|revurdere|revurderer|overveje|overvejer) (?:\w+ ){0,2}(?:samarbejdet|aftalen|vores muligheder|vores samarbejde)", 0.45),
        (r"ikke (?:\w+ )?(?:forlænge|forlænger|forny|fornyer) (?:\w+ )?(?:aftalen|kontrakten|samarbejdet|abonnementet)", 0.45),
    ],
    "ultimatum": [
        (r"(?:forventer|vil|gider) ikke (?:at )?høre,? at (?:det|I)", 0.5),
        (r"(?:sådan|det) kan (?:det )?ikke blive ved", 0.5), (r"det går simpelthen ikke", 0.45),
    ],
    "demand": [
        (r"(?:bliver|vil blive|kommer til at blive) (?:\w+ )?ikke (?:betalt|godkendt|accepteret)", 0.5), (r"betales ikke", 0.5),
        (r"(?:få|have) (?:\w+ ){0,3}(?:pengene|beløbet|depositummet|forudbetalingen|betalingen|mine penge|vores penge|det hele) (?:\w+ ){0,5}?(?:tilbage|retur)", 0.45),
        (r"(?:forventer|kræver|vil have|ønsker|skal have) (?:at få )?(?:\w+ ){0,5}(?:refunderet|tilbagebetalt|krediteret|godtgjort)", 0.5),
        (r"(?:forventer|kræver|skal|må),? at I (?:\w+ )?(?:tilbagebetaler|refunderer|krediterer|godtgør|betaler \w+ tilbage)", 0.5),
        (r"(?:bede|beder) om at få (?:\w+ ){0,3}(?:tilbage|retur|refunderet)", 0.4),
        (r"(?:kræve|kræver|forlange|forlanger|forventer|ønsker) (?:en )?(?:form for |økonomisk )?kompensation", 0.45), (r"økonomisk kompensation", 0.4),
        (r"(?:gøre|gør|gøres) indsigelse (?:mod|imod) (?:fakturaen|regningen|beløbet|kravet)", 0.45),
        (r"(?:protesterer|protestere) (?:over|mod|imod) (?:fakturaen|regningen|beløbet)", 0.45), (r"(?:bestrider|bestride) (?:fakturaen|regningen|kravet|beløbet)", 0.5),
        (r"(?:send|sende) (?:os |mig )?en ny faktura", 0.3),
        (r"(?:aldrig|ikke) (?:har )?godkendt (?:de|disse|den|det|nogen) (?:\w+ ){0,3}(?:timer|ekstra\w*|tillæg|ændringer)", 0.4),
        (r"vil gerne (?:vide|høre),? (?:hvorfor|hvordan|hvad|hvornår)", 0.3),
        (r"vil gerne have (?:en )?(?:forklaring|svar|redegørelse|besked|pengene|beløbet)(?!,? på,? hvordan man)", 0.35),
        (r"(?:det|fejlen|problemet|sagen|siden|shoppen) skal (?:\w+ )?(?:løses|rettes|ordnes|fikses) (?:i dag|nu|med det samme|omgående|straks|senest|inden)", 0.4),
        (r"hvad I (?:vil )?gør(?:e)? for at (?:rette op|løse|undgå|sikre)", 0.35),
        (r"forventer (?:et |en )?(?:hurtigt |hurtig |omgående |snarligt |snarlig )?(?:svar|tilbagemelding|løsning|forklaring)", 0.35),
        (r"og (?:det )?hurtigt(?=\s*[.!])", 0.3),
    ],
    "blame": [
        (r"det var jer,? (?:der|som)", 0.45),
        (r"hvordan (?:det|dette|sådan noget) (?:overhovedet )?(?:kunne|kan) ske", 0.4),
        (r"(?:det|det her|dette|det hele) er (?:\w+ )?(?:jeres|dit|din) (?:\w+ )?(?:ansvar|problem|rod)", 0.45),
        (r"(?:efter|siden) (?:jeres|I) (?:\w+ )?(?:opdatering|opdaterede|ændring|ændrede|flytning|flyttede|migrering|migrerede|release|lancering|omlægning|lagde)\w*,? (?:\w+ ){0,6}?(?:ikke|ingen|nede|fejl|forkert)", 0.4),
        (r"fordi (?:\w+ ){0,3}ikke (?:blev|er blevet|var blevet) (?:opdateret|testet|tjekket|rettet|fulgt op|sikret|overvåget)", 0.4),
        (r"(?:så )?det må I (?:selv )?(?:finde ud af|løse|ordne|tage jer af)(?! at)", 0.45),
        (r"det er jeres (?:\w+ )?(?:løsning|system|betalingsløsning|platform|kode|opsætning|server|plugin|integration)", 0.3),
        (r"betaler jer (?:\w+ )?for at (?:holde styr på|sørge for|passe på|tage sig af|holde øje med)", 0.4),
    ],
    "insult": [
        (r"(?:dybt |meget |helt )?upassende", 0.45), (r"ser (?:\w+ )?(?:billigt|amatøragtigt|hjemmelavet|rodet|uprofessionelt|amatøragtig) ud", 0.45),
        (r"fyldt med fejl", 0.45),
    ],
    "anger": [
        (r"(?:et |vores )?tab på", 0.35), (r"(?:tabte|mistede) (?:indtægter|ordrer|salg|kunder|bestillinger|omsætning)", 0.4),
        (r"uden (?:et|en|én|ét) eneste (?:lead|salg|kunde|henvendelse|ordre|resultat|svar|bestilling|klik|tilmelding)", 0.35),
        (r"spild af (?:\w+ )?(?:tid|penge|kræfter|ressourcer)", 0.45),
        (r"aldrig (?:er )?blevet (?:leveret|færdig\w*|lavet|rettet|løst)", 0.4),
        (r"(?:vrede|sure|utilfredse|frustrerede) kunder", 0.35), (r"telefonen (?:har )?(?:ringet|gløder|kimer)", 0.3),
        (r"uden at spørge", 0.35), (r"ingen har spurgt (?:os|mig)", 0.35),
        (r"(?:langt )?over,? hvad (?:vi|jeg) (?:havde )?(?:forventet|regnet med|budgetteret med|forestillet os|forestillet mig)", 0.4),
        (r"(?:havde|har) (?:\w+ )?(?:håbet på|forventet|regnet med|troet) (?:\w+ ){0,3}(?:mere|bedre)", 0.4),
        (r"(?:havde|har) (?:\w+ )?(?:regnet med|forventet|troet),? at [^.!?]{0,60}(?:ville|skulle)", 0.3),
        (r"hvad sker der(?: egentlig| lige)?\?", 0.3),
        (r"det går (?:alt )?for langsomt", 0.35), (r"vil ikke lægge skjul på", 0.3),
        (r"(?:ikke|slet ikke) (?:det|hvad),? (?:vi|jeg) (?:havde forestillet os|havde forestillet mig|havde forventet|ønskede|havde bedt om|så for os|havde regnet med)", 0.4),
        (r"(?:jeg|vi) er (?:\w+ )?ikke (?:\w+ )?(?:glad|glade|tilfreds|tilfredse) (?:for|med)", 0.4),
        (r"ikke[^.!?]{0,30}tager (?:os|mig) alvorligt", 0.45), (r"tager (?:os|mig) ikke alvorligt", 0.45),
        (r"(?:føler|føles) (?:os|mig|det) (?:\w+ )?ikke (?:hørt|lyttet til|taget alvorligt|prioriteret|set)", 0.4),
        (r"(?:deadline|deadlines|tidsplanen|datoen|leverancen|lanceringen|leveringen) (?:\w+ ){0,3}(?:skubbet|udskudt|rykket|flyttet) (?:igen|gang på gang|endnu en gang|flere gange)", 0.4),
        (r"den måde,? (?:\w+ ){0,3}(?:er blevet|bliver|blev) (?:styret|håndteret|kørt|ledet|behandlet)", 0.3),
        (r"intet at vise for", 0.4), (r"(?:fået|får) for pengene", 0.35),
        (r"(?:giver|gav) (?:ingen|ikke nogen|overhovedet ingen) mening", 0.25),
        (r"(?:lever|levede) (?:\w+ )?ikke op til (?:\w+ )?(?:forventning\w*|det aftalte|det lovede|aftalen)", 0.4), (r"langt under (?:\w+ )?forventning*", 0.4),
        (r"det holder (?:simpelthen |bare )?ikke", 0.35),
        (r"I (?:svarer|reagerer) (?:\w+ )?(?:ikke|aldrig)", 0.4), (r"ingen (?:har )?(?:svaret|vendt tilbage|ringet tilbage)", 0.4),
        (r"umuligt at få fat (?:på|i) (?:jer|nogen)", 0.45), (r"ikke (?:hørt|fået) (?:et pip|en lyd|et ord)", 0.4),
        (r"ked af at (?:måtte|skulle) (?:skrive|sige)", 0.3),
        (r"ikke (?:\w+ )?imponerede", 0.4),
        (r"trukket (?:\w+ )?(?:to|flere|tre) gange", 0.35),
        (r"skal jeg forstå (?:det|dét)(?: sådan| som| på den måde)?", 0.35), (r"(?:hentydning|hentyder|insinuation|insinuerer|stikpille)*", 0.4),
        (r"(?:det|dét) har (?:jeg|vi) (?:aldrig|ikke) (?:aftalt|godkendt|bedt om|sagt ja til|accepteret)", 0.4),
        (r"ikke realistisk", 0.3),
    ],
    "escalation": [
        (r"(?:videre|op) til (?:vores|min) (?:direktør|chef|ledelse|bestyrelse|ejer)", 0.35),
    ],
    "icy_politeness": [
        (r"(?:vil |må |skal )?(?:lige )?(?:gerne )?minde (?:jer |dig )?om,? at", 0.3),
    ],
    "doubt": [
        (r"tvivler (?:\w+ )?på jeres", 0.45),
        (r"spekulere\w* på,? om I (?:overhovedet|egentlig|virkelig|reelt|er i stand til|ved,? hvad I|har forstand|magter|evner|kan løse (?:opgaven|det|problemet)|kan finde ud af (?:det|noget))", 0.45), (r"om I (?:\w+ ){0,2}(?:har )?(?:forstand på|kompetencerne|evnerne)", 0.45), (r"om I (?:overhovedet|egentlig|virkelig|reelt) (?:har )?(?:styr på|check på)", 0.45),
        (r"(?:han|hun|en bekendt|en ven|en konsulent|en ekspert|en anden|et andet bureau|vores konsulent|vores rådgiver) (?:\w+ )?(?:siger|mener|påstår|synes),? at jeres (?:\w+ ){0,2}(?:er|var|virker)", 0.35),
        (r"min \w+ (?:\w+ )?(?:siger|mener|påstår|synes),? at jeres (?:\w+ ){0,2}(?:er|var|virker)", 0.35),
        (r"(?:har )?(?:drevet|arbejdet i) (?:\w+ ){0,4}i (?:\d+|mange|over \d+|tyve|tredive|ti|femten|fyrre) år", 0.3),
        (r"(?:som|sådan som) (?:vi|jeg) (?:aftalte|har aftalt|havde aftalt) (?:første gang|fra starten|oprindeligt)", 0.35),
        (r"(?:jeg|vi) er (?:\w+ )?(?:ikke|slet ikke|overhovedet ikke) enig*", 0.3),
        (r"(?:fået|bedt) (?:en|et) (?:anden|andet|ekstern|eksternt|uafhængig|uafhængigt) (?:\w+ )?(?:konsulent|ekspert|rådgiver|udvikler|bureau|firma|virksomhed|fagperson) til at (?:kigge|se|vurdere|gennemgå)", 0.4),
        (r"forstår ikke,? hvorfor I (?:anbefaler|insisterer på|foreslår|bliver ved med)", 0.35),
        (r"jeg har (?:googlet|læst på nettet|læst mig til|spurgt ChatGPT)", 0.3), (r"ifølge (?:Google|ChatGPT|nettet)", 0.3),
    ],
    "haggling": [
        (r"(?:givet|tilbudt) (?:os|mig) (?:en pris|et tilbud) på", 0.4), (r"(?:tager|koster|gør det|laver det|tilbyder|tilbudt|tilbød) (?:[\w.,]+ ){0,4}for (?:præcis |nøjagtig )?det samme", 0.3),
        (r"(?:for|på) [\d.,]+ (?:kr\.? |kroner )?for (?:præcis |nøjagtig )?det samme", 0.3),  # round 2: not "trukket to gange for det samme kort"
        (r"(?:komme|gå) ned (?:på|i|til|i nærheden af)", 0.4),
        (r"(?:timeprisen|timepriserne|timepris|prisen|priserne|prisstigningen|prisstigning|prisniveauet|tilbuddet|regningen|beløbet) (?:\w+ ){0,3}(?:svær at sluge|ikke realistisk|urealistisk|ikke til at betale|helt urimelig\w*|langt over)", 0.45),
        (r"(?:holder|holde|fastholde|fastholder) (?:den gamle|den aftalte|den oprindelige|vores) pris", 0.4), (r"den gamle pris", 0.3),
        (r"(?:tager|koster|tage|koste) (?:jer |I )?[\d.,]+ ?(?:kr\.?|kroner) (?:\w+ ){0,2}for (?:hver|en|et|den)", 0.3),
    ],
    "pressure": [
        (r"(?:går|regner) (?:jeg |vi )?(?:ud fra|med),? (?:at )?[^.!?]{0,40}?(?:ligger inden for|inden for|er inden for|hører (?:med )?til|er en del af|falder ind under|indgår i)", 0.45),
        (r"(?:kunne|kan) I så ikke(?: også)?(?: lige)?", 0.35), (r"(?:nu hvor|mens) I (?:alligevel )?er (?:i gang|ved det|inde i)", 0.4),
        (r"burde (?:jo |vel |da )?ikke være (?:den store sag|et problem|svært|noget problem|det store|så svært)", 0.4),
        (r"(?:en )?ekstra regning", 0.3),
        (r"troede,? at (?:den|det|de) (?:var|er) (?:en )?(?:del af|med i|inkluderet i|indeholdt i) (?:pakken|prisen|aftalen|tilbuddet)", 0.4),
        (r"(?:burde|bør|skulle) (?:jo |vel |da )?ikke koste (?:noget )?(?:ekstra|mere)", 0.45),
        (r"(?:kan|skal) (?:vel |da |jo )?ikke tage (?:mere end |særlig |så )?(?:et par timer|lang tid|en time|en dag)", 0.45),
        (r"(?:regner med|forventer),? at (?:den|det|siden|det hele|shoppen) er (?:oppe|klar|færdig|live|online) (?:i morgen|i aften|i dag|i nat|inden|til)", 0.35),
        (r"(?:skal|må) (?:\w+ ){0,6}(?:være )?" + _READY2 + r" (?:på|til|inden|senest|før) " + _DAY2, 0.3),
        (r"(?:nummer et|nummer ét|nummer 1|øverst|i toppen|på forsiden) (?:af|på|i) google", 0.3),
        (r"(?:det skal|det må) (?:da )?også (?:lige )?med", 0.3),
    ],
}
_MORE_CUES: dict[str, list] = {
    "legal_threat": [r"(?:advokat|jurist)\w* (?:vil )?(?:kontakter|kontakte|skriver til|henvender sig til|sender) (?:jer|et krav|et brev)", r"kræve\w* (?:\w+ ){0,4}(?:dækket|erstattet)"],
    "refund_demand": [
        r"(?:bliver|vil blive|kommer til at blive) (?:\w+ )?ikke (?:betalt|godkendt)", r"betales ikke",
        r"(?:få|have) (?:\w+ ){0,3}(?:pengene|beløbet|depositummet|forudbetalingen|betalingen|mine penge|vores penge|det hele) (?:\w+ ){0,5}?(?:tilbage|retur)",
        r"(?:forventer|kræver|vil have|ønsker|skal have) (?:at få )?(?:\w+ ){0,5}(?:refunderet|tilbagebetalt|krediteret|godtgjort)",
        r"(?:forventer|kræver|skal|må),? at I (?:\w+ )?(?:tilbagebetaler|refunderer|krediterer|godtgør|betaler \w+ tilbage)",
        r"(?:bede|beder) om at få (?:\w+ ){0,3}(?:tilbage|retur|refunderet)", r"kompensation",
        r"(?:gøre|gør|gøres) indsigelse (?:mod|imod) (?:fakturaen|regningen|beløbet|kravet)", r"(?:protesterer|protestere) (?:over|mod|imod) (?:fakturaen|regningen|beløbet)",
        r"(?:bestrider|bestride) (?:fakturaen|regningen|kravet|beløbet)", r"(?:send|sende) (?:os |mig )?en ny faktura",
        r"(?:aldrig|ikke) (?:har )?godkendt (?:de|disse|den|det|nogen) (?:\w+ ){0,3}(?:timer|ekstra\w*|tillæg|ændringer)",
    ],
    "blame": [
        r"det var jer,? (?:der|som)", r"hvordan (?:det|dette|sådan noget) (?:overhovedet )?(?:kunne|kan) ske",
        r"(?:det|det her|dette|det hele) er (?:\w+ )?(?:jeres|dit|din) (?:\w+ )?(?:ansvar|problem|rod)",
        r"(?:efter|siden) (?:jeres|I) (?:\w+ )?(?:opdatering|opdaterede|ændring|ændrede|flytning|flyttede|migrering|migrerede|release|lancering|omlægning|lagde)\w*,? (?:\w+ ){0,6}?(?:ikke|ingen|nede|fejl|forkert)",
        r"fordi (?:\w+ ){0,3}ikke (?:blev|er blevet|var blevet) (?:opdateret|testet|tjekket|rettet|fulgt op|sikret|overvåget)",
        r"(?:så )?det må I (?:selv )?(?:finde ud af|løse|ordne|tage jer af)(?! at)", r"betaler jer (?:\w+ )?for at (?:holde styr på|sørge for|passe på|tage sig af|holde øje med)",
    ],
    "price_pushback": [
        r"(?:givet|tilbudt) (?:os|mig) (?:en pris|et tilbud) på", r"(?:komme|gå) ned (?:på|i|til|i nærheden af)",
        r"(?:timeprisen|timepriserne|timepris|prisen|priserne|prisstigningen|prisstigning|prisniveauet|tilbuddet|regningen|beløbet) (?:\w+ ){0,3}(?:svær at sluge|ikke realistisk|urealistisk|ikke til at betale|helt urimelig\w*|langt over)",
        r"(?:holder|holde|fastholde|fastholder) (?:den gamle|den aftalte|den oprindelige|vores) pris", r"den gamle pris",
        r"(?:tager|koster|tage|koste) (?:jer |I )?[\d.,]+ ?(?:kr\.?|kroner) (?:\w+ ){0,2}for (?:hver|en|et|den)",
        r"(?:kr|kroner)\.? er (?:\w+ )?(?:langt )?over,? hvad (?:vi|jeg)",
    ],
    "unrealistic_demand": [
        # (round 2: only when what they won't hear is that it can't be done: "jeg vil ikke høre, at det er
        # fragtmandens skyld" is blame, not a deadline)
        r"(?:forventer|vil|gider) ikke (?:at )?høre,? at (?:det|I) (?:\w+ )?(?:ikke|er umuligt|umuligt|er for|tager|når ikke)", r"ikke kan lade sig gøre", r"i overmorgen",
        r"(?:kan|skal) (?:vel |da |jo )?ikke tage (?:mere end |særlig |så )?(?:et par timer|lang tid|en time|en dag)",
        r"(?:regner med|forventer),? at (?:den|det|siden|det hele|shoppen) er (?:oppe|klar|færdig|live|online) (?:i morgen|i aften|i dag|i nat)",
    ],
    "scope_creep": [
        r"(?:går|regner) (?:jeg |vi )?(?:ud fra|med),? (?:at )?[^.!?]{0,40}?(?:ligger inden for|inden for|er inden for|hører (?:med )?til|er en del af|falder ind under|indgår i)",
        r"(?:kunne|kan) I så ikke(?: også)?(?: lige)?", r"(?:nu hvor|mens) I (?:alligevel )?er (?:i gang|ved det|inde i)",
        r"burde (?:jo |vel |da )?ikke være (?:den store sag|et problem|svært|noget problem|det store|så svært)", r"(?:en )?ekstra regning",
        r"troede,? at (?:den|det|de) (?:var|er) (?:en )?(?:del af|med i|inkluderet i|indeholdt i) (?:pakken|prisen|aftalen|tilbuddet)",
        r"(?:burde|bør|skulle) (?:jo |vel |da )?ikke koste (?:noget )?(?:ekstra|mere)", r"(?:det skal|det må) (?:da )?også (?:lige )?med",
    ],
    "misunderstanding": [
        r"skal jeg forstå (?:det|dét)(?: sådan| som| på den måde)?", r"(?:hentydning|hentyder|insinuation|insinuerer|stikpille)*",
        r"(?:det|dét) har (?:jeg|vi) (?:aldrig|ikke) (?:aftalt|godkendt|bedt om|sagt ja til|accepteret)", r"skriver I,? at",
        r"(?:se|finde) det (?:nogen|ingen) steder", r"(?:kan|kunne) ikke se det nogen steder",
    ],
}
for _name, _entries in _MORE_SIGNALS.items():
    SIGNALS.setdefault(_name, []).extend(_entries)
for _sid, _entries in _MORE_CUES.items():
    SCENARIO_CUES.setdefault(_sid, []).extend(_entries)

# Third pass, from a second set of varied emails: going public to a network,
# chargebacks through the bank, "den kan jeg ikke godkende", "jeg betaler for
# det, der er leveret", "inden for det budget, vi har aftalt", "I laver bare
# det, vi beder om", "jeres strategi er forkert", "lægge skylden over på os".
_DAYS3 = r"(?:da|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|weekenden|i morgen|i overmorgen|jul|nytår|påske|lanceringen|messen|den tid)"
_THIRD_SIGNALS: dict[str, list] = {
    "threat": [
        (r"(?:skrive|skriver|fortælle|fortæller) (?:det )?(?:til )?(?:alle|andre|folk|mit netværk|vores netværk|hele branchen) (?:i|på|om|hvordan)", 0.5),
        (r"(?:folk|andre|alle|andre kunder) (?:fortjener|bør|skal|har ret til) (?:at )?(?:vide|høre om) (?:det|hvordan|hvad)", 0.5),
        (r"(?:tilbageført|tilbagefører) (?:\w+ )?(?:betalingen|kortbetalingen|overførslen|trækket|beløbet)", 0.55),
        (r"(?:annulleret|annullerer|afvist|afviser|blokeret|spærret|stoppet) (?:\w+ )?(?:betalingen|kortbetalingen|overførslen|trækket|kortet) (?:\w+ ){0,2}(?:via|hos|gennem) (?:min|vores) bank", 0.55),
        (r"(?:annulleret|annullerer|afvist|afviser|blokeret|spærret) (?:\w+ )?(?:kortbetalingen|trækket|kortet)", 0.35),
        (r"(?:via|gennem) (?:min|vores) bank", 0.3),
        (r"forbrugerråd*", 0.55),
        (r"(?:har )?(?:kontaktet|talt med|rådført mig med|rådført os med) (?:\w+ )?(?:advokat|advokaten|advokater|jurist|juristen|forbrugerrådet|forbrugerombudsmanden|en advokat)(?![^.!?]{0,80}(?:kontrakt|udkast|gennemg|kommentar|bemærkning|godkend|underskr|testamente|aftale|punkt|spørgsmål|vilkår|betingelse|klausul|paragraf))", 0.55),
    ],
    "demand": [
        (r"(?:fakturaen|regningen|beløbet|den|det) (?:kan|vil) (?:jeg|vi) (?:altså )?ikke (?:godkende|acceptere|betale|godtage)", 0.45),
        (r"betaler (?:kun )?for det,? (?:der|som) (?:er|bliver) (?:leveret|lavet|udført)", 0.45),
        (r"(?:har )?krav på (?:at få )?(?:\w+ ){0,2}(?:pengene|refusion|kompensation|erstatning|et afslag|tilbagebetaling|tilbage)", 0.45),
        (r"vil gerne have (?:den|prisen|fakturaen|regningen|beløbet) (?:nedjusteret|rettet|krediteret|annulleret|sat ned)", 0.4),
        (r"fortæl(?:le)? (?:mig|os),? hvad der (?:er )?(?:gået|gik) galt", 0.35),
        (r"(?:lave|laver|lav|gøre|gør|bygge|bygger|byg) (?:hele (?:\w+ ){0,2}?\w+|det hele) forfra", 0.45),
        (r"står der [\d.,]+ (?:kr\.? )?på (?:fakturaen|regningen)", 0.35),
    ],
    "blame": [
        (r"(?:I|jer) (?:må|skal) (?:\w+ )?tage (?:\w+ ){0,2}ansvar(?:et)? for", 0.45),
        (r"(?:sådan noget|det|den slags|det her) (?:må|bør|burde|skal) (?:simpelthen |bare )?ikke (?:kunne )?ske", 0.4),
        (r"(?:efter|siden) (?:jeres|I) (?:\w+ )?(?:opdatering|opdaterede|ændring|ændrede|flytning|flyttede|migrering|migrerede|release|omlægning|lagde)\w* [^.!?]{0,60}?(?:holdt op med|ikke (?:\w+ )?(?:virker|virket|fungerer|fungeret|kan)|nede|fejler|fejl)", 0.45),
    ],
    "insult": [
        (r"kan ikke bruges til (?:noget|noget som helst|en skid|det mindste)", 0.45), (r"middelmådig*", 0.4),
    ],
    "anger": [
        (r"hvordan I har (?:behandlet|håndteret) (?:os|mig|sagen)", 0.4),
        (r"(?:har været|er) nede (?:siden|i hele|hele|i over|i flere)", 0.25),
        (r"(?:arbejdet|opgaven|det aftalte|leverancen|halvdelen af arbejdet) (?:\w+ ){0,2}ikke (?:er )?(?:udført|leveret|lavet|færdig\w*)", 0.35),
        (r"ikke (?:har )?(?:leveret|lavet|udført|gjort) det,? (?:vi|der blev|der var) (?:havde )?aftalt(?:e)?", 0.45), (r"ikke (?:har )?leveret det aftalte", 0.45),
        (r"har (?:vi|jeg) (?:aldrig|ikke) (?:accepteret|godkendt|sagt ja til|bedt om|aftalt)", 0.4),
        (r"forstår ikke,? at (?:\w+ ){0,3}ikke (?:er|var|bliver) (?:færdig\w*|klar|løst|rettet|leveret|oppe)", 0.4),
        (r"(?:lægge|lægger|skyde|skyder|lagt|skudt) skylden (?:over )?på (?:os|mig)", 0.45),
        (r"det er (?:simpelthen |slet |bare )?ikke (?:korrekt|rigtigt|sandt)", 0.35), (r"forundre(?:t|de)", 0.3),
        (r"ikke (?:\w+ )?(?:glad|glade|tilfreds|tilfredse) (?:for|med) (?:den|det|jeres|denne|dette|de|forløbet|samarbejdet)", 0.4),
        (r"hvad mener I med,? at", 0.35),
        (r"ikke (?:har )?(?:levet|lever|levede) op til", 0.4),
        (r"(?:kommunikationen|svartiden|responsen|opfølgningen|samarbejdet|supporten|servicen) (?:er|har været) (?:\w+ )?(?:sløv|elendig|dårlig|ringe|mangelfuld|uklar|fraværende|langsom|under al kritik|sporadisk|tilfældig|ikke-eksisterende|ustabil)", 0.4),
        (r"(?:vi|jeg) (?:skal|må) selv (?:holde styr på|følge op på|rykke for|sørge for) (?:alt|det hele|alting)", 0.35),
        (r"(?:går|tager) (?:alt )?for lang tid", 0.35),
        (r"holdt op med at (?:virke|fungere|sende|svare)", 0.3),
        (r"(?:mistet|tabt) (?:\w+ ){0,3}(?:henvendelser|leads|forespørgsler|tilmeldinger)", 0.4),
        (r"ingen af (?:dem|os) (?:kan lide|synes om|er glade for)", 0.35),
    ],
    "doubt": [
        (r"tror ikke,? (?:at )?I (?:forstår|ved,? hvad|aner|har forstand|har styr)", 0.45),
        (r"(?:på|på vores|på min) (?:egen )?måde (?:fra nu af|fremover|herfra)", 0.45), (r"gør det på vores måde", 0.4),
        (r"(?:I )?(?:laver|lav|gør) bare (?:det|hvad),? (?:vi|jeg) (?:beder om|siger|har bedt om|vil have)", 0.45),
        (r"vist (?:\w+ ){0,3}til (?:et par|nogle|mine|vores|min) (?:venner|bekendte|familie|kolleger|kone|mand)", 0.3),
        (r"(?:selv )?(?:arbejdet|været) (?:med|i) (?:\w+ ){0,3}i (?:\d+|mange|over \d+|tyve|tredive|ti|femten|fyrre) år", 0.3),
        (r"jeres (?:strategi|anbefaling|tilgang|plan|forslag|løsning|analyse|vurdering|rådgivning|valg) (?:\w+ )?(?:er|var) (?:simpelthen |helt |fuldstændig |jo )?(?:forkert|forkerte|forfejlet|misforstået|noget vrøvl|noget sludder|ubrugelig|dårlig)", 0.45),
        (r"(?:lav|gør|byg|skriv) (?:\w+ ){0,3}(?:\w+),? (?:som )?jeg har bedt om", 0.4),
    ],
    "haggling": [
        (r"(?:blev enige om|aftalte|aftalt|har aftalt) [\d.,]+ ?(?:kr\.?|kroner)?[^.!?]{0,20}?,? men", 0.35),
        (r"prisstigning*", 0.35), (r"nedjuster*", 0.4),
        (r"(?:det er )?mange penge for", 0.4), (r"(?:en )?brøkdel af (?:prisen|beløbet|det)", 0.45),
        (r"hvad kan I gøre ved (?:prisen|beløbet|tilbuddet)", 0.4),
        (r"(?:set|fundet|fået) lignende (?:\w+ ){0,2}(?:til|for)", 0.35),
        (r"(?:budget|budgettet) (?:til|på) [\d.,]+,? ikke [\d.,]+", 0.45),
        (r"finde en måde at gøre det billigere", 0.45),
    ],
    "pressure": [
        (r"(?:klare|lave|gøre|holde|løse) (?:det |dem )?inden for (?:det|den|vores|samme) (?:\w+ )?(?:budget|budgettet|pris|prisen|ramme)", 0.4),
        (r"inden for (?:det|den) (?:\w+ )?(?:budget|pris|ramme),? (?:vi|der) (?:har )?(?:aftalt|er aftalt|har)", 0.45),
        (r"(?:vi|jeg) har også brug for", 0.25),
        (r"(?:ikke|uden at) (?:\w+ ){0,3}(?:give anledning til|udløse|medføre|betyde) (?:en )?(?:ny |ekstra )?(?:regning|faktura|merpris|pris|prisændring|tillæg|ekstra omkostninger|ekstraomkostninger)", 0.45),
        (r"(?:da|når|nu hvor) I (?:nu )?alligevel (?:har|er|sidder|arbejder)", 0.4),
        (r"vil I så ikke(?: også)?(?: lige)?", 0.35),
        (r"tager (?:sikkert|vel|nok|jo) ikke (?:mange minutter|mere end|lang tid|særlig lang tid|ret lang tid)", 0.4),
        (r"(?:det|så det) må I (?:kunne nå|kunne klare|kunne|klare)", 0.4),
        (r"skal (?:have|bruge) (?:\w+ ){0,4}(?:oversat|lavet|færdig\w*|klar|bygget|omlagt|opdateret|lagt ind|i app store) (?:inden|til|på|senest) " + _DAYS3, 0.3),
        (r"(?:skal|må) (?:\w+ ){0,3}(?:være )?i (?:app store|google play|butikkerne) (?:på|inden|til)", 0.3),
        (r"forventer at se (?:\w+ )?resultater (?:i næste uge|med det samme|nu|hurtigt|allerede)", 0.35),
        (r"skal have (?:[\w.,]+ ){0,3}(?:følgere|kunder|leads|salg|besøgende) (?:inden|på|i løbet af)", 0.3),
    ],
}
_THIRD_CUES: dict[str, list] = {
    "legal_threat": [
        r"(?:skrive|skriver|fortælle|fortæller) (?:det )?(?:til )?(?:alle|andre|folk|mit netværk|vores netværk|hele branchen) (?:i|på|om|hvordan)",
        r"(?:folk|andre|alle|andre kunder) (?:fortjener|bør|skal|har ret til) (?:at )?(?:vide|høre om) (?:det|hvordan|hvad)",
        r"(?:tilbageført|tilbagefører) (?:\w+ )?(?:betalingen|kortbetalingen|overførslen|trækket|beløbet)",
        r"(?:annulleret|annullerer|afvist|afviser|blokeret|spærret|stoppet) (?:\w+ )?(?:betalingen|kortbetalingen|overførslen|trækket|kortet) (?:\w+ ){0,2}(?:via|hos|gennem) (?:min|vores) bank",
        r"forbrugerråd*", r"(?:har )?(?:kontaktet|talt med|rådført mig med|rådført os med) (?:\w+ )?(?:advokat|advokaten|advokater|jurist|juristen|forbrugerrådet|forbrugerombudsmanden|en advokat)(?![^.!?]{0,80}(?:kontrakt|udkast|gennemg|kommentar|bemærkning|godkend|underskr|testamente|aftale|punkt|spørgsmål|vilkår|betingelse|klausul|paragraf))",
        r"(?:lave|laver|lav|gøre|gør|bygge|bygger|byg) (?:hele (?:\w+ ){0,2}?\w+|det hele) forfra",
    ],
    "refund_demand": [
        r"(?:fakturaen|regningen|beløbet) (?:kan|vil) (?:jeg|vi) (?:altså )?ikke (?:godkende|acceptere|betale|godtage)",
        r"betaler (?:kun )?for det,? (?:der|som) (?:er|bliver) (?:leveret|lavet|udført)",
        r"(?:har )?krav på (?:at få )?(?:\w+ ){0,2}(?:pengene|refusion|kompensation|erstatning|tilbagebetaling|tilbage)",
        r"vil gerne have (?:fakturaen|regningen|beløbet) (?:krediteret|annulleret)",
    ],
    "blame": [
        r"(?:I|jer) (?:må|skal) (?:\w+ )?tage (?:\w+ ){0,2}ansvar(?:et)? for", r"det er jeres (?:opgave|job) at(?! levere)",
        r"(?:sådan noget|den slags) (?:må|bør|burde|skal) (?:simpelthen |bare )?ikke (?:kunne )?ske", r"I (?:glemte|overså|har glemt|har overset)",
        r"(?:efter|siden) (?:jeres|I) (?:\w+ )?(?:opdatering|opdaterede|ændring|ændrede|flytning|flyttede|migrering|migrerede|release|omlægning|lagde)\w* [^.!?]{0,60}?(?:holdt op med|ikke (?:\w+ )?(?:virker|virket|fungerer|fungeret|kan)|nede|fejler|fejl)",
    ],
    "price_pushback": [
        r"(?:blev enige om|aftalte|aftalt|har aftalt) [\d.,]+ ?(?:kr\.?|kroner)?[^.!?]{0,20}?,? men", r"prisstigning*", r"nedjuster*",
        r"(?:det er )?mange penge for", r"(?:en )?brøkdel af (?:prisen|beløbet|det)", r"hvad kan I gøre ved (?:prisen|beløbet|tilbuddet)",
        r"(?:set|fundet|fået) lignende (?:\w+ ){0,2}(?:til|for)", r"(?:budget|budgettet) (?:til|på) [\d.,]+,? ikke [\d.,]+", r"finde en måde at gøre det billigere",
    ],
    "unrealistic_demand": [
        r"(?:det|så det) må I (?:kunne )?nå", r"hvor svært kan det (?:være|gå)",
        r"forventer at se (?:\w+ )?resultater (?:i næste uge|med det samme|nu|hurtigt|allerede)",
        r"skal have (?:[\w.,]+ ){0,3}(?:følgere|kunder|leads|salg|besøgende) (?:inden|på|i løbet af)",
    ],
    "scope_creep": [
        r"(?:klare|lave|gøre|holde|løse) (?:det |dem )?inden for (?:det|den|vores|samme) (?:\w+ )?(?:budget|budgettet|pris|prisen|ramme)",
        r"inden for (?:det|den) (?:\w+ )?(?:budget|pris|ramme),? (?:vi|der) (?:har )?(?:aftalt|er aftalt|har)", r"(?:vi|jeg) har også brug for",
        r"(?:ikke|uden at) (?:\w+ ){0,3}(?:give anledning til|udløse|medføre|betyde) (?:en )?(?:ny |ekstra )?(?:regning|faktura|merpris|pris|prisændring|tillæg|ekstra omkostninger|ekstraomkostninger)",
        r"(?:da|når|nu hvor) I (?:nu )?alligevel (?:har|er|sidder|arbejder)", r"vil I så ikke(?: også)?(?: lige)?",
        r"tager (?:sikkert|vel|nok|jo) ikke (?:mange minutter|mere end|lang tid|særlig lang tid|ret lang tid)",
    ],
    "misunderstanding": [
        r"(?:lægge|lægger|skyde|skyder|lagt|skudt) skylden (?:over )?på (?:os|mig)", r"det er (?:simpelthen |slet |bare )?ikke (?:korrekt|rigtigt|sandt)",
        r"hvad mener I med,? at",
    ],
}
for _name, _entries in _THIRD_SIGNALS.items():
    SIGNALS.setdefault(_name, []).extend(_entries)
for _sid, _entries in _THIRD_CUES.items():
    SCENARIO_CUES.setdefault(_sid, []).extend(_entries)

# Fourth pass, from a third set (curt, formal and rambling registers): "der gik
# seks timer, før nogen reagerede", "før jeg betaler noget som helst", penalty
# clauses, "hvem betaler for det?", "for de samme penge", "det er jo bare
# småting", "hvem er det, der bestemmer her?", "I bliver ved med at anbefale".
_FOURTH_SIGNALS: dict[str, list] = {
    "threat": [
        (r"(?:hæver|hæve) (?:vi |jeg )?(?:hermed )?(?:aftalen|kontrakten|handlen)", 0.5),
        (r"udfyldt (?:\w+ ){0,2}(?:anmeldelse|klage)", 0.45),
        (r"(?:anmeldelsen|historien|sagen|forløbet|den|min anmeldelse) (?:bliver|vil blive) offentliggjort", 0.45), (r"offentliggøre\w* (?:hele )?(?:anmeldelsen|sagen|forløbet|historien)", 0.5),
        (r"dagbod*", 0.5), (r"dagbøde*", 0.5), (r"konventionalbod*", 0.55), (r"(?:gøre|gør) (?:\w+ ){0,2}gældende", 0.45),
    ],
    "ultimatum": [
        (r"hvis ikke (?:jeg|vi) (?:\w+ ){0,2}(?:hører|har|får|ser|modtager) [^.!?]{0,40}(?:i dag|i morgen|inden|senest|fredag|mandag|tirsdag|onsdag|torsdag)", 0.4),
        (r"ellers (?:mister|taber|går glip af|risikerer) (?:vi|jeg)", 0.4),
        (r"sidste varsel", 0.5),
    ],
    "demand": [
        (r"før (?:jeg|vi) betaler (?:noget som helst|noget|en krone|fakturaen|regningen|resten)", 0.45),
        (r"(?:afventer|venter på) en (?:korrigeret|ny|rettet|ændret) faktura", 0.3),
        (r"(?:forventer|kræver|vil have|ønsker|skal have) (?:\w+ ){0,4}(?:tilbageført|returneret|overført tilbage)", 0.5),
        (r"I har trukket [\d.,]+ ?(?:kr\.?|kroner)?", 0.35),
        (r"find (?:en måde|en løsning|ud af det)(?=\s*[.!])", 0.35),
        (r"(?:har )?brug for,? at der sker noget", 0.35),
        (r"hvad (?:gør|vil) I (?:gøre )?ved det", 0.35),
    ],
    "blame": [
        (r"jeres (?:\w+ )?(?:vagttelefon|support|hotline|server|hosting|backup|overvågning) (?:var|er|har været) (?:\w+ )?(?:lukket|nede|væk|slukket|utilgængelig|ubemandet)", 0.4),
        (r"(?:brudt|overtrådt|misligholdt) [^.!?]{0,30}(?:aftalen|kontrakten|punkt|klausul|betingelserne)", 0.45),
        (r"fordi I (?:\w+ ){0,3}(?:forkert\w*|fejl\w*|glemte|gamle|ikke)", 0.42),
        (r"hvem betaler for (?:det|det her|skaden|regningen|tabet|fejlen)", 0.45),
        (r"hvem (?:hos jer )?har (?:\w+ )?ansvaret (?:for|hos)", 0.4),
        (r"efter (?:flytningen|opdateringen|ændringen|migreringen|opgraderingen|omlægningen) (?:til|hos|af) (?:jeres|jer)", 0.4),
    ],
    "anger": [
        (r"der gik (?:\w+ ){0,2}(?:timer|dage|uger),? før (?:nogen|I|der)", 0.4), (r"før nogen (?:reagerede|svarede|gjorde noget|tog telefonen)", 0.4),
        (r"(?:den|det|dem) har vi (?:\w+ )?ikke fået", 0.35),
        (r"(?:matcher|svarer) ikke (?:til )?(?:det|hvad),? (?:vi|der blev|der var) (?:havde )?aftalt(?:e)?", 0.4),
        (r"(?:det er )?alt for lang tid", 0.35), (r"det trækker ud", 0.35),
        (r"(?:får|fik) (?:jeg |vi )?(?:\w+ )?(?:et )?(?:vagt|vage|undvigende|intetsigende|uklart|uklare) svar", 0.4),
        (r"(?:data|mails|filer|ordrer|kunder|billeder|indhold|tekster|kundedata|produkter|produktkataloget) (?:\w+ ){0,6}(?:forsvundet|slettet|væk|tabt)", 0.35),
        (r"lyder ikke som (?:os|mig|vores brand|vores virksomhed)", 0.3), (r"generiske", 0.3),
        (r"det havde (?:jeg|vi) ikke (?:forventet|regnet med|set komme)", 0.35),
        (r"(?:ikke|aldrig) (?:har )?givet (?:jer )?(?:lov|tilladelse) til", 0.4),
        (r"(?:omsætningen|salget|trafikken|antallet af kunder|antallet af henvendelser) (?:er )?(?:\w+ )?ikke (?:steget|øget|vokset|blevet større)", 0.3),
        (r"klage over (?:jeres|forløbet|ydelsen|leverancen|samarbejdet|service\w*|arbejdet)", 0.4),
        (r"(?:det|dét) har (?:jeg|vi) (?:aldrig|ikke) (?:sagt|skrevet|lovet|underskrevet)", 0.4),
        (r"forstår ikke (?:jeres|din) (?:mail|besked|faktura|svar|opgørelse)", 0.3),
        (r"det forstår jeg ikke", 0.25),
    ],
    "doubt": [
        (r"tror ikke,? (?:at )?I (?:har )?(?:forstået|fattet|styr på|check på)", 0.45),
        (r"(?:jeres|dit) (?:\w+ )?(?:forslag|design|udkast|oplæg|anbefaling\w*|tekster|strategi) (?:er|var) (?:\w+ )?(?:ikke noget,? (?:vi|jeg) kan bruge|ubrugelig\w*|ikke brugbar\w*|uanvendelig\w*)", 0.45),
        (r"I (?:bare|blot) (?:skal|må) (?:følge|gøre|lave|implementere|rette jer efter)", 0.45), (r"som I (?:bare|blot) skal (?:følge|gøre|lave)", 0.45),
        (r"(?:bliver|blev) ved med at (?:anbefale|foreslå|presse på|skubbe|argumentere)", 0.45),
        (r"selvom (?:jeg|vi) har sagt nej", 0.4),
        (r"hvem (?:er det,? )?der bestemmer", 0.45), (r"det er (?:min|vores) (?:virksomhed|forretning|butik|beslutning)", 0.35), (r"det er (?:min|vores) (?:hjemmeside|side|shop|webshop),? og (?:jeg|vi) (?:bestemmer|beslutter)", 0.4),
    ],
    "pressure": [
        (r"(?:er|bliver|var) med i det,? (?:vi|jeg) (?:allerede )?(?:har )?betal*", 0.45),
        (r"oveni", 0.25), (r"(?:vi|jeg) har jo betalt (?:en del|meget|mange penge|rigeligt|nok)", 0.3),
        (r"vil også gerne have", 0.25),
        (r"(?:fakturere|fakturerer|opkræve|opkræver|tage betaling for) (?:\w+ ){0,4}(?:som )?(?:ekstraarbejde|ekstra|tillæg|merarbejde)", 0.35),
        (r"(?:det er|er) (?:vel |jo |da )?(?:bare|kun|blot) (?:nogle )?(?:småting|småændringer|detaljer|små rettelser|små ting|et par småting)", 0.35),
        (r"(?:burde|bør|skulle) (?:\w+ )?(?:være|have været) med i (?:den oprindelige |den |vores )?(?:aftale|aftalen|prisen|tilbuddet|pakken)", 0.45),
        (r"for de samme penge", 0.45), (r"skal (?:vi )?også have lavet", 0.25),
        (r"må I (?:da |vel |jo )?kunne (?:lave|klare|nå|gøre)", 0.4),
        (r"(?:skal|må) (?:være )?oppe at køre (?:om|inden|på|til)", 0.3),
        (r"(?:to|tre|fire|fem|seks|syv|otte|ni|ti|tolv) (?:uger|måneder) (?:til|for) (?:en|et) [\w-]+\?", 0.35),
        (r"(?:havde )?forventet (?:at se )?(?:\w+ ){0,3}(?:resultater|forskel|effekt|stigning|flere kunder|flere salg) (?:med det samme|allerede|efter en uge|hurtigt|straks)", 0.35),
    ],
}
_FOURTH_CUES: dict[str, list] = {
    "legal_threat": [
        r"udfyldt (?:\w+ ){0,2}(?:anmeldelse|klage)",
        r"(?:anmeldelsen|historien|sagen|forløbet|den|min anmeldelse) (?:bliver|vil blive) offentliggjort", r"offentliggøre\w* (?:hele )?(?:anmeldelsen|sagen|forløbet|historien)",
        r"dagbod*", r"dagbøde*", r"konventionalbod*",
    ],
    "refund_demand": [
        r"før (?:jeg|vi) betaler (?:noget som helst|noget|en krone|fakturaen|regningen|resten)", r"(?:afventer|venter på) en (?:korrigeret|ny|rettet|ændret) faktura",
        r"(?:forventer|kræver|vil have|ønsker|skal have) (?:\w+ ){0,4}(?:tilbageført|returneret|overført tilbage)", r"I har trukket [\d.,]+ ?(?:kr\.?|kroner)?",
    ],
    "blame": [
        r"jeres (?:\w+ )?(?:vagttelefon|support|hotline|server|hosting|backup|overvågning) (?:var|er|har været) (?:\w+ )?(?:lukket|nede|væk|slukket|utilgængelig|ubemandet)",
        r"fordi I (?:\w+ ){0,3}(?:forkert\w*|fejl\w*|glemte|gamle|ikke)", r"hvem betaler for (?:det|det her|skaden|regningen|tabet|fejlen)",
        r"hvem (?:hos jer )?har (?:\w+ )?ansvaret (?:for|hos)", r"efter (?:flytningen|opdateringen|ændringen|migreringen|opgraderingen|omlægningen) (?:til|hos|af) (?:jeres|jer)",
        r"(?:brudt|overtrådt|misligholdt) [^.!?]{0,30}(?:aftalen|kontrakten|punkt|klausul|betingelserne)",
        r"(?:betalt|betaler) for [^.!?]{0,40}(?:og|men) (?:\w+ ){0,3}(?:den|det|dem) har vi (?:\w+ )?ikke fået",
    ],
    "unrealistic_demand": [
        r"(?:to|tre|fire|fem|seks|syv|otte|ni|ti|tolv) (?:uger|måneder) (?:til|for) (?:en|et) [\w-]+\?", r"(?:skal|må) (?:være )?oppe at køre (?:om|inden|på|til)",
        r"(?:havde )?forventet (?:at se )?(?:\w+ ){0,3}(?:resultater|forskel|effekt|stigning|flere kunder|flere salg) (?:med det samme|allerede|efter en uge|hurtigt|straks)",
        r"må I (?:da |vel |jo )?kunne nå",
    ],
    "scope_creep": [
        # (round 2: "oveni" only after a piece of work: "et gebyr på 300 kr. oveni" is a fee, not more scope)
        r"(?:er|bliver|var) med i det,? (?:vi|jeg) (?:allerede )?(?:har )?betal*",
        r"(?:side|sider|ting|funktion|funktioner|modul|moduler|tekst|tekster|billeder|sprog|version|seo|blog|webshop|app|logo|video|videoer) (?:med )?oveni", r"vil også gerne have",
        r"(?:fakturere|fakturerer|opkræve|opkræver|tage betaling for) (?:\w+ ){0,4}(?:som )?(?:ekstraarbejde|ekstra|tillæg|merarbejde)",
        r"(?:det er|er) (?:vel |jo |da )?(?:bare|kun|blot) (?:nogle )?(?:småting|småændringer|detaljer|små rettelser|små ting|et par småting)",
        r"(?:burde|bør|skulle) (?:\w+ )?(?:være|have været) med i (?:den oprindelige |den |vores )?(?:aftale|aftalen|prisen|tilbuddet|pakken)",
        r"for de samme penge", r"skal (?:vi )?også have lavet",
    ],
    "misunderstanding": [
        r"(?:det|dét) har (?:jeg|vi) (?:aldrig|ikke) (?:sagt|skrevet|lovet|underskrevet)", r"forstår ikke (?:jeres|din) (?:mail|besked|faktura|svar|opgørelse)",
        r"I skriver,? at", r"jeres [\w]+-(?:opslag|indlæg|post|annonce|video|reklame)",
    ],
}
for _name, _entries in _FOURTH_SIGNALS.items():
    SIGNALS.setdefault(_name, []).extend(_entries)
for _sid, _entries in _FOURTH_CUES.items():
    SCENARIO_CUES.setdefault(_sid, []).extend(_entries)

# Fifth pass, from a fourth set written in another voice (loanwords, indirect
# phrasing, one-line messages): "ikke holdbart", "svært ved at se værdien",
# "smidt ud af vinduet", "vi kommer ingen vegne", "det kan I ikke mene",
# "ikke brug for en lektion i", "nogen hos jer har slettet", "gå hele vejen".
_FIFTH_SIGNALS: dict[str, list] = {
    "threat": [
        (r"(?:vil have|kræver|forventer|skal have) (?:\w+ ){0,2}dækket (?:\w+ )?(?:tab|tabet|udgifter|omkostninger|merudgifter)", 0.55),
        (r"dækket (?:vores|mit|det|hele) (?:\w+ )?(?:tab|tabet|udgifter|omkostninger|merudgifter)", 0.5),
        (r"(?:gå|går) hele vejen", 0.5),
        (r"(?:se|kigge|undersøge) (?:på )?andre muligheder", 0.4),
    ],
    "ultimatum": [
        (r"hvis prisen ikke (?:\w+ )?(?:bliver |kommer )?(?:justeret|sat ned|ændret|rettet|nedjusteret|reduceret)", 0.45),
        (r"eller (?:kreditér|krediter|annuller|annullér|ret|fjern|tilbagebetal|refunder)", 0.4),
    ],
    "demand": [
        (r"(?:kreditér|krediter|annuller|annullér|tilbagekald) (?:fakturaen|regningen|beløbet)", 0.45),
        (r"(?:ikke|endnu ikke|stadig ikke|aldrig) (?:har )?(?:fået|modtaget) (?:pengene|beløbet|refusionen|tilbagebetalingen|vores penge|mine penge)(?! fra)", 0.45),
        (r"forventer (?:pengene|beløbet|refusionen) (?:\w+ )?(?:overført|tilbage|retur|indbetalt|på kontoen)", 0.5),
        (r"få det (?:fikset|løst|rettet|ordnet)(?=\s*[.!])", 0.35),
        (r"hvordan I har tænkt (?:jer|dig) at", 0.35),
        (r"(?:jeg )?vil vide,? hvem der (?:har )?(?:gjort|lavet|slettet|godkendt|ændret|glemt)", 0.4),
    ],
    "blame": [
        (r"ingen (?:af jer|hos jer) har (?:\w+ )?(?:holdt øje|fulgt med|opdaget|reageret|tjekket|testet|set)", 0.45),
        (r"nogen hos jer har (?:\w+ )?(?:slettet|ødelagt|ændret|fjernet|overskrevet|lavet|sendt|glemt)", 0.5),
        (r"(?:skulle|burde) (?:være blevet|have været|være) (?:fanget|opdaget|set|testet|tjekket)", 0.45),
        (r"hvordan (?:kunne|kan) det (?:\w+ )?(?:gå galt|gå så galt)", 0.4), (r"hvordan det (?:kunne|kan) gå (?:så )?galt", 0.4),
        (r"savner,? at I (?:tager|viser|påtager)", 0.35),
    ],
    "anger": [
        (r"ikke (?:\w+ )?holdbart", 0.4), (r"det eneste svar,? (?:vi|jeg) (?:får|fik|har fået)", 0.35),
        (r"mister (?:\w+ ){0,2}(?:kunder|penge|salg|ordrer|bookinger) (?:hver|hele|for hver|dagligt)", 0.4),
        (r"(?:har )?svært ved at se (?:værdien|pointen|hvad (?:vi|jeg) (?:får|betaler))", 0.4),
        (r"(?:ingen|ikke nogen|ikke den fjerneste) (?:idé|ide|anelse) om,? hvad I", 0.4),
        (r"hvad I (?:egentlig )?bruger (?:timerne|tiden|pengene) på", 0.4),
        (r"(?:rapporterne|rapporten|teksterne|resultaterne|leverancen|arbejdet) er (?:\w+ )?(?:tynde|tynd|mangelfulde|mangelfuld|ringe|sløje|sløjt)", 0.35),
        (r"(?:når|selvom) der kun er (?:leveret|lavet|udført)", 0.35),
        (r"(?:koster|kostet|kostede) (?:os|mig) (?:\w+ ){0,3}(?:aftaler|bookinger|aflyste|henvendelser)", 0.4),
        (r"langt fra,? hvad (?:vi|jeg) (?:kan|vil) (?:acceptere|betale|forsvare)", 0.45),
        (r"det går ikke(?=\s*[.!])", 0.35),
        (r"(?:smidt|kastet) (?:ud af vinduet|væk|ud til ingenting)", 0.45), (r"ud af vinduet", 0.35),
        (r"kommer (?:\w+ )?(?:ingen|ikke nogen) vegne", 0.4), (r"kommer nogen vegne", 0.35), (r"ikke bedre end (?:de|det|den) (?:\w+ )?(?:første|forrige|sidste|gamle)", 0.35),
        (r"det kan I (?:da )?ikke mene", 0.45), (r"det mener I ikke", 0.45),
        (r"(?:vi er|er) (?:\w+ )?(?:uger|måneder|dage) (?:bagud|forsinket|forsinkede)", 0.35),
        (r"hvor har I det fra", 0.4), (r"(?:jeg|vi) har (?:aldrig|ikke) bedt om", 0.4), (r"overrasket over jeres (?:svar|mail|faktura|besked|regning)", 0.3),
        (r"(?:fremstillet|fremstiller|fremstille|beskrevet|beskriver),? som om", 0.4),
        (r"det er forkert(?=\s*[.!])", 0.3),
    ],
    "doubt": [
        (r"ikke brug for (?:en )?(?:lektion|belæring|foredrag|undervisning|jeres mening|gode råd|en forklaring om)", 0.5),
        (r"betaler jer for at (?:udføre|lave|gøre) (?:det,? )?(?:jeg|vi) (?:beder om|siger|vil have)", 0.5),
        (r"ikke for at (?:diskutere|argumentere|have en mening|komme med forslag|belære)", 0.45),
        (r"(?:fået|bedt) (?:en|et) (?:anden|andet|ekstern|eksternt|uafhængig|uafhængigt) (?:\w+ )?(?:virksomhed|fagperson|person|specialist) til at (?:kigge|se|vurdere|gennemgå)", 0.4),
        (r"(?:kan )?kalde jer (?:eksperter|specialister|professionelle|fagfolk|et bureau|konsulenter)", 0.45),
        (r"dropper jeres (?:plan|forslag|strategi|anbefaling\w*|idé|idéer|ideer|koncept)", 0.45),
        (r"og så laver I (?:det|dem|den)(?=\s*[.!])", 0.35),
    ],
    "haggling": [
        (r"(?:en )?(?:pris)?stigning på", 0.4),
        (r"(?:været|er) (?:trofaste |loyale |faste )?kunder (?:hos jer )?i (?:\w+|\d+) år", 0.3),
        (r"dobbelt så (?:meget|dyrt|mange timer|højt)", 0.4), (r"(?:det|hvad),? (?:vi|jeg) fik oplyst", 0.3),
        (r"(?:have|få|sætte|sat|vil have) prisen (?:\w+ )?ned", 0.45),
    ],
    "pressure": [
        (r"må I (?:\w+ )?finde ud af at (?:nå|klare|løse|gøre)", 0.4),
        (r"(?:har )?lovet (?:vores|vore) (?:kunder|forhandlere|partnere|investorer|medlemmer)", 0.3),
        (r"(?:synes|mener) ikke,? (?:at )?(?:vi|jeg) skal betale (?:ekstra|mere|for)", 0.45),
        (r"det siger sig selv", 0.35), (r"forventer man,? at", 0.25),
        (r"det må (?:da |vel )?kunne lade sig gøre", 0.45),
        (r"(?:skal bruge|skal have) [^.!?]{0,80}(?:i aften|i nat|inden i morgen|til i morgen tidlig)", 0.35),
        (r"ligger (?:vel |jo |da )?i forlængelse af", 0.4), (r"og så lige (?:en|et) (?:\w+ )?(?:ting mere|ting|til)", 0.3),
        (r"(?:konkurrent|konkurrenten|konkurrenterne|andre) (?:fik|har fået|lavede|lancerede) (?:\w+ ){0,4}på (?:en|to|én|\d+) (?:uge|dag|dage|uger)", 0.35),
        (r"forstår ikke,? hvorfor det (?:skal|skulle) tage", 0.4), (r"skynde jer", 0.35),
    ],
}
_FIFTH_CUES: dict[str, list] = {
    "legal_threat": [
        r"(?:vil have|kræver|forventer|skal have) (?:\w+ ){0,2}dækket (?:\w+ )?(?:tab|tabet|udgifter|omkostninger|merudgifter)",
        r"dækket (?:vores|mit|det|hele) (?:\w+ )?(?:tab|tabet|udgifter|omkostninger|merudgifter)", r"(?:gå|går) hele vejen",
    ],
    "refund_demand": [
        r"(?:kreditér|krediter|annuller|annullér|tilbagekald) (?:fakturaen|regningen|beløbet)",
        r"(?:ikke|endnu ikke|stadig ikke|aldrig) (?:har )?(?:fået|modtaget) (?:pengene|beløbet|refusionen|tilbagebetalingen|vores penge|mine penge)(?! fra)",
        r"forventer (?:pengene|beløbet|refusionen) (?:\w+ )?(?:overført|tilbage|retur|indbetalt|på kontoen)",
    ],
    "blame": [
        r"ingen (?:af jer|hos jer) har (?:\w+ )?(?:holdt øje|fulgt med|opdaget|reageret|tjekket|testet|set)",
        r"nogen hos jer har (?:\w+ )?(?:slettet|ødelagt|ændret|fjernet|overskrevet|lavet|sendt|glemt)",
        r"(?:skulle|burde) (?:være blevet|have været|være) (?:fanget|opdaget|set|testet|tjekket)",
        r"hvordan (?:kunne|kan) det (?:\w+ )?(?:gå galt|gå så galt)", r"hvordan det (?:kunne|kan) gå (?:så )?galt",
        r"(?:jeg )?vil vide,? hvem der (?:har )?(?:gjort|lavet|slettet|godkendt|ændret|glemt)",
        r"det er jeres (?:\w+ )?(?:løsning|system|betalingsløsning|platform|kode|opsætning|server|plugin|integration),? så",
    ],
    "price_pushback": [
        r"(?:en )?(?:pris)?stigning på", r"langt fra,? hvad (?:vi|jeg) (?:kan|vil) (?:acceptere|betale|forsvare)",
        r"hvis prisen ikke (?:\w+ )?(?:bliver |kommer )?(?:justeret|sat ned|ændret|rettet|nedjusteret|reduceret)",
        r"dobbelt så (?:meget|dyrt|mange timer|højt)", r"(?:have|få|sætte|sat|vil have) prisen (?:\w+ )?ned",
    ],
    "unrealistic_demand": [
        r"må I (?:\w+ )?finde ud af at (?:nå|klare)", r"det må (?:da |vel )?kunne lade sig gøre",
        r"(?:skal bruge|skal have) [^.!?]{0,80}(?:i aften|i nat|inden i morgen|til i morgen tidlig)",
        r"(?:konkurrent|konkurrenten|konkurrenterne|andre) (?:fik|har fået|lavede|lancerede) (?:\w+ ){0,4}på (?:en|to|én|\d+) (?:uge|dag|dage|uger)",
        r"forstår ikke,? hvorfor det (?:skal|skulle) tage", r"skynde jer",
    ],
    "scope_creep": [
        r"(?:synes|mener) ikke,? (?:at )?(?:vi|jeg) skal betale (?:ekstra|mere)",
        r"ligger (?:vel |jo |da )?i forlængelse af", r"og så lige (?:en|et) (?:\w+ )?(?:ting mere|ting|til)",
    ],
    "misunderstanding": [
        r"(?:fremstillet|fremstiller|fremstille|beskrevet|beskriver),? som om", r"står der,? at (?:vi|jeg) har (?:godkendt|sagt ja|accepteret|bestilt)",
        r"som om (?:vi|jeg) (?:har|havde) (?:sagt ja|godkendt|accepteret|bestilt)", r"(?:jeg|vi) har (?:aldrig|ikke) bedt om",
        r"overrasket over jeres (?:svar|mail|besked)",
    ],
}
for _name, _entries in _FIFTH_SIGNALS.items():
    SIGNALS.setdefault(_name, []).extend(_entries)
for _sid, _entries in _FIFTH_CUES.items():
    SCENARIO_CUES.setdefault(_sid, []).extend(_entries)

# Sixth pass, from a fifth set: "hvorfor har ingen fortalt os", "det er jeres
# system, der fejler", "jeg betaler det, vi aftalte, og ikke en øre mere",
# "giv mig en god grund til at blive", "lægge alt andet til side", "klemme ind
# i den samme pris", "som om I ikke ved, hvad I gør", "ikke blevet indfriet".
_SIXTH_SIGNALS: dict[str, list] = {
    "threat": [
        (r"ellers (?:stopper|opsiger|afslutter|dropper|hopper af|siger op) (?:vi|jeg)", 0.45),
        (r"(?:den|det) (?:bliver|kommer ikke til at blive) (?:ikke )?(?:pæn|pænt|kønt|køn|rar|rart|sjov|sjovt)(?=\s*[.!])", 0.45),
    ],
    "demand": [
        (r"betaler (?:kun )?(?:det|hvad),? (?:vi|der blev|der var) (?:har |havde )?aftal*", 0.45), (r"ikke en (?:øre|krone) (?:mere|ekstra)", 0.4),
        (r"(?:ønsker|kræver|forventer|vil have) (?:\w+ ){0,3}(?:depositum\w*|penge\w*|beløb\w*|forudbetaling\w*) (?:\w+ ){0,3}(?:retur|tilbage)", 0.5),
    ],
    "blame": [
        (r"hvorfor har ingen (?:\w+ )?(?:fortalt|sagt|advaret|informeret|orienteret|opdaget)", 0.45),
        (r"(?:den slags|det|præcis det),? I skulle (?:holde øje med|tage jer af|sørge for|have styr på|have opdaget)", 0.45),
        (r"I skulle (?:have )?(?:holde|holdt) øje med", 0.4),
        (r"det er jeres (?:\w+ )?\w+,? (?:der|som) (?:fejler|driller|laver fejl|ikke virker|går ned|er problemet)", 0.45),
    ],
    "insult": [(r"usmagelig*", 0.5)],
    "anger": [
        (r"ingen har sagt noget om", 0.35),
        (r"(?:et )?tungt (?:forløb|samarbejde|projekt)", 0.35), (r"(?:har )?(?:skullet|måttet) rykke for (?:alt|alting|hver|det hele|hver eneste)", 0.4),
        (r"(?:ikke|slet ikke),? hvad (?:vi|jeg) (?:håbede|havde håbet|forventede|havde forventet)(?: på)?", 0.4),
        (r"ikke givet (?:det|de resultater|det resultat),? (?:vi|jeg) (?:håbede|forventede|havde)", 0.4),
        (r"(?:ikke|slet ikke) (?:\w+ )?(?:proaktive|proaktiv|engagerede|engageret|grundige|grundig|hurtige|hurtig|synlige|tilgængelige) nok", 0.4),
        (r"aldrig (?:er )?gået i gang", 0.35), (r"brugt (?:\w+ ){0,2}(?:måneder|uger|dage) på at (?:vende tilbage|svare|reagere|komme i gang)", 0.4),
        (r"ikke (?:er )?(?:blevet )?indfriet", 0.4),
        (r"ikke[^.!?]{0,20}får det,? (?:vi|jeg) betaler for", 0.45),
        (r"genkende (?:\w+ ){0,3}(?:fra vores|os selv|vores virksomhed|vores samarbejde)", 0.3),
    ],
    "doubt": [
        (r"som om I ikke (?:\w+ )?(?:ved|har styr|forstår|aner|kan)", 0.45), (r"ved,? hvad I gør", 0.45),
        (r"som (?:jeg|vi) (?:bad om|ønskede|sagde) fra (?:starten|begyndelsen)", 0.4), (r"ingen andre bruger", 0.3),
        (r"(?:har )?(?:tydeligvis |åbenbart |slet |overhovedet )?ikke forstået (?:vores|min) (?:branche|forretning|målgruppe|kunder|virksomhed|brand)", 0.45),
        (r"selv (?:\w+ ){0,2}fremover", 0.35), (r"uden at ændre (?:noget|et komma|et ord|en tøddel)", 0.4),
        (r"I sætter (?:dem|det|den) bare ind", 0.35),
    ],
    "haggling": [
        (r"(?:jeres |din )?(?:pris|priser|prisen|timepris|timeprisen) (?:er|ligger) (?:\w+ )?(?:ude af trit|langt over|over markedsniveau|højere end (?:markedet|alle andre|konkurrenterne))", 0.45),
        (r"(?:tilbud|priser)(?: \w+){0,3},? (?:der|som) (?:\w+ ){0,2}(?:er )?(?:markant |meget |langt )?billigere", 0.45),
        (r"giv (?:mig|os) (?:en )?(?:god )?grund til at (?:blive|fortsætte|vælge jer)", 0.45),
        (r"(?:fakturaen|regningen|prisen|beløbet) er [^!?\n]{0,20}(?:højere|dyrere) end (?:tilbuddet|aftalt|det aftalte|aftalen|tilbudt)", 0.35),
    ],
    "pressure": [
        (r"lægge alt andet til side", 0.45), (r"prioriter(?:e)? os", 0.3), (r"i stedet for om (?:en|to|tre) (?:måned|måneder|uge|uger)", 0.35),
        (r"(?:jeg ved godt|jeg er klar over|vi ved godt),? (?:at )?det er (?:\w+ )?(?:kort tid|kort varsel|stramt|presset|tight)", 0.4),
        (r"det er jeres (?:job|opgave) at levere", 0.4),
        (r"klemme (?:\w+ )?ind", 0.4), (r"det er (?:jo )?(?:bare )?(?:samme|den samme) (?:skabelon|kode|design|layout|opsætning)", 0.35),
        (r"(?:har )?aftalt (?:\w+ ){0,2}\w+,? men (?:vi )?(?:har brug for|skal have|vil have)", 0.35),
        (r"(?:regnede|regner|troede|gik ud fra),? (?:med,? )?at [^.!?]{0,60}(?:var|er|blev) (?:inkluderet|indeholdt|med i prisen|en del af (?:pakken|aftalen|prisen))", 0.45),
        (r"må da høre med til", 0.4), (r"kalder det (?:et |en )?(?:tilvalg|ekstra|tillæg|ekstraarbejde|ny opgave|merarbejde)", 0.4),
        (r"(?:være|er|ligge|ligger|komme|kommer) på side (?:1|et|én|ét) (?:inden|i løbet af|før)", 0.3),
    ],
}
_SIXTH_CUES: dict[str, list] = {
    "refund_demand": [
        # ("ikke en krone mere" left out: it closes a haggling offer as often as it refuses a bill)
        r"betaler (?:kun )?(?:det|hvad),? (?:vi|der blev|der var) (?:har |havde )?aftal*",
        r"(?:ønsker|kræver|forventer|vil have) (?:\w+ ){0,3}(?:depositum\w*|penge\w*|beløb\w*|forudbetaling\w*) (?:\w+ ){0,3}(?:retur|tilbage)",
    ],
    "blame": [
        r"hvorfor har ingen (?:\w+ )?(?:fortalt|sagt|advaret|informeret|orienteret|opdaget)",
        r"(?:den slags|det|præcis det),? I skulle (?:holde øje med|tage jer af|sørge for|have styr på|have opdaget)", r"I skulle (?:have )?(?:holde|holdt) øje med",
        r"det er jeres (?:\w+ )?\w+,? (?:der|som) (?:fejler|driller|laver fejl|ikke virker|går ned|er problemet)",
    ],
    "price_pushback": [
        r"(?:jeres |din )?(?:pris|priser|prisen|timepris|timeprisen) (?:er|ligger) (?:\w+ )?(?:ude af trit|langt over|over markedsniveau|højere end (?:markedet|alle andre|konkurrenterne))",
        r"(?:tilbud|priser)(?: \w+){0,3},? (?:der|som) (?:\w+ ){0,2}(?:er )?(?:markant |meget |langt )?billigere", r"giv (?:mig|os) (?:en )?(?:god )?grund til at (?:blive|fortsætte|vælge jer)",
    ],
    "unrealistic_demand": [
        r"lægge alt andet til side", r"i stedet for om (?:en|to|tre) (?:måned|måneder|uge|uger)",
        r"(?:jeg ved godt|jeg er klar over|vi ved godt),? (?:at )?det er (?:\w+ )?(?:kort tid|kort varsel|stramt|presset|tight)", r"det er jeres (?:job|opgave) at levere",
        r"(?:være|er|ligge|ligger|komme|kommer) på side (?:1|et|én|ét) (?:inden|i løbet af|før)",
    ],
    "scope_creep": [
        r"klemme (?:\w+ )?ind", r"det er (?:jo )?(?:bare )?(?:samme|den samme) (?:skabelon|kode|design|layout|opsætning)",
        r"(?:har )?aftalt (?:\w+ ){0,2}\w+,? men (?:vi )?(?:har brug for|skal have|vil have)",
        r"(?:regnede|regner|troede|gik ud fra),? (?:med,? )?at [^.!?]{0,60}(?:var|er|blev) (?:inkluderet|indeholdt|med i prisen|en del af (?:pakken|aftalen|prisen))",
        r"må da høre med til", r"kalder det (?:et |en )?(?:tilvalg|ekstra|tillæg|ekstraarbejde|ny opgave|merarbejde)",
    ],
    "misunderstanding": [
        r"jeres (?:seneste |nye |sidste )?(?:opslag|indlæg|blogindlæg|artikel|case|annonce|reklame|video|nyhedsbrev)",
        r"genkende (?:\w+ ){0,3}(?:fra vores|os selv|vores virksomhed|vores samarbejde)",
    ],
}
for _name, _entries in _SIXTH_SIGNALS.items():
    SIGNALS.setdefault(_name, []).extend(_entries)
for _sid, _entries in _SIXTH_CUES.items():
    SCENARIO_CUES.setdefault(_sid, []).extend(_entries)

# Seventh pass, from a sixth, deliberately low-key set: short emails with one
# or two mild cues each, so the families here are the small building blocks
# that stack ("uden at give os besked", "det har I lavet om", rhetorical
# "Tre måneder?" and "for en simpel app?", "nu skal I bare levere").
_SEVENTH_SIGNALS: dict[str, list] = {
    "threat": [
        (r"givet (?:sagen|det) videre til (?:vores|min|en) (?:\w+ )?(?:advokat|jurist|juridiske afdeling)", 0.6),
        (r"(?:al )?kommunikation (?:\w+ )?(?:foregår|går) (?:\w+ )?(?:gennem|via) (?:hende|ham|vores advokat|min advokat|advokaten)", 0.55),
        (r"(?:foregår|går) (?:al )?(?:\w+ )?kommunikation (?:\w+ )?(?:gennem|via) (?:hende|ham|vores advokat|min advokat|advokaten)", 0.55),
        (r"(?:sørge for|sørger for),? at alle (?:\w+ ){0,4}(?:ved|får at vide|hører om),? hvordan I", 0.5),
        (r"alle (?:i|på) (?:\w+ ){0,3}(?:ved|får at vide|hører om),? hvordan I", 0.45),
        (r"(?:bank|banken|kortudsteder|kortudstederen|kortselskab|kortselskabet) (?:om )?at (?:tilbageføre|stoppe|annullere|spærre)", 0.55),
        (r"tilbageføre\w* (?:betalingen|beløbet|pengene|trækket)", 0.55),
    ],
    "ultimatum": [
        (r"bliver I nødt til at", 0.35),
    ],
    "demand": [
        (r"(?:det|dem|den|de) (?:skal|vil) (?:vi|jeg) (?:altså )?ikke betale(?: for)?", 0.5),
        (r"(?:skal|vil) (?:vi|jeg) ikke betale for", 0.45), (r"(?:vi|jeg) (?:skal|vil) ikke betale for", 0.45),
        (r"fjern (?:dem|det|den|de ekstra \w+|linjen|posten)(?=[,.!\s])", 0.3),
    ],
    "blame": [
        (r"det har I (?:\w+ )?(?:lavet om|ændret|fjernet|slettet|ødelagt|glemt|overset|rodet med)", 0.4),
        (r"efter (?:den|jeres) (?:\w+ )?(?:opdatering|ændring|flytning|migrering),? (?:som )?I (?:lavede|foretog|gennemførte|lavede i)", 0.45),
        (r"(?:siden|efter at|efter) I (?:satte|installerede|flyttede|opdaterede|ændrede|byggede|skiftede|migrerede|lagde|overtog|tog over|begyndte|startede)", 0.3),
        (r"(?:det er )?noget,? I (?:må|skal) (?:løse|rette|finde ud af|tage jer af|ordne)", 0.45),
    ],
    "anger": [
        (r"uden at (?:give|sige) (?:os|mig) (?:\w+ )?(?:besked|noget)", 0.35), (r"uden (?:\w+ )?varsel", 0.35), (r"uden at (?:varsle|informere|orientere)", 0.35),
        (r"nu skal vi (?:\w+ )?(?:forklare|undskylde|rydde op)", 0.35),
        (r"kunder,? (?:der|som) ikke kan (?:handle|købe|betale|logge ind|bestille|booke|komme ind)", 0.35),
        (r"(?:det er )?(?:jo )?helt vildt(?=\s*[.!?])", 0.35),
        (r"hvad er det (?:her )?for en (?:faktura|regning|opkrævning|mail|besked|behandling)", 0.3),
        (r"uden at vi har (?:set|godkendt|fået lov til at se)", 0.35),
        (r"for mange misforståelser", 0.35), (r"for lidt overblik", 0.3), (r"det er altid (?:os|mig),? der skal", 0.4),
        (r"synes ikke,? (?:at )?(?:det )?(?:her )?(?:\w+ )?har været godt", 0.4),
        (r"(?:præcis|nøjagtig|stadig),? (?:der,? )?hvor vi startede", 0.4),
        (r"svært ved at forsvare (?:udgiften|prisen|beløbet|det|regningen) (?:over for|overfor)", 0.4),
        (r"ikke (?:har )?leveret (?:det,? )?(?:jeg|vi) (?:har )?betalte? for", 0.45),
        (r"vi fik at vide,? at", 0.25),
    ],
    "doubt": [
        (r"alle siger,? at", 0.3), (r"læst (?:\w+ ){0,2}på (?:nettet|internettet)", 0.35),
        (r"hvorfor I insisterer på", 0.4),
        (r"(?:kender|ved) (?:vi|jeg) (?:\w+ ){0,2}(?:kunder|branche|marked\w*|målgruppe|forretning) (?:\w+ )?bedre", 0.45),
        (r"jeres (?:anbefaling\w*|forslag|strategi|analyse\w*|plan) (?:\w+ )?(?:passer ikke|holder ikke|giver ikke mening|rammer ved siden af|rammer forbi)", 0.45),
        (r"(?:ikke|ingen planer om at|ikke tænkt os at|ikke tænkt mig at) følge (?:dem|jeres|rådene|anbefalingerne|rådet|anbefalingen)", 0.45),
    ],
    "haggling": [
        (r"(?:I )?(?:hæver|hæve|sætter op|sætte op|forhøjer|forhøje) (?:\w+ )?(?:prisen|priserne|timeprisen)", 0.4),
        (r"enten (?:bliver|holder|sænker|beholder) (?:I )?(?:prisen|vi prisen)", 0.4),
        (r"for (?:en|et) (?:simpel|simpelt|lille|almindelig|almindeligt|enkel|enkelt|helt almindelig) [\w-]+\?", 0.45),
        (r"kr\.? for (?:en|et) [^.!?]{0,30}\?", 0.35),
        (r"for (?:en tredjedel|en fjerdedel|en femtedel|en tiendedel|halvdelen|det halve|en brøkdel)(?: af prisen)?", 0.4),
        (r"(?:fået|få) lavet (?:det samme|noget lignende|tilsvarende) (?:for|til)", 0.4),
        (r"må kunne gøre det (?:bedre|billigere)", 0.35),
    ],
    "pressure": [
        (r"lovet (?:kunden|kunderne|chefen|ledelsen|bestyrelsen),? at (?:\w+ ){0,5}(?:er )?(?:klar|færdig\w*|oppe|live)", 0.35),
        (r"nu skal I (?:bare )?levere", 0.4),
        (r"ligeglad med,? (?:om|hvordan) I (?:\w+ ){0,2}(?:arbejde|arbejder|gør|klarer|når)", 0.45),
        (r"arbejde (?:i weekenden|om natten|hele natten|i nat)", 0.3),
        (r"(?:to|tre|fire|fem|seks|otte|ti|tolv) (?:uger|måneder)\?", 0.35),
        (r"har vi (?:slet |overhovedet )?ikke tid til", 0.35),
        (r"(?:ikke|ikke vil) (?:ændrer|ændre|påvirker|påvirke|rykker|rykke) (?:\w+ )?(?:på )?prisen", 0.45),
        (r"(?:siden|det) (?:også )?skal (?:også )?have (?:en|et) (?:\w+ )?(?:webshop|medlemsområde|blog|app|login|booking\w*)", 0.25),
        (r"kan I ikke (?:bare )?(?:lige )?(?:tilføje|lave|smide|sætte|lægge)", 0.35),
        (r"ikke noget,? (?:der|som) skal (?:faktureres|betales|koste noget)", 0.45),
    ],
}
_SEVENTH_CUES: dict[str, list] = {
    "legal_threat": [
        r"givet (?:sagen|det) videre til (?:vores|min|en) (?:\w+ )?(?:advokat|jurist|juridiske afdeling)",
        r"(?:al )?kommunikation (?:\w+ )?(?:foregår|går) (?:\w+ )?(?:gennem|via) (?:hende|ham|vores advokat|min advokat|advokaten)",
        r"(?:foregår|går) (?:al )?(?:\w+ )?kommunikation (?:\w+ )?(?:gennem|via) (?:hende|ham|vores advokat|min advokat|advokaten)",
        r"(?:sørge for|sørger for),? at alle (?:\w+ ){0,4}(?:ved|får at vide|hører om),? hvordan I", r"alle (?:i|på) (?:\w+ ){0,3}(?:ved|får at vide|hører om),? hvordan I",
        r"(?:bank|banken|kortudsteder|kortudstederen|kortselskab|kortselskabet) (?:om )?at (?:tilbageføre|stoppe|annullere|spærre)", r"tilbageføre\w* (?:betalingen|beløbet|pengene|trækket)",
    ],
    "refund_demand": [r"(?:det|dem|den|de) (?:skal|vil) (?:vi|jeg) (?:altså )?ikke betale(?: for)?", r"(?:skal|vil) (?:vi|jeg) ikke betale for", r"(?:vi|jeg) (?:skal|vil) ikke betale for"],
    "blame": [
        r"det har I (?:\w+ )?(?:lavet om|ændret|fjernet|slettet|ødelagt|glemt|overset|rodet med)",
        r"efter (?:den|jeres) (?:\w+ )?(?:opdatering|ændring|flytning|migrering),? (?:som )?I (?:lavede|foretog|gennemførte|lavede i)",
        r"(?:det er )?noget,? I (?:må|skal) (?:løse|rette|finde ud af|tage jer af|ordne)",
    ],
    "price_pushback": [
        r"(?:I )?(?:hæver|hæve|sætter op|sætte op|forhøjer|forhøje) (?:\w+ )?(?:prisen|priserne|timeprisen)", r"enten (?:bliver|holder|sænker|beholder) (?:I )?(?:prisen|vi prisen)",
        r"for (?:en|et) (?:simpel|simpelt|lille|almindelig|almindeligt|enkel|enkelt|helt almindelig) [\w-]+\?", r"kr\.? for (?:en|et) [^.!?]{0,30}\?",
        r"for (?:en tredjedel|en fjerdedel|en femtedel|en tiendedel|halvdelen|det halve|en brøkdel)(?: af prisen)?", r"(?:fået|få) lavet (?:det samme|noget lignende|tilsvarende) (?:for|til)",
        r"må kunne gøre det (?:bedre|billigere)",
    ],
    "unrealistic_demand": [
        r"nu skal I (?:bare )?levere", r"ligeglad med,? (?:om|hvordan) I (?:\w+ ){0,2}(?:arbejde|arbejder|gør|klarer|når)", r"arbejde (?:i weekenden|om natten|hele natten|i nat)",
        r"(?:to|tre|fire|fem|seks|otte|ti|tolv) (?:uger|måneder)\?", r"har vi (?:slet |overhovedet )?ikke tid til",
        r"lovet (?:kunden|kunderne|chefen|ledelsen|bestyrelsen),? at (?:\w+ ){0,5}(?:er )?(?:klar|færdig\w*|oppe|live)",
    ],
    "scope_creep": [
        r"(?:ikke|ikke vil) (?:ændrer|ændre|påvirker|påvirke|rykker|rykke) (?:\w+ )?(?:på )?prisen",
        r"(?:siden|det) (?:også )?skal (?:også )?have (?:en|et) (?:\w+ )?(?:webshop|medlemsområde|blog|app|login|booking\w*)",
        r"kan I ikke (?:bare )?(?:lige )?(?:tilføje|lave|smide|sætte|lægge)", r"ikke noget,? (?:der|som) skal (?:faktureres|betales|koste noget)",
    ],
    "misunderstanding": [
        r"hvad er det (?:her )?for en (?:faktura|regning|opkrævning|mail|besked)", r"vi fik at vide,? at", r"(?:havde )?kun godkendt (?:et|en) (?:udkast|skitse|prøve|første version)",
    ],
}
for _name, _entries in _SEVENTH_SIGNALS.items():
    SIGNALS.setdefault(_name, []).extend(_entries)
for _sid, _entries in _SEVENTH_CUES.items():
    SCENARIO_CUES.setdefault(_sid, []).extend(_entries)

# ----------------------------------------------------------------------------
# Round 2, first set (a fresh batch of twenty emails from other trades: a
# wedding photographer, an accountant, a cleaning firm, IT support, a printer,
# an architect, a translator; tests/corpus_blind_c's misses; the calm corpus's
# false positives).  What they showed, as ways of saying:
# - modal particles ("det er *altså* ikke vores job", "det er *trods alt* min
#   forretning") and amounts with dots ("få de 32.000 kr. refunderet") break
#   entries that expect plain words, so _PRT and the money alternatives below;
# - inverted Danish word order after a fronted object ("det burde I have
#   fanget", "jeres tjekliste er jeg ligeglad med", "sker det igen, ...");
# - expertise claimed or refused by way of experience and of other people
#   ("jeg har bygget huse i 30 år", "jeg behøver ikke en nyuddannet til at
#   fortælle mig", "lavet af folk, der aldrig har set ..."), kept as doubt;
# - misreadings voiced as "så du siger altså, at ...", "hvorfor har I sendt
#   mig en faktura for ...", "jeg har aldrig bestilt ...", "hvorfor står der";
# - haggling as an offer ("jeg kan gå med til 25.000", "vi lander på ...", "så
#   er vi kvit") and walking away ("så stopper vi her", "så finder jeg nogle
#   andre", "det er ikke, fordi vi mangler alternativer").
_PRT = r"(?:(?:altså|jo|da|vel|sgu|nu|bare|lige|dog|nok|også|simpelthen|faktisk|virkelig|trods alt|ærlig talt|ærligt talt|bestemt|overhovedet) ){1,2}"
_MONEY = (r"(?:pengene|beløbet|hele beløbet|det fulde beløb|depositum\w*|forudbetaling\w*|betaling\w*|kontingent\w*|abonnement\w*"
          r"|mine penge|vores penge|[\d.,]+ ?(?:kr\.?|kroner|dkk|,-)|\w+ måneder\w*|\w+ måneders (?:betaling|kontingent|abonnement))")
_ROUND2_SIGNALS: dict[str, list] = {
    "threat": [
        (r"(?:overgiver|overgive|overlader|overlade|sender|sende|giver|give) (?:jeg |vi )?(?:sagen|det|kravet|regningen|fakturaen|hele sagen) (?:videre )?til (?:min|vores|en) (?:advokat|jurist|advokaten|inkasso\w*)", 0.6),
        (r"(?:min|vores) (?:advokat|jurist) (?:tager over|overtager|får sagen|tager sagen|vil tage sig af (?:den|det|sagen))", 0.6),
        (r"(?:tager|tage) (?:jeg |vi )?(?:det|sagen|den) (?:videre )?(?:op )?med (?:min|vores) (?:advokat|jurist)", 0.55),
        (r"(?:indsigelse|klage) (?:hos|via|gennem|til) (?:min|vores) (?:bank|kortudsteder|kortselskab)", 0.55),
        (r"(?:så )?(?:stopper|slutter) (?:vi|jeg) her(?=\s*[.,!])", 0.45),
        (r"(?:finder|finde) (?:jeg|vi) (?:\w+ )?(?:nogle|nogen) andre(?=\s*[.,!]| til| der| som)", 0.45),
        (r"(?:finder|finde) (?:jeg|vi) (?:\w+ )?(?:en|et) (?:anden|andet)(?=\s*[.!]|,? (?:der|som)| til at)", 0.45),
        # finite and with a supplier: the imperative "gå tilbage til det gamle udtryk" overrides a design (doubt)
        (r"går (?:jeg|vi) tilbage til (?:dem|vores (?:gamle|sædvanlige|tidligere) (?:leverandør|bureau|trykkeri|firma|udbyder|partner|fotograf|revisor|håndværker|udvikler|webbureau))", 0.45),
        (r"ikke,? fordi (?:vi|jeg) mangler (?:alternativer|muligheder|andre tilbud|tilbud|andre)", 0.45),
        (r"(?:vi|jeg) har (?:masser af|rigeligt med|flere|andre) (?:alternativer|tilbud liggende|bureauer,? der)", 0.4),
    ],
    "ultimatum": [
        # "hvis det sker igen, så ring bare" is advice: only "en gang til" is an ultimatum by itself
        (r"sker det (?:en gang til|én gang til|en gang mere|én gang mere)", 0.45), (r"hvis det sker (?:en gang til|én gang til)", 0.45),
        (r"sker det igen", 0.3), (r"hvis det sker igen", 0.3),
        (r"næste gang (?:det sker|det går galt|der sker noget lignende)", 0.4), (r"gentager det sig", 0.45),
        (r"(?:jeg|vi) forventer,? at (?:det|fejlen|problemet|sagen|siden|alt|det hele) er (?:\w+ )?(?:løst|rettet|ordnet|fikset|på plads|klar|i orden|oppe)", 0.4),
        (r"(?:ikke|ingen) (?:en )?(?:mulighed|option) at sige nej", 0.5), (r"(?:et )?nej er ikke (?:et svar|en mulighed|en option)", 0.5),
        (r"(?:giv|send) (?:mig|os) (?:en |et )?(?:svar|tilbagemelding|besked|status|bekræftelse) (?:\w+ ){0,2}(?:inden|senest|i løbet af|før)", 0.35),
        (r"(?:vi|jeg) (?:kan|vil) ikke (?:vente|blive ved) (?:\w+ )?(?:længere|mere)", 0.45),
    ],
    "demand": [
        (r"(?:forventer|kræver|kræve|forlanger|forlange|vil have|skal have) (?:at få )?(?:\w+ ){0,3}" + _MONEY + r"(?: \w+){0,4} (?:refunderet|tilbagebetalt|krediteret|godtgjort|tilbageført|returneret|retur|tilbage)", 0.5),
        (r"ønsker (?:at få )?(?:\w+ ){0,3}" + _MONEY + r"(?: \w+){0,4} (?:refunderet|tilbagebetalt|krediteret|godtgjort|tilbageført|returneret|retur|tilbage)", 0.35),
        (r"(?:holder|holde|tilbageholder) (?:vi |jeg )?(?:\w+ ){0,2}(?:betaling|betalingen|restbetalingen|raten|beløbet|pengene|sidste rate) tilbage", 0.45),
        (r"(?:sætter|sætte|sat) (?:vi |jeg )?(?:\w+ )?(?:betalingen|betalingerne|restbetalingen) (?:i bero|på pause|på hold)", 0.45),
        (r"(?:send|få) (?:nogen|en tekniker|en mand|folk|en montør) (?:ud|herud|derud|over) (?:i dag|nu|med det samme|hurtigst muligt|i morgen tidlig)", 0.4),
    ],
    "blame": [
        (r"det virkede (?:fint|perfekt|upåklageligt|fint nok|glimrende|uden problemer),? (?:før|inden|indtil) (?:I|jeres|han|hun|de|jer|opdateringen|flytningen|ændringen|besøget)", 0.45),
        (r"efter (?:at )?(?:jeres|I) (?:\w+ ){0,2}(?:var her|var forbi|kom forbi|var ude|var inde|rørte ved|pillede ved|har været her)", 0.3),
        (r"hvordan (?:kunne|kan) (?:det|dette|sådan noget|den slags) (?:\w+ )?ske", 0.42),
        (r"jer(?:,? \w+){0,5},? (?:og )?ikke (?:os|mig)", 0.35),
        (r"(?:det|den|dem|de|fejlen|sådan noget|det her)(?: \w+)? burde I (?:\w+ )?(?:have )?(?:fanget|opdaget|set|testet|tjekket|vidst|sagt|advaret (?:os )?om|rettet|forudset|tænkt på)", 0.45),
        (r"I har aldrig (?:\w+ )?(?:sagt|nævnt|fortalt|advaret|informeret|skrevet|oplyst) (?:et ord|noget|os|mig|om)", 0.42),
        (r"det er " + _PRT + r"jer,? (?:der|som) er (?:eksperterne|de professionelle|fagfolkene|specialisterne|eksperter|fagfolk)", 0.45),
        (r"I er (?:jo|da|trods alt|altså) (?:eksperterne|de professionelle|fagfolkene|specialisterne)", 0.45),
        (r"(?:det er|er) (?:altså|jo|da|sgu|bestemt|overhovedet) ikke (?:mit|vores|min) (?:problem|ansvar|opgave|job|bord)", 0.4),
    ],
    "insult": [
        (r"(?:ligner|ser ud som) (?:noget )?(?:\w+ ){0,2}fra (?:19\d\d|20[01]\d|halvfemserne|firserne|90'erne|80'erne|00'erne|stenalderen|sidste århundrede)", 0.4),
    ],
    "anger": [
        (r"(?:vi|jeg) har (?:nu )?brugt (?:\w+ ){0,2}(?:timer|dage|uger|dagen|formiddagen|weekenden) på at (?:finde ud af|rette|rydde op|lede|forstå|gennemgå|få)", 0.4),
        (r"nu sidder vi (?:her )?med", 0.3),
        (r"(?:helt|fuldstændig|fuldstændigt|totalt|komplet|ret) absurd*", 0.45),
        (r"(?:skal|skulle) betale for at (?:melde|anmelde|rapportere|få rettet|få svar|få hjælp)", 0.4),
        (r"(?:så )?(?:du|I) (?:siger|mener|påstår|skriver) (?:altså|virkelig|nu|faktisk|simpelthen|hermed),? at", 0.4),
        (r"siger (?:du|I) (?:altså|virkelig|nu|faktisk),? at", 0.4),
        (r"(?:kan|kunne) ikke læse (?:den|det|mailen|din mail|jeres mail|beskeden) på (?:nogen )?anden måde", 0.3),
        (r"hvorfor (?:har I sendt|sender I|får jeg|skal jeg betale for|er jeg blevet opkrævet|opkræver I|fakturerer I) (?:\w+ ){0,3}(?:en |et )?(?:faktura|regning|opkrævning|rykker|gebyr)", 0.4),
        (r"(?:jeg|vi) har aldrig (?:bestilt|købt|tilmeldt (?:mig|os)|bedt om at få)", 0.4),
        (r"hvorfor står der", 0.25),
        (r"I har (?:trukket|opkrævet|hævet) (?:\w+ ){0,3}(?:igen|dobbelt|to gange|for meget|selvom|uden)", 0.4),
        (r"(?:vi|jeg) kommer ikke til at (?:bruge|godkende|acceptere|publicere|lancere|sende \w+ ud) (?:dem|den|det|noget af det|materialet|videoerne|teksterne|billederne)", 0.4),
        (r"(?:er|var) simpelthen (?:forkert|forkerte|ubrugelig\w*|elendig\w*|for ringe)", 0.35),
        (r"ikke (?:det|den|de) (?:[\w-]+,? ){0,2}(?:vi|jeg) (?:briefede|bad om|bestilte|aftalte|betalte for|havde bestilt|havde aftalt|havde bedt om|godkendte)", 0.4),
        (r"(?:forstår ikke|kan ikke forstå|fatter ikke),? (?:hvad|hvorfor|hvordan) (?:der|det) (?:\w+ )?(?:tager|skal tage|kan tage) så lang tid", 0.4),
        (r"(?:forstår ikke|kan ikke forstå|fatter ikke),? at I (?:overhovedet |virkelig |så )?(?:sender|beder om|tager|kræver|fakturerer|vil have|tør)", 0.4),
        (r"er der (?:overhovedet|egentlig|nogensinde) nogen,? (?:der|som) (?:læser|svarer|tjekker|kigger på|ser|gider|tager)", 0.45),
        (r"(?:er|var|virker) (?:\w+ )?(?:kedelige|intetsigende|uinspirerende)", 0.3),
        (r"(?:engagementet|trafikken|salget|omsætningen|rækkevidden|placeringen|konverteringen) (?:er )?(?:\w+ )?(?:faldet|dykket|styrtdykket|gået ned|gået tilbage)", 0.3),
        (r"føler ikke,? (?:at )?I (?:har )?(?:forstået|kender|forstår|lytter|tager os)", 0.35),
    ],
    "repeated_contact": [
        (r"(?:ventet|venter) (?:nu )?(?:i )?(?:\d+|to|tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv|fjorten) (?:dage|uger|måneder|timer) på (?:svar|et svar|en tilbagemelding|besked|en løsning|jer)", 0.45),
        (r"som (?:jeg|vi) (?:nu )?har (?:skrevet|sagt|nævnt|forklaret|bedt om|understreget|gentaget) (?:\w+ ){0,2}(?:gange|før)", 0.4),
    ],
    "doubt": [
        (r"(?:jeg|vi) er (?:\w+ ){0,3}uenig\w* i (?:\w+ ){0,3}(?:anbefaling\w*|forslag\w*|råd\w*|vurdering\w*|konklusion\w*|analyse\w*|strategi\w*|tilgang\w*)", 0.4),
        (r"(?:han|hun|de) siger,? at (?:det|jeres) (?:\w+ ){0,4}(?:er )?(?:ligegyldig\w*|unødvendig\w*|forkert\w*|overflødig\w*|spild|forældet\w*|noget pjat|noget vrøvl|ikke nødvendig\w*)", 0.4),
        (r"(?:lad os|vi|jeg) (?:holde|holder) (?:os |mig )?(?:til|fast i) (?:min|vores|mit|den oprindelige|min egen|vores egen) (?:plan|idé|ide|løsning|version|måde|forslag|design|tekst)", 0.45),
        (r"det er " + _PRT + r"(?:min|vores) (?:virksomhed|forretning|butik|beslutning|penge|firma|brand)", 0.4),
        (r"(?:jeg|vi) har (?:nu )?sagt nej (?:\w+ ){0,2}(?:gange|før|allerede)", 0.45),
        (r"(?:igen|endnu en gang|atter|stadig) (?:foreslår|anbefaler|insisterer|prøver) I", 0.4),
        (r"(?:behøver|har ikke brug for|skal ikke have|gider ikke have) (?:\w+ ){0,4}til at fortælle (?:mig|os)", 0.5),
        (r"(?:ingen|ikke nogen) (?:skal|behøver at) fortælle (?:mig|os),? (?:hvordan|hvad)", 0.5),
        (r"(?:jeg|vi) har (?:selv )?(?:bygget|tegnet|designet|solgt|undervist|programmeret|skrevet|lavet (?:\w+ )?hjemmesider|arbejdet (?:med|som)) (?:\w+ ){0,3}i (?:over |mere end |næsten )?(?:\d+|ti|tolv|femten|tyve|tredive|fyrre|halvtreds|mange) år", 0.3),
        (r"(?:lavet|skrevet|udviklet|udarbejdet|opfundet) af (?:folk|nogen|personer|en),? (?:der|som) (?:aldrig|ikke)", 0.45),
        (r"(?:jeg|vi) (?:tror|mener) (?:godt|nok),? (?:at )?(?:jeg|vi) (?:selv )?kan (?:selv )?(?:vurdere|bedømme|se|afgøre|beslutte|finde ud af)", 0.45),
        (r"(?:jeg|vi) kan (?:godt |sagtens |altså )?selv (?:vurdere|bedømme|afgøre)", 0.35),
        (r"jeres [\w-]+(?: \w+)? er (?:jeg|vi) (?:\w+ )?ligeglad\w* med", 0.45),
        (r"ligeglad\w* med (?:jeres|dine|din) [\w-]*(?:tjekliste|regler|retningslinjer|standarder|best practice|principper|guidelines|statistik\w*|undersøgelse\w*|teori\w*)", 0.45),
        (r"gør (?:det )?nu bare", 0.35),
        (r"(?:tegn|design|sæt|indret|placer|mal|kod|skriv|lav|gør|byg|ret) (?:\w+ ){0,3}?\w+,? (?:præcis |bare |nu )?(?:som|sådan,? som) (?:jeg|vi) (?:har )?(?:bedt om|sagt|skrevet|beskrevet|bestilt|tegnet|sagde|skrev|bad om)", 0.4),
    ],
    "haggling": [
        (r"(?:kan|vil) (?:gå med til|betale|give|acceptere|tilbyde) [\d.,]+", 0.35),
        (r"(?:foreslår|forslag),? (?:at )?(?:vi )?(?:lander|mødes|ender|siger) (?:på|omkring|i midten|på midten)", 0.45), (r"mødes på midten", 0.4),
        (r"så er vi kvit", 0.35), (r"så står vi lige", 0.35),
        (r"(?:synes|mener) (?:\w+ ){0,4}ikke,? at (?:den|det|siden|arbejdet|resultatet|de) er (?:\w+ )?(?:pengene|prisen|det|beløbet|[\d.,]+(?: kr\.?)?) værd(?! at)", 0.4),
        (r"(?:i bund og grund|dybest set|reelt) (?:bare |kun )?(?:en|et) (?:skabelon|template|standardtema|standardløsning|kopi)", 0.35),
        (r"(?:vores|mit|min) (?:sædvanlige|faste|gamle|tidligere) (?:trykkeri|bureau|firma|leverandør|revisor|tømrer|håndværker|fotograf|udvikler|webbureau) (?:\w+ ){0,2}(?:gør|laver|tager|klarer|kan)", 0.4),
    ],
    "pressure": [
        (r"(?:andre|bureauer|konkurrenter|konkurrenten|konkurrenterne|freelancere|firmaer|folk)(?:,? \w+){0,5},? (?:lover|leverer|laver|gør|bygger|klarer|kan) (?:\w+ ){0,3}på (?:en|to|tre|fire|fem|seks|\d+|få) (?:uge|uger|dage|dag|timer)", 0.4),
        (r"hvorfor skal (?:en|et) (?:simpel|simpelt|lille|enkel|enkelt|almindelig|almindeligt) [\w-]+ tage", 0.45),
        (r"(?:vil|skal) (?:vi|jeg) (?:også|desuden|samtidig|derudover) (?:gerne )?have", 0.25),
        (r"(?:skal|vil) (?:vi |jeg )?(?:selvfølgelig|naturligvis|jo|da) også have", 0.35),
        (r"(?:det|den|de|dem) regner (?:jeg|vi) med (?:\w+ )?(?:ligger|er med|hører med|er inkluderet|er indeholdt|indgår) i", 0.45),
        (r"(?:ligger|er med|hører med|indgår|er inkluderet|er indeholdt|er dækket) i (?:det|den pris|prisen),? (?:vi|jeg) (?:allerede )?(?:har )?(?:betalt|betaler|aftalt|aftalte)", 0.45),
        (r"(?:brugt|lagt|betalt) (?:\w+ )?(?:mange penge|en formue|rigtig mange penge|en del penge|en masse penge|mange tusinde kroner) hos jer", 0.35),
    ],
}
_ROUND2_CUES: dict[str, list] = {
    "legal_threat": [
        r"(?:overgiver|overgive|overlader|overlade|sender|sende|giver|give) (?:jeg |vi )?(?:sagen|det|kravet|regningen|fakturaen|hele sagen) (?:videre )?til (?:min|vores|en) (?:advokat|jurist|advokaten)",
        r"(?:min|vores) (?:advokat|jurist) (?:tager over|overtager|får sagen|tager sagen|vil tage sig af (?:den|det|sagen))",
        r"(?:tager|tage) (?:jeg |vi )?(?:det|sagen|den) (?:videre )?(?:op )?med (?:min|vores) (?:advokat|jurist)",
        r"(?:indsigelse|klage) (?:hos|via|gennem|til) (?:min|vores) (?:bank|kortudsteder|kortselskab)",
    ],
    "refund_demand": [
        r"(?:forventer|kræver|kræve|forlanger|forlange|vil have|skal have) (?:at få )?(?:\w+ ){0,3}" + _MONEY + r"(?: \w+){0,4} (?:refunderet|tilbagebetalt|krediteret|godtgjort|tilbageført|returneret|retur|tilbage)",
        r"ønsker (?:at få )?(?:\w+ ){0,3}" + _MONEY + r"(?: \w+){0,4} (?:refunderet|tilbagebetalt|krediteret|godtgjort|tilbageført|returneret|retur|tilbage)",
        r"(?:holder|holde|tilbageholder) (?:vi |jeg )?(?:\w+ ){0,2}(?:betaling|betalingen|restbetalingen|raten|beløbet|pengene|sidste rate) tilbage",
        r"(?:sætter|sætte|sat) (?:vi |jeg )?(?:\w+ )?(?:betalingen|betalingerne|restbetalingen) (?:i bero|på pause|på hold)",
        r"I har (?:trukket|opkrævet|hævet) (?:\w+ ){0,3}(?:igen|dobbelt|to gange|for meget|selvom|uden)", r"(?:det fulde|hele det|det samlede) beløb",
    ],
    "blame": [
        r"det virkede (?:fint|perfekt|upåklageligt|fint nok|glimrende|uden problemer),? (?:før|inden|indtil) (?:I|jeres|han|hun|de|jer|opdateringen|flytningen|ændringen|besøget)",
        r"efter (?:at )?(?:jeres|I) (?:\w+ ){0,2}(?:var her|var forbi|kom forbi|var ude|var inde|rørte ved|pillede ved|har været her)",
        r"hvordan (?:kunne|kan) (?:det|dette|sådan noget|den slags) (?:\w+ )?ske", r"jer(?:,? \w+){0,5},? (?:og )?ikke (?:os|mig)",
        r"(?:det|den|dem|de|fejlen|sådan noget|det her)(?: \w+)? burde I (?:\w+ )?(?:have )?(?:fanget|opdaget|set|testet|tjekket|vidst|sagt|advaret (?:os )?om|rettet|forudset|tænkt på)",
        r"I har aldrig (?:\w+ )?(?:sagt|nævnt|fortalt|advaret|informeret|skrevet|oplyst) (?:et ord|noget|os|mig|om)",
        r"det er " + _PRT + r"jer,? (?:der|som) er (?:eksperterne|de professionelle|fagfolkene|specialisterne|eksperter|fagfolk)",
        r"I er (?:jo|da|trods alt|altså) (?:eksperterne|de professionelle|fagfolkene|specialisterne)",
        r"(?:det er|er) (?:altså |jo |da |sgu |bestemt |overhovedet )?ikke (?:mit|vores|min) (?:problem|ansvar|opgave|job|bord)",
    ],
    "price_pushback": [r"(?:vores|mit|min) (?:sædvanlige|faste|gamle|tidligere) (?:trykkeri|bureau|firma|leverandør|revisor|tømrer|håndværker|fotograf|udvikler|webbureau)"],
    "unrealistic_demand": [
        r"(?:andre|bureauer|konkurrenter|konkurrenten|konkurrenterne|freelancere|firmaer|folk)(?:,? \w+){0,5},? (?:lover|leverer|laver|gør|bygger|klarer|kan) (?:\w+ ){0,3}på (?:en|to|tre|fire|fem|seks|\d+|få) (?:uge|uger|dage|dag|timer)",
        r"hvorfor skal (?:en|et) (?:simpel|simpelt|lille|enkel|enkelt|almindelig|almindeligt) [\w-]+ tage",
    ],
    "scope_creep": [
        r"(?:vil|skal) (?:vi|jeg) (?:også|desuden|samtidig|derudover) (?:gerne )?have", r"(?:skal|vil) (?:vi |jeg )?(?:selvfølgelig|naturligvis|jo|da) også have",
        r"(?:det|den|de|dem) regner (?:jeg|vi) med (?:\w+ )?(?:ligger|er med|hører med|er inkluderet|er indeholdt|indgår) i",
        r"(?:ligger|er med|hører med|indgår|er inkluderet|er indeholdt|er dækket) i (?:det|den pris|prisen),? (?:vi|jeg) (?:allerede )?(?:har )?(?:betalt|betaler|aftalt|aftalte)",
    ],
    "misunderstanding": [
        r"(?:så )?(?:du|I) (?:siger|mener|påstår|skriver) (?:altså|virkelig|nu|faktisk|simpelthen|hermed),? at", r"siger (?:du|I) (?:altså|virkelig|nu|faktisk),? at",
        r"(?:kan|kunne) ikke læse (?:den|det|mailen|din mail|jeres mail|beskeden) på (?:nogen )?anden måde",
        r"hvorfor (?:har I sendt|sender I|får jeg|skal jeg betale for|er jeg blevet opkrævet|opkræver I|fakturerer I) (?:\w+ ){0,3}(?:en |et )?(?:faktura|regning|opkrævning|rykker|gebyr)",
        r"(?:jeg|vi) har aldrig (?:bestilt|købt|tilmeldt (?:mig|os)|bedt om at få)", r"hvorfor står der", r"(?:skal|skulle) betale for at (?:melde|anmelde|rapportere|få rettet|få svar|få hjælp)",
    ],
}
_ROUND2_POSITIVE: list = [
    # patience and joy the first pass lacked (calm corpus: "Der er god tid", a launch cheered in caps)
    (r"(?:der er|vi har|I har|du har) (?:god|rigelig|masser af|rigeligt med) tid", 0.5),
    (r"ser (?:så|helt|vildt|mega|super|virkelig|rigtig|utrolig|pissegodt|fantastisk) (?:godt|flot|fint|lækkert|skønt) ud", 0.4),
    (r"af (?:ren )?glæde", 0.5),
    (r"(?:fået|solgt|modtaget) (?:over |allerede |hele |de første )?\d+ (?:nye )?(?:bestillinger|ordrer|henvendelser|tilmeldinger|bookinger|salg|kunder|leads)", 0.4),
]
for _name, _entries in _ROUND2_SIGNALS.items():
    SIGNALS.setdefault(_name, []).extend(_entries)
for _sid, _entries in _ROUND2_CUES.items():
    SCENARIO_CUES.setdefault(_sid, []).extend(_entries)
POSITIVE.extend(_ROUND2_POSITIVE)

# Round 2, second set (formal B2B mail, consumers, a sarcastic one-liner, loanwords):
# "enten kommer I og ..., eller også ses vi i ankenævnet" (the either-or longer than
# the shared entry reaches), a surveyor's report, "for egen regning", invoices refused
# in plain word order ("vi kan ikke godkende fakturaen", "afventer med betaling"),
# "det var jeres opgave, ikke vores", a price agreed and then taken back ("vi
# accepterede jeres tilbud ..., men"), deadlines moved forward, "småting" with a
# particle, "inden for de aftalte timer", "I følger bare mine skitser".
_ROUND2B_SIGNALS: dict[str, list] = {
    "threat": [
        (r"skønsmand*", 0.45), (r"syn og skøn", 0.45), (r"skønsrapport*", 0.45),
        (r"(?:må|skal|vil) (?:vi|jeg) (?:\w+ )?(?:opsige|ophæve|afbryde|stoppe|annullere|afslutte) (?:aftalen|kontrakten|samarbejdet|abonnementet|ordren|bestillingen|serviceaftalen|retaineren)", 0.45),
    ],
    "ultimatum": [
        # the second half must be a consequence: "enten tirsdag, eller også finder vi en anden dag" is calm
        (r"enten [^.!?]{1,120}?,? eller (?:også |så )?(?:ses vi (?:i retten|i [\w ]{0,30}nævn\w*|hos)|går (?:vi|jeg) (?:et andet sted hen|andre steder hen|videre med sagen|til (?:pressen|advokat\w*))|finder (?:vi|jeg) (?:en anden|et andet|nogle andre|nogen andre|en ny|et nyt)(?! \w*dag| tid| dato| løsning)|skifter (?:vi|jeg)|må vi (?:opsige|stoppe|ophæve|finde en anden|finde et andet|se os om|tage konsekvensen)|stopper vi|opsiger vi|hører I fra)", 0.5),
    ],
    "demand": [
        (r"(?:vil have|kræver|forlanger|forventer|skal have) (?:en |min |mine |vores |et )?(?:fuld |fuldt |komplet )?(?:refund|refundering|refusion)", 0.5),
        (r"(?:laver|lave|retter|rette|udbedrer|udbedre|skifter|skifte|erstatter|erstatte|ordner|ordne) (?:\w+ ){0,3}for egen regning", 0.4),
        (r"(?:vi|jeg) (?:kan|vil) (?:\w+ )?ikke (?:godkende|acceptere|betale|godtage) (?:fakturaen|regningen|beløbet|opkrævningen|den faktura|den regning|denne faktura|denne regning)", 0.45),
        (r"hverken (?:er )?(?:aftalt|godkendt|bestilt|dokumenteret) eller (?:aftalt|godkendt|bestilt|dokumenteret)", 0.4),
        (r"(?:beder|bede) (?:jer|om,? at I) (?:\w+ )?(?:annullere|annullerer|kreditere|krediterer|tilbagekalde|tilbagekalder) (?:den|fakturaen|regningen|beløbet|opkrævningen)", 0.45),
        (r"(?:fremsende|fremsend|udstede|udsted) (?:os )?en kreditnota", 0.35),
        (r"(?:afventer|venter) (?:vi |jeg )?med (?:at betale|betaling\w*|indbetaling\w*)", 0.45),
        (r"(?:går|gå) ud fra,? at I (?:betaler|dækker|refunderer|står for|tager) (?:gebyret|regningen|udgiften|beløbet|skaden|tabet|omkostningerne|bøden|merudgiften)", 0.45),
        (r"(?:ser|se) (?:ikke|ingen) (?:nogen )?grund til,? (?:at )?(?:det|den|de) (?:skulle|skal|bør) koste (?:mere|ekstra|noget)", 0.45),
    ],
    "blame": [
        (r"(?:det var|det er) jeres (?:opgave|ansvar|job),? (?:og )?ikke (?:vores|min|mit)", 0.5),
        (r"fordi (?:\w+ ){0,3}ikke (?:blev|er blevet|var blevet) (?:sendt|indsendt|indberettet|betalt|fornyet|gjort|lavet|leveret|afleveret|registreret|meldt|sikkerhedskopieret)", 0.4),
        (r"hvordan er (?:vi|det) endt (?:med|sådan|her)", 0.4),
    ],
    "anger": [
        (r"allerede (?:gået i stykker|begyndt at (?:rådne|ruste|falde fra hinanden|skalle|revne|lække)|revnet|rådnet|knækket|holdt op med at virke|faldet fra hinanden)", 0.4),
        (r"(?:ikke|ikke ligefrem) (?:nogen )?pæn læsning", 0.35),
        (r"(?:man|du|jeg|vi|alle) (?:selv )?kan (?:finde|få|se) (?:\w+ ){0,3}gratis", 0.35),
        (r"(?:det var|det er) (?:jo |netop )?(?:det|præcis det),? (?:vi|jeg) (?:betalte|har betalt|betaler) (?:jer )?for", 0.4),
        (r"(?:vi|jeg) betaler jer (?:(?:jo|da|trods alt|altså) )?for at (?:levere|lave det|gøre det|løse det|klare det|holde styr på)", 0.4),
        (r"(?:smider|smide|sparker|sparke|kaster|kaste) (?:I )?(?:os|mig) ud", 0.35),
        (r"(?:vi|jeg) har (?:jo |da |altså )?(?:allerede )?betalt (?:for|hele|fuldt)", 0.3),
        (r"(?:skal|må|skulle|måtte) (?:\w+ )?(?:presse på|rykke|jagte jer|tigge|kæmpe|hive i jer) for at få", 0.4),
        (r"halvt (?:færdig\w*|gjort|lavet|leveret)", 0.35), (r"halvfærdig*", 0.35),
        (r"(?:vi|jeg) (?:skal|må|bør) have en (?:alvorlig|seriøs|ærlig) snak", 0.4),
    ],
    "repeated_contact": [
        (r"(?:skrevet|ringet|mailet|rykket|spurgt) (?:\w+ ){0,3}(?:\d+|to|tre|fire|fem|seks) gange", 0.4),
    ],
    "doubt": [
        (r"(?:synes|mener|tror) (?:\w+ )?ikke,? (?:at )?jeres (?:\w+ )?(?:forslag|anbefaling\w*|idé\w*|ide\w*|løsning\w*|design\w*|udkast\w*|strategi\w*|plan\w*) (?:passer|virker|fungerer|holder|giver mening|rammer)", 0.4),
        (r"(?:set|læst|fundet) (?:\w+ ){0,2}på (?:pinterest|instagram|youtube|google|nettet|tiktok|facebook),? hvordan", 0.35),
        (r"I (?:bare|blot|nu bare) (?:følger|gør|laver|bruger|retter jer efter) (?:mine|vores|min|mine egne|vores egne) (?:skitser|tegninger|anvisninger|instruktioner|ønsker|idéer|ideer|tekster|forslag|beskrivelse\w*)", 0.45),
        (r"(?:jeg|vi) ved(?: godt| præcis| udmærket)?,? hvad (?:jeg|vi) vil have(?=\s*[.!])", 0.35),
    ],
    "haggling": [
        (r"(?:accepterede|accepteret|godkendte|godkendt|underskrev|underskrevet|sagde ja til|takkede ja til) (?:\w+ ){0,3}(?:tilbud\w*|pris\w*|aftale\w*|kontrakt\w*)[^!?\n]{0,60}?,? men (?:nu|vores|vi|budgettet|økonomien)", 0.4),
        (r"(?:vi|jeg) kan (?:\w+ )?ikke (?:længere )?forsvare (?:det beløb|beløbet|prisen|den pris|udgiften|at betale)", 0.4),
        (r"(?:budget|budgettet) (?:er )?(?:blevet )?(?:skåret|beskåret|halveret|reduceret|sat ned)", 0.3),
        (r"går ned (?:til|på) [\d.,]+", 0.45),
    ],
    "pressure": [
        (r"(?:fremrykke|fremrykket|fremrykker) (?:lanceringen|deadline\w*|datoen|leveringen|åbningen|fristen|tidsplanen)", 0.35),
        (r"(?:rykke|rykket|rykker) (?:lanceringen|deadline\w*|datoen|leveringen|åbningen|fristen|tidsplanen) frem", 0.35),
        (r"(?:lanceringen|deadline|deadlinen|fristen|datoen|åbningen) (?:er )?(?:blevet )?(?:rykket|flyttet) frem", 0.35),
        (r"(?:skal|må) (?:\w+ ){0,4}(?:være )?(?:klar|færdig\w*|oppe|online|live|på plads|leveret) (?:i weekenden|i nat|i aften|over weekenden|til i morgen|allerede i morgen)", 0.35),
        (r"(?:sætter|sætte) (?:alt|alle kræfter|alle mand|alle ressourcer) ind", 0.4),
        (r"(?:skal|vil) (?:vi|jeg) bare lige have", 0.35),
        (r"(?:klares|klare|laves|lave|gøres|gøre|nås|nå|holdes) (?:\w+ )?inden for (?:de|den|det|vores|samme) (?:aftalte |oprindelige |nuværende )?(?:timer|timeramme|ramme|budget|budgettet|pris|prisen|aftale)", 0.45),
        (r"(?:det er|er) " + _PRT + r"(?:småting|småændringer|detaljer|peanuts|ingenting)", 0.35),
    ],
}
_ROUND2B_CUES: dict[str, list] = {
    "legal_threat": [
        r"skønsmand*", r"syn og skøn", r"skønsrapport*",
        r"(?:laver|lave|bygger|bygge|retter|rette) (?:\w+ ){0,3}om for egen regning",
    ],
    "refund_demand": [
        r"(?:vil have|kræver|forlanger|forventer|skal have) (?:en |min |mine |vores |et )?(?:fuld |fuldt |komplet )?(?:refund|refundering|refusion)",
        r"(?:vi|jeg) (?:kan|vil) (?:\w+ )?ikke (?:godkende|acceptere|betale|godtage) (?:fakturaen|regningen|beløbet|opkrævningen|den faktura|den regning|denne faktura|denne regning)",
        r"hverken (?:er )?(?:aftalt|godkendt|bestilt|dokumenteret) eller (?:aftalt|godkendt|bestilt|dokumenteret)",
        r"(?:beder|bede) (?:jer|om,? at I) (?:\w+ )?(?:annullere|annullerer|kreditere|krediterer|tilbagekalde|tilbagekalder) (?:den|fakturaen|regningen|beløbet|opkrævningen)",
        r"(?:fremsende|fremsend|udstede|udsted) (?:os )?en kreditnota", r"(?:afventer|venter) (?:vi |jeg )?med (?:at betale|betaling\w*|indbetaling\w*)",
        r"(?:går|gå) ud fra,? at I (?:betaler|dækker|refunderer|står for|tager) (?:gebyret|regningen|udgiften|beløbet|skaden|tabet|omkostningerne|bøden|merudgiften)",
    ],
    "blame": [
        r"(?:det var|det er) jeres (?:opgave|ansvar|job),? (?:og )?ikke (?:vores|min|mit)",
        r"fordi (?:\w+ ){0,3}ikke (?:blev|er blevet|var blevet) (?:sendt|indsendt|indberettet|betalt|fornyet|gjort|lavet|leveret|afleveret|registreret|meldt|sikkerhedskopieret)",
        r"hvordan er (?:vi|det) endt (?:med|sådan|her)",
    ],
    "unrealistic_demand": [
        r"(?:fremrykke|fremrykket|fremrykker) (?:lanceringen|deadline\w*|datoen|leveringen|åbningen|fristen|tidsplanen)",
        r"(?:rykke|rykket|rykker) (?:lanceringen|deadline\w*|datoen|leveringen|åbningen|fristen|tidsplanen) frem",
        r"(?:lanceringen|deadline|deadlinen|fristen|datoen|åbningen) (?:er )?(?:blevet )?(?:rykket|flyttet) frem",
        r"(?:skal|må) (?:\w+ ){0,4}(?:være )?(?:klar|færdig\w*|oppe|online|live|på plads|leveret) (?:i weekenden|i nat|i aften|over weekenden|til i morgen|allerede i morgen)",
        r"(?:sætter|sætte) (?:alt|alle kræfter|alle mand|alle ressourcer) ind",
        r"(?:ligger|ligge) (?:\w+ ){0,2}(?:på forsiden|øverst|i toppen|nummer (?:et|ét|1)) (?:af |på |i )?(?:google|søgeresultaterne|når man søger|på)",
        r"forventer at se (?:\w+ )?resultater (?:inden (?:udgangen|slutningen) af (?:måneden|ugen)|inden jul|inden nytår|i denne måned|efter (?:en|to|tre) uger)",
    ],
    "scope_creep": [
        r"(?:skal|vil) (?:vi|jeg) bare lige have",
        r"(?:klares|klare|laves|lave|gøres|gøre|nås|nå|holdes) (?:\w+ )?inden for (?:de|den|det|vores|samme) (?:aftalte |oprindelige |nuværende )?(?:timer|timeramme|ramme|budget|budgettet|pris|prisen|aftale)",
        r"(?:det er|er) " + _PRT + r"(?:småting|småændringer|detaljer|peanuts|ingenting)",
        r"(?:ser|se) (?:ikke|ingen) (?:nogen )?grund til,? (?:at )?(?:det|den|de) (?:skulle|skal|bør) koste (?:mere|ekstra|noget)",
    ],
    "misunderstanding": [r"(?:smider|smide|sparker|sparke|kaster|kaste) (?:I )?(?:os|mig) ud"],
}
_ROUND2B_SIGNALS["pressure"] += [
    (r"(?:ligger|ligge) (?:\w+ ){0,2}(?:på forsiden|øverst|i toppen|nummer (?:et|ét|1)) (?:af |på |i )?(?:google|søgeresultaterne|når man søger|på)", 0.35),
    (r"forventer at se (?:\w+ )?resultater (?:inden (?:udgangen|slutningen) af (?:måneden|ugen)|inden jul|inden nytår|i denne måned|efter (?:en|to|tre) uger)", 0.4),
]
for _name, _entries in _ROUND2B_SIGNALS.items():
    SIGNALS.setdefault(_name, []).extend(_entries)
for _sid, _entries in _ROUND2B_CUES.items():
    SCENARIO_CUES.setdefault(_sid, []).extend(_entries)

# Round 2, third set (a restaurant, a school, a dental clinic, a brewery, an estate
# agent, a sports club; formal "anmoder om en forholdsmæssig tilbagebetaling",
# curt "Hvad er pointen?"): going public with screenshots, "for de penge burde I",
# "jeg ved godt, I normalt skal bruge en uge", "vi er et bryggeri, ikke et apotek",
# "uanset hvad jeres konsulent siger", "et salgstrick", a cancelled booking billed
# anyway, "vi ikke er en prioritet for jer".
_ROUND2C_SIGNALS: dict[str, list] = {
    "threat": [
        (r"(?:lægger|lægge|poster|poste|deler|dele|offentliggør|offentliggøre) (?:jeg |vi )?(?:det hele|hele historien|hele forløbet|skærmbillederne|screenshots|billederne|mailene|korrespondancen) (?:ud )?(?:på|til) (?:min|vores|de sociale|facebook|linkedin|instagram|tiktok|nettet)", 0.5),
        (r"(?:fortæller|fortælle) (?:jeg |vi )?(?:præcis|alle|alle og enhver|offentligt),? (?:hvem|hvordan|hvad) (?:der|I)", 0.45),
        (r"(?:taget|gemt) (?:screenshots|skærmbilleder|skærmbillede) af (?:det hele|alt|hele|samtalen|opslaget|jeres)", 0.35),
    ],
    "ultimatum": [
        (r"hvis ikke (?:\w+ ){0,4}(?:er|bliver|ligger) (?:\w+ ){0,3}(?:væk|fjernet|slettet|rettet|løst|på plads|betalt|tilbage|online|oppe) [^.!?]{0,40}(?:i dag|i morgen|inden|senest)", 0.45),
    ],
    "demand": [
        (r"(?:forventer|kræver|forlanger|vil have|skal have) (?:fuld |en |økonomisk |fuld økonomisk )?erstatning", 0.5),
        (r"(?:forventer|kræver|forlanger|vil have|skal have) (?:et |en )?(?:afslag|nedslag|reduktion|godtgørelse) (?:på|i) (?:\w+ ){0,3}(?:leje\w*|regning\w*|faktura\w*|abonnement\w*|betaling\w*|pris\w*|kontingent\w*|husleje\w*|lagerleje\w*|licens\w*)", 0.45),
        (r"(?:anmoder|anmode|beder|bede) (?:hermed )?om (?:en )?(?:forholdsmæssig |delvis |fuld |hel )?(?:tilbagebetaling|refusion|refundering|kreditering|kompensation|godtgørelse|nedslag|afslag)", 0.4),
        (r"forholdsmæssig\w* (?:tilbagebetaling|refusion|nedslag|afslag|reduktion|kompensation|godtgørelse)", 0.45),
    ],
    "blame": [
        (r"forsvundet (?:fra|hos) (?:jer|jeres)", 0.4),
    ],
    "anger": [
        (r"griner (?:ad|af) (?:os|mig)", 0.4),
        (r"(?:været )?ude af drift", 0.3),
        (r"betalt (?:[\w.,]+ ){0,6}(?:for|til) (?:en|et) [\w-]+,? (?:der|som) (?:ikke virker|ikke fungerer|har været (?:nede|ude af drift)|aldrig virker)", 0.4),
        (r"I (?:sagde|skrev|lovede|påstod),? (?:at )?(?:det|den|de) (?:ville|skulle) (?:tage|være|koste|blive)", 0.35),
        (r"(?:patienterne|kunderne|gæsterne|brugerne|eleverne|medlemmerne|forældrene|beboerne) kan (?:stadig )?ikke (?:bestille|booke|logge ind|betale|handle|tilmelde sig|komme ind|se)", 0.35),
        (r"(?:jeg|vi) (?:forventede|regnede med|troede)(?:,? \w+){0,3},? at [^.!?]{0,60}(?:ville|skulle)", 0.3),
        (r"(?:der er )?ikke kommet (?:én|en|et|ét|nogen|en eneste) (?:ekstra |ny |nye )?(?:gæst|gæster|kunde|kunder|lead|leads|henvendelse|henvendelser|ordre|ordrer|salg|følger|følgere|bestilling|bestillinger)", 0.4),
        (r"(?:vi|jeg) (?:aflyste|afbestilte|annullerede|opsagde) (?:\w+ ){0,3}(?:skriftligt|i god tid|for længe siden|allerede)", 0.35),
        (r"hvorfor er (?:prisen|regningen|beløbet|abonnementet|fakturaen|timeprisen) (?:pludselig |nu |så )?(?:steget|højere|blevet dyrere|ændret|en anden)", 0.4),
        (r"svært ved at (?:pege på|nævne|finde) (?:noget|én ting|en ting) (?:\w+ ){0,2}(?:konkret|værdifuldt|vi har fået)", 0.4),
        (r"(?:rapporterne|rapporten|møderne|tallene|analysen|statistikken) (?:\w+ )?siger (?:ikke rigtig noget|ingenting|intet|ikke noget)", 0.35),
        (r"(?:ikke|aldrig) (?:er )?(?:en )?prioritet (?:for|hos) jer", 0.4),
        (r"(?:ærlig talt|ærligt talt|virkelig|dybt|meget|utrolig|enormt) skuffende", 0.5),
        (r"(?:store|høje) forventninger,? men", 0.35),
        (r"lukker (?:min|vores) (?:sag|henvendelse|ticket|tickets|anmodning|fejlmelding) uden at (?:løse|svare|gøre|rette)", 0.45),
        (r"hvad er (?:pointen|meningen)(?: med det)?\?", 0.35),
        (r"ingen af (?:dem|os) kunne lide", 0.35),
    ],
    "repeated_contact": [
        (r"det er nu (?:\d+|to|tre|fire|fem|seks|syv|otte|ni|ti) (?:dage|uger|måneder) siden", 0.35),
        (r"(?:anden|tredje|fjerde|femte|sjette) gang (?:denne|på en|i denne|i år|i dag) (?:uge|måned|år|dag)?", 0.4),
    ],
    "doubt": [
        (r"(?:gå|gå bare|lad os gå|vi går|I går) tilbage til (?:det|den|de|vores) (?:gamle|oprindelige|første|forrige|tidligere) (?:design|udtryk|logo|layout|version|farver|tekster|tekst|skrifttype|font|forside|forslag|koncept|look)", 0.4),
        (r"ligeglad\w* med (?:\w+)?(?:trends|tendenser|best practice|regler|teori|teorier|retningslinjer|standarder)", 0.45),
        (r"vist (?:\w+ ){0,3}til (?:vores|mine|min) (?:stamkunder|kunder|medarbejdere|personale|bestyrelse|kollegaer)", 0.3),
        (r"(?:vi|jeg) er (?:et|en) [\w-]+,? ikke (?:et|en) [\w-]+(?=\s*[.!])", 0.4),
        (r"uanset hvad (?:jeres|I|du|din|dine|de) (?:\w+ )?(?:siger|mener|anbefaler|skriver|synes|foreslår)", 0.45),
        (r"ikke tænkt (?:mig|os) at (?:flytte|skifte|ændre|følge|bruge|lave om|opgradere|implementere|installere|droppe)", 0.35),
        (r"(?:i|gennem) (?:\d+|mange|ti|tyve|femten|tredive) år uden (?:problemer|at|nogen)", 0.35),
        (r"klaret os (?:fint|glimrende|udmærket|godt) uden", 0.4),
        (r"salgstrick*", 0.45), (r"salgsgas", 0.45), (r"salgssnak", 0.4),
    ],
    "haggling": [
        (r"(?:mere|dyrere) end (?:min|vores|en) (?:advokat|revisor|tandlæge|læge|elektriker|konsulent|mekaniker) (?:tager|koster)", 0.45),
        (r"(?:taget|tager|fakturerer|fakturerede) [\d.,]+ ?(?:kr\.? )?(?:i timen|pr\.? time|per time|i timeløn)", 0.35),
        (r"(?:jeg|vi) betaler [\d.,]+ ?(?:kr\.? )?(?:i timen|pr\.? time|per time)", 0.45),
    ],
    "pressure": [
        (r"(?:jeg ved godt|jeg er klar over|vi ved godt),? (?:at )?I (?:normalt|plejer|sædvanligvis|typisk) (?:\w+ ){0,3}(?:bruge|tage|skal bruge|har brug for|at bruge)", 0.45),
        (r"(?:jeg|vi) forventer,? at (?:alt|det hele|siden|det|de|den) er (?:online|live|færdig\w*|leveret|klar) (?:\w+ )?(?:på |senest |inden )?(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|i morgen|i aften|i dag)", 0.4),
        (r"for de penge (?:burde|bør|må|skulle|kunne) (?:I|man|vi)", 0.45),
        (r"(?:mindst|minimum|over) [\d.,]+ (?:nye )?(?:følgere|kunder|leads|gæster|besøgende|salg|henvendelser) (?:om|hver|pr\.?|per|på en) (?:måned|uge|dag|måneden|ugen)", 0.35),
        (r"(?:må|bør|skal) (?:jo |vel |da )?(?:ligge|være|falde) inden for (?:rammen|budgettet|prisen|aftalen|det aftalte)", 0.45),
        (r"(?:bare|blot|kun) (?:en )?kopi(?:er)? af (?:den samme|samme|den|de)", 0.35),
        (r"(?:sider|undersider|produkter|moduler|sprog|skabeloner) (?:mere|ekstra|oveni)", 0.3),
    ],
}
_ROUND2C_CUES: dict[str, list] = {
    "legal_threat": [
        r"(?:lægger|lægge|poster|poste|deler|dele|offentliggør|offentliggøre) (?:jeg |vi )?(?:det hele|hele historien|hele forløbet|skærmbillederne|screenshots|billederne|mailene|korrespondancen) (?:ud )?(?:på|til) (?:min|vores|de sociale|facebook|linkedin|instagram|tiktok|nettet)",
        r"(?:fortæller|fortælle) (?:jeg |vi )?(?:præcis|alle|alle og enhver|offentligt),? (?:hvem|hvordan|hvad) (?:der|I)",
    ],
    "refund_demand": [
        r"(?:forventer|kræver|forlanger|vil have|skal have) (?:fuld |en |økonomisk |fuld økonomisk )?erstatning",
        r"(?:forventer|kræver|forlanger|vil have|skal have) (?:et |en )?(?:afslag|nedslag|reduktion|godtgørelse) (?:på|i) (?:\w+ ){0,3}(?:leje\w*|regning\w*|faktura\w*|abonnement\w*|betaling\w*|pris\w*|kontingent\w*|husleje\w*|lagerleje\w*|licens\w*)",
        r"(?:anmoder|anmode|beder|bede) (?:hermed )?om (?:en )?(?:forholdsmæssig |delvis |fuld |hel )?(?:tilbagebetaling|refusion|refundering|kreditering|kompensation|godtgørelse|nedslag|afslag)",
        r"forholdsmæssig\w* (?:tilbagebetaling|refusion|nedslag|afslag|reduktion|kompensation|godtgørelse)",
    ],
    "blame": [r"forsvundet (?:fra|hos) (?:jer|jeres)"],
    "unrealistic_demand": [
        r"(?:jeg ved godt|jeg er klar over|vi ved godt),? (?:at )?I (?:normalt|plejer|sædvanligvis|typisk) (?:\w+ ){0,3}(?:bruge|tage|skal bruge|har brug for|at bruge)",
        r"for de penge (?:burde|bør|må|skulle|kunne) (?:I|man|vi)",
        r"(?:mindst|minimum|over) [\d.,]+ (?:nye )?(?:følgere|kunder|leads|gæster|besøgende|salg|henvendelser) (?:om|hver|pr\.?|per|på en) (?:måned|uge|dag|måneden|ugen)",
    ],
    "scope_creep": [
        r"(?:må|bør|skal) (?:jo |vel |da )?(?:ligge|være|falde) inden for (?:rammen|budgettet|prisen|aftalen|det aftalte)",
        r"(?:bare|blot|kun) (?:en )?kopi(?:er)? af (?:den samme|samme|den|de)",
        r"(?:sider|undersider|produkter|moduler|sprog|skabeloner) (?:mere|ekstra|oveni)",
    ],
    "misunderstanding": [
        r"(?:vi|jeg) (?:aflyste|afbestilte|annullerede|opsagde) (?:\w+ ){0,3}(?:skriftligt|i god tid|for længe siden|allerede)",
        r"hvorfor er (?:prisen|regningen|beløbet|abonnementet|fakturaen|timeprisen) (?:pludselig |nu |så )?(?:steget|højere|blevet dyrere|ændret|en anden)",
        r"forstår ikke (?:denne|den her|den) (?:rykker|faktura|regning|opkrævning|mail|besked|gebyr)",
        r"hvorfor skal (?:jeg|vi) betale for (?:noget|en|et|det),? (?:vi|jeg) (?:aldrig|ikke|aflyste|afbestilte|har aflyst)",
    ],
}
_ROUND2C_SIGNALS["anger"] += [
    (r"forstår ikke (?:denne|den her|den) (?:rykker|faktura|regning|opkrævning|mail|besked|gebyr)", 0.3),
]
for _name, _entries in _ROUND2C_SIGNALS.items():
    SIGNALS.setdefault(_name, []).extend(_entries)
for _sid, _entries in _ROUND2C_CUES.items():
    SCENARIO_CUES.setdefault(_sid, []).extend(_entries)

# Round 2, breadth: common Danish complaint idioms written down from the language
# rather than from a batch (the held-out mail is someone else's): rhetorical
# "hvorfor har I ikke ...", "stadig ikke fået", "ikke engang en undskyldning",
# "er I seriøse?", "det er på tide, at I ...", "ikke sådan, man behandler kunder",
# formal "yderst beklageligt, at I", "kritisabelt", "reklamation"; authorities
# (Datatilsynet, klagenævn); invoices refused and double-billed; prices to be
# cut; work to be done in a day; "uden at det koster noget"; "jeres mail siger, at".
_ROUND2D_SIGNALS: dict[str, list] = {
    "threat": [
        (r"datatilsyn*", 0.5), (r"klagenævn*", 0.5), (r"håndværkerklagenævn*", 0.55),
        (r"(?:anmelde|anmelder|indberette|indberetter) (?:\w+ )?(?:jer|det|sagen|forholdet|bruddet|hændelsen|læk\w*) til", 0.5),
        (r"(?:skriver|skrive|laver|lave) (?:et )?(?:opslag|indlæg) (?:om jer|om det her|om forløbet|om oplevelsen|om jeres)", 0.45),
        (r"(?:jeg|vi) (?:er|bliver) nødt til at (?:tage (?:sagen|det) videre|gå videre med (?:sagen|det)|kontakte (?:min|vores) (?:advokat|bank)|klage|eskalere|finde en anden (?:leverandør|partner|udbyder|løsning)|se os om efter)", 0.45),
    ],
    "ultimatum": [
        (r"(?:inden for|indenfor) (?:24|48|72) timer", 0.3),
        (r"det er (?:på )?(?:høje )?tide,? (?:at )?I", 0.35),
        (r"er det for meget (?:at bede om|forlangt)", 0.45),
    ],
    "demand": [
        (r"(?:jeg|vi) (?:vil|skal) have (?:en )?(?:løsning|svar|forklaring|undskyldning|tilbagemelding)(?=\s*[.!])", 0.4),
        (r"(?:afviser|afvist|returnerer|returneret) (?:\w+ )?(?:fakturaen|regningen|faktura\w*)", 0.45),
        (r"(?:have|få) (?:mine|vores) penge igen", 0.45),
        # (German "Reklamation" is the same word: only the Danish article or possessive before it)
        (r"(?:en|min|vores|denne|som|hermed) reklamation*", 0.4), (r"reklamerer (?:hermed )?over", 0.4),
    ],
    "blame": [
        (r"I har lavet en (?:\w+ )?(?:fejl|bommert|brøler)", 0.45), (r"fejl (?:fra|på|hos) jeres side", 0.4),
        (r"(?:forårsaget|skabt|udløst|fremkaldt) af (?:jer|jeres)", 0.45), (r"I har (?:\w+ )?(?:forårsaget|skabt|udløst)", 0.45),
    ],
    "insult": [
        (r"(?:gået fra forstanden|fra sans og samling)", 0.5), (r"grotesk*", 0.45),
    ],
    "anger": [
        (r"hvorfor (?:har|er|kan|gør|svarer|sender|skal|vil) I (?:\w+ ){0,3}(?:ikke|aldrig)", 0.35),
        (r"(?:meget|virkelig|dybt|utrolig|enormt) kede? af (?:den måde|forløbet|det her|at I|jeres)", 0.35),
        (r"hvordan kan I (?:finde på|forsvare|mene|tro|tillade|være så)", 0.45),
        (r"begynder at (?:blive|være) (?:\w+ )?(?:træt|trætte|irriteret|irriterede|utålmodig|utålmodige|frustreret|frustrerede|sur|sure|bekymret|bekymrede)", 0.4),
        (r"seriøst\?", 0.35), (r"er I seriøse", 0.45),
        (r"det kan (?:da |simpelthen |bare )?ikke være rigtigt", 0.4),
        (r"ikke sådan,? man behandler", 0.45),
        (r"(?:jeg|vi) (?:vil|må) (?:gerne |hermed )?klage over", 0.35), (r"(?:jeg|vi) klager hermed", 0.45),
        (r"mildt sagt", 0.35),
        (r"(?:det er|er) (?:simpelthen |bare |altså )?(?:for|alt for) ringe", 0.45),
        (r"skandaløs*", 0.5), (r"skammelig*", 0.5), (r"forfærdelig*", 0.35), (r"kritisabel*", 0.45),
        (r"utilfredsstillende", 0.4), (r"ikke (?:\w+ )?tilfredsstillende", 0.4), (r"mangelfuld*", 0.35), (r"utilstrækkelig*", 0.35),
        (r"(?:yderst|meget|dybt|særdeles) beklageligt,? at (?:I|vi|jeres|der)", 0.4),
        (r"hvad (?:tænker|tænkte) I (?:egentlig |dog |overhovedet )?på\?", 0.45),
        (r"ikke engang (?:svaret|ringet|skrevet|sagt undskyld|undskyldt|kigget|læst|åbnet|reageret|sagt noget)", 0.4),
        (r"ikke så meget som (?:en|et|én|ét) (?:undskyldning|svar|opkald|mail|besked|ord)", 0.45),
        (r"(?:ikke|ingen) (?:engang )?(?:en )?undskyldning(?=\s*[.!?,])", 0.4),
        (r"endnu en (?:fejl|undskyldning|bortforklaring|regning|faktura|udskydelse|ny deadline)", 0.35),
        (r"(?:kan|gider) I ikke engang", 0.45),
    ],
    "sarcasm": [
        (r"man skulle (?:næsten )?tro,? (?:at )?(?:I|det|der)", 0.35),
    ],
    "repeated_contact": [
        (r"(?:stadig|endnu|fortsat) ikke (?:\w+ )?(?:fået|modtaget|set|hørt|løst|rettet|leveret|svaret|fikset|betalt|refunderet)", 0.4),
        (r"nu har (?:jeg|vi) ventet", 0.4),
    ],
    "absolute": [
        (r"hver (?:evig )?gang (?:vi|jeg|I|der)", 0.3),
    ],
    "escalation": [
        (r"(?:min|vores) (?:chef|direktør|ledelse|bestyrelse|ejer|økonomichef) er (?:\w+ )?(?:ikke (?:\w+ )?(?:glad|tilfreds|imponeret)|rasende|vred|utilfreds|sur|træt)", 0.4),
        (r"(?:jeg|vi) har (?:talt|snakket) med (?:min|vores) (?:chef|direktør|ledelse|bestyrelse) om (?:det|sagen|jer|forløbet|samarbejdet)", 0.35),
    ],
    "icy_politeness": [
        (r"(?:undskyld|beklager),? men (?:det|hvad|hvordan|hvorfor) ", 0.25),
    ],
    "haggling": [
        (r"(?:dyrere|højere) end (?:aftalt|tilbudt|sidst|sidste år|det aftalte|tilbuddet)", 0.4),
        (r"(?:sænke|sænker|sænk|reducere|reducer|nedsætte|nedsæt) (?:\w+ )?(?:prisen|timeprisen|beløbet|regningen|abonnementet|honoraret)", 0.4),
    ],
    "pressure": [
        (r"(?:skal|må) (?:\w+ ){0,4}(?:laves|gøres|klares|bygges|være klar|være færdig\w*|leveres|være oppe) (?:på|inden for|i løbet af) (?:én|en|to|tre|24|48) (?:dag|dage|timer|døgn)", 0.4),
        (r"for den pris (?:forventer|må|burde|skal|kan) (?:jeg|vi|man|I)", 0.4),
        (r"(?:garanterer|garanti for|lovede os|lovet os) (?:\w+ )?(?:resultater|placering\w*|salg|flere kunder|top \w+|førstepladsen)", 0.35),
        (r"uden at det (?:skal )?koste(?:r)? (?:os |mig )?(?:noget|ekstra|mere|en krone)", 0.45),
        (r"(?:det|den|de) (?:må|bør|burde) (?:da |vel |jo )?være (?:med|inkluderet|inklusiv|indeholdt)", 0.45),
    ],
}
_ROUND2D_CUES: dict[str, list] = {
    "legal_threat": [
        r"datatilsyn*", r"klagenævn*", r"håndværkerklagenævn*",
        r"(?:anmelde|anmelder|indberette|indberetter) (?:\w+ )?(?:jer|det|sagen|forholdet|bruddet|hændelsen|læk\w*) til",
        r"(?:skriver|skrive|laver|lave) (?:et )?(?:opslag|indlæg) (?:om jer|om det her|om forløbet|om oplevelsen|om jeres)",
        r"(?:jeg|vi) (?:er|bliver) nødt til at (?:tage (?:sagen|det) videre|gå videre med (?:sagen|det)|kontakte (?:min|vores) advokat)",
    ],
    "refund_demand": [
        r"(?:afviser|afvist|returnerer|returneret) (?:\w+ )?(?:fakturaen|regningen|faktura\w*)", r"overfakturer*",
        # (the sender billed twice, not their customers: "kunder, der er blevet trukket to gange" is blame)
        r"dobbeltfakturer*", r"(?:I har|har I) (?:\w+ )?(?:trukket|faktureret|opkrævet) (?:\w+ ){0,2}(?:to gange|dobbelt)",
        r"(?:jeg|vi) (?:er blevet|blev|er) (?:\w+ )?(?:trukket|faktureret|opkrævet) (?:\w+ )?(?:to gange|dobbelt)",
        r"(?:have|få) (?:mine|vores) penge igen", r"(?:en|min|vores|denne|som|hermed) reklamation*", r"reklamerer (?:hermed )?over",
    ],
    "blame": [
        r"I har lavet en (?:\w+ )?(?:fejl|bommert|brøler)", r"fejl (?:fra|på|hos) jeres side",
        r"(?:forårsaget|skabt|udløst|fremkaldt) af (?:jer|jeres)", r"I har (?:\w+ )?(?:forårsaget|skabt|udløst)",
    ],
    "unrealistic_demand": [
        r"(?:skal|må) (?:\w+ ){0,4}(?:laves|gøres|klares|bygges|være klar|være færdig\w*|leveres|være oppe) (?:på|inden for|i løbet af) (?:én|en|to|tre|24|48) (?:dag|dage|timer|døgn)",
        r"for den pris (?:forventer|må|burde|skal|kan) (?:jeg|vi|man|I)",
        r"(?:garanterer|garanti for|lovede os|lovet os) (?:\w+ )?(?:resultater|placering\w*|salg|flere kunder|top \w+|førstepladsen)",
    ],
    "scope_creep": [
        r"uden at det (?:skal )?koste(?:r)? (?:os |mig )?(?:noget|ekstra|mere|en krone)",
        r"(?:det|den|de) (?:må|bør|burde) (?:da |vel |jo )?være (?:med|inkluderet|inklusiv|indeholdt)",
    ],
    "misunderstanding": [
        r"(?:jeres|din) (?:mail|besked|faktura|kontrakt|tilbud|hjemmeside|opslag|nyhedsbrev) (?:siger|skriver|påstår|antyder),? at",
        r"hvor står (?:det|der det)\?",
    ],
}
_ROUND2D_SIGNALS["anger"] += [
    (r"(?:jeres|din) (?:mail|besked|faktura|kontrakt|tilbud|hjemmeside|opslag|nyhedsbrev) (?:siger|skriver|påstår|antyder),? at", 0.3),
    (r"hvor står (?:det|der det)\?", 0.35),
    (r"overfakturer*", 0.4),
    (r"dobbeltfakturer*", 0.4), (r"faktureret (?:os |mig )?(?:to gange|dobbelt)", 0.4),
]
for _name, _entries in _ROUND2D_SIGNALS.items():
    SIGNALS.setdefault(_name, []).extend(_entries)
for _sid, _entries in _ROUND2D_CUES.items():
    SCENARIO_CUES.setdefault(_sid, []).extend(_entries)

# Round 2, a fourth set (scored before these were written: 10/20 heated at 0.5):
# veiled threats ("jeg har ingen problemer med at fortælle mit netværk", "tænk over
# det, før I svarer", "ellers er valget nemt"), "ikke tænkt os at betale
# honoraret", "sendt ... til den forkerte modtager", an agreed amount taken back
# ("vi sagde ja til 40.000, men ... 25.000 er mere passende"), "prisen må vel være
# den samme", "I må også lige klare lyset", sarcastic thanks ("tak for endnu en
# forsinket rapport", "det er blevet en tradition").
_ROUND2E_SIGNALS: dict[str, list] = {
    "threat": [
        # "ingen problemer med at ..." is a veiled threat, and its words are no longer read as politeness
        # ("ingen problemer med at dele vores erfaringer med jer i en case" is calm: only what harms us)
        (r"ingen problemer med at (?:fortælle (?:alle|andre|mit netværk|vores netværk|offentligt|det videre)|dele (?:det|min oplevelse|vores oplevelse|historien|sagen|forløbet) (?:med (?:andre|alle|mit netværk|vores netværk|offentligheden)|offentligt|på)|gå (?:til pressen|videre med sagen|rettens vej)|tage (?:sagen|den|det) videre|kontakte (?:en|min|vores) advokat|anmelde|advare)", 0.45),
        (r"(?:forbindelser|følgere|kontakter) (?:i branchen|på linkedin|på facebook|på instagram)", 0.3),
        (r"(?:ellers|så) er valget (?:nemt|let|enkelt|truffet)", 0.45),
    ],
    "ultimatum": [
        (r"tænk (?:\w+ )?over det,? (?:før|inden) I (?:svarer|gør|beslutter|sender)", 0.45),
    ],
    "demand": [
        (r"ikke tænkt (?:mig|os) at betale (?:\w+ ){0,4}(?:honorar\w*|faktura\w*|regning\w*|rest\w*|rate\w*|beløb\w*|halvdel\w*|den|det|dem)", 0.5),
    ],
    "blame": [
        (r"I har (?:\w+ ){0,4}(?:sendt|givet|lagt|udleveret|delt|videresendt|mailet) (?:\w+ ){0,4}til (?:den |de |en )?(?:forkerte|forkert)", 0.45),
        (r"kan ske (?:hos|for) (?:et|en|jer)", 0.3),
    ],
    "anger": [
        (r"(?:kan|kunne) (?:simpelthen |overhovedet |slet )?ikke bruges(?=\s*[.!])", 0.35),
        (r"I (?:forsikrede|garanterede|lovede|bedyrede) (?:os|mig)(?: om)?,? at", 0.4),
        (r"(?:trafik|trafikken|omsætning|omsætningen|salget|salg|besøgstal|besøgstallet|placeringer|placeringerne|konverteringen) (?:er )?(?:\w+ )?(?:faldet|dykket|styrtdykket|halveret) med", 0.35),
        (r"(?:i )?jeres (?:tilbud|kontrakt|aftale|mail|faktura|hjemmeside|ordrebekræftelse) står der", 0.3),
        (r"hvordan hænger det sammen\?", 0.35),
        (r"(?:og )?nu sender I (?:os |mig )?(?:en )?(?:regning|faktura|rykker)", 0.35),
    ],
    "sarcasm": [
        (r"tak for endnu en (?:\w+ )?(?:forsinket|forsinkelse|fejl|rykker|regning|undskyldning|aflysning|udskydelse)", 0.5),
        (r"(?:er )?(?:efterhånden |nærmest |ved at blive )?blevet en (?:tradition|vane|fast rutine)", 0.45),
    ],
    "haggling": [
        (r"(?:sagde ja til|gik med til|accepterede|godkendte|aftalte|blev enige om) [\d.,]+(?: ?kr\.?| kroner)?,? men", 0.45),
        (r"(?:synes|mener)(?: vi| jeg)?,? (?:at )?[\d.,]+ (?:kr\.? )?(?:er|var) (?:mere |langt mere )?(?:passende|rimeligt|rimelig|fair|realistisk)", 0.45),
        (r"hvor lidt der (?:\w+ )?(?:skal laves|er lavet|bliver lavet|er i det)", 0.35),
        (r"(?:et|en) (?:andet|anden) " + _AGENCY + r" (?:har )?(?:tilbudt|tilbød) (?:os|mig)", 0.45),
        (r"for [\d.,]+ (?:kr\.? )?(?:mindre|billigere)", 0.4),
        (r"(?:skal|må) I (?:også )?matche (?:prisen|tilbuddet|det|deres)", 0.45),
    ],
    "pressure": [
        (r"(?:havde )?(?:selvfølgelig|naturligvis|da) forventet,? at I (?:også|selv)", 0.45),
        (r"(?:købte|bestilte|valgte) (?:den )?(?:lille|mindste|billigste|basis) ?pakke", 0.3),
        (r"(?:prisen|det) må (?:vel|da|jo) (?:være|blive) den samme", 0.45), (r"det er (?:jo |da )?(?:det )?samme projekt", 0.35),
        (r"(?:har )?(?:nu )?tilføjet (?:\w+ ){0,3}(?:ekstra |nye )?(?:bilag|sider|afsnit|kapitler|produkter|funktioner)", 0.3),
        (r"I må (?:også|lige|også lige) (?:lige )?(?:klare|lave|ordne|tage|fixe|sætte)", 0.4),
        (r"kan (?:da |vel |jo )?ikke være (?:så )?(?:stor|stort) (?:en )?(?:ting|sag|opgave|arbejde)", 0.4),
        (r"(?:vi|jeg) (?:kun|bare) (?:har )?(?:bestilte|bestilt|købte|købt|bad om) [^.!?]{1,30},? men", 0.4),
    ],
}
_ROUND2E_CUES: dict[str, list] = {
    "legal_threat": [
        r"ingen problemer med at (?:fortælle (?:alle|andre|mit netværk|vores netværk|offentligt|det videre)|dele (?:det|min oplevelse|vores oplevelse|historien|sagen|forløbet) (?:med (?:andre|alle|mit netværk|vores netværk|offentligheden)|offentligt|på)|gå (?:til pressen|videre med sagen|rettens vej)|kontakte (?:en|min|vores) advokat|anmelde|advare)",
    ],
    "refund_demand": [r"ikke tænkt (?:mig|os) at betale (?:\w+ ){0,4}(?:honorar\w*|faktura\w*|regning\w*|rest\w*|rate\w*|beløb\w*|halvdel\w*)"],
    "blame": [r"I har (?:\w+ ){0,4}(?:sendt|givet|lagt|udleveret|delt|videresendt|mailet) (?:\w+ ){0,4}til (?:den |de |en )?(?:forkerte|forkert)", r"kan ske (?:hos|for) (?:et|en|jer)"],
    "unrealistic_demand": [r"(?:købte|bestilte|valgte) (?:den )?(?:lille|mindste|billigste|basis) ?pakke"],
    "scope_creep": [
        r"(?:havde )?(?:selvfølgelig|naturligvis|da) forventet,? at I (?:også|selv)",
        r"(?:prisen|det) må (?:vel|da|jo) (?:være|blive) den samme", r"det er (?:jo |da )?(?:det )?samme projekt",
        r"(?:har )?(?:nu )?tilføjet (?:\w+ ){0,3}(?:ekstra |nye )?(?:bilag|sider|afsnit|kapitler|produkter|funktioner)",
        r"I må (?:også|lige|også lige) (?:lige )?(?:klare|lave|ordne|tage|fixe|sætte)",
        r"kan (?:da |vel |jo )?ikke være (?:så )?(?:stor|stort) (?:en )?(?:ting|sag|opgave|arbejde)",
        r"(?:vi|jeg) (?:kun|bare) (?:har )?(?:bestilte|bestilt|købte|købt|bad om) [^.!?]{1,30},? men",
    ],
    "misunderstanding": [
        r"(?:i )?jeres (?:tilbud|kontrakt|aftale|mail|faktura|hjemmeside|ordrebekræftelse) står der", r"hvordan hænger det sammen\?",
        r"(?:og )?nu sender I (?:os |mig )?(?:en )?(?:regning|faktura|rykker)",
    ],
}
for _name, _entries in _ROUND2E_SIGNALS.items():
    SIGNALS.setdefault(_name, []).extend(_entries)
for _sid, _entries in _ROUND2E_CUES.items():
    SCENARIO_CUES.setdefault(_sid, []).extend(_entries)

# Round 2, a fifth set (scored before these were written: 7/20 heated at 0.5, the
# same as before round 2 - the earlier sets' families did not carry over, so these
# are kept general): "den må være kommet ind hos jer", "I har ændret ... uden at
# spørge", "skære 20 % af honoraret", "hvorvidt samarbejdet giver mening",
# "45.000 for et logo??", "er I sindssyge?", "I har jo flere folk", "jeg forventede
# mindst en fordobling", "hvad er det, vi betaler for?", "kan ikke se, at det
# skulle koste mere", "min rådgiver siger noget helt andet", "stoler mere på ham",
# "træt af at høre om", "den skal blive, som den er", "jeg forstod jeres mail
# sådan, at", "vildledende", "betyder det, at vi bliver smidt af?", "det havde jeg
# aldrig forventet af jer", "det kan vi ikke blive ved med".
_ROUND2F_SIGNALS: dict[str, list] = {
    "threat": [
        (r"(?:hvorvidt|om) samarbejdet (?:\w+ )?(?:giver mening|skal fortsætte|kan fortsætte|har en fremtid)", 0.45),
    ],
    "ultimatum": [
        (r"(?:det|sådan) kan (?:vi|jeg) ikke (?:blive ved med|fortsætte med|leve med)", 0.45),
    ],
    "demand": [
        (r"(?:forventer|kræver),? at I (?:\w+ ){0,2}(?:trykker|laver|gør|bygger|skriver|optager|filmer|syr|maler|sætter) (?:\w+ ){0,2}om", 0.45),
        (r"I har jo (?:flere|mange|nok|masser af) (?:folk|medarbejdere|oversættere|udviklere|designere|ressourcer|hænder|konsulenter)", 0.35),
        (r"(?:jeg|vi) kan ikke se,? (?:at|hvorfor) det (?:skulle|skal) (?:koste|give anledning|udløse|betyde)", 0.45),
    ],
    "blame": [
        (r"(?:må|skal) (?:være )?(?:kommet|sket|opstået|sneget sig) (?:ind )?hos jer", 0.45),
        (r"I har (?:\w+ )?(?:ændret|fjernet|flyttet|slettet|skiftet) (?:\w+ ){0,3}uden at (?:spørge|sige|give besked|informere|orientere)", 0.45),
    ],
    "insult": [
        (r"er I (?:helt )?(?:sindssyge|skøre|vanvittige|gale|blevet skøre|rablende)", 0.5),
    ],
    "anger": [
        (r"(?:det|sådan noget) er aldrig sket før", 0.35),
        (r"hvad er det,? (?:vi|jeg) betaler (?:jer )?for", 0.45),
        (r"(?:jeg|vi) forstod (?:jeres|din|det|mailen|tilbuddet|aftalen) (?:\w+ )?(?:sådan|som|på den måde),? at", 0.35),
        (r"vildled*", 0.45),
        (r"betyder det,? at (?:vi|jeg|I)", 0.35),
        (r"(?:det|sådan noget) havde (?:jeg|vi) (?:aldrig|ikke) (?:forventet|troet) (?:af|om) jer", 0.4),
        (r"(?:får|fået|fik) (?:\w+ ){0,3}for pengene", 0.4),
        (r"det går (?:alt for |meget |utrolig |pinligt |alt, alt for )?langsomt", 0.3),
        (r"(?:smidt|smides) (?:af|ud)", 0.35),
    ],
    "icy_politeness": [
        (r"går ud fra,? at I kan leve med det", 0.35),
        (r"vil ikke gøre (?:det )?til (?:et stort|en stor|et) (?:drama|sag|nummer)", 0.35),
    ],
    "doubt": [
        (r"(?:min|vores) (?:\w+)?(?:rådgiver|revisor|konsulent|bankmand|nevø|søn|svoger|ven|kollega|datter) (?:siger|mener|sagde) (?:noget )?(?:helt )?(?:andet|det modsatte|noget andet)", 0.45),
        (r"stoler (?:\w+ ){0,2}mere på (?:ham|hende|dem|min|vores)", 0.45),
        (r"lad os (?:bare )?(?:fortsætte|blive ved|holde fast) (?:som nu|som hidtil|som vi plejer|med det gamle)", 0.35),
        (r"træt af at høre (?:om|på)", 0.45),
        (r"skal (?:bare )?(?:blive|forblive|være),? som (?:den|det|de) er", 0.4),
        (r"det er " + _PRT + r"(?:mig|os),? (?:der|som) (?:kender|ved|bestemmer|har ret|er kunden|har forstand)", 0.45),
    ],
    "haggling": [
        (r"skære (?:\d+ ?%|\d+ procent|[\d.,]+ ?(?:kr\.?|kroner)|en del|noget) (?:af|i|på) (?:honoraret|prisen|budgettet|regningen|timerne|beløbet|timeprisen)", 0.45),
        (r"for (?:en|et) [\w-]+\?\?", 0.45),
    ],
    "pressure": [
        (r"jeg ved(?: godt)?,? (?:at )?det er (?:\w+ )?(?:kort tid|kort varsel|stramt|presset|tight|sent),? men", 0.4),
        (r"(?:forventede|forventer|regnede med|havde forventet) (?:\w+ )?(?:mindst |minimum |som minimum )?(?:en )?(?:fordobling|tredobling|dobbelt så mange|dobbelt omsætning)", 0.45),
        (r"(?:forventer|går ud fra|regner med),? at (?:jeres |den |vores )?(?:\w+ )?(?:aftale\w*|abonnement\w*|pakke\w*|support\w*|serviceaftale\w*) (?:også )?(?:dækker|omfatter|inkluderer|indeholder)", 0.45),
        (r"det er (?:jo |da )?(?:det )?samme (?:materiale|optagelser|tekst|tekster|indhold|billeder|kode)", 0.4),
        (r"(?:vi|jeg) betaler (?:jo|da|trods alt) (?:for|jer)", 0.35),
    ],
}
_ROUND2F_CUES: dict[str, list] = {
    "blame": [
        r"(?:må|skal) (?:være )?(?:kommet|sket|opstået|sneget sig) (?:ind )?hos jer",
        r"I har (?:\w+ )?(?:ændret|fjernet|flyttet|slettet|skiftet) (?:\w+ ){0,3}uden at (?:spørge|sige|give besked|informere|orientere)",
    ],
    "unrealistic_demand": [
        r"(?:forventede|forventer|regnede med|havde forventet) (?:\w+ )?(?:mindst |minimum |som minimum )?(?:en )?(?:fordobling|tredobling|dobbelt så mange|dobbelt omsætning)",
        r"I har jo (?:flere|mange|nok|masser af) (?:folk|medarbejdere|oversættere|udviklere|designere|ressourcer|hænder|konsulenter)",
        r"jeg ved(?: godt)?,? (?:at )?det er (?:\w+ )?(?:kort tid|kort varsel|stramt|presset|tight),? men",
    ],
    "scope_creep": [
        r"(?:jeg|vi) kan ikke se,? (?:at|hvorfor) det (?:skulle|skal) (?:koste|give anledning|udløse|betyde)",
        r"(?:forventer|går ud fra|regner med),? at (?:jeres |den |vores )?(?:\w+ )?(?:aftale\w*|abonnement\w*|pakke\w*|support\w*|serviceaftale\w*) (?:også )?(?:dækker|omfatter|inkluderer|indeholder)",
        r"det er (?:jo |da )?(?:det )?samme (?:materiale|optagelser|tekst|tekster|indhold|billeder|kode)",
    ],
    "misunderstanding": [
        r"(?:jeg|vi) forstod (?:jeres|din|det|mailen|tilbuddet|aftalen) (?:\w+ )?(?:sådan|som|på den måde),? at", r"vildled*",
        r"betyder det,? at (?:vi|jeg|I)", r"(?:smidt|smides) (?:af|ud)",
    ],
}
for _name, _entries in _ROUND2F_SIGNALS.items():
    SIGNALS.setdefault(_name, []).extend(_entries)
for _sid, _entries in _ROUND2F_CUES.items():
    SCENARIO_CUES.setdefault(_sid, []).extend(_entries)
