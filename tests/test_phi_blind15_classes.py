"""The classes phi_blind15_dev's misses and false positives fell into (issue 18, helper b15),
one test per class: a transcript's speaker prefixes are roles, not name labels (the speech after
"Patient:" or "[patient]" stays unless it gives a name); clinicians introducing themselves by
first name stay; lower-case names by their place in the conversation (a greeting, a dictated
header, a courtesy title); identifiers read out (dates of birth in words, house numbers and UK
postcodes in words, e-mails with "at" and "dot", a record number glued to its cue). The snippets
are in tests/phi_blind15_rounds.py, each round written before the rules it measures (its public
references are in that module's docstring); every class holds look-alikes that must stay."""

from __future__ import annotations

import pytest

from prepcli.phi import find_phi
from tests.phi_blind15_rounds import ROUND_1, ROUND_2, ROUND_3
from tests.phi_marked import assert_identifiers_go_and_clinicians_stay, round_snippets

# Round 3 is never tuned: its misses stay here, with the reason (bench/PHI.md).
_KNOWN: set[str] = set()

ROUNDS = (ROUND_1, ROUND_2, ROUND_3)
CLASSES = sorted(ROUND_1)


@pytest.mark.parametrize("cls", CLASSES)
def test_blind15_class(cls: str) -> None:
    for marked in round_snippets(ROUNDS, cls, _KNOWN):
        assert_identifiers_go_and_clinicians_stay(marked)


def test_known_leftovers_are_still_in_the_rounds() -> None:
    assert set(round_snippets(ROUNDS)) >= _KNOWN


# One "Patient:" line is a chart's field, not a turn: its value is still the patient's name.
@pytest.mark.parametrize(
    "marked",
    [
        "Patient: {N|Jane Roe}\nDOB: {D|03/04/1961}",
        "Doctor: What's your name?\nPatient: {N|Sarah Whitfield}.",
    ],
)
def test_a_field_or_a_bare_answer_is_still_a_name(marked: str) -> None:
    assert_identifiers_go_and_clinicians_stay(marked)


# A date or a house number in words with no birth or address cue before it is no identifier.
@pytest.mark.parametrize(
    "text",
    [
        "Doctor: When did it start?\nPatient: The second of November, nineteen ninety two.",
        "Doctor: How many?\nPatient: Twenty two Paracetamol Road Trips, haha.",
    ],
)
def test_uncued_spoken_dates_and_numbers_stay(text: str) -> None:
    assert find_phi(text) == []
