"""Build bench/phi_variants.jsonl: development snippets for the non-name detectors (phone,
address, record number, national number, date of birth, e-mail), written in rounds from public
reference descriptions of real-world formats, each measured untuned before any rule changed.

The development sets score ~1.0 on these types while sets the tuners never saw score 0.73-0.92:
the rules fitted the examples seen. These snippets give new material in formats the sets did not
hold, so the fixes can be made in general form (a shape, a label family, a library call). Every
snippet records the reference its format comes from; the wording around it (rep call notes,
medical-information forms, adverse-event intake, chart headers, letters) is written for this set.
Values are made up in the documented shape (reserved drama numbers, check-digit examples from the
format's own documentation), never a real person's.

Labels as in bench/phi_external.jsonl: PHONE, ADDRESS, MRN, SSN, DOB, EMAIL must be scrubbed;
HCP is a clinician's name (must stay); IGNORE is what the product may keep or drop (a clinic's or
a hub's line, a company case number). Snippets with no identifier measure precision.

Untuned figures per round (bench/phi.py --set bench/phi_variants.jsonl, before the round's
fixes; the round's own snippets only):
- round 1 (85 snippets, 81 identifiers, 10 without any): untuned recall 0.790 at precision
  0.973 (DOB 0.900, MRN 0.769, SSN 0.500, PHONE 0.952, EMAIL 0.500, ADDRESS 0.810; the
  precision lost was two name guesses); after its fixes 1.000 (names' precision aside).
- round 2 (99 snippets, 93 identifiers, 11 without any): untuned recall 0.656 at precision
  0.919 (DOB 0.538, MRN 0.733, SSN 0.818, PHONE 1.000, EMAIL 0.400, ADDRESS 0.452; an order
  number and an NDC and an invoice number taken for a record number and phones, four country
  names for names); after its fixes 1.000, no snippet without identifiers touched.
- round 3 (74 snippets, 79 identifiers, 10 without any; chart headers, exports, letters):
  untuned recall 0.684 at precision 0.949 (DOB 0.600, MRN 0.714, SSN 0.200, PHONE 1.000,
  EMAIL 0.750, ADDRESS 0.625; a practice's tax ID taken for a phone, two words for names);
  after its fixes 1.000. One value was wrong as written (a Thai ID's check digit) and was
  corrected after the untuned run.
- round 4 (75 snippets, 76 identifiers, 7 without any; letters, more countries, hospital
  labels): untuned recall 0.539 at precision 1.000 (DOB 0.750, MRN 0.333, SSN 0.500, PHONE
  0.769, EMAIL 0.667, ADDRESS 0.450); after its fixes (a label read by its form rather than
  listed, labelled_ids.py) 1.000. Labels are now placed in text order; before, a value inside
  an earlier one ("12345678" in "123456789") was placed there (one round-4 label; figures above
  are with it placed right).
- round 5 (49 snippets, 43 identifiers, 10 without any; narrative US/UK/CA/AU addresses, rep
  notes with sales figures, capitals clinical notes with labs): untuned recall 0.884 at
  precision 0.911 (DOB 0.667, MRN 1.000, SSN 1.000, PHONE 0.857, EMAIL 1.000, ADDRESS 0.867;
  sales and viral-load figures taken for record numbers, "Approved on" 1998 for a birth
  date); after its fixes 1.000 at 1.000. A relative's name after "c/o" was labelled after the
  untuned run (it had been left unlabelled; the figures above are with the label).
- round 6 (41 snippets, 30 identifiers, 12 without any): untuned recall 0.900 at precision
  0.875 (DOB 1.000, MRN 1.000, SSN 0.500, PHONE 1.000, EMAIL 0.500, ADDRESS 0.923; a TNM stage
  read as a Canadian postcode, a rep's "ID 55120" as Idaho and a ZIP, a release number as a
  phone); after its fixes 1.000 (one city still taken for a name: the names' detector).
- round 7 (40 snippets, 40 identifiers, 3 without any; the layouts of joke2k/faker's address,
  phone and national-number providers for many locales, values made up): untuned recall
  0.650 at precision 0.973 (SSN 0.400, PHONE 0.909, ADDRESS 0.583: addresses in lines with
  the town on its own line by its postal code; a lone suite taken for an address); after its
  fixes 1.000.
- round 8 (80 snippets, 79 identifiers, 6 without any; month names as CLDR spells them in many
  languages, birth labels in the local language, a weekday or a format hint before the date,
  Japanese era years; record numbers under CJK and Cyrillic labels; national numbers of more
  countries; phone extensions in other languages, bleeps, vanity letters, Arabic-Indic and
  full-width digits, a number broken over a line): untuned recall 0.608 at precision 0.897
  (DOB 0.562, MRN 0.533, SSN 0.833, PHONE 0.500; the precision lost is six name guesses).
  A helpline's vanity number was labelled PHONE for the untuned run and IGNORE since, as
  round 4 labels 1-800-FLOWERS (no person has letters in their number); without it the
  untuned figures are recall 0.615 (48/78), PHONE 0.538 (7/13). After the round's fixes
  (dates.py, labelled_ids.py, national_ids.py, phones.py) 1.000 for every type.
- round 9 (53 snippets, 53 identifiers, 5 without any; abbreviated birth and record labels in
  other languages (DDN, DN, F.N., Geb.-Dat., NIP, Nº HC), export layouts (key=value, JSON,
  XML, CSV, HL7), more countries' national numbers after local labels, phones in twelve more
  countries' national formats in narrative): untuned recall 0.849 at precision 0.865 (DOB
  0.714, MRN 0.846, SSN 0.778, PHONE 1.000; a prescription number taken for a record number,
  a trial subject's number for a phone, five name guesses).
- round 10 (36 snippets, 34 identifiers, 4 without any; identifiers read out in call
  transcripts, OCR's letter-for-digit swaps in faxed forms, an age beside a date, Persian,
  Thai and Hijri calendars, Indian hospital labels, spaced and grouped record numbers):
  untuned recall 0.441 at precision 0.889 (DOB 0.167, MRN 0.500, SSN 0.667, PHONE 0.571; a
  visit's timestamp taken for a phone, a Persian word for a name). After its fixes 1.000
  (spoken.py, ocr.py, dates.py, labelled_ids.py, phones.py); rounds 8-9 also 1.000 after theirs.
- round 11 (39 snippets, 35 identifiers, 4 without any; a year of birth as other languages say
  it (Jg., classe, г.р., 년생, né en, مواليد), Vietnamese dates in words, hospital labels of
  South-East Asia and Turkey (HN, AN, No. RM, Mã BN, protokol no), national numbers of Africa
  and the Middle East after local labels, phones in national punctuation (slashes, brackets,
  dots)): untuned recall 0.600 at precision 0.750 (DOB 0.250, MRN 1.000, SSN 0.571, PHONE
  0.778; all seven false positives are name guesses). After its fixes 1.000 for every type
  (precision 0.833: the same name guesses, for the names' detectors).
- round 12 (56 snippets, 71 identifiers, 7 without any; partial and relative birth dates
  (DOB 03/61, ??/03/1961, 1961-03, 'born in the spring of 1961', 'Christmas Day 1950'), an age
  beside a date with no brackets, the genealogical star, CJK dates with 'born' after them;
  unlabelled record numbers in an addressograph line, labels and values on separate lines,
  fixed-width and Markdown tables, payer ID cards, an EOB, a lab requisition, a pharmacy label,
  a fax cover sheet, a German referral; national numbers after dotted abbreviations (C.I.,
  C.C., D.N.I., R.G.), local labels (Thai, Estonian, Icelandic, Reisepass, Cartão SUS, NUSS),
  an SSN wrapped over a line; phones partly in words, French pairs in words, CB#/hm
  abbreviations, a beeper; lots, PZN, NDC, trial, PMID, visit times, prices as negatives):
  untuned recall 0.563 at precision 0.846 (DOB 0.364, MRN 0.778, SSN 0.333, PHONE 0.636;
  the false positives: a PZN taken for a record number, five name guesses). Two relatives'
  names ('Mrs J Roe', 'ask for Mike') were labelled after the untuned run (they had been left
  unlabelled; the figures above are with the labels). After its fixes 0.972 at 0.909 (DOB,
  MRN, SSN 1.000, PHONE 0.909: French pairs read out); after round 13's, 0.986 at 0.910, every
  type 1.000 but names (0.875).
- round 13 (50 snippets, 43 identifiers, 10 without any; birth dates in Arabic-Indic, Persian
  and full-width digits, six digits YYMMDD, 'Fecha nac.:', 'geboren d.d.', a day in words, a
  birthday as b'day or in words, spaced slashes around a month, a Roman month without dots;
  record numbers in EHR and FHIR links, a wristband's barcode text, a label after its value,
  claim forms (CMS-1500 I.D., UB-04 PAT CNTL #, ADA 'Subscriber Identifier', VA ICN); masked
  national numbers (Aadhaar, CPF, Korean RRN, Chinese ID), 'last 4 of SSN', TFN, 'DNI nº',
  C.E., a hyphenated Austrian label; phones read out in Spanish, German, Portuguese, in a JSON
  key, broken into lines, every digit apart, a spaced German slash; billing codes, a device
  serial, publication ids, a trial's subject, a hotline, lots as negatives): untuned recall
  0.419 at precision 0.909 (DOB 0.385, MRN 0.455, SSN 0.400, PHONE 0.375; the false
  positives are two name guesses; no snippet without identifiers touched). After its fixes
  1.000 for DOB, MRN, SSN and PHONE (precision 0.956: the same two name guesses).
- round 14 (39 snippets, 35 identifiers, 7 without any; typographic separators a word
  processor or mail client puts in a number (no-break and narrow no-break spaces, en dashes,
  non-breaking hyphens) in phones, an SSN, a birth date and a record number; the legal 'born
  on the 4th day of March, 1961', 'March '61', Minguo and Japanese-era-initial dates, a
  two-digit year with 年, 'b/d' and 'Bdate', a Thai Buddhist-era date; a record number with
  lower-case letters, Hebrew, Greek and Hindi labels, a number wrapped onto the next line,
  Alberta's ULI; a DNI and an SSN read out (with 'dash'), an SSN masked with hashes, an
  Aadhaar over lines, a NIR with its key apart or after 'carte Vitale :', a Polish ID card;
  two phones joined by a slash, a second number by its last four, Danish, Italian and Polish
  cues; an NDC with non-breaking hyphens, a price with a no-break space, dose ranges with en
  dashes, an era date of a regulation as negatives): untuned recall 0.257 at precision 0.833
  (DOB 0.111, MRN 0.286, SSN 0.125, PHONE 0.455; the false positives are two name guesses).
  After its fixes 1.000 for DOB, MRN, SSN and PHONE (precision 0.921: three name guesses, one
  of them 'Mobil' before a phone the rules now read).
- round 15 (25 snippets, 35 identifiers, 7 without any; numbers with no cue at all: bare
  ten- and eleven-digit phones after a name or relative, 'left msg', 'VM left @'; dates with a
  two-digit year of the last century after a name or in a header; an HL7-like name with its
  record number and birth date; 'BCBS' before a member id, 'Medicaid#', 'SS' and 'soc sec';
  combination doses, NPI/DEA/tax ID, an order number shaped like a phone, an ISBN, a Unix
  timestamp, ratios and scores as negatives): untuned recall 0.571 at precision 1.000 (DOB
  0.000, MRN 0.500, SSN 1.000, PHONE 0.500). Six names (relatives, 'Frau Weber', 'Mr Brown')
  were labelled after the untuned run; the figures above are with the labels. After its
  fixes 0.886 at 1.000 (DOB 0.833, MRN 0.750, PHONE 1.000): an HL7-like line with no segment
  ('SMITH^JOHN^A 4471290 19610304 M') is left.
- round "clinical" (36 snippets, 48 non-name identifiers, 6 without any; clinical records of
  Spain, Germany, Austria, Switzerland, the Netherlands and Australia: NASS, NHC after a CIP
  label, Episodio, SVNR, Fallnr., KVNR, AHV and health insurance card numbers, EPR-SPID, BSN,
  Medicare, DVA, CRN; birth sign "*", dates after a name in brackets; "wohnhaft", "wh.:",
  "residente en", "domiciliée à", "woonachtig te", town fields of Spanish forms). Written after
  the rules of the phi_blind7_dev round, never looking at that set's values. Untuned (the rules
  before that round, de4b405): non-name recall 0.521 (25/48) at precision 1.000 (DOB 0.500,
  MRN 0.357, SSN 0.800, PHONE 0.600, ADDRESS 0.455), 0 of 6 no-id snippets touched. With the
  phi_blind7_dev round's rules, not tuned on these: 0.917 (44/48; MRN 0.786, SSN 0.900, the
  rest 1.000). After this round's own fixes ("Nº afiliación S.S.", "Fallnr.", a card number at
  a sentence's end, Medicare's person number after a slash): 1.000 for every non-name type
  but ADDRESS 0.909 (a town alone after Dutch "woonachtig te" was left while phi_blind6_dev
  kept one as no identifier; since the lead's Safe Harbor call, such towns are addresses and
  scrubbed: 1.000), precision 1.000, 0 of 6 touched (names 0.800: the names' detectors).

Run: python bench/phi_variants_build.py (writes the .jsonl next to it).
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent / "phi_variants.jsonl"

# Public references the formats were taken from (cited by key in each snippet).
REFS: dict[str, dict[str, str]] = {
    "libphonenumber": {
        "repo": "google/libphonenumber",
        "path": "resources/PhoneNumberMetadata.xml",
        "record": "national/international format of the region's example numbers",
    },
    "ofcom": {
        "url": "https://www.ofcom.org.uk/phones-and-broadband/phone-numbers/numbers-for-drama",
        "record": "UK numbers reserved for TV and radio drama (07700 900xxx, 0113 496 0xxx)",
    },
    "acma": {
        "url": "https://www.acma.gov.au/phone-numbers-use-tv-shows-films-and-creative-works",
        "record": "Australian numbers reserved for creative works (0491 570 xxx, (03) 7010 xxxx)",
    },
    "nanp": {
        "url": "https://www.nationalnanpa.com/pdf/NRUF/555_Line_Numbers.pdf",
        "record": "North American 555-01xx fictitious numbers; extensions and vanity forms",
    },
    "din5008": {
        "url": "https://de.wikipedia.org/wiki/DIN_5008",
        "record": "German phone layout: area code, space, number, hyphen before the extension",
    },
    "usps28": {
        "url": "https://pe.usps.com/text/pub28/welcome.htm",
        "record": "USPS Pub 28: secondary units (#, APT, STE), rural routes, highway contract "
        "routes, PR urbanizations, Wisconsin/Utah grid addresses",
    },
    "royalmail": {
        "url": "https://www.royalmail.com/sending/uk/how-to-address-your-mail",
        "record": "UK address: house name, flat, locality, post town, postcode",
    },
    "canadapost": {
        "url": "https://www.canadapost-postescanada.ca/cpc/en/support/kb/sending/sending-faq/"
        "how-to-address-mail-and-parcels",
        "record": "unit-civic hyphen, two spaces before the postcode, province in brackets",
    },
    "auspost": {
        "url": "https://auspost.com.au/sending/check-sending-guidelines/addressing-guidelines",
        "record": "unit/street slash form, locality STATE postcode, Locked Bag",
    },
    "upu": {
        "url": "https://www.upu.int/en/Postal-Solutions/Programmes-Services/Addressing-Solutions",
        "record": "UPU postal addressing systems: per-country address layouts",
    },
    "libaddressinput": {
        "repo": "google/libaddressinput",
        "path": "common/src/main/java/com/android/i18n/addressinput/common/"
        "RegionDataConstants.java",
        "record": "per-country address format strings (%A %C %S %Z order)",
    },
    "mrn": {
        "url": "https://www.imprivata.com/knowledge-hub/medical-record-numbers",
        "record": "MRN, account (visit) number, encounter number as separate identifiers",
    },
    "nhsnumber": {
        "url": "https://www.datadictionary.nhs.uk/attributes/nhs_number.html",
        "record": "NHS number: 10 digits written 3 3 4, modulus 11 check digit",
    },
    "aus_urn": {
        "url": "https://www.health.vic.gov.au/data-reporting/victorian-admitted-episodes-dataset",
        "record": "Australian hospitals' UR number (unit record number) and Medicare number",
    },
    "chi": {
        "url": "https://www.ndc.scot.nhs.uk/Data-Dictionary/SMR-Datasets/Patient-Identification-"
        "and-Demographic-Information/Community-Health-Index-Number/",
        "record": "Scottish CHI number: date of birth then four digits",
    },
    "hipaa": {
        "url": "https://www.hhs.gov/hipaa/for-professionals/privacy/special-topics/"
        "de-identification/index.html",
        "record": "18 identifiers: health plan beneficiary, account, certificate numbers, "
        "ZIP, all elements of dates",
    },
    "ssa": {
        "url": "https://www.ssa.gov/history/ssn/geocard.html",
        "record": "SSN area-group-serial, written with spaces or no separators, masked forms",
    },
    "stdnum": {
        "repo": "arthurdejong/python-stdnum",
        "path": "stdnum/*/*.py",
        "record": "national number formats and the example values in each module's docstring",
    },
    "dates": {
        "url": "https://en.wikipedia.org/wiki/Date_format_by_country",
        "record": "day-month-year orders, separators and month abbreviations per country",
    },
    "email_obf": {
        "url": "https://en.wikipedia.org/wiki/Address_munging",
        "record": "address munging: [at], (dot), AT/DOT, spaces",
    },
    "faker_address": {
        "repo": "joke2k/faker",
        "path": "faker/providers/address/*/__init__.py",
        "record": "street_address_formats / address_formats / postcode_formats per locale",
    },
    "faker_phone": {
        "repo": "joke2k/faker",
        "path": "faker/providers/phone_number/*/__init__.py",
        "record": "the formats list per locale",
    },
    "faker_ssn": {
        "repo": "joke2k/faker",
        "path": "faker/providers/ssn/*/__init__.py",
        "record": "national number formats per locale",
    },
    "cldr": {
        "repo": "python-babel/babel",
        "path": "babel/locale-data/*.dat (CLDR 47), Locale.months['format']",
        "record": "month names and abbreviations per locale, as dates spell them",
    },
    "iso8601": {
        "url": "https://en.wikipedia.org/wiki/ISO_8601",
        "record": "calendar dates of reduced precision (YYYY-MM), as exports write a month",
    },
    "payer_id": {
        "url": "https://www.ncpdp.org/NCPDP/media/pdf/Health_Card_Implementation_Guide.pdf",
        "record": "pharmacy and medical ID cards: member ID with prefix or dependent suffix, "
        "group number, RxBIN, RxPCN",
    },
    "eob": {
        "url": "https://www.healthcare.gov/glossary/explanation-of-benefits-eob/",
        "record": "explanation of benefits: claim number, patient account number, dates of "
        "service, charges",
    },
    "pharmacy_label": {
        "url": "https://www.usp.org/health-quality-safety/usp-general-chapter-17",
        "record": "USP <17> prescription container label: patient, Rx number, directions, "
        "quantity, refills, NDC, lot and expiry",
    },
    "fax_cover": {
        "url": "https://www.hhs.gov/hipaa/for-professionals/faq/482/does-the-hipaa-privacy-rule-"
        "permit-a-doctor-to-share-patient-information-by-fax/index.html",
        "record": "fax cover sheet: to, from, fax and phone lines of both offices, re: patient "
        "line, page count",
    },
    "kvnr": {
        "url": "https://de.wikipedia.org/wiki/Krankenversichertennummer",
        "record": "German insured's number: a letter, eight digits, a check digit",
    },
    "lab_req": {
        "url": "https://www.cdc.gov/clia/index.html",
        "record": "laboratory requisition: patient ID, specimen/accession ID, requisition "
        "number, collection date and time",
    },
    "nuss": {
        "url": "https://es.wikipedia.org/wiki/N%C3%BAmero_de_la_Seguridad_Social",
        "record": "Spanish social security number: province, eight digits, mod-97 check",
    },
    "fixed_width": {
        "url": "https://www.hl7.org/implement/standards/product_brief.cfm?product_id=185",
        "record": "fixed-width and pipe-table report layouts that EHR print and export "
        "functions produce (columns aligned by spaces, Markdown tables)",
    },
    "unicode_digits": {
        "url": "https://www.unicode.org/charts/PDF/U0660.pdf",
        "record": "Arabic-Indic (U+0660), Extended Arabic-Indic/Persian (U+06F0) and full-width "
        "(U+FF10) digits, as Arabic, Persian and Japanese forms write dates and numbers",
    },
    "claim_forms": {
        "url": "https://www.nucc.org/index.php/1500-claim-form-mainmenu-35/1500-claim-form-map-"
        "mainmenu-42",
        "record": "CMS-1500 (1a insured's I.D. number), UB-04 (3a patient control number), ADA "
        "dental claim (subscriber identifier: SSN or ID#), NCPDP cardholder ID",
    },
    "masking": {
        "url": "https://uidai.gov.in/en/my-aadhaar/about-your-aadhaar/masked-aadhaar.html",
        "record": "masked national numbers: Aadhaar XXXX XXXX 1234, Korean RRN with the back "
        "six digits starred, Chinese ID with the birth date starred, Brazilian CPF "
        "***.456.789-** (LGPD practice)",
    },
    "ehr_links": {
        "url": "https://www.hl7.org/fhir/http.html",
        "record": "RESTful paths of EHR and FHIR servers (/Patient/[id], /patients/[id]/...), "
        "wristband barcodes (Code 39 text between asterisks), labels after the value",
    },
    "spoken_digits": {
        "url": "https://en.wiktionary.org/wiki/Appendix:Cardinal_numbers_0_to_9",
        "record": "cardinal digits 0-9 in Spanish, German and other languages, as a caller "
        "reads a number out",
    },
    "typography": {
        "url": "https://www.unicode.org/reports/tr14/",
        "record": "no-break space U+00A0, narrow no-break space U+202F, thin space U+2009, "
        "non-breaking hyphen U+2011, figure dash U+2012, en dash U+2013, minus U+2212: what "
        "word processors and mail clients put between a number's groups",
    },
    "era_calendars": {
        "url": "https://en.wikipedia.org/wiki/Republic_of_China_calendar",
        "record": "Minguo (ROC) years (民國50年 = 1961), Japanese era initials (S36 = Showa 36)",
    },
    "legal_forms": {
        "url": "https://www.law.cornell.edu/wex/affidavit",
        "record": "affidavits and consent forms: 'born on the 4th day of March, 1961'",
    },
    "es_ids": {
        "url": "https://www.seg-social.es/wps/portal/wss/internet/Trabajadores/Afiliacion/10548",
        "record": "Spanish Social Security affiliation number (NASS/NUSS: province, serial, "
        "two-digit key), DNI/NIE check letter (Ministerio del Interior), NHC and CIP labels of "
        "Spanish hospital charts",
    },
    "de_at_ch_ids": {
        "url": "https://www.sozialversicherung.at/cdscontent/?contentid=10007.820902",
        "record": "Austrian Sozialversicherungsnummer (serial, check digit, DDMMYY; weights 3 7 9 "
        "5 8 4 2 1 6 mod 11), German Versichertennummer/Fallnummer/Aufnahmenummer labels, Swiss "
        "AHV number (756, EAN-13 check) and insurance card number (ISO/IEC 7812 health card: 80, "
        "country code, 20 digits)",
    },
    "au_ids": {
        "url": "https://www.servicesaustralia.gov.au/how-to-read-your-medicare-card",
        "record": "Medicare card number (10 digits printed 4-5-1, check digit, issue number, "
        "individual reference number), DVA file number (state letter, war code, digits), "
        "Centrelink CRN (9 digits and a letter) on concession cards, IHI (800360, Luhn)",
    },
    "nl_bsn": {
        "url": "https://www.rvig.nl/bsn",
        "record": "Dutch BSN: 9 digits passing the 11-test, written plain or dotted 4.2.3",
    },
    "letters_de_es": {
        "url": "https://de.wikipedia.org/wiki/Arztbrief",
        "record": "layout of German/Austrian discharge letters and Spanish case-report headers: "
        "birth sign '*', 'geb. am', 'wohnhaft', 'Domicilio', 'Localidad/Provincia', 'CP'",
    },
    "negatives": {
        "url": "https://www.fda.gov/drugs/drug-approvals-and-databases/national-drug-code-directory",
        "record": "numbers that are not identifiers: NDC, lot, NCT, ICD-10, doses, lab values",
    },
}

# (text, [(type, span text), ...], ref key, what the snippet exercises)
Snippet = tuple[str, list[tuple[str, str]], str, str]

ROUND_1: list[Snippet] = [
    # --- phones ---
    (
        "Daughter asked us to ring back on 07700 900461 after 6pm UK time re: the copay card.",
        [("PHONE", "07700 900461")],
        "ofcom",
        "UK mobile, national format, cued by 'ring back on'",
    ),
    (
        "Pt's husband - mob. 0491 570 156, home (03) 7010 4482 (Melbourne).",
        [("PHONE", "0491 570 156"), ("PHONE", "(03) 7010 4482")],
        "acma",
        "Australian mobile and landline with bracketed area code",
    ),
    (
        "Rückruf erbeten, Tel. 089 4521-377, bitte vormittags.",
        [("PHONE", "089 4521-377")],
        "din5008",
        "German number with a DIN 5008 extension hyphen",
    ),
    (
        "MI request: caller (patient's sister) joignable au 06.12.47.85.30 en soirée.",
        [("PHONE", "06.12.47.85.30")],
        "libphonenumber",
        "French mobile written in dotted pairs",
    ),
    (
        "AE intake - reporter is the patient's son in Pune, +91-98450 12345, prefers WhatsApp.",
        [("PHONE", "+91-98450 12345")],
        "libphonenumber",
        "Indian mobile, country code joined by a hyphen, 5+5 grouping",
    ),
    (
        "Paciente pediu retorno no celular (21) 98765-4321 sobre o cartão de desconto.",
        [("PHONE", "(21) 98765-4321")],
        "libphonenumber",
        "Brazilian mobile, (DDD) 9xxxx-xxxx",
    ),
    (
        "Spoke with the caregiver; best number is 614 555 0172, or work 614.555.0109 x2207.",
        [("PHONE", "614 555 0172"), ("PHONE", "614.555.0109 x2207")],
        "nanp",
        "US numbers with spaces, dots and an x-extension",
    ),
    (
        "Caller left a cell of 6145550188 and asked for the nurse educator to call.",
        [("PHONE", "6145550188")],
        "nanp",
        "ten US digits with no separators after 'cell of'",
    ),
    (
        "Patient's mum in Lagos: 0803 555 0142. Dr. Amaka Eze to be copied on the reply.",
        [("PHONE", "0803 555 0142"), ("HCP", "Amaka Eze")],
        "libphonenumber",
        "Nigerian mobile with no cue word, after a colon",
    ),
    (
        "HP: 9123 4567 (patient's own), office line 6123 4567 at Dr. Tan Wei Ming's clinic.",
        [("PHONE", "9123 4567"), ("IGNORE", "6123 4567"), ("HCP", "Tan Wei Ming")],
        "libphonenumber",
        "Singapore 'HP' (handphone) label, 4+4 digits",
    ),
    (
        "Son can be reached at +86 138 0013 8000 (Shanghai) for the consent form.",
        [("PHONE", "+86 138 0013 8000")],
        "libphonenumber",
        "Chinese mobile 3-4-4 with country code",
    ),
    (
        "Call-back no. for the reporter: 0917 123 4567 (Globe), Quezon City.",
        [("PHONE", "0917 123 4567")],
        "libphonenumber",
        "Philippine mobile after 'call-back no.'",
    ),
    (
        "Pt reachable via tel:+14155550132 per the web form; beeper 4-4417 for the home nurse.",
        [("PHONE", "+14155550132"), ("PHONE", "4-4417")],
        "nanp",
        "tel: URI and a short beeper number",
    ),
    (
        "Mob: +44 (0) 7700 900 461 - only after 5. Office will fax the form.",
        [("PHONE", "+44 (0) 7700 900 461")],
        "ofcom",
        "UK mobile with country code and bracketed trunk zero",
    ),
    (
        "Nurse said the patient's landline 087 123 4567 is out of order; try 01 496 0812.",
        [("PHONE", "087 123 4567"), ("PHONE", "01 496 0812")],
        "libphonenumber",
        "Irish mobile and Dublin landline",
    ),
    (
        "Teléfono de contacto del paciente: 612 34 56 78; fijo 91 123 45 67.",
        [("PHONE", "612 34 56 78"), ("PHONE", "91 123 45 67")],
        "libphonenumber",
        "Spanish mobile 3-2-2-2 and Madrid landline",
    ),
    # --- addresses ---
    (
        "Send the starter kit to Rose Cottage, Church Lane, Little Snoring, Fakenham NR21 0AB.",
        [("ADDRESS", "Rose Cottage, Church Lane, Little Snoring, Fakenham NR21 0AB")],
        "royalmail",
        "UK house name, street with no number, locality, post town, postcode",
    ),
    (
        "Mailing address:\nFlat 2, 14 Cranbrook Road\nWimbledon\nLONDON\nSW19 4QN",
        [("ADDRESS", "Flat 2, 14 Cranbrook Road\nWimbledon\nLONDON\nSW19 4QN")],
        "royalmail",
        "UK multi-line block, post town in capitals",
    ),
    (
        "Pt moved to 4-123 rue Sainte-Catherine O, Montréal (Québec)  H3B 1A7 last month.",
        [("ADDRESS", "4-123 rue Sainte-Catherine O, Montréal (Québec)  H3B 1A7")],
        "canadapost",
        "Canadian unit-civic hyphen, French street, province in brackets, two spaces",
    ),
    (
        "Replacement pen couriered to 123 Main St SE, Calgary AB  T2P 1J9.",
        [("ADDRESS", "123 Main St SE, Calgary AB  T2P 1J9")],
        "canadapost",
        "Canadian address, province code, two spaces before the postcode",
    ),
    (
        "Shipping to Unit 5/27 Smith St, Fitzroy VIC 3065 - patient will sign for it.",
        [("ADDRESS", "Unit 5/27 Smith St, Fitzroy VIC 3065")],
        "auspost",
        "Australian unit/number slash form",
    ),
    (
        "Patient's address: Flat No. 302, Sai Residency, 4th Cross, Indiranagar, Bengaluru - "
        "560038.",
        [("ADDRESS", "Flat No. 302, Sai Residency, 4th Cross, Indiranagar, Bengaluru - 560038")],
        "upu",
        "Indian flat, building name, cross road, area, city - PIN",
    ),
    (
        "Die Patientin wohnt jetzt in der Lindenstraße 17a, 10969 Berlin.",
        [("ADDRESS", "Lindenstraße 17a, 10969 Berlin")],
        "upu",
        "German street with a lettered house number, postcode and city",
    ),
    (
        "Adresse du patient : 12 bis, rue des Lilas, 75019 Paris.",
        [("ADDRESS", "12 bis, rue des Lilas, 75019 Paris")],
        "upu",
        "French 'bis' house number and a lower-case 'rue'",
    ),
    (
        "Enviar para Rua das Flores, 123, apto 45 - Centro, Curitiba - PR, 80020-090.",
        [("ADDRESS", "Rua das Flores, 123, apto 45 - Centro, Curitiba - PR, 80020-090")],
        "libaddressinput",
        "Brazilian street, number, flat, neighbourhood, city - state, CEP",
    ),
    (
        "Caregiver lives at 2-21-1 Shibuya, Shibuya-ku, Tokyo 150-0002 with the patient.",
        [("ADDRESS", "2-21-1 Shibuya, Shibuya-ku, Tokyo 150-0002")],
        "upu",
        "Japanese block-lot-building number, ward, city, postcode (romanised)",
    ),
    (
        "Rural pt - RR 2 Box 145, Harlan, IA 51537; no street delivery.",
        [("ADDRESS", "RR 2 Box 145, Harlan, IA 51537")],
        "usps28",
        "US rural route and box",
    ),
    (
        "Home: N6W23001 Bluemound Rd, Waukesha, WI 53188.",
        [("ADDRESS", "N6W23001 Bluemound Rd, Waukesha, WI 53188")],
        "usps28",
        "Wisconsin grid address number",
    ),
    (
        "Patient address on the AE form:\n2811 Larkspur Ln Apt 4B\nRaleigh NC 27606",
        [("ADDRESS", "2811 Larkspur Ln Apt 4B\nRaleigh NC 27606")],
        "usps28",
        "US two-line address, city line without commas",
    ),
    (
        "Samples left for the patient at 455 W 37th St #1203, New York, NY 10018 (doorman).",
        [("ADDRESS", "455 W 37th St #1203, New York, NY 10018")],
        "usps28",
        "US numbered street with a # unit",
    ),
    (
        "Reporter says the family moved to Tulsa, OK 74105 in June.",
        [("ADDRESS", "Tulsa, OK 74105")],
        "hipaa",
        "city, state and ZIP alone (a geographic identifier smaller than a state)",
    ),
    (
        "Pt's PO Box 3321, Flagstaff AZ 86003 for all mail.",
        [("ADDRESS", "PO Box 3321, Flagstaff AZ 86003")],
        "usps28",
        "PO Box without dots",
    ),
    (
        "Address per intake: 12 Oakley Park, Blackrock, Co. Dublin A94 X7W2.",
        [("ADDRESS", "12 Oakley Park, Blackrock, Co. Dublin A94 X7W2")],
        "upu",
        "Irish address with county and Eircode",
    ),
    (
        "Indirizzo: Via Roma 25, 20121 Milano (MI).",
        [("ADDRESS", "Via Roma 25, 20121 Milano (MI)")],
        "upu",
        "Italian street, CAP, city and province in brackets",
    ),
    (
        "Dirección: C/ Mayor, 15, 3º Izda., 28013 Madrid.",
        [("ADDRESS", "C/ Mayor, 15, 3º Izda., 28013 Madrid")],
        "upu",
        "Spanish 'C/' street, floor and side, postcode and city",
    ),
    (
        "Deliver to Urb. Villa Carolina, 123 Calle 45, Carolina PR 00985.",
        [("ADDRESS", "Urb. Villa Carolina, 123 Calle 45, Carolina PR 00985")],
        "usps28",
        "Puerto Rico urbanization address",
    ),
    (
        "Patient lives at Blk 123 Ang Mo Kio Ave 3, #05-67, Singapore 560123.",
        [("ADDRESS", "Blk 123 Ang Mo Kio Ave 3, #05-67, Singapore 560123")],
        "upu",
        "Singapore block, street, floor-unit, postcode",
    ),
    # --- record numbers ---
    (
        "Chart header: MR#: 00-44-1297   Adm: 11/02/2025",
        [("MRN", "00-44-1297"), ("IGNORE", "11/02/2025")],
        "mrn",
        "MR# with dashed digit pairs",
    ),
    (
        "Pharmacist quoted Med Rec No. 4471 0092 on the MI form.",
        [("MRN", "4471 0092")],
        "mrn",
        "Med Rec No. with spaced digits",
    ),
    (
        "Chart #A-88210 pulled for the AE follow-up.",
        [("MRN", "A-88210")],
        "mrn",
        "chart number with a letter prefix",
    ),
    (
        "Billing: Acct # 10044721993, Enc # 8832019457.",
        [("MRN", "10044721993"), ("MRN", "8832019457")],
        "hipaa",
        "account and encounter numbers",
    ),
    (
        "Hosp No: K4419823 - letter from the ward attached.",
        [("MRN", "K4419823")],
        "mrn",
        "UK hospital number with a letter",
    ),
    (
        "GP letter: NHS No. 943 476 5919, seen in clinic 04/11/2025.",
        [("MRN", "943 476 5919"), ("IGNORE", "04/11/2025")],
        "nhsnumber",
        "NHS number 3-3-4 (the data dictionary's example)",
    ),
    (
        "Discharge summary, UR number: 004471829, ward 7B.",
        [("MRN", "004471829")],
        "aus_urn",
        "Australian UR number",
    ),
    (
        "Patient ID: PT-2024-11873 (hub enrolment form).",
        [("MRN", "PT-2024-11873")],
        "mrn",
        "patient ID with letters, year and serial",
    ),
    (
        "Referral letter quotes CHI 0101904412 for the patient.",
        [("MRN", "0101904412")],
        "chi",
        "Scottish CHI number",
    ),
    (
        "Member ID: XGH123456789, group 004471 - coverage confirmed by the PA team.",
        [("MRN", "XGH123456789"), ("IGNORE", "004471")],
        "hipaa",
        "health plan member ID and group number",
    ),
    (
        "Ontario health card 4532 123 456 XY on the consent form.",
        [("MRN", "4532 123 456 XY")],
        "stdnum",
        "Ontario health number with version code",
    ),
    (
        "Medicare card 2123 45670 1 (AU) copied into the hub file.",
        [("MRN", "2123 45670 1")],
        "aus_urn",
        "Australian Medicare number with the issue digit",
    ),
    # --- national numbers ---
    (
        "AE form had the patient's S.S.N. 219 09 9999 - asked the office to redact.",
        [("SSN", "219 09 9999")],
        "ssa",
        "dotted abbreviation, spaced SSN",
    ),
    (
        "soc sec no 219099999 was read out by the caller; not recorded.",
        [("SSN", "219099999")],
        "ssa",
        "lower-case cue, nine digits",
    ),
    (
        "Caller gave her SIN 046 454 286 for the PAP application.",
        [("SSN", "046 454 286")],
        "stdnum",
        "Canadian SIN, spaced 3-3-3",
    ),
    (
        "PPS No. 6433435F on the Irish hardship form.",
        [("SSN", "6433435F")],
        "stdnum",
        "Irish PPS number",
    ),
    (
        "Danish patient, CPR-nr. 211062-5629, seen at the Aarhus site.",
        [("SSN", "211062-5629")],
        "stdnum",
        "Danish CPR with its cue",
    ),
    (
        "Polish caregiver gave PESEL 44051401359 for the courier.",
        [("SSN", "44051401359")],
        "stdnum",
        "Polish PESEL",
    ),
    (
        "ID no. 8001015009087 (South Africa) written on the sample request.",
        [("SSN", "8001015009087")],
        "stdnum",
        "South African ID number",
    ),
    (
        "NRIC S1234567D copied onto the patient assistance form by the clinic.",
        [("SSN", "S1234567D")],
        "stdnum",
        "Singapore NRIC",
    ),
    (
        "HKID A123456(3) seen on the enrolment form; asked the nurse to black it out.",
        [("SSN", "A123456(3)")],
        "stdnum",
        "Hong Kong ID with the check digit in brackets",
    ),
    (
        "Mexican pt - CURP BOXW310820HNERXN09 on the referral.",
        [("SSN", "BOXW310820HNERXN09")],
        "stdnum",
        "Mexican CURP",
    ),
    (
        "Rijksregisternummer 85.07.30-033.28 stond op het formulier.",
        [("SSN", "85.07.30-033.28")],
        "stdnum",
        "Belgian national register number",
    ),
    (
        "Turkish pt, TC Kimlik No 10000000146, per the hub's intake.",
        [("SSN", "10000000146")],
        "stdnum",
        "Turkish identity number",
    ),
    # --- dates of birth ---
    (
        "Pt DOB 3rd Feb 1956, on Veltrana since spring.",
        [("DOB", "3rd Feb 1956")],
        "dates",
        "ordinal day, short month",
    ),
    (
        "AE reporter says the patient was born 2/3/56 and started the pen in May.",
        [("DOB", "2/3/56")],
        "dates",
        "'born' with a two-digit year",
    ),
    (
        "Birthdate - 07 / 22 / 1948 (per caregiver).",
        [("DOB", "07 / 22 / 1948")],
        "dates",
        "spaces around the slashes",
    ),
    (
        "Age/DOB: 67 y/o (04.11.1957)",
        [("DOB", "04.11.1957")],
        "dates",
        "dotted date in brackets after an age",
    ),
    (
        "Patientin geb. am 12.03.1951, Rückfrage zur Dosierung.",
        [("DOB", "12.03.1951")],
        "dates",
        "German 'geb. am'",
    ),
    (
        "date of birth: Sept. 9th, 1962 | sex: F",
        [("DOB", "Sept. 9th, 1962")],
        "dates",
        "'Sept.' with an ordinal",
    ),
    (
        "dob 9/9/62, wt 71 kg, on 40 mg daily.",
        [("DOB", "9/9/62")],
        "dates",
        "lower-case dob, two-digit year",
    ),
    (
        "DOB: 19/Mar/1971; MI request re: missed dose.",
        [("DOB", "19/Mar/1971")],
        "dates",
        "slashes around a month abbreviation",
    ),
    (
        "Fecha de nac.: 05/11/1948, alergias: ninguna.",
        [("DOB", "05/11/1948")],
        "dates",
        "Spanish 'fecha de nac.'",
    ),
    (
        "DOB - 12 Jan. '53; lives alone.",
        [("DOB", "12 Jan. '53")],
        "dates",
        "apostrophe year after a dotted month",
    ),
    # --- e-mail ---
    (
        "Caregiver email j.okafor[at]gmail[dot]com - send the MI letter there.",
        [("EMAIL", "j.okafor[at]gmail[dot]com")],
        "email_obf",
        "[at] and [dot] without spaces",
    ),
    (
        "reply to bobsmith AT hotmail DOT com, per the web form",
        [("EMAIL", "bobsmith AT hotmail DOT com")],
        "email_obf",
        "AT and DOT in capitals",
    ),
    (
        "pat.reyes (at) yahoo (dot) co (dot) uk wants the leaflet.",
        [("EMAIL", "pat.reyes (at) yahoo (dot) co (dot) uk")],
        "email_obf",
        "(at)/(dot) with spaces and a two-part ending",
    ),
    (
        "Patient asked for the copay FAQ at mailto:dan.ochoa+rx@icloud.com",
        [("EMAIL", "dan.ochoa+rx@icloud.com")],
        "email_obf",
        "mailto: prefix and plus addressing",
    ),
    # --- no identifiers ---
    (
        "Lot 4F22A1, exp 11/2026; NDC 0002-7597-01 confirmed with the pharmacy.",
        [],
        "negatives",
        "lot, expiry and NDC",
    ),
    (
        "Trial NCT05123456 (protocol XR-2201-04) closes enrolment 2026-03-31.",
        [],
        "negatives",
        "trial and protocol ids, a closing date",
    ),
    (
        "ICD-10 E11.65 and I10; A1c 8.4%, LDL 132 mg/dL, eGFR 58.",
        [],
        "negatives",
        "diagnosis codes and lab values",
    ),
    (
        "BP 132/84, HR 72, SpO2 97%, wt 81.4 kg; dose 2.5 mg/kg q3w x 6 cycles.",
        [],
        "negatives",
        "vital signs and a dose",
    ),
    (
        "Price $1,249.00 per 28-day pack; copay card caps at $3,500/yr, hub 1-866-555-0147.",
        [("IGNORE", "1-866-555-0147")],
        "negatives",
        "prices and a hub's toll-free line",
    ),
    (
        "Clinic hours 08:30-17:00 Mon-Fri; lunch 12:00-13:00; next in-service 12/09 at 7:30.",
        [],
        "negatives",
        "times and a visit date",
    ),
    (
        "PMID 31234567, DOI 10.1056/NEJMoa2034577, ISBN 978-0-306-40615-7 for the reprint.",
        [],
        "negatives",
        "publication identifiers",
    ),
    (
        "Ref MIR-2025-118203; PO 4500123998; SKU 4410023 for the demo kits.",
        [],
        "negatives",
        "company reference, purchase order and SKU numbers",
    ),
    (
        "Dr. Anand Krishnan's office line (617) 555-0134; met at 55 Fruit St, Boston, MA 02114.",
        [
            ("HCP", "Anand Krishnan"),
            ("IGNORE", "(617) 555-0134"),
            ("IGNORE", "55 Fruit St, Boston, MA 02114"),
        ],
        "negatives",
        "a clinician's office line and the hospital's address",
    ),
    (
        "Study visit 5 of 12 on 2025-11-14; titrate 0.25 -> 0.5 -> 1.0 mg over 8-12 weeks.",
        [],
        "negatives",
        "visit counts, a visit date, a titration ladder",
    ),
]

ROUND_2: list[Snippet] = [
    # --- phones ---
    (
        "Caregiver's landline is 020 7946 0371; the patient has no mobile.",
        [("PHONE", "020 7946 0371")],
        "ofcom",
        "London drama-range landline after 'landline is'",
    ),
    (
        "Pt (h) 614-555-0166, (c) 614-555-0177 - prefers texts.",
        [("PHONE", "614-555-0166"), ("PHONE", "614-555-0177")],
        "nanp",
        "(h)/(c) markers before US numbers",
    ),
    (
        "Callback: (614)5550123 - ask for the wife.",
        [("PHONE", "(614)5550123")],
        "nanp",
        "area code in brackets glued to seven digits",
    ),
    (
        "Reporter phone +1.614.555.0139, email on file.",
        [("PHONE", "+1.614.555.0139")],
        "nanp",
        "dotted number with +1",
    ),
    (
        "Son in Hamburg: 0151 23456789, or +49 40 1234 5678 at work.",
        [("PHONE", "0151 23456789"), ("PHONE", "+49 40 1234 5678")],
        "libphonenumber",
        "German mobile and Hamburg landline",
    ),
    (
        "Sister (Netherlands) +31 (0)6 1234 5678 called about the refill.",
        [("PHONE", "+31 (0)6 1234 5678")],
        "libphonenumber",
        "Dutch mobile with (0) trunk",
    ),
    (
        "Tél. : 01 42 68 53 00 (domicile du patient).",
        [("PHONE", "01 42 68 53 00")],
        "libphonenumber",
        "French 'Tél. :' with a space before the colon",
    ),
    (
        "Patient's daughter in Zurich, 079 123 45 67, speaks English.",
        [("PHONE", "079 123 45 67")],
        "libphonenumber",
        "Swiss mobile 3-3-2-2 with no cue word",
    ),
    (
        "Husband's number 052-123-4567 (Israel), best after 8pm.",
        [("PHONE", "052-123-4567")],
        "libphonenumber",
        "Israeli mobile",
    ),
    (
        "AE reporter: patient's wife, WhatsApp +971 50 123 4567.",
        [("PHONE", "+971 50 123 4567")],
        "libphonenumber",
        "UAE mobile after 'WhatsApp'",
    ),
    (
        "Tlf. 32 12 34 56 (patientens hjem).",
        [("PHONE", "32 12 34 56")],
        "libphonenumber",
        "Danish 'Tlf.' with 2-2-2-2",
    ),
    (
        "Patient's cell 010-4471-2290 (Seoul), interpreter needed.",
        [("PHONE", "010-4471-2290")],
        "libphonenumber",
        "Korean mobile 3-4-4",
    ),
    (
        "Pt's mother: 011 15-2345-6789 (Buenos Aires).",
        [("PHONE", "011 15-2345-6789")],
        "libphonenumber",
        "Argentine mobile with the 15 prefix",
    ),
    (
        "Home fax for the patient's signed form: 614-555-0110.",
        [("PHONE", "614-555-0110")],
        "hipaa",
        "a patient's fax number",
    ),
    (
        "Reach the caregiver at 0 4 1 2 3 4 5 6 7 8? No - she wrote 0412 345 678.",
        [("PHONE", "0 4 1 2 3 4 5 6 7 8"), ("PHONE", "0412 345 678")],
        "acma",
        "digits spelled one by one with spaces, and the grouped mobile",
    ),
    # --- addresses ---
    (
        "Pt lives at 14 oak st, dayton oh 45402 - lower case in the web form.",
        [("ADDRESS", "14 oak st, dayton oh 45402")],
        "usps28",
        "US address in lower case with commas",
    ),
    (
        "ADDRESS ON FILE: 1234 N MAIN ST APT 5, SPRINGFIELD IL 62704",
        [("ADDRESS", "1234 N MAIN ST APT 5, SPRINGFIELD IL 62704")],
        "usps28",
        "US address in capitals, USPS style",
    ),
    (
        "Mail goes to HC 68 Box 23A, Big Sandy, MT 59520.",
        [("ADDRESS", "HC 68 Box 23A, Big Sandy, MT 59520")],
        "usps28",
        "highway contract route box",
    ),
    (
        "Patient moved to 742 Evergreen Terrace; new pharmacy nearby.",
        [("ADDRESS", "742 Evergreen Terrace")],
        "usps28",
        "street alone, 'Terrace'",
    ),
    (
        "Home address 2nd floor, 88 Cedar Ave, Yonkers NY 10701.",
        [("ADDRESS", "2nd floor, 88 Cedar Ave, Yonkers NY 10701")],
        "usps28",
        "floor before the street",
    ),
    (
        "Pt's flat: Flat 3/2, 45 Byres Road, Glasgow G11 5RG.",
        [("ADDRESS", "Flat 3/2, 45 Byres Road, Glasgow G11 5RG")],
        "royalmail",
        "Scottish floor/flat numbering",
    ),
    (
        "Sample delivered to 12a High Street, Ware, Herts SG12 9AA.",
        [("ADDRESS", "12a High Street, Ware, Herts SG12 9AA")],
        "royalmail",
        "lettered house number, county abbreviation",
    ),
    (
        "Rural Alberta patient: RR 1, Site 5, Comp 12, Sundre AB  T0M 1X0.",
        [("ADDRESS", "RR 1, Site 5, Comp 12, Sundre AB  T0M 1X0")],
        "canadapost",
        "Canadian rural route, site and compartment",
    ),
    (
        "Lot 12 Bindoon Rd, Gingin WA 6503 (farm, no street number).",
        [("ADDRESS", "Lot 12 Bindoon Rd, Gingin WA 6503")],
        "auspost",
        "Australian lot number address",
    ),
    (
        "Units: 3/45-47 Ocean St, Bondi NSW 2026 is the caregiver's.",
        [("ADDRESS", "3/45-47 Ocean St, Bondi NSW 2026")],
        "auspost",
        "unit over a range of street numbers",
    ),
    (
        "NZ patient: Flat 2, 18 Kauri Road, RD 2, Whangarei 0172.",
        [("ADDRESS", "Flat 2, 18 Kauri Road, RD 2, Whangarei 0172")],
        "upu",
        "New Zealand rural delivery (RD) number",
    ),
    (
        "Address: H.No. 8-2-293/82, Road No. 14, Banjara Hills, Hyderabad, Telangana 500034",
        [("ADDRESS", "H.No. 8-2-293/82, Road No. 14, Banjara Hills, Hyderabad, Telangana 500034")],
        "upu",
        "Indian house number with dashes and a slash, road number",
    ),
    (
        "Courier to C-45, Sector 62, Noida, UP 201301 for the patient.",
        [("ADDRESS", "C-45, Sector 62, Noida, UP 201301")],
        "upu",
        "Indian block-plot and sector",
    ),
    (
        "Patient wohnt Am Markt 3, 04109 Leipzig.",
        [("ADDRESS", "Am Markt 3, 04109 Leipzig")],
        "upu",
        "German street without a street word",
    ),
    (
        "Adresse: Schillerplatz 2, D-70173 Stuttgart.",
        [("ADDRESS", "Schillerplatz 2, D-70173 Stuttgart")],
        "upu",
        "country letter before the postcode",
    ),
    (
        "Wohnadresse Mariahilfer Straße 45/3/12, 1060 Wien.",
        [("ADDRESS", "Mariahilfer Straße 45/3/12, 1060 Wien")],
        "upu",
        "Austrian house/stair/door numbers",
    ),
    (
        "Pt address Bahnhofstrasse 12, CH-8001 Zürich.",
        [("ADDRESS", "Bahnhofstrasse 12, CH-8001 Zürich")],
        "upu",
        "Swiss postcode with CH- prefix",
    ),
    (
        "Adres: Kerkstraat 12-III, 1017 GB Amsterdam.",
        [("ADDRESS", "Kerkstraat 12-III, 1017 GB Amsterdam")],
        "upu",
        "Dutch floor in Roman numerals",
    ),
    (
        "Skickas till Storgatan 12 B, 114 55 Stockholm.",
        [("ADDRESS", "Storgatan 12 B, 114 55 Stockholm")],
        "upu",
        "Swedish letter after the number, spaced postcode",
    ),
    (
        "Adresse: Nørregade 10, 2. th., 1165 København K.",
        [("ADDRESS", "Nørregade 10, 2. th., 1165 København K")],
        "upu",
        "Danish floor and side",
    ),
    (
        "Adres: ul. Marszałkowska 10/12 m. 5, 00-590 Warszawa.",
        [("ADDRESS", "ul. Marszałkowska 10/12 m. 5, 00-590 Warszawa")],
        "upu",
        "Polish street, building/flat, postcode",
    ),
    (
        "Pacient bydlí Na Příkopě 15, 110 00 Praha 1.",
        [("ADDRESS", "Na Příkopě 15, 110 00 Praha 1")],
        "upu",
        "Czech street without a street word, district number",
    ),
    (
        "Patient: 12 Jacaranda St, Lynnwood, Pretoria, 0081.",
        [("ADDRESS", "12 Jacaranda St, Lynnwood, Pretoria, 0081")],
        "upu",
        "South African suburb and postcode after a comma",
    ),
    (
        "Delivery to Plot 5, Adeola Odeku Street, Victoria Island, Lagos.",
        [("ADDRESS", "Plot 5, Adeola Odeku Street, Victoria Island, Lagos")],
        "upu",
        "Nigerian plot address with no postcode",
    ),
    (
        "Patient's box: P.O. Box 30197-00100, Nairobi.",
        [("ADDRESS", "P.O. Box 30197-00100, Nairobi")],
        "upu",
        "Kenyan PO box with postcode after a dash",
    ),
    (
        "Domicilio: Calle 5 de Mayo No. 25, Col. Centro, C.P. 06000, Ciudad de México.",
        [("ADDRESS", "Calle 5 de Mayo No. 25, Col. Centro, C.P. 06000, Ciudad de México")],
        "libaddressinput",
        "Mexican street, colonia, C.P.",
    ),
    (
        "Enviar a Av. Corrientes 1234, Piso 5 Depto B, C1043AAZ CABA.",
        [("ADDRESS", "Av. Corrientes 1234, Piso 5 Depto B, C1043AAZ CABA")],
        "libaddressinput",
        "Argentine floor and flat, CPA postcode",
    ),
    (
        "Patient lives at 123 Sejong-daero, Jongno-gu, Seoul 03172.",
        [("ADDRESS", "123 Sejong-daero, Jongno-gu, Seoul 03172")],
        "upu",
        "Korean road-name address, romanised",
    ),
    (
        "Room 1203, Building 5, 88 Jianguo Road, Chaoyang District, Beijing 100022",
        [("ADDRESS", "Room 1203, Building 5, 88 Jianguo Road, Chaoyang District, Beijing 100022")],
        "upu",
        "Chinese address, romanised, room and building first",
    ),
    (
        "Ship to Unit 4B, 123 Ayala Ave, Makati City 1226.",
        [("ADDRESS", "Unit 4B, 123 Ayala Ave, Makati City 1226")],
        "upu",
        "Philippine unit and city with postcode",
    ),
    (
        "Family relocated to 75011 Paris in the summer.",
        [("ADDRESS", "75011 Paris")],
        "hipaa",
        "postcode and city alone",
    ),
    # --- record numbers ---
    (
        "Pt Acct No: 0044729341 / Visit #: V00441293",
        [("MRN", "0044729341"), ("MRN", "V00441293")],
        "mrn",
        "account and visit numbers",
    ),
    (
        "Hospital number: RXH-449182 (from the clinic letter).",
        [("MRN", "RXH-449182")],
        "mrn",
        "hospital number with letters and a dash",
    ),
    (
        "Medicaid ID 12345678A; pharmacy needs it for the PA.",
        [("MRN", "12345678A")],
        "hipaa",
        "Medicaid ID with a letter",
    ),
    (
        "Old card shows HICN 219099999A - asked caller to use the new MBI.",
        [("MRN", "219099999A")],
        "hipaa",
        "old Medicare HICN (SSN plus a letter)",
    ),
    (
        "Subscriber #: 99887766501, plan: PPO.",
        [("MRN", "99887766501")],
        "hipaa",
        "subscriber number",
    ),
    (
        "Epic MRN E4471293 / Cerner FIN 44129384",
        [("MRN", "E4471293"), ("MRN", "44129384")],
        "mrn",
        "EHR-labelled MRN and FIN",
    ),
    (
        "Unit No: 123-45-67, admitted to 5 West.",
        [("MRN", "123-45-67")],
        "mrn",
        "unit number with dashes",
    ),
    (
        "NHS number: 485 777 3456 (GP letter).",
        [("MRN", "485 777 3456")],
        "nhsnumber",
        "NHS number with its full label",
    ),
    (
        "Health & Care Number 320 000 0000 (Northern Ireland).",
        [("MRN", "320 000 0000")],
        "nhsnumber",
        "Northern Ireland H&C number",
    ),
    (
        "BC patient, PHN 9876 543 210, called the hub.",
        [("MRN", "9876 543 210")],
        "stdnum",
        "British Columbia personal health number",
    ),
    (
        "Versichertennummer A123456780 auf der Karte.",
        [("MRN", "A123456780")],
        "stdnum",
        "German health insurance number",
    ),
    (
        "Path report Accession No. S25-04471 attached to the AE.",
        [("MRN", "S25-04471")],
        "hipaa",
        "pathology accession number",
    ),
    (
        "Pt # 44-71-29 on the sticker; lab drawn today.",
        [("MRN", "44-71-29")],
        "mrn",
        "'Pt #' with paired digits",
    ),
    # --- national numbers ---
    (
        "Form had SSN#123-45-6789 on it.",
        [("SSN", "123-45-6789")],
        "ssa",
        "cue glued to the number",
    ),
    (
        "SSN: 123 - 45 - 6789 typed with spaces around the dashes.",
        [("SSN", "123 - 45 - 6789")],
        "ssa",
        "spaces around the dashes",
    ),
    (
        "Caller read out social 078-05-1120 by mistake.",
        [("SSN", "078-05-1120")],
        "ssa",
        "'social' alone as the cue",
    ),
    (
        "SIN: 046-454-286 on the Canadian form.",
        [("SSN", "046-454-286")],
        "stdnum",
        "Canadian SIN with dashes",
    ),
    (
        "National Insurance: QQ123456C (example on the form).",
        [("SSN", "QQ123456C")],
        "stdnum",
        "NINO without spaces",
    ),
    (
        "DNI 30.123.456 del paciente (Argentina).",
        [("SSN", "30.123.456")],
        "stdnum",
        "Argentine DNI with dots",
    ),
    (
        "C.C. 1.020.304.050 (Colombia) en la solicitud.",
        [("SSN", "1.020.304.050")],
        "stdnum",
        "Colombian cédula with dots",
    ),
    (
        "BSN: 1112.22.333 op de verwijzing.",
        [("SSN", "1112.22.333")],
        "stdnum",
        "Dutch BSN in 4-2-3 dotted form",
    ),
    (
        "Taiwan ID A123456789 on the enrolment form.",
        [("SSN", "A123456789")],
        "stdnum",
        "Taiwanese ID letter and nine digits",
    ),
    (
        "NIN 12345678901 (Nigeria) for the hub.",
        [("SSN", "12345678901")],
        "stdnum",
        "Nigerian NIN",
    ),
    (
        "Egyptian national ID 29001011234567 copied onto the form.",
        [("SSN", "29001011234567")],
        "stdnum",
        "Egyptian 14-digit national ID",
    ),
    # --- dates of birth ---
    (
        "DOB 1961-Mar-03, allergic to sulfa.",
        [("DOB", "1961-Mar-03")],
        "dates",
        "year-month name-day",
    ),
    (
        "dob: 3-3-61, on 20 mg.",
        [("DOB", "3-3-61")],
        "dates",
        "dashes, two-digit year",
    ),
    (
        "born 03 March '61 per the daughter.",
        [("DOB", "03 March '61")],
        "dates",
        "apostrophe year after a full month",
    ),
    (
        "Birth date: 1961/03/03",
        [("DOB", "1961/03/03")],
        "dates",
        "year first with slashes",
    ),
    (
        "Date of Birth 03 Mar 1961 (64 yrs)",
        [("DOB", "03 Mar 1961")],
        "dates",
        "short month, age after",
    ),
    (
        "DOB: Mar-03-1961 per the pharmacy label.",
        [("DOB", "Mar-03-1961")],
        "dates",
        "month name first with dashes",
    ),
    (
        "Geburtsdatum: 3. März 1961",
        [("DOB", "3. März 1961")],
        "dates",
        "German dotted day and month name",
    ),
    (
        "DOB:03/03/1961 (no space after the colon)",
        [("DOB", "03/03/1961")],
        "dates",
        "no space after the colon",
    ),
    (
        "date of birth is the 3rd of March 1961, per the son.",
        [("DOB", "3rd of March 1961")],
        "dates",
        "'the 3rd of March'",
    ),
    (
        "生年月日: 1961年3月3日 (patient's card)",
        [("DOB", "1961年3月3日")],
        "dates",
        "Japanese/Chinese year-month-day characters",
    ),
    (
        "DOB 1961 March 3, seen by Dr. Okafor.",
        [("DOB", "1961 March 3"), ("HCP", "Okafor")],
        "dates",
        "year, month name, day",
    ),
    (
        "Born: 1961 (exact date unknown to the caller).",
        [("DOB", "1961")],
        "dates",
        "year of birth after 'Born:'",
    ),
    (
        "pt 64yo, dob-03/03/61",
        [("DOB", "03/03/61")],
        "dates",
        "cue glued by a hyphen",
    ),
    # --- e-mail ---
    (
        "wife's email: j doe @ gmail . com (spaces as she said it)",
        [("EMAIL", "j doe @ gmail . com")],
        "email_obf",
        "spaces around @ and the dot",
    ),
    (
        "JANE_ROE@YAHOO.COM on the AE form",
        [("EMAIL", "JANE_ROE@YAHOO.COM")],
        "email_obf",
        "an address in capitals",
    ),
    (
        "caregiver: jane(dot)roe(at)outlook(dot)com",
        [("EMAIL", "jane(dot)roe(at)outlook(dot)com")],
        "email_obf",
        "(dot)/(at) with no spaces",
    ),
    (
        "send to jane.roe {at} mail {dot} com please",
        [("EMAIL", "jane.roe {at} mail {dot} com")],
        "email_obf",
        "curly brackets",
    ),
    (
        "e-mail: j.roe<at>posteo.de",
        [("EMAIL", "j.roe<at>posteo.de")],
        "email_obf",
        "<at>",
    ),
    # --- no identifiers ---
    (
        "Cycle 3 day 1 on 2025-12-01; next scan 01/2026; K+ 4.1 (3.5-5.0 mmol/L).",
        [],
        "negatives",
        "cycle, scan date, lab value with its range",
    ),
    (
        "Order #4471293 for 200 brochures; invoice 2025-00471, $4,120.50.",
        [],
        "negatives",
        "an order number after '#', an invoice",
    ),
    (
        "Veltrana 100 mg/4 mL vial, NDC 12345-678-90; CPT 96413, HCPCS J9271, ICD-10 C34.90.",
        [],
        "negatives",
        "product strength, NDC, billing codes",
    ),
    (
        "Dosing app v4.2.1 (build 20251104) crashed on the iPad at 14:05.",
        [],
        "negatives",
        "version, build number, time",
    ),
    (
        "Samples tracked as 7489 2345 6789 (FedEx), arrived 11/03.",
        [],
        "negatives",
        "courier tracking number",
    ),
    (
        "Speaker program at 200 Park Ave, New York, NY 10166 on 12/04 with Dr. Lena Ortiz.",
        [("IGNORE", "200 Park Ave, New York, NY 10166"), ("HCP", "Lena Ortiz")],
        "negatives",
        "a venue's address",
    ),
    (
        "Dr. Maria Gonzalez, NPI 1234567893, DEA AB1234563, asked for the PI.",
        [("HCP", "Maria Gonzalez")],
        "negatives",
        "a prescriber's NPI and DEA numbers",
    ),
    (
        "Copay card BIN 610020, PCN LOYALTY, Group 99992222 - pharmacy rejected it.",
        [],
        "negatives",
        "copay card processing numbers",
    ),
    (
        "Protocol amendment 3 dated 15-Jan-2025; 1200 patients across 85 sites.",
        [],
        "negatives",
        "amendment date and counts",
    ),
    (
        "Infusion rate 1.2 mL/h, pump 0.8-1.6; temp 38.2 C; weight 142 lb.",
        [],
        "negatives",
        "rates and measurements",
    ),
    (
        "Press 1 then 2 on the hub line; extension 4417 is the nurse educator.",
        [("IGNORE", "4417")],
        "negatives",
        "phone tree digits and a company extension",
    ),
]

ROUND_3: list[Snippet] = [
    # --- chart headers, exports and letters: several identifiers in a layout ---
    (
        "RE: your patient\nDOB: 04-MAR-1961\nMRN: 000-12-3456\nTel: 0113 496 0559\n"
        "Address: 7 Albion Street, Leeds LS1 6AG",
        [
            ("DOB", "04-MAR-1961"),
            ("MRN", "000-12-3456"),
            ("PHONE", "0113 496 0559"),
            ("ADDRESS", "7 Albion Street, Leeds LS1 6AG"),
        ],
        "ofcom",
        "a letter's header block: DOB in capitals, an SSN-shaped MRN, Leeds drama number",
    ),
    (
        '{"dob": "1961-03-04", "phone": "+1 614 555 0184", "zip": "43215-1234", '
        '"email": "pt4471@example.org"}',
        [
            ("DOB", "1961-03-04"),
            ("PHONE", "+1 614 555 0184"),
            ("ADDRESS", "43215-1234"),
            ("EMAIL", "pt4471@example.org"),
        ],
        "hipaa",
        "a CRM export's JSON fields",
    ),
    (
        "phone=6145550191;dob=03/04/1961;mrn=A4471290",
        [("PHONE", "6145550191"), ("DOB", "03/04/1961"), ("MRN", "A4471290")],
        "hipaa",
        "key=value pairs as a web form posts them",
    ),
    (
        "| DOB | 04/03/1961 |\n| Phone | 07700 900 128 |\n| NHS no | 401 023 2137 |",
        [("DOB", "04/03/1961"), ("PHONE", "07700 900 128"), ("MRN", "401 023 2137")],
        "nhsnumber",
        "a markdown table of patient fields",
    ),
    (
        "DOB/MRN: 3/4/61 / 4471290 - seen by Dr. Chen for the AE.",
        [("DOB", "3/4/61"), ("MRN", "4471290"), ("HCP", "Chen")],
        "mrn",
        "two labels joined by a slash, two values",
    ),
    (
        "FAX COVER - To: Pinecrest Rheumatology\nRe: pt born 12/9/1950, chart no 4471290, "
        "home ph 614 555 0147",
        [("DOB", "12/9/1950"), ("MRN", "4471290"), ("PHONE", "614 555 0147")],
        "mrn",
        "a fax cover's abbreviations: chart no, home ph",
    ),
    # --- phones ---
    (
        "Patient's mobile 0532 123 45 67 (Istanbul).",
        [("PHONE", "0532 123 45 67")],
        "libphonenumber",
        "Turkish mobile 4-3-2-2",
    ),
    (
        "Brother in Karachi: 0300-1234567, prefers calls after Isha.",
        [("PHONE", "0300-1234567")],
        "libphonenumber",
        "Pakistani mobile 4-7",
    ),
    (
        "Caregiver (Dhaka) 01712-345678.",
        [("PHONE", "01712-345678")],
        "libphonenumber",
        "Bangladeshi mobile 5-6",
    ),
    (
        "Reach the patient on 081-234-5678 (Bangkok).",
        [("PHONE", "081-234-5678")],
        "libphonenumber",
        "Thai mobile 3-3-4",
    ),
    (
        "Son's number 012-345 6789, Kuala Lumpur.",
        [("PHONE", "012-345 6789")],
        "libphonenumber",
        "Malaysian mobile with mixed separators",
    ),
    (
        "Daughter: 0812-3456-7890 (Jakarta).",
        [("PHONE", "0812-3456-7890")],
        "libphonenumber",
        "Indonesian mobile 4-4-4",
    ),
    (
        "Patient telefon: 8 (912) 345-67-89, Moscow.",
        [("PHONE", "8 (912) 345-67-89")],
        "libphonenumber",
        "Russian mobile with trunk 8 and bracketed code",
    ),
    (
        "Pt's wife +48 512 345 678 (Kraków) re: the courier.",
        [("PHONE", "+48 512 345 678")],
        "libphonenumber",
        "Polish mobile with country code",
    ),
    (
        "Paciente: celular +56 9 8765 4321.",
        [("PHONE", "+56 9 8765 4321")],
        "libphonenumber",
        "Chilean mobile",
    ),
    (
        "Cel. 300 123 4567 (Bogotá) - paciente prefiere WhatsApp.",
        [("PHONE", "300 123 4567")],
        "libphonenumber",
        "Colombian mobile after 'Cel.'",
    ),
    (
        "Home 06 6988 1234 (Rome); mobile +39 347 123 4567.",
        [("PHONE", "06 6988 1234"), ("PHONE", "+39 347 123 4567")],
        "libphonenumber",
        "Italian landline and mobile",
    ),
    (
        "Patient's number (614) 555-0123x22 per the intake form.",
        [("PHONE", "(614) 555-0123x22")],
        "nanp",
        "extension glued with x",
    ),
    (
        "call pt @ 614-555-0155 re: missed refill",
        [("PHONE", "614-555-0155")],
        "nanp",
        "'@' as 'at' before a number",
    ),
    (
        "Tel. 210 1234567 (Athens), patient's home.",
        [("PHONE", "210 1234567")],
        "libphonenumber",
        "Greek landline",
    ),
    # --- addresses ---
    (
        "Patient lives at One Main Street, Apt. 3, Andover, MA 01810.",
        [("ADDRESS", "One Main Street, Apt. 3, Andover, MA 01810")],
        "usps28",
        "house number spelled out",
    ),
    (
        "Ship to 350 5th Ave, Fl 34, New York, NY 10118-0110.",
        [("ADDRESS", "350 5th Ave, Fl 34, New York, NY 10118-0110")],
        "usps28",
        "ordinal street, floor, ZIP+4",
    ),
    (
        "Rural: 12345 State Hwy 29, Georgetown TX 78626.",
        [("ADDRESS", "12345 State Hwy 29, Georgetown TX 78626")],
        "usps28",
        "numbered state highway",
    ),
    (
        "Mail to 4471 County Road 12, Lamar, CO 81052.",
        [("ADDRESS", "4471 County Road 12, Lamar, CO 81052")],
        "usps28",
        "county road with its number",
    ),
    (
        "patient's mailing addr: po box 1123, taos nm 87571",
        [("ADDRESS", "po box 1123, taos nm 87571")],
        "usps28",
        "PO box in lower case with city and state",
    ),
    (
        "Flat C, 12 Albert Road, Bristol BS2 0XA is the new address.",
        [("ADDRESS", "Flat C, 12 Albert Road, Bristol BS2 0XA")],
        "royalmail",
        "flat letter before the street",
    ),
    (
        "住所：東京都新宿区西新宿2-8-1",
        [("ADDRESS", "東京都新宿区西新宿2-8-1")],
        "upu",
        "Japanese address in characters after 住所",
    ),
    (
        "주소: 서울특별시 종로구 세종대로 209",
        [("ADDRESS", "서울특별시 종로구 세종대로 209")],
        "upu",
        "Korean road-name address in Hangul",
    ),
    (
        "Адрес: ул. Ленина, д. 5, кв. 12, Москва, 101000",
        [("ADDRESS", "ул. Ленина, д. 5, кв. 12, Москва, 101000")],
        "upu",
        "Russian street, house, flat, city, postcode",
    ),
    (
        "Διεύθυνση: Ερμού 25, 105 63 Αθήνα",
        [("ADDRESS", "Ερμού 25, 105 63 Αθήνα")],
        "upu",
        "Greek street, number, postcode, city",
    ),
    (
        "Pt address 55 Elm St., Apt. 3\nSpringfield",
        [("ADDRESS", "55 Elm St., Apt. 3\nSpringfield")],
        "usps28",
        "street, apartment, city on the next line with no state",
    ),
    (
        "Home: Unit 12B-401, 88 Pasir Panjang Rd, Singapore 118525",
        [("ADDRESS", "Unit 12B-401, 88 Pasir Panjang Rd, Singapore 118525")],
        "upu",
        "unit code with a dash before the street",
    ),
    (
        "Dirección del paciente: Jr. Huallaga 320, Cercado de Lima 15001",
        [("ADDRESS", "Jr. Huallaga 320, Cercado de Lima 15001")],
        "upu",
        "Peruvian 'Jr.' (jirón) street",
    ),
    (
        "Patient resides at 221B Baker St, London NW1 6XE.",
        [("ADDRESS", "221B Baker St, London NW1 6XE")],
        "royalmail",
        "lettered house number glued to the number",
    ),
    # --- record numbers ---
    (
        "Med Record #: 12-34-56 (old paper chart).",
        [("MRN", "12-34-56")],
        "mrn",
        "'Med Record #' with paired digits",
    ),
    (
        "Hospital ID: 2024/000123 on the wristband photo.",
        [("MRN", "2024/000123")],
        "mrn",
        "year/serial hospital ID",
    ),
    (
        "EMR# 4471290 - the clinic pulled it for the MI.",
        [("MRN", "4471290")],
        "mrn",
        "EMR#",
    ),
    (
        "Encounter ID ENC-2024-00871 for the infusion visit.",
        [("MRN", "ENC-2024-00871")],
        "mrn",
        "encounter ID with letters",
    ),
    (
        "Member #: ABC123456789; Policy # 884221091.",
        [("MRN", "ABC123456789"), ("MRN", "884221091")],
        "hipaa",
        "member and policy numbers",
    ),
    (
        "BCBS ID XYZ987654321 given for the benefits check.",
        [("MRN", "XYZ987654321")],
        "hipaa",
        "a health plan's ID after its name",
    ),
    (
        "Case note number: RK-004471 (UK hospital).",
        [("MRN", "RK-004471")],
        "mrn",
        "UK 'case note number'",
    ),
    (
        "Hungarian pt, TAJ 123 456 788, asked about the card.",
        [("MRN", "123 456 788")],
        "stdnum",
        "Hungarian TAJ (social insurance) number",
    ),
    # --- national numbers ---
    (
        "SS #123-45-6789 seen on the scanned form.",
        [("SSN", "123-45-6789")],
        "ssa",
        "'SS #' glued",
    ),
    (
        "SSN (last four): 6789 confirmed by the caller.",
        [("SSN", "6789")],
        "ssa",
        "last four in brackets",
    ),
    (
        "SSN ****6789 on the PAP form.",
        [("SSN", "****6789")],
        "ssa",
        "masked with asterisks, no dashes",
    ),
    (
        "Form shows xxx-xx-6789 under the signature.",
        [("SSN", "xxx-xx-6789")],
        "ssa",
        "masked SSN with no label",
    ),
    (
        "MyKad 850101-14-5678 (Malaysia) on the referral.",
        [("SSN", "850101-14-5678")],
        "stdnum",
        "Malaysian NRIC (MyKad)",
    ),
    (
        "Czech pt, rodné číslo 736028/5163.",
        [("SSN", "736028/5163")],
        "stdnum",
        "Czech birth number with a slash",
    ),
    (
        "CUIL 20-12345678-6 del paciente.",
        [("SSN", "20-12345678-6")],
        "stdnum",
        "Argentine CUIL",
    ),
    (
        "SSS no. 34-1234567-8 (Philippines).",
        [("SSN", "34-1234567-8")],
        "stdnum",
        "Philippine SSS number",
    ),
    (
        "NIF 123456789 do doente (Portugal).",
        [("SSN", "123456789")],
        "stdnum",
        "Portuguese NIF",
    ),
    (
        "Thai ID 1 1017 00230 78 3 on the copy of the card.",
        [("SSN", "1 1017 00230 78 3")],
        "stdnum",
        "Thai national ID 1-4-5-2-1 (check digit corrected after the untuned run: 5 was invalid)",
    ),
    # --- dates of birth ---
    (
        "DOB 4-Mar-61; on 2 puffs BID.",
        [("DOB", "4-Mar-61")],
        "dates",
        "day-month-yy with dashes",
    ),
    (
        "DOB: March 1961 (day not given).",
        [("DOB", "March 1961")],
        "dates",
        "month and year only",
    ),
    (
        "Birthday: March 4 - caregiver planning a party, asked about dosing around it.",
        [("DOB", "March 4")],
        "hipaa",
        "birthday without a year (still a date element)",
    ),
    (
        "Pt is 64 (b. 1961), on Veltrana.",
        [("DOB", "1961")],
        "dates",
        "'b.' before a year",
    ),
    (
        "Födelsedatum 1961-03-04, patienten bor i Malmö.",
        [("DOB", "1961-03-04")],
        "dates",
        "Swedish label",
    ),
    (
        "født 4. marts 1961 ifølge datteren.",
        [("DOB", "4. marts 1961")],
        "dates",
        "Danish 'født' with a Danish month",
    ),
    (
        "Syntymäaika 4.3.1961, potilas Helsingistä.",
        [("DOB", "4.3.1961")],
        "dates",
        "Finnish label",
    ),
    (
        "Datum narození: 4. 3. 1961",
        [("DOB", "4. 3. 1961")],
        "dates",
        "Czech label, spaces after the dots",
    ),
    (
        "Ημερομηνία γέννησης: 04/03/1961",
        [("DOB", "04/03/1961")],
        "dates",
        "Greek label",
    ),
    # --- e-mail ---
    (
        "pt email jo.bloggs[@]gmail.com for the PSP welcome pack",
        [("EMAIL", "jo.bloggs[@]gmail.com")],
        "email_obf",
        "[@]",
    ),
    (
        "E: <r.moreno@mail.example.co.uk> (caregiver)",
        [("EMAIL", "r.moreno@mail.example.co.uk")],
        "email_obf",
        "in angle brackets, subdomains",
    ),
    (
        "contact: kwame_asante AT gmail.com",
        [("EMAIL", "kwame_asante AT gmail.com")],
        "email_obf",
        "AT with a plain domain",
    ),
    # --- no identifiers ---
    (
        "Poison Control 1-800-222-1222 given to the caller; HR 0.72 (95% CI 0.61-0.85), n=1,204.",
        [("IGNORE", "1-800-222-1222")],
        "negatives",
        "a public helpline, trial statistics",
    ),
    (
        "EudraCT 2020-001234-56 and ISRCTN12345678; see 21 CFR 314.80 and section 4.2.1.",
        [],
        "negatives",
        "trial registries and regulation sections",
    ),
    (
        "Rx: Veltrana 10 mg #30, 3 refills; $25 copay; ratio 1:1000; p<0.001.",
        [],
        "negatives",
        "a prescription's count, copay, ratios",
    ),
    (
        "Practice Tax ID 12-3456789 on the W-9; NPI 1234567893; License #MD12345.",
        [],
        "negatives",
        "the practice's EIN, a clinician's NPI and licence",
    ),
    (
        "UDI (01)00312345678906(17)261231(10)A123 on the pen box; GTIN 00312345678906.",
        [],
        "negatives",
        "device identifier of a product (not a patient's)",
    ),
    (
        "LOINC 4548-4, SNOMED 44054006, ATC L01XC18, MedDRA PT 10019211.",
        [],
        "negatives",
        "terminology codes",
    ),
    (
        "Clinic fax 614-555-0100; bed 12, room 4B, level 2 of St. Mary's.",
        [("IGNORE", "614-555-0100")],
        "negatives",
        "a clinic's fax and a ward location",
    ),
    (
        "Meeting moved to 12/09/2025 14:30; 2 tabs BID x 14 days; CrCl 45 mL/min.",
        [],
        "negatives",
        "a meeting date and time, dosing",
    ),
    (
        "Study 301-0042 site 118; visit window 28 +/- 3 days; screening ID 4471-003.",
        [("MRN", "4471-003")],
        "negatives",
        "study and site numbers; a screening number is the subject's (stop 43: fail closed)",
    ),
    (
        "Dr. Amara Osei (pager 4417) discussed the 2025 ASCO data at 1200 Market St.",
        [("HCP", "Amara Osei"), ("IGNORE", "4417"), ("IGNORE", "1200 Market St")],
        "negatives",
        "a clinician's pager and a meeting venue",
    ),
]

ROUND_4: list[Snippet] = [
    # --- letters and blocks ---
    (
        "Dear Mrs Example,\n14 Rowan Close\nChelmsford\nEssex\nCM1 2AB\n\nThank you for your "
        "enquiry about the pen.",
        [("ADDRESS", "14 Rowan Close\nChelmsford\nEssex\nCM1 2AB")],
        "royalmail",
        "UK letter block with county, no commas",
    ),
    (
        "Return to:\nUnit 3\n12 Smith Street\nPARRAMATTA NSW 2150",
        [("ADDRESS", "Unit 3\n12 Smith Street\nPARRAMATTA NSW 2150")],
        "auspost",
        "Australian block, unit on its own line, locality in capitals",
    ),
    (
        "Patient address: 1234 rue Principale\nSaint-Jérôme QC  J7Z 1A1",
        [("ADDRESS", "1234 rue Principale\nSaint-Jérôme QC  J7Z 1A1")],
        "canadapost",
        "Quebec two-line address",
    ),
    (
        "Pt: H.No 12/3, Gandhi Nagar, Near Bus Stand, Jaipur, Rajasthan - 302001",
        [("ADDRESS", "H.No 12/3, Gandhi Nagar, Near Bus Stand, Jaipur, Rajasthan - 302001")],
        "upu",
        "Indian address with a landmark ('Near ...')",
    ),
    (
        "Deliver to No. 12, Allen Avenue, Ikeja, Lagos State.",
        [("ADDRESS", "No. 12, Allen Avenue, Ikeja, Lagos State")],
        "upu",
        "Nigerian 'No. 12,' before the street",
    ),
    (
        "Blk 5 Lot 12, Phase 2, Greenfields Subd., Brgy. San Isidro, Cainta, Rizal 1900",
        [
            (
                "ADDRESS",
                "Blk 5 Lot 12, Phase 2, Greenfields Subd., Brgy. San Isidro, Cainta, Rizal 1900",
            )
        ],
        "upu",
        "Philippine block and lot, subdivision, barangay",
    ),
    (
        "Domicilio: Av. Reforma No. 222, Int. 5, Col. Juárez, C.P. 06600, CDMX",
        [("ADDRESS", "Av. Reforma No. 222, Int. 5, Col. Juárez, C.P. 06600, CDMX")],
        "libaddressinput",
        "Mexican 'No.' and 'Int.'",
    ),
    (
        "Vive en Calle 45 # 12-34, Apto 501, Bogotá.",
        [("ADDRESS", "Calle 45 # 12-34, Apto 501, Bogotá")],
        "upu",
        "Colombian street-number '#' notation",
    ),
    (
        "Endereço: SQN 312 Bloco K Apto 504, Asa Norte, Brasília - DF, 70765-110",
        [("ADDRESS", "SQN 312 Bloco K Apto 504, Asa Norte, Brasília - DF, 70765-110")],
        "libaddressinput",
        "Brasília superquadra and block",
    ),
    (
        "Patient: Apt 302, 1-2-3 Minami-Aoyama, Minato-ku, Tokyo 107-0062",
        [("ADDRESS", "Apt 302, 1-2-3 Minami-Aoyama, Minato-ku, Tokyo 107-0062")],
        "upu",
        "Japanese romanised with an apartment first",
    ),
    (
        "Adres: Atatürk Cad. No: 45 D: 7, 34000 Fatih/İstanbul",
        [("ADDRESS", "Atatürk Cad. No: 45 D: 7, 34000 Fatih/İstanbul")],
        "upu",
        "Turkish Cad., No:, D: (flat), district/city",
    ),
    (
        "Home: Villa 12, Street 5, Al Barsha 1, Dubai",
        [("ADDRESS", "Villa 12, Street 5, Al Barsha 1, Dubai")],
        "upu",
        "UAE villa and street numbers",
    ),
    (
        "Alamat: Jl. Sudirman No. 45, RT 003/RW 005, Jakarta Selatan 12190",
        [("ADDRESS", "Jl. Sudirman No. 45, RT 003/RW 005, Jakarta Selatan 12190")],
        "upu",
        "Indonesian Jl., RT/RW",
    ),
    (
        "Pt lives at No. 12, Jalan SS 2/24, 47300 Petaling Jaya, Selangor.",
        [("ADDRESS", "No. 12, Jalan SS 2/24, 47300 Petaling Jaya, Selangor")],
        "upu",
        "Malaysian Jalan with a section code",
    ),
    (
        "Address 123/45 Sukhumvit Soi 11, Khlong Toei Nuea, Watthana, Bangkok 10110",
        [("ADDRESS", "123/45 Sukhumvit Soi 11, Khlong Toei Nuea, Watthana, Bangkok 10110")],
        "upu",
        "Thai house number with a slash, Soi",
    ),
    (
        "Unit 4, Sunset Villas, 12 Beach Rd, Sea Point, Cape Town, 8005",
        [("ADDRESS", "Unit 4, Sunset Villas, 12 Beach Rd, Sea Point, Cape Town, 8005")],
        "upu",
        "South African complex name and unit",
    ),
    (
        "Lakcím: Budapest, Kossuth Lajos u. 12. II/4, 1055",
        [("ADDRESS", "Budapest, Kossuth Lajos u. 12. II/4, 1055")],
        "upu",
        "Hungarian city first, floor/door in Roman/Arabic",
    ),
    (
        "Адрес: 101000, г. Москва, ул. Мясницкая, д. 20",
        [("ADDRESS", "101000, г. Москва, ул. Мясницкая, д. 20")],
        "upu",
        "Russian postcode first",
    ),
    (
        "Patient lives in Springfield, IL and drives to the infusion centre.",
        [("ADDRESS", "Springfield, IL")],
        "hipaa",
        "city and state of residence, no ZIP",
    ),
    (
        "Apt 4, The Maltings, Bray, Co. Wicklow, A98 X2Y3",
        [("ADDRESS", "Apt 4, The Maltings, Bray, Co. Wicklow, A98 X2Y3")],
        "upu",
        "Irish apartment in a named building",
    ),
    # --- phones ---
    (
        "Tel: +44 (0)1632 960 123 (patient's home).",
        [("PHONE", "+44 (0)1632 960 123")],
        "ofcom",
        "UK drama-range number with (0)",
    ),
    (
        "mobile: 07700 900 982 / 07700900983",
        [("PHONE", "07700 900 982"), ("PHONE", "07700900983")],
        "ofcom",
        "two numbers split by a slash",
    ),
    (
        "Ph: 614/555-0142 (cell)",
        [("PHONE", "614/555-0142")],
        "nanp",
        "area code with a slash",
    ),
    (
        "Reporter: +1-614-555-0142, text OK.",
        [("PHONE", "+1-614-555-0142")],
        "nanp",
        "dashed with +1",
    ),
    (
        "Patient in Tokyo: +81-3-1234-5678.",
        [("PHONE", "+81-3-1234-5678")],
        "libphonenumber",
        "Japanese number, dashes after the country code",
    ),
    (
        "Son's landline (080) 2345 6789, Bengaluru.",
        [("PHONE", "(080) 2345 6789")],
        "libphonenumber",
        "Indian landline with STD code in brackets",
    ),
    (
        "Mum's line +234 (0) 803 555 0142 - Lagos.",
        [("PHONE", "+234 (0) 803 555 0142")],
        "libphonenumber",
        "Nigerian number with (0)",
    ),
    (
        "Caregiver sent wa.me/447700900461 as her contact.",
        [("PHONE", "447700900461")],
        "libphonenumber",
        "a WhatsApp link holding the number",
    ),
    (
        "Patient's fax F: 614.555.0143 for the signed consent.",
        [("PHONE", "614.555.0143")],
        "nanp",
        "'F:' fax label",
    ),
    (
        "Callback 614-555-0142(m) or 614-555-0150(h).",
        [("PHONE", "614-555-0142"), ("PHONE", "614-555-0150")],
        "nanp",
        "(m)/(h) glued after the number",
    ),
    (
        "sms 07700900461 when the courier is 10 min away",
        [("PHONE", "07700900461")],
        "ofcom",
        "'sms' cue, unspaced",
    ),
    # --- record numbers ---
    (
        "MRN#:1234567 - please match on the PA form.",
        [("MRN", "1234567")],
        "mrn",
        "'MRN#:' glued",
    ),
    (
        "UHID: MH12345678, IP No: 2024/12345 (Indian hospital discharge).",
        [("MRN", "MH12345678"), ("MRN", "2024/12345")],
        "mrn",
        "Indian UHID and in-patient number",
    ),
    (
        "OPD No. 4471 / Reg. No. 2024-88123 on the prescription.",
        [("MRN", "4471"), ("MRN", "2024-88123")],
        "mrn",
        "out-patient and registration numbers",
    ),
    (
        "RAMQ: ABCD 1234 5678 (Quebec card) on the form.",
        [("MRN", "ABCD 1234 5678")],
        "stdnum",
        "Quebec health card number",
    ),
    (
        "Pat.-Nr. 4471290, Fall-Nr. 12345678 (Klinikum).",
        [("MRN", "4471290"), ("MRN", "12345678")],
        "mrn",
        "German patient and case numbers with dots and dashes",
    ),
    (
        "IPP : 123456789 (identifiant patient).",
        [("MRN", "123456789")],
        "mrn",
        "French IPP",
    ),
    (
        "NHC 123456; CIP ABCD123456789012 (tarjeta sanitaria).",
        [("MRN", "123456"), ("MRN", "ABCD123456789012")],
        "mrn",
        "Spanish clinical history number and health card code",
    ),
    (
        "Epic CSN: 123456789, HAR: 12345678.",
        [("MRN", "123456789"), ("MRN", "12345678")],
        "mrn",
        "Epic contact serial number and hospital account record",
    ),
    (
        "Admission # A2024-4471; Specimen # S24-1234.",
        [("MRN", "A2024-4471"), ("MRN", "S24-1234")],
        "mrn",
        "admission and specimen numbers",
    ),
    (
        "PhilHealth No. 12-345678901-2 on the claim form.",
        [("MRN", "12-345678901-2")],
        "stdnum",
        "Philippine health insurance number",
    ),
    (
        "CNS 123 4567 8901 2345 (Cartão SUS) do paciente.",
        [("MRN", "123 4567 8901 2345")],
        "stdnum",
        "Brazilian national health card",
    ),
    (
        "Medicare No. 2123 45670 1 / IRN 1 on the script.",
        [("MRN", "2123 45670 1")],
        "aus_urn",
        "Australian Medicare with IRN",
    ),
    # --- national numbers ---
    (
        "S.S. No. 123-45-6789 on the old form.",
        [("SSN", "123-45-6789")],
        "ssa",
        "'S.S. No.'",
    ),
    (
        "social security #123456789 read out by the son",
        [("SSN", "123456789")],
        "ssa",
        "'social security #' glued, nine digits",
    ),
    (
        "DNI: 12345678-Z (España).",
        [("SSN", "12345678-Z")],
        "stdnum",
        "Spanish DNI with a dash before the letter",
    ),
    (
        "RG: 12.345.678-9 do paciente.",
        [("SSN", "12.345.678-9")],
        "stdnum",
        "Brazilian RG",
    ),
    (
        "NSS 12345678901 (IMSS) del paciente.",
        [("SSN", "12345678901")],
        "stdnum",
        "Mexican social security number",
    ),
    (
        "Emirates ID 784-1985-1234567-1 copied by the clinic.",
        [("SSN", "784-1985-1234567-1")],
        "stdnum",
        "UAE Emirates ID",
    ),
    (
        "Iqama 2123456789, Riyadh.",
        [("SSN", "2123456789")],
        "stdnum",
        "Saudi residence permit number",
    ),
    (
        "Voter ID ABC1234567 given as proof (India).",
        [("SSN", "ABC1234567")],
        "stdnum",
        "Indian voter ID (EPIC)",
    ),
    (
        "Steuer-ID 12 345 678 901 auf dem Formular.",
        [("SSN", "12 345 678 901")],
        "stdnum",
        "German tax ID spaced",
    ),
    (
        "NINO: QQ 12 34 56 C on the PIP letter.",
        [("SSN", "QQ 12 34 56 C")],
        "stdnum",
        "NINO with HMRC's example prefix",
    ),
    # --- dates of birth ---
    (
        "DOB 12/03/45 (80 y), on 10 mg.",
        [("DOB", "12/03/45")],
        "dates",
        "two-digit year with age after",
    ),
    (
        "Date of birth: 12th March, 1945.",
        [("DOB", "12th March, 1945")],
        "dates",
        "ordinal day, comma before the year",
    ),
    (
        "DOB - 12/Mar/45",
        [("DOB", "12/Mar/45")],
        "dates",
        "month abbreviation between slashes, two-digit year",
    ),
    (
        "D.O.B: 12.03.45",
        [("DOB", "12.03.45")],
        "dates",
        "dotted, two-digit year",
    ),
    (
        "reporter says the patient was born in March 1945.",
        [("DOB", "March 1945")],
        "dates",
        "'born in' month and year",
    ),
    (
        "DOB: 12MAR45",
        [("DOB", "12MAR45")],
        "dates",
        "compact day-month-yy",
    ),
    (
        "Geb.-Datum: 12.03.1945",
        [("DOB", "12.03.1945")],
        "dates",
        "German abbreviation 'Geb.-Datum'",
    ),
    (
        "FN: 12/03/1945 (fecha de nacimiento)",
        [("DOB", "12/03/1945")],
        "dates",
        "Spanish 'FN' abbreviation",
    ),
    (
        "DOB 03121945 per the pharmacy system.",
        [("DOB", "03121945")],
        "dates",
        "MMDDYYYY with no separators",
    ),
    (
        "DOB: Mar. 12th '45",
        [("DOB", "Mar. 12th '45")],
        "dates",
        "month, ordinal, apostrophe year",
    ),
    (
        "생년월일: 1945년 3월 12일",
        [("DOB", "1945년 3월 12일")],
        "dates",
        "Korean year/month/day",
    ),
    (
        "วันเกิด 12/03/2488 (พ.ศ.)",
        [("DOB", "12/03/2488")],
        "dates",
        "Thai label and Buddhist-era year",
    ),
    # --- e-mail ---
    (
        "email janeroe@gmail,com (typo in the form)",
        [("EMAIL", "janeroe@gmail,com")],
        "email_obf",
        "comma for the dot",
    ),
    (
        "contact jroe @gmail.com for the survey",
        [("EMAIL", "jroe @gmail.com")],
        "email_obf",
        "space before @ only",
    ),
    (
        "E-mail: t.okoro+psp@health-mail.travel",
        [("EMAIL", "t.okoro+psp@health-mail.travel")],
        "email_obf",
        "long top-level domain",
    ),
    # --- no identifiers ---
    (
        "Call 911 or 1-800-FLOWERS? No - caller wanted the hub, 1-866-555-0100.",
        [("IGNORE", "1-866-555-0100")],
        "negatives",
        "emergency number, a vanity number, the hub's line",
    ),
    (
        "Lot# A12345B exp 2026-11; Batch 2210-4471; Serial 4471-2210-9932 (demo device).",
        [],
        "negatives",
        "lot, batch and a demo device's serial",
    ),
    (
        "Hgb 13.2 g/dL, BP 120/80 mmHg, pages 1-12 of the PI, v2.3.1.",
        [],
        "negatives",
        "lab values, page range, version",
    ),
    (
        "Territory 4471, District 12, Region NE; ticket INC0012345 raised.",
        [],
        "negatives",
        "sales territory and an IT ticket",
    ),
    (
        "AER 2025-US-004471 and claim 2025-0004471 are the company's case numbers.",
        [],
        "negatives",
        "company case numbers",
    ),
    (
        "Met Dr. Nkem Obi at Lagos University Teaching Hospital, Idi-Araba, on 03/12/2025 09:30.",
        [("HCP", "Nkem Obi"), ("IGNORE", "Lagos University Teaching Hospital, Idi-Araba")],
        "negatives",
        "a clinician at a hospital, a visit time",
    ),
    (
        "CAS 50-00-0; ICD E11.9; NCT04512345; 1,200 mg over 30 min; $1,200.00.",
        [],
        "negatives",
        "chemical, diagnosis and trial codes, dose, price",
    ),
]

ROUND_5: list[Snippet] = [
    # --- narrative addresses ---
    (
        "Caregiver says they moved from 22 Birch Rd to 9 Pine Ct last spring.",
        [("ADDRESS", "22 Birch Rd"), ("ADDRESS", "9 Pine Ct")],
        "usps28",
        "two streets in one sentence, no city",
    ),
    (
        "Pt's home is Columbus, Ohio 43215 - nurse visits weekly.",
        [("ADDRESS", "Columbus, Ohio 43215")],
        "usps28",
        "state written in full before the ZIP",
    ),
    (
        "Send c/o Mary Okafor, 12 Oak St, Apt B-12, Akron OH 44308.",
        [("PATIENT-NAME", "Mary Okafor"), ("ADDRESS", "12 Oak St, Apt B-12, Akron OH 44308")],
        "usps28",
        "care-of line before the street, lettered apartment (the relative's name labelled after "
        "the untuned run: a relative's name is an identifier too)",
    ),
    (
        "Patient lives at 1234 W 5th St #4B, Austin, TX 78703.",
        [("ADDRESS", "1234 W 5th St #4B, Austin, TX 78703")],
        "usps28",
        "direction and ordinal street with a # unit",
    ),
    (
        "Rural address: Box 45, Route 2, Elkins, WV 26241.",
        [("ADDRESS", "Box 45, Route 2, Elkins, WV 26241")],
        "usps28",
        "old rural box and route",
    ),
    (
        "Ship to 123 Main St. W., Hamilton, Ontario L8P 4R5.",
        [("ADDRESS", "123 Main St. W., Hamilton, Ontario L8P 4R5")],
        "canadapost",
        "province written in full",
    ),
    (
        "Pt address 3/12 Smith St, Fitzroy, Victoria 3065.",
        [("ADDRESS", "3/12 Smith St, Fitzroy, Victoria 3065")],
        "auspost",
        "state written in full",
    ),
    (
        "Daughter's house at Two Oak Lane, Hanover NH 03755.",
        [("ADDRESS", "Two Oak Lane, Hanover NH 03755")],
        "usps28",
        "house number spelled out",
    ),
    (
        "Flat 4, 22 Acacia Avenue, Sheffield, S11 8YN",
        [("ADDRESS", "Flat 4, 22 Acacia Avenue, Sheffield, S11 8YN")],
        "royalmail",
        "flat, street, town, postcode after a comma",
    ),
    (
        "Home: 45 Rue Saint-Denis, 75001 Paris, France",
        [("ADDRESS", "45 Rue Saint-Denis, 75001 Paris, France")],
        "upu",
        "French address with country",
    ),
    (
        "the patient's zip code is 30309, per the enrolment form",
        [("ADDRESS", "30309")],
        "hipaa",
        "ZIP alone after 'zip code is'",
    ),
    (
        "Address on file:\n  88 Harbour View Road\n  Apartment 12\n  Halifax NS B3H 2Y9",
        [("ADDRESS", "88 Harbour View Road\n  Apartment 12\n  Halifax NS B3H 2Y9")],
        "canadapost",
        "indented block under a label",
    ),
    (
        "PT HOME ADDR: 4410 RIDGEVIEW DR APT 12B DAYTON OH 45402",
        [("ADDRESS", "4410 RIDGEVIEW DR APT 12B DAYTON OH 45402")],
        "usps28",
        "capitals, abbreviated label",
    ),
    (
        "Lives at 17 Kingfisher Way, Milton Keynes MK4 (partial postcode given).",
        [("ADDRESS", "17 Kingfisher Way, Milton Keynes MK4")],
        "royalmail",
        "UK outward code only",
    ),
    # --- phones ---
    (
        "Pt's local number 555-0123 (no area code given).",
        [("PHONE", "555-0123")],
        "nanp",
        "seven-digit local number with a cue",
    ),
    (
        "ph# 614 555-0167, leave a message with the husband",
        [("PHONE", "614 555-0167")],
        "nanp",
        "'ph#' cue, mixed separators",
    ),
    (
        "tel#:+1 (614) 555 0168",
        [("PHONE", "+1 (614) 555 0168")],
        "nanp",
        "'tel#:' glued to +1",
    ),
    (
        "Cell - 614.555.0169 / work 614.555.0170 ext 12",
        [("PHONE", "614.555.0169"), ("PHONE", "614.555.0170 ext 12")],
        "nanp",
        "dash after the cue, an extension",
    ),
    (
        "Patient's daughter: +44 7700 900123, UK mobile.",
        [("PHONE", "+44 7700 900123")],
        "ofcom",
        "UK mobile in international format",
    ),
    (
        "Best # to reach him: 614 5550171.",
        [("PHONE", "614 5550171")],
        "nanp",
        "'Best #' cue, 3+7 grouping",
    ),
    # --- record numbers ---
    (
        "Pt ID 4471290; Visit ID V-2025-1183.",
        [("MRN", "4471290"), ("MRN", "V-2025-1183")],
        "mrn",
        "patient and visit IDs without colons",
    ),
    (
        "Medical record no 00-7712-33 attached.",
        [("MRN", "00-7712-33")],
        "mrn",
        "lower-case 'no' without a dot",
    ),
    (
        "MRN 12 345 678 on the discharge sheet",
        [("MRN", "12 345 678")],
        "mrn",
        "spaced MRN",
    ),
    (
        "ACCT#: 0044729341  ADM: 11/02/2025",
        [("MRN", "0044729341"), ("IGNORE", "11/02/2025")],
        "mrn",
        "account number in a caps header",
    ),
    (
        "Policy holder ID: QWE 7712 3345 (Cigna)",
        [("MRN", "QWE 7712 3345")],
        "hipaa",
        "policy holder ID with spaced groups",
    ),
    (
        "Dental record #DR-55120 copied for the AE.",
        [("MRN", "DR-55120")],
        "hipaa",
        "dental record number glued to #",
    ),
    # --- national numbers ---
    (
        "ss# 219099999 on the faxed page",
        [("SSN", "219099999")],
        "ssa",
        "'ss#' lower case",
    ),
    (
        "SS 219-09-9999 per the old chart.",
        [("SSN", "219-09-9999")],
        "ssa",
        "'SS' alone",
    ),
    (
        "Social Sec # 219 09 9999",
        [("SSN", "219 09 9999")],
        "ssa",
        "'Social Sec #'",
    ),
    (
        "Passport no. 533380006 (US) on the travel letter.",
        [("MRN", "533380006")],
        "hipaa",
        "passport number",
    ),
    (
        "Driver's license D123-4567-8901 on the ID copy.",
        [("MRN", "D123-4567-8901")],
        "hipaa",
        "driver's licence number",
    ),
    # --- dates of birth ---
    (
        "Pt was born on January 2nd, caregiver didn't give the year.",
        [("DOB", "January 2nd")],
        "hipaa",
        "born on a day without a year",
    ),
    (
        "DOB 01-02-34, on warfarin.",
        [("DOB", "01-02-34")],
        "dates",
        "dashes, two-digit year",
    ),
    (
        "Date of Birth: 2-JAN-1934",
        [("DOB", "2-JAN-1934")],
        "dates",
        "month in capitals",
    ),
    (
        "Her birthday is 1/2 and she asked if the pen is OK on the flight.",
        [("DOB", "1/2")],
        "hipaa",
        "birthday day and month only",
    ),
    (
        "b/d 02.01.1934",
        [("DOB", "02.01.1934")],
        "dates",
        "'b/d' abbreviation",
    ),
    (
        "DOB (mm/dd/yyyy): 01/02/1934",
        [("DOB", "01/02/1934")],
        "dates",
        "format hint between label and value",
    ),
    # --- e-mail ---
    (
        "email - m.garcia at live dot com",
        [("EMAIL", "m.garcia at live dot com")],
        "email_obf",
        "at/dot with a provider",
    ),
    (
        "pt email: KOFI.ASANTE@OUTLOOK.COM",
        [("EMAIL", "KOFI.ASANTE@OUTLOOK.COM")],
        "email_obf",
        "capitals",
    ),
    # --- no identifiers: rep notes with sales figures, caps clinical notes with labs ---
    (
        "Q3 TRx 12345 vs goal 13000; YTD 45678, MAT 123456; NBRx up 12%.",
        [],
        "negatives",
        "sales figures",
    ),
    (
        "VL 125000 copies/mL at baseline, CD4 350; HIV RNA < 50 after 24 wks.",
        [],
        "negatives",
        "viral load and CD4",
    ),
    (
        "PLATELETS 250000, WBC 12.5, ANC 8000; GLUCOSE 145.",
        [],
        "negatives",
        "lab values in capitals",
    ),
    (
        "Discussed 2 pts on 40 mg; call plan 12/1-12/5; target list 250 HCPs.",
        [],
        "negatives",
        "rep call plan",
    ),
    (
        "Speaker fee $2,500; honoraria cap 15000 USD; PO 4500123998.",
        [],
        "negatives",
        "fees and purchase order",
    ),
    (
        "Formulary tier 2 at Aetna; PA criteria v3.1; J-code J9271; Rev code 0636.",
        [],
        "negatives",
        "access and billing codes",
    ),
    (
        "ROOM 12 BED 2; ID 2 STATUS POST; CODE STATUS FULL.",
        [],
        "negatives",
        "ward location and code status in capitals",
    ),
    (
        "Dr. Ruth Adeyemi (Mercy Clinic, 200 W Main St, Suite 300, Tulsa OK 74103) reviewed "
        "the PI.",
        [("HCP", "Ruth Adeyemi"), ("IGNORE", "200 W Main St, Suite 300, Tulsa OK 74103")],
        "negatives",
        "a clinic's address with a clinician",
    ),
    (
        "Sample request 12 units, kit 44712; MSL visit 2025-11-20 at 10:30.",
        [],
        "negatives",
        "sample request and MSL visit",
    ),
    (
        "Approved on 12/05/1998, launched 1999; patent expires 2031.",
        [],
        "negatives",
        "historic dates of a product",
    ),
]

ROUND_6: list[Snippet] = [
    # --- phones in narrative ---
    (
        "Wife said her number's 07700 900 514 if the pen jams again.",
        [("PHONE", "07700 900 514")],
        "ofcom",
        "contraction before the number",
    ),
    (
        "Please ring her on 0161 496 0734 after lunch.",
        [("PHONE", "0161 496 0734")],
        "ofcom",
        "'ring her on', Manchester drama range",
    ),
    (
        "Callback (617)-555-0122 or 617 - 555 - 0123.",
        [("PHONE", "(617)-555-0122"), ("PHONE", "617 - 555 - 0123")],
        "nanp",
        "hyphen after the bracket, spaced dashes",
    ),
    (
        "Son in Berlin, Tel. (+49) 30 1234567.",
        [("PHONE", "(+49) 30 1234567")],
        "libphonenumber",
        "bracketed country code",
    ),
    # --- addresses ---
    (
        "Mail to P.O. Box 77, Kingston 10, Jamaica.",
        [("ADDRESS", "P.O. Box 77, Kingston 10, Jamaica")],
        "upu",
        "Jamaican box, numbered postal district, country",
    ),
    (
        "Domicilio: Calle Luna 8, 2º B, 41001 Sevilla.",
        [("ADDRESS", "Calle Luna 8, 2º B, 41001 Sevilla")],
        "upu",
        "Spanish floor and door",
    ),
    (
        "Pt lives at Kirchgasse 4, 8001 Zürich.",
        [("ADDRESS", "Kirchgasse 4, 8001 Zürich")],
        "upu",
        "Swiss -gasse street",
    ),
    (
        "Morada: Rua Augusta 100, 1100-053 Lisboa.",
        [("ADDRESS", "Rua Augusta 100, 1100-053 Lisboa")],
        "upu",
        "Portuguese 4-3 postcode, 'Morada' label",
    ),
    (
        "Adres pacjenta: ul. Floriańska 12/3, 31-019 Kraków.",
        [("ADDRESS", "ul. Floriańska 12/3, 31-019 Kraków")],
        "upu",
        "Polish address after 'Adres pacjenta'",
    ),
    (
        "Osoite: Mannerheimintie 10 A 5, 00100 Helsinki.",
        [("ADDRESS", "Mannerheimintie 10 A 5, 00100 Helsinki")],
        "upu",
        "Finnish stair letter and flat",
    ),
    (
        "Pasientens adresse: Karl Johans gate 5, 0154 Oslo.",
        [("ADDRESS", "Karl Johans gate 5, 0154 Oslo")],
        "upu",
        "Norwegian 'gate' street",
    ),
    (
        "Adresa: Strada Lipscani 5, București 030031.",
        [("ADDRESS", "Strada Lipscani 5, București 030031")],
        "upu",
        "Romanian street, city, postcode",
    ),
    (
        "Home: 123 Queen Street, Auckland 1010, New Zealand.",
        [("ADDRESS", "123 Queen Street, Auckland 1010, New Zealand")],
        "upu",
        "NZ address with country",
    ),
    (
        "Pt's flat: 45 Orchard Road, #12-01, Singapore 238880.",
        [("ADDRESS", "45 Orchard Road, #12-01, Singapore 238880")],
        "upu",
        "Singapore floor-unit after the street",
    ),
    (
        "Lives at Flat 12A, 88 Nathan Road, Tsim Sha Tsui, Kowloon, Hong Kong.",
        [("ADDRESS", "Flat 12A, 88 Nathan Road, Tsim Sha Tsui, Kowloon, Hong Kong")],
        "upu",
        "Hong Kong flat, no postcode",
    ),
    (
        "Office of the pt's son: Room 1502, 15/F, 8 Queen's Road Central, Hong Kong.",
        [("ADDRESS", "Room 1502, 15/F, 8 Queen's Road Central, Hong Kong")],
        "upu",
        "Hong Kong room and floor ('15/F')",
    ),
    (
        "Deliver to the patient at 12 Oak Lane, near the school.",
        [("ADDRESS", "12 Oak Lane")],
        "usps28",
        "street then a landmark phrase",
    ),
    # --- record numbers ---
    (
        "Medical Record Number (MRN): 0044129",
        [("MRN", "0044129")],
        "mrn",
        "label with the abbreviation in brackets",
    ),
    (
        "The patient's chart number is 88-1204.",
        [("MRN", "88-1204")],
        "mrn",
        "'chart number is'",
    ),
    (
        "Hospital Number: RX3 4471290 (Trust prefix).",
        [("MRN", "RX3 4471290")],
        "nhsnumber",
        "a Trust's code before the hospital number",
    ),
    (
        "Pt's insurance card: member ID 9988 7766 55, group 4471.",
        [("MRN", "9988 7766 55"), ("IGNORE", "4471")],
        "hipaa",
        "spaced member ID",
    ),
    # --- national numbers ---
    (
        "my social is 123-45-6789, caller said; redacted.",
        [("SSN", "123-45-6789")],
        "ssa",
        "'my social is'",
    ),
    (
        "Social: 123456789 (read from the card).",
        [("SSN", "123456789")],
        "ssa",
        "'Social:' with nine digits",
    ),
    # --- dates of birth ---
    (
        "Turned 67 last week (born 1958).",
        [("DOB", "1958")],
        "dates",
        "born year in brackets",
    ),
    (
        "date of birth 03 Mar 58 per the label.",
        [("DOB", "03 Mar 58")],
        "dates",
        "two-digit year after a month name",
    ),
    (
        "dob 3.3.58 - confirmed with the pharmacist.",
        [("DOB", "3.3.58")],
        "dates",
        "dotted with single digits and a two-digit year",
    ),
    (
        "birth date: 3 Mar. 1958",
        [("DOB", "3 Mar. 1958")],
        "dates",
        "abbreviated month with a dot",
    ),
    # --- e-mail ---
    (
        "her email is janedoe at gmail, she said.",
        [("EMAIL", "janedoe at gmail")],
        "email_obf",
        "provider without its ending",
    ),
    (
        "E-mail address: ama.owusu@example.com.gh.",
        [("EMAIL", "ama.owusu@example.com.gh")],
        "email_obf",
        "country-code second level domain, trailing period",
    ),
    # --- no identifiers ---
    (
        "Lunch at the cafe on 14th Street with the office staff; parking on Level 2.",
        [],
        "negatives",
        "a street named as a place, a parking level",
    ),
    (
        "Sent 3 boxes via FedEx 7712 3345 8890; invoice INV-2025-00471 for $12,450.00.",
        [],
        "negatives",
        "a courier tracking number and an invoice",
    ),
    (
        "Zoom: Meeting ID 812 3456 7890, passcode 445566.",
        [],
        "negatives",
        "a video meeting's ID and passcode",
    ),
    (
        "Dial-in +1 646 555 0100, access code 123 456 789#.",
        [("IGNORE", "+1 646 555 0100")],
        "negatives",
        "a conference line and its access code",
    ),
    (
        "Score 12/15 on the PHQ-9; ECOG 1, KPS 80; T2N1M0; Gleason 4+3=7.",
        [],
        "negatives",
        "clinical scores",
    ),
    (
        "HbA1c 7.2% on 2025-10-01; next draw 2026-01-15; Lot 24A117, Exp 11/30/2026.",
        [],
        "negatives",
        "lab value, visit dates, lot and expiry",
    ),
    (
        "1.5 million patients across 2,450 sites in 12 countries; Section 3.2.1, Table 14.2.1.3.",
        [],
        "negatives",
        "counts and document sections",
    ),
    (
        "Conference room B-204, ext. 4417; release 2025.11.03 of the dosing app.",
        [("IGNORE", "4417")],
        "negatives",
        "a room, a company extension, a release number",
    ),
    (
        "Certified ISO 13485:2016; CE 0123; UDI-DI 08717648200274.",
        [],
        "negatives",
        "certifications and a product's device identifier",
    ),
    (
        "Account manager ID 55120 in Veeva; Territory T-4471; Region 12.",
        [],
        "negatives",
        "the rep's own IDs",
    ),
    (
        "Dr. Ines Duarte's office at 1 Medical Center Dr, Lebanon NH 03756 is closed Fridays.",
        [("HCP", "Ines Duarte"), ("IGNORE", "1 Medical Center Dr, Lebanon NH 03756")],
        "negatives",
        "a clinician's office address",
    ),
    (
        "Patient assistance case 2025-PAP-004471 approved; reference MIR-118203.",
        [],
        "negatives",
        "the company's programme case numbers",
    ),
]

ROUND_7: list[Snippet] = [
    # --- layouts as joke2k/faker's address providers write them (values made up) ---
    (
        "Patient address:\n8245 Kimberly Crossroad Apt. 941\nNorth Jamesborough, WV 26573",
        [("ADDRESS", "8245 Kimberly Crossroad Apt. 941\nNorth Jamesborough, WV 26573")],
        "faker_address",
        "en_US street address with a secondary unit, city line",
    ),
    (
        "Son serves abroad: USNS Walsh\nFPO AE 09786",
        [("ADDRESS", "USNS Walsh\nFPO AE 09786")],
        "faker_address",
        "en_US military ship address",
    ),
    (
        "Mail: Unit 4521 Box 7312\nDPO AP 96533",
        [("ADDRESS", "Unit 4521 Box 7312\nDPO AP 96533")],
        "faker_address",
        "en_US DPO address",
    ),
    (
        "Return address on the form:\nStudio 46\nGriffiths Crossing\nNew Heather\nE1W 6ZL",
        [("ADDRESS", "Studio 46\nGriffiths Crossing\nNew Heather\nE1W 6ZL")],
        "faker_address",
        "en_GB secondary address then a street with no number, town, postcode",
    ),
    (
        "Pt lives at Suite 301 45 Boyd Grove\nWest Kellyburgh, TAS, 2645",
        [("ADDRESS", "Suite 301 45 Boyd Grove\nWest Kellyburgh, TAS, 2645")],
        "faker_address",
        "en_AU secondary address glued before the number",
    ),
    (
        "Ship to 4521 Kim Alley Suite 312\nEast Diane, NB E3A 2L9",
        [("ADDRESS", "4521 Kim Alley Suite 312\nEast Diane, NB E3A 2L9")],
        "faker_address",
        "en_CA address",
    ),
    (
        "Address: H.No. 45, Sharma Road\nJabalpur-482001",
        [("ADDRESS", "H.No. 45, Sharma Road\nJabalpur-482001")],
        "faker_address",
        "en_IN house number, road, city-PIN",
    ),
    (
        "Pt: 23/45\nGupta Nagar, Kolkata 700019",
        [("ADDRESS", "23/45\nGupta Nagar, Kolkata 700019")],
        "faker_address",
        "en_IN house number alone on its line",
    ),
    (
        "Anschrift: Gerda-Schmidt-Straße 4/7\n23845 Heide",
        [("ADDRESS", "Gerda-Schmidt-Straße 4/7\n23845 Heide")],
        "faker_address",
        "de_DE hyphenated street with a slash number",
    ),
    (
        "Wohnt: Am Feldrain 12a\n01067 Dresden",
        [("ADDRESS", "Am Feldrain 12a\n01067 Dresden")],
        "faker_address",
        "de_DE street with no street word, two lines",
    ),
    (
        "Adresse : 57, rue de Dupont\n75014 Paris",
        [("ADDRESS", "57, rue de Dupont\n75014 Paris")],
        "faker_address",
        "fr_FR number, comma, lower-case rue, postcode line",
    ),
    (
        "Envoyer au boulevard Marchand\n13008 Marseille",
        [("ADDRESS", "boulevard Marchand\n13008 Marseille")],
        "faker_address",
        "fr_FR street with no number, postcode line",
    ),
    (
        "Calle de Ana Ruiz 45 Puerta 3\nMadrid, 28013",
        [("ADDRESS", "Calle de Ana Ruiz 45 Puerta 3\nMadrid, 28013")],
        "faker_address",
        "es_ES city then postcode",
    ),
    (
        "Domicilio del paciente: Privada Sur 456 Edif. 12 , Depto. 301\nGuadalajara, JAL 44100",
        [("ADDRESS", "Privada Sur 456 Edif. 12 , Depto. 301\nGuadalajara, JAL 44100")],
        "faker_address",
        "es_MX building and flat, state abbreviation",
    ),
    (
        "Endereço: Rua Silva, 45\nJardim América\n01234-567 São Paulo / SP",
        [("ADDRESS", "Rua Silva, 45\nJardim América\n01234-567 São Paulo / SP")],
        "faker_address",
        "pt_BR street, neighbourhood, CEP city / state",
    ),
    (
        "Avenida Costa, 12\nCentro\n12345678 Campinas / SP",
        [("ADDRESS", "Avenida Costa, 12\nCentro\n12345678 Campinas / SP")],
        "faker_address",
        "pt_BR raw eight-digit CEP",
    ),
    (
        "Morada: Rua das Flores, S/N\n1100-053 Lisboa",
        [("ADDRESS", "Rua das Flores, S/N\n1100-053 Lisboa")],
        "faker_address",
        "pt_PT 'S/N' (no number)",
    ),
    (
        "Adres: Van der Veldenlaan 12\n1234 AB\nDelft",
        [("ADDRESS", "Van der Veldenlaan 12\n1234 AB\nDelft")],
        "faker_address",
        "nl_NL postcode on its own line",
    ),
    (
        "Kerkstraat 12\n9000\nGent (patiënt)",
        [("ADDRESS", "Kerkstraat 12\n9000\nGent")],
        "faker_address",
        "nl_BE postcode and city on separate lines",
    ),
    (
        "Adres: al. Jerozolimskie 65/79\n00-697 Warszawa",
        [("ADDRESS", "al. Jerozolimskie 65/79\n00-697 Warszawa")],
        "faker_address",
        "pl_PL avenue abbreviation",
    ),
    (
        "Adresa: Dlouhá tř. 12\n602 00 Brno",
        [("ADDRESS", "Dlouhá tř. 12\n602 00 Brno")],
        "faker_address",
        "cs_CZ short street word 'tř.'",
    ),
    (
        "Adress: Björkvägen 12\n123 45 Solna",
        [("ADDRESS", "Björkvägen 12\n123 45 Solna")],
        "faker_address",
        "sv_SE two lines",
    ),
    (
        "Adresse: Egevej 7\n2800 Kongens Lyngby",
        [("ADDRESS", "Egevej 7\n2800 Kongens Lyngby")],
        "faker_address",
        "da_DK two lines",
    ),
    (
        "Pasient bor i Storgata 12B, 0155 Oslo.",
        [("ADDRESS", "Storgata 12B, 0155 Oslo")],
        "faker_address",
        "no_NO one line",
    ),
    # --- phones as faker's phone providers write them ---
    (
        "Callback 614-555-0190x4471 or +1-614-555-0191x123.",
        [("PHONE", "614-555-0190x4471"), ("PHONE", "+1-614-555-0191x123")],
        "faker_phone",
        "en_US extension glued with x",
    ),
    (
        "Caller from abroad: 001-614-555-0192x4471.",
        [("PHONE", "001-614-555-0192x4471")],
        "faker_phone",
        "en_US with the 001 international prefix",
    ),
    (
        "Mobile (07700) 900 311; also +447700 900 312.",
        [("PHONE", "(07700) 900 311"), ("PHONE", "+447700 900 312")],
        "faker_phone",
        "en_GB bracketed mobile prefix, +44 glued",
    ),
    (
        "Tel. +49(0)89 4521377 (Patientin).",
        [("PHONE", "+49(0)89 4521377")],
        "faker_phone",
        "de_DE +49(0) glued",
    ),
    (
        "Tel +31(0)20 1234567 of (020) 7654321.",
        [("PHONE", "+31(0)20 1234567"), ("PHONE", "(020) 7654321")],
        "faker_phone",
        "nl_NL forms",
    ),
    (
        "Cell +63917-123-4567 (Globe).",
        [("PHONE", "+63917-123-4567")],
        "faker_phone",
        "en_PH country code glued to the prefix",
    ),
    (
        "Contact +919845012345 (son).",
        [("PHONE", "+919845012345")],
        "faker_phone",
        "en_IN glued international",
    ),
    (
        "Telefono +39 0612345678 (casa del paziente).",
        [("PHONE", "+39 0612345678")],
        "faker_phone",
        "it_IT landline glued after the country code",
    ),
    # --- national numbers as faker's ssn providers write them ---
    (
        "NI number ZZ 12 34 56 T on the test form.",
        [("SSN", "ZZ 12 34 56 T")],
        "faker_ssn",
        "en_GB placeholder NINO (never issued prefix) after its label",
    ),
    (
        "Rentenversicherungsnummer 12 150859 M 017 auf dem Antrag.",
        [("SSN", "12 150859 M 017")],
        "faker_ssn",
        "de_DE pension insurance number",
    ),
    (
        "CPF do paciente 52998224725 (sem pontos).",
        [("SSN", "52998224725")],
        "faker_ssn",
        "pt_BR CPF without its mask",
    ),
    (
        "Numer PESEL 44051401359 z karty.",
        [("SSN", "44051401359")],
        "faker_ssn",
        "pl_PL PESEL after 'Numer'",
    ),
    (
        "ITIN 912-70-1234 on the tax form copy.",
        [("SSN", "912-70-1234")],
        "faker_ssn",
        "en_US ITIN",
    ),
    # --- no identifiers ---
    (
        "Quarterly plan: 8245 samples, 4521 calls; Suite 301 booked for the advisory board.",
        [],
        "negatives",
        "counts and a meeting room",
    ),
    (
        "Order 4500123456 (SAP) shipped from warehouse 2800 to depot 0155.",
        [],
        "negatives",
        "order and warehouse numbers",
    ),
    (
        "GTIN 04012345123456 on carton; lot 12345678909 from the CMO.",
        [],
        "negatives",
        "packaging codes",
    ),
]

ROUND_8: list[Snippet] = [
    # --- dates of birth: month names as CLDR spells them (Babel), cues in the local language ---
    (
        "Potilaan syntymäaika 4. huhtikuuta 1958, soittaja tytär.",
        [("DOB", "4. huhtikuuta 1958")],
        "cldr",
        "Finnish month in the partitive, day with its dot",
    ),
    (
        "Hasta: doğum tarihi 12 Ağustos 1949; ziyaret 03.11.2026.",
        [("DOB", "12 Ağustos 1949")],
        "cldr",
        "Turkish month name after 'doğum tarihi'",
    ),
    (
        "Pacientă, data nașterii: 3 martie 1961, a sunat pentru cardul de reducere.",
        [("DOB", "3 martie 1961")],
        "cldr",
        "Romanian month name and the label 'data nașterii'",
    ),
    (
        "Pacijent, datum rođenja: 14. svibnja 1955., javila se kći.",
        [("DOB", "14. svibnja 1955")],
        "cldr",
        "Croatian genitive month name and the label 'datum rođenja'",
    ),
    (
        "Pasien lahir 17 Agustus 1960 di Bandung; keluhan mual sejak minggu lalu.",
        [("DOB", "17 Agustus 1960")],
        "cldr",
        "Indonesian month after 'lahir'",
    ),
    (
        "Пациентка, дата рождения: 5 марта 1948 г., жалобы на головокружение.",
        [("DOB", "5 марта 1948")],
        "cldr",
        "Russian genitive month name",
    ),
    (
        "Ασθενής, ημερομηνία γέννησης 21 Μαρτίου 1952, κλήση από τον γιο.",
        [("DOB", "21 Μαρτίου 1952")],
        "cldr",
        "Greek genitive month name",
    ),
    (
        "Pacientas, gimimo data: 1962 m. gegužės 14 d., skambino dukra.",
        [("DOB", "1962 m. gegužės 14 d.")],
        "cldr",
        "Lithuanian year-month-day with 'm.' and 'd.'",
    ),
    (
        "Пацієнт народився 12 січня 1950 р., телефонувала дружина.",
        [("DOB", "12 січня 1950")],
        "cldr",
        "Ukrainian month after 'народився'",
    ),
    (
        "Pacient, data de naixement: 7 de juny de 1966.",
        [("DOB", "7 de juny de 1966")],
        "cldr",
        "Catalan 'de' month 'de' year",
    ),
    (
        "Paciente nacida el día 4 de marzo de 1961 en Sevilla.",
        [("DOB", "4 de marzo de 1961")],
        "dates",
        "Spanish 'nacida el día'",
    ),
    (
        "Patientin geb. am 4.3.1961, Rückruf zur Dosierung.",
        [("DOB", "4.3.1961")],
        "dates",
        "German 'geb. am' with a word between label and date",
    ),
    (
        "Patiënt geboren op 4 maart 1961, belde over de bijsluiter.",
        [("DOB", "4 maart 1961")],
        "dates",
        "Dutch 'geboren op'",
    ),
    (
        "Paziente nata a Napoli il 12/05/1950, chiamata dalla figlia.",
        [("DOB", "12/05/1950")],
        "dates",
        "Italian 'nata a <place> il' with a place between cue and date",
    ),
    (
        "Utente, data de nasc.: 04-03-1961; pediu folheto.",
        [("DOB", "04-03-1961")],
        "dates",
        "Portuguese abbreviated 'data de nasc.'",
    ),
    (
        "Pacjentka ur. 4 marca 1961 r. w Krakowie, zgłoszenie przez córkę.",
        [("DOB", "4 marca 1961")],
        "cldr",
        "Polish 'ur.' then genitive month",
    ),
    (
        "Patient f. 04.03.1961 ringede om bivirkninger.",
        [("DOB", "04.03.1961")],
        "dates",
        "Danish/Norwegian 'f.' (født) abbreviation",
    ),
    (
        "Patient (née le 04/03/1961) a rappelé pour le remboursement.",
        [("DOB", "04/03/1961")],
        "dates",
        "French 'née le' inside brackets",
    ),
    (
        "Pt born on the 3rd of March, 1961 per her daughter.",
        [("DOB", "3rd of March, 1961")],
        "dates",
        "ordinal day, 'of', comma before the year",
    ),
    (
        "DOB: Tuesday, 14 March 1961 (per ID card).",
        [("DOB", "Tuesday, 14 March 1961")],
        "dates",
        "weekday before a date of birth",
    ),
    (
        "Caller's DOB03/04/1961 typed into the web form without a space.",
        [("DOB", "03/04/1961")],
        "hipaa",
        "label glued to the value",
    ),
    (
        "d.o.b.-04.03.61, female, on the starter pack.",
        [("DOB", "04.03.61")],
        "dates",
        "dotted two-digit year after 'd.o.b.-'",
    ),
    (
        "Date of Birth (DD/MM/YYYY): 04/03/1961",
        [("DOB", "04/03/1961")],
        "hipaa",
        "a format hint in brackets between label and value",
    ),
    (
        "DOB (mm/dd/yy) 07/22/48 - pt asked about the copay card.",
        [("DOB", "07/22/48")],
        "hipaa",
        "lower-case format hint, two-digit year",
    ),
    (
        "Birth date ........ 1948-07-22\nSex ............. F",
        [("DOB", "1948-07-22")],
        "hipaa",
        "dotted leaders between label and value",
    ),
    (
        "68 y/o F (DOB 11 Sept 1957), on therapy since spring.",
        [("DOB", "11 Sept 1957")],
        "dates",
        "age with the date, 'Sept' abbreviation",
    ),
    (
        "生年月日：昭和36年3月4日、女性。",
        [("DOB", "昭和36年3月4日")],
        "dates",
        "Japanese era year (Showa 36)",
    ),
    (
        "생년월일: 61.03.04, 여성 환자.",
        [("DOB", "61.03.04")],
        "dates",
        "Korean two-digit year first with dots",
    ),
    (
        "תאריך לידה: 04/03/1961, המטופלת התקשרה.",
        [("DOB", "04/03/1961")],
        "dates",
        "Hebrew label 'תאריך לידה'",
    ),
    (
        "تاريخ الميلاد: ١٩٦١/٠٣/٠٤ - المريضة اتصلت.",
        [("DOB", "١٩٦١/٠٣/٠٤")],
        "dates",
        "Arabic-Indic digits",
    ),
    (
        "जन्म तिथि: 04-03-1961, रोगी की बेटी ने फोन किया।",
        [("DOB", "04-03-1961")],
        "dates",
        "Hindi label 'जन्म तिथि'",
    ),
    (
        "Birthdate - 04 MAR 61; allergies NKDA.",
        [("DOB", "04 MAR 61")],
        "dates",
        "capitals month with a two-digit year after spaces",
    ),
    # --- record numbers ---
    (
        "Numéro IPP : 4471 2290 - patiente rappelée.",
        [("MRN", "4471 2290")],
        "mrn",
        "French permanent patient identifier (IPP) in spaced groups",
    ),
    (
        "Pat.-ID 0044712, Station 4B, Rückfrage zur Dosis.",
        [("MRN", "0044712")],
        "mrn",
        "German 'Pat.-ID'",
    ),
    (
        "N° d'hospitalisation : 24-017733 (séjour en cours).",
        [("MRN", "24-017733")],
        "mrn",
        "French admission number",
    ),
    (
        "EHR export row: PatientID=MRN00447129;Sex=F;Ward=5",
        [("MRN", "MRN00447129")],
        "mrn",
        "key=value export with the MRN's letters glued",
    ),
    (
        "MRN:00447129 - pt on the hub's list.",
        [("MRN", "00447129")],
        "mrn",
        "label glued to value by a colon",
    ),
    (
        "HAR 88-44712-3 for the infusion visit; billing to call back.",
        [("MRN", "88-44712-3")],
        "mrn",
        "Epic hospital account record number",
    ),
    (
        "Chart ID — XJ44719 (old system).",
        [("MRN", "XJ44719")],
        "mrn",
        "chart ID after an em dash",
    ),
    (
        "患者ID: 0044712、カルテ番号 123456。",
        [("MRN", "0044712"), ("MRN", "123456")],
        "mrn",
        "Japanese patient ID and chart number",
    ),
    (
        "住院号：2024004471，病案号 447129。",
        [("MRN", "2024004471"), ("MRN", "447129")],
        "mrn",
        "Chinese inpatient and case-file numbers",
    ),
    (
        "등록번호: 12345678, 외래 환자.",
        [("MRN", "12345678")],
        "mrn",
        "Korean registration number",
    ),
    (
        "№ медицинской карты 4471/24, пациентка.",
        [("MRN", "4471/24")],
        "mrn",
        "Russian medical card number with a year",
    ),
    (
        "Med Rec #: 0044-7129; needs PA form.",
        [("MRN", "0044-7129")],
        "mrn",
        "'Med Rec #'",
    ),
    (
        "Enc# 2024-0044712 (ED visit).",
        [("MRN", "2024-0044712")],
        "mrn",
        "encounter number abbreviated",
    ),
    # --- national and health numbers ---
    (
        "PESEL: 44051401359, pacjent prosi o ulotkę.",
        [("SSN", "44051401359")],
        "stdnum",
        "Polish PESEL",
    ),
    (
        "Isikukood 37605030299; patsient helistas.",
        [("SSN", "37605030299")],
        "stdnum",
        "Estonian personal code",
    ),
    (
        "Asmens kodas: 33309240064.",
        [("SSN", "33309240064")],
        "stdnum",
        "Lithuanian personal code",
    ),
    (
        "ЕГН 7523169263 - пациент.",
        [("SSN", "7523169263")],
        "stdnum",
        "Bulgarian EGN",
    ),
    (
        "OIB: 94577403194, pacijentica.",
        [("SSN", "94577403194")],
        "stdnum",
        "Croatian OIB",
    ),
    (
        "EMŠO 0101006500006 (bolnik).",
        [("SSN", "0101006500006")],
        "stdnum",
        "Slovenian EMŠO",
    ),
    (
        "Patient's SIN 123-456-782 was read out on the call - do not store.",
        [("SSN", "123-456-782")],
        "stdnum",
        "Canadian SIN with dashes",
    ),
    (
        "TFN 123 456 782 given by the carer by mistake.",
        [("SSN", "123 456 782")],
        "stdnum",
        "Australian tax file number",
    ),
    (
        "IRD no. 49-091-850 on the NZ form.",
        [("SSN", "49-091-850")],
        "stdnum",
        "New Zealand IRD number",
    ),
    (
        "TC Kimlik No: 10000000146, hasta.",
        [("SSN", "10000000146")],
        "stdnum",
        "Turkish identity number",
    ),
    (
        "fødselsnr. 151086 95088 oppgitt av pasienten.",
        [("SSN", "151086 95088")],
        "stdnum",
        "Norwegian birth number with a space",
    ),
    (
        "CPR-nr.: 211062-5629, patienten ringede.",
        [("SSN", "211062-5629")],
        "stdnum",
        "Danish CPR with its label",
    ),
    (
        "ת.ז. 039337423 של המטופל.",
        [("SSN", "039337423")],
        "stdnum",
        "Israeli ID after 'ת.ז.'",
    ),
    (
        "Cartão de Cidadão 00000000 0 ZZ4 (doente).",
        [("SSN", "00000000 0 ZZ4")],
        "stdnum",
        "Portuguese citizen card",
    ),
    (
        "NIE X-2482300-W, paciente extranjera.",
        [("SSN", "X-2482300-W")],
        "stdnum",
        "Spanish NIE with dashes",
    ),
    (
        "CF: RSS MRA 80A01 H501U (paziente).",
        [("SSN", "RSS MRA 80A01 H501U")],
        "stdnum",
        "Italian codice fiscale in spaced groups",
    ),
    (
        "Paciente C.C. 1.020.304.050 de Bogotá.",
        [("SSN", "1.020.304.050")],
        "stdnum",
        "Colombian cédula after 'C.C.'",
    ),
    (
        "NIR 1 84 12 76 451 089 46 relevé sur la carte.",
        [("SSN", "1 84 12 76 451 089 46")],
        "stdnum",
        "French NIR in spaced groups",
    ),
    # --- phones ---
    (
        "Pt's son: +1 (614) 555-0192 after 5pm.",
        [("PHONE", "+1 (614) 555-0192")],
        "nanp",
        "country code then area code in brackets",
    ),
    (
        "Rappeler au (514) 555-0147, poste 221.",
        [("PHONE", "(514) 555-0147, poste 221")],
        "nanp",
        "French-Canadian extension 'poste'",
    ),
    (
        "Tel: 0161 496\n0923 (home), left voicemail.",
        [("PHONE", "0161 496\n0923")],
        "ofcom",
        "a number broken over a line",
    ),
    (
        "Ward nurse on bleep 4471, covering SHO on bleep #2291.",
        [("PHONE", "4471"), ("PHONE", "2291")],
        "libphonenumber",
        "bleep numbers",
    ),
    (
        "هاتف المريض: ٠٥٠١٢٣٤٥٦٧",
        [("PHONE", "٠٥٠١٢٣٤٥٦٧")],
        "libphonenumber",
        "Arabic-Indic digits",
    ),
    (
        "患者携帯：０９０－１２３４－５６７８",
        [("PHONE", "０９０－１２３４－５６７８")],
        "libphonenumber",
        "full-width digits and dashes",
    ),
    (
        "mob. +7 (912) 345-67-89, пациент.",
        [("PHONE", "+7 (912) 345-67-89")],
        "libphonenumber",
        "Russian mobile 3-2-2 after the area code",
    ),
    (
        "Phone (H) 614-555-0192 (W) 614-555-0144",
        [("PHONE", "614-555-0192"), ("PHONE", "614-555-0144")],
        "nanp",
        "home and work markers in brackets",
    ),
    (
        "Patient hotline she was given: 1-800-555-CARE.",
        [("IGNORE", "1-800-555-CARE")],
        "nanp",
        "vanity letters: a helpline's, like round 4's 1-800-FLOWERS (labelled IGNORE after the "
        "untuned run, where it was PHONE)",
    ),
    (
        "Tel. +49 89 4521 0, Durchwahl 377.",
        [("PHONE", "+49 89 4521 0, Durchwahl 377")],
        "din5008",
        "German switchboard number and 'Durchwahl'",
    ),
    (
        "Dr. Maya Lin, MD | Office 614-555-0100 | Fax 614-555-0101",
        [("HCP", "Maya Lin"), ("PHONE", "614-555-0100"), ("PHONE", "614-555-0101")],
        "nanp",
        "a clinician's signature: name kept, office numbers scrubbed",
    ),
    # --- not identifiers ---
    (
        "Follow-up visit Tuesday, 14 March 2026 at 10:30; samples 2x Veltrana 10 mg.",
        [],
        "negatives",
        "a visit date with a weekday, a time, a dose",
    ),
    (
        "Lot no. 24A117, exp. 03/2027; NDC 50090-1234-0; batch 240311-02.",
        [],
        "negatives",
        "lot, expiry, NDC and batch",
    ),
    (
        "Order no. 4500123998 shipped; ticket 4471290 closed; price $1,234.56.",
        [],
        "negatives",
        "order, ticket and price",
    ),
    (
        "Product launched 4 March 1996; label updated 12.05.2024.",
        [],
        "negatives",
        "a product's history and a label date",
    ),
    (
        "Trial NCT04512345, protocol VX-661-0044, site 044, 12 patients randomised.",
        [],
        "negatives",
        "trial, protocol, site",
    ),
    (
        "Call on 03/04/2026 at 14:30 with Dr. Okafor; next call in 2 weeks.",
        [("HCP", "Okafor")],
        "negatives",
        "a call date and time",
    ),
]

ROUND_9: list[Snippet] = [
    # --- dates of birth: abbreviated labels in other languages, export layouts ---
    (
        "Patiente, DDN : 04/03/1961, appel pour la carte de remboursement.",
        [("DOB", "04/03/1961")],
        "dates",
        "French chart abbreviation DDN (date de naissance)",
    ),
    (
        "Paciente feminina, DN: 12/05/58, retorno em 30 dias.",
        [("DOB", "12/05/58")],
        "dates",
        "Brazilian DN (data de nascimento), two-digit year",
    ),
    (
        "Paciente F.N. 23-11-1949; consulta por náuseas.",
        [("DOB", "23-11-1949")],
        "dates",
        "Spanish F.N. (fecha de nacimiento)",
    ),
    (
        "Pat. Geb.-Dat. 14.02.52, Station 3.",
        [("DOB", "14.02.52")],
        "dates",
        "German Geb.-Dat. with a two-digit year",
    ),
    (
        "Paziente d.n. 07/08/1966 - richiesta foglietto.",
        [("DOB", "07/08/1966")],
        "dates",
        "Italian d.n. (data di nascita)",
    ),
    (
        "Export row: mrn=00447129;dob=1955-06-30;sex=F",
        [("MRN", "00447129"), ("DOB", "1955-06-30")],
        "hipaa",
        "key=value export in lower case",
    ),
    (
        '{"patient": {"birthDate": "1958-10-02", "gender": "female"}}',
        [("DOB", "1958-10-02")],
        "hipaa",
        "FHIR-style JSON birthDate",
    ),
    (
        "<Patient><DOB>07/22/1948</DOB><MRN>A7719302</MRN></Patient>",
        [("DOB", "07/22/1948"), ("MRN", "A7719302")],
        "hipaa",
        "XML elements",
    ),
    (
        "patient_id,date_of_birth,zip\nP-448120,03/14/62,43215",
        [("MRN", "P-448120"), ("DOB", "03/14/62")],
        "hipaa",
        "CSV header then a row",
    ),
    (
        "DOB 62-03-14 per the old system (YY-MM-DD).",
        [("DOB", "62-03-14")],
        "dates",
        "two-digit year first",
    ),
    (
        "Birth yr 1957; age 69. Refill due 12/2026.",
        [("DOB", "1957")],
        "hipaa",
        "year of birth abbreviated 'Birth yr'",
    ),
    (
        "DOB - 4th Mar 1961 (mother confirmed).",
        [("DOB", "4th Mar 1961")],
        "dates",
        "ordinal day with abbreviated month",
    ),
    (
        "Dob:04031961 typed into the portal.",
        [("DOB", "04031961")],
        "hipaa",
        "mixed-case label glued to eight digits",
    ),
    (
        "B-day 9/14/1950; caregiver is her niece.",
        [("DOB", "9/14/1950")],
        "hipaa",
        "'B-day' label",
    ),
    # --- record numbers: abbreviated labels, exports ---
    (
        "Pt# 0044719 called about the infusion chair.",
        [("MRN", "0044719")],
        "mrn",
        "'Pt#' glued",
    ),
    (
        "NIP : 8812345 - patient hospitalisé en cardiologie.",
        [("MRN", "8812345")],
        "mrn",
        "French NIP (numéro d'identification patient)",
    ),
    (
        "Nº HC 3345120, paciente de oncología.",
        [("MRN", "3345120")],
        "mrn",
        "Spanish historia clínica number abbreviated 'Nº HC'",
    ),
    (
        "Journalnummer: 44-7712-09 (patienten ringde).",
        [("MRN", "44-7712-09")],
        "mrn",
        "Swedish journal number",
    ),
    (
        "Nr historii choroby 2024/44712, pacjentka.",
        [("MRN", "2024/44712")],
        "mrn",
        "Polish case-history number",
    ),
    (
        "PID|1||00447129^^^MGH^MR||DOE^JANE",
        [("MRN", "00447129"), ("PATIENT-NAME", "DOE^JANE")],
        "mrn",
        "HL7 PID-3 with the assigning authority",
    ),
    (
        "Aufnahme-Nr. 24-0071123, Rückfrage der Station.",
        [("MRN", "24-0071123")],
        "mrn",
        "German admission number",
    ),
    (
        "MRN 1234567-X (check character) on the wristband.",
        [("MRN", "1234567-X")],
        "mrn",
        "MRN with a check character after a dash",
    ),
    # --- national and health numbers ---
    (
        "SV-Nr. 1237 010180 der Patientin (Österreich).",
        [("SSN", "1237 010180")],
        "stdnum",
        "Austrian social insurance number",
    ),
    (
        "Steuer-IdNr 36 574 261 809 stand auf dem Formular.",
        [("SSN", "36 574 261 809")],
        "stdnum",
        "German tax identification number in groups",
    ),
    (
        "マイナンバー 6214 9832 0257 は保存しないこと。",
        [("SSN", "6214 9832 0257")],
        "stdnum",
        "Japanese individual number",
    ),
    (
        "NIK 3171011708450001 (KTP pasien).",
        [("SSN", "3171011708450001")],
        "stdnum",
        "Indonesian NIK",
    ),
    (
        "PHN 9698 658 215 - BC patient.",
        [("MRN", "9698 658 215")],
        "stdnum",
        "British Columbia personal health number",
    ),
    (
        "Cédula 171430710-3, paciente ecuatoriana.",
        [("SSN", "171430710-3")],
        "stdnum",
        "Ecuadorian cédula with its check digit",
    ),
    (
        "ИНН 123456789047 указан пациентом по ошибке.",
        [("SSN", "123456789047")],
        "stdnum",
        "Russian personal INN",
    ),
    (
        "NHS no 943-476-5870 on the referral letter.",
        [("MRN", "943-476-5870")],
        "stdnum",
        "NHS number written with dashes",
    ),
    (
        "Social Security #: 219 09 9999 (read out by the son).",
        [("SSN", "219 09 9999")],
        "ssa",
        "spaced SSN after 'Social Security #:'",
    ),
    (
        "ssn:219099999",
        [("SSN", "219099999")],
        "ssa",
        "SSN glued to its label",
    ),
    (
        "VID 2341 2341 2341 2341 instead of the Aadhaar.",
        [("SSN", "2341 2341 2341 2341")],
        "stdnum",
        "Indian Aadhaar virtual ID",
    ),
    # --- phones: national formats of more countries, in narrative ---
    (
        "息子さんの携帯 090-1234-5678 に折り返し。",
        [("PHONE", "090-1234-5678")],
        "libphonenumber",
        "Japanese mobile after a word for a mobile",
    ),
    (
        "Her son in Seoul, 010-2000-0000, asked for the Korean leaflet.",
        [("PHONE", "010-2000-0000")],
        "libphonenumber",
        "Korean mobile in narrative",
    ),
    (
        "Daughter (Taipei) 0912 345 678 will translate.",
        [("PHONE", "0912 345 678")],
        "libphonenumber",
        "Taiwanese mobile after a bracketed place",
    ),
    (
        "The niece in Bangkok, 081 234 5678, handles the pharmacy pick-up.",
        [("PHONE", "081 234 5678")],
        "libphonenumber",
        "Thai mobile",
    ),
    (
        "Caregiver's number 0812-345-678 (Jakarta).",
        [("PHONE", "0812-345-678")],
        "libphonenumber",
        "Indonesian mobile",
    ),
    (
        "Husband in Cairo: 010 01234567.",
        [("PHONE", "010 01234567")],
        "libphonenumber",
        "Egyptian mobile",
    ),
    (
        "Son is reachable on 0712 123456 (Nairobi) most days.",
        [("PHONE", "0712 123456")],
        "libphonenumber",
        "Kenyan mobile",
    ),
    (
        "Patient's brother 0301 2345678 called from Lahore.",
        [("PHONE", "0301 2345678")],
        "libphonenumber",
        "Pakistani mobile after a relative",
    ),
    (
        "Cep: 0501 234 56 78, hastanın kızı.",
        [("PHONE", "0501 234 56 78")],
        "libphonenumber",
        "Turkish mobile 4-3-2-2",
    ),
    (
        "La hija, desde Bogotá: 321 1234567.",
        [("PHONE", "321 1234567")],
        "libphonenumber",
        "Colombian mobile 3-7",
    ),
    (
        "Celular del hijo 011 15-2345-6789 (Buenos Aires).",
        [("PHONE", "011 15-2345-6789")],
        "libphonenumber",
        "Argentine mobile with the 15 prefix",
    ),
    (
        "Llamar a la esposa al +56 9 6123 4567.",
        [("PHONE", "+56 9 6123 4567")],
        "libphonenumber",
        "Chilean mobile with country code",
    ),
    (
        "Contact in Lagos 0802 123 4567 / Abuja 0803 555 0199.",
        [("PHONE", "0802 123 4567"), ("PHONE", "0803 555 0199")],
        "libphonenumber",
        "two Nigerian mobiles joined by a slash and a place",
    ),
    (
        "Phone: (614)5550192x12",
        [("PHONE", "(614)5550192x12")],
        "nanp",
        "no space after the area code, extension glued",
    ),
    (
        "Sms to +1.614.555.0192 only.",
        [("PHONE", "+1.614.555.0192")],
        "nanp",
        "dots after the country code",
    ),
    # --- not identifiers ---
    (
        "Rx# 4471290 refilled at the pharmacy; claim 88-44712-3 paid.",
        [("MRN", "4471290")],
        "negatives",
        "a prescription number (it leads a pharmacy to the patient) and a claim number",
    ),
    (
        "Study visit 14 of 20; subject 044-0012; cycle 3 day 1 on 2026-12-02.",
        [("MRN", "044-0012")],
        "negatives",
        "trial visit and cycle numbers; the subject's number goes (stop 43: fail closed)",
    ),
    (
        "Sales: 1,234 TRx in Q3, 2026-Q4 goal 1 500; territory 0441-22.",
        [],
        "negatives",
        "sales figures and a territory code",
    ),
    (
        "GTIN 0 0312345 67890 1; SN 4471290012; exp 2027-03-31.",
        [],
        "negatives",
        "packaging identifiers and an expiry date",
    ),
    (
        "Dr. Ana Ruiz, DDN course 2019-2021; CME credits 12.5.",
        [("HCP", "Ana Ruiz")],
        "negatives",
        "an abbreviation that is also a birth label, beside years that are no date",
    ),
]

ROUND_10: list[Snippet] = [
    # --- call transcripts: identifiers read out ---
    (
        "Caller: my date of birth is March fourth, nineteen sixty-one.",
        [("DOB", "March fourth, nineteen sixty-one")],
        "hipaa",
        "a date of birth read out in words",
    ),
    (
        "Agent: and the birth date? Caller: the twelfth of May, fifty-eight.",
        [("DOB", "the twelfth of May, fifty-eight")],
        "hipaa",
        "ordinal day and two-digit year in words, after a question",
    ),
    (
        "Caller: my social is one two three, four five, six seven eight nine.",
        [("SSN", "one two three, four five, six seven eight nine")],
        "ssa",
        "an SSN read out digit by digit",
    ),
    (
        "He read his MRN as four four seven one two nine oh.",
        [("MRN", "four four seven one two nine oh")],
        "mrn",
        "a record number read out",
    ),
    (
        "Reporter: you can call me back on oh seven seven double oh, nine double oh, four six one.",
        [("PHONE", "oh seven seven double oh, nine double oh, four six one")],
        "ofcom",
        "a UK mobile read out with 'double'",
    ),
    (
        "Caller said she was born on 4/3/61, so she's 65 now.",
        [("DOB", "4/3/61")],
        "hipaa",
        "born with a two-digit year in speech",
    ),
    # --- faxed and scanned forms: OCR's letter-for-digit swaps ---
    (
        "DOB: O3/O4/l961  Sex: F",
        [("DOB", "O3/O4/l961")],
        "hipaa",
        "O for 0 and l for 1 in a scanned date",
    ),
    (
        "MRN: 44712O9 (scanned referral)",
        [("MRN", "44712O9")],
        "mrn",
        "O for 0 in a record number",
    ),
    (
        "Phone: 6l4-555-Ol92 (from the faxed consent)",
        [("PHONE", "6l4-555-Ol92")],
        "nanp",
        "l and O inside a phone number",
    ),
    (
        "SSN: 219-O9-9999 on the faxed form.",
        [("SSN", "219-O9-9999")],
        "ssa",
        "O for 0 inside an SSN",
    ),
    (
        "D0B 12/O5/1958 per the fax header.",
        [("DOB", "12/O5/1958")],
        "hipaa",
        "zero for O in the label and O for zero in the value",
    ),
    # --- ages with dates, other calendars ---
    (
        "64 yo F (3/4/61) seen by Dr. Patel for the titration.",
        [("DOB", "3/4/61"), ("HCP", "Patel")],
        "dates",
        "an age then a two-digit-year date in brackets",
    ),
    (
        "Pt, 72 J. (geb. 1954), Rückruf erbeten.",
        [("DOB", "1954")],
        "dates",
        "German age with a birth year in brackets",
    ),
    (
        "تاریخ تولد: ۱۳۴۰/۱۲/۱۳ - بیمار خانم",
        [("DOB", "۱۳۴۰/۱۲/۱۳")],
        "dates",
        "Persian label and a Solar Hijri date in Persian digits",
    ),
    (
        "วันเกิด 4 มี.ค. 2504 ผู้ป่วยหญิง",
        [("DOB", "4 มี.ค. 2504")],
        "cldr",
        "Thai abbreviated month and a Buddhist-era year",
    ),
    (
        "تاريخ الميلاد ١٥ رمضان ١٣٨٠ هـ",
        [("DOB", "١٥ رمضان ١٣٨٠")],
        "cldr",
        "Hijri month name in Arabic digits",
    ),
    (
        "DOB 1961-03-04 00:00:00.000 (export)",
        [("DOB", "1961-03-04 00:00:00.000")],
        "hipaa",
        "an export's midnight time after the date",
    ),
    (
        "DOB: 4 3 1961 (boxes on the form)",
        [("DOB", "4 3 1961")],
        "hipaa",
        "day, month and year in boxes, separated by spaces only",
    ),
    # --- record numbers: Indian and other hospitals' labels ---
    (
        "UHID: AIIMS/2024/004471, patient admitted.",
        [("MRN", "AIIMS/2024/004471")],
        "mrn",
        "Indian UHID with the hospital's letters and slashes",
    ),
    (
        "CR No. 2024-0044712, OPD card.",
        [("MRN", "2024-0044712")],
        "mrn",
        "Indian central registration number",
    ),
    (
        "IP No: 24/11873 (ward 6).",
        [("MRN", "24/11873")],
        "mrn",
        "inpatient number with a slash",
    ),
    (
        "File No. 004-471-29 (patient's folder).",
        [("MRN", "004-471-29")],
        "mrn",
        "a patient's file number in three groups",
    ),
    (
        "MRN 004 471 29 read off the wristband.",
        [("MRN", "004 471 29")],
        "mrn",
        "a record number in spaced groups",
    ),
    (
        "Folio 44712/2024 - expediente de la paciente.",
        [("MRN", "44712/2024")],
        "mrn",
        "Spanish 'folio' with its year",
    ),
    # --- national numbers ---
    (
        "SSN (last 4): 6789",
        [("SSN", "6789")],
        "ssa",
        "the last four with the bracket after the label",
    ),
    (
        "Patient's SS no. is 219-09-9999.",
        [("SSN", "219-09-9999")],
        "ssa",
        "'SS no.' label",
    ),
    (
        "AHV-Nr. 756.9217.0769.85 der Patientin.",
        [("SSN", "756.9217.0769.85")],
        "stdnum",
        "Swiss AHV number after its label",
    ),
    (
        "کد ملی: 0499370899 (بیمار)",
        [("SSN", "0499370899")],
        "stdnum",
        "Iranian national code after its Persian label",
    ),
    # --- phones ---
    (
        "Tel. (+39) 06 1234 5678, sig.ra Bianchi.",
        [("PHONE", "(+39) 06 1234 5678"), ("PATIENT-NAME", "Bianchi")],
        "libphonenumber",
        "country code in brackets with a plus",
    ),
    (
        "Mobile: 07700-900-461 (pt)",
        [("PHONE", "07700-900-461")],
        "ofcom",
        "UK mobile with dashes",
    ),
    (
        "Call the son at 614 555 0192 or his wife at 555 0144.",
        [("PHONE", "614 555 0192"), ("PHONE", "555 0144")],
        "nanp",
        "a seven-digit local number after a full one",
    ),
    (
        "ph (614) 555 - 0192",
        [("PHONE", "(614) 555 - 0192")],
        "nanp",
        "spaces around the dash",
    ),
    # --- not identifiers ---
    (
        "Transcript: the dose is one tablet twice a day, ten milligrams, for four weeks.",
        [],
        "negatives",
        "numbers in words that are a dose",
    ),
    (
        "Scanned label: LOT O4471B, EXP 2O27-O3.",
        [],
        "negatives",
        "a lot and an expiry with OCR letter swaps",
    ),
    (
        "Visit 2026-12-03 10:00:00 with Dr. Patel; 3 4 2026 follow-up in the boxes.",
        [("HCP", "Patel")],
        "negatives",
        "a visit's timestamp and a follow-up date in boxes",
    ),
    (
        "Age 64, weight 72 kg, BMI 24.1, BP 132/84, eGFR 58.",
        [],
        "negatives",
        "an age and vitals",
    ),
]

ROUND_11: list[Snippet] = [
    # --- a year of birth as people say it in other languages ---
    (
        "Patientin Jg. 1949, lebt allein, Tochter ruft an.",
        [("DOB", "1949")],
        "dates",
        "German 'Jg.' (Jahrgang, birth cohort)",
    ),
    (
        "Paziente classe 1952, iperteso, chiede il foglietto.",
        [("DOB", "1952")],
        "dates",
        "Italian 'classe' for the year of birth",
    ),
    (
        "Иванова, 1961 г.р., звонила по поводу побочных эффектов.",
        [("DOB", "1961")],
        "dates",
        "Russian year of birth before 'г.р.'",
    ),
    (
        "환자는 61년생 여성으로 보호자와 통화함.",
        [("DOB", "61년생")],
        "dates",
        "Korean '61년생' (born in '61)",
    ),
    (
        "患者は昭和36年生まれの女性。",
        [("DOB", "昭和36年")],
        "dates",
        "Japanese era year before '生まれ'",
    ),
    (
        "Patiente née en 1958, appel de son fils.",
        [("DOB", "1958")],
        "dates",
        "French 'née en' with a year",
    ),
    (
        "Paciente nacido en 1947, vive en Quito.",
        # (the town she lives in is an address: HIPAA's Safe Harbor removes it)
        [("DOB", "1947"), ("ADDRESS", "Quito")],
        "dates",
        "Spanish 'nacido en' with a year",
    ),
    (
        "المريضة من مواليد 1955، اتصلت ابنتها.",
        [("DOB", "1955")],
        "dates",
        "Arabic 'من مواليد' (born in)",
    ),
    (
        "Bệnh nhân sinh ngày 4 tháng 3 năm 1961, gọi lại.",
        [("DOB", "4 tháng 3 năm 1961")],
        "dates",
        "Vietnamese date with 'tháng' and 'năm'",
    ),
    (
        "Hasta D.T.: 04.03.1961 - kızı aradı.",
        [("DOB", "04.03.1961")],
        "dates",
        "Turkish 'D.T.' abbreviation",
    ),
    (
        "Ασθενής, γεν. 04/03/1961, τηλεφώνησε.",
        [("DOB", "04/03/1961")],
        "dates",
        "Greek abbreviation 'γεν.'",
    ),
    (
        "Pacjent ur. 04.03.61 r., skarga na nudności.",
        [("DOB", "04.03.61")],
        "dates",
        "Polish two-digit year with 'r.'",
    ),
    # --- hospital labels in South-East Asia and the Middle East ---
    (
        "ผู้ป่วย HN 12345/61 โทรมาสอบถามยา",
        [("MRN", "12345/61")],
        "mrn",
        "Thai hospital number (HN) with its year",
    ),
    (
        "AN 6400123 admitted to ward 7.",
        [("MRN", "6400123")],
        "mrn",
        "Thai admission number (AN)",
    ),
    (
        "Pasien No. RM 00-44-71, rawat jalan.",
        [("MRN", "00-44-71")],
        "mrn",
        "Indonesian rekam medis number",
    ),
    (
        "Mã BN: 21004471, bệnh nhân nữ.",
        [("MRN", "21004471")],
        "mrn",
        "Vietnamese patient code (mã bệnh nhân)",
    ),
    (
        "Protokol no: 2024/44712, hasta kontrole çağrıldı.",
        [("MRN", "2024/44712")],
        "mrn",
        "Turkish protocol number",
    ),
    (
        "Dosya no 447129 - hasta kaydı.",
        [("MRN", "447129")],
        "mrn",
        "Turkish file number",
    ),
    (
        "Hosp. No. 2024-118207 (PGH), patient's mother called.",
        [("MRN", "2024-118207")],
        "mrn",
        "Philippine hospital number",
    ),
    # --- national numbers in Africa, the Middle East and South-East Asia ---
    (
        "CCCD: 001190012345 của bệnh nhân.",
        [("SSN", "001190012345")],
        "faker_ssn",
        "Vietnamese citizen identity card number",
    ),
    (
        "الرقم القومي 29001011234567 للمريض.",
        [("SSN", "29001011234567")],
        "faker_ssn",
        "Egyptian national number (14 digits)",
    ),
    (
        "رقم الهوية: 1012345678",
        [("SSN", "1012345678")],
        "faker_ssn",
        "Saudi national ID after its Arabic label",
    ),
    (
        "NIN: 12345678901 (patient's, Lagos).",
        [("SSN", "12345678901")],
        "faker_ssn",
        "Nigerian national identification number",
    ),
    (
        "Ghana Card GHA-123456789-0 shown at the clinic.",
        [("SSN", "GHA-123456789-0")],
        "faker_ssn",
        "Ghana card number",
    ),
    (
        "Kenyan ID No. 23456789, patient's.",
        [("SSN", "23456789")],
        "faker_ssn",
        "Kenyan national ID after 'ID No.'",
    ),
    (
        "No. KP 850101-14-5678 pesakit.",
        [("SSN", "850101-14-5678")],
        "faker_ssn",
        "Malaysian identity card after 'No. KP'",
    ),
    # --- phones in national punctuation ---
    (
        "娘さん 090(1234)5678 に連絡済み。",
        [("PHONE", "090(1234)5678")],
        "libphonenumber",
        "Japanese mobile with the middle group in brackets",
    ),
    (
        "Il figlio al 347/1234567, dopo le 18.",
        [("PHONE", "347/1234567")],
        "libphonenumber",
        "Italian mobile with a slash",
    ),
    (
        "Con trai: 0912.345.678 (Hà Nội).",
        [("PHONE", "0912.345.678")],
        "libphonenumber",
        "Vietnamese mobile with dots",
    ),
    (
        "ลูกสาว 08-1234-5678 ติดต่อได้ตลอด",
        [("PHONE", "08-1234-5678")],
        "libphonenumber",
        "Thai mobile with dashes",
    ),
    (
        "儿子 139-1234-5678，晚上联系。",
        [("PHONE", "139-1234-5678")],
        "libphonenumber",
        "Chinese mobile 3-4-4 with dashes",
    ),
    (
        "Sohn: 0171/5550123 (abends).",
        [("PHONE", "0171/5550123")],
        "libphonenumber",
        "German mobile with a slash",
    ),
    (
        "Hija 612.34.56.78, llamar por la tarde.",
        [("PHONE", "612.34.56.78")],
        "libphonenumber",
        "Spanish mobile in dotted pairs",
    ),
    (
        "Dochter 06-12345678 belt terug.",
        [("PHONE", "06-12345678")],
        "libphonenumber",
        "Dutch mobile 06-xxxxxxxx",
    ),
    (
        "Sonen 070-123 45 67 ringer i morgon.",
        [("PHONE", "070-123 45 67")],
        "libphonenumber",
        "Swedish mobile",
    ),
    # --- not identifiers ---
    (
        "Jg. 2 der Studie, Klasse 2024; Modell 2026 ausgeliefert.",
        [],
        "negatives",
        "a study year, a class year, a model year",
    ),
    (
        "Dose 12.5 mg/kg, 2x/Tag; Packung 30/60/90 Stück.",
        [],
        "negatives",
        "doses and pack sizes with slashes",
    ),
    (
        "Ref. 2024/44712 (company case), HN-400 is a product code.",
        [],
        "negatives",
        "a company case number and a product code",
    ),
    (
        "Version 3.12.4 released 2026-01-15; ISBN 978-3-16-148410-0.",
        [],
        "negatives",
        "a version, a release date and an ISBN",
    ),
]

ROUND_12: list[Snippet] = [
    # --- dates of birth: partial, relative, with an age, in words and signs ---
    (
        "Caregiver gave DOB 03/61 only (day unknown); pt is 64.",
        [("DOB", "03/61")],
        "hipaa",
        "a month and a two-digit year after DOB",
    ),
    (
        "Referral: DOB ??/03/1961 - day not legible on the fax.",
        [("DOB", "03/1961")],
        "hipaa",
        "an unknown day written as question marks",
    ),
    (
        "D.O.B. 1961-03 (month only in the old chart).",
        [("DOB", "1961-03")],
        "iso8601",
        "an ISO year and month after D.O.B.",
    ),
    (
        "Pt was born in the spring of 1961, lives with her son in a flat.",
        [("DOB", "1961")],
        "hipaa",
        "a season and the year after 'born in'",
    ),
    (
        "Pt (born Christmas Day 1950) asked whether the pen can travel.",
        [("DOB", "Christmas Day 1950")],
        "hipaa",
        "a holiday for the day and month",
    ),
    (
        "Caller's father, 87, born 4th March '38, lives alone.",
        [("DOB", "4th March '38")],
        "dates",
        "an ordinal day, a month and an apostrophe year",
    ),
    (
        "64 yo F 3/4/61 on Veltrana since May; asks about missed doses.",
        [("DOB", "3/4/61")],
        "hipaa",
        "an age and sex, then the date with no brackets (a chart's one-liner)",
    ),
    (
        "Year of birth approx. 1955 per family; exact date unknown.",
        [("DOB", "1955")],
        "hipaa",
        "a year of birth after 'approx.'",
    ),
    (
        "환자 1961년 3월 4일생, 딸이 전화함.",
        [("DOB", "1961년 3월 4일")],
        "dates",
        "Korean date with 생 (born) after it",
    ),
    (
        "患者，女，64岁，1961年3月出生。",
        [("DOB", "1961年3月")],
        "dates",
        "Chinese year and month with 出生 (born) after it",
    ),
    (
        "Frau K., * 4.3.61, Anruf der Tochter wegen Nebenwirkungen.",
        # (the patient's initial after Frau names her, as Swiss reports' de-identification
        # gold standard labels "Herr S.": ratschlab/medical-reports-deidentification)
        [("PATIENT-NAME", "K."), ("DOB", "4.3.61")],
        "dates",
        "the genealogical star for 'born' before a date",
    ),
    (
        "Patiente âgée de 64 ans (4 mars 61), appel de sa fille.",
        [("DOB", "4 mars 61")],
        "cldr",
        "an age, then the date with its month's name in brackets",
    ),
    (
        "Edad: 64 años (nac. 1961); la hija llama por el copago.",
        [("DOB", "1961")],
        "dates",
        "Spanish 'nac.' before a year",
    ),
    (
        "Paziente nata nel '61, chiede il foglietto illustrativo.",
        [("DOB", "'61")],
        "dates",
        "Italian 'nata nel' with a two-digit year",
    ),
    # --- record numbers: unlabelled in a header, split over lines, in brackets and tables ---
    (
        "ROE, JANE M    4471290    F    03/04/1961\nWard 7B  Bed 12",
        [("PATIENT-NAME", "ROE, JANE M"), ("MRN", "4471290"), ("DOB", "03/04/1961")],
        "mrn",
        "an addressograph line: name, unlabelled record number, sex, birth date",
    ),
    (
        "Date of Birth\n04/03/61\nPatient ID\nA4471290",
        [("DOB", "04/03/61"), ("MRN", "A4471290")],
        "mrn",
        "labels and values on lines of their own, as OCR reads a form's boxes",
    ),
    (
        "Pt ID:\n  A-0044-7129\n(see sticker)",
        [("MRN", "A-0044-7129")],
        "mrn",
        "the value indented on the line below its label",
    ),
    (
        "Re: Mrs J Roe\nNHS Number: 943 476\n5919\nHospital No: K4471290",
        [("PATIENT-NAME", "J Roe"), ("MRN", "943 476\n5919"), ("MRN", "K4471290")],
        "nhsnumber",
        "an NHS number broken over two lines of a narrow label; a lettered hospital number",
    ),
    (
        "Okafor, Chidi (#0044712) - seen in clinic today.",
        [("PATIENT-NAME", "Okafor, Chidi"), ("MRN", "0044712")],
        "mrn",
        "a number after '#' in brackets beside a name",
    ),
    (
        "MRN        DOB         PHONE\n4471290    03/04/61    614-555-0192\n"
        "4471311    11/22/58    614-555-0177",
        [
            ("MRN", "4471290"),
            ("DOB", "03/04/61"),
            ("PHONE", "614-555-0192"),
            ("MRN", "4471311"),
            ("DOB", "11/22/58"),
            ("PHONE", "614-555-0177"),
        ],
        "fixed_width",
        "a fixed-width report: columns aligned by spaces, no delimiter",
    ),
    (
        "| Field | Value |\n|---|---|\n| Patient ID | 4471290 |\n| DOB | 04.03.61 |\n"
        "| Mobile | 0412 345 678 |",
        [("MRN", "4471290"), ("DOB", "04.03.61"), ("PHONE", "0412 345 678")],
        "fixed_width",
        "a Markdown key-value table",
    ),
    (
        "Member ID: XJH987654321  Group #: 0123456\nRxBIN 610014  RxPCN MEDDPRIME",
        [("MRN", "XJH987654321"), ("IGNORE", "0123456")],
        "payer_id",
        "a member ID with a three-letter prefix; the employer's group number",
    ),
    (
        "Spouse on the plan: UHC ID 912345678-01 (suffix 01 = spouse).",
        [("MRN", "912345678-01")],
        "payer_id",
        "a member ID with a dependent suffix",
    ),
    (
        "Medicare ID 1EG4 TE5 MK73 read off the red-white-blue card.",
        [("MRN", "1EG4 TE5 MK73")],
        "payer_id",
        "a Medicare Beneficiary Identifier in spaced groups",
    ),
    (
        "EXPLANATION OF BENEFITS\nClaim #: 2026011244712  Patient Acct #: 447129-0\n"
        "Date of service: 01/12/2026  Billed: $412.00",
        [("IGNORE", "2026011244712"), ("MRN", "447129-0")],
        "eob",
        "an EOB: the patient's account number beside a claim number, service date, charge",
    ),
    (
        "LAB REQUISITION\nPatient ID: 00447129  Req #: 88123456\n"
        "Specimen: 26-044-0012  Collected 03/12/2026 07:45  Fasting: Y",
        [("MRN", "00447129"), ("IGNORE", "88123456"), ("IGNORE", "26-044-0012")],
        "lab_req",
        "a requisition's patient ID beside its order and specimen numbers and times",
    ),
    (
        "Rx# 6012345  Qty 30  Refills 2\nROE, JANE  DOB 3/4/61\n"
        "Take 1 tablet daily. NDC 12345-678-90  Lot A1234B  Exp 11/2027",
        [("MRN", "6012345"), ("PATIENT-NAME", "ROE, JANE"), ("DOB", "3/4/61")],
        "pharmacy_label",
        "a pharmacy label: the Rx number leads to the patient; NDC, lot and expiry do not",
    ),
    (
        "FAX COVER SHEET\nTo: Dr. Amara Patel  Fax: (614) 555-0100\n"
        "From: Riverside Clinic  Phone: (614) 555-0101\n"
        "Re: pt J. Roe, DOB 3/4/61, MRN# 4471290\nPages (incl. cover): 4",
        [
            ("HCP", "Amara Patel"),
            ("IGNORE", "(614) 555-0100"),
            ("IGNORE", "(614) 555-0101"),
            ("PATIENT-NAME", "J. Roe"),
            ("DOB", "3/4/61"),
            ("MRN", "4471290"),
        ],
        "fax_cover",
        "a fax cover sheet: the offices' lines, the patient's line, a page count",
    ),
    (
        "Überweisung\nPat.: Müller, Anna, geb. 04.03.1961\nVers.-Nr.: R447129051, Kasse: AOK",
        [("PATIENT-NAME", "Müller, Anna"), ("DOB", "04.03.1961"), ("MRN", "R447129051")],
        "kvnr",
        "a German referral: the insured's number after 'Vers.-Nr.'",
    ),
    (
        "IPP 004471290, n° de séjour 26004471 - la fille rappelle demain.",
        [("MRN", "004471290"), ("MRN", "26004471")],
        "mrn",
        "French patient identifier and stay (encounter) number",
    ),
    # --- national numbers: dotted abbreviations, local labels, unlabelled shapes ---
    (
        "Paciente C.I. 4.471.290-4, Montevideo; llama la hija.",
        [("SSN", "4.471.290-4")],
        "stdnum",
        "Uruguayan cédula after the dotted abbreviation C.I.",
    ),
    (
        "Identificado con C.C. 1.020.304.050 de Bogotá.",
        [("SSN", "1.020.304.050")],
        "stdnum",
        "Colombian cédula de ciudadanía after C.C.",
    ),
    (
        "Paciente D.N.I. 30.123.456, obra social PAMI.",
        [("SSN", "30.123.456")],
        "stdnum",
        "Argentine DNI after the dotted abbreviation",
    ),
    (
        "R.G. 12.345.678-9 SSP/SP; paciente pediu o cartão de desconto.",
        [("SSN", "12.345.678-9")],
        "stdnum",
        "Brazilian identity card (RG) after R.G.",
    ),
    (
        "เลขประจำตัวประชาชน 1101700230783 ผู้ป่วยโทรมาสอบถาม",
        [("SSN", "1101700230783")],
        "stdnum",
        "Thai citizen ID after its Thai label, not grouped",
    ),
    (
        "Kennitala sjúklings: 040361-2279",
        [("SSN", "040361-2279")],
        "stdnum",
        "Icelandic kennitala after its label",
    ),
    (
        "Patsient isikukoodiga 46103040272 helistas ravimi pärast.",
        [("SSN", "46103040272")],
        "stdnum",
        "Estonian personal code after its inflected label",
    ),
    (
        "Reisepass C01X00T47, Patient reist nächste Woche.",
        [("SSN", "C01X00T47")],
        "stdnum",
        "a German passport number after 'Reisepass'",
    ),
    (
        "Cartão SUS 700 4471 2901 5803 - paciente de Recife.",
        [("SSN", "700 4471 2901 5803")],
        "stdnum",
        "Brazilian national health card (CNS) in spaced groups",
    ),
    (
        "Nº afiliación SS: 28 44712905 16; llama el marido.",
        [("SSN", "28 44712905 16")],
        "nuss",
        "Spanish social security number (NUSS), province, number and check",
    ),
    (
        "SSN: 123-45-\n6789 (wrapped on the intake form)",
        [("SSN", "123-45-\n6789")],
        "ssa",
        "an SSN broken over a line after its dash",
    ),
    (
        "National ID (as printed on the front of the card): 1704471299",
        [("SSN", "1704471299")],
        "stdnum",
        "an Ecuadorian cédula with a long aside between the label and the value",
    ),
    # --- phones: in words, with extensions, after abbreviations, in brackets ---
    (
        "Her cell is six-one-four 555-0192, texts preferred.",
        [("PHONE", "six-one-four 555-0192")],
        "nanp",
        "an area code in words, the rest in digits",
    ),
    (
        "Son's number: (614) five five five, oh one nine two.",
        [("PHONE", "(614) five five five, oh one nine two")],
        "nanp",
        "an area code in digits, the rest read out",
    ),
    (
        "Reach pt's husband at the plant, 614-555-0109 x 4471, ask for Mike.",
        [("PHONE", "614-555-0109 x 4471"), ("PATIENT-NAME", "Mike")],
        "nanp",
        "an extension with a space after the x",
    ),
    (
        "CB# 6145550192 after 3pm; hm 6145550177.",
        [("PHONE", "6145550192"), ("PHONE", "6145550177")],
        "nanp",
        "callback and home abbreviations before ten plain digits",
    ),
    (
        "Jane Roe (0412 345 678) asked for the nurse educator.",
        [("PATIENT-NAME", "Jane Roe"), ("PHONE", "0412 345 678")],
        "acma",
        "an Australian mobile in brackets after a name",
    ),
    (
        "Rappeler la fille au zéro six douze quarante-sept quatre-vingt-cinq trente.",
        [("PHONE", "zéro six douze quarante-sept quatre-vingt-cinq trente")],
        "libphonenumber",
        "a French mobile read out in pairs",
    ),
    (
        "Beeper (614) 555-0143, then key in the callback.",
        [("PHONE", "(614) 555-0143")],
        "nanp",
        "a caregiver's beeper number",
    ),
    # --- not identifiers ---
    (
        "Lot 4471290A exp 03/2027; NDC 0002-8215-01; 30 tablets at $412.00.",
        [],
        "negatives",
        "a lot, an expiry, an NDC and a price",
    ),
    (
        "See NCT04471290 and PMID 34471290; Table 3 on p. 1961 of the proceedings.",
        [],
        "negatives",
        "a trial, a publication and a page number",
    ),
    (
        "Visit 04/03/2026 10:30; next f/u 18.03.2026; ticket INC0044712 closed.",
        [],
        "negatives",
        "visit dates, a time and a ticket",
    ),
    (
        "Charge 4471290, Verfall 03/2027, PZN 04471290, Preis 19,61 EUR.",
        [],
        "negatives",
        "a German batch, expiry, pharmacy product number (PZN) and price",
    ),
    (
        "批号 20260304，规格 10mg×30片，价格 ¥1961.00。",
        [],
        "negatives",
        "a Chinese batch number, a pack size and a price",
    ),
    (
        "Territory 4471, rep ID 290583; Q3 TRx 1,961 (+12%); hub line 1-844-VELTRANA.",
        [("IGNORE", "1-844-VELTRANA")],
        "negatives",
        "rep-side numbers, sales figures and a helpline's vanity number",
    ),
    (
        "The molecule was first synthesised in the spring of 1961; Factor VIII 1961 IU given.",
        [],
        "negatives",
        "a year in a product's history and a dose",
    ),
]

ROUND_13: list[Snippet] = [
    # --- dates of birth: other scripts' digits, compact forms, labels with dots, words ---
    (
        "تاريخ الميلاد: ٠٤/٠٣/١٩٦١ - اتصلت الابنة.",
        [("DOB", "٠٤/٠٣/١٩٦١")],
        "unicode_digits",
        "a birth date in Arabic-Indic digits",
    ),
    (
        "生年月日：１９６１年３月４日（６４歳）",
        [("DOB", "１９６１年３月４日")],
        "unicode_digits",
        "a Japanese birth date in full-width digits",
    ),
    (
        "تاریخ تولد: ۱۳۴۰/۱۲/۱۳، همسرش تماس گرفت.",
        [("DOB", "۱۳۴۰/۱۲/۱۳")],
        "unicode_digits",
        "a Persian-calendar birth date in Persian digits",
    ),
    (
        "DOB 610304 (YYMMDD on the old lab system).",
        [("DOB", "610304")],
        "dates",
        "six digits, year first, after DOB",
    ),
    (
        "Fecha nac.: 04/03/61 - llama la esposa.",
        [("DOB", "04/03/61")],
        "dates",
        "Spanish 'Fecha nac.' with a colon and a two-digit year",
    ),
    (
        "Patiënt geboren d.d. 04-03-61, dochter belt terug.",
        [("DOB", "04-03-61")],
        "dates",
        "Dutch 'geboren d.d.' (de dato) before a date",
    ),
    (
        "La paciente nació el primero de marzo de 1961 en Cali.",
        [("DOB", "primero de marzo de 1961")],
        "dates",
        "Spanish 'nació' with the day in words",
    ),
    (
        "Pt's b'day 04/03 - turning 65, asked about Medicare.",
        [("DOB", "04/03")],
        "hipaa",
        "a birthday written b'day, no year",
    ),
    (
        "Date of Birth: 04 / Mar / 1961",
        [("DOB", "04 / Mar / 1961")],
        "dates",
        "a month's abbreviation between spaced slashes",
    ),
    (
        "Ur. 4 III 1961, pacjentka dzwoni w sprawie dawki.",
        [("DOB", "4 III 1961")],
        "dates",
        "a Roman month without dots",
    ),
    (
        "His birthday's on the fourth of March, wife is planning a trip.",
        [("DOB", "fourth of March")],
        "hipaa",
        "a birthday with the day in words, no year",
    ),
    (
        "Geburtsdatum/Alter: 04.03.61 / 64 J.",
        [("DOB", "04.03.61")],
        "dates",
        "a birth date beside an age after joined labels",
    ),
    # --- record numbers: links, wristbands, claim forms, labels after the value ---
    (
        "Chart link: https://ehr.riverside.example/patients/4471290/summary",
        [("MRN", "4471290")],
        "ehr_links",
        "a record number in an EHR link's path",
    ),
    (
        "Pulled from FHIR: GET /fhir/Patient/pat-4471290/$everything",
        [("MRN", "pat-4471290")],
        "ehr_links",
        "a FHIR Patient resource id in a request path",
    ),
    (
        "Wristband reads:\nROE, JANE\n*4471290*\nDOB 03/04/61",
        [("PATIENT-NAME", "ROE, JANE"), ("MRN", "4471290"), ("DOB", "03/04/61")],
        "ehr_links",
        "a wristband's Code 39 text between asterisks, no label",
    ),
    (
        "4471290 (Hosp No) - pt's son called re: transport.",
        [("MRN", "4471290")],
        "ehr_links",
        "the label after the value, in brackets",
    ),
    (
        "Referral states K4471290 (MRN, St Luke's) and NHS 943 476 5919.",
        [("MRN", "K4471290"), ("MRN", "943 476 5919")],
        "nhsnumber",
        "a lettered record number with its label after it",
    ),
    (
        "1a. INSURED'S I.D. NUMBER 912345678A",
        [("MRN", "912345678A")],
        "claim_forms",
        "CMS-1500 box 1a with its dotted I.D.",
    ),
    (
        "3a PAT CNTL # 4471290A  4 TYPE OF BILL 0131",
        [("MRN", "4471290A")],
        "claim_forms",
        "UB-04 patient control number; the type of bill stays",
    ),
    (
        "Subscriber Identifier (SSN or ID#): 912345678",
        [("MRN", "912345678")],
        "claim_forms",
        "ADA dental claim: 'Identifier' spelled out and an aside",
    ),
    (
        "Unique patient identifier: K4471290 (use on all correspondence).",
        [("MRN", "K4471290")],
        "claim_forms",
        "'identifier' spelled out after 'patient'",
    ),
    (
        "VA referral, ICN 1012345678V123456.",
        [("MRN", "1012345678V123456")],
        "claim_forms",
        "a VA integration control number",
    ),
    # --- national numbers: masked, last four, spelled-out labels ---
    (
        "Aadhaar: XXXX XXXX 4471 (masked copy on file).",
        [("SSN", "XXXX XXXX 4471")],
        "masking",
        "a masked Aadhaar number",
    ),
    (
        "CPF ***.456.789-** informado pela filha.",
        [("SSN", "***.456.789-**")],
        "masking",
        "a Brazilian CPF masked at both ends",
    ),
    (
        "주민등록번호 610304-2******, 보호자 연락.",
        [("SSN", "610304-2******")],
        "masking",
        "a Korean RRN with its back digits starred",
    ),
    (
        "身份证号 110101********1234，家属来电。",
        [("SSN", "110101********1234")],
        "masking",
        "a Chinese ID with its birth date starred",
    ),
    (
        "Verified with last 4 of SSN: 6789 and DOB.",
        [("SSN", "6789")],
        "ssa",
        "'last 4 of SSN' before the digits",
    ),
    (
        "Last four SSN 6789 - caller verified.",
        [("SSN", "6789")],
        "ssa",
        "'last four SSN' with no 'of'",
    ),
    (
        "Tax File Number 123 456 782 quoted on the PBS form.",
        [("SSN", "123 456 782")],
        "stdnum",
        "an Australian TFN after its label spelled out",
    ),
    (
        "DNI nº 44712905-Z, paciente de Zaragoza.",
        [("SSN", "44712905-Z")],
        "stdnum",
        "a Spanish DNI with 'nº' after the label",
    ),
    (
        "Carné de extranjería C.E. 001234567, llama la hija.",
        [("SSN", "001234567")],
        "stdnum",
        "a Peruvian foreigner's card after C.E.",
    ),
    (
        "Sozialversicherungs-Nr. 4488 040361 (Mutter).",
        [("SSN", "4488 040361")],
        "stdnum",
        "an Austrian social insurance number after a hyphenated label",
    ),
    # --- phones: read out in other languages, in JSON, broken over lines ---
    (
        "Su número es seis uno dos, tres cuatro cinco, seis siete ocho.",
        [("PHONE", "seis uno dos, tres cuatro cinco, seis siete ocho")],
        "spoken_digits",
        "a Spanish mobile read out digit by digit",
    ),
    (
        "Rückrufnummer: null eins sieben eins, fünf fünf fünf null eins zwei drei.",
        [("PHONE", "null eins sieben eins, fünf fünf fünf null eins zwei drei")],
        "spoken_digits",
        "a German mobile read out digit by digit",
    ),
    (
        "Ligar para o filho: nove oito sete seis cinco, quatro três dois um zero.",
        [("PHONE", "nove oito sete seis cinco, quatro três dois um zero")],
        "spoken_digits",
        "a Brazilian mobile read out in Portuguese",
    ),
    (
        '{"contactMobile":"07700900461","consent":true,"pref":"sms"}',
        [("PHONE", "07700900461")],
        "libphonenumber",
        "a mobile in a JSON export's camelCase key",
    ),
    (
        "Mobile:\n07700\n900461\n(daughter)",
        [("PHONE", "07700\n900461")],
        "ofcom",
        "a number broken into lines of a narrow column",
    ),
    (
        "Patient's number: plus four four, seven seven zero zero, nine zero zero, four six one.",
        [("PHONE", "four four, seven seven zero zero, nine zero zero, four six one")],
        "ofcom",
        "an international number read out with 'plus'",
    ),
    (
        "phone 6 1 4 5 5 5 0 1 9 2 (typed with spaces)",
        [("PHONE", "6 1 4 5 5 5 0 1 9 2")],
        "nanp",
        "every digit apart",
    ),
    (
        "Tel. privat 030 / 44 71 29 05, abends.",
        [("PHONE", "030 / 44 71 29 05")],
        "din5008",
        "a German landline with a spaced slash and pairs",
    ),
    # --- not identifiers ---
    (
        "Batch 610304, expiry 2027-03; 2 x 5 ml vials.",
        [],
        "negatives",
        "a six-digit batch and an expiry",
    ),
    (
        "ICD-10 E11.65, CPT 99214, HCPCS J3490; $1,961.00 billed.",
        [],
        "negatives",
        "billing codes and an amount",
    ),
    (
        "Ref 2026/03/04-001; invoice 2026-0312 due 04/03/2026.",
        [],
        "negatives",
        "a reference, an invoice and a due date",
    ),
    (
        "Model VLT-1961-03, firmware 6.1.3.4; SN 4471290583.",
        [],
        "negatives",
        "a device's model, firmware and serial",
    ),
    (
        "ISBN 978-0-306-40615-7; doi:10.1000/182; PMCID PMC4471290.",
        [],
        "negatives",
        "publication identifiers",
    ),
    (
        "NCT04471290 enrolled 12 pts; site 044, subject 044-0012 randomised 03/04.",
        [("MRN", "044-0012")],
        "negatives",
        "a trial and a site number; the subject's number goes (stop 43: fail closed)",
    ),
    (
        "Hotline 0800 123 4567 (free, Mon-Fri 8-20).",
        [("IGNORE", "0800 123 4567")],
        "negatives",
        "a company's hotline and its hours",
    ),
    (
        "Lote 4471290, cad. 03/2027, C.N. 712345.6, PVP 19,61 EUR.",
        [],
        "negatives",
        "a Spanish lot, expiry, national code of a product and a price",
    ),
    (
        "ロット番号 4471290、使用期限 2027年3月。",
        [],
        "negatives",
        "a Japanese lot number and expiry",
    ),
    (
        "Dosing: one two-week pack, then 14 x 25 mg; call at 10:30 on 04/03.",
        [],
        "negatives",
        "counts in words, a dose, a time and a visit date",
    ),
]

ROUND_14: list[Snippet] = [
    # --- typographic separators from word processors and mail clients ---
    (
        "Daughter's mobile 07700\u00a0900\u00a0461 (pasted from her e-mail).",
        [("PHONE", "07700\u00a0900\u00a0461")],
        "typography",
        "no-break spaces between a phone's groups",
    ),
    (
        "Call back on 614\u2013555\u20130192 after lunch.",
        [("PHONE", "614\u2013555\u20130192")],
        "typography",
        "en dashes in a US phone",
    ),
    (
        "SSN 123\u201145\u20116789 as typed in the referral letter.",
        [("SSN", "123\u201145\u20116789")],
        "typography",
        "non-breaking hyphens in an SSN",
    ),
    (
        "DOB 04\u201303\u20131961, patient's son called.",
        [("DOB", "04\u201303\u20131961")],
        "typography",
        "en dashes in a birth date",
    ),
    (
        "MRN 447\u2011129\u20110 per the discharge letter.",
        [("MRN", "447\u2011129\u20110")],
        "typography",
        "non-breaking hyphens in a record number",
    ),
    (
        "Tel.\u00a0: 06\u202f12\u202f47\u202f85\u202f30 (fille)",
        [("PHONE", "06\u202f12\u202f47\u202f85\u202f30")],
        "typography",
        "French narrow no-break spaces in a phone and before the colon",
    ),
    # --- dates of birth: legal forms, era calendars, abbreviations ---
    (
        "I, the undersigned, born on the 4th day of March, 1961, consent to ...",
        [("DOB", "4th day of March, 1961")],
        "legal_forms",
        "the legal 'day of' form",
    ),
    (
        "DOB: March '61 - patient unsure of the day.",
        [("DOB", "March '61")],
        "dates",
        "a month and an apostrophe year after DOB",
    ),
    (
        "出生日期：民國50年3月4日",
        [("DOB", "民國50年3月4日")],
        "era_calendars",
        "a Minguo (ROC) calendar date",
    ),
    (
        "生年月日 S36年3月4日（昭和）",
        [("DOB", "S36年3月4日")],
        "era_calendars",
        "a Japanese era initial with 年月日",
    ),
    (
        "出生日期：61年3月4日，女。",
        [("DOB", "61年3月4日")],
        "dates",
        "a two-digit year with 年 after a Chinese birth label",
    ),
    (
        "b/d 3/4/61 per pharmacy profile.",
        [("DOB", "3/4/61")],
        "hipaa",
        "'b/d' for birth date",
    ),
    (
        "Bdate: 04.03.61; spouse on the line.",
        [("DOB", "04.03.61")],
        "hipaa",
        "'Bdate' for birth date",
    ),
    (
        "วันเกิด 4 มี.ค. 2504 ผู้ป่วยหญิง",
        [("DOB", "4 มี.ค. 2504")],
        "cldr",
        "a Thai date in the Buddhist era with an abbreviated month",
    ),
    # --- record numbers: lower-case letters, other scripts' labels ---
    (
        "Hospital ID: rvh-4471290 (lower case in the portal).",
        [("MRN", "rvh-4471290")],
        "mrn",
        "a record number with lower-case letters after a labelled ID",
    ),
    (
        "מספר תיק 4471290, הבת התקשרה.",
        [("MRN", "4471290")],
        "mrn",
        "a Hebrew file number (מספר תיק)",
    ),
    (
        "Αρ. Μητρώου 4471290 - κλήση από την κόρη.",
        [("MRN", "4471290")],
        "mrn",
        "a Greek register number after the abbreviation for 'number'",
    ),
    (
        "पंजीकरण संख्या 4471290, बेटी ने फ़ोन किया।",
        [("MRN", "4471290")],
        "mrn",
        "a Hindi registration number (संख्या = number)",
    ),
    (
        "Patient ID:\n4471\n290 (label printer wrapped it)",
        [("MRN", "4471\n290")],
        "mrn",
        "a record number wrapped onto the next line",
    ),
    (
        "ULI 123456789 on the Alberta referral.",
        [("MRN", "123456789")],
        "mrn",
        "Alberta's unique lifetime identifier",
    ),
    # --- national numbers: read out in other languages, spoken separators, masks ---
    (
        "Mi DNI es cuatro cuatro siete uno dos nueve cero cinco, letra zeta.",
        [("SSN", "cuatro cuatro siete uno dos nueve cero cinco")],
        "spoken_digits",
        "a Spanish DNI read out in words",
    ),
    (
        "His social is one two three dash four five dash six seven eight nine.",
        [("SSN", "one two three dash four five dash six seven eight nine")],
        "ssa",
        "an SSN read out with 'dash' between its groups",
    ),
    (
        "SSN ###-##-6789 on the printed EOB.",
        [("SSN", "###-##-6789")],
        "masking",
        "an SSN masked with hashes",
    ),
    (
        "Aadhaar:\n1234 5678\n9012",
        [("SSN", "1234 5678\n9012")],
        "stdnum",
        "an Aadhaar number wrapped over lines",
    ),
    (
        "Numéro de sécu 1 61 03 75 123 456 (clé 78) - appel du fils.",
        [("SSN", "1 61 03 75 123 456")],
        "stdnum",
        "a French NIR with its key given apart",
    ),
    (
        "nr dowodu osobistego ABC123456, pacjentka dzwoni.",
        [("SSN", "ABC123456")],
        "stdnum",
        "a Polish identity card number",
    ),
    (
        "Ma carte Vitale : 2 61 03 75 123 456 78, dit la patiente.",
        [("SSN", "2 61 03 75 123 456 78")],
        "stdnum",
        "a French NIR after 'carte Vitale' with a spaced colon",
    ),
    # --- phones: alternatives after a slash, words for 'double' in other languages ---
    (
        "Mobil 0612345678/0698765432 (zweite Nummer vom Sohn).",
        [("PHONE", "0612345678"), ("PHONE", "0698765432")],
        "libphonenumber",
        "two numbers joined by a slash with no spaces",
    ),
    (
        "Phone: 614.555.0192 or 0177 (same exchange).",
        [("PHONE", "614.555.0192"), ("PHONE", "0177")],
        "nanp",
        "a second number given by its last four only",
    ),
    (
        "Tlf. 12 34 56 78 (datter), efter kl. 16.",
        [("PHONE", "12 34 56 78")],
        "libphonenumber",
        "a Danish number in pairs after 'Tlf.'",
    ),
    (
        "telefono di casa 06 4471 2905, cellulare 347 447 1290",
        [("PHONE", "06 4471 2905"), ("PHONE", "347 447 1290")],
        "libphonenumber",
        "Italian landline and mobile after 'di casa' and 'cellulare'",
    ),
    (
        "Kontakt przez córkę: 512 447 129.",
        [("PHONE", "512 447 129")],
        "libphonenumber",
        "a Polish mobile after 'kontakt'",
    ),
    # --- not identifiers ---
    (
        "Rx 4471290 refilled; NDC 0002\u20118215\u201101; 30\u00a0×\u00a010\u00a0mg.",
        [("MRN", "4471290")],
        "negatives",
        # (labelled IGNORE until left6's round made the bare form go, as a13cc1d made every
        # other spelling)
        "a prescription number with no '#' (it leads a pharmacy to the patient, as 'Rx#' does),"
        " an NDC with non-breaking hyphens, a pack size",
    ),
    (
        "PVP 1\u00a0961,00\u00a0€; dosis 1\u20132 mg/kg, 3\u20134 veces al día.",
        [],
        "negatives",
        "a price with a no-break space, dose ranges with en dashes",
    ),
    (
        "Release 2026\u201303\u201304; page 12 of 44; v2.3.1.",
        [],
        "negatives",
        "a release date with en dashes, pages, a version",
    ),
    (
        "Case number 02291234 (MI request); ticket #4471290 closed.",
        [],
        "negatives",
        "the company's case and ticket numbers",
    ),
    (
        "Study day 1\u20137: one two-hour infusion, then oral 2\u00d7 daily.",
        [],
        "negatives",
        "study days, durations and a frequency",
    ),
    (
        "Hotline 1-800-MY-VELTR (1-800-698-3587), Mon\u2013Fri.",
        [("IGNORE", "1-800-MY-VELTR"), ("IGNORE", "1-800-698-3587")],
        "negatives",
        "a helpline in letters and digits",
    ),
    (
        "平成28年4月1日施行の規則、ロット S36-0304。",
        [],
        "negatives",
        "a Japanese era date of a regulation, a lot like an era date",
    ),
]

ROUND_15: list[Snippet] = [
    # --- numbers with no cue at all: contact lines and lists, as reps type them ---
    (
        "Spoke w/ Jane Roe 6145550192 re: refill timing.",
        [("PATIENT-NAME", "Jane Roe"), ("PHONE", "6145550192")],
        "nanp",
        "ten bare digits right after a name",
    ),
    (
        "Contacts: son Mike 6145550177, daughter Ann 6145550166.",
        [
            ("PATIENT-NAME", "Mike"),
            ("PHONE", "6145550177"),
            ("PATIENT-NAME", "Ann"),
            ("PHONE", "6145550166"),
        ],
        "nanp",
        "relatives with bare ten-digit numbers in a list",
    ),
    (
        "Caregiver - 614 5550192 - prefers texts.",
        [("PHONE", "614 5550192")],
        "nanp",
        "an area code then seven digits, no cue",
    ),
    (
        "Sarah (daughter) 07700900461, evenings only.",
        [("PATIENT-NAME", "Sarah"), ("PHONE", "07700900461")],
        "ofcom",
        "a UK mobile's bare eleven digits after a relative",
    ),
    (
        "Frau Weber 01715550123 bittet um Rückruf.",
        [("PATIENT-NAME", "Weber"), ("PHONE", "01715550123")],
        "libphonenumber",
        "a German mobile's bare digits after a name",
    ),
    (
        "Ravi's son 9845012345 will collect the samples.",
        [("PATIENT-NAME", "Ravi"), ("PHONE", "9845012345")],
        "libphonenumber",
        "an Indian mobile's bare ten digits",
    ),
    (
        "Left msg 6145550192 x2, no answer.",
        [("PHONE", "6145550192")],
        "nanp",
        "'left msg' before bare digits",
    ),
    (
        "VM left @ 614.555.0192 and 6145550177.",
        [("PHONE", "614.555.0192"), ("PHONE", "6145550177")],
        "nanp",
        "'VM left @' and a second bare number in the list",
    ),
    # --- dates with a two-digit year of the last century, no label ---
    (
        "Roe, Jane  F  03-04-61  Ward 7",
        [("PATIENT-NAME", "Roe, Jane"), ("DOB", "03-04-61")],
        "hipaa",
        "a header line's date with a two-digit year of the last century",
    ),
    (
        "Jane Roe 3/4/61 called about the copay card.",
        [("PATIENT-NAME", "Jane Roe"), ("DOB", "3/4/61")],
        "hipaa",
        "a date with a two-digit year after a name",
    ),
    (
        "Pt list: A. Okafor 11/22/58; B. Lee 2/9/47.",
        [
            ("PATIENT-NAME", "A. Okafor"),
            ("DOB", "11/22/58"),
            ("PATIENT-NAME", "B. Lee"),
            ("DOB", "2/9/47"),
        ],
        "hipaa",
        "a list of patients with their dates",
    ),
    (
        "Mr Brown (12.05.49) asked for a callback.",
        [("PATIENT-NAME", "Brown"), ("DOB", "12.05.49")],
        "hipaa",
        "a dotted date with a two-digit year in brackets after a name",
    ),
    # --- record and national numbers with no label ---
    (
        "Roe, Jane [MRN] 4471290 -> see note below",
        [("PATIENT-NAME", "Roe, Jane"), ("MRN", "4471290")],
        "mrn",
        "a label left by an earlier scrub before the number",
    ),
    (
        "SMITH^JOHN^A 4471290 19610304 M",
        [("PATIENT-NAME", "SMITH^JOHN^A"), ("MRN", "4471290"), ("DOB", "19610304")],
        "mrn",
        "an HL7-like name with its record number and birth date, no segment",
    ),
    (
        "Ins: BCBS XYZ987654321 / Grp 0123456",
        [("MRN", "XYZ987654321"), ("IGNORE", "0123456")],
        "payer_id",
        "a payer's name before a member id with no 'ID'",
    ),
    (
        "Medicaid# 12345678A active since 2019.",
        [("MRN", "12345678A")],
        "payer_id",
        "a Medicaid number after 'Medicaid#'",
    ),
    (
        "SS 123 45 6789 per the old intake.",
        [("SSN", "123 45 6789")],
        "ssa",
        "'SS' alone before a spaced SSN",
    ),
    (
        "soc sec 123-45-6789 on file",
        [("SSN", "123-45-6789")],
        "ssa",
        "'soc sec' in lower case",
    ),
    # --- not identifiers: the same shapes in a rep's world ---
    (
        "Combo strengths 5/10/40 mg and 10/20/80 mg; 30/60/90 packs.",
        [],
        "negatives",
        "combination doses and pack sizes with slashes",
    ),
    (
        "NPI 1234567893; DEA AB1234563; tax ID 12-3456789.",
        [],
        "negatives",
        "a clinician's and a practice's numbers",
    ),
    (
        "Order 6145550192 shipped; tracking 1Z999AA10123456784.",
        [],
        "negatives",
        "an order number shaped like a phone, a tracking number",
    ),
    (
        "Q3 sales 2145550192 units? No - 214,555 units, 0192 region.",
        [],
        "negatives",
        "sales figures",
    ),
    (
        "ISBN 0306406152; timestamp 1733085600; build 2026.03.04.",
        [],
        "negatives",
        "an ISBN, a Unix timestamp and a build number",
    ),
    (
        "Ratios 1/2/3 and scores 12-14-16 across visits; visit 3/4/26.",
        [],
        "negatives",
        "ratios, scores and a visit date",
    ),
    (
        "Label version 04-03-61 (internal code), revised 2026.",
        [],
        "negatives",
        "an internal code shaped like a date after 'version'",
    ),
]

# Round "clinical" (issue 18, helper clinnums): identifiers as clinical records of Spain,
# Germany, Austria, Switzerland, the Netherlands and Australia write them. Written after the
# rules of the round on phi_blind7_dev were made, without looking at that set's values, and
# measured on the rules before that round (untuned) and after (never tuned on).
ROUND_CLINICAL: list[Snippet] = [
    (
        "Nombre: Teresa.\nApellidos: Villalba Ortiz.\nNHC: 4471902.\nNASS: 08 41129385 27.",
        [
            ("PATIENT-NAME", "Teresa"),
            ("PATIENT-NAME", "Villalba Ortiz"),
            ("MRN", "4471902"),
            ("SSN", "08 41129385 27"),
        ],
        "es_ids",
        "Spanish chart header: NHC and a spaced NASS",
    ),
    (
        "Nº afiliación S.S.: 46/10293854/12 - pendiente de tarjeta sanitaria.",
        [("SSN", "46/10293854/12")],
        "es_ids",
        "NASS with slashes after 'Nº afiliación'",
    ),
    (
        "CIP: mad-33104980. Ingresa por urgencias.",
        [("MRN", "33104980")],
        "es_ids",
        "a CIP label with the region's letters in lower case before the number",
    ),
    (
        "Paciente con DNI 48712209A, acompañado por su hija.",
        [("SSN", "48712209A")],
        "es_ids",
        "DNI with its check letter, no label word for number",
    ),
    (
        "Episodio: 20044718. Servicio: Neumología.",
        [("MRN", "20044718")],
        "es_ids",
        "hospital stay's episode number",
    ),
    (
        "Fecha de nacimiento: 17/09/1948. Sexo: M.",
        [("DOB", "17/09/1948")],
        "letters_de_es",
        "Spanish birth label",
    ),
    (
        "Varón nacido el 3 de mayo de 2011, remitido por su pediatra.",
        [("DOB", "3 de mayo de 2011")],
        "letters_de_es",
        "'nacido el' and a written month, a 2010s year",
    ),
    (
        "Domicilio: C/ Río Tajo, 7, 2º B.\nLocalidad/ Provincia: Talavera de la Reina.\nCP: 45600.",
        [
            ("ADDRESS", "C/ Río Tajo, 7, 2º B"),
            ("ADDRESS", "Talavera de la Reina"),
            ("ADDRESS", "45600"),
        ],
        "letters_de_es",
        "Spanish address field, town field and postcode field",
    ),
    (
        "Mujer de 66 años, residente en Alcobendas, consulta por disnea.",
        [("ADDRESS", "Alcobendas")],
        "letters_de_es",
        "'residente en' a town",
    ),
    (
        "Población: Sant Feliu de Llobregat",
        [("ADDRESS", "Sant Feliu de Llobregat")],
        "letters_de_es",
        "Spanish town field with particles",
    ),
    (
        "Wir berichten über Herrn Otto Brandl, * 14.6.2003, wohnhaft Lindenweg 4, 4020 Linz.",
        [
            ("PATIENT-NAME", "Otto Brandl"),
            ("DOB", "14.6.2003"),
            ("ADDRESS", "Lindenweg 4, 4020 Linz"),
        ],
        "letters_de_es",
        "birth sign before a 2000s date, 'wohnhaft' without 'in'",
    ),
    (
        "Frau Ilse Pachler (*2.11.2001) wohnt in Leoben und kommt zur Kontrolle.",
        [("PATIENT-NAME", "Ilse Pachler"), ("DOB", "2.11.2001"), ("ADDRESS", "Leoben")],
        "letters_de_es",
        "birth sign in brackets, 'wohnt in' a town, the sentence going on",
    ),
    (
        "Patient: Huber, Franz, geb. am 08.03.1939, wh.: A-6020 Innsbruck, Museumstraße 12",
        [
            ("PATIENT-NAME", "Huber"),
            ("PATIENT-NAME", "Franz"),
            ("DOB", "08.03.1939"),
            ("ADDRESS", "A-6020 Innsbruck, Museumstraße 12"),
        ],
        "letters_de_es",
        "'wh.:' before a country-letter postcode, town, then the street",
    ),
    (
        "SVNR: 4523 150372, Krankenkasse ÖGK.",
        [("SSN", "4523 150372")],
        "de_at_ch_ids",
        "Austrian social insurance number after its label",
    ),
    (
        "Versicherungsdaten: 3186 280891 (Mitversicherung über den Ehemann).",
        [("SSN", "3186 280891")],
        "de_at_ch_ids",
        "Austrian social insurance number with no label (check digit and birth date)",
    ),
    (
        "Fallnr.: 2024-0044718, Aufnahmenummer 88120345.",
        [("MRN", "2024-0044718"), ("MRN", "88120345")],
        "de_at_ch_ids",
        "German case and admission numbers",
    ),
    (
        "Versichertennummer: A123456780, Kasse AOK Bayern.",
        [("MRN", "A123456780")],
        "de_at_ch_ids",
        "German KVNR after its label",
    ),
    (
        "AHV-Nr. 756.9217.0769.85, Versichertenkarte 80756000800012345678.",
        [("SSN", "756.9217.0769.85"), ("MRN", "80756000800012345678")],
        "de_at_ch_ids",
        "Swiss AHV number and insurance card number",
    ),
    (
        "Karte 80276001234567890123 eingelesen, Patientin wartet.",
        [("MRN", "80276001234567890123")],
        "de_at_ch_ids",
        "a German health card's 20-digit number (80, 276) with a bare word before it",
    ),
    (
        "EPD-SPID 761337610411265583, eingetragen am 12.01.2026.",
        [("MRN", "761337610411265583")],
        "de_at_ch_ids",
        "Swiss EPR patient identifier after a dashed label",
    ),
    (
        "Mme Chantal Rossier, domiciliée à Fribourg, carte d'assurance 80756015091234567890.",
        [
            ("PATIENT-NAME", "Chantal Rossier"),
            ("ADDRESS", "Fribourg"),
            ("MRN", "80756015091234567890"),
        ],
        "de_at_ch_ids",
        "French Swiss: 'domiciliée à' a town, insurance card number",
    ),
    (
        "Mevrouw A. de Wit, BSN 2041.75.392, woonachtig te Amersfoort.",
        [("PATIENT-NAME", "A. de Wit"), ("SSN", "2041.75.392"), ("ADDRESS", "Amersfoort")],
        "nl_bsn",
        "dotted BSN, 'woonachtig te' a town",
    ),
    (
        "Patiënt geboren op 12 maart 1961, BSN: 123456782.",
        [("DOB", "12 maart 1961"), ("SSN", "123456782")],
        "nl_bsn",
        "Dutch birth phrase and a plain BSN",
    ),
    (
        "Card on file: 3951 28462 1 - pt confirmed the details by phone.",
        [("MRN", "3951 28462 1")],
        "au_ids",
        "an Australian Medicare number in its printed 4-5-1 shape, no label",
    ),
    (
        "Medicare 4102938541/2, DVA NX204518, mob 0491 570 156.",
        [("MRN", "4102938541/2"), ("MRN", "NX204518"), ("PHONE", "0491 570 156")],
        "au_ids",
        "Medicare with its individual reference number, DVA file number",
    ),
    (
        "Pensioner Concession Card 204567891K; Centrelink CRN 311222999B.",
        [("SSN", "204567891K"), ("SSN", "311222999B")],
        "au_ids",
        "Centrelink CRNs on a concession card and after the agency's name",
    ),
    (
        "Veteran (DVA White QSS31452) wants the info pack posted.",
        [("MRN", "QSS31452")],
        "au_ids",
        "DVA file number under the card's colour",
    ),
    (
        "Jessie Tran (2009-11-30) and her brother Minh Tran (2012-04-05), home (03) 7010 4471.",
        [
            ("PATIENT-NAME", "Jessie Tran"),
            ("DOB", "2009-11-30"),
            ("PATIENT-NAME", "Minh Tran"),
            ("DOB", "2012-04-05"),
            ("PHONE", "(03) 7010 4471"),
        ],
        "au_ids",
        "children's birth dates in brackets after their names, recent years",
    ),
    (
        "Contacts: 0491570906 (mum) / 0491570907 (dad).",
        [("PHONE", "0491570906"), ("PHONE", "0491570907")],
        "acma",
        "bare mobiles after 'Contacts', whose in brackets",
    ),
    (
        "Home 08 7010 5523, 12 Banksia Gdns, Karratha WA 6714.",
        [("PHONE", "08 7010 5523"), ("ADDRESS", "12 Banksia Gdns, Karratha WA 6714")],
        "auspost",
        "a phone before an address that starts with its house number",
    ),
    # --- no patient identifier ---
    (
        "Médico: Ana Beltrán Ruiz NºCol: 28 28 51234. Episodio de dolor torácico en 2019.",
        [("HCP", "Ana Beltrán Ruiz"), ("IGNORE", "28 28 51234")],
        "negatives",
        "a clinician's collegiate number, 'episodio' as an episode of pain",
    ),
    (
        "Im Fall 3 der Studie wurde die Dosis auf 2 x 500 mg erhöht; Episode 2024 abgeschlossen.",
        [],
        "negatives",
        "German 'Fall' and 'Episode' as words, a year",
    ),
    (
        "* 12.03.2026 Visite mit Dr. Brunner, Befund unauffällig.",
        [("HCP", "Brunner")],
        "negatives",
        "a bullet star before a visit date",
    ),
    (
        "Rückruf unter 0664 1234567 (Praxis), Termin am 3.2.2026.",
        [("IGNORE", "0664 1234567")],
        "negatives",
        "an Austrian mobile (led by 0) is no social insurance number",
    ),
    (
        "Batch 3951 28462 1 released; the plant's address is on the label.",
        [],
        "negatives",
        "a lot number in the Medicare shape after 'Batch'",
    ),
    (
        "Wir wohnen in der Nähe des Krankenhauses; Provinzial-Versicherung zahlt.",
        [],
        "negatives",
        "'wohnen in' lower case, an insurer's name",
    ),
]

ROUNDS: dict[str, list[Snippet]] = {
    "round1": ROUND_1,
    "round2": ROUND_2,
    "round3": ROUND_3,
    "round4": ROUND_4,
    "round5": ROUND_5,
    "round6": ROUND_6,
    "round7": ROUND_7,
    "round8": ROUND_8,
    "round9": ROUND_9,
    "round10": ROUND_10,
    "round11": ROUND_11,
    "round12": ROUND_12,
    "round13": ROUND_13,
    "round14": ROUND_14,
    "round15": ROUND_15,
    "clinical": ROUND_CLINICAL,
}


def _spans(text: str, labels: list[tuple[str, str]]) -> list[dict[str, object]]:
    """Offsets of each labelled string, labels being listed in the order of the text: each is
    looked for after the one before ("12345678" after "123456789" is not inside it)."""
    spans: list[dict[str, object]] = []
    pos = 0
    for typ, value in labels:
        start = text.find(value, pos)
        if start < 0:
            raise ValueError(f"{value!r} not in {text!r} after {pos}")
        pos = start + len(value)
        spans.append({"start": start, "end": start + len(value), "type": typ, "text": value})
    return spans


def build() -> list[dict[str, object]]:
    cases: list[dict[str, object]] = []
    for round_name, snippets in ROUNDS.items():
        for text, labels, ref, what in snippets:
            source = {"repo": "", "commit": "", "path": "", **REFS[ref], "record": what}
            cases.append(
                {
                    "text": text,
                    "spans": _spans(text, labels),
                    "source": source,
                    "group": f"{round_name}:{ref}",
                    "split": "variants",
                }
            )
    return cases


def main() -> None:
    lines = [json.dumps(c, ensure_ascii=False) for c in build()]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} snippets to {OUT}")


if __name__ == "__main__":
    main()
