"""Build the thirty-fifth blind set for the patient-identifier scrubber and its two halves.

Text a pharmaceutical company's field team, market-access or patient-services staff would hold,
from repositories nobody here had used: the sales-rep and HCP call dialogues that a medical
transcription demo generates audio from (chriskaspar/aws-healthscribe-demo, MIT-0:
src/components/GenerateAudio/templates/, an AbbVie, a Novartis and a Pfizer rep detailing a drug
to a physician, and a "LifeTouch" rep's first and follow-up calls), and the pharmacy-benefit,
manufacturer-programme (copay card, patient assistance, foundation grant, bridge supply, hub),
specialty-pharmacy, prior-authorisation, eligibility and accumulator examples of a synthetic
healthcare-data skill library (mark64oswald/healthsim-skills, Apache-2.0: skills/rxmembersim/*.md
and hello-healthsim/examples/rxmembersim-examples.md). Each snippet is held below with its spans
marked inline as ``{T|text}``: N (PATIENT-NAME), D (DOB), M (MRN), S (SSN), P (PHONE), E (EMAIL),
A (ADDRESS) and the kept types H (HCP) and I (IGNORE) (the format of bench/blind_phi_marks.py),
labelled by hand by role as BLIND35-phi.md says. The script strips the marks, computes the
offsets, validates every row and splits the set by document. Never runs a detector and imports
nothing from prepcli.

    python bench/blind35_phi_build.py                 # write bench/phi_blind35_dev.jsonl + _held.jsonl
    python bench/blind35_phi_build.py --whole PATH    # also write the whole set to PATH
    python bench/blind35_phi_build.py --check         # validate the written halves only

Selection. healthscribe: the ``text`` of every dialogue turn of the five rep-call templates that
names the rep or the physician, and every fourth other turn (id 3, 7, 11, ...), 47 turns.
healthsim-skills: every fenced code block of the nine files; the mark format allows no brace in a
text, so each block is cut at its braces into parts, a part being the verbatim text between two
braces with outer whitespace and a trailing or leading comma trimmed (blind32's rule). Kept: every
part holding a member's name, ID, birth date, phone or address (82), and the identifier-free parts
holding a prescriber, a reviewing physician, a pharmacy or a programme's name, NPI, phone or address (22); parts holding a
``|`` dropped. Member IDs, names, dates of birth, street address, city, state and postal code were
pre-marked by regular expressions on their JSON keys as a drafting aid; every snippet was then read
and its spans retyped by hand where the role differs (a pharmacy's city and address, a prescriber's
phone and fax: IGNORE). Re-fetching: the ``fetch`` tool (``github:<repo>``), then
``git show <commit>:<path>``; a row's ``row`` names the dialogue turn, or the code block (its first
line, 1-based) and the part counted from 1 with the line where it starts. BLIND35-phi.md
describes the set.
"""

# ruff: noqa: E501  (the snippet table holds long strings; each snippet stays on its lines)
from __future__ import annotations

import sys

import blind_phi_marks as marks

SPLIT = "blind35"

# key prefix -> (repository, commit, licence)
REPOS = {
    "hs": ("chriskaspar/aws-healthscribe-demo", "bfdaa0b8a0a2f089fb9bc9acd0e15781cef8b32f", "MIT-0 (LICENSE, MIT No Attribution)"),
    "sk": ("mark64oswald/healthsim-skills", "a76bd35c022e710dd40e205b80dd9d0a11a8a625", "Apache-2.0 (LICENSE)"),
}  # fmt: skip
RECORD = {
    "hs": "one dialogue turn's text verbatim as TypeScript decodes the string; labelled by hand by role (BLIND35-phi.md)",
    "sk": "one part of a fenced code block cut at its braces, verbatim, outer whitespace and a leading or trailing comma trimmed; labelled by hand by role (BLIND35-phi.md)",
}
# The skill library's examples reuse stock member IDs and names (MEM001234567, Michael Johnson)
# across its files, which would tie all of it into one unit; as with blind22's stock names, each
# code block (one worked example, keyed ``sk:PATH#LINE``) is a unit of its own. The rep dialogues
# share no patient identifier; each file is a unit.
UNTIED = ("hs:", "sk:")


def source(key: str, where: str) -> dict[str, str]:
    """The source of a snippet key (``hs:PATH``, ``sk:PATH#LINE``: ``#LINE`` names the code
    block's first line and stays out of the path)."""
    prefix, rest = key.split(":", 1)
    path = rest.split("#", 1)[0]
    repo, commit, licence = REPOS[prefix]
    return {"repo": repo, "commit": commit, "path": path, "row": where, "licence": licence}


