"""Possible adverse events told in wordings the development sets never used: clinical terms known
only by their ending, lay words, French/German/Spanish/Dutch notes, list items, headings, other
companies' generics by their INN stem, and the hard negatives each of those could break.

Each case is written afresh for this file (not taken from any bench set)."""

from __future__ import annotations

import pytest

from prepcli import safety

PRODUCTS = ["Veltrana", "Zelvora", "Kyraxa", "Cardelis", "Rheumora", "Glyvance", "Neurevia"]


def kinds(text: str, row_products: tuple[str, ...] = ()) -> set[str]:
    return {f.kind for f in safety.assess({"notes": text}, PRODUCTS, row_products).findings}


@pytest.mark.parametrize(
    "text",
    [
        "Dr Berg: a man on Kyraxa now has thrombocytopenia and gum bleeding.",
        "Vasculitis on both shins three weeks after Rheumora began, per the nurse.",
        "Zelvora stopped - the lady developed hepatomegaly on ultrasound.",
        "Her Cardelis pt has new-found hyperuricaemia and a gouty toe.",
        "Dr Sy reports dystonia in a teenager given Neurevia.",
        "Glyvance pt with gastroparesis since the dose went up.",
    ],
)
def test_a_clinical_term_no_list_holds_is_read_by_its_ending(text):
    assert "adverse_event" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dr Ames gave a diagnosis of RA and wants Rheumora samples.",
        "Prognosis discussion with Dr Lund; Veltrana dosing card left.",
        "Dr Fenn moved from academia to private practice; interested in Cardelis.",
        "She showed real empathy for patients paying for Glyvance.",
    ],
)
def test_everyday_words_with_a_clinical_ending_are_no_event(text):
    assert kinds(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Per the nurse a Neurevia pt is queasy and woozy every afternoon.",
        "Kyraxa - her patient has had the runs for a week.",
        "A man on Cardelis is winded after one flight of stairs now.",
        "Dr Roe: emesis after each Glyvance injection in a 50F.",
    ],
)
def test_lay_and_clinical_synonyms_of_common_events(text):
    assert "adverse_event" in kinds(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Dr Morel : une patiente sous Kyraxa a des nausées et de la fièvre.", "adverse_event"),
        ("Dr Braun: Patient unter Cardelis mit Hautausschlag und Juckreiz.", "adverse_event"),
        ("Dr. Díaz: paciente con Rheumora ingresada por fiebre y mareos.", "adverse_event"),
        ("Dr Smit: patiënte op Zelvora heeft hoofdpijn en is misselijk.", "adverse_event"),
        ("Dr Girard : patiente sous Glyvance, enceinte de 10 semaines.", "pregnancy"),
        ("Dr Keller: Veltrana-Patientin ist jetzt schwanger.", "pregnancy"),
    ],
)
def test_common_event_words_in_french_german_spanish_and_dutch(text, kind):
    assert kind in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Aucun effet indésirable sous Kyraxa chez ses patients, dit le Dr Morel.",
        "Keine Nebenwirkungen unter Cardelis bei ihren Patienten.",
        "Ningún paciente con Rheumora ha tenido náuseas.",
        "Geen bijwerkingen op Zelvora bij zijn patiënten.",
    ],
)
def test_denials_in_french_german_spanish_and_dutch_are_no_case(text):
    assert kinds(text) == set()


def test_an_item_of_a_list_of_patients_is_one_of_them():
    note = "Dr Pike's Kyraxa pts: first one fine; second one hospitalised with colitis; third new."
    assert "adverse_event" in kinds(note)


def test_a_product_heading_over_a_patients_event_is_the_suspect():
    assert "adverse_event" in kinds(
        "Rheumora update from Dr Vale: one of her pts had shingles in October."
    )


def test_a_product_heading_over_talk_without_a_patient_is_no_case():
    note = "Rheumora update from Dr Vale: she presented infection rates at the dinner."
    assert kinds(note) == set()


