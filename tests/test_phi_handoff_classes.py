"""Classes of identifiers in pediatric hand-offs and spoken sign-outs (the classes
phi_blind10_dev's misses and false positives fell into), each tested on sentences written for
this file, never copied from a benchmark set. Marks as in bench/blind_phi_marks.py: {N|..}
patient's or relative's name, {M|..} record number, {A|..} address, {P|..} phone, {D|..} birth
date, {H|..} a clinician's name that must stay, {I|..} scored neither way. ROUND_1 was written
first and measured on main before any rule changed; ROUND_2 was written after round 1's rules
and measured before its own fixes."""

from __future__ import annotations

import pytest

from prepcli.phi import find_phi
from tests.phi_marked import assert_identifiers_go_and_clinicians_stay

ROUND_1 = [
    # clinicians named by their role in a hand-off stay; the patient beside them goes
    "Overnight questions go to the attending, {H|Priya Raman}, at extension {I|4-4410}.",
    "Charge nurse {H|Maria} already knows about the 0200 gas.",
    "Attending is {H|Chen} tonight and the fellow is Dr. {H|Okafor}.",
    "Dr. {H|Patel}'s resident {H|Sam} will follow up the cultures.",
    "Case manager {H|Tonya} is working on home nursing for {N|Aiden Brooks}.",
    "Neuro saw him this afternoon, Dr. {H|Feldman} wants an EEG.",
    "If he spikes again I'll page {H|Kim}.",
    "PICU fellow {H|Jorge Alvarez} accepted the transfer at 0300.",
    "Bedside nurse {H|Tasha} reports good urine output.",
    "Spoke with the on-call resident, {H|Ben Hollis}, about the potassium.",
    "Social worker {H|Denise Carver} met with mom {N|Latoya Greene} this morning.",
    "The night hospitalist {H|Ruth Abernathy} will call the family with results.",
    "Respiratory therapist {H|Marcus} weaned her to 1 liter.",
    "Endorsed to the oncoming intern, {H|Priscilla}, at 1900.",
    "{N|Maria Lopez} is the patient in bed {I|4}; her nurse is {H|Kendra}.",
    "Patient {N|Sam} is a 6 year old with DKA on the insulin drip.",
    # "Baby Surname": how a newborn is charted before a given name
    "Baby {N|Okonkwo} is a 34-weeker on CPAP in pod {I|C}.",
    "Baby Boy {N|Delgado} passed his hearing screen today.",
    "Handing off Baby {N|Castellanos}, day of life 3, bili 14.",
    "Baby Girl {N|Whitfield} is nippling 30 mL every 3 hours.",
    "She takes baby aspirin daily per cardiology; the baby is feeding well.",
    # a relative who is a doctor or a nurse is a relative: the kin word decides
    "Dr. {N|Helen Marsh} is mom and is a pediatrician herself.",
    "Mother {N|Irene Caldwell} MD is at bedside and has questions about the echo.",
    "Grandfather {N|Lionel Baptiste}, RN, will stay tonight.",
    "Per Dr. {H|Nguyen} discharge tomorrow; grandmother {N|Lily Nguyen} will drive him home.",
    # a record number set off by commas after the name, or a name after the number
    "{N|Mateo Ruiz}, {M|5521904}, is a 3 yo with a sickle cell pain crisis.",
    "Receiving patient #{M|70214433}, {N|Harper Quinn}, from the ED.",
    # spoken numbers, and what a speech recogniser writes
    "MRN is {M|4 5 6 1 2 9 8}, last name {N|Whitaker}.",
    "Mom's cell is {P|617 555 0142} if anything changes.",
    "He's in room {I|12}, bed {I|B}, next to the nurses' station.",
    "Call dad at {P|4135550187} after rounds.",
    # addresses in speech
    "Family is driving in from {A|Millbrook}, should be here by noon.",
    "Lives at {A|18 Birchwood Lane} with grandma {N|Rose Pettigrew}.",
    "Transferred from {I|Mercy Children's} by ground, family following from the airport.",
    # kin and guardians
    "Mom {N|Jessica} is at bedside; foster mother {N|Renee Albright} has custody.",
    "Grandma {N|Edith} is doing the overnight.",
    "Legal guardian {N|Carla Munoz} signed the consent.",
    "Step-dad {N|Travis} is not allowed to visit per DCF.",
    # nothing to take
    "Mom at bedside, grandma updated. Charge nurse aware, attending aware, page fellow if "
    "sats under 88.",
    "Family updated at bedside by the attending and the charge RN; plan agreed.",
]

