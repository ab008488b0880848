"""Build the eleventh blind set for the patient-identifier scrubber and its two halves.

The snippets are cut from English material nobody here had used: nine patient letters that
NHS Wales' testing repository fabricated for software tests (GIG-Cymru-NHS-Wales/testing,
fabrications/letters: GP, pharmacy, dental, optician, cardiology, discharge and public-health
letters with the patient's name, address, phone, NHS number and birth date, the practice's
own address and phones, and the signing clinicians), the structure examples of a synthetic UK
oncology-letter generator (londonaicentre/oncosynth, config/structure: clinic letters and
semi-structured notes with clinicians' names and a few patients' names), the English phone
number and e-mail test cases of Microsoft's Recognizers-Text (Specs/Sequence/English), and the
PII test data of NVIDIA NeMo Curator (tests/pii_data, one tutorial's sample texts, one test's
text). Each is held below with its spans marked inline as ``{T|text}``: N (PATIENT-NAME),
D (DOB), M (MRN), S (SSN), P (PHONE), E (EMAIL), A (ADDRESS) and the kept types H (HCP) and
I (IGNORE) (the format of bench/blind_phi_marks.py), mapped as BLIND11-phi.md says. The
script strips the marks, computes the offsets, validates every row and splits the set by unit
(bench/blind_phi_marks.py's ``units``: rows of one source document, and documents that share
a patient identifier string, form one unit): within each source stream, units in the order of
a SHA-256 hash of their key go each to the half holding fewer snippets of that stream so far
(dev on a tie); units without any patient identifier balance among themselves. Never runs a
detector and imports nothing from prepcli.

    python bench/blind11_phi_build.py                 # write bench/phi_blind11_dev.jsonl + _held.jsonl
    python bench/blind11_phi_build.py --whole PATH    # also write the whole set to PATH
    python bench/blind11_phi_build.py --check         # validate the written halves only

The build is offline: the snippets were cut once from the repositories' snapshots at the
commits in REPOS (re-fetch with the `fetch` tool, ``github:<owner>/<name>``, then
``git show <commit>:<path>``); the letters' HTML was read as text with its tags stripped and
one line per block element (p, div, h1-h6, li, tr, td, th, span, strong, br), whitespace runs
collapsed and empty lines dropped; the line numbers in each row's ``record`` count those lines.
Provenance of each snippet is in its ``source`` field; BLIND11-phi.md describes the set.
"""

# ruff: noqa: E501  (the snippet table holds long strings; each snippet stays on its lines)
from __future__ import annotations

import hashlib
import sys
from collections import Counter

import blind_phi_marks as marks

SPLIT = "blind11"

_RT = ("microsoft/Recognizers-Text", "90e968ea44dc8fda3f2e1c3e4b20aa233817488d")
_RT_LICENCE = "MIT (LICENSE, Copyright (c) Microsoft Corporation)"
_NEMO = ("NVIDIA/NeMo-Curator", "ecd5c579e8b64817f11312d3bd1c5c5d832da894")
_NEMO_LICENCE = "Apache-2.0 (LICENSE)"
# key prefix -> (repository, commit, path in the repository for a key's rest, licence)
REPOS = {
    "nhsw": ("GIG-Cymru-NHS-Wales/testing", "ea162e4d192722c632a2541594680bc3e20c5e31",
             "fabrications/letters/{}/index.html", "no LICENSE file; fabrications/README.md: 'All the information in this directory and below is fake, and free, and open source.'"),
    "onco": ("londonaicentre/oncosynth", "6ed29a2fba0ff84d8925d3b42bfdcf50aa890133",
             "config/structure/{}", "MIT (LICENSE, Copyright (c) 2025 London AI Centre)"),
    "rt:phone": (*_RT, "Specs/Sequence/English/PhoneNumberModel.json (test case [{}], 0-based)", _RT_LICENCE),
    "rt:email": (*_RT, "Specs/Sequence/English/EmailModel.json (test case [{}], 0-based)", _RT_LICENCE),
    "nemo:tutorial": (*_NEMO, "tutorials/curator-llm-pii/PII-LLM-modification-tutorial.ipynb (sample data text[{}])", _NEMO_LICENCE),
    "nemo:test_llm_pii": (*_NEMO, "tests/test_llm_pii.py (text {}, in order of first appearance)", _NEMO_LICENCE),
    "nemo": (*_NEMO, "tests/pii_data/{}", _NEMO_LICENCE),
}  # fmt: skip


def _prefix(key: str) -> str:
    """The REPOS entry of a key: the longest prefix of its colon-separated parts listed there."""
    parts = key.split(":")
    for n in range(len(parts) - 1, 0, -1):
        if ":".join(parts[:n]) in REPOS:
            return ":".join(parts[:n])
    raise KeyError(key)


def source(key: str) -> dict[str, str]:
    prefix = _prefix(key)
    repo, commit, path, licence = REPOS[prefix]
    rest = key[len(prefix) + 1 :]
    if key.startswith("nhsw:hospital-discharge-letter"):  # the one letter not named index.html
        path = "fabrications/letters/{0}/{0}.html"
    elif prefix == "nemo":  # tests/pii_data/<file>:<line>
        name, _, line = rest.partition(":")
        rest = f"{name} (line {line})" if line else name
    return {"repo": repo, "commit": commit, "path": path.format(rest), "licence": licence}


