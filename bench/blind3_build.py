"""Build the third blind sets (bench/safety_blind3.jsonl, bench/phi_blind3.jsonl) from the data below.

Written by a helper who never read the detectors nor their cases (see bench/BLIND3.md). The PHI
snippets mark each labelled span inline as ``⟦T|text⟧`` (T: N patient name, A address, P phone,
M record number, D birth date, E e-mail, S national id, H clinician, I ignore); this script strips
the marks and computes the offsets, so the JSONL is reproducible. It never imports prepcli.

    python bench/blind3_build.py
"""

# ruff: noqa: E501  (the snippet data below is one line per snippet)

from __future__ import annotations

import json
import random
import re
from pathlib import Path

BENCH = Path(__file__).resolve().parent
SPLIT = "blind3"
TYPES = {
    "N": "PATIENT-NAME", "A": "ADDRESS", "P": "PHONE", "M": "MRN", "D": "DOB", "E": "EMAIL",
    "S": "SSN", "H": "HCP", "I": "IGNORE",
}  # fmt: skip
MARK = re.compile(r"⟦([NAPMDESHI])\|(.*?)⟧", re.S)

# fmt: off
_FHIR = ("hl7-fhir/hl7-fhir.github.io", "c39c15d0b1f1733e71b2819fbbccfab4b05412ff")
_AU = "hl7au/draft-diagnostic-orders"
_NP = "derek73/python-nameparser"
_NH = "MatthewVita/node-hl7-complete"
_NHD = "test/functional/test-data/"
# source key -> (repository, commit, path)
PHI_SOURCES: dict[str, tuple[str, str, str]] = {
    "fhir_pat": (*_FHIR, "patient-example.json"),
    "fhir_fsh_pat": ("nizarbs2508/FSH-EXAMPLE", "3531b9ff4037f3db8320959f31e8c3d5013cc009", "File/FSH.fsh"),
    "fhir_person": (*_FHIR, "person-example.json"),
    "fhir_usext": (*_FHIR, "patient-example-us-extensions.json"),
    "fhir_rel": (*_FHIR, "relatedperson-example.json"),
    "fhir_pieter": (*_FHIR, "patient-example-f001-pieter.json"),
    "fhir_roel": (*_FHIR, "patient-example-f201-roel.json"),
    "fhir_glossy": (*_FHIR, "patient-glossy-example.json"),
    "fhir_proband": (*_FHIR, "patient-example-proband.json"),
    "fhir_prac": (*_FHIR, "practitioner-example.json"),
    "fhir_evdb": (*_FHIR, "practitioner-example-f001-evdb.json"),
    "pyhl7": ("johnpaulett/python-hl7", "113f8a01ae0116c6d735df5309cb7b7c3fe3b3c4", "tests/samples.py"),
    "gig": ("GIG-Cymru-NHS-Wales/hl7-v2-examples", "2fff3267d46f02efe1d311a78635c3042e59b140", "README.md"),
    "hl7apy": ("crs4/hl7apy", "0b619c320d65d4baa78f970fce81b6e67f794913", "tests/test_parser.py"),
    "au_banks": (
        "jgsuess/FHIRFLARE-IG-Toolkit", "15115a9c2ea4087755fac10979f804824a6d1b26",
        "static/uploads/fsh_output/input/fsh/instances/banks-mia-leanne.fsh",
    ),
    "au_miller": (_AU, "153232992adef75cd66e336bceaf1f528383ec33", "input/fsh/instances/RobinMiller.fsh"),
    "au_smith": (_AU, "12cb9001b165cd0db68f8c5ced41a566fd9b3221", "input/fsh/instances/EOrdersPatientSmith.fsh"),
    "au_barnes": (_AU, "35629787c938bf126d503478e69af673346f3ff3", "input/fsh/instances/DrAmberBarnes.fsh"),
    "au_ramirez": (_AU, "35629787c938bf126d503478e69af673346f3ff3", "input/fsh/instances/RamirezviewMedicalCentre.fsh"),
    "rems": ("HL7/fhir-medication-rems-ig", "d2fb3991daeb802a163e0ba1b7fd0636b9124f42", "input/fsh/Patient-example-patient-123.fsh"),
    "fsh_shaw": ("HL7/fhir-shorthand", "381ea4af9d856a8df96d74b25aeeeeb4883d2977", "samples/USCorePatientExample.fsh"),
    "ch_meier": ("umzhconnect/umzhconnect-ig", "5b63b9459fbe3eab193a4822140e6e59f2679b0c", "input/fsh/examples/Patient.fsh"),
    "ch_muster": ("umzhconnect/umzhconnect-ig", "86556c39c9dc991a89172a796d2802f7779843d4", "input/fsh/examples/Practitioner.fsh"),
    "np_part": (_NP, "259b8681244a212aa74a8a9b24189ff9b624a09f", "tests/test_particles.py"),
    "np_nick": (_NP, "01719f20ba91fa76fe2f89fe1434fab9703e158e", "tests/test_nicknames.py"),
    "np_conj": (_NP, "08635e0e07f94fc4e68c86480647e1430b7f8af8", "tests/test_conjunctions.py"),
    "np_slav": (_NP, "37d5c6915cbf0672581f49989f17b875329703dd", "tests/test_east_slavic_patronymic_order.py"),
    "np_title": (_NP, "0015a93d3f40f3e8190c4914c8384dc6a57c1019", "tests/test_titles.py"),
    "nh_adt": (_NH, "c3e0d278d7ac61b336cc03c8ddf95f66f6d27c63", _NHD + "valid/healthcare-it-systems/adt-example.hl7"),
    "nh_siu": (_NH, "fe2b66ebaa99953bafcfc0523759f80ee6bd31f0", _NHD + "corepoint-health/siu-example.hl7"),
    "nh_dft": (_NH, "c3e0d278d7ac61b336cc03c8ddf95f66f6d27c63", _NHD + "valid/mieweb/dft-example.hl7"),
    "nh_nist3": (_NH, "5540b8da073a5c1860d50315fffbe987e2ee6f8d", _NHD + "valid/nist/ORU_R01_2.5.1_SampleTestCase3.hl7"),
    "nh_mdm": (_NH, "c3e0d278d7ac61b336cc03c8ddf95f66f6d27c63", _NHD + "valid/remote-operations/mdm-example.hl7"),
    "nh_bar": (_NH, "fe2b66ebaa99953bafcfc0523759f80ee6bd31f0", _NHD + "health-standards/bar-example.hl7"),
}

