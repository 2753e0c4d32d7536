#!/usr/bin/env python3
"""blind5: independent labelled validation corpus for reply-coach.

Writes v001.eml ... v100.eml (shuffled with a fixed seed) and labels.jsonl
next to this script.  Standard library only.
"""
import datetime as dt
import glob
import json
import os
import random
from collections import Counter
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
TO = Address("Jamie Rivera", addr_spec="jamie@brightpath.example")
SCEN = ["legal_threat", "refund_demand", "blame", "price_pushback",
        "unrealistic_demand", "scope_creep", "doubts_expertise",
        "misunderstanding", "general_dissatisfaction"]
LANGS = ["en", "de", "da", "fi"]
E = []


def add(lang, frm, subject, date, body, *, heated, scenario=None, also=(),
        first_name=None, deadline=None, dl_wd=None, note="",
        charset="utf-8", html=None, headers=None, reply=False, cc=None):
    """frm: ("Display Name", "addr") or "addr"; date: 'YYYY-MM-DD HH:MM +ZZZZ'.
    dl_wd: expected weekday (Mon..Sun) of the deadline, checked at build."""
    E.append(dict(lang=lang, frm=frm, subject=subject, date=date, body=body,
                  heated=heated, scenario=scenario, also=list(also),
                  first_name=first_name, deadline=deadline, dl_wd=dl_wd,
                  note=note, charset=charset, html=html,
                  headers=dict(headers or {}), reply=reply, cc=cc))


def q(text, depth=1):
    """Quote text with '> ' (Gmail style), depth levels."""
    out = []
    for line in text.strip("\n").split("\n"):
        pre = ">" * depth
        out.append(pre + (" " + line if line else ""))
    return "\n".join(out)


def para_html(text):
    import html as h
    ps = [p for p in text.strip().split("\n\n")]
    return ("<html><body>" + "".join(
        "<p>" + h.escape(p).replace("\n", "<br>") + "</p>" for p in ps)
        + "</body></html>")


BULK = {"Precedence": "bulk"}
OOO = {"Auto-Submitted": "auto-replied"}
AUTO = {"Auto-Submitted": "auto-generated"}

# ======================================================================
# ENGLISH
# ======================================================================

add("en", ("Ray Delgado", "ray@delgadossmokehouse.example"),
    "online menu prices are WRONG", "2026-11-18 13:22 -0600", """\
Jamie,

Two days now customers have been showing up waving their phones at my cashiers because your online menu says the brisket plate is $11.99. It's $18.99. It has been $18.99 since March. I gave you the new price sheet in writing.

We honored the wrong price for about forty orders yesterday, because what else are you going to do with a family standing at the counter. That's real money out of my pocket.

I want it corrected before Friday's dinner rush, Friday is our biggest night. If I get one more customer yelling at my staff over this, I'm going to post exactly what happened on Google, Yelp and the neighborhood Facebook group, with your company's name in it. Folks around here read those.

Ray Delgado
Delgado's Smokehouse

Sent from my iPhone
""", heated=True, scenario="legal_threat", also=["blame"], first_name="Ray",
    deadline="2026-11-20", dl_wd="Fri", note="public review threat, wrong prices, fix by Friday")

add("en", ("kayla brooks", "kayla@wickandwander.example"),
    "checkout", "2026-11-23 22:47 -0500", """\
hi. checkout has been broken since saturday, customers get to the payment step and it just spins. ive basically lost the whole preorder weekend. i paid you $2,400 for a shop that dosent take money??

if i dont hear back with a real answer today im calling amex and disputing the charge. not joking.

kayla
""", heated=True, scenario="legal_threat", also=["refund_demand", "blame"],
    first_name="Kayla", deadline=None,
    note="chargeback threat, lower-case name; 'answer today' is not a work deadline")

add("en", ("Bianchi Arredamenti S.r.l.", "ufficio@bianchiarredamenti.example"),
    "Catalogue website - not acceptable", "2026-11-26 10:05 +0100", """\
Good morning,

I write you about the new catalogue site. We have look at it with all the family this week and sincerely it is not what we were expecting. The photos of the sofas are cut in the middle, the colours of the leathers are not the real colours, and the Italian version have many errors, it seems made with a translator.

We don't want corrections here and there. We want that you start again from zero, new design, new structure, everything, and of course at your cost because the first one was your work. We have paid already the 60 percent.

Please tell me when you can start with the new version.

Distinti saluti,
Marco Bianchi
Bianchi Arredamenti S.r.l. - Cantu' (CO)
""", heated=True, scenario="legal_threat", also=["blame", "general_dissatisfaction"],
    first_name=None, note="demands full redo at our cost; company From name; non-native (Italian)")

add("en", ("Tessa Hart", "tessa@rootedflowyoga.example"),
    "feeling really let down", "2026-11-29 20:12 -0800", """\
Hi Jamie,

I've been sitting with this all weekend and I'm just going to say it. I'm really upset. When we first talked back in September I told you how important it was that the class schedule be easy for my older students, a lot of them are in their seventies, and what I got is this tiny grey calendar that nobody can read on a phone. Margaret called me in tears on Thursday because she booked the wrong class twice. Twice!

And then the photos. I know I sent you some of them but I thought you'd pick the good ones?? Honestly I don't even know anymore.

I've thought about it a lot and I don't want to keep going with this. I'd like my $1,500 deposit back, and I won't be paying the second invoice that came through on Friday. I'm sorry, I know you probably worked hard, but this just isn't the studio I described to you.

Namaste (trying to mean it today),
Tessa

Tessa Hart | Rooted Flow Yoga
she/her
""", heated=True, scenario="refund_demand", also=["blame", "general_dissatisfaction"],
    first_name="Tessa", note="rambling, wants deposit back, won't pay 2nd invoice")

add("en", ("Mr. G. Whitcombe", "g.whitcombe@whitcombehale.example"),
    "Invoice BP-2231", "2026-12-01 08:03 +0000", """\
Dear J. Rivera,

I refer to invoice BP-2231, received yesterday.

Line 4 bills six hours of "additional template work" at GBP 85 per hour. No such work was requested by this office, none was approved, and I find it remarkable that it appears on an invoice at all. Our engagement letter is perfectly clear that any work beyond the fixed fee requires my written consent in advance.

I shall not be settling this invoice in its present form. Kindly issue a corrected invoice by Friday 4 December, and in future confine your billing to what has actually been agreed.

Yours sincerely,

G. Whitcombe FCA
Whitcombe & Hale Chartered Accountants
""", heated=True, scenario="refund_demand", first_name=None,
    deadline="2026-12-04", dl_wd="Fri",
    note="icy invoice dispute; title+initial only -> no first name")

add("en", ("Arjun Mehta", "arjun@ledgerly.example"),
    "Lead form not capturing - urgent", "2026-11-20 11:48 +0530", """\
Hi Jamie,

Our demo request form on the pricing page has not been sending leads to HubSpot since the last deployment on Tuesday. My sales team only noticed today because pipeline is showing zero for 3 days straight. We have run ads worth nearly \u20b91.8 lakh in this period, so you can imagine the situation here.

Kindly note this was working perfectly before your team did the update. Nobody informed us that anything was changed on the form, and clearly no one tested it after pushing live. This is very basic and honestly I expected better from you people.

Please revert with root cause and fix at the earliest.

Regards,
Arjun Mehta
Co-founder, Ledgerly
""", heated=True, scenario="blame", first_name="Arjun",
    note="Indian English, blames untested deployment")

add("en", ("Front Desk - Maple Grove Dental", "frontdesk@maplegrovedental.example"),
    "Holiday hours + a couple things", "2026-12-02 09:30 -0400", """\
Good morning Jamie!

Hope you're doing well and staying warm \U0001F642 A few things from our end:

1. Could we get a little banner on the homepage with our holiday hours? We're closed Dec 24 through Jan 1, reopening Jan 4.
2. Dr. Pham loved the new team photos, thank you so much for arranging that photographer.
3. Not so happy about this one: online booking was down from Friday night until Monday morning and nobody on your side caught it. We lost a full weekend of new-patient bookings, and frankly that's on you guys, not us.
4. Any chance the "Meet the Team" page could list languages spoken? We have staff who speak Vietnamese and French.

Thanks so much, talk soon!
Brenda
Maple Grove Dental - Front Desk
""", heated=True, scenario="blame", first_name=None,
    note="friendly list, heat in one item; role From name; holiday dates not a deadline")

add("en", ("DARRELL KOWALSKI", "dkowalski@kowalskiauto.example"),
    "RE: Signed proposal - dealership site", "2026-11-17 15:10 -0500", """\
Jamie -

Slept on it and talked to my GM. $4,800 was a number I signed in a weak moment. Nobody in this town pays that for a car lot website. I've got a guy in Akron who quoted me $2,200 for basically the same thing.

Meet me at $3,000 and we keep going. Otherwise I pull the plug and go with him.

DARRELL KOWALSKI
Sales Manager | Kowalski Auto Group
(216) 555-0148

From: Jamie Rivera <jamie@brightpath.example>
Sent: Friday, November 13, 2026 4:02 PM
To: Darrell Kowalski <dkowalski@kowalskiauto.example>
Subject: Signed proposal - dealership site

Hi Darrell,

Thanks for signing the proposal! As agreed, the total is $4,800, split 50/50. I'll send the kickoff questionnaire on Monday.

Best,
Jamie
""", heated=True, scenario="price_pushback", first_name="Darrell", reply=True,
    note="haggles after signed price, walk-away threat; ALL-CAPS name")

add("en", ("Nguyen, Linh", "linh.nguyen@brightsideevents.example"),
    "NEED by tomorrow AM", "2026-12-03 16:40 -0800", """\
Jamie,

Sponsor just confirmed the winter gala is going public. I need a full event landing page live by 9am tomorrow: hero video, speaker bios (14 of them, I'll send the bios tonight... probably), ticketing with three tiers, sponsor logos and a countdown. Mobile has to be perfect, our CEO will look at it on her phone first thing.

I know it's short notice. I don't care what it takes, pull people off other stuff. This CANNOT slip.

Linh
""", heated=True, scenario="unrealistic_demand", first_name="Linh",
    deadline="2026-12-04", dl_wd="Fri",
    note="overnight full landing page; 'Last, First' name; UTC date already Dec 4")

add("en", ("Jess Okonkwo (The Side Quest Pod)", "jess@sidequestpod.example"),
    "quick adds \U0001F64C", "2026-11-21 12:15 +0000", """\
heyyy Jamie \U0001F44B

loving the new episode pages!! few quick adds while you're in there:
- merch shop (just like 6 tees + a tote, super simple)
- move all 180 old episodes over from Anchor with show notes
- a members-only page for the Patreon folks
- maybe a little quiz thing? "which side quester are you" \U0001F602

these are all tiny so I'm assuming they're covered by what we already paid? tbh I'm getting kinda fed up with "that'd be a separate quote" every time I ask for something, it's starting to feel like nickel and diming \U0001F62C

can we have it all by the 9th so we can announce on the xmas ep?

jess x
""", heated=True, scenario="scope_creep", first_name="Jess",
    deadline="2026-12-09", dl_wd="Wed",
    note="emoji, extras expected free, irritation at quotes")

add("en", ("Dr. Harold Pemberton", "hpemberton@pembertonortho.example"),
    "Re: Homepage direction", "2026-11-30 07:55 -0500", """\
Jamie,

I have read your note on why the homepage "should" lead with patient stories rather than my credentials. With respect, I have been in practice for thirty-one years and I think I know what my patients want to see. My nephew, who builds websites as a hobby, looked at your draft and said the layout is years out of date, which rather confirms my suspicion that this is not your team's strongest area.

Please put the CV, the fellowship and the publications list at the top as I originally asked. I'd rather you simply did what was requested than explained to me why I'm wrong.

H. Pemberton, MD

On Fri, Nov 27, 2026 at 3:18 PM Jamie Rivera <jamie@brightpath.example> wrote:
""" + q("""\
Hi Dr. Pemberton,

Attached is the first homepage draft. We've led with two short patient
stories and moved the credentials into a strip just below, because new
patients tend to decide on trust first. Happy to walk you through it.

Jamie""") + "\n", heated=True, scenario="doubts_expertise", first_name="Harold",
    reply=True, note="overrides recommendation, questions competence; title + full name")

add("en", ("Chukwuemeka Eze", "c.eze@ezeagro.example"),
    "Re: Project status update - week 49", "2026-12-08 14:20 +0100", """\
Jamie,

I have just seen your update and I must say I am very disappointed. "On hold"?? So after collecting our money you people have decided to put our project aside for bigger clients. We were told from the beginning that the catalogue will be ready before the new year. Is this how you treat your customers?

I want to know today who took this decision.

Chukwuemeka Eze
MD, Eze Agro Exports Ltd

On Mon, 7 Dec 2026 at 17:05, Jamie Rivera <jamie@brightpath.example> wrote:
""" + q("""\
Hi Chukwuemeka,

Weekly status:
- Phase 1 (company pages): live
- Phase 2 (product catalogue): ON HOLD until we receive your product
  photos (requested 20 Nov). As soon as they arrive we restart, and
  the January date still holds.

Best,
Jamie""") + "\n", heated=True, scenario="misunderstanding", first_name="Chukwuemeka",
    reply=True, note="misreads 'on hold pending photos' as abandonment; answer-today not a deadline")

