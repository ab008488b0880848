"""Classes of misses from blind33's development half (PII detectors' and DLP samples'
sentences); values made up in the same shapes."""

from __future__ import annotations

import pytest

from prepcli.phi import find_phi


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.type) for s in find_phi(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # full-width forms, as text written to slip past a filter spells an address
        ("Contact: rtane＠example.org", "rtane＠example.org"),
        ("ｒｔａｎｅ＠ｅｘａｍｐｌｅ．ｏｒｇ please", "ｒｔａｎｅ＠ｅｘａｍｐｌｅ．ｏｒｇ"),
    ],
)
def test_a_full_width_email_goes(text: str, value: str) -> None:
    assert (value, "EMAIL") in _found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The patient's name is quasimodo", "quasimodo"),
        ("hi, my name is teuila", "teuila"),
        ("his name is mark, he called twice", "mark"),
        ("my name is Aroha Ngata and I called", "Aroha Ngata"),
    ],
)
def test_a_name_said_as_one_goes_in_any_case(text: str, value: str) -> None:
    assert (value, "PATIENT-NAME") in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "my name is not important",
        "Her name is on the list",
        "my name is spelled wrong on the card",
        "his name was unknown to the staff",
    ],
)
def test_what_follows_name_is_that_names_no_one_stays(text: str) -> None:
    assert _found(text) == []
