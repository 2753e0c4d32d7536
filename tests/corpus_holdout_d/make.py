#!/usr/bin/env python3
"""Build the blind4 held-out test corpus for reply-coach.

Writes t001.eml ... t080.eml and labels.jsonl next to this script.
Stdlib only. Run:  python3 make.py        (add --check to list dates)
"""
import hashlib
import html as htmllib
import json
import os
import random
import sys
from collections import Counter
from datetime import datetime
from email import utils
from email.header import Header
from email.message import EmailMessage

OUT = os.path.dirname(os.path.abspath(__file__))
TO = "Jamie Rivera <jamie@brightpath.example>"
SCENARIOS = ["legal_threat", "refund_demand", "blame", "price_pushback",
             "unrealistic_demand", "scope_creep", "doubts_expertise",
             "misunderstanding", "general_dissatisfaction"]
EMAILS = []


def q(text):
    """Quote a block of text, Gmail/Outlook '> ' style."""
    out = []
    for line in text.strip("\n").split("\n"):
        out.append(">" if not line.strip() else "> " + line)
    return "\n".join(out)


def add(lang, frm, subject, date, body, *, heated, scenario=None, also=(),
        first_name=None, deadline=None, note="", sig=None, quote=None,
        reply=False, charset="utf-8", html=None, headers=None, cc=None):
    """Register one email. frm = (display name, address) or a bare address.
    date = 'YYYY-MM-DD HH:MM +ZZZZ' (sender's local time)."""
    EMAILS.append(dict(lang=lang, frm=frm, subject=subject, date=date,
                       body=body, heated=heated, scenario=scenario,
                       also=list(also), first_name=first_name,
                       deadline=deadline, note=note, sig=sig, quote=quote,
                       reply=reply, charset=charset, html=html,
                       headers=headers or {}, cc=cc))


