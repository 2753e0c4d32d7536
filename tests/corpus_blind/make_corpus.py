"""Builds the blind labelled corpus (80 client emails: en, da, fi, de) with the stdlib only.

Written before reading the heat detector, to measure how it generalises.  Labels follow
../../../shared/scenarios.md: one primary scenario per heated email (most severe first),
other plausible ones in "also"; deadlines are resolved against the Date header.
Run it from anywhere: it writes *.eml and labels.jsonl next to itself.
"""
import json
import os
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape

OUT = os.path.dirname(os.path.abspath(__file__))
ME_ADDR = "jamie@brightpath.example"
ME = f"Jamie Rivera <{ME_ADDR}>"
TZ = {"us": timezone(timedelta(hours=-5)), "uk": timezone.utc, "dk": timezone(timedelta(hours=1)),
      "fi": timezone(timedelta(hours=2)), "de": timezone(timedelta(hours=1))}

E = []


def add(frm, subj, date, body, heated, scenario=None, also=(), lang="en", first=None, deadline=None, note="",
        **opt):
    E.append(dict(frm=frm, subj=subj, date=date, body=body, opt=opt, label=dict(
        heated=heated, scenario=scenario, also=list(also), lang=lang, first_name=first,
        deadline=deadline, note=note)))


def d(month, day, hour, tz="us", minute=7):
    return datetime(2026, month, day, hour, minute, tzinfo=TZ[tz])


# ----------------------------------------------------------------------------- English
add("\"Dr. Margaret O'Neill\" <m.oneill@oneill-clinic.example>", "Patient portal - final notice", d(12, 1, 10, "uk"),
    "Jamie,\n\nOur patients have not been able to book online for nine days now. I have spoken to our solicitor and "
    "she is preparing a claim for the revenue we have lost. If the portal is not fully working within 48 hours, "
    "you will be hearing from her directly.\n\nMargaret O'Neill\nPractice Director",
    True, "legal_threat", ["blame"], first="Margaret", deadline="2026-12-03", note="solicitor + 48h ultimatum, title")
add("Brandon Mills <brandon@millsroasters.example>", "Fine.", d(11, 25, 21),
    "Jamie,\n\nSince nobody over there seems to care, I'll be sharing my experience with your agency on Google, "
    "Clutch and in every founder group I'm part of. People deserve to know what they're paying for.\n\nBrandon",
    True, "legal_threat", ["general_dissatisfaction"], first="Brandon", note="public bad review threat, cold")
add("\"Ruiz, Elena\" <elena.ruiz@ruizfloral.example>", "Invoice #1187", d(11, 17, 9),
    "Jamie,\n\nI won't be paying invoice #1187. The landing pages went live two weeks late and half the forms "
    "didn't even submit. I expect a credit note for the full amount by the end of the month, and frankly I'd "
    "like the deposit back as well.\n\nElena",
    True, "refund_demand", ["blame"], first="Elena", deadline="2026-11-30", note="refuses invoice, wants deposit back")
add("\"Mr. Desmond Clarke\" <d.clarke@clarke-joinery.example>", "Re: Logo package", d(11, 30, 15, "uk"),
    "Hello Jamie,\n\nThank you for the three additional concepts. Unfortunately, none of them is usable either.\n\n"
    "I would appreciate it if you could return the £2,400 we paid at your earliest convenience, so that we can "
    "both move on.\n\nKind regards,\nDesmond Clarke",
    True, "refund_demand", ["general_dissatisfaction"], first="Desmond", note="icy politeness, money back")
add("Karen Whitlock <karen@whitlockhome.example>", "Following up (again)", d(12, 8, 11),
    "Hi Jamie,\n\nJust circling back, as per my previous emails, on the broken checkout. This is now the fourth "
    "time I've asked. I'm sure you're all very busy, but so are we, and we're the ones losing sales every day "
    "it stays broken.\n\nKaren",
    True, "blame", ["general_dissatisfaction"], first="Karen", note="passive-aggressive, repeated contact")
add("steve.b@harbourcafe.example", "Great job on the menu update", d(12, 10, 18),
    "Great job on the menu update. Really. Our Christmas prices now show as $0.00 and we've had three people "
    "try to order a free turkey dinner. Does anyone check this stuff before it goes live? Anyone?",
    True, "blame", ["general_dissatisfaction"], first=None, note="sarcasm, bare address")
add("Nathan Oduya <nathan@oduyalogistics.example>", "Re: Proposal v3", d(11, 23, 16),
    "Jamie,\n\nI signed off on 18,500, but after talking to our CFO that number doesn't work for us anymore. "
    "We need you at 13k. Plenty of agencies would jump at a project like this, so let me know by Thursday "
    "whether you're in or not.\n\nNathan",
    True, "price_pushback", [], first="Nathan", deadline="2026-11-26", note="haggle after sign-off, walk threat")
add("Tasha Greene <tasha@greenefit.example>", "Launch moved up", d(12, 3, 17),
    "Jamie, change of plans: the investors are coming Monday, so the whole app (iOS AND Android, payments "
    "included) has to be in the stores by then. I don't want to hear that it's a six-week job. Make it happen.\n\nTasha",
    True, "unrealistic_demand", [], first="Tasha", deadline="2026-12-07", note="impossible timeline, no excuses")
add("Phil Hargreaves <phil@hargreaves-motors.example>", "few more bits", d(12, 2, 9, "uk"),
    "Hi Jamie,\n\nCouple more things for this sprint: a members area, Stripe subscriptions and a French version "
    "of the whole site. I figured these are covered by what we already pay you, it's all part of 'the website' "
    "after all. Also still waiting on the blog changes from Monday, what's the holdup?\n\nPhil",
    True, "scope_creep", ["unrealistic_demand"], first="Phil", note="extra work same price")
