# ruff: noqa: E501 - one snippet per line reads best
"""Fresh snippets for the classes the last stop's helpers named and left (issue 18, helper
"left4"). Recall: dates of birth and addresses said in words or digit by digit in a
conversation; a bare local number after a relative; Spanish health-card codes with their letters
apart from the digits, Spanish and Catalan birth dates, national numbers of Spain, Poland, the
Netherlands and Germany with unusual separators. Precision: a town after Spanish "en" in prose,
towns that are given names after a colleague's territory verb, staff roles before a first name,
a ward sister's title with a full name, a single "Patient:" line of speech. Each class mixes
identifiers with look-alikes that must stay.

Written for this work, copied from no bench set; numbers and people are made up (phones from the
ranges set aside for drama: ACMA's 0491 570 xxx mobiles, Ofcom's 07700 900xxx, NANP 555-01xx;
national numbers built with their own check digits). Public references for the shapes (read for
their vocabulary and formats, nothing copied):
- spoken dates and numbers: Cambridge Dictionary, "Dates" (the third of March, March the third,
  nineteen sixty-one, "oh" for zero); Royal Mail's postcode format as en.wikipedia.org "Postcodes
  in the United Kingdom" gives it (outward code, a digit and two letters); USPS Publication 28
  (five-digit ZIP codes; "Apt", "Unit" secondary unit designators); Australia Post's addressing
  guidelines ("Unit 5, 12 Smith St", written "5/12 Smith St", said "five slash twelve"); Royal
  Mail's PAF ("Flat 4, 17 Mill Lane": the flat before the building number);
- phones: ACMA's "Phone numbers for use in TV and film", Ofcom's numbers for drama, NANP's
  555-0100..0199; Singapore's eight-digit numbers (IMDA's National Numbering Plan: 6 fixed,
  8 and 9 mobile);
- Spanish health cards: Ministerio de Sanidad, "Tarjeta Sanitaria Individual" and the CIP-SNS
  (es.wikipedia.org "Tarjeta sanitaria"; the 16-character CIP-SNS "BBBBBBBBQR648597"); CatSalut's
  CIP (four letters from the surnames, then digits from sex and birth date and a check:
  "MRGR 1610305003"); Spanish and Catalan date words (RAE's month names; IEC's "d'agost");
- national numbers: es.wikipedia.org "Documento Nacional de Identidad (España)" (eight digits and
  a mod-23 letter), "Número de identidad de extranjero" (X/Y/Z, seven digits, letter), "Número de
  la Seguridad Social" (province, sequence, mod-97 control); pl.wikipedia.org "PESEL" (eleven
  digits, weights 1-3-7-9); nl.wikipedia.org "Burgerservicenummer" (nine digits, elfproef);
  de.wikipedia.org "Versicherungsnummer" (area, birth date, initial, serial, check:
  "65 170839 J 003");
- Spanish prose: RAE's "en" of place ("vive en Barcelona", "ingresado en Girona");
- staff roles: NHS Health Careers' roles (healthcare assistant HCA, healthcare support worker
  HCSW, nursing associate, staff nurse SN, ward clerk, porter, phlebotomist, operating department
  practitioner ODP); US Bureau of Labor Statistics SOC 2018 (29-1141 registered nurses RN,
  29-2061 licensed practical nurses LPN, 31-1131 nursing assistants CNA, 31-9092 medical
  assistants); en.wikipedia.org "Sister (nursing)" (the ward sister's title before her name);
- speaker prefixes: MTS-Dialog's and primock57's "Doctor:"/"Patient:" turns as b15 recorded them.
Each round was written before the rules it measures and scored untuned first (figures in
bench/PHI.md): rounds 1 and 2 before any rule, rounds 3 and 4 after round 1's rules; rounds 2
and 4 were never tuned on. Marks: the inline format of
bench/blind_phi_marks.py, ``{T|text}`` with T = N patient name, D DOB, M record number, S
national number, P phone, A address, H clinician (must stay), I anything else that must stay.
"""

from __future__ import annotations

