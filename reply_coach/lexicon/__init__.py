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
            (r"(?:leave|post|write) (?:a )?review", 0.3), r"report (?:you|this) to", r"warn (?:others|everyone)", (r"tell everyone", 0.35),
            r"(?:take|taking) (?:my|our) business elsewhere", r"(?:or|else) we(?:'ll| will)? walk", r"we walk", r"walk away",
            r"find (?:another|a different|a new) (?:agency|developer|vendor|freelancer|designer|provider|company|supplier)",
            r"(?:go|going) with (?:someone|somebody) else", r"find someone else", r"(?:or|else) we(?:'re| are) done",
            (r"(?:cancel|cancelling|canceling|terminate|terminating) (?:the|our|my|this) (?:contract|retainer|agreement|engagement)", 0.45),
            (r"(?:I|we)(?:'ll| will| am going to| are going to|'re going to|'m going to) (?:cancel|terminate)", 0.4),
            r"(?:or|else) (?:I|we)(?:'ll| will)? (?:cancel|terminate)", r"forced to take legal action",
        ],
        "da": [
            "sagsøg*", "retssag*", r"gå rettens vej", r"tilbageførsel*", r"dårlig(?:e)? anmeldelse*", r"anmelde jer",
            r"find(?:er|e)? (?:vi |jeg )?(?:et|en) (?:andet|anden|nyt|ny) (?:bureau|leverandør|firma|udvikler)",
            r"(?:vi|jeg) (?:vil |må |kommer til at )?opsige\w* (?:aftalen|kontrakten|samarbejdet)", r"opsiger (?:vi|jeg) (?:aftalen|kontrakten|samarbejdet)", r"advar(?:e|er)? andre", r"gå et andet sted hen",
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
            r"not going to (?:wait|accept|tolerate)", r"I(?:'m| am) done (?:waiting|with (?:you|this|your|it all|being|(?:the |your |all the )?excuses|all (?:of )?this|chasing))", r"unless (?:you|the|this|it|I|we)",
            r"if (?:this|it|the \w+) (?:is not|isn't) (?:fixed|resolved|done|sorted|restored|working)", r"make it happen",
            r"(?:non|not)-?negotiable", (r"I don't care (?:what|how|who)", 0.35), r"(?:or|else) we(?:'re| are) done", r"I(?:'m| am) losing (?:my )?patience",
        ],
        "da": [
            r"ellers (?:finder|går|skifter)", r"ingen undskyldninger", (r"gider ikke", 0.35), r"sidste chance",
            r"sidste advarsel", r"hvis det ikke er (?:løst|ordnet|fikset|rettet)", r"jeg accepterer ikke", (r"enten .{1,40} eller også", 0.3), r"jeg forventer (?:svar|en forklaring|en løsning)",
        ],
        "fi": [
            (r"muuten (?:otan|otamme|vaihdamme|haemme|peru)", 0.35), r"viimeinen (?:varoitus|mahdollisuus)", r"ei tekosyitä",
            r"jos (?:tätä|asiaa|vikaa) ei (?:korjata|ratkaista)", r"en hyväksy", r"en suostu", r"jos (?:sivut|sivusto|tämä|se) (?:eivät|ei) ole valmi\w*",
        ],
        "de": [
            r"sonst (?:werde|werden|gehe|gehen|suche|suchen|wechseln)", (r"andernfalls", 0.35), r"keine Ausreden", r"letzte (?:Warnung|Chance)",
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
            (r"rahat?(?:ni|mme)? takaisin", 0.5), r"en maksa", r"emme maksa", r"vaadin", r"odotan vastausta", r"vaadimme", (r"välittömästi", 0.3), (r"heti\b(?!,? kun)", 0.25),
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
            (r"you (?:never|always) ", 0.3), r"you (?:broke|ruined|messed up|screwed up|failed)", r"you fix it", r"because of you",
            r"because your (?:team|code|tool|system|site|developers?)", (r"thanks to you(?:r (?:\w+ )?\w+)?,? (?:we|I|our|my|the|everything|nothing|it)\b[^.!?]{0,60}\b(?:lost|missed|broke|broken|down|late|failed|can't|cannot|couldn't|no longer|wrong|crashed|ruined)", 0.5), (r"(?:lost|missed|broke|broken|down|late|failed|wrong|crashed|ruined)\b[^.!?]{0,60}\bthanks to you(?:r (?:\w+ )?\w+)?", 0.5), r"your (?:mistake|mess|screw-up|incompetence)",
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
            r"how dare you", (r"a disaster", 0.3), r"not how (?:a )?professional", r"pissed(?: off)?", r"(?:is|are) a mess", "shit*", r"crap(?:py)?",
        ],
        "da": [
            "inkompetent*", "amatør*", r"ubrugelig(?:t|e)?", (r"en joke", 0.3), r"latterlig(?:t|e)?", r"uprofessionel(?:t|le)?",
            (r"pinligt", 0.3), r"elendig(?:t|e)?", r"hvordan kan I (?:\w+ ){0,2}(?:finde på|være så|overhovedet|lade det ske|tillade|misforstå|glemme|ødelægge|slette|sende|tage|kalde)", r"hvordan (?:kan|tør) I tillade jer", r"katastrofe",
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
            r"(?:great|fantastic|brilliant), another", (r"as usual", 0.25), r"how (?:surprising|shocking)",
        ],
        "da": [r"tak for ingenting", r"flot klaret,? virkelig", r"nå,? (?:fantastisk|perfekt|super)", (r"som sædvanlig", 0.25), r"hvor overraskende"],
        "fi": [r"kiitos ei mistään", r"hienoa työtä[,.]? todella(?= *[.!?])", r"no,? (?:mahtavaa|hienoa|loistavaa)", (r"kuten tavallista", 0.25)],
        "de": [r"danke für nichts", r"(?:na )?toll gemacht", r"na (?:toll|super|prima|großartig)", (r"wie immer", 0.25), r"was für eine Überraschung"],
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
            (r"(?:four|five|several|multiple|many) times", 0.4), (r"\d+ times", 0.4), (r"is (?:anyone|anybody) (?:actually |even )?(?:reading|listening)", 0.45),
            (r"(?:no one|nobody) (?:ever )?(?:answers|replies|responds|gets back)", 0.35), (r"is (?:anyone|anybody) (?:there|home|out there)", 0.45),
            (r"(?:I've|I have|we've|we have) (?:now )?been waiting (?:for )?(?:a|over a|more than a|two|three|four|several|\d+) (?:days?|weeks?|months?)", 0.4),
        ],
        "da": [r"igen", (r"stadig", 0.25), (r"endnu en", 0.25), (r"ingen svarer", 0.35), (r"(?:har|vi har|jeg har) (?:nu )?ventet i", 0.4), (r"(?:jeg )?venter stadig", 0.35), (r"for (?:anden|tredje|fjerde) gang", 0.45), (r"hvor mange gange", 0.45), (r"som (?:jeg )?(?:tidligere )?(?:skrevet|nævnt)", 0.3)],
        "fi": [r"taas", r"jälleen", (r"edelleen(?:kään)?", 0.25), (r"vieläkään", 0.3), (r"(?:toisen|kolmannen|neljännen) kerran", 0.45), (r"kuinka monta kertaa", 0.45), (r"kukaan ei vastaa", 0.35), (r"olen odottanut (?:jo )?(?:viikon|viikkoja|kuukauden|päiviä)", 0.4), (r"odotan edelleen", 0.35)],
        "de": [r"schon wieder", (r"wieder(?:um)?\b", 0.15), r"erneut", (r"immer noch", 0.3), (r"noch immer", 0.3), (r"zum (?:zweiten|dritten|vierten) Mal", 0.45), (r"wie oft noch", 0.45), (r"wie oft (?:muss|soll) ich", 0.45), (r"niemand antwortet", 0.35), (r"keiner meldet sich", 0.35), (r"niemand meldet sich", 0.35), (r"seit Tagen", 0.25), (r"seit Wochen", 0.3), (r"seit Wochen warte ich", 0.35), (r"warte (?:ich )?immer noch", 0.35), (r"wie bereits (?:erwähnt|geschrieben|gesagt)", 0.3)],
    },
    "escalation": {
        "en": [r"your (?:manager|boss|supervisor|superior|CEO|director)", r"escalat(?:e|ing)", r"(?:speak|talk) to (?:someone|somebody) (?:in charge|senior)", r"someone in charge", r"higher up"],
        "da": [r"(?:din|jeres) (?:chef|leder|direktør)", r"eskaler*"],
        "fi": [r"(?:esimiehenne|esihenkilönne|johtajanne|pomonne|teidän (?:esimie|esihenkilö|johtaj|pomo)\w*)", r"eskaloi*"],
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
        "de": [r"wissen Sie (?:überhaupt|eigentlich), was", r"(?:Sie|ihr|Ihr Team|Ihre Leute|euer Team) (?:\w+ )?(?:haben|habt|hat) (?:\w+ )?keine Ahnung", r"ob Sie (?:überhaupt )?wissen, was Sie tun",
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
        "fi": [r"liian kallis*", r"(?:hinta|laskutus) on (?:aivan )?liian (?:korkea|suuri|kova)", r"liian korkea", ("kilpailija*", 0.25), r"puoleen hintaan", r"halvemmalla"],
        "de": [r"viel zu teuer", r"zu teuer", r"(?:Ihr|Ihre|die) Konkurrenz (?:macht|bietet|verlangt)", r"Preis ist (?:viel )?zu hoch", r"für die Hälfte", r"überteuert"],
    },
    "pressure": {
        "en": [
            r"should be quick", r"(?:still )?within the (?:original |same )?budget", r"(?:at|for) the same price",
            r"at no (?:extra|additional) (?:cost|charge)", r"while you're at it", (r"I know we said .{1,30} but", 0.3),
            r"(?:should|would) have been included", r"included (?:in the price )?anyway",
        ],
        "da": [r"samme pris", r"uden ekstra (?:beregning|omkostning)", r"det (?:burde|bør) gå hurtigt", r"inkluderet i prisen", r"kan I også lige"],
        "fi": [r"samaan hintaan", r"ilman lisämaksua", r"pitäisi olla nopea", r"sisältyy hintaan", r"kuuluu hintaan"],
        "de": [r"(?:zum|für den) gleichen Preis", r"ohne Aufpreis", r"sollte schnell gehen", r"im Preis (?:inbegriffen|enthalten)", r"auch noch schnell"],
    },
}

