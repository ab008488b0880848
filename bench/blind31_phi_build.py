"""Build the thirty-first blind set for the patient-identifier scrubber and its two halves.

Sources nobody here had used, chosen for pharmacovigilance text as a pharma company's safety team
receives it: adverse-event case narratives and the patient, reporter and sender sections of
individual case safety reports (ICSRs). HL7/fhir-ae-research-ig (the HL7 FHIR Adverse Event
Clinical Research implementation guide, HL7's FHIR licence, CC0-1.0): its use-case narratives
("Patient SCHJO on Research Study XYZ, Study ID XYZ-123, Subject number XYZ-123-002.", "A
64-year-old woman (Janet) is participating in a breast cancer clinical trial", "Patient Kaitlyn
B. is a 36 year old ..."), its background pages, the Description and note texts of its example
instances, its example Patient, Practitioner and ResearchSubject records; donihyun/e2br3 (an E2B(R3)
ICSR tool, MIT OR Apache-2.0): the FDA FAERS 2022 E2B(R3) example messages it keeps under
docs/refs/instances, their patient (D.1 initials, date of birth, record numbers, parent),
primary-source reporter (C.2.r) and sender (C.3) blocks. Each snippet is held below with its
spans marked inline as ``{T|text}``: N (PATIENT-NAME), D (DOB), M (MRN), S (SSN), P (PHONE),
E (EMAIL), A (ADDRESS) and the kept types H (HCP) and I (IGNORE) (the format of
bench/blind_phi_marks.py), labelled by role as BLIND31-phi.md says. The script strips the marks,
computes the offsets, validates every row and splits the set by document. Never runs a detector
and imports nothing from prepcli.

    python bench/blind31_phi_build.py                 # write bench/phi_blind31_dev.jsonl + _held.jsonl
    python bench/blind31_phi_build.py --whole PATH    # also write the whole set to PATH
    python bench/blind31_phi_build.py --check         # validate the written halves only

Selection. fhir-ae-research-ig: every paragraph of input/pagecontent/examples.md,
exampleCancerClinicalTrial.md and background.md of 60 characters or more (headings, link lines,
image tags and bullet lists of links left out; a paragraph is the lines between blank lines,
verbatim); every one-line Description, note.text, description and comparisonGroup description
string of 25 characters or more of the example instance files input/fsh/examples.fsh,
exampleCancerClinicalTrial.fsh, exampleUseCase15.fsh, exampleUseCase16.fsh, exampleUseCase17.fsh,
exampleUseCaseDevice.fsh and usecase6_examples.fsh, the first of identical strings only, less two
that repeat a narrative paragraph of examples.md (AEHepaticFailure's Description and
SeriousAdverseEventResearchStudy's note); every one-line Description, ^definition and ^comment
string of 60 characters or more of input/fsh/adverseEventResearchProfile.fsh; and the rule lines
of the example Patient (patient-example-kaitlyn-b, patient-example-kaitlyn-b1, JanetPatient),
Practitioner (practitioner-oncology-nurse-jane, practitioner-owen-oncologist) and ResearchSubject
(clinical-trial-example-subject, clinical-trial-example-subject1) instances, verbatim, outer
whitespace trimmed. e2br3: of docs/refs/instances/FAERS2022Scenario1.xml the patient block (D.1
name to the D.2.1 comment), the primary-source (reporter) block and the sender block (``<addr>``
to ``</name>``); of FAERS2022Scenario4.xml its sender block (the reporter and patient blocks repeat
Scenario1's or hold no person); of FAERS2022Scenario6.xml the patient block (D.1 to the parent's
D.10.2.1 date of birth), both primary-source blocks and the sender block. The other scenarios
(2, 3, 5-1 to 5-3, 7, 8) repeat Scenario1's blocks and were left out. Each XML block is the file's
lines verbatim, outer whitespace trimmed (so lines after the first keep the file's tab indent).
Spans were pre-marked by string as a drafting aid (patient pseudonyms and subject numbers in the
narratives; field values by field in the records and XML blocks); every snippet was then read and
its spans checked by hand. Re-fetching: the ``fetch`` tool (``github:<repo>``), then
``git show <commit>:<path>``; a row's ``row`` names the lines and the instance or the E2B
sections. BLIND31-phi.md describes the set.
"""

# ruff: noqa: E501  (the snippet table holds long strings; each snippet stays on its lines)
from __future__ import annotations

import sys

import blind_phi_marks as marks

SPLIT = "blind31"

# key prefix -> (repository, commit, licence)
REPOS = {
    "hl": ("HL7/fhir-ae-research-ig", "0ea4eef843b8ed3fb95eb0fed1b9f1dfe97756ae", "HL7 FHIR licence, CC0-1.0 (LICENSE: http://hl7.org/fhir/license.html)"),
    "e2": ("donihyun/e2br3", "a7fbf77a89c666bc7e6b70b64d49d4ee0aca9b22", "MIT OR Apache-2.0 (LICENSE-MIT, LICENSE-APACHE)"),
}  # fmt: skip
PAGES = "a paragraph of a Markdown page, a one-line string of an FSH file as it is quoted, or an example instance's rule lines verbatim (outer whitespace trimmed); labelled by hand by role (BLIND31-phi.md)"
XML = "an E2B(R3) message's patient, primary-source or sender block, the file's lines verbatim (outer whitespace trimmed); labelled by hand by role (BLIND31-phi.md)"
RECORD = {"hl": PAGES, "e2": XML}


def source(key: str, where: str) -> dict[str, str]:
    """The source of a snippet key ``PREFIX:PATH#DOCUMENT`` (``#DOCUMENT`` names the page section
    or the instance and stays out of the path)."""
    prefix, rest = key.split(":", 1)
    path = rest.split("#", 1)[0]
    repo, commit, licence = REPOS[prefix]
    return {"repo": repo, "commit": commit, "path": path, "row": where, "licence": licence}


