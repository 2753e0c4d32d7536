"""split_reply(): the sender's new words apart from quoted history, forwards and signatures, in en/da/fi/de."""

from __future__ import annotations

import pytest

from reply_coach.quotes import split_reply

NEW = "Thanks, that works for us.\n\nSam"
OLD = "THIS IS A DISASTER and I want my money back"

# (client style, text between the new words and the old message)
QUOTE_STYLES = [
    ("gmail en", "On Mon, Nov 23, 2026 at 9:02 AM Jamie Rivera <jamie@brightpath.example> wrote:\n> {old}\n> Jamie"),
    ("gmail en wrapped", "On Mon, Nov 23, 2026 at 9:02 AM Jamie Rivera <\njamie@brightpath.example> wrote:\n\n> {old}"),
    ("apple en", "On 23 Nov 2026, at 09:02, Jamie Rivera <jamie@brightpath.example> wrote:\n\n> {old}"),
    ("bare attribution", "Jamie wrote:\n> {old}"),
    ("outlook en", "-----Original Message-----\nFrom: Jamie Rivera <jamie@brightpath.example>\nSent: Monday, November 23, 2026 9:02 AM\nTo: Sam\nSubject: Re: copy\n\n{old}"),
    ("outlook en underscores", "________________________________\nFrom: Jamie Rivera <jamie@brightpath.example>\nSent: Monday, November 23, 2026 9:02 AM\nTo: Sam Ortiz <sam@x.example>\nSubject: Re: copy\n\n{old}"),
    ("outlook bold", "*From:* Jamie Rivera <jamie@brightpath.example>\n*Sent:* Monday\n*To:* Sam\n*Subject:* copy\n\n{old}"),
    ("gmail da", "Den man. 23. nov. 2026 kl. 09.02 skrev Jamie Rivera <jamie@brightpath.example>:\n> {old}"),
    ("apple da", "Den 23. nov. 2026 kl. 09.02 skrev Jamie Rivera <jamie@brightpath.example>:\n\n> {old}"),
    ("outlook da", "Fra: Jamie Rivera <jamie@brightpath.example>\nSendt: 23. november 2026 09:02\nTil: Sam\nEmne: SV: copy\n\n{old}"),
    ("outlook da original", "-----Oprindelig meddelelse-----\nFra: Jamie\nSendt: 23. november 2026\nTil: Sam\nEmne: copy\n\n{old}"),
    ("gmail fi", "ma 23.11.2026 klo 9.02 Jamie Rivera <jamie@brightpath.example> kirjoitti:\n> {old}"),
    ("apple fi", "Jamie Rivera kirjoitti 23.11.2026 kello 9.02:\n\n> {old}"),
    ("outlook fi", "Lähettäjä: Jamie Rivera <jamie@brightpath.example>\nLähetetty: maanantai 23. marraskuuta 2026 9.02\nVastaanottaja: Sam\nAihe: VS: copy\n\n{old}"),
    ("gmail de", "Am Mo., 23. Nov. 2026 um 09:02 Uhr schrieb Jamie Rivera <jamie@brightpath.example>:\n> {old}"),
    ("apple de", "Am 23.11.2026 um 09:02 schrieb Jamie Rivera <jamie@brightpath.example>:\n\n> {old}"),
    ("outlook de", "-----Ursprüngliche Nachricht-----\nVon: Jamie Rivera <jamie@brightpath.example>\nGesendet: Montag, 23. November 2026 09:02\nAn: Sam\nBetreff: AW: copy\n\n{old}"),
    ("outlook de no separator", "Von: Jamie Rivera <jamie@brightpath.example>\nGesendet: Montag, 23. November 2026 09:02\nAn: Sam\nBetreff: AW: copy\n\n{old}"),
]