def to_html(text):
    paras = [p for p in text.strip().split("\n\n")]
    out = []
    for p in paras:
        lines = [htmllib.escape(l) for l in p.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return ("<html><head><meta charset=\"utf-8\"></head>"
            "<body style=\"font-family:Arial,sans-serif\">\n"
            + "\n".join(out) + "\n</body></html>\n")


def from_value(frm):
    """From header value, pre-encoded so the display name survives intact
    (the default policy would otherwise re-encode names with '(' or ',')."""
    if not isinstance(frm, tuple):
        return frm
    name, addr = frm
    if name.isascii():
        val = utils.formataddr(frm)
    else:
        enc = Header(name, "utf-8", header_name="From").encode()
        val = f"{enc} <{addr}>"
    lines = val.split("\n")
    if len(lines[-1]) + len("From: ") > 78:
        head, tail = val.rsplit(" <", 1)
        val = head + "\n <" + tail
    return val


def build(e, idx):
    dt = datetime.strptime(e["date"], "%Y-%m-%d %H:%M %z")
    frm = e["frm"]
    addr = frm[1] if isinstance(frm, tuple) else frm
    domain = addr.split("@")[1]
    msg = EmailMessage()
    msg.set_raw("From", from_value(frm))
    msg["To"] = TO
    if e["cc"]:
        msg["Cc"] = e["cc"]
    msg["Subject"] = e["subject"]
    msg["Date"] = utils.format_datetime(dt)
    h = hashlib.sha1(f"{idx}|{addr}|{e['date']}|{e['subject']}".encode())
    hx = h.hexdigest()
    msg["Message-ID"] = f"<{hx[:16]}.{hx[16:24]}@{domain}>"
    if e["reply"]:
        parent = f"<{hx[24:36]}.jr@brightpath.example>"
        root = f"<{hx[30:40]}{hx[:4]}.jr@brightpath.example>"
        msg["In-Reply-To"] = parent
        msg["References"] = f"{root} {parent}" if idx % 2 else parent
    for k, v in e["headers"].items():
        msg[k] = v
    text = e["body"].strip("\n") + "\n"
    if e["sig"]:
        text += "\n" + e["sig"].strip("\n") + "\n"
    if e["quote"]:
        text += "\n" + e["quote"].strip("\n") + "\n"
    if e["charset"] != "utf-8":
        text.encode(e["charset"])  # must be representable
    msg.set_content(text, charset=e["charset"])
    if e["html"]:
        body_html = e["html"] if isinstance(e["html"], str) else to_html(text)
        msg.add_alternative(body_html, subtype="html")
        msg.set_boundary(f"=_bp4_{hx[:20]}")
    return msg, dt


def main():
    check = "--check" in sys.argv
    rng = random.Random(4_2026_1204)
    order = list(range(len(EMAILS)))
    rng.shuffle(order)
    for old in os.listdir(OUT):
        if (old.startswith("t") and old.endswith(".eml")) or old == "labels.jsonl":
            os.remove(os.path.join(OUT, old))
    labels, mids = [], set()
    for n, i in enumerate(order, 1):
        e = EMAILS[i]
        fname = f"t{n:03d}.eml"
        msg, dt = build(e, i)
        assert msg["Message-ID"] not in mids
        mids.add(msg["Message-ID"])
        # label sanity
        assert e["lang"] in ("en", "de", "da", "fi")
        if e["heated"]:
            assert e["scenario"] in SCENARIOS, e["subject"]
            for a in e["also"]:
                assert a in SCENARIOS and a != e["scenario"], e["subject"]
        else:
            assert e["scenario"] is None and not e["also"], e["subject"]
        if e["deadline"]:
            d = datetime.strptime(e["deadline"], "%Y-%m-%d").date()
            assert d >= dt.date(), (e["subject"], e["deadline"])
        if check:
            dl = ""
            if e["deadline"]:
                dl = "-> " + datetime.strptime(e["deadline"], "%Y-%m-%d").strftime("%a %Y-%m-%d")
            print(f"{fname} {e['lang']} {dt.strftime('%a %Y-%m-%d %H:%M %z')} {dl:16} "
                  f"{'H' if e['heated'] else '-'} {e['scenario'] or '':24} {e['subject'][:40]}")
        with open(os.path.join(OUT, fname), "wb") as f:
            f.write(msg.as_bytes())
        labels.append(dict(file=fname, heated=e["heated"], scenario=e["scenario"],
                           also=e["also"], lang=e["lang"], first_name=e["first_name"],
                           deadline=e["deadline"], note=e["note"]))
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    heated = sum(l["heated"] for l in labels)
    print(f"emails: {len(labels)}  heated: {heated}  calm: {len(labels) - heated}"
          f"  with deadline: {sum(1 for l in labels if l['deadline'])}")
    print("by lang:", dict(Counter(l["lang"] for l in labels)))
    print("heated by lang:", dict(Counter(l["lang"] for l in labels if l["heated"])))
    sc = Counter(l["scenario"] for l in labels if l["heated"])
    print("scenarios:", {s: sc.get(s, 0) for s in SCENARIOS})
    print("first_name null:", sum(1 for l in labels if l["first_name"] is None))
    if len(labels) != 80:
        print(f"WARNING: expected 80 emails, have {len(labels)}")


# ===================================================================
# EMAILS
# ===================================================================

# ----------------------------- ENGLISH -----------------------------

add("en", ("Marco Bellini", "marco@trattoriabellini.example"),
    "Online ordering DOWN again - this is costing me real money",
    "2026-11-16 09:12 -0500",
    """Jamie,

Friday night, our busiest night, and the ordering page just spins. Customers
called the restaurant asking if we closed. We lost I don't know how many
orders because of the checkout YOU built.

I have already talked to my brother-in-law, he is a lawyer, and he says I have
a case. I also have a lot of regulars who are happy to tell Google what
happened. If the checkout is not working by Wednesday I will let him send the
letter and I will post the reviews myself.

Call me. Not email. Call.

Marco""",
    sig="Trattoria Bellini | 212 Orchard St | (555) 014-2290",
    heated=True, scenario="legal_threat", also=["blame"], first_name="Marco",
    deadline="2026-11-18", note="lawyer + google reviews threat, fix by Wed")

add("en", ("Dr. Eleanor Harrington", "e.harrington@harringtondental.example"),
    "Website redesign - formal notice of rejection",
    "2026-12-01 14:05 +0000",
    """Dear Jamie,

I have now reviewed the "final" version of our practice website with my two
associates. To be perfectly clear: none of it is acceptable. The colour scheme
is not the one we approved, the booking widget is buried, and the photography
makes the surgery look like a budget chain.

I am therefore requesting that the entire site be rebuilt from the beginning,
at your expense, following the brief we signed in September. I expect a
written plan for the rebuild, with dates, no later than 7 December.

I trust I will not need to repeat myself.

Yours sincerely,
Dr E. Harrington BDS""",
    sig="Harrington Dental Care\n14 Queen's Parade, Bath",
    heated=True, scenario="legal_threat", also=["general_dissatisfaction"],
    first_name="Eleanor", deadline="2026-12-07",
    note="icy formal, demands full rebuild at our cost")

add("en", ("TOM O'NEILL", "tom@oneillprints.example"),
    "Re: Invoice 2026-118",
    "2026-11-20 17:48 -0600",
    """not paying this. the shop has had broken product images for 2 weeks and
you want the last 40%? no. cancel it or send me a credit note, your choice""",
    sig="Sent from my iPhone",
    quote="""On Fri, Nov 20, 2026 at 10:02 AM Jamie Rivera <jamie@brightpath.example> wrote:
""" + q("""Hi Tom,

Attached is invoice 2026-118 for the final 40% of the shop build, as agreed
in the proposal. Payment terms are 14 days.

Thanks again,
Jamie"""),
    reply=True, heated=True, scenario="refund_demand", also=["blame"],
    first_name="Tom", note="refuses to pay final invoice, caps From")

add("en", ("Priya Raman", "priya.raman@lumenhealth.example"),
    "Newsletter sign-ups have collapsed since your update",
    "2026-11-24 11:30 +0000",
    """Hi Jamie,

Since your team pushed the footer changes on the 10th, our newsletter sign-ups
have gone from about 60 a week to three. Three. Nobody touched anything on our
end, so I can only assume the form you rebuilt is broken.

I've got to explain this drop to our head of comms and frankly I'm tired of
being the one who finds these things. I need it working, and an explanation I
can forward, by Thursday.

Priya""",
    sig="Priya Raman\nDigital Marketing Manager, Lumen Health\nLumen Health is a registered charity in England and Wales.",
    heated=True, scenario="blame", also=[], first_name="Priya",
    deadline="2026-11-26", note="blames our form for drop in signups")

add("en", ("Kowalski, Dana", "dana.kowalski@northfieldlogistics.example"),
    "RE: Tracking portal launch - 3rd request",
    "2026-12-08 08:02 -0600",
    """Jamie,

This is the third time I'm writing about the same thing, so I'll keep it short.

The tracking portal was supposed to launch on the 1st. It didn't. I have had
no update since Thursday, and our drivers are still phoning customers by hand.
The slip is on your side, and so far nobody over there has said so.

I've copied Mark Ellison, our VP of Operations, and I'd like to hear from
whoever is in charge at Brightpath, not another "we're looking into it".

Dana Kowalski
Northfield Logistics""",
    quote="""From: Dana Kowalski
Sent: Thursday, December 3, 2026 4:15 PM
To: Jamie Rivera <jamie@brightpath.example>
Subject: RE: Tracking portal launch - 2nd request

""" + q("""Jamie, following up again. Where are we on the launch? We were promised
December 1."""),
    cc="Mark Ellison <m.ellison@northfieldlogistics.example>",
    reply=True, heated=True, scenario="blame", also=["general_dissatisfaction"],
    first_name="Dana", note="third chase, escalates to VP, Last, First From")

add("en", ("Brad", "brad@summitroofingco.example"),
    "the quote",
    "2026-12-02 19:21 -0700",
    """hey jamie

so i know we shook on the 8,400 last week but ive been talking to my partner
and thats just way to much for a roofing website. a guy on fiverr said he'd
do the whole thing for like 2800. not saying hes as good but come on

knock 30% off and we're good. otherwise i gotta think about it. let me know by
friday

brad""",
    heated=True, scenario="price_pushback", also=[], first_name="Brad",
    deadline="2026-12-04", note="wants 30% off agreed price, fiverr comparison")

add("en", ("Kelsey Tran", "kelsey@tranbeauty.example"),
    "need the site LIVE tmrw morning 🙏",
    "2026-12-10 16:40 -0800",
    """Jamie!! Huge favor. We just got a booth at the Pop-Up Beauty Expo and it
opens tomorrow morning. We need the full website live before then — all 12
pages, the shop with the whole product range, and the booking thing.

I know we said January but this is non-negotiable, the QR codes are already
printed 😬😬 Whatever it takes tonight, please just make it happen!!""",
    sig="Sent from my iPhone",
    heated=True, scenario="unrealistic_demand", also=[], first_name="Kelsey",
    deadline="2026-12-11", note="whole site overnight; Date late PT, tomorrow=11th")

add("en", ("Nigel Ashworth-Price", "nigel@ashworthcapital.example"),
    "A few small additions",
    "2026-11-12 10:44 +0000",
    """Jamie,

Good to see the brochure site coming along. A few small things I'd like folded
in before sign-off, which I'm sure is no trouble:

- an investor login area with document downloads
- a blog, migrated from our old Squarespace (about 140 posts)
- three campaign landing pages for Q1
- the whole thing in French and German as well

I assume these are covered by the fee, as I can't imagine anyone would expect
a client to pay twice for a website. Do correct me if Brightpath works
differently.

Regards,
Nigel""",
    heated=True, scenario="scope_creep", also=[],
    first_name="Nigel", note="passive-aggressive big additions for same fee")

add("en", ("Mr. Pike", "gpike@pikehardware.example"),
    "Re: Homepage options",
    "2026-11-18 13:15 -0500",
    """I've been running this store for 31 years, so with respect, I don't need a
"UX consultant" telling me what my customers want. They want the big red SALE
banner and the phone number at the top. That's it.

My nephew looked at your mockups and says nobody uses that "card layout"
anymore anyway. Maybe he should be building this.

Just do it the way I asked.""",
    quote="""On Wed, Nov 18, 2026 at 9:40 AM Jamie Rivera <jamie@brightpath.example> wrote:
""" + q("""Hi Gordon,

Attached are two homepage options. We'd recommend option A: the sale items
move into cards below the fold so the store hours and map show first on
mobile, which is what most of your traffic uses.

Best,
Jamie"""),
    reply=True, heated=True, scenario="doubts_expertise", also=[],
    first_name=None, note="overrides recommendation, sarcasm; title+surname From")

add("en", ("Rosa Delgado", "rosa@casadelgadobakery.example"),
    "WHERE IS OUR WEBSITE??",
    "2026-11-27 07:55 -0500",
    """Jamie I just clicked the link you sent me last week and it says "This preview
has expired". Our whole website is gone?? Who decided that?? We have holiday
cake orders coming in THIS WEEK.

I did not authorize anyone to take our site down. Please explain!!""",
    sig="Rosa\nCasa Delgado Bakery",
    heated=True, scenario="misunderstanding", also=["blame"], first_name="Rosa",
    note="opened expired staging preview, thinks live site deleted")

add("en", ("Hiroshi Tanaka", "h.tanaka@tanaka-trading.example"),
    "About the progress of our project",
    "2026-12-04 18:20 +0900",
    """Dear Jamie,

Thank you for your work until now. But I must be honest, we are not satisfied
about how the project is going. The answers to our questions come very late,
sometimes 4 or 5 days, and the design still does not feel premium as we
explained in the first meeting. My director asked me why we chose a foreign
studio and I could not give a good answer.

We expected much more from this cooperation. Please tell us how you will
improve the situation.

Best regards,
Hiroshi Tanaka
Tanaka Trading Co., Ltd. / Overseas Sales""",
    heated=True, scenario="general_dissatisfaction", also=[],
    first_name="Hiroshi", note="non-native English, overall disappointment")

# calm ------------------------------------------------------------

add("en", ("Helen Osei", "helen@oseiarchitects.example"),
    "Cancelling before kickoff - deposit",
    "2026-11-09 15:02 +0000",
    """Hi Jamie,

I'm sorry to do this, but the partners have decided to postpone the website
project until the new office is finished, which won't be before next autumn.

Your terms say the deposit is refundable in full if a project is cancelled
before the kickoff workshop, and we hadn't scheduled ours yet. Could you
please refund the £1,500 deposit to the same account it came from?

Thank you for being so helpful during the proposal stage, and I hope we can
pick this up again later.

Kind regards,
Helen""",
    sig="Helen Osei RIBA\nOsei Architects",
    heated=False, first_name="Helen",
    note="polite refund request under stated policy")

add("en", ("Patricia Lindqvist", "plindqvist@vantagebio.example"),
    "MSA - legal review",
    "2026-11-11 09:30 -0500",
    """Hi Jamie,

Thanks for sending over the master services agreement. Our legal counsel will
review it this week; that's standard for any new vendor here, so please don't
read anything into it. They will probably have comments on the liability cap
and the IP clause.

Could you send me an editable Word version by Monday so they can mark it up
with tracked changes?

Best,
Patricia

Patricia Lindqvist | Procurement Lead | Vantage Bio""",
    heated=False, first_name="Patricia", deadline="2026-11-16",
    note="neutral legal review of contract, Word doc by Monday")

add("en", ("jess m", "jess@happytailsgrooming.example"),
    "OMG THE NEW SITE!!!",
    "2026-12-03 12:10 -0800",
    """JAMIE!!! I just saw the new homepage and I literally screamed 😍😍😍

The dog photos, the little paw animation, the booking button — EVERYTHING is
perfect!!! The whole team is obsessed. Our groomer Tasha already booked her
mom through it lol

THANK YOU THANK YOU THANK YOU!!! 🐶💕

Jess""",
    html=True, heated=False, first_name="Jess",
    note="enthusiastic caps and !!!, lower-case From; multipart")

add("en", ("Pixel & Pine Digest", "digest@news.pixelpine.example"),
    "Last chance!!! Black Friday deals end TONIGHT",
    "2026-11-27 06:00 -0500",
    """PIXEL & PINE DIGEST — Issue #212

LAST CHANCE: 60% off all icon packs and UI kits ends at midnight!

This week:
- Why your checkout is killing conversions (and how to fix it)
- 12 free fonts that don't look free
- Don't miss out: the Designer Survival Kit is almost gone

Don't wait — once they're gone, they're gone.

You are receiving this because you subscribed at pixelpine.example.
Unsubscribe: https://news.pixelpine.example/u/8f3a2c
Pixel & Pine Ltd, 5 Mill Lane, Leeds""",
    headers={"List-Unsubscribe": "<https://news.pixelpine.example/u/8f3a2c>, <mailto:unsubscribe@news.pixelpine.example>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
             "Precedence": "bulk",
             "List-Id": "Pixel & Pine Digest <digest.news.pixelpine.example>"},
    html=True, heated=False, first_name=None,
    note="newsletter with urgency words, bulk headers")

add("en", ("Sam Whitaker", "sam@whitakerfitness.example"),
    "Re: Membership page",
    "2026-11-19 20:05 -0500",
    """Hey Jamie, thanks for jumping on the phone today. That cleared it up, I
hadn't realised the old prices were still cached on my laptop. Sorry about
the tone of my last email, long week.

Let's go with option B for the pricing table. Talk soon!

Sam""",
    quote="""On Thu, Nov 19, 2026 at 8:12 AM Sam Whitaker <sam@whitakerfitness.example> wrote:
""" + q("""This is UNACCEPTABLE. The membership page is STILL showing last year's
prices and people are signing up at the old rate. I've asked you twice.
How hard can it be?????"""),
    reply=True, heated=False, first_name="Sam",
    note="calm apology above heated quoted history")

add("en", ("Laura Benton", "laura.benton@crestviewhotels.example"),
    "Automatic reply: Booking engine integration - final checklist",
    "2026-12-18 16:45 -0700",
    """Thank you for your email. I am out of the office from December 18 until
January 4, 2027, with no access to email.

For anything urgent regarding the Crestview website, please contact Omar
Haddad at omar.haddad@crestviewhotels.example. Otherwise I will reply when I
am back.

Laura Benton
Director of Marketing, Crestview Hotels""",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    heated=False, first_name="Laura",
    note="out-of-office, return date is not a deadline")

add("en", ("Amara Nwosu", "amara@riverbendfoodbank.example"),
    "Quote request - nonprofit pricing?",
    "2026-11-05 10:17 -0600",
    """Hello Jamie,

A volunteer recommended Brightpath to us. Riverbend Food Bank needs a simple
site: who we are, opening hours, a donate button and a volunteer sign-up form.

Before you put a quote together, I wanted to ask whether you offer any
discount for registered nonprofits. Our budget comes from a small community
grant, so it would help us plan. No problem at all if not!

Many thanks,
Amara Nwosu
Volunteer Coordinator""",
    heated=False, first_name="Amara",
    note="polite discount question before any price")

add("en", ("IT Support - Fenwick & Co", "it@fenwickco.example"),
    "URGENT: SSL certificate on fenwickco.example expires 4 Dec",
    "2026-11-30 08:20 +1100",
    """Hi Jamie,

Flagging this as urgent only because of the date, not because anything is
wrong yet. Our monitoring says the SSL certificate on the main site runs out
on 4 December. As you manage the hosting, could you renew it by Thursday
3 December?

If you need anything from us (DNS access, approval email), just say.

Cheers,
Fenwick & Co IT""",
    heated=False, first_name=None, deadline="2026-12-03",
    note="calm urgency, role From; renew by Thu 3 Dec (expires 4th)")

add("en", ("Raj Patel", "raj.patel@quantaflow.example"),
    "CMS / SEO follow-ups",
    "2026-12-09 14:50 +0530",
    """Hi Jamie,

Quick one. The CMS upgrade went fine, no issues on our side. Our SEO agency
has asked for two things for the Q1 push:

1. XML sitemap submitted in GSC
2. GA4 events on the demo-request CTA (form_start, form_submit)

No hard deadline, just send me an ETA when you have one. FYI I'm OOO from the
21st but Neha on my team can approve anything.

Thanks!
Raj""",
    heated=False, first_name="Raj",
    note="acronyms in caps, calm")

# ----------------------------- GERMAN ------------------------------

add("de", ("Hans-Peter Kühn", "hp.kuehn@kuehn-moebel.example"),
    "Abmahnung wegen Cookie-Banner – Ihre Verantwortung",
    "2026-11-30 10:41 +0100",
    """Sehr geehrter Herr Rivera,

heute lag bei uns eine Abmahnung im Briefkasten: Der Cookie-Banner auf
unserer Website, den Ihr Büro eingerichtet hat, lädt Google Fonts und
Analytics, bevor der Besucher überhaupt zugestimmt hat. Streitwert 5.000 Euro.

Sie haben uns damals ausdrücklich versichert, alles sei „DSGVO-konform“. Mein
Anwalt hat die Unterlagen bereits und prüft, Sie für sämtliche Kosten in
Regress zu nehmen.

Ich erwarte bis zum 4.12. eine schriftliche Stellungnahme, wie es dazu kommen
konnte und wann der Fehler behoben ist.

Hochachtungsvoll
Hans-Peter Kühn
Geschäftsführer, Kühn Möbelwerkstätten GmbH""",
    heated=True, scenario="legal_threat", also=["blame"],
    first_name="Hans-Peter", deadline="2026-12-04",
    note="Abmahnung, Anwalt/Regress, Stellungnahme bis 4.12.")

add("de", "sabine.wolff84@gmx.example",
    "Geld zurück sonst Rückbuchung",
    "2026-12-03 22:50 +0100",
    """Hallo,

ich hab jetzt 3 mal geschrieben und keiner meldet sich. Die Hochzeitsseite
die ich bei euch bezahlt habe geht immer noch nicht, die Gäste können sich
nicht anmelden. Die Hochzeit ist in 2 Wochen!!

Wenn bis morgen das Geld nicht auf meinem Konto ist buche ich über die
Kreditkarte zurück. Dann könnt ihr zusehen.

S. Wolff""",
    sig="Von meinem iPhone gesendet",
    charset="iso-8859-1",
    heated=True, scenario="legal_threat", also=["refund_demand"],
    first_name=None, deadline="2026-12-04",
    note="chargeback threat, money back by tomorrow; address-only From; latin-1")

add("de", ("Müller, Jürgen (Einkauf)", "juergen.mueller@hessler-bau.example"),
    "AW: Rechnung 2026-071",
    "2026-11-24 08:15 +0100",
    """Guten Morgen Herr Rivera,

die Rechnung über 3.480,00 EUR können wir in dieser Form nicht akzeptieren.
Die zusätzlichen 14 Stunden für „Korrekturschleifen“ waren nie Bestandteil
der Beauftragung und werden von uns nicht anerkannt. Ebenso wenig sehen wir
ein, für die Verzögerung beim Bildmaterial zu zahlen, die Sie zu vertreten
haben.

Wir werden den vereinbarten Festpreis von 2.000,00 EUR überweisen, mehr
nicht. Bitte senden Sie uns eine korrigierte Rechnung.

Mit freundlichen Grüßen
i. A. Jürgen Müller
Einkauf | Hessler Bau GmbH & Co. KG""",
    quote="""-----Ursprüngliche Nachricht-----
Von: Jamie Rivera <jamie@brightpath.example>
Gesendet: Montag, 23. November 2026 16:02
An: Müller, Jürgen (Einkauf) <juergen.mueller@hessler-bau.example>
Betreff: Rechnung 2026-071

Sehr geehrter Herr Müller,

anbei die Rechnung 2026-071 für den Relaunch inkl. der zusätzlich
abgestimmten Korrekturrunden.

Viele Grüße
Jamie Rivera""",
    reply=True, heated=True, scenario="refund_demand", also=["price_pushback"],
    first_name="Jürgen", note="disputes invoice, will pay only part; Outlook quote")

add("de", ("Lena Hofmann", "lena@kiezkaffee.example"),
    "Google-Ranking nach dem Relaunch im Keller",
    "2026-11-13 16:22 +0100",
    """Hey Jamie,

ich muss das jetzt mal so direkt sagen: Seit ihr die neue Seite live
geschaltet habt, sind wir bei „Kaffee Neukölln“ von Platz 2 irgendwo auf
Seite 4 abgerutscht. Die Leute finden uns einfach nicht mehr, und das merken
wir an der Theke.

Ihr habt die alten URLs nicht weitergeleitet, oder? Genau davor hatte ich am
Anfang noch gewarnt. Echt ärgerlich, Leute. Das habt ihr verbockt, und ich
will wissen, wie ihr das wieder geradebiegt.

Lena""",
    sig="--\nKiezkaffee · Weserstraße 58 · Berlin",
    heated=True, scenario="blame", also=[], first_name="Lena",
    note="blames relaunch for ranking drop, du-form")

add("de", ("Dr. Weber", "weber@weber-steuerberatung.example"),
    "Ihr Angebot vom 12.11. – Nachlass",
    "2026-12-04 11:05 +0100",
    """Sehr geehrter Herr Rivera,

wir hatten Ihr Angebot über 9.600 EUR netto angenommen. Unsere
Gesellschafterversammlung hat das Marketingbudget für das kommende Jahr
allerdings gekürzt.

Ich muss Sie daher bitten, uns 20 % Nachlass auf den vereinbarten Preis zu
gewähren. Andernfalls sehen wir uns gezwungen, das Projekt an ein anderes
Büro zu vergeben; entsprechende Angebote liegen uns vor.

Ich benötige Ihre Rückmeldung bis Mittwoch, den 9. Dezember.

Mit freundlichen Grüßen
Dr. Weber""",
    heated=True, scenario="price_pushback", also=[], first_name=None,
    deadline="2026-12-09",
    note="20% off agreed price or walk; title+surname From")

add("de", ("Beat Zürcher", "beat.zuercher@zuercher-treuhand.example"),
    "AW: Offerte Website Zürcher Treuhand",
    "2026-11-26 07:48 +0100",
    """Grüezi Herr Rivera

Ich habe mir die Offerte nochmals angeschaut, die wir letzte Woche
unterschrieben haben. Für 14'500 Franken erwarte ich eigentlich, dass die
Website auch noch den Kaffee kocht und die Buchhaltung macht.

Spass beiseite: Das ist mir schlicht zu viel. Ein Kollege hat für seine
Praxis die Hälfte bezahlt. Entweder wir finden uns irgendwo bei 9'000, oder
wir lassen es bleiben.

Freundliche Grüsse
Beat Zürcher""",
    quote="""Am 19.11.2026 um 14:31 schrieb Jamie Rivera <jamie@brightpath.example>:

""" + q("""Grüezi Herr Zürcher,

vielen Dank für die unterschriebene Offerte, wir freuen uns auf das Projekt.
Den Kick-off schlagen wir für den 1. Dezember vor.

Beste Grüsse
Jamie Rivera"""),
    reply=True, heated=True, scenario="price_pushback", also=[],
    first_name="Beat", note="Swiss, sarcasm, haggles after signed offer")

add("de", ("Ömer Yilmaz", "oemer@yilmaz-grosshandel.example"),
    "Onlineshop bis Montag",
    "2026-11-13 15:30 +0100",
    """Hallo Jamie,

wir haben kurzfristig entschieden, dass wir den Onlineshop doch schon zur
Messe brauchen. Das heißt: bis Montag muss er laufen. Rund 800 Artikel mit
Varianten, Anbindung an unsere Warenwirtschaft, B2B-Preise für
Händlerkunden, alles auf Deutsch und Türkisch.

Budget haben wir 1.500 Euro. Mehr geht gerade nicht.

Ich verlasse mich auf dich, das MUSS klappen. Wenn nicht, haben wir ein
echtes Problem.

Gruß Ömer""",
    heated=True, scenario="unrealistic_demand", also=[], first_name="Ömer",
    deadline="2026-11-16", note="800-article shop over the weekend for 1500 EUR")

add("de", ("Katrin Schäfer-Lange", "k.schaefer-lange@praxis-lange.example"),
    "Re: Praxis-Website: Korrekturen eingearbeitet",
    "2026-12-07 19:33 +0100",
    """Hallo Jamie,

danke. Bevor ich mir das genauer anschaue: Wir bräuchten noch eine
Online-Terminbuchung, einen Bereich für Patientenformulare zum Download,
eine Seite für jede unserer sechs Therapeutinnen und eigentlich auch einen
Newsletter.

Das ist ja alles Teil einer ordentlichen Praxis-Website, also gehe ich davon
aus, dass das in der Pauschale drin ist. Wann kann ich das sehen?

Katrin Schäfer-Lange""",
    quote="""Am Mo., 7. Dez. 2026 um 10:12 Uhr schrieb Jamie Rivera <jamie@brightpath.example>:
""" + q("""Hallo Katrin,

die Korrekturen aus deiner letzten Mail sind eingearbeitet und auf der
Testseite online. Magst du kurz drüberschauen und freigeben?

Viele Grüße
Jamie"""),
    charset="iso-8859-1", reply=True,
    heated=True, scenario="scope_creep", also=[],
    first_name="Katrin", note="adds features as included, skips approval; latin-1")

add("de", ("Prof. Dr. Gerhard Brandt", "brandt@institut-brandt.example"),
    "Ihr sogenanntes Designsystem",
    "2026-11-20 21:14 +0100",
    """Herr Rivera,

mein Sohn studiert Informatik im fünften Semester. Er sagt, eine Website
dieser Art baue man mit WordPress an einem Wochenende. Wozu wir also ein
„Designsystem“, „Komponenten“ und drei Workshops brauchen, erschließt sich
mir nicht.

Offen gesagt bezweifle ich, dass Sie wissen, was ein wissenschaftliches
Institut benötigt. Wir verwenden die Farben und die Schrift, die wir seit
1998 verwenden. Punkt.

Brandt""",
    heated=True, scenario="doubts_expertise", also=[],
    first_name="Gerhard", note="questions competence, rejects design system")

add("de", ("Anja Krüger", "a.krueger@blumen-krueger.example"),
    "Doppelt abgerechnet?!",
    "2026-12-02 09:58 +0100",
    """Hallo Herr Rivera,

ich trau meinen Augen nicht. Im Oktober kam Rechnung 2026-041 über 2.400
Euro, heute kommt 2026-057 über genau 2.400 Euro. Für dieselbe Website! Dass
auf der zweiten „Schlussrechnung“ steht, ändert ja nichts daran, dass Sie
mir alles zweimal berechnen.

So geht man nicht mit kleinen Betrieben um. Ich erwarte eine Erklärung.

Anja Krüger
Blumen Krüger, Marktplatz 3""",
    heated=True, scenario="misunderstanding", also=["blame"],
    first_name="Anja",
    note="reads 50/50 deposit+final invoices as double billing")

add("de", ("Mag. Florian Gruber", "f.gruber@gruber-weine.example"),
    "Unser Webauftritt",
    "2026-11-17 13:02 +0100",
    """Grüß Gott Jamie,

ich will ehrlich sein: Ich bin ziemlich enttäuscht. Ich kann gar nicht genau
sagen, woran es liegt, aber irgendwie passt das alles nicht. Die Seite wirkt
nicht nach uns, nicht nach Weingut, nicht nach Wachau. Jedes Mal, wenn ich
sie öffne, habe ich ein ungutes Gefühl.

Das hatte ich mir nach den ersten Gesprächen ganz anders vorgestellt.

Florian Gruber""",
    sig="Weingut Gruber · Spitz an der Donau",
    heated=True, scenario="general_dissatisfaction", also=[],
    first_name="Florian", note="Austrian, vague disappointment; Mag. title")

# calm ------------------------------------------------------------

add("de", ("Birgit Hahn", "b.hahn@stadtwerke-nord.example"),
    "Automatische Antwort: Freigabe Startseite",
    "2026-11-30 14:20 +0100",
    """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 8. Dezember nicht im Büro und habe keinen Zugriff
auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an Herrn
Dirk Saathoff (d.saathoff@stadtwerke-nord.example, Tel. 0441 555-2310).

Ihre E-Mail wird nicht weitergeleitet.

Mit freundlichen Grüßen
Birgit Hahn""",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    heated=False, first_name="Birgit", note="Abwesenheitsnotiz")

add("de", ("Tobias Keller", "tobias@keller-fahrradladen.example"),
    "WG: Ihr Kontaktformular ist eine Frechheit",
    "2026-11-17 12:05 +0100",
    """Hallo Jamie,

anbei eine ziemlich geladene Mail von einem Kunden, nur zur Info. Kein Grund
zur Aufregung, der Herr hatte sich bei seiner eigenen E-Mail-Adresse vertippt.
Wäre aber gut zu wissen, ob das Formular überhaupt eine Bestätigung
verschickt. Könnt ihr bis Freitag mal draufschauen?

Danke dir und schöne Woche,
Tobias""",
    quote="""---------- Forwarded message ---------
Von: Klaus Reimer <k.reimer@web.example>
Date: Mo., 16. Nov. 2026 um 21:14 Uhr
Subject: Ihr Kontaktformular ist eine Frechheit
To: <info@keller-fahrradladen.example>


UNVERSCHÄMT!!! Ich habe dreimal über Ihr Formular eine Reparatur angefragt
und NIE eine Antwort bekommen. So einen Laden empfehle ich garantiert nicht
weiter. Ihre Website ist eine einzige Katastrophe!!!""",
    heated=False, first_name="Tobias", deadline="2026-11-20",
    note="forwarded angry customer mail, calm note; check by Friday")

add("de", ("Vertragsmanagement | Nordlicht Versicherung AG", "vertraege@nordlicht-versicherung.example"),
    "Rahmenvertrag Webentwicklung – Anmerkungen der Rechtsabteilung",
    "2026-12-03 15:40 +0100",
    """Sehr geehrte Damen und Herren,

unsere Rechtsabteilung hat den Entwurf des Rahmenvertrags geprüft. Die
Anmerkungen finden Sie in der beigefügten Fassung im Änderungsmodus. Sie
betreffen im Wesentlichen die Haftungsbegrenzung (§ 9), die Nutzungsrechte
(§ 6) sowie den Gerichtsstand.

Dies ist ein üblicher Schritt bei allen neuen Dienstleistern. Wir bitten um
Ihre Rückmeldung zu den Änderungen bis zum 11.12.2026.

Mit freundlichen Grüßen
Vertragsmanagement
Nordlicht Versicherung AG""",
    heated=False, first_name=None, deadline="2026-12-11",
    note="neutral legal review, role From, reply by 11.12.")

add("de", ("Julia Brenner", "julia.brenner@brenner-architektur.example"),
    "Feedback zum zweiten Entwurf",
    "2026-11-10 17:25 +0100",
    """Hallo Jamie,

danke für den zweiten Entwurf, der geht klar in die richtige Richtung. Die
Projektgalerie gefällt uns allen sehr.

Zwei Dinge würden wir gern noch verbessern: Auf dem Handy ist die
Fließtextschrift ziemlich klein, und das Logo wirkt im Header etwas
gequetscht. Vielleicht könnt ihr da nochmal ran? Ansonsten sind wir
zufrieden.

Liebe Grüße
Julia""",
    sig="Julia Brenner\nBrenner Architektur · Freiburg",
    html=True, heated=False, first_name="Julia",
    note="constructive mild criticism; multipart")

add("de", ("Zahlungsservice CloudKontor", "no-reply@billing.cloudkontor.example"),
    "Mahnung: Zahlung für Ihr Abo fehlgeschlagen",
    "2026-12-01 04:00 +0100",
    """Hallo Brightpath Studio,

die Abbuchung für Ihr Abonnement „CloudKontor Team“ (49,00 EUR) ist
fehlgeschlagen. Bitte aktualisieren Sie Ihre Zahlungsdaten im Kundenkonto,
um eine Unterbrechung Ihres Dienstes zu vermeiden.

Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht auf
diese E-Mail.

CloudKontor GmbH · Impressum · Datenschutz""",
    headers={"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
    heated=False, first_name=None, note="automated dunning notification")

add("de", ("Nadine Vogt", "presse@vogt-kommunikation.example"),
    "Dringend: Pressemitteilung auf die Startseite",
    "2026-11-25 09:40 +0100",
    """Hi Jamie,

dringend, aber kein Drama: Die Pressemitteilung zur Fusion ist gerade
freigegeben worden und muss heute noch auf die Startseite. Text und Bild
hängen an. Schaffst du das bis 15 Uhr?

Danke dir!
Nadine""",
    heated=False, first_name="Nadine", deadline="2026-11-25",
    note="calm urgency, today")

add("de", ("MAX HUBER", "max@huber-zimmerei.example"),
    "DER WAHNSINN!!!",
    "2026-12-09 18:12 +0100",
    """Servus Jamie,

ich muss dir das einfach schreiben: Seit die neue Seite online ist, haben
wir DREIMAL so viele Anfragen wie letztes Jahr!!! Gestern hat sogar einer aus
Salzburg angerufen, der uns nur über die Referenzseite gefunden hat!!!

GANZ GROSSES KINO. Das Bier beim nächsten Mal geht auf mich.

Max""",
    charset="iso-8859-1",
    heated=False, first_name="Max",
    note="enthusiastic caps, CAPS From; latin-1")

add("de", ("Sportverein Grün-Weiß Eichstätt e.V.", "vorstand@gw-eichstaett.example"),
    "Anfrage neue Vereinswebsite",
    "2026-11-06 20:30 +0100",
    """Guten Abend,

unser Verein (ca. 450 Mitglieder, Fußball, Turnen, Tischtennis) möchte die
in die Jahre gekommene Website erneuern. Wichtig wären uns Spielpläne,
Trainingszeiten und ein einfacher Mitgliedsantrag.

Bevor Sie ein Angebot erstellen: Gewähren Sie gemeinnützigen Vereinen einen
Rabatt? Das würde uns bei der Planung im Vorstand helfen.

Mit sportlichen Grüßen
Thomas Reindl
2. Vorsitzender""",
    heated=False, first_name=None,
    note="discount question before quote; club From, name only in signature")

add("de", ("Stefan Ludwig", "s.ludwig@ludwig-it.example"),
    "Kick-off verschieben?",
    "2026-11-30 07:15 -0500",
    """Hallo Jamie,

ich bin diese Woche noch bei einem Kunden in New York, daher die Uhrzeit. Können
wir den Kick-off auf Donnerstag, den 10.12., verschieben? Vormittag wäre
ideal, am besten gleich per Teams.

Wegen SSO, SLA und DNS-Umzug bringe ich unseren IT-Leiter mit.

Viele Grüße
Stefan""",
    sig="Gesendet von Outlook für iOS",
    heated=False, first_name="Stefan",
    note="meeting date proposal, not a deadline; NY time zone")

# ----------------------------- DANISH ------------------------------

add("da", ("Søren Kjær", "soren@kjaer-cykler.example"),
    "Webshoppen – nu er det nok",
    "2026-11-23 08:47 +0100",
    """Jamie

Webshoppen har nu været nede tre gange på en måned, og i weekenden forsvandt
halvdelen af varebeskrivelserne. Det er simpelthen ikke godt nok, og det er
jeres kode, ikke vores.

Jeg vil have hele shoppen lavet om fra bunden, uden beregning. Ellers går
sagen videre til vores advokat, og så skriver jeg også gerne en ærlig
anmeldelse på Trustpilot om samarbejdet.

Jeg forventer en plan senest fredag.

Søren Kjær
Kjær Cykler, Vejle""",
    heated=True, scenario="legal_threat", also=["blame"],
    first_name="Søren", deadline="2026-11-27",
    note="advokat + Trustpilot, redo from scratch, plan by Friday")

add("da", ("Mette Lykke Holm", "mette@holmkeramik.example"),
    "Logoet – jeg vil have mine penge tilbage",
    "2026-12-03 13:26 +0100",
    """Hej Jamie.

Jeg har nu levet med det nye logo i to uger, og jeg kan ikke se mig selv i
det. Det ligner noget fra en skabelon. Jeg har vist det til flere kunder, og
ingen af dem synes, det passer til mine ting.

Jeg ønsker derfor hele beløbet på 6.800 kr. tilbagebetalt. Beløbet skal være
overført senest den 10. december.

Mette""",
    sig="Holm Keramik · Værksted og butik i Svaneke",
    heated=True, scenario="refund_demand", also=["general_dissatisfaction"],
    first_name="Mette", deadline="2026-12-10",
    note="full refund for delivered logo by 10 Dec")

add("da", ("anders b", "anders@bjerreentreprise.example"),
    "SV: Faktura 1187",
    "2026-11-19 06:52 +0100",
    """den faktura betaler jeg ikke. siden kom 3 uger for sent og vi mistede en
licitation pga det. I kan sende en kreditnota""",
    sig="Sendt fra min iPhone",
    quote="""Den ons. 18. nov. 2026 kl. 14.05 skrev Jamie Rivera <jamie@brightpath.example>:

""" + q("""Hej Anders

Vedhæftet faktura 1187 for den nye hjemmeside. Betalingsfristen er 14 dage.

Mange hilsner
Jamie"""),
    reply=True, heated=True, scenario="refund_demand", also=["blame"],
    first_name="Anders", note="refuses invoice, lower-case From")

add("da", ("Pipaluk Kleist", "pipaluk@arctic-kayak.example"),
    "Jeres bookingsystem viser forkerte tider",
    "2026-11-18 21:30 -0200",
    """Hej Jamie

Nu har vi igen haft turister, der stod ved havnen en time for tidligt. Jeres
bookingsystem viser dansk tid i bekræftelserne, ikke Nuuk-tid. Det har jeg
sagt før. I har testet det alt for dårligt, og det er os, der står med sure
gæster og refusioner.

Det skal være rettet i morgen. Vi har en stor gruppe fra et krydstogtskib på
fredag.

Pipaluk
Arctic Kayak Nuuk""",
    heated=True, scenario="blame", also=[], first_name="Pipaluk",
    deadline="2026-11-19",
    note="blames booking time-zone bug; Date -0200 late evening, tomorrow=19th")

add("da", ("Camilla Dahl Jensen", "cdj@vinhuset-dahl.example"),
    "Nyhedsbrevet er ødelagt i Outlook – igen",
    "2026-12-01 10:15 +0100",
    """Hej Jamie

Tak for ingenting, kan man vist godt sige. Julenyhedsbrevet gik i går ud til
4.000 kunder, og i Outlook ser det ud som om en kat har danset på tastaturet.
Knapperne er væk, og billederne ligger oven i teksten.

Det er tredje gang, jeg skriver om den skabelon. Jeg har nu bedt vores
direktør tage det op med jeres ledelse direkte, for jeg gider ikke bruge
flere timer på at forklare det samme.

Camilla""",
    heated=True, scenario="blame", also=["general_dissatisfaction"],
    first_name="Camilla", note="sarcasm, third complaint, escalation to boss")

add("da", ("Kontor Nord ApS", "indkob@kontornord.example"),
    "Prisen",
    "2026-11-20 14:02 +0100",
    """Hej

Vi har fået et tilbud fra et bureau i Aarhus, der er 40 % billigere end det,
vi aftalte med jer. Kan I matche det? Ellers går vi med dem.

Giv mig svar senest onsdag.

Venlig hilsen
Henrik""",
    heated=True, scenario="price_pushback", also=[], first_name=None,
    deadline="2026-11-25",
    note="match 40% cheaper or walk; company From, name in sig only")

add("da", ("Jeppe Nørgaard", "jeppe@norgaard-events.example"),
    "App + ny hjemmeside før jul",
    "2026-12-07 06:10 +0700",
    """Hej Jamie, skriver fra Bangkok så undskyld tidspunktet

Vi har besluttet at lancere vores nye festivalkoncept allerede nu, så vi skal
have både app (iOS og Android) og ny hjemmeside med billetsalg klar til
fredag. Budgettet er 10.000 kr. i alt.

Jeg ved godt det er stramt, men det er altså sådan det er. Det skal bare
virke til fredag, ellers mister vi hele forsalget!!""",
    sig="Sendt fra min iPhone",
    heated=True, scenario="unrealistic_demand", also=[], first_name="Jeppe",
    deadline="2026-12-11", note="app + site in 4 days for 10k DKK")

add("da", ("Rikke Bach", "rikke@bachfysio.example"),
    "Lige et par små ting mere 😊",
    "2026-11-26 20:48 +0100",
    """Hej Jamie 😊

Jeg har ikke nået at kigge på de ændringer, du sendte i mandags, men inden
jeg glemmer det: Kan I lige lave en side med øvelsesvideoer, en webshop til
vores elastikker og en medlemsportal til holdtræning? Og så skal
prislisten også kunne skifte automatisk i januar.

Det tager jo kun fem minutter for jer, så jeg går ud fra, at det er med i
den pris, vi aftalte. Det var det jo sidst også 😊

Kh Rikke""",
    heated=True, scenario="scope_creep", also=[], first_name="Rikke",
    note="passive-aggressive smileys, piles on work before reviewing last")

add("da", ("Jógvan Poulsen", "jogvan@fiskivirki.example"),
    "Sprogversioner",
    "2026-11-11 11:20 +0000",
    """Hej Jamie

Vi har nu set den danske version af hjemmesiden. Den er fin. Men vi havde
selvfølgelig regnet med, at den også kom på færøsk, engelsk og japansk,
for det er jo der, vores kunder er. Og produktkataloget skal også med, det er
vel 300 sider.

Det kan vel ikke være rigtigt, at det skal koste ekstra. Det synes jeg ikke
er for meget forlangt.

Vinarliga
Jógvan Poulsen
Fiskivirki P/F, Klaksvík""",
    heated=True, scenario="scope_creep", also=[], first_name="Jógvan",
    note="Faroese client, extra languages + catalogue assumed included")

add("da", ("Poul-Erik Vestergaard", "pev@vestergaard-vvs.example"),
    "Jeres forslag",
    "2026-12-08 15:33 +0100",
    """Jamie

Jeg tvivler ærligt talt på, at I ved, hvad I laver. Vores forrige bureau
ville aldrig have foreslået, at vi fjernede telefonnummeret fra toppen af
siden og erstattede det med en "chatbot". Vores kunder er håndværkere og
pensionister, ikke teenagere.

I får ikke lov at eksperimentere med min forretning. Sæt det tilbage, som det
var.

P-E Vestergaard
Vestergaard VVS""",
    charset="iso-8859-1",
    heated=True, scenario="doubts_expertise", also=[],
    first_name="Poul-Erik", note="questions competence, overrides; latin-1")

add("da", ("Birthe Aagaard", "birthe@aagaard-tegnestue.example"),
    "SV: Status på projektet",
    "2026-11-17 16:40 +0100",
    """Hej Jamie

Tak for statussen. Jeg må bare sige, at jeg ikke er glad for det her. Det
hele føles halvhjertet, og jeg har ikke følelsen af, at nogen hos jer
egentlig har sat sig ind i, hvem vi er. Jeg havde forventet mere.

Birthe""",
    quote="""Fra: Jamie Rivera <jamie@brightpath.example>
Sendt: 17. november 2026 10:22
Til: Birthe Aagaard <birthe@aagaard-tegnestue.example>
Emne: Status på projektet

Hej Birthe

Her er en kort status: forsiden og projektsiderne er klar til gennemsyn på
testserveren, og vi mangler kun teksterne til "Om os".

Bedste hilsner
Jamie""",
    reply=True, heated=True, scenario="general_dissatisfaction", also=[],
    first_name="Birthe", note="vague unhappiness, Outlook quote")

# calm ------------------------------------------------------------

add("da", ("Designugen", "nyhedsbrev@designugen.example"),
    "SIDSTE CHANCE: Early bird slutter i aften!!!",
    "2026-11-29 07:00 +0100",
    """DESIGNUGEN 2027 – NYHEDSBREV

Sidste chance! Early bird-billetterne til Designugen 2027 forsvinder i aften
kl. 23.59. Skynd dig – der er kun få pladser tilbage!

I dette nummer:
· Tre bureauer om at sige nej til kunder
· Workshop: tilgængelighed på under en time
· Årets bedste danske webshops

Du modtager denne mail, fordi du er tilmeldt vores nyhedsbrev.
Afmeld: https://designugen.example/afmeld?id=55c1""",
    headers={"List-Unsubscribe": "<https://designugen.example/afmeld?id=55c1>",
             "Precedence": "bulk",
             "List-Id": "<nyhedsbrev.designugen.example>"},
    html=True, heated=False, first_name=None,
    note="newsletter, urgency caps, bulk headers")

add("da", ("Kirsten Bøgh", "kirsten.bogh@bogh-advokater.example"),
    "Autosvar: Tekster til forsiden",
    "2026-12-21 09:03 +0100",
    """Tak for din mail.

Jeg holder juleferie og er tilbage mandag den 4. januar 2027. Din mail
bliver ikke videresendt. Ved presserende henvendelser kan du kontakte
kontoret på 33 12 34 56.

Glædelig jul
Kirsten Bøgh""",
    headers={"Auto-Submitted": "auto-replied"},
    heated=False, first_name="Kirsten",
    note="out-of-office at a law firm, return date not a deadline")

add("da", ("Frederik Skov", "frederik@skovogsoen.example"),
    "Opsigelse af hosting",
    "2026-11-04 10:30 +0100",
    """Hej Jamie

Vi er blevet opkøbt og flytter alt over på koncernens egne servere, så vi
vil gerne opsige hostingaftalen.

I jeres betingelser står der, at aftalen kan opsiges med 30 dages varsel, og
at forudbetalt hosting refunderes forholdsmæssigt. Vi har betalt frem til
juni, så jeg går ud fra, at vi får de resterende måneder refunderet.
Sig endelig til, hvis I mangler noget fra os.

Tak for et godt samarbejde!

Venlig hilsen
Frederik Skov
Skov & Søn A/S""",
    heated=False, first_name="Frederik",
    note="polite pro-rata refund under stated terms")

add("da", ("Nikolaj Brandt", "nikolaj@brandt-kaffe.example"),
    "SV: Kassen på webshoppen",
    "2026-12-02 08:30 +0100",
    """Hej Jamie

Undskyld min sure mail i går aftes. Det viste sig, at det var vores egen
betalingsudbyder, der havde lukket kontoen midlertidigt, så jeres kode var
helt uskyldig. Det kører igen nu.

Tak for at du tog den så roligt.

Nikolaj""",
    quote="""Den tir. 1. dec. 2026 kl. 22.14 skrev Nikolaj Brandt <nikolaj@brandt-kaffe.example>:

""" + q("""HVAD ER DER GALT MED JERES KASSE?!? Ingen kan betale, og det er
decembers travleste uge. Jeg betaler ikke for en shop, der ikke virker.
Ordn det NU."""),
    reply=True, heated=False, first_name="Nikolaj",
    note="calm apology above heated quoted history")

add("da", ("Louise Kragh", "louise@kraghbolig.example"),
    "Feedback på boligsiderne",
    "2026-11-12 12:45 +0100",
    """Hej Jamie

Tak for de nye boligsider. Generelt rigtig fint, og filtreringen er meget
bedre end før.

Et par ting, vi gerne vil have kigget på: Plantegningerne er svære at zoome
ind på på mobilen, og knappen "Book fremvisning" forsvinder lidt i det grå.
Måske en stærkere farve?

Ellers er vi godt tilfredse.

Mvh Louise""",
    html=True, heated=False, first_name="Louise",
    note="constructive mild criticism; multipart")

add("da", ("Hanne Winther | Roklubben Øresund", "hanne@roklubben-oresund.example"),
    "VS: KLAGE!!! Kan ikke logge ind",
    "2026-11-25 19:10 +0100",
    """Hej Jamie

Jeg videresender lige en ret sur mail fra et af vores medlemmer. Jeg er ikke
selv utilfreds, men kan I tjekke, om login til bådbookingen virker for
alle? Gerne senest mandag, hvor vintertræningen starter.

Tak!
Hanne""",
    quote="""Fra: Ole Bang <ole.bang@mail.example>
Sendt: 24. november 2026 23:02
Til: bestyrelsen@roklubben-oresund.example
Emne: KLAGE!!! Kan ikke logge ind

Jeg har nu prøvet at logge ind TI gange. Jeres nye system er en katastrofe,
og hvem har dog godkendt det?? Jeg melder mig ud, hvis det ikke virker snart!!!""",
    heated=False, first_name="Hanne", deadline="2026-11-30",
    note="forwarded angry member mail, calm note; check by Monday")

add("da", ("Ida Holm-Sørensen", "ihs@nordvind-energi.example"),
    "Databehandleraftale – spørgsmål fra vores advokat",
    "2026-12-14 09:55 +0100",
    """Hej Jamie

Vores advokat har gennemgået databehandleraftalen og har et par spørgsmål,
primært om hvilke underdatabehandlere I bruger til hosting og backup. Det er
helt standard hos os, vi gør det med alle leverandører.

Kan du sende listen over underdatabehandlere senest torsdag? Så kan vi
underskrive inden jul.

På forhånd tak
Ida""",
    heated=False, first_name="Ida", deadline="2026-12-17",
    note="neutral lawyer review, list by Thursday")

add("da", ("Morten Lund (Lund Bageri)", "morten@lundbageri.example"),
    "I er simpelthen de BEDSTE!!!",
    "2026-12-11 05:40 +0100",
    """Godmorgen Jamie!!!

Står her i bageriet kl. halv seks og kan se, at der allerede er kommet 40
forudbestillinger på julekringler via den nye side!!! Sidste år fik vi 12
HELE december 🎉🎉🎉

TUSIND TAK til hele holdet. Der står en kringle og venter på jer!

Morten""",
    heated=False, first_name="Morten",
    note="enthusiastic caps/!!!, name with company in parentheses")

add("da", ("Malthe Friis", "malthe@friis-regnskab.example"),
    "Et par tekniske spørgsmål (GDPR, SSL, MitID)",
    "2026-11-09 14:12 +0100",
    """Hej Jamie

Inden vi går i gang, har jeg et par spørgsmål:

1. Ift. GDPR: Hvor hostes vores data, og er det inden for EU?
2. Har vi SSL på alle subdomæner, også kundeportalen?
3. Skal vi have MitID-login til portalen, eller er det overkill?

Ingen hast, svar bare når du har tid.

Mvh
Malthe Friis""",
    charset="iso-8859-1",
    heated=False, first_name="Malthe",
    note="acronyms in caps, calm questions; latin-1")

# ----------------------------- FINNISH -----------------------------

add("fi", ("Virtanen Matti", "matti.virtanen@virtasenkuljetus.example"),
    "Ajanvarausjärjestelmä kaatui taas",
    "2026-11-30 07:05 +0200",
    """Hei,

tämä alkaa riittää. Uusi ajanvarausjärjestelmänne on kaatunut kolme kertaa
kahdessa viikossa, ja eilen kaikki aamun noudot katosivat järjestelmästä.
Kuljettajat ajoivat tyhjiä kierroksia ja asiakkaat soittivat minulle suoraan.

Vika on teidän toteutuksessanne, ei meidän palvelimissamme. Jos järjestelmä
ei toimi luotettavasti 11.12. mennessä, annan asian asianajajamme
hoidettavaksi ja vaadin korvausta menetetyistä tuloista.

Matti Virtanen
Virtasen Kuljetus Oy""",
    heated=True, scenario="legal_threat", also=["blame", "refund_demand"],
    first_name="Matti", deadline="2026-12-11",
    note="lawyer + damages; From is surname-first")

add("fi", ("Päivi Korhonen", "paivi@korhosenkukka.example"),
    "Hakukoneoptimointi – vaadin rahat takaisin",
    "2026-12-08 10:12 +0200",
    """Hei Jamie

Maksoimme teille syyskuussa 1 800 euroa hakukoneoptimoinnista. Nyt on
joulukuu, eikä yksikään uusi asiakas ole löytänyt meitä Googlesta. Ei
yksikään. Tuntuu siltä, että maksoin tyhjästä.

Vaadin rahat takaisin. Summa on palautettava tilillemme viimeistään
perjantaina.

Päivi Korhonen
Korhosen Kukka, Kuopio""",
    charset="iso-8859-1",
    heated=True, scenario="refund_demand", also=["general_dissatisfaction"],
    first_name="Päivi", deadline="2026-12-11",
    note="refund for SEO by Friday; latin-1")

add("fi", ("JYRKI LEHTONEN", "jyrki.lehtonen@lehtosenlvi.example"),
    "VS: VS: Tilausvahvistukset",
    "2026-12-14 07:20 +0200",
    """KOLMAS KERTA KUN KYSYN. Asiakkaamme eivät ole saaneet tilausvahvistuksia
sähköpostiin sen jälkeen, kun te siirsitte sivut uudelle palvelimelle. Te sen
sotkitte, te sen myös korjaatte. Tänään.

Jyrki""",
    sig="Lehtosen LVI Oy / p. 040 555 0142",
    quote="""Jyrki Lehtonen <jyrki.lehtonen@lehtosenlvi.example> kirjoitti pe 11.12.2026 klo 15.02:

""" + q("""Onko tälle tehty jotain? Vahvistukset eivät edelleenkään kulje."""),
    reply=True, heated=True, scenario="blame", also=[], first_name="Jyrki",
    deadline="2026-12-14", note="caps, third chase, fix today; CAPS From")

add("fi", ("Tuomas (Kahvila Kulma)", "tuomas@kahvilakulma.example"),
    "Hinta",
    "2026-12-01 00:35 +0200",
    """Moi Jamie!

Mietittiin tätä vielä porukalla, ja sovittu 7 900 € tuntuu kyllä aika
kovalta pienelle kahvilalle. Yksi tuttu firma tekisi saman 5 000 eurolla.
Jos ette pysty tulemaan hinnassa vastaan, joudutaan varmaan katsomaan muita
vaihtoehtoja.

Kerro keskiviikkoon mennessä, mitä tehdään.

t. Tuomas""",
    heated=True, scenario="price_pushback", also=[], first_name="Tuomas",
    deadline="2026-12-02",
    note="haggles agreed price, may walk; sent just after midnight Tue")

add("fi", ("Anna-Liisa Mäkelä", "anna-liisa@makelansisustus.example"),
    "Verkkokauppa auki 30.11.",
    "2026-11-25 16:50 +0200",
    """Hei!

Hallitus päätti eilen, että avaamme verkkokaupan jo joulusesonkiin. Eli
tarvitsemme kaupan auki maanantaina 30.11.: noin 2 000 tuotetta kuvineen,
Klarna, Posti-integraatio ja kanta-asiakasohjelma. Tuotetiedot toimitamme
ehkä perjantaina.

Tiedän, että aikataulu on nopea, mutta tähän ei ole vaihtoehtoa. Tämän on
pakko onnistua.

Anna-Liisa Mäkelä
Mäkelän Sisustus""",
    heated=True, scenario="unrealistic_demand", also=[],
    first_name="Anna-Liisa", deadline="2026-11-30",
    note="2000-product shop in 3 working days")

add("fi", ("Kari Nieminen, toimitusjohtaja", "kari.nieminen@niemisenkonepaja.example"),
    "Sivuston tulokset",
    "2026-11-16 12:30 +0200",
    """Jamie,

maksoimme perussivustosta, se on selvä. Mutta kun sivut ovat olleet
kuukauden auki, odotin, että olisimme jo Googlen ykkössijalla ja
yhteydenottoja tulisi sata viikossa. Nyt niitä on tullut neljä.

En halua kuulla selityksiä hakukoneiden toiminnasta. Odotan, että sivusto
alkaa tuottaa, ja nopeasti.

Kari Nieminen
Niemisen Konepaja Oy""",
    heated=True, scenario="unrealistic_demand", also=["general_dissatisfaction"],
    first_name="Kari", note="expects rank #1 and 100 leads from basic site")

add("fi", "hallitus@as-oy-koivurinne.example",
    "Kotisivuluonnos – hallituksen kommentit",
    "2026-11-19 21:05 +0200",
    """Hei,

hallitus kävi kokouksessaan läpi kotisivuluonnoksen. Sivut ovat sinänsä ihan
kelvolliset, mutta niistä puuttuu vielä muutama asia, joiden oletimme
kuuluvan kokonaisuuteen:

- saunavuorojen ja pesutuvan varausjärjestelmä
- asukkaiden keskustelupalsta
- isännöitsijän tiedotteet tekstiviestinä kaikille asukkaille
- sähköinen huoltokirja

Nämä kuuluvat nykyaikaiseen taloyhtiön sivustoon, joten emme näe syytä
lisälaskutukselle. Toivottavasti olemme tästä samaa mieltä.

Terveisin
As Oy Koivurinteen hallitus
pj. Raimo Kettunen""",
    heated=True, scenario="scope_creep", also=[], first_name=None,
    note="board wants big extras at same price; address-only From")

add("fi", ("Reijo Laine", "reijo.laine@laineautomation.example"),
    "VS: Etusivun rakenne",
    "2026-11-24 14:40 +0200",
    """Jamie,

olen myynyt teollisuusautomaatiota 25 vuotta. En usko, että teillä on
käsitystä siitä, miten B2B-ostaja toimii. Kukaan insinööri ei lue
"tarinoita" eikä katso videoita, he haluavat teknisen datan ja PDF-esitteet
heti etusivulle.

Ehdottamanne rakenne voi toimia kuluttajabrändeille, mutta ei meille.
Tehdään niin kuin minä sanon.

Reijo Laine
Myyntijohtaja, Laine Automation Oy""",
    quote="""Lähettäjä: Jamie Rivera <jamie@brightpath.example>
Lähetetty: maanantai 23. marraskuuta 2026 16.10
Vastaanottaja: Reijo Laine <reijo.laine@laineautomation.example>
Aihe: Etusivun rakenne

Hei Reijo,

liitteenä ehdotus etusivun rakenteeksi. Nostaisimme asiakastapaukset ja
lyhyen esittelyvideon ylös, ja tekniset tiedot löytyvät tuotesivuilta.

Terveisin
Jamie""",
    reply=True, heated=True, scenario="doubts_expertise", also=[],
    first_name="Reijo", note="overrides structure recommendation; Outlook quote")

add("fi", ("Sari Heikkinen", "sari.heikkinen@heikkisenmatkat.example"),
    "Kävijämäärät romahtaneet??",
    "2026-11-12 09:25 +0200",
    """Hei Jamie,

mitä ihmettä sivuillemme on tapahtunut?? Lokakuun raportissa kävijöitä oli
12 400, ja nyt tämän viikon raportissa vain 2 300. Se on yli 80 % pudotus!
Uusi sivusto on siis ajanut asiakkaat pois.

Haluan selityksen heti.

Sari""",
    heated=True, scenario="misunderstanding", also=["blame"],
    first_name="Sari", note="compares monthly vs weekly report")

add("fi", ("Eeva Rantanen", "eeva@rantasenhammas.example"),
    "Miksi laskutatte verkkotunnuksesta erikseen?",
    "2026-12-10 13:15 +0200",
    """Hei,

saimme tänään laskun "Verkkotunnuksen uusiminen 2027", 49 euroa. Lähettäjänä
lukee Domainhotelli Oy, mutta oletan, että se tulee teidän kauttanne.
Sopimuksessa luki selvästi, että verkkotunnus kuuluu ylläpitopakettiin!

Miksi meitä nyt yhtäkkiä laskutetaan erikseen? Tällainen pikkusummien
laskuttaminen ei kyllä herätä luottamusta.

Eeva Rantanen
Rantasen Hammasklinikka""",
    heated=True, scenario="misunderstanding", also=["blame"],
    first_name="Eeva", note="attributes registrar's invoice to us")

add("fi", ("Mikko H.", "mikko.h@kuvaamohelle.example"),
    "projekti",
    "2026-12-05 22:40 +0200",
    """Moi. En oo kyllä tyytyväinen tähän. Koko projekti on tuntunut sekavalta
alusta asti, enkä oikein tiedä missä mennään. Ei tää tältä pitänyt näyttää.

-Mikko""",
    sig="Lähetetty Android-puhelimesta",
    heated=True, scenario="general_dissatisfaction", also=[],
    first_name="Mikko", note="short colloquial unhappiness, initial surname")

# calm ------------------------------------------------------------

add("fi", ("Liisa Salonen", "liisa.salonen@tampereen-tilat.example"),
    "Automaattinen vastaus: Uutiskirjepohja",
    "2026-12-14 08:00 +0200",
    """Kiitos viestistäsi. Olen vuosilomalla 14.12.2026–6.1.2027 enkä lue
sähköpostia. Kiireellisissä asioissa ota yhteyttä Jarmo Kivelään,
jarmo.kivela@tampereen-tilat.example.

Ystävällisin terveisin / Best regards
Liisa Salonen""",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    heated=False, first_name="Liisa", note="out-of-office")

add("fi", ("Palvelinvalvonta", "valvonta@hosting-pohjola.example"),
    "[KRIITTINEN] Varmuuskopiointi epäonnistui: web07",
    "2026-11-22 03:14 +0200",
    """Tämä on automaattinen ilmoitus.

Palvelin:        web07.hosting-pohjola.example
Tapahtuma:       Yöllinen varmuuskopiointi EPÄONNISTUI (levytila loppui)
Aika:            22.11.2026 03:12
Seuraava yritys: 23.11.2026 03:00

Et voi vastata tähän viestiin. Ilmoitusasetuksia voit muuttaa
asiakasportaalissa.""",
    headers={"Auto-Submitted": "auto-generated", "Precedence": "bulk",
             "X-Auto-Response-Suppress": "All"},
    heated=False, first_name=None,
    note="automated monitoring alert, caps severity")

add("fi", ("Hannu Koskinen", "hannu@koskisenpuutarha.example"),
    "VS: Lomakkeen viestit eivät tule perille",
    "2026-12-04 15:30 +0200",
    """Moi Jamie,

kiitos puhelusta. Syy löytyi: IT-tukemme oli säätänyt roskapostisuodattimen
niin tiukalle, että lomakkeen viestit menivät karanteeniin. Pahoittelen
edellisen viestini sävyä.

Kaikki toimii nyt. Hyvää viikonloppua!

Hannu""",
    quote="""Hannu Koskinen <hannu@koskisenpuutarha.example> kirjoitti to 3.12.2026 klo 7.48:

""" + q("""Nyt riittää. Yhteydenottolomake ei ole toiminut viikkoon, ja te ette
ole tehneet asialle MITÄÄN. Onko teillä ketään, joka osaa asiansa???"""),
    reply=True, heated=False, first_name="Hannu",
    note="calm apology above heated quoted history")

add("fi", ("Aino Lehtinen", "aino@pienipaja.example"),
    "Kotisivut pienelle pajalle – alennus?",
    "2026-11-07 12:20 +0200",
    """Moikka!

Oon perustamassa pientä keramiikkapajaa ja tarvitsisin yksinkertaiset
kotisivut ja ehkä pienen verkkokaupan. Ennen kuin teet tarjouksen, kysyisin
vaan, onko teillä mitään alennusta aloitteleville yrittäjille tai
opiskelijoille? 🙂 Budjetti on aika tiukka, mutta ymmärrän kyllä, jos ei ole.

Kiitos jo etukäteen!
Aino""",
    heated=False, first_name="Aino",
    note="discount question before any quote")

add("fi", ("Johanna Mattila", "johanna.mattila@kestavaenergia.example"),
    "Sopimusluonnos – lakimiehen kommentit tulossa",
    "2026-12-03 10:45 +0200",
    """Hei Jamie,

kiitos sopimusluonnoksesta. Lakimiehemme käy sen läpi tämän viikon aikana,
kuten kaikki toimittajasopimukset. Hänellä on todennäköisesti kysyttävää
vastuunrajoituksesta ja tekijänoikeuksien siirrosta.

Voisitteko toimittaa immateriaalioikeuksia koskevan liitteen 10.12.
mennessä? Sen jälkeen päästään etenemään allekirjoituksiin.

Ystävällisin terveisin
Johanna Mattila
Hankintapäällikkö, Kestävä Energia Oy""",
    heated=False, first_name="Johanna", deadline="2026-12-10",
    note="neutral lawyer review; annex by 10.12.")

add("fi", ("timo", "timo@saunatimo.example"),
    "AIVAN MAHTAVAT SIVUT!!!",
    "2026-11-21 19:55 +0200",
    """AIVAN MAHTAVAT SIVUT!!! 🔥🔥 Ensimmäinen saunavaraus tuli jo tunnin päästä
julkaisusta!!! Kiitti ihan älyttömästi, just tätä mä halusin. Suosittelen
teitä kaikille!!!""",
    sig="Lähetetty iPhonesta",
    heated=False, first_name="Timo",
    note="enthusiastic caps, lower-case single-name From")

add("fi", ("Kaisa Hiltunen", "kaisa@hiltusenhieronta.example"),
    "KIIREELLINEN: uusi hinnasto",
    "2026-11-26 11:05 +0100",
    """Hei Jamie,

merkitsin tämän kiireelliseksi vain siksi, että olen Espanjassa ja huonosti
tavoitettavissa. Uudet hinnat tulevat voimaan joulukuun alussa, joten
voisitko päivittää liitteenä olevan hinnaston sivuille maanantaina 30.11.?
Muuta muutettavaa ei ole.

Kiitos paljon ja aurinkoisia terveisiä Fuengirolasta!
Kaisa""",
    heated=False, first_name="Kaisa", deadline="2026-11-30",
    note="calm urgency, abroad (+0100); update on Mon 30.11.")

add("fi", ("Olli Peltonen", "olli.peltonen@peltosenpanimo.example"),
    "Uusi etusivu – kommentteja",
    "2026-11-27 14:05 +0200",
    """Hei,

kävin uuden etusivun läpi. Hyvä alku! Pari huomiota: pääkuva on aika raskas
ja latautuu puhelimella hitaasti, ja yhteystiedot voisivat olla helpommin
löydettävissä. Muuten tykkään suunnasta.

Olli Peltonen
Peltosen Panimo""",
    html=True, heated=False, first_name="Olli",
    note="constructive mild criticism; multipart")

add("fi", ("Asiakaspalvelu | Pohjolan Villa Oy", "asiakaspalvelu@pohjolanvilla.example"),
    "VL: Reklamaatio – tilaus 30418",
    "2026-12-01 09:30 +0200",
    """Hei Jamie,

välitän tiedoksi asiakkaan viestin. Asia on jo hoidettu meidän puolellamme ja
asiakas on saanut hyvityksen, joten ei huolta. Voisitteko kuitenkin lisätä
kassasivulle selkeämmän tiedon toimitusajoista, ettei sama toistu?

Ystävällisin terveisin
Minna / Pohjolan Villan asiakaspalvelu""",
    quote="""Lähettäjä: Raili Kokkonen <raili.kokkonen@posti.example>
Lähetetty: maanantai 30. marraskuuta 2026 21.47
Vastaanottaja: asiakaspalvelu@pohjolanvilla.example
Aihe: Reklamaatio – tilaus 30418

Tilasin villasukat LAHJAKSI, eivätkä ne ole vieläkään tulleet, kaksi viikkoa!!!
Sivuillanne ei lue missään, että toimitus kestää näin kauan. Aivan
käsittämätöntä palvelua, en tilaa teiltä enää koskaan!!!""",
    heated=False, first_name=None,
    note="forwarded angry customer complaint, calm note; role From")

# === END EMAILS ===

if __name__ == "__main__":
    main()
