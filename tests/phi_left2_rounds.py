# ruff: noqa: E501 - one snippet per line reads best
"""Fresh snippets for the classes the leftovers round named but did not fix (issue 18, helper
"left2"): medical eponyms read as names, a meeting's town, regions joined by "and", order and
invoice numbers of other languages, a clinician's and a patient's shared first name (precision);
phone extensions and call-back cues, shop/plot/sector addresses and address labels of other
languages, names whose halves are English words, two-letter name parts and Romance particles
(recall). Each class mixes identifiers with look-alikes that must stay.

Written for this work, copied from no bench set; numbers and people are made up. Public
references for the shapes (read for their vocabulary, nothing copied):
- eponyms: Terminologia Anatomica as indexed in SubjectRaw/SubjectRaw
  (subject/data/eng/terminologia-anatomica.md), the eponym reviews of ClinicalTree/
  ClinicalTree.github.io (_posts/2016-06-01-anatomic-eponyms-in-neuroradiology--brain--
  cerebral-vasculature--and-calvarium.md, _posts/2016-10-01-anatomic-eponyms-in-
  neuroradiology.md) and CRATE's eponym list (ucam-department-of-psychiatry/crate,
  crate_anon/anonymise/eponyms.py: an anonymiser's list of eponyms it must not scrub);
- extensions: ITU-T E.123 (an extension after the number), the French "poste" and German
  "Durchwahl" of office letterheads;
- addresses: Australia Post's addressing guide (Shop, Kiosk, Lot), Pakistan Post's sector
  addresses of Islamabad ("House, Street, Sector G-9/3"), La Poste's norme NF Z10-011 (Appt,
  Bât., Esc.).
Each round was written before the rules it measures and scored untuned first (figures in
bench/PHI.md); round 3 was never tuned on. Marks: the inline format of
bench/blind_phi_marks.py, ``{T|text}`` with T = N patient name, D DOB, M record number, S
national number, P phone, A address, H clinician (must stay), I anything else that must stay.
"""

from __future__ import annotations

