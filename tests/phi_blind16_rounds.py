# ruff: noqa: E501 - one snippet per line reads best
"""Fresh snippets for the classes phi_blind16_dev's misses and false positives fell into (issue
18, helper b16): written clinical documents (encounter notes, patient summaries, assessment,
crisis and discharge notes of Canada and New Zealand, generated patient records in markdown).
Classes: a given name alone in running text, where the sentence puts the patient (the subject
of a visit's verb, a companion after "partner"/"friend"/"cousin", "with X and"); a person's field
of social care ("Client:", "Service user:", "Resident:"); patient identifiers with letters,
dashes or a markdown label ("**Patient ID:** PAT-...", NHI and OHIP numbers); where the patient
lives named by a locality alone or a supported-living house; and look-alikes that must stay:
census ethnicity categories, social care staff by role, a sentence after a measurement's unit
and a measurement under a markdown label.

Written for this work, copied from no bench set; names, numbers and addresses are made up.
Shapes from public references:
- NZ National Health Index number: three letters (no I or O) and four digits, the last a mod-11
  check digit, and from 2022 three letters, two digits and two letters (Te Whatu Ora, "National
  Health Index", and https://en.wikipedia.org/wiki/National_Health_Index);
- Ontario health card (OHIP) number: ten digits written 4-3-3, then a two-letter version code
  (https://en.wikipedia.org/wiki/Ontario_Health_Insurance_Plan);
- Māori given names: the Department of Internal Affairs' top Māori baby names, researched with
  Te Taura Whiri i te Reo Māori (press release "Most popular Māori baby names for 2016 released",
  http://www.scoop.co.nz/stories/CU1709/S00301/most-popular-maori-baby-names-for-2016-released.htm);
- ethnicity categories: Stats NZ's ethnicity standard classification (level 1-4 names such as
  "New Zealand European", "Cook Islands Māori", "Niuean"), the 2021 census of England and Wales
  ("White: Irish", "Black, Black British, Caribbean or African"), Statistics Canada's population
  groups and "First Nations, Métis or Inuk", the US OMB race categories ("American Indian or
  Alaska Native");
- staff roles of social care and NZ mental health services (key worker, support worker, care
  coordinator, kaimahi, peer support worker), as used in public service descriptions.

Each round was written before the rules it measures and scored untuned first (figures in
bench/PHI.md); round 3 was never tuned on. Marks: the inline format of bench/blind_phi_marks.py,
``{T|text}`` with T = N patient name, D DOB, M record number, A address, P phone, H clinician
or staff (must stay), I anything else that must stay.
"""

from __future__ import annotations

ROUND_1: dict[str, list[str]] = {
    # a given name alone where the sentence puts the patient or a relative
    "names_alone": [
        "{N|Tamati} presents for his six-monthly diabetes review. He reports good adherence.",
        "{N|Tipene} attended his appointment at the clinic alone today.",
        "BACKGROUND:\n{N|Paora} was previously seen by the community team in 2021.",
        "He lives with his partner {N|Roimata} and their three children.",
        "His cousin {N|Mikaere} visits most days and helps with shopping.",
        "Safety plan completed with {N|Ihaia} and his mother.",
        "Plan: sister {N|Marama} to stay with {N|Nikora} overnight.",
        "Patient presents for review of hypertension. She reports no chest pain.",
        "Mother reports he is sleeping better since the last visit.",
        "Dr {H|Halvorsen} attended the family meeting on the ward.",
        "Metformin was started in 2019 and is well tolerated.",
    ],
    # a person's field of social care: the patient's name
    "client_fields": [
        "CRISIS NOTE\n\nClient: {N|Aperahama Kingi}\nDate: 04/02/2024\nClinician: {H|Sarah Lowe}, RN",
        "Service user: {N|Tevita Fifita}\nKey worker: {H|Joanne Pike}",
        "Resident: {N|Pita Rapana}\nRoom: 12\nReview: monthly",
        "Client: not present at the visit\nDate: 05/03/2024",
    ],
    # identifiers with letters, dashes or a markdown label
    "patient_ids": [
        "*   **Patient ID:** {M|PT-558201}\n*   **Name:** {N|Harriet Moss}",
        "- **Patient ID**: {M|pat_40418822}\n- **Name**: {N|Owen Briggs}",
        "**Patient Identifier:** {M|3f2a9c1e-7b4d-4e8a-9c2f-1d6b8e0a5c37}",
        "His NHI number is {M|ZGT5573} and he is enrolled at the local practice.",
        "NHI: {M|ZHR47KX}\nDOB: {D|02/11/1988}",
        "Health card: {M|5584-221-907-KT}",
        "**Weight:** 71 kg | **BMI:** 27.3\n**Occupation:** Teacher",
        "ICD-10: E11.9 (type 2 diabetes) | **HbA1c:** 7.4%",
    ],
    # where the patient lives: a locality alone, a supported-living house
    "residence": [
        "Previously living alone in {A|Aranui} in a council flat.",
        "Currently lives with whānau in {A|Otara}.",
        "Supported living at {A|Kowhai Lodge, 17 Harewood Road, Papanui, Christchurch}.",
        "Admitted to Hillmorton Hospital for assessment.",
        "Living in fear of her ex-partner; a protection order is in place.",
        "Lives in a boarding house with a shared kitchen.",
    ],
    # census ethnicity categories are no names
    "ethnicity": [
        "- Name: {N|Priya Raman}\n- Ethnicity: South Asian (Tamil Sri Lankan)",
        "Ethnicity: NZ European / Pākehā",
        "- Ethnicity: White (English/Scottish Canadian)",
        "Ethnicity: Cook Islands Māori",
        "Ethnicity: Black Caribbean",
        "- Ethnicity: First Nations (Anishinaabe)",
    ],
    # social care staff by role stay
    "staff": [
        "Referred to the Māori Mental Health Team (coordinator: {H|Aroha Tipene}).",
        "Key worker: {H|Dean Morrow} (community support)",
        "Support worker {H|Losana Vea} will visit twice weekly.",
        "Care coordinator: {H|Rachel Upton}",
        "Peer support worker {H|Jo Finlay} attended the review.",
    ],
    # a sentence after a measurement's unit, a measurement under a label
    "measurements": [
        "Febrile to 38.9°C. Cough productive of green sputum.",
        "Temp 37.8 °C. Chest clear on auscultation.",
        "**Height:** 165 cm | **Weight:** 60 kg | **BMI:** 22.0\n**Allergies:** None",
        "Temperature 39.1°C. Rigors noted overnight. Bloods sent.",
    ],
}

