"""Possible adverse events: detection (pure), flags stored at ingest, the `safety` command, the
briefing's first notice, the firewall and the audit trail.

Detection cases are one per class the issue names; the wording of several follows public
pharmacovigilance training material (PIPA "PV for non-PV personnel", the "Adverse events"
training quiz on jeopardylabs.com, PMCPA's Q&A on competitor products), paraphrased."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from prepcli import audit, pv_notice, safety, service, store
from prepcli.cli import app

PRODUCTS = ["Veltrana", "Zelvora", "Kyraxa"]


def found(text: str, row_products: tuple[str, ...] = ()) -> safety.Assessment:
    return safety.assess({"notes": text}, PRODUCTS, row_products)


def kinds(text: str, row_products: tuple[str, ...] = ()) -> set[str]:
    return {f.kind for f in found(text, row_products).findings}


# ---- detection ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Okafor mentioned a patient on Zelvora was hospitalised last week.",
        "One pt on Veltrana broke out in a rash and hives after cycle 2.",
        "She said an older patient fainted in the car park after starting Kyraxa.",
        "Dr. Lee's patient on Veltrana had liver enzymes three times the upper limit.",
        "Mentioned that her hair started falling out about a month into Zelvora.",
        "RA flare in a patient two weeks after the Zelvora dose was held.",
        "AE: nausea after 3 wks on Veltrana",
    ],
)
def test_an_event_linked_to_a_company_product_is_flagged(text):
    assert kinds(text) == {"adverse_event"}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("A patient of hers became pregnant while taking Veltrana.", "pregnancy"),
        ("Pt accidentally took a double dose of Kyraxa on Monday.", "overdose"),
        ("The pharmacy dispensed Zelvora 40 mg instead of 20 mg to a patient.", "medication_error"),
        (
            "He says Veltrana stopped working for one of his patients after six months.",
            "lack_of_effect",
        ),
    ],
)
def test_special_situations_are_flagged_even_without_harm(text, kind):
    assert kinds(text) == {kind}


def test_something_happening_to_a_patient_is_flagged_without_a_listed_event_word():
    result = found("One of her pts on Kyraxa had a heart rate in the 40s.")
    assert [f.kind for f in result.findings] == ["adverse_event"]


@pytest.mark.parametrize(
    "text",
    [
        # Words no list holds: the structure carries them (fail closed).
        "A patient on Veltrana now has grumbly florps on both hands.",
        "Pt on Kyraxa - zentic blotches since the second cycle.",
        "Zelvora: pt's knuckles went a strange colour, derm consult booked.",
        "Her elderly patient taking Kyraxa keeps dropping things.",
    ],
)
def test_a_patient_on_a_company_product_of_whom_something_more_is_said_is_flagged(text):
    assert kinds(text) == {"adverse_event"}


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Ross had to take a patient off Veltrana after two weeks.",
        "A man on Zelvora was taken to urgent care on Saturday.",
        "Her patient called the office twice this week about Kyraxa.",
        "Patient's husband says she is not herself since Kyraxa was started.",
    ],
)
def test_a_change_in_a_patients_treatment_care_or_state_is_flagged(text):
    assert kinds(text) == {"adverse_event"}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Shapes of the GVP special situations (allaboutpharmacovigilance.org; bsvgroup.com:
        # "IV instead of IM"), in new words.
        (
            "Home nurse injected Zelvora into the muscle instead of under the skin.",
            "medication_error",
        ),
        (
            "Patient kept her Zelvora pens in the glovebox all summer and used them.",
            "medication_error",
        ),
        ("Pharmacy filled Kyraxa 100 mg for a 10 mg script.", "medication_error"),
        ("The Zelvora pen jammed and the patient is unsure she got the dose.", "medication_error"),
        ("Patient missed three Veltrana doses while travelling.", "medication_error"),
        ("Pt shared her Zelvora pen with her sister.", "medication_error"),
        ("Office gave Veltrana samples that had expired to a patient.", "medication_error"),
        ("A toddler swallowed some of his grandmother's Kyraxa tablets.", "overdose"),
        ("Patient injected two Zelvora pens the same morning.", "overdose"),
        ("Patient is breastfeeding her newborn while on Veltrana.", "pregnancy"),
        ("A patient's wife got pregnant while he was on Kyraxa.", "pregnancy"),
        ("Kyraxa failed in one of her patients after four months.", "lack_of_effect"),
    ],
)
def test_special_situations_in_their_general_forms_are_flagged(text, kind):
    assert kind in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Kim is concerned because her patient on Zelvora has new bruising.",
        "Dr. Lowe asked whether Kyraxa could explain a patient's pancreatitis last month.",
        "Inquiry: is hair thinning reported with Kyraxa? Asking because of a patient of mine.",
        "Medical inquiry: managing grade 3 neutropenia in her current Kyraxa patient.",
    ],
)
def test_a_worry_or_question_about_a_specific_patients_event_is_flagged(text):
    assert kinds(text) == {"adverse_event"}


def test_a_product_name_typed_with_one_slip_is_still_the_product():
    result = found("Pt on Zelvorra had a rash; another on Kyrxaa fainted.")
    assert [(f.product, f.event) for f in result.findings] == [
        ("Zelvora", "rash"),
        ("Kyraxa", "fainted"),
    ]


def test_an_interaction_makes_the_company_product_a_suspect_beside_the_other_drug():
    result = found("Dr. Rhee: Veltrana plus her patient's sertraline caused serotonin syndrome.")
    assert [f.product for f in result.findings] == ["Veltrana"]


@pytest.mark.parametrize(
    "text",
    [
        # What the fail-closed rules must let through.
        "Dr. Okafor put three new patients on Veltrana after the speaker program.",
        "Dr. Lowe will start her first Kyraxa patient next month.",
        "Veltrana access: the patient's insurance denied the first fill, appeal in progress.",
        "Dr. Ross had a patient who did very well on Veltrana for five years.",
        "No one on Veltrana has had to stop for side effects in Dr. Kim's clinic.",
        "Dr. Ali's patients on Veltrana: median time on therapy now 14 months.",
        "Her patient had mouth sores on 5-FU before being considered for Veltrana.",
        "Dr. Ortiz said the patient's rash was from a new detergent, not Veltrana.",
        "Dr. Hahn sees more rashes with Tagrisso than with Veltrana.",
        "Trained the new nurse on the Zelvora pen so nobody gets a needle stick.",
        "Dr. Wu asked what to tell a patient who plans to get pregnant while on Veltrana.",
        "Dr. Okafor costs it out: Veltrana costs too much for her uninsured patients.",
        "4 pts on Veltrana now",
        "Patient on Veltrana since January for metastatic NSCLC, second line.",
        "Dr. Lund's patient on Veltrana, 8 migraine days a month at baseline.",
        "Her patients haven't had breakthrough migraines since starting Veltrana.",
        "Dr. Yu says Veltrana never failed her, A1c at goal in most patients.",
        "In ZENITH-1, two patients on Veltrana developed pneumonitis.",
        "The PI describes a patient who developed angioedema on Veltrana.",
    ],
)
def test_the_fail_closed_rules_leave_plain_talk_about_patients_alone(text):
    assert found(text, ("Veltrana",)).findings == ()


def test_an_event_in_a_sentence_without_the_product_name_links_to_the_records_product():
    result = found("One pt fainted after the first injection.", ("Zelvora",))
    assert [(f.product, f.event) for f in result.findings] == [("Zelvora", "fainted")]


@pytest.mark.parametrize(
    "text",
    [
        "No side effects so far with Veltrana in her practice.",
        "Patients on Zelvora have had no rash and no liver problems.",
        "Dr. Okafor asked whether Veltrana could cause liver problems.",
        "Is Veltrana safe in pregnancy? Referred to Medical Information.",
        "Went over the Veltrana label: rash in 12% of patients in ZENITH-1 vs 4% on placebo.",
        "Slide 6: grade 3 diarrhea was reported in 8% of Kyraxa-treated patients.",
        "Dr. Okafor had a bad headache, so we kept the Veltrana discussion short.",
        "A patient on Keytruda developed colitis; she is considering Veltrana for the next line.",
        "Dr. Novak heard from colleagues that nausea is a problem with Kyraxa.",
        "Reminded the office to report any side effects of Veltrana through the safety line.",
        "Dropped off the Zelvora savings card and the dosing guide; office manager was out sick.",
        "Loyal to Duralin, won't switch stable pts. Office still faxing PAs, showed ePA portal.",
        "Dr. Fox had a patient who loved Veltrana and is doing great on it.",
    ],
)
def test_hard_negatives_are_not_flagged(text):
    assert found(text, ("Veltrana",)).findings == ()


def test_an_event_on_a_drug_no_list_holds_is_not_put_on_ours():
    result = found("A patient on Vyndaqel had a fall; Dr. Ames asked about Veltrana.")
    assert result.findings == ()
    assert found("A patient on Veltrana since Monday had a fall at home.").findings


def test_an_event_on_another_companys_drug_is_not_flagged_even_in_a_company_product_note():
    result = found("Her patient got a rash on Humira, so she is switching him to Zelvora.")
    assert result.findings == ()


# ---- classes of failure found on a set written by someone else (sentences written here) --------


@pytest.mark.parametrize(
    "text",
    [
        # Patients named only to deny: the "had" of "none of his pts have had" tells nothing.
        "Asked about neutropenia with Veltrana - none of his pts so far, he checks counts monthly.",
        "Asked about insomnia with Zelvora: her pts haven't reported any.",
        "No rash or itching reported by any of her pts on Zelvora.",
    ],
)
def test_an_event_asked_about_then_denied_for_the_hcps_patients_is_not_flagged(text):
    assert found(text).findings == ()


@pytest.mark.parametrize(
    "text",
    [
        # What follows "if" or "whether" is supposed, however it is phrased.
        "Wanted to know what happens if a pt on Kyraxa becomes pregnant - nobody is, just curious.",
        "She asked what she should do if a patient took two Zelvora doses by accident - "
        "hypothetical.",
        "Dr would like data on whether Veltrana could cause hair loss.",
    ],
)
def test_a_supposed_patient_is_no_case(text):
    assert found(text).findings == ()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Told first, in a clause of its own; the worry or question comes after.
        (
            "A client on Kyraxa told the pharmacist her ankles ballooned, wanted to know if she "
            "should skip a dose.",
            "adverse_event",
        ),
        (
            "Pt found Zelvora pens had been in the freezer overnight and injected one anyway - "
            "Dr worried it won't work.",
            "medication_error",
        ),
        (
            "Mrs T's husband was taking Veltrana when they conceived; Dr wondered if that matters.",
            "pregnancy",
        ),
        (
            "Young pt on Kyraxa (is that in label?) started having panic attacks, parents scared.",
            "adverse_event",
        ),
    ],
)
def test_an_event_told_before_a_worry_or_question_is_flagged(text, kind):
    assert kind in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Went through slide 8: MACE 1.2 per 100 patient-years in the Veltrana open-label "
        "extension.",
        "Exposure-adjusted rate of serious infections with Kyraxa was 2.0 per 100 PY.",
    ],
)
def test_rates_from_slides_and_extension_studies_are_no_case(text):
    assert found(text).findings == ()


@pytest.mark.parametrize(
    "text",
    [
        # A brand no list holds, named for its patients or its device.
        "Said 3 pts on Trelvix got bad acne, thinking of switching them to Kyraxa.",
        "Trelvix pts in his clinic get more headaches, he said; moving two of them to Kyraxa.",
        "Sorvanta pen failures reported by two of her pts - told them to ring that manufacturer.",
        # "Switched from" names the drug the patient was on when it happened.
        "Pt came off Cosentyx after a bad yeast infection on it; doing great on Kyraxa since.",
    ],
)
def test_events_on_a_brand_no_list_holds_stay_off_ours(text):
    assert found(text, ("Kyraxa",)).findings == ()


@pytest.mark.parametrize(
    "text",
    [
        "Pt switched from Humira to Kyraxa two months ago, now has a cough that won't go away.",
        "Three days after moving to Zelvora a 60s woman came in with hives over her trunk.",
        "Pt also taking clarithromycin with her Veltrana, developed palpitations last week.",
    ],
)
def test_the_drug_taken_when_it_happened_is_ours(text):
    assert kinds(text) == {"adverse_event"}


@pytest.mark.parametrize(
    "text",
    [
        # The reporter or the timing rules the product out.
        "Pt on Veltrana had a car accident and a broken arm, doctor says nothing to do with it.",
        "Pt admitted last week for an elective hip replacement, Kyraxa paused around surgery.",
        "Her eczema flares began long before Zelvora was ever started; none since.",
    ],
)
def test_an_event_ruled_unrelated_or_before_the_product_is_no_case(text):
    assert found(text).findings == ()


def test_talk_about_a_disease_in_patients_in_general_is_no_case():
    text = "Discussion on psoriasis itch and joint pain, what pts complain about most."
    assert found(text, ("Kyraxa",)).findings == ()
    assert found("One pt has had joint pain since the second dose.", ("Kyraxa",)).findings


@pytest.mark.parametrize(
    "text",
    [
        # Denied after the word ("-free", "within normal limits"), or in so many words.
        "Her Kyraxa pts have been rash-free so far.",
        "LFTs within normal limits for all her Kyraxa pts.",
        "Pt on Kyraxa got the flu from her grandkids, recovered, no link to Kyraxa per Dr.",
        "The fall was from a slippery floor; Dr doesn't think Kyraxa played a role.",
        "Pt's LFTs were already high before Kyraxa, unchanged since.",
    ],
)
def test_an_event_denied_after_its_word_or_said_to_have_no_link_is_no_case(text):
    assert found(text).findings == ()


@pytest.mark.parametrize(
    "text",
    [
        # A question or worry about a real patient's event is a case.
        "Pt asked whether the swelling in her legs since starting Zelvora is normal.",
        "Worried about one pt on Kyraxa who has become very withdrawn since the dose went up.",
        "Veltrana pt - bad mouth ulcers, can't eat, Dr asked how to manage.",
    ],
)
def test_a_question_about_a_real_patients_event_is_flagged(text):
    assert kinds(text) == {"adverse_event"}


def test_the_hcp_on_our_product_herself_is_a_patient():
    assert kinds("She is 8 weeks pregnant and has been on Kyraxa throughout.") == {"pregnancy"}
    assert found("She has a migraine today, so the Kyraxa talk was short.").findings == ()


@pytest.mark.parametrize(
    "text",
    [
        "Started fluconazole while on Veltrana, QTc went to 510.",
        "Two pts on Veltrana have had DVTs this year.",
        "ALT 5x ULN in a Kyraxa pt at week 8.",
        "New mom nursing her 2-month-old is still injecting Zelvora.",
    ],
)
def test_more_wordings_of_events_and_exposures(text):
    assert found(text).findings


@pytest.mark.parametrize(
    "text",
    [
        # NegEx-style denials before or after the word, and tests with a normal result.
        "Pt on Kyraxa, absence of any rash confirmed by derm.",
        "Zelvora pt: hypoglycemia was ruled out, glucose fine.",
        "Veltrana pt negative for pneumonitis on CT.",
        "Dr checked LFTs in her Kyraxa pt: normal.",
        # An intention or a thing to avoid is no event.
        "Pt stopped Veltrana when she planned a pregnancy, as advised.",
        "She gives Kyraxa with food to avoid nausea in her pts.",
    ],
)
def test_negex_style_denials_and_intentions_are_no_case(text):
    assert found(text).findings == ()


@pytest.mark.parametrize(
    "text",
    [
        "Most common adverse reactions (>=5%) for Kyraxa are diarrhea, rash and fatigue.",
        "Warnings: hepatotoxicity has been reported with Veltrana.",
        "Dr fears her elderly pts could fall on Zelvora.",
    ],
)
def test_label_sections_and_fears_are_no_case(text):
    assert found(text).findings == ()


@pytest.mark.parametrize(
    "text",
    [
        "Pt was hospitalised for a hernia repair, Zelvora unaffected, continuing.",
        "Pt fell off a ladder while painting, broke ankle; on Kyraxa but Dr says unrelated to it.",
        "Pt stopped Veltrana because she moved and the new plan doesn't cover it.",
    ],
)
def test_a_procedure_stay_a_later_unrelated_or_a_payer_reason_is_no_case(text):
    assert found(text).findings == ()


def test_a_stay_for_surgery_after_an_event_still_carries_the_event():
    text = "Elderly pt on Zelvora had a fall at home, broke a hip, admitted for surgery."
    assert kinds(text) == {"adverse_event"}


@pytest.mark.parametrize(
    "text",
    [
        "Tolvexa gave two of her pts bad headaches; she prefers Kyraxa.",
        "Tolvexa-induced neutropenia in one of her pts, moving him to Kyraxa.",
        "One of her pts had a rash from Tolvexa.",
        "Pt previously had hives on penicillin; tolerating Kyraxa well.",
    ],
)
def test_events_from_another_drug_however_named_stay_off_ours(text):
    assert found(text, ("Kyraxa",)).findings == ()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Product problem: Zelvora pen cartridge cracked, pt got glass fragment in skin.",
            "medication_error",
        ),
        (
            "Pt took Kyraxa with food although the label says fasting, vomited after.",
            "medication_error",
        ),
        ("MA said pt used someone else's Zelvora pen.", "medication_error"),
        (
            "Zelvora was given to a 10-year-old although it is only approved for adults.",
            "medication_error",
        ),
        (
            "Pt reports feeling 'wired' and not sleeping since the Veltrana dose went up.",
            "adverse_event",
        ),
        ("Kyraxa isn't bringing down his A1c at all after 4 months.", "lack_of_effect"),
    ],
)
def test_defects_instructions_not_followed_and_plain_words(text, kind):
    assert kind in kinds(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Pt went 10 days without Kyraxa because the mail order was delayed, psoriasis flaring.",
            "medication_error",
        ),
        (
            "Zelvora dose raised too quickly by the pt (misunderstood the leaflet), now "
            "lightheaded.",
            "medication_error",
        ),
        ("Pt's partner was on Veltrana at conception, baby due in March.", "pregnancy"),
        (
            "A pt has been running out of Kyraxa early every month and now gets rebound pain.",
            "medication_error",
        ),
    ],
)
def test_more_general_forms_of_special_situations(text, kind):
    assert kind in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        # The other drug in the event's own clause, though ours is nearer across the comma.
        "Dr said Tolvexa gave three of her pts hives, so she is glad Kyraxa looks cleaner.",
        # The other drug named by its patient ("X pt"), in a sentence of its own.
        "Marvika pt developed pancreatitis; Kyraxa to be discussed next time.",
        "her etanercept pt got pneumonia - now wary of Zelvora as well",
        # Named as the cause by the reporter.
        "The hives in her Kyraxa pt were from the new antibiotic, Kyraxa continued.",
        # An event word right after the other drug's name.
        "infliximab infusion reaction last month; she still prefers Zelvora for new starts",
        # Ours only as an example of what she would rather use.
        "docetaxel neuropathy is why she is interested in an oral like Veltrana",
        "pts quit Tolvexa over the diarrhea and are now on Kyraxa, doing fine",
    ],
)
def test_an_event_belongs_to_the_other_drug_of_its_clause_cause_or_patient(text):
    assert found(text, ("Kyraxa",)).findings == ()


@pytest.mark.parametrize(
    "text",
    [
        "after Kyraxa was added the pt's INR on warfarin went up and he had a nosebleed",
        "since starting Zelvora the pt on methotrexate has had mouth ulcers",
        "pt on Veltrana had a rash; had the same on Tolvexa last year",
    ],
)
def test_our_product_started_before_the_event_is_a_suspect_beside_a_nearer_drug(text):
    assert kinds(text) == {"adverse_event"}


def test_generic_names_come_from_the_companys_content_and_count_as_ours():
    content = [
        "Zelvora (velgatinib) 50 mg tablets.",
        "Kyraxa (tablets) dosing",
        "ravotide (Veltrana)",
    ]
    aliases = safety.generic_names(content, PRODUCTS)
    assert aliases == {"velgatinib": "Zelvora", "ravotide": "Veltrana"}
    text = "velgatinib pt w/ a grade 3 rash, drug held"
    assert safety.assess({"notes": text}, PRODUCTS, ()).findings == ()  # read as another's drug
    result = safety.assess({"notes": text}, PRODUCTS, (), aliases=aliases)
    assert [(f.product, f.kind) for f in result.findings] == [("Zelvora", "adverse_event")]
    typo = safety.assess({"notes": "pt on velgatnib had hives"}, PRODUCTS, (), aliases=aliases)
    assert [f.product for f in typo.findings] == ["Zelvora"]


@pytest.mark.parametrize(
    "text",
    [
        "NP: pts on Kyraxa deny rash, deny diarrhea",
        "Zelvora: 9 pts past a year on it, not one infection so far",
        "pt in a bike crash, concussion, still on Veltrana and doing well cough-wise",
        "history of hepatitis from an old infection, resolved before Veltrana was started",
        "the pt she thought reacted to Kyraxa never actually filled the script - no exposure",
        "pt stopped Zelvora because he moved abroad, not due to any side effect",
        "pt admitted for a scheduled ablation next month, Kyraxa to continue",
        "Dr Ames mentioned she's pregnant and will be on leave; Kyraxa samples to the NP",
        "asked what % of pts get nausea on Veltrana",
        "pt with a history of DVT years ago started Kyraxa, no issues",
    ],
)
def test_denials_unexposed_past_and_the_hcps_own_in_new_wordings_are_no_case(text):
    assert found(text).findings == ()


@pytest.mark.parametrize(
    "text",
    [
        # A relative's own illness, or a family history, told beside the patient.
        "Kyraxa pt's father had a stroke last year; pt herself doing fine",
        "family history of lupus came up for a Zelvora pt",
        # Checked for and ruled out; another cause named.
        "Zelvora pt was checked for hepatitis - ruled out, it was a reaction to shellfish",
        # What the drug is taken for is no event in it.
        "Dr's wife takes Kyraxa for migraines, no complaints",
        # A supposed patient, however described.
        "pancreatitis work-up is standard if a Veltrana pt has belly pain, she said",
    ],
)
def test_relatives_work_ups_indications_and_supposed_patients_are_no_case(text):
    assert found(text).findings == ()


def test_a_relative_who_is_exposed_or_reports_still_makes_a_case():
    assert "pregnancy" in kinds("pt's wife got pregnant while he was on Zelvora")
    assert kinds("pt's wife reports he has been confused since starting Kyraxa") == {
        "adverse_event"
    }


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Zelvora: the event settled after dechallenge, Dr rates it probable", "adverse_event"),
        ("Kyraxa makes him pee all night", "adverse_event"),
        ("script for Kyraxa 2.0 mg was read as 20 mg", "medication_error"),
        ("nurse got Veltrana powder on her hands while preparing doses", "medication_error"),
    ],
)
def test_causality_words_error_prone_orders_and_exposure_at_work(text, kind):
    assert kind in kinds(text)


def test_an_error_named_only_to_say_our_product_was_not_involved_is_no_case():
    assert found("look-alike names came up in the ISMP letter, Kyraxa not involved").findings == ()


def test_a_disease_sign_improved_is_no_case_unless_it_improved_once_the_drug_was_stopped():
    assert found("Zelvora pt's joint swelling much improved at 3 months").findings == ()
    assert found("Kyraxa pt lost 15 lbs as intended, Dr pleased").findings == ()
    assert kinds("Kyraxa pt's rash improved after stopping the drug") == {"adverse_event"}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Veltrana used in 1 pt (not approved for this) - she had a seizure after",
            "adverse_event",
        ),
        (
            "cough that won't go away since he started Kyraxa, Dr asked if we've seen it",
            "adverse_event",
        ),
        (
            "Their pt started Zelvora in May. Since then she's had dizzy spells most days.",
            "adverse_event",
        ),
        ("Zelvora: 'my arm is swollen and hot where I injected' per the pt", "adverse_event"),
        ("pt on Kyraxa had chest tightness an hour after the dose", "adverse_event"),
        (
            "Kyraxa pt crushing the tablets into yogurt because he can't swallow them",
            "medication_error",
        ),
        ("pt taking Veltrana without food for weeks (label says with a meal)", "medication_error"),
        ("pt gave some of her Kyraxa to her sister", "medication_error"),
        ("Zelvora not workin for her at all, still 12 bad days a month", "lack_of_effect"),
        ("mom on Zelvora is nursing her 2 wk old, baby is fussy, ped wonders why", "pregnancy"),
    ],
)
def test_lay_wordings_pronoun_patients_and_special_situations_in_new_shapes(text, kind):
    assert kind in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pt on Veltrana hospitalised with pancreatitis, sent to PV same day.",
        "Patient on Zelvora fainted; reported to drug safety within the hour.",
        "Mrs. K developed a rash on Kyraxa. Completed the safety intake form.",
        "Veltrana pt has had diarrhoea for 2 wks, dose held, PV notified via the portal.",
        "Kyraxa pt admitted with a fever. Logged w/ drug safety, case number to follow.",
        "Zelvora pt fainted at home; I phoned the safety hotline after the call.",
        "Safety case raised: Veltrana pt with jaundice.",
    ],
)
def test_a_note_that_says_it_went_to_pv_is_marked_reported(text):
    result = found(text)
    assert result.findings and result.reported


@pytest.mark.parametrize(
    "text",
    [
        "Pt on Veltrana hospitalised with pancreatitis. Will send to PV tomorrow.",
        "Patient on Zelvora fainted; not yet reported to drug safety.",
    ],
)
def test_a_report_promised_or_denied_is_not_a_report(text):
    result = found(text)
    assert result.findings and not result.reported


def test_elements_say_what_the_note_holds():
    with_patient = found("A 64-year-old woman on Veltrana developed jaundice.")
    assert with_patient.elements == {
        "patient": True,
        "reporter": True,
        "product": True,
        "event": True,
    }
    vague = found("AE: nausea after 3 wks on Veltrana")
    assert vague.elements["patient"] is False


def test_sentences_split_on_note_fragments_but_not_on_titles():
    assert safety.split_sentences("Dr. Okafor: AE: rash / sent to PV; f/u Tue") == [
        "Dr. Okafor: AE: rash",
        "sent to PV",
        "f/u Tue",
    ]


def test_a_run_on_note_is_read_in_bounded_pieces():
    pieces = safety.split_sentences("pt on Zelvora had a rash and " * 2000)
    assert max(len(p) for p in pieces) <= 400
    assert found("pt on Zelvora had a rash and " * 2000).findings


def test_hours_count_from_the_start_of_an_undated_day_and_overdue_after_24():
    reference = datetime(2026, 11, 20, 12, tzinfo=UTC)
    assert pv_notice.hours_since("2026-11-19", reference) == 36
    assert pv_notice.hours_since("2026-11-20T11:30:00Z", reference) == 0
    assert pv_notice.reference_time(date(2026, 11, 19), reference) == datetime(
        2026, 11, 20, tzinfo=UTC
    )


# ---- classes that failed on the blind3 development half (sentences written here, not copied) ----


@pytest.mark.parametrize(
    "text",
    [
        "Zelvora: QTc 498 ms on the follow-up ECG, cardiology aware.",
        "Kyraxa - renal clinic saw K+ 6.1 at the week 4 check.",
        "Veltrana pt, potassium 2.8 on the Monday bloods.",
        "Zelvora: Na 124 in clinic, fluid restricted.",
        "Dr Ames copied the letter: eGFR 58 -> 31 on Kyraxa.",
        "Kyraxa pt: ALT 40 to 220 in a month.",
        "Veltrana, creatinine went from 1.1 to 2.4 over six weeks.",
    ],
)
def test_lab_values_out_of_range_by_their_figure_or_moving_are_flagged(text):
    assert "adverse_event" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Zelvora 4 months in, still 9 headache days a month, little change from baseline.",
        "Kyraxa at full dose, taken daily, and HbA1c still went from 7.4 to 8.2.",
        "Veltrana: restaging CT shows progression after two cycles.",
        "Zelvora still not getting his pain under control at 8 weeks.",
    ],
)
def test_figures_that_did_not_move_are_lack_of_effect(text):
    assert "lack_of_effect" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Zelvora pt never took the grey cap off - two weeks of 'doses' and no drug delivered.",
        "The pharmacy sticker on the Kyraxa box said 'take at bedtime with milk'; pt followed it.",
        "Nurse crushed Veltrana for a pt with a feeding tube.",
    ],
)
def test_device_use_pharmacy_directions_and_crushing_are_medication_errors(text):
    assert "medication_error" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        # A denial does not reach past a new verb joined on.
        "Ward nurse drew up Kyraxa without a mask and then developed a cough.",
        # Another drug given for the event is its treatment, not a suspect.
        "Zelvora: second round of antibiotics for a urinary infection since he started.",
        # A "she" opening the next clause is the patient of the one before.
        "Rheum trying Veltrana in a 14-year-old off label; she got mouth ulcers.",
        # A patient who used the product, asked about: a case.
        "Infection team asking about Serratia bacteremia in a pt who used Zelvora pens.",
        "Hi, one of my patients was in hospital for 3 days with vomiting on Kyraxa.",
        "Carer says Veltrana made her flat, 'not wanting to get up'; drug stopped.",
        "Kyraxa + clarithromycin -> K 6.3, ED visit.",
        "AKI likely 2/2 Zelvora plus ibuprofen, Zelvora held.",
        "Genetics clinic asking for data: infant born with a heart defect, mother on Kyraxa.",
        "Zelvora: pt's platelets 38 at the week 8 bloods.",
        "Pt on Kyraxa, BP 78/44 in clinic, dose cut.",
        "Veltrana: haemoglobin fell to 6.8, two units given.",
        "Kyraxa begun in May. ANC 0.6 at the June check.",
        "Zelvora pens shared by housemates; one now HCV positive.",
    ],
)
def test_wider_event_and_exposure_shapes_are_flagged(text):
    assert kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Her psoriasis flare was in 2019, before Zelvora; clear since.",
        "The rash was last winter, before he ever picked up the Kyraxa; GP treated it.",
        "Baseline AST 3x ULN from hepatitis B before Veltrana; unchanged.",
        "Kyraxa - no change in mood or sleep, PHQ-9 at 2.",
        "Selpercatinib hypertension in 3 of his pts; Veltrana discussed for 2L.",
        # A denial reaches along a list of event words, past the commas.
        "Pt on Kyraxa denies headache, dizziness or blurred vision.",
        "Her gout was years before Zelvora and has not recurred.",
        "Cupboard audit: 4 expired Zelvora pens pulled and destroyed, none dispensed.",
        "Label section 4.8 lists pancreatitis for Kyraxa, frequency not known - he asked why.",
    ],
)
def test_events_before_the_product_clean_checks_and_others_drugs_are_no_case(text):
    assert not kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Zelvora pt, BP 124/76, potassium 4.2, creatinine 0.9, all in range.",
        "Kyraxa: A1c 8.6 -> 7.1 at six months, pleased.",
    ],
)
def test_normal_or_improving_figures_are_no_case(text):
    assert not kinds(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Zelvora stopped because of repeated UTIs.", "adverse_event"),
        ("Kyraxa pt says her concentration has been shot since the increase.", "adverse_event"),
        ("Veltrana gives her pt an odd sensation in the scalp.", "adverse_event"),
        ("Zelvora - a clinic pt had to have her appendix out.", "adverse_event"),
        ("Kyraxa with itraconazole, QT got prolonged.", "adverse_event"),
        ("Zelvora: pt's sats 86% on air, readmitted.", "adverse_event"),
        ("Veltrana prescribed to a 10-year-old, not licensed below 16.", "medication_error"),
        (
            "Kyraxa given despite the contraindication in severe renal impairment.",
            "medication_error",
        ),
        ("Pt selling her Zelvora pens online.", "medication_error"),
        ("Kyraxa: ESR 60 despite 5 months on the maximum dose.", "lack_of_effect"),
        ("Zelvora: morning sugars still in the twenties.", "lack_of_effect"),
    ],
)
def test_more_lay_and_clinical_shapes(text, kind):
    assert kind in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pt on Zelvora denies low mood, anxiety and poor sleep.",
        "Kyraxa pt: absent fever, absent cough.",
        "Should a Veltrana pt get a rash, stop and call the clinic.",
        "His gout attacks predate Kyraxa by years.",
        "Psoriasis itself drives itching and fatigue in most of her patients; Zelvora discussed.",
        "Dr started 2 pts on Veltrana. Diarrhoea is the usual worry with this class.",
        "Kyraxa made her week - first pain-free days in years.",
        "Zelvora is not approved in pregnancy; she knew.",
    ],
)
def test_denied_lists_conditionals_disease_talk_and_good_news_are_no_case(text):
    assert not kinds(text)


# ---- stored flags, the command, the briefing --------------------------------------------

HCPS = "hcp_id,name\nH1,Dr. Amara Okafor\nH2,Dr. Ben Lindqvist\n"
NOTES = [
    {
        "interaction_id": "C1",
        "hcp_id": "H1",
        "date": "2026-11-19",
        "channel": "in_person",
        "function": "commercial",
        "products": ["Zelvora"],
        "notes": "Dr. Okafor said a patient on Zelvora was hospitalised with a rash.",
    },
    {
        "interaction_id": "C2",
        "hcp_id": "H1",
        "date": "2026-11-10",
        "channel": "phone",
        "function": "commercial",
        "products": ["Zelvora"],
        "notes": "One pt fainted after the first Zelvora injection; sent to PV.",
    },
    {
        "interaction_id": "C3",
        "hcp_id": "H2",
        "date": "2026-11-21",
        "channel": "virtual",
        "function": "commercial",
        "products": ["Zelvora"],
        "notes": "No side effects so far. Asked whether Zelvora could cause liver problems.",
    },
    {
        "interaction_id": "M1",
        "hcp_id": "H1",
        "date": "2026-11-05",
        "channel": "medical_inquiry",
        "function": "medical",
        "products": ["Zelvora"],
        "subject": "Hair loss question",
        "notes": "Q: MEDSECRET patient on Zelvora developed hair loss after 4 months.",
    },
]


def write(folder: Path, notes: list[dict]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "hcps.csv").write_text(HCPS)
    (folder / "interactions.jsonl").write_text("".join(json.dumps(n) + "\n" for n in notes))
    return folder


@pytest.fixture
def flagged(runner, tmp_path, db_path):
    result = runner.invoke(app, ["ingest", str(write(tmp_path / "data", NOTES))])
    assert result.exit_code == 0, result.output
    assert "possible adverse event" in result.stderr
    return db_path


def listed(runner, *args: str) -> list[dict]:
    result = runner.invoke(app, ["safety", "--json", "--as-of", "2026-11-23", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_rep_list_holds_unreported_commercial_flags_oldest_first(runner, flagged):
    rows = listed(runner)
    assert [r["interaction_id"] for r in rows] == ["C1"]
    row = rows[0]
    assert row["hcp_id"] == "H1" and row["date"] == "2026-11-19" and row["product"] == "Zelvora"
    assert "hospitalised" in row["event"] and "rash" in row["event"]
    assert row["sentence"].startswith("Dr. Okafor said a patient on Zelvora")
    assert row["elements"] == {"patient": True, "reporter": True, "product": True, "event": True}
    assert row["reported"] is False
    assert row["hours_since"] == 120 and row["overdue"] is True


def test_all_adds_reported_ones_and_msl_sees_medical_ones(runner, flagged):
    rows = listed(runner, "--all")
    assert [(r["interaction_id"], r["reported"]) for r in rows] == [("C2", True), ("C1", False)]
    msl = listed(runner, "--role", "msl")
    assert [r["interaction_id"] for r in msl] == ["M1", "C1"]
    assert "MEDSECRET" in msl[0]["sentence"]


def test_rep_gets_only_a_count_of_medical_flags(runner, flagged):
    result = runner.invoke(app, ["safety", "--as-of", "2026-11-23"])
    assert result.exit_code == 0
    assert "1 more notes in medical records" in result.stderr
    assert "MEDSECRET" not in result.output and "Hair loss" not in result.output
    assert "C1" in result.stdout and "OVERDUE" in result.stdout


def test_since_and_as_of_bound_the_list(runner, flagged):
    assert listed(runner, "--since", "2026-11-20") == []
    early = runner.invoke(app, ["safety", "--json", "--as-of", "2026-11-18"])
    assert json.loads(early.stdout) == []


def test_each_flag_shown_is_audited(runner, flagged):
    listed(runner, "--role", "msl")
    row = [r for r in audit.rows(store.open_store(flagged)) if r["command"] == "safety"][-1]
    assert row["record_ids"] == ["C1", "M1"] and row["role"] == "msl"


def test_prep_opens_with_the_unreported_flag_and_audits_it(runner, flagged):
    result = runner.invoke(app, ["prep", "H1", "--as-of", "2026-11-23", "-f", "markdown"])
    assert result.exit_code == 0, result.output
    first = result.stdout.split("> **", 1)[1]
    assert first.startswith(
        "Possible adverse event in the 2026-11-19 call note, not marked as reported to "
        "Pharmacovigilance: report within 24 hours"
    )
    assert "MEDSECRET" not in result.stdout
    row = [r for r in audit.rows(store.open_store(flagged)) if r["command"] == "prep"][-1]
    assert "C1" in row["record_ids"] and "safety flags shown: C1" in row["detail"]


def test_msl_briefing_also_carries_the_medical_flag(runner, flagged):
    result = runner.invoke(
        app, ["prep", "H1", "--role", "msl", "--as-of", "2026-11-23", "-f", "json"]
    )
    notices = json.loads(result.stdout)["notices"]
    assert notices[0].startswith("Possible adverse event in the 2026-11-05 medical inquiry")
    assert json.loads(result.stdout)["safety_flags"] == ["M1", "C1"]


def test_a_changed_note_is_rechecked_and_forget_erases_flags(runner, tmp_path, flagged):
    edited = [dict(n) for n in NOTES]
    edited[0]["notes"] = "Dr. Okafor said a patient on Zelvora was hospitalised; sent to PV."
    assert runner.invoke(app, ["ingest", str(write(tmp_path / "data", edited))]).exit_code == 0
    assert listed(runner) == []
    assert runner.invoke(app, ["forget", "H1", "--yes"]).exit_code == 0
    db = store.open_store(flagged)
    assert db.execute("SELECT COUNT(*) FROM safety_flags WHERE hcp_id = 'H1'").fetchone()[0] == 0


def test_a_newly_known_product_rechecks_older_notes(runner, tmp_path, db_path):
    note = {**NOTES[0], "products": []}  # the record names no product; the text does
    assert runner.invoke(app, ["ingest", str(write(tmp_path / "a", [note]))]).exit_code == 0
    assert listed(runner) == []
    content = tmp_path / "b" / "content.json"
    content.parent.mkdir()
    content.write_text(
        json.dumps(
            [
                {
                    "content_id": "P1",
                    "title": "Zelvora dosing guide",
                    "audience": "commercial",
                    "approval_code": "US-1",
                    "approved_on": "2026-01-01",
                    "products": ["Zelvora"],
                    "body": "Dosing.",
                }
            ]
        )
    )
    assert runner.invoke(app, ["ingest", str(content.parent)]).exit_code == 0
    assert [r["interaction_id"] for r in listed(runner)] == ["C1"]


def test_a_generic_named_in_content_flags_a_note_that_names_only_the_generic(
    runner, tmp_path, db_path
):
    note = {**NOTES[0], "products": [], "notes": "Her velgatinib pt was hospitalised with a rash."}
    assert runner.invoke(app, ["ingest", str(write(tmp_path / "a", [note]))]).exit_code == 0
    assert listed(runner) == []  # velgatinib reads as another company's drug
    content = tmp_path / "b" / "content.json"
    content.parent.mkdir()
    piece = {
        "content_id": "P1",
        "title": "Zelvora dosing guide",
        "audience": "commercial",
        "approval_code": "US-1",
        "approved_on": "2026-01-01",
        "products": ["Zelvora"],
        "body": "Zelvora (velgatinib) is taken once daily.",
    }
    content.write_text(json.dumps([piece]))
    assert runner.invoke(app, ["ingest", str(content.parent)]).exit_code == 0
    assert [(r["interaction_id"], r["product"]) for r in listed(runner)] == [("C1", "Zelvora")]


def test_dry_run_stores_no_flags(runner, tmp_path, db_path):
    data = write(tmp_path / "data", NOTES)
    assert runner.invoke(app, ["ingest", str(data)]).exit_code == 0
    db = store.open_store(db_path)
    before = db.execute("SELECT COUNT(*) FROM safety_flags").fetchone()[0]
    changed = [dict(n) for n in NOTES]
    changed[2]["notes"] = "A patient on Zelvora developed jaundice."
    write(tmp_path / "data", changed)
    assert runner.invoke(app, ["ingest", str(data), "--dry-run"]).exit_code == 0
    assert db.execute("SELECT COUNT(*) FROM safety_flags").fetchone()[0] == before


def test_service_reports_the_same_as_the_cli(flagged):
    report = service.safety_report(
        flagged, role="rep", as_of=date(2026, 11, 23), now=datetime(2026, 11, 30, tzinfo=UTC)
    )
    assert [f["interaction_id"] for f in report.flags] == ["C1"] and report.hidden == 1


def test_hearsay_leaves_the_reporter_element_missing():
    result = found("Heard from a colleague that a patient on Veltrana was hospitalised.")
    assert result.findings and result.elements["reporter"] is False


def test_a_change_to_the_detector_code_rechecks_every_note(tmp_path, monkeypatch):
    from prepcli.ingest import safety_flags

    before = safety_flags._basis(PRODUCTS)
    changed = tmp_path / "safety.py"
    changed.write_text(Path(safety.__file__).read_text() + "\n# a rule changed\n")
    monkeypatch.setattr(safety, "__file__", str(changed))
    assert safety_flags._basis(PRODUCTS) != before
