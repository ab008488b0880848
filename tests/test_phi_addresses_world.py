"""Addresses by class, in wordings no development set holds: a street word of another language
beside its house number (libpostal's dictionaries, prepcli/phi/data/street_words.txt), and a
town with its postcode and no street. Values are made up; the layouts are the countries' own."""

from __future__ import annotations

import pytest

from prepcli.phi import find_phi, scrub
from prepcli.phi.street_words import find_streets, street_words


def _gone(text: str, secrets: list[str]) -> str:
    out = scrub(text).text
    for secret in secrets:
        assert secret not in out, (secret, out)
    return out


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # Estonian "tee" (road) after the name, an everyday English word: a postcode follows
        ("the nurse drives to Kalda tee 31, 12618 Tallinn on Fridays", ["Kalda tee 31", "12618"]),
        # Slovene "cesta", Latvian "iela", Hungarian "körút" abbreviated
        ("kit left at Dunajska cesta 88 with the neighbour", ["Dunajska cesta 88"]),
        ("son's flat: Dzirnavu iela 45-3, Riga", ["Dzirnavu iela 45-3", "Riga"]),
        ("home visit at Teréz krt. 17. next week", ["Teréz krt. 17."]),
        # the street word first: Romanian, Serbian
        ("courier to Calea Victoriei 118, Bucuresti 010093", ["Calea Victoriei 118", "010093"]),
        ("mother now at Bulevar Oslobođenja 9, Novi Sad", ["Bulevar Oslobođenja 9", "Novi Sad"]),
        # written onto the name: Icelandic "-braut", Finnish "-katu", Turkish "Sk." with "No:"
        ("letters go to Miklubraut 12, 105 Reykjavík", ["Miklubraut 12", "105 Reykjavík"]),
        ("pt now lives at Puistokatu 6 B 9 with her sister", ["Puistokatu 6 B 9"]),
        ("sent to Lale Sk. No: 14 D:3, Çankaya", ["Lale Sk. No: 14", "D:3"]),
        # a two-letter abbreviation with no dot, a "No" after it
        ("kit left at Bağdat Cd No 210, Kadıköy for pickup", ["Bağdat Cd No 210", "Kadıköy"]),
    ],
)
def test_street_word_of_another_language_beside_its_number(text: str, secrets: list[str]) -> None:
    _gone(text, secrets)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("the carer is based in Kuopio 70100 and will call", ["Kuopio 70100"]),
        ("family moved to 1150-082 Lisboa in March", ["1150-082 Lisboa"]),
        ("wife is at Odense 5000 this week", ["Odense 5000"]),
        ("New contact for the son:\nHolstebro 7500\nmornings only", ["Holstebro 7500"]),
    ],
)
def test_town_and_postcode_without_a_street(text: str, secrets: list[str]) -> None:
    _gone(text, secrets)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # a building's number, the street's name and its number, nothing after
        ("the carer picked it up at 66120 Vahtra 14 tomorrow", ["66120 Vahtra 14"]),
        # street, flat, then the town, with prose after it and no comma
        (
            "parcel went to 2281 Pihlaka 19 Apt. 44 Viljandi this morning",
            ["2281 Pihlaka 19", "Apt. 44", "Viljandi"],
        ),
        # the street's town after a comma, then prose
        ("her son came from 52 Orchard Place, Tamahere this morning", ["Tamahere"]),
        # a building's number before a house number and its street
        ("letters to 3390 14 Rue des Acacias go unanswered", ["3390 14 Rue des Acacias"]),
        # a country and a postcode, opening a sentence
        ("Estonia 79513 is on the new consent form.", ["Estonia 79513"]),
    ],
)
def test_address_values_in_sentences_without_a_cue(text: str, secrets: list[str]) -> None:
    _gone(text, secrets)


@pytest.mark.parametrize(
    "text",
    [
        "took 2 Tylenol 500 and 250 Advil 200 overnight",
        "WBC 12500, PLT 250000 on the CBC.",
        "Suite 300 Conference Room booked for the advisory board.",
        "In 2024 Veltrana 40 mg was added.",
        "Advisory board in Oslo 2027; 40 HCPs in Madrid 1500 strong.",
        "Titrated Zentiva 25 mg to 50 mg in Arm 2, Cohort 3 at 14 days.",
        "Lot 7781 left Roche Basel; met Prof. Ilse Park 3 times in Room 1204.",
        "Booth at Hall 4, ESMO Barcelona, 12:30 slot; 120 visitors in Mercy Clinic 4501.",
        "ON ADEMAND 60. PLT CT 79 REPEAT COUNT PENDING, SR. NOTED",
        "Ran into Dr. Rosa Villa 2 days ago at the via 3 entrance.",
        # a continental street word that is a clinician's name, a brand or a hotel's
        "Dr. Via met us at Gate 12 before the symposium.",
        "The Rue 21 store near the clinic stocks the leaflets.",
        "Stayed at the Park Plaza 2 nights for the congress.",
    ],
)
def test_no_address_in_doses_counts_rooms_or_capitals(text: str) -> None:
    assert [s for s in find_phi(text) if s.type == "ADDRESS"] == []


def test_street_words_come_from_the_data_file() -> None:
    words = street_words()
    assert {"tee", "via", "park"} <= words.weak  # everyday English words need more address
    assert {"cesta", "iela", "sokak"} <= words.strong
    assert "vegur" in words.suffixes and "berg" in words.weak_suffixes
    assert [s.weak for s in find_streets("at Luha tee 4")] == [True]
    assert list(find_streets("line 2 and dose 3")) == []


def test_continental_street_stops_where_the_sentence_goes_on() -> None:
    found = [s for s in find_phi("Lunch at 56 rue La Boétie yesterday with Dr. Roux.")]
    assert [(f.type, f.end - f.start) for f in found] == [("ADDRESS", len("56 rue La Boétie"))]
    # its articles and a house number's "bis" are the street's, not the sentence's
    _gone("she moved to 12 bis, rue des Lilas last spring", ["12 bis, rue des Lilas"])