ROUND_1: dict[str, list[str]] = {
    "spoken_dob_address": [
        "Doctor: Can I check your date of birth?\nPatient: Born on the {D|third of March, nineteen sixty one}.",
        "Doctor: And your birthday?\nPatient: My birthday is {D|March third, sixty-one}.",
        "Doctor: What's your date of birth?\nPatient: {D|Oh three, oh four, sixty one}.",
        "Doctor: Date of birth?\nPatient: {D|Zero nine, two nine, eighty-three}.",
        "Doctor: Where are you living now?\nPatient: I live at {A|twenty two Acacia Avenue}.",
        "Doctor: And your address?\nPatient: {A|Flat four, seventeen Mill Lane}.",
        "Doctor: What's the postcode?\nPatient: {A|L S six, two A B}.",
        "Doctor: And the ZIP code?\nPatient: {A|Nine oh two one oh}.",
        "Doctor: Your address please.\nPatient: {A|Apartment B, forty one Elm Street}.",
        "Doctor: Address?\nPatient: {A|Unit 5 slash 12 Smith Street}.",
        "Doctor: And the address?\nPatient: It's {A|two three one Leonard Street}.",
        "Pt states she was born on the {D|third of March nineteen sixty one}.",
        "He told me he lives at {A|twenty two Acacia Avenue}.",
        "Doctor: When did the pain start?\nPatient: On the third of March, about two weeks ago.",
        "Doctor: How many do you take?\nPatient: Two, three times a day.",
        "Doctor: What's your address?\nPatient: Sorry, can you say that again?",
        "Patient: I walk two miles along the High Street most days.",
        "Doctor: Take two tablets twice a day for five days.\nPatient: OK.",
        "Patient: My daughter's birthday is next week, so I'm busy.",
    ],
    "relative_numbers": [
        "Her son on {P|0491 570 156} is the main contact.",
        "Daughter: {P|555 0199}.",
        "Husband's number {P|8123 4567}.",
        "Contact wife, {P|0491 570 006}, after 5pm.",
        "NOK brother on {P|07700 900461}.",
        "Ring his daughter {P|555-0142} if no answer.",
        "Mum's mobile {P|0491 572 549}.",
        "daughter - {P|6123 4567}",
        "Her son, 45, lives nearby.",
        "Mother died 1998.",
        "Her son on 20 mg of sertraline.",
        "Husband aged 72, also diabetic.",
        "Wife gave 2 tablets at 0800.",
        "Husband's BP 140/90 at home.",
        "Wife reports 3 falls since 2019.",
        "Son 2 weeks post op, cannot drive.",
    ],
    "spanish_ids": [
        "CIP: {M|GARC 1234567890}",
        "TSI {M|BBBB 123456 78}",
        "Nº CIP: {M|MRGR 1610305003}",
        "CIP-SNS {M|BBBBBBBBQR648597}",
        "Tarjeta sanitaria: {M|LOPZ 4567890123}",
        "Nacido el {D|3 de marzo de 1961}.",
        "Fecha de nacimiento: {D|03-03-1961}.",
        "F. nac. {D|3/3/61}",
        "Data de naixement: {D|12/05/1948}",
        "Nascuda el {D|12 de maig de 1948}.",
        "FN: {D|03.03.1961}",
        "DNI {S|48.213.756-Y}",
        "DNI: {S|48213756 Y}",
        "NIE {S|X-4823175-Y}",
        "NUSS {S|28-12345678-40}",
        "NUSS: {S|28 12345678 40}",
        "PESEL: {S|720315-04824}",
        "BSN {S|1234.56.782}",
        "BSN: {S|123 456 782}",
        "Versicherungsnummer {S|65 170839 J 003}",
        "Control el 03/03/2025 en consultas externas.",
        "Dosis de 1.000.000 UI de vitamina D.",
        "Colegiado nº 28/12345.",
        "Lote 2023 1234 56, caducidad 12/2026.",
    ],
    "en_towns": [
        "Vive en {A|Barcelona} con su hija.",
        "Ingresado en Girona el martes.",
        "Trasladada desde Reus, ingresa en Tarragona.",
        "Nacido en Sevilla, reside en {A|Madrid} desde 1990.",
        "Trabaja en Valencia como profesor.",
        "Vive en {A|Santiago} desde 2015.",
        "Ingresado en Toledo por neumonía.",
        "Residente en {A|Soria}, acude con su esposa.",
        "Domicilio: {A|Calle de Sants 45}, en {A|Barcelona}.",
        "Vive en {A|Avenida del Puerto 12}, en {A|Valencia}.",
        "Hablé con {N|Carmen Ruiz} en consulta.",
    ],
    "territory_towns": [
        "Sinead covers Kerry and Clare this quarter.",
        "Declan covering Wexford and Carlow until March.",
        "Ciara's territory includes Clare and Kerry.",
        "Tom covers Austin and Dallas for the oncology line.",
        "Jess is based in Chester and covers Crewe.",
        "Paddy covering Derry, Sligo and Mayo from January.",
        "Staff nurse covering {N|Kerry} and {N|Clare} in bay 4 tonight.",
        "Covering {N|Tyler} and {N|Marion} tonight",
    ],
    "staff_roles": [
        "HCA {H|Kit} helped with the wash.",
        "HCA {H|Joy} assisted with the hoist.",
        "SN {H|Pat} gave the 10:00 meds.",
        "RN {H|Kim} checked obs at 14:00.",
        "CNA {H|Dot} turned him every two hours.",
        "Ward clerk {H|Ann} booked transport.",
        "Porter {H|Bill} took him to X-ray.",
        "LPN {H|Sue} dressed the wound.",
        "HCSW {H|Mo} did the obs.",
        "Phlebotomist {H|Tam} took bloods at 08:00.",
        "Receptionist {H|Pam} booked the follow-up.",
        "Porter {H|Bill} took Mrs {N|Lowry} to X-ray.",
        "HCA {H|Kit} helped wash. {N|Kit} is comfortable and settled.",
    ],
    "sister_title": [
        "Sister {H|Mary Evans} visited this morning.",
        "Sister {H|Anne Doyle} reviewed the wound.",
        "Sister {H|Kate Byrne} will discuss discharge with the family.",
        "Seen on the ward round. Sister {H|Ruth Kelly} agreed the plan.",
        "Her sister {N|Mary Evans} visited this morning.",
        "His Sister {N|Mary Evans} visited.",
        "The patient's sister {N|Anne Doyle} rang.",
        "Pt's Sister {N|Kate Byrne} is NOK.",
    ],
    "single_patient_line": [
        "Patient: Yes, the pain is better.",
        "Patient: Yeah I think so.",
        "Patient: No, not since Tuesday.",
        "Patient: Much better today, thanks.",
        "Patient: I've been taking the Ventolin twice a day.",
        "Patient: {N|John Smith}",
        "Patient: {N|John Smith}, DOB {D|03/04/1961}",
        "Patient: {N|Moana Tuilagi}\nMRN: {M|4471293}",
        "Patient: Sure, my son {N|Tom} drives me.",
        "Patient: Good morning Doctor {H|Patel}.",
    ],
}

