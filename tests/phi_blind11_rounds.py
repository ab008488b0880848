# ruff: noqa: E501 - one snippet per line reads best
"""Fresh snippets for the classes phi_blind11_dev's misses and false positives fell into (issue
18, helper b11): UK letters' signature blocks, headings after a salutation and NHS
organisations, US addresses on a numbered route or with no street word, national numbers given
with their country in words, and copy-to lines that name a patient or a clinician. Each class
mixes identifiers with look-alikes that must stay (a clinician, an organisation, a dose, a road
in prose).

Written for this work, copied from no bench set; names, numbers and addresses are made up.
Shapes from public references: the Academy of Medical Royal Colleges' "Please, write to me"
guidance for outpatient letters written to the patient and copied to the GP (2018, updated
2025; https://gmcuk.wordpress.com/2019/03/14/please-write-to-me-guidance-from-the-academy-of-medical-royal-colleges/)
and the Royal College of Radiologists' "Ten top tips for writing an outpatient letter" (PRSB
outpatient headings); NHS Wales' health boards and trusts as the Wales FHIR implementation
guide's glossary lists them (NHSWalesFHIR/NHSWales-fhir-profiles-R4,
guides/Wales-FHIR-Implementation-Guide-v1.1.0/Home/Help-and-Support/Glossary.page.md), NI's
Health and Social Care Trusts (nidirect.gov.uk/contacts/health-and-social-care-trusts) and
Scotland's fourteen territorial boards; USPS Publication 28 (highway and route addresses:
"Highway 101", "State Road 84", "US Highway 1", "Rural Route"); ITU national numbering plans
(Ghana's 030 2xx xxxx, Kenya's 020 xxxxxxx, Italy's variable-length landlines).

Each round was written before the rules it measures and scored untuned first (figures in
bench/PHI.md). Marks: the inline format of bench/blind_phi_marks.py, ``{T|text}`` with T = N
patient name, D DOB, M record number, P phone, A address, H clinician (must stay), I anything
else that must stay (organisations, headings, places, doses).
"""

from __future__ import annotations

