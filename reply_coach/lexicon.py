"""The word lists behind the heat detector, kept as data so they are easy to tune.

Every entry is a regular-expression fragment matched case-insensitively at a
word start.  An entry ending in ``*`` is a stem: it also matches the rest of
the word, which is how Finnish and German inflection is handled
("asianajaja*" catches "asianajajaan", "Anwält*" catches "Anwälte").  An
entry may be a ``(pattern, weight)`` pair to override its signal's weight.

All four languages are applied to every message, whatever the language
guess: a client who writes Danish with an English phrase still gets caught,
and no entry here is a common word in one of the other languages.

Adding a phrase: put it under the signal it is evidence of, in its language;
``tests/test_heat.py`` should get a case for it.
"""

from __future__ import annotations

# ---------------------------------------------------------------- heat signals
# name -> (base weight, how much positive/polite wording dampens it 0..1)
SIGNAL_WEIGHTS: dict[str, tuple[float, float]] = {
    "threat": (0.6, 0.3),
    "ultimatum": (0.5, 0.4),
    "demand": (0.4, 0.5),
    "blame": (0.42, 0.3),
    "insult": (0.55, 0.2),
    "sarcasm": (0.5, 0.0),
    "anger": (0.4, 0.4),
    "absolute": (0.3, 0.6),
    "repeated_contact": (0.3, 0.6),
    "escalation": (0.45, 0.3),
    "icy_politeness": (0.35, 0.0),  # polite on the surface by definition
    "doubt": (0.45, 0.3),
    "haggling": (0.4, 0.5),  # pushing the agreed price down
    "pressure": (0.35, 0.6),  # piling on scope, "should be quick"
    "shouting": (0.3, 1.0),
    "punctuation": (0.22, 1.0),
}