FORWARD_STYLES = [
    ("gmail en", "---------- Forwarded message ---------\nFrom: Angry Customer <x@mail.example>\nDate: Mon\n\n{old}"),
    ("apple en", "Begin forwarded message:\n\nFrom: Angry Customer <x@mail.example>\n\n{old}"),
    ("thunderbird", "-------- Forwarded Message --------\nSubject: checkout\n\n{old}"),
    ("gmail da", "---------- Videresendt meddelelse ---------\nFra: Angry Customer <x@mail.example>\n\n{old}"),
    ("apple da", "Start på videresendt besked:\n\nFra: Angry Customer <x@mail.example>\n\n{old}"),
    ("gmail fi", "---------- Välitetty viesti ---------\nLähettäjä: Angry Customer <x@mail.example>\n\n{old}"),
    ("gmail de", "---------- Weitergeleitete Nachricht ---------\nVon: Angry Customer <x@mail.example>\n\n{old}"),
    ("apple de", "Anfang der weitergeleiteten Nachricht:\n\nVon: Angry Customer <x@mail.example>\n\n{old}"),
    ("outlook fw", "________________________________\nFrom: Angry Customer <x@mail.example>\nSent: Monday\nTo: Nora\nSubject: FW: checkout\n\n{old}"),
    ("outlook fi vl", "Lähettäjä: Angry Customer <x@mail.example>\nLähetetty: maanantai\nVastaanottaja: Nora\nAihe: VL: kassa\n\n{old}"),
    ("outlook da vs", "Fra: Angry Customer <x@mail.example>\nSendt: 23. november 2026\nTil: Nora\nEmne: VS: kassen\n\n{old}"),
    ("outlook de wg", "Von: Angry Customer <x@mail.example>\nGesendet: Montag\nAn: Nora\nBetreff: WG: checkout\n\n{old}"),
]


@pytest.mark.parametrize(("style", "history"), QUOTE_STYLES, ids=[s for s, _ in QUOTE_STYLES])
def test_quoted_history_is_separated_from_new_text(style, history):
    split = split_reply(NEW + "\n\n" + history.format(old=OLD))
    assert split.new_text == NEW
    assert "DISASTER" in split.quoted_text
    assert split.forwarded_text == ""


@pytest.mark.parametrize(("style", "block"), FORWARD_STYLES, ids=[s for s, _ in FORWARD_STYLES])
def test_forwarded_block_is_separated_from_new_text(style, block):
    split = split_reply(NEW + "\n\n" + block.format(old=OLD))
    assert split.new_text == NEW
    assert "DISASTER" in split.forwarded_text
    assert "DISASTER" not in split.quoted_text


@pytest.mark.parametrize(
    "footer",
    [
        "Sent from my iPhone",
        "Sent from Outlook for Android",
        "Get Outlook for iOS",
        "Sendt fra min iPhone",
        "Lähetetty iPhonesta",
        "Von meinem iPhone gesendet",
        "Gesendet von Outlook für iOS",
    ],
)
def test_mobile_footer_is_signature(footer):
    split = split_reply(f"Where is the invoice?\n\n{footer}\n\nOn Mon, Jamie <j@x.example> wrote:\n> old")
    assert split.new_text == "Where is the invoice?"
    assert split.signature == footer
    assert "old" in split.quoted_text


def test_dash_dash_space_starts_the_signature():
    split = split_reply("Please call me.\n\nGary\n-- \nGary Whitfield\nNorthfield Auto\n+1 555 0100")
    assert split.new_text == "Please call me.\n\nGary"
    assert split.signature.startswith("--")
    assert "Northfield Auto" in split.signature


def test_sign_off_name_stays_in_new_text():
    assert split_reply("Fix it.\n\nRegards,\nKarl").new_text == "Fix it.\n\nRegards,\nKarl"


def test_sent_from_in_a_sentence_at_the_top_is_not_a_footer():
    text = "Sent from my office PC because my phone died.\nThe site is down.\nPlease call.\nNow.\nGary"
    assert split_reply(text).new_text == text