ROUND_1: dict[str, list[str]] = {
    "eponyms": [
        "CTA shows a small aneurysm at the {I|circle of Willis}; neurosurgery aware.",
        "EP study: conduction delay below the {I|bundle of His}.",
        "Loop diuretics act on the thick ascending limb of the {I|loop of Henle}.",
        "Ultrasound: free fluid in the {I|pouch of Douglas}.",
        "Autoantibodies against the {I|islets of Langerhans} were positive.",
        "Outflow through the {I|canal of Schlemm} is reduced in her glaucoma.",
        "Stone impacted at the {I|ampulla of Vater}, ERCP booked.",
        "Morphine may cause spasm of the {I|sphincter of Oddi}.",
        "Mrs. {N|Willis} called about the refill.",
        "{N|Douglas Henle} says the pen jams.",
    ],
    "event_towns": [
        "Back from the {I|Barcelona} congress; two KOLs asked for the data.",
        "Met Dr. {H|Okafor} at ASCO in {I|Chicago}.",
        "The {I|Orlando} symposium had our poster on day two.",
        "Booth duty at ESC {I|Amsterdam} next week.",
        "Travel to {I|Vienna} for EAN, then back to the territory.",
        "Podium talk at the {I|San Antonio} Breast Cancer Symposium.",
        "Planning the {I|Lisbon} advisory board with the MSL.",
        "Patient lives at {A|14 Elm Street, Orlando, FL 32801}.",
    ],
    "regions": [
        "Covering {I|Cork and Kerry} from next month.",
        "Rep for {I|Surrey and Sussex}; 14 accounts.",
        "The {I|Kent and Medway} formulary added the drug.",
        "Territory: {I|Leeds and Bradford}.",
        "Splitting {I|Essex and Suffolk} between two reps.",
        "Accounts in {I|Dorset and Wiltshire} are behind target.",
        "Address: {A|4 Mill Lane, Tonbridge, Kent TN9 1PP}",
    ],
    "orders": [
        "Номер заказа 44721",
        "N° de commande 558213, livraison vendredi.",
        "Bestellnummer 4471293 für die Musterpackungen.",
        "Número de pedido 882013; entrega el lunes.",
        "Numero d'ordine 55120 spedito ieri.",
        "Rechnungsnummer 2024-1187 beglichen.",
        "Patientennummer {M|4471293}",
        "N° de dossier {M|558213}",
    ],
    "shared_first_names": [
        "Nurse {H|Sam} took the call. {N|Sam}'s mother says he sleeps poorly.",
        "{N|Sam}'s mother called; Nurse {H|Sam} will ring back.",
        "Patient {N|Jordan Lee} seen today; Nurse {H|Jordan} will follow up.",
        "Charge nurse {H|Alex} paged. {N|Alex} is a 6 yo with asthma.",
        "Spoke with nurse {H|Kim}; {N|Kim Doyle} asked about the dose.",
    ],
    "extensions": [
        "Call {P|(555) 201-3344 ext.7} after 2pm.",
        "Office {P|020 7946 0321 x.22}",
        "Reach her on {P|617-555-0142 ext 7}.",
        "Tél. {P|01 42 68 53 00 poste 22}",
        "Call back {P|555 201 3344}",
        "callback {P|0161 496 0732}",
        "cb# {P|617-555-0199}",
        "best # to reach: {P|617 555 0142}",
        "External rotation 30°, call back in 2 weeks.",
        "Take 1 tab x 3 days, then stop.",
    ],
    "addresses": [
        "Pharmacy delivery to {A|Shop 2, 14 Market St, Parramatta NSW 2150}",
        "Patient address: {A|House 12, Street 4, Sector G-9/3, Islamabad}",
        "Lives at {A|Lot 5, Jalan Ampang, 50450 Kuala Lumpur}.",
        "Home: {A|Plot 12, Kampala Road, Kampala}",
        "Adresse : {A|Appt 12, Bât. B, Esc. 3, 14 rue Oberkampf, 75011 Paris}",
        "City: {A|Springfield}",
        "Ville : {A|Villeurbanne}",
        "Adresse du patient : {A|5 avenue Jean Jaurès, 69007 Lyon}",
        "Dirección del paciente: {A|Calle Mayor 12, 3º B, 28013 Madrid}",
        "Patientenadresse: {A|Hauptstraße 5, 80331 München}",
        "Lot 5 expired; stock returned.",
        "Kaplan-Meier plot 12 shows the PFS curve.",
    ],
    "word_names": [
        "{N|Will Banks} called about his refill.",
        "Spoke with {N|Winter Frost}, 67, about side effects.",
        "{N|Rose Hill}'s knee is swollen again.",
        "Her son {N|Grant Wood} rang the office.",
        "{N|Yin Le} reports nausea since Monday.",
        "Patient {N|Le Van An}, 54, started therapy.",
        "{N|Ng Wai} called back about the pen.",
        "Paciente {N|María de la Cruz} refiere mareos.",
        "Il paziente {N|Giovanni di Stefano} riferisce dolore.",
        "Fecha de Ingreso: pendiente de cama.",
        "Trasladado al {I|Hospital de la Santa Creu i Sant Pau}.",
        "Servicio de Urgencias, box 4.",
        "Will call back tomorrow with the data.",
        "Le patient a appelé pour son traitement.",
        "NG tube in place, feeds restarted.",
    ],
}

