"""Addresses with a flat before the house number, other languages' flats and floors, and
Polish postcodes. Examples are made up."""

from __future__ import annotations

import pytest

from prepcli.phi import scrub


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("Flat 7, 41 Elm Grove Road, Leeds LS6 2AB", ["Flat 7", "Elm Grove", "LS6"]),
        ("Unit 2/18 Wattle St, Bendigo VIC 3550", ["Unit 2", "Wattle", "3550"]),
        ("Calle Luna 4, 2º A, 41001 Sevilla", ["2º A", "41001", "Sevilla"]),
        ("Rua das Flores 80, apto 31, 80010-010 Curitiba", ["apto 31", "80010-010", "Curitiba"]),
        ("ul. Długa 5/7, 80-831 Gdańsk", ["Długa", "80-831", "Gdańsk"]),
    ],
)
def test_address_parts_are_scrubbed(text: str, secrets: list[str]) -> None:
    out = scrub(text).text
    for secret in secrets:
        assert secret not in out, (secret, out)


@pytest.mark.parametrize(
    "text",
    [
        "gave 2 tabs, int 5 mg at night",
        "Lot 4412 expired on the shelf",
    ],
)
def test_figures_that_look_like_units_stay(text: str) -> None:
    assert scrub(text).text == text
