"""Classes from the twenty-second blind set's development half (bench/BLIND22-phi.md: e-mail
threads, chat turns), written in new words: a quoted e-mail's header date is a timestamp, not a
birth date, and another language's weekday before it is no name. The identifiers beside them
still go."""

from __future__ import annotations

import pytest

from prepcli.phi import find_phi
from prepcli.phi.spans import Span


def _found(text: str, hints: list[Span] | None = None) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.type) for s in find_phi(text, hints=hints or [])]


@pytest.mark.parametrize(
    "text",
    [
        "-----On 03/11/1994 08:15 AM, Marta Quell wrote-----",
        "On 7.2.1989, 14:02, Ilse Vandam wrote:",
        "Le 12/05/1992 à 9h40, Paul Evrard a écrit :",
    ],
)
def test_a_date_with_its_time_of_day_is_a_timestamp(text: str) -> None:
    found = _found(text)
    assert not [value for value, kind in found if kind == "DOB"]
    assert any(kind == "PATIENT-NAME" for _, kind in found)


@pytest.mark.parametrize(
    "text",
    [
        "Jane Roe (03/04/1961) called about the card",
        "Roe, Jane  DOB 03/04/1961 09:30 appointment",
        "born 03/04/1961 at 04:12 per the birth record",
    ],
)
def test_a_birth_date_still_goes(text: str) -> None:
    assert any(kind == "DOB" for _, kind in _found(text))


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Envoyé : mercredi 4 février 2015 10:12\nÀ : Lucie Brandt", "mercredi"),
        ("Gesendet: Donnerstag, 5. März 2015 08:01", "Donnerstag"),
        ("Enviado el: Viernes 6 de marzo de 2015", "Viernes"),
    ],
)
def test_another_languages_weekday_before_its_date_is_no_name(text: str, day: str) -> None:
    start = text.index(day)
    hint = Span(start, start + len(day), "PATIENT-NAME")
    assert (day, "PATIENT-NAME") not in _found(text, [hint])


def test_a_weekday_that_is_a_name_stays_one_away_from_a_date() -> None:
    text = "Pt Domingo called about the refill"
    start = text.index("Domingo")
    assert ("Domingo", "PATIENT-NAME") in _found(text, [Span(start, start + 7, "PATIENT-NAME")])


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Address: Keats Street, San Francisco", "Keats Street, San Francisco"),
        ("Home address: Flat B, Marlow Avenue", "Flat B, Marlow Avenue"),
    ],
)
def test_a_labelled_address_with_no_house_number_goes(text: str, address: str) -> None:
    """A note with no digit at all was read only for towns; a labelled street goes too."""
    assert (address, "ADDRESS") in _found(text)


@pytest.mark.parametrize(
    "text", ["Address: Unknown", "Address: Same as above", "Address: N/A", "Address: Refused"]
)
def test_a_labelled_address_that_says_there_is_none_stays(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "hinted"),
    [
        ('runs a consulting firm called "Dalton Cloud Solutions" with 40 staff', "Dalton"),
        ("Invoice from Hartley Technologies, paid in full", "Hartley"),
    ],
)
def test_a_company_named_after_a_person_stays(text: str, hinted: str) -> None:
    start = text.index(hinted)
    for hints in ([], [Span(start, start + len(hinted), "PATIENT-NAME")]):
        assert not [v for v, kind in _found(text, hints) if kind == "PATIENT-NAME"]


def test_a_person_with_that_name_still_goes() -> None:
    assert ("Dalton Hartley", "PATIENT-NAME") in _found("Spoke with Dalton Hartley about the card")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("W dniu 28 stycznia 2015 01:53 użytkownik napisał:", "28 stycznia"),
        ("tir. 18. apr. 2017 kl. 13:09 skrev brukeren:", "13:09 skrev"),
    ],
)
def test_an_address_hint_that_is_a_date_or_a_time_stays(text: str, value: str) -> None:
    start = text.index(value)
    hint = Span(start, start + len(value), "ADDRESS")
    assert (value, "ADDRESS") not in _found(text, [hint])
