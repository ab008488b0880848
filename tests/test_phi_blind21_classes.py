"""Classes from the twenty-first blind set's development half (bench/BLIND21-phi.md), written in
new words: a record number that carries its cue joined by a hyphen, a record's code after
"record". The keeps beside it."""

from __future__ import annotations

import pytest

from prepcli.phi import find_phi


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.type) for s in find_phi(text)]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Patient MRN-40071 needs the refill form.", "MRN-40071"),
        ("chart note for mrn-7712093, seen today", "mrn-7712093"),
        # a cue before it still leaves its prefix to the number
        ("MRN: MRN-AZ-44-22119 on the label", "MRN-AZ-44-22119"),
        ("Okafor, Ama  MRN KATH-2231907  - cycle 3", "KATH-2231907"),
        # a record's code after "record": capitals, a hyphen and three digits or more
        ("Reminder for Ama Okafor, test record SCN-0417: arrive by 8am.", "SCN-0417"),
    ],
)
def test_a_record_number_joined_to_its_cue_goes_whole(text: str, number: str) -> None:
    assert (number, "MRN") in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "MRN-negative culture, repeat in 2 weeks.",
        "The MRN field was left blank.",
        "Nothing on record CV-2 as before.",
    ],
)
def test_a_cue_with_no_number_stays(text: str) -> None:
    assert _found(text) == []
