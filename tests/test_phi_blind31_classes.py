"""Classes of misses from blind31's development half (HL7/fhir-ae-research-ig's examples,
donihyun/e2br3's E2B(R3) messages); values made up in the same shapes."""

from __future__ import annotations

import pytest

from prepcli.phi import find_phi

_FSH = """Instance: ExamplePatient
InstanceOf: Patient
* identifier.system = "http://hospital.example.org"
* identifier.value = "m4471"
* name.family = "Okonjo"
* name.given[0] = "Amara"
* birthDate = "1961-03-04"
* address.line = "17 Harrow Lane"
* address.city = "Dayton"
* address.postalCode = "45402"
* address.country = "US"

Instance: ExamplePractitioner
InstanceOf: Practitioner
* name.family = "Careful"
* name.given = "Adam\""""


def test_a_fhir_shorthand_patients_identifiers_go_and_a_practitioners_name_stays():
    found = {(_FSH[s.start : s.end], s.type) for s in find_phi(_FSH)}
    assert found == {
        ("m4471", "MRN"),
        ("Okonjo", "PATIENT-NAME"),
        ("Amara", "PATIENT-NAME"),
        ("1961-03-04", "DOB"),
        ("17 Harrow Lane", "ADDRESS"),
        ("Dayton", "ADDRESS"),
        ("45402", "ADDRESS"),
    }


def test_an_hl7_v3_persons_name_parts_go_and_a_clinicians_stay() -> None:
    e2b = """<assignedPerson classCode="PSN">
  <name>
    <prefix>Ms</prefix>
    <given>Amara</given>
    <hl7:family qualifier="BR">Okonjo</hl7:family>
  </name>
</assignedPerson>
<assignedAuthor><assignedPerson><name>
  <prefix>Dr.</prefix><given>Adam</given><family>Careful</family>
</name></assignedPerson></assignedAuthor>
<patient><name><given nullFlavor="MSK"/></name></patient>"""
    found = {(e2b[s.start : s.end], s.type) for s in find_phi(e2b)}
    assert found == {("Amara", "PATIENT-NAME"), ("Okonjo", "PATIENT-NAME")}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("SAE Patient QOBRE on Research Study XYZ. QOBRE was enrolled on 12-Jun-2024.", "QOBRE"),
        ("Dr Okafor said patient KMB had a rash; KMB stopped Lumexa.", "KMB"),
        ("Reporter: Dr Okafor. Patient: RTW, 61M. Onset day 3.", "RTW"),
        ("Pt JD reported nausea after dose 2.", "JD"),
    ],
)  # fmt: skip
def test_a_patients_code_in_capitals_after_the_patients_word_goes_everywhere(
    text: str, code: str
) -> None:
    found = [text[s.start : s.end] for s in find_phi(text) if s.type == "PATIENT-NAME"]
    assert found == [code] * text.count(code), find_phi(text)


@pytest.mark.parametrize(
    "text",
    [
        "Patient HIV positive, on ART.",
        "Patient CT showed a 4 mm nodule.",
        "Patient NOT seen today; office closed.",
        "Patient OK after the infusion.",
        "Patient ID: pending; Pt DOB unknown.",
        "Patient HUMIRA naive, switching next month.",
        # the trade's abbreviations and messaging shorthand
        "Patient PIL requested in Polish; patient FAQ sent.",
        "Patient PSP enrolment done, FYI.",
        "Patient KOL meeting moved; pt ASAP callback.",
        # a note in capitals: every word after "PATIENT" is in capitals
        "PATIENT TOLERATED FEEDS. PT WITH BRUISE UNDER L EYE.",
    ],
)
def test_an_abbreviation_a_word_or_a_product_after_the_patients_word_stays(text: str) -> None:
    assert [s for s in find_phi(text) if s.type == "PATIENT-NAME"] == [], find_phi(text)
