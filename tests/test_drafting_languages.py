"""Drafts in the client's language: Danish, German and Finnish versions of every template."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest

from builders import make_eml
from reply_coach.config import Identity, Settings
from reply_coach.drafting import _attribution, build_context, deadline_text, draft_reply, greeting_for, render
from reply_coach.heat import Analysis, analyze
from reply_coach.message import Message, parse
from reply_coach.scenarios import DEFAULT_TEMPLATE, HAND_PICKED
from reply_coach.templates_lib import find_template, list_templates

ALL_TEMPLATES = sorted(set(DEFAULT_TEMPLATE.values()) | set(HAND_PICKED))
LANGS = ("da", "de", "fi")
SIGNATURE = "Jamie Rivera\nBrightpath Studio"
FRIDAY = date(2026, 11, 27)
GREETING = {"da": ("Hej Mette,", "Hej,"), "de": ("Hallo Mette,", "Guten Tag,"), "fi": ("Hei Mette,", "Hei,")}
DEADLINE = {"da": "fredag den 27. november", "de": "Freitag, 27. November", "fi": "perjantaina 27.11."}
DANISH_EMAIL = make_eml(
    from_="Mette Holm <mette@holm.example>",
    subject="Hjemmesiden",
    date="Tue, 24 Nov 2026 10:14:00 +0100",
    body="Hej Jamie\n\nHjemmesiden er nede IGEN. Det er jeres skyld, og jeg gider ikke høre flere undskyldninger. "
         "Hvis det ikke er løst inden fredag, finder vi et andet bureau.\n\nMette",
)


def settings(**changes) -> Settings:
    base = Settings(identity=Identity(name="Jamie Rivera", email="jamie@brightpath.example", signature=SIGNATURE,
                                      phone="+45 12 34 56 78"))
    return replace(base, **changes)


def client(lang: str, **changes) -> Message:
    base = Message(
        sender="mette@holm.example", display_name="Mette Holm", first_name="Mette", reply_to=None,
        to=("jamie@brightpath.example",), subject="Webshop", date=datetime(2026, 11, 23, 8, 14, tzinfo=timezone.utc),
        message_id="<m1@client.example>", in_reply_to=None, references=(), new_text="Det virker ikke. 4.800 kr.",
        lang=lang,
    )  # fmt: skip
    return replace(base, **changes)


def words_before(text: str) -> int:
    return len(re.findall(r"\S+", text.rsplit(SIGNATURE, 1)[0]))


# ---------------------------------------------------------------- choosing the language


def test_a_danish_client_gets_a_danish_draft_with_danish_greeting_deadline_and_quote_line():
    message = parse(DANISH_EMAIL)
    a = analyze(message)
    assert a.heated and a.lang == "da" and a.deadline == FRIDAY
    d = draft_reply(message, a, settings())
    assert d.language == "da" and d.text.startswith("Hej Mette,\n")
    assert "Den tirs. 24. nov. 2026 kl. 10.14 skrev Mette Holm:" in d.body
    if "deadline_text" in find_template(d.template, settings(), "da").source:
        assert DEADLINE["da"] in d.text
    assert d.review.calm and 50 <= d.review.words <= 150


def test_the_setting_or_the_argument_can_ask_for_english_and_the_message_id_stays_the_same():
    message = parse(DANISH_EMAIL)
    a = analyze(message)
    danish = draft_reply(message, a, settings())
    english = draft_reply(message, a, settings(draft_language="en"))
    forced = draft_reply(message, a, settings(), language="en")
    assert english.language == forced.language == "en" and english.text.startswith("Hi Mette,")
    assert "wrote:" in english.body
    # One original, one draft: the daemon's duplicate check must not depend on the language.
    assert danish.message_id == english.message_id


def test_a_fixed_language_drafts_in_it_for_any_client():
    english_client = client("en", new_text="The site is down again and it is your fault.")
    d = draft_reply(english_client, Analysis(True, 0.8, "blame", (), None, "Mette", "en"), settings(draft_language="de"))
    assert d.language == "de" and d.text.startswith("Hallo Mette,")


def test_a_template_without_a_version_in_the_language_drafts_in_english(tmp_path):
    (tmp_path / "thanks_anyway.j2").write_text(
        "{#- scenarios: (hand-picked)\ndescription: an English-only user template -#}\n{{ greeting }}\n\n"
        + "Thank you for letting me know. " * 12 + "Could we talk on Monday?\n\nBest regards,\n{{ signature }}\n"
    )
    s = settings(templates_dir=tmp_path)
    d = draft_reply(client("da"), Analysis(True, 0.8, "blame", (), None, "Mette", "da"), s, template="thanks_anyway")
    assert d.language == "en" and d.text.startswith("Hi Mette,")


def test_a_users_version_in_a_language_wins_over_the_bundled_one(tmp_path):
    (tmp_path / "da").mkdir()
    (tmp_path / "da" / "apology_offer_help.j2").write_text(
        "{#- scenarios: blame\ndescription: mine -#}\n{{ greeting }}\n\n" + "Tak for din besked. " * 15
        + "Kan vi tale sammen i morgen?\n\nVenlig hilsen\n{{ signature }}\n"
    )
    s = settings(templates_dir=tmp_path)
    info = find_template("apology_offer_help", s, "da")
    assert info.language == "da" and "user folder" in info.origin
    assert find_template("apology_offer_help", s, "de").origin == "bundled"


def test_the_template_list_names_the_languages_of_each_template():
    for info in list_templates(settings()):
        assert info.languages == ("en", "da", "de", "fi"), info.name


# ---------------------------------------------------------------- every localized template


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", ALL_TEMPLATES)
def test_every_localized_template_is_calm_short_greets_and_names_the_deadline(lang, name):
    info = find_template(name, settings(), lang)
    assert info.language == lang and dict(info.meta).get("language") == lang
    english = find_template(name, settings(), "en")
    assert info.scenarios == english.scenarios and info.hand_picked == english.hand_picked
    for first in ("Mette", None):
        for deadline in (None, FRIDAY):
            for phone in ("", "+45 12 34 56 78"):
                s = settings(identity=Identity(name="Jamie Rivera", email="j@b.example", signature=SIGNATURE, phone=phone))
                msg = client(lang, first_name=first, display_name=first or "")
                a = Analysis(True, 0.8, english.scenarios[0] if english.scenarios else None, (), deadline, first, lang)
                out = render(name, build_context(msg, a, s, language=lang), s, lang)
                where = f"{lang}/{name} first={first} deadline={deadline} phone={phone!r}"
                assert out.startswith(GREETING[lang][0 if first else 1] + "\n"), where
                assert 50 <= words_before(out) <= 150, where
                assert "None" not in out and "{{" not in out and "\n\n\n" not in out, where
                verdict = analyze(client(lang, subject="", new_text=out))
                assert not verdict.heated and not [x for x in verdict.signals if x.weight > 0], (where, verdict.signals)
                if deadline and "deadline_text" in info.source:
                    assert DEADLINE[lang] in out, where
                assert "?" in out.rsplit(SIGNATURE, 1)[0], where  # one concrete next step, asked


# ---------------------------------------------------------------- the localized pieces


def test_deadlines_greetings_and_quote_lines_are_written_in_the_drafts_language():
    assert deadline_text(FRIDAY) == "Friday, November 27"
    assert [deadline_text(FRIDAY, lang) for lang in LANGS] == [DEADLINE[lang] for lang in LANGS]
    assert [greeting_for("Mette", lang) for lang in LANGS] == [GREETING[lang][0] for lang in LANGS]
    assert [greeting_for(None, lang) for lang in LANGS] == [GREETING[lang][1] for lang in LANGS]
    sent = client("da", date=datetime(2026, 11, 24, 9, 5, tzinfo=timezone(timedelta(hours=1))))
    assert _attribution(sent, "Mette Holm", "en") == "On Tue, 24 Nov 2026 at 09:05, Mette Holm wrote:"
    assert _attribution(sent, "Mette Holm", "da") == "Den tirs. 24. nov. 2026 kl. 09.05 skrev Mette Holm:"
    assert _attribution(sent, "Mette Holm", "de") == "Am Di., 24. Nov. 2026 um 09:05 schrieb Mette Holm:"
    assert _attribution(sent, "Mette Holm", "fi") == "ti 24.11.2026 klo 9.05 Mette Holm kirjoitti:"
    assert _attribution(client("fi", date=None), "Mette Holm", "fi") == "Mette Holm kirjoitti:"
