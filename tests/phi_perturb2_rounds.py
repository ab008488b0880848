# ruff: noqa: E501 - one snippet per line reads best
"""Fresh snippets for the context classes the perturbation sets' dev parts (perturb and
perturb2) showed value-bound (issue 18, helper "perturb2"): names listed together with a
patient's name, lower-case names after a verb of talking or a call-back, a chart's
"SURNAME, GIVEN" in capitals with no label, and an identifier's owner named after it ("MRN
... for X"). Each identifier is written with names no rule of prepcli.phi lists as a set
(though some words may be on a list), so the context has to find it; each class mixes in
look-alikes that must stay (drugs, insurers, departments, places, a family's roles, a
clinician after a title, lab panels and abbreviations in capitals, a service named after a
number).

Written for this work, copied from no bench set. Names are drawn by hand from Faker's person
providers (joke2k/faker@8ad78a6, faker/providers/person/<locale>/__init__.py, MIT): yo_NG,
ig_NG, zu_ZA, tw_GH (African), en_IN (South Asian), vi_VN, id_ID (East Asian in Latin script),
tr_TR, az_AZ, fr_DZ (Arabic and Turkic), pl_PL, cs_CZ, hr_HR (Slavic), es_MX, pt_BR (Latin
American), en_NZ (Maori), ga_IE (Irish). Shapes: a pharmacy support team's call log ("callback
for ... re copay", "said hi to ... at the pharmacy"), a chart's wristband and fax header
("SURNAME, GIVEN / HRN ..."), the social section of a nursing note ("daughters ... and ... in
to visit"), and a German practice's message ("Praxis meldet: ... und ..."). Lab panels,
allergy and diagnosis lists in capitals: the abbreviations of a history and physical.

Round 1 was written before any rule changed and measured untuned (bench/PHI.md); the rules
were fixed by class against it. Round 2 was written at the same time, before any rule
changed, and is never tuned on: it is scored once at the end. Five classes were added later,
each to both rounds before its own rule (the time is noted at each): a patient as a
sentence's subject, a French "NOM Prénom", a name's possessive, a relative's name in a
lower-case note or in quotes, an addressee before an address. The first draft of the rounds
used names the rules' lists hold (untuned 39 of 43 found); it was rewritten with unlisted
names before any rule changed. Marks: the inline format of
bench/blind_phi_marks.py, ``{T|text}`` with T = N patient name, D DOB, M record number, S
SSN, P phone, A address, H clinician (must stay), I anything else that must stay.
"""

from __future__ import annotations

