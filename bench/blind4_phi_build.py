"""Build bench/phi_blind4.jsonl, the fourth blind set for the patient-identifier scrubber.

Every snippet is held below with its spans marked inline as ``{T|text}``, where T is one of
N (PATIENT-NAME), D (DOB), M (MRN), S (SSN), P (PHONE), E (EMAIL), A (ADDRESS) and the kept
types H (HCP) and I (IGNORE). The script strips the marks, computes the offsets, writes the
jsonl and validates it: every span's text equals text[start:end], no overlaps, known types,
no span holds a line break or outer whitespace, and the text search that bench/phi.py's
``_locate`` performs (successive occurrences of each label's text) lands every label on its
recorded offset. Never runs a detector and imports nothing from prepcli.

    python bench/blind4_phi_build.py            # write bench/phi_blind4.jsonl and print counts
    python bench/blind4_phi_build.py --check    # validate the written file only

Provenance of each snippet is in its ``source`` field; BLIND4-phi.md describes the set.
"""

# ruff: noqa: E501  (the snippet table holds long strings; each snippet stays on its lines)
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

BENCH = Path(__file__).resolve().parent
OUT = BENCH / "phi_blind4.jsonl"
SPLIT = "blind4"
CODES = {
    "N": "PATIENT-NAME", "D": "DOB", "M": "MRN", "S": "SSN", "P": "PHONE", "E": "EMAIL",
    "A": "ADDRESS", "H": "HCP", "I": "IGNORE",
}  # fmt: skip
PHI_TYPES = {"PATIENT-NAME", "DOB", "MRN", "SSN", "PHONE", "EMAIL", "ADDRESS"}
KEPT_TYPES = {"HCP", "IGNORE"}
MARK = re.compile(r"\{([NDMSPEAHI])\|([^{}|]+)\}")

# fmt: off
FAKER = "joke2k/faker"
SOURCES: dict[str, dict[str, str]] = {
    "yo": {"repo": FAKER, "commit": "2b26a1f1c4b5c110a27a5d7c833bc4bd58db36f0",
           "path": "faker/providers/person/yo_NG/__init__.py"},
    "sw": {"repo": FAKER, "commit": "471dc26f53b1ee6b111f680700839c2a58219de4",
           "path": "faker/providers/person/sw/__init__.py"},
    "vi": {"repo": FAKER, "commit": "003b94c81eab074fd644c52b61925c5c90327f53",
           "path": "faker/providers/person/vi_VN/__init__.py"},
    "vi_phone": {"repo": FAKER, "commit": "0081f6f5f78467a123ed24e7814c1c890a6b62ec",
                 "path": "faker/providers/phone_number/vi_VN/__init__.py"},
    "in": {"repo": FAKER, "commit": "12cee07c1caa3917ce8e1e5158c65aa582242743",
           "path": "faker/providers/person/en_IN/__init__.py"},
    "in_addr": {"repo": FAKER, "commit": "003b94c81eab074fd644c52b61925c5c90327f53",
                "path": "faker/providers/address/en_IN/__init__.py"},
    "in_phone": {"repo": FAKER, "commit": "7d9a559ed185f2442a13c5b56f2692da370cbd3c",
                 "path": "faker/providers/phone_number/en_IN/__init__.py"},
    "in_ssn": {"repo": FAKER, "commit": "16fe46dceb20a393c82b8af2571a20aa9566fdff",
               "path": "faker/providers/ssn/en_IN/__init__.py"},
    "zh": {"repo": FAKER, "commit": "07ca4ede54c26554fdb5c7a4f55432cb0498d338",
           "path": "faker/providers/person/zh_CN/__init__.py"},
    "pk": {"repo": FAKER, "commit": "1e875bbbf30a5727b530e05b1b334f288aaa28b3",
           "path": "faker/providers/person/en_PK/__init__.py"},
    "pl": {"repo": FAKER, "commit": "016ef66c6852ed7d5f198b54dc620bd784ce58c2",
           "path": "faker/providers/person/pl_PL/__init__.py"},
    "pl_ssn": {"repo": FAKER, "commit": "0192a56482083414fe72c44d09208cfdf3fb191d",
               "path": "faker/providers/ssn/pl_PL/__init__.py"},
    "mx": {"repo": FAKER, "commit": "07ca4ede54c26554fdb5c7a4f55432cb0498d338",
           "path": "faker/providers/person/es_MX/__init__.py"},
    "br_ssn": {"repo": FAKER, "commit": "1082953941c26f1a4ec8a00a226f3319fadd7acd",
               "path": "faker/providers/ssn/pt_BR/__init__.py"},
    "nz": {"repo": FAKER, "commit": "0192a56482083414fe72c44d09208cfdf3fb191d",
           "path": "faker/providers/person/en_NZ/__init__.py"},
    "tr_ssn": {"repo": FAKER, "commit": "137552c4e98d757ff0170752fd3c877bf9060fdd",
               "path": "faker/providers/ssn/tr_TR/__init__.py"},
    "kr_ssn": {"repo": FAKER, "commit": "40a50ac5d95cd8f25382af3df4be244850417e62",
               "path": "faker/providers/ssn/ko_KR/__init__.py"},
    "ko": {"repo": "faker-js/faker", "commit": "2bf31734bdc00c029aca5831e370831967743dc7",
           "path": "src/locales/ko/person/first_name.ts (family names: last_name.ts "
                   "20f2236265467feb095cce5b5735bbadc07b9696)"},
    "ar": {"repo": "faker-js/faker", "commit": "364e79c0ceae2ba1ba8bcc0396ce1f6c3022d9a8",
           "path": "src/locales/ar/person/male_first_name.ts + last_name.ts"},
    "uk": {"repo": "faker-js/faker", "commit": "22e613d73dd11081dd063a2bec6d72a117cfb3d4",
           "path": "src/locales/uk/person/male_last_name.ts"},
    "synthea": {"repo": "synthetichealth/synthea",
                "commit": "54aa2c4a71876dc6f9b5a35097f09d67b9d78c4d",
                "path": "src/main/resources/names.yml"},
    "ref": {"repo": "HL7/C-CDA-Examples", "commit": "34bd5dab86403f2e4c43d12eb6e51e49a627d6da",
            "path": "Documents/Referral Note/Referral_Note.xml"},
    "ccd": {"repo": "HL7/C-CDA-Examples", "commit": "008e85b7cf81efd993030a917fb416548b663d24",
            "path": "Documents/CCD/CCD 1/CCD.XML"},
    "awscli": {"repo": "aws/aws-cli", "commit": "",
               "path": "awscli/examples/comprehendmedical/detect-phi.rst",
               "url": "https://github.com/aws/aws-cli/blob/develop/awscli/examples/"
                      "comprehendmedical/detect-phi.rst"},
    "awsdoc": {"repo": "", "commit": "", "path": "",
               "url": "https://docs.aws.amazon.com/comprehend-medical/latest/dev/"
                      "textanalysis-phi.html"},
    "obi": {"repo": "obi/deid_bert_i2b2 (Hugging Face model card)",
            "commit": "32d00e6de401422f29642ac54d1ffdf3f28673dd", "path": "README.md",
            "url": "https://huggingface.co/obi/deid_bert_i2b2"},
    "sample": {"repo": "prepcli (this repository)", "commit": "", "path": "sample_data/hcps.csv"},
    "none": {"repo": "", "commit": "", "path": "",
             "url": "no external wording (hard negative written by the set author)"},
}  # fmt: skip

