"""Known false positives and over-extensions of the scrubber, each fixed by class: companies of
the trade (one list, prepcli.phi.companies), "MS" the disease, verbs of living, venues, an
address running into prose, a maker's seat, French possessives, and a patient's town after a
living cue (HIPAA Safe Harbor removes every place smaller than a state).

Examples are made up, in wordings of their own; each stands for a class, and each class has a
patient beside it who must still go.
"""

from __future__ import annotations

import pytest

from prepcli.phi import find_phi, scrub
from prepcli.phi.companies import COMPANIES, SHARED_WITH_PEOPLE, company_words


def _found(text: str) -> list[tuple[str, str]]:
    return [(s.type, text[s.start : s.end]) for s in find_phi(text)]


def _kept(text: str, *words: str) -> None:
    out = scrub(text).text
    for word in words:
        assert word in out, out


def _gone(text: str, *words: str) -> None:
    out = scrub(text).text
    for word in words:
        assert word not in out, out


# 1. One list of the trade's companies, used by the protection and the person-slot rules.
def test_one_company_list() -> None:
    assert "Eli Lilly" in COMPANIES and "Johnson & Johnson" in COMPANIES
    # words of a company's full name are no company alone: patients are called Eli and Pierre
    assert not {"Eli", "Pierre", "Johnson", "eli"} & company_words()
    assert SHARED_WITH_PEOPLE <= set(COMPANIES)


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("Rep from Eli Lilly dropped the co-pay cards.", ("Eli Lilly",)),
        ("The Johnson & Johnson MSL covers the east.", ("Johnson & Johnson",)),
        ("Pierre Fabre and Menarini both asked for the slot.", ("Pierre Fabre", "Menarini")),
        ("Medtronic and Stryker were both at the booth.", ("Medtronic", "Stryker")),
        ("Aetna and Humana both raised the copay.", ("Aetna", "Humana")),
        ("Checked the dose in Lexicomp.", ("Lexicomp",)),
        ("Hoffmann La Roche and Bristol Myers Squibb sent agendas.", ("Hoffmann La Roche",)),
    ],
)
def test_companies_stay(text: str, keep: tuple[str, ...]) -> None:
    _kept(text, *keep)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        # a company's first word alone is a patient's given name
        ("Eli called the office about his refill.", "Eli"),
        ("Spoke with Pierre about the two missed doses.", "Pierre"),
        ("Eli and Sarah both missed their refills.", "Sarah"),
        # a name the trade shares with people: never off limits
        ("Leo and Mia both missed their refills.", "Leo"),
        ("Mrs Kaiser called about her refill.", "Kaiser"),
        ("Frau Erika Bayer ruft wegen des Rezepts an.", "Erika Bayer"),
        ("Lilly Chen called about the copay card.", "Lilly Chen"),
    ],
)
def test_patients_sharing_a_company_word_go(text: str, secret: str) -> None:
    _gone(text, secret)


# 3. Companies joined by "and" or commas are no list of people, in any case.
@pytest.mark.parametrize(
    "text",
    [
        "bayer and takeda both asked for the booth slot.",
        "Bayer and Takeda were both at the congress.",
        "Novartis, Gilead and Amgen all reported shortages.",
        "pfizer and amgen both want the formulary slot",
    ],
)
def test_companies_joined_are_no_names(text: str) -> None:
    assert _found(text) == []


def test_lower_case_patients_joined_still_go() -> None:
    _gone("ok so ikaika and malia both need the new pens", "malia")
    _gone("call tejas kulkarni re refill", "tejas kulkarni")
