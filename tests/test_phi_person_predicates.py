"""One capitalised word no list knows, which the tagger reads as a name, where the sentence gives
it a person's part (``person_slots.person_context``): before what only a person is or undergoes,
before a record number's key, alone under a closing. Shapes from the perturbation sets'
development halves (built from the external set's tune part); the hints stand in for the
tagger's."""

from __future__ import annotations

import pytest

from prepcli.phi import Span, find_phi


def _found(text: str, *hinted: str) -> list[str]:
    hints = [Span(text.index(v), text.index(v) + len(v), "PATIENT-NAME") for v in hinted]
    return [text[s.start : s.end] for s in find_phi(text, hints=hints)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Oruvale (SH0670355200) is a 81 Y/O female with chest pain", "Oruvale"),
        ("Tamsiko is from Plotwatt and joined last spring", "Tamsiko"),
        ("Lennon visited hospital on 11/6/2018. V'ISAHIA is the key person", "V'ISAHIA"),
        ("It may be too that Dankovich was influenced by an earlier album", "Dankovich"),
        ("Zelwyn was admitted overnight with chest pain", "Zelwyn"),
        ("Le Dr Dubois dit que Waldowski supporte bien Cardelis depuis mars", "Waldowski"),
        ("Antecedentes familiares: Taine es la mayor de dos hijas", "Taine"),
        ("Tilstand ved innleggelsen:\nİsra ble innlagt med forhøyet hjertefrekvens", "İsra"),
        ("RE: Velagic Medical  Record #: 3572-42-40", "Velagic"),
        ("RE: Dumanlı MR#:  178-83-87-2", "Dumanlı"),
        ("Phone (847) 555-6611.\nThanks,\nSkylen\nAccount NB-ACCT-00991", "Skylen"),
        # a header's "SURNAME,GIVEN" is two words, not one
        ("MCSURDY,SLEIK  WD-2252-42-04-8\nDOB: 31-dec-1987", "MCSURDY,SLEIK"),
    ],
)
def test_an_unknown_word_in_a_persons_part_goes(text: str, name: str):
    assert name in " ".join(_found(text, name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"I\'m glad to hear it is moving in that direction," says Convey.', "Convey"),
        ('"We liked it," said Cade-short.', "Cade-short"),
        ("Kids & Family, Mystery\nDirected By:    Aria W Sorscher", "Aria W Sorscher"),
        ("Producer Immaculate Nxamalala explained to the station", "Immaculate Nxamalala"),
    ],
)
def test_a_capitalised_everyday_word_in_a_persons_part_goes(text: str, name: str):
    # "Convey", "Aria", "Immaculate" are English words: in a person's place with the tagger's
    # reading they are a name, as a lower-case word is after "patient"
    assert name not in " ".join(_found(text))
    assert name in " ".join(_found(text, name))


@pytest.mark.parametrize(
    ("text", "hinted"),
    [
        # a company's or a place's word after "of", "from": what follows does not make it a person
        ("Renee Bordash of Guidestar asked for the slides.", "Guidestar"),
        ("Sjúrder from Tórshavn is from the islands, she says", "Tórshavn"),
        # what a brand or a company does
        ("Neurevia was approved in May for the older patients", "Neurevia"),
        ("Planetecosystems is the brainchild of our three founders", "Planetecosystems"),
        # a closing with more on the name's line, or a word under no closing
        ("Phone (847) 555-6611.\nNeurevia\nAccount NB-ACCT-00991", "Neurevia"),
        # an everyday word the tagger reads as a name, in no person's place
        ("Convey the new dosing card to the team", "Convey"),
    ],
)
def test_an_unknown_word_outside_a_persons_part_stays(text: str, hinted: str):
    assert hinted not in " ".join(_found(text, hinted))