add("\"Prof. Alan Whitaker\" <a.whitaker@whitaker-institute.example>", "Your SEO \"strategy\"", d(11, 26, 10),
    "Jamie,\n\nWith respect, I have read your recommendations and I'm not convinced anyone on your team "
    "understands how search actually works these days. My son-in-law, who does this for a living, says half of "
    "it is outdated. I would prefer we do things my way from now on.\n\nAlan Whitaker",
    True, "doubts_expertise", ["general_dissatisfaction"], first="Alan", note="doubts competence, overrides")
add("Jess Palmer <jess@palmerpilates.example>", "So you're just shutting us down??", d(12, 4, 7),
    "Jamie,\n\nI just read in your newsletter that you're \"retiring the old hosting plan\". So you're simply "
    "switching my site off with no warning?? After four years with you? Unbelievable.\n\nJess",
    True, "misunderstanding", ["general_dissatisfaction", "blame"], first="Jess", note="misread newsletter")
# calm
add("Olivia Grant <olivia@grantcounselling.example>", "Cancelling my January workshop seat", d(12, 7, 12),
    "Hi Jamie,\n\nUnfortunately I can't make the January session after all. Since your terms allow a full refund "
    "up to 14 days before, could you please process that when you get a chance?\n\nThanks so much,\nOlivia",
    False, first="Olivia", note="polite refund under policy")
add("\"Harrison, Paul\" <paul.harrison@harrison-group.example>", "MSA redlines", d(12, 9, 14),
    "Hi Jamie,\n\nOur legal team has been through the master services agreement; attached are their redlines, "
    "mostly around the liability cap and IP assignment. Nothing controversial, I think. Could we aim to sign "
    "by the end of the month?\n\nBest,\nPaul",
    False, first="Paul", deadline="2026-12-31", note="neutral legal review, end of month")
add("Megan Shaw <megan@shawprinting.example>", "URGENT - need the logo files", d(12, 2, 10),
    "Hi Jamie! Sorry for the shouty subject line, our printer needs the logo in vector format before 3pm today. "
    "Could you send the EPS or SVG? Thanks a million,\nMegan",
    False, first="Megan", deadline="2026-12-02", note="calm urgent, deadline today")
add("Liam O'Connor <liam@oconnorbrewing.example>", "WE DID IT!!!", d(11, 27, 13),
    "Jamie!!!\n\nThe campaign went live this morning and we've ALREADY hit 200 signups!!! Honestly the BEST "
    "agency we've ever worked with. Drinks are on me next week!!\n\nLiam",
    False, first="Liam", note="enthusiastic praise, caps")
add("Ravi Menon <ravi@menon-analytics.example>", "API keys + GDPR DPA", d(11, 30, 9),
    "Hi Jamie,\n\nThe launch went smoothly, thanks to your quick fixes last week. The CRM API keys are in the "
    "shared vault now. Our DPO also needs the signed GDPR DPA and the SOC 2 report before go-live. Could you "
    "send those over by Friday?\n\nCheers,\nRavi",
    False, first="Ravi", deadline="2026-12-04", note="acronyms, 'thanks to your' praise")
add("Daniel Brooks <dan@brooks-outdoor.example>", "Re: Staging site is down", d(12, 8, 15),
    "Hi Jamie,\n\nAll good now, thanks for jumping on it so quickly.\n\nDaniel\n\n"
    "On Tue, Dec 8, 2026 at 7:41 AM Daniel Brooks <dan@brooks-outdoor.example> wrote:\n"
    "> The staging site has been DOWN all morning. This is ridiculous. If this keeps\n"
    "> happening I'm pulling the contract and going elsewhere.\n>\n> Daniel\n",
    False, first="Daniel", note="calm reply over own heated Gmail quote")
add("Fiona McLeod <fiona@mcleod-tours.example>", "RE: Q1 retainer", d(12, 8, 10, "uk"),
    "Thanks Jamie, understood. Let's keep the retainer as it is and revisit in March.\n\nFiona\n\n"
    "________________________________\n"
    "From: Fiona McLeod <fiona@mcleod-tours.example>\nSent: Monday, December 7, 2026 4:12 PM\n"
    f"To: Jamie Rivera <{ME_ADDR}>\nSubject: Q1 retainer\n\n"
    "Jamie, this is getting absurd. I'm paying for 20 hours a month and getting maybe 10. Either you cut the "
    "price or I cancel. Your call.\n",
    False, first="Fiona", note="calm reply over Outlook From/Sent quote")
add("Growth Weekly <newsletter@growthweekly.example>", "STOP losing clients!!! 5 mistakes agencies make",
    d(11, 24, 6),
    "This week in Growth Weekly:\n\n1. Why clients get ANGRY (and how to stop it)\n2. Handling refund demands "
    "without losing your margin\n3. The contract clause that keeps you out of court\n\nRead online: "
    "https://growthweekly.example/issue/212\nUnsubscribe: https://growthweekly.example/u/8812",
    False, first=None, note="newsletter with heat keywords", newsletter="growthweekly.example")
add("Rebecca Stone <rebecca@stonepr.example>", "Automatic reply: Website invoice", d(12, 22, 8, "uk"),
    "Thank you for your email. I'm on annual leave until Monday 4 January with no access to email. For anything "
    "urgent, please contact accounts@stonepr.example.",
    False, first="Rebecca", note="out of office", auto="auto-replied")

# ----------------------------------------------------------------------------- Danish
add("Søren Kjær <soren@kjaer-byg.example>", "Sidste chance", d(11, 24, 8, "dk"),
    "Jamie\n\nJeg har nu ventet tre uger på en bookingløsning, der rent faktisk virker. Hvis systemet ikke kører "
    "fejlfrit senest fredag, overgiver jeg sagen til vores advokat, og så må I forklare jer over for ham.\n\nSøren",
    True, "legal_threat", ["blame"], lang="da", first="Søren", deadline="2026-11-27", note="advokat + fredag")