add("en", ("Margaux Lindqvist-Bell", "margaux@hollislane.example"),
    "Gallery site \u2014 reflections", "2026-12-11 18:02 -0500", """\
Jamie,

I've now spent some time with the staging site, and I'll be candid: I expected considerably more.

Nothing is broken, exactly. It simply doesn't feel like us. It feels like a template someone was handed and asked to fill in. I struggle to articulate what's missing, which I realise is not terribly helpful, but I'd have hoped that after three workshops I wouldn't need to.

I'm not sure where we go from here.

Margaux Lindqvist-Bell
Director, Hollis Lane Gallery
""", heated=True, scenario="general_dissatisfaction", first_name="Margaux",
    html=True, note="icy, vague disappointment; multipart")

add("en", "t.farrow@farrowlogistics.example",
    "Driver portal - password resets", "2026-12-07 07:30 +1100", """\
Jamie,

Going over Priya's head on this because three emails to her (16th, 24th and 1st) have gone nowhere. Our drivers still can't reset their passwords on the portal you built, and my dispatch team is spending an hour every morning doing it by hand.

This was flagged before sign-off and your team said it would be sorted in handover week. It wasn't. I need it working by Wednesday, and I need someone on your side who actually answers emails.

T. Farrow
Operations, Farrow Logistics
""", heated=True, scenario="blame", also=["general_dissatisfaction"],
    first_name=None, deadline="2026-12-09", dl_wd="Wed",
    note="repeated chasing, escalation past account manager; bare address")

# ---- English calm ----

add("en", ("Olivia Brandt", "olivia@brandtcoaching.example"),
    "Cancelling the brand package", "2026-11-18 10:10 -0700", """\
Hi Jamie,

I hope you're well. I'm afraid I need to cancel the brand refresh package I booked on 9 November. A family situation means I'm pausing the business for a few months.

Your terms say that cancellations within 14 days of booking get the deposit back minus a 10% admin fee, so by my count that's $720 of the $800 deposit. Could you process that to the same card when you get a chance?

I've really enjoyed our two calls and I hope to come back to you when things settle.

Warmly,
Olivia
""", heated=False, first_name="Olivia", note="polite refund under stated policy")

add("en", ("Sandra Kim", "skim@northfieldcu.example"),
    "MSA + SOW next steps", "2026-11-19 13:45 -0600", """\
Hi Jamie,

Thanks for the call this morning. Quick recap of next steps on our side:

- Our attorney will review the MSA, mainly the indemnification and limitation of liability clauses. That's standard for every vendor we onboard, nothing specific to you.
- Compliance needs to sign off on the accessibility language (WCAG 2.2 AA).

Could you send the revised SOW with the two phases split out by Tuesday, Nov 24? That gives legal a couple of days before the Thanksgiving break.

Best,
Sandra Kim
Digital Marketing Manager, Northfield Credit Union
""", heated=False, first_name="Sandra", deadline="2026-11-24", dl_wd="Tue",
    note="neutral attorney review, calm dated request")

add("en", ("IT Support | Hallworth Estates", "it@hallworthestates.example"),
    "URGENT - SSL certificate renewal", "2026-11-30 09:02 +0000", """\
Hi Jamie,

Marking this urgent only so it doesn't get buried, no drama. Our monitoring says the SSL certificate on tenants.hallworthestates.example expires on Sunday 6 December. Could you renew it by Friday 4 December so we're not cutting it close over the weekend?

If you need anything from our DNS provider, let me know and I'll sort it.

Cheers,
Hallworth Estates IT
""", heated=False, first_name=None, deadline="2026-12-04", dl_wd="Fri",
    note="calm 'urgent', role From name")

add("en", ("Rosie McAllister", "rosie@crumbandcobble.example"),
    "!!!!!!", "2026-11-28 08:41 +0000", """\
JAMIE!!!

The new site went live last night and we had THIRTEEN Christmas cake preorders before I'd even opened the shop this morning!!! \U0001F384\U0001F382 My mum has already shown it to half of Leith. I can't stop scrolling through it, the photos of the sourdough look UNREAL.

THANK YOU THANK YOU THANK YOU. Drinks are on me next time you're in Edinburgh.

Rosie x

Sent from my iPhone
""", heated=False, first_name="Rosie", note="enthusiastic caps and !!!")

add("en", ("Tom\u00e1s Ferreira", "tomas.ferreira@lumenoptics.example"),
    "GA4 / UTM / PDP checks", "2026-12-15 16:30 +0000", """\
Hi Jamie,

Small list for next sprint, nothing on fire:

- GA4: purchase events from the PDP seem counted 2x since the GTM container was updated. Can you check?
- UTM params get lost when user pass from IG to the LP (only iOS, I think)
- CTA on the PDP: can we A/B test "Add to bag" vs "Buy now"?
- SEO: FAQ pages miss meta descriptions, and the H1 is duplicated on /lenses

FYI our CMO wants a short KPI report before EOY, but no hard date.

Obrigado!
Tom\u00e1s
""", heated=False, first_name="Tom\u00e1s", note="acronyms in capitals, non-native (Portuguese)")

add("en", ("Keiko Tanaka", "k.tanaka@hanamitea.example"),
    "Fwd: Where is my order?????", "2026-12-09 11:12 +0900", """\
Hi Jamie,

Forwarding this one just so you can see what I'm dealing with. Please don't worry, it is not about the website at all. The courier lost his parcel and he is (understandably) very angry.

It did make me think, though: could we add a clearer "Track your order" link in the header and in the confirmation email? Many customers seem not to find the tracking page.

No rush, anytime this month is fine.

Thank you,
Keiko

---------- Forwarded message ---------
From: Brian Holt <bholt88@mailbox.example>
Date: Tue, Dec 8, 2026 at 10:47 PM
Subject: Where is my order?????
To: <shop@hanamitea.example>

THREE WEEKS. I paid $64 for tea that never showed up and your so-called tracking page tells me NOTHING. This is the worst online shop I have ever used. If I don't get my tea or my money back by Friday I'm reporting you to my bank and leaving a review everywhere I can.

Brian
""", heated=False, first_name="Keiko",
    note="forwarded angry customer under calm note; Friday in forward not for us")

add("en", ("Pixelgrid Weekly", "news@pixelgrid.example"),
    "\U0001F525 LAST CHANCE: 60% off every UI kit ends Monday!!!", "2026-11-26 15:00 +0000", """\
Hi there,

BLACK FRIDAY IS HERE!!! For the next 5 days, every UI kit, icon set and Figma template in the Pixelgrid store is 60% off. No code needed, the discount is applied at checkout.

This week's picks:
- Northstar Dashboard Kit: 400+ components, dark mode included
- Lumen Icons 3.0: 2,100 icons in six weights
- Slate: a wireframing kit for client workshops

The sale ends Monday 30 November at midnight PT. Don't miss it!

Happy designing,
The Pixelgrid team

You're receiving this because you signed up at pixelgrid.example.
Unsubscribe: https://pixelgrid.example/u/8f2a1c
Pixelgrid Ltd, 14 Canal Street, Bristol BS1 4XY
""", heated=False, first_name=None, html=True,
    headers={"List-Unsubscribe": "<https://pixelgrid.example/u/8f2a1c>, <mailto:unsub@pixelgrid.example?subject=8f2a1c>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
             "Precedence": "bulk", "List-Id": "Pixelgrid Weekly <weekly.pixelgrid.example>"},
    note="marketing newsletter, caps, bulk headers")

add("en", ("Daniel Okafor", "daniel.okafor@kestrelfinance.example"),
    "Automatic reply: Revised wireframes for review", "2026-12-14 09:00 +0000", """\
Thank you for your email. I am out of the office from 14 December until 5 January 2027 with no access to email.

For anything urgent relating to the website project, please contact my colleague Grace Lin (grace.lin@kestrelfinance.example). Otherwise I will respond when I'm back.

Kind regards,
Daniel Okafor
Kestrel Finance
""", heated=False, first_name="Daniel", reply=True,
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    note="out-of-office auto-reply")

add("en", ("Hugh O'Connell", "hugh@oconnellbuilders.example"),
    "Re: This is not what we agreed", "2026-11-25 17:20 +0000", """\
Jamie,

Thanks for taking the time on the phone earlier, that cleared a lot up. I was wrong about the gallery, it was in the spec all along, I just hadn't seen it on the staging link.

Go ahead with option B for the header and we'll send the project photos over the weekend.

Cheers,
Hugh

On Tue, 24 Nov 2026 at 09:12, Jamie Rivera <jamie@brightpath.example> wrote:
""" + q("""\
Hi Hugh,

I'm sorry this has been frustrating. Could we jump on a call tomorrow
afternoon? I'd like to walk through the spec together.

Jamie

On Mon, 23 Nov 2026 at 19:04, Hugh O'Connell <hugh@oconnellbuilders.example> wrote:""") + "\n" + q("""\
Jamie,

I'm honestly fuming. Where is the project gallery?? That was the ONE
thing I asked for and it's nowhere. Six weeks in and I've got a site
that shows none of our work. If this is how it's going to go I'll find
someone who can actually build what they're paid for.

Hugh""", 2) + "\n", heated=False, first_name="Hugh", reply=True,
    note="calm reply above heated quoted history; client admits misreading")

add("en", ("Aisha Rahman", "aisha@rahmanfamilylaw.example"),
    "Wrong phone number - my mistake!", "2026-12-10 12:05 -0500", """\
Hi Jamie,

I owe you an apology. A client just told me the phone number on our contact page goes to a dental clinic \U0001F605 I checked my original email to you and I'm the one who typed it wrong: 416-555-0193 should be 416-555-0139. Entirely my fault, sorry for the confusion.

Could you update it on the contact page and in the footer by Monday? It's not a crisis, the clinic has been very gracious about redirecting people.

Thanks so much,
Aisha Rahman
Rahman Family Law
""", heated=False, first_name="Aisha", deadline="2026-12-14", dl_wd="Mon",
    note="client apologises for own mistake; law firm but no threat")

add("en", ("Fatima (Greenway Community Garden)", "hello@greenwaygarden.example"),
    "Website quote question", "2026-11-17 19:30 -0600", """\
Hello Jamie,

Thank you for the call last week and for sending over the overview of your website packages. Before you put together a formal quote for us, may I ask whether you ever offer a reduced rate for non-profits? We're a volunteer-run community garden with a very small budget, and we could offer a credit line on the site or a mention in our newsletter in return.

If that's not possible, no problem at all, we'd just scale down to the basic package.

Best wishes,
Fatima
Greenway Community Garden
""", heated=False, first_name="Fatima", note="polite discount question before any price")

# ======================================================================
# GERMAN
# ======================================================================

add("de", ("Hildegard Sch\u00e4fer-Lorenz", "h.schaefer@weingut-schaefer-lorenz.example"),
    "Fehlerhafter Onlineshop \u2013 letzte Aufforderung", "2026-11-23 09:40 +0100", """\
Sehr geehrte Damen und Herren,
sehr geehrte/r Jamie Rivera,

seit der Umstellung auf den neuen Onlineshop am 9. November werden f\u00fcr Bestellungen nach \u00d6sterreich und in die Schweiz keine Versandkosten berechnet. Wir haben inzwischen 37 Pakete auf eigene Kosten verschickt. Darauf habe ich Sie bereits am 12. und am 17. November hingewiesen \u2013 eine L\u00f6sung liegt bis heute nicht vor.

Ich setze Ihnen hiermit eine letzte Frist bis Freitag, den 27. November 2026. Ist der Fehler bis dahin nicht behoben, \u00fcbergebe ich die Angelegenheit unserem Rechtsanwalt und mache den entstandenen Schaden in voller H\u00f6he geltend.

Mit freundlichen Gr\u00fc\u00dfen

Hildegard Sch\u00e4fer-Lorenz
Weingut Sch\u00e4fer-Lorenz
Rheinhessen
""", heated=True, scenario="legal_threat", also=["blame"], first_name="Hildegard",
    deadline="2026-11-27", dl_wd="Fri", note="formal Frist + Rechtsanwalt, repeated contact")

add("de", ("Deniz Kaya", "kaya@physio-kaya.example"),
    "Online-Terminbuchung \u2013 so nicht", "2026-12-02 19:05 +0100", """\
Hallo Frau/Herr Rivera,

ich bin echt sauer. Seit zwei Wochen bekommen Patienten \u00fcber die neue Online-Buchung Termine an Tagen, an denen die Praxis geschlossen ist. Letzten Samstag standen vier Leute vor verschlossener T\u00fcr, eine Patientin auf Kr\u00fccken. Das f\u00e4llt auf MICH zur\u00fcck, nicht auf Sie.

Ich will die 900 \u20ac f\u00fcr das Buchungsmodul zur\u00fcck. Und wenn sich bis Freitag niemand ernsthaft darum k\u00fcmmert, schreibe ich auf Google und Jameda genau, wem wir das zu verdanken haben. Dann k\u00f6nnen sich andere Praxen das sparen.

Deniz Kaya
Physiotherapie Kaya, K\u00f6ln-Ehrenfeld
""", heated=True, scenario="legal_threat", also=["refund_demand", "blame"],
    first_name="Deniz", deadline="2026-12-04", dl_wd="Fri",
    note="review threat + money back for booking module")

