# ruff: noqa: E501 - one snippet per line reads best
"""Build bench/phi_address_variants.jsonl: address variants for issue 18, written by hand.

Each snippet is a call-note sentence around an address laid out as a country's postal
administration describes it (the UPU's "Postal addressing systems" pages, one per member
country, and the national posts' own guides, cited per case), or a negative holding what an
address rule could swallow (institutions, products with doses, lot numbers, dates, times,
clinicians). Written before any rule was changed for them; the first, untuned score is
recorded in the commit that added them. Addresses are invented; their layout is the source's.
Round 1 (46 snippets) untuned: addresses 0.444 (16/36), overall 0.512 at 0.970. Round 2 (65
snippets: the classes earlier reports found missed on unseen text, each written from a postal
format reference, with practice and venue addresses as IGNORE) untuned on 2ab14cc: addresses
0.385 (20/52), overall 0.467 at 0.976, 1/13 snippets without identifiers touched, 0/3
clinicians touched.
Round 3 (49 snippets: the same classes in other languages' prose and other countries'
layouts, written after round 2's rules) untuned on 20377a1: addresses 0.595 (25/42), overall
0.647 at 0.935, 0/11 snippets without identifiers and 0/1 clinicians touched (main before
round 2, 2ab14cc: 0.571, 0.627 at 0.933).

Marks (bench/blind_phi_marks.py): {A|...} is an ADDRESS, {N|...} a PATIENT-NAME, {H|...} an HCP
and {I|...} an address that is no patient's (a practice, a venue: kept, neither right nor wrong).
Run: python bench/phi_address_variants_build.py
"""

from __future__ import annotations

import json
from pathlib import Path

from blind_phi_marks import parse  # the one mark parser of every written set

OUT = Path(__file__).resolve().parent / "phi_address_variants.jsonl"
UPU = "https://www.upu.int/en/Postal-Solutions/Programmes-Services/Addressing-Solutions"
WIKI = "https://en.wikipedia.org/wiki/Address"
LIBADDR = "https://github.com/google/libaddressinput/wiki/AddressValidationMetadata"

