"""Build the thirteenth blind set for the patient-identifier scrubber and its two halves.

English clinical text nobody here had used: the synthetic i2b2-style notes and sample sentences
of a medical de-identification project (u9401066/medical-deidentification, MIT:
scripts/prepare_public_phi_data.py, data/benchmark/sample_test.json) and the 55 annotated
synthetic specialty notes of a HIPAA de-identification gateway
(K-ARIVAZHAGAN/phi-pii-deidentification-gateway, generate_notes.py, which writes
tests/data/annotated_clinical_notes_55.json; 32 of its notes are used). Each note is held below
with its spans marked inline as ``{T|text}``: N (PATIENT-NAME), D (DOB), M (MRN), S (SSN),
P (PHONE), E (EMAIL), A (ADDRESS) and the kept types H (HCP) and I (IGNORE) (the format of
bench/blind_phi_marks.py). The sources' own labels were mapped to these types by role as
BLIND13-phi.md says. A snippet is one blank-line-separated block of a note, a block with neither
a patient identifier nor a clinician joined to the next one (a sample sentence is one snippet);
the script strips the marks, computes the offsets, validates every row (span text
equals text[start:end], no overlaps, known types, no line break or outer whitespace in a span,
and bench/phi.py's ``_locate`` text search lands every label on its offset) and splits the set by
unit (a note, so one note's blocks never straddle halves; notes that share a patient identifier
string are one unit, bench/blind_phi_marks.py's ``units``). The units are taken in the order of a
SHA-1 hash of their key, and each goes to the half holding fewer snippets of its source stream
so far (the two sources), units without any patient identifier balancing among themselves.
Never runs a detector and imports nothing from prepcli.

    python bench/blind13_phi_build.py                 # write bench/phi_blind13_dev.jsonl + _held.jsonl
    python bench/blind13_phi_build.py --whole PATH    # also write the whole set to PATH
    python bench/blind13_phi_build.py --check         # validate the written halves only

Re-fetching the sources: the notes are held inline (verbatim but for the marks); each row's
``source`` names the repository, commit, file and row (the note's id or case id, and the block's
number within the note, counted from 1). u9401066/medical-deidentification: the ``fetch`` tool
(``github:u9401066/medical-deidentification``), then ``git show <commit>:<path>``; the notes are
the ``I2B2_SYNTHETIC_EXAMPLES`` texts, the sentences the ``text`` of sample_test.json's English
cases. K-ARIVAZHAGAN/phi-pii-deidentification-gateway could not be fetched as a snapshot here;
its notes were transcribed from the stored file text (read_file) of generate_notes.py, where each
note is the concatenation of the segments of one ``create_note("SYNTH_NOTE_…")`` call; compare
against that file (or tests/data/annotated_clinical_notes_55.json's ``raw_text``) at the commit.
BLIND13-phi.md describes the set.
"""

# ruff: noqa: E501  (the note table holds long strings; each note stays on its lines)
from __future__ import annotations

import re
import sys

import blind_phi_marks as marks

SPLIT = "blind13"

# key prefix -> (repository, commit, path, licence)
REPOS = {
    "mdi": ("u9401066/medical-deidentification", "ff28b91fad01376326b1c06821706869e4fd6ebf",
            "scripts/prepare_public_phi_data.py", "MIT (LICENSE, 'Medical De-identification Project Contributors')"),
    "mds": ("u9401066/medical-deidentification", "ff28b91fad01376326b1c06821706869e4fd6ebf",
            "data/benchmark/sample_test.json", "MIT (LICENSE, 'Medical De-identification Project Contributors')"),
    "gw": ("K-ARIVAZHAGAN/phi-pii-deidentification-gateway", "966a8f79e86c0599f8e666225f7d63bad3fc978d",
           "generate_notes.py", "Apache-2.0 as declared in pyproject.toml (license = { text = 'Apache-2.0' }); the repository has no LICENSE file"),
}  # fmt: skip


RECORD = {
    "mdi": "the note verbatim, cut at blank lines; the source's ground_truth list mapped by role (BLIND13-phi.md)",
    "mds": "the case's text verbatim; its annotations mapped by role (BLIND13-phi.md)",
    "gw": "the note verbatim (the create_note segments joined), cut at blank lines; segment categories mapped by role, unlabelled patient and clinician mentions in the narrative labelled (BLIND13-phi.md)",
}


def source(key: str, block: str) -> dict[str, str]:
    """The source of a note key (``mdi:CASE``, ``mds:CASE``, ``gw:SYNTH_NOTE_NNN``) and block."""
    prefix, case = key.split(":", 1)
    repo, commit, path, licence = REPOS[prefix]
    return {"repo": repo, "commit": commit, "path": path,
            "row": f"{case}, block {block}", "licence": licence}  # fmt: skip