ROUND_2 = [
    # roles in other words and shapes
    "Night float resident {H|Gabe} will cover the floor.",
    "The PICU attending tonight is {H|Lindqvist}.",
    "Our senior, {H|Noor}, wants a repeat lactate.",
    "Fellow {H|Dana Whitlock} signed the consent with mom.",
    "Paged {H|Ortiz} about the drain output at 2200.",
    "Resident on call: {H|Yusuf}.",
    "RN {H|Kelsey} will draw the 0400 labs.",
    "Please have the charge RN, {H|Bettina}, call me back.",
    "Heme-onc fellow Dr. {H|Sato} will see her in the morning.",
    "Intern {H|Mariam} presented {N|Jonah Peralta} on rounds.",
    "Grandma is a nursing home resident, {N|Doris Pell}, and cannot visit.",
    "{N|Ivy Chen} is a 7 yo with appendicitis; the surgery resident is following.",
    # newborns
    "Baby Girl {N|Abernathy-Cole} is on phototherapy.",
    "Twin B {N|Oyelaran} is in isolette {I|6}.",
    "baby {N|Kowalczyk} had a normal CCHD screen.",
    "Start Baby Aspirin tomorrow; the Baby Friendly policy applies.",
    # kin and guardians, some of them clinicians
    "Stepmom {N|Dana Yates} is the primary contact.",
    "Foster parent {N|Gloria Banks} signed for the meds.",
    "Aunt {N|Patrice Moody}, RN, is medically savvy.",
    "Mom is Dr. {N|Aisha Rahman}, a radiologist.",
    "Dr. {N|Paul Fenn} (dad) wants a call with the results.",
    "Dr. {H|Okoro} updated dad at bedside.",
    "Per Dr. {H|Castillo}, grandfather {N|Hector Castillo} may visit.",
    # record numbers beside the name
    "{N|Layla Okafor}, {M|80345121}, 11 yo, with new-onset DKA.",
    "Patient #{M|44120987}, {N|Theo Marsh}, to the OR at 0800.",
    "Bed {I|14}, {N|Ruby Santos}, {M|7730216}, NPO since midnight.",
    "Sats 92, 4120 mL out, 1200 in, net negative.",
    # spoken numbers
    "Medical record number is {M|3 3 0 9 1 7 5}.",
    "MRN {M|eight two two four one nine zero}, please double check.",
    "Mom's cell, {P|508 555 0113}.",
    "She's in bed {I|7}, room {I|4B}.",
    # places in speech
    "They drove down from {A|Bellows Falls} this morning.",
    "Grandma is flying in from {A|Tucson} tomorrow.",
    "Family lives out in {A|Greenfield}, about an hour away.",
    "Coming up from the ED at 1500; transferred from {I|Children's National} by air.",
    # nothing to take
    "Attending and fellow aware; nurse to page the resident for any desat.",
    "Baby is feeding well; parents updated by the team.",
]

