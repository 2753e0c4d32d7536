#!/usr/bin/env python3
"""Blind evaluation corpus c2 for reply-coach (German + Danish).

Stdlib only. Writes k001.eml ... and labels.jsonl next to this script.
Labels refer to the NEW text of each email only (quoted history ignored).
Deadlines are resolved against the local date of the email's own Date header.
"""
import hashlib
import json
import os
import random
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
TO = Address("Jamie Rivera", "jamie", "brightpath.example")
OURS = "brightpath.example"


def tz(h, m=0):
    return timezone(timedelta(hours=h, minutes=m))


def dt(y, mo, d, hh, mi, off):
    return datetime(y, mo, d, hh, mi, 0, tzinfo=tz(off))


EMAILS = []


def E(**kw):
    kw.setdefault("charset", "utf-8")
    kw.setdefault("html", None)
    kw.setdefault("html_only", False)
    kw.setdefault("headers", {})
    kw.setdefault("reply_to_ours", None)  # list of our message-id stems
    kw.setdefault("also", [])
    kw.setdefault("deadline", None)
    kw.setdefault("cte", None)
    EMAILS.append(kw)


# ---------------------------------------------------------------------------
# GERMAN: heated
# ---------------------------------------------------------------------------

E(key="de_legal_baeckerei", lang="de", heated=True, scenario="legal_threat",
  also=["blame", "unrealistic_demand"], first_name="Hans-Jürgen",
  deadline="2026-12-12", note="Anwalt + Schadensersatz, kompletter Neuaufbau bis 12.12.",
  frm=("Hans-Jürgen Krämer", "hj.kraemer@baeckerei-kraemer.example"),
  date=dt(2026, 12, 2, 7, 48, 1), charset="iso-8859-1",
  headers={"X-Mailer": "Microsoft Outlook 16.0"},
  subject="Onlineshop - so nicht!",
  body="""Sehr geehrte Damen und Herren,

seit dem Go-live am 23.11. gehen bei uns die Vorbestellungen für Christstollen reihenweise verloren. Kunden rufen in den Filialen an und beschweren sich, meine Verkäuferinnen wissen von nichts, weil im System schlicht nichts ankommt. Das ist für uns das wichtigste Geschäft des Jahres, und Sie haben es uns gründlich verdorben.

Ich habe die Angelegenheit heute früh meinem Rechtsanwalt übergeben. Er prüft, welche Schadensersatzansprüche wir geltend machen.

Unabhängig davon erwarte ich, dass der gesamte Shop bis spätestens 12.12. von Grund auf neu aufgesetzt wird, und zwar ordentlich und nicht wieder mit Flickschusterei. Ein weiteres Telefonat, in dem mir erklärt wird, dass "eigentlich alles funktioniert", brauche ich nicht.

H.-J. Krämer
Geschäftsführer

Bäckerei Krämer GmbH & Co. KG
Hauptstraße 14, 84028 Landshut
Amtsgericht Landshut HRA 4471 | USt-IdNr. DE123456789
""")

E(key="de_legal_zahnarzt", lang="de", heated=True, scenario="legal_threat",
  also=["blame", "general_dissatisfaction"], first_name="Sabine",
  deadline="2026-11-21",
  note="CH, icy, 3rd contact, Google-Bewertungen; sent 01:15 +0400 (UTC prev day)",
  frm=("Dr. Sabine Hölzl", "praxis@zahnarzt-bellevue.example"),
  date=dt(2026, 11, 18, 1, 15, 4),
  headers={"User-Agent": "Mozilla Thunderbird"},
  subject="Online-Terminbuchung Praxis am Bellevue",
  body="""Guten Tag Herr Rivera

Ich schreibe Ihnen vom Kongress in Dubai aus, weil mich diese Sache inzwischen nicht mehr schlafen lässt.

Ich habe Sie am 3. und am 10. November angeschrieben. Eine Antwort habe ich, abgesehen von einer automatischen Eingangsbestätigung, nie erhalten.

Zur Erinnerung: Die Online-Terminbuchung bietet Patientinnen und Patienten Termine an, die längst vergeben sind. Letzte Woche sassen zwei Personen für denselben Slot im Wartezimmer. Das ist peinlich und für eine Praxis unseres Niveaus nicht tragbar.

Ich sage es Ihnen in aller Ruhe: Ist das Problem nicht innerhalb von drei Tagen behoben, werde ich meine Erfahrungen mit Ihrem Büro ausführlich auf Google und local.ch schildern und sie auch in unserem Zahnärzte-Netzwerk weitergeben. Die Kolleginnen und Kollegen wird das sicher interessieren.

Freundliche Grüsse

Dr. med. dent. Sabine Hölzl
Zahnarztpraxis am Bellevue
Theaterstrasse 2, 8001 Zürich
""",
  html="""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Guten Tag Herr Rivera</p>
<p>Ich schreibe Ihnen vom Kongress in Dubai aus, weil mich diese Sache inzwischen nicht mehr schlafen lässt.</p>
<p>Ich habe Sie am 3. und am 10. November angeschrieben. Eine Antwort habe ich, abgesehen von einer automatischen Eingangsbestätigung, nie erhalten.</p>
<p>Zur Erinnerung: Die Online-Terminbuchung bietet Patientinnen und Patienten Termine an, die längst vergeben sind. Letzte Woche sassen zwei Personen für denselben Slot im Wartezimmer. Das ist peinlich und für eine Praxis unseres Niveaus nicht tragbar.</p>
<p>Ich sage es Ihnen in aller Ruhe: Ist das Problem nicht <b>innerhalb von drei Tagen</b> behoben, werde ich meine Erfahrungen mit Ihrem Büro ausführlich auf Google und local.ch schildern und sie auch in unserem Zahnärzte-Netzwerk weitergeben. Die Kolleginnen und Kollegen wird das sicher interessieren.</p>
<p>Freundliche Grüsse</p>
<p>Dr. med. dent. Sabine Hölzl<br>Zahnarztpraxis am Bellevue<br>Theaterstrasse 2, 8001 Zürich</p>
</body></html>
""")

E(key="de_refund_heuriger", lang="de", heated=True, scenario="refund_demand",
  also=["blame", "general_dissatisfaction"], first_name=None,
  deadline="2026-11-19",
  note="AT dialect, refuses invoice, dares Inkasso; company From, signed Franz",
  frm=("Weingut Obermaier", "office@weingut-obermaier.example"),
  date=dt(2026, 11, 16, 10, 12, 1), charset="iso-8859-1",
  subject="Ihre Rechnung 2026-118",
  body="""Grüß Gott,

die Rechnung 2026-118 über 3.240 Euro zahl ich so ned. Von dem, was ausgemacht war, ist die Hälfte ned da: keine Weinkarte zum Runterladen, die Fotos vom Keller san unscharf, und der Ausg'steckt-Kalender zeigt immer noch den Oktober an. Meine Stammgäst' stehen vor verschlossener Tür, weil Ihre Seite sagt, wir hätten offen.

Schicken S' mir bis Donnerstag eine Gutschrift über mindestens die Hälfte, dann reden wir weiter. Und kommen S' mir bitte ned mit Inkasso, davor hab i ka Angst, des können S' gern probieren.

Franz Obermaier
Weingut & Heuriger Obermaier
Kellergasse 7, 2120 Wolkersdorf
""")

E(key="de_refund_startup", lang="de", heated=True, scenario="refund_demand",
  also=["blame", "doubts_expertise"], first_name="Lukas",
  deadline="2026-12-08",
  note="Denglisch founder, money back; sent 07:10 +0800 = prev day UTC",
  frm=("Lukas Brenner", "lukas@flowmate.example"),
  date=dt(2026, 12, 7, 7, 10, 8),
  headers={"X-Mailer": "iPhone Mail (22B91)"},
  subject="Landingpage Performance - so geht das nicht",
  body="""Hey Jamie,

sorry, aber ich muss das jetzt mal direkt sagen: die Landingpage performt einfach null. Wir haben 6k in Ads gebuttert, Conversion Rate liegt bei 0,3 %, Bounce bei 82 %. Das war so nicht der Deal. Ihr habt uns im Kickoff was von "conversion-optimiert" und "data-driven" gepitcht, davon sehe ich exakt nichts.

Ich will ehrlich gesagt das Money back für den Landingpage-Part, also die 2.800 aus dem Angebot. Bitte schick mir bis morgen eine kurze Bestätigung, dann kann ich das im Board-Update so kommunizieren.

Bin gerade in Singapur auf ner Konferenz, also lieber schreiben statt callen.

Cheers
Lukas

--
Lukas Brenner | Co-Founder & CEO
FlowMate GmbH · Torstraße 88 · 10119 Berlin
Amtsgericht Charlottenburg, HRB 234567 B
""")