add("Camilla Dahl <camilla@dahl-interior.example>", "Trustpilot", d(12, 3, 20, "dk"),
    "Hej\n\nJeg har nu brugt fire måneder og over 60.000 kr. på en webshop, der stadig ikke kan tage imod "
    "betalinger. Jeg skriver en anmeldelse på Trustpilot i aften, og jeg lægger ikke fingrene imellem. Andre "
    "virksomheder skal advares mod jer.\n\nCamilla",
    True, "legal_threat", ["general_dissatisfaction"], lang="da", first="Camilla", note="public review threat")
add("Lars Winther <lars@winther-auto.example>", "Faktura 2026-114", d(11, 19, 13, "dk"),
    "Hej Jamie\n\nJeg betaler ikke faktura 2026-114. Kampagnen har givet nul nye kunder, og det var slet ikke det, "
    "vi aftalte. Jeg forventer at få pengene for november retur inden udgangen af måneden.\n\nMvh Lars",
    True, "refund_demand", ["general_dissatisfaction"], lang="da", first="Lars", deadline="2026-11-30",
    note="refuses invoice, money back by month end")
add("Jens-Peter Mortensen <jp@mortensen-vin.example>", "Nyhedsbrevet gik ud til ALLE", d(12, 1, 15, "dk"),
    "Jamie\n\nI har sendt vores nyhedsbrev med rabatkoden til hele kundelisten – også til dem, der har afmeldt sig. "
    "Vi har fået over 40 klager i dag. Hvordan kan det overhovedet ske? Det er simpelthen ikke godt nok, og det er "
    "jer, der skal rydde op i det.\n\nJ-P",
    True, "blame", ["general_dissatisfaction"], lang="da", first="Jens-Peter", note="blame, hyphenated name")
add("Pernille Holst <pernille@holst-revision.example>", "Igen: adgang til statistik", d(11, 26, 9, "dk"),
    "Hej Jamie\n\nJeg tillader mig lige at skrive igen, da jeg ikke har hørt fra jer siden min mail den 12., eller "
    "mailen før den. Vi har stadig ikke adgang til statistikken. Jeg går ud fra, at det bliver prioriteret nu.\n\n"
    "Vh Pernille",
    True, "blame", ["general_dissatisfaction"], lang="da", first="Pernille", note="passive-aggressive follow-up")
add("Rasmus Friis <rasmus@friis-el.example>", "SV: Tilbud på app", d(12, 7, 11, "dk"),
    "Hej Jamie\n\nVi har fået et tilbud fra et andet bureau på næsten det halve. Jeg ved godt, at vi har aftalt "
    "145.000 kr., men det kan jeg ikke forsvare over for bestyrelsen. Kan I gå ned på 100.000? Ellers må vi nok "
    "gå en anden vej.\n\nRasmus",
    True, "price_pushback", [], lang="da", first="Rasmus", note="haggle after agreement")
add("Ida Bach <ida@bach-mode.example>", "Til i morgen tidlig", d(11, 26, 16, "dk"),
    "Hej Jamie\n\nHele den nye webshop skal være klar til Black Friday i morgen tidlig – med alle 800 produkter "
    "lagt ind. Jeg forstår ikke, hvorfor det skulle være et problem, I har jo haft materialet i en uge.\n\nIda",
    True, "unrealistic_demand", [], lang="da", first="Ida", deadline="2026-11-27", note="impossible overnight demand")
add("Thomas Bruun <thomas@bruun-fysio.example>", "Lige et par ting mere", d(12, 9, 10, "dk"),
    "Hej Jamie\n\nNår I nu alligevel er i gang, kan I så ikke også lave en engelsk og en tysk version af siden og "
    "sætte et bookingsystem op? Det må vel være inkluderet i prisen. Og hvad med de rettelser, jeg sendte i "
    "mandags – hvornår kommer de?\n\nThomas",
    True, "scope_creep", ["unrealistic_demand"], lang="da", first="Thomas", note="extra work for same price")
add("Birgitte Skov <birgitte@skov-tandklinik.example>", "Jeres anbefaling", d(11, 25, 14, "dk"),
    "Hej Jamie\n\nJeg må ærligt sige, at jeg er begyndt at tvivle på, om I ved, hvad I laver. Min svoger, som "
    "arbejder med IT, siger, at jeres løsning er alt for dyr og gammeldags. Jeg har tænkt mig at gøre det på min "
    "egen måde fremover.\n\nBirgitte",
    True, "doubts_expertise", ["general_dissatisfaction"], lang="da", first="Birgitte", note="doubts competence")
add("Kasper Møller <kasper@moller-transport.example>", "Hvad skal det her betyde?!", d(12, 2, 8, "dk"),
    "Jamie\n\nJeg har lige set jeres nye case om os, hvor I skriver, at vi \"kæmpede med et forældet system\". "
    "Hvad bilder I jer ind at hænge os ud på den måde? Det er dybt uprofessionelt, og jeg forventer en forklaring "
    "i dag.\n\nKasper",
    True, "misunderstanding", ["blame", "general_dissatisfaction"], lang="da", first="Kasper",
    note="misread a case study")
add("Nordlys Ejendomme ApS <kontakt@nordlys-ejendomme.example>", "Forløbet", d(12, 4, 12, "dk"),
    "Til Brightpath\n\nVi er meget utilfredse med forløbet. Kommunikationen er elendig, tidsplanen skrider hele "
    "tiden, og ingen hos jer ser ud til at have overblikket. Sådan kan det ikke fortsætte.\n\nNordlys Ejendomme",
    True, "general_dissatisfaction", ["blame"], lang="da", first=None, note="company sender, diffuse dissatisfaction")
# calm
add("Louise Thygesen <louise@thygesen-yoga.example>", "Refusion af kursusplads", d(11, 23, 10, "dk"),
    "Hej Jamie\n\nDesværre kan en af vores medarbejdere ikke deltage i kurset den 10. december. Ifølge jeres "
    "betingelser får man pengene retur ved afbud senest 14 dage før, så vil I refundere den ene plads? Det haster "
    "ikke.\n\nVenlig hilsen\nLouise",
    False, lang="da", first="Louise", note="polite refund under policy")
