#!/usr/bin/env python3
"""Blind evaluation corpus c1 for reply-coach (stdlib only).

Writes h001.eml ... h050.eml and labels.jsonl next to this script and prints
counts per language, heated/calm and scenario.
"""
import hashlib
import html
import json
import random
from collections import Counter
from datetime import datetime, timedelta, timezone
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent
TO = Address("Jamie Rivera", addr_spec="jamie@brightpath.example")


def dt(s):
    """'2026-11-18 10:42 +0100' -> aware datetime."""
    day, hm, off = s.split()
    sign = 1 if off[0] == "+" else -1
    tz = timezone(sign * timedelta(hours=int(off[1:3]), minutes=int(off[3:5])))
    return datetime.strptime(day + " " + hm, "%Y-%m-%d %H:%M").replace(tzinfo=tz)


def T(s):
    return s.strip("\n") + "\n"


def to_html(text):
    paras = text.strip().split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(html.escape(l, quote=False) for l in p.split("\n")) + "</p>")
    return ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif">\n'
            + "\n".join(out) + "\n</body></html>\n")


E = []  # each item: dict(msg fields..., label fields...)


def add(**kw):
    E.append(kw)


# ---------------------------------------------------------------- English
add(lang="en", name="Mr. Emeka Okafor", addr="emeka.okafor@swiftcargo-ng.example",
    subject="Re: SwiftCargo tracking portal - final warning", date="2026-11-18 10:42 +0100",
    reply=True,
    body=T("""
Jamie,

I am writing you for the fourth time concerning the tracking portal you people built for us. Since the launch on 2nd November our customers cannot see their waybill status, the page is just spinning and spinning. My staff are receiving calls from morning till night and we are losing face before our clients.

Let me be very clear. I did not pay good money for this nonsense. Within 3 days from today I expect the entire portal to be rebuilt properly from scratch, not another patch. If this is not done I have already briefed our company solicitor, Barr. Adeyemi, and we will be proceeding against Brightpath for breach of contract and all damages we have suffered.

I trust you understand the seriousness.

Emeka Okafor
Managing Director, SwiftCargo Logistics Ltd
Plot 14, Creek Road, Apapa, Lagos

DISCLAIMER: This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. SwiftCargo Logistics Ltd accepts no liability for any loss arising from the use of this email.
"""),
    heated=True, scenario="legal_threat", also=["blame"], first_name="Emeka",
    deadline="2026-11-21", note="solicitor + full rebuild, within 3 days, 4th contact")

add(lang="en", name="Donna Kessler", addr="office@kesslerfamilydental.example",
    subject="Deposit - dispute filed with Amex", date="2026-11-23 16:05 -0500", alt=True,
    body=T("""
Hi Jamie,

Just so there are no surprises: I've opened a dispute with American Express for the $2,250 deposit we paid on October 5th. Eight weeks in, we have one homepage mockup and a lot of "circling back." Dr. Kessler has asked me to handle this, and that is what I am doing.

I have also drafted reviews for Google and Clutch describing our experience in some detail. I would rather not post them, but honestly that is up to you at this point.

If you'd like to discuss, you have my number.

Regards,
Donna Kessler
Practice Manager | Kessler Family Dental
"""),
    heated=True, scenario="legal_threat", also=["refund_demand", "general_dissatisfaction"],
    first_name="Donna", deadline=None, note="icy: card dispute + drafted reviews")

add(lang="en", name="tomasz wiśniewski", addr="t.wisniewski@amberline.example",
    subject="invoice BP-2026-087 - I will not pay", date="2026-11-12 08:17 +0100",
    body=T("""
Hello Jamie,

I receive your invoice today and I must say I am quite shocked. The logo you send us is not what we discussed in meeting, we said modern and clean and amber colour, what we got look like logo for pharmacy from 1995. My wife say the same, my partner also.

So I will not pay this invoice. And I want back the 40% advance which we paid in September, because we cannot use nothing from this work. I am sorry but this is how it is, we are small company and we cannot throw money like this.

Please confirm you cancel the invoice.

Tomasz Wiśniewski
Amberline Sp. z o.o.
"""),
    heated=True, scenario="refund_demand", also=["general_dissatisfaction"],
    first_name="Tomasz", deadline=None, note="Polish English, refuses invoice, wants advance back")

add(lang="en", name="Whitcombe, Nigel", addr="n.whitcombe@harrowlyle.example",
    subject="RE: Invoice 2026-114", date="2026-12-01 09:30 +0000", reply=True,
    body=T("""
Jamie,

Thank you for your note. I have now been through invoice 2026-114 line by line with our finance director, and I am afraid we do not recognise eleven of the hours billed under "additional revisions". At no point did anyone here authorise work beyond the fixed fee, and I find it rather remarkable that this is the first we are hearing of it.

We will be settling the fixed-fee portion only. The remainder is disputed and will not be paid unless and until you can show me written approval from this office. I trust that is clear.

Nigel Whitcombe
Head of Operations
Harrow & Lyle Chartered Surveyors

From: Jamie Rivera <jamie@brightpath.example>
Sent: 30 November 2026 17:12
To: Whitcombe, Nigel <n.whitcombe@harrowlyle.example>
Subject: Invoice 2026-114

Hi Nigel,

Please find attached invoice 2026-114 for the November work on the client portal, including the extra revision rounds we discussed on the 12th. Payment terms are 14 days as usual.

Best,
Jamie
"""),
    heated=True, scenario="refund_demand", also=["misunderstanding"], first_name="Nigel",
    deadline=None, note="formal British, disputes invoice hours; Outlook quote")

add(lang="en", name="Dr. Priya Natarajan", addr="priya.n@medisparkhealth.example",
    subject="Lead dashboard showing ZERO - kindly explain", date="2026-11-24 19:48 +0530",
    body=T("""
Dear Jamie,

Greetings. This is regarding the lead dashboard your team has delivered in October. For the last three weeks it is showing zero enquiries, zero conversions, everything zero. Our marketing head is asking me daily and I have no answer to give him.

We have paid for a working system and it is not working. Clearly something has been missed from your end during the setup, either the forms are not connected or the reports are wrongly configured. This is very disappointing, we were expecting better quality from an agency of your reputation.

Kindly revert with the root cause and the fix by EOD tomorrow, latest. We cannot keep waiting like this.

Thanks & Regards,
Dr. Priya Natarajan
Director - Digital Initiatives
MediSpark Health Pvt. Ltd., Bengaluru
"""),
    heated=True, scenario="blame", also=["general_dissatisfaction"], first_name="Priya",
    deadline="2026-11-25", note="Indian English, blames setup, EOD tomorrow")