ROUND_2: dict[str, list[str]] = {
    "spoken_dob_address": [
        "Doctor: Could you confirm your date of birth?\nPatient: Yeah, it's the {D|twenty-ninth of February, nineteen seventy-two}.",
        "Doctor: And when were you born?\nPatient: {D|One two, one one, nineteen eighty}.",
        "Doctor: And where do you live?\nPatient: {A|Flat two, eighty eight Queen's Road}.",
        "Doctor: What's your zip?\nPatient: {A|Six oh six one four}.",
        "Doctor: And the postcode there?\nPatient: {A|B one five, two T T}.",
        "Doctor: How long has it hurt?\nPatient: Since the second of May, nineteen days now.",
        "Patient: I take two, sometimes three, every morning.",
    ],
    "relative_numbers": [
        "Called her daughter on {P|0491 574 632} - no answer.",
        "Grandson's number: {P|555 0178}.",
        "Wife {P|9123 4567} (mobile).",
        "Daughter, 52, is her carer.",
        "Son took 2 x 500 mg at 2200.",
        "Mother died 1987 of a stroke.",
    ],
    "spanish_ids": [
        "CIP {M|FERN 5512347788}",
        "Fecha nac.: {D|7-VIII-1955}",
        "Nascut el {D|7 d'agost de 1955}.",
        "DNI n.º {S|30 518 274-B}",
        "PESEL {S|851123 09139}",
        "BSN {S|31.41.59.265}",
        "Lote 4567 1234567890, caducidad 2027.",
    ],
    "en_towns": [
        "Reside en {A|Zamora} con su esposo.",
        "Residente en {A|Segovia}, jubilado.",
        "Ingresa en Lucena por caída.",
        "Domicilio: {A|Plaza del Sol 3}, en {A|Toledo}.",
    ],
    "territory_towns": [
        "Niamh is based in Clare and covers Galway too.",
        "Sam's territory is Austin and Houston.",
        "Covering {N|Austin} and {N|Savannah} in beds 3 and 4 tonight.",
    ],
    "staff_roles": [
        "HCSW {H|Dee} did the 6am obs.",
        "Ward clerk {H|Jan} chased the notes.",
        "Porter {H|Ray} brought the chair.",
        "Student nurse {H|Faye} took a set of obs on Mr {N|Price}.",
    ],
    "sister_title": [
        "Sister {H|Joan Hughes} took handover.",
        "Sister {H|Clare Nolan} phoned pharmacy.",
        "Her Sister {N|Joan Hughes} brought clothes.",
    ],
    "single_patient_line": [
        "Patient: Okay, that makes sense.",
        "Patient: Not really, Doctor.",
        "Patient: {N|Arlo Penhaligon}",
        "Patient: {N|Sarah O'Neill} (DOB {D|12/08/1974})",
        "Patient: Better since Monday.",
    ],
}

