"""The fail-open classes that bench/phi_crm_probes.jsonl (the scrubber probed in the shapes of
text prepcli ingests: call notes about an HCP's patient, hub and co-pay notes, adverse-event
intake, forwarded e-mails, labelled free text) found, one table per class: its identifiers go,
and the clinicians and look-alikes beside them stay. Each snippet is checked whole
(tests/phi_marked.py): every marked identifier covered, no clinician touched, nothing else
taken."""

from __future__ import annotations

import pytest

from prepcli.ingest.run import name_words
from prepcli.phi import AnyOf, scrub
from tests.phi_marked import assert_identifiers_go_and_clinicians_stay

# class: its marked snippets (bench/blind_phi_marks.py's marks)
CLASSES: dict[str, list[str]] = {
    "initials after a patient's colon or bracket": [
        "Reporter: Nurse {H|Kim Lee} (HCP). Patient: initials {N|T.W.}, DOB {D|04/1962}, 71 kg.",
        "Patient (initials {N|M.K.}), born {D|March 1955}, reporter: nurse {H|Joy Park}.",
        "pt: initials {N|JS}, 62F",
        # a reviewer's initials stay
        "Reviewer: initials AB",
    ],
    "a birth month and year before a full stop": [
        # a month and year after a birth label, closing the sentence
        "Patient: initials {N|T.W.}, DOB {D|04/1962}.",
        "DOB: {D|03/61}.",
        "Export: DOB {D|1961-03}.",
        # a decimal after it is no date
        "Ratio 04/1962.5 recorded.",
    ],
    "lower-case full names after the patient's word or a title": [
        # after a lower-case courtesy title, a label's "name", or "pt" with a given name the
        # census does not list
        "dr {H|okafor} mentioned her pt mrs {N|ellen briggs}, 72 y/o, still on veltrana.",
        "Pt name {N|oliver bennett}, home tel {P|0113 496 0344}",
        "pt {N|ravi kumar} 62 y/o c/b re copay",
        # the same places with everyday or foreign words stay
        "The patient fell landing onto his Rt hip.",
        "Accessing the patient records database, system administrator logged in.",
        "Reisepass {M|C01X00T47}, Patient reist nächste Woche.",
        "pt tolerating infusion well; patient name missing from form.",
    ],
    "a lower-case given name after a carer's or the patient's word": [
        "caregiver {N|akosua} called, pt {N|kofi} missed doses",
        "Carer {N|sipho} rang the hub.",
        # shorthand and clinical words after "pt" stay
        "pt afebrile, pt ambulating, pt denies pain, pt alert and oriented.",
        "patient ed provided; caregiver aware.",
    ],
    "a co-pay or hub card's number": [
        "Co-pay card activated for {N|Linh Nguyen}; card # {M|4417 2290 1183}, BIN 610020.",
        "Copay assistance approved for {N|Beatriz Oliveira}, case #CA-55120, card "
        "{M|9900 1127 4410}.",
        "Savings card # {M|60112240918} handed over.",
        "Hub enrolment; card ID {M|4417-0093-2210} - BIN 004682.",
        # a card's count, a stock figure and a card with no support programme in the note stay
        "co-pay card 2 of 3 left with the office manager.",
        "Left 20 co-pay cards; sample lot 24A117, exp 03/2027.",
        "Business card 44712290 from the conference desk.",
    ],
    "a patient's surname a clinician of the note shares": [
        "Dr. {H|Mensah} said {N|Kojo Mensah}, a patient (not related), is on the waitlist.",
        "Dr. {H|Okafor} met pt {N|Kojo Okafor}; Dr. {H|Okafor} will call.",
    ],
    "what an address-line field holds": [
        "Address line 1: {A|Flat 12, Kingsley Court}\nAddress line 2: {A|44 Victoria Road}\n"
        "Postcode: {A|M14 5RT}",
        "Addr line 1: {A|221B Baker Street} Addr line 2: {A|London NW1 6XE}",
        "Address line 1: {A|Rose Cottage}",
        # a line of a document that is no address field stays
        "See line 2 of the address form for the hub's instructions.",
    ],
    "a lower-case town closing a lower-case address": [
        "pt {N|tomás garcía}, 45yo, lives at {A|calle de alcalá 50, madrid}.",
        # an everyday word after the street's comma is prose
        "pt lives at {A|22 oak rd}, tomorrow.",
    ],
    "a number after a call-back and an at-sign": [
        "c/b pt {N|amelia harris} @ {P|07700900654}",
        "cb re dose @ 1000000 units",
    ],
    "a cued number a field's dash joins to the next field's digits": [
        "Enrolled pt {N|Tevita Fifita} - callback {P|0412 555 991} - "
        "{A|8 Banksia Cres, Logan QLD 4114}.",
    ],
    "titled clinicians listed with commas (precision)": [
        # the next clinician's title is no given name of the first ("Yusuf, Dr")
        "Attendee list: Dr. {H|Yusuf}, Dr. {H|Olsen}, {N|Maya Goldstein} (pt advocate).",
        "Dr. {H|Yusuf}, Prof. {H|Olsen} and Dr. {H|Berg} attended.",
        # a patient in the same place still goes
        "Dr. {H|Yusuf}, Dr. {H|Olsen}'s patient {N|Ann Lee} called.",
    ],
    # the classes the left5b round closed
    "a lower-case Latin street, its number and its town": [
        "pt {N|joão silva} lives at {A|rua das flores 22, porto}",
        "pt lives at {A|avenida da liberdade 110, lisboa}.",
        "Pt lives at {A|via roma 12, milano}",
        # an English "via" before a dictionary's word, or before no town, is prose
        "sent via email 12, tomorrow.",
        "shipped via courier 2, today",
    ],
    "a Russian, Ukrainian or Polish street in Latin letters": [
        "Dr. {H|Petrov}: pt {N|Dmitri Volkov} c/o his daughter {N|Irina Volkova}, "
        "{A|ul. Tverskaya 7, kv. 12, Moscow 125009}.",
        "pt lives at {A|prospekt Mira 45, kv. 3, Moskva}",
        "pt lives at {A|vul. Khreshchatyk 22, Kyiv 01001}",
        # a flat's word only goes on an address
        "Kv. 12 of the quarterly report.",
    ],
    "a local number after the patient's word or a call": [
        "Event roster: Dr. {H|Amara Okafor}; Dr. {H|Raj Patel}; {N|Harold Finch} (patient "
        "speaker, {P|555-0117}).",
        "pt's mobile {P|555 0117}",
        "c/b {P|555-0117} re refill",
        # a lot's, a reference's, a dose's digits stay
        "lot 555-0117",
        "ref 555-0117",
        "pt lot 555-0117 dispensed",
        "pt titrated 250-1000 mg",
    ],
    "a credential in brackets after a name (precision)": [
        "Attendee list: Dr. {H|Yusuf}, Dr. {H|Olsen}, {N|Maya Goldstein} (pt advocate), "
        "{H|Paul Dunn} (PharmD).",
        "Met {H|Paul Dunn} (MD), {H|Ann Roe} (RPh), {H|Li Wei} (DO) and {H|Sam Fox} (PA-C).",
        # the patient's word, before or after, wins
        "patient {N|Paul Dunn} (PharmD student) called.",
        "patient {N|Paul Dunn} (PharmD) called.",
        "{N|Paul Dunn} (PharmD), a patient of Dr. {H|Lee}, called.",
        "{N|Paul Dunn} (MD), DOB {D|2/2/1960}",
        "{N|Paul Dunn} (RN), DOB {D|2/2/1960}",
    ],
    "a form's name label before a dash (precision)": [
        "Patient Name - {N|Ifeoma Nwachukwu}; Contact - {P|+234 803 555 0147}",
        "Patient Name \u2013 {N|Maria Lopez}",
        "Patient Name -- {N|Maria Lopez}",
        "Pt Name - {N|maria lopez}",
    ],
    "a people's name before a noun (precision)": [
        "Dr. {H|Walsh} says patient {N|Niamh Byrne}, PPSN {S|1234567T}, wants the Irish hub.",
        "We met the German team and the French team; the Spanish sample arrived.",
        # a surname in a person's place still goes
        "Mr {N|Irish} called.",
        "patient {N|Irish Smith} called.",
        "the {N|Irish} called back.",
    ],
    "a lower-case surname-first name after the patient's word": [
        "spoke w/ office: pt {N|miller john} c/b {P|555-0117} re copay",
        "pt {N|smith anna} called; patient {N|brown mary} seen 11/20.",
        "patient name {N|shaw emily}",
        # a pair in the given-first order still reads as before, and words stay
        "pt {N|john miller} c/b",
        "pt well today; pt care plan updated; pt rose early; pt taking aspirin.",
    ],
    "a prescription number and a pregnancy's dates": [
        # an Rx number identifies the patient's prescription at a pharmacy: it goes
        "Rx # {M|7719023} processed",
        # whatever its label's spelling: a number after the prescription's word goes (fail closed)
        "Rx #: {M|7719023} for the patient",
        "RX# {M|7719023} refilled",
        "Prescription No. {M|4471290} filled at the pharmacy",
        "prescription number {M|4471290}",
        # a prescription's count, dose and refills stay
        "Rx: Veltrana 10 mg #30, 3 refills; $25 copay",
        "Dr. {H|Lee} wrote 3 scripts for Veltrana.",
        # a last period's and a due date's month are clinical dates
        "Pregnancy exposure: pt {N|Aaliyah Brooks}, LMP 10/2026; partner {N|Devon Brooks} "
        "({P|(404) 555-0175}).",
        "EDD 07/2027, LMP 10/2026.",
    ],
    "a birth word with no date; a date after a file's label (precision)": [
        "Dr. {H|Amy Cole}, Oncology, DOB field missing",
        "Dr. {H|Amy Cole}, Oncology, DOB: not given",
        # a date after the birth word, or no clinician's title, still makes her the patient
        "Dr. {N|Amy Cole}, DOB {D|03/04/1961}",
        "{N|Amy Cole}, Oncology, DOB field missing",
        "case file 2024-03-01 reviewed.",
        "case file {M|8831-22}",
        "patient ID {M|2024-03-01}",
    ],
    "an accented surname after an initial": [
        "Co-pay card for {N|P. Ramírez}",
        "Co-pay card for {N|P. Ramirez}",
        "Hub enrolment for {N|J. Gómez}.",
        # a titled one stays
        "Seen by Dr. {H|P. Ramírez} today.",
    ],
    "initials, a full stop, and a birth cue opening the next sentence": [
        "pt {N|AB}. Born {D|1958}.",
        "Patient {N|JD}. Born {D|1961}. On Keytruda.",
        "pt {N|AB}; born {D|1958}",
        # no patient's word before the letters, or no birth cue after them: they stay
        "CT. Born {D|1958}.",
        "pt AB. Seen today.",
    ],
    "a lower-case town after a lower-case patient's name": [
        "mrs {N|pat quinn} of {A|harrogate} called",
        "mr {N|ahmed} from {A|bradford} called",
        "mrs {N|pat quinn} from {A|milton keynes} called",
        # a common English word or a department after "from" stays
        "mr {N|ahmed} of reading called",
        "mr ahmed from pharmacy called",
    ],
    "a town in brackets after a courtesy title and a name": [
        "Frau {N|Erika Brandt} ({A|Graz}) rief an",
        "Mrs {N|Pat Quinn} ({A|Harrogate}) phoned",
        # a clinician's, and a bracket after a name no title or patient's word cues, stay
        "Dr. {H|Lee} (Leeds) phoned",
        "{N|Claire Brandt} (Lausanne) called about the samples",
        "Mr {N|Lee} (Cardiology) called",
    ],
    "an untitled name under a plain 'Signature:'": [
        "From: {N|Efua Mensah}\nTo: Dr. {H|Lee}\nSubject: dose\nThanks.\n"
        "Signature: {N|Efua Mensah}",
        "Signature: {N|Efua Mensah}",
        "Fwd: my pain is worse.\nBest regards,\n{N|Efua Mensah}",
        # a titled or credentialed signature, and a chart's electronic one, stay
        "Signature: Dr. {H|Ama Owusu}",
        "Signature: {H|Jane Doe}, RN",
        "Signature: {H|Tyler Brooks}, MS, CEP",
        "Signature: {H|Ama Owusu}, PharmD",
        "Electronic signature: {H|Jane Doe}",
    ],
    "an initial and a lower-case surname after 'pt'": [
        "pt {N|n. ahmadi} missed dose",
        "pt {N|a. okonkwo} called",
        "Pt {N|n. ahmadi}, 54",
        # an organism's genus and species, or a clinical abbreviation, stay
        "pt c. difficile positive",
        "pt h. pylori neg",
        "e. coli in urine",
        "pt c. diff",
        "pt a. fib on warfarin",
        "pt s. aureus bacteremia",
    ],
    "a word-like given name after a bare relative, before a finished verb": [
        "husband {N|raj} called",
        "wife {N|rose} called",
        "son {N|will} brought her",
        "her husband {N|ray} said ok",
        "spoke w/ pt's husband {N|raj} re copay",
        "wife {N|rose} re refill",
        # a modal before a bare verb, or an adverb, stays
        "her husband will drive her",
        "son will call back",
        "son may have called",
        "her son then called",
        "husband also called",
        "she can't drive but her husband will.",
        "husband present.",
    ],
    # the classes the left6 round closed
    "a patient's word before a lower-case name wins over the note's clinician": [
        "spoke w/ office: Dr. {H|Miller} said pt {N|miller john} c/b {P|555-0117} re copay",
        "Dr. {H|Smith} saw pt {N|smith anna} today",
        "Dr. {H|Brown}'s patient {N|brown mary} seen 11/20",
        "Dr. {H|Miller}'s office; patient name {N|miller john}",
        # with no patient's word before it the clinician's surname still holds the pair back
        "Dr. {H|Miller} called re samples; miller john is dr's nurse",
    ],
    "a lower-case name after 'named' or 'name is'": [
        "a pt named {N|tejas kulkarni} called",
        "pt named {N|johnson, mary}",
        "her son named {N|raj} called",
        "a pt named {N|tejas} called",
        "pt name is {N|ravi kumar}",
        # a product, a study, or nothing after "named" stays
        "a drug named veltrana",
        "a drug named Keytruda",
        "a study named keynote",
        "the pt named in the report",
        "pt named above",
    ],
    "a lower-case surname with an elided prefix": [
        "mrs. {N|o'brien} (pt) called",
        "mrs. {N|obrien} (pt) called",
        "pt {N|d'souza} called",
        "pt {N|mcdonald-o'neil} called",
        "mr {N|o'neill} called re copay",
        "spoke w/ pt {N|o'connor} re copay",
        # a contraction, a possessive and the clock stay
        "pt doesn't know; pt didn't show; pt we'll see",
        "pt's daughter called",
        "pt o'clock dose",
    ],
    "an initial with no full stop after the patient's word": [
        "Rx for pt {N|J Roe} DOB {D|4/5/61}",
        "pt {N|J Roe} called",
        "Patient {N|J Smith} DOB {D|1/2/60}",
        "pt {N|K Patel} missed dose",
        # a physical therapist's capital "PT", a letter's clinical compound, and an article
        # before a word stay
        "PT J reviewed the plan",
        "PT J Roe reviewed the plan",
        "pt C Section 2019; pt X Ray done; pt T Cell count low; pt D Dimer high",
        "pt A Line placed",
        "pt A Fib; pt B Positive",
    ],
    "a bare prescription number": [
        "Rx {M|4471290}",
        "rx {M|4471290} refilled",
        "RX {M|4471290} transferred",
        # a dose, a count, a year and a sales figure stay
        "Rx 10 mg; rx 2 refills; Rx 30 tabs",
        "Rx 2024",
        "TRx up 12% vs NRx",
    ],
    "one given name after a plain 'Signature:'": [
        "Fwd: my pain is worse.\nSignature: {N|Kojo}",
        "Signature: {N|Kojo}",
        # a state of the signature, a chart's electronic one and a titled one stay
        "Signature: Pending",
        "Signature: Ok",
        "Signature: Illegible",
        "Electronic signature: Kojo",
        "Signature: Dr. {H|Ama Owusu}",
    ],
    "an initial and a surname after 'Pt:' at a line's start": [
        "Pt: {N|a. okonkwo}",
        "Pt: {N|a. okonkwo} called re refill",
        # speech after the role still reads as speech
        "Pt: a. fib on warfarin",
        "Pt: a bit better today",
    ],
    "a word-like given name after a lower-case courtesy title": [
        "mr {N|will patel} called",
        "mrs {N|rose smith} called",
        "mrs {N|pat brown} rang",
        "mrs {N|joy king} said ok",
        # a modal after the title's surname, and "ms" (the disease) stay
        "mr will call back",
        "mr {N|smith} will call",
        "ms will progress",
    ],
    "a patient's town with no street": [
        "pt lives in {A|Dallas}",
        "patient from {A|Sydney 2000} called",
        "she moved to {A|Leeds LS1}",
        "pt from {A|Manchester} called",
        "the patient is from {A|Houston}",
        "patient from {A|Leeds LS1} called",
        "pt lives in {A|Haifa 3303123}",
        # a town that is no patient's residence, a company and a state stay
        "the Dallas congress",
        "Dr. {H|Lee} from Boston called",
        "rep from Sydney 2000 office",
        "Patient from Pfizer called",
        "pt from Texas called",
    ],
    "an Israeli and an Argentine postcode": [
        "pt lives at {A|Herzl 12, Haifa 3303123}",
        "{A|Dizengoff 50, Tel Aviv 6433222}",
        "pt lives at {A|Av. Corrientes 1234, C1043 CABA}",
        "pt lives at {A|Calle Florida 200, C1005 Buenos Aires}",
        # a lot's code and a batch's number stay
        "lot C1043",
        "Visit 3, Batch 4471290",
    ],
}