add("Henrik Lauridsen <henrik@lauridsen-logistik.example>", "Kontraktudkast", d(12, 7, 13, "dk"),
    "Hej Jamie\n\nTak for kontraktudkastet. Vores jurist har et par bemærkninger til ansvarsbegrænsningen i punkt "
    "8, og dem sender jeg samlet senest den 15. december. Ellers ser det fint ud fra vores side.\n\nMvh\nHenrik",
    False, lang="da", first="Henrik", deadline="2026-12-15", note="neutral legal mention, explicit date")
add("Maja Poulsen <maja@poulsen-chokolade.example>", "HASTER: ny pris på forsiden", d(12, 1, 9, "dk"),
    "Hej Jamie\n\nUndskyld det dramatiske emnefelt 🙂 Vi har sat prisen på julepakken ned til 499 kr., og den skal "
    "gerne rettes på forsiden i dag. Tusind tak!\n\nMaja",
    False, lang="da", first="Maja", deadline="2026-12-01", note="calm urgent")
add("Nikolaj Brandt <nikolaj@brandt-cykler.example>", "TUSIND TAK!!!", d(11, 30, 8, "dk"),
    "Hej Jamie!!!\n\nDen nye webshop er HELT fantastisk. Vi solgte mere i weekenden end i hele oktober!!! Hils hele "
    "holdet og sig tak fra os alle sammen.\n\nNikolaj",
    False, lang="da", first="Nikolaj", note="enthusiastic praise")
add("Signe Vestergaard <signe@vestergaard-kaffe.example>", "SV: Forsinkelse", d(12, 3, 11, "dk"),
    "Hej Jamie\n\nTak for snakken i går, det hjalp meget. Vi kører videre med den nye plan.\n\nHilsen Signe\n\n"
    "Den tirs. 1. dec. 2026 kl. 08.12 skrev Signe Vestergaard <signe@vestergaard-kaffe.example>:\n"
    "> Det her er totalt uacceptabelt. I har lovet os lancering tre gange nu, og\n"
    "> hver gang sker der INGENTING. Jeg er godt træt af jer.\n",
    False, lang="da", first="Signe", note="calm reply over heated 'Den ... skrev' quote")
add("Markedsføringsnyt <nyhedsbrev@markedsnyt.example>", "Sådan undgår du vrede kunder – og advokatregninger",
    d(11, 25, 6, "dk"),
    "Ugens tema: klager, refusioner og hvornår du bør inddrage en advokat.\n\n– Tre ting, du ALDRIG skal skrive til "
    "en utilfreds kunde\n– Skabelon: sådan siger du nej til rabat\n\nLæs hele nyhedsbrevet online. Afmeld "
    "nyhedsbrevet her: https://markedsnyt.example/afmeld",
    False, lang="da", first=None, note="newsletter", newsletter="markedsnyt.example")
add("Dinero <noreply@dinero.example>", "Påmindelse: Faktura 1042 er forfalden", d(11, 27, 5, "dk"),
    "Faktura 1042 på 3.750,00 kr. til Brightpath er forfalden til betaling. Beløbet forfaldt 20-11-2026.\n\n"
    "Dette er en automatisk genereret e-mail – svar venligst ikke på denne mail.",
    False, lang="da", first=None, note="automated reminder, no Auto-Submitted header")
add("Peter Damgaard <peter@damgaard-vvs.example>", "Automatisk svar: Tilbud", d(12, 21, 9, "dk"),
    "Tak for din mail. Jeg holder juleferie og er tilbage mandag den 4. januar. I akutte tilfælde kan du kontakte "
    "kontoret på 70 20 30 40.",
    False, lang="da", first="Peter", note="out of office", auto="auto-replied")
add("Morten Østergaard <morten@ostergaard-gulve.example>", "CVR, EAN og MobilePay", d(11, 30, 14, "dk"),
    "Hej Jamie\n\nHer er vores CVR- og EAN-nummer til fakturaen. Kan I også sætte MobilePay og PDF-kvitteringer op i "
    "shoppen? Vi mangler vist også DNS-opsætningen til det nye domæne – ingen hast.\n\nMvh Morten",
    False, lang="da", first="Morten", note="acronyms")

# ----------------------------------------------------------------------------- Finnish
add("Päivi Mäkinen <paivi@makinen-kukka.example>", "Viimeinen varoitus", d(12, 1, 9, "fi"),
    "Hei,\n\nVerkkokauppa on ollut rikki jo kaksi viikkoa, ja olemme menettäneet tuhansien eurojen myynnit. Jos "
    "vikaa ei ole korjattu perjantaihin mennessä, annan asian juristillemme ja vaadimme vahingonkorvausta.\n\n"
    "Päivi Mäkinen",
    True, "legal_threat", ["blame"], lang="fi", first="Päivi", deadline="2026-12-04", note="lawyer + Friday")
add("Timo Laaksonen <timo@laaksonen-kuljetus.example>", "Sivusto on tehtävä uudelleen", d(11, 24, 14, "fi"),
    "Jamie,\n\nToimittamanne sivusto ei vastaa sopimusta millään tavalla. Vaadimme, että koko sivusto tehdään "
    "alusta uudelleen teidän kustannuksellanne. Muussa tapauksessa viemme asian oikeuteen.\n\nTimo Laaksonen\n"
    "toimitusjohtaja",
    True, "legal_threat", ["refund_demand", "general_dissatisfaction"], lang="fi", first="Timo",
    note="court threat, redo everything")
add("Kari Nieminen <kari@nieminen-mainos.example>", "Hyvityslasku", d(11, 20, 10, "fi"),
    "Hei Jamie,\n\nEmme maksa marraskuun laskua. Mainoskampanja ei tuonut yhtään liidiä, eikä raportteja ole tullut "
    "kertaakaan ajallaan. Odotan hyvityslaskua koko summasta kuun loppuun mennessä.\n\nKari",
    True, "refund_demand", ["general_dissatisfaction"], lang="fi", first="Kari", deadline="2026-11-30",
    note="refuses invoice, credit note by month end")
