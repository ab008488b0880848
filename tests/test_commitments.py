from datetime import date

from prepcli import commitments

AS_OF = date(2026, 11, 23)


def row(iid, day, channel="in_person", function="commercial", **kw):
    return {
        "interaction_id": iid,
        "date": day,
        "channel": channel,
        "function": function,
        "products": ["Veltrana"],
        **kw,
    }


REPRINT = {
    "content_id": "c1",
    "title": "ZENITH-1 Primary Publication (Reprint)",
    "kind": "reprint",
    "products": ["Veltrana"],
}


def test_recorded_and_note_commitments_overdue_first():
    rows = [
        row("a", "2026-10-01", follow_up="Send the PALLAS reprint", follow_up_due="2026-10-15"),
        row("b", "2026-11-01", follow_up="Bring dosing card", follow_up_due="2026-12-01"),
        row("c", "2026-11-10", notes="Good chat. Promised to send the formulary kit. Bye."),
        row("d", "2026-11-11", follow_up="Done already", status="closed"),
        row("e", "2025-01-10", notes="Promised to send something long ago."),
    ]
    found = commitments.follow_ups(rows, AS_OF)
    assert [f.interaction_id for f in found] == ["a", "b", "c"]
    assert found[0].overdue and not found[1].overdue
    assert found[2].source == "note" and "formulary kit" in found[2].text


def test_the_same_commitment_twice_is_one_entry_with_both_dates():
    rows = [
        row("a", "2026-09-01", follow_up="Send ZENITH-1 reprint", follow_up_due="2026-09-15"),
        row("b", "2026-11-10", notes="Promised to send the ZENITH-1 reprint."),
    ]
    [entry] = commitments.follow_ups(rows, AS_OF)
    assert entry.dates == ("2026-09-01", "2026-11-10")
    assert entry.record_ids == ("a", "b")
    assert entry.text == "Send ZENITH-1 reprint" and entry.kind == "reprint"
    assert entry.product == "Veltrana" and entry.overdue and entry.due == "2026-09-15"


def test_closed_when_a_later_interaction_delivers_it():
    made = row("a", "2026-10-01", follow_up="Send ZENITH-1 reprint", follow_up_due="2026-10-15")
    shared = row("b", "2026-10-20", "email", content_ids=["c1"])
    opened, closed = commitments.commitments([made, shared], AS_OF, {"c1": REPRINT})
    assert opened == [] and closed[0].closed_by == "b"


def test_samples_promised_are_closed_by_a_sample_drop():
    rows = [
        row("a", "2026-10-01", follow_up="Sample drop", follow_up_due="2026-10-08"),
        row("b", "2026-10-06", "sample_drop"),
    ]
    assert commitments.follow_ups(rows, AS_OF) == []


def test_a_note_saying_it_was_sent_closes_it_but_not_another_product():
    rows = [
        row("a", "2026-10-01", follow_up="Drop off dosing cards", follow_up_due="2026-10-08"),
        row("b", "2026-10-10", products=["Kyraxa"], notes="Dropped off dosing cards."),
    ]
    assert len(commitments.follow_ups(rows, AS_OF)) == 1
    rows.append(row("c", "2026-10-12", notes="Left 4 dosing cards at the front desk."))
    assert commitments.follow_ups(rows, AS_OF) == []


def test_shorthand_commitments_in_notes_are_found():
    note = (
        "PA denied x3 @ BlueHarbor / f/u: drop off LMN template. To do: check appeal outcome. "
        "Next time bring the ZENITH-1 reprint."
    )
    assert commitments.commitments_in(note) == [
        "Drop off LMN template",
        "Check appeal outcome",
        "Bring the ZENITH-1 reprint",
    ]


def test_a_request_already_handled_in_the_same_sentence_is_not_open():
    note = "Health-system pharmacy asked for the dossier; routed the request to Account Management."
    assert commitments.commitments_in(note) == []


def test_open_medical_inquiry_is_an_open_question():
    inquiry = row(
        "q",
        "2026-11-15",
        "medical_inquiry",
        "medical",
        status="open",
        notes="Source: phone.\nQ: What is the Veltrana dose for CrCl of 25 mL/min?\nA: pending",
    )
    [f] = commitments.follow_ups([inquiry], AS_OF)
    assert f.source == "inquiry" and f.kind == "renal_letter" and f.function == "medical"


def test_a_promise_is_not_met_by_the_call_that_made_it_but_a_request_can_be():
    promise = row("a", "2026-11-01", notes="Dropped 6 vouchers of Veltrana. To do: sample drop.")
    [f] = commitments.follow_ups([promise], AS_OF)
    assert f.text == "Sample drop" and f.kind == "samples"
    asked = row(
        "b",
        "2026-11-02",
        "sample_drop",
        notes="Sample request: Dr. X wants starter-supply vouchers so new patients start today.",
    )
    assert commitments.follow_ups([asked], AS_OF) == []


def test_delivery_lines_and_asides_are_not_commitments():
    note = (
        "Shared: Kyraxa Prior Authorization and Access Guide (promised on 2026-11-16). "
        "Dropped off the samples promised on 2026-11-19. She wants to present it at journal club. "
        "The pharmacy wants a budget-impact model."
    )
    assert commitments.commitments_in(note) == []
    assert commitments.commitments_in("Dr. X wants a laminated dosing card.") == [
        "Dr. X wants a laminated dosing card"
    ]


def test_a_note_reporting_the_promised_samples_closes_the_promise():
    rows = [
        row("a", "2026-11-19", follow_up="Order more samples", follow_up_due="2026-12-06"),
        row("b", "2026-11-20", "virtual", notes="Dropped off the samples promised on 2026-11-19."),
    ]
    opened, closed = commitments.commitments(rows, AS_OF)
    assert opened == [] and closed[0].closed_by == "b"


def test_kits_and_speaker_requests_are_not_met_by_a_leaflet_or_an_invitation():
    overview = {
        "content_id": "psp",
        "title": "VeltranaConnect Patient Support Program Overview",
        "kind": "leave_behind",
        "products": ["Veltrana"],
    }
    invite = {
        "content_id": "inv",
        "title": "Invitation: Veltrana Speaker Program",
        "kind": "email_template",
        "products": ["Veltrana"],
    }
    rows = [
        row("a", "2026-10-01", notes="Next time bring VeltranaConnect enrollment kits."),
        row("b", "2026-10-02", notes="Dr. X asked to be considered as a speaker for the bureau."),
        row("c", "2026-10-20", content_ids=["psp", "inv"]),
    ]
    found = commitments.follow_ups(rows, AS_OF, {"psp": overview, "inv": invite})
    assert sorted(f.kind for f in found) == ["enrollment_kit", "speaker_bureau"]
