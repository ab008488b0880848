# ruff: noqa: E501 - one snippet per line reads best
"""Fresh snippets for the context classes the perturbation set's dev part showed value-bound
(issue 18, helper "perturb"): a person after a relative's word, a chart label's value, and a
patient a sentence describes by age and sex. In each, the identifier is written with names no
rule lists, so only the context can find it; each class mixes in look-alikes that must stay
(a family history after a relative, a dose or a heading after a label, an ethnicity, a faith
or an insurer after an age, clinicians).

Written for this work, copied from no bench set. Names are drawn by hand from public-domain
lists no rule of prepcli.phi reads: given names from the US Social Security Administration's
baby names (hackerb9/ssa-baby-names, maxoccurances.txt) and surnames from the US Census 2010
surname list (DinaAbrahim/MarriageInTexas, lastNames.txt; afrasier/synth-data,
2010_Census_Surnames.csv), rare ones and ones that are English words. Shapes: the family
history and social history sections of a history and physical (the "Mother: ..., Father: ..."
list, "lives with husband ..."), the case presentation's opening line ("a 72-year-old male,
..., presented") as case reports write it (CARE guidelines, care-statement.org), and the
demographic labels of Spanish and French forms (Nombre / Apellidos, Nom / Prénom).

Round 1 was written before any rule changed and measured untuned (bench/PHI.md); the rules
were fixed by class against it. Round 2 was written after round 1 and is never tuned on: it
is scored once at the end. Marks: the inline format of bench/blind_phi_marks.py, ``{T|text}``
with T = N patient name, D DOB, M record number, P phone, A address, H clinician (must stay),
I anything else that must stay.
"""

from __future__ import annotations

ROUND_1: dict[str, list[str]] = {
    # a person after a relative's word, whatever the name: running text, all capitals
    "kin": [
        "Social work to see stepmother {N|Oaklyn Bornhorst} regarding DME setup.",
        "Dad {N|Thaddeus Gioffre} present at bedside, updated by RN.",
        "Spouse {N|Zyair} called the unit at 0445 from work.",
        "Plan discussed with wife {N|Summer Juenemann} and son {N|Brantlee}.",
        "SOCIAL--ABLE TO CONTACT BROTHER {N|MILJKOVIC} VIA SW DEPARTMENT.",
        "COPING-- SISTER,{N|KENADEE FEDDERS} HAS PHONED AND BEEN UPDATED BY RN.",
        "daughter {N|Marquita Stone} will drive pt home tomorrow.",
        "Mother: breast cancer at 52. Father: MI at 60.",
        "FAMILY HX: MOTHER COPD, FATHER HTN, BROTHER DM2.",
        "Husband at bedside, wife of 40 years, no concerns.",
        "Daughter is an RN at {I|Mercy General} and helps with meds.",
        "Son saw Dr. {H|Pruitt} last week about the rash.",
        "Mother deceased, father alive and well.",
        "Her sister lives in {I|Portland} and calls daily.",
    ],
    # a chart label's value, whatever its words, when it fills the field
    "labels": [
        "Nombre: {N|Jessamine}.\nApellidos: {N|Delphine Bornhorst}.\nNHC: {M|4471092}.",
        "Nombre: {N|Zyair}.\nApellidos: {N|Gioffre Juenemann}.",
        "Nom : {N|MILJKOVIC}\nPrénom : {N|Anneliese}",
        "Patient: {N|Oaklyn Fedders}\nDOB: {D|03/04/1961}",
        "Nombre: {I|Paracetamol} 500 mg comprimidos",
        "Patient: Discharge Summary",
        "Name: Not Known.",
        "Patient: Mailed to home address.",
        "Re: Outpatient Follow Up.",
    ],
    # a patient a sentence describes by age and sex, then names
    "described": [
        "Guidelines for a 72yo male, {N|Gioffre T.}, last seen at {I|UCLA} clinic on Feb 5.",
        "Interactions for a 60-year-old female, {N|Juenemann R.}, seen at {I|Mount Sinai} in May.",
        "Options for a 48-year-old male, {N|Brantlee Fedders}, with stage 3 CKD.",
        "Statin choice in a 55-year-old woman named {N|Marquita Bornhorst}, seen last month.",
        "This is {N|Zyair}, a 14 month old with RSV bronchiolitis.",
        "Picking up {N|Thaddeus}, a 5 year old with community-acquired pneumonia.",
        "A 45-year-old male, Jehovah's Witness, declined transfusion.",
        "A 60-year-old female, Caucasian, presented with chest pain.",
        "A 70-year-old male, Medicare patient, seen at {I|St. Luke's} on 10/11.",
        "A 30-year-old female, G2P1, at 32 weeks.",
        "A 66-year-old man, Dr. {H|Okafor}'s patient, was admitted overnight.",
    ],
}

