"""Dates of birth, record numbers, national numbers and phones in the classes of round 12 of
bench/phi_variants.jsonl, in fresh wordings: partial and hedged birth dates, an age beside a
date, CJK "born" after the date, the genealogical star; fixed-width and two-column tables;
dotted and inflected labels, a bracketed aside, a number wrapped over a line; phones partly in
words and after a chart's line abbreviations. Values are made up; each class has lookalikes
that must stay."""

from __future__ import annotations

import pytest

from prepcli.phi import find_phi, scrub


def _gone(text: str, secret: str) -> str:
    out = scrub(text).text
    assert secret not in out, (secret, out)
    return out


def _types(text: str) -> set[str]:
    return {s.type for s in find_phi(text)}


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        # a day or month the form did not know, a year and month, a hedge
        ("DOB: XX/11/1958 (per son)", "11/1958"),
        ("Birth date UNK/07/49 on the transfer sheet", "07/49"),
        ("DOB 1958-11, day unknown", "1958-11"),
        ("DOB '58 is all the caller knew", "'58"),
        ("Year of birth: circa 1940", "1940"),
        # born with a hedge, a season or a holiday
        ("Her husband was born around 1948, caregiver.", "1948"),
        ("pt born late summer 1972 per daughter", "1972"),
        ("born on New Year's Eve 1949, asked about travel", "New Year's Eve 1949"),
        ("born mid-1966 in Leeds", "1966"),
        ("Spanish caller, nac. 12/05/1970", "12/05/1970"),
        ("Nato nel '47, vive solo.", "'47"),
        # an age beside a date with no brackets, or with the month's name in brackets
        ("58 y/o M 12/9/67 seen for follow-up", "12/9/67"),
        ("71F, 2/2/54, on anticoagulants", "2/2/54"),
        ("Patient 49 Jahre (3. Mai 76) ruft an", "3. Mai 76"),
        # "born" after a CJK date or year and month
        ("患者1958年11月出生，女性。", "1958年11月"),
        ("보호자: 1970년 5월 2일생 환자", "1970년 5월 2일"),
        # the genealogical star after a comma or in brackets
        ("Herr B., * 12.9.67, Sohn ruft an", "12.9.67"),
        ("Patientin (* 02.02.1954) kommt morgen", "02.02.1954"),
    ],
)
def test_partial_and_hedged_birth_dates(text: str, secret: str) -> None:
    _gone(text, secret)


@pytest.mark.parametrize(
    "text",
    [
        # a visit after an age, a recent date after a bed and a sex, a list's bullet, a
        # production date, a company's history
        "Bed 3 F 04/03/26 discharge planned.",
        "* 12.03.2026 Termin beim Hausarzt",
        "2026年3月4日生产，批号 4471。",
        "Approved in the spring of 1961 by the agency.",
        "Visit XX/03/2026 to be confirmed.",
    ],
)
def test_dates_that_are_no_birth_date_stay(text: str) -> None:
    assert "DOB" not in _types(text)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        (
            "Patient ID   Date of birth   Home phone\nA771204      09/12/57        (303) 555-0148",
            ["A771204", "09/12/57", "(303) 555-0148"],
        ),
        ("| MRN | 8820417 |\n| Mobile | 07700 900 318 |", ["8820417", "07700 900 318"]),
        ("Member ID | ZGP440917733\nPlan | Gold PPO", ["ZGP440917733"]),
    ],
)
def test_aligned_and_two_column_tables(text: str, secrets: list[str]) -> None:
    out = scrub(text).text
    for secret in secrets:
        assert secret not in out, (secret, out)


