"""The classes phi_blind16_dev's misses and false positives fell into (issue 18, helper b16),
one test per class: a given name alone where a written clinical document puts the patient or a
relative; a care document's person field ("Client:", "Service user:"); generated patient codes
and NHI numbers, also under a markdown label; where the patient lives (a locality alone, a
supported-living house before its street); and look-alikes that stay: census ethnicity
categories, social care staff by role, a sentence after a temperature's unit, a measurement
under a markdown label. The snippets are in tests/phi_blind16_rounds.py, each round written
before the rules it measures (its public references are in that module's docstring)."""

from __future__ import annotations

import pytest

from prepcli.phi import find_phi
from tests.phi_blind16_rounds import ROUND_1, ROUND_2, ROUND_3
from tests.phi_marked import assert_identifiers_go_and_clinicians_stay, round_snippets

ROUNDS = (ROUND_1, ROUND_2, ROUND_3)
CLASSES = sorted(ROUND_1)


@pytest.mark.parametrize("cls", CLASSES)
def test_blind16_class(cls: str) -> None:
    for marked in round_snippets(ROUNDS, cls):
        assert_identifiers_go_and_clinicians_stay(marked)


# Words in a name's place that are no one: te reo words, a drug, an eponym, a ward sister by
# her surname, a titled surname before a street, a value of everyday words.
@pytest.mark.parametrize(
    "text",
    [
        "Whānau attended the hui with kaumātua.",
        "Levothyroxine's dose increased to 100 mcg.",
        "Tourette's tics are worse this term.",
        "Sister Jones reviewed him on the ward.",
        "Patient presents for review. He lives in a boarding house.",
        "He lives with his wife in Canada.",
        "Seen at Auckland City Hospital, 2 Park Road, Grafton.",
    ],
)
def test_look_alikes_stay(text: str) -> None:
    found = find_phi(text)
    assert all(s.type == "ADDRESS" and "Park Road" in text[s.start : s.end] for s in found)


# Every other mention of a name found so goes too; a field's word that is an English word stays
# elsewhere.
def test_other_mentions() -> None:
    text = (
        "Client: Rangi Tui\nSafety plan made with Ihaia and his mother. Ihaia was calm. Tui sang."
    )
    words = {text[s.start : s.end] for s in find_phi(text)}
    assert words == {"Rangi Tui", "Ihaia"}


# An ethnicity field's value stays only as far as it names peoples: where the line goes on about
# someone (prose after a comma or a dash, a given name in its brackets), the name still goes.
@pytest.mark.parametrize(
    "marked",
    [
        "Ethnicity: White, lives with daughter {N|Jane Okoro} in Leeds.",
        "Race: Black, mother {N|Tamsin Oduya} present at visit.",
        "Ethnic group: Samoan - {N|Losa Vea} attended with her aunt.",
        "Race/Ethnicity: Asian ({N|Priya Raman})",
        "Ethnicity: Mixed (Pakistani and White Canadian)",
        "Ethnicity: Chinese (Hong Kong)",
        "Ethnicity: White (Irish/French Canadian)",
    ],
)
def test_an_ethnicity_value_keeps_peoples_not_people(marked: str) -> None:
    assert_identifiers_go_and_clinicians_stay(marked)
