"""Classes of misses from blind28's development half (e-mail libraries' fixtures: mikel/mail,
closeio/quotequail, nodemailer/mailparser), in a rep's words; each keep side beside it."""

from __future__ import annotations

import pytest

from prepcli.phi import find_phi


def _names(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_phi(text) if s.type == "PATIENT-NAME"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("peux-tu repondre a ce mail ?\nMerci.\nRoger", "Roger"),
        ("Bis morgen.\n\nMit freundlichen Grüßen\nKatrin Vogel", "Katrin Vogel"),
        ("Gracias por todo.\nSaludos,\nMaite", "Maite"),
    ],
)
def test_a_name_under_another_languages_closing_goes(text: str, name: str):
    assert any(name in found for found in _names(text))


@pytest.mark.parametrize("text", ["Merci.\nBonne journée", "Danke!\nbis Montag"])
def test_a_closing_then_words_that_name_nobody_stays(text: str):
    assert _names(text) == []