# (group, source url, record, marked text)
CASES: list[tuple[str, str, str, str]] = [
    # street words in other languages, with the house number beside them
    (
        "round1:street_words",
        UPU,
        "Estonia: street, house number; postcode before town",
        "Pt's daughter lives at {A|Metsa tee 14, 76505 Saue}, will collect the starter kit.",
    ),
    (
        "round1:street_words",
        UPU,
        "Estonia: maantee, house/flat",
        "Courier for {N|Kalle Tamm} goes to {A|Tartu mnt 83-12, 10115 Tallinn}.",
    ),
    (
        "round1:street_words",
        UPU,
        "Hungary: körút with number and floor/door",
        "Beteg címe {A|Szent István krt. 21. II/5, 1137 Budapest} - delivered Mon.",
    ),
    (
        "round1:street_words",
        UPU,
        "Hungary: rakpart, town first line",
        "Patient moved: {A|Budapest, Belgrád rakpart 9., 1056}.",
    ),
    (
        "round1:street_words",
        UPU,
        "Finland: compound -katu, staircase and flat, postcode town",
        "Sample kit returned from {A|Hämeenkatu 14 B 22, 33100 Tampere} yesterday.",
    ),
    (
        "round1:street_words",
        UPU,
        "Finland: compound -tie, staircase and flat",
        "Home nurse visits {A|Koivistontie 3 A 5} twice a week, per {N|Aino Virtanen}.",
    ),
    (
        "round1:street_words",
        UPU,
        "Turkey: Cadde/Sokak with No:",
        "Hastanın adresi {A|Atatürk Cad. No: 112 D:4, 35220 Konak/İzmir}, iletildi.",
    ),
    (
        "round1:street_words",
        UPU,
        "Turkey: Sokak and Mahalle",
        "Pt {N|Elif Şahin} - {A|Gül Sokak No 7, Moda Mah., Kadıköy} - asked about copay.",
    ),
    (
        "round1:street_words",
        UPU,
        "Romania: Strada, bloc, apartament",
        "Adresa pacientului: {A|Str. Florilor nr. 12, bl. A3, ap. 14, Cluj-Napoca 400123}.",
    ),
    (
        "round1:street_words",
        UPU,
        "Romania: Bulevardul",
        "Kit sent to {A|Bulevardul Unirii 45, București 030119} on the 4th.",
    ),
    (
        "round1:street_words",
        UPU,
        "Croatia: ulica after name",
        "Pacijent živi u {A|Ilica 242, 10000 Zagreb}; call before noon.",
    ),
    (
        "round1:street_words",
        UPU,
        "Serbia: Bulevar",
        "Isporuka na {A|Bulevar kralja Aleksandra 73, 11000 Beograd} potvrđena.",
    ),
    (
        "round1:street_words",
        UPU,
        "Iceland: -vegur compound, 3-digit postcode",
        "Patient's home {A|Laugavegur 77, 101 Reykjavík} - needs the Icelandic leaflet.",
    ),
    (
        "round1:street_words",
        UPU,
        "Lithuania: pr. (prospektas) after name, LT- postcode",
        "Siuntinys: {A|Gedimino pr. 20-5, LT-01103 Vilnius}.",
    ),
    (
        "round1:street_words",
        UPU,
        "Latvia: iela",
        "Pt address {A|Brīvības iela 120-7, Rīga, LV-1001}.",
    ),
    (
        "round1:street_words",
        UPU,
        "Czech: náměstí",
        "Vzorky doručit na {A|Náměstí Míru 9, 120 00 Praha 2}.",
    ),
    (
        "round1:street_words",
        UPU,
        "Slovenia: cesta",
        "Pt {N|Maja Kovač} now at {A|Celovška cesta 150, 1000 Ljubljana}.",
    ),
    (
        "round1:street_words",
        UPU,
        "Portugal: Travessa, postcode NNNN-NNN",
        "Carta para {A|Travessa do Carmo 4, 2º Esq., 1200-095 Lisboa} devolvida.",
    ),
    (
        "round1:street_words",
        UPU,
        "Italy: Vicolo with town and province",
        "Paziente in {A|Vicolo Stretto 6, 40125 Bologna BO} richiede il kit.",
    ),
    (
        "round1:street_words",
        UPU,
        "Spain: Paseo with floor",
        "Enviar a {A|Paseo de Gracia 21, 4º 2ª, 08007 Barcelona}.",
    ),
    (
        "round1:street_words",
        UPU,
        "Poland: osiedle",
        "Pacjent: {A|os. Piastów 12/44, 31-624 Kraków}.",
    ),
    (
        "round1:street_words",
        UPU,
        "Netherlands: -kade compound, NNNN AA",
        "Returned via {A|Prinsengracht 263, 1016 GV Amsterdam} - relative's home.",
    ),
    (
        "round1:street_words",
        UPU,
        "Norway: gate separate, 4-digit postcode",
        "Courier to {A|Kirkegata 15, 0153 Oslo} for the patient's son.",
    ),
    (
        "round1:street_words",
        UPU,
        "Denmark: Vej separate word",
        "Pt's flat is at {A|Gammel Kongevej 60, 1850 Frederiksberg C}.",
    ),
    # layouts with no street word
    (
        "round1:layouts",
        UPU,
        "town and postcode after 'in', no street",
        "Patient's sister is in {A|Vaasa 65100} now and will take over the injections.",
    ),
    (
        "round1:layouts",
        UPU,
        "postcode-first town after 'to'",
        "{N|Rui Costa} moved to {A|4050-234 Porto} last spring.",
    ),
    (
        "round1:layouts",
        UPU,
        "town + postcode on its own line",
        "New contact for the carer:\n{A|Ringsted 4100}\nprefers e-mail.",
    ),
    (
        "round1:layouts",
        UPU,
        "continental street name number, postcode town (no street word)",
        "Delivered to {A|Zmajevac 4, 18300 Pirot} on Tuesday, signed by the wife.",
    ),
    (
        "round1:layouts",
        UPU,
        "multi-line block with country and postcode",
        "Send the travel letter to:\n{A|Kuusiku 14\nKorter 3\nRapla\nEstonia 79513}\nThanks.",
    ),
    (
        "round1:layouts",
        UPU,
        "multi-line block ending in country alone",
        "Pt relocating abroad, new address\n{A|Rruga e Kavajës 52\nTiranë 1001\nAlbania}",
    ),
    (
        "round1:layouts",
        UPU,
        "postcode-town then country on one line",
        "Mail to {A|Rämistrasse 71, 8006 Zürich, Switzerland} after discharge.",
    ),
    (
        "round1:layouts",
        UPU,
        "Brazil CEP after city",
        "Paciente mora na {A|Rua Augusta 1500, apto 32, São Paulo - SP, 01304-001}.",
    ),
    (
        "round1:layouts",
        LIBADDR,
        "Argentina: street number, postcode locality",
        "Domicilio {A|Av. Santa Fe 3253, C1425BGH Buenos Aires}, enviar muestra.",
    ),
    (
        "round1:layouts",
        UPU,
        "Greece: Odos, postcode NNN NN",
        "Διεύθυνση {A|Ερμού 25, 105 63 Αθήνα} για τον ασθενή.",
    ),
    (
        "round1:layouts",
        UPU,
        "Sweden: town in capitals after postcode",
        "Pt moved to {A|Björkvägen 8, 523 33 ULRICEHAMN} in May.",
    ),
    (
        "round1:layouts",
        UPU,
        "Belgium: postcode town, number before bus",
        "Retour à {A|Rue Haute 120 bte 3, 1000 Bruxelles}, la fille signe.",
    ),
    # negatives: what must not be swallowed
    (
        "round1:negatives",
        "",
        "institution with a number and a town",
        "Met {H|Dr. Anneli Kask} at Tartu University Hospital, Ward 3, about the 2025 protocol.",
    ),
    (
        "round1:negatives",
        "",
        "product and dose after 'in'",
        "Two patients in Glyvance 20 mg arm switched to 40 mg in Week 12.",
    ),
    (
        "round1:negatives",
        "",
        "lot numbers and a clinic",
        "Lot 4471 and Lot 4472 shipped to Mayo Clinic pharmacy, expiry 03/2027.",
    ),
    (
        "round1:negatives",
        "",
        "city and year, study code",
        "Advisory board in Lisbon 2026; study VX-2201 readout in Q3 2025.",
    ),
    (
        "round1:negatives",
        "",
        "conference with city and a count",
        "At ESMO in Barcelona 1200 posters; {H|Prof. Lena Haug} presented 3 of them.",
    ),
    (
        "round1:negatives",
        "",
        "time and room",
        "Lunch and learn at 12:30 in Room 204, Helsinki office; 15 attendees.",
    ),
    (
        "round1:negatives",
        "",
        "dose schedule with numbers",
        "Titrate Veltrana 50 mg to 100 mg over 14 days, then 150 mg daily.",
    ),
    (
        "round1:negatives",
        "",
        "institution street-word lookalike",
        "Call with {H|Dr. Kowalski} from Park Hospital, Line 2 therapy discussed for 45 min.",
    ),
    (
        "round1:negatives",
        "",
        "company name with city and postcode-looking code",
        "Order via Pharmakon Distribution Tallinn, account 10115, invoice 2024-118.",
    ),
    (
        "round1:negatives",
        "",
        "percentages and counts after 'to'",
        "Response rose to 62 percent; enrolment went to Cohort 4 with 38 patients.",
    ),
]

