"""Names in places only a person fills, with no cue word and no list needed
(prepcli.phi.person_slots), and clinicians, staff, companies, products and places in the same
places, which stay (prepcli.phi.names.hcp_spans).

Examples are made up, in wordings of their own; each stands for a class.
"""

from __future__ import annotations

import pytest

from prepcli.phi import scrub
from prepcli.phi.occupations import clinical_role, occupation


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # names joined by "and" that do what people do or are what people are
        (
            "Abernathy and Oyelaran were bakers in Lagos before the diagnosis.",
            ["Abernathy", "Oyelaran"],
        ),
        ("Kristoffersen and Quaye both refused the second infusion.", ["Kristoffersen", "Quaye"]),
        (
            "Mbeki, Rautio and Delacroix all complained about the cold room.",
            ["Mbeki", "Rautio", "Delacroix"],
        ),
        # a list after a noun for people
        ("Her three grandchildren: Tavita, Losa and Sione.", ["Tavita", "Losa", "Sione"]),
        ("the founders: Hollingworth, Ebuka and Saarinen", ["Hollingworth", "Ebuka", "Saarinen"]),
    ],
)
def test_coordinated_people(text: str, secrets: list[str]) -> None:
    out = scrub(text).text
    for secret in secrets:
        assert secret not in out, out


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        # the subject of a verb only a person is the subject of
        ("Vaitkus yelled at the driver about the late box.", "Vaitkus"),
        ("Ambrosetti apologised to the hub for missing the call.", "Ambrosetti"),
        # a reporting verb closing on its speaker
        ("'I feel steadier now,' says Kallioinen.", "Kallioinen"),
        ("The swelling went down by Friday, according to Oduya.", "Oduya"),
        # an occupation before the name
        (
            "Retired bricklayer Eamon Fitzgerald-Brady asked about the pen.",
            "Eamon Fitzgerald-Brady",
        ),
        ("Photographer Liesl Wunderlich joined the Tuesday group.", "Liesl Wunderlich"),
        # the author of a work, and a possessive work
        ("She cried through the Achebe novel on the ward.", "Achebe"),
        ("Kowalewska's album was on repeat all week.", "Kowalewska"),
        ("the gustavo pereira version was the one she liked", "gustavo pereira"),
        # a family tie or a person's attribute owned by the name, lower case too
        ("the father of tariq rang twice", "tariq"),
        # a lower-case full name after a talk verb or a call
        ("check in with ricardo m valdivia next week", "ricardo m valdivia"),
        ("pls call fatima haidari back re her pen", "fatima haidari"),
        # a company's person
        ("Ragnhild is from Nordkyst Shipping AS Ltd and asked about travel.", "Ragnhild"),
        # more verbs only a person is the subject of, and a speaker before the verb
        ("Dubrovsky grumbled about the courier again.", "Dubrovsky"),
        ("The box came warm twice, Aaltonen said.", "Aaltonen"),
        # "w/" is a talk cue like "with"; "ring" before a lower-case full name
        ("f/u w/ ignacio p barragan about the letter", "ignacio p barragan"),
        ("pls ring niamh o'sullivan re the cooler", "niamh o'sullivan"),
        # letters beyond ASCII in a lower-case given name, an initial between unknown words
        ("pls text inés navarro the leaflet", "inés navarro"),
        ("talked w/ tamatea k huata re the chilly bin", "tamatea k huata"),
        ("'Sleeping through now,' reports Fonoti.", "Fonoti"),
    ],
)
def test_person_slots(text: str, secret: str) -> None:
    out = scrub(text).text
    assert secret not in out, out


def test_profile_block_names_whoever_the_occupation_line_is() -> None:
    out = scrub("Wojciech Zaremba\n\nTram driver\n\nPhone: 0412 555 019").text
    assert "Wojciech Zaremba" not in out, out
    out = scrub("Astrid Lindholm\n\nClinical pharmacist\n\nKarolinska").text
    assert "Astrid Lindholm" in out, out


def test_lower_case_profile_block() -> None:
    out = scrub("sefo aumua\n\nforklift driver\n\nlikes calls after 5").text
    assert "sefo aumua" not in out, out
    # the occupation line above a phone number is no name
    out = scrub("sione vaipulu\nretired butcher\nmob 021 555 0177").text
    assert "retired butcher" in out and "sione vaipulu" not in out, out


def test_dialogue_speakers_once_one_is_a_listed_given_name() -> None:
    out = scrub('Okeoghene: "Is the pen ready?"\nMary: "Tomorrow."').text
    assert "Okeoghene" not in out, out


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        # a clinician's colleague joined to their name, and names that are all clinicians
        ("Dr. Mensah and Lindqvist went through the Cardelis data.", ["Mensah", "Lindqvist"]),
        ("Nurses Ferreira and Oduya ran the clinic.", ["Ferreira", "Oduya"]),
        ("Dr. Castellanos and Ibekwe countersigned the form.", ["Castellanos", "Ibekwe"]),
        ("Midwives Tahlia and Moana cover Fridays.", ["Tahlia", "Moana"]),
        ("Sorevia's latest recording for the app is live.", ["Sorevia"]),
        ("Haugen and Moreau, both MDs, cover the suite.", ["Haugen", "Moreau"]),
        ("Rheumatologist Sunniva Berg asked for the Lumexa data.", ["Sunniva Berg"]),
        ("follow up with anna kowalski, rn, about the chairs", ["kowalski"]),
        # companies, places, months and products in the same places
        ("Pfizer and Roche both said the rebate stays.", ["Pfizer", "Roche"]),
        ("Leeds and York sites were busy.", ["Leeds", "York"]),
        ("Lumexa and Cardelis were both on the agenda.", ["Lumexa", "Cardelis"]),
        ("the Kaplan-Meier curve and the Mayo deck", ["Kaplan-Meier", "Mayo"]),
        ("The rep says Ozempic supply is tight.", ["Ozempic"]),
        ("follow up with pharmacy re the pen", ["pharmacy"]),
        # a product's version, a drug reference's advice
        ("the Sorevia version of the pen ships in May", ["Sorevia"]),
        ("Dose checked, according to Lexicomp.", ["Lexicomp"]),
    ],
)
def test_same_places_filled_by_others_stay(text: str, keep: list[str]) -> None:
    out = scrub(text).text
    for word in keep:
        assert word in out, out


def test_occupation_lists() -> None:
    assert occupation("Producers") and occupation("welder") and not occupation("nurse")
    assert clinical_role("Oncologists") and clinical_role("pharmacist")
    assert not clinical_role("plumber")
