"""The context classes the perturbation set showed value-bound (issue 18, helper "perturb"),
one test per class: a person after a relative's word, a chart label's value, a patient
described by age and sex. Each class's snippets name people no list knows, so only the context
finds them, and hold look-alikes that must stay (a family history's abbreviations after a
relative, a heading or a dose after a label, a faith, an insurer or an obstetric history after
an age, clinicians). The snippets are in tests/phi_perturb_rounds.py (public references in its
docstring); round 2 was never tuned on."""

from __future__ import annotations

import pytest

from prepcli.phi import scrub
from tests.phi_marked import assert_identifiers_go_and_clinicians_stay
from tests.phi_perturb2_rounds import ROUND_1 as ROUND2_1
from tests.phi_perturb2_rounds import ROUND_2 as ROUND2_2
from tests.phi_perturb_rounds import ROUND_1, ROUND_1_LATE, ROUND_2

# Left, with the reason (bench/PHI.md). main's behaviour: a town a relative lives in is
# scrubbed as an address (where a person lives, fail closed); "is an" after "Daughter", a drug
# after "Husband" and a label's "Unknown Male" are read as names by the older cue and label
# rules; a heading or a drug before an identifier's label is read as its owner by the older
# owner rule. This branch's: a hyphenated description after an age ("Spanish-speaking"), in
# round 2, never tuned on.
_KNOWN = {
    "Her sister lives in {I|Portland} and calls daily.",
    "Daughter is an RN at {I|Mercy General} and helps with meds.",
    "Discharge Summary - MRN {M|4471092}",
    "Husband Tylenol PRN for back pain per wife.",
    "Name: Unknown Male.",
    "Metoprolol Succinate - MRN {M|123456}",
    "A 58-year-old male, Spanish-speaking, presented with dyspnea.",
}

CLASSES = sorted({*ROUND_1, *ROUND_1_LATE})


def _snippets(cls: str) -> list[str]:
    rounds = (ROUND_1, ROUND_1_LATE, ROUND_2)
    return [s for r in rounds for s in r.get(cls, []) if s not in _KNOWN]


@pytest.mark.parametrize("cls", CLASSES)
def test_perturb_class(cls: str) -> None:
    for marked in _snippets(cls):
        assert_identifiers_go_and_clinicians_stay(marked)


# perturb2's classes (tests/phi_perturb2_rounds.py; round 2 never tuned on). Left, with the
# reason (bench/PHI.md). main's: "BOSTON, MA" (a town and its state in capitals read as a
# name), "husband tylenol prn" (a drug after a relative in a lower-case note). Round 1's: a
# list after a full name takes only listed names ("Cherono Situma, Kimutai and Nyamai": after
# a full name an unlisted word may be a drug); a lower-case list with no name found in it
# ("Praxis meldet: ..."); a lower-case name another rule cuts short ("talked to wiremu perano
# at the front desk"). Round 2's, scored once at the end: a lower-case list with no name found
# in it, a full name before two insurers, a lower-case name with a letter outside Latin-1
# ("machoń"), "Chart: OGULANA, NAOM DOB".
_KNOWN2 = {
    "Transferred from BOSTON, MA yesterday.",
    "husband tylenol prn for back pain per wife.",
    "Visitors today: {N|Cherono Situma}, {N|Kimutai} and {N|Nyamai}, grandchildren of the pt.",
    "Praxis meldet: {N|rawiri marfell} und {N|ihaia vercoe} beide neu auf Insulin.",
    "talked to {N|wiremu perano} at the front desk today.",
    "Praxis meldet: {N|gülşa osiyeva} und {N|soykut islomov} beide neu auf Metformin.",
    "{N|Adiarja Methavorakul}, Aetna and Cigna both called about the claim.",
    "callback for {N|vratko machoń} re pa status.",
    "Chart: {N|OGULANA, NAOM} DOB {D|03/04/1961}",
}


@pytest.mark.parametrize("cls", sorted(ROUND2_1))
def test_perturb2_class(cls: str) -> None:
    for marked in [s for r in (ROUND2_1, ROUND2_2) for s in r.get(cls, []) if s not in _KNOWN2]:
        assert_identifiers_go_and_clinicians_stay(marked)


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("Sister: JO", "JO"),
        ("Pt lives with wife JAN.", "JAN"),
        ("Mother: Ann called re refill.", "Ann"),
        ("mother ANN called", "ANN"),
        ("Spoke with Mother: ANN SMITH", "ANN"),
        ("Mother: Grace, 70, lives with pt.", "Grace"),
    ],
)
def test_a_relatives_short_or_wordlike_given_name_goes(note: str, name: str) -> None:
    # fail closed (lead's review): short capitals after a relative are the given name they
    # spell unless they are a family history's abbreviation, and a given name that is also a
    # word is still the relative's name after "Mother:"; both had stayed
    assert name not in scrub(note).text


@pytest.mark.parametrize(
    "note",
    [
        "Father: MI at 50. Mother: HTN.",
        "Mother: Gene mutation carrier.",
        "Father: Major depression.",
        "Mother: May have had MI.",
        "Mother: Alive and well.",
    ],
)
def test_a_family_history_after_a_relative_stays(note: str) -> None:
    assert scrub(note).text == note


@pytest.mark.parametrize(
    ("note", "kept", "gone"),
    [
        (
            "Dr. Jones reviewed the wound. Mrs Jones (patient) is comfortable. Jones lives alone.",
            "Dr. Jones reviewed",
            "Jones lives",
        ),
        (
            "Pt Sinead Walsh discharged. Sinead covers the Galway territory. Sinead's son called.",
            "Galway",
            "Sinead covers",
        ),
    ],
)
def test_a_word_a_clinician_and_a_found_patient_share_goes_where_it_stands_alone(
    note: str, kept: str, gone: str
) -> None:
    # fail closed (lead's review): the bare word is either of them; the clinician's own span
    # and a colleague's name with no patient of that name still stay
    out = scrub(note).text
    assert kept in out
    assert gone not in out


def test_a_clinicians_surname_alone_stays_without_a_patient_of_that_name() -> None:
    note = "Dr. Smith said Smith will call back. Meeting with Aoife from medical re Galway."
    assert scrub(note).text == note


def test_perturb2_keeps_perturbs_contexts_and_split() -> None:
    # perturb2 (names from another source) must hold out exactly the contexts perturb holds
    # out: read from the dev parts only (their complement is the held parts, by part_of)
    import json
    from pathlib import Path

    from phi_perturb_build import part_of  # bench/ is on the path (tests/phi_marked.py)

    bench = Path(__file__).resolve().parent.parent / "bench"

    def dev_rows(name: str) -> list[dict[str, object]]:
        lines = (bench / name).read_text(encoding="utf-8").splitlines()
        return [json.loads(x) for x in lines if x]

    first, second = dev_rows("phi_perturb_dev.jsonl"), dev_rows("phi_perturb2_dev.jsonl")
    first_groups = {str(r["group"]) for r in first}
    second_groups = {str(r["group"]) for r in second}
    assert second_groups <= first_groups
    assert all(part_of(g) == "dev" for g in second_groups)
    assert {str(r["split"]) for r in second} == {"perturb2_dev"}

    # every dev context of perturb whose names perturb changed is in perturb2's dev part
    def names_changed(row: dict[str, object]) -> bool:
        values = row["source"]["values"]  # type: ignore[index]
        return any(k.startswith(("ssa-given", "census2010-surname", "initial")) for k in values)

    assert {str(r["group"]) for r in first if names_changed(r)} <= second_groups