# Written after round 2's rules, measured before any change for it: the closing check.
ROUND_3 = [
    "Covering resident tonight is {H|Femi Adebayo}, pager {I|4-5521}.",
    "Handing over to Dr. {H|Mbeki} and her intern {H|Rosa}.",
    "If worse, call the attending ({H|Hollander}) directly.",
    "NP {H|Carla Jimenez} placed the PICC this afternoon.",
    "The fellow, {H|Okonjo}, thinks it's viral.",
    "Sub-I {H|Whitney} knows the family well.",
    "Pt {N|Liam Foster} is an 8 yo with osteomyelitis.",
    "{N|Brielle Cho} (MRN {M|6611402}) is on the fourth floor.",
    "Infant Boy {N|Tran} is 2.9 kg and voiding.",
    "Guardian ad litem {N|Frances Pike} will attend the meeting.",
    "Godmother {N|Rita Vance} is bringing clothes.",
    "Dad {N|Marcus Hill}, PhD, had questions about the MRI.",
    "Her mother, Dr. {N|Lena Koh}, is an anesthesiologist.",
    "Discussed with Dr. {H|Hale}; mom {N|Tricia} agrees.",
    "Call grandpa {N|Walt} at {P|(802) 555-0164}.",
    "MRN: {M|5 5 0 2 1 9 3 3}",
    "Mother's number is {P|two zero seven, five five five, zero one four four}.",
    "Family is headed back home to {A|Rutland} tonight.",
    "Bed {I|22A} in pod {I|3}, isolette {I|4}.",
    "They are driving from the hotel; he was coming from school when he fell.",
    "Resident to call the attending with any concerns; RN aware.",
]

# Written after round 3's rules, measured before any change for it: the closing check.
ROUND_4 = [
    "Overnight the attending will be {H|Sorensen}; the night resident is {H|Priya}.",
    "Nephro fellow {H|Amara Diallo} recommends holding the lisinopril.",
    "I paged {H|Greg} twice about the potassium of 6.1.",
    "Please page the PICU fellow if she desats below 88.",
    "Mom is a nurse, {N|Jessica}, and has lots of questions about the drips.",
    "The charge nurse, {H|Bea}, moved him to a monitored bed.",
    "{N|Junior Alvarez} is a 5 yo with a femur fracture.",
    "Baby Boy {N|Nakamura}, DOL 2, on phototherapy for a bili of 16.",
    "Twin A {N|Ferreira} is feeding 20 mL q3h; twin B is NPO.",
    "His father, Dr. {N|Omar Haddad}, is a surgeon at another hospital.",
    "Grandma {N|Louise Pruitt}, LPN, is staying overnight.",
    "Uncle {N|Ray} is the emergency contact, cell {P|802-555-0177}.",
    "{N|Eli Brandt}, {M|60913482}, came in with a first seizure.",
    "Admitted {N|Rosalind Meyer}, MRN {M|7 7 4 0 2 1 9}, with croup.",
    "Mom is driving up from {A|Brattleboro} and should be here around 9.",
    "They were discharged home to {A|Montpelier} last week and came back febrile.",
    "She came from the clinic by ambulance with her foster mother.",
    "Resident and attending updated; family aware of the plan.",
]

# A patient who shares a first name with a colleague named by role still goes (fail closed).
SHARED_NAMES = [
    "{N|Maria Lopez} is stable; the attending, {H|Maria}, is aware.",
    "{N|Sam Ortiz}, 6 yo, in DKA. On-call resident {H|Sam} will follow the gap.",
]

ROUNDS = (ROUND_1, ROUND_2, ROUND_3, ROUND_4, SHARED_NAMES)

# "Resident" alone is a care home's patient as often as a doctor in training: the name after it
# goes unless a word says which resident (on-call, night, surgical, PGY-2, Dr. X's). A doctor
# named so loses the name (fail closed); the rounds above give their residents such a word.
BARE_RESIDENT = [
    ("Resident: Pita Rapana\nRoom: 12", "Pita Rapana"),
    ("Resident Mary Kowalski fell overnight and was checked by staff.", "Mary Kowalski"),
    ("Overnight the attending will be Sorensen; the resident is Priya.", "Priya"),
    ("Attending: Okonjo, Carl\nResident: Fitzgerald, Amy", "Fitzgerald, Amy"),
    ("Ernest Hale (resident) declined lunch.", "Ernest Hale"),
]