add("Heikki Salo <heikki@salo-ravintolat.example>", "Taas sama vika!!", d(11, 28, 22, "fi"),
    "Jamie,\n\nVarausjärjestelmä kaatui TAAS keskellä lauantain ruuhkaa. Tämä on teidän vikanne, ei meidän – te "
    "lupasitte, että vika on korjattu. Kuinka monta kertaa tästä pitää vielä valittaa?\n\nHeikki",
    True, "blame", ["general_dissatisfaction"], lang="fi", first="Heikki", note="blame, caps, !!")
add("\"Virtanen, Anu\" <anu.virtanen@virtanen-tilit.example>", "Muistutus (3.)", d(12, 3, 10, "fi"),
    "Hei,\n\nPalaan asiaan jo kolmannen kerran, koska en ole vieläkään saanut vastausta. Laskutusraportti näyttää "
    "yhä väärät luvut. Oletan, että asia hoidetaan nyt viipymättä.\n\nYstävällisin terveisin\nAnu Virtanen",
    True, "blame", ["general_dissatisfaction"], lang="fi", first="Anu", note="passive-aggressive third reminder")
add("Jari Heinonen <jari@heinonen-saha.example>", "Vs: Tarjous", d(11, 27, 13, "fi"),
    "Moi Jamie,\n\nSovittiin 9 800 eurosta, mutta rehellisesti sanottuna se on liikaa. Kilpailija tekisi saman "
    "6 000 eurolla. Jos hinta ei jousta, joudumme valitettavasti etsimään toisen toimittajan.\n\nJari",
    True, "price_pushback", [], lang="fi", first="Jari", note="haggle after agreement")
add("Sanna Lehtinen <sanna@lehtinen-group.example>", "Huomiseksi", d(12, 9, 15, "fi"),
    "Hei Jamie,\n\nJohtoryhmä haluaa nähdä koko uuden intranetin valmiina huomenna aamulla klo 9. Tiedän, että "
    "aikatauluksi sovittiin kuusi viikkoa, mutta tämä on nyt pakko saada tehtyä. Ei tekosyitä tällä kertaa.\n\nSanna",
    True, "unrealistic_demand", [], lang="fi", first="Sanna", deadline="2026-12-10", note="overnight demand")
add("Mikko Järvinen <mikko@jarvinen-sport.example>", "Pari pientä lisäystä", d(12, 14, 9, "fi"),
    "Moi,\n\nVoisitteko samalla lisätä sivustolle ruotsinkielisen version, uutiskirjeen tilauksen ja "
    "asiakasportaalin? Oletan, että nämä kuuluvat jo sovittuun hintaan. Ja missä ovat ne muutokset, joita "
    "pyysin jo viime viikolla?\n\nMikko",
    True, "scope_creep", ["unrealistic_demand"], lang="fi", first="Mikko", note="extra work same price")
add("Riitta Koskinen <riitta@koskinen-hoiva.example>", "Suosituksistanne", d(11, 23, 12, "fi"),
    "Hei Jamie,\n\nRehellisesti sanottuna en ole vakuuttunut osaamisestanne. Suosittelemanne pilvipalvelu on kallis "
    "ja hidas, ja oman IT-tukemme mukaan koko arkkitehtuuri on ylimitoitettu. Haluan, että jatkossa toteutatte "
    "ratkaisut niin kuin me ne määrittelemme.\n\nRiitta",
    True, "doubts_expertise", ["general_dissatisfaction"], lang="fi", first="Riitta", note="doubts expertise")
add("Olli Rantanen <olli@rantanen-kiinteistot.example>", "Aiotteko hylätä meidät?", d(12, 2, 19, "fi"),
    "Jamie,\n\nLuin juuri blogistanne, että \"keskitymme jatkossa suuriin asiakkaisiin\". Aiotteko siis jättää meidät "
    "kesken projektin?? Olisi ollut kiva kuulla tästä suoraan eikä blogista.\n\nOlli",
    True, "misunderstanding", ["general_dissatisfaction"], lang="fi", first="Olli", note="misread blog post")
add("<toimisto@kaleva-kiinteistot.example>", "Soittakaa.", d(12, 11, 8, "fi"),
    "Soittakaa heti. Tämä ei voi jatkua näin.",
    True, "general_dissatisfaction", ["blame"], lang="fi", first=None, note="one-line ultimatum, no name")
# calm
add("Laura Hämäläinen <laura@hamalainen-design.example>", "Peruutus ja palautus", d(11, 24, 11, "fi"),
    "Hei Jamie,\n\nValitettavasti emme pääse joulukuun koulutukseen. Ehtojenne mukaan yli kaksi viikkoa ennen "
    "peruttu paikka hyvitetään, joten voisitteko palauttaa maksun tilillemme? Ei mitään kiirettä.\n\nKiitos ja "
    "hyvää joulun odotusta,\nLaura",
    False, lang="fi", first="Laura", note="polite refund under policy")
add("Antti Peltonen <antti@peltonen-energia.example>", "Sopimusluonnos", d(11, 25, 15, "fi"),
    "Hei Jamie,\n\nKiitos sopimusluonnoksesta. Lakimiehemme käy sen läpi tällä viikolla, ja palaamme mahdollisten "
    "kommenttien kanssa ensi tiistaihin mennessä. Muuten kaikki näyttää hyvältä.\n\nTerveisin\nAntti",
    False, lang="fi", first="Antti", deadline="2026-12-01", note="neutral lawyer mention, next Tuesday")
add("Emilia Laine <emilia@laine-kahvila.example>", "KIIREELLINEN: joulun aukioloajat", d(12, 16, 10, "fi"),
    "Moi Jamie!\n\nAnteeksi isot kirjaimet 😊 Joulun aukioloajat pitäisi saada sivuille perjantaihin mennessä. "
    "Laitan tekstit liitteenä. Kiitos tosi paljon!\n\nEmilia",
    False, lang="fi", first="Emilia", deadline="2026-12-18", note="calm urgent, by Friday")
