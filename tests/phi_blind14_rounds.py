# ruff: noqa: E501 - one snippet per line reads best
"""Fresh snippets for the classes phi_blind14_dev's (and phi_blind13_dev's) misses and false
positives fell into (issue 18, helper b14): everyday words and form phrases of Spanish,
German, Polish and Dutch read as names, court docket numbers read as records (precision);
Spanish record, episode and beneficiary numbers after their cue phrases, Spanish
social-security numbers, Dutch mobiles, German phones as DIN 5008 writes them, Polish ID
cards (recall); and blind13's small English classes. Each class mixes identifiers with
look-alikes that must stay.

Written for this work, copied from no bench set; numbers and people are made up (check digits
computed where the format has one). Public references for the shapes (read for their format
and vocabulary, nothing copied):
- Spanish social-security number (NUSS / NAF, "número de afiliación a la Seguridad Social"):
  es.wikipedia.org "Número de la Seguridad Social" and seg-social.es: 12 digits, province
  (2), sequence (8), control (2) = (province and sequence as one number) mod 97, printed
  "28/12345678/40" or in groups.
- Spanish health-record numbers: NHC ("número de historia clínica", one per hospital), the
  episode ("episodio") of each stay, the Tarjeta Sanitaria Individual's CIP (Ministerio de
  Sanidad, "CIP-SNS", 16 characters), Andalucía's NUHSA ("AN" and ten digits); mutual
  insurers' (MUFACE, ISFAS) "número de afiliación" / "beneficiario".
- German phones, DIN 5008 (as de.wikipedia.org "Rufnummer" describes it): area code and
  number apart by a space, the extension after a hyphen ("030 12345-67", "+49 30 12345-67");
  older letterheads' "(0 30) 12 34 56" and "030/123456".
- Dutch numbers (ACM's numbering plan, nl.wikipedia.org "Telefoonnummer"): mobiles "06"
  and eight digits ("06-12345678", "06 12 34 56 78", "+31 6 ...").
- Polish ID card (dowód osobisty, pl.wikipedia.org "Dowód osobisty w Polsce"): three
  letters and six digits, the first digit a check over weights 7,3,1,7,3,1,7,3 (the
  reference's own example ABA300000).
- Court docket numbers (no patient's): Poland's "sygnatura akt" ("II FSK 1234/22": a
  division's numeral, a register's letters, number/year; pl.wikipedia.org "Sygnatura akt"),
  Germany's "Aktenzeichen" ("1 BvR 2835/17", "VI ZR 123/20"; de.wikipedia.org
  "Aktenzeichen (Deutschland)"), Spain's "autos", "procedimiento", "recurso" number/year.
- Everyday words of these languages that the international given-name lists also hold
  (Salud, Grupo, Nota, Meine, Erste, Moja; Dolores, Consuelo as given names and nouns).
- blind13's classes (English): a billing guarantor's "Account:", a parent's name with
  "Sr."/"Jr.", a newborn's "Baby Boy/Girl Surname (Given Surname)" with a time of birth
  after the DOB, the DOB repeated in the narrative, misspelled field labels before a colon.
Each round was written before the rules it measures and scored untuned first (figures in
bench/PHI.md); round 2 was never tuned on. Marks: the inline format of
bench/blind_phi_marks.py, ``{T|text}`` with T = N patient name, D DOB, M record number, S
national number, P phone, A address, H clinician (must stay), I anything else that must stay.
"""

from __future__ import annotations

