#!/usr/bin/env python3
"""Independent labelled evaluation corpus for reply-coach (blind2/b).

Writes c001.eml ... c075.eml and labels.jsonl next to this script.
Stdlib only. Deterministic: running it twice gives the same files.
"""
import hashlib
import html
import json
import os
import random
from collections import Counter
from datetime import datetime, timedelta, timezone, date
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
JAMIE = Address("Jamie Rivera", "jamie", "brightpath.example")
JAMIE_S = "Jamie Rivera <jamie@brightpath.example>"

ENTRIES = []


def add(**kw):
    ENTRIES.append(kw)


def msgid(key, domain):
    h = hashlib.sha1(("blind2b:" + key).encode()).hexdigest()
    return "<%s.%s@%s>" % (h[:12], h[12:20], domain)


def jid(key):
    return msgid("jamie:" + key, "brightpath.example")


# ---------------------------------------------------------------------------
# DANISH (30)
# ---------------------------------------------------------------------------

add(key="d_mikkelsen1", lang="da", name="Jens Mikkelsen", addr="jens@mikkelsen-vvs.example",
    date=(2026, 11, 10, 8, 47, 60), subject="Webshoppen har været nede HELE weekenden",
    body="""Jamie

Vores webshop har været nede fra fredag aften til i morges. Ingen har kunnet lægge noget i kurven, og vi har mistet alt det salg, der skulle have været i weekenden. Jeg ringede til jeres vagtnummer både lørdag og søndag, uden at nogen tog den.

Det er ikke første gang, men det bliver sidste gang. Jeg har i går talt med vores advokat, og hun er ved at regne på, hvad det har kostet os. Hvis jeg ikke inden fredag har en skriftlig forklaring på, hvad der gik galt, og hvad I gør for at det ikke sker igen, så går vi videre med en retssag om erstatning.

Jens Mikkelsen
Mikkelsen VVS ApS
Tlf. 40 11 22 33
""",
    heated=True, scenario="legal_threat", also=["blame"], first="Jens", deadline="2026-11-13",
    note="lawyer + lawsuit threat, webshop outage, 'inden fredag'")

add(key="d_brandt", lang="da", name="Louise Brandt-Nielsen", addr="louise@klinikbrandt.example",
    date=(2026, 11, 19, 14, 2, 60), subject="Logoet - igen",
    body="""Hej Jamie

Jeg skal bare lige forstå det rigtigt: Vi har nu fået det samme logo tilbage tre gange, med den samme forkerte grønne farve, selvom jeg har sendt farvekoden hver eneste gang. Tre gange.

Jeg gider ikke skrive det en fjerde gang. Ligger rettelsen ikke i min indbakke inden for 48 timer, skriver jeg en anmeldelse på Trustpilot, hvor jeg beskriver ret præcist, hvordan det er at være kunde hos jer.

Venlig hilsen
Louise
""",
    heated=True, scenario="legal_threat", also=["blame", "general_dissatisfaction"], first="Louise",
    deadline="2026-11-21", note="Trustpilot review threat, 48 h, hyphenated surname")

add(key="d_soegaard", lang="da", name="Birthe Søgaard", addr="birthe.soegaard@mail.example",
    date=(2026, 11, 22, 21, 15, 60), subject="Bryllupshjemmesiden", charset="iso-8859-1",
    body="""Til Brightpath

Jeg har nu kigget på den såkaldt færdige bryllupshjemmeside, og jeg er målløs. Billederne er skæve, halvdelen af teksterne er på engelsk, selvom jeg skrev dem på dansk, og tilmeldingsformularen sender svarene ingen steder hen. Vi har 140 gæster, der skal svare inden jul.

Jeg forventer, at I laver hele siden om fra bunden, og at det ikke koster mig en krone mere. Ellers klager jeg til Forbrugerklagenævnet. Den sidste rate betaler jeg i hvert fald ikke. I er velkomne til at sende den til inkasso, så må vi se, hvem der får ret.

Birthe Søgaard
""",
    heated=True, scenario="legal_threat", also=["refund_demand", "blame"], first="Birthe", deadline=None,
    note="private client: Forbrugerklagenævnet, redo demand, refuses last instalment; 'inden jul' is for guests")

add(key="d_lund", lang="da", name="Kasper Lund | Lund Cykler", addr="kasper@lundcykler.example",
    date=(2026, 11, 24, 10, 31, 60), subject="SEO-aftalen",
    body="""Hej

Vi har nu betalt jer 4.500 kr. om måneden siden juni for "SEO-optimering". Vi ligger præcis samme sted på Google som før vi startede, og jeg har bedt om en rapport to gange uden at få noget.

Jeg stopper aftalen her og nu, og jeg vil have pengene for oktober og november tilbage. Beløbet skal stå på vores konto inden udgangen af måneden.

Kasper Lund
Lund Cykler
Nørregade 12, 8000 Aarhus C
CVR 33445566
""",
    heated=True, scenario="refund_demand", also=["general_dissatisfaction", "blame"], first="Kasper",
    deadline="2026-11-30", note="pengene tilbage, SEO no results, end of month")

add(key="d_krogh", lang="da", name="ANDERS KROGH", addr="ak@krogh-ejendomme.example",
    date=(2026, 11, 30, 7, 12, 60), subject="Faktura 2026-118",
    headers={"X-Mailer": "iPhone Mail (22B91)"},
    body="""Den faktura betaler jeg ikke. Der står 22 timer på noget, som ifølge jeres eget tilbud skulle tage 8. Send en ny, der passer med tilbuddet, eller lad være med at sende noget.

Anders

Sendt fra min iPhone
""",
    heated=True, scenario="refund_demand", also=["price_pushback"], first="Anders", deadline=None,
    note="refuses to pay invoice, ALL CAPS display name")

add(key="d_holm_nl", lang="da", name="Mette Holm | Holm ApS", addr="mette@holm-aps.example",
    date=(2026, 11, 25, 13, 20, 60), subject="Nyhedsbrevet gik ikke ud??",
    body="""Jamie,

Hvad er der sket med vores nyhedsbrev? Julekampagnen skulle være gået ud til 3.000 modtagere i går, og der er sendt til 41. FYRRETYVE OG EN. Det er jer, der har sat systemet op, så jeg forstår ikke, hvordan det kan gå så galt.

Ja, Sara importerede listen fra messen i sidste uge, men det er vel ikke raketvidenskab at sende til den.

Jeg har brugt hele formiddagen på at forklare min chef, hvorfor kampagnen er floppet. Det er jeres ansvar at få det løst, og jeg skal have en forklaring senest i morgen.

Mette

--
Holm ApS | Industrivej 4, 7100 Vejle | CVR 29384756
""",
    heated=True, scenario="blame", also=["general_dissatisfaction"], first="Mette", deadline="2026-11-26",
    note="blames agency for failure likely on client side (imported list), name|company")

add(key="d_vestergaard", lang="da", name="Per Vestergaard", addr="pv@vestergaard-auto.example",
    date=(2026, 11, 12, 15, 55, 60), subject="SV: Kontaktformular",
    headers={"X-Mailer": "Microsoft Outlook 16.0"},
    reply_to="jamie:vestergaard", refs=["jamie:vestergaard"],
    body="""Hej igen

Nu er det tredje gang, jeg skriver om kontaktformularen. Den virker stadig ikke. Vi har i denne uge haft to kunder i telefonen, der har skrevet til os via hjemmesiden og aldrig fået svar, fordi beskederne aldrig er kommet frem.

Det er jeres løsning, og det er jeres ansvar. Jeg har ikke tid til at være jeres testperson. Jeg forventer, at den virker på mandag.

Per

Fra: Jamie Rivera <jamie@brightpath.example>
Sendt: mandag den 9. november 2026 11:02
Til: Per Vestergaard <pv@vestergaard-auto.example>
Emne: SV: Kontaktformular

Hej Per

Tak for din besked. Vi kigger på formularen i løbet af ugen og vender tilbage.

Venlig hilsen
Jamie
""",
    heated=True, scenario="blame", also=["general_dissatisfaction"], first="Per", deadline="2026-11-16",
    note="'third time I write', Outlook quote, 'på mandag'")

add(key="d_winther", lang="da", name="Karl-Johan Winther", addr="kj@winther-gruppen.example",
    date=(2026, 11, 6, 9, 5, 60), subject="Prisen på det nye intranet",
    body="""Hej Jamie

Jeg har tygget lidt på det, og jeg synes ærligt talt ikke, at 45.000 kr. hænger sammen med det, I skal lave. Det er helt ude af proportioner. Vi har fået et tilbud fra et bureau i Odense på 30.000 for præcis det samme, og jeg føler mig ærlig talt lidt snydt.

Jeg vil gerne blive hos jer, men så skal prisen ned. Kan I ikke matche de 30, er vi nødt til at gå den anden vej. Og ja, jeg ved godt, at vi har skrevet under.

Mvh
Karl-Johan
""",
    heated=True, scenario="price_pushback", also=[], first="Karl-Johan", deadline=None,
    note="haggles after signing, threatens to walk, hyphenated first name")

add(key="d_rasmus", lang="da", name=None, addr="rasmus@lyngby-toemrer.example",
    date=(2026, 12, 2, 19, 40, 60), subject="Tilbud fase 2",
    body="""Jeg har læst jeres tilbud på fase 2. 62.000 kr. for en bookingfunktion? Så må det være verdens mest avancerede kalender.

Vi har lagt 80.000 hos jer i år. Jeg regner med, at I kommer med et tal, der afspejler det, for ellers er der andre, der gerne vil have opgaven.

R.
""",
    heated=True, scenario="price_pushback", also=[], first=None, deadline=None,
    note="sarcastic haggling over quote, bare address")

