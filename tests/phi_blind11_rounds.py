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

# Written after round 1's rules, scored before its own fixes.
ROUND_2: dict[str, list[str]] = {
    "signatures": [
        "Yours sincerely\n\n\nDr {H|Huw Davies} FRCP\nConsultant Gastroenterologist\nDept of Gastroenterology",
        "Kind regards,\n\nSister {H|Angharad Roberts}\nWard Manager, Ward 7",
        "Yours sincerely,\n\nMs {H|Kate Ellis}\nAdvanced Nurse Practitioner",
        "Best wishes\nMr {H|Rhys Owen} FRCS (Urol)\nConsultant Urological Surgeon",
        "Typed by: {H|Sian Morris}, Medical Secretary",
        "Letter dictated by Mr {H|Paul Jenkins}, Consultant Orthopaedic Surgeon, and typed by {H|Lisa Ward}",
        "Yours sincerely\n\nDr {H|Megan Price}\nST4 Clinical Oncology\non behalf of Dr {H|Alan Baker}",
        "Yours sincerely,\n\nMrs {H|Helen Morgan}\nMacmillan Clinical Nurse Specialist",
        "Approved electronically by Dr {H|Gwen Ellis}",
        "Mrs {N|Nerys Thomas}\n{A|8 Station Road}\n{A|Llanelli SA15 1AB}",
        "Dear Mrs {N|Thomas},\nYou were seen today by Dr {H|Ifan Jones}.\nNurse will phone you next week.",
        "Mrs {N|Mair Lloyd}\nPharmacist advised her to stop the tablets.",
    ],
    "headings_orgs": [
        "Dear Ms {N|Rees},\n\nWhat Happens Next\nYou will get a letter.",
        "Dear Parent or Carer,\nYour Child's Vaccination Appointment\nPlease bring the red book.",
        "Dear Sir or Madam,\nChanges To Our Opening Hours",
        "Dear Patient,\nNew Online Booking System Now Live",
        "Dear Mr {N|Hughes}\n\n{N|John Hughes}, born {D|02/02/1950}, {A|5 Mill Lane}",
        "Swansea Bay University Health Board\nMorriston Hospital, Heol Maes Eglwys",
        "Cardiff and Vale University Health Board | {I|Bwrdd Iechyd Prifysgol Caerdydd a'r Fro}",
        "{I|Ymddiriedolaeth GIG Prifysgol Felindre} / Velindre University NHS Trust",
        "Welsh Ambulance Services University NHS Trust",
        "Leeds Teaching Hospitals NHS Trust, St James's University Hospital",
        "Southern Health and Social Care Trust, Craigavon Area Hospital",
        "NHS Dumfries and Galloway, Mountainhall Treatment Centre",
        "Seen at {I|Ysbyty Glan Clwyd} last week.",
        "Referred from {I|Meddygfa Teilo}, Llandeilo.",
    ],
    "addresses": [
        "{A|88 Route 1}, {A|Saugus, MA 01906}",
        "{A|1201 Highway 71 South}, {A|Fort Smith, AR 72901}",
        "{A|4 Route 101A}, {A|Amherst NH 3031}",
        "{A|15 US Highway 46}, {A|Totowa NJ 7512}",
        "Our shop at {A|555 Broadway}, {A|Saugus MA 1906} is open.",
        "{A|17 Lakeview}, {A|Warwick RI 2886}",
        "{A|300 Main St Ste 2}, {A|Danbury CT 6810}",
        "The Route 9 bypass closes on Friday.",
        "Walk 30 minutes daily, 5 days a week.",
        "Highway 101 was closed, so she missed her appointment.",
        "BP 142/88, pulse 72, weight 81 kg.",
    ],
    "phones": [
        "our clinic in Malta: phone {P|021234}",
        "tel. (Italy) {P|055 123456}",
        "Her phone in Cyprus is {P|22 123456}.",
        "In Ghana, {P|0302 123 456}.",
        "phone the Nairobi office, {P|020 2345678}",
        "Reference 012345 on your letter.",
        "Dose: 012345 units? No.",
    ],
    "cc_lines": [
        "cc: Mrs {N|Delyth Evans} (patient)",
        "cc: Miss {N|Ffion Morgan}, {A|7 Heol Las}, {A|Neath SA11 2BB}\ncc: Dr {H|A. Patel}, Tanyard Surgery",
        "Copy to: Mr {N|Geraint Jones}\nCopy to: GP",
        "cc:\tDr {H|S. Hughes}, Consultant Physician\ncc:\tMr {N|Emyr Lewis}",
        "cc: {H|Angela Price}, Practice Nurse",
        "CC Mrs {N|Olwen Davies}, {A|12 Park Street}, {A|Bridgend CF31 4AX}",
    ],
}