SIGNALS: dict[str, dict[str, list]] = {
    "threat": {
        "en": [
            r"(?:sue|suing|sued)", "lawsuit*", r"file (?:a )?(?:suit|lawsuit|claim|complaint)", r"legal action",
            r"legal steps", r"(?:take|taking) (?:you|this) to court", r"small claims", "chargeback*",
            r"disput(?:e|ing) (?:the|this|your) (?:charge|payment|transaction)", r"(?:bad|negative|terrible|1-star|one-star) reviews?",
            r"(?:leave|post|write) (?:a )?review", r"report (?:you|this) to", r"warn (?:others|everyone)", r"tell everyone",
            r"(?:take|taking) (?:my|our) business elsewhere", r"(?:or|else) we(?:'ll| will)? walk", r"we walk", r"walk away",
            r"find (?:another|a different|a new) (?:agency|developer|vendor|freelancer|designer|provider|company|supplier)",
            r"(?:go|going) with (?:someone|somebody) else", r"find someone else", r"(?:or|else) we(?:'re| are) done",
            (r"(?:cancel|cancelling|canceling|terminate|terminating) (?:the|our|my|this) (?:contract|retainer|agreement|engagement)", 0.45),
            (r"(?:I|we)(?:'ll| will| am going to| are going to|'re going to|'m going to) (?:cancel|terminate)", 0.5),
            r"(?:or|else) (?:I|we)(?:'ll| will)? (?:cancel|terminate)", r"forced to take legal action",
        ],
        "da": [
            "sagsøg*", "retssag*", r"gå rettens vej", r"tilbageførsel*", r"dårlig(?:e)? anmeldelse*", r"anmelde jer",
            r"find(?:er|e)? (?:vi |jeg )?(?:et|en) (?:andet|anden|nyt|ny) (?:bureau|leverandør|firma|udvikler)",
            r"opsig(?:e|er)? (?:aftalen|kontrakten|samarbejdet)", r"advar(?:e|er)? andre", r"gå et andet sted hen",
            r"(?:eller|ellers) (?:også )?går vi", r"så går vi", r"skifter (?:vi|jeg) (?:til )?(?:et|en) (?:andet|anden)",
        ],
        "fi": [
            r"haast(?:aa|amme|an) (?:teidät )?oikeuteen", "oikeusjuttu*", "oikeusto*", "kanteen*", r"huono(?:n|ja)? arvostelu*",
            r"vaihda(?:mme|n) (?:toimittajaa|toimistoa|yritystä)", r"ets(?:imme|in) (?:uuden|toisen) (?:toimiston|toimittajan|tekijän)",
            r"irtisano(?:mme|n) (?:sopimuksen|sopimus)", r"(?:haemme|etsimme|otamme) (?:toisen|uuden) (?:toimittajan|toimiston|tekijän)", r"peru(?:mme|n) (?:sopimuksen|tilauksen)", "takaisinveloitu*",
        ],
        "de": [
            "verklag*", r"Klage (?:einreichen|erheben)", r"gerichtlich*", r"rechtliche(?:n)? Schritte", "Rückbuchung*",
            r"schlechte(?:n)? Bewertung*", r"(?:andere|eine andere|einen anderen) (?:Agentur|Anbieter|Dienstleister|Entwickler)",
            r"kündige(?:n)? (?:den|unseren|meinen|diesen) Vertrag", r"Vertrag kündigen", "Mahnverfahren*",
            r"vor Gericht", r"oder (?:wir|ich) (?:gehen|gehe|wechseln|wechsle)", r"(?:wechseln|gehen) wir (?:zu|woanders)",
        ],
    },
    # A lawyer named is only a threat in a hostile or conditional sentence;
    # heat.py checks the sentence (see LEGAL_NEUTRAL_CONTEXT / CONDITIONAL).
    "legal_party": {
        "en": ["lawyer*", "attorney*", "solicitor*", r"legal (?:team|counsel|department)"],
        "da": ["advokat*", "jurist*"],
        "fi": ["asianajaj*", "lakimie*", "juristi*"],
        "de": ["Anwalt*", "Anwält*", "Rechtsanw*", "Rechtsabteilung*"],
    },
    "ultimatum": {
        "en": [
            (r"(?:call|ring|phone|answer|text) (?:me|us)\W{1,3}(?:right )?now", 0.6), r"or else", r"or I(?:'ll| will| am going to)", r"or we(?:'ll| will| are going to)", r"no excuses",
            r"I will not (?:tolerate|accept|stand for)", r"I won't (?:tolerate|accept|stand for)", r"consider this (?:your|a) (?:only|final|last) warning",
            r"(?:final|last) warning", r"this is your last chance", r"last chance", r"(?:un)?acceptable\b.{0,20}\bno longer",
            r"not going to (?:wait|accept|tolerate)", r"I(?:'m| am) done (?:waiting|with)", r"unless (?:you|the|this|it|I|we)",
            r"if (?:this|it|the \w+) (?:is not|isn't) (?:fixed|resolved|done|sorted|restored|working)", r"make it happen",
            r"(?:non|not)-?negotiable", r"I don't care (?:what|how|who)", r"(?:or|else) we(?:'re| are) done", r"I(?:'m| am) losing (?:my )?patience",
        ],
        "da": [
            r"ellers (?:finder|går|skifter|kontakter|ringer)", r"ingen undskyldninger", r"gider ikke", r"sidste chance",
            r"sidste advarsel", r"hvis det ikke er (?:løst|ordnet|fikset|rettet)", r"jeg accepterer ikke", r"enten .{1,40} eller også", r"jeg forventer (?:svar|en forklaring|en løsning)",
        ],
        "fi": [
            r"muuten (?:otan|otamme|vaihdamme|haemme|peru)", r"viimeinen (?:varoitus|mahdollisuus)", r"ei tekosyitä",
            r"jos (?:tätä|asiaa|vikaa) ei (?:korjata|ratkaista)", r"en hyväksy", r"en suostu", r"jos (?:sivut|sivusto|tämä|se) (?:eivät|ei) ole valmi\w*",
        ],
        "de": [
            r"sonst (?:werde|werden|gehe|gehen|suche|suchen|wechseln)", r"andernfalls", r"keine Ausreden", r"letzte (?:Warnung|Chance)",
            r"ich werde (?:das )?nicht (?:tolerieren|akzeptieren|hinnehmen)", r"wenn das nicht (?:bis|sofort|heute|morgen)", r"ich erwarte, dass", r"sollten Sie .{1,40} bestehen",
        ],
    },
    "demand": {
        "en": [
            (r"I want every (?:cent|penny|dollar|euro)", 0.5), (r"I want (?:my|our|the) money back", 0.5), r"(?:my|our) money back",
            r"I (?:expect|demand|require) an? (?:explanation|answer|apology|response|refund|call)", r"I demand", r"we demand",
            r"full refund", (r"(?:right now|immediately)\b", 0.3),
            r"(?:won't|will not|am not going to|refuse to|not going to) pay (?:this|the|that|your|you|a (?:cent|penny)|anything|for (?:this|that|it))",
            r"where is (?:the|my|our)", r"(?:I'm|I am|we're|we are) not paying (?:this|the|that|your|for this|for that|anything|a cent)",
            r"I'm paying you for", (r"explain (?:yourself|yourselves)", 0.45), r"I expect (?:a|an|the) (?:answer|reply|fix|response|explanation)", r"I need (?:it|this|that|everything|the [\w ]{1,30}?) (?:live|done|finished|ready|fixed) (?:by|before)",
        ],
        "da": [
            (r"(?:mine|vores) penge tilbage", 0.5), r"penge(?:ne)? tilbage", r"jeg kræver", r"vi kræver", r"fuld refusion",
            r"(?:betaler|betale) ikke", r"nægter at betale", r"jeg forventer svar", r"jeg vil have en forklaring", r"ring (?:til mig|mig) nu", (r"med det samme", 0.3), (r"omgående", 0.3),
        ],
        "fi": [
            (r"rahat?(?:ni|mme)? takaisin", 0.5), r"en maksa", r"emme maksa", r"vaadin", r"odotan vastausta", r"vaadimme", (r"välittömästi", 0.3), (r"heti\b", 0.25),
            r"soita (?:minulle )?heti",
        ],
        "de": [
            (r"(?:mein|unser) Geld zurück", 0.5), r"Geld zurück", r"ich erwarte (?:eine |umgehend eine )?(?:Erklärung|Antwort|Entschuldigung)", r"ich (?:verlange|fordere)", r"wir (?:verlangen|fordern)",
            r"(?:zahle|zahlen|bezahle|bezahlen) (?:ich |wir )?(?:nicht|keinen Cent)", r"(?:werden|werde) (?:diese|die) Rechnung nicht (?:bezahlen|zahlen|begleichen)", (r"sofort", 0.3), (r"umgehend", 0.3),
            r"rufen Sie (?:mich )?(?:sofort|jetzt) an",
        ],
    },
    "blame": {
        "en": [
            (r"you guys", 0.3), (r"(?:your|you're|you are) (?:fault|to blame)", 0.55), (r"(?:is|was) (?:entirely |all |completely )?on you", 0.5),
            (r"untested", 0.3), r"your team (?:can't|cannot|couldn't|never|doesn't|didn't|failed)",
            r"you (?:never|always) ", r"you (?:broke|ruined|messed up|screwed up|failed)", r"you fix it", r"because of you",
            r"because your (?:team|code|tool|system|site|developers?)", r"thanks to you(?:r team)?\b(?! for)", r"your (?:mistake|mess|screw-up|incompetence)",
            r"you people", r"you (?:didn't|did not) (?:test|check|bother|read|listen)", (r"you promised", 0.35), r"you (?:spent|wasted|blew|lost|deleted|ignored) (?:our|my|the)",
            r"(?:nobody|no one) (?:from|at) your (?:company|team|agency)",
        ],
        "da": [
            (r"jeres skyld", 0.55), (r"din skyld", 0.55), r"I har (?:ødelagt|lavet fejl|ikke testet)", (r"jeres fejl", 0.55), r"på grund af jer",
            r"I (?:aldrig|altid) ", r"I har (?:overhovedet )?ikke (?:leveret|lavet|testet)",
        ],
        "fi": [
            (r"teidän (?:vikanne|vika|syynne|syy|virheenne|virhe)", 0.55), r"te ette (?:testanneet|tarkistaneet)", r"(?:olette|te) (?:rikkoneet|pilanneet|mokanneet)", r"teidän takianne",
            r"te (?:ette )?(?:koskaan|aina) ",
        ],
        "de": [
            (r"Ihre Schuld", 0.55), (r"eure Schuld", 0.55), (r"Ihr Fehler", 0.55), r"Sie haben nichts getestet", r"Ihretwegen", r"wegen Ihnen", r"Sie haben (?:es |alles |das )?(?:kaputt|ruiniert|vermasselt)",
            r"Sie (?:haben )?(?:nie|immer) ", r"Ihr Team (?:kann|hat) (?:nicht|nie)",
        ],
    },
    "insult": {
        "en": [
            "incompeten*", "amateur*", r"useless", r"(?:a|an absolute|a complete|a total) joke", r"pathetic", r"ridiculous",
            r"clown*", "idiot*", r"unprofessional", r"disgrace(?:ful)?", r"garbage", r"rubbish", r"shambles",
            r"how dare you", r"a disaster", r"not how (?:a )?professional", r"pissed(?: off)?", r"(?:is|are) a mess", "shit*", r"crap(?:py)?",
        ],
        "da": [
            "inkompetent*", "amatør*", r"ubrugelig(?:t|e)?", r"en joke", r"latterlig(?:t|e)?", r"uprofessionel(?:t|le)?",
            r"pinligt", r"elendig(?:t|e)?", r"hvordan kan I", r"hvordan (?:kan|tør) I tillade jer", r"katastrofe",
        ],
        "fi": [
            "epäpätevi*", "epäpätevä*", "amatööri*", "hyödytön*", "hyödyttöm*", r"naurettava*", r"epäammattimai*",
            r"surkea*", r"surkeaa", r"vitsi", r"katastrofi*", r"miten kehtaatte", r"kelvoton*",
        ],
        "de": [
            "inkompetent*", "Amateur*", r"nutzlos(?:e|en)?", r"unbrauchbar*", r"lächerlich*", r"Frechheit", r"unverschämt*",
            r"unprofessionell*", r"ein Witz", r"Katastrophe", r"Saftladen", r"was fällt Ihnen ein", r"Pfusch*", r"Stümper*", r"unterste Schublade", r"Murks",
        ],
    },
    "sarcasm": {
        "en": [
            r"thanks for nothing", r"great job,? really", r"oh,? (?:wonderful|great|perfect|brilliant|fantastic)", r"well done,? really",
            r"just (?:great|perfect|brilliant|wonderful)", r"what a (?:surprise|joke)", r"nice work,? (?:really|guys)",
            r"(?:great|fantastic|brilliant), another", r"as usual", r"how (?:surprising|shocking)",
        ],
        "da": [r"tak for ingenting", r"flot klaret,? virkelig", r"nå,? (?:fantastisk|perfekt|super)", r"som sædvanlig", r"hvor overraskende"],
        "fi": [r"kiitos ei mistään", r"hienoa työtä,? todella", r"no,? (?:mahtavaa|hienoa|loistavaa)", r"kuten tavallista", r"taas kerran"],
        "de": [r"danke für nichts", r"(?:na )?toll gemacht", r"na (?:toll|super|prima|großartig)", r"wie immer", r"was für eine Überraschung"],
    },
    "anger": {
        "en": [
            r"unacceptable", "furious*", r"livid", r"outraged?", r"fed up", r"sick and tired", "frustrat*", r"disappointed",
            r"disappointing", r"(?:very|extremely|really|deeply) unhappy", r"not happy", r"fuming", r"angry", r"annoyed",
            r"appalled", r"appalling", r"nothing (?:about this|here|has) [\w ]{0,30}(?:right|worked)", r"what to say anymore",
            r"(?:is|are) (?:a )?nightmare", r"chaos", r"not good enough", r"seriously\?", r"another delay", r"beyond (?:a )?joke",
            r"bothered to (?:reply|respond|answer|call|fix)", r"sick of (?:it|this)", r"I(?:'m| am) sick of",
            (r"(?:really|very|deeply|extremely|so|hugely|bitterly) disappointed", 0.5), r"keeps? slipping", r"has been (?:poor|terrible|awful|appalling)",
            r"what (?:exactly )?am I paying (?:you )?for", r"nothing to show for", r"(?:lost|losing) (?:thousands|money|customers|sales|clients)", r"not excuses", r"(?:a )?(?:complete |total )?waste of (?:money|time)", r"just get it done", r"zero (?:leads|results|progress|sales)",
        ],
        "da": [
            r"uacceptabel(?:t)?", r"rasende", r"vred(?:e)?", r"skuffe*", r"frustre*", r"utilfreds", r"træt af", r"sur(?:e)? over",
            r"ikke i orden", r"ikke tilfreds", r"ikke godt nok", r"endnu en forsinkelse", r"simpelthen ikke", (r"(?:dybt|meget|virkelig|utrolig|enormt) skuffet", 0.5),
            r"helt urimelig(?:t)?", r"urimelig(?:t)?",
        ],
        "fi": [
            r"kohtuuton*", r"kohtuutonta", "pettyny*", "turhautu*", r"raivoissa*", r"vihainen", "tyytymät*", r"ei hyväksyttävää",
            r"ei kelpaa", r"täysin mahdoton*", r"ei ole hyväksyttävä*", r"ei riitä", (r"(?:erittäin|todella|hyvin|tosi|syvästi) pettyny\w*", 0.5), r"(?:taas|jälleen) myöhässä", r"en ole tyytyväinen",
        ],
        "de": [
            r"inakzeptabel", r"nicht akzeptabel", r"unzumutbar", "wütend*", r"verärgert", "enttäusch*", "frustrier*", r"unzufrieden",
            r"die Nase voll", r"es reicht", r"stinksauer", r"sauer", r"nicht gut genug", r"mangelhaft*", (r"(?:maßlos|sehr|zutiefst|extrem|total|wirklich) enttäuscht", 0.5), r"so geht das nicht weiter", r"schon wieder (?:eine )?Verzögerung", r"skandal*",
        ],
    },
    "absolute": {
        "en": [
            r"(?:entire|whole) (?:system|site|website|thing|project|app) (?:is|was) (?:broken|rebuilt|a mess|useless)",
            r"entire system", r"from top to bottom", r"completely (?:useless|broken|wrong|unacceptable)", r"totally (?:useless|broken|wrong)",
            r"nothing works", (r"(?:always|constantly)\b", 0.2), r"every single time", r"absolutely (?:nothing|useless|unacceptable)",
            r"not (?:even )?once", r"every (?:single )?(?:time|call|week)",
        ],
        "da": [(r"fuldstændig(?:t)?", 0.2), (r"totalt", 0.2), r"intet virker", r"ingenting virker", r"hver eneste gang", (r"altid", 0.2), r"overhovedet ikke", r"slet ikke"],
        "fi": [(r"täysin", 0.2), (r"täydellisesti", 0.2), r"mikään ei toimi", r"joka ikinen", (r"aina\b", 0.2), (r"ikinä", 0.2)],
        "de": [(r"komplett", 0.2), (r"völlig", 0.2), r"(?:alle|alles) falsch", r"total (?:kaputt|falsch)", r"nichts funktioniert", r"jedes (?:einzelne )?Mal", r"immer noch nicht", r"überhaupt nicht"],
    },
    "repeated_contact": {
        "en": [
            (r"per my (?:last|previous) (?:\w+ )?emails?", 0.45), (r"(?:for|this is) the (?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)) time", 0.45),
            (r"(?:second|third|fourth) time this (?:week|month)", 0.45), (r"how many times", 0.45), (r"I(?:'ve| have) (?:already )?asked (?:you )?(?:\w+ )?times", 0.45),
            (r"as (?:I )?(?:previously )?(?:stated|mentioned|said)", 0.3), r"again", (r"still", 0.2), r"yet again", r"once again",
            (r"this time", 0.15), (r"I(?:'m| am) still waiting", 0.35), (r"(?:no one|nobody) (?:has )?(?:replied|answered|responded)", 0.35),
            (r"(?:four|five|several|multiple|many|\d+) times", 0.4), (r"is (?:anyone|anybody) (?:actually |even )?(?:reading|listening)", 0.45),
            (r"(?:no one|nobody) (?:ever )?(?:answers|replies|responds|gets back)", 0.35), (r"is (?:anyone|anybody) (?:there|home|out there)", 0.45),
            (r"(?:I've|I have|we've|we have) (?:now )?been waiting (?:for )?(?:a|over a|more than a|two|three|four|several|\d+) (?:days?|weeks?|months?)", 0.4),
        ],
        "da": [r"igen", (r"stadig", 0.25), (r"endnu en", 0.25), (r"ingen svarer", 0.35), (r"(?:har|vi har|jeg har) (?:nu )?ventet i", 0.4), (r"(?:jeg )?venter stadig", 0.35), (r"for (?:anden|tredje|fjerde) gang", 0.45), (r"hvor mange gange", 0.45), (r"som (?:jeg )?(?:tidligere )?(?:skrevet|nævnt)", 0.3)],
        "fi": [r"taas", r"jälleen", (r"edelleen(?:kään)?", 0.25), (r"vieläkään", 0.3), (r"(?:toisen|kolmannen|neljännen) kerran", 0.45), (r"kuinka monta kertaa", 0.45), (r"kukaan ei vastaa", 0.35), (r"olen odottanut (?:jo )?(?:viikon|viikkoja|kuukauden|päiviä)", 0.4), (r"odotan edelleen", 0.35)],
        "de": [r"schon wieder", r"wieder(?:um)?\b", r"erneut", (r"immer noch", 0.3), (r"noch immer", 0.3), (r"zum (?:zweiten|dritten|vierten) Mal", 0.45), (r"wie oft noch", 0.45), (r"wie oft (?:muss|soll) ich", 0.45), (r"niemand antwortet", 0.35), (r"keiner meldet sich", 0.35), (r"niemand meldet sich", 0.35), (r"seit Tagen", 0.25), (r"seit Wochen", 0.3), (r"seit Wochen warte ich", 0.35), (r"warte (?:ich )?immer noch", 0.35), (r"wie bereits (?:erwähnt|geschrieben|gesagt)", 0.3)],
    },
    "escalation": {
        "en": [r"your (?:manager|boss|supervisor|superior|CEO|director)", r"escalat(?:e|ing)", r"(?:speak|talk) to (?:someone|somebody) (?:in charge|senior)", r"someone in charge", r"higher up"],
        "da": [r"(?:din|jeres) (?:chef|leder|direktør)", r"eskaler*"],
        "fi": [r"(?:esimiehe|esihenkilö|johtaja|pomo)\w*", r"eskaloi*"],
        "de": [r"(?:Ihre[nm]?|Ihren) (?:Vorgesetzten|Chef|Geschäftsführer)", r"eskalier*"],
    },
    "icy_politeness": {
        "en": [
            r"I trust (?:this|that|it) will be (?:resolved|fixed|sorted|handled|addressed)", r"(?:resolved|fixed|done) promptly this time",
            r"kindly (?:ensure|fix|resolve|explain|confirm|refrain|note)", r"I would (?:appreciate|expect) (?:it )?if (?:this|you) (?:could )?(?:finally|for once)",
            r"for once", r"(?:finally|eventually) (?:do|fix|deliver|get)", r"with all due respect",
        ],
        "da": [r"jeg (?:går ud fra|forventer), at (?:det|dette) (?:bliver|er) (?:løst|rettet) (?:denne gang|hurtigt)", r"for en gangs skyld"],
        "fi": [r"oletan, että (?:asia|tämä) (?:korjataan|hoidetaan)", r"kerrankin", r"tällä kertaa"],
        "de": [r"ich gehe davon aus, dass (?:dies|das) (?:diesmal|dieses Mal)", r"diesmal", r"dieses Mal", r"ausnahmsweise", r"bei allem Respekt"],
    },
    "doubt": {
        "en": [
            r"(?:wonder|wondering|doubt) (?:whether|if) (?:your team|you) (?:actually |even |really )?know", r"know what (?:you're|you are|it's|it is|they're) doing",
            r"(?:why|don't see why) (?:should )?I (?:should )?(?:follow|take|trust) your (?:advice|recommendations?)", r"you clearly (?:got|don't|didn't)",
            r"do you even know", r"are you (?:even )?qualified", r"I could (?:have )?do(?:ne)? (?:it|this|that) myself", r"my (?:nephew|niece|son|daughter|cousin|kid|friend) (?:says|said|could|thinks)",
            r"(?:a|any) (?:child|kid|student|intern) could", r"(?:real|proper|actual) professionals?",
            r"(?:questioning|question|doubt|wonder|wondering) (?:whether|if) you (?:\w+ )?(?:understand|know|can)",
            r"(?:could|can) (?:have )?do(?:ne)? (?:it |this |that )?better myself", r"is this (?:really )?the best (?:you|your)",
        ],
        "da": [r"ved I overhovedet", r"aner (?:I )?ikke", r"ved I hvad I laver", r"om I (?:overhovedet )?ved,? hvad I laver", r"min (?:nevø|niece|søn|datter|ven) (?:siger|kunne)", r"rigtige fagfolk"],
        "fi": [r"osaatteko (?:te )?edes", r"tiedättekö,? mitä teette", r"tiedättekö (?:te )?(?:edes|mitä)", r"(?:veljenpoika|siskonpoika|poikani|tyttäreni|kaverini) (?:sanoo|osaisi)", r"oikeat ammattilaiset"],
        "de": [r"wissen Sie (?:überhaupt|eigentlich), was", r"keine Ahnung", r"ob Sie (?:überhaupt )?wissen, was Sie tun",
               r"Ihre Empfehlungen (?:waren|sind) (?:bisher )?(?:alle )?falsch", r"mein (?:Neffe|Sohn|Freund) (?:sagt|könnte)", r"echte Profis", r"verstehen Sie überhaupt"],
    },
    "haggling": {
        "en": [
            r"way too (?:much|expensive|high|pricey)", r"too expensive", r"(?:price|quote|rate|fee) is (?:too|way too|ridiculously) (?:high|much)", r"(?:price|quote|rate|fee) is (?:ridiculous|insane|absurd|outrageous|a joke)",
            r"cut (?:it|the price|your rate|the rate) by",
            r"knock (?:it|that|the price) down", r"(?:your|a) competitors? (?:says?|charges?|quoted|would|offers?|does)", r"another agency (?:quoted|offered|would|does|charges)",
            r"(?:we|I) agreed on .{1,20} but", r"(?:lower|drop|cut) (?:the|your) (?:price|rate|quote)", r"overpriced", r"for (?:a third|half|less) of (?:that|the price)",
        ],
        "da": [r"alt for dyrt", r"for dyrt", r"(?:prisen|pris) er (?:alt )?for høj", r"jeres konkurrent", r"et andet (?:firma|bureau) vil (?:gøre|lave) det", r"for det halve", r"overpris"],
        "fi": [r"liian kallis*", r"(?:hinta|laskutus) on (?:aivan )?liian (?:korkea|suuri|kova)", r"liian korkea", "kilpailija*", r"puoleen hintaan", r"halvemmalla"],
        "de": [r"viel zu teuer", r"zu teuer", r"(?:Ihr(?:e)?|die) Konkurrenz (?:macht|bietet|verlangt)", r"Preis ist (?:viel )?zu hoch", r"für die Hälfte", r"überteuert"],
    },
    "pressure": {
        "en": [
            r"should be quick", r"(?:still )?within the (?:original |same )?budget", r"(?:at|for) the same price",
            r"at no (?:extra|additional) (?:cost|charge)", r"while you're at it", r"I know we said .{1,30} but",
            r"(?:should|would) have been included", r"included (?:in the price )?anyway",
        ],
        "da": [r"samme pris", r"uden ekstra (?:beregning|omkostning)", r"det (?:burde|bør) gå hurtigt", r"inkluderet i prisen", r"kan I også lige"],
        "fi": [r"samaan hintaan", r"ilman lisämaksua", r"pitäisi olla nopea", r"sisältyy hintaan", r"kuuluu hintaan"],
        "de": [r"(?:zum|für den) gleichen Preis", r"ohne Aufpreis", r"sollte schnell gehen", r"im Preis (?:inbegriffen|enthalten)", r"auch noch schnell"],
    },
}