PUB28 = "https://pe.usps.com/text/pub28/welcome.htm"
PAF = "https://www.poweredbypaf.com/ (Royal Mail PAF programmers' guide: flats, buildings)"
CANADA = "https://www.canadapost-postescanada.ca/cpc/en/support/kb/sending/general-information/canadian-addressing-guidelines"
JAPAN = "https://www.post.japanpost.jp/int/use/writing/index_en.html"
KOREA = "https://www.juso.go.kr (road-name and lot-number addresses)"
INDIA = "https://www.indiapost.gov.in (addressing: house, street, landmark, locality, PIN)"
MEXICO = "https://www.gob.mx/correosdemexico (calle, número, colonia, C.P., municipio, estado)"

# Round 2: the classes earlier reports found missed on unseen text (no street word before a
# town, Turkish Cd./Sk./No:, streets named in prose, 1900-2099 postcodes on a line, Nordic
# staircase letters, names and companies inside a multi-line block, "lives at"/"moved to",
# partial addresses, P.O. boxes, rural routes, care-of lines, CJK, Indian landmarks, Latin
# American colonias and "#", British flats and building names), and lookalikes to keep.
# fmt: off
ROUND_2: list[tuple[str, str, str, str]] = [
    # a street with no street word, then its town
    ("round2:no_street_word", UPU, "Serbia: street name, number, town without postcode",
     "Delivered the cooler to {A|Zmajevac 12, Pirot}; grandson signed for it."),
    ("round2:no_street_word", UPU, "Croatia: adjective street name, number, town",
     "Kit came back from {A|Vinogradska 14, Osijek}, unopened."),
    ("round2:no_street_word", UPU, "Poland: street name, house/flat, town",
     "Pacjentka {N|Ewa Zając} mieszka teraz {A|Słoneczna 8/3, Gdynia}, prosi o telefon."),
    ("round2:no_street_word", UPU, "Czech: descriptive/orientation number, town",
     "Vzorek poslat na {A|Husova 1124/5, Kolín} do pátku."),
    ("round2:no_street_word", UPU, "Germany: 'Am' street, number, town",
     "The carer is at {A|Am Lindenhof 3, Bamberg} until March."),
    ("round2:no_street_word", UPU, "Chile: street name, number, depto, comuna, city",
     "Entrega en {A|Los Aromos 1234, depto 5, Ñuñoa, Santiago} el lunes."),
    # Nordic staircase letters after a short street name
    ("round2:nordic_stair", UPU, "Sweden: short -gatan name, number, staircase, floor",
     "Pt now on {A|Nygatan 40 c 2, Gävle}, will call back after lunch."),
    ("round2:nordic_stair", UPU, "Sweden: Å-gatan, staircase, postcode town",
     "{N|Sven Holm} moved to {A|Ågatan 22 b 3, 582 22 Linköping} in April."),
    # postcodes 1900-2099 in line layouts
    ("round2:year_postcodes", UPU, "Norway: street line, then 2000 town",
     "Ship the replacement pen to:\n{A|Kirkeveien 5\n2000 Lillestrøm}\nafter 4 pm."),
    ("round2:year_postcodes", UPU, "Switzerland: rue line, then 2000 Neuchâtel",
     "Retour du colis:\n{A|Rue de la Gare 14\n2000 Neuchâtel}\nmerci."),
    ("round2:year_postcodes", UPU, "Denmark: floor and side, 2100 town with district letter",
     "Datter bor på\n{A|Vesterbrogade 41, 3. tv\n2100 København Ø}"),
    ("round2:year_postcodes", UPU, "Austria: square, then 2020 town on one line",
     "Pt moved: {A|Hauptplatz 3, 2020 Hollabrunn}; new GP there."),
    ("round2:year_postcodes", UPU, "Belgium: postcode 2018 on the town line",
     "Send the travel letter to\n{A|Lange Nieuwstraat 8\n2018 Antwerpen}\nbefore Friday."),
    # Turkish layouts
    ("round2:turkish", UPU, "Turkey: Cd. No: D: district/city",
     "Kargo {A|Bağdat Cd. No:214 D:6 Kadıköy/İstanbul} adresine gitti."),
    ("round2:turkish", UPU, "Turkey: Sk. No: with door after slash",
     "Pt's son: {A|Çiçek Sk. No: 5/3, Bornova/İzmir} - call first."),
    ("round2:turkish", UPU, "Turkey: Mah. Sok. No Daire postcode",
     "Teslimat: {A|Cumhuriyet Mah. Lale Sok. No:12 Daire:3 06420 Çankaya/Ankara}"),
    ("round2:turkish", UPU, "Turkey: Blv. with floor K:",
     "Kit sent to {A|Atatürk Blv. No 45 K:2, 07100 Muratpaşa/Antalya} yesterday."),
    # streets named in prose, "lives at", "moved to", partial addresses
    ("round2:prose", PAF, "UK: street, then 'number' in prose",
     "She lives on {A|Birchwood Crescent, number 14}, with her daughter."),
    ("round2:prose", PAF, "UK: Close (no US suffix), town after comma",
     "Pt lives at {A|27 Harrow Close, Didcot} and drives himself to clinic."),
    ("round2:prose", PAF, "UK: Rise after relocated to",
     "The family relocated to {A|9 Kestrel Rise, Thame} over the summer."),
    ("round2:prose", PAF, "number before 'on' street",
     "Her new place is {A|number 8 on Ferry Road}, right by the harbour."),
    ("round2:prose", UPU, "Finland: town, comma, postcode after moved to",
     "Pt moved to {A|Tampere, 33500} in June; transfer the file."),
    ("round2:prose", UPU, "Spain: town, postcode, province after 'is now in'",
     "The son said she is now in {A|Mijas, 29650, Málaga} for the winter."),
    ("round2:prose", UPU, "Netherlands: street alone with number in narrative",
     "Nurse found him at home on the {A|Kerkstraat 17} after the fall."),
    # P.O. boxes, rural routes, care-of
    ("round2:boxes", PUB28, "US: rural route and box",
     "Send the forms to {A|RR 2 Box 118, Hartington, NE 68739} by mail."),
    ("round2:boxes", CANADA, "Canada: rural route, site, compartment",
     "Pt gets mail at {A|RR 3, Site 12, Comp 4, Olds AB T4H 1P5}."),
    ("round2:boxes", UPU, "Mexico: Apartado Postal with town and state",
     "Envío al {A|Apartado Postal 27-B, Oaxaca, Oax. 68000}, a nombre de la hija."),
    ("round2:boxes", UPU, "Australia: GPO Box and state",
     "Claim forms go to {A|GPO Box 1234, Melbourne VIC 3001}, not the house."),
    ("round2:boxes", PAF, "UK: care-of a relative, then the street",
     "Letter goes c/o {N|Hana Novak}, {A|19 Elm Grove, Sheffield S11 8HT}."),
    ("round2:boxes", UPU, "Ireland: care home, street, Eircode",
     "Kit to {N|Tom Reilly} c/o St Anne's Care Home, {A|4 Convent Hill, Cork T12 XY34}."),
    # multi-line blocks with a name or a company between the lines
    ("round2:multiline", PAF, "UK: name, flat and building, street, town and postcode",
     "Ship to:\n{N|Karen Holt}\n{A|Flat 2, Rosehill House\n18 Cavendish Road\nBristol BS6 7RG}"),
    ("round2:multiline", UPU, "Sweden: name, company, street, postcode town",
     "Return label:\n{N|Anna Berg}\nc/o Nordic Homecare AB\n{A|Storgatan 4\n111 22 Stockholm}"),
    ("round2:multiline", INDIA, "India: name, wife-of line, house and cross, PIN",
     "Deliver to:\nSmt. {N|Lakshmi Iyer}\nW/o {N|R. Iyer}\n{A|No. 12, 3rd Cross, Malleshwaram\nBengaluru 560003}"),
    ("round2:multiline", PAF, "UK: flat, building name, street, town (no postcode)",
     "Post the diary to\n{A|Flat 5\nThe Old Mill\n3 Mill Lane\nYork}\nthanks"),
    # Japanese, Korean, Chinese
    ("round2:cjk", JAPAN, "Japan: prefecture, ward, town, chome-ban-go after 住所は",
     "住所は{A|東京都世田谷区桜新町1-23-4}です。"),
    ("round2:cjk", JAPAN, "Japan: block address with building and room",
     "患者さんの自宅 {A|大阪府大阪市北区梅田3丁目2番1号 サンハイツ502号室} へ送付しました。"),
    ("round2:cjk", KOREA, "Korea: road-name address with dong and ho",
     "택배 주소 {A|서울특별시 강남구 테헤란로 152, 101동 1203호} 로 발송"),
    ("round2:cjk", KOREA, "Korea: lot-number address in an English note",
     "Pt lives at {A|부산광역시 해운대구 우동 1408-5} with her mother."),
    ("round2:cjk", UPU, "China: city, district, road, number, unit, room",
     "寄往{A|上海市浦东新区世纪大道100号3单元502室}，请签收。"),
    ("round2:cjk", UPU, "China: compound, building, flat",
     "患者住在{A|北京市朝阳区建国路88号院2号楼1801}。"),
    ("round2:cjk", UPU, "Taiwan: section, lane, alley, number, floor",
     "Refill mailed to {A|台北市大安區忠孝東路四段216巷5弄3號4樓} last week."),
    # India with landmarks
    ("round2:india", INDIA, "India: house number, near/opp landmarks, locality, PIN",
     "Pt residence {A|H.No 4-56, near Hanuman Temple, opp. SBI ATM, Kukatpally, Hyderabad 500072}."),
    ("round2:india", INDIA, "India: flat, society, behind landmark, locality, city - PIN",
     "Deliver to {A|Flat 302, Sai Krupa Apts, behind Big Bazaar, Kothrud, Pune - 411038}; son will receive."),
    ("round2:india", INDIA, "India: door/plot, nagar, landmark, PIN after city",
     "Son says they stay at {A|14/2 Gandhi Nagar, near bus stand, Madurai 625020} now."),
    # Latin America
    ("round2:latam", MEXICO, "Mexico: Calle #number, Col., C.P., city, state",
     "Paciente vive en {A|Calle Hidalgo #123, Col. Centro, C.P. 44100, Guadalajara, Jal.}"),
    ("round2:latam", MEXICO, "Mexico: Av. number Int., Col., postcode CDMX",
     "Envío a {A|Av. Insurgentes Sur 1602 Int. 4, Col. Crédito Constructor, 03940 CDMX}."),
    ("round2:latam", UPU, "Colombia: Cra. number # plate, apto, city",
     "Entregar en {A|Cra. 7 # 45-10 apto 301, Bogotá} antes de las 5."),
    ("round2:latam", UPU, "Colombia: Calle number #plate, locality, city",
     "La mamá vive en {A|Calle 72 #10-34, Chapinero, Bogotá} desde enero."),
    # British flats and building names
    ("round2:uk", PAF, "UK: flat, named court, street, town and postcode",
     "Pt is at {A|Flat 4, Ashdown Court, 21 Church Road, Hove BN3 2DJ} now."),
    ("round2:uk", PAF, "UK: number in a named development, road, town",
     "Moved into {A|3 The Maltings, Bray Road, Leatherhead} last month."),
    ("round2:uk", PAF, "UK: flat letter, number, parade, town",
     "Samples to {A|Flat B, 7 Kings Parade, Cambridge} on Monday."),
    ("round2:uk", PAF, "UK: cottage name, street, village and postcode",
     "Leave the sharps bin at {A|Rose Cottage, Lower Street, Stoke Holy Cross NR14 8NA}."),
    # lookalikes to keep (a practice's or a venue's address is IGNORE: not the patient's)
    ("round2:negatives", "", "hospital with its address, doses",
     "Met Dr. {H|Hale} at St Mary's Hospital, {I|Praed Street, London W2 1NY}; 12 pts on Veltrana 20 mg."),
    ("round2:negatives", "", "practice moved (HCP's office address)",
     "Clinic moved to {I|Suite 400, 1200 Harbor Blvd, Weehawken, NJ 07086}; Dr. {H|Patel} sees pts Tue."),
    ("round2:negatives", "", "congress booth and hall",
     "Booth 2140 at ASCO, McCormick Place, Hall B; 3 demos at 10:30."),
    ("round2:negatives", "", "ward, bed, dose, time, lab",
     "Ward 7, Bed 12: start Lumexa 5 mg at 08:00, recheck K+ 4.1 tomorrow."),
    ("round2:negatives", "", "gate, building, room, date",
     "Gate 4, Building C, Room 12 for the advisory board on 14 March 2026."),
    ("round2:negatives", "", "products with numbers and doses",
     "Glyvance 2000 IU weekly; Sorevia 100 mcg 2 puffs; Brivantis 40/12.5 mg."),
    ("round2:negatives", "", "congress venue address",
     "Congress venue: Messe Wien, {I|Trabrennstraße 5, 1020 Wien} - 2 days, 400 delegates."),
    ("round2:negatives", "", "counts and years that look like 1900-2099 postcodes",
     "Order 2000 units of Veltrana starter packs for Q3 2025; lot 2099 expires 2027."),
    ("round2:negatives", "", "study sites with 4-digit numbers and towns",
     "Study site 2040 in Lillestrøm enrolled 12 pts; site 2100 in Aarhus 9."),
    ("round2:negatives", "", "pharmacy's address with a clinician",
     "The pharmacy at {I|Hauptstraße 12, 8010 Graz} stocks the 40 mg pen; call Dr. {H|Gruber}'s office."),
    ("round2:negatives", "", "purchase order and a route number",
     "PO 4417 raised for 12 boxes; Route 66 shuttle to the dinner at 7 pm."),
    ("round2:negatives", "", "Japanese venue, hall and time",
     "会議は東京国際フォーラム ホールB7 で 14:00 から、参加者 120 名。"),
    ("round2:negatives", "", "named hospital building and floor",
     "MSL meeting in Room 1203, Building 5, Level 2 at Karolinska; 45 min on Line 2 therapy."),
]
# fmt: on


