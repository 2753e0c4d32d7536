"""The reply templates: metadata, routing, the user folder, and what every draft does (scenarios.md)."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from reply_coach.config import Identity, Settings
from reply_coach.drafting import build_context, render, render_preview
from reply_coach.errors import TemplateError
from reply_coach.heat import Analysis
from reply_coach.message import Message
from reply_coach.scenarios import DEFAULT_TEMPLATE, HAND_PICKED, SCENARIOS, template_for
from reply_coach.templates_lib import find_template, list_templates, parse_metadata

ALL_TEMPLATES = sorted(set(DEFAULT_TEMPLATE.values()) | set(HAND_PICKED))
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
SIGNATURE = "Jamie Rivera\nBrightpath Studio"


def words_before_signature(text: str, signature: str) -> int:
    head = text.rsplit(signature, 1)[0] if signature else text
    return len(re.findall(r"\S+", head))


def closing_paragraph(text: str) -> str:
    """The last paragraph before the sign-off ("Best regards,")."""
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    sign_off = next(i for i, p in enumerate(paragraphs) if p.startswith("Best regards,"))
    return paragraphs[sign_off - 1]


def client(**changes) -> Message:
    base = Message(
        sender="gary@northfield.example",
        display_name="Gary Whitfield",
        first_name="Gary",
        reply_to=None,
        to=("jamie@brightpath.example",),
        subject="Booking tool",
        date=datetime(2026, 11, 23, 8, 14, tzinfo=timezone.utc),
        message_id="<m1@client.example>",
        in_reply_to=None,
        references=(),
        new_text="The booking tool double-booked my team again. We paid $4,800 for this.",
    )
    return replace(base, **changes)


def analysis(**changes) -> Analysis:
    base = Analysis(
        heated=True, heat=0.8, scenario="blame", signals=(), deadline=None, first_name="Gary", lang="en"
    )
    return replace(base, **changes)


def settings(**identity) -> Settings:
    fields = dict(name="Jamie Rivera", email="jamie@brightpath.example", signature=SIGNATURE)
    fields.update(identity)
    return Settings(identity=Identity(**fields))


# ---------------------------------------------------------------- metadata and routing


def test_every_default_and_hand_picked_template_is_bundled():
    bundled = {t.name for t in list_templates(Settings()) if t.bundled}
    assert set(ALL_TEMPLATES) <= bundled


@pytest.mark.parametrize("name", ALL_TEMPLATES)
def test_every_template_starts_with_a_readable_metadata_header(name):
    info = find_template(name, Settings())
    meta = parse_metadata(info.source)
    assert meta.get("description"), f"{name} has no description"
    assert meta.get("scenarios"), f"{name} declares no scenarios"
    assert info.source.lstrip().startswith("{#")


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_each_scenario_routes_to_a_template_that_declares_it(scenario):
    info = find_template(template_for(scenario), Settings())
    assert scenario in info.scenarios
    assert not info.hand_picked


@pytest.mark.parametrize("name", HAND_PICKED)
def test_hand_picked_templates_are_never_routed_to_automatically(name):
    info = find_template(name, Settings())
    assert info.hand_picked and info.scenarios == ()
    assert name not in DEFAULT_TEMPLATE.values()
    assert name not in {template_for(s) for s in (*SCENARIOS, None, "unknown")}


def test_unknown_template_error_lists_the_available_names():
    with pytest.raises(TemplateError) as e:
        find_template("no_such_template", Settings())
    assert "apology_offer_help" in str(e.value) and "graceful_exit" in str(e.value)


@pytest.mark.parametrize("name", ["../templates/apology_offer_help", "/etc/passwd", "a.b", "", "x" * 100])
def test_template_names_cannot_walk_out_of_the_template_folders(name):
    with pytest.raises(TemplateError):
        find_template(name, Settings())


# ---------------------------------------------------------------- the user folder


def test_user_folder_overrides_a_bundled_template_and_adds_new_ones(tmp_path):
    (tmp_path / "apology_offer_help.j2").write_text(
        "{# scenarios: blame\ndescription: my own apology #}{{ greeting }}\n\nMy own words.\n", encoding="utf-8"
    )
    (tmp_path / "thanks_anyway.j2").write_text(
        "{# scenarios: (hand-picked)\ndescription: a new one #}{{ greeting }} thanks.\n", encoding="utf-8"
    )
    s = replace(settings(), templates_dir=tmp_path)
    infos = {t.name: t for t in list_templates(s)}
    assert infos["apology_offer_help"].origin == f"user folder: {tmp_path}"
    assert infos["apology_offer_help"].description == "my own apology"
    assert infos["thanks_anyway"].hand_picked
    assert infos["deescalate_and_meet"].origin == "bundled"
    ctx = build_context(client(), analysis(), s)
    assert render("apology_offer_help", ctx, s) == "Hi Gary,\n\nMy own words.\n"
    assert render("thanks_anyway", ctx, s) == "Hi Gary, thanks.\n"
    # Without the folder, the bundled text is back.
    assert "My own words" not in render("apology_offer_help", ctx, settings())


def test_preview_shows_source_origin_and_a_sample_rendering(tmp_path):
    p = render_preview("graceful_exit", settings())
    assert p.info.origin == "bundled" and p.source.startswith("{#")
    assert p.rendered.startswith("Hi Alex,") and "{{" not in p.rendered


def test_a_user_template_with_an_unknown_variable_fails_with_a_one_line_error(tmp_path):
    (tmp_path / "typo.j2").write_text("{{ greting }}\n", encoding="utf-8")
    s = replace(settings(), templates_dir=tmp_path)
    with pytest.raises(TemplateError) as e:
        render("typo", build_context(client(), analysis(), s), s)
    assert "typo" in str(e.value) and "greting" in str(e.value) and "\n" not in str(e.value)


def test_a_user_template_with_a_syntax_error_fails_with_a_one_line_error(tmp_path):
    (tmp_path / "broken.j2").write_text("{{ greeting }\n{% if %}\n", encoding="utf-8")
    s = replace(settings(), templates_dir=tmp_path)
    with pytest.raises(TemplateError) as e:
        render("broken", build_context(client(), analysis(), s), s)
    assert "'broken'" in str(e.value) and "\n" not in str(e.value)


def test_templates_run_in_a_sandbox(tmp_path):
    (tmp_path / "escape.j2").write_text("{{ greeting.__class__.__mro__[1].__subclasses__() }}\n", encoding="utf-8")
    s = replace(settings(), templates_dir=tmp_path)
    with pytest.raises(TemplateError):
        render("escape", build_context(client(), analysis(), s), s)


# ---------------------------------------------------------------- what every draft does

COMBINATIONS = list(
    itertools.product(
        ("Gary", None),  # first name
        (None, date(2026, 11, 27)),  # deadline
        ("", "+45 12 34 56 78"),  # phone
        ("Booking tool", ""),  # subject
        ("We paid $4,800 for this.", "No money named."),  # amount or not
        (SIGNATURE, ""),  # signature (empty: nothing configured)
    )
)


@pytest.mark.parametrize("name", ALL_TEMPLATES)
def test_every_template_renders_for_every_context_combination(name):
    for first, deadline, phone, subject, text, signature in COMBINATIONS:
        s = settings(phone=phone, signature=signature, name="Jamie Rivera" if signature else "")
        msg = client(first_name=first, subject=subject, new_text=text, display_name=first or "")
        out = render(name, build_context(msg, analysis(first_name=first, deadline=deadline), s), s)
        where = f"{name} with first_name={first} deadline={deadline} phone={phone!r} subject={subject!r}"
        assert 50 <= words_before_signature(out, s.identity.signature_block) <= 150, where
        assert out.startswith("Hi Gary,\n" if first else "Hello,\n"), where
        assert "None" not in out and "{{" not in out and "{%" not in out, where
        assert "\n\n\n" not in out and "  " not in out, where
        if deadline and "deadline_text" in find_template(name, s).source:
            assert "Friday, November 27" in out, where


@pytest.mark.parametrize("name", ALL_TEMPLATES)
def test_every_draft_ends_with_one_concrete_next_step(name):
    s = settings()
    out = render(name, build_context(client(), analysis(), s), s)
    assert "?" in closing_paragraph(out)


@pytest.mark.parametrize("name", ALL_TEMPLATES)
def test_no_template_shouts(name):
    s = settings(phone="+1 555 0100")
    out = render(name, build_context(client(subject="Broken AGAIN!!!"), analysis(), s), s)
    body = out.rsplit(SIGNATURE, 1)[0]
    assert not re.search(r"\b[A-Z]{2,}\b", body.replace("I ", "")), body
    assert "!!" not in body and "!" not in body


@pytest.mark.parametrize("name", DEFAULT_TEMPLATE.values())
def test_default_templates_acknowledge_the_deadline_or_amount_the_client_named(name):
    s = settings()
    out = render(name, build_context(client(), analysis(deadline=date(2026, 11, 27)), s), s)
    first_paragraphs = "\n\n".join(out.split("\n\n")[:2])
    named = ("Friday, November 27" in first_paragraphs) or ("$4,800" in first_paragraphs)
    echoed = '"Booking tool"' in first_paragraphs or "(\"Booking tool\")" in first_paragraphs
    assert named or echoed, first_paragraphs


@pytest.mark.parametrize("name", ALL_TEMPLATES)
def test_the_wording_of_every_template_fires_no_heat_signal_at_all(name):
    from reply_coach.heat import analyze

    s = settings(phone="+1 555 0100")
    for deadline in (None, date(2026, 11, 27)):
        out = render(name, build_context(client(), analysis(deadline=deadline), s), s)
        verdict = analyze(client(subject="", new_text=out), s.heat_threshold)
        heat_signals = [sig for sig in verdict.signals if sig.weight > 0]  # "own_fault" (an apology) calms, weight 0
        assert not verdict.heated and not heat_signals, verdict.signals


def test_the_refund_template_promises_no_refund():
    s = settings()
    out = render("stand_firm_offer_fix", build_context(client(), analysis(scenario="refund_demand"), s), s).lower()
    assert "refund" not in out and "money back" not in out and "reimburse" not in out


def test_the_legal_template_admits_no_liability_and_threatens_nothing():
    s = settings()
    out = render("deescalate_and_meet", build_context(client(), analysis(scenario="legal_threat"), s), s).lower()
    for phrase in ("our fault", "we are liable", "liability", "lawyer", "sue", "court", "legal action", "my mistake"):
        assert phrase not in out


def test_the_price_template_asks_the_real_concern_and_offers_scope_not_a_discount():
    s = settings()
    out = render("explore_concern_hold_value", build_context(client(), analysis(scenario="price_pushback"), s), s)
    assert "scope" in out and "?" in out
    assert "discount" not in out.lower()


def _ngrams(text: str, n: int) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z']+", text.lower())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the seed articles live in ../shared/seeds")
@pytest.mark.parametrize("name", ALL_TEMPLATES)
def test_templates_are_written_in_our_own_words_not_copied_from_the_seeds(name):
    seeds = set().union(*(_ngrams(p.read_text(encoding="utf-8", errors="replace"), 7) for p in SEEDS.iterdir()))
    source = find_template(name, Settings()).source
    copied = _ngrams(re.sub(r"\{[{%#].*?[}%#]\}", " ", source, flags=re.S), 7) & seeds
    assert not copied, copied