add(key="d_kragh", lang="da", name="Thomas Kragh", addr="thomas@kragh-moebler.example",
    date=(2026, 11, 26, 16, 40, 60), subject="Messe - skal være klar i morgen tidlig",
    body="""Jamie

Vi står på messe i Herning fra på lørdag, og vi har brug for, at alle 40 nye produkter er lagt ind på siden med billeder, priser og tekster inden i morgen tidlig. Billederne sender jeg i aften. Teksterne har vi ikke skrevet endnu, så dem må I klare.

Jeg gider ikke høre, at det ikke kan nås. Det er jo bare at kopiere ind. Sæt nogle flere folk på.

Thomas
""",
    heated=True, scenario="unrealistic_demand", also=["scope_creep"], first="Thomas", deadline="2026-11-27",
    note="Thursday afternoon for Friday morning")

add(key="d_ebbesen", lang="da", name="Søren Ebbesen", addr="soren@ebbesen-revision.example",
    date=(2026, 11, 16, 11, 11, 60), subject="Hvor er kunderne?", fmt="html",
    html="""<html><body style="font-family:Calibri,sans-serif">
<p>Hej Jamie</p>
<p>Siden gik i luften for ti dage siden, og jeg har endnu ikke fået &eacute;n eneste ny kunde gennem den.
Da vi talte sammen i sommer, regnede jeg med, at en ny hjemmeside til 8.000 kr. ville bringe os helt op i toppen p&aring; Google og give nye klienter fra dag &eacute;t.</p>
<p>Det er simpelthen ikke godt nok. Jeg forventer, at vi ligger p&aring; forsiden, n&aring;r man s&oslash;ger p&aring; &quot;revisor Roskilde&quot;, og det skal v&aelig;re snart.</p>
<p>S&oslash;ren</p>
<p style="color:#888;font-size:11px">Ebbesen Revision ApS &middot; CVR 27364512 &middot; Tlf. 46 35 00 00</p>
</body></html>
""",
    heated=True, scenario="unrealistic_demand", also=["general_dissatisfaction"], first="Søren", deadline=None,
    note="expects top Google ranking from 8k site, HTML-only")

add(key="d_kjaergaard", lang="da", name="pia kjærgaard", addr="pia@kjaergaard-yoga.example",
    date=(2026, 12, 9, 12, 3, 60), subject="Et par ting mere",
    body="""Hej Jamie

Når I nu alligevel sidder med siden, så vil jeg gerne have et bookingsystem til holdene, en lille webshop til yogamåtter og gavekort, og så det hele på engelsk og tysk. Det er vel bare et par plugins.

Jeg går ud fra, at det er med i den pris, vi aftalte. Vi har jo betalt for en hjemmeside, og en hjemmeside uden booking er ikke en hjemmeside i 2026. Jeg gider ærligt talt ikke få endnu en tillægsregning. Det skal være klar på mandag, for der åbner vi for tilmelding til januarholdene.

Pia
""",
    heated=True, scenario="scope_creep", also=["unrealistic_demand"], first="Pia", deadline="2026-12-14",
    note="piles on booking/webshop/translations for same price, lowercase name")

add(key="d_dam", lang="da", name="Henrik Dam", addr="henrik@damgaard-el.example",
    date=(2026, 12, 1, 8, 15, 60), subject="Re: Forsiden er online",
    reply_to="jamie:dam", refs=["jamie:dam"],
    body="""Fint nok med forsiden.

Hvornår kommer de 12 undersider, nyhedsbrevsskabelonen og annoncerne til Facebook? Jeg går ud fra, at det hele var med i prisen, og jeg har ikke tænkt mig at betale ekstra for noget, der burde være en selvfølge. Jeg har ventet længe nok.

H

Den man. 30. nov. 2026 kl. 16.20 skrev Jamie Rivera <jamie@brightpath.example>:
> Hej Henrik
>
> Så er den nye forside online! Dermed er fase 1 leveret som aftalt
> (forside + 3 undersider). Sig endelig til, hvis du vil have et
> tilbud på resten.
>
> Venlig hilsen
> Jamie
""",
    heated=True, scenario="scope_creep", also=["general_dissatisfaction"], first="Henrik", deadline=None,
    note="pushes for next thing before acknowledging delivery, Gmail quote")

add(key="d_ravn", lang="da", name="Lone Ravn", addr="lone@ravn-keramik.example",
    date=(2026, 11, 20, 20, 30, 60), subject="WordPress??",
    body="""Hej Jamie

Min nevø læser datalogi på DTU, og han har kigget på den side, I har lavet til mig. Han siger, at WordPress er noget, man brugte for ti år siden, og at det er både usikkert og langsomt. Han kunne ikke forstå, hvorfor et professionelt bureau vælger noget så gammeldags.

Så nu sidder jeg og spekulerer på, om I egentlig ved, hvad I laver? Jeg har betalt for en moderne løsning, ikke noget der skal skiftes ud om et år.

Lone
""",
    heated=True, scenario="doubts_expertise", also=["general_dissatisfaction"], first="Lone", deadline=None,
    note="nephew says WordPress outdated, questions competence")

add(key="d_thygesen", lang="da", name="Bo Thygesen", addr="bo@thygesen-biler.example",
    date=(2026, 11, 28, 10, 2, 60), subject="Re: Forslag til forside",
    headers={"X-Mailer": "iPhone Mail (22B91)"},
    reply_to="jamie:thygesen", refs=["jamie:thygesen"],
    body="""Jeg er fuldstændig ligeglad med, hvad jeres "UX-folk" siger. Logoet skal være STØRRE, det skal være rødt, og telefonnummeret skal stå øverst med store bogstaver. Det er MIG, der kender mine kunder, ikke jer.

Lav det, som jeg siger.

Sendt fra min iPhone
""",
    heated=True, scenario="doubts_expertise", also=[], first="Bo", deadline=None,
    note="overrides recommendations, caps, short")

add(key="d_busk", lang="da", name="Charlotte Busk", addr="charlotte@busk-indretning.example",
    date=(2026, 11, 17, 7, 58, 60), subject="Jeres LinkedIn-opslag",
    body="""Jamie

Jeg har lige læst jeres opslag på LinkedIn om "kunden, der aldrig kan beslutte sig og ændrer briefen fem gange". Det kræver ikke meget fantasi at regne ud, hvem I mener. Vi har jo netop haft tre runder på forsiden.

Jeg synes, det er dybt uprofessionelt at hænge sine kunder ud offentligt, også selvom der ikke står noget navn på. Jeg havde troet bedre om jer.

Charlotte Busk
Busk Indretning
""",
    heated=True, scenario="misunderstanding", also=["general_dissatisfaction", "blame"], first="Charlotte",
    deadline=None, note="reads a generic blog/LinkedIn post as being about her")

add(key="d_lykke", lang="da", name="Hanne Lykke", addr="hanne@lykkesbageri.example",
    date=(2026, 11, 23, 13, 45, 60), subject="Re: Status på projektet", fmt="alt",
    reply_to="jamie:lykke", refs=["jamie:lykke"],
    body="""Hej Jamie

Tak for statussen. Jeg skal være ærlig: Jeg er ret skuffet over, hvordan det her forløb er gået. Vi startede i august, og jeg havde forestillet mig, at vi var meget længere nu. Hver gang jeg spørger til noget, får jeg et venligt svar, men der sker ikke rigtig noget.

Jeg kan ikke sætte fingeren på én bestemt ting. Det er mere en fornemmelse af, at vi ikke står særlig højt på jeres liste. Og ærligt talt er jeg ved at være træt af at skulle jagte jer.

Hilsen Hanne

Den man. 23. nov. 2026 kl. 10.02 skrev Jamie Rivera <jamie@brightpath.example>:
> Hej Hanne
>
> Her er en kort status: designet er godkendt, og vi er i gang med
> opsætningen af menukortet. Vi forventer at have en testversion klar
> i næste uge.
>
> Venlig hilsen
> Jamie
""",
    heated=True, scenario="general_dissatisfaction", also=[], first="Hanne", deadline=None,
    note="vague disappointment, tired of chasing, multipart + Gmail quote")

# --- Danish calm ---

add(key="d_iversen", lang="da", name="Morten Iversen", addr="morten@iversen-foto.example",
    date=(2026, 11, 4, 10, 10, 60), subject="Opsigelse af hostingpakke",
    body="""Hej Jamie

Vi har besluttet at flytte vores hosting over til den udbyder, som vores nye kassesystem følger med. Ifølge jeres handelsbetingelser kan en årlig hostingpakke opsiges med refusion af de resterende hele måneder, så vi vil gerne bede om tilbagebetaling for december til og med maj.

Sig endelig til, hvis I skal bruge noget fra os. Tak for et godt samarbejde indtil nu, vi fortsætter selvfølgelig med jer på selve hjemmesiden.

Mvh Morten
""",
    heated=False, scenario=None, also=[], first="Morten", deadline=None,
    note="polite refund under stated policy")

add(key="d_thorsen", lang="da", name="Sofie Thorsen | Nordlys Ejendomme A/S", addr="sth@nordlys-ejendomme.example",
    date=(2026, 11, 9, 14, 22, 60), subject="Rammeaftale 2027",
    headers={"X-Mailer": "Microsoft Outlook 16.0"},
    body="""Hej Jamie

Tak for udkastet til rammeaftalen. Vores advokat gennemgår kontrakten i denne uge, hvilket er helt standard hos os ved aftaler over en vis størrelse. Jeg regner med, at vi kan vende tilbage med eventuelle kommentarer på mandag.

Vi er meget positive over for samarbejdet, så det er kun formalia.

Venlig hilsen
Sofie Thorsen
Indkøbschef
Nordlys Ejendomme A/S
T +45 70 20 30 40

Denne e-mail kan indeholde fortrolige oplysninger og er udelukkende beregnet til modtageren. Hvis du har modtaget den ved en fejl, bedes du slette den og give afsenderen besked.
""",
    heated=False, scenario=None, also=[], first="Sofie", deadline=None,
    note="neutral 'vores advokat gennemgår kontrakten'; 'på mandag' is sender's own promise")

