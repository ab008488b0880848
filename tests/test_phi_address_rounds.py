# ruff: noqa: E501 - one snippet per line reads best
"""Addresses of English-speaking countries by class, in fresh rounds (issue 18, helper addr).

Each round was written before any rule changed for it and scored on main first
(`bench/phi_address_rounds.py`); the figures are in bench/PHI.md. Marks as in
bench/blind_phi_marks.py: {A|...} an address, {N|...} a patient's name, {P|...} a phone,
{H|...} a clinician, {I|...} a practice's or venue's address (kept on purpose: neither right nor
wrong). Snippets mix the classes with look-alikes that must stay (drugs, dosing lines, street
words of clinical text, towns where an event happens). Values are made up; the layouts are the
countries' own (USPS Pub. 28, Canada Post, Royal Mail, An Post/Eircode, Australia Post, NZ
Post, India Post, SAPO, SingPost, PHLPost).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from prepcli.phi import find_phi

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from blind_phi_marks import parse  # noqa: E402 - the one mark parser of every written set

# Round 1: one line and several, units before and after the street, boxes and routes, military
# mail, care-of, house names, estates and townships, landmarks, town+region+postcode alone,
# countries, case, labels of other languages, table cells.
ROUND_1: list[str] = [
    "Spoke w/ {N|Marcy Oduya}; new address {A|Apt 4B, 2210 Larchmont Ave, Oak Park, IL 60302}, send refill there.",
    "Pt relocated to {A|Unit 12/34 Bellevue Pde, Carlton VIC 3053, Australia} last month.",
    "Letters for the family go c/o {A|Rose Cottage, Lower Slaughter, Cheltenham GL54 2HR}.",
    "Mailing: {A|PO Box 1187, Whitehorse, YT Y1A 5L6}",
    "Her son receives the kit at {A|RR 3 Box 218, Hollister, MO 65672}.",
    "Ship samples to {A|HC 61 Box 42, Marfa, TX 79843} per caregiver.",
    "Deployed husband's mail: {A|PSC 817 Box 23, FPO AE 09622}.",
    "Soldier's APO is {A|Unit 3050 Box 117, APO AP 96338} - forms sent.",
    "caller lives at {A|flat 3, 41 kingsway, hove bn3 2wh} and asked for large print",
    "ADDRESS ON FILE: {A|77 MAPLEWOOD DR, GUELPH ON N1G 2W1}. PHONE VERIFIED.",
    "Dirección del paciente: {A|14 Beach Road, Durban North, 4051, South Africa}",
    "Adresse: {A|9 Cashel Street, Christchurch 8011}",
    "{A|Blk 406 Tampines St 41 #05-12 Singapore 520406} (mother's flat) - delivery OK",
    "Pt's home: {A|Lot 7, Blk 3, Phase 2, Brgy. San Isidro, Antipolo City, Rizal 1870}.",
    "Mother stays at {A|House No. 44, Sector 15, Rohini, Delhi 110089}, near {A|Shiv Mandir}.",
    "Courier: {A|22 Mthembu Street, opp. Zola Spar, Zola Extension 3, Soweto, 1868}, call first.",
    "Eircode for home visit: {A|D06 F8K3}, the house is {A|4 Ashgrove Terrace, Rathmines, Dublin 6}.",
    "Home address\n{A|Flat 2\n18 Otley Road\nHeadingley\nLeeds\nLS6 3AA}\nTel {P|0113 496 0762}",
    "The pt moved from {A|Kelowna, BC V1Y 6H2} to {A|Red Deer, AB T4N 1X4} in June.",
    "Daughter in {A|Taupō 3330}; son still in {A|Whanganui}.",
    "| Street | {A|31 Wattle Grove} |\n| Suburb | {A|Noosa Heads} |\n| State | {A|QLD 4567} |",
    "Patient ({N|Roisin Keane}) gave {A|The Old Forge, Ballycotton, Co. Cork, P25 X2V8} for post.",
    "Rep to drop leaflets at {A|Suite 5, Level 2, 118 Queen St, Brisbane City QLD 4000}.",
    "Spoke to wife; they are at {A|1432 Kiowa Trail, Apt. 7, Lawrence KS 66049, USA} until Friday.",
    "Send to {A|12B Jalan Kemuning, Singapore 457321} - no lift.",
    # look-alikes that must stay
    "Practice address for returns: {I|Suite 200, 1450 Peachtree Rd, Atlanta, GA 30309}.",
    "Dr. {H|Ferreira} at {I|Kingsway Medical Centre, 12 High St, Bromley BR1 1AA} co-signed.",
    "CT: mass narrowing the right Main bronchus, 2 cm from the carina.",
    "Court-ordered treatment continues; Circle of Willis aneurysm stable.",
    "Ref: Park and Mann 2019, Lancet; cited at the Orlando symposium.",
    "Metformin 500 mg PO BID x 14 days, then 1000 mg daily with meals.",
    "Advisory board met in Toronto; next session Vancouver, 14 March.",
    "Apixaban 5 mg twice daily; Route: oral; Unit dose 2 tabs.",
    "Eliquis samples, Box 4 of 12, lot 7B42, exp 09/27 - stored in Room 3.",
    "Rep covered Leeds and Bradford territory; 4 HCP calls at St James's.",
    "Presented at Grand Rounds, Queen Square, London; Q&A with Dr. {H|Ashdown}.",
]

# Round 2 (written after round 1's fixes, scored before any change for it): private bags,
# locked and GPO boxes, rural delivery, general delivery, erven and stands, Philippine puroks,
# Singapore units after the street, care-of a person, house names with a village and county,
# capitals and lower case, Spanish/German/Portuguese/Italian/Dutch labels, tab-separated and
# key-value cells; look-alikes: wards and bays, "Apt to", drug boxes, eponyms, venues.
ROUND_2: list[str] = [
    "Correspondence: {A|Private Bag X12, Pietermaritzburg 3200}.",
    "pt's daughter said use {A|Locked Bag 7, Parramatta NSW 2124} for the forms",
    "Reimbursement cheque posted to {A|GPO Box 2291, Melbourne VIC 3001} on Monday.",
    "Farm is at {A|1450 State Highway 1, RD 4, Kaikohe 0474}; no cell coverage.",
    "Mail held at {A|General Delivery, Inuvik NT X0E 0T0} until pt returns.",
    "Lives at {A|Erf 2217, Mfuleni, Cape Town 7100} with grandmother.",
    "Visited {N|Thandiwe} at {A|Stand 456, Ext 2, Tembisa 1632} - pen stored cold.",
    "{A|Purok 5, Brgy. Mabini, Tagum City, Davao del Norte} per mother, no landline.",
    "New unit: {A|10 Anson Road #23-05, Singapore 079903}.",
    "Parcel to the son's place, {A|Blk 12 Toa Payoh Lor 7 #08-345, S310012}.",
    "Send the sharps bin c/o Mrs. {N|Agnes Pike}, {A|18 Quarry Hill, Tonbridge TN9 2RN}.",
    "Home is {A|Ivy Lodge, Church Lane, Little Snoring, Norfolk}, no postcode given.",
    "House name {A|Tigh na Mara}, {A|Roundstone, Co. Galway} - nurse to visit Thurs.",
    "ADDR {A|UNIT 7 44 SMITH ST FITZROY VIC 3065} CONFIRMED BY PT",
    "new address {A|po box 512 kalgoorlie wa 6430}, will call back",
    "address is {A|23 wharf rd, nelson 7010}, new zealand, text before visits",
    "Domicilio: {A|Apt 2C, 315 W 98th St, New York, NY 10025}",
    "Anschrift: {A|7 Clarence Parade, Southsea, Portsmouth PO5 3NU}, Vereinigtes Königreich",
    "Endereço do paciente: {A|Flat 5, Marine Court, 12 Beach Rd, Sea Point, Cape Town 8005}",
    "Indirizzo: {A|44 Jalan Ampang, 50450 Kuala Lumpur}",
    "Adres: {A|3/17 Ocean St, Bondi NSW 2026, Australia}",
    "Name\t{N|Kieran Walsh}\nAddress\t{A|12 Elm Rd}\nTown\t{A|Nelson}\nPostcode\t{A|7010}",
    "street={A|88 Raglan St}; city={A|Mooroopna}; state={I|VIC}; pc={A|3629}",
    "Her flat is {A|Flat 3B, Whitfield Court, 9 Prince Albert Rd, London NW1 7ST}.",
    "Son lives in {A|Moose Jaw, SK S6H 1A1} and drives her to infusions.",
    "Moved back to {A|Cebu City 6000}, {A|Philippines} after the surgery.",
    "He stays with family at {A|Village Rampur, P.O. Khurja, Dist. Bulandshahr, UP 203131}.",
    "Delivery: {A|Flat 302, Sai Residency, Plot 17, Kondapur, Hyderabad, Telangana 500084}.",
    "{A|USS Ronald Reagan (CVN 76), FPO AP 96616-1150} is where her husband gets mail.",
    "Write to {A|CMR 402 Box 1289, APO AE 09180} for the consent form.",
    "R.R. address: {A|R.R. #2, Lakefield ON K0L 2H0}",
    "Home visit at {A|45 Vilakazi Street, Orlando West, Soweto} - take the clinic car.",
    # look-alikes that must stay
    "Moved from Ward 7B, Bay 12 to Room 301 on Level 3; family informed.",
    "Apt to develop hypoglycaemia; Lantus 20 units SC nocte, Box of 5 pens.",
    "Court hearing 12 May re guardianship; Crescent sign absent on CT.",
    "St John's wort stopped; Circle back at 3 pm with the pharmacist.",
    "Street drugs denied; Way forward discussed with Dr. {H|Naidoo}.",
    "Met Dr. {H|Quinlan} at the Sydney meeting and at ASCO in Chicago.",
    "Sample drop at {I|Main Street Family Practice, 220 Main St, Bozeman, MT 59715}.",
    "Dinner venue: {I|The Grand Hotel, 97-99 King's Road, Brighton BN1 2FW}.",
    "Lane 4 of the gel; Highway to Health program 2024; Terrace 2 booked for the lunch.",
    "Ozempic 1 mg pen, Unit 4 West pharmacy, Park Lane Clinic dispensary.",
]

# Round 3 (written after round 2's fixes, scored before any change for it): roadside and
# community mail boxes, star routes, sites and compartments, a unit joined to its number by a
# dash, levels, Singapore blocks before the street, Philippine sitios, townships' sections,
# multi-line blocks in capitals, CSV rows, labels in French, Afrikaans, Tagalog, Malay, Hindi
# and Chinese; look-alikes: levels of evidence, stations, sectors, closures, summits.
ROUND_3: list[str] = [
    "Mail to {A|RMB 450, Bungendore NSW 2621} - no street delivery.",
    "Family's box is {A|CMB 12, Alice Springs NT 0872}.",
    "Old star route address: {A|Star Route Box 19, Lamoille, NV 89828}.",
    "Ranch: {A|HCR 65 Box 117, Kingston, AR 72742}; call before driving out.",
    "{A|RR 1 Site 5 Comp 12, Bowden AB T0M 0K0} is the acreage.",
    "New condo {A|1202-88 Harbour St, Toronto ON M5J 0B1}, concierge takes parcels.",
    "Pt now at {A|Level 3, 45 Murray St, Hobart TAS 7000} (daughter's office flat).",
    "Block address {A|#05-12, Block 123, Bedok North Street 2, Singapore 460123}.",
    "Lola lives at {A|Sitio Malinis, Brgy. Poblacion, Talisay, Cebu}.",
    "{A|1123 Section 3, Mamelodi East, Pretoria 0122} is the grandmother's.",
    "Home:\n{A|APT 6\n219 CEDAR HOLLOW RD\nCHARLESTON WV 25314\nUSA}\nPreferred contact: daughter",
    "Adresse : {A|55 Avenue Road, Toronto ON M5R 2G3}, Canada",
    "Adres: {A|17 Kerk Straat, Stellenbosch 7600}",
    "Tirahan: {A|Blk 9 Lot 22, Camella Homes, Bacoor, Cavite 4102}",
    "Alamat: {A|No. 8, Jalan SS 2/24, 47300 Petaling Jaya}",
    "पता: {A|B-14, Lajpat Nagar II, New Delhi 110024}",
    "地址：{A|Flat 12A, Tower 3, Laguna City, Kwun Tong, Kowloon}",
    "patient,{N|Okonkwo},{A|14 Elm St},{A|Leeds},{A|LS6 3AA},asthma",
    "c/o the nursing home: {I|Cedar Grove Care Home}, {A|4 Mill Lane, Barnsley S70 6AB}.",
    "She moved to her sister's, {A|9 Riverside Walk, Limerick V94 T2X9}, for the summer.",
    "{A|7 Sunbird Close, Ballito, KwaZulu-Natal 4420}, South Africa - address for the kit",
    "Send via courier to {A|18 Kowhai Street, Te Aroha 3320} (rural).",
    "address line 2 {A|Unit 4/17 Rose Tce, Paddington QLD 4064}",
    "Home is in {A|Tauranga 3110}; moving to {A|Hamilton 3204} after Easter.",
    "Pt stays at Room 12, {I|Sunrise Boarding House}, {A|88 Albert Road, Durban 4001}.",
    "Ph: {P|021 555 0187}; addr {A|5/12 Hinemoa St, Birkenhead, Auckland 0626}",
    "Lives in {A|Port Moresby}; mail to {A|PO Box 1044, Boroko NCD}.",
    "Son's place: {A|14 Tagore Road, Santacruz (W), Mumbai 400054}, near {A|Juhu Garden}.",
    # look-alikes that must stay
    "Level 2 evidence; Station 3 ECG; Sector 7 oncology team met on 4 June.",
    "Highway 1 closure delayed the rep; Suite 300 booked for the advisory board.",
    "Flew from Johannesburg to Cape Town for the summit; Perth congress next year.",
    "Adalimumab 40 mg SC every 2 weeks, Lot 4471, Box 12 of 30.",
    "Main bronchus clear; Court St. John's prayer group visits; Park bench fall 2 wks ago.",
    "Talk at {I|Level 5, 1 Martin Place, Sydney NSW 2000} went well; Dr. {H|Whitlam} asked re dosing.",
    "Drop-off at {I|Ward 4B, Groote Schuur Hospital, Main Rd, Observatory, Cape Town 7925}.",
    "Route: IV; Rate 100 mL/h; Line 2 flushed; Way 3 tap changed.",
    "Chapter 12, Block 3 of the course; Unit 7 quiz on Tuesday.",
    "Dublin 2024 symposium slides; Galway Clinic webinar; Cork meeting cancelled.",
]

# Round 4 (written after round 3's fixes, scored before any change for it): trailers and
# mobile-home lots, Queens and Hawaiian hyphenated numbers, Puerto Rican urbanizaciones,
# Québec's French street words, Scottish tenement flats, basement and ground-floor flats,
# Indian flat/floor/building/cross layouts and road numbers, subdivisions, a markdown table
# with a header row, compressed Australian units, addresses in capitals and in lower case,
# labels in Japanese and Spanish without accents, two addresses in one note.
ROUND_4: list[str] = [
    "Lives in {A|Lot 44, Sunny Acres Mobile Home Park, Ocala, FL 34482}; no mailbox.",
    "Trailer address {A|2210 Old Mill Rd Trlr 12, Dothan, AL 36301}.",
    "Son's flat {A|45-12 Bell Blvd, Apt 3F, Bayside, NY 11361}.",
    "Home: {A|91-1010 Fort Weaver Rd, Ewa Beach, HI 96706}",
    "Pt's mother: {A|Urb. Las Lomas, Calle 5 #123, San Juan, PR 00921}",
    "Nouvelle adresse {A|123 rue Principale, app. 4, Gatineau QC J8X 1A1}.",
    "Posted to {A|Flat 1/2, 33 Byres Road, Glasgow G11 5RD} last Tuesday.",
    "She rents the {A|Basement Flat, 7 Elm Grove, Bristol BS6 6AH}.",
    "Letters: {A|Ground Floor Flat, 22 Marine Parade, Brighton BN2 1TL}",
    "Address: {A|Apt 4, Block C, Smithfield Village, Dublin 7}",
    "{A|5/22-24 Smith St, Mosman NSW 2088} is the new unit.",
    "Flat for carer: {A|Flat 2, 15A Queen St, Ponsonby, Auckland 1011}.",
    "Deliver to {A|Flat No. 12, 3rd Floor, Shanti Apartments, 7th Cross, Malleswaram, Bengaluru 560003}.",
    "Brother at {A|Plot No. 5, Road No. 12, Banjara Hills, Hyderabad 500034}.",
    "{A|Unit 14 Sandton Heights, 23 Rivonia Rd, Sandton 2196} - security gate code needed.",
    "Remit to {A|PO Box 1034, Polokwane 0700}, Limpopo.",
    "Home {A|Blk 5 Jalan Besar #01-23, Singapore 208787}.",
    "Condo: {A|Unit 1203, The Residences at Greenbelt, Legaspi Village, Makati City 1229}",
    "{A|Lot 3 Blk 7 Phase 1, Villa Verde Subd., Brgy. Pulo, Cabuyao, Laguna} per the form.",
    "MAILING {A|31 GLENGARRY CRES, DARTMOUTH NS B2W 3X4} - RETURNED ONCE",
    "sister says {A|unit 3/4 smith st mosman nsw 2088} is fine for deliveries",
    "ok to ship to {A|apt 5, 224 w 12th st, new york ny 10011}",
    "住所: {A|18 Collins St, Melbourne VIC 3000}",
    "Direccion: {A|77 Harbour Rd, Kowloon Bay}",
    "| Name | Street | City | Postcode |\n|---|---|---|---|\n| {N|Aroha Ngata} | {A|12 Kowhai Rd} | {A|Nelson} | {A|7010} |",
    "Old: {A|16 Ash Grove, Leeds LS6 2JD}. New: {A|4 Birch Close, Otley LS21 3QP}.",
    "Moved from {A|12 Ridge Rd, Upper Hutt 5018} to {A|3 Kapiti Rd, Paraparaumu 5032} in March.",
    "Contact via daughter at {A|The Old Rectory, Church Street, Ledbury HR8 1DH}.",
    # look-alikes that must stay
    "Level 4 ICU, Bed 12, Ward 3 North; flat affect noted; Apt. workup pending.",
    "Suite of tests ordered; Box 3 ticked on the form; PO 5 mg daily.",
    "Lot 12 recalled; Route 1 vs route 2 of the trial; Hill-Sachs lesion on MRI.",
    "Samples left at {I|St Mary's Hospital, Praed Street, London W2 1NY} pharmacy.",
    "Dr. {H|Ngata} flew to Auckland for ADA; Melbourne Cup day clinic closed.",
    "Harley Street clinic referral letter sent; Durban conference abstract accepted.",
    "Main St. Pharmacy refill; Court-appointed guardian present; Grove sign negative.",
    "Seen at {I|Suite 3, Level 2, 88 Collins St, Melbourne VIC 3000} by Dr. {H|Lim}.",
]

# Round 5 (written after round 4's fixes, scored before any change for it): Wisconsin and Utah
# grid addresses, post-office stations, Australian care-of "c/-" and roadside delivery numbers,
# Northern Irish postcodes, quarters and wards, Indian care-of, South African farms and zones,
# highway kilometres, spelled-out multi-line capitals with a country, lower-case Indian house
# numbers, tab-separated tables, streets named without a number after "on".
ROUND_5: list[str] = [
    "Farm address {A|N1234 County Rd K, Sheboygan Falls, WI 53085}.",
    "Lives at {A|1234 E 500 S, Provo, UT 84606} with roommates.",
    "Mail to {A|Box 123, Stn Main, Saskatoon SK S7K 3L3}.",
    "Send c/- {A|Post Office, Bourke NSW 2840} - he collects monthly.",
    "Property: {A|RSD 123, Mount Compass SA 5210}",
    "Her address is {A|Flat B, 14 Hillside Main Street, Ballymena BT43 5AB}.",
    "Quarters: {A|Qr. No. 45, Sector 4, Bokaro Steel City 827004}",
    "Letters go C/O Ram Prasad, {A|Ward No. 9, Darbhanga, Bihar 846004}.",
    "{A|Farm Rietfontein, Bela-Bela District, Limpopo} - no postal service.",
    "Pt's house: {A|House 1234, Zone 6, Ga-Rankuwa 0208}",
    "Home near {A|Km. 14 National Highway, Brgy. Bunawan, Davao City}.",
    "{A|FLAT 5\n21 QUEEN ST\nDUNEDIN 9016\nNEW ZEALAND}",
    "address - {A|h no 12-2-417, mehdipatnam, hyderabad 500028}",
    "Street\tSuburb\tState\tPostcode\n{A|4 Acacia Ave}\t{A|Blacktown}\tNSW\t{A|2148}",
    "She is staying with her aunt on {A|Maple Avenue} in {A|Dartmouth} until June.",
    "Caregiver moved to {A|Apartment 9, 300 Queens Quay W, Toronto} last week.",
    "New place: {A|#12-104, 26 Jurong West St 91, Singapore 640917}",
    "Wohnanschrift: {A|8 Harcourt Terrace, Dublin 2, D02 KX29}",
    "Dirección de envío: {A|22 Rose St, Hillbrow, Johannesburg 2001}",
    "{A|Phase 2 Blk 12 Lot 9, Pag-asa Homes, Quezon City 1105} (mother's)",
    "Daughter's: {A|PO Box 93, Kaitaia 0441}; son: {A|RD 3, Whangarei 0173}",
    "Home (per GP letter): {A|2 Glebe Cottages, Lower Street, Stansted CM24 8LP}",
    # look-alikes that must stay
    "Highway 401 traffic delayed the call; Route 9 is the ambulance route.",
    "Zone 6 of the CT; Sector 4 infarct; Station 5 in the OSCE; Ward No. 9 handover at 7.",
    "Km 14 run completed; Phase 2 trial; Lot 9 of the vaccine quarantined.",
    "Main pulmonary artery dilated; Bridge therapy with enoxaparin; Park the infusion.",
    "Rep dinner at {I|Sheraton Grand, 161 Elizabeth St, Sydney NSW 2000}; Dr. {H|Abernethy} spoke.",
    "Referral to {I|Flat 3 Clinic, 20 Harley St, London W1G 9PH} declined.",
    "Attended the Wellington summit; Napier roadshow; Toronto office closed.",
    "Avenue of the Stars campaign; Quay Street billboard; Station Road sign-off.",
]

# Round 6 (written after round 5's fixes and left untuned: the closing check of whether the
# classes carry over; its misses are listed in bench/PHI.md, not fixed here).
ROUND_6: list[str] = [
    "Wife's address {A|Apt 12C, 4410 Wisconsin Ave NW, Washington, DC 20016}.",
    "pt gave {A|po box 77, lone pine ca 93545} for mail",
    "Courier: {A|Shop 2, 17 Beach Rd, Mollymook NSW 2539} (daughter's cafe flat above)",
    "Address on the form: {A|Unit 5, 8 Rata St, Kaiapoi 7630, NZ}",
    "Lives at {A|Ty Gwyn, Heol y Dwr, Carmarthen SA31 1PH}, Wales.",
    "{A|8 Parnell Square East, Dublin 1} - carer to collect.",
    "Post to {A|PO Box 48, Station Main, Regina SK S4P 2Z5}.",
    "Son: {A|House No. 221, Street 14, Sector G-9/1, Islamabad}",
    "Moved in with her brother at {A|56 Kloof Street, Gardens, Cape Town 8001}.",
    "Home {A|Blk 208 Bukit Batok St 21 #04-317, Singapore 650208}",
    "Barangay address {A|Purok 3, Brgy. Lagao, General Santos City 9500}",
    "{A|BOX 9, RR 2\nELMVALE ON L0L 1P0}",
    "Sent c/o {A|Cherry Tree Cottage, Mill Lane, Great Bardfield, Essex CM7 4SD}.",
    "Adresse du patient : {A|Appt 3, 15 Victoria Street, Wellington 6011}",
    "Domicilio: {A|21 Jalan Bukit Bintang, 55100 Kuala Lumpur}",
    "Name: {N|Pita Tane}\nStreet: {A|4 Totara Pl}\nCity: {A|Rotorua 3015}",
    "Lives on {A|Wattle Street} in {A|Lismore}, near the river.",
    "Grandma's: {A|Stand 9087, Zone 3, Diepkloof, Soweto 1862}",
    "Delivery to {A|D-52, Sector 27, Noida, UP 201301}.",
    "{A|2/14 Boundary Rd, Fremantle WA 6160}, Australia is the new address.",
    "FPO: {A|USS Gerald R. Ford (CVN 78), FPO AE 09532}",
    "Pt's mailing: {A|General Delivery, Lake Louise AB T0L 1E0}",
    # look-alikes that must stay
    "Shop 2 of the mall kiosk sells Voltaren; Unit 5 in-service on inhaler technique.",
    "Street 14 of the trial map; Sector G cohort; Station Main lab results normal.",
    "Lives on a pension; moved on from opioids; stays on Xarelto 20 mg.",
    "Conference at {I|ICC Sydney, 14 Darling Dr, Sydney NSW 2000}; Dr. {H|Tane} chaired.",
    "Presented in Cape Town and Durban; Noida office; Rotorua retreat for reps.",
    "Cottage cheese diet; Mill Lane clinic closed; Farm visits for the vet trial.",
]


# Left on purpose: a town with no cue of living there and no postcode is as often where an
# event happens ("still in Whanganui" / "the meeting in Whanganui").
_LEFT = frozenset({"Whanganui"})


def _score(rounds: list[str]) -> tuple[int, int, list[str], list[str]]:
    """(addresses found whole, addresses, misses, addresses found where none is). Names the
    name rules take or miss are the names helpers' and not counted here."""
    found = total = 0
    misses: list[str] = []
    wrong: list[str] = []
    for marked in rounds:
        text, spans = parse(marked)
        hits = find_phi(text)
        for s in spans:
            if s["type"] != "ADDRESS":
                continue
            total += 1
            inside = sum(max(0, min(s["end"], h.end) - max(s["start"], h.start)) for h in hits)
            if inside >= s["end"] - s["start"]:
                found += 1
            elif s["text"] not in _LEFT:
                misses.append(f"{s['text']!r} in {text!r}")
        for h in hits:
            if h.type == "ADDRESS" and not any(
                h.start < s["end"] and s["start"] < h.end and s["type"] != "HCP" for s in spans
            ):
                wrong.append(f"{text[h.start : h.end]!r} in {text!r}")
    return found, total, misses, wrong


@pytest.mark.parametrize("name", ["ROUND_1", "ROUND_2", "ROUND_3", "ROUND_4", "ROUND_5"])
def test_round(name: str) -> None:
    found, total, misses, wrong = _score(globals()[name])
    assert not misses and not wrong, (misses, wrong)


def test_untuned_round_floor() -> None:
    """Round 6 was never tuned on: its score may only rise, and no word of it that is no
    address may be taken for one."""
    found, total, misses, wrong = _score(ROUND_6)
    assert found >= 19 and total == 24 and not wrong, (misses, wrong)