E(key="de_blame_fahrrad", cte="8bit", lang="de", heated=True, scenario="blame",
  also=["general_dissatisfaction"], first_name="Klaus",
  note="ALL CAPS From; contact form 'broken', hint that nephew changed mailbox (their side)",
  frm=("KLAUS ZIMMERMANN", "k.zimmermann@radwerk-z.example"),
  date=dt(2026, 11, 20, 14, 33, 1),
  headers={"X-Mailer": "iPhone Mail (22B91)"},
  subject="KONTAKTFORMULAR GEHT NICHT!!!",
  body="""Hallo Jamie,

seit drei wochen kommt über das Kontaktformular NICHTS mehr an. Null. Normal hab ich 10-15 anfragen am tag. Ihr habt doch beim letzten update irgendwas kaputt gemacht, anders kann ich mir das nicht erklären, vorher lief das jahrelang ohne probleme!!

Ich verlier hier jeden tag geld, weihnachtsgeschäft und so. Sowas muss man doch testen bevor man es live stellt?? Echt nicht ok.

Achso, unser postfach hat der neffe letzten monat neu eingerichtet, aber das hat damit ja nix zu tun.

Klaus

Von meinem iPhone gesendet
""")

E(key="de_blame_kanzlei_ultimatum", lang="de", heated=True, scenario="blame",
  also=["general_dissatisfaction"], first_name="Markus",
  deadline="2026-12-01",
  note="'Nachname, Vorname'; third mail, one-line ultimatum; Outlook quote below",
  frm=("Weber, Markus", "markus.weber@weber-steuer.example"),
  date=dt(2026, 11, 30, 23, 52, 1),
  headers={"X-Mailer": "Microsoft Outlook 16.0"},
  reply_to_ours=["kanzlei-korr-1", "kanzlei-korr-2"],
  subject="AW: AW: Korrekturen Kanzleiseite",
  body="""Dritte Mail: Korrekturen vom 19.11. immer noch nicht online – bis morgen 12 Uhr, sonst ist die Zusammenarbeit beendet.

Von: Jamie Rivera <jamie@brightpath.example>
Gesendet: Montag, 23. November 2026 09:14
An: Weber, Markus <markus.weber@weber-steuer.example>
Betreff: AW: Korrekturen Kanzleiseite

Hallo Herr Weber,

danke für die Liste. Wir arbeiten die Punkte diese Woche ein und melden uns, sobald alles auf der Testseite ist.

Viele Grüße
Jamie Rivera

Von: Weber, Markus <markus.weber@weber-steuer.example>
Gesendet: Donnerstag, 19. November 2026 17:02
An: Jamie Rivera <jamie@brightpath.example>
Betreff: Korrekturen Kanzleiseite

Hallo Herr Rivera,

anbei die Korrekturen zur Kanzleiseite (Team-Fotos, Öffnungszeiten, Impressum). Bitte zeitnah umsetzen.

Markus Weber
Steuerberater
""")

E(key="de_price_elektro", lang="de", heated=True, scenario="price_pushback",
  also=[], first_name="Jonas",
  note="'Name | Firma'; agreed 4.800, now 3.200 or walks",
  frm=("Jonas Vogt | Vogt Elektrotechnik GmbH", "j.vogt@vogt-elektro.example"),
  date=dt(2026, 11, 25, 12, 20, 1),
  headers={"X-Mailer": "Microsoft Outlook 16.0"},
  subject="Angebot Website - Preis",
  body="""Hallo Herr Rivera,

ja, wir hatten uns im Oktober auf 4.800 € netto für die neue Website geeinigt. Ich habe das jetzt aber nochmal mit meinem Partner durchgerechnet, und ehrlich gesagt fühle ich mich ein bisschen über den Tisch gezogen. Für einen Handwerksbetrieb mit acht Leuten ist das zu viel, und andere Agenturen machen so etwas für die Hälfte, das haben wir uns inzwischen angeschaut.

Mein Vorschlag: 3.200 € pauschal, und wir machen weiter. Wenn Sie da nicht mitgehen, stoppen wir das Projekt an dieser Stelle und sehen uns anderweitig um.

Mit freundlichen Grüßen

Jonas Vogt
Vogt Elektrotechnik GmbH – Meisterbetrieb seit 1987
Industriestraße 31, 50735 Köln
Registergericht: Amtsgericht Köln, HRB 98765
Geschäftsführer: Jonas Vogt, Ingrid Vogt
""")

E(key="de_price_skischule", lang="de", heated=True, scenario="price_pushback",
  also=["misunderstanding"], first_name="Reto",
  note="CH du, sarcasm 'habe ich geträumt', Gmail quote of our offer",
  frm=("Reto Ammann", "reto.ammann@skischule-flims.example"),
  date=dt(2026, 12, 3, 21, 7, 1),
  reply_to_ours=["offerte-skischule"],
  subject="Re: Offerte Webseite Skischule",
  body="""Salü Jamie

Merci für die Offerte. Aber 2'900 Franken für eine Webseite mit fünf Seiten? Wir haben uns am Telefon doch auf "so um die 2'000" geeinigt, oder habe ich das geträumt? Mein Schwager baut so etwas am Wochenende nebenbei zusammen.

Für 2'900 unterschreibe ich sicher nicht. Mach mir einen vernünftigen Preis, sonst lassen wir es halt bleiben.

En Gruess
Reto

Am Do., 3. Dez. 2026 um 10:12 Uhr schrieb Jamie Rivera <jamie@brightpath.example>:
> Hallo Reto
>
> Wie besprochen die Offerte für die neue Webseite der Skischule:
> fünf Seiten, Buchungsanfrage-Formular, Schneebericht-Widget,
> zwei Korrekturrunden. Total CHF 2'900 exkl. MWST.
>
> Bei Fragen ruf mich gerne an.
>
> Liebe Grüsse
> Jamie
""")

E(key="de_unreal_messe", lang="de", heated=True, scenario="unrealistic_demand",
  also=[], first_name="Annika",
  deadline="2026-11-27",
  note="Thursday afternoon for Friday 17 Uhr, 3-language microsite",
  frm=("Annika Lorenz-Schmitt", "a.lorenz-schmitt@messebau-nord.example"),
  date=dt(2026, 11, 26, 16, 45, 1),
  subject="DRINGEND: Microsite Messe",
  body="""Hallo Herr Rivera,

wir haben heute erfahren, dass wir auf der Messe in München doch noch einen Stand bekommen. Dafür brauchen wir eine Microsite mit Produktübersicht, Terminbuchung für Standgespräche und einem Gewinnspiel, dreisprachig (DE/EN/FR). Texte schicke ich heute Abend, Bilder kommen vielleicht morgen früh.

Die Seite muss morgen um 17 Uhr live sein, die Einladungen gehen Freitagabend raus. Ich verstehe ehrlich gesagt nicht, warum das ein Problem sein sollte – Sie haben doch Vorlagen für so etwas, und Ihre Kollegin meinte beim letzten Projekt auch, das gehe "ganz schnell".

Bitte bestätigen Sie mir kurz, dass das klappt. Eine andere Antwort kann ich meiner Chefin nicht verkaufen.

Annika Lorenz-Schmitt
Marketing | Messebau Nord GmbH
Sitz Hamburg, Amtsgericht Hamburg HRB 170012
""")

E(key="de_unreal_seo", lang="de", heated=True, scenario="unrealistic_demand",
  also=["general_dissatisfaction", "doubts_expertise"], first_name="Lena",
  deadline="2026-12-31",
  note="lower-case From; page 1 on Google by month end for basic package",
  frm=("lena brandt", "lena.brandt@brandt-immobilien.example"),
  date=dt(2026, 12, 3, 9, 30, 1),
  subject="SEO??",
  body="""Hi Jamie,

kurze Frage, oder eigentlich keine Frage: Wir zahlen seit September für euer SEO-Basispaket, und wenn ich "Immobilienmakler Hamburg" google, sind wir auf Seite 4. SEITE VIER. Ein Bekannter aus dem Tennisclub meinte, mit ordentlichem SEO steht man in ein paar Wochen ganz oben.

Ich erwarte, dass wir bis Monatsende auf Platz 1 sind. Sonst müssen wir ernsthaft darüber reden, ob das alles noch Sinn ergibt. Und ja, ich weiß, das Paket kostet nur 290 im Monat. Trotzdem.

LG Lena
""")

E(key="de_scope_gastro", lang="de", heated=True, scenario="scope_creep",
  also=["unrealistic_demand"], first_name="Thomas",
  deadline="2026-12-14",
  note="Bavarian, piles on shop/booking/EN/Instagram 'im Paket', nächsten Montag",
  frm=("Thomas Kessler (Kessler Gastro)", "tk@kessler-gastro.example"),
  date=dt(2026, 12, 9, 11, 2, 1),
  subject="Noch ein paar Sachen",
  body="""Servus Jamie,

die Speisekarte online schaut gut aus, hab ich aber noch nicht ganz durch. Egal, wichtiger: Wir brauchen jetzt noch einen Reservierungs-Button mit Anbindung an unser Kassensystem, einen Gutschein-Shop für Weihnachten, die ganze Seite auf Englisch für die Touristen und jeden Freitag einen Instagram-Post mit dem Mittagsmenü. Ach, und die Biergarten-Fotos bitte alle nochmal neu bearbeiten, die sind zu dunkel.

Das ist ja alles im Paket mit drin, so hamma das besprochen. Ich will da jetzt keine Diskussion über Extrakosten anfangen, wir haben schon genug gezahlt. Zeig mir das alles bitte nächsten Montag, dann kann ich's meinem Bruder zeigen.

Servus
Thomas
""")

