"""Classes from the twenty-third blind set's development half (bench/BLIND23-phi.md: support
calls and chats, voice-assistant commands), written in new words: an e-mail dictated with a real
"@" and a spoken "dot", or typed with its dot lost; an SSN's four digits given right after the
word; an insurer's policy number with words between its label and the number; a lower-case
name that opens its line right before an SSN's or a birth date's word; a phone read out with its
country code's "plus"."""

from __future__ import annotations

import pytest

from prepcli.phi import find_phi


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.type) for s in find_phi(text)]


@pytest.mark.parametrize(
    ("text", "email"),
    [
        ("please mail the form to rhea.v@fastmail dot com tonight", "rhea.v@fastmail dot com"),
        ("her address is t.okoro@uni-med dot co dot uk", "t.okoro@uni-med dot co dot uk"),
        ("my email is dariusk 88 hotmailcom", "dariusk 88 hotmailcom"),
        ("sorry the right one is pmalekgmailcom", "pmalekgmailcom"),
    ],
)
def test_a_dictated_or_glued_email_goes(text: str, email: str) -> None:
    assert (email, "EMAIL") in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "I use the gmail app on my phone",
        "Sent from Outlook dot com web access",
        "the rep said the site is www dot brand dot com",
    ],
)
def test_a_provider_or_spoken_domain_alone_is_no_email(text: str) -> None:
    assert not [value for value, kind in _found(text) if kind == "EMAIL"]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("caller ines ssn 7731 wants the balance", "7731"),
        ("verified, my ssn is 0442", "0442"),
        ("SS# 5519 on file", "5519"),
    ],
)
def test_an_ssns_four_digits_after_the_word_go(text: str, number: str) -> None:
    assert (number, "SSN") in _found(text)


def test_four_digits_with_no_ssn_word_stay() -> None:
    assert _found("see slide 5519 of the deck") == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("the policy number tied to my husband's account is 771203948.", "771203948"),
        ("and the policy number has to be 660193827 for the claim", "660193827"),
    ],
)
def test_a_policy_number_after_words_between_goes(text: str, number: str) -> None:
    assert (number, "MRN") in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "the policy number for this region is under review",
        "plan number one is to call back at 10 mg titration",
    ],
)
def test_a_policy_talk_without_a_number_stays(text: str) -> None:
    assert not [value for value, kind in _found(text) if kind == "MRN"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("call odalys ferreira about the sample", "odalys ferreira"),
        ("send an email to tomasz wielgus re lunch", "tomasz wielgus"),
        ("invite keisha abernathy", "keisha abernathy"),
    ],
)
def test_a_lower_case_name_after_a_command_to_call_or_write_goes(text: str, name: str) -> None:
    assert (name, "PATIENT-NAME") in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "call back tomorrow after clinic",
        "email to the team about lunch",
        "call case management re prior auth",
        "text the office manager",
    ],
)
def test_a_command_to_call_without_a_name_touches_nothing(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "caller says she is at four four two one Magnolia Court, Tulsa, Oklahoma, seven "
            "four one three five.",
            "four four two one Magnolia Court, Tulsa, Oklahoma, seven four one three five",
        ),
        ("he lives at fifty-two dash ten Harbor View Road", "fifty-two dash ten Harbor View Road"),
        (
            "ship it to twelve eighty Lindell Boulevard in Saint Louis Missouri",
            "twelve eighty Lindell Boulevard in Saint Louis Missouri",
        ),
    ],
)
def test_a_house_number_read_out_goes_with_its_street(text: str, address: str) -> None:
    assert (address, "ADDRESS") in _found(text)


@pytest.mark.parametrize(
    "text",
    ["there is one Main Street office and one on Park Avenue", "we have two Pfizer Way sites"],
)
def test_a_count_before_a_street_stays(text: str) -> None:
    assert not [value for value, kind in _found(text) if kind == "ADDRESS"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("okonkwo adaeze ssn 4471", "okonkwo adaeze"),
        ("teresa halloran dob 03/04/1961 wants a callback", "teresa halloran"),
        ("Callback list:\nmiriam tobias, DOB: 1958-02-11", "miriam tobias"),
    ],
)
def test_a_lower_case_pair_before_an_identifiers_word_goes(text: str, name: str) -> None:
    assert (name, "PATIENT-NAME") in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "the echo shows dob 1/2/1960 on file",
        "check labs dob 1/2/1960",
        "follow up ssn 4471 verified",
        "ok so review labs, dob 1/2/1960 confirmed",
    ],
)
def test_words_before_an_identifiers_word_stay(text: str) -> None:
    assert not [value for value, kind in _found(text) if kind == "PATIENT-NAME"]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        (
            "phone plus four nine seven one one six three six zero five two zero",
            "plus four nine seven one one six three six zero five two zero",
        ),
        (
            "you can reach her on plus four four, seven nine one one, one two three four five six",
            "plus four four, seven nine one one, one two three four five six",
        ),
    ],
)
def test_a_country_codes_plus_said_out_goes_with_its_number(text: str, phone: str) -> None:
    assert (phone, "PHONE") in _found(text)


def test_plus_in_a_sum_or_a_word_stays_out_of_a_number() -> None:
    assert _found("two plus two is four") == []
    text = "surplus four five six seven eight nine one two three four"
    assert ("four five six seven eight nine one two three four", "PHONE") in _found(text)
