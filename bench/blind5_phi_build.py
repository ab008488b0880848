"""Build bench/phi_blind5.jsonl, the fifth blind set for the patient-identifier scrubber.

Every snippet is held below with its spans marked inline as ``{T|text}``, where T is one of
N (PATIENT-NAME), D (DOB), M (MRN), S (SSN), P (PHONE), E (EMAIL), A (ADDRESS) and the kept
types H (HCP) and I (IGNORE). The script strips the marks, computes the offsets, writes the
jsonl and validates it: every span's text equals text[start:end], no overlaps, known types,
no span holds a line break or outer whitespace, and the text search that bench/phi.py's
``_locate`` performs (successive occurrences of each label's text) lands every label on its
recorded offset. Never runs a detector and imports nothing from prepcli.

    python bench/blind5_phi_build.py            # write bench/phi_blind5.jsonl and print counts
    python bench/blind5_phi_build.py --check    # validate the written file only

Provenance of each snippet is in its ``source`` field; BLIND5-phi.md describes the set.
"""

# ruff: noqa: E501  (the snippet table holds long strings; each snippet stays on its lines)
from __future__ import annotations

import sys
from pathlib import Path

import blind_phi_marks as marks

BENCH = Path(__file__).resolve().parent
OUT = BENCH / "phi_blind5.jsonl"
SPLIT = "blind5"

# fmt: off
MIMESIS = "lk-geimfari/mimesis"
MIMESIS_COMMIT = "b7d77dd23d7dcef395c5ea3295b8211eb0242d2c"
RANDOMUSER = "RandomAPI/Randomuser.me-Node"
RANDOMUSER_COMMIT = "ac8e874f5adbb8a29aa35edc9b3f616f5e9756ed"


def _mimesis(locale: str) -> dict[str, str]:
    return {"repo": MIMESIS, "commit": MIMESIS_COMMIT,
            "path": f"mimesis/datasets/{locale}/person.json + address.json"}


def _randomuser(nat: str) -> dict[str, str]:
    return {"repo": RANDOMUSER, "commit": RANDOMUSER_COMMIT,
            "path": f"api/1.4/data/{nat}/inject.js + lists/*.txt"}


MIMESIS_LOCALES = ("de", "de-at", "de-ch", "fr", "it", "nl", "nl-be", "es", "es-mx", "pt-br", "fi",
                   "hu", "is", "el", "tr", "ru", "uk", "pl", "cs", "sk", "sv", "ja", "ko", "zh",
                   "fa", "kk", "hr", "et", "ar-eg", "az", "en", "en-au", "en-ca", "en-gb")
RANDOMUSER_NATS = ("AU", "BR", "CA", "CH", "DE", "DK", "ES", "FI", "FR", "GB", "IE", "IN", "IR",
                   "MX", "NL", "NO", "NZ", "RS", "TR", "UA", "US")
SOURCES: dict[str, dict[str, str]] = {
    **{f"m:{loc}": _mimesis(loc) for loc in MIMESIS_LOCALES},
    **{f"r:{nat}": _randomuser(nat) for nat in RANDOMUSER_NATS},
    "m:int": {"repo": MIMESIS, "commit": MIMESIS_COMMIT,
              "path": "mimesis/datasets/int/person.py (USERNAMES) + internet.py (EMAIL_DOMAINS), "
                      "mimesis/providers/person.py email(); names from mimesis/datasets/*/person.json"},
    "chance": {"repo": "chancejs/chancejs", "commit": "bd69becf18edce68e140639400d10167c7173674",
               "path": "chance.js (firstNames/lastNames data, phone(), ssn())"},
    "smart": {"repo": "smart-on-fhir/sample-patients-stu3",
              "commit": "d4793ea2ef193c02335db460e23a518b458bbc0e", "path": "data/patients.txt"},
    "smart_pr": {"repo": "smart-on-fhir/sample-patients-stu3",
                 "commit": "d4793ea2ef193c02335db460e23a518b458bbc0e",
                 "path": "data/practitioners.txt"},
    "nhs": {"repo": "", "commit": "", "path": "",
            "url": "https://v2.datadictionary.nhs.uk/data_dictionary/attributes/n/nhs_number_de.asp"},
    "medicare": {"repo": "", "commit": "", "path": "",
                 "url": "https://www.clearwater.com.au/code/medicare"},
    "ohip": {"repo": "", "commit": "", "path": "",
             "url": "https://health.gov.on.ca/en/pro/programs/ohip/registration_coverage.aspx"},
    "sample": {"repo": "prepcli (this repository)", "commit": "", "path": "sample_data/hcps.csv"},
    "none": {"repo": "", "commit": "", "path": "",
             "url": "no external wording (hard negative written by the set author)"},
}  # fmt: skip