add(key="d_oestergaard", lang="da", name="Lars Østergaard", addr="lars@oestergaard-tomrer.example",
    date=(2026, 11, 30, 9, 12, 60), subject="HASTER: logo til trykkeriet",
    body="""Hej Jamie

Undskyld den store overskrift, men det haster lidt: Trykkeriet skal bruge vores logo i vektorformat (EPS eller PDF) til de nye firmabiler, og de skal have det senest i morgen kl. 12. Kan du sende det direkte til dem på tryk@vejle-reklame.example og sætte mig på cc?

På forhånd tak!

Lars
""",
    heated=False, scenario=None, also=[], first="Lars", deadline="2026-12-01",
    note="calm 'haster' request with deadline, caps subject")

add(key="d_bonde", lang="da", name="Camilla Bonde", addr="camilla@bondes-blomster.example",
    date=(2026, 12, 5, 22, 48, 60), subject="WOW!!!",
    body="""JAMIE!!! Den nye side er FANTASTISK!!! Vi har fået 14 bestillinger på juledekorationer siden i går, og folk skriver, at den er SÅ nem at bruge. Tusind tusind tak til jer alle sammen!!! 🎄🎄

Kram Camilla
""",
    heated=False, scenario=None, also=[], first="Camilla", deadline=None,
    note="enthusiastic praise with caps and !!!")

add(key="d_bogholderi", lang="da", name="Holm ApS Bogholderi", addr="bogholderi@holm-aps.example",
    date=(2026, 12, 8, 11, 30, 60), subject="Faktura 2026-131 - CVR og MOMS",
    body="""Hej

Vi har modtaget faktura 2026-131. Der mangler vores CVR-nr. (29384756), og MOMS er beregnet af hele beløbet, inkl. den del, der er udlæg for domæner. Vil I sende en kreditnota og en ny faktura? Så bogfører vi den med det samme.

Det haster ikke, bare den er klar inden næste betalingskørsel.

Med venlig hilsen
Bogholderiet
Holm ApS
""",
    heated=False, scenario=None, also=[], first=None, deadline=None,
    note="polite invoice correction, CVR/MOMS acronyms, role sender")

add(key="d_fog", lang="da", name="Rikke Fog", addr="rikke@fog-fysio.example",
    date=(2026, 11, 19, 9, 40, 60), subject="VS: Jeres hjemmeside virker IKKE",
    headers={"X-Mailer": "Microsoft Outlook 16.0"},
    body="""Hej Jamie

Til orientering, se nedenstående fra en patient. Jeg er ikke sur på jer, hun har vist bare haft en dårlig dag, men det kunne være godt, hvis onlinebookingen viste en tydeligere fejlbesked, når man skriver sit telefonnummer forkert. Kan vi tage det på mødet på torsdag?

Hilsen Rikke

Fra: Jytte Andersen <jytte.a@mail.example>
Sendt: onsdag den 18. november 2026 21:14
Til: info@fog-fysio.example
Emne: Jeres hjemmeside virker IKKE

Jeg har nu prøvet at booke tid 5 GANGE og jeres elendige side smider mig bare ud hver gang!!! Det er simpelthen for dårligt, jeg har ondt i ryggen og har ikke tid til det her pjat. Få det lavet!!!

Jytte
""",
    heated=False, scenario=None, also=[], first="Rikke", deadline=None,
    note="forwarded angry patient mail under calm note")

add(key="d_bech_ooo", lang="da", name="Trine Bech", addr="trine@bech-advokat.example",
    date=(2026, 12, 2, 8, 1, 60), subject="Fraværende: Re: Udkast til ny forside",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    reply_to="jamie:bech", refs=["jamie:bech"],
    body="""Tak for din mail. Jeg er fraværende til og med fredag den 4. december og har begrænset adgang til mail. Ved hastende henvendelser kan du kontakte min kollega Mads på mads@bech-advokat.example eller tlf. 33 12 34 56.

Venlig hilsen
Trine Bech
Advokat, partner
Bech Advokatfirma
""",
    heated=False, scenario=None, also=[], first="Trine", deadline=None,
    note="out-of-office auto-reply from a law firm")

add(key="d_erhvervsnyt", lang="da", name="Erhvervsnyt", addr="nyhedsbrev@erhvervsnyt.example",
    date=(2026, 11, 26, 6, 0, 60), subject="SIDSTE CHANCE: Black Friday på alle kurser i SEO og GDPR!!!",
    fmt="alt",
    headers={"List-Unsubscribe": "<https://erhvervsnyt.example/afmeld?u=88213>, <mailto:afmeld@erhvervsnyt.example?subject=afmeld>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
             "List-Id": "Erhvervsnyt <nyhedsbrev.erhvervsnyt.example>",
             "Precedence": "bulk"},
    body="""Kære abonnent

Kun i dag: 40 % rabat på alle vores onlinekurser. Lær at styre din egen SEO, få styr på GDPR i den lille virksomhed, og skriv nyhedsbreve, der faktisk bliver læst.

Tilbuddet udløber i aften kl. 23.59. VENT IKKE!!!

Se alle kurser: https://erhvervsnyt.example/kurser

Du modtager denne mail, fordi du er tilmeldt Erhvervsnyt. Afmeld her: https://erhvervsnyt.example/afmeld?u=88213
""",
    heated=False, scenario=None, also=[], first=None, deadline=None,
    note="bulk newsletter with caps and !!!, List-Unsubscribe")

add(key="d_mikkelsen2", lang="da", name="Jens Mikkelsen", addr="jens@mikkelsen-vvs.example",
    date=(2026, 11, 13, 9, 30, 60), subject="Re: Webshoppen har været nede HELE weekenden",
    reply_to="jamie:mikkelsen", refs=["d_mikkelsen1", "jamie:mikkelsen"],
    body="""Hej Jamie

Tak fordi du ringede i går, og tak for den skriftlige gennemgang. Det giver mening nu, og jeg er glad for, at I har sat overvågning på. Jeg var nok lidt hård i min første mail, men du kan forstå, det var en dyr weekend for os.

Vi kører videre som aftalt. Jeg sender de nye produktbilleder på tirsdag.

Hilsen Jens

Den tor. 12. nov. 2026 kl. 16.45 skrev Jamie Rivera <jamie@brightpath.example>:
> Hej Jens
>
> Som lovet i telefonen: her er gennemgangen af nedbruddet i weekenden.
> Årsagen var en fejl i betalingsmodulet efter en automatisk opdatering.
> Vi har nu slået automatiske opdateringer fra og sat overvågning op.
>
> Venlig hilsen
> Jamie
>
> Den tir. 10. nov. 2026 kl. 08.47 skrev Jens Mikkelsen <jens@mikkelsen-vvs.example>:
>> Jamie
>>
>> Vores webshop har været nede fra fredag aften til i morges. Ingen har
>> kunnet lægge noget i kurven, og vi har mistet alt det salg, der skulle
>> have været i weekenden.
>>
>> Det er ikke første gang, men det bliver sidste gang. Jeg har i går talt
>> med vores advokat. Hvis jeg ikke inden fredag har en skriftlig forklaring,
>> så går vi videre med en retssag om erstatning.
""",
    heated=False, scenario=None, also=[], first="Jens", deadline=None,
    note="calm follow-up; heated quoted history below; 'på tirsdag' is own promise")

add(key="d_nielsen", lang="da", name="Nielsen, Ida", addr="ida.nielsen@kulturhus-syd.example",
    date=(2026, 11, 3, 15, 5, 60), subject="Flytning af møde", charset="iso-8859-1",
    body="""Hej Jamie

Jeg er desværre blevet kaldt til et andet møde torsdag formiddag. Kan vi flytte vores statusmøde til fredag kl. 13 i stedet? Ellers passer mandag også fint.

Hilsen Ida
""",
    heated=False, scenario=None, also=[], first="Ida", deadline=None,
    note="scheduling, 'Last, First' display name, latin-1")

add(key="d_holst", lang="da", name="Jakob Holst", addr="jakob@holst-arkitekter.example",
    date=(2026, 12, 3, 10, 44, 60), subject="Feedback på udkast 2",
    body="""Hej Jamie

Vi har kigget udkast 2 igennem i teamet. Overordnet er vi rigtig glade: Farverne og typografien rammer præcis det, vi gerne vil.

Et par ting, vi gerne vil have jer til at se på:
- Menuen føles lidt tung på mobil. Kan den foldes sammen?
- Vi savner telefonnummer og adresse øverst på siden.
- Projektbillederne på forsiden må gerne være større.

Kan vi få en ny version inden den 15.? Så kan vi nå at vise den til partnerne inden juleferien.

Mvh
Jakob Holst
Holst Arkitekter
""",
    heated=False, scenario=None, also=[], first="Jakob", deadline="2026-12-15",
    note="constructive critique, 'inden den 15.'")

add(key="d_dahl", lang="da", name="Ulla Dahl", addr="ulla@dahls-vinhandel.example",
    date=(2026, 12, 11, 13, 0, 60), subject="Spørgsmål til faktura 1043",
    body="""Hej Jamie

Jeg kan se, at faktura 1043 er 2.250 kr. højere end tilbuddet. Er det de ekstra timer til billedredigering, vi talte om i telefonen? Jeg spørger bare, så jeg kan forklare det til min revisor.

Hvis det er det, er det helt fint.

Venlig hilsen
Ulla Dahl
Dahls Vinhandel
""",
    heated=False, scenario=None, also=[], first="Ulla", deadline=None,
    note="polite invoice question")

