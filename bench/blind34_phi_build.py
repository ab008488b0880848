"""Build the thirty-fourth blind set for the patient-identifier scrubber and its two halves.

Clinical free text written by others that carries fictional patient identifiers, from three
permissive-licensed repositories nobody here had used: the note corpus of a clinical-notes NLP
assistant (KanujVerma/clinical-notes-nlp-assistant, MIT: 80 synthetic progress, discharge and
clinic notes under data/{dev,eval,showcase}/notes/, headed "Patient: <name> / Date of Service /
Provider: Dr. <name>" in a dozen layouts: "Pt: Quinn Adams  Date: ...  Provider: Dr. Sam Patel",
"Name: George Hill  Admit Date ...", "Follow up note - Ian Russo", a bare name line under
"Discharge paperwork", "see dr pham in 4 wks"), the test fixtures of a cardiology note parser
(jmartinsamson-cmd/CardiologySuiteApp_vNext, MIT: fifteen synthetic H&P and progress notes in
SOAP, all-caps, bulleted, messy-heading and extra-whitespace styles, one with "Patient: John Doe,
MRN: 123456, DOB: 01/15/1960"; its tests/fixtures/real/, user-provided-note.txt and the parser's
training examples were left out, as they read like pasted real notes naming real clinicians),
and the sample consultations of a physician note-taker (SyedImtiyaz-1/PhysicianNotetaker, MIT:
three doctor-patient transcripts, "Good morning, Ms. Jones", a whiplash history naming the towns
driven between and the A&E attended). Each snippet is held below with its spans marked inline as
``{T|text}``: N (PATIENT-NAME), D (DOB), M (MRN), S (SSN), P (PHONE), E (EMAIL), A (ADDRESS) and
the kept types H (HCP) and I (IGNORE) (the format of bench/blind_phi_marks.py), labelled by hand by
role as BLIND34-phi.md says. The script strips the marks, computes the offsets, validates every
row and splits the set by document. The note generator reuses a dozen stock patient names
(``William Anderson`` in nine notes, ``Robert Brown`` nine, ``Michael Wilson`` eight) and four stock
providers, so notes sharing a patient name are tied into one unit (clinicians' names tie
nothing); every other file is a unit of its own. The units are taken in the order of a SHA-1
hash of their key, and each goes to the half holding fewer snippets of its source so far, units
without any patient identifier balancing among themselves. Never runs a detector and imports
nothing from prepcli.

    python bench/blind34_phi_build.py                 # write bench/phi_blind34_dev.jsonl + _held.jsonl
    python bench/blind34_phi_build.py --whole PATH    # also write the whole set to PATH
    python bench/blind34_phi_build.py --check         # validate the written halves only

Selection. clinical-notes-nlp-assistant: the 20 evaluation notes whole (outer whitespace
trimmed); of the 50 development notes, cut at blank lines into blocks, the header block of each
(patient, date of service, provider) and each distinct block naming a doctor ("See Dr. Patel in 3
weeks for re-evaluation.", repeats dropped); of the 10 showcase notes (placeholder names "Demo
Patient One", "Dr. Demo Provider"), six distinct prose blocks without the placeholders; of the
string constants of its backend/tests/*.py (``ast``, 25 characters or more, 48 distinct holding a
line break or a patient or doctor cue), 19 kept: every one naming a patient or a doctor but a
repeat of "See Dr. Smith in 2 weeks." and four identifier-free instruction and note texts.
CardiologySuiteApp_vNext: the 15 files tests/fixtures/01-10*.txt and tests/fixtures/unit/*.txt
whole. PhysicianNotetaker: tests/headache.txt and tests/stomach_discomfort.txt whole, and 12
turns of tests/sample_convo.txt (cut at blank lines; the opening and closing physician turns that
name the patient, the physician's first question and the patient's turns, three one-line
courtesies dropped), and from notebooks/physician_notetaker.ipynb the History_of_Present_Illness
value of a printed summary (cell 13's output, parsed as JSON). Names after "Patient:"-style labels and "Dr." were pre-marked by regular
expressions as a drafting aid; every snippet was then read and its spans added, removed or retyped
by hand. Re-fetching: the ``fetch`` tool (``github:<repo>``), then ``git show <commit>:<path>``; a
row's ``row`` names the block (counted from 1 over the file's blank-line blocks) and its first
line, the turn and its line, the line where a test's string constant starts, the notebook cell,
or "the whole note"/"the whole file". BLIND34-phi.md describes the
set.
"""

# ruff: noqa: E501  (the snippet table holds long strings; each snippet stays on its lines)
from __future__ import annotations

import sys

import blind_phi_marks as marks

SPLIT = "blind34"

# key prefix -> (repository, commit, licence)
REPOS = {
    "kv": ("KanujVerma/clinical-notes-nlp-assistant", "f73566e517b357d3302959feddfc62caac294627", "MIT (LICENSE)"),
    "cs": ("jmartinsamson-cmd/CardiologySuiteApp_vNext", "72ec743c157e0589cfef5b6b56fcbfb6657608f4", "MIT (LICENSE)"),
    "sy": ("SyedImtiyaz-1/PhysicianNotetaker", "b1abafc313d76f708c58490523a87c5073fb720b", "MIT (LICENSE)"),
}  # fmt: skip
CUT = "one block of it cut at blank lines, outer whitespace trimmed"
RECORD = {
    "kv": f"the note file verbatim (outer whitespace trimmed), {CUT}, or a test's string constant as Python decodes it, outer whitespace trimmed; labelled by hand by role (BLIND34-phi.md)",
    "cs": "the fixture file verbatim, outer whitespace trimmed; labelled by hand by role (BLIND34-phi.md)",
    "sy": f"the transcript file verbatim (outer whitespace trimmed), one turn of it ({CUT}), or a string value of a notebook output; labelled by hand by role (BLIND34-phi.md)",
}
# The note fixtures and transcripts are units of their own; the generated notes are tied by
# the stock patient names they share.
UNTIED = ("cs:", "sy:")


def source(key: str, where: str) -> dict[str, str]:
    """The source of a snippet key (``kv:PATH``, ``cs:PATH``, ``sy:PATH``)."""
    prefix, path = key.split(":", 1)
    repo, commit, licence = REPOS[prefix]
    return {"repo": repo, "commit": commit, "path": path, "row": where, "licence": licence}


