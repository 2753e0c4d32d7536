#!/usr/bin/env python3
"""Builds a corpus of CALM business emails that a heated-email detector must not flag.

Every email is a hard case: it contains words, punctuation or structure that a
naive keyword detector takes for heat (names like Will Cross or Ernst Zorn,
"lawyer", "refund", "URGENT", "!!!", forwarded or quoted anger, automated
alerts...), used calmly. 50 emails each in English, Danish, Finnish and German.

Stdlib only. Run:  python3 make.py   -> calm001.eml ... calm200.eml + labels.jsonl
"""
import hashlib
import json
import os
import re
from collections import Counter
from datetime import datetime, date
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
JAMIE = "Jamie Rivera <jamie@brightpath.example>"
AUTO = object()  # first_name derived from the From display name
E = []


def when(s):
    """'2026-11-24 09:14 +0100' -> aware datetime (the Date header)."""
    return datetime.strptime(s, "%Y-%m-%d %H:%M %z")


def t(s):
    """Body text written flush-left in triple quotes."""
    return s.strip("\n") + "\n"


def add(lang, frm, subject, dt, body, *, note, first=AUTO, deadline=None,
        html=None, html_only=False, headers=(), cc=None, reply=False):
    E.append(dict(lang=lang, frm=frm, subject=subject, dt=dt, body=body,
                  note=note, first=first, deadline=deadline, html=html,
                  html_only=html_only, headers=list(headers), cc=cc,
                  reply=reply))


# ---------------------------------------------------------------- quoting
EN_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_WDL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MO = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
EN_MOL = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
DA_WD = ["man.", "tirs.", "ons.", "tors.", "fre.", "lør.", "søn."]
DA_WDL = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
DA_MO = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
DA_MOL = ["januar", "februar", "marts", "april", "maj", "juni", "juli",
          "august", "september", "oktober", "november", "december"]
FI_WD = ["ma", "ti", "ke", "to", "pe", "la", "su"]
FI_WDL = ["maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai"]
FI_MOL = ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta",
          "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"]
DE_WD = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]
DE_WDL = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_MO = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."]
DE_MOL = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli",
          "August", "September", "Oktober", "November", "Dezember"]


def _h12(d):
    h = d.hour % 12 or 12
    return f"{h}:{d:%M} {'AM' if d.hour < 12 else 'PM'}"


def _gmail_date(lang, d):
    w, m = d.weekday(), d.month - 1
    if lang == "en":
        return f"{EN_WD[w]}, {EN_MO[m]} {d.day}, {d.year} at {_h12(d)}"
    if lang == "da":
        return f"{DA_WD[w]} {d.day}. {DA_MO[m]} {d.year} kl. {d:%H.%M}"
    if lang == "fi":
        return f"{FI_WD[w]} {d.day}.{d.month}.{d.year} klo {d.hour}.{d:%M}"
    return f"{DE_WD[w]}, {d.day}. {DE_MO[m]} {d.year} um {d:%H:%M}"


def _quote(text):
    return "\n".join(("> " + ln) if ln.strip() else ">" for ln in t(text).splitlines())


def gmail(lang, who, dt, text):
    """Gmail-style attribution line + '> ' quoted text."""
    d = when(dt)
    gd = _gmail_date(lang, d)
    head = {"en": f"On {gd} {who} wrote:",
            "da": f"Den {gd} skrev {who}:",
            "fi": f"{gd} {who} kirjoitti:",
            "de": f"Am {gd} Uhr schrieb {who}:"}[lang]
    return "\n" + head + "\n" + _quote(text) + "\n"


def _outlook_date(lang, d):
    w, m = d.weekday(), d.month - 1
    if lang == "en":
        return f"{EN_WDL[w]}, {EN_MOL[m]} {d.day}, {d.year} {_h12(d)}"
    if lang == "da":
        return f"{DA_WDL[w]} den {d.day}. {DA_MOL[m]} {d.year} {d:%H:%M}"
    if lang == "fi":
        return f"{FI_WDL[w]} {d.day}. {FI_MOL[m]} {d.year} {d.hour}.{d:%M}"
    return f"{DE_WDL[w]}, {d.day}. {DE_MOL[m]} {d.year} {d:%H:%M}"


def outlook(lang, frm, dt, to, subject, text, sep=True):
    """Outlook-style header block (not '>'-quoted)."""
    d = when(dt)
    k = {"en": ("From", "Sent", "To", "Subject", "-----Original Message-----"),
         "da": ("Fra", "Sendt", "Til", "Emne", "-----Oprindelig meddelelse-----"),
         "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Aihe", "-----Alkuperäinen viesti-----"),
         "de": ("Von", "Gesendet", "An", "Betreff", "-----Ursprüngliche Nachricht-----")}[lang]
    line = "________________________________" if sep else k[4]
    return (f"\n{line}\n{k[0]}: {frm}\n{k[1]}: {_outlook_date(lang, d)}\n"
            f"{k[2]}: {to}\n{k[3]}: {subject}\n\n{t(text)}")


def forward(lang, frm, dt, to, subject, text):
    """Gmail-style forwarded message block."""
    d = when(dt)
    k = {"en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
         "da": ("---------- Videresendt meddelelse ---------", "Fra", "Dato", "Emne", "Til"),
         "fi": ("---------- Välitetty viesti ---------", "Lähettäjä", "Päivämäärä", "Aihe", "Vastaanottaja"),
         "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Datum", "Betreff", "An")}[lang]
    return (f"\n{k[0]}\n{k[1]}: {frm}\n{k[2]}: {_gmail_date(lang, d)}\n"
            f"{k[3]}: {subject}\n{k[4]}: {to}\n\n{t(text)}")