def _extend(table: dict[str, dict[str, list]], additions: dict[str, dict[str, list]]) -> None:
    for name, by_lang in additions.items():
        for lang, entries in by_lang.items():
            table.setdefault(name, {}).setdefault(lang, []).extend(entries)


# Families of phrasing that carry heat without the obvious keywords, found by
# scoring an independently written corpus (tests/corpus_blind).  Each entry is
# a pattern for a *way of saying* something (refusing an invoice in any word
# order, "I'll share my experience" as a review threat, "would have been nice
# to hear", an outsider relative overriding advice), in all four languages.
_extend(SIGNALS, {
    "threat": {
        "en": [
            r"(?:preparing|prepare|filing|file|bring|bringing) (?:a )?claim", r"claim for (?:damages|compensation|(?:the |our )?(?:lost|losses|revenue))",
            r"(?:hearing|hear) from (?:her|him|them|my|our) (?:directly|lawyer|solicitor|attorney)?", r"(?:sue|claim) (?:you )?for damages",
            r"(?:share|sharing|tell|telling|post|posting|write|writing) (?:about )?(?:my|our) (?:experience|story)", r"people (?:deserve|need|ought) to know",
            (r"trustpilot", 0.3), (r"yelp", 0.3), (r"(?:on|to) clutch", 0.3), r"(?:reverse|reversing) the (?:payment|charge)", r"(?:plenty of|other) (?:agencies|developers|freelancers|studios) (?:would|will|are)",
            r"(?:take|move) (?:the|our|my) (?:account|work|project) elsewhere", r"pulling (?:the|our|my) (?:contract|account|business)",
        ],
        "da": [
            (r"anmeldelse\w*", 0.25), (r"trustpilot", 0.3), r"advares mod", r"advare andre", r"lægger ikke fingrene imellem", r"kræve\w* erstatning",
            r"gå en anden vej", r"(?:finder|skifter|vælger) (?:vi|jeg) (?:en )?(?:anden|andet|ny|nyt) (?:leverandør|bureau|samarbejdspartner|partner)",
            r"overgive\w* (?:sagen|det) til", r"(?:tage|tager) (?:sagen )?(?:videre|i retten)",
        ],
        "fi": [
            r"(?:vie|vien|viemme|viedään|viedä) (?:asia[n]? )?oikeuteen", r"asia(?:n)? oikeuteen", r"vahingonkorvau\w*", r"korvausvaati\w*",
            (r"arvostelu\w*", 0.3), (r"trustpilot", 0.3), r"(?:etsi|hae|vaihta)\w* (?:uuden|toisen|muun) (?:toimittajan|toimiston|tekijän|kumppanin|yrityksen)",
            r"(?:puramme|puran|purkaa|purkamme) sopimuksen", r"sopimuksen purkami\w*", r"annan asian\w*", r"(?:varoitan|varoittaa) muita",
        ],
        "de": [
            (r"Schadens?ersatz\w*", 0.35), r"zurückbuch\w*", r"zurückgebucht", r"Erfahrung\w* (?:öffentlich )?(?:teilen|schildern)", r"es öffentlich machen", r"ausführlich schildern",
            r"schildern, wie", (r"(?:auf|bei) (?:Google|Trustpilot|ProvenExpert|Kununu)(?! (?:Ads|Analytics|Maps|Suche|Ranking|My Business|Workspace))", 0.25), r"öffentlich machen", r"andere (?:warnen|Kunden warnen)",
            r"anderweitig (?:umsehen|suchen|vergeben)", r"(?:ich|wir) (?:kündige|kündigen|kündigt)\w*",
        ],
    },
    "ultimatum": {
        "en": [
            r"(?:I|we) don't want to hear (?:that|it|any excuses|excuses)", r"(?:whether|if) you(?:'re| are) in or (?:not|out)", r"take it or leave it",
            r"(?:this|it) (?:can't|cannot|can not) (?:go on|continue)", r"(?:your|the) (?:only|last|final) warning",
        ],
        "da": [r"(?:kan|skal) ikke fortsætte", r"jeg gider ikke (?:høre|vente)", (r"ellers må (?:vi|jeg)", 0.3), r"ring (?:til )?(?:mig|os) (?:nu|med det samme|omgående)"],
        "fi": [r"ei voi jatkua", (r"(?:soita|soittakaa) (?:minulle |meille )?(?:heti|välittömästi|nyt)", 0.35), r"jos hinta ei jousta", r"en halua kuulla"],
        "de": [r"(?:das )?lässt sich (?:jetzt )?nicht (?:mehr )?ändern", r"(?:letzte|allerletzte) Frist", r"setze (?:ich )?Ihnen (?:hiermit )?eine Frist",
               r"ich will (?:keine|nichts) (?:Ausreden|hören)", r"rufen Sie (?:mich )?(?:sofort|jetzt|umgehend) an", r"so kann es nicht weitergehen"],
    },
    "demand": {
        "en": [
            (r"(?:won't|will not|am not going to|refuse to|not going to) be paying", 0.5), (r"(?:I'm|I am|we're|we are) not paying(?! (?:by|with|via|through|online|upfront|in (?:advance|cash|instal)))", 0.5),
            (r"(?:return|give back|repay|pay back) (?:the |my |our |all )?(?:[£$€]\s?[\d.,]+k?|money|deposit|payment|amount|fees?)", 0.45),
            r"(?:the |my |our )deposit back", r"credit note for the (?:full|whole|entire) amount", r"where are (?:the|my|our)", r"what's the hold-?up",
            (r"explain (?:this|that|yourself)[.!]", 0.45),
        ],
        "da": [
            (r"(?:jeg|vi) betaler ikke", 0.5), r"(?:pengene|beløbet) (?:retur|tilbage)", r"(?:få|have) (?:pengene|beløbet) retur", r"hvor bliver [\w ]{1,30} af",
            r"hvornår kommer (?:de|det|rettelserne|ændringerne)", r"jeg forventer en forklaring",
        ],
        "fi": [
            (r"(?:emme|en) (?:aio )?maksa", 0.5), r"hyvityslasku\w* koko", r"rahat takaisin", r"maksu\w* takaisin", r"summa\w* takaisin", r"missä (?:on|ovat|viipyy|viipyvät)",
            r"odotan selitystä",
        ],
        "de": [
            (r"(?:werde|werden) (?:ich|wir) nicht (?:be)?zahlen", 0.5), (r"(?:ich|wir) (?:werde|werden) (?:sie|diese|die|das) (?:\w+ )?nicht (?:be)?zahlen", 0.5),
            (r"Rückzahlung\w*", 0.45), r"zurück(?:zahlen|erstatten|überweisen)", r"wo bleib(?:t|en)", r"ich erwarte (?:noch heute|heute noch|umgehend|sofort|bis \w+) (?:eine )?(?:Erklärung|Antwort|Stellungnahme|Entschuldigung)",
        ],
    },
    "blame": {
        "en": [
            r"(?:does|did) (?:anyone|anybody|nobody|no one) (?:over there )?(?:even |actually |ever )?(?:check|test|read|proofread|look at|care)", r"who (?:checks|tested|checked|reviews) (?:this|these|that)",
            r"(?:since|because) (?:nobody|no one) (?:over there|there|on your (?:side|end)|at your (?:end|agency)) (?:seems to )?(?:cares?|bothers?)",
            r"(?:on|at) your (?:end|side),? not (?:on )?ours", r"not (?:on )?(?:our|my) (?:end|side)",
        ],
        "da": [
            r"det er jer,? der", r"det er jer,? som", r"hvordan kan det (?:overhovedet )?ske", r"ikke (?:vores|min) (?:skyld|fejl)", r"tjekker I (?:overhovedet|aldrig)",
            r"ligger (?:helt )?(?:klart )?hos jer",
        ],
        "fi": [r"ei meidän", r"eikö kukaan (?:testaa|tarkista|lue)", r"ettekö (?:te )?(?:testaa|tarkista|lue)", r"teidän puolellanne"],
        "de": [
            r"liegt (?:\w+ )?an Ihne[nm]", r"liegt (?:\w+ )?an Ihrem", r"liegt (?:\w+ )?an eurem", r"nicht an uns", r"prüft (?:das )?(?:eigentlich|überhaupt) (?:niemand|keiner|jemand)",
            r"testet (?:das )?(?:eigentlich|überhaupt) (?:niemand|keiner|jemand)",
        ],
    },
    "insult": {
        "en": [r"unbelievable(?=[.!?])", r"(?:none|neither) of (?:them|these|it) (?:is|are|was|were) (?:\w+ )?(?:usable|acceptable|any good)(?: either)?"],
        "da": [r"dybt uprofessionel\w*", r"hvad bilder I jer ind"],
        "fi": [r"käsittämätön\w*", r"uskomatonta(?=[.!?])"],
        "de": [r"unglaublich(?=[.!?])", r"so etwas habe ich noch nie erlebt", r"unter aller Kanone"],
    },
    "sarcasm": {
        "en": [r"(?:great|nice|good|fantastic|brilliant|lovely|amazing|excellent) (?:job|work)(?: on [\w' -]{1,40})?[.!]+ really", r"anyone\?", r"anybody\?"],
        "da": [r"(?:flot|godt|super|fantastisk) (?:klaret|arbejde)[.!]+ virkelig", r"(?:flot|super|fantastisk)[.!]+ virkelig"],
        "fi": [r"(?:hienoa|mahtavaa|loistavaa|upeaa) (?:työtä)?[.!]+ (?:todella|oikeasti)", r"kiva kuulla tästä (?:blogista|uutiskirjeestä|muualta)"],
        "de": [r"(?:toll|super|klasse|prima|großartig)[.!]+ (?:wirklich|echt) (?:ganz )?(?:toll|super|klasse|prima|großartig)", r"(?:super|tolle|klasse) Arbeit,? wirklich"],
    },
    "anger": {
        "en": [
            r"what (?:are we|am I|are you) (?:even |actually |exactly )?paying (?:you )?for", r"(?:with|without) (?:no|any) (?:warning|notice)",
            r"(?:I've|I have|we've|we have) never (?:seen|experienced) (?:anything|something) like", r"(?:tired|sick) of chasing", r"chasing you",
            r"(?:nobody|no one) (?:over there )?(?:seems to )?cares?", r"would have been nice to (?:hear|know|be told)",
        ],
        "da": [
            r"hvad (?:vi|jeg) (?:egentlig )?betaler (?:jer )?for", r"har (?:aldrig|ikke) oplevet (?:noget lignende|mage)", r"løbe efter jer", r"nul (?:nye )?(?:kunder|leads|resultater|salg)",
            r"ville have været rart at (?:høre|vide|få)", r"hænge os ud", r"slet ikke det,? (?:vi|jeg) aftalte", r"meget utilfredse",
        ],
        "fi": [
            r"mistä (?:me |minä )?(?:oikein )?maksa(?:mme|n)", r"en ole (?:ikinä|koskaan) (?:nähnyt|kokenut)", r"yhtään (?:liidiä|asiakasta|kauppaa|tulosta)",
            r"olisi ollut (?:kiva|mukava|hyvä) kuulla", r"menettäneet (?:tuhansien|satojen|paljon|asiakkaita|myyntiä)", r"(?:en|emme) jaksa enää", r"kuinka monta kertaa",
            r"ei vastaa sopimusta",
        ],
        "de": [
            r"wofür (?:wir|ich) (?:eigentlich |überhaupt )?(?:bezahlen|zahlen)", r"keine Lust mehr", r"hinterher(?:zu)?laufen", r"wäre schön gewesen,? (?:das )?(?:zu )?(?:erfahren|hören|wissen)",
            r"voller Fehler", r"unter Druck setzen",
        ],
    },
    "repeated_contact": {
        "en": [(r"(?:as per|per) my (?:previous|last|earlier) (?:\w+ )?(?:emails?|messages?|notes?)", 0.45), (r"(?:still|been) waiting (?:on|for)", 0.3), (r"circling back", 0.2),
               (r"(?:fourth|third|fifth|second) time (?:I've|I have|we've|we have) asked", 0.45)],
        "da": [(r"(?:ikke|intet) (?:har )?hørt (?:noget )?fra jer", 0.4), (r"skrive igen", 0.3), (r"(?:min|mine) (?:sidste|tidligere|seneste) (?:mail|mails|besked)", 0.35), (r"mailen før", 0.35)],
        "fi": [(r"taas kerran", 0.4), (r"(?:jo )?(?:toista|kolmatta|neljättä) kertaa", 0.45), (r"palaan (?:vielä |jo )?asiaan", 0.25), (r"pyysin jo", 0.35), (r"(?:en ole|emme ole) (?:vieläkään|edelleenkään) saanut", 0.4)],
        "de": [(r"wie bereits in meine[nr]? (?:E-Mails?|Mails?|Nachrichten?)", 0.45), (r"(?:meine[nr]?|unsere[nr]?) (?:E-Mails?|Mails?|Nachrichten?) vom", 0.35), (r"trotz mehrfacher", 0.45)],
    },
    "icy_politeness": {
        "en": [r"so (?:that )?we can (?:both )?move on", r"I (?:assume|trust|expect) (?:this|that|it) will (?:now )?be (?:\w+ )?(?:resolved|fixed|sorted|handled|prioriti[sz]ed)"],
        "da": [r"jeg går ud fra,? at (?:det|dette|sagen) (?:nu )?(?:bliver|er) (?:\w+ )?(?:prioriteret|løst|rettet|ordnet)", r"jeg tillader mig (?:lige )?at"],
        "fi": [r"oletan,? että (?:asia|tämä|se) (?:\w+ )?(?:hoidetaan|korjataan|ratkaistaan)"],
        "de": [r"ich gehe davon aus,? dass (?:Sie|ihr|das|dies) (?:sich )?(?:nun|jetzt|endlich|zeitnah)"],
    },
    "doubt": {
        "en": [
            r"(?:not|never) (?:been )?convinced (?:that )?(?:anyone|you|your (?:team|agency|people))", r"understands? how [\w ]{1,30} (?:actually )?works",
            (r"my (?:nephew|niece|son|daughter|cousin|brother|sister|friend|son-in-law|brother-in-law|husband|wife|neighbou?r) (?:\w+ )?(?:says|said|thinks|thought|could|would|can|built|builds|made|makes|knows|told|reckons|does)", 0.35),
            (r"(?:our|my) (?:intern|IT guy|IT person|web guy)", 0.3), r"(?:do|doing) (?:it|things|this) (?:my|our) way", r"my way from now on", (r"outdated", 0.3),
        ],
        "da": [
            (r"min (?:svoger|nevø|niece|søn|datter|bror|søster|fætter|kusine|ven|veninde|mand|kone|nabo)\b", 0.35), r"(?:på|på min) (?:egen )?måde fremover", r"min egen måde",
            r"tvivle\w* på,? om I", (r"gammeldags", 0.3), r"ved,? hvad I laver",
        ],
        "fi": [
            r"(?:en ole|emme ole) (?:lainkaan |yhtään )?vakuuttun\w*", r"(?:minun|meidän) tavalla\w*", r"niin kuin (?:me|minä) (?:ne |sen )?(?:määrittelemme|määrittelen|haluamme|haluan|sanon|sanomme)",
            (r"(?:veljenpoika|siskonpoika|veljentytär|poika|tytär|lanko|kaveri|ystävä|naapuri)(?:ni|mme) (?:sanoo|sanoi|osaisi|tekisi)", 0.4),
            (r"vanhanaikai\w*", 0.3), r"ylimitoitet\w*",
        ],
        "de": [
            r"ob (?:Sie|Ihr Team|ihr|Ihre Leute|Ihre Agentur) (?:überhaupt |eigentlich )?(?:weiß|wissen|wisst),? was (?:es|Sie|sie|ihr) (?:tut|tun|macht|machen)",
            (r"(?:mein|meine|unser|unsere) (?:Neffe|Nichte|Sohn|Tochter|Freund|Schwager|Praktikant|Praktikantin|Bruder|Cousin|Nachbar) (?:\w+ )?(?:sagt|meint|findet|hätte|könnte|würde|hat gesagt|baut)", 0.35),
            r"sehe nicht ein,? warum", r"(?:so,? )?wie ich es (?:sage|will|möchte)", (r"veraltet\w*", 0.3),
        ],
    },
    "haggling": {
        "en": [r"(?:signed off on|agreed on|agreed to|accepted|approved) (?:[£$€]\s?)?\d[\d.,]*k?(?: (?:dollars|euros|pounds))?,? but\b", r"need you (?:at|to come down to|to drop to)", r"come down to", r"(?:number|price) doesn't work"],
        "da": [r"tilbud fra (?:et|en) (?:andet|anden)", r"det halve", r"aftalt \d[\d.,]*\s?(?:kr\.?|kroner|DKK|€|euro)?,? men\b", r"gå ned (?:på|til|i pris)", r"kan (?:jeg|vi) ikke forsvare"],
        "fi": [r"sovittiin \d[\d\s.,]*\s?(?:euro\w*|€)?,? mutta\b", r"(?:se|hinta) on liikaa", r"hinta ei jousta"],
        "de": [r"(?:hatten|haben) (?:doch )?[\d.,]+\s?(?:€|Euro|EUR) (?:vereinbart|ausgemacht),? aber", r"beim Preis (?:nicht )?entgegen", r"(?:hat|haben) uns [\d.,]+\s?(?:€|Euro) angeboten"],
    },
    "pressure": {
        "en": [
            r"(?:covered|included) (?:by|in) what we (?:already )?pay", r"(?:it's|its|is) all part of", r"don't see why (?:it|this|that) (?:should|would) be (?:a problem|so hard|difficult)",
            r"(?:couple|few) (?:of )?more (?:things|bits|features|pages)",
        ],
        "da": [r"når I (?:nu )?alligevel er i gang", r"må vel være", r"kan I (?:så )?(?:ikke )?også", r"jeg forstår ikke,? hvorfor det (?:skulle|skal) være (?:et problem|så svært)",
               r"jeg ved godt,? at [^.!?]{1,50}\bmen\b"],
        "fi": [r"kuulu\w* (?:jo )?(?:sovittuun |samaan )?hintaan", r"voisitteko samalla", r"tiedän,? että [^.!?]{1,60}\bmutta\b", r"pakko saada"],
        "de": [r"bei der Gelegenheit", r"im (?:bisherigen|ursprünglichen|vereinbarten) Budget", r"(?:mir ist klar|ich weiß),? dass [^.!?]{1,70}\baber\b"],
    },
})