E(key="de_doubts_professor", lang="de", heated=True, scenario="doubts_expertise",
  also=[], first_name="Hartmut",
  note="Prof. Dr., overrides responsive/readability advice, condescending",
  frm=("Prof. Dr. Hartmut Bleibtreu", "bleibtreu@institut-hermeneutik.example"),
  date=dt(2026, 11, 13, 8, 15, 1),
  reply_to_ours=["bleibtreu-typo"],
  subject="AW: Ihre „Empfehlungen“ zur Typografie",
  body="""Sehr geehrter Herr Rivera,

Ihre Stellungnahme zur Schriftgröße und zum sogenannten „responsiven Design“ habe ich zur Kenntnis genommen. Gestatten Sie mir den Hinweis, dass ich seit über dreißig Jahren publiziere und recht genau weiß, wie ein seriöser wissenschaftlicher Auftritt auszusehen hat.

Die Texte bleiben in voller Länge auf der Startseite, gesetzt in 9 Punkt Garamond, und der Hintergrund bleibt dunkelgrün. Dass dies auf Mobiltelefonen „schlecht lesbar“ sei, ist eine Behauptung, die Sie erst einmal belegen müssten. Meine Mitarbeiter lesen es schließlich auch.

Ich frage mich allmählich, ob Ihr Büro für ein Projekt dieser Art überhaupt über die nötige Erfahrung verfügt. Setzen Sie bitte schlicht um, was ich vorgegeben habe.

Mit vorzüglicher Hochachtung
Prof. Dr. H. Bleibtreu
Institut für Angewandte Hermeneutik e.V.
""",
  html="""<html><body>
<p>Sehr geehrter Herr Rivera,</p>
<p>Ihre Stellungnahme zur Schriftgröße und zum sogenannten „responsiven Design“ habe ich zur Kenntnis genommen. Gestatten Sie mir den Hinweis, dass ich seit über dreißig Jahren publiziere und recht genau weiß, wie ein seriöser wissenschaftlicher Auftritt auszusehen hat.</p>
<p>Die Texte bleiben in voller Länge auf der Startseite, gesetzt in 9 Punkt Garamond, und der Hintergrund bleibt dunkelgrün. Dass dies auf Mobiltelefonen „schlecht lesbar“ sei, ist eine Behauptung, die Sie erst einmal belegen müssten. Meine Mitarbeiter lesen es schließlich auch.</p>
<p>Ich frage mich allmählich, ob Ihr Büro für ein Projekt dieser Art überhaupt über die nötige Erfahrung verfügt. Setzen Sie bitte schlicht um, was ich vorgegeben habe.</p>
<p>Mit vorzüglicher Hochachtung<br>Prof. Dr. H. Bleibtreu<br><i>Institut für Angewandte Hermeneutik e.V.</i></p>
</body></html>
""")

E(key="de_misund_wireframe", lang="de", heated=True, scenario="misunderstanding",
  also=["general_dissatisfaction", "blame"], first_name="Petra",
  note="takes grey wireframe with Lorem ipsum for the finished site",
  frm=("Petra Schulze-Brinkmann", "petra@schulze-brinkmann-coaching.example"),
  date=dt(2026, 11, 24, 19, 48, 1),
  subject="Das soll meine Website sein???",
  body="""Hallo Jamie,

ich habe mir gerade den Link angeschaut, den du mir heute Nachmittag geschickt hast, und bin ehrlich gesagt fassungslos. Alles grau, überall Kästen mit Kreuzen drin, statt meiner Texte steht da irgendwas auf Latein ("Lorem ipsum"??) und von meinen Farben ist nichts zu sehen. Dafür habe ich 1.500 € Anzahlung überwiesen???

Ich hatte mich so auf diesen Moment gefreut. Jetzt sitze ich hier und frage mich, was ich meinen Klientinnen eigentlich zeigen soll.

Petra
""")

E(key="de_general_kanzlei_wien", lang="de", heated=True, scenario="general_dissatisfaction",
  also=[], first_name=None,
  note="icy disappointment, 'Dr. Surname' only; law firm but no legal threat; legal footer",
  frm=("Dr. Keller", "keller@keller-partner.example"),
  date=dt(2026, 12, 14, 16, 20, 1), charset="iso-8859-1",
  headers={"X-Mailer": "Microsoft Outlook 16.0"},
  subject="Zwischenstand Website",
  body="""Sehr geehrter Herr Rivera,

danke für die Übersendung des aktuellen Standes.

Ich will offen sein: Ich bin von der bisherigen Zusammenarbeit enttäuscht. Nichts davon ist im engeren Sinne falsch, aber es ist auch nichts davon das, was ich mir unter einem zeitgemäßen Auftritt für eine Wiener Kanzlei vorgestellt habe. Es wirkt alles ein wenig ... beliebig.

Wir haben viel Zeit in die Abstimmung investiert. Umso ernüchternder finde ich das Ergebnis.

Mit freundlichen Grüßen

Dr. E. Keller
Keller & Partner Rechtsanwälte GmbH
Graben 12, 1010 Wien
FN 412345 x, Handelsgericht Wien

Diese Nachricht kann vertrauliche und rechtlich geschützte Informationen enthalten. Sollten Sie nicht der beabsichtigte Empfänger sein, informieren Sie bitte den Absender und löschen Sie diese Nachricht. Jede unbefugte Weitergabe ist untersagt.
""")

# ---------------------------------------------------------------------------
# GERMAN: calm
# ---------------------------------------------------------------------------

E(key="de_calm_newsletter", lang="de", heated=False, scenario=None,
  first_name=None, note="hoster newsletter, WICHTIG/DSGVO caps, bulk headers",
  frm=("HostWerk Newsletter", "newsletter@hostwerk.example"),
  date=dt(2026, 11, 10, 6, 0, 0),
  headers={
      "List-Unsubscribe": "<https://hostwerk.example/abmelden?u=88213>, <mailto:unsubscribe@hostwerk.example?subject=88213>",
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      "List-Id": "HostWerk Kundeninfo <kundeninfo.hostwerk.example>",
      "Precedence": "bulk",
      "X-Mailer": "HostWerk Mailer 4.2",
  },
  subject="WICHTIG: Neue DSGVO-Auftragsverarbeitung & PHP 8.4 JETZT verfügbar",
  body="""Hallo Jamie Rivera,

hier ist Ihr HostWerk-Update für November.

NEU: PHP 8.4 ist ab sofort in allen Tarifen verfügbar. Sie können die Version im Kundenportal unter "Einstellungen > PHP" umstellen.

WICHTIG: Zum 01.01.2027 tritt unsere überarbeitete Vereinbarung zur Auftragsverarbeitung (AVV) nach Art. 28 DSGVO in Kraft. Sie müssen nichts tun – die aktuelle Fassung finden Sie jederzeit im Kundenportal.

TIPP: Mit dem neuen Staging-Button testen Sie Updates, bevor sie live gehen.

Ihr HostWerk-Team

HostWerk GmbH · Am Sandtorkai 5 · 20457 Hamburg
Amtsgericht Hamburg HRB 99887 · USt-IdNr. DE987654321
Sie erhalten diese E-Mail, weil Sie Kunde bei HostWerk sind. Abmelden: https://hostwerk.example/abmelden?u=88213
""",
  html="""<html><body style="font-family:Arial,sans-serif">
<h2 style="color:#0a5">Ihr HostWerk-Update für November</h2>
<p><b>NEU:</b> PHP 8.4 ist ab sofort in allen Tarifen verfügbar. Sie können die Version im Kundenportal unter „Einstellungen &gt; PHP“ umstellen.</p>
<p><b>WICHTIG:</b> Zum 01.01.2027 tritt unsere überarbeitete Vereinbarung zur Auftragsverarbeitung (AVV) nach Art. 28 DSGVO in Kraft. Sie müssen nichts tun – die aktuelle Fassung finden Sie jederzeit im Kundenportal.</p>
<p><b>TIPP:</b> Mit dem neuen Staging-Button testen Sie Updates, bevor sie live gehen.</p>
<p>Ihr HostWerk-Team</p>
<p style="font-size:10px;color:#888">HostWerk GmbH · Am Sandtorkai 5 · 20457 Hamburg · Amtsgericht Hamburg HRB 99887<br>
<a href="https://hostwerk.example/abmelden?u=88213">Newsletter abbestellen</a></p>
</body></html>
""")