# (source key, record note, text with ⟦T|span⟧ marks)
PHI_SNIPPETS: list[tuple[str, str, str]] = [
    # --- HL7 FHIR spec, Patient/example (Peter James Chalmers) ---
    ("fhir_pat", "name + MRN", "Pt ⟦N|Peter James Chalmers⟧ (goes by ⟦N|Jim⟧), MRN ⟦M|12345⟧ - rheum wants to move him to Rheumora after 2 TNFs."),
    ("fhir_pat", "home address, street and city parts", "Home address on the PAP form: ⟦A|534 Erewhon St⟧, ⟦A|PleasantVille, Vic 3999⟧. Hub to ship there."),
    ("fhir_pat", "work phone", "Patient said call his work number ⟦P|(03) 5555 6473⟧ after 3pm about the copay card."),
    ("fhir_pat", "SURNAME, GIVEN header + DOB reformatted", "⟦N|CHALMERS, PETER JAMES⟧  DOB ⟦D|25/12/1974⟧  - enrolment form faxed to the hub today"),
    ("fhir_pat", "narrative address verbatim", "Office copied the demographics: ⟦A|534 Erewhon⟧, ⟦A|Pleasantville, Vic, 3999⟧ / Work: ⟦P|(03) 5555 6473⟧"),
    ("fhir_pat", "multi-line shipping block", "Ship starter kit to:\n⟦N|Peter Chalmers⟧\n⟦A|534 Erewhon St⟧\n⟦A|PleasantVille VIC 3999⟧\nsignature required"),
    ("fhir_pat", "DOB month-name form + MRN with assigner", "male, born ⟦D|25 Dec 1974⟧, MRN:⟦M|12345⟧ (⟦I|Acme Healthcare⟧) - on Veltrana since spring"),
    ("fhir_pat", "partner contact", "Partner ⟦N|Bénédicte du Marché⟧ will collect the pen kit; her mobile is ⟦P|+33 (237) 998327⟧."),
    ("fhir_pat", "birthTime ISO", "Birth date/time in the referral: ⟦D|1974-12-25T14:35:45-05:00⟧ (pt ⟦N|P. J. Chalmers⟧)"),
    ("fhir_pat", "first name only", "⟦N|Jim⟧ (⟦H|Dr Shah⟧'s pt with the KRAS G12C) is doing fine on 600 mg per the NP."),
    ("fhir_fsh_pat", "old and mobile phones", "⟦N|Jim Chalmers⟧'s old landline ⟦P|(03) 5555 8834⟧ is disconnected, use mobile ⟦P|(03) 3410 5613⟧."),
    ("fhir_fsh_pat", "maiden name record", "Insurer still has him as ⟦N|Peter James Windsor⟧ (name until 2002), so the PA bounced."),
    ("fhir_fsh_pat", "address text verbatim", "Address text field: ⟦A|534 Erewhon St PeasantVille⟧, ⟦A|Rainbow, Vic  3999⟧"),
    ("fhir_person", "home e-mail", "Pt e-mailed from ⟦E|Jim@example.org⟧ asking whether the savings card covers Rheumora refills."),
    ("fhir_person", "Person narrative name with nickname", "Name: ⟦N|Peter James Chalmers⟧ (\"⟦N|Jim⟧\") - Id MRN: ⟦M|12345⟧"),
    ("fhir_usext", "direct e-mail", "Referral came with the pt's Direct address ⟦E|person@example.org⟧ - told office not to send that to us."),
    ("fhir_usext", "name + phone + address on one line", "⟦N|Peter James Chalmers⟧ ph: ⟦P|(03) 5555 6473⟧ ⟦A|534 Erewhon St PleasantVille Vic 3999⟧ (HOME)"),
    # --- RelatedPerson/benedicte ---
    ("fhir_rel", "name + phone", "Wife ⟦N|Bénédicte du Marché⟧ rang from France (⟦P|+33 (237) 998327⟧) about travelling with the pens."),
    ("fhir_rel", "street with comma + postcode city", "Her Paris address: ⟦A|43, Place du Marché Sainte Catherine⟧, ⟦A|75004 Paris, France⟧"),
    ("fhir_rel", "INSEE number", "She read out her INSEE no. ⟦S|272117510400399⟧ from the carte Vitale - told her we don't need it."),
    ("fhir_rel", "INSEE number spaced (rewritten)", "NIR ⟦S|2 72 11 75 104 003 99⟧ written on the copy of the form - shredded."),
    ("fhir_rel", "surname with particle after title", "Mme ⟦N|du Marché⟧ asked if the company can ship to Paris. Referred to MI."),
    ("fhir_rel", "multi-line", "Contact:\n⟦N|Bénédicte du Marché⟧\n⟦A|43, Place du Marché Sainte Catherine⟧\n⟦A|75004 Paris⟧\nPhone: ⟦P|+33 (237) 998327⟧"),
    # --- Patient/f001 (Pieter van de Heuvel) ---
    ("fhir_pieter", "name + DOB (Dutch form) + BSN", "⟦N|Pieter van de Heuvel⟧, geb. ⟦D|17-11-1944⟧, BSN ⟦S|738472983⟧ - aanvraag Cardelis"),
    ("fhir_pieter", "initial + particle name, mobile with dash (rewritten)", "Dhr. ⟦N|P. van de Heuvel⟧ mobiel ⟦P|06-48352638⟧, liever 's ochtends bellen"),
    ("fhir_pieter", "mobile verbatim", "Pt's mobile ⟦P|0648352638⟧ (he asked for a callback from the nurse line)"),
    ("fhir_pieter", "home e-mail", "Wants the patient brochure in Dutch sent to ⟦E|p.heuvel@gmail.com⟧ - told him the practice has to request it."),
    ("fhir_pieter", "Dutch address, two parts", "adres: ⟦A|Van Egmondkade 23⟧, ⟦A|1024 RJ Amsterdam⟧"),
    ("fhir_pieter", "partner name + mobile", "Partner ⟦N|Sarah Abels⟧ (⟦P|0690383372⟧) manages his meds since the stroke."),
    ("fhir_pieter", "narrative verbatim pieces", "name: ⟦N|Pieter van de Heuvel⟧ telecom: ph: ⟦P|0648352638⟧(MOBILE), ⟦E|p.heuvel@gmail.com⟧(HOME) birthDate: ⟦D|Nov 17, 1944⟧"),
    ("fhir_pieter", "multi-line address block", "Post:\n⟦N|P. van de Heuvel⟧\n⟦A|Van Egmondkade 23⟧\n⟦A|1024 RJ  AMSTERDAM⟧"),
    ("fhir_pieter", "name with degree suffix", "Mr ⟦N|Pieter van de Heuvel⟧ MSc, 80, twin - HF clinic at ⟦I|Burgers University Medical Centre⟧"),
    ("fhir_pieter", "BSN dotted (rewritten)", "BSN ⟦S|7384.72.983⟧ stond op het etiket van de verwijzing"),
    # --- Patient/f201 (Roel Bor) ---
    ("fhir_roel", "full name + BSN", "⟦N|Roelof Olaf Bor⟧ (Roel), BSN ⟦S|123456789⟧ - Glyvance start next week"),
    ("fhir_roel", "initials + prefix title + two phones (one respaced)", "Drs. ⟦N|R.O. Bor⟧ PDEng. - mobile ⟦P|+31612345678⟧, home ⟦P|+31 20 123 4567⟧"),
    ("fhir_roel", "wife answers home line", "Wife ⟦N|Ariadne Bor-Jansma⟧ picks up the home line ⟦P|+31201234567⟧ if he doesn't."),
    ("fhir_roel", "address, postcode without space", "Sharps bin delivery: ⟦A|Bos en Lommerplein 280⟧, ⟦A|1055RW Amsterdam⟧"),
    ("fhir_roel", "DOB Dutch form", "geboren ⟦D|13-03-1960⟧, diabetes type 2 sinds 2015"),
    ("fhir_roel", "first name only", "⟦N|Roel⟧ from the Thursday diabetes clinic asked about travelling with Glyvance pens."),
    ("fhir_roel", "ISO DOB and mobile", "DOB ⟦D|1960-03-13⟧ / mob ⟦P|06 1234 5678⟧ (pt ⟦N|Bor⟧)"),
    ("fhir_roel", "narrative verbatim", "identifier: BSN = ⟦S|123456789⟧ (OFFICIAL) name: ⟦N|Roel⟧(OFFICIAL) telecom: ph: ⟦P|+31612345678⟧(MOBILE)"),
    # --- Patient/glossy (Henry Levin) ---
    ("fhir_glossy", "narrative verbatim", "⟦N|Henry Levin the 7th⟧\nMRN: ⟦M|123456⟧. Male, ⟦D|24-Sept 1932⟧"),
    ("fhir_glossy", "surname after title + DOB", "Mr ⟦N|Levin⟧ (⟦D|24/09/1932⟧) is in the renal cohort; GP is ⟦H|Dr Adam Careful⟧."),
    ("fhir_glossy", "MRN label variants", "MRN#⟦M|123456⟧ - ⟦N|H. Levin⟧ - eGFR 38, on Cardelis 5 mg"),
    # --- Patient/proband ---
    ("fhir_proband", "name + born", "⟦N|Annie Proband⟧: Female, born ⟦D|1966-04-04⟧ - BRCA panel pending"),
    ("fhir_proband", "COSTAR record number", "COSTAR no. ⟦M|999999999⟧ for ⟦N|A. Proband⟧ (Boston)"),
    # --- Practitioner/example (Adam Careful) ---
    ("fhir_prac", "clinician e-mail (personal contact = EMAIL)", "Send the HORIZON-CV reprint to ⟦H|Dr Adam Careful⟧ at ⟦E|dr.adam.careful@example.org⟧."),
    # --- Practitioner/f001 ---
    ("fhir_evdb", "clinician e-mail (personal contact = EMAIL)", "⟦H|Eric van den Broek⟧ (KNO) wants the Neurevia MI letter at ⟦E|E.M.vandenbroek@bmc.nl⟧"),
    # --- HL7 v2: python-hl7 samples.py (EVERYWOMAN^EVE) ---
    ("pyhl7", "PID segment verbatim", "Office pasted the lab feed:\nPID|||⟦S|555-44-4444⟧||⟦N|EVERYWOMAN^EVE^E⟧^^^^L|⟦N|JONES⟧|⟦D|196203520⟧|F|||⟦A|153 FERNWOOD DR.^^STATESVILLE^OH^35292⟧||⟦P|(206)3345232⟧|⟦P|(206)752-121⟧||||⟦I|AC555444444⟧||⟦I|67-A4335^OH^20030520⟧"),
    ("pyhl7", "name reordered + SSN", "⟦N|Eve E. Everywoman⟧, SSN ⟦S|555-44-4444⟧, post-12h glucose 182 - Glyvance candidate per NP"),
    ("pyhl7", "address rewritten as prose", "pt lives at ⟦A|153 Fernwood Dr.⟧, ⟦A|Statesville, OH 35292⟧"),
    ("pyhl7", "home phone reformatted", "home ⟦P|(206) 334-5232⟧ - pt prefers texts"),
    ("pyhl7", "mother's maiden name", "Mother's maiden name ⟦N|Jones⟧ used as the security answer on the hub call."),
    ("pyhl7", "SURNAME^GIVEN with SSN no dashes (rewritten)", "⟦N|EVERYWOMAN, EVE⟧ ⟦S|555444444⟧ F"),
    ("pyhl7", "PID with VINAH UR number", "PID|1||⟦M|0000112234⟧^^^100^A||XXXXXXXXXX^^^^^^S||⟦D|10131113⟧|1||4|^^⟦I|RICHMOND^^3121⟧"),
    # --- HL7 v2: GIG-Cymru README (KLEINSAMPLE^BARRY) ---
    ("gig", "PID segment verbatim", "PID|||⟦M|56782445⟧^^^UAReg^PI||⟦N|KLEINSAMPLE^BARRY^Q^JR⟧||⟦D|19620910⟧|M||2028-9^^HL70005^RA99113^^XYZ|⟦A|260 GOODWIN CREST DRIVE^^BIRMINGHAM^AL^35209^^M⟧~⟦I|NICKELL’S PICKLES^10000 W 100TH AVE^BIRMINGHAM^AL^35200^^O⟧|||||||⟦I|0105I30001⟧^^^99DEF^AN"),
    ("gig", "name in prose + attending", "⟦N|Barry Q. Kleinsample Jr.⟧ admitted w/ chest pain; attending ⟦H|Dr. Sherman Potter⟧ asked about Cardelis titration."),
    ("gig", "address prose", "⟦A|260 Goodwin Crest Drive⟧, ⟦A|Birmingham, AL 35209⟧ (home) - pt asked for the PAP forms there"),
    ("gig", "DOB + MRN", "DOB ⟦D|09/10/1962⟧ MRN ⟦M|56782445⟧ - office will resend the PA"),
    ("gig", "surname-first with JR", "⟦N|KLEINSAMPLE, BARRY Q JR⟧ - d/c'd 5/30, f/u with cards"),
    # --- HL7 v2: hl7apy tests/test_parser.py ---
    ("hl7apy", "PID segment verbatim (RSP_K21)", "PID|1||⟦M|10101⟧^^^GATEWAY&1.3.6.1.4.1.21367.2011.2.5.17&ISO||⟦N|JOHN^SMITH⟧^^^^^A||⟦D|19690113⟧|M|||⟦A|VIA DELLE VIE^^CAGLIARI^^^100^H^^092009⟧||||||||||||CAGLIARI"),
    ("hl7apy", "PID segment verbatim (OML_O33)", "PID|||⟦M|1010110909194822⟧^^^GATEWAY_IL&1.3.6.1.4.1.21367.2011.2.5.17&ISO^PK||⟦N|PIPPO^PLUTO⟧^^^^^L||⟦D|19790515⟧|M|||⟦A|VIA DI TOPOLINO^CAGLIARI^CAGLIARI^^09100^100^H^^092009⟧^^~^^^^^^L^^^|||||||⟦S|PPPPPP79E15B354I⟧^^^CF"),
    ("hl7apy", "Italian fiscal code in prose", "Sig. ⟦N|Pluto Pippo⟧, CF ⟦S|PPPPPP79E15B354I⟧, nato il ⟦D|15/05/1979⟧ - chiede info su Neurevia"),
    ("hl7apy", "Italian address prose", "indirizzo: ⟦A|Via di Topolino⟧, ⟦A|09100 Cagliari⟧"),
    ("hl7apy", "PID + NK1 (spouse)", "PID|1||⟦M|123-456-789⟧^^^HOSPITAL^MR||⟦N|SURNAME^NAME^A⟧|||M|||⟦A|1111 SOMEWHERE^^SOMEWHERE^^^USA⟧\nNK1|1|⟦N|WOMAN^WIFE⟧|SPO|⟦A|1111 SOMEWHERE^^SOMEWHERE^^^USA⟧"),
    ("hl7apy", "QPD query", "QPD|IHE PDQ Query|111069|@PID.3.1^⟦M|1010110909194822⟧~@PID.5.1^⟦N|SMITH⟧"),
    ("hl7apy", "name in prose + MRN", "⟦N|John Smith⟧ (MRN ⟦M|10101⟧, DOB ⟦D|13.01.1969⟧) - Cagliari pt, asked about Kyraxa access"),
    # --- AU: banks-mia-leanne.fsh ---
    ("au_banks", "name + IHI spaced (rewritten)", "⟦N|Mia Leanne Banks⟧, IHI ⟦M|8003 6083 3364 7261⟧ - script for Kyraxa lodged"),
    ("au_banks", "IHI verbatim", "IHI: ⟦M|8003608333647261⟧ (verified) for ⟦N|Ms Banks⟧"),
    ("au_banks", "three phones (two respaced)", "⟦N|Mia⟧ - mob ⟦P|0491 574 632⟧, home ⟦P|(02) 7010 7520⟧, work ⟦P|0270102724⟧"),
    ("au_banks", "personal e-mail", "Pt asked for the PSP welcome pack by e-mail: ⟦E|mia.banks@myownpersonaldomain.com⟧"),
    ("au_banks", "AU address", "⟦A|50 Sebastien St⟧, ⟦A|Minjary NSW 2720⟧ - courier for the cold-chain box"),
    ("au_banks", "DOB AU form", "DOB ⟦D|25/08/1983⟧, she/her"),
    ("au_banks", "home phone short form", "home ph ⟦P|270107520⟧ (missing leading 0 in the referral)"),
    # --- AU: RobinMiller.fsh ---
    ("au_miller", "name + Medicare", "Mrs. ⟦N|Robin Miller⟧ Medicare ⟦M|56450729222⟧ (exp 11/25)"),
    ("au_miller", "IHI + DVA gold card", "IHI ⟦M|8003608763762069⟧, DVA Gold Card ⟦M|TIV76893⟧ - vet, RA 20 yrs"),
    ("au_miller", "address text verbatim (two lines)", "⟦A|5 James Extension⟧\n⟦A|Lake Williamfurt, TAS, 2635⟧"),
    ("au_miller", "mobile + e-mail", "mob ⟦P|6147288473⟧ email ⟦E|ronalddavis@example.org⟧ (pt's husband's account)"),
    ("au_miller", "DOB + GP", "born ⟦D|23 Dec 1955⟧; GP ⟦H|Dr Penney Walker⟧ @ ⟦I|South Stephaniestad Medical Centre⟧"),
    ("au_miller", "Medicare grouped (rewritten)", "Medicare no. ⟦M|5645 07292 2⟧ IRN 2 - ⟦N|R Miller⟧"),
    # --- AU: EOrdersPatientSmith.fsh ---
    ("au_smith", "name + DOB + Medicare", "Mrs ⟦N|Joan Smith⟧, DOB ⟦D|20/01/1997⟧, Medicare ⟦M|54164532692⟧ - pathology request attached"),
    ("au_smith", "surname-first", "⟦N|SMITH, Joan⟧ ⟦D|1997-01-20⟧ F - LFTs before Rheumora start"),
    # --- REMS IG Patient-example-patient-123 ---
    ("rems", "name + DOB + address", "⟦N|August Samuels⟧, DOB ⟦D|03/12/1989⟧, ⟦A|10023 Oakways Ln⟧, ⟦A|Concord, MA 01742⟧ - REMS enrolment"),
    ("rems", "surname-first + DOB ISO", "⟦N|Samuels, August⟧ ⟦D|1989-03-12⟧ M"),
    # --- FHIR shorthand USCorePatientExample (Amy V. Shaw) ---
    ("fsh_shaw", "name + MRN", "⟦N|Amy V. Shaw⟧ MRN ⟦M|1032702⟧ - teen pt, mom asked about Neurevia age limits"),
    ("fsh_shaw", "phone + e-mail", "Call back ⟦P|555-555-5555⟧ or ⟦E|amy.shaw@example.com⟧"),
    ("fsh_shaw", "address", "⟦A|49 Meadow St⟧, ⟦A|Mounds, OK 74047⟧"),
    ("fsh_shaw", "DOB US form", "pt DOB ⟦D|02/20/2007⟧ (so 19 now) - adult dosing ok"),
    ("fsh_shaw", "Medical Record Number label", "Medical Record Number: ⟦M|1032702⟧ / ⟦N|Shaw, Amy V.⟧"),
    # --- CH: umzhconnect Patient.fsh (Petra Meier) ---
    ("ch_meier", "name + DOB + AHV (dotted, rewritten)", "Frau ⟦N|Petra Meier⟧, geb. ⟦D|26.03.1992⟧, AHV-Nr. ⟦S|756.2295.8830.70⟧"),
    ("ch_meier", "AHV verbatim", "AHVN13 ⟦S|7562295883070⟧ on the referral - please redact"),
    ("ch_meier", "local PID", "Lokale PID ⟦M|P06543⟧ (USZ) - ⟦N|Meier P.⟧"),
    ("ch_meier", "Swiss phone", "Tel. privat ⟦P|+41 33 333 33 33⟧"),
    ("ch_meier", "Swiss address", "⟦A|Musterstrasse 1⟧, ⟦A|8000 Zürich⟧"),
]
PHI_NAMES: list[tuple[str, str, str]] = [
    # --- nameparser tests/test_particles.py ---
    ("np_part", "name verbatim", "Pt ⟦N|Juan del Sur⟧ stopped Neurevia - cost, not side effects."),
    ("np_part", "name verbatim", "NP mentioned ⟦N|Jill St. John⟧ will need a new PA for Rheumora in Jan."),
    ("np_part", "name verbatim, lower case", "hub case for ⟦N|pennie von bergen wessels III⟧ still pending benefits check"),
    ("np_part", "name verbatim (particle as first name)", "⟦N|Van Johnson⟧ - 58M, HFrEF, started Cardelis 2.5 mg"),
    ("np_part", "name verbatim", "Office asked if ⟦N|Van Jeremy Johnson⟧ can get samples while the appeal runs."),
    ("np_part", "comma form verbatim", "Fax cover: RE: ⟦N|von bergen wessels, pennie III⟧ - Kyraxa PA"),
    ("np_part", "Portuguese name verbatim", "⟦N|Rafael Sousa dos Anjos⟧ asked for the Spanish/Portuguese leaflet"),
    ("np_part", "Portuguese name verbatim", "Paciente ⟦N|Joao da Silva do Amaral de Souza⟧ - copay card activated"),
    ("np_part", "name verbatim", "⟦N|Juan de la Vega⟧'s daughter called the PSP line for him."),
    ("np_part", "repeated particles verbatim", "Pharmacy label reads ⟦N|Charles van der van der Berg⟧ (duplicated particle, their system)"),
    ("np_part", "name verbatim", "⟦N|Jean de Mesnil⟧, 71, on Veltrana 2L - wife drives him to infusions"),
    ("np_part", "surname-only with particle + suffix", "Mr ⟦N|de Mesnil Jr.⟧ missed his f/u, office rescheduling"),
    ("np_part", "upper-case surname with particle", "⟦N|DE MESNIL⟧ - PA approved 11/20"),
    ("np_part", "surname-only with particle", "Mrs ⟦N|dos Santos⟧ asked whether Glyvance needs refrigeration after opening."),
    ("np_part", "particle as first name", "⟦N|Della Reese⟧ (pt) - office wants a nurse educator for pen training"),
    ("np_part", "particle as first name", "⟦N|Di Caprio⟧ family - both parents on the PSP"),
    ("np_part", "particle as first name", "Pt ⟦N|Del Toro⟧ transferred care to the VA."),
    ("np_part", "two-letter surname", "⟦N|Anh Do⟧ declined the starter kit, insurance covers it."),
    ("np_part", "leading 'von' name", "⟦N|von Braun⟧ (pt, 64) asked about alcohol with Cardelis - MI request logged"),
    ("np_part", "repeated particle chain + suffix", "⟦N|Juan de la de la Vega Jr.⟧ - name on script duplicated, pharmacy fixing"),
    # --- nameparser tests/test_nicknames.py ---
    ("np_nick", "nickname in parentheses", "⟦N|Benjamin (Ben) Franklin⟧ - 3rd migraine preventive, now Neurevia"),
    ("np_nick", "comma form with nickname and suffix", "Chart: ⟦N|Franklin, Benjamin (Ben)⟧, Jr."),
    ("np_nick", "nickname in double quotes", "pt ⟦N|Benjamin⟧ \"⟦N|Big Ben⟧\" ⟦N|Franklin⟧ wants his son on the call next time"),
    ("np_nick", "nickname in single quotes", "⟦N|Benjamin 'Ben' Franklin⟧ - callback requested re: copay"),
    ("np_nick", "apostrophe surname", "⟦N|Brian Andrew O'connor⟧ asked for a travel letter for his pens."),
    ("np_nick", "apostrophes in both names", "⟦N|La'tanya O'connor⟧ (pt) - enrolled in GlyvanceConnect"),
    ("np_nick", "trailing apostrophes", "⟦N|Mari' Aube'⟧ - as typed by the front desk"),
    ("np_nick", "Hawaiian name with okina", "⟦N|Harrieta Keōpūolani Nāhiʻenaʻena⟧ - interpreter not needed"),
    ("np_nick", "Hawaiian name, ASCII apostrophes", "⟦N|Harietta Keopuolani Nahi'ena'ena⟧, 45F, T2D"),
    ("np_nick", "Kenyan name", "⟦N|Naomi Wambui Ng'ang'a⟧ asked if the starter kit can go to her sister."),
    ("np_nick", "Samoan name", "⟦N|Va'apu'u Vitale⟧ - PA denied, appeal letter drafted by office"),
    ("np_nick", "nickname + surname only", "\"⟦N|Rick⟧\" ⟦N|Edmonds⟧ (pt) wants the PSP to call after 6"),
    ("np_nick", "upper case with nickname", "⟦N|JEFFREY⟧ (⟦N|JD⟧) ⟦N|BRICKEN⟧ - pharmacy needs new script"),
    ("np_nick", "name with parenthesised note", "⟦N|John Jones⟧ (Unknown) in the hub export - duplicate record"),
    # --- nameparser tests/test_conjunctions.py ---
    ("np_conj", "Spanish conjunction surname", "Pte. ⟦N|Jose Aznar y Lopez⟧ - seguro aprobado para Cardelis"),
    ("np_conj", "couple (parents of a minor)", "Parents ⟦N|John⟧ and ⟦N|Jane Smith⟧ asked about Neurevia for their 17-year-old."),
    ("np_conj", "couple with titles", "Thank-you card from Mr. and Mrs. ⟦N|John⟧ and ⟦N|Jane Smith⟧ to the office (their pt file)."),
    ("np_conj", "lower case with initial", "⟦N|john e. smith⟧ - double entry in the hub, merge requested"),
    ("np_conj", "initials lower case", "⟦N|e j smith⟧ on the pharmacy fax"),
    ("np_conj", "comma form with two suffixes", "⟦N|Smith, John e, III, Jr⟧ - PA #2 submitted"),
    ("np_conj", "roman numeral suffix", "⟦N|Larry James Johnson I⟧ and his son both on Cardelis"),
    ("np_conj", "lower case four parts", "⟦N|larry james edward johnson v⟧ (pt) missed 2 refills"),
    ("np_conj", "short surname", "⟦N|Yin Le⟧ asked about Rheumora and live vaccines - MI request"),
    ("np_conj", "middle initial lower case", "⟦N|Yin a Le⟧ - duplicate of the Le record"),
    ("np_conj", "title Rev. + name", "Rev. ⟦N|John A. Kenneth Doe⟧ (pt) asked for large-print leaflets"),
    ("np_conj", "comma form with title", "⟦N|Doe⟧, Rev. ⟦N|John A. Jr.⟧ - Medicare Part D appeal"),
    # --- nameparser tests/test_east_slavic_patronymic_order.py ---
    ("np_slav", "patronymic, surname first", "Пациент ⟦N|Ivanov Ivan Ivanovich⟧ - interpreter booked for the PSP call"),
    ("np_slav", "patronymic, surname first", "⟦N|Zarubkin Alexander Sergeevich⟧, 62, HFrEF, Cardelis titration"),
    ("np_slav", "hyphenated surname + patronymic", "⟦N|Blokin-Mechtalin Konstantin Yurievich⟧ - PA approved"),
    ("np_slav", "surname looks like patronymic", "⟦N|Petsevich Sergey Vitalyevich⟧ asked about Kyraxa for his wife."),
    ("np_slav", "Cyrillic", "⟦N|Иванов Иван Иванович⟧ - просит инструкцию на русском (Neurevia)"),
    ("np_slav", "Cyrillic irregular patronymic", "Родственник: ⟦N|Иванов Иван Ильич⟧, сын пациента"),
    ("np_slav", "comma form", "⟦N|Ivanov, Ivan Ivanovich⟧ DOB on file"),
    ("np_slav", "western order with patronymic", "⟦N|Roman Arkadyevich Abramovich⟧ (pt) - no relation, office joked"),
    # --- nameparser tests/test_titles.py ---
    ("np_title", "surname that is a title word", "⟦N|Amy E Maid⟧ (pt) on Glyvance 5 mg - pen training done"),
    ("np_title", "title with period + name", "Major. ⟦N|Dona Smith⟧ (ret.) - VA covers her Cardelis"),
    ("np_title", "surname that is a title word", "⟦N|John King⟧ asked if the savings card works with TRICARE."),
    ("np_title", "German title + name", "Herr ⟦N|Klaus Schmidt⟧ möchte den Beipackzettel auf Deutsch."),
    ("np_title", "Danish title + surname", "Frøken ⟦N|Jensen⟧ (pt) - called from Copenhagen about supply abroad"),
    ("np_title", "Spanish title + name", "Señora ⟦N|María García⟧ pidió información del programa de ayuda."),
    ("np_title", "surname 'Doctor'", "Pt ⟦N|Jane Doctor⟧ - yes that's her surname - PA approved."),
    ("np_title", "Mac with space", "⟦N|Jane Mac Beth⟧ (pt) moving to Edinburgh, needs transfer info"),
    ("np_title", "Mac as first name", "⟦N|Mac Miller⟧ - starter kit shipped"),
    ("np_title", "Dutch particles", "⟦N|Mike van der Velt⟧ asked for the Glyvance travel letter."),
    ("np_title", "Ben as middle name", "⟦N|Alex Ben Johnson⟧ and ⟦N|Ben Alex Johnson⟧ are twins, both pts of ⟦H|Dr Ruiz⟧."),
    ("np_title", "initials comma form", "⟦N|Smith, J.R.⟧ - pharmacy fax"),
    ("np_title", "initials", "⟦N|E.T. Smith⟧ (pt) called the hub twice"),
    ("np_title", "initial + surname", "⟦N|J. Smith⟧ 4th floor pt - PA pending"),
    ("np_title", "middle initial", "⟦N|John Q. Smith⟧ asked whether Rheumora can be split."),
    ("np_title", "military title + suffix", "Lt. Gen. ⟦N|John A. Kenneth Doe IV⟧ (ret.) - pt of the VA clinic, needs Cardelis PA"),
]