@pytest.mark.parametrize(
    "text",
    [
        "A pt on edoxaban had a nosebleed; Dr asked about Cardelis in heart failure.",
        "Her patient on dabigatran bruised badly; she wants Cardelis samples.",
        "On ticagrelor one of his pts had dyspnoea; Cardelis formulary discussed.",
    ],
)
def test_another_companys_generic_is_told_by_its_inn_stem(text):
    assert kinds(text, ("Cardelis",)) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Nausea in about 1 in 10 patients on Glyvance according to the SmPC.",
        "Migraine patients often feel dizzy during an attack, Dr Ito says; Neurevia discussed.",
        "Dr Kaye sees a lot of lupus nephritis and wants Rheumora as second line.",
    ],
)
def test_rates_disease_talk_and_line_of_therapy_are_no_case(text):
    assert kinds(text) == set()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Cardelis: BP still 165/100 on full dose after two months.", "lack_of_effect"),
        ("Rheumora had zero effect on his morning stiffness.", "lack_of_effect"),
        ("Neurevia is not doing its job for her, per Dr Wolfe.", "lack_of_effect"),
        ("Pt has been keeping her Zelvora pens in the car all week.", "medication_error"),
        ("Dr Lowe gave Kyraxa to a boy with a tumour it is not licensed for.", "medication_error"),
    ],
)
def test_more_wordings_of_special_situations(text, kind):
    assert kind in kinds(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # A case form's fields, one per sentence.
        ("Reaction: toxic epidermal necrolysis. Suspect product: Veltrana.", "adverse_event"),
        # The patient of the sentence before, after a few words of time.
        (
            "A 60-year-old man was started on Kyraxa; two days later he had a seizure.",
            "adverse_event",
        ),
        # Someone's patients called by another noun.
        ("Two of Dr Lee's gentlemen on Cardelis say everything tastes of metal.", "adverse_event"),
        # The note's heading is our product; its later items are about it.
        ("Zelvora: mixed feedback. Dr Ray calls it a non-response in one pt.", "lack_of_effect"),
        ("Glyvance two months in, sugars still in the 300s, per Dr Ames.", "lack_of_effect"),
        ("Cardelis syringes were re-used by the same pt for a fortnight.", "medication_error"),
    ],
)
def test_case_forms_time_phrases_headings_and_other_orders(text, kind):
    assert kind in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "The ward nurse has flu, so the Rheumora in-service moved to Friday.",
        "Dr Hale: the practice manager is off with a migraine; Neurevia lunch rebooked.",
    ],
)
def test_staff_named_by_their_role_are_no_patient(text):
    assert kinds(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Pt says she takes a few extra Neurevia to get high at weekends.",
        "Her flatmate has been injecting Glyvance without a prescription.",
    ],
)
def test_misuse_for_a_high_or_without_a_prescription(text):
    assert kinds(text) == {"medication_error"}


@pytest.mark.parametrize(
    "text",
    [
        "Nurse taught new Kyraxa starters the symptoms of pneumonitis.",
        "Should any patient on Zelvora get a fever, Dr Byrne wants to hear the same day.",
        "TB screen negative in her Rheumora pt, so the first dose goes ahead.",
    ],
)
def test_teaching_a_supposed_patient_and_a_clear_test_are_no_case(text):
    assert kinds(text) == set()


def test_list_items_lettered_after_a_patients_heading():
    assert "adverse_event" in kinds("Kyraxa pts x3: B fine; C neutropenia gr2; D fine.")


def test_new_starts_listed_under_a_patients_heading_are_no_case():
    assert kinds("Zelvora pts: one new start; one restarting after a trip.") == set()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Dr Eade: Rheumora no better than placebo for his pt, ESR unchanged.", "lack_of_effect"),
        (
            "Pharmacy gave Cardelis 10 mg to a pt prescribed 5 mg; taken for 4 days.",
            "medication_error",
        ),
    ],
)
def test_no_better_than_placebo_and_a_strength_other_than_prescribed(text, kind):
    assert kind in kinds(text)


def test_no_change_in_what_the_drug_treats_is_lack_of_effect_but_no_dose_change_is_not():
    assert "lack_of_effect" in kinds("Cardelis: no BP or symptom improvement in her pt at 8 weeks.")
    assert kinds("Cardelis: no dose change needed in renal impairment, per the label.") == set()


def test_a_class_of_other_drugs_named_as_the_cause_stays_off_ours():
    text = "Her older pts get cramps from loop diuretics; Dr asked about Cardelis and potassium."
    assert kinds(text, ("Cardelis",)) == set()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Dr Voss: Zelvora pt admitted with pnuemonitis.", "adverse_event"),
        ("Kyraxa pt had thrombocytopnia on day 15.", "adverse_event"),
        ("Her Neurevia patient is now pregnnant.", "pregnancy"),
        ("Rheumora pt hospitalsied with celulitis.", "adverse_event"),
    ],
)
def test_a_clinical_word_typed_with_one_slip_is_still_the_word(text, kind):
    assert kind in kinds(text)


def test_a_real_word_one_slip_from_an_event_word_is_not_that_event():
    assert kinds("Dr Fry asked for more Zelvora injection training for her nurses.") == set()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "A man on Kyraxa had torsades after erythromycin was started for a chest infection.",
            "adverse_event",
        ),
        ("Cardelis exposure boosted by ketoconazole in her pt - BP 78/40.", "adverse_event"),
        ("Rheumora has knocked him flat for two days after every dose.", "adverse_event"),
        ("Her Zelvora infusion was omitted twice because the ward forgot.", "medication_error"),
    ],
)
def test_added_drugs_levels_changed_lay_words_and_omitted_doses(text, kind):
    assert kind in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "The MHRA update warns that Veltrana may cause pneumonitis; shared with Dr Lee.",
        "Dr Pike ruled out a drug cause for the itching in her Glyvance pt: it was scabies.",
    ],
)
def test_regulator_communications_and_an_excluded_drug_cause_are_no_case(text):
    assert kinds(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Dr Kern: Patient unter Cardelis mit Gelenkschmerzen und Hautentzündung.",
        "Kyraxa pt - s/e: tiredness and mouth sores.",
        "Possible ADR on Neurevia: pt sectioned after a manic episode.",
    ],
)
def test_german_compounds_and_shorthand_for_side_effects(text):
    assert "adverse_event" in kinds(text)


def test_a_generic_shorthand_gives_way_to_the_event_it_names():
    (finding,) = safety.assess({"notes": "Kyraxa pt - s/e: tiredness."}, PRODUCTS).findings
    assert finding.event == "tiredness"