@pytest.mark.parametrize(("text", "name"), BARE_RESIDENT)
def test_a_bare_resident_is_scrubbed(text: str, name: str) -> None:
    start = text.index(name)
    covered = sum(
        max(0, min(f.end, start + len(name)) - max(f.start, start)) for f in find_phi(text)
    )
    assert covered == len(name), text


# What the rules leave (see bench/PHI.md): a child's given name of the last twenty years that
# no list knows ("Aiden"; the census lists are of 1990), with no cue before it.
LEFT = frozenset(
    {
        "Case manager {H|Tonya} is working on home nursing for {N|Aiden Brooks}.",
    }
)


def _rounds() -> list[str]:
    return [m for r in ROUNDS for m in r if m not in LEFT]


@pytest.mark.parametrize("marked", _rounds())
def test_identifiers_go_and_clinicians_stay(marked: str) -> None:
    assert_identifiers_go_and_clinicians_stay(marked)


# A clinician's or staff member's name that the note itself calls the patient, a client or a
# relative goes, title or role notwithstanding (fail closed); the patient's own clinician stays.
NAMED_AS_PATIENT = [
    "Dr. {N|Anna Berg} (patient) presents with cough.",
    "Key worker: {N|Tamati Ngata} (client)",
    "Dr. {N|Anna Berg} is a patient of Dr. {H|Lee}.",
    "Pt Dr. {N|Ravi Shah}, 61, with chest pain.",
    "Nurse {N|Jackie Fox} is the patient's wife.",
    "Dr. {N|Helen Marsh} (patient's mother) is at the bedside.",
    "Dr. {H|Lee} is the patient's GP and saw him today.",
    "Dr. {H|Lee}, the patient's GP, called.",
    "Patient seen by Dr. {H|Anna Berg} today.",
    "Nurse {H|Jackie Fox} saw the patient's wife.",
    # a team member named by role is read the same way
    "The patient, Nurse {N|Kelly Moore}, works night shifts.",
    "Patient: Nurse {N|Kelly Moore}, DOB {D|3/3/1970}.",
    "Patient is Nurse {N|Kelly Moore}, 52.",
    "Pt Nurse {N|Kelly Moore} c/o headache.",
    "Patient seen by Nurse {H|Kelly Moore} today.",
    "Nurse {H|Kelly Moore} saw the patient at home.",
    # the relative's or patient's apposition in its other common shapes
    "Surgeon: {N|Ali Khan}, patient's father, signed consent.",
    "Team: RN {N|Joy Park} (mother of patient), Dr. {H|Lim}.",
    "Dr. {N|Anna Berg} - patient - DOB {D|4/4/1961}",
    "{N|Anna Berg}, MD, the patient, had a rash.",
    "Met Dr. {H|Lee}, patient, and wife to discuss Keytruda.",
    "Surgeon: {H|Ali Khan}, patient's surgeon since 2019.",
    "{H|Anna Berg}, MD, saw the patient today.",
    # a birth date right after the name is a patient's
    "Attending: {N|Mark Tanner}, DOB {D|2/2/1960}",
    "Nurse {N|Kelly Moore}, DOB: {D|3/3/1970}, c/o headache.",
    "Dr. {N|Anna Berg} (DOB {D|4/4/1961}) presents with cough.",
    "Attending: Dr. {H|Lee}. Patient: {N|Jo Fox}, DOB {D|2/2/1960}",
    "Dr. {H|Lee} reviewed the DOB on the form.",
    "School nurse query: student, DOB {D|23.08.2004}, no name given.",
]


@pytest.mark.parametrize("marked", NAMED_AS_PATIENT)
def test_a_clinician_named_as_the_patient_or_family_goes(marked: str) -> None:
    assert_identifiers_go_and_clinicians_stay(marked)


def test_a_patient_titled_sister_goes() -> None:
    text = "Patient Sister Mary Evans (a nun), DOB 4/5/1940."
    start = text.index("Mary Evans")
    assert any(f.start <= start and start + 10 <= f.end for f in find_phi(text))