# Written after round 1's rules, before any change for it: other eponyms and nouns, other
# meetings and regions, other languages' orders, other extension words, other countries' units
# and labels, other word names and particles.
ROUND_2: dict[str, list[str]] = {
    "eponyms": [
        "Biopsy: the {I|crypts of Lieberkühn} are distorted.",
        "Dilated {I|space of Disse} on the liver biopsy.",
        "Saltatory conduction jumps from {I|node of Ranvier} to node.",
        "Clip the cystic artery in the {I|triangle of Calot}.",
        "Obstruction distal to the {I|ligament of Treitz}.",
        "Colloid cyst at the {I|foramen of Monro}.",
        "Stenosis of the {I|aqueduct of Sylvius} with hydrocephalus.",
        "Hair cells of the {I|organ of Corti} are lost with cisplatin.",
        "Dilated {I|duct of Wirsung} on MRCP.",
        "Ms. {N|Ranvier} asked for a copy of her results.",
    ],
    "event_towns": [
        "Debrief from the {I|Madrid} ERS congress next Monday.",
        "Flew home after ADA in {I|San Diego}.",
        "Our abstract was accepted for the {I|Copenhagen} meeting.",
        "The {I|Boston} summit was worth the trip.",
        "Coming back from the {I|Berlin} workshop, Dr. {H|Lange} wants samples.",
        "Satellite symposium, {I|Paris}, 14 May.",
        "Pt's daughter lives in {A|Boston} and picks up the scripts.",
    ],
    "regions": [
        "Now covering {I|Hampshire and Isle of Wight}.",
        "Handing {I|Galway and Mayo} to the new rep.",
        "{I|Bedfordshire and Luton} ICS meeting on Thursday.",
        "Region: {I|Devon and Cornwall}; 3 hospitals.",
        "I cover {I|Lancashire and Cumbria} until March.",
        "Her address is {A|12 Oak Road, Truro, Cornwall TR1 2AB}.",
    ],
    "orders": [
        "Nº da encomenda 77120, entregue ontem.",
        "Numéro de facture 2291-88 réglée.",
        "Sendungsnummer 00340434161234567890",
        "Número de factura 40021, pagada.",
        "Номер счёта 5512 оплачен.",
        "Ordernummer 884213 levererad.",
        "N° patient {M|00447213}",
    ],
    "shared_first_names": [
        "RN {H|Chris} gave report. {N|Chris} is febrile overnight.",
        "Nurse practitioner {H|Taylor} reviewed; {N|Taylor Reid} will return Friday.",
        "{N|Jamie} was seen; his nurse is {H|Jamie} too.",
        "Midwife {H|Emma} called: {N|Emma Walsh} delivered at 04:00.",
    ],
    "extensions": [
        "Office line {P|(212) 555-0187 x 214}",
        "Ring {P|0207 946 0958 ext. 3301} and ask for the clinic.",
        "Tel. {P|089 12345678 Durchwahl -22}",
        "Call-back number {P|555-201-7788}",
        "best number to reach him {P|07700 900456}",
        "CB {P|415-555-0123}",
        "Dose x2 today; ext. release tablets only.",
        "Call back in the morning if worse.",
    ],
    "addresses": [
        "Dispatched to {A|Stall 14, Balogun Market, Lagos Island, Lagos}",
        "Address: {A|Kiosk 3, Westfield Mall, Bondi Junction NSW 2022}",
        "Lives at {A|House 7, Street 21, F-7/2, Islamabad}.",
        "Town: {A|Ballymena}",
        "Ciudad: {A|Sevilla}",
        "Domicile : {A|Bât. C, Esc. 2, Appt 41, 8 allée des Tilleuls, 93200 Saint-Denis}",
        "Home address: {A|Plot 45, Ngong Road, Nairobi}",
        "Shop 2 reported no stock of the 40 mg pen.",
        "Sector G-9 clinic staff asked for samples.",
    ],
    "word_names": [
        "{N|Hunter Stone} asked about the copay card.",
        "Wife of {N|Frank Bush} called.",
        "{N|Iris Street} says her hip hurts.",
        "{N|Dawn Rivers}, 45, stopped the statin.",
        "Patient {N|Lo Ka Yi} missed the appointment.",
        "{N|Ho Thi Lan} called about her results.",
        "Paciente {N|José dos Santos} relata tontura.",
        "La paciente {N|Carmen del Río} acudió sola.",
        "Atendido en el {I|Hospital de la Santa Creu} por urgencias.",
        "Fecha de Alta pendiente.",
        "Frost warnings tonight; reschedule the visit.",
        "Grant funding for the study was approved.",
    ],
}