# fmt: off
# (note key, marked note)
NOTES: list[tuple[str, str]] = [
    ("mdi:i2b2-sample-001",
     "Record date: {I|2024-11-15}\n\nHISTORY OF PRESENT ILLNESS: Mr. {N|John Smith} is a 72-year-old male with a history of hypertension and diabetes mellitus type 2 who presents with chest pain.\n\nCONTACT: Wife {N|Mary Smith} at {P|555-123-4567}. Address: {A|123 Oak Street}, {A|Boston, MA 02115}.\n\nPAST MEDICAL HISTORY:\n- Hypertension since 2010\n- Diabetes since 2015\n- Appendectomy 1990\n\nSOCIAL HISTORY: Retired teacher. Former smoker. Lives with wife in {I|Boston}.\n\nMEDICATIONS: Metformin 1000mg BID, Lisinopril 10mg daily\n\nATTENDING: Dr. {H|Robert Johnson}, MD\nHospital: {I|Massachusetts General Hospital}"),
    ("mdi:i2b2-sample-002",
     "Admission Date: {I|03/15/2024}\nDischarge Date: {I|03/20/2024}\n\nPatient: {N|Jane Doe}\nDOB: {D|04/22/1955}\nMRN: {M|12345678}\n\nCHIEF COMPLAINT: Shortness of breath\n\nThis is a 68-year-old female with history of COPD who presents with acute exacerbation.\n\nEmergency Contact: Son {N|Michael Doe}, phone {P|617-555-9876}\n\nAddress: {A|456 Maple Ave, Apt 2B}, {A|Cambridge, MA 02139}\n\nHOSPITAL COURSE: Patient was admitted to ICU for respiratory distress. Treated with bronchodilators and steroids. Improved and transferred to floor on HD3.\n\nDischarge to: Home with daughter ({N|Sarah Doe}, {P|617-555-1234})\n\nFollow-up: Dr. {H|Emily Chen}, Pulmonology, {I|MGH}, in 2 weeks.\n\nDictated by: Dr. {H|James Wilson}\nTranscribed: {I|03/20/2024} 14:30"),
    ("mdi:i2b2-sample-003",
     "Clinical Note - Psychiatry\n\nDate of Service: {I|2024-02-10}\n\nPatient: {N|Robert Williams}\nAge: 45\nSSN: {S|***-**-6789} (last 4 digits)\n\nChief Complaint: Depression and anxiety\n\nHPI: Mr. {N|Williams} is a 45-year-old software engineer at {I|Google Inc.} who presents with worsening depression over the past 3 months. He reports difficulty sleeping, decreased appetite, and loss of interest in activities he previously enjoyed.\n\nFamily Hx: Mother diagnosed with bipolar disorder at age 40, died by suicide in 2018.\n\nSocial Hx: Divorced in 2022. Two children ages 12 and 15. Lives alone in {I|Palo Alto, CA}.\n\nContact: Ex-wife {N|Jennifer Williams} {P|650-555-0000} for emergencies.\n\nPlan: Start Sertraline 50mg daily. Follow-up in 2 weeks.\n\nProvider: Dr. {H|Lisa Park}, MD\n{I|Palo Alto Medical Clinic}\n{I|555 University Ave, Palo Alto, CA 94301}\nPhone: {I|650-555-1111}"),
    ("mdi:i2b2-sample-004",
     "OPERATIVE REPORT\n\nDate of Surgery: {I|11/28/2024}\nSurgeon: Dr. {H|Michael Brown}, MD\nAssistant: Dr. {H|Sarah Lee}, MD\n\nPatient: {N|Elizabeth Taylor}\nDOB: {D|06/15/1960}\nAge: 64\n\nPreoperative Diagnosis: Right knee osteoarthritis\nPostoperative Diagnosis: Same\n\nProcedure: Total right knee arthroplasty\n\nAnesthesia: Spinal\n\nDescription: Patient is a 64-year-old retired nurse with severe OA of the right knee. Surgery performed at {I|Stanford Medical Center}, OR 5.\n\nEBL: 200cc\nComplications: None\nDisposition: PACU in stable condition\n\nSpecimens: Bone and cartilage to pathology\n\nNext of Kin: Husband {N|Richard Taylor}, {P|408-555-2222}\n\nDictated: {I|11/28/2024} 16:45\nDr. {H|Michael Brown}, MD\nCA License #: {I|G12345}"),
    ("mdi:i2b2-sample-005",
     "DISCHARGE SUMMARY\n\nPatient: {N|Maria Garcia}\nMRN: {M|MG-2024-5678}\nDOB: {D|12/01/1935}\nAge: 89\n\nAdmission: {I|10/01/2024}\nDischarge: {I|10/15/2024}\n\nDIAGNOSES:\n1. Hip fracture s/p ORIF\n2. Dementia, moderate stage\n3. Type 2 diabetes\n\nHOSPITAL COURSE:\nMrs. {N|Garcia} is an 89-year-old Spanish-speaking female who fell at home on {I|09/30/2024}. She was brought to {I|UCLA Medical Center} by her son {N|Carlos Garcia} ({P|310-555-3333}).\n\nShe underwent ORIF of left hip on {I|10/02/2024} by Dr. {H|Thomas Anderson}. Postop course complicated by delirium, now resolved.\n\nPT/OT consulted. Patient to be discharged to {I|Sunrise Senior Living} at {A|789 Sunset Blvd}, {A|Los Angeles, CA 90028}.\n\nMEDICATIONS AT DISCHARGE:\n- Metformin 500mg BID\n- Aricept 10mg daily\n- Calcium/Vitamin D\n\nFOLLOW-UP:\nDr. {H|Anderson} in 2 weeks (Orthopedic Surgery Clinic, {I|UCLA})\nPCP Dr. {H|Rosa Martinez} ({I|323-555-4444}) in 1 week\n\nSocial Worker: {H|Linda Chen}, LCSW\nCase Manager contact: {I|cm@ucla.edu}"),
    ("mds:sample_001",
     "Patient {N|John Smith} was admitted on {I|2024-01-15} with chest pain. Contact: {P|555-123-4567}, email: {E|john.smith@email.com}"),
    ("mds:sample_002",
     "Dr. {H|Jane Wilson} examined the patient at {I|City Hospital} on {I|March 3, 2024}."),
    ("mds:sample_003",
     "Medical Record #{M|MRN-2024-001234} for patient aged 67 years, DOB: {D|05/15/1956}"),
    ("mds:sample_004",
     "Send records to {A|123 Main Street, Apt 4B}, {A|New York, NY 10001}"),
    ("mds:sample_005",
     "Insurance ID: {M|INS-ABC-123456}, SSN: {S|123-45-6789}, Medicare: {M|1EG4-TE5-MK72}"),
    ("gw:SYNTH_NOTE_001",
     "CLINICAL CONSULTATION NOTE - ONCOLOGY\nPATIENT NAME: {N|Eleanor Rigby} | DOB: {D|04/12/1974} | MRN: {M|ONC-8849201}\nDATE OF SERVICE: {I|10/15/2023}\nATTENDING ONCOLOGIST: Dr. {H|Arthur Hodgkin}, MD (NPI: {I|1847291045})\nFACILITY: {I|Memorial Sloan Kettering Cancer Pavilion}, {I|New York}\n\nDIAGNOSIS: Stage IIIB Classic Hodgkin lymphoma (nodular sclerosis subtype).\nHISTORY OF PRESENT ILLNESS:\nThe patient is a 49-year-old female diagnosed with classic Hodgkin lymphoma following excisional cervical lymph node biopsy on {I|09/28/2023}. She was evaluated by {H|Dr. Hodgkin} for initiation of ABVD chemotherapy. Prior PET-CT on {I|10/02/2023} demonstrated hypermetabolic mediastinal and supraclavicular lymphadenopathy.\n\nPLAN:\n1. Cycle 1 Day 1 ABVD infusion scheduled for {I|10/22/2023} (7 days post-consultation).\n2. CBC and metabolic panel in 48 hours.\n3. Contact oncology nurse line at {I|212-555-0199} or email {I|oncology-triage@mskcc.org} for fever > 100.4 F.\n\nElectronically Signed by: {H|Arthur Hodgkin}, MD on {I|10/15/2023 16:45 EDT}"),
    ("gw:SYNTH_NOTE_002",
     "PATHOLOGY REVIEW & MULTIDISCIPLINARY TUMOR BOARD\nPATIENT: {N|William 'Billy' Vance} | SSN: {S|948-20-1194} | ACCESSION #: {I|PATH-2023-99841}\nSPECIMEN DATE: {I|11/04/2023}\nHOSPITAL: {I|Dana-Farber Cancer Institute}, {I|Boston} | ZIP: {I|02215}\nPATHOLOGIST: Dr. {H|Sarah Burkitt-Lee}, MD\nFAMILY ATTENDEES: Mother {N|Patricia Vance} (legal guardian) and uncle {N|Robert 'Bob' Vance}.\n\nFINDINGS:\nBone marrow aspirate and core biopsy confirm high-grade B-cell Burkitt lymphoma with MYC translocation t(8;14). Note that patient Burkitt lymphoma status was reviewed directly with Dr. {H|Burkitt-Lee}.\n\nFINANCIAL COUNSELING: Medicaid ID: {M|MED-88492014A}. Billing Guarantor Account: {M|ACT-902841}.\nEmergency Contact Phone: {P|617-555-0842}\n\nReview Completed by: Dr. {H|Sarah Burkitt-Lee}, MD"),
    ("gw:SYNTH_NOTE_003",
     "SURGICAL ONCOLOGY OPERATIVE REPORT\nPATIENT: {N|Margaret Thorne} | DOB: {D|08/23/1961} | MRN: {M|7749201}\nSURGEON: Dr. {H|Gregory Whipple}, MD, FACS | ASSISTANT: Dr. {H|Clara Barton}, MD\nLOCATION: {I|750 Longwood Ave}, {I|Boston}, MA {I|02115}\nDATE OF SURGERY: {I|09/14/2023}\n\nPROCEDURE PERFORMED: Pancreaticoduodenectomy (Whipple procedure) with pylorus preservation.\nINDICATION: Pancreatic adenocarcinoma of the head of the pancreas.\n\nOPERATIVE TABLE LOG:\n| TIME | STEP | OPERATOR | FINDINGS |\n| 08:00 | Incision | {H|Dr. Whipple} | Subcostal bilateral incision |\n| 09:30 | Resection | {H|Dr. Whipple} | Resection of pancreatic head and duodenum (Whipple specimen) |\n| 12:15 | Reconstruction | {H|Dr. Barton} | Pancreaticojejunostomy and choledochojejunostomy |\n\nPOST-OP PLAN: ICU admission under care of Dr. {H|Whipple}. Drain output monitoring daily.\nDictated by: {H|Gregory Whipple}, MD | Transcriptionist: {H|Karen Miller}"),
    ("gw:SYNTH_NOTE_005",
     "INFUSION CNTR PROGRSS NOTE\nPateint: {N|Theresa M. O'Conner} | MR#: {M|MRN-0092834} | Insurnce Policy: {M|BCBS-9948201A}\nAttnding Oncolgist: Dr. {H|Jonathon Smyth}, MD | Nurse: {H|Brenda K. Walsh}, RN\nDate of Trtment: {I|06/21/2023}\nClinic Address: {I|1204 Blossom Hill Road, Suite 300}, {I|San Jose}, CA {I|95123}\nPatient Vehicle Plate: {I|CA 7XYZ892}\n\nPROGRESS SUMMERY:\nMrs. {N|O'Conner} tolerated paclitaxel and carboplatin infusion well without acute anaphalaxis. Reviewed by Dr. {H|Smyth}.\nFollow up scheduled for {I|07/12/2023}.\nContact callback: {P|408-555-0177}"),
    ("gw:SYNTH_NOTE_009",
     "HEART FAILURE CLINICAL PROGRESS NOTE\nPATIENT: {N|Harold 'Hal' Jenkins} | DOB: {D|07/04/1948} | MEDICARE MBI: {M|1EG4-TE5-MK72}\nDATE: {I|10/05/2023}\nCARDIOLOGIST: Dr. {H|Rebecca Vance-Sterling}, MD | NURSE PRACTITIONER: {H|Linda Gomez}, NP\nHOME ADDRESS: {A|405 Whispering Pines Dr, Apt 2C}, {A|Atlanta, Fulton County, GA 30308}\n\nASSESSMENT: HFrEF with NYHA Class III symptoms, EF 28%. Patient {N|Hal Jenkins} reports improved orthopnea on Entresto.\nPLAN:\n1. Increase sacubitril/valsartan to 49/51 mg BID.\n2. Serum Cr and K+ draw in 1 week on {I|10/12/2023}.\n3. Clinic callback: {I|404-555-0133} | Email: {E|hal.jenkins48@gmail.com}\nSigned: {H|Rebecca Vance-Sterling}, MD"),
    ("gw:SYNTH_NOTE_010",
     "CARDIOTHORACIC SURGERY OPERATIVE RECORD\nPATIENT: {N|Anthony Russo} | MRN: {M|CTS-002941} | HAR: {M|HAR-9948201}\nSURGERY DATE: {I|06/14/2023}\nATTENDING SURGEON: Dr. {H|Salvatore DeBakey-Torres}, MD (NPI: {I|1487920145})\nPERFUSIONIST: {H|Mark Alvarez}, CCP\nFACILITY: {I|Northwestern Memorial Hospital}, {I|Chicago}, IL {I|60611}\n\nPROCEDURE: Coronary artery bypass grafting x3 (LIMA to LAD, SVG to OM1, SVG to PDA).\nCannula Lot #: {I|LOT-CAN-2023-88}.\nCross-clamp time: 58 minutes. Cardiopulmonary bypass time: 74 minutes.\nPatient transferred to CVICU under care of Dr. {H|DeBakey-Torres}.\n\nDictated by: {H|Salvatore DeBakey-Torres}, MD | Transcribed on: {I|06/14/2023 20:15}"),
    ("gw:SYNTH_NOTE_011",
     "ECHOCARDIOGRAPHY LABORATORY REPORT\nPATIENT: {N|Beatrice Kowalski} | DOB: {D|09/08/1955} | MRN: {M|ECHO-88401}\nEXAM DATE: {I|04/05/2023}\nSONOGRAPHER: {H|Jessica Lee}, RDCS | INTERPRETING PHYSICIAN: Dr. {H|Frank Sterling}, MD (License: {I|MD-IL-049281})\nEMERGENCY CONTACT: Daughter {N|Karen Kowalski-Smith} (Phone: {P|312-555-0166})\n\nFINDINGS:\n1. Severe aortic stenosis with peak velocity 4.4 m/s and mean gradient 42 mmHg.\n2. Preserved LV ejection fraction 60%.\n3. Concentric left ventricular hypertrophy.\n\nTransmitted to referring physician Dr. {H|Frank Sterling}.\nReport Hash: {I|EC-994820148}"),
    ("gw:SYNTH_NOTE_012",
     "CARDIAC REHABILITATION INTAKE EVALUATION\nPATIENT: {N|Raymond 'Ray' Martinez} | DOB: {D|01/22/1963} | MRN: {M|REHAB-9921}\nINTAKE DATE: {I|05/01/2023}\nCLINICAL EXERCISE PHYSIOLOGIST: {H|Tyler Brooks}, MS, CEP\nSUPERVISING CARDIOLOGIST: Dr. {H|Nathan Chen}, MD\nPATIENT VEHICLE VIN: {I|1HGCR2F83HA029481}\n\nCLINICAL TIMELINE:\nPatient suffered NSTEMI on {I|04/01/2023}. Underwent PCI with drug-eluting stent to LAD on {I|04/02/2023} (1 day post-infarct). Now 30 days post-event initiating 12-week rehab protocol.\nPatient Portal Login: {I|https://rehab.myhealthportal.com/user/rmartinez63}\nEmergency contact: {N|Elena Martinez} at {P|312-555-0192}\nSignature: {H|Tyler Brooks}, MS, CEP"),
    ("gw:SYNTH_NOTE_013",
     "NEUROLOGICAL CONSULTATION REPORT\nPATIENT: {N|Arthur Pendelton} | DOB: {D|05/19/1956} | MRN: {M|NEUR-884910}\nCONSULT DATE: {I|10/18/2023}\nNEUROLOGIST: Dr. {H|James Parkinson-White}, MD | RESIDENT: Dr. {H|Joseph Babinski-Reed}, MD\nCLINIC: {I|Johns Hopkins Comprehensive Movement Center}, {I|Baltimore}, MD {I|21287}\n\nEXAMINATION & FINDINGS:\nPhysical exam conducted by Dr. {H|Babinski-Reed}. Plantar response: Babinski reflex is flexor bilaterally (negative Babinski sign). Resting cogwheel rigidity and bradykinesia noted in right upper extremity.\nIMPRESSION: Idiopathic Parkinson's disease, Hoehn and Yahr Stage II. Evaluated by Dr. {H|Parkinson-White} who confirmed the diagnosis of Parkinson's disease.\n\nPLAN:\n1. Ropinirole titration.\n2. Follow-up in 8 weeks on {I|12/13/2023}.\nContact clinic at {I|410-555-0144} | Email: {I|jparkinson@jhmi.edu}\nSigned: {H|James Parkinson-White}, MD"),
    ("gw:SYNTH_NOTE_014",
     "COGNITIVE NEUROLOGY CONSULTATION\nPATIENT: {N|Constance 'Connie' Miller} | DOB: {D|10/11/1945} | MRN: {M|COG-77402}\nEVALUATION DATE: {I|07/14/2023}\nATTENDING NEUROLOGIST: Dr. {H|Alois Alzheimer-Scott}, MD | FELLOW: Dr. {H|Charles Bell}, MD\nINFORMANT: Daughter {N|Nancy Miller-Davis} (Phone: {P|206-555-0199})\n\nHISTORY & PHYSICAL:\nPatient evaluated for progressive memory decline. MMSE score 19/30. Dr. {H|Alzheimer-Scott} reviewed brain MRI showing bilateral hippocampal atrophy consistent with early Alzheimer's disease.\nAdditionally, patient has residual left facial weakness from previous Bell's palsy diagnosed 3 years ago; {H|Dr. Bell} noted facial symmetry is stable.\n\nCHRONOLOGY: Memory complaints started around {I|01/10/2023} (6 months prior). Repeat cognitive battery scheduled in 6 months on {I|01/14/2024}.\nProvider Signature: {H|Alois Alzheimer-Scott}, MD"),
    ("gw:SYNTH_NOTE_017",
     "TELEHEALTH NEUROLOGY CONSULTATION NOTE\nPATIENT: {N|Valerie Higgins} | DOB: {D|12/04/1982} | MRN: {M|TELE-94820}\nSESSION DATE: {I|09/25/2023 11:00 UTC}\nPROVIDER: Dr. {H|Johann Horner}, MD\nTELEHEALTH SESSION URL: {I|https://telehealth.jhmi.edu/v/room-8849201}\nCLIENT IP ADDRESS: {I|198.51.100.42}\n\nCLINICAL NOTE:\nFollow-up evaluation for patient recovering from Guillain-Barré syndrome and mild right-sided Horner's syndrome. {H|Dr. Horner} conducted motor examination via high-definition video feed.\nPatient reports significant resolution of ascending weakness following IVIG therapy in {I|08/2023}.\nFollow-up via portal: {I|https://mychart.hopkins.org/pat/valerie_higgins}\nCallback: {P|410-555-0182}\nSigned: {H|Johann Horner}, MD"),
    ("gw:SYNTH_NOTE_019",
     "NEONATAL INTENSIVE CARE UNIT DISCHARGE SUMMARY\nINFANT: {N|Baby Boy Jackson (Liam Jackson)} | DOB: {D|09/01/2023 04:12} | DISCHARGE: {I|10/10/2023}\nMRN: {M|NICU-88492} | BIRTH WEIGHT: 1420 grams (31 weeks gestational age)\nMOTHER: {N|Jennifer Jackson} | FATHER: {N|Michael Jackson}\nATTENDING NEONATOLOGIST: Dr. {H|Virginia Apgar-Stevens}, MD\nHOSPITAL: {I|Texas Children's Hospital}, {I|Houston}, TX {I|77030}\n\nBIRTH HISTORY:\nInfant delivered via emergency C-section. Apgar score was 4 at 1 minute and 8 at 5 minutes. Dr. {H|Apgar-Stevens} noted respiratory distress syndrome requiring surfactant on day 1 ({D|09/01/2023}).\n\nHOSPITAL COURSE:\nCaffeine therapy discontinued on day 30 (10/01/2023). Infant reached full oral feeds on day 35 (10/06/2023). Cleared for home discharge after 39 days in NICU.\nPediatrician follow-up with Dr. {H|Timothy Ross}, MD on {I|10/14/2023}.\nParent Phone: {P|713-555-0133} | Mother Email: {E|jennifer.jackson89@gmail.com}\nSigned: {H|Virginia Apgar-Stevens}, MD"),
    ("gw:SYNTH_NOTE_020",
     "PEDIATRIC OUTPATIENT CLINIC NOTE\nPATIENT: {N|Samantha 'Sammie' Jenkins} | DOB: {D|05/12/2017} | MRN: {M|PED-99281}\nVISIT DATE: {I|05/18/2023} (6-Year Well-Child Check)\nPEDIATRICIAN: Dr. {H|Laura Ingalls}, MD\nGUARDIAN: Mother {N|Rebecca Jenkins} (Cell: {P|312-555-0149})\nSCHOOL: {I|Lincoln Elementary School}, {I|Oak Park}, IL {I|60302}\n\nDEVELOPMENT & IMMUNIZATIONS:\n{N|Sammie} is thriving in kindergarten. Vitals: Ht 46 inches, Wt 48 lbs (60th percentile).\nAdministered DTaP and IPV booster on 05/18/2023.\nInsurance Member ID: {M|BCBS-PED-88392}\nFollow-up in 1 year on {I|05/18/2024}.\nProvider Signature: {H|Laura Ingalls}, MD"),
    ("gw:SYNTH_NOTE_021",
     "PEDIATRIC CARDIOLOGY CONSULTATION\nPATIENT: {N|Benjamin 'Benny' Clark} | DOB: {D|11/08/2019} | MRN: {M|PCARD-44820} | MEDICAID ID: {M|MCD-IL-9948201}\nCONSULT DATE: {I|07/22/2023}\nATTENDING CARDIOLOGIST: Dr. {H|Tomisaku Kawasaki-Miller}, MD\nHOSPITAL: {I|Ann & Robert H. Lurie Children's Hospital}, {I|Chicago}, IL {I|60611}\n\nHISTORY: 3-year-old male with persistent fever, strawberry tongue, and cervical lymphadenopathy. Evaluated by Dr. {H|Kawasaki-Miller} and diagnosed with classic Kawasaki disease.\nECHO FINDINGS: Echocardiogram SN: {I|ECHO-PROBE-4491} demonstrated normal coronary artery dimensions without aneurysm formation.\n\nPLAN:\n1. IVIG infusion (2 g/kg) and high-dose aspirin.\n2. Repeat echo in 2 weeks on {I|08/05/2023}.\nEmergency contact: Father {N|David Clark} at {P|312-555-0184}\nSigned: {H|Tomisaku Kawasaki-Miller}, MD"),
    ("gw:SYNTH_NOTE_022",
     "CLINICAL GENETICS CONSULTATION NOTE\nPATIENT: {N|Maya Lin-Rodriguez} | DOB: {D|03/14/2021} | MRN: {M|GEN-88391}\nDATE OF EVALUATION: {I|09/19/2023}\nMEDICAL GENETICIST: Dr. {H|Helena Vogel}, MD, PhD (NPI: {I|1884920194})\nGENETIC COUNSELOR: {H|Sarah Jenkins}, MS, CGC\nSPECIMEN BARCODE: {I|BARCODE-DNA-9948210}\nCHROMOSOMAL MICROARRAY ID: {I|CMA-2023-7741}\n\nCLINICAL SUMMARY:\nEvaluated for developmental delay and subtle dysmorphic facial features. Microarray sent to Quest Diagnostics on {I|09/20/2023}.\nMother {N|Elena Rodriguez} and Father {N|Tony Lin} consented for trio Whole Exome Sequencing.\nPortal access: {I|https://genetics.pediatrix.org/portal/pat_maya88}\nCallback: {P|415-555-0193}\nSignature: {H|Helena Vogel}, MD, PhD"),
    ("gw:SYNTH_NOTE_023",
     "PEDIATRC ALLRGY & IMMUNOLOGY NOTE\nPateint: {N|Jonathan 'Jonny' Braverman} | DOB: {D|08/17/2015} | SSN: {S|078-45-9921}\nVisitt Date: {I|10/04/2023}\nAttnding Allergst: Dr. {H|Kimberly Mc'Ginnis}, MD\nResidnce: {A|742 Evergreen Terrace}, {A|Springfield, OR 97477}\n\nCLINICAL HISTRY:\n{N|Jonny} was evaluated for peanut anaphylaxis. Skin prick testing positive for Arachis hypogaea. Prescribed EpiPen Auto-Injector 0.15mg.\nEmergency Action Plan provided to Mother {N|Rachel Braverman} (Phone: {P|541-555-0172}).\nReview in clinic on {I|11/15/2023}.\nSigned: {H|Kimberly Mc'Ginnis}, MD"),
    ("gw:SYNTH_NOTE_024",
     "GERIATRIC COMPREHENSIVE INPATIENT ADMISSION NOTE\nPATIENT: {N|Florence Nightingale-Smith} | AGE: {I|94-year-old} | DOB: {D|03/12/1929}\nMRN: {M|GER-994820} | ADMISSION DATE: {I|10/12/2023}\nATTENDING GERIATRICIAN: Dr. {H|Walter Cunningham}, MD (NPI: {I|1492019482})\nFACILITY: {I|Oakwood Senior Living & Subacute Care}, {I|Evanston}, {I|Cook County}, IL {I|60201}\n\nHISTORY OF PRESENT ILLNESS:\nThe patient is a 94-year-old female admitted for delirium and urinary tract infection. She celebrated her 90th birthday in 2019. Resides in memory care unit.\nCHRONOLOGY:\nSymptom onset on {I|10/10/2023} (2 days prior to admission). IV ceftriaxone initiated. Mental status clearing.\nDischarge to assisted living planned 5 days post-admission on {I|10/17/2023}.\n\nGUARDIAN / POWER OF ATTORNEY: Son {N|George Smith} (Cell: {P|847-555-0199} | Email: {E|george.smith@oakwoodfamily.net})\n\nAttending Signature: {H|Walter Cunningham}, MD"),
    ("gw:SYNTH_NOTE_025",
     "PALLIATIVE MEDICINE & HOSPICE CONSULTATION\nPATIENT: {N|Arthur 'Grandpa Art' Pendelton} | AGE: {I|102 years old} (Centenarian) | DOB: {D|01/15/1921}\nMRN: {M|PAL-001928} | CONSULT DATE: {I|09/04/2023}\nPALLIATIVE PHYSICIAN: Dr. {H|Sarah Saunders}, MD (DEA: {I|BS9948201})\nFACILITY: {I|St. Jude Palliative Hospice Pavilion}, {I|Seattle}, WA {I|98104}\n\nGOALS OF CARE:\nMr. {N|Pendelton} is a 102-year-old centenarian with end-stage congestive heart failure. Goals of care conference held with daughter {N|Dorothy Pendelton-Adams} and granddaughter {N|Claire Adams}. Decision made to transition to comfort-focused hospice care.\nMedication order: Sublingual morphine for dyspnea.\nHospice coordinator contact: {I|206-555-0147} | Fax: {I|206-555-0148}\nSigned: {H|Sarah Saunders}, MD"),
    ("gw:SYNTH_NOTE_027",
     "GERIATRIC OPHTHALMOLOGY CONSULTATION\nPATIENT: {N|Chester 'Chet' W. Robertson} | AGE: {I|97-year-old} | DOB: {D|02/28/1926}\nMRN: {M|OPH-00948} | MEDICARE MBI: {M|2JH5-MK8-PL99}\nDATE OF EXAM: {I|06/20/2023}\nOPHTHALMOLOGIST: Dr. {H|Julian Horner-King}, MD\nRETINAL SCAN BIOMETRIC ID: {I|RET-SCAN-9948201}\nFACILITY: {I|Johns Hopkins Wilmer Eye Institute}, {I|Baltimore}, MD {I|21287}\n\nASSESSMENT:\nMr. {N|Robertson} is a 97-year-old with wet age-related macular degeneration. Intravitreal aflibercept injection administered.\nContact caregiver: Daughter {N|Judith Robertson} (Cell: {P|410-555-0165}).\nProvider Signature: {H|Julian Horner-King}, MD"),
    ("gw:SYNTH_NOTE_028",
     "ANNUAL MEDICARE WELLNESS VISIT - GERIATRIC MEDICINE\nPATIENT: {N|Bernice Gable} | CURRENT AGE: {I|90 years old} (turned 90 on {I|09/10/2023}) | DOB: {D|09/10/1933}\nMRN: {M|WELL-88301} | ENCOUNTER DATE: {I|09/15/2023}\nPRIMARY PHYSICIAN: Dr. {H|Alice Hamilton}, MD\nRESIDENCE: {A|884 Sunrise Senior Living Blvd, Apt 104}, {A|Scottsdale, Maricopa County, AZ 85251}\n\nNOTE:\n{N|Bernice} was evaluated at age 89 last year and has now entered the nonagenarian age category upon turning 90 years old. Cognitive screening (Mini-Cog) 4/5. Fall risk assessment completed.\nFollow up in 1 year on {I|09/15/2024}.\nContact phone: {P|480-555-0182}\nSigned: {H|Alice Hamilton}, MD"),
    ("gw:SYNTH_NOTE_029",
     "HOSPICE INPATIENT DEATH & DISCHARGE SUMMARY\nPATIENT: {N|Donald 'Don' MacIntyre} | AGE: {I|95-year-old} | DOB: {D|04/05/1928}\nMRN: {M|HOSP-77402} | HAR: {M|HAR-88492014}\nDATE OF DEATH: {I|10/24/2023 03:45 EST}\nPRONOUNCING ATTENDING: Dr. {H|Catherine O'Malley}, MD (NPI: {I|1584920193})\nFACILITY: {I|Mercy Hospice Center}, {I|Pittsburgh}, PA {I|15213}\n\nSUMMARY:\nMr. {N|MacIntyre} passed away peacefully in the presence of his daughter {N|Helen MacIntyre-Reed}. Death due to cardiopulmonary arrest secondary to end-stage dementia.\nMortuary contact: {I|412-555-0191}\nElectronically Certified: {H|Catherine O'Malley}, MD"),
    ("gw:SYNTH_NOTE_030",
     "EMERGENCY PSYCHIATRIC INTAKE & INVOLUNTARY HOLD (5150/BAKER ACT)\nPATIENT: {N|Gregory 'Greg' Houseman} | DOB: {D|07/19/1988} | SSN: {S|349-20-8841}\nMRN: {M|PSYCH-99482} | POLICE REPORT #: {I|CPD-2023-88491}\nDATE OF INTAKE: {I|10/31/2023 23:15}\nEVALUATING PSYCHIATRIST: Dr. {H|Carl Jung-Stevens}, MD | CRISIS WORKER: {H|Sandra Bullock}, LCSW\nFACILITY: {I|Cook County Health Behavioral Center}, {I|Chicago}, IL {I|60612}\n\nLEGAL BASIS & CLINICAL PRESENTATION:\nPatient brought by Chicago Police Department under involuntary 72-hour hold. Patient {N|Greg Houseman} exhibited paranoid delusions and auditory hallucinations. Denies suicidal ideation but placed on 1:1 safety observation.\nEmergency contact: Mother {N|Barbara Houseman} (Phone: {P|312-555-0174}).\nCourt hearing scheduled for {I|11/03/2023} (72 hours post-admission).\nSigned: {H|Carl Jung-Stevens}, MD"),
    ("gw:SYNTH_NOTE_032",
     "OUTPATIENT PSYCHOTHERAPY PROGRESS NOTE\nPATIENT: {N|Melissa 'Missy' Armstrong} | DOB: {D|03/27/1995} | MRN: {M|THER-44910}\nSESSION DATE: {I|09/18/2023}\nCLINICAL PSYCHOLOGIST: Dr. {H|Sigmund Freud-Harris}, PsyD (License: {I|PSY-CA-99482})\nTELEHEALTH URL: {I|https://therapyportal.com/session/missy_armstrong_99}\nPATIENT VEHICLE TAG: {I|CA 8ABC123}\n\nSESSION SUMMARY:\n{N|Missy} attended 50-minute cognitive behavioral therapy (CBT) session for Generalized Anxiety Disorder. Discussed exposure hierarchy.\nNext session scheduled on {I|09/25/2023}.\nPatient email: {E|missy.armstrong95@yahoo.com} | Clinic Phone: {I|415-555-0138}\nSigned: {H|Sigmund Freud-Harris}, PsyD"),
    ("gw:SYNTH_NOTE_033",
     "CHILD & ADOLESCENT PSYCHIATRY INTAKE\nPATIENT: {N|Lucas 'Luke' Donahue} | DOB: {D|08/12/2012} | MRN: {M|CAP-88301} | INS POLICY #: {M|AETNA-994820} | GRP: {I|GRP-77402}\nVISIT DATE: {I|10/11/2023}\nCHILD PSYCHIATRIST: Dr. {H|Karen Horney-White}, MD\nLEGAL GUARDIANS: Mother {N|Claire Donahue} and Stepfather {N|Peter Donahue}\nADDRESS: {A|312 Maple Leaf Way}, {A|Seattle, WA 98105}\n\nEVALUATION:\n{N|Luke} is an 11-year-old male evaluated for ADHD, combined type, and school refusal. Initiating methylphenidate ER 18mg.\nFollow-up medication check in 4 weeks on {I|11/08/2023}.\nContact: {P|206-555-0164}\nSigned: {H|Karen Horney-White}, MD"),
    ("gw:SYNTH_NOTE_034",
     "GERIATRIC PSYCHIATRY INPATIENT NOTE\nPATIENT: {N|Mildred 'Millie' Van Der Bilt} | AGE: {I|92 years old} | DOB: {D|05/04/1931}\nMRN: {M|GERPSY-0091} | DATE: {I|09/14/2023}\nPSYCHIATRIST: Dr. {H|Emil Kraepelin-Jones}, MD\nNURSING HOME: {I|St. Joseph Senior Care Center}, {I|Philadelphia}, PA {I|19104}\n\nIMPRESSION: 92-year-old female with advanced Alzheimer's dementia presenting with sundowning and agitation. Dr. {H|Kraepelin-Jones} recommended low-dose melatonin and environmental modifications.\nFollow-up in 2 weeks on {I|09/28/2023}.\nFamily Contact: Son {N|Arthur Van Der Bilt} (Phone: {P|215-555-0187})\nSigned: {H|Emil Kraepelin-Jones}, MD"),
    ("gw:SYNTH_NOTE_036",
     "OUTPATIENT HAND SURGERY CONSULTATION\nPATIENT: {N|Beverly Crusher-Smith} | DOB: {D|09/21/1968} | MRN: {M|HAND-0092}\nVISIT DATE: {I|10/16/2023}\nHAND SURGEON: Dr. {H|Jules Tinel}, MD | FELLOW: Dr. {H|George Phalen-Miller}, MD\nCLINIC: {I|Midwest Orthopedic Center}, {I|Chicago}, IL {I|60614}\n\nPHYSICAL EXAMINATION:\nRight hand examination reveals positive Tinel's sign over median nerve at wrist and positive Phalen's maneuver within 30 seconds. Exam verified by {H|Dr. Tinel} and {H|Dr. Phalen-Miller}.\nIMPRESSION: Severe right carpal tunnel syndrome.\nPLAN: Right endoscopic carpal tunnel release scheduled for {I|11/06/2023}.\nEmergency Contact: Spouse {N|Jack Crusher} (Phone: {P|312-555-0179})\nSigned: {H|Jules Tinel}, MD"),
    ("gw:SYNTH_NOTE_038",
     "PEDIATRIC ORTHOPEDIC CLINIC NOTE\nPATIENT: {N|Oliver 'Ollie' Queen-Smith} | DOB: {D|06/01/2023} | MRN: {M|PED-ORTHO-019}\nVISIT DATE: {I|07/15/2023} (6 weeks of life)\nPEDIATRIC ORTHOPEDIST: Dr. {H|Ignacio Ponseti-Taylor}, MD\nPARENTS: Mother {N|Dinah Queen} and Father {N|Oliver Queen Sr.}\nCLINIC: {I|Children's Hospital of Philadelphia, Philadelphia, PA 19104}\n\nMANAGEMENT:\nInfant evaluated for congenital talipes equinovarus (bilateral clubfoot). Dr. {H|Ponseti-Taylor} applied serial casting using the standard Ponseti method. Cast #4 applied today.\nPercutaneous Achilles tenotomy planned for {I|08/12/2023}.\nContact phone: {P|215-555-0144}\nSigned: {H|Ignacio Ponseti-Taylor}, MD"),
    ("gw:SYNTH_NOTE_039",
     "SPINE & SCOLIOSIS CENTER CONSULTATION\nPATIENT: {N|Cassandra 'Cassie' Lang} | DOB: {D|10/30/2007} | MRN: {M|SCOL-8849}\nDATE OF VISIT: {I|09/05/2023}\nSPINE SURGEON: Dr. {H|Friedrich Trendelenburg-Brown}, MD (DEA: {I|BT8849201})\nHOME ADDRESS: {A|1042 Elmwood Ave, Apt 4B}, {A|Oak Park, IL 60301}\n\nPHYSICAL FINDINGS:\nPatient evaluated for adolescent idiopathic scoliosis (Cobb angle 34 degrees). Gait analysis shows negative Trendelenburg sign bilaterally. During examination, patient placed in Trendelenburg position for pelvic alignment.\nDr. {H|Trendelenburg-Brown} recommended custom thoracic-lumbar-sacral orthosis (TLSO brace).\nFollow-up with repeat EOS X-rays on {I|03/05/2024}.\nEmergency Contact: Father {N|Scott Lang} (Cell: {P|312-555-0158})\nSigned: {H|Friedrich Trendelenburg-Brown}, MD"),
    ("gw:SYNTH_NOTE_046",
     "VIRTUAL URGENT CARE CLINICAL ASSESSMENT\nPATIENT: {N|Peter 'Spidey' Parker} | DOB: {D|08/10/2001} | MRN: {M|VUC-44910}\nENCOUNTER DATE: {I|11/05/2023 09:15 EST}\nURGENT CARE PHYSICIAN: Dr. {H|Stephen Strange}, MD (License: {I|NY-MD-098421})\nTELEMEDICINE PLATFORM: {I|https://urgentcare.nyulangone.org/room/pat_spidey88}\nPATIENT IP: {I|10.240.12.8}\n\nNOTE:\nPatient with acute symptomatic COVID-19 (PCR positive 11/04/2023). Dr. {H|Strange} prescribed Paxlovid.\nPrescription e-sent to CVS Pharmacy: {I|1450 Broadway Ave}, {I|New York}, NY {I|10018} (Pharmacy Phone: {I|212-555-0198}).\nPatient email: {E|peter.parker.daily@gmail.com}\nSigned: {H|Stephen Strange}, MD"),
    ("gw:SYNTH_NOTE_051",
     "EMERGENCY DEPARTMENT CLINICAL ASSESSMENT\nPATIENT: {N|Clinton 'Clint' Barton} | DOB: {D|01/07/1971} | MRN: {M|ED-88402}\nTRIAGE TIME: {I|09/18/2023 03:20 EST}\nED ATTENDING: Dr. {H|Charles McBurney-Jones}, MD | SURGICAL RESIDENT: Dr. {H|John Murphy-Clark}, MD\nFACILITY: {I|Bellevue Hospital Center}, {I|462 1st Ave}, {I|New York}, NY {I|10016}\n\nPHYSICAL EXAMINATION:\nPatient presenting with 12 hours of acute periumbilical pain migrating to right lower quadrant. Exam by Dr. {H|McBurney-Jones} reveals exquisite tenderness at McBurney's point with rebound and guarding; Murphy's sign is negative in right upper quadrant. Verified with Dr. {H|Murphy-Clark}.\nCT Abdomen confirms acute non-perforated appendicitis.\n\nPLAN: Emergency laparoscopic appendectomy scheduled for 06:00 today (09/18/2023).\nSpouse: {N|Laura Barton} (Cell: {P|212-555-0142})\nSigned: {H|Charles McBurney-Jones}, MD"),
    ("gw:SYNTH_NOTE_052",
     "EMERGENCY DEPARTMENT MOTOR VEHICLE CRASH ASSESSMENT\nPATIENT: {N|James 'Rhodey' Rhodes} | DOB: {D|10/06/1968} | SSN: {S|584-92-0194} | DRIVER LICENSE: {I|DL-CA-9948201}\nMRN: {M|ED-MVC-774} | POLICE CRASH REPORT #: {I|CHP-2023-99482}\nADMISSION TIME: {I|11/04/2023 18:40 PST}\nEMERGENCY ATTENDING: Dr. {H|Stephen Strange}, MD\nPATIENT VEHICLE VIN: {I|1FA6P8CF5H5994821} | LICENSE PLATE: {I|CA 9XYZ456}\n\nCRASH MECHANISM:\nRestrained driver in moderate speed T-bone collision. Airbag deployed. Evaluated by Dr. {H|Strange}.\nFAST negative. Cervical spine CT negative for fracture.\nEmergency contact: Friend {N|Tony Stark} (Phone: {P|310-555-0199})\nSigned: {H|Stephen Strange}, MD"),
    ("gw:SYNTH_NOTE_053",
     "EMERGENCY DEPARTMENT ACUTE RESUSCITATION NOTE\nPATIENT: {N|Scott 'Ant-Man' Lang} | DOB: {D|09/05/1979} | MRN: {M|ED-ANA-88}\nARRIVAL DATE: {I|08/11/2023 13:10}\nEMERGENCY PHYSICIAN: Dr. {H|Frederic Foley-Taylor}, MD (DEA: {I|BF9948201})\nHOSPITAL: {I|Zuckerberg San Francisco General Hospital, San Francisco, CA 94110}\n\nPRESENTATION:\nPatient presented with acute anaphylaxis following wasp sting. Severe stridor and hypotension (BP 78/40). Administered IM epinephrine 0.3mg x2, IV methylprednisolone, and diphenhydramine.\nDr. {H|Foley-Taylor} placed a standard 16-Fr Foley catheter for strict urine output monitoring.\nPatient stabilized and transferred to observation unit for 12 hours.\nContact: Daughter {N|Cassie Lang} (Cell: {P|415-555-0167})\nSigned: {H|Frederic Foley-Taylor}, MD"),
]
# fmt: on