# (source key, record: how the source's items were rewritten, marked text)
SNIPPETS: list[tuple[str, str, str]] = [
    # ---------------- Faker locale providers (names, addresses, phones, national ids) -------
    ("yo", "Yoruba first name, possessive, no cue word",
     "Saw {N|Oluwasegun}'s mum in the waiting room - she asked whether the Kyraxa copay card "
     "covers the second cycle."),
    ("yo", "first + last name from the lists; DOB written for this set",
     "Pt {N|Adebukola Ogunbiyi}, DOB {D|14/03/1968}, referred by Dr. {H|Amara Okafor} for "
     "Veltrana start. Hub has the form."),
    ("yo", "prefix Alhaja + names; Nigerian mobile written for this set",
     "Alhaja {N|Mojisola Adeyemo} called the office twice about her refill; callback "
     "{P|+234 803 555 0142}."),
    ("yo", "prefix Chief, name lower-cased as typed in a CRM; Lagos address written for this set",
     "chief {N|kolawole balogun} wants the nurse visit at home: {A|12 Adeola Odeku Street}, "
     "{A|Victoria Island, Lagos 101241}."),
    ("yo", "relatives by first name and full name",
     "Office manager says {N|Yetunde}'s husband {N|Tokunbo Fadipe} picks up the samples on "
     "Fridays."),
    ("yo", "double-barrelled surname from two list entries; MRN written for this set",
     "{N|Morenike Oladipupo-Bakare} MRN {M|LUTH-0048812} - switch from Cardelis 5 mg pending "
     "echo."),
    ("yo", "prefix Iya + first name; e-mail built from the name for this set",
     "Iya {N|Ayinke} (grandmother, guardian) signed the PAP consent; e-mail "
     "{E|ayinke.odunsi@yahoo.com}."),
    ("yo", "Mr. + names; DOB dotted",
     "Mr. {N|Ekundayo Salako} DOB {D|02.11.1959} - wants to pause Glyvance before his trip."),
    ("yo", "three first names without surnames, clinician after Dr.",
     "{N|Folashade}, {N|Abeni} and {N|Kikelomo} (triplets, 9 yrs) all seen by Dr. "
     "{H|Kevin Holloway} today; mum asked about the Neurevia registry."),
    ("yo", "surname only after lower-case mr",
     "Nurse said mr {N|Owolabi} no-showed again (third time), pharmacy is holding his Rheumora."),
    ("sw", "prefix Bi. + names; Kenyan mobile written for this set",
     "Bi. {N|Zuwena Mwangi} asked for the Swahili leaflet; her phone is {P|+254 712 555 804}."),
    ("sw", "prefix Mzee + names; DOB ISO and hospital number written for this set",
     "Mzee {N|Athumani Kiprono} - DOB {D|1948-07-22}, hospital no. {M|KNH/2019/55631}, on "
     "Cardelis since March."),
    ("sw", "possessive + relative by first name",
     "Message from {N|Waridi Otieno}'s daughter {N|Imara}: mum's BP is fine now, asks about "
     "more samples."),
    ("sw", "brothers; Nairobi address written for this set",
     "{N|Jelani Wafula} and his brother {N|Hamis} both enrolled in the support programme, "
     "{A|Plot 44, Ngong Road}, {A|Nairobi 00100}."),
    ("sw", "name + hospital number written for this set",
     "Pt {N|Zaituni Hassani}, hospital no. {M|CPGH-771203}, transferring care to Mombasa."),
    ("sw", "referral letter; HCP from sample_data",
     "Re: {N|Sarafina Njoroge}, d.o.b. {D|3 Aug 1991}. Please review for Kyraxa eligibility.\n"
     "Kind regards, {H|Leah Rosario}, MD"),
    ("sw", "Canadian SIN in the spaced form of faker/providers/ssn/en_CA (commit 07ca4ede), check digit "
     "computed for this set; name from the sw lists",
     "{N|Amani Kibet} moved to Toronto, SIN {S|527 384 960}, OHIP card still pending."),
    ("vi", "Vietnamese name without a cue word (Mrs + family-first order)",
     "Mrs {N|Nguyễn Thị Lan} called about her husband's Cardelis delivery; he is on the ward "
     "now."),
    ("vi_phone", "Vietnamese note; name from vi_VN lists, phone in a Viettel prefix form",
     "Bà {N|Trần Thị Hương} - SĐT {P|0912 345 678}, ngày sinh {D|12/05/1957}; con gái sẽ gọi "
     "lại."),
    ("vi_phone", "name + Viettel 098 mobile",
     "Anh {N|Phạm Văn Dũng} asked to reschedule; his mobile {P|0986 204 117}."),
    ("vi", "chart header SURNAME, GIVEN without diacritics; MRN/DOB written for this set",
     "{N|LE, THI MAI}  MRN {M|00482931}  DOB {D|1962-09-30}  Cardiology f/u"),
    ("vi", "lower-case first name in a quick note",
     "spoke w/ {N|hoang}'s wife re glyvance sample pack, she'll bring him thursday"),
    ("vi", "shipping line; Hanoi address written for this set",
     "Please ship the starter kit to {N|Vũ Ngọc Ánh}, {A|25 Lý Thường Kiệt}, "
     "{A|Hoàn Kiếm, Hà Nội}."),
    ("vi", "name + e-mail built from it",
     "Pt {N|Bùi Quang Huy} prefers e-mail: {E|bqhuy1984@gmail.com}"),
    ("vi", "Vietnamese note, prefix Ông; HCP from sample_data",
     "Ông {N|Đặng Minh} hỏi về chương trình hỗ trợ Veltrana; bác sĩ {H|Maria Nguyen} sẽ gọi "
     "lại."),
    ("in_ssn", "Aadhaar (faker en_IN: 11 digits + Luhn, computed for this set), grouped in 4s",
     "{N|Aarav Malhotra}'s father rang - Aadhaar {S|4987 1236 5408} needed for the PAP form."),
    ("in_phone", "name + DOB + +91 mobile",
     "Pt: {N|Kavya Subramanian}, DOB {D|07-01-1989}, mob {P|+91 98450 12763}"),
    ("in_addr", "en_IN address format 'H.No. ###, {last_name} Nagar' / '{city}-{postcode}', "
     "over lines",
     "Courier to: {N|Ishaan Reddy}\n{A|H.No. 214, Sharma Nagar}\n{A|Hyderabad-500016}"),
    ("in_ssn", "Aadhaar unspaced; nickname in parentheses",
     "Mrs {N|Anaya Deshpande} ({N|Anu}) - Aadhaar {S|731509488268}, enrolment pending KYC."),
    ("in_phone", "0########## form; HCP from sample_data",
     "Dr {H|Ethan Iqbal} says {N|Zoya}'s mother will bring the MRI CD; pt phone "
     "{P|09845012763}"),
    ("in_addr", "+91########## form; en_IN address '##/###, {last_name} Road, {city} {postcode}'",
     "{N|Nakul Chatterjee} {P|+919831045672} wants delivery at {A|42/118, Banerjee Road}, "
     "{A|Kolkata 700019}."),
    ("in_ssn", "upper-case CRM name; Aadhaar with hyphens",
     "CRM: {N|SAHIL VARGHESE}, Aadhaar no. {S|3826-4519-0739}, DOB {D|15/08/1977}"),
    ("in", "lower-case full name, no phone",
     "lost to follow-up: {N|tejas kulkarni} (no phone on file), rep to ask office."),
    ("in", "first name possessive + family e-mail written for this set",
     "Met {N|Prisha}'s parents at the camp; they use {E|prisha.kapoor.family@rediffmail.com} "
     "for reports."),
    ("in", "en_IN format '{last_name}, {first_name}'; MRN written for this set",
     "{N|Chopra, Anaya}  MRN {M|AIIMS-2231907}  - Kyraxa cycle 3"),
    ("zh", "romanised given + surname (zh_CN romanized_formats), English nickname",
     "Pt {N|Xiuying Wang} (goes by {N|Sophie}) DOB {D|1971/04/18}, prefers a Mandarin "
     "interpreter."),
    ("zh", "surname-first romanised order, possessive",
     "{N|Zhang Wei}'s son called - dad is in hospital, won't make Tuesday's infusion."),
    ("zh", "upper-case surname form on a hub form; +86 mobile written for this set",
     "Hub form: Name {N|LIU Min}, tel {P|+86 138 0013 8000}, consent ticked"),
    ("zh", "couple, surname alone after Mrs; HCP from sample_data",
     "Mrs {N|Guo} and her husband {N|Jie Guo} both asked about Cardelis; Dr. {H|Daniel Chen} "
     "to advise."),
    ("zh", "Beijing address over two parts, written for this set",
     "{N|Yan Li}, {A|Room 1203, 88 Jianguo Road}, {A|Chaoyang District, Beijing 100022}"),
    ("pk", "Mr + names; relative by first name",
     "Mr {N|Faizan Rabbani} needs Urdu materials; his son {N|Talha} translates at visits."),
    ("pk", "name + DOB dotted",
     "{N|Hamza Ayyubi}, DOB {D|23.06.1983}, asked whether Kyraxa can be taken with food."),
    ("pk", "name + Pakistani mobile written for this set",
     "Called back {N|Maheen Tabassum} on {P|+92 300 555 1294}; no answer, left VM."),
    ("pk", "name + e-mail built from it",
     "{N|Bilal Ghafoor} (pt) email {E|bilal.ghafoor82@hotmail.com} - wants the dosing card."),
    ("pk", "Islamabad sector address written for this set",
     "Shipment for {N|Ibrahim Qadeer} came back, {A|House 17, Street 9, F-8/3}, "
     "{A|Islamabad 44000} incomplete."),
    ("pk", "HCP from sample_data; MRN written for this set",
     "Per Dr. {H|Gregory Haddad}: {N|Saad Jalil} to start Veltrana 10 mg once PA clears. MRN "
     "{M|SKM-400712}."),
    ("pl_ssn", "PESEL (faker pl_PL: YYMMDD + 4 + check digit, computed for this set)",
     "Pani {N|Agnieszka Kołaczek}, PESEL {S|87031409185}, tel. {P|+48 601 555 218}"),
    ("pl", "name + DOB matching the PESEL below",
     "Patient {N|Mikołaj Wandzel} (DOB {D|07.11.1954}) asked whether Glyvance is reimbursed."),
    ("pl_ssn", "PESEL first; SURNAME GIVEN upper case; Polish referral wording",
     "PESEL {S|54110722738} - {N|WANDZEL MIKOŁAJ}, skierowanie do poradni kardiologicznej."),
    ("pl", "relatives; Warsaw address written for this set",
     "{N|Jędrzej}'s wife {N|Ewelina Bitner} collects the pens; address {A|ul. Długa 14/3}, "
     "{A|00-238 Warszawa}."),
    ("pl", "possessive + relative first name, no cue word",
     "Talked to {N|Grzegorz Szymula}'s daughter {N|Klara} at the pharmacy counter."),
    ("pl_ssn", "Polish note; PESEL of a 2000s birth (month + 20)",
     "Nowa pacjentka: {N|Roksana Pietrasiak}, ur. {D|18.04.2002}, PESEL {S|02241800450}."),
    ("mx", "two given names + two surnames; Mexico City phone written for this set",
     "{N|María Guadalupe Hernández Ruiz} (paciente), tel. {P|55 4821 9036}, CURP en "
     "expediente."),
    ("mx", "Sra. + particle surname; e-mail built from it",
     "Sra. {N|Dulce María de la Garza} called re Rheumora coupon; email "
     "{E|dulcem.delagarza@gmail.com}."),
    ("mx", "Spanish DOB in words; file number written for this set",
     "Paciente {N|José Luis Treviño Salinas}, fecha de nacimiento {D|3 de mayo de 1966}, "
     "expediente {M|IMSS-1188420}."),
    ("mx", "grandmother as contact; Monterrey address written for this set",
     "{N|Nayeli}'s abuela {N|Socorro Villalobos} is the contact, "
     "{A|Calle Hidalgo 212, Col. Centro}, {A|64000 Monterrey, N.L.}"),
    ("mx", "Mexican mobile with +52 1",
     "Sent the PAP packet to {N|Rodrigo Maldonado}; phone {P|+52 1 33 1234 5678}."),
    ("br_ssn", "CPF in faker pt_BR's masked form (check digits computed for this set)",
     "{N|Ana Luisa Campos}, CPF {S|529.982.247-25}, o hub pediu cópia do RG."),
    ("br_ssn", "CPF unmasked (faker pt_BR ssn())",
     "CPF {S|31415926590} (sem pontuação) - paciente {N|Beatriz Moreno}"),
    ("nz", "Maori first names; NZ mobile written for this set",
     "{N|Wiremu}'s whānau asked for a te reo leaflet - his mum's number is {P|021 555 0182}."),
    ("nz", "first names only, relationship words",
     "{N|Anahera} (12) and her koro {N|Rawiri} came in together; koro is on Cardelis."),
    ("nz", "first name + NHI number (format written for this set, labelled MRN)",
     "{N|Sione}'s NHI {M|ZAC5361} is on the referral letter."),
    ("nz", "first names as full name; Auckland address written for this set",
     "Ship to {N|Tama Mikaere}, {A|14 Kauri Street}, {A|Ōtāhuhu, Auckland 1062}."),
    ("tr_ssn", "the provider's docstring example TC number, first name from en_IN list",
     "{N|Emir}'s mother gave the TC kimlik no. {S|89340691651} for the import form."),
    ("kr_ssn", "RRN in faker ko_KR's '##0#0#-2######' form, value written for this set",
     "Korean visitor, RRN {S|850407-2614853}, name on passport {N|Bae Jiwoo}."),
    # ---------------- Synthea names.yml (given names, family names, street types) -----------
    ("synthea", "given + family; US phone written for this set",
     "{N|Margaret Begum} called about the Glyvance pen; cell {P|(617) 555-0148}."),
    ("synthea", "family names Uddin/Chowdhury from names.yml, given names written for this set; relatives",
     "{N|Shahid Uddin}'s wife {N|Rubina Chowdhury} manages his meds; she asked for large-print "
     "labels."),
    ("synthea", "name + SSN written for this set",
     "Hub needs SSN for PAP: {N|Deborah Gurung} {S|078-05-1120}... office to confirm."),
    ("synthea", "Synthea street type 'Stravenue' + secondary 'Apt'; address written for this set",
     "Ship to {N|Colin Abdi}, {A|882 Osman Stravenue Apt 4}, {A|Lowell, MA 01852}."),
    ("synthea", "initials only",
     "{N|R.K.} (pt initials only in the office log) - started Rheumora 2 wks ago."),
    ("synthea", "nickname in quotes + surname",
     "{N|Bethany \"Beth\" Akhtar}, DOB {D|09/17/1986}, wants the nurse ambassador visit."),
    ("synthea", "lower-case name in a CRM one-liner",
     "crm: {N|gillian rashid} - dob {D|4/2/49} - copay card activated"),
    ("synthea", "surname only, Mrs; phone with extension written for this set",
     "Mrs {N|Mahmood} left a VM, work {P|(508) 555-0192 ext. 33}."),
    ("synthea", "Synthea street type 'Mews'; multi-line shipping block",
     "SHIP TO\n{N|Trevor Bibi}\n{A|17 Hussein Mews, Unit 2}\n{A|Quincy, MA 02169}"),
    ("synthea", "SURNAME, Given chart header; MRN written for this set",
     "{N|MIAH, Kieran}  MRN: {M|5538102}  DOB: {D|1990-12-03}"),
    ("synthea", "possessive without cue word",
     "{N|Ruby Hassan}'s insurance changed in January, PA resubmitted."),
    ("synthea", "name + e-mail built from it",
     "{N|Declan O'Brien} asked for the patient brochure by e-mail: {E|declan.obrien@outlook.com}"),
    ("synthea", "apostrophe surname, Ms.; SSN without separators written for this set",
     "Ms. {N|Bridget O'Neill} SSN {S|219099999} per hub fax"),
    ("synthea", "guarantor parent",
     "Guarantor: {N|Abdul Iqbal} (father) for {N|Yasmin Iqbal}, age 15."),
    ("synthea", "Synthea street type 'Wynd'",
     "Moved to {A|5 Rehman Wynd}, {A|Salem, MA 01970} - update the delivery address."),
    ("synthea", "first name only, family context",
     "{N|Kayleigh} (pt's daughter) will do the injections while mum recovers."),
    ("synthea", "given + family; DOB written month-name first",
     "{N|Norman Kaur}, born {D|March 3, 1941}, switched to the 2 mg strength."),
    ("synthea", "hyphenated given name + family",
     "{N|Mary-Ellen Whitehead} (no relation to the PI) called re refill."),
    ("synthea", "Synthea street type 'Arcade' + 'Suite'",
     "Home address {A|301 Zaman Arcade Suite 12}, {A|Lynn, MA 01901}; phone {P|781-555-0137}."),
    ("synthea", "name + phone with dots",
     "{N|Harold Begum} - {P|617.555.0166} - prefers calls after 5."),
    ("synthea", "e-mail with plus tag",
     "Send the reminder to {E|joyce.malik+rx@gmail.com} ({N|Joyce Malik})."),
    ("synthea", "SSN with spaces written for this set",
     "{N|Reginald Osman} SSN {S|123 45 6789}? (office unsure, re-check)"),
    ("synthea", "mother's maiden name",
     "Security question on the hub portal: mother's maiden name {N|Chowdhury}."),
    ("synthea", "surname-only reference in an e-mail",
     "Hi team, the {N|Akhtar} family asked again about home delivery - can someone call them?"),
    ("synthea", "name + MRN with prefix",
     "{N|Ethel Burrows} MRN# {M|A00923817} - sample log"),
    ("synthea", "SURNAME Given upper case, DOB with dashes",
     "{N|PATEL Bernard} {D|02-14-1958} ref. from cardiology"),
    ("synthea", "patient and spouse, initials for one",
     "{N|G. Uddin} and wife {N|Hilda} attended the education evening."),
    ("synthea", "Synthea street type 'Crossroad'",
     "Return label: {N|Leslie Mohamed}, {A|90 Ibrahim Crossroad}, {A|Worcester, MA 01608}"),
    ("synthea", "name + cell + email",
     "{N|Rhiannon Miah}, cell {P|(413) 555-0101}, {E|rhiannon.m@yahoo.co.uk}"),
    ("synthea", "DOB with two-digit year; MRN written for this set",
     "Pt {N|Ivor Hussain}, MRN {M|77-31-902}, DOB {D|11/30/52}"),
    ("synthea", "lower-case surname-first form (family name Kaur from names.yml, given name written for this set)",
     "pls call back {N|kaur, gurpreet} re missed delivery"),
    ("synthea", "name with suffix",
     "{N|Derek Islam Jr.} wants to move his infusion to Saturdays."),
    ("synthea", "couple written as Mr & Mrs + double-barrelled surname (Hartley, Shah)",
     "Mr & Mrs {N|Hartley-Shah} both on the support programme; she handles the calls."),
    ("synthea", "address with PO Box",
     "{N|Nellie Abbott}, {A|PO Box 4471}, {A|Pittsfield, MA 01202}"),
    ("synthea", "first name in a text message quote",
     "Text from the office: \"{N|Sian} can't afford the copay, any foundation help?\""),
    ("synthea", "name + insurance member number (labelled MRN)",
     "{N|Kathleen Davey}, member ID {M|XJH884120057}, plan denied the Rheumora PA."),
    ("synthea", "last name first with middle initial (family name Begum from names.yml, given name written for this set)",
     "{N|Begum, Rashida K.}  DOB {D|6/9/1972}  SSN {S|045-60-7712}"),
    ("synthea", "nickname only",
     "{N|Bertie} (the 90-yr-old on Cardelis) is doing fine per his carer."),
    ("synthea", "name + phone in international US form",
     "{N|Wilfred Gill} {P|+1 617 555 0111} prefers text."),
    ("synthea", "address one line with comma-free ZIP",
     "New address for {N|Muriel Ball}: {A|48 Hart Lane Apt 3B Springfield MA 01103}"),
    ("synthea", "infant and mother",
     "Baby {N|Amelia Saunders} (DOB {D|2024-01-19}) - mum {N|Louise Saunders} asked about "
     "breastfeeding info."),
    ("synthea", "name in all caps with MRN prefix",
     "MRN {M|002-118-4432} {N|CLIFFORD WEBB} - prior auth approved"),
    ("synthea", "e-mail at work domain",
     "{N|Geraldine Nash}'s work e-mail {E|g.nash@northshore-logistics.com} is the only contact."),
    ("synthea", "name + DOB in European order",
     "{N|Percival Rhodes}, d.o.b. {D|21.10.1944}, carer collects the script."),
    ("synthea", "two patients in one note",
     "Saw {N|Harriet Osman} and {N|Stanley Reid} at the clinic day, both stable."),
    ("synthea", "relative named in a consent line",
     "Consent signed by {N|Vera Bradshaw} (daughter, POA) on behalf of {N|Arthur Bradshaw}."),
    ("synthea", "name + last-4 SSN",
     "{N|Howard Bibi}, SSN ending {S|4471}, verified by the hub."),
    ("synthea", "Suite in a multi-line block (given name written for this set, family name Saleh not in names.yml)",
     "{N|Amira Saleh}\n{A|75 Kirk Row, Suite 200}\n{A|Brockton, MA 02301}"),
    # ---------------- C-CDA examples (Referral Note, CCD 1) ----------------------------------
    ("ref", "patient name (given + spouse family) and DOB from birthTime 19750501 as US date",
     "Pt {N|Eve Betterhalf}, DOB {D|05/01/1975}, referred to cardiology; Cardelis on the list."),
    ("ref", "birth name (SRCH use) and married name",
     "{N|Eve Everywoman} (now {N|Eve Betterhalf}) - same patient, merge the two CRM records."),
    ("ref", "SSN from patientRole id 444222222, dashed",
     "SSN on the PAP form: {S|444-22-2222} ({N|Betterhalf, Eve})"),
    ("ref", "home address verbatim, street and city parts",
     "Home: {A|2222 Home Street}, {A|Beaverton, OR 97867}"),
    ("ref", "home telecom tel:+1(555)555-2003 verbatim",
     "Patient home phone {P|+1(555)555-2003} - best after 6pm."),
    ("ref", "guardian Boris with call-me name Bo; mobile +1(555)555-2008",
     "Her husband {N|Bo} ({N|Boris Betterhalf}) holds power of attorney, mobile "
     "{P|+1(555)555-2008}."),
    ("ref", "mother as caregiver, Mrs. Martha Jones, work phone 1+(555)555-1212 verbatim",
     "Caregiver: Mrs. {N|Martha Jones} (mother), {P|1+(555)555-1212}"),
    ("ref", "caregiver address verbatim over lines",
     "{N|Martha Jones}\n{A|17 Daws Rd.}\n{A|Ann Arbor, MI 97857}"),
    ("ref", "birthplace address (4444 Home Street)",
     "Born at {A|4444 Home Street}, {A|Beaverton, OR 97867} per the intake (odd, but that's "
     "what it says)."),
    ("ref", "HL7 birthTime kept as 8 digits",
     "CDA header pasted by office: patient {N|Eve Betterhalf} birthTime {D|19750501} gender F"),
    ("ref", "SSN undashed as in the id extension",
     "id root=SSN extension {S|444222222} / name {N|Eve Betterhalf}"),
    ("ref", "author: Patricia 'Patty' Primary M.D. (HCP); work phone of the author kept",
     "Letter signed by {H|Patricia Primary}, M.D. (\"{H|Patty}\"); her office is "
     "{I|1004 Healthcare Drive}, {I|Portland, OR 99123}."),
    ("ref", "informant Harold Hippocrates D.O. and recipient Nancy Nightingale RN (HCP)",
     "cc: {H|Harold Hippocrates}, D.O.; {H|Nancy Nightingale}, RN - Community Health and "
     "Hospitals, Cardiac Stepdown Unit, 4B"),
    ("ref", "provider organization with switchboard and address (kept)",
     "The DoctorsTogether Physician Group, {I|1007 Health Drive}, {I|Portland, OR 99123}, tel "
     "{I|+1(555)555-5000} - lunch booked for Thursday."),
    ("ref", "data enterer Ellen Enter (staff, HCP); NPI kept",
     "Entered by {H|Ellen Enter}; author NPI {I|5555555555}; custodian Good Health HIE "
     "({I|321CX})."),
    ("ref", "advance directive line: Dr. Patricia Primary, date (kept)",
     "Advance directive: DNR, verified by Dr. {H|Patricia Primary}, {I|Feb 19, 2011}."),
    ("ref", "patient first name only + HCP surname that is a common word",
     "{N|Eve} saw Dr. {H|Primary} last week; Dr. {H|Primary} wants Cardelis titrated."),
    ("ref", "patient + husband surname-first",
     "Betterhalf household: {N|BETTERHALF, EVE} and {N|BETTERHALF, BORIS}, same address "
     "{A|2222 Home Street}, {A|Beaverton, OR 97867}"),
    ("ref", "DOB written long",
     "Mrs {N|Betterhalf} was born on {D|1 May 1975}; the hub form had the month and day "
     "swapped."),
    ("ref", "phone re-spaced",
     "Pt ({N|Eve B.}) mobile {P|555 555 2003}"),
    ("ref", "e-mail built from the patient name for this set",
     "{N|Eve Betterhalf} e-mail {E|eve.betterhalf@example.com} for the programme newsletter."),
    ("ref", "MRN written for this set with the patient name",
     "Chart # {M|GH-004417} {N|Betterhalf, Eve} - DNR on file"),
    ("ref", "husband e-mail spelled out",
     "{N|Bo}'s e-mail is {E|bo dot betterhalf at example dot com} - he prefers that to calls."),
    ("ccd", "informants (HCPs) with common-word surnames; organizations kept",
     "Informants: {H|Ramsey Reaction}, M.D. and {H|Patrick Pump}, M.D. (The DoctorsApart "
     "Physician Group); {H|Susan Script}, Pharm.D. (People's Pharmacy)."),
    ("ccd", "lab informant William 'Bill' Beaker (HCP); lab address kept",
     "Good Health Laboratory contact {H|William Beaker} (\"{H|Bill}\"), {I|1017 Health Drive}, "
     "{I|+1(555)555-1017}"),
    ("ccd", "recipient Sara Specialize M.D. (HCP)",
     "Summary sent to Dr. {H|Sara Specialize}; she wants the echo before any Cardelis change."),
    ("ccd", "spouse as informant (PRS relatedPerson)",
     "Informant: spouse '{N|Bo}' ({N|Boris Betterhalf}) gave the history."),
    ("ccd", "patient header in a chart-summary paste",
     "Patient: {N|Eve Betterhalf}   DOB: {D|May 1, 1975}   Sex: F   SSN: {S|444-22-2222}"),
    ("ccd", "data enterer with work phone kept; patient first name",
     "{H|Ellen Enter} ({I|+1(555)555-1050}) typed in {N|Eve}'s med list."),
    ("ccd", "patient + guardian phones",
     "Contacts: {N|Eve} {P|+1(555)555-2003} (home), {N|Boris} {P|+1(555)555-2008} (mobile)."),
    ("ccd", "patient full address on one line without comma before ZIP",
     "Address {A|2222 Home Street Beaverton OR 97867 US}"),
    ("ccd", "guardian address same as patient's, over two lines",
     "Guardian ({N|Boris Betterhalf}):\n{A|2222 Home Street}\n{A|Beaverton, OR 97867}"),
    ("ccd", "patient named with SSN as 9 digits and a dotted form",
     "{N|Eve B.} SSN {S|444.22.2222}"),
    ("ccd", "HCPs only: Hippocrates and Reaction",
     "Dr {H|Hippocrates} and Dr {H|Reaction} both at the DoctorsApart group; left Cardelis "
     "leave-behinds."),
    ("ccd", "HCPs only: Beaker, Script, Pump",
     "Dropped samples with {H|Bill Beaker} at the lab desk; {H|Patrick Pump} MD out until "
     "Monday, {H|Susan Script} PharmD covering."),
    ("ccd", "birthplace only (no patient name)",
     "Birthplace: {A|4444 Home Street}, {A|Beaverton, OR 97867}"),
    ("ccd", "patient's given name lower case",
     "f/u w/ {N|eve} re: titration - {H|primary} ok'd it"),
    # ---------------- AWS Comprehend Medical documentation examples -------------------------
    ("awscli", "the detect-phi example sentence, rewritten as a rep note",
     "Patient {N|Carlos Salazar} presented with a rash on his arms and a dry cough; he lives "
     "at {A|100 Main Street}, {A|Anytown, USA} and works from home as a carpenter."),
    ("awscli", "name possessive + address",
     "{N|Carlos Salazar}'s address for the starter kit is {A|100 Main Street}, {A|Anytown}."),
    ("awscli", "upper-case header form; DOB written for this set",
     "{N|SALAZAR, CARLOS}  DOB {D|1977-08-12}  - carpenter, works from home"),
    ("awscli", "first name only + phone written for this set",
     "{N|Carlos} (carpenter) asked to be called at {P|(206) 555-0175}, not at home."),
    ("awscli", "e-mail built from the name",
     "{N|C. Salazar} - {E|csalazar@anytown-carpentry.com}"),
    ("awscli", "SSN written for this set",
     "Hub intake for {N|Carlos Salazar}: SSN {S|512-44-9087}, MRN {M|ANY-220715}"),
    ("awsdoc", "the DetectPHI example person (John Smith, 48, teacher, Seattle) in a note",
     "The patient is {N|John Smith}, a 48-year-old teacher living in Seattle."),
    ("awsdoc", "same person, address written for this set",
     "{N|John Smith} (teacher) - {A|1410 NE Campus Parkway}, {A|Seattle, WA 98195}"),
    ("awsdoc", "name + DOB written for this set",
     "Mr. {N|Smith}, DOB {D|02/29/1976}, wants the Neurevia leaflet for his school nurse."),
    ("awsdoc", "name + phone + email written for this set",
     "{N|John Smith} {P|206-555-0143} {E|jsmith.teacher@example.org}"),
    ("awsdoc", "lower-case and no cue word",
     "said hi to {N|john smith} at the pharmacy, he's doing well on veltrana"),
    ("awsdoc", "1-800-QUIT-NOW and 911 are named in the docs as numbers that are not PHI",
     "Gave the quitline card (1-800-QUIT-NOW) and reminded the office that 911 goes on the "
     "emergency sheet."),
    # ---------------- OBI deid_bert_i2b2 model card widget examples --------------------------
    ("obi", "widget 1: name, age, DOB; admit/discharge dates kept",
     "Physician Discharge Summary Admit date: {I|10/12/1982} Discharge date: {I|10/22/1982} "
     "Patient Information {N|Jack Smith}, 54 y.o. male (DOB = {D|1/21/1928})."),
    ("obi", "widget 2: home address and phone",
     "Home Address: {A|123 Park Drive}, {A|San Diego, CA, 03245}. Home Phone: "
     "{P|202-555-0199} (home)."),
    ("obi", "widget 3: care team; clinicians kept, unit and PCP office number kept",
     "Hospital Care Team Service: Orthopedics Inpatient Attending: {H|Roger C Kelly}, MD "
     "Discharge Unit: {I|HCS843} Primary Care Physician: {H|Hassan V Kim}, MD {I|512-832-5025}."),
    ("obi", "name + DOB rewritten into a rep note",
     "{N|Jack Smith} (DOB {D|01/21/1928}) - ortho discharge, daughter asked about Rheumora."),
    ("obi", "address over lines",
     "Ship to:\n{N|Jack Smith}\n{A|123 Park Drive}\n{A|San Diego, CA 03245}"),
    ("obi", "phone + relative",
     "{N|Jack}'s daughter {N|Ellen Smith} can be reached at {P|202-555-0199}."),
    ("obi", "clinicians only (kept)",
     "Dr. {H|Kelly} (ortho) and Dr. {H|Kim} (PCP) both prefer e-detailing."),
    ("obi", "upper case header; MRN written for this set",
     "{N|SMITH, JACK}  MRN {M|4490217}  Adm {I|10/12/1982}"),
    # ---------------- faker-js locale lists (Korean, Arabic, Ukrainian) ---------------------
    ("ko", "Hangul family + given name; Korean mobile and DOB written for this set",
     "환자 {N|김도윤}, 생년월일 {D|1958.10.02}, 연락처 {P|010-4821-3307}"),
    ("ko", "romanised given-family order; MRN written for this set",
     "{N|Ji-hoon Lee} MRN {M|SNUH-20193384} - asked for the Korean Glyvance leaflet."),
    ("ko", "surname alone after Mrs; possessive; no cue for the son",
     "Mrs {N|Kang}'s son {N|Tae-min} drives her to every infusion; she's on Kyraxa."),
    ("kr_ssn", "RRN in faker ko_KR's '##0#1#-1######' form, value written for this set; Hangul name",
     "주민등록번호 {S|680915-1485213} ({N|윤성민}) - 보험 확인 필요"),
    ("ko", "upper-case family-first with comma",
     "{N|HAN, SEUNG-HOON}  DOB {D|03/27/1990}  MRN {M|00-771-349}"),
    ("ko", "given name only, lower case, in a quick note",
     "{N|jiwon} (pt's daughter) will email the insurance letter from {E|jiwon.han@naver.com}"),
    ("ar", "Arabic note: given + family (محمود + الطويل) in Arabic script; phone written for this set",
     "المريض {N|محمود الطويل}، هاتف {P|+966 55 555 0142}، يسأل عن برنامج دعم المرضى."),
    ("ar", "transliterated name with Al- prefix; DOB written for this set",
     "Mr {N|Yassine Al-Gharbi}, DOB {D|17/06/1966}, prefers Arabic-speaking nurse."),
    ("ar", "Ben + family transliterated, lower case, e-mail",
     "email from {N|rachid ben omar}: {E|r.benomar@gmail.com} - lost his copay card"),
    ("ar", "relative by first name, Arabic script; MRN written for this set",
     "ابن المريض {N|نبيل} اتصل بخصوص ملف رقم {M|KFSH-448210}."),
    ("ar", "two given names + family transliterated; address written for this set",
     "{N|Tarek Walid Zarrouk}, {A|14 Rue Ibn Khaldoun}, {A|1002 Tunis} - ship the cold-chain box."),
    ("ar", "name in Arabic script with Latin MRN and phone",
     "{N|سامر سعيد} MRN {M|00381927} tel {P|+216 98 555 310}"),
    ("uk", "Ukrainian surname + initials, Cyrillic; DOB dd.mm.yyyy",
     "Пацієнт {N|Коваленко І. П.}, дата народження {D|05.09.1972}, тел. {P|+380 67 555 2198}"),
    ("uk", "surname transliterated, first name initial, MRN written for this set",
     "{N|P. Tkachenko} (MRN {M|KY-7733015}) - Neurevia titration, wife calls in."),
    ("uk", "surname only after Mr; phone written for this set",
     "Mr {N|Savytskyi} left a VM, {P|+44 7700 900461}, re the delivery slot."),
    ("uk", "Cyrillic surname in a shipping block over lines",
     "Доставка: {N|Гнатишин Андрій}\n{A|вул. Шевченка, 12, кв. 7}\n{A|79000 Львів}"),
    ("uk", "surname first, comma, upper case transliteration",
     "{N|HORBACH, MYKOLA}  DOB {D|1949-01-30}  SSN {S|601-22-4718}"),
    # ---------------- more C-CDA, OBI and AWS examples with record numbers ------------------
    ("ref", "MRN written for this set; guardian phone re-spaced",
     "Pt {N|Eve Betterhalf} MRN {M|GH-004417}; if no answer call {N|Boris} on {P|(555) 555-2008}."),
    ("ref", "DOB ISO from birthTime; MRN without hyphen",
     "{N|Betterhalf E} dob {D|1975-05-01} mrn {M|GH004417}"),
    ("ccd", "home and guardian phones re-written",
     "Home tel. {P|555-555-2003} ({N|Eve}), cell for {N|Bo}: {P|555.555.2008}"),
    ("ref", "mother's work phone verbatim with leading 1+",
     "Mum ({N|Martha}) rings from work, {P|1+(555)555-1212}, if {N|Eve} is not at home."),
    ("ccd", "DOB as dd-Mon-yyyy; MRN written for this set",
     "{N|Eve Betterhalf} {D|01-May-1975} F - MRN {M|GH-004417}"),
    ("ref", "UK-order DOB; hospital number written for this set",
     "Lab letter: Re: Mrs {N|E. Betterhalf}, hospital number {M|GHH 441 7702}, DOB "
     "{D|01/05/1975}."),
    ("obi", "widget 1 + 2 identifiers combined; MRN written for this set",
     "Pt {N|Jack Smith}, MRN {M|00071263}, home {P|(202) 555-0199}, DOB {D|21 Jan 1928}"),
    ("obi", "initial + DOB ISO + dotted phone",
     "{N|J. Smith} {D|1928-01-21} ortho f/u; phone on file {P|202.555.0199}"),
    ("awscli", "DOB and phone written for this set",
     "{N|Carlos Salazar} DOB {D|08/12/1977} cell {P|206 555 0175}"),
    ("awsdoc", "MRN written for this set",
     "{N|John Smith} MRN {M|SEA-0048812} - teacher, Seattle"),
    ("awscli", "Mr + surname; phone written for this set",
     "Call Mr {N|Salazar} back at {P|+1 206-555-0175} re the Rheumora copay card."),
    ("synthea", "given + family; DOB, MRN, phone written for this set",
     "{N|Gladys Pearce}, DOB {D|1939-06-02}, MRN {M|M0012299}, phone {P|(978) 555-0123}"),
    ("synthea", "patient + wife first name; MRN and phone written for this set",
     "{N|Lionel Gibbs} MRN {M|20394817} called in, wife {N|Enid} on the line, {P|508-555-0177}"),
    ("synthea", "DOB first, MRN, name last",
     "DOB {D|12 Dec 1961} / MRN {M|BW-772105} / {N|Yvonne Frost}"),
    ("synthea", "US DOB with single digits",
     "{N|Kieran Mann} (DOB {D|7/4/2001}) - college student, wants the app."),
    ("synthea", "SSN and MRN written for this set",
     "{N|Phyllis Doherty} SSN {S|532-11-4098} MRN {M|QH55230}"),
    ("synthea", "UK mobile (Ofcom drama range) written for this set",
     "{N|Dawn Holt} (visiting from the UK) mobile {P|07700 900123}"),
    ("synthea", "carer phone and MRN with a space",
     "{N|Melvyn Abbott}'s carer: {P|(617) 555-0190}, MRN {M|MGH 1122334}"),
    # ---------------- sample_data HCPs (hard negatives and clinician names) -----------------
    ("ko", 'HCP from sample_data; Korean patient (family 김 + given 민준 from the ko lists); MRN written for this set',
     "Met Dr. {H|Amara Okafor} at Boston Cancer Institute about {N|김민준} (MRN {M|BCI-7740213}); "
     "she wants the Kyraxa dosing slides."),
    ("sample", "HCP surname only",
     "{H|Novak} asked for the Veltrana PI in Spanish."),
    ("sample", "HCP without title, first + last",
     "Lunch with {H|Olivia Whitaker} and her fellows; no patient cases discussed."),
    ("ko", 'HCPs from sample_data; Korean given name romanised for this set, DOB written for this set',
     "Dr. {H|Daniel Chen} referred {N|Min-jun Park} (DOB {D|1983-03-15}) to Dr. {H|Lisa Chen} (endo)."),
    ("sample", "HCP in an e-mail signature with institution switchboard",
     "Best, {H|Andrew Singh}, MD | Nashville Arthritis & Rheumatology | {I|615-555-0100}"),
    ("ar", 'HCP from sample_data; Arabic given + family name (أحمد + الشريف) in Arabic script; phone written for this set',
     "Dr. {H|Fitzgerald}'s nurse asked us to call {N|أحمد الشريف} back on {P|+971 50 555 0193}."),
    ("sample", "HCP whose surname is a common word",
     "Dr. {H|Bishop} will present at the Miami neurology round table."),
    ("ar", 'HCP from sample_data; Arabic names transliterated for this set (خالد بن عاشور)',
     "call {H|robert hartmann} re {N|khaled ben achour}'s PA - his office prefers phone"),
    ("sample", "HCP with initials",
     "{H|B. Larsen} (heme/onc) requested the Kyraxa compendia listing."),
    ("uk", 'HCP from sample_data; Ukrainian surname (Шевченко) with initials; DOB written for this set',
     "{H|Tobias} at St. Brendan's wants the MSL to call about pt {N|Шевченко О. В.}, {D|12.02.1961} р.н."),
    ("sample", "HCP and institution address (kept)",
     "Dr. {H|Irene Bishop}, Memorial Hospital of Miami, {I|1611 NW 12th Ave}, "
     "{I|Miami, FL 33136} - resend the reprint."),
    ("ar", 'HCPs from sample_data; Arabic patient name transliterated for this set (سمير النجار); MRN written for this set',
     "Dr. {H|Gregory Haddad} and Dr. {H|Esther Chowdhury} presented {N|Samir El-Naggar} (MRN "
     "{M|SBC-0093318}) at the tumour board."),
    ("sample", "HCP NPI kept",
     "NPI {I|2160363232} belongs to Dr. {H|Okafor}, not a patient id."),
    ("ar", 'HCP from sample_data; Arabic patient name in Arabic script (فيصل زروق); DOB written for this set',
     "{H|Fatima Delgado}, MD, PhD - KOL board; asked about {N|فيصل زروق}, تاريخ الميلاد "
     "{D|1979/11/04}."),
    ("sample", "clinician pronoun and product",
     "Dr. {H|Keiko McAllister} has no Veltrana patients yet; she's waiting for the label update."),
    ("sample", "HCP office e-mail (institution mailbox kept)",
     "Please route speaker requests to {I|rheum.office@pinecrest-rheum.example} (Dr. "
     "{H|Leah Rosario}'s team)."),
    ("sample", "HCP + territory code",
     "Territory {I|ONC-NE-03}: Dr. {H|Okafor} first, then Dr. {H|Hartmann}."),
    ("sample", "HCP do-not-contact note",
     "Do not contact Dr. {H|Raj Sato} - opted out in March."),
    ("sample", "HCP at a restaurant named like a person",
     "Dinner program with Dr. {H|Elena Patel} at Giorgio's on 5th."),
    ("sample", "nurse and pharmacist (kept)",
     "Spoke with {H|Carla}, RN, and {H|Dev Patel}, PharmD, about storage of the pens."),
    ("ko", 'HCP from sample_data; Korean patient name (최 + 서영) romanised family-first; phone written for this set',
     "Dr. {H|Maria Nguyen} can't see reps on Tuesdays; her pt {N|Choi Seo-young} asked for a call "
     "on {P|010-5555-2871}."),
    ("sample", "HCP Petrov with Cyrillic rendering",
     "Dr. {H|Hugo Petrov} ({H|Хьюго Петров} on the Russian slide deck) approved the agenda."),
    ("mx", 'HCP from sample_data; patient from es_MX lists; Mexican phone written for this set',
     "Dra. {H|Julia Romero} pidió material sobre Glyvance para {N|Citlali Ayala}, tel. "
     "{P|(55) 5555-0147}."),
    ("sample", "HCP and institution phone",
     "Dr. {H|Omar Castillo}'s office line {I|404-555-0110} - ask for the practice manager."),
    ("uk", 'HCP from sample_data; Ukrainian surname transliterated (Бондаренко); e-mail built for this set',
     "Dr. {H|Mei Bauer} attended the 14 March webinar; her pt {N|Oksana Bondarenko} wants info at "
     "{E|oksana.bondarenko@ukr.net}."),
    ("sample", "HCP with eponym disease",
     "Dr. {H|Varga} asked about Rheumora in Sjögren's - sent to medical."),
    ("sample", "HCPs as authors of a paper",
     "Reprint: {H|Whitaker O}, {H|Dubois B} et al., J Card Fail 2023."),
    ("sample", "HCP speaker fee invoice number",
     "Invoice {I|INV-55821} for Dr. {H|Beatrice Dubois}'s talk approved."),
    # ---------------- hard negatives written by the set author -----------------------------
    ("none", "eponymous diseases",
     "Discussed Hashimoto's, Graves' disease and Addison's in the endocrine deck - no cases."),
    ("none", "eponymous syndromes and scores",
     "Q from office: is Glyvance studied in Cushing's? Also asked about the Glasgow score."),
    ("none", "trial names that look like names",
     "The ELEANOR and MARGOT trials read out in Q3; ROSALIND enrolment closes in May."),
    ("none", "lot numbers and expiry",
     "Lot {I|KX24-0917B} exp {I|03/2026} - 4 sample boxes returned unopened."),
    ("none", "visit dates that are not DOBs",
     "Next visits: {I|12/04/2025}, {I|01/15/2026}; office closed {I|12/25}."),
    ("none", "order and tracking numbers",
     "Order {I|4500183321} shipped, tracking {I|1Z999AA10123456784}."),
    ("none", "institution address and switchboard",
     "Boston Cancer Institute, {I|450 Brookline Ave}, {I|Boston, MA 02215}, main "
     "{I|617-555-0300}."),
    ("none", "street named after a person",
     "Office moved to the Martin Luther King Jr. Blvd building, suite 400."),
    ("none", "eponymous procedures",
     "Whipple and Nissen fundoplication volumes are up at St. Brendan."),
    ("none", "Parkinson's and Alzheimer's",
     "Neurology office asked for Parkinson's and Alzheimer's prevalence slides."),
    ("none", "Bell's palsy, Raynaud's",
     "Rheum nurse mentioned Raynaud's clinic on Fridays; Bell's palsy referrals go to neuro."),
    ("none", "phone-like lab values",
     "Lab ranges on the leaflet: 135-145 mmol/L sodium, 3.5-5.0 potassium."),
    ("none", "date and case number of a medical-information request",
     "MI request {I|MIR-2025-004471} answered {I|2025-11-03}; no patient details given."),
    ("none", "Apgar and Gleason",
     "Uro-onc discussion: Gleason 7 cohorts; OB asked about Apgar data in exposure registry."),
    ("none", "journal citation with author surnames as kept",
     "Shared {I|Kaplan-Meier} curves from the phase 3 paper (Lancet 2024;403:1127)."),
    ("none", "meeting room named after a person",
     "Lunch-and-learn in the Florence Nightingale room, 12:30."),
    ("none", "generic office e-mail and fax",
     "Send forms to {I|intake@hub-services.example} or fax {I|1-888-555-0199}."),
    ("none", "zip-like numbers that are not addresses",
     "Kyraxa NDC {I|50242-0917-01}; 30 tablets per bottle."),
    ("none", "Crohn's and Behçet's",
     "GI asked whether Rheumora data include Crohn's or Behçet's - sent to medical."),
]
# fmt: on