# (source key, record: how the source's items were rewritten, marked text)
SNIPPETS: list[tuple[str, str, str]] = [
    # ---------------- mimesis locale data: German-speaking ----------------
    ("m:de", "given + surname from the de lists; DOB German dotted form written for this set",
     "MSL call, Dr. {H|Adrian Voss}: his patient {N|Wibke Drechsler} (geb. {D|12.03.1957}) had a "
     "good response on Neurevia; he wants the registry form."),
    ("m:de", "Herr + surname only; German phone in the locale's (0####) ####### mask",
     "Herr {N|Achterberg} ruft wegen der Kostenübernahme an, Rückruf unter {P|(05241) 3033912}."),
    ("m:de", "surname that is a common word (Klein, Kaiser); lower-case given names",
     "pt {N|gundula klein} and her husband {N|egbert kaiser} both on Cardelis, asked about travel "
     "letter."),
    ("m:de", "multi-line shipping block; Wohnung secondary address from the locale's mask",
     "An:\n{N|Sabina Kühn}\n{A|Zimmerstraße 4, Wohnung 12}\n{A|53773 Hennef}\nRe: PSP-Starterkit Rheumora"),
    ("m:de", "Dr. med. clinician (academic title from the list) and patient with DOB",
     "Arztbrief von Dr. med. {H|Walpurgis Schwarz}: Pat. {N|Fredrik Jund}, * {D|04.11.1949}, "
     "Umstellung auf Glyvance empfohlen."),
    ("m:de-at", "Austrian name and phone in the +43 shape; Frau + full name",
     "Frau {N|Theresia Gruber} (Wien) bittet um Rückruf: {P|+43-664-3182207}. Es geht um "
     "die Kyraxa-Dosierung."),
    ("m:de-ch", "Swiss name; postcode city line without street",
     "Patient {N|Reto Baumgartner}, {A|8400 Winterthur}, asked whether the Swiss PSP covers "
     "home infusion."),
    # ---------------- mimesis: French ----------------
    ("m:fr", "French given + surname; DOB written in French words",
     "Mme {N|Agathe Bousquet}, née le {D|4 mars 1961}, a arrêté Veltrana à cause des nausées - "
     "à déclarer."),
    ("m:fr", "French mobile in the +33 6######## mask (written with spaces)",
     "Rappeler M. {N|Didier Cadiou} au {P|+33 6 12 48 90 37} avant 18h, question sur le "
     "programme Rheumora."),
    ("m:fr", "surname only, upper case; Bâtiment secondary address",
     "Livraison refusée chez {N|FERRIER}, {A|Bâtiment B, 3 Place Des Pervenches}, {A|Cenon}. À "
     "renvoyer."),
    ("m:fr", "Prof. clinician from the list's academic titles; patient by first name only",
     "Prof. {H|Maud Savoie} mentioned that her patient {N|Tessa} (17) is doing well on "
     "Neurevia; no AE."),
    ("m:fr", "nickname-like short given name + compound surname; DOB dd/mm/yyyy",
     "Patient {N|Noé Turmel-Jolin} DN {D|22/09/1983} - dossier PSP ouvert, carte remise."),
    # ---------------- mimesis: Italian ----------------
    ("m:it", "Italian names with particle surname; DOB in Italian",
     "La signora {N|Raimonda De Pascale}, nata il {D|7 luglio 1949}, chiede il modulo per il "
     "rimborso di Cardelis."),
    ("m:it", "Dott. clinician; female given name that is also a male name (Michele)",
     "Dott. {H|Alfio Ugolini} says {N|Michele Romanello} (she) restarted Glyvance after the "
     "surgery."),
    ("m:it", "surname, given in upper case as pasted from a register",
     "RICOVERO: {N|ARDITO, ALBERICO} - nato {D|03/02/1938} - cartella {M|2023/004417}"),
    # ---------------- mimesis: Dutch / Flemish ----------------
    ("m:nl", "Dutch surname with particle ten/van de; Dutch mobile mask",
     "Mevr. {N|Jikke ten Hurne} belde over de Kyraxa-startset; terugbellen op "
     "{P|+31 6 48217739}."),
    ("m:nl", "Drs. and Dr clinicians with Dutch names; no patient identifier",
     "Overleg met Dr {H|Flore Wilderink} en drs. {H|Teije Bloommers} over de Neurevia-"
     "registratie; geen patiëntgegevens besproken."),
    ("m:nl", "lower-case surname with particle alone",
     "dhr {N|van daele} heeft zijn PSP-kaart verloren, nieuwe aangevraagd."),
    ("m:nl-be", "given name from the nl list, Flemish surname from the nl-be list; DOB Dutch month name",
     "Patiënte {N|Noëlle Verbeke}, geboren {D|3 mei 1972}, start met Rheumora in januari."),
    # ---------------- mimesis: Spanish / Mexican / Brazilian ----------------
    ("m:es", "Spanish names, Doña; phone in 9##-###-### mask",
     "Doña {N|Altagracia Moya Reyes} llamó por el copago de Veltrana: {P|915-408-276}."),
    ("m:es", "lower-case given names as in the list (Jose manuel) + surnames",
     "paciente {N|jose manuel cortes medina} fecha de nac. {D|14/02/1980}, pendiente de la "
     "analítica."),
    ("m:es-mx", "Mexican name; phone in the +52 ## #### #### mask",
     "La Sra. {N|Guadalupe Olvera Nieto} pidió informes del programa; tel. {P|+52 55 7441 7308}."),
    ("m:pt-br", "address with Bloco/Apto secondary and CEP #####-###",
     "Entrega: {N|Rosarinho Guedes}, {A|Rua General Cardoso de Aguiar, 310, Bloco C Apto. 402}, "
     "{A|Uiraúna - 58915-000}"),
    ("m:pt-br", "Dra. clinician and patient with DOB in Portuguese",
     "A Dra. {H|Assunta Rossoni} disse que a paciente {N|Basilissa Vescovi}, nascida em "
     "{D|9 de agosto de 1955}, teve melhora com Cardelis."),
    # ---------------- mimesis: Nordic ----------------
    ("m:fi", "Finnish names; Finnish mobile in +358 ## ### #### mask; DOB Finnish style",
     "Potilas {N|Riitta Järveläinen} (s. {D|14.2.1952}) pyysi soittoa: {P|+358 40 318 7720}."),
    ("m:fi", "surname only after Herra; asunto secondary address",
     "Herra {N|Tiilikainen}, {A|Siilitie 9 B, asunto 14}, {A|00800 Helsinki} - Neurevia-kortti "
     "postitettu."),
    ("m:sv", "Swedish names; DOB ISO; phone +46-###-###-###",
     "Patient {N|Arvid Wikström}, född {D|1949-03-08}, nås på {P|+46-703-890-118}."),
    ("m:is", "Icelandic patronymic surnames (father's name + son/dóttir)",
     "Sjúklingur {N|Helga Sigurðsdóttir} and her son {N|Magni Erlendsson} came to the clinic "
     "with Dr. {H|Olivia Whitaker}."),
    ("m:is", "Icelandic address {st_num} {st_name}, ### postcode",
     "Shipping block:\n{N|Álfhildur Bárðsdóttir}\n{A|Tónatröð 6}\n{A|580 Siglufjörður}\nIceland"),
    # ---------------- mimesis: Central / Eastern Europe ----------------
    ("m:hu", "Hungarian family-first order; DOB in Hungarian",
     "A beteg {N|Bartók Margó} (szül. {D|1958. május 4.}) Glyvance-t szed, a háziorvos kérdezte "
     "a kölcsönhatásokat."),
    ("m:hu", "surname that is also a given name (Kozma), alone",
     "Rep note: {N|Kozma} néni missed two Rheumora injections, daughter will call the nurse."),
    ("m:pl", "Polish names with inflection; +48 mobile mask ### ### ###",
     "Pani {N|Jadwiga Majewska} prosi o kontakt w sprawie leku Cardelis: {P|+48 601 224 918}."),
    ("m:pl", "DOB in Polish with Roman-numeral month, as on older forms",
     "Pacjent {N|Ksawery Grochowiak}, ur. {D|5 IX 1950}, skarży się na zawroty głowy po "
     "Neurevii - zgłoszone do PV."),
    ("m:cs", "Czech given name; female form of the listed surname Sedláček; phone in 601 ### ### mask; DOB Czech spaced dots",
     "Pacientka {N|Anežka Sedláčková}, nar. {D|12. 6. 1966}, tel. {P|601 338 274}, žádá "
     "o vzorky Kyraxa."),
    ("m:cs", "surname that is a common word (Jahoda = strawberry), given name Betty",
     "Office e-mail: pí {N|Betty Jahoda} wants to switch pharmacies for Veltrana."),
    ("m:sk", "Slovak female surname form; address {st_name} {st_num}, ### ##",
     "Zásielka pre {N|Ružena Lukáčová}, {A|Havrania ulica 21}, {A|900 21 Svätý Jur}"),
    ("m:hr", "two relatives; Ulica address",
     "{N|Tjaša Rukavina} i sin {N|Mak Rukavina}, {A|Ulica Kranjčevićeva 12}, {A|10430 Samobor}"),
    ("m:et", "Estonian names; surnames that are English words (Bell, Green)",
     "Patients {N|Kadri Bell} and {N|Reimo Green} were both referred by Dr. {H|Meelika Savisaar} "
     "for Cardelis titration."),
    ("m:el", "Greek names in Greek script; Greek mobile 69########",
     "Ο ασθενής {N|Λευτέρης Καραμάνος} ζήτησε ενημέρωση για το Glyvance, κινητό {P|6974218830}."),
    ("m:el", "Greek female genitive surname form; DOB dd/mm/yyyy",
     "Ασθενής: {N|Ελένη Γιαννοπούλου}, ημ. γέννησης {D|12/05/1948}, Κέρκυρα."),
    ("m:el", "Greek name transliterated to Latin script in an English note",
     "Dr. {H|Grace Sullivan} saw {N|Eleni Giannopoulou}'s husband - he asked about Rheumora "
     "storage when they travel."),
    ("m:tr", "Turkish names; +90 (5##) mobile mask; DOB Turkish dotted",
     "Hasta {N|Işılay Topçuoğlu}, doğum tarihi {D|03.11.1975}, cep {P|+90 (532) 418 27 90}."),
    ("m:tr", "entry of the male given-name list (Öztürk) used as a surname, alone, lower case",
     "bay {N|öztürk} Glyvance kutusunu kırık teslim aldığını söyledi."),
    ("m:ru", "Russian names in Cyrillic; +7-(9##) mobile mask",
     "Пациентка {N|Олеся Красильникова}, тел. {P|+7-(916)-916-38-05}, просит перезвонить "
     "по поводу Cardelis."),
    ("m:ru", "Russian DOB written in words",
     "{N|Лада Москвина}, дата рождения {D|17 апреля 1963 г.}, получает Veltrana с мая."),
    ("m:uk", "Ukrainian names; +380 mobile mask",
     "Пацієнт {N|Руслан Андрощук} просить зателефонувати: {P|+380-(67)-318-42-90}."),
    ("m:uk", "Ukrainian name transliterated in an English carrier, surname first",
     "MSL follow-up: {N|Artemenko, Kalyna} - DOB {D|1987-02-19} - enrolled in the Neurevia "
     "support programme by Dr. {H|Rachel Kowalski}."),
    ("m:kk", "Kazakh names in Cyrillic; +7-(701) mobile mask",
     "Науқас {N|Жәмила Нурпеисова}, тел. {P|+7-(701)-418-22-93}, Rheumora туралы сұрады."),
    ("m:az", "Azerbaijani names; +994 (050) mask",
     "Xəstə {N|Günay Kərimli} zəng etdi, nömrə {P|+994 (050) 943 27 81} - Kyraxa dozası."),
    # ---------------- mimesis: Asian and Middle-Eastern scripts ----------------
    ("m:ja", "Japanese surname + given name in kanji/kana; DOB Japanese era-free format",
     "患者 {N|北畠 さゆり} 様（{D|1985年4月3日}生）より、Glyvance の服用方法について問い合わせ。"),
    ("m:ja", "Japanese address {} {}-{}-{} shape; postcode ###-####",
     "送付先: {A|〒661-0012 尼崎市 春日 2-14-7} {N|板垣 一太郎} 様"),
    ("m:ja", "Japanese name romanised in an English note, family name first in capitals",
     "Rep note: {N|KANAMORI Hiromi} (patient) asked Dr. {H|Keiko McAllister} about Neurevia "
     "during pregnancy planning."),
    ("m:ko", "Korean name (family + given) in Hangul; +82 mask",
     "환자 {N|염수아} 님, 연락처 {P|+82 10 3738 2846}, Cardelis 복용 중 어지럼증 호소."),
    ("m:ko", "Korean address {st_name}{st_sfx} {st_num} + 호; DOB Korean",
     "{N|하준석} ({D|1961년 7월 12일}생), 주소: {A|보라매로 38 1203호}, {A|동해시}"),
    ("m:ko", "Korean name romanised with hyphen, given name first",
     "Dr. {H|Lauren Yamamoto}'s patient {N|Hyun-jung Ha} was switched from Kyraxa to best "
     "supportive care."),
    ("m:zh", "Chinese surname + given name; +86 ###-######## mask",
     "患者{N|温香玉}，电话{P|+86 138-27575530}，询问Rheumora援助项目。"),
    ("m:zh", "Chinese address {st_name}{st_sfx}{st_num}号 + 室",
     "收件人：{N|罗君浩}，地址：{A|常州市工人村胡同18号402室}"),
    ("m:zh", "Chinese name in pinyin, family name first, no cue word",
     "Call note: {N|Wen Suifen} is the patient; her son {N|Luo Junhao} handles the Kyraxa "
     "refills."),
    ("m:fa", "Persian names in Arabic script; Iranian mobile +98-912 mask",
     "بیمار {N|دلارام شریفیان} با شماره {P|+98-912-6008736} درباره Glyvance تماس گرفت."),
    ("m:fa", "Persian name romanised in an English note",
     "Office manager: Mr {N|Kiarash Malekian}'s wife {N|Pouneh} picks up his Cardelis "
     "samples."),
    ("m:ar-eg", "Egyptian Arabic name; Egyptian mobile 010######## mask",
     "المريض {N|هشام الزيات} - موبايل {P|01012842695} - يسأل عن برنامج دعم Rheumora."),
    ("m:ar-eg", "Egyptian name romanised with al- article; DOB Arabic-style d/m/yyyy",
     "Pt {N|Hagar El-Baradei}, DOB {D|2/9/1979}, Cairo - enquiry about Veltrana in "
     "breastfeeding."),
    # ---------------- mimesis: English-speaking locales ----------------
    ("m:en", "surname that is a common word (Church, Potter); phone +1-###-###-#### mask",
     "Spoke with {N|Lael Church}'s caregiver re: Cardelis copay card. Callback "
     "{P|+1-518-402-7731}."),
    ("m:en", "street {st_num} {st_name} {st_sfx} + Apt from the locale's masks",
     "Ship to: {N|Vito Mullen}, {A|1402 Junipero Serra Crescent, Apt. 6}, "
     "{A|Junction City, KS 66441}"),
    ("m:en", "first name that is a place name (Paris), alone",
     "{N|Paris} (pt, 34) asked the nurse whether Neurevia is OK with her contraceptive."),
    ("m:en", "PO Box secondary address + city/state/zip",
     "Mail the enrolment pack to {N|Faustina Gould}, {A|PO Box 4127}, {A|Covington, KY 41011}."),
    ("m:en-au", "Australian name from the en-au lists; town, postcode and 04## mobile written for this set",
     "Pt {N|Brigid Callahan} from {A|Hervey Bay QLD 4655} - mob {P|0476 338 905}."),
    ("m:en-au", "Unit secondary address mask + street name from the en-au list; town written for this set",
     "Courier to {N|Bryce Alston}, {A|Unit 4, 17 Linley Close}, {A|Cairns QLD 4870}"),
    ("m:en-ca", "Canadian postcode @#@ #@# mask; street {st_num} {st_name} {st_sfx}",
     "PSP address: {N|Chelsea Bradshaw}, {A|88 Kingsmill Drive}, {A|Winnipeg MB R3T 2N2}"),
    ("m:en-gb", "UK postcode @@#@ #@@ style and town",
     "Deliver to {N|Tad Livingston}, {A|14 Brollagh Road}, {A|Arbroath DD11 1QT}."),
    # ---------------- randomuser.me data: national ids, phone shapes, names per nationality ----
    ("r:GB", "GB lists name; NINO in the generator's AA ## ## ## A shape",
     "PSP form for {N|Vicky Shelton}: NI number {S|LM 70 61 28 A}, GP is Dr. {H|Irene Bishop}."),
    ("r:GB", "street and city from the GB lists; postcode in the generator's mask",
     "Homecare delivery: {N|Connor Carroll}, {A|27 Rectory Lane}, {A|Swansea SA4 7NX}"),
    ("r:GB", "GB landline 016977 ####, an area code the generator lists; surname only",
     "Mr {N|Owens} can only be reached on his landline {P|016977 7291} after 6pm."),
    ("r:GB", "NINO without spaces, lower case, as typed in a CRM",
     "ni no. {S|ry329073c} for pt {N|zoe campbell} - needed for the homecare contract."),
    ("r:IE", "Irish list names (surname that is a given name: Hall); PPS number 7 digits + letter",
     "Patient {N|Rose Hall}, PPS {S|0395476K}, DOB {D|11/06/1958}, starting Cardelis."),
    ("r:AU", "AU list names; TFN 9 digits grouped 3-3-3",
     "Enrolment on hold: {N|Yvonne Hayes} gave her TFN {S|597 076 952} instead of her Medicare "
     "number."),
    ("r:AU", "AU landline 0#-####-#### shape; AU town",
     "Pt {N|Fred Kennedy} (Warrnambool) - home phone {P|03-6149-7308}, no mobile."),
    ("r:CH", "CH list names; AVS number 756.####.####.## with a valid EAN-13 check digit",
     "Patientin {N|Salomé Dupuis}, AHV-Nr. {S|756.5895.2548.13}, Kostengutsprache für Rheumora "
     "beantragt."),
    ("r:CH", "Swiss mobile 07# ### ## ## shape; commune from the list",
     "Herr {N|Erich Fleury} aus {A|4417 Ziefen} bittet um Rückruf: {P|076 781 27 81}."),
    ("r:DE", "DE list names; SVNR in the generator's area DDMMYY initial serial shape",
     "Versichertennummer prüfen: {N|Ulla Heizmann}, RV-Nr. {S|23 120367 H 224}, geb. "
     "{D|12.03.1967}."),
    ("r:DE", "street and city from the DE lists",
     "Muster an {N|Henni Wagener}, {A|Lessingstraße 31}, {A|69117 Heidelberg} geschickt."),
    ("r:DK", "DK list names; CPR DDMMYY-#### from the generator",
     "Patient {N|Alberte Mortensen}, CPR {S|230871-6205}, tlf. {P|93217308}."),
    ("r:DK", "DK street and city; surname only",
     "{N|Poulsen} familien, {A|Snebærvej 12}, {A|4690 Haslev} - pakke returneret."),
    ("r:ES", "ES list names; DNI ########-L with the check letter",
     "Paciente {N|Encarnación Carrasco Vázquez}, DNI {S|81609283-Q}, móvil {P|612-418-275}."),
    ("r:FI", "FI list names; HETU with the mod-31 check character",
     "Potilas {N|Pinja Rantanen}, hetu {S|140252-445D}, soitti Glyvance-annoksesta."),
    ("r:FI", "HETU of a child born in the 2000s (A century sign); parent by first name",
     "Lapsi {N|Lumi Ylitalo} ({S|271104A2158}), äiti {N|Veera} soittaa huomenna."),
    ("r:FR", "FR list names; INSEE number with the 97-mod key, spaced",
     "Numéro de sécu de {N|Clémence Lacroix}: {S|2 71 11 75 302 767 71} - dossier PSP Kyraxa."),
    ("r:FR", "INSEE in the generator's unspaced form with the key after a space",
     "NIR {S|1580313398474 08} - patient {N|Romain Blanchard}, suivi à Marseille."),
    ("r:IN", "IN list names; UIDAI 12 digits unspaced; 10-digit mobile",
     "Patient {N|Kripa Bhardwaj}, Aadhaar {S|910818586957}, mobile {P|9877337304}, asked about "
     "Kyraxa assistance."),
    ("r:IN", "street and city from the IN lists, state name",
     "Courier to {N|Mitesh Naik}, {A|42 Pali Hill, Bandra West}, {A|Mumbai 400050}, "
     "Maharashtra."),
    ("r:IN", "surname that is a common word (Rai) alone after Mrs, and a given name alone",
     "Mrs {N|Rai} said {N|Harshitha} will collect the Cardelis refill on Saturday."),
    ("r:IR", "IR list names in Persian script; Tehran landline 0##-######## shape",
     "بیمار {N|فاطمه رضایی}، تلفن {P|021-75827308}، درباره Neurevia پرسید."),
    ("r:IR", "Iranian mobile 09##-###-#### and a romanised name",
     "Pt {N|Mehrad Hosseini} - cell {P|0912-821-3804} - wants the Farsi leaflet."),
    ("r:MX", "MX list names; NSS ## ## ## #### # spaced",
     "Derechohabiente {N|Esmeralda Ibarra Cuellar}, NSS {S|70 80 42 6339 4}, solicita Rheumora."),
    ("r:MX", "MX street + city from the lists",
     "{N|Horacio Villareal}, {A|Boulevard Porras 118}, {A|Zacatlán, Puebla}"),
    ("r:NL", "NL list names (surname with In 't); BSN 9 digits with the 11-check",
     "Patiënt {N|Sietske In 't Groen}, BSN {S|165165613}, belt over Glyvance."),
    ("r:NL", "NL street + village from the lists",
     "{N|Aalt Verwoerd}, {A|Jan Ligthartstraat 9}, {A|Tholen} - belt morgen terug"),
    ("r:NO", "NO list names; fødselsnummer 11 digits with both mod-11 checks",
     "Pasient {N|Hedda Sørby}, fnr. {S|170463 35244}, ringer om Rheumora."),
    ("r:NZ", "NZ list names; street + city from the lists",
     "Pt {N|Piper Morris}, {A|22 Wairere Drive}, {A|Porirua 5022}, no phone on file."),
    ("r:NZ", "given names that are words (Harper, Stella) for siblings",
     "Twins {N|Harper} and {N|Stella Turner} both enrolled in the Neurevia paediatric registry."),
    ("r:RS", "RS list names; SID 9 digits; street from the list",
     "{N|Radmila Stojković}, {A|Zmajevac 12}, {A|Pirot}, lični broj {S|481275530}."),
    ("r:TR", "TR list names; street Cd from the list",
     "{N|Meral Kahveci}, {A|Tunalı Hilmi Cd No: 48}, {A|Ankara} - numune gönderildi"),
    ("r:UA", "UA romanised list names; UA phone (0##) ###-#### shape",
     "Patient {N|Olena Shvachko} called from {P|(067) 793-0339} about the Cardelis shortage."),
    ("r:UA", "UA romanised names, surname first, comma; street from the list",
     "{N|Trakalo, Dobroslav} - {A|vul. Stepana Kovnira 7, kv. 12}, {A|Kremenchuk}"),
    ("r:US", "US list names; SSN ###-##-#### (generator checks area/group/serial)",
     "Medicaid form: {N|Norma Weaver}, SSN {S|263-03-5860}, DOB {D|04/17/1952}."),
    ("r:US", "last four of SSN; surname that is a word (Mason)",
     "Verified pt {N|Gail Mason} with last 4 of SSN {S|6167} before sharing the PAP status."),
    ("r:US", "SSN written without dashes, spaces",
     "SSN {S|414 03 8996} for {N|Irma Castro} was written on the fax cover - shredded."),
    ("r:BR", "BR list names; CPF ###.###.###-## with both check digits",
     "Paciente {N|Cleusa Novaes}, CPF {S|926.126.520-00}, tel. {P|(21) 0642-7308}."),
    ("r:BR", "CPF unformatted; street and city from the BR lists",
     "{N|Estevão Moura Gonçalves}, {A|Rua Vinte de Setembro, 402}, {A|Divinópolis - MG}, CPF "
     "{S|64279287759}"),
    ("r:CA", "CA list names; SIN 9 digits passing the Luhn check, grouped",
     "Dr. {H|Isaac Ferreira} faxed the form for {N|Noémie Morin}: SIN {S|420 822 140}."),
    ("r:CA", "SIN unspaced in a support-programme note",
     "PSP intake: {N|Hailey Abraham} DOB {D|1990-08-14} SIN {S|545502692}"),
    # ---------------- mimesis e-mail generator (username mask "ld" + EMAIL_DOMAINS) ----------
    ("m:int", "e-mail in mimesis' username+digits@domain shape; patient from the en lists",
     "Patient {N|Contessa Booker} prefers e-mail for the Cardelis PSP: {E|merry1974@duck.com}."),
    ("m:int", "e-mail with protonmail domain; caregiver by first name",
     "Caregiver {N|Ulrike} (daughter) asked us to copy {E|beaches88@protonmail.com} on the "
     "refill reminders."),
    ("m:int", "e-mail obfuscated with (at) and (dot)",
     "pt {N|Edmundo Newton} wrote his e-mail on the form as {E|trinidad2019 (at) yandex (dot) com}"),
    ("m:int", "e-mail in angle brackets after a display name, as pasted from a mail client",
     "From: {N|Erick Whitney} <{E|gilbert71@outlook.com}>\nSubject: question about my Neurevia "
     "dose\nSent to MI by the rep."),
    ("m:int", "e-mail spelled out in words",
     "Her email is {E|champion55 at gmail dot com}, patient {N|Tameika Larson}, re Veltrana "
     "copay."),
    ("m:int", "e-mail upper case, as typed on a paper form",
     "{N|HENRY GOULD} - EMAIL {E|BASELINE2002@YAHOO.COM} - DOB {D|02/14/1944}"),
    ("m:int", "e-mail with example.org domain in a German carrier",
     "Frau {N|Nora Albert} möchte die Unterlagen per E-Mail: {E|geneva83@example.org}."),
    ("m:int", "e-mail with [at] and [dot] brackets; clinician with credentials",
     "{H|Elena Patel}, MD asked us to send the patient ({N|Shawnee Mullen}) info to "
     "{E|sync1990[at]live[dot]com}."),
    # ---------------- chance.js data ----------------
    ("chance", "jp last name from chance.js; given name and DOB written for this set",
     "Mr. {N|Hiroshi Kinoshita}, DOB {D|1956/08/21}, wants the Japanese-language Cardelis "
     "leaflet."),
    ("chance", "jp last names alone as surnames for two patients (Harada, Morita)",
     "Dr. {H|Raj Sato} has two patients on Kyraxa - {N|Harada} and {N|Morita} - both stable."),
    ("chance", "it first names (compound Maria Teresa) + it last name",
     "La paziente {N|Maria Teresa Bracci} ha chiamato per il piano terapeutico di Rheumora."),
    ("chance", "it given name + last name, surname first in upper case",
     "{N|BARTALESI Federico} - nato il {D|12.01.1962} - MRN {M|IT-0094427}"),
    ("chance", "nl last names with particles (de Lange, van Schaik)",
     "Mw. {N|Marit de Lange} en haar broer {N|Gijs van Schaik} komen samen naar de "
     "Rheumora-infuusdag."),
    ("chance", "nl name in lower case",
     "terugbelverzoek: {N|lisanne rietveld}, {P|06-18087308}"),
    ("chance", "uk last names that are English words (Power, Pope, Farmer)",
     "Saw {N|Polly Power} with her dad {N|Clarence Pope} - Neurevia titration going well."),
    ("chance", "es last names from chance.js (given name written for this set); phone in chance's 'us' format (area exchange-subscriber)",
     "Pt {N|Lorena Cabrera Navarro} ph {P|305 747-9081} - Spanish-speaking, needs interpreter."),
    ("chance", "en names; chance ssn() with dashes",
     "Copay assistance app: {N|Mathilda Hoffman}, SSN {S|593-02-7420}, DOB {D|Aug 3, 1948}."),
    ("chance", "chance ssn({dashes:false})",
     "SSN {S|048912965} - {N|Derrick Brock} - please verify before PAP approval."),
    ("chance", "chance ssn({ssnFour:true})",
     "Caller verified as {N|Linnie Freeman} (SSN ending {S|1951}); Glyvance shipment rerouted."),
    ("r:IN", "IN list names; Aadhaar 12 digits grouped 4-4-4 as chance.js aadhar() prints it; +91 mobile",
     "PAP India: {N|Tanveer Dsouza}, Aadhaar {S|5129 9729 2188}, mobile {P|+91 98205 90704}."),
    ("chance", "chance phone({country:'uk', mobile:true}) shape 07### ######",
     "{N|Jessie Bryan} mob {P|07700 800273} - asked about Rheumora homecare."),
    ("r:BR", "BR list names; phone in chance.js phone({country:'br', mobile:true}) shape (##) 9####-####",
     "Paciente {N|Cristiane Freitas}, celular {P|(31) 96423-7308}."),
    ("chance", "chance phone unformatted (area+exchange+subscriber run together)",
     "cb # {P|3055645730} for {N|Georgie Tate} re: missed Kyraxa delivery"),
    # ---------------- SMART on FHIR sample patients (data/patients.txt) ----------------
    ("smart", "patient row verbatim: name, DOB ISO, street, city/state/zip, e-mail",
     "Pt {N|Penny Love}, DOB {D|1958-05-13}, {A|54 9th Street}, {A|Durham, NC 27701}, "
     "{E|penny.love@example.com} - Cardelis enrolment."),
    ("smart", "name that is a common word (Black); DOB rewritten as US date; cell phone from the row",
     "{N|Ruth Black} (DOB {D|08/23/1951}) cell {P|800-808-7785}, asked about Kyraxa."),
    ("smart", "apartment in the street line; PID used as MRN",
     "{N|Kimberly Moore}, MRN {M|640264}, {A|35 Hill St Apt 21}, {A|Tulsa OK 74126}"),
    ("smart", "surname Long + given Mary (two common words); DOB in words",
     "Mrs {N|Mary Long} (born {D|17 January 1946}) called about her Glyvance samples; "
     "{P|800-676-5798}."),
    ("smart", "names Green and Young; no cue word",
     "{N|Sharon Green} and {N|Lisa Young} were both in the waiting room asking about the "
     "Rheumora copay card."),
    ("smart", "multi-line mailing block from the row (apartment on its own line)",
     "Mail to:\n{N|Donna Wilson}\n{A|60 Willow Ave}\n{A|Apt 11}\n{A|Bixby, OK 74008}"),
    ("smart", "e-mail from the row in a forwarded message header",
     "Fwd from {E|joseph.shaw@example.com}: my son {N|Joseph Shaw} needs a new Neurevia pen."),
    ("smart", "PID labelled Pt ID; DOB from the row in dd-Mon-yyyy",
     "Pt ID {M|2169591} / {N|LEWIS, KAREN} / DOB {D|21-Dec-1979} / Tulsa"),
    ("smart", "name Hill + PID labelled chart #",
     "Chart # {M|1098667} - {N|Robert Hill} - ok to restart Veltrana per Dr. {H|Michael Ramirez}."),
    ("smart", "surname that is a given name (James); row phone",
     "{N|Helen James} (Sand Springs) asks for a callback at {P|800-289-9370}."),
    ("smart", "row with apartment; lower-case name as typed",
     "shipping: {N|amy morgan}, {A|56 north rd apt 7}, {A|mounds ok 74047}"),
    ("smart", "two siblings from the rows (Shaw) and their father's first name",
     "{N|Amy Shaw} and her brother {N|Anthony} came with their father {N|Joseph} to the "
     "infusion."),
    ("smart", "patient without address in the file (Westin, Tiffany); DOB from the row",
     "{N|Westin, Tiffany} DOB {D|05/20/1975} - PA submitted for Kyraxa."),
    ("smart", "DOB with 2-digit year; PID as MR#",
     "MR# {M|99912345} {N|Allen Vitalis} DOB {D|10/15/04}, Belmont MA"),
    ("smart", "surname Cook + given Ruth; e-mail lower case",
     "Please add {N|Ruth Cook} ({E|ruth.cook@example.com}) to the Glyvance reminders list."),
    ("smart", "name that is a word (Love) in a possessive, no cue",
     "Dr. {H|Naomi Ellison} said {N|Love}'s A1c came down on Glyvance."),
    ("smart", "DOB in ISO with time, as copied from an export",
     "Export row: {N|Mildred Hoffman}; born {D|1952-05-12T00:00:00}; Morrisville"),
    ("smart_pr", "practitioner rows: clinicians with MD suffix (HCP); no patient identifier",
     "Speaker program confirmed: {H|Michelle Schmidt}, MD and {H|Ward Williams}, MD will present "
     "Cardelis outcomes in Tulsa."),
    ("smart_pr", "practitioner names as note authors; patient from patients.txt",
     "Note author: {H|Amy Cox}, MD. Pt {N|Carol Hughes} tolerating Rheumora, no new complaints."),
    ("smart_pr", "practitioner surname that is a word (Fox) after Dr.",
     "Dr. {H|Fox} would like a lunch-and-learn on Neurevia in March."),
    # ---------------- health-service numbers (format documents; numbers computed for this set) --
    ("nhs", "NHS number 3-3-4 with a valid modulus-11 check digit; name from mimesis en-gb lists",
     "Homecare referral: {N|Marya Pearson}, NHS No. {M|483 604 4502}, DOB {D|09/07/1941}."),
    ("nhs", "NHS number unspaced, labelled NHS#",
     "NHS# {M|4342852497} - pt {N|Wilford Kerr} - Glyvance blister packs requested by the "
     "surgery."),
    ("nhs", "NHS number with hyphens in a letter header",
     "Re: Mrs {N|Eura Everett}\nNHS number: {M|499-560-9644}\nDate of birth: {D|23 October 1950}\n"
     "Dear Dr {H|Benjamin Larsen}, thank you for seeing this lady."),
    ("nhs", "NHS number without a label after a name, as in a GP system list",
     "{N|FRANKLIN, Narcisa} {M|448 121 8215} - on Cardelis since 2021."),
    ("nhs", "NHS number given by a carer on the phone; carer by first name",
     "Her son {N|Nick} read out the NHS number {M|492 670 2061} so we could find the homecare "
     "record."),
    ("medicare", "AU Medicare card number #### ##### # with valid check digit (IRN left unlabelled: one digit); en-au names",
     "Patient {N|Charis Madden}, Medicare {M|6073 02150 4}, IRN 2 - PBS authority for "
     "Rheumora."),
    ("medicare", "Medicare number 11 digits run together with the IRN",
     "Medicare no. {M|58193036532} ({N|Weldon Estes}), scripts for Kyraxa."),
    ("medicare", "Medicare number with slash IRN, in a pasted header",
     "{N|VELASQUEZ, Annika}  Medicare {M|5212 99729 2/1}  DOB {D|30/04/1987}"),
    ("medicare", "Medicare number in an e-mail about a child",
     "Mum {N|Loreta Griffin} sent {N|Reed}'s Medicare number {M|2332 24536 5} for the Neurevia "
     "paeds access scheme."),
    ("ohip", "OHIP health number 10 digits + 2-letter version code; en-ca names",
     "Ontario pt {N|Rebecca Carey}, health card {M|2174-888-515-WZ}, DOB {D|1966-03-09}."),
    ("ohip", "health number plain with version code after a space",
     "OHIP {M|0458474452 WA} - {N|Josh Lowe} - ODB exception form for Cardelis."),
    ("ohip", "health number in a French-Canadian note",
     "Numéro d'assurance-maladie de {N|Philippe Randolph}: {M|9427 730 841 KL}."),
    # ---------------- record numbers in many labels and shapes (names from mimesis lists) -------
    ("m:en", "MRN with a site prefix and hyphen",
     "Pt {N|Alejandro Moreno}, MRN {M|BMC-00418227}, starts Kyraxa Monday."),
    ("m:en", "MR# with leading zeros; DOB month name",
     "MR# {M|0003227730} {N|Lasonya Whitney} DOB {D|March 9, 1972}"),
    ("m:en", "medical record number spelled out, lower case",
     "medical record number {M|7720418} for {N|cristopher booker} - needs Veltrana PA renewal"),
    ("m:en", "hospital number labelled Hosp No; name all caps",
     "{N|ERICK LARSON} Hosp No {M|H7532730} Ward 6B"),
    ("m:en", "unit number (UK/AU term for a hospital record number)",
     "UR number {M|504973} - {N|Henry Newton} - discharged on Cardelis 10 mg."),
    ("m:en", "insurance member ID; clinician with NP credential",
     "{H|Aisha Moreno}, NP: member ID {M|XQZ447773001} for {N|Shawnee Gould}'s Neurevia PA."),
    ("m:en", "patient ID with slash format",
     "Patient ID {M|2024/0418/77} - {N|Ulrike Mullen} - lab results pending."),
    ("m:en", "chart number after the name with a hash",
     "{N|Paris Potter} #{M|0006257} - copay card activated."),
    ("m:en-gb", "hospital number with letters, as printed on a wristband",
     "Wristband: {N|Eura Pearson} {M|RX8060730} {D|04/11/1939}"),
    ("m:de", "German Fallnummer is a visit number (IGNORE), Patienten-ID is a record number",
     "Pat.-ID {M|1001724730}, Fallnummer {I|2024-0418-77}, {N|Götz Schulz}, geb. {D|1952-10-30}."),
    ("m:fr", "numéro de dossier (IPP) in a French note",
     "IPP {M|0114973085} - {N|Thalia Cornu} - vue en consultation."),
    ("m:nl", "patiëntnummer in a Dutch note",
     "Patiëntnummer {M|7745517} (mw. {N|Tess Tomes}) - recept Glyvance verlengd."),
    ("m:es", "número de historia clínica (NHC)",
     "NHC {M|290673} - {N|Gara Flores Marcos} - pendiente de cita."),
    ("m:sv", "Swedish personnummer (used as patient id) YYYYMMDD-NNNN",
     "Personnummer {S|19490308-4129} ({N|Arvid Martinsson}) - recept på Cardelis."),
    ("m:tr", "Turkish protocol number (protokol no)",
     "Protokol no {M|20230811173} - {N|Dicle Sezgin} - Rheumora başlandı."),
    ("m:ja", "Japanese patient ID (患者ID)",
     "患者ID {M|00393273} {N|金森 ひろみ} 様 - Neurevia 処方継続。"),
    ("m:ko", "Korean hospital registration number (등록번호)",
     "등록번호 {M|79407308} {N|맹주연} - Cardelis 처방."),
    ("m:zh", "Chinese 病历号",
     "病历号{M|ZY20230568973}，患者{N|钱丹琼}。"),
    ("m:ru", "Russian medical card number (медкарта №)",
     "Медкарта № {M|2607/23} - {N|Фрол Павлинов}."),
    ("m:fi", "Finnish potilasnumero with letters",
     "Potilasnumero {M|TAYS-507873}, {N|Kusti Koivunen}."),
    ("r:US", "US list names; Medicare MBI written for this set in the CMS 11-character pattern",
     "MBI {M|5KD7-PR3-XY41} for {N|Pauline Barnett} - Part D appeal for Kyraxa."),
    ("r:US", "account number at a specialty pharmacy is IGNORE; MRN is the patient's record number",
     "SP acct {I|AC-99120418}, MRN {M|5597897} - {N|Ralph Reid}, {P|(502) 347-5888}."),
    # ---------------- mimesis en: names that are ordinary English words ----------------
    ("m:en", "given name Will + surname Banks (both words), mid-sentence",
     "Told the nurse that {N|Will Banks} will bank his Kyraxa samples in the clinic fridge."),
    ("m:en", "given name Patience + surname Day",
     "{N|Patience Day} has little patience left with the prior auth - third denial this month."),
    ("m:en", "given Winter + surname Frost; a season word nearby",
     "Since winter started {N|Winter Frost} reports more Raynaud's-like symptoms on Cardelis."),
    ("m:en", "given Major + surname Best, after Mr.",
     "Mr. {N|Major Best} (retired) is the best responder in Dr. {H|Gregory Haddad}'s Kyraxa "
     "cohort."),
    ("m:en", "given Chase + surname Hunter; lower case",
     "{N|chase hunter} called - needs to chase the pharmacy about his Rheumora."),
    ("m:en", "given Guy + surname Strong",
     "Nice guy - {N|Guy Strong} - feels strong again after 3 months on Veltrana."),
    ("m:en", "given Sandy + surname Stone",
     "Pt {N|Sandy Stone}: kidney stone history, asked whether Glyvance is OK."),
    ("m:en", "given Royal + surname Page; e-mail in mimesis shape",
     "{N|Royal Page} wants the patient pages of the Neurevia leaflet e-mailed to "
     "{E|wheel61@gmail.com}."),
    ("m:en", "given Harmony + surname Fields",
     "{N|Harmony Fields}'s mother asked about the Neurevia paediatric fields trip - I mean trial."),
    ("m:en", "given Drew + surname Waters",
     "Rep drew a map for {N|Drew Waters}'s husband to find the infusion centre."),
    ("m:en", "surname only (Rivers), after Ms",
     "Ms {N|Rivers} lives by two rivers and can't get to the clinic when it floods."),
    ("m:en", "surname only (Holmes) in a possessive; detective pun to test context",
     "Had to play detective to reach {N|Holmes}'s daughter about the returned Cardelis box."),
    # ---------------- phone shapes: pagers, extensions, international prefixes ----------------
    ("m:en", "patient's work phone with extension",
     "{N|Sterling Cash} - work {P|(617) 938-5540 ext. 214}, prefers mornings."),
    ("m:en", "pager number of a patient's husband (a person's own number)",
     "If no answer, page her husband {N|Earnest Sharp} at {P|pager 243-3443}."),
    ("m:en", "phone with x-extension, no separators in the main part",
     "{N|Angel May} {P|6179455730 x88} - refill question."),
    ("m:de", "German number with 0049 international prefix",
     "Tochter von {N|Louise Dirksen} ruft aus den USA an; Nummer der Mutter {P|0049 5241 9592912}."),
    ("m:fr", "French number with 0033 and (0)",
     "{N|Lydia Berry}: {P|+33 (0)4 78 41 27 73}, Lyon."),
    ("r:AU", "AU number with +61 and dropped trunk 0",
     "{N|Candice Stewart} (Mildura) asked us to call her on {P|+61 438 221 905}."),
    ("r:IE", "Irish mobile with +353",
     "{N|Martha Sullivan} - {P|+353 87 656 8417} - Thurles."),
    ("chance", "US phone with 1- prefix and dots",
     "{N|Jerome Reid} cb {P|1.305.655.1568} after 5."),
    ("chance", "US phone with letters spelled out as digits in words",
     "Pt {N|Adele Padilla} said call her at {P|four one two, seven seven three, oh eight four one}."),
    # ---------------- DOB shapes ----------------
    ("m:de", "DOB written out in German",
     "Patientin {N|Xanthia Schulz}, Geburtsdatum {D|3. Februar 1944}, Neurevia seit Juni."),
    ("m:fr", "DOB with month abbreviation in French",
     "{N|Louann Jolin}, DN {D|12 janv. 1990}, a perdu sa carte PSP."),
    ("m:es", "DOB with Spanish month name",
     "Paciente {N|Flora Diaz}, nacida el {D|27 de noviembre de 1971}, en tratamiento con Veltrana."),
    ("m:en", "DOB month/year only (a date element)",
     "{N|Tameika Booker}, born {D|March 1961}, wants to restart Cardelis."),
    ("m:en", "DOB with two-digit year and single digits",
     "{N|Vito Larson} dob {D|7/4/55}"),
    ("m:en", "DOB with ordinal day",
     "{N|Contessa Moreno}'s birthday is the {D|14th of February 1983} - PSP sends a card."),
    ("m:en", "DOB as yyyymmdd in a pasted lab header",
     "LAB ORDER {I|L-0412773} PT {N|GOULD, LAEL} DOB {D|19620818} SEX F"),
    ("m:it", "DOB in Italian with day name",
     "{N|Daniela Freda}, nata {D|lunedì 2 marzo 1953}, Bologna."),
    ("m:pt-br", "DOB in a Portuguese abbreviation",
     "{N|Iriana Formigoni}, DN {D|05/11/1988}, gestante, perguntou sobre Glyvance."),
    ("m:nl", "DOB dd-mm-yyyy with label geb.",
     "{N|Haley Kobes} (geb. {D|21-06-1994}) vraagt naar zwangerschap en Rheumora."),
    # ---------------- e-mail addresses in randomuser.me's first.last@example.com shape -------
    ("r:CH", "e-mail built from the list names as randomuser.me builds it (accents dropped)",
     "Bitte Unterlagen an {E|salome.dupuis@example.com} senden (Patientin {N|Salomé Dupuis})."),
    ("r:DE", "e-mail from the list names; umlaut transliterated",
     "{N|Henni Löw} schreibt von {E|henni.loew@example.com}: Packung beschädigt."),
    ("r:TR", "e-mail with Turkish letters dropped; sender in a From line",
     "From: {E|oya.duygulu@example.com}\nMerhaba, I am {N|Oya Duygulu}, my Cardelis card does "
     "not work at the pharmacy."),
    ("r:NZ", "e-mail in mailto form as pasted from a web form",
     "Web form: name {N|Pippa Walker}; contact mailto:{E|pippa.walker@example.com}"),
    ("r:IE", "e-mail with a plus tag, caregiver",
     "Carer {N|Susie Scott} uses {E|susie.scott+mum@example.com} for her mother's Rheumora "
     "reminders."),
    ("smart", "e-mail of a patient row with mixed case (ChristopherTSherman)",
     "{N|Christopher Sherman} asked to be contacted at {E|ChristopherTSherman@example.com} only."),
    # ---------------- multi-line forms ----------------
    ("smart", "adverse-event intake form, one field a line; patient row (initials, DOB, e-mail); reporter from practitioners.txt",
     "AE INTAKE\nReporter: {H|Joseph Nichols}, MD\nPatient initials: {N|B.G.}\nPatient DOB: {D|1965-06-22}\n"
     "Patient contact: {E|brian.gracia@example.com}\nEvent: dizziness after first Cardelis dose; "
     "recovered."),
    ("m:fr", "medical-information request form in French, one field a line; French names and a 0# landline",
     "DEMANDE D'INFORMATION MÉDICALE\nDemandeur : Dr {H|Mattheo Savoie}\nPatient : {N|Anastasia Cadiou}\n"
     "Né(e) le : {D|02/10/1977}\nTéléphone du patient : {P|04 78 62 15 09}\nQuestion : Rheumora et "
     "vaccins vivants ?"),
    ("m:en-gb", "referral letter block with the patient's address over two lines",
     "Dear Dr {H|Kwame Tanaka},\nRe: {N|Shala Kerr}, {D|8 June 1963}\n{A|14 Lisavon Gardens}\n"
     "{A|Hinckley LE10 2QT}\nI would be grateful if you could assess her for Kyraxa."),
    # ---------------- hard negatives: clinicians, products, places, institutions, eponyms -------
    ("sample", "two clinicians from sample_data, product names; no patient",
     "Lunch with Dr. {H|Amara Okafor} and Dr. {H|Hugo Petrov}: Kyraxa vs Veltrana sequencing in "
     "2L, no patient cases discussed."),
    ("sample", "clinician surname alone after Dr; institution and city",
     "Dr. {H|Whitaker} at St. Brendan Medical Center in Denver wants the Glyvance HEOR deck."),
    ("sample", "clinician with credentials after the name; specialty",
     "{H|Naomi Ellison}, MD, FACE asked for the Cardelis renal-dosing table for her clinic in "
     "Milwaukee."),
    ("sample", "clinicians whose surnames are place names (Chen, Sullivan) with cities",
     "Dr. {H|Lisa Chen} (Milwaukee) and Dr. {H|Grace Sullivan} (Albuquerque) will co-chair the "
     "Rheumora advisory board."),
    ("sample", "MSL note with KOL name and meeting; no patient",
     "MSL debrief: Prof. {H|Robert Hartmann} presented Kyraxa OS data at ASCO; follow-up on "
     "biomarker testing in New York."),
    ("sample", "nurse and pharmacist names with credentials",
     "Office contacts: {H|Tobias Varga}'s nurse {H|Mei Bauer}, RN and the pharmacist "
     "{H|Isaac Ferreira}, PharmD."),
    ("sample", "clinician first name only in a friendly note",
     "{H|Fatima} (Dr. {H|Delgado}) prefers virtual calls on Tuesdays; no samples needed."),
    ("sample", "clinician with Nurse Practitioner title, product training",
     "Trained {H|Esther Chowdhury}, NP, on the Glyvance pen; office in Phoenix."),
    ("sample", "speaker bureau list of clinicians in a line",
     "Speakers Q2: Drs {H|Andrew Singh}, {H|Omar Castillo}, {H|Leah Rosario} (Rheumora); Drs "
     "{H|Kevin Holloway}, {H|Adrian Voss} (Neurevia)."),
    ("sample", "clinician's office phone and address are an institution's (IGNORE)",
     "Dr. {H|Ethan Iqbal}, Tampa University Medical Center, {I|1 Tampa General Circle}, "
     "{I|Tampa, FL 33606}, office {I|(813) 555-0144}."),
    ("sample", "clinician surname that is a common word (Bishop) with Dr.",
     "Dr. {H|Bishop} said the bishop of the diocese is opening a free clinic in Miami."),
    ("sample", "clinician names in a medical-information request, no patient details",
     "MI request from Dr. {H|Keiko McAllister}: is Kyraxa dose-adjusted in Child-Pugh B? No "
     "patient information provided."),
    ("m:de", "German clinicians with academic titles from the de list; university name",
     "Advisory board in Berlin: Prof. Dr. {H|Egbert Albert}, Dr. med. {H|Bianka Kaiser} "
     "(Freie Universität Berlin); Neurevia long-term data."),
    ("m:fr", "French clinicians (Prof., Dr.) and a hospital; no patient",
     "Réunion avec le Pr {H|Didier Bousquet} et le Dr {H|Lydia Cornu} au CHU de Rochefort sur "
     "Rheumora."),
    ("m:ja", "Japanese clinician with 先生 and a university hospital; no patient",
     "{H|中島} 先生（名古屋市立大学病院）より Kyraxa の投与間隔について質問あり。"),
    ("m:fi", "Finnish clinician with LkT suffix from the academic titles; no patient",
     "{H|Helmi Koivunen}, LkT, Tampereen yliopistollinen sairaala - Glyvance-koulutus sovittu."),
    ("none", "eponymous diseases whose names are surnames (Hodgkin, Kaposi, Wilms, Ewing)",
     "Oncology office asked whether Kyraxa has data in Hodgkin lymphoma, Kaposi sarcoma, Wilms "
     "tumour or Ewing sarcoma - sent to medical."),
    ("none", "eponyms: Huntington, Tourette, Ménière, Kawasaki",
     "Neuro clinic: Huntington's and Tourette referrals up; ENT sees Ménière's; peds asked about "
     "Kawasaki disease."),
    ("none", "eponyms that are common surnames (Turner, Marfan, Barrett, Paget)",
     "Genetics slide covers Turner syndrome and Marfan; GI mentioned Barrett's oesophagus; "
     "Paget's disease of bone in the rheum deck."),
    ("none", "city names that are given names (Florence, Regina, Adelaide, Austin)",
     "Launch meetings planned in Florence, Regina, Adelaide and Austin for the Cardelis "
     "international team."),
    ("none", "famous hospitals named after people",
     "Benchmarking vs Johns Hopkins, Mayo Clinic, Mount Sinai and Sloan Kettering for the "
     "Kyraxa infusion workflow."),
    ("none", "trial acronyms that read as given names",
     "The SOPHIA and ARIEL trials both read out; EMMA enrolment for Neurevia closes in June."),
    ("none", "numbers that are not identifiers: dose, lab values, NDC, lot, dates of visits",
     "Glyvance 2.5 mg/0.5 mL; HbA1c 7.2 -> 6.4; lot {I|GV-230417A} exp {I|11/2026}; visit "
     "{I|2025-03-14}."),
    ("none", "company switchboard and generic mailbox (IGNORE)",
     "Medical information line {I|1-800-555-0175}, {I|medinfo@kyraxa-support.example}, fax "
     "{I|1-800-555-0176}."),
    ("none", "street and building named after people, as a meeting venue",
     "Symposium at the Louis Pasteur Auditorium, Albert Einstein Avenue campus, 9:00."),
    ("none", "drug brand and generic names that look like names",
     "Formulary update: Eliquis, Xarelto and Jardiance preferred; Cardelis stays tier 2."),
]
# fmt: on


def main(argv: list[str] | None = None) -> int:
    return marks.main(
        argv,
        description=__doc__.splitlines()[0],
        out=OUT,
        split=SPLIT,
        build_rows=lambda: marks.build(SNIPPETS, marks.keyed(SOURCES), SPLIT),
    )


if __name__ == "__main__":
    sys.exit(main())
