"""Classes from the twenty-fourth blind set's development half (bench/BLIND24-phi.md: a
clinical agent's tasks, intake and telehealth simulations), written in new words: a patient
named by a code alone, a record number after "MRN of", a user id made of a person's name."""

from __future__ import annotations

import pytest

from prepcli.phi import find_phi


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.type) for s in find_phi(text)]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Pull the latest INR for patient K7730215 and flag it", "K7730215"),
        ("What was patient BQ4410982's last creatinine?", "BQ4410982"),
        ("record the weight for the patient with MRN of T2290417 today", "T2290417"),
    ],
)
def test_a_patients_code_goes(text: str, code: str) -> None:
    assert (code, "MRN") in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "the patient was given 2000000 units over the week",
        "patient A1 and patient B2 were both seen",
        "the patient took 1.5 mg of it",
    ],
)
def test_no_code_after_patient_touches_nothing(text: str) -> None:
    assert not [value for value, kind in _found(text) if kind == "MRN"]


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("Your portal login is sofia_lindqvist_2290, reset it monthly", "sofia_lindqvist_2290"),
        ("Booked for (ID: omar_haddad_77).", "omar_haddad_77"),
    ],
)
def test_a_user_id_made_of_a_name_goes(text: str, handle: str) -> None:
    assert (handle, "MRN") in _found(text)


@pytest.mark.parametrize(
    "text", ["see test_case_1234 in the log", "set dose_level_2 for the titration"]
)
def test_an_identifier_of_code_words_stays(text: str) -> None:
    assert _found(text) == []
