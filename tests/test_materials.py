from datetime import date

import numpy as np
import pytest

from prepcli import config
from prepcli.commitments import FollowUp
from prepcli.materials import eligible, recently_shared, recommend

AS_OF = date(2026, 11, 23)
SCOPE = {
    "Medical Oncology": ("NSCLC", "mBC", "breast cancer"),
    "Cardiology": ("HFrEF", "heart failure"),
}


def piece(cid, product=None, indication=None, **kw):
    return {
        "content_id": cid,
        "title": f"Title {cid}",
        "approval_code": f"US-{cid}",
        "expires_on": "2027-06-01",
        "products": [product] if product else [],
        "indications": [indication] if indication else [],
        "channels": ["in_person", "virtual"],
        "kind": "leave_behind",
        **kw,
    }


def visit(iid, day, products, **kw):
    return {
        "interaction_id": iid,
        "date": day,
        "channel": "in_person",
        "function": "commercial",
        "products": products,
        "content_ids": [],
        **kw,
    }


CATALOG = [
    piece("velt", "Veltrana", "2L KRAS G12C NSCLC"),
    piece("kyr", "Kyraxa", "ESR1m HR+/HER2- mBC"),
    piece("card", "Cardelis", "HFrEF"),
    piece("glyv", "Glyvance", "T2D"),
    piece("rheu", "Rheumora", "RA (TNF-IR)"),
    piece("generic-onc", None, "metastatic breast cancer"),
    piece("generic", None, None),
]


def ids(result):
    return sorted(p["content_id"] for p in result.pieces)


def test_oncologist_gets_only_oncology_products_history_or_specialty():
    onc = {"specialty": "Medical Oncology", "email_consent": True}
    result = eligible(CATALOG, onc, [visit("i1", "2026-10-01", ["Veltrana"])], AS_OF, SCOPE)
    # Kyraxa was never discussed but treats breast cancer; a product-less piece is in scope only
    # when its indication fits the specialty.
    assert ids(result) == ["generic-onc", "kyr", "velt"]
    assert result.held_back == {"out_of_scope": 4}
    assert "4 pieces for products outside this HCP's practice not offered" in result.notes[0]


def test_cardiologist_with_a_diabetes_history_never_gets_rheumatology():
    cardio = {"specialty": "Cardiology", "email_consent": True}
    history = [visit("i1", "2026-10-01", ["Cardelis"]), visit("i2", "2026-09-01", ["Glyvance"])]
    result = eligible(CATALOG, cardio, history, AS_OF, SCOPE)
    assert ids(result) == ["card", "glyv"]
    assert result.in_scope == {"Cardelis": "history", "Glyvance": "history"}


def test_unknown_specialty_offers_only_products_already_discussed_and_says_why():
    hcp = {"specialty": "Podiatry", "email_consent": True}
    result = eligible(CATALOG, hcp, [visit("i1", "2026-10-01", ["Glyvance"])], AS_OF, SCOPE)
    assert ids(result) == ["glyv"]
    assert any("not in the scope table" in n for n in result.notes)


def test_email_only_pieces_need_email_consent_on_file():
    pieces = [
        piece("tmpl", "Veltrana", kind="email_template", channels=["email"]),
        piece("both", "Veltrana", channels=["in_person", "email"]),
    ]
    history = [visit("i1", "2026-10-01", ["Veltrana"])]
    base = {"specialty": "Medical Oncology"}
    assert ids(eligible(pieces, {**base, "email_consent": True}, history, AS_OF, SCOPE)) == [
        "both",
        "tmpl",
    ]
    refused = eligible(pieces, {**base, "email_consent": False}, history, AS_OF, SCOPE)
    assert ids(refused) == ["both"] and "no email consent" in refused.notes[0]
    unknown = eligible(pieces, {**base, "email_consent": None}, history, AS_OF, SCOPE)
    assert ids(unknown) == ["both"] and "email consent unknown" in unknown.notes[0]


@pytest.mark.parametrize(
    "spelling",
    [
        {"channels": ["e-mail"]},
        {"channels": ["E-Mail", "Approved Email"]},
        {"kind": "Email_Template", "channels": []},
        {"kind": "email template", "channels": []},
    ],
)
def test_an_email_only_piece_needs_consent_however_it_is_spelled(spelling):
    """Found by an audit on pieces written as a content team writes them: an exact-match check
    let "e-mail" and "Email_Template" pieces reach HCPs with no email consent."""
    pieces = [piece("tmpl", "Veltrana", **spelling)]
    history = [visit("i1", "2026-10-01", ["Veltrana"])]
    for consent in (False, None):
        hcp = {"specialty": "Medical Oncology", "email_consent": consent}
        assert ids(eligible(pieces, hcp, history, AS_OF, SCOPE)) == []


