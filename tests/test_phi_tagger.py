"""The learned tagger's hints: from probabilities to spans (pure), how the rules filter and add
them (``find_phi``'s ``hints``), and the ingest path that passes them. A fake tagger stands in
for the model everywhere but the one test marked ``integration``."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from prepcli import store
from prepcli.ingest.run import ingest
from prepcli.phi import Span, find_phi, scrub
from prepcli.phi.tagger import CLASSES, hint_shaped, hint_spans

HCPS = (
    "hcp_id,name,npi,specialty,institution,city,state,country,segment,preferred_channel,"
    "email_consent,territory,restricted_products,do_not_contact\n"
    "H1,Dr. Ana Okafor,2160363232,Medical Oncology,Boston Cancer Institute,Boston,MA,US,KOL,"
    "in_person,true,ONC-NE-03,,false\n"
)


def _probs(text: str, marks: dict[str, str]) -> np.ndarray:
    """Per-character probabilities with each marked substring certain of its class."""
    probs = np.zeros((len(text), len(CLASSES)), dtype=np.float32)
    probs[:, 0] = 1.0
    for value, kind in marks.items():
        start = text.index(value)
        probs[start : start + len(value)] = 0.0
        probs[start : start + len(value), CLASSES.index(kind)] = 1.0
    return probs


def _hint(text: str, value: str, kind: str) -> Span:
    start = text.index(value)
    return Span(start, start + len(value), kind)


def test_hint_spans_are_words_over_the_threshold_joined_across_punctuation():
    text = "Spoke with Tevita Fifita at 8 Banksia Cres, Logan QLD 4114 today."
    probs = _probs(
        text, {"Tevita Fifita": "PATIENT-NAME", "8 Banksia Cres, Logan QLD 4114": "ADDRESS"}
    )
    spans = hint_spans(text, probs, 0.8)
    assert [(text[s.start : s.end], s.type) for s in spans] == [
        ("Tevita Fifita", "PATIENT-NAME"),
        ("8 Banksia Cres, Logan QLD 4114", "ADDRESS"),
    ]
    # under the threshold, nothing
    assert hint_spans(text, probs * 0.5 + np.eye(len(CLASSES))[0] * 0.5, 0.8) == []


def test_an_address_hint_runs_on_over_its_lines_and_a_name_does_not():
    text = "Ship to:\nPSC 6293, Box 8158\nAPO AP 04336\nAmy Li\nJo Wu"
    probs = _probs(text, {"PSC 6293, Box 8158": "ADDRESS", "APO AP 04336": "ADDRESS"})
    probs[text.index("Amy") : len(text)] = _probs(text, {"Amy Li\nJo Wu": "PATIENT-NAME"})[
        text.index("Amy") :
    ]
    spans = hint_spans(text, probs, 0.8)
    assert [(text[s.start : s.end], s.type) for s in spans] == [
        ("PSC 6293, Box 8158\nAPO AP 04336", "ADDRESS"),
        ("Amy Li", "PATIENT-NAME"),
        ("Jo Wu", "PATIENT-NAME"),
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a CJK label glued to its value
        ("- 患者名：斎藤 義雄\n- 患者ID：CT-THX-1970", "斎藤 義雄"),
        ("民眾：LOKSHIN。醫師：恩。", "LOKSHIN"),  # CJK punctuation parts words as a space does
    ],
)
def test_a_hint_ends_at_cjk_punctuation(text: str, value: str):
    spans = hint_spans(text, _probs(text, {value: "PATIENT-NAME"}), 0.5)
    assert [text[s.start : s.end] for s in spans] == [value]


def test_a_label_glued_to_the_rules_name_is_no_name_and_a_glued_name_still_goes():
    # the hint takes the word "name=Eduardo" whole; the rules take the name, not its label
    text = "pubpid=4471; name=Eduardo Perez; ss=234567891"
    hint = _hint(text, "name=Eduardo Perez", "PATIENT-NAME")
    assert ("Eduardo Perez", "PATIENT-NAME") in _found(text, [hint])
    assert not any(value.startswith("name") for value, _ in _found(text, [hint]))
    # where the rules find nothing the hint's word stays whole: a speaker glued to the line
    text = 'Kiti: "Who are you?"\nQorvik:"I\'m her daughter".'
    hint = _hint(text, "Qorvik:\"I'm", "PATIENT-NAME")
    assert any(value.startswith("Qorvik") for value, _ in _found(text, [hint]))


def test_hint_spans_leave_what_the_rules_find_alone():
    # dates of birth, record numbers and the like are the rules' ("OTHER" is never hinted)
    text = "MRN 00458812 on file."
    assert hint_spans(text, _probs(text, {"00458812": "OTHER"}), 0.5) == []


@pytest.mark.parametrize(
    ("value", "kind", "shaped"),
    [
        ("0412 555 991", "PHONE", True),
        ("2025-03-21", "PHONE", False),  # a date has a phone's digits
        ("12345", "PHONE", False),
        ("402,861.66", "PHONE", False),  # a sum of money
        ("2019-12-01T06:00:00.000+0600", "PHONE", False),  # a timestamp
        ("12 Oak Street", "ADDRESS", True),
        ("Central Park West at 79th Street", "ADDRESS", True),
        ("London SW1A 1AA", "ADDRESS", True),
        ("Poster, ESMO 2026", "ADDRESS", False),  # a year is no house number
        ("Toronto", "ADDRESS", False),
        ("Mary Smith", "PATIENT-NAME", True),
        ("PALLAS-2", "PATIENT-NAME", False),  # a study's code
        ("HORIZON-CV", "PATIENT-NAME", False),
        ("HANLEY-MCCUE", "PATIENT-NAME", True),  # a double-barrelled name in capitals
    ],
)
def test_a_hint_standing_alone_has_its_types_shape(value, kind, shaped):
    assert hint_shaped(value, Span(0, len(value), kind)) is shaped


def test_a_number_after_a_currency_sign_is_no_phone():
    text = "the master awarded a $4028616 verdict"
    assert not hint_shaped(text, _hint(text, "4028616", "PHONE"))


def _found(text: str, hints: list[Span], **kwargs) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.type) for s in find_phi(text, hints=hints, **kwargs)]


def test_a_hinted_name_the_rules_missed_goes():
    text = "great speaking with qorvik tandelu, see you next week."
    assert ("qorvik tandelu", "PATIENT-NAME") not in _found(text, [])
    hint = _hint(text, "qorvik tandelu", "PATIENT-NAME")
    assert _found(text, [hint]) == [("qorvik tandelu", "PATIENT-NAME")]
    # one word: only where a name list knows it (no list knows "Liam"; a brand reads the same)
    text = "It was great speaking with you, Robert, see you next week."
    assert ("Robert", "PATIENT-NAME") in _found(text, [_hint(text, "Robert", "PATIENT-NAME")])
    # a given name in lower case, as nursing notes write a relative's
    text = "social: dtr suzette in contact by phone, plans visit."
    assert ("suzette", "PATIENT-NAME") in _found(text, [_hint(text, "suzette", "PATIENT-NAME")])
    # a listed given name that is also an everyday word, opening its sentence
    text = "Spoke to the office. Mark has emailed twice about the refill."
    assert ("Mark", "PATIENT-NAME") in _found(text, [_hint(text, "Mark", "PATIENT-NAME")])


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Have you been to a Wren N Albright gig before?", "Wren N Albright"),
        ("the album also features Halden T Crossley. Worth a listen.", "Halden T Crossley"),
        ("Renner K Osei will be presenting at the meeting", "Renner K Osei"),
        # a listed name in capitals in a note that is not
        ("INJ STYLO: 1/sem sur 3 mois NORA Lindqvist 9 0 3 2 0 1 5", "NORA Lindqvist"),
        ("Delivery for CARL Brennick re: missed Kyraxa shipment", "CARL Brennick"),
        # a generation's suffix
        ("hub case for dorit von der waalen III still pending", "dorit von der waalen III"),
        # a given name that is a word, beside a listed surname
        ("songwriter Adorable Hartman employs corporate lingo", "Adorable Hartman"),
    ],
)
def test_a_hinted_names_initial_capitals_or_word_are_its_own(text: str, value: str):
    """An initial ("T") or a short word in capitals ("NORA") reads as an acronym, a capitalised
    word ("Adorable") as a word, and one word that no name's can be voids a hinted name; beside
    the name's other words each is the name's own (an initial; a name a list holds; a word
    beside a listed name)."""
    assert (value, "PATIENT-NAME") not in _found(text, [])
    assert (value, "PATIENT-NAME") in _found(text, [_hint(text, value, "PATIENT-NAME")])


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Going forward, I advise Rhys to keep the diary.", "Rhys"),
        ("It was good to see you, Zara, and the inhaler log.", "Zara"),
    ],
)
def test_a_hinted_given_name_frequent_in_english_text_stands_alone(text: str, value: str):
    """The name lists leave out given names frequent in English text; hinted alone, one is a
    person's name, not a brand's no list knows."""
    assert (value, "PATIENT-NAME") in _found(text, [_hint(text, value, "PATIENT-NAME")])


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # in lower case, a census given name and a listed surname that is also a word
        ("forward to brian potter tonight", "brian potter"),
        ("call melissa kellgren perry", "melissa kellgren perry"),
        ("send an email to harold and bob kappus about lunch", "bob kappus"),
        ("phone felipe joao de almeida", "felipe joao de almeida"),
        # a name no list knows where only a person stands
        ('Ellery shouted at Wangarei: "What are you doing here?"', "Wangarei"),
        ("a comedy directed by Tolu Adebayo and starring Okonjo", "Okonjo"),
        ("Thanks Thanmai for the forms", "Thanmai"),
        ("I would like to transfer 50$ to Joschka", "Joschka"),
        ("hi my name is nivetha and i need my refill", "nivetha"),
        ("Outside the workshop, Darwin is a husband to Sara.", "Darwin"),
        ("Tran: What a wife.\nWindsor: Remember me, Khailey? I was here.", "Khailey"),
        ('Maiyo: "Who are you?"\nCalvince: "I am her son."', "Maiyo"),
        # words after a patient's word, one of them an everyday word
        ("Patient Cadence Kyle-Erdrich DN 22/09/1983 - dossier PSP ouvert", "Cadence Kyle-Erdrich"),
        ("pt samba aw and his wife both enrolled in the PSP", "samba aw"),
        # a closing initial keeps its full stop
        ("Follow-up care for 50yo male Sione B., post-op knee.", "Sione B."),
    ],
)
def test_a_hinted_name_stands_in_lower_case_where_only_a_person_does_or_with_its_initial(
    text: str, value: str
):
    """A hinted name the filters would read as everyday words or a brand stands where its
    words or its place make it a person's; the scrubber removes the initial's full stop too."""
    assert (value, "PATIENT-NAME") in _found(text, [_hint(text, value, "PATIENT-NAME")])


@pytest.mark.parametrize(
    ("text", "value", "kwargs"),
    [
        # a clinician's name, by title or from the HCP table
        ("Met Dr. Ana Okafor about the registry.", "Ana Okafor", {}),
        ("Ana Okafor asked about the registry.", "Ana Okafor", {"clinicians": {"Ana", "Okafor"}}),
        # a brand no list knows, a payer, a study's code
        ("Neurevia vs Mignova at the formulary meeting.", "Mignova", {}),
        ("BlueHarbor denied the last 2 prior authorizations.", "BlueHarbor", {}),
        # a company's possessive
        ("Teva's generic and Sandoz's biosimilar both launched.", "Sandoz", {}),
        # ... also after a sentence's capitalised opening word, or said twice
        ("Video call with Dr. Patel. Strong Duralin user.", "Strong Duralin", {}),
        ("pts default to Duralin / Duralin rep in weekly", "Duralin / Duralin", {}),
        ("Walked through the PALLAS-2 curves.", "PALLAS-2", {}),
        # a nursing note's shorthand in lower case, which a surname list may hold
        ("gu: foley to grav. endo: repeat fs 133.", "grav", {}),
        ("Await PT eval. CV: AV paced 71-73.", "eval", {}),
        # ... and a three-letter one that only a noisy given-name list holds
        ("in person - cost obj - says the copay is too high", "obj", {}),
        # an acronym and an everyday lower-case word that name lists hold
        ("Dr Okafor: ASCO booth, ZENITH-1 encore", "booth", {}),
        ("Event - ADA booth, SUMMIT encore.", "ADA", {}),
        # a job title
        ("Dear Hiring Manager, I am applying.", "Hiring Manager", {}),
        # a letter alone: a form's sex, an outline's point
        ("Fecha de nacimiento: 17/09/1948. Sexo: M.", "M.", {}),
        # capitals no list holds beside a surname
        ("Pt on HOLD Dunmore list", "HOLD Dunmore", {}),
        # a capitalised word beside a word no list holds: a brand's name
        ("The Regional Mignova launch moved to May.", "Regional Mignova", {}),
        # lower-case words a given-name list holds only as words, and a label that is no
        # dialogue's speaker
        ("bill payment is overdue", "bill payment", {}),
        ("she wore the jean jacket to the clinic", "jean jacket", {}),
        ("the brand name is Mignova in the EU", "Mignova", {}),
        # a program's name for a field (blind32: a vaccination app's records)
        ('lastName: "Mills",\n dateOfBirth: "1997-06-28",', "dateOfBirth", {}),
        ('Lumexa: "first-line" claim not approved yet.', "Lumexa", {}),
        ("Do you stock it for me, Mignova rep?", "Mignova", {}),
        # a brand a name list holds, and the catalogue's own product (blind35: a rep's call)
        ("I've heard about Humira, but I'd like to know more.", "Humira", {}),
        ('"name": "Humira Complete", "phone": "1-800-4HUMIRA"', "Humira Complete", {}),
        ("Rosalind Valdara samples left with the nurse.", "Valdara", {"keep": {"Valdara"}}),
    ],
)
def test_a_hinted_name_the_rules_protect_or_no_list_knows_stays(text, value, kwargs):
    assert _found(text, [_hint(text, value, "PATIENT-NAME")], **kwargs) == _found(
        text, [], **kwargs
    )


def test_a_hinted_name_is_cut_around_a_products_word():
    text = "Good news: Jane Pirrell Humira refill approved."
    assert ("Jane Pirrell", "PATIENT-NAME") in _found(
        text, [_hint(text, "Jane Pirrell Humira", "PATIENT-NAME")]
    )


def test_a_patients_cue_wins_over_the_hcp_table_for_a_hint():
    text = "patient Maria Lee called about the co-pay card"
    found = _found(text, [_hint(text, "Maria Lee", "PATIENT-NAME")], clinicians={"Maria", "Lee"})
    assert ("Maria Lee", "PATIENT-NAME") in found


def test_a_hint_widens_the_rules_span_of_its_type_and_never_displaces_one():
    text = "Contact: Bongani Zulu 083 555 0134"
    rules = _found(text, [])
    # the tagger reads the name's last word into the phone: the rules' name stays whole
    hinted = _found(text, [_hint(text, "Zulu 083 555 0134", "PHONE")])
    assert ("Bongani Zulu", "PATIENT-NAME") in rules
    assert ("Bongani Zulu", "PATIENT-NAME") in hinted
    # a phone's area code the rules left joins their phone
    text = "callback 0412 555 991 - thanks"
    rules_phone = [v for v, t in _found(text, []) if t == "PHONE"]
    hinted_phone = [
        v for v, t in _found(text, [_hint(text, "0412 555 991", "PHONE")]) if t == "PHONE"
    ]
    assert hinted_phone == ["0412 555 991"]
    assert all(v in "0412 555 991" for v in rules_phone)


def test_a_hinted_phone_keeps_the_bracket_its_area_code_opens_with():
    text = "PSP callback list: Rozalija Bracha (5555) 555-1111 - number looks wrong"
    # whether the tagger's span holds the "(" or trims it
    for value in ("(5555) 555-1111", "5555) 555-1111"):
        assert ("(5555) 555-1111", "PHONE") in _found(text, [_hint(text, value, "PHONE")])


def test_scrub_uses_the_hints_on_the_text_as_given():
    text = "Spoke with Tevita Fifita today."
    result = scrub(text, hints=[_hint(text, "Tevita Fifita", "PATIENT-NAME")])
    assert result.text == "Spoke with [PATIENT-NAME] today."
    # idempotent: the scrubbed text scrubs to itself
    assert scrub(result.text).text == result.text


def test_ingest_passes_each_notes_hints_to_the_scrubber(tmp_path: Path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "hcps.csv").write_text(HCPS)
    note = "Dr. Okafor mentioned Tevita Fifita, who asked about the co-pay card."
    (data / "interactions.jsonl").write_text(
        json.dumps(
            {
                "interaction_id": "I1",
                "hcp_id": "H1",
                "date": "2026-11-02T09:00:00Z",
                "channel": "in_person",
                "function": "commercial",
                "notes": note,
            }
        )
        + "\n"
    )
    seen: list[str] = []

    def tagger(text: str) -> list[Span]:
        seen.append(text)
        return [_hint(text, "Tevita Fifita", "PATIENT-NAME")] if "Tevita" in text else []

    db = store.open_store(tmp_path / "s.db")
    try:
        report = ingest(db, [data], tagger=tagger)
        stored = db.execute("SELECT notes FROM interactions").fetchone()[0]
    finally:
        db.close()
    assert note in seen
    assert stored == "Dr. Okafor mentioned [PATIENT-NAME], who asked about the co-pay card."
    assert report.files[-1].phi == {"PATIENT-NAME": 1}


@pytest.mark.integration
def test_the_packaged_tagger_hints_what_the_rules_miss(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    from prepcli.config import DEFAULT_MODEL
    from prepcli.service import get_tagger

    tagger = get_tagger(DEFAULT_MODEL)
    assert tagger is not None
    text = "I spoke with Tevita Fifita, who lives at 8 Banksia Cres, Logan QLD 4114."
    assert [(text[s.start : s.end], s.type) for s in tagger(text)] == [
        ("Tevita Fifita", "PATIENT-NAME"),
        ("8 Banksia Cres, Logan QLD 4114", "ADDRESS"),
    ]
    assert scrub(text, hints=tagger(text)).counts == {"PATIENT-NAME": 1, "ADDRESS": 1}
    # a clinician and a product stay
    text = "Dr. Okafor asked about Veltrana dosing in renal impairment."
    assert scrub(text, hints=tagger(text)).counts == {}


def test_a_persons_possessive_that_shares_a_companys_name_goes():
    text = "Teodor Abbott's carer called about the refill"
    assert ("Teodor Abbott", "PATIENT-NAME") in _found(
        text, [_hint(text, "Teodor Abbott", "PATIENT-NAME")]
    )