add("Tuomas Koivisto <tuomas@koivisto-apps.example>", "MAHTAVAA!!!", d(12, 1, 16, "fi"),
    "Moi Jamie!!!\n\nUusi sovellus on ihan HUIPPU. Käyttäjämäärä tuplaantui ensimmäisellä viikolla!!! Iso kiitos "
    "koko tiimille, olette kultaa.\n\nTuomas",
    False, lang="fi", first="Tuomas", note="enthusiastic praise")
add("Hanna Mattila <hanna@mattila-optiikka.example>", "Vs: Julkaisu", d(12, 9, 13, "fi"),
    "Kiitos Jamie, hyvä että saatiin tämä sovittua. Jatketaan uuden aikataulun mukaan.\n\nHanna\n\n"
    "ti 8.12.2026 klo 9.14 Hanna Mattila <hanna@mattila-optiikka.example> kirjoitti:\n"
    "> Tämä on jo kolmas kerta, kun julkaisu siirtyy. Olen todella pettynyt ja\n"
    "> harkitsen vakavasti sopimuksen purkamista.\n",
    False, lang="fi", first="Hanna", note="calm reply over heated 'kirjoitti:' quote")
add("Visma Netvisor <noreply@netvisor.example>", "Maksumuistutus: lasku 20931", d(12, 5, 4, "fi"),
    "Tämä on automaattinen muistutus. Lasku 20931 (1 240,00 €) erääntyy 15.12.2026. Älä vastaa tähän viestiin.",
    False, lang="fi", first=None, note="automated notification")
add("Jukka Lindqvist <jukka@lindqvist-tuote.example>", "Automaattinen vastaus: Tarjous", d(12, 21, 12, "fi"),
    "Olen lomalla 21.12.2026–6.1.2027 enkä lue sähköpostia. Kiireellisissä asioissa ota yhteyttä osoitteeseen "
    "myynti@lindqvist-tuote.example.",
    False, lang="fi", first="Jukka", note="out of office", auto="auto-replied")
add("Yrittäjän uutiskirje <uutiskirje@yrittajat.example>", "Näin käsittelet vihaisen asiakkaan – ja vältät oikeusriidan",
    d(11, 26, 6, "fi"),
    "Tämän viikon aiheet:\n\n• Asiakas vaatii rahojaan takaisin – mitä teet?\n• Milloin lakimies kannattaa ottaa "
    "mukaan\n• ÄLÄ koskaan vastaa suuttuneena\n\nLue koko uutiskirje verkossa. Peru tilaus: "
    "https://yrittajat.example/peru",
    False, lang="fi", first=None, note="newsletter", newsletter="yrittajat.example")
add("Ville Kallio <ville@kallio-rakennus.example>", "ALV, Y-tunnus ja SSL", d(11, 30, 10, "fi"),
    "Hei,\n\nLaskuun pitää vielä lisätä Y-tunnus ja ALV 25,5 %. Lisäksi SSL-sertifikaatti vanhenee ensi kuussa, "
    "voisitteko uusia sen? Kiitos!\n\nVille",
    False, lang="fi", first="Ville", note="acronyms")

# ----------------------------------------------------------------------------- German
add("\"Dr. Jörg Krämer\" <j.kraemer@kraemer-kanzlei.example>", "Letzte Frist", d(12, 2, 9, "de"),
    "Sehr geehrte Frau Rivera,\n\nda trotz mehrfacher Aufforderung keine Besserung eingetreten ist, setze ich Ihnen "
    "hiermit eine letzte Frist bis zum 11. Dezember 2026. Sollte das Buchungssystem bis dahin nicht einwandfrei "
    "funktionieren, werde ich meinen Anwalt einschalten und Schadensersatz geltend machen.\n\nMit freundlichen "
    "Grüßen\nDr. Jörg Krämer",
    True, "legal_threat", ["blame"], lang="de", first="Jörg", deadline="2026-12-11", note="formal legal threat, title")
add("Sabine Wolf <sabine@wolf-kosmetik.example>", "Das war's", d(11, 27, 19, "de"),
    "Hallo Jamie,\n\nich habe die Zahlung bei meiner Kreditkartenfirma zurückbuchen lassen. Außerdem werde ich auf "
    "Google und ProvenExpert ausführlich schildern, wie Sie mit Ihren Kunden umgehen.\n\nSabine Wolf",
    True, "legal_threat", ["refund_demand"], lang="de", first="Sabine", note="chargeback + review threat")
add("\"Schneider, Thomas\" <t.schneider@schneider-shop.example>", "Rechnung Nr. 2026-0452", d(12, 1, 11, "de"),
    "Hallo Jamie,\n\ndie Rechnung Nr. 2026-0452 werde ich nicht bezahlen. Die vereinbarten Funktionen fehlen nach "
    "wie vor, und der Shop ist voller Fehler. Ich erwarte die Rückzahlung der Anzahlung bis Ende der Woche.\n\n"
    "Gruß\nThomas Schneider",
    True, "refund_demand", ["blame"], lang="de", first="Thomas", deadline="2026-12-04",
    note="refuses invoice, 'Last, First'")
add("Jürgen Hofmann <juergen@hofmann-metall.example>", "Schon WIEDER offline", d(11, 25, 7, "de"),
    "Jamie,\n\nunsere Website ist zum dritten Mal in diesem Monat nicht erreichbar. Das liegt eindeutig an Ihrem "
    "Hosting und nicht an uns. Ich habe langsam keine Lust mehr, Ihnen hinterherzulaufen.\n\nJürgen Hofmann",
    True, "blame", ["general_dissatisfaction"], lang="de", first="Jürgen", note="blame")
