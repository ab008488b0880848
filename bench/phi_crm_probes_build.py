"""Build bench/phi_crm_probes.jsonl: the scrubber probed in the shapes of text prepcli ingests.

Earlier rounds probed the keep rules (what a rule leaves on purpose); these snippets put a
patient's identifier anywhere in the product's own text: a rep's call note about a patient
an HCP described, sample/co-pay/hub enrolment notes, adverse-event intake (reporter vs
patient), medical inquiries about a named patient, forwarded e-mails with a patient's
signature block, event rosters with a patient advocate, free text under field labels (Pt Name,
Caregiver, Next of kin, Contact, Callback, Home tel, Address line 1/2, Postcode, Ins. ID, Rx #,
Claim #, Case #, Lot), lower case and abbreviations (pt, pt's, y/o, c/b), phones and addresses
of several countries, relatives' names and numbers, and clinicians who must stay. Written for
this set (helper "crmprobe"); names and values are made up, phones in reserved drama ranges
where a country has one.

Marks (bench/blind_phi_marks.py): N a patient's or a relative's name, D birth date, M record,
member, card or prescription number (a prescription's number leads a pharmacy to the patient;
the lead's decision at stop 36, after the untuned run), S national number, P phone, E e-mail,
A address, H a clinician (must stay), I what the product may keep or drop (a lot, a case or
claim number, a clinic's line,
a hub's e-mail, a lone town). Lines starting with "# group:" name the shape of the lines below;
"\\n" is a line break.

Untuned figures (bench/phi.py --set on the round's snippets, main at c1710e0, before any fix):
- round 1 (192 snippets, 321 identifiers, 22 without any): recall 0.956 at precision 0.984
  (PATIENT-NAME 0.954, DOB 1.000, MRN 0.889, SSN 1.000, PHONE 0.968, EMAIL 1.000, ADDRESS
  0.933); lost: two clinicians in a roster with a patient advocate, a prescription number read
  as a record number, a nationality read as a name. Labels corrected after the untuned run (the
  figures are with them): two sign-offs of a patient's own forwarded e-mail (unlabelled), a
  payer's name, "b." and two courtesy titles left out of spans, a hub's e-mail and two lone
  towns marked I; three snippets reworded so no label's text stands earlier in its snippet.
- round 2 (56 snippets, 110 identifiers, 8 without any; written once round 1's fixes were
  drafted, groups "r2_"): recall 0.900 at precision 0.990 (PATIENT-NAME 0.912, MRN 0.500,
  PHONE 0.962, ADDRESS 0.818); with round 1's fixes as drafted then 0.927 (all three card
  numbers found), before round 2's own.

Run: .venv/bin/python bench/phi_crm_probes_build.py [--check]  (then bench/phi.py --set
bench/phi_crm_probes.jsonl)
"""

# ruff: noqa: E501  (the probe table holds long lines; each probe stays on its line)

from __future__ import annotations

from pathlib import Path

import blind_phi_marks as marks

OUT = Path(__file__).resolve().parent / "phi_crm_probes.jsonl"
SPLIT = "crm"
SOURCE = {"repo": "", "commit": "", "path": "", "url": ""}

