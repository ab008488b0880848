"""Classes of misses from blind27's development half (freelawproject/juriscraper's court
summaries), written in a rep's words; each keep side beside it."""

from __future__ import annotations

import pytest

from prepcli.phi import find_phi


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.type) for s in find_phi(text)]


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("his daughter M.L. picked up the samples", ["M.L."]),
        ("the court granted permanent custody of K.S. and A.J. to the agency.", ["K.S.", "A.J."]),
        ("R.K. (pt initials only in the office log) - refill due", ["R.K."]),
    ],
)
def test_dotted_initials_a_family_tie_or_a_patients_word_names_go(text, initials):
    assert [(i, "PATIENT-NAME") for i in initials] == [
        f for f in _found(text) if f[1] == "PATIENT-NAME"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "his son JR called back",  # undotted: junior as often
        "Dr. A.B. Smith met the U.S. team",
        "the P.A. (pt advocate) line is open",
        "custody of U.S. citizens is in the news",
        "his son M.D. at Mercy called",
    ],
)
def test_initials_no_family_tie_or_patient_names_stay(text):
    assert not [f for f in _found(text) if f[1] == "PATIENT-NAME" and "." in f[0]]
