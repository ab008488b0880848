"""Clinicians, staff, products, companies, places and eponyms stay; patients who share a word
with them still go (prepcli.phi.staff, prepcli.phi.protect, the clinician rules of
prepcli.phi.names).

Examples are made up, in wordings of their own (not those of bench/phi_precision_variants);
each stands for a class.
"""

from __future__ import annotations

import pytest

from prepcli.phi import scrub


def _kept(text: str, *words: str) -> str:
    out = scrub(text).text
    for word in words:
        assert word in out, out
    return out


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        # a name joined to a titled clinician is a colleague
        ("Dr. Umeh and Castellanos both asked for the renal data", ("Umeh", "Castellanos")),
        ("Saw Drs. Whitlock, Oyelaran and Brandt at grand rounds", ("Oyelaran", "Brandt")),
        ("Lunch with Dra. Quintero y Albarracín en la clínica", ("Quintero", "Albarracín")),
        # a surname cited as the source of what the note says
        ("Per Abernethy, the formulary decision slips to Q3.", ("Abernethy",)),
        # rosters and copy lines name colleagues
        ("Faculty: Oduya, Lindahl, Petrakis (all cardiology)", ("Oduya", "Lindahl", "Petrakis")),
        ("Subject: speaker slides\nCc: Harriet Vance; Omar Qureshi", ("Harriet Vance", "Omar")),
        # a signature above a job title
        ("Kind regards,\nSunniva Dahl\nSenior Key Account Manager", ("Sunniva Dahl",)),
        # stacked UK degrees after the comma
        ("Niamh Gallagher, MBBCh MRCP, wants the dosing card", ("Niamh Gallagher",)),
    ],
)
def test_colleagues_named_without_a_title_before_them_stay(
    text: str, keep: tuple[str, ...]
) -> None:
    _kept(text, *keep)


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("la dott.ssa Benedetta Galli chiede il materiale", "Benedetta Galli"),
        ("Rozmowa z dr n. med. Witoldem Zającem o dawkowaniu", "Witoldem Zającem"),
        ("Ringde specialistläkare Maja Holmberg om studien", "Maja Holmberg"),
        ("L'infirmière Odile a reçu les échantillons", "Odile"),
        ("la enfermera Rocío pidió folletos", "Rocío"),
        ("onze POH Femke wil meer folders", "Femke"),
        ("Oberärztin Dr. Henrike Maas informiert", "Henrike Maas"),
        # other languages' roles before a colon, as English "Attending:" or "PCP:"
        ("Hausärztin: Wiebke Sommerfeld", "Wiebke Sommerfeld"),
        ("Médecin traitant : Gaëlle Perrin", "Gaëlle Perrin"),
        ("Médico de cabecera: Ramiro Quesada", "Ramiro Quesada"),
        ("Huisarts: Joost Verhagen", "Joost Verhagen"),
        # compounds of the doctor's and nurse's words, a grade after the role
        ("Assistenzärztin Merle Jansen bittet um Unterlagen", "Merle Jansen"),
        ("barnsjuksköterska Elin Nyström ringde", "Elin Nyström"),
        ("la enfermera coordinadora Amaia pidió el material", "Amaia"),
        ("la secrétaire médicale Josiane gère l'agenda", "Josiane"),
        # English grades of nurse, staff after a possessive, registrations and degrees
        ("Nurse specialist Gráinne Moloney will run the clinic", "Gráinne Moloney"),
        ("The NP and her scheduler Kendra rebooked", "Kendra"),
        ("Saoirse Nolan RGN called back", "Saoirse Nolan"),
        ("Eoin Doyle, MB BCh BAO, MRCPI, wants the slides", "Eoin Doyle"),
    ],
)
def test_doctors_and_nurses_of_other_languages_stay(text: str, keep: str) -> None:
    _kept(text, keep)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        # the patient, or a relative, after "per" is no colleague
        ("per Marjatta Lehtonen the pen leaks", "Marjatta Lehtonen"),
        ("Per Brayden's mother the rash is back", "Brayden"),
        # a given name after a clinician may be the patient's: fail closed
        ("Dr. Umeh and Janet discussed the copay card", "Janet"),
        # a patient in the copy line is marked so
        ("Cc: Tobias Renner (patient), Dr. Falk", "Tobias Renner"),
    ],
)
def test_patients_near_those_shapes_still_go(text: str, secret: str) -> None:
    out = scrub(text).text
    assert secret not in out, out


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("Pt restarted Humira after the infection cleared", ("Humira",)),
        ("Takeda and Gilead reps were at the congress booth", ("Takeda", "Gilead")),
        ("Lilly and Novo both cut list prices this quarter", ("Lilly", "Novo")),
        ("Bayer's rep left before Pfizer arrived", ("Bayer", "Pfizer")),
    ],
)
def test_products_and_companies_stay(text: str, keep: tuple[str, ...]) -> None:
    _kept(text, *keep)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        # a company's name after a title or a given name is a person's surname
        ("Sr. Ramón Abbott pidió la tarjeta de copago", "Abbott"),
        ("Mrs. Pfizer called about the refill", "Pfizer"),
        ("Frau Gisela Roche, geb. 03.02.1950, ruft an", "Roche"),
        # and a company's name that is a given name, before a surname
        ("Spoke with Lilly Okonkwo (pt) about the pen", "Lilly Okonkwo"),
    ],
)
def test_patients_named_like_companies_still_go(text: str, secret: str) -> None:
    out = scrub(text).text
    assert secret not in out, out


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        # a territory's list of towns, whatever given names or surnames they share
        ("Region: Marion, Florence, Clifton and Sheridan this week", ("Marion", "Sheridan")),
        # a country in brackets after a relative
        ("Son (Portugal) +351 912 345 678 translates for her", ("Portugal",)),
        # scores, tests and devices named after people
        ("Ranson criteria and Wells score both low; Swan-Ganz catheter out", ("Ranson", "Wells")),
        ("Pompe testing and Gaucher panel ordered by genetics", ("Pompe", "Gaucher")),
    ],
)
def test_places_and_eponymous_tools_stay(text: str, keep: tuple[str, ...]) -> None:
    _kept(text, *keep)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        # a person's name before a test is the patient's
        ("Called Beatrix Langley re test results", "Beatrix Langley"),
        ("Patient: Milo Test Fairbanks, new start", "Milo Test Fairbanks"),
    ],
)
def test_patients_before_a_test_still_go(text: str, secret: str) -> None:
    out = scrub(text).text
    assert secret not in out, out