@pytest.mark.parametrize(
    ("restricted", "name"),
    [
        ("Veltrana", "Veltrana®"),
        ("Veltrana", "Veltrana (zoravetinib)"),
        ("Veltrana", "VELTRANA"),
        ("Veltrana", "Veltrana XR"),
        ("zoravetinib", "Veltrana (zoravetinib)"),  # restricted by its generic name
    ],
)
def test_a_restricted_product_is_held_back_under_any_spelling(restricted, name):
    hcp = {
        "specialty": "Medical Oncology",
        "email_consent": True,
        "restricted_products": [restricted],
    }
    result = eligible([piece("v", name, "NSCLC")], hcp, [], AS_OF, SCOPE)
    assert ids(result) == [] and result.held_back == {"restricted": 1}


def test_a_restriction_holds_a_word_not_a_prefix():
    hcp = {"specialty": "Medical Oncology", "email_consent": True, "restricted_products": ["Velt"]}
    result = eligible([piece("v", "Veltrana", "NSCLC")], hcp, [], AS_OF, SCOPE)
    assert ids(result) == ["v"]


def test_a_product_in_scope_by_specialty_brings_only_pieces_for_what_the_specialty_treats():
    """One Cardiozen piece covers cardiotoxicity in breast cancer survivors, which puts Cardiozen
    in an oncologist's scope; its heart-failure leave-behind is still no oncologist's."""
    pieces = [
        piece("hf", "Cardiozen", "HFrEF"),
        piece("cardio-onc", "Cardiozen", indications=["HFrEF", "cardiotoxicity in breast cancer"]),
    ]
    onc = {"specialty": "Medical Oncology", "email_consent": True}
    result = eligible(pieces, onc, [], AS_OF, SCOPE)
    assert ids(result) == ["cardio-onc"]
    assert result.held_back == {"other_indication": 1}
    assert "indications outside this HCP's specialty" in result.notes[0]
    # Discussed with them before, the product is theirs: every piece of it may be offered.
    history = [visit("i1", "2026-10-01", ["Cardiozen"])]
    assert ids(eligible(pieces, onc, history, AS_OF, SCOPE)) == ["cardio-onc", "hf"]


def test_do_not_contact_gets_nothing_and_is_told_why():
    hcp = {"specialty": "Medical Oncology", "email_consent": True, "do_not_contact": True}
    result = eligible(CATALOG, hcp, [], AS_OF, SCOPE)
    assert result.pieces == [] and "asked not to be contacted" in result.notes[0]


def test_restricted_and_recently_shared_are_held_back():
    hcp = {
        "specialty": "Medical Oncology",
        "email_consent": True,
        "restricted_products": ["kyraxa"],
    }
    history = [visit("i1", "2026-11-01", ["Veltrana"], content_ids=["velt"])]
    result = eligible(CATALOG, hcp, history, AS_OF, SCOPE)
    assert ids(result) == ["generic-onc"]
    assert result.held_back == {"restricted": 1, "recently_shared": 1, "out_of_scope": 4}


def test_recently_shared_window_is_sixty_days():
    interactions = [
        {"interaction_id": "i1", "date": "2026-11-01", "content_ids": ["c1"]},
        {"interaction_id": "i2", "date": "2026-05-01", "content_ids": ["c2"]},
    ]
    assert recently_shared(interactions, AS_OF) == {"c1"}


def test_scope_table_is_extended_by_a_user_file(tmp_path, monkeypatch):
    extra = tmp_path / "scope.toml"
    extra.write_text('[specialties]\n"Podiatry" = ["diabetic foot"]\n', encoding="utf-8")
    monkeypatch.setenv("PREPCLI_SCOPE", str(extra))
    table = config.specialty_scope()
    assert table["Podiatry"] == ("diabetic foot",) and "Cardiology" in table
    extra.write_text("[specialties\n", encoding="utf-8")
    with pytest.raises(config.PrepError, match="not valid TOML"):
        config.specialty_scope()


def fu(text, product, kind, day="2026-11-10", source="follow_up", function="commercial"):
    return FollowUp("i9", day, text, None, False, source, function, product, kind)


def rank(pieces, interactions, follow_ups, role="rep", scope=None):
    return recommend(
        pieces,
        np.zeros((len(pieces), 0), dtype=np.float32),
        None,
        interactions,
        follow_ups,
        AS_OF,
        role=role,
        scope=scope,
    )


def test_a_piece_answers_a_follow_up_only_for_that_kind_and_product():
    reprint = piece("r", "Veltrana", title="ZENITH-1 Primary Publication (Reprint)", kind="reprint")
    pa_guide = piece("pa", "Veltrana", title="Veltrana Prior Authorization and Access Guide")
    other = piece("r2", "Kyraxa", title="PALLAS-2 Primary Publication (Reprint)", kind="reprint")
    history = [visit("i1", "2026-11-10", ["Veltrana"], subject="Dosing")]
    picks = rank(
        [reprint, pa_guide, other],
        history,
        [
            fu("Send ZENITH-1 reprint", "Veltrana", "reprint"),
            fu("Drop off dosing cards", "Veltrana", "dosing_card"),
        ],
    )
    by_id = {r.content_id: r.reason for r in picks}
    assert by_id["r"].startswith("answers the open follow-up \u201cSend ZENITH-1 reprint\u201d")
    assert "Veltrana" in by_id["r"] and "2026-11-10" in by_id["r"]
    # The PA guide is not justified by a dosing-card follow-up, nor Kyraxa's reprint by Veltrana's.
    assert "answers" not in by_id.get("pa", "") and "answers" not in by_id.get("r2", "")


