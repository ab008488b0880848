"""The companies, drug references and vendors of the trade that notes name, one list for every
rule that must not read them as a person.

Many are surnames or given names too ("Abbott", "Bayer", "Takeda", "Eli Lilly", "Johnson &
Johnson", "Pierre Fabre"), so the name lists would take them for patients. Written out from
common usage (no outside source). Its uses:
- ``prepcli.phi.protect`` keeps every name of ``COMPANIES`` but those in ``SHARED_WITH_PEOPLE``
  off limits to the name rules (a title or a given name right before makes it a person's
  surname there: "Frau Erika Bayer");
- ``prepcli.phi.person_slots`` never takes a word of ``company_words()`` for a person in a
  person's place ("Pfizer and Novartis both raised the rebate"), and
  ``prepcli.phi.names`` never takes one in lower case for a name ("bayer and takeda both");
- ``prepcli.phi.addresses`` reads a town and country after a company as the maker's seat
  ("Xarelto 20, Bayer, Leverkusen, Germany"), not an address.

A name of several words counts whole ("Eli Lilly", "Daiichi Sankyo"): its words alone are the
trade's only where listed alone too, so "Eli", "Pierre" or "Johnson" alone stay patients' names.
"""

from __future__ import annotations

from functools import cache

# Companies known by a name of several words, as notes write them (a dash also matches a
# space: "Bristol Myers"); one known by its first word alone is listed alone too.
_FULL_NAMES = (
    "Eli Lilly",
    "Johnson & Johnson",
    "Bristol-Myers Squibb",
    "Bristol-Myers",
    "Boehringer Ingelheim",
    "Pierre Fabre",
    "Leo Pharma",
    "CSL Behring",
    "Hoffmann-La Roche",
    "Merck Sharp & Dohme",
    "Merck Sharp and Dohme",
    "Daiichi Sankyo",
    "Kyowa Kirin",
    "Bausch Health",
    "Bausch & Lomb",
    "Novo Nordisk",
    # payers and pharmacy benefit managers, whose words are a given name and a surname too
    "Blue Cross",
    "Blue Shield",
    "Express Scripts",
)
# Companies known by one word: the trade's companies, many named after their founders, whose
# names are also surnames, given names or places; devices, distributors, payers, pharmacies;
# drug references, CRM and data vendors, news, the big technology names; and names said alone
# for a company but as often a person's or a place's ("Leo", "Bristol").
_ONE_WORD = """
    Boehringer Daiichi Kyowa Bausch Novo Abbott Baxter Janssen Lundbeck Menarini Angelini Chiesi
    Servier Ipsen Ferring Grifols Stiefel Mylan Perrigo Lilly Pfizer Merck Roche Bayer Takeda
    Gilead Amgen Sanofi Novartis AstraZeneca Biogen Regeneron Genentech Astellas Eisai Otsuka
    Teva Sandoz Viatris Organon AbbVie Vertex Moderna Alcon Allergan Shire Galderma Almirall
    Recordati Zambon Lupin Cipla Mundipharma Grünenthal Stada Hexal Ratiopharm Alexion Incyte
    Seagen Jazz Horizon Ultragenyx BeiGene Chugai Shionogi Celgene Alnylam Santen Sumitomo Ono
    Medtronic Stryker McKesson Cardinal Cencora Accredo Kaiser Cigna Aetna Humana Optum Bupa
    Walgreens Boots Lloyds Zeiss Siemens Philips Olympus
    UpToDate Lexicomp Micromedex Medscape PubMed Cochrane Epic Cerner Veeva IQVIA Symphony
    Salesforce Medidata Reuters Bloomberg Google Microsoft Amazon Apple
    Leo Bristol
""".split()
COMPANIES: tuple[str, ...] = (*_FULL_NAMES, *_ONE_WORD)
# Names as often a person's, a place's or an everyday word's: never off limits (patients are
# called Kaiser, Leo or Cochrane), only no person in a person's place.
SHARED_WITH_PEOPLE = frozenset(
    """Leo Bristol Kaiser Cardinal Boots Lloyds Philips Siemens Zeiss Sumitomo Ono Cochrane
    Bloomberg Epic Symphony Apple Amazon""".split()
)


# A company's last word ("Mitchell Digital Solutions", "Hartley Technologies"): a name before
# it is the company's, not a person's.
COMPANY_ENDINGS = frozenset(
    "Solutions Technologies Systems Consulting Enterprises Industries Holdings LLC Ltd GmbH".split()
)


@cache
def company_words() -> frozenset[str]:
    """The companies known by one word, as written and in lower case."""
    single = {c for c in COMPANIES if " " not in c}
    return frozenset(single | {c.lower() for c in single})