def test_table_of_products_stays() -> None:
    text = "Product      Lot        Expiry\nVeltrana     A44712     03/2027\nNDC | 0002-8215-01"
    assert find_phi(text) == []


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        # dotted abbreviations of identity cards and of a record's label
        ("C.I. 3.822.941-5 (Uruguay), hija llama", "3.822.941-5"),
        ("Portador do R.G. 23.456.789-0", "23.456.789-0"),
        ("N.H.C. 00482217, paciente de Sevilla", "00482217"),
        # inflected labels, a passport in another language, a bracketed aside
        ("Potilaan henkilötunnuksen 131052-308T hän luki puhelimessa", "131052-308T"),
        ("Passeport n° 18AV44712, voyage prévu", "18AV44712"),
        ("SSN (patient's, not the spouse's): 219-09-9999", "219-09-9999"),
        ("Social Security Number (per intake form, page 2): 078051120", "078051120"),
        # a Medicare card's spaced groups, a number wrapped over a line, a check group
        ("MBI 7AC9 HX2 PQ11 verified", "7AC9 HX2 PQ11"),
        ("SS#: 219-\n09-9999", "219-\n09-9999"),
        ("Nº afiliación: 08 12345678 69, llama la hija", "08 12345678 69"),
        # Thai label with its word for "number", French stay number, lower-case n°
        ("เลขบัตรประชาชน 3100600123456", "3100600123456"),
        ("n° de dossier 2024-00871 à rappeler", "2024-00871"),
    ],
)
def test_identifiers_after_more_labels(text: str, secret: str) -> None:
    _gone(text, secret)


@pytest.mark.parametrize(
    "text",
    [
        # products' registers of other countries, a confidence interval, a house number after
        # a Thai label, a carbon copy
        "PZN 04471290 und AIC 012345678 geliefert.",
        "HR 0.71 (95% C.I. 0.61-0.83) in the subgroup.",
        "บ้านเลขที่ 123/45 ซอย 7",
        "C.C. Dr. Ortiz; ref 2024-00871 closed.",
        "Ticket 4471, 12 tablets; Nr 4471290 12 units shipped.",
    ],
)
def test_lookalikes_of_the_new_labels_stay(text: str) -> None:
    assert not {"MRN", "SSN"} & _types(text)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("her mobile is four one two 555 0138", "four one two 555 0138"),
        (
            "Daughter: (412) seven seven three, oh eight four one",
            "(412) seven seven three, oh eight four one",
        ),
        ("hm 4125550138, wk 4125550199", "4125550138"),
        ("wk 4125550199 after lunch", "4125550199"),
        ("H: 4125550138  C: 4125550177", "4125550177"),
        ("(cell) 4125550177 is best", "4125550177"),
    ],
)
def test_phones_partly_in_words_and_after_line_abbreviations(text: str, secret: str) -> None:
    _gone(text, secret)


@pytest.mark.parametrize(
    "text",
    [
        "take one 500 mg tablet two times daily",
        "Visits 12, 14, nine and two on the list",
        "2 wk 12 tablets left",
        "Stage H: 2 of 4 sites",
    ],
)
def test_counts_in_words_stay(text: str) -> None:
    assert "PHONE" not in _types(text)


# --- round 13's classes -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        # other scripts' digits, six digits after a label, dotted and Dutch labels
        ("DOB: ١٢/٠٥/١٩٥٨", "١٢/٠٥/١٩٥٨"),
        ("生年月日　１９５８年１２月５日", "１９５８年１２月５日"),
        ("DOB 581205 on the lab's printout", "581205"),
        ("Fecha nac.: 12/05/58, llama el hijo", "12/05/58"),
        ("geboren d.d. 12-05-58", "12-05-58"),
        # a narrative "was born" in other languages, the first of the month in words
        ("El paciente nació el 12/05/1958 en Lima.", "12/05/1958"),
        ("nació el primero de mayo de 1958", "primero de mayo de 1958"),
        ("A paciente nasceu em 12/05/58.", "12/05/58"),
        # a birthday abbreviated or in words, spaced slashes, a Roman month without dots
        ("bday 12/5, daughter says", "12/5"),
        ("her birthday is the twelfth of May", "twelfth of May"),
        ("DOB 12 / May / 1958", "12 / May / 1958"),
        ("ur. 12 V 1958", "12 V 1958"),
    ],
)
def test_birth_dates_in_more_scripts_and_words(text: str, secret: str) -> None:
    _gone(text, secret)