# fmt: off
# (document key, where in the document, marked snippet)
SNIPPETS: list[tuple[str, str, str]] = [
    ('hl:input/pagecontent/examples.md#introduction', 'line 3',
     'The following use cases are exemplified with FHIR instances in this guide. Every effort has been made to be accurate, especially with regards to the AdverseEvent Clinical Research Profile instances, but these are intended as examples and may not include referenced data such as an Encounter. They are from real world examples and show how the AdverseEvent Clinical Research Profile is intended to be generally used. Keep in mind that it is intended that the profile in this guide be derived from to produce use case specific guidance. The examples are demonstrative of using FHIR in adverse event reporting but not prescriptive. As the use of adverse event reporting with FHIR matures, the examples could become outdated. Note the Patient resource was referenced as appropriate; however, in clinical research the data would go to the sponsor as a research subject identifier. Depending on the use case implementers will want to be aware of the ResearchSubject resource which points to the Patient resource.'),
    ('hl:input/pagecontent/examples.md#clinical-trial-significant-adverse-event', 'line 9',
     'This scenario involves a phase 2, clinical study evaluating the safety and efficacy of a new oral agent administered daily for treatment of severe psoriasis unresponsive to FDA-approved treatments.  There are two arms of the study – subjects receiving the new oral agent or a placebo.  Only the research pharmacist is aware of the arm assignment.    The fifth subject enrolled in the trial develops severe hepatic failure complicated by encephalopathy one month after starting the study.'),
    ('hl:input/pagecontent/examples.md#clinical-trial-significant-adverse-event', 'line 11',
     'The known risk profile of the new oral agent prior to this event included mild elevation of serum liver enzymes in 10% of subjects receiving the agent during previous clinical studies, but there was no other history of subjects developing clinically significant liver disease.  The IRB approved protocol and informed consent document for the study identifies mild liver injury as a risk of the research.'),
    ('hl:input/pagecontent/examples.md#clinical-trial-significant-adverse-event', 'line 13',
     'The study sponsors determined that is an unanticipated problem that must be reported because although the risk of mild liver injury was foreseen, severe liver injury resulting in hepatic failure was unexpected in severity; possibly related to participation in the research; and serious.'),
    ('hl:input/pagecontent/examples.md#fda-medwatch-3500a-form-being-used-durin', 'line 19',
     'A 64-year-old woman ({N|Janet}) is participating in a breast cancer clinical trial and taking an investigational drug. As part of her participation in the study, she was instructed to use a patient reported outcomes (ePRO) application to report an adverse event that resulted in any of the following: hospitalization, required help to prevent permanent harm, disability or health problem, birth defect, life-threatening, death, other serious/important medical incident (this list identifies the event as being "serious events"). The application is designed to capture data elements found on the 3500A Form.'),
    ('hl:input/pagecontent/examples.md#fda-medwatch-3500a-form-being-used-durin', 'line 21',
     'The Clinical Investigator (CI) receives a notification that {N|Janet} has an adverse event and reviews the event in {N|Janet}’s EHR system.   The adverse event form is pre-populated from EHR data for the clinical investigator.  The CI assesses causality for {N|Janet}’s adverse event and submits the serious adverse event to the sponsor.  The sponsor reviews the received adverse event and performs its own causality assessment.  Since this event is a Suspected Unexpected Serious Adverse Reaction (SUSAR) within FDA’s regulation.  If the Suspected Unexpected Serious Adverse Reaction (SUSAR) was life threatening or death, it is submitted within 7 calendar days.'),
    ('hl:input/pagecontent/examples.md#fda-medwatch-3500a-form-being-used-durin', 'line 23',
     'Any other types of seriousness are submitted within 15 calendar days.'),
    ('hl:input/pagecontent/examples.md#serious-adverse-event-research-study', 'line 29',
     'Patient {N|SCHJO} on Research Study XYZ, Study ID XYZ-123, Subject number {M|XYZ-123-002}. {N|SCHJO} was enrolled in the study on 12-Jun-2021 taking Study Medication ABC 10 mg orally daily every morning for atrial fibrillation to prevent thromboembolism.  On 2-Dec-2021, the subject {M|XYZ-123-002} was hospitalized with a Gastrointestinal (GI) bleed. The investigator was notified of the event on the day of admission when the patient presented with vomiting a large amount of coffee-ground like hematemesis.  The investigator stopped the study drug because the event was “Possibly related” to the study drug.  The patient’s hemoglobin dropped to 6.5 g/dL and received 2 units of PRBCs.  The patient had an upper endoscopy that showed a moderate amount of bleeding from the esophagus. The site was cauterized, and the patient had no further bleeding after the procedure. The GI bleed resolved within one week after discontinuation of study drug and the patient was discharged on 9-Dec-2021 in good condition.'),
    ('hl:input/pagecontent/examples.md#non-serious-adverse-event-research-study', 'line 35',
     'Patient {N|MOUMIC} on Research Study DISNEY, Study ID DUCK-828, Subject number {M|DUCK-828-012}. {N|MOUMIC} was enrolled in the study on 21-Jan-2022 taking Study Medication 20 mg subcutaneously daily every morning for diabetes.  At visit 3 on 21-Feb-2022, the patient stated that he had started to experience intermittent headaches on 1-Feb-2022 that were mild. They occurred once a week and resolved with Tylenol but were still ongoing. The investigator said the headaches were “UNLIKELY RELATED” to study drug.  The action taken with the study treatment was the “DOSE NOT CHANGED” and the outcome was noted to be “NOT RECOVERED/NOT RESOLVED”.'),
    ('hl:input/pagecontent/examples.md#non-serious-adverse-event-related-to-stu', 'lines 41-42',
     'Patient {N|SLP} on Research Study ACME, Study ID ACME-789, Subject number {M|ACME-789-100}. {N|SLP} was enrolled in the study on 2-Jan-2021, taking Study Medication WBY 10 mg orally daily every morning for moderate asthma.  \nOn 15-Jan-2021, the subject has the protocol-prescribed procedure of a Lung CT Scan, with contrast dye.  As a result of the contrast dye, the subject experiences moderate hives and itching from the contrast dye.  This is reported as an Adverse Event, related to study procedure.  He is treated with a Benadryl injection and recovers the same day.'),
    ('hl:input/pagecontent/examples.md#non-serious-adverse-event-related-to-stu', 'line 44',
     'The investigator said the reaction to the contrast dye was “UNLIKELY RELATED” to study drug.  The action taken with the study treatment was the “DOSE NOT CHANGED” and the outcome was noted to be “RECOVERED/RESOLVED”.'),
    ('hl:input/pagecontent/examples.md#cancer-clinical-trial-with-non-serious-a', 'line 48',
     'This [use case persona](exampleCancerClinicalTrial.html) describes a hypothetical cancer patient on a cancer clinical trial with example instances to demonstrate how the adverse event profile can be used to guide the creation of resources representing a clinically realistic scenario.'),
    ('hl:input/pagecontent/examples.md#device-example', 'line 52',
     'Exemplification of referencing a device in an adverse event, [Device Example](AdverseEvent-adverse-event-device-death.html). The example has a device as the suspected entity, but the AdverseEvent Clinical Research Profile also has a reference for Device as a participant, contributingFactor, mitigatingAction, and supportingInfo.'),
    ('hl:input/pagecontent/exampleCancerClinicalTrial.md#cancer-clinical-trial-adverse-event-rese', 'line 3',
     'Patient {N|Kaitlyn B.} is a 36 year old non-Hispanic white female with a past medical history significant for asthma. Her family history was significant for a mother and maternal aunt both with breast cancer diagnosed premenopausal.  Both are alive and well presently.  She also has a deceased paternal grandfather from non small cell lung carcinoma (NSCLC).'),
    ('hl:input/pagecontent/exampleCancerClinicalTrial.md#cancer-clinical-trial-adverse-event-rese', 'line 5',
     'During a routine screening mammography in May 8, 2019, an abnormality was detected as a possible mass and suspected breast cancer (Birads 4). A ultrasound was done (5/9/2019) followed by an ultrasound biopsy of the left breast mass which measured 3.0cm on imaging.  Pathology confirmed a diagnosis of high grade invasive ductal carcinoma (IDC) that was ER Negative at 0%; PR Negative at 0% and HER2 Positive 3+ by IHC. There were no suspicious lymph nodes seen on imaging.  The patient is referred to an oncologist who clinically reviewed (5/17/21) the history, imaging and pathology results.  Physical exam shows about a 3cm palpable mass in the left breast thus the patient is clinically staged as cT3N0.  She was to receive neoadjuvant chemotherapy of Taxol 175mg/m2 as well as Pertuzumab and Trastuzumab for a total of 6 cycles.  Each cycle is 21 days.  Start date 5/20/2019 for cycle 1 (c2 was 6/10/19, c3 was 7/3/19, c4 was 7/22/19, c5 was 8/12/19 and cycle 6 was 9/2/19 (for start of that last three week cycle)). She completed treatment on 9/23/2019 without significant issues and no dose reductions or holding and was scheduled for surgery per her General Surgeon.'),
    ('hl:input/pagecontent/exampleCancerClinicalTrial.md#cancer-clinical-trial-adverse-event-rese', 'line 7',
     'A left partial mastectomy was performed on December 3, 2019 with sentinel lymph node dissection, revealing residual disease with a 2.1 cm tumor without lymph-vascular invasion and negative margins of excision. Three sentinel lymph nodes were excised were negative. The pathology report  revealed a 2.8cm malignant tumor histological grade 3/3  invasive ductal carcinoma with prognostic tumor markers ER negative 0%, PR negative 0%, and HER2 Positive/3+ by IHC. The patient is pathologically staged as pT3 pN0 M0, stage group IIA. A 21-gene RT-PCR assay yielded a recurrence score of 29.'),
    ('hl:input/pagecontent/exampleCancerClinicalTrial.md#cancer-clinical-trial-adverse-event-rese', 'line 9',
     'Patient was seen by her oncologist on 3/12/20 in follow up after surgery and after the completion of 4 weeks of post operative radiation therapy to the left chest (radiation start date was 1/30/20 and end date was 2/27/20). Treatment options were discussed between the patient and the medical oncologist and the patient consented on 3/12/20 to treatment on the Alliance Compass Protocol A011801.  She presently has an ECOG performance score of 0. She is to receive 14 four cycles of Kadcyla IV at 3.6mg every 21 days with oral Tucatinib 300mg twice a day every day.'),
    ('hl:input/pagecontent/exampleCancerClinicalTrial.md#cancer-clinical-trial-adverse-event-rese', 'line 11',
     'She began her first cycle of Kadcyla and started on Tucatinib on 4/1/2020.  She tolerated cycle well.  On 4/22/20 she arrived for cycle 2.  Her lab work was all within normal limits except for an alanine aminotransferase (ALT) increased at 50 (grade 1 per CTCAE v 5.0)  This is considered probably related to both drugs.  Patient seen in 3 weeks for cycle 2.  Lab work stable.  On cycle 3 (5/13/20) she arrived and was noted to have an increased ALT to 200 U/L. This was grade 3 and probably related to one or both drugs. No other lab abnormalities noted.  Treatment was held today per protocol guidelines and the patient was scheduled to return in one week for repeat lab work. She was seen on 5/20/20 and her ALT was decreased down to 60 which was grade 1 level - OK to proceed with treatment and restart oral medication.  Kadcyla was dose reduced to 3.0mg and the Tucatinib was also dose reduced to 250mg twice daily per dose reduction guidelines in protocol.  Cycle 4 was then on 6/10/20 and patient c/o Nausea/vomiting grade 1 throughout this past cycle starting about 5/25/20.  This was attributed as possibly related to Kadcyla and probably related to Tucatinib and is ongoing.  Additional antiemetics were prescribed on 6/10/20 (Zofran 8mg orally every 6-8 hours as needed). Her ALT value was WNL and the adverse event was considered resolved on 6/10/20. She continued on treatment and completed the total of 14 cycles on 01/27/21 without further dose reductions or adverse events (chemo dates - C5: 7/1/20, C6: 7/22/20, C7: 8/12/20, C8: 9/02/20, C9: 9/23/20, C10:  10/14/20, C11:  11/04/20, C12: 11/25/20, C13: 12/16/20, C14: 01/06/21). She will be seen in f/u as per standard of care.'),
    ('hl:input/pagecontent/exampleCancerClinicalTrial.md#cancer-clinical-trial-adverse-event-rese', 'line 13',
     "For simplicity, this example covers the Patient's journey starting with the Alliance clinical trial Compass, the events within the red box in the timeline."),
    ('hl:input/pagecontent/background.md#background', 'line 3',
     'Adverse Event (AE) data capture and standardization is a challenge in real world data systems. There are variations in the definitions, workflows, and data requirements across the use cases for patient monitoring, clinical intervention, regulatory safety reporting requirements and clinical trials monitoring.'),
    ('hl:input/pagecontent/background.md#background', 'line 5',
     'The [Vulcan Adverse Event project](<https://confluence.hl7.org/display/VA/Adverse+Events>) was initiated in October 2021 to model the data elements to support the workflow for collecting and reporting serious and non-serious AEs in clinical research to meet the need of regulatory requirements. The goal of this project is to leverage Electronic Health Records (EHR) and other types of real-world data (RWD), such as Personal Health Records (PHR), as electronic source to collect adverse events that occur during clinical trials. In this project, the team leveraged the HL7 FHIR standard identifying gaps between data elements in EHRs, clinical research artifacts. and other existing standards such as:'),
    ('hl:input/pagecontent/background.md#workflow', 'line 16',
     'This IG will allow clinical trial AE representation in systems, including EHRs and PHRs, transmitted via FHIR to other systems; removing the need to transcribe AE data into secondary clinical trial management systems and improving efficiency for health authority reporting. The following workflows are examples to demonstrate the potential use of this AE profile in the clinical research spectrum via FHIR.'),
    ('hl:input/pagecontent/background.md#pre-market', 'line 20',
     'The following image shows a notional workflow for collecting and reporting adverse events and serious adverse events (SAE) for pre-market clinical trials. The dotted line represents a future vision of data flow using FHIR which will most likely be covered by a separate MedWatch IG that builds upon this IG.'),
    ('hl:input/pagecontent/background.md#pre-market', 'line 24',
     'Example scenarios: Pre-market clinical trial reporting of serious adverse events (SAE) using FHIR and utilized as part of clinical decision support actions within a clinical research trial setting.'),
    ('hl:input/pagecontent/background.md#pre-market', 'lines 26-27',
     '* Adverse event is captured in EHR by Clinical Investigator and sent to Clinical Trial Management System, then sent to Sponsor or FDA.\n* Patient records adverse event in a patient facing FHIR app that contains the MedWatch 3500B questionnaire. The data is sent from the patient FHIR app to the Clinical Investigator or Sponsor for inclusion in their reporting to the FDA.'),
    ('hl:input/pagecontent/background.md#post-market', 'line 31',
     'The following image shows a notional workflow for collecting and reporting adverse events, post-market. The dotted line represents a future vision of data flow using FHIR which will most likely be covered by a separate MedWatch IG that builds upon this IG.'),
    ('hl:input/pagecontent/background.md#post-market', 'line 35',
     'Example scenarios: Postmarketing adverse event reporting using FHIR for safety surveillance.'),
    ('hl:input/pagecontent/background.md#post-market', 'lines 37-39',
     '* Patient records adverse event that is sent to FDA\n* Provider records adverse event in EHR that is sent to FDA\n* Manufacturer (via call center) records adverse event and sends to FDA'),
    ('hl:input/fsh/examples.fsh#SCHJO', 'line 5 (SCHJO, Description)',
     'SAE Patient {N|SCHJO} on Research Study XYZ, Study ID XYZ-123, Subject number {M|XYZ-123-002}.'),
    ('hl:input/fsh/examples.fsh#ClinicalTrialSubject5', 'line 15 (ClinicalTrialSubject5, Description)',
     'Clinical Trial subject number 5. Acute Hepatic Failure.'),
    ('hl:input/fsh/examples.fsh#medicationrequest0301-discontinue', 'line 84 (medicationrequest0301-discontinue, Description)',
     'Study medication info Medication Request for clinical trial medication 0301 - discontinued'),
    ('hl:input/fsh/examples.fsh#medadmin0301', 'line 127 (medadmin0301, Description)',
     'Medication administration example'),
    ('hl:input/fsh/exampleCancerClinicalTrial.fsh#patient-example-kaitlyn-b', 'line 4 (patient-example-kaitlyn-b, Description)',
     'Compass Trial example patient {N|Kaitlyn}'),
    ('hl:input/fsh/exampleCancerClinicalTrial.fsh#medication-request-example-kadcyla', 'line 59 (medication-request-example-kadcyla, Description)',
     'Example showing clinical trial medication Kadcyla'),
    ('hl:input/fsh/exampleCancerClinicalTrial.fsh#medication-request-example-tucatinib', 'line 76 (medication-request-example-tucatinib, Description)',
     'Example showing clinical trial medication Tucatinib'),
    ('hl:input/fsh/exampleCancerClinicalTrial.fsh#medication-administration-kadcyla', 'line 94 (medication-administration-kadcyla, Description)',
     'Example showing clinical trial medication adminstration Kadcyla'),
    ('hl:input/fsh/exampleCancerClinicalTrial.fsh#medication-administration-kadcyla', 'line 104 (medication-administration-kadcyla, note.text)',
     '3.6mg administered by continuous infusion. Patient tolerated infusion without side effects.'),
    ('hl:input/fsh/exampleCancerClinicalTrial.fsh#medication-administration-tucatinib', 'line 110 (medication-administration-tucatinib, Description)',
     'Example showing clinical trial medication adminstration Tucatinib'),
    ('hl:input/fsh/exampleCancerClinicalTrial.fsh#clinical-trial-example-compass', 'line 126 (clinical-trial-example-compass, Description)',
     'Alliance COMPASS Protocol A011801'),
    ('hl:input/fsh/exampleCancerClinicalTrial.fsh#clinical-trial-example-subject', 'line 132 (clinical-trial-example-subject, Description)',
     'Alliance COMPASS trial research subject'),
    ('hl:input/fsh/exampleCancerClinicalTrial.fsh#medication-administration-kadcyla-reduced', 'line 147 (medication-administration-kadcyla-reduced, Description)',
     'Example reduced dose of clinical trial medication adminstration Kadcyla'),
    ('hl:input/fsh/exampleCancerClinicalTrial.fsh#medication-administration-kadcyla-reduced', 'line 156 (medication-administration-kadcyla-reduced, note.text)',
     'reduced dose of 3.0mg administered by continuous infusion. Patient tolerated infusion without side effects.'),
    ('hl:input/fsh/exampleCancerClinicalTrial.fsh#medication-administration-tucatinib-reduced', 'line 162 (medication-administration-tucatinib-reduced, Description)',
     'Example reduced does of clinical trial medication adminstration Tucatinib'),
    ('hl:input/fsh/exampleCancerClinicalTrial.fsh#medication-administration-tucatinib-reduced', 'line 171 (medication-administration-tucatinib-reduced, note.text)',
     'Patient took 1 tablet 2x daily'),
    ('hl:input/fsh/exampleCancerClinicalTrial.fsh#adverse-event-compass-ex1a', 'line 230 (adverse-event-compass-ex1a, note[0].text)',
     'treatment held today per protocol guidelines and the patient was scheduled to return in one week for repeat lab work'),
    ('hl:input/fsh/exampleCancerClinicalTrial.fsh#adverse-event-compass-ex1b', 'line 235 (adverse-event-compass-ex1b, Description)',
     'ALT back to grade 1 and resolved'),
    ('hl:input/fsh/exampleCancerClinicalTrial.fsh#adverse-event-compass-ex1b', 'line 260 (adverse-event-compass-ex1b, note[0].text)',
     'treatment given with reduced dose per protocol guidelines'),
    ('hl:input/fsh/exampleCancerClinicalTrial.fsh#medication-request-example-zofran', 'line 268 (medication-request-example-zofran, Description)',
     'Example for medication Zofran'),
    ('hl:input/fsh/exampleUseCase15.fsh#GIBleed', 'line 4 (GIBleed, Description)',
     'Gastrointestinal (GI) bleed'),
    ('hl:input/fsh/exampleUseCase15.fsh#study-medication-ABC', 'line 22 (study-medication-ABC, Description)',
     'Example study medication ABC'),
    ('hl:input/fsh/exampleUseCase15.fsh#study-medication-administration-ABC', 'line 28 (study-medication-administration-ABC, Description)',
     'Example for clinical trial medication ABC'),
    ('hl:input/fsh/exampleUseCase15.fsh#medicationrequest-for-study-medication-administration-ABC', 'line 40 (medicationrequest-for-study-medication-administration-ABC, Description)',
     'Study medication info Medication Request for clinical trial medication ABC - discontinued'),
    ('hl:input/fsh/exampleUseCase15.fsh#procedure-upper-endoscopy', 'line 69 (procedure-upper-endoscopy, Description)',
     'Example Procedure Upper Endoscopy'),
    ('hl:input/fsh/exampleUseCase16.fsh#patient-moumic', 'line 4 (patient-moumic, Description)',
     'Patient {N|MOUMIC} on Research Study DISNEY'),
    ('hl:input/fsh/exampleUseCase16.fsh#study-medication-MMD', 'line 18 (study-medication-MMD, Description)',
     'Example study medication MMD'),
    ('hl:input/fsh/exampleUseCase16.fsh#study-medication-administration-MMD', 'line 24 (study-medication-administration-MMD, Description)',
     'Example for clinical trial medication MMD'),
    ('hl:input/fsh/exampleUseCase16.fsh#medication-tylenol', 'line 35 (medication-tylenol, Description)',
     'Example medication for Tylenol'),
    ('hl:input/fsh/exampleUseCase16.fsh#AEHeadache', 'line 53 (AEHeadache, Description)',
     'Headaches are mild, occur once a week and resolved with Tylenol, but still ongoing. Action taken with the study is dose not changed.'),
    ('hl:input/fsh/exampleUseCase16.fsh#NonSeriousAdverseEventResearchStudyMed', 'line 62 (NonSeriousAdverseEventResearchStudyMed, Description)',
     'Non-Serious Adverse Event Research Study Medication Example'),
    ('hl:input/fsh/exampleUseCase17.fsh#patient-slp', 'line 5 (patient-slp, Description)',
     'Patient enrolled in ACME study, taking Study Medication WBY 10 mg orally daily every morning for moderate asthma'),
    ('hl:input/fsh/exampleUseCase17.fsh#clinical-trial-acme-subject', 'line 22 (clinical-trial-acme-subject, Description)',
     'Clinical trial ACME research subject'),
    ('hl:input/fsh/exampleUseCase17.fsh#clinical-trial-acme-procedure', 'line 34 (clinical-trial-acme-procedure, Description)',
     'Clinical trial ACME protocol-prescribed procedure of a Lung CT Scan, with contrast dye'),
    ('hl:input/fsh/exampleUseCase17.fsh#resstudy-medication-WBY', 'line 41 (resstudy-medication-WBY, Description)',
     'Example clinical trial medication WBY'),
    ('hl:input/fsh/exampleUseCase17.fsh#study-medication-administration-WBY', 'line 47 (study-medication-administration-WBY, Description)',
     'Example for clinical trial medication WBY'),
    ('hl:input/fsh/exampleUseCase17.fsh#medication-contrast-dye', 'line 57 (medication-contrast-dye, Description)',
     'Example contrast dye medication'),
    ('hl:input/fsh/exampleUseCase17.fsh#medication-administration-contrast-dye', 'line 63 (medication-administration-contrast-dye, Description)',
     'Example medication administration for contrast dye'),
    ('hl:input/fsh/exampleUseCase17.fsh#medication-forhives', 'line 73 (medication-forhives, Description)',
     'Example medication for hives'),
    ('hl:input/fsh/exampleUseCase17.fsh#medication-administration-forhives', 'line 79 (medication-administration-forhives, Description)',
     'Example medication administration for hives'),
    ('hl:input/fsh/exampleUseCase17.fsh#AdverseEventFromProcedureNotStudyDrug', 'line 109 (AdverseEventFromProcedureNotStudyDrug, Description)',
     'Adverse event from procedure, not study drug'),
    ('hl:input/fsh/exampleUseCase17.fsh#AdverseEventFromProcedureNotStudyDrug', 'line 132 (AdverseEventFromProcedureNotStudyDrug, note[0].text)',
     'The action taken with the study treatment was the study drug dose not changed'),
    ('hl:input/fsh/exampleUseCaseDevice.fsh#patient-example-kaitlyn-b1', 'line 4 (patient-example-kaitlyn-b1, Description)',
     'Compass Trial example patient {N|Kaitlynn B1}'),
    ('hl:input/fsh/exampleUseCaseDevice.fsh#adverse-event-device-death', 'line 123 (adverse-event-device-death, note[0].text)',
     'During infusion of kadcyla an infuser exploded, shrapnel from the explosion caused a fatal puncture wound.'),
    ('hl:input/fsh/exampleUseCaseDevice.fsh#device-infuser', 'line 128 (device-infuser, Description)',
     'Device - Infuser that exploded'),
    ('hl:input/fsh/usecase6_examples.fsh#JanetPatient', 'line 9 (JanetPatient, Description)',
     'Patient {N|Janet}, 64-year old woman on clinical trial'),
    ('hl:input/fsh/usecase6_examples.fsh#BreastCancerTrial', 'line 67 (BreastCancerTrial, Description)',
     'Breast Cancer clinical trial example'),
    ('hl:input/fsh/usecase6_examples.fsh#BreastCancerTrial', 'line 86 (BreastCancerTrial, description)',
     "Eligible participants will be those diagnosed with HER2-positive (IHC 3+ or ISH+), metastatic breast cancer, who have received no prior chemotherapy or HER2-targeted therapy for advanced or metastatic breast cancer. The study aims to evaluate the efficacy, and safety of bresentrik, alone or with pertuzumab, compared with the standard of care treatment (taxane [docetaxel or paclitaxel], trastuzumab and pertuzumab). This study aims to see if bresentrik allows patients to live longer without the cancer getting worse, or simply to live longer, compared to patients receiving standard of care chemotherapy. This study is also looking to see how the treatment and the cancer affects patients' quality of life."),
    ('hl:input/fsh/usecase6_examples.fsh#BreastCancerTrial', 'line 120 (BreastCancerTrial, comparisonGroup[0].description)',
     'Bresentrik (B) plus pertuzumab-matching placebo'),
    ('hl:input/fsh/usecase6_examples.fsh#BreastCancerTrial', 'line 124 (BreastCancerTrial, comparisonGroup[=].description)',
     'Bresentrik (B) plus pertuzumab'),
    ('hl:input/fsh/usecase6_examples.fsh#BreastCancerTrial', 'line 128 (BreastCancerTrial, comparisonGroup[=].description)',
     'Standard of care (Taxane (paclitaxel or docetaxel), trastuzumab, and pertuzumab)'),
    ('hl:input/fsh/usecase6_examples.fsh#provenance-for-weight', 'line 157 (provenance-for-weight, Description)',
     'Provenance for {N|Janet} weight Observation'),
    ('hl:input/fsh/usecase6_examples.fsh#blood-pressure-janet', 'line 175 (blood-pressure-janet, Description)',
     '{N|Janet} Blood Pressure Observation'),
    ('hl:input/fsh/usecase6_examples.fsh#provenance-for-blood-pressure-janet', 'line 198 (provenance-for-blood-pressure-janet, Description)',
     'Provenance for {N|Janet} Blood Pressure  Observation'),
    ('hl:input/fsh/usecase6_examples.fsh#example001', 'line 218 (example001, Description)',
     'Self reported {N|Janet} Tylenol PM med'),
    ('hl:input/fsh/usecase6_examples.fsh#example001', 'line 233 (example001, note.text)',
     'Patient indicates they miss the occasional dose'),
    ('hl:input/fsh/usecase6_examples.fsh#example007', 'line 266 (example007, Description)',
     'Self reported {N|Janet} allergy med'),
    ('hl:input/fsh/usecase6_examples.fsh#example007', 'line 273 (example007, note.text)',
     'patient plans to start using for seasonal allergies in the Spring when pollen is in the air'),
    ('hl:input/fsh/usecase6_examples.fsh#example003', 'line 287 (example003, Description)',
     'Self reported {N|Janet} pill for water retention med not known'),
    ('hl:input/fsh/usecase6_examples.fsh#example003', 'line 295 (example003, note.text)',
     'Patient cannot remember the name of the tablet, but takes it every day in the morning for water retention'),
    ('hl:input/fsh/usecase6_examples.fsh#medicationAdministration-for-bresentrik', 'line 311 (medicationAdministration-for-bresentrik, Description)',
     'Study medication info Medication Administration for bresentrik'),
    ('hl:input/fsh/usecase6_examples.fsh#medicationrequest-for-bresentrik', 'line 355 (medicationrequest-for-bresentrik, Description)',
     'Study medication info Medication Request for bresentrik'),
    ('hl:input/fsh/usecase6_examples.fsh#bresentrik', 'line 387 (bresentrik, Description)',
     'Study medication, bresentrik'),
    ('hl:input/fsh/usecase6_examples.fsh#janetReported-condition', 'line 402 (janetReported-condition, Description)',
     'Patient reported AE problem'),
    ('hl:input/fsh/usecase6_examples.fsh#clinical-research-ae-example-medwatch-patient-report', 'line 433 (clinical-research-ae-example-medwatch-patient-report, Description)',
     'Patient report of Adverse Event, example of data that would be on MedWatch form as reported by Patient'),
    ('hl:input/fsh/exampleCancerClinicalTrial.fsh#patient-example-kaitlyn-b', 'lines 5-23 (Instance patient-example-kaitlyn-b)',
     '* identifier.use = #usual\n* identifier.type = http://terminology.hl7.org/CodeSystem/v2-0203#MR "Medical Record Number"\n* identifier.system = "http://hospital.example.org"\n* identifier.value = "{M|m123}"\n* name.family = "{N|Bounce}"\n* name.given[0] = "{N|Kaitlyn}"\n* contact.telecom[0].system = #phone\n* contact.telecom[0].value = "{P|545-123-4560}"\n* contact.telecom[0].use = #home\n* contact.telecom[1].system = #email\n* contact.telecom[1].value = "{E|kaitlynb@example.com}"\n* gender = #female\n* birthDate = "{D|1985-02-20}"\n* address.line = "{A|123 Main St}"\n* address.city = "{A|Anytown}"\n* address.postalCode = "{A|12345}"\n* address.country = "US"\n* communication.language = urn:ietf:bcp:47#en-US "English (Region=United States)"\n* communication.language.text = "English"'),
    ('hl:input/fsh/exampleCancerClinicalTrial.fsh#practitioner-oncology-nurse-jane', 'lines 28-38 (Instance practitioner-oncology-nurse-jane)',
     '* name.family = "{H|Nurse}"\n* name.given[0] = "{H|Jane}"\n* name.prefix[0] = "Ms."\n* address.use = #work\n* address.line[0] = "{I|123 Corporate Drive}"\n* address.city = "{I|Anytown}"\n* address.state = "{I|MA}"\n* address.postalCode = "{I|12345}"\n* address.country = "US"\n* gender = #female\n* qualification.code = http://terminology.hl7.org/CodeSystem/v2-0360#RN'),
    ('hl:input/fsh/exampleCancerClinicalTrial.fsh#practitioner-owen-oncologist', 'lines 44-54 (Instance practitioner-owen-oncologist)',
     '* name.family = "{H|Oncologist}"\n* name.given[0] = "{H|Owen}"\n* name.prefix[0] = "Dr."\n* address.use = #work\n* address.line[0] = "{I|123 Corporate Drive}"\n* address.city = "{I|Anytown}"\n* address.state = "{I|MA}"\n* address.postalCode = "{I|12345}"\n* address.country = "US"\n* gender = #male\n* qualification.code = http://terminology.hl7.org/CodeSystem/v2-0360#MD'),
    ('hl:input/fsh/exampleCancerClinicalTrial.fsh#clinical-trial-example-subject', 'lines 133-140 (Instance clinical-trial-example-subject)',
     '* identifier[0].use = #usual\n* identifier[=].value = "{M|ABC2134}"\n* status = #active\n* progress.type = http://terminology.hl7.org/CodeSystem/research-subject-state-type#Enrollment "Enrollment status"\n* progress.subjectState = http://terminology.hl7.org/CodeSystem/research-subject-state#on-study "On-study"\n* study = Reference(clinical-trial-example-compass)\n* subject = Reference(patient-example-kaitlyn-b)\n* consent.display = "this would be a reference to a Consent instance"'),
    ('hl:input/fsh/exampleUseCaseDevice.fsh#patient-example-kaitlyn-b1', 'lines 5-23 (Instance patient-example-kaitlyn-b1)',
     '* identifier.use = #usual\n* identifier.type = http://terminology.hl7.org/CodeSystem/v2-0203#MR "Medical Record Number"\n* identifier.system = "http://hospital.example.org"\n* identifier.value = "{M|m1234}"\n* name.family = "{N|Hammer}"\n* name.given[0] = "{N|Kaitlynn}"\n* contact.telecom[0].system = #phone\n* contact.telecom[0].value = "{P|549-123-4560}"\n* contact.telecom[0].use = #home\n* contact.telecom[1].system = #email\n* contact.telecom[1].value = "{E|kaitlynb1@example.com}"\n* gender = #female\n* birthDate = "{D|1985-02-25}"\n* address.line = "{A|123 Main St}"\n* address.city = "{A|Anytown}"\n* address.postalCode = "{A|12347}"\n* address.country = "US"\n* communication.language = urn:ietf:bcp:47#en-US "English (Region=United States)"\n* communication.language.text = "English"'),
    ('hl:input/fsh/exampleUseCaseDevice.fsh#clinical-trial-example-subject1', 'lines 62-69 (Instance clinical-trial-example-subject1)',
     '* identifier[0].use = #usual\n* identifier[=].value = "{M|ABC21348}"\n* status = #active\n* progress.type = http://terminology.hl7.org/CodeSystem/research-subject-state-type#Enrollment "Enrollment status"\n* progress.subjectState = http://terminology.hl7.org/CodeSystem/research-subject-state#on-study "On-study"\n* study = Reference(clinical-trial-example-compass)\n* subject = Reference(patient-example-kaitlyn-b1)\n* consent.display = "this would be a reference to a Consent instance"'),
    ('hl:input/fsh/usecase6_examples.fsh#JanetPatient', 'lines 22-60 (Instance JanetPatient)',
     '* identifier[0].use = #usual\n* identifier[=].type.coding.system = "http://terminology.hl7.org/CodeSystem/v2-0203"\n* identifier[=].type.coding.code = #MR\n* identifier[=].type.text = "EPI"\n* identifier[=].system = "urn:oid:2.16.840.1.113883.2.4.6.3"\n* identifier[=].value = "{M|738472983}"\n* name\n  * given[0] = "{N|Janet}"\n  * family = "Clinical Trial Patient"\n* telecom[0].system = #phone\n* telecom[=].value = "{P|0648352638}"\n* telecom[=].use = #mobile\n* telecom[+].system = #email\n* telecom[=].value = "{E|p.heuvel@gmail.com}"\n* telecom[=].use = #home\n* gender = #female\n* birthDate = {D|1961-04-08}\n* deceasedBoolean = false\n* address.use = #home\n* address.line = "{A|123 Just Moved from Overseas St}"\n* address.city = "{A|Sagaponack}"\n* address.state = "{A|NY}"\n* address.postalCode = "{A|11962}"\n* address.country = "US"\n* maritalStatus = http://terminology.hl7.org/CodeSystem/v3-MaritalStatus#M "Married"\n* multipleBirthBoolean = true\n* contact.relationship = http://terminology.hl7.org/CodeSystem/v2-0131#C\n* contact.name.use = #usual\n* contact.name.family = "{N|Abels}"\n* contact.name.given = "{N|Sarah}"\n* contact.telecom.system = #phone\n* contact.telecom.value = "{P|0690383372}"\n* contact.telecom.use = #mobile\n* communication.language = urn:ietf:bcp:47#nl "Dutch"\n* communication.language.text = "Nederlands"\n* communication.preferred = true\n* managingOrganization.identifier.system = "http://hospital.orgsrus/"\n* managingOrganization.identifier.value = "f001"\n* managingOrganization.display = "Reference(Organization/f001) {I|Burgers University Medical Centre}"'),
    ('hl:input/fsh/adverseEventResearchProfile.fsh#AdverseEventSeverity', 'line 5 (AdverseEventSeverity, Description)',
     'Describes the severity of the adverse event, in relation to the subject not the resulting condition. In the context of clinical research, it is the investigator’s assessment of severity.'),
    ('hl:input/fsh/adverseEventResearchProfile.fsh#AdverseEventGrade', 'line 15 (AdverseEventGrade, Description)',
     'For cancer related trials, severity is represented as a grade. Describes the grade of the adverse event, in relation to the subject not the resulting condition. In the context of clinical research, it is the investigator’s assessment of severity, in oncology related trials this is reported as grade.'),
    ('hl:input/fsh/adverseEventResearchProfile.fsh#CausedSubjectToDiscontinueStudy', 'line 26 (CausedSubjectToDiscontinueStudy, Description)',
     'Indicates if the subject discontinued the study due to the adverse event.'),
    ('hl:input/fsh/adverseEventResearchProfile.fsh#SeriousnessCriteria', 'line 34 (SeriousnessCriteria, Description)',
     'Element to capture the presence or absence of specific factors (criteria) associated with serious adverse events.'),
    ('hl:input/fsh/adverseEventResearchProfile.fsh#aeClinRes-seriousness-1', 'line 212 (aeClinRes-seriousness-1, Description)',
     'If seriousness is serious then must have at least one seriousness criterion.'),
    ('hl:input/fsh/adverseEventResearchProfile.fsh#AdverseEventClinicalResearch', 'line 244 (AdverseEventClinicalResearch, Description)',
     'Foundational profile of AdverseEvent for Clinical Research communications.'),
    ('hl:input/fsh/adverseEventResearchProfile.fsh#AdverseEventClinicalResearch', 'line 303 (AdverseEventClinicalResearch, ^definition)',
     'Information about the condition that occurred as a result of the adverse event.'),
    ('e2:docs/refs/instances/FAERS2022Scenario1.xml', 'lines 65-70 (D.1 patient, D.5 sex, D.2.1 date of birth)',
     '<name>{N|JD}</name>\n\t\t\t\t\t\t\t\t\t\t<!--  D.1 Patient (name or initials)   -->\n\t\t\t\t\t\t\t\t\t\t<administrativeGenderCode code="1" displayName="Male" codeSystem="1.0.5218"/>\n\t\t\t\t\t\t\t\t\t\t<!--  D.5: Sex  -->\n\t\t\t\t\t\t\t\t\t\t<birthTime value="{D|20010615}"/>\n\t\t\t\t\t\t\t\t\t\t<!--  D.2.1: Date of Birth  -->'),
    ('e2:docs/refs/instances/FAERS2022Scenario1.xml', 'lines 766-789 (C.2.r primary source (reporter): address, telephone, e-mail, name)',
     '<addr>\n\t\t\t\t\t\t\t\t\t\t\t\t<streetAddressLine>{I|13 Elm St.}</streetAddressLine>\n\t\t\t\t\t\t\t\t\t\t\t\t<!--  C.2.r.2.3: Reporter\'s Street #1  -->\n\t\t\t\t\t\t\t\t\t\t\t\t<city>{I|Metropolis}</city>\n\t\t\t\t\t\t\t\t\t\t\t\t<!--  C.2.r.2.4: Reporter\'s City #1  -->\n\t\t\t\t\t\t\t\t\t\t\t\t<state>{I|UT}</state>\n\t\t\t\t\t\t\t\t\t\t\t\t<!--  C.2.r.2.5: Reporter\'s State or Province #1  -->\n\t\t\t\t\t\t\t\t\t\t\t\t<postalCode>{I|65498}</postalCode>\n\t\t\t\t\t\t\t\t\t\t\t\t<!--  C.2.r.2.6:  Reporter\'s Postcode #1  -->\n\t\t\t\t\t\t\t\t\t\t\t</addr>\n\t\t\t\t\t\t\t\t\t\t\t<telecom value="tel:{I|6102227777}"/>\n\t\t\t\t\t\t\t\t\t\t\t<!--   C.2.r.2.7:  Reporter\'s Telephone #1  -->\n\t\t\t\t\t\t\t\t\t\t\t<telecom value="mailto:{I|alladdresses@site.com}"/>\n\t\t\t\t\t\t\t\t\t\t\t<!--   FDA.C.2.r.2.8: Reporter\'s Email #1  -->\n\t\t\t\t\t\t\t\t\t\t\t<assignedPerson classCode="PSN" determinerCode="INSTANCE">\n\t\t\t\t\t\t\t\t\t\t\t\t<name>\n\t\t\t\t\t\t\t\t\t\t\t\t\t<prefix>Doctor</prefix>\n\t\t\t\t\t\t\t\t\t\t\t\t\t<!--   C.2.r.1.1: Reporter\'s Title #1  -->\n\t\t\t\t\t\t\t\t\t\t\t\t\t<given>{H|Roger}</given>\n\t\t\t\t\t\t\t\t\t\t\t\t\t<!--   C.2.r.1.2: Reporter\'s Given Name #1  -->\n\t\t\t\t\t\t\t\t\t\t\t\t\t<!--   C.2.r.1.3: Reporter\'s Middle Name #1  -->\n\t\t\t\t\t\t\t\t\t\t\t\t\t<family>{H|Robertson}</family>\n\t\t\t\t\t\t\t\t\t\t\t\t\t<!--   C.2.r.1.4: Reporter\'s Family Name #1  -->\n\t\t\t\t\t\t\t\t\t\t\t\t</name>'),
    ('e2:docs/refs/instances/FAERS2022Scenario1.xml', 'lines 813-837 (C.3 sender: address, telephone, fax, e-mail, name)',
     '<addr>\n\t\t\t\t\t\t\t\t\t\t<streetAddressLine>{I|49 Main St. Building 2030A}</streetAddressLine>\n\t\t\t\t\t\t\t\t\t\t<!--  C.3.4.1:Sender\'s Street Address  -->\n\t\t\t\t\t\t\t\t\t\t<city>{I|Anytown}</city>\n\t\t\t\t\t\t\t\t\t\t<!--  C.3.4.2 Sender\'s City  -->\n\t\t\t\t\t\t\t\t\t\t<state>{I|CT}</state>\n\t\t\t\t\t\t\t\t\t\t<!--  C.3.4.3  Sender\'s State or Province  -->\n\t\t\t\t\t\t\t\t\t\t<postalCode>{I|23456}</postalCode>\n\t\t\t\t\t\t\t\t\t\t<!--   C.3.4.4: Sender\'s Postcode  -->\n\t\t\t\t\t\t\t\t\t</addr>\n\t\t\t\t\t\t\t\t\t<telecom value="tel:{I|6108887766}"/>\n\t\t\t\t\t\t\t\t\t<!--  C.3.4.6:  Sender\'s Telephone  -->\n\t\t\t\t\t\t\t\t\t<telecom value="fax:{I|6109991122}"/>\n\t\t\t\t\t\t\t\t\t<!--   C.3.4.7: Sender\'s Fax  -->\n\t\t\t\t\t\t\t\t\t<telecom value="mailto:{I|emailAddress@company.com}"/>\n\t\t\t\t\t\t\t\t\t<!--  C.3.4.8:  Sender\'s E-mail Address  -->\n\t\t\t\t\t\t\t\t\t<assignedPerson classCode="PSN" determinerCode="INSTANCE">\n\t\t\t\t\t\t\t\t\t\t<name>\n\t\t\t\t\t\t\t\t\t\t\t<prefix>Mr</prefix>\n\t\t\t\t\t\t\t\t\t\t\t<!--  C.3.3.2:  Sender\'s Title  -->\n\t\t\t\t\t\t\t\t\t\t\t<given>{N|Charles Castile}</given>\n\t\t\t\t\t\t\t\t\t\t\t<!--   C.3.3.3:  Sender\'s Given Name  -->\n\t\t\t\t\t\t\t\t\t\t\t<family>{N|Conner}</family>\n\t\t\t\t\t\t\t\t\t\t\t<!--  C.3.3.5: Sender\'s Family Name  -->\n\t\t\t\t\t\t\t\t\t\t</name>'),
    ('e2:docs/refs/instances/FAERS2022Scenario4.xml', 'lines 643-667 (C.3 sender: address, telephone, fax, e-mail, name)',
     '<addr>\n\t\t\t\t\t\t\t\t\t\t<streetAddressLine>{I|49 Any St. Building 2030A}</streetAddressLine>\n\t\t\t\t\t\t\t\t\t\t<!--  C.3.4.1:Sender\'s Street Address  -->\n\t\t\t\t\t\t\t\t\t\t<city>{I|Anytown}</city>\n\t\t\t\t\t\t\t\t\t\t<!--  C.3.4.2 Sender\'s City  -->\n\t\t\t\t\t\t\t\t\t\t<state>{I|CT}</state>\n\t\t\t\t\t\t\t\t\t\t<!--  C.3.4.3  Sender\'s State or Province  -->\n\t\t\t\t\t\t\t\t\t\t<postalCode>{I|22222}</postalCode>\n\t\t\t\t\t\t\t\t\t\t<!--   C.3.4.4: Sender\'s Postcode  -->\n\t\t\t\t\t\t\t\t\t</addr>\n\t\t\t\t\t\t\t\t\t<telecom value="tel:{I|6108887766}"/>\n\t\t\t\t\t\t\t\t\t<!--  C.3.4.6:  Sender\'s Telephone  -->\n\t\t\t\t\t\t\t\t\t<telecom value="fax:{I|6109991122}"/>\n\t\t\t\t\t\t\t\t\t<!--   C.3.4.7: Sender\'s Fax  -->\n\t\t\t\t\t\t\t\t\t<telecom value="mailto:{I|emailAddress@company.com}"/>\n\t\t\t\t\t\t\t\t\t<!--  C.3.4.8:  Sender\'s E-mail Address  -->\n\t\t\t\t\t\t\t\t\t<assignedPerson classCode="PSN" determinerCode="INSTANCE">\n\t\t\t\t\t\t\t\t\t\t<name>\n\t\t\t\t\t\t\t\t\t\t\t<prefix>Mr</prefix>\n\t\t\t\t\t\t\t\t\t\t\t<!--  C.3.3.2:  Sender\'s Title  -->\n\t\t\t\t\t\t\t\t\t\t\t<given>{N|John}</given>\n\t\t\t\t\t\t\t\t\t\t\t<!--   C.3.3.3:  Sender\'s Given Name  -->\n\t\t\t\t\t\t\t\t\t\t\t<family>{N|Doe}</family>\n\t\t\t\t\t\t\t\t\t\t\t<!--  C.3.3.5: Sender\'s Family Name  -->\n\t\t\t\t\t\t\t\t\t\t</name>'),
    ('e2:docs/refs/instances/FAERS2022Scenario6.xml', 'lines 23996-24033 (D.1 patient, D.2.1 date of birth, D.9.1 date of death, D.1.1.1-4 record numbers, D.10 parent)',
     '<name>{N|SM}</name>\n\t\t\t\t\t\t\t\t\t\t<!--  D.1 Patient (name or initials)   -->\n\t\t\t\t\t\t\t\t\t\t<administrativeGenderCode code="1" displayName="Male" codeSystem="1.0.5218"/>\n\t\t\t\t\t\t\t\t\t\t<!-- D.5: Sex -->\n\t\t\t\t\t\t\t\t\t\t<birthTime value="{D|20141001}"/>\n\t\t\t\t\t\t\t\t\t\t<!-- D.2.1: Date of Birth -->\n\t\t\t\t\t\t\t\t\t\t<deceasedTime value="20090101"/>\n\t\t\t\t\t\t\t\t\t\t<!-- D.9.1: Date of Death -->\n\t\t\t\t\t\t\t\t\t\t<asIdentifiedEntity classCode="IDENT">\n\t\t\t\t\t\t\t\t\t\t\t<id extension="{M|83444908}" root="2.16.840.1.113883.3.989.2.1.3.7"/>\n\t\t\t\t\t\t\t\t\t\t\t<!-- D.1.1.1: Patient Medical Record Number(s) and Source(s) of the Record Number (GP Medical Record Number) -->\n\t\t\t\t\t\t\t\t\t\t\t<code code="1" codeSystem="2.16.840.1.113883.3.989.2.1.1.4" displayName="GP"/>\n\t\t\t\t\t\t\t\t\t\t</asIdentifiedEntity>\n\t\t\t\t\t\t\t\t\t\t<asIdentifiedEntity classCode="IDENT">\n\t\t\t\t\t\t\t\t\t\t\t<id extension="{M|8999-B}" root="2.16.840.1.113883.3.989.2.1.3.8"/>\n\t\t\t\t\t\t\t\t\t\t\t<!-- D.1.1.2: Patient Medical Record Number(s) and Source(s) of the Record Number (Specialist Record Number) -->\n\t\t\t\t\t\t\t\t\t\t\t<code code="2" codeSystem="2.16.840.1.113883.3.989.2.1.1.4" displayName="Specialist"/>\n\t\t\t\t\t\t\t\t\t\t</asIdentifiedEntity>\n\t\t\t\t\t\t\t\t\t\t<asIdentifiedEntity classCode="IDENT">\n\t\t\t\t\t\t\t\t\t\t\t<id extension="{M|3333444A32}" root="2.16.840.1.113883.3.989.2.1.3.9"/>\n\t\t\t\t\t\t\t\t\t\t\t<!--  D.1.1.3: Patient Medical Record Number(s) and Source(s) of the Record Number (Hospital Record Number) -->\n\t\t\t\t\t\t\t\t\t\t\t<code code="3" codeSystem="2.16.840.1.113883.3.989.2.1.1.4" displayName="Hospital Record"/>\n\t\t\t\t\t\t\t\t\t\t</asIdentifiedEntity>\n\t\t\t\t\t\t\t\t\t\t<asIdentifiedEntity classCode="IDENT">\n\t\t\t\t\t\t\t\t\t\t\t<id extension="{M|09233347580934}" root="2.16.840.1.113883.3.989.2.1.3.10"/>\n\t\t\t\t\t\t\t\t\t\t\t<!-- D.1.1.4: Patient Medical Record Number(s) and Source(s) of the Record Number (Investigation Number) -->\n\t\t\t\t\t\t\t\t\t\t\t<code code="4" codeSystem="2.16.840.1.113883.3.989.2.1.1.4" displayName="Investigation"/>\n\t\t\t\t\t\t\t\t\t\t</asIdentifiedEntity>\n\t\t\t\t\t\t\t\t\t\t<role classCode="PRS">\n\t\t\t\t\t\t\t\t\t\t\t<!-- Parent information - used when a substance administration by the parent triggers a reaction in a child. -->\n\t\t\t\t\t\t\t\t\t\t\t<code code="PRN" displayName="parent" codeSystem="2.16.840.1.113883.5.111"/>\n\t\t\t\t\t\t\t\t\t\t\t<associatedPerson classCode="PSN" determinerCode="INSTANCE">\n\t\t\t\t\t\t\t\t\t\t\t\t<name>Mr. {N|John Doe Jr.}</name>\n\t\t\t\t\t\t\t\t\t\t\t\t<!-- D.10.1: Parent Identification -->\n\t\t\t\t\t\t\t\t\t\t\t\t<administrativeGenderCode code="2" displayName="Female" codeSystem="1.0.5218"/>\n\t\t\t\t\t\t\t\t\t\t\t\t<!-- D.10.6: parent sex -->\n\t\t\t\t\t\t\t\t\t\t\t\t<birthTime value="{D|20141001}"/>\n\t\t\t\t\t\t\t\t\t\t\t\t<!-- D.10.2.1: Date of Birth -->'),
    ('e2:docs/refs/instances/FAERS2022Scenario6.xml', 'lines 25705-25729 (C.2.r primary source #1 (reporter): address, telephone, e-mail, name)',
     '<addr>\n\t\t\t\t\t\t\t\t\t\t\t\t<streetAddressLine>{I|123 Main St.}</streetAddressLine>\n\t\t\t\t\t\t\t\t\t\t\t\t<streetAddressLine>{I|Apartment 4G}</streetAddressLine>\n\t\t\t\t\t\t\t\t\t\t\t\t<!-- C.2.r.2.3  Reporter\'s Street #1 -->\n\t\t\t\t\t\t\t\t\t\t\t\t<city>{I|Anytown}</city>\n\t\t\t\t\t\t\t\t\t\t\t\t<!-- C.2.r.2.4 Reporter\'s City #1 -->\n\t\t\t\t\t\t\t\t\t\t\t\t<state>{I|NJ}</state>\n\t\t\t\t\t\t\t\t\t\t\t\t<!-- C.2.r.2.5 Reporter\'s State or Province #1 -->\n\t\t\t\t\t\t\t\t\t\t\t\t<postalCode>{I|87654}</postalCode>\n\t\t\t\t\t\t\t\t\t\t\t\t<!-- C.2.r.2.6 Reporter\'s Postcode #1 -->\n\t\t\t\t\t\t\t\t\t\t\t</addr>\n\t\t\t\t\t\t\t\t\t\t\t<telecom value="tel:{I|3334445555}"/>\n\t\t\t\t\t\t\t\t\t\t\t<telecom value="mailto:{I|abc@gmail.com}"/>\n\t\t\t\t\t\t\t\t\t\t\t<!-- C.2.r.2.7  Reporter\'s Telephone #1 -->\n\t\t\t\t\t\t\t\t\t\t\t<assignedPerson classCode="PSN" determinerCode="INSTANCE">\n\t\t\t\t\t\t\t\t\t\t\t\t<name>\n\t\t\t\t\t\t\t\t\t\t\t\t\t<prefix>Dr.</prefix>\n\t\t\t\t\t\t\t\t\t\t\t\t\t<!-- C.2.r.1.1 Reporter\'s Title #1 -->\n\t\t\t\t\t\t\t\t\t\t\t\t\t<given>{H|Jerome}</given>\n\t\t\t\t\t\t\t\t\t\t\t\t\t<!-- C.2.r.1.2 Reporter\'s Given Name #1 -->\n\t\t\t\t\t\t\t\t\t\t\t\t\t<given>{H|James}</given>\n\t\t\t\t\t\t\t\t\t\t\t\t\t<!--C.2.r.1.3 Reporter\'s Middle Name #1 -->\n\t\t\t\t\t\t\t\t\t\t\t\t\t<family>{H|Jacobs}</family>\n\t\t\t\t\t\t\t\t\t\t\t\t\t<!-- C.2.r.1.4 Reporter\'s Family Name #1 -->\n\t\t\t\t\t\t\t\t\t\t\t\t</name>'),
    ('e2:docs/refs/instances/FAERS2022Scenario6.xml', 'lines 25764-25788 (C.2.r primary source #2 (reporter): address, telephone, e-mail, name)',
     '<addr>\n\t\t\t\t\t\t\t\t\t\t\t\t<streetAddressLine>{I|89 Central Ave}</streetAddressLine>\n\t\t\t\t\t\t\t\t\t\t\t\t<streetAddressLine>{I|Cubby No 3}</streetAddressLine>\n\t\t\t\t\t\t\t\t\t\t\t\t<!-- C.2.r.2.3  Reporter\'s Street -->\n\t\t\t\t\t\t\t\t\t\t\t\t<city>{I|Anytown}</city>\n\t\t\t\t\t\t\t\t\t\t\t\t<!-- C.2.r.2.4 Reporter\'s City -->\n\t\t\t\t\t\t\t\t\t\t\t\t<state>{I|IL}</state>\n\t\t\t\t\t\t\t\t\t\t\t\t<!-- C.2.r.2.5 Reporter\'s State or Province -->\n\t\t\t\t\t\t\t\t\t\t\t\t<postalCode>{I|01340}</postalCode>\n\t\t\t\t\t\t\t\t\t\t\t\t<!-- C.2.r.2.6 Reporter\'s Postcode -->\n\t\t\t\t\t\t\t\t\t\t\t</addr>\n\t\t\t\t\t\t\t\t\t\t\t<telecom value="tel:{I|8884562344}"/>\n\t\t\t\t\t\t\t\t\t\t\t<telecom value="mailto:{I|abc@gmail.com}"/>\n\t\t\t\t\t\t\t\t\t\t\t<!-- C.2.r.2.7 : Reporter\'s Telephone -->\n\t\t\t\t\t\t\t\t\t\t\t<assignedPerson classCode="PSN" determinerCode="INSTANCE">\n\t\t\t\t\t\t\t\t\t\t\t\t<name>\n\t\t\t\t\t\t\t\t\t\t\t\t\t<prefix>Professor</prefix>\n\t\t\t\t\t\t\t\t\t\t\t\t\t<!-- C.2.r.1.1 Reporter\'s Title -->\n\t\t\t\t\t\t\t\t\t\t\t\t\t<given>{H|Ronald}</given>\n\t\t\t\t\t\t\t\t\t\t\t\t\t<!-- C.2.r.1.2: Reporter\'s Given Name -->\n\t\t\t\t\t\t\t\t\t\t\t\t\t<given>{H|Robert}</given>\n\t\t\t\t\t\t\t\t\t\t\t\t\t<!-- C.2.r.1.3  Reporter\'s Middle Name -->\n\t\t\t\t\t\t\t\t\t\t\t\t\t<family>{H|Rhodes}</family>\n\t\t\t\t\t\t\t\t\t\t\t\t\t<!-- C.2.r.1.4 Reporter\'s Family Name -->\n\t\t\t\t\t\t\t\t\t\t\t\t</name>'),
    ('e2:docs/refs/instances/FAERS2022Scenario6.xml', 'lines 25822-25848 (C.3 sender: address, telephone, fax, e-mail, name)',
     '<addr>\n\t\t\t\t\t\t\t\t\t\t<streetAddressLine>{I|49 Main St. Building 2030A}</streetAddressLine>\n\t\t\t\t\t\t\t\t\t\t<!-- C.3.4.1 Sender\'s Street Address -->\n\t\t\t\t\t\t\t\t\t\t<city>{I|Anytown}</city>\n\t\t\t\t\t\t\t\t\t\t<!-- C.3.4.2  Sender\'s City -->\n\t\t\t\t\t\t\t\t\t\t<state>{I|CT}</state>\n\t\t\t\t\t\t\t\t\t\t<!-- C.3.4.3 Sender\'s State or Province -->\n\t\t\t\t\t\t\t\t\t\t<postalCode>{I|23456}</postalCode>\n\t\t\t\t\t\t\t\t\t\t<!-- C.3.4.4 Sender\'s Postcode -->\n\t\t\t\t\t\t\t\t\t</addr>\n\t\t\t\t\t\t\t\t\t<telecom value="tel:{I|8884562344}"/>\n\t\t\t\t\t\t\t\t\t<!-- C.3.4.6 Sender\'s Telephone -->\n\t\t\t\t\t\t\t\t\t<telecom value="fax:{I|6109991122}"/>\n\t\t\t\t\t\t\t\t\t<!-- C.3.4.7 Sender\'s Fax -->\n\t\t\t\t\t\t\t\t\t<telecom value="mailto:{I|emailAddress@company.com}"/>\n\t\t\t\t\t\t\t\t\t<!-- C.3.4.8 Sender\'s E-mail Address -->\n\t\t\t\t\t\t\t\t\t<assignedPerson classCode="PSN" determinerCode="INSTANCE">\n\t\t\t\t\t\t\t\t\t\t<name>\n\t\t\t\t\t\t\t\t\t\t\t<prefix>Mr</prefix>\n\t\t\t\t\t\t\t\t\t\t\t<!-- C.3.3.2 Sender\'s Title -->\n\t\t\t\t\t\t\t\t\t\t\t<given>{N|Charles}</given>\n\t\t\t\t\t\t\t\t\t\t\t<!--  C.3.3.3 Sender\'s Given Name -->\n\t\t\t\t\t\t\t\t\t\t\t<given>{N|Castile}</given>\n\t\t\t\t\t\t\t\t\t\t\t<!-- C.3.3.4 Sender\'s Middle Name -->\n\t\t\t\t\t\t\t\t\t\t\t<family>{N|Conner}</family>\n\t\t\t\t\t\t\t\t\t\t\t<!-- C.3.3.5 : Sender\'s Family Name -->\n\t\t\t\t\t\t\t\t\t\t</name>'),
    ]
# fmt: on


def main(argv: list[str] | None = None) -> int:
    return marks.main_hashed(argv, __doc__, SPLIT, SNIPPETS, marks.recorded(source, RECORD))


if __name__ == "__main__":
    sys.exit(main())