# fmt: off
# (source key, record: which part of the source and how it was used, marked text)
SNIPPETS: list[tuple[str, str, str]] = [
    # ---------------- NHS Wales fabricated patient letters (GIG-Cymru-NHS-Wales/testing, fabrications/letters) ----------------
    ('nhsw:allergy-season-tips-letter', 'lines 4-7 of the HTML text (tags stripped, one line per block element); labelled by hand',
     'Riverside Family Health Centre\n{I|15 Cathedral Road, Cardiff, CF11 9HA}\nTel: {I|029 2023 4567} | Email: {I|allergies@riverside-health.wales}\nwww.riverside-health.wales | Allergy Clinic Specialist Centre'),
    ('nhsw:allergy-season-tips-letter', 'lines 8-21 of the HTML text (tags stripped, one line per block element); labelled by hand',
     'Patient Information\nName:\nMrs {N|Rachel K. Evans}\nDOB:\n{D|12/04/1978}\nPatient ID:\n{M|RFH-2024-3456}\nKnown Allergies:\nGrass pollen, Tree pollen, Dust mites\nCurrent Meds:\nCetirizine 10mg daily, Nasal spray PRN\nLast Review:\n{I|10/03/2025}\n{I|28th August 2025}'),
    ('nhsw:allergy-season-tips-letter', 'lines 22-25 of the HTML text (tags stripped, one line per block element); labelled by hand',
     "Dear Mrs {N|Evans},\n🌿 Peak Allergy Season Approaching! 🌿\nSeptember-October brings high pollen levels. Time to prepare your allergy management plan!\nAs we enter the peak allergy season, we wanted to provide you with personalized tips and reminders to help you manage your seasonal allergies effectively. Based on your medical history and known allergens, here's your comprehensive guide:"),
    ('nhsw:allergy-season-tips-letter', 'lines 90-106 of the HTML text (tags stripped, one line per block element); labelled by hand',
     "📞 Contact Us for Allergy Support\nOur dedicated allergy team is here to help you through the season\n📞\nPhone\n{I|029 2023 4567}\n💻\nOnline Booking\nriverside-health.wales\n📧\nEmail\n{I|allergies@riverside-health.wales}\nRemember, Mrs {N|Evans}, that managing seasonal allergies is about preparation and consistency. Start your prevention strategies early, take medications as prescribed, and don't hesitate to contact us if your symptoms worsen or if you have any questions.\nWishing you a comfortable allergy season,\nDr. {H|Amanda Phillips}\nGeneral Practitioner & Allergy Specialist\nMBChB, MRCGP, Diploma in Allergy Medicine\nRiverside Family Health Centre"),
    ('nhsw:blood-test-results-letter', 'lines 2-8 of the HTML text (tags stripped, one line per block element); labelled by hand',
     'Whitchurch Medical Practice\n{I|15 Merthyr Road, Whitchurch, Cardiff, CF14 1DJ}\nTel: {I|029 2062 3456} | Email: {I|results@whitchurchmedical.wales}\nLaboratory Partner: Cardiff & Vale Pathology Services\n🩸 BLOOD TEST RESULTS\nSample Collected: {I|24th August 2025} | Results Available: {I|26th August 2025}\nComprehensive Metabolic Panel & Lipid Profile'),
    ('nhsw:blood-test-results-letter', 'lines 9-24 of the HTML text (tags stripped, one line per block element); labelled by hand',
     'Patient Information\nName:\nMr {N|Peter G. Williams}\nDOB:\n{D|05/11/1968} (56 years)\nNHS Number:\n{M|678 901 2345}\nSample ID:\n{I|WM-2025-082456}\nRequesting Dr:\nDr. {H|Susan Clarke}\nSample Type:\nVenous blood (fasting)\nLast Results:\n{I|February 2025}\n{I|28th August 2025}'),
    ('nhsw:blood-test-results-letter', 'lines 25-30 of the HTML text (tags stripped, one line per block element); labelled by hand',
     'Dear Mr {N|Williams},\n📊 Overall Results Summary\nGood news!\nMost of your results show significant improvement since your last tests.\nA few values require monitoring and lifestyle adjustments as detailed below.\nThank you for attending for your routine blood tests. The results of your comprehensive metabolic panel and lipid profile are now available. Overall, your results show positive trends, with some areas requiring continued attention.'),
    ('nhsw:blood-test-results-letter', 'lines 199-221 of the HTML text (tags stripped, one line per block element); labelled by hand',
     "📞 Contact Whitchurch Medical Practice\nOur healthcare team is available to discuss your results and support your health journey\n📞\nAppointments\n{I|029 2062 3456}\nMon-Fri 8:00-18:30\n💻\nOnline Access\nPatient Portal\nView results & book\n🩺\nNurse Clinic\nDiabetes Prevention\nAvailable Mon-Wed\nCongratulations on the positive improvements in your results, Mr {N|Williams}. Your dedication to lifestyle changes is clearly paying off. Please continue with your current approach and don't hesitate to contact us if you have any questions about your results.\nDr. {H|Susan Clarke}\nMBBCh, MRCGP\nGeneral Practitioner\nWhitchurch Medical Practice\nGMC: {I|2345678}\nResults reviewed: {I|27/08/2025}\nLetter generated: {I|28/08/2025}\nRef: {I|WM-BR-2025-0824}"),
    ('nhsw:clinical-consultation-letter', 'lines 1-7 of the HTML text (tags stripped, one line per block element); labelled by hand',
     'NHS\nCardiff and Vale University Health Board\nDepartment of Cardiology\nUniversity Hospital of Wales\n{I|Heath Park, Cardiff, CF14 4XW}\nTel: {I|029 2074 7747} | Fax: {I|029 2074 3030}\nEmail: {I|cardiology.uhw@wales.nhs.uk}'),
    ('nhsw:clinical-consultation-letter', 'lines 8-38 of the HTML text (tags stripped, one line per block element); labelled by hand',
     'CARDIOLOGY CONSULTATION SUMMARY\nConsultation Type:\nNew Patient Assessment\nClinic:\nGeneral Cardiology\nConsultant:\nDr. {H|Helen R. Morgan}\nDate of Consultation:\n{I|22nd August 2025}\nReferral Source:\nGP Referral\nPriority:\nRoutine\nPatient Demographics\nName:\nMrs {N|Margaret A. Phillips}\nDOB:\n{D|15/06/1958} (67 years)\nNHS Number:\n{M|234 567 8901}\nAddress:\n{A|56 Llanishen Road}\n{A|Cardiff}\n{A|CF14 5LU}\nGP:\nDr. {H|James Wilson}\nLlanishen Medical Practice\nHospital Number:\n{M|UHW123456789}\nOur Ref: {I|CV/HRM/2025/0822}\n{I|28th August 2025}'),
    ('nhsw:clinical-consultation-letter', 'lines 39-49 of the HTML text (tags stripped, one line per block element); labelled by hand',
     'Dear Dr. {H|Wilson},\nThank you for referring Mrs {N|Phillips} to our cardiology service. I saw her in clinic on {I|22nd August 2025} regarding her symptoms of chest discomfort and breathlessness on exertion.\nClinical Summary\nPrimary Complaint:\n6-month history of central chest tightness and breathlessness on moderate exertion (climbing two flights of stairs), associated with occasional palpitations. Symptoms resolve with rest within 2-3 minutes.\nProvisional Diagnosis:\nStable angina pectoris, likely secondary to coronary artery disease\nRisk Stratification:\nIntermediate cardiovascular risk\nHistory of Presenting Complaint\nMrs {N|Phillips} reports a 6-month history of central chest tightness, described as a "heavy pressure sensation" that occurs predictably with moderate physical exertion such as walking uphill or climbing stairs. The discomfort is associated with mild breathlessness and occasionally palpitations. Symptoms typically resolve within 2-3 minutes of rest. She denies chest pain at rest, nocturnal symptoms, or orthopnoea. No associated nausea, sweating, or radiation to arms or jaw.'),
    ('nhsw:clinical-consultation-letter', 'lines 149-172 of the HTML text (tags stripped, one line per block element); labelled by hand',
     "Contact Information\nCardiology Secretary\n{I|029 2074 7747}\nMon-Fri 9:00-17:00\nCardiac Investigation Unit\n{I|029 2074 3025}\nMon-Fri 8:00-18:00\nEmergency Contact\nCardiology Registrar\nvia Hospital Switchboard\nDr. {H|Helen R. Morgan}\nConsultant Cardiologist\nMBBCh, MD, FRCP, FESC\nCardiff and Vale University Health Board\nGMC: {I|1234567}\nDictated: {I|23/08/2025}\nTyped: {I|24/08/2025}\nAuthorised: {I|28/08/2025}\ncc:\nMrs {N|Margaret Phillips}, Patient Administration System, Cardiology Database\nCardiff and Vale University Health Board\n| Bwrdd Iechyd Prifysgol Caerdydd a'r Fro\nThis letter contains confidential patient information. Please handle according to data protection guidelines.\nPage 1 of 1 | Reference: {I|CV/HRM/2025/0822}"),
    ('nhsw:dental-cleaning-reminder-letter', 'lines 2-6 of the HTML text (tags stripped, one line per block element); labelled by hand',
     'Cardiff Bay Dental Practice\n"Your Smile is Our Priority"\n{I|Unit 7, The Waterfront, Mermaid Quay, Cardiff Bay, CF10 5BZ}\nTel: {I|029 2049 8765} | Email: {I|appointments@cardiffbaydental.co.uk}\nwww.cardiffbaydental.co.uk | GDC Registration: 123456'),
    ('nhsw:dental-cleaning-reminder-letter', 'lines 7-22 of the HTML text (tags stripped, one line per block element); labelled by hand',
     'Patient Information\nName:\nMr {N|James R. Thomas}\nDOB:\n{D|08/11/1988}\nPatient ID:\n{M|CBD-2024-7891}\nAddress:\n{A|34 Penarth Road}\n{A|Cardiff}\n{A|CF11 6JU}\nPhone:\n{P|029 2034 5678}\nLast Visit:\n{I|15/02/2025}\n{I|28th August 2025}'),
    ('nhsw:dental-cleaning-reminder-letter', 'lines 23-26 of the HTML text (tags stripped, one line per block element); labelled by hand',
     "Dear Mr {N|Thomas},\n🦷 TIME FOR YOUR DENTAL CLEANING! 🦷\nIt's been 6 months since your last professional cleaning\nWe hope you and your family are keeping well. Our records show that it's time to schedule your next routine dental cleaning and check-up appointment."),
    ('nhsw:dental-cleaning-reminder-letter', 'lines 74-87 of the HTML text (tags stripped, one line per block element); labelled by hand',
     "We understand that life gets busy, but maintaining your oral health is an investment in your overall wellbeing. Regular cleanings can prevent costly dental problems in the future and keep your smile looking its best.\nIf you have any questions about your treatment or would like to discuss any concerns about your oral health, please don't hesitate to contact us.\nWe look forward to seeing you soon!\nDr. {H|Sarah Mitchell}\nPrincipal Dentist\nBDS (Cardiff), MFGDP (UK)\nCardiff Bay Dental Practice\nPractice Hours:\nMon-Wed 8:30-17:30 | Thu-Fri 8:30-20:00 | Sat 9:00-13:00\nEmergency:\n{I|029 2049 8765} (24-hour answerphone with emergency contact details)\nCardiff Bay Dental Practice is registered with the General Dental Council.\nWe are committed to providing high-quality dental care in a comfortable, modern environment.\nPractice Registration: GDC-123456 | CQC Rating: Outstanding"),
    ('nhsw:eye-exam-letter', 'lines 2-7 of the HTML text (tags stripped, one line per block element); labelled by hand',
     'Cardiff Vision Centre\n"Comprehensive Eye Care for the Whole Family"\n{I|126 Albany Road, Roath, Cardiff, CF24 3RS}\nTel: {I|029 2049 7890} | Email: {I|appointments@cardiffvision.co.uk}\nwww.cardiffvision.co.uk | Emergency: {I|07555 123 456}\nGOC Registered Practice | NHS & Private Eye Care | LOCSU Accredited'),
    ('nhsw:eye-exam-letter', 'lines 8-25 of the HTML text (tags stripped, one line per block element); labelled by hand',
     'Patient Information\nName:\nMrs {N|Linda C. Roberts}\nDOB:\n{D|14/03/1972} (53 years)\nNHS Number:\n{M|567 890 1234}\nAddress:\n{A|89 Penylan Road}\n{A|Cardiff}\n{A|CF23 9EU}\nPhone:\n{P|029 2078 9012}\nGP Practice:\nPenylan Medical Centre\nLast Eye Test:\n{I|15/08/2023}\n{I|28th August 2025}'),
    ('nhsw:eye-exam-letter', 'lines 26-30 of the HTML text (tags stripped, one line per block element); labelled by hand',
     'Dear Mrs {N|Roberts},\n👁️ COMPREHENSIVE EYE EXAMINATION COMPLETE\nExamination Date: {I|26th August 2025}\nYour annual eye health assessment has been completed successfully\nThank you for attending your comprehensive eye examination at Cardiff Vision Centre. This letter summarises your eye health status, vision assessment results, and our recommendations for maintaining optimal eye health.'),
    ('nhsw:eye-exam-letter', 'lines 130-158 of the HTML text (tags stripped, one line per block element); labelled by hand',
     "📞 Contact Cardiff Vision Centre\nOur experienced team is here to support your eye health needs\n📞\nAppointments\n{I|029 2049 7890}\nMon-Sat 9:00-18:00\n🆘\nEmergency\n{I|07555 123 456}\nOut of hours support\n💻\nOnline\ncardiffvision.co.uk\nBook appointments\n📧\nEmail\n{I|info@cardiffvision.co.uk}\nGeneral enquiries\nOur Services:\nNHS eye tests, private consultations, contact lens fittings, specialist referrals, children's eye care, and comprehensive frame selection from leading brands.\nThank you for choosing Cardiff Vision Centre for your eye care needs. We are committed to helping you maintain excellent vision and eye health throughout your life.\nMr. {H|Andrew J. Davies}\nBSc (Hons) Optometry, FBCO, MCOPTOM\nSpecialist Optometrist\nCardiff Vision Centre\nGOC Registration: {I|12345678}\nExamination: {I|26/08/2025}\nReport: {I|28/08/2025}\nRef: {I|CV-LR-2025-0826}"),
    ('nhsw:gp-appointment-letter', 'lines 1-4 of the HTML text (tags stripped, one line per block element); labelled by hand',
     'Hillside Medical Centre\n{I|123 High Street, Cardiff, CF1 2AB}\nTel: {I|029 2123 4567} | Fax: {I|029 2123 4568}\nEmail: {I|reception@hillsidemedical.nhs.uk}'),
    ('nhsw:gp-appointment-letter', 'lines 5-17 of the HTML text (tags stripped, one line per block element); labelled by hand',
     'Patient Name:\n{N|Sarah J. Williams}\nDOB:\n{D|15/03/1985}\nNHS Number:\n{M|123 456 7890}\nAddress:\n{A|45 Oak Avenue}\n{A|Cardiff}\n{A|CF3 1XY}\nTel:\n{P|029 2098 7654}\n{I|28th August 2025}'),
    ('nhsw:gp-appointment-letter', 'lines 18-32 of the HTML text (tags stripped, one line per block element); labelled by hand',
     'Dear Ms {N|Williams},\nAPPOINTMENT CONFIRMATION\nDate:\nTuesday, {I|10th September 2025}\nTime:\n2:30 PM\nDuration:\n15 minutes\nDoctor:\nDr. {H|Michael Thompson}\nRoom:\nConsultation Room 3\nType:\nRoutine Check-up\nThank you for booking your appointment with us. Please arrive 10 minutes early to allow time for any necessary paperwork or updates to your records.'),
    ('nhsw:gp-appointment-letter', 'lines 44-57 of the HTML text (tags stripped, one line per block element); labelled by hand',
     'If you have any urgent concerns before your appointment, please contact the practice immediately. For non-urgent queries, please call during normal practice hours (Monday-Friday 8:00 AM - 6:00 PM).\nWe look forward to seeing you at your appointment.\nYours sincerely,\nDr. {H|Michael Thompson}\nGeneral Practitioner\nHillside Medical Centre\nPractice Hours:\nMonday-Friday 8:00 AM - 6:00 PM | Saturday 9:00 AM - 12:00 PM\nOut of Hours:\nCall NHS 111 for non-emergency medical advice\nEmergency:\nCall 999 for life-threatening emergencies\nThis practice is part of Cardiff and Vale University Health Board.\nRegistered with the Care Quality Commission. Practice Code: {I|W12345}'),
    ('nhsw:hospital-discharge-letter', 'lines 1-3 of the HTML text (tags stripped, one line per block element); labelled by hand',
     'NHS Wales General Hospital\n{I|123 Hospital Road, Cardiff, CF10 1AB}\nTel: {I|029 2074 4747}'),
    ('nhsw:hospital-discharge-letter', 'lines 4-22 of the HTML text (tags stripped, one line per block element); labelled by hand',
     'DISCHARGE SUMMARY\nPatient Name:\n{N|Sarah Elizabeth Jones}\nDate of Birth:\n{D|15th March 1985}\nNHS Number:\n{M|123 456 7890}\nAddress:\n{A|45 Oak Street}, {A|Swansea, SA1 3RD}\nGP:\nDr. {H|Michael Thompson}, Valley Medical Practice\nAdmission Date:\n{I|20th August 2025}\nDischarge Date:\n{I|28th August 2025}\nConsultant:\nDr. {H|Emma Williams}, Consultant Physician\nWard:\nWard 7B - Medical'),
    ('nhsw:hospital-discharge-letter', 'lines 23-28 of the HTML text (tags stripped, one line per block element); labelled by hand',
     'Reason for Admission\nMrs. {N|Jones} was admitted via A&E with a 3-day history of increasing shortness of breath, chest pain, and productive cough with green sputum. She had a background of mild asthma.\nClinical Findings\nOn examination, patient was pyrexial (38.5°C), tachypnoeic (RR 24), with reduced air entry and coarse crepitations in the right lower zone. Chest X-ray confirmed right lower lobe pneumonia.\nTreatment Given\nPatient was treated with intravenous antibiotics (Co-amoxiclav 1.2g TDS for 5 days), nebulized bronchodilators, and supportive care including oxygen therapy. She responded well to treatment with resolution of fever and improvement in respiratory symptoms.'),
    ('nhsw:hospital-discharge-letter', 'lines 37-43 of the HTML text (tags stripped, one line per block element); labelled by hand',
     'Advice Given to Patient\nContinue prescribed medications as directed. Complete the full course of antibiotics. Use inhaler technique as demonstrated. Gradually increase activity levels. Avoid smoking. Seek immediate medical attention if symptoms deteriorate.\nDr. {H|Emma Williams}\nConsultant Physician\nNHS Wales General Hospital\nDate: {I|28th August 2025}\nThis document contains confidential patient information and should be handled in accordance with NHS confidentiality guidelines.'),
    ('nhsw:pharmacy-prescription-renewal-letter', 'lines 3-9 of the HTML text (tags stripped, one line per block element); labelled by hand',
     'City Centre Pharmacy\n"Your Health, Our Priority"\n{I|45 Queen Street, Cardiff City Centre, CF10 2BX}\nTel: {I|029 2087 6543} | Email: {I|prescriptions@citypharmacy.wales}\nwww.citypharmacy.wales | GPhC Registration: {I|1234567}\nOpening Hours:\nMon-Sat 8:30-19:00, Sun 10:00-16:00'),
    ('nhsw:pharmacy-prescription-renewal-letter', 'lines 10-25 of the HTML text (tags stripped, one line per block element); labelled by hand',
     'Patient Information\nName:\nMr {N|David P. Jenkins}\nDOB:\n{D|23/09/1965}\nNHS Number:\n{M|456 789 0123}\nAddress:\n{A|78 Riverside Drive}\n{A|Cardiff}\n{A|CF11 8TY}\nPhone:\n{P|029 2076 5432}\nGP Practice:\nRiverside Medical Centre\n{I|28th August 2025}'),
    ('nhsw:pharmacy-prescription-renewal-letter', 'lines 26-30 of the HTML text (tags stripped, one line per block element); labelled by hand',
     'Dear Mr {N|Jenkins},\n🔔 PRESCRIPTION RENEWAL REMINDER\n5 DAYS\nUntil your prescriptions expire - Please renew immediately\nThis is an important reminder that several of your regular prescriptions are due for renewal. Our pharmacy records show that you need to request new prescriptions from your GP to continue your essential medications without interruption.'),
    ('nhsw:pharmacy-prescription-renewal-letter', 'lines 71-76 of the HTML text (tags stripped, one line per block element); labelled by hand',
     '📞\nPhone Your GP\nCall Riverside Medical: {I|029 2023 4567}\nRequest prescription line\nProvide medication details\nConfirm pharmacy details'),
    ('nhsw:pharmacy-prescription-renewal-letter', 'lines 107-123 of the HTML text (tags stripped, one line per block element); labelled by hand',
     "🏪\nVisit Us\n{I|45 Queen Street}\n{I|Cardiff CF10 2BX}\nWhat happens next?\nRequest your prescription renewal using one of the methods above\nWe'll receive your prescription electronically from your GP\nWe'll prepare your medications (usually ready within 2 hours)\nWe'll send you a text notification when ready for collection\nCollect at your convenience during opening hours\nOur Services:\nFree prescription delivery (Cardiff area), medication review consultations, dosette box service, travel health advice, and NHS health checks.\nThank you for choosing City Centre Pharmacy for your healthcare needs.\nMrs {H|Catherine Williams}\nSuperintendent Pharmacist\nMPharm, MRPharmS\nCity Centre Pharmacy"),
    ('nhsw:vaccination-reminder-letter', 'lines 3-6 of the HTML text (tags stripped, one line per block element); labelled by hand',
     'Cardiff Public Health Team\nCardiff and Vale University Health Board\n{I|Immunisation Services, Temple of Peace, Cathays Park, Cardiff CF10 3NW}\nTel: {I|029 2074 7747} | Email: {I|immunisations.cardiff@wales.nhs.uk}'),
    ('nhsw:vaccination-reminder-letter', 'lines 7-19 of the HTML text (tags stripped, one line per block element); labelled by hand',
     'Patient Name:\n{N|Emma L. Davies}\nDOB:\n{D|22/07/1992}\nNHS Number:\n{M|987 654 3210}\nAddress:\n{A|12 Roath Park Road}\n{A|Cardiff}\n{A|CF23 5DU}\nGP Practice:\nCity Centre Medical\n{I|28th August 2025}'),
    ('nhsw:vaccination-reminder-letter', 'lines 20-23 of the HTML text (tags stripped, one line per block element); labelled by hand',
     'Dear Ms {N|Davies},\n⚠️ VACCINATION DUE ⚠️\nOur records show you have outstanding vaccinations that require immediate attention\nWe are writing to remind you that according to our records, you are due for the following vaccinations:'),
    ('nhsw:vaccination-reminder-letter', 'lines 42-51 of the HTML text (tags stripped, one line per block element); labelled by hand',
     'How to Book Your Vaccinations:\n📞 Booking Options:\nOnline:\nVisit www.cardiffandvale.wales.nhs.uk/vaccinations\nPhone:\nCall {I|029 2074 7747} (Mon-Fri 9:00-17:00)\nGP Practice:\nContact City Centre Medical on {I|029 2087 4321}\nWalk-in Clinics:\nAvailable at selected pharmacies (check website)'),
    ('nhsw:vaccination-reminder-letter', 'lines 64-70 of the HTML text (tags stripped, one line per block element); labelled by hand',
     'If you have already received these vaccinations elsewhere, please inform us by calling {I|029 2074 7747} or emailing {I|immunisations.cardiff@wales.nhs.uk} so we can update our records.\nIf you have any questions about these vaccinations, their side effects, or contraindications, please speak to a healthcare professional when booking or contact your GP practice.\nYours sincerely,\nDr. {H|Catherine Morris}\nConsultant in Public Health Medicine\nCardiff Public Health Team\nCardiff and Vale University Health Board'),
    # ---------------- synthetic UK oncology letters and notes (londonaicentre/oncosynth, config/structure) ----------------
    ('onco:cuhsparsesections.txt', "window 0 (paragraphs merged to 250-900 characters; the file's literal \\n read as line breaks); labelled by hand",
     'Initial Diagnosis:\\tFIGO stage 3C HGS Ovarian cancer with omental disease tethered to the sigmoid colon  gBRCA,   sBRCA1&2 - NO MUTATION. No HR deficiency. GIS=7.  No WGS  TSO500 requested {I|30/6/2023}  HLA-A2 requested {I|4/7/23}  \nChemotherapy:\\tNeoadjuvant carbo taxol x 3 then consider IDS  Cycle 1 as a PP to start treatment more quickly  \nOther:\\tRight internal iliac thrombus - on tinzaparin then rivaroxaban then apixaban for 6 months then reduced to prophylactic 2.5mg bd long term  \nSurgery\\tIDS with colorectal support.  TAH BSO peritonectomy, rectosigmoid colectomy with end to end anastomosis and loop ileostomy.  Residual disease <1cm (ascending and transverse colon serosa 2-3mm)  \nOther:\\tCA-125=135 pre-treatment  \nChemotherapy:\\tCarbo-taxol x 3   ca125 = 6, CT: no definitive disease seen  \nBiological Therapy:\\tNiraparib   '),
    ('onco:fmresult1.txt', "window 0 (paragraphs merged to 250-900 characters; the file's literal \\n read as line breaks); labelled by hand",
     'PATIENT\n\nNAME\n\nLung squamous cell carcinoma (LSCC) {M|MRX220718943KDL}, {M|MRX220718943KDL}\n\nDATE OF BIRTH {D|15 March 1972}\n\nSEX\n\nMEDICAL RECORD # Not given\n\nGenetic\n\nGenomic Signatures\n\nBlood Tumor Mutational Burden - 18 Mut s/Mb ctDNA Tumor Fraction - High (82%) Microsatellite status - MSS-Stable Not Detected'),
    ('onco:fmresult2.txt', "window 0 (paragraphs merged to 250-900 characters; the file's literal \\n read as line breaks); labelled by hand",
     'PATIENT\n\nDATE\n\nOvarian serous carcinoma NAME {M|RKL2309152XMJP}, {M|RKL2309152XMJP}\n\nDATE OF BIRTH {D|15 March 1972}\n\nSEX\n\nMEDICAL\n\nFemale\n\nMEDICAL RECORD # Not given\n\nGenomic Signatures\n\nBlood Tumor Mutational Burden - 24 Muts/Mb ctDNA Tumor Fraction - High (7.3%) Microsatellite status - MSS-Stable Not Detected'),
    ('onco:fmresult2.txt', "window 2 (paragraphs merged to 250-900 characters; the file's literal \\n read as line breaks); labelled by hand",
     'Blood Tumor Mutational Burden - 24 Muts/Mb\n\n10 Trials see p. 20\n\nctDNA Tumor Fraction - High (7.3%)\n\nMicrosatellite status - MSS-Stable Not Detected\n\nPATIENT {M|RKL2309152XMJP}, {M|RKL2309152XMJP}\n\nCOUNTRY CODE\n\nUS\n\nORDERING PHYSICIAN {H|Martin, Chris}\n\nMEDICAL FACILITY {I|Memorial Cancer Center - Genetics Division}'),
    ('onco:gtabreferral.txt', "window 0 (paragraphs merged to 250-900 characters; the file's literal \\n read as line breaks); labelled by hand",
     '**CLINICAL INFORMATION (include any standard-of-care testing already performed):**  **Diagnosis:**  1. Intrahepatic cholangiocarcinoma 2. MMR deficient 3. Molecular: BRAF: V600E mutation detected. HER2: Amplification present  ALK: Rearrangement identified  **Treatment:**  1. {I|15.3.24}             Initially considered for ablation but proceeded with systemic therapy {I|15.3.24} 2. {I|8.4.24}             Memorial MDM: For adjuvant radiotherapy regionally. 3. Pathology: Intrahepatic bile duct and liver segment, biopsy: Moderately differentiated adenocarcinoma in the right hepatic duct, extending to the portal vein and liver parenchyma, approximately 55 mm, with capsular invasion and lymph node involvement. Anterior and posterior resection margins negative for cancer.  Peripheral vascular margin negative for cancer. Staging (AJCC/UICC - 8th Edition):  pT2, pN1 (3/8), LV0, PN0, R0 (all margins clear). PERITONEAL NODULE, EXCISION: Nodules containing benign mesothelial cells without malignant features. 4. {I|12.5.24}             Capecitabine, Oxaliplatin, Pembrolizumab initiated 5. {I|28.5.24}C1D8 proceeded on schedule without complications 6. {I|19.6.24}             C2D8 50% DR Cap due to elevated creatinine (normal dose thereafter) 7. {I|14.7.24}C3D1 continued as planned with stable blood counts (108) 8. {I|8.8.24}C4 administered on time with normal platelets (185), given at full dose Cap+Ox 9. {I|9.8.24}           Presented to clinic for headache, attributed to dehydration. Hb 102. Observation only 10. {I|22.8.24}               Venofer 200mg administered in clinic 11. {I|3.10.24}             MRI Brain - Complete pathological response achieved 12. {I|14.10.24}             TSH 12.5 - initiated on levothyroxine 50mcg for suspected IO thyroiditis (currently on 75mcg daily) B12 deficient - commenced on cyanocobalamin 13. {I|2.12.24}             Maintenance pembrolizumab started 14. {I|7.1.25}             MRI Brain 15. {I|9.1.25}             Neurology consultation  **Family History:**  - Mother Ovarian cancer - deceased, age 72 - Father lung cancer - deceased - Grandfather pancreatic cancer, died 81'),
    ('onco:narrative.txt', "window 1 (paragraphs merged to 250-900 characters; the file's literal \\n read as line breaks); labelled by hand",
     'Patient attended clinic today for for review of a new lesion on the right forehead that had become swollen, improved and then became swollen again in September, therefore contacted the CNS line for an urgent appointment. On examination today the lesion has self resolved and there is no evidence of any malignancy on the right forehead. On review with Dr {H|Harrison}, we have reassured {N|Peter} that this lesion was likely inflammatory and possibly a blocked sebaceous gland. We have reassured him that there is no sinister lesion present today. I will arrange his regular follow-up with Dr {H|Thompson}. I have reassured Mr {N|Davidson} that he did the right thing by contacting the CNS line and should anything change in the future please do contact us again for review. Follow up in Dr {H|Thompson} high risk BCC clinic in 3 months'),
    ('onco:narrative.txt', "window 2 (paragraphs merged to 250-900 characters; the file's literal \\n read as line breaks); labelled by hand",
     'Yours Sincerely,\n\n{H|Sarah}, SPR'),
    ('onco:narrative2.txt', "window 0 (paragraphs merged to 250-900 characters; the file's literal \\n read as line breaks); labelled by hand",
     "Thank you for referring to the Skin Cancer Clinic at {I|Hodgson George's Hospital}.\n\nPrevious Diagnoses:\nModerately-differentiated basal cell carcinoma, pT2, located on the right temple, was completely excised-discussed in the local MDT meeting.\nLeft cheek seborrheic keratosis - full excised\nDry, flaking, and sensitive skin on the scalp after applying Imiquimod cream ({I|July 2024}). - advised betamethasone and Aquaphor"),
    ('onco:narrative2.txt', "window 1 (paragraphs merged to 250-900 characters; the file's literal \\n read as line breaks); labelled by hand",
     'It was a pleasure seeing {N|Sarah} in clinic today. She is a 72-year-old retired school teacher with a significant history of sun exposure from competitive sailing in her younger years. Her past medical history includes type 2 diabetes mellitus on metformin and hypertension managed with ramipril. She is a former smoker who quit 20 years ago and drinks alcohol socially.'),
    ('onco:narrative2.txt', "window 2 (paragraphs merged to 250-900 characters; the file's literal \\n read as line breaks); labelled by hand",
     '{N|Sarah} has started using the imiquimod again and is 3 weeks into her imiquimod course, applying it three times weekly to affected areas on her forehead. Her skin has reacted, but much milder than previously, with only mild erythema and minimal crusting noted. She denies any systemic symptoms such as fever or malaise. I was unable to see evidence of impetiginisation. The treated areas show appropriate inflammatory response without excessive ulceration. I have advised she continue on the imiquimod for now.'),
    ('onco:narrative2.txt', "window 3 (paragraphs merged to 250-900 characters; the file's literal \\n read as line breaks); labelled by hand",
     'On examination, {N|Sarah} appeared well with Fitzpatrick skin type II and extensive solar damage across sun-exposed areas. Multiple actinic keratoses were noted on the forehead, measuring 3-8mm with hyperkeratotic surfaces. The previous excision site on her right temple showed excellent healing with no signs of recurrence. We will review {N|Sarah} in 3 months time to see if her skin has settled and if there are any other areas of actinic keratosis worth treating. There was no cervical or axillary lymphadenopathy today. I do note a slight left upper lid ectropion today but {N|Sarah} tells me this has been ongoing for more than a year and has massively improved with eye drops. She is under ophthalmology care and uses lubricating drops regularly. A lymph node check was negative. Skin surveillance and sun protection advice have been provided today, including SPF 50+ sunscreen daily and avoiding peak UV hours.'),
    ('onco:narrative2.txt', "window 4 (paragraphs merged to 250-900 characters; the file's literal \\n read as line breaks); labelled by hand",
     'We recommend that you monitor your skin regularly so that any new lesions can be identified promptly and reported to your GP for further action.\n\nYours Sincerely,\n\nDr {H|Gordon Ramsay}\nDermatology Registrar (ST3)'),
    ('onco:poorquality1.txt', "window 4 (paragraphs merged to 250-900 characters; the file's literal \\n read as line breaks); labelled by hand",
     'PostoperativeManagement:EnrolledinAPHINITY-Btrial(NCT04577677)~randomizedArmB:HP~therapy(trastuzumab+pertuzumab1year)vsArmA:HPplus~tucatinib.Stratifiedbyhormone-receptorpositive,nodepositive,nopCR.Trialstartdate{I|2/10/2025}patient#unknown~sitecoordinator:Dr.{H|Mehta}'),
    ('onco:poorquality2.txt', "window 0 (paragraphs merged to 250-900 characters; the file's literal \\n read as line breaks); labelled by hand (patient name, DOB and MRN labelled after the first run showed them unlabelled; see BLIND11-phi.md)",
     'PATHOLOGYREPORT PatientName:{N|HENDERSON,MARGARET} DOB:{D|03/15/1962} MRN:{M|4471829} DateofCollection:{I|11/27/2024} DateofReport:{I|12/02/2024} Attending Physic1an:Dr.{H|RobertMcAllister} Specimen:Leftbreast,excisionalbiopsy Clinica|History:58yearoldfemalewith palpab|e mass left breast upper outerquadrant detected onroutine mammography.B1RADS5.Fami1yhistory significantforbreast cancer inmaternal aunt.\nGROSS DESCR1PTI0N Received freshin formalin labeledwith patient nameand"leftbreast"isaregularovoid massoftissue measuring4.2x3.8x2.9cm andweighing31.4grams.Theexternal surfaceissmooth andtan-pink.Serialsectioningrevealsa firm,stel|ate,gray-whitemass measuring2.lcmin greatestdimension withirregular borders.Theleison is|ocated0.3cmfromthe closest inkedmargin(anterior).Representat1vesections aresubmittedincassettesA1throughA7.'),
    ('onco:poorquality2.txt', "window 3 (paragraphs merged to 250-900 characters; the file's literal \\n read as line breaks); labelled by hand",
     'E|ectronical|ysignedby: Dr.{H|Sarah}T.Wil|iams,MD Boardcert1fied Anatomic&ClinicalPatho|ogy'),
    ('onco:semistructured1.txt', "window 3 (paragraphs merged to 250-900 characters; the file's literal \\n read as line breaks); labelled by hand",
     'Currently: Newly diagnosed recurrence on CT chest - For consideration of palliative chemotherapy\n\nPre- Clinic discussion with Dr {H|Patel}: As previously tolerated chemo poorly options are to either try chemo again (pending DPD testing) or refer to early phase clinical trials for ?PRECISION or could be a candidate for RT if not keen/fit for chemo\nDiscussed with Dr {H|Chen} - potentially amenable to SBRT but given the rapid progression maybe chemo would be the most appropriate, but happy to consider'),
    ('onco:semistructured1.txt', "window 5 (paragraphs merged to 250-900 characters; the file's literal \\n read as line breaks); labelled by hand",
     'Attended with daughter\nDiscussed lung PD with solitary nodule - was already informed that there was a suspicious nodule in the lung\nafter the PET\nDiscussed that we would like to proceed with chemo\nPatient clearly stated that he is not keen at the moment to have more chemo as he would like to prioritize his QoL but also needs more time to consider his options\nPreviously struggled to complete chemo\nDiscussed the option of clinical trials or SBRT if no other metastatic disease - he is keen to explore these options\nAlso agreed for DPD testing in\ncase he decides to go ahead with chemo in the future\nPS1 limited by hip pain\nOE no neurology\nPreviously under pain management team at {I|Royal London} - patient on ibuprofen PRN, states he has NSAID allergy which causes him gastric upset and dizziness\nAdvised to increase ibuprofen to 600mg TDS and I will refer to CPCT'),
    ('onco:semistructured1.txt', "window 6 (paragraphs merged to 250-900 characters; the file's literal \\n read as line breaks); labelled by hand",
     'I will also request an MRI pelvis to exclude any tumour deposits\n\nPlan\nBloods + DPD testing today\nRepeat PET - I will email Dr {H|Chen} to please arrange an appointment with him to discuss SBRT\nMRI pelvis - no neurology, but ongoing hip pain\nReferral to early phase clinical trials ?PRECISION\nF2F in 3/52 to rediscuss treatment options based on the above'),
    ('onco:semistructured2.txt', "window 0 (paragraphs merged to 250-900 characters; the file's literal \\n read as line breaks); labelled by hand",
     'Diagnosis:\nBasal cell carcinoma (stage IIA, pT3a, M0, N2a) - diagnosed {I|September 2022}\n- matching mutations in 3 distinct samples\nCurrent treatments\n{I|14/08/24} completed targeted RT to 3 sites: Right forearm + right shoulder blade, dose 20gy/5# - as of {I|28/11/24} - partial response\nBetnovate face and arms\nClobetasol cream torso\nCo-morbidities:\nAnxiety\nLow Vitamin D\nOther medications:\nCalcium, Vitamin D3.\nNo known drug allergies.\nPrevious treatments prior to diagnosis of BCC:\nHydrocortisone\nCryotherapy (PUVA); approx 5 months, minimal response, scarring\nAzathioprine (several weeks); stopped due to liver enzymes\nMycophenolate topical (? 4 - 7 months); partial response\nDupilumab (Dupixent); 5 - 6 months (2021 - {I|April 2022}); minimal response\nUstekinumab 90mg started {I|May/June 2022}; no response\nPrevious Investigations'),
    ('onco:semistructured2.txt', "window 1 (paragraphs merged to 250-900 characters; the file's literal \\n read as line breaks); labelled by hand",
     "CT {I|12/07/24}: Unilateral cervical and epitrochlear nodes, larger and more prominent than baseline, that are again felt most likely to be reactive in nature. Dermal nodules and regions of indurated tissue with mild enhancement, consistent with known BCC. No evidence of distant metastatic disease.\nToday's review:\n- Seen with Dr {H|Martinez}.\n- {N|Sarah} has not observed any meaningful change in her lesions over the past fortnight.\n- She continues to experience localized burning, though this is not impacting her work.\n- Her energy remains steady, though reports occasional dizziness.\n- The previously treated sites on the forearm and shoulder blade with radiotherapy have now partially responded.\n- No A symptoms\n- Has strong support at work (lives with Partner)\n- Overall - lesions appear stable from previous.\n- No palpable masses\nPlan:\nContinue with Vismodegib"),
    ('onco:semistructured2.txt', "window 2 (paragraphs merged to 250-900 characters; the file's literal \\n read as line breaks); labelled by hand",
     'Review in 3 weeks in order to evaluate response (images taken today and stored to Records)\nClobetasol in petroleum jelly prescribed twice daily\nBetamethasone lotion twice daily to involved areas\nReview in 3 weeks.\nRoutine labs today (ordered)\nKind\nregards,\nDr {H|Peterson}\nOncology SpR'),
    ('onco:structuredtimeline.txt', "window 0 (paragraphs merged to 250-900 characters; the file's literal \\n read as line breaks); labelled by hand",
     '72M with metastatic moderately differentiated NET nasopharynx with R femur and R deltoid region mets'),
    # ---------------- English phone number and e-mail test cases (microsoft/Recognizers-Text, Specs/Sequence/English) ----------------
    ('rt:phone:0', 'the test case Input verbatim; its Results mapped to PHONE',
     'Tel: {P|000 111 82-2100}.'),
    ('rt:phone:10', 'the test case Input verbatim; its Results mapped to PHONE',
     'My phone number is {P|(19) 35831647}.'),
    ('rt:phone:20', 'the test case Input verbatim; its Results mapped to PHONE',
     'My phone number is {P|+44 7123 123456}.'),
    ('rt:phone:30', 'the test case Input verbatim; its Results mapped to PHONE',
     'My phone number is {P|07877 954 457}.'),
    ('rt:phone:40', 'the test case Input verbatim; its Results mapped to PHONE',
     'My phone number is {P|+491731234567}.'),
    ('rt:phone:50', 'the test case Input verbatim; its Results mapped to PHONE',
     'My phone number is {P|004917612345678}.'),
    ('rt:phone:60', 'the test case Input verbatim; its Results mapped to PHONE',
     'My phone number is {P|0176/ 12345678}.'),
    ('rt:phone:70', 'the test case Input verbatim; its Results mapped to PHONE',
     'My phone number is {P|010-62288559}.'),
    ('rt:phone:80', 'the test case Input verbatim; its Results mapped to PHONE',
     'My phone number is {P|00971501234567}.'),
    ('rt:phone:90', 'the test case Input verbatim; its Results mapped to PHONE',
     'My phone number is {P|600-540-000}.'),
    ('rt:phone:100', 'the test case Input verbatim; its Results mapped to PHONE',
     'My phone number is {P|090012900}.'),
    ('rt:phone:110', 'the test case Input verbatim; its Results mapped to PHONE',
     'My phone number is {P|03010070}.'),
    ('rt:phone:120', 'the test case Input verbatim; its Results mapped to PHONE',
     'My phone number is {P|16920894635}.'),
    ('rt:phone:130', 'the test case Input verbatim; its Results mapped to PHONE',
     'My phone number is {P|(+55)(15)3702-7523}.'),
    ('rt:phone:140', 'the test case Input verbatim; its Results mapped to PHONE',
     'My phone number is {P|0086 18911111111}.'),
    ('rt:phone:150', 'the test case Input verbatim; its Results mapped to PHONE',
     'My phone number is {P|020-1111-1111}.'),
    ('rt:phone:160', 'the test case Input verbatim; its Results mapped to PHONE',
     'My phone number is {P|+420123456789}.'),
    ('rt:phone:170', 'the test case Input verbatim; its Results mapped to PHONE',
     'My phone number is {P|+33(0)644444444}.'),
    ('rt:phone:180', 'the test case Input verbatim; its Results mapped to PHONE',
     'My phone number is {P|03598245785}.'),
    ('rt:phone:190', 'the test case Input verbatim; its Results mapped to PHONE',
     'My phone number is {P|+212(0)644444444}.'),
    ('rt:phone:200', 'the test case Input verbatim; its Results mapped to PHONE',
     'My phone number is {P|+31101234567}.'),
    ('rt:phone:210', 'the test case Input verbatim; its Results mapped to PHONE',
     'My phone number is {P|+31111-123456}.'),
    ('rt:phone:220', 'the test case Input verbatim; its Results mapped to PHONE',
     'My phone number is {P|0750512346}.'),
    ('rt:phone:230', 'the test case Input verbatim; its Results mapped to PHONE',
     'My phone number is {P|+421 123456789}.'),
    ('rt:phone:240', 'the test case Input verbatim; its Results mapped to PHONE',
     'My phone number is {P|(011) 44 161 234567}.'),
    ('rt:phone:248', 'the test case Input verbatim; the spec finds no phone number in it (112 prefix), labelled PHONE here: the sentence gives one',
     'my phone number is {P|112-3333}.'),
    ('rt:phone:254', 'the test case Input verbatim (no phone number in its Results)',
     "3333*2=6666 doesn't look like a phone number."),
    ('rt:phone:270', 'the test case Input verbatim; its Results mapped to PHONE',
     'My phone number is {P|86 (40) 08423331}.'),
    ('rt:phone:280', 'the test case Input verbatim; its Results mapped to PHONE',
     'My phone number is {P|12-34-56-78}.'),
    ('rt:phone:290', 'the test case Input verbatim; its Results mapped to PHONE',
     'My phone number is {P|(+45) 12-345-678}.'),
    ('rt:phone:300', 'the test case Input verbatim; its Results mapped to PHONE',
     'My phone number is {P|(+31)12-3456789}.'),
    ('rt:phone:310', 'the test case Input verbatim; its Results mapped to PHONE',
     'My phone number is {P|0623456789}.'),
    ('rt:phone:318', 'the test case Input verbatim; its Results mapped to PHONE',
     'This is a short landline phone number in Italy: {P|012234}.'),
    ('rt:phone:320', 'the test case Input verbatim; its Results mapped to PHONE',
     'My phone number is {P|+39 3122 411111}.'),
    ('rt:phone:330', "the test case Input verbatim; the spec finds no phone number in it, IGNORE here: it has a phone's shape",
     "{I|+45-12-34-56-78} doesn't look like a phone number."),
    ('rt:phone:331', 'the test case Input verbatim (no phone number in its Results)',
     '323456 seems too short to be a phone number.'),
    ('rt:phone:340', 'the test case Input verbatim; its Results mapped to PHONE',
     'My phone number is {P|+44(0)113 496 0009}.'),
    ('rt:phone:350', 'the test case Input verbatim; its Results mapped to PHONE',
     'My phone number is {P|(084)-9682756}.'),
    ('rt:phone:352', 'the test case Input verbatim (no phone number in its Results)',
     '#20020211895 is not a phone number, since it starts with #.'),
    ('rt:phone:360', 'the test case Input verbatim; its Results mapped to PHONE',
     'My phone number is {P|+44(0) 113-496-0009}.'),
    ('rt:phone:366', 'the test case Input verbatim; its Results mapped to PHONE',
     '#Organization#-#Name#-{P|(123) 456-7890}.'),
    ('rt:phone:367', 'the test case Input verbatim; its Results mapped to PHONE',
     "Thanks for providing me with your availability. As discussed, I'll call you on Aug/3-Friday at 12:00 PM PT at {P|(123) 456-7890} #."),
    ('rt:phone:368', 'the test case Input verbatim; its Results mapped to PHONE',
     '#Organization# coffee chat-follow up-#Name#-{P|123 456 7890}.'),
    ('rt:phone:369', 'the test case Input verbatim; its Results mapped to PHONE',
     "Hi #Name#, Thanks for providing me with your availability. As discussed, I'll call you on Friday-Aug/3 at 1pm PT at {P|123 456 7890}."),
    ('rt:phone:370', 'the test case Input verbatim; its Results mapped to PHONE',
     'Introductory chat- #Name# @ {P|123)456-7890} - Sr. SE roles at Microsoft.'),
    ('rt:phone:371', 'the test case Input verbatim; its Results mapped to PHONE',
     'Introductory Chat- #Name#@ {P|(123) 456-7890}- Principal DS roles at Microsoft'),
    ('rt:phone:372', 'the test case Input verbatim; its Results mapped to PHONE',
     'Intro chat- #Name#@{P|123.456.7890}- DS roles at Microsoft'),
    ('rt:phone:373', 'the test case Input verbatim; its Results mapped to PHONE',
     'Introductory chat- #Name# @ {P|1234567890}- Data Scientist/Applied Scientist roles at Microsoft, WA state'),
    ('rt:phone:374', 'the test case Input verbatim; its Results mapped to PHONE',
     "I'll call you at Friday, Feb-22 at 1:30 PM PT at {P|(123).456.7890}."),
    ('rt:phone:375', 'the test case Input verbatim; its Results mapped to PHONE',
     'To call #Person#, please enter {P|011-82-10-1234-5678}.'),
    ('rt:phone:376', 'the test case Input verbatim; its Results mapped to PHONE',
     'My prefered number is {P|+55 11 12345-6789}\nThanks.'),
    ('rt:phone:388', 'the test case Input verbatim (no phone number in its Results)',
     '{S|911-67-0060} is a SSN and should not be extracted'),
    ('rt:phone:389', 'the test case Input verbatim (no phone number in its Results)',
     '{S|011-12-3456} is a SSN and should not be extracted'),
    ('rt:phone:390', 'the test case Input verbatim (no phone number in its Results)',
     'account number {I|12345678}'),
    ('rt:phone:391', 'the test case Input verbatim (no phone number in its Results)',
     'account #{I|12345678}'),
    ('rt:phone:392', 'the test case Input verbatim (no phone number in its Results)',
     'account {I|12345678}'),
    ('rt:phone:393', 'the test case Input verbatim; its Results mapped to PHONE',
     'card number {I|1234567} and phone number is {P|+55 11 12345-6789}'),
    ('rt:phone:395', 'the test case Input verbatim (no phone number in its Results)',
     'My card number is {I|12345678}'),
    ('rt:phone:396', 'the test case Input verbatim; its Results mapped to PHONE',
     'OFFICE-{P|1(516)733-3989}'),
    ('rt:phone:397', 'the test case Input verbatim; its Results mapped to PHONE',
     'Purchasing Phone {P|(914)349-8600} {I|04/21/2020} 12:37:30'),
    ('rt:phone:399', 'the test case Input verbatim; its Results mapped to PHONE',
     'OFFICE - {P|1(516)733-3989}'),
    ('rt:phone:400', 'the test case Input verbatim; its Results mapped to PHONE',
     'Office:{P|(516)733-3989}'),
    ('rt:phone:401', 'the test case Input verbatim (no phone number in its Results)',
     'Her credit card is: Visa {I|5111 1111 1111 1111}'),
    ('rt:phone:402', 'the test case Input verbatim (no phone number in its Results)',
     'Her credit card is: American Express {I|3600 0000 0000 009}'),
    ('rt:phone:403', 'the test case Input verbatim (no phone number in its Results)',
     'Her credit card is: Discover {I|6011-0000-0000-0004}'),
    ('rt:phone:404', 'the test case Input verbatim (no phone number in its Results)',
     'Form Approved - OMB No. {I|0560-0155}'),
    ('rt:email:0', 'the test case Input verbatim; its Results mapped to EMAIL',
     '{E|v-abc@microsoft.com}'),
    ('rt:email:1', 'the test case Input verbatim; its Results mapped to EMAIL',
     '{E|abc@google.com}'),
    ('rt:email:2', 'the test case Input verbatim; its Results mapped to EMAIL',
     '{E|a_b.c@163.com}'),
    ('rt:email:3', 'the test case Input verbatim; its Results mapped to EMAIL',
     '{E|123456789@tx.com}'),
    ('rt:email:4', 'the test case Input verbatim; its Results mapped to EMAIL',
     '{E|Alice_1@outlook.com}'),
    ('rt:email:5', 'the test case Input verbatim; its Results mapped to EMAIL',
     '{E|Bob@try1989.com}'),
    ('rt:email:7', 'the test case Input verbatim; its Results mapped to EMAIL',
     'Hello, {I|@Carol}, please write to me at {E|Dave@abc.com} for more information on task #A1'),
    ('rt:email:8', 'the test case Input verbatim (no e-mail address in its Results)',
     'Alice@abc is invalid'),
    ('rt:email:11', 'the test case Input verbatim (no e-mail address in its Results)',
     'Hi, {I|@Eve}, you can find my CV at https://frank.website.com/CV/#cite_2'),
    ('rt:email:12', 'the test case Input verbatim; its Results mapped to EMAIL',
     '{E|d.j@server1.proseware.com} is a valid email address'),
    ('rt:email:13', 'the test case Input verbatim; its Results mapped to EMAIL',
     '{E|j_9@[129.126.118.1]} is a valid email address'),
    ('rt:email:15', 'the test case Input verbatim; its Results mapped to EMAIL',
     '{E|user.name+tag@lero.com} is a valid email address'),
    ('rt:email:16', 'the test case Input verbatim (no e-mail address in its Results)',
     'Both a..bc@outlook.com and .abc@hotmail.com are not valid e-mail addresses.'),
    ('rt:email:17', 'the test case Input verbatim; its Results mapped to EMAIL',
     'Periods at the end of addresses can be ambiguous. Contact {E|webmaster@contoso.com}.'),
    ('rt:email:18', 'the test case Input verbatim; its Results mapped to EMAIL',
     '{E|my.name@base.Contoso.com}  is a valid email address'),
    ('rt:email:19', 'the test case Input verbatim; its Results mapped to EMAIL',
     'Is {E|mytestUser1234@CRM99.on.misfit.com} a valid email address?'),
    # ---------------- PII test data (NVIDIA/NeMo-Curator, tests/pii_data, a tutorial, tests/test_llm_pii.py) ----------------
    ('nemo:multiple.txt', "both lines verbatim; the file's tags mapped (the address as two spans at its comma)",
     'Hello, I am {N|David}. I was born on {D|December 5, 1983}. My email is {E|david@company.com} and you can call me on {P|(845) 450 5693}\nMy SSN is {S|284-89-3485}. I live at {A|2456 Main Street}, {A|Silver Spring MD}'),
    ('nemo:address.txt:1', "line 1 verbatim; the file's tags mapped",
     'My new address is {A|777 Brockton Avenue}, {A|Abington MA 2351}'),
    ('nemo:address.txt:2', "line 2 verbatim; the file's tags mapped",
     'He curently resides at {A|30 Memorial Drive}, {A|Avon MA 2322}'),
    ('nemo:address.txt:3', "line 3 verbatim; the file's tags mapped",
     '{A|250 Hartford Avenue}, {A|Bellingham MA 2019}'),
    ('nemo:address.txt:4', "line 4 verbatim; the file's tags mapped",
     '{A|700 Oak Street}, {A|Brockton MA 2301}'),
    ('nemo:address.txt:5', "line 5 verbatim; the file's tags mapped",
     '{A|66-4 Parkhurst Rd}, {A|Chelmsford MA 1824}'),
    ('nemo:address.txt:6', "line 6 verbatim; the file's tags mapped",
     '{A|591 Memorial Dr}, {A|Chicopee MA 1020}'),
    ('nemo:address.txt:7', "line 7 verbatim; the file's tags mapped",
     '{A|55 Brooksby Village Way}, {A|Danvers MA 1923}'),
    ('nemo:address.txt:8', "line 8 verbatim; the file's tags mapped",
     '{A|137 Teaticket Hwy}, {A|East Falmouth MA 2536}'),
    ('nemo:address.txt:9', "line 9 verbatim; the file's tags mapped",
     '{A|42 Fairhaven Commons Way}, {A|Fairhaven MA 2719}'),
    ('nemo:address.txt:10', "line 10 verbatim; the file's tags mapped",
     '{A|374 William S Canning Blvd}, {A|Fall River MA 2721}'),
    ('nemo:address.txt:11', "line 11 verbatim; the file's tags mapped",
     '{A|121 Worcester Rd}, {A|Framingham MA 1701}'),
    ('nemo:address.txt:12', "line 12 verbatim; the file's tags mapped",
     '{A|677 Timpany Blvd}, {A|Gardner MA 1440}'),
    ('nemo:address.txt:13', "line 13 verbatim; the file's tags mapped",
     '{A|337 Russell St}, {A|Hadley MA 1035}'),
    ('nemo:address.txt:14', "line 14 verbatim; the file's tags mapped",
     '{A|295 Plymouth Street}, {A|Halifax MA 2338}'),
    ('nemo:address.txt:15', "line 15 verbatim; the file's tags mapped",
     '{A|1775 Washington St}, {A|Hanover MA 2339}'),
    ('nemo:address.txt:16', "line 16 verbatim; the file's tags mapped",
     '{A|280 Washington Street}, {A|Hudson MA 1749}'),
    ('nemo:address.txt:17', "line 17 verbatim; the file's tags mapped",
     '{A|20 Soojian Dr}, {A|Leicester MA 1524}'),
    ('nemo:address.txt:18', "line 18 verbatim; the file's tags mapped",
     '{A|11 Jungle Road}, {A|Leominster MA 1453}'),
    ('nemo:address.txt:19', "line 19 verbatim; the file's tags mapped",
     '{A|301 Massachusetts Ave}, {A|Lunenburg MA 1462}'),
    ('nemo:address.txt:20', "line 20 verbatim; the file's tags mapped",
     '{A|780 Lynnway}, {A|Lynn MA 1905}'),
    ('nemo:address.txt:21', "line 21 verbatim; the file's tags mapped",
     '{A|70 Pleasant Valley Street}, {A|Methuen MA 1844}'),
    ('nemo:address.txt:22', "line 22 verbatim; the file's tags mapped",
     '{A|830 Curran Memorial Hwy}, {A|North Adams MA 1247}'),
    ('nemo:address.txt:23', "line 23 verbatim; the file's tags mapped",
     '{A|1470 S Washington St}, {A|North Attleboro MA 2760}'),
    ('nemo:address.txt:24', "line 24 verbatim; the file's tags mapped",
     '{A|506 State Road}, {A|North Dartmouth MA 2747}'),
    ('nemo:address.txt:25', "line 25 verbatim; the file's tags mapped",
     '{A|742 Main Street}, {A|North Oxford MA 1537}'),
    ('nemo:address.txt:26', "line 26 verbatim; the file's tags mapped",
     '{A|72 Main St}, {A|North Reading MA 1864}'),
    ('nemo:address.txt:27', "line 27 verbatim; the file's tags mapped",
     '{A|200 Otis Street}, {A|Northborough MA 1532}'),
    ('nemo:address.txt:28', "line 28 verbatim; the file's tags mapped",
     '{A|180 North King Street}, {A|Northhampton MA 1060}'),
    ('nemo:address.txt:29', "line 29 verbatim; the file's tags mapped",
     '{A|555 East Main St}, {A|Orange MA 1364}'),
    ('nemo:address.txt:30', "line 30 verbatim; the file's tags mapped",
     '{A|555 Hubbard Ave-Suite 12}, {A|Pittsfield MA 1201}'),
    ('nemo:address.txt:31', "line 31 verbatim; the file's tags mapped",
     '{A|300 Colony Place}, {A|Plymouth MA 2360}'),
    ('nemo:address.txt:32', "line 32 verbatim; the file's tags mapped",
     '{A|301 Falls Blvd}, {A|Quincy MA 2169}'),
    ('nemo:address.txt:33', "line 33 verbatim; the file's tags mapped",
     '{A|36 Paramount Drive}, {A|Raynham MA 2767}'),
    ('nemo:address.txt:34', "line 34 verbatim; the file's tags mapped",
     '{A|450 Highland Ave}, {A|Salem MA 1970}'),
    ('nemo:address.txt:35', "line 35 verbatim; the file's tags mapped",
     '{A|1180 Fall River Avenue}, {A|Seekonk MA 2771}'),
    ('nemo:address.txt:36', "line 36 verbatim; the file's tags mapped",
     '{A|1105 Boston Road}, {A|Springfield MA 1119}'),
    ('nemo:address.txt:37', "line 37 verbatim; the file's tags mapped",
     '{A|100 Charlton Road}, {A|Sturbridge MA 1566}'),
    ('nemo:address.txt:38', "line 38 verbatim; the file's tags mapped",
     '{A|262 Swansea Mall Dr}, {A|Swansea MA 2777}'),
    ('nemo:address.txt:39', "line 39 verbatim; the file's tags mapped",
     '{A|333 Main Street}, {A|Tewksbury MA 1876}'),
    ('nemo:address.txt:40', "line 40 verbatim; the file's tags mapped",
     '{A|550 Providence Hwy}, {A|Walpole MA 2081}'),
    ('nemo:address.txt:41', "line 41 verbatim; the file's tags mapped",
     '{A|352 Palmer Road}, {A|Ware MA 1082}'),
    ('nemo:address.txt:42', "line 42 verbatim; the file's tags mapped",
     '{A|3005 Cranberry Hwy Rt 6 28}, {A|Wareham MA 2538}'),
    ('nemo:address.txt:43', "line 43 verbatim; the file's tags mapped",
     '{A|250 Rt 59}, {A|Airmont NY 10901}'),
    ('nemo:address.txt:44', "line 44 verbatim; the file's tags mapped",
     '{A|141 Washington Ave Extension}, {A|Albany NY 12205}'),
    ('nemo:address.txt:45', "line 45 verbatim; the file's tags mapped",
     '{A|13858 Rt 31 W}, {A|Albion NY 14411}'),
    ('nemo:address.txt:46', "line 46 verbatim; the file's tags mapped",
     '{A|2055 Niagara Falls Blvd}, {A|Amherst NY 14228}'),
    ('nemo:address.txt:47', "line 47 verbatim; the file's tags mapped",
     '{A|101 Sanford Farm Shpg Center}, {A|Amsterdam NY 12010}'),
    ('nemo:address.txt:48', "line 48 verbatim; the file's tags mapped",
     '{A|297 Grant Avenue}, {A|Auburn NY 13021}'),
    ('nemo:address.txt:49', "line 49 verbatim; the file's tags mapped",
     '{A|4133 Veterans Memorial Drive}, {A|Batavia NY 14020}'),
    ('nemo:address.txt:50', "line 50 verbatim; the file's tags mapped",
     '{A|6265 Brockport Spencerport Rd}, {A|Brockport NY 14420}'),
    ('nemo:names.txt:1', "line 1 verbatim; the file's tags mapped",
     'Surprisingly, {N|John}, {N|Shaun}, and {N|Ron} finished their exam tests all at the same time.'),
    ('nemo:names.txt:2', "line 2 verbatim; the file's tags mapped",
     '{N|Anton Perera}'),
    ('nemo:names.txt:3', "line 3 verbatim; the file's tags mapped",
     '{N|Sameer Rawat}'),
    ('nemo:names.txt:4', "line 4 verbatim; the file's tags mapped",
     '{N|Ilya Sutskever}'),
    ('nemo:birthdates.txt:1', "line 1 verbatim; the file's tags mapped",
     'I was born on {D|December 5, 1983}.'),
    ('nemo:emails.txt:1', "line 1 verbatim; the file's tags mapped",
     'Hello, I am {N|John}. My email is {E|johndoe@openai.com}. Feel free to drop me an email.'),
    ('nemo:phone_numbers.txt:1', "line 1 verbatim; the file's tags mapped",
     'You can call me at {P|(814) 360 8593}'),
    ('nemo:phone_numbers.txt:2', "line 2 verbatim; the file's tags mapped",
     '{P|+1-212-456-7890}'),
    ('nemo:phone_numbers.txt:3', "line 3 verbatim; the file's tags mapped",
     '{P|+12312322334}'),
    ('nemo:phone_numbers.txt:4', "line 4 verbatim; the file's tags mapped",
     '{P|2312322334}'),
    ('nemo:phone_numbers.txt:5', "line 5 verbatim; the file's tags mapped",
     '{P|(231) 232-2334}'),
    ('nemo:ssn.txt:1', "line 1 verbatim; the file's tags mapped",
     '{S|514-14-8905}'),
    ('nemo:ssn.txt:2', "line 2 verbatim; the file's tags mapped",
     'My SSN is {S|284-89-3485}.'),
    ('nemo:tutorial:0', "the sample data text[0] verbatim (the notebook's cell that builds the data frame); labelled by hand",
     'Contact {N|Sarah Johnson} at {E|sarah.j@company.com} or call {P|555-0123}.'),
    ('nemo:tutorial:1', "the sample data text[1] verbatim (the notebook's cell that builds the data frame); labelled by hand",
     'Patient ID: {M|12345}, SSN: {S|123-45-6789}, DOB: {D|01/15/1980}'),
    ('nemo:tutorial:2', "the sample data text[2] verbatim (the notebook's cell that builds the data frame); labelled by hand",
     'Send payment to Bitcoin wallet {I|1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa}'),
    ('nemo:tutorial:3', "the sample data text[3] verbatim (the notebook's cell that builds the data frame); labelled by hand",
     'Meeting with Dr. {H|James Wilson} at {I|123 Medical Center, Suite 456, New York, NY 10001}'),
    ('nemo:tutorial:4', "the sample data text[4] verbatim (the notebook's cell that builds the data frame); labelled by hand",
     'User {I|@tech_jane} ({N|Jane Smith}) posted from IP address {I|192.168.1.1}'),
    ('nemo:test_llm_pii:0', 'the test\'s text verbatim; its entity labels mapped (user name IGNORE; the shipment\'s "MRN" IGNORE)',
     'Transaction details: gasLimit set to 1000000 units by {I|tw_brian740}, gasPrice set to 10 Gwei by {E|veronicawood@example.org}, contactable at {P|+1-869-341-9301x7005}, located at {A|Suite 378, Yolanda Mountain, Burkeberg}.'),
    ('nemo:test_llm_pii:1', 'the test\'s text verbatim; its entity labels mapped (user name IGNORE; the shipment\'s "MRN" IGNORE)',
     'Unloading Plan for Shipment {I|MRN-293104}, MED25315002, dated {I|1989.12.22}. Driver EMP730359, Vehicle KS40540825.'),
]
# fmt: on

