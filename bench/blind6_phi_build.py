"""Build the sixth blind set for the patient-identifier scrubber and its two halves.

Every snippet is held below with its spans marked inline as ``{T|text}``, where T is one of
N (PATIENT-NAME), D (DOB), M (MRN), S (SSN), P (PHONE), E (EMAIL), A (ADDRESS) and the kept
types H (HCP) and I (IGNORE) (the format of bench/blind_phi_marks.py). The script strips the
marks, computes the offsets, validates every row (span text equals text[start:end], no
overlaps, known types, no line break or outer whitespace in a span, and bench/phi.py's
``_locate`` text search lands every label on its offset) and splits the set as BLIND5-phi.md
describes: alternate snippets of each ``group`` (source file) to the development and held-out
halves, identifier-free snippets alternating among themselves, the first of each to dev.
Never runs a detector and imports nothing from prepcli.

    python bench/blind6_phi_build.py                 # write bench/phi_blind6_dev.jsonl + _held.jsonl
    python bench/blind6_phi_build.py --whole PATH    # also write the whole set to PATH
    python bench/blind6_phi_build.py --check         # validate the written halves only

Provenance of each snippet is in its ``source`` field; BLIND6-phi.md describes the set.
"""

# ruff: noqa: E501  (the snippet table holds long strings; each snippet stays on its lines)
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import blind_phi_marks as marks

BENCH = Path(__file__).resolve().parent
DEV = BENCH / "phi_blind6_dev.jsonl"
HELD = BENCH / "phi_blind6_held.jsonl"
SPLIT = "blind6"

# fmt: off
FFAKER = "ffaker/ffaker"
FFAKER_COMMIT = "6c96c11c8749200a5f4e4de76ddedf68a3d5ee30"
FAKERS = "cksac/fake-rs"
FAKERS_COMMIT = "8a3a1bed2c9828feac50f916fcf2225dda206d7e"
EXFAKER = "elixirs/faker"
EXFAKER_COMMIT = "57ea4df6b0779a389d019365cf761963266f0e2f"
GOFAKEIT = "brianvoe/gofakeit"
GOFAKEIT_COMMIT = "f0b548a543358d5eee6c5858a0a6738344fd3ce2"

# ffaker locale -> the files a snippet of that locale draws on (names, streets, cities, the
# phone / id / postcode masks of the locale's Ruby module)
FFAKER_FILES = {
    "en": "lib/ffaker/data/name/* + lib/ffaker/address_us.rb, address_uk.rb, address_ca.rb, address_au.rb, phone_number_au.rb, phone_number_gb.rb, ssn.rb",
    "de": "lib/ffaker/data/name_de/* + lib/ffaker/data/address_de/city, lib/ffaker/address_de.rb, phone_number_de.rb",
    "ch": "lib/ffaker/data/name_de/*, name_fr/*, name_it/* + lib/ffaker/address_ch*.rb, phone_number_ch.rb",
    "fr": "lib/ffaker/data/name_fr/* + lib/ffaker/data/address_fr/city, lib/ffaker/phone_number_fr.rb",
    "it": "lib/ffaker/data/name_it/* + lib/ffaker/data/address_it/city, lib/ffaker/phone_number_it.rb, identification_it.rb",
    "es": "lib/ffaker/data/name_es/* + lib/ffaker/identification_es_cl.rb, identification_ec.rb",
    "nl": "lib/ffaker/data/name_nl/* + lib/ffaker/data/address_nl/city, lib/ffaker/phone_number_nl.rb",
    "be": "lib/ffaker/data/name_nl/*, name_fr/* + lib/ffaker/data/address_be/city",
    "da": "lib/ffaker/data/name_da/* + lib/ffaker/data/address_da/*, lib/ffaker/phone_number_da.rb",
    "se": "lib/ffaker/data/name_se/* + lib/ffaker/data/address_se/*, lib/ffaker/address_se.rb, phone_number_se.rb, ssn_se.rb",
    "nb": "lib/ffaker/data/name_nb/*",
    "fi": "lib/ffaker/data/address_fi/* + lib/ffaker/address_fi.rb, identification_fi.rb (names from lib/ffaker/data/name_se/*)",
    "pl": "lib/ffaker/data/name_pl/* + lib/ffaker/data/address_pl/*, lib/ffaker/address_pl.rb, phone_number_pl.rb, identification_pl.rb",
    "cs": "lib/ffaker/data/name_cs/*",
    "ru": "lib/ffaker/data/name_ru/* + lib/ffaker/data/address_ru/*, lib/ffaker/phone_number_ru.rb",
    "ua": "lib/ffaker/data/name_ua/* + lib/ffaker/data/address_ua/*, lib/ffaker/address_ua.rb, phone_number_ua.rb",
    "gr": "lib/ffaker/data/name_gr/* + lib/ffaker/data/address_gr/*, lib/ffaker/address_gr.rb",
    "br": "lib/ffaker/data/name_br/* + lib/ffaker/data/address_br/*, lib/ffaker/address_br.rb, phone_number_br.rb, identification_br.rb",
    "mx": "lib/ffaker/data/name_mx/* + lib/ffaker/address_mx.rb, phone_number_mx.rb, identification_mx.rb, ssn_mx.rb",
    "ja": "lib/ffaker/data/name_ja/* + lib/ffaker/data/address_ja/*, lib/ffaker/address_ja.rb, phone_number_ja.rb",
    "kr": "lib/ffaker/data/name_kr/* + lib/ffaker/data/address_kr/*, lib/ffaker/address_kr.rb, phone_number_kr.rb, identification_kr.rb",
    "cn": "lib/ffaker/data/name_cn/*",
    "tw": "lib/ffaker/data/name_tw/* + lib/ffaker/phone_number_tw.rb, identification_tw.rb",
    "vn": "lib/ffaker/data/name_vn/* + lib/ffaker/data/address_vn/*, lib/ffaker/address_vn.rb",
    "id": "lib/ffaker/data/name_id/* + lib/ffaker/data/address_id/*, lib/ffaker/address_id.rb, phone_number_id.rb",
    "in": "lib/ffaker/data/name_in/* + lib/ffaker/data/address_in/*, lib/ffaker/address_in.rb, identification_in.rb",
    "ar": "lib/ffaker/data/name_ar/*",
    "sn": "lib/ffaker/data/name_sn/* + lib/ffaker/data/address_sn/*, lib/ffaker/phone_number_sn.rb",
    "ga": "lib/ffaker/data/name_ga/*",
    "ph": "lib/ffaker/data/name_ph/* (surnames) + lib/ffaker/data/name_es/*, name/* (given names)",
    "th": "lib/ffaker/data/name_th/*, name_then/*",
    "kh": "lib/ffaker/data/name_kh/*",
}
FAKERS_LOCALES = ("cy_gb", "ar_sa", "fa_ir", "tr_tr", "pt_pt", "zh_tw", "ja_jp", "it_it")


def _ffaker(loc: str) -> dict[str, str]:
    return {"repo": FFAKER, "commit": FFAKER_COMMIT, "path": FFAKER_FILES[loc]}


def _fakers(loc: str) -> dict[str, str]:
    return {"repo": FAKERS, "commit": FAKERS_COMMIT, "path": f"fake/src/locales/{loc}.rs"}


SOURCES: dict[str, dict[str, str]] = {
    **{f"ff:{loc}": _ffaker(loc) for loc in FFAKER_FILES},
    **{f"rs:{loc}": _fakers(loc) for loc in FAKERS_LOCALES},
    "ex:hy": {"repo": EXFAKER, "commit": EXFAKER_COMMIT,
              "path": "lib/faker/person/hy.ex + lib/faker/address/hy.ex + lib/faker/phone/hy.ex"},
    "ex:es": {"repo": EXFAKER, "commit": EXFAKER_COMMIT,
              "path": "lib/faker/person/es.ex + lib/faker/address/es.ex"},
    "go": {"repo": GOFAKEIT, "commit": GOFAKEIT_COMMIT,
           "path": "data/person.go + data/address.go + person.go (phone masks, ssn(), email())"},
    "emr": {"repo": "openemr/openemr", "commit": "ea35bf099fad80f4bca69d476321fb0a41b03962",
            "path": "tests/Tests/Fixture/patients.json"},
    "rio": {"repo": "huu4ontocord/rio", "commit": "0ed1e2629154fc81cc3f3151bb218db6b61ddf8a",
            "path": "fake_names.py"},
    "dnd:nc": {"repo": "AviiNL/dndcharactergenerator", "commit": "c407c96c3c4950ccec530a0c8df75a9abbcefdf9",
               "path": "DnDCharacterCreator/Names/Humans/NigerCongo.cs"},
    "dnd:poly": {"repo": "AviiNL/dndcharactergenerator", "commit": "c407c96c3c4950ccec530a0c8df75a9abbcefdf9",
                 "path": "DnDCharacterCreator/Names/Humans/Polynesian.cs"},
    "sample": {"repo": "prepcli (this repository)", "commit": "", "path": "sample_data/hcps.csv"},
    "none": {"repo": "", "commit": "", "path": "",
             "url": "no external wording (hard negative written by the set author)"},
}  # fmt: skip