# Written with rounds 1 and 2, never tuned on (scored once after round 2's rules; round 4's
# rules were made without looking at it).
ROUND_3: dict[str, list[str]] = {
    "eponyms": [
        "Lesion near the {I|fissure of Rolando}.",
        "Cyst of the {I|pouch of Rathke} on MRI.",
        "Hematoma in the {I|space of Retzius}.",
        "Compression at the {I|canal of Guyon}.",
        "Mr. {N|Rolando} called about side effects.",
    ],
    "event_towns": [
        "Back from the {I|Munich} ESC meeting on Sunday.",
        "AAN in {I|Denver} was busy; ten booth visits.",
        "The {I|Geneva} roundtable moved to June.",
    ],
    "regions": [
        "Taking over {I|Kildare and Wicklow}.",
        "My patch is {I|Norfolk and Waveney}.",
        "Mailing address: {A|3 Church Street, Ely, Cambridgeshire CB7 4JD}",
    ],
    "orders": [
        "Número de encomenda 55123 enviada.",
        "Auftragsnummer 700123 bestätigt.",
        "N° de bon de livraison 44120.",
    ],
    "shared_first_names": [
        "Nurse {H|Pat} spoke to the family. {N|Pat} is comfortable tonight.",
        "{N|Robin}'s father asked Nurse {H|Robin} for the discharge letter.",
    ],
    "extensions": [
        "Call {P|(617) 555-0100 ext 4412}.",
        "Tél. bureau {P|04 72 11 22 33 poste 118}",
        "best # {P|617 555 0188}",
        "cb # {P|503-555-0177}",
    ],
    "addresses": [
        "Delivered to {A|Shop 5, 22 King St, Newtown NSW 2042}",
        "Address: {A|House 3, Street 11, Sector I-8/4, Islamabad}",
        "Patientenadresse: {A|Lindenweg 4, 04109 Leipzig}",
        "City: {A|Dayton}",
    ],
    "word_names": [
        "{N|Summer Snow} asked about the refill.",
        "Her husband {N|Rob Wolf} called.",
        "{N|Ma Li} reports a rash.",
        "Paciente {N|Ana de la Torre}, 60, con disnea.",
        "Servicio de Medicina Interna del {I|Hospital de la Princesa}.",
    ],
}