ROUND_1: dict[str, list[str]] = {
    "everyday_words": [
        "Meine Telefonnummer ist {P|0221 4471290}.",
        "Mi número de teléfono es {P|612 345 678}.",
        "Mijn telefoonnummer is {P|020 123 4567}.",
        "Erste Ansprechpartnerin für Angehörige ist die Stationsleitung.",
        "Nota de Evolución – Medicina Interna. Se revisa a {N|Dolores Ibáñez Ruiz}, que refiere dolores articulares.",
        "Se deriva al paciente al Grupo de apoyo del Centro de Salud Los Rosales; el grupo se reúne los martes y mejora su salud emocional.",
        "Moja córka {N|Anna Kowalska} przyjdzie jutro.",
        "Informe de Alta. Paciente: {N|Salud Romero Gil}. Buen estado de salud general.",
    ],
    "dockets": [
        "Wyrok NSA z dnia 12.05.2023, sygn. akt II FSK 2345/21, dotyczy podatku.",
        "Beschluss des BVerfG vom 6. Juli 2020, Az. 1 BvR 2835/17.",
        "Urteil des BGH, VI ZR 123/20, zur Arzthaftung.",
        "Sentencia del Tribunal Supremo, recurso de casación n.º 1234/2022.",
        "El expediente judicial 456/2023 no afecta al paciente {N|Ramón Ortega}, NHC {M|20471139}.",
        "Aktenzeichen 12 O 345/21 des Landgerichts; Patient {N|Jonas Weber}, Fallnummer {M|4471902}.",
    ],
    "spanish_records": [
        "La paciente, identificada con el número de historia clínica {M|HC-0047712}, acude a revisión.",
        "Queda registrado bajo el identificador {M|EP-2023-118845} del episodio actual.",
        "El número de beneficiario de la mutua es {M|MF-44712093}.",
        "Se adjunta la referencia interna {M|REF-2024-00913} al informe de alta.",
        "NUHSA {M|AN0123456789}; CIP-SNS {M|BBBBBBBBQR648597}.",
        "El paciente, identificado con el código {M|P-33019845}, firma el consentimiento.",
        "Lote del medicamento L-2024-0045, caducidad 03/2026.",
        "Según el Real Decreto 1093/2010 y la norma ISO 9001:2015.",
        "Paracetamol 1.000 mg cada 8 horas; control en 2 semanas.",
    ],
    "spanish_ssn": [
        "Número de afiliación a la Seguridad Social: {S|28 12345678 40}.",
        "NUSS {S|08/40123456/54}",
        "Con número de la Seguridad Social {S|461029384753}, afiliado al régimen general.",
        "El número de aseguramiento es {S|41 55501234 88}.",
        "Consta el código de aseguramiento {S|ES-29304050-6} en la tarjeta.",
        "Glucemia 128 mg/dl, HbA1c 7,2 %, LDL 101 mg/dl.",
    ],
    "phones_ids": [
        "Mijn telefoonnummer is {P|0687654321}.",
        "Bel mij op {P|06-24681357} na vijf uur.",
        "Telefon: {P|0 89 / 98 76 54}",
        "Rückruf unter {P|030 12345-67} erbeten.",
        "Tel. {P|+49 (0)221 4471-290}",
        "Nr dowodu osobistego: {S|ABA300000}.",
        "Pacjent okazał dowód {S|AXK812345}.",
        "Blutdruck 130/80 mmHg, Puls 72/min, ICD-10 J18.9.",
    ],
    "blind13_small": [
        "Billing Guarantor Account: {M|ACT-554120}.",
        "PARENTS: Mother {N|Rosa Vidal} and Father {N|Marco Vidal Sr.}",
        "INFANT: {N|Baby Girl Okafor (Ada Okafor)} | DOB: {D|03/14/2024 06:45} | Weight 3.1 kg",
        "NAME: {N|Leo Brandt} DOB: {D|02/11/2024}\nIntubated at birth ({D|02/11/2024}), extubated 02/13/2024.",
        "Attnding Allergst: Dr. {H|Nora Winslow}, MD",
        "Refering Physicain: Dr. {H|Omar Haddad}",
    ],
}

# Written with round 1, before any rule; never tuned on (scored once after the rules froze).
ROUND_2: dict[str, list[str]] = {
    "everyday_words": [
        "Meine Handynummer lautet {P|0171 2345678}.",
        "Mi teléfono móvil es el {P|699 112 233}; llamar por la tarde.",
        "Zweite Ansprechpartnerin ist Frau {N|Berger}.",
        "Informe de Enfermería. {N|Consuelo Navarro Gil} se muestra tranquila; la familia le da consuelo.",
        "Acude al Grupo de Trabajo de Diabetes del Centro de Salud de Vallecas.",
        "Meine Versichertennummer ist {M|A123456780}.",
    ],
    "dockets": [
        "Postanowienie SN, sygn. III CZP 45/20, oraz wyrok TK K 12/19.",
        "Az.: 3 K 1234/19 (Verwaltungsgericht), Klägerin ist die Krankenkasse.",
        "Juzgado de lo Social n.º 3, autos 345/2022, procedimiento abreviado 78/2023.",
        "Urteil des LSG, L 5 KR 456/18, zur Kostenübernahme.",
    ],
    "spanish_records": [
        "Se ha asignado el número de episodio {M|2024-EP-778812} para el ingreso.",
        "Identificada con el código {M|C-774-120934}, la paciente acude sola.",
        "Orden SND/1234/2021 y Real Decreto 1302/2018, de aplicación al servicio.",
        "Su historia clínica (NHC {M|7704512}) está disponible.",
        "El número de beneficiaria de ISFAS es {M|ISF-55120987}.",
    ],
    "spanish_ssn": [
        "El código de aseguramiento {S|29 30405060 43} se encuentra activo.",
        "Nº afiliación SS: {S|03/12004567/90}",
        "Número de Seguridad Social {S|501122334432}; tarjeta sanitaria {M|BBBBBBBBQR648597}.",
        "Se confirma el número de afiliación {S|33 90817263 00} en la base de datos.",
    ],
    "phones_ids": [
        "Mijn mobiele nummer: {P|06 13 57 24 68}.",
        "Erreichbar unter {P|0 40 / 55 66 77} oder per E-Mail.",
        "Durchwahl {P|0711 98765-432}.",
        "Seria i numer dowodu: {S|CDE744712}.",
        "Dowód {S|WXY690817} wydany przez Prezydenta Miasta.",
    ],
    "blind13_small": [
        "Account: {M|GA-0093317}",
        "Father: {N|James Whitaker Jr.}, Mother: {N|Ellen Whitaker}",
        "NEWBORN: {N|Baby Boy Lindqvist (Erik Lindqvist)} | DOB: {D|11/02/2023 23:58}",
        "DOB: {D|07/19/2023}. Phototherapy from day 2; bilirubin peaked on day 1 ({D|07/19/2023}).",
        "Primray Care Provder: Dr. {H|Alice Moreno}",
    ],
}