# Words a lawyer is neutral next to (a contract being reviewed), and words that
# make a lawyer sentence conditional, i.e. a threat.
LEGAL_NEUTRAL_CONTEXT = [
    "review*", "contract*", "agreement*", "draft*", "terms", "NDA", r"look over", r"go over", "sign*", "comment*", "clause*",
    "kontrakt*", "aftale*", "gennemg*", "udkast*", "kommentar*", "sopimu*", "luonno*", "kommen*", "käy(?:dä)? läpi", "tarkast*",
    "Vertrag*", "Vertrags*", "prüf*", "durchseh*", "Entwurf*", "Klausel*", "Einwänd*", "Einwand", "unterschrieb*", "unterzeichn*",
    "approved", "signed", "no objections", "godkend*", "underskrev*", "allekirjoit*",
]
# (Neither: a lawyer named in a sentence with no context is a weak threat.)
LEGAL_CONDITIONAL = [
    "or", "unless", "otherwise", "if", "else", r"will (?:contact|involve|instruct|hand|forward|be in touch|take)", r"(?:contact|call|involve|instruct)(?:ing)? (?:my|our)",
    "ellers", "hvis", r"kontakte(?:r)? (?:min|vores)", "muuten", "jos", r"otan yhteyttä", "sonst", "andernfalls", "wenn", "falls", r"einschalten", r"übergeben",
]

