# ruff: noqa: E501 - one snippet per line reads best
"""Fresh snippets for the named leftovers of the earlier rounds (issue 18, helper "left"): a
value on the line after its label or in the next table cell; identifiers by their label in more
countries and case/claim/member numbers with letters; titles and particles that belong to a name
in other languages; institutions and places that no list held. Each class mixes identifiers with
look-alikes that must stay (a clinician, a product, a diagnosis, a hospital, a town).

Written for this work from general knowledge of such forms, copied from no bench set; the
numbers are made up, with their check digits computed where the number has one. Each round was
written before the rules it measures and scored untuned first (figures in bench/PHI.md). Marks:
the inline format of bench/blind_phi_marks.py, ``{T|text}`` with T = N patient name, D DOB, M
record number, S national number, P phone, A address, H clinician (must stay), I anything else
that must stay (products, hospitals, places, diagnoses).
"""

from __future__ import annotations

ROUND_1: dict[str, list[str]] = {
    # a value on the line after its label, or in the next cell of a table
    "next_line": [
        "Patient name:\n{N|Gareth Lowry}\nDate of birth:\n{D|03/04/1961}",
        "MRN\n {M|0012345}\nWard\n 7B",
        "DOB:\n{D|14.02.1953}\nDiagnosis:\nType 2 diabetes mellitus",
        "Adresse:\n{A|12 rue des Lilas, 69003 Lyon}\nMédecin traitant:\nDr {H|Claire Vasseur}",
        "Nombre y apellidos:\n{N|Remedios Ortega Vidal}\nMedicamento:\n{I|Sintrom} 4 mg",
        "Name\tDOB\tMRN\n{N|Odile Ferrand}\t{D|12/09/1977}\t{M|A448190}",
        "| Patient | DOB | Phone |\n|---|---|---|\n| {N|Tomasz Wieczorek} | {D|1959-02-11} | {P|0161 496 0732} |",
        "Patient\tConsultant\tProduct\n{N|Owen Pryce}\tDr. {H|Mei Lin}\t{I|Ozempic}",
        "Name | Age | Room\n{N|Beatrix Holloway} | 81 | 12",
        "Address:\n{A|48 Wellington Road, Stockport SK4 1AA}\nPhone:\n{P|0161 480 2291}",
        "Referring physician:\n{H|Anand Rao}\nIndication:\nChest pain",
        "Product:\n{I|Xarelto} 20 mg\nLot:\nBX2291",
        "Patiëntnaam:\n{N|Maarten Verbeek}\nGeboortedatum:\n{D|22-07-1948}",
        "Name des Patienten\n{N|Heinrich Oberle}\nGeburtsdatum\n{D|09.11.1940}",
    ],
    # identifiers by their label in more countries; case, claim and member numbers with letters
    "ids": [
        "Pacient: RČ: {S|990204/7749}, pojišťovna 111.",
        "rodné číslo {S|675722/5970}, bydliště Brno",
        "Utente n.º de utente {M|287611402}, NIF {S|132699109}",
        "NISS: {S|21113930956}; Centro de Saúde de Braga",
        "Полис ОМС: {M|8926316627730686}, СНИЛС {S|656-977-781 89}",
        "Пациентка, полис ОМС № {M|9857531133614858}",
        "CNP {S|1680505180967}, internat pe secția Cardiologie",
        "Пациент с ЕГН {S|4301073904}, постъпил по спешност",
        "ΑΜΚΑ: {S|17048047017}, Νοσοκομείο Ευαγγελισμός",
        "TC Kimlik No: {S|63840191642}",
        "TAJ szám: {S|766 619 346}",
        "PESEL {S|68092877896}; oddział wewnętrzny",
        "Asmens kodas: {S|48502010771}",
        "Personas kods {S|240366-16162}",
        "NUSS {S|06 95819394 79}; CIP: {M|ORVI480212518019}",
        "codice fiscale: {S|ZBUDOD85B22G374N}, tessera sanitaria {M|80380000501234567890}",
        "PPSN {S|1607909A}",
        "Aadhaar {S|7400 9171 4529}; ABHA number {M|91-4418-2206-7731}",
        "CNS {M|943646974821234}, CPF {S|243.933.283-61}",
        "CURP: {S|KCBI951002MSLJUZ07}, NSS {S|00245892153}",
        "PhilHealth ID: {M|12-345678901-2}",
        "NRIC {S|S1797405Z}",
        "South African ID number: {S|8208163564082}",
        "reference his notes on case #{M|JH-998877}",
        "Member ID: {M|XJH123456789}",
        "Claim No. {M|2024-CL-0091}",
        # look-alikes that must stay
        "Lot BX-20231 exp. 2026-03; NDC 0002-8215-01",
        "Study CL-0091, protocol amendment 3",
        "MedDRA code 10019211, PT headache",
    ],
    # titles and particles that belong to a name in other languages
    "particles": [
        "Paciente {N|Maria do Carmo Teixeira}, 71 anos, deu entrada na urgência.",
        "Doente: {N|João dos Santos Ferreira}\nCama 4",
        "La paciente {N|Lucía de la Cruz} refiere disnea.",
        "Il paziente {N|Marco Di Stefano} riferisce dolore toracico.",
        "Patiënt {N|Joris van der Heijden} belde over zijn recept.",
        "Patient {N|Konrad von Ahlen} meldet Schwindel.",
        "Patient {N|Khalid bin Rashid Al-Mansouri}, 58, reviewed today.",
        "The patient, {N|Fatima bint Ahmed}, called back.",
        "Patient {N|Siobhán Ó Briain} rang about her refill.",
        "Patient {N|Seán Mac Giolla Phádraig} was reviewed.",
        "Beteg neve: {N|dr. Kovács Andrásné}\nSzül. dátum: {D|1950.03.14}",
        "Reçete: Hasta {N|Bülent Erdoğan}\nEczacı: {H|Ecz. Derya Acar}",
        "Ecz. {H|Murat Yılmaz} ilacı teslim etti.",
        "Kezelőorvos: {H|dr. Szabó Péter}",
        # look-alikes
        "Dr. {H|Ana de la Fuente} (cardiología) revisó el caso.",
        "Prof. {H|Hendrik van der Berg} leads the trial.",
    ],
    # institutions and places that no list held, and patients with a place's name
    "places": [
        "Referred to {I|Keio University Hospital} for a second opinion.",
        "She transferred her care to {I|Baylor Scott & White Health} last year.",
        "Rep visited {I|Quito} and {I|Reykjavik} clinics this quarter.",
        "Congress in {I|Reykjavik} next May.",
        "Conference call with the {I|Quito} team.",
        "Patient {N|Florence Adebayo} called about her dose.",
        "Mrs. {N|Quito} asked for a callback.",
        "Seen at {I|Sunnybrook Health Sciences Centre} on Monday.",
        "The {I|Karolinska University Hospital} pharmacy confirmed stock.",
        "My patient {N|Florence} says the pen jams.",
        "Flight to {I|Montevideo} then {I|Asunción} for the advisory board.",
    ],
}