SOURCES = {key: source(key) for key, _, _ in SNIPPETS}


def _stream(key: str) -> str:
    """A source stream the halves are balanced within: a repository, with the Recognizers-Text
    phone and e-mail files and each NeMo Curator file apart."""
    prefix, _, rest = key.partition(":")
    return f"{prefix}:{rest.split(':')[0]}" if prefix in ("rt", "nemo") else prefix


# Units whose labels were completed after the first run (BLIND11-phi.md, "Label fixes"): their
# first cut held no patient identifier, so they were balanced as identifier-free units; they
# stay so, to keep every snippet in the half it was in when the development half was first read.
FIRST_CUT_ID_FREE = ("onco:poorquality2.txt", "rt:phone:248")


def split(keys: list[str], rows: list[marks.Row]) -> marks.Halves:
    """Split by unit (marks.units: rows with one key are one document; documents sharing a
    patient identifier string are tied). Within a stream, units in the order of the SHA-256 of
    their key go each to the half with fewer snippets of the stream so far (dev on a tie);
    units without a patient identifier form one stream whatever their source."""
    unit_of = marks.units(keys, rows)
    members: dict[str, list[marks.Row]] = {}
    for key, row in zip(keys, rows, strict=True):
        members.setdefault(unit_of[key], []).append(row)
    streams: dict[str, list[str]] = {}
    for unit, unit_rows in members.items():
        phi = any(map(marks.has_phi, unit_rows)) and unit not in FIRST_CUT_ID_FREE
        name = _stream(unit) if phi else "\0id-free"
        streams.setdefault(name, []).append(unit)
    to_dev: dict[str, bool] = {}
    for units in streams.values():
        filled: Counter[bool] = Counter()
        for unit in sorted(units, key=lambda u: hashlib.sha256(u.encode()).hexdigest()):
            to_dev[unit] = filled[True] <= filled[False]
            filled[to_dev[unit]] += len(members[unit])
    dev = [row for key, row in zip(keys, rows, strict=True) if to_dev[unit_of[key]]]
    held = [row for key, row in zip(keys, rows, strict=True) if not to_dev[unit_of[key]]]
    return dev, held


def main(argv: list[str] | None = None) -> int:
    return marks.main_halves(argv, __doc__, SPLIT, SNIPPETS, marks.keyed(SOURCES), split_rows=split)


if __name__ == "__main__":
    sys.exit(main())