PROBES = r"""
# group: call_case (rep call notes mentioning an HCP's patient case)
Dr. {H|Okafor} mentioned her patient, Mrs. {N|Ellen Briggs} ({I|72, Leeds}), who stopped Veltrana after cycle 2.
dr {H|okafor} mentioned her pt mrs {N|ellen briggs}, 72 y/o, still on veltrana.
Dr. {H|Haruto Sato} said his patient {N|Kwame Mensah} (DOB {D|12/09/1958}) asked about the co-pay card.
Met Dr. {H|Lindqvist}; she described a pt, {N|Aleksander Nowak}, 64M, with grade 2 diarrhoea on Veltrana.
Dr. {H|Patel} raised a case: pt's name {N|Fatima Al-Sayed}, diagnosed 2023, now on 2L.
Per Dr. {H|Chen}, {N|Guadalupe Torres} (pt) missed two doses because of cost.
Dr. {H|Müller} mentioned Herr {N|Jürgen Becker}, 71, who developed a rash on Keytruda.
Call w/ Dr. {H|Ferreira}: his patient {N|João Pereira} c/b about dizziness; MSL to follow up.
Dr. {H|Adeyemi} asked whether her patient {N|Chidi Okonkwo} could restart after the hold.
Dr. {H|Brennan}'s patient {N|Siobhan O'Sullivan} (b. {D|1961}) is moving to the hub programme.
HCP Dr. {H|Kowalski} noted pt {N|Rajesh Iyer} had elevated LFTs; told her to report to PV.
Dr. {H|Nguyen} told me about Mr {N|Tran Van Minh}, 58, whose insurer denied Veltrana.
Dr. {H|Ahmed} mentioned patient {N|Ayesha Siddiqui}, 45 y/o F, who wants to get pregnant on therapy.
Dr {H|Rossi} described pt {N|Giulia Bianchi}'s response after 3 cycles as excellent.
In-person with Dr. {H|Cohen}: her patient {N|Miriam Goldberg} asked about travel with the pen.
Dr. {H|Larsen} mentioned that {N|Ingrid Johansson}, his 80-year-old patient, fell after the first dose.
Dr. {H|O'Brien}'s pt, a Mr. {N|Declan Murphy} of {A|14 Ashgrove Road, Cork}, wants a home nurse.
Dr. {H|Singh} said {N|Harpreet Kaur} (his patient) has trouble swallowing the tablets.
Dr. {H|Kim} mentioned her patient {N|Min-jun Park}, age 39, who is on the trial waitlist.
Dr. {H|Santos} said the patient ({N|Maria Clara Souza}) had a seizure; AE form sent.
Dr. {H|Yamamoto} mentioned pt {N|Kenji Watanabe} and asked for the PI in Japanese.
Spoke with Dr. {H|Abara}. patient {N|ngozi eze} is doing well on the 40 mg dose.
Dr. {H|Walsh}: "my patient {N|Bridget Doyle} can't afford the copay"; gave hub info.
Dr. {H|Lefebvre} discussed {N|Camille Dubois}'s case (pt, 67F) and the dose reduction.
Dr. {H|Novak} said her patient Mrs {N|Zsófia Horváth}, {I|Budapest}, is stable.
Dr. {H|Haddad} described a patient named {N|Omar Khalil} who had a hypersensitivity reaction.
Dr. {H|Okafor} mentioned pt's wife {N|Grace Adeyemi} calls the office weekly.
Dr. {H|Mwangi}: patient {N|Wanjiru Kamau} (DOB {D|3 March 1970}) reports fatigue.
Dr. {H|Popescu} mentioned that patient {N|Andrei Ionescu} had switched from Jardiance.
Dr. {H|Fitzgerald} says {N|Aoife Brennan}, her pt, lives alone at {A|22 Harbour View, Galway}.
# group: hub (sample / co-pay / hub enrolment)
Enrolled {N|Jorge Ramirez} in the PatientAssist hub, member ID {M|XKP448812930}.
co-pay card for {N|R. Okoye}, ph {P|0161 496 0734}.
Co-pay card activated for {N|Linh Nguyen}; card # {M|4417 2290 1183}, BIN 610020.
Hub enrolment: {N|Tomasz Wiśniewski}, tel {P|+48 601 234 567}, Ins. ID {M|PZU-88127734}.
Sent sample voucher to pt {N|Deborah Okafor-Hill} at {A|88 Elm Street, Springfield, IL 62704}.
Hub case #{I|HC-20931} opened for {N|Mateo Fernández}; callback {P|(305) 555-0147}.
PatientAssist enrolment form for {N|Sunita Rao}, DOB {D|07/22/1966}, Medicare ID {M|1EG4-TE5-MK73}.
co-pay card issued to pt {N|dwayne jackson}, home tel {P|555-0168}.
Enrolled {N|Aroha Ngata} in the support program, mob {P|021 555 0134}.
Pt {N|Liam O'Connor} enrolled; member id {M|W123456789}, grp {I|77120}.
Caregiver {N|Priya Sharma} (daughter) enrolled her mother in the hub; ph {P|07700 900 312}.
Voucher to {N|Chloé Martin}, {A|12 rue de la Paix, 75002 Paris}, +33 {P|6 12 34 56 78}.
Hub referral: {N|Hamza Yilmaz}, {A|Hauptstraße 15, 10115 Berlin}, Tel. {P|030 12345678}.
Enrolled {N|Sione Taufa} (Auckland) in PatientAssist; contact his son {N|Viliami} on {P|022 555 0188}.
Patient {N|Aisha Bello} enrolled in bridge program - Rx #{M|6017723}, claim #{I|88-4471-22}.
Copay assistance approved for {N|Beatriz Oliveira}, case #{I|CA-55120}, card {M|9900 1127 4410}.
Hub: {N|Kofi Boateng} DOB {D|1959-11-02} ins id UHC {M|992210334}.
Sample drop: 3 x Veltrana 10 mg, lot {I|24A117}; for Dr. {H|Okafor}'s clinic stock.
Sample request for pt {N|Hemi Walker}, {A|4 Kauri Place, Rotorua 3010}, ph {P|(07) 555 0123}.
co-pay card for {N|M. Schmidt}, ph {P|+49 170 1234567}.
Enrolled {N|Olga Petrova} in hub; her callback # is {P|917-555-0163}.
Bridge supply sent to {N|Nomvula Dlamini}, cell {P|082 555 0147}, {A|45 Jan Smuts Ave, Johannesburg 2196}.
Hub enrolment: pt {N|Keanu Kahale}, ins. id HMSA {M|44120987}, DOB {D|05-14-1982}.
Co-pay card for {N|Esther Levi}; her daughter {N|Naomi} can be reached at {P|(646) 555-0152}.
PAP application for {N|Juan Carlos Mendoza}, SSN {S|612-40-3318}, sent to hub.
Enrolled {N|Oluwaseun Adebayo} (Patient Assist); member ID: {M|ZXC123987456}; ph {P|0113 496 0521}.
# group: ae_intake
Reporter: Nurse {H|Kim Lee} (HCP). Patient: initials {N|T.W.}, DOB {D|04/1962}, weight 71 kg.
AE intake - reporter Dr. {H|Samuel Osei}; patient {N|Abena Owusu}, 57F, rash after dose 3.
Reporter: pt's husband {N|Gareth Jones}, tel {P|029 2018 0453}. Patient: {N|Megan Jones}, DOB {D|02/11/1975}.
AE: Pt initials {N|JRK}, age 66, DOB {D|1958}, hospitalised 12/11.
Reporter (HCP): Dr. {H|Elena Vasquez}. Patient name: {N|Rosa Delgado}. Event: neutropenia.
Adverse event reported by caregiver {N|Tariq Mahmood} ({P|07700 900 445}) for his father {N|Imran Mahmood}.
AE form: patient {N|Wei Zhang}, MRN {M|00458821}, reporter Dr. {H|Li Na} (oncologist).
Reporter: pharmacist {H|Anil Gupta}. Patient: {N|Deepa Menon}, {A|Flat 3, 21 Queen's Road, Leicester LE2 1WP}.
Pt {N|J.M.}, DOB {D|14/06/1949}, experienced syncope; reporter Dr. {H|Haddad}.
AE intake: patient {N|Sarah O'Neill}, d.o.b. {D|9/3/88}, ph {P|087 555 0192}, {I|Dublin}.
Reported by the patient herself, {N|Anh Pham}, email {E|anh.pham88@gmail.com}.
Patient (initials {N|M.K.}), born {D|March 1955}, reporter: nurse {H|Joy Park}.
AE: 72M pt ({N|Hugh Grant-Ellis}) hospitalised; NOK {N|Fiona Grant-Ellis} {P|01632 960 123}.
Reporter: Dr. {H|Aditi Rao} (HCP); pt: {N|Karan Malhotra}, 34 y/o, weight 80 kg, DOB {D|1990-02-17}.
Reporter type: consumer. Name: {N|Patricia Nwosu}. Phone: {P|(416) 555-0127}. Country: Canada.
AE for pt {N|Emre Demir} — his son {N|Burak} reported via {E|burak.demir@outlook.com}.
Patient: {N|Hana Kobayashi}, DOB {D|1972/05/08}, reporter Dr. {H|Tanaka}.
pt initials {N|A.B.C.}, yob {D|1947}, reporter = nurse {H|Ruth Adler}.
Reporter: Dr {H|Ama Asante} (GP). Patient: {N|Kwesi Appiah}, Ghana, tel {P|+233 24 555 0198}.
AE call: the patient's mother {N|Leila Haddad} phoned from {P|+961 3 555 019}; pt is 16.
# group: mi (medical inquiry from an HCP about a named patient)
MI: Dr. {H|Ibrahim} asks whether patient {N|Salma Hussein} (eGFR 28) can take the full dose.
Medical inquiry from Dr. {H|Lopez} re: pt {N|Carmen Ruiz}, DOB {D|11/30/1954}: interaction with warfarin?
Inquiry: Dr. {H|Wright} wants data on use in pregnancy for her patient {N|Emily Carter}, 31.
MI request - HCP: Dr. {H|Jonas Berg}; Patient: {N|Nils Eriksson}, MRN {M|4471829}; Q: renal dosing.
Dr. {H|Achterberg} asked MSL whether {N|Pieter de Vries}, his pt, can crush the tablets.
MI: "Can my patient Mrs {N|Ama Darko} use Veltrana with her HIV meds?" - Dr. {H|Mensah}.
Dr. {H|Reyes} (MI) asks re: pt {N|Ana Lucía Castillo}, 8 y/o, off-label dosing.
Medical inquiry. Question from Dr. {H|Fischer} about patient {N|Lukas Wagner}'s QT prolongation.
MI: HCP asks for stability data; pt {N|Sven Olsen} keeps the pens in a hot car.
Dr. {H|Sharma} requested a response letter for her patient, {N|Vikram Patel}, who is on dialysis.
Inquiry by Dr. {H|Oyelaran}: can {N|Folake Adeyemi} (DOB {D|22.04.1967}) continue during chemo?
MI re: pt {N|Ahmad Karimi} - Dr. {H|Farahani} asks about hepatic impairment.
Dr. {H|Zhou} asks if patient {N|Chen Jie} can switch from the 20 to the 40 mg.
Response letter sent to Dr. {H|Moreau} re: her patient {N|Léa Girard}'s question about alcohol.
Dr. {H|Bakker} emailed MI: "pt {N|Sanne Visser}, 52, wants to know about hair loss".
# group: email_fwd (forwarded email with a patient's signature/contact block)
Fwd from Dr. {H|Okafor}'s office:\n> Thank you for the card.\n> {N|Margaret Ellis}\n> {A|17 Church Lane, York YO1 7HH}\n> {P|01904 555 012}
---------- Forwarded message ----------\nFrom: {N|Tom Baker} <{E|tbaker1957@yahoo.com}>\nTo: {I|hub@patientassist.com}\nSubject: my refill\nI need my refill. {N|Tom B.}
FW: from patient\n\nRegards,\n{N|Nkechi Obi}\n{E|nkechi.obi@gmail.com}\nMob: {P|07700 900 876}
Dr. {H|Hart} forwarded an email from his patient:\n"Best wishes, {N|Graham Hughes}, {A|5 Mill Street, Bristol BS1 4QR}"
Fwd: patient letter\nKind regards\n{N|Anneliese Vogel}\n{A|Bahnhofstr. 7, 8001 Zürich}\nTel. {P|+41 44 555 12 34}
-----Original Message-----\nFrom: {N|Carlos Medina}\nSent: Monday\nI am Dr. {H|Ruiz}'s patient and need help with my copay.\n{N|C. Medina}
Forwarded by Dr. {H|Chen}: "Thanks, {N|Mei Lin} | {P|+61 412 555 019} | {A|33 George St, Sydney NSW 2000}"
Email from pt forwarded by clinic:\nCheers,\n{N|Jack Thompson}\n{P|0491 570 110}
FW: Sent from my iPhone\n{N|Sofia Rossi}\nvia {E|sofia.rossi@libero.it}
> Signed: {N|Abdul Rahman}, {A|Apt 4B, 210 W 80th St, New York, NY 10024}, {P|(212) 555-0172}
Dr. {H|Osei} fwd the pt email. Signature: {N|Efua Mensah} / {P|0244 555 019} / Accra
Forwarded email from patient's son ({N|David Cohen}, {E|dcohen@protonmail.com}) asking about the hub.
# group: event (attendee list with patient advocate)
Attendees: Dr. {H|Okafor}, Dr. {H|Patel}, {N|Janet Morris} (patient advocate), {H|Lisa Grant} (NP).
Event roster: Dr. {H|Amara Okafor}; Dr. {H|Raj Patel}; {N|Harold Finch} (patient speaker, {P|555-0117}).
Speaker programme attendees: Dr {H|Sarah Evans}, {H|Dr Tom Reed}, patient advocate {N|Bernadette Kelly}.
Dinner meeting - attendees: Drs {H|Chen} and {H|Park}; patient ambassador {N|Kevin O'Hara} and his wife {N|Mary}.
Webinar registrants: Dr. {H|Ahmed}; {N|Lucy Wang} (patient, {E|lucy.wang@hotmail.com}).
Patient story at the event from {N|Thandiwe Nkosi}, who lives in {A|12 Long Street, Cape Town 8001}.
Advocacy group lead {N|Rebecca Stone} (herself a patient, ph {P|020 7946 0912}) attended the symposium.
Attendee list: Dr. {H|Yusuf}, Dr. {H|Olsen}, {N|Maya Goldstein} (pt advocate), {H|Paul Dunn} (PharmD).
# group: headers (free text with field labels)
Pt Name: {N|Eleanor Whitfield}\nDOB: {D|03/04/1961}\nHome tel: {P|(614) 555-0192}
Pt name {N|oliver bennett}, home tel {P|0113 496 0344}, postcode {A|LS6 2AB}
Caregiver: {N|Yasmin Farouk} (daughter) - Contact: {P|07700 900 231}
Next of kin: {N|Robert Klein}, {P|+1 617 555 0143}
Next of kin - Ms {N|Thi Hoa Le} (sister), mob {P|0412 555 678}
Contact: {N|Bongani Zulu} {P|083 555 0134}
Callback: {P|(503) 555-0129} (pt's husband, {N|Greg}) after 5pm
Home tel: {P|01632 960 571}  Mobile: {P|07700 900 118}
Address line 1: {A|Flat 12, Kingsley Court}\nAddress line 2: {A|44 Victoria Road}\nPostcode: {A|M14 5RT}
Addr line 1: {A|221B Baker Street} Addr line 2: {A|London NW1 6XE}
Postcode: {A|EH8 9YL}; pt lives alone.
Rx # {M|7719023} processed; claim # 2026-44718 paid.
Ins. ID: AETNA {M|W447120933}; Rx #: {M|7719023}; Claim #: {I|2026-44718}
Case #: {I|US-2026-004471}; Lot: {I|24A117}; Pt Name: {N|Brian Walsh}
Caregiver name: {N|Mohammed Ali}; caregiver phone: {P|0161 496 0908}
Pt: {N|Liu Yang}  Pt DOB: {D|08/08/1980}  Pt's ph: {P|(415) 555-0186}
Patient Name - {N|Ifeoma Nwachukwu}; Contact - {P|+234 803 555 0147}
PT NAME: {N|SANTIAGO LOPEZ}  DOB: {D|19-JAN-1963}  INS ID: {M|BCBS 88412077}
Pt name: Mrs. {N|Anjali Desai} | Callback {P|+91 98765 43210}
Caregiver: {N|Helen Brooks}, {A|9 Wattle Street, Perth WA 6000}, {P|(08) 5550 1234}
Next of kin: husband ({N|Mark Lewis}) on {P|0121 496 0773}
Contact: pt's niece {N|Ayumi}, {E|ayumi.s@docomo.ne.jp}
Home tel {P|03 9555 0123}, Address {A|7 Acacia Ave, Carlton VIC 3053}
Address: {A|Calle Mayor 12, 3º B, 28013 Madrid}; Tel: {P|+34 612 345 678}
Adresse: {A|45 avenue Victor Hugo, 69003 Lyon}; Pt: {N|Julien Moreau}
Pt Name: {N|Ahmed Hassan} Rx #: {M|RX-44120} Lot: {I|B2291}
Claim #: {I|CLM-0044712}; member: {N|Nadia Rahman}; Ins. ID: CIGNA {M|U55120877}
Pt Name: {N|Georgios Papadopoulos}, Callback: {P|+30 694 555 0123}
pt name: {N|kaito suzuki}; contact: {P|090-1234-5678}
Next of kin: {N|Rangi Parata} (brother), {P|021 555 0176}
Caregiver: {N|Dolores Ortega}; Home tel: {P|(210) 555-0133}; Addr: {A|1902 Mission Rd, San Antonio, TX 78210}
# group: lower / abbreviations
pt's daughter {N|jessica} c/b on {P|917 555 0101}
pt {N|ravi kumar} 62 y/o c/b re copay
pt's son {N|Obinna} said his mum (Mrs {N|Eze}) is in hospital.
f/u w/ pt's wife {N|Hannah}, {P|0400 555 012}
c/b pt {N|amelia harris} @ {P|07700900654}
pt {N|n. ahmadi} dob {D|2/2/59} ph {P|604-555-0177}
pt's granddaughter {N|Zara Ahmed} will pick up the samples.
spoke to pt's carer {N|Joseph Mwale} ({P|+265 99 555 0123}) re: missed doses.
husband {N|Pedro} rang the hub; pt ({N|Lucia Gomez}) has no phone.
pt {N|tomás garcía}, 45yo, lives at {A|calle de alcalá 50, madrid}.
# group: clinician-kept (must stay)
Dr. {H|Okafor} and NP {H|Lisa Grant} discussed dosing; no patient named.
Met Dr. {H|Amara Okafor} at {I|St James's University Hospital}; she asked for the PALLAS reprint.
Dr. {H|Lindqvist} called from the clinic line {I|0113 243 3144}; follow up next week.
Dr {H|Ferreira} and Dr {H|Costa} want the Veltrana 40 mg sample, lot {I|24A117}.
Author: {H|Priya Raman} (KAM). Dr. {H|Chen} will start two new patients on Keytruda.
Nurse {H|Joy Park} asked for the hub's fax number.
Sample drop: Veltrana 10 mg x4, lot {I|24A117}, exp 03/2027. Signed by Dr. {H|Okafor}.
Pharmacist {H|Anil Gupta} confirmed stock of Jardiance; no patient issues.
Dr. {H|Haruto Sato}'s NP {H|Mia Torres} asked about the REMS form.
Dr. {H|O'Brien} referred to the PALLAS and monarchE data.
Call with Dr. {H|Nguyen}: Keytruda vs Veltrana sequencing; Dr. {H|Nguyen} prefers 2L.
Dr. {H|Adeyemi} asked for co-pay cards for the office (no patient names).
Lot {I|B2291} and lot {I|24A117} recalled? Dr. {H|Patel} asked.
Prof. {H|Ingrid Larsen} (KOL) will chair the Veltrana advisory board.
Dr. {H|Kowalski}, Dr. {H|Brennan}, and PA {H|Sam Reid} attended the lunch.
# group: mixed
Dr. {H|Okafor} mentioned pt {N|Ellen Briggs}; daughter {N|Kate Briggs} ph {P|0113 496 0812}.
Dr. {H|Patel}'s patient {N|Hiroshi Tanaka}, 70, ({A|3-5-1 Kasumigaseki, Chiyoda-ku, Tokyo}) wants Japanese materials.
NP {H|Grant} says pt {N|Jamal Washington}'s insurance (member ID {M|MBR 7741209}) lapsed.
Dr. {H|Cohen}: pt {N|Avi Levy}, DOB {D|6/6/66}, cell {P|(718) 555-0190}, needs PA.
Dr. {H|Okafor} asked me to call the patient, Mrs. {N|Briggs}, on {P|0113 496 0001}.
Dr. {H|Ruiz}'s patient's caregiver {N|Marisol Vega} left a voicemail from {P|(787) 555-0144}.
Dr. {H|Nakamura}: patient {N|Yuki Ito} ({E|yuki.ito@gmail.com}) wants to join the registry.
Dr. {H|Adeyemi}'s patient {N|Samuel Adeyemi} (no relation) needs a refill.
Dr. {H|Smith} mentioned {N|Aaliyah Johnson}, her patient, lives at {A|450 Peachtree St NE, Atlanta, GA 30308}.
Dr. {H|Lee}'s patient {N|Jordan Lee} (no relation) had an infusion reaction.
Spoke w/ Dr. {H|Delgado}; pt {N|Rosa Delgado} (mother-in-law) wants samples - declined.
Dr. {H|Mensah} said {N|Kojo Mensah}, a patient (not related), is on the waitlist.
Dr. {H|Becker} asked about pt {N|Anna Schmidt}, Versichertennr. {M|A123456780}, Tel {P|0171 5550123}.
Dr. {H|Lambert}: pt {N|Émilie Roy}, NAS {S|046 454 286}, Montréal.
Dr. {H|Walsh} says patient {N|Niamh Byrne}, PPSN {S|1234567T}, wants the Irish hub.
Dr {H|Evans}: pt {N|Rhys Davies}, NHS no. {M|943 476 5919}, DOB {D|01/01/1950}.
Dr. {H|Taylor} mentioned her patient {N|Chloe Wilson}, Medicare {M|2123 45670 1}, in Brisbane.
Pt {N|Arjun Nair} (Dr. {H|Menon}'s pt) c/b {P|+44 7700 900 222}.
Dr. {H|Ali}'s pt Mr. {N|Bilal Qureshi} has a new address: {A|27 Oxford Road, Manchester M1 5QA}.
Dr. {H|Popov} said {N|Svetlana Ivanova} (pt, 59) lost her Medicaid.
# group: negatives (no identifier)
Discussed Veltrana 40 mg dosing and the PALLAS subgroup; no patient details shared.
Lot 24A117, exp 11/2026; NDC 0002-7597-01 confirmed with the pharmacy.
Left hub brochure and two co-pay cards with the office manager.
Case #US-2026-004471 closed by PV; no further action.
The patient (no name given) is 72 and lives in {I|Leeds}.
# group: r2_call_notes (longer call notes, several people)
Met Dr. {H|Okafor} and her nurse {H|Bev Hall}. Dr. {H|Okafor} asked if Mrs {N|Patience Ogun} (her pt, 68) could get the 40 mg; daughter {N|Funmi} manages meds, mob {P|07700 900 527}.\nFollow-up: send PI.
CALL NOTE 12/11: Dr {H|WALSH} - pt {N|DECLAN FOLEY} (DOB {D|03/03/1951}) stopped due to nausea. Wife {N|MAURA} to call hub on his behalf.
Lunch in-service with Dr. {H|Ortiz}'s team. NP {H|Carla Diaz} mentioned pt {N|Luis Hernández} ({A|2210 W Pico Blvd, Los Angeles, CA 90006}) never received the bridge supply.
Dr. {H|Iyer} said the patient is {N|Meenakshi Sundaram}, 59, from {A|14 Gandhi Road, Chennai 600017}; son {N|Arun} on {P|+91 94440 12345}.
Virtual call Dr. {H|Schultz}: pt {N|Hans-Peter Krüger} had a fall; caregiver {N|Elke} ({P|+49 171 5550199}) asked for the home-nurse service.
Dr. {H|Baptiste} mentioned pt {N|Jean-Luc Toussaint}, {A|18 rue des Lilas, 97110 Pointe-à-Pitre}; asked for a French PI.
Dr. {H|Ng} asked MSL about pt {N|Wong Siu Ming} (HKID {S|A123456(3)}) on dialysis.
Dr. {H|Davies}: "{N|Gwen Pritchard} is my patient, she is struggling with the pen". Callback to pt's husband {N|Ieuan} {P|01248 555 019}.
Dr. {H|Mahlangu} said patient {N|Sipho Ndlovu}'s sister {N|Zanele} can collect samples.
Dr. {H|Clarke} discussed Ms {N|O'Reilly}, a 45 y/o pt with HER2+ disease.
Dr. {H|Kaplan} described pt {N|Y. Cohen} (initials only given), DOB {D|1/2/1944}.
Dr. {H|Nakashima} says Mr. {N|Sato} (pt) will move to Osaka next month.
Dr. {H|Petrov}: pt {N|Dmitri Volkov} c/o his daughter {N|Irina Volkova}, {A|ul. Tverskaya 7, kv. 12, Moscow 125009}.
# group: r2_hub_more
PatientAssist: new enrolment {N|Pham Thi Lan}; phone {P|+84 912 345 678}; card {M|5512 8890 4471 02}.
Hub: pt {N|Kiri Te Rangi} - callback # {P|027 555 0143} - ins id SOUTHERN CROSS {M|7712094}.
Savings card # {M|60112240918} given to pt {N|Anneliese Brandt} (via her GP Dr. {H|Vogt}).
Bridge program: {N|Marisa Coelho}, {A|Rua Augusta 120, 1100-053 Lisboa}, tel. {P|912 345 678}.
Hub call from {N|Abdi Warsame}'s wife {N|Hodan}: {P|+252 61 555 0123}; claim # {I|CLM-88122}.
Enrolled pt {N|Tevita Fifita} - callback {P|0412 555 991} - {A|8 Banksia Cres, Logan QLD 4114}.
Sample receipt signed by pt's mother {N|Ruth Okello} ({P|0772 555 014}), lot {I|24A117}.
Co-pay card for {N|P. Ramírez} - card ID {M|4417-0093-2210} - BIN 004682.
Hub note: caller {N|Greta Lindholm} (caregiver) {E|greta.lindholm@telia.se}, pt is her husband {N|Bo}.
PAP: {N|Juanita Flores}, Medicaid ID TX {M|5512204471}, DOB {D|Feb 3 1957}.
# group: r2_ae_more
AE intake\nReporter: Dr. {H|Hassan Rahimi} (oncologist)\nPatient: {N|Parisa Ahmadi}, F, 48\nDOB: {D|12-05-1976}\nEvent: grade 3 rash
AE: reporter is pt's son {N|Kwabena Asare}, {P|+233 20 555 0142}; pt {N|Yaa Asare}, 80.
Serious AE - patient {N|Bjørn Haugen}, f. {D|14.02.1958}, hospitalised at Ullevål; reporter Dr. {H|Solberg}.
pt initials {N|K.O.}, 61 y/o M, reporter nurse {H|Amy Chu}; no DOB given.
AE reported by consumer {N|Lorraine Watts}, {A|22 Kelvin Grove, Glasgow G3 7SA}, tel {P|0141 496 0088}.
Pregnancy exposure: pt {N|Aaliyah Brooks}, LMP 10/2026; partner {N|Devon Brooks} ({P|(404) 555-0175}).
AE form - Patient Name: {N|Sunil Verma}; Patient DOB: {D|1965}; Reporter Name: Dr. {H|Priya Nair}.
# group: r2_fields
PATIENT: {N|McAllister, Fiona}  DOB: {D|02/02/1972}  PHONE: {P|0131 496 0211}
Pt: {N|Nguyen Van An}; Caregiver: {N|Tran Thi Mai} (wife); Contact #: {P|0901 234 567}
Next of Kin: Mr. {N|Kofi Annor} - Relationship: son - Tel: {P|020 7946 0455}
Emergency contact: {N|Lucia Bianchi}, {P|+39 347 555 0192}
Callback: Ms. {N|Hale} @ {P|(312) 555-0109}
Home tel: {P|+61 2 5550 1234}; Work tel: {P|+61 2 5550 9876}
Postcode {A|BT9 6AD}; Address line 1 {A|12 Malone Road}
Ins. ID BUPA {M|4471 2290}; Rx # {M|RX8812}; Case # {I|CS-2026-0044}; Lot {I|A1234B}
Pt's email: {E|jkowalczyk@wp.pl}; pt's ph: {P|+48 22 555 01 23}
c/b: {P|0161 496 0734} (pt's daughter {N|Jess})
Contact - {N|Femi Adebayo} (nephew) {P|0803 555 0147}
Caregiver / POA: {N|Harriet Long}, {A|3 Orchard Way, Bath BA2 4QP}
# group: r2_lower_caps
spoke w/ pt's husband {N|raj} re copay, c/b {P|0121 496 0011}
pt {N|joão silva} lives at {A|rua das flores 22, porto}
PT {N|MARGARET O'DONNELL} C/B {P|087 555 0134} RE HUB ENROLMENT
caregiver {N|akosua} called, pt {N|kofi} missed doses
pt's mum mrs {N|patel} rang; dr {H|shah} aware
pt {N|a. okonkwo} enrolled, ph {P|0803 555 0199}
# group: r2_clinicians_stay
Dr. {H|Okafor}, Dr. {H|Patel} and Prof. {H|Chen} reviewed the PALLAS data; no patients discussed.
Author: {H|Tomás Ruiz}, KAM. Dr. {H|Grace Hopper-Lee} requested Veltrana samples (lot {I|24A117}).
Nurse {H|Fatima Zahra} and Dr. {H|Youssef Benali} will attend the symposium.
Dr. {H|Lee} (Onc) and PharmD {H|Nora Quinn} agreed on the protocol.
Pharmacist {H|Moses Banda} asked for Jardiance co-pay cards for the pharmacy (none issued).
Met Dr. {H|Ana Souza} and NP {H|Rosa Delgado}; both prefer Keytruda first.
Dr {H|Oyelaran} - Veltrana 40 mg - lot {I|B2291} - exp 03/2027.
Dr. {H|Ibrahim} mentioned Dr. {H|Farah} at {I|Royal Free} uses Veltrana in 2L.
"""


def snippets() -> list[marks.Snippet]:
    """(group, record, marked text) for each probe, in the file's order."""
    out: list[marks.Snippet] = []
    group = ""
    for line in PROBES.strip().splitlines():
        if line.startswith("# group:"):
            group = line.removeprefix("# group:").split("(")[0].strip()
        else:
            out.append(
                (f"crm:{group}", f"written for this set: {group}", line.replace("\\n", "\n"))
            )
    return out


def build_rows() -> list[dict[str, object]]:
    return marks.build(snippets(), lambda _key, record: {**SOURCE, "record": record}, SPLIT)


if __name__ == "__main__":
    raise SystemExit(
        marks.main(
            None, description=__doc__.splitlines()[0], out=OUT, split=SPLIT, build_rows=build_rows
        )
    )