PHI_NEGATIVES: list[tuple[str, str, str]] = [
    ("fhir_prac", "clinician + institution + dates (no patient)", "⟦H|Dr Adam Careful⟧ - referring practitioner for ⟦I|Acme Hospital⟧ since ⟦I|1-Jan 2012⟧; wants HORIZON-CV slides for grand rounds."),
    ("fhir_prac", "clinician + location", "Met ⟦H|Adam Careful⟧ in the ⟦I|South Wing, second floor⟧ - asked about Cardelis in eGFR < 30."),
    ("fhir_glossy", "GP + clinic name", "GP ⟦H|Dr Adam Careful⟧ (⟦I|Good Health Clinic⟧) refers most renal pts to the Tuesday clinic."),
    ("fhir_evdb", "clinician + institution fax", "⟦H|Dr. Eric van den Broek⟧ (ENT, ⟦I|BMC⟧) - fax the MI response to ⟦I|0205664440⟧."),
    ("fhir_evdb", "clinician initials + work address", "⟦H|E.M. van den Broek⟧, KNO-arts, ⟦I|Galapagosweg 91⟧, ⟦I|9105 PZ Den Burg⟧ - samples Neurevia afgegeven"),
    ("fhir_evdb", "clinician + switchboard", "Practice line for ⟦H|Dr van den Broek⟧: ⟦I|0205568263⟧ (switchboard, ask for ENT)"),
    ("au_barnes", "clinician + provider number", "⟦H|Dr Amber Barnes⟧ (HPI-I ⟦I|8003611644101473⟧) wants the Cardelis dosing card for the rooms."),
    ("au_barnes", "clinician + eponym", "⟦H|Dr Barnes⟧ asked if Raynaud's or Hashimoto's change the Rheumora workup - MI to answer."),
    ("au_ramirez", "institution block", "Samples to ⟦I|Ramirezview Medical Centre⟧, ⟦I|Flat 21 34 Erica Expressway⟧, ⟦I|Ramirezview, SA, 2650⟧; ph ⟦I|13381601⟧, fax ⟦I|6147950735⟧"),
    ("au_ramirez", "institution mailbox + HPI-O", "Practice mailbox ⟦I|emassey@example.com⟧ (front desk, shared); HPI-O ⟦I|8003629224594990⟧"),
    ("au_miller", "GP + centre only", "⟦H|Dr Penney Walker⟧ @ ⟦I|South Stephaniestad Medical Centre⟧ - lunch-and-learn booked ⟦I|12/14⟧, 12:30."),
    ("ch_muster", "Swiss clinician", "⟦H|Dr. med. Hans Muster⟧ (Orthopädie) fragt nach Studien zu Rheumora bei Sjögren."),
    ("ch_meier", "insurer address", "Kostengutsprache an ⟦I|Krankenkasse AG⟧, ⟦I|Kassengraben 222⟧, ⟦I|Basel⟧ geschickt."),
    ("pyhl7", "OBR ordering + result providers", "OBR|1|845439^GHH OE|1045813^GHH LAB|1554-5^GLUCOSE|||200202150730||||||||⟦I|555-55-5555⟧^⟦H|PRIMARY^PATRICIA P⟧^^^^MD^^⟦I|LEVEL SEVEN HEALTHCARE, INC.⟧|||||||||F||||||⟦I|444-44-4444⟧^⟦H|HIPPOCRATES^HOWARD H⟧^^^^MD"),
    ("pyhl7", "MSH + OBX lines", "MSH|^~\\&|GHH LAB|ELAB-3|GHH OE|BLDG4|200202150930||ORU^R01|CNTRL-3456|P|2.4\nOBX|1|SN|1554-5^GLUCOSE^POST 12H CFST:MCNC:PT:SER/PLAS:QN||^182|mg/dl|70_105|H|||F"),
    ("pyhl7", "batch header lines", "FHS|^~\\&||ABCHS||AUSDHSV|20070101123401|||abchs20070101123401.hl7|\nBHS|^~\\&||ABCHS||AUSDHSV|20070101123401||||abchs20070101123401-1"),
    ("pyhl7", "clinicians in prose", "⟦H|Dr Patricia Primary⟧ ordered the fasting glucose; ⟦H|Dr Howard Hippocrates⟧ reads the results."),
    ("gig", "PV1 with three doctors", "PV1||I|W^389^1^UABH^^^^3||||12345^⟦H|MORGAN^REX^J⟧^^^MD^0010^UAMC^L||67890^⟦H|GRAINGER^LUCY^X⟧^^^MD^0010^UAMC^L|MED|||||A0||13579^⟦H|POTTER^SHERMAN^T⟧^^^MD^0010^UAMC^L|||||||||||||||||||||||||||200605290900"),
    ("gig", "OBX / AL1 / DG1 lines", "OBX|1|NM|^Body Height||1.80|m^Meter^ISO+|||||F\nAL1|1||^ASPIRIN\nDG1|1||786.50^CHEST PAIN, UNSPECIFIED^I9|||A"),
    ("gig", "clinicians in prose", "Lunch with ⟦H|Dr. Rex Morgan⟧ and ⟦H|Dr. Lucy Grainger⟧ (UAMC) - both asked about Cardelis vs ARNI."),
    ("gig", "employer business address", "Catering from ⟦I|Nickell's Pickles⟧, ⟦I|10000 W 100th Ave⟧, Birmingham - $14.20/head, under the cap."),
    ("gig", "MSH line", "MSH|^~\\&|MegaReg|XYZHospC|SuperOE|XYZImgCtr|20060529090131-0500||ADT^A01^ADT_A01|01052901|P|2.5\nEVN||200605290901||||"),
    ("hl7apy", "PV1 + IN1 without patient", "PV1|1|I|PATIENT WARD|U||||^⟦H|REFER^DOCTOR⟧^^MD|^⟦H|CONSUL^DOC⟧|CAR||||2|A0\nIN1|1|INSURANCE PLAN ID^PLAN DESC|COMPANY ID|INS CNY, INC.|⟦I|5555 INSURERS STREET^^SOMEWHERE^^^USA⟧"),
    ("hl7apy", "order / specimen lines", "SPM|1|100187400201^||SPECIMEN^Blood|||||||PSN^Human Patient||||||20110708162817||20110708162817|||||||1|CONTAINER^CONTAINER DESC\nORC|NW|83428|83428|18740|SC||||20110708162817\nOBR||83428|83428|TPO^ANTI THYROPEROXIDASE ANTIBODIES(TPO)^^TPO"),
    ("hl7apy", "MSA / QAK lines", "MSH|^~\\&|SEND APP|SEND FAC|REC APP|REC FAC|20110708163514||RSP^K22^RSP_K21|1234|D|2.5|||||ITA||EN\nMSA|AA|26775702551812240|\nQAK|111069|OK||1|1|0"),
    ("np_part", "clinician with particles", "⟦H|Dra. Andréia da Silva⟧ (endo) asked for Glyvance data in Portuguese."),
    ("np_part", "clinician with particles and suffix", "⟦H|Dr. Juan Q. Xavier de la dos Vega III⟧ - speaker program confirmed ⟦I|Jan 14⟧."),
    ("np_part", "clinician comma form", "Attending: ⟦H|de la dos Vega, Dr. Juan Q. Xavier III⟧ - approves the formulary add"),
    ("np_slav", "clinician with patronymic", "⟦H|Dr. Ivanov Ivan Ivanovich⟧ (neuro) wants CLARITY-MIG subgroup data."),
    ("np_title", "clinician", "⟦H|Dr. John Smith⟧ - 10 min in clinic, Kyraxa PALLAS-2 discussion; lot ⟦I|KX24118A⟧ samples left."),
    ("np_title", "eponymous street (institution)", "New clinic site: ⟦I|1200 Martin Luther King Jr. Blvd⟧, ⟦I|Suite 300⟧ - ⟦H|Dr. Okafor⟧'s group moves in March."),
    ("np_conj", "restaurant named like a person", "Dinner program at Buca di Beppo on ⟦I|12/03⟧ cancelled - compliance flagged the venue."),
    ("np_title", "title words only", "Met the Coach of the hospital wellness team and the CMO; no pts discussed."),
]
PHI_MORE: list[tuple[str, str, str]] = [
    # --- node-hl7-complete: ADT example (DUCK^DONALD) ---
    ("nh_adt", "PID segment verbatim (spaces as in the file)", "PID|1||⟦M|10006579⟧^^^1^MRN^1||⟦N|DUCK^DONALD^D⟧||⟦D|19241010⟧|M||1|⟦A|111 DUCK ST^^FOWL^CA^999990000^^M⟧|1|⟦P|8885551212⟧|⟦P|8885551212⟧|1|2||40007716^^^AccMgr^VN^1|⟦S|123121234⟧|||||||||||NO"),
    ("nh_adt", "NK1 segment verbatim (son)", "NK1|1|⟦N|DUCK^HUEY⟧|SO|⟦A|3583 DUCK RD^^FOWL^CA^999990000⟧|⟦P|8885552222⟧||Y"),
    ("nh_adt", "prose: name, DOB, SSN with dashes (rewritten)", "⟦N|Donald D. Duck⟧, DOB ⟦D|10/10/1924⟧, SSN ⟦S|123-12-1234⟧ - OA left leg, asked about Rheumora"),
    ("nh_adt", "prose: phone with dashes (rewritten) + address", "call ⟦P|888-555-1212⟧; lives ⟦A|111 Duck St⟧, ⟦A|Fowl, CA 99999-0000⟧"),
    ("nh_adt", "son as contact in prose", "Son ⟦N|Huey Duck⟧ (⟦P|(888) 555-2222⟧) handles his appointments."),
    ("nh_adt", "PV1 attending + GT1 guarantor", "PV1|1|I|PREOP^101^1^1^^^S|3|||37^⟦H|DISNEY^WALT⟧^^^^^^AccMgr^^^^CI\nGT1|1|8291|⟦N|DUCK^DONALD^D⟧||111^⟦A|DUCK ST^^FOWL^CA^999990000⟧|⟦P|8885551212⟧||⟦D|19241010⟧|M||1|⟦S|123121234⟧||||#⟦I|Cartoon Ducks Inc⟧"),
    # --- node-hl7-complete: SIU example (SMITH^MICHAEL) ---
    ("nh_siu", "PID segment verbatim", "PID|1||⟦M|489671⟧|0|⟦N|SMITH^MICHAEL^⟧||⟦D|20080205⟧|F|||⟦A|176215TH STREET^HOUSTON^TX^77306⟧||⟦P|(832)795-8259⟧|||S|||⟦S|999999999⟧"),
    ("nh_siu", "scheduling lines with staff", "SCH|00331839401|||||58||HLCK^HEALTHCHECK ANY AGE|20|MIN|^^^200803061000 |||||⟦H|JOHN⟧||||⟦H|VALERIE⟧|||||ARRIVED|\nAIL|1||HHR^⟦H|FPCS NGUYEN, MD⟧\nAIP|1||PBN^⟦H|LISAPORTER⟧|50"),
    ("nh_siu", "prose: pediatric pt + parent call", "Mom called re ⟦N|Michael Smith⟧ (DOB ⟦D|02/05/2008⟧), MRN ⟦M|489671⟧ - ⟦P|832-795-8259⟧"),
    ("nh_siu", "prose: run-together street", "Address on file ⟦A|17621 5th Street⟧, ⟦A|Houston, TX 77306⟧ (office typed it as 176215TH)"),
    # --- node-hl7-complete: DFT example (Duck^Daffy) ---
    ("nh_dft", "PID segment verbatim", "PID|1|⟦M|10476⟧|⟦M|10476⟧^^^MR&1.3.6.1.4.1.21367.2005.1.1&ISO^MR^1.3.6.1.4.1.21367.2005.1.1&MR&ISO~⟦S|999999999⟧^^^^SS||⟦N|Duck^Daffy⟧||⟦D|20100201⟧|M|||⟦A|123 Test St.^^Fort Wayne^IN^46125⟧||||||||⟦S|999999999⟧"),
    ("nh_dft", "FT1/PR1 with provider only", "FT1|1|||20100212000000||CG|76775|||1||||||^^^^407^^^^TESTLOCATION ||I|440.0~441.4|20^⟦H|Stewart^Patrick⟧^^^DO|||114078\nPR1|1|CPT|76775||20100212000000|||||||20^⟦H|Stewart^Patrick⟧^^^DO"),
    ("nh_dft", "prose: pt + address", "⟦N|Daffy Duck⟧ (MR ⟦M|10476⟧), ⟦A|123 Test St.⟧, ⟦A|Fort Wayne, IN 46125⟧ - AAA f/u w/ ⟦H|Dr. Patrick Stewart⟧"),
    # --- node-hl7-complete: NIST ORU test case 3 (Johnson^Philip) ---
    ("nh_nist3", "PID segment verbatim", "PID|||⟦M|9817566735⟧^^^MPI&2.16.840.1.113883.19.3.2.1&ISO^MR||⟦N|Johnson^Philip⟧||⟦D|20070526⟧|M||2106-3^White^HL70005|⟦A|3345 Elm Street^^Aurora^Colorado^80011^USA^M⟧||^PRN^^^^⟦P|303^5548889⟧"),
    ("nh_nist3", "ORC ordering provider + facility (no patient)", "ORC|RE|||||||||||1234^⟦H|Admit^Alan⟧^^^^^^ABC Medical Center&2.16.840.1.113883.19.4.6&ISO|||||||||⟦I|Level Seven Healthcare⟧^L^^^^ABC Medical Center|⟦I|1005 Healthcare Drive^^Ann Arbor^MI^48103^^B⟧|^^^^^⟦I|734^5553001⟧"),
    ("nh_nist3", "prose: child pt + phone", "⟦N|Philip Johnson⟧ (⟦D|05/26/2007⟧), lead level 25 - mom's number ⟦P|(303) 554-8889⟧"),
    ("nh_nist3", "prose: address", "⟦A|3345 Elm Street⟧, ⟦A|Aurora, Colorado 80011⟧"),
    # --- node-hl7-complete: MDM example (SMITH^JOHN) ---
    ("nh_mdm", "PID + TXA verbatim", "PID|1||⟦M|355281⟧||⟦N|SMITH^JOHN⟧|||||||||||||⟦I|00360397⟧\nTXA|1|06|FT||1095|20050916|20050918||1095^⟦H|JOHNSON^JOHN⟧|1095|MJS|9528"),
    ("nh_mdm", "OBX text lines verbatim", "OBX|1|TX|00360397|1|PATIENT NAME:|||||||||200509180000|||\nOBX|2|TX|00360397|1|⟦N|SMITH, JOHN E.⟧|||||||||200509180000|||"),
    ("nh_mdm", "OBX doctor + signature lines (no patient)", "OBX|10|TX|00360397|1|DOCTOR:|||||||||200509180000|||\nOBX|11|TX|00360397|1|⟦H|Charles Graber⟧|||||||||200509180000|||\nOBX|41|TX|00360397|1|By: ⟦H|JOHN JOHNSON⟧|||||||||200509180000|||\nOBX|42|TX|00360397|1|Location: ⟦I|299.188.444.626⟧"),
    # --- node-hl7-complete: BAR example (JONES^SAM) ---
    ("nh_bar", "PID verbatim", "PID|||⟦M|3000222452⟧||⟦N|JONES^SAM^A⟧||⟦D|19931114⟧|M||||||||||⟦I|1546740⟧|⟦S|666381774⟧|"),
    ("nh_bar", "GT1 guarantor (mother) verbatim", "GT1|0||⟦N|JONES^ANN^M⟧||⟦A|756 E FANNIN ST^^LAGRANGE^TX^789450000⟧|⟦P|9799660489⟧|||||M|||||⟦I|CARE INN⟧|⟦I|457 NMAIN^^LAGRANGE^TX^78945⟧|"),
    ("nh_bar", "prose: mother + phone", "Pt's mom ⟦N|Ann M. Jones⟧ (guarantor) - ⟦P|979-966-0489⟧, ⟦A|756 E Fannin St⟧, ⟦A|La Grange, TX 78945⟧"),
    ("nh_bar", "prose: SSN dotted (rewritten)", "⟦N|Sam A. Jones⟧, b. ⟦D|11/14/1993⟧, SSN ⟦S|666.38.1774⟧ - Medicaid, PA needed"),
    # --- more carriers for the FHIR / AU / CH records (mixed shapes) ---
    ("fhir_pat", "e-mail style with patient + HCP", "Hi,\n⟦H|Dr Ferris⟧ asked me to pass on that her pt ⟦N|Peter Chalmers⟧ (⟦D|12/25/1974⟧) still hasn't heard from the hub.\nThanks"),
    ("fhir_pat", "CRM one-liner, lower case name", "callback for ⟦N|peter chalmers⟧ re copay, ⟦P|03 5555 6473⟧"),
    ("fhir_pieter", "two patients in one note", "Samples/PAP: ⟦N|Pieter van de Heuvel⟧ (Cardelis) and ⟦N|Roelof Bor⟧ (Glyvance) - forms with the nurse."),
    ("fhir_roel", "e-mail address-like handle absent; phone with 0031", "Bel mevrouw ⟦N|Bor-Jansma⟧ terug op ⟦P|0031 20 1234567⟧"),
    ("fhir_glossy", "patient + GP in sentence", "⟦H|Dr Careful⟧ says ⟦N|Henry Levin⟧ (MRN ⟦M|123456⟧) tolerated the Cardelis uptitration."),
    ("au_banks", "AU address multi-line", "Deliver to:\n⟦N|Mia Banks⟧\n⟦A|50 Sebastien St⟧\n⟦A|MINJARY  NSW  2720⟧"),
    ("au_banks", "IHI + DOB in header", "⟦N|BANKS, Mia Leanne⟧ | DOB ⟦D|1983-08-25⟧ | IHI ⟦M|8003608333647261⟧"),
    ("au_miller", "husband's e-mail used by pt", "Mrs ⟦N|Miller⟧ wants updates at ⟦E|ronalddavis@example.org⟧ (her husband ⟦N|Ronald Davis⟧)"),
    ("au_miller", "DVA number prose", "DVA file no. ⟦M|TIV76893⟧ - gold card covers Rheumora"),
    ("au_smith", "Medicare spaced (rewritten)", "Medicare ⟦M|5416 45326 9⟧-2 for Mrs ⟦N|J. Smith⟧"),
    ("ch_meier", "Swiss chart header", "⟦N|MEIER Petra⟧, ⟦D|26.03.1992⟧, PID ⟦M|P06543⟧"),
    ("ch_meier", "phone without plus", "Rückruf bitte auf ⟦P|033 333 33 33⟧ (Frau ⟦N|Meier⟧)"),
    ("fsh_shaw", "mother as contact", "Mom (⟦N|Shaw⟧) asked for the teen program; ⟦N|Amy⟧ is 19 now."),
    ("rems", "REMS form fields", "Patient: ⟦N|August Samuels⟧ | DOB: ⟦D|1989-03-12⟧ | Address: ⟦A|10023 Oakways Ln⟧, ⟦A|Concord MA 01742⟧"),
    ("pyhl7", "Eve Everywoman chart header", "⟦N|EVERYWOMAN, EVE E⟧  F  DOB ⟦D|03/20/1962⟧  SSN ⟦S|555 44 4444⟧"),
    ("gig", "Barry in e-mail", "From the office manager: \"⟦N|Barry Kleinsample⟧'s PA was approved, DOB ⟦D|10 Sep 1962⟧\""),
    ("hl7apy", "John Smith (Cagliari) in Italian", "Il sig. ⟦N|Smith John⟧ (⟦D|13/01/1969⟧) - ⟦A|Via delle Vie⟧, ⟦I|Cagliari⟧ - chiede campioni"),
    ("np_part", "two patients with particles", "⟦N|Jean de Mesnil⟧ and ⟦N|Rafael Sousa dos Anjos⟧ both switched to Veltrana at ⟦H|Dr. Lee⟧'s clinic."),
    ("np_nick", "nickname only in parentheses style", "Pt ⟦N|Franklin⟧ (\"⟦N|Big Ben⟧\") asked again about the copay card."),
    ("np_slav", "Cyrillic in e-mail", "Пишет дочь пациента ⟦N|Иванова Ивана Ивановича⟧: нужен рецепт."),
]
PHI_EXTRA: list[tuple[str, str, str]] = [
    # more contact-detail shapes (rewritten forms say so in the record)
    ("fhir_pieter", "e-mail spelled out (rewritten)", "He dictated his e-mail as ⟦E|p dot heuvel at gmail dot com⟧ - told him the office must request materials."),
    ("au_banks", "e-mail in angle brackets", "From: ⟦N|Mia Banks⟧ <⟦E|mia.banks@myownpersonaldomain.com⟧>\nSubject: starter kit"),
    ("fsh_shaw", "e-mail with [at] (rewritten)", "mom wrote it as ⟦E|amy.shaw [at] example.com⟧ on the sign-in sheet"),
    ("au_miller", "e-mail upper case (rewritten)", "EMAIL: ⟦E|RONALDDAVIS@EXAMPLE.ORG⟧ (pt ⟦N|MILLER, ROBIN⟧)"),
    ("fhir_person", "e-mail after name in parentheses", "⟦N|Jim Chalmers⟧ (⟦E|Jim@example.org⟧) wants the PSP to stop texting."),
    ("fhir_pat", "phone with country code (rewritten)", "Pt is travelling, reach him on ⟦P|+61 3 5555 6473⟧ (work line, Australia)."),
    ("fhir_pat", "phone with extension", "Work ⟦P|(03) 5555 6473 ext. 12⟧ - ask for ⟦N|Peter⟧"),
    ("fhir_roel", "Dutch mobile with spaces", "Roel's mobiel: ⟦P|06 12 34 56 78⟧"),
    ("fhir_pieter", "partner phone +31 (rewritten)", "Partner ⟦N|S. Abels⟧ +31 number ⟦P|+31 6 9038 3372⟧"),
    ("ch_meier", "Swiss phone 0041 (rewritten)", "Frau ⟦N|P. Meier⟧, ⟦P|0041 33 333 33 33⟧, ruft wegen Rheumora-Kostengutsprache an"),
    ("au_banks", "AU mobile international (rewritten)", "Mia's mobile from overseas: ⟦P|+61 491 574 632⟧"),
    ("nh_adt", "phone with dots (rewritten)", "Huey's number ⟦P|888.555.2222⟧ (son, ⟦N|H. Duck⟧)"),
    ("nh_siu", "phone verbatim in sentence", "Mom's cell ⟦P|(832)795-8259⟧, call after school pickup."),
    ("nh_nist3", "phone from XTN components (rewritten)", "Home phone for ⟦N|Philip⟧: ⟦P|303-554-8889⟧"),
    ("nh_bar", "phone verbatim", "Guarantor ⟦N|Ann Jones⟧ ⟦P|9799660489⟧"),
    ("nh_adt", "SSN verbatim in prose", "SSN ⟦S|123121234⟧ on the Medicare card copy for ⟦N|D. Duck⟧ - asked office not to send"),
    ("nh_bar", "SSN dashes (rewritten)", "pt SSN ⟦S|666-38-1774⟧ (⟦N|Sam Jones⟧)"),
    ("ch_meier", "AHV dotted in German note", "AHV ⟦S|756.2295.8830.70⟧, Versicherte ⟦N|Petra Meier⟧"),
    ("fhir_roel", "BSN with label in Dutch", "burgerservicenummer ⟦S|123456789⟧ (dhr. ⟦N|Bor⟧)"),
    ("nh_dft", "address multi-line", "⟦N|Daffy Duck⟧\n⟦A|123 Test St.⟧\n⟦A|Fort Wayne, IN 46125⟧"),
    ("nh_adt", "address multi-line (son)", "Son's address:\n⟦A|3583 Duck Rd⟧\n⟦A|Fowl, CA 99999⟧"),
    ("rems", "address one line no comma", "⟦A|10023 Oakways Ln Concord MA 01742⟧ (⟦N|A. Samuels⟧)"),
    ("fsh_shaw", "address multi-line", "⟦N|Amy V. Shaw⟧\n⟦A|49 Meadow St⟧\n⟦A|Mounds OK 74047⟧\nUS"),
    ("au_miller", "DOB ISO with name", "⟦N|Robin Miller⟧ ⟦D|1955-12-23⟧ F"),
    ("fhir_glossy", "DOB written out", "Mr ⟦N|Levin⟧ was born on the ⟦D|24th of September 1932⟧."),
    ("fhir_proband", "DOB US format", "⟦N|Annie⟧ (DOB ⟦D|04/04/1966⟧) - genetics clinic pt"),
    # hard negatives: clinicians/institutions from the sources + drug names, eponyms, lots, visit dates, switchboards
    ("fhir_prac", "clinician + visit date + lot", "Visit ⟦I|2026-11-03⟧ w/ ⟦H|Dr Adam Careful⟧: left 4 Cardelis sample packs, lot ⟦I|CD5521-07⟧, exp ⟦I|08/2027⟧."),
    ("fhir_prac", "clinician + eponym question", "⟦H|Dr Careful⟧ asked whether Stevens-Johnson or Guillain-Barré were seen in HORIZON-CV - sent to MI."),
    ("fhir_evdb", "clinician + company MI line", "Gave ⟦H|Dr van den Broek⟧ our medical information number ⟦I|1-800-555-0199⟧ for the Neurevia questions."),
    ("au_barnes", "clinician + Crohn's + lot", "⟦H|Dr Amber Barnes⟧: Crohn's pts excluded from ORBIT-RA? Left Rheumora samples lot ⟦I|RH2291B⟧."),
    ("au_barnes", "clinician + trial names", "⟦H|Barnes⟧ liked the ZENITH-1 and PALLAS-2 summaries; wants HORIZON-HFpEF poster."),
    ("au_ramirez", "institution phone + visit date", "⟦I|Ramirezview Medical Centre⟧ front desk ⟦I|13381601⟧ - in-service moved to ⟦I|Thu 12/10⟧."),
    ("au_miller", "clinician + Parkinson's", "⟦H|Dr Penney Walker⟧ has several Parkinson's pts on the same ward; asked about Neurevia interactions in general."),
    ("ch_muster", "clinician + Bechterew eponym", "⟦H|Hans Muster⟧ (Orthopädie) - Morbus Bechterew kein Thema für Rheumora, nur RA."),
    ("ch_meier", "insurer + GLN", "Krankenkasse GLN ⟦I|7601002331470⟧ für die Kostengutsprache - ⟦I|Krankenkasse AG⟧, ⟦I|Kassengraben 222⟧"),
    ("gig", "clinician + Cushing", "⟦H|Dr. Grainger⟧ asked whether Cushing's or Addison's pts were in the Glyvance trials."),
    ("gig", "three clinicians at lunch", "Lunch: ⟦H|Rex Morgan MD⟧, ⟦H|Lucy Grainger MD⟧, ⟦H|Sherman Potter MD⟧ - 22 min, Cardelis HORIZON-CV data."),
    ("nh_dft", "clinician DO only", "⟦H|Patrick Stewart, DO⟧ (vascular) - not our target, left card."),
    ("nh_siu", "clinician + Bell's palsy", "⟦H|Dr. Susan Nguyen⟧ asked whether Bell's palsy was reported with Neurevia - MI request #4471."),
    ("nh_nist3", "institution lab address", "Send the lab kit to ⟦I|NIST Lab, Inc.⟧, ⟦I|3434 Industrial Lane⟧, ⟦I|Ann Arbor, MI 48103⟧."),
    ("nh_mdm", "radiologist + accession", "⟦H|Dr. Charles Graber⟧ (radiology) read the study; accession ⟦I|00360397⟧ - no product discussion."),
    ("nh_bar", "employer address only", "⟦I|Care Inn⟧, ⟦I|457 N Main⟧, ⟦I|La Grange, TX 78945⟧ - nursing home on the new territory list."),
    ("np_title", "clinician + eponym", "⟦H|Dr. John Smith⟧ - Hodgkin's and Kaposi questions re Veltrana, sent to MSL."),
    ("np_part", "clinician with particle + Sjögren", "⟦H|Dra. da Silva⟧ asked about Sjögren's overlap in ORBIT-RA."),
    ("np_slav", "clinician Cyrillic", "Врач ⟦H|Иванов И. И.⟧ попросил данные CLARITY-MIG."),
    ("fhir_pieter", "institution only", "⟦I|Burgers University Medical Centre⟧ heart-failure clinic - formulary meeting ⟦I|15 Jan⟧."),
    # positives: tricky contexts
    ("fhir_pieter", "name directly after product", "Cardelis ⟦N|Pieter van de Heuvel⟧ - uptitrated to 5 mg"),
    ("fhir_roel", "name in possessive", "⟦N|Roel Bor⟧'s wife called about the pen needles."),
    ("au_banks", "name after 'for'", "PAP form for ⟦N|Mia Banks⟧ missing page 2."),
    ("au_miller", "name + HCP same line", "⟦H|Dr Walker⟧'s pt ⟦N|Robin Miller⟧ - Medicare ⟦M|56450729222⟧ - PBS authority approved."),
    ("nh_adt", "pt as Last, First with middle", "⟦N|Duck, Donald D⟧ / MRN ⟦M|10006579⟧"),
    ("nh_siu", "SSN in prose with label", "SS# ⟦S|999-99-9999⟧ on the intake (pt ⟦N|M. Smith⟧) - asked office to stop sending that"),
    ("nh_bar", "guarantor phone only", "Guarantor phone ⟦P|(979) 966-0489⟧"),
    ("nh_nist3", "MPI number", "MPI ⟦M|9817566735⟧ (⟦N|Johnson, Philip⟧)"),
    ("nh_dft", "DOB + name ISO", "⟦N|Daffy Duck⟧ ⟦D|2010-02-01⟧"),
    ("nh_mdm", "name in free text", "Office says ⟦N|John E. Smith⟧ (MRN ⟦M|355281⟧) had the chest tube out; no product involved."),
    ("fsh_shaw", "e-mail in sentence end", "She prefers e-mail: ⟦E|amy.shaw@example.com⟧."),
    ("ch_meier", "name with title Frau only", "Frau ⟦N|Meier⟧ hat angerufen."),
    ("fhir_rel", "e-mail style to hub", "Subject: pt ⟦N|B. du Marché⟧ - travel supply\nShe'll be at ⟦A|43, Place du Marché Sainte Catherine⟧, ⟦A|75004 Paris⟧ until March."),
    ("pyhl7", "phones only", "pt phones: ⟦P|(206)3345232⟧ home / ⟦P|(206)752-121⟧ work (incomplete)"),
    ("gig", "MRN with label PI", "Patient ID (PI) ⟦M|56782445⟧ - ⟦N|Kleinsample⟧"),
]