def test_inline_quotes_are_removed_but_answers_kept():
    split = split_reply("> Can you do Friday?\nYes, Friday works.\n> And the budget?\nSame as before.")
    assert split.new_text == "Yes, Friday works.\nSame as before."
    assert "Can you do Friday?" in split.quoted_text


def test_mentioning_what_someone_wrote_is_not_an_attribution():
    text = "As your colleague wrote:\nthe launch slips again. Not acceptable."
    assert split_reply(text).new_text == text


def test_from_line_without_other_headers_is_ordinary_text():
    text = "From: the desk of Gary\nI want a refund."
    assert split_reply(text).new_text == text


def test_crlf_text_and_empty_text():
    assert split_reply("Hi\r\n\r\n> old\r\n").new_text == "Hi"
    assert split_reply("").new_text == ""


def test_quote_only_message_has_empty_new_text():
    split = split_reply("On Mon, Jamie <j@x.example> wrote:\n> old words")
    assert split.new_text == ""
    assert "old words" in split.quoted_text


def test_many_marker_lookalikes_are_scanned_in_linear_time():
    # Every line looks a bit like an attribution or a header; must finish promptly (no timing assert).
    text = "From: x\nOn something\n" * 50_000 + "Sent from my iPhone\n" * 50_000
    split = split_reply(text)
    assert split.new_text.startswith("From: x")


ATTRIBUTION = "On Mon, Nov 23, 2026 at 9:02 AM Jamie Rivera <jamie@brightpath.example> wrote:"
ANGRY = "This is the THIRD time I ask. Your team is incompetent!!!"


def test_a_bottom_posted_reply_below_the_quote_is_new_text():
    # Was new_text "" (everything after the first attribution counted as quoted): calm.
    split = split_reply(f"{ATTRIBUTION}\n> Can you confirm the launch date?\n> Jamie\n\n{ANGRY}\n\nGary")
    assert split.new_text == f"{ANGRY}\n\nGary"
    assert split.quoted_text == f"{ATTRIBUTION}\n> Can you confirm the launch date?\n> Jamie"


def test_interleaved_answers_are_new_text_and_the_questions_are_quoted():
    split = split_reply(f"{ATTRIBUTION}\n\n> Can you do Friday?\nNo. {ANGRY}\n\n> And the budget?\nSame as before.")
    assert split.new_text == f"No. {ANGRY}\n\nSame as before."
    assert "Can you do Friday?" in split.quoted_text and "And the budget?" in split.quoted_text
    assert ATTRIBUTION in split.quoted_text


def test_a_bottom_post_keeps_its_signature_apart():
    split = split_reply(f"{ATTRIBUTION}\n> old words\n\n{ANGRY}\n\n-- \nGary Whitfield\nNorthfield Auto")
    assert split.new_text == ANGRY
    assert "Northfield Auto" in split.signature


def test_older_history_below_a_bottom_post_is_still_quoted():
    text = (
        f"{ATTRIBUTION}\n> old words\n\n{ANGRY}\n\n"
        "-----Original Message-----\nFrom: Gary\nSent: Monday\nTo: Jamie\nSubject: Re: launch\n\nEVEN OLDER TEXT"
    )
    split = split_reply(text)
    assert split.new_text == ANGRY
    assert "EVEN OLDER TEXT" in split.quoted_text


def test_a_wrapped_attribution_above_a_bottom_post_goes_with_the_quote():
    split = split_reply(f"On Mon, Nov 23, 2026 at 9:02 AM Jamie Rivera <\njamie@brightpath.example> wrote:\n> old\n\n{ANGRY}")
    assert split.new_text == ANGRY and "jamie@brightpath.example> wrote:" in split.quoted_text


def test_an_attribution_without_quote_lines_still_ends_the_new_text():
    # Clients that quote without ">" (the rest of the text is the old message).
    split = split_reply(f"Fine by me.\n\n{ATTRIBUTION}\n\nOLD UNQUOTED TEXT")
    assert split.new_text == "Fine by me." and "OLD UNQUOTED TEXT" in split.quoted_text