ROUND_1: dict[str, list[str]] = {
    # letters' signature blocks: the clinician stays, the role line is never taken
    "signatures": [
        "Yours sincerely,\n\nDr {H|Jane Roe}\nConsultant Oncologist",
        "Yours sincerely\n\nDr {H|Alun Pritchard} MBBCh MRCP\nSpecialty Registrar in Respiratory Medicine",
        "Kind regards,\nProfessor {H|Siân Llewelyn}\nClinical Director, Cancer Services",
        "With best wishes\n\nMrs {H|Bethan Rowlands}\nClinical Nurse Specialist, Breast Care",
        "Yours faithfully,\n\nMr {H|Gareth Hughes}\nConsultant Colorectal Surgeon",
        "Yours sincerely,\n\n\nMs {H|Rhiannon Jenkins}\nLead Nurse, Lung Cancer",
        "pp Dr {H|Owen Morgan}\nConsultant Cardiologist",
        "Dictated by Dr {H|Nia Vaughan}, not signed to avoid delay",
        "Electronically signed by {H|Thomas Price}, Consultant Haematologist",
        "Yours sincerely\n\nMr. {H|Dylan Parry}\nBSc (Hons), MCOptom\nOptometrist",
        "Best wishes,\n\nMiss {H|Carys Evans}\nMPharm\nPrescribing Pharmacist",
        "Yours sincerely,\n\nDr {H|E. Thomas}\nGP Partner",
        "Re: Mrs {N|Mary Jones}, DOB {D|12/03/1951}\n\nDear Mrs {N|Jones},\nThank you for attending clinic.\n\nYours sincerely,\n\nDr {H|Rhodri Lewis}\nConsultant Physician",
        "Dear Mr {N|Harries},\nI saw you today in the chest clinic.\n\nKind regards\n\nDr {H|Ffion Hopkin}\nRespiratory Consultant",
    ],
    # headings after a salutation, and NHS organisations, stay
    "headings_orgs": [
        "Dear Dr {H|Patel},\n\nDiagnosis: Stage II ductal carcinoma",
        "Dear Colleague, Re: follow-up after radiotherapy",
        "Dear Mrs {N|Powell},\nSpring Allergy Clinic Update\nWe are writing to all patients.",
        "Dear Mr {N|Griffiths},\nYour Annual Review Is Due\nPlease book an appointment.",
        "Dear Ms {N|Lloyd},\nimportant changes to your repeat prescriptions\nFrom next month ...",
        "Dear Mrs {N|Evans},\nFlu Vaccination Now Available!\nBook at reception.",
        "Betsi Cadwaladr University Health Board\nYsbyty Gwynedd, Bangor",
        "{I|Bwrdd Iechyd Prifysgol Betsi Cadwaladr}\nBetsi Cadwaladr University Health Board",
        "Hywel Dda University Health Board | {I|Bwrdd Iechyd Prifysgol Hywel Dda}",
        "Cwm Taf Morgannwg University Health Board, Royal Glamorgan Hospital",
        "{I|Bwrdd Iechyd Prifysgol Bae Abertawe}\nSwansea Bay University Health Board",
        "Aneurin Bevan University Health Board / {I|Bwrdd Iechyd Prifysgol Aneurin Bevan}",
        "Velindre University NHS Trust, Velindre Cancer Centre",
        "NHS Greater Glasgow and Clyde, Queen Elizabeth University Hospital",
        "Belfast Health and Social Care Trust, Royal Victoria Hospital",
        "Powys Teaching Health Board / {I|Bwrdd Iechyd Addysgu Powys}",
    ],
    # US addresses on a numbered route, with no street word, a ZIP that lost its leading zero
    "addresses": [
        "Store #412: {A|123 Route 9}, {A|Hadley MA 1035}",
        "{A|45 Highway 101}, {A|Gilroy, CA 95020}",
        "{A|7 US-1}, {A|Saugus MA 1906}",
        "{A|200 State Road 84}, {A|Davie, FL 33324}",
        "{A|1 Main}, {A|Orono ME 4473}",
        "{A|Plaza Las Americas}, {A|San Juan, PR 00918}",
        "{A|250 Route 59 Suite 4}, {A|Nanuet NY 10954}",
        "{A|880 Route 22 Ste 12}, {A|Union, NJ 7083}",
        "{A|1450 Boston Post Rd}, {A|Milford CT 6460}",
        "{A|39 Mystic Ave}, {A|Medford MA 2155}",
        "We stopped at a Route 66 diner on the way to clinic.",
        "Highway to health: our new walking programme",
        "Metformin 500 mg twice daily, HbA1c 58 mmol/mol, eGFR 72.",
        "Take 2 tablets on day 1, then 1 tablet daily for 4 days.",
    ],
    # a national number given with its country in words; short landlines with a city code
    "phones": [
        "A landline number in Ghana: {P|302 123 456}.",
        "call our Kenya office on {P|020 123456}",
        "a short landline phone number in Italy: {P|012345}.",
        "In Austria, dial {P|01 234567} for Vienna.",
        "the Norway landline {P|22 12 34 56} is on the form",
        "Her number in Ireland is {P|01 234 5678}.",
        "Phone (Nigeria): {P|01 2345678}",
        "For Portugal call {P|213 456 789}",
        "The pack contains 28 tablets; batch 302 123.",
        "Ghana has 16 regions and 261 districts.",
    ],
    # copy-to lines: a patient goes, a GP or clinician stays
    "cc_lines": [
        "cc:\nMrs {N|Eleri Watkins}, {A|14 Heol y Coed}, {A|Caerphilly CF83 1AB}",
        "cc: Mr {N|Huw Bevan}, Patient",
        "Copy to: Dr {H|Sarah Khan}, {I|Bridge Street Surgery}",
        "cc: GP, {I|Llandaff North Medical Centre}",
        "CC: Mrs {N|Glenys Pugh}\nCC: Dr {H|Ian Rees}, GP",
        "Copies to:\nDr {H|M. Ahmed}, General Practitioner\nMiss {N|Alys Meredith}, {A|3 Castle Mews}, {A|Brecon LD3 7AA}",
        "cc: Patient - Mr {N|Iwan Roberts}",
        "cc: {N|Ceri Hughes}, {A|22 Bryn Road}, {A|Swansea SA2 0AP}",
        "cc: Dr {H|Lowri James}, Consultant Rheumatologist",
        "cc: The Practice Manager, {I|Cwmbran Village Surgery}",
    ],
}