add("\"Prof. Dr. Ulrike Brandt\" <u.brandt@uni-beispiel.example>", "Erneute Nachfrage", d(12, 4, 10, "de"),
    "Sehr geehrte Frau Rivera,\n\nwie bereits in meinen E-Mails vom 18. und 25. November erwähnt, ist die "
    "Exportfunktion weiterhin fehlerhaft. Ich gehe davon aus, dass Sie sich nun zeitnah darum kümmern.\n\n"
    "Mit freundlichen Grüßen\nU. Brandt",
    True, "blame", ["general_dissatisfaction"], lang="de", first="Ulrike", note="icy 'wie bereits erwähnt'")
add("Markus Becker <markus@becker-bau.example>", "AW: Angebot Relaunch", d(11, 30, 16, "de"),
    "Hallo Jamie,\n\nwir hatten 24.000 € vereinbart, aber das ist uns inzwischen deutlich zu teuer. Eine andere "
    "Agentur hat uns 15.000 € angeboten. Wenn Sie uns beim Preis nicht entgegenkommen, müssen wir uns leider "
    "anderweitig umsehen.\n\nMarkus Becker\n\n"
    f"Am Fr., 27. Nov. 2026 um 10:02 Uhr schrieb Jamie Rivera <{ME_ADDR}>:\n"
    "> Hallo Markus,\n>\n> anbei wie besprochen das finale Angebot für den Relaunch. Ich freue mich\n"
    "> auf die Zusammenarbeit!\n>\n> Viele Grüße\n> Jamie\n",
    True, "price_pushback", [], lang="de", first="Markus", note="haggle; calm quoted history below")
add("Katrin Vogel <katrin@vogel-verlag.example>", "Bis morgen früh", d(12, 14, 15, "de"),
    "Hallo Jamie,\n\nder Vorstand will die komplette neue Website morgen um 9 Uhr sehen, inklusive Shop und "
    "Mehrsprachigkeit. Mir ist klar, dass dafür ursprünglich acht Wochen angesetzt waren, aber das lässt sich jetzt "
    "nicht ändern. Bitte keine Ausreden.\n\nKatrin",
    True, "unrealistic_demand", [], lang="de", first="Katrin", deadline="2026-12-15", note="overnight demand")
add("Stefan Richter <stefan@richter-events.example>", "Noch ein paar Kleinigkeiten", d(11, 26, 14, "de"),
    "Hi Jamie,\n\nkönnt ihr bei der Gelegenheit noch einen Kundenbereich, eine Newsletter-Anbindung und eine "
    "englische Version einbauen? Das sollte ja im bisherigen Budget drin sein. Und wo bleiben eigentlich die "
    "Änderungen von letzter Woche??\n\nStefan",
    True, "scope_creep", ["unrealistic_demand"], lang="de", first="Stefan", note="extra work same budget")
add("Günther Lange <g.lange@lange-immobilien.example>", "Ihre Empfehlung", d(12, 8, 12, "de"),
    "Frau Rivera,\n\nich frage mich ernsthaft, ob Ihr Team weiß, was es tut. Unser Praktikant meint, das ließe "
    "sich mit einem Baukasten an einem Nachmittag erledigen. Ich sehe nicht ein, warum ich Ihrer Empfehlung zum "
    "Hosting folgen sollte. Ab jetzt machen wir das so, wie ich es sage.\n\nG. Lange",
    True, "doubts_expertise", ["general_dissatisfaction"], lang="de", first="Günther", note="doubts competence")
add("Anja Köhler <anja@koehler-reisen.example>", "Was soll das?!", d(12, 10, 9, "de"),
    "Hallo Jamie,\n\nich habe gerade gesehen, dass unsere Domain auf Ihre Agentur registriert ist!? Wollen Sie uns "
    "damit unter Druck setzen? So etwas habe ich noch nie erlebt. Ich erwarte noch heute eine Erklärung.\n\nAnja",
    True, "misunderstanding", ["blame", "general_dissatisfaction"], lang="de", first="Anja",
    note="misreads domain registration")
add("Bäckerei Huber GmbH <info@baeckerei-huber.example>", "Super Arbeit, wirklich", d(12, 3, 6, "de"),
    "Toll. Wirklich ganz toll. Drei Monate Projekt, und unsere Öffnungszeiten stehen immer noch falsch auf der "
    "Seite. Man fragt sich, wofür wir eigentlich bezahlen.",
    True, "general_dissatisfaction", ["blame"], lang="de", first=None, note="sarcasm, company sender")
# calm
add("Claudia Neumann <claudia@neumann-praxis.example>", "Stornierung Workshop-Platz", d(12, 1, 10, "de"),
    "Hallo Jamie,\n\nleider kann eine Kollegin am Workshop im Januar nicht teilnehmen. Laut Ihren AGB ist eine "
    "Stornierung bis 14 Tage vorher kostenfrei – könnten Sie uns den Betrag für den Platz bitte erstatten? Es eilt "
    "nicht.\n\nViele Grüße\nClaudia Neumann",
    False, lang="de", first="Claudia", note="polite refund under policy")
add("\"Weber, Matthias\" <m.weber@weber-logistik.example>", "Vertragsentwurf", d(11, 24, 13, "de"),
    "Hallo Jamie,\n\ndanke für den Vertragsentwurf. Unsere Rechtsabteilung schaut ihn sich diese Woche an; "
    "Anmerkungen schicken wir bis Ende der Woche. Ansonsten freuen wir uns auf den Start!\n\nBeste Grüße\nMatthias",
    False, lang="de", first="Matthias", deadline="2026-11-27", note="neutral legal, end of week")
add("Lena Hartmann <lena@hartmann-studio.example>", "DRINGEND: Impressum aktualisieren", d(12, 2, 9, "de"),
    "Hallo Jamie,\n\nkurze Bitte: Wir haben eine neue Geschäftsadresse, und das Impressum muss bis Freitag angepasst "
    "werden (rechtliche Vorgabe). Die neuen Daten stehen unten. Danke dir!\n\nLena\n\nHartmann Studio\n"
    "Lindenstraße 12\n10969 Berlin",
    False, lang="de", first="Lena", deadline="2026-12-04", note="calm urgent with legal wording")
