"""The classes the leftovers round named and left (issue 18, helper "left2"), one test per
class over every round of tests/phi_left2_rounds.py: medical eponyms, a meeting's town, regions
in territory talk and order numbers of other languages stay; a patient who shares a
clinician's first name, extensions and call-back numbers, market and sector addresses and
address labels of other languages, word names and short name parts go. Each snippet is checked
whole: its identifiers covered, its clinicians and look-alikes untouched, nothing else taken."""

from __future__ import annotations

import pytest

from prepcli.phi import scrub
from tests.phi_left2_rounds import ROUND_1, ROUND_2, ROUND_3, ROUND_4, ROUND_5
from tests.phi_marked import assert_identifiers_go_and_clinicians_stay

# Left, with the reason (bench/PHI.md, issue 18 "left2"): none since left3's classes (issue 18,
# round 3) read a list of children after a plural kin word, a colleague a territory is handed
# to, two everyday words in a person's place and a role's given name alone in a patient's place.
_KNOWN: set[str] = set()
ROUNDS = (ROUND_1, ROUND_2, ROUND_3, ROUND_4, ROUND_5)
CLASSES = sorted({c for r in ROUNDS for c in r})


@pytest.mark.parametrize("cls", CLASSES)
def test_left2_class(cls: str) -> None:
    for r in ROUNDS:
        for marked in r.get(cls, []):
            if marked not in _KNOWN:
                assert_identifiers_go_and_clinicians_stay(marked)


def test_a_role_first_name_stays_where_only_a_clinician_stands() -> None:
    text = "Nurse Kendra called. Kendra said the pump alarmed."
    assert scrub(text).text == text
    assert "Sam" not in scrub("Nurse Sam took the call. Sam's mother called.").text.split(".")[1]


def test_a_role_first_name_a_patient_also_holds_goes_alone_too() -> None:
    # which of the two a lone "Sam" is cannot be told: it goes (fail closed)
    text = "Spoke with Nurse Sam. Sam Perkins (patient) went home; Sam lives here."
    assert scrub(text).text == (
        "Spoke with Nurse Sam. [PATIENT-NAME] (patient) went home; [PATIENT-NAME] lives here."
    )


def test_a_drug_or_a_team_moved_to_is_no_town() -> None:
    for text in ("Patient moved to Humira last month.", "The rep moved to Denver in May."):
        assert scrub(text).text == text
    assert "Denver" not in scrub("Pt moved to Denver.").text


def test_names_after_a_label_or_in_a_hand_off_list_still_go() -> None:
    # a full name after a Romance label is the person the label is about
    assert "López" not in scrub("Informe de alta de María López.").text
    # two given names in a hand-off's "covering" are children, not a territory
    out = scrub("Covering Tyler and Marion tonight.").text
    assert "Tyler" not in out and "Marion" not in out


def test_a_health_body_after_a_territory_keeps_it() -> None:
    text = "The Kent and Medway ICB approved the pathway."
    assert scrub(text).text == text
