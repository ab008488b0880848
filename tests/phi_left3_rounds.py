# ruff: noqa: E501 - one snippet per line reads best
"""Fresh snippets for the classes the last stop's helpers named and left (issue 18, helper
"left3"). Recall: a lone first name a role introduced, standing where only the patient stands;
relatives' given names joined by "and" after a plural kin word; names that are two everyday
words in a person's place; phone cues (office/home/work/direct line, landline, cell, mob.) and
bare digits after a relative; a bare name on a patient letter's copy line; CPF/NIF after
first-person cues, Carte Vitale numbers, an unlabelled record number on a banner line, a house
number glued to its street. Precision: UK nursing titles before staff names, letter formulas,
a colleague's first name in territory talk, a foreign word that is a surname before a given
name after a French preposition. Each class mixes identifiers with look-alikes that must stay.

Written for this work, copied from no bench set; numbers and people are made up (phone numbers
from the ranges set aside for drama: Ofcom's 020 7946 0xxx, 0161 496 0xxx, 07700 900xxx;
NANP 555-01xx; ACMA's 0491 570 xxx). Public references for the shapes (read for their
vocabulary, nothing copied):
- NHS job titles: NHS Health Careers, "Explore roles: nursing" (healthcareers.nhs.uk: ward
  sister / charge nurse, clinical nurse specialist, specialist nurse posts by condition);
  Macmillan Cancer Support, "Macmillan nurses" (macmillan.org.uk); en.wikipedia.org "Sister
  (nursing)" (the ward sister's title before a surname);
- letter formulas: fr.wikipedia.org "Formule de politesse" (Monsieur le Professeur, Madame la
  Directrice, Cher Confrère), DIN 5008's salutations as de.wikipedia.org "Anrede" gives them
  (Sehr geehrte Frau Kollegin, Sehr geehrte Damen und Herren), the Royal Mail / GOV.UK style
  "Dear Sir or Madam";
- phone cues: ITU-T E.123 (national and international notation, "Tel.", "Mob."), Ofcom's
  numbers for drama, ACMA's fictitious numbers;
- CPF: Receita Federal's CPF (pt.wikipedia.org "Cadastro de Pessoas Físicas": NNN.NNN.NNN-DD,
  two mod-11 check digits); NIF: Autoridade Tributária's número de identificação fiscal
  (pt.wikipedia.org "Número de identificação fiscal": nine digits, mod-11 check); Carte
  Vitale: ameli.fr and fr.wikipedia.org "Carte Vitale" (the card carries the holder's NIR,
  13 digits and a two-digit key, printed in groups "1 85 05 78 006 084 36");
- addresses: La Poste's NF Z10-011 (number before the street type), Correos' "Calle Mayor, 5"
  (number after the street name), where OCR and hurried typing drop the space;
- banner lines: NHS Digital's patient banner standard (ISB 1500's banner: name, DOB, gender,
  NHS number, local identifier in one row).
Each round was written before the rules it measures and scored untuned first (figures in
bench/PHI.md); round 2 was never tuned on. Marks: the inline format of
bench/blind_phi_marks.py, ``{T|text}`` with T = N patient name, D DOB, M record number, S
national number, P phone, A address, H clinician (must stay), I anything else that must stay.
"""

from __future__ import annotations

