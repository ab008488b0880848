# ruff: noqa: E501 - one snippet per line reads best
"""Helper b17's classes (issue 18): continental and New Zealand address layouts that blind17's
development half showed missing, letters' signatures, emails written or glued as exports do,
Korean names in Latin letters and Filipino surname particles. Every snippet here is written for this file, in the class's shape with other values; marks
as in bench/blind_phi_marks.py ({A|..} address, {N|..} patient's name, {E|..} email, {S|..}
SSN, {H|..} clinician, {I|..} kept on purpose). Snippets with no mark must stay untouched.
"""

from __future__ import annotations

import pytest

from tests.phi_marked import assert_identifiers_go_and_clinicians_stay

CASES: list[str] = [
    # a Dutch postcode written without its space and closed by a form's comma
    "{A|Prinsengracht 5, 1015DZ, Amsterdam}",
    "Pt moved to {A|Nieuwstraat 8, 6511 PX, Nijmegen} in March.",
    # a street grown into its street word, alone with its number
    "{A|Kirkeveien 7}",
    "{A|Lindengracht 40}",
    # a Norwegian street's part after its name
    "{A|Strandgade søndre 3}",
    "Pt flyttet til {A|Elvegata øvre 12, 7010 Trondheim}.",
    # Norway's "gt." for gate
    "Pt moved to {A|Kirkegt. 12B, 4006 Stavanger}.",
    # a Dutch floor after the number
    "Her address is {A|Kalverstraat 92-3hg, 1012 PH Amsterdam}.",
    # Czech and Slovak: the town first, then the street and its number
    "{A|Olomouc, Palackého 14/2}",
    "Adresa pacienta:\n{A|Praha 2, Vinohradská 12}",
    "{A|Bratislava, Obchodná 2}",
    # a house number right before a Portuguese or Brazilian postcode and its town
    "{A|Av Almirante Reis 58 1150-019 Lisboa}",
    "Nova morada: {A|Rua dos Anjos 45 1150-036 Lisboa}",
    "{A|Rua Augusta 10, 01310-100 São Paulo}",
    # a Polish postcode closing the line with no town
    "{A|Kwiatowa 3, 05-077}",
    # streets whose name is their only word
    "{A|33 Broadway}",
    "Moved to {A|9 Kingsway, Hove}.",
    "{A|4 Esplanade, Hamburg}",
    # a Russian or Ukrainian town before the street
    "Адрес: {A|г. Казань, ул. Баумана, д. 7}",
    # a letter's closing, blank lines before the name
    "Looking forward to it.\n\nAll the best,\n\n{N|Tomas}\nPatient Services",
    "Best wishes,\n{N|Priya}",
    # a signature with no closing: a listed given name alone on its line
    "Thanks for the update on the refill.\n\n{N|Olga}\n",
    "ok see below\n\n\n   {N|Dmitri}\n more notes",
    # a real "@" with the domain's dots spelled out; an email glued to the next value
    "Contact: {E|mark.lee@example[DOT]com} for the forms",
    "write to {E|lena@mail (dot) co (dot) uk} today",
    "{E|mary@foo.org}{S|321-54-9876}",
    # a Korean name in Latin letters, either order, a possessive after it
    "Records show that {N|Ji-hoon Park} missed two appointments.",
    "{N|Lee Seo-yeon} asked for a refill.",
    "The weight of {N|Park Min-ho}'s son went up.",
    "Met {N|Lee Seo-yeon} and Dr. {H|Lee} at the booth.",
    "Dr. {H|Park Ji-hoon} reviewed the scan.",
    # Filipino particles
    "The account of {N|Jose dela Cruz} is overdue.",
    "{N|Ana delos Santos} called twice.",
    # look-alikes that stay
    "We need to re-do the form before Friday.",
    "The yo-yo dosing worried the team.",
    "Boston, Ward 4",
    "Paris, Room 12",
    "Dose 10 1000-200 Units",
    "Saw 2 Broadway shows with the family.",
    "Spring 12",
    "Aggregate 2 of the scores",
    "Call went well.\n\nPlan\nFollow up in 2 weeks.",
    "Discussed samples.\n\nMark",
    "Agenda\n\nOzempic",
    "Board list\n\nEBEN\nAustria",
    "Regards,\n\nClinic team",
]


@pytest.mark.parametrize("marked", CASES)
def test_class(marked: str) -> None:
    assert_identifiers_go_and_clinicians_stay(marked)