# Someone else's anger reported by a calm client ("one of our customers
# threatened to sue"): threat and anger words in such a sentence count less.
REPORTED_SPEECH = [
    r"threaten(?:ed|ing|s) to", r"one of our (?:customers|clients|users|members|guests)", r"a (?:customer|client|user|guest) (?:of ours )?(?:is|was|has|wrote|said|complained|called)",
    r"(?:our|the|some|many) (?:customers|clients|users|guests) (?:are|were|have been|say|said)", r"(?:he|she|they) (?:said|says|wrote|told)",
    r"truede med", r"truer med", r"en af vores kunder", r"en kunde (?:har|er|skrev|sagde)", r"vores kunder (?:er|har|siger)",
    r"uhkasi", r"uhkaa", r"(?:eräs|yksi) asiakkaistamme", r"asiakkaamme (?:on|ovat|sanoi|kirjoitti)", r"asiakas (?:on|oli|sanoi|kirjoitti|uhkasi)",
    r"drohte", r"hat (?:damit )?gedroht", r"droht (?:damit|mit)", r"(?:ein|eine) (?:Kunde|Kundin) (?:hat|ist|schrieb|sagte)", r"unsere Kunden (?:sind|haben|sagen)",
]
REPORTABLE_SIGNALS = ("threat", "anger", "insult", "ultimatum", "demand")

