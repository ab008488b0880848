"""Build the eighteenth blind set for the patient-identifier scrubber and its two halves.

Sources like the scrubber's external held-out part, which nobody here had used: the test
fixtures of an address formatter, a phone-number library and three anonymisers, and a clinical
NLP engine's example notes with made-up patients. The
per-country address test cases of OpenCage's address formatter (OpenCageData/address-formatting,
MIT: testcases/countries/<cc>.yaml, the ``expected`` formatted address block of each case), the
phone-number tests of a JavaScript phone library (catamphetamine/libphonenumber-js, MIT: the
sentences and inputs of source/findPhoneNumbersInText.test.js, source/PhoneNumberMatcher.test.js,
source/legacy/parse.test.js, source/parsePhoneNumberWithError.test.js and the formatted numbers
its AsYouType and format tests expect) and the test sentences of LangChain's Presidio-based
anonymisers (langchain-ai/langchain, MIT: libs/experimental/tests/unit_tests/
test_data_anonymizer.py and test_reversible_data_anonymizer.py), NeMo Guardrails' sensitive-data
tests (NVIDIA/NeMo-Guardrails, Apache-2.0: tests/test_sensitive_data_detection.py), LlamaIndex's
PII postprocessor test (run-llama/llama_index, MIT: llama-index-core/tests/postprocessor/
test_pii.py) and the example and regression-test notes of Apache cTAKES (apache/ctakes,
Apache-2.0: ctakes-examples/.../notes/*.txt, ctakes-regression-test/.../testfakenote.txt:
demographics headers, radiology rows and note sentences about invented patients such as "Dan
Testing" and "Neid, Indira"). Each snippet is held below with
its spans marked inline as ``{T|text}``: N (PATIENT-NAME), D (DOB), M (MRN), S (SSN), P (PHONE),
E (EMAIL), A (ADDRESS) and the kept types H (HCP) and I (IGNORE) (the format of
bench/blind_phi_marks.py), labelled by role as BLIND18-phi.md says. The script strips the marks,
computes the offsets, validates every row and splits the set by unit (a test case, a test
string, a test function's text; documents that share a patient identifier string are one unit,
bench/blind_phi_marks.py's ``units``, except the phone library's strings and the address cases,
which reuse stock numbers such as ``+7 (800) 555-35-35`` across unrelated tests, so each of those
is a unit of its own). The units are taken in the order of a SHA-1 hash of their key, and each
goes to the half holding fewer snippets of its source so far, units without any patient
identifier balancing among themselves. Never runs a detector and imports nothing from prepcli.

    python bench/blind18_phi_build.py                 # write bench/phi_blind18_dev.jsonl + _held.jsonl
    python bench/blind18_phi_build.py --whole PATH    # also write the whole set to PATH
    python bench/blind18_phi_build.py --check         # validate the written halves only

Selection. OpenCage: the cases (in the order of ``git ls-tree``, then of the file) whose
components hold a house number and a road, the first distinct ``expected`` block per country file,
every second one of those (Lithuania's left out: its block holds a literal ``\\u0161`` escape);
and, as identifier-free snippets, the first case per country file without road, house number or
postcode (a town, an island, a region), every second one. The block is kept verbatim with its
line breaks; each line is labelled on its own. libphonenumber-js: the distinct sentences and
inputs its text-search and parse tests feed in (the ones that are phone numbers in text, and four
that its tests say hold none), and the distinct complete formatted numbers its formatter tests
expect (partial as-you-type prefixes left out). LangChain: every distinct English test text of the
two anonymiser test files, the four NeMo Guardrails messages and the three LlamaIndex nodes.
cTAKES: excerpts (contiguous lines) of the example notes that name a patient or carry a
phone, address or date of birth, and some identifier-free lines of the same notes. Re-fetching: the ``fetch`` tool (``github:<repo>``), then
``git show <commit>:<path>``; a row's ``row`` names the 1-based line of the case or string, or the
test function. BLIND18-phi.md describes the set.
"""

# ruff: noqa: E501  (the snippet table holds long strings; each snippet stays on its lines)
from __future__ import annotations

import sys

import blind_phi_marks as marks

SPLIT = "blind18"