@pytest.mark.parametrize(
    "text",
    [
        "Batch 581205 released; expiry 2027-05.",
        "Next visit 12 / May / 2026 at 10:30.",
        "Chapter 12 V 2026 of the guideline.",
        "The twelfth of May is the launch meeting.",
    ],
)
def test_no_birth_date_in_codes_and_visits(text: str) -> None:
    assert "DOB" not in _types(text)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("see https://emr.example.net/patients/8820417/labs", "8820417"),
        ("GET /Patient/a7f3-8820417 returned 200", "a7f3-8820417"),
        ("open chart.html?patient_id=8820417&tab=meds", "8820417"),
        ("Band:\nSMITH, ROSA\n*8820417*\n", "8820417"),
        ("8820417 (hospital no.) - daughter called", "8820417"),
        ("Q8820417 (chart #), St Mary's", "Q8820417"),
        ("Policyholder Identifier: 883204117", "883204117"),
        ("Patient identifier (old system): Q8820417", "Q8820417"),
    ],
)
def test_record_numbers_in_links_bands_and_claim_forms(text: str, secret: str) -> None:
    _gone(text, secret)


@pytest.mark.parametrize(
    "text",
    [
        "Docs at https://example.org/products/4471290/label",
        "*IMPORTANT*\nsee page 12",
        "Lot 4471290 (lot no.) shipped",
        "Copay card **** 4471 activated",
    ],
)
def test_links_and_emphasis_without_patients_stay(text: str) -> None:
    assert not {"MRN", "SSN"} & _types(text)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Aadhaar no. XXXX-XXXX-8831", "XXXX-XXXX-8831"),
        ("CPF: ***.882.041-**", "***.882.041-**"),
        ("주민번호 580512-1******", "580512-1******"),
        ("身份证 320102********0021", "320102********0021"),
        ("last four of her social is 4417", "4417"),
        ("Last 4 SSN: 4417", "4417"),
    ],
)
def test_masked_national_numbers_and_last_four(text: str, secret: str) -> None:
    _gone(text, secret)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("teléfono: seis cero cero, uno dos tres, cuatro cinco seis", "seis cero cero"),
        ("Handy null eins fünf eins, zwei drei vier fünf sechs sieben acht", "null eins fünf"),
        ("rappeler au zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit", "douze"),
        ("Tel:\n0161\n496 0923", "0161\n496 0923"),
        ("Tel. privat 0221 / 12 34 56", "0221 / 12 34 56"),
        ('{"homePhone":"07700900318"}', "07700900318"),
    ],
)
def test_phones_read_out_in_other_languages_and_broken_lines(text: str, secret: str) -> None:
    _gone(text, secret)


@pytest.mark.parametrize(
    "text",
    [
        "Il a pris un comprimé, deux fois, et trois jours de suite.",
        "Dosis: uno o dos comprimidos, tres veces al día.",
        "Stock:\n12\n45 boxes",
    ],
)
def test_counting_words_in_other_languages_stay(text: str) -> None:
    assert "PHONE" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "contamos uno dos tres cuatro cinco seis siete ocho nueve juntos",
        "Il a compté un deux trois quatre cinq six sept huit neuf dix à voix haute.",
        "Zählen: eins zwei drei vier fünf sechs sieben acht neun",
    ],
)
def test_counting_aloud_in_other_languages_is_no_phone(text: str) -> None:
    assert "PHONE" not in _types(text)


# --- round 14's classes -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        # typographic separators between a number's groups
        ("Son: 0161\u00a0496\u00a00923 after six", "0161\u00a0496\u00a00923"),
        ("cell 412\u2013555\u20130138", "412\u2013555\u20130138"),
        ("SSN 219\u201109\u20119999 on the letter", "219\u201109\u20119999"),
        ("DOB 12\u201305\u20131958", "12\u201305\u20131958"),
        ("Tél.\u00a0: 07\u202f88\u202f12\u202f34\u202f56", "07\u202f88\u202f12\u202f34\u202f56"),
        # a number wrapped onto the next line of a narrow field
        ("Patient ID:\n8820\n417 (wrapped)", "8820\n417"),
        ("Aadhaar:\n4471 2905\n8131", "4471 2905\n8131"),
    ],
)
def test_numbers_with_typographic_or_wrapped_separators(text: str, secret: str) -> None:
    _gone(text, secret)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a list of full numbers, one per line, each stays a number of its own
        ("Phones:\n0161 496 0923\n0161 496 0924", "0161 496 0924"),
        ("MRN\n4471290\n(old chart)", "4471290"),
    ],
)
def test_lists_of_whole_numbers_are_not_joined(text: str, absent: str) -> None:
    _gone(text, absent)