add(key="d_friis", lang="da", name="Nikolaj Friis", addr="nikolaj@friis-cafe.example",
    date=(2026, 11, 2, 12, 31, 60), subject="Re: Menukort til hjemmesiden",
    headers={"X-Mailer": "iPhone Mail (22B91)"},
    reply_to="jamie:friis", refs=["jamie:friis"],
    body="""Tak, modtaget 👍 Ser godt ud.

Sendt fra min iPhone

> Den 2. nov. 2026 kl. 11.58 skrev Jamie Rivera <jamie@brightpath.example>:
>
> Hej Nikolaj, her er det nye menukort som PDF og som webside. /Jamie
""",
    heated=False, scenario=None, also=[], first="Nikolaj", deadline=None,
    note="one-line thanks")

# ---------------------------------------------------------------------------
# FINNISH (30)
# ---------------------------------------------------------------------------

add(key="f_virtanen", lang="fi", name="Jukka Virtanen, Virtanen Oy", addr="jukka.virtanen@virtanen-oy.example",
    date=(2026, 11, 16, 9, 30, 120), subject="Verkkokaupan maksut eivät toimi",
    body="""Hyvä Jamie Rivera,

verkkokauppamme maksusivu on ollut rikki torstaista lähtien. Asiakkaamme saavat virheilmoituksen korttimaksun kohdalla, ja olemme menettäneet tilauksia koko viikonlopun ajan. Olen yrittänyt tavoittaa teitä puhelimitse kolme kertaa siinä onnistumatta.

Ilmoitan, että olen ollut yhteydessä asianajajaamme. Mikäli maksut eivät toimi moitteettomasti perjantaihin mennessä, vaadimme korvausta menetetyistä myynneistä, ja asia siirtyy asianajajan hoidettavaksi.

Jukka Virtanen
toimitusjohtaja
Virtanen Oy
Y-tunnus 2345678-9
puh. 040 123 4567
""",
    heated=True, scenario="legal_threat", also=["blame"], first="Jukka", deadline="2026-11-20",
    note="asianajaja, compensation claim, perjantaihin mennessä")

add(key="f_korhonen1", lang="fi", name="Korhonen, Pekka", addr="pekka.korhonen@korhonen-kuljetus.example",
    date=(2026, 11, 25, 17, 5, 120), subject="VS: Lasku 2026-087",
    headers={"X-Mailer": "Microsoft Outlook 16.0"},
    reply_to="jamie:korhonen", refs=["jamie:korhonen"],
    body="""Jamie,

kiitos vastauksesta, mutta se ei muuta mitään. Sovellus, jonka toimititte, kaatuu edelleen joka kerta, kun käyttäjä yrittää kirjautua. Sitä ei voi käyttää. Piste.

En aio maksaa laskua 2026-087, ja vaadin myös jo maksetun ennakon takaisin. Jos tähän ei tule ratkaisua, haastan teidät käräjäoikeuteen. Olen jo jutellut asiasta tuttavani kanssa, joka on juristi.

Pekka Korhonen

Lähettäjä: Jamie Rivera <jamie@brightpath.example>
Lähetetty: tiistai 24. marraskuuta 2026 14.20
Vastaanottaja: Korhonen, Pekka <pekka.korhonen@korhonen-kuljetus.example>
Aihe: VS: Lasku 2026-087

Hei Pekka,

kiitos viestistä. Testasimme kirjautumisen uudelleen, ja se toimii meillä kaikilla testilaitteilla. Voisitko kertoa, millä puhelimella ongelma ilmenee?

Ystävällisin terveisin
Jamie
""",
    heated=True, scenario="legal_threat", also=["refund_demand", "blame"], first="Pekka", deadline=None,
    note="lawsuit threat + refuses invoice, 'Last, First', Finnish Outlook quote")

add(key="f_lehtonen", lang="fi", name="Sanna Lehtonen", addr="sanna@kauneushoitola-sanna.example",
    date=(2026, 11, 21, 11, 40, 120), subject="ajanvaraus",
    body="""Moi Jamie

Nyt on kyllä mitta täynnä. Ajanvaraus on taas tuplannut varaukset, ja mulla oli tänä aamuna kaksi asiakasta odottamassa samaan aikaan. Kolmas kerta kuukauden sisään!!

Jos tätä ei saada kuntoon, kirjoitan teistä Googleen arvostelun ja kerron koko jutun myös meidän alueen yrittäjien Facebook-ryhmässä. Siellä on 4000 jäsentä ja moni miettii just nyt uusia nettisivuja.

Sanna
""",
    heated=True, scenario="legal_threat", also=["blame"], first="Sanna", deadline=None,
    note="public bad review threat (Google + Facebook group), colloquial")

add(key="f_mustonen", lang="fi", name="Eila Mustonen", addr="eila.mustonen@posti.example",
    date=(2026, 11, 29, 20, 15, 120), subject="Mökkisivut",
    body="""Hei,

tilasin teiltä syyskuussa kotisivut vuokramökillemme. Sivut eivät näy kunnolla puhelimella, varauskalenteri näyttää vääriä päiviä ja kuvat ovat niin pieniä, ettei niistä saa mitään selvää. Yksikään asiakas ei ole varannut mökkiä sivujen kautta.

Vaadin, että sivut tehdään kokonaan uudestaan ilman lisämaksua. Jos tämä ei käy, vien asian kuluttajariitalautakuntaan. Olen jo tutustunut heidän ohjeisiinsa.

Eila Mustonen
""",
    heated=True, scenario="legal_threat", also=["blame", "general_dissatisfaction"], first="Eila",
    deadline=None, note="private client: kuluttajariitalautakunta + redo demand")

add(key="f_nieminen", lang="fi", name="MARKKU NIEMINEN", addr="markku@nieminen-remontti.example",
    date=(2026, 12, 8, 7, 50, 120), subject="rahat takas",
    body="""Moi. Ei tää mainoskampanja tuonut yhtään ainoaa soittoa. Ei yhtään. Mä haluun rahat takas, koko 1800 euroa, ja ne on sitten mun tilillä kuun loppuun mennessä.

Markku

Lähetetty iPhonesta
""",
    heated=True, scenario="refund_demand", also=["general_dissatisfaction"], first="Markku",
    deadline="2026-12-31", note="rahat takaisin, colloquial, ALL CAPS name, end of month")

add(key="f_makela", lang="fi", name="Taloushallinto - Mäkelä Rakennus Oy", addr="talous@makela-rakennus.example",
    date=(2026, 12, 2, 10, 15, 120), subject="Laskun 2026-142 riitauttaminen", charset="iso-8859-1",
    body="""Hyvä vastaanottaja,

riitautamme laskunne nro 2026-142 (4 960,00 EUR). Laskulla on veloitettu 32 tuntia "lisätyötä", josta meille ei ole missään vaiheessa ilmoitettu ja jota emme ole tilanneet. Emme maksa laskua tässä muodossa.

Odotamme hyvityslaskua koko lisätyön osalta 15. päivään mennessä. Tämä ei ole ensimmäinen kerta, kun laskuissanne on epäselvyyksiä, ja ihmettelemme, että tällaisesta asiasta joudutaan ylipäätään kirjoittamaan.

Mäkelä Rakennus Oy
Taloushallinto
Y-tunnus 1029384-7
""",
    heated=True, scenario="refund_demand", also=["scope_creep"], first=None, deadline="2026-12-15",
    note="icy invoice dispute from role sender, hyvityslasku by the 15th")

add(key="f_heikkinen", lang="fi", name="Anna-Liisa Heikkinen", addr="annaliisa@kukkakauppa-liisa.example",
    date=(2026, 11, 18, 0, 35, 120), subject="Kampanja meni pieleen",
    body="""Hei Jamie,

mä en oikein tiedä mitä sanoa. Meidän isänpäiväkampanja näkyi verkkosivuilla vasta isänpäivän jälkeisenä maanantaina. Kaikki se työ ja mainosraha ihan hukkaan. Sä olit vastuussa julkaisusta, joten en ymmärrä, miten tää on päässyt käymään.

(Joo, mä laitoin sulle sen aikataulun vasta perjantaina illalla, mutta kyllähän sen nyt olis ehtinyt.)

Haluan selvityksen huomiseen mennessä siitä, mitä tapahtui.

Anna-Liisa
""",
    heated=True, scenario="blame", also=["general_dissatisfaction"], first="Anna-Liisa", deadline="2026-11-19",
    note="blame for late campaign, own late schedule; sent 00:35 +0200 (UTC previous day)")

add(key="f_hakala", lang="fi", name="Timo Hakala (Hakala Logistiikka)", addr="timo.hakala@hakala-logistiikka.example",
    date=(2026, 12, 2, 14, 0, 120), subject="Raportointi ei toimi",
    body="""Hei,

vuosiraportin piti valmistua ensi viikon hallituksen kokoukseen, mutta raportointinäkymä on tyhjä. Siinä ei ole ainuttakaan riviä koko vuodelta. Maksoimme teille tämän järjestelmän rakentamisesta, ja nyt se ei toimi silloin, kun sitä oikeasti tarvitaan.

Kukaan ei myöskään koskaan kertonut meille, että tietoja pitää syöttää johonkin erikseen. Odotan, että korjaatte tämän 48 tunnin sisällä.

Timo Hakala
Hakala Logistiikka Oy
""",
    heated=True, scenario="blame", also=["general_dissatisfaction"], first="Timo", deadline="2026-12-04",
    note="empty report because data never entered (client side), 48 h")

