# ruff: noqa: E501 - one snippet per line reads best
"""Build bench/phi_name_variants.jsonl: patient-name variants written for the name-detection work
(phinames, stop 25), in rounds. Each round was written before the detector was run on it; its
untuned figure is recorded in ROUNDS below and the file's header note (README of the set is this
docstring). Names come from the naming conventions named in each snippet's ``source.record``,
written from general knowledge, not copied from any bench set.

Markup: ``⟦T|text⟧`` labels ``text`` with type T: P patient name, H clinician (must stay), D DOB,
M MRN, PH phone, E e-mail, A address, S SSN. Run: python bench/phi_name_variants_build.py
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from blind_phi_marks import parse  # the one mark parser of every written set

OUT = Path(__file__).resolve().with_name("phi_name_variants.jsonl")
TYPES = {
    "P": "PATIENT-NAME",
    "H": "HCP",
    "D": "DOB",
    "M": "MRN",
    "PH": "PHONE",
    "E": "EMAIL",
    "A": "ADDRESS",
    "S": "SSN",
}
_MARK = re.compile(r"⟦(?P<t>[A-Z]+)\|(?P<x>[^⟧]*)⟧")

# Untuned figures of each round, measured before any rule was changed for it.
ROUNDS = {
    1: "50 snippets; untuned names 0.694 (34/49) at precision 0.973, overall 0.722 at 0.976, "
    "0/10 clinicians touched; after round 1 and 2 rules 0.959 at 0.979, 0/10",
    2: "49 snippets, clinicians and staff in the positions round 1's rules read; untuned (with "
    "round 1's rules) names 0.781 (25/32) at precision 0.703, 9/19 clinicians touched, 11/28 "
    "snippets without identifiers touched (main before round 1: 0.656 at 0.733, 7/19); "
    "tuned 0.906 at 0.966, 0/19 clinicians, 2/28 touched. Labels 'Ms X'/'Mr X' were fixed to "
    "'X' (the set's convention) after the untuned run.",
    3: "50 snippets, other cultures' honorifics, particles, labels, word-names, letters; untuned "
    "(with rounds 1-2's rules) names 0.717 (33/46) at precision 0.951, 0/4 clinicians (main "
    "before round 1: 0.674 at 0.949); tuned 1.000 at 0.978. Two labels fixed after the untuned "
    "run ('Mrs. X' -> 'X'; a made-up 'Pt Ngāti...' snippet rewritten, the iwi kept).",
    4: "50 snippets, nursing-note and SMS styles (one case throughout), households, staff by "
    "role, word-names used as words; untuned (with rounds 1-3's rules, labels 'Mr. X' -> 'X' "
    "fixed first) names 0.683 (28/41) at precision 0.763, 2/10 clinicians, 6/19 snippets "
    "without identifiers touched (main: 0.512 at 0.774, 2/10, 4/19); tuned 0.902 at 0.927, "
    "0/10, 3/19.",
    5: "50 snippets written after round 4's rules, measured once and left untuned (a check of "
    "how far rounds 1-4 generalise): names 0.864 (38/44) at precision 0.976, 0/3 clinicians, "
    "1/12 snippets without identifiers touched; main before round 1: 0.636 at 0.969. Three "
    "labels were fixed before that run (one span per Hungarian and Hebrew name, 'Mr X' -> 'X').",
    6: "50 snippets (shipping/care-of/POA labels, subjects, nicknames, other languages' 'and', "
    "staff of clinicians); untuned with rounds 1-4's rules (titles and a DOB cue moved out of "
    "five labels first): names 0.833 (35/42) at 0.895, 2/8 clinicians, 3/20 touched (main "
    "0.762 at 0.912, 2/8, 3/20); tuned 0.929 at 1.000, 0/8, 0/20.",
    7: "50 snippets written after round 6's rules, measured once and left untuned (the closing "
    "check): names 0.892 (33/37) at precision 0.970, 0/5 clinicians, 1/20 snippets without "
    "identifiers touched; main before round 1: 0.703 at 0.962, 1/5 clinicians.",
    8: "57 snippets (names helper, issue 18): coordinated surnames, subjects of human and "
    "reporting verbs, occupations before a name, a person's work or possessive, lower-case full "
    "names in person slots, contact blocks with an occupation line; the same slots filled by "
    "clinicians, staff, companies, products, places, months. Untuned (main 2ab14cc): names "
    "0.590 (23/39) at precision 0.828, 5/14 clinicians touched, 4/25 snippets without "
    "identifiers touched.",
    9: "50 snippets written after round 8's rules (names helper): the same places in other "
    "wordings (other verbs, occupations, works, owners, w/ and ring, profiles in lower case), "
    "and the same places filled by clinicians, staff, companies, products, places, trials. "
    "Untuned (round 8's rules, 2d45455): names 0.824 (28/34) at precision 1.000, 0/10 "
    "clinicians, 0/23 snippets without identifiers touched (main 2ab14cc: 0.618 at 0.815, "
    "5/10, 3/23).",
    10: "40 snippets written after round 9's rules (names helper), the same classes in new "
    "wordings with clinicians, companies, places, products and references in the same places. "
    "Untuned (round 9's rules, fc14446): names 0.871 (27/31) at "
    "precision 0.848, 3/9 clinicians, 3/15 snippets without identifiers touched (main 2ab14cc: "
    "0.516 at 0.704, 7/9, 5/15).",
    11: "32 snippets written after round 10's rules (names helper), measured once and left "
    "untuned (the closing check of rounds 8-10): names 0.920 (23/25) at precision 0.885, 0/8 "
    "clinicians, 2/12 snippets without identifiers touched (main 2ab14cc: 0.600 at 0.696, "
    "4/8, 4/12). Both false positives are main's too ('MS data' read as the title Ms; 'Bayer "
    "and Takeda').",
}

ROUND_1: list[tuple[str, str]] = [
    # (marked-up text, naming convention / what the snippet tests)
    (
        "⟦P|Anahera⟧ (12) came in with her koro for the Sorevia inhaler demo.",
        "Maori given name, age in brackets",
    ),
    (
        "Spoke w/ ⟦P|Wiremu Tane⟧ re the Brivantis starter pack; Dr. ⟦H|Helen Marsh⟧ to review labs.",
        "Maori given+surname after spoke w/",
    ),
    (
        "f/u w/ ⟦P|eve⟧ re copay card, she never got the Lumexa voucher",
        "lower-case word-like given name after w/",
    ),
    (
        "⟦P|jiwon⟧ (pt's daughter) called twice about the refill, pls call back",
        "Korean given name lower case, relative in brackets",
    ),
    (
        "⟦P|R.K.⟧, 67M, stopped Ostravel after the rash; AE form sent to PV.",
        "initials with age/sex",
    ),
    (
        "Pt ⟦P|e j smith⟧ asked whether the hub can ship to her work instead.",
        "lower-case initials and surname",
    ),
    (
        "Her son ⟦P|Bo⟧ drives her to the infusion centre at Waikato Hospital every other Tuesday.",
        "word-like given name after her son",
    ),
    (
        "⟦P|Mark⟧'s wife says the nausea got better after the Sorevia dose was split.",
        "word-like given name, possessive",
    ),
    (
        "Hi ⟦P|Folake⟧, just confirming your nurse visit on Thursday at 10.",
        "Yoruba given name in greeting; PSP staff",
    ),
    (
        "Call from ⟦P|Guðrún Jónsdóttir⟧, 54F, about dizziness on Lumexa 20 mg.",
        "Icelandic patronymic name, age/sex",
    ),
    (
        "⟦P|Sigurður⟧ and his brother ⟦P|Einar⟧ both on the programme since March.",
        "Icelandic given names, coordination",
    ),
    (
        "⟦P|Adebayo Ogunleye⟧ (pt) reports ankle swelling since starting Brivantis; Dr. ⟦H|Priya Raman⟧ aware.",
        "Yoruba full name, (pt)",
    ),
    (
        "Shipping to: ⟦P|Hodan Warsame⟧\n⟦A|14 Tern Close⟧\n⟦A|Leicester LE4 7QD⟧",
        "Somali name in shipping block",
    ),
    (
        "Caller was ⟦P|Xiong⟧'s daughter, asked if the Hmong interpreter line covers weekends.",
        "Hmong surname possessive",
    ),
    (
        "Dr. ⟦H|Okonkwo⟧ mentioned a Crohn's patient who did well on Ostravel; no names given.",
        "eponym, HCP, no patient",
    ),
    (
        "Discussed Hodgkin lymphoma data and the Addison's caution with Dr. ⟦H|Sandra Kaye⟧.",
        "eponyms kept",
    ),
    (
        "MSL call: Prof. ⟦H|Ingrid Solberg⟧ (Oslo University Hospital) asked about Stage IV subgroup data.",
        "no PHI, institution, place",
    ),
    (
        "Rep note: Mayo Clinic formulary review delayed to Q3; Brivantis pricing sheet left with pharmacy.",
        "no PHI",
    ),
    (
        "Medical inquiry from Dr. ⟦H|Ahmed Farouk⟧: is Sorevia safe in Child-Pugh B? No patient details provided.",
        "no PHI, eponym score",
    ),
    (
        "AE intake: reporter is the patient's mother, ⟦P|Ngozi Eze⟧; patient ⟦P|Chidi⟧ (9) had hives after dose 2.",
        "Igbo names, mother, age in brackets",
    ),
    (
        "Texted ⟦P|tama⟧ the pharmacy hours, he says mum ⟦P|aroha⟧ is still dizzy",
        "Maori names lower case",
    ),
    (
        "for ⟦P|Siobhán Ní Bhriain⟧: please resend the Lumexa enrolment form, fax was illegible.",
        "Irish name with particle Ní, after for",
    ),
    (
        "⟦P|NGATA, HEMI⟧  ⟦D|04/11/1958⟧  Waikato DHB",
        "Maori name surname-first in caps chart header",
    ),
    (
        "Visited ⟦P|Nino Beridze⟧ at home with the district nurse; Tbilisi-born, speaks Georgian.",
        "Georgian name after visited, place",
    ),
    (
        "Message from ⟦P|Rhiannon⟧ - her dad ⟦P|Dafydd⟧ missed the Tuesday infusion.",
        "Welsh given names, message from, her dad",
    ),
    (
        "⟦P|Oisín⟧'s mam rang about the spacer for the Sorevia inhaler.",
        "Irish given name possessive, mam",
    ),
    ("pt ⟦P|ayşe yılmaz⟧ prefers Turkish materials; sent via hub.", "Turkish lower-case after pt"),
    ("⟦P|Emre⟧, 41, on Ostravel since Jan, GI upset resolved.", "Turkish given name, age"),
    ("Rep left samples with Nurse ⟦H|Kavitha⟧ at Chennai Road Clinic.", "no patient, nurse staff"),
    (
        "⟦P|Senthil Kumar⟧'s wife ⟦P|Kavya⟧ asked whether Brivantis interacts with turmeric.",
        "Tamil names, possessive and wife",
    ),
    (
        "Per office: ⟦P|Pa Nhia Vang⟧ needs a new PA before the next fill.",
        "Hmong given name Pa Nhia + Vang",
    ),
    ("Ms ⟦P|Te Rangi⟧ asked for the large-print leaflet.", "Maori surname with particle after Ms"),
    (
        "Booked the nurse educator for ⟦P|Tamati⟧ and ⟦P|Ngaire Walker⟧ on the 14th.",
        "Maori names coordination",
    ),
    (
        "The Parkinson's clinic at St Vincent's is moving to Level 4 in June.",
        "no PHI, eponym, institution",
    ),
    (
        "⟦P|ABDIRAHMAN⟧ (son) will collect the sharps bin from the pharmacy.",
        "Somali given name caps with relative",
    ),
    (
        "Pt's granddaughter ⟦P|Wren⟧ handles the portal login.",
        "word-like given name after relative",
    ),
    (
        "Grace Period on the copay card ends 30 June; Hope Street pharmacy confirmed stock.",
        "no PHI, word-like names as words",
    ),
    (
        "⟦P|Storm⟧ (14) and her sister ⟦P|Sage⟧ both enrolled in the teen adherence pilot.",
        "word names, age in brackets",
    ),
    (
        "Left VM for ⟦P|Olumide⟧ re missed delivery, will retry tmrw.",
        "Yoruba given name after VM for",
    ),
    ("Chart: ⟦P|Þórunn Guðmundsdóttir⟧, MRN ⟦M|4471902⟧, Landspítali ref.", "Icelandic with thorn"),
    (
        "⟦P|Ahmadzai⟧, 72M, new AF, started on Cardelis by Dr. ⟦H|Lewis⟧.",
        "Pashtun surname alone, age",
    ),
    (
        "Thanks for the update on ⟦P|Kiri⟧ - glad the rash has settled. Dr ⟦H|Moana Rewi⟧",
        "Maori given name after update on; HCP signature",
    ),
    ("Pt ⟦P|O'Súilleabháin⟧ called, wants the Irish-language leaflet.", "Irish surname with O'"),
    (
        "Nurse call: spoke to mrs ⟦P|tuilagi⟧, her husband ⟦P|sione⟧ is managing the pen now.",
        "Samoan/Tongan names lower case",
    ),
    (
        "Eligibility check for ⟦P|Grzegorz Brzęczyszczykiewicz⟧ came back approved.",
        "Polish name, eligibility for",
    ),
    (
        "Bo Diddley tribute night at the Hamilton Gardens raised funds for the cancer society.",
        "no PHI, public figure; not a patient (unlabelled person)",
    ),
    (
        "Sent welcome pack to ⟦P|Ifeoma⟧ and her twins ⟦P|Kamsi⟧ and ⟦P|Ebube⟧.",
        "Igbo names, sent to, twins",
    ),
    (
        "Eve of the Lumexa launch: remind reps about the Mark 2 pen demo.",
        "no PHI, word names as words",
    ),
    ("⟦P|Mele Fifita⟧ ⟦PH|021 555 0193⟧ prefers texts after 5pm.", "Tongan name before phone"),
    ("Signed: ⟦H|Aroha Tipene⟧, RN, Whānau Ora navigator", "HCP with credential, Maori"),
]

ROUND_2: list[tuple[str, str]] = [
    (
        "Spoke w/ ⟦H|Okafor⟧ (cardiology) about the Cardelis titration card; no pt details.",
        "HCP surname after spoke w/, speciality in brackets",
    ),
    (
        "Talked to the hospitalist, ⟦H|Marama Walker⟧, MD, about discharge scripts.",
        "HCP with credential after talked to",
    ),
    (
        "Texted ⟦H|Rangi⟧ (charge nurse) the in-service times for Friday.",
        "staff after texted, role in brackets",
    ),
    (
        "spoke with ⟦H|heather⟧, rn, re the infusion chair schedule",
        "lower-case staff with credential",
    ),
    ("LVM for ⟦H|Sione Taufa⟧, NP, re the Lumexa sample request.", "NP after LVM for"),
    (
        "⟦H|Aroha Ngata⟧, CNS\nDiabetes Service, Rotorua Hospital\n07 555 0142",
        "clinician signature block with phone",
    ),
    (
        "Regards,\n⟦H|Hemi Tuhoe⟧\nClinical Nurse Specialist\nhemi.tuhoe@lakesdhb.example.nz",
        "clinician signature, no credential abbreviation",
    ),
    (
        "Dr. ⟦H|Kowalczyk⟧ and ⟦H|Ngata⟧ reviewed the Brivantis case series at grand rounds.",
        "HCP pair, second without title",
    ),
    ("Prescriber: ⟦H|Tamsin Rees⟧, GP, Whitianga Medical Centre", "HCP after label with GP"),
    (
        "Per pharmacist ⟦H|Olumide Bakare⟧ the Sorevia stock arrives Monday.",
        "pharmacist role before name",
    ),
    (
        "Update from ⟦H|Ifeanyi⟧ at the Lagos office: the MSL deck is approved.",
        "colleague at office after update from",
    ),
    (
        "Met with ⟦H|Sigrid⟧ from market access re the Ostravel formulary bid.",
        "colleague from department",
    ),
    ("Intensivist Dr. ⟦H|Haukur Einarsson⟧ asked for the Cardelis PK data.", "role then Dr."),
    (
        "Hospitalist ⟦H|Tavita Leota⟧ wants the renal dosing card.",
        "hospitalist role word before unknown given name",
    ),
    ("Called ⟦H|Noa Kealoha⟧ NP to confirm the speaker program venue.", "NP after name, called"),
    ("FYI ⟦H|Ngozi Adeyemi⟧ (our MSL) will join the Thursday call.", "colleague MSL in brackets"),
    (
        "Spoke to ⟦P|Tui⟧, mum of ⟦P|Manaia⟧ (6), about the spacer technique.",
        "Maori names, mum of, age",
    ),
    ("⟦P|Kalani⟧'s nana rang: the Sorevia inhaler counter is stuck.", "Hawaiian given name, nana"),
    (
        "Pt's whānau: son ⟦P|Rawiri⟧, daughter ⟦P|Mere⟧ (main contact ⟦PH|027 555 8841⟧).",
        "whanau list",
    ),
    (
        "Spoke w/ Ms ⟦P|Adeyinka⟧ re the missed Brivantis delivery; courier to retry.",
        "Yoruba surname after title, talk cue",
    ),
    (
        "hi ⟦P|hana⟧, ur nurse visit moved to thurs 2pm, reply Y to confirm",
        "lower-case SMS greeting, Japanese/Maori given name",
    ),
    (
        "emailed ⟦P|kofi⟧ the copay card link, he says ⟦P|ama⟧ will fill it in",
        "Akan day names lower case",
    ),
    (
        "⟦P|Þór⟧ and ⟦P|Sólveig Hallgrímsdóttir⟧ came in together for the Lumexa training.",
        "Icelandic, coordination with full name",
    ),
    (
        "Household: ⟦P|Ayasha⟧, ⟦P|Kiona⟧ and their grandmother ⟦P|Winona Begay⟧ all on the hub list.",
        "Native American given names, household list",
    ),
    (
        "⟦P|Tenzin Dolma⟧, 63F, Tibetan-speaking, needs an interpreter for the AE follow-up.",
        "Tibetan name, age",
    ),
    (
        "⟦P|Nakamura⟧-san's daughter ⟦P|Yui⟧ phoned about the refill.",
        "Japanese honorific, daughter",
    ),
    ("⟦P|Bui Thi Lan⟧ (pt) prefers Vietnamese leaflets.", "Vietnamese surname-first, (pt)"),
    (
        "Re: ⟦P|Aziz⟧ household - wife ⟦P|Parwana⟧ and son ⟦P|Farid⟧ both enrolled.",
        "Afghan names household",
    ),
    (
        "Thanks for seeing ⟦P|Dagny⟧ so quickly. Regards, Dr ⟦H|Rolf Iversen⟧",
        "Norwegian given name after seeing; HCP signature",
    ),
    (
        "Voicemail from Mr ⟦P|Oyelaran-Smith⟧ re his Sorevia refill, callback ⟦PH|0161 555 0123⟧.",
        "hyphenated Yoruba-English surname",
    ),
    (
        "Ship to:\n⟦P|Ihaia Te Whata⟧\n⟦A|22 Kauri Street⟧\n⟦A|Kaitaia 0410⟧",
        "Maori name with Te particle, shipping block",
    ),
    (
        "Saw ⟦P|Lwazi⟧ and his mother at the pharmacy counter; Zulu interpreter needed.",
        "Zulu given name after saw",
    ),
    ("For ⟦P|Mthunzi Dlamini⟧: Lumexa PA approved until March.", "Zulu full name after For"),
    (
        "⟦P|Chukwuemeka⟧ (17) reported headaches after the second Ostravel dose.",
        "Igbo given name, age in brackets",
    ),
    (
        "The pt, ⟦P|Ingibjörg⟧, asked for a Reykjavik pharmacy that stocks Lumexa.",
        "Icelandic given name in apposition after pt",
    ),
    (
        "⟦P|ALOFA⟧ and ⟦P|TAVITA SAPOLU⟧ - both on Cardelis, both need new pens",
        "Samoan names all caps",
    ),
    (
        "AE follow-up: ⟦P|Pedersen⟧, ⟦P|Freja⟧ (34) - rash resolved.",
        "Danish surname-comma-given, age",
    ),
    (
        "Grace Hospital pharmacy asked about the Cardelis cold chain; no patient involved.",
        "no PHI: word-name hospital",
    ),
    (
        "Discussed Graves' disease and Hashimoto's thyroiditis slides with the endo team.",
        "no PHI: eponyms",
    ),
    (
        "Rotorua, Whangarei and Gisborne clinics all requested the new Sorevia leaflets.",
        "no PHI: places coordinated",
    ),
    (
        "Keytruda and Lumexa combination data presented at ASCO; Dr. ⟦H|Huang⟧ sceptical.",
        "no patient: products coordinated",
    ),
    (
        "Reminder: Mark the Lumexa launch on the calendar; Will to book the room.",
        "no PHI (colleague's word-name at sentence start; staff)",
    ),
    (
        "The Manaaki Trust funds transport for Sorevia patients in Northland.",
        "no PHI: Maori organisation",
    ),
    (
        "Texted the office re the Brivantis in-service; Whitney Street clinic confirmed.",
        "no PHI: street clinic",
    ),
    (
        "Hi team, please send the Ostravel FAQ to the Tauranga office by Friday.",
        "no PHI: greeting team",
    ),
    ("Emailed Pharmacy re Lumexa stock; Accredo will call back.", "no PHI: pharmacy names"),
    (
        "Spoke with Billing about the Cardelis copay rules for Medicare Part D.",
        "no PHI: department",
    ),
    ("Follow up with Hub on the Sorevia PA status next week.", "no PHI: hub"),
    ("LVM for Scheduling re the Brivantis speaker dinner at Ngā Tapuwae.", "no PHI: dept, place"),
]

ROUND_3: list[tuple[str, str]] = [
    (
        "Daw ⟦P|Aye Aye Khaing⟧ asked whether the Lumexa pen can travel to Yangon.",
        "Burmese honorific Daw, name without surname",
    ),
    (
        "U ⟦P|Thein Zaw⟧ (72) - dizziness after Cardelis increase; AE form started.",
        "Burmese honorific U, age",
    ),
    (
        "⟦P|Siti Nurhaliza binti Ahmad⟧ needs halal-certified capsules info.",
        "Malay name with binti",
    ),
    (
        "Ibu ⟦P|Wulandari⟧ says the hub never called back about Brivantis.",
        "Indonesian mononym with Ibu",
    ),
    (
        "⟦P|Tsegaye Bekele⟧, 58M, Amharic speaker, rash on day 10 of Ostravel.",
        "Ethiopian given + father's name, age",
    ),
    (
        "Mrs ⟦P|Abebech⟧ and her daughter ⟦P|Meron⟧ want the leaflet in Amharic.",
        "Ethiopian given names",
    ),
    (
        "Please update the chart: ⟦P|ETXEBERRIA GOIKOETXEA, Miren⟧ - new Lumexa start.",
        "Basque double surname caps, comma given",
    ),
    (
        "⟦P|Maria da Conceição Ferreira⟧ called re the Cardelis copay; prefers Portuguese.",
        "Portuguese name with particle da",
    ),
    (
        "⟦P|Nino Kapanadze⟧'s husband ⟦P|Giorgi⟧ collects the prescription.",
        "Georgian, possessive husband",
    ),
    (
        "⟦P|Armen Petrosyan⟧ / ⟦P|Anahit Petrosyan⟧ - both on the Sorevia programme.",
        "Armenian couple with slash",
    ),
    (
        "Parent: ⟦P|Lowanna Cooper⟧ - child: ⟦P|Jedda⟧ (7)",
        "Aboriginal Australian given names, labels",
    ),
    (
        "⟦P|Sipho⟧ and ⟦P|Thandeka Nkosi⟧ brought their son for the inhaler check.",
        "Zulu names coordination",
    ),
    (
        "Caller: ⟦P|Aputsiaq⟧, ringing from Nuuk about the Lumexa shipment.",
        "Greenlandic given name, place Nuuk",
    ),
    ("⟦P|Áile Somby⟧ (pt) wants the Sámi interpreter again.", "Sami name with accent"),
    (
        "⟦P|Ratu Josefa Vosanibola⟧ - Fijian chiefly title; needs a new Cardelis pen.",
        "Fijian with title Ratu",
    ),
    ("⟦P|Dvir Ben-Haim⟧, 44, started Brivantis last week.", "Hebrew name with Ben-, age"),
    ("⟦P|Harpreet Kaur⟧ and ⟦P|Gurdeep Singh⟧ (her husband) both enrolled.", "Sikh names"),
    (
        "⟦P|K. Senthilnathan⟧ asked for the Tamil leaflet - initial first, Tamil style.",
        "Tamil initial then given name",
    ),
    ("⟦P|Nguyễn Thị Mai⟧ called; her son ⟦P|Khoa⟧ translates.", "Vietnamese with diacritics, son"),
    (
        "⟦P|Pornthip Srisuwan⟧ (51F) - nausea on Ostravel, resolved.",
        "Thai name, age/sex in brackets",
    ),
    (
        "⟦P|Juan Carlos de la Cruz y Reyes⟧ wants a Spanish callback.",
        "Filipino/Spanish particles, y",
    ),
    ("⟦P|Ffion ap Rhys⟧ - Welsh leaflet requested; GP is Dr. ⟦H|Owen Pryce⟧.", "Welsh ap particle"),
    (
        "⟦P|Mairead Nic Giolla Phádraig⟧ rang the office about her Sorevia refill.",
        "Irish Nic Giolla surname",
    ),
    (
        "⟦P|Wanjiru⟧, 29F, pregnant - asked if Lumexa is safe; MI request logged.",
        "Kikuyu given name, age/sex",
    ),
    ("Sent the copay card to ⟦P|Kwabena Owusu-Ansah⟧ by post.", "Akan hyphenated surname"),
    (
        "⟦P|Leilani⟧ (pt's keiki) has the cough again, per her makuahine.",
        "Hawaiian given name before relative in brackets",
    ),
    (
        "⟦P|ROSE-MARIE DUPONT⟧\n⟦A|12 rue des Lilas⟧\n⟦A|69003 Lyon⟧\nFrance",
        "French hyphenated given name caps, address block",
    ),
    (
        "⟦P|jean-baptiste⟧ (pt) n'a pas reçu la carte, rappeler svp",
        "French lower-case hyphenated given name",
    ),
    (
        "From: ⟦P|Sunny Kim⟧ ⟦E|sunny.kim77@example.com⟧\nSubject: my Lumexa refill",
        "word-like given name in e-mail header",
    ),
    ("⟦P|Summer⟧'s dad says she misses doses at school.", "word-like given name possessive"),
    (
        "Grandson ⟦P|Rain⟧ (16) manages her reminders app.",
        "word-like given name after relative, age",
    ),
    (
        "⟦P|Dusty Rhodes⟧ - 3rd refill this month, flagged for hub review.",
        "word-like given name + surname at line start",
    ),
    (
        "⟦P|MOSES⟧, ⟦P|AKINYI⟧ (F, 66) - Luo name, Surname-first caps chart line",
        "Luo surname-first caps",
    ),
    (
        "Pt is ⟦P|Ngāhuia Te Awekotuku⟧ (Ngāti Whakaue), asked for the Māori leaflet.",
        "Maori name with macron and particle; iwi name kept",
    ),
    (
        "Thanks for the referral of Mrs. ⟦P|Fa'amausili⟧ - seen today.",
        "Samoan surname with apostrophe",
    ),
    ("Cc: ⟦P|Oksana Hrytsenko⟧ (patient), Dr. ⟦H|Ivan Melnyk⟧ (GP)", "Ukrainian names, cc line"),
    (
        "⟦P|Bolat⟧ and ⟦P|Aigerim Nurlanovna⟧ both asked about the Kazakh leaflet.",
        "Kazakh names coordination",
    ),
    (
        "The Lumexa launch in Wellington drew staff from Capital & Coast DHB and Hutt Valley.",
        "no PHI: places, institutions",
    ),
    (
        "Dr. ⟦H|Siosaia Fonua⟧ wants the Cardelis data for Tongan patients; no names shared.",
        "no patient: HCP, nationality",
    ),
    (
        "Rep note: Whānau Ora provider in Ōtara asked for Sorevia posters.",
        "no PHI: Maori organisation and place",
    ),
    (
        "Discussed Kawasaki disease and Stevens-Johnson syndrome wording in the Ostravel label.",
        "no PHI: eponyms",
    ),
    (
        "Bell's palsy query from the Christchurch clinic: is it listed for Brivantis?",
        "no PHI: eponym possessive, place",
    ),
    (
        "The Mandela Day volunteer drive at the Soweto clinic was cancelled.",
        "no PHI: public figure in event name, place",
    ),
    (
        "Sunny spells forecast; the Ōtautahi rep meeting moved outdoors.",
        "no PHI: word at sentence start",
    ),
    (
        "MSL: Prof. ⟦H|Aigerim Bekova⟧ from Astana Medical University asked about phase 3 timing.",
        "no patient: HCP title, institution",
    ),
    (
        "Storm warning: courier deliveries of Lumexa delayed across Northland.",
        "no PHI: word-name as word",
    ),
    ("Pharmacy at Te Puke confirmed Cardelis stock; no patient issues.", "no PHI: place with Te"),
    ("Met the Karanga Health team re the Sorevia inhaler workshop.", "no PHI: organisation"),
    (
        "Asked Accredo and CVS Specialty about Lumexa cold-chain shipping.",
        "no PHI: companies after asked",
    ),
    ("Paged the on-call registrar re the Cardelis infusion reaction protocol.", "no PHI: role"),
]

ROUND_4: list[tuple[str, str]] = [
    (
        "pt's wife ⟦P|ngaio⟧ at bedside overnight, updated on plan by night rn.",
        "lower-case nursing note, wife + Maori given name",
    ),
    (
        "FAMILY: SON ⟦P|TAMIHANA⟧ AND DTR ⟦P|RANGIMARIE⟧ VISITED, QUESTIONS ANSWERED.",
        "caps nursing note, relatives with unlisted names",
    ),
    (
        "social: lives w/ partner ⟦P|kekoa⟧, 2 kids; partner is hcp proxy.",
        "lower-case social history, partner",
    ),
    (
        "Dtr ⟦P|Oyinkansola⟧ called for update; informed of transfer to step-down.",
        "Dtr abbreviation, Yoruba name",
    ),
    (
        "Pt's sister (⟦P|Mereana⟧) requests call from attending re prognosis.",
        "name in brackets after relative",
    ),
    (
        "Son ⟦P|Hemi⟧ and grandson ⟦P|Nikau⟧ at bedside; Dr. ⟦H|Falaniko⟧ updated them.",
        "relatives with short Maori names; HCP",
    ),
    (
        "Spoke with pt's husband ⟦P|Kawika⟧ by phone, he will bring the CPAP.",
        "husband after pt's, Hawaiian name",
    ),
    (
        "Msg from ⟦P|Fetu⟧ (daughter): pls call re discharge meds.",
        "Samoan given name, relative after in brackets",
    ),
    (
        "REP: Hi, is this ⟦P|Ifunanya⟧?\nCALLER: Yes, calling about my Lumexa refill.",
        "call transcript",
    ),
    (
        "Caller ⟦P|Kahurangi Paewai⟧ reports nausea after Brivantis; no other meds.",
        "caller without colon",
    ),
    (
        "AE intake\nReporter: consumer (mother)\nPatient: ⟦P|Tamsin⟧, 8 yrs\nEvent: rash",
        "AE form, patient label with age",
    ),
    (
        "Hi all, quick one - ⟦P|Oluwadamilare⟧'s dad rang about the spacer again. Can someone call back?",
        "team e-mail, possessive dad",
    ),
    ("Thanks,\n⟦P|Keanu Kahale⟧\n⟦PH|808-555-0172⟧", "patient e-mail signature with phone"),
    (
        "---------- Forwarded message ---------\nFrom: ⟦P|Marisol Quispe⟧ <⟦E|mquispe@example.net⟧>\nAsked about Sorevia coverage.",
        "forwarded e-mail header with angle brackets",
    ),
    ("txt from ⟦P|lani⟧: 'cant make thurs, can we do fri?'", "lower-case SMS"),
    ("ok so ⟦P|ikaika⟧ and ⟦P|malia⟧ both need the new pens, sent 2", "lower-case coordination"),
    ("Left 2 VMs for Mr. ⟦P|Waititi⟧'s daughter, no answer.", "possessive after title"),
    (
        "⟦P|Nomvula⟧ (⟦P|Thabo⟧'s wife) manages his Cardelis diary.",
        "name with relative of another name in brackets",
    ),
    ("⟦P|Hinemoa⟧ 5y - weight 18kg - dose per label.", "age after name with y"),
    ("⟦P|Sefa⟧ 34yo M, ⟦P|Lupe⟧ 31yo F - couple both on Sorevia.", "yo age without comma"),
    (
        "Household: ⟦P|TUIASOSOPO⟧ family - ⟦P|Malakai⟧ (dad), ⟦P|Losa⟧ (mum), ⟦P|Ana⟧ (9).",
        "household list with roles",
    ),
    (
        "Patient ⟦P|Grace Hope⟧ enrolled; Grace Period for copay applies from May.",
        "word names as patient name and as words",
    ),
    ("⟦P|June Wolfe⟧ called in June about the Lumexa rebate.", "month-name given name"),
    ("Per ⟦P|Mark⟧ (pt), he will mark the dose days on the calendar.", "word-name with (pt)"),
    (
        "Will called - ⟦P|Will Tane⟧ not the rep Will - says the pen leaks.",
        "Will as name and as staff; hard",
    ),
    ("⟦P|Aroha⟧ from Rotorua called about her refill.", "patient from a place (not staff)"),
    (
        "Spoke w/ Ms. ⟦P|Tupou⟧'s son about the courier address.",
        "possessive after title, son unnamed",
    ),
    ("Appointment for ⟦P|Ngaire⟧ - 3pm Tue with Dr. ⟦H|Whaanga⟧.", "appointment for"),
    ("Reminder sent to ⟦P|Wairua⟧, ⟦P|Kiri⟧ and ⟦P|Hone⟧ re Friday clinic.", "list after sent to"),
    ("⟦P|Ahanu⟧ (Cree) - translator booked for next visit.", "given name then nation in brackets"),
    (
        "Dr. ⟦H|Pohatu⟧ asked about the Cardelis renal data; Dr. ⟦H|Pohatu⟧'s nurse ⟦H|Awhina⟧ will call.",
        "HCP repeated, nurse named",
    ),
    ("Nurse ⟦H|Mere⟧ at Kaitaia clinic ordered 20 Sorevia starter kits.", "nurse title"),
    ("Office manager ⟦H|Tania⟧ wants the lunch moved to 12.", "office manager role before name"),
    ("Seen by ⟦H|Anaru Kingi⟧, NP; pt ⟦P|Whetu Hohaia⟧ stable.", "NP credential and patient"),
    ("Receptionist ⟦H|Liana⟧ said the doctor is away till Monday.", "receptionist role"),
    ("Spoke with ⟦H|Rawiri⟧ (pharmacist) about stock levels.", "pharmacist in brackets"),
    (
        "The Hope Clinic in Grace Street is closing; patients move to Mercy.",
        "no PHI: word names as places",
    ),
    ("Hodgkin and non-Hodgkin lymphoma subgroup slides updated.", "no PHI: eponym coordination"),
    (
        "Keytruda, Lumexa and Brivantis all on the Pharmac list from July.",
        "no PHI: products coordinated",
    ),
    ("Met with the Ngāti Porou health board re Sorevia uptake.", "no PHI: iwi organisation"),
    (
        "Awaiting Cushing's workup results before Cardelis start; no names in note.",
        "no PHI: eponym",
    ),
    (
        "Spoke w/ ortho and neuro re the Brivantis interaction question.",
        "no PHI: services after spoke w/",
    ),
    ("Called Accredo, then CVS, then Optum re Lumexa PA.", "no PHI: companies after called"),
    ("Texted Summer interns the Friday schedule.", "no PHI: word at position"),
    ("f/u w/ pcp re labs next wk", "no PHI: lower-case shorthand after f/u w/"),
    ("Chatted with Pharmac about the Sorevia funding decision.", "no PHI: agency"),
    ("Update on Lumexa supply: Auckland DC restocked.", "no PHI: product after update on"),
    ("Hi Team, Hi Aotearoa reps - new call plan attached.", "no PHI: greetings to groups"),
    ("Te Whatu Ora and Whānau Ora both want Sorevia leaflets.", "no PHI: Maori organisations"),
    ("Maori and Pacific patients made up 30% of the registry.", "no PHI: peoples"),
]

# Round 5 was written after round 4's rules and measured once, untuned, as a check of how far
# rounds 1-4 generalise; no rule was changed for it.
ROUND_5: list[tuple[str, str]] = [
    (
        "⟦P|Nizhoni⟧ (10) and her cheii came for the Sorevia spacer demo.",
        "Navajo given name, age; Navajo grandfather word",
    ),
    (
        "Spoke w/ ⟦P|Qhawa⟧ re the courier - she lives past Cusco.",
        "Quechua given name after spoke w/",
    ),
    (
        "⟦P|Maricel Dimaculangan⟧, 47F, rash after Ostravel; photo sent to PV.",
        "Tagalog surname, age/sex",
    ),
    (
        "her husband ⟦P|souksavanh⟧ gives the injections now",
        "Lao given name lower case after relative",
    ),
    ("⟦P|Sreyneang⟧'s mum asked for the Khmer leaflet.", "Khmer given name possessive"),
    ("Texted ⟦P|Bishnu Adhikari⟧ the new pharmacy hours.", "Nepali name after texted"),
    (
        "⟦P|Dilrukshi⟧ (pt's daughter) will fill in the enrolment form.",
        "Sinhala given name before (pt's daughter)",
    ),
    (
        "⟦P|Farzaneh⟧ and her son ⟦P|Kourosh⟧ both asked about Lumexa in Ramadan.",
        "Persian names joined with relative",
    ),
    (
        "Caller: ⟦P|Rojda⟧, Kurdish speaker, needs an interpreter for the AE follow-up.",
        "Kurdish given name after Caller:",
    ),
    ("⟦P|NAGY Erzsébet⟧ (F, 71) - Hungarian order, surname first", "Hungarian surname-first caps"),
    ("⟦P|Eeva-Liisa⟧ 6y, weight 20 kg, dose per label", "Finnish hyphenated given name, bare age"),
    ("Hi ⟦P|Kadri⟧, your Brivantis delivery is booked for Friday.", "Estonian given name greeting"),
    ("⟦P|Dzintra Bērziņa⟧ called about the Latvian leaflet.", "Latvian with diacritics"),
    ("LVM for ⟦P|Žydrūnė⟧ re missed infusion.", "Lithuanian given name with diacritics"),
    ("⟦P|Vojtěch Dvořák⟧, 58, started Cardelis - mild dizziness.", "Czech name with háček, age"),
    ("Pt ⟦P|Dražen⟧ prefers Croatian materials; son ⟦P|Ivo⟧ translates.", "Croatian given names"),
    (
        "⟦P|Arbër⟧ and ⟦P|Drita Hoxha⟧ came in for the Lumexa training.",
        "Albanian names coordination",
    ),
    (
        "⟦P|Ioana Țurcanu⟧ asked for a Romanian copay card; callback ⟦PH|0722 555 013⟧.",
        "Romanian with comma-below t",
    ),
    (
        "emailed ⟦P|panagiota⟧ the link, she says ⟦P|stavros⟧ will print it",
        "Greek names lower case",
    ),
    (
        "⟦P|Ġużeppi⟧ (pt) - Maltese, needs English leaflet with large print.",
        "Maltese given name with dotted G",
    ),
    ("⟦P|Amaia Etxeberria⟧'s aita called about her refill.", "Basque name, aita (father)"),
    ("⟦P|Núria⟧ and her mare asked for the Catalan leaflet.", "Catalan given name, mare (mother)"),
    (
        "Msg from ⟦P|Eilidh⟧: can't make Thursday, can we do Friday?",
        "Scottish Gaelic given name after msg from",
    ),
    ("⟦P|Sjúrður⟧ from Tórshavn is on the Sorevia programme now.", "Faroese name"),
    ("⟦P|Shmuel ben Yosef⟧ (72) asked whether Lumexa is kosher.", "Hebrew patronymic ben, age"),
    ("⟦P|Chaltu⟧, 39F, Oromo speaker - interpreter booked.", "Oromo given name, age/sex"),
    ("⟦P|Tesfay⟧'s wife ⟦P|Selam⟧ collects the pens.", "Tigrinya names possessive, wife"),
    ("Alhaji ⟦P|Musa Danjuma⟧ asked about Ramadan dosing of Cardelis.", "Hausa name with Alhaji"),
    ("⟦P|Coumba Ndiaye⟧ - mob ⟦PH|+221 77 555 01 23⟧", "Wolof/Senegalese name before mob"),
    (
        "Spoke to ⟦P|Wanjiku⟧'s son about the Brivantis delivery.",
        "Kikuyu given name possessive after spoke to",
    ),
    ("Mrs ⟦P|Chiwenga⟧ and her grandson ⟦P|Tatenda⟧ came in for the inhaler check.", "Shona names"),
    ("⟦P|Lwandile⟧ (11) - asthma review, Sorevia step-up discussed.", "Xhosa given name, age"),
    ("⟦P|Rakotomalala⟧, 55M, Malagasy - GI upset on Ostravel.", "Malagasy surname alone, age"),
    ("⟦P|Kiyoshi Tanaka⟧ ⟦E|k.tanaka@example.jp⟧ - prefers e-mail.", "Japanese name before e-mail"),
    (
        "Dear Mr ⟦P|Aoelua⟧, thank you for your call about the Cardelis refill.",
        "Samoan surname in letter greeting",
    ),
    (
        "Ship to: ⟦P|Bilal Qureshi⟧, ⟦A|Flat 3, 27 Mill Lane⟧, ⟦A|Bradford BD5 0HT⟧",
        "Pakistani-British name in shipping line",
    ),
    ("Chart header: ⟦P|KHALAF, Reem⟧  ⟦D|02/09/1966⟧", "Arabic name chart header"),
    (
        "⟦P|reem⟧ called again re the refill - 3rd time this week",
        "same name lower case at line start",
    ),
    ("Dr. ⟦H|Aigul Sadykova⟧ (endo) wants the Cardelis HbA1c slides.", "HCP with speciality"),
    ("Spoke with ⟦H|Marlene⟧, RN, about the infusion chair schedule.", "staff with credential"),
    ("Practice manager ⟦H|Kowhai⟧ moved the lunch to Tuesday.", "practice manager role"),
    ("Discussed Wilson's disease and Fabry screening with the genetics team.", "no PHI: eponyms"),
    (
        "The Lumexa Patient Support Program hub in Lisbon now takes calls in Portuguese.",
        "no PHI: program, place",
    ),
    ("Asked Pharmac and Medsafe about Sorevia labelling.", "no PHI: agencies"),
    ("Hi all, the Friday call moves to 3pm.", "no PHI: greeting all"),
    ("Texted the office re the Cardelis lunch-and-learn.", "no PHI: office"),
    ("Basque, Catalan and Galician leaflets arrive in May.", "no PHI: languages"),
    ("Parkinson's nurse specialist group meets at the Royal Free.", "no PHI: eponym, institution"),
    ("Storm and Rain covers for the pens are out of stock.", "no PHI: word names as product words"),
    ("Spoke w/ billing re the Ostravel copay rules.", "no PHI: department lower case"),
]

ROUND_6: list[tuple[str, str]] = [
    (
        "Per ⟦P|Jaxtyn⟧'s wife the Lumexa pen clicks but no dose comes out.",
        "rare modern English given name, possessive wife",
    ),
    (
        "Attn: ⟦P|Brexlee Hollingworth⟧\n⟦A|88 Wattle Rd⟧\n⟦A|Ballarat VIC 3350⟧",
        "shipping Attn line",
    ),
    ("c/o ⟦P|Xochitl Mendoza⟧, ⟦A|402 Alameda St⟧, ⟦A|San Antonio TX 78207⟧", "care-of line"),
    ("Subject: ⟦P|Thaís⟧ - Sorevia refill", "e-mail subject with Brazilian given name"),
    ("re: ⟦P|Gianluca Ferraresi⟧ - copay card reissue", "re: line"),
    ("POA: ⟦P|Lieselotte Brandauer⟧ (daughter)", "power of attorney label"),
    (
        "NOK - ⟦P|Abdulrahman Al-Otaibi⟧ (son), ⟦PH|+966 50 555 0142⟧",
        "next of kin dash label, Arabic name with Al-",
    ),
    (
        "⟦P|Zihan⟧ & ⟦P|Zixuan⟧ (twins, 6) - both on the Sorevia junior inhaler.",
        "Chinese given names with & and twins",
    ),
    ("Case 24-0117 - ⟦P|Haruto Sakamoto⟧ - PA resubmitted.", "case number then name"),
    (
        "⟦P|Venkata Subrahmanyam Chaganti⟧, 66M, started Cardelis 10 mg.",
        "long Telugu name, age/sex",
    ),
    ("Mst. ⟦P|Rokeya Begum⟧ needs a Bengali-speaking nurse.", "Bangladeshi Mst. honorific"),
    (
        "Deliver to ⟦P|Çağla Yıldırım⟧ at the pharmacy counter, not home.",
        "Turkish name after deliver to",
    ),
    ("⟦P|Nattapong⟧'s daughter ⟦P|Ploy⟧ picks up the starter kit.", "Thai given names"),
    ("authorised rep: ⟦P|seo-yeon park⟧", "lower-case Korean name after label"),
    ("Carer for Mr ⟦P|Oduya⟧ is his niece ⟦P|Akoth⟧.", "carer for, niece"),
    (
        "⟦P|DeShawn⟧ (15) - school nurse administers the midday dose.",
        "African-American given name, age",
    ),
    ("Spoke w/ ⟦P|Latoya⟧'s grandmother about the copay card.", "possessive after spoke w/"),
    (
        "⟦P|Lupita⟧ (⟦P|Guadalupe Reyes⟧) prefers Spanish calls.",
        "nickname then legal name in brackets",
    ),
    ("PSP case for ⟦P|Kayleigh-Ann Pritchard⟧ closed - moved to Wales.", "hyphenated given name"),
    ("⟦P|Svetlana⟧ i ⟦P|Oleg Kuznetsov⟧ oba na Lumexa.", "Russian names with Slavic 'i' (and)"),
    (
        "⟦P|mosammat nurjahan⟧ - callback pls, her son ⟦P|rafiq⟧ speaks english",
        "lower-case Bangladeshi names",
    ),
    (
        "Hi ⟦P|Aoife⟧ - your Lumexa nurse visit is confirmed for 10am tomorrow.",
        "Irish given name greeting",
    ),
    ("⟦P|Ekow⟧ and his sister ⟦P|Esi⟧ came in with their grandmother.", "Akan names"),
    (
        "⟦P|Tangaroa⟧ (pt) - asked about travel with the Cardelis pen.",
        "Maori name that is also a god's name, (pt)",
    ),
    (
        "⟦P|O'Kane-Riordan⟧, ⟦P|Siobhan⟧ - DOB ⟦D|12/02/1979⟧",
        "hyphenated Irish surname-comma-given before DOB",
    ),
    (
        "Left VM for Mr. ⟦P|Nakamura-Lindqvist⟧ re his delivery.",
        "hyphenated Japanese-Swedish surname after title",
    ),
    (
        "⟦P|Yosef⟧, ⟦P|Miriam⟧ and ⟦P|Dov Adler⟧ all asked about the kosher certificate.",
        "Hebrew names list",
    ),
    ("Texted ⟦P|ngozi⟧ and ⟦P|emeka⟧ the new courier slot.", "lower-case Igbo names coordination"),
    (
        "⟦P|Kalinda⟧ 12y, mum ⟦P|Jarrah⟧ - Sorevia dose counter query.",
        "Aboriginal names, bare age, mum",
    ),
    (
        "MI request: HCP asked if Mrs. ⟦P|Abernethy-Wu⟧ can split Lumexa tablets.",
        "patient named in MI request",
    ),
    ("Dr. ⟦H|Nakagawa⟧ and NP ⟦H|Oyelowo⟧ attended the Cardelis dinner.", "HCPs with titles"),
    ("Reviewed by ⟦H|Ingrid Halvorsen⟧, PharmD.", "PharmD credential"),
    ("Nurse educator ⟦H|Teuila⟧ ran the inhaler class.", "nurse educator role"),
    ("Thanks, Dr. ⟦H|Obiageli Nwosu⟧", "HCP sign-off with title"),
    (
        "Spoke w/ Dr ⟦H|Ramírez-Ochoa⟧'s MA ⟦H|Dulce⟧ about the sample closet.",
        "HCP possessive and MA",
    ),
    ("cc: ⟦H|Fenella McTaggart⟧ (practice nurse)", "cc to staff with role"),
    (
        "The Crohn's & Colitis Foundation grant covers Lumexa travel costs.",
        "no PHI: eponym organisation",
    ),
    (
        "Lupus, Sjögren's and Raynaud's slides updated for the MSL deck.",
        "no PHI: eponym conditions",
    ),
    (
        "Ramadan and Diwali dosing leaflets requested by the Leicester clinic.",
        "no PHI: festivals, place",
    ),
    ("Met the Galway Clinic pharmacy team re Cardelis storage.", "no PHI: institution"),
    ("Called CVS Specialty and Walgreens about the Sorevia shortage.", "no PHI: pharmacies"),
    ("Hope House hospice asked for Lumexa disposal guidance.", "no PHI: word-name institution"),
    ("Spoke w/ scheduling re Friday's in-service.", "no PHI: lower-case department"),
    ("f/u w/ derm re the rash photos.", "no PHI: service shorthand"),
    (
        "Texted Kaiser Permanente's formulary contact the new price sheet.",
        "no PHI: insurer possessive",
    ),
    (
        "Angel Falls trip cancelled; MSL offsite moved to Denver.",
        "no PHI: place with name-like word",
    ),
    ("Summer schedule: speaker programs in June, July and August.", "no PHI: months as words"),
    ("Pharmac's decision on Sorevia is due in March.", "no PHI: agency possessive"),
    ("Sister site in Ōtautahi will stock Brivantis from May.", "no PHI: sister site"),
    ("The Mayo Clinic Proceedings paper on Cardelis is now in the library.", "no PHI: journal"),
]

# Round 7 was written after round 6's rules and measured once, untuned, as the closing check
# of how far the rules generalise; no rule was changed for it.
ROUND_7: list[tuple[str, str]] = [
    ("⟦P|Tawhiri⟧ (8) - spacer technique reviewed with his nan.", "Maori given name, age, nan"),
    (
        "Spoke w/ ⟦P|Oyelade⟧'s husband re the missed Cardelis delivery.",
        "Yoruba surname possessive after spoke w/",
    ),
    (
        "⟦P|Solveig Aasheim⟧, 62F, nausea on Lumexa - resolved after food.",
        "Norwegian name, age/sex",
    ),
    (
        "her daughter ⟦P|nalani⟧ does the injections",
        "Hawaiian given name lower case after relative",
    ),
    ("⟦P|Temperance⟧'s mum asked about school dosing.", "virtue name possessive"),
    ("txt from ⟦P|hamid⟧ - pen arrived, thx", "lower-case Persian given name after txt from"),
    (
        "⟦P|Ximena⟧ and ⟦P|Bautista Irigoyen⟧ both enrolled on Sorevia.",
        "Argentine names coordination",
    ),
    ("Caller: ⟦P|Wairimu Gathoni⟧ re her copay card.", "Kikuyu names after Caller:"),
    ("⟦P|Aslan⟧, 45M, Chechen - interpreter for the AE call.", "Chechen given name, age"),
    (
        "Ship to: ⟦P|Eirlys Pugh⟧, ⟦A|Tŷ Gwyn, Stryd Fawr⟧, ⟦A|Machynlleth SY20 8AA⟧",
        "Welsh name and Welsh address",
    ),
    ("Dear Ms ⟦P|Okwuosa⟧, your Lumexa nurse visit is booked.", "Igbo surname in letter"),
    ("⟦P|Kaimana⟧ 4y - weight 16 kg", "Hawaiian name, bare age"),
    ("Mrs ⟦P|Vaipulu⟧ and her son ⟦P|Siaosi⟧ came to the Cardelis class.", "Tongan names"),
    (
        "⟦P|Ruairí Mac Lochlainn⟧ asked for an Irish-language leaflet.",
        "Irish name with Mac particle",
    ),
    ("Attn: ⟦P|Dagrun Solheim⟧", "Norwegian name after Attn"),
    ("⟦P|Babajide⟧ (pt's grandson) set up the app.", "Yoruba name, pt's grandson"),
    ("⟦P|Nguyễn Văn Hùng⟧ (67) - dizziness on Cardelis.", "Vietnamese with diacritics, age"),
    (
        "Sent the forms to ⟦P|Parveen Akhtar⟧ and her son ⟦P|Danish⟧.",
        "Pakistani names; Danish as a given name",
    ),
    ("POA: ⟦P|Ilse Verhoeven⟧ (sister)", "Dutch name after POA"),
    ("⟦P|Mahina⟧ i ⟦P|Keola Kahananui⟧ - both on the hub list", "Hawaiian names joined by i"),
    ("Hi ⟦P|Tevita⟧, your courier comes Thursday.", "Tongan given name greeting"),
    ("⟦P|Ayelet⟧ (⟦P|Ayelet Ben-Ami⟧) prefers e-mail.", "nickname equals full name in brackets"),
    (
        "Emailed ⟦P|Khadija⟧ the copay link; her husband ⟦P|Yusuf⟧ called back.",
        "Arabic given names",
    ),
    ("⟦P|KEALAMAKIA, PUALANI⟧ (F, 58) - new start", "Hawaiian caps surname-first with sex/age"),
    ("Grandma ⟦P|Ngaire⟧ picks up the Sorevia refills.", "relative title before name"),
    ("Left VM for ⟦P|Obinna⟧ re the missed delivery.", "Igbo given name after left VM for"),
    ("⟦P|Isileli⟧ and his brother ⟦P|Viliami⟧ both on Cardelis.", "Tongan names with brother"),
    ("⟦P|Ciarán⟧'s mam rang about the spacer.", "Irish possessive mam"),
    ("The pt, ⟦P|Hohepa⟧, asked about travel.", "apposition after the pt"),
    ("Patient is ⟦P|Ōtene Rāwiri⟧, asked for a Māori-speaking nurse.", "macrons after Patient is"),
    ("Dr. ⟦H|Kahurangi Tait⟧ (respiratory) asked for the Sorevia data.", "HCP with speciality"),
    ("NP ⟦H|Mereana Paki⟧ ran the clinic.", "NP before name"),
    ("Spoke with ⟦H|Ana⟧, RN, about the infusion chairs.", "RN after staff name"),
    ("Receptionist ⟦H|Tia⟧ moved the lunch.", "receptionist"),
    ("⟦H|Hone Kereama⟧, MD, signed the AE form.", "MD credential"),
    ("Discussed Guillain-Barré and Kawasaki case reports with the MSL.", "no PHI: eponyms"),
    ("Texted the Auckland office re the Cardelis launch.", "no PHI: office"),
    ("Spoke w/ pharmacy re Lumexa stock levels.", "no PHI: lower-case pharmacy"),
    ("Hi team - Friday's call is cancelled.", "no PHI: greeting team"),
    ("Ngāti Kahungunu health services asked for posters.", "no PHI: iwi"),
    ("Hope Street clinic and Grace Road pharmacy both stock Sorevia.", "no PHI: streets"),
    ("June and July supply forecasts updated for Lumexa.", "no PHI: months"),
    ("Danish and Norwegian label translations approved.", "no PHI: languages"),
    ("Met with Pharmac re the Cardelis funding application.", "no PHI: agency after met with"),
    ("Called Accredo re the Sorevia PA.", "no PHI: company after called"),
    ("Bell's palsy and Graves' disease wording reviewed.", "no PHI: eponyms possessive"),
    ("f/u w/ cards re ECG findings", "no PHI: service shorthand"),
    ("The Royal Marsden team asked about Lumexa trial sites.", "no PHI: institution"),
    (
        "Summer interns start Monday at the Wellington office.",
        "no PHI: word-name at sentence start",
    ),
    ("Karanga from the kaumātua opened the Sorevia hui.", "no PHI: Maori ceremony words"),
]

# Round 8 (names helper, issue 18): names in places only a person fills where no cue word
# says "patient": coordinated surnames, the subject of a human or reporting verb, after an
# occupation, a person's work or possessive, lower-case full names after person slots, a
# contact block whose next line is an occupation; and the same slots filled by clinicians,
# staff, companies, products, places and months, which must stay.
ROUND_8: list[tuple[str, str]] = [
    (
        "⟦P|Okonkwo⟧ and ⟦P|Brennan⟧ both missed their Lumexa refills this month.",
        "Igbo and Irish surnames coordinated, subject",
    ),
    (
        "⟦P|Vuković⟧ and ⟦P|Sandoval⟧ were carpenters before they retired; both now on Cardelis.",
        "Serbian and Spanish surnames coordinated, occupation",
    ),
    (
        "The support group was started by three members: ⟦P|Lindahl⟧, ⟦P|Achterberg⟧ and ⟦P|Quispe⟧.",
        "Swedish, Dutch, Quechua surnames in a list of people",
    ),
    (
        "⟦P|Haddad⟧ and ⟦P|Moreau⟧ asked for the large-print Sorevia leaflet.",
        "Arabic and French surnames, subject of asked",
    ),
    (
        "⟦P|Tuilagi⟧ shouted at the courier when the cold box arrived warm.",
        "Samoan surname, subject of shouted",
    ),
    (
        '"The pen hurts less now," says ⟦P|Øvergaard⟧.',
        "Danish surname after says",
    ),
    (
        "⟦P|Marchetti⟧ explained to the hub nurse that she had stopped the tablets.",
        "Italian surname, explained to",
    ),
    (
        "⟦P|Nakagawa⟧ complained that the Cardelis pen jams at the last click.",
        "Japanese surname, complained",
    ),
    (
        "⟦P|Ikechukwu⟧ insisted on paper forms, no portal.",
        "Igbo given name, insisted",
    ),
    (
        "The rash started on day 3, according to ⟦P|Barzani⟧.",
        "Kurdish surname after according to",
    ),
    (
        "⟦P|Szabolcs⟧ told the nurse he skips doses on weekends.",
        "Hungarian given name, told",
    ),
    (
        "Journalist ⟦P|Ayşe Demirtaş⟧ asked whether Lumexa affects long-haul travel.",
        "Turkish name after occupation",
    ),
    (
        "CEO ⟦P|Matteo Bernasconi⟧ of Alpina Freight enrolled in the copay programme.",
        "Italian name after CEO, organisation after",
    ),
    (
        "Producer ⟦P|Kwabena Mensah⟧ explained to the hub that filming abroad clashes with infusions.",
        "Akan name after producer",
    ),
    (
        "Pt's husband, farmer ⟦P|Gunnar Ødegård⟧, handles the deliveries.",
        "Norwegian name after relative and occupation",
    ),
    (
        "Retired welder ⟦P|Dzhabrail Umarov⟧ is on the Sorevia waitlist.",
        "Chechen name after occupation",
    ),
    (
        "Pt's daughter plays the ⟦P|Kuti⟧ album at every infusion.",
        "Yoruba surname as the author of a work",
    ),
    (
        "She is reading the ⟦P|Saramago⟧ novel while on the drip.",
        "Portuguese surname, a novel",
    ),
    (
        "⟦P|Meza⟧'s song was playing when the pump alarmed.",
        "Spanish surname, possessive work",
    ),
    (
        "Pt asked for the ⟦P|Lindgren⟧ recipe book the other pts shared.",
        "Swedish surname before a work noun",
    ),
    (
        "follow up with ⟦P|benedikt a sauer⟧ in two weeks re the pen.",
        "German lower-case full name with initial after follow up with",
    ),
    (
        "need to call ⟦P|ingrid haugland⟧ back about her copay",
        "Norwegian lower-case full name after call",
    ),
    (
        "the mother of ⟦P|kwame⟧ asked about the school dose",
        "Akan lower-case given name after mother of",
    ),
    (
        "rang ⟦P|tomasz wilk⟧ twice, no answer",
        "Polish lower-case full name after rang",
    ),
    (
        "the real age of ⟦P|ximena⟧ is unclear, dob not on the form",
        "Spanish lower-case given name after age of",
    ),
    (
        "⟦P|Tomasz Wiśniewski⟧\n\nRetired electrician\n\nPhone: ⟦PH|0412 555 019⟧",
        "Polish name opening a contact block, occupation line",
    ),
    (
        "⟦P|aroha ngata⟧\nschool teacher\nmob ⟦PH|021 555 0193⟧",
        "Maori lower-case name, occupation line",
    ),
    (
        "⟦P|Siddharth R Menon⟧\n\nTaxi driver\n\nAddress: ⟦A|14 Ridge Road, Kochi⟧",
        "Malayali name with initial, occupation line, address",
    ),
    (
        "⟦P|Haruka⟧ is from Tanaka Logistics and asked about the travel letter.",
        "Japanese given name, is from a company",
    ),
    (
        "Why is ⟦P|Oluwaseun⟧ so worried about the needle?",
        "Yoruba given name, subject of question",
    ),
    (
        "Don't forget the sharps bin, ⟦P|Teodora⟧!",
        "Romanian given name, vocative",
    ),
    (
        "⟦P|Mahlangu⟧, ⟦P|Dlamini⟧ and ⟦P|Nkosi⟧ all reported headaches in week 2.",
        "Zulu surnames in a list, reported",
    ),
    # The same slots filled by clinicians, staff, companies, products, places and months.
    ("Dr. ⟦H|Okafor⟧ and ⟦H|Patel⟧ reviewed the Sorevia data.", "HCP coordinated after Dr."),
    (
        "Nurses ⟦H|Adeyemi⟧ and ⟦H|Larsen⟧ ran the infusion clinic.",
        "staff coordinated after plural role",
    ),
    (
        "⟦H|Moreno⟧ and ⟦H|Castillo⟧, both MDs, run the infusion suite.",
        "HCP coordinated with credential after",
    ),
    ("Abbott and Roche reps were both at the congress.", "no PHI: companies with surname names"),
    ("Pfizer and Novartis both raised the rebate.", "no PHI: companies coordinated"),
    ("Leeds and Bradford sites go live in May.", "no PHI: places coordinated"),
    ("March and April samples were short.", "no PHI: months coordinated"),
    ("Lumexa and Cardelis were both on the formulary agenda.", "no PHI: products coordinated"),
    (
        "Dr. ⟦H|Lindgren⟧ explained to the family that the dose stays.",
        "HCP subject of explained to",
    ),
    (
        '"Stock is fine," says ⟦H|Haugen⟧, the pharmacist.',
        "staff after says, role after",
    ),
    ("Pharmacy complained that the Lumexa shipment was late.", "no PHI: department subject"),
    ("Genentech explained the new copay rules to the office.", "no PHI: company subject"),
    ("The rep says Ozempic supply is tight until June.", "no PHI: says + product"),
    (
        "Oncologist ⟦H|Farid Haddad⟧ asked for the Lumexa subgroup data.",
        "HCP after speciality noun",
    ),
    (
        "Coordinator ⟦H|Lea Vogel⟧ set up the Cardelis sessions.",
        "staff after coordinator",
    ),
    ("The CEO of Roche spoke at ASCO.", "no PHI: role of a company"),
    (
        "We used the Glasgow scale and the Kaplan-Meier curve from the Mayo deck.",
        "no PHI: eponyms and places before work nouns",
    ),
    (
        "Dr. ⟦H|Whipple⟧'s team reviewed the Parkinson's data.",
        "HCP possessive, eponym possessive",
    ),
    (
        "follow up with pharmacy in two weeks re the Sorevia pen",
        "no PHI: lower-case department after follow up with",
    ),
    (
        "follow up with dr ⟦H|chen⟧ re labs",
        "HCP lower-case after dr",
    ),
    (
        "follow up with ⟦H|maria lopez⟧, rn, re the infusion chairs",
        "staff lower-case with credential",
    ),
    (
        "⟦H|Ingrid Solberg⟧\n\nClinical pharmacist\n\nOslo University Hospital",
        "staff contact block with a clinical occupation line",
    ),
    (
        "Lumexa Patient Support\nCase manager\nMon-Fri 9-5",
        "no PHI: programme contact block",
    ),
    ("Why is Cardelis so expensive in Ireland?", "no PHI: product subject of question"),
    ("Kaiser is from Oakland and joined the formulary call.", "no PHI: company is from a place"),
]

# Round 9 (names helper, issue 18), written after round 8's rules: the same places in other
# wordings (other verbs, occupations, works, owners), and the same places filled by
# clinicians, staff, companies, products, places, studies and months.
ROUND_9: list[tuple[str, str]] = [
    (
        "⟦P|Ferreira⟧ and ⟦P|Takahashi⟧ moved to Perth last year and still get Cardelis by courier.",
        "Portuguese and Japanese surnames coordinated, moved",
    ),
    (
        "⟦P|Oyelowo⟧ and ⟦P|Brandt⟧ were neighbours on the ward and swap tips on the pen.",
        "Yoruba and German surnames, were neighbours",
    ),
    (
        "⟦P|Kaliszewski⟧, ⟦P|Adjei⟧ and ⟦P|Ruiz⟧ all stopped the tablets in week 3.",
        "Polish, Akan, Spanish surnames, all stopped",
    ),
    (
        "Two brothers, ⟦P|Eero⟧ and ⟦P|Juho⟧, both on Lumexa since spring.",
        "Finnish given names after two brothers",
    ),
    (
        "⟦P|Mutasa⟧ laughed when the nurse showed him the new Sorevia pen.",
        "Shona surname, laughed",
    ),
    (
        "⟦P|Grünewald⟧ begged the hub to keep the old pen.",
        "German surname, begged",
    ),
    (
        '"It finally works," said ⟦P|Nwachukwu⟧ after the third try.',
        "Igbo surname after said, then more sentence",
    ),
    (
        "The pharmacy lost the script twice, ⟦P|Haapala⟧ says.",
        "Finnish surname before says at clause end",
    ),
    (
        "Retired postman ⟦P|Ioannis Papadakis⟧ needs the large-print leaflet.",
        "Greek name after occupation (postman)",
    ),
    (
        "Her son-in-law is the plumber ⟦P|Rhys Llewellyn⟧, who fixed the fridge for the Cardelis pens.",
        "Welsh name after the plumber",
    ),
    (
        "⟦P|Adaeze Okafor⟧ is a hairdresser and can only do evening infusions.",
        "Igbo name, is a hairdresser",
    ),
    (
        "⟦P|Torvald Eide⟧ was a fisherman for forty years; asks about Lumexa and cold weather.",
        "Norwegian name, was a fisherman",
    ),
    (
        "Pt loves the ⟦P|Mbappé⟧ documentary and watches it during the drip.",
        "French surname before documentary",
    ),
    (
        "She hums ⟦P|Kahananui⟧'s songs while injecting.",
        "Hawaiian surname possessive songs",
    ),
    (
        "⟦P|Radomir Petrović⟧'s funeral is on Friday; his wife asked to pause the deliveries.",
        "Serbian name possessive funeral",
    ),
    (
        "in memory of ⟦P|Aiyana Redcloud⟧, the family asked us to stop the reminders",
        "Native American name after in memory of",
    ),
    (
        "check in w/ ⟦P|joaquín r salgado⟧ re the travel letter",
        "Spanish lower-case full name with initial after check in w/",
    ),
    (
        "pls ring ⟦P|siobhan o'hara⟧ about the cold chain box",
        "Irish lower-case full name after ring",
    ),
    (
        "the husband of ⟦P|oyuna⟧ says she sleeps most of the day",
        "Mongolian lower-case given name after husband of",
    ),
    (
        "⟦P|Bolat Nurlanovich⟧\nSheep farmer\nMob ⟦PH|+7 701 555 0147⟧",
        "Kazakh name, occupation line, phone",
    ),
    (
        "⟦P|mele tupou⟧\n\nbus driver\n\nprefers texts",
        "Tongan lower-case name, occupation line",
    ),
    (
        '⟦P|Xochitl⟧: "Does the pen need the fridge?"\nRep: "Yes, until you open it."\n⟦P|Xochitl⟧: "And after?"',
        "Nahuatl given name as a dialogue speaker with a role speaker",
    ),
    (
        "Well done on the first month, ⟦P|Ngozi⟧!",
        "Igbo given name, vocative",
    ),
    (
        "⟦P|Aigerim⟧ is from Steppe Freight Ltd and travels a lot.",
        "Kazakh given name is from a company",
    ),
    (
        "⟦P|Thandeka⟧ and her husband ⟦P|Sipho⟧ were teachers in Durban.",
        "Zulu given names, her husband, were teachers",
    ),
    (
        "Painter ⟦P|Leilani Kealoha⟧ worries the Sorevia rash will show.",
        "Hawaiian name after painter",
    ),
    (
        "The ⟦P|Haddad⟧ novel was left on chair 4; returned it to the family.",
        "Arabic surname, The X novel at sentence start",
    ),
    # The same places filled by others.
    (
        "Dr. ⟦H|Abara⟧ & ⟦H|Lindqvist⟧ want the Lumexa subgroup slides.",
        "HCP joined by &",
    ),
    (
        "Pharmacists ⟦H|Chukwu⟧ and ⟦H|Moreno⟧ checked the cold chain log.",
        "staff after plural role",
    ),
    (
        "⟦H|Sato⟧ and ⟦H|Varga⟧, both nurses, run the Tuesday clinic.",
        "staff coordinated, both nurses",
    ),
    (
        "Cardiologist ⟦H|Rangi Parata⟧ asked for the Cardelis data.",
        "HCP after cardiologist",
    ),
    (
        "⟦H|Odegaard⟧ is the oncologist who enrolled most of the Lumexa pts.",
        "HCP is the oncologist",
    ),
    ("Roche and Novartis reps were both at the symposium.", "no PHI: companies with reps"),
    ("Sanofi and Bayer asked for the formulary dates.", "no PHI: companies asked"),
    ("Boston and Denver teams were merged.", "no PHI: places coordinated"),
    ("Keytruda and Opdivo were compared in the journal club.", "no PHI: products coordinated"),
    ("ELARA and MONARCH were both negative trials.", "no PHI: trials coordinated"),
    ("Genentech is the sponsor of the Lumexa study.", "no PHI: company is the sponsor"),
    ("Mayo is a teaching hospital.", "no PHI: institution is a hospital"),
    ("The Cochrane review and the NICE guideline disagree.", "no PHI: organisations before works"),
    ("We watched the Lumexa video at the launch.", "no PHI: product before a work noun"),
    ("Pfizer's new album of patient stories is out.", "no PHI: company possessive work"),
    ("Well done on the launch, team!", "no PHI: vocative team"),
    ("the father of the patient called again", "no PHI: relative of the patient"),
    ("check in w/ pharmacy re the travel letter", "no PHI: department after check in w/"),
    (
        "⟦H|Ana Ruiz⟧\nOncology nurse\nSt Vincent's Hospital",
        "staff profile with clinical occupation line",
    ),
    ("Accredo\nSpecialty pharmacy\nMon-Fri", "no PHI: pharmacy block"),
    (
        'Receptionist: "Dr. ⟦H|Banda⟧ is running late."\nRep: "I\'ll wait."',
        "no patient: dialogue of roles",
    ),
    ("The rep said Novartis will fund the hub.", "no PHI: said + company"),
    ("Written by the medical affairs team.", "no PHI: written by team"),
]

# Round 10 (names helper, issue 18), written after round 9's rules and measured once, left
# untuned: a closing check of how far rounds 8-9's rules carry.
ROUND_10: list[tuple[str, str]] = [
    (
        "⟦P|Achterberg⟧ and ⟦P|Nnamdi⟧ argued about who gets the first chair.",
        "surnames coordinated, argued",
    ),
    (
        "⟦P|Ravensworth⟧ and ⟦P|Quaresma⟧ are cousins and share a ride to the clinic.",
        "surnames, are cousins",
    ),
    ("⟦P|Kealoha⟧ sobbed when the rash came back.", "Hawaiian surname, sobbed"),
    ('"Much better this week," reports ⟦P|Vainikolo⟧.', "Tongan surname after reports"),
    ('"No more nausea," ⟦P|Dimitrova⟧ told the nurse.', "Bulgarian surname, told the nurse"),
    ("Hairdresser ⟦P|Benedetta Russo⟧ needs Saturday infusions.", "Italian name after hairdresser"),
    (
        "The bus driver ⟦P|Kwame Asante⟧ asked about drowsiness on Lumexa.",
        "Akan name after the bus driver",
    ),
    (
        "⟦P|Oksana Melnyk⟧ was a nurse in Lviv and now takes Cardelis.",
        "Ukrainian name, was a nurse (ex-clinician as patient)",
    ),
    ("She reads the ⟦P|Adichie⟧ novels to pass the time.", "Igbo surname, novels"),
    ("⟦P|Tagaloa⟧'s memoir mentions the hospital stay.", "Samoan surname possessive memoir"),
    (
        "⟦P|Hemi Walker⟧'s funeral was yesterday; stop all deliveries.",
        "Maori name possessive funeral",
    ),
    ("pls email ⟦P|lucía fernández⟧ the copay form", "Spanish lower-case full name after email"),
    (
        "spoke w/ ⟦P|anahera t rapana⟧ re the cooler bag",
        "Maori lower-case full name with initial after spoke w/",
    ),
    ("the wife of ⟦P|dmitri⟧ called about the pen", "Russian lower-case given name after wife of"),
    (
        "⟦P|Caoimhe Byrne⟧\n\nSecondary school teacher\n\nPrefers email",
        "Irish name profile with teacher",
    ),
    ("⟦P|rangi parata⟧\nretired carpenter\nmob ⟦PH|027 555 0188⟧", "Maori lower-case profile"),
    ("Nice work on the diary, ⟦P|Precious⟧!", "word-like given name vocative"),
    (
        "⟦P|Farrukh⟧ is from Silk Road Tours LLC and travels monthly.",
        "Uzbek given name is from LLC",
    ),
    ("Our two volunteers: ⟦P|Ilse⟧ and ⟦P|Mbali⟧.", "given names after volunteers:"),
    (
        "⟦P|Guðmundsson⟧, ⟦P|Okoro⟧ and ⟦P|Lam⟧ all asked for the Icelandic leaflet.",
        "surnames list, all asked",
    ),
    ("A card came in memory of ⟦P|Whetu Tane⟧.", "Maori name after in memory of"),
    ("⟦P|Bertrand⟧ yelled at the courier twice this week.", "French given name, yelled"),
    (
        '⟦P|Zsófia⟧: "Can I travel with it?"\nNurse: "Yes, in the cool bag."',
        "Hungarian name as dialogue speaker, role speaker",
    ),
    ("the ⟦P|mateo quispe⟧ recording was shared in the group", "lower-case name before recording"),
    (
        "Carpenters ⟦P|Olsen⟧ and ⟦P|Ruiz⟧ asked for evening slots.",
        "plural occupation before coordinated surnames",
    ),
    # The same places filled by others.
    ("Dr. ⟦H|Ferreira⟧ and ⟦H|Quaye⟧ signed the protocol deviation.", "HCP joined after Dr."),
    ("Midwives ⟦H|Aroha⟧ and ⟦H|Kiri⟧ run the antenatal clinic.", "plural midwives"),
    ("⟦H|Lindqvist⟧ and ⟦H|Haddad⟧, both pharmacists, checked the lot.", "both pharmacists"),
    ("Endocrinologist ⟦H|Mei Tanaka⟧ wants the Cardelis dosing card.", "HCP after endocrinologist"),
    ('"Stock arrives Monday," says ⟦H|Okafor⟧, our pharmacist.', "staff after says with role"),
    ("Novartis and Sanofi were both at the congress.", "no PHI: companies coordinated"),
    ("Auckland and Hamilton were added to the Lumexa rollout.", "no PHI: places coordinated"),
    ("Cardelis and Sorevia were both approved in March.", "no PHI: products coordinated"),
    ("The Lancet paper and the NEJM editorial disagree.", "no PHI: journals before works"),
    (
        "Sorevia's new recording for the patient app is live.",
        "no PHI: product possessive recording",
    ),
    ("Great launch, everyone!", "no PHI: vocative everyone"),
    ("the age of onset was 40", "no PHI: age of onset"),
    ("Customer service\nSpecialty pharmacy\nMon-Fri 8-6", "no PHI: service block"),
    ("According to Medscape, the interaction is minor.", "no PHI: reference"),
    (
        "⟦H|Ruth Ellison⟧\n\nNurse practitioner\n\nHeartland Clinic",
        "staff profile, nurse practitioner",
    ),
]

# Round 11 (names helper, issue 18), written after round 10's rules and measured once, left
# untuned: the closing check of rounds 8-10.
ROUND_11: list[tuple[str, str]] = [
    (
        "⟦P|Sørensen⟧ and ⟦P|Mwangi⟧ were roommates at uni and now both take Lumexa.",
        "surnames, were roommates",
    ),
    ("⟦P|Iwu⟧ and ⟦P|Kowalczyk⟧ both fainted in the waiting room.", "surnames, both fainted"),
    ("⟦P|Bergström⟧ whispered that she had skipped two doses.", "Swedish surname, whispered"),
    ("The pen is easier now, ⟦P|Tshabalala⟧ wrote.", "Zulu surname before wrote"),
    ('"Send the big box," says ⟦P|Ramírez-Olmedo⟧.', "hyphenated Spanish surname after says"),
    (
        "Retired firefighter ⟦P|Declan Moriarty⟧ asked about the hub hours.",
        "Irish name after retired firefighter",
    ),
    (
        "⟦P|Anjali Deshpande⟧ is a software engineer and travels every week.",
        "Marathi name, is a software engineer",
    ),
    (
        "Farmer ⟦P|Tjaart Botha⟧ keeps the Cardelis pens in the dairy fridge.",
        "Afrikaans name after farmer",
    ),
    ("Her nephew plays the ⟦P|Fela⟧ songs at every infusion.", "Yoruba name before songs"),
    (
        "⟦P|Marisol Quintero⟧'s wedding is in June; she wants to pause the tablets.",
        "Venezuelan name, possessive wedding",
    ),
    ("follow-up w/ ⟦P|yusuf k demir⟧ next Tues", "Turkish lower-case full name with initial"),
    ("need to text ⟦P|aigul bekova⟧ the courier slot", "Kazakh lower-case full name after text"),
    ("the daughter of ⟦P|hamza⟧ picks up the pens", "lower-case given name after daughter of"),
    (
        "⟦P|Wiremu Horomona⟧\n\nShearer\n\nPrefers a call after 6",
        "Maori name profile, occupation shearer",
    ),
    (
        "⟦P|Kofi⟧ is from Gold Coast Haulage Ltd and asked for a travel letter.",
        "Akan given name is from Ltd",
    ),
    (
        "The three sisters: ⟦P|Ama⟧, ⟦P|Esi⟧ and ⟦P|Efua⟧ all use the hub app.",
        "Akan given names after sisters:",
    ),
    ("Keep going, ⟦P|Olumide⟧!", "Yoruba given name vocative"),
    (
        "⟦P|Rīga⟧ is the nickname of ⟦P|Līga Bērziņa⟧'s son.",
        "nickname; Latvian name possessive son",
    ),
    (
        '⟦P|Haukur⟧: "When does the cooler come?"\nRep: "Thursday."',
        "Icelandic name dialogue speaker",
    ),
    (
        "Singer ⟦P|Mahalia Tuhiwai⟧ asked whether the inhaler affects her voice.",
        "Maori name after singer",
    ),
    # The same places filled by others.
    ("Dr. ⟦H|Nakamura⟧ & ⟦H|Otieno⟧ reviewed the Lumexa AE.", "HCP coordination with &"),
    ("Pharmacists ⟦H|Lam⟧ and ⟦H|Ibrahim⟧ checked the fridge log.", "plural pharmacists"),
    ("⟦H|Petrov⟧ and ⟦H|Oduya⟧, both NPs, run the Monday clinic.", "both NPs"),
    ("Neurologist ⟦H|Saoirse Kelly⟧ asked for the MS data.", "neurologist before name"),
    ("Bayer and Takeda both moved their launch dates.", "no PHI: companies coordinated"),
    ("Wellington and Nelson sites were closed for the holiday.", "no PHI: places coordinated"),
    ("Lumexa and Ozempic were both in the formulary review.", "no PHI: products"),
    ("ATLAS and ORION were the two pivotal trials.", "no PHI: trials"),
    ("Per Micromedex, no interaction.", "no PHI: reference"),
    ("Keep going, team!", "no PHI: vocative team"),
    ("⟦H|Sina Faleolo⟧\nCommunity nurse\nPorirua", "staff profile community nurse"),
    ("The Cardelis version for kids ships in May.", "no PHI: product version"),
]


def build() -> list[dict[str, object]]:
    cases = []
    for round_no, snippets in (
        (1, ROUND_1),
        (2, ROUND_2),
        (3, ROUND_3),
        (4, ROUND_4),
        (5, ROUND_5),
        (6, ROUND_6),
        (7, ROUND_7),
        (8, ROUND_8),
        (9, ROUND_9),
        (10, ROUND_10),
        (11, ROUND_11),
    ):
        for marked, record in snippets:
            text, spans = parse(marked, _MARK, TYPES)
            cases.append(
                {
                    "text": text,
                    "spans": spans,
                    "source": {
                        "repo": "prepcli/phinames-variants",
                        "path": f"bench/phi_name_variants_build.py#round{round_no}",
                        "record": record,
                    },
                    "group": f"variants-round{round_no}",
                    "split": "variants",
                }
            )
    return cases


if __name__ == "__main__":
    rows = build()
    OUT.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )
    print(f"{len(rows)} snippets -> {OUT}")