@pytest.mark.parametrize(
    "text",
    [
        "NDC 0002\u20118215\u201101; 30\u00a0\u00d7\u00a010\u00a0mg",
        "Preis 1\u00a0961,00\u00a0\u20ac; 1\u20132 mg/kg",
        "Release 2026\u201303\u201304; page 12 of 44",
        "Dose: 12\n30 tablets dispensed",
    ],
)
def test_typographic_figures_that_are_no_identifiers_stay(text: str) -> None:
    assert find_phi(text) == []


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("born on the 12th day of May, 1958, in Ohio", "12th day of May, 1958"),
        ("DOB: May '58", "May '58"),
        ("出生日期：民國47年5月12日", "民國47年5月12日"),
        ("生年月日 S33年5月12日", "S33年5月12日"),
        ("出生日期 58年5月12日", "58年5月12日"),
        ("Bdate 12.05.58", "12.05.58"),
        ("b/d 5/12/58 per profile", "5/12/58"),
    ],
)
def test_birth_dates_in_legal_era_and_abbreviated_forms(text: str, secret: str) -> None:
    _gone(text, secret)


@pytest.mark.parametrize(
    "text",
    [
        "metformin 500 mg b/d 3/4/26 started",
        "平成28年4月1日施行",
    ],
)
def test_twice_a_day_and_era_dates_of_rules_stay(text: str) -> None:
    assert "DOB" not in _types(text)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Clinic ID: gh-8820417", "gh-8820417"),
        ("מספר תיק 8820417", "8820417"),
        ("Αρ. Μητρώου 8820417", "8820417"),
        ("मरीज़ क्रमांक 8820417", "8820417"),
        ("Mi NIE es equis siete siete uno dos nueve cero cinco cuatro", "siete siete uno"),
        ("social is two one nine dash zero nine dash nine nine nine nine", "two one nine"),
        ("SSN •••-••-9999", "•••-••-9999"),
        ("n° sécu 2 58 05 12 345 678", "2 58 05 12 345 678"),
        ("Mobile 0612345678/0698765432", "0698765432"),
        ("Call 412-555-0138 or 0199 for the son", "0199"),
    ],
)
def test_more_labels_spoken_ids_masks_and_second_lines(text: str, secret: str) -> None:
    _gone(text, secret)


@pytest.mark.parametrize(
    "text",
    [
        "מספר הזמנה 8820417",
        "Αρ. παρτίδας 8820417",
        "बैच नंबर 8820417",
        "ratio 2024/2025, 0612345/0698765",
        "one point five two three four five six seven",
    ],
)
def test_orders_batches_and_figures_stay(text: str) -> None:
    assert not {"MRN", "SSN", "PHONE"} & _types(text)


def test_digits_among_digit_words_do_not_break_the_counting_check() -> None:
    # (a run of digit groups alone in a note that has digit words elsewhere once raised
    # IndexError)
    text = "one or two calls: (614) 555 0192 and 614 555 0177, three times"
    assert "PHONE" in _types(text)


# --- round 15's classes: numbers with no cue -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Talked to Rosa Diaz 4125550138 about the card", "4125550138"),
        ("niece Carla 4125550177 will call", "4125550177"),
        ("Tom (husband) 07700900318 after 6", "07700900318"),
        ("Rosa Diaz 5/12/58 asked about refills", "5/12/58"),
        ("Diaz, Rosa  F  12-05-58", "12-05-58"),
        ("Mrs Diaz (12.05.58) called", "12.05.58"),
        ("Patient [MRN] 8820417 from the template", "8820417"),
    ],
)
def test_numbers_right_after_a_person(text: str, secret: str) -> None:
    _gone(text, secret)


@pytest.mark.parametrize(
    "text",
    [
        # a clinician's NPI after a name, a delimited row, a register's word, doses, chart dates
        "Dr. Amara Okafor 2160363232 prefers email",
        "HCP-0001,Dr. Amara Okafor,2160363232,Medical Oncology",
        "Account 4125550138 updated",
        "Combo 5/10/40 mg, 10/20/80 mg",
        "Date : 01/13/93 admitted on 01/13/93",
        "DOA: 2/17/80; version 04-03-61",
        "Seen Tuesday 04/07/69",
    ],
)
def test_no_cue_lookalikes_stay(text: str) -> None:
    assert not {"PHONE", "DOB"} & _types(text)