add(key="f_jarvinen", lang="fi", name="Riikka Järvinen", addr="riikka.jarvinen@jarvinen-kiinteistot.example",
    date=(2026, 11, 10, 12, 12, 120), subject="Sovittu hinta",
    body="""Hei Jamie,

kävimme johtoryhmässä vielä läpi uudistukselle sovitun hinnan. Rehellisesti sanottuna 12 000 euroa tuntuu nyt aivan kohtuuttomalta. Saimme toiselta toimistolta tarjouksen samasta kokonaisuudesta 7 500 eurolla, ja tuntuu siltä, että hinnoittelussa on käytetty hyväksi sitä, ettemme tunne alaa.

Hinnan on joustettava. Jos ette pysty tulemaan vastaan, joudumme harkitsemaan muita vaihtoehtoja, vaikka sopimus onkin jo allekirjoitettu.

Ystävällisin terveisin
Riikka Järvinen
""",
    heated=True, scenario="price_pushback", also=[], first="Riikka", deadline=None,
    note="wants discount after signing, insinuates overcharging")

add(key="f_saarinen", lang="fi", name="Ville Saarinen", addr="ville@saarinen-tekniikka.example",
    date=(2026, 11, 12, 15, 30, 120), subject="Messut huomenna!!",
    body="""Jamie,

meillä alkaa messut lauantaina, ja tajusin just, että sivuilta puuttuu sekä ruotsin- että englanninkielinen versio. Niiden pitää olla valmiina huomenna aamulla, koska esitteisiin tulostetaan QR-koodit. Käännökset voitte tehdä itse, en ehdi nyt kirjoittaa mitään.

En halua kuulla mitään selityksiä siitä, miksi tämä ei onnistu. Kyse on kolmesta sivusta.

Ville
""",
    heated=True, scenario="unrealistic_demand", also=["scope_creep"], first="Ville", deadline="2026-11-13",
    note="two translations overnight, 'huomenna aamulla'")

add(key="f_leinonen", lang="fi", name="Jari Leinonen", addr="jari@leinonen-autohuolto.example",
    date=(2026, 11, 23, 8, 20, 120), subject="Tuloksia?",
    body="""Hei

Ostettiin teiltä se 490 euron "some-aloituspaketti" kaksi viikkoa sitten. Oletin, että sillä saadaan Instagramiin muutama tuhat seuraajaa ja puhelin alkaa soida. Nyt seuraajia on 37, ja niistä puolet on omia työkavereita.

Tämä ei ole sitä, mitä lupasitte. Odotan, että tähän tulee nopeasti muutos.

Jari
""",
    heated=True, scenario="unrealistic_demand", also=["general_dissatisfaction", "blame"], first="Jari",
    deadline=None, note="expects thousands of followers from 490 EUR package")

add(key="f_aaltonen", lang="fi", name="Minna Aaltonen", addr="minna@aaltosen-leipomo.example",
    date=(2026, 11, 27, 13, 33, 120), subject="Lisäjuttuja sivuille",
    body="""Moi Jamie!

Sivut näyttää hyviltä, mutta kyllä niihin vielä tarvitaan verkkokauppa kakkutilauksille, ajanvaraus kakkukonsultaatioihin, chatbotti ja asiakasrekisteri kanta-asiakkaille. Nämä kuuluu minusta ihan itsestään selvästi samaan hintaan, koska ilman niitä sivut ei ole oikeasti valmiit.

En aio maksaa enää yhtään ylimääräistä laskua. Olen maksanut jo ihan tarpeeksi.

Minna
""",
    heated=True, scenario="scope_creep", also=["unrealistic_demand"], first="Minna", deadline=None,
    note="wants shop/booking/chatbot for same price, refuses extra invoices")

add(key="f_salo", lang="fi", name="Mikko Salo", addr="mikko.salo@salon-sahko.example",
    date=(2026, 12, 10, 16, 10, 120), subject="Osaatteko te oikeasti tätä?", fmt="alt",
    body="""Hei,

ehdotatte meille Shopifyta, mutta tilitoimistomme ja yksi tuttu koodari sanovat molemmat, että se on meidän tarpeisiin täysin väärä ratkaisu. Onko teillä oikeasti kokemusta meidän kokoluokan verkkokaupoista?

Alkaa tuntua siltä, että suosittelette sitä, mitä itse osaatte, ettekä sitä, mikä on meille paras. Perustelkaa tämä kunnolla tai mennään meidän tavalla.

Mikko Salo
Salon Sähkö Oy
""",
    heated=True, scenario="doubts_expertise", also=[], first="Mikko", deadline=None,
    note="questions competence and recommendation, multipart")

add(key="f_rantanen", lang="fi", name="Heli Rantanen", addr="heli.rantanen@rantanen-markkinointi.example",
    date=(2026, 12, 1, 9, 45, 120), subject="Re: Fonttikoko ja kontrasti", charset="iso-8859-1",
    reply_to="jamie:rantanen", refs=["jamie:rantanen"],
    body="""Jamie,

en ymmärrä, miksi jatkuvasti väität, että saavutettavuusvaatimukset edellyttävät isompaa fonttia ja tummempaa harmaata. Olen tehnyt markkinointia 25 vuotta ja tiedän kyllä, miltä tyylikäs sivu näyttää. Vaaleanharmaa 12 pikselin teksti on juuri se ilme, jonka halusin.

Ole kiltti ja tee niin kuin olen pyytänyt, äläkä lähetä minulle enää linkkejä mihinkään WCAG-ohjeisiin.

Heli
""",
    heated=True, scenario="doubts_expertise", also=[], first="Heli", deadline=None,
    note="condescending override of accessibility advice, latin-1")

add(key="f_kinnunen", lang="fi", name="Esa Kinnunen", addr="esa@kinnusen-kalastus.example",
    date=(2026, 11, 2, 8, 5, 120), subject="MIKSI DOMAIN ON SIIRRETTY?!",
    body="""Mitä ihmettä te olette tehneet?! Sain aamulla viestin, että meidän verkkotunnus on nyt jonkun "Nordic Domains Group" -nimisen firman hallussa. En ole antanut kenellekään lupaa siirtää mitään. Tämä on meidän yrityksen nimi ja meidän sivut!

Viestissä lukee: "Rekisteröijäsi Domainhotelli Oy on nyt osa Nordic Domains Groupia. Palvelusi jatkuvat ennallaan, eikä sinun tarvitse tehdä mitään."

Soittakaa heti, kun luette tämän.

Esa Kinnunen
Kinnusen Kalastus ja Retkeily
""",
    heated=True, scenario="misunderstanding", also=["blame"], first="Esa", deadline=None,
    note="misreads registrar merger notice as domain transfer")

add(key="f_laaksonen", lang="fi", name="Outi Laaksonen", addr="outi@laaksonen-tilit.example",
    date=(2026, 11, 23, 15, 20, 120), subject="Re: Projektin tilanne",
    reply_to="jamie:laaksonen", refs=["jamie:laaksonen"],
    body="""Hei Jamie,

kiitos päivityksestä. Pakko kuitenkin sanoa suoraan, että olen ollut koko projektiin aika pettynyt. Mikään ei oikein ole mennyt niin kuin alussa puhuttiin, ja joka kerta tuntuu, että minä joudun kyselemään perään.

En osaa nimetä yhtä isoa asiaa, mutta kokonaisuus ei vain tunnu hyvältä. Tällä hetkellä en ole varma, jatkammeko ensi vuonna.

Outi

ma 23.11.2026 klo 10.02 Jamie Rivera (<jamie@brightpath.example>) kirjoitti:
> Hei Outi,
>
> tässä lyhyt tilannekatsaus: etusivun ulkoasu on valmis ja
> palvelusivujen tekstit ovat oikoluvussa. Seuraava välietappi on
> ensi viikon torstaina.
>
> Terveisin
> Jamie
""",
    heated=True, scenario="general_dissatisfaction", also=[], first="Outi", deadline=None,
    note="vague disappointment, may not continue, Finnish Gmail quote")

add(key="f_sakke", lang="fi", name=None, addr="sakke84@posti.example",
    date=(2026, 12, 13, 22, 10, 120), subject="Re: Re: Re: kuvat",
    reply_to="jamie:sakke", refs=["jamie:sakke0", "jamie:sakke"],
    body="""Kiitos taas kerran tosi nopeasta vastauksesta. Tää on nyt kolmas viesti samasta asiasta. Alkaa pikkuhiljaa usko loppua koko touhuun.

-S
""",
    heated=True, scenario="general_dissatisfaction", also=[], first=None, deadline=None,
    note="sarcasm, third message, bare address")

# --- Finnish calm ---

add(key="f_peltonen", lang="fi", name="Juha Peltonen", addr="juha@peltonen-valokuvaus.example",
    date=(2026, 11, 5, 11, 0, 120), subject="Ylläpitosopimuksen peruminen",
    body="""Hei Jamie,

teidän ehtojenne mukaan ylläpitosopimuksen voi perua 30 päivän kuluessa ja saada maksetun kuukausimaksun hyvityksenä takaisin. Haluaisin käyttää tätä mahdollisuutta, sillä päätimme sittenkin hoitaa päivitykset itse.

Sopimus alkoi 20.10., joten olemme vielä aikarajan sisällä. Hyvityksen voi maksaa samalle tilille, jolta maksu lähti.

Kiitos ja mukavaa viikon jatkoa!
Juha
""",
    heated=False, scenario=None, also=[], first="Juha", deadline=None,
    note="polite refund (hyvitys) under stated 30-day policy")

