"""The heat detector as a specification: heated or calm, why, and which scenario.

The table is written independently of the dev corpus, in all four languages
the product supports (en, da, fi, de), with the hard negatives a keyword list
gets wrong.  It guards generalization: tune lexicon.py, not these cases.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from builders import CALM_CEILING, text_message
from reply_coach.heat import DEFAULT_THRESHOLD, Analysis, Signal, analyze
from reply_coach.message import Message
from reply_coach.scenarios import SCENARIOS

MONDAY = datetime(2026, 11, 23, 9, 30, tzinfo=timezone(timedelta(hours=-5)))


def msg(text: str, subject: str = "Project", lang: str = "en", **extra) -> Message:
    return text_message(text, subject=subject, lang=lang, date=MONDAY, **extra)


ANY = None  # heated, scenario not pinned down

# (id, lang, subject, new text, heated, acceptable scenarios)
CASES = [
    # ------------------------------------------------------------ English, heated
    ("en-per-my-last-emails", "en", "Export", "Per my last three emails, the export is still broken. I trust this will be resolved promptly this time.", True, ("blame", "general_dissatisfaction")),
    ("en-thanks-for-nothing", "en", "Launch", "Thanks for nothing. The launch page went live with last year's prices.", True, ANY),
    ("en-blame", "en", "Form", "Your team can't even get a contact form right. This is your fault and you know it.", True, ("blame",)),
    ("en-refund-lawyer", "en", "Money", "If the money isn't back in my account by Friday, my lawyer will be in touch.", True, ("legal_threat", "refund_demand")),
    ("en-bad-review", "en", "Done", "I'm going to leave a bad review on Google and tell everyone how incompetent you are.", True, ("legal_threat",)),
    ("en-price", "en", "Re: Quote", "We agreed on $5,000 but that's way too expensive. Another agency quoted $3,000. Give us a discount or we walk.", True, ("price_pushback",)),
    ("en-unrealistic", "en", "App", "I know we said six weeks, but I need the entire app finished by tomorrow. No excuses.", True, ("unrealistic_demand",)),
    ("en-scope", "en", "small thing", "While you're at it, can you also add a blog and a shop? Should be quick for you guys, and it stays within the original budget obviously!!", True, ("scope_creep",)),
    ("en-doubt", "en", "Hosting", "Do you even know what you're doing? My nephew says he could have built this in a weekend.", True, ("doubts_expertise",)),
    ("en-escalation", "en", "Unacceptable", "I want to speak to your manager. This is completely unacceptable.", True, ANY),
    ("en-one-line", "en", "Call me. Now.", "Call me. Now.", True, ANY),
    ("en-shouting", "en", "Site down", "WHY IS THE SITE DOWN AGAIN?? This is the third time this week!!", True, ANY),
    ("en-sarcasm", "en", "Newsletter", "Great job, really. The newsletter went out to 5,000 customers with the wrong prices.", True, ANY),
    ("en-misread", "en", "Your blog post", "How dare you put my photo in your blog post without asking. I expect an explanation today.", True, ("misunderstanding", "blame")),
    ("en-warning", "en", "Deadlines", "I will not tolerate another missed deadline. Consider this your final warning.", True, ANY),
    ("en-chargeback", "en", "Invoice", "I am disputing the charge with my bank. You never delivered what you promised.", True, ("legal_threat", "refund_demand")),
    ("en-insult", "en", "Design", "This design is amateur and frankly a joke. Nothing works on mobile.", True, ANY),
    # ------------------------------------------------------------ English, hard negatives
    ("en-polite-refund", "en", "Refund", "Hi, your policy says bookings cancelled 14 days ahead get a full refund, so could you refund ours? No rush. Thanks!", False, None),
    ("en-lawyer-review", "en", "Agreement", "Our lawyer will look over the agreement and send comments next week. Looking forward to working together.", False, None),
    ("en-urgent-calm", "en", "URGENT: logo files", "Could you send the logo files before the printer deadline? Thanks so much.", False, None),
    ("en-praise-caps", "en", "WOW!!!", "THANK YOU!!! The new shop is AMAZING, sales are up 40%!!!", False, None),
    ("en-acronyms", "en", "Re: SSL and DNS", "Can you check the DNS, SPF and DKIM records and the SSL certificate? The CMS and CRM sync via the API. FYI the CEO wants a PDF.", False, None),
    ("en-still-again-own-side", "en", "Photos", "I'm still waiting on the photos from our photographer, sorry! I'll ask her again today.", False, None),
    ("en-cancel-meeting", "en", "Thursday", "Could we cancel Thursday's meeting? Something came up on my side. Thanks", False, None),
    ("en-discount-question", "en", "Billing", "Is there a discount for annual billing? Just curious, happy either way.", False, None),
    ("en-plain-question", "en", "Footer", "Where should the new footer links point to? The old ones went to the archive.", False, None),
    # ------------------------------------------------------------ Danish
    ("da-blame-ultimatum", "da", "Hjemmesiden", "Det er jeres skyld, at siden er nede IGEN. Hvis det ikke er løst i morgen, finder vi et andet bureau.", True, ("blame",)),
    ("da-refund-lawyer", "da", "Faktura", "Jeg vil have mine penge tilbage, ellers kontakter jeg min advokat.", True, ("refund_demand", "legal_threat")),
    ("da-unacceptable", "da", "Igen", "Det her er fuldstændig uacceptabelt og uprofessionelt. Hvor mange gange skal jeg skrive?", True, ANY),
    ("da-polite-question", "da", "Faktura", "Hej Jamie, har I mulighed for at sende fakturaen igen? Tak for hjælpen.", False, None),
    ("da-lawyer-review", "da", "Kontrakt", "Vores advokat gennemgår kontrakten og vender tilbage på fredag. Venlig hilsen", False, None),
    ("da-praise", "da", "Tak", "Tusind tak!!! Den nye side er FANTASTISK.", False, None),
    # ------------------------------------------------------------ Finnish
    ("fi-refund-lawyer", "fi", "Lasku", "Tämä lasku on täysin kohtuuton. En maksa tätä, ja haluan rahani takaisin. Muuten otan yhteyttä asianajajaan.", True, ("refund_demand", "legal_threat")),
    ("fi-again-disappointed", "fi", "Sivusto", "Sivusto on taas rikki. Tämä on kolmannen kerran tässä kuussa, ja olen todella pettynyt.", True, ANY),
    ("fi-doubt", "fi", "Toteutus", "Osaatteko edes tehdä tätä? Tämä on naurettavaa.", True, ("doubts_expertise",)),
    ("fi-thanks", "fi", "Kiitos!", "Kiitos!!! Sivut näyttävät upeilta.", False, None),
    ("fi-calm-request", "fi", "Tarjous", "Hei, voisitteko lähettää tarjouksen ensi viikolla? Ei kiirettä.", False, None),
    # ------------------------------------------------------------ German
    ("de-refund-lawyer", "de", "Rechnung", "Ich will mein Geld zurück, sonst werde ich meinen Anwalt einschalten.", True, ("refund_demand", "legal_threat")),
    ("de-blame", "de", "Website", "Das ist eine Frechheit! Schon wieder funktioniert nichts. Das ist Ihre Schuld.", True, ("blame",)),
    ("de-price", "de", "Angebot", "Das Angebot ist viel zu teuer. Die Konkurrenz macht es für die Hälfte. Geben Sie uns Rabatt, oder wir gehen.", True, ("price_pushback",)),
    ("de-unrealistic", "de", "Relaunch", "Ich weiß, wir hatten drei Wochen vereinbart, aber ich brauche die komplette Seite bis morgen früh. Keine Ausreden.", True, ("unrealistic_demand",)),
    ("de-lawyer-review", "de", "Vertrag", "Vielen Dank für den Entwurf. Unser Anwalt wird den Vertrag prüfen und sich bis Freitag melden.", False, None),
    ("de-urgent-calm", "de", "DRINGEND: Rechnung", "Können Sie mir bitte die Rechnung noch einmal schicken? Danke!", False, None),
    ("de-praise", "de", "Danke", "Die neue Seite ist SUPER!!! Vielen Dank an das ganze Team.", False, None),
    # ------------------------------------------------------------ more phrasings, all four languages
    ('en-heated-checkout-broken', 'en', 'Checkout broken', 'Our checkout has been down since Saturday and we have lost thousands in sales. Nobody from your company has bothered to reply. This is beyond unprofessional.', True, ANY),
    ('en-heated-invoice-442', 'en', 'Invoice #442', "I'm not paying this invoice. Half of what you listed was never done. Send me a corrected one or we are done.", True, ("refund_demand",)),
    ('en-heated-seriously', 'en', 'Seriously?', "Seriously? Another delay? You promised the app would be live two weeks ago. I'm losing patience.", True, ANY),
    ('en-heated-re-proposal', 'en', 'Re: Proposal', "Honestly $9,000 is ridiculous for a five-page website. My cousin can do it for a third of that. Lower the price or I'll find someone else.", True, ("price_pushback",)),
    ('en-heated-final-notice', 'en', 'Final notice', 'If the site is not restored by Wednesday, I will be forced to take legal action and recover my costs.', True, ("legal_threat",)),
    ('en-heated-re-timeline', 'en', 'Re: Timeline', "I don't care what the contract says. The launch is Monday and it WILL be ready. Make it happen.", True, ANY),
    ('en-heated-results', 'en', 'Results', "Three months and zero leads. I'm paying you for results, not excuses. Frankly I'm questioning whether you understand SEO at all.", True, ANY),
    ('en-heated-re-re-re-menu', 'en', 'Re: Re: Re: menu', 'I have asked you FOUR times to change the opening hours. Is anyone actually reading my emails?', True, ANY),
    ('en-heated-copy', 'en', 'Copy', "You clearly didn't read the brief. This is not what I asked for and I'm very disappointed.", True, ANY),
    ('da-heated-faktura', 'da', 'Faktura', 'Jeg nægter at betale den her faktura. I har overhovedet ikke leveret det, vi aftalte.', True, ("refund_demand",)),
    ('da-heated-forsinkelse', 'da', 'Forsinkelse', 'Endnu en forsinkelse?! Det er simpelthen ikke godt nok. Jeg forventer svar i dag.', True, ANY),
    ('da-heated-pris', 'da', 'Pris', 'Prisen er alt for høj. Et andet firma vil gøre det for det halve, så enten giver I rabat, eller også går vi.', True, ("price_pushback",)),
    ('fi-heated-viiv-stys', 'fi', 'Viivästys', 'Projekti on taas myöhässä. Tämä ei ole hyväksyttävää. Jos sivut eivät ole valmiina perjantaina, haemme toisen toimittajan.', True, ANY),
    ('fi-heated-lasku', 'fi', 'Lasku', 'Emme maksa tätä laskua ennen kuin virheet on korjattu. Olen todella tyytymätön.', True, ANY),
    ('fi-heated-hinta', 'fi', 'Hinta', 'Hinta on aivan liian korkea. Kilpailija tekisi saman puoleen hintaan.', True, ("price_pushback",)),
    ('de-heated-mahnung', 'de', 'Mahnung', 'Wir werden diese Rechnung nicht bezahlen. Die Leistung war mangelhaft. Sollten Sie auf der Zahlung bestehen, übergeben wir die Sache unserem Anwalt.', True, ("legal_threat", "refund_demand")),
    ('de-heated-schon-wieder', 'de', 'Schon wieder', 'Die Seite ist SCHON WIEDER offline!!! Wie oft muss ich das noch melden?', True, ANY),
    ('de-heated-termin', 'de', 'Termin', 'Ich erwarte, dass das bis morgen erledigt ist. Das ist völlig inakzeptabel.', True, ("unrealistic_demand",)),
    ('de-heated-beratung', 'de', 'Beratung', 'Ich frage mich ernsthaft, ob Sie wissen, was Sie tun. Ihre Empfehlungen waren bisher alle falsch.', True, ("doubts_expertise",)),
    ('en-calm-quick-question', 'en', 'Quick question', 'Hi Jamie, hope you had a good weekend! Could you send me the login for the analytics dashboard? Thanks a lot.', False, None),
    ('en-calm-re-invoice', 'en', 'Re: Invoice', 'Paid the invoice today. Thanks for the great work on the booking page, the team loves it.', False, None),
    ('en-calm-contract', 'en', 'Contract', 'We had our attorney look at the NDA, she suggested two small changes to clause 4. Attached. Let me know what you think.', False, None),
    ('en-calm-feedback', 'en', 'Feedback', 'A few notes on the mockups: the header feels a bit heavy and the blue is too dark. Otherwise looks good!', False, None),
    ('en-calm-deadline', 'en', 'Deadline', 'Just a heads-up that our launch date moved to December 10, so no need to rush the final review.', False, None),
    ('en-calm-cancel', 'en', 'Cancel', "We'd like to cancel the subscription for the old domain as it is no longer used. Please confirm when done.", False, None),
    ('da-calm-m-de', 'da', 'Møde', 'Hej, tak for i går. Vi vil gerne høre mere om jeres SEO-pakke. Kan vi tage et møde i næste uge?', False, None),
    ('da-calm-ndringer', 'da', 'Ændringer', 'Hej Jamie, vi har et par små ændringer til forsiden. Jeg sender dem i morgen. Mvh Lars', False, None),
    ('fi-calm-palaveri', 'fi', 'Palaveri', 'Hei Jamie, sopisiko palaveri torstaina kello 10? Terveisin Matti', False, None),
    ('fi-calm-lasku', 'fi', 'Lasku', 'Hei, lasku on maksettu. Kiitos hyvästä yhteistyöstä!', False, None),
    ('de-calm-angebot', 'de', 'Angebot', 'Sehr geehrte Frau Rivera, vielen Dank für Ihr Angebot. Wir melden uns nächste Woche. Mit freundlichen Grüßen', False, None),
    ('de-calm-frage', 'de', 'Frage', 'Hallo Jamie, kannst du mir sagen, wann die neue Version online geht? Danke und viele Grüße', False, None),
    ('de-calm-lob', 'de', 'Lob', 'Wow, die neue Website ist wirklich toll geworden!!! Unsere Kunden sind begeistert.', False, None),
    ('en-heated-where-is-my-website', 'en', 'Where is my website', "It's been six weeks. SIX. I was told two. I've paid half upfront and have nothing to show for it. What exactly am I paying you for?", True, ANY),
    ('en-heated-your-invoice', 'en', 'Your invoice', "This invoice is wrong and frankly insulting. I won't pay a cent until you fix it.", True, ANY),
    ('en-heated-re-logo', 'en', 'Re: Logo', 'The logo looks like clip art. I could have done better myself in Paint. Is this really the best your designers can do?', True, ("doubts_expertise",)),
    ('en-heated-refund-request', 'en', 'Refund request', 'The course was useless. I want a full refund immediately.', True, ("refund_demand",)),
    ('en-heated-problems', 'en', 'Problems', "Every time you push an update something else breaks. I'm sick of it.", True, ANY),
    ('en-heated-disappointed', 'en', 'Disappointed', "To be honest, I'm really disappointed with how this has gone. The communication has been poor and the deadlines keep slipping.", True, ANY),
    ('da-heated-klage', 'da', 'Klage', 'Jeg er dybt skuffet. Siden ser slet ikke ud som aftalt, og ingen svarer på mine mails.', True, ("general_dissatisfaction", "blame")),
    ('da-heated-regning', 'da', 'Regning', 'Det er helt urimeligt at I sender en regning for noget, der stadig ikke virker. Jeg betaler ikke.', True, ANY),
    ('fi-heated-palaute', 'fi', 'Palaute', 'Olen erittäin pettynyt. Kukaan ei vastaa sähköposteihini ja sivusto on edelleen rikki.', True, ANY),
    ('fi-heated-sopimus', 'fi', 'Sopimus', 'Jos tätä ei korjata tällä viikolla, puramme sopimuksen ja vaadimme rahat takaisin.', True, ANY),
    ('de-heated-beschwerde', 'de', 'Beschwerde', 'Ich bin maßlos enttäuscht. Seit Wochen warte ich auf eine Antwort. So geht das nicht weiter!', True, ANY),
    ('de-heated-rechnung', 'de', 'Rechnung', 'Für diesen Murks zahle ich keinen Cent. Ich will mein Geld zurück.', True, ("refund_demand",)),
    ('en-calm-re-homepage', 'en', 'Re: Homepage', 'Looks great, just one tiny thing: could the button be green instead of blue? Thanks!', False, None),
    ('en-calm-invoice-question', 'en', 'Invoice question', 'Hi Jamie, I think invoice 1043 might have the wrong VAT number on it. Could you double-check when you get a chance?', False, None),
    ('en-calm-following-up', 'en', 'Following up', 'Just following up on my email from last week about the photos, no pressure. Whenever you have a minute.', False, None),
    ('en-calm-still-on-for-friday', 'en', 'Still on for Friday?', "Are we still on for Friday's call? I have a hard stop at 3.", False, None),
    ('en-calm-bug', 'en', 'Bug', "Small bug: the contact form doesn't send on Safari. Not urgent, but wanted to flag it.", False, None),
    ('da-calm-sp-rgsm-l', 'da', 'Spørgsmål', 'Hej Jamie. Hvornår kan vi forvente det første udkast? Vi glæder os til at se det. Mvh Sofie', False, None),
    ('da-calm-faktura', 'da', 'Faktura', 'Hej, vi har betalt fakturaen i dag. Tak for et godt samarbejde!', False, None),
    ('fi-calm-kysymys', 'fi', 'Kysymys', 'Hei, voisitko lähettää laskun uudelleen? Edellinen ei tullut perille. Kiitos!', False, None),
    ('fi-calm-aikataulu', 'fi', 'Aikataulu', 'Hei Jamie, olen täysin samaa mieltä aikataulusta. Aloitetaan heti ensi maanantaina.', False, None),
    ('de-calm-r-ckfrage', 'de', 'Rückfrage', 'Hallo Jamie, die Seite ist komplett fertig? Dann schicke ich sofort den Link an unser Team. Danke!', False, None),
    ('de-calm-termin', 'de', 'Termin', 'Guten Morgen, können wir den Termin auf Donnerstag verschieben? Beste Grüße, Jan', False, None),
    ('de-calm-vertrag', 'de', 'Vertrag', 'Anbei der unterschriebene Vertrag. Unsere Rechtsabteilung hat keine Einwände. Viele Grüße', False, None),
    ('en-calm-black-friday-50-off-all-plans', 'en', 'BLACK FRIDAY: 50% off all plans!!!', 'BLACK FRIDAY SALE!!! Save 50% on every plan. Offer ends Friday. Unsubscribe | View in browser', False, None),
    ('en-calm-checkout', 'en', 'Checkout', 'One of our customers is furious about the checkout and threatened to sue us. Can you help us look into it this week? Thanks', False, None),
    ('en-calm-launch-party', 'en', 'Launch party', "I'm disappointed I can't make it to the launch party, but congrats to the whole team!", False, None),
    ('en-calm-re-timeline', 'en', 'Re: Timeline', 'No problem at all, we can push the launch to January. Quality matters more than speed.', False, None),
    ('en-calm-question', 'en', 'Question', 'Why does the booking page show prices without VAT? Is that a setting we can change?', False, None),
    ('en-calm-re-proposal', 'en', 'Re: Proposal', "Thanks for the proposal. It's a bit above our budget - is there a smaller package we could start with?", False, None),
    ('en-calm-hosting-renewal', 'en', 'Hosting renewal', 'Our hosting renewal is coming up. Should we stay with the current plan or upgrade? Happy to follow your advice.', False, None),
    ('en-calm-re-again', 'en', 'Re: again', 'Sorry to bother you again! Could you resend the invite? It went to spam.', False, None),
    ('da-calm-kunde', 'da', 'Kunde', 'En af vores kunder er meget vred over leveringstiden. Kan I hjælpe os med at svare ham?', False, None),
    ('fi-calm-onnittelut', 'fi', 'Onnittelut', 'Onnittelut julkaisusta! Asiakkaat ovat olleet todella tyytyväisiä.', False, None),
    ('de-calm-newsletter', 'de', 'Newsletter', 'NEU: Unsere Herbst-Angebote sind da!!! Jetzt 30% sparen. Newsletter abbestellen', False, None),
    ('de-calm-frage-2', 'de', 'Frage', 'Warum wird die Seite auf dem iPhone anders angezeigt? Ist das normal? Danke für eine kurze Info.', False, None),
    ('en-heated-re-re-re-homepage', 'en', 'Re: Re: Re: Homepage', 'Is anybody there? I have been waiting for a week for a simple text change. This is not how a professional agency works.', True, ANY),
    ('en-heated-unhappy', 'en', 'Unhappy', 'We are paying a premium for this and getting amateur results. Something has to change, now.', True, ANY),
    ('en-heated-ads', 'en', 'Ads', 'You spent our entire ad budget in three days with nothing to show for it. Explain yourselves.', True, ANY),
    ('da-heated-forsinket', 'da', 'Forsinket', 'Vi har nu ventet i tre uger. Det er ikke i orden, og jeg vil have en forklaring i dag.', True, ANY),
    ('fi-heated-virhe', 'fi', 'Virhe', 'Sivusto kaatui taas kesken kampanjan. Tämä on teidän vikanne ja vaadin korvausta.', True, ANY),
    ('de-heated-rger', 'de', 'Ärger', 'Ich bin stinksauer. Die Website ist seit Tagen down und keiner meldet sich. Das ist unterste Schublade.', True, ANY),
    # ------------------------------------------------------------ every scenario, routed in several languages
    ('da-legal_threat-advokat', 'da', 'Advokat', 'Hvis I ikke retter fejlene inden fredag, overgiver jeg sagen til min advokat.', True, ('legal_threat',)),
    ('fi-legal_threat-oikeustoimet', 'fi', 'Oikeustoimet', 'Jos virheitä ei korjata, haastamme teidät oikeuteen.', True, ('legal_threat',)),
    ('de-legal_threat-bewertung', 'de', 'Bewertung', 'Wenn das so weitergeht, schreibe ich überall schlechte Bewertungen über Ihre Agentur.', True, ('legal_threat',)),
    ('en-legal_threat-reviews', 'en', 'Reviews', "Fix this or I'll post one-star reviews everywhere and warn others about you.", True, ('legal_threat',)),
    ('da-refund_demand-refusion', 'da', 'Refusion', 'Jeg vil have pengene tilbage for den sidste måned. Arbejdet er simpelthen ikke godt nok.', True, ('refund_demand',)),
    ('fi-refund_demand-hyvitys', 'fi', 'Hyvitys', 'Vaadin täyden hyvityksen. Palvelu oli täysin kelvoton.', True, ('refund_demand',)),
    ('de-refund_demand-erstattung', 'de', 'Erstattung', 'Ich verlange eine vollständige Rückerstattung. Die Arbeit ist unbrauchbar.', True, ('refund_demand',)),
    ('en-refund_demand-money-back', 'en', 'Money back', 'This was a complete waste of money. I want my money back, all of it.', True, ('refund_demand',)),
    ('da-blame-nedbrud', 'da', 'Nedbrud', 'Det er jeres fejl, at shoppen var nede hele weekenden. I har ikke testet noget som helst.', True, ('blame',)),
    ('fi-blame-katko', 'fi', 'Katko', 'Verkkokauppa oli nurin koko viikonlopun teidän virheenne takia. Te ette testanneet mitään.', True, ('blame',)),
    ('de-blame-ausfall', 'de', 'Ausfall', 'Der Ausfall am Wochenende ist allein Ihre Schuld. Sie haben nichts getestet.', True, ('blame',)),
    ('en-blame-outage', 'en', 'Outage', 'The outage this weekend is entirely on you. Your developers pushed an untested update, again.', True, ('blame',)),
    ('da-price_pushback-tilbud', 'da', 'Tilbud', 'Det er alt for dyrt. Vi havde aftalt en pris, men nu vil vi have 30 % rabat, ellers går vi.', True, ('price_pushback',)),
    ('de-price_pushback-preis', 'de', 'Preis', 'Ihr Preis ist viel zu hoch. Wir zahlen maximal die Hälfte, sonst suchen wir uns einen anderen Anbieter.', True, ('price_pushback',)),
    ('en-price_pushback-rate', 'en', 'Rate', "Your hourly rate is ridiculous. Cut it by a third or we're taking our business elsewhere.", True, ('price_pushback',)),
    ('da-unrealistic_demand-lancering', 'da', 'Lancering', 'Jeg ved godt, vi sagde fire uger, men hele siden skal være online i morgen. Ingen undskyldninger.', True, ('unrealistic_demand',)),
    ('fi-unrealistic_demand-aikataulu', 'fi', 'Aikataulu', 'Tiedän, että sovimme kuukaudesta, mutta koko sivuston pitää olla valmis huomenna. Ei tekosyitä.', True, ('unrealistic_demand',)),
    ('en-unrealistic_demand-rush', 'en', 'Rush', "I need the whole shop rebuilt by Monday. I don't care how, just get it done. No excuses.", True, ('unrealistic_demand',)),
    ('da-scope_creep-lille-ting', 'da', 'Lille ting', 'Kan I også lige lave en app og et nyhedsbrev? Det burde gå hurtigt, og det er vel inkluderet i prisen?!', True, ('scope_creep',)),
    ('de-scope_creep-kleinigkeit', 'de', 'Kleinigkeit', 'Können Sie auch noch schnell einen Shop und eine App bauen? Zum gleichen Preis natürlich. Das sollte schnell gehen!!', True, ('scope_creep',)),
    ('en-scope_creep-extras', 'en', 'Extras', 'We also need a booking system and a members area, obviously at no extra cost. That should have been included anyway!!', True, ('scope_creep',)),
    ('da-doubts_expertise-r-dgivning', 'da', 'Rådgivning', 'Ved I overhovedet, hvad I laver? Min nevø siger, at jeres løsning er forældet.', True, ('doubts_expertise',)),
    ('de-doubts_expertise-beratung', 'de', 'Beratung', 'Wissen Sie überhaupt, was Sie tun? Mein Neffe sagt, das geht viel einfacher.', True, ('doubts_expertise',)),
    ('en-misunderstanding-your-email', 'en', 'Your email', 'What do you mean my account is suspended?! I have paid every invoice on time. How dare you.', True, ('misunderstanding',)),
    ('de-misunderstanding-ihr-artikel', 'de', 'Ihr Artikel', 'Was fällt Ihnen ein, in Ihrem Artikel meine Firma zu erwähnen? Ich erwarte eine Erklärung.', True, ('misunderstanding',)),
    ('fi-general_dissatisfaction-palaute', 'fi', 'Palaute', 'Olen todella pettynyt koko projektiin. Mikään ei ole mennyt niin kuin piti.', True, ('general_dissatisfaction',)),
    ('de-general_dissatisfaction-unzufrieden', 'de', 'Unzufrieden', 'Ich bin sehr unzufrieden mit der Zusammenarbeit. So geht das nicht weiter.', True, ('general_dissatisfaction',)),
    # ------------------------------------------------------------ everyday calm mail that mentions refunds, lawyers, invoices
    ('en-calm-re-invoice-2231', 'en', 'Re: Invoice 2231', 'Hi Jamie, we noticed invoice 2231 was sent twice. Could you cancel the duplicate? Thanks, Mark', False, None),
    ('en-calm-refund-for-duplicate', 'en', 'Refund for duplicate charge', 'Hi, it looks like our card was charged twice this month. Could you refund the second charge? Let me know if you need the receipt.', False, None),
    ('en-calm-new-project', 'en', 'New project', "We're a small bakery looking for a new website. Our budget is tight, so we'd love to hear what's possible for around $3k.", False, None),
    ('en-calm-re-launch', 'en', 'Re: Launch', "Everything looks perfect. We have no complaints at all - the team did an incredible job. Let's launch on Monday!", False, None),
    ('en-calm-question-about-the-c', 'en', 'Question about the contract', 'Quick question on clause 7 of the contract - does the warranty cover hosting issues? Our legal team asked.', False, None),
    ('en-calm-re-broken-link', 'en', 'Re: Broken link', 'Found a broken link on the About page, the one to our old blog. No big deal, fix whenever.', False, None),
    ('en-calm-re-re-re-menu', 'en', 'Re: Re: Re: Menu', 'Sorry, one more change: can the Sunday brunch menu go above the dinner menu? Last one, promise!', False, None),
    ('en-calm-re-quote', 'en', 'Re: Quote', "The quote looks fair. We'll need to run it past our board next Tuesday, and I'll get back to you after that.", False, None),
    ('en-calm-feedback-on-draft', 'en', 'Feedback on draft', 'The draft is a good start but the tone feels too formal for our audience. Could we make it warmer?', False, None),
    ('en-calm-holiday-hours', 'en', 'Holiday hours', 'Please update our opening hours for the holidays: closed Dec 24-26. Thanks!', False, None),
    ('da-calm-ny-side', 'da', 'Ny side', 'Hej Jamie, vi vil gerne have en ny underside om vores kurser. Kan du give et tilbud? Mvh Anne', False, None),
    ('da-calm-faktura-2', 'da', 'Faktura', 'Hej, fakturaen er desværre sendt til den forkerte adresse. Kan I sende den igen til bogholderiet? Tak', False, None),
    ('da-calm-tak', 'da', 'Tak', 'Tak for et super møde i går. Vi glæder os til at komme i gang!', False, None),
    ('fi-calm-muutos', 'fi', 'Muutos', 'Hei, voisitteko vaihtaa etusivun kuvan? Lähetän uuden kuvan huomenna. Kiitos!', False, None),
    ('fi-calm-sopimus', 'fi', 'Sopimus', 'Lakimiehemme käy sopimuksen läpi tällä viikolla. Palaamme asiaan pian.', False, None),
    ('fi-calm-lasku-2', 'fi', 'Lasku', 'Hei, lasku näyttää olevan kahteen kertaan. Voisitteko tarkistaa? Terveisin Pekka', False, None),
    ('de-calm-rechnung', 'de', 'Rechnung', 'Hallo Jamie, die Rechnung ist leider doppelt gekommen. Können Sie eine davon stornieren? Danke!', False, None),
    ('de-calm-vertrag-2', 'de', 'Vertrag', 'Unser Anwalt prüft gerade den Vertrag. Wir melden uns bis Ende der Woche.', False, None),
    ('de-calm-super-arbeit', 'de', 'Super Arbeit', 'Die Seite ist online und sieht großartig aus! Vielen Dank für die tolle Zusammenarbeit.', False, None),
    ('de-calm-nderung', 'de', 'Änderung', 'Könnten wir das Logo noch etwas größer machen? Es ist kein Muss, nur eine Idee.', False, None),
]


@pytest.mark.parametrize("case_id, lang, subject, text, heated, scenarios", CASES, ids=[c[0] for c in CASES])
def test_heat_table(case_id, lang, subject, text, heated, scenarios):
    a = analyze(msg(text, subject=subject, lang=lang), DEFAULT_THRESHOLD if heated else CALM_CEILING)
    explain = f"heat={a.heat:.2f} signals={[(s.name, s.words, round(s.weight, 2)) for s in a.signals]} scenarios={a.scenarios}"
    assert a.heated is heated, explain
    if heated:
        assert a.scenario in SCENARIOS, explain
        if scenarios:
            assert a.scenario in scenarios, explain
    else:
        assert a.scenario is None, explain


def test_the_table_covers_all_four_languages_both_ways():
    for lang in ("en", "da", "fi", "de"):
        assert any(c[1] == lang and c[4] for c in CASES)
        assert any(c[1] == lang and not c[4] for c in CASES)
    assert len(CASES) >= 40


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_every_signal_names_the_words_from_the_text_that_fired_it(case):
    _, lang, subject, text, _, _ = case
    a = analyze(msg(text, subject=subject, lang=lang))
    for s in a.signals:
        assert s.words, s
        for w in s.words:
            assert w in text or w in subject, (s.name, w)
        assert 0.0 <= s.weight <= 1.0


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_identical_input_gives_identical_output_and_heat_is_bounded(case):
    _, lang, subject, text, _, _ = case
    first, second = analyze(msg(text, subject=subject, lang=lang)), analyze(msg(text, subject=subject, lang=lang))
    assert first == second
    assert 0.0 <= first.heat <= 1.0


def test_a_shouting_subject_counts_with_the_body():
    a = analyze(msg("The booking tool double-booked my staff this morning.", subject="The booking tool is broken AGAIN"))
    assert any("AGAIN" in s.words for s in a.signals)
    b = analyze(msg("The booking tool double-booked my staff this morning.", subject="The booking tool"))
    assert a.heat > b.heat


def test_calm_reply_quoting_a_heated_thread_is_calm():
    m = msg("Thanks Jamie, that makes sense. Let's go with option B.",
            quoted_text="This copy is TERRIBLE. Did anyone even read my notes?? I'm furious. Your fault!!")
    a = analyze(m)
    assert not a.heated and a.heat == 0.0


def test_forwarded_angry_message_the_sender_is_not_angry_about_is_calm():
    m = msg("Hi Jamie, one of our customers sent this about the checkout. Could you take a look when you have a moment?",
            forwarded_text="YOUR CHECKOUT IS A DISASTER. I want my money back NOW or I'm reporting you!!!")
    assert not analyze(m).heated


def test_automated_messages_are_calm_and_say_why():
    m = msg("HUGE SALE!!! LAST CHANCE to save 50% before Friday. Unsubscribe any time.",
            subject="LAST CHANCE!!!", automated=True, automated_reason="List-Id header")
    a = analyze(m)
    assert (a.heated, a.heat, a.scenario, a.deadline) == (False, 0.0, None, None)
    assert [s.name for s in a.signals] == ["automated"]
    assert a.signals[0].words == ("List-Id header",)


def test_out_of_office_reply_is_calm_and_names_no_deadline():
    m = msg("I'm out of the office until December 2. For urgent matters contact sarah@example.com.",
            subject="Out of office: Re: Report", automated=True, automated_reason="Auto-Submitted: auto-replied")
    a = analyze(m)
    assert not a.heated and a.deadline is None


def test_the_threshold_comes_from_the_argument():
    m = msg("Per my last three emails, the export is still broken. I trust this will be resolved promptly this time.")
    heat = analyze(m).heat
    assert analyze(m, threshold=heat).heated
    assert not analyze(m, threshold=min(1.0, heat + 0.01)).heated
    assert analyze(m).heated == (heat >= DEFAULT_THRESHOLD)


def test_analysis_carries_first_name_language_and_deadline():
    a = analyze(msg("I want every cent back by Friday or I will dispute the charge with my bank.", lang="en"))
    assert isinstance(a, Analysis)
    assert a.first_name == "Alex" and a.lang == "en"
    assert a.deadline == date(2026, 11, 27)
    assert a.to_dict()["deadline"] == "2026-11-27"
    assert {"legal_threat", "refund_demand"} <= set(a.scenarios)
    assert a.scenario == "legal_threat"  # the most severe one is primary (scenarios.md)


def test_a_lawyer_in_a_conditional_sentence_is_a_threat_but_not_next_to_a_contract_review():
    threat = analyze(msg("Fix the shop this week or I will hand this to my lawyer."))
    neutral = analyze(msg("My lawyer will review the contract this week."))
    assert "threat" in {s.name for s in threat.signals} and threat.heated
    assert "threat" not in {s.name for s in neutral.signals} and not neutral.heated


def test_acronyms_are_not_shouting_but_capitalised_words_are():
    assert "shouting" not in {s.name for s in analyze(msg("The SSL, DNS and SPF setup is done; the API and CRM are next.")).signals}
    shouting = [s for s in analyze(msg("This is NOT what I asked for and it is STILL BROKEN.")).signals if s.name == "shouting"]
    assert shouting and set(shouting[0].words) == {"NOT", "STILL BROKEN"}


def test_sarcastic_thanks_is_not_counted_as_politeness():
    a = analyze(msg("Thanks for nothing."))
    assert a.heated and any(s.name == "sarcasm" and s.words == ("Thanks for nothing",) for s in a.signals)


@pytest.mark.parametrize("text", ["", " ", "!!!???", "A" * 5000, "İİİ ẞ ﬀ 🙂 \x00\u202e", "you guys " * 2000])
def test_odd_or_huge_input_never_crashes(text):
    a = analyze(msg(text, subject=text[:200]))
    assert 0.0 <= a.heat <= 1.0
    assert all(isinstance(s, Signal) for s in a.signals)


def test_a_danish_complaint_is_not_read_as_a_german_lawsuit():
    a = analyze(msg("Jeg vil gerne klage over leveringen af skiltene.", subject="Klage", lang="da"))
    assert "legal_threat" not in a.scenarios
    assert "legal_threat" in analyze(msg("Wir werden Klage einreichen, wenn das nicht bis Freitag behoben ist.", lang="de")).scenarios


def test_someone_elses_threat_counts_less_than_the_senders_own():
    reported = analyze(msg("One of our customers threatened to sue us over the checkout."))
    own = analyze(msg("I will sue you over the checkout."))
    assert reported.heat < own.heat
    assert own.heated and not reported.heated


def test_hostile_repetition_does_bounded_work_per_signal(monkeypatch):
    # "lawyer " x 8000 once took a minute: every match re-read its whole "sentence".
    from reply_coach import heat

    calls = []
    real = heat._sentence

    def counting(text, start, end):
        out = real(text, start, end)
        calls.append(len(out))
        return out

    monkeypatch.setattr(heat, "_sentence", counting)
    result = analyze(msg("lawyer " * 8000 + "I will sue. " * 2000))
    assert result.heated
    assert len(calls) <= 4 * heat._MAX_MATCHES_PER_SIGNAL
    assert max(calls) <= 2 * heat._SENTENCE_WINDOW + 20


# ---------------------------------------------------------------- mechanism details


def test_a_reply_subject_is_inherited_and_not_judged():
    calm_body = "Thanks Jamie, that sounds good. Talk tomorrow."
    inherited = analyze(msg(calm_body, subject="Re: UNACCEPTABLE!!! Your incompetent team, I will sue"))
    assert not inherited.heated and inherited.heat == 0.0
    assert not analyze(msg(calm_body, subject="Fwd: Your website is a JOKE")).heated
    # A fresh subject is the client's own words and still counts.
    fresh = analyze(msg("See below.", subject="Your incompetent team ruined our launch, I will sue"))
    assert fresh.signals


@pytest.mark.parametrize(
    "text",
    [
        "Heads-up: you may get a chargeback notice for invoice 2031. Our bank flagged the payment by mistake; "
        "I've asked them to withdraw it. Entirely our side, sorry for the confusion!",
        "I får muligvis en besked om en tilbageførsel (chargeback). Vores bank markerede betalingen ved en fejl. "
        "Undskyld besværet, det er helt vores fejl.",
        "Sie bekommen eventuell eine Rücklastschrift. Unsere Bank hat die Lastschrift fälschlicherweise zurückgegeben. "
        "Entschuldigung für das Durcheinander, das lag komplett bei uns!",
        "Saatatte saada ilmoituksen takaisinveloituksesta. Pankkimme merkitsi maksun virheellisesti. Meidän päässämme "
        "oleva juttu, sori vaiva!",
    ],
    ids=["en", "da", "de", "fi"],
)
def test_a_sender_who_takes_the_blame_is_calm_whatever_scary_words_follow(text):
    a = analyze(msg(text))
    assert not a.heated, a.signals
    assert any(s.name == "own_fault" and s.weight == 0.0 for s in a.signals)  # the verdict says why


def test_taking_the_blame_does_not_calm_a_real_threat_made_with_it():
    a = analyze(msg("You charged us twice. I will file a chargeback and sue you if the money is not back by Friday."))
    assert a.heated


def test_sue_the_colleague_is_not_a_lawsuit_but_sue_you_is():
    assert not analyze(msg("Quick note: Sue from our finance team takes over invoicing, please copy her. Thanks!")).heated
    assert analyze(msg("Fix this today or we will sue you.")).heated


@pytest.mark.parametrize(
    "text", ["It's not your fault, the server was down.", "Det er ikke jeres skyld, serveren var nede.",
             "Das ist nicht Ihre Schuld, der Server war down."],
)
def test_a_fault_denied_is_not_blame(text):
    assert all(s.name != "blame" for s in analyze(msg(text)).signals)


def test_a_denial_elsewhere_does_not_cancel_the_heat():
    # "not" belongs to the paying, and "not your free testers" is sarcasm, not a denied fault.
    assert analyze(msg("Vi er ikke jeres gratis testpersoner. Test det, før I sender det.")).heated


def test_a_weak_threat_word_in_a_condition_is_a_threat_made():
    calm = analyze(msg("We'd love to leave you a review on Trustpilot, where do we find the link?"))
    made = analyze(msg("This goes on Trustpilot if nothing happens by Friday."))
    assert not calm.heated and made.heated


def test_a_stem_entry_also_matches_the_bare_word(monkeypatch):
    from reply_coach import heat

    assert heat._fragment(r"peinlich\w*") == r"peinlich\w*"  # was peinlich\w\w*: "peinlich" itself never matched
    assert heat._fragment("asianajaja*") == r"asianajaja\w*"


def test_an_optional_last_word_takes_its_space_with_it():
    from reply_coach import heat

    assert heat._fragment("hear from them (?:directly|lawyer)?") == "hear from them(?: (?:directly|lawyer))?"


def test_curly_apostrophes_match_like_straight_ones():
    straight = analyze(msg("I don't want to hear any excuses."))
    curly = analyze(msg("I don\u2019t want to hear any excuses."))
    assert [s.name for s in straight.signals] == [s.name for s in curly.signals] and straight.signals


def test_polite_words_listed_in_two_languages_count_once():
    from reply_coach import heat

    ev = heat._Evidence(hits={}, scenarios=set(), positive=0.0)
    heat._collect("super", 1.0, ev)  # "super" is polite in Danish and in German
    assert ev.positive == pytest.approx(max(w for k, _, w, _, _ in heat._matches("super") if k == "positive"))


def test_a_literal_prefix_check_skips_phrases_that_cannot_match():
    from reply_coach import heat

    assert heat._literal_prefix("not paying") == "not paying"
    assert heat._literal_prefix("rahat?(?:ni)? takaisin") == "raha"
    assert heat._literal_prefix(r"you (?:never|always)") == "you "


def test_the_phrase_index_is_cached_per_lexicon_and_a_broken_cache_is_rebuilt(tmp_path, monkeypatch):

    from reply_coach import heat

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    built = heat._load_index()  # nothing cached yet: built and written
    files = list((tmp_path / "reply-coach").glob("lexicon-*.marshal"))
    assert len(files) == 1 and heat._index_key() in files[0].name
    fresh = heat._build_index()
    cached = heat._unpack(files[0].read_bytes())  # each key's list stays packed until asked for
    assert isinstance(dict.get(cached[0], next(iter(fresh[0]))), bytes)
    for loaded, expected in zip(cached[:2], fresh[:2]):
        assert set(loaded) == set(expected) and all(loaded.get(k) == v for k, v in expected.items())
    assert cached[2] == fresh[2] and built[2] == fresh[2]
    files[0].write_bytes(b"not marshal data")
    rebuilt = heat._load_index()  # unreadable: rebuilt, not an error
    assert all(rebuilt[0].get(k) == v for k, v in heat._build_index()[0].items())


def test_the_phrase_index_is_built_without_a_writable_cache(tmp_path, monkeypatch):
    from reply_coach import heat

    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))  # a file where the cache folder should be
    assert heat._load_index()[2] == heat._build_index()[2]


def test_a_denied_or_questioned_fault_of_ours_calms_nothing():
    denied = analyze(msg("Det er ikke vores skyld. Det er jeres fejl, og det er fuldstændig uacceptabelt."))
    asked = analyze(msg("So you're saying it is our fault? Unacceptable. This is the third time I have asked."))
    assert denied.heated and asked.heated
    assert all(s.name != "own_fault" for s in denied.signals + asked.signals)


def test_a_lawyer_named_in_passing_is_no_legal_threat():
    a = analyze(msg("For 9,000 for a logo?? That is more than my lawyer charges! We agreed 4k, way too expensive."))
    assert "legal_threat" not in a.scenarios


def test_a_threat_word_inside_an_address_is_no_threat():
    a = analyze(msg("Please copy sue.patel@okaforlogistics.example on invoices from now on. Looping in Sue for billing."))
    assert all(s.name != "threat" for s in a.signals)


def test_a_lawyer_already_consulted_is_a_legal_threat_unless_it_is_about_a_contract():
    done = analyze(msg("We are taking legal advice about the lost bookings. This is a disgrace."))
    contract = analyze(msg("Our legal team has been copied so they can review the contract before we sign."))
    assert done.heated and done.scenario == "legal_threat"
    assert not contract.heated


def test_a_lawyer_named_next_to_an_ultimatum_makes_it_a_legal_threat():
    a = analyze(msg("Ich fordere Sie letztmalig auf, die Zugangsdaten herauszugeben. Nach Ablauf der Frist wird mein Anwalt tätig."))
    assert a.heated and a.scenario == "legal_threat"


def test_reported_speech_damps_every_phrase_of_it():
    a = analyze(msg("One of our tenants is pretty cross and threatened to leave a bad review. Could you add a contact form?"))
    assert not a.heated


def test_a_negation_a_few_words_before_an_own_fault_phrase_denies_it():
    a = analyze(msg("Eihän se ole minun vika, että teidän järjestelmä sekoilee. Korjatkaa se heti, tämä on kohtuutonta."))
    assert all(s.name != "own_fault" for s in a.signals) and a.heated


def test_the_words_a_phrase_needs_come_from_outside_its_groups_and_classes():
    from reply_coach import heat

    assert heat._required("not paying (?:this|the)") == (("not",), ("paying",), ("this", "the"))
    assert heat._required("rahat?(?:ni)? takaisin") == (("raha",), ("takaisin",))
    assert heat._required("a|b") == ()
    assert heat._required("[abc]def ghij") == (("def",), ("ghij",))  # [abc] is one letter, not a word