add("de", ("Pohl, Werner", "werner.pohl@mailbox.example"),
    "Abbuchung Wartungsvertrag", "2026-11-26 11:20 +0100", """\
Sehr geehrte Damen und Herren,

mit Entsetzen habe ich festgestellt, dass Sie mir erneut 240,00 EUR f\u00fcr einen sogenannten "Wartungsvertrag" abgebucht haben. Ich habe diesen Vertrag NIE verl\u00e4ngert und auch keinerlei Leistung erhalten. Meine Homepage (Familienchronik) wurde seit einem Jahr nicht angefasst.

Ich k\u00fcndige hiermit fristlos. Sollte der Betrag nicht bis zum 10.12.2026 auf meinem Konto sein, schalte ich die Verbraucherzentrale ein. Ich lasse mich nicht abzocken!!

Hochachtungsvoll
W. Pohl
""", heated=True, scenario="legal_threat", also=["refund_demand"], first_name="Werner",
    deadline="2026-12-10", dl_wd="Thu",
    note="consumer-authority threat + refund; 'Last, First' From")

add("de", ("Kalle Mertens", "kalle@fleischerei-mertens.example"),
    "Rechnung 2026-087", "2026-11-20 07:12 +0100", """\
Moin Jamie,

ick hab mir die Rechnung anjekiekt und ehrlich jesagt: nee. Dit war so nich abjemacht. Die Seite sieht aus wie von 2009, die Fotos von unserer Theke sind dunkel wie im Keller, und der Mittagstisch steht immer noch mit den Preisen vom Sommer drin.

Die 1.850 Euro zahl ick so nich. Und die Anzahlung h\u00e4tt ick ooch jerne wieder, f\u00fcr dit Jeld h\u00e4tt mir mein Neffe dit ooch zusammenjeklickt.

Kalle
Fleischerei Mertens seit 1961
""", heated=True, scenario="refund_demand", also=["blame", "general_dissatisfaction"],
    first_name="Kalle", note="Berlin dialect, refuses invoice, wants deposit back")

add("de", ("Beat Z\u00fcrcher", "b.zuercher@zuercher-uhren.example"),
    "Rechnung Nr. 2026-118 - Beanstandung", "2026-12-08 16:45 +0100", """\
Gr\u00fcezi Jamie

Ich habe Ihre Rechnung Nr. 2026-118 erhalten und muss diese beanstanden. Verrechnet werden 14 Stunden f\u00fcr "Anpassungen Produktseiten". Vereinbart war gem\u00e4ss Offerte vom 2. Oktober ein Pauschalpreis von CHF 6'400.-, Anpassungen inbegriffen.

Diese Rechnung werde ich nicht bezahlen. Bitte stellen Sie mir eine korrigierte Rechnung gem\u00e4ss Offerte zu. Ehrlich gesagt bin ich entt\u00e4uscht, dass ich Sie auf so etwas \u00fcberhaupt hinweisen muss.

Freundliche Gr\u00fcsse

Beat Z\u00fcrcher
Z\u00fcrcher Uhrenmanufaktur GmbH
Biel/Bienne
""", heated=True, scenario="refund_demand", first_name="Beat", charset="iso-8859-1",
    note="Swiss German, disputes invoice hours; ISO-8859-1")

add("de", ("Sepp Huber", "sepp@landgasthof-huber.example"),
    "Gutschein-Shop geht nimmer!!!", "2026-12-12 22:30 +0100", """\
Servus Jamie,

der Gutschein-Shop geht seit heit Nachmittag nimmer, da kimmt blo\u00df a wei\u00dfe Seitn. Ausgerechnet jetzt vor Weihnachten, wo a jeder Gutscheine kaffa mog!!!

Des is eindeutig vo eierm Update letzte Woch. Vorher is ois glaffa. I hob heid blo\u00df des Kalender-Plugin installiert, des uns der Schorsch empfohln hod, aber des ko's ja ned sei.

Schaugts bittsch\u00f6n, dass des morgen fr\u00fch wieder lafft.

Sepp Huber
Landgasthof Huber, Aschau
""", heated=True, scenario="blame", first_name="Sepp",
    deadline="2026-12-13", dl_wd="Sun",
    note="Bavarian dialect; blames our update, likely their own plugin")

add("de", ("Dr. Annette Vogelsang", "vogelsang@stb-vogelsang.example"),
    "Kontaktformular \u2013 fehlende Anfragen", "2026-11-17 08:15 +0100", """\
Guten Tag,

wie wir heute erfahren mussten, wurden seit dem Relaunch Ende Oktober s\u00e4mtliche Anfragen \u00fcber das Kontaktformular nicht an unsere Kanzlei weitergeleitet. Zwei Mandanten haben uns telefonisch darauf angesprochen, dass auf ihre Anfragen nie reagiert wurde; einer davon hat sich inzwischen f\u00fcr eine andere Kanzlei entschieden.

Ein derart grundlegender Fehler h\u00e4tte bei einer ordentlichen Abnahmepr\u00fcfung Ihrerseits auffallen m\u00fcssen. Ich gehe davon aus, dass Sie den Vorgang vollst\u00e4ndig aufkl\u00e4ren und uns mitteilen, wie viele Anfragen betroffen sind.

Mit freundlichen Gr\u00fc\u00dfen

Dr. Annette Vogelsang
Steuerberaterin
Kanzlei Vogelsang & Partner mbB
""", heated=True, scenario="blame", first_name="Annette", html=True,
    note="formal, icy blame for lost contact-form mails; multipart")

add("de", ("Mag. Florian Gruber", "f.gruber@alpenhof-gruber.example"),
    "AW: Angebot Website-Relaunch Alpenhof", "2026-12-03 14:30 +0100", """\
Gr\u00fc\u00df Gott Jamie,

nach R\u00fccksprache mit meiner Frau und unserem Steuerberater muss ich beim Angebot leider nochmal nachverhandeln. Ja, ich habe es unterschrieben \u2013 aber 11.900 Euro sind f\u00fcr einen Familienbetrieb mit 24 Zimmern schlicht nicht darstellbar. Die Agentur in Innsbruck, die auch den Gasthof Post gemacht hat, w\u00fcrde das Ganze um rund 8.000 machen.

Wenn Sie uns auf 9.000 entgegenkommen, bleiben wir gerne bei Ihnen. Sonst m\u00fcssten wir heuer leider noch wechseln, bevor im J\u00e4nner die Arbeit beginnt.

Mit besten Gr\u00fc\u00dfen aus dem Zillertal
Florian Gruber
Hotel Alpenhof ****

Von: Jamie Rivera <jamie@brightpath.example>
Gesendet: Montag, 30. November 2026 09:12
An: Florian Gruber <f.gruber@alpenhof-gruber.example>
Betreff: Angebot Website-Relaunch Alpenhof

Hallo Herr Gruber,

vielen Dank f\u00fcr die Unterschrift! Anbei die Projektplanung: Start am 11. J\u00e4nner, Go-live Ende M\u00e4rz. Das unterschriebene Angebot \u00fcber 11.900 Euro liegt uns vor.

Viele Gr\u00fc\u00dfe
Jamie Rivera
""", heated=True, scenario="price_pushback", first_name="Florian", reply=True,
    note="Austrian, polite haggling after signature with switch threat; 'Mag.' title")

add("de", ("Svenja Brandtner", "svenja@brandtner-moebel.example"),
    "Messe-Shop MORGEN", "2026-11-30 17:50 +0100", """\
Hi Jamie,

kurzfristige Plan\u00e4nderung: Wir stellen ab Mittwoch doch auf der Messe in Frankfurt aus und ich brauche bis morgen um 8 Uhr einen funktionierenden Onlineshop mit allen 200 Produkten, Varianten, PayPal und Klarna. Die QR-Codes f\u00fcr die Messewand gehen heute Abend in den Druck, die zeigen schon auf shop.brandtner.example.

Mir ist klar, dass das sportlich ist. Aber das MUSS klappen, ich habe keinen Plan B.

Svenja
""", heated=True, scenario="unrealistic_demand", first_name="Svenja",
    deadline="2026-12-01", dl_wd="Tue", note="full shop overnight")

add("de", ("Uwe Kasischke", "vorstand@tsv-gruenwettersbach.example"),
    "Noch ein paar Sachen f\u00fcr die Vereinsseite", "2026-11-22 21:03 +0100", """\
Hallo Jamie,

danke erstmal f\u00fcr die neue Seite, die Mitglieder finden sie gut. Jetzt kommen noch ein paar Sachen dazu, die wir im Vorstand besprochen haben:

- ein gesch\u00fctzter Mitgliederbereich mit Login
- Online-Anmeldung f\u00fcr alle Kurse inkl. Lastschrift
- die komplette Vereinschronik seit 1921 (hab ca. 300 eingescannte Seiten)
- ein Newsletter-Tool

Das geh\u00f6rt doch alles zu einer Vereinsseite dazu, oder? Ich versteh ehrlich gesagt nicht, warum du jetzt bei jeder Kleinigkeit mit einem Nachtragsangebot kommst!! Wir sind ein gemeinn\u00fctziger Verein und keine Bank. Das muss im vereinbarten Preis drin sein.

Sportliche Gr\u00fc\u00dfe
Uwe
""", heated=True, scenario="scope_creep", first_name="Uwe",
    note="sports club wants big extras in agreed price")

add("de", ("Prof. Dipl.-Ing. R\u00fcdiger Albrecht", "albrecht@albrecht-architekten.example"),
    "Re: Typografie-Vorschlag", "2026-12-09 19:40 +0800", """\
Jamie,

mit Verlaub: Die vorgeschlagene Schrift ist eine Zumutung. Dass Sie mir ernsthaft eine serifenlose Allerweltsschrift "f\u00fcr bessere Lesbarkeit am Bildschirm" empfehlen, zeigt mir, dass bei Ihnen offenbar niemand mit typografischem Grundverst\u00e4ndnis am Projekt sitzt. Ich unterrichte seit zwanzig Jahren Gestaltung.

Wir verwenden die Garamond, wie in meinem Briefing festgelegt. Auch die von Ihnen empfohlene "luftige" Navigation k\u00f6nnen Sie streichen. Ich erwarte, dass meine Vorgaben umgesetzt und nicht kommentiert werden.

R. Albrecht

Albrecht Architekten BDA, Dresden
z. Zt. Singapur

Am Mo., 7. Dez. 2026 um 16:22 Uhr schrieb Jamie Rivera <jamie@brightpath.example>:
""" + q("""\
Guten Tag Herr Albrecht,

anbei zwei Schriftvarianten. Wir empfehlen Variante B (serifenlos),
weil sie auf kleinen Bildschirmen deutlich besser lesbar ist; die
Garamond w\u00fcrden wir f\u00fcr \u00dcberschriften einsetzen. Entscheiden Sie
gern, was Ihnen lieber ist.

Viele Gr\u00fc\u00dfe
Jamie Rivera""") + "\n", heated=True, scenario="doubts_expertise", first_name="R\u00fcdiger",
    reply=True, note="rejects recommendation, questions team's competence; long title")

add("de", ("Katrin Wagenknecht", "k.wagenknecht@blumen-wagenknecht.example"),
    "Wieso noch eine Rechnung?!", "2026-12-04 10:50 +0100", """\
Hallo Jamie,

ich habe eben eine Rechnung \u00fcber 1.450 \u20ac von euch bekommen und bin gerade ziemlich fassungslos. Wir hatten 2.900 \u20ac f\u00fcr die komplette Seite vereinbart, FESTPREIS, und jetzt kommt da einfach noch was obendrauf?! Von Zusatzkosten war nie die Rede. So geht man mit Kunden nicht um.

Bevor hier irgendwas \u00fcberwiesen wird, will ich wissen, was das soll.

Katrin
Blumen Wagenknecht
""", heated=True, scenario="misunderstanding", first_name="Katrin",
    note="reads the 50% instalment of the agreed fixed price as an extra charge")

add("de", ("Moritz Eberle", "m.eberle@brauerei-eberle.example"),
    "Zwischenstand", "2026-12-17 15:05 +0100", """\
Hallo Jamie,

sch\u00f6n, dass wenigstens die Rechnung p\u00fcnktlich kam.

Ansonsten: Der neue Auftritt ist ... okay. Nicht schlecht, nicht gut, einfach okay. F\u00fcr das, was wir uns vorgestellt hatten, ist das ziemlich wenig. Die Begeisterung im Team h\u00e4lt sich jedenfalls in Grenzen, und ehrlich gesagt bei mir auch.

Gru\u00df
Moritz
""", heated=True, scenario="general_dissatisfaction", first_name="Moritz",
    note="sarcastic opener, vague disappointment")

add("de", ("Autohaus Reinhardt GmbH - Marketing", "marketing@autohaus-reinhardt.example"),
    "AW: Neue Fahrzeugseiten", "2026-12-11 13:58 +0100", """\
Wenn die Fahrzeugseiten bis Mittwoch nicht online sind, suchen wir uns eine andere Agentur.

Von meinem iPhone gesendet

-----Urspr\u00fcngliche Nachricht-----
Von: Jamie Rivera <jamie@brightpath.example>
Gesendet: Mittwoch, 9. Dezember 2026 17:30
An: Marketing Autohaus Reinhardt <marketing@autohaus-reinhardt.example>
Betreff: Neue Fahrzeugseiten

Hallo zusammen,

die Fahrzeugseiten verschieben sich leider um ein paar Tage, weil der Datenexport aus Ihrem DMS noch nicht vollst\u00e4ndig bei uns angekommen ist. Wir melden uns mit einem neuen Termin.

Viele Gr\u00fc\u00dfe
Jamie
""", heated=True, scenario="general_dissatisfaction", first_name=None, reply=True,
    deadline="2026-12-16", dl_wd="Wed", note="one-line ultimatum to switch agency; company From")

# ---- German calm ----