# Polite and positive wording: dampens the weaker signals (see SIGNAL_WEIGHTS).
POSITIVE: dict[str, list] = {
    "en": [
        r"thanks?(?: you)?(?! for nothing)", r"please", (r"no rush", 0.6), (r"no hurry", 0.6), r"looking forward", r"love(?:d|ly)?", r"great",
        r"amazing", r"awesome", r"excellent", r"wonderful", r"fantastic", r"perfect", r"appreciate(?:d)?", r"happy", r"glad",
        r"brilliant", r"could you", r"would you", r"when you have a (?:moment|minute|chance)", r"whenever (?:you can|suits)", r"cheers",
        r"wow", (r"best regards", 0.15), (r"kind regards", 0.15), r"congrat\w*", r"kudos", r"delighted", r"thrilled", r"impressed",
        r"no problem", (r"unsubscribe", 1.0), (r"view (?:this email )?in (?:your |a )?browser", 1.0), (r"manage (?:your )?(?:email )?preferences", 1.0),
    ],
    "da": [r"tak(?! for ingenting)", r"tusind tak", (r"venlig hilsen", 0.15), r"på forhånd tak", r"glæder (?:mig|os)", r"super", r"fantastisk", r"dejlig(?:t)?",
           r"kan (?:du|I) (?:venligst )?", r"gerne", (r"ingen hast", 0.6), r"perfekt", r"flot(?:t)?", r"tillykke", (r"afmeld\w*", 1.0), (r"frameld\w*", 1.0)],
    "fi": [r"kiitos(?!\s+ei mistään)", r"kiitoksia", (r"ystävällisin terveisin", 0.15), (r"terveisin", 0.15), r"voisitteko", r"voisitko", r"hieno*", r"mahtav*", r"loistav*",
           r"hyvä*", r"ihana*", (r"ei kiirettä", 0.6), (r"samaa mieltä", 0.5), r"onnittelu\w*", (r"peru(?:uta|a) tilau\w*", 1.0), (r"tilauksen peruminen", 1.0), r"kehu*"],
    "de": [r"danke(?!\s+für nichts)", r"vielen dank", r"bitte", r"freue(?:n)? (?:mich|uns)", r"super", r"toll(?! gemacht)", r"großartig", r"prima",
           r"könnten Sie", r"gerne", (r"keine Eile", 0.6), r"perfekt", r"Glückwunsch\w*", r"gratuliere\w*", (r"abbestellen", 1.0), (r"abmelden", 1.0), (r"Newsletter abbestellen", 1.0), (r"viele Grüße", 0.15), (r"beste Grüße", 0.15), (r"mit freundlichen Grüßen", 0.15)],
}