# Words a lawyer is neutral next to (a contract being reviewed), and words that
# make a lawyer sentence conditional, i.e. a threat.
LEGAL_NEUTRAL_CONTEXT = [
    "review*", "contract*", "agreement*", "draft*", "terms", "NDA", r"look over", r"go over", "sign*", "comment*", "clause*",
    "kontrakt*", "aftale*", "gennemg*", "udkast*", "kommentar*", "sopimu*", "luonno*", "kommen*", "käy(?:dä)? läpi", "tarkast*",
    "Vertrag*", "Vertrags*", "prüf*", "durchseh*", "Entwurf*", "Klausel*", "Einwänd*", "Einwand", "unterschrieb*", "unterzeichn*",
    "approved", "signed", "no objections", "godkend*", "underskrev*", "allekirjoit*",
    # Compounds: "databehandleraftalen", "Auftragsverarbeitungsvertrag", "tietosuojasopimus".
    r"\w+aftale\w*", r"\w+vertrag\w*", r"\w+sopimu\w*", "DPA", "databehandler*", "DSGVO", "GDPR",
]
# (Neither: a lawyer named in a sentence with no context is a weak threat.)
LEGAL_CONDITIONAL = [
    "or", "unless", "otherwise", "if", "else", r"will (?:contact|involve|instruct|hand|forward|be in touch|take)", r"(?:contact|call|involve|instruct)(?:ing)? (?:my|our)",
    "ellers", "hvis", "medmindre", r"kontakte(?:r)? (?:min|vores)", "muuten", "jos", "mikäli", "ellei", "ellette", r"muussa tapauksessa",
    r"otan yhteyttä", "sonst", "ansonsten", "andernfalls", "anderenfalls", "wenn", "falls", r"einschalten", r"übergeben", r"beauftrage\w*",
    r"hinzuziehen", r"weiterleite\w*",
]
# ...or already done: "I have taken legal advice", "my lawyer is informed", "vi har talt med vores
# advokat". A threat too, unless the sentence is about a contract (LEGAL_NEUTRAL_CONTEXT).
LEGAL_DONE = [
    r"(?:taken|taking|took|sought|got|obtained|getting|seeking) (?:\w+ )?(?:legal )?advice", r"(?:spoken|speaking|talked|consulted|consulting)",
    r"(?:is|are|has been|have been) (?:\w+ )?(?:informed|aware|copied|in copy|cc'?d)",
    r"talt med", r"rådført", r"orienteret", r"inddraget", r"gesprochen", r"konsultiert", r"informiert", r"in Kopie",
    r"konsultoi\w*", r"ollut yhteydessä", r"puhunut", r"tiedoksi", r"tätig", r"aktiv werden", r"vorgelegt", r"eingeschaltet",
    r"beauftragt", r"übergeben",
]

