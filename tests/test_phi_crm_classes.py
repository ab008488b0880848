"""The fail-open classes that bench/phi_crm_probes.jsonl (the scrubber probed in the shapes of
text prepcli ingests: call notes about an HCP's patient, hub and co-pay notes, adverse-event
intake, forwarded e-mails, labelled free text) found, one test per class: its identifiers go,
and the clinicians and look-alikes beside them stay. Each snippet is checked whole
(tests/phi_marked.py): every marked identifier covered, no clinician touched, nothing else
taken."""

from __future__ import annotations

import pytest

from prepcli.phi import scrub
from tests.phi_marked import assert_identifiers_go_and_clinicians_stay


def _check(snippets: list[str]) -> None:
    for marked in snippets:
        assert_identifiers_go_and_clinicians_stay(marked)


@pytest.mark.parametrize(
    "marked",
    [
        "Reporter: Nurse {H|Kim Lee} (HCP). Patient: initials {N|T.W.}, DOB {D|04/1962}, 71 kg.",
        "Patient (initials {N|M.K.}), born {D|March 1955}, reporter: nurse {H|Joy Park}.",
        "pt: initials {N|JS}, 62F",
        # a reviewer's initials stay
        "Reviewer: initials AB",
    ],
)
def test_initials_after_a_patients_colon_or_bracket(marked: str) -> None:
    _check([marked])


@pytest.mark.parametrize(
    "marked",
    [
        # a month and year after a birth label, closing the sentence
        "Patient: initials {N|T.W.}, DOB {D|04/1962}.",
        "DOB: {D|03/61}.",
        "Export: DOB {D|1961-03}.",
        # a decimal after it is no date
        "Ratio 04/1962.5 recorded.",
    ],
)
def test_a_birth_month_and_year_before_a_full_stop(marked: str) -> None:
    _check([marked])


@pytest.mark.parametrize(
    "marked",
    [
        # after a lower-case courtesy title, a label's "name", or "pt" with a given name the
        # census does not list
        "dr {H|okafor} mentioned her pt mrs {N|ellen briggs}, 72 y/o, still on veltrana.",
        "Pt name {N|oliver bennett}, home tel {P|0113 496 0344}",
        "pt {N|ravi kumar} 62 y/o c/b re copay",
        # the same places with everyday or foreign words stay
        "The patient fell landing onto his Rt hip.",
        "Accessing the patient records database, system administrator logged in.",
        "Reisepass {M|C01X00T47}, Patient reist nächste Woche.",
        "pt tolerating infusion well; patient name missing from form.",
    ],
)
def test_lower_case_full_names_after_the_patients_word_or_a_title(marked: str) -> None:
    _check([marked])


@pytest.mark.parametrize(
    "marked",
    [
        "caregiver {N|akosua} called, pt {N|kofi} missed doses",
        "Carer {N|sipho} rang the hub.",
        # shorthand and clinical words after "pt" stay
        "pt afebrile, pt ambulating, pt denies pain, pt alert and oriented.",
        "patient ed provided; caregiver aware.",
    ],
)
def test_a_lower_case_given_name_after_a_carer_or_the_patients_word(marked: str) -> None:
    _check([marked])


@pytest.mark.parametrize(
    "marked",
    [
        "Co-pay card activated for {N|Linh Nguyen}; card # {M|4417 2290 1183}, BIN 610020.",
        "Copay assistance approved for {N|Beatriz Oliveira}, case #CA-55120, card "
        "{M|9900 1127 4410}.",
        "Savings card # {M|60112240918} handed over.",
        "Hub enrolment; card ID {M|4417-0093-2210} - BIN 004682.",
        # a card's count, a stock figure and a card with no support programme in the note stay
        "co-pay card 2 of 3 left with the office manager.",
        "Left 20 co-pay cards; sample lot 24A117, exp 03/2027.",
        "Business card 44712290 from the conference desk.",
    ],
)
def test_a_co_pay_or_hub_cards_number(marked: str) -> None:
    _check([marked])


def test_a_patients_surname_a_clinician_in_the_note_shares() -> None:
    _check(
        [
            "Dr. {H|Mensah} said {N|Kojo Mensah}, a patient (not related), is on the waitlist.",
            "Dr. {H|Okafor} met pt {N|Kojo Okafor}; Dr. {H|Okafor} will call.",
        ]
    )
    # the HCP table's words (ingest's ``clinicians``) the same way; the clinician stays
    text = "Dr. Okafor said Kojo Okafor called."
    assert scrub(text, clinicians={"Okafor"}).text == "Dr. Okafor said [PATIENT-NAME] called."


@pytest.mark.parametrize(
    "marked",
    [
        "Address line 1: {A|Flat 12, Kingsley Court}\nAddress line 2: {A|44 Victoria Road}\n"
        "Postcode: {A|M14 5RT}",
        "Addr line 1: {A|221B Baker Street} Addr line 2: {A|London NW1 6XE}",
        "Address line 1: {A|Rose Cottage}",
        # a line of a document that is no address field stays
        "See line 2 of the address form for the hub's instructions.",
    ],
)
def test_what_an_address_line_field_holds(marked: str) -> None:
    _check([marked])


@pytest.mark.parametrize(
    "marked",
    [
        "pt {N|tomás garcía}, 45yo, lives at {A|calle de alcalá 50, madrid}.",
        # an everyday word after the street's comma is prose
        "pt lives at {A|22 oak rd}, tomorrow.",
    ],
)
def test_a_lower_case_town_closing_a_lower_case_address(marked: str) -> None:
    _check([marked])


@pytest.mark.parametrize(
    "marked",
    [
        "c/b pt {N|amelia harris} @ {P|07700900654}",
        "cb re dose @ 1000000 units",
    ],
)
def test_a_number_after_a_call_back_and_an_at_sign(marked: str) -> None:
    _check([marked])


def test_a_cued_number_a_fields_dash_joins_to_the_next_fields_digits() -> None:
    _check(
        [
            "Enrolled pt {N|Tevita Fifita} - callback {P|0412 555 991} - "
            "{A|8 Banksia Cres, Logan QLD 4114}.",
        ]
    )


def test_titled_clinicians_listed_with_commas_stay() -> None:
    _check(
        [
            # the next clinician's title is no given name of the first ("Yusuf, Dr")
            "Attendee list: Dr. {H|Yusuf}, Dr. {H|Olsen}, {N|Maya Goldstein} (pt advocate).",
            "Dr. {H|Yusuf}, Prof. {H|Olsen} and Dr. {H|Berg} attended.",
            # a patient in the same place still goes
            "Dr. {H|Yusuf}, Dr. {H|Olsen}'s patient {N|Ann Lee} called.",
        ]
    )
