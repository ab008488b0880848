"""The display name beside an e-mail address in a pasted thread (blind22's and blind28's
development halves: e-mail reply parsers' fixtures); values made up in the same shapes."""

from __future__ import annotations

import pytest

from prepcli.phi import find_phi
from prepcli.phi.mail_names import mail_names


def _names(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_phi(text) if s.type == "PATIENT-NAME"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("On Jan 27, 2015, at 11:55 AM, Mark Twain <mark@twain.com> wrote:", "Mark Twain"),
        ("On Jan 27, 2015, at 11:55 AM, Tobin XXX <tobin@xxx.com> wrote:", "Tobin XXX"),
        ("De : Brendan xxx [mailto:brendan.xxx@xxx.com]", "Brendan xxx"),
        ("tir. 18. apr. 2017 kl. 13:09 skrev Ola Qvist <ola@example.com>:", "Ola Qvist"),
        ('From: "Ana de la Cruz" <ana@example.com>', "Ana de la Cruz"),
        ("W dniu 12.03.2024 użytkownik Zoe Qvist <zoe@example.com> napisał:", "Zoe Qvist"),
        ("To: Zorbek <z@example.com>", "Zorbek"),
    ],
)
def test_a_display_name_beside_an_address_goes(text: str, name: str) -> None:
    assert name in _names(text), find_phi(text)


@pytest.mark.parametrize(
    "text",
    [
        # a mailbox of a team or a company, a sentence, a unit in capitals
        "From: Pfizer Medical Information <medinfo@pfizer.com>",
        "From: Mail Delivery Subsystem <MAILER-DAEMON@example.org>",
        "From: Discover Card <newsflash@discover.com>",
        "Please reply to <postmaster@example.com> if this reached you in error.",
        "My email is <foo@example.com>",
        "To: John Doer - SIU <jd@example.com>",
        "From: Test <test@example.com>",
        # the rep's colleagues on a copy line; a clinician after a title
        "Cc: Priya Raman <priya.raman@example.com>",
        "From: Dr. Amara Okafor <a.okafor@clinic.example.org>",
    ],
)
def test_a_mailbox_a_sentence_a_colleague_or_a_clinician_stays(text: str) -> None:
    assert mail_names(text, frozenset()) == [], text


def test_a_products_mailbox_stays() -> None:
    """A display name with the catalogue's product in it is the product's mailbox."""
    text = "From: Lumexa Savings <savings@lumexa.example.com>"
    assert [s.type for s in find_phi(text, keep=frozenset({"Lumexa"}))] == ["EMAIL"]
    assert mail_names(text, frozenset({"Lumexa"})) == []