# "...it goes on Trustpilot if nothing happens now": a weak threat word (a review site, a
# contract ending) in a sentence with one of these is a threat made, at THREAT_IN_CONDITION.
THREAT_CONDITIONS = [
    r"if (?:not|nothing)", r"if (?:this|it|that) (?:is|isn't|doesn't|does not|is not|isn't)", "unless", "otherwise", r"or else",
    r"hvis (?:ikke|intet|det ikke)", "medmindre", "ellers", r"wenn (?:nicht|nichts|das nicht|ich nicht|bis)", "sonst", "andernfalls",
    r"jos (?:ei|emme|en)\b", "ellei", "ellette", "muuten", r"muussa tapauksessa",
]
THREAT_IN_CONDITION = 0.55

# Someone else's anger reported by a calm client ("one of our customers
# threatened to sue"): threat and anger words in such a sentence count less.
REPORTED_SPEECH = [
    r"threaten(?:ed|ing|s) to", r"one of our (?:customers|clients|users|members|guests)", r"a (?:customer|client|user|guest) (?:of ours )?(?:is|was|has|wrote|said|complained|called)",
    r"(?:our|the|some|many) (?:customers|clients|users|guests) (?:are|were|have been|say|said)", r"(?:he|she|they) (?:said|says|wrote|told)",
    r"truede med", r"truer med", r"en af vores kunder", r"en kunde (?:har|er|skrev|sagde)", r"vores kunder (?:er|har|siger)",
    r"uhkasi", r"uhkaa", r"(?:eräs|yksi) asiakkaistamme", r"asiakkaamme (?:on|ovat|sanoi|kirjoitti)", r"asiakas (?:on|oli|sanoi|kirjoitti|uhkasi)",
    r"drohte", r"hat (?:damit )?gedroht", r"droht (?:damit|mit)", r"(?:ein|eine) (?:Kunde|Kundin) (?:hat|ist|schrieb|sagte)", r"unsere Kunden (?:sind|haben|sagen)",
    # Someone else's words in a relative clause: "a customer who was furious", "en kunde, der var vred".
    r"a (?:customer|client|guest|tenant|user) (?:who|that)", r"from a (?:customer|client|guest|tenant|user)",
    r"en (?:kunde|gæst|lejer|bruger),? (?:der|som)", r"fra en (?:kunde|gæst|lejer|bruger)",
    r"(?:ein|eine) (?:Kunde|Kundin|Gast|Mieter|Mieterin|Nutzer),? (?:der|die)", r"von (?:einem|einer) (?:Kunden|Kundin|Gast|Mieter)",
    r"(?:asiakas|vieras|vuokralainen|käyttäjä),? joka", r"(?:asiakkaalta|vieraalta|vuokralaiselta)",
]
REPORTABLE_SIGNALS = ("threat", "anger", "insult", "ultimatum", "demand")