# key prefix -> (repository, commit, licence)
REPOS = {
    "oc": ("OpenCageData/address-formatting", "28c47f9daeaeb55213c439ec7c31c247bfe76321", "MIT (LICENSE.txt)"),
    "lp": ("catamphetamine/libphonenumber-js", "54c020980f83a66f188013cc3bb3d6006cec09c6", "MIT (LICENSE)"),
    "lc": ("langchain-ai/langchain", "", "MIT (LICENSE)"),
    "ct": ("apache/ctakes", "ed4ccf56a7331ac692976c3132bf511f4babe4f9", "Apache-2.0 (LICENSE)"),
    "ng": ("NVIDIA/NeMo-Guardrails", "2ee85fc14b78ff5056c3e2ba63080a93f7c89aad", "Apache-2.0 (SPDX header; LICENSE.md)"),
    "li": ("run-llama/llama_index", "3d1192329cb791559b942da722130d782ae52ad4", "MIT (LICENSE)"),
}  # fmt: skip
# LangChain's two test files are stored at different commits.
LC_FILES = {
    "da": ("libs/experimental/tests/unit_tests/test_data_anonymizer.py", "0a432399fbe3d8b1f85cfd8b7d34c4fbde2ed66d"),
    "rda": ("libs/experimental/tests/unit_tests/test_reversible_data_anonymizer.py", "0db3ab83bdccae1360e1c4b187779d4e52df1b7c"),
}  # fmt: skip
LP_PATHS = {
    "fpt": "source/findPhoneNumbersInText.test.js",
    "pnm": "source/PhoneNumberMatcher.test.js",
    "par": "source/legacy/parse.test.js",
    "pwe": "source/parsePhoneNumberWithError.test.js",
    "AsYouType": "source/AsYouType.test.js",
    "format": "source/format.test.js",
}
CT_NOTES = "ctakes-examples/src/user/resources/org/apache/ctakes/examples/notes/"
CT_PATHS = {
    "id000": CT_NOTES + "annotated/ID000_clinic_demo.txt",
    "snake": CT_NOTES + "apache_con/Patient456/Adult/snake_bite.txt",
    "shark": CT_NOTES + "apache_con/Patient456/Pediatric/shark_bite.txt",
    "fake": "ctakes-regression-test/src/main/resources/org/apache/ctakes/regression/test/testdata/input/plaintext/testfakenote.txt",
    "p123rad": CT_NOTES + "apache_con/basic/Patient123/Patient123_25122019_RAD.txt",
    "p123path": CT_NOTES + "apache_con/basic/Patient123/Patient123_31122018_PATH.txt",
    "radnotes": CT_NOTES + "small/SampleInputRadiologyNotes.txt",
    "nutr1": CT_NOTES + "small/dr_nutritious_1.txt",
    "nutr2": CT_NOTES + "small/dr_nutritious_2.txt",
    "smoke1": CT_NOTES + "smoker/doc1_07543210_sample_current.txt",
    "smoke2": CT_NOTES + "smoker/doc2_07543210_sample_current.txt",
    "pain": CT_NOTES + "small/pain_no_swelling.txt",
    "cased": CT_NOTES + "apache_con/Patient456/CasedExample.txt",
}
NG_PATH = "tests/test_sensitive_data_detection.py"
LI_PATH = "llama-index-core/tests/postprocessor/test_pii.py"
RECORD = {
    "oc": "the test case's expected address block verbatim (line breaks kept); each line labelled on its own by role (BLIND18-phi.md)",
    "lp": "the test's input string or expected formatted number verbatim (escapes decoded); labelled by role (BLIND18-phi.md)",
    "lc": "the test text verbatim (concatenated literals joined); labelled by role (BLIND18-phi.md)",
    "ct": "the example note's lines verbatim (a contiguous excerpt, line breaks kept); labelled by role (BLIND18-phi.md)",
    "ng": "the test's chat message or retrieved chunk verbatim; labelled by role (BLIND18-phi.md)",
    "li": "the test node's text verbatim; labelled by role (BLIND18-phi.md)",
}
# The phone library reuses stock numbers ("+7 (800) 555-35-35", "(213) 373-4253") across
# unrelated tests, so a shared string ties nothing there; each address case is its own unit too.
UNTIED = ("lp:", "oc:")


def source(key: str, where: str) -> dict[str, str]:
    """The source of a snippet key (``oc:COUNTRY:LINE``, ``lp:FILE:LINE``, ``lc:FILE:TEST``,
    ``ct:NOTE:LINE``, ``ng:TEST``, ``li:FUNCTION:N``)."""
    prefix, part = key.split(":")[:2]
    repo, commit, licence = REPOS[prefix]
    if prefix == "oc":
        path = f"testcases/countries/{part}.yaml"
    elif prefix == "lp":
        path = LP_PATHS[part]
    elif prefix == "ct":
        path = CT_PATHS[part]
    elif prefix == "ng":
        path = NG_PATH
    elif prefix == "li":
        path = LI_PATH
    else:
        path, commit = LC_FILES[part]
    return {"repo": repo, "commit": commit, "path": path, "row": where, "licence": licence}