ROUND_1: dict[str, list[str]] = {
    "role_first_names": [
        "Nurse {H|Pat} spoke to the family. {N|Pat} is comfortable tonight.",
        "Nurse {H|Pat} rang. {N|Pat}'s daughter will visit at six.",
        "RN {H|Robin} checked the line. {N|Robin} was discharged at noon.",
        "Midwife {H|Dee} reviewed at 10. {N|Dee}'s left ankle is swollen.",
        "Physio {H|Cam} saw him. {N|Cam}'s wife asked about the stairs.",
        "Nurse {H|Kendra} called. {H|Kendra} said the pump alarmed.",
        "Charge nurse {H|Shay} took bloods. {H|Shay} will call back after handover.",
        "Nurse {H|Jo} rang; {N|Jo} is comfortable and eating.",
    ],
    "kin_lists": [
        "Her sons {N|Kerry} and {N|Lincoln} visited today.",
        "His daughters {N|Rose} and {N|Hope} are at bedside.",
        "Sa fille {N|Marie} et son fils {N|Paul} sont venus.",
        "Her grandchildren {N|Paris}, {N|Austin} and {N|Savannah} visit weekly.",
        "Their twins {N|Sky} and {N|River} are four.",
        "Her sons and daughters visited today.",
        "His daughters are in Year 7 and Year 9.",
        "Her sons, both nurses, help with the injections.",
    ],
    "word_pair_names": [
        "{N|Sky Rivers} said the pen leaks.",
        "{N|Summer Lake} (pt) called about the refill.",
        "Spoke with {N|Sky Rivers} about her dose.",
        "{N|Autumn Brook}, 34, reports nausea.",
        "Mother {N|Dawn Field} called back.",
        "Blue Cross said the claim was denied.",
        "Spoke with Express Scripts about the PA.",
        "Summer Lake camp forms are due Friday.",
    ],
    "phone_cues": [
        "Office line: {P|020 7946 0321}",
        "Landline {P|0161 496 0123}, mobile {P|07700 900456}.",
        "Direct line {P|(02) 9374 4400}",
        "work line {P|555-201-0147}",
        "mob. {P|0491 570 156}",
        "her son on {P|0412 555 019}",
        "daughter: {P|555 0199}",
        "wife - {P|555 0134}",
        "Landline not working; use email.",
        "Son on 20 mg of citalopram too.",
        "Direct line of questioning upset her.",
    ],
    "cc_lines": [
        "Dear Mrs {N|Hughes},\nYour scan was normal.\nYours sincerely,\nDr {H|Rhian Jones}\ncc: {N|Ceri Hughes}",
        "Dear Mr {N|Price},\nWe will see you in clinic.\ncc: {N|Gareth Price}\ncc: Dr {H|Alun Morgan}, GP",
        "Re: your appointment\ncc: {N|Bethan Lloyd}\ncc: {H|Sian Evans}, Practice Nurse",
        "Dear Ms {N|Khan},\nThe results are back.\ncc: {H|Owain Price} MRCP",
        "Dear Mrs {N|Roberts},\nPlease bring your inhalers.\ncc: {H|Ffion Davies}, Llandaff Surgery",
    ],
    "numbers": [
        "O meu CPF é {S|529.982.247-25}.",
        "meu CPF: {S|52998224725}",
        "Meu CPF é o {S|111.444.777-35}, obrigado.",
        "O meu NIF é {S|123 456 789}.",
        "Carte Vitale : {S|2 78 03 33 063 045 90}",
        "Carte Vitale n° {S|1 85 05 78 006 084 36}",
        "Pensez à votre Carte Vitale.",
        "{N|JONES, Mary}  {D|12/03/1956}  F  {M|K4471293}",
        "Adresse : {A|12rue Victor Hugo, 69002 Lyon}",
        "Dirección: {A|Calle Mayor5, 28013 Madrid}",
        "CPF da empresa de transporte em análise.",
    ],
    "nursing_titles": [
        "Sister {H|Jones} reviewed him on the ward.",
        "Sister {H|Mary Evans}, Ward 7",
        "Charge Nurse {H|Tom Reid} will ring back.",
        "Heart Failure Specialist Nurse {H|Helen Price} visited.",
        "Seen by Clinical Nurse Specialist {H|Ann Wu}.",
        "Macmillan nurse {H|Beth Owen} to call her.",
        "Her sister {N|Jane} drives her to clinic.",
        "His sister {N|Mary Evans} visited.",
    ],
    "letter_formulas": [
        "Dear Friends,\nOur clinic moves in May.",
        "Dear Colleagues,\nPlease find the audit attached.",
        "Dear Sir/Madam,\nI am writing about the referral.",
        "Monsieur le Professeur,\nJe vous adresse ce patient.",
        "Madame la Directrice,\nVeuillez trouver ci-joint le rapport.",
        "Sehr geehrte Frau Kollegin,\nwir berichten über den Verlauf.",
        "Dear Mrs {N|Hughes},\nYour scan was normal.",
        "Monsieur {N|Dupont},\nvotre rendez-vous est confirmé.",
        "Sehr geehrte Frau {N|Müller},\nanbei der Befund.",
    ],
    "territory_colleagues": [
        "Aoife covers Galway from Monday.",
        "Ask Aoife from medical about the data.",
        "Handed Sligo and Leitrim to Aoife.",
        "Niamh runs the Cork team meeting on Tuesday.",
        "{N|Aoife} called about her inhaler.",
        "{N|Niamh} is comfortable after the infusion.",
    ],
    "pour_surname": [
        "Ordonnance pour {N|Zeer Jeanne}, 1 boîte.",
        "Rendez-vous pour {N|Groot Marie} le 3 mars.",
        "Courrier pour {N|Klein Sophie} à envoyer.",
        "Pour le docteur {H|Fabrice Gérard}.",
        "Certificat pour la Clinique Sainte Jeanne.",
    ],
}