# Rounds 3 and 4: written after round 1's rules, before round 3's; round 4 never tuned on.
ROUND_3: dict[str, list[str]] = {
    "spoken_dob_address": [
        "Doctor: Can you tell me your date of birth?\nPatient: It's the {D|fourteenth of July, nineteen forty nine}.",
        "Doctor: DOB?\nPatient: {D|Two one, oh six, seventy}.",
        "Doctor: When's your birthday?\nPatient: My birthday's {D|June fifth, nineteen fifty}.",
        "Doctor: Where do you live?\nPatient: {A|Flat 3, ninety Station Road}.",
        "Doctor: And your postcode?\nPatient: {A|M one four, five R T}.",
        "Doctor: Could I have your ZIP code?\nPatient: {A|One oh zero two five}.",
        "Doctor: Your address?\nPatient: {A|Apartment twelve, three hundred Park Avenue}.",
        "Doctor: Address?\nPatient: {A|Suite four, eleven Harbour Street}.",
        "She said she lives at {A|forty two Willow Crescent}.",
        "Patient reports he was born on the {D|first of May nineteen forty}.",
        "Doctor: When was your last period?\nPatient: The fourth of June, I think.",
        "Doctor: How many flights of stairs?\nPatient: Two, three flights at most.",
        "Patient: We moved to a flat four years ago.",
        "Doctor: Take one tablet, two times a day, for five days.\nPatient: Right.",
    ],
    "relative_numbers": [
        "Son's mobile: {P|0491 575 254}",
        "Best contact is her niece on {P|555-0163}.",
        "Partner {P|07700 900318} (evenings).",
        "Wife's number is {P|9812 3456}.",
        "Ring daughter {P|0491 576 801} re discharge.",
        "Son on 5 mg ramipril too.",
        "Daughter 2010, son 2012.",
        "Wife 65, husband 70.",
        "Brother died aged 61.",
        "Her daughter at 1400 visiting.",
    ],
    "spanish_ids": [
        "Número de tarjeta sanitaria: {M|RDGZ 7803125544}",
        "CIP autonómico {M|SNCH 0610305003}",
        "Data de naixement: {D|3 de març de 1961}",
        "Nascut el {D|15 d'octubre de 1947}.",
        "DNI: {S|71.264.093-L}",
        "NIE: {S|Y 4823175 C}",
        "NUSS {S|08/47201936/56}",
        "PESEL: {S|660708 12769}",
        "BSN {S|271-828-183}",
        "Rentenversicherungsnummer: {S|12 030361 M 126}",
        "Lote: 4471 2293 18.",
        "Habitación 312, cama 2.",
    ],
    "en_towns": [
        "Ingresada en Lleida por fractura de cadera.",
        "Atendido en Mataró el lunes.",
        "Trabaja en Victoria como enfermera.",
        "Vive en {A|Terrassa} con su marido.",
        "Nacida en Zaragoza, reside en {A|Huesca}.",
        "Confía en {N|Santiago}, su hijo mayor.",
        "Domicilio: {A|Carrer Major 8}, en {A|Girona}.",
    ],
    "territory_towns": [
        "Aoife covers Clare and Limerick now.",
        "Grace is based in Lincoln and covers Boston.",
        "Fiona's patch includes Austin and Tyler.",
        "Night nurse covering {N|Austin} and {N|Tyler}, both settled.",
    ],
    "staff_roles": [
        "HCA {H|Beth} did the 2pm obs.",
        "Healthcare assistant {H|Joy} helped him to the chair.",
        "SN {H|Viv} escorted him to CT.",
        "Porter {H|Ray} collected the samples.",
        "Ward clerk {H|Lyn} rang the family.",
        "Nursing associate {H|Cass} gave the IV antibiotics.",
        "CNA {H|Rosa} fed him lunch.",
        "PCT {H|Lee} drew the labs.",
        "HCA Midlands Healthcare sent the referral.",
        "Patient {N|Porter Grace} is comfortable.",
    ],
    "sister_title": [
        "Sister {H|Helen Burke} reviewed the pressure areas.",
        "Sister {H|Orla Quinn} discussed the plan with the family.",
        "Sister {H|Jane Roberts} has arranged district nurse follow-up.",
        "Her sister {N|Helen Burke} is next of kin.",
        "Mother and sister at bedside. Sister {N|Orla Quinn} asked about discharge.",
        "The patient's Sister {N|Jane Roberts} called.",
    ],
    "single_patient_line": [
        "Patient: Actually it's worse at night.",
        "Patient: Just a bit tired, really.",
        "Patient: My wife says I snore.",
        "Patient: {N|Elspeth Marchbanks}",
        "Patient: {N|Rhys Llewellyn}, MRN {M|8834120}",
        "Patient: Fine, thank you.",
    ],
}