# Written after round 1's rules, before any change for it: other layouts, other countries'
# labels and spellings, other particles and titles, other places and institutions.
ROUND_2: dict[str, list[str]] = {
    "next_line": [
        "Patient Name\n\n{N|Xochitl Anagnostakis}\n\nDate of Birth\n\n{D|7 March 1969}",
        "Nom;Prénom;Date de naissance\n{N|Durand};{N|Élodie};{D|04/05/1966}",
        "name,dob,mrn\n{N|Priya Raman},{D|1971-03-02},{M|88123041}",
        "Patient:\n   Mr. {N|Desmond Achterberg}\nReason:\n   refill",
        "Emergency contact\n{N|Ruth Okonkwo} (sister) {P|07700 900123}",
        "Paciente\tMédico\tCentro\n{N|Inmaculada Vera Solís}\tDra. {H|Olga Campos}\t{I|CS Delicias}",
        "| Patient | Prescriber | Drug |\n| {N|Henrike Lammers} | {H|Dr. Fabian Roth} | {I|Eliquis} |",
        "Prescriber\tPatients\nDr. {H|Ines Moreau}\t14",
        "Account\tRep\tCalls\n{I|Northside Pharmacy}\t{H|Jake Thornton}\t6",
        "Date of birth\n{D|1949-11-30}\nAllergies\nPenicillin",
        "Next of kin:\n{N|Bridget Fahy} (daughter)",
        "Geburtsdatum:\n{D|3. Mai 1951}\nKrankenkasse:\n{I|AOK Bayern}",
    ],
    "ids": [
        "r.č. {S|905127/9270}, příjem 3.2.",
        "RČ {S|661115/0667} – kontrola za měsíc",
        "Nº Utente SNS: {M|287654390}; contribuinte n.º {S|278374310}",
        "NISS n.º {S|16207562967}",
        "Cartão SUS {M|840560263027614}, RG {S|12.345.678-9}",
        "СНИЛС: {S|593-896-583 87}; паспорт {S|45 08 123456}",
        "номер полиса ОМС (ЕНП): {M|2121441911070841}",
        "C.N.P. {S|2400420701172}",
        "егн {S|7706222934}",
        "Α.Μ.Κ.Α. {S|22067617278}",
        "T.C. No: {S|68391116038}",
        "TAJ-szám: {S|478 342 198}",
        "nr PESEL {S|99052710948}",
        "a.k. {S|65008020669}",
        "p.k. {S|180887-11507}",
        "Nº SS {S|11 38757863 76}, tarjeta sanitaria CIP {M|MRGA640213318015}",
        "C.F. {S|UZJDTA89D18U354T}; n. tessera sanitaria {M|80380001200334455667}",
        "PPS No. {S|4749009G}",
        "Aadhaar no. {S|7929 1286 9545}; ABHA ID {M|14-2233-4455-6677}",
        "CPF nº {S|041.025.863-69}",
        "NSS: {S|51971497006}, CURP {S|IBXB660712MXFETC03}",
        "PhilHealth No. {M|19-050123456-7}",
        "NRIC No. {S|S6538235J}",
        "ID No. {S|9203196535083}",
        "Mrs {N|Ortiz}'s claim #{M|CLM-55120-B} was denied.",
        "their member number is {M|QX77120045}",
        "the patient's case ref {M|24-MI-0912}",
        # look-alikes that must stay
        "case #MI-2024-0119 (medical information) closed",
        "claim 44-1209 paid by the plan",
        "Nº de lote 2231-A, validade 2026",
        "ОГРН 1027700132195, ИНН организации",
        "CAS No. 50-78-2",
        "Номер заказа 44721",
    ],
    "particles": [
        "Paciente {N|Ana Paula dos Reis} ligou.",
        "Doente {N|José da Silva Xavier}, 80 anos",
        "Utente {N|Luís Miguel de Sousa e Melo} faltou à consulta.",
        "La paciente {N|María del Pilar de los Ríos} acudió a urgencias.",
        "Paziente {N|Gianluca Lo Presti}, anni 64",
        "Paziente {N|Francesca La Rosa} riferisce nausea.",
        "Patiënt {N|Sanne van 't Hof} belde.",
        "Patiënt {N|Bram ten Brink} heeft pijn.",
        "Patient {N|Friedrich zu Stolberg} kommt morgen.",
        "Patient {N|Abdullah ibn Saud} called.",
        "Patient {N|Layla El-Amin} asked for samples.",
        "Patient {N|Aoife Ní Dhomhnaill} rang.",
        "Patient {N|Mhairi NicLeòid} phoned.",
        "Beteg: {N|özv. Nagy Jánosné}, 88 éves",
        "Beteg: {N|ifj. Tóth István}",
        "A beteg ügyvédje, dr. {N|Balogh Zsuzsa} telefonált.",
        "Dyt. {H|Elif Şahin} diyet listesini verdi.",
        "Uzm. Hem. {H|Ayşe Kara} pansumanı yaptı.",
        "Dr. {H|Pieter van 't Hoff} (internist) keurde het goed.",
        "Prof. {H|Luca Di Marco} presented the data.",
    ],
    "places": [
        "Sent the samples to the lab in {I|Reykjavík}.",
        "Sales meeting in {I|Ulaanbaatar} on Tuesday.",
        "Drove to {I|Windhoek} after the visit.",
        "Regional headquarters in {I|Nairobi} approved it.",
        "Layover in {I|Doha}, then on to {I|Colombo}.",
        "The {I|Kampala} team sent the slides.",
        "Flying via {I|Addis Ababa}.",
        "Referred to {I|Tata Memorial Hospital}.",
        "She is followed at {I|Aga Khan University Hospital}.",
        "Transferred to {I|Mount Sinai Health System}.",
        "Seen at {I|Hamad Medical Corporation}.",
        "Booked at {I|Apollo Hospitals} for the scan.",
        "Patient {N|Florence Nightingale-Obi} called.",
        "Ms {N|Adelaide Kwarteng} asked about the copay.",
        "{N|Sydney} (her daughter) will pick it up.",
        "Mrs. {N|Lima} left a voicemail.",
    ],
}