add(key="f_hirvonen", lang="fi", name="Katja Hirvonen | Hirvonen Group", addr="katja.hirvonen@hirvonengroup.example",
    date=(2026, 11, 17, 13, 50, 120), subject="Sopimusluonnos",
    headers={"X-Mailer": "Microsoft Outlook 16.0"},
    body="""Hei Jamie,

kiitos sopimusluonnoksesta. Lakimiehemme käy sopimuksen läpi tämän viikon aikana, mikä on meillä normaali käytäntö kaikissa yli vuoden mittaisissa sopimuksissa. Palaamme asiaan mahdollisten kommenttien kanssa viimeistään ensi viikolla.

Meidän puolesta projekti voi muuten edetä suunnitellusti.

Ystävällisin terveisin
Katja Hirvonen
Hankintapäällikkö
Hirvonen Group Oy
puh. 050 987 6543

Tämä viesti voi sisältää luottamuksellista tietoa. Jos olet saanut viestin erehdyksessä, ilmoita siitä lähettäjälle ja poista viesti.
""",
    heated=False, scenario=None, also=[], first="Katja", deadline=None,
    note="neutral 'lakimiehemme käy sopimuksen läpi'; own promise date")

add(key="f_vaisanen", lang="fi", name="Sirpa Väisänen", addr="sirpa@vaisasen-kahvila.example",
    date=(2026, 12, 15, 8, 40, 120), subject="Kiireellinen: jouluaukioloajat",
    body="""Hei!

Pieni mutta kiireellinen pyyntö: voisitko päivittää kahvilan sivuille jouluajan aukioloajat? Ne pitäisi olla näkyvillä huomenna klo 12 mennessä, koska lehti-ilmoitus ohjaa sivuille.

Aukioloajat:
24.12. suljettu
25.12. suljettu
26.12. klo 12-18
31.12. klo 9-15

Kiitos tosi paljon, olet pelastaja!
Sirpa
""",
    heated=False, scenario=None, also=[], first="Sirpa", deadline="2026-12-16",
    note="calm 'kiireellinen' with tomorrow deadline; other dates are opening hours")

add(key="f_rautio", lang="fi", name="Tuomas Rautio", addr="tuomas@rautio-panimo.example",
    date=(2026, 11, 20, 17, 25, 120), subject="LOGO!!!",
    body="""AIVAN MAHTAVA!!! Koko porukka tykkää uudesta logosta ihan järjettömästi. Se on just sitä mitä haettiin, vähän rosoinen mutta silti tyylikäs. KIITOS KIITOS KIITOS!!!

Laitetaan ensi viikolla tölkkeihin. 🍺

Tuomas
""",
    heated=False, scenario=None, also=[], first="Tuomas", deadline=None,
    note="enthusiastic caps and !!!")

add(key="f_laskutus", lang="fi", name="Laskutus", addr="laskutus@lahden-pizzeria.example",
    date=(2026, 11, 11, 10, 5, 120), subject="Lasku 2026-099: ALV-erittely puuttuu",
    body="""Hei,

laskultanne 2026-099 puuttuu ALV-erittely sekä Y-tunnuksemme (2876543-1). Kirjanpitomme ei voi hyväksyä laskua ilman niitä. Voisitteko lähettää korjatun laskun PDF-muodossa tai verkkolaskuna?

Ja vielä: SEO-raportin liitteenä ollut CSV-tiedosto ei auennut. Voisitteko lähettää sen uudelleen?

Kiitos!
Laskutus
Lahden Pizzeria Oy
""",
    heated=False, scenario=None, also=[], first=None, deadline=None,
    note="polite invoice fix, ALV/SEO/CSV acronyms, role sender")

add(key="f_koskinen_ooo", lang="fi", name="Päivi Koskinen", addr="paivi.koskinen@koskinen-lvi.example",
    date=(2026, 11, 30, 7, 0, 120), subject="Automaattinen vastaus: Tarjous: verkkosivujen uudistus",
    headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "X-Auto-Response-Suppress": "All"},
    reply_to="jamie:koskinen", refs=["jamie:koskinen"],
    body="""Olen poissa toimistolta 30.11.-4.12.2026 enkä lue sähköpostia. Kiireellisissä asioissa ota yhteyttä Markoon, marko.koskinen@koskinen-lvi.example, puh. 040 555 1234.

Päivi Koskinen
Koskinen LVI Oy
""",
    heated=False, scenario=None, also=[], first="Päivi", deadline=None,
    note="out-of-office auto-reply (Poissa toimistolta)")

add(key="f_yrittajauutiset", lang="fi", name="Yrittäjäuutiset", addr="uutiskirje@yrittajauutiset.example",
    date=(2026, 11, 24, 7, 30, 120), subject="VIIMEINEN PÄIVÄ: ilmoittaudu maksuttomaan ALV-webinaariin!",
    fmt="alt",
    headers={"List-Unsubscribe": "<https://yrittajauutiset.example/peru?id=55120>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
             "List-Id": "Yrittajauutiset <uutiskirje.yrittajauutiset.example>",
             "Precedence": "bulk"},
    body="""Hei yrittäjä!

Tänään on viimeinen mahdollisuus ilmoittautua maksuttomaan webinaariin, jossa käydään läpi vuoden 2027 ALV-muutokset ja verkkolaskutuksen uudet vaatimukset. ÄLÄ JÄÄ PAITSI!

Ilmoittaudu nyt: https://yrittajauutiset.example/webinaari

Et halua enää uutiskirjettä? Peru tilaus: https://yrittajauutiset.example/peru?id=55120
""",
    heated=False, scenario=None, also=[], first=None, deadline=None,
    note="bulk newsletter, Precedence: bulk")