# Written with round 1, before any rule, never tuned on: the last untuned figure.
ROUND_2: dict[str, list[str]] = {
    "role_first_names": [
        "RN {H|Lou} hung the fluids. {N|Lou}'s mum is at bedside.",
        "Nurse {H|Bev} called. {H|Bev} said the dressing is dry.",
        "HCA {H|Kit} helped wash. {N|Kit} is comfortable and settled.",
    ],
    "kin_lists": [
        "Her daughters {N|Ivy} and {N|Georgia} will stay overnight.",
        "Ses fils {N|Louis} et {N|Florence} sont prévenus.",
        "His sons are both at university.",
    ],
    "word_pair_names": [
        "{N|Misty Meadows} reports the pain is better.",
        "Blue Shield said the form is missing.",
    ],
    "phone_cues": [
        "Home line: {P|0161 496 0789}",
        "cell: {P|(555) 201-0188}",
        "husband on {P|07700 900789}",
        "Cell count normal.",
    ],
    "cc_lines": [
        "Dear Miss {N|Ellis},\nYour results are normal.\ncc: {N|Carys Ellis}\ncc: Dr {H|Huw Thomas}",
        "cc: {H|Eleri Hughes}, Diabetes Specialist Nurse",
    ],
    "numbers": [
        "Meu CPF: {S|390.533.447-05}",
        "NIF do utente: {S|245 678 902}",
        "Carte Vitale : {S|1 62 11 75 112 004 58}",
        "Domicilio: {A|Calle Real3, 41001 Sevilla}",
    ],
    "nursing_titles": [
        "Sister {H|Rees}, Ward 3, will discharge him.",
        "Lung Cancer Nurse Specialist {H|Paul Hart} reviewed.",
        "Her sister {N|Ann Rees} lives nearby.",
    ],
    "letter_formulas": [
        "Dear Sir or Madam,\nThe clinic is closed on Friday.",
        "Madame le Docteur,\nJe vous remercie.",
        "Dear Mr {N|Evans},\nPlease fast from midnight.",
    ],
    "territory_colleagues": [
        "Ciara covers Mayo and Roscommon now.",
        "{N|Ciara} was discharged home today.",
    ],
    "pour_surname": [
        "Bon pour {N|Bello Anne}, transport assis.",
        "Pour le Pr {H|Jean Martin}.",
    ],
}

