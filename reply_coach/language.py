"""Which language a short email is written in: en, da, fi, de, or "und" when there is too little to tell.

A stopword and character scorer rather than a model: deterministic, no dependency, microseconds per
email, and good enough for the four languages we draft in. Words shared by two languages count for both;
letters (æøå, ß/ü, ä/ö) and word endings break the ties.
"""

from __future__ import annotations

import re

UNDETERMINED = "und"
_MAX_CHARS = 4000  # the first lines of a message decide its language; keeps huge bodies cheap

_STOPWORDS = {
    "en": """the and to of a i you is it in that for on with this be are was have not we my me your
        but at can will do if so just please thanks thank hi hello dear regards best now would could what
        when all our us they from an by as or there been has had get did dont don't im i'm it's its
        here how why who which about any some no yes still again also should need want know let us sure
        were them their than then very much more really think going make one two today tomorrow week
        sorry cheers kind sincerely ok okay call asked would've into out up off over only after before
        asap pls thx fix again money back site website invoice refund work done ready never every nothing
        something anything everything anyone someone people time right wrong good bad new same""",
    "da": """og jeg det at en den til er som på de med han af for ikke der var mig sig men et har om vi
        min havde ham hun nu over da fra du ud sin dem os op man hans hvor eller hvad skal selv her alle
        vil blev kunne ind når være dog noget ville jo deres efter ned skulle denne end dette mit også
        under have dig hende mine alt meget sit sine mod disse hvis din nogle hos blive mange bliver
        været jer sådan hej tak venlig venlige hilsen hilsner mvh jeres kan ellers fint godt nok lige bare
        kl gerne igen måske allerede hvorfor hvordan hvornår jeres vores jeres synes tror ved får fik
        kære undskyld desværre stadig virker nede skyld morgen dag uge mødet""",
    "fi": """ja on ei se että en ole olen oli ovat mutta tai kun jos niin nyt vain myös minä sinä hän
        me te he tämä tämän tätä sen sitä ne kiitos kiitoksia hei moi terveisin ystävällisin voi voit
        voisitko voisitteko olisi ollut vielä jo kanssa mitä miksi miten missä kuin sekä koska eikä mikä
        joka jotka heti huomenna tänään hyvä hyvää päivää olla pitää täytyy meidän teidän minun sinun
        heidän meille teille minulle sinulle mukaan jälkeen ennen asti siis kuitenkin aina koko paljon
        vähän nopeasti kyllä enää tästä siitä tässä siinä tuo tuota olette olemme emme ette eivät
        milloin taas uusi uudet valmis raha rahaa rahat lasku laskun sivu sivut sivusto työ työt projekti
        asiakas tarjous hinta viikko päivä pian mennessä huono hyvin anteeksi valitettavasti vastaus
        ehkä kaikki mitään mikään kukaan täysin aivan todella erittäin liian pitäisi voitteko tehdä""",
    "de": """der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an
        werden aus er hat dass daß sie nach wird bei einer um am sind noch wie einem über einen so zum
        war haben nur oder aber vor zur bis mehr durch man sein wurde sei ich wir ihr uns mir mich dich
        dir ihnen bitte danke hallo gruß grüße freundlichen viele sehr geehrte geehrter können kann
        wäre schon heute morgen jetzt wieder immer nichts kein keine warum was wann ihre ihrer unsere
        mein meine dies diese dieser doch ja nein gerne liebe lieber vielen dank leider endlich sofort
        habe hatte hätte würde müssen muss soll sollte paar ganz gut bald seit""",
}

# Languages we recognise only to say "und": Swedish and French mail read as Danish and English before
# (audit 2), and a draft or deadline table chosen for the wrong language is worse than none. Norwegian
# (Bokmål) stays Danish: the words and the Danish patterns are close enough to help.
_OTHER_STOPWORDS = {
    "sv": """och jag inte är att det som på en ett av för med har den de vi ni du han hon mig dig oss er
        från hade vad ska skulle kan kunde också mycket någon något några varför hur när här där igen
        bara redan fortfarande nu tack hej hälsningar vänliga vänlig mvh sidan fakturan pengarna tillbaka
        ingen inget aldrig alltid efter innan idag imorgon vecka gång över under mot utan eller men så""",
    "fr": """le la les de des du un une et est en que qui dans pour pas vous nous je il elle ce cette ces
        avec sur au aux mais ou donc merci bonjour cordialement votre vos notre nos ne plus très bien être
        avoir fait suis sont été cela ça mon ma mes son sa ses leur leurs tout tous toujours jamais rien
        encore déjà aujourd'hui demain semaine facture site remboursement madame monsieur""",
}

_WORD_LANGS: dict[str, tuple[str, ...]] = {}
for _lang, _words in {**_STOPWORDS, **_OTHER_STOPWORDS}.items():
    for _w in set(_words.split()):
        _WORD_LANGS[_w] = _WORD_LANGS.get(_w, ()) + (_lang,)