INDONESIA = "https://www.posindonesia.co.id (Jl., No., RT/RW, Kel., Kec., city, postcode)"
AUSPOST = "https://auspost.com.au/business/marketing-and-communications/access-data-and-insights/address-data/addressing-guidelines"
RUSSIA = "https://www.pochta.ru (ул., д., кв., г., index)"

# Round 3: the same classes in other languages' prose and other countries' layouts (an
# address inside a German, French, Italian, Portuguese or Dutch sentence; lower-case SMS;
# key=value exports; Russian, Hebrew, Greek, Indonesian, Thai, Nigerian layouts; Australian
# unit/number; Canadian French; US highway contract and route boxes; care-of in other
# languages), written after round 2's rules and measured before any rule changed for them.
# fmt: off
ROUND_3: list[tuple[str, str, str, str]] = [
    # addresses inside other languages' prose
    ("round3:prose_languages", UPU, "German: wohnt in der Straße N in PLZ Ort",
     "Die Tochter wohnt in der {A|Lindenstraße 4 in 79098 Freiburg} und holt das Rezept ab."),
    ("round3:prose_languages", UPU, "French: habite au N, rue ..., CP ville",
     "La patiente habite au {A|12, rue des Acacias, 69003 Lyon} depuis mars."),
    ("round3:prose_languages", UPU, "Italian: abita in via N a città",
     "Il figlio abita in {A|via Garibaldi 18 a Torino}, chiamare dopo le 18."),
    ("round3:prose_languages", UPU, "Portuguese: mora na Rua, nº, bairro",
     "A paciente mora na {A|Rua das Laranjeiras, nº 45, Bairro Cosme Velho}, Rio."),
    ("round3:prose_languages", UPU, "Dutch: woont op de straat N in stad",
     "Meneer woont op de {A|Kerkweg 12 in Utrecht} bij zijn dochter."),
    ("round3:prose_languages", UPU, "Spanish: vive en la calle, número, piso",
     "La madre vive en la {A|calle Mayor, número 8, 2º izquierda, Zaragoza}."),
    ("round3:prose_languages", UPU, "German: abbreviated Str. and Nr.",
     "Lieferung an {A|Hauptstr. Nr. 27, 04109 Leipzig} erfolgt."),
    # lower-case SMS and exports
    ("round3:lowercase", PAF, "lower-case UK street and town, no commas",
     "pt lives {A|14 harrow close didcot} now, pls update crm"),
    ("round3:lowercase", UPU, "lower-case continental street and postcode",
     "new addr for son {A|kirkeveien 5 2000 lillestrøm}"),
    ("round3:export", "", "key=value export with address lines",
     "export: name={N|Mira Kovač}; addr1={A|Ilica 242}; city={A|Zagreb}; zip={A|10000}; consent=Y"),
    ("round3:export", "", "CSV-style row with street, town and postcode columns",
     "row 14: {N|Jonas Berg},{A|Storgatan 4},{A|Uppsala},{A|753 20},SE"),
    # other scripts and layouts
    ("round3:russia", RUSSIA, "Russia: ул., д., кв., г., index",
     "Пациент: {A|ул. Ленина, д. 5, кв. 12, г. Москва, 101000}."),
    ("round3:russia", RUSSIA, "Russia: index first, город, улица, дом",
     "Отправить по адресу {A|630099, г. Новосибирск, ул. Советская, д. 18}."),
    ("round3:hebrew", UPU, "Israel: street number, city in Hebrew",
     "המטופלת גרה ב{A|רחוב הרצל 12, תל אביב}."),
    ("round3:greek", UPU, "Greece: street with Οδός, number, postcode, town",
     "Ο ασθενής μένει στην {A|Οδό Πατησίων 76, 104 34 Αθήνα}."),
    ("round3:indonesia", INDONESIA, "Indonesia: Jl., No., RT/RW, Kel., city, postcode",
     "Kirim ke {A|Jl. Sudirman No. 45, RT 02/RW 05, Kel. Karet, Jakarta Selatan 12920}."),
    ("round3:thailand", UPU, "Thailand: house/moo, tambon, amphoe, province, postcode",
     "Pt's mother at {A|99/12 Moo 4, Tambon Suthep, Amphoe Mueang, Chiang Mai 50200}."),
    ("round3:nigeria", UPU, "Nigeria: plot, off a road, estate phase, city",
     "Courier to {A|Plot 5, off Admiralty Way, Lekki Phase 1, Lagos} for the caregiver."),
    ("round3:kenya", UPU, "Kenya: house, road, estate, city",
     "Pt relocated to {A|House 14, Muthangari Drive, Lavington, Nairobi}."),
    ("round3:arabic", UPU, "Saudi Arabia: P.O. Box, city, postcode",
     "Mail goes to {A|P.O. Box 1234, Riyadh 11564}, per the son."),
    # Australian, New Zealand, Canadian French, US box forms
    ("round3:au_nz", AUSPOST, "Australia: unit/number street, suburb, state, postcode",
     "Pt at {A|3/45 Smith St, Fitzroy VIC 3065} since June."),
    ("round3:au_nz", AUSPOST, "Australia: lot number and road, rural mail bag",
     "Farm address {A|Lot 12 Hillview Rd, RMB 440, Gundagai NSW 2722}."),
    ("round3:au_nz", UPU, "New Zealand: rural delivery",
     "Send to {A|212 Kaipara Coast Hwy, RD 3, Warkworth 0983} please."),
    ("round3:canada_fr", CANADA, "Canada French: number, rue, app., city (province) postcode",
     "Envoyer au {A|1234, rue Sainte-Catherine Ouest, app. 5, Montréal (Québec) H3G 1P1}."),
    ("round3:us_boxes", PUB28, "US: highway contract route box",
     "Mail to {A|HC 65 Box 12, Eureka, MT 59917} - no street delivery."),
    ("round3:us_boxes", PUB28, "US: route and box, state and ZIP",
     "Pt gets mail at {A|Rt 1 Box 22, Alma, AR 72921}."),
    ("round3:us_boxes", PUB28, "US: general delivery",
     "Hold at {A|General Delivery, Ely, NV 89301} until pickup."),
    # care-of and 'at the home of' in other languages
    ("round3:care_of", UPU, "German bei, then street and town",
     "Post an Frau {N|Huber} bei {N|Müller}, {A|Gartenweg 3, 6020 Innsbruck}."),
    ("round3:care_of", UPU, "French chez, then street and town",
     "Colis chez Mme {N|Dupont}, {A|8 allée des Tilleuls, 44000 Nantes}."),
    # partial addresses
    ("round3:partial", UPU, "postcode and town only after 'lives in'",
     "The carer lives in {A|8001 Zürich} and visits on Sundays."),
    ("round3:partial", UPU, "street and number only after 'on' in narrative",
     "Found the pt confused on {A|Rua Augusta 210} by the pharmacy."),
    ("round3:partial", UPU, "district and city only after 'moved to' (Korea, romanised)",
     "Daughter moved to {A|Gangnam-gu, Seoul 06236} for work."),
    ("round3:partial", UPU, "UK postcode only after 'lives in'",
     "Pt lives in {A|LS6 2QT} with her partner."),
    # streets named in prose, multi-line with an intervening name
    ("round3:prose", PAF, "street then 'the house with the number'",
     "She is in {A|Orchard Way, house number 31}, blue door."),
    ("round3:prose", PAF, "numbered street after 'lives at the'",
     "Son lives at the far end of {A|Granby Street, number 112}, Leicester."),
    ("round3:multiline", UPU, "German block: name, c/o line, street, town",
     "Adresse für den Pen:\n{N|Petra Lang}\nc/o Pflegedienst Sonnenschein\n{A|Bahnhofstraße 21\n88212 Ravensburg}"),
    ("round3:multiline", PAF, "UK block: name, company, flat, street, town, postcode",
     "Deliver:\n{N|Omar Haddad}\nBrightCare Ltd\n{A|Flat 3, Wellington House\n52 Queen Street\nCardiff CF10 2GP}"),
    ("round3:multiline", UPU, "Italian block: name, presso line, via, CAP town",
     "Spedire a\n{N|Giulia Romano}\npresso {N|Bianchi}\n{A|Via Nazionale 88\n00184 Roma RM}"),
    # lookalikes to keep
    ("round3:negatives", "", "company headquarters address (not a patient's)",
     "Medical info request forwarded to Pfizer, {I|235 East 42nd Street, New York, NY 10017}."),
    ("round3:negatives", "", "ICD code, form number, dose",
     "Coded J45.909 on Form 1500; Veltrana 2.5 mg, Lumexa 10 and Sorevia continued."),
    ("round3:negatives", "", "tower, level, platform",
     "MSL lunch at Level 3, Tower B; train from Platform 9 at 17:45."),
    ("round3:negatives", "", "highway and exit numbers",
     "Stuck on Highway 401 near Exit 12; call moved to 15:30."),
    ("round3:negatives", "", "hall, stand, bus line",
     "Hall 4, Stand B12 at the congress; Bus 42 to Central Station afterwards."),
    ("round3:negatives", "", "purchase order and boxes of stock",
     "PO# 45123: Box 3 of 12 shipped, Box 4 pending."),
    ("round3:negatives", "", "study site named by town and number",
     "Site Uppsala 204, Site Lund 205 and Site Malmö 206 closed enrolment."),
    ("round3:negatives", "", "clinic's own address in a signature",
     "Dr. {H|Ruth Adler}\nAdler Family Practice\n{I|18 Elm Street, Suite 2, Burlington, VT 05401}"),
    ("round3:negatives", "", "Chinese hospital and count",
     "上海市第六人民医院 3 号楼会议，参会医生 40 人。"),
    ("round3:negatives", "", "Korean conference venue and time",
     "서울 코엑스 3층 컨퍼런스룸에서 14시 회의, 참석자 25명."),
    ("round3:negatives", "", "a street named after a person in a study name",
     "The Baker Street cohort (n=212) and the Abbey Road sub-study read out in 2025."),
]
# fmt: on


def main() -> None:
    with OUT.open("w", encoding="utf-8") as f:
        for group, url, record, marked in [*CASES, *ROUND_2, *ROUND_3]:
            text, spans = parse(marked)
            source = {"repo": "", "commit": "", "path": "", "url": url, "record": record}
            case = {"text": text, "spans": spans, "source": source, "group": group}
            f.write(json.dumps({**case, "split": "variants"}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