ROUND_1: dict[str, list[str]] = {
    # names listed with a patient's name: every item of the list goes, in any case
    "lists": [
        "Triplets {N|Iretioluwa}, {N|Omodunni} and {N|Somtochukwu Ogulana} (all DOB {D|14/02/2019}) seen for URI.",
        "Visitors today: {N|Cherono Situma}, {N|Kimutai} and {N|Nyamai}, grandchildren of the pt.",
        "{N|WIADEREK, VRATKO} and {N|WIADEREK, BOŽIDARA}, same household, both started on warfarin.",
        "Praxis meldet: {N|rawiri marfell} und {N|ihaia vercoe} beide neu auf Insulin.",
        "Se habló con los padres {N|Rudecindo} y {N|Wendolin Reséndez} sobre el alta.",
        "Surprisingly, {N|Güldam}, {N|Mukbile}, and {N|Alkor Zayidov} finished their tests at once.",
        "{N|Chanikan Kongsri}, Medicare and Medicaid forms signed at intake.",
        "Family: {N|Baahir Ghayoor}, wife and two sons at bedside.",
        "{N|Gwanyana Mzoneli} and Dr. {H|Naidoo} discussed the plan.",
        "Spoke to {N|Maawiya Sabeeh}, Pharmacy and Social Work about discharge.",
        "{N|Levoslav Kiedrowicz}: Tylenol, Advil and Zofran given overnight.",
        "{N|Indali Saabir}, Boston and Chicago sites both called.",
    ],
    # lower-case names after a verb of talking or a call-back
    "lower_verbs": [
        "said hi to {N|kimutai cherono} in the waiting room, doing well on metformin.",
        "callback for {N|güldam feruzova} re copay card, left vm.",
        "spoke with {N|omodunni bhedleni} about the refill; will call back.",
        "left message for {N|pattatomporn kamalanon} re lab results.",
        "talked to {N|wiremu perano} at the front desk today.",
        "said hi to mom and dad at the pharmacy.",
        "spoke with pharmacy about the prior auth.",
        "callback for lab results re potassium.",
        "talked to case management about placement.",
        "left message for pcp re inr 3.2.",
        "said hi to the new resident at the nurses station.",
        "spoke with dr {H|okafor} about the plan.",
    ],
    # a chart's "SURNAME, GIVEN" in capitals with no label before it
    "caps_pairs": [
        "Dr said {N|KHAMISI, ZENDE} (his pt) needs the form.",
        "{N|KANIAKOVÁ, ALOJZIA}  {M|4471-203-88}\nPA form faxed to plan.",
        "pt {N|SUKHENAI, CEMETI K} called re: refill",
        "RE: {N|MACGINNITY, ETHNE} - insulin pump supplies",
        "Labs: CBC, BMP, LFTs pending.",
        "ALLERGIES: PCN, SULFA",
        "DX: CHF, COPD, DM2",
        "Transferred from BOSTON, MA yesterday.",
        "NEURO: ALERT, ORIENTED X3",
        "MEDS: LASIX, METOPROLOL, ELIQUIS",
        "Seen by Dr. {H|PATEL, ANIL} in clinic.",
    ],
    # an identifier's owner named after it ("... for X", "de X") or before it after "For"
    "id_owner": [
        "SSN {S|219-09-9999} for {N|Iretioluwa Mayise} was on the fax cover.",
        "MRN {M|88120457} for {N|yasti aamirah} - needs PA renewal",
        "cb # {P|(415) 555-0192} for {N|Cengkir Rajasa} re: missed delivery",
        "For {N|Fildan Islomov}, MRN {M|61186739}: if temp > 38.5 call.",
        "MRN {M|88120457} for Cardiology follow-up next week.",
        "Call {P|(415) 555-0192} for Pharmacy Services re: refill.",
        "For Dr. {H|Nguyen}, MRN {M|61186739}: please sign.",
        "MRN {M|88120457} for Blue Cross billing.",
    ],
    # (added at 15:28, before its rule: names in a note's narrative, as the subject of what a
    # patient does, or before the patient's age)
    "prose": [
        "Pt seen this AM. {N|Situma} continues to do well post-op day 2.",
        "{N|Omodunni} has started using the nasal spray again and feels better.",
        "It was a pleasure seeing {N|Kiedrowicz} in clinic today.",
        "{N|Cemeti Rajasa} is a 64-year-old man with COPD.",
        "{N|Ghayoor}, 3 years old, presents with fever.",
        "{N|güldam feruzova} is a 70 yr old female adm 9/7 with CAP.",
        "Metformin continues to be tolerated well.",
        "Cardelis has started to work on the joint pain.",
        "It was a pleasure seeing you in clinic today.",
        "Veltrana is a 12-week course.",
        "Pharmacy continues to do well with the new workflow.",
        "Dr. {H|Mbeki} continues to follow.",
    ],
    # (added at 15:36, before its rule: a French chart's "NOM Prénom" after its cue, the
    # given name one no list holds; the order of French records, surname in capitals first)
    "nom_prenom": [
        "Résultats de laboratoire pour {N|KANIAKOVÁ Omodunni}. Mention: normal.",
        "Dr Jean Martin a prescrit un scanner pour {N|SITUMA Iretioluwa}",
        "Chronologie de l'intervention de {N|WIADEREK Güldam} : 01.10.2001 consultation.",
        "contact - {N|MZONELI Vratko}.",
        "Rendez-vous pour IRM Cérébrale le 12/03.",
        "Transfert au CHU Toulouse demain.",
        "Bilan pour SAMU Paris transmis.",
        "Avis du SERVICE Cardiologie demandé.",
        "Compte rendu de TDM Thoracique joint.",
        "Prescrit par Dr {H|DUBOIS Marie} pour la douleur.",
    ],
    # (added at 15:40, before its rule: a name whose possessive holds a relative or the
    # patient's condition, and an identifier's owner with the possessive)
    "possessive": [
        "{N|Kiedrowicz}'s mum called - he ran out of inhaler.",
        "{N|omodunni}'s mum called about the refill.",
        "If {N|Cemeti Rajasa}'s condition worsens, call the on-call team.",
        "See EMR {M|18600733} for {N|Baahir Ghayoor}'s full history.",
        "The pt's mum called about the refill.",
        "Patient's wife at bedside.",
        "Lasix's dose was halved.",
        "Dr. {H|Okafor}'s wife called the clinic.",
        "The baby's mother is at bedside.",
    ],
    # (added at 15:41, before its rule: a relative's name in a note written in lower case)
    "lower_kin": [
        "social: daughters {N|omodunni} and {N|iretioluwa} in to visit today, updated.",
        "pt visited by wife {N|güldam} this am, questions answered.",
        "son {N|kimutai} at bedside, aware of plan.",
        'daughter "{N|nyamai}" at bedside, will call tonight.',
        "daughter at bedside, updated on plan.",
        "wife rn, aware of plan and agrees.",
        "son pcp office called re: appt.",
        "daughters in to visit today.",
        "husband tylenol prn for back pain per wife.",
        "wife nephrologist at ucsf, asked about labs.",
    ],
    # (added at 15:43, before its rule: the addressee written right before an address, on the
    # line above it or before a comma)
    "addressee": [
        "SHIP TO\n{N|Cherono Situma}\n{A|47 Grand Mews, Unit 3\nOldham, MA 01830}",
        "shipping: {N|kimutai mayise}, {A|56 north rd apt 7, mounds ok 74047}",
        "Startpakken sendt til {N|Güldam Feruzova}, {A|Testpark Allé 48, 3400 Hillerød}.",
        "SHIP TO\nWalgreens Pharmacy\n{A|12 Main Street, Salem, MA 01970}",
        "Deliver to St Mary's Hospital, {A|1 Main Street, Salem, MA 01970}",
        "Mail to Dr. {H|Anil Patel}\n{A|45 Elm Street, Salem, MA 01970}",
        "Sent to Blue Cross, {A|PO Box 272540, Chico, CA 95927}",
    ],
}