E(key="de_calm_ooo", lang="de", heated=False, scenario=None,
  first_name="Katharina",
  note="AT out-of-office, return date not a deadline, 'dringend' in autoreply",
  frm=("Katharina Pichler", "k.pichler@pichler-reisen.example"),
  date=dt(2026, 11, 27, 13, 1, 1),
  headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
  reply_to_ours=["pichler-katalog"],
  subject="Automatische Antwort: Entwürfe Sommerkatalog 2027",
  body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 7. Dezember 2026 auf Urlaub und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an meinen Kollegen Stefan Haider (s.haider@pichler-reisen.example, +43 662 123 456).

Mit freundlichen Grüßen
Katharina Pichler
Pichler Reisen GmbH, Salzburg
""")

E(key="de_calm_refund_policy", lang="de", heated=False, scenario=None,
  first_name=None,
  note="polite refund under stated cancellation terms; 'Frau + surname' From",
  frm=("Frau Lindner", "b.lindner@posteo.example"),
  date=dt(2026, 11, 21, 10, 40, 1),
  subject="Stornierung Online-Workshop Canva",
  body="""Guten Tag,

ich hatte mich für Ihren Online-Workshop "Canva für Selbstständige" am 5. Dezember angemeldet und die Teilnahmegebühr von 149 € bereits bezahlt. Leider kann ich aus familiären Gründen nicht teilnehmen.

Laut Ihren Teilnahmebedingungen ist eine kostenfreie Stornierung bis 14 Tage vor dem Termin möglich. Ich bitte Sie daher, mir den Betrag auf das Konto zu erstatten, von dem die Zahlung kam.

Vielen Dank und ein schönes Wochenende
B. Lindner
""")

E(key="de_calm_anwalt_avv", lang="de", heated=False, scenario=None,
  first_name="Florian", deadline="2026-12-11",
  note="neutral: external lawyer reviews contract; AVV/DSGVO requested bis Freitag",
  frm=("Dr. Florian Huber", "f.huber@huber-medtech.example"),
  date=dt(2026, 12, 8, 15, 10, 1),
  headers={"X-Mailer": "Microsoft Outlook 16.0"},
  subject="Vertragsentwurf und AVV",
  body="""Hallo Herr Rivera,

danke für den Vertragsentwurf. Unser externer Anwalt schaut ihn sich diese Woche noch an – das machen wir bei allen Dienstleistern so, bitte also nicht als Misstrauen verstehen. Etwaige Anmerkungen zu Haftung und Nutzungsrechten schicke ich Ihnen dann gesammelt.

Was wir parallel schon brauchen, ist der Auftragsverarbeitungsvertrag nach Art. 28 DSGVO, da Sie ja Zugriff auf unser CRM bekommen. Könnten Sie mir den bis Freitag zukommen lassen? Dann kann unser Datenschutzbeauftragter noch vor den Feiertagen freigeben.

Beste Grüße
Florian Huber

--
Dr. Florian Huber
Leitung Digital
Huber MedTech GmbH, Lise-Meitner-Str. 9, 85716 Unterschleißheim
Amtsgericht München HRB 201334 | Geschäftsführer: Dr. Anton Huber
""")

E(key="de_calm_dringend_logo", cte="8bit", lang="de", heated=False, scenario=None,
  first_name="Nadine", deadline="2026-12-17",
  note="CH, calm 'dringend', logo as SVG bis morgen Mittag",
  frm=("Nadine Baumgartner", "nadine@baumgartner-blumen.example"),
  date=dt(2026, 12, 16, 8, 5, 1),
  subject="Kleine, dringende Bitte 🙏",
  body="""Hoi Jamie

Ganz kurz und ganz lieb: Die Druckerei braucht unser Logo noch als SVG oder PDF (Vektor) für die Weihnachtsflyer. Könntest du es mir bis morgen Mittag schicken? Ist ein bisschen dringend, weil sie am Nachmittag drucken wollen.

Danke vielmal und liebe Grüsse
Nadine 🌷
""")

E(key="de_calm_enthusiast", lang="de", heated=False, scenario=None,
  first_name="Sven",
  note="enthusiastic caps and !!!, promises 5 Google stars",
  frm=("Sven Dietrich", "sven@dietrich-tischlerei.example"),
  date=dt(2026, 12, 4, 22, 14, 1),
  headers={"X-Mailer": "iPhone Mail (22B91)"},
  subject="DIE SEITE IST DER HAMMER!!!",
  body="""Jamie!!!

Ich hab die neue Seite gerade meiner Frau gezeigt und wir sind BEIDE total begeistert!!! Die Fotos aus der Werkstatt, das Scrollen mit den Holzmaserungen, einfach WOW. Heute kamen schon zwei Anfragen übers Formular, eine davon für eine komplette Küche!!!

Ihr seid echt die Besten. Auf Google gibt's von uns 5 Sterne, versprochen 😄

Bis bald
Sven

Von meinem iPhone gesendet
""")

E(key="de_calm_forward_verein", lang="de", heated=False, scenario=None,
  first_name="Carola",
  note="forwards member's angry mail (caps, threat, bis Mittwoch) with calm note",
  frm=("Carola Wendt", "c.wendt@tsv-eintracht-lohne.example"),
  date=dt(2026, 11, 23, 9, 12, 1),
  headers={"X-Mailer": "Microsoft Outlook 16.0"},
  subject="WG: Beschwerde Mitgliederbereich",
  body="""Hallo Jamie,

zur Info, siehe unten. Herr Brösel ist ein langjähriges Mitglied und manchmal etwas impulsiv – bitte nicht persönlich nehmen. In der Sache hat er aber wohl recht: Das Passwort-Zurücksetzen im Mitgliederbereich scheint keine Mails zu verschicken. Kannst du dir das bei Gelegenheit ansehen? Eilt nicht.

Danke dir!
Carola
(Geschäftsstelle TSV Eintracht Lohne)

-----Ursprüngliche Nachricht-----
Von: Dieter Brösel <d.broesel@t-online.example>
Gesendet: Sonntag, 22. November 2026 21:47
An: info@tsv-eintracht-lohne.example
Betreff: Beschwerde Mitgliederbereich

WAS IST DAS FÜR EIN SAUHAUFEN??? Seit einer Woche komme ich nicht in den Mitgliederbereich, das Passwort-Zurücksetzen schickt NIE eine Mail. Ich zahle 180 Euro im Jahr und kann nicht mal meine Hallenzeiten sehen. Wenn das bis Mittwoch nicht geht, trete ich aus und erzähle das jedem im Verein!!!

D. Brösel
""")

E(key="de_calm_after_heat", lang="de", heated=False, scenario=None,
  first_name="Ralf",
  note="apologetic calm reply above own heated Outlook history (Anwalt, bis Mittag)",
  frm=("Ralf Hoffmann", "r.hoffmann@hoffmann-logistik.example"),
  date=dt(2026, 11, 19, 10, 3, 1),
  headers={"X-Mailer": "Microsoft Outlook 16.0"},
  reply_to_ours=["hoffmann-tracking"],
  subject="AW: AW: Tracking-Seite seit heute früh down",
  body="""Hallo Herr Rivera,

danke für den schnellen Rückruf gestern Abend und dass Sie das noch am selben Tag behoben haben. Läuft wieder einwandfrei. Meine Mail von gestern früh war im Ton daneben, da hatte ich drei Kunden gleichzeitig in der Leitung. Nichts für ungut.

Die Rechnung für den Notfalleinsatz können Sie ganz normal schicken.

Viele Grüße
Ralf Hoffmann

Von: Jamie Rivera <jamie@brightpath.example>
Gesendet: Mittwoch, 18. November 2026 09:20
An: Ralf Hoffmann <r.hoffmann@hoffmann-logistik.example>
Betreff: AW: Tracking-Seite seit heute früh down

Hallo Herr Hoffmann,

wir haben die Ursache gefunden (ein abgelaufenes Zertifikat beim Hoster) und arbeiten daran. Ich rufe Sie in einer Stunde an.

Viele Grüße
Jamie Rivera

Von: Ralf Hoffmann <r.hoffmann@hoffmann-logistik.example>
Gesendet: Mittwoch, 18. November 2026 08:41
An: Jamie Rivera <jamie@brightpath.example>
Betreff: Tracking-Seite seit heute früh down

Herr Rivera, unsere Sendungsverfolgung ist seit 6 Uhr tot. Unsere Kunden rufen im Minutentakt an. Das ist absolut inakzeptabel, wofür bezahlen wir eigentlich Ihren Wartungsvertrag??? Ich erwarte, dass das bis heute Mittag läuft, sonst kündige ich und Sie hören von unserem Anwalt.
""")

E(key="de_calm_feedback", lang="de", heated=False, scenario=None,
  first_name="Mehmet",
  note="constructive mild criticism of second draft",
  frm=("Mehmet Yılmaz", "mehmet@yilmaz-feinkost.example"),
  date=dt(2026, 12, 2, 13, 37, 3),
  subject="Feedback zum zweiten Entwurf",
  body="""Hallo Jamie,

danke für den zweiten Entwurf, der ist schon deutlich näher dran. Ein paar Punkte, die meiner Schwester und mir aufgefallen sind:

- Die Schrift in den Überschriften wirkt auf uns etwas kühl, fast wie bei einer Versicherung. Geht vielleicht etwas Wärmeres?
- Auf dem Handy sitzt der "Jetzt bestellen"-Button ziemlich weit unten, den findet man kaum.
- Das Foto mit den Oliven finden wir super, gerne mehr in diese Richtung.

Insgesamt sind wir zufrieden, das sind eher Feinheiten. Wann ungefähr könnte der nächste Stand kommen? Ich bin gerade bei der Familie in Istanbul, aber per Mail erreichbar.

Viele Grüße
Mehmet
""")

E(key="de_calm_price_question", lang="de", heated=False, scenario=None,
  first_name=None,
  note="org sender, price range + Vereinsrabatt before any agreement",
  frm=("Kulturverein Lindenhof e.V.", "vorstand@kulturverein-lindenhof.example"),
  date=dt(2026, 11, 29, 17, 55, 1),
  subject="Anfrage: neue Vereinswebsite",
  body="""Sehr geehrte Damen und Herren,

wir sind ein kleiner Kulturverein aus Freiburg (ca. 120 Mitglieder) und möchten unsere in die Jahre gekommene Website erneuern. Gewünscht wären ein Veranstaltungskalender, eine Seite zur Mitgliedschaft mit Online-Antrag und ein einfacher Bereich für Pressefotos.

Könnten Sie uns eine grobe Preisspanne nennen? Und gibt es bei Ihnen vielleicht Sonderkonditionen für gemeinnützige Vereine? Unser Budget ist leider begrenzt, wir denken an etwa 2.000 bis 3.000 € inkl. MwSt.

Wir freuen uns über eine Rückmeldung.

Mit freundlichen Grüßen
für den Vorstand
Gisela Marquardt
""")

E(key="de_calm_buchhaltung", lang="de", heated=False, scenario=None,
  first_name=None,
  note="role sender 'Buchhaltung'; invoice needs MwSt/USt-IdNr; their own payment term",
  frm=("Buchhaltung", "buchhaltung@mueller-zahntechnik.example"),
  date=dt(2026, 12, 1, 8, 47, 1), cte="quoted-printable",
  subject="Rechnung 2026-131 – Bitte um Korrektur",
  body="""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Rechnung 2026-131. Leider fehlen darauf der gesonderte Ausweis der MwSt sowie unsere USt-IdNr. (DE276543210), sodass wir sie so nicht verbuchen können.

Wir bitten Sie, uns eine korrigierte Rechnung zu senden. Die Zahlung erfolgt dann wie gewohnt innerhalb von 14 Tagen nach Eingang.

Mit freundlichen Grüßen
i. A. Sandra Kühn
Buchhaltung

Müller Zahntechnik GmbH
Bahnhofstraße 3, 70372 Stuttgart
Amtsgericht Stuttgart HRB 731122
""")

# ---------------------------------------------------------------------------
# DANISH: heated
# ---------------------------------------------------------------------------

E(key="da_legal_toemrer", cte="8bit", lang="da", heated=True, scenario="legal_threat",
  also=["blame"], first_name="Frederik", deadline="2026-12-04",
  note="'Name | Firma', typos, advokat + sagsøge, inden fredag",
  frm=("Frederik Æbelø | Æbelø Byg ApS", "frederik@aebeloe-byg.example"),
  date=dt(2026, 12, 1, 6, 12, 1),
  headers={"X-Mailer": "iPhone Mail (22B91)"},
  subject="hjemmeside",
  body="""Hej Jamie

nu gider jeg altså ikke mere. hjemmesiden har været nede 3 gange på en uge og kunderne ringer og spøger om vi er gået konkurs. jeg har snakket med min advokat igår og han siger vi står ret godt.

Enten kører den stabilt inden fredag eller også sagsøger vi jer for tabt omsætning. simpelt nok.

Frederik

Sendt fra min iPhone
""")

E(key="da_legal_yoga", lang="da", heated=True, scenario="legal_threat",
  also=["refund_demand", "blame"], first_name="Ida-Marie", deadline="2026-12-10",
  note="4th mail, emoji passive aggression, Trustpilot + Forbrugerklagenævnet, inden den 10.",
  frm=("Ida-Marie Holm", "ida@lotusrum.example"),
  date=dt(2026, 12, 4, 11, 26, 1),
  subject="Booking-systemet 🙃",
  body="""Hej igen Jamie 🙂

Jeg skriver nu for fjerde gang om booking-systemet, så jeg prøver med lidt færre ord denne gang.

Mine kunder bliver trukket to gange for det samme klippekort. Jeg har brugt hele ugen på at refundere folk manuelt i stedet for at undervise. Det var ikke det, jeg betalte 18.000 kr. for 🙃

Hvis jeg ikke har fået pengene for opsætningen retur inden den 10., skriver jeg en meget ærlig anmeldelse på Trustpilot og Google, og så går jeg videre til Forbrugerklagenævnet. Udkastet til anmeldelsen ligger allerede klar.

Namasté, eller noget 🙏
Ida-Marie
""")

E(key="da_refund_restaurant", lang="da", heated=True, scenario="refund_demand",
  also=["general_dissatisfaction", "blame"], first_name="Søren", deadline="2026-12-03",
  note="won't pay invoice, kreditnota i morgen; sent 21:40 -0500 (UTC next day); Outlook quote",
  frm=("Søren Østergaard", "soeren@restaurant-havnen.example"),
  date=dt(2026, 12, 2, 21, 40, -5), charset="iso-8859-1",
  headers={"X-Mailer": "Microsoft Outlook for iOS"},
  reply_to_ours=["havnen-faktura"],
  subject="SV: Faktura 2026-0412",
  body="""Jamie,

Jeg sidder i New York og kigger på jeres faktura, og jeg må sige, jeg er ret målløs. 24.500 kr. for en menukortside og et bordbookingmodul, der stadig ikke sender bekræftelser ud til gæsterne?

Den faktura betaler jeg ikke. Jeg vil have en kreditnota i morgen, og så kan vi tale om, hvad arbejdet reelt er værd, når jeg er hjemme igen.

Søren Østergaard
Restaurant Havnen · Nyhavn
CVR 12345678

Fra: Jamie Rivera <jamie@brightpath.example>
Sendt: 30. november 2026 10:02
Til: Søren Østergaard <soeren@restaurant-havnen.example>
Emne: Faktura 2026-0412

Hej Søren

Vedhæftet fakturaen for menukort og bordbooking som aftalt. Betalingsfristen er 14 dage.

Mange hilsner
Jamie
""")

E(key="da_refund_fitness", lang="da", heated=True, scenario="refund_demand",
  also=["blame", "general_dissatisfaction"], first_name="Rasmus", deadline="2026-11-19",
  note="Danish+English loanwords, full refund, competitor ready, inden for tre dage",
  frm=("Rasmus Kjeldsen", "rk@fitboks.example"),
  date=dt(2026, 11, 16, 9, 55, 1),
  subject="Kampagnevideoerne",
  body="""Hej Jamie,

Jeg har nu vist de tre kampagnevideoer til resten af teamet, og feedbacken er ærligt talt pretty brutal. Det ligner stock footage fra 2015, lyden er off i video 2, og vores brandfarver er simpelthen forkerte. Det er ikke det look, vi briefede jer på.

Vi kommer ikke til at bruge dem. Så vi forventer at få de 32.000 kr. refunderet – det fulde beløb. Vi har allerede et tilbud fra et andet bureau, der kan levere før jul, så det er ikke fordi vi mangler alternativer.

Giv mig en tilbagemelding inden for tre dage.

/Rasmus
""",
  html="""<div dir="ltr">Hej Jamie,<br><br>Jeg har nu vist de tre kampagnevideoer til resten af teamet, og feedbacken er ærligt talt <i>pretty brutal</i>. Det ligner stock footage fra 2015, lyden er off i video 2, og vores brandfarver er simpelthen forkerte. Det er ikke det look, vi briefede jer på.<br><br>Vi kommer ikke til at bruge dem. Så vi forventer at få de 32.000 kr. refunderet – det fulde beløb. Vi har allerede et tilbud fra et andet bureau, der kan levere før jul, så det er ikke fordi vi mangler alternativer.<br><br>Giv mig en tilbagemelding inden for tre dage.<br><br>/Rasmus</div>
""")

E(key="da_blame_analytics", lang="da", heated=True, scenario="blame",
  also=["general_dissatisfaction"], first_name="Mikkel", deadline="2026-12-14",
  note="'Surname, Given' Outlook; no data since their IT changed cookies; på mandag",
  frm=("Andersen, Mikkel", "mikkel.andersen@nordlys-energi.example"),
  date=dt(2026, 12, 10, 15, 48, 1),
  headers={"X-Mailer": "Microsoft Outlook 16.0"},
  subject="Analytics viser NUL data",
  body="""Hej Jamie,

Jeg skal præsentere årets tal for ledelsen i morgen, og så åbner jeg Analytics, og der er ingen data siden august. Ingen. Hvordan kan det ske? I har stået for opsætningen, og I har aldrig sagt et ord om, at noget ikke virkede.

Ja, vores IT-afdeling skiftede cookie-løsning i sommer, men det er jo jer, der er eksperterne, så det burde I have fanget.

Jeg forventer, at det er løst, og at I har en forklaring klar på mandag.

Mvh
Mikkel Andersen
Marketingchef

Nordlys Energi A/S | Havnegade 40, 8000 Aarhus C | CVR 87654321
Denne e-mail kan indeholde fortrolige oplysninger. Hvis du ikke er den rette modtager, bedes du slette den og give afsenderen besked.
""")

E(key="da_blame_blackfriday", lang="da", heated=True, scenario="blame",
  also=["general_dissatisfaction"], first_name="Camilla",
  note="HTML-only; director cc'd; campaign site down on Black Friday after warnings",
  frm=("Camilla Brix", "cbr@nordic-homeware.example"),
  date=dt(2026, 11, 28, 10, 30, 1), html_only=True,
  headers={"Cc": "Henrik Dam <hd@nordic-homeware.example>",
           "X-Mailer": "Microsoft Outlook 16.0"},
  subject="Kampagnesiden nede hele Black Friday",
  body=None,
  html="""<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8"></head>
<body lang="DA" style="font-family:Aptos,sans-serif;font-size:11pt">
<p class="MsoNormal">Hej Jamie</p>
<p class="MsoNormal">Jeg har sat vores direktør, Henrik, cc på denne mail, fordi det her ikke længere er noget, jeg kan håndtere alene.</p>
<p class="MsoNormal">Kampagnesiden var nede fra kl. 00.00 til ca. 14.30 i går. Det var årets vigtigste salgsdag, og jeg havde skrevet til jer to gange i forvejen om at teste serverkapaciteten. Svaret var, at &quot;det skal nok gå&quot;. Det gik ikke.</p>
<p class="MsoNormal">Vi har estimeret et tab på mellem 150.000 og 200.000 kr. Jeg vil gerne have en skriftlig redegørelse for, hvad der gik galt, og hvorfor mine advarsler ikke blev taget alvorligt.</p>
<p class="MsoNormal">Camilla Brix<br>E-commerce Manager<br>Nordic Homeware ApS</p>
</body></html>
""")

E(key="da_price_vvs", lang="da", heated=True, scenario="price_pushback",
  also=[], first_name="Bo", deadline="2026-11-30",
  note="agreed 35.000, offers 25.000 or walks, inden månedens udgang",
  frm=("Bo Thygesen", "bo@thygesen-vvs.example"),
  date=dt(2026, 11, 19, 20, 11, 1), charset="iso-8859-1",
  subject="prisen",
  body="""Hej Jamie

Vi aftalte 35.000 ex moms for den nye side, det ved jeg godt. Men jeg har snakket med min revisor, og ærligt talt er det for meget for et VVS-firma med 6 mand. Jeg synes også I var lidt hurtige til at sælge mig alle de ekstra ting.

Jeg kan gå med til 25.000, ikke en krone mere. Kan det ikke lade sig gøre, stopper vi her, og så finder jeg nogle andre. Giv mig svar inden månedens udgang.

Bo
""")

E(key="da_unreal_webshop", lang="da", heated=True, scenario="unrealistic_demand",
  also=["doubts_expertise"], first_name="Birgitte", deadline="2026-12-03",
  note="340-product webshop with MobilePay inden torsdag for Saturday market",
  frm=("Birgitte Rasmussen", "birgitte@strikkestuen.example"),
  date=dt(2026, 12, 1, 13, 5, 1),
  subject="Webshop HASTER",
  body="""Kære Jamie

Vi har julemarked i Roskilde på lørdag, og jeg har lovet alle mine kunder, at de kan bestille garn online derfra. Så jeg skal bruge hele webshoppen med alle 340 produkter, MobilePay, fragtberegning og gavekort inden torsdag. Billederne har jeg ikke taget endnu, men det når jeg nok i morgen.

Jeg forstår ikke, hvorfor det skal tage "6-8 uger", som der stod i jeres tilbud. Min datter siger, man kan lave en Shopify på en eftermiddag. Så det må I altså kunne nå.

Kh Birgitte
""")

E(key="da_scope_saas", cte="8bit", lang="da", heated=True, scenario="scope_creep",
  also=["unrealistic_demand"], first_name="Nikolaj",
  note="English loanwords; EN/DE versions + HubSpot + dashboard 'covered af scope'; Lisbon tz",
  frm=("Nikolaj Brandt-Møller", "nikolaj@skalerbar.example"),
  date=dt(2026, 12, 7, 10, 40, 0),
  subject="Quick ting ift. sitet",
  body="""Hey Jamie,

Quick one: vi skal også have en engelsk og en tysk version af sitet, plus en integration til HubSpot, så leads lander direkte i pipelinen. Og så et simpelt dashboard, hvor sales kan se hvilke cases der performer. Det er basically bare copy-paste af det, I allerede har lavet, så jeg går ud fra, det er covered af det oprindelige scope.

Ærligt talt giver det ikke mening, at vi skal diskutere change requests, hver gang vi har en lille tilføjelse. Det føles lidt som nickel-and-diming, hvis du spørger mig. Lad os bare få det shipped.

Best,
Nikolaj
(sidder i Lissabon resten af måneden)
""")

E(key="da_scope_frisoer", lang="da", heated=True, scenario="scope_creep",
  also=["misunderstanding", "price_pushback"], first_name="Hanne",
  note="hasn't looked at logo, wants cards/roll-up/sign/SoMe 'med i prisen', no more invoices",
  frm=("Hanne Friis", "hanne.friis@friis-frisoer.example"),
  date=dt(2026, 11, 15, 22, 47, 1),
  subject="Det næste",
  body="""Hej Jamie

Jeg har fået logoet, men har ikke rigtig haft tid til at kigge på det endnu, der har været fuldt booket i salonen. Men nu hvor det er på plads, skal vi så ikke lige have visitkort, et gavekortdesign, en roll-up til bryllupsmessen, skiltet over døren og hele Facebook- og Instagramsiden sat op med de nye farver? Det hænger jo sammen med logoet, så det går jeg ud fra er med i prisen. Det var i hvert fald sådan, jeg forstod det, da vi snakkede.

Og jeg vil helst ikke se flere fakturaer nu. Jeg har allerede betalt 9.500, og det er mange penge for en lille salon.

Hilsen Hanne
""")

E(key="da_doubts_wordpress", lang="da", heated=True, scenario="doubts_expertise",
  also=["general_dissatisfaction"], first_name="Lars",
  note="ALL CAPS hyphenated From; nephew says WordPress outdated, 'er I opdaterede??'",
  frm=("LARS BØGH-JENSEN", "lbj@boegh-jensen-auto.example"),
  date=dt(2026, 11, 25, 17, 18, 1),
  subject="WordPress??",
  body="""Hej

Min nevø, der læser datalogi, siger at WordPress er fuldstændig forældet, og at ingen seriøse firmaer bruger det mere. Han siger også, at I burde have lavet det hele i React. Så jeg må spørge: er I overhovedet opdaterede?? Jeg betaler jer for at vide det her bedre end mig, og nu sidder en 19-årig og fortæller mig, at I har valgt forkert.

Jeg vil have en forklaring på, hvorfor I har valgt det, og gerne fra en, der ved noget om det.

Lars Bøgh-Jensen
Bøgh-Jensen Auto ApS
""")

E(key="da_doubts_arkitekt", lang="da", heated=True, scenario="doubts_expertise",
  also=[], first_name="Mads",
  note="'som jeg har skrevet tre gange', dismisses WCAG; Gmail quote of our calm mail",
  frm=("Mads Kronborg", "mk@kronborg-arkitekter.example"),
  date=dt(2026, 12, 15, 12, 2, 1),
  reply_to_ours=["kronborg-kontrast"],
  subject="Re: Kontrast og læsbarhed",
  body="""Jamie.

Som jeg nu har skrevet tre gange: teksten skal være lysegrå på hvid. Det er hele pointen med udtrykket. Jeres WCAG-tjekliste er jeg ret ligeglad med, den er lavet af folk, der aldrig har set god typografi.

Jeg har tegnet bygninger i 25 år. Jeg tror godt, jeg selv kan vurdere, hvad der ser ordentligt ud. Gør det nu bare.

M.

Den tir. 15. dec. 2026 kl. 09.14 skrev Jamie Rivera <jamie@brightpath.example>:
> Hej Mads
>
> Tak for din kommentar om teksterne. Vi har målt kontrasten på den lysegrå
> tekst, og den ligger under det, der kræves for at svagtseende kan læse den.
> Skal vi tage et kort møde torsdag og se på et par alternativer, der bevarer
> det lette udtryk?
>
> Mvh
> Jamie
""")

E(key="da_misund_staging", lang="da", heated=True, scenario="misunderstanding",
  also=["blame"], first_name=None,
  note="bare address; sent customer the test/staging link and thinks live site says under construction",
  frm=(None, "jens.pedersen@postkassen.example"),
  date=dt(2026, 12, 11, 7, 58, 1), charset="iso-8859-1",
  headers={"X-Mailer": "iPhone Mail (22B91)"},
  subject="HVORFOR STÅR DER UNDER CONSTRUCTION PÅ VORES SIDE",
  body="""Hvorfor står der med store bogstaver "UNDER CONSTRUCTION - TESTMILJØ" på vores hjemmeside?? Jeg har lige sendt linket til vores største kunde i Tyskland! Det ser fuldstændig amatøragtigt ud. Hvem har godkendt det??

Linket er test.pedersen-maskiner.example, det I sendte i går.

Jens

Sendt fra min iPhone
""")

E(key="da_general_keramik", cte="8bit", lang="da", heated=True, scenario="general_dissatisfaction",
  also=["blame"], first_name="Mette",
  note="lower-case From and text, sarcastic 'fantastisk', tired and vague",
  frm=("mette kjærgaard", "mette.k@kjaergaard-keramik.example"),
  date=dt(2026, 12, 9, 19, 30, 1),
  subject="status",
  body="""hej jamie

fantastisk, endnu en uge hvor der ikke rigtig er sket noget som helst. jeg får "opdateringer" der mest handler om hvad I skal til at lave. det er svært at se hvad jeg egentlig får for pengene.

jeg er bare træt af det her, helt ærligt. det var meningen at det skulle være sjovt at få en ny side.

mette
""")

# ---------------------------------------------------------------------------
# DANISH: calm
# ---------------------------------------------------------------------------

E(key="da_calm_newsletter", lang="da", heated=False, scenario=None,
  first_name=None,
  note="HTML-only hosting newsletter, caps RABAT!!!, offer end date, bulk headers",
  frm=("WebHotel Nord", "nyhedsbrev@webhotelnord.example"),
  date=dt(2026, 12, 1, 7, 0, 0), html_only=True,
  headers={
      "List-Unsubscribe": "<https://webhotelnord.example/afmeld/5521>",
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      "List-Id": "<kunder.webhotelnord.example>",
      "Precedence": "bulk",
  },
  subject="JULERABAT: 50% på alle .dk-domæner!!! 🎄",
  body=None,
  html="""<html><body style="background:#f4f4f4;font-family:Helvetica,Arial,sans-serif">
<table width="600" align="center" style="background:#fff;padding:24px">
<tr><td>
<h1 style="color:#c00">JULERABAT!!! 🎄</h1>
<p>Kære kunde</p>
<p>Hele december giver vi <b>50% RABAT</b> på første år for alle nye .dk-domæner. Tilbuddet gælder til og med 6. december – alle priser er ekskl. moms.</p>
<p>NYHED: Gratis SSL-certifikat og daglig backup er nu inkluderet i alle webhoteller.</p>
<p><a href="https://webhotelnord.example/jul">Se tilbuddet her</a></p>
<p style="font-size:11px;color:#777">WebHotel Nord ApS · Vestergade 1 · 9000 Aalborg · CVR 33445566<br>
Du modtager denne mail, fordi du er kunde hos os. <a href="https://webhotelnord.example/afmeld/5521">Afmeld nyhedsbrev</a></p>
</td></tr></table>
</body></html>
""")

E(key="da_calm_ooo", lang="da", heated=False, scenario=None,
  first_name="Anders",
  note="Danish autosvar, return 4 January, 'haster det' in autoreply",
  frm=("Anders Juhl", "anders.juhl@juhl-transport.example"),
  date=dt(2026, 12, 21, 8, 0, 1),
  headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
  reply_to_ours=["juhl-forside"],
  subject="Autosvar: Forslag til ny forside",
  body="""Tak for din mail.

Jeg holder juleferie og er tilbage mandag den 4. januar 2027. Mails bliver ikke videresendt i perioden.

Haster det, er du velkommen til at ringe til kontoret på 70 20 30 40.

God jul og godt nytår
Anders Juhl
Juhl Transport A/S
""")

E(key="da_calm_refund_policy", lang="da", heated=False, scenario=None,
  first_name="Louise",
  note="polite refund within 14-day fortrydelsesret",
  frm=("Louise Vestergaard", "louise.v@postkassen.example"),
  date=dt(2026, 11, 12, 14, 20, 1),
  subject="Fortrydelse af køb – skabelonpakke",
  body="""Hej

Jeg købte jeres skabelonpakke "Små virksomheder" i webshoppen i mandags (ordre nr. 10482, 499 kr.). Desværre har jeg fundet ud af, at den ikke passer til det system, vi bruger.

I jeres handelsbetingelser står der, at man har 14 dages fortrydelsesret, så jeg vil gerne benytte mig af den og få beløbet refunderet. Jeg har ikke downloadet filerne.

På forhånd tak.

Venlig hilsen
Louise Vestergaard
""")

E(key="da_calm_advokat_kontrakt", lang="da", heated=False, scenario=None,
  first_name="Thomas",
  note="neutral: their lawyer commented on contract clauses",
  frm=("Thomas Skov | Skov & Søn Ejendomme", "ts@skovogsoen.example"),
  date=dt(2026, 11, 24, 11, 11, 1),
  subject="Kontrakt – kommentarer fra vores advokat",
  body="""Hej Jamie

Tak for kontraktudkastet. Vores advokat har været det igennem og har et par kommentarer, især til punkt 4 om ophavsret til billederne og punkt 9 om opsigelse. Intet dramatisk, mest præciseringer. Jeg har lagt hendes noter ind som kommentarer i dokumentet.

Hvis det er nemmere, kan vi også tage en kort snak over telefonen i næste uge.

Venlig hilsen
Thomas Skov
Skov & Søn Ejendomme ApS · CVR 11223344
""")

E(key="da_calm_bogholderi", lang="da", heated=False, scenario=None,
  first_name=None, deadline="2026-12-15",
  note="role sender Bogholderiet, calm 'haster', CVR/MOMS, senest i morgen kl. 12",
  frm=("Bogholderiet", "bogholderi@kystfisk.example"),
  date=dt(2026, 12, 14, 9, 20, 1), charset="iso-8859-1",
  subject="Faktura med CVR og moms - haster lidt",
  body="""Hej

Vi er ved at lukke regnskabet for 2026 og mangler en korrekt faktura for november. Den, vi har fået, mangler vores CVR-nummer, og MOMS er ikke specificeret særskilt. Kan I sende en ny senest i morgen kl. 12? Det haster lidt, da revisoren kommer om eftermiddagen.

På forhånd tak!

Med venlig hilsen
Pia
Bogholderiet, Kystfisk A/S
""")

E(key="da_calm_enthusiast", cte="8bit", lang="da", heated=False, scenario=None,
  first_name="Emil",
  note="enthusiastic caps + !!! + emoji after launch",
  frm=("Emil Dahl", "emil@dahl-kaffe.example"),
  date=dt(2026, 11, 6, 16, 2, 1),
  subject="I ER SÅ SEJE!!! ☕🎉",
  body="""Hej Jamie og resten af holdet!!!

Vi gik live i morges, og vi har allerede solgt 43 poser kaffe online. FYRRETRE!!! Det er mere end vi solgte på nettet i hele oktober 😂

Tusind tak for det. Helt vildt godt arbejde. Der står kage klar næste gang I kigger forbi.

Emil 🤎
""")

E(key="da_calm_forward_ejerforening", lang="da", heated=False, scenario=None,
  first_name="Karen",
  note="forwards member's angry mail (caps, inden fredag, demands money back) with calm note",
  frm=("Karen Mølgaard", "karen@fjordhuset-ef.example"),
  date=dt(2026, 11, 18, 10, 25, 1),
  headers={"X-Mailer": "Microsoft Outlook 16.0"},
  subject="VS: Login virker IKKE",
  body="""Hej Jamie

Videresender lige nedenstående fra et af vores medlemmer. Han er lidt gal, men det er ikke rettet mod jer – han har glemt sin adgangskode for tredje gang i år 😅 Kan I nulstille hans login, når I får tid? Ingen hast.

Tak!
Karen
Formand, Ejerforeningen Fjordhuset

-----Oprindelig meddelelse-----
Fra: Poul Kragh <poul.kragh@postkassen.example>
Sendt: 17. november 2026 22:13
Til: bestyrelsen@fjordhuset-ef.example
Emne: Login virker IKKE

Jeg har nu prøvet at logge ind på jeres ELENDIGE hjemmeside fem gange. Det er en skandale, at man ikke kan se referatet fra generalforsamlingen. Er det ikke i orden inden fredag, klager jeg til hele foreningen og kræver kontingentet tilbage!!

Poul
""")

E(key="da_calm_after_heat", lang="da", heated=False, scenario=None,
  first_name="Maja",
  note="apology above own heated Gmail history (i morgen tidlig, other bureau)",
  frm=("Maja Thorsen", "maja.thorsen@gmail.example"),
  date=dt(2026, 11, 26, 8, 40, 1),
  reply_to_ours=["thorsen-billeder"],
  subject="Re: Billederne på forsiden",
  body="""Hej Jamie

Undskyld min tone i går aftes. Jeg har sovet på det og kigget på det igen i dagslys, og du har ret: det var mig selv, der havde lagt de gamle billeder ind i mediebiblioteket igen. Tak fordi du svarede så roligt.

Kan vi tage de nye billeder ind i næste uge, når fotografen har leveret?

Kh Maja

Den ons. 25. nov. 2026 kl. 23.05 skrev Jamie Rivera <jamie@brightpath.example>:
> Hej Maja
>
> Jeg kigger på det første thing i morgen. Umiddelbart ser det ud til, at de
> gamle filer er blevet uploadet igen i mediebiblioteket i går eftermiddags.
> Jeg vender tilbage inden kl. 10.
>
> Jamie
>
> Den ons. 25. nov. 2026 kl. 22.51 skrev Maja Thorsen <maja.thorsen@gmail.example>:
>> Det er simpelthen for dårligt. Forsiden viser de GAMLE billeder igen, og
>> jeg har betalt for, at det skulle være færdigt i sidste uge. Jeg forventer,
>> at det er fikset i morgen tidlig, ellers finder jeg et andet bureau.
>> Maja
""")

E(key="da_calm_feedback", lang="da", heated=False, scenario=None,
  first_name="Rikke",
  note="constructive mild criticism of mobile menu",
  frm=("Rikke Bach", "rikke.bach@tandlaegerne-vejle.example"),
  date=dt(2026, 11, 30, 12, 15, 1), cte="base64",
  subject="Lidt feedback på mobilversionen",
  body="""Hej Jamie

Vi er generelt rigtig glade for den nye side. Et par småting, vi har lagt mærke til efter den første uge:

Menuen på mobilen er lidt svær at ramme med tommelfingeren, især "Book tid". Og på nogle af de ældre Android-telefoner hopper teksten lidt, mens siden loader.

Det er ikke noget, der brænder på, men det ville være dejligt, hvis det kunne komme med i næste opdatering.

Venlig hilsen
Rikke Bach
Klinikchef, Tandlægerne i Vejle
""")

E(key="da_calm_price_question", lang="da", heated=False, scenario=None,
  first_name="Christian",
  note="price question + rater/rabat before any agreement",
  frm=("Christian Fog", "christian@humlebi-bryg.example"),
  date=dt(2026, 12, 5, 15, 44, 1),
  subject="Pris på webshop?",
  body="""Hej BrightPath

Vi er et lille mikrobryggeri på Fyn og overvejer at få lavet en webshop til omkring 40 øl med aldersverifikation og mulighed for afhentning. Hvad vil sådan noget cirka koste hos jer? Og kan man dele betalingen op i rater, eller giver I rabat, hvis vi selv skriver alle teksterne?

Vi har ikke travlt, det er bare for at få en fornemmelse.

Skål og god weekend
Christian
""")

E(key="da_calm_reminder", lang="da", heated=False, scenario=None,
  first_name=None,
  note="automated meeting reminder; meeting date is not a deadline",
  frm=("Mødebooking", "no-reply@moedebooking.example"),
  date=dt(2026, 12, 2, 10, 0, 1),
  headers={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All",
           "Precedence": "bulk"},
  subject="Påmindelse: Statusmøde med Vindmølle Consult i morgen kl. 10.00",
  body="""Dette er en automatisk påmindelse.

Du har et møde med Vindmølle Consult ApS:

  Hvornår: torsdag den 3. december 2026 kl. 10.00-11.00
  Hvor:    Online (linket sendes 15 minutter før)
  Emne:    Statusmøde – ny hjemmeside

Du kan flytte eller aflyse mødet via linket i din oprindelige bekræftelse.

Denne mail kan ikke besvares.
""",
  html="""<html><body style="font-family:Arial,sans-serif">
<p>Dette er en automatisk påmindelse.</p>
<p>Du har et møde med <b>Vindmølle Consult ApS</b>:</p>
<table><tr><td>Hvornår:</td><td>torsdag den 3. december 2026 kl. 10.00-11.00</td></tr>
<tr><td>Hvor:</td><td>Online (linket sendes 15 minutter før)</td></tr>
<tr><td>Emne:</td><td>Statusmøde – ny hjemmeside</td></tr></table>
<p>Du kan flytte eller aflyse mødet via linket i din oprindelige bekræftelse.</p>
<p style="color:#888;font-size:11px">Denne mail kan ikke besvares.</p>
</body></html>
""")


# ---------------------------------------------------------------------------
# build
# ---------------------------------------------------------------------------

def msgid(stem, domain):
    """Opaque, deterministic Message-ID (no label information in it)."""
    h = hashlib.sha1(("c2/" + stem).encode()).hexdigest()
    shape = int(h[-1], 16) % 3
    if shape == 0:
        local = "%s-%s-%s" % (h[:8].upper(), h[8:12].upper(), h[12:20].upper())
    elif shape == 1:
        local = "%s.%s" % (h[:14], h[14:22])
    else:
        local = "CA+%s" % h[:24]
    return "<%s@%s>" % (local, domain)


def build(e):
    m = EmailMessage()
    name, addr = e["frm"]
    user, domain = addr.split("@")
    if name:
        m["From"] = Address(name, user, domain)
    else:
        m["From"] = addr
    m["To"] = TO
    m["Subject"] = e["subject"]
    m["Date"] = format_datetime(e["date"])
    m["Message-ID"] = msgid(e["key"], domain)
    if e["reply_to_ours"]:
        ids = [msgid(s, OURS) for s in e["reply_to_ours"]]
        m["In-Reply-To"] = ids[-1]
        m["References"] = " ".join(ids)
    for k, v in e["headers"].items():
        m[k] = v
    m["MIME-Version"] = "1.0"
    if e["html_only"]:
        m.set_content(e["html"], subtype="html", charset=e["charset"])
    else:
        kw = {"charset": e["charset"]}
        if e["cte"]:
            kw["cte"] = e["cte"]
        m.set_content(e["body"], **kw)
        if e["html"]:
            m.add_alternative(e["html"], subtype="html", charset=e["charset"])
    if m.is_multipart():
        m.set_boundary("----=_Part_%s" % hashlib.sha1(e["key"].encode()).hexdigest()[:20])
    return m


def main():
    order = list(EMAILS)
    random.Random(20261130).shuffle(order)
    keys = [e["key"] for e in order]
    assert len(set(keys)) == len(keys)
    ids = set()
    labels = []
    for i, e in enumerate(order, 1):
        fn = "k%03d.eml" % i
        m = build(e)
        assert m["Message-ID"] not in ids
        ids.add(m["Message-ID"])
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(m.as_bytes())
        if not e["heated"]:
            assert e["scenario"] is None and not e["also"]
        labels.append({
            "file": fn,
            "heated": e["heated"],
            "scenario": e["scenario"],
            "also": e["also"],
            "lang": e["lang"],
            "first_name": e["first_name"],
            "deadline": e["deadline"],
            "note": e["note"],
        })
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for row in labels:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")

    print("total:", len(labels))
    print("per language:", dict(Counter(r["lang"] for r in labels)))
    print("heated/calm:", dict(Counter("heated" if r["heated"] else "calm" for r in labels)))
    for lang in ("de", "da"):
        sub = [r for r in labels if r["lang"] == lang]
        print("  %s: heated %d, calm %d" % (lang, sum(r["heated"] for r in sub),
                                            sum(not r["heated"] for r in sub)))
    order_ids = ["legal_threat", "refund_demand", "blame", "price_pushback",
                 "unrealistic_demand", "scope_creep", "doubts_expertise",
                 "misunderstanding", "general_dissatisfaction"]
    sc = Counter(r["scenario"] for r in labels if r["heated"])
    print("per scenario:")
    for s in order_ids:
        print("  %-24s %d" % (s, sc[s]))
    print("with deadline:", sum(1 for r in labels if r["deadline"]))
    print("first_name null:", sum(1 for r in labels if r["first_name"] is None))


if __name__ == "__main__":
    main()
