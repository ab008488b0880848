"""Classes of misses from blind36's development half (shops' customers' addresses in test code
and test steps); values made up in the same shapes."""

from __future__ import annotations

import pytest

from prepcli.phi import find_phi


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_phi(text)]


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        (
            'I set the billing address as "Ankh Morpork", "Tallow Lane", "40112", "United'
            ' States" for "Ruth Okonjo"',
            ["Ankh Morpork", "Tallow Lane", "40112", "Ruth Okonjo"],
        ),
        (
            'the customer "Ruth Okonjo" addressed it to "Tallow Lane", "40112" "Ararat" in the'
            ' "Australia", "Victoria"',
            ["Ruth Okonjo", "Tallow Lane", "40112", "Ararat"],
        ),
    ],
)
def test_an_address_listed_in_quotes_goes_but_its_country(text: str, gone: list[str]) -> None:
    found = _found(text)
    assert all(value in found for value in gone)
    assert not any("Australia" in f or "United" in f or "Victoria" in f for f in found)


@pytest.mark.parametrize(
    "text",
    [
        'Fields "street", "city", "zip code" make up the address.',
        'Letter addressed to "Dr. Jane Smith", "Main Clinic", "United States".',
        'The e-mail addresses "alpha", "beta", "gamma" are the list names.',
        'Pick "Alpha", "Beta" or "Gamma" from the list',
    ],
)
def test_quoted_lists_that_are_no_address_stay(text: str) -> None:
    assert not any(f in ("street", "city", "zip code", "Jane Smith", "Alpha") for f in _found(text))
    assert "Dr. Jane Smith" not in _found(text)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # a street line makes the record an address: its town, postcode and area go
        ('street_address_1="Tęczowa 7",\ncity="WROCŁAW",\npostal_code="53-601",', ["WROCŁAW"]),
        ('"street_address_1": "Foo bar",\n"postal_code": "00-123",', ["Foo bar", "00-123"]),
        ('city="Lodz",\ncity_area="Baluty",\nstreet_address_1="Nowa 3",', ["Baluty", "Lodz"]),
        # and its plain "name" is the addressee's
        ('name: "Fox Mulder",\naddress1: "123 Testable Way",\ncity: "Washington",', ["Fox Mulder"]),
    ],
)
def test_a_street_line_makes_a_record_an_address(text: str, gone: list[str]) -> None:
    found = _found(text)
    assert all(value in found for value in gone)


@pytest.mark.parametrize(
    "text",
    [
        # a form's labels in its value slots
        '"first_name": "Given name",\n"last_name": "Family name",\n"street_address_1": "Address",'
        '\n"street_address_2": "Apartment, suite, unit, building, floor, etc",\n"postal_code":'
        ' "Postal code",',
        # a plain "name" in a record with no street is a product's or a file's
        'name: "Keytruda Starter Pack",\nprice: "0.00",\ncity: "Boston",',
    ],
)
def test_labels_and_names_of_records_without_a_street_stay(text: str) -> None:
    assert _found(text) == []