ROUND_2: dict[str, list[str]] = {
    "lists": [
        "Twins {N|Tangaroa} and {N|Manawa Croad}, 4 yrs, seen for otitis.",
        "{N|Móric}, {N|Oskár} and {N|Ľuboslav Nišević} all had flu shots today.",
        "Praxis meldet: {N|gülşa osiyeva} und {N|soykut islomov} beide neu auf Metformin.",
        "{N|Adiarja Methavorakul}, Aetna and Cigna both called about the claim.",
        "{N|Naom Gwanyana} and Dr. {H|Obi} reviewed the scan.",
        "{N|Caolain Kinnerk}, Lasix and Coreg adjusted today.",
    ],
    "lower_verbs": [
        "spoke to {N|samahat alzinova} re: the delivery window.",
        "callback for {N|vratko machoń} re pa status.",
        "spoke to billing re: the deductible.",
        "callback for radiology re ct slot.",
    ],
    "caps_pairs": [
        "Chart: {N|OGULANA, NAOM} DOB {D|03/04/1961}",
        "{N|VULJAK, LEVOSLAV}  {M|5520-918-44}",
        "DX: HTN, HLD, OSA",
        "PLAN: CONTINUE ASPIRIN, ATORVASTATIN",
    ],
    "id_owner": [
        "SSN {S|078-05-1120} for {N|Ehsaas Baaqir} was read out on the call.",
        "MRN {M|7720418} for Neurology consult.",
        "cb # {P|(206) 555-0148} for {N|ihaia croad} re: refill",
    ],
    "prose": [
        "{N|Nišević} continues to improve on room air.",
        "{N|Baaqir} has started using the walker at home.",
        "Ozempic continues to help with weight.",
        "Prednisone has started to taper.",
    ],
    "nom_prenom": [
        "Ordonnance pour {N|KHAMISI Bhedleni} remise au patient.",
        "Compte rendu de {N|OGULANA Mukbile} : 02.03.2004 bilan.",
        "Demande pour ECHO Cardiaque envoyée.",
    ],
    "possessive": [
        "{N|Nyamai}'s daughter will pick up the prescription.",
        "If {N|Levoslav Nišević}'s condition changes, page the fellow.",
        "The child's father signed the consent.",
    ],
    "lower_kin": [
        "brother {N|vratko} called for update, info given.",
        "sons {N|ghayoor} and {N|baaqir} at bedside this evening.",
        "daughter metoprolol refill per pcp.",
    ],
    "addressee": [
        "SHIP TO\n{N|Baahir Ghayoor}\n{A|12 Harbour Road, Unit 2\nWhitby, ON L1N 2B5}",
        "SHIP TO\nCVS Pharmacy\n{A|88 Oak Avenue, Salem, MA 01970}",
    ],
}
