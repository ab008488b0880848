"""prepcli.phi.context_names' sentence-subject and relative's-word rules: one verb vocabulary and
one relative's pattern, each read for the name where it stands and for a given name alone,
whose every mention goes."""

from __future__ import annotations

import pytest

from prepcli.phi import scrub


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # a surname before a visit verb, where it stands
        ("Rattigan presents with chest pain since Monday.", ["Rattigan"]),
        # a given name alone before what a patient does: its later mention goes too
        ("Tamati continues to improve. Plan: Tamati to return in 2 weeks.", ["Tamati"]),
        # after a heading's colon
        ("Plan: Rattigan continues to do well post-op.", ["Rattigan"]),
        ("Kept in touch with his partner Roimata. Roimata will drive him.", ["Roimata"]),
        ("Sister Kaia (027 555 1234) rang. Kaia will visit.", ["Kaia"]),
        ("stepmother Oaklyn Bornhorst called", ["Oaklyn", "Bornhorst"]),
    ],
)
def test_subject_and_relatives_names_go(text: str, gone: list[str]) -> None:
    out = scrub(text).text
    assert all(name not in out for name in gone), out


@pytest.mark.parametrize(
    "text",
    [
        # a role as the subject, and what clinicians do too
        "Caregiver lives at home with the patient.",
        "Mother presents with her son today.",
        "Klein reports 12 patients on the new regimen.",
        "Dr. Klein reports a rise in referrals.",
        # a ward sister: no owner, no number
        "Sister Kaia checked the drug chart.",
    ],
)
def test_roles_and_clinicians_stay(text: str) -> None:
    assert scrub(text).text == text


# A person's word, then "named" or "known as" (or "called" after an article's person): the name
# goes however common a word it is; a thing's word opens none.
@pytest.mark.parametrize(
    ("text", "name", "goes"),
    [
        ("His patient, a 54-year-old teacher named Ravi, improved.", "Ravi", True),
        ("A woman named Rose had a rash on the new cream.", "Rose", True),
        ("The patient, known as Bubba, is 70.", "Bubba", True),
        ("A girl called Ngozi, 7, has asthma.", "Ngozi", True),
        ("A drug called Veltrana was discussed.", "Veltrana", False),
        ("A clinic named Riverside opened in May.", "Riverside", False),
        ("She called Ravi's office yesterday.", "Ravi", False),
    ],
)
def test_a_person_named_or_known_as(text: str, name: str, goes: bool) -> None:
    assert (name not in scrub(text).text) is goes, scrub(text).text
