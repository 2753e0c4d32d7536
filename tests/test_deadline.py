"""Deadlines the client named, resolved against the email's own Date (and its timezone)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from reply_coach.deadline import find_deadline

EST = timezone(timedelta(hours=-5))
MON = datetime(2026, 11, 23, 11, 14, tzinfo=EST)  # Monday
TUE_DK = datetime(2026, 11, 24, 10, 14, tzinfo=timezone(timedelta(hours=1)))
THU = datetime(2026, 11, 26, 16, 14, tzinfo=EST)
FRI = datetime(2026, 11, 27, 9, 0, tzinfo=EST)

CASES = [
    # English
    ("I want every cent back by Friday or I will dispute the charge.", MON, "en", date(2026, 11, 27)),
    ("Please get it done by this Friday.", MON, "en", date(2026, 11, 27)),
    ("The board meets tomorrow morning and I need it live by then.", THU, "en", date(2026, 11, 27)),
    ("I need this by Friday.", FRI, "en", date(2026, 11, 27)),  # written on a Friday: today
    ("Fix it by EOD.", MON, "en", date(2026, 11, 23)),
    ("I expect a fix by the end of the day.", MON, "en", date(2026, 11, 23)),
    ("Have it ready by the end of the week.", MON, "en", date(2026, 11, 27)),
    ("Send the final files by the end of the month.", MON, "en", date(2026, 11, 30)),
    ("Resolve this within 48 hours.", MON, "en", date(2026, 11, 25)),
    ("I want an answer in 3 days.", MON, "en", date(2026, 11, 26)),
    ("Respond within two days.", MON, "en", date(2026, 11, 25)),
    ("Pay it back before the 3rd.", MON, "en", date(2026, 12, 3)),
    ("I need the new menu by December 5.", MON, "en", date(2026, 12, 5)),
    ("I need the new menu by 5 December.", MON, "en", date(2026, 12, 5)),
    ("Deliver by 12/05.", MON, "en", date(2026, 12, 5)),
    ("We meet next Monday to decide.", MON, "en", date(2026, 11, 30)),
    ("Send it no later than 2026-12-04.", MON, "en", date(2026, 12, 4)),
    ("I need the report by January 5.", datetime(2026, 12, 20, 9, 0, tzinfo=EST), "en", date(2027, 1, 5)),
    # Danish
    ("Hvis det ikke er løst i morgen, finder vi et andet bureau.", TUE_DK, "da", date(2026, 11, 25)),
    ("Det skal være klar inden fredag.", TUE_DK, "da", date(2026, 11, 27)),
    ("Send det senest på fredag.", TUE_DK, "da", date(2026, 11, 27)),
    ("Jeg vil have pengene inden udgangen af måneden.", TUE_DK, "da", date(2026, 11, 30)),
    ("Svar inden for 48 timer.", TUE_DK, "da", date(2026, 11, 26)),
    # Finnish
    ("Korjatkaa tämä huomenna.", TUE_DK, "fi", date(2026, 11, 25)),
    ("Haluan rahat takaisin perjantaihin mennessä.", TUE_DK, "fi", date(2026, 11, 27)),
    ("Vastatkaa viimeistään perjantaina.", TUE_DK, "fi", date(2026, 11, 27)),
    ("Korjaus kolmen päivän kuluessa.", TUE_DK, "fi", date(2026, 11, 27)),
    ("Lasku maksetaan kuun loppuun mennessä.", TUE_DK, "fi", date(2026, 11, 30)),
    # German
    ("Das muss bis Freitag erledigt sein.", TUE_DK, "de", date(2026, 11, 27)),
    ("Ich erwarte eine Antwort bis morgen.", TUE_DK, "de", date(2026, 11, 25)),
    ("Zahlen Sie bis Ende des Monats zurück.", TUE_DK, "de", date(2026, 11, 30)),
    ("Bitte bis zum 5. Dezember liefern.", TUE_DK, "de", date(2026, 12, 5)),
    ("Spätestens am Freitag will ich das sehen.", TUE_DK, "de", date(2026, 11, 27)),
    ("Lieferung bis 3.12.2026, sonst storniere ich.", TUE_DK, "de", date(2026, 12, 3)),
    # A deadline cue beats a bare "tomorrow" that is only news.
    ("The fair opens tomorrow. Fix the form within 48 hours or we cancel.", MON, "en", date(2026, 11, 25)),
    ("Send the banner files by end of day tomorrow.", MON, "en", date(2026, 11, 24)),
    ("I want the fixes EOD tomorrow.", MON, "en", date(2026, 11, 24)),
    ("Ich brauche die Dateien bis morgen früh.", TUE_DK, "de", date(2026, 11, 25)),
    # A weekday after an obligation, without "by".
    ("Jeg forventer, at formularen virker på mandag.", TUE_DK, "da", date(2026, 11, 30)),
    ("Shoppen skal være oppe at køre på torsdag.", TUE_DK, "da", date(2026, 11, 26)),
    ("We need the landing page live on Thursday.", MON, "en", date(2026, 11, 26)),
    ("Die Seite muss am Donnerstag online sein.", TUE_DK, "de", date(2026, 11, 26)),
    ("Sivujen pitää olla valmiina torstaina.", TUE_DK, "fi", date(2026, 11, 26)),
    # A day of the month with its ordinal mark, and Finnish postpositions.
    ("Kan vi få en ny version inden den 15.?", TUE_DK, "da", date(2026, 12, 15)),
    ("Bitte schicken Sie das bis zum 15. an uns.", TUE_DK, "de", date(2026, 12, 15)),
    ("Odotamme korjausta 15. päivään mennessä.", TUE_DK, "fi", date(2026, 12, 15)),
    ("Maksakaa hyvitys 4.12. mennessä.", TUE_DK, "fi", date(2026, 12, 4)),
    # A weekday with a time or "close of business" before it; "until", "at the latest", "til".
    ("Send it by COB Friday.", MON, "en", date(2026, 11, 27)),
    ("I need it by close of business Thursday.", MON, "en", date(2026, 11, 26)),
    ("Have the fixes live by 5pm on Friday.", MON, "en", date(2026, 11, 27)),
    ("Bitte bis 12 Uhr am Freitag liefern.", TUE_DK, "de", date(2026, 11, 27)),
    ("You have until Wednesday to sort this out.", MON, "en", date(2026, 11, 25)),
    ("I want the new draft Thursday at the latest.", MON, "en", date(2026, 11, 26)),
    ("Kan I nå det til fredag?", TUE_DK, "da", date(2026, 11, 27)),
    ("Det skal være rettet til i morgen.", TUE_DK, "da", date(2026, 11, 25)),
    ("Bitte bis diesen Freitag erledigen.", TUE_DK, "de", date(2026, 11, 27)),
    ("Finish the migration by the end of next week.", MON, "en", date(2026, 12, 4)),
    ("Das muss bis Ende nächster Woche stehen.", TUE_DK, "de", date(2026, 12, 4)),
    # Finnish without a number, by tomorrow morning, imperatives with a weekday.
    ("Vaadimme ennakkomaksun palauttamista viikon sisällä.", TUE_DK, "fi", date(2026, 12, 1)),
    ("Korjatkaa lomake huomisaamuun mennessä.", TUE_DK, "fi", date(2026, 11, 25)),
    ("Kerro maanantaina, miten etenemme.", TUE_DK, "fi", date(2026, 11, 30)),
    # "by EOD tomorrow", a request for today, a date named for "in time for".
    ("Send the fix by EOD tomorrow, latest.", MON, "en", date(2026, 11, 24)),
    ("Could you sign the DPA today if at all possible?", MON, "en", date(2026, 11, 23)),
    ("Kan du nå at skrive under i dag?", TUE_DK, "da", date(2026, 11, 24)),
    ("We need the banners in time for the launch on the 18th.", MON, "en", date(2026, 12, 18)),
    # "by then" pointing back at a date, and losing to an explicit date named after it.
    ("We close the year on 18 December, so could you send it by then?", MON, "en", date(2026, 12, 18)),
    ("Vi lukker året den 21., kan du sende den inden da?", TUE_DK, "da", date(2026, 12, 21)),
    ("The investors meet on 11 December and the app must be live by then, so publish it by the 10th.", MON, "en",
     date(2026, 12, 10)),
]


@pytest.mark.parametrize("text, sent, lang, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_deadline_phrases_resolve_against_the_email_date(text, sent, lang, expected):
    found = find_deadline(text, sent, lang)
    assert found is not None, text
    assert found[0] == expected
    assert found[1] in text  # the words it was read from


NOT_DEADLINES = [
    ("I'm out of the office until December 2 with limited access to email.", MON, "en"),
    ("Your invoice INV-20931 for $49.00 is due on 2026-12-01.", MON, "en"),
    ("Where should our team park on Thursday for the workshop?", MON, "en"),
    ("Kan vi flytte mødet på torsdag til kl. 14? Ellers passer fredag også fint.", TUE_DK, "da"),
    ("Guten Morgen, anbei die Unterlagen.", TUE_DK, "de"),
    ("God morgen Jamie, tak for sidst.", TUE_DK, "da"),
    ("Kiitos nopeasta toimituksesta.", TUE_DK, "fi"),
    ("Deliver by 12/05.", MON, "da"),  # 12 May or 5 December? Outside US English, do not guess
    ("Die Leistungen wurden bis heute nicht erbracht.", TUE_DK, "de"),  # "to date", not "by today"
    ("Vi ses på mandag til workshoppen.", TUE_DK, "da"),  # a meeting: no obligation
    ("See you on Thursday at the launch.", MON, "en"),
    ("Call me before 5 pm if you can.", MON, "en"),  # a time of day, not the 5th
    ("I'm away until Friday, back Monday.", MON, "en"),  # an absence, not a deadline
    ("I expect an explanation today.", MON, "en"),  # a demand for an answer, not a deadline for work
    ("Vi sender det til kunden og går til frokost.", TUE_DK, "da"),  # "til" + not a weekday
    ("", MON, "en"),
]


@pytest.mark.parametrize("text, sent, lang", NOT_DEADLINES, ids=[c[0][:40] or "empty" for c in NOT_DEADLINES])
def test_dates_that_are_not_deadlines_are_ignored(text, sent, lang):
    assert find_deadline(text, sent, lang) is None


def test_relative_deadlines_use_the_senders_timezone_not_utc():
    late_in_helsinki = datetime(2026, 11, 24, 23, 30, tzinfo=timezone(timedelta(hours=2)))  # 21:30 UTC
    assert find_deadline("I need it tomorrow.", late_in_helsinki)[0] == date(2026, 11, 25)
    early_in_new_york = datetime(2026, 11, 24, 20, 30, tzinfo=EST)  # already the 25th in UTC
    assert find_deadline("I need it tomorrow.", early_in_new_york)[0] == date(2026, 11, 25)


def test_without_a_date_only_absolute_deadlines_resolve():
    assert find_deadline("Fix it by Friday.", None) is None
    assert find_deadline("Fix it tomorrow.", None) is None
    assert find_deadline("Fix it by 2026-12-04.", None)[0] == date(2026, 12, 4)
    assert find_deadline("Fix it by December 4, 2026.", None)[0] == date(2026, 12, 4)


def test_the_first_deadline_named_wins():
    assert find_deadline("Send a draft by Wednesday and the final by Friday.", MON)[0] == date(2026, 11, 25)


def test_impossible_dates_are_skipped_not_raised():
    assert find_deadline("Deliver by February 31.", MON) is None
    assert find_deadline("Bitte bis 45.13. liefern.", TUE_DK, "de") is None


def test_how_long_something_takes_is_not_a_deadline_but_within_is():
    assert find_deadline("My nephew could build this in a day.", MON) is None
    assert find_deadline("Fix it within a day.", MON)[0] == date(2026, 11, 24)
