"""Classes from the twentieth blind set's development half (bench/BLIND20-phi.md), written in
new words: typographic spaces and hyphens between words, and a town with its state after a
street in a sentence. Each keep beside it."""

from __future__ import annotations

import pytest

from prepcli.phi import find_phi, scrub


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.type) for s in find_phi(text)]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # narrow no-break spaces inside the street, a town and its state after "in"
        (
            "Rafa, a 41\u2011year\u2011old welder living at 58\u202fNW\u202fCedar\u202fBlvd in "
            "Ogden, Utah, called.",
            "58\u202fNW\u202fCedar\u202fBlvd in Ogden, Utah",
        ),
        # a town that is a dictionary's word is a town before its state
        (
            "She lives at 745 North Tamarisk Street in Corona, California with her son.",
            "745 North Tamarisk Street in Corona, California",
        ),
        (
            "Pt lives at 12 Alder Way in Long Beach, CA. Follow-up in May.",
            "12 Alder Way in Long Beach, CA",
        ),
        (
            "home: 9 Birch Court in Lenoir, North\u00a0Carolina; wife drives her",
            "9 Birch Court in Lenoir, North\u00a0Carolina",
        ),
    ],
)
def test_a_street_and_its_town_and_state_go(text: str, address: str) -> None:
    assert (address, "ADDRESS") in _found(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a common word and a state code after a street stay prose
        ("Seen at 12 Oak Street in June, OK then we left.", "in June, OK then"),
        # a university's and a company's names written with no-break spaces are no names
        (
            "She studied at San\u202fDiego\u202fState\u202fUniversity, now at "
            "Coldwell\u202fBanker.",
            "San\u202fDiego\u202fState\u202fUniversity, now at Coldwell\u202fBanker.",
        ),
    ],
)
def test_prose_after_a_street_and_institutions_stay(text: str, kept: str) -> None:
    assert kept in scrub(text).text


def test_typographic_spaces_and_hyphens_are_read_as_plain_ones() -> None:
    text = (
        "Isabel\u00a0Martínez is a 45\u2011year\u2011old translator, born on "
        "January\u202f24\u202f1981."
    )
    out = scrub(text).text
    assert "Isabel" not in out and "Martínez" not in out and "1981" not in out
    # the spans fit the note as written
    assert all(0 <= s.start < s.end <= len(text) for s in find_phi(text))