# ------------------------------------------------------------------ shouting
# Capitalised words that are not shouting: acronyms, tags, and cheering.
NOT_SHOUTING = frozenset("""
SSL TLS DNS SPF DKIM DMARC MX API CEO CTO CFO COO PDF URL URLS SEO SEM HTML CSS CMS CRM ERP ASAP FYI IT HR PR UX UI QA
FAQ GDPR VAT EU USA UK US IP FTP SFTP SSH VPN AWS GCP SQL PHP JS JSON XML CSV ID OK PS NB TODO CC BCC RE FW FWD AW SV VS
USD EUR DKK GBP SMS MMS GPS AI ML KPI ROI B2B B2C SLA NDA LLC GMBH AB OY OYJ APS AS HTTP HTTPS WWW CDN SMTP IMAP POP
URGENT IMPORTANT NOTE UPDATE REMINDER ATTN INFO NEW FREE SALE PSA EOD EOW COB TBD TBA ETA RSVP IOS
AMAZING THANK THANKS WOW LOVE GREAT AWESOME YES YAY CONGRATS CONGRATULATIONS PERFECT BEST OMG FANTASTIC EXCELLENT
WONDERFUL BRILLIANT HAPPY SUPER TAK KIITOS DANKE TOLL HURRA JUHUU FANTASTISK FANTASTISCH MAHTAVA MAHTAVAA
LOISTAVA UPEA UPEAA HIENO HIENOA DEJLIGT FLOT PERFEKT GENIAL KLASSE WAHNSINN
DRINGEND WICHTIG VIGTIGT HASTER HASTESAG KIIREELLINEN KIIREINEN TÄRKEÄ HUOM OBS NB ACHTUNG
""".split())