add(lang="en", name=None, addr="mike.d88@mailbox.example",
    subject="SITE DOWN AGAIN", date="2026-12-05 07:12 -0800",
    body=T("""
Your "quick plugin update" on Thursday took the shop offline. Again. Second time this month. Fix it.

Sent from my iPhone
"""),
    heated=True, scenario="blame", also=[], first_name=None, deadline=None,
    note="curt, bare address, repeat outage")

add(lang="en", name="Lucas Ferreira | Sabor Carioca", addr="lucas@saborcarioca.example",
    subject="about the price 😕", date="2026-11-25 14:20 -0300",
    body=T("""
Hi Jamie!!

So I was thinking about the budget we agreed last week for the new site and the menu online... honestly 3.900 is too much for us, is a small restaurant not a hotel 😅 My cousin know a guy in São Paulo who do the same for half, he send me his portfolio and is very nice. Honestly I feel a little bit cheated when I see his price, nobody explain me why yours is so expensive.

I like you and your work, really, but if you can not do something like 2.500 I think I have to go with him. Sorry to be direct but is the reality for us, december is hard month.

Let me know ok? 🙏

Lucas
"""),
    heated=True, scenario="price_pushback", also=[], first_name="Lucas", deadline=None,
    note="Brazilian, friendly haggling after agreement, walk threat")

add(lang="en", name="Álvaro Méndez Ruiz", addr="alvaro@tapeo-app.example",
    subject="Phase 2 quote - not acceptable", date="2026-11-30 23:40 +0100",
    body=T("""
Jamie,

I have seen the final number for phase 2 and frankly I don't understand how it went from the "around 8k" we talk in the call to 11.200. We signed the phase 1 with you in good faith and now it feels like you think we are a bank.

I need you to bring it down to 8.000 or we finish the collaboration after phase 1 and I take the project to another studio. I already have two other offers on my table. Decide by Thursday please, our board meets on Friday morning.

Álvaro
"""),
    heated=True, scenario="price_pushback", also=[], first_name="Álvaro",
    deadline="2026-12-03", note="Spanish founder, discount or walk, by Thursday")

add(lang="en", name="Rachel O'Donnell", addr="rachel.odonnell@lumenevents.example",
    subject="Gala microsite has to be live TOMORROW", date="2026-11-19 16:55 -0800",
    body=T("""
Jamie - I just got out of a meeting and apparently nobody told you, but the Winter Gala microsite has to be live tomorrow. The full thing: ticketing, sponsor wall, seating plan, the video header, Spanish and English versions. I know we said mid-December, but the sponsors are announcing tomorrow at noon and they are linking to us.

I really don't want to hear that it can't be done. We are paying for a professional studio and this is exactly the moment we need one. Get whoever you need on it tonight.

Call me when you've read this.
R.
"""),
    heated=True, scenario="unrealistic_demand", also=[], first_name="Rachel",
    deadline="2026-11-20", note="Thu evening PST for Fri; UTC already Fri")

add(lang="en", name="Wendell Ames", addr="wendell@amesautoparts.example",
    subject="your quote?!", date="2026-11-13 11:03 -0600",
    body=T("""
Got your quote for the parts catalog site. $14,000?? For a website?? My nephew built his band a site in an afternoon.

Here's what I need: all 3,000 parts in there with pictures, search by make and model, customer accounts, online ordering, hooked up to our inventory system. Budget is $1,500 and I need it live by December 1st for the Christmas rush. This is not rocket science, it's a website. If you can't do it, say so and stop wasting my time.

Wendell Ames
Ames Auto Parts - Since 1978
"""),
    heated=True, scenario="unrealistic_demand", also=["price_pushback"], first_name="Wendell",
    deadline="2026-12-01", note="sarcastic, huge scope tiny budget, pre-agreement")

add(lang="en", name="Hannah Birch", addr="hannah@birchandbloom.example",
    subject="Re: Website launch checklist", date="2026-12-09 21:10 +0000", reply=True,
    body=T("""
Hi Jamie,

Thanks for the checklist but I'm a bit confused why the newsletter signup, the wedding enquiry form, the Instagram feed and the Christmas landing pages are all listed as "extras". I mentioned all of these at some point (I'm fairly sure the Instagram one came up in our very first chat!) and I assumed they were part of the website. A website for a florist without a wedding form isn't really a website, is it?

I've now asked you twice about the Welsh translation as well and that isn't even on the list. Honestly I don't want to be nickel-and-dimed on every little thing, I've already paid what we agreed. Can we just get these all done as part of the original price please, ideally in time for the launch on the 18th.

Hannah

On Wed, 9 Dec 2026 at 10:02, Jamie Rivera <jamie@brightpath.example> wrote:
> Hi Hannah,
>
> Here's the launch checklist for the 18th. Items 1-9 are in the agreed scope;
> items 10-14 are extras we can quote separately if you'd like them.
>
> Best,
> Jamie
"""),
    heated=True, scenario="scope_creep", also=["misunderstanding"], first_name="Hannah",
    deadline="2026-12-18", note="extras for same price, asked twice; Gmail quote")

add(lang="en", name="BRANDON TATE", addr="btate@tatehomes.example",
    subject="homepage design", date="2026-11-17 13:30 -0700",
    body=T("""
Jamie,

Showed the new homepage to my marketing guy and he's honestly baffled. Why is there so much empty space? Why isn't the phone number huge at the top? Why did you pick grey?? He says nobody does it like this in real estate and frankly I'm starting to wonder if you've ever built a site for a home builder before.

I don't need another lecture on "white space" and "conversion best practice". I need it to look like the sites that actually sell houses. Phone number in red, big, top of every page, and lose the minimalist stuff. Tyler will send you some examples of what good looks like.

Brandon Tate
Tate Homes
"""),
    heated=True, scenario="doubts_expertise", also=["general_dissatisfaction"],
    first_name="Brandon", deadline=None, note="ALL CAPS name, overrides design, doubts experience")

add(lang="en", name="Sophie Lambert-Ng", addr="sophie@lambertngarchitects.example",
    subject="WHY is our website full of Latin??", date="2026-11-26 08:05 +1100",
    body=T("""
Jamie,

I just opened the link you sent yesterday and our new website is FULL of placeholder Latin, the project photos are grey boxes and the contact page literally says "lorem ipsum"!!! Half our clients could be looking at this right now. How on earth did this get launched in this state??

We said very clearly that nothing goes live until I sign off. Take it down by noon today, please.

Sophie
"""),
    heated=True, scenario="misunderstanding", also=["blame"], first_name="Sophie",
    deadline="2026-11-26", note="took staging link for live site; Sydney tz, noon today")