del _lang, _words, _w

# Word endings typical of one language; only checked on words of five letters or more.
_SUFFIXES = {
    "fi": ("kaa", "kää", "ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "ksi", "nen", "aan", "ään", "isi", "tta", "ttä", "mme", "tte", "ni"),
    "de": ("ung", "keit", "heit", "lich", "chen", "ern", "sch", "ige", "igen", "icht"),
    "da": ("hed", "else", "ede", "ene", "erne", "lig", "ligt", "ige", "sig"),
    "en": ("ing", "tion", "ly", "ed", "ght", "ous", "ness", "ful", "able"),
}
# Letters that (nearly) settle it: æø only in da (no aside), ß/ü in de, ä/ö in fi, de and sv, è/ê/à/ç in fr.
_LETTERS = {
    "æ": (("da", 2.0),), "ø": (("da", 2.0),), "å": (("da", 1.5), ("sv", 1.0)), "ß": (("de", 2.0),), "ü": (("de", 1.5),),
    "ä": (("fi", 0.6), ("de", 0.4), ("sv", 0.4)), "ö": (("fi", 0.5), ("de", 0.4), ("sv", 0.4)),
    "é": (("fr", 0.5),), "è": (("fr", 1.0),), "ê": (("fr", 1.0),), "à": (("fr", 1.0),), "ç": (("fr", 1.0),),
}  # fmt: skip

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


# A closing line ("Med venlig hilsen", "Best regards, Mette"): it and the name under it say where the
# sender is from, not what language this email is in.
_SIGN_OFF = re.compile(
    r"^\s*(?:(?:best|kind|warm|many)?\s*(?:regards|wishes|thanks)|cheers|sincerely|thank you|br|"
    r"(?:med\s+)?venlig(?:st|e)?\s+hils(?:en|ner)|(?:de\s+)?bedste\s+hilsner|mange\s+hilsner|hilsen|mvh|kh|"
    r"(?:ystävällisin|parhain|lämpimin)?\s*terveisin|t\.|"
    r"mit\s+freundlichen\s+grüßen|(?:freundliche|viele|beste|liebe)\s+grüße|lg|vg|mfg|gruß|"
    r"med\s+vänliga\s+hälsningar|vänliga\s+hälsningar|hälsningar)\b[\s,.!]*(?:\S+(?:\s+\S+){0,3})?\s*$",
    re.IGNORECASE,
)


def detect(text: str, fallback: str = "") -> str:
    """The language code of `text`; `fallback` (e.g. the subject) is used when `text` says nothing."""
    lang = _best(_scores(_without_sign_off(text)))
    if lang == UNDETERMINED and fallback:
        lang = _best(_scores(fallback))
    return lang


def _without_sign_off(text: str) -> str:
    """`text` without its closing line and the name(s) under it, when enough is left to judge."""
    lines = text[:_MAX_CHARS].rstrip().split("\n")
    tail = [i for i, line in enumerate(lines) if line.strip()][-4:]
    for i in tail:
        if len(lines[i]) < 60 and _SIGN_OFF.match(lines[i]):
            head = "\n".join(lines[:i])
            return head if len(_WORD.findall(head)) >= 3 else text
    return text


def _scores(text: str) -> dict[str, float]:
    scores = {"en": 0.0, "da": 0.0, "fi": 0.0, "de": 0.0, "sv": 0.0, "fr": 0.0}
    # Addresses and links are not language ("https://x.example/a" would count the English "a").
    words = " ".join(t for t in text[:_MAX_CHARS].split() if "@" not in t and "://" not in t and "www." not in t)
    for match in _WORD.finditer(words.lower()):
        word = match.group()
        langs = _WORD_LANGS.get(word)
        if langs:
            share = 1.0 / len(langs)
            for lang in langs:
                scores[lang] += share
        elif len(word) >= 5:
            for lang, endings in _SUFFIXES.items():
                if word.endswith(endings):
                    scores[lang] += 0.3
            # Long vowels are written double in Finnish ("taas", "kaatui"), rarely elsewhere.
            if "aa" in word or "ii" in word or "uu" in word or "yy" in word or "ää" in word:
                scores["fi"] += 0.4
            # German consonant clusters; they keep "Unverschämt" from going to Finnish on its ä.
            if "sch" in word or "cht" in word or "tz" in word:
                scores["de"] += 0.4
        if word.isascii():
            continue
        for char in word:
            hits = _LETTERS.get(char)
            if hits:
                for lang, weight in hits:
                    scores[lang] += weight
    return scores


def _best(scores: dict[str, float]) -> str:
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)  # stable: en first on ties
    (lang, score), runner_up = ranked[0], ranked[1][1]
    if lang in _OTHER_STOPWORDS:
        return UNDETERMINED
    # One full word decides; less than that only when nothing else competes ("Palauttakaa rahat").
    return lang if score >= 1.0 or (score >= 0.6 and score > runner_up) else UNDETERMINED