# Short capitalised words that are real words, not acronyms ("it links to MY website").
SHORT_SHOUT_WORDS = frozenset("""
MY ME YOU NO NOT NOW WHY HOW WHO THE AND ALL ANY DO DID IS ARE WAS GET FIX OUT OFF YOUR OUR
NEJ IKKE NU JER DIG MIG EI NYT TE NEIN NIE ICH SIE JETZT
""".split())

# ------------------------------------------------------------- scenario cues
# Evidence for each scenario id (scenarios.md).  Heat decides *whether*; these
# decide *which*.  general_dissatisfaction is the fallback.
SCENARIO_CUES: dict[str, dict[str, list]] = {
    "legal_threat": {
        "en": [r"(?:sue|suing)", "lawsuit*", r"file (?:a )?(?:suit|lawsuit|claim)", r"legal (?:action|steps)", r"court", r"small claims",
               "chargeback*", r"disput(?:e|ing) (?:the|this|your) (?:charge|payment|transaction)", r"(?:bad|negative|1-star|one-star) reviews?",
               r"(?:rebuild|rebuilt|redo|redone|re-done|rewrite|rewritten) (?:the |it )?(?:entire|whole|complete)", r"(?:entire|whole) (?:system|site|thing|project) (?:is |be )?(?:rebuilt|redone|rewritten)",
               r"report (?:you|this) to"],
        "da": ["sagsøg*", "retssag*", r"rettens vej", "tilbageførsel*", r"dårlig(?:e)? anmeldelse*"],
        "fi": [r"oikeuteen", "oikeusjuttu*", "kanteen*", r"huono(?:n|ja)? arvostelu*", "takaisinveloitu*"],
        "de": ["verklag*", r"Klage (?:einreichen|erheben|gegen)", "gerichtlich*", r"rechtliche(?:n)? Schritte", "Rückbuchung*", r"schlechte(?:n)? Bewertung*", r"vor Gericht"],
    },
    "refund_demand": {
        "en": [r"refund", r"money back", r"every (?:cent|penny|dollar|euro)", r"(?:won't|will not|am not going to|refuse to|not going to) pay (?:this|the|that|your|you|a (?:cent|penny)|anything|for (?:this|that|it))",
               r"disput(?:e|ing) (?:the|this|your) invoice", r"(?:want|demand) .{0,20}\bback\b", r"reimburse*", r"not paying (?:this|the|that|your) (?:invoice|bill)"],
        "da": [r"penge(?:ne)? tilbage", r"refusion", r"tilbagebetal*", r"betaler ikke", r"betale ikke", r"ikke betale", r"nægter at betale"],
        "fi": [r"rahat?(?:ni|mme)? takaisin", r"en maksa", r"emme maksa", r"hyvity*", r"palautus*"],
        "de": [r"Geld zurück", r"Rückerstattung*", r"erstatte*", r"(?:zahle|zahlen|bezahle|bezahlen) (?:ich |wir )?(?:nicht|keinen Cent)", r"Rechnung nicht"],
    },
    "blame": {
        "en": [r"(?:your|you're|you are) (?:fault|to blame)", r"your (?:team|developers?|people) (?:can't|cannot|couldn't|never|didn't|failed|broke)",
               r"you (?:broke|ruined|messed up|screwed up)", r"you fix it", r"you guys (?:built|broke|made|did|messed)", r"because of you",
               r"because your", r"your (?:\w+ )?(?:tool|system|site|website|app|plugin|update|code|server) (?:is broken|broke|crashed|double-booked|keeps|failed|doesn't|does not|is down)",
               r"your (?:mistake|mess|incompetence)", r"(?:is|was) (?:entirely |all |completely )?on you", r"untested"],
        "da": [r"jeres skyld", r"din skyld", r"jeres fejl", r"på grund af jer", r"I har (?:ødelagt|lavet fejl)"],
        "fi": [r"teidän (?:vikanne|vika|syynne|syy|virheenne|virhe)", r"teidän takianne", r"te ette (?:testanneet|tarkistaneet)", r"(?:olette|te) (?:rikkoneet|pilanneet|mokanneet)"],
        "de": [r"Ihre Schuld", r"eure Schuld", r"Ihr Fehler", r"Ihretwegen", r"Sie haben nichts getestet", r"wegen Ihnen", r"Sie haben (?:es |alles |das )?(?:kaputt|ruiniert|vermasselt)"],
    },
    "price_pushback": {
        "en": SIGNALS["haggling"]["en"] + [r"way too (?:much|expensive|high)", r"too expensive", r"knock (?:it|that|the price) down", r"your competitors? (?:says?|charges?|quoted|would|offers?)",
               r"discount", r"cheaper", r"lower (?:the|your) (?:price|rate|quote)", r"(?:we|I) agreed on .{1,20} but", r"overpriced", r"(?:price|quote|rate) is (?:too|way)"],
        "da": SIGNALS["haggling"]["da"] + [r"for dyrt", r"rabat", r"billigere", r"jeres konkurrent", r"sætte prisen ned", r"overpris"],
        "fi": SIGNALS["haggling"]["fi"] + [r"liian kallis*", r"alennus*", r"alennukse*", r"halvemmalla", r"halvempi*", r"kilpailija*", r"hinta on liian"],
        "de": SIGNALS["haggling"]["de"] + [r"zu teuer", r"Rabatt", r"billiger", r"Nachlass", r"Preis (?:senken|reduzieren)", r"Konkurrenz", r"überteuert"],
    },
    "unrealistic_demand": {
        "en": [r"I know we (?:said|agreed)", r"I need (?:it|this|that|everything|the [\w ]{1,30}?) (?:live|done|finished|ready|delivered) (?:by|before) (?:then|tomorrow|tonight|the morning)",
               r"by (?:tomorrow|tonight)", r"overnight", r"I need (?:it|this|that|everything|the [\w ]{1,30}?) (?:live|done|finished|ready|delivered|rebuilt|redone|built|launched) (?:by|before) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)", r"in (?:a|one) (?:day|night)", r"(?:full|complete|entire) (?:redesign|rebuild|rewrite) (?:live |done |ready )?by",
               r"same[- ]day", r"by (?:the )?end of (?:the )?day"],
        "da": [r"(?:klar|færdig|live|online) (?:i morgen|i aften|i dag)", r"inden i morgen", r"på én dag", r"i løbet af natten"],
        "fi": [r"(?:valmiina|valmis|julki) (?:huomenna|tänään)", r"huomiseen mennessä", r"yhdessä päivässä", r"yön aikana"],
        "de": [r"bis morgen", r"über Nacht", r"an einem Tag", r"(?:fertig|live|online) (?:bis )?(?:morgen|heute)"],
    },
    "scope_creep": {
        "en": [r"can you also", r"also add", r"one more (?:small )?thing", r"while you're at it", r"(?:still )?within the (?:original |same )?budget",
               r"(?:at|for) the same price", r"at no (?:extra|additional) (?:cost|charge)", r"should be quick", r"we also need", r"(?:should|would) have been included", r"just (?:add|throw in)", r"throw in",
               r"(?:a few|some) (?:more|extra) (?:pages|features|changes|things)"],
        "da": [r"kan I også", r"samme pris", r"inkluderet i prisen", r"uden ekstra (?:beregning|omkostning)", r"lige (?:tilføje|lave)", r"en lille ting mere"],
        "fi": [r"voitteko myös", r"sisältyy hintaan", r"kuuluu hintaan", r"samaan hintaan", r"ilman lisämaksua", r"vielä yksi pieni"],
        "de": [r"auch noch", r"noch schnell", r"im Preis (?:inbegriffen|enthalten)", r"(?:zum|für den) gleichen Preis", r"ohne Aufpreis", r"kostenlos dazu", r"im (?:ursprünglichen )?Budget"],
    },
    "doubts_expertise": SIGNALS["doubt"],
    "misunderstanding": {
        "en": [r"how dare you", r"I just (?:read|saw|noticed|found)", r"are you (?:saying|implying|suggesting)", r"what do you mean", r"I (?:have|'ve) paid every",
               r"I never (?:said|asked|agreed)", r"I (?:did not|didn't) (?:agree|ask|sign)", r"your (?:blog post|post|article|newsletter|ad|advert|video)",
               r"apparently"],
        "da": [r"hvordan kan I tillade jer", r"jeg har lige (?:læst|set)", r"mener I (?:virkelig|at)", r"hvad mener I", r"jeg har (?:aldrig|betalt)"],
        "fi": [r"miten kehtaatte", r"luin juuri", r"näin juuri", r"tarkoitatteko", r"mitä tarkoitatte", r"olen maksanut kaikki"],
        "de": [r"was fällt Ihnen ein", r"Ihr(?:em|en)? (?:Artikel|Beitrag|Newsletter|Blog)", r"wie können Sie es wagen", r"ich habe gerade (?:gelesen|gesehen)", r"wollen Sie (?:damit )?sagen", r"was meinen Sie", r"ich habe (?:jede|alle) Rechnung"],
    },
    "general_dissatisfaction": {
        "en": [r"disappointed", r"not happy", r"unhappy", r"frustrat*", r"nothing about", r"(?:vague|generic)", r"not what I (?:asked|wanted|expected)"],
        "da": [r"skuffe*", r"utilfreds", r"ikke tilfreds", r"frustre*"],
        "fi": [r"pettyny*", r"tyytymät*", r"turhautu*", r"en ole tyytyväinen"],
        "de": [r"enttäusch*", r"unzufrieden", r"frustrier*", r"nicht zufrieden"],
    },
}
