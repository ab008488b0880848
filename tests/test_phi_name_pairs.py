"""Two capitalised words side by side that read as a name though no list knows the given name:
neither is an English word, a place's or a language's, and one is a listed surname
(prepcli.phi.names). Examples are made up, in wordings of their own.
"""

from __future__ import annotations

import pytest

from prepcli.phi import scrub


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("Forwarded the copay letter to Oyelaran Hughes yesterday", ["Oyelaran", "Hughes"]),
        ("Kahurangi Dennis asked whether the pen needs the fridge", ["Kahurangi", "Dennis"]),
        ("Courier slip signed by Tuhiwai Nkosi, no issues", ["Tuhiwai", "Nkosi"]),
    ],
)
def test_an_unlisted_given_name_before_a_listed_surname_goes(text: str, secrets: list[str]) -> None:
    out = scrub(text).text
    for secret in secrets:
        assert secret not in out, out


@pytest.mark.parametrize(
    "text",
    [
        # a venue or a place after "at", "via", "in"
        "Dinner at Osteria Fiorentini on Friday was cancelled",
        "Samples go via Schiphol Amsterdam this time",
        # a language before a product
        "Send the Spanish Neurevia leaflet to the front desk",
        # everyday words, and companies no list knows
        "Sanofi Genzyme rep came by with the new deck",
    ],
)
def test_places_languages_and_companies_stay(text: str) -> None:
    assert scrub(text).counts.get("PATIENT-NAME", 0) == 0, scrub(text).text


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("Dr. Oyelaran Hughes asked for the renal slides", "Oyelaran Hughes"),
        ("Oyelaran Hughes, MD, wants the titration card", "Oyelaran Hughes"),
    ],
)
def test_clinicians_with_such_names_stay(text: str, keep: str) -> None:
    assert keep in scrub(text).text