# fmt: off
# (document key, where in the document, marked snippet)
SNIPPETS: list[tuple[str, str, str]] = [
    ('sk:skills/rxmembersim/manufacturer-programs.md#L420', 'code block from line 420, brace part 3 (line 423)',
     '"transaction": "B1",\n      "bin": "610014",\n      "pcn": "PRIMARY",\n      "group": "COMM001",\n      "cardholder_id": "{M|MEM001234}",\n      "ndc": "12345678901",\n      "ingredient_cost": 450.00,\n      "response":'),
    ('sk:skills/rxmembersim/manufacturer-programs.md#L420', 'code block from line 420, brace part 6 (line 437)',
     '"transaction": "B1",\n      "other_coverage_code": "8",\n      "bin": "610020",\n      "pcn": "COPAY",\n      "group": "CPCARD01",\n      "cardholder_id": "{M|AUTO12345678}",\n      "ndc": "12345678901",\n      "ingredient_cost": 100.00,\n      "other_payer_amount_paid": 350.00,\n      "response":'),
    ('sk:skills/rxmembersim/manufacturer-programs.md#L562', 'code block from line 562, brace part 2 (line 564)',
     '"program_name": "DrugX Savings Program",\n    "enrollment_date": "2025-01-15",\n    "status": "active",\n    "member_id": "{M|SAV123456789}",\n    "card_details":'),
    ('sk:skills/rxmembersim/manufacturer-programs.md#L562', 'code block from line 562, brace part 3 (line 569)',
     '"bin": "610020",\n      "pcn": "DRUGXSAVE",\n      "group": "DX001",\n      "member_id": "{M|SAV123456789}"'),
    ('sk:skills/rxmembersim/manufacturer-programs.md#L593', 'code block from line 593, brace part 2 (line 595)',
     '"member_id": "{M|MEM001234}",\n    "name":'),
    ('sk:skills/rxmembersim/manufacturer-programs.md#L593', 'code block from line 593, brace part 3 (line 596)',
     '"given_name": "{N|Robert}", "family_name": "{N|Chen}"'),
    ('sk:skills/rxmembersim/manufacturer-programs.md#L593', 'code block from line 593, brace part 11 (line 618)',
     '"claim_id": "RX20250115000021",\n    "bin": "004682",\n    "pcn": "CN",\n    "group": "JARSAVE",\n    "member_id": "{M|JS123456789}",\n    "amount_submitted": 100.00,\n    "response":'),
    ('sk:skills/rxmembersim/manufacturer-programs.md#L644', 'code block from line 644, brace part 3 (line 650)',
     '"name": "{N|Maria Santos}",\n      "dob": "{D|1965-03-22}",\n      "insurance_status": "Medicare Part D with coverage gap"'),
    ('sk:skills/rxmembersim/manufacturer-programs.md#L688', 'code block from line 688, brace part 3 (line 694)',
     '"name": "{N|William Thompson}",\n      "insurance": "Medicare Part D",\n      "diagnosis": "M05.79 - Rheumatoid arthritis"'),
    ('sk:skills/rxmembersim/manufacturer-programs.md#L726', 'code block from line 726, brace part 3 (line 732)',
     '"name": "{N|Jennifer Walsh}",\n      "insurance": "Commercial PPO"'),
    ('sk:skills/rxmembersim/manufacturer-programs.md#L764', 'code block from line 764, brace part 3 (line 767)',
     '"name": "{N|David Park}",\n      "plan_type": "HDHP with accumulator policy"'),
    ('sk:skills/rxmembersim/specialty-pharmacy.md#L353', 'code block from line 353, brace part 2 (line 355)',
     '"member_id": "{M|MEM001234}",\n    "name":'),
    ('sk:skills/rxmembersim/specialty-pharmacy.md#L353', 'code block from line 353, brace part 3 (line 356)',
     '"given_name": "{N|Susan}", "family_name": "{N|Martinez}"'),
    ('sk:skills/rxmembersim/rx-enrollment.md#L147', 'code block from line 147, brace part 1 (line 148)',
     '"member_id": "{M|MEM001234567}",\n  "cardholder_id": "{M|ABC123456789}",\n  "bin": "003858",\n  "pcn": "A4",\n  "group_number": "RX1234",\n  "person_code": "01",\n  "rx_plan_code": "RX-COMMERCIAL-3TIER",\n  "coverage_start": "2025-02-01",\n  "coverage_end": null,\n  "relationship_code": "18",\n  "subscriber_id": null,\n  "mail_order_eligible": true,\n  "specialty_eligible": true'),
    ('sk:skills/rxmembersim/rx-enrollment.md#L256', 'code block from line 256, brace part 1 (line 257)',
     '"transaction_code": "E1",\n  "request_datetime": "2025-01-15T10:30:00",\n  "bin": "003858",\n  "pcn": "A4",\n  "cardholder_id": "{M|ABC123456789}",\n  "group_number": "RX1234",\n  "person_code": "01",\n  "patient":'),
    ('sk:skills/rxmembersim/rx-enrollment.md#L256', 'code block from line 256, brace part 2 (line 265)',
     '"first_name": "{N|MICHAEL}",\n    "last_name": "{N|JOHNSON}",\n    "date_of_birth": "{D|1985-03-15}",\n    "gender": "M"'),
    ('sk:skills/rxmembersim/rx-enrollment.md#L276', 'code block from line 276, brace part 2 (line 281)',
     '"cardholder_id": "{M|ABC123456789}",\n    "first_name": "{N|MICHAEL}",\n    "last_name": "{N|JOHNSON}",\n    "date_of_birth": "{D|1985-03-15}",\n    "coverage_status": "active"'),
    ('sk:skills/rxmembersim/rx-enrollment.md#L326', 'code block from line 326, brace part 5 (line 339)',
     '"member_id": "{M|MEM001234567}",\n      "cardholder_id": "{M|ABC123456789}",\n      "person_code": "01",\n      "name":'),
    ('sk:skills/rxmembersim/rx-enrollment.md#L326', 'code block from line 326, brace part 6 (line 343)',
     '"given_name": "{N|Michael}",\n        "family_name": "{N|Johnson}"'),
    ('sk:skills/rxmembersim/rx-enrollment.md#L326', 'code block from line 326, brace part 7 (line 345)',
     '"birth_date": "{D|1985-03-15}",\n      "gender": "M",\n      "address":'),
    ('sk:skills/rxmembersim/rx-enrollment.md#L326', 'code block from line 326, brace part 8 (line 349)',
     '"street_address": "{A|456 Oak Avenue}",\n        "city": "{A|Springfield}",\n        "state": "{A|IL}",\n        "postal_code": "{A|62702}"'),
    ('sk:skills/rxmembersim/rx-enrollment.md#L326', 'code block from line 326, brace part 11 (line 358)',
     '"member_id": "{M|MEM001234568}",\n        "cardholder_id": "{M|ABC123456789}",\n        "person_code": "02",\n        "name":'),
    ('sk:skills/rxmembersim/rx-enrollment.md#L326', 'code block from line 326, brace part 12 (line 362)',
     '"given_name": "{N|Sarah}",\n          "family_name": "{N|Johnson}"'),
    ('sk:skills/rxmembersim/rx-enrollment.md#L326', 'code block from line 326, brace part 13 (line 364)',
     '"birth_date": "{D|1987-07-22}",\n        "gender": "F",\n        "relationship_code": "01"'),
    ('sk:skills/rxmembersim/rx-enrollment.md#L326', 'code block from line 326, brace part 14 (line 370)',
     '"member_id": "{M|MEM001234569}",\n        "cardholder_id": "{M|ABC123456789}",\n        "person_code": "03",\n        "name":'),
    ('sk:skills/rxmembersim/rx-enrollment.md#L326', 'code block from line 326, brace part 15 (line 374)',
     '"given_name": "{N|Emma}",\n          "family_name": "{N|Johnson}"'),
    ('sk:skills/rxmembersim/rx-enrollment.md#L326', 'code block from line 326, brace part 16 (line 376)',
     '"birth_date": "{D|2015-11-10}",\n        "gender": "F",\n        "relationship_code": "19"'),
    ('sk:skills/rxmembersim/rx-enrollment.md#L398', 'code block from line 398, brace part 5 (line 413)',
     '"member_id": "{M|MBI1234567890}",\n      "cardholder_id": "{M|MBI1234567890}",\n      "medicare_beneficiary_id": "{M|1EG4-TE5-MK72}",\n      "person_code": "01",\n      "name":'),
    ('sk:skills/rxmembersim/rx-enrollment.md#L398', 'code block from line 398, brace part 6 (line 418)',
     '"given_name": "{N|Robert}",\n        "family_name": "{N|Williams}"'),
    ('sk:skills/rxmembersim/rx-enrollment.md#L398', 'code block from line 398, brace part 7 (line 420)',
     '"birth_date": "{D|1957-06-15}",\n      "gender": "M",\n      "address":'),
    ('sk:skills/rxmembersim/rx-enrollment.md#L398', 'code block from line 398, brace part 8 (line 424)',
     '"street_address": "{A|789 Maple Street}",\n        "city": "{A|Chicago}",\n        "state": "{A|IL}",\n        "postal_code": "{A|60601}"'),
    ('sk:skills/rxmembersim/rx-enrollment.md#L452', 'code block from line 452, brace part 3 (line 458)',
     '"member_id": "{M|MEM001234567}",\n      "cardholder_id": "{M|ABC123456789}",\n      "bin": "003858",\n      "pcn": "A4",\n      "name":'),
    ('sk:skills/rxmembersim/rx-enrollment.md#L452', 'code block from line 452, brace part 4 (line 463)',
     '"given_name": "{N|Michael}",\n        "family_name": "{N|Johnson}"'),
    ('sk:skills/rxmembersim/rx-enrollment.md#L452', 'code block from line 452, brace part 12 (line 488)',
     '"member_id": "{M|MEM001234568}",\n        "person_code": "02",\n        "last_coverage_date": "2025-01-31",\n        "cobra_eligible": true'),
    ('sk:skills/rxmembersim/rx-enrollment.md#L452', 'code block from line 452, brace part 13 (line 494)',
     '"member_id": "{M|MEM001234569}",\n        "person_code": "03",\n        "last_coverage_date": "2025-01-31",\n        "cobra_eligible": true'),
    ('sk:skills/rxmembersim/rx-prior-auth.md#L193', 'code block from line 193, brace part 2 (line 200)',
     '"member_id": "{M|MEM001234567}",\n    "cardholder_id": "{M|ABC123456789}",\n    "name":'),
    ('sk:skills/rxmembersim/rx-prior-auth.md#L193', 'code block from line 193, brace part 3 (line 203)',
     '"given_name": "{N|Michael}",\n      "family_name": "{N|Johnson}"'),
    ('sk:skills/rxmembersim/rx-prior-auth.md#L193', 'code block from line 193, brace part 4 (line 205)',
     '"birth_date": "{D|1985-03-15}",\n    "phone": "{P|555-234-5678}"'),
    ('sk:skills/rxmembersim/rx-prior-auth.md#L487', 'code block from line 487, brace part 3 (line 494)',
     '"member_id": "{M|MEM001234567}",\n      "name":'),
    ('sk:skills/rxmembersim/rx-prior-auth.md#L487', 'code block from line 487, brace part 4 (line 495)',
     '"given_name": "{N|Maria}", "family_name": "{N|Garcia}"'),
    ('sk:skills/rxmembersim/rx-prior-auth.md#L487', 'code block from line 487, brace part 5 (line 495)',
     '"birth_date": "{D|1975-08-22}"'),
    ('sk:skills/rxmembersim/rx-prior-auth.md#L551', 'code block from line 551, brace part 3 (line 558)',
     '"member_id": "{M|MEM001234568}",\n      "name":'),
    ('sk:skills/rxmembersim/rx-prior-auth.md#L551', 'code block from line 551, brace part 4 (line 559)',
     '"given_name": "{N|John}", "family_name": "{N|Smith}"'),
    ('sk:skills/rxmembersim/rx-prior-auth.md#L551', 'code block from line 551, brace part 5 (line 559)',
     '"birth_date": "{D|1980-03-15}"'),
    ('sk:skills/rxmembersim/rx-prior-auth.md#L606', 'code block from line 606, brace part 3 (line 613)',
     '"member_id": "{M|MEM001234569}",\n      "name":'),
    ('sk:skills/rxmembersim/rx-prior-auth.md#L606', 'code block from line 606, brace part 4 (line 614)',
     '"given_name": "{N|Jennifer}", "family_name": "{N|Williams}"'),
    ('sk:skills/rxmembersim/rx-prior-auth.md#L606', 'code block from line 606, brace part 5 (line 614)',
     '"birth_date": "{D|1970-05-10}"'),
    ('sk:skills/rxmembersim/rx-prior-auth.md#L786', 'code block from line 786, brace part 1 (line 786)',
     '<PAInitiationRequest>\n  <Patient>\n    <MemberID>{M|MEM001}</MemberID>\n    <DateOfBirth>{D|1965-03-15}</DateOfBirth>\n  </Patient>\n  <Drug>\n    <NDC>00169413512</NDC>\n    <DrugName>Ozempic</DrugName>\n    <Quantity>1</Quantity>\n    <DaysSupply>28</DaysSupply>\n  </Drug>\n  <Prescriber>\n    <NPI>1234567890</NPI>\n  </Prescriber>\n</PAInitiationRequest>'),
    ('sk:skills/rxmembersim/retail-pharmacy.md#L310', 'code block from line 310, brace part 4 (line 319)',
     '"cardholder_id": "{M|001234001}",\n    "group_number": "CORP001",\n    "person_code": "01",\n    "relationship_code": "1",\n    "patient_id": "{M|MEM001234}"'),
    ('sk:skills/rxmembersim/retail-pharmacy.md#L310', 'code block from line 310, brace part 6 (line 326)',
     '"date_of_birth": "{D|19780315}",\n    "patient_gender": "1",\n    "patient_first_name": "{N|JOHN}",\n    "patient_last_name": "{N|SMITH}"'),
    ('sk:skills/rxmembersim/retail-pharmacy.md#L427', 'code block from line 427, brace part 2 (line 429)',
     '"member_id": "{M|MEM001234}",\n    "cardholder_id": "{M|001234001}",\n    "name":'),
    ('sk:skills/rxmembersim/retail-pharmacy.md#L427', 'code block from line 427, brace part 3 (line 431)',
     '"given_name": "{N|Michael}", "family_name": "{N|Brown}"'),
    ('sk:skills/rxmembersim/retail-pharmacy.md#L427', 'code block from line 427, brace part 7 (line 438)',
     '"city": "{I|Springfield}", "state": "{I|IL}"'),
    ('sk:skills/rxmembersim/dur-alerts.md#L420', 'code block from line 420, brace part 4 (line 429)',
     '"member_id": "{M|MEM001234}",\n    "current_medications": ['),
    ('sk:skills/rxmembersim/dur-alerts.md#L557', 'code block from line 557, brace part 4 (line 566)',
     '"member_id": "{M|MEM005678}",\n    "birth_date": "{D|1940-05-15}",\n    "age": 84'),
    ('sk:skills/rxmembersim/rx-accumulator.md#L125', 'code block from line 125, brace part 1 (line 126)',
     '"member_id": "{M|MEM001234567}",\n  "rx_plan_code": "RX-COMMERCIAL-3TIER",\n  "plan_year": 2025,\n  "as_of_date": "2025-06-15",\n\n  "rx_deductible":'),
    ('sk:skills/rxmembersim/rx-accumulator.md#L180', 'code block from line 180, brace part 1 (line 181)',
     '"member_id": "{M|MBI1234567890}",\n  "rx_plan_code": "RX-PARTD-STD",\n  "plan_year": 2025,\n  "as_of_date": "2025-09-15",\n\n  "current_phase": "coverage_gap",\n  "phase_details":'),
    ('sk:skills/rxmembersim/rx-accumulator.md#L236', 'code block from line 236, brace part 1 (line 237)',
     '"member_id": "{M|MEM001234567}",\n  "rx_plan_code": "RX-HDHP-HSA",\n  "plan_year": 2025,\n  "as_of_date": "2025-06-15",\n\n  "combined_deductible":'),
    ('sk:skills/rxmembersim/rx-accumulator.md#L356', 'code block from line 356, brace part 2 (line 358)',
     '"member_id": "{M|MEM001234567}",\n    "subscriber_id": "{M|MEM001234567}",\n    "rx_plan_code": "RX-COMMERCIAL-3TIER",\n    "plan_year": 2025,\n    "as_of_date": "2025-06-15",\n    "family_members": ['),
    ('sk:skills/rxmembersim/rx-accumulator.md#L356', 'code block from line 356, brace part 3 (line 365)',
     '"member_id": "{M|MEM001234567}",\n        "name": "{N|Michael Johnson}",\n        "relationship": "subscriber",\n        "person_code": "01"'),
    ('sk:skills/rxmembersim/rx-accumulator.md#L356', 'code block from line 356, brace part 4 (line 371)',
     '"member_id": "{M|MEM001234568}",\n        "name": "{N|Sarah Johnson}",\n        "relationship": "spouse",\n        "person_code": "02"'),
    ('sk:skills/rxmembersim/rx-accumulator.md#L356', 'code block from line 356, brace part 5 (line 377)',
     '"member_id": "{M|MEM001234569}",\n        "name": "{N|Emma Johnson}",\n        "relationship": "child",\n        "person_code": "03"'),
    ('sk:skills/rxmembersim/rx-accumulator.md#L356', 'code block from line 356, brace part 8 (line 386)',
     '"member_id": "{M|MEM001234567}",\n      "rx_deductible":'),
    ('sk:skills/rxmembersim/rx-accumulator.md#L356', 'code block from line 356, brace part 12 (line 402)',
     '"member_id": "{M|MEM001234568}",\n      "rx_deductible":'),
    ('sk:skills/rxmembersim/rx-accumulator.md#L356', 'code block from line 356, brace part 16 (line 417)',
     '"member_id": "{M|MEM001234569}",\n      "rx_deductible":'),
    ('sk:skills/rxmembersim/rx-accumulator.md#L356', 'code block from line 356, brace part 27 (line 452)',
     '"member_id": "{M|MEM001234567}", "claims": 8, "member_paid": 575.00'),
    ('sk:skills/rxmembersim/rx-accumulator.md#L356', 'code block from line 356, brace part 28 (line 453)',
     '"member_id": "{M|MEM001234568}", "claims": 5, "member_paid": 225.00'),
    ('sk:skills/rxmembersim/rx-accumulator.md#L356', 'code block from line 356, brace part 29 (line 454)',
     '"member_id": "{M|MEM001234569}", "claims": 2, "member_paid": 85.00'),
    ('sk:skills/rxmembersim/rx-accumulator.md#L465', 'code block from line 465, brace part 2 (line 467)',
     '"member_id": "{M|MBI1234567890}",\n    "medicare_beneficiary_id": "{M|1EG4-TE5-MK72}",\n    "rx_plan_code": "RX-PARTD-STD",\n    "plan_year": 2025,\n    "as_of_date": "2025-09-15"'),
    ('sk:skills/rxmembersim/rx-accumulator.md#L548', 'code block from line 548, brace part 2 (line 550)',
     '"member_id": "{M|MEM001234567}",\n    "rx_plan_code": "RX-HDHP-HSA",\n    "plan_year": 2025,\n    "as_of_date": "2025-06-15",\n    "combined_accumulator": true'),
    ('sk:skills/rxmembersim/rx-accumulator.md#L634', 'code block from line 634, brace part 2 (line 636)',
     '"claim_id": "RX20250615000123",\n    "fill_date": "2025-06-15",\n    "member_id": "{M|MEM001234567}",\n    "drug_name": "Lipitor 40mg",\n    "ndc": "00071015523",\n    "tier": 3,\n    "gross_cost": 185.00,\n    "days_supply": 30'),
    ('sk:hello-healthsim/examples/rxmembersim-examples.md#L16', 'code block from line 16, brace part 2 (line 18)',
     '"member_id": "{M|MEM001234}",\n    "cardholder_id": "{M|001234001}",\n    "bin": "610014",\n    "pcn": "RXGROUP",\n    "group_number": "CORP001"'),
    ('sk:hello-healthsim/examples/rxmembersim-examples.md#L97', 'code block from line 97, brace part 2 (line 99)',
     '"member_id": "{M|MEM002345}",\n    "cardholder_id": "{M|002345001}"'),
    ('sk:hello-healthsim/examples/rxmembersim-examples.md#L173', 'code block from line 173, brace part 2 (line 175)',
     '"member_id": "{M|MEM003456}",\n    "name":'),
    ('sk:hello-healthsim/examples/rxmembersim-examples.md#L173', 'code block from line 173, brace part 3 (line 176)',
     '"given_name": "{N|Sarah}", "family_name": "{N|Miller}"'),
    ('sk:hello-healthsim/examples/rxmembersim-examples.md#L247', 'code block from line 247, brace part 2 (line 249)',
     '"member_id": "{M|MEM004567}",\n    "name":'),
    ('sk:hello-healthsim/examples/rxmembersim-examples.md#L247', 'code block from line 247, brace part 3 (line 250)',
     '"given_name": "{N|Karen}", "family_name": "{N|Anderson}"'),
    ('sk:hello-healthsim/examples/rxmembersim-examples.md#L247', 'code block from line 247, brace part 19 (line 299)',
     '"bin": "004682",\n      "pcn": "CN",\n      "group": "AHUCMP",\n      "member_id": "{M|HC123456789}"'),
    ('sk:hello-healthsim/examples/rxmembersim-examples.md#L351', 'code block from line 351, brace part 2 (line 353)',
     '"member_id": "{M|MEM005678}",\n    "cardholder_id": "{M|005678001}"'),
    ('sk:hello-healthsim/examples/rxmembersim-examples.md#L431', 'code block from line 431, brace part 2 (line 433)',
     '"member_id": "{M|MEM006789}",\n    "mbi": "{M|1EG4-TE5-MK72}",\n    "name":'),
    ('sk:hello-healthsim/examples/rxmembersim-examples.md#L431', 'code block from line 431, brace part 3 (line 435)',
     '"given_name": "{N|Richard}", "family_name": "{N|Thompson}"'),
    ('sk:skills/rxmembersim/SKILL.md#L238', 'code block from line 238, brace part 2 (line 240)',
     '"member_id": "{M|MEM001234}",\n    "cardholder_id": "{M|001234001}",\n    "bin": "610014",\n    "pcn": "RXGROUP",\n    "group_number": "CORP001"'),
    ('sk:skills/rxmembersim/manufacturer-programs.md#L310', 'code block from line 310, brace part 3 (line 316)',
     '"phone": "{I|1-800-XXX-XXXX}",\n      "fax": "{I|1-800-XXX-XXXY}",\n      "website": "www.completecareprogram.com",\n      "hours": "M-F 8am-8pm ET"'),
    ('sk:skills/rxmembersim/manufacturer-programs.md#L499', 'code block from line 499, brace part 8 (line 519)',
     '"name": "Humira Complete",\n        "phone": "{I|1-800-4HUMIRA}",\n        "services": ["Nurse Ambassador", "Sharps disposal", "Injection training"]'),
    ('sk:skills/rxmembersim/manufacturer-programs.md#L531', 'code block from line 531, brace part 8 (line 548)',
     '"name": "Pfizer Oncology Together",\n        "phone": "{I|1-877-744-5675}",\n        "services": ["Financial assistance navigation", "Treatment support"]'),
    ('sk:skills/rxmembersim/manufacturer-programs.md#L688', 'code block from line 688, brace part 9 (line 715)',
     '"type": "direct_to_pharmacy",\n      "pharmacy_name": "CVS Specialty",\n      "coordinator_phone": "{I|1-866-316-PANF}"'),
    ('sk:skills/rxmembersim/manufacturer-programs.md#L726', 'code block from line 726, brace part 5 (line 736)',
     '"diagnosis": "L40.0 - Psoriasis vulgaris",\n      "drug_requested": "Stelara 45mg",\n      "prescriber_npi": "{I|1234567890}"'),
    ('sk:skills/rxmembersim/specialty-pharmacy.md#L353', 'code block from line 353, brace part 8 (line 365)',
     '"prescription_number": "SPX001234",\n    "ndc": "00074433906",\n    "drug_name": "Humira 40mg/0.4mL Pen",\n    "quantity_prescribed": 2,\n    "days_supply": 28,\n    "prescriber_npi": "{I|5566778899}",\n    "prescriber_specialty": "Rheumatology",\n    "diagnosis": "M05.79"'),
    ('sk:skills/rxmembersim/specialty-pharmacy.md#L414', 'code block from line 414, brace part 4 (line 424)',
     '"status": "rejected",\n    "reject_code": "75",\n    "reject_message": "Prior Authorization Required",\n    "pa_criteria": [\n      "Diagnosis of moderate-to-severe plaque psoriasis or psoriatic arthritis",\n      "Trial and failure of methotrexate (unless contraindicated)",\n      "Trial and failure of one TNF inhibitor",\n      "Prescribed by dermatologist or rheumatologist"\n    ],\n    "pa_phone": "{I|1-800-555-0123}",\n    "pa_fax": "1-800-555-0124",\n    "hub_support":'),
    ('sk:skills/rxmembersim/specialty-pharmacy.md#L414', 'code block from line 414, brace part 5 (line 436)',
     '"name": "Janssen CarePath",\n      "phone": "{I|1-877-CarePath}",\n      "services": ["PA submission assistance", "Appeals support"]'),
    ('sk:skills/rxmembersim/rx-prior-auth.md#L193', 'code block from line 193, brace part 8 (line 218)',
     '"npi": "{I|1234567890}",\n    "name": "Dr. {H|Emily Chen}",\n    "specialty": "Rheumatology",\n    "phone": "{I|555-345-6789}",\n    "fax": "{I|555-345-6790}"'),
    ('sk:skills/rxmembersim/rx-prior-auth.md#L444', 'code block from line 444, brace part 6 (line 468)',
     '"phone": "{I|1-800-555-0100}",\n    "fax": "{I|1-800-555-0101}",\n    "portal": "https://provider.pbm.com/pa-portal"'),
    ('sk:skills/rxmembersim/rx-prior-auth.md#L606', 'code block from line 606, brace part 22 (line 655)',
     '"specialty_pharmacy_required": true,\n      "designated_pharmacy": "CVS Specialty",\n      "pharmacy_phone": "{I|1-800-237-2767}",\n      "patient_support_program": "Humira Complete"'),
    ('sk:skills/rxmembersim/retail-pharmacy.md#L427', 'code block from line 427, brace part 6 (line 435)',
     '"npi": "{I|9876543210}",\n    "ncpdp": "1234567",\n    "name": "Springfield Pharmacy",\n    "address":'),
    ('sk:skills/rxmembersim/retail-pharmacy.md#L427', 'code block from line 427, brace part 9 (line 441)',
     '"prescription_number": "RX78901234",\n    "ndc": "00093505601",\n    "drug_name": "Lisinopril 10mg Tablet",\n    "quantity_prescribed": 30,\n    "days_supply": 30,\n    "refills_authorized": 5,\n    "directions": "Take 1 tablet by mouth once daily",\n    "prescriber_npi": "{I|1234567890}",\n    "written_date": "2025-01-10"'),
    ('sk:hello-healthsim/examples/rxmembersim-examples.md#L16', 'code block from line 16, brace part 4 (line 25)',
     '"prescription_number": "RX78901234",\n    "ndc": "00093505601",\n    "drug_name": "Lisinopril 10mg Tablet",\n    "generic_name": "lisinopril",\n    "quantity_prescribed": 30,\n    "days_supply": 30,\n    "refills_authorized": 5,\n    "refills_remaining": 5,\n    "prescriber_npi": "{I|1234567890}",\n    "written_date": "2025-01-10",\n    "daw_code": "0",\n    "directions": "Take 1 tablet by mouth once daily"'),
    ('sk:hello-healthsim/examples/rxmembersim-examples.md#L16', 'code block from line 16, brace part 6 (line 39)',
     '"npi": "{I|9876543210}",\n    "ncpdp": "1234567",\n    "name": "CVS Pharmacy #1234",\n    "address": "{I|100 Main Street, Springfield, IL 62701}"'),
    ('sk:hello-healthsim/examples/rxmembersim-examples.md#L173', 'code block from line 173, brace part 6 (line 180)',
     '"ndc": "00169408012",\n    "drug_name": "Ozempic 1mg/dose Pen",\n    "quantity_prescribed": 1,\n    "days_supply": 28,\n    "prescriber_npi": "{I|1234567890}",\n    "diagnosis": "E11.9"'),
    ('sk:hello-healthsim/examples/rxmembersim-examples.md#L173', 'code block from line 173, brace part 13 (line 215)',
     '"phone": "{I|1-800-555-0123}",\n      "fax": "{I|1-800-555-0124}",\n      "web": "www.rxplan.com/pa"'),
    ('sk:skills/rxmembersim/SKILL.md#L49', 'code block from line 49, brace part 2 (line 51)',
     '"claim_id": "RX20250115000001",\n    "transaction_code": "B1",\n    "service_date": "2025-01-15",\n    "ndc": "00071015523",\n    "drug_name": "Atorvastatin 20mg",\n    "quantity": 30,\n    "days_supply": 30,\n    "pharmacy_npi": "{I|1234567890}"'),
    ('sk:skills/rxmembersim/SKILL.md#L238', 'code block from line 238, brace part 4 (line 247)',
     '"prescription_number": "RX78901234",\n    "ndc": "00093505601",\n    "drug_name": "Lisinopril 10mg Tablet",\n    "quantity_prescribed": 30,\n    "days_supply": 30,\n    "refills_authorized": 5,\n    "prescriber_npi": "{I|1234567890}",\n    "written_date": "2025-01-10"'),
    ('sk:skills/rxmembersim/SKILL.md#L238', 'code block from line 238, brace part 6 (line 257)',
     '"claim_id": "RX20250115000001",\n    "transaction_code": "B1",\n    "service_date": "2025-01-15",\n    "pharmacy_npi": "{I|9876543210}",\n    "pharmacy_ncpdp": "1234567",\n    "ndc": "00093505601",\n    "quantity_dispensed": 30,\n    "days_supply": 30,\n    "fill_number": 0,\n    "daw_code": "0",\n    "ingredient_cost_submitted": 8.50,\n    "dispensing_fee_submitted": 2.00,\n    "usual_customary_charge": 15.00,\n    "gross_amount_due": 10.50'),
    ('sk:skills/rxmembersim/SKILL.md#L290', 'code block from line 290, brace part 4 (line 301)',
     '"status": "rejected",\n    "reject_code": "75",\n    "reject_message": "Prior Authorization Required",\n    "additional_message": "Submit PA with diagnosis and documentation of AFib or VTE",\n    "help_desk_phone": "{I|1-800-555-0123}"'),
    ('sk:skills/rxmembersim/rx-prior-auth.md#L393', 'code block from line 393, brace part 2 (line 399)',
     '"name": "Dr. {H|James Wilson}",\n    "credentials": "MD, Medical Director"'),
    ('hs:src/components/GenerateAudio/templates/abbvie.ts', 'turn id 1 (Emily (Female)), text',
     'Good afternoon, Dr. {H|Lee}. I’m {I|Emily} from AbbVie. Thanks for meeting with me today.'),
    ('hs:src/components/GenerateAudio/templates/abbvie.ts', 'turn id 2 (Dr. Lee (Male)), text',
     'Good afternoon, {I|Emily}. I’ve heard about Humira, but I’d like to know more about its recent developments.'),
    ('hs:src/components/GenerateAudio/templates/abbvie.ts', 'turn id 3 (Emily (Female)), text',
     'Absolutely. Humira is one of our leading treatments for a wide range of conditions, including rheumatoid arthritis, psoriatic arthritis, Crohn’s disease, and ulcerative colitis, among others. It’s a TNF inhibitor, working by targeting the tumor necrosis factor to help reduce inflammation.'),
    ('hs:src/components/GenerateAudio/templates/abbvie.ts', 'turn id 7 (Emily (Female)), text',
     'Humira has been one of the most widely used biologics, with over 20 years of clinical experience. It’s known for its safety and efficacy profile across multiple indications. The subcutaneous administration is convenient for patients, and we have strong long-term data supporting its use in maintaining remission and controlling inflammation.'),
    ('hs:src/components/GenerateAudio/templates/abbvie.ts', 'turn id 11 (Emily (Female)), text',
     'Humira has been shown to maintain efficacy over the long term, but, as with any biologic, some patients may develop antibodies over time that could reduce the drug’s effectiveness. In those cases, a switch to another TNF inhibitor or treatment class might be necessary. That being said, many patients have been on Humira for years and continue to do well.'),
    ('hs:src/components/GenerateAudio/templates/abbvie.ts', 'turn id 15 (Emily (Female)), text',
     'Humira is available as a pre-filled syringe or a pen, both designed for subcutaneous injection. Most patients find the pen device easy to use, and the self-administration process is straightforward with proper training. Our nurse ambassadors provide injection training, either in person or via telehealth, to ensure patients are comfortable with the process.'),
    ('hs:src/components/GenerateAudio/templates/abbvie.ts', 'turn id 18 (Dr. Lee (Male)), text',
     'That’s very reassuring. Thanks for the comprehensive overview, {I|Emily}. I’ll certainly consider Humira for my patients.'),
    ('hs:src/components/GenerateAudio/templates/abbvie.ts', 'turn id 19 (Emily (Female)), text',
     "Thank you, Dr. {H|Lee}. I'll send over some additional materials, including information on our support programs. Feel free to reach out if you need anything further."),
    ('hs:src/components/GenerateAudio/templates/abbvie.ts', 'turn id 20 (Dr. Lee (Male)), text',
     'Will do. Thanks again, {I|Emily}.'),
    ('hs:src/components/GenerateAudio/templates/abbvie.ts', 'turn id 21 (Emily (Female)), text',
     'You’re welcome. Have a great day, Dr. {H|Lee}!'),
    ('hs:src/components/GenerateAudio/templates/novartis.ts', 'turn id 1 (Sarah (Female)), text',
     "Good morning Dr. {H|Patel}, thank you for taking the time to meet with me today. I'm {I|Sarah} from Novartis."),
    ('hs:src/components/GenerateAudio/templates/novartis.ts', 'turn id 2 (Dr. Patel (Male)), text',
     'Good morning {I|Sarah}. I’m always happy to learn more about new treatments.'),
    ('hs:src/components/GenerateAudio/templates/novartis.ts', 'turn id 3 (Sarah (Female)), text',
     'Great! Today, I’d like to talk to you about one of our newest treatments for chronic heart failure, Entresto.'),
    ('hs:src/components/GenerateAudio/templates/novartis.ts', 'turn id 7 (Sarah (Female)), text',
     'Entresto is indicated for patients with chronic heart failure with reduced ejection fraction. It’s ideal for those who are not getting optimal results from ACE inhibitors or ARBs, and for patients at high risk of hospitalization.'),
    ('hs:src/components/GenerateAudio/templates/novartis.ts', 'turn id 11 (Sarah (Female)), text',
     'Yes, absolutely. The PARADIGM-HF trial is the key study. It demonstrated that Entresto reduced the risk of death from cardiovascular causes by 20%, and the risk of first heart failure hospitalization by 21%, compared to enalapril.'),
    ('hs:src/components/GenerateAudio/templates/novartis.ts', 'turn id 15 (Sarah (Female)), text',
     'Good question. There should be a 36-hour washout period between discontinuing the ACE inhibitor and starting Entresto to reduce the risk of angioedema.'),
    ('hs:src/components/GenerateAudio/templates/novartis.ts', 'turn id 18 (Dr. Patel (Male)), text',
     'That’s helpful. I’ll reach out if I have any further questions. Thanks for the information, {I|Sarah}.'),
    ('hs:src/components/GenerateAudio/templates/novartis.ts', 'turn id 19 (Sarah (Female)), text',
     'Thank you, Dr. {H|Patel}. I’ll follow up with some additional materials, and feel free to contact me anytime if you need more information.'),
    ('hs:src/components/GenerateAudio/templates/novartis.ts', 'turn id 21 (Sarah (Female)), text',
     'You too, Dr. {H|Patel}.'),
    ('hs:src/components/GenerateAudio/templates/pfizer.ts', 'turn id 1 (Michael (Male)), text',
     "Good afternoon, Dr. {H|Wilson}. I'm {I|Michael} from Pfizer. Thanks for taking the time to meet with me today."),
    ('hs:src/components/GenerateAudio/templates/pfizer.ts', 'turn id 2 (Dr. Wilson (Female)), text',
     'Good afternoon, {I|Michael}. I’ve been curious about some of Pfizer’s latest treatments. What do you have for me today?'),
    ('hs:src/components/GenerateAudio/templates/pfizer.ts', 'turn id 3 (Michael (Male)), text',
     "Today, I’d like to talk to you about Ibrance, one of our key treatments for HR-positive, HER2-negative metastatic breast cancer. It's part of our CDK 4/6 inhibitor portfolio."),
    ('hs:src/components/GenerateAudio/templates/pfizer.ts', 'turn id 7 (Michael (Male)), text',
     'The PALOMA-2 trial showed that Ibrance, when combined with letrozole, significantly improved progression-free survival compared to letrozole alone. The median progression-free survival was extended to 24.8 months versus 14.5 months with letrozole monotherapy.'),
    ('hs:src/components/GenerateAudio/templates/pfizer.ts', 'turn id 11 (Michael (Male)), text',
     "Regular monitoring of blood counts is essential, particularly during the first two months of therapy. You'll also want to monitor for signs of infection, as neutropenia can increase the risk of infections. Additionally, dose reductions might be necessary if severe neutropenia occurs."),
    ('hs:src/components/GenerateAudio/templates/pfizer.ts', 'turn id 15 (Michael (Male)), text',
     'Pfizer offers a range of patient support programs, including financial assistance and educational resources. We also have tools for you and your staff to help patients manage their treatment and stay adherent to their regimen.'),
    ('hs:src/components/GenerateAudio/templates/pfizer.ts', 'turn id 18 (Dr. Wilson (Female)), text',
     'Sounds straightforward. Thanks for all the information, {I|Michael}. I’ll definitely consider this for my patients.'),
    ('hs:src/components/GenerateAudio/templates/pfizer.ts', 'turn id 19 (Michael (Male)), text',
     "Thank you, Dr. {H|Wilson}. I'll send over some additional materials and patient support information. Please don't hesitate to reach out if you have any more questions."),
    ('hs:src/components/GenerateAudio/templates/pfizer.ts', 'turn id 20 (Dr. Wilson (Female)), text',
     'Will do. Have a good day, {I|Michael}.'),
    ('hs:src/components/GenerateAudio/templates/pfizer.ts', 'turn id 21 (Michael (Male)), text',
     'You too, Dr. {H|Wilson}.'),
    ('hs:src/components/GenerateAudio/templates/LifeTouchInitial.ts', 'turn id 1 (Alex (LifeTouch Sales Rep)), text',
     'Hi Dr. {H|Williams}, this is {I|Alex} from LifeTouch. Thank you for taking the time to meet today. I understand that you focus on cardiovascular and gastrointestinal conditions. I’d love to share how LifeTouch can support your patient care with some of our latest offerings. Does that sound okay?'),
    ('hs:src/components/GenerateAudio/templates/LifeTouchInitial.ts', 'turn id 2 (Dr. Williams (HCP)), text',
     'Hi, {I|Alex}. Sure, I’d be interested in hearing what LifeTouch has that could help, especially if there are solutions that support patient management and adherence, as that’s an ongoing challenge.'),
    ('hs:src/components/GenerateAudio/templates/LifeTouchInitial.ts', 'turn id 3 (Alex (LifeTouch Sales Rep)), text',
     "Absolutely, and that’s a top priority for us too. LifeTouch's mission is to bridge advanced medical research and patient care. We offer a wide range of pharmaceuticals, such as Cardiosan for heart failure and ventricular arrhythmias and GastroCure for gastroesophageal reflux disease. Both have shown to be effective in patient outcomes, and we also offer support services to assist with adherence and education. Do either of these sound like they could benefit your patients?"),
    ('hs:src/components/GenerateAudio/templates/LifeTouchInitial.ts', 'turn id 7 (Alex (LifeTouch Sales Rep)), text',
     "That’s a common challenge, and we've designed a comprehensive patient support system to address it. For example, our Medication Management Program includes reminders, tracking, and counseling, which has been well-received for helping patients stay on track. We also have adherence programs where patients can directly access our educational materials, medication reminders, and even symptom tracking tools."),
    ('hs:src/components/GenerateAudio/templates/LifeTouchInitial.ts', 'turn id 11 (Alex (LifeTouch Sales Rep)), text',
     'Completely understand, Dr. {H|Williams}. LifeTouch prioritizes regulatory compliance across all products. Our Regulatory Compliance Program ensures that every product and service meets current guidelines. We also provide regulatory consulting services to make sure our partners, like your practice, are supported through any regulatory challenges.'),
    ('hs:src/components/GenerateAudio/templates/LifeTouchInitial.ts', 'turn id 12 (Dr. Williams (HCP)), text',
     'Thank you, {I|Alex}. This is very helpful. I’ll look into Cardiosan further and consider how your patient support services might fit into my practice. Could you send me more details on those adherence programs?'),
    ('hs:src/components/GenerateAudio/templates/LifeTouchInitial.ts', 'turn id 13 (Alex (LifeTouch Sales Rep)), text',
     'Absolutely, Dr. {H|Williams}. I’ll follow up with more information on both Cardiosan and our patient support programs. I’m confident LifeTouch can help you provide even better care for your patients. Thank you again for your time, and feel free to reach out with any questions.'),
    ('hs:src/components/GenerateAudio/templates/LifeTouchInitial.ts', 'turn id 14 (Dr. Williams (HCP)), text',
     'Thanks, {I|Alex}. I appreciate the thorough overview.'),
    ('hs:src/components/GenerateAudio/templates/LifeTouchFollowup.ts', 'turn id 1 (Alex (LifeTouch Sales Rep)), text',
     'Hi, Dr. {H|Williams}! Thanks for joining the call today. I hope everything has been going well on your end. How’s your practice doing with patient management recently?'),
    ('hs:src/components/GenerateAudio/templates/LifeTouchFollowup.ts', 'turn id 2 (Dr. Williams (HCP)), text',
     'Hi, {I|Alex}. Thanks for checking in. Things have been steady, but we’re always working on ways to improve patient adherence and ensure that everyone is managing their treatments effectively.'),
    ('hs:src/components/GenerateAudio/templates/LifeTouchFollowup.ts', 'turn id 3 (Alex (LifeTouch Sales Rep)), text',
     'That makes sense, and it’s great to hear that patient adherence remains a key focus for you. I wanted to follow up on the two products we discussed last time, Cardiosan for heart failure and GastroCure for GERD, and see if you’ve had a chance to look into them or had any questions.'),
    ('hs:src/components/GenerateAudio/templates/LifeTouchFollowup.ts', 'turn id 5 (Alex (LifeTouch Sales Rep)), text',
     'Absolutely, Dr. {H|Williams}. Our Medication Management Program is designed with patients like yours in mind. Through this program, patients receive regular reminders to take their medication, and we provide them with access to educational resources about their conditions. There’s also a dedicated team that can reach out to patients for additional guidance, helping them stay on track with their regimen. Would that type of structured support align with what you’re looking for?'),
    ('hs:src/components/GenerateAudio/templates/LifeTouchFollowup.ts', 'turn id 7 (Alex (LifeTouch Sales Rep)), text',
     'Good question, and we’ve taken accessibility seriously. While we do offer digital tools, we also have options for direct communication. For instance, patients can receive phone call reminders or even printed materials if they prefer. We also provide family members with resources to support the patient if they’re involved in care. We’ve found this hybrid approach really improves adherence, especially among older adults. Would you like me to send you a sample packet of these materials?'),
    ('hs:src/components/GenerateAudio/templates/LifeTouchFollowup.ts', 'turn id 11 (Alex (LifeTouch Sales Rep)), text',
     'Absolutely, Dr. {H|Williams}. We’ve completed several studies demonstrating NeuroScan’s efficacy, with consistent improvements in diagnostic accuracy over standard MRI. I’ll send over the latest data, which includes case studies that highlight its effectiveness in cardiovascular-related neurological assessments. We also offer training for healthcare providers and technical support for EHR integration if needed. How does that sound?'),
    ('hs:src/components/GenerateAudio/templates/LifeTouchFollowup.ts', 'turn id 15 (Alex (LifeTouch Sales Rep)), text',
     'Definitely. Our Regulatory Compliance Program includes consulting services that can help guide you through any new regulatory changes or requirements, particularly for advanced diagnostics and patient support programs. And we update our systems to comply with all current healthcare standards, so your team can be confident in using our services.'),
    ('hs:src/components/GenerateAudio/templates/LifeTouchFollowup.ts', 'turn id 16 (Dr. Williams (HCP)), text',
     'That’s reassuring. Thanks for covering that, {I|Alex}. I think the next step is for me to review the materials you’re sending, especially on NeuroScan and the patient support programs. Could we set up a follow-up call in a few weeks to discuss any questions and go over pilot program details?'),
    ('hs:src/components/GenerateAudio/templates/LifeTouchFollowup.ts', 'turn id 17 (Alex (LifeTouch Sales Rep)), text',
     'Of course, Dr. {H|Williams}! I’ll get those materials to you right after our call, and I’ll reach out to schedule a follow-up in about two weeks. Thank you again for your time today—I look forward to supporting your practice with these programs.'),
    ('hs:src/components/GenerateAudio/templates/LifeTouchFollowup.ts', 'turn id 18 (Dr. Williams (HCP)), text',
     'Thanks, {I|Alex}. I appreciate the thorough information. I’ll talk to you soon!'),
]
# fmt: on


def main(argv: list[str] | None = None) -> int:
    return marks.main_hashed(
        argv, __doc__, SPLIT, SNIPPETS, marks.recorded(source, RECORD), untied=UNTIED
    )


if __name__ == "__main__":
    sys.exit(main())