# ---------------------------------------------------------------- headers
def newsletter(addr, list_id):
    return [("List-Unsubscribe", f"<mailto:{addr}?subject=unsubscribe>, <https://{list_id}/u/8f2a91>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("List-Id", f"<{list_id}>"), ("Precedence", "bulk")]


NOTIFY = [("Auto-Submitted", "auto-generated")]
OOO = [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
       ("X-Auto-Response-Suppress", "All")]
BOUNCE = [("Auto-Submitted", "auto-replied")]


# =================================================================== ENGLISH
EN = "en"

add(EN, "Daniel Okafor <daniel@okaforlogistics.example>", "Looping in Sue for billing",
    "2026-11-03 09:12 -0500", t("""
Hi Jamie,

Quick admin note: Sue from our finance team is taking over all supplier invoices
from January, so please copy her (sue.patel@okaforlogistics.example) on anything
billing-related from now on.

She'll probably ask you for a W-9 again. Sorry in advance, our old accounting
system never kept those on file and we're still cleaning up after the migration.

Thanks!
Daniel
"""), note="colleague named Sue; 'never', 'again' about own system")

add(EN, "Will Cross <will@crossandfinch.example>", "Back from leave - homepage decision",
    "2026-11-30 08:41 -0500", t("""
Hi Jamie,

Will here, back from paternity leave and slowly digging through 300 unread emails,
so forgive me if I've missed something.

Mark and Frank both preferred the second homepage concept, and so do I, so let's
go with that one. Frank had one small request: could the hero image show the
workshop rather than the storefront?

Could we find 20 minutes this week to walk through next steps? Any afternoon
works for me.

Best,
Will
"""), note="names Will/Mark/Frank, surname Cross")

add(EN, "Frank Ashworth <frank@ashworthjoinery.example>", "Frank feedback on the brochure",
    "2026-11-10 14:05 +0000", t("""
Hi Jamie,

Frank feedback, in both senses of the word :)

The brochure is about 90% there and I'm really pleased with it. Three things:

1. Page 2 feels crowded. Could we drop one of the three testimonials? Happy for
   you to choose which.
2. The oak table on the cover looks a little dark when I print it, though that
   may just be my ancient office printer.
3. Our phone number on the back is missing the area code - my mistake, I sent it
   to you like that.

Otherwise lovely work. No rush on the changes.

Frank
"""), note="name Frank + 'frank feedback' pun; 'my mistake'")

add(EN, "Mark Delaney <mark@delaneydental.example>", "Marked-up pricing page",
    "2026-11-12 16:20 -0600", t("""
Hi Jamie,

I've marked up the pricing page PDF with my comments (shared folder, file
"pricing_v2_MD.pdf"). Mostly small wording tweaks.

One bigger thing: the headline "Killer smiles at honest prices" made the
partners laugh, but it's probably a bit much for a dental clinic. Could we try
something softer? Maybe "Confident smiles, clear prices".

Thanks,
Mark
"""), note="name Mark, 'marked up', 'killer' in copy")

add(EN, "\"Hale, Victoria\" <v.hale@halepropertygroup.example>", "MSA - two comments from our lawyer",
    "2026-12-03 11:02 +0000", t("""
Hi Jamie,

Our lawyer reviewed the MSA over the weekend and has two comments:

1. Clause 7.2 (limitation of liability): she'd like the cap to reference the fees
   paid in the preceding 12 months rather than the total contract value.
2. Clause 14: she'd like the governing law to be England and Wales.

Neither is a deal-breaker for us and I'm happy to jump on a call if either is a
problem on your side. If you could send a revised draft by Wednesday 9 December,
we can get it signed before everyone disappears for the holidays.

Kind regards,
Victoria Hale
Head of Operations, Hale Property Group
"""), deadline="2026-12-09", note="lawyer in neutral negotiation, 'Last, First' display name")

add(EN, "Priyanka Rao <priyanka@loomandleaf.example>", "Walking away from Zoho",
    "2026-11-18 10:30 +0530", t("""
Hi Jamie,

Update from our ops meeting: we've decided to walk away from our old CRM (Zoho)
at the end of the quarter and move everyone to Pipedrive.

That means the website's contact and wholesale forms will need to feed into
Pipedrive instead. Could you estimate that as a small separate piece of work?
No rush at all - sometime in January is fine for the actual change.

Thanks,
Priyanka
"""), note="'walk away' from a third-party CRM; India time zone")

add(EN, "Tom Hargreaves <tom@hargreavesbakery.example>", "Cancelling the old hosting",
    "2026-11-24 07:55 +0000", t("""
Morning Jamie,

Our contract with WebNest runs out on 31 December and I'm going to cancel it
rather than let it auto-renew. There's plenty of time, but before I press the
button could you confirm that everything (site, mailboxes, backups) now lives on
your server?

Losing ten years of customer emails would be a disaster, so I'd rather ask a
silly question than assume.

Cheers,
Tom
"""), note="cancel a third-party contract; 'disaster'; date stated, no ask by date")

add(EN, "grace mbeki <grace@mbekiarchitects.example>", "Why we came to you",
    "2026-11-05 17:45 +0200", t("""
Hi Jamie,

Thanks for the call today. You asked why we're switching agencies, so here's the
honest answer: our previous agency never answered emails, missed every single
deadline, and in the end we couldn't even get the login details for our own
domain. It was a mess, and it cost us a lot of time.

Your proposal was the first one that actually included a timeline and named who
would do what, which is exactly what we need. Please go ahead with the discovery
phase as described. I'll sign the SOW this week.

Best wishes,
Grace
"""), note="blame aimed at former agency; lowercase display name")

add(EN, "Ryan O'Sullivan <ryan@sullivanbikes.example>", "Chargeback notice - our bank's mistake, sorry!",
    "2026-11-16 13:10 +0000", t("""
Hi Jamie,

Heads-up: you may get a chargeback notification from Stripe for invoice INV-2031.
Please ignore it. Our bank flagged the payment as fraud by mistake because you
were a new payee. I've spoken to them and they're withdrawing the dispute; it
should clear within five working days.

Entirely our side, sorry for the confusion and any admin it causes.

Ryan
"""), note="chargeback by mistake, 'fraud', 'dispute'")

add(EN, "Hannah Leigh <hannah@leighyoga.example>", "Cancelling the retainer from January",
    "2026-12-01 09:00 +0000", t("""
Hi Jamie,

As we discussed on the phone, we're pausing all marketing until spring while the
studio is being renovated.

Your terms say the retainer can be cancelled with 30 days' notice and that
prepaid months are refunded. We prepaid the quarter (December to February), so
I'd like to cancel from 1 January and have January and February refunded.

No hard feelings at all - you've been brilliant and I fully expect to be back in
March. Could you confirm the amount when you have a moment?

Warmly,
Hannah
"""), note="polite cancellation + refund under stated policy")

add(EN, "ap@meridianfoods.example", "Invoice INV-2044 - PO number missing",
    "2026-11-19 15:32 -0500", t("""
Hello,

We have received invoice INV-2044. Unfortunately we cannot process it without a
purchase order number.

Please reissue the invoice with PO 4500-1187 included and send it to this
address. Payment terms of 30 days will apply from the date of the corrected
invoice.

Kind regards,
Accounts Payable
Meridian Foods Inc.
"""), first=None, note="bare address role sender; 'unfortunately', 'cannot'")

add(EN, "Olivia Chen <olivia@chenstudio.example>", "Wrong reference on my payment - my mistake",
    "2026-11-27 12:18 -0800", t("""
Hi Jamie,

I just paid the November invoice but typed INV-2038 as the reference instead of
INV-2083. The amount is correct ($2,350.00).

Just letting you know so your bookkeeper doesn't get confused. Totally my
mistake!

Olivia
"""), note="invoice number correction; 'wrong', 'mistake'")

add(EN, "Marcus Webb <marcus@webbfoundation.example>", "Nonprofit rates?",
    "2026-11-09 10:47 +0000", t("""
Hi Jamie,

We're a small literacy charity and we'd love to work with you on the new
donations site.

Before you put a quote together: do you offer a nonprofit discount? Totally
understand if not, it just helps us plan. Our rough budget is £6,000-8,000 and
our board approves it in January.

Best,
Marcus Webb
Director, The Webb Foundation
"""), note="discount asked politely before any price")

add(EN, "Sofia Alvarez <sofia@alvarezcatering.example>", "Tight budget - what can we do for $3k?",
    "2026-11-11 19:03 -0600", t("""
Hi Jamie,

Honest question: our budget for the website refresh is only about $3,000 this
year. I know that's not a lot for what we originally talked about.

What could you realistically do for that? Even just a new homepage and the menu
pages would be a big step up from what we have now, and we could do the rest
next year.

Thanks for being straight with me either way.

Sofia
"""), note="limited budget, asks what is possible")

add(EN, "Nathan Brooks <nathan.brooks@clearwaterhealth.example>", "URGENT: please sign the DPA today",
    "2026-12-02 10:05 -0600", t("""
Hi Jamie,

Sorry for the short notice. Our compliance team just told me the DPA has to be
signed before we can share the patient-portal test data with you, and the audit
window closes tonight.

It's the standard template, already reviewed by our legal team, and it's waiting
for you in DocuSign. Could you sign it today if at all possible?

Thanks so much, and sorry again for the scramble.

Nathan
"""), deadline="2026-12-02", note="calm URGENT in subject, 'legal', 'audit'")

add(EN, "Vendor Management <vendors@atlaspharma.example>", "[ACTION REQUIRED] Annual supplier information update",
    "2026-11-23 06:00 -0500", t("""
Dear Supplier,

As part of our annual vendor review, please complete the attached W-9 and the
supplier questionnaire by December 15, 2026.

This is a routine request sent to all suppliers. If you have already submitted
both documents this calendar year, no action is needed.

Questions? Reply to this email and a member of the team will get back to you.

Thank you,
Vendor Management Team
Atlas Pharma
"""), first=None, deadline="2026-12-15", note="ALL-CAPS tag, routine role-sender request")

add(EN, "Chloe Bennett <chloe@bennettbakes.example>", "WE LAUNCHED!!!",
    "2026-11-20 15:47 +0000", t("""
JAMIE!!!

The site is LIVE and we've had 40 orders since this morning!!! My mum called me
crying (good crying). I can't believe how good it looks on my phone.

THANK YOU THANK YOU THANK YOU. Drinks are on me next time you're in Bristol!!!

Chloe x
"""), note="enthusiastic caps and !!!")

add(EN, "Dave Moreno <dave@morenobrewing.example>", "you guys are the worst",
    "2026-12-21 16:22 -0700", t("""
You guys are the worst... at taking holidays :)

Got your out-of-office and honestly, good. Enjoy the break, you've earned it.
Nothing urgent on my end, the winter ale labels can wait until you're back.

Cheers,
Dave
"""), note="friendly sarcasm, 'you guys are the worst' joke")

add(EN, "Leah Goldberg <leah@goldbergtutoring.example>", "Small bug: booking form on Safari",
    "2026-11-17 20:14 -0500", t("""
Hi Jamie,

Found a small bug in the booking form. Not a big deal (most of our students book
on Chrome) but wanted to flag it.

Steps to reproduce:
1. Open the booking page in Safari 18 on a Mac
2. Pick any tutor and a time slot
3. Click "Confirm booking"

Expected: confirmation screen.
Actual: the button does nothing. The console shows
"TypeError: undefined is not an object (evaluating 'slot.start')".

It works fine in Chrome and Firefox. Happy to test a fix whenever you have one.

Thanks,
Leah
"""), note="calm bug report with 'error', 'does nothing'")

add(EN, "Kevin Tran <kevin@tranlogistics.example>", "Tracking site down? (probably our DNS)",
    "2026-11-25 08:02 -0800", t("""
Hi Jamie,

FYI the tracking site has been down since about 7:40 this morning.

Before anyone panics: I think this one is on us. Our IT guy changed the DNS
records last night while moving our email to Google, and I suspect he overwrote
the A record.

Could you send me what the A and CNAME records should be? I'll pass them on to
him.

Thanks,
Kevin
"""), note="outage reported calmly, cause on client side")

add(EN, "Isabel Fraser <isabel@fraserwines.example>", "Logo round 2 - thoughts",
    "2026-11-13 11:38 +0000", t("""
Hi Jamie,

Thanks for round 2. Honest feedback: the logo feels too heavy to me. The bold
serif makes us look more like a law firm than a vineyard.

Could we try a lighter weight, maybe with a little more letter spacing? I do love
the vine-leaf mark, so please keep that, and the green is perfect.

Looking forward to round 3!

Isabel
"""), note="constructive design critique, 'law firm'")

add(EN, "Sam Whitaker <sam@whitakerhomes.example>", "Photos",
    "2026-11-26 09:25 +0000", t("""
Hi Jamie,

I'm a bit disappointed the photos are late, as I'd told the team they'd be in
Friday's newsletter - but I understand the weather was against you. Next week is
fine.

Could you just let me know which day the shoot has moved to, so I can make sure
the show home is tidy?

Thanks,
Sam
"""), note="'disappointed' but understanding")

add(EN, "Laura Finch <laura@finchoutdoor.example>", "Idea: order tracking page",
    "2026-11-19 14:50 +0000", t("""
Hi Jamie,

Bit of a wild week here. One of our customers threatened to sue us over a late
delivery (the courier lost the parcel, not us, but try telling him that).

It got me thinking: could we add an order tracking page to the shop so customers
can check the status themselves? Nothing urgent, but I'd love a rough estimate
before our January planning session.

Thanks,
Laura
"""), note="someone else's lawsuit threat reported calmly")

add(EN, "Carlos Mendes <carlos@mendesrealty.example>", "Fwd: Your website is a JOKE",
    "2026-11-24 10:12 -0500", t("""
Hi Jamie,

Forwarding this one for a laugh and a small fix. He's a tenant who's upset with
us about a boiler, not about the website, but he does have a point about the
contact form: on mobile the submit button is hidden behind the cookie banner.

Could you take a look when you get a chance?

Carlos

""") + forward(EN, "R. Dunmore <rdunmore1961@mailbox.example>", "2026-11-23 22:41 -0500",
               "info@mendesrealty.example", "Your website is a JOKE", """
Your website is a JOKE. I have tried to contact you THREE TIMES and the stupid
form doesn't work. If my boiler isn't fixed by Monday I am reporting you to the
council and leaving a review everywhere I can!!!
"""), note="forwarded angry tenant with calm cover note; deadline is the tenant's")

add(EN, "Megan Clarke <megan@clarkecounselling.example>", "Blog header images",
    "2026-11-17 13:30 -0500", t("""
Hi Jamie,

Could you send the three blog header images by Friday? I'd like to schedule the
posts over the weekend.

If Friday's tight, Monday is okay too.

Thanks!
Megan
"""), deadline="2026-11-20", note="calm 'by Friday' with fallback")

add(EN, "Ethan Parker <ethan@parkerfitness.example>", "Holiday promo page",
    "2026-11-30 09:15 -0800", t("""
Hey Jamie,

We'd like the holiday promo page live before the 10th, when the campaign emails
go out. Is that realistic?

If not, just tell me what is and we'll move the email send. Copy and photos are
in the shared drive already.

Ethan
"""), deadline="2026-12-10", note="'before the 10th' (labelled as the 10th), 'is that realistic?'")

add(EN, "Rebecca Stone <rebecca@stonelegal.example>", "SEO, GDPR and the CMS migration",
    "2026-11-06 10:10 +0000", t("""
Hi Jamie,

A few questions ahead of the kick-off, in no particular order:

- Is the SEO audit included in phase 1, or is that a separate line? Our main KPI
  for Q1 is organic traffic to the "Employment Law" pages.
- For GDPR: we need the cookie banner to block analytics until consent. Does the
  CMS handle that natively or do we need a CMP?
- Our case-management tool has a REST API. Could the "Book a consultation" form
  post directly to it?
- Can the PDF guides be gated behind an email form without hurting SEO?

None of this is urgent; I just want to arrive at the kick-off with a clear list.

Best,
Rebecca Stone
Partner, Stone Legal LLP
"""), note="acronyms in caps, law-firm client, 'Employment Law'")

add(EN, "The Growth Memo <newsletter@growthmemo.example>", "STOP wasting your ad budget (read this before Black Friday)",
    "2026-11-23 13:00 +0000", t("""
THE GROWTH MEMO - Issue #112

Hi there,

Black Friday is THIS WEEK. Most small brands will burn half their ad budget on
the wrong audiences. Don't be one of them!!!

In this issue:
- 5 mistakes that kill your ROAS (and how to fix them in an afternoon)
- Why "urgency" banners backfire
- Case study: how a candle shop cut CPA by 38%

LAST CHANCE: our Q4 workshop closes registrations on Friday.

Read online: https://growthmemo.example/112

You're receiving this because you subscribed at growthmemo.example.
Unsubscribe: https://growthmemo.example/u/8f2a91
"""), first=None, headers=newsletter("unsubscribe@growthmemo.example", "growthmemo.example"),
    html="""<html><body style="font-family:Arial,sans-serif">
<h1 style="color:#c00">STOP wasting your ad budget!!!</h1>
<p>Black Friday is <b>THIS WEEK</b>. Most small brands will burn half their ad budget on the wrong audiences.</p>
<ul><li>5 mistakes that <b>kill</b> your ROAS</li><li>Why "urgency" banners backfire</li>
<li>Case study: a candle shop cut CPA by 38%</li></ul>
<p><b>LAST CHANCE:</b> workshop registration closes Friday.</p>
<p style="font-size:11px;color:#888"><a href="https://growthmemo.example/u/8f2a91">Unsubscribe</a></p>
</body></html>""", note="newsletter with caps, !!!, 'kill', 'mistakes'")

add(EN, "UptimeRobot <alert@uptimerobot.example>", "[Monitor is DOWN] finchoutdoor.example",
    "2026-11-28 03:14 +0000", t("""
Hi,

The monitor finchoutdoor.example (https://finchoutdoor.example/) is currently
DOWN (Connection Timeout).

Event timestamp: 2026-11-28 03:13:52 UTC
Reason: Connection Timeout
Duration so far: 0 minutes

We will alert you when it is UP again.

Regards,
UptimeRobot
You are receiving this because you are an alert contact for this monitor.
"""), first=None, headers=NOTIFY, note="automated monitoring alert, DOWN in caps")

add(EN, "Figma <billing@figma.example>", "Your receipt from Figma [#4417-2290]",
    "2026-12-01 00:04 +0000", t("""
Receipt #4417-2290

Amount paid: $45.00
Date paid: December 1, 2026
Payment method: Visa ending in 4242

Professional plan - 3 editors
Dec 1, 2026 - Dec 31, 2026

Questions about this charge? Visit the billing help center or reply to this
email. Please do not dispute this charge with your bank before contacting us;
we're happy to help with any billing issue.

Figma, Inc.
"""), first=None, headers=NOTIFY, note="SaaS receipt, 'dispute', 'charge', 'issue'")

add(EN, "Jonathan Pryce <jonathan@pryceassociates.example>", "Automatic reply: Homepage copy v3",
    "2026-12-18 17:31 +0000", t("""
Thank you for your email.

I am out of the office until Monday 4 January 2027 with no access to email.

For anything urgent, please contact my colleague Sue Martin at
sue.martin@pryceassociates.example or call the office on 020 7946 0123.
Otherwise I will reply when I'm back.

Merry Christmas and a happy new year!

Jonathan Pryce
"""), headers=OOO, note="out-of-office, 'urgent', return date is not an ask")

add(EN, "Mail Delivery Subsystem <mailer-daemon@googlemail.example>", "Delivery Status Notification (Failure)",
    "2026-11-19 20:47 +0000", t("""
** Address not found **

Your message wasn't delivered to invoices@meridianfood.example because the
address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <invoices@meridianfood.example>: Recipient address rejected: User
unknown in virtual mailbox table

----- Original message -----

From: Jamie Rivera <jamie@brightpath.example>
To: invoices@meridianfood.example
Subject: Corrected invoice INV-2044 (PO 4500-1187)

Hello, please find attached the corrected invoice with the PO number included.
"""), first=None, headers=BOUNCE, note="delivery failure, 'rejected', 'failure'")

add(EN, "Paul Novak <paul@novakplumbing.example>", "Re: Quote requests going to spam",
    "2026-11-24 08:10 -0600", t("""
Hi Jamie,

Thanks for the quick reply, and sorry about my email last night. I'd just been on
the phone with two customers who said we never answered their quote requests, and
I took it out on you.

You were right: our new email provider hadn't been added to the SPF record, so
the form notifications were landing in spam. I've forwarded your instructions to
them and it's already fixed.

Thanks for being patient with me.

Paul

""") + gmail(EN, "Paul Novak <paul@novakplumbing.example>", "2026-11-23 21:52 -0600", """
Jamie,

The quote form is broken AGAIN. Customers are telling me they never hear back.
This is ridiculous. I pay you to make this work, not to send me excuses.
Fix it today or I'm done with you guys.

Paul
"""), reply=True, note="calm apology on top of his own heated quoted email (Gmail)")

add(EN, "Harriet Lowe <h.lowe@lowemanufacturing.example>", "RE: Q4 dashboard figures",
    "2026-12-04 16:40 +0000", t("""
Thanks Jamie, that's all clear now. The filter explanation made sense and I've
passed the dashboard on to the board.

Have a good weekend!

Harriet

""") + outlook(EN, "Jamie Rivera <jamie@brightpath.example>", "2026-12-04 11:05 +0000",
               "Harriet Lowe; Derek Shaw", "RE: Q4 dashboard figures", """
Hi Harriet, hi Derek,

The dashboard was filtered to the UK entity only, which is why the totals looked
low. I've removed the filter; the group figures now match the finance export.

Best,
Jamie
""") + outlook(EN, "Derek Shaw <d.shaw@lowemanufacturing.example>", "2026-12-03 18:22 +0000",
                     "Jamie Rivera", "Q4 dashboard figures", """
Jamie,

These numbers are completely wrong. How could your team send this to us the day
before a board meeting? This is not the first time and frankly it is not good
enough. I expect a correction first thing tomorrow.

Derek
"""), reply=True, note="calm reply over Outlook history with a colleague's heated email")

add(EN, "Tanya Ellis <tanya@ellisgallery.example>", "Re: Exhibition page",
    "2026-11-30 12:00 +0000", t("""
Hi Jamie!

Per my last email (which I suspect got buried under everyone's Black Friday
chaos :) ) - the artist bios are in the shared folder now, plus the hi-res images
for the three new pieces.

No rush, whenever you get to it.

Tanya
"""), reply=True, note="'per my last email' used neutrally with smiley")

add(EN, "Owen Davies <owen@daviescoffee.example>", "Gentle nudge: November invoice",
    "2026-12-07 10:20 +0000", t("""
Hi Jamie,

Just a gentle nudge: we still haven't received your invoice for November. Our
accountant wants everything in before we close the year on 18 December, so could
you send it by then?

Hope December isn't too hectic for you.

Owen
"""), deadline="2026-12-18", note="friendly reminder, client asks for our invoice")

add(EN, "Natalie Ross <natalie@rossinteriors.example>", "Still loving the site, one small issue",
    "2026-11-09 18:33 +0000", t("""
Hi Jamie,

I never thought I'd say this about a website, but I always look forward to
opening ours.

One small issue: the gallery still shows the old sofa photo. My mistake, I sent
you the wrong file. The right one is attached. Could you swap it when you have a
minute?

Sorry to bother you again!

Natalie
"""), note="'never', 'always', 'still', 'wrong', 'again' in calm sentences")

add(EN, "MARTIN HUGHES <martin@hughesaccounting.example>", "Complaints page - broken link",
    "2026-12-09 09:48 +0000", t("""
Hi Jamie,

The "Complaints" page on our site (we're FCA-regulated, so we have to have one!)
has a broken link to the Financial Ombudsman Service. It points to their old
URL, which now returns a 404.

No problem at all, it just needs fixing before our compliance review in
January. The correct link is https://www.financial-ombudsman.example/complaints.

Thanks,
Martin
"""), first="Martin", note="'complaints', 'broken', 'problem' calm; ALL-CAPS display name")

add(EN, "Amelia Wright <amelia@wrightflowers.example>", "Christmas banner - LOVE IT",
    "2026-12-02 14:15 +0000", t("""
Hi Jamie,

LOVE the Christmas banner!!! The snowy wreath is perfect.

Tiny thing: could the button say "Order by 20 December for Christmas delivery"
instead of "Shop now"?

Amelia
"""), html="""<html><body>
<p>Hi Jamie,</p>
<p><b>LOVE</b> the Christmas banner!!! The snowy wreath is <i>perfect</i>.</p>
<p>Tiny thing: could the button say &ldquo;Order by 20 December for Christmas delivery&rdquo; instead of &ldquo;Shop now&rdquo;?</p>
<p>Amelia</p>
</body></html>""", note="HTML praise with caps; date in button copy is not an ask")

add(EN, "Jack Thornton <jack@thorntonbuild.example>", "call?",
    "2026-11-19 07:25 +1100", t("""
Give us a bell when you've got five minutes - nothing's wrong, just want to
bounce an idea off you.

Cheers,
Jack
"""), note="terse one-liner that is calm, 'nothing's wrong'; AEDT")

add(EN, "Emily Sanders <emily@sandersvet.example>", "Looping in my manager for sign-off",
    "2026-11-12 11:11 -0500", t("""
Hi Jamie,

I've cc'd my manager, Frank, so he can approve the phase 2 quote directly. He
signs off anything over $5k. Nothing's wrong, it's just our process!

Frank, the quote is attached; the short version is in the first page.

Thanks both,
Emily
"""), cc="Frank Gill <frank.gill@sandersvet.example>", note="escalation-looking cc to a manager, calm")

add(EN, "Dr. Aisha Rahman <aisha@rahmanclinic.example>", "Decision on the app",
    "2026-11-26 15:00 +0400", t("""
Dear Jamie,

Thank you for the thorough proposal for the patient app. After a lot of
discussion we've decided to go with another agency for the mobile app. They
specialise in healthcare and already have HIPAA-compliant components, which
matters a lot for our compliance team.

It wasn't about price or quality. We'd very much like to keep working with you on
the website and SEO, and I hope that's still of interest.

With thanks,
Aisha
"""), note="lost deal to a competitor, calm; title 'Dr.'; Gulf time zone")

add(EN, "Liam Foster <liam@fosterboats.example>", "Blog section - happy to pay extra",
    "2026-12-01 23:40 -0800", t("""
Hi Jamie,

I know the blog wasn't part of the original scope, so please quote it separately.
No need to squeeze it into the current budget.

Could you send the quote tomorrow? I'm presenting the budget to my business
partner on Thursday and want to include it.

Thanks,
Liam
"""), deadline="2026-12-02", note="extra scope offered to be billed; 'tomorrow' late at night (UTC is next day)")

add(EN, "Diane Whitford <diane@whitfordbooks.example>", "Question about hosting",
    "2026-12-10 16:05 -0500", t("""
Hi Jamie,

My nephew (who "does computers") says we should just use Squarespace and stop
paying for hosting. I trust your recommendation, I'd just like to understand the
reasoning so I can explain it to him over Christmas dinner :)

Could you give me the two-line version?

Thanks,
Diane
"""), note="alternative suggested by relative but trusting; curious not doubting")

add(EN, "Oliver Grant <oliver@grantsecurity.example>", "Pen test results - threat level low",
    "2026-11-19 07:10 +1100", t("""
Hi Jamie,

Our penetration tester ran the scan on the staging site overnight. Overall threat
level: low. Nothing was exploitable, which is great news.

Two findings to tidy up:
1. Missing HSTS header (medium)
2. Outdated jQuery 3.4 on the careers page (low; known XSS issue, not reachable
   from our forms)

Could you patch both by end of day tomorrow (Friday)? We'd like to include the
clean retest in the report.

Cheers,
Oliver
"""), deadline="2026-11-20", note="'threat', 'attack'-type security words; AEDT 'tomorrow' (UTC is previous day)")

add(EN, "Zoe Patel <zoe@patelpr.example>", "Let's kill the pop-up",
    "2026-11-04 17:02 +0000", t("""
Hi Jamie,

We all agreed on the call: let's kill the newsletter pop-up. It's annoying and
it's probably hurting our bounce rate.

Also, your copy for the About page absolutely killed it. The partners loved it
and asked who wrote it.

Zoe
"""), note="'kill', 'killed it' as positive slang")

add(EN, "Hugo Lambert <hugo@lambertcycles.example>", "Holiday schedule",
    "2026-12-08 11:30 +0100", t("""
Hi Jamie,

Just so you know: we close on 23 December and reopen on 4 January.

The printer has also moved the deadline for the spring catalogue from 15 January
to 29 January, so we have more breathing room than we thought. I'll send the
product list when we're back.

Happy holidays,
Hugo
"""), note="several dates and 'deadline', but no ask by a date")

add(EN, "Nina Petrova <nina@petrovadance.example>", "So sorry - late payment",
    "2026-11-10 21:15 +0000", t("""
Hi Jamie,

I'm so sorry, I completely forgot about the October invoice. That's on me, not
you. I've paid it now, including the late fee from your terms.

Thanks for the friendly reminder rather than a scary one!

Nina
"""), note="client apologises for own late payment; 'late fee', 'scary'")

add(EN, "Stripe <notifications@stripe.example>", "Dispute closed: INV-2031 (Sullivan Bikes)",
    "2026-11-21 09:02 +0000", t("""
The dispute on a $1,240.00 payment from Sullivan Bikes Ltd has been withdrawn by
the cardholder's bank.

Payment: py_3QvX8k2eZvKYlo2C0s1
Dispute reason: fraudulent
Status: won (withdrawn)

The disputed amount and the $15.00 dispute fee have been returned to your
balance. No further action is needed.

View the payment in your Dashboard.
"""), first=None, headers=NOTIFY,
    html="""<html><body style="font-family:-apple-system,sans-serif">
<h2>Dispute closed</h2>
<p>The dispute on a <b>$1,240.00</b> payment from Sullivan Bikes Ltd has been <b>withdrawn</b> by the cardholder's bank.</p>
<table><tr><td>Dispute reason</td><td>fraudulent</td></tr><tr><td>Status</td><td>won (withdrawn)</td></tr></table>
<p>The disputed amount and the $15.00 dispute fee have been returned to your balance. No further action is needed.</p>
</body></html>""", note="automated dispute/'fraudulent' notification, resolved")

add(EN, "Gemma Holt <gemma@holtfarmshop.example>", "Wrapping up - and thank you",
    "2026-12-10 10:45 +0000", t("""
Hi Jamie,

This is the final month of our contract and we won't be renewing. Not because of
anything you did: we've hired a marketing manager, Will (yes, another Will), and
we're bringing the day-to-day in-house.

Could you send over the handover document and all the logins by 18 December, so
Will can get started in January?

You've been fantastic these past two years. I'll happily recommend you to anyone
who asks.

Gemma
"""), deadline="2026-12-18", note="non-renewal explained calmly, handover by date")


# =================================================================== DANISH
DA = "da"

add(DA, "Mark Holm <mark@holmtandklinik.example>", "Rettelser til brochuren",
    "2026-11-04 10:22 +0100", t("""
Hej Jamie

Jeg har markeret mine rettelser med gult i PDF'en (ligger i den delte mappe). Det
er mest småting i teksterne.

Frank fra receptionen har også et par kommentarer. Han er lidt pedantisk med
kommaer, så bær over med ham :)

Ellers er vi rigtig glade for den.

Mvh
Mark
"""), note="names Mark and Frank, 'pedantisk' as a joke")

add(DA, "Jesper Kamp <jesper@kampvvs.example>", "Ny side om akutservice",
    "2026-11-09 07:48 +0100", t("""
Hej Jamie

Vi vil gerne have en ny side om vores akutservice (døgnvagt). Øverst skal der stå
"AKUT VANDSKADE? RING NU" med stort og vores vagttelefon lige under.

Resten af teksten sender jeg senere på ugen. Kan du give et bud på, hvad det
koster?

Hilsen
Jesper Kamp
Kamp VVS ApS
"""), note="surname Kamp (fight), caps and 'AKUT' in the client's own page copy")

add(DA, "Camilla Friis <camilla@friisejendomme.example>", "Kontrakten - to kommentarer fra vores advokat",
    "2026-12-01 13:40 +0100", t("""
Hej Jamie

Vores advokat har læst kontrakten igennem og har to kommentarer:

1. Punkt 8 om ansvarsbegrænsning: Hun vil gerne have, at loftet svarer til det
   beløb, der er faktureret de seneste 12 måneder, frem for den samlede
   kontraktsum.
2. Hun foreslår, at værneting bliver Københavns Byret.

Ingen af delene er noget stort for os, og vi tager gerne en snak, hvis I ser
anderledes på det. Kan du sende en revideret version senest fredag, så vi kan nå
at skrive under inden jul?

Venlig hilsen
Camilla Friis
Friis Ejendomme A/S
"""), deadline="2026-12-04", note="'advokat' in a neutral negotiation, 'senest fredag'")

add(DA, "Søren Lund <soren@lundbyg.example>", "Opsigelse af det gamle webhotel",
    "2026-11-23 08:15 +0100", t("""
Hej Jamie

Vi har nu opsagt aftalen med vores gamle webhotel, så den udløber ved årsskiftet.

Der er god tid, men kan du bekræfte, at alle mails og backups er flyttet over til
jer? Jeg vil nødig miste ti års kundemails, det ville være en katastrofe :)

Mvh
Søren
"""), note="terminating a third-party contract, 'katastrofe'")

add(DA, "Line Bach <line@bachkeramik.example>", "Tak for mødet",
    "2026-11-06 16:05 +0100", t("""
Hej Jamie

Tak for et godt møde i dag. Du spurgte, hvorfor vi skifter bureau, så her er det
ærlige svar: Vores tidligere bureau svarede aldrig på mails, overholdt ingen
deadlines, og til sidst kunne vi ikke engang få adgang til vores eget domæne.

Jeres tilbud var det første med en egentlig tidsplan, og det er præcis det, vi
har brug for. I må gerne gå i gang med den indledende fase som beskrevet.

Bedste hilsner
Line
"""), note="blame aimed at the previous agency")

add(DA, "Rasmus Winther <rasmus@winthercykler.example>", "Tilbageførsel af betaling - bankens fejl",
    "2026-11-16 11:30 +0100", t("""
Hej Jamie

I får muligvis en besked om en tilbageførsel (chargeback) på faktura 1187. Den
kan I se bort fra. Vores bank markerede betalingen som mistænkelig ved en fejl,
fordi I var en ny modtager.

Jeg har ringet til dem, og de trækker indsigelsen tilbage inden for et par
bankdage. Undskyld besværet, det er helt og aldeles vores fejl.

Hilsen
Rasmus
"""), note="chargeback by mistake, 'mistænkelig', 'indsigelse'")

add(DA, "Pernille Dahl <pernille@dahlyoga.example>", "Opsigelse af aftalen fra 1. januar",
    "2026-12-01 09:05 +0100", t("""
Hej Jamie

Som aftalt i telefonen sætter vi markedsføringen på pause til foråret, mens
studiet bliver renoveret.

Ifølge jeres betingelser kan aftalen opsiges med en måneds varsel, og forudbetalte
måneder bliver refunderet. Vi har betalt kvartalet forud (december til februar),
så jeg vil gerne opsige pr. 1. januar og få januar og februar refunderet.

Det har intet med jeres arbejde at gøre, I har været fantastiske, og vi er helt
sikkert tilbage i marts. Vil du bekræfte beløbet, når du har tid?

Kh
Pernille
"""), note="cancellation + refund under the stated terms")

add(DA, "Bogholderiet - Solbakken Børnehus <bogholderi@solbakken-bornehus.example>", "Faktura 2044 - mangler EAN-nummer",
    "2026-11-19 12:40 +0100", t("""
Hej

Vi har modtaget faktura nr. 2044. Desværre kan vi ikke behandle den, da
EAN-nummeret mangler.

Vil I sende den igen som elektronisk faktura via NemHandel med EAN 5798000123456?
Betalingsfristen regnes fra den dag, vi modtager den korrekte faktura.

På forhånd tak.

Venlig hilsen
Bogholderiet
Solbakken Børnehus
"""), first=None, note="role sender, 'desværre', 'kan ikke'")

add(DA, "Ida Mortensen <ida@mortensenfoto.example>", "Forkert fakturanummer på min betaling",
    "2026-11-27 14:50 +0100", t("""
Hej Jamie

Jeg har lige betalt november-fakturaen, men skrev 1093 i stedet for 1039 i
teksten på overførslen. Beløbet er korrekt (8.750 kr. inkl. moms).

Bare så jeres bogholder ikke bliver forvirret. Min fejl!

Ida
"""), note="invoice number correction, 'forkert', 'fejl'")

add(DA, "Torben Østergaard <torben@ostergaardfonden.example>", "Rabat til foreninger?",
    "2026-11-10 10:10 +0100", t("""
Hej Jamie

Vi er en lille forening, der arbejder med lektiehjælp, og vi vil meget gerne
have jer til at lave vores nye hjemmeside.

Inden du regner på et tilbud: Giver I rabat til foreninger og non-profit? Helt i
orden, hvis ikke, det hjælper os bare med at planlægge. Vores budget er omkring
40.000 kr. ekskl. moms, og bestyrelsen godkender det i januar.

Venlig hilsen
Torben Østergaard
Formand
"""), note="polite discount question before any price")

add(DA, "Malene Krog <malene@krogcatering.example>", "Begrænset budget - hvad kan vi få for 20.000 kr.?",
    "2026-11-12 20:15 +0100", t("""
Hej Jamie

Ærligt spørgsmål: Vores budget til den nye hjemmeside er kun omkring 20.000 kr. i
år. Jeg ved godt, det ikke er meget i forhold til det, vi snakkede om.

Hvad kan I realistisk nå for det? Bare en ny forside og menusiderne ville være et
kæmpe løft i forhold til det, vi har nu. Resten kan vi tage næste år.

Tak fordi du er ærlig uanset hvad.

Malene
"""), note="limited budget, asks what is possible")

add(DA, "Henrik Brandt <henrik.brandt@brandtklinik.example>", "HASTER: databehandleraftale skal underskrives i dag",
    "2026-11-25 09:12 +0100", t("""
Hej Jamie

Undskyld det korte varsel. Vores DPO har lige gjort mig opmærksom på, at
databehandleraftalen skal være underskrevet, før vi må sende testdata til jer, og
vi har audit i morgen tidlig.

Den ligger klar i Penneo. Det er standardskabelonen, og den er allerede
gennemgået af vores jurist. Kan du nå at skrive under i dag?

Tusind tak, og undskyld hasten.

Henrik
"""), deadline="2026-11-25", note="calm 'HASTER' in subject, DPO, 'jurist'")

add(DA, "Indkøb - Vestkysten Energi <indkob@vestkystenergi.example>", "[VIGTIGT] Ny procedure for fakturering fra 1. januar",
    "2026-11-30 08:00 +0100", t("""
Kære leverandør

Fra 1. januar 2027 skal alle fakturaer til Vestkysten Energi sendes som
elektroniske fakturaer (OIOUBL) via NemHandel. PDF-fakturaer pr. mail kan
desværre ikke længere behandles fra den dato.

Dette er en generel meddelelse til alle vores leverandører. I skal ikke foretage
jer noget nu; vores indkøbsafdeling kontakter jer, hvis der mangler oplysninger.

Med venlig hilsen
Indkøb
Vestkysten Energi A/S
"""), first=None, note="[VIGTIGT] tag, routine notice; effective date is not a deadline")

add(DA, "Sofie Kjær <sofie@kjaerbageri.example>", "VI ER LIVE!!!",
    "2026-11-20 15:10 +0100", t("""
JAMIE!!!

Siden er oppe, og vi har fået 35 bestillinger siden i morges!!! Min mor ringede og
græd (af glæde). Den ser SÅ godt ud på mobilen.

TUSIND TUSIND TAK!!! Næste gang du er i Aarhus, giver jeg kaffe og kage!!!

Kh Sofie
"""), note="enthusiasm in caps and !!!")

add(DA, "Kasper Juul <kasper@juulbryg.example>", "I er de værste",
    "2026-12-22 15:35 +0700", t("""
I er simpelthen de værste... til at holde ferie :)

Fik jeres autosvar og synes bare, det er godt. Nyd det, I har fortjent det.
Etiketterne til juleøllet til næste år kan sagtens vente, til I er tilbage.

Skål
Kasper
"""), note="friendly teasing, 'I er de værste'; Thailand time zone")

add(DA, "Trine Lassen <trine@lassenundervisning.example>", "Lille fejl i bookingformularen på iPhone",
    "2026-11-17 21:02 +0100", t("""
Hej Jamie

Jeg er stødt på en lille fejl i bookingformularen. Det er ikke noget stort, de
fleste booker fra computeren, men nu ved du det.

Sådan sker det:
1. Åbn bookingsiden i Safari på en iPhone
2. Vælg en underviser og et tidspunkt
3. Tryk på "Bekræft booking"

Forventet: bekræftelsessiden.
Faktisk: Knappen gør ingenting. På computeren virker det fint.

Jeg tester gerne, når du har en rettelse.

Hilsen
Trine
"""), note="calm bug report, 'fejl'")

add(DA, "Jens Poulsen <jens@poulsenfragt.example>", "Er siden nede? (sikkert vores skyld)",
    "2026-11-25 07:58 +0100", t("""
Hej Jamie

Til orientering: sporingssiden har været nede siden ca. kl. 7.40 i morges.

Før nogen går i panik: Jeg tror, det er vores egen skyld. Vores IT-mand ændrede
DNS-opsætningen i aftes, da han flyttede mailen, og jeg har på fornemmelsen, at
han har overskrevet A-recorden.

Kan du sende mig, hvad A- og CNAME-records skal være? Så giver jeg det videre.

Mvh
Jens
"""), note="outage reported calmly, cause on client side")

add(DA, "Louise Hjort <louise@hjortvin.example>", "Logo, runde 2",
    "2026-11-13 11:20 +0100", t("""
Hej Jamie

Tak for runde 2. Ærlig feedback: Logoet føles for tungt for mig. Den fede skrift
får os til at ligne et advokatkontor mere end en vinhandel.

Kan vi prøve en lettere version med lidt mere luft mellem bogstaverne? Druebladet
vil jeg meget gerne beholde, og den grønne farve er perfekt.

Glæder mig til runde 3!

Louise
"""), note="constructive critique of a design draft, 'advokatkontor'")

add(DA, "Niels Bak <niels@bakbolig.example>", "Billederne",
    "2026-11-26 09:40 +0100", t("""
Hej Jamie

Jeg er lidt skuffet over, at billederne bliver forsinket, for jeg havde lovet
dem til fredagens nyhedsbrev. Men jeg forstår godt, at vejret drillede. Næste
uge er fint.

Vil du bare give besked om, hvilken dag fotograferingen er flyttet til, så
fremvisningsboligen er ryddet op?

Mvh
Niels
"""), note="'skuffet' but understanding")

add(DA, "Maja Skov <maja@skovfriluft.example>", "Idé: side til ordresporing",
    "2026-11-19 13:55 +0100", t("""
Hej Jamie

Sikke en uge. En kunde truede med at sagsøge os over en forsinket levering (det
var fragtfirmaet, der havde tabt pakken, men prøv lige at forklare ham det).

Det fik mig til at tænke: Kunne vi lave en side i webshoppen, hvor kunderne selv
kan følge deres ordre? Det haster ikke, men jeg vil gerne have et groft overslag
inden vores planlægningsmøde i januar.

Kh Maja
"""), note="someone else's lawsuit threat reported calmly")

add(DA, "Anders Vestergaard <anders@vestergaardudlejning.example>", "VS: Jeres hjemmeside er en JOKE",
    "2026-11-24 10:05 +0100", t("""
Hej Jamie

Videresender lige denne her, mest til morskab, men også med en lille opgave.
Lejeren er sur over en radiator, ikke over hjemmesiden, men han har faktisk en
pointe: På mobilen gemmer send-knappen sig bag cookiebanneret.

Kan du kigge på det, når du får tid?

Anders

""") + forward(DA, "K. Thygesen <kthygesen@postkassen.example>", "2026-11-23 22:30 +0100",
               "info@vestergaardudlejning.example", "Jeres hjemmeside er en JOKE", """
Jeres hjemmeside er en JOKE. Jeg har prøvet at kontakte jer TRE gange, og den
elendige formular virker ikke. Hvis radiatoren ikke er lavet inden mandag, går jeg
til Huslejenævnet og skriver en anmeldelse alle steder!!!
"""), note="forwarded angry tenant with calm cover note; deadline is the tenant's")

add(DA, "Helle Riis <helle@riisterapi.example>", "Billeder til bloggen",
    "2026-12-02 12:25 +0100", t("""
Hej Jamie

Kan du sende de tre billeder til blogindlæggene senest fredag? Jeg vil gerne
planlægge opslagene hen over weekenden.

Hvis fredag er for stramt, er mandag også ok.

Tak!
Helle
"""), deadline="2026-12-04", note="calm 'senest fredag' with fallback")

add(DA, "Frederik Munk <frederik@munkfitness.example>", "Kampagneside til jul",
    "2026-11-30 08:50 +0100", t("""
Hej Jamie

Vi vil gerne have julekampagnesiden live inden den 10. december, hvor
nyhedsbrevet går ud. Er det realistisk?

Hvis ikke, så sig til, hvad der kan lade sig gøre, så rykker vi nyhedsbrevet.
Tekst og billeder ligger allerede i mappen.

Frederik
"""), deadline="2026-12-10", note="'inden den 10. december' (labelled as the 10th), 'er det realistisk?'")

add(DA, "Birgitte Holm <birgitte@holmrevision.example>", "SEO, GDPR og MOMS på fakturaerne",
    "2026-11-06 10:00 +0100", t("""
Hej Jamie

Et par spørgsmål inden opstartsmødet, i tilfældig rækkefølge:

- Er SEO-gennemgangen med i fase 1, eller er det en særskilt post? Vores vigtigste
  KPI i Q1 er organisk trafik til siderne om skat og MOMS.
- GDPR: Cookiebanneret skal blokere Google Analytics, indtil der er givet
  samtykke. Kan jeres CMS det selv?
- Vores bookingsystem har et API. Kan formularen "Book et møde" sende direkte
  til det?
- CVR-nummeret skal stå i footeren på alle sider.
- Kan vores PDF-guides ligge bag en tilmeldingsformular uden at skade SEO?

Intet af det haster, jeg vil bare gerne komme til mødet med en klar liste.

Venlig hilsen
Birgitte Holm
Statsautoriseret revisor
"""), note="acronyms in caps (SEO, GDPR, MOMS, CVR, API, CMS, KPI, PDF)")

add(DA, "Markedsføringsugen <nyhedsbrev@markedsugen.example>", "SIDSTE CHANCE: Spar 50 % på konferencebilletter!!!",
    "2026-11-24 07:00 +0100", t("""
MARKEDSFØRINGSUGEN - nyhedsbrev nr. 47

Hej

Det er NU eller aldrig! Kun til og med fredag får du 50 % rabat på billetter til
Marketingdagen 2027!!!

I dette nummer:
- 5 fejl, der dræber din konverteringsrate
- Derfor virker "skynd dig"-bannere ikke
- Case: Sådan halverede en lille webshop sin annoncepris

Læs online: https://markedsugen.example/47

Du modtager dette nyhedsbrev, fordi du har tilmeldt dig på markedsugen.example.
Afmeld: https://markedsugen.example/u/8f2a91
"""), first=None, headers=newsletter("afmeld@markedsugen.example", "markedsugen.example"),
    html="""<html><body style="font-family:Arial,sans-serif">
<h1 style="color:#d00">SIDSTE CHANCE!!!</h1>
<p>Kun til og med fredag: <b>50&nbsp;% rabat</b> på billetter til Marketingdagen 2027.</p>
<ul><li>5 fejl, der <b>dræber</b> din konverteringsrate</li><li>Derfor virker &ldquo;skynd dig&rdquo;-bannere ikke</li></ul>
<p style="font-size:11px;color:#888"><a href="https://markedsugen.example/u/8f2a91">Afmeld nyhedsbrevet</a></p>
</body></html>""", note="newsletter with caps, !!!, 'dræber', 'fejl'")

add(DA, "Billy <noreply@billy.example>", "Faktura 1204 er betalt",
    "2026-11-18 14:02 +0100", t("""
Hej

Din kunde Kamp VVS ApS har betalt faktura 1204.

Beløb: 12.500,00 kr. inkl. moms
Betalt: 18. november 2026
Forfaldsdato var: 20. november 2026

Betalingen er automatisk afstemt med din bankkonto. Du skal ikke gøre mere.

Venlig hilsen
Billy
Denne mail er sendt automatisk og kan ikke besvares.
"""), first=None, headers=NOTIFY, note="automated notification, due date mentioned but no ask")

add(DA, "One.com <faktura@one.example>", "Din faktura fra One.com",
    "2026-12-01 03:12 +0100", t("""
Hej

Tak fordi du er kunde hos os. Din faktura for perioden 01.12.2026-30.11.2027 er
klar.

Fakturanummer: 88431207
Beløb: 1.245,00 kr. inkl. moms
Betaling: trækkes automatisk på dit kort, der slutter på 4242

Hvis betalingen mislykkes, prøver vi igen automatisk. Har du spørgsmål til
fakturaen, er du velkommen til at kontakte vores kundeservice.

Venlig hilsen
One.com
"""), first=None, headers=NOTIFY, note="SaaS invoice, 'mislykkes'")

add(DA, "Lars Gregersen <lars@gregersentomrer.example>", "Autosvar: Tilbud på ny hjemmeside",
    "2026-12-18 16:00 +0100", t("""
Tak for din mail.

Jeg holder juleferie og er tilbage mandag den 4. januar. Jeg læser ikke mails i
ferien.

I akutte tilfælde kan du ringe til værkstedet på 86 12 34 56.

Glædelig jul og godt nytår!

Lars Gregersen
Gregersen Tømrer & Snedker
"""), headers=OOO, note="out-of-office, 'akutte'; return date is not a deadline")

add(DA, "Microsoft Outlook <postmaster@solbakken-bornehus.example>", "Ikke leveret: Faktura 2044 (rettet)",
    "2026-11-20 09:14 +0100", t("""
Levering mislykkedes til disse modtagere eller grupper:

bogholderi@solbakken-bornehus.example
Den mailboks, du forsøgte at sende til, er fuld og kan ikke modtage meddelelser
lige nu. Prøv at sende meddelelsen igen senere, eller kontakt modtageren direkte.

Diagnosticeringsoplysninger til administratorer:
Genererende server: mail.solbakken-bornehus.example
Fjernserveren returnerede '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'

Oprindelig meddelelse:
Fra: Jamie Rivera <jamie@brightpath.example>
Emne: Faktura 2044 (rettet)
"""), first=None, headers=BOUNCE, note="delivery failure (Outlook NDR), 'mislykkedes', 'Exception'")

add(DA, "Mads Thomsen <mads@thomsenvvs.example>", "Re: Betalingen i webshoppen virker ikke",
    "2026-11-24 08:20 +0100", t("""
Hej Jamie

Tak for det hurtige svar, og undskyld min mail i går aftes. Jeg havde lige haft to
sure kunder i røret og tog det ud over dig.

Du havde ret: Det var vores API-nøgle hos betalingsudbyderen, der var udløbet.
Jeg har lavet en ny, og nu virker det igen.

Tak fordi du var tålmodig med mig.

Mvh
Mads

""") + gmail(DA, "Mads Thomsen <mads@thomsenvvs.example>", "2026-11-23 21:47 +0100", """
Jamie

Betalingen i webshoppen virker IKKE. IGEN. Det er tredje gang på en måned. Jeg
betaler jer for, at det virker, ikke for undskyldninger. Få det lavet i dag,
ellers finder jeg en anden.

Mads
"""), reply=True, note="calm apology on top of his own heated quoted email (Gmail)")

add(DA, "Dorthe Nygaard <dorthe@nygaardmaskiner.example>", "SV: Kvartalsrapport",
    "2026-12-04 15:30 +0100", t("""
Tak, Jamie, det er helt klart nu. Jeg har sendt rapporten videre til bestyrelsen.

God weekend!

Dorthe

""") + outlook(DA, "Jamie Rivera <jamie@brightpath.example>", "2026-12-04 10:40 +0100",
               "Dorthe Nygaard; Ulrik Dam", "SV: Kvartalsrapport", """
Hej Dorthe og Ulrik

Rapporten var filtreret, så den kun viste den danske afdeling, derfor så tallene
lave ud. Jeg har fjernet filteret, og nu stemmer tallene med økonomiafdelingens
udtræk.

Bedste hilsner
Jamie
""", sep=False) + outlook(DA, "Ulrik Dam <ulrik@nygaardmaskiner.example>", "2026-12-03 18:10 +0100",
                                "Jamie Rivera", "Kvartalsrapport", """
Jamie

Tallene er helt forkerte. Hvordan kan I sende sådan noget til os dagen før et
bestyrelsesmøde? Det er ikke første gang, og det er ærlig talt ikke godt nok. Jeg
forventer en rettelse i morgen tidlig.

Ulrik
""", sep=False), reply=True, note="calm reply over Outlook history with a colleague's heated email")

add(DA, "Signe Bruun <signe@bruungalleri.example>", "SV: Udstillingsside",
    "2026-11-30 11:45 +0100", t("""
Hej Jamie!

Som jeg skrev i min sidste mail (som nok er druknet i Black Friday-kaosset :) ),
ligger kunstnerbiografierne nu i den delte mappe sammen med billederne af de tre
nye værker.

Ingen hast, bare når du når det.

Signe
"""), reply=True, note="'som jeg skrev i min sidste mail' used neutrally with smiley")

add(DA, "Emil Lauridsen <emil@lauridsenkaffe.example>", "Venlig rykker: faktura for november",
    "2026-12-07 10:05 +0100", t("""
Hej Jamie

Bare en venlig rykker: Vi har ikke modtaget jeres faktura for november endnu. Vores
revisor vil gerne have det hele inden vi lukker året den 21. december, så kan du
sende den inden da?

Håber ikke december er alt for hektisk hos jer.

Emil
"""), deadline="2026-12-21", note="friendly 'rykker', client asks for our invoice")

add(DA, "Stine Mølgaard <stine@molgaardindretning.example>", "Stadig vild med siden - en lille ting",
    "2026-11-09 18:20 +0100", t("""
Hej Jamie

Jeg troede aldrig, jeg ville sige det om en hjemmeside, men jeg glæder mig altid
til at åbne vores.

En lille ting: Galleriet viser stadig det gamle billede af sofaen. Min fejl, jeg
sendte den forkerte fil. Den rigtige er vedhæftet. Kan du skifte det, når du har
et øjeblik?

Undskyld, at jeg forstyrrer igen!

Stine
"""), note="'aldrig', 'altid', 'stadig', 'forkerte', 'igen' in calm sentences")

add(DA, "Peter Vinther <peter@vintherforsikring.example>", "Klagesiden - et dødt link",
    "2026-12-09 09:30 +0100", t("""
Hej Jamie

Siden "Klagevejledning" (vi er under tilsyn af Finanstilsynet, så den skal vi have)
har et dødt link til Ankenævnet for Forsikring. Det peger på deres gamle adresse,
som nu giver en 404-fejl.

Intet problem, den skal bare rettes inden vores compliance-gennemgang i januar.

Mvh
Peter
"""), note="'klage' page name, 'fejl', 'problem' calm")

add(DA, "Karina Holt <karina@holtblomster.example>", "Julebanneret - ELSKER det!",
    "2026-12-02 13:50 +0100", t("""
Hej Jamie

ELSKER julebanneret!!! Kransen med sne er perfekt.

En lille ting: Kan knappen sige "Bestil senest 20. december" i stedet for "Køb nu"?

Karina
"""), html="""<html><body>
<p>Hej Jamie</p>
<p><b>ELSKER</b> julebanneret!!! Kransen med sne er <i>perfekt</i>.</p>
<p>En lille ting: Kan knappen sige &bdquo;Bestil senest 20. december&ldquo; i stedet for &bdquo;Køb nu&ldquo;?</p>
<p>Karina</p>
</body></html>""", note="HTML praise with caps; date in button copy is not an ask")

add(DA, "Bo Kristensen <bo@kristensenbyg.example>", "ring lige",
    "2026-11-19 07:05 -0200", t("""
Ring lige, når du har fem minutter. Der er ikke noget galt, vil bare vende en idé
med dig.

/Bo
"""), note="terse but calm, 'ikke noget galt'; Greenland time zone")

add(DA, "Gitte Sand <gitte@sanddyreklinik.example>", "Min chef er sat på cc",
    "2026-11-12 11:00 +0100", t("""
Hej Jamie

Jeg har sat min chef, Frank, på cc, så han kan godkende tilbuddet på fase 2
direkte. Han skal godkende alt over 50.000 kr. Der er ikke noget galt, det er bare
vores procedure!

Frank: Tilbuddet er vedhæftet, kortversionen står på første side.

Tak begge to
Gitte
"""), cc="Frank Sand <frank@sanddyreklinik.example>", note="manager cc'd for sign-off, not an escalation")

add(DA, "Kim Thorsen <kim@thorsenklinik.example>", "Beslutning om appen",
    "2026-11-26 14:20 +0100", t("""
Kære Jamie

Tak for det grundige oplæg til patientappen. Efter mange overvejelser har vi valgt
et andet bureau til appen. De er specialiseret i sundhedsapps og har allerede
løsninger, der er godkendt til MitID-login, og det betyder meget for os.

Det handlede hverken om pris eller kvalitet. Vi vil meget gerne fortsætte med jer
på hjemmesiden og SEO, hvis det stadig har interesse.

Venlig hilsen
Kim
"""), note="lost deal to a competitor, calm; gender-neutral name Kim")

add(DA, "Troels Bech <troels@bechbaade.example>", "Blog - vi betaler gerne ekstra",
    "2026-12-01 15:15 +0100", t("""
Hej Jamie

Jeg ved godt, at bloggen ikke var en del af den oprindelige aftale, så send
endelig et særskilt tilbud på den. Den skal ikke presses ind i det nuværende
budget.

Kan du sende tilbuddet i morgen? Jeg fremlægger budgettet for min kompagnon på
torsdag og vil gerne have det med.

Tak
Troels
"""), deadline="2026-12-02", note="extra scope the client offers to pay for, 'i morgen'")

add(DA, "Lone Iversen <lone@iversenbog.example>", "Spørgsmål om hosting",
    "2026-12-10 16:30 +0100", t("""
Hej Jamie

Mit barnebarn, som "er god til computere", siger, at vi bare burde bruge Wix og
lade være med at betale for hosting. Jeg stoler på jeres anbefaling, jeg vil bare
gerne forstå hvorfor, så jeg kan forklare ham det juleaften :)

Kan du give mig den korte version?

Kh Lone
"""), note="curious question, not doubting expertise")

add(DA, "Jakob Fisker <jakob@fiskersikring.example>", "Resultat af sikkerhedsscanning - lav risiko",
    "2026-11-16 09:25 +0100", t("""
Hej Jamie

Vores pentester har scannet testsiden i weekenden. Samlet trusselsvurdering: lav.
Intet kunne udnyttes til et angreb, hvilket er rigtig godt.

To ting skal ryddes op:
1. Manglende HSTS-header (middel)
2. Forældet jQuery på jobsiden (lav)

Kan I lukke de to huller senest fredag den 20. november? Så kan vi få den rene
genscanning med i rapporten.

Mvh
Jakob
"""), deadline="2026-11-20", note="security words 'trussel', 'angreb', 'huller'")

add(DA, "Anne Bjerre <anne@bjerrepr.example>", "Væk med pop-uppen",
    "2026-11-04 16:40 +0100", t("""
Hej Jamie

Vi blev enige på mødet: Lad os slå nyhedsbrevs-pop-uppen ihjel. Den irriterer
folk og skader nok vores afvisningsprocent.

Og så var din tekst til Om os-siden sindssygt god. Partnerne var helt vilde med
den og spurgte, hvem der havde skrevet den.

Anne
"""), note="'slå ihjel', 'sindssygt', 'vilde' as positive slang")

add(DA, "Kristian Lindberg <kristian@lindbergcykler.example>", "Juleferie",
    "2026-12-08 11:10 +0100", t("""
Hej Jamie

Bare til orientering: Vi lukker den 23. december og åbner igen den 4. januar.

Trykkeriet har også rykket deadline for forårskataloget fra 15. januar til 29.
januar, så vi har mere luft, end vi troede. Jeg sender produktlisten, når vi er
tilbage.

God jul
Kristian
"""), note="dates and 'deadline' but no ask by a date")

add(DA, "Christina Vang <christina@vangdans.example>", "Undskyld - sen betaling",
    "2026-11-10 21:40 +0100", t("""
Hej Jamie

Undskyld, jeg havde helt glemt oktober-fakturaen. Det er min skyld, ikke jeres.
Jeg har betalt den nu, inklusive rykkergebyret fra jeres betingelser.

Tak for en venlig påmindelse i stedet for en skrap en!

Christina
"""), note="client apologises for own late payment; 'rykkergebyr'")

add(DA, "Stripe <notifications@stripe.example>", "Indsigelse lukket: faktura 1187 (Winther Cykler)",
    "2026-11-21 09:05 +0100", t("""
Indsigelsen mod en betaling på 9.300,00 kr. fra Winther Cykler ApS er trukket
tilbage af kortindehaverens bank.

Betaling: py_3QvY2m7eZvKYlo2C1t4
Årsag til indsigelsen: svindel
Status: vundet (trukket tilbage)

Det omtvistede beløb og gebyret for indsigelsen er ført tilbage til din saldo. Du
skal ikke foretage dig mere.
"""), first=None, headers=NOTIFY, note="automated dispute/'svindel' notice, resolved")

add(DA, "Marianne Skou <marianne@skougaardbutik.example>", "Tak for samarbejdet",
    "2026-12-10 10:30 +0100", t("""
Hej Jamie

Det er sidste måned af vores aftale, og vi forlænger ikke. Ikke på grund af noget,
I har gjort: Vi har ansat en marketingmedarbejder og tager det daglige arbejde hjem
i huset.

Kan du sende overdragelsesdokumentet og alle logins senest den 17. december, så
hun kan komme i gang i januar?

I har været fantastiske de sidste to år, og jeg anbefaler jer gerne til alle, der
spørger.

Kh Marianne
"""), deadline="2026-12-17", note="non-renewal explained calmly, handover by date")

add(DA, "Sune Eriksen <sune@eriksenarkitekter.example>", "Feedback på forsiden",
    "2026-11-18 14:45 +0100", t("""
Hej Jamie

Desværre kan vi ikke bruge billedet af havnen alligevel. Fotografen har trukket
rettighederne tilbage, så det er ikke noget, I kunne have vidst.

Kan du finde et andet? Måske et af dem fra projektet i Nordhavn. Ellers er
forsiden rigtig fin, og vi glæder os til at se den færdig.

Mvh
Sune
"""), note="'desværre', 'kan ikke' without blame")

add(DA, "Ib Rasmussen <ib@rasmussenauto.example>", "I har gjort det igen!",
    "2026-12-03 12:10 +0100", t("""
Hej Jamie

I har gjort det igen! Endnu en kampagne, der slår alle rekorder: 312 leads på en
uge. Jeg ved ikke, hvordan I bliver ved med det.

Skal vi tage en frokost i januar og planlægge næste år?

Hilsen
Ib
"""), note="subject 'I har gjort det igen!' looks like blame, is praise")

add(DA, "Vestjysk Møbler - Kundeservice <kundeservice@vestjyskmobler.example>", "Forsinkelse på jeres ordre 88213",
    "2026-11-27 13:00 +0100", t("""
Kære kunde

Vi må desværre meddele, at leveringen af jeres ordre 88213 (6 kontorstole,
model Fjord) er forsinket. Vi har lavet en fejl i lagerstyringen, og stolene
forventes nu leveret i uge 51.

Vi beklager forsinkelsen. Som kompensation får I fragten gratis. Vil I hellere
annullere ordren, er det selvfølgelig også muligt uden beregning.

Med venlig hilsen
Kundeservice
Vestjysk Møbler
"""), first=None, note="supplier apologises for a delay; 'annullere', 'fejl'")


# =================================================================== FINNISH
FI = "fi"

add(FI, "Onni Vihavainen <onni@vihavainenrakennus.example>", "Etusivuluonnos - pari pientä juttua",
    "2026-11-04 09:35 +0200", t("""
Hei Jamie,

Onni täällä (se Vihavaisen Onni, ei myynnin Onni :D). Kävin uuden etusivuluonnoksen
läpi, ja se on tosi hyvä. Pari pientä juttua:

1. Yläpalkin puhelinnumero on vanha. Minun mokani, lähetin sen teille väärin.
   Oikea on 040 123 4567.
2. Voisiko "Pyydä tarjous" -napin vaihtaa vähän tummemmaksi?

Muuten ollaan tosi tyytyväisiä.

Terveisin
Onni Vihavainen
Vihavainen Rakennus Oy
"""), note="surname Vihavainen (viha = hate), 'mokani'")

add(FI, "Päivi Raivio <paivi@raiviokukka.example>", "Raivio-kukan joulukampanja",
    "2026-11-26 12:10 +0200", t("""
Hei Jamie!

Kiitos, kun saitte joulukampanjan pystyyn niin nopeasti. Asiakkaat ovat jo
kyselleet joulukimpuista.

Voisitteko vielä lisätä etusivulle pienen tekstin: "Tilaa viimeistään 21.12.,
niin ehdimme toimittaa ennen joulua"? Muuten kaikki on just hyvin.

Aurinkoisin terveisin
Päivi
"""), note="surname Raivio (raivo = rage); date in ad copy is not an ask")

add(FI, "Kirsi Lehtonen <kirsi.lehtonen@lehtonenkiinteistot.example>", "Sopimus - asianajajamme kaksi kommenttia",
    "2026-12-03 10:50 +0200", t("""
Hei Jamie,

Asianajajamme kävi sopimusluonnoksen läpi, ja hänellä on kaksi kommenttia:

1. Kohta 7.2 (vastuunrajoitus): hän toivoisi, että enimmäismäärä sidottaisiin
   edellisen 12 kuukauden laskutukseen eikä koko sopimuksen arvoon.
2. Kohta 14: mahdolliset riidat ratkaistaisiin Helsingin käräjäoikeudessa.

Kumpikaan ei ole meille iso asia, ja voimme mielellämme sopia puhelun, jos teillä
on niistä eri näkemys. Ehtisitkö lähettää päivitetyn version keskiviikkoon 9.12.
mennessä, niin saisimme sen allekirjoitettua ennen joulua?

Ystävällisin terveisin
Kirsi Lehtonen
Lehtonen Kiinteistöt Oy
"""), deadline="2026-12-09", note="'asianajaja' in a neutral negotiation, 'riidat'")

add(FI, "Jukka Mäkelä <jukka@makelanleipomo.example>", "Vanhan webhotellin irtisanominen",
    "2026-11-23 07:40 +0200", t("""
Huomenta Jamie,

Irtisanoimme vanhan webhotellisopimuksen päättymään vuoden lopussa.

Aikaa on hyvin, mutta voisitko varmistaa, että kaikki sähköpostit ja
varmuuskopiot on varmasti siirretty teille? Kymmenen vuoden asiakaspostien
katoaminen olisi katastrofi, joten kysyn mieluummin tyhmän kysymyksen.

Terveisin
Jukka
"""), note="terminating a third-party contract, 'katastrofi'")

add(FI, "Riikka Salonen <riikka@salonenarkkitehdit.example>", "Miksi tulimme teille",
    "2026-11-05 16:20 +0200", t("""
Hei Jamie,

Kiitos tämänpäiväisestä palaverista. Kysyit, miksi vaihdamme toimistoa, joten
tässä rehellinen vastaus: edellinen toimistomme ei koskaan vastannut
sähköposteihin, kaikki aikataulut venyivät, ja lopulta emme saaneet edes oman
verkkotunnuksemme tunnuksia.

Teidän tarjouksenne oli ensimmäinen, jossa oli oikea aikataulu ja nimetyt
vastuuhenkilöt. Juuri sitä tarvitsemme. Voitte aloittaa esiselvitysvaiheen
kuvatulla tavalla.

Terveisin
Riikka
"""), note="blame aimed at the previous agency")

add(FI, "Heikki Sotamaa <heikki@sotamaakuljetus.example>", "Anteeksi - maksumuistutus lähti vahingossa",
    "2026-11-13 14:25 +0200", t("""
Hei Jamie,

Saitte ehkä tilitoimistoltamme maksumuistutuksen, jossa uhattiin siirtää asia
perintään. Se lähti täysin vahingossa: heidän järjestelmänsä oli merkinnyt teidät
asiakkaaksemme eikä toimittajaksemme.

Teillä ei ole meille mitään maksettavaa, joten voitte unohtaa koko viestin.
Pahoittelut sekaannuksesta, ja kiitos kärsivällisyydestä!

Heikki Sotamaa
Sotamaa Kuljetus Oy
"""), note="debt-collection threat sent by mistake, surname Sotamaa (sota = war)")

add(FI, "Antti Koskinen <antti@koskisenpyora.example>", "Takaisinveloitus - pankin virhe",
    "2026-11-16 11:05 +0200", t("""
Moi Jamie,

Saatatte saada ilmoituksen takaisinveloituksesta laskusta 1187. Voitte jättää sen
huomiotta. Pankkimme merkitsi maksun virheellisesti epäilyttäväksi, koska olitte
uusi saaja.

Soitin pankkiin, ja he peruvat reklamaation parin pankkipäivän sisällä.
Täysin meidän päässämme oleva juttu, sori vaiva!

Antti
"""), note="chargeback by mistake, 'reklamaatio'")

add(FI, "Sanna Heinonen <sanna@heinonenjooga.example>", "Sopimuksen irtisanominen 1.1. alkaen",
    "2026-12-01 09:10 +0200", t("""
Hei Jamie,

Kuten puhelimessa puhuimme, pidämme markkinoinnissa tauon kevääseen asti, koska
studiota remontoidaan.

Ehtojenne mukaan sopimuksen voi irtisanoa kuukauden irtisanomisajalla, ja
etukäteen maksetut kuukaudet hyvitetään. Maksoimme vuosineljänneksen
(joulu-helmikuu) etukäteen, joten haluaisin irtisanoa sopimuksen 1.1. alkaen ja
saada tammi- ja helmikuun hyvitettynä.

Tämä ei johdu mitenkään teidän työstänne, olette olleet ihania, ja palaamme
varmasti maaliskuussa. Voisitko vahvistaa hyvityksen summan?

Lämmöllä
Sanna
"""), note="cancellation + refund under the stated terms")

add(FI, "ostolaskut@keskisuomenenergia.example", "Lasku 2044 - tilausnumero puuttuu",
    "2026-11-19 13:15 +0200", t("""
Hei,

Vastaanotimme laskunne 2044. Valitettavasti emme voi käsitellä sitä, koska
tilausnumero puuttuu.

Lähettäisittekö laskun uudelleen verkkolaskuna (OVT 003712345678) ja lisäisitte
siihen tilausnumeron PO-88123? Maksuehto lasketaan korjatun laskun
päiväyksestä.

Ystävällisin terveisin
Ostoreskontra
Keski-Suomen Energia Oy
"""), first=None, note="bare address, role signature; 'valitettavasti', 'emme voi'")

add(FI, "Aino Nieminen <aino@niemisenkuvaus.example>", "Väärä viitenumero maksussa",
    "2026-11-27 15:05 +0200", t("""
Hei Jamie,

Maksoin juuri marraskuun laskun, mutta kirjoitin viitenumeroksi 1232, vaikka
oikea olisi ollut 1236. Summa on oikein (1 240,00 € sis. ALV 25,5 %).

Kerron vain, ettei kirjanpitäjänne mene sekaisin. Minun virheeni!

Aino
"""), note="wrong payment reference, 'virhe', ALV")

add(FI, "Eero Laine <eero@lainesaatio.example>", "Onko teillä järjestöhinnoittelua?",
    "2026-11-10 10:30 +0200", t("""
Hei Jamie,

Olemme pieni lasten lukutaitoa tukeva säätiö, ja haluaisimme kovasti tehdä uudet
lahjoitussivut teidän kanssanne.

Ennen kuin laadit tarjouksen: onko teillä alennusta järjestöille tai
voittoa tavoittelemattomille? Täysin ok, jos ei ole, se vain auttaa meitä
suunnittelussa. Budjettimme on noin 6 000-8 000 € (alv 0 %), ja hallitus
hyväksyy sen tammikuussa.

Ystävällisin terveisin
Eero Laine
toiminnanjohtaja, Laineen säätiö
"""), note="polite discount question before any price")

add(FI, "Katja Virtanen <katja@virtasenpitopalvelu.example>", "Budjetti on pieni - mitä saisi 3 000 eurolla?",
    "2026-11-12 20:40 +0200", t("""
Hei Jamie,

Rehellinen kysymys: meidän budjettimme verkkosivujen uudistukseen on tänä vuonna
vain noin 3 000 euroa. Tiedän, ettei se ole paljon siihen nähden, mistä
alunperin puhuttiin.

Mitä sillä realistisesti saisi? Pelkkä uusi etusivu ja menusivut olisivat jo iso
parannus nykyiseen, ja loput voitaisiin tehdä ensi vuonna.

Kiitos, että sanot suoraan, oli vastaus mikä tahansa.

Katja
"""), note="small budget, asks what is possible")

add(FI, "Mikko Hiltunen <mikko.hiltunen@hiltusenlaakarikeskus.example>", "KIIREELLINEN: tietojenkäsittelysopimus allekirjoitettava tänään",
    "2026-12-08 08:47 +0200", t("""
Hei Jamie,

Pahoittelut lyhyestä varoitusajasta. Tietosuojavastaavamme huomautti juuri, että
tietojenkäsittelysopimuksen (DPA) pitää olla allekirjoitettu ennen kuin voimme
lähettää teille testiaineiston, ja auditointimme on huomenna aamulla.

Sopimus odottaa Vismasignissa. Se on vakiopohja, ja lakimiehemme on jo käynyt sen
läpi. Ehtisitkö allekirjoittaa sen tänään?

Kiitos valtavasti, ja sori tästä kiireestä!

Mikko
"""), deadline="2026-12-08", note="calm 'KIIREELLINEN' in subject, 'lakimies'")

add(FI, "Hankinnat - Pohjolan Vakuutus <hankinnat@pohjolanvakuutus.example>", "[TOIMENPIDE VAADITAAN] Toimittajatietojen vuosipäivitys",
    "2026-11-23 08:00 +0200", t("""
Hyvä yhteistyökumppani,

Pyydämme kaikkia toimittajiamme päivittämään yritystietonsa toimittajaportaaliin
15.12.2026 mennessä. Tarvitsemme ajantasaisen kaupparekisteriotteen sekä
todistukset verojen ja eläkevakuutusmaksujen maksamisesta (tilaajavastuulaki).

Tämä on rutiininomainen vuosittainen pyyntö. Jos olette jo päivittäneet tiedot
tänä vuonna, toimenpiteitä ei tarvita.

Ystävällisin terveisin
Hankinnat
Pohjolan Vakuutus
"""), first=None, deadline="2026-12-15", note="ALL-CAPS tag, routine request from a role address")

add(FI, "Milla Korhonen <milla@korhosenkakut.example>", "ME OLLAAN LIVENÄ!!!",
    "2026-11-20 15:30 +0200", t("""
JAMIE!!!

Sivut on auki ja tilauksia on tullut jo 30 aamusta asti!!! Äiti soitti ja itki
(ilosta). Näyttää ihan älyttömän hyvältä puhelimella.

KIITOS KIITOS KIITOS!!! Seuraavan kerran kun tuut Tampereelle, kahvit ja
korvapuustit on mun piikkiin!!!

Milla
"""), note="enthusiasm in caps and !!!, 'älyttömän'")

add(FI, "Janne Ahonen <janne@ahosenpanimo.example>", "Te ootte ihan kamalia",
    "2026-12-21 16:15 +0200", t("""
Te ootte ihan kamalia... pitämään lomaa :)

Sain teidän lomavastaajan ja hyvä niin. Pitäkää oikeesti lomaa, ootte sen
ansainneet. Ensi vuoden jouluoluen etiketit voi ihan hyvin odottaa siihen, että
palaatte.

Terkuin
Janne
"""), note="friendly teasing, 'kamalia'")

add(FI, "Outi Järvinen <outi@jarvisenvalmennus.example>", "Pieni vika ajanvarauslomakkeessa (Safari)",
    "2026-11-17 21:30 +0200", t("""
Hei Jamie,

Löysin pienen vian ajanvarauslomakkeesta. Ei mikään iso juttu, useimmat varaavat
Chromella, mutta halusin kertoa.

Näin se toistuu:
1. Avaa ajanvaraussivu Safarilla Macilla
2. Valitse valmentaja ja aika
3. Klikkaa "Vahvista varaus"

Odotettu: vahvistussivu.
Todellinen: nappi ei tee mitään. Konsolissa lukee
"TypeError: undefined is not an object".

Chromella ja Firefoxilla toimii hyvin. Testaan mielelläni korjauksen, kun sellainen
on.

Terveisin
Outi
"""), note="calm bug report, 'vika'")

add(FI, "Sami Lindholm <sami@lindholmlogistiikka.example>", "Sivusto alhaalla? (luultavasti meidän vika)",
    "2026-11-25 08:05 +0200", t("""
Moi Jamie,

Tiedoksi: seurantasivusto on ollut alhaalla noin klo 7.40 lähtien.

Ennen kuin kukaan hätääntyy: luulen, että vika on meidän päässä. IT-tukemme
muutti eilen illalla DNS-asetuksia siirtäessään sähköpostia, ja epäilen, että
A-tietue meni samalla uusiksi.

Voisitko lähettää, mitkä A- ja CNAME-tietueiden pitäisi olla? Välitän ne hänelle.

Sami
"""), note="outage reported calmly, cause on client side")

add(FI, "Elina Hakala <elina@hakalanviinit.example>", "Logo, kierros 2",
    "2026-11-13 11:15 +0200", t("""
Hei Jamie,

Kiitos toisesta kierroksesta. Rehellinen palaute: logo tuntuu minusta liian
raskaalta. Lihavoitu antiikva saa meidät näyttämään enemmän asianajotoimistolta
kuin viinikaupalta.

Voisimmeko kokeilla kevyempää leikkausta ja vähän väljempää välistystä?
Viiniköynnöksen lehti on ihana, se saa jäädä, ja vihreä on täydellinen.

Odotan innolla kolmatta kierrosta!

Elina
"""), note="constructive critique of a design draft")

add(FI, "Timo Kettunen <timo@kettusenkodit.example>", "Kuvat",
    "2026-11-26 09:50 +0200", t("""
Hei Jamie,

Olen vähän pettynyt, että kuvat myöhästyvät, koska olin luvannut ne perjantain
uutiskirjeeseen. Ymmärrän kuitenkin hyvin, että sää ei ollut puolellanne. Ensi
viikko käy hyvin.

Kertoisitko vain, mille päivälle kuvaus siirtyy, niin varmistan, että
esittelyasunto on siivottu?

Terveisin
Timo
"""), note="'pettynyt' but understanding")

add(FI, "Tiina Leppänen <tiina@leppasenretkeily.example>", "Idea: tilauksen seurantasivu",
    "2026-11-19 14:10 +0200", t("""
Hei Jamie,

Melkoinen viikko takana. Yksi asiakkaamme uhkasi haastaa meidät oikeuteen
myöhästyneestä toimituksesta (kuljetusliike oli hukannut paketin, mutta yritäpä
selittää se hänelle).

Tuli mieleen: voisimmeko lisätä verkkokauppaan sivun, jolta asiakkaat voivat
itse seurata tilauksensa tilaa? Ei kiirettä, mutta haluaisin karkean
kustannusarvion ennen tammikuun suunnittelupalaveria.

Tiina
"""), note="someone else's lawsuit threat reported calmly")

add(FI, "Kalle Rantanen <kalle@rantasenvuokraus.example>", "VL: Teidän nettisivut on ihan VITSI",
    "2026-11-24 10:20 +0200", t("""
Moi Jamie,

Välitän tämän lähinnä huvin vuoksi, mutta myös pienen korjauksen takia. Vuokralainen
on harmissaan patterista, ei nettisivuista, mutta hänellä on yksi pointti:
mobiilissa lähetä-nappi jää evästebannerin alle.

Voisitko vilkaista sitä, kun ehdit?

Kalle

""") + forward(FI, "J. Kärkkäinen <jkarkkainen@postilaatikko.example>", "2026-11-23 22:35 +0200",
               "info@rantasenvuokraus.example", "Teidän nettisivut on ihan VITSI", """
Teidän nettisivut on ihan VITSI. Yritin ottaa yhteyttä KOLME kertaa eikä se surkea
lomake toimi. Jos patteria ei korjata maanantaihin mennessä, teen valituksen
kuluttajaneuvontaan ja kirjoitan arvostelun joka paikkaan!!!
"""), note="forwarded angry tenant with calm cover note; deadline is the tenant's")

add(FI, "Henna Mattila <henna@mattilanterapia.example>", "Blogikuvat",
    "2026-11-24 13:10 +0200", t("""
Hei Jamie,

Voisitko lähettää ne kolme blogikuvaa perjantaihin mennessä? Haluaisin ajastaa
postaukset viikonlopun aikana.

Jos perjantai on tiukka, maanantaikin käy.

Kiitos!
Henna
"""), deadline="2026-11-27", note="calm 'perjantaihin mennessä' with fallback")

add(FI, "Lauri Peltonen <lauri@peltosenkuntosali.example>", "Joulukampanjasivu",
    "2026-11-30 09:00 +0200", t("""
Moi Jamie,

Haluaisimme joulukampanjasivun julki 10.12. mennessä, jolloin uutiskirje lähtee.
Onko se realistista?

Jos ei, kerro mikä olisi, niin siirretään uutiskirjettä. Tekstit ja kuvat ovat jo
jaetussa kansiossa.

Lauri
"""), deadline="2026-12-10", note="deadline asked calmly, 'onko se realistista?'")

add(FI, "Maarit Huttunen <maarit@huttusentilit.example>", "ALV, Y-tunnus ja SEO",
    "2026-11-06 10:05 +0200", t("""
Hei Jamie,

Muutama kysymys ennen aloituspalaveria, ei missään erityisessä järjestyksessä:

- Kuuluuko SEO-auditointi vaiheeseen 1, vai onko se erillinen rivi? Q1:n tärkein
  KPI meille on orgaaninen liikenne ALV- ja verosivuille.
- GDPR: evästebannerin pitää estää Google Analytics, kunnes käyttäjä on antanut
  suostumuksen. Hoituuko se CMS:ssä suoraan?
- Ajanvarausjärjestelmässämme on API. Voisiko "Varaa aika" -lomake lähettää
  tiedot suoraan sinne?
- Y-tunnus pitää näkyä jokaisen sivun alatunnisteessa.
- Voiko PDF-oppaat laittaa sähköpostilomakkeen taakse ilman, että SEO kärsii?

Mikään näistä ei ole kiireellinen, haluan vain tulla palaveriin selkeän listan
kanssa.

Ystävällisin terveisin
Maarit Huttunen
KLT, Huttusen Tilit Oy
"""), note="acronyms in caps (ALV, SEO, KPI, GDPR, CMS, API, PDF)")

add(FI, "Markkinointi&Mainonta <uutiskirje@markkinointimainonta.example>", "VIIMEINEN MAHDOLLISUUS: -50 % tapahtumalipuista!!!",
    "2026-11-24 07:00 +0200", t("""
MARKKINOINTI&MAINONTA - uutiskirje 47/2026

Hei,

Nyt tai ei koskaan! Vain perjantaihin asti saat 50 % alennuksen
Markkinointipäivät 2027 -lipuista!!!

Tässä numerossa:
- 5 virhettä, jotka tappavat konversiosi
- Miksi "kiirehdi"-bannerit eivät toimi
- Case: näin pieni verkkokauppa puolitti mainoskulunsa

Lue verkossa: https://markkinointimainonta.example/47

Saat tämän viestin, koska olet tilannut uutiskirjeemme.
Peru tilaus: https://markkinointimainonta.example/u/8f2a91
"""), first=None, headers=newsletter("peru@markkinointimainonta.example", "markkinointimainonta.example"),
    html="""<html><body style="font-family:Arial,sans-serif">
<h1 style="color:#d00">VIIMEINEN MAHDOLLISUUS!!!</h1>
<p>Vain perjantaihin asti: <b>-50&nbsp;%</b> Markkinointipäivät 2027 -lipuista.</p>
<ul><li>5 virhettä, jotka <b>tappavat</b> konversiosi</li><li>Miksi &rdquo;kiirehdi&rdquo;-bannerit eivät toimi</li></ul>
<p style="font-size:11px;color:#888"><a href="https://markkinointimainonta.example/u/8f2a91">Peru tilaus</a></p>
</body></html>""", note="newsletter with caps, !!!, 'tappavat', 'virhettä'")

add(FI, "Netvisor <noreply@netvisor.example>", "Myyntilasku 2051 on maksettu",
    "2026-11-18 14:10 +0200", t("""
Hei,

Asiakkaasi Vihavainen Rakennus Oy on maksanut myyntilaskun 2051.

Summa: 4 960,00 € (sis. ALV 25,5 %)
Maksupäivä: 18.11.2026
Eräpäivä oli: 20.11.2026

Maksu on kohdistettu automaattisesti. Sinun ei tarvitse tehdä mitään.

Tämä on automaattinen viesti, johon ei voi vastata.
"""), first=None, headers=NOTIFY, note="automated notification, due date mentioned but no ask")

add(FI, "Pilvikone <laskutus@pilvikone.example>", "Laskusi joulukuulta on valmis",
    "2026-12-01 02:30 +0200", t("""
Hei,

Kiitos, että olet asiakkaamme. Joulukuun laskusi on valmis.

Laskun numero: PK-2026-12-00871
Summa: 49,00 € (sis. ALV 25,5 %)
Maksutapa: veloitetaan automaattisesti kortilta, joka päättyy 4242

Jos veloitus epäonnistuu, yritämme uudelleen automaattisesti. Laskua koskevissa
kysymyksissä autamme mielellämme asiakaspalvelussa.

Ystävällisin terveisin
Pilvikone
"""), first=None, headers=NOTIFY, note="SaaS invoice, 'epäonnistuu'")

add(FI, "Pekka Saarinen <pekka@saarisenpuusepat.example>", "Automaattinen vastaus: Tarjous uusista verkkosivuista",
    "2026-12-18 16:05 +0200", t("""
Kiitos viestistäsi.

Olen joululomalla ja palaan toimistolle maanantaina 4.1.2027. En lue sähköpostia
loman aikana.

Kiireellisissä asioissa voit soittaa verstaalle numeroon 09 123 4567.

Hyvää joulua ja onnellista uutta vuotta!

Pekka Saarinen
Saarisen Puusepät Oy
"""), headers=OOO, note="out-of-office, 'kiireellisissä'; return date is not a deadline")

add(FI, "Microsoft Outlook <postmaster@keskisuomenenergia.example>", "Ei voitu toimittaa: Lasku 2044 (korjattu)",
    "2026-11-20 09:20 +0200", t("""
Toimitus seuraaville vastaanottajille tai ryhmille epäonnistui:

ostolaskut@keskisuomenenergia.example
Vastaanottajan postilaatikko on täynnä, eikä se voi vastaanottaa viestejä juuri
nyt. Yritä lähettää viesti myöhemmin uudelleen tai ota yhteyttä vastaanottajaan
suoraan.

Järjestelmänvalvojien diagnostiikkatiedot:
Luova palvelin: mail.keskisuomenenergia.example
Etäpalvelin palautti virheen '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'

Alkuperäinen viesti:
Lähettäjä: Jamie Rivera <jamie@brightpath.example>
Aihe: Lasku 2044 (korjattu)
"""), first=None, headers=BOUNCE, note="delivery failure (Outlook NDR), 'epäonnistui', 'virhe'")

add(FI, "Petri Kinnunen <petri@kinnusenputki.example>", "Re: Uutiskirjeen tilauslomake ei toimi",
    "2026-11-24 08:25 +0200", t("""
Moi Jamie,

Kiitos nopeasta vastauksesta, ja anteeksi eilinen viestini. Olin juuri puhunut
kahden vihaisen asiakkaan kanssa ja purin sen sinuun.

Olit oikeassa: olimme itse poistaneet vanhan Mailchimp-listan, johon lomake oli
kytketty. Tein uuden listan ohjeidesi mukaan, ja nyt tilaukset tulevat taas
perille.

Kiitos, että jaksoit.

Petri

""") + gmail(FI, "Petri Kinnunen <petri@kinnusenputki.example>", "2026-11-23 21:50 +0200", """
Jamie,

Tilauslomake on TAAS rikki. Kolmas kerta tässä kuussa. Minä maksan teille siitä,
että tämä toimii, en selityksistä. Korjatkaa tänään tai etsin toisen firman.

Petri
"""), reply=True, note="calm apology on top of his own heated quoted email (Gmail)")

add(FI, "Pirjo Laaksonen <pirjo@laaksosenkone.example>", "VS: Neljännesvuosiraportti",
    "2026-12-04 15:45 +0200", t("""
Kiitos Jamie, nyt on selvä. Välitin raportin hallitukselle.

Hyvää viikonloppua!

Pirjo

""") + outlook(FI, "Jamie Rivera <jamie@brightpath.example>", "2026-12-04 10:30 +0200",
               "Pirjo Laaksonen; Markku Jokela", "VS: Neljännesvuosiraportti", """
Hei Pirjo ja Markku,

Raportti oli suodatettu näyttämään vain Suomen yksikön, minkä takia luvut
näyttivät pieniltä. Poistin suodattimen, ja nyt konsernin luvut täsmäävät
taloushallinnon raporttiin.

Terveisin
Jamie
""") + outlook(FI, "Markku Jokela <markku@laaksosenkone.example>", "2026-12-03 18:15 +0200",
                     "Jamie Rivera", "Neljännesvuosiraportti", """
Jamie,

Nämä luvut ovat täysin väärin. Miten te voitte lähettää tällaista meille päivää
ennen hallituksen kokousta? Tämä ei ole ensimmäinen kerta, eikä tämä yksinkertaisesti
riitä. Odotan korjausta huomenaamuna ensimmäisenä.

Markku
"""), reply=True, note="calm reply over Outlook history with a colleague's heated email")

add(FI, "Noora Heikkinen <noora@heikkisengalleria.example>", "Re: Näyttelysivu",
    "2026-11-30 12:05 +0200", t("""
Hei Jamie!

Kuten edellisessä viestissäni kirjoitin (joka varmaan hukkui Black Friday
-ryöpyn alle :) ), taiteilijaesittelyt ovat nyt jaetussa kansiossa, ja mukana on
myös kolmen uuden teoksen kuvat.

Ei kiirettä, sitten kun ehdit.

Noora
"""), reply=True, note="'kuten edellisessä viestissäni' used neutrally with smiley")

add(FI, "Teemu Kallio <teemu@kallionkahvi.example>", "Pieni muistutus: marraskuun lasku",
    "2026-12-07 10:10 +0200", t("""
Hei Jamie,

Pieni ystävällinen muistutus: emme ole vielä saaneet teiltä marraskuun laskua.
Kirjanpitäjämme haluaa kaiken ennen kuin tilikausi suljetaan 22.12., joten
ehtisitkö lähettää sen siihen mennessä?

Toivottavasti joulukuu ei ole liian hektinen.

Teemu
"""), deadline="2026-12-22", note="friendly 'muistutus', client asks for our invoice")

add(FI, "Emilia Turunen <emilia@turusensisustus.example>", "Edelleen ihastunut sivuihin - yksi pikkujuttu",
    "2026-11-09 18:45 +0200", t("""
Hei Jamie,

En ikinä uskonut sanovani tätä verkkosivuista, mutta avaan meidän sivut aina
ilolla.

Yksi pikkujuttu: galleriassa on edelleen vanha sohvakuva. Minun virheeni, lähetin
väärän tiedoston. Oikea on liitteenä. Voisitko vaihtaa sen, kun ehdit?

Anteeksi, että vaivaan taas!

Emilia
"""), note="'ikinä', 'aina', 'edelleen', 'väärän', 'taas' in calm sentences")

add(FI, "Ilkka Räsänen <ilkka@rasasenvakuutus.example>", "Valitusohjesivu - rikkinäinen linkki",
    "2026-12-09 09:40 +0200", t("""
Hei Jamie,

Sivustomme "Valitukset ja reklamaatiot" -sivulla (Finanssivalvonta edellyttää,
että sellainen on) on rikkinäinen linkki Vakuutus- ja rahoitusneuvontaan (FINE).
Linkki osoittaa vanhaan osoitteeseen, joka antaa nyt 404-virheen.

Ei mikään ongelma, kunhan se korjataan ennen tammikuun compliance-tarkastusta.

Terveisin
Ilkka
"""), note="'valitukset', 'reklamaatiot' page name, 'rikkinäinen', 'ongelma' calm")

add(FI, "Satu Mäkinen <satu@makisenkukka.example>", "Joulubanneri - IHANA!",
    "2026-12-02 13:55 +0200", t("""
Hei Jamie,

Joulubanneri on IHANA!!! Luminen kranssi on täydellinen.

Pieni juttu: voisiko napissa lukea "Tilaa 20.12. mennessä jouluksi" eikä "Osta
nyt"?

Satu
"""), html="""<html><body>
<p>Hei Jamie,</p>
<p>Joulubanneri on <b>IHANA</b>!!! Luminen kranssi on <i>täydellinen</i>.</p>
<p>Pieni juttu: voisiko napissa lukea &rdquo;Tilaa 20.12. mennessä jouluksi&rdquo; eikä &rdquo;Osta nyt&rdquo;?</p>
<p>Satu</p>
</body></html>""", note="HTML praise with caps; date in button copy is not an ask")

add(FI, "Aki Hyvönen <aki@hyvosenrakennus.example>", "soitatko",
    "2026-11-19 07:10 +0200", t("""
Soitatko kun ehdit? Ei mitään hätää, haluan vaan heittää yhden idean.

-Aki
"""), note="terse but calm, 'ei mitään hätää'")

add(FI, "Johanna Kivelä <johanna@kivelanelainklinikka.example>", "Esihenkilöni mukana viestissä",
    "2026-11-12 11:20 +0200", t("""
Hei Jamie,

Laitoin esihenkilöni Jarin kopioksi, jotta hän voi hyväksyä vaiheen 2 tarjouksen
suoraan. Hän hyväksyy kaikki yli 5 000 euron hankinnat. Mitään ongelmaa ei ole,
tämä on vain meidän prosessimme!

Jari: tarjous on liitteenä, tiivistelmä on ensimmäisellä sivulla.

Kiitos molemmille
Johanna
"""), cc="Jari Kivelä <jari@kivelanelainklinikka.example>", note="manager cc'd for sign-off, not an escalation")

add(FI, "Oskari Laitinen <oskari@laitisenklinikka.example>", "Päätös sovelluksesta",
    "2026-11-26 14:30 +0900", t("""
Hei Jamie,

Kiitos perusteellisesta ehdotuksesta potilassovellukseksi. Pitkän pohdinnan
jälkeen päätimme valita sovellukseen toisen toimiston. He ovat erikoistuneet
terveydenhuollon sovelluksiin, ja heillä on valmiina Kanta-palveluihin
hyväksytyt ratkaisut, mikä on meille tärkeää.

Kyse ei ollut hinnasta eikä laadusta. Jatkaisimme mielellämme kanssanne
verkkosivujen ja SEO:n parissa, jos se vielä kiinnostaa.

Terveisin Tokiosta (työmatkalla),
Oskari
"""), note="lost deal to a competitor, calm; Tokyo time zone")

add(FI, "Veikko Hirvonen <veikko@hirvosenveneet.example>", "Blogiosio - maksamme mielellämme lisää",
    "2026-12-01 15:20 +0200", t("""
Hei Jamie,

Tiedän, ettei blogi kuulunut alkuperäiseen sopimukseen, joten tee siitä ihan
erillinen tarjous. Sitä ei tarvitse ahtaa nykyiseen budjettiin.

Ehtisitkö lähettää tarjouksen torstaihin mennessä? Esittelen budjetin
yhtiökumppanilleni perjantaina ja haluaisin sen mukaan.

Kiitos
Veikko
"""), deadline="2026-12-03", note="extra scope the client offers to pay for, 'torstaihin mennessä'")

add(FI, "Marjatta Salo <marjatta@salonkirjakauppa.example>", "Kysymys ylläpidosta",
    "2026-12-10 16:40 +0200", t("""
Hei Jamie,

Lapsenlapseni, joka on "hyvä tietokoneiden kanssa", sanoo, että meidän pitäisi vain
käyttää Wixiä ja lopettaa maksaminen ylläpidosta. Luotan teidän suositukseenne,
haluaisin vain ymmärtää perustelut, jotta osaan selittää ne hänelle jouluna :)

Saisinko lyhyen version?

Terveisin
Marjatta
"""), note="curious question, not doubting expertise")

add(FI, "Juha Rautio <juha@rautioturva.example>", "Tietoturvaskannauksen tulokset - uhkataso matala",
    "2026-11-16 09:30 +0200", t("""
Hei Jamie,

Tietoturvatestaajamme skannasi testisivuston viikonloppuna. Kokonaisuhkataso:
matala. Mitään ei pystytty hyödyntämään hyökkäykseen, mikä on hyvä uutinen.

Kaksi siivottavaa asiaa:
1. Puuttuva HSTS-otsake (keskitaso)
2. Vanhentunut jQuery urasivulla (matala)

Voisitteko korjata nämä perjantaihin 20.11. mennessä? Saisimme puhtaan
uusintaskannauksen mukaan raporttiin.

Terveisin
Juha
"""), deadline="2026-11-20", note="security words 'uhka', 'hyökkäys'")

add(FI, "Minna Honkanen <minna@honkasenviestinta.example>", "Pop-up pois",
    "2026-11-04 16:50 +0200", t("""
Moi Jamie,

Palaverissa sovittiin: tapetaan se uutiskirjeen pop-up. Se ärsyttää ihmisiä ja
luultavasti nostaa poistumisprosenttia.

Ja Meistä-sivun teksti oli ihan tappava! Osakkaat tykkäsi tosi paljon ja kysyi,
kuka sen on kirjoittanut.

Minna
"""), note="'tapetaan', 'tappava' as positive slang")

add(FI, "Tuomas Lehto <tuomas@lehdonpyora.example>", "Joulun aukioloajat",
    "2026-12-08 11:20 +0200", t("""
Hei Jamie,

Tiedoksi: olemme kiinni 23.12.-6.1.

Painotalo siirsi myös kevätkuvaston aineiston määräpäivää 15.1.:stä 29.1.:hin,
joten meillä on enemmän väljyyttä kuin luulimme. Lähetän tuotelistan, kun
palaamme.

Hyvää joulua!
Tuomas
"""), note="dates and 'määräpäivä' but no ask by a date")

add(FI, "Hanna Karjalainen <hanna@karjalaisentanssi.example>", "Anteeksi - maksu myöhässä",
    "2026-11-10 21:50 +0200", t("""
Hei Jamie,

Anteeksi, unohdin lokakuun laskun kokonaan. Se on ihan minun vikani, ei teidän.
Maksoin sen nyt, ja mukana on myös ehtojenne mukainen viivästyskorko.

Kiitos ystävällisestä muistutuksesta pelottavan sijaan!

Hanna
"""), note="client apologises for own late payment; 'viivästyskorko'")

add(FI, "Holvi <noreply@holvi.example>", "Maksu ei onnistunut - tarkista tilinumero",
    "2026-11-27 10:00 +0200", t("""
Hei,

Valitettavasti maksusi 320,00 € vastaanottajalle Kuvatoimisto Valo Oy ei
onnistunut, koska vastaanottajan pankki hylkäsi tilisiirron (virheellinen IBAN).

Rahat on palautettu tilillesi. Tarkista tilinumero ja tee maksu uudelleen.

Tämä on automaattinen viesti.
Holvi
"""), first=None, headers=NOTIFY, note="automated bank notice: 'hylkäsi', 'virheellinen'")

add(FI, "Sari Koivisto <sari@koivistontila.example>", "Yhteistyön päättyminen - ja kiitos",
    "2026-12-10 10:40 +0200", t("""
Hei Jamie,

Tämä on sopimuksemme viimeinen kuukausi, emmekä jatka sitä. Syy ei ole teissä:
palkkasimme markkinoinnin osaajan ja otamme arjen työt omiin käsiin.

Voisitko lähettää luovutusdokumentin ja kaikki tunnukset 16.12. mennessä, jotta
hän pääsee aloittamaan tammikuussa?

Olette olleet mahtavia nämä kaksi vuotta. Suosittelen teitä mielelläni kaikille,
jotka kysyvät.

Sari
"""), deadline="2026-12-16", note="non-renewal explained calmly, handover by date")

add(FI, "Toivo Ylönen <toivo@ylosenauto.example>", "Te teitte sen taas!",
    "2026-12-03 12:20 +0200", t("""
Hei Jamie,

Te teitte sen taas! Taas kampanja, joka rikkoo kaikki ennätykset: 312 liidiä
viikossa. En tiedä, miten te siihen pystytte.

Lähdetäänkö tammikuussa lounaalle suunnittelemaan ensi vuotta?

Terveisin
Toivo
"""), note="subject 'Te teitte sen taas!' looks like blame, is praise; name Toivo")

add(FI, "Tyyne Rautiainen <tyyne.rautiainen@sahkoposti.example>", "Kiitos avusta",
    "2026-11-29 11:15 +0100", t("""
Hyvä Jamie,

Kauhean hienot sivut teitte meidän kyläyhdistykselle! Hirveän kiva, kun jaksoitte
neuvoa puhelimessa näin vanhaa ihmistä. Lapsenlapsetkin ihastelivat.

Täällä Fuengirolassa on lämmin, toivottavasti teilläkin on mukava loppuvuosi.

Ystävällisesti
Tyyne Rautiainen
"""), note="'kauhean', 'hirveän' as positive intensifiers; Spain time zone")


# =================================================================== GERMAN
DE = "de"

add(DE, "Ernst Zorn <e.zorn@zorn-haustechnik.example>", "Konfigurator - großes Lob",
    "2026-11-05 10:15 +0100", t("""
Hallo Jamie,

kurze Rückmeldung zum neuen Heizungskonfigurator: Unser Vertriebsleiter Herr Sauer
war anfangs skeptisch, ist inzwischen aber völlig begeistert. Seit dem Start
kommen deutlich mehr Anfragen rein, und die sind viel besser vorbereitet.

Ernsthaft: richtig gute Arbeit. Danke an das ganze Team!

Viele Grüße
Ernst Zorn
Zorn Haustechnik GmbH
"""), note="names Ernst Zorn (Zorn = wrath) and Herr Sauer (sauer = cross), 'skeptisch'")

add(DE, "Frank Streit <frank@streit-druck.example>", "Frank und frei: Feedback zum Flyer",
    "2026-11-10 14:30 +0100", t("""
Hallo Jamie,

frank und frei, wie mein Name schon sagt :) Der Flyer ist zu 90 % fertig und
gefällt mir sehr. Drei Punkte:

1. Die Rückseite wirkt etwas voll. Können wir eines der drei Kundenzitate
   streichen? Welches, überlasse ich dir.
2. Das Titelbild ist im Druck etwas dunkel. Das liegt aber vielleicht an
   unserem alten Proof-Drucker.
3. Bei der Telefonnummer fehlt die Vorwahl. Mein Fehler, ich hatte sie dir so
   geschickt.

Sonst top. Keine Eile mit den Änderungen.

Frank
"""), note="name Frank Streit (Streit = quarrel), 'frank und frei', 'mein Fehler'")

add(DE, "Dr. Katrin Böse <k.boese@boese-immobilien.example>", "Rahmenvertrag - zwei Anmerkungen unseres Anwalts",
    "2026-12-03 11:20 +0100", t("""
Hallo Jamie,

unser Anwalt hat den Rahmenvertrag geprüft und hat zwei Anmerkungen:

1. Ziffer 7.2 (Haftungsbegrenzung): Er würde die Obergrenze gern an das Honorar
   der letzten 12 Monate koppeln statt an das gesamte Auftragsvolumen.
2. Ziffer 14: Gerichtsstand soll München sein.

Beides ist für uns kein großes Thema, und wir können gern telefonieren, falls
Sie das anders sehen. Könnten Sie uns bis Mittwoch, 9. Dezember, eine
überarbeitete Fassung schicken? Dann können wir noch vor Weihnachten
unterschreiben.

Viele Grüße
Katrin Böse
Böse Immobilien GmbH & Co. KG
"""), deadline="2026-12-09", note="'Anwalt' in a neutral negotiation, surname Böse, title Dr.")

add(DE, "Jürgen Krieg <juergen@krieg-baeckerei.example>", "Kündigung des alten Hostings",
    "2026-11-23 07:30 +0100", t("""
Guten Morgen Jamie,

wir haben den alten Hostingvertrag bei unserem bisherigen Provider zum 31.12.
gekündigt.

Es eilt nicht, aber können Sie mir bitte bestätigen, dass alle Postfächer und
Backups wirklich bei Ihnen angekommen sind? Wenn zehn Jahre Kundenmails weg wären,
wäre das eine Katastrophe, deshalb frage ich lieber einmal zu viel.

Schöne Grüße
Jürgen Krieg
"""), note="terminating a third-party contract, surname Krieg (war), 'Katastrophe'")

add(DE, "Sabine Hartmann <s.hartmann@hartmann-optik.example>", "Google Fonts lokal einbinden",
    "2026-11-17 09:45 +0100", t("""
Hallo Jamie,

wir haben gestern eine dieser Abmahnungen wegen Google Fonts bekommen. Sie kennen
das sicher. Unser Anwalt kümmert sich darum, das ist also nicht Ihr Thema, und die
Seite wurde ja lange vor Ihrer Zeit gebaut.

Könnten Sie die Schriften trotzdem bei Gelegenheit lokal einbinden, damit das
Thema für die Zukunft vom Tisch ist? Gern mit kurzem Angebot vorab.

Danke und viele Grüße
Sabine Hartmann
"""), note="'Abmahnung' and 'Anwalt' about a third party, explicitly not our fault")

add(DE, "Thomas Becker <thomas@becker-architekten.example>", "Warum wir zu Ihnen gekommen sind",
    "2026-11-05 17:10 +0100", t("""
Hallo Jamie,

danke für das gute Gespräch heute. Sie haben gefragt, warum wir die Agentur
wechseln, hier die ehrliche Antwort: Unsere bisherige Agentur hat nie auf E-Mails
geantwortet, jeden Termin gerissen, und am Ende haben wir nicht einmal die
Zugangsdaten zu unserer eigenen Domain bekommen.

Ihr Angebot war das erste mit einem echten Zeitplan und klaren
Ansprechpartnern. Genau das brauchen wir. Legen Sie gern mit der Konzeptphase wie
beschrieben los.

Beste Grüße
Thomas Becker
"""), note="blame aimed at the previous agency")

add(DE, "Andreas Wolf <andreas@wolf-fahrradladen.example>", "Rücklastschrift - Fehler unserer Bank",
    "2026-11-16 11:40 +0100", t("""
Hallo Jamie,

Sie bekommen eventuell eine Benachrichtigung über eine Rücklastschrift zur
Rechnung RE-2031. Bitte ignorieren Sie die. Unsere Bank hat die Lastschrift
fälschlicherweise zurückgegeben, weil Sie ein neuer Zahlungsempfänger waren.

Ich habe mit der Bank gesprochen, der Betrag wird in den nächsten Tagen erneut
eingezogen. Die Rücklastschriftgebühr übernehmen wir natürlich. Entschuldigung für
das Durcheinander, das lag komplett bei uns!

Andreas Wolf
"""), note="returned direct debit by mistake, 'Rücklastschrift', 'Fehler'")

add(DE, "Nicole Schäfer <nicole@schaefer-yoga.example>", "Kündigung der Betreuung zum 1. Januar",
    "2026-12-01 09:15 +0100", t("""
Hallo Jamie,

wie am Telefon besprochen, pausieren wir das Marketing bis zum Frühjahr, weil das
Studio renoviert wird.

Laut Ihren AGB kann die Betreuung mit einem Monat Frist gekündigt werden, und im
Voraus bezahlte Monate werden erstattet. Wir haben das Quartal (Dezember bis
Februar) im Voraus bezahlt. Ich möchte daher zum 1. Januar kündigen und bitte um
Rückerstattung für Januar und Februar.

Das hat nichts mit Ihrer Arbeit zu tun, Sie waren großartig, und wir melden uns
im März bestimmt wieder. Würden Sie mir den Betrag kurz bestätigen?

Herzliche Grüße
Nicole
"""), note="'Kündigung' + 'Rückerstattung' under the stated AGB")

add(DE, "Buchhaltung <buchhaltung@nordlicht-logistik.example>", "Rechnung RE-2044 - Bestellnummer fehlt",
    "2026-11-19 13:25 +0100", t("""
Sehr geehrte Damen und Herren,

wir haben Ihre Rechnung RE-2044 erhalten. Leider können wir sie nicht bearbeiten,
da die Bestellnummer fehlt.

Bitte senden Sie uns eine korrigierte Rechnung mit der Bestellnummer 4500-77312
sowie Ihrer USt-IdNr. Das Zahlungsziel beginnt mit Eingang der korrigierten
Rechnung.

Vielen Dank und freundliche Grüße
Buchhaltung
Nordlicht Logistik GmbH
"""), first=None, note="role sender, 'leider', 'nicht bearbeiten'")

add(DE, "Lena Fischer <lena@fischer-fotografie.example>", "Falscher Verwendungszweck bei meiner Überweisung",
    "2026-11-27 15:20 +0100", t("""
Hallo Jamie,

ich habe die Novemberrechnung gerade überwiesen, aber im Verwendungszweck RE-2038
statt RE-2083 angegeben. Der Betrag stimmt (2.350,00 €).

Nur damit Ihre Buchhaltung nicht durcheinanderkommt. Mein Fehler!

Lena
"""), note="invoice number correction, 'falsch', 'Fehler'")

add(DE, "Wolfgang Meier <w.meier@kinderhilfe-lindau.example>", "Rabatt für gemeinnützige Vereine?",
    "2026-11-10 10:40 +0100", t("""
Guten Tag Jamie Rivera,

wir sind ein kleiner gemeinnütziger Verein, der Leseförderung für Grundschulkinder
anbietet, und würden die neue Spendenseite sehr gern mit Ihnen umsetzen.

Bevor Sie ein Angebot erstellen: Gewähren Sie gemeinnützigen Organisationen einen
Rabatt? Falls nicht, ist das völlig in Ordnung, es hilft uns nur bei der Planung.
Unser Budget liegt bei etwa 6.000 bis 8.000 € netto, der Vorstand entscheidet im
Januar.

Mit freundlichen Grüßen
Wolfgang Meier
1. Vorsitzender, Kinderhilfe Lindau e. V.
"""), note="polite discount question before any price")

add(DE, "Svenja Roth <svenja@roth-catering.example>", "Budget ist knapp - was geht für 3.000 €?",
    "2026-11-12 20:50 +0100", t("""
Hi Jamie,

ehrliche Frage: Unser Budget für den Website-Relaunch liegt dieses Jahr nur bei
etwa 3.000 €. Ich weiß, das ist nicht viel für das, worüber wir gesprochen haben.

Was wäre dafür realistisch drin? Schon eine neue Startseite und die Menüseiten
wären ein riesiger Fortschritt, den Rest könnten wir nächstes Jahr machen.

Danke, dass du ehrlich bist, egal wie die Antwort ausfällt.

Svenja
"""), note="small budget, asks what is possible (du form)")

add(DE, "Dr. Michael Braun <m.braun@praxis-braun.example>", "DRINGEND: AVV bitte heute unterschreiben",
    "2026-11-18 11:30 +0100", t("""
Hallo Jamie,

leider sehr kurzfristig: Unser Datenschutzbeauftragter hat mich gerade darauf
hingewiesen, dass der Auftragsverarbeitungsvertrag (AVV nach Art. 28 DSGVO)
unterschrieben sein muss, bevor wir Ihnen die Testdaten schicken dürfen, und
morgen früh ist unser Audit.

Der Vertrag liegt in DocuSign. Es ist unsere Standardvorlage, die Rechtsabteilung
hat ihn bereits geprüft. Könnten Sie ihn heute noch unterschreiben?

Herzlichen Dank, und entschuldigen Sie die Hektik!

Michael Braun
"""), deadline="2026-11-18", note="calm 'DRINGEND' in subject, DSGVO, 'Rechtsabteilung'")

add(DE, "IT-Betrieb Rhein Versicherung <it-betrieb@rhein-versicherung.example>", "[WICHTIG] Geplante Wartung am Samstag, 12.12.",
    "2026-12-07 08:00 +0100", t("""
Sehr geehrte Dienstleister,

am Samstag, 12.12.2026, führen wir von 22:00 bis 02:00 Uhr Wartungsarbeiten an
unserer Infrastruktur durch. In diesem Zeitraum sind das Partnerportal und die
SFTP-Schnittstelle nicht erreichbar.

Es ist keine Aktion Ihrerseits erforderlich. Bitte planen Sie in diesem Fenster
keine Deployments auf unsere Systeme.

Mit freundlichen Grüßen
IT-Betrieb
Rhein Versicherung AG
"""), first=None, note="[WICHTIG] tag, maintenance notice, no deadline for us")

add(DE, "Carina Lange <carina@lange-konditorei.example>", "WIR SIND ONLINE!!!",
    "2026-11-20 15:40 +0100", t("""
JAMIE!!!

Der Shop ist LIVE und seit heute früh sind schon 40 Bestellungen reingekommen!!!
Meine Mutter hat angerufen und geweint (vor Freude). Auf dem Handy sieht das
einfach der HAMMER aus.

DANKE DANKE DANKE!!! Wenn du das nächste Mal in Freiburg bist, gibt's Kaffee und
Kuchen aufs Haus!!!

Carina
"""), note="enthusiasm in caps and !!!, 'der HAMMER'")

add(DE, "Moritz Keller <moritz@keller-brauerei.example>", "Ihr seid echt die Schlimmsten",
    "2026-12-21 16:30 +0100", t("""
Ihr seid echt die Schlimmsten... im Urlaubnehmen :)

Hab eure Abwesenheitsnotiz bekommen und finde das super. Genießt es, ihr habt es
euch verdient. Die Etiketten für den Winterbock nächstes Jahr können locker warten,
bis ihr zurück seid.

Prost
Moritz
"""), note="friendly teasing, 'die Schlimmsten'")

add(DE, "Tobias Neumann <tobias@neumann-nachhilfe.example>", "Kleiner Fehler im Buchungsformular (Safari)",
    "2026-11-17 21:15 +0100", t("""
Hallo Jamie,

mir ist ein kleiner Fehler im Buchungsformular aufgefallen. Nichts Dramatisches,
die meisten buchen mit Chrome, aber ich wollte es melden.

So lässt er sich nachstellen:
1. Buchungsseite in Safari auf dem Mac öffnen
2. Nachhilfelehrer und Termin wählen
3. Auf "Termin buchen" klicken

Erwartet: Bestätigungsseite.
Tatsächlich: Der Button macht nichts. In der Konsole steht
"TypeError: undefined is not an object".

In Chrome und Firefox klappt alles. Ich teste gern, sobald es einen Fix gibt.

Viele Grüße
Tobias
"""), note="calm bug report, 'Fehler'")

add(DE, "Uwe Schmitt <uwe@schmitt-spedition.example>", "Seite down? (vermutlich unser Fehler)",
    "2026-11-25 08:10 +0100", t("""
Moin Jamie,

zur Info: Die Sendungsverfolgung ist seit ca. 7:40 Uhr nicht erreichbar.

Bevor jemand in Panik gerät: Ich glaube, das liegt an uns. Unser IT-Dienstleister
hat gestern Abend beim Umzug der Mails die DNS-Einträge geändert, und ich vermute,
dabei ist der A-Record überschrieben worden.

Kannst du mir schicken, wie der A- und der CNAME-Eintrag aussehen müssen? Dann
gebe ich das weiter.

Gruß
Uwe
"""), note="outage reported calmly, cause on client side")

add(DE, "Franziska Vogel <franziska@weingut-vogel.example>", "Logo, Runde 2",
    "2026-11-13 11:25 +0100", t("""
Hallo Jamie,

danke für Runde 2. Ehrliches Feedback: Das Logo wirkt mir zu schwer. Die fette
Serifenschrift lässt uns eher wie eine Kanzlei aussehen als wie ein Weingut.

Können wir eine leichtere Variante mit etwas mehr Laufweite probieren? Das
Weinblatt möchte ich unbedingt behalten, und das Grün ist perfekt.

Ich freue mich auf Runde 3!

Franziska
"""), note="constructive critique of a design draft, 'Kanzlei'")

add(DE, "Matthias Lehmann <matthias@lehmann-immobilien.example>", "Fotos",
    "2026-11-26 09:35 +0100", t("""
Hallo Jamie,

ich bin ein bisschen enttäuscht, dass sich die Fotos verschieben, weil ich sie für
den Newsletter am Freitag angekündigt hatte. Aber ich verstehe, dass das Wetter
nicht mitgespielt hat. Nächste Woche passt.

Sagen Sie mir nur kurz, auf welchen Tag das Shooting verschoben ist? Dann sorge
ich dafür, dass die Musterwohnung aufgeräumt ist.

Viele Grüße
Matthias Lehmann
"""), note="'enttäuscht' but understanding")

add(DE, "Heike Schulz <heike@schulz-outdoor.example>", "Idee: Sendungsverfolgung im Shop",
    "2026-11-19 14:20 +0100", t("""
Hallo Jamie,

was für eine Woche. Ein Kunde hat uns mit einer Klage gedroht, weil ein Paket zu
spät kam (der Paketdienst hatte es verschlampt, aber erklären Sie ihm das mal).

Dabei kam mir eine Idee: Könnten wir im Shop eine Seite einbauen, auf der Kunden
den Status ihrer Bestellung selbst sehen? Es eilt nicht, aber ich hätte gern eine
grobe Schätzung vor unserer Jahresplanung im Januar.

Viele Grüße
Heike
"""), note="someone else's lawsuit threat reported calmly")

add(DE, "Dirk Hoffmann <dirk@hoffmann-hausverwaltung.example>", "WG: Ihre Website ist ein WITZ",
    "2026-11-24 10:25 +0100", t("""
Hallo Jamie,

ich leite Ihnen das hier weiter, halb zur Belustigung, halb wegen einer kleinen
Korrektur. Der Mieter ärgert sich über seine Heizung, nicht über die Website, aber
in einem Punkt hat er recht: Auf dem Handy verschwindet der Absenden-Button hinter
dem Cookie-Banner.

Könnten Sie sich das anschauen, wenn Sie Zeit haben?

Gruß
Dirk Hoffmann

""") + outlook(DE, "M. Brenner <mbrenner@postfach.example>", "2026-11-23 22:45 +0100",
               "info@hoffmann-hausverwaltung.example", "Ihre Website ist ein WITZ", """
Ihre Website ist ein WITZ. Ich habe DREIMAL versucht, Sie zu erreichen, und das
blöde Formular funktioniert nicht. Wenn die Heizung bis Montag nicht repariert ist,
gehe ich zum Mieterverein und zum Anwalt!!!
""", sep=False), note="forwarded angry tenant (Outlook block) with calm note; deadline is the tenant's")

add(DE, "Julia Krämer <julia@kraemer-coaching.example>", "Blogbilder",
    "2026-11-11 13:40 +0100", t("""
Hi Jamie,

könntest du mir die drei Blogbilder bis Freitag schicken? Ich würde die Beiträge
gern am Wochenende einplanen.

Wenn Freitag knapp wird, geht auch Montag.

Danke dir!
Julia
"""), deadline="2026-11-13", note="calm 'bis Freitag' with fallback")

add(DE, "Sebastian Wagner <sebastian@wagner-fitness.example>", "Aktionsseite Weihnachten",
    "2026-11-30 09:05 +0100", t("""
Hallo Jamie,

wir hätten die Weihnachtsaktionsseite gern bis zum 10. Dezember online, da geht
unser Newsletter raus. Ist das realistisch?

Falls nicht, sag mir einfach, was machbar ist, dann verschieben wir den Newsletter.
Texte und Bilder liegen schon im gemeinsamen Ordner.

Sebastian
"""), deadline="2026-12-10", note="deadline asked calmly, 'ist das realistisch?'")

add(DE, "Susanne Richter <s.richter@richter-steuerberatung.example>", "DSGVO, SEO und USt-IdNr. im Impressum",
    "2026-11-06 10:20 +0100", t("""
Hallo Jamie,

vor dem Kick-off ein paar Fragen, in beliebiger Reihenfolge:

- Ist das SEO-Audit in Phase 1 enthalten oder ein eigener Posten? Unser
  wichtigster KPI im Q1 ist organischer Traffic auf die Seiten zu Erbschaftsteuer
  und Grundsteuer.
- DSGVO/TDDDG: Das Cookie-Banner muss Google Analytics bis zur Einwilligung
  blockieren. Kann das CMS das selbst, oder brauchen wir eine CMP?
- Unsere Kanzleisoftware hat eine REST-API. Kann das Formular "Termin
  vereinbaren" direkt dorthin senden?
- Die USt-IdNr. und die zuständige Steuerberaterkammer müssen ins Impressum.
- Können die PDF-Leitfäden hinter ein E-Mail-Formular, ohne dass SEO leidet?

Nichts davon ist dringend, ich möchte nur mit einer klaren Liste ins Meeting
gehen.

Viele Grüße
Susanne Richter
Steuerberaterin
"""), note="acronyms in caps (DSGVO, TDDDG, SEO, KPI, CMS, API, PDF, USt-IdNr.)")

add(DE, "Digitalbrief <newsletter@digitalbrief.example>", "LETZTE CHANCE: 50 % auf Konferenztickets - nur noch HEUTE!!!",
    "2026-11-27 07:00 +0100", t("""
DIGITALBRIEF - Ausgabe 47/2026

Hallo,

jetzt oder nie! Nur noch HEUTE bekommst du 50 % Rabatt auf Tickets für die
Digitaltage 2027!!!

In dieser Ausgabe:
- 5 Fehler, die deine Conversion-Rate killen
- Warum "Jetzt zugreifen"-Banner nach hinten losgehen
- Case: Wie ein kleiner Onlineshop seine Werbekosten halbiert hat

Online lesen: https://digitalbrief.example/47

Du erhältst diesen Newsletter, weil du dich auf digitalbrief.example angemeldet
hast. Abmelden: https://digitalbrief.example/u/8f2a91
"""), first=None, headers=newsletter("abmelden@digitalbrief.example", "digitalbrief.example"),
    html="""<html><body style="font-family:Arial,sans-serif">
<h1 style="color:#d00">LETZTE CHANCE!!!</h1>
<p>Nur noch <b>HEUTE</b>: 50&nbsp;% Rabatt auf Tickets f&uuml;r die Digitaltage 2027.</p>
<ul><li>5 Fehler, die deine Conversion-Rate <b>killen</b></li><li>Warum &bdquo;Jetzt zugreifen&ldquo;-Banner nach hinten losgehen</li></ul>
<p style="font-size:11px;color:#888"><a href="https://digitalbrief.example/u/8f2a91">Abmelden</a></p>
</body></html>""", note="newsletter with caps, !!!, 'killen', 'Fehler'")

add(DE, "DHL Paket <noreply@dhl.example>", "Ihre Sendung konnte leider nicht zugestellt werden",
    "2026-12-09 14:18 +0100", t("""
Guten Tag,

leider konnten wir Ihre Sendung 00340434161094022115 heute nicht zustellen, da
niemand angetroffen wurde.

Ihre Sendung liegt ab morgen, 10.12.2026, ab 10:00 Uhr in der Filiale
Friedrichstraße 112 zur Abholung bereit. Bitte bringen Sie einen
Ausweis und diese Benachrichtigung mit.

Ihr DHL Team

Dies ist eine automatisch erstellte E-Mail. Bitte antworten Sie nicht darauf.
"""), first=None, headers=NOTIFY, note="automated parcel notice, 'leider', 'nicht zugestellt'")

add(DE, "Kontor Cloud <rechnung@kontorcloud.example>", "Ihre Rechnung Nr. 2026-12-0831",
    "2026-12-01 02:45 +0100", t("""
Guten Tag,

vielen Dank für Ihr Vertrauen. Ihre Rechnung für Dezember steht bereit.

Rechnungsnummer: 2026-12-0831
Betrag: 58,31 € (inkl. 19 % MwSt.)
Zahlungsart: SEPA-Lastschrift, Mandatsreferenz KC-11873

Der Betrag wird in den nächsten Tagen von Ihrem Konto eingezogen. Sollte die
Lastschrift fehlschlagen, melden wir uns bei Ihnen.

Freundliche Grüße
Ihr Kontor Cloud Team
"""), first=None, headers=NOTIFY, note="SaaS invoice, 'fehlschlagen'")

add(DE, "Klaus Bauer <klaus.bauer@bauer-schreinerei.example>", "Automatische Antwort: Angebot Website-Relaunch",
    "2026-12-18 16:10 +0100", t("""
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 3. Januar 2027 nicht im Büro und lese in dieser Zeit
keine E-Mails.

In dringenden Fällen wenden Sie sich bitte an Frau Sauer
(sauer@bauer-schreinerei.example, Tel. 0761 123456).

Frohe Weihnachten und einen guten Rutsch!

Klaus Bauer
Bauer Schreinerei GmbH
"""), headers=OOO, note="out-of-office, 'dringend', Frau Sauer; return date is not a deadline")

add(DE, "Mail Delivery System <mailer-daemon@gmx.example>", "Mail delivery failed: returning message to sender",
    "2026-11-20 09:25 +0100", t("""
Diese Nachricht wurde automatisch vom Mailsystem erstellt.

Die Zustellung an folgende Empfänger ist fehlgeschlagen:

  k.rechnungen@gmx.example
    Mailbox voll. Der Empfänger kann derzeit keine Nachrichten empfangen.
    (552 5.2.2 Mailbox quota exceeded)

Bitte versuchen Sie es später erneut.

--- Die ursprüngliche Nachricht folgt ---

Von: Jamie Rivera <jamie@brightpath.example>
Betreff: Rechnung RE-2044 (korrigiert)
"""), first=None, headers=BOUNCE, note="delivery failure (GMX-style bounce), 'fehlgeschlagen'")

add(DE, "Markus Schneider <markus@schneider-sanitaer.example>", "Re: Terminbuchung synchronisiert nicht",
    "2026-11-24 08:30 +0100", t("""
Hallo Jamie,

danke für die schnelle Antwort, und sorry für meine Mail gestern Abend. Ich hatte
gerade zwei wütende Kunden am Telefon und habe das an dir ausgelassen.

Du hattest recht: Die Synchronisation war in unserem Google-Konto deaktiviert. Ich
habe sie wieder eingeschaltet, jetzt läuft alles.

Danke, dass du so geduldig mit mir warst.

Markus

""") + gmail(DE, "Markus Schneider <markus@schneider-sanitaer.example>", "2026-11-23 21:55 +0100", """
Jamie,

der Kalender ist SCHON WIEDER kaputt. Das dritte Mal in diesem Monat! Ich bezahle
euch dafür, dass das funktioniert, nicht für Ausreden. Entweder das läuft heute
wieder, oder ich suche mir jemand anderen.

Markus
"""), reply=True, note="calm apology on top of his own heated quoted email (Gmail)")

add(DE, "Birgit Schwarz <b.schwarz@schwarz-maschinenbau.example>", "AW: Quartalsbericht",
    "2026-12-04 15:50 +0100", t("""
Danke, Jamie, jetzt ist alles klar. Ich habe den Bericht an die Geschäftsführung
weitergegeben.

Schönes Wochenende!

Birgit Schwarz

""") + outlook(DE, "Jamie Rivera <jamie@brightpath.example>", "2026-12-04 10:35 +0100",
               "Birgit Schwarz; Karl-Heinz Grimm", "AW: Quartalsbericht", """
Hallo Frau Schwarz, hallo Herr Grimm,

der Bericht war auf die deutsche Gesellschaft gefiltert, deshalb wirkten die
Zahlen zu niedrig. Ich habe den Filter entfernt, jetzt stimmen die Konzernzahlen
mit dem Export der Finanzabteilung überein.

Viele Grüße
Jamie
""") + outlook(DE, "Karl-Heinz Grimm <kh.grimm@schwarz-maschinenbau.example>", "2026-12-03 18:20 +0100",
                     "Jamie Rivera", "Quartalsbericht", """
Jamie,

diese Zahlen sind komplett falsch. Wie können Sie uns so etwas am Tag vor der
Gesellschafterversammlung schicken? Das ist nicht das erste Mal, und ehrlich gesagt
ist das nicht akzeptabel. Ich erwarte morgen früh als Erstes eine Korrektur.

Karl-Heinz Grimm
"""), reply=True, note="calm reply over Outlook history with a colleague's heated email")

add(DE, "Ute Zimmermann <ute@galerie-zimmermann.example>", "Re: Ausstellungsseite",
    "2026-11-30 12:10 +0100", t("""
Hallo Jamie!

Wie schon in meiner letzten Mail geschrieben (die ist bestimmt im
Black-Friday-Chaos untergegangen :) ): Die Künstlerbiografien liegen jetzt im
gemeinsamen Ordner, dazu die Fotos der drei neuen Arbeiten.

Keine Eile, wann immer du dazu kommst.

Ute
"""), reply=True, note="'wie schon in meiner letzten Mail' used neutrally with smiley")

add(DE, "Felix Hofmann <felix@hofmann-kaffeeroesterei.example>", "Kleine Erinnerung: Rechnung November",
    "2026-12-07 10:15 +0100", t("""
Hallo Jamie,

nur eine kleine, freundliche Erinnerung: Deine Rechnung für November ist bei uns
noch nicht angekommen. Unser Steuerberater möchte alles vor dem Jahresabschluss
haben. Schaffst du es, sie mir bis zum 14.12. zu schicken?

Hoffe, der Dezember ist bei euch nicht zu stressig.

Felix
"""), deadline="2026-12-14", note="friendly 'Erinnerung', client asks for our invoice")

add(DE, "Martina Koch <martina@koch-interior.example>", "Immer noch begeistert - eine Kleinigkeit",
    "2026-11-09 18:50 +0100", t("""
Hallo Jamie,

ich hätte nie gedacht, dass ich das über eine Website sage, aber ich schaue sie mir
immer wieder gern an.

Eine Kleinigkeit: In der Galerie ist immer noch das alte Sofa-Foto. Mein Fehler,
ich hatte die falsche Datei geschickt. Die richtige hängt an. Könntest du sie
austauschen, wenn du einen Moment hast?

Sorry, dass ich schon wieder störe!

Martina
"""), note="'nie', 'immer noch', 'falsch', 'schon wieder' in calm sentences")

add(DE, "Christian Weber <c.weber@weber-versicherungsmakler.example>", "Seite Beschwerdemanagement - defekter Link",
    "2026-12-09 09:50 +0100", t("""
Hallo Jamie,

auf unserer Seite "Beschwerdemanagement" (als Versicherungsmakler müssen wir die
haben) ist der Link zum Versicherungsombudsmann kaputt. Er zeigt auf die alte
Adresse und liefert inzwischen einen 404-Fehler.

Kein Problem, er sollte nur vor unserer Prüfung im Januar repariert sein.

Beste Grüße
Christian Weber
"""), note="'Beschwerde' page name, 'kaputt', 'Fehler', 'Problem' calm")

add(DE, "Greta Schulte <greta@blumen-schulte.example>", "Weihnachtsbanner - einfach der Hammer!",
    "2026-12-02 14:00 +0100", t("""
Hallo Jamie,

das Weihnachtsbanner ist einfach der HAMMER!!! Der verschneite Kranz ist perfekt.

Nur eine Kleinigkeit: Kann auf dem Button "Bis 20.12. bestellen, pünktlich zu
Weihnachten" stehen statt "Jetzt kaufen"?

Greta
"""), html="""<html><body>
<p>Hallo Jamie,</p>
<p>das Weihnachtsbanner ist einfach der <b>HAMMER</b>!!! Der verschneite Kranz ist <i>perfekt</i>.</p>
<p>Nur eine Kleinigkeit: Kann auf dem Button &bdquo;Bis 20.12. bestellen, p&uuml;nktlich zu Weihnachten&ldquo; stehen statt &bdquo;Jetzt kaufen&ldquo;?</p>
<p>Greta</p>
</body></html>""", note="HTML praise with caps; date in button copy is not an ask")

add(DE, "Hans-Peter Krause <hp.krause@krause-bau.example>", "Kurz telefonieren?",
    "2026-11-19 07:15 +0100", t("""
Ruf mich an, wenn du fünf Minuten hast. Nichts Schlimmes, will nur eine Idee mit
dir durchgehen.

HP
"""), note="terse but calm, 'nichts Schlimmes'; hyphenated first name")

add(DE, "Kerstin Wolff <kerstin@tierarztpraxis-wolff.example>", "Mein Chef in CC",
    "2026-11-12 11:30 +0100", t("""
Hallo Jamie,

ich habe meinen Chef, Herrn Dr. Frank, in CC gesetzt, damit er das Angebot für
Phase 2 direkt freigeben kann. Alles über 5.000 € muss er abzeichnen. Es ist
nichts passiert, das ist einfach unser Ablauf!

Herr Dr. Frank: Das Angebot hängt an, die Kurzfassung steht auf Seite 1.

Danke Ihnen beiden
Kerstin Wolff
"""), cc="Dr. Tobias Frank <t.frank@tierarztpraxis-wolff.example>", note="boss cc'd for sign-off, not an escalation; surname Frank")

add(DE, "Benedikt Huber <benedikt@huber-klinik.example>", "Entscheidung zur App",
    "2026-11-26 14:40 +0100", t("""
Servus Jamie,

danke für das ausführliche Konzept zur Patienten-App. Nach langem Hin und Her haben
wir uns entschieden, die App mit einer anderen Agentur umzusetzen. Die sind auf
Gesundheits-Apps spezialisiert und haben schon Lösungen, die für die
ELGA-Anbindung zertifiziert sind, und das ist für uns entscheidend.

Mit Preis oder Qualität hatte das nichts zu tun. Bei der Website und SEO würden
wir sehr gern mit euch weitermachen, wenn ihr noch Lust habt.

Liebe Grüße aus Wien
Benedikt
"""), note="lost deal to a competitor, calm; Austrian German")

add(DE, "Oliver Brandt <oliver@brandt-bootsbau.example>", "Blogbereich - gern gegen Aufpreis",
    "2026-12-01 15:25 +0100", t("""
Hallo Jamie,

mir ist klar, dass der Blog nicht im ursprünglichen Umfang enthalten war. Bitte
mach dafür ein separates Angebot, er muss nicht ins aktuelle Budget gequetscht
werden.

Kannst du mir das Angebot bis Donnerstag schicken? Ich stelle das Budget am Freitag
meinem Geschäftspartner vor und würde es gern mitnehmen.

Danke
Oliver
"""), deadline="2026-12-03", note="extra scope the client offers to pay for, 'bis Donnerstag'")

add(DE, "Ingrid Hartwig <ingrid@buchhandlung-hartwig.example>", "Frage zum Hosting",
    "2026-12-10 16:45 +0100", t("""
Hallo Jamie,

mein Enkel, der sich "mit Computern auskennt", meint, wir sollten einfach Wix nehmen
und uns das Hosting sparen. Ich vertraue Ihrer Empfehlung, möchte die Gründe aber
gern verstehen, damit ich sie ihm an Heiligabend erklären kann :)

Hätten Sie für mich die Kurzfassung in zwei Sätzen?

Herzliche Grüße
Ingrid Hartwig
"""), note="curious question, not doubting expertise")

add(DE, "Lukas Berger <lukas@berger-it.example>", "Ergebnisse Penetrationstest - Bedrohungslage gering",
    "2026-11-16 09:35 +0100", t("""
Grüezi Jamie

Unser Pentester hat die Testumgebung am Wochenende geprüft. Gesamteinschätzung der
Bedrohungslage: gering. Es liess sich nichts für einen Angriff ausnutzen, das ist
erfreulich.

Zwei Punkte zum Aufräumen:
1. Fehlender HSTS-Header (mittel)
2. Veraltetes jQuery auf der Karriereseite (gering)

Könnten Sie diese beiden Punkte bis Freitag, 20. November, beheben? Dann nehmen
wir den sauberen Nachtest gleich in den Bericht auf.

Freundliche Grüsse
Lukas Berger
"""), deadline="2026-11-20", note="security words 'Bedrohungslage', 'Angriff'; Swiss spelling")

add(DE, "Nina Jung <nina@jung-pr.example>", "Pop-up killen",
    "2026-11-04 16:55 +0100", t("""
Hi Jamie,

wie besprochen: Wir killen das Newsletter-Pop-up. Das nervt nur und treibt
vermutlich die Absprungrate hoch.

Und dein Text für die Über-uns-Seite war der Wahnsinn! Die Partner waren hin und
weg und wollten wissen, wer den geschrieben hat.

Nina
"""), note="'killen', 'Wahnsinn' as positive slang")

add(DE, "Timo Fuchs <timo@fuchs-raeder.example>", "Betriebsferien",
    "2026-12-08 11:25 +0100", t("""
Hallo Jamie,

nur zur Info: Wir sind vom 23.12. bis 6.1. in Betriebsferien.

Die Druckerei hat außerdem die Deadline für den Frühjahrskatalog vom 15.1. auf den
29.1. verschoben, wir haben also mehr Luft als gedacht. Die Produktliste schicke
ich, wenn wir zurück sind.

Frohe Weihnachten
Timo
"""), note="dates and 'Deadline' but no ask by a date")

add(DE, "Anja Peters <anja@tanzschule-peters.example>", "Sorry - Zahlung verspätet",
    "2026-11-10 21:55 +0100", t("""
Hallo Jamie,

es tut mir leid, ich habe die Oktoberrechnung komplett vergessen. Das geht auf
meine Kappe, nicht auf eure. Ich habe sie jetzt bezahlt, inklusive der
Mahngebühr laut euren AGB.

Danke für die freundliche Erinnerung statt einer bösen Mahnung!

Anja
"""), note="client apologises for own late payment; 'Mahngebühr', 'böse Mahnung'")

add(DE, "Google Search Console <sc-noreply@google.example>", "Neues Problem vom Typ \u201eSeitenindexierung\u201c für weingut-vogel.example",
    "2026-11-29 04:12 +0000", "", html="""<html><body style="font-family:Roboto,Arial,sans-serif">
<p>Search Console hat festgestellt, dass auf Ihrer Website von folgendem Problem betroffene Seiten vorhanden sind:</p>
<h3>Gr&ouml;&szlig;te Probleme</h3>
<p><b>Nicht gefunden (404)</b></p>
<p>Neue Probleme k&ouml;nnen sich auf die Darstellung Ihrer Website in der Google-Suche auswirken. Wir empfehlen, sich die Probleme anzusehen und sie gegebenenfalls zu beheben.</p>
<p><a href="https://search.google.example/search-console/index">Problem beheben</a></p>
<p style="font-size:11px;color:#777">Sie erhalten diese E-Mail, weil Sie Inhaber von https://weingut-vogel.example/ in der Google Search Console sind.</p>
</body></html>""", html_only=True, first=None, headers=NOTIFY,
    note="automated notification, HTML only, 'Problem', 'beheben'")

add(DE, "Petra Lorenz <petra@hofladen-lorenz.example>", "Abschluss unserer Zusammenarbeit - danke!",
    "2026-12-10 10:50 +0100", t("""
Hallo Jamie,

das ist der letzte Monat unseres Vertrags, und wir verlängern nicht. Das liegt
nicht an euch: Wir haben eine Marketingkraft eingestellt und holen das
Tagesgeschäft ins Haus.

Kannst du mir die Übergabedoku und alle Zugänge bis zum 15. Dezember schicken,
damit sie im Januar starten kann?

Ihr wart die letzten zwei Jahre großartig. Ich empfehle euch gern weiter.

Petra
"""), deadline="2026-12-15", note="non-renewal explained calmly, handover by date")

add(DE, "Stefan Krüger <stefan@krueger-autohaus.example>", "Ihr habt es schon wieder geschafft!",
    "2026-12-03 12:30 +0100", t("""
Hallo Jamie,

ihr habt es schon wieder geschafft! Noch eine Kampagne, die alle Rekorde bricht:
312 Leads in einer Woche. Keine Ahnung, wie ihr das immer wieder hinbekommt.

Wollen wir im Januar zusammen Mittag essen und das nächste Jahr planen?

Grüße
Stefan
"""), note="subject 'schon wieder' looks like blame, is praise")

add(DE, "Büromöbel Nord - Kundenservice <service@bueromoebel-nord.example>", "Lieferverzögerung Ihrer Bestellung 88213",
    "2026-11-27 13:10 +0100", t("""
Sehr geehrte Kundin, sehr geehrter Kunde,

leider müssen wir Ihnen mitteilen, dass sich die Lieferung Ihrer Bestellung 88213
(6 Bürostühle, Modell Förde) verzögert. Uns ist in der Lagerverwaltung ein Fehler
unterlaufen; die Stühle werden nun voraussichtlich in KW 51 geliefert.

Wir bitten die Verzögerung zu entschuldigen. Als Ausgleich entfallen die
Versandkosten. Möchten Sie die Bestellung lieber stornieren, ist das
selbstverständlich kostenfrei möglich.

Mit freundlichen Grüßen
Ihr Kundenservice
Büromöbel Nord GmbH
"""), first=None, note="supplier apologises for a delay; 'stornieren', 'Fehler', 'leider'")


# =================================================================== writer
TITLES = {"dr.", "dr", "prof.", "prof", "mr.", "mrs.", "ms.", "herr", "frau"}


def derive_first(frm):
    name = parseaddr(frm)[0].strip()
    if not name:
        return None
    if "," in name:  # "Last, First"
        name = name.split(",", 1)[1].strip()
    toks = [w for w in name.split() if w.lower() not in TITLES]
    first = toks[0]
    if first.isupper() or first.islower():
        first = "-".join(p.capitalize() for p in first.split("-"))
    return first


def domain_of(frm):
    return parseaddr(frm)[1].rsplit("@", 1)[1]


def build(i, e):
    fname = f"calm{i:03d}.eml"
    d = when(e["dt"])
    msg = EmailMessage()
    msg["From"] = e["frm"]
    msg["To"] = JAMIE
    if e["cc"]:
        msg["Cc"] = e["cc"]
    msg["Subject"] = e["subject"]
    msg["Date"] = format_datetime(d)
    h = hashlib.sha1(f"{fname}|{e['frm']}|{e['subject']}".encode()).hexdigest()
    msg["Message-ID"] = f"<{d:%Y%m%d%H%M}.{h[:12]}@{domain_of(e['frm'])}>"
    if e["reply"]:
        parent = hashlib.sha1(("jamie|" + e["subject"]).encode()).hexdigest()[:16]
        msg["In-Reply-To"] = f"<{parent}@brightpath.example>"
        msg["References"] = f"<{parent}@brightpath.example>"
    for k, v in e["headers"]:
        msg[k] = v
    # Vary the transfer encoding as real clients do (QP, 8bit, base64).
    cte = {0: "base64", 1: "8bit"}.get(i % 4)
    if e["html_only"]:
        msg.set_content(e["html"], subtype="html", charset="utf-8")
    else:
        msg.set_content(e["body"], charset="utf-8", cte=cte)
        if e["html"]:
            msg.add_alternative(e["html"], subtype="html", charset="utf-8")
    with open(os.path.join(HERE, fname), "wb") as f:
        f.write(bytes(msg))

    first = derive_first(e["frm"]) if e["first"] is AUTO else e["first"]
    if e["deadline"] is not None:
        dl = date.fromisoformat(e["deadline"])
        assert 0 <= (dl - d.date()).days <= 45, (fname, e["deadline"], e["dt"])
    return {"file": fname, "heated": False, "scenario": None, "also": [],
            "lang": e["lang"], "first_name": first, "deadline": e["deadline"],
            "note": e["note"]}


def main():
    assert len(E) == 200, len(E)
    labels = [build(i, e) for i, e in enumerate(E, 1)]
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    ids = set()
    for lab in labels:
        with open(os.path.join(HERE, lab["file"]), "rb") as fh:
            for line in fh.read().split(b"\n"):
                if line.lower().startswith(b"message-id:"):
                    ids.add(line)
    assert len(ids) == 200, "Message-IDs not unique"

    def kind(e):
        hk = {k for k, _ in e["headers"]}
        if "List-Unsubscribe" in hk:
            return "newsletter"
        if dict(e["headers"]).get("Auto-Submitted", "").startswith("auto-replied"):
            return "auto-reply/bounce"
        if "Auto-Submitted" in hk:
            return "notification"
        return "person/role"

    print(f"wrote {len(labels)} .eml files + labels.jsonl to {HERE}")
    print("by language:", dict(Counter(lab["lang"] for lab in labels)))
    print("by kind:    ", dict(Counter(kind(e) for e in E)))
    print("with HTML:  ", sum(1 for e in E if e["html"]),
          f"(HTML only: {sum(1 for e in E if e['html_only'])})")
    gm = re.compile(r"\n(On .* wrote:|Den .* skrev .*:|.* kirjoitti:|Am .* Uhr schrieb .*:)\n>")
    ol = re.compile(r"\n(_{32}|-----(Original Message|Oprindelig meddelelse|"
                    r"Alkuperäinen viesti|Ursprüngliche Nachricht)-----)\n(From|Fra|Lähettäjä|Von): ")
    fw = re.compile(r"---------- (Forwarded message|Videresendt meddelelse|Välitetty viesti|Weitergeleitete Nachricht)")
    print("replies (In-Reply-To):", sum(1 for e in E if e["reply"]),
          "| Gmail-quoted:", sum(1 for e in E if gm.search(e["body"])),
          "| Outlook-quoted/forwarded blocks:", sum(1 for e in E if ol.search(e["body"])),
          "| Gmail-forwarded:", sum(1 for e in E if fw.search(e["body"])))
    print("with deadline:", sum(1 for lab in labels if lab["deadline"]),
          "| first_name null:", sum(1 for lab in labels if lab["first_name"] is None))
    print("heated true:", sum(1 for lab in labels if lab["heated"]))


if __name__ == "__main__":
    main()