# Written after round 1's rules, before round 3's, and scored untuned first.
ROUND_3: dict[str, list[str]] = {
    "role_first_names": [
        "Nurse {H|Bea} did obs. {N|Bea}'s right hip is sore today.",
        "Midwife {H|Fran} visited. {N|Fran} was admitted overnight.",
        "RN {H|Sunny} gave meds. {N|Sunny} remains afebrile.",
        "Physio {H|Mo} mobilised him. {H|Mo} says two more sessions.",
        "Nurse {H|Gill} rang. {H|Gill} will update the GP.",
    ],
    "kin_lists": [
        "His grandsons {N|Dallas} and {N|Phoenix} help at home.",
        "Her daughters, {N|Faith} and {N|Joy}, share the care.",
        "Sus hijos {N|Santiago} y {N|Victoria} viven cerca.",
        "Her two sons {N|Chester} and {N|Ashley} are aware.",
        "Her sons and their wives visited at the weekend.",
        "His daughters live in Leeds and York.",
    ],
    "word_pair_names": [
        "{N|Rain Hill}'s knee is still swollen.",
        "Daughter {N|Star Field} rang with questions.",
        "{N|Hope Meadows}, 61, had a fall.",
        "Golden Valley Pharmacy called about stock.",
        "Spoke with Royal Mail about the lost parcel.",
    ],
    "phone_cues": [
        "Home line {P|01632 960 456}",
        "Work line: {P|0161 496 0555}",
        "her daughter on {P|555 0177}",
        "Mob.: {P|07700 900 321}",
        "partner - {P|555-0166}",
        "office line busy all morning.",
        "Daughter: 2 children under 5.",
    ],
    "cc_lines": [
        "Dear Ms {N|Patel},\nYour blood test is normal.\ncc: {N|Anita Patel}",
        "Dear Mr {N|Lewis},\nSee you in six weeks.\ncc: {H|Tom Reed}, Pharmacist",
        "Dear Mrs {N|Owen},\nYour next dose is due.\ncc: Dr {H|Mari Jones}; {N|Siân Owen}",
    ],
    "numbers": [
        "O meu CPF é {S|390.533.447-05}, por favor.",
        "Meu NIF é {S|245678902}.",
        "Carte Vitale n° {S|2 91 07 13 055 120 44}",
        "{N|SMITH, John}  {D|04/11/1949}  M  {M|RX558213}",
        "Adresse : {A|7rue des Lilas, 75019 Paris}",
        "Vitale 2 data loaded in the app.",
    ],
    "nursing_titles": [
        "Sister {H|Hughes} on Ward 9 agreed the plan.",
        "Discussed with Tissue Viability Nurse {H|Rhian Cole}.",
        "Charge Nurse {H|Ben Ellis}, Ward 2",
        "Her sister {N|Ruth} will stay tonight.",
    ],
    "letter_formulas": [
        "Dear All,\nPlease note the new clinic times.",
        "Dear Parents,\nThe vaccination session is on Monday.",
        "Madame la Présidente,\nJe vous prie d'agréer.",
        "Sehr geehrte Damen und Herren,\nanbei der Bericht.",
        "Dear Mrs {N|Owen},\nYour appointment is confirmed.",
    ],
    "territory_colleagues": [
        "Sinead covers Kerry and Clare this quarter.",
        "Check with Eoin from marketing about the slides.",
        "{N|Sinead} was discharged after the infusion.",
    ],
    "pour_surname": [
        "Ordonnance pour {N|Berg Louise}, renouveler.",
        "Transport pour Sainte Marie demain.",
    ],
}

# Written with round 3, before its rules, never tuned on: the last untuned figure.
ROUND_4: dict[str, list[str]] = {
    "role_first_names": [
        "Nurse {H|Wren} settled him. {N|Wren}'s son will call later.",
        "RN {H|Tess} paged. {H|Tess} said obs are stable.",
    ],
    "kin_lists": [
        "Their daughters {N|Brooklyn} and {N|Sydney} are at school.",
        "Ses filles {N|Lorraine} et {N|Chantal} sont là.",
    ],
    "word_pair_names": [
        "{N|Ivy Moss} said her inhaler is empty.",
    ],
    "phone_cues": [
        "Direct line: {P|0161 496 0999}",
        "son - {P|555 0123}",
    ],
    "cc_lines": [
        "Dear Mr {N|Rees},\nYour results are fine.\ncc: {N|Dylan Rees}",
    ],
    "numbers": [
        "O meu CPF é o {S|529.982.247-25}.",
        "Carte Vitale : {S|1 70 02 69 123 456 12}",
    ],
    "nursing_titles": [
        "Sister {H|Morgan}, Ward 4, is happy for discharge.",
        "His sister {N|Carol} lives in {A|Swansea}.",
    ],
    "letter_formulas": [
        "Dear Colleague,\nThank you for the referral.",
        "Monsieur le Directeur,\nVeuillez trouver ci-joint.",
    ],
    "territory_colleagues": [
        "Orla covers Limerick while I'm away.",
    ],
    "pour_surname": [
        "Bon de transport pour {N|Kort Hélène}.",
    ],
}
