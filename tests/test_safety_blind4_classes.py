"""The classes of failure bench/safety_blind4_dev.jsonl exposed, each in fresh wordings: the
sentence before naming our product's start, list items about "those" patients, shared pens and
another person's medicine, a needle in the helper's own hand, rough counts of tablets, hair and
skin in lay words, a relative heading-introduced as the one on our product, "no drop in" what
the drug treats, a dose accounted for, questions about crushing, "not started yet", and the
many ways a note says a case went to PV."""

from __future__ import annotations

import pytest

from prepcli import safety

PRODUCTS = ["Veltrana", "Zelvora", "Kyraxa", "Cardelis", "Rheumora", "Glyvance", "Neurevia"]


def found(text: str, row_products: tuple[str, ...] = ()) -> safety.Assessment:
    return safety.assess({"notes": text}, PRODUCTS, row_products)


def kinds(text: str, row_products: tuple[str, ...] = ()) -> set[str]:
    return {f.kind for f in found(text, row_products).findings}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Pt began clarithromycin for a chest infection while on Kyraxa; two days on, "
            "fainted at home.",
            "adverse_event",
        ),
        (
            "Dr Lowe prescribes Zelvora for uveitis; one of those pts got shingles and stopped.",
            "adverse_event",
        ),
        ("At the care home one Glyvance pen was used for three residents.", "medication_error"),
        ("Pt's brother has been injecting the pt's Glyvance to slim down.", "medication_error"),
        (
            "Her son pricked his own finger with her Zelvora pen; finger throbbing.",
            "medication_error",
        ),
        ("A toddler took about 6 of granny's Cardelis tablets.", "overdose"),
        ("Neurevia pt: her hair is shedding in handfuls since the start.", "adverse_event"),
        (
            "Veltrana - nails lifting and skin peeling off her fingertips, per her husband.",
            "adverse_event",
        ),
        (
            "Glyvance - pt's mum has no appetite and looks grey, says the practice nurse.",
            "adverse_event",
        ),
        (
            "Two of her Rheumora pts saw no change in joint swelling after 16 weeks.",
            "lack_of_effect",
        ),
        ("Nursing home resident on Rheumora now hep B core antibody positive.", "adverse_event"),
    ],
)
def test_classes_blind4_dev_exposed(text, kind):
    assert kind in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pt feared she had doubled her Kyraxa, but all tablets were accounted for.",
        "Could Neurevia tablets be split for a pt who struggles to swallow? Not started yet.",
        "Neurevia pt: no change in mood or sleep, wife agrees.",
        "No change in the Cardelis dose needed for her renal pts.",
    ],
)
def test_near_misses_of_those_classes_are_no_case(text):
    assert kinds(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Zelvora pt with anaphylaxis after dose 1; the case went to our PV department today.",
        "Kyraxa pt hospitalised with pneumonitis - PV has it now (case 2026-4411).",
        "Rheumora pt with shingles; I lodged it with pharmacovigilance through the intranet form.",
        "Cardelis pt fainted twice; rang the 24h pharmacovigilance line straight after.",
        "Glyvance pt with pancreatitis. Reporting done, PV ref attached to the call.",
        "Patient unter Kyraxa mit Ausschlag, an die Arzneimittelsicherheit weitergeleitet.",
    ],
)
def test_more_ways_of_saying_the_case_went_to_pv(text):
    result = found(text)
    assert result.findings and result.reported


@pytest.mark.parametrize(
    "text",
    [
        "Zelvora pt with anaphylaxis; it still needs to go to our PV department.",
        "Kyraxa pt hospitalised with pneumonitis - will pass it on to pharmacovigilance tomorrow.",
    ],
)
def test_a_case_still_to_be_passed_on_is_not_reported(text):
    result = found(text)
    assert result.findings and not result.reported


@pytest.mark.parametrize(
    "text",
    [
        "Kyraxa pt with neutropenic fever; notified central PV the same day.",
        "Veltrana pt with colitis - e-mailed the details to the safety inbox.",
        "Rheumora pt with TB reactivation; PV acknowledged receipt this morning.",
        "Cardelis pt with angioedema, entered in the safety reporting system tonight.",
    ],
)
def test_pv_told_in_other_words(text):
    result = found(text)
    assert result.findings and result.reported
