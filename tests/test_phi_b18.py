# ruff: noqa: E501 - one snippet per line reads best
"""Helper b18's classes (issue 18): address layouts of countries that write the number after
the street or the postcode's line above the street's, and phones dialled as Russia and its
neighbours dial abroad, written with a plus but no country code, joined by a slash or with a
long extension, as blind18's development half showed missing. Every snippet here is written
for this file, in the class's shape with other values; marks as in bench/blind_phi_marks.py
({A|..} address, {N|..} patient's name, {P|..} phone, {H|..} clinician). Snippets with no mark
must stay untouched.
"""

from __future__ import annotations

import pytest

from tests.phi_marked import assert_identifiers_go_and_clinicians_stay

CASES: list[str] = [
    # English street words after the name, the number closing the line or before a comma
    "{A|Rudaki Avenue 42}\n{A|734025 Dushanbe}\nTajikistan",
    "{A|Ermou street 27}",
    "{A|Abylai Khan Avenue, 91}",
    "{A|Sahaidachnoho Street, 12б}",
    "Pt's son lives at {A|Rustaveli Avenue 14, Tbilisi}, visits weekly.",
    "Pt {N|Aigerim Bekova} moved to {A|Abay Street 15, Almaty}.",
    "Pt home: {A|Herzl St 12}",
    "{A|Chavchavadze Ave. 37}",
    # a flat and a building in Latin letters after a Russian street
    "Her address is {A|ul. Lenina 5, kv. 3, 620000 Yekaterinburg}.",
    "{A|prospekt Mira 12, korp. 2, kv. 45}",
    # Albanian street words before the name
    "Pt lives at {A|Rruga e Durrësit 5, Tirana 1001}.",
    # a postcode's town named in two languages, or as its municipality
    "{A|Trg svobode 4}\n{A|6330 Piran / Pirano}\nSlovenia",
    "{A|Mitropoleos street 9}\n{A|105 57 Municipality of Athens}",
    # a district's line between the street's and the town's
    "{A|Khreshchatyk Street, 22}\n{A|Pecherskyi district}\n{A|Kyiv}\n{A|01001}",
    # Russia's and its neighbours' order: the postcode's line above the street's, the town's
    # line above that
    "Kazakhstan\n{A|Almaty}\n{A|050000 Almaty}\n{A|улица Абая, 15}",
    "Patient address:\n{A|220030 Minsk}\n{A|vulica Lienina, 8}",
    # a country's two letters before the postcode with no hyphen
    "{A|12 Istiglaliyyat küç.}\n{A|AZ1001 Baku}\nAzerbaijan",
    # Faroese street words, written onto the name or apart
    "{A|Tindholmsgøta 5}\n{A|100 Tórshavn}\nFaroe Islands",
    "Pt home: {A|Niels Finsens gøta 12, Tórshavn}",
    # phones: the CIS exit code, a plus with no country code, a slash between two numbers, a
    # long extension
    "{P|810 44 20 7946 0321}",
    "Daughter's number {P|8 10 49 30 1234567}, call after 5pm.",
    "Spoke with pt's wife on {P|+8769876543} re meds.",
    "{P|415-555-2671}/{P|415-555-9031}",
    "Called pt at {P|212-555-0147}/{P|212-555-0193}, no answer.",
    "Contact son at {P|03 9555 1234 x 56789012}.",
    # a person's number, its word with no phone word
    "Pt states her number is {P|4165550123}.",
    "Daughter asked us to note my number {P|0612345678} for the pharmacy.",
    # look-alikes that stay
    "Conference: Wall Street 2025\nAttendees: 40",
    "Met at Baker Street 3 times before the launch.",
    "Lot 123-456-7890/123-456-7891 shipped",
    "ECG ST 2",
    "Her number of doses was 12345678 in the log.",
    "Rated 25 kV 3 phase",
    "Visits 2024-01-01/2024-02-01 booked",
    "Q3 results\n100000 Units\nshipped to wholesalers",
]


@pytest.mark.parametrize("marked", CASES)
def test_class(marked: str) -> None:
    assert_identifiers_go_and_clinicians_stay(marked)