# (class, text, products, source key, reported)
SAFETY: list[tuple[str, str, list[str], str, bool]] = [
    # ---------------- positives: ae ----------------
    ("ae", "Dr Kaur: pt on Veltrana 6 wks developed interstitial lung disease on CT, steroids started, Veltrana on hold. Case passed to our PV team same day.", ["Veltrana"], "fda_pm", True),
    ("ae", "Onc NP said one of their Kyraxa pts was admitted with pancreatitis last month, lipase 4x ULN, drug held since.", ["Kyraxa"], "fda_pm", False),
    ("ae", "Cardelis - cardiologist saw K+ 6.4 after the step to 10 mg, cut back to 5 mg and repeat labs Friday.", ["Cardelis"], "fda_pm", False),
    ("ae", "Hosp pharmacist: 2 of their Glyvance pts needed a cholecystectomy for gallstones this quarter, she wonders if it's the drug.", ["Glyvance"], "fda_pm", False),
    ("ae", "Rheumora - pt got shingles across the chest ~3 months in, on valaciclovir, Rheumora paused till it heals.", ["Rheumora"], "fda_pm", False),
    ("ae", "Neurevia: pt had a first-ever seizure 2 weeks after starting; neuro stopped it. Drug safety informed within 24h, ref DS-26-0412.", ["Neurevia"], "fda_pm", True),
    ("ae", "veltrana pt w/ gr 3 diarrhoea, 8 stools/day, admitted for IV fluids over the weekend", ["Veltrana"], "smpc48", False),
    ("ae", "Kyraxa - nausea so bad she's been skipping doses, onc added ondansetron and asked what else helps.", ["Kyraxa"], "smpc48", False),
    ("ae", "Cardelis pt fainted getting out of bed, BP 85/50 at the office, dose reduced back to 2.5 mg.", ["Cardelis"], "smpc48", False),
    ("ae", "glyvance - red itchy lumps at the injection site every week now, pt wants to quit", ["Glyvance"], "smpc48", False),
    ("ae", "Rheumora: ALT 3x ULN at the wk-12 check, hepatology consult booked, drug held.", ["Rheumora"], "smpc48", False),
    ("ae", "Neurevia - pt describes pins and needles in both hands and feet since starting, worse at night.", ["Neurevia"], "smpc48", False),
    ("ae", "Pt on Kyraxa had swelling of the lips and tongue on Saturday, ER gave adrenaline and steroids. Called it in to Patient Safety while still in the office.", ["Kyraxa"], "pil", True),
    ("ae", "Pt told the nurse she keeps seeing flashing lights and her vision is blurry since Veltrana, ophtho referral made.", ["Veltrana"], "pil", False),
    ("ae", "Glyvance pt - severe stomach pain going through to the back plus vomiting, ER diagnosed pancreatitis, pen stopped.", ["Glyvance"], "pil", False),
    ("ae", "Wife says Neurevia made him low, talking about 'not wanting to be here'; psych saw him Tues, drug stopped.", ["Neurevia"], "pil", False),
    ("ae", "Cardelis - dry tickly cough that won't go away since starting, GP asking whether to switch.", ["Cardelis"], "pil", False),
    ("ae", "Rheumora: third course of antibiotics for chest infections since she started in June.", ["Rheumora"], "pil", False),
    ("ae", "Office pasted from the d/c summary: 'AKI likely 2/2 Cardelis + high-dose furosemide; Cardelis held, Cr 2.9 -> 1.6.'", ["Cardelis"], "n2c2", False),
    ("ae", "Onc note: 'maculopapular rash secondary to Veltrana, grade 2, topical steroid, resumed at 400 mg.'", ["Veltrana"], "n2c2", False),
    ("ae", "NP: Kyraxa d/c'd due to neutropenia, ANC 0.8, got G-CSF. Completed the AE intake call with Global Safety.", ["Kyraxa"], "n2c2", True),
    ("ae", "Endo's note: 'hypoglycemia on Glyvance + glipizide, BG 42, EMS called' - glipizide stopped, Glyvance continued.", ["Glyvance"], "n2c2", False),
    ("ae", "s/p Rheumora x4 mo, now L leg DVT on duplex; Rheumora dc'd, apixaban started.", ["Rheumora"], "n2c2", False),
    ("ae", "Cardio mentioned a pt on Cardelis with HR 42 and dizziness, being worked up for a pacemaker.", ["Cardelis"], "made", False),
    ("ae", "Neurevia - she's put on 9 kg in 3 months and blames the tablets, wants to stop.", ["Neurevia"], "made", False),
    ("ae", "Veltrana: QTc 520 ms on the routine ECG, drug held, K and Mg repleted. Escalated to pharmacovigilance, ticket 88231.", ["Veltrana"], "made", True),
    ("ae", "Kyraxa pt with hot flushes and joint pain bad enough she stopped working; onc thinking of a dose hold.", ["Kyraxa"], "made", False),
    ("ae", "Pt says Glyvance makes her burp rotten eggs all day and she can't get through a meal.", ["Glyvance"], "twimed", False),
    ("ae", "Kyraxa - pt says her brush is full of hair every morning since starting, wearing a scarf now.", ["Kyraxa"], "twimed", False),
    ("ae", "Pharmacist: pt says Neurevia gives everything a metal taste, can't drink coffee anymore.", ["Neurevia"], "twimed", False),
    ("ae", "RA pt on Rheumora: 'my legs feel like lead and I'm wiped out by 2pm every day' - new since the switch.", ["Rheumora"], "twimed", False),
    ("ae", "Huisarts: pt op Cardelis kreeg na een week jeuk over het hele lichaam en galbulten, gestopt.", ["Cardelis"], "lareb", False),
    ("ae", "GP: vivid nightmares every night after starting Neurevia, better once she moved the dose to the morning.", ["Neurevia"], "lareb", False),
    ("ae", "Pharmacist noticed a Glyvance pt with thinning hair and brittle, splitting nails since the 10 mg step.", ["Glyvance"], "lareb", False),
    ("ae", "Veltrana pt hospitalised with myocarditis, troponin up, 2 days ICU. Entered in the safety reporting system via the field form.", ["Veltrana"], "hc", True),
    ("ae", "Cardelis pt - sudden hearing loss in the right ear, ENT found no other cause, asked if we've seen it.", ["Cardelis"], "hc", False),
    ("ae", "Rheumora: retinal vein occlusion in one pt, the ophthalmologist asked whether there's a signal.", ["Rheumora"], "tga", False),
    ("ae", "Kyraxa - 'mouth ulcers so bad she can't eat', onc calls it grade 3 stomatitis, held a week.", ["Kyraxa"], "tga", False),
    ("ae", "Subject: Glyvance question\n\nHi, I'm Dr Obi's nurse. One of our patients was in hospital with severe dehydration after 4 days of vomiting on the 7.5 mg step. She's home now. Can someone call us about restarting?\n\nThanks", ["Glyvance"], "pil", False),
    ("ae", "MI request from Dr Patel: any data on Neurevia and liver injury? Her pt's ALT hit 400 on it, normalised after stopping.", ["Neurevia"], "fda_pm", False),
    ("ae", "Rheumora restarted once the rash settled and the rash was back within 3 days; rheum stopped it for good.", ["Rheumora"], "lareb", False),
    ("ae", "Sad news from Dr Lind - his Veltrana pt died suddenly at home last week, family said she'd been breathless; cause unknown so far. PV acknowledged receipt this afternoon.", ["Veltrana"], "hc", True),
    ("ae", "Kyraxa pt had a dizzy spell on day 10, fell and broke her wrist.", ["Kyraxa"], "tga", False),
    ("ae", "Cardelis - ankles much more swollen since the dose was doubled, pt upset.", ["Cardelis"], "made", False),
    ("ae", "Glyvance: constipated 2 weeks, ended up at urgent care for an enema.", ["Glyvance"], "twimed", False),
    ("ae", "Neurevia stopped after 3 days - palpitations, HR 130 at urgent care.", ["Neurevia"], "n2c2", False),
    ("ae", "Rheumora: LDL went from 110 to 190 in 8 weeks, her cardiologist is not happy.", ["Rheumora"], "smpc48", False),
    ("ae", "Veltrana pt - blistering sunburn after 20 min in the garden, never burned like that before.", ["Veltrana"], "pil", False),
    ("ae", "Pt on Kyraxa admitted with a PE, now on enoxaparin; onc keeps Kyraxa going. Handed over to the safety desk.", ["Kyraxa"], "tga", True),
    ("ae", "renovabrin - cardiologist says one of his pts developed painful gynaecomastia on it.", ["Cardelis"], "fda_pm", False),
    ("ae", "Rheumorra pt w/ CK 8x ULN and muscle aches, statin not changed, rheum held the JAK.", ["Rheumora"], "made", False),
    ("ae", "Dr Chen: two of her Glyvance pts have had bad heartburn and reflux since the dose increase, one now on a PPI. I still need to send these to PV.", ["Glyvance"], "twimed", False),
    ("ae", "Neurevia - pt's BP was 168/100 at the last two visits, was 120s before starting. Dr says she'll file a MedWatch herself.", ["Neurevia"], "hc", False),
    ("ae", "Cardelis: gout flare in the big toe 3 wks after starting, uric acid 9.8.", ["Cardelis"], "smpc48", False),
    ("ae", "Veltrana - fatigue grade 2 and appetite gone, lost 5 kg; onc thinking 400 mg. Will forward to safety tomorrow.", ["Veltrana"], "made", False),
    # ---------------- positives: special situations ----------------
    ("medication_error", "Pharmacy handed out Kyraxa 400 mg instead of her Cardelis 2.5 mg (boxes next to each other); she took it 3 days before noticing. No symptoms yet.", ["Kyraxa", "Cardelis"], "meddra_ptc", False),
    ("medication_error", "Glyvance pt never pulled the inner needle cap off - 3 weekly 'injections' with no drug delivered.", ["Glyvance"], "meddra_ptc", False),
    ("medication_error", "Nursing home gave Neurevia 60 mg twice a day for a week (transcription error), resident very drowsy. Safety case opened by me after the call.", ["Neurevia"], "meddra_ptc", True),
    ("medication_error", "Pharmacy label on the Veltrana said 'take before breakfast on an empty stomach'; pt did that for a month.", ["Veltrana"], "meddra_ptc", False),
    ("medication_error", "Glyvance pen had been at the back of the fridge and frozen solid - pt let it thaw and injected it anyway.", ["Glyvance"], "cioms_gloss", False),
    ("medication_error", "Cardelis dispensed to the neighbour with the same surname; the neighbour took 2 tablets before the pharmacy called.", ["Cardelis"], "cioms_gloss", False),
    ("medication_error", "Script read Glyvance 10 mg so pt started at 10 mg, skipping the 2.5 and 5 mg steps.", ["Glyvance"], "meddra_ptc", False),
    ("medication_error", "Pt mixed up the two bottles and took Kyraxa twice Monday then none Tuesday, no AE noticed.", ["Kyraxa"], "meddra_ptc", False),
    ("pregnancy", "Onc: Kyraxa pt found out she's 7 weeks pregnant, drug stopped, OB referral done. Drug Safety received the pregnancy notification from me.", ["Kyraxa"], "gvp_p3", True),
    ("pregnancy", "Glyvance - conceived while on it, now 12 wks, endo moving her to insulin.", ["Glyvance"], "gvp_p3", False),
    ("pregnancy", "Rheumora pt's girlfriend is pregnant; he was taking Rheumora when she conceived. He asked if the baby is at risk.", ["Rheumora"], "gvp_p3", False),
    ("pregnancy", "Neurevia pt miscarried at 9 wks; she took it until the positive test.", ["Neurevia"], "gvp_p3", False),
    ("pregnancy", "Peds geneticist asking for data: baby born with a cleft lip, mother on Cardelis through the first trimester.", ["Cardelis"], "gvp_p3", False),
    ("breastfeeding", "New mum breastfeeding her 2-month-old restarted Neurevia; baby very sleepy and not feeding well.", ["Neurevia"], "gvp_p3", False),
    ("breastfeeding", "OB: pt on Glyvance is nursing her 4-month-old, baby fine so far - just flagging the exposure.", ["Glyvance"], "gvp_p3", False),
    ("breastfeeding", "Rheumora - lactating pt, infant has a rash; pediatrician wonders if it came through the milk.", ["Rheumora"], "gvp_p3", False),
    ("overdose", "Pt took 5 Neurevia (300 mg) after a bad migraine day, slept 20 h, ED observed overnight. Notified global PV of the overdose.", ["Neurevia"], "meddra_ptc", True),
    ("overdose", "Pt doubled his Veltrana to 1200 mg for 5 days 'to make it work faster', no symptoms he noticed.", ["Veltrana"], "meddra_ptc", False),
    ("overdose", "Kyraxa pt swallowed the whole blister in a suicide attempt, in ICU.", ["Kyraxa"], "cioms_gloss", False),
    ("overdose", "Glyvance: injected two 15 mg pens the same day by mistake, vomiting all night.", ["Glyvance"], "meddra_ptc", False),
    ("lack_of_effect", "Cardelis - 3 HF admissions in 4 months despite target dose, cardio says it's 'doing nothing'.", ["Cardelis"], "cioms_gloss", False),
    ("lack_of_effect", "Neurevia 3 months, still 14 migraine days a month, zero change from baseline.", ["Neurevia"], "meddra_ptc", False),
    ("lack_of_effect", "Glyvance 15 mg with good adherence and A1c still went from 8.1 to 8.9.", ["Glyvance"], "meddra_ptc", False),
    ("lack_of_effect", "Rheumora - flaring after 6 months, DAS28 unchanged, switching. PV informed; follow-up questionnaire going to the rheum.", ["Rheumora"], "cioms_gloss", True),
    ("lack_of_effect", "Glyvance pens from one box 'did nothing' - sugars in the 300s all week, normal again with a new box.", ["Glyvance"], "meddra_ptc", False),
    ("off_label", "Derm using Rheumora for alopecia areata in a 15-year-old; she got an acne flare and daily headaches.", ["Rheumora"], "meddra_ptc", False),
    ("off_label", "Neurevia prescribed for cluster headache (not migraine); pt had chest tightness after the 2nd dose.", ["Neurevia"], "meddra_ptc", False),
    ("off_label", "GP put a non-diabetic pt on Glyvance for weight loss, she had severe vomiting for a week.", ["Glyvance"], "cioms_gloss", False),
    ("off_label", "Cardelis given to a HFpEF pt (EF 60%) by the GP, BP dropped and she fell.", ["Cardelis"], "meddra_ptc", False),
    ("interaction", "LFTs tripled after clarithromycin was added to Kyraxa for a chest infection.", ["Kyraxa"], "fda_pm", False),
    ("interaction", "Cardelis + spironolactone + trimethoprim -> K 6.8, ED visit.", ["Cardelis"], "n2c2", False),
    ("interaction", "Rheumora pt started rifampicin for latent TB and her RA flared within 2 weeks - rheum suspects the rifampicin lowered levels.", ["Rheumora"], "smpc48", False),
    ("interaction", "Neurevia + St John's wort she bought herself: tremor, sweating and agitation, urgent care suspected serotonin toxicity.", ["Neurevia"], "lareb", False),
    ("misuse", "Pt's teenage son was taking her Neurevia to 'chill out' at parties, mum found out from the pill count.", ["Neurevia"], "cioms_gloss", False),
    ("misuse", "Pt injecting Glyvance every day instead of weekly to lose weight before her wedding, vomiting. Filed an adverse event report with our safety group.", ["Glyvance"], "meddra_ptc", True),
    ("misuse", "Addiction clinic: pt was crushing and snorting Neurevia for a high.", ["Neurevia"], "cioms_gloss", False),
    ("exposure", "Nurse got a needlestick from a used Glyvance pen; no symptoms, occupational health informed.", ["Glyvance"], "meddra_ptc", False),
    ("exposure", "Toddler chewed a Cardelis tablet from grandma's pill organiser, poison centre advised observation.", ["Cardelis"], "meddra_ptc", False),
    ("exposure", "Pharmacy tech crushed Veltrana for a tube-fed pt without gloves and got a rash on both hands.", ["Veltrana"], "cioms_gloss", False),
    ("transmission", "Fever and an injection-site abscess growing Pseudomonas after a new Glyvance pen; ID doc suspects the product was contaminated.", ["Glyvance"], "meddra_ptc", False),
    ("transmission", "Hospital infection control asking about Burkholderia bacteraemia in a pt who used Glyvance pens from one box - looking at the product as the source. E-mailed the details to the safety inbox.", ["Glyvance"], "cioms_gloss", True),
    # ---------------- hard negatives ----------------
    ("negated", "Asked about hair loss with Kyraxa - none of her pts have had any.", ["Kyraxa"], "i2b2_assert", False),
    ("negated", "Cardelis: K+ checked at 2 wks was normal; no dizziness, no cough.", ["Cardelis"], "i2b2_assert", False),
    ("negated", "Glyvance: pt denies any nausea or vomiting, eating normally.", ["Glyvance"], "negbio", False),
    ("negated", "Rheumora 6 mo: labs unremarkable, LFTs WNL, no infections.", ["Rheumora"], "negbio", False),
    ("negated", "Neurevia - no change in mood, PHQ-9 stable at 3, wife agrees.", ["Neurevia"], "i2b2_assert", False),
    ("negated", "Veltrana pt: CXR shows no evidence of pneumonitis; sats 98%.", ["Veltrana"], "negbio", False),
    ("negated", "ECG on Veltrana: QTc 430, same as baseline, no arrhythmia.", ["Veltrana"], "negbio", False),
    ("negated", "The 'high ALT' on the Rheumora pt was a lab mix-up - repeat normal, it was never raised.", ["Rheumora"], "i2b2_assert", False),
    ("negated", "Not one injection-site reaction among his 30 Glyvance pts.", ["Glyvance"], "negbio", False),
    ("negated", "Pt was worried about weight gain on Neurevia, but weight is steady at 68 kg.", ["Neurevia"], "i2b2_assert", False),
    ("negated", "Three Kyraxa pts at 4 months, none with any side effects so far per the NP.", ["Kyraxa"], "i2b2_assert", False),
    ("negated", "Kyraxa pt's staging CT: no PE, no DVT, nothing new.", ["Kyraxa"], "negbio", False),
    ("negated", "Rheumora pts all got the zoster vaccine first and nobody has had shingles.", ["Rheumora"], "i2b2_assert", False),
    ("negated", "Cardelis: no angioedema in any pt, including the ones who were ACE-intolerant.", ["Cardelis"], "negbio", False),
    ("hypothetical", "Dr asked what to do if a pt on Cardelis develops hyperkalaemia - wants the dose-adjustment table.", ["Cardelis"], "i2b2_assert", False),
    ("hypothetical", "Would Neurevia be OK if one of her pts became pregnant? Sent to MI.", ["Neurevia"], "i2b2_assert", False),
    ("hypothetical", "She asked whether Glyvance could cause pancreatitis - for counselling future pts.", ["Glyvance"], "i2b2_assert", False),
    ("hypothetical", "If someone misses two Kyraxa doses, should they double up? Wants written guidance.", ["Kyraxa"], "negbio", False),
    ("hypothetical", "Pharmacist wants the plan in case of an accidental Rheumora overdose, for the protocol binder.", ["Rheumora"], "i2b2_assert", False),
    ("hypothetical", "Could Veltrana interact with PPIs? None of her pts are on both yet.", ["Veltrana"], "i2b2_assert", False),
    ("hypothetical", "Wants the hair-loss counselling sheet before she starts anyone on Kyraxa.", ["Kyraxa"], "negbio", False),
    ("hypothetical", "Should she monitor ECGs on Veltrana? Asked what the QT risk is before first scripts.", ["Veltrana"], "i2b2_assert", False),
    ("hypothetical", "Is Glyvance excreted in breast milk? Asked for future pts, none nursing now.", ["Glyvance"], "i2b2_assert", False),
    ("hypothetical", "NP: 'what if a kid gets into the Cardelis?' - wants the child-resistant packaging info.", ["Cardelis"], "negbio", False),
    ("hypothetical", "Might consider Neurevia for cluster headache - asked if any data exist, hasn't prescribed it.", ["Neurevia"], "i2b2_assert", False),
    ("hypothetical", "Does St John's wort reduce Kyraxa levels? For her counselling handout.", ["Kyraxa"], "negbio", False),
    ("label_rate", "Went through the label: nausea 22% vs 9% placebo with Glyvance in SUMMIT-T2D.", ["Glyvance"], "smpc48", False),
    ("label_rate", "ORBIT-RA serious infections 3.1 per 100 PY - left the safety slide.", ["Rheumora"], "fda_pm", False),
    ("label_rate", "Reviewed the ILD rate in the Veltrana PI (2.4%, fatal 0.3%) with the fellows.", ["Veltrana"], "fda_pm", False),
    ("label_rate", "HORIZON-CV hyperkalaemia 5.9% vs 3.8% - Dr wanted the table for his nurses.", ["Cardelis"], "smpc48", False),
    ("label_rate", "Kyraxa grade 3+ neutropenia 11% in PALLAS-2, it's on the leave-behind.", ["Kyraxa"], "smpc48", False),
    ("label_rate", "CLARITY-MIG: dizziness listed as common (>=1/100 to <1/10) in the SmPC.", ["Neurevia"], "smpc48", False),
    ("label_rate", "Discussed the Rheumora boxed warning (thrombosis, MACE, malignancy) and how it compares with the class.", ["Rheumora"], "fda_pm", False),
    ("label_rate", "Poster: hypoglycaemia 0.4% with Glyvance monotherapy.", ["Glyvance"], "smpc48", False),
    ("label_rate", "Postmarketing section lists pancreatitis for Glyvance with frequency 'not known' - she asked what that means.", ["Glyvance"], "fda_pm", False),
    ("hcp_own", "Dr Moreno out next week for her own knee surgery, rebook the Cardelis lunch.", ["Cardelis"], "i2b2_assert", False),
    ("hcp_own", "NP on antibiotics herself for a sinus infection, voice nearly gone.", ["Rheumora"], "i2b2_assert", False),
    ("hcp_own", "Dr Ahmed gets migraines himself and is thinking of trying Neurevia - asked about the savings card.", ["Neurevia"], "i2b2_assert", False),
    ("hcp_own", "Pharmacist broke her wrist skiing, back in 3 wks.", ["Glyvance"], "i2b2_assert", False),
    ("hcp_own", "Dr K had COVID last week and is still exhausted - short call on Kyraxa access.", ["Kyraxa"], "i2b2_assert", False),
    ("hcp_own", "Office manager is pregnant, due in May - she'll hand the lunch schedule to Pat.", ["Veltrana"], "i2b2_assert", False),
    ("hcp_own", "Dr's nurse had a sore arm and fever after her own flu shot last week.", ["Glyvance"], "i2b2_assert", False),
    ("hcp_own", "Dr Lind feels tired on his own beta blocker, joked he needs a holiday not a drug.", ["Cardelis"], "i2b2_assert", False),
    ("competitor", "Two of her pts on sacubitril/valsartan got angioedema and were switched - she asked about Cardelis for them.", ["Cardelis"], "fda_pm", False),
    ("competitor", "Pt on sotorasib developed hepatotoxicity; onc considering Veltrana next line.", ["Veltrana"], "fda_pm", False),
    ("competitor", "Elacestrant pt with bad nausea, may move to Kyraxa after the next scan.", ["Kyraxa"], "smpc48", False),
    ("competitor", "Tirzepatide: 3 of her pts had gallbladder trouble - she wants our Glyvance data.", ["Glyvance"], "twimed", False),
    ("competitor", "Upadacitinib pt got shingles; rheum wants to compare the Rheumora zoster numbers.", ["Rheumora"], "smpc48", False),
    ("competitor", "Erenumab constipation in several pts - she'll try Neurevia in the next new pt.", ["Neurevia"], "twimed", False),
    ("competitor", "Adagrasib pt with QTc 500; onc asked how Veltrana's QT data compare.", ["Veltrana"], "fda_pm", False),
    ("competitor", "Dapagliflozin gave two of his HF pts UTIs - neither is on Cardelis; asked about our renal data.", ["Cardelis"], "smpc48", False),
    ("competitor", "Baricitinib pt had a DVT, rheum now nervous about the whole class; wants the Rheumora VTE table.", ["Rheumora"], "fda_pm", False),
    ("competitor", "Metformin GI upset in a lot of her pts; she'd consider Glyvance as the next step.", ["Glyvance"], "twimed", False),
    ("competitor", "Rimegepant pt with nausea - planning to switch to Neurevia next month.", ["Neurevia"], "twimed", False),
    ("competitor", "Capivasertib hyperglycaemia in 2 of her pts, endo co-managing; Kyraxa discussed for ESR1m.", ["Kyraxa"], "fda_pm", False),
    ("no_event", "Pt stopped Glyvance because the plan dropped it from formulary in January.", ["Glyvance"], "noext", False),
    ("no_event", "Pt moved to Florida, care transferred; Neurevia continues with the new neuro.", ["Neurevia"], "noext", False),
    ("no_event", "Dr asked for 100 more Cardelis titration cards.", ["Cardelis"], "noext", False),
    ("no_event", "PA for Rheumora approved after the peer-to-peer.", ["Rheumora"], "noext", False),
    ("no_event", "Kyraxa pt finished 2 years, scans stable, doing well per onc.", ["Kyraxa"], "noext", False),
    ("no_event", "Veltrana: pt prefers taking it with dinner - fine, label says with food.", ["Veltrana"], "noext", False),
    ("no_event", "Neurevia speaker program booked for Feb 12.", ["Neurevia"], "noext", False),
    ("no_event", "Hospital P&T added Cardelis to formulary, effective next month.", ["Cardelis"], "noext", False),
    ("no_event", "Team call: compliance reminded everyone to log any AE we hear about within 24h.", [], "hc", False),
    ("no_event", "Office asked for Spanish Glyvance leaflets for the waiting room.", ["Glyvance"], "noext", False),
    ("no_event", "Rheumora pt asked if she can take it with food - yes, either way.", ["Rheumora"], "noext", False),
    ("no_event", "Sample closet check: 3 expired Neurevia boxes pulled and returned, none dispensed.", ["Neurevia"], "noext", False),
    ("disease_talk", "Dr explained HFrEF pts decompensate more in winter; wants the HORIZON-CV hospitalisation data.", ["Cardelis"], "noext", False),
    ("disease_talk", "Lung onc: KRAS G12C pts often present with brain mets, asked about CNS data for Veltrana.", ["Veltrana"], "noext", False),
    ("disease_talk", "Rheum says RA flares spike around the holidays - stress and travel, in general.", ["Rheumora"], "noext", False),
    ("disease_talk", "CME discussion: migraine with aura raises stroke risk in smokers on estrogen.", ["Neurevia"], "noext", False),
    ("disease_talk", "Diabetic foot ulcers are half her clinic's workload these days.", ["Glyvance"], "noext", False),
    ("disease_talk", "Explained to the fellow how ESR1 mutations emerge after aromatase inhibitor therapy.", ["Kyraxa"], "noext", False),
    ("disease_talk", "HF pts with CKD stage 4 are at high hyperkalaemia risk generally, she said - no specific pt.", ["Cardelis"], "noext", False),
    ("resolved_unrelated", "Pt had a DVT in 2019, years before Rheumora; no new clots since starting.", ["Rheumora"], "i2b2_assert", False),
    ("resolved_unrelated", "Her shingles was in 2021, before Rheumora; she's been vaccinated since.", ["Rheumora"], "i2b2_assert", False),
    ("resolved_unrelated", "Neuropathy dates from chemo 3 years ago, before Kyraxa, and hasn't changed.", ["Kyraxa"], "i2b2_assert", False),
    ("resolved_unrelated", "Baseline ALT was 2x ULN from fatty liver before Veltrana; still 2x, stable.", ["Veltrana"], "i2b2_assert", False),
    ("resolved_unrelated", "The eczema flare was in the spring, before she ever filled the Glyvance; derm treated it.", ["Glyvance"], "i2b2_assert", False),
    ("resolved_unrelated", "HF admission in March is what led to starting Cardelis; no admissions since.", ["Cardelis"], "i2b2_assert", False),
]

