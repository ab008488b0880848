"""National identity and health numbers, record numbers under other systems' names, birth
timestamps and phone words in other languages. Examples are made up (check digits computed)."""

from __future__ import annotations

import pytest

from prepcli.phi import scrub
from prepcli.phi.national_ids import find_national_ids


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("forwarded 756.1234.5678.97 from the Swiss form", "SSN"),  # AHV, EAN-13 check
        ("carte vitale 1 85 05 78 006 084 91 on file", "SSN"),  # NIR, mod-97 key
        ("RSSMRA85T10A562S written on the pharmacy slip", "SSN"),  # codice fiscale
        ("ihi on the script: 8003 6012 3456 7894", "MRN"),  # Australian IHI, Luhn
        ("NI AB 12 34 56 C on the letter", "SSN"),  # British National Insurance number
        ("PAN ABCPE1234F on the form", "SSN"),  # Indian PAN, a person's (P)
        ("card shows 2341 2341 2346", "SSN"),  # Aadhaar, Verhoeff
        ("cadastro 123.456.789-09 no sistema", "SSN"),  # Brazilian CPF
        ("ficha con 12345678Z", "SSN"),  # Spanish DNI, check letter
        ("NIE X1234567L", "SSN"),  # Spanish NIE
        ("ID 11010519491231002X copied", "SSN"),  # Chinese resident ID, ISO 7064
        ("RRN 850101-1234567", "SSN"),  # Korean resident number, a real date
        ("pnr 811218-9876 i journalen", "SSN"),  # Swedish personnummer, Luhn
        ("hetu 131052-308T", "SSN"),  # Finnish HETU, check character
        ("ficha 12.345.678-5", "SSN"),  # Chilean RUT, mod 11
        ("MBI 1EG4-TE5-MK73 on the card", "MRN"),  # US Medicare Beneficiary Identifier
    ],
)
def test_national_numbers_found_by_shape_and_check_digits(text: str, kind: str) -> None:
    spans = list(find_national_ids(text))
    assert [s.type for s in spans] == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "forwarded 756.1234.5678.98 from the Swiss form",  # AHV check digit wrong
        "order 1 85 05 78 006 084 92 shipped",  # NIR key wrong
        "a clinician's HPI-I 8003 6112 3456 7893 on the letter",  # not a patient's IHI
        "ref 2341 2341 2345 for the order",  # Verhoeff fails
        "code 123.456.789-00 in the export",  # CPF check digits wrong
        "box 12345678A shipped",  # DNI letter wrong
        "run 851399-1234567 logged",  # no such date
        "job 811218-9875 queued",  # Luhn fails
        "acct 12.345.678-9",  # RUT check wrong
    ],
)
def test_numbers_failing_their_check_stay(text: str) -> None:
    assert list(find_national_ids(text)) == []


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # national numbers under their label, in their own long shapes
        ("numéro INSEE 284127505612345 lu au téléphone", ["284127505612345"]),
        ("AHV-Nr. 756.0000.1111.22 auf dem Formular", ["756.0000.1111.22"]),
        ("Sig. Franco Bassi, CF BSSFNC60A01H501Z", ["Bassi", "BSSFNC60A01H501Z"]),
        # record numbers under other systems' names, spaced digit groups
        ("Medicare 2951 38274 1-3 on the form", ["38274"]),
        ("MPI 7730012245 for the transfer", ["7730012245"]),
        ("URN 0044871 at the front desk", ["0044871"]),
        ("MEDITECH no. 00412877 on the discharge", ["00412877"]),
        # a case's or chart's number in other languages
        ("Fallnummer 20231145 im Arztbrief", ["20231145"]),
        ("N° dossier: 774512 au CHU", ["774512"]),
        ("historia clínica nº 448812 en el informe", ["448812"]),
        ("cartella clinica n. 2023/4471 allegata", ["2023/4471"]),
        # a birth timestamp as exports write it, with no label before it
        ("export says 1958-07-02T08:15:00+01:00 for her", ["1958-07-02"]),
        # a month and year after a birth label; a Roman month; "b." before a full date
        ("DOB 4/58, on the list", ["4/58"]),
        ("DOB: 11/1949 per the form", ["11/1949"]),
        ("ur. 7.XI.1953, pacjent", ["7.XI.1953"]),  # Polish "urodzony", by its Roman month
        ("b. 12/08/47 - widowed", ["12/08/47"]),
        ("DOB Jun 9 '52 on the fax", ["Jun 9"]),
        # a phone after a short or foreign word for it
        ("home ph 398812345 (one digit short)", ["398812345"]),
        ("mobiel 0612345678 voor terugbellen", ["0612345678"]),
        # a surname and the given name's initial closing a field
        ("Chart no. 5512 - Mr Brandauer K.", ["Brandauer K"]),
    ],
)
def test_identifier_shapes_are_scrubbed(text: str, secrets: list[str]) -> None:
    out = scrub(text).text
    for secret in secrets:
        assert secret not in out, (secret, out)


@pytest.mark.parametrize(
    "text",
    [
        "sent MIR #MI-2026-0871 to medical information",
        "GLN no. 7601001234567 of the pharmacy",
        "pt on Medicare Part D since 2019",
        "pH 7.35 on the gas, lactate 2.1",
        "visit booked 2025-03-04T10:00 at the clinic",
    ],
)
def test_reference_numbers_and_figures_stay(text: str) -> None:
    assert scrub(text).text == text