# (source key, record: how the source's items were used or rewritten, marked text)
SNIPPETS: list[tuple[str, str, str]] = [
    # ---------------- ffaker: German-speaking ----------------
    ("ff:de", "given + surname from name_de; DOB German dotted form written for this set",
     "Besuch bei Dr. {H|Robert Hartmann}: Patientin {N|Selina Reitenbach}, geb. {D|03.09.1961}, verträgt Kyraxa gut, Kontrolle in 6 Wochen."),
    ("ff:de", "surname alone after Frau; phone in address_de/phone_number_de shape (0 + region prefix + 7 digits), written for the set",
     "Frau {N|Dreier} bittet um Rückruf wegen der Zuzahlung, Tel. {P|0 3562 4471930}, vormittags."),
    ("ff:de", "two patients whose surnames are common words (Keller, Schwarz, Walter) in lower case",
     "Praxis meldet: {N|milla keller} und {N|efe schwarz} beide neu auf Glyvance; Herr {N|walter} wartet noch auf die Kostenzusage."),
    ("ff:de", "multi-line shipping block; street written for the set, city from address_de/city, PLZ ##### mask",
     "Lieferadresse Starterset Rheumora:\n{N|Caspar Elsner}\n{A|Lindenweg 17}\n{A|49413 Dinklage}\nTel. {P|0170 5528391}"),
    ("ff:de", "Pat.-Nr. and DOB in a pasted header; name in SURNAME, Given form",
     "Pat.-Nr. {M|4471-0093} | {N|HOFMANN, Annabel} | * {D|21.11.1978} | Station 4B"),
    ("ff:de", "German insurance number (Versichertennummer, letter + 9 digits) labelled MRN; written for the set",
     "Neurevia-PSP Anmeldung: {N|Niels Voigt}, KVNR {M|K384019276}, Rückruf {P|+49 151 22804613}."),
    ("ff:ch", "Swiss patient (given name from name_fr, surname from name_de); phone in phone_number_ch's 0041 + area + ### ## ## mask",
     "Patient {N|Claire Brandt} (Lausanne) bittet um Rückruf: {P|0041 21 784 31 55}."),
    ("ff:ch", "Swiss mobile in the +41 7# ####### mask; AHV number written for the set in 756.####.####.## form (labelled SSN)",
     "PSP Schweiz: Herr {N|Matteo Kuhn}, AHV {S|756.3047.5521.08}, Natel {P|+41 76 2285104}."),
    ("ff:ch", "Swiss postcode + city line (#### mask of address_ch), street written for the set",
     "Versand an {N|Niels Heinrich}, {A|Bahnhofstrasse 4}, {A|8400 Winterthur} (Vorsicht: Kühlkette)."),
    # ---------------- ffaker: French ----------------
    ("ff:fr", "given + surname from name_fr; French mobile in the 06 ## ## ## ## mask; DOB in words",
     "Mme {N|Clémence Ledoux}, née le {D|2 février 1957}, souhaite être rappelée au {P|06 41 27 93 58} pour le programme Rheumora."),
    ("ff:fr", "phone in the +33 (0) international shape of phone_number_fr; surname upper case",
     "M. {N|Thibault GERMAIN} a arrêté Veltrana (nausées) - rappeler au {P|+33 (0)4 78 52 19 07}. À déclarer à la PV."),
    ("ff:fr", "NIR (numéro de sécurité sociale) written for the set in the 15-digit spaced form; labelled SSN",
     "Dossier PSP : {N|Odette Gaillard}, NIR {S|2 57 02 69 387 044 61}, ville : Drancy."),
    ("ff:fr", "multi-line address, commune from address_fr/city; street and CEDEX-free postcode written for the set",
     "Envoi du lecteur de glycémie :\n{N|Roland Bailly}\n{A|14 rue des Tanneurs}\n{A|10000 Troyes}"),
    ("ff:fr", "Dr clinician from hcps.csv; patient referred to by first name only",
     "Le Dr {H|Beatrice Dubois} dit que {N|Noémi} supporte bien Cardelis depuis la titration."),
    ("ff:fr", "e-mail built from the names (given.surname@ + free-mail domain), spaced (at)",
     "Patiente {N|Sylvie Prevost} préfère le courriel : {E|sylvie.prevost (at) orange.fr}."),
    ("ff:be", "Flemish name from name_nl, city from address_be/city; Belgian national number (##.##.##-###.##) written for the set",
     "Patiënt {N|Sander van de Velde} uit Ronse, rijksregisternr. {S|68.04.12-283.37}, start met Kyraxa."),
    ("ff:be", "French-speaking Belgian patient (name_fr), city from address_be/city; Belgian mobile written for the set",
     "Mme {N|Hélène Imbert}, Waimes, GSM {P|0476 81 22 59}, demande la notice en allemand."),
    # ---------------- ffaker: Italian ----------------
    ("ff:it", "given + surname from name_it; Italian mobile from phone_number_it mobile prefixes (3## #######)",
     "La signora {N|Teresa Monachello} chiede il rimborso di Cardelis; cell. {P|347 2291856}."),
    ("ff:it", "codice fiscale written for the set in the 16-character shape; labelled SSN",
     "Iscrizione PSP: {N|Giorgio Santandrea}, C.F. {S|SNTGRG58C14F205X}, nato a Bergamo il {D|14/03/1958}."),
    ("ff:it", "Dott.ssa clinician from hcps.csv; patient with DOB in Italian words",
     "Dott.ssa {H|Lisa Chen} segnala che {N|Sabina Perpiglia}, nata il {D|9 dicembre 1966}, ha sospeso Glyvance."),
    ("ff:it", "landline with home prefix (0##) from phone_number_it; surname upper-case first",
     "Ricontattare {N|ALEMANGA Isacco} al {P|0541 382974} (figlia {N|Denise})."),
    ("ff:it", "Italian address line, city from address_it/city; CAP ##### written for the set",
     "Spedizione kit a {N|Eugenio Canella}, {A|Via Garibaldi 22}, {A|46100 Mantova}."),
    # ---------------- ffaker: Spanish / Latin American ----------------
    ("ff:es", "compound given name from name_es + two surnames; Spanish mobile written for the set",
     "Doña {N|María Concepción Alarcón Benítez} llamó por el copago de Veltrana: {P|+34 612 480 337}."),
    ("ff:es", "DNI computed with the mod-23 letter; labelled SSN",
     "Alta en el programa: {N|Juan José Mateos Sáez}, DNI {S|48293017D}, fecha de nacimiento {D|11/06/1972}."),
    ("ff:es", "Chilean RUT from identification_es_cl.rb's check-digit rule; names from name_es",
     "Paciente {N|Estefanía Rivas}, RUT {S|14582937-2}, consulta por el programa de apoyo de Kyraxa en Santiago."),
    ("ff:es", "Chilean RUT with a k-free check digit, dotted form; lower-case name",
     "pcte {N|raúl menéndez luna} rut {S|9.367.215-1} pregunta por despacho a domicilio."),
    ("ff:es", "Ecuadorian cédula from identification_ec.rb's check-digit rule; labelled SSN",
     "Quito: la Sra. {N|Lourdes Hidalgo} (cédula {S|1704935822}) reporta mareo con Neurevia - enviado a farmacovigilancia."),
    ("ex:es", "given name and two surnames from elixir faker person/es.ex; Spanish city from address/es.ex",
     "Solicitud de información médica: paciente {N|Soledad Altamirano Regalado}, Salamanca, teléfono {P|923 41 77 05}."),
    ("ex:es", "names from person/es.ex; DOB in Spanish words; historia clínica number",
     "HC {M|00473821} - {N|Esteban Granados Murillo}, nacido el {D|3 de agosto de 1949}, traslado a Jaén."),
    ("ex:es", "Sr. + surname only; e-mail from the names",
     "El Sr. {N|Cordero} pide que le escriban a {E|tomas.cordero@correo.es}, no por teléfono."),
    ("ff:mx", "Mexican name from name_mx; phone in phone_number_mx's +52 1 ## #### #### shape",
     "La Sra. {N|Aidé Ocampo Velasco} pidió informes del programa; cel. {P|+52 1 33 4821 0937}."),
    ("ff:mx", "CURP in identification_mx.rb's shape (letters, yymmdd, H/M, state, consonants, homoclave, digit); labelled SSN",
     "Registro PSP México: {N|Homero Trujillo Leyva}, CURP {S|TULH610418HJCRYM05}, Guadalajara."),
    ("ff:mx", "NSS (IMSS) in ssn_mx.rb's ##########-# mask; labelled SSN",
     "Derechohabiente {N|Mayra Quintal}, NSS {S|4389127650-3}, solicita Rheumora por IMSS."),
    ("ff:mx", "undashed NSS (ssn_undashed); lower-case name; DOB dd-mm-yyyy",
     "pac. {N|uriel ordaz} nss {S|72840193561} fn {D|02-10-1985} tel {P|55 3910 2284}"),
    # ---------------- ffaker: Dutch ----------------
    ("ff:nl", "Dutch name with particle from name_nl; mobile in phone_number_nl's 06 ## ## ## ## mask",
     "Mevr. {N|Femke de Jonge} belde over de Kyraxa-startset; terugbellen op {P|06 38 19 47 02}."),
    ("ff:nl", "lower-case particle surname alone after dhr; landline with area code from phone_number_nl/area_codes",
     "dhr {N|van den bosch} heeft zijn PSP-kaart verloren; bereikbaar op {P|0523-614 287}."),
    ("ff:nl", "BSN written for the set (11-proof); city from address_nl/city; DOB Dutch month",
     "Aanmelding: {N|Theodorus Veenstra}, BSN {S|245803610}, geboren {D|7 maart 1950}, woonachtig te Coevorden."),
    ("ff:nl", "multi-line address; city from address_nl/city; postcode #### AA written for the set",
     "Zending:\n{N|Marit Molenaar}\n{A|Dorpsstraat 88}\n{A|3391 BK Hoogmade}"),
    ("ff:nl", "initials + particle surname as in a Dutch chart",
     "Verwijzing van Dr. {H|Benjamin Larsen}: pt. {N|C.M. van Dongen}, patiëntnr. {M|0382217}, start Neurevia."),
    # ---------------- ffaker: Nordic ----------------
    ("ff:da", "Danish name from name_da; phone in phone_number_da's +45 ######## mask",
     "Patient {N|Jørgine Aagaard} ringede om Cardelis-tilskud, tlf. {P|+45 28417630}."),
    ("ff:da", "street from address_da/street, city from address_da/city, postnr #### written for the set; CPR written for the set",
     "Tilmelding PSP: {N|Poul Kofoed}, CPR {S|140358-3127}, {A|Vagtelvænget 12}, {A|4300 Holbæk}."),
    ("ff:da", "first name only (relative) and surname with title",
     "Hr. {N|Lauridsen} kommer ikke selv; datteren {N|Ditte} henter Rheumora på apoteket."),
    ("ff:se", "Swedish name from name_se; personnummer (Luhn check digit) as in ssn_se.rb, 10-digit form; labelled SSN",
     "Patienten {N|Gunilla Åkesson}, personnr {S|580712-1453}, har slutat med Veltrana p.g.a. illamående."),
    ("ff:se", "address_se.rb full-address shape: street, zip (## ###), city, SVERIGE; street and city from the data files",
     "Leverans till {N|Göran Löfgren}, {A|Aprikosgatan 7b}, {A|352 31 Växjö}, SVERIGE."),
    ("ff:se", "Swedish mobile written for the set (07#-### ## ##); lower-case name",
     "ring {N|sara bergqvist} på {P|073-481 22 90} om startdosen"),
    ("ff:nb", "Norwegian name from name_nb; fødselsnummer written for the set (11 digits); Norwegian mobile",
     "Pasient {N|Sunniva Østli}, f.nr. {S|12047139862}, mobil {P|+47 918 44 210}, ønsker informasjon om Kyraxa."),
    ("ff:nb", "surname that is a place word (Fjeld, Strand) alone after Hr./Fru",
     "Fru {N|Strand} og hennes sønn {N|Sindre Fjeld} ble begge satt på Glyvance i høst."),
    ("ff:fi", "Finland-Swedish patient (name_se; ffaker has no Finnish names); street and city from address_fi, address_fi.rb full-address shape (street nbr, zip city, SUOMI); HETU from identification_fi.rb (fake 9xx individual number)",
     "Potilas {N|Lena Sundberg}, hetu {S|140358-912U}, {A|Rajalahdentie 4 a 6}, {A|11100 Riihimäki}, SUOMI."),
    ("ff:fi", "HETU of a 2000s birth (A separator) from identification_fi.rb; first name only",
     "Lapsipotilas {N|Aino}, hetu {S|021104A905C}, äiti soittaa numerosta {P|040 718 2265}."),
    # ---------------- ffaker: Central / Eastern Europe ----------------
    ("ff:pl", "Polish name from name_pl; PESEL from identification_pl.rb's checksum; DOB Polish",
     "Pacjentka {N|Genowefa Piwowarczyk}, PESEL {S|63081704234}, ur. {D|17.08.1963}, zgłasza wysypkę po Rheumora."),
    ("ff:pl", "address_pl.rb full address (ul. street building/secondary, ##-### city); street and city from the data files",
     "Wysyłka: {N|Miłosz Polański}, {A|ul. Krakowskie Przedmieście 14/3}, {A|96-300 Żyrardów}."),
    ("ff:pl", "Pani + surname only; Polish mobile written for the set",
     "Pani {N|Buczkowska} prosi o kontakt: {P|+48 601 284 935}."),
    ("ff:pl", "identity-card number (AAA + check + #####) from identification_pl.rb, labelled SSN; wife named by the accusative of a name_pl given name (Henryka -> Henrykę)",
     "Opiekun {N|Zdzisław Chełmicki}, dowód osobisty {S|AYW541723}, odbiera lek za żonę {N|Henrykę}."),
    ("ff:cs", "Czech names (female surname form) from name_cs; MUDr. clinician from name_cs/prefixes with a name_cs name",
     "MUDr. {H|Radek Fiala} hlásí, že pacientka {N|Kateřina Dvořáčková} (nar. {D|4. 5. 1970}) ukončila léčbu přípravkem Kyraxa."),
    ("ff:cs", "rodné číslo written for the set (######/####); labelled SSN",
     "Registrace: {N|Vít Bednář}, r.č. {S|701104/2313}, tel. {P|+420 603 118 474}."),
    ("ff:ru", "Russian name with patronymic from name_ru; phone_number_ru shape (+7 ### ###-##-##)",
     "Пациентка {N|Глафира Тарасовна Морозова} просит перезвонить: {P|+7 912 438-21-07}."),
    ("ff:ru", "address from address_ru (ул. street, city); house/flat numbers written for the set; DOB Russian",
     "Доставка: {N|Кузьма Жуков}, {A|ул. Садовая, д. 12, кв. 45}, {A|Ярославль}; дата рождения {D|5 июня 1948 г.}"),
    ("ff:ru", "surname + initials; СНИЛС written for the set (###-###-### ##)",
     "Пациент {N|Фролов Г. Н.}, СНИЛС {S|112-233-445 95}, переведён на Neurevia."),
    ("ff:ua", "Ukrainian name with patronymic from name_ua; phone in phone_number_ua's +380 ## ###-##-## shape",
     "Пацієнтка {N|Христя Андрухович} телефонувала щодо Cardelis: {P|+380 67 391-84-27}."),
    ("ff:ua", "address_ua.rb street_address (street, building, кв.) + postal code ##### and city",
     "Надіслати на: {N|Степан Паращук}, {A|вул. Городоцька, 48, кв. 7}, {A|79000 Львів}."),
    ("ff:gr", "Greek names from name_gr; address_gr.rb street shape (Οδός street, number) with zip ##### and city",
     "Αποστολή στην κα {N|Ξανθίππη Βαμβακά}, {A|Οδός Σεφέρη Γιώργου, 21}, {A|41222 Λάρισα}."),
    ("ff:gr", "Greek male name; mobile written for the set (69########); AMKA (11 digits, labelled SSN)",
     "Ο ασθενής {N|Ευριπίδης Ζωγράφος}, ΑΜΚΑ {S|12035801476}, κιν. {P|694 512 3087}, ξεκίνησε Glyvance."),
    # ---------------- ffaker: Brazil ----------------
    ("ff:br", "Brazilian name from name_br; CPF from identification_br.rb's check digits, pretty form",
     "Paciente {N|Jéssica Pinheiro da Costa}, CPF {S|418.276.035-26}, solicita o cartão do programa Rheumora."),
    ("ff:br", "address_br.rb street shape (Rua + name_br name), complement Apartamento ###, CEP #####-### and city from address_br/city",
     "Entrega: {N|Otávio Sales}, {A|Rua Caetano Almeida Ribeiro, 215, Apartamento 402}, {A|93510-120 Novo Hamburgo}."),
    ("ff:br", "plain CPF (identification_br.cpf); Brazilian mobile in phone_number_br's (##) 9####-#### shape",
     "sra {N|rosilda vieira} cpf {S|73011582971} cel {P|(21) 98437-2210} - ligar após 14h"),
    ("ff:br", "RG in identification_br.pretty_rg's ###.###.### mask (labelled SSN); DOB dd/mm/aaaa",
     "Cadastro: {N|Jacinto Gonçalves}, RG {S|284.193.760}, nascido em {D|30/01/1944}, Cabo Frio."),
    # ---------------- ffaker: East Asia ----------------
    ("ff:ja", "family + given name from name_ja (name_ja.rb writes them run together); address_ja.rb shape (〒 zip, prefecture, city, street, land number)",
     "患者 {N|西村順子} 様（生年月日 {D|1958年4月12日}）、住所 {A|〒399-8204 長野県諏訪市中清水2丁目5番3号}。"),
    ("ff:ja", "phone_number_ja mobile (0#0-####-####); family name + 様 alone",
     "{N|相馬}様より Glyvance の飲み忘れについて電話あり。折り返し {P|090-4418-2736}。"),
    ("ff:ja", "clinician 先生 (name_ja family name, HCP) and patient romanised from name_ja 拓海 + 成田 in the order Given FAMILY",
     "{H|藤沢}先生より: patient {N|Takumi NARITA} (ID {M|00483172}) started Kyraxa, no AE."),
    ("ff:kr", "name_kr family + given run together (name_kr.rb); RRN from identification_kr.rb's checksum (yymmdd form); labelled SSN",
     "환자 {N|남지섭} (주민등록번호 {S|740312-1284555}) 님이 Cardelis 지원 프로그램을 신청했습니다."),
    ("ff:kr", "address_kr.rb road-address shape (metropolitan city, borough, street) + building; phone_number_kr mobile 010 #### ####",
     "배송지: {N|백경균}, {A|서울특별시 마포구 민규로 27, 재윤빌라 302호}, 연락처 {P|010 4827 3391}."),
    ("ff:kr", "Korean name with space (name_kr.rb other form); DOB Korean",
     "보호자 {N|서문 효곤} 씨가 어머니 {N|서문 나우} 님(생년월일 {D|1941년 9월 3일})의 Veltrana 복용을 문의함."),
    ("ff:cn", "Chinese family + given from name_cn (incl. two-character family 诸葛); 病历号 and Chinese mobile written for the set",
     "患者 {N|诸葛亮凡}，病历号 {M|BL2023-0418}，手机 {P|138 0427 5512}，咨询 Kyraxa 援助项目。"),
    ("ff:cn", "simplified Chinese name; ID card number written for the set (18 characters); labelled SSN",
     "登记：{N|袁小忠}，身份证号 {S|51010719650322481X}，出生日期 {D|1965-03-22}。"),
    ("ff:tw", "Taiwanese family + given from name_tw; ID from identification_tw.rb (letter + gender + serial + checksum)",
     "病患 {N|柯怡萱}，身分證字號 {S|F238405719}，手機 {P|0912-384-557}，詢問 Rheumora 給付。"),
    ("ff:tw", "name_tw name in romanised Wade-Giles order (Lai Mei-ling) as written on a passport",
     "MI request via Dr. {H|Kwame Tanaka}: patient {N|Lai Mei-ling} (ID no. {S|A120963385}) asked about Neurevia in pregnancy."),
    # ---------------- ffaker: South-East Asia ----------------
    ("ff:vn", "Vietnamese full name (last + middle + first of name_vn.rb); address_vn.rb shape (number Đường street, city)",
     "Bệnh nhân {N|Huỳnh Thị Nguyệt}, sinh ngày {D|14/07/1962}, địa chỉ {A|215 Đường Lê Lợi}, {A|Huế}."),
    ("ff:vn", "name_vn name with Anh courtesy word outside; Vietnamese mobile written for the set",
     "Anh {N|Trương Văn Đạt} gọi hỏi về Glyvance, số {P|0903 418 227}."),
    ("ff:id", "Indonesian names from name_id (first + last); address_id.rb street shape (Jl. street, No. n) with city from address_id/city",
     "Pasien {N|Wulan Sulistyaningrum}, {A|Jl. Dewi Sartika, No. 42}, {A|Depok}, minta info program Kyraxa."),
    ("ff:id", "phone_number_id mobile prefix + 8 digits (0812-########) and international form; single-name patient",
     "Bpk. {N|Darmadi} (satu nama) bisa dihubungi di {P|0812-47193308} atau {P|+62812-47193308}."),
    ("ff:id", "NIK (16 digits) written for the set; labelled SSN",
     "Pendaftaran: {N|Kurniawan Hasibuan}, NIK {S|3174052103680004}, tgl lahir {D|21-03-1968}."),
    ("ff:ph", "Filipino given name (name_es) + autochthonous surname (name_ph); PhilHealth number written for the set (##-#########-#), labelled MRN",
     "Patient {N|Rebeca Manansala}, PhilHealth no. {M|12-050418372-9}, asked if Cardelis is covered."),
    ("ff:ph", "given name (name) + Spanish-Filipino surname (name_ph); PH mobile written for the set",
     "Call back Mr. {N|Gene Legaspi} on {P|0917 482 3360} re Rheumora copay card."),
    ("ff:ph", "surname + given, upper case, as on a Philippine hospital wristband",
     "Wristband: {N|CARANDANG, LOURDES} / HRN {M|2024-118273} / DOB {D|1956-11-02}"),
    ("ff:th", "Thai given + family from name_th in Thai script; Thai mobile written for the set",
     "ผู้ป่วย {N|ปราณี หงสกุล} ขอให้โทรกลับ {P|081-452-3390} เรื่องยา Kyraxa"),
    ("ff:th", "romanised Thai name and nickname from name_then (nickname in quotes is its own span)",
     "Pt {N|Kannika Wattanapanit} (\"{N|Noi}\") says Veltrana makes her sleepy; Dr. {H|Maria Nguyen} informed."),
    ("ff:kh", "Khmer given + family from name_kh; Cambodian mobile written for the set",
     "អ្នកជំងឺ {N|ចាន់ណា ហេង} ទូរស័ព្ទ {P|012 845 337} សួរអំពីកម្មវិធី Rheumora"),
    # ---------------- ffaker: South Asia / Middle East ----------------
    ("ff:in", "Indian given + surname from name_in; Aadhaar in identification_in.rb's 12-digit mask (Verhoeff check computed for the set), grouped",
     "PSP enrolment: {N|Advika Ranganathan}, Aadhaar {S|5382 1746 0935}, mobile {P|+91 98450 21733}."),
    ("ff:in", "address_in.rb pincode ###### with city from address_in/city; house number and locality written for the set",
     "Courier to {N|Arjun Mahajan}, {A|Flat 12B, Shanti Kunj, Baner Road}, {A|Pune 411045}."),
    ("ff:in", "plain Aadhaar (identification_in.aadhaar) next to a Hindi word; Smt. title outside",
     "Smt. {N|Riya Bakshi} ka aadhaar {S|271640938527} hai, papers bhej diye."),
    ("ff:in", "S/o relation form common on Indian records; two names",
     "Patient {N|Ishaan Khurana} S/o {N|Nihal Khurana}, UHID {M|MH-4471832}, Lucknow."),
    ("ff:ar", "Arabic given + family from name_ar; Saudi/Jordan-style mobile written for the set",
     "المريضة {N|خديجة الصواف} تطلب معاودة الاتصال على {P|0791 482 336} بخصوص Cardelis."),
    ("ff:ar", "romanised Arabic name (name_ar: وائل دياب -> Wael Diab) with bin",
     "Caregiver {N|Wael Diab} called for his father {N|Rashid bin Saad Diab} about Kyraxa refills."),
    # ---------------- ffaker: West Africa ----------------
    ("ff:sn", "Senegalese name from name_sn; phone_number_sn mobile shape (7# ###-##-##)",
     "La patiente {N|Aïssatou Diouf} souhaite être rappelée au {P|77 512-48-30} au sujet de Glyvance."),
    ("ff:sn", "name_sn names; homework shape (33 8##-##-##); departement from address_sn (the town of the address, labelled as its city part), quartier written for the set",
     "Livraison pour {N|Mbagnick Sané}, {A|Quartier Escale, Villa 14}, {A|Ziguinchor}; tél. {P|33 821-07-44}."),
    ("ff:sn", "given names + a two-letter surname (Aw) from name_sn; lower case",
     "pt {N|samba aw} and his wife {N|kiné aw} both enrolled in the Cardelis PSP"),
    ("ff:ga", "two given names from name_ga (the list has no surnames; the second is used as the family name); mobile written for the set (+220 #######)",
     "Patient {N|Bubacarr Jatto} (Banjul) asked for Rheumora sample; phone {P|+220 774 1829}."),
    ("ff:ga", "two name_ga female given names (Jabou, Jall) as given + family name; son by a name_ga given name",
     "Mrs {N|Jabou Jall} brought her son {N|Sainey} to the clinic; Dr. {H|Amara Okafor} started him on Neurevia."),
    # ---------------- gofakeit (US) ----------------
    ("go", "given + last from data/person.go; phone in the (###)###-#### mask of person.phone",
     "Dr. {H|Olivia Whitaker} asked us to call {N|Cassidy Wilcox} at {P|(303)418-2297} about the Cardelis bridge program."),
    ("go", "SSN as gofakeit's ssn() writes it (9 digits, no separators); DOB US",
     "PSP form: {N|Terence Donnelly}, SSN {S|418227093}, DOB {D|04/17/1956}, Medicare pending."),
    ("go", "gofakeit email() shape first+last@lastname.suffix, lower case",
     "Pt {N|Kiana Quigley} wants the copay card e-mailed to {E|kianaquigley@barrows.net}."),
    ("go", "street: building number (number mask) + street_prefix + person last + street_name, unit from data/address.go; city/state/zip from the lists",
     "Ship Rheumora starter kit to {N|Edmund Yates}, {A|4471 West Considine Plains, Apt 12}, {A|Fresno, CA 93721}."),
    ("go", "last names that are words (Strong, Little, Price) with given names from person.go",
     "{N|Rae Strong} and her brother {N|Clint Little} (half-siblings) both asked about Glyvance samples; Mrs. {N|Price} drove them."),
    ("go", "given names that are words (Hope, Will, Joy, May) in sentences that also use the words",
     "Called {N|Hope Ingram}: her son {N|Will} will drive her; we hope the joy of the new pen lasts - {N|Joy Palmer} loved it too."),
    ("go", "given names that are US cities (Dallas, Madison, Austin) next to the cities",
     "Flew from Dallas to Austin: {N|Madison Burns} (Madison, WI) and {N|Dallas Payne} both started Kyraxa this month."),
    ("go", "phone masks 1-###-###-#### and ###.###.####; surname first with comma, upper case",
     "{N|STANTON, AUGUSTUS} cell {P|1-414-208-3317} home {P|414.208.5560} - pls call re: PA denial."),
    ("go", "phone unit suffix from person.go (Ofc/ext) and a pager written for the set",
     "Reach caregiver {N|Michaela Robbins} at {P|617-555-0192 ext 14} or pager {P|617-555-0147}."),
    ("go", "last name that is a colour (Brown, Gray) and a month name given (April)",
     "{N|April Gray} (pt of Dr. {H|Leah Rosario}) and {N|Sonya Brown} both on Rheumora since April."),
    ("go", "US name list; chart header with MRN and DOB in ISO",
     "MRN: {M|000418823} | Name: {N|Vince Lambert} | DOB: {D|1949-12-03} | Sex: M | Allergies: PCN"),
    ("go", "gofakeit SSN last four and a full name in lower case",
     "verified pt identity: {N|alessia mendoza}, last 4 SSN {S|7093}, dob {D|6/2/71}"),
    # ---------------- ffaker: English-speaking (en names, US/UK/CA/AU modules) ----------------
    ("ff:en", "en names (name/first_names_*, last_names); address.rb street shape (building number, last name + street_suffix, Apt. ###); city, state and ZIP written for the set",
     "Return address for the unused pens: {N|Dorothy Lebsack}, {A|3318 Nienow Crescent Apt. 207}, {A|Omaha, NE 68104}."),
    ("ff:en", "US SSN in ssn.rb's ###-##-#### shape; en names",
     "Enrolment for {N|Nigel O'Hara}: SSN {S|412-09-3381}, DOB {D|Feb 3, 1962}, plan ID {I|H4417-022}."),
    ("ff:en", "UK postcode in address_uk.rb's AA9 9AA shape; county from address_uk/county; mobile in phone_number_gb's 07### ###### shape",
     "Homecare delivery for Mrs {N|Geraldine Purdy}, {A|12 Mill Lane}, {A|Hucknall, Nottinghamshire NG15 7TR}, mob {P|07712 448 902}."),
    ("ff:en", "NHS number computed with the modulus-11 check for the set, spaced; en names",
     "Referral: {N|Caitlin Ledner}, NHS no. {M|485 777 3422}, DOB {D|17/05/1988}, GP: Dr. {H|Grace Sullivan}."),
    ("ff:en", "UK landline in phone_number_gb's (01865) ###### area shape; surname that is a word (Green)",
     "Mr {N|Green} rang from Oxford on {P|01865 284417} - Kyraxa box arrived damaged."),
    ("ff:en", "Canadian postal code in address_ca.rb's A9A 9A9 mask with city from address_ca/city; SIN (Luhn) computed for the set",
     "Canada PSP: {N|Lucie Torp}, SIN {S|046 285 193}, {A|88 Maple Ave}, {A|Moncton, NB E1C 4K2}."),
    ("ff:en", "Australian address in address_au.rb's full_address shape (street, suburb STATE postcode); AU mobile in phone_number_au's 04## ### ### mask",
     "Courier for {N|Hoyt Deckow}: {A|27 Rath Street}, {A|Randwick NSW 2031}. Mobile {P|0412 583 906}."),
    ("ff:en", "Australian international mobile (+61 4 #### ####) from phone_number_au; Medicare number (weights 1-3-7-9) computed for the set, labelled MRN",
     "Mrs {N|Vernia Stamm}, Medicare {M|2953 17845 1}, ph {P|+61 4 1827 3390}, Fremantle."),
    ("ff:en", "Australian TFN (weighted mod 11) computed for the set, labelled SSN; Perth suburb/postcode from address_au",
     "Centrelink paperwork for {N|Keneth Weissnat}: TFN {S|459 783 121}, {A|9 Kertzmann Close}, {A|Subiaco WA 6008}."),
    ("ff:en", "New Zealand NHI written for the set (AAA9999 shape), labelled MRN; en names",
     "NZ MI request: patient {N|Zenia Pfeffer}, NHI {M|ZKR4127}, Christchurch - asked about Neurevia and driving."),
    ("ff:en", "en given name alone in lower case and a possessive",
     "{N|micah}'s mum called - he ran out of Glyvance while travelling."),
    ("ff:en", "initials of a patient (labelled PATIENT-NAME) and a full name",
     "AE intake: pt {N|D.L.}, 62F, rash after 2nd dose of Rheumora; reporter {N|Dinorah Lebsack} (daughter)."),
    # ---------------- fake-rs: Welsh (cy_gb) ----------------
    ("rs:cy_gb", "Welsh given + surname from cy_gb.rs; phone in its 01### ###### area formats",
     "Mrs {N|Eluned Rees-Jones} from Aberystwyth asked for a Welsh-language leaflet; phone {P|01970 628433}."),
    ("rs:cy_gb", "Welsh surname with Ab particle (Ab Owain); e-mail on a cy_gb free-mail domain",
     "Claf {N|Rhodri Ab Owain} - e-bost {E|rhodri.abowain@draig.example.cymru}, eisiau gwybodaeth am Cardelis."),
    ("rs:cy_gb", "hyphenated Welsh surname; multi-line address with a Welsh street word (Heol, Bryn) from cy_gb.rs ADDRESS_STREET_SUFFIX; town and postcode written for the set",
     "Posted to:\n{N|Carys Wynne-Jones}\n{A|23 Heol y Bryn}\n{A|Llandeilo SA19 6HW}"),
    ("rs:cy_gb", "first names that are Welsh words (Seren = star, Cariad = love) in a Welsh sentence that also uses the words",
     "Mae {N|Seren Probert} yn gweld seren y bore; ei merch {N|Cariad} yn dweud cariad mawr i'r nyrs."),
    ("rs:cy_gb", "surname alone with Mr; Welsh given name Dafydd and clinician from hcps.csv",
     "Dr. {H|Andrew Singh} says Mr {N|Bevan} (first name {N|Dafydd}) tolerates Rheumora, no AE."),
    # ---------------- fake-rs: Arabic (ar_sa) ----------------
    ("rs:ar_sa", "given + family name (Al- family) from ar_sa.rs; Saudi mobile written for the set (05########)",
     "المريضة {N|جواهر آل جعفر} تطلب عينة من Glyvance، جوال {P|0553814927}."),
    ("rs:ar_sa", "ar_sa given name + family name with Aba (شادن أبا الخيل), romanised and in Arabic script; iqama number (10 digits starting 2) written for the set, labelled SSN",
     "Patient {N|Shaden Aba Al-Khail} ({N|شادن أبا الخيل}) called about Kyraxa; iqama {S|2418837465}."),
    ("rs:ar_sa", "national ID (10 digits starting 1) written for the set, labelled SSN; ar_sa names",
     "تسجيل البرنامج: {N|ريتال الشايع}، رقم الهوية {S|1093847215}، تاريخ الميلاد {D|1987/02/14}."),
    # ---------------- fake-rs: Persian (fa_ir) ----------------
    ("rs:fa_ir", "Persian given + family from fa_ir.rs; mobile in its +98 91# ####### format",
     "بیمار {N|ساناز لاجوردی} برای Kyraxa تماس گرفت؛ شماره {P|+98 912 4418275}."),
    ("rs:fa_ir", "address with fa_ir street suffix (خیابان), a fa_ir surname as street name, secondary (واحد), state (تهران) and postcode in its #####-##### format",
     "ارسال برای {N|پژمان طبیب‌زاده}، {A|تهران}، {A|خیابان شاملو، پلاک ۱۲، واحد ۴}، کد پستی {A|14358-73915}."),
    ("rs:fa_ir", "romanised fa_ir names (روزبه / گلبهار پازوکی -> Roozbeh / Golbahar Pazouki); Iranian national code (10 digits) written for the set",
     "Caregiver {N|Roozbeh Pazouki} for his mother {N|Golbahar Pazouki}; national code {S|0071829345}."),
    # ---------------- fake-rs: Turkish (tr_tr) ----------------
    ("rs:tr_tr", "Turkish name from tr_tr.rs with Hanım suffix outside the span; mobile in its +90 53# ### #### format",
     "{N|Büşra Öztürk} Hanım Cardelis için geri arama istiyor: {P|+90 532 418 2297}."),
    ("rs:tr_tr", "tr_tr address shape (street + Sokak/Caddesi, No: ##, postcode #####, state); TC kimlik written for the set",
     "Gönderim: {N|Hüseyin Kılıç}, {A|Gül Sokak No: 14}, {A|06420 Ankara}; T.C. {S|30418827462}."),
    ("rs:tr_tr", "landline in tr_tr's +90 (212) ### #### format; Bey suffix outside the span; surname that is a word (Aslan = lion, Koç = ram)",
     "{N|Kemal Aslan} Bey ve eşi {N|Derya Koç}, ev tel. {P|+90 (212) 384 1176}."),
    # ---------------- fake-rs: European Portuguese (pt_pt) ----------------
    ("rs:pt_pt", "pt_pt names; mobile in +351 91# ### #### format; DOB in Portuguese",
     "A Sra. {N|Mafalda Guerreiro}, nascida a {D|5 de outubro de 1955}, pediu contacto: {P|+351 912 483 0271}."),
    ("rs:pt_pt", "pt_pt address shape (Rua + nº ###, postcode ####-###); NIF written for the set (labelled SSN)",
     "Envio para {N|Duarte Magalhães}, {A|Rua do Paço, nº 118}, {A|4710-302 Braga}; NIF {S|241839752}."),
    ("rs:pt_pt", "compound surname from pt_pt lists (Queirós Figueiredo); e-mail on a pt_pt free-mail domain",
     "Doente {N|Inês Queirós Figueiredo}, email {E|ines.figueiredo@sapo.pt}, número de utente {M|284 117 903}."),
    # ---------------- fake-rs: Traditional Chinese / Japanese / Italian ----------------
    ("rs:zh_tw", "compound family name (歐陽) + given name from zh_tw.rs; title 女士 outside the span",
     "{N|歐陽淑芬}女士（病歷號碼 {M|A0384417}）來電詢問 Cardelis 自費價格。"),
    ("rs:zh_tw", "romanised zh_tw name (公孫 + 建宏 -> Kung-Sun Chien-hung) and a Taiwanese mobile",
     "Patient {N|Kung-Sun Chien-hung} asked about Neurevia refills, cell {P|+886 937 418 226}."),
    ("rs:ja_jp", "ja_jp family + given with 様 outside; phone in its 0###-##-#### landline formats",
     "{N|佐々木ひまり}様（{D|平成3年5月8日}生）よりお電話、折り返し {P|0138-42-7716}。"),
    ("rs:ja_jp", "ja_jp mobile 080-####-####; ja_jp 岡本 美波 romanised as SURNAME Given",
     "Pt {N|OKAMOTO Minami} - call {P|080-3417-2295} re Glyvance copay."),
    ("rs:it_it", "it_it names with apostrophe surname (D'Angelo); mobile in its +39 33# ####### format",
     "Il Dott. {H|Isaac Ferreira} ci chiede di richiamare {N|Ginevra D'Angelo} al {P|+39 338 4172906}."),
    ("rs:it_it", "it_it address shape (Via/Corso + nº, CAP #####, province)",
     "Spedire a {N|Gioele Martinelli}, {A|Corso Vittorio Emanuele nº 54}, {A|20122 MILANO}."),
    # ---------------- elixir faker: Armenian (hy) ----------------
    ("ex:hy", "Armenian given + family from person/hy.ex; phone in phone/hy.ex cell format (##) ######",
     "Հիվանդ {N|Անահիտ Աբրահամյան}, հեռ. {P|(91) 418227}, հարցնում է Kyraxa-ի մասին։"),
    ("ex:hy", "address/hy.ex street_address(true) shape (street + building + բն. secondary) with ք. city",
     "Առաքում՝ {N|Տիգրան Բարսեղյան}, {A|Կոմիտասի 48 բն. 12}, {A|ք. Երևան}։"),
    ("ex:hy", "romanised Armenian names (Aram Ayvazyan, Anush) and the landline format 10-######",
     "Caregiver {N|Anush Ayvazyan} (wife of {N|Aram Ayvazyan}) asked for Cardelis info; home {P|10-582274}."),
    ("ex:hy", "Armenian name with պարոն (Mr.) outside; DOB dd.mm.yyyy",
     "պարոն {N|Բաբկեն Ասատրյան}, ծնված {D|12.03.1951}, Cardelis-ը դադարեցրել է։"),
    # ---------------- OpenEMR test fixture patients (EHR export rows, chart headers) ----------------
    ("emr", "fixture patient test-fixture-789456 as an export row: pubpid, name, SSN, street, city/state/ZIP, phones (contact with x extension), DOB verbatim",
     "pubpid={M|test-fixture-789456}; name={N|Eduardo Perez}; ss={S|234567891}; addr={A|789 Third Avenue}, {A|San Diego, CA 90210}; ph={P|(619) 555-7823 x251}; dob={D|1957-01-09}"),
    ("emr", "fixture patient test-fixture-8 (Nora Cohen) pasted as a chart header; SSN with dashes, DOB reformatted to US form",
     "{N|COHEN, NORA} | DOB {D|06/04/1967} | SSN {S|891-23-4567} | Home {P|(213) 555-5555} | Mrs."),
    ("emr", "fixture patient test-fixture-17 (Jim Moses, a surname that is also a given name) in a call note; home and work phones verbatim",
     "Spoke with Mr. {N|Moses} ({N|Jim}) - wants samples mailed; home {P|(323) 555-4444}, work {P|(909) 555-6767}. Born {D|Feb 14, 1945}."),
    ("emr", "fixture patient test-fixture-18 (Richard Jones) with his e-mail and street verbatim",
     "Copay card for {N|Richard Jones}, {A|400 West Broadway}, {A|San Diego, CA 92101}; send PDF to {E|richard@pennfirm.com}."),
    ("emr", "fixture patient test-fixture-22 (Ilias Jenane) as an AE intake: name, DOB, address with N. abbreviation",
     "AE intake - patient: {N|Ilias Jenane}; DOB: {D|1933-03-22}; address: {A|145 N. East Street}, {A|La Mesa, CA 92111}; event: dizziness after Neurevia dose 2."),
    ("emr", "fixture patient test-fixture-25 (John D Dockerty, middle initial) with pubpid as MRN and the three phones",
     "Pt {N|John D Dockerty} (MRN {M|test-fixture-25}) - contact {P|(567) 567-5678}, home {P|(567) 789-7891}."),
    ("emr", "fixture patient test-fixture-26 (James Janssen) with the fixture's five-digit area code phone verbatim ((5555) 555-1111)",
     "PSP callback list: {N|James Janssen} {P|(5555) 555-1111} - number looks wrong, try {P|(818) 555-2222}."),
    ("emr", "fixture patient test-fixture-30 (Jason Binder): street with Sepulveda, SSN verbatim",
     "Medicare appeal packet for {N|Jason Binder}, SSN {S|222-11-8888}, {A|100 West Sepulveda}, {A|Los Angeles, CA 92020}."),
    ("emr", "fixture patient test-fixture-34 (Robert Dickey) with the DOB reformatted to 12-Apr-1955",
     "Chart: {N|DICKEY, ROBERT}  DOB: {D|12-Apr-1955}  Ph: {P|(808) 555-1234}  Ins: {I|BCBS PPO}"),
    ("emr", "fixture patient test-fixture-35 (Jillian Mahoney, titled Mr. in the fixture) and the street 444 North State Street",
     "Office says Ms. {N|Jillian Mahoney} moved to {A|444 North State Street}, {A|Santa Ana, CA 90204}; update shipping."),
    ("emr", "fixture patient test-fixture-40 (Wallace Buckley) and his contact_relationship Mike Hart (relative, PATIENT-NAME); SSN verbatim",
     "{N|Wallace Buckley} (SSN {S|999-99-1111}) - domestic partner {N|Mike Hart} picks up the Cardelis refills; call {P|(555) 111-1111}."),
    ("emr", "fixture patient test-fixture-1001 (Brent Perez), contact Maria Perez, e-mail and plain SSN verbatim",
     "Enrolment: {N|Brent Perez}, SSN {S|123456789}, DOB {D|01/01/1960}, e-mail {E|bperez@pennfirm.com}; wife {N|Maria Perez} is the carer."),
    # ---------------- rio fake_names.py: Bantu, Bengali, Urdu, Vietnamese lists ----------------
    ("rio", "Bantu surnames alone (Ndlovu, Ncube) from bantu_surnames, after Patient and his daughter",
     "Patient {N|Ndlovu} called from Bulawayo about Glyvance; his daughter {N|Ncube} will collect it."),
    ("rio", "Bantu surnames with apostrophe (M'Bala) and Mkhize; South African ID number (13 digits) written for the set, labelled SSN",
     "PSP South Africa: Mr {N|M'Bala} and Mrs {N|Mkhize} (ID {S|6208145082087}) both asked for Rheumora info."),
    ("rio", "Bengali surname from bengali_surnames in Latin and in Bengali script (Chatterjee / চ্যাটার্জি), surname alone",
     "Caller: Mrs {N|Chatterjee}; the patient is her father-in-law, whose papers spell the name {N|চ্যাটার্জি}."),
    ("rio", "Bengali surname Mukherjee and the same surname in Bengali script",
     "Dr. {H|Elena Patel} referred {N|Mukherjee} (Kolkata) - the family writes the name {N|মুখার্জী}."),
    ("rio", "Urdu given + surname from urdu_firstnames / urdu_surnames; Pakistani mobile written for the set",
     "Patient {N|Shoaib Siddiqui} asked for Cardelis copay help; cell {P|+92 300 4187226}."),
    ("rio", "Urdu names in Urdu script from the same lists",
     "مریضہ {N|ملیحہ بخاری} نے Kyraxa کے بارے میں فون کیا۔"),
    ("rio", "Vietnamese female given + surname from vietnamese_firstnames_female / vietnamese_surnames",
     "Pt {N|Nguyễn Thảo} and her sister {N|Nguyễn Quỳnh} both on Veltrana - Dr. {H|Maria Nguyen} (no relation) follows them."),
    ("rio", "Vietnamese male name without diacritics (as typed in a US CRM)",
     "Call back {N|Tran Khoa} re PA form; wife {N|Ngoc} speaks English."),
    # ---------------- AviiNL/dndcharactergenerator: Niger-Congo and Polynesian given names ----------------
    ("dnd:nc", "two NigerCongo.cs given names as given + family name (Yoruba/Igbo usage takes a father's given name as surname)",
     "Mrs {N|Ngozi Azubuike} says her son {N|Chibuzo} ran out of Neurevia; Lagos number {P|+234 803 418 2270}."),
    ("dnd:nc", "NigerCongo.cs given name + rio bantu surname (Thabo Mahlangu); SA phone written for the set",
     "Patient {N|Thabo Mahlangu}, DOB {D|1971-08-30}, cell {P|082 418 3357}, Pretoria - asked about Kyraxa access."),
    ("dnd:nc", "Yoruba names (Yewande, Abidemi) in lower case, surname-first with a comma",
     "pt name on the script: {N|abidemi, yewande} - pharmacy misspelt it, please correct before shipping"),
    ("dnd:nc", "Kenyan-style name: NigerCongo.cs given (Baraka) + rio bantu surname (Kamau); Kenyan mobile written for the set",
     "{N|Baraka Kamau} (Nairobi) asked whether the PSP ships to Kenya; WhatsApp {P|+254 722 418 309}."),
    ("dnd:poly", "two Polynesian.cs given names as given + family name (Tongan usage takes a father's given name as surname); NZ NHI written for the set",
     "Auckland: {N|Aisake Fuifui}, NHI {M|PRK3318}, started Cardelis; his mum {N|Elenoa} translates."),
    ("dnd:poly", "Polynesian given names (Lokelani, Kailani) with okina-free spelling; Hawaiian phone written for the set",
     "Honolulu office: {N|Lokelani Kahale} and {N|Kailani Kahale} (twins) both on Rheumora; mom's cell {P|(808) 418-2276}."),
    ("dnd:poly", "Polynesian name with apostrophes (Hi'ilei, Ka'eo) and a Samoan-style surname from the same list (Tuala)",
     "Pt {N|Hi'ilei Tuala}, DOB {D|3/9/1990}, brother {N|Ka'eo} drives her to infusions."),
    # ---------------- richer carriers: forms, letters, e-mails, wristbands (several sources) ----------------
    ("ff:de", "PSP enrolment form, one field per line; name_de names; Versichertennummer and phone written for the set",
     "PSP-Anmeldung Rheumora\nName: {N|Yassin Schumacher}\nGeburtsdatum: {D|1983-07-19}\nKVNR: {M|Y504118273}\nTelefon: {P|0211 4490 2183}\nE-Mail: {E|y.schumacher@web.de}\nBetreuender Arzt: Dr. {H|Tobias Varga}"),
    ("ff:fr", "referral letter head (lettre d'adressage) with patient block; name_fr names",
     "Cher confrère,\nje vous adresse Mme {N|Colette Barbier}, née le {D|12/12/1948}, demeurant {A|7 allée des Cerisiers}, {A|84000 Avignon}, pour avis sur l'introduction de Cardelis.\nBien confraternellement, Dr {H|Gilbert Hamel}"),
    ("ff:nl", "multi-line e-mail to the PSP inbox; name_nl names; signature with phone",
     "Beste,\nMijn moeder {N|Geertruida Scholten} (geb. {D|02-04-1939}) gebruikt sinds maart Kyraxa.\nKunt u de kaart naar {A|Kerkstraat 12}, {A|8332 AB Steenwijk} sturen?\nMet vriendelijke groet,\n{N|Wouter Scholten}\n{P|06-21488390}"),
    ("ff:it", "adverse-event intake form lines; name_it names; codice fiscale written for the set",
     "SEGNALAZIONE AE\nPaziente: {N|Bernardo Olivetti}\nData di nascita: {D|23/05/1952}\nC.F.: {S|LVTBNR52E23H501U}\nEvento: ipotensione dopo la 3a dose di Cardelis\nSegnalatore: Dott. {H|Omar Castillo}"),
    ("ff:es", "pasted chart header in Spanish with NHC and two surnames upper case",
     "NHC: {M|2210487} | Paciente: {N|SANTOS MORA, AMALIA} | F. nac.: {D|30/09/1961} | Tel.: {P|654 227 918}"),
    ("ff:pl", "Polish referral (skierowanie) lines; names in name_pl; PESEL from the ffaker checksum",
     "Skierowanie\nPacjent: {N|Waldemar Piechota}\nPESEL: {S|85120309170}\nAdres: {A|ul. Morska 7/12}, {A|84-100 Puck}\nLekarz kierujący: lek. {H|Mei Bauer}"),
    ("ff:se", "shipping block in Swedish: name, c/o line (relative), street and postcode; name_se names",
     "Mottagare:\n{N|Agneta Viklund}\nc/o {N|Jonas Viklund}\n{A|Runiusgatan 14 lgh 1102}\n{A|112 55 Stockholm}"),
    ("ff:ru", "Russian medical-information request form fields; names from name_ru; полис ОМС (16 digits) labelled MRN",
     "Запрос медицинской информации\nПациент: {N|Ксения Викторовна Беляева}\nПолис ОМС: {M|7751 2904 8833 1047}\nТелефон: {P|8 (916) 482-17-33}\nВопрос: можно ли совмещать Neurevia с топираматом?"),
    ("ff:br", "Brazilian e-mail to the PSP with CPF, CEP and mobile; name_br names",
     "Olá, sou {N|Marjorie Campos}, CPF {S|052.938.417-50}. Mudei para {A|Travessa Caetano Vieira, 88}, {A|24931-090 Maricá}. Meu celular: {P|(21) 99714-2083}. Obrigada!"),
    ("ff:ja", "Japanese wristband text (患者ID, name_ja 田中 + 順子 in kanji run together and its katakana reading written for the set, DOB, blood type)",
     "患者ID {M|0041827} / {N|タナカ ジュンコ} / {N|田中順子} / {D|1951/02/11} 生 / 血液型 A"),
    ("ff:kr", "Korean referral letter fragment with 등록번호 and mobile; name_kr 온 + 대우 run together",
     "진료의뢰서 - 등록번호 {M|10238841}, 환자명 {N|온대우}, 생년월일 {D|1968.11.02}, 연락처 {P|010-3318-2047}"),
    ("ff:in", "Indian discharge-summary header: UHID, name, S/o, mobile, address lines",
     "UHID: {M|APH/22/084173}\nName: Mr. {N|Reyansh Iyer}\nS/o: {N|Om Iyer}\nMobile: {P|98403 11726}\nAddress: {A|No. 14, 2nd Cross, Jayanagar}, {A|Bangalore 560041}"),
    ("go", "US PSP enrolment form lines; gofakeit names, phone and email shapes; insurance member id (MRN by convention)",
     "Patient: {N|Delilah Ashley}\nDOB: {D|11/23/1958}\nPhone: {P|(414)555-0148}\nEmail: {E|delilahashley@stanton.org}\nMember ID: {M|XJH448120773}\nPrescriber: Dr. {H|Naomi Ellison}"),
    ("go", "fax cover sheet to a specialty pharmacy (fax number is the institution's: IGNORE); patient block",
     "FAX to Summit Specialty Pharmacy {I|(313) 555-0190}\nRe: {N|Cedrick Norman}, DOB {D|07/08/1949}\nAddress: {A|92 Lake Mertz Rest}, {A|Detroit, MI 48201}\nSSN last 4: {S|1184}"),
    ("ff:en", "UK GP letter header with NHS number run together and a postcode",
     "Re: Mrs {N|Haydee Nienow}  DOB {D|03.10.1944}  NHS No {M|9434765919}\n{A|Flat 2, 41 Station Road}, {A|Ledbury HR8 2DF}"),
    ("ff:en", "Australian AE intake: Medicare with IRN after a slash, address, phone in +61 home form",
     "AE intake AU - pt {N|Ashly Torp}, Medicare {M|2953178451/2}, {A|5 Ryde Street}, {A|Ryde NSW 2112}, ph {P|+61 2 9418 2276}, event: ISR after Glyvance pen."),
    ("ff:en", "Canadian AE report from a clinician's office: health card number (Ontario-style with version code) written for the set, labelled MRN; postcode + city only",
     "Dr. {H|Grace Sullivan}'s office reports: pt {N|Kendrick Green}, OHIP {M|4827-551-903-KX}, {A|Oakville, ON L6J 2X5}, nausea on Veltrana."),
    ("rs:tr_tr", "Turkish patient form lines (Ad Soyad, TC, Doğum tarihi, Telefon)",
     "Ad Soyad: {N|Ceren Polat}\nTC Kimlik No: {S|41827390156}\nDoğum Tarihi: {D|14.02.1979}\nTelefon: {P|0532 418 27 66}"),
    ("rs:pt_pt", "Portuguese e-mail from a carer; número de utente (SNS) labelled MRN",
     "Bom dia, escrevo pela minha mãe, {N|Rosa Paiva}, utente n.º {M|184 227 390}. O telefone dela é {P|+351 253 418 227}. Cumprimentos, {N|Vasco Paiva}."),
    ("rs:fa_ir", "Persian AE intake lines; fa_ir names and phone format",
     "گزارش عارضه\nبیمار: {N|مونا پناهیان}\nتاریخ تولد: {D|۱۳۶۲/۰۵/۱۴}\nتلفن: {P|+98 21 44182736}"),
    ("ex:hy", "Armenian shipping block, address/hy.ex shape, several lines",
     "Ստացող՝ {N|Արմեն Աթոյան}\n{A|Մաշտոցի 12 բն. 44}\n{A|ք. Գյումրի}\nհեռ. {P|(93) 418227}"),
    ("ff:vn", "Vietnamese PSP form; CCCD (12 digits) written for the set, labelled SSN",
     "Họ tên: {N|Phạm Thị Lan}\nNgày sinh: {D|22/08/1970}\nCCCD: {S|001170024183}\nĐiện thoại: {P|0912 448 306}"),
    ("ff:id", "Indonesian hospital label: No. RM (rekam medis) and a single name from name_id in upper case after the title NY. (Nyonya)",
     "No. RM {M|00-41-82-77} / NY. {N|WIDYAWATI} / Tgl lahir {D|17-08-1965} / R. Melati"),
    ("ff:ar", "Arabic referral block: patient, file number (رقم الملف), mobile",
     "المريض: {N|عاصم العوا}\nرقم الملف: {M|MF-448127}\nالجوال: {P|+962 79 418 2277}"),
    ("ff:gr", "Greek e-mail from a son about his mother; names from name_gr",
     "Καλησπέρα, η μητέρα μου {N|Παναγιώτα Σαμαρά} παίρνει Kyraxa. Τηλ. {P|210 418 2276}, email {E|ch.samaras@otenet.gr}. {N|Χρήστος Σαμαράς}"),
    ("ff:cs", "Czech hospital wristband line: name, r.č., pojišťovna (insurer code, IGNORE)",
     "{N|Hana Čapková} | r.č. {S|556212/0840} | poj. {I|111} | odd. interna"),
    ("ff:da", "Danish e-mail signature with a patient's private address and phone",
     "Venlig hilsen\n{N|Birgit Winther}\n{A|Topager 3}\n{A|8240 Risskov}\nTlf. {P|86 21 44 90}"),
    ("ff:mx", "Mexican prescription header: Nombre, Edad (age left unlabelled), CURP, domicilio",
     "Nombre: {N|Petra Acosta Tellez}  Edad: 58 años  CURP: {S|AOTP670301MDFCLT09}  Domicilio: {A|Calle Hidalgo 214, Col. Centro}, {A|06000 Ciudad de México}"),
    ("ff:th", "Thai hospital number (HN) and romanised name with Khun outside the span",
     "Khun {N|Mayuree Somwan} HN {M|64-018827} called re: Kyraxa appointment, mobile {P|+66 81 418 2276}."),
    ("rs:ja_jp", "call log line in a Japanese CRM; ja_jp family + given names run together (高橋 + あかり / 文乃); caller is the daughter",
     "着信: {P|0155-24-8817} {N|高橋あかり}様（患者 {N|高橋文乃} 様のご家族）— Cardelis の自己負担について。"),
    ("ff:ua", "Ukrainian AE intake lines: ПІБ, дата народження, РНОКПП (10 digits), phone",
     "ПІБ: {N|Гришко Мусій Вікторович}\nДата народження: {D|07.01.1958}\nРНОКПП: {S|2126304817}\nТел.: {P|+380 50 418 22 76}"),
    ("ff:nb", "Norwegian referral lines with fødselsnummer and address",
     "Henvisning: {N|Ingrid Sæther}, f.nr. {S|03085547193}, {A|Storgata 14}, {A|0184 Oslo}."),
    ("ff:sn", "Senegalese PSP e-mail in French with a patient and a mother",
     "Bonjour, je suis {N|Maguette Gakou}, la fille de {N|Sokhna Gakou} qui prend Cardelis. Notre numéro : {P|+221 77 418 22 76}."),
    ("rs:cy_gb", "bilingual Welsh/English appointment letter header with NHS number (Wales) labelled MRN",
     "Enw / Name: {N|Gwilym Prosser}\nRhif GIG / NHS No: {M|401 023 7198}\nCyfeiriad / Address: {A|4 Heol Dewi}, {A|Caerfyrddin SA31 1PD}"),
    ("go", "US call note with a guarantor (parent) and a minor; gofakeit names",
     "Mom {N|Kristy Payne} called for {N|Kaden Payne} (14), DOB {D|2011-05-06}; insurance through her employer, member {M|W448127730}."),
    # ---------------- e-mail shapes ----------------
    ("rs:pt_pt", "pt_pt names; e-mail on a pt_pt free-mail domain in angle brackets after the display name",
     "De: {N|Leonor Tavares} <{E|leonor.tavares@portugalmail.pt}>\nAssunto: cartão do programa Rheumora\nO meu número de utente é {M|302 118 447}."),
    ("rs:it_it", "it_it names; e-mail on an it_it free-mail domain after mailto:",
     "La paziente {N|Azzurra Fontana} chiede di scrivere a mailto:{E|azzurra.fontana@libero.it} per il piano terapeutico."),
    ("rs:fa_ir", "romanised fa_ir name; e-mail on an fa_ir free-mail domain with [at] and [dot]",
     "Caregiver {N|Ladan Zaker} prefers e-mail: {E|ladan.zaker [at] mailfa [dot] com}."),
    ("rs:cy_gb", "cy_gb names; e-mail spelled out in words on a cy_gb domain",
     "Mrs {N|Heledd Maddocks} spelled her e-mail: {E|heledd dot maddocks at telyn dot example dot cymru}."),
    ("go", "gofakeit email() shape upper case (as typed on a paper form) and with a plus tag",
     "Form scan: {N|JANELLE VARGAS}, EMAIL {E|JANELLEVARGAS@PERRY.COM}; son {N|Luis Vargas} uses {E|luisvargas+psp@perry.com}."),
    ("ff:de", "name_de names; e-mail with a digit suffix on a German free-mail domain and (at)",
     "Bitte Unterlagen an {N|Lucia Heinrich}: {E|lucia.heinrich84 (at) gmx.de} - sie ist Tochter der Patientin."),
    ("ex:hy", "romanised hy names (Նարեկ Աբրահամյան -> Narek Abrahamyan); e-mail with underscore",
     "Patient {N|Narek Abrahamyan} sent the AE form from {E|narek_abrahamyan@mail.am}; Dr. {H|Gregory Haddad} is cc'd."),
    # ---------------- hard negatives: no patient identifier ----------------
    ("sample", "clinicians from hcps.csv with Dr. and with credentials; institutions; products",
     "Lunch-and-learn at Boston Cancer Institute: Dr. {H|Amara Okafor} and {H|Hugo Petrov}, MD, discussed Kyraxa sequencing; 14 attendees."),
    ("sample", "clinician surnames alone after Dr.; a KOL list",
     "KOL map update: Dr. {H|Whitaker} (cardio, Denver), Dr. {H|Haddad} (onc, Atlanta), Dr. {H|Kowalski} (onc, Miami) - all Tier 1."),
    ("sample", "clinician first name only, as colleagues say it, and a nurse's title",
     "{H|Naomi} (Dr. {H|Ellison}) wants the Glyvance titration card; her NP asked for 20 copies."),
    ("sample", "clinician office line, fax and address are the institution's (IGNORE)",
     "Dr. {H|Julia Romero}, Summit Endocrinology, {I|2200 Woodward Ave}, {I|Detroit, MI 48201}; office {I|(313) 555-0170}, fax {I|(313) 555-0171}."),
    ("sample", "clinician NPI, territory code and next-call date (IGNORE)",
     "Dr. {H|Kevin Holloway} NPI {I|1047806314}, territory {I|NEU-WE-02}, segment Maintain - next call {I|2025-02-11}."),
    ("sample", "clinicians whose surnames are words (Bishop, Sullivan) and a Chen/Chen pair",
     "Dr. {H|Irene Bishop} and Dr. {H|Lisa Chen} co-chair the regional board; Dr. {H|Daniel Chen} is not related."),
    ("sample", "MSL note with product, dose and lot, no patient",
     "MSL visit with Dr. {H|Sofia Fitzgerald}: Neurevia 50 mg titration, lot {I|NV-24-0918}, expiry {I|2026-08}; she requested the REMS slides."),
    ("sample", "virtual call with a clinician, visit date and duration",
     "Virtual call {I|2025-01-22} 09:30-09:50 with Dr. {H|Raj Sato} (Riverside Cardiology Group) re Cardelis formulary; follow-up in March."),
    ("sample", "e-mail between rep and clinician office, no patient details",
     "Hi Dr. {H|Rosario},\nThanks for hosting us at Pinecrest Rheumatology Associates on Tuesday. Attached is the Rheumora dosing card you asked for.\nBest, the field team"),
    ("sample", "speaker programme roster with clinicians only",
     "Speaker bureau Q2: {H|Esther Chowdhury} (cardiology), {H|Thomas Abernathy} (endo), {H|Aisha Moreno} (neuro), {H|Benjamin Larsen} (heme-onc)."),
    ("ff:cs", "Czech clinicians with academic prefixes from name_cs/prefixes (MUDr., Ing.) and name_cs names in the instrumental case (Zdeňka Brožová -> Zdeňkou Brožovou, Patrik Bureš -> Patrikem Burešem); no patient",
     "Schůzka s MUDr. {H|Zdeňkou Brožovou} a Ing. {H|Patrikem Burešem} (nemocniční lékárna) o zařazení Glyvance."),
    ("ff:de", "German clinicians (Prof. Dr., Dr. med.) with name_de names; a university clinic",
     "Advisory Board in Weimar: Prof. Dr. {H|Carsten Wolff} und Dr. med. {H|Lynn Berger}, Universitätsklinikum - keine Patientendaten."),
    ("ff:ja", "Japanese clinicians (先生) and a hospital, no patient",
     "{H|長谷川}先生と{H|宮原}先生（大崎総合病院）に Neurevia の新データを説明。"),
    ("rs:tr_tr", "Turkish clinicians with Prof./Doç. titles from tr_tr.rs",
     "Prof. Dr. {H|Mustafa Yıldız} ve Doç. Dr. {H|Elif Demir} ile Kyraxa danışma kurulu toplantısı yapıldı."),
    ("ff:sn", "Senegalese clinicians (Pr, Dr) from name_sn and a hospital in Dakar",
     "Réunion au CHU de Fann avec le Pr {H|Assane Diouf} et le Dr {H|Binette Mbow} sur Cardelis ; aucun patient cité."),
    ("none", "eponymous syndromes named after people (Sjögren, Behçet, Takayasu, Still, Felty)",
     "Rheum clinic asked whether Rheumora has data in Sjögren's, Behçet's, Takayasu arteritis, adult-onset Still's disease or Felty syndrome."),
    ("none", "eponymous scales and signs (Glasgow, Apgar, Babinski, Romberg, Lasègue)",
     "Neuro nurse training: Glasgow Coma Scale, Apgar, Babinski and Romberg signs, Lasègue test - Neurevia module 3."),
    ("none", "other companies' brand names that look like given names (Lyrica, Ativan, Keppra)",
     "Formulary: Lyrica, Zoloft, Ativan and Keppra generics preferred; Neurevia needs PA."),
    ("none", "lab values, doses, NDC and lot numbers (numbers that are not identifiers)",
     "Glyvance 10 mg QD; eGFR 54 mL/min, K 4.6 mmol/L; NDC {I|70114-220-30}, lot {I|GV-25A114}, exp {I|04/2027}."),
    ("none", "visit dates, times and a conference room named after a person",
     "Meeting moved to {I|2025-03-04} 14:00 in the Florence Nightingale Room, then dinner at Marco Polo (Boston)."),
    ("none", "cities and countries that are also names (Victoria, Adelaide, Jordan, Georgia, Chad)",
     "Regional launch: Victoria, Adelaide, Jordan, Georgia and Chad sites go live for Kyraxa in Q3."),
    ("none", "company switchboard, medical-information mailbox and website (IGNORE)",
     "Medical Information: {I|+44 1628 555 010}, {I|medinfo@veltrana-pharma.example}, {I|www.veltrana-pharma.example/hcp}."),
    ("none", "trial and programme acronyms that read as names (GRACE, ARIA, OLIVIA, JASMINE)",
     "GRACE and ARIA read out in May; OLIVIA enrolment for Cardelis is slow; JASMINE is an investigator-initiated study."),
    ("none", "order, tracking and invoice numbers (IGNORE) in a shipping update, no patient",
     "Sample shipment: order {I|SO-2025-004418}, tracking {I|1Z 999 AA1 01 2345 6784}, invoice {I|INV-77412}; delivered to the clinic."),
    ("none", "adverse-event statistics from a label (no patient)",
     "Label: nausea 12% vs 4% placebo, dizziness 7%, ALT >3x ULN 1.2%; no new safety signal in the 2024 PSUR for Veltrana."),
    ("none", "streets and buildings named after people, as an institution's address (IGNORE)",
     "Pharmacy team at {I|1200 Martin Luther King Jr Blvd}, Howard Hughes Pavilion - delivery door B."),
    ("none", "Welsh and Irish place names that look like names, no patient",
     "Territory ride-along: Merthyr Tydfil, Bridgend and Aberdare on Monday; Ennis and Kilkenny on Thursday."),
    ("sample", "Spanish call note with only clinicians (hcps.csv), a hospital and products",
     "Visita al Hospital La Paz: la Dra. {H|Fatima Delgado} y el Dr. {H|Michael Ramirez} preguntaron por el acceso precoz a Kyraxa."),
    ("none", "German note without a patient: dose, ward, product",
     "Station 4B stellt auf Cardelis 5 mg um; Lieferung Montag, Ansprechpartner ist die Stationsapotheke."),
    ("none", "French note without a patient: staff roles only",
     "L'infirmière coordinatrice et le pharmacien hospitalier ont validé le circuit de Rheumora ; aucune donnée patient transmise."),
    ("none", "word-like surnames used as ordinary words (banks, price, rice, cook, hunter, strong)",
     "Food banks near the clinic raised the price of rice; the cook and a hunter gave strong testimony at the town hall."),
    ("none", "Japanese note without a patient: 院内勉強会 with no names",
     "院内勉強会で Glyvance の投与方法を説明。参加者 12 名、質問は保存方法について。"),
]
# fmt: on


