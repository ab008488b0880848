"""The relatives' words have one home (relatives.py): its patterns read every word of its tables,
in any case and with its plural, and the word set that decides whether a pattern runs at all
holds a word of each of its matches."""

from __future__ import annotations

import re

import pytest

from prepcli.phi import relatives, scrub
from prepcli.phi.relatives import RELATIVE_RE, RELATIVE_WORDS, alternation, word_set
from prepcli.phi.spans import words_of


@pytest.mark.parametrize("word", relatives.RELATIVES)
def test_every_relative_is_read_and_gated(word: str) -> None:
    for form in (word, word + "s", word.upper(), word.title()):
        assert RELATIVE_RE.fullmatch(form), form
        assert not words_of(form).isdisjoint(RELATIVE_WORDS), form


def test_carers_are_no_relatives() -> None:
    # paid staff are named like clinicians: only the sites that ask whose a number is add them
    assert not any(RELATIVE_RE.fullmatch(w) for w in relatives.CARERS)


def test_alternation_reads_whole_words_longest_first() -> None:
    rx = re.compile(rf"(?i:{alternation(['nan', 'nanna', 'contact person'])})\b")
    assert rx.match("nanna Ruth").group() == "nanna"
    assert rx.match("Contact  Persons").group() == "Contact  Persons"
    assert rx.fullmatch("nans")
    single = re.compile(alternation(["mor", "moren"], plural=False))
    assert single.fullmatch("moren") and not single.fullmatch("mors")


def test_word_set_holds_the_plural_and_the_last_word() -> None:
    assert word_set(["son", "significant other"]) == {"son", "sons", "other", "others"}
    assert word_set(["datter"], plural=False) == {"datter"}


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        # a relative of each group marks the name after it
        ("Called pt, spoke with her husband Tavita about refills.", "Tavita"),
        ("Datteren Ingrid Olsen ringte om resepten.", "Ingrid Olsen"),
        ("緊急連絡先：長男・佐藤健太 090-1234-5678", "佐藤健太"),
    ],
)
def test_relatives_mark_names(text: str, secret: str) -> None:
    assert secret not in scrub(text).text