# A block with no patient identifier and no clinician is joined to the next block of its note
# (the last such block to the previous one): a bare heading or medication list is no snippet of
# its own, and the set keeps its identifier-free snippets near the brief's share.
_KEEP = re.compile(r"\{[NDMSPEAH]\|")


def _blocks() -> list[marks.Snippet]:
    """(note key, block numbers from 1, marked snippet) for every snippet of every note."""
    out = []
    for key, marked in NOTES:
        blocks = [b.strip("\n") for b in marked.split("\n\n") if b.strip()]
        groups: list[list[int]] = []
        pending: list[int] = []
        for i, block in enumerate(blocks):
            pending.append(i)
            if _KEEP.search(block):
                groups.append(pending)
                pending = []
        if pending and groups:
            groups[-1] += pending
        elif pending:
            groups.append(pending)
        for g in groups:
            where = f"{g[0] + 1}" if len(g) == 1 else f"{g[0] + 1}-{g[-1] + 1}"
            out.append((key, where, "\n\n".join(blocks[i] for i in g)))
    return out


def _stream(key: str, row: marks.Row) -> str:
    """A source stream: the de-identification project (notes and sentences), the gateway."""
    return "gw" if key.startswith("gw:") else "mdi"


def main(argv: list[str] | None = None) -> int:
    return marks.main_hashed(
        argv, __doc__, SPLIT, _blocks(), marks.recorded(source, RECORD), stream=_stream
    )


if __name__ == "__main__":
    sys.exit(main())