# The sender takes the blame or calls it a mistake ("our bank flagged it by mistake, sorry
# for the confusion", "det er helt vores fejl"): whatever scary words follow, they are not
# aimed at us.  heat.py damps every signal by OWN_FAULT_DAMPING when one is present.
OWN_FAULT: dict[str, list] = {
    "en": [
        r"(?:entirely |completely |totally |all )?(?:our|my) (?:own )?(?:mistake|fault|error|bad|oversight|doing)",
        r"(?:entirely|completely|totally|all) (?:on )?(?:our|my) (?:side|end)", r"(?:it was|that was|that's|it's) on (?:us|me)",
        r"(?:we|I|our bank|the bank|my bank|our accountant|our system)\b[^.!?\n]{0,60}\b(?:by mistake|by accident|accidentally|in error)",
        r"(?:sorry|apologies|apologize|apologise) for (?:the|any) (?:confusion|mix-?up|trouble|hassle|inconvenience|noise|admin)",
        r"(?:the|our|my) bank'?s? (?:mistake|error)", r"(?:not|never) your fault", r"no fault of yours",
        r"(?:please )?(?:ignore|disregard) (?:it|that|the|this|my)",
    ],
    "da": [
        r"(?:helt )?(?:og aldeles )?(?:vores|min) (?:egen )?(?:fejl|skyld)", r"(?:det er|det var) (?:helt )?(?:os|mig),? der (?:har )?(?:lavet|begået|lavede|begik) (?:en )?fejl\w*",
        r"(?:vi|jeg|vores bank|banken)\b[^.!?\n]{0,60}\b(?:ved en fejl|ved et uheld|fejlagtigt)",
        r"undskyld (?:for )?(?:besværet|forvirringen|rodet|ulejligheden)", r"(?:bankens|vores banks) fejl",
        r"ikke (?:jeres|din) (?:skyld|fejl)", r"(?:se bort fra|ignorere) (?:den|det|beskeden|mailen)",
    ],
    "fi": [
        r"(?:täysin |kokonaan )?(?:meidän|minun) (?:oma )?(?:virhe|vika|moka|syy)\w*", r"(?:meidän|minun) päässämme",
        r"(?:me|minä|pankki|pankkimme)\b[^.!?\n]{0,60}\b(?:vahingossa|virheellisesti|erehdyksessä|vahingon kautta)",
        r"(?:sori|pahoittelen|pahoittelemme|anteeksi) (?:vaiva\w*|sekaannus\w*|sotku\w*|häiriö\w*)", r"pankin (?:virhe|moka)",
        r"ei (?:ole )?teidän (?:vika|syy|virhe)\w*", r"(?:voitte jättää|jättäkää) (?:sen |se )?huomiotta",
    ],
    "de": [
        r"(?:ganz |komplett )?(?:unser|mein) (?:eigener )?Fehler", r"(?:lag|liegt) (?:\w+ )?(?:komplett |ganz )?bei (?:uns|mir)",
        r"(?:wir|ich|unsere Bank|die Bank)\b[^.!?\n]{0,60}\b(?:versehentlich|aus Versehen|fälschlicherweise|irrtümlich)",
        r"(?:Entschuldigung|Sorry|entschuldigen Sie) (?:für )?(?:das Durcheinander|die Verwirrung|die Umstände|den Aufwand)",
        r"Fehler (?:unserer|der) Bank", r"nicht (?:Ihre|eure|deine) Schuld", r"(?:bitte )?ignorieren Sie (?:die|das|diese)",
    ],
}
OWN_FAULT_DAMPING = 0.6

# Polite and positive wording: dampens the weaker signals (see SIGNAL_WEIGHTS).
POSITIVE: dict[str, list] = {
    "en": [
        r"thanks?(?: you)?(?! for nothing)", r"please", (r"no rush", 0.6), (r"no hurry", 0.6), r"looking forward", r"love(?:d|ly)?", r"great",
        r"amazing", r"awesome", r"excellent", r"wonderful", r"fantastic", r"perfect", r"appreciate(?:d)?", r"happy", r"glad",
        r"brilliant", r"could you", r"would you", r"when you have a (?:moment|minute|chance)", r"whenever (?:you can|suits)", r"cheers",
        r"wow", (r"best regards", 0.15), (r"kind regards", 0.15), r"congrat\w*", r"kudos", r"delighted", r"thrilled", r"impressed",
        r"no problem", (r"unsubscribe", 0.4), (r"view (?:this email )?in (?:your |a )?browser", 1.0), (r"manage (?:your )?(?:email )?preferences", 1.0),
    ],
    "da": [r"tak(?! for ingenting)", r"tusind tak", (r"venlig hilsen", 0.15), r"på forhånd tak", r"glæder (?:mig|os)", r"super", r"fantastisk", r"dejlig(?:t)?",
           r"kan (?:du|I) venligst", r"gerne", (r"ingen hast", 0.6), r"perfekt", r"flot(?:t)?", r"tillykke", (r"afmeld\w*", 1.0), (r"frameld\w*", 1.0)],
    "fi": [r"kiitos(?!\s+ei mistään)", r"kiitoksia", (r"ystävällisin terveisin", 0.15), (r"terveisin", 0.15), r"voisitteko", r"voisitko", r"hieno*", r"mahtav*", r"loistav*",
           r"hyvä(?!ksy)\w*", r"ihana*", (r"ei kiirettä", 0.6), (r"samaa mieltä", 0.5), r"onnittelu\w*", (r"peru(?:uta|a) tilau\w*", 1.0), (r"tilauksen peruminen", 1.0), r"kehu*"],
    "de": [r"danke(?!\s+für nichts)", r"vielen dank", r"bitte", r"freue(?:n)? (?:mich|uns)", r"super", r"toll(?! gemacht)", r"großartig", r"prima",
           r"könnten Sie", r"gerne", (r"keine Eile", 0.6), r"perfekt", r"Glückwunsch\w*", r"gratuliere\w*", (r"abbestellen", 1.0), (r"abmelden", 1.0), (r"Newsletter abbestellen", 1.0), (r"viele Grüße", 0.15), (r"beste Grüße", 0.15), (r"mit freundlichen Grüßen", 0.15)],
}

