"""A patient's initials where a case report gives them in place of the name (prepcli.phi.initials):
sentences written for this file in the shapes adverse-event forms use."""

from __future__ import annotations

import pytest

from tests.phi_marked import assert_identifiers_go_and_clinicians_stay


@pytest.mark.parametrize(
    "marked",
    [
        "Patient initials: {N|J.S.}, age 62.",
        "Pt initials {N|JS}, 62F, started on Veltrana.",
        "Subject initials: {N|A-B-C}",
        "pt. initials: {N|M.K.}",
        "Reporter: Dr. {H|Okafor}. Patient initials: {N|J.S.}, age 62.",
        "The patient's initials are {N|T.R.} and she is 45.",
        "Case initials - {N|RB}, male, 70",
        "Initials: {N|K. L.}",
        # a reviewer's or signer's initials are not read as the patient's
        "Reviewer initials: AB",
        "Signed with initials JK by the nurse.",
    ],
)
def test_patient_initials_go(marked: str) -> None:
    assert_identifiers_go_and_clinicians_stay(marked)


@pytest.mark.parametrize(
    "marked",
    [
        "A patient (Ms. {N|T.}) reported dizziness.",
        "His patient (Mrs {N|Q}, 71) fell at home.",
        "This is Miss {N|A B C}, here for her follow up.",
        "Mr. {N|J. Smith} called.",
        # a clinician's title and initial stay; so do capitals that are a valve or a disease
        "Dr. {H|T.} reviewed the scan.",
        "Mild MR. A 2 cm mass was seen.",
    ],
)
def test_initials_after_a_courtesy_title_go(marked: str) -> None:
    assert_identifiers_go_and_clinicians_stay(marked)