add(lang="en", name="Ruth Kaplan", addr="rkaplan@kaplancomms.example",
    subject="Brand refresh - writing to you directly", date="2026-12-04 17:45 -0500",
    body=T("""
Jamie,

I'm writing to you directly because, frankly, I've run out of ways to say this to Alex. I have now asked three times (Nov 10, Nov 19, Dec 1) for a straight answer on where the brand refresh stands, and each time I receive a cheerful note that says nothing at all.

I want to be fair: the early concepts were promising. But what has come since feels tired, the communication has been vague, and I no longer have any sense that someone on your side is steering this. That is not where I expected to be six weeks in.

I'd appreciate it if you would look into this personally.

Kind regards,
Ruth

-- 
Ruth Kaplan
Principal, Kaplan Communications
"""),
    heated=True, scenario="general_dissatisfaction", also=[], first_name="Ruth",
    deadline=None, note="icy, asked 3 times, escalates over PM's head")

add(lang="en", name="Dale Whitaker", addr="dale@whitakerplumbing.example",
    subject="RE: Domain transfer info", date="2026-12-07 06:50 -0600", reply=True,
    body=T("""
Jamie, so let me get this straight. The WHOIS says the registrant is BRIGHTPATH STUDIO. Not Whitaker Plumbing. You registered MY domain in YOUR name?? So if I ever want to leave, you just keep my business name? That's how this works?

I've been in business 22 years and I know a hostage situation when I see one. I want it in my name, today.

Dale

-----Original Message-----
From: Jamie Rivera <jamie@brightpath.example>
Sent: Friday, December 4, 2026 3:14 PM
To: Dale Whitaker <dale@whitakerplumbing.example>
Subject: Domain transfer info

Hi Dale,

As requested, here's the info for your domain. It's registered through our reseller account (that's why our studio name shows in the public WHOIS record as the technical contact), with you as the owner on the account. If you'd like to move it to your own registrar, I can send the transfer code any time.

Best,
Jamie
"""),
    heated=True, scenario="misunderstanding", also=["blame"], first_name="Dale",
    deadline="2026-12-07", note="misreads WHOIS tech contact as ownership; today")

add(lang="en", name="Olivia Grant", addr="olivia.grant@fernleafyoga.example",
    subject="Cancelling - deposit refund per your terms", date="2026-11-10 10:15 -0800",
    body=T("""
Hi Jamie,

I hope you're well. Unfortunately we've decided not to go ahead with the studio website this year. We're pausing the second location, so the timing just doesn't work for us.

Your terms say the deposit is refundable in full if a project is cancelled within 14 days of signing and before design work starts. We signed on the 2nd, so I believe we're inside that window. Could you refund the $600 deposit to the card we used?

Thank you for being so easy to work with. I'd love to come back to you when we're ready.

Warmly,
Olivia
"""),
    heated=False, scenario=None, also=[], first_name="Olivia", deadline=None,
    note="polite refund under stated policy")

add(lang="en", name="Henrik Dahl", addr="henrik.dahl@nordlysfurniture.example",
    subject="MSA and DPA for the webshop project", date="2026-12-03 09:00 +0100",
    body=T("""
Hi Jamie,

Thanks for the call yesterday. We're happy with the proposal and would like to go ahead.

Before we sign, our legal counsel will review the master services agreement, and because the shop will process customer data we'll also need a data processing agreement that covers GDPR (sub-processors, hosting location, breach notification). Could you send both documents by the 10th? Our lawyer has time blocked the week after.

This is all standard for us, nothing to worry about.

Best regards,
Henrik

-- 
Henrik Dahl
Head of E-commerce, Nordlys Furniture A/S
"""),
    heated=False, scenario=None, also=[], first_name="Henrik", deadline="2026-12-10",
    note="neutral lawyer/contract, GDPR, by the 10th")

add(lang="en", name="Jess Moreno", addr="jess@sweetcrumbbakery.example",
    subject="OMG THE NEW SITE!!!", date="2026-11-29 20:33 -0800", alt=True,
    body=T("""
JAMIE!!!

I just saw the new site on my phone and I literally screamed in the kitchen. The cake gallery is SO GOOD. The order form is SO EASY. My mom already placed a test order for a pie lol 🥧🥧

Honestly you nailed it. THANK YOU THANK YOU THANK YOU!!! Can't wait to show everyone at the market on Saturday.

xo Jess
"""),
    heated=False, scenario=None, also=[], first_name="Jess", deadline=None,
    note="enthusiastic caps praise")

add(lang="en", name="Pixelcraft Weekly", addr="newsletter@pixelcraft.example",
    subject="⚡ URGENT: your 60% off ends TONIGHT", date="2026-12-01 06:00 +0000", alt=True,
    headers={"List-Unsubscribe": "<https://pixelcraft.example/u/8f2c1a>, <mailto:unsubscribe@pixelcraft.example?subject=unsubscribe>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
             "List-Id": "Pixelcraft Weekly <weekly.pixelcraft.example>",
             "Precedence": "bulk"},
    body=T("""
Pixelcraft Weekly - Issue #212

URGENT: your 60% discount on Pixelcraft Pro expires TONIGHT at midnight!!! This is the LAST reminder, we promise.

In this issue:
* 12 free icon sets for holiday campaigns
* Case study: how a 3-person studio doubled its SEO traffic
* New: export design tokens straight to CSS variables

Don't miss out - upgrade now: https://pixelcraft.example/pro

You are receiving this because you signed up at pixelcraft.example.
Unsubscribe: https://pixelcraft.example/u/8f2c1a
"""),
    heated=False, scenario=None, also=[], first_name=None, deadline=None,
    note="newsletter, bulk headers, URGENT/caps")

