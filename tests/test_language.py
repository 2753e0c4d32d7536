"""detect(): en/da/fi/de from a few lines of email, "und" when there is nothing to go on."""

from __future__ import annotations

import pytest

from reply_coach.language import UNDETERMINED, detect


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Call me. Now.", "en"),
        ("Where is my refund? I paid two weeks ago.", "en"),
        ("The site is down again and nobody answers the phone.", "en"),
        ("Hej, kan vi flytte mødet til fredag?", "da"),
        ("Det er jeres skyld, og jeg vil have pengene tilbage.", "da"),
        ("Tak for hjælpen i går", "da"),
        ("Sivusto ei toimi vieläkään. Korjatkaa se heti.", "fi"),
        ("Kiitos nopeasta vastauksesta!", "fi"),
        ("Haluan rahani takaisin tai otan yhteyttä asianajajaan.", "fi"),
        ("Die Webseite funktioniert schon wieder nicht. Das ist inakzeptabel.", "de"),
        ("Ich erwarte eine Antwort bis morgen.", "de"),
        ("Vielen Dank für die schnelle Lieferung!", "de"),
        ("Sehr geehrte Damen und Herren, die Rechnung ist falsch.", "de"),
        ("Unverschämt!", "de"),
        ("Nichts funktioniert", "de"),
        ("Sivusto kaatui taas", "fi"),
        ("Palauttakaa rahat", "fi"),
        ("Hjemmesiden er nede", "da"),
        ("Prisen er alt for høj", "da"),
        ("Site down again", "en"),
    ],
)
def test_detects_the_language_of_short_messages(text, expected):
    assert detect(text) == expected


@pytest.mark.parametrize("text", ["", "   ", "12345 !!! ???", "INV-20931 $49.00 2026-12-01", "https://x.example/a/b"])
def test_too_little_text_is_undetermined(text):
    assert detect(text) == UNDETERMINED


def test_subject_is_the_fallback_when_the_body_says_nothing():
    assert detect("", fallback="Lasku on väärin") == "fi"
    assert detect("+45 12 34 56 78", fallback="Mødet på torsdag") == "da"


def test_body_wins_over_the_subject():
    assert detect("Tak for sidst, vi ses på mandag.", fallback="Re: meeting notes for the week") == "da"


def test_english_words_in_a_danish_mail_do_not_flip_it():
    assert detect("Hej Jamie, jeg har tjekket SSL og DNS, og det virker nu. Kan du også se på SPF?") == "da"


def test_detection_is_deterministic_and_bounded_on_huge_text():
    text = "Das ist nicht gut. " * 100_000
    assert detect(text) == detect(text) == "de"


@pytest.mark.parametrize(
    "sign_off",
    ["Med venlig hilsen\nMette Sørensen", "Venlige hilsner fra Søren", "Ystävällisin terveisin\nPäivi Mäkelä",
     "Mit freundlichen Grüßen\nJörg Müller", "Mvh Søren Ærø"],
)
def test_the_sign_off_and_name_do_not_decide_the_language(sign_off):
    # Audit 2: an English email signed "Med venlig hilsen Mette Sørensen" was Danish.
    text = f"Hi,\n\nwhere is the invoice?\n\n{sign_off}"
    assert detect(text) == "en"


def test_a_short_email_still_counts_its_sign_off():
    assert detect("Tak.\n\nMed venlig hilsen\nMette") == "da"


@pytest.mark.parametrize(
    "text",
    [
        "Hej, jag vill ha pengarna tillbaka. Sidan fungerar inte och ni svarar aldrig.",
        "Bonjour, je ne suis pas content de la facture. Le site ne marche pas.",
        "Bonjour, le site est en panne depuis hier.",
    ],
    ids=["swedish", "french", "french-short"],
)
def test_languages_we_do_not_draft_in_are_undetermined_not_danish_or_english(text):
    assert detect(text) == UNDETERMINED


def test_norwegian_counts_as_danish():
    # Close enough that the Danish word lists help more than "und" would.
    assert detect("Hei, jeg vil ha pengene tilbake. Siden virker ikke og dere svarer aldri.") == "da"