def parse(marked: str) -> tuple[str, list[dict[str, object]]]:
    """Strip the inline marks; return the plain text and its spans with offsets."""
    out: list[str] = []
    spans: list[dict[str, object]] = []
    pos = 0
    length = 0
    for m in MARK.finditer(marked):
        before = marked[pos : m.start()]
        out.append(before)
        length += len(before)
        span_text = m.group(2)
        spans.append(
            {"start": length, "end": length + len(span_text), "type": CODES[m.group(1)],
             "text": span_text}
        )  # fmt: skip
        out.append(span_text)
        length += len(span_text)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if "{" in text or "}" in text:
        raise ValueError(f"unparsed mark in {marked!r}")
    return text, spans


def build() -> list[dict[str, object]]:
    rows = []
    for key, record, marked in SNIPPETS:
        text, spans = parse(marked)
        src = dict(SOURCES[key])
        src["record"] = record
        group = f"{src['repo'] or src.get('url', key)}:{src['path']}" if src["path"] else key
        rows.append({"text": text, "spans": spans, "source": src, "group": group,
                     "split": SPLIT})  # fmt: skip
    return rows


def validate(rows: list[dict]) -> list[str]:
    problems = []
    for i, row in enumerate(rows):
        text = row["text"]
        prev_end = -1
        next_from: dict[str, int] = {}
        for s in sorted(row["spans"], key=lambda s: s["start"]):
            where = f"line {i + 1} span {s['text']!r}"
            if text[s["start"] : s["end"]] != s["text"]:
                problems.append(f"{where}: text[start:end] is {text[s['start'] : s['end']]!r}")
            if s["type"] not in PHI_TYPES | KEPT_TYPES:
                problems.append(f"{where}: unknown type {s['type']}")
            if s["start"] < prev_end:
                problems.append(f"{where}: overlaps the previous span")
            if s["text"] != s["text"].strip() or "\n" in s["text"]:
                problems.append(f"{where}: outer whitespace or line break")
            prev_end = s["end"]
        for s in row["spans"]:  # the successive text search of bench/phi.py's _locate
            found = text.find(s["text"], next_from.get(s["text"], 0))
            next_from[s["text"]] = found + len(s["text"])
            if found != s["start"]:
                problems.append(f"line {i + 1}: text search puts {s['text']!r} at {found}, "
                                f"label says {s['start']}")  # fmt: skip
        if set(row) != {"text", "spans", "source", "group", "split"} or row["split"] != SPLIT:
            problems.append(f"line {i + 1}: fields or split wrong")
    return problems


def report(rows: list[dict]) -> None:
    types = Counter(s["type"] for r in rows for s in r["spans"])
    negatives = sum(1 for r in rows if not any(s["type"] in PHI_TYPES for s in r["spans"]))
    print(f"{len(rows)} snippets, {negatives} without a patient identifier")
    print(f"patient identifiers: {sum(types[t] for t in PHI_TYPES)}")
    for t, n in types.most_common():
        print(f"  {t:13} {n}")
    repos = Counter(r["source"]["repo"] or r["source"].get("url", "") for r in rows)
    for repo, n in repos.most_common():
        print(f"  {n:4}  {repo}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="validate the written file only")
    args = parser.parse_args(argv)
    if args.check:
        rows = [json.loads(x) for x in OUT.read_text(encoding="utf-8").splitlines() if x]
    else:
        rows = build()
    problems = validate(rows)
    if problems:
        print("\n".join(problems))
        return 1
    if not args.check:
        OUT.write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
        )
    report(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