add(lang="en", name="PayDesk Accounts Team", addr="no-reply@paydesk.example",
    subject="Action required: payment disputed (case DP-58211)", date="2026-11-21 03:14 +0000",
    headers={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"},
    body=T("""
Hello,

A cardholder has disputed a payment made to Brightpath Studio.

Amount: USD 480.00
Charge ID: ch_3QxR7e2
Reason given by the cardholder's bank: Product not received
Status: Needs response

To avoid losing this chargeback, submit evidence from your PayDesk dashboard before the response window closes. If no action is taken, the dispute will be decided in the cardholder's favour.

This is an automated message. Please do not reply to this email.

PayDesk Inc. - 500 Market Street - San Francisco, CA
"""),
    heated=False, scenario=None, also=[], first_name=None, deadline=None,
    note="automated chargeback notice, Auto-Submitted")

add(lang="en", name="Marcus Bell", addr="marcus.bell@bellarchive.example",
    subject="Automatic reply: Homepage copy", date="2026-12-14 08:01 +0000", reply=True,
    headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
    body=T("""
Thank you for your message. I am out of the office from 14 December until Monday 4 January, with no access to email. For anything that can't wait, please call the office on +44 20 7946 0321 and ask for Ellie.

Marcus Bell
Bell Archive Services
"""),
    heated=False, scenario=None, also=[], first_name="Marcus", deadline=None,
    note="out-of-office, return date not a deadline")

add(lang="en", name="Nadia Haddad", addr="nadia@haddadtextiles.example",
    subject="Fwd: absolutely ridiculous checkout", date="2026-12-02 12:40 +0000",
    body=T("""
Hi Jamie,

Forwarding this one for context. No drama on our side, this customer is known to us and tends to write like this! I think she's tripping over the postcode validation for Channel Islands addresses though, which might be worth a look when you have a moment. No rush this week.

Thanks,
Nadia

---------- Forwarded message ---------
From: Brenda Pollock <brenda.p@example.net>
Date: Tue, 1 Dec 2026 at 22:17
Subject: absolutely ridiculous checkout
To: <hello@haddadtextiles.example>

I have tried FIVE TIMES to order the linen throws and your useless website keeps telling me my postcode is invalid. I have lived at this address for 30 years. This is the worst shopping experience I have ever had and I will be telling everyone at my WI group. Sort it out!!!
"""),
    heated=False, scenario=None, also=[], first_name="Nadia", deadline=None,
    note="calm note over forwarded angry customer")

add(lang="en", name="Frank Delgado", addr="frank@delgadoroofing.example",
    subject="Re: Quote form broken", date="2026-11-18 15:22 -0700", reply=True,
    body=T("""
Jamie, that did it. Tested it from my phone and the wife's laptop, both came through. Thanks for jumping on it so fast, and sorry about the tone yesterday, long day on a roof.

Frank

On Tue, Nov 17, 2026 at 4:48 PM Jamie Rivera <jamie@brightpath.example> wrote:
> Hi Frank, I've found the issue with the quote form (the mail server
> password had expired) and fixed it. Could you try a test submission?
>
> On Tue, Nov 17, 2026 at 11:05 AM Frank Delgado <frank@delgadoroofing.example> wrote:
>> Your quote form has been dead for who knows how long. I just found out
>> from a customer who called to ask why nobody answered. THREE WEEKS of leads
>> gone?? This is exactly what I pay you for. Unacceptable.
"""),
    heated=False, scenario=None, also=[], first_name="Frank", deadline=None,
    note="calm thanks above heated quoted history")

add(lang="en", name="Amir Rahimi", addr="amir@northgateautoglass.example",
    subject="URGENT - phone number change on website today", date="2026-12-11 08:10 -0500",
    body=T("""
Morning Jamie,

Quick one, but a bit urgent: our phone provider is switching us over at lunchtime and the old number stops working. Could you update the number in the site header and on the contact page to (614) 555-0182 before end of day today?

Nothing else needs to change. Thanks a lot, and have a good weekend.

Amir
"""),
    heated=False, scenario=None, also=[], first_name="Amir", deadline="2026-12-11",
    note="calm urgent request, today")

add(lang="en", name="Laura Bianchi", addr="laura@bianchitravel.example",
    subject="Price question - booking site with API integration", date="2026-11-16 13:12 +0100",
    body=T("""
Hello Jamie,

A colleague recommended you. We are a small tour operator in Bologna and we are looking for a new website with:
- a booking calendar connected to our reservation system through its REST API
- SEO migration from the old site (about 120 pages)
- cookie consent and privacy pages that are GDPR compliant
- EN/IT versions

Before we go further, could you give me a rough price range? Our budget is around EUR 9,000. Is that realistic, or should we cut something? Nothing is decided yet, so no problem if it's out of reach.

Grazie,
Laura Bianchi
"""),
    heated=False, scenario=None, also=[], first_name="Laura", deadline=None,
    note="polite price question before agreement, acronyms")

# ---------------------------------------------------------------- Finnish
add(lang="fi", name="Jyrki Häkkinen", addr="jyrki.hakkinen@rakennushakkinen.example",
    subject="Verkkosivusto – vaatimus korjaamisesta", date="2026-11-16 07:45 +0200",
    body=T("""
Hei Jamie,

Uusi verkkosivustomme on ollut käytössä kolme viikkoa, eikä se edelleenkään toimi niin kuin sovittiin. Tarjouspyyntölomake katkeaa puhelimella, referenssikohteiden kuvat latautuvat minuuttitolkulla, eikä sivua löydy hakukoneista lainkaan. Olemme menettäneet tällä välin useita tarjouspyyntöjä.

Tämä ei ole enää paikkailtavissa. Vaadimme, että sivusto tehdään kokonaan uudelleen teidän kustannuksellanne, ja odotamme kirjallista aikataulua perjantaihin mennessä. Mikäli sitä ei kuulu, siirrän asian yhtiömme lakimiehen hoidettavaksi.

Jyrki Häkkinen
toimitusjohtaja
Rakennus Häkkinen Oy
puh. 040 123 4567

Tämä sähköpostiviesti ja sen liitteet voivat sisältää luottamuksellista tietoa. Jos olet saanut viestin erehdyksessä, ilmoita siitä lähettäjälle ja poista viesti.
"""),
    heated=True, scenario="legal_threat", also=["blame"], first_name="Jyrki",
    deadline="2026-11-20", note="kirjakieli, full redo + lawyer, perjantaihin")

add(lang="fi", name="Sanna Virtanen", addr="sanna.virtanen82@posti.example",
    subject="no nyt riittää", date="2026-11-28 22:14 +0200",
    body=T("""
Moi

Mä oon nyt kolme kertaa kysyny et koska mun kennelsivut valmistuu ja joka kerta tulee joku uus selitys. Maksoin ennakkoon 900 e jo syyskuussa!! Ei tää voi olla näin vaikeeta.

Jos sivut ei oo pystyssä tai rahat takas mun tilillä ni mä otan yhteyttä kuluttajaneuvontaan ja kirjotan teistä ihan rehellisen arvion Googleen ja kaikkiin koiraryhmiin missä mä oon. Ja niitä ryhmiä on aika monta.

Sanna

Lähetetty iPhonesta
"""),
    heated=True, scenario="legal_threat", also=["refund_demand", "general_dissatisfaction"],
    first_name="Sanna", deadline=None, note="puhekieli, consumer advice + reviews threat")

add(lang="fi", name="Hiusstudio Mira", addr="info@hiusstudiomira.example",
    subject="Lasku 2026-104", date="2026-12-08 11:30 +0200",
    body=T("""
Moikka,

sain teiltä laskun ajanvarausjärjestelmästä mut en kyl maksa sitä. Se ei oo toiminu kunnolla päivääkään, asiakkaat saa vahvistuksia väärille päiville ja mä joudun soittelee kaikille perään. Eihän se oo mun vika et teidän systeemi sekoilee.

Hyvittäkää koko lasku. Ja se käyttöönottomaksu mikä jo maksettiin niin sekin takas kiitos.

t. Mira
"""),
    heated=True, scenario="refund_demand", also=["blame"], first_name=None, deadline=None,
    note="puhekieli, won't pay; From is salon name only")

add(lang="fi", name="Eeva-Liisa Saarinen", addr="eeva-liisa.saarinen@saarisenkirjanpito.example",
    subject="Ennakkomaksun palautus", date="2026-12-03 14:05 +0200",
    body=T("""
Hyvä Jamie Rivera,

Tilasimme teiltä 1.10. tilitoimistollemme uuden ilmeen ja verkkosivut ja maksoimme sovitusti 50 %:n ennakon (2 480 € + ALV). Kahden kuukauden jälkeen meillä on kaksi logoluonnosta, joista kumpikaan ei vastaa briefiä, eikä verkkosivuista ole näkynyt vielä mitään.

Emme näe enää edellytyksiä jatkaa yhteistyötä. Vaadimme ennakkomaksun palauttamista kokonaisuudessaan viikon sisällä tämän viestin päiväyksestä tilille FI00 1234 5600 0007 85.

Totean vielä, että olen erittäin pettynyt siihen, miten tätä projektia on hoidettu.

Eeva-Liisa Saarinen
Saarisen Kirjanpito Oy
"""),
    heated=True, scenario="refund_demand", also=["general_dissatisfaction"],
    first_name="Eeva-Liisa", deadline="2026-12-10", note="formal refund demand, viikon sisällä")

add(lang="fi", name="Kalle Nieminen", addr="kalle@niemisenputki.example",
    subject="yhteydenottolomake ei toimi!!", date="2026-11-22 21:50 +0200",
    body=T("""
Moi Jamie

Teidän tekemä yhteydenottolomake ei toimi. Ei oo tullu yhtään viestiä kahteen viikkoon ja nyt yks asiakas soitti et on laittanu kolme kertaa tarjouspyynnön. Eli ties kuinka monta keikkaa on menny ohi teidän takia.

Mä vaihdoin kyl sen sähköpostiosoitteen sinne asetuksiin viime kuussa kun vaihdettiin firman meiliä mut ei sen pitäis mitään vaikuttaa. Teidän homma on et tää toimii.

Korjatkaa huomenna klo 12 mennessä.

Kalle
"""),
    heated=True, scenario="blame", also=[], first_name="Kalle", deadline="2026-11-23",
    note="blames form, own email change; huomenna klo 12")

add(lang="fi", name="Päivi Österberg", addr="paivi.osterberg@osterbergoptiikka.example",
    subject="VS: Uutiskirjepohja", date="2026-12-02 16:20 +0200", reply=True,
    body=T("""
Hei Jamie,

Tämä on nyt kolmas kerta, kun uutiskirjeemme lähtee asiakkaille rikkinäisenä. Kuvat puuttuvat, ja Outlookissa koko viesti näkyy yhtenä harmaana sotkuna. Te teitte pohjan, joten oletan, että vika on pohjassa eikä meissä.

Tämä näkyy jo asiakaspalautteessa, eikä se ole meille hyvää mainosta. Toivon, että tällä kertaa asia korjataan kunnolla eikä vain "tarkisteta".

Päivi Österberg
Optiikka Österberg

Lähettäjä: Jamie Rivera <jamie@brightpath.example>
Lähetetty: tiistai 24. marraskuuta 2026 10.05
Vastaanottaja: Päivi Österberg <paivi.osterberg@osterbergoptiikka.example>
Aihe: VS: Uutiskirjepohja

Hei Päivi,

tarkistimme pohjan, ja se toimii testeissämme. Kuvat eivät näy, jos ne lisätään uutiskirjetyökaluun liitteinä eikä kuvalohkoon. Voisitko kokeilla seuraavassa lähetyksessä kuvalohkoa?

Terveisin
Jamie
"""),
    heated=True, scenario="blame", also=["general_dissatisfaction"], first_name="Päivi",
    deadline=None, note="third time, blames template; Finnish Outlook quote")

add(lang="fi", name="Jani Koskinen", addr="jani@koskisenautohuolto.example",
    subject="hinnasta vielä", date="2026-11-20 16:40 +0200",
    body=T("""
Terve,

Mietin viel sitä tarjousta mistä sovittiin. 4 800 + alv on kyl aika kova hinta tällaselle pienelle korjaamolle, ja nyt kun kaveri kerto et sen tuttu tekee vastaavat sivut parilla tonnilla niin vähän rupes ottaa päähän. Tuntuu et on vedetty välistä.

Jos saatte sen tonnilla alas niin jatketaan, muuten mä kyl lopetan tän tähän ja otan sen toisen. Kerro maanantaina.

Jani
"""),
    heated=True, scenario="price_pushback", also=[], first_name="Jani",
    deadline="2026-11-23", note="puhekieli haggling after agreement, maanantaina")

add(lang="fi", name="Lindqvist, Maija", addr="maija.lindqvist@kuljetuslindqvist.example",
    subject="Hinnoittelu – intranet-projekti", date="2026-11-24 09:12 +0200", html_only=True,
    html=T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hei,</p>
<p>Kävimme johtoryhmässä läpi allekirjoitetun tilauksen intranet-projektista. Olemme toki iloisia, että saimme teiltä näin <i>kattavan</i> tarjouksen – harmi vain, että hinta on yhtä kattava.</p>
<p>Odotamme 20 %:n alennusta sovitusta kokonaishinnasta. Ymmärrämme, ettei tämä ole tavanomaista sopimuksen jälkeen, mutta muussa tapauksessa joudumme valitettavasti harkitsemaan, jatkammeko yhteistyötä seuraavissa vaiheissa.</p>
<p>Ystävällisin terveisin<br>Maija Lindqvist<br>Hankintapäällikkö<br>Kuljetus Lindqvist Oy</p>
</div></body></html>
"""),
    heated=True, scenario="price_pushback", also=[], first_name="Maija", deadline=None,
    note="HTML-only, sarcastic, 20% off after signing")

add(lang="fi", name="Riikka Heikkilä", addr="riikka@villasukkapuoti.example",
    subject="Verkkokauppa auki ensi maanantaina?!", date="2026-11-27 15:10 +0200",
    body=T("""
Hei!

Nyt on pakko saada se verkkokauppa auki ensi maanantaina, koska joulumyynti alkaa ja me ollaan jo myöhässä. Tuotteita on noin 400 ja niistä ei oo vielä kuvia eikä tekstejä, mut kai te voitte laittaa jotain väliaikaisia? Ja maksutavat, Posti-integraatio ja lahjakortit pitää olla mukana.

Tiedän et sovittiin tammikuu, mutta ei me voida odottaa sinne asti. Ei tää nyt voi olla niin iso juttu teille ammattilaisille. Jos ette ehdi niin sanokaa heti, mut kyllä mä oletan et tää onnistuu.

Riikka
"""),
    heated=True, scenario="unrealistic_demand", also=[], first_name="Riikka",
    deadline="2026-11-30", note="shop in 1 working day, sent Friday, ensi maanantaina")

add(lang="fi", name="Ronja Aalto", addr="ronja.aalto@ronjanleipomo.example",
    subject="Re: Sivuston viimeiset muutokset", date="2026-12-07 10:25 +0100", reply=True,
    body=T("""
Moikka!

Kiitti, näyttää tosi hyvältä 😊 Mut nyt kun sivut on melkein valmiit niin tuli vielä muutama juttu mieleen:
- joulumenu omalle sivulle
- nettikauppa kakkutilauksille (vaan simppeli!)
- ruotsinkielinen versio
- ja se instagram-syöte etusivulle

Nää on varmaan ihan pikkujuttuja teille, ja oletan et ne kuuluu siihen hintaan mikä on jo maksettu, eihän tässä mitään uutta oo 🙂 Viimeks ku kysyin yhtä lisäkuvaa ni tuli heti lasku, ni vähän hämmästytti. Ja ihan rehellisesti, 3 200 e on jo aika paljon, ni ei kyl huvittais maksaa enää mitään ylimäärästä.

Ronja

ma 7.12.2026 klo 8.02 Jamie Rivera <jamie@brightpath.example> kirjoitti:
> Hei Ronja,
>
> tässä viimeiset muutokset, jotka sovittiin palaverissa. Kun hyväksyt ne,
> julkaistaan sivusto.
>
> Terveisin
> Jamie
"""),
    heated=True, scenario="scope_creep", also=[], first_name="Ronja", deadline=None,
    note="passive-aggressive extras for same price; Finnish Gmail quote")

add(lang="fi", name="Harri Salminen", addr="harri.salminen@salminenlvi.example",
    subject="Lisätoiveet sivustoon – kolmas muistutus", date="2026-12-09 13:00 +0200",
    body=T("""
Hei,

Kuten olen nyt kolmesti pyytänyt, sivustolle tarvitaan vielä seuraavat: referenssikartta, työpaikkailmoitusosio, asiakkaiden kirjautumisalue huoltohistorian katsomista varten sekä englanninkielinen versio kaikista sivuista. Nämä olisi pitänyt huomioida jo alun perin, eikä niistä mielestäni kuulu laskuttaa erikseen, koska sivuston on tarkoitus palvella koko liiketoimintaamme.

Odotan, että nämä ovat valmiina kuun loppuun mennessä. En halua käydä tätä keskustelua neljättä kertaa.

-- 
Harri Salminen
Salminen LVI Oy
"""),
    heated=True, scenario="scope_creep", also=["unrealistic_demand"], first_name="Harri",
    deadline="2026-12-31", note="3rd reminder, unbilled extras, kuun loppuun")

add(lang="fi", name="Sami Laaksonen", addr="sami@laaksosensali.example",
    subject="logot", date="2026-11-19 19:05 +0200",
    body=T("""
ootteko te oikeesti ammattilaisia? kolme logoehdotusta ja kaikki näyttää joltain pankin logolta. sanoin et pitää olla räväkkä, mustaa ja punasta ja salama, ei mitään pastellia. eikä kiinnosta se teidän "brändistrategia"-selitys, mä tiedän mun asiakkaat paremmin ku te.

tehkää niinku mä sanoin. salama ja punanen.
"""),
    heated=True, scenario="doubts_expertise", also=["general_dissatisfaction"],
    first_name="Sami", deadline=None, note="lowercase puhekieli, rejects expertise")

add(lang="fi", name="Anna-Kaisa Mäkelä", addr="annakaisa.makela@makelanmatkat.example",
    subject="Re: Uuden sivuston julkaisu", date="2026-12-01 07:55 +0200", reply=True,
    body=T("""
Hei Jamie,

Avasin juuri uudet sivut, ja kaikki vanhat blogikirjoituksemme ovat kadonneet! Kahdeksan vuoden matkakertomukset, joita asiakkaamme lukevat ja joiden ansiosta meidät löydetään Googlesta. Kukaan ei kysynyt meiltä lupaa poistaa niitä.

En ymmärrä, miten tällaista voi tehdä kysymättä. Ne on saatava takaisin.

Anna-Kaisa Mäkelä
Mäkelän Matkat Oy

pe 27.11.2026 klo 14.31 Jamie Rivera <jamie@brightpath.example> kirjoitti:
> Hei Anna-Kaisa,
>
> uusi sivusto julkaistaan maanantaina. Vanhat blogikirjoitukset siirretään
> uuteen Arkisto-osioon, ja vanhat osoitteet ohjautuvat niihin automaattisesti,
> joten hakukonenäkyvyys säilyy.
>
> Terveisin
> Jamie
"""),
    heated=True, scenario="misunderstanding", also=["blame"], first_name="Anna-Kaisa",
    deadline=None, note="posts moved to Arkisto as announced; she thinks deleted")

add(lang="fi", name="MATTI KORHONEN", addr="matti.korhonen@korhosenkone.example",
    subject="Projektin tilanne", date="2026-12-14 08:30 +0200",
    body=T("""
Jamie,

Olen pettynyt. Projekti on ollut käynnissä kolme kuukautta, enkä edelleenkään tiedä, mitä olemme saamassa ja milloin. Jokainen palaveri päättyy siihen, että "palataan asiaan". Odotin tältä yhteistyöltä selvästi enemmän.

Korhonen
"""),
    heated=True, scenario="general_dissatisfaction", also=[], first_name="Matti",
    deadline=None, note="curt, ALL CAPS name, general disappointment")

add(lang="fi", name="Elina Kallio", addr="elina@kalliokeramiikka.example",
    subject="Tilauksen peruutus", date="2026-11-09 12:00 +0200",
    body=T("""
Hei Jamie,

Joudumme valitettavasti perumaan verkkosivutilauksemme, koska keramiikkapaja muuttaa ensi vuonna toiselle paikkakunnalle ja suunnitelmat menevät uusiksi.

Sopimusehtojenne kohdan 6 mukaan tilauksen voi perua 14 vuorokauden kuluessa allekirjoituksesta, jolloin ennakkomaksu palautetaan. Allekirjoitimme sopimuksen 30.10., joten pyytäisin ystävällisesti palauttamaan 750 euron ennakkomaksun tilillemme.

Kiitos ymmärryksestä, ja toivottavasti palaamme asiaan myöhemmin!

Ystävällisin terveisin
Elina Kallio
Kallio Keramiikka
"""),
    heated=False, scenario=None, also=[], first_name="Elina", deadline=None,
    note="polite refund under peruutusehdot")

add(lang="fi", name="Tuomas Rautio", addr="tuomas.rautio@pohjolanmeklarit.example",
    subject="Sopimusluonnos ja tietosuoja", date="2026-11-25 10:40 +0200",
    body=T("""
Hei Jamie,

kiitos sopimusluonnoksesta. Lakimiehemme käy sen läpi ensi viikolla, ja hän katsoo samalla henkilötietojen käsittelyä koskevan liitteen (GDPR). Meillä kaikki palvelusopimukset kulkevat juristin kautta, joten tämä on pelkkä muodollisuus.

Palaan asiaan heti, kun hänen kommenttinsa ovat tulleet. Sillä välin voitte hyvin aloittaa sisältösuunnittelun, kuten sovittiin.

Terveisin
Tuomas Rautio
"""),
    heated=False, scenario=None, also=[], first_name="Tuomas", deadline=None,
    note="neutral lawyer review, GDPR")

add(lang="fi", name="Laskutus", addr="laskutus@kaarnanteatteri.example",
    subject="Lasku palautettu: puuttuva tilausnumero", date="2026-11-30 09:20 +0200",
    body=T("""
Hei,

Lähettämänne lasku nro 2026-098 (1 860,00 € sis. ALV 25,5 %) on palautettu, koska siitä puuttuu ostotilausnumero. Kaikissa meille osoitetuissa laskuissa on oltava tilausnumero, jotta lasku voidaan kohdistaa oikealle kustannuspaikalle.

Pyydämme lähettämään korjatun laskun verkkolaskuna torstaihin mennessä, jotta se ehtii joulukuun maksuajoon. Tilausnumeronne on PO-44172.

Ystävällisin terveisin
Laskutus
Kaarnan Teatteri ry
"""),
    heated=False, scenario=None, also=[], first_name=None, deadline="2026-12-03",
    note="role sender, rejected invoice, torstaihin")

add(lang="fi", name="Heli Järvinen", addr="heli.jarvinen@jarvisenpuutarha.example",
    subject="Automaattinen vastaus: Sivuston julkaisu", date="2026-12-11 16:02 +0200", reply=True,
    headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
    body=T("""
Kiitos viestistäsi. Olen joululomalla 11.12.2026–4.1.2027 enkä lue sähköpostia säännöllisesti. Kiireellisissä asioissa tavoitat kollegani Markun numerosta 050 555 0123.

Heli Järvinen
Järvisen Puutarha
"""),
    heated=False, scenario=None, also=[], first_name="Heli", deadline=None,
    note="out-of-office, dates are absence")

add(lang="fi", name="Pienyrittäjän Postilaatikko", addr="uutiskirje@pienyrittaja.example",
    subject="VIIMEINEN MAHDOLLISUUS!!! Kirjanpito-ohjelma -40 %", date="2026-11-26 07:00 +0200",
    html_only=True,
    headers={"List-Unsubscribe": "<https://pienyrittaja.example/peru?u=55a91>",
             "List-Id": "Pienyrittajan uutiskirje <uutiskirje.pienyrittaja.example>",
             "Precedence": "bulk"},
    html=T("""
<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif;background:#f4f4f4">
<table width="600" align="center" style="background:#ffffff"><tr><td style="padding:24px">
<h1 style="color:#d00">ÄLÄ MISSAA TÄTÄ!!!</h1>
<p>Kirjanpito-ohjelma Kassakirja Pro nyt <b>-40 %</b> ensimmäisen vuoden hinnasta. Tarjous päättyy sunnuntaina klo 23.59.</p>
<h2>Tässä numerossa</h2>
<ul>
<li>ALV-muutokset 2027: mitä pienyrittäjän pitää tietää</li>
<li>Näin teet verkkosivujesi GDPR-tarkistuksen tunnissa</li>
<li>Kysy kirjanpitäjältä: saako kotitoimiston kulut vähentää?</li>
</ul>
<p><a href="https://pienyrittaja.example/tarjous">Tilaa nyt &raquo;</a></p>
<p style="font-size:11px;color:#888">Sait tämän viestin, koska olet tilannut Pienyrittäjän Postilaatikon. <a href="https://pienyrittaja.example/peru?u=55a91">Peru tilaus</a></p>
</td></tr></table>
</body></html>
"""),
    heated=False, scenario=None, also=[], first_name=None, deadline=None,
    note="HTML-only newsletter, bulk, caps + !!!")

add(lang="fi", name="Noora Peltonen", addr="noora@nooranhevostalli.example",
    subject="IHAN MAHTAVAT SIVUT!!!", date="2026-12-05 18:44 +0200", alt=True,
    body=T("""
Moi Jamie!!

Ihan mahtavat sivut, mä oon ihan fiiliksissä 😍😍 Hevosten kuvat näyttää NIIN hienoilta ja toi ratsastustuntien varauskalenteri on just sitä mitä haettiin! Laitoin jo linkin tallin Facebookiin ja tykkäyksiä sataa.

KIITOS KIITOS KIITOS!!! Suosittelen teitä kaikille.

Noora 🐴
"""),
    heated=False, scenario=None, also=[], first_name="Noora", deadline=None,
    note="puhekieli enthusiastic caps praise")

add(lang="fi", name="Olli Rantala", addr="olli.rantala@rantalanpizzeria.example",
    subject="Kiireellinen: joulun aukioloajat", date="2026-12-15 13:15 +0200",
    body=T("""
Hei Jamie,

pieni mutta kiireellinen pyyntö: voisitko päivittää sivuille joulun aukioloajat? 24.–26.12. suljettu, 31.12. auki klo 11–16. Olisi hyvä, jos ne näkyisivät sivuilla huomisaamuun mennessä, koska silloin lähtee asiakastiedote.

Kiitos paljon!
Olli
"""),
    heated=False, scenario=None, also=[], first_name="Olli", deadline="2026-12-16",
    note="calm kiireellinen, huomisaamuun")

add(lang="fi", name="Johanna Vainio", addr="johanna.vainio@vainionsaatio.example",
    subject="Palautetta ensimmäisestä versiosta", date="2026-11-18 11:20 +0200",
    body=T("""
Hei Jamie,

kävimme ensimmäisen version läpi tiimin kanssa. Kokonaisuutena tämä on hyvällä mallilla, ja erityisesti etusivun rakenne sai kiitosta.

Muutama huomio kuitenkin:
1. Leipätekstin fonttikoko on mobiilissa mielestämme turhan pieni, ja iäkkäämmät lukijamme huomauttavat tällaisesta herkästi.
2. Apurahahaun painike hukkuu sivun alareunaan. Voisiko sen nostaa ylemmäs?
3. Vihreä sävy on hieman kirkkaampi kuin graafisessa ohjeistossamme.

Olisi hienoa, jos korjaukset ehtisivät kahden viikon sisällä. Kiitos hyvästä työstä tähän asti!

-- 
Johanna Vainio
viestintäpäällikkö, Vainion Säätiö
"""),
    heated=False, scenario=None, also=[], first_name="Johanna", deadline="2026-12-02",
    note="constructive mild criticism, kahden viikon sisällä")

add(lang="fi", name="Ilkka Väisänen", addr="ilkka.vaisanen@kuusamonhiihtoseura.example",
    subject="Fwd: Jäsenmaksusivu on ihan rikki", date="2026-12-06 19:30 +0200",
    body=T("""
Moi Jamie,

laitan tän tiedoksi. Yks jäsen on vähän tulistunut, mutta ihan hyvä mies pohjimmiltaan. Käsittääkseni vika on siinä, että hän yritti maksaa vanhalla jäsennumerolla, joka poistui syksyllä. Ei mitään kiirettä, mutta jos ehdit katsoa, voisiko virheilmoitusta selkeyttää.

Ilkka

---------- Välitetty viesti ---------
Lähettäjä: Reijo K. <reijo.k@esim.example>
Päivämäärä: la 5.12.2026 klo 22.48
Aihe: Jäsenmaksusivu on ihan rikki
Vastaanottaja: <hallitus@kuusamonhiihtoseura.example>

Kuka on tehny tän surkean sivun?! Yritin maksaa jäsenmaksun NELJÄ KERTAA ja joka kerta tulee virhe. Ihan susipaska systeemi. Jos tää ei toimi ni mä en maksa koko jäsenmaksua ja eroan koko seurasta!!!
"""),
    heated=False, scenario=None, also=[], first_name="Ilkka", deadline=None,
    note="calm note over forwarded angry member")

add(lang="fi", name="Tero Hämäläinen", addr="tero@hamalaisenhuonekalu.example",
    subject="Re: Kassa ei toimi", date="2026-12-10 09:05 +0200", reply=True,
    body=T("""
Moi,

nyt toimii, kiitos nopeasta korjauksesta! Ja sori eilisestä viestistä, oli vähän hermot kireellä kun joulumyynti on kovimmillaan.

Tero

ke 9.12.2026 klo 17.40 Jamie Rivera <jamie@brightpath.example> kirjoitti:
> Hei Tero,
>
> maksupalvelun varmenne oli vanhentunut, ja vaihdoimme sen juuri. Kassan
> pitäisi nyt toimia. Voisitko kokeilla?
>
> ke 9.12.2026 klo 15.12 Tero Hämäläinen <tero@hamalaisenhuonekalu.example> kirjoitti:
>> MIKSI KASSA EI TOIMI?!? Joulukauden kiireisin päivä ja asiakkaat ei pääse
>> maksamaan. Tää on ihan käsittämätöntä. Korjatkaa HETI tai mä etsin uuden
>> firman hoitamaan tän!!!
"""),
    heated=False, scenario=None, also=[], first_name="Tero", deadline=None,
    note="calm thanks above heated quoted history")

add(lang="fi", name="Nurmi Katja", addr="katja.nurmi@nurmiinteriors.example",
    subject="Hintatiedustelu: verkkokauppa ja API-integraatio", date="2026-11-17 14:50 +0200",
    body=T("""
Hei,

olemme pieni sisustusalan yritys ja suunnittelemme uutta verkkokauppaa ensi vuodelle. Tarvitsisimme:
– verkkokaupan noin 300 tuotteelle
– integraation varastojärjestelmäämme sen REST API:n kautta
– SEO-optimoinnin ja GA4-seurannan
– tietosuojaselosteen ja evästebannerin (GDPR)

Osaisitteko antaa karkean hinta-arvion (alv 0 %)? Mitään ei ole vielä päätetty, joten haluamme ensin ymmärtää, millaisesta budjetista puhutaan.

Ystävällisin terveisin
Katja Nurmi
Nurmi Interiors Oy
"""),
    heated=False, scenario=None, also=[], first_name="Katja", deadline=None,
    note="price question pre-agreement; From is 'Surname Given'")


# ---------------------------------------------------------------- build
def msgid(key, domain):
    h = hashlib.sha1(key.encode("utf-8")).hexdigest()
    return "<%s.%s@%s>" % (h[:12], h[12:20], domain)


def build(i, e):
    m = EmailMessage()
    domain = e["addr"].split("@", 1)[1]
    if e["name"]:
        m["From"] = Address(e["name"], addr_spec=e["addr"])
    else:
        m["From"] = e["addr"]
    m["To"] = TO
    m["Subject"] = e["subject"]
    d = dt(e["date"])
    m["Date"] = format_datetime(d)
    m["Message-ID"] = msgid("c1-%d-%s" % (i, e["addr"]), domain)
    if e.get("reply"):
        parent = msgid("jamie-%d-%s" % (i, e["subject"]), "brightpath.example")
        grand = msgid("root-%d-%s" % (i, e["addr"]), domain)
        m["In-Reply-To"] = parent
        m["References"] = grand + " " + parent
    for k, v in e.get("headers", {}).items():
        m[k] = v
    if e.get("html_only"):
        m.set_content(e["html"], subtype="html")
    else:
        m.set_content(e["body"])
        if e.get("alt"):
            m.add_alternative(to_html(e["body"]), subtype="html")
            for part in m.iter_parts():
                del part["MIME-Version"]
    return m


def main():
    en = [e for e in E if e["lang"] == "en"]
    fi = [e for e in E if e["lang"] == "fi"]
    assert len(en) == 25 and len(fi) == 25, (len(en), len(fi))
    order = list(E)
    random.Random(20261201).shuffle(order)
    for old in OUT.glob("h*.eml"):
        old.unlink()
    rows = []
    for i, e in enumerate(order, 1):
        fn = "h%03d.eml" % i
        m = build(i, e)
        (OUT / fn).write_bytes(m.as_bytes(policy=policy.default))
        assert (e["scenario"] is None) == (not e["heated"]), fn
        rows.append({"file": fn, "heated": e["heated"], "scenario": e["scenario"],
                     "also": e["also"], "lang": e["lang"], "first_name": e["first_name"],
                     "deadline": e["deadline"], "note": e["note"]})
    with open(OUT / "labels.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    print("total:", len(rows))
    print("per language:", dict(Counter(r["lang"] for r in rows)))
    print("heated/calm:", dict(Counter("heated" if r["heated"] else "calm" for r in rows)))
    for lang in ("en", "fi"):
        print("  %s heated/calm:" % lang,
              dict(Counter("heated" if r["heated"] else "calm" for r in rows if r["lang"] == lang)))
    print("per scenario:")
    for s, n in sorted(Counter(r["scenario"] for r in rows if r["heated"]).items()):
        by = Counter(r["lang"] for r in rows if r["scenario"] == s)
        print("  %-24s %d  (en %d, fi %d)" % (s, n, by["en"], by["fi"]))
    print("with deadline:", sum(1 for r in rows if r["deadline"]))
    print("first_name null:", sum(1 for r in rows if r["first_name"] is None))


if __name__ == "__main__":
    main()