add("de", ("StatusW\u00e4chter", "alerts@statuswaechter.example"),
    "[DOWN] praxis-kaya.example ist NICHT ERREICHBAR", "2026-11-29 03:17 +0100", """\
Monitor-Alarm

Monitor:   praxis-kaya.example (HTTPS)
Status:    DOWN
Seit:      29.11.2026 03:12 MEZ
Fehler:    HTTP 503 Service Unavailable
Pr\u00fcfort:  Frankfurt, Amsterdam

Wir benachrichtigen Sie erneut, sobald der Monitor wieder UP ist.

Diese E-Mail wurde automatisch erzeugt. Benachrichtigungen verwalten: https://statuswaechter.example/einstellungen
""", heated=False, first_name=None,
    headers={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"},
    note="automated uptime alert with caps")

add("de", ("Ingrid Lammers", "ingrid@lammers-hoerakustik.example"),
    "Feedback zum Entwurf", "2026-11-24 11:30 +0100", """\
Hallo Jamie,

vielen Dank f\u00fcr den ersten Entwurf, der gef\u00e4llt uns im Gro\u00dfen und Ganzen richtig gut. Zwei Punkte h\u00e4tten wir:

1. Die Schrift im Flie\u00dftext ist f\u00fcr unsere Kundschaft (viele \u00fcber 65) etwas klein. K\u00f6nnte man sie eine Stufe gr\u00f6\u00dfer machen?
2. Der Button "Termin vereinbaren" geht im hellen Blau etwas unter. Vielleicht kr\u00e4ftiger oder in unserem Orange?

Ansonsten: weiter so! Die Bildauswahl ist toll.

Herzliche Gr\u00fc\u00dfe aus Bremen
Ingrid Lammers
""", heated=False, first_name="Ingrid", note="constructive mild criticism")

add("de", ("Jonas Winkler", "j.winkler@winkler-logistik.example"),
    "AVV / DSGVO \u2013 kurzer Stand", "2026-12-02 10:00 +0100", """\
Hallo Jamie,

kurzer Zwischenstand: Unsere Rechtsabteilung pr\u00fcft gerade den AVV nach Art. 28 DSGVO. Das ist bei uns f\u00fcr jeden Dienstleister Standard, also kein Grund zur Sorge. Unser Justiziar hat nur eine Frage zu den Subunternehmern (Hosting, CDN): Kannst du mir eine Liste schicken, wo welche Daten liegen (EU/Drittland)?

Bis zum 11.12. br\u00e4uchten wir sie, dann geht der Vertrag in die GF-Sitzung.

Viele Gr\u00fc\u00dfe
Jonas Winkler
IT-Leitung | Winkler Logistik GmbH & Co. KG
""", heated=False, first_name="Jonas", deadline="2026-12-11", dl_wd="Fri",
    note="neutral legal review, acronyms, dated request")

add("de", ("Marlene Ostermann", "m.ostermann@ostermann-yoga.example"),
    "Stornierung Workshop-Paket", "2026-11-16 14:22 +0100", """\
Hallo Jamie,

leider muss ich das gebuchte Workshop-Paket (Buchung vom 10.11.) stornieren. Mein Mann hat ein Jobangebot in Hamburg bekommen und wir ziehen im Januar um, das Studio wird es in dieser Form nicht mehr geben.

Laut euren AGB (Punkt 7.2) ist eine kostenfreie Stornierung innerhalb von 14 Tagen nach Buchung m\u00f6glich. Ich w\u00e4re dankbar, wenn ihr mir die Anzahlung von 600 EUR auf das bekannte Konto zur\u00fcck\u00fcberweisen k\u00f6nntet.

Es tut mir wirklich leid, ich hatte mich sehr auf die Zusammenarbeit gefreut.

Liebe Gr\u00fc\u00dfe
Marlene
""", heated=False, first_name="Marlene", charset="iso-8859-1",
    note="polite refund under AGB cancellation clause; ISO-8859-1")

add("de", ("Thomas Brenner", "thomas.brenner@brenner-immobilien.example"),
    "Automatische Antwort: Expos\u00e9-Vorlagen", "2026-12-21 08:05 +0100", """\
Vielen Dank f\u00fcr Ihre Nachricht.

Ich bin bis einschlie\u00dflich 6. Januar 2027 nicht im B\u00fcro und habe nur eingeschr\u00e4nkt Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden F\u00e4llen wenden Sie sich bitte an Frau Sabine Kern, Tel. 089 555 201-14, kern@brenner-immobilien.example.

Mit freundlichen Gr\u00fc\u00dfen
Thomas Brenner
Brenner Immobilien GmbH
""", heated=False, first_name="Thomas", reply=True, headers=OOO,
    note="out-of-office")

add("de", ("Claudia Reuter", "claudia@reuter-kinderschuhe.example"),
    "WG: Ihre Lieferung \u2013 absolute Frechheit", "2026-11-19 16:10 +0100", """\
Hi Jamie,

nur zur Info, damit ihr wisst, was bei uns gerade los ist. Die Kundin ist zu Recht sauer, aber das liegt am Versanddienstleister, nicht an euch oder am Shop.

Eine Frage h\u00e4tte ich trotzdem: K\u00f6nnen wir auf der Versandseite einen Hinweis einbauen, dass es in der Vorweihnachtszeit 2\u20133 Tage l\u00e4nger dauern kann? Gern bis zum 1. Dezember, dann startet unser Adventskalender.

Danke dir!
Claudia

---------- Weitergeleitete Nachricht ---------
Von: Sabine Kr\u00fcger <sabine.krueger@webpost.example>
Date: Mi., 18. Nov. 2026 um 21:34 Uhr
Subject: Ihre Lieferung \u2013 absolute Frechheit
To: <info@reuter-kinderschuhe.example>


Ich habe vor ZWEI WOCHEN Winterstiefel f\u00fcr meine Tochter bestellt und bis heute NICHTS. Auf Mails antwortet keiner. Wenn die Stiefel nicht bis Samstag da sind, storniere ich und Sie sehen mich nie wieder. Unglaublich, dieser Laden!!!
""", heated=False, first_name="Claudia", deadline="2026-12-01", dl_wd="Tue",
    note="forwarded angry customer under calm note; Samstag in forward is not ours")

add("de", ("Apotheke am Markt", "info@apotheke-am-markt.example"),
    "DRINGEND: Feiertags-\u00d6ffnungszeiten", "2026-12-14 08:20 +0100", """\
Guten Morgen,

eilt ein bisschen, ist aber kein Drama: K\u00f6nnten Sie bitte bis Freitag, 18.12., unsere \u00d6ffnungszeiten f\u00fcr die Feiertage auf der Startseite erg\u00e4nzen?

24.12.: 8\u201312 Uhr
25./26.12.: geschlossen (Notdienst siehe aponet)
31.12.: 8\u201313 Uhr

Vielen Dank und eine ruhige Adventszeit!
Ihr Team der Apotheke am Markt
""", heated=False, first_name=None, deadline="2026-12-18", dl_wd="Fri",
    note="calm 'DRINGEND', company From")

add("de", ("Hakan Y\u0131ld\u0131z", "h.yildiz@yildiz-bau.example"),
    "AW: Das geht so nicht!", "2026-12-01 18:40 +0100", """\
Hallo Jamie,

danke f\u00fcr das Telefonat vorhin und sorry f\u00fcr meinen Ton letzte Woche, da war bei uns auf der Baustelle einiges los. Mit der L\u00f6sung (Referenzen als Slider, Leistungen als Liste) bin ich einverstanden. Macht so weiter.

Gru\u00df
Hakan

Y\u0131ld\u0131z Bau GmbH | Gelsenkirchen
Gesendet von Outlook f\u00fcr Android

________________________________
Von: Jamie Rivera <jamie@brightpath.example>
Gesendet: Freitag, 27. November 2026 10:15
An: Hakan Y\u0131ld\u0131z <h.yildiz@yildiz-bau.example>
Betreff: AW: Das geht so nicht!

Hallo Hakan,

das tut mir leid, ich verstehe den \u00c4rger. K\u00f6nnen wir Montag oder Dienstag kurz telefonieren?

Viele Gr\u00fc\u00dfe
Jamie

________________________________
Von: Hakan Y\u0131ld\u0131z <h.yildiz@yildiz-bau.example>
Gesendet: Donnerstag, 26. November 2026 22:51
An: Jamie Rivera <jamie@brightpath.example>
Betreff: Das geht so nicht!

Jamie, das ist doch nicht euer Ernst. Unsere Referenzen sind KOMPLETT verschwunden, die Seite sieht aus wie ne Baustelle, und ich hab gestern zwei Kunden den Link geschickt. Peinlich ohne Ende. Wenn das so weitergeht, war's das mit uns.
""", heated=False, first_name="Hakan", reply=True,
    note="calm reply above heated quoted history (Outlook)")

add("de", ("Mia Feldhaus", "mia@feldhaus-hochzeiten.example"),
    "OMG \U0001F60D\U0001F60D\U0001F60D", "2026-12-05 11:11 +0100", """\
JAMIE!!!

Ich hab die neue Seite gerade meiner Mama gezeigt und sie hat GEWEINT (vor Freude!!!). Die Galerie ist der absolute WAHNSINN, die Farben, die Schrift, einfach alles!!! \U0001F979\U0001F48D

Seit gestern Abend schon drei Anfragen f\u00fcr 2027. DREI! Ihr seid die Besten, ehrlich.

Tausend Dank & ganz liebe Gr\u00fc\u00dfe
Mia \U0001F49B

Von meinem iPhone gesendet
""", heated=False, first_name="Mia", note="enthusiastic caps, emoji")

add("de", ("J\u00fcrgen Stoll", "juergen@stoll-sanitaer.example"),
    "Falsche Preisliste - mein Fehler", "2026-11-25 07:05 +0100", """\
Moin Jamie,

sorry, da hab ich Mist gebaut. Die Preisliste, die ich dir letzte Woche geschickt habe, war die alte von 2025. Deshalb stimmen die Preise f\u00fcr die Wartungspakete auf der Seite nicht. Ihr habt alles richtig eingebaut, der Fehler lag bei mir.

Die richtige Liste h\u00e4ngt an. Kannst du die bis Donnerstag austauschen? Am Freitag geht unser Mailing raus.

Danke und Gru\u00df
J\u00fcrgen

Stoll Sanit\u00e4r & Heizung
Meisterbetrieb seit 1987
""", heated=False, first_name="J\u00fcrgen", charset="iso-8859-1",
    deadline="2026-11-26", dl_wd="Thu", note="client admits own mistake; ISO-8859-1")

add("de", ("Selin Ayd\u0131n", "selin@aydin-kosmetik.example"),
    "Anfrage Website f\u00fcr Kosmetikstudio", "2026-12-10 20:15 +0100", """\
Hallo Jamie,

ich er\u00f6ffne im Februar mein eigenes Kosmetikstudio in Mannheim und bin \u00fcber eine Empfehlung auf euch gesto\u00dfen. Bevor ich ein Angebot anfrage, eine vielleicht etwas freche Frage: Gebt ihr Rabatt f\u00fcr Existenzgr\u00fcnderinnen? Mein Budget ist am Anfang nat\u00fcrlich begrenzt.

Falls nicht, ist das v\u00f6llig in Ordnung, dann w\u00fcrde ich mit einer kleineren Seite starten und sp\u00e4ter erweitern.

Liebe Gr\u00fc\u00dfe
Selin
""", heated=False, first_name="Selin", note="discount question before any quote")

# ======================================================================
# DANISH
# ======================================================================

add("da", ("Mette Kj\u00e6rgaard", "mette@kjaergaard-tand.example"),
    "Patientdata p\u00e5 Google??", "2026-12-01 15:40 +0100", """\
Hej Jamie

Jeg er \u00e6rlig talt rystet. En patient ringede i morges og fortalte, at man kan finde navne og telefonnumre fra vores online-booking, hvis man s\u00f8ger p\u00e5 Google. Det er persondata, og det er jeres system.

Jeg har orienteret vores advokat, og hun er i gang med at se p\u00e5 jeres ansvar i forhold til databehandleraftalen. Indtil videre forventer jeg, at siderne bliver fjernet fra Google, og at hullet er lukket senest mandag d. 7. december. Ellers g\u00e5r vi videre med sagen.

Mette Kj\u00e6rgaard
Klinikchef, Kj\u00e6rgaard Tandklinik
""", heated=True, scenario="legal_threat", also=["blame"], first_name="Mette",
    deadline="2026-12-07", dl_wd="Mon", note="lawyer involved over data leak, dated ultimatum")

add("da", ("Nikolaj Holm", "nikolaj@odense-cykelcenter.example"),
    "Priserne p\u00e5 el-cyklerne er forkerte!!", "2026-11-28 10:05 +0100", """\
Jamie, hvad sker der??

Alle el-cyklerne st\u00e5r til 4.999 kr. i webshoppen i stedet for 14.999. Folk har bestilt 11 stk siden i g\u00e5r aftes. Det er JER der har lavet importen, og jeg har ikke r\u00f8rt noget.

Det skal rettes i dag, ikke mandag. Og hvis jeg ender med at s\u00e6lge cykler med tab, kommer der en anmeldelse p\u00e5 Trustpilot, som I ikke bliver glade for.

Nikolaj
Odense Cykelcenter

Sendt fra min iPhone
""", heated=True, scenario="legal_threat", also=["blame"], first_name="Nikolaj",
    deadline="2026-11-28", dl_wd="Sat",
    note="Trustpilot threat; 'fix it today' is a work deadline")

add("da", ("Anders B\u00f8gh", "anders@boegh-toemrer.example"),
    "\u00e6 hjemmeside", "2026-11-19 06:30 +0100", """\
Hej Jamie

Nu ska do h\u00f8re. \u00c6 hjemmeside I har lavet, den duer sgu ikk. Billederne af vores tagarbejde er helt m\u00f8rke, telefonnummeret st\u00e5r forkert p\u00e5 kontaktsiden, og min kone siger at den ser ud som noget fra et kommunekontor.

Vi vil ikk ha lappet p\u00e5 den. Det hele ska laves om fra bunden, og det ska I ta jer af uden at sende en ny regning, for det er jeres arbejde der er galt.

Ring lige til mig i dag, jeg er p\u00e5 pladsen hele dagen.

Anders
B\u00f8gh T\u00f8mrer & Snedker ApS
Tlf. 20 55 18 40
""", heated=True, scenario="legal_threat", also=["blame", "general_dissatisfaction"],
    first_name="Anders", charset="iso-8859-1",
    note="Jutland dialect, demands full redo free; 'call me today' is not a work deadline; ISO-8859-1")

add("da", ("Signe Ravn", "signe@ravnkeramik.example"),
    "Jeg er f\u00e6rdig med det her", "2026-12-06 21:15 +0100", """\
Hej Jamie,

Jeg har t\u00e6nkt over det hele weekenden, og jeg m\u00e5 bare sige det som det er: Jeg fortryder, at jeg valgte jer. Webshoppen viser stadig ikke glasurfarverne rigtigt, halvdelen af mine kunder skriver og sp\u00f8rger, om den bl\u00e5 sk\u00e5l i virkeligheden er gr\u00f8n, og jeg har brugt flere aftener p\u00e5 at forklare det end p\u00e5 at dreje.

Jeg vil gerne have de 12.000 kr. tilbage, som jeg har betalt. Resten af fakturaen betaler jeg ikke. Jeg har ikke lyst til at k\u00e6mpe om det, jeg vil bare gerne videre.

Signe
Ravn Keramik \u00b7 Gudhjem
""", heated=True, scenario="refund_demand", also=["blame", "general_dissatisfaction"],
    first_name="Signe", note="wants money back, won't pay rest; resigned tone")

add("da", ("Sara Lind \u00b7 Caf\u00e9 Mokka", "sara@cafemokka.example"),
    "SV: Faktura 1147", "2026-11-18 12:02 +0100", """\
Nej. Den faktura betaler jeg ikke.

Vi aftalte 3 sider og en menu. Der st\u00e5r 9 timers "ekstra justeringer" p\u00e5, som ingen har bedt om. Send en ny.

Sara

Fra: Jamie Rivera <jamie@brightpath.example>
Sendt: 17. november 2026 16:20
Til: Sara Lind <sara@cafemokka.example>
Emne: Faktura 1147

Hej Sara

Hermed faktura 1147 for hjemmesiden. Betalingsfrist 14 dage.

Venlig hilsen
Jamie
""", heated=True, scenario="refund_demand", first_name="Sara", reply=True,
    note="curt invoice dispute; name + business in From")

add("da", ("R\u00fani Joensen", "runi@joensen-fisk.example"),
    "Ordrer forsvundet", "2026-11-30 08:20 +0000", """\
G\u00f3\u00f0an dag Jamie

I weekenden er der kommet mindst 14 ordrer ind fra kunder i Danmark og Tyskland, men de er ikke kommet over i vores lagersystem. Vi har kun opdaget det, fordi en kunde i Hamburg ringede og spurgte, hvor hans fisk blev af.

Det er tredje gang siden oktober, at integrationen svigter, og hver gang har I sagt, at nu var den stabil. Det er jer, som har bygget den, og det er jer, som m\u00e5 st\u00e5 for det. Vi kan ikke have det s\u00e5dan midt i h\u00f8js\u00e6sonen.

Venlig hilsen
R\u00fani Joensen
Joensen Fisk Sp/f, T\u00f3rshavn
""", heated=True, scenario="blame", first_name="R\u00fani",
    note="Faroese sender (UTC+0), repeated integration failure")

add("da", ("Louise Thygesen", "louise@lilleboutique.example"),
    "Julekampagne + et par ting", "2026-12-10 13:10 +0100", """\
Hej Jamie!

Tusind tak for de nye bannere til julekampagnen, de er s\u00e5 fine \U0001F384 Kunderne i butikken har ogs\u00e5 lagt m\u00e6rke til dem.

Et par ting:
- Kan vi f\u00e5 gavekort som produkt i webshoppen? Det haster ikke.
- Nyhedsbrevet sender jeg selv d. 14., s\u00e5 det skal I ikke t\u00e6nke p\u00e5.
- Og s\u00e5 lige en ting, jeg er ret irriteret over: Vi er r\u00f8get helt ud af Google p\u00e5 "kjoler Aarhus", fordi der ikke blev lavet redirects fra de gamle sider, da I flyttede shoppen. Det burde I alts\u00e5 have haft styr p\u00e5.

Ellers alt godt herfra, gl\u00e6der mig til at se det nye forsidedesign!

Knus
Louise
""", heated=True, scenario="blame", first_name="Louise",
    note="friendly mail, heat in one bullet; the 14th is her own task")

add("da", "kv@vinther-arkitekter.example",
    "Prisen", "2026-11-24 10:45 +0100", """\
Hej Jamie

Jeg har vendt tilbuddet med min partner igen. Vi skrev under p\u00e5 38.000 kr., men n\u00e5r jeg ser det p\u00e5 papir, er det simpelthen for meget for det, vi f\u00e5r. Kan I g\u00f8re det for 30.000? Ellers er jeg n\u00f8dt til at kigge efter et andet bureau, og jeg har faktisk allerede f\u00e5et et par tilbud.

Jeg h\u00e5ber, vi kan finde ud af det.

Mvh
Kasper Vinther
Vinther Arkitekter
""", heated=True, scenario="price_pushback", first_name=None,
    note="wants cut after signing, polite walk-away threat; bare address")

add("da", ("Emil Damgaard", "emil@damgaard-sport.example"),
    "Black Friday-shop p\u00e5 fredag!!", "2026-11-25 14:00 +0100", """\
Hej,

Vi har besluttet at k\u00f8re Black Friday alligevel. Jeg skal bruge en helt ny kampagneside med nedt\u00e6lling, 300 produkter med nye priser, gratis fragt-logik og en popup med rabatkode - live p\u00e5 fredag kl. 00.01.

Jeg ved godt, det er i overmorgen, men det er jo bare at s\u00e6tte nogle priser ned?? Det kan ikke passe, at det skal tage en uge.

Emil Damgaard
Indehaver, Damgaard Sport
""", heated=True, scenario="unrealistic_demand", first_name="Emil",
    deadline="2026-11-27", dl_wd="Fri", note="Black Friday campaign in two days")

add("da", ("birgitte lund", "birgitte@lundrejser.example"),
    "Sprogversioner og booking", "2026-12-04 09:25 +0100", """\
Hej Jamie

Super at siden snart er klar. Vi har snakket om det i g\u00e5r, og vi skal selvf\u00f8lgelig ogs\u00e5 have en engelsk og en tysk version, da mange af vores kunder er turister. Og s\u00e5 en booking-kalender til vores busture og lige et kort med alle stop.

Det m\u00e5 vel v\u00e6re med i prisen, n\u00e5r I nu alligevel er i gang? Det er lidt tr\u00e6ls, hvis alt hele tiden skal v\u00e6re et "till\u00e6g". Vi havde regnet med, at det var en samlet pakke. Det hele skal gerne v\u00e6re klar, til vi \u00e5bner for bookinger fredag d. 15. januar.

Hilsen
Birgitte
Lund Rejser
""", heated=True, scenario="scope_creep", first_name="Birgitte",
    deadline="2027-01-15", dl_wd="Fri", note="lower-case name; extras expected in price")

add("da", ("Henrik St\u00e6r", "henrik@staer-revision.example"),
    "SV: Valg af platform", "2026-12-14 19:45 +0100", """\
Hej Jamie

Min s\u00f8n, som l\u00e6ser datalogi p\u00e5 DTU, har kigget p\u00e5 jeres forslag og siger, at det system, I vil bruge, er for\u00e6ldet og usikkert. S\u00e5 jeg m\u00e5 sp\u00f8rge: Har I overhovedet styr p\u00e5 det her? Jeg betaler jo for r\u00e5dgivning fra nogen, der ved mere end en studerende.

Jeg vil have, at I bruger det, han foresl\u00e5r, og s\u00e5 m\u00e5 I s\u00e6tte jer ind i det.

Henrik St\u00e6r
St\u00e6r Revision ApS

Den fre. 11. dec. 2026 kl. 14.05 skrev Jamie Rivera <jamie@brightpath.example>:
""" + q("""\
Hej Henrik

Som aftalt kommer her vores anbefaling: Vi foresl\u00e5r at bygge siden
p\u00e5 samme CMS som jeres intranet, s\u00e5 jeres medarbejdere kun skal l\u00e6re
\u00e9t system. Sig endelig til, hvis I har andre \u00f8nsker.

Venlig hilsen
Jamie""") + "\n", heated=True, scenario="doubts_expertise", first_name="Henrik",
    reply=True, note="son's opinion overrides our recommendation")

add("da", ("Camilla Frost", "camilla@frostfilm.example"),
    "Er det seri\u00f8st det endelige logo??", "2026-11-18 11:30 +0100", """\
Hej Jamie

Jeg har lige \u00e5bnet filen, og er det virkelig det f\u00e6rdige logo? Det er jo helt sl\u00f8ret, og der st\u00e5r et stort "UDKAST" hen over det! Det kan vi da ikke s\u00e6tte p\u00e5 vores film. Og det kom oven i k\u00f8bet to dage senere end aftalt.

Jeg skal bruge det rigtige logo senest fredag, hvor vi har premiere.

Camilla
Frost Film
""", heated=True, scenario="misunderstanding", also=["blame"], first_name="Camilla",
    deadline="2026-11-20", dl_wd="Fri",
    note="takes watermarked low-res preview for final; also blames real 2-day delay")

add("da", ("L\u00e6rke Juul", "laerke@juul-interior.example"),
    "Feedback", "2026-12-17 10:00 +0100", """\
Hej Jamie

Jeg har kigget p\u00e5 de nye forslag sammen med Mads. Vi er ikke begejstrede. Helt \u00e6rligt. Farverne er kedelige, teksterne er stive, og forsiden ligner noget, vi har set hundrede gange f\u00f8r. Det er bare ikke godt nok i forhold til det, vi havde h\u00e5bet p\u00e5.

/L\u00e6rke
""", heated=True, scenario="general_dissatisfaction", first_name="L\u00e6rke",
    note="blunt negative feedback, no specific ask")

add("da", ("Tobias Kragh", "tobias@kragh-el.example"),
    "SV: SV: SV: Manglende billeder p\u00e5 referencesiden", "2026-12-08 08:55 +0100", """\
Tak for det lynhurtige svar, Jamie. Fem hverdage, det m\u00e5 v\u00e6re en rekord.

Billederne p\u00e5 referencesiden mangler stadig. Jeg har skrevet om det tre gange nu. Er der en chef eller en anden, jeg kan tale med? For det her f\u00f8rer ingen vegne. De skal v\u00e6re oppe senest onsdag.

Tobias Kragh
Kragh El-service

Fra: Jamie Rivera <jamie@brightpath.example>
Sendt: 7. december 2026 15:31
Til: Tobias Kragh <tobias@kragh-el.example>
Emne: SV: SV: Manglende billeder p\u00e5 referencesiden

Hej Tobias

Undskyld ventetiden. Vi kigger p\u00e5 det.

Venlig hilsen
Jamie
""", heated=True, scenario="blame", also=["general_dissatisfaction"],
    first_name="Tobias", reply=True, deadline="2026-12-09", dl_wd="Wed",
    note="sarcasm about slow reply, chasing, asks for the boss")

# ---- Danish calm ----

add("da", ("Dansk Webforum", "nyhedsbrev@danskwebforum.example"),
    "December-nyt: 5 tips til julehandlen + HUSK tilmeldingsfristen!", "2026-12-01 07:00 +0100", """\
K\u00e6re medlem

Julehandlen er i fuld gang, og vi har samlet fem hurtige r\u00e5d til webshops, der vil holde konverteringen oppe i december:

1. Skriv den sidste leveringsdato f\u00f8r jul tydeligt p\u00e5 forsiden.
2. Test checkout p\u00e5 mobil. Igen.
3. G\u00f8r gavekort nemme at finde.
4. Hold \u00f8je med lagerstatus p\u00e5 bestsellerne.
5. Svar hurtigt p\u00e5 kundeservice, ogs\u00e5 i weekenden.

HUSK: Tilmeldingen til vores januar-seminar om tilg\u00e6ngelighed (WCAG og EU-direktivet) lukker d. 15. december!

God jul fra os alle
Dansk Webforum

Du modtager denne mail, fordi du er medlem af Dansk Webforum.
Afmeld nyhedsbrevet: https://danskwebforum.example/afmeld?id=55310
""", heated=False, first_name=None, html=True,
    headers={"List-Unsubscribe": "<https://danskwebforum.example/afmeld?id=55310>",
             "Precedence": "bulk", "List-Id": "<nyhedsbrev.danskwebforum.example>"},
    note="member newsletter, caps HUSK, bulk headers")

add("da", ("Anne-Sofie Bech", "asb@bech-advokater.example"),
    "Autosvar: Udkast til ny hjemmeside", "2026-12-21 09:00 +0100", """\
Tak for din mail.

Jeg holder juleferie og er tilbage p\u00e5 kontoret mandag d. 4. januar 2027. Jeg l\u00e6ser ikke mails i perioden.

Ved hastende sager kan du kontakte advokatsekret\u00e6r Lene Holt p\u00e5 33 12 45 90 eller lh@bech-advokater.example.

Med venlig hilsen
Anne-Sofie Bech
Advokat (L), partner
Bech Advokater
""", heated=False, first_name="Anne-Sofie", reply=True, headers=OOO,
    note="out-of-office from a law firm")

add("da", ("Karina Dahl", "karina@salondahl.example"),
    "Opsigelse af hostingaftale", "2026-11-25 16:00 +0100", """\
Hej Jamie

Jeg lukker desv\u00e6rre salonen til nyt\u00e5r, s\u00e5 jeg vil gerne opsige hostingaftalen. Jeg har betalt for hele 2027 i september, og i jeres vilk\u00e5r st\u00e5r der, at forudbetalt hosting refunderes for de resterende hele m\u00e5neder ved opsigelse med en m\u00e5neds varsel.

Vil I v\u00e6re s\u00f8de at bekr\u00e6fte opsigelsen pr. 31. december og refundere bel\u00f8bet for 2027? Kontonummeret st\u00e5r p\u00e5 vores seneste faktura.

Tak for et godt samarbejde gennem \u00e5rene!

Venlig hilsen
Karina Dahl
Salon Dahl
""", heated=False, first_name="Karina",
    note="polite refund under stated terms; 31 Dec is the termination date, not a deadline")

add("da", ("M\u00f8rch Ejendomme A/S", "pm@moerch-ejendomme.example"),
    "Kontrakt \u2013 rammeaftale 2027", "2026-12-03 11:15 +0100", """\
Hej Jamie

Tak for udkastet til rammeaftalen for 2027. Vores advokat kigger p\u00e5 den i n\u00e6ste uge. Det g\u00f8r hun med alle vores leverand\u00f8raftaler, s\u00e5 det er ren rutine. Hun har allerede n\u00e6vnt, at hun nok vil foresl\u00e5 en lidt anden formulering om ophavsret og ejerskab af kildekoden.

Vi vender tilbage med eventuelle rettelser inden jul.

Mvh
Peter M\u00f8rch
M\u00f8rch Ejendomme A/S
""", heated=False, first_name=None, note="neutral lawyer review of contract; company From")

add("da", ("Mikkel Kirk | Havnek\u00f8kkenet", "mikkel@havnekoekkenet.example"),
    "HASTER: nyt julemenukort", "2026-12-07 10:30 +0100", """\
Hej Jamie

Det haster lidt, men ingen panik \U0001F642 Vi har f\u00e5et nye priser fra vores leverand\u00f8r, s\u00e5 julemenuen skal opdateres. Kan I l\u00e6gge den nye PDF op senest fredag d. 11.? Vi har bordbestillinger til weekenden, og folk kigger p\u00e5 menuen, inden de kommer.

Tak!
Mikkel
""", heated=False, first_name="Mikkel", deadline="2026-12-11", dl_wd="Fri",
    note="calm HASTER with dated request")

add("da", ("Freja Winther", "freja@winther-blomster.example"),
    "WOW!!!", "2026-11-20 19:30 +0100", """\
HEJ JAMIE!!!

Jeg har lige set den nye side p\u00e5 telefonen, og jeg er HELT oppe at k\u00f8re \U0001F929\U0001F337 Den er s\u00e5 smuk!!! Billederne af buketterne er pr\u00e6cis, som jeg havde dr\u00f8mt om, og min mor har allerede bestilt en krans gennem webshoppen haha.

TUSIND TAK til hele holdet!!!

Freja
""", heated=False, first_name="Freja", note="enthusiastic caps")

add("da", ("Rasmus Bak", "rb@bak-it.example"),
    "Tjekliste inden nyt\u00e5r", "2026-12-15 13:20 +0100", """\
Hej Jamie

Lille tjekliste, inden vi lukker for \u00e5ret:

- CMP/cookiebanner: blokerer den GA4 korrekt f\u00f8r samtykke (GDPR)?
- CVR-nr. mangler i footeren
- SSL p\u00e5 shop.bak-it.example udl\u00f8ber i januar
- MobilePay API v2: virker webhooks efter opdateringen?
- SEO: 301'ere fra de gamle URL'er, er de alle p\u00e5 plads?

Ingen hast, bare n\u00e5r I har tid i januar.

Mvh
Rasmus
""", heated=False, first_name="Rasmus", note="acronym-heavy checklist")

add("da", ("Ulla Winding", "ulla@winding-vinhandel.example"),
    "VS: Klage over levering", "2026-11-26 09:45 +0100", """\
Hej Jamie

Bare til orientering. Ham her er sur p\u00e5 fragtfirmaet, ikke p\u00e5 jer, og vi har allerede sendt ham en ny kasse. Men kunne I tilf\u00f8je en linje p\u00e5 kvitteringssiden om, at levering kan tage 3-5 hverdage i december? Det ville spare os for nogle af den slags mails.

Mvh
Ulla

Fra: Bent Krogh <bent.krogh@postkasse.example>
Sendt: 25. november 2026 22:13
Til: Winding Vinhandel <info@winding-vinhandel.example>
Emne: Klage over levering

Det er simpelthen for d\u00e5rligt! Jeg bestilte 6 flasker til min fars 70-\u00e5rs f\u00f8dselsdag, og kassen kom knust og EN DAG FOR SENT. Jeg har v\u00e6ret kunde hos jer i 15 \u00e5r, men det er sidste gang. Jeg forventer fuld refusion.
""", heated=False, first_name="Ulla",
    note="forwarded angry customer (VS: = forward in Danish) under calm note")

add("da", ("S\u00f8ren Vestergaard", "soren@vestergaard-vvs.example"),
    "Re: Det her er ikke i orden", "2026-12-04 15:10 +0100", """\
Hej Jamie

Tak for den hurtige opringning i g\u00e5r, og undskyld tonen. Jeg havde ikke set, at det var testsiden, jeg kiggede p\u00e5. Alt ser fint ud p\u00e5 den rigtige side.

K\u00f8r bare videre med planen.

S\u00f8ren

Den tors. 3. dec. 2026 kl. 09.02 skrev S\u00f8ren Vestergaard <soren@vestergaard-vvs.example>:
""" + q("""\
Jamie, det her er ikke i orden. Der st\u00e5r forkerte priser OVERALT, og
halvdelen af billederne mangler. Jeg har betalt for en f\u00e6rdig side,
ikke en byggeplads. Jeg gider ikke det her mere.""") + "\n", heated=False,
    first_name="S\u00f8ren", reply=True, note="calm apology above own heated quoted mail")

add("da", ("Maja Kofoed", "maja@kofoeds-bageri.example"),
    "Forkerte billeder - min fejl", "2026-11-30 06:15 +0100", """\
Godmorgen Jamie

Undskyld, det er helt min skyld! Jeg opdagede i g\u00e5r aftes, at de billeder, jeg sendte jer af vores br\u00f8d, var fra sidste \u00e5r, hvor vi stadig havde det gamle logo p\u00e5 poserne. I har jo bare brugt det, jeg sendte.

Jeg har lagt de nye billeder i den delte mappe. Kan I n\u00e5 at skifte dem ud senest torsdag? S\u00e5 er de klar til julemarkedet i weekenden.

K\u00e6rlig hilsen
Maja
Kofoeds Bageri
""", heated=False, first_name="Maja", charset="iso-8859-1",
    deadline="2026-12-03", dl_wd="Thu", note="client apologises for own mistake; ISO-8859-1")

add("da", ("Mads Overgaard", "mads@overgaards-gaardbutik.example"),
    "Et par kommentarer til forsiden", "2026-12-09 20:40 +0100", """\
Hej Jamie

Vi har kigget p\u00e5 forsiden i familien i aften, og vi er glade for retningen. Et par sm\u00e5 ting:

Teksten i toppen er lidt lang, folk l\u00e6ser nok kun den f\u00f8rste linje. Og billedet af g\u00e5rden er flot, men kunne det v\u00e6re et med dyrene p\u00e5? Det er jo dem, folk kommer for.

Ellers synes vi, det ser rigtig godt ud. God aften!

Mads
Overgaards G\u00e5rdbutik
""", heated=False, first_name="Mads", note="constructive mild criticism")

# ======================================================================
# FINNISH
# ======================================================================

add("fi", ("Marjatta Kinnunen", "marjatta@kinnusen-majatalo.example"),
    "Varausj\u00e4rjestelm\u00e4 \u2013 vaatimus", "2026-11-24 10:10 +0200", """\
Hyv\u00e4 Jamie Rivera,

uusi varausj\u00e4rjestelm\u00e4 on tuplavarannut huoneitamme marraskuun aikana jo viisi kertaa. Viime lauantaina jouduimme majoittamaan saksalaisen pariskunnan omalla kustannuksellamme toiseen hotelliin. Asiasta on ilmoitettu teille 6.11. ja 13.11., eik\u00e4 korjausta ole tullut.

Odotan, ett\u00e4 vika on korjattu 30.11. menness\u00e4. Lis\u00e4ksi vaadin j\u00e4rjestelm\u00e4st\u00e4 maksetun 3 400 euron palauttamista. Mik\u00e4li asia ei ratkea, annan sen lakimiehemme hoidettavaksi.

Yst\u00e4v\u00e4llisin terveisin
Marjatta Kinnunen
Kinnusen Majatalo, Savonlinna
""", heated=True, scenario="legal_threat", also=["refund_demand", "blame"],
    first_name="Marjatta", deadline="2026-11-30", dl_wd="Mon",
    note="formal; lawyer threat, refund, dated fix demand")

add("fi", ("Lapland Husky Trails", "info@laplandhuskytrails.example"),
    "Sivusto alhaalla sesongin kiireisimp\u00e4n\u00e4 viikonloppuna", "2026-12-12 18:40 +0200", """\
Jamie,

sivut on ollu nurin perjantai-illasta asti. Joulusesongin kiireisin viikonloppu ja asiakkaat ei p\u00e4\u00e4se varaamaan mit\u00e4\u00e4n. Puhelin soi koko ajan ja porukka kysyy, onko firma mennyt konkurssiin.

T\u00e4m\u00e4 on teid\u00e4n palvelin ja teid\u00e4n vastuu. Jos sivut ei ole pystyss\u00e4 huomenna aamulla, kirjoitan Googleen ja TripAdvisoriin ihan rehellisesti, millaisen kumppanin kanssa t\u00e4\u00e4ll\u00e4 on tehty t\u00f6it\u00e4.

Jari
Lapland Husky Trails
""", heated=True, scenario="legal_threat", also=["blame"], first_name=None,
    deadline="2026-12-13", dl_wd="Sun",
    note="review threat; company From, signature name not used")

add("fi", ("Veera Lahtinen", "veera@studio-lahtinen.example"),
    "no nyt riitti", "2026-12-03 23:50 +0200", """\
moi

no nyt riitti. verkkokauppa on ollu rikki kaks viikkoo, maksut ei mee l\u00e4pi ja te ootte vaan "selvitt\u00e4ny". m\u00e4 maksoin teille koko summan kortilla etuk\u00e4teen ja nyt m\u00e4 oon tehny pankille takaisinperinn\u00e4n. ihan sama mit\u00e4 te siihen sanotte.

veera
""", heated=True, scenario="legal_threat", also=["refund_demand", "blame"],
    first_name="Veera", note="Helsinki colloquial; card chargeback filed")

add("fi", ("Heikki Ruotsalainen", "heikki@ruotsalaisen-saunat.example"),
    "Rahat takasi", "2026-11-16 07:45 +0200", """\
P\u00e4evee Jamie

Kahtelin tuota uutta sivustoo viikonloppuna ja sanon suoraan, ette t\u00e4m\u00e4 oo sit\u00e4 mit\u00e4 tilattiin. Saunojen kuvat on pienij\u00e4 ja ruttuisia, hinnasto puuttuu kokonaan ja yhteydenottolomake ee toimi ollenkaan. Kaks asiakasta soetti ja kysy, mihin se viesti katos.

Min\u00e4 haluan ne 2 000 euroo takasi, jotka maksoin ennakkoo. Loppulaskuva en maksa, ennen kun t\u00e4m\u00e4 on kunnossa.

Heikki
Ruotsalaisen Saunat Oy
""", heated=True, scenario="refund_demand", also=["blame", "general_dissatisfaction"],
    first_name="Heikki", charset="iso-8859-1",
    note="Savo dialect; wants advance back, withholds final invoice; ISO-8859-1")

add("fi", ("Ville Koskela", "ville@koskela-consulting.example"),
    "Uutiskirje meni roskapostiin \u2013 teid\u00e4n asetukset", "2026-12-02 13:30 +0200", """\
Hei Jamie,

eilinen uutiskirje meni k\u00e4yt\u00e4nn\u00f6ss\u00e4 kaikilla vastaanottajilla roskapostiin. Tarkistin asian: SPF- ja DKIM-tietueet on j\u00e4tetty m\u00e4\u00e4ritt\u00e4m\u00e4tt\u00e4, kun siirsitte domainin uudelle palvelimelle. Se oli teid\u00e4n teht\u00e4v\u00e4nne, ei meid\u00e4n.

L\u00e4hes 4 000 vastaanottajaa, ja joulukampanjan k\u00e4rkiviesti. T\u00e4t\u00e4 ei saa takaisin. Korjatkaa tietueet viel\u00e4 t\u00e4n\u00e4\u00e4n.

Ville Koskela
Koskela Consulting Oy
""", heated=True, scenario="blame", first_name="Ville",
    deadline="2026-12-02", dl_wd="Wed", note="blames missing DNS records; fix today = work deadline")

add("fi", ("Anu Laaksonen", "anu@leipomolaaksonen.example"),
    "Joulutilaukset + pari juttua", "2026-11-27 14:20 +0200", """\
Moikka Jamie!

Kiitos tosi paljon joulutilauslomakkeesta, se on ollut ihan huippu \U0001F60A Tilauksia on tullut jo yli sata!

Pari juttua:
- Voisko etusivulle lis\u00e4t\u00e4 kuvan joulutortuista? L\u00e4het\u00e4n kuvan ensi viikolla.
- Ja sit yks asia, mik\u00e4 kyll\u00e4 harmittaa: lomake ei l\u00e4hett\u00e4nyt tilausvahvistuksia asiakkaille koko viime viikolla, ja kymmenet ihmiset soitti t\u00e4nne per\u00e4\u00e4n. T\u00e4\u00e4 olis pit\u00e4ny teid\u00e4n p\u00e4\u00e4ss\u00e4 huomata ja testata ennen kuin se laitettiin p\u00e4\u00e4lle.
- Aukioloajat jouluna l\u00e4het\u00e4n my\u00f6hemmin.

Mut muuten kaikki hyvin, kiitos taas!
Anu
Leipomo Laaksonen, Turku
""", heated=True, scenario="blame", first_name="Anu",
    note="friendly list, heat in one item")

add("fi", ("DI Manninen", "manninen@mannisenkonepaja.example"),
    "VS: Tarjous 2026-44", "2026-12-15 09:05 +0200", """\
Hei,

palaan viel\u00e4 allekirjoitettuun tarjoukseen. Hallitus on k\u00e4ynyt budjetin uudelleen l\u00e4pi, eik\u00e4 6 200 euron kokonaishinta ole meille t\u00e4ss\u00e4 tilanteessa mahdollinen. Pyyd\u00e4mme, ett\u00e4 hinta lasketaan 4 500 euroon samalla sis\u00e4ll\u00f6ll\u00e4. Mik\u00e4li t\u00e4m\u00e4 ei onnistu, joudumme valitettavasti siirt\u00e4m\u00e4\u00e4n projektin toiselle toimistolle, jolta olemme saaneet edullisemman tarjouksen.

Toivomme vastaustanne t\u00e4m\u00e4n viikon aikana.

DI Manninen
Mannisen Konepaja Oy

L\u00e4hett\u00e4j\u00e4: Jamie Rivera <jamie@brightpath.example>
L\u00e4hetetty: perjantai 4. joulukuuta 2026 15.40
Vastaanottaja: Manninen <manninen@mannisenkonepaja.example>
Aihe: Tarjous 2026-44

Hei,

kiitos allekirjoituksesta! Vahvistan tarjouksen 2026-44 kokonaishinnan 6 200 \u20ac (alv 0 %). Aloitamme tammikuussa.

Yst\u00e4v\u00e4llisin terveisin
Jamie
""", heated=True, scenario="price_pushback", first_name=None, reply=True, html=True,
    note="formal cut request after signature, competitor threat; title + surname only")

add("fi", ("Timo Rantanen", "timo@rantasen-kiinteistot.example"),
    "Tarvitsen huomiseksi", "2026-12-14 06:30 +0700", """\
Moi Jamie,

terveisi\u00e4 Hua Hinista. Sijoittajapalaveri siirtyi, ja tarvitsen koko uuden kiinteist\u00f6portaalin valmiina huomiseksi: kohdehaku, kartta, 60 kohteen tiedot, kuvagalleriat ja sijoittajille oma kirjautuminen. Sis\u00e4ll\u00f6t l\u00f6ytyy vanhalta sivulta, kopioikaa sielt\u00e4.

Ei t\u00e4m\u00e4n pit\u00e4isi olla iso homma, kun pohja on jo olemassa. Kello on t\u00e4\u00e4ll\u00e4 nyt puoli seitsem\u00e4n aamulla, eli teill\u00e4 on koko p\u00e4iv\u00e4 aikaa.

Timo

L\u00e4hetetty iPhonesta
""", heated=True, scenario="unrealistic_demand", first_name="Timo",
    deadline="2026-12-15", dl_wd="Tue",
    note="sent from Thailand (+0700); UTC date is 13 Dec, local 14 Dec -> tomorrow = 15 Dec")

add("fi", ("Laura Kallio", "laura@fysiokallio.example"),
    "Pari lis\u00e4yst\u00e4", "2026-11-19 16:55 +0200", """\
Hei Jamie,

kiitos luonnoksesta! Mietittiin tiimin kanssa, ett\u00e4 samalla vois viel\u00e4 lis\u00e4t\u00e4:
- ajanvarauksen suoraan sivuille (nykyinen j\u00e4rjestelm\u00e4 pit\u00e4is integroida)
- chatin
- ruotsinkielisen version
- blogin, johon fysioterapeutit kirjoittaa

Oletan, ett\u00e4 n\u00e4m\u00e4 kuuluvat sovittuun hintaan, kun kyse on kuitenkin samasta sivustosta? V\u00e4h\u00e4n ihmetytt\u00e4\u00e4, ett\u00e4 viime viikolla jo pelkk\u00e4 uusi alasivu olisi maksanut erikseen. Eik\u00f6 se kuulu nettisivuprojektiin ihan itsest\u00e4\u00e4n?

Kaikki olisi hyv\u00e4 olla valmiina maanantaihin 1.2. menness\u00e4.

Terveisin
Laura
""", heated=True, scenario="scope_creep", first_name="Laura",
    deadline="2027-02-01", dl_wd="Mon", note="extras assumed in price, mild irritation")

add("fi", ("Risto Pelkonen", "risto@pelkosen-autokoulu.example"),
    "Re: Hakukoneoptimointi", "2026-11-23 20:20 +0200", """\
Jamie,

luin ehdotuksenne. Rehellisesti sanottuna vaikuttaa silt\u00e4, ettette ymm\u00e4rr\u00e4 hakukoneoptimoinnista kovin paljon. Serkkuni poika tekee n\u00e4it\u00e4 ty\u00f6kseen, ja h\u00e4nen mukaansa etusivulle pit\u00e4\u00e4 laittaa "autokoulu Tampere" v\u00e4hint\u00e4\u00e4n kaksikymment\u00e4 kertaa, ja sit\u00e4 min\u00e4 haluan. Nuo teid\u00e4n "laadukas sis\u00e4lt\u00f6" -jutut on varmaan jostain oppikirjasta.

Tehk\u00e4\u00e4 niin kuin pyyd\u00e4n.

Risto Pelkonen
Pelkosen Autokoulu, Tampere

Jamie Rivera <jamie@brightpath.example> kirjoitti pe 20.11.2026 klo 11.14:
""" + q("""\
Hei Risto,

ohessa hakukoneoptimoinnin suunnitelma. Suosittelemme, ett\u00e4 jokaiselle
kurssityypille tehd\u00e4\u00e4n oma sivu, jossa on oikeaa tietoa hinnoista ja
aikatauluista. Avainsanojen toistaminen ei en\u00e4\u00e4 auta, vaan voi jopa
heikent\u00e4\u00e4 n\u00e4kyvyytt\u00e4.

Terveisin
Jamie""") + "\n", heated=True, scenario="doubts_expertise", first_name="Risto",
    reply=True, note="overrides SEO advice with relative's opinion, condescending")

add("fi", ("Sirpa Hyv\u00f6nen", "sirpa@hyvosen-kukka.example"),
    "Taas lasku?!", "2026-12-09 11:40 +0200", """\
Hei,

sain t\u00e4n\u00e4\u00e4n viestin, jossa vaaditaan 89 euroa verkkotunnuksesta TAI SIVUSTO SULJETAAN. Maksoin teille jo syyskuussa koko paketin, ja nyt te l\u00e4het\u00e4tte uhkailevia laskuja?! En todellakaan maksa mit\u00e4\u00e4n ennen kuin joku selitt\u00e4\u00e4, mist\u00e4 on kyse. T\u00e4llaista kohtelua en ole ennen kokenut.

Sirpa Hyv\u00f6nen
Kukkakauppa Hyv\u00f6nen
""", heated=True, scenario="misunderstanding", first_name="Sirpa",
    note="takes a third-party domain notice for our invoice")

add("fi", ("Esa Kivel\u00e4", "esa.kivela@kivela-rakennus.example"),
    "Uudet sivut", "2026-12-18 15:15 +0200", """\
Katsoin sivut. En ole tyytyv\u00e4inen. Ei t\u00e4m\u00e4 ole sit\u00e4, mit\u00e4 ajattelin. Kaikki on jotenkin k\u00f6mpel\u00f6n n\u00e4k\u00f6ist\u00e4.

Esa
""", heated=True, scenario="general_dissatisfaction", first_name="Esa",
    note="curt, vague dissatisfaction")

add("fi", "hanna.aalto@lumokosmetiikka.example",
    "VS: VS: Tuotekuvat verkkokauppaan", "2026-12-08 09:00 +0200", """\
Hei Jamie,

nelj\u00e4s muistutus tuotekuvista, jotka piti vaihtaa jo marraskuun puolella. Ymm\u00e4rr\u00e4n, ett\u00e4 teill\u00e4 on kiireit\u00e4, mutta meill\u00e4 on joulumyynti k\u00e4ynniss\u00e4, ja v\u00e4\u00e4r\u00e4t kuvat v\u00e4\u00e4rill\u00e4 hinnoilla eiv\u00e4t ole kovin hyv\u00e4 yhdistelm\u00e4.

Odotan vastaustanne t\u00e4n\u00e4\u00e4n.

Yst\u00e4v\u00e4llisin terveisin
Hanna Aalto
Lumo Kosmetiikka

L\u00e4hett\u00e4j\u00e4: Jamie Rivera <jamie@brightpath.example>
L\u00e4hetetty: torstai 26. marraskuuta 2026 17.02
Vastaanottaja: hanna.aalto@lumokosmetiikka.example
Aihe: VS: Tuotekuvat verkkokauppaan

Hei Hanna,

kiitos muistutuksesta, vaihdamme kuvat ensi viikon alussa.

Terveisin
Jamie
""", heated=True, scenario="blame", also=["general_dissatisfaction"], first_name=None,
    reply=True, note="icy fourth reminder; bare address; 'answer today' is not a work deadline")

# ---- Finnish calm ----

add("fi", ("Katja Lindroos", "katja.lindroos@lindroos-design.example"),
    "Automaattinen vastaus: Logoluonnokset", "2026-12-21 08:00 +0200", """\
Kiitos viestist\u00e4si. Olen lomalla 21.12.2026\u20136.1.2027 enk\u00e4 lue s\u00e4hk\u00f6postia. Kiireellisiss\u00e4 asioissa ota yhteytt\u00e4: info@lindroos-design.example.

Tack f\u00f6r ditt meddelande. Jag \u00e4r p\u00e5 semester 21.12.2026\u20136.1.2027.

Thank you for your message. I am on holiday until 6 January 2027.

Katja Lindroos
""", heated=False, first_name="Katja", reply=True, headers=OOO,
    note="trilingual out-of-office")

add("fi", ("WordPress", "wordpress@kahvilakuu.example"),
    "[Kahvila Kuu] Uusi yhteydenotto: Tilaus", "2026-12-09 14:05 +0200", """\
L\u00e4hett\u00e4j\u00e4: Mikko Salo <mikko.salo@posti.example>
Aihe: Tilaus

Viesti:
Hei, onko mahdollista tilata pikkujoulukahvitus 30 hengelle perjantaille 18.12.? Maksaisimme laskulla.

--
T\u00e4m\u00e4 viesti l\u00e4hetettiin yhteydenottolomakkeelta sivustolla Kahvila Kuu (https://kahvilakuu.example)
""", heated=False, first_name=None, headers=AUTO,
    note="automated contact-form copy; the date is the customer's, not for us")

add("fi", ("Minna J\u00e4rvinen", "minna@jarvisen-valokuvaus.example"),
    "Tilauksen peruminen", "2026-11-18 12:30 +0200", """\
Hei Jamie,

joudun valitettavasti perumaan tilaamamme kuvausp\u00e4iv\u00e4n ja verkkosivup\u00e4ivityksen. Toimitusehtojenne mukaan tilauksen voi perua maksutta 14 p\u00e4iv\u00e4n sis\u00e4ll\u00e4, ja tilasimme 10.11., joten olemme viel\u00e4 sen sis\u00e4ll\u00e4.

Voisitteko palauttaa 400 euron ennakkomaksun tilillemme? Tilinumero on sama kuin laskussa.

Kiitos ymm\u00e4rryksest\u00e4, toivottavasti palaamme asiaan kev\u00e4\u00e4ll\u00e4.

Yst\u00e4v\u00e4llisin terveisin
Minna J\u00e4rvinen
J\u00e4rvisen Valokuvaus
""", heated=False, first_name="Minna", charset="iso-8859-1",
    note="polite refund under cancellation terms; ISO-8859-1")

add("fi", ("Olli-Pekka Virtanen", "olli-pekka.virtanen@virtasen-logistiikka.example"),
    "Yll\u00e4pitosopimus 2027", "2026-12-10 14:00 +0200", """\
Hei Jamie,

kiitos yll\u00e4pitosopimuksen luonnoksesta. Juristimme k\u00e4y sen l\u00e4pi ensi viikolla, kuten kaikki toimittajasopimuksemme. H\u00e4n kiinnitti jo alustavasti huomiota vastuunrajoituspyk\u00e4l\u00e4\u00e4n ja tietosuojaliitteeseen, mutta mit\u00e4\u00e4n isompaa ei ole tulossa.

Palaan asiaan viimeist\u00e4\u00e4n 22.12.

Terveisin
Olli-Pekka Virtanen
Talousjohtaja, Virtasen Logistiikka Oy
""", heated=False, first_name="Olli-Pekka",
    note="neutral lawyer review; 22.12 is their own date, not a deadline for us")

add("fi", ("Tuomas Hiltunen", "tuomas@ravintolahonka.example"),
    "KIIREELLINEN: jouluaukiolot", "2026-12-14 10:20 +0200", """\
Moi Jamie,

laitoin otsikkoon kiireellinen, ettei viesti huku muiden sekaan, mutta ei mit\u00e4\u00e4n h\u00e4t\u00e4\u00e4 \U0001F642 P\u00e4ivit\u00e4ttek\u00f6 jouluajan aukioloajat sivuille perjantaihin 18.12. menness\u00e4?

23.12. klo 11\u201322
24.\u201326.12. suljettu
27.12. alkaen normaalisti

Kiitos!
Tuomas
Ravintola Honka
""", heated=False, first_name="Tuomas", deadline="2026-12-18", dl_wd="Fri",
    note="calm KIIREELLINEN with dated request")

add("fi", ("Noora V\u00e4is\u00e4nen", "noora@noorankoru.example"),
    "AIVAN IHANA!!!", "2026-11-21 13:13 +0200", """\
JAMIE!!!

Uusi verkkokauppa on IHAN MAHTAVA!!! \U0001F60D Ekat tilaukset tuli jo tunnin sis\u00e4ll\u00e4, ja yksi asiakas kirjoitti, ett\u00e4 t\u00e4m\u00e4 on kaunein korukauppa, mit\u00e4 h\u00e4n on n\u00e4hnyt!!! \U0001F48D\u2728

Kiitos kiitos KIITOS!!!

Noora
""", heated=False, first_name="Noora", html=True, note="enthusiastic caps; multipart")

add("fi", ("Kimmo Lehtonen", "kimmo@lehtosen-pyora.example"),
    "VL: Reklamaatio", "2026-12-01 12:00 +0200", """\
Hei Jamie,

tiedoksi alla oleva viesti. Asiakas on vihainen kuljetusliikkeelle eik\u00e4 teille, ja hoidamme asian itse. Olisiko kuitenkin mahdollista lis\u00e4t\u00e4 tilausvahvistukseen seurantalinkki? Silloin t\u00e4llaisia viestej\u00e4 tulisi ehk\u00e4 v\u00e4hemm\u00e4n.

Kimmo

---------- V\u00e4litetty viesti ---------
L\u00e4hett\u00e4j\u00e4: Jukka M\u00e4ki <jukka.maki@netti.example>
Date: ma 30.11.2026 klo 21.47
Subject: Reklamaatio
To: <myynti@lehtosen-pyora.example>


Tilasin py\u00f6r\u00e4n KOLME viikkoa sitten ja se on edelleen jossain. Kukaan ei vastaa puhelimeen. Jos rahoja ei n\u00e4y tilill\u00e4 perjantaihin menness\u00e4, teen rikosilmoituksen ja kerron kaikille tutuilleni, millainen firma te olette!!!
""", heated=False, first_name="Kimmo",
    note="forwarded angry customer under calm note; Friday in forward not for us")

add("fi", ("Eeva-Liisa Korhonen", "eeva-liisa.korhonen@korhosen-tilit.example"),
    "VS: T\u00e4m\u00e4 ei k\u00e4y", "2026-11-26 16:45 +0200", """\
Hei Jamie,

kiitos puhelusta. Selvisi, ett\u00e4 vika oli meid\u00e4n omassa palomuurissa eik\u00e4 teid\u00e4n sivustossa. Pahoittelut aamuisesta viestist\u00e4, kirjoitin sen v\u00e4h\u00e4n kiihdyksiss\u00e4.

Jatketaan suunnitelman mukaan.

Eeva-Liisa

L\u00e4hett\u00e4j\u00e4: Eeva-Liisa Korhonen <eeva-liisa.korhonen@korhosen-tilit.example>
L\u00e4hetetty: torstai 26. marraskuuta 2026 9.12
Vastaanottaja: Jamie Rivera <jamie@brightpath.example>
Aihe: T\u00e4m\u00e4 ei k\u00e4y

Jamie, asiakasportaali ei ole toiminut koko aamuna. KOKO AAMUNA. Meill\u00e4 on kuukauden vaihde tulossa eik\u00e4 asiakkaat p\u00e4\u00e4se lataamaan tositteita. T\u00e4m\u00e4 on ihan k\u00e4sitt\u00e4m\u00e4t\u00f6nt\u00e4, korjatkaa se heti.
""", heated=False, first_name="Eeva-Liisa", reply=True,
    note="calm follow-up above own heated quoted mail; fault was on their side")

add("fi", ("Jenni Rautio", "jenni@rautio-hieronta.example"),
    "Anteeksi, minun mokani", "2026-12-04 08:10 +0200", """\
Huomenta Jamie!

Pahoittelut, t\u00e4m\u00e4 oli ihan minun mokani: l\u00e4hetin teille vanhan osoitteen, vaikka muutimme syyskuussa. Te teitte kaiken juuri niin kuin pyysin. \U0001F648

Uusi osoite on Hallituskatu 14 B, 33200 Tampere. Ehtisittek\u00f6 vaihtaa sen yhteystietoihin ja karttaan maanantaihin menness\u00e4? Lahjakorttikampanja alkaa tiistaina.

Kiitos ja anteeksi viel\u00e4!
Jenni
""", heated=False, first_name="Jenni", deadline="2026-12-07", dl_wd="Mon",
    note="client apologises for own mistake")

add("fi", ("Tampereen Sekakuoro ry", "hallitus@tampereensekakuoro.example"),
    "Verkkosivut kuorolle \u2013 kysymys hinnoittelusta", "2026-11-29 19:00 +0200", """\
Hei,

olemme pieni sekakuoro Tampereelta ja tarvitsisimme uudet verkkosivut ensi vuoden 50-vuotisjuhlaa varten. Ennen kuin pyyd\u00e4mme varsinaista tarjousta: onko teill\u00e4 alennettuja hintoja yhdistyksille tai voittoa tavoittelemattomille toimijoille?

Budjettimme on aika pieni, mutta voisimme tarjota esimerkiksi mainoksen konserttiohjelmassa.

Yst\u00e4v\u00e4llisin terveisin
Leena Ojala
sihteeri, Tampereen Sekakuoro ry
""", heated=False, first_name=None,
    note="polite discount question before any quote; association From name")

add("fi", ("Sami Heinonen", "sami@heinosen-kalastus.example"),
    "Kommentteja uuteen ilmeeseen", "2026-12-16 17:30 +0200", """\
Moi,

ekat kommentit uuteen ilmeeseen: tosi hyv\u00e4 suunta! Kaksi pient\u00e4 juttua:

- Etusivun iso kuva on kaunis, mutta vie puhelimella koko ruudun, ja tuotteet j\u00e4\u00e4 kauas alas. Voisiko sit\u00e4 v\u00e4h\u00e4n madaltaa?
- Fontti on hieno, mutta hinnat n\u00e4kyy v\u00e4h\u00e4n heikosti harmaalla. Musta ehk\u00e4 parempi?

Muuten ihan loistavaa ty\u00f6t\u00e4.

Sami
""", heated=False, first_name="Sami", note="constructive mild criticism")

add("fi", ("Tanja Ruohonen, Ins. (AMK)", "tanja@ruohosen-kiinteistohuolto.example"),
    "Pieni\u00e4 korjauksia", "2026-11-17 11:00 +0200", """\
Hei Jamie,

muutama pieni korjaus, kun ehditte:

- Y-tunnus puuttuu alatunnisteesta (1234567-8)
- hinnastossa pit\u00e4isi lukea "sis. ALV 25,5 %"
- GDPR: tietosuojaselosteen linkki vie vanhalle sivulle
- SEO: title-tagi on sama kaikilla alasivuilla

N\u00e4m\u00e4 olisi hyv\u00e4 saada kuntoon keskiviikkoon 25.11. menness\u00e4, silloin l\u00e4htee asiakastiedote.

Kiitos!
Tanja Ruohonen
Ruohonen Kiinteist\u00f6huolto Oy
""", heated=False, first_name="Tanja", deadline="2026-11-25", dl_wd="Wed",
    note="acronyms, calm dated request; degree after name")

# @@NEXT_LANGUAGE@@

# ======================================================================
# BUILD
# ======================================================================

WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def validate(i, e):
    where = f"#{i} {e['lang']} {e['subject']!r}"
    assert e["lang"] in LANGS, where
    if e["heated"]:
        assert e["scenario"] in SCEN, where
        pi = SCEN.index(e["scenario"])
        for a in e["also"]:
            assert a in SCEN and a != e["scenario"], (where, a)
            # primary is the most severe reading, except that a misreading
            # makes 'misunderstanding' primary (scenarios.md / brief)
            if e["scenario"] != "misunderstanding":
                assert SCEN.index(a) > pi, (where, a)
    else:
        assert e["scenario"] is None and not e["also"], where
    assert len(set(e["also"])) == len(e["also"]), where
    d = dt.datetime.strptime(e["date"], "%Y-%m-%d %H:%M %z")
    assert dt.datetime(2026, 11, 1, tzinfo=d.tzinfo) <= d < dt.datetime(2027, 1, 1, tzinfo=d.tzinfo), where
    if e["deadline"]:
        dl = dt.date.fromisoformat(e["deadline"])
        assert dl >= d.date(), (where, "deadline before local send date")
        assert e["dl_wd"] and WD[dl.weekday()] == e["dl_wd"], (where, WD[dl.weekday()], e["dl_wd"])
    return d


def build(e, d, rng, idx):
    m = EmailMessage()
    if isinstance(e["frm"], tuple):
        name, addr = e["frm"]
        m["From"] = Address(name, addr_spec=addr)
    else:
        addr = e["frm"]
        m["From"] = addr
    dom = addr.split("@")[1]
    m["To"] = TO
    if e["cc"]:
        m["Cc"] = e["cc"]
    m["Subject"] = e["subject"]
    m["Date"] = format_datetime(d)
    m["Message-ID"] = f"<{rng.getrandbits(64):016x}.{idx:03d}@{dom}>"
    if e["reply"]:
        ours = f"<{rng.getrandbits(48):012x}@brightpath.example>"
        m["In-Reply-To"] = ours
        refs = [f"<{rng.getrandbits(56):014x}@{dom}>"] if rng.random() < 0.6 else []
        m["References"] = " ".join(refs + [ours])
    m["MIME-Version"] = "1.0"
    for k, v in e["headers"].items():
        m[k] = v
    body = e["body"]
    m.set_content(body, charset=e["charset"])
    if e["html"]:
        m.add_alternative(para_html(body), subtype="html", charset=e["charset"])
        m.set_boundary(f"=_bp5_{rng.getrandbits(64):016x}")
    return m


def main():
    for f in glob.glob(os.path.join(OUT, "v[0-9][0-9][0-9].eml")):
        os.remove(f)
    dates = [validate(i, e) for i, e in enumerate(E)]
    order = list(range(len(E)))
    random.Random(20265).shuffle(order)
    rng = random.Random(51)
    labels = []
    for n, i in enumerate(order, 1):
        e = E[i]
        fn = f"v{n:03d}.eml"
        m = build(e, dates[i], rng, n)
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(m.as_bytes())
        labels.append({"file": fn, "heated": e["heated"], "scenario": e["scenario"],
                       "also": e["also"], "lang": e["lang"],
                       "first_name": e["first_name"], "deadline": e["deadline"],
                       "note": e["note"]})
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for L in labels:
            fh.write(json.dumps(L, ensure_ascii=False) + "\n")
    # ---- counts ----
    print(f"emails: {len(E)}")
    for lang in LANGS:
        es = [e for e in E if e["lang"] == lang]
        if not es:
            continue
        h = sum(e["heated"] for e in es)
        sc = Counter(e["scenario"] for e in es if e["heated"])
        missing = [s for s in SCEN if s not in sc]
        print(f"  {lang}: {len(es)} emails, heated {h}, calm {len(es)-h}, "
              f"deadlines {sum(bool(e['deadline']) for e in es)}, "
              f"first_name null {sum(e['first_name'] is None for e in es)}, missing scenarios {missing}")
    print("heated total:", sum(e["heated"] for e in E),
          f"({100*sum(e['heated'] for e in E)/len(E):.0f}%)")
    print("scenarios:", dict(Counter(e["scenario"] for e in E if e["heated"])))
    print("deadlines:", sum(bool(e["deadline"]) for e in E),
          "| replies:", sum(e["reply"] for e in E),
          "| multipart:", sum(bool(e["html"]) for e in E),
          "| charsets:", dict(Counter(e["charset"] for e in E)),
          "| special headers:", sum(bool(e["headers"]) for e in E))


if __name__ == "__main__":
    main()
