#!/usr/bin/env python3
"""Blind evaluation corpus "a" for reply-coach (written without looking at the detector).

Writes aNNN.eml and labels.jsonl into the directory of this script.
Stdlib only.
"""
import datetime as dt
import html as htmlmod
import json
import os
import random
from collections import Counter
from email.message import EmailMessage
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
TO = "Jamie Rivera <jamie@brightpath.example>"
JAMIE = "Jamie Rivera <jamie@brightpath.example>"

EMAILS = []


def E(**kw):
    EMAILS.append(kw)


def d(y, m, day, h, mi, off_min):
    return dt.datetime(y, m, day, h, mi, 0, tzinfo=dt.timezone(dt.timedelta(minutes=off_min)))


# ---------------------------------------------------------------------------
# ENGLISH — heated
# ---------------------------------------------------------------------------

E(lang="en", frm="Dwayne Kowalski <dwayne@kowalskiplumbing.example>", subj="booking form",
  date=d(2026, 11, 17, 19, 42, -360),
  body="""Jamie,

Three weeks since launch and the booking form still eats about half the requests. I know because customers are calling me asking why nobody showed up. I've lost at least four jobs over this, probably more.

I sat down with my brother-in-law last night, he's an attorney, and he thinks I've got a pretty solid case for the lost business. I don't want to go that route but I will. Get it working for real this time or the next email you get about this will be from him.

Dwayne

Sent from my iPhone
""",
  heated=True, scenario="legal_threat", also=["blame"], first_name="Dwayne", deadline=None,
  note="attorney threat over lost jobs")

E(lang="en", frm="Philippa Ashworth <p.ashworth@hallamhousing.example>",
  cc="Mark Dunmore <m.dunmore@hallamhousing.example>",
  subj="Tenant portal \u2013 formal notice following UAT review",
  date=d(2026, 12, 1, 9, 5, 0), kind="alt",
  body="""Dear Jamie,

Following yesterday's acceptance testing session, I have to be direct with you.

The tenant portal in its current state is not fit for purpose. Of the 62 test cases agreed in September, 23 failed, including rent statements and repair requests \u2013 the two functions our tenants use most. Fixing these one at a time over the coming months is not, in our view, an acceptable way forward.

We expect the portal to be rebuilt to the signed specification, at no additional cost to Hallam Housing. Please confirm in writing by 4 December that Brightpath will do so, together with a revised plan. If we do not receive that confirmation, I will refer the matter to our legal team to review our options under the contract.

I have copied our Director of Resources for information.

Regards,

Philippa Ashworth
Head of Digital Services
Hallam Housing Association
T: 0114 496 0921

This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender immediately and delete it. Hallam Housing Association is a registered society (No. 30412R) regulated by the Regulator of Social Housing.
""",
  heated=True, scenario="legal_threat", also=["blame", "general_dissatisfaction"], first_name="Philippa",
  deadline="2026-12-04", note="icy formal: rebuild demand + legal team, escalation cc")

E(lang="en", frm="Bronwyn Tait <bron@taitandcoffee.example>", subj="Still broken",
  date=d(2026, 11, 23, 13, 20, 660),
  body="""Jamie,

I've been more than patient. The menu page still shows the winter prices, the order online button goes absolutely nowhere, and I've left two messages this week that nobody's bothered to return.

I'm not paying people to ignore me. If this isn't sorted by Friday I'll be leaving a very honest review on Google and posting in every local business group I'm in, and believe me, the Inner West talks.

Bron
Tait & Coffee, Marrickville
""",
  heated=True, scenario="legal_threat", also=["blame", "general_dissatisfaction"], first_name="Bronwyn",
  deadline="2026-11-27", note="AU, public bad review threat, ultimatum")

E(lang="en", frm="kendra.lowe88@mailbox.example", subj="refund",
  date=d(2026, 11, 18, 14, 10, -360),
  body="""I want my $1,850 back.

The logo you sent over looks like something off a free template site. I showed it to three people and all three asked if it was a placeholder. I'm not using it and I'm not paying for it.

Refund the full amount within 48 hours or I'm disputing the charge with my credit card company. I've already got the screenshots ready.

K. Lowe
""",
  heated=True, scenario="legal_threat", also=["refund_demand"], first_name=None,
  deadline="2026-11-20", note="refund + chargeback threat (chargeback ranks legal_threat); bare address")

E(lang="en", frm="Marcus Bell <marcus@bellfitness.example>", subj="Not paying invoice #2",
  date=d(2026, 11, 9, 7, 55, -300),
  body="""Jamie \u2014

I'm not paying the second invoice. The booking app crashes every time my members try to reserve a spin class, which is literally the one thing it was built to do. I've had people cancel memberships over it.

On top of that I want the deposit back. I handed over $6,000 and I have an app that makes my gym look like a joke. Frankly, I feel ripped off.

Marcus Bell
Owner, Bell Fitness
""",
  heated=True, scenario="refund_demand", also=["blame", "general_dissatisfaction"], first_name="Marcus",
  deadline=None, note="refuses invoice, wants deposit back")

E(lang="en", frm="Dr. Imogen Carter-Hale <imogen@carterhaleclinic.example>", subj="Invoice BPS-2026-117",
  date=d(2026, 11, 26, 16, 2, 0),
  body="""Dear Jamie,

Thank you for invoice BPS-2026-117.

I shan't be settling it. As I explained on the 6th, and again on the 12th, the online consent forms needed to be live before the clinic reopened. They went live a fortnight afterwards, by which point my reception team had already processed every patient on paper.

I'm sure you'll appreciate that I don't see why the clinic should pay for work that arrived after it could have been of any use. I trust a credit note will follow.

Kind regards,
Imogen Carter-Hale
""",
  heated=True, scenario="refund_demand", also=["blame"], first_name="Imogen", deadline=None,
  note="UK icy politeness, disputes invoice; dates are past, not deadlines")

E(lang="en", frm="Tanya Okafor <tanya@brightbloomflorist.example>", subj="Re: Re: Re: Rush fee",
  date=d(2026, 11, 27, 11, 11, 0), reply=True,
  body="""Jamie,

Per my last three emails: please refund the \u00a3600 rush fee. The site went live on the 20th, which is the date it would have gone live without any rush whatsoever.

I'm not sure how much clearer I can make this.

Tanya

On Wed, 25 Nov 2026 at 15:20, Jamie Rivera <jamie@brightpath.example> wrote:
> Hi Tanya,
>
> Thanks for your patience. I'm looking into the timeline with the team and
> will come back to you on the rush fee shortly.
>
> Best,
> Jamie
""",
  heated=True, scenario="refund_demand", also=["general_dissatisfaction"], first_name="Tanya", deadline=None,
  note="passive-aggressive 'per my last three emails', no keywords")

E(lang="en", frm="Rajesh Venkataraman <rajesh.v@sunriseexports.example>", subj="Balance payment - website project",
  date=d(2026, 11, 12, 18, 25, 330),
  body="""Dear Jamie,

Kindly note we are not agreeing to pay the 40% balance amount as per your invoice dated 5th November. The website is not matching with what was discussed in our meetings, many pages are still showing dummy text and product catalogue is incomplete.

We have already informed this to you multiple times but no proper response is received. Please do the needful and revert with revised invoice by end of this month, otherwise we will be constrained to stop all further payments and take up the matter with our management.

Regards,
Rajesh Venkataraman
Manager - IT & Digital
Sunrise Exports Pvt. Ltd.
""",
  heated=True, scenario="refund_demand", also=["blame", "general_dissatisfaction"], first_name="Rajesh",
  deadline="2026-11-30", note="Indian English, disputes balance invoice, end of month")

E(lang="en", frm="Kevin O'Rourke <korourke@meridianlogistics.example>",
  cc="Dana Whitaker <dwhitaker@meridianlogistics.example>",
  subj="Weekly ops dashboard wrong AGAIN", date=d(2026, 11, 19, 8, 47, -420),
  body="""Jamie,

The weekly ops dashboard is showing zero outbound shipments for the Denver hub. Again. That is the third Monday in a row. Our regional team made staffing calls off your numbers last week and we ended up short on the dock for two shifts.

(Yes, our IT folks rotated the warehouse database credentials a few weeks back, but that was routine and shouldn't affect anything on your end.)

I've looped in Dana, our VP of Operations, because frankly I've run out of ways to explain this internally. Someone on your side needs to tell us what is wrong with your integration, and it needs to be fixed before Monday's leadership meeting.

Kevin O'Rourke
Director, Network Planning
Meridian Logistics
o: 303-555-0172
""",
  heated=True, scenario="blame", also=["general_dissatisfaction"], first_name="Kevin", deadline="2026-11-23",
  note="blame for report likely broken on their side, escalation to VP")

E(lang="en", frm='"Fitzgerald, D\'Arcy" <darcy.fitzgerald@harrowgategc.example>', subj="Today's member newsletter",
  date=d(2026, 11, 11, 10, 31, 0),
  body="""Brilliant. Truly.

This morning's newsletter went out to 14,000 members opening with "Dear {{FIRSTNAME}}", courtesy of the template your team assured me had been 'fully tested'. I have spent the morning answering replies from members asking whether we've been hacked.

I'd be fascinated to learn what the testing step in your proposal actually consisted of.

D'Arcy

D'Arcy Fitzgerald
Membership & Communications Manager
Harrowgate Golf Club
""",
  heated=True, scenario="blame", also=["doubts_expertise"], first_name="D'Arcy", deadline=None,
  note="sarcasm, Last, First with apostrophe")