ROUND_4: dict[str, list[str]] = {
    "spoken_dob_address": [
        "Doctor: And your date of birth?\nPatient: {D|Oh one, one two, fifty five}.",
        "Doctor: Your address?\nPatient: {A|Flat six, fourteen Kings Road}.",
        "Doctor: What's your ZIP?\nPatient: {A|Three three one three nine}.",
        "Doctor: How old is your son?\nPatient: Twelve, thirteen in May.",
    ],
    "relative_numbers": [
        "Niece: {P|555 0121}.",
        "Call his wife on {P|0491 577 426}.",
        "Son, 38, drives her.",
    ],
    "spanish_ids": [
        "CIP {M|TORR 4455667788}",
        "Nascuda el {D|2 de febrer de 1952}.",
        "DNI {S|30518274-B}",
        "PESEL {S|720315 04824}",
        "Lote 7781 2290 11.",
    ],
    "en_towns": [
        "Ingresado en Badalona ayer.",
        "Reside en {A|Sabadell}.",
        "Trabaja en Florida como conductor.",
    ],
    "territory_towns": [
        "Brid covers Kerry, Cork and Clare.",
        "Covering {N|Kerry} and {N|Chester} tonight, both post-op.",
    ],
    "staff_roles": [
        "HCA {H|Meg} helped with meals.",
        "Porter {H|Stan} took him to theatre.",
        "Ward clerk {H|Viv} booked the ambulance.",
    ],
    "sister_title": [
        "Sister {H|Aine Walsh} updated the family.",
        "His sister {N|Aine Walsh} visited.",
    ],
    "single_patient_line": [
        "Patient: Not too bad today.",
        "Patient: {N|Tamsin Rowe}",
    ],
}