# The HCP table's clinicians and the row's products, passed as ingest passes them.
_HCPS = (
    "Dr. Maria Lee",
    "Dr. Anna Patel",
    "Dr. John Smith-Lee",
    "Ana Cole, NP",
    "Tom Reyes",
    "Kofi Boateng",
)
_PRODUCTS = ("Humira", "Keytruda")
_CLINICIANS = AnyOf({w for n in _HCPS for w in name_words(n)})
_KEEP = frozenset(w for p in _PRODUCTS for w in name_words(p))

# class: its marked snippets, scrubbed with the ingest's kept words (left5a's round)
INGEST_CLASSES: dict[str, list[str]] = {
    "a patient's word before a name wins over the HCP table": [
        "patient {N|Maria Lee} called.",
        "Pt: {N|Anna Patel}, 54",
        "patient {N|John Smith-Lee} phoned",
        "Dr. {H|Maria Lee} saw her patient {N|Maria Lee} today.",
        # the clinicians themselves, and a physical therapist's credential, stay
        "Dr. {H|Maria Lee} reviewed her patient.",
        "{H|Maria Lee} called re samples.",
        "{H|Anna Patel}, PT {H|Maria Lee} reviewed the plan.",
    ],
    "a patient's word apposed after a name": [
        "{N|Tom Humira}, the patient, called",
        "{N|Tom Reyes} (the patient) phoned",
        "{N|Ana Cole} (the patient) phoned",
        "{N|Maria Lee}, patient, 54, called",
        "{N|Maria Lee}, a patient of Dr. {H|Patel}, called",
        "Yesterday {N|Ana Cole} (the patient) phoned",
        # a product alone there, a clinician's possessive and a patient's advocate stay
        "Started Humira, the patient, tolerating it.",
        "Dr. {H|Maria Lee}, the patient's oncologist, called",
        "{H|Maria Lee}, patient advocate, called",
        "{H|Anna Patel}, PT, reviewed the plan.",
    ],
    "a known clinician under a plain 'Signature:'": [
        "Signature: {H|Kofi Boateng}",
        "Signature: {N|Efua Mensah}",
        # (one given name too: the HCP table's stays, any other goes)
        "Signature: {H|Kofi}",
        "Signature: {N|Kojo}",
    ],
    "a lower-case name in the HCP table's words after the patient's word": [
        "pt {N|patel anna} c/b re copay",
        "pt {N|maria lee} called",
    ],
}


@pytest.mark.parametrize("cls", CLASSES)
def test_crm_class(cls: str) -> None:
    for marked in CLASSES[cls]:
        assert_identifiers_go_and_clinicians_stay(marked)


@pytest.mark.parametrize("cls", INGEST_CLASSES)
def test_crm_class_with_the_ingests_words(cls: str) -> None:
    for marked in INGEST_CLASSES[cls]:
        assert_identifiers_go_and_clinicians_stay(marked, _KEEP, _CLINICIANS)


def test_the_hcp_tables_words_grow_a_patients_name_the_same_way() -> None:
    text = "Dr. Okafor said Kojo Okafor called."
    assert scrub(text, clinicians={"Okafor"}).text == "Dr. Okafor said [PATIENT-NAME] called."


@pytest.mark.parametrize("dash", ["-", "\u2013", "--"])
def test_a_form_s_name_label_stays_through_scrub_s_second_pass(dash: str) -> None:
    # (the first pass leaves "Patient Name - [PATIENT-NAME]", where "Name" stood alone after
    # the patient's word)
    text = f"Patient Name {dash} Maria Lopez"
    assert scrub(text).text == f"Patient Name {dash} [PATIENT-NAME]"
