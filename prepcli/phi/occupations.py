"""Occupations: a word for what someone does for a living says that a person is named next to it.

"Producer Robinette Dennis", "retired welder Dzhabrail Umarov", "Marrero and Murphy were
precision engineers", a profile's name line above "Local transit bus driver": only a person
fills those places, so the words there are a name even when no list knows them. Clinical roles
are kept apart: a name next to one is a clinician's or staff member's and stays
(prepcli.phi.names keeps "Nurse Jackie", "Oncologist Farid Haddad").

Both lists are written out here from common usage (no outside source); they are lower case,
singular, and read with their plural ("engineers", "CEOs").
"""

from __future__ import annotations

# Everyday, non-clinical occupations and positions, one or the last word of a compound
# ("bus driver", "precision engineer", "animal technician").
OCCUPATIONS = frozenset(
    """
    accountant actor actress analyst announcer architect artist astronaut athlete attorney
    auditor author baker banker barber barista bartender bassist bishop blacksmith bookkeeper
    boxer bricklayer broadcaster builder butcher buyer captain carpenter cashier cellist ceo
    cfo chairman chairperson chairwoman chancellor chef choreographer cleaner clerk
    co-founder coach cofounder columnist comedian commentator composer conductor congressman
    congresswoman contractor coo cook correspondent councillor councilor courier cowboy critic
    cto curator cyclist dancer dealer decorator defender designer detective developer diplomat
    driver drummer economist editor electrician engineer entrepreneur farmer filmmaker
    firefighter fisherman florist footballer founder gardener geologist goalkeeper golfer
    governor guitarist hairdresser historian housekeeper illustrator inspector instructor
    investor janitor jeweler jeweller journalist judge laborer labourer landlord lawyer
    lecturer librarian lieutenant locksmith lyricist machinist magician mayor mechanic merchant
    midfielder miner minister missionary musician nanny novelist owner painter photographer
    pianist pilot playwright plumber poet policeman policewoman politician presenter president
    priest producer programmer promoter proprietor publisher rabbi rancher rapper
    realtor reporter researcher rower runner sailor salesman saleswoman saxophonist scientist
    sculptor senator speaker sergeant sheriff shopkeeper singer skier soldier songwriter striker
    stylist superintendent surveyor swimmer tailor teacher technician trader trainer translator
    treasurer trucker tutor typist vicar violinist vocalist waiter waitress warden weaver
    welder winger writer
    """.split()
)

# "Resident" is a doctor in training only with a word that says so: alone it is as often a care
# home's resident, who is the patient ("Resident: Pita Rapana", "Resident Mary fell overnight").
# A regex fragment for the role patterns (case-insensitive, words apart by blanks).
RESIDENT_DOCTOR = (
    r"(?<![\w'’-])(?:(?:(?:Dr|Doctor)\.?[ \t]+[A-Z][\w-]*['’]s"
    r"|(?i:chief|senior|junior|surgical|surgery|medical|medicine|peds|pediatric|ICU|ER|ED"
    r"|on[ \t-]call|covering|cross[ \t-]?cover(?:ing)?|night|overnight|float|PGY-?\d))"
    r"[ \t]+(?i:resident)|(?i:resident[ \t]+(?:physician|doctor)))"
)
# Clinical and care roles: a name next to one of these is a clinician's or staff member's.
CLINICAL_ROLES = frozenset(
    """
    nurse physician doctor surgeon pharmacist therapist physiotherapist midwife dietitian
    dietician nutritionist paramedic practitioner clinician hospitalist intensivist registrar
    resident fellow attending consultant radiographer sonographer phlebotomist psychologist
    psychiatrist pediatrician paediatrician dentist optometrist audiologist chiropractor
    podiatrist counselor counsellor chaplain caseworker coordinator navigator educator
    receptionist scheduler md rn np pa lpn cna gp msl
    """.split()
)


# With their plurals, for one set lookup per word of a note.
OCCUPATION_FORMS = OCCUPATIONS | frozenset(w + "s" for w in OCCUPATIONS)


def occupation(word: str) -> bool:
    """Whether ``word`` (any case, singular or plural) names a non-clinical occupation."""
    return word.lower().strip(".,;:") in OCCUPATION_FORMS


def clinical_role(word: str) -> bool:
    """Whether ``word`` (any case, singular or plural) names a clinical or care role, or a
    speciality's practitioner ("oncologist", "psychiatrists")."""
    w = word.lower().strip(".,;:")
    w = w[:-1] if w.endswith("s") and len(w) > 3 else w
    return w in CLINICAL_ROLES or w.endswith(("ologist", "iatrist", "iatrician"))