# fmt: off
# (document key, where in the document, marked snippet)
SNIPPETS: list[tuple[str, str, str]] = [
    ('kv:data/eval/notes/eval_001.txt', 'the whole note',
     'Patient: {N|Alice Morgan}\nDate of Service: 2024-02-14\nProvider: Dr. {H|Samuel Reyes}\n\nVITALS: BP 138/88. HR 82 bpm. Temp 98.8F. RR: 16. SpO2 97%. Wt 172 lbs.\n\nMEDICATIONS:\nlisinopril 10 mg PO daily\nmetformin 500 mg PO BID\n\nDISCHARGE INSTRUCTIONS:\nTake medications as prescribed. Follow a low-sodium diet.\n\nFOLLOW UP:\nReturn to clinic in 2 weeks.\n\nRETURN PRECAUTIONS:\nReturn to ER if BP exceeds 180/110 or chest pain develops.'),
    ('kv:data/eval/notes/eval_002.txt', 'the whole note',
     'Patient: {N|Brian Cho}\nDOS: 2024-03-05\nAttending: Dr. {H|Lisa Pham}\n\nvitals: b/p 155/95, hr: 90, temp 99.1, rr 18, o2 sat 96%, wt 198#\n\nmeds: atorvastatin 20mg po daily, amlodipine 5 mg oral qd\n\nd/c instructions: low fat diet, exercise 30 min 3x/wk.\n\nf/u: see dr {H|pham} in 4 wks.\n\nprecautions: call if chest tightness or leg swelling.'),
    ('kv:data/eval/notes/eval_003.txt', 'the whole note',
     '62-year-old male presenting for hypertension follow-up.\n\nVital Signs: Blood pressure 148/92 mmHg, heart rate 76 beats/min,\ntemperature 98.2 degrees F, respirations 14/min, O2 sat 99% on RA, weight 185 lbs.\n\nCurrent medications include metoprolol 50 mg twice daily by mouth and\nlisinopril 20mg orally once daily. Patient denies use of any NSAIDs.\n\nPlan: follow up in 6 weeks. Return to ER if severe headache or vision changes.'),
    ('kv:data/eval/notes/eval_004.txt', 'the whole note',
     'Patient: {N|Carol Diaz}\nDate of Service: 2024-04-01\nProvider: Dr. {H|James Okafor}\n\nV/S: BP 122/78 HR 68 T 97.9 RR 12 SpO2 100% Wt 145 lbs\n\nRx: omeprazole 40mg PO QHS; sertraline 100mg PO daily\n\nDISCHARGE INSTRUCTIONS: Take omeprazole 30 min before breakfast. Continue sertraline as directed. Avoid caffeine and spicy foods.\n\nFOLLOW UP: Follow up with gastroenterology in 3 weeks.\n\nRETURN PRECAUTIONS: Return if vomiting blood or severe abdominal pain.'),
    ('kv:data/eval/notes/eval_005.txt', 'the whole note',
     'SHORT PROGRESS NOTE\n\nPatient stable. No acute distress.\nBP: 130/80. Pulse 72. Temp 98.4. RR 14. Sat 98% RA.\n\nMeds: albuterol 2.5 mg nebulized PRN, fluticasone 110 mcg inhaled BID.\nPatient NOT on oral steroids. Denies use of beta blockers.\n\nFollow patient in 1 month. Call clinic if wheezing worsens.'),
    ('kv:data/eval/notes/eval_006.txt', 'the whole note',
     'Patient: {N|Edward Park}\nDOS: 2024-05-12\nProvider: Dr. {H|Nina Russo}\n\nVITALS\nBP 142/88 | HR 88 bpm | Temp 98.6°F | RR 16 | O2 Sat 97% | Wt 210 lbs\n\nMEDICATIONS\n- gabapentin 300 mg PO TID\n- amoxicillin 875 mg PO BID x 7 days\n\nDISCHARGE INSTRUCTIONS\nTake gabapentin with food to minimize nausea. Complete full course of amoxicillin.\n\nFOLLOW UP\nReturn to neurology in 4 weeks.\n\nRETURN PRECAUTIONS\nReturn to ED if seizure activity, severe dizziness, or inability to walk.'),
    ('kv:data/eval/notes/eval_007.txt', 'the whole note',
     'Follow-Up Visit\n\nPt: {N|Fiona Wells}  Date: 2024-06-18  MD: Dr. {H|Carl Wong}\n\nAssessment: Stable chronic hypertension, well-controlled.\n\nVS: BP 128/76. HR 64. Temp 98.2F. RR 13. SpO2 99%. Wt 158 lbs.\n\nActive medications: losartan 50mg PO daily, hydrochlorothiazide 25mg PO daily.\n\nNo medication changes today.\nRTC in 3 months or sooner if BP > 160/100.'),
    ('kv:data/eval/notes/eval_008.txt', 'the whole note',
     'DISCHARGE SUMMARY\n\nName: {N|George Hill}     Admit Date: 2024-07-02     Discharge Date: 2024-07-04\nAttending: Dr. {H|Yara Solis}\n\nDischarge Vitals: bp 118/74, heart rate 72, temperature 98.4F, resp rate 16, O2 sat 98 percent, wt 195 lbs.\n\nDischarge Medications:\nfurosemide 40 mg oral once daily\nspironolactone 25 mg PO daily\ncarvedilol 12.5 mg PO BID\n\nDischarge Instructions:\nWeigh yourself daily. If weight increases by more than 3 lbs in a day or 5 lbs in a week, call the clinic immediately. Fluid restriction to 1.5L/day.\n\nFollow-Up:\nCardiology follow-up in 1 week.\n\nReturn Precautions:\nReturn to ED for shortness of breath at rest, leg swelling, or weight gain > 3 lbs/day.'),
    ('kv:data/eval/notes/eval_009.txt', 'the whole note',
     'PATIENT: {N|Helen Grant}\nDate of Service: 08/15/2024\nCLINICIAN: Dr. {H|Paulo Mendes}\n\nVitals this visit: BP was 165/100, HR = 95, T 99.0 degrees, RR = 20, SpO2 = 95%, weight = 220 lbs.\n\nPatient is on the following:\nescitalopram 10 mg po qd\namlodipine 10mg once daily by mouth\n\nPatient denies taking any blood thinners. Not on aspirin.\n\nInstructions given:\nContinue medications. Reduce salt intake.\n\nReturn to see me in 2 weeks.\nCall immediately if BP is above 180 or you feel confused.'),
    ('kv:data/eval/notes/eval_010.txt', 'the whole note',
     'Follow up note - {N|Ian Russo}\n\nSeen today for diabetes management. A1c improved.\n\nVitals today - 126/80 HR 70 Temp 98.0 RR 13 O2 100% weight: 190 pounds\n\nmedications: metformin 1000mg po bid, glipizide 5 mg oral once daily\n\nNo changes to medication list.\nContinue current plan.\nRTC in 3 months for repeat labs.\nGo to ER immediately if blood sugar < 60 or > 400.'),
    ('kv:data/eval/notes/eval_011.txt', 'the whole note',
     'Patient: {N|Julia Kim}   DOS: 2024-09-03   MD: Dr. {H|Anne Foster}\n\nsubjective: patient feels well, no complaints.\n\nobjective:\nBP: 119/76, Pulse: 66, Temperature: 97.8, Resp: 12, O2 Sat: 100%, Wt: 132 lbs\n\nassessment & plan:\nContinue pantoprazole 40mg PO daily and cetirizine 10mg PO daily.\nReturn for annual exam in 12 months.\nNo urgent concerns at this time.'),
    ('kv:data/eval/notes/eval_012.txt', 'the whole note',
     'EMERGENCY DEPARTMENT DISCHARGE NOTE\n\nPatient: {N|Kevin Nash}\nDate: 10/20/2024\n\nDischarge VS: blood pressure 135/85 mmHg | heart rate 88 | temp 99.5F | resp 18 | sat 96% | weight not recorded\n\nRx at Discharge:\nciprofloxacin 500 mg oral BID x 5 days\nibuprofen 400 mg PO TID PRN pain\n\nDISCHARGE INSTRUCTIONS: Take ciprofloxacin with food and water. Complete the full course. Ibuprofen for pain as needed, not to exceed 1200 mg/day. Avoid if stomach upset.\n\nFOLLOW UP: Follow up with your primary care doctor in 3-5 days.\n\nRETURN TO ED IF: fever worsens, unable to keep fluids down, or symptoms not improving in 48 hours.'),
    ('kv:data/eval/notes/eval_013.txt', 'the whole note',
     'Name: {N|Laura Chen}       Provider: Dr. {H|Raj Kapoor}      Visit: 2024-11-01\n\nQuick visit for routine refills.\n\nVitals: 124/78, 74 bpm, 98.4°F, 14 breaths/min, 99% O2, 155 lb.\n\nContinuing levothyroxine 75 mcg PO daily and simvastatin 40mg by mouth at bedtime.\nPatient reports compliance. No new complaints.\n\nPlan: refills provided, labs in 6 months, return PRN.'),
    ('kv:data/eval/notes/eval_014.txt', 'the whole note',
     'Discharge paperwork\n\n{N|Mike Torres}\n11/15/2024\nDischarge attending: Dr. {H|Sasha Bell}\n\nVitals on discharge: bp 145/90, HR 82, T 99.0F, breathing 16x/min, sats 95%, wt 230lbs.\n\nDischarge Medications:\n1. metformin 500mg orally twice daily with meals\n2. enalapril 5mg once daily PO\n3. aspirin 81 mg oral daily\n\nINSTRUCTIONS: Continue metformin with meals. Take enalapril in the morning. Aspirin daily for heart protection. Monitor blood sugars at home.\n\nFollow up with primary care in 2 weeks. Cardiology referral placed.\n\nCall 911 or go to nearest ER for chest pain, trouble breathing, or sudden weakness.'),
    ('kv:data/eval/notes/eval_015.txt', 'the whole note',
     'Patient: {N|Nancy Rivera}\nDate of visit: December 2, 2024\nTreating physician: Dr. {H|Omar Farouk}\n\nVitals: BP 110/68. HR 58. Temp 97.5 F. RR 11. O2 sat 100%. Weight 118 lbs.\n\nOn allopurinol 300 mg PO daily and colchicine 0.6 mg PO daily for gout management.\nNot taking any OTC pain medications at this time.\n\nDischarge plan:\nStay well hydrated. Avoid high-purine foods (red meat, shellfish, beer).\n\nSee Dr. Farouk in 4 weeks.\n\nCome to ER if sudden severe joint pain, fever, or confusion.'),
    ('kv:data/eval/notes/eval_016.txt', 'the whole note',
     '2024-12-10\nPatient: {N|Oscar Bell}\nSeen by: Dr. {H|Tina Shore}\n\nVitals: 132/82 / 78 / 98.6 / 15 / 97% / 176lbs\n\nMEDS: warfarin 5mg po qd, furosemide 20mg oral daily.\nPatient denies missing any doses. INR therapeutic.\n\nDISCHARGE INSTRUCTIONS: Continue warfarin daily. No grapefruit. Avoid alcohol. Soft diet.\n\nFOLLOW UP: INR check and clinic visit in 1 week.\n\nRETURN: Call if bleeding gums, blood in urine, or bruising increases.'),
    ('kv:data/eval/notes/eval_017.txt', 'the whole note',
     'Patient name: {N|Priya Sharma}\nDate: January 5, 2025\nPhysician: Dr. {H|Lin Zhao}\n\nVitals: Bp 120/75 Pulse: 68 Temp: 98.1F RR 13 O2 Sat 100% Wt 142lbs\n\nPlan: add ramipril 5mg daily for microalbuminuria. Continue existing metformin 1000 mg PO BID.\n\npatient to return in 1 month for repeat urine microalbumin.\nER if sudden swelling of face or throat (angioedema).'),
    ('kv:data/eval/notes/eval_018.txt', 'the whole note',
     'CLINIC NOTE — BRIEF\n\nPt: {N|Quinn Adams}     Date: 02/12/2025     Provider: Dr. {H|Sam Patel}\n\nV/S: 136/86 / 84 / 99.1 / 18 / 95% / 215 lbs\n\nOn doxycycline 100mg oral bid and montelukast 10mg PO qd.\nPt declines prednisone at this time.\n\nInstructions: take doxycycline with full glass of water, avoid lying down for 30 min. Stay out of direct sunlight.\n\nF/U: return in 3 weeks or sooner if rash appears.\n\nReturn to ED: if difficulty breathing, throat tightness, or severe skin reaction.'),
    ('kv:data/eval/notes/eval_019.txt', 'the whole note',
     'Encounter date 3/1/2025\nPatient: {N|Rosa Mendez}   Attending: Dr. {H|Felix Grant}\n\nChief complaint: shortness of breath follow-up.\n\nVS 118/72 66 98.0 12 99 158\n\nMedications continued:\n- tiotropium 18 mcg inhaled once daily\n- budesonide 160 mcg inhaled BID\n- albuterol 90 mcg inhaled PRN\n\nNo prednisone burst at this time.\n\nFollow up in pulmonary clinic 6 weeks.\nCall clinic if rescue inhaler needed more than 2x per week.'),
    ('kv:data/eval/notes/eval_020.txt', 'the whole note',
     'Note created: April 1, 2025\nPatient: {N|Sam Young}\nProvider: Dr. {H|Karen Lim}\n\nVitals: Blood pressure 149/94. Heart rate 92. Temperature 98.9 degrees Fahrenheit. Respiratory rate 20 breaths per minute. Oxygen saturation 94 percent. Weight 250 lbs.\n\nCurrent medication regimen:\nclopidogrel 75 mg by mouth once daily\naspirin 81mg PO daily\natorvastatin 40mg oral at bedtime\nmetoprolol 100mg by mouth twice daily\n\nPatient reports good compliance. Denies chest pain at rest.\n\nDischarge instructions: Continue all medications. Follow up with cardiologist.\n\nFollow up appointment: see cardiologist in 2 weeks.\n\nReturn precautions: Return to ED for chest pain, jaw pain, left arm pain, or sudden severe headache.'),
    ('kv:data/dev/notes/dev_001.txt', 'block 1 (line 1)',
     'Patient: {N|Maria Garcia}\nDate of Service: 2024-02-22\nProvider: Dr. {H|Alice Chen}'),
    ('kv:data/dev/notes/dev_002.txt', 'block 1 (line 1)',
     'Patient: {N|Sarah Johnson}\nDate of Service: 2024-12-14\nProvider: Dr. {H|Mark Torres}'),
    ('kv:data/dev/notes/dev_003.txt', 'block 1 (line 1)',
     'Patient: {N|William Anderson}\nDate of Service: 2024-11-08\nProvider: Dr. {H|Priya Patel}'),
    ('kv:data/dev/notes/dev_003.txt', 'block 5 (line 17)',
     'FOLLOW UP:\nSee Dr. {H|Patel} in 3 weeks for re-evaluation.'),
    ('kv:data/dev/notes/dev_004.txt', 'block 1 (line 1)',
     'Patient: {N|James Lee}\nDate of Service: 2024-04-27\nProvider: Dr. {H|Mark Torres}'),
    ('kv:data/dev/notes/dev_005.txt', 'block 1 (line 1)',
     'Patient: {N|Michael Wilson}\nDate of Service: 2024-01-28\nProvider: Dr. {H|Mark Torres}'),
    ('kv:data/dev/notes/dev_006.txt', 'block 1 (line 1)',
     'Patient: {N|John Smith}\nDate of Service: 2024-09-20\nProvider: Dr. {H|Priya Patel}'),
    ('kv:data/dev/notes/dev_007.txt', 'block 1 (line 1)',
     'Patient: {N|Sarah Johnson}\nDate of Service: 2024-08-27\nProvider: Dr. {H|Alice Chen}'),
    ('kv:data/dev/notes/dev_007.txt', 'block 5 (line 14)',
     'FOLLOW UP:\nSee Dr. {H|Chen} in 2 weeks for re-evaluation.'),
    ('kv:data/dev/notes/dev_008.txt', 'block 1 (line 1)',
     'Patient: {N|Robert Brown}\nDate of Service: 2024-04-03\nProvider: Dr. {H|Mark Torres}'),
    ('kv:data/dev/notes/dev_009.txt', 'block 1 (line 1)',
     'Patient: {N|Robert Brown}\nDate of Service: 2024-08-26\nProvider: Dr. {H|Mark Torres}'),
    ('kv:data/dev/notes/dev_010.txt', 'block 1 (line 1)',
     'Patient: {N|James Lee}\nDate of Service: 2024-02-02\nProvider: Dr. {H|Priya Patel}'),
    ('kv:data/dev/notes/dev_011.txt', 'block 1 (line 1)',
     'Patient: {N|William Anderson}\nDate of Service: 2024-10-24\nProvider: Dr. {H|Mark Torres}'),
    ('kv:data/dev/notes/dev_011.txt', 'block 5 (line 16)',
     'Plan: Continue current management. See Dr. {H|Torres} in 2 weeks for re-evaluation.'),
    ('kv:data/dev/notes/dev_012.txt', 'block 1 (line 1)',
     'Patient: {N|Michael Wilson}\nDate of Service: 2024-11-19\nProvider: Dr. {H|Alice Chen}'),
    ('kv:data/dev/notes/dev_013.txt', 'block 1 (line 1)',
     'Patient: {N|Lisa Martinez}\nDate of Service: 2024-06-03\nProvider: Dr. {H|Alice Chen}'),
    ('kv:data/dev/notes/dev_014.txt', 'block 1 (line 1)',
     'Patient: {N|Robert Brown}\nDate of Service: 2024-10-07\nProvider: Dr. {H|Alice Chen}'),
    ('kv:data/dev/notes/dev_014.txt', 'block 5 (line 16)',
     'FOLLOW-UP:\nSee Dr. {H|Chen} in 1 weeks for re-evaluation.'),
    ('kv:data/dev/notes/dev_015.txt', 'block 1 (line 1)',
     'Patient: {N|Jennifer Taylor}\nDate of Service: 2024-01-27\nProvider: Dr. {H|Mark Torres}'),
    ('kv:data/dev/notes/dev_016.txt', 'block 1 (line 1)',
     'Patient: {N|James Lee}\nDate of Service: 2024-12-11\nProvider: Dr. {H|Robert Evans}'),
    ('kv:data/dev/notes/dev_017.txt', 'block 1 (line 1)',
     'Patient: {N|Jennifer Taylor}\nDate of Service: 2024-04-13\nProvider: Dr. {H|Priya Patel}'),
    ('kv:data/dev/notes/dev_018.txt', 'block 1 (line 1)',
     'Patient: {N|Michael Wilson}\nDate of Service: 2024-12-14\nProvider: Dr. {H|Alice Chen}'),
    ('kv:data/dev/notes/dev_019.txt', 'block 1 (line 1)',
     'Patient: {N|William Anderson}\nDate of Service: 2024-03-07\nProvider: Dr. {H|Priya Patel}'),
    ('kv:data/dev/notes/dev_019.txt', 'block 5 (line 15)',
     'FOLLOW-UP:\nSee Dr. {H|Patel} in 4 weeks for re-evaluation.'),
    ('kv:data/dev/notes/dev_020.txt', 'block 1 (line 1)',
     'Patient: {N|Emily Davis}\nDate of Service: 2024-03-22\nProvider: Dr. {H|Mark Torres}'),
    ('kv:data/dev/notes/dev_021.txt', 'block 1 (line 1)',
     'Patient: {N|Maria Garcia}\nDate of Service: 2024-07-08\nProvider: Dr. {H|Mark Torres}'),
    ('kv:data/dev/notes/dev_022.txt', 'block 1 (line 1)',
     'Patient: {N|James Lee}\nDate of Service: 2024-12-28\nProvider: Dr. {H|Mark Torres}'),
    ('kv:data/dev/notes/dev_022.txt', 'block 5 (line 16)',
     'Follow Up Instructions:\nSee Dr. {H|Torres} in 3 weeks for re-evaluation.'),
    ('kv:data/dev/notes/dev_023.txt', 'block 1 (line 1)',
     'Patient: {N|James Lee}\nDate of Service: 2024-07-14\nProvider: Dr. {H|Robert Evans}'),
    ('kv:data/dev/notes/dev_023.txt', 'block 5 (line 17)',
     'Follow-Up:\nSee Dr. {H|Evans} in 4 weeks for re-evaluation.'),
    ('kv:data/dev/notes/dev_024.txt', 'block 1 (line 1)',
     'Patient: {N|William Anderson}\nDate of Service: 2024-01-13\nProvider: Dr. {H|Robert Evans}'),
    ('kv:data/dev/notes/dev_024.txt', 'block 5 (line 14)',
     'Plan: Continue current management. See Dr. {H|Evans} in 4 weeks for re-evaluation.'),
    ('kv:data/dev/notes/dev_025.txt', 'block 1 (line 1)',
     'Patient: {N|Maria Garcia}\nDate of Service: 2024-07-11\nProvider: Dr. {H|Mark Torres}'),
    ('kv:data/dev/notes/dev_026.txt', 'block 1 (line 1)',
     'Patient: {N|Lisa Martinez}\nDate of Service: 2024-04-15\nProvider: Dr. {H|Robert Evans}'),
    ('kv:data/dev/notes/dev_027.txt', 'block 1 (line 1)',
     'Patient: {N|Maria Garcia}\nDate of Service: 2024-01-12\nProvider: Dr. {H|Robert Evans}'),
    ('kv:data/dev/notes/dev_028.txt', 'block 1 (line 1)',
     'Patient: {N|Michael Wilson}\nDate of Service: 2024-12-19\nProvider: Dr. {H|Robert Evans}'),
    ('kv:data/dev/notes/dev_029.txt', 'block 1 (line 1)',
     'Patient: {N|Lisa Martinez}\nDate of Service: 2024-12-14\nProvider: Dr. {H|Priya Patel}'),
    ('kv:data/dev/notes/dev_030.txt', 'block 1 (line 1)',
     'Patient: {N|Emily Davis}\nDate of Service: 2024-08-09\nProvider: Dr. {H|Mark Torres}'),
    ('kv:data/dev/notes/dev_030.txt', 'block 5 (line 14)',
     'Plan: Continue current management. See Dr. {H|Torres} in 3 weeks for re-evaluation.'),
    ('kv:data/dev/notes/dev_031.txt', 'block 1 (line 1)',
     'Patient: {N|Robert Brown}\nDate of Service: 2024-05-01\nProvider: Dr. {H|Alice Chen}'),
    ('kv:data/dev/notes/dev_032.txt', 'block 1 (line 1)',
     'Patient: {N|James Lee}\nDate of Service: 2024-08-03\nProvider: Dr. {H|Alice Chen}'),
    ('kv:data/dev/notes/dev_033.txt', 'block 1 (line 1)',
     'Patient: {N|Michael Wilson}\nDate of Service: 2024-04-09\nProvider: Dr. {H|Priya Patel}'),
    ('kv:data/dev/notes/dev_034.txt', 'block 1 (line 1)',
     'Patient: {N|John Smith}\nDate of Service: 2024-11-08\nProvider: Dr. {H|Robert Evans}'),
    ('kv:data/dev/notes/dev_034.txt', 'block 5 (line 16)',
     'Follow Up Instructions:\nSee Dr. {H|Evans} in 3 weeks for re-evaluation.'),
    ('kv:data/dev/notes/dev_035.txt', 'block 1 (line 1)',
     'Patient: {N|Robert Brown}\nDate of Service: 2024-09-18\nProvider: Dr. {H|Mark Torres}'),
    ('kv:data/dev/notes/dev_036.txt', 'block 1 (line 1)',
     'Patient: {N|William Anderson}\nDate of Service: 2024-08-12\nProvider: Dr. {H|Mark Torres}'),
    ('kv:data/dev/notes/dev_037.txt', 'block 1 (line 1)',
     'Patient: {N|William Anderson}\nDate of Service: 2024-08-21\nProvider: Dr. {H|Mark Torres}'),
    ('kv:data/dev/notes/dev_038.txt', 'block 1 (line 1)',
     'Patient: {N|Michael Wilson}\nDate of Service: 2024-03-16\nProvider: Dr. {H|Alice Chen}'),
    ('kv:data/dev/notes/dev_039.txt', 'block 1 (line 1)',
     'Patient: {N|William Anderson}\nDate of Service: 2024-08-18\nProvider: Dr. {H|Priya Patel}'),
    ('kv:data/dev/notes/dev_040.txt', 'block 1 (line 1)',
     'Patient: {N|Michael Wilson}\nDate of Service: 2024-08-04\nProvider: Dr. {H|Robert Evans}'),
    ('kv:data/dev/notes/dev_041.txt', 'block 1 (line 1)',
     'Patient: {N|Emily Davis}\nDate of Service: 2024-02-08\nProvider: Dr. {H|Mark Torres}'),
    ('kv:data/dev/notes/dev_042.txt', 'block 1 (line 1)',
     'Patient: {N|Robert Brown}\nDate of Service: 2024-07-19\nProvider: Dr. {H|Priya Patel}'),
    ('kv:data/dev/notes/dev_043.txt', 'block 1 (line 1)',
     'Patient: {N|William Anderson}\nDate of Service: 2024-07-23\nProvider: Dr. {H|Robert Evans}'),
    ('kv:data/dev/notes/dev_043.txt', 'block 5 (line 13)',
     'FOLLOW-UP:\nSee Dr. {H|Evans} in 1 weeks for re-evaluation.'),
    ('kv:data/dev/notes/dev_044.txt', 'block 1 (line 1)',
     'Patient: {N|Robert Brown}\nDate of Service: 2024-12-16\nProvider: Dr. {H|Alice Chen}'),
    ('kv:data/dev/notes/dev_044.txt', 'block 5 (line 14)',
     'Plan: Continue current management. See Dr. {H|Chen} in 4 weeks for re-evaluation.'),
    ('kv:data/dev/notes/dev_045.txt', 'block 1 (line 1)',
     'Patient: {N|Robert Brown}\nDate of Service: 2024-05-11\nProvider: Dr. {H|Mark Torres}'),
    ('kv:data/dev/notes/dev_046.txt', 'block 1 (line 1)',
     'Patient: {N|Michael Wilson}\nDate of Service: 2024-02-15\nProvider: Dr. {H|Priya Patel}'),
    ('kv:data/dev/notes/dev_046.txt', 'block 5 (line 15)',
     'Plan: Continue current management. See Dr. {H|Patel} in 1 weeks for re-evaluation.'),
    ('kv:data/dev/notes/dev_047.txt', 'block 1 (line 1)',
     'Patient: {N|Robert Brown}\nDate of Service: 2024-08-04\nProvider: Dr. {H|Mark Torres}'),
    ('kv:data/dev/notes/dev_048.txt', 'block 1 (line 1)',
     'Patient: {N|Sarah Johnson}\nDate of Service: 2024-07-09\nProvider: Dr. {H|Priya Patel}'),
    ('kv:data/dev/notes/dev_048.txt', 'block 5 (line 16)',
     'FOLLOW-UP:\nSee Dr. {H|Patel} in 1 weeks for re-evaluation.'),
    ('kv:data/dev/notes/dev_049.txt', 'block 1 (line 1)',
     'Patient: {N|William Anderson}\nDate of Service: 2024-01-09\nProvider: Dr. {H|Robert Evans}'),
    ('kv:data/dev/notes/dev_049.txt', 'block 5 (line 14)',
     'Follow-Up:\nSee Dr. {H|Evans} in 2 weeks for re-evaluation.'),
    ('kv:data/dev/notes/dev_050.txt', 'block 1 (line 1)',
     'Patient: {N|James Lee}\nDate of Service: 2024-02-16\nProvider: Dr. {H|Priya Patel}'),
    ('kv:data/showcase/notes/showcase_001.txt', 'block 6 (line 18)',
     'RETURN PRECAUTIONS:\nReturn to the emergency department if you experience chest pain, shortness of breath, or blood pressure above 180/110 mmHg.'),
    ('kv:data/showcase/notes/showcase_004.txt', 'block 4 (line 11)',
     'Patient denies use of theophylline. Not currently taking prednisone. Patient reports she stopped taking ibuprofen 2 weeks ago.'),
    ('kv:data/showcase/notes/showcase_004.txt', 'block 5 (line 13)',
     'DISCHARGE INSTRUCTIONS:\nUse albuterol only as needed. Do not exceed 4 puffs per day. Keep a rescue inhaler accessible at all times.'),
    ('kv:data/showcase/notes/showcase_005.txt', 'block 3 (line 7)',
     'The patient was started on amoxicillin 500 mg three times daily for a suspected upper respiratory infection. She is already taking omeprazole 20 mg nightly for reflux and her cardiologist recently added aspirin 81 mg once daily for cardiovascular prophylaxis. No allergies to penicillin reported.'),
    ('kv:data/showcase/notes/showcase_005.txt', 'block 4 (line 9)',
     'DISCHARGE INSTRUCTIONS:\nTake amoxicillin with food. Complete the full 10-day course. Continue omeprazole and aspirin as prescribed.'),
    ('kv:data/showcase/notes/showcase_010.txt', 'block 4 (line 11)',
     'DISCHARGE INSTRUCTIONS:\nComplete the full course of amoxicillin. Ibuprofen for fever above 38.5C or for discomfort. Encourage fluids and rest.'),
    ('cs:tests/fixtures/01-clean-structured.txt', 'the whole file',
     'SUBJECTIVE:\nPatient is a 68 year old male with history of hypertension, diabetes who presents with chest pain. Pain started 2 hours ago, substernal, 7/10 severity, radiating to left arm. Associated with diaphoresis and shortness of breath. Denies nausea or vomiting.\n\nOBJECTIVE:\nVitals: BP 156/92, HR 88, RR 18, Temp 98.6 F, SpO2 96% on room air\nPhysical Exam: Alert and oriented, appears uncomfortable. Heart regular rate and rhythm, no murmurs. Lungs clear to auscultation bilaterally.\n\nASSESSMENT:\n1. Acute coronary syndrome - NSTEMI likely given troponin elevation\n2. Hypertension - currently elevated\n3. Type 2 Diabetes Mellitus\n\nPLAN:\n1. Aspirin 325mg chewed, Plavix 600mg load\n2. Heparin drip per protocol\n3. Cardiology consult for cardiac catheterization\n4. Serial troponins q6h x3\n5. Cont home meds: Metformin, Lisinopril\n6. NPO for cath lab'),
    ('cs:tests/fixtures/02-out-of-order.txt', 'the whole file',
     'PLAN:\nStart metoprolol 25mg BID\nContinue aspirin 81mg daily\nFollow up in cardiology clinic in 2 weeks\nRepeat echo in 3 months\n\nHISTORY OF PRESENT ILLNESS:\n72 yo F with PAF, CAD s/p stent 2019, presents with palpitations x 3 days. Reports rapid heart rate, dizziness. No chest pain or syncope.\n\nIMPRESSION:\n• Atrial fibrillation with RVR\n• CAD - stable\n• HTN\n\nVITAL SIGNS:\nHR 142 irregular\nBP: 138/86\nRR:20  SpO2 94% RA\nT 98.2F'),
    ('cs:tests/fixtures/03-synonyms.txt', 'the whole file',
     'Chief Complaint: Shortness of breath\n\nHPI:\n65 year old gentleman with CHF (EF 25%), presents with worsening dyspnea on exertion over past week. Reports orthopnea, PND. Compliance with medications good. Weight up 5 lbs.\n\nExam:\nVitals - BP 110/68, pulse 76, resp rate 22, temp 98.4, O2 sat 91% RA\nJVP elevated to 12 cm. Crackles bilateral bases. 2+ pitting edema bilateral legs.\n\nImpression:\nAcute on chronic systolic heart failure exacerbation\n\nRecommendations:\n- Furosemide 40mg IV now\n- Daily weights\n- Strict fluid restriction 1.5L/day\n- Uptitrate ACEI as tolerated\n- Consider SGLT2i initiation'),
    ('cs:tests/fixtures/04-all-caps.txt', 'the whole file',
     'SUBJECTIVE\n55 YR OLD MALE WITH HTN WHO PRESENTS WITH HEADACHE AND BLURRED VISION. BP AT HOME WAS 210/120. DENIES CHEST PAIN OR SHORTNESS OF BREATH.\n\nOBJECTIVE\nVITALS: BP 196/108 HR 82 RR 16 TEMP 98.6 SPO2 98%\nALERT, ANXIOUS. HEENT NORMAL. HEART RRR. LUNGS CLEAR.\n\nASSESSMENT\nHYPERTENSIVE URGENCY\n\nPLAN\nCLONIDINE 0.1MG PO NOW\nRECHECK BP IN 30 MIN\nIF NO IMPROVEMENT CONSIDER LABETALOL IV\nFOLLOW UP WITH PCP IN 2 DAYS'),
    ('cs:tests/fixtures/05-no-plan.txt', 'the whole file',
     'Patient: {N|John Doe}, MRN: {M|123456}, DOB: {D|01/15/1960}\n\nReason for Visit: Follow-up after cardiac cath\n\nHPI: 64 yo M s/p PCI to LAD yesterday. Doing well, no chest pain, groin site intact without hematoma.\n\nPhysical Exam:\nBP 128/76, HR 68, RR 14, SpO2 98%\nGroin: No bleeding, no bruit, distal pulses intact\nHeart: RRR, no murmurs\nLungs: Clear\n\nAssessment:\nS/P PCI to LAD - uncomplicated\nStable CAD'),
    ('cs:tests/fixtures/06-inline-vitals.txt', 'the whole file',
     "Patient reports chest discomfort started this morning. 58 year old woman with diabetes and high cholesterol. Her blood pressure today is 144/88 with heart rate of 94. Temperature is normal at 98.4 and she's breathing at 18 breaths per minute with oxygen saturation 97% on room air.\n\nOn examination, she appears mildly uncomfortable. Cardiovascular exam shows regular rhythm, no murmurs appreciated. Respiratory exam reveals clear lung fields bilaterally.\n\nThis is likely angina given her risk factors. ECG shows no acute ST changes but has T wave flattening in lateral leads. Troponin is pending.\n\nWill start aspirin, obtain serial cardiac enzymes, cardiology consultation requested. Patient to remain NPO pending further evaluation."),
    ('cs:tests/fixtures/07-bullets-vs-paragraphs.txt', 'the whole file',
     "Subjective:\n• 71 yo male\n• Chief complaint: leg swelling\n• Duration: 2 weeks, progressive\n• Associated symptoms: shortness of breath with exertion\n• Denies: chest pain, orthopnea\n\nObjective:\n• Vitals: 142/82, HR 88, RR 20, SpO2 92%\n• General: Mild respiratory distress\n• CV: S1S2, 2/6 systolic murmur\n• Resp: Decreased breath sounds at bases\n• Extremities: 3+ bilateral pitting edema to knees\n\nAssessment:\nThe patient's presentation is consistent with decompensated heart failure. His symptoms of dyspnea and peripheral edema along with exam findings of elevated JVP, pulmonary crackles, and significant lower extremity edema support this diagnosis.\n\nPlan:\nStart aggressive diuresis with IV furosemide. Monitor daily weights and strict I/O. Obtain echocardiogram to assess cardiac function. Check BNP and renal function. Continue beta blocker and ACEI. Dietary sodium restriction counseling."),
    ('cs:tests/fixtures/08-unicode-quotes.txt', 'the whole file',
     'Patient states "I\'ve been having chest pain" that started yesterday. She\'s a 62-year-old female with history of hypertension—currently on amlodipine 5mg daily… Reports pain is 6/10, described as "pressure-like."\n\nVitals – BP 152/94, pulse 76, RR 18, temp 98.6°F, O₂ sat 96%\n\nPhysical exam reveals she\'s alert and oriented. Heart sounds are normal—no murmurs, rubs, or gallops. Lungs are clear throughout.\n\nAssessment:\n• Atypical chest pain – r/o ACS\n• HTN – suboptimal control\n\nPlan:\nObtain ECG, troponin levels. Start aspirin 325mg if enzymes elevated. Consider stress testing if enzymes negative. Uptitrate antihypertensive medication.'),
    ('cs:tests/fixtures/09-extra-whitespace.txt', 'the whole file',
     'SUBJECTIVE:\n\n\nPatient is a  45   year  old    female    with    no significant PMH who  presents  with   palpitations.\n\n\n\n\nStarted    3   hours    ago.    Denies    chest     pain.\n\n\n\n\nOBJECTIVE:\n\n\nBP   118/72      HR   142    irregular     RR  16     SpO2   98%\n\n\nExam:    Alert.    Irregular   rhythm.    No   murmurs.    Lungs   clear.\n\n\n\n\nASSESSMENT:\n\nNew  onset  atrial  fibrillation\n\n\nPLAN:\n\nRate  control  with  metoprolol\nAnticoagulation  -  calculate  CHA2DS2-VASc\nCardiology  follow  up'),
    ('cs:tests/fixtures/10-minimal-note.txt', 'the whole file',
     '80 yo M, syncope\n\nVitals: 88/52, HR 38\n\nSinus bradycardia on monitor\n\nAdmit for telemetry, hold beta blocker, consider pacing'),
    ('cs:tests/fixtures/unit/alternate-synonyms.txt', 'the whole file',
     'ROS:\n80 yo M with SOB x 2 days, +orthopnea, +PND\n\nBackground:\nCHF (EF 30%), CAD s/p CABG x3 2016, DM2, CKD stage 3\n\nHome Rx:\nFurosemide 40 bid\nCarvedilol 12.5 bid\nLisinopril 10 qd\nInsulin glargine 20 units qhs\n\nDrug sensitivities: none\n\nPE:\nVitals - BP 110/70, P 88, RR 24, T 98.1, sat 91% on RA\nExam - JVD present, crackles at bases bilaterally, 2+ pitting edema\n\nStudies:\nBNP 3500\nCr 1.8\nTrop neg\n\nDiagnosis:\nAcute on chronic systolic heart failure\nVolume overload\n\nManagement:\n• IV furosemide 80mg\n• Increase oral furosemide to 80 bid\n• Strict I/Os\n• Daily weights\n• Low sodium diet\n• Follow up clinic 1 week'),
    ('cs:tests/fixtures/unit/clean-hp.txt', 'the whole file',
     'SUBJECTIVE:\n72 year old male presents with chest pain. Pain started 2 hours ago while at rest. Associated with shortness of breath and diaphoresis.\n\nPAST MEDICAL HISTORY:\n- Hypertension\n- Diabetes mellitus type 2\n- Prior MI 2015\n\nMEDICATIONS:\n- Aspirin 81mg daily\n- Metoprolol 50mg BID\n- Atorvastatin 40mg daily\n\nALLERGIES:\nPenicillin - rash\n\nOBJECTIVE:\nBP: 145/92, HR: 88, RR: 18, Temp: 98.6, SpO2: 96%\n\nPHYSICAL EXAM:\nAlert and oriented x3. Lungs clear bilaterally. Heart regular rate and rhythm, no murmurs.\n\nLABS:\nTroponin 0.8 ng/mL\n\nASSESSMENT:\n1. Acute coronary syndrome\n2. Hypertension, controlled\n3. Diabetes mellitus, type 2\n\nPLAN:\n- Aspirin 325mg chewed\n- Heparin bolus and drip\n- Cardiology consult\n- Serial troponins\n- Admit to CCU'),
    ('cs:tests/fixtures/unit/inline-vitals.txt', 'the whole file',
     'Patient is a 45 year old male presenting with palpitations. Blood pressure today is 128/82, heart rate of 110 bpm, breathing at 18 breaths per minute, temperature is normal at 98.6F, oxygen saturation 98%.\n\nHistory: Patient has hypertension and takes metoprolol 25mg twice daily. No known drug allergies.\n\nPhysical exam shows anxious appearing male. Heart is tachycardic but regular rhythm. Lungs are clear.\n\nLabs drawn show troponin less than 0.01, BNP 125.\n\nImpression: Sinus tachycardia, likely anxiety related. Hypertension controlled.\n\nWill reassure patient, continue home medications, follow up with PCP in 1 week.'),
    ('cs:tests/fixtures/unit/messy-headings.txt', 'the whole file',
     'hx/PE\n58 yo F c/o CP x 3hrs. +SOB, denies N/V.\n\npmh: CAD s/p PCI 2018, HTN, HLD\n\nCurrent Meds\nASA 81\nlisinopril 10\natorva 20mg\n\nallergies- nkda\n\nvitals\nBP 138/85 P 92 R 16 T 98.2 O2 sat 94% RA\n\nPE: awake, NAD. Lungs CTAB. RRR no m/r/g\n\nlaboratory\ntrop <0.01\nBNP 850\n\nImp\nacute chest pain, likely ACS\nHTN uncontrolled\n\ntx plan\n• ASA 325\n• start heparin gtt\n• cards consult stat\n• tele monitoring'),
    ('cs:tests/fixtures/unit/missing-plan.txt', 'the whole file',
     'CHIEF COMPLAINT:\nChest pain\n\nHISTORY OF PRESENT ILLNESS:\n65 year old male with history of hypertension presents with chest pain starting this morning. Pain is substernal, pressure-like, radiating to left arm.\n\nPAST MEDICAL HISTORY:\nHypertension\nHyperlipidemia\n\nMEDICATIONS:\nLisinopril 20mg daily\nSimvastatin 40mg nightly\n\nALLERGIES:\nNKDA\n\nVITALS:\nBP 152/88, HR 78, RR 16, Temp 98.4, SpO2 97%\n\nPHYSICAL EXAMINATION:\nAlert, in mild distress. Cardiovascular: regular rhythm, no murmurs. Lungs: clear to auscultation.\n\nLABS:\nTroponin 1.2\nBNP 420\n\nASSESSMENT:\nAcute myocardial infarction'),
    ('sy:tests/headache.txt', 'the whole file',
     'Physician: Hello, Ms. {N|Green}. How can I help you today?\n\nPatient: Hi, doctor. I’ve been getting headaches almost every day after school.\n\nPhysician: When did they start?\n\nPatient: About two months ago.\n\nPhysician: Where do you usually feel the pain?\n\nPatient: Mostly across my forehead and behind my eyes.\n\nPhysician: Do you spend a lot of time on screens?\n\nPatient: Yes, I’m on my laptop most of the day for homework.\n\nPhysician: That could be contributing. Any nausea, dizziness, or vision problems?\n\nPatient: No, just the headaches.\n\nPhysician: Your symptoms are consistent with tension-type headaches. Improving posture, taking screen breaks, and staying hydrated should help.\n\nPatient: That sounds manageable.\n\nPhysician: If they become more severe or frequent, come back and we’ll reassess.'),
    ('sy:tests/stomach_discomfort.txt', 'the whole file',
     'Physician: Hello, Ms. {N|Ahmed}. How are you feeling today?\n\nPatient: Hi, doctor. I’ve been getting stomach aches on and off.\n\nPhysician: When do they usually occur?\n\nPatient: Mostly in the mornings, especially on school days.\n\nPhysician: Any vomiting, weight loss, or fever?\n\nPatient: No, none of that.\n\nPhysician: Do you feel stressed or rushed in the mornings?\n\nPatient: Yes, a bit.\n\nPhysician: That can sometimes cause stomach discomfort. Everything you’ve described sounds mild, but we’ll keep an eye on it.\n\nPatient: Okay.\n\nPhysician: Try regular meals and giving yourself more time in the morning. Come back if the pain worsens or changes.'),
    ('sy:tests/sample_convo.txt', 'turn 1 (line 1)',
     'Physician: Good morning, Ms. {N|Jones}. How are you feeling today?'),
    ('sy:tests/sample_convo.txt', 'turn 2 (line 3)',
     "Patient: Good morning, doctor. I'm doing better, but I still have some discomfort now and then."),
    ('sy:tests/sample_convo.txt', 'turn 3 (line 5)',
     'Physician: I understand you were in a car accident last September. Can you walk me through what happened?'),
    ('sy:tests/sample_convo.txt', 'turn 4 (line 7)',
     'Patient: Yes, it was on September 1st, around 12:30 in the afternoon. I was driving from Cheadle Hulme to Manchester when I had to stop in traffic. Out of nowhere, another car hit me from behind, which pushed my car into the one in front.'),
    ('sy:tests/sample_convo.txt', 'turn 8 (line 15)',
     'Patient: At first, I was just shocked. But then I realized I had hit my head on the steering wheel, and I could feel pain in my neck and back almost right away.'),
    ('sy:tests/sample_convo.txt', 'turn 10 (line 19)',
     "Patient: Yes, I went to {I|Moss Bank Accident and Emergency}. They checked me over and said it was a whiplash injury, but they didn't do any X-rays. They just gave me some advice and sent me home."),
    ('sy:tests/sample_convo.txt', 'turn 12 (line 23)',
     'Patient: The first four weeks were rough. My neck and back pain were really bad—I had trouble sleeping and had to take painkillers regularly. It started improving after that, but I had to go through ten sessions of physiotherapy to help with the stiffness and discomfort.'),
    ('sy:tests/sample_convo.txt', 'turn 14 (line 27)',
     "Patient: It's not constant, but I do get occasional backaches. It's nothing like before, though."),
    ('sy:tests/sample_convo.txt', 'turn 16 (line 31)',
     "Patient: No, nothing like that. I don't feel nervous driving, and I haven't had any emotional issues from the accident."),
    ('sy:tests/sample_convo.txt', 'turn 18 (line 35)',
     "Patient: I had to take a week off work, but after that, I was back to my usual routine. It hasn't really stopped me from doing anything."),
    ('sy:tests/sample_convo.txt', 'turn 24 (line 47)',
     "Patient: That's great to hear. So, I don't need to worry about this affecting me in the future?"),
    ('sy:tests/sample_convo.txt', 'turn 27 (line 53)',
     "Physician: You're very welcome, Ms. {N|Jones}. Take care, and don't hesitate to reach out if you need anything."),
    ('kv:backend/tests/test_instructions.py', 'the string constant at line 6',
     'DISCHARGE INSTRUCTIONS:\nTake medications as prescribed. Rest for 48 hours.\n\nFOLLOW UP:\nSee Dr. {H|Smith} in 2 weeks.\n\nRETURN PRECAUTIONS:\nReturn to ER if fever exceeds 101 F or chest pain worsens.'),
    ('kv:backend/tests/test_instructions.py', 'the string constant at line 86',
     'Return to ER if you develop any of the following:\nchest pain or pressure\nshortness of breath or difficulty breathing\nfever above 101 F'),
    ('kv:backend/tests/test_metadata.py', 'the string constant at line 5',
     'Patient: {N|John Doe}\nDate of Service: 2024-01-15\nProvider: Dr. {H|Jane Smith}\n\nChief complaint: chest pain.'),
    ('kv:backend/tests/test_metadata.py', 'the string constant at line 63',
     'Patient: {N|John Smith}\nDate of Service: 2024-03-15\nProvider: Dr. {H|Sarah Chen}'),
    ('kv:backend/tests/test_metadata.py', 'the string constant at line 30',
     'Patient: {N|Jane Doe}\nNo other headers.'),
    ('kv:backend/tests/test_metadata.py', 'the string constant at line 35',
     'Patient Name: {N|Jane Smith}\nDate of Service: 2024-01-01'),
    ('kv:backend/tests/test_metadata.py', 'the string constant at line 55',
     'Attending: Dr. {H|Sarah Chen}'),
    ('kv:backend/tests/test_metadata.py', 'the string constant at line 59',
     'Clinician: Dr. {H|Sarah Chen}'),
    ('kv:backend/tests/test_metadata.py', 'the string constant at line 70',
     'Name: {N|Robert Lee}\nDate Seen: 2025-01-14'),
    ('kv:backend/tests/test_metadata.py', 'the string constant at line 74',
     'Physician: Dr. {H|Anita Morris}'),
    ('kv:backend/tests/test_ocr.py', 'the string constant at line 11',
     'Patient: {N|Jane Smith}\nBP 120/80'),
    ('kv:backend/tests/test_pipeline.py', 'the string constant at line 5',
     'Patient: {N|Jane Doe}\nDate of Service: 2024-03-10\n\n\n\nVitals: BP 132/84. HR: 80. Temp 98.4F. RR 14. SpO2: 97%. Wt 160 lbs.\n\nMedications:\n- lisinopril 10 mg PO daily\n- metformin 500 mg PO BID\n\nDISCHARGE INSTRUCTIONS:\nTake all medications as prescribed. Avoid strenuous activity for 1 week.\n\nFOLLOW UP:\nReturn to clinic in 2 weeks.\n\nRETURN PRECAUTIONS:\nReturn to ER if chest pain, shortness of breath, or fever > 101F.'),
    ('kv:backend/tests/test_pipeline.py', 'the string constant at line 57',
     'DISCHARGE SUMMARY\n\nPatient: {N|John Smith}\nDate of Service: 2024-03-15\nProvider: Dr. {H|Sarah Chen}\n\nVitals:\nBP: 142/88 mmHg\nHR: 78 bpm\nTemp: 98.6 F\nRR: 18 breaths/min\nSpO2: 96% on room air\nWeight: 185 lb\n\nMedications:\nLisinopril 10 mg PO daily\nMetformin 500 mg PO BID\nAlbuterol inhaler 2 puffs q6h PRN wheezing\n\nDischarge Instructions:\nDrink plenty of fluids and rest as needed.\nUse albuterol inhaler as directed for wheezing or shortness of breath.\nContinue home medications as listed above.\n\nFollow Up:\nFollow up with primary care physician in 2 weeks.\n\nReturn Precautions:\nReturn to the ER for chest pain, worsening shortness of breath, persistent fever, or inability to tolerate fluids.'),
    ('kv:backend/tests/test_pipeline.py', 'the string constant at line 88',
     'Patient feels better after treatment.\nTake ibuprofen 400 mg every 8 hours as needed for pain.\nFollow up with your doctor in one week.\nReturn to the ER if symptoms worsen or fever develops.'),
    ('kv:backend/tests/test_pipeline.py', 'the string constant at line 147',
     'SOAP NOTE\n\nName: {N|Eleanor Price}\nDate: 2025-03-04\nDoctor: Dr. {H|Jason Liu}\n\nO:\nBP 102/64\nHR: 96\nT 99.3 F\nResp 18\nSpO2 97% RA\nWt 146 lb\n\nCurrent Medications:\n1. Albuterol inhaler 2 puffs q6h PRN wheezing\n2. Azithromycin 250 mg PO daily for 3 more days\n3. Lisinopril 10 mg PO daily\n4. Benzonatate 100 mg PO TID as needed for cough\n\nA/P:\nEncourage fluids and slow position changes. Continue nitrofurantoin 100 mg BID for 3 more days.\nHold lisinopril tomorrow if systolic BP remains under 100. Continue metformin 500 mg PO BID.\nMay use ondansetron 4 mg q8h PRN nausea.\nRTC with PCP in 2-3 days if not improving.\nGo to the ER for fainting, chest pain, worsening weakness, inability to keep fluids down.'),
    ('kv:backend/tests/test_pipeline.py', 'the string constant at line 219',
     'FOLLOW-UP NOTE\n\nPatient: {N|Harold Bennett}\nDate Seen: 2025-04-02\nProvider: Dr. {H|Nina Shah}\n\nHPI:\n68-year-old male returning for follow-up. Still having burning with urination and fatigue,\nthough dizziness is better. No CP, no SOB, no syncope. He says he is taking tamsulosin nightly.\nAlso using zofran as needed for nausea.\n\nVital Signs\nBP 118/70\nPulse 90 bpm\nTemp 100.1 F\nResp 19\nO2 sat 96% RA\nWt 164 lb\n\nPlan\nContinue ciprofloxacin 500 mg PO BID x 2 more days.\nContinue tamsulosin 0.4 mg qhs.\nMay use ondansetron 4 mg q8h PRN nausea.\nPush oral fluids and avoid sudden position changes.\nSee PCP in 3 days if symptoms do not resolve.\nReturn to ER for fever > 101.5, vomiting, inability to urinate, worsening weakness.'),
    ('kv:backend/tests/test_sections.py', 'the string constant at line 34',
     'Discharge Medications:\nlisinopril 10 mg PO daily\n\nHospital Course:\nPatient admitted for pneumonia, improved on antibiotics.\n\nImpression:\nPneumonia, resolving.\n\nA/P:\nContinue antibiotics.\n\nPlan:\nFollow up in 1 week.\nReturn to ER for worsening symptoms.'),
    ('kv:backend/tests/test_medications.py', 'the string constant at line 154',
     'Medications:\n- Ibuprofen 400 mg PO every 6 hours\n- Amoxicillin 500 mg PO every 8 hours\n- Methotrexate 15 mg PO once weekly\n- Prednisone 10 mg PO QAM'),
    ('kv:backend/tests/test_utils_pdf.py', 'the string constant at line 237',
     'Patient: {N|John Doe}\nBP 130/85'),
    ('sy:notebooks/physician_notetaker.ipynb', 'cells[13].outputs[0] text, the History_of_Present_Illness value',
     'Ms. {N|Jones} was involved in a car accident on September 1st, around 12:30 PM, while driving from Cheadle Hulme to Manchester. She had stopped in traffic when her car was rear-ended, pushing it into the vehicle in front. She was wearing her seatbelt. Immediately after the impact, she experienced shock, hit her head on the steering wheel, and felt pain in her neck and back.'),
]
# fmt: on


def main(argv: list[str] | None = None) -> int:
    return marks.main_hashed(
        argv, __doc__, SPLIT, SNIPPETS, marks.recorded(source, RECORD), untied=UNTIED
    )


if __name__ == "__main__":
    sys.exit(main())
