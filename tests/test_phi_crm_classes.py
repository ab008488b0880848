"""The fail-open classes that bench/phi_crm_probes.jsonl (the scrubber probed in the shapes of
text prepcli ingests: call notes about an HCP's patient, hub and co-pay notes, adverse-event
intake, forwarded e-mails, labelled free text) found, one test per class: its identifiers go,
and the clinicians and look-alikes beside them stay. Each snippet is checked whole
(tests/phi_marked.py): every marked identifier covered, no clinician touched, nothing else
taken."""

from __future__ import annotations

import pytest

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