def test_a_patient_guide_does_not_answer_a_dossier_request():
    guide = piece("g", "Veltrana", title="Starting Veltrana: A Guide for Patients")
    picks = rank([guide], [], [fu("Confirm dossier received by the pharmacy", "Veltrana", None)])
    assert picks == []


def test_evidence_names_date_age_and_product_and_expires_after_a_year():
    guide = piece("pa", "Veltrana", title="Veltrana Prior Authorization and Access Guide")
    recent = visit("i1", "2026-10-26", ["Veltrana"], notes="BlueHarbor denied 3 PAs this month.")
    picks = rank([guide], [recent], [])
    assert picks[0].reason == (
        "for Veltrana: your 2026-10-26 in person note (4 weeks ago) says "
        "\u201cBlueHarbor denied 3 PAs this month.\u201d"
    )
    assert picks[0].evidence_id == "i1"
    old = visit("i1", "2025-06-01", ["Veltrana"], notes="BlueHarbor denied 3 PAs this month.")
    assert rank([guide], [old], []) == []


def test_new_product_in_specialty_scope_says_so():
    kyr = piece("kyr", "Kyraxa", "ESR1m HR+/HER2- mBC")
    picks = rank([kyr], [], [], scope={"Kyraxa": "specialty"})
    assert "not discussed with this HCP yet" in picks[0].reason


def test_msl_gets_a_response_letter_only_for_an_open_question_it_answers():
    letter = piece(
        "srl",
        "Veltrana",
        title="Standard Response: Veltrana in Renal Impairment",
        kind="response_letter",
    )
    msl_row = visit("m1", "2026-11-01", ["Veltrana"], function="medical", notes="Renal dosing Q.")
    assert rank([letter], [msl_row], [], role="msl") == []
    question = fu(
        "What is the Veltrana dose for a patient with CrCl of 25 mL/min?",
        "Veltrana",
        "renal_letter",
        source="inquiry",
        function="medical",
    )
    picks = rank([letter], [msl_row], [question], role="msl")
    assert picks[0].reason.startswith("answers the open question")


def test_expiring_soon_is_marked():
    p = piece("c2", "Veltrana", expires_on="2026-12-10")
    picks = rank([p], [visit("i1", "2026-11-01", ["Veltrana"])], [])
    assert picks[0].expiring_soon


def test_markdown_escaping_keeps_data_inert():
    from prepcli.render import md

    assert md('=HYPERLINK("http://x","y")').startswith("\\=")
    assert md("# heading") == "\\# heading" and md("1. item") == "1\\. item"
    assert md("[l](u) <b> a|b") == "\\[l\\](u) \\<b> a\\|b"
    assert md("HR+/HER2- (0.55) $25 #1") == "HR+/HER2- (0.55) $25 #1"
    assert md("line\nbreak") == "line break" and md(None) == "-"


def test_email_only_pieces_rank_after_what_can_be_handed_over_and_filler_is_dropped():
    efficacy = piece("eff", "Veltrana", title="Veltrana Efficacy Overview: ZENITH-1 Results")
    email = piece(
        "mail",
        "Veltrana",
        title="Veltrana Approved Email: ZENITH-1 Highlights",
        kind="email_template",
        channels=["email"],
    )
    pa = piece("pa", "Veltrana", title="Veltrana Prior Authorization and Access Guide")
    dosing = piece("dose", "Veltrana", title="Veltrana Dosing and Administration Card")
    safety = piece("safe", "Veltrana", title="Veltrana Safety Profile Summary")
    note = visit(
        "i1",
        "2026-11-10",
        ["Veltrana"],
        notes="Engaged on the ZENITH-1 results. BlueHarbor denied 3 PAs. Asked about the dose.",
    )
    picks = [r.content_id for r in rank([email, efficacy, pa, dosing, safety], [note], [])]
    assert picks.index("eff") < picks.index("mail")
    # Three pieces answer something in the note: the safety summary, whose only reason would
    # be that Veltrana came up, is left out.
    assert "safe" not in picks


def test_an_outbound_email_is_not_evidence_of_need():
    pa = piece("pa", "Veltrana", title="Veltrana Prior Authorization and Access Guide")
    sent = visit("e1", "2026-11-10", ["Veltrana"], channel="email", notes="Email on formulary.")
    assert rank([pa], [sent], []) == []


def test_a_promise_for_another_piece_is_not_evidence():
    subgroup = piece(
        "sg", "Veltrana", title="ZENITH-1 Subgroup Analyses: brain metastases", kind="reprint"
    )
    note = visit("m1", "2026-11-02", ["Veltrana"], notes="Will send the ZENITH-1 publication.")
    [pick] = rank([subgroup], [note], [])
    assert "Will send" not in pick.reason and "no specific request" in pick.reason
