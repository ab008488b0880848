"""A record's named fields pasted into a note (prepcli.phi.record_keys), from blind26's
development half: a CRM contact exported as JSON (trailheadapps/coral-cloud), and the YAML and
program shapes of the same fields."""

from __future__ import annotations

import pytest

from prepcli.phi import Span, find_phi
from prepcli.phi.record_keys import record_key_spans

_CONTACT = """{
    "LastName": "Neames",
    "FirstName": "Griz",
    "MailingStreet": "3790 Swallow Lane",
    "MailingCity": "Kansas City",
    "MailingState": "Missouri",
    "MailingPostalCode": "64179",
    "MailingCountry": "United States",
    "Preferred_Name__c": "Griz"
}"""


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.type) for s in record_key_spans(text)]


def test_a_crm_contacts_name_and_mailing_address_go_and_its_country_stays():
    spans = {(_CONTACT[s.start : s.end], s.type) for s in find_phi(_CONTACT)}
    assert {
        ("Neames", "PATIENT-NAME"),
        ("Griz", "PATIENT-NAME"),
        ("3790 Swallow Lane", "ADDRESS"),
        ("Kansas City", "ADDRESS"),
        ("Missouri", "ADDRESS"),
        ("64179", "ADDRESS"),
    } <= spans
    assert "United States" not in {v for v, _ in spans}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "first_name: Ngaio\nlast_name: Tuhiwai\ncity: Rotorua\nzip: 3010",
            [
                ("Ngaio", "PATIENT-NAME"),
                ("Tuhiwai", "PATIENT-NAME"),
                ("Rotorua", "ADDRESS"),
                ("3010", "ADDRESS"),
            ],
        ),
        (
            'pt = {firstName: \'Ana\', lastName=Mwangi, "birthDate": "1961-03-04"}',
            [("Ana", "PATIENT-NAME"), ("Mwangi", "PATIENT-NAME"), ("1961-03-04", "DOB")],
        ),
        ('{"home_zip": "94121", "nickname": null}', [("94121", "ADDRESS")]),
        # blind25's development half (airslie/renalware-core, CDCgov/prime-simplereport)
        (
            'create(:patient, local_patient_id_2: "V1111111", born_on: "2001-01-01")',
            [("V1111111", "MRN"), ("2001-01-01", "DOB")],
        ),
        # (a key inside a value the line's first word was read as a key of: "patient = ...")
        (
            'patient = described_class.new(born_on: "1880-01-01").tap(&:valid?)',
            [("1880-01-01", "DOB")],
        ),
        (
            'nhs_number: "0909718644",\nssn: 123-45-6789',
            [("0909718644", "MRN"), ("123-45-6789", "SSN")],
        ),
    ],
)
def test_a_records_name_birth_date_and_address_keys_in_any_shape(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a town with no person's key in the record: a clinic's, an event's
        '{"name": "Lumexa launch dinner", "city": "Boston", "state": "MA"}',
        # a label in prose is no key, and an empty value names nobody
        "Pt Jack Smith (DOB = 1/21/1928) Home Address: 123 Park Drive, Home Phone: 555 0100",
        '{"LastName": "", "FirstName": "null"}',
        # an id of any object, an id with no digit, a test's placeholder names
        '{"id": "8812", "patient_id": "unknown-yet"}',
        'update(family_name: "X", given_name: "new_given_name", surname: "::family name::")',
    ],
)
def test_what_no_record_key_says_is_a_persons_is_left_to_the_other_rules(text):
    assert _found(text) == []


def test_a_clinician_named_by_title_in_quotes_stays():
    """A quote is an apostrophe's character: "'Dr." was no title to the clinician rules, and
    the name went as a patient's (blind29: promptfoo's mock prescriptions)."""
    text = "medications: [{name: 'Lisinopril', prescribedBy: 'Dr. James Wilson'}]"
    assert find_phi(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # (blind35: a pharmacy benefit's and a hub's records)
        ('"cardholder_id": "ABC123456789",', "ABC123456789"),
        ('"medicare_beneficiary_id": "1EG4TE5MK73"', "1EG4TE5MK73"),
        ('"mbi": "1EG4TE5MK73"', "1EG4TE5MK73"),
        ('"rx_number": "RX4471290"', "RX4471290"),
        ('"policy_number": "P-4471290"', "P-4471290"),
    ],
)
def test_a_pharmacy_benefits_and_an_insurers_numbers_go(text: str, value: str) -> None:
    assert (value, "MRN") in _found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # (blind32: a health record system's fixtures, whose "clients" are its patients)
        ("opensrp_id: '11096120_family'", "11096120_family"),
        ('"openmrs_id": "10001V"', "10001V"),
        ('client_id: "C-100234"', "C-100234"),
        # national patient numbers by their keys
        ('"nhi_number": "ZAA0067"', "ZAA0067"),
        ("chi_number: 1234567890", "1234567890"),
        ('"health_card_number": "1234-567-890"', "1234-567-890"),
    ],
)
def test_a_health_record_systems_and_a_national_patient_number_go(text: str, value: str) -> None:
    assert (value, "MRN") in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "product_id: 12345",
        '"territory_id": "ONC-NE-03"',
        '"group_number": "CORP001", "bin": "610014"',
        # (a drug's code under its quoted key is no national number)
        '"ndc": "00071015523",\n    "drug_name": "Atorvastatin 20mg",',
    ],
)
def test_a_plans_group_and_a_drugs_code_stay(text: str) -> None:
    assert find_phi(text) == []


def test_a_fhir_identifier_whose_system_names_patients_goes() -> None:
    text = '"system": "http://example.org/patient-id",\n  "value": "EP2025001"'
    assert ("EP2025001", "MRN") in _scrubbed(text)


def test_a_fhir_name_with_a_clinicians_prefix_stays() -> None:
    text = '{"use": "official", "family": "Johnson", "given": ["Michael"], "prefix": ["Dr."]}'
    assert _scrubbed(text) == []
    # (a tagger's reading of it too)
    hints = [
        Span(text.index(w), text.index(w) + len(w), "PATIENT-NAME") for w in ("Johnson", "Michael")
    ]
    assert find_phi(text, hints=hints) == []
    assert ("Okafor", "PATIENT-NAME") in _scrubbed('{"family": "Okafor", "given": ["Ada"]}')


def test_a_clinicians_record_keeps_its_names_from_the_tagger_too() -> None:
    # blind29's development half: promptfoo's mock doctors, which the tagger read as patients
    text = (
        "{\n  id: 'D45678',\n  firstName: 'James',\n  lastName: 'Wilson',\n"
        "  specialty: 'Cardiology',\n}"
    )
    assert _found(text) == [("James", "HCP"), ("Wilson", "HCP")]
    hints = [
        Span(text.index(w), text.index(w) + len(w), "PATIENT-NAME") for w in ("James", "Wilson")
    ]
    assert find_phi(text, hints=hints) == []
    # (a key that names a patient is the patient's, whatever else the record holds; and a
    # record is its object or its block of lines)
    assert ("Ana", "PATIENT-NAME") in _scrubbed(
        "patient_first_name: Ana\nreferring_specialty: cardiology"
    )
    assert ("Ana", "PATIENT-NAME") in _scrubbed("first_name: Ana\n\nspecialty: cardiology")
    # (a licence is no clinician's key: a patient's record holds a driver's licence)
    assert ("Ana", "PATIENT-NAME") in _scrubbed(
        '{"first_name": "Ana", "drivers_license": "D1234567", "license": "D1234567"}'
    )


def _scrubbed(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.type) for s in find_phi(text)]