# Written after round 2's rules, before any change for it: more variants of each class from
# the same references, and more look-alikes (possessive eponyms, a congress's acronym and town
# in either order, people with a town's name, order numbers with their signs, clinicians who
# keep their first name, a lot or a plot that is no address).
ROUND_4: dict[str, list[str]] = {
    "eponyms": [
        "Second rib palpated at the {I|angle of Louis}.",
        "Mass in the {I|fossa of Rosenmüller} on MRI.",
        "{I|Vein of Galen} malformation followed by neurosurgery.",
        "{I|Artery of Adamkiewicz} at risk during the repair.",
        "Hydrocele of the {I|canal of Nuck} in the infant.",
        "Aneurisma del {I|polígono de Willis} sin rotura.",
        "Protein in {I|Bowman's capsule} on biopsy.",
        "Bleeding {I|Meckel's diverticulum} resected.",
        "Mr {N|Galen Hartmann} called about his refill.",
    ],
    "event_towns": [
        "Flying out Sunday for ESMO {I|Barcelona}.",
        "Poster presented at EHA {I|Milan} on Friday.",
        "Debrief after the {I|Vienna} EASL meeting.",
        "The {I|Toronto} KOL dinner went well.",
        "Next stop: AHA {I|Philadelphia}.",
        "Registered for the {I|Phoenix} workshop in May.",
        "Patient moved to {A|Denver} last month.",
    ],
    "regions": [
        "Covering {I|Durham and Darlington} next quarter.",
        "Joint working with the {I|Derby and Burton} trust.",
        "Sales in {I|Kerry and Limerick} are up.",
        "Her sons {N|Kerry} and {N|Lincoln} visited today.",
        "Handed {I|Sligo and Leitrim} to Aoife.",
    ],
    "orders": [
        "N° de commande : 4471-2293",
        "Bestell-Nr. 4471293 storniert.",
        "Pedido n.º 88213 enviado.",
        "Número de pedido: 77-1209",
        "Заказ № 44812 доставлен.",
        "Numer zamówienia 55120 wysłany.",
        "Sipariş no: 884213",
        "Rechnungs-Nr. 2024-0091",
        "Numéro de dossier {M|20447813}",
    ],
    "shared_first_names": [
        "Nurse {H|Jo} rang. {N|Jo} is a 4 yo with croup.",
        "RT {H|Max} adjusted the vent; {N|Max}'s dad is at bedside.",
        "Spoke with charge nurse {H|Ellie}. {N|Ellie} remains febrile.",
        "Nurse {H|Dana} called. {H|Dana} said the pump alarmed twice.",
        "{N|Leo}'s mum asked nurse {H|Leo} about discharge.",
    ],
    "extensions": [
        "Work: {P|+44 20 7946 0321, ext. 4412}",
        "Tel {P|(02) 9374 4000 x 221}",
        "Ph: {P|613-555-0147 #220}",
        "Tel. {P|0711 123456, Durchwahl 22}",
        "téléphone {P|01 45 67 89 00, poste 3120}",
        "Callback: {P|555.201.3344}",
        "call-back no. {P|07700 900321}",
        "Best contact # {P|503 555 0123}",
        "Ext. rotation limited to 20 degrees.",
        "Room #12, call back in 2-3 days.",
    ],
    "addresses": [
        "Address: {A|Shop 14, Ikeja City Mall, Obafemi Awolowo Way, Ikeja, Lagos}",
        "Lives at {A|Lot 12, Jalan Bukit Bintang, 55100 Kuala Lumpur}.",
        "Home: {A|House No. 5, Street 22, G-10/4, Islamabad}",
        "Adresse : {A|Résidence Les Pins, Bât. A, Appt 12, 3 rue Pasteur, 13008 Marseille}",
        "Ville: {A|Aubervilliers}",
        "Ciudad: {A|Zaragoza}",
        "Patientenanschrift: {A|Gartenstraße 12, 70173 Stuttgart}",
        "Endereço do utente: {A|Rua das Flores 12, 4050-262 Porto}",
        "Home: {A|Plot 7, Kira Road, Kampala}",
        "Lot 2291-A recalled by the maker.",
        "Congress city: Vienna, hotel booked.",
    ],
    "word_names": [
        "{N|River Stone}, 9, has asthma.",
        "Spoke with {N|Sky Rivers} about her dose.",
        "{N|Will Berry}'s mother called.",
        "Paciente {N|Juan de Dios Pérez} ingresa por disnea.",
        "Il paziente {N|Luca da Ponte} riferisce tosse.",
        "Doente {N|Maria das Dores Silva}, 80 anos.",
        "{N|Tran Van Ba} reports dizziness.",
        "Mr {N|Vu Ly} called.",
        "Servicio de Cardiología del {I|Hospital del Mar}.",
        "Motivo de consulta: disnea.",
        "Jefe de Servicio: Dr. {H|Ramón Ortega}",
        "Will Pharmacy confirm the stock?",
        "Summer camp forms are due.",
    ],
}

# Written with round 4, before its rules, never tuned on: the last untuned figure.
ROUND_5: dict[str, list[str]] = {
    "eponyms": [
        "Slow pathway near the {I|triangle of Koch}.",
        "Fluid tracking into the {I|space of Parona}.",
        "Mr. {N|Koch} called about the dose.",
    ],
    "event_towns": [
        "Pre-read for the {I|Stockholm} congress.",
        "Dinner at AAN {I|Boston} with two KOLs.",
    ],
    "regions": [
        "Covering {I|Meath and Louth} from June.",
        "The {I|Hull and York} formulary approved it.",
    ],
    "orders": [
        "Numéro de commande 7781-22 expédiée.",
        "Bestellnr. 553120 geliefert.",
    ],
    "shared_first_names": [
        "Midwife {H|Grace} reviewed. {N|Grace}'s mother is at bedside.",
    ],
    "extensions": [
        "Tel: {P|0161 496 0000 ext 221}",
        "cb {P|617-555-0166}",
    ],
    "addresses": [
        "Address: {A|Kiosk 7, Yaba Market, Yaba, Lagos}",
        "Ciudad: {A|Cádiz}",
        "Dirección del paciente: {A|Av. de la Paz 14, 2º, 41010 Sevilla}",
    ],
    "word_names": [
        "{N|Hope Rivers} said the pen leaks.",
        "Patient {N|Ho Van Nam}, 62, seen today.",
        "Paciente {N|Rosa de la Vega} refiere tos.",
        "Motivo de Ingreso: disnea.",
    ],
}
