"""The fail-open cases the last review left (issue 18, helper "leftover"), one table per class
(numbered as the brief numbers them): each identifier in the snippet goes, and the legitimate
keep beside it (a ward sister, a clinician, a brand, a count, a visit's date) still stays."""

from __future__ import annotations

import pytest

from prepcli.phi import scrub

# The words ingest passes as kept (the row's products, the HCP table's words).
_KEEP = frozenset({"Keytruda", "Miller"})

# class: (whether ingest's kept words are passed, [(text, gone, stays), ...])
CLASSES: dict[str, tuple[bool, list[tuple[str, list[str], list[str]]]]] = {
    "1 ward sister tied to the family": (
        False,
        [
            # her surname on the patient, or her own relative in her sentence, makes her family
            (
                "Sister Mary Evans phoned about her brother, the patient John Evans",
                ["Mary", "Evans"],
                [],
            ),
            ("Sister Evans phoned about her brother, the patient John Evans", ["Evans"], []),
            ("Sister Mary Evans called re her husband Tom Evans.", ["Mary", "Evans", "Tom"], []),
            ("Sister Mary Evans phoned about her brother, the patient.", ["Mary", "Evans"], []),
            # a ward sister nothing ties to the patient stays
            ("Sister Mary Evans on ward 4 reviewed the dressing.", [], ["Sister Mary Evans"]),
            (
                "Sister Kate Lowe phoned about the patient John Evans.",
                ["John"],
                ["Sister Kate Lowe"],
            ),
            ("Sister Jones reviewed him.", [], ["Sister Jones"]),
        ],
    ),
    "2 spoken phone with hundreds": (
        False,
        [
            ("call her back on oh seven seven double oh nine hundred one two three", ["nine"], []),
            ("Call him on oh seven seven double oh nine hundred one two three.", ["nine"], []),
            ("her number is seven seven double oh nine hundred one two three", ["nine"], []),
            ("phone: oh one six one, double four nine, eight hundred", ["hundred"], []),
            # a count said in hundreds, with no call's cue, is no phone
            (
                "We saw two hundred, three hundred, four hundred, five hundred patients",
                [],
                ["five"],
            ),
            ("She takes nine hundred milligrams daily.", [], ["nine hundred"]),
        ],
    ),
    "3 birth date with its day in words": (
        False,
        [
            ("date of birth: the third of March, 1961", ["third", "1961"], []),
            ("born on the twenty-first of June nineteen sixty-two", ["June", "sixty"], []),
            ("DOB third March 1961", ["third", "1961"], []),
            ("D.O.B. the third of March nineteen sixty-one", ["March"], []),
            ("dob twenty first june 1962", ["june", "1962"], []),
            # a day in words with no birth cue is a visit's
            (
                "Meeting on the third of March 2026 with Dr. Lee.",
                [],
                ["third of March 2026", "Lee"],
            ),
            ("DOB on file. Visit on the third of March 2026.", [], ["third of March 2026"]),
        ],
    ),
    "4 initials before a birth cue": (
        False,
        [
            ("her patient JD (b. 1961)", ["JD", "1961"], []),
            ("pt. AB, born 1958", ["AB", "1958"], []),
            ("Pt JD, b. 1961, on Keytruda", ["JD"], ["Keytruda"]),
            ("JD (born 1961) was reviewed", ["JD"], []),
            # capitals with no birth cue after them are a reading
            ("pt BP 120/80", [], ["BP 120/80"]),
            ("pt BP 120/80, born 1958", ["1958"], ["BP 120/80"]),
        ],
    ),
    "5 town after a patient's name": (
        False,
        [
            ("Mrs Pat Quinn of Harrogate", ["Quinn", "Harrogate"], []),
            ("Pat Quinn of Harrogate called about her refill", ["Quinn", "Harrogate"], []),
            ("patient Jan Kowalski, 70, Kraków", ["Kowalski", "Kraków"], ["70"]),
            ("patient Jan Kowalski (70) from Kraków", ["Kowalski", "Kraków"], []),
            ("Mr Ahmed from Bradford called", ["Ahmed", "Bradford"], []),
            ("Mr. Sam Reed, from Leeds, phoned", ["Reed", "Leeds"], []),
            ("pt Jan Kowalski, 70 y/o, Kraków", ["Kowalski", "Kraków"], []),
            ("Patient Claire Brandt (Lausanne) asked for a call", ["Brandt", "Lausanne"], []),
            ("Mr Ahmed (Bradford) called", ["Ahmed", "Bradford"], []),
            # a clinician's hospital or town stays, and so does a company after a patient's name
            ("Dr. Lee of Leeds General", [], ["Dr. Lee of Leeds General"]),
            ("Dr. Lee from Leeds called", [], ["Dr. Lee from Leeds"]),
            ("Patient Anna Berg from Pfizer called", ["Berg"], ["Pfizer"]),
            # nor a list going on, a label after a comma, or a bracket with no patient's cue
            ("Indali Saabir, Boston and Chicago sites both called.", ["Saabir"], ["Boston"]),
            ("Dossier médical pour Zeer Jeanne, Date de nais. : 02/02/1992", ["Zeer"], ["Date"]),
            ("Claire Brandt (Lausanne) called about the samples.", ["Brandt"], ["Lausanne"]),
        ],
    ),
    "7 particle joined by a hyphen": (
        False,
        [
            ("Shlomo ben-David", ["Shlomo", "ben", "David"], []),
            ("Ahmad bin-Ali", ["Ahmad", "bin", "Ali"], []),
            ("Shlomo ben David phoned", ["Shlomo", "ben", "David"], []),
            ("Pt: Ahmad bin-Ali, DOB 2/2/1960", ["Ahmad", "bin", "Ali"], []),
            ("patient Maria del Carmen", ["Maria", "del", "Carmen"], []),
            ("Dr. Ahmad bin-Ali reviewed", [], ["Dr. Ahmad bin-Ali"]),
        ],
    ),
    "6, 8 kept word as a cued patient's surname": (
        True,
        [
            # a cued given name's next word is her surname, whatever keeps it elsewhere
            ("patient Maria Keytruda", ["Maria", "Keytruda"], []),
            ("Pt: Tom Humira, DOB 2/2/1960", ["Tom", "Humira"], []),
            ("Mrs Maria Keytruda called", ["Maria", "Keytruda"], []),
            ("patient Crohn Miller", ["Crohn", "Miller"], []),
            ("Pt: Parkinson Smith", ["Parkinson", "Smith"], []),
            ("Crohn Miller (patient) called", ["Crohn", "Miller"], []),
            # the brand a sentence gives or starts stays
            ("patient on Keytruda", [], ["Keytruda"]),
            ("Maria started Keytruda", [], ["Keytruda"]),
            ("patient Tom on Humira", ["Tom"], ["Humira"]),
            ("Dr. Maria Keytruda reviewed", [], ["Dr. Maria Keytruda"]),
            ("Crohn disease flare in patient", [], ["Crohn disease"]),
        ],
    ),
    "9 occupation beside a patient's name": (
        False,
        [
            ("Name: Anne Moreau, Pharmacist, DOB 2/2/1960", ["Anne", "Moreau"], []),
            ("Pharmacist John Reed, himself a patient of Dr. Patel", ["John", "Reed"], ["Patel"]),
            ("Pharmacist John Reed, a patient of Dr. Patel, called", ["John", "Reed"], ["Patel"]),
            ("Pharmacist John Reed (himself a patient) called", ["John", "Reed"], []),
            ("Pharmacist John Reed who is a patient of Dr Patel", ["John", "Reed"], []),
            ("Name: Anne Moreau, pharmacist, DOB 2/2/1960", ["Anne", "Moreau"], []),
            # staff nothing ties to care stay
            ("Pharmacist John Reed called re stock", [], ["John Reed"]),
            ("Anne Moreau, Pharmacist, called", [], ["Anne Moreau"]),
            ("Dr. Lee, a patient advocate, called", [], ["Dr. Lee"]),
        ],
    ),
    "10 reference or file after a patient's cue": (
        False,
        [
            ("patient ref 00458812", ["00458812"], []),
            ("patient file no. 4471928", ["4471928"], []),
            ("pt ref: AB-4471", ["4471"], []),
            ("case file 8831-22", ["8831"], []),
            ("Patient ref. 00458812", ["00458812"], []),
            # a reference with no patient's word is a bank's, an insurer's or a shipper's
            ("bank ref 00458812", [], ["00458812"]),
            ("shipping ref AB-4471", [], ["AB-4471"]),
            ("insurer ref: 8831-22", [], ["8831-22"]),
            ("patient referred 2024 to clinic", [], ["2024"]),
        ],
    ),
}


@pytest.mark.parametrize(
    ("cls", "text", "gone", "stays"),
    [(cls, *row) for cls, (_, rows) in CLASSES.items() for row in rows],
)
def test_leftover_class(cls: str, text: str, gone: list[str], stays: list[str]) -> None:
    out = scrub(text, _KEEP if CLASSES[cls][0] else frozenset()).text
    for word in gone:
        assert word not in out, (text, out)
    for word in stays:
        assert word in out, (text, out)