E(lang="en", frm="Liam Nguyen <liam@coastalsurfco.example>", subj="STORE IS DOWN",
  date=d(2026, 11, 26, 6, 58, 600),
  body="""Jamie the store's been down since last night. Customers can't check out, I've got a sale running and I'm losing money every hour.

This is on you guys. It was working fine until your update on Tuesday. Our IT guy did move the domain to a new registrar yesterday arvo but that's got nothing to do with checkout.

Fix it. Call me when it's back up.

Liam
""",
  heated=True, scenario="blame", also=[], first_name="Liam", deadline=None,
  note="AU blunt, blames update; cause maybe their own DNS move")

E(lang="en", frm="Sandra Whitfield <swhitfield@whitfieldrealty.example>", subj="Listings gone after migration??",
  date=d(2026, 11, 6, 17, 22, -300), kind="html",
  html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Jamie,</p>
<p>We just found out that <b>every archived listing</b> from before 2024 is gone after the migration. Nobody from Brightpath warned us this would happen. Nobody mentioned a backup. Nobody asked whether we needed them.</p>
<p>I now have 60 agents emailing me asking where their sales history went, and I have no answer for them. <b>You never told us.</b></p>
<p>I need to know today whether these can be recovered.</p>
<p>Sandra Whitfield<br>Managing Broker, Whitfield Realty Group<br>(617) 555-0190</p>
</body></html>
""",
  heated=True, scenario="blame", also=["general_dissatisfaction"], first_name="Sandra", deadline="2026-11-06",
  note="HTML-only, 'you never told us', today")

E(lang="en", frm="Tony Castellano <tony@castellanoautobody.example>", subj="the quote",
  date=d(2026, 11, 26, 18, 30, -420),
  body="""Jamie,

Look, I signed at $7,500 and I know that. But I've been shopping around since and there's a guy in Scottsdale who'll do basically the same site for four grand.

I'm not trying to be a jerk here but money's tight this quarter. Get it down to five and we keep going. If not, I'll take what you've done so far and finish it with him. Let me know by next Tuesday.

Tony
Castellano Auto Body
""",
  heated=True, scenario="price_pushback", also=[], first_name="Tony", deadline="2026-12-01",
  note="haggles after signing, threatens to walk; next Tuesday from Thursday")

E(lang="en", frm="Hugh Pemberton-Lowe <hugh@pembertonlowe.example>", subj="RE: Phase 2 estimate",
  date=d(2026, 12, 8, 11, 14, 0), reply=True,
  body="""Jamie,

I've looked at the Phase 2 estimate and, candidly, it's taking the mickey. We agreed a day rate back in April. The same sort of work is now somehow 30% dearer, with no explanation beyond "increased complexity".

I'm not inclined to sign anything until that number comes down substantially. Let me know by Friday whether you actually want this work.

Hugh

-----Original Message-----
From: Jamie Rivera <jamie@brightpath.example>
Sent: 07 December 2026 16:40
To: Hugh Pemberton-Lowe <hugh@pembertonlowe.example>
Subject: Phase 2 estimate

Hi Hugh,

Please find attached the estimate for Phase 2 (client portal and document vault). As discussed, the integration with your practice management system adds some complexity, which is reflected in the estimate. Happy to walk you through it.

Best,
Jamie
""",
  heated=True, scenario="price_pushback", also=[], first_name="Hugh", deadline="2026-12-11",
  note="UK, agreed rate, pushback + ultimatum, Outlook quote")

E(lang="en", frm="L\u00facia Ferreira <lucia@ferreiratexteis.example>", subj="Proposal 2027",
  date=d(2026, 11, 30, 10, 2, 0),
  body="""Hello Jamie,

I am very disapointed with the new price for 2027. Other agency here in Porto give us a much better offer for same work. We are loyal client since 3 years and you give us zero discount?? This is not correct in my opinion.

Please send new proposal with minimum 20% discount, otherwise we must think seriously about other options.

Best regards
L\u00facia Ferreira
Ferreira T\u00eaxteis, Lda.
""",
  heated=True, scenario="price_pushback", also=[], first_name="L\u00facia", deadline=None,
  note="non-native, haggling, threat to leave; non-ASCII name")

E(lang="en", frm="Brittany Shaw <brittany@shawevents.example>", subj="Gala microsite \u2014 needed by 9am",
  date=d(2026, 12, 3, 15, 40, -300), kind="alt",
  body="""Jamie,

We're announcing the winter gala tomorrow morning and the microsite needs to be live by 9am. Full registration flow, three ticket tiers, a sponsor page and a photo gallery from last year.

I know it's short notice. It's not negotiable, the board has already approved the announcement time and I am not going back to them. Please don't reply telling me it can't be done \u2014 find a way.

Brittany Shaw
Director of Events, Shaw Events Co.
""",
  heated=True, scenario="unrealistic_demand", also=[], first_name="Brittany", deadline="2026-12-04",
  note="Thursday afternoon for Friday 9am")

E(lang="en", frm="Oliver Grant <oliver@grantjoinery.example>", subj="What exactly have I paid for?",
  date=d(2026, 11, 13, 14, 20, 0),
  body="""Jamie,

I paid for a website. I'm now told that SEO, setting up the blog and "ongoing optimisation" weren't included. So what exactly did I pay for \u2014 a nice-looking page nobody can find?

I was told this would get us on the first page of Google for "bespoke joinery Leeds". That was the whole point. I expect that to happen, and I don't expect to be handed another invoice to make it happen.

Oliver Grant
Grant & Sons Joinery
""",
  heated=True, scenario="unrealistic_demand", also=["scope_creep", "misunderstanding"], first_name="Oliver",
  deadline=None, note="expects more than was bought (SEO/page one)")

E(lang="en", frm="Priya Raman <priya@ramanphysio.example>", subj="service pages \u2014 tomorrow",
  date=d(2026, 11, 25, 7, 15, 660),
  body="""Hi Jamie,

I need all 40 service and product pages rewritten, reshot and uploaded by tomorrow. The franchise audit is Friday and I can't walk in there with the current site, it's embarrassing.

Yes, I know what you're going to say. I'm not interested in excuses, it just has to happen. Put whoever you need on it.

Priya
""",
  heated=True, scenario="unrealistic_demand", also=[], first_name="Priya", deadline="2026-11-26",
  note="AU +1100 early morning: local date is 25th (UTC 24th), tomorrow=26th")

E(lang="en", frm="Greg Hollis <greg@hollisbrewing.example>", subj="few more things before sign-off",
  date=d(2026, 12, 1, 12, 10, -480),
  body="""Hey Jamie,

Before we sign off on the site we need a few more things in there:
- members' area for the mug club
- online merch shop
- beer-finder map showing which bars have us on tap
- the logo animation we talked about (or I talked about anyway)

Honestly all of this should have been part of it from the start, so I'm not expecting a new quote. I'm getting pretty tired of being nickel-and-dimed every time I ask for something.

Haven't had a chance to look at the homepage you sent yet btw, will get to it.

Greg
""",
  heated=True, scenario="scope_creep", also=["price_pushback"], first_name="Greg", deadline=None,
  note="piles on work for same price, hasn't looked at last deliverable")

E(lang="en", frm="Charlotte Evans-Byrne <charlotte@evansbyrnepr.example>", subj="Re: Change request CR-03",
  date=d(2026, 11, 16, 9, 48, 0), reply=True,
  body="""Jamie,

Slightly baffled by the 'change request'. Three landing pages and a client login is hardly a change \u2014 it's what anyone would reasonably assume a PR agency's website needs. I'd rather not spend my week arguing over line items.

Please just get them done within the existing budget. Thanks ever so.

Charlotte

On Fri, 13 Nov 2026 at 17:05, Jamie Rivera <jamie@brightpath.example> wrote:
> Hi Charlotte,
>
> Thanks for sending over the list. As the three campaign landing pages and
> the client login area weren't part of the original scope, I've put
> together change request CR-03 with the estimate (attached). Once you
> approve it we can schedule the work into the next sprint.
>
> Best,
> Jamie
""",
  heated=True, scenario="scope_creep", also=["price_pushback"], first_name="Charlotte", deadline=None,
  note="UK passive-aggressive, rejects change request, Gmail quote")

E(lang="en", frm="Pieter van der Berg <pieter@vdberg-installaties.example>", subj="languages + calculator",
  date=d(2026, 12, 9, 13, 33, 60),
  body="""Hello Jamie,

We have now 5 extra languages for the website (DE, FR, PL, ES, IT). I don't understand why this is extra cost, it is only translation and we deliver the texts ourself. Also the calculator tool must be finished together with the website, not in a phase 2.

I am honestly getting tired that every small thing becomes a new invoice. For us this was all clear from the beginning.

Met vriendelijke groet,
Pieter van der Berg
Van der Berg Installaties B.V.
""",
  heated=True, scenario="scope_creep", also=["price_pushback"], first_name="Pieter", deadline=None,
  note="Dutch non-native English, extra work same price")

E(lang="en", frm="Dr. Nathaniel Brooks <nbrooks@brooksdental.example>", subj="Homepage design",
  date=d(2026, 11, 17, 20, 15, -300),
  body="""Jamie,

I've been in practice for 22 years and I know my patients. They do not want a "minimalist" website with acres of white space. It looks unfinished.

My nephew builds websites on the side and he took one look and said it was amateur hour. I'm beginning to wonder whether your people actually know what they're doing.

Put the phone number at the top in large red type, like I asked the first time, and lose the stock photos of smiling models.

Dr. Brooks
""",
  heated=True, scenario="doubts_expertise", also=["general_dissatisfaction"], first_name="Nathaniel",
  deadline=None, note="overrides design recommendation, 'amateur'; From has given name, sig only surname")

E(lang="en", frm="Rebecca Llewellyn <r.llewellyn@llewellynarchitects.example>", subj="Carousel",
  date=d(2026, 12, 10, 15, 5, 0),
  body="""Jamie,

Could you tell me what qualifications your developer actually has? Because from where I'm sitting, recommending we remove the homepage carousel \u2014 the one element every architect's site in London has \u2014 sounds like the advice of someone who has never worked with a design practice.

We'll be keeping the carousel. I'd also like someone a bit more senior to review the rest of the recommendations before anything else is changed.

Rebecca Llewellyn
Partner, Llewellyn Architects
""",
  heated=True, scenario="doubts_expertise", also=[], first_name="Rebecca", deadline=None,
  note="questions qualifications, resists recommendation")

E(lang="en", frm="Carla Jimenez <carla@jimenezbakery.example>", subj="Re: Launch wrap-up",
  date=d(2026, 12, 2, 8, 14, -480), reply=True,
  body="""Jamie what do you mean the site is being taken down on Friday?!? We're in the middle of HOLIDAY ORDERS. Nobody asked me about this. Who decided this?? I need the site up through Christmas, this is when we make most of our money!!

Sent from my iPhone

On 1 Dec 2026, at 16:30, Jamie Rivera <jamie@brightpath.example> wrote:

> Hi Carla,
>
> Great news: the new site is now live at jimenezbakery.example and orders are
> coming through fine. A couple of housekeeping notes:
>
> - The temporary staging site (staging.jimenezbakery.example) will be taken
>   down on Friday, as it's no longer needed.
> - Your login for the order dashboard is unchanged.
>
> Congratulations on the launch!
> Jamie
""",
  heated=True, scenario="misunderstanding", also=["blame"], first_name="Carla", deadline=None,
  note="misread staging shutdown as live site; Apple Mail quote")

E(lang="en", frm="Martin Holloway <martin@hollowayestates.example>", subj="RE: Project status \u2013 week 9",
  date=d(2026, 11, 23, 9, 3, 0), reply=True,
  body="""Jamie,

So there's now an extra 20% on top? When exactly were you planning to mention that? We agreed a fixed price in August and I have the email to prove it. I'm not paying a penny more than what was agreed.

Frankly I'm disappointed that you'd try to slip this into a status update.

Martin

From: Jamie Rivera <jamie@brightpath.example>
Sent: Friday, November 20, 2026 4:12 PM
To: Martin Holloway <martin@hollowayestates.example>
Subject: Project status \u2013 week 9

Hi Martin,

Quick status for week 9:
- Property search and filters: done, on staging
- Valuation request form: done
- Budget: we've used about 80% of the fixed fee so far; the remaining 20% covers testing, training and launch.

Launch is still on track for 8 December.

Best,
Jamie
""",
  heated=True, scenario="misunderstanding", also=["price_pushback", "refund_demand"], first_name="Martin",
  deadline=None, note="misread '20% remaining' as a 20% surcharge")

E(lang="en", frm="Heather Lindqvist <heather@lindqvistcoaching.example>", subj="honest feedback",
  date=d(2026, 11, 29, 21, 40, -480),
  body="""Jamie,

I don't know how to say this nicely, so I'll just say it: I'm not happy. Not with the designs, not with the pace, not with how any of this has felt. I thought I'd be excited by now and mostly I dread opening your emails.

I can't even tell you exactly what to change. It just isn't right, and I'm starting to regret the whole thing.

Heather
""",
  heated=True, scenario="general_dissatisfaction", also=[], first_name="Heather", deadline=None,
  note="vague unhappiness, no specific complaint")

E(lang="en", frm="BARRY HUTCHINS <barry@hutchinsskips.example>", subj="site",
  date=d(2026, 11, 20, 16, 51, 0),
  body="""not what i asked for, not what i wanted. really disappointed. not sure what ive been paying for tbh

Barry
""",
  heated=True, scenario="general_dissatisfaction", also=[], first_name="Barry", deadline=None,
  note="one-liner, ALL CAPS display name (greet as Barry)")

# ---------------------------------------------------------------------------
# ENGLISH — calm
# ---------------------------------------------------------------------------

E(lang="en", frm="Naomi Feld <naomi@feldyoga.example>", subj="Cancelling the brand refresh package",
  date=d(2026, 11, 4, 10, 15, -300),
  body="""Hi Jamie,

I hope you're well. I'm afraid I need to cancel the brand refresh package I booked on Monday. Our grant application was turned down last week, so the budget for this simply isn't there any more.

Your terms mention a full refund of the deposit if cancelled within 14 days of booking, so I'd like to request that. It was $750, paid by card.

Nothing to do with you or the team \u2014 the discovery call was genuinely helpful and I'd love to come back to this next year if things look up.

Warmly,
Naomi

-- 
Naomi Feld
Feld Yoga Studio \u00b7 212-555-0148
""",
  heated=False, scenario=None, also=[], first_name="Naomi", deadline=None,
  note="hard negative: polite refund under stated policy")

E(lang="en", frm='"S\u00f8rensen, Mikkel" <mikkel.sorensen@nordlyslighting.example>', subj="Re: Revised SOW",
  date=d(2026, 12, 2, 9, 40, 60), reply=True,
  body="""Hi Jamie,

Thanks for the revised SOW, that all looks much closer to what we discussed.

Our lawyer will review the contract before we sign \u2014 mainly the IP assignment and the liability cap, which is standard for any supplier agreement here. Nothing alarming, I just want to set expectations that it may take a little while.

I'll come back to you as soon as I have her comments.

Best regards,
Mikkel

Mikkel S\u00f8rensen
Head of E-commerce, Nordlys Lighting ApS
""",
  heated=False, scenario=None, also=[], first_name="Mikkel", deadline=None,
  note="hard negative: neutral lawyer/contract mention; Last, First with \u00f8")

E(lang="en", frm="Jess Morales <jess@moralesmakes.example>", subj="!!!!!!!",
  date=d(2026, 11, 28, 8, 3, -480),
  body="""OMG JAMIE!!!

The shop went live last night and we had SEVENTEEN orders before I'd even had coffee!!! The product pages look INCREDIBLE on mobile, my sister cried (happy tears lol).

THANK YOU THANK YOU THANK YOU. Please tell the whole team they're absolute legends!!!

Jess xx

Sent from my iPhone
""",
  heated=False, scenario=None, also=[], first_name="Jess", deadline=None,
  note="hard negative: enthusiastic caps and !!!")

E(lang="en", frm="Sanjay Patel <sanjay.patel@corvusfintech.example>", subj="SSO + API keys ready / call re GDPR",
  date=d(2026, 11, 10, 11, 40, 0),
  body="""Hi Jamie,

Quick update from our side:

- SSO (SAML 2.0 via Okta) is configured on our end, metadata XML attached
- API keys for the CRM and ERP sandboxes are in the shared 1Password vault
- QA can start UAT once the staging URL is behind the VPN

Our CTO would like a 30-min call on the GDPR/DPA questions and the SLA for the CMS hosting. Would Thursday at 3pm GMT work for you?

Cheers,
Sanjay

Sanjay Patel | Head of Product | Corvus Fintech Ltd
This message is confidential and intended solely for the addressee. Corvus Fintech Ltd is authorised and regulated by the Financial Conduct Authority.
""",
  heated=False, scenario=None, also=[], first_name="Sanjay", deadline=None,
  note="hard negative: acronyms in caps; meeting proposal is not a deadline")

E(lang="en", frm="Ben Adeyemi <ben@adeyemiarchitects.example>", subj="URGENT: phone number typo on homepage",
  date=d(2026, 11, 18, 9, 12, 0),
  body="""Hi Jamie,

Nothing dramatic, but a bit urgent \u2014 the phone number in the homepage header has two digits swapped. It should be 0161 496 0732, not 0161 496 0723. Could someone fix it by end of day? We've got a mailshot going out tomorrow that points people to the site.

Thanks a lot,
Ben

Ben Adeyemi
Adeyemi Architects
""",
  heated=False, scenario=None, also=[], first_name="Ben", deadline="2026-11-18",
  note="hard negative: calm URGENT; end of day = same day")

E(lang="en", frm="Emily Hartmann <emily@hartmannvet.example>", subj="Fwd: Complaint - contact form",
  date=d(2026, 11, 16, 12, 5, 0),
  body="""Hi Jamie,

FYI, forwarding one that came through the contact form over the weekend. Please don't worry, this isn't about you or the site \u2014 she's cross with our reception team and we're dealing with it.

The only thing I noticed is that the subject line came through cut off after about 40 characters. Could you check whether the form has a character limit on that field when you get a chance?

Thanks!
Emily

---------- Forwarded message ---------
From: Website Contact Form <noreply@hartmannvet.example>
Date: Sat, 14 Nov 2026 at 21:47
Subject: Complaint - absolutely disgusted with how my
To: <reception@hartmannvet.example>

Name: Lorraine Pike
Message:
I WAITED FORTY MINUTES WITH A SICK DOG AND NOBODY EVEN LOOKED UP. Your receptionist was rude, dismissive and frankly incompetent. I will be leaving a review everywhere I can and I will be taking my business elsewhere. DISGRACEFUL.
""",
  heated=False, scenario=None, also=[], first_name="Emily", deadline=None,
  note="hard negative: forwarded angry message under calm note")

E(lang="en", frm="Design Weekly <hello@news.designweekly.example>",
  subj="\U0001F525 Your clients are FURIOUS (here's why) + 50% off ends Friday",
  date=d(2026, 11, 24, 14, 0, 0), kind="alt",
  extra={"List-Unsubscribe": "<https://news.designweekly.example/unsub?u=8c1f>, <mailto:unsubscribe@news.designweekly.example?subject=unsubscribe>",
         "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
         "List-Id": "Design Weekly <weekly.news.designweekly.example>",
         "Precedence": "bulk"},
  body="""DESIGN WEEKLY \u2014 Issue #212

STOP LOSING CLIENTS!
Angry emails, missed deadlines, refund demands... sound familiar? This week we asked 40 studio owners how they handle clients who threaten to walk.

In this issue:
- "I'll see you in court": what to do when a client brings up lawyers
- 10 landing pages that CRUSH conversions
- Why your proposals are costing you money

LAST CHANCE: 50% off Design Weekly Pro ends Friday!!!

You're receiving this because you subscribed at designweekly.example.
Unsubscribe: https://news.designweekly.example/unsub?u=8c1f
""",
  heated=False, scenario=None, also=[], first_name=None, deadline=None,
  note="newsletter, List-Unsubscribe + Precedence bulk, scary words")

E(lang="en", frm="PayLedger <no-reply@payledger.example>", subj="Action required: payment failed for invoice #4471",
  date=d(2026, 11, 19, 3, 12, 0),
  extra={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"},
  body="""Hello,

We were unable to process your payment of USD 49.00 for invoice #4471 (PayLedger Studio plan).

IMPORTANT: Please update your payment method within 7 days to avoid interruption of service. If no valid payment method is on file, your account will be SUSPENDED.

Update payment method: https://app.payledger.example/billing

This is an automated message. Please do not reply to this email.
PayLedger Inc. \u00b7 100 Example Way \u00b7 San Francisco, CA
""",
  heated=False, scenario=None, also=[], first_name=None, deadline=None,
  note="automated billing notification, Auto-Submitted")

E(lang="en", frm="Hannah Kim <hannah.kim@kimpartners.example>", subj="Automatic reply: Homepage concepts v2",
  date=d(2026, 11, 23, 9, 0, -300), reply=True,
  extra={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
  body="""Thank you for your email. I am out of the office until Monday, 30 November, with limited access to email. For anything urgent, please contact my colleague David Okoro at david.okoro@kimpartners.example or call the front desk at 646-555-0133.

Best regards,
Hannah Kim
""",
  heated=False, scenario=None, also=[], first_name="Hannah", deadline=None,
  note="out-of-office; return date is not a deadline")

E(lang="en", frm="Sophie Turner-Walsh <sophie@turnerwalshinteriors.example>", subj="RE: Gallery page \u2013 still broken",
  date=d(2026, 11, 17, 13, 25, 0), reply=True,
  body="""Hi Jamie,

Thanks for the call this morning, it really helped. And apologies for my email last week \u2014 it had been a horrendous few days and you caught the brunt of it.

The plan you outlined sounds good. Go ahead with the gallery fix first, then the enquiry form. Speak Thursday.

Sophie

From: Jamie Rivera <jamie@brightpath.example>
Sent: 16 November 2026 17:02
To: Sophie Turner-Walsh <sophie@turnerwalshinteriors.example>
Subject: RE: Gallery page \u2013 still broken

Hi Sophie,

I'm sorry the gallery is still giving you trouble. Could we have a quick call tomorrow morning so I can walk you through what we found and what we'll fix first?

Jamie

From: Sophie Turner-Walsh <sophie@turnerwalshinteriors.example>
Sent: 13 November 2026 22:48
To: Jamie Rivera <jamie@brightpath.example>
Subject: Gallery page \u2013 still broken

Jamie, this is RIDICULOUS. The gallery page has been broken for TWO WEEKS. I've sent you four emails. Clients are seeing blank boxes where my best projects should be. If I'd known you'd be this useless I'd never have signed. Sort it out or I'll find someone who can.
""",
  heated=False, scenario=None, also=[], first_name="Sophie", deadline=None,
  note="hard negative: calm reply, heated quoted history (Outlook)")

E(lang="en", frm="Alejandro Ruiz <alejandro@ruizcoffee.example>", subj="move Wed check-in?",
  date=d(2026, 11, 30, 7, 12, -360),
  body="""Hey Jamie, can we push Wednesday's check-in to Thursday same time? Something came up at the roastery. Thanks!

Alejandro
""",
  heated=False, scenario=None, also=[], first_name="Alejandro", deadline=None,
  note="scheduling one-liner")

E(lang="en", frm="Accounts Payable <ap@hallidaygroup.example>", subj="Invoice BPS-2026-131 \u2013 PO number required",
  date=d(2026, 11, 25, 14, 30, -300),
  body="""Dear Brightpath Studio,

We have received invoice BPS-2026-131 dated 20 November 2026. Unfortunately we are unable to process it as it does not reference a valid purchase order.

Please reissue the invoice quoting PO-88213 and send it to ap@hallidaygroup.example. Payment terms are net 30 from receipt of a valid invoice.

Kind regards,
Accounts Payable Team
Halliday Group Inc.

CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message.
""",
  heated=False, scenario=None, also=[], first_name=None, deadline=None,
  note="role sender, polite invoice question, legal disclaimer")

E(lang="en", frm="Lachlan McKenzie <lachie@mckenzievineyards.example>", subj="photos + wine club date",
  date=d(2026, 11, 12, 16, 40, 630),
  body="""G'day Jamie,

Quick one \u2014 the photos from the vintage shoot are in the Dropbox folder now, about 120 of them. Pick whatever works, you've got a better eye than me.

Also, the wine club launch has been pushed back to 15 January, so no rush at all on the members' page. Enjoy the breathing room!

Cheers,
Lachie

-- 
Lachlan McKenzie
McKenzie Family Vineyards, Clare Valley
""",
  heated=False, scenario=None, also=[], first_name="Lachlan", deadline=None,
  note="AU project update; launch date named but explicitly no deadline")

E(lang="en", frm='"Nakamura, Yuki" <yuki.nakamura@harborlineferries.example>', subj="Final logo files",
  date=d(2026, 11, 24, 22, 45, -480),
  body="""Hi Jamie,

Sorry for the late-night email. Could you send over the final logo files (SVG, PNG and the PDF for print) by end of day tomorrow? Our printer needs them first thing Thursday for the signage.

Many thanks,
Yuki

Yuki Nakamura | Marketing Manager | Harborline Ferries

Sent from Outlook for iOS
""",
  heated=False, scenario=None, also=[], first_name="Yuki", deadline="2026-11-25",
  note="calm deadline; -0800 late evening, UTC already 25th, tomorrow=25th local")

E(lang="en", frm="Gwen Harris <gwen@harristravel.example>", subj="Maintenance retainer \u2013 notice",
  date=d(2026, 12, 1, 10, 5, 0),
  body="""Hi Jamie,

I wanted to let you know that we'll be bringing website maintenance in-house from the new year, now that we've hired a full-time developer. As per clause 9 of our agreement, please treat this as our 30 days' notice to cancel the retainer.

It's been a pleasure working with you all. Could you let me know what you need from us for the handover?

Best,
Gwen

Gwen Harris
Operations Director, Harris Travel
""",
  heated=False, scenario=None, also=[], first_name="Gwen", deadline=None,
  note="hard negative: 'cancel' with contractual notice, friendly")

E(lang="en", frm="Prof. Eleanor Whitcombe <e.whitcombe@bridgeford.example>",
  subj="Following yesterday's committee presentation", date=d(2026, 12, 3, 11, 30, 0), kind="alt",
  body="""Dear Jamie,

Many thanks for presenting to the Research Communications Committee yesterday. The committee was very positive about the direction, and particularly liked the project-finder prototype.

One critical point came up: the site must meet WCAG 2.2 AA. For a public university this is a legal requirement rather than a nice-to-have, so please factor the audit and any remediation into the revised proposal.

Could we have the revised proposal by 15 December? That would allow the committee to approve it at its January meeting.

With best wishes,
Eleanor

Professor Eleanor Whitcombe
Pro-Vice-Chancellor (Research Engagement)
University of Bridgeford
""",
  heated=False, scenario=None, also=[], first_name="Eleanor", deadline="2026-12-15",
  note="hard negative: 'critical', 'legal requirement'; title Prof.")

E(lang="en", frm="Isla Mackay <isla@mackaydistillery.example>", subj="RE: FINAL_FINAL_v3 - approved",
  date=d(2026, 12, 4, 12, 1, 0), reply=True,
  body="""Jamie \u2014 approved! Go ahead and send to print. ASAP is great but no panic, the launch isn't till February.

Isla
""",
  heated=False, scenario=None, also=[], first_name="Isla", deadline=None,
  note="short approval, ASAP without pressure")

E(lang="en", frm="Wendy Liu <wendy@liuacupuncture.example>", subj="Re: Launch date",
  date=d(2026, 12, 9, 18, 20, -480), reply=True,
  body="""Hi Jamie,

Thanks for letting me know about the delay. I'll admit I was a little disappointed \u2014 I'd already told a few patients \u2014 but I understand the payment provider issue is outside your control, and I really appreciate the heads-up rather than finding out on the day.

Let's go with the new date you proposed. Is there anything you need from me in the meantime?

Warm regards,
Wendy
""",
  heated=False, scenario=None, also=[], first_name="Wendy", deadline=None,
  note="mild disappointment, accepting and constructive")

E(lang="en", frm="UptimeBot Alerts <alerts@uptimebot.example>",
  subj="[DOWN] CRITICAL: mckenzievineyards.example is DOWN (HTTP 503)",
  date=d(2026, 12, 6, 3, 14, 0),
  extra={"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
  body="""Monitor: McKenzie Vineyards \u2013 homepage
Status: DOWN
Reason: HTTP 503 Service Unavailable
Started: 2026-12-06 03:09:41 UTC
Checked from: Frankfurt, London, Sydney

We will notify you when the monitor is back UP.

You are receiving this alert because you are listed as a contact for this monitor.
Manage notifications: https://uptimebot.example/settings
""",
  heated=False, scenario=None, also=[], first_name=None, deadline=None,
  note="automated monitoring alert in caps")

E(lang="en", frm="Margaret Osei <m.osei@oseiconsulting.example>", subj="Round 2 feedback",
  date=d(2026, 12, 7, 10, 20, 0),
  body="""Hi Jamie,

Thanks for round two \u2014 it's definitely moving in the right direction, and the navigation is much clearer than before.

A few notes:
1. The hero image feels a little generic. Could we try one of our own team photos instead? I'll send a few over.
2. The services page is quite text-heavy. Perhaps break it into sections with short headings?
3. I'm not completely sold on the green accent colour, but I'm open to being persuaded if you feel strongly.

Could you send the revised version by Friday the 11th? Happy to jump on a call if anything's unclear.

Best wishes,
Margaret

Margaret Osei
Osei Consulting
""",
  heated=False, scenario=None, also=[], first_name="Margaret", deadline="2026-12-11",
  note="constructive mild critique with deadline")

# ---------------------------------------------------------------------------
# GERMAN — heated
# ---------------------------------------------------------------------------

E(lang="de", frm="Dr. Hans-Joachim Bergmann <hj.bergmann@praxis-bergmann.example>",
  subj="Online-Terminbuchung \u2013 letzte Frist", date=d(2026, 11, 30, 8, 12, 60),
  body="""Guten Tag Jamie Rivera,

seit der Umstellung auf das neue Buchungssystem kommen Online-Termine nicht zuverl\u00e4ssig in unserem Praxiskalender an. Patienten erscheinen zu Terminen, von denen wir nichts wissen, andere warten vergeblich auf eine Best\u00e4tigung. Ich habe Sie hier\u00fcber bereits am 12. und am 19. November informiert, ohne dass sich etwas ge\u00e4ndert h\u00e4tte.

Ich setze Ihnen hiermit eine letzte Frist bis zum 4. Dezember 2026. Sollte der Fehler bis dahin nicht vollst\u00e4ndig behoben sein, werde ich die Angelegenheit meinem Rechtsanwalt \u00fcbergeben und Schadensersatz f\u00fcr die ausgefallenen Behandlungen geltend machen.

Mit freundlichen Gr\u00fc\u00dfen
Dr. med. Hans-Joachim Bergmann
Facharzt f\u00fcr Orthop\u00e4die
Praxis Dr. Bergmann \u00b7 Lindenstra\u00dfe 14 \u00b7 30159 Hannover
Tel. 0511 555 0187
""",
  heated=True, scenario="legal_threat", also=["blame"], first_name="Hans-Joachim", deadline="2026-12-04",
  note="formal Sie, Frist + Anwalt + Schadensersatz")

E(lang="de", frm="Kai Brandst\u00e4tter <kai@brandstaetter-bikes.example>", subj="Shop",
  date=d(2026, 11, 21, 22, 37, 60),
  body="""Hey Jamie,

ehrlich jetzt? Der Shop ist seit dem Launch eine einzige Baustelle. Warenkorb leert sich von selbst, die Gr\u00f6\u00dfentabelle ist verrutscht, PayPal geht mal und mal nicht. Ich hab keinen Bock mehr, das jeden Tag einzeln zu melden.

Ich will, dass das Ding komplett neu aufgesetzt wird, und zwar ordentlich diesmal. Wenn nicht, schreib ich genau das \u00fcberall hin, wo Radfahrer lesen: Google, Trustpilot, die ganzen Foren. Dann wissen die Leute wenigstens Bescheid.

Kai

Von meinem iPhone gesendet
""",
  heated=True, scenario="legal_threat", also=["blame", "general_dissatisfaction"], first_name="Kai",
  deadline=None, note="du, redo demand + public review threat")

E(lang="de", frm="Frau Schneider <b.schneider@schneider-immobilien.example>",
  subj="Widerspruch Rechnung Nr. 2026-118", date=d(2026, 11, 18, 15, 44, 60),
  body="""Sehr geehrte Damen und Herren,

hiermit widerspreche ich Ihrer Rechnung Nr. 2026-118 vom 10.11.2026 in voller H\u00f6he.

Die im Angebot vom September zugesagten Leistungen \u2013 insbesondere die Expos\u00e9-Vorlagen und die Anbindung an unser Maklerportal \u2013 wurden bis heute nicht erbracht. F\u00fcr nicht erbrachte Leistungen werde ich keine Zahlung leisten.

Dar\u00fcber hinaus fordere ich Sie auf, die bereits geleistete Anzahlung in H\u00f6he von 1.200,00 \u20ac innerhalb von 14 Tagen auf unser Gesch\u00e4ftskonto zur\u00fcckzuerstatten.

Mit freundlichen Gr\u00fc\u00dfen
B. Schneider
Schneider Immobilien e.K.
""",
  heated=True, scenario="refund_demand", also=["blame"], first_name=None, deadline="2026-12-02",
  note="formal invoice dispute + refund; 'Frau' + surname only -> null; 14 Tage = +14 days")

E(lang="de", frm="Murat Y\u0131ld\u0131z <murat@yildiz-grill.example>", subj="Rechnung",
  date=d(2026, 11, 20, 23, 5, 60),
  body="""Hallo Jamie,

ich zahl die Rechnung so nicht. Die Speisekarte online hat immer noch die Preise vom letzten Jahr, und die Leute meckern dann bei MIR an der Theke. F\u00fcr sowas soll ich 900 Euro zahlen? Vergiss es.

Entweder ihr zieht das runter oder ich zahl gar nix. Schick mir innerhalb von 48 Stunden eine neue Rechnung.

Murat
""",
  heated=True, scenario="refund_demand", also=["blame"], first_name="Murat", deadline="2026-11-22",
  note="du, refuses invoice, 48 Stunden; Turkish dotless i")

E(lang="de", frm="Anna Weber | Weber GmbH <a.weber@weber-gmbh.example>", subj="AW: Freigabe Newsletter KW 48",
  date=d(2026, 11, 24, 16, 20, 60), reply=True,
  body="""Hallo Jamie,

der Newsletter ist heute Morgen mit den Preisen aus der Testversion an rund 8.000 Kunden rausgegangen \u2013 30 % zu niedrig. Wir haben jetzt Dutzende Bestellungen zu Preisen, zu denen wir nicht liefern k\u00f6nnen.

Das war Ihr Template und Ihr Versand. Wie so etwas durch die Kontrolle rutschen kann, ist mir ein R\u00e4tsel. Ich erwarte bis morgen fr\u00fch eine Erkl\u00e4rung, wie das passiert ist und was Sie k\u00fcnftig dagegen tun.

Anna Weber
Leitung Marketing

Weber GmbH \u00b7 Industriestra\u00dfe 22 \u00b7 70565 Stuttgart
Tel. +49 711 555 0142 \u00b7 www.weber-gmbh.example
Gesch\u00e4ftsf\u00fchrer: Dr. Klaus Weber \u00b7 Amtsgericht Stuttgart HRB 123456

Diese E-Mail kann vertrauliche und/oder rechtlich gesch\u00fctzte Informationen enthalten. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrt\u00fcmlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.

Von: Jamie Rivera <jamie@brightpath.example>
Gesendet: Montag, 23. November 2026 17:48
An: Anna Weber <a.weber@weber-gmbh.example>
Betreff: Freigabe Newsletter KW 48

Hallo Frau Weber,

anbei der Newsletter f\u00fcr KW 48 zur finalen Freigabe. Die Preise habe ich aus der Tabelle vom Freitag \u00fcbernommen. Sobald Sie freigeben, planen wir den Versand f\u00fcr Dienstag, 7 Uhr ein.

Viele Gr\u00fc\u00dfe
Jamie Rivera
""",
  heated=True, scenario="blame", also=[], first_name="Anna", deadline="2026-11-25",
  note="name | company, German Outlook quote, legal disclaimer footer, bis morgen frueh")

E(lang="de", frm="Lena Hoffmann <lena@hoffmann-yoga.example>", subj="Keine Buchungsbest\u00e4tigungen mehr!!",
  date=d(2026, 11, 26, 7, 30, 60),
  body="""Jamie,

seit gestern Nachmittag kommen bei keinem einzigen Kunden mehr Buchungsbest\u00e4tigungen an. Null. Was habt ihr da schon wieder verstellt??

(Wir haben gestern zwar das Passwort vom Info-Postfach ge\u00e4ndert, aber das hat damit ja wohl nichts zu tun.)

Das muss heute noch laufen, ich hab heute Abend und morgen fr\u00fch volle Kurse und keiner wei\u00df, ob er angemeldet ist.

Lena
""",
  heated=True, scenario="blame", also=[], first_name="Lena", deadline="2026-11-26",
  note="du, blames agency for failure likely on own side; heute noch = same day")

E(lang="de", frm="Thomas Kruse <thomas.kruse@kruse-logistik.example>",
  cc="Gesch\u00e4ftsf\u00fchrung Brightpath <management@brightpath.example>",
  subj="Eskalation: Ausfall Kundenportal am 03.12.", date=d(2026, 12, 4, 9, 2, 60),
  body="""Sehr geehrte Damen und Herren,

ich schreibe Ihnen in Kopie an Ihre Gesch\u00e4ftsf\u00fchrung, da meine bisherigen Nachrichten an Jamie Rivera ohne greifbares Ergebnis geblieben sind.

Unser Kundenportal war gestern von 8:00 bis 14:30 Uhr nicht erreichbar. In dieser Zeit konnten unsere Kunden weder Sendungen verfolgen noch Abholauftr\u00e4ge erteilen. Der Ausfall f\u00e4llt zeitlich exakt mit dem von Ihrer Agentur eingespielten Update zusammen; eine Ank\u00fcndigung oder ein Wartungsfenster gab es nicht.

Das ist nun der zweite Vorfall dieser Art innerhalb eines Monats. Ich erwarte eine schriftliche Stellungnahme zur Ursache sowie einen verbindlichen Plan, wie derartige Ausf\u00e4lle k\u00fcnftig ausgeschlossen werden.

Mit freundlichen Gr\u00fc\u00dfen

Thomas Kruse
Leiter IT
Kruse Logistik GmbH & Co. KG
""",
  heated=True, scenario="blame", also=["general_dissatisfaction"], first_name="Thomas", deadline=None,
  note="formal escalation to management, cold blame; date in subject is past")

E(lang="de", frm="Ing. Franz Gruber <f.gruber@gruber-bau.example>", subj="Angebot Phase 2",
  date=d(2026, 11, 17, 10, 45, 60), kind="alt",
  body="""Gr\u00fc\u00df Gott,

ich habe mir Ihr Angebot f\u00fcr Phase 2 noch einmal in Ruhe angeschaut. Ehrlich gesagt: So geht das nicht. Ausgemacht waren 8.500 \u20ac, jetzt kommen Sie mit 11.200 \u20ac daher. Ein Mitbewerber aus Linz macht uns das um gut die H\u00e4lfte.

Wenn wir da nicht deutlich runterkommen, werden wir uns nach jemand anderem umschauen m\u00fcssen. Das w\u00e4re schade, aber so ist es.

Mit freundlichen Gr\u00fc\u00dfen
Ing. Franz Gruber
Gruber Bau GmbH, Wels
""",
  heated=True, scenario="price_pushback", also=[], first_name="Franz", deadline=None,
  note="Austrian, agreed price, threatens to walk; multipart")

E(lang="de", frm="Sophie Lang <sophie@langundlang.example>", subj="Angebot Unterseiten",
  date=d(2026, 11, 25, 12, 18, 60),
  body="""Hi Jamie,

ehrlich, 3.000 \u20ac f\u00fcr ein paar Unterseiten? Wir sind ein kleines Startup, das wei\u00dft du doch. Mach 2.000 draus und wir sind im Gesch\u00e4ft, sonst wird's ehrlich gesagt schwierig mit uns beiden.

Und bitte nicht wieder mit \u201eWert\u201c und \u201eQualit\u00e4t\u201c argumentieren \U0001F644

Sophie
""",
  heated=True, scenario="price_pushback", also=[], first_name="Sophie", deadline=None,
  note="du, haggling with sarcasm emoji")

E(lang="de", frm="Herr Dr. Vogt <vogt@vogt-consulting.example>", subj="Landingpage Messe \u2013 morgen 12 Uhr",
  date=d(2026, 12, 10, 16, 5, 60),
  body="""Guten Tag,

wir ben\u00f6tigen bis morgen, 12:00 Uhr, eine komplett neue Landingpage f\u00fcr unseren Messeauftritt \u2013 inklusive Anmeldeformular, Tracking und englischer Fassung. Texte und Bilder liefere ich Ihnen heute Abend.

Ich gehe davon aus, dass das f\u00fcr eine Agentur Ihrer Gr\u00f6\u00dfe keine Herausforderung darstellt. Eine Verschiebung ist ausgeschlossen.

Dr. Vogt
Vogt Consulting
""",
  heated=True, scenario="unrealistic_demand", also=[], first_name=None, deadline="2026-12-11",
  note="Thursday afternoon for Friday noon; 'Herr Dr.' + surname -> null")

E(lang="de", frm="Jonas Meier <jonas.meier@meier-foodtruck.example>", subj="App",
  date=d(2026, 11, 16, 11, 20, 60),
  body="""Servus Jamie,

kurz und knapp: F\u00fcr die 500 \u20ac h\u00e4tt ich dann gern noch die App f\u00fcr iOS und Android dazu, die Website ist ja eh schon fertig, das ist dann ja nur noch r\u00fcberkopieren. Bis Ende der Woche w\u00e4r top, wir wollen im Dezember damit auf den Weihnachtsmarkt.

Und bitte komm mir nicht mit \u201egeht nicht\u201c. Andere kriegen das auch hin.

Jonas
""",
  heated=True, scenario="unrealistic_demand", also=["scope_creep"], first_name="Jonas", deadline="2026-11-20",
  note="expects app for website price, Ende der Woche = Friday")

E(lang="de", frm="Katrin Sch\u00e4fer-Lindner <k.schaefer-lindner@schaefer-lindner-stb.example>",
  subj="Abnahme Startseite / fehlende Bereiche", date=d(2026, 12, 2, 14, 50, 60),
  body="""Hallo Jamie,

bevor wir die Startseite abnehmen: Es fehlen noch der Mandantenbereich mit Dokumenten-Upload, die Newsletter-Anmeldung und eine Karriereseite. Das geh\u00f6rt f\u00fcr eine Steuerkanzlei selbstverst\u00e4ndlich dazu und war aus unserer Sicht immer Teil des Pakets.

Ich m\u00f6chte nicht bei jeder Kleinigkeit \u00fcber Mehrkosten diskutieren m\u00fcssen \u2013 das kostet uns beide nur Zeit. Bitte setzen Sie die drei Punkte bis sp\u00e4testens Montag um.

Freundliche Gr\u00fc\u00dfe
Katrin Sch\u00e4fer-Lindner
Sch\u00e4fer-Lindner Steuerberatung
""",
  heated=True, scenario="scope_creep", also=["unrealistic_demand", "misunderstanding"],
  first_name="Katrin", deadline="2026-12-07", note="Sie, extra features as included, bis spaetestens Montag")

E(lang="de", frm="Felix Nowak <felix@nowak-studio.example>",
  subj="Re: Angebot Visitenkarten & Social-Media-Vorlagen", date=d(2026, 11, 19, 19, 11, 60), reply=True,
  body="""Jamie, ich hab dir von Anfang an gesagt, dass das Logo-Redesign mit reingeh\u00f6rt. Und die Visitenkarten. Und die Vorlagen f\u00fcr Insta. Warum kommst du jetzt jedes Mal mit einem neuen Angebot um die Ecke? Langsam nervt's echt.

Felix

Am Do., 19. Nov. 2026 um 10:02 Uhr schrieb Jamie Rivera <jamie@brightpath.example>:
> Hallo Felix,
>
> wie besprochen hier das Angebot f\u00fcr die Visitenkarten und die
> Social-Media-Vorlagen. Beides war nicht Teil des urspr\u00fcnglichen Pakets
> (Logo + Website), deshalb habe ich es separat kalkuliert.
>
> Viele Gr\u00fc\u00dfe
> Jamie
""",
  heated=True, scenario="scope_creep", also=["price_pushback"], first_name="Felix", deadline=None,
  note="du, German Gmail quote, extras demanded as included")

E(lang="de", frm="Prof. Dr. Ingrid Hallstein <hallstein@uni-nordheide.example>",
  subj="Ihre Empfehlungen zu den Projekttexten", date=d(2026, 12, 7, 9, 30, 60),
  body="""Sehr geehrte Damen und Herren,

Ihre Empfehlung, die Projektbeschreibungen auf ein Drittel zu k\u00fcrzen und \u201ef\u00fcr Scanner zu schreiben\u201c, halte ich fachlich f\u00fcr nicht haltbar. Unsere Zielgruppe besteht aus Wissenschaftlerinnen und Wissenschaftlern, nicht aus Konsumenten, die nebenbei auf dem Handy bl\u00e4ttern.

Ich frage mich ehrlich gesagt, ob Ihr Team jemals f\u00fcr eine Forschungseinrichtung gearbeitet hat. Wir werden die Texte in voller L\u00e4nge verwenden und bitten darum, dies ohne weitere Diskussion umzusetzen.

Mit freundlichen Gr\u00fc\u00dfen
Prof. Dr. Ingrid Hallstein
Institut f\u00fcr K\u00fcstenforschung, Universit\u00e4t Nordheide
""",
  heated=True, scenario="doubts_expertise", also=[], first_name="Ingrid", deadline=None,
  note="formal, rejects recommendation, questions experience; Prof. Dr.")

E(lang="de", frm="MAX KELLERMANN <max@kellermann-kfz.example>", subj="entwurf",
  date=d(2026, 11, 10, 17, 58, 60),
  body="""Jamie,

dein Designer hat null Ahnung von unserer Branche. Werkstattkunden wollen keine \u201emoderne Typo\u201c und keine Bilder von Leuten mit Kaffeetassen, die wollen Preise, \u00d6ffnungszeiten und die Telefonnummer. Hab ich jetzt dreimal gesagt.

Macht's einfach so, wie ich's will. Ich wei\u00df, was meine Kunden brauchen, ich mach das seit 25 Jahren.

Max
Kfz-Meisterbetrieb Kellermann
""",
  heated=True, scenario="doubts_expertise", also=["general_dissatisfaction"], first_name="Max", deadline=None,
  note="du, ALL CAPS display name, overrides designer")

E(lang="de", frm="Renate Dahlberg <r.dahlberg@dahlberg-optik.example>", subj="Re: Wartungsvertrag 2027",
  date=d(2026, 11, 13, 10, 40, 60), reply=True,
  body="""Hallo Jamie Rivera,

Sie k\u00fcndigen uns also einfach so zum Jahresende? Nach vier Jahren Zusammenarbeit, per E-Mail, ohne ein einziges Gespr\u00e4ch? Ich muss schon sagen, das ist ein starkes St\u00fcck.

Wer soll sich denn ab Januar um unsere Website k\u00fcmmern? Ich bin wirklich entt\u00e4uscht.

R. Dahlberg
Dahlberg Optik

Am Do., 12. Nov. 2026 um 16:15 Uhr schrieb Jamie Rivera <jamie@brightpath.example>:
> Guten Tag Frau Dahlberg,
>
> kurzer Hinweis: Ihr aktueller Wartungsvertrag l\u00e4uft zum 31.12.2026 aus.
> Wenn Sie verl\u00e4ngern m\u00f6chten, schicke ich Ihnen gern das Angebot f\u00fcr 2027 \u2013
> die Konditionen bleiben unver\u00e4ndert.
>
> Viele Gr\u00fc\u00dfe
> Jamie Rivera
""",
  heated=True, scenario="misunderstanding", also=["general_dissatisfaction"], first_name="Renate", deadline=None,
  note="misread renewal reminder as termination; 31.12. is not a deadline")

E(lang="de", frm="Jana W\u00f6hrle <jana@woehrle-keramik.example>", subj="Ehrliches Feedback",
  date=d(2026, 12, 6, 20, 14, 60), kind="alt",
  body="""Hallo Jamie,

ich muss das jetzt einfach mal loswerden: Ich bin mit dem ganzen Projekt unzufrieden. Die Entw\u00fcrfe f\u00fchlen sich nicht nach uns an, alles zieht sich ewig, und nach jedem Termin bin ich frustrierter als vorher.

Ich kann dir nicht mal genau sagen, was anders sein m\u00fcsste. Aber so hatte ich mir das definitiv nicht vorgestellt.

Jana
W\u00f6hrle Keramik
""",
  heated=True, scenario="general_dissatisfaction", also=[], first_name="Jana", deadline=None,
  note="du, diffuse frustration; multipart")

# ---------------------------------------------------------------------------
# GERMAN — calm
# ---------------------------------------------------------------------------

E(lang="de", frm="Carola Brenner <c.brenner@brenner-events.example>", subj="Stornierung Workshop 9. Dezember",
  date=d(2026, 11, 20, 11, 5, 60),
  body="""Sehr geehrte Damen und Herren,

gem\u00e4\u00df Ziffer 7 Ihrer AGB m\u00f6chten wir den f\u00fcr den 9. Dezember gebuchten UX-Workshop kostenfrei stornieren, da die Absage mehr als 14 Tage vor dem Termin erfolgt. Wir bitten um Erstattung der bereits gezahlten Teilnahmegeb\u00fchr von 1.450 \u20ac auf das Ihnen bekannte Konto.

Hintergrund ist eine interne Umstrukturierung \u2013 mit Ihrer bisherigen Arbeit sind wir sehr zufrieden und kommen im Fr\u00fchjahr gern wieder auf Sie zu.

Mit freundlichen Gr\u00fc\u00dfen
Carola Brenner
Brenner Events GmbH
""",
  heated=False, scenario=None, also=[], first_name="Carola", deadline=None,
  note="hard negative: polite refund per AGB; workshop date is not a deadline")

E(lang="de", frm="Herr Albrecht <albrecht@albrecht-partner.example>", subj="Vertragsentwurf Relaunch",
  date=d(2026, 11, 24, 14, 12, 60),
  body="""Guten Tag,

vielen Dank f\u00fcr den Vertragsentwurf. Unser Rechtsanwalt pr\u00fcft derzeit noch die Haftungsregelung sowie die Klausel zu den Nutzungsrechten an den Entw\u00fcrfen. Das ist bei uns reine Routine bei neuen Dienstleistern, also bitte nicht beunruhigt sein.

Sobald seine Anmerkungen vorliegen, melde ich mich wieder bei Ihnen.

Mit freundlichen Gr\u00fc\u00dfen
Albrecht
Albrecht & Partner Unternehmensberatung
""",
  heated=False, scenario=None, also=[], first_name=None, deadline=None,
  note="hard negative: neutral Rechtsanwalt mention; 'Herr' + surname -> null")

E(lang="de", frm="Miriam \u00d6zdemir <miriam.oezdemir@oezdemir-dental.example>",
  subj="Dringend: \u00d6ffnungszeiten Feiertage", date=d(2026, 12, 15, 8, 40, 60),
  body="""Hallo Jamie,

kleine, aber dringende Bitte: K\u00f6nntest du bis Freitag unsere \u00d6ffnungszeiten \u00fcber die Feiertage auf der Website erg\u00e4nzen? Die Liste h\u00e4ngt an. Sonst stehen wieder Patienten am 24. vor verschlossener T\u00fcr \U0001F605

Danke dir und liebe Gr\u00fc\u00dfe
Miriam
""",
  heated=False, scenario=None, also=[], first_name="Miriam", deadline="2026-12-18",
  note="hard negative: calm 'dringend', bis Freitag from Tuesday")

E(lang="de", frm="Tobi Kr\u00e4mer <tobi@kraemer-brauerei.example>", subj="WAHNSINN!!!",
  date=d(2026, 12, 1, 21, 30, 60),
  body="""JAMIE!!!

Die neue Seite ist der absolute HAMMER!!! Gestern \u00fcber 200 Bestellungen f\u00fcr den Bier-Adventskalender, so viel wie NOCH NIE!!! Der Server hat gehalten, die Leute sind begeistert, ich bin sprachlos.

Danke an das ganze Team, ihr seid die Besten!!! \U0001F37A\U0001F37A\U0001F37A

Tobi
""",
  heated=False, scenario=None, also=[], first_name="Tobi", deadline=None,
  note="hard negative: enthusiastic caps and !!!")

E(lang="de", frm="Sabine Reuter <s.reuter@reuter-hausverwaltung.example>", subj="WG: Beschwerde",
  date=d(2026, 11, 30, 13, 15, 60),
  body="""Hallo Jamie,

zur Info leite ich Ihnen die Nachricht eines Mieters weiter. Sein \u00c4rger richtet sich an uns als Hausverwaltung, nicht an Sie \u2013 er schreibt aber, dass das Kontaktformular bei ihm st\u00e4ndig eine Fehlermeldung anzeigt. K\u00f6nnten Sie sich das bei Gelegenheit einmal anschauen?

Viele Gr\u00fc\u00dfe
Sabine Reuter
Reuter Hausverwaltung

Von: G\u00fcnter Maslowski <g.maslowski@posteo.example>
Gesendet: Sonntag, 29. November 2026 22:41
An: info@reuter-hausverwaltung.example
Betreff: Beschwerde

DAS IST EINE FRECHHEIT! Seit drei Wochen tropft die Heizung, niemand meldet sich, und Ihr tolles Kontaktformular sagt jedes Mal \u201eFehler beim Senden\u201c. Wenn sich bis Mittwoch keiner meldet, schalte ich meinen Anwalt ein und mindere die Miete!!!
""",
  heated=False, scenario=None, also=[], first_name="Sabine", deadline=None,
  note="hard negative: forwarded angry tenant mail (Outlook WG), calm note; Mittwoch belongs to forwarded text")

E(lang="de", frm="Agentur-Insider <newsletter@agentur-insider.example>",
  subj="Wenn der Kunde mit dem Anwalt droht \u2013 5 Tipps f\u00fcr Agenturen", date=d(2026, 12, 3, 7, 0, 60), kind="alt",
  extra={"List-Unsubscribe": "<https://agentur-insider.example/abmelden?id=55e2>",
         "List-Id": "Agentur-Insider Newsletter <newsletter.agentur-insider.example>",
         "Precedence": "bulk"},
  body="""AGENTUR-INSIDER \u00b7 Ausgabe 48/2026

Liebe Leserinnen und Leser,

\u201eIch schalte meinen Anwalt ein!\u201c \u2013 kaum ein Satz sorgt in Agenturen f\u00fcr mehr Puls. In dieser Ausgabe:

\u2022 Eskalation vermeiden: 5 Tipps, bevor es zum Anwalt geht
\u2022 Preisverhandlungen: Warum Rabatte Ihre Marge ruinieren
\u2022 Scope Creep erkennen \u2013 und freundlich Grenzen setzen
\u2022 JETZT ANMELDEN: Webinar \u201eSchwierige Kunden\u201c \u2013 nur noch 20 Pl\u00e4tze!!!

Viel Spa\u00df beim Lesen
Ihre Agentur-Insider-Redaktion

Sie erhalten diesen Newsletter, weil Sie sich auf agentur-insider.example angemeldet haben.
Abmelden: https://agentur-insider.example/abmelden?id=55e2
Impressum: Agentur-Insider Medien GmbH, Hamburg \u00b7 HRB 98765
""",
  heated=False, scenario=None, also=[], first_name=None, deadline=None,
  note="German newsletter, List-Unsubscribe, Precedence bulk")

E(lang="de", frm="Julia Brandt <j.brandt@brandt-moebel.example>", subj="Abwesenheitsnotiz: Entw\u00fcrfe Startseite",
  date=d(2026, 11, 27, 10, 2, 60), reply=True,
  extra={"Auto-Submitted": "auto-replied"},
  body="""Vielen Dank f\u00fcr Ihre Nachricht.

Ich bin bis einschlie\u00dflich 4. Dezember nicht im B\u00fcro und habe nur eingeschr\u00e4nkt Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden F\u00e4llen wenden Sie sich bitte an meinen Kollegen Markus Feld (m.feld@brandt-moebel.example, Tel. 089 555 0119).

Mit freundlichen Gr\u00fc\u00dfen
Julia Brandt
Brandt M\u00f6belmanufaktur
""",
  heated=False, scenario=None, also=[], first_name="Julia", deadline=None,
  note="German out-of-office, Auto-Submitted; return date is not a deadline")

E(lang="de", frm="Buchhaltung M\u00fcller GmbH <buchhaltung@mueller-gmbh.example>",
  subj="Ihre Rechnung Nr. 2026-124 \u2013 fehlende USt-IdNr.", date=d(2026, 12, 9, 9, 55, 60),
  body="""Sehr geehrte Damen und Herren,

bei der Pr\u00fcfung Ihrer Rechnung Nr. 2026-124 vom 1. Dezember ist uns aufgefallen, dass Ihre USt-IdNr. fehlt. Wir bitten um Zusendung einer korrigierten Rechnung, damit wir die Zahlung fristgerecht anweisen k\u00f6nnen.

Vielen Dank und freundliche Gr\u00fc\u00dfe
Ihre Buchhaltung

M\u00fcller GmbH \u00b7 Hauptstra\u00dfe 5 \u00b7 01067 Dresden
Sitz der Gesellschaft: Dresden \u00b7 Registergericht: Amtsgericht Dresden HRB 11223
Diese Nachricht ist vertraulich. Sollten Sie nicht der vorgesehene Empf\u00e4nger sein, ist jede Nutzung untersagt.
""",
  heated=False, scenario=None, also=[], first_name=None, deadline=None,
  note="role sender, polite invoice correction request")

E(lang="de", frm="Stefan Pohl <stefan@pohl-sanitaer.example>", subj="Re: Kontaktformular",
  date=d(2026, 11, 25, 16, 30, 60), reply=True,
  body="""Moin Jamie,

danke f\u00fcr den Anruf heute fr\u00fch, da hab ich mich gestern wohl ein bisschen zu sehr aufgeregt. Passt so, wie du es vorgeschlagen hast \u2013 erst das Formular, dann die Galerie. Machen wir am Donnerstag weiter.

Gru\u00df
Stefan

Am Di., 24. Nov. 2026 um 17:30 Uhr schrieb Jamie Rivera <jamie@brightpath.example>:
> Hallo Stefan,
>
> danke f\u00fcr deine Nachricht, ich verstehe deinen \u00c4rger. Ich rufe dich morgen
> um 8 Uhr an, dann gehen wir die Punkte zusammen durch.
>
> Viele Gr\u00fc\u00dfe
> Jamie
>
> Am Di., 24. Nov. 2026 um 09:12 Uhr schrieb Stefan Pohl <stefan@pohl-sanitaer.example>:
>> Jamie, das ist doch nicht euer Ernst!! Seit einer Woche kommen \u00fcber das
>> Kontaktformular KEINE Anfragen mehr an. Ich verliere hier Auftr\u00e4ge, und
>> ihr meldet euch nicht mal. Wenn das so weitergeht, war's das mit uns.
""",
  heated=False, scenario=None, also=[], first_name="Stefan", deadline=None,
  note="hard negative: calm reply, heated quoted history (German Gmail, nested)")

E(lang="de", frm="lisa.marquardt@web.example", subj="Termin Mittwoch",
  date=d(2026, 12, 14, 8, 22, 60),
  body="""Hi Jamie,

k\u00f6nnen wir den Termin am Mittwoch auf 14 Uhr verschieben? Vormittags klappt's bei mir leider nicht.

LG Lisa
""",
  heated=False, scenario=None, also=[], first_name=None, deadline=None,
  note="bare address (name only in sign-off) -> null; scheduling")

E(lang="de", frm="Dr. Wolfgang Lehmann <w.lehmann@lehmann-stiftung.example>", subj="R\u00fcckmeldung zum zweiten Entwurf",
  date=d(2026, 11, 27, 12, 40, 60),
  body="""Guten Tag Jamie Rivera,

vielen Dank f\u00fcr den zweiten Entwurf, der uns insgesamt gut gef\u00e4llt. Die neue Navigation ist deutlich \u00fcbersichtlicher.

Einige Anmerkungen aus dem Vorstand:
\u2013 Die Schrift im Flie\u00dftext ist f\u00fcr unsere eher \u00e4ltere Zielgruppe etwas klein.
\u2013 Das Blau wirkt auf unseren Bildschirmen recht k\u00fchl; vielleicht l\u00e4sst sich ein w\u00e4rmerer Ton finden.
\u2013 Die Spendenseite sollte direkt von der Startseite aus erreichbar sein.

Wir w\u00fcrden uns \u00fcber eine \u00fcberarbeitete Fassung bis zum 11. Dezember freuen, damit wir sie in der Vorstandssitzung besprechen k\u00f6nnen.

Mit freundlichen Gr\u00fc\u00dfen
Dr. Wolfgang Lehmann
Gesch\u00e4ftsf\u00fchrer, Lehmann-Stiftung
""",
  heated=False, scenario=None, also=[], first_name="Wolfgang", deadline="2026-12-11",
  note="constructive feedback with explicit date")

E(lang="de", frm="Team Hotel Sonnenhof <info@sonnenhof-hotel.example>", subj="Neue Zimmerfotos f\u00fcr die Website",
  date=d(2026, 11, 19, 15, 0, 60), kind="html",
  html="""<html><body>
<p>Liebes Brightpath-Team,</p>
<p>anbei wie besprochen der Link zu den neuen Zimmerfotos (Wellness-Etage und die renovierten Doppelzimmer): <a href="https://cloud.sonnenhof-hotel.example/s/fotos2027">Fotos 2027</a>.</p>
<p>Die Preise f\u00fcr 2027 schicken wir nach, sobald die Gesch\u00e4ftsf\u00fchrung sie freigegeben hat.</p>
<p>Herzliche Gr\u00fc\u00dfe aus dem Allg\u00e4u<br>Ihr Team vom Hotel Sonnenhof</p>
</body></html>
""",
  heated=False, scenario=None, also=[], first_name=None, deadline=None,
  note="HTML-only, role sender, project update")

E(lang="de", frm="Holger Jan\u00dfen <holger.janssen@janssen-fisch.example>", subj="K\u00fcndigung Hosting & Wartung",
  date=d(2026, 12, 7, 10, 10, 60),
  body="""Moin Jamie,

wie am Telefon besprochen k\u00fcndigen wir den Hosting- und Wartungsvertrag fristgerecht zum 31. Dezember. Unser neuer Mutterkonzern macht ab Januar alles zentral, da k\u00f6nnen wir leider nichts machen.

Schick uns bitte bis zum 18. Dezember die Zugangsdaten und einen Export der Datenbank, dann kann die IT in Bremen alles in Ruhe \u00fcbernehmen.

Danke f\u00fcr die richtig gute Zusammenarbeit in den letzten Jahren!

Holger
""",
  heated=False, scenario=None, also=[], first_name="Holger", deadline="2026-12-18",
  note="hard negative: friendly Kuendigung; deadline for handover data")

E(lang="de", frm="Server-Monitoring <monitoring@hostwerk.example>",
  subj="WARNUNG: SSL-Zertifikat f\u00fcr www.dahlberg-optik.example l\u00e4uft in 7 Tagen ab",
  date=d(2026, 12, 2, 4, 0, 60),
  extra={"Auto-Submitted": "auto-generated"},
  body="""Automatische Benachrichtigung \u2013 bitte nicht antworten.

Das SSL-Zertifikat f\u00fcr www.dahlberg-optik.example l\u00e4uft am 09.12.2026 ab.
Verbleibende Zeit: 7 Tage

ACHTUNG: Nach Ablauf zeigen Browser eine Sicherheitswarnung an.

Zertifikat verl\u00e4ngern: https://kunden.hostwerk.example/ssl

Hostwerk GmbH \u00b7 Rechenzentrum Frankfurt
""",
  heated=False, scenario=None, also=[], first_name=None, deadline=None,
  note="automated German monitoring notice, Auto-Submitted")


# ---------------------------------------------------------------------------

SCENARIOS = ["legal_threat", "refund_demand", "blame", "price_pushback", "unrealistic_demand",
             "scope_creep", "doubts_expertise", "misunderstanding", "general_dissatisfaction"]


def text_to_html(text):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + htmlmod.escape(p).replace("\n", "<br>\n") + "</p>")
    return ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Helvetica,Arial,sans-serif\">\n"
            + "\n".join(out) + "\n</body></html>\n")


def domain_of(frm):
    addr = frm.rsplit("<", 1)[-1].rstrip(">") if "<" in frm else frm
    return addr.split("@", 1)[1]


def build(i, e, rnd):
    msg = EmailMessage()
    msg["From"] = e["frm"]
    msg["To"] = TO
    if e.get("cc"):
        msg["Cc"] = e["cc"]
    msg["Subject"] = e["subj"]
    msg["Date"] = format_datetime(e["date"])
    msg["Message-ID"] = "<%s.%d@%s>" % ("%016x" % rnd.getrandbits(64), i, domain_of(e["frm"]))
    if e.get("reply"):
        parent = "<%s@brightpath.example>" % ("%012x" % rnd.getrandbits(48))
        msg["In-Reply-To"] = parent
        msg["References"] = parent
    for k, v in (e.get("extra") or {}).items():
        msg[k] = v
    kind = e.get("kind", "plain")
    if kind == "plain":
        msg.set_content(e["body"])
    elif kind == "alt":
        msg.set_content(e["body"])
        msg.add_alternative(text_to_html(e["body"]), subtype="html")
    elif kind == "html":
        msg.set_content(e["html"], subtype="html")
    else:
        raise ValueError(kind)
    return msg


def main():
    rnd = random.Random(20261123)
    order = list(range(len(EMAILS)))
    random.Random(42).shuffle(order)
    labels = []
    for n, idx in enumerate(order, 1):
        e = EMAILS[idx]
        assert e["heated"] == (e["scenario"] is not None)
        assert e["scenario"] is None or e["scenario"] in SCENARIOS
        assert all(a in SCENARIOS and a != e["scenario"] for a in e["also"])
        if e["deadline"]:
            dt.date.fromisoformat(e["deadline"])
        name = "a%03d.eml" % n
        msg = build(n, e, rnd)
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(msg.as_bytes())
        labels.append({"file": name, "heated": e["heated"], "scenario": e["scenario"], "also": e["also"],
                       "lang": e["lang"], "first_name": e["first_name"], "deadline": e["deadline"],
                       "note": e["note"]})
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")

    # summary
    print("total:", len(labels))
    by = Counter((l["lang"], l["heated"]) for l in labels)
    for lang in ("en", "de"):
        print("%s: heated %d, calm %d" % (lang, by[(lang, True)], by[(lang, False)]))
    sc = Counter((l["scenario"], l["lang"]) for l in labels if l["heated"])
    print("per scenario (en/de):")
    for s in SCENARIOS:
        print("  %-24s %2d / %2d" % (s, sc[(s, "en")], sc[(s, "de")]))
    print("with deadline:", sum(1 for l in labels if l["deadline"]),
          " first_name null:", sum(1 for l in labels if l["first_name"] is None))


if __name__ == "__main__":
    main()