# fmt: off
# (document key, where in the document, marked snippet)
SNIPPETS: list[tuple[str, str, str]] = [
    ('oc:ad:2', 'line 2',
     '{A|88 Avinguda Meritxell}\n{A|AD500 Andorra la Vella}\nAndorra'),
    ('oc:ao:2', 'line 2',
     '{I|Embassy of the Federal Republic of Germany}\n{A|Avenida 4 de Fevereiro 120}\n{A|Luanda}\n{I|Angola}'),
    ('oc:ar:2', 'line 2',
     '{I|CAI}\n{A|Cerrito 1250}\n{A|Retiro}\n{A|C1010 AAZ Buenos Aires}\n{I|Argentina}'),
    ('oc:au:2', 'line 2',
     "{I|Melbourne Magistrates' Court}\n{A|223 William Street}\n{A|Melbourne VIC 3000}\n{I|Australia}"),
    ('oc:az:2', 'line 2',
     '{I|Bank Avrasiya}\n{A|70 Nizami küç.}\n{A|AZ1014 Baku}\n{I|Azerbaijan}'),
    ('oc:be:2', 'line 2',
     '{I|Meat & Eat}\n{A|Vrijheidstraat 63}\n{A|2000 Antwerp}\n{I|Belgium}'),
    ('oc:bj:2', 'line 2',
     '{A|504, Rue 12.168}\n{A|Cadjehoun}\n{I|Benin}'),
    ('oc:bm:2', 'line 2',
     "{I|Flatt's Post Office}\n{A|65 Middle Road}\n{A|Devonshire FL 04}\n{I|Bermuda}"),
    ('oc:by:1', 'line 1',
     '{I|Belarus}\n{A|220030 Minsk}\n{A|улица Ленина, 20}\n{I|Национальный художественный музей}'),
    ('oc:cd:2', 'line 2',
     '{I|Embassy of the Federal Republic of Germany}\n{A|82, Avenue du Roi Baudouin}\n{A|Gombe}\n{I|Congo-Kinshasa}'),
    ('oc:cl:2', 'line 2',
     '{A|Avenida Ricardo Lyon 920}\n{A|7500000 Providencia}\n{A|Región Metropolitana de Santiago}\n{I|Chile}'),
    ('oc:co:2', 'line 2',
     '{A|Avenida de los Cerros (Circunvalar) 33}\n{A|Chapinero}\n{A|110231 Bogota}\n{I|Colombia}'),
    ('oc:cw:2', 'line 2',
     '{A|Jan Erasmusstraat 14}\n{A|Willemstad}\n{I|Curaçao}'),
    ('oc:de:24', 'line 24',
     '{A|Gontardstraße 7}\n{A|10178 Berlin}\n{I|Germany}'),
    ('oc:ee:4', 'line 4',
     '{A|Kasvu 15}\n{A|10613 Tallinn}\n{I|Estonia}'),
    ('oc:fi:1', 'line 1',
     '{I|Ravintola Central}\n{A|Pietarinkatu 15}\n{A|00140 Helsinki}\n{I|Finland}'),
    ('oc:fo:2', 'line 2',
     '{I|Bank Nordik}\n{A|Steinagøta 17}\n{A|100 Tórshavn}\n{I|Faroe Islands}'),
    ('oc:gb:1', 'line 1',
     '{I|Lokku Ltd}\n{A|82 Clerkenwell Road}\n{A|London}\n{A|EC1M 5RF}\n{I|United Kingdom}'),
    ('oc:gi:2', 'line 2',
     '{I|Gibraltar Museum}\n{A|18-20 Bomb House Lane}\nGibraltar'),
    ('oc:gr:2', 'line 2',
     '{I|National Bank of Greece}\n{A|Skoufa street 11}\n{A|106 73 Municipality of Athens}\nGreece'),
    ('oc:gu:2', 'line 2',
     '{A|258 Father San Vitores Street}\n{A|Tamuning, GU 96913}\n{I|United States of America}'),
    ('oc:hr:2', 'line 2',
     '{A|Marijana Blazica 2}\n{A|20000 Dubrovnik}\n{I|Croatia}'),
    ('oc:ie:1', 'line 1',
     '{A|8-9 Mainguard Street}\n{A|Claddagh}\n{A|Galway}\n{I|Ireland}'),
    ('oc:im:2', 'line 2',
     '{I|3FM}\n{A|45 Victoria Street}\n{A|Douglas}\n{A|IM1 2AY}\n{I|Isle of Man}'),
    ('oc:it:1', 'line 1',
     '{A|Via Pisacane 13}\n{A|76121 Barletta BT}\n{I|Italy}'),
    ('oc:kg:2', 'line 2',
     '{I|Kyrgyzstan}\n{A|Astana}\n{A|720033 Бишкек}\n{A|Frunze Mikhail Street, 473}\n{I|Даамдан}'),
    ('oc:kw:70', 'line 70',
     '{A|Salmiya - Block 10}\n{A|Street 1 Lane 2}\n{A|9}\n{A|30007}\n{I|Kuwait}'),
    ('oc:kz:2', 'line 2',
     '{I|Kazakhstan}\n{A|Astana}\n{A|010000 Astana}\n{A|улица Конституции, 24}\n{I|Хива}'),
    ('oc:lv:1', 'line 1',
     '{A|Ģertrūdes iela 81}\n{A|Riga, LV-1009}\n{I|Latvia}'),
    ('oc:md:2', 'line 2',
     '{I|Muzeul de Istorie}\n{A|str. 31 August 1989, 121a}\n{A|MD-2012 Chișinău}\n{I|Moldova}'),
    ('oc:mm:2', 'line 2',
     '{I|The Strand Hotel}\n{A|92 ဆိပ်ကမ်းသာလမ်း - Seik Kan Tha St}\n{A|Kyauktada, 11182}\n{I|Myanmar}'),
    ('oc:mu:2', 'line 2',
     '{I|State Bank of Mauritius}\n{A|1, Queen Elizabeth II Avenue}\n{A|Caudan Waterfront}\n{A|Port Louis}\nMauritius'),
    ('oc:mz:2', 'line 2',
     '{I|Sturrock Shipping}\n{A|Avenida Mao Tsé Tung, 362}\n{A|1100 Cidade de Maputo}\n{I|Mozambique}'),
    ('oc:ne:2', 'line 2',
     '{I|Embassy of the Federal Republic of Germany}\n{A|71}\n{A|Boulevard Général De Gaulle}\n{A|Niamey}\n{I|Niger}'),
    ('oc:no:1', 'line 1',
     '{A|Åkebergveien 28}\n{A|0650 Oslo}\n{I|Norway}'),
    ('oc:ph:2', 'line 2',
     '{I|Emerald Garden}\n{A|1140 Alhambra, Ermita}\n{A|1000 Metro Manila}\n{I|Philippines}'),
    ('oc:pr:2', 'line 2',
     '{I|Wisos Velillas Bar}\n{A|252 Calle San Francisco}\n{A|San Juan Antiguo, PR 00901}\n{I|United States of America}'),
    ('oc:pt:1', 'line 1',
     '{A|Avenida Conselheiro Barjona de Freitas 11}\n{A|1500-203 Lisbon}\n{I|Portugal}'),
    ('oc:rs:2', 'line 2',
     '{I|Ресторан Лидо}\n{A|Goce Delceva 2}\n{A|11080 Belgrade}\n{I|Serbia}'),
    ('oc:se:2', 'line 2',
     '{I|Poseidon}\n{A|Storgatan 33}\n{A|411 34 Gothenburg}\n{I|Sweden}'),
    ('oc:si:2', 'line 2',
     '{I|Casino Riviera}\n{A|Obala 33}\n{A|6320 Piran / Pirano}\n{I|Slovenia}'),
    ('oc:sr:2', 'line 2',
     '{I|R.D. Simonsschool}\n{A|Simonsweg 7}\n{A|Paramaribo}\n{I|Suriname}'),
    ('oc:tj:2', 'line 2',
     '{A|Mushfiki Street 160}\n{A|734018 Dushanbe}\n{I|Tajikistan}'),
    ('oc:tt:1', 'line 1',
     "{I|More Vino Limited}\n{A|23 O'Connor Street}\n{A|Woodbrook}\n{A|Port of Spain, 190130}\n{I|Trinidad and Tobago}"),
    ('oc:ua:1', 'line 1',
     '{I|Утка Bar}\n{A|Protasiv Yar Street, 2д}\n{A|Solomianskyi district}\n{A|Kyiv}\n{A|03038}\n{I|Ukraine}'),
    ('oc:us:1', 'line 1',
     '{A|301 Hamilton Avenue}\n{A|Palo Alto, CA 94303}\n{I|United States of America}'),
    ('oc:ve:2', 'line 2',
     '{I|El Carretón}\n{A|Av. Teresa de La Parra 33}\n{A|Parroquia San Pedro 1040, Capital District}\n{I|Venezuela}'),
    ('oc:xk:2', 'line 2',
     '{A|13, Ahmet Haxhiu}\n{A|Pristina 10010}\n{I|Kosovo}'),
    ('oc:at:17', 'line 17',
     'Riedau\nSchärding\nAustria'),
    ('oc:ca:38', 'line 38',
     'London, Ontario\nCanada'),
    ('oc:cn:21', 'line 21',
     'Macau\nChina'),
    ('oc:es:1', 'line 1',
     'Barcelona\nCatalonia\nSpain'),
    ('oc:gb:21', 'line 21',
     'Barbican\nCity of London\nLondon\nUnited Kingdom'),
    ('oc:hm:3', 'line 3',
     'Heard Island\nHeard Island and McDonald Islands\nAustralia'),
    ('oc:ir:19', 'line 19',
     'Tehran\nبخش مرکزی شهرستان تهران\nIran'),
    ('oc:mc:17', 'line 17',
     'Larvotto\nMonaco'),
    ('oc:ph:20', 'line 20',
     'Mindanao\nPhilippines'),
    ('oc:sj:2', 'line 2',
     'Jan Mayen\nNorway'),
    ('oc:tk:2', 'line 2',
     'Fakaofo\nTokelau, New Zealand'),
    ('oc:ug:21', 'line 21',
     'Ayivuni\nArua\nUganda'),
    ('oc:us:69', 'line 69',
     'Palo Alto, California\nUnited States of America'),
    ('lp:fpt:66', 'line 66',
     'The number is {P|+7 (800) 555-35-35} and not {P|(213) 373-4253} as written in the document.'),
    ('lp:fpt:76', 'line 76',
     'The number is {P|773 111 632}'),
    ('lp:fpt:120', 'line 120',
     "The number is {P|+7 (800) 555-35-35} and not {P|(213) 373-4253} (that's not even in the same country!) as written in the document."),
    ('lp:fpt:135', 'line 135',
     'The number is {P|+7 (800) 555-35-35} as written in the document.'),
    ('lp:fpt:165', 'line 165',
     'Digits 12 are not a number, but {P|+7 (800) 555-35-35} is.'),
    ('lp:fpt:175', 'line 175',
     'Date 02/17/2018 is not a number, but {P|+7 (800) 555-35-35} ext. 123 is.'),
    ('lp:fpt:186', 'line 186',
     'The number is {P|+7 (800) 555-35-35} ext. 1234 and not {P|(213) 373-4253} as written in the document.'),
    ('lp:fpt:250', 'line 250',
     'Phone: {P|+7 (800) 555 35 35}. National: {P|8 (800) 555-55-55}'),
    ('lp:fpt:283', 'line 283',
     'The phone number is {P|231354125}.'),
    ('lp:fpt:258', 'line 258',
     '2012-01-02 08:00'),
    ('lp:fpt:301', 'line 301',
     'The UUID is CA801c26f98cd16e231354125ad046e40b.'),
    ('lp:fpt:278', 'line 278',
     '2133734253a'),
    ('lp:fpt:211', 'line 211',
     '1111111111'),
    ('lp:pnm:98', 'line 98',
     '{P|651-234-2345}/{P|332-445-1234}'),
    ('lp:pnm:50', 'line 50',
     '{P|+52 (449)978-0001}'),
    ('lp:pnm:51', 'line 51',
     '{P|01 (449)978-0001}'),
    ('lp:pnm:64', 'line 64',
     '{P|+54 9 343 555 1212}'),
    ('lp:pnm:65', 'line 65',
     '{P|0343 15-555-1212}'),
    ('lp:pnm:67', 'line 67',
     '{P|+54 9 3715 65 4320}'),
    ('lp:pnm:68', 'line 68',
     '{P|03715 15 65 4320}'),
    ('lp:pnm:71', 'line 71',
     '{P|+54 11 3797 0000}'),
    ('lp:pnm:72', 'line 72',
     '{P|011 3797 0000}'),
    ('lp:pnm:75', 'line 75',
     '{P|03715 65 4321}'),
    ('lp:pnm:78', 'line 78',
     '{P|023 1234 0000}'),
    ('lp:par:34', 'line 34',
     'Phone: {P|8 (800) 555 35 35}.'),
    ('lp:par:36', 'line 36',
     'Phone: {P|+7 (800) 555-35-35}.'),
    ('lp:par:40', 'line 40',
     '{P|(800) 555 35 35}'),
    ('lp:par:45', 'line 45',
     '{P|+1-213-373-4253}'),
    ('lp:par:48', 'line 48',
     '{P|044 668 18 00}'),
    ('lp:par:51', 'line 51',
     '{P|010-852644821}'),
    ('lp:par:54', 'line 54',
     '{P|+33169454850}'),
    ('lp:par:57', 'line 57',
     '{P|+44 7700 300000}'),
    ('lp:par:60', 'line 60',
     '{P|+7 702 211 1111}'),
    ('lp:par:243', 'line 243',
     '{P|2134567890} ext 123'),
    ('lp:par:250', 'line 250',
     '{P|+12134567890} ext. 12345'),
    ('lp:par:257', 'line 257',
     '{P|+78005553535} доб. 1234'),
    ('lp:par:271', 'line 271',
     '{P|+78005553535} x1234'),
    ('lp:par:292', 'line 292',
     'tel:{P|+7(800)555-35.35};ext=123'),
    ('lp:par:303', 'line 303',
     '{P|+7(8)8005553535}'),
    ('lp:par:310', 'line 310',
     '{P|0 15 21 5555-5555}'),
    ('lp:par:322', 'line 322',
     '{P|011 61 2 3456 7890}'),
    ('lp:par:331', 'line 331',
     '{P|810 61 2 3456 7890}'),
    ('lp:par:377', 'line 377',
     '{P|+52 1 33 1234-5678}'),
    ('lp:par:388', 'line 388',
     '{P|044 (33) 1234-5678}'),
    ('lp:par:392', 'line 392',
     '{P|045 33 1234-5678}'),
    ('lp:par:519', 'line 519',
     '{P|03 3316005} x 123456789'),
    ('lp:pwe:20', 'line 20',
     'The phone number is: {P|8 (800) 555 35 35}. Some other text.'),
    ('lp:pwe:45', 'line 45',
     'Phone: {P|8 (800) 555 35 35} ext. 1234.'),
    ('lp:pwe:106', 'line 106',
     '{P|+7 8800 555 3535}'),
    ('lp:AsYouType:18', 'line 18',
     '{P|8 (800) 555-35-35}'),
    ('lp:AsYouType:155', 'line 155',
     '{P|+1 213 333 4444}'),
    ('lp:AsYouType:250', 'line 250',
     '{P|8 (999) 123-45-67}'),
    ('lp:AsYouType:299', 'line 299',
     '{P|+82 11 111 1111}'),
    ('lp:AsYouType:361', 'line 361',
     '{P|+55 12 3456 789}'),
    ('lp:AsYouType:427', 'line 427',
     '{P|+1 213 373 4253}'),
    ('lp:AsYouType:681', 'line 681',
     '{P|011 15-2345-6789}'),
    ('lp:AsYouType:779', 'line 779',
     '{P|+52 33 1234 5678}'),
    ('lp:AsYouType:942', 'line 942',
     '{P|33 06 12 90 25 54}'),
    ('lp:AsYouType:1428', 'line 1428',
     '{P|901 123 4567}'),
    ('lp:format:96', 'line 96',
     '{P|+41 44 668 18 00}'),
    ('lp:format:215', 'line 215',
     '{P|+54 3435 55 1212}'),
    ('lp:format:259', 'line 259',
     '{P|011 7 800 555 35 35}'),
    ('lc:da:test_anonymize', 'test_anonymize',
     'Hello, my name is {N|John Doe}.'),
    ('lc:da:test_anonymize_multiple', 'test_anonymize_multiple',
     "{N|John Smith}'s phone number is {P|313-666-7440} and email is {E|johnsmith@gmail.com}"),
    ('lc:da:test_anonymize_with_custom_operator', 'test_anonymize_with_custom_operator',
     '{N|Jane Doe} was here.'),
    ('lc:da:test_add_recognizer_operator', 'test_add_recognizer_operator',
     'Madam {N|Jane Doe} was here.'),
    ('lc:da:test_exact_matching_strategy', 'test_exact_matching_strategy (the literals joined)',
     'Are you {N|Maria Lynch}? I found your card with number {I|213186379402654}. Is this your phone number: {P|7344131647}? Is this your email address: {E|wdavis@example.net}'),
    ('lc:da:test_best_matching_strategy', 'test_best_matching_strategy (the literals joined)',
     'Are you {N|Maria K. Lynch}? I found your card with number {I|2131 8637 9402 654}. Is this your phone number: {P|734-413-1647}?Is this your email address: {E|wdavis@example.net}'),
    ('lc:rda:test_check_instances', 'test_check_instances (the literals joined)',
     'This is {N|John Smith}. {N|John Smith} works in a bakery.{N|John Smith} is a good guy'),
    ('lc:rda:test_check_instances:2', 'test_check_instances (second text)',
     'This is {N|Jane Smith}'),
    ('lc:rda:test_deanonymizer_mapping', 'test_deanonymizer_mapping',
     'Hello, my name is {N|John Doe} and my number is {P|444 555 6666}.'),
    ('lc:rda:test_deanonymizer_mapping:2', 'test_deanonymizer_mapping (second text, the literals joined)',
     'And my name is {N|Jane Doe}, my email is {E|jane@gmail.com} and my credit card is {I|4929 5319 6292 5362}.'),
    ('lc:rda:test_non_faker_values', 'test_non_faker_values (the literals joined)',
     'My name is {N|John Smith}. Your name is {N|Adam Smith}. Her name is {N|Jane Smith}.Our names are: {N|John Smith}, {N|Adam Smith}, {N|Jane Smith}.'),
    ('ct:id000:7', 'lines 7-14',
     'Clinic Number: {M|3-303-925}\nPatient Name: {N|Dan Testing}\nAge: 55 Y\nBirthdate: {D|23-Jun-1958}  Sex: F\nAddress: {A|100 Quality Control Avenue}  City: {A|Test Patient, MN 55905-0001}\n\nService Date/Time: {I|02-May-2014 11:33}\nProvider: {H|Johnny Cash}, MD  Pager: 4-$$$$'),
    ('ct:id000:32', 'line 32',
     'The patient is a 55-year-old man referred by Dr. {H|Good} for recently diagnosed colorectal cancer.  The patient was well till 6 months ago, when he started having a little blood with stool.  He initially thought it was hemorrhoids related, and saw his primary physician after a few weeks of symptoms.  As physical examination by the primary care provided did show small hemorrhoids but, as stool was strongly positive for blood, he was referred for a repeat colonoscopy. Due to family circumstances this was postponed for a few months. He had a prior colonoscopy at age 50, which revealed 5 or 6 polyps, all adenomatous, and the maximum size of the largest polyp was about 1 cm. This polyp was located in the cecum.'),
    ('ct:id000:119', 'line 119',
     'The patient and his wife are pleased with the information provided, and are willing to proceed as outlined above.'),
    ('ct:snake:1', 'line 1',
     'Mr. {N|Johnson} is presenting signs of a snake bite.  It occurred last week and has caused immense leg pain.  The pain was so severe that he had begun taking narcotics to relieve it.'),
    ('ct:shark:1', 'line 1',
     '{N|Billy Johnson} is presenting signs of a shark bite.  It occurred last week and has caused immense leg pain.  The pain was so severe that he had begun taking narcotics to relieve it.'),
    ('ct:fake:1', 'line 1',
     'Mr. {N|Johnson} is presenting signs of a shark bite.  It occurred last week and has caused immense leg pain.  The pain was so severe that he had begun taking narcotics to relieve it.'),
    ('ct:p123rad:1', 'lines 1-4',
     'Template:       TP Report 1\nEncounter Time: {I|Dec 25 2019 12:00:00}\nPatient Name:   {N|Neid, Indira}\nProvider:       {I|Liszt Prahseseur Memorial}'),
    ('ct:p123rad:10', 'line 10',
     'Text: This is a 50 year old peri-menopausal female who underwent mammogram on {I|1/28/09} for a palpable lump in the right breast.'),
    ('ct:p123rad:21', 'lines 21-22',
     'Signature:      {H|Sleips I., Nephra}\nAttending:      {H|Cash, Johnny}'),
    ('ct:p123path:27', 'line 27',
     'Electronically signed by: {H|ABC DEF}; M.D.'),
    ('ct:radnotes:2', 'line 2',
     '{I|54321}`02/20/1999`13:21:00`14`GENRAD`{I|987654-3}`{N|SMITH}`{D|04/03/1916}`F`F`N`70955-RRIMS`CT ANGIO ABD W/WO CST ADD SECT`{H|DAVIS, WILLIAM R}`20Feb1999 1:21PM CT ABDOMEN w & PELVIS w Indications: ct abd/pel - hernia ventral nos;USE IV CON ORIGINAL REPORT - 10 Aug 2009 3:15PM {I|ROMAYO} CT abdomen and pelvis with IV contrast. Comparison with prior MR angiography dated 4-2-04. Again seen is a large ventral hernia containing multiple nonobstructed loops of small bowel and ascending colon. No evidence of vascular compromise within this hernial sac. PO changes of aortobifemoral graft with occluded right limb of the graft just below the bifurcation. Patent femoral crossover graft. Possible diffuse fatty infiltration of the liver. Severe atrophy of the left kidney. The left renal artery is not well delineated and may be occluded. Small scarring in the lower right kidney. Low-lying urinary bladder with a possible small cystocele. Sigmoid diverticulosis. Vascular calcifications. Degenerative changes of the spine, symphysis pubis, and both SI and hip joints. Minimal atelectasis or fibrosis in the lung bases. Remainder of the study is unremarkable.. {H|W. R. Davis} MD {I|5-4321}'),
    ('ct:radnotes:5', 'line 5',
     '{I|12345}`02/20/1999`13:21:00`14`GENRAD`{I|987654-3}`{N|SMITH}`{D|04/03/1916}`F`F`N`07075-RRIMS`Tibia Fibula 2vw AP/Lat`{H|DAVIS, WILLIAM R}`20Feb1999 1:21PM Exam: R Tibia Fibula 2vw AP/Lat Indications: Exposed tibia;R/O osteo;S/p BKA ORIGINAL REPORT - 02 Feb 1999 1:21PM {I|ROMAYO} Amputation through the proximal shafts of the right tibia and fibula. Ulceration of soft tissues distally. No radiographic evidence of osteomyelitis. The right popliteal artery is largely obscured by metallic artifact from a right TKA. No radiographic evidence of loosening. Extensive arterial calcification. Cast obscures detail. {H|W. R. Davis} MD {I|5-4321}'),
    ('ct:nutr1:6', 'lines 6-7',
     'Referral from: {H|Julie Tester}, RD, LD, CNSD\nPhone contact: {P|(555) 555-1212}'),
    ('ct:nutr1:11', 'line 11',
     'Daily Protein needs: 40 grams,  assessed as 1.0 g/kg.'),
    ('ct:nutr2:6', 'lines 6-7',
     'Significant for her father, who died at 50 years from colon cancer.\nPhone contact: {P|(555) 555-1212}'),
    ('ct:smoke1:1', 'line 1',
     'Miss. {N|CM} is a energetic young woman who has had bouts with sleeplessness for the past year or so.  She said that her insomnia began with the death of her father who was killed in a train accident last year.'),
    ('ct:smoke2:5', 'line 5',
     '{N|CM} is a 45-year-old, widowed, white saleswoman, born in the U.S.'),
    ('ct:smoke2:9', 'line 9',
     'For about 3 months Mrs. {N|M.} has been increasingly troubled by headaches that are rightsided,'),
    ('ct:pain:2', 'lines 2-4',
     'The patient reported pain in her upper arm.\nNo swelling.\nAspirin 325 mg.'),
    ('ct:cased:8', 'line 5',
     'Denies STIs and abnormal paps.'),
    ('ng:test_masking_input_output:user', 'test_masking_input_output (user message)',
     'Hi! I am Mr. {N|John}!'),
    ('ng:test_masking_input_output:bot', 'test_masking_input_output (LLM completion)',
     'Hello there! My name is {N|Michael}!'),
    ('ng:test_detection_input_output', 'test_detection_input_output (LLM completion)',
     'Hi! My name is {N|John} as well.'),
    ('ng:test_masking_retrieval', 'test_masking_retrieval (retrieved chunk)',
     'The name of the user is {N|John}.'),
    ('li:_nodes:1', '_nodes (first node)',
     'Hello {N|Zhang Wei}'),
    ('li:_nodes:2', '_nodes (second node)',
     'I am {N|John}'),
    ('li:_nodes:3', '_nodes (third node)',
     'nothing to mask here'),
]
# fmt: on


def main(argv: list[str] | None = None) -> int:
    return marks.main_hashed(
        argv, __doc__, SPLIT, SNIPPETS, marks.recorded(source, RECORD), untied=UNTIED
    )


if __name__ == "__main__":
    sys.exit(main())