# Written after the rules they check (a class found in the dev part's misses once round 1 was
# fixed): a full name beside its owner's identifier, and a surname with its initial after a
# described patient. Their figures are not untuned; round 2 holds never-tuned ones.
ROUND_1_LATE: dict[str, list[str]] = {
    "beside_ids": [
        "MRN#{M|71710} - {N|O. Bychkov} - eGFR 38, on {I|Cardelis} 5 mg",
        "{N|Moncerath K. Branch} MRN {M|0117774} - teen pt, mom asked about dosing",
        "Chart # {M|663838330} - {N|Iliani Archer} - ok to restart per Dr. {H|Michael Tan}",
        "{N|Lamayia Barker} DOB {D|08/12/1977} cell {P|+1 503-665-7197}",
        "{N|PECK, Dawn Dennell} | DOB {D|1983-08-25}",
        "Emergency contact is {N|Dyneshia Stout} at {P|+49-4362-265274}.",
        "Called back {N|Takeysha May} on {P|0300.5155136}; no answer, left VM.",
        "Call {I|Kaiser Permanente} at {P|1-800-464-4000} for the prior auth.",
        "{I|Accredo Specialty Pharmacy} at {P|800-803-2523}.",
        "{I|Novo Nordisk} at {P|1-800-727-6500} for the savings card.",
        "Discharge Summary - MRN {M|4471092}",
    ],
    "patient": [
        "pt {N|TAMONI K LOGAN} called office re: {I|Veltrana} specialty pharmacy",
        "pt {N|KENADEE MAC RODEHEFFER} called office re: refill",
        "PT ON HEPARIN GTT, PT EVAL DONE.",
        "pt AAOX3 AND FOLLOWING COMMANDS",
        "Patient Discharge Information",
        "patient Care Team notified",
        "pt NPO AFTER MIDNIGHT",
    ],
    "described": [
        "Options for a 70-year-old male on Warfarin, {N|Mccarty R.}, seen in clinic.",
        "pt w/ hx of COPD, {N|Rumaysa H.}, seen on 08/12.",
        "see notes for {N|Costa R.}, seen at {I|UCSF} in February.",
        "a 45-year-old male with a history of CHF, Lasix 40 mg daily.",
        "pt with diabetes, Metformin XR, tolerating well.",
    ],
}

ROUND_2: dict[str, list[str]] = {
    "kin": [
        "Emergency plan reviewed with grandmother {N|Delphine Miljkovic} at bedside.",
        "fiancé {N|Jarrell Bornhorst} brought the overnight bag.",
        "NEPHEW {N|JUENEMANN} TO PICK UP PT AT 1500.",
        "Uncle {N|Thaddeus Fedders} is the health care proxy.",
        "Father: prostate cancer. Sister: lupus.",
        "Husband Tylenol PRN for back pain per wife.",
        "Daughter called from {I|Chicago}; will visit Sunday.",
        "Brother saw Dr. {H|Lindqvist} in clinic.",
    ],
    "labels": [
        "Apellidos: {N|Fedders Miljkovic}.\nNombre: {N|Oaklyn}.",
        "Prénom : {N|Jarrell}\nNom : {N|GIOFFRE}",
        "Patient: Pending Review",
        "Nombre: {I|Ibuprofeno} 400 mg",
        "Name: Unknown Male.",
    ],
    "patient": [
        "pt {N|ZYAIR B FEDDERS} left a message about the copay card",
        "patient {N|Oaklyn Miljkovic} asked for a refill of {I|Cardelis}",
        "PT TO WORK WITH PT ON AMBULATION TODAY.",
        "patient Education Materials given",
    ],
    "beside_ids": [
        "{N|Delphine Juenemann} - MRN {M|5520918} - labs pending",
        "NHS {M|943 476 5919} - {N|Thaddeus Miljkovic} - seen in clinic",
        "Spoke with {N|Oaklyn Gioffre} on {P|07700 900461} about the delivery.",
        "Call {I|Express Scripts} at {P|1-800-282-2881}.",
        "Metoprolol Succinate - MRN {M|123456}",
    ],
    "described": [
        "Dosing in an 81-year-old female, {N|Bornhorst K.}, after a fall.",
        "a 59-year-old man with gout, {N|Fedders J.}, on allopurinol.",
        "Case: a 34-year-old woman, {N|Anneliese Gioffre}, seen at {I|NYU} on 7/7.",
        "This is {N|Brantlee}, a 3 week old with jaundice.",
        "A 58-year-old male, Spanish-speaking, presented with dyspnea.",
        "A 40-year-old female, Type 1 diabetic, seen today.",
        "A 75-year-old man, retired veteran, on warfarin.",
    ],
}