# Written after round 2's rules and never tuned on: its figure is the closing check.
ROUND_3: dict[str, list[str]] = {
    "signatures": [
        "Yours sincerely,\n\nDr {H|Catrin Howells} MB BCh FRCR\nConsultant Clinical Oncologist",
        "With kind regards\n\nMr {H|Iestyn Morris}\nConsultant ENT Surgeon",
        "Regards,\nMrs {H|Sarah Pugh}\nLead Pharmacist, Medicines Management",
        "Yours sincerely\n\nProfessor {H|Tom Walters}\nHead of Service, Haematology",
        "Dictated but not signed by Dr {H|Rhian Bowen}",
        "Yours sincerely,\n\nMiss {H|Laura Griffiths}\nMSc, RGN\nHeart Failure Specialist Nurse",
        "Dear Mrs {N|Prosser},\nThank you for coming to see me.\nYours sincerely\nDr {H|Mark Lewis}\nConsultant Physician",
        "Mr {N|Dewi Thomas}\n{A|21 Church Street}\n{A|Wrexham LL11 1AA}\n\nDear Mr {N|Thomas},",
    ],
    "headings_orgs": [
        "Dear Mr {N|Jenkins},\n\nImportant Information About Your Medicines\nPlease read carefully.",
        "Dear Colleague,\nRe: Mrs {N|Gwenllian Price}, DOB {D|04/05/1944}",
        "Dear Friends,\nSummer Health Walk Programme Starts Soon",
        "Aneurin Bevan University Health Board, Grange University Hospital",
        "Hywel Dda University Health Board\n{I|Ysbyty Glangwili}, Carmarthen",
        "NHS Ayrshire and Arran, University Hospital Crosshouse",
        "Northern Health and Social Care Trust, Antrim Area Hospital",
        "Manchester University NHS Foundation Trust",
    ],
    "addresses": [
        "{A|27 Route 3}, {A|Clifton NJ 7012}",
        "{A|9 Highway 35}, {A|Keyport, NJ 07735}",
        "{A|640 State Route 18}, {A|East Brunswick, NJ 08816}",
        "{A|12 Squire Road}, {A|Revere MA 2151}",
        "{A|101 Plaza Centro}, {A|Caguas PR 725}",
        "Route 66 is a historic highway.",
        "Cut down to 10 cigarettes, 3 days a week.",
    ],
    "phones": [
        "the office line in Italy: {P|045678}",
        "Phone (Kenya): {P|020 2712345}",
        "Our Ghana number is {P|0302 456 789}.",
        "Order 012345 was shipped.",
    ],
    "cc_lines": [
        "cc: Mrs {N|Enid Bowen}\n     Dr {H|R. Singh}, GP",
        "cc: Mr {N|Owain Pritchard}, {A|2 Tan y Bryn}, {A|Bala LL23 7AA}",
        "cc: Dr {H|Gethin Evans}, Consultant Neurologist, Ysbyty Gwynedd",
        "Copy: Patient",
    ],
}