SAFETY_SOURCES = {
    "fda_pm": "FDA prescribing information wording, Adverse Reactions / Postmarketing Experience subsections (21 CFR 201.57(c)(7)), https://www.ecfr.gov/current/title-21/chapter-I/subchapter-C/part-201/subpart-B/section-201.57 - clinical label terms relayed in call-note style",
    "smpc48": "EU SmPC section 4.8 Undesirable effects wording and frequency conventions (EC SmPC guideline rev. 2), https://health.ec.europa.eu/system/files/2016-11/smpc_guideline_rev2_en_0.pdf - paraphrased",
    "pil": "EU package leaflet section 4 Possible side effects lay wording (EMA QRD human product-information template), https://www.ema.europa.eu/en/human-regulatory-overview/marketing-authorisation/product-information-requirements/product-information-templates-human - paraphrased",
    "n2c2": "n2c2 2018 Track 2 ADE and medication extraction annotation guidelines (discharge-summary ADE/reason phrasing), https://portal.dbmi.hms.harvard.edu/projects/n2c2-2018-t2/ - paraphrased",
    "made": "MADE 1.0 EHR ADE corpus annotation scheme (Jagannatha et al., Drug Safety 2019), https://doi.org/10.1007/s40264-018-0762-z - paraphrased",
    "twimed": "TwiMed corpus lay drug-effect wording (Alvaro et al., JMIR Public Health Surveill 2017), https://doi.org/10.2196/publichealth.6396 - paraphrased",
    "lareb": "Netherlands Pharmacovigilance Centre Lareb public case descriptions, https://www.lareb.nl/en - paraphrased",
    "hc": "Health Canada MedEffect Canada adverse reaction reporting guidance (serious / unexpected, what to report), https://www.canada.ca/en/health-canada/services/drugs-health-products/medeffect-canada.html - paraphrased",
    "tga": "TGA Database of Adverse Event Notifications (DAEN) and reporting guidance, https://www.tga.gov.au/safety/safety/safety-monitoring-daen-database-adverse-event-notifications - paraphrased",
    "gvp_p3": "EMA GVP Product- or Population-Specific Considerations III (pregnant and breastfeeding women), https://www.ema.europa.eu/en/documents/scientific-guideline/guideline-good-pharmacovigilance-practices-gvp-product-or-population-specific-considerations-iii-pregnant-breastfeeding-women_en.pdf - paraphrased",
    "meddra_ptc": "MedDRA Term Selection: Points to Consider (medication errors, overdose, off-label use, lack of effect, misuse, occupational exposure, transmission of infectious agent), https://www.meddra.org/how-to-use/support-documentation/english - paraphrased",
    "cioms_gloss": "CIOMS Cumulative Pharmacovigilance Glossary (adverse event, lack of efficacy, medication error, misuse, abuse, occupational exposure), https://cioms.ch/publications/product/cioms-cumulative-pharmacovigilance-glossary/ - paraphrased",
    "i2b2_assert": "i2b2/VA 2010 assertion annotation guidelines (absent / possible / conditional / hypothetical / not associated with the patient), https://www.i2b2.org/NLP/Relations/assets/Assertion%20Annotation%20Guideline.pdf - paraphrased",
    "negbio": "NegBio negation and uncertainty patterns (Peng et al., AMIA 2018), https://github.com/ncbi-nlp/NegBio - paraphrased",
    "noext": "no external wording (no-event and disease-talk carriers written by the set author)",
}

