"""Addresses in the layouts of many countries, as Faker's address providers (joke2k/faker, MIT)
write them and presidio-research's sentences carry them: a street named for a person, whose
name the rules read as a patient's; the parts of one address the rules found apart; a
hyphenated street; a country code in brackets after its "+". The hints stand in for the
tagger's."""

from __future__ import annotations

import pytest

from prepcli.phi import Span, _joined_addresses, _streets_named_for_people, find_phi, scrub


def _types(text: str, *parts: tuple[str, str]) -> list[tuple[str, str]]:
    """Spans placed on ``parts`` (value, type) in order, through ``_streets_named_for_people`` and
    ``_joined_addresses``, as (value, type)."""
    spans, pos = [], 0
    for value, kind in parts:
        start = text.index(value, pos)
        spans.append(Span(start, start + len(value), kind))
        pos = start + len(value)
    joined = _joined_addresses(text, _streets_named_for_people(text, spans))
    return [(text[s.start : s.end], s.type) for s in joined]


def test_a_street_named_for_a_person_is_the_address_before_its_house_number() -> None:
    text = "Please send the forms to Vial de Palmira Martinez 5\nGuipúzcoa, 21889."
    parts = (("Vial de Palmira Martinez", "PATIENT-NAME"), ("5\nGuipúzcoa, 21889", "ADDRESS"))
    assert _types(text, *parts) == [("Vial de Palmira Martinez 5\nGuipúzcoa, 21889", "ADDRESS")]
    text = "He lives at Urbanización Toribio Ramos 91 Piso 0 with his wife."
    parts = (("Toribio Ramos", "PATIENT-NAME"), ("91 Piso 0", "ADDRESS"))
    assert _types(text, *parts) == [("Toribio Ramos 91 Piso 0", "ADDRESS")]


@pytest.mark.parametrize(
    ("text", "name", "address"),
    [
        # a house number before its own street: the patient and her address
        ("johna 4340 13 th ave s fargo nd 58103 usa", "johna", "4340 13 th ave s fargo nd 58103"),
        # a count read as an address stays apart from the name before it
        ("Pasienten Sigrun Dahl 60 år, ble innlagt", "Sigrun Dahl", "60 år"),
        # a comma between: a list, not one street
        ("Jane Roe, 12 Oak Street", "Jane Roe", "12 Oak Street"),
    ],
)
def test_a_name_before_an_address_that_is_no_street_number_stays_a_name(
    text: str, name: str, address: str
) -> None:
    parts = ((name, "PATIENT-NAME"), (address, "ADDRESS"))
    assert _types(text, *parts) == list(parts)


@pytest.mark.parametrize(
    ("text", "parts", "joined"),
    [
        ("Avenida 3 N° 69 Piso 1", (("Avenida 3 N", "ADDRESS"), ("69 Piso 1", "ADDRESS")), 1),
        ("No. 9, Jalan 2/84D", (("No. 9", "ADDRESS"), ("Jalan 2/84D", "ADDRESS")), 1),
        ("Great Road\nSW19 1EZ", (("Great Road", "ADDRESS"), ("SW19 1EZ", "ADDRESS")), 1),
        # a postcode after a state's letters, read as a record number
        ("Montaña, GTO 06870", (("Montaña, GTO", "ADDRESS"), ("06870", "MRN")), 1),
        # two addresses a word apart, and a record number that is no postcode
        ("12 Oak St and 14 Elm St", (("12 Oak St", "ADDRESS"), ("14 Elm St", "ADDRESS")), 2),
        ("12 Oak St, A1234567", (("12 Oak St", "ADDRESS"), ("A1234567", "MRN")), 2),
    ],
)
def test_parts_of_one_address_are_one_span(
    text: str, parts: tuple[tuple[str, str], ...], joined: int
) -> None:
    assert len(_types(text, *parts)) == joined


def test_the_tagger_s_address_over_a_street_named_for_a_person_is_one_address() -> None:
    text = "Please send the forms to Vial de Palmira Martinez 5\nGuipúzcoa, 21889."
    value = "Vial de Palmira Martinez 5\nGuipúzcoa, 21889"
    hint = Span(text.index(value), text.index(value) + len(value), "ADDRESS")
    found = find_phi(text, hints=[hint])
    assert [(text[s.start : s.end], s.type) for s in found] == [(value, "ADDRESS")]
    # (ingest scrubs with the same spans: one placeholder for the one address)
    assert scrub(text, hints=[hint]).text == "Please send the forms to [ADDRESS]."


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Mail to: Konrad-Adenauer-Straße 12", "Konrad-Adenauer-Straße 12"),
        ("Adresse: Maryam-Neuner-Gasse 37", "Maryam-Neuner-Gasse 37"),
        ("Send to Jean-Paul-Sartre-Platz 4, please", "Jean-Paul-Sartre-Platz 4"),
    ],
)
def test_a_street_named_by_hyphenated_words_and_a_street_word(text: str, address: str) -> None:
    assert [(text[s.start : s.end], s.type) for s in find_phi(text)] == [(address, "ADDRESS")]


def test_hyphenated_words_without_a_street_word_are_no_street() -> None:
    assert find_phi("Anti-Aging Care 12 weeks after the first dose") == []


@pytest.mark.parametrize("phone", ["+(370) 17191275", "+(44) 20 7946 0958"])
def test_a_country_code_in_brackets_after_its_plus(phone: str) -> None:
    text = f"Reach the daughter at {phone} after 5pm."
    assert [(text[s.start : s.end], s.type) for s in find_phi(text)] == [(phone, "PHONE")]
