"""Classes of identifiers in clinicians' questions about named patients and in Swiss German
clinical lines (the classes phi_blind9_dev's misses and false positives fell into), each tested
on sentences written for this file, never copied from a benchmark set. Marks as in
bench/blind_phi_marks.py: {N|..} patient's name, {M|..} record or insurance number, {A|..}
address, {P|..} phone, {D|..} birth date, {H|..} a clinician's name that must stay, {I|..}
scored neither way. ROUND_1 was written first and measured on main before any rule changed;
ROUND_2 was written after round 1's rules and measured before its own fixes."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from prepcli.phi import find_phi


def _load_marks() -> ModuleType:
    # by file path under its own name, as tests/test_phi_addresses_layouts.py loads bench/phi.py
    path = Path(__file__).resolve().parent.parent / "bench" / "blind_phi_marks.py"
    spec = importlib.util.spec_from_file_location("blind_phi_marks_b9", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_marks = _load_marks()

ROUND_1_EN = [
    # insurance / plan / case numbers after their label, a copula or a '#'
    "Dosing of apixaban for an 80-year-old woman, {N|Carol Nguyen}, seen at {I|Baptist "
    "Health} on {I|3/3/2023}; insurance plan {M|#KP-4417820}.",
    "pt on dialysis, ins policy no. {M|MX-220391}, asking about epo dosing in ESRD.",
    "Her plan is {M|UH-7781204}, can we get prior auth for dupilumab?",
    "insurance is {M|BCB-883120}. what's the max dose of gabapentin in CKD stage 4?",
    "see case {M|#MG-554310} for the prior workup of this 61yo w/ sarcoid.",
    "Admitted for urosepsis (MRN: {M|#NYU-80431}), what empiric coverage?",
    "tx for 70yo w/ gout, ins: {M|WX-330217}.",
    "The policy number is {M|TR-90017}; does it cover CGM for type 2?",
    "Renal dosing of cefepime (Insurance: {M|QRT559201})?",
    "He has coverage under plan {M|#PX-77120} and needs a PA for Entresto.",
    # a given name and an initial set off by commas, or after "case of" / "notes for"
    "asthma plan for an 8yo boy, {N|Kevin M.}, who had two ED visits last month",
    "see case of {N|Rachel P.} at {I|Mercy Hospital} on {I|5/2/2022}, what about IVIG?",
    "pt seen at {I|Valley Clinic}, {N|Peter G.} on {I|June 3rd 2023}, worried about "
    "statin myalgia.",
    "a 45-year-old with psoriatic arthritis, {N|Diane W.} presented to {I|Kaiser} with "
    "new joint pain",
    "gout flare in a 59yo male, {N|Oscar F.}, started allopurinol last week, continue colchicine?",
    "{N|Laura K.} mentioned this case at the tumor board on {I|Mar 8}.",
    "review notes for {N|Vincent B.}, seen at {I|St. Mary's} on {I|2/2/2023}.",
    # a drug before the patient's name is no name
    "Bleeding risk for a 66-year-old female on Metformin and Lisinopril, {N|Nora B.}, "
    "seen at {I|Regions Hospital}?",
    "Interactions for a 71yo on Amiodarone, {N|Gary H.}, admitted to {I|Mercy} on {I|Jan 3}.",
    # where the patient is from
    "a 70-year-old man, {N|Walter Price} from {A|Phoenix}, admitted on {I|May 2, 2023} with CAP",
    "Treatment options for {N|Karen Ellis} from {A|Denver}, 52, with new-onset AF?",
    "referred by Dr. {H|Helen Ortiz} from {I|Boston} on {I|March 4, 2023}.",
    # clinicians after Dr. stay
    "seen by Dr. {H|Omar K.} at {I|Baylor} on {I|2/2/2022}, what next for refractory HTN?",
]

ROUND_1_DE = [
    # a Swiss chart's "SURNAME Given" and "Surname Surname, Given"
    "{N|BRUNNER Käthi Maria}, geb. {D|12.03.1948}",
    "{N|STEINER-GRAF Ursula} hat gut geschlafen.",
    "{N|VON ARX Beat}, Zimmer 12",
    "{N|Gerber Wyss, Heidi} hat die Medikamente selbständig gerichtet.",
    "{N|ZIMMERLI Ruth} wurde am Vormittag mobilisiert.",
    # family, Herr/Frau with an initial or a surname that is a German noun
    "Familie {N|Zgraggen} wünscht einen Rückruf.",
    "Herr {N|K.} klagt über Schwindel.",
    "Herr {N|Fuchs} kommt am Montag zur Kontrolle.",
    "Bei Frau {N|Koch} zeigt sich eine Besserung.",
    "Gespräch mit Frau {N|R.} und ihrem Sohn.",
    # relatives: the relative's word is no name, the relative is
    "Beim Vater, {N|Ernst Koller}, wurde ein Aneurysma festgestellt.",
    "Mit der Tochter, {N|Regula Imhof}, telefoniert.",
    "Geschwister (3, 7, 9) gesund.",
    "Enkel (1, 4) leben im gleichen Haushalt.",
    # clinicians: titles, roles after the name, sign-offs, attendance lists
    "Prof. Dr. med. {H|Lukas Brändli}, Chefarzt Kardiologie",
    "Dr. med. {H|Sabine Keller}, Oberärztin",
    "{H|Corinne Frei}, Assistenzärztin",
    "{H|Marco Bianchi}, Pflegefachmann HF",
    "{H|Nadine Roos}, Pflegefachfrau",
    "i.A. {H|Reto Schmid}",
    "Visum: {H|U. Lanz}",
    "Anwesend: {H|Vogel}, {H|Bachmann}, {H|Egli}",
    "Leitende Ärztin Dr. {H|Petra Suter}",
    # phones, towns, case numbers
    "Tel.-Nr.: {P|+41 44 255 11 11}",
    "Natel: {P|079 555 12 34}",
    "Tel. P: {P|061 123 45 67}",
    "Die Patientin stammt aus {A|Sursee}.",
    "Patient aus {A|Brugg}, lebt allein.",
    "Fall-Nr. {M|40012345}",
    "Fall {M|5588123}, Station 4",
    "PID {M|1234567}",
]

# What round 1's rules leave (see bench/PHI.md): a given name that is an English word before a
# capitals surname ("VON ARX Beat"), "case #" (a company's case as often as a patient's), a
# drug no stem names before a comma and a patient ("Amiodarone").
LEFT = frozenset(
    {
        "see case {M|#MG-554310} for the prior workup of this 61yo w/ sarcoid.",
        "Interactions for a 71yo on Amiodarone, {N|Gary H.}, admitted to {I|Mercy} on {I|Jan 3}.",
        "{N|VON ARX Beat}, Zimmer 12",
    }
)


def _rounds() -> list[str]:
    return [m for r in (ROUND_1_EN, ROUND_1_DE) for m in r if m not in LEFT]


@pytest.mark.parametrize("marked", _rounds())
def test_identifiers_go_and_clinicians_stay(marked: str) -> None:
    text, spans = _marks.parse(marked)
    found = find_phi(text)
    for s in spans:
        start, end = int(s["start"]), int(s["end"])  # type: ignore[call-overload]
        touched = [f for f in found if f.start < end and start < f.end]
        if s["type"] in _marks.PHI_TYPES:
            covered = sum(min(end, f.end) - max(start, f.start) for f in touched)
            assert covered >= end - start, (s["text"], text)
        elif s["type"] == "HCP":
            assert not touched, (s["text"], text)
    # nothing outside a marked span (a clinician, a drug, a relative's word) is taken
    for f in found:
        assert any(f.start < int(s["end"]) and int(s["start"]) < f.end for s in spans), (  # type: ignore[call-overload]
            text[f.start : f.end],
            text,
        )