# fmt: on


def unmark(marked: str) -> tuple[str, list[dict[str, object]]]:
    """Strip the inline marks; spans in order of appearance with offsets into the plain text."""
    text, spans, pos = "", [], 0
    for m in MARK.finditer(marked):
        text += marked[pos : m.start()]
        kind, inner = m.groups()
        if "\n" in inner or inner != inner.strip() or not inner:
            raise ValueError(f"bad span {inner!r} in {marked!r}")
        spans.append(
            {"start": len(text), "end": len(text) + len(inner), "type": TYPES[kind], "text": inner}
        )
        text += inner
        pos = m.end()
    text += marked[pos:]
    if "\u27e6" in text or "\u27e7" in text:
        raise ValueError(f"unbalanced mark in {marked!r}")
    return text, spans


def phi_rows() -> list[dict[str, object]]:
    rows = []
    for key, record, marked in PHI_SNIPPETS + PHI_NAMES + PHI_MORE + PHI_EXTRA + PHI_NEGATIVES:
        repo, commit, path = PHI_SOURCES[key]
        text, spans = unmark(marked)
        rows.append({
            "text": text,
            "spans": spans,
            "source": {"repo": repo, "commit": commit, "path": path, "record": record},
            "group": f"{repo.split('/')[1]}:{Path(path).name}",
            "split": SPLIT,
        })  # fmt: skip
    return rows


def safety_rows() -> list[dict[str, object]]:
    items = list(SAFETY)
    random.Random(3).shuffle(items)  # mix classes; fixed seed keeps ids stable
    positive = {
        "ae", "pregnancy", "breastfeeding", "overdose", "medication_error", "off_label",
        "lack_of_effect", "transmission", "interaction", "exposure", "misuse",
    }  # fmt: skip
    return [
        {
            "id": f"b3s{n:03d}",
            "split": SPLIT,
            "label": cls in positive,
            "class": cls,
            "text": text,
            "products": products,
            "source": SAFETY_SOURCES[src],
            "reported": reported,
        }
        for n, (cls, text, products, src, reported) in enumerate(items, 1)
    ]


def write(path: Path, rows: list[dict[str, object]]) -> None:
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )


def main() -> None:
    write(BENCH / "phi_blind3.jsonl", phi_rows())
    write(BENCH / "safety_blind3.jsonl", safety_rows())


if __name__ == "__main__":
    main()