add(key="f_domainhotelli", lang="fi", name="Asiakaspalvelu", addr="noreply@domainhotelli.example",
    date=(2026, 12, 3, 3, 12, 120), subject="Verkkotunnus kinnusen-kalastus.fi vanhenee pian", fmt="html",
    headers={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"},
    html="""<html><body style="font-family:Arial,sans-serif">
<table width="600"><tr><td>
<p>Hei,</p>
<p>verkkotunnus <b>kinnusen-kalastus.fi</b> vanhenee <b>31.12.2026</b>. Uusi verkkotunnus ajoissa, jotta sivusto ja s&auml;hk&ouml;posti toimivat keskeytyksett&auml;.</p>
<p><a href="https://domainhotelli.example/uusi?d=kinnusen-kalastus.fi">Uusi nyt</a></p>
<p style="font-size:11px;color:#777">T&auml;m&auml; on automaattinen viesti, &auml;l&auml; vastaa t&auml;h&auml;n viestiin.<br>
Domainhotelli Oy &ndash; osa Nordic Domains Groupia</p>
</td></tr></table>
</body></html>
""",
    heated=False, scenario=None, also=[], first=None, deadline=None,
    note="automated domain expiry notice, HTML-only; expiry date is not a client deadline")

add(key="f_lindholm", lang="fi", name="Jussi Lindholm", addr="jussi@lindholm-huonekalut.example",
    date=(2026, 11, 25, 12, 40, 120), subject="VL: Tilaus 4471 ei ole vieläkään tullut!!!",
    headers={"X-Mailer": "Microsoft Outlook 16.0"},
    body="""Moi Jamie,

välitän tämän tiedoksi. Asiakas oli vähän kuohuksissa, mutta toimitus oli oikeasti myöhässä meidän varaston puolella, ei sivujen takia. Voisitko silti katsoa, saisiko tilausvahvistukseen selkeämmän arvion toimitusajasta? Ei mitään kiirettä.

Jussi

Lähettäjä: Raimo Harju <raimo.harju@posti.example>
Lähetetty: tiistai 24. marraskuuta 2026 22.51
Vastaanottaja: asiakaspalvelu@lindholm-huonekalut.example
Aihe: Tilaus 4471 ei ole vieläkään tullut!!!

Tilasin sohvan KOLME VIIKKOA sitten ja sivuilla luki toimitus 5-7 päivää. Missä se on??? Tämä on ihan käsittämätöntä touhua, en ikinä enää tilaa teiltä mitään ja kerron kaikille tutuille, millainen firma te olette!!!

Raimo Harju
""",
    heated=False, scenario=None, also=[], first="Jussi", deadline=None,
    note="forwarded angry customer mail under calm note")

add(key="f_korhonen2", lang="fi", name="Korhonen, Pekka", addr="pekka.korhonen@korhonen-kuljetus.example",
    date=(2026, 11, 27, 9, 5, 120), subject="VS: Lasku 2026-087",
    headers={"X-Mailer": "Microsoft Outlook 16.0"},
    reply_to="f_korhonen1", refs=["jamie:korhonen", "f_korhonen1"],
    body="""Hei Jamie,

kiitos eilisestä puhelusta ja kärsivällisyydestä. Vika oli tosiaan meidän vanhoissa työpuhelimissa, joissa käyttöjärjestelmä oli päivittämättä. Nyt kirjautuminen toimii kaikilla.

Pahoittelen edellisen viestini sävyä. Maksan laskun tällä viikolla.

Pekka

Lähettäjä: Korhonen, Pekka <pekka.korhonen@korhonen-kuljetus.example>
Lähetetty: keskiviikko 25. marraskuuta 2026 17.05
Vastaanottaja: Jamie Rivera <jamie@brightpath.example>
Aihe: VS: Lasku 2026-087

Jamie,

kiitos vastauksesta, mutta se ei muuta mitään. Sovellus, jonka toimititte, kaatuu edelleen joka kerta, kun käyttäjä yrittää kirjautua. Sitä ei voi käyttää. Piste.

En aio maksaa laskua 2026-087, ja vaadin myös jo maksetun ennakon takaisin. Jos tähän ei tule ratkaisua, haastan teidät käräjäoikeuteen.

Pekka Korhonen
""",
    heated=False, scenario=None, also=[], first="Pekka", deadline=None,
    note="calm apology; heated quoted history below (Finnish Outlook)")

add(key="f_mattila", lang="fi", name="Hanna Mattila", addr="hanna.mattila@mattila-konsultointi.example",
    date=(2026, 11, 9, 10, 30, 120), subject="Palaverin ajankohta",
    body="""Hei Jamie,

sopisiko sinulle, että pidetään seuraava palaveri tiistaina 17.11. klo 13? Voin tulla teidän toimistolle, tai sitten pidetään Teamsissa, kumpi vain sopii paremmin.

Terveisin
Hanna
""",
    heated=False, scenario=None, also=[], first="Hanna", deadline=None,
    note="scheduling; meeting date is not a deadline")

add(key="f_heinonen", lang="fi", name="Karoliina Heinonen", addr="karoliina@heinonen-hammas.example",
    date=(2026, 11, 18, 15, 15, 120), subject="Kommentit ulkoasuluonnokseen",
    body="""Hei Jamie,

kävimme luonnoksen läpi koko klinikan porukalla. Yleisilme on raikas ja selkeä, siitä iso kiitos!

Muutama huomio:
• Ajanvarauspainike saisi olla isompi ja heti etusivun yläosassa.
• Hammaslääkäreiden kuvat näyttävät vähän tummilta.
• Hinnasto kannattaisi ehkä jakaa kahteen osaan, nyt se on aika pitkä.

Voisitko lähettää korjatun version viimeistään maanantaina? Näytämme sen silloin johtoryhmälle.

Ystävällisesti
Karoliina
""",
    heated=False, scenario=None, also=[], first="Karoliina", deadline="2026-11-23",
    note="constructive critique, 'viimeistään maanantaina'")

add(key="f_heikkila", lang="fi", name="Aki Heikkilä", addr="aki@heikkila-kuljetus.example",
    date=(2026, 12, 4, 16, 58, 120), subject="Re: Uudet kuvat sivuille",
    reply_to="jamie:heikkila", refs=["jamie:heikkila"],
    body="""Kiitti, saatiin! Näyttää hyvältä 👍

Lähetetty iPhonesta

pe 4.12.2026 klo 14.10 Jamie Rivera (<jamie@brightpath.example>) kirjoitti:
> Hei Aki, uudet kuvat on nyt vaihdettu etusivulle ja yhteystietoihin.
> Terveisin Jamie
""",
    heated=False, scenario=None, also=[], first="Aki", deadline=None,
    note="one-line thanks")

# ---------------------------------------------------------------------------
# ENGLISH by Nordic non-native speakers (15)
# ---------------------------------------------------------------------------

add(key="e_lindqvist", lang="en", name="Lindqvist, Björn", addr="bjorn.lindqvist@lindqvist-interior.example",
    date=(2026, 11, 26, 11, 20, 60), subject="Chargeback", fmt="alt",
    body="""Jamie,

I have now waited three weeks for the webshop you promised would be live before Black Friday. Black Friday is tomorrow and we have nothing. I paid 50% up front with credit card.

If I do not get either a working shop or the full deposit back within 48 hours, I will ask my bank to make a chargeback. I have already spoken with them and they say it is no problem.

Björn Lindqvist
Lindqvist Interiör AB
""",
    heated=True, scenario="legal_threat", also=["refund_demand", "blame"], first="Björn", deadline="2026-11-28",
    note="chargeback threat, 48 h, Swedish, 'Last, First'")

add(key="e_laine", lang="en", name="Veli-Matti Laine", addr="vm.laine@laine-consulting.example",
    date=(2026, 11, 16, 8, 55, 120), subject="Invoice 2026-101 - I will not pay",
    body="""Hello Jamie,

I received invoice 2026-101 this morning. I will not pay it. The booking plugin you installed has been broken since day one, and my customers are calling me instead of booking online, which was the whole point of this project.

Please cancel the invoice by Wednesday and refund also the first payment of 1 200 EUR. I don't think I am asking too much.

Regards,
Veli-Matti Laine
Laine Consulting Oy
""",
    heated=True, scenario="refund_demand", also=["blame"], first="Veli-Matti", deadline="2026-11-18",
    note="refuses invoice + refund, hyphenated Finnish name")

add(key="e_haugen1", lang="en", name="Ingrid Haugen", addr="ingrid@haugen-arkitektur.example",
    date=(2026, 12, 8, 20, 30, -300), subject="Our site is down AGAIN",
    headers={"X-Mailer": "iPhone Mail (22B91)"},
    body="""Jamie,

I am in New York for a client meeting and I just tried to show them our website. It is DOWN. Again. This is the second time this month, and both times it happened after you did some "updates".

This is really embarrassing for me. Your team must fix it and explain me what happened by tomorrow. I cannot keep apologizing to my clients for your mistakes.

Ingrid

Sent from my iPhone
""",
    heated=True, scenario="blame", also=["general_dissatisfaction"], first="Ingrid", deadline="2026-12-09",
    note="blames updates for outage; sent 20:30 -0500 (UTC next day), 'by tomorrow'")

add(key="e_kirkegaard", lang="en", name="Mads Kirkegaard", addr="mads@kirkegaard-shipping.example",
    date=(2026, 11, 4, 13, 40, 60), subject="About the price",
    body="""Hi Jamie,

We signed the offer for 6 500 EUR last week, but after talking with my partner we think it is simply too much for what we get. Honestly it feels a bit like you put the price high because we don't know this business.

We can do 4 000. If this is not possible for you, we will have to look at other options. I would prefer not to, but we will.

Best
Mads
""",
    heated=True, scenario="price_pushback", also=[], first="Mads", deadline=None,
    note="haggles after signing, threatens to walk")

add(key="e_kallio", lang="en", name="Eeva Kallio", addr="eeva@kallio-fitness.example",
    date=(2026, 12, 1, 10, 5, 120), subject="App must be in App Store by the 10th",
    body="""Hi Jamie,

Our investor meeting is on 11 December and I have promised them that the app is live in App Store by then. So I need the full version, with payments and the trainer chat, published by the 10th.

I know we said February in the project plan, but plans change. I really don't understand why it should take so long, other companies make apps in a weekend hackathon. Please just make it happen, I don't want to hear that it is impossible.

Eeva
""",
    heated=True, scenario="unrealistic_demand", also=[], first="Eeva", deadline="2026-12-10",
    note="February plan pulled to 10 December; 11 Dec is the meeting, not the deadline")

add(key="e_bjerre", lang="en", name="Kristian Bjerre | Bjerre Rådgivning", addr="kb@bjerre-raadgivning.example",
    date=(2026, 11, 13, 10, 0, 60), subject="A few more things",
    body="""Hi Jamie,

Good that the English site is up. Now we also need the Swedish and German versions, a blog with 10 articles to start with, and a newsletter template. I expect this is included, it is obvious that a consultancy site needs these things.

And please, I really don't want to hear about "extra hours" again. Every time I ask for something small you send me a new estimate. It is getting tiring.

Kristian
""",
    heated=True, scenario="scope_creep", also=[], first="Kristian", deadline=None,
    note="more languages/blog for same price, annoyed at estimates")

add(key="e_pesonen", lang="en", name="Olli Pesonen", addr="olli.pesonen@pesonen-media.example",
    date=(2026, 11, 18, 9, 12, 120), subject="Re: Video and pop-up on front page",
    reply_to="jamie:pesonen", refs=["jamie:pesonen"],
    body="""Jamie,

With all respect, I don't think you understand our customers. You keep recommending that we remove the autoplay video and the newsletter pop-up because they "hurt conversion". My marketing consultant says the exact opposite, and he has worked with much bigger brands than you.

I am starting to wonder if you have real experience with e-commerce, or if you just follow some blog. Please put the video and the pop-up back.

Olli
""",
    heated=True, scenario="doubts_expertise", also=[], first="Olli", deadline=None,
    note="resists recommendation, questions experience")

add(key="e_nygaard", lang="en", name="Hilde Nygaard", addr="hilde@nygaard-tannklinikk.example",
    date=(2026, 12, 14, 9, 5, 60), subject="WHY are you sending our patient data to Google??",
    body="""Hi Jamie,

I just saw in the cookie banner on our new website that it says "data is shared with Google". ARE YOU SENDING OUR PATIENT DATA TO GOOGLE?? We are a dental clinic, this is completely unacceptable and I never agreed to this!!

I want this explained today.

Hilde
""",
    heated=True, scenario="misunderstanding", also=["blame"], first="Hilde", deadline="2026-12-14",
    note="misreads analytics cookie banner as patient data sharing; 'today'")

# --- English calm ---

add(key="e_sandberg", lang="en", name="Astrid Sandberg", addr="astrid@sandberg-ceramics.example",
    date=(2026, 11, 10, 14, 30, 60), subject="Refund of unused hours",
    body="""Hi Jamie,

Thank you for all the help this year. According to our agreement, prepaid support hours that are not used within six months can be refunded. We still have 6 hours left from the package we bought in May, so I would like to ask for a refund of those.

No hurry with this, and of course tell me if I have misunderstood the terms.

Best regards,
Astrid
""",
    heated=False, scenario=None, also=[], first="Astrid", deadline=None,
    note="polite refund under stated policy")

add(key="e_ekstrom", lang="en", name="Nils Ekström | Ekström Logistics", addr="nils.ekstrom@ekstromlogistics.example",
    date=(2026, 11, 12, 16, 5, 60), subject="DPA - comments from our legal",
    body="""Hi Jamie,

Our legal counsel has reviewed the data processing agreement (GDPR art. 28) and has only a few small comments. I send the marked-up version in a separate mail. Nothing dramatic, mostly wording about sub-processors and EU/EEA hosting.

Could you send us a signed version by the end of the month? Then we can start the CRM integration in December as planned.

Kind regards
Nils Ekström
Head of IT, Ekström Logistics AB
+46 8 123 456 78
""",
    heated=False, scenario=None, also=[], first="Nils", deadline="2026-11-30",
    note="neutral legal counsel + GDPR/DPA acronyms, end of month")

add(key="e_mortensen_ooo", lang="en", name="Freja Mortensen", addr="freja@mortensen-events.example",
    date=(2026, 12, 21, 8, 0, 60), subject="Automatic reply: Invoice 2026-150",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    reply_to="jamie:mortensen", refs=["jamie:mortensen"],
    body="""Thank you for your email. I am out of the office until 4 January 2027 with no access to email. For URGENT matters regarding events, please contact events@mortensen-events.example.

Merry Christmas and Happy New Year!

Freja Mortensen
Mortensen Events ApS
""",
    heated=False, scenario=None, also=[], first="Freja", deadline=None,
    note="out-of-office auto-reply")

add(key="e_kivela", lang="en", name="Lauri Kivelä", addr="lauri@kivela-skiresort.example",
    date=(2026, 11, 28, 18, 30, 120), subject="THANK YOU!!!",
    body="""Hi Jamie!!!

The booking system went live yesterday and we had 230 bookings in the first 24 hours!!! Our old record was 60. The whole team is SO happy. You guys are the BEST!!!

Beers on me next time you are in Levi :)

Lauri
""",
    heated=False, scenario=None, also=[], first="Lauri", deadline=None,
    note="enthusiastic praise, caps, !!!")

add(key="e_haugen2", lang="en", name="Ingrid Haugen", addr="ingrid@haugen-arkitektur.example",
    date=(2026, 12, 10, 9, 15, 60), subject="RE: Our site is down AGAIN",
    headers={"X-Mailer": "Microsoft Outlook 16.0"},
    reply_to="jamie:haugen", refs=["e_haugen1", "jamie:haugen"],
    body="""Hi Jamie,

Thanks for the explanation and for fixing it so fast. I understand now that the downtime came from the hosting provider's maintenance and not from your update. Sorry for my tone the other day, it was a stressful trip.

Let's talk about the monitoring option you mentioned when I am back in Oslo.

Best,
Ingrid

From: Ingrid Haugen <ingrid@haugen-arkitektur.example>
Sent: Tuesday, December 8, 2026 8:30 PM
To: Jamie Rivera <jamie@brightpath.example>
Subject: Our site is down AGAIN

Jamie,

I am in New York for a client meeting and I just tried to show them our website. It is DOWN. Again. This is the second time this month, and both times it happened after you did some "updates".

This is really embarrassing for me. Your team must fix it and explain me what happened by tomorrow. I cannot keep apologizing to my clients for your mistakes.

Ingrid
""",
    heated=False, scenario=None, also=[], first="Ingrid", deadline=None,
    note="calm apology; heated quoted history below (English Outlook)")

add(key="e_billing", lang="en", name="Billing Notifications", addr="no-reply@payments.example",
    date=(2026, 11, 25, 3, 0, 0), subject="Payment received: INV-2026-118 (4 200.00 EUR)", fmt="html",
    headers={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"},
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hello Brightpath Studio,</p>
<p>You have received a payment of <b>4&nbsp;200.00 EUR</b> from <b>Kallio Fitness Oy</b> for invoice INV-2026-118.</p>
<p>The funds will be available in your account within 2 business days.</p>
<p style="font-size:11px;color:#999">This is an automated message. Please do not reply.</p>
</body></html>
""",
    heated=False, scenario=None, also=[], first=None, deadline=None,
    note="automated payment notification, HTML-only")

add(key="e_sorensen", lang="en", name="Emil Sørensen", addr="emil@sorensen-coffee.example",
    date=(2026, 11, 24, 11, 15, 60), subject="Feedback on mockups v2",
    body="""Hi Jamie,

Thanks for the new mockups. We like the direction a lot, especially the product pages. A few comments:

1. The green on the buttons is a bit too bright, can we try the darker one from v1?
2. On mobile the logo is cut off in the header.
3. Could the "About us" page have a bigger photo of the roastery?

Could you send v3 by Friday? Then we can approve it over the weekend.

Cheers,
Emil
""",
    heated=False, scenario=None, also=[], first="Emil", deadline="2026-11-27",
    note="constructive feedback, 'by Friday' sent on Tuesday")


# ---------------------------------------------------------------------------
# building
# ---------------------------------------------------------------------------

def text_to_html(text):
    """Very small plain->HTML conversion; '>' lines become blockquotes."""
    out, para, quote = [], [], []

    def flush_para():
        if para:
            out.append("<p>" + "<br>\n".join(html.escape(l) for l in para) + "</p>")
            para.clear()

    def flush_quote():
        if quote:
            inner = "<br>\n".join(html.escape(l.lstrip(">").lstrip()) for l in quote)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       + inner + "</blockquote>")
            quote.clear()

    for line in text.splitlines():
        if line.startswith(">"):
            flush_para()
            quote.append(line)
        elif not line.strip():
            flush_para()
            flush_quote()
        else:
            flush_quote()
            para.append(line)
    flush_para()
    flush_quote()
    return ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif">\n'
            + "\n".join(out) + "\n</body></html>\n")


def build(e, fname):
    m = EmailMessage()
    local, domain = e["addr"].split("@")
    if e["name"]:
        m["From"] = Address(e["name"], local, domain)
    else:
        m["From"] = e["addr"]
    m["To"] = JAMIE
    m["Subject"] = e["subject"]
    y, mo, d, hh, mi, off = e["date"]
    tz = timezone(timedelta(minutes=off))
    m["Date"] = format_datetime(datetime(y, mo, d, hh, mi, (y + mo + d + hh) % 60, tzinfo=tz))
    m["Message-ID"] = msgid(e["key"], domain)

    def ref_id(r):
        if r.startswith("jamie:"):
            return jid(r[6:])
        other = KEYS[r]
        return msgid(other["key"], other["addr"].split("@")[1])

    if e.get("reply_to"):
        m["In-Reply-To"] = ref_id(e["reply_to"])
    if e.get("refs"):
        m["References"] = " ".join(ref_id(r) for r in e["refs"])
    m["MIME-Version"] = "1.0"
    for k, v in (e.get("headers") or {}).items():
        m[k] = v

    fmt = e.get("fmt", "plain")
    charset = e.get("charset", "utf-8")
    if fmt == "plain":
        if charset != "utf-8":
            e["body"].encode(charset)  # must be encodable
            m.set_content(e["body"], charset=charset, cte="quoted-printable")
        else:
            m.set_content(e["body"])
    elif fmt == "alt":
        m.set_content(e["body"])
        m.add_alternative(text_to_html(e["body"]), subtype="html")
        m.set_boundary("=_" + hashlib.sha1(e["key"].encode()).hexdigest()[:24])
    elif fmt == "html":
        m.set_content(e["html"], subtype="html")
    else:
        raise ValueError(fmt)
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(m.as_bytes(policy=policy.SMTP))


KEYS = {e["key"]: e for e in ENTRIES}
SCEN = ["legal_threat", "refund_demand", "blame", "price_pushback", "unrealistic_demand",
        "scope_creep", "doubts_expertise", "misunderstanding", "general_dissatisfaction"]


def main():
    # shuffle so languages and heat are interleaved, deterministically
    order = list(ENTRIES)
    random.Random(20261).shuffle(order)
    labels = []
    for i, e in enumerate(order, 1):
        fname = "c%03d.eml" % i
        e["file"] = fname
        assert (e["scenario"] is None) == (not e["heated"]), e["key"]
        assert e["scenario"] is None or e["scenario"] in SCEN, e["key"]
        assert all(a in SCEN and a != e["scenario"] for a in e["also"]), e["key"]
        if not e["heated"]:
            assert e["also"] == [], e["key"]
        if e["deadline"]:
            dl = date.fromisoformat(e["deadline"])
            sent = date(*e["date"][:3])
            assert dl >= sent, e["key"]
        build(e, fname)
        labels.append({"file": fname, "heated": e["heated"], "scenario": e["scenario"],
                       "also": e["also"], "lang": e["lang"], "first_name": e["first"],
                       "deadline": e["deadline"], "note": e["note"]})
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")

    # verification: parse every file back
    for e in order:
        with open(os.path.join(OUT, e["file"]), "rb") as f:
            msg = BytesParser(policy=policy.default).parse(f)
        body = msg.get_body(preferencelist=("plain", "html"))
        assert body is not None, e["file"]
        body.get_content()
        frm = msg["From"].addresses[0]
        if e["name"]:
            assert frm.display_name == e["name"], (e["file"], frm.display_name)

    # summary
    print("wrote %d emails + labels.jsonl to %s" % (len(order), OUT))
    by_lang = Counter((e["lang"], e["heated"]) for e in order)
    for lang in ("da", "fi", "en"):
        print("  %s: heated %2d  calm %2d" % (lang, by_lang[(lang, True)], by_lang[(lang, False)]))
    tot_h = sum(1 for e in order if e["heated"])
    print("  total: heated %d  calm %d" % (tot_h, len(order) - tot_h))
    print("per scenario (primary):")
    sc = Counter(e["scenario"] for e in order if e["heated"])
    for s in SCEN:
        per = Counter(e["lang"] for e in order if e["scenario"] == s)
        print("  %-24s %2d  (da %d, fi %d, en %d)" % (s, sc[s], per["da"], per["fi"], per["en"]))
    print("with deadline: %d   first_name null: %d" % (
        sum(1 for e in order if e["deadline"]), sum(1 for e in order if e["first"] is None)))
    fm = Counter(e.get("fmt", "plain") + "/" + e.get("charset", "utf-8") for e in order)
    print("formats:", dict(fm))


if __name__ == "__main__":
    main()