Row = dict[str, Any]


def _has_phi(row: Row) -> bool:
    return any(s["type"] in marks.PHI_TYPES for s in row["spans"])


def split(rows: list[Row]) -> tuple[list[Row], list[Row]]:
    """Alternate snippets of each group to dev and held, the first of each group to dev;
    identifier-free snippets alternate among themselves (first to dev), whatever their group."""
    dev: list[Row] = []
    held: list[Row] = []
    seen: Counter[str] = Counter()
    for row in rows:
        key = str(row["group"]) if _has_phi(row) else "\0identifier-free"
        (dev if seen[key] % 2 == 0 else held).append(row)
        seen[key] += 1
    return dev, held


def _write(path: Path, rows: list[Row]) -> None:
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )


def _read(path: Path) -> list[Row]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x]


def main(argv: list[str] | None = None) -> int:
    """Write both halves (and, with --whole, the whole set) from SNIPPETS, or with --check
    re-validate the written halves; print the counts. Exit 1 with the problems on a failure."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="validate the written halves only")
    parser.add_argument("--whole", type=Path, help="also write the whole set to this path")
    args = parser.parse_args(argv)
    if args.check:
        dev, held = _read(DEV), _read(HELD)
        rows = dev + held
    else:
        rows = marks.build(SNIPPETS, SOURCES, SPLIT)
        dev, held = split(rows)
    problems = marks.validate(rows, SPLIT)
    if problems:
        print("\n".join(problems))
        return 1
    if not args.check:
        _write(DEV, dev)
        _write(HELD, held)
        if args.whole:
            _write(args.whole, rows)
    marks.report(rows)
    for name, half in (("dev", dev), ("held", held)):
        ids = sum(1 for r in half for s in r["spans"] if s["type"] in marks.PHI_TYPES)
        free = sum(1 for r in half if not _has_phi(r))
        print(f"{name}: {len(half)} snippets, {ids} patient identifiers, {free} without one")
    return 0


if __name__ == "__main__":
    sys.exit(main())