add("Felix Braun <felix@braun-outdoor.example>", "HAMMER!!!", d(11, 30, 8, "de"),
    "Hallo Jamie!!!\n\nDer neue Shop ist der WAHNSINN. Am ersten Wochenende schon doppelt so viele Bestellungen wie "
    "sonst im ganzen Monat!!! Ein RIESIGES Dankeschön an das ganze Team.\n\nFelix",
    False, lang="de", first="Felix", note="enthusiastic praise")
add("Nicole Zimmermann <nicole@zimmermann-reisen.example>", "WG: Beschwerde zum Kontaktformular", d(12, 1, 9, "de"),
    "Hallo Jamie,\n\nuns hat heute diese Kundenmail erreicht. Könntet ihr euch das Kontaktformular bei Gelegenheit "
    "mal anschauen? Danke!\n\nNicole\n\n---------- Weitergeleitete Nachricht ---------\n"
    "Von: Erwin Maier <e.maier@mail.example>\nDatum: Mo., 30. Nov. 2026 um 18:02 Uhr\nBetreff: Beschwerde\n"
    "An: <info@zimmermann-reisen.example>\n\n"
    "IHR KONTAKTFORMULAR FUNKTIONIERT NICHT!!! Ich versuche seit drei Tagen, Sie zu erreichen. Das ist eine "
    "Frechheit, ich will mein Geld zurück, sonst gehe ich zum Anwalt!\n",
    False, lang="de", first="Nicole", note="forwarded angry message, calm note")
add("Björn Schäfer <bjoern@schaefer-moebel.example>", "AW: Ladezeiten", d(12, 8, 16, "de"),
    "Hallo Jamie,\n\ndanke für die schnelle Hilfe, die Seite lädt jetzt deutlich schneller. Passt so.\n\nGruß\nBjörn\n\n"
    "Am Di., 8. Dez. 2026 um 07:55 Uhr schrieb Björn Schäfer <bjoern@schaefer-moebel.example>:\n"
    "> Die Seite ist UNBENUTZBAR langsam. Das ist absolut inakzeptabel. Wenn das\n"
    "> heute nicht behoben ist, kündige ich den Wartungsvertrag.\n",
    False, lang="de", first="Björn", note="calm reply over heated 'Am ... schrieb' quote")
add("Sandra Krause <sandra@krause-hotel.example>", "AW: Rechnung Oktober", d(12, 1, 14, "de"),
    "Hallo Jamie,\n\nalles klar, die Gutschrift ist angekommen. Danke für die unkomplizierte Klärung!\n\n"
    "Viele Grüße\nSandra\n\n-----Ursprüngliche Nachricht-----\nVon: Sandra Krause <sandra@krause-hotel.example>\n"
    f"Gesendet: Montag, 30. November 2026 17:40\nAn: Jamie Rivera <{ME_ADDR}>\nBetreff: Rechnung Oktober\n\n"
    "Die Oktoberrechnung ist schlicht falsch. Ich zahle keinen Cent, bevor das korrigiert ist!\n",
    False, lang="de", first="Sandra", note="calm reply over German Outlook quote")
add("Kai Schulz <kai@schulz-it.example>", "Abwesenheitsnotiz: Angebot", d(12, 1, 11, "de"),
    "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 8. Dezember nicht im Büro und habe keinen Zugriff "
    "auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an info@schulz-it.example.",
    False, lang="de", first="Kai", note="out of office", auto="auto-replied")
add("Zahlungsservice <no-reply@zahlung.example>", "Zahlung fehlgeschlagen – Handlung erforderlich", d(12, 6, 3, "de"),
    "Die Abbuchung für Ihr Abonnement ist fehlgeschlagen. Bitte aktualisieren Sie Ihre Zahlungsdaten innerhalb von "
    "7 Tagen, um eine Unterbrechung zu vermeiden.\n\nDies ist eine automatisch generierte E-Mail.",
    False, lang="de", first=None, note="automated notification", auto="auto-generated")


def html_of(text):
    paras = text.split("\n\n")
    return "<html><body>" + "".join(f"<p>{escape(p).replace(chr(10), '<br>')}</p>" for p in paras) + "</body></html>"


def build(i, e):
    m = EmailMessage()
    m["From"] = e["frm"]
    m["To"] = ME
    m["Subject"] = e["subj"]
    m["Date"] = format_datetime(e["date"])
    m["Message-ID"] = f"<blind-{i:03d}.{e['label']['lang']}@client.example>"
    opt = e["opt"]
    if opt.get("auto"):
        m["Auto-Submitted"] = opt["auto"]
    if opt.get("newsletter"):
        dom = opt["newsletter"]
        m["List-Id"] = f"<news.{dom}>"
        m["List-Unsubscribe"] = f"<https://{dom}/unsubscribe>"
        m["Precedence"] = "bulk"
    quoted = "\n> " in e["body"] or "Nachricht-----" in e["body"] or "______" in e["body"]
    cte = "quoted-printable" if i % 3 == 0 else ("base64" if i % 3 == 1 else "8bit")
    if i % 11 == 5 and not quoted:  # a few HTML-only mails, as webmail clients send them
        m.set_content(html_of(e["body"]), subtype="html", cte=cte)
    else:
        m.set_content(e["body"], cte=cte)
        if i % 4 == 0 and not quoted:
            m.add_alternative(html_of(e["body"]), subtype="html")
    return bytes(m)


def main():
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as labels:
        for i, e in enumerate(E, 1):
            name = f"b{i:03d}.eml"
            with open(os.path.join(OUT, name), "wb") as f:
                f.write(build(i, e))
            labels.write(json.dumps({"file": name, **e["label"]}, ensure_ascii=False) + "\n")
    print(len(E), "emails")


if __name__ == "__main__":
    main()