ROUND_2: dict[str, list[str]] = {
    "names_alone": [
        "{N|Kauri} returns today for his asthma follow-up.",
        "DISCHARGE SUMMARY:\n{N|Anaru} has made good progress during admission.",
        "His friend {N|Matiu} drives him to appointments.",
        "Sister {N|Ataahua} ({P|021 555 0148}) is supportive.",
        "She presents with her daughter for a medication review.",
        "Physiotherapy reviewed his mobility; he walks with a frame.",
    ],
    "client_fields": [
        "SESSION NOTE\nClient: {N|Hohepa Waaka}\nSession: 4 of 6\nClinician: {H|Mark Ellery}",
        "Consumer: {N|Mele Taufa}\nKey worker: {H|Ana Lolo}",
        "Client: Declined to attend; letter sent.",
    ],
    "patient_ids": [
        "*   **Patient ID:** {M|PNT-00418273}\n*   **Name:** {N|Lydia Fenn}",
        "- **Patient ID:** {M|pat_8c1e2f3a-44b5-4c6d-9e7f-0a1b2c3d4e5f}",
        "OHIP number {M|7712-480-335-HB} on file.",
        "- **BMI:** 33.1\n- **Blood Pressure:** 142/88",
    ],
    "residence": [
        "Lives in {A|Hornby} with his elderly father.",
        "Supported accommodation at {A|Rata House, 8 Linwood Avenue, Christchurch}.",
        "Transferred to Middlemore Hospital overnight.",
    ],
    "ethnicity": [
        "Ethnicity: Samoan / Tongan",
        "- Ethnicity: White (Irish/French Canadian)",
        "Ethnicity: Niuean",
    ],
    "staff": [
        "Social worker: {H|Grace Heke}",
        "Discussed with key worker {H|Sam Tuala} today.",
    ],
    "measurements": [
        "Fever of 38.2°C. Headache since Tuesday.",
        "**Weight:** 88.4 kg | **BMI:** 29.6",
    ],
}

ROUND_3: dict[str, list[str]] = {
    "names_alone": [
        "{N|Rawiri} presented with low mood and poor sleep.",
        "He lives with his partner {N|Kahurangi} in a rented house.",
        "Patient reports feeling safe at home.",
    ],
    "client_fields": [
        "Client: {N|Wikitoria Ranginui}\nDate: 12/06/2024",
    ],
    "patient_ids": [
        "*   **Patient ID:** {M|P-4410927}\n*   **Name:** {N|Nora Blake}",
        "NHI: {M|ZKP8841}",
        "**BMI:** 25.8",
    ],
    "residence": [
        "Lives alone in {A|Wainoni} near her sister.",
    ],
    "ethnicity": [
        "Ethnicity: Chinese (Hong Kong)",
        "- Ethnicity: Métis",
    ],
    "staff": [
        "Support worker: {H|Tania Riwai}",
    ],
    "measurements": [
        "Temp 38.4°C. Neck supple.",
    ],
}