# ------------------------------------------------------------------ shouting
# Capitalised words that are not shouting: acronyms, tags, and cheering.
NOT_SHOUTING = frozenset("""
WLAN AGB DSGVO MWST IBAN BIC PLZ UST USTID HRB SEPA MOMS CVR ALV KPL SOME LTD INC CMR EAN PIN
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
        "en": [r"refund (?:me|us|my|our|the|all|every|in full)", r"(?:a|my|our|full) refund", r"money back", r"every (?:cent|penny|dollar|euro)", r"(?:won't|will not|am not going to|refuse to|not going to) pay (?:this|the|that|your|you|a (?:cent|penny)|anything|for (?:this|that|it))",
               r"disput(?:e|ing) (?:the|this|your) invoice", r"(?:want|demand) (?:(?!rolled|roll|call|get|come|go)\w+ ){0,3}back\b(?! (?:up|online|on|in|to normal))", r"reimburse*", r"not paying (?:this|the|that|your) (?:invoice|bill)"],
        "da": [r"penge(?:ne)? tilbage", r"refusion", r"tilbagebetal*", r"betaler ikke(?! (?:ekstra|mere|oveni))", r"betale ikke(?! (?:ekstra|mere|oveni))", r"ikke betale(?! (?:ekstra|mere|oveni))", r"nægter at betale"],
        "fi": [r"rahat?(?:ni|mme)? takaisin", r"en maksa", r"emme maksa", r"hyvity*", r"(?:rahojen|maksun|summan|ennakkomaksun|kauppahinnan) palautu\w*"],
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
               r"(?:a|any|some|the|your) discount (?:on|of|for)", r"\d+ ?% (?:off|discount)", r"cheaper", r"lower (?:the|your) (?:price|rate|quote)", r"(?:we|I) agreed on .{1,20} but", r"overpriced", r"(?:price|quote|rate) is (?:too|way)"],
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
        "de": [r"(?:und|dann|jetzt) auch noch", r"noch schnell", r"im Preis (?:inbegriffen|enthalten)", r"(?:zum|für den) gleichen Preis", r"ohne Aufpreis", r"kostenlos dazu", r"im (?:ursprünglichen )?Budget"],
    },
    "doubts_expertise": {lang: list(entries) for lang, entries in SIGNALS["doubt"].items()},
    "misunderstanding": {
        "en": [r"how dare you", r"I just (?:read|saw|noticed|found)", r"are you (?:saying|implying|suggesting)", r"what do you mean", r"I(?: have|'ve) paid every",
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

# Praise and success news: the "!!!" and CAPS next to them are joy, not anger.
_extend({"positive": POSITIVE}, {"positive": {  # POSITIVE is one table keyed by language
    "en": [r"(?:the )?best [\w ]{0,25}(?:ever|we've|I've)", r"ever worked with", r"(?:we|you) did it", r"drinks are on (?:me|us)",
           r"(?:sales|orders|signups|traffic|bookings) (?:have |has )?(?:doubled|tripled|are up|went up)", r"(?:doubled|tripled)", r"record (?:sales|week|month|day|numbers)"],
    "da": [r"fordobl\w*", r"rekord\w*", r"den bedste", r"hils (?:hele )?(?:holdet|teamet)"],
    "fi": [r"tuplaantu\w*", r"kaksinkertaistu\w*", r"ennätys\w*", r"olette kultaa", r"paras\w*"],
    "de": [r"verdoppelt", r"verdreifacht", r"Rekord\w*", r"begeistert", r"Dankeschön", r"die beste"],
}})
_extend(SIGNALS, {
    "pressure": {
        "en": [r"(?:has|have|needs?|must) (?:to )?be [\w ,()]{0,40}?(?:live|done|ready|finished|launched|online|in the (?:app )?stores?) by (?:tomorrow|tonight|then|monday|tuesday|wednesday|thursday|friday|the morning)",
               r"you(?:'ve| have) had (?:it|the \w+|them|this) for (?:a|one|two|three|\d+) (?:weeks?|days?|months?)"],
        "da": [r"skal (?:\w+ ){0,6}(?:være )?(?:klar|færdig|online|live) [^.!?]{0,40}i morgen", r"I har (?:jo )?haft [^.!?]{0,30}i (?:en|to|tre|\d+) (?:uge|uger|dage|måned)"],
        "fi": [r"(?:pitää|täytyy|on pakko) (?:\w+ ){0,5}valmi\w* huomen\w*", r"teillä on (?:jo )?ollut [^.!?]{0,30}(?:viikko|viikkoa|päivää|kuukausi)"],
        "de": [r"(?:muss|müssen) (?:\w+ ){0,6}(?:bis )?morgen (?:\w+ )?(?:fertig|online|live|stehen)", r"Sie hatten (?:doch )?[^.!?]{0,30}(?:seit|eine Woche|zwei Wochen)"],
    },
})

# Second round, from a further set of independently written emails: ending the
# relationship, "you owe us", claiming-to-be-experts, nobody answering, and
# words of negative judgement that calm business mail does not use.
_extend(SIGNALS, {
    "threat": {
        "en": [r"end (?:our|this) (?:relationship|collaboration|partnership|cooperation|engagement)", r"(?:take|taking) (?:this|the matter) further",
               r"pursue (?:this|the matter)", r"(?:stop|stopping|withhold|withholding) (?:all |any )?(?:remaining|further|outstanding) payments?",
               r"put a stop (?:on|to) (?:the |all |any )?(?:remaining |further |outstanding )?payments?"],
        "da": [r"(?:stopper|afslutter|opsiger) (?:vi |jeg )?samarbejdet", r"(?:vi|jeg) (?:stopper|afslutter|opsiger) samarbejdet", r"går (?:vi |jeg )?videre med sagen", r"gå videre med sagen",
               r"et andet sted hen"],
        "fi": [r"lopet(?:amme|an) yhteistyö\w*", r"(?:päätämme|päätän|puramme) yhteistyö\w*", r"viemme asiaa eteenpäin"],
        "de": [r"Zusammenarbeit (?:zu )?beenden", r"beenden (?:wir )?die Zusammenarbeit", r"(?:rechtliche )?Schritte vor(?:behalte|behalten)"],
    },
    "demand": {
        "en": [r"you owe (?:us|me)", r"not the other way (?:round|around)"],
        "da": [r"I skylder (?:os|mig)"],
        "fi": [r"mitätöi\w*", r"(?:osuus|summa|maksu) palautetaan", r"palauttakaa (?:\w+ )?(?:rahat|maksu|summa|ennakkomaksu|osuus|hinta)\w*"],
        "de": [r"Sie schulden (?:uns|mir)"],
    },
    "anger": {
        "en": [(r"embarrass\w*", 0.35), (r"insulting", 0.4), (r"offensive", 0.4), (r"outrageous", 0.4), (r"absurd", 0.35), (r"insane", 0.35), (r"nonsense", 0.35),
               (r"sloppy", 0.4), (r"careless", 0.35), (r"shocking", 0.35), (r"worthless", 0.45), (r"misleading", 0.35), (r"(?:lied|lying) to (?:me|us)", 0.5),
               (r"(?:we|I) (?:hear|heard|get|got) nothing (?:back )?from you", 0.4), (r"without (?:a|any) (?:reply|response|answer)", 0.35), (r"at this point", 0.15)],
        "da": [(r"pinlig\w*", 0.35), (r"vanvittig\w*", 0.35), (r"håbløs\w*", 0.4), (r"sjusk\w*", 0.4), (r"uhørt", 0.4), (r"krænkende", 0.4), (r"fornærmende", 0.4),
               (r"spild af (?:penge|tid)", 0.45), (r"(?:hører|hørt) (?:intet|ingenting) fra jer", 0.4), (r"uden (?:at få )?(?:svar|noget svar)", 0.35),
               (r"ingen (?:hos jer )?(?:tog|tager) (?:telefonen|den)", 0.4), (r"ikke leveret det aftalte", 0.45)],
        "fi": [(r"nolo\w*", 0.35), (r"järjetön\w*", 0.4), (r"järjettöm\w*", 0.4), (r"hävytön\w*", 0.45), (r"hävyttöm\w*", 0.45), (r"loukkaav\w*", 0.45), (r"törke\w*", 0.45),
               (r"ei (?:yksinkertaisesti )?käy", 0.4), (r"kukaan ei ole vastannut", 0.4), (r"eikä kukaan ole vastannut", 0.4), (r"vastausta saamatta", 0.35),
               (r"ette ole toimittaneet", 0.4), (r"rahanhukkaa", 0.45)],
        "de": [(r"peinlich\w*", 0.35), (r"katastrophal\w*", 0.45), (r"schlampig\w*", 0.45), (r"Zumutung", 0.45), (r"beleidigend", 0.45), (r"absurd", 0.35),
               (r"unverschämt\w*", 0.5), (r"(?:von Ihnen|von euch) (?:kommt|hört man) nichts", 0.45), (r"ohne (?:eine )?Antwort", 0.35),
               (r"(?:zweimal|dreimal|viermal|fünfmal|mehrmals) (?:geschrieben|nachgefragt|angerufen)", 0.4), (r"Geldverschwendung", 0.45)],
    },
    "sarcasm": {
        "en": [(r"just what (?:we|I) needed", 0.3), r"maybe this time", r"(?:an|any) actual (?:strategy|plan|result|idea|answer)"],
        "da": [r"lige hvad (?:vi|jeg) manglede", r"måske denne gang"],
        "fi": [r"juuri mitä (?:tarvitsimme|tarvitsin)", r"ehkä tällä kertaa"],
        "de": [r"genau das,? was (?:wir|ich) (?:gebraucht haben|brauchten)", r"vielleicht (?:ja )?diesmal"],
    },
    "doubt": {
        "en": [r"you claim to be (?:experts?|professionals?)", r"so-called (?:experts?|professionals?)", r"do (?:it|this) (?:the way|as) (?:I|we) (?:asked|said)", r"stop suggesting"],
        "da": [r"(?:kalder|påstår) (?:I )?(?:jer|at være) (?:eksperter|professionelle)", r"gør (?:det )?som jeg (?:siger|bad om)"],
        "fi": [r"väitätte olevanne", r"harjoittelija\w*", r"niin kuin (?:pyysin|pyysimme|sanoin|sanoimme)", r"älkää\w* (?:enää )?ehdot\w*"],
        "de": [r"angeblich\w* (?:Experten|Profis)", r"sogenannte\w* (?:Experten|Profis)", r"(?:machen|tun) Sie (?:es|das) (?:einfach )?so,? wie ich (?:es )?(?:gesagt|verlangt)"],
    },
    "haggling": {
        "en": [r"(?:better|reasonable|fair|sensible) (?:price|offer|number|quote)", r"(?:get|find) (?:it|the same|that) (?:cheaper|for less) elsewhere"],
        "da": [r"bedre (?:tal|pris|tilbud)", r"(?:rimelig|fornuftig) pris"],
        "fi": [r"(?:parempi|kohtuullinen|järkevä) (?:hinta|tarjous)", r"(?:saan|saamme) (?:saman )?(?:muualta|halvemmalla)"],
        "de": [r"(?:besseres|vernünftiges|faires|realistisches) Angebot", r"bekomme ich woanders", r"bekommen wir woanders"],
    },
    "pressure": {
        "en": [r"(?:won't|shouldn't|doesn't|wouldn't) cost (?:anything |us anything )?extra", r"(?:I assume|presumably) (?:that's|this is|it's|these are) (?:included|covered)"],
        "da": [r"(?:regner|går) (?:jeg|vi) (?:med|ud fra),? (?:at )?(?:det )?er (?:med )?i (?:den )?pris\w*", r"koster vel ikke (?:noget )?ekstra", r"med i den pris"],
        "fi": [r"ei kai maksa (?:mitään )?(?:ylimääräistä|lisää)"],
        "de": [r"kostet (?:ja )?(?:hoffentlich )?(?:nichts|nix) (?:extra|mehr|zusätzlich)"],
    },
})

# Scenario evidence for the phrasing families added above (see _extend).
_extend(SCENARIO_CUES, {
    "legal_threat": {
        "en": [r"(?:take|taking) (?:this|the matter) further", r"(?:preparing|prepare|filing|file|bring|bringing) (?:a )?claim", r"claim for (?:damages|compensation)", r"(?:sue|claim) (?:you )?for damages",
               r"(?:share|sharing|post|posting|write|writing) (?:about )?(?:my|our) experience", r"trustpilot", r"yelp", r"(?:reverse|reversing) the (?:payment|charge)"],
        "da": [r"anmeldelse\w*", r"trustpilot", r"advares mod", r"advare andre", r"kræve\w* erstatning", r"tage\w* (?:sagen )?i retten", r"(?:går|gå) (?:vi |jeg )?videre med sagen"],
        "fi": [r"asia(?:n)? oikeuteen", r"vahingonkorvau\w*", r"korvausvaati\w*", r"arvostelu\w*", r"trustpilot", r"(?:tehdään|tehtävä|teette) (?:alusta|kokonaan) uudelleen"],
        "de": [r"rechtliche Schritte vor(?:behalte|behalten)", r"Schadens?ersatz\w*", r"zurückbuch\w*", r"zurückgebucht", r"ausführlich schildern", r"schildern, wie", r"(?:auf|bei) (?:Trustpilot|ProvenExpert|Kununu)",
               r"Anwalt (?:ein)?schalten", r"(?:komplett|vollständig|alles) neu (?:machen|erstellen|programmieren)"],
    },
    "blame": {
        "en": [r"(?:lost|missed|broke|broken|down|late|failed|wrong|crashed|ruined)\b[^.!?]{0,60}\bthanks to you(?:r (?:\w+ )?\w+)?",
               r"thanks to you(?:r (?:\w+ )?\w+)?,? (?:we|I|our|my|the|everything|nothing|it)\b[^.!?]{0,60}\b(?:lost|missed|broke|broken|down|late|failed|wrong|crashed|ruined)",
               r"(?:on|at) your (?:end|side),? not (?:on )?ours"],
        "da": [r"det er jer,? der", r"ikke (?:vores|min) (?:skyld|fejl)", r"ligger (?:helt )?(?:klart )?hos jer"],
        "fi": [r"ei meidän", r"teidän puolellanne"],
        "de": [r"liegt (?:\w+ )?an Ihne[nm]", r"liegt (?:\w+ )?an Ihrem", r"nicht an uns"],
    },
    "refund_demand": {
        "en": [r"you owe (?:us|me)", r"(?:stop|stopping|withhold|withholding) (?:all |any )?(?:remaining|further|outstanding) payments?", r"put a stop (?:on|to) (?:the )?(?:remaining |further )?payments?", r"(?:won't|will not|am not going to|refuse to|not going to) be paying (?:this|the|that|your|for|a|anything)",
               r"(?:return|give back|repay|pay back) (?:the |my |our |all )?(?:[£$€]\s?[\d.,]+k?|money|deposit|payment|amount|fees?)", r"deposit back", r"credit note"],
        "da": [r"(?:pengene|beløbet) (?:retur|tilbage)", r"kreditnota"],
        "fi": [r"mitätöi\w*", r"(?:osuus|summa|maksu) palautetaan", r"palauttakaa (?:\w+ )?(?:rahat|maksu|summa|ennakkomaksu|osuus|hinta)\w*", r"hyvityslasku\w*", r"(?:emme|en) (?:aio )?maksa", r"rahat takaisin", r"maksu\w* takaisin", r"summa\w* takaisin"],
        "de": [r"Rückzahlung\w*", r"zurück(?:zahlen|erstatten|überweisen)", r"(?:werde|werden) (?:ich|wir) nicht (?:be)?zahlen", r"Gutschrift über den (?:vollen|gesamten)"],
    },
    "unrealistic_demand": {
        "en": [r"(?:has|have|needs?|must) (?:to )?be [\w ,()]{0,40}?(?:live|done|ready|finished|launched|in the (?:app )?stores?|online|delivered) by",
               r"(?:it's|it is|that's|this is) a (?:\w+|\d+)[- ](?:week|month) (?:job|project)", r"(?:six|eight|several|ten|twelve) weeks? (?:of work|job)"],
        "da": [r"skal (?:\w+ ){0,6}(?:klar|færdig|online|live) [^.!?]{0,40}(?:i morgen|i aften|i dag)", r"i morgen tidlig"],
        "fi": [r"(?:valmiina|valmis) huomenna", r"huomisaamu\w*", r"(?:huomenna|tänään) (?:aamulla|illalla) (?:klo )?\d"],
        "de": [r"morgen (?:um \d{1,2}(?:[.:]\d\d)? Uhr|früh)", r"(?:ursprünglich|eigentlich) (?:\w+ ){0,3}(?:Wochen|Monate)"],
    },
    "doubts_expertise": {
        "en": [r"you claim to be (?:experts?|professionals?)", r"so-called (?:experts?|professionals?)", r"maybe this time", r"(?:an|any) actual (?:strategy|plan|idea)"],
        "da": [r"(?:kalder|påstår) (?:I )?(?:jer|at være) (?:eksperter|professionelle)"],
        "fi": [r"väitätte olevanne", r"harjoittelija\w*", r"niin kuin (?:pyysin|pyysimme|sanoin)"],
        "de": [r"angeblich\w* (?:Experten|Profis)", r"sogenannte\w* (?:Experten|Profis)"],
    },
    "price_pushback": {
        "en": [r"(?:better|reasonable|fair|sensible) (?:price|offer|number|quote)"], "da": [r"bedre (?:tal|pris|tilbud)", r"(?:rimelig|fornuftig) pris"],
        "fi": [r"(?:parempi|kohtuullinen|järkevä) (?:hinta|tarjous)"], "de": [r"(?:besseres|vernünftiges|faires|realistisches) Angebot", r"bekomme ich woanders"],
    },
    "scope_creep": {
        "en": [r"(?:won't|shouldn't|doesn't|wouldn't) cost (?:anything |us anything )?extra", r"(?:covered|included) (?:by|in) what we (?:already )?pay", r"(?:couple|few) (?:of )?more (?:things|bits|features|pages)", r"(?:it's|is) all part of"],
        "da": [r"(?:er )?med i den pris", r"når I (?:nu )?alligevel er i gang", r"kan I (?:så )?(?:ikke )?også", r"(?:lave|tilføje|sætte) (?:\w+ ){0,4}(?:op|ind) (?:også|oveni)"],
        "fi": [r"kuulu\w* (?:jo )?(?:sovittuun |samaan )?hintaan", r"voisitteko samalla", r"(?:lisätä|lisäämään) (?:\w+ )?(?:sivustolle|sovellukseen)"],
        "de": [r"kostet (?:ja )?(?:hoffentlich )?(?:nichts|nix) (?:extra|mehr|zusätzlich)", r"bei der Gelegenheit", r"im (?:bisherigen|ursprünglichen|vereinbarten) Budget", r"noch (?:\w+ ){0,3}einbauen"],
    },
})

# Withholding payment, in any wording: a payment word and a refusal or stop in
# the same sentence ("I see no reason to pay the second instalment", "Die
# Zahlung ist hiermit gestoppt").  Per language, because "en" is Finnish "I
# don't" and Danish "a".  heat.py checks the sentence; it is a demand and
# evidence of refund_demand.
WITHHELD_PAYMENT: dict[str, tuple[str, str, str]] = {  # lang -> (payment word, refusal, a bill named)
    "en": (r"pay|paying|payment|payments|instal?ments?|invoices?",
           r"no reason to|won't|will not|refuse\w*|stop(?:ped|ping)?|withh\w*|hold(?:ing)? back|put on hold|not (?:going|paying|be paying)",
           r"invoices?|instal?ments?|payments?|bill|deposit|balance"),
    "da": (r"betal\w*|faktura\w*|rate(?:n|r)?",
           r"nægter|stoppe[rt]?|stoppet|tilbageholde\w*|(?:betaler|betale) (?:\w+ )?ikke|ingen grund til",
           r"faktura\w*|rate(?:n|r)?|betaling\w*|regning\w*|depositum"),
    "fi": (r"maksa\w*|maksu\w*|maksettu|lasku\w*|erä\w*",
           r"en|emme|kieltäydy\w*|keskeyt\w*|pysäyt\w*|jäädyt\w*|pidätä\w*|ei ole syytä",
           r"lasku\w*|erä\w*|maksu\w*"),
    "de": (r"zahl\w*|bezahl\w*|Zahlung\w*|Rechnung\w*|Rate",
           r"gestoppt|eingestellt|zurückgehalten|zurückhalten|stoppe\w*|verweiger\w*|keinen (?:Grund|Cent)|(?:werde|werden|zahle|zahlen) (?:\w+ ){0,3}nicht",
           r"Rechnung\w*|Zahlung\w*|Rate|Anzahlung"),
}
WITHHELD_PAYMENT_WEIGHT = 0.45

_extend(SIGNALS, {
    "anger": {
        "en": [(r"not (?:\w+ )?impressed", 0.4), r"(?:I|we) (?:don't|do not) care how", r"that's what (?:we|I)(?:'re| are)? pay(?:ing)? you for", (r"allen Ernstes", 0.4)],
        "da": [(r"ikke (?:\w+ )?imponeret", 0.4), r"(?:det er|er) (?:mig|os) (?:ligegyldigt|ligemeget)", r"det er (?:jo )?det,? (?:vi|jeg) betaler (?:jer )?for", r"ved at være træt af"],
        "fi": [(r"en ole (?:\w+ )?vaikuttunut", 0.4), r"(?:huonoa|surkeaa|kehnoa) työtä", r"siitähän (?:me )?maksamme"],
        "de": [(r"nicht (?:\w+ )?beeindruckt", 0.4), r"(?:ist|sind) (?:mir|uns) egal", r"dafür bezahlen wir (?:Sie|euch)", (r"allen Ernstes", 0.4)],
    },
    "blame": {
        "en": [r"because of your (?:\w+ )?(?:app|site|website|system|tool|team|code|update|mistake|changes?)", r"sending you the bill", r"(?:send|sending) you (?:the|my|our) (?:bill|invoice) for"],
        "da": [r"på grund af jeres", r"betale for noget,? der ikke virker"],
        "fi": [r"teidän (?:\w+ )?(?:takia|vuoksi)"],
        "de": [r"wegen Ihre[rsm]? (?:\w+ )?(?:App|Seite|Website|Systems?|Fehlers?|Updates?)"],
    },
    "haggling": {
        "en": [r"can you match (?:it|that|their|the)"],
        "da": [r"(?:er )?(?:simpelthen |alt )?for meget for", r"kan I matche", r"en pris på [\d.,]+ (?:kr\.? )?et andet sted"],
        "fi": [r"pystyttekö vastaamaan", r"(?:on )?(?:aivan )?liikaa (?:pienestä|tällaisesta)"],
        "de": [r"können Sie (?:das|da) mithalten"],
    },
    "pressure": {
        "en": [r"within the same budget", r"(?:and )?quickly,? please"],
        "da": [r"inden for (?:samme|det samme) budget"],
        "fi": [r"saman budjetin (?:sisällä|puitteissa)", r"(?:eikö|vai mitä)\?"],
        "de": [r"(?:Dass|dass) das knapp ist"],
    },
})


# Per-language phrasing families live in their own modules (en.py, da.py,
# fi.py, de.py) so each language can be tuned on its own.
from . import da as _da, de as _de, en as _en, fi as _fi  # noqa: E402

for _lang, _mod in (("en", _en), ("da", _da), ("fi", _fi), ("de", _de)):
    _extend(SIGNALS, {name: {_lang: entries} for name, entries in _mod.SIGNALS.items()})
    _extend(SCENARIO_CUES, {sid: {_lang: entries} for sid, entries in _mod.SCENARIO_CUES.items()})
    POSITIVE.setdefault(_lang, []).extend(_mod.POSITIVE)
    unknown = set(_mod.SIGNALS) - set(SIGNAL_WEIGHTS) - {"legal_party"}
    assert not unknown, f"lexicon/{_lang}.py: unknown signal(s) {sorted(unknown)}"

# Every haggling phrase is evidence of price_pushback and every doubt phrase of
# doubts_expertise, whichever round or language module added it.
for _signal, _sid in (("haggling", "price_pushback"), ("doubt", "doubts_expertise")):
    for _lang, _entries in SIGNALS[_signal].items():
        _cues = SCENARIO_CUES[_sid].setdefault(_lang, [])
        _cues.extend(e for e in _entries if e not in _cues)
