"""The heat detector as a specification: heated or calm, why, and which scenario.

The table is written independently of the dev corpus, in all four languages
the product supports (en, da, fi, de), with the hard negatives a keyword list
gets wrong.  It guards generalization: tune lexicon.py, not these cases.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from reply_coach.heat import DEFAULT_THRESHOLD, Analysis, Signal, analyze
from reply_coach.message import Message
from reply_coach.scenarios import SCENARIOS

MONDAY = datetime(2026, 11, 23, 9, 30, tzinfo=timezone(timedelta(hours=-5)))


def msg(text: str, subject: str = "Project", lang: str = "en", **extra) -> Message:
    fields = dict(
        sender="client@example.com",
        display_name="Alex Client",
        first_name="Alex",
        reply_to=None,
        to=("jamie@brightpath.example",),
        subject=subject,
        date=MONDAY,
        message_id="<1@example.com>",
        in_reply_to=None,
        references=(),
        new_text=text,
        lang=lang,
    )
    fields.update(extra)
    return Message(**fields)


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
]


@pytest.mark.parametrize("case_id, lang, subject, text, heated, scenarios", CASES, ids=[c[0] for c in CASES])
def test_heat_table(case_id, lang, subject, text, heated, scenarios):
    a = analyze(msg(text, subject=subject, lang=lang))
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
