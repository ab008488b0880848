"""A patient register's row pasted with no header (blind25's and blind19's development halves:
health-software fixtures): the neighbouring name cells go; a product's, a place's or a code's
cells stay. Values are made up in the sources' shapes."""

from __future__ import annotations

import pytest

from prepcli.phi import find_phi
from prepcli.phi.headerless_rows import row_names
from prepcli.phi.names import name_lists


def _names(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_phi(text) if s.type == "PATIENT-NAME"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ('"4010232137","Z100009","TEAPOT","Margaret","1951-04-02","F","2019-03-01 10:00:00"',
         ["TEAPOT", "Margaret"]),
        ("Ellory,Daniel,dan@example.com,male,202-555-0101,\"12 Penn St\"", ["Ellory,Daniel"]),
        ("MRN,x\n12,y\nOKAFOR,Grace,,,1960-02-03,F,unknown,,,", ["OKAFOR,Grace"]),
        # a given name that is a town's too ("Kelly")
        ('"0029901405","Z5000990","OKONJO","Kelly","1980-01-01","F"', ["OKONJO", "Kelly"]),
        # spaces inside a cell's quotes
        ('" OKONJO ","Kelly",1980-01-01,F,x', ["OKONJO", "Kelly"]),
    ],
)  # fmt: skip
def test_row_names(text: str, names: list[str]) -> None:
    assert _names(text) == names, find_phi(text)


@pytest.mark.parametrize(
    "text",
    [
        # places, a product and its maker, state codes
        "Paris,France,2024-01-01,M,site visit",
        "Humira,Abbvie,Pen,2024-01-01,40mg",
        "WA,NT,FL,NA,2024-01-01,F,shipped",
        # too few cells for a row, or no date or sex in it
        "Grace, Daniel, 2024-01-01, F",
        "Reorder,Glyvance,Daniel,ROSE,Pending,Shipped",
    ],
)
def test_lookalikes_stay(text: str) -> None:
    first, last = name_lists()
    assert row_names(text, first, last, frozenset()) == [], text


def test_blocked_words_stay() -> None:
    """A cell the caller blocks (a catalogue's product, a word that is no name) is no name."""
    first, last = name_lists()
    row = "Kit,Lot,FL,NA,2024-01-01,F,shipped"
    assert len(row_names(row, first, last, frozenset())) == 2
    assert row_names(row, first, last, frozenset({"kit"})) == []


def _typed(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.type) for s in find_phi(text)]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # the NHS number and the hospital number that open the person's row
        ('"4010232137","Z100009","TEAPOT","Margaret","1951-04-02","F"', ["4010232137", "Z100009"]),
        ("00412883,OKAFOR,Grace,,,1960-02-03,F", ["00412883"]),
        # a row's counter and a year are no record numbers
        ("12,2019,OKAFOR,Grace,1960-02-03,F", []),
    ],
)  # fmt: skip
def test_codes_before_the_name_are_record_numbers(text: str, codes: list[str]) -> None:
    assert [v for v, t in _typed(text) if t == "MRN"] == codes, _typed(text)


def test_codes_after_the_name_and_rows_with_no_name_stay() -> None:
    """After the name a code is a result's (a LOINC, a SNOMED code); with no name read in the
    row, nothing says a code is a person's."""
    first, last = name_lists()
    row = "OKAFOR,Grace,1960-02-03,F,2028-9,71836000"
    assert [s.type for s in row_names(row, first, last, frozenset())] == ["PATIENT-NAME"] * 2
    lot = "4471290,Z100009,Reorder,Glyvance,2024-01-01,shipped"
    assert row_names(lot, first, last, frozenset()) == []
